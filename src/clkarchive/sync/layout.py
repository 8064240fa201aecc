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

The conference's own tag (CLK2022, CLK_22, 2022_CLK, ...) is never part of a
title, wherever it stands. A speaker is only taken where the layout marks one
(an em-dash pair, a trailing _name, a name after the tag, or names before the
title after "order "), and only if it looks like a person's name; otherwise the
talk simply has no speakers, and the block still leaves the title when it is
several names run together. A wrong speaker is worse than none. A source may
give its own pattern for a layout nobody foresaw.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

from clkarchive.models import Talk
from clkarchive.pictures.ocr import IMAGE_SUFFIXES

# English names for forum folders (order prefixes and full-width punctuation removed first).
FORUMS_EN = {
    "主论坛": "Main forum",
    # CLK2024
    "内存分论坛": "Memory",
    "存储IO分论坛": "Storage and I/O",
    "体系架构与虚拟化分论坛": "Architecture and Virtualization",
    "调度与锁分论坛": "Scheduling and Locks",
    "综合分论坛": "General",
    # CLK2025
    "内存管理与优化分论坛": "Memory Management and Optimization",
    "文件系统与存储分论坛": "File Systems and Storage",
    "调度、性能与调试分论坛": "Scheduling, Performance and Debugging",
    "硬件架构与异构计算分论坛": "Hardware Architecture and Heterogeneous Computing",
    "AI 基础设施与 eBPF 应用分论坛": "AI Infrastructure and eBPF Applications",
}
# CLK2023 names its forums 分论坛N（topic）: English names for the topics.
TOPICS_EN = {
    "内存管理": "Memory Management",
    "云和服务器": "Cloud and Servers",
    "Arch&虚拟化&IO": "Architecture, Virtualization and I/O",
    "调试 eBPF 调度": "Debugging, eBPF and Scheduling",
}
# Upstream quirk: the poster 体系结构与虚拟化分论坛.webp belongs to 体系架构与虚拟化分论坛/.
_POSTER_ALIASES = {"体系结构与虚拟化分论坛": "体系架构与虚拟化分论坛"}

SLIDE_SUFFIXES = {".pdf", ".pptx"}
_NOTES = {".ppt": "legacy PowerPoint .ppt: no text extracted", "image": "image: no text extracted"}
_NOT_MATERIALS = {"readme", "readme.md", "license", "license.md", ".ds_store", ".gitignore"}

# A Chinese name has two or three characters, four only after a two-character surname: a longer run
# of Chinese characters where a name belongs is several names written together (宋卓郭任崔运辉), and
# where one name ends and the next begins cannot be read from the characters alone.
_COMPOUND_SURNAMES = "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|夏侯|端木|司徒|南宫|独孤"
_HAN = r"[\u4e00-\u9fff]"
_CJK_NAME = rf"(?:(?:{_COMPOUND_SURNAMES}){_HAN}{{1,2}}|{_HAN}{{2,3}})"
_LATIN_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}"
# In a marked speaker block (after "——") a single Latin word is a name too (CLK2023's "——Omega").
_LISTED_NAME = re.compile(rf"(?:{_CJK_NAME}|{_LATIN_NAME}|[A-Z][a-z]+)")
_NAME_LIST_SEP = re.compile(r"\s*[、&,，]\s*")
# The conference's own tag, as CLK2022 wrote it: CLK2022, CLK22, CLK'22, CLK_22, clk_2022, 2022_CLK, 2022clk.
_TAG = re.compile(
    r"(?<![A-Za-z0-9])(?:clk['_ ]?(?:20)?\d\d|(?:20)?\d\d[_ ]?clk)(?![A-Za-z0-9])", re.IGNORECASE
)
_ORDER = re.compile(
    r"^(?:keynote\s*)?(?P<order>\d+)(?P<sep>\s*[-_.、]\s*|\s+)(?P<rest>.+)$", re.IGNORECASE | re.DOTALL
)
_LEADING_SPEAKER = re.compile(rf"^(?P<name>{_CJK_NAME}|{_LATIN_NAME})-(?P<rest>.+)$")
_LEADING_NAME_RUN = re.compile(rf"^{_HAN}{{4,12}}-(?P<rest>.+)$")
_DATE_SUFFIX = re.compile(r"[-_ ]\d{1,2}\.\d{1,2}$")
_ASPECT_SUFFIX = re.compile(r"[-_ ]?(?:16|4)[_x:](?:9|3)$")
# A deck's version run on to its Chinese title ("Virtio-GPU+图形渲染性能提升1.2", "…压榨内存v2"):
# no part of the talk's title, and it keeps the deck from the poster's title it matches.
_VERSION_SUFFIX = re.compile(rf"(?<={_HAN})(?:[vV]\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)?)$")
_INNER_SUFFIX = re.compile(r"\.(?:pptx?|key|docx?)$", re.IGNORECASE)
_ORDER_PREFIX = re.compile(r"^\d+\s+")
_TOPIC = re.compile(r"^分论坛\d*\((?P<topic>.+)\)$")
_HYPHENATED_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+){2,}")  # A-Way-To-Wakeup-More-Efficiently
_UNDERSCORE_COLON = re.compile(r"(?<=\w)_ ")  # "Erofs_ A New Application": a colon no file name may hold
_UNDERSCORE_BETWEEN_HAN = re.compile(rf"(?<={_HAN})_(?={_HAN})")


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
    text = _VERSION_SUFFIX.sub("", _ASPECT_SUFFIX.sub("", _DATE_SUFFIX.sub("", text)))
    rest, speakers = _without_tag(text)
    order: int | None = None
    if m := _ORDER.match(rest):
        order, rest = int(m.group("order")), m.group("rest")
    if not speakers and "——" in rest:
        title, block = rest.rsplit("——", 1)
        speakers = _split_names(block)
        rest = title if speakers else rest
    elif not speakers and m and not m.group("sep").strip():
        # "order speaker-speaker-title" (CLK2025): names before the title.
        leading: list[str] = []
        while lead := _LEADING_SPEAKER.match(rest):
            leading.append(lead.group("name"))
            rest = lead.group("rest")
        if run := _LEADING_NAME_RUN.match(rest):
            # Names run together: the title loses them, and no speaker is guessed.
            leading, rest = [], run.group("rest")
        speakers = tuple(leading)
    if not speakers:
        parts = rest.split("_")
        if len(parts) >= 3 and re.fullmatch(_CJK_NAME, parts[-1]):
            # title_company_speaker (CLK2022)
            rest, speakers = "_".join(parts[:-2]), (parts[-1],)
    return order, _clean_title(rest) or text, speakers


def _without_tag(text: str) -> tuple[str, tuple[str, ...]]:
    """The name without the conference's tag, and the speaker a title-tag-speaker-company name gives.

    Before the tag stands either the title (ublk-clk2022-张子扬-龙蜥社区) or a code that is no
    talk's order (630-2-clk_2022-强化Linux生态合规性); after it, the title or the speaker block.
    """
    if not (m := _TAG.search(text)):
        return text, ()
    before, after = text[: m.start()].strip(" -_"), text[m.end() :].strip(" -_")
    if not re.search(r"[^\W\d_]", before):
        return after, ()
    if not after:
        return before, ()
    first = after.split("-", 1)[0]
    if re.fullmatch(_CJK_NAME, first) or re.fullmatch(_LATIN_NAME, first):
        return before, (first,)
    return f"{before} {after}", ()


def _split_names(text: str) -> tuple[str, ...]:
    names = tuple(n for n in _NAME_LIST_SEP.split(text.strip()) if n)
    return names if names and all(_LISTED_NAME.fullmatch(n) for n in names) else ()


def _clean_title(title: str) -> str:
    title = title.strip().rstrip(" -_")
    if " " not in title and title.count("_") >= 2:
        title = title.replace("_", " ")  # Shrinking_shrinker_locking_overhead
    if _HYPHENATED_WORDS.fullmatch(title):
        title = title.replace("-", " ")
    title = _UNDERSCORE_COLON.sub(": ", title)
    return _UNDERSCORE_BETWEEN_HAN.sub(" ", title)
