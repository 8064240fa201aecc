"""A PowerPoint text body drawn into its box: paragraphs, runs, bullets, wrapping, in Noto Sans CJK.

Sizes, colours, alignment, indents and bullets come from the run, then its
paragraph, then the list styles it inherits (pptx_style); a body that
PowerPoint shrank to fit (normAutofit's fontScale) is shrunk alike. Lines
break at spaces between words and anywhere between CJK characters.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import ImageDraw, ImageFont

from clkarchive.pictures.pptx_style import Color, Theme, color_of, first_attr, first_attr_str, list_style, q

EMU_PER_POINT = 12700
MAX_LINES = 400  # of one text body: a hostile deck's million lines are not laid out
DEFAULT_SIZE = 1800  # hundredths of a point: PowerPoint's default type size
LINE_SPACING = 1.2  # of the type size, as PowerPoint's single spacing about is
INSET_X, INSET_Y = 91440, 45720  # a text box's default margins, EMU
FONT_FILES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-{}.ttc",
)
FONT_INDEX = 2  # Simplified Chinese in Noto's collection: its forms of shared characters
_CJK_OR_SPACE = re.compile(r"\s+|[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff]+")

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels


@dataclass
class _Run:
    text: str
    size: float  # pixels
    bold: bool
    color: Color


@dataclass
class _Paragraph:
    runs: list[_Run]
    align: str
    indent: float  # pixels
    bullet: str


def draw_text(
    canvas: ImageDraw.ImageDraw,
    theme: Theme,
    scale: float,
    body: Any,
    box: Box,
    inherited: list[Any],
    style: Any,
    color: Color | None = None,
) -> None:
    """A text body wrapped to its box, in the type sizes, colours and alignment it inherits."""
    bodies = [
        body.find(q("a:bodyPr")),
        *(b.find(q("a:bodyPr")) for b in inherited if b.tag.endswith("txBody")),
    ]
    bodies = [b for b in bodies if b is not None]
    scale_px = scale  # type and margins keep their size inside a scaled group, as in PowerPoint
    insets = [
        first_attr(bodies, k, d) * scale_px
        for k, d in (("lIns", INSET_X), ("tIns", INSET_Y), ("rIns", INSET_X), ("bIns", INSET_Y))
    ]
    autofit = next(
        (b.find(q("a:normAutofit")) for b in bodies if b.find(q("a:normAutofit")) is not None), None
    )
    font_scale = int(autofit.get("fontScale", 100000)) / 100000 if autofit is not None else 1.0
    wrap = next((b.get("wrap") for b in bodies if b.get("wrap")), "square") != "none"
    anchor = next((b.get("anchor") for b in bodies if b.get("anchor")), "t")
    styles = [body.find(q("a:lstStyle")), *(list_style(b) for b in inherited)]
    styles = [s for s in styles if s is not None]
    font_color = color
    if font_color is None and style is not None and (ref := style.find(q("a:fontRef"))) is not None:
        font_color = color_of(ref, theme)
    paragraphs = [
        _paragraph(p, styles, scale_px * font_scale, font_color, theme) for p in body.iter(q("a:p"))
    ]
    left, right = box[0] + insets[0], box[2] - insets[2]
    lines = [line for p in paragraphs for line in _wrap(p, right - left, wrap)]
    total = sum(h for _, h, _ in lines)
    top = box[1] + insets[1]
    room = box[3] - insets[3] - top
    if anchor == "ctr":
        top += (room - total) / 2
    elif anchor == "b":
        top += room - total
    y = top
    for (pieces, height, p), _ in zip(lines, range(MAX_LINES), strict=False):
        width = sum(_font(r.size, r.bold).getlength(t) for t, r in pieces)
        x = left + p.indent
        if p.align == "ctr":
            x = left + (right - left - width) / 2
        elif p.align == "r":
            x = right - width
        baseline = y + height * 0.82
        for text, run in pieces:
            canvas.text((x, baseline), text, font=_font(run.size, run.bold), fill=run.color, anchor="ls")
            x += _font(run.size, run.bold).getlength(text)
        y += height
        if y > canvas.im.size[1]:
            break


def _paragraph(p: Any, styles: list[Any], px_per_emu: float, color: Color | None, theme: Theme) -> _Paragraph:
    pr = p.find(q("a:pPr"))
    level = int(pr.get("lvl", 0)) if pr is not None else 0
    chain = [pr] if pr is not None else []
    chain += [lvl for s in styles if (lvl := s.find(q(f"a:lvl{level + 1}pPr"))) is not None]
    align = first_attr_str(chain, "algn", "l")
    indent = first_attr(chain, "marL", 0) * px_per_emu
    bullet = ""
    for pp in chain:
        if pp.find(q("a:buNone")) is not None:
            break
        if (char := pp.find(q("a:buChar"))) is not None:
            bullet = str(char.get("char", "•"))[:1] + " "
            if _symbol_font(chain):  # Wingdings' "q" is a box, "Ø" an arrow: letters in any other font
                bullet = "• "
            break
        if pp.find(q("a:buAutoNum")) is not None:
            bullet = "• "
            break
    defaults = [d for pp in chain if (d := pp.find(q("a:defRPr"))) is not None]
    runs = []
    for child in p:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag in ("r", "fld"):
            t = child.find(q("a:t"))
            text = t.text if t is not None and t.text else ""
        elif tag == "br":
            text = "\n"
        else:
            continue
        rpr = child.find(q("a:rPr"))
        props = ([rpr] if rpr is not None else []) + defaults
        size = first_attr(props, "sz", DEFAULT_SIZE) / 100 * EMU_PER_POINT * px_per_emu
        bold = first_attr_str(props, "b", "0") in ("1", "true")
        run_color = next((c for pr_ in props if (c := _text_fill(pr_, theme)) is not None), None)
        runs.append(_Run(text, max(1.0, size), bold, run_color or color or (*theme.scheme("tx1"), 255)))
    if bullet and runs and any(r.text.strip() for r in runs):
        first = runs[0]
        runs.insert(0, _Run(bullet, first.size, False, first.color))
    if not runs:  # an empty paragraph still takes a line, at its end-of-paragraph size
        end = p.find(q("a:endParaRPr"))
        size = first_attr([end, *defaults] if end is not None else defaults, "sz", DEFAULT_SIZE)
        runs.append(_Run("", max(1.0, size / 100 * EMU_PER_POINT * px_per_emu), False, (0, 0, 0, 0)))
    return _Paragraph(runs, align, indent, bullet)


def _text_fill(props: Any, theme: Theme) -> Color | None:
    """The colour a run's properties fill its letters with: solid, a gradient's first stop (big
    section numbers often have one), or none at all (outlined letters, drawn faintly)."""
    solid = props.find(q("a:solidFill"))
    if solid is not None:
        return color_of(solid, theme)
    gradient = props.find(q("a:gradFill"))
    stop = next(gradient.iter(q("a:gs")), None) if gradient is not None else None
    if stop is not None:
        return color_of(stop, theme)
    if props.find(q("a:noFill")) is not None:
        line = props.find(q("a:ln"))
        solid = line.find(q("a:solidFill")) if line is not None else None
        outline = color_of(solid, theme) if solid is not None else None
        return (*outline[:3], 96) if outline is not None else (0, 0, 0, 0)
    return None


def _symbol_font(chain: Sequence[Any]) -> bool:
    font = next((f for pp in chain if (f := pp.find(q("a:buFont"))) is not None), None)
    return font is not None and str(font.get("typeface", "")).lower().startswith(
        ("wingdings", "symbol", "webdings")
    )


@functools.lru_cache(maxsize=128)
def _font(size: float, bold: bool) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    pixels = max(1, round(size))
    for pattern in FONT_FILES:
        path = pattern.format("Bold" if bold else "Regular")
        if Path(path).is_file():
            return ImageFont.truetype(path, pixels, index=FONT_INDEX)
    return ImageFont.load_default(pixels)


def _tokens(text: str) -> Iterator[str]:
    """Where a line may break: between CJK characters, and at spaces between other words."""
    yield from _CJK_OR_SPACE.findall(text)


def _wrap(
    p: _Paragraph, width: float, wrap: bool
) -> Iterator[tuple[list[tuple[str, _Run]], float, _Paragraph]]:
    """A paragraph's lines: (pieces of runs, line height, the paragraph) each."""
    room = max(1.0, width - p.indent)
    line: list[tuple[str, _Run]] = []
    used = 0.0
    tallest = max(r.size for r in p.runs)

    def height(pieces: list[tuple[str, _Run]]) -> float:
        return max((r.size for _, r in pieces), default=tallest) * LINE_SPACING

    for run in p.runs:
        parts = run.text.split("\n")
        for n, part in enumerate(parts):
            if n:
                yield line, height(line), p
                line, used = [], 0.0
            for token in _tokens(part):
                length = _font(run.size, run.bold).getlength(token)
                if wrap and line and used + length > room and not token.isspace():
                    yield line, height(line), p
                    line, used = [], 0.0
                if token.isspace() and not line:
                    continue
                line.append((token, run))
                used += length
    yield line, height(line), p
