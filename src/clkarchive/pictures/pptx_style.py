"""What a PowerPoint shape inherits, read from the deck's XML: theme colours, placeholders, text styles.

PowerPoint resolves a slide's look through layers: a placeholder takes its
position and type from the same placeholder of its layout, then of its master,
then from the master's text styles; a scheme colour names a colour of the
master's theme through the master's colour map. pptx_draw and pptx_text ask
these questions of the XML elements python-pptx parsed.
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Sequence
from typing import Any

_NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
_RT_THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
Color = tuple[int, int, int, int]  # RGBA


def q(tag: str) -> str:
    prefix, name = tag.split(":")
    return f"{{{_NS[prefix]}}}{name}"


class Theme:
    """The master's colour scheme and its map (bg1 -> lt1...), for scheme colours."""

    def __init__(self, colors: dict[str, tuple[int, int, int]], mapping: dict[str, str]) -> None:
        self.colors = colors
        self.mapping = mapping

    @classmethod
    def of(cls, master: Any) -> Theme:
        from pptx.oxml import parse_xml

        colors: dict[str, tuple[int, int, int]] = {}
        try:
            theme = parse_xml(master.part.part_related_by(_RT_THEME).blob)
        except (KeyError, ValueError, SyntaxError):  # lxml's XMLSyntaxError is a SyntaxError
            theme = None
        scheme = theme.find(f".//{q('a:clrScheme')}") if theme is not None else None
        for entry in scheme if scheme is not None else []:
            rgb = _literal(entry[0]) if len(entry) else None
            if rgb is not None:
                colors[entry.tag.rsplit("}", 1)[-1]] = rgb
        clr_map = master.element.find(q("p:clrMap"))
        mapping = dict(clr_map.attrib) if clr_map is not None else {}
        return cls(colors, mapping)

    def scheme(self, name: str) -> tuple[int, int, int]:
        name = self.mapping.get(
            name, {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}.get(name, name)
        )
        default = (255, 255, 255) if name.startswith("lt") else (0, 0, 0)
        return self.colors.get(name, default)


def _literal(el: Any) -> tuple[int, int, int] | None:
    """The RGB of a colour element that does not depend on a theme."""
    tag = el.tag.rsplit("}", 1)[-1]
    value = el.get("lastClr") if tag == "sysClr" else el.get("val")
    if tag in ("srgbClr", "sysClr") and value and re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    if tag == "prstClr":
        from PIL import ImageColor

        try:
            r, g, b = ImageColor.getrgb(str(value))[:3]
            return r, g, b
        except ValueError:
            return None
    return None


_COLOR_TAGS = {q(f"a:{t}") for t in ("srgbClr", "schemeClr", "sysClr", "prstClr", "scrgbClr", "hslClr")}


def color_of(parent: Any, theme: Theme, placeholder: Color | None = None) -> Color | None:
    """The colour a fill or colour element holds, its tint, shade, luminance and alpha applied."""
    el = next((c for c in parent if c.tag in _COLOR_TAGS), None)
    if el is None:
        return None
    tag = el.tag.rsplit("}", 1)[-1]
    if tag == "schemeClr":
        if el.get("val") == "phClr":
            if placeholder is None:
                return None
            rgb: tuple[int, int, int] | None = placeholder[:3]
        else:
            rgb = theme.scheme(str(el.get("val")))
    elif tag == "scrgbClr":
        r, g, b = (round(min(1.0, int(el.get(k, 0)) / 100000) ** (1 / 2.2) * 255) for k in "rgb")
        rgb = r, g, b
    else:
        rgb = _literal(el)
    if rgb is None:
        return None
    r, g, b = (c / 255 for c in rgb)
    alpha = 1.0
    for change in el:
        kind = change.tag.rsplit("}", 1)[-1]
        amount = int(change.get("val", 100000)) / 100000
        if kind in ("lumMod", "lumOff"):
            h, lum, s = colorsys.rgb_to_hls(r, g, b)
            lum = lum * amount if kind == "lumMod" else lum + amount
            r, g, b = colorsys.hls_to_rgb(h, min(1.0, max(0.0, lum)), s)
        elif kind == "tint":
            r, g, b = (c * amount + (1 - amount) for c in (r, g, b))
        elif kind == "shade":
            r, g, b = (c * amount for c in (r, g, b))
        elif kind == "alpha":
            alpha = amount
    return round(r * 255), round(g * 255), round(b * 255), round(alpha * 255)


def placeholder_of(el: Any) -> Any:
    nv = next((c for c in el if c.tag.endswith("}nvSpPr") or c.tag.endswith("}nvPicPr")), None)
    nv_pr = nv.find(q("p:nvPr")) if nv is not None else None
    return nv_pr.find(q("p:ph")) if nv_pr is not None else None


def placeholder_kind(ph: Any) -> str:
    kind = str(ph.get("type", "body"))
    return {"ctrTitle": "title", "subTitle": "body", "obj": "body"}.get(kind, kind)


def _find_placeholder(tree: Any, ph: Any, by_index: bool) -> Any:
    """The shape of a layout or master that a slide's placeholder inherits from."""
    kind, idx = placeholder_kind(ph), ph.get("idx", "0")
    same_kind = None
    for shape in tree.iter(q("p:sp")):
        other = placeholder_of(shape)
        if other is None:
            continue
        if by_index and other.get("idx", "0") == idx and idx != "0":
            return shape
        if same_kind is None and placeholder_kind(other) == kind:
            same_kind = shape
    return same_kind


def inherited_shapes(part: Any, ph: Any) -> list[Any]:
    """The layout's and master's placeholders a slide's placeholder takes what it lacks from."""
    out = []
    layout = getattr(part, "slide_layout", None)
    if layout is not None:
        found = _find_placeholder(layout.shapes._spTree, ph, by_index=True)
        if found is not None:
            out.append(found)
    master = master_of(part)
    if master is not None and master is not part:
        found = _find_placeholder(master.shapes._spTree, ph, by_index=False)
        if found is not None:
            out.append(found)
    return out


def master_of(part: Any) -> Any:
    if hasattr(part, "slide_layout"):
        return part.slide_layout.slide_master
    return getattr(part, "slide_master", part if hasattr(part, "slide_layouts") else None)


def text_bodies(shapes: list[Any]) -> list[Any]:
    return [b for s in shapes if (b := s.find(q("p:txBody"))) is not None]


def list_style(body: Any) -> Any:
    return body.find(q("a:lstStyle")) if body.tag.endswith("txBody") else body


def master_styles(part: Any, ph: Any) -> list[Any]:
    """The master's text styles a shape's text falls back on: title, body or other."""
    master = master_of(part)
    if master is None:
        return []
    styles = master.element.find(q("p:txStyles"))
    found = []
    if styles is not None:
        name = "p:otherStyle"
        if ph is not None:
            name = {"title": "p:titleStyle", "body": "p:bodyStyle"}.get(placeholder_kind(ph), "p:otherStyle")
        found.append(styles.find(q(name)))
    return [s for s in found if s is not None]


def first_attr(elements: Sequence[Any], name: str, default: float) -> float:
    for el in elements:
        value = el.get(name)
        if value is not None:
            try:
                return float(value)
            except ValueError:
                continue
    return default


def first_attr_str(elements: Sequence[Any], name: str, default: str) -> str:
    return next((str(v) for el in elements if (v := el.get(name)) is not None), default)
