"""Record the OCR boxes of the real agenda posters as a fixture for tests/pictures/test_agenda.py.

The schedule parser is tested on what OCR really returns for the real posters,
without running OCR in every test: run this once (it takes minutes on two
cores) and commit the JSON it writes.

    python tests/data/record_agenda_boxes.py /work/shared/corpus

Each poster is read as a sync reads it (clkarchive.pictures.ocr.read_image: tiles,
unsure short lines looked at again), its boxes' corners rounded to whole pixels.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PIL import Image

from clkarchive.pictures.ocr import box_row, read_image

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


def read(path: Path) -> list[list]:
    """The poster's boxes as JSON rows (ocr.box_row), corners in whole pixels."""
    rows = [box_row(box) for box in read_image(path.read_bytes())]
    return [[row[0], *(round(v) for v in row[1:5]), *row[5:]] for row in rows]


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
    recorded = {}
    for name in POSTERS:
        started = time.monotonic()
        with Image.open(corpus / name) as image:
            size = image.size
        boxes = read(corpus / name)
        recorded[name] = {"width": size[0], "height": size[1], "boxes": boxes}
        print(f"{name}: {len(boxes)} boxes in {time.monotonic() - started:.1f}s", flush=True)
    OUT.write_text(dump(recorded))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"))
