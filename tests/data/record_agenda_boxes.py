"""Record the OCR boxes of the real agenda posters as a fixture for tests/pictures/test_agenda.py.

The schedule parser is tested on what OCR really returns for the real posters,
without running OCR in every test: run this once (it takes minutes on two
cores) and commit the JSON it writes.

    python tests/data/record_agenda_boxes.py /work/shared/corpus

Tall posters (1080 x ~13,000 px) are read in overlapping tiles; a box is kept
by the tile whose own band (the tile minus half the overlap at each inner
edge) holds its centre, so a line cut by one tile's edge is read whole by the
next and no line is kept twice.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image
from rapidocr_onnxruntime import RapidOCR

from clkarchive.pictures.engine import keep_chars

# As clkarchive.ocr reads them: 1000-pixel tiles overlapping by 160, no text-direction
# classifier (on the forum posters' digital-clock font it turns times back to front).
TILE = 1000
OVERLAP = 160
POSTERS = [
    "CLK2024/大会全议程.webp",
    "CLK2024/主论坛.webp",
    "CLK2024/体系结构与虚拟化分论坛.webp",
    "CLK2024/内存分论坛.webp",
    "CLK2024/存储IO分论坛.webp",
    "CLK2024/综合分论坛.webp",
    "CLK2024/调度与锁分论坛.webp",
    "years/CLK2023/CLK2023全部议程.png",
]
OUT = Path(__file__).with_name("agenda_boxes.json")


def read(engine: RapidOCR, image: Image.Image) -> list[list]:
    rgb = np.asarray(image.convert("RGB"))[:, :, ::-1]  # RapidOCR takes BGR, as OpenCV reads
    height = rgb.shape[0]
    boxes: list[list] = []
    top = 0
    while True:
        bottom = min(top + TILE, height)
        keep_from = top + (OVERLAP // 2 if top else 0)
        keep_to = bottom - (OVERLAP // 2 if bottom < height else 0)
        found, _ = engine(rgb[top:bottom])
        for quad, text, score, chars in found or []:
            xs = [p[0] for p in quad]
            ys = [p[1] + top for p in quad]
            centre = (min(ys) + max(ys)) / 2
            if keep_from <= centre < keep_to:
                boxes.append(
                    [
                        text,
                        round(min(xs)),
                        round(min(ys)),
                        round(max(xs)),
                        round(max(ys)),
                        round(float(score), 3),
                        [round(p, 3) for p in chars],  # each character's probability (OcrBox.chars)
                    ]
                )
        if bottom >= height:
            break
        top = bottom - OVERLAP
    boxes.sort(key=lambda b: (b[2], b[1]))
    return boxes


def dump(recorded: dict) -> str:
    """JSON with one box a line: diffable, and readable by eye."""
    parts = []
    for name, poster in recorded.items():
        lines = ",\n".join(json.dumps(b, ensure_ascii=False) for b in poster["boxes"])
        parts.append(
            f'{json.dumps(name, ensure_ascii=False)}: {{"width": {poster["width"]}, '
            f'"height": {poster["height"]}, "boxes": [\n{lines}\n]}}'
        )
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main(corpus: Path) -> None:
    engine = keep_chars(RapidOCR(use_cls=False, print_verbose=False))
    recorded = json.loads(OUT.read_text()) if OUT.exists() else {}
    for name in POSTERS:
        if name in recorded:
            continue
        started = time.monotonic()
        image = Image.open(corpus / name)
        boxes = read(engine, image)
        recorded[name] = {"width": image.width, "height": image.height, "boxes": boxes}
        print(f"{name}: {len(boxes)} boxes in {time.monotonic() - started:.1f}s", flush=True)
        OUT.write_text(dump(recorded))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"))
