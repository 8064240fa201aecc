"""PowerPoint slides drawn without LibreOffice, from what python-pptx reads of the deck's XML.

LibreOffice draws a slide as PowerPoint would, but it is a large install most
machines running this archive lack; without it a PPTX deck had no pictures at
all. This draws a likeness good enough to recognise the slide in a grid: the
background (the slide's, else its layout's, else its master's), the master's
and layout's own shapes (logos, bars), then the slide's: pictures at their
place and size, text in Noto Sans CJK at its size, colour, alignment and
autofit scale, wrapped to its box, tables as cells, other shapes as boxes
with their fill and outline, groups through their child coordinates. What
inherits (a placeholder's position and type size from its layout and master,
theme colours) is resolved the way PowerPoint resolves it, in a simplified
form; rotation, effects and charts' contents are left out, and a vector picture
(WMF, EMF) is a grey box where it stands.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from clkarchive.pictures.pptx_style import (
    Color,
    Theme,
    color_of,
    inherited_shapes,
    master_styles,
    placeholder_of,
    q,
    text_bodies,
)
from clkarchive.pictures.pptx_text import EMU_PER_POINT, Box, draw_text


def draw_slide(deck: Path, number: int, width: int) -> Image.Image:
    """Slide `number` (from 1, hidden slides counted as the index counts them) `width` pixels wide."""
    presentation = _open(deck)
    slide = presentation.slides[number - 1]
    scale = width / presentation.slide_width
    height = max(1, round(presentation.slide_height * scale))
    layout = slide.slide_layout
    master = layout.slide_master
    canvas = _Canvas(Image.new("RGB", (width, height), "white"), Theme.of(master), scale)
    canvas.background([slide, layout, master], (0, 0, width, height))
    top = Transform(scale, 0, scale, 0)
    shows_master = _shows_master(slide.element)
    if shows_master and _shows_master(layout.element):
        canvas.shapes(master, master.shapes._spTree, top, placeholders=False)
    if shows_master:
        canvas.shapes(layout, layout.shapes._spTree, top, placeholders=False)
    canvas.shapes(slide, slide.shapes._spTree, top, placeholders=True)
    return canvas.image


@functools.lru_cache(maxsize=1)
def _open_at(deck: Path, mtime: float) -> Any:
    """One deck kept open per worker: a grid asks for a deck's pages one after another."""
    from pptx import Presentation

    return Presentation(str(deck))


def _open(deck: Path) -> Any:
    return _open_at(deck, deck.stat().st_mtime)


@functools.lru_cache(maxsize=16)
def _prepared(image_part: Any, crop: tuple[float, ...] | None, w: int, h: int) -> Image.Image:
    """A picture decoded, cropped and scaled to its box once per worker: a master's background
    picture and logos are on every slide of the deck, and decoding them is most of a slide's cost."""
    with Image.open(io.BytesIO(image_part.blob)) as opened:
        opened.draft("RGB", (w, h))  # a JPEG decoded at a fraction of its size when that is enough
        picture = opened.convert("RGBA")
    if crop is not None:
        pw, ph = picture.size
        left, top, right, bottom = crop
        x0, y0, x1, y1 = (round(c) for c in (pw * left, ph * top, pw * (1 - right), ph * (1 - bottom)))
        if x1 - x0 >= 1 and y1 - y0 >= 1:
            picture = picture.crop((x0, y0, x1, y1))
    return picture.resize((w, h), Image.Resampling.BILINEAR, reducing_gap=2.0)


def _shows_master(element: Any) -> bool:
    return bool(element.get("showMasterSp", "1") in ("1", "true"))


@dataclass(frozen=True)
class Transform:
    """EMU of one coordinate space to pixels: x * sx + dx, y * sy + dy (a group nests another)."""

    sx: float
    dx: float
    sy: float
    dy: float

    def box(self, x: float, y: float, cx: float, cy: float) -> Box:
        x0, y0 = x * self.sx + self.dx, y * self.sy + self.dy
        return x0, y0, x0 + cx * self.sx, y0 + cy * self.sy

    def inside(self, xfrm: Any) -> Transform:
        """The transform of a group's children, whose chOff/chExt map onto the group's off/ext."""
        off, ext = _xy(xfrm, "a:off"), _xy(xfrm, "a:ext")
        ch_off, ch_ext = _xy(xfrm, "a:chOff"), _xy(xfrm, "a:chExt")
        kx = ext[0] / ch_ext[0] if ch_ext[0] else 1.0
        ky = ext[1] / ch_ext[1] if ch_ext[1] else 1.0
        return Transform(
            self.sx * kx,
            self.dx + (off[0] - ch_off[0] * kx) * self.sx,
            self.sy * ky,
            self.dy + (off[1] - ch_off[1] * ky) * self.sy,
        )


def _xy(xfrm: Any, tag: str) -> tuple[float, float]:
    el = xfrm.find(q(tag))
    if el is None:
        return 0.0, 0.0
    names = ("x", "y") if tag.endswith(("off", "Off")) else ("cx", "cy")
    return float(el.get(names[0], 0)), float(el.get(names[1], 0))


class _Canvas:
    """A slide's picture being drawn, shape by shape, back to front."""

    def __init__(self, image: Image.Image, theme: Theme, scale: float) -> None:
        self.image = image
        self.scale = scale  # pixels per EMU
        self.draw = ImageDraw.Draw(image, "RGBA")
        self.theme = theme

    # -- backgrounds and fills ---------------------------------------------------------------------

    def background(self, parts: Sequence[Any], box: Box) -> None:
        for part in parts:
            bg = part.element.find(q("p:cSld")).find(q("p:bg"))
            if bg is None:
                continue
            pr = bg.find(q("p:bgPr"))
            if pr is not None:
                self.fill(part, pr, box)
            elif (ref := bg.find(q("p:bgRef"))) is not None and (color := color_of(ref, self.theme)):
                self.draw.rectangle(box, fill=color)
            return

    def fill(self, part: Any, pr: Any, box: Box, shape: str = "rect", style: Any = None) -> bool:
        """Paint a shape's fill (solid, gradient, picture, pattern); whether it had one."""
        for el in pr:
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "noFill":
                return False
            if tag == "solidFill" and (color := color_of(el, self.theme)):
                self._shape(box, shape, fill=color)
                return True
            if (
                tag == "pattFill"
                and (fg := el.find(q("a:fgClr"))) is not None
                and (color := color_of(fg, self.theme))
            ):
                self._shape(box, shape, fill=color)
                return True
            if tag == "gradFill":
                self.gradient(el, box)
                return True
            if tag == "blipFill":
                self.picture(part, el, box)
                return True
        ref = style.find(q("a:fillRef")) if style is not None else None  # the theme's fill for the shape
        color = color_of(ref, self.theme) if ref is not None and ref.get("idx") != "0" else None
        if color is not None:
            self._shape(box, shape, fill=color)
            return True
        return False

    def gradient(self, grad: Any, box: Box) -> None:
        stops = sorted(
            (int(gs.get("pos", 0)) / 100000, c)
            for gs in grad.iter(q("a:gs"))
            if (c := color_of(gs, self.theme)) is not None
        )
        w, h = max(1, round(box[2] - box[0])), max(1, round(box[3] - box[1]))
        if not stops:
            return
        lin = grad.find(q("a:lin"))
        angle = int(lin.get("ang", 0)) / 60000 if lin is not None else 90.0
        vertical = 45 <= angle % 180 < 135
        steps = 64
        strip = Image.new("RGBA", (steps, 1))
        for i in range(steps):
            strip.putpixel((i, 0), _between(stops, i / (steps - 1)))
        if vertical:
            strip = strip.transpose(Image.Transpose.ROTATE_270)
        self.image.paste(
            strip.resize((w, h), Image.Resampling.BILINEAR).convert("RGB"), (round(box[0]), round(box[1]))
        )

    def picture(self, part: Any, blip_fill: Any, box: Box) -> None:
        """A picture stretched over its box, cropped as its srcRect says; one PIL cannot read is left out."""
        blip = blip_fill.find(q("a:blip"))
        rel = blip.get(q("r:embed")) if blip is not None else None
        w, h = round(box[2] - box[0]), round(box[3] - box[1])
        if not rel or w < 1 or h < 1:
            return
        src = blip_fill.find(q("a:srcRect"))
        crop = tuple(int(src.get(k, 0)) / 100000 for k in ("l", "t", "r", "b")) if src is not None else None
        try:
            picture = _prepared(part.part.related_part(rel), crop, w, h)
        except (KeyError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
            # A vector picture (WMF, EMF) PIL cannot draw: where it stands, and how big it is.
            self._shape(box, "rect", fill=(128, 128, 128, 48), outline=(160, 166, 174, 255))
            return
        self.image.paste(picture, (round(box[0]), round(box[1])), picture)

    def _shape(
        self, box: Box, shape: str, fill: Color | None = None, outline: Color | None = None, width: int = 1
    ) -> None:
        x0, y0, x1, y1 = box
        if x1 - x0 < 1 or y1 - y0 < 1:
            if outline is not None:
                self.draw.line((x0, y0, x1, y1), fill=outline, width=width)
            return
        if shape == "ellipse":
            self.draw.ellipse(box, fill=fill, outline=outline, width=width)
        elif shape == "roundRect":
            self.draw.rounded_rectangle(
                box, min(x1 - x0, y1 - y0) / 6, fill=fill, outline=outline, width=width
            )
        else:
            self.draw.rectangle(box, fill=fill, outline=outline, width=width)

    # -- shapes --------------------------------------------------------------------------------------

    def shapes(self, part: Any, tree: Any, at: Transform, placeholders: bool) -> None:
        for el in tree:
            if el.tag == q("mc:AlternateContent"):
                fallback = el.find(q("mc:Fallback"))
                if fallback is not None:
                    self.shapes(part, fallback, at, placeholders)
                continue
            if _hidden(el):
                continue
            ph = placeholder_of(el)
            if ph is not None and not placeholders:
                continue  # a layout's or master's prompt ("Click to add title"), not the slide's
            try:
                self.shape(part, el, at, ph)
            except (ValueError, KeyError, AttributeError, TypeError, ZeroDivisionError, OSError):
                continue  # one malformed shape costs only itself

    def shape(self, part: Any, el: Any, at: Transform, ph: Any) -> None:
        tag = el.tag.rsplit("}", 1)[-1]
        inherited = inherited_shapes(part, ph) if ph is not None else []
        if tag == "grpSp":
            xfrm = el.find(q("p:grpSpPr")).find(q("a:xfrm"))
            self.shapes(part, el, at.inside(xfrm) if xfrm is not None else at, placeholders=True)
            return
        box = _box(el, inherited, at)
        if box is None:
            return
        if tag == "pic":
            blip = el.find(q("p:blipFill"))
            if blip is not None:
                self.picture(part, blip, box)
        elif tag == "graphicFrame":
            tbl = el.find(f".//{q('a:tbl')}")
            if tbl is not None:
                self.table(tbl, box, at)
            else:  # a chart, a diagram, an embedded object: a box where it stands
                self._shape(box, "rect", fill=(238, 241, 244, 255), outline=(190, 196, 204, 255))
        elif tag in ("sp", "cxnSp"):
            pr = el.find(q("p:spPr"))
            style = el.find(q("p:style"))
            geom = pr.find(q("a:prstGeom")) if pr is not None else None
            kind = geom.get("prst", "rect") if geom is not None else "rect"
            if tag == "cxnSp" or kind in ("line", "straightConnector1"):
                self.line(pr, style, box)
            elif pr is not None:
                self.fill(part, pr, box, kind, style)
                self.outline(pr, style, box, kind)
            body = el.find(q("p:txBody"))
            if body is not None:
                draw_text(
                    self.draw,
                    self.theme,
                    self.scale,
                    body,
                    box,
                    [*text_bodies(inherited), *master_styles(part, ph)],
                    style,
                )

    def line(self, pr: Any, style: Any, box: Box) -> None:
        color, width = self._stroke(pr, style)
        if color is None:
            return
        x0, y0, x1, y1 = box
        xfrm = pr.find(q("a:xfrm")) if pr is not None else None
        if xfrm is not None and xfrm.get("flipV") in ("1", "true"):
            y0, y1 = y1, y0
        if xfrm is not None and xfrm.get("flipH") in ("1", "true"):
            x0, x1 = x1, x0
        self.draw.line((x0, y0, x1, y1), fill=color, width=width)

    def outline(self, pr: Any, style: Any, box: Box, kind: str) -> None:
        color, width = self._stroke(pr, style)
        if color is not None:
            self._shape(box, kind, outline=color, width=width)

    def _stroke(self, pr: Any, style: Any) -> tuple[Color | None, int]:
        ln = pr.find(q("a:ln")) if pr is not None else None
        width = max(1, round(int(ln.get("w", EMU_PER_POINT)) * self.scale)) if ln is not None else 1
        if ln is not None:
            if ln.find(q("a:noFill")) is not None:
                return None, width
            solid = ln.find(q("a:solidFill"))
            if solid is not None:
                return color_of(solid, self.theme), width
        ref = style.find(q("a:lnRef")) if style is not None else None
        if ref is not None and ref.get("idx") != "0":
            return color_of(ref, self.theme), width
        return None, width

    def table(self, tbl: Any, box: Box, at: Transform) -> None:
        widths = [int(c.get("w", 0)) * at.sx for c in tbl.iter(q("a:gridCol"))]
        pr = tbl.find(q("a:tblPr"))
        header = pr is not None and pr.get("firstRow") in ("1", "true")
        banded = pr is not None and pr.get("bandRow") in ("1", "true")
        accent = self.theme.scheme("accent1")
        y = box[1]
        for r, row in enumerate(tbl.iter(q("a:tr"))):
            height = int(row.get("h", 0)) * at.sy
            x = box[0]
            for c, cell in enumerate(row.iter(q("a:tc"))):
                w = widths[c] if c < len(widths) else 0
                cell_box = (x, y, x + w, y + height)
                x += w
                if cell.get("hMerge") in ("1", "true") or cell.get("vMerge") in ("1", "true"):
                    continue
                span = int(cell.get("gridSpan", 1))
                cell_box = (cell_box[0], y, cell_box[0] + sum(widths[c : c + span]), y + height)
                tc_pr = cell.find(q("a:tcPr"))
                default: Color | None = None
                if header and r == 0:
                    default = (*accent, 255)
                elif banded:
                    default = _tinted(accent, 0.2 if r % 2 else 0.1)
                filled = tc_pr is not None and self.fill(None, tc_pr, cell_box)
                if not filled and default is not None:  # the table style's colours, approximately
                    self.draw.rectangle(cell_box, fill=default)
                self.draw.rectangle(
                    cell_box, outline=(255, 255, 255, 255) if default else (160, 166, 174, 255)
                )
                body = cell.find(q("a:txBody"))
                if body is not None:
                    color = (255, 255, 255, 255) if header and r == 0 else None
                    draw_text(self.draw, self.theme, self.scale, body, cell_box, [], None, color)
            y += height

    # -- text ----------------------------------------------------------------------------------------


def _between(stops: list[tuple[float, Color]], at: float) -> tuple[int, int, int, int]:
    before = stops[0]
    for stop in stops:
        if stop[0] >= at:
            span = stop[0] - before[0]
            k = (at - before[0]) / span if span > 0 else 0.0
            r, g, b, a = (round(x + (y - x) * k) for x, y in zip(before[1], stop[1], strict=True))
            return r, g, b, a
        before = stop
    r, g, b, a = stops[-1][1]
    return r, g, b, a


def _tinted(rgb: tuple[int, int, int], amount: float) -> Color:
    r, g, b = (round(c * amount + 255 * (1 - amount)) for c in rgb)
    return r, g, b, 255


def _hidden(el: Any) -> bool:
    for nv in el:
        c_nv = nv.find(q("p:cNvPr"))
        if c_nv is not None:
            return bool(c_nv.get("hidden") in ("1", "true"))
    return False


def _box(el: Any, inherited: list[Any], at: Transform) -> Box | None:
    for shape in (el, *inherited):
        pr = shape.find(q("p:spPr"))
        if pr is None:
            pr = shape.find(q("p:xfrm"))  # a graphic frame's
            xfrm = pr
        else:
            xfrm = pr.find(q("a:xfrm"))
        if xfrm is not None and xfrm.find(q("a:off")) is not None:
            (x, y), (cx, cy) = _xy(xfrm, "a:off"), _xy(xfrm, "a:ext")
            return at.box(x, y, cx, cy)
    return None
