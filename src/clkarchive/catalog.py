"""What a file in a conference repository is, read from its path alone.

CLK repositories carry no metadata file: the forum is the folder and the talk's
order and title are the file name (`内存分论坛/2-内存压缩大页(ZHP)优化.pdf`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePosixPath

# English names for the forum folders, as the conference itself titles them.
FORUMS_EN = {
    "主论坛": "Main forum",
    "内存分论坛": "Memory",
    "存储IO分论坛": "Storage and I/O",
    "体系架构与虚拟化分论坛": "Architecture and Virtualization",
    "调度与锁分论坛": "Scheduling and Locks",
    "综合分论坛": "General",
}

# Upstream quirk: the poster 体系结构与虚拟化分论坛.webp belongs to 体系架构与虚拟化分论坛/.
_POSTER_ALIASES = {"体系结构与虚拟化分论坛": "体系架构与虚拟化分论坛"}

SLIDE_SUFFIXES = {".pdf"}
MATERIAL_SUFFIXES = {".webp", ".png", ".jpg", ".jpeg"}
_NOT_MATERIALS = {"readme", "readme.md", "license", "license.md", ".ds_store", ".gitignore"}
_ORDER_TITLE = re.compile(r"^(\d+)[-_.、\s]\s*(.+)$", re.DOTALL)


@dataclass(frozen=True)
class Talk:
    """The metadata of one file, as the path gives it."""

    path: str  # inside the repository, '/'-separated
    kind: str  # "slides" (has text to extract) or "material" (recorded, no text)
    forum: str
    forum_en: str
    order: int | None
    title: str


def describe(path: str) -> Talk | None:
    """The Talk for a repository path, or None for files that are not conference material."""
    p = PurePosixPath(path)
    suffix = p.suffix.lower()
    if p.name.lower() in _NOT_MATERIALS or p.name.startswith("."):
        return None
    if suffix in SLIDE_SUFFIXES:
        kind = "slides"
    elif suffix in MATERIAL_SUFFIXES:
        kind = "material"
    else:
        return None
    forum = p.parts[0] if len(p.parts) > 1 else ""
    if kind == "material" and not forum:
        # A forum's agenda poster sits beside the forum's folder, named like it.
        stem = _POSTER_ALIASES.get(p.stem, p.stem)
        forum = stem if stem in FORUMS_EN else ""
    # One line, one space: a file name may hold newlines and runs of spaces.
    stem = " ".join(unicodedata.normalize("NFKC", p.stem).split())
    order, title = None, stem
    if m := _ORDER_TITLE.match(stem):
        order, title = int(m.group(1)), m.group(2)
    return Talk(
        path=path,
        kind=kind,
        forum=forum,
        forum_en=FORUMS_EN.get(forum, ""),
        order=order,
        title=title,
    )
