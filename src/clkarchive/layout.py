"""What a file in a conference repository is, read from its path alone.

CLK repositories carry no metadata file: the forum is the folder, and the
talk's order, title and speakers are squeezed into the file name, each year
in its own way:

    CLK2022  2022_CLK_EROFS over FSCACHE- 内核原生的镜像加速方案_阿里云_徐静波.pdf
             (title_company_speaker); ublk-clk2022-张子扬-龙蜥社区.pptx
    CLK2023  分论坛1（内存管理）/1  Shrinking_shrinker_locking_overhead——郑琦.pptx
             (order, two spaces, title——speakers)
    CLK2024  内存分论坛/2-内存压缩大页(ZHP)优化.pdf (order-title)
    CLK2025  1 主论坛/5 廖远鸿-王骁-Zoned Storage性能优化探索与实践-10.28.pdf
             (order speaker-speaker-title-date)

A speaker is only taken where the layout marks one (an em-dash pair, a
trailing _name, or names before the title after "order "), and only if it
looks like a person's name; otherwise the talk simply has no speakers. A
wrong speaker is worse than none. A source may give its own pattern for a
layout nobody foresaw.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

from clkarchive.models import Talk

# English names for forum folders (order prefixes and full-width punctuation removed first).
FORUMS_EN = {
    "主论坛": "Main forum",
    "内存分论坛": "Memory",
    "存储IO分论坛": "Storage and I/O",
    "体系架构与虚拟化分论坛": "Architecture and Virtualization",
    "调度与锁分论坛": "Scheduling and Locks",
    "综合分论坛": "General",
    "AI 基础设施与 eBPF 应用分论坛": "AI Infrastructure and eBPF Applications",
}
# CLK2023 names its forums 分论坛N（topic）: English names for the topics.
TOPICS_EN = {
    "内存管理": "Memory Management",
    "调试 eBPF 调度": "Debugging, eBPF and Scheduling",
}
# Upstream quirk: the poster 体系结构与虚拟化分论坛.webp belongs to 体系架构与虚拟化分论坛/.
_POSTER_ALIASES = {"体系结构与虚拟化分论坛": "体系架构与虚拟化分论坛"}

SLIDE_SUFFIXES = {".pdf", ".pptx"}
IMAGE_SUFFIXES = {".webp", ".png", ".jpg", ".jpeg"}
_NOTES = {".ppt": "legacy PowerPoint .ppt: no text extracted", "image": "image: no text extracted"}
_NOT_MATERIALS = {"readme", "readme.md", "license", "license.md", ".ds_store", ".gitignore"}

_CJK_NAME = r"[\u4e00-\u9fff]{2,4}"
_LATIN_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}"
_NAME = re.compile(rf"(?:{_CJK_NAME}|{_LATIN_NAME})")
_NAME_LIST_SEP = re.compile(r"\s*[、&,，]\s*")
_CONFERENCE_PREFIX = re.compile(r"^(?:CLK'?\d{2,4}|\d{4}_CLK)[-_ ]+", re.IGNORECASE)
_CONFERENCE_INFIX = re.compile(
    rf"^(?P<title>.+?)-clk\d{{4}}-(?P<speaker>{_CJK_NAME})(?:-.+)?$", re.IGNORECASE
)
_ORDER = re.compile(
    r"^(?:keynote\s*)?(?P<order>\d+)(?P<sep>\s*[-_.、]\s*|\s+)(?P<rest>.+)$", re.IGNORECASE | re.DOTALL
)
_LEADING_SPEAKER = re.compile(rf"^(?P<name>{_CJK_NAME}|{_LATIN_NAME})-(?P<rest>.+)$")
_DATE_SUFFIX = re.compile(r"[-_ ]\d{1,2}\.\d{1,2}$")
_ASPECT_SUFFIX = re.compile(r"[-_ ]?(?:16|4)[_x:](?:9|3)$")
_INNER_SUFFIX = re.compile(r"\.(?:pptx?|key|docx?)$", re.IGNORECASE)
_ORDER_PREFIX = re.compile(r"^\d+\s+")
_TOPIC = re.compile(r"^分论坛\d*\((?P<topic>.+)\)$")


def describe(path: str, pattern: str | None = None) -> Talk | None:
    """The Talk for a repository path, or None for files that are not conference material."""
    p = PurePosixPath(path)
    suffix = p.suffix.lower()
    if p.name.lower() in _NOT_MATERIALS or p.name.startswith("."):
        return None
    if suffix in SLIDE_SUFFIXES:
        kind, note = "slides", ""
    elif suffix == ".ppt":
        kind, note = "material", _NOTES[".ppt"]
    elif suffix in IMAGE_SUFFIXES:
        kind, note = "material", _NOTES["image"]
    else:
        return None
    forum = _forum_folder(p)
    order, title, speakers = parse_name(p.stem)
    if pattern and (m := re.search(pattern, path)):
        found = m.groupdict()
        order = int(found["order"]) if found.get("order") else order
        title = _clean_title(found["title"]) if found.get("title") else title
        speakers = _split_names(found["speakers"]) if found.get("speakers") else speakers
        forum = found.get("forum") or forum
    return Talk(
        path=path,
        kind=kind,
        forum=forum,
        forum_en=forum_english(forum),
        order=order,
        title=title,
        speakers=speakers,
        note=note,
    )


def _forum_folder(p: PurePosixPath) -> str:
    if len(p.parts) > 1:
        return p.parts[0] if _is_forum(p.parts[0]) else ""
    # A forum's agenda poster sits beside the forum's folder, named like it.
    stem = _POSTER_ALIASES.get(p.stem, p.stem)
    return stem if p.suffix.lower() in IMAGE_SUFFIXES and forum_english(stem) else ""


def _is_forum(folder: str) -> bool:
    return "论坛" in folder or "forum" in folder.lower()


def forum_english(folder: str) -> str:
    key = _ORDER_PREFIX.sub("", unicodedata.normalize("NFKC", folder).strip())
    if key in FORUMS_EN:
        return FORUMS_EN[key]
    m = _TOPIC.match(key)
    return TOPICS_EN.get(m.group("topic").strip(), "") if m else ""


def parse_name(stem: str) -> tuple[int | None, str, tuple[str, ...]]:
    """(order, title, speakers) from a file name without its extension."""
    text = " ".join(unicodedata.normalize("NFKC", stem).split())
    text = _INNER_SUFFIX.sub("", text)  # clk2022_ublk.pptx.pdf
    text = _CONFERENCE_PREFIX.sub("", text)
    text = _ASPECT_SUFFIX.sub("", _DATE_SUFFIX.sub("", text))
    if m := _CONFERENCE_INFIX.match(text):
        return None, _clean_title(m.group("title")), (m.group("speaker"),)

    order, speakers = None, ()
    rest = text
    if m := _ORDER.match(text):
        order, rest = int(m.group("order")), m.group("rest")
    if "——" in rest:
        title, names = rest.rsplit("——", 1)
        speakers = _split_names(names)
        rest = title if speakers else rest
    elif m and not m.group("sep").strip():
        # "order speaker-speaker-title" (CLK2025): names before the title.
        names = []
        while lead := _LEADING_SPEAKER.match(rest):
            names.append(lead.group("name"))
            rest = lead.group("rest")
        speakers = tuple(names)
    if not speakers:
        parts = rest.split("_")
        if len(parts) >= 3 and re.fullmatch(_CJK_NAME, parts[-1]):
            # title_company_speaker (CLK2022)
            rest, speakers = "_".join(parts[:-2]), (parts[-1],)
    return order, _clean_title(rest) or text, speakers


def _split_names(text: str) -> tuple[str, ...]:
    names = tuple(n for n in _NAME_LIST_SEP.split(text.strip()) if n)
    return names if names and all(_NAME.fullmatch(n) for n in names) else ()


def _clean_title(title: str) -> str:
    title = title.strip().rstrip(" -_")
    if " " not in title and title.count("_") >= 2:
        title = title.replace("_", " ")  # Shrinking_shrinker_locking_overhead
    return title
