"""What more than one step of reading an agenda needs of text: names, forum names, joining, comparing.

One definition each, so that reading a poster, reconciling posters and
matching decks cannot drift apart on what counts as a person's name, a
forum's heading or the same title.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from importlib.resources import files

from clkarchive.index.names import DOUBLE_SURNAMES

# A heading may end in its English name ("调度与锁分论坛 Scheduling & Locking", "主论坛 Main Forum").
# A heading's number before it: "01", "2.", a document's "（一）" or "三、".
_NUMBERED = r"^[\W_]*(?:[0-9Oo]{1,2}|[一二三四五六七八九十]{1,3}(?=[、.)]))?[\W_]*"
_REMARK = r"[(（](?:(?!论坛)[^()（）]){1,12}[)）]"  # "主论坛（上午）"
_HALF_DAY = r"(?:(?:上午|下午)[\W_]*)?"  # "上午 · 主论坛": the half of the day it holds, no part of its name
_FORUM = re.compile(
    _NUMBERED + _HALF_DAY + rf"(.{{0,16}}?(?:主论坛|分论坛))(?:[·•|/—-]?[A-Za-z][A-Za-z&,.'/-]*|{_REMARK})?$"
)
# A forum's heading followed by the word for its programme ("文件系统与存储分论坛日程"), a name before it.
_FORUM_PROGRAMME = re.compile(_NUMBERED + r"(.{1,16}?(?:主论坛|分论坛))(?:议程|日程)(?:安排)?$")
_FORUM_FIRST = re.compile(
    r"((?:主论坛|分论坛)[A-Z0-9一二三四五六七八九]?[:：·\-—]?(?!议程|日程|信息|介绍|简介)[\u4e00-\u9fff][^:：]{1,15})"
)
# An article's headline naming its forum's programme: "CLK2026丨虚拟化分论坛议程抢先看！".
_HEADLINE = re.compile(r"[^丨|｜]{1,12}[丨|｜]([^丨|｜]{1,16}?(?:主论坛|分论坛))(?:议程|日程)[^丨|｜]{0,8}")
_DATED = re.compile(r"20\d\d年|\d{1,2}月\d{1,2}日")
HOST = re.compile(r"主持人?\s*[:：|]?\s*(.*)")  # "主持人：周威", "主持人丨周威" (丨 is | by then)
# The programme's own heading ("议程 AGENDA", "— 日程安排 —", "Schedule"): over the first talk,
# no title of it.
PROGRAMME = re.compile(
    r"\W*(?:(?:会议|大会|论坛)?(?:议程|日程)(?:安排)?|AGENDA|SCHEDULE|PROGRAM(?:ME)?)"
    r"(?:\W*(?:AGENDA|SCHEDULE|PROGRAM(?:ME)?))?\W*",
    re.I,
)
# A table's header row ("时间 | 议题/嘉宾", "TIME  TOPIC  SPEAKER"): the columns' labels, two or
# more, nothing else. It names nobody (时 and 单 are surnames) and opens no talk.
_HEAD = (
    r"(?:时间|日程|议题|议程|主题|题目|报告题目|演讲主题|分享主题|内容|嘉宾|演讲嘉宾|分享嘉宾|讲者|演讲者|"
    r"演讲人|分享人|报告人|讲师|单位|公司|职务|职位|简介|备注|Time|Topic|Title|Speakers?|Session|Affiliation)"
)
COLUMN_HEADS = re.compile(rf"\W*{_HEAD}(?:[\s/|｜丨&、·]*{_HEAD})+\W*", re.I)
COLUMN_HEAD = re.compile(rf"\W*{_HEAD}\W*", re.I)  # one column's label, in a box of its own
# The labels a panel puts before its people ("主持人：", "嘉宾：")
GUEST_WORDS = r"主持人?|嘉宾|对话嘉宾|Host|Moderator|Guests?|Panelists?"
# A session's heading or its chair, which no talk is: "第一单元 内存回收", "单元主席：朱晓光",
# "SESSION 2 File Systems", "Session Chair: Liu Bo (刘博)".
SESSION = re.compile(
    r"^\W*(?:第[一二三四五六七八九十\d]{1,2}(?:单元|会场|场次|节)|(?:单元|分会|会场|专场)?主席\s*[:：]"
    r"|SESSION\s*\d{1,2}\b|Session Chair\b)",
    re.I,
)
CJK = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character
CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
NAME_RUN = re.compile(r"[\u4e00-\u9fff]{2,3}")  # a Chinese name's usual length
CLAUSE = re.compile(r"[，。；、,;]")  # what parts a sentence's clauses, or a list's items
# Where a company in Latin letters begins right after a Chinese name: a letter, though not one alone
# before a Chinese character ("王予J川", 川's first stroke: OCR's noise inside the name)
LATIN_AFTER_NAME = r"[A-Za-z](?![\u4e00-\u9fff])"
_LATIN_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?: ?[A-ZÀ-Þ][a-zß-ÿ]+){1,2}")  # "Zoltán Fehér" too
LATIN_LETTERS = re.compile(r"[A-Za-zß-ÿ .'-]+")  # a name cut as one written in Latin letters alone
PUNCTUATION = " :：,，、;；.。·•"
# A slot with no talk; "Break" as a word ("Coffee Break", OCR's "CoffeeBreak"), not a title's
# "What Breaks When We Backport".
BREAK = re.compile(r"茶歇|午餐|午休|休息|晚宴|coffee|lunch|break(?![a-z])", re.I)
# The words that label a talk's speakers, one list for a run-in label and a field's.
SPEAKER_WORDS = (
    r"嘉宾|对话嘉宾|演讲嘉宾|分享嘉宾|致辞嘉宾|特邀嘉宾|报告嘉宾|讲者|讲师|主讲人?|演讲人|演讲者|报告人|分享人|致辞人"
    r"|Speakers?|Presenters?|Guests?|Panelists?"
)
# What labels a talk's speakers: "演讲人：张三", "Speaker: Jun Sima".
SPEAKERS_LABEL = re.compile(r"^(?:" + SPEAKER_WORDS + r")\s*[:：]\s*", re.I)
_SPEAKERS_TAG = re.compile(r"\s*(?:" + SPEAKER_WORDS + r")\s*", re.I)
LIST = re.compile(r"\s*[/／、,，;；]\s*")  # names or affiliations listed: "张伟、东方晓", "钟宇 / 诸葛云"


def speakers_label(texts: Sequence[str]) -> int | None:
    """Where a speakers' label ends in the first of a line's boxes (texts): "演讲人：" before a name,
    or a tag set in a box of its own ("嘉宾" in a pill, the name in the next box); None if none."""
    if not texts:
        return None
    if label := SPEAKERS_LABEL.match(texts[0]):
        return label.end()
    return len(texts[0]) if len(texts) >= 2 and _SPEAKERS_TAG.fullmatch(texts[0]) else None


def forum_name(text: str) -> str:
    """The forum a heading names: "…分论坛" (its number before it left out), or "分论坛A 内存与存储"
    whole, where the word comes first and a letter or number tells the forums apart, or the forum
    whose programme an article's headline announces ("CLK2026丨虚拟化分论坛议程抢先看！"). A line that
    gives a date ("分论坛入场券 · 2025年11月8日 下午", a ticket's) names no forum."""
    flat = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    flat = re.sub(r"^[【\[「](.+)[】\]」]$", r"\1", flat)  # "【主论坛】": a heading in brackets
    # no forum's name opens with 与 or 和: "10与ebpf", "l0与ebpf" is "IO 与 ebpf" read as digits
    flat = re.sub(r"^[1lI|][0Oo](?=[与和])", "IO", flat)
    m = (
        _FORUM.match(flat)
        or _FORUM_PROGRAMME.match(flat)
        or _FORUM_FIRST.fullmatch(flat)
        or _HEADLINE.fullmatch(flat)
    )
    return m.group(1) if m and not HOST.search(m.group(1)) and not _DATED.search(flat) else ""


_PARTICLES = "的之与或"  # words that join a title's parts and open its wrapped lines; no surname
HALF_OF_DAY = "上午|下午|中午|晚上"  # what a poster prints before a time (中午 12:05, 下午 1:30)
_DAY_PART = re.compile(rf"{HALF_OF_DAY}|全天")  # "下午" over the afternoon's forums (下 is a surname)


def person_name(text: str) -> str:
    """text as a person's name ("郭 任" -> "郭任", "KuzinArtem" -> "Kuzin Artem", "Paul McKenney" as
    printed), or ""."""
    text = unicodedata.normalize("NFKC", text).strip()
    cjk = re.sub(r"\s+", "", text)
    if CJK_NAME.fullmatch(cjk):
        # "字节跳动" is a company; "高级" (of 高级工程师), "教授" are a job title's words, no name;
        # a run that opens with a particle ("的协同") is a title's wrapped end: no surname is one;
        # nor does a name hold 的 or 与 ("来的新挑战", "位与修复": 来 and 位 are surnames)
        no = (
            len(organisation(cjk)) >= 2
            or ROLE_START.match(cjk)
            or cjk[0] in _PARTICLES
            or re.search("[的与]", cjk)
            or _DAY_PART.match(cjk)
        )
        return "" if no else cjk
    latin = " ".join(text.split())
    firm = organisation(latin)
    if not _LATIN_NAME.fullmatch(latin) or (firm and re.match(r"\W*$|[\sA-Z]", latin[len(firm) :])):
        return ""  # "Red Hat" is a company, "TencentOS"/"Tencent Os" its product; "Armando" a name
    # words run together only where OCR dropped every space ("KuzinArtem"); "McKenney" is one
    return latin if " " in latin else re.sub(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])", " ", latin)


def sure_name(name: str) -> bool:
    """Whether a name read is one beyond doubt: Latin, or Chinese of a known surname (a title's
    short last line, "收延迟", has none)."""
    return not re.fullmatch(r"[\u4e00-\u9fff]+", name) or bool(surname(name))


def known_name(text: str) -> str:
    """text as a person's name where it is one beyond doubt (see sure_name), or ""."""
    name = person_name(text)
    return name if name and sure_name(name) else ""


# One pinyin syllable (initial, then final), for Latin names: a Chinese speaker written in Latin
# letters is written in pinyin ("Lianbo Jiang"); a product, project or company ("Cloud Hypervisor",
# "Ant Group") is not.
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui"
    r"|er|a|o|e|i|u|v)"
)
_PINYIN_WORD = re.compile(rf"(?:{_SYLLABLE}){{1,3}}", re.I)


def spelt_as(latin: str, name: str) -> bool:
    """Whether a Latin name is a Chinese name written in pinyin, a syllable per character
    ("Tang Zhiqiang" of 唐志强): so a bilingual speaker's line gives one person, not two."""
    letters = re.sub(r"[\s'-]", "", latin)
    return bool(re.fullmatch(rf"(?:{_SYLLABLE}){{{len(name)}}}", letters, re.I))


_COMMON_ENDING = re.compile(r"(?:ing|tion|ized|ised|ware|ity|ment|ness)$", re.I)


# A foreign name written in characters, its parts joined by a middle dot ("马克·瓦格纳").
_TRANSLITERATED = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,6}){1,2}")


def transliterated(text: str) -> bool:
    """Whether text is written as a foreign name in characters: parts joined by a middle dot."""
    return bool(_TRANSLITERATED.fullmatch(unicodedata.normalize("NFKC", text).strip()))


def person_like(name: str) -> bool:
    """Whether a name read as a speaker's looks like a person's, so that a fragment of a title, a
    product or a project is never shown as one: a Chinese name is a known surname and one or two
    characters ("时性测评" is no name though 时 is a surname), a Latin one two or three words of
    pinyin ("Lianbo Jiang"), or of no word of not_names.txt ("Kuzin Artem", never "Ant Group")
    and none longer than a name's word ("Balasubramanian"; a sentence OCR ran together is), nor a
    company's ("Pablo Serrano Google").
    A person whose name is neither is withheld, never shown wrong."""
    name = unicodedata.normalize("NFKC", name).strip()
    if transliterated(name):
        return True
    if CJK_NAME.fullmatch(name):
        return bool(family := surname(name)) and 1 <= len(name) - len(family) <= 2
    words = re.split(r"[\s-]+|(?<=[a-z])(?=[A-Z])", name)
    if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return False
    common = {w.casefold() for w in _listed("not_names.txt")}
    if any(organisation(w).casefold() == w.casefold() for w in words):
        return False  # "Pablo Serrano Google": a name and its company, run together
    return all(_PINYIN_WORD.fullmatch(w) for w in words) or not any(
        w.casefold() in common or _COMMON_ENDING.search(w) or not re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ]{1,14}", w)
        for w in words
    )


def worded(name: str, words: Collection[str]) -> bool:
    """Whether a Latin name has a word of words (those a poster prints in lower case elsewhere,
    singular or plural): then it is a title's words ("Huge Page", "Large Folios"), for a name is
    capitalised and a title's words are not everywhere."""
    return any(
        w.casefold() in words or (w.endswith("s") and w[:-1].casefold() in words)
        for w in re.findall(r"[A-Za-z]+", name)
    )


def person(text: str) -> str:
    """text as a person's name where it is one beyond doubt (known_name) and looks like a
    person's (person_like), or ""."""
    name = known_name(text)
    return name if name and person_like(name) else ""


@functools.cache
def _listed(name: str) -> tuple[str, ...]:
    """The entries of a data file beside this module: one a line, # comments left out."""
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def surname(name: str) -> str:
    """The known surname a Chinese name starts with ("欧阳" of "欧阳娜娜"), or ""."""
    if name[:2] in DOUBLE_SURNAMES:
        return name[:2]
    return name[:1] if name[:1] and name[0] in "".join(_listed("surnames.txt")) else ""


def word_surname(name: str) -> bool:
    """Whether a Chinese name is one of a surname that is also an everyday word (经, 贝, 习, 蓬;
    word_surnames.txt) and one or two characters more: a person's only where the line sets it
    apart from a known organisation, for a title's fragment may open with such a word."""
    return (
        bool(CJK_NAME.fullmatch(name)) and len(name) <= 3 and name[0] in "".join(_listed("word_surnames.txt"))
    )


def same_person(a: str, b: str) -> bool:
    """Whether two readings name one person: alike once normalised, or a Chinese name of three or
    more characters misread in one character after the same surname (谢旻晟, 谢昱晟). A two-character
    name one character away is another person of the same family: never taken for the same."""
    a, b = norm(a), norm(b)
    if a == b:
        return True
    if len(a) != len(b) or len(a) < 3 or not CJK_NAME.fullmatch(a) or not CJK_NAME.fullmatch(b):
        return False
    family = surname(a)
    return bool(family) and b.startswith(family) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


@functools.cache
def _alternation(name: str) -> re.Pattern[str]:
    """The entries of a data file beside this module as one pattern, the longest first (case aside)."""
    return re.compile("|".join(re.escape(n) for n in sorted(_listed(name), key=len, reverse=True)), re.I)


def organisation(text: str) -> str:
    """The known organisation text starts with ("富士通南大" of "富士通南大软件"), or ""."""
    m = _alternation("organisations.txt").match(text)
    return m.group(0) if m else ""


# The jobs a speaker's title names, opening it ("工程师") or ending it ("高级工程师"): see
# ROLE_START and ROLE here.
JOBS = "工程师|专家|教授|研究员|总监|经理|博士|架构师"
ROLE = (  # how a speaker's job title ends
    rf"(?:{JOBS}|负责人|研究生|博士生|学者|创始人|CEO|CTO|"
    r"Maintainer|Reviewer|Engineer|Manager|Architect|Director|Developer|Professor|Researcher|Lead)"
)
ENDS_IN_JOB = re.compile(ROLE + r"$")  # a speaker's line, or their affiliation's, ends so
# A job title alone: a few words, then the role ("内核研发工程师", "副研究员", "Senior Engineer").
JOB_TITLE = re.compile(r"[\u4e00-\u9fffA-Za-z ]{0,10}" + ROLE)
# A title's last line that is a speaker and a role run together: "李泽帆字节跳动内核负责人".
NAME_AND_ROLE = re.compile(r"[\u4e00-\u9fff]{2,4}[^，。；]*" + ROLE)
# What a job title opens with ("高级工程师", "副研究员", "博士生"): never a person's name, though
# 高 is a surname.
ROLE_START = re.compile(
    rf"高级|资深|首席|主任|副教授|副研究员|{JOBS}"
    rf"|研发|技术|讲师|助理|安全|Senior|Staff|Principal"  # 安全专家, 安全工程师: 安 is a surname too
)


# An organisation not in the list, by how its name ends ("湖北大学", "某某科技").
_KINDS = "大学|学院|研究院|研究所|公司|集团|科技"
_BARE_KIND = re.compile(_KINDS)
_KIND = re.compile(rf"{_KINDS}|实验室|中心")  # what an organisation is


def _placed(text: str) -> bool:
    """Whether text opens with an organisation named after its place ("江西理工大学…")."""
    return bool(_alternation("places.txt").match(text) and _KIND.search(text))


_UNKNOWN_ORGANISATION = re.compile(
    r"[A-Za-z0-9\u4e00-\u9fff]{0,6}?(大学|学院|研究院|研究所|实验室|公司|集团|科技|组委会|委员会|协会|基金会|联盟)"
)


def affiliation_like(text: str) -> bool:
    """Whether text opens with an organisation, known or by how its name ends ("上海交通大学")."""
    text = unicodedata.normalize("NFKC", text).strip()
    return bool(organisation(text) or _UNKNOWN_ORGANISATION.match(text))


def split_name(run: str) -> tuple[str, str] | None:
    """A Chinese name run into its affiliation ("李四富士通南大软件") as (name, the rest), or None.

    The name is a known surname and one or two characters; it ends where a known organisation,
    a role ("高级工程师") or another script begins. Where both a two- and a three-character name
    would fit, or neither, nobody can tell where the name ends: None, and the talk gets no speaker
    rather than a wrong one.
    """
    run = unicodedata.normalize("NFKC", run).strip()
    run = re.sub(r"^(\w)[—–－-](?=[\u4e00-\u9fff])", r"\1一", run)  # "邓—鸣": OCR's dash for 一
    if _placed(run):
        return None  # "江西理工大学副校长": an organisation named after its place, no one's name
    family = surname(run)
    # a surname that is an everyday word ("全宇航腾讯云…") ends its name only where a known
    # organisation begins: a title's words run on otherwise
    word = not family and word_surname(run[:2])
    family = run[:1] if word else family
    # "华为技术有限公司" starts with no 华 of a name, "高级架构师" with no 高 of one
    if not family or len(organisation(run)) >= 2 or ROLE_START.match(run):
        return None
    fits: dict[int, list[tuple[str, str]]] = {1: [], 2: []}  # how sure the end is -> the splits
    reach: dict[str, int] = {}  # a split at a known organisation -> where that organisation ends
    for given in (1, 2):
        name, rest = run[: len(family) + given], run[len(family) + given :].lstrip(PUNCTUATION)
        # "鲍永刚等小米系统软件部": a team's talk, the name printed for it, then its organisation
        rest = rest[1:].lstrip(PUNCTUATION) if rest.startswith("等") and len(rest) > 1 else rest
        # "宁夏大学副校长", "南瑞集团 软件工程师", "商汤科技…": an organisation's own name before its kind (no
        # affiliation opens with a bare 大学 or 集团), no person's before a firm
        if not rest or not CJK_NAME.fullmatch(name) or _BARE_KIND.match(rest):
            continue
        known, unknown = organisation(rest), _UNKNOWN_ORGANISATION.match(rest)
        # "北大" is no known organisation where it begins "北大学": some unknown "…北大学" may (its
        # 大学 takes the known one's last character); but "腾讯" begins "腾讯科技", and a known one
        # a role follows ("龙芯中科" of "龙芯中科技术专家") is no "…科技".
        longer = (
            unknown
            and unknown.start(1) < len(known) < len(unknown.group(0))
            and not ROLE_START.match(rest[len(known) :])
        )
        # an organisation no list knows, named after its place ("安徽工程大学…", "中国电子技术标准化研究院")
        at_known = bool(known) and not longer
        if at_known or _placed(rest) or (not word and ROLE_START.match(rest)):
            fits[2].append((name, rest))
            reach[name] = len(run) - len(rest) + len(known) if at_known else 0
        elif not word and ((rest[0].isascii() and _latin_firm(rest)) or unknown):
            fits[2 if rest[0].isascii() else 1].append((name, rest))
    best = fits[2] or fits[1]
    if len(best) == 2 and all(reach.get(name) for name, _ in best) and reach[best[0][0]] != reach[best[1][0]]:
        # both end at a known organisation, one inside the other's ("陈志|华科…" and "陈志华|科大讯飞"):
        # an organisation's name runs on to its end, so the one reaching further is the affiliation
        return max(best, key=lambda fit: reach[fit[0]])
    return best[0] if len(best) == 1 else None


def unread_name(text: str) -> bool:
    """Whether text opens with two or three characters, then a known organisation ("帘涛荣耀…",
    OCR's 帘 for 甯; "占立新 蚂蚁集团…", 占 a surname no list holds): a speaker's line whose name
    the reader cannot take, though the line says one is there."""
    m = re.match(r"[\u4e00-\u9fff]{2,3}", text)
    if m is None or organisation(text):
        return False
    return any(len(organisation(text[k:].lstrip())) >= 2 for k in range(2, m.end() + 1))


# The Latin words a run opens with ("AMD", "Red Hat", "MCU")
_LATIN_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .&+-]*")


def _latin_firm(rest: str) -> bool:
    """Whether what follows a name in another script reads as its affiliation: a bracket or bar,
    or Latin words ("AMD", "Zilliz") that end the run or open a role or an organisation after
    them ("AMD工程师", "Jason Tong腾讯云"). A title's wrapped line that opens with a surname and
    goes on in Latin ("车载MCU上的实践", "CPU上的调度挑战") is no name run into a company."""
    latin = _LATIN_WORDS.match(rest)
    if latin is None:
        return True
    after = rest[latin.end() :].strip()
    return not after or bool(ROLE_START.match(after)) or affiliation_like(after)


def join(parts: Iterable[str]) -> str:
    """Texts joined with a space only between two Latin letters or digits."""
    out = ""
    for part in parts:
        part = part.strip()
        if out and part and _latin(out[-1]) and _latin(part[0]):
            out += " "
        out += part
    return out


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def norm(text: str) -> str:
    """A title or forum name for comparing: NFKC, casefolded, letters and digits only."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def forum_key(name: str) -> str:
    return norm(re.sub(r"分论坛|论坛|forum", "", name, flags=re.I))


def clean_title(text: str) -> str:
    """The title less what OCR read of the marks around it: a bar before it ("｜ title", read "】"
    where it is drawn as a rule), a bullet between it and its time ("14:00-14:25 · memcg…"), a
    dash, a colon or what dot leaders leave after it; the marks of a title printed in 《》 as a
    book's."""
    text = text.strip(" :：-—|｜").lstrip("】]·•●").lstrip().rstrip(" .·…")
    return text[1:-1] if re.fullmatch(r"《[^《》]+》", text) else text
