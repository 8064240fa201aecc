"""Speakers read from a deck's title page, for the decks whose file name and agenda name none.

A title page names its speakers beside the title: "报告人：张三", "张三 华为",
a line that is only a name, an e-mail address (`zhangsan.zs@…`, `san.zhang@…`).
Extraction joins Chinese lines, so a page often reads as one run,
"…内存优化李四字节跳动": a name is taken only where something tells where it
starts and ends (the run's edges, the title's last words, a marker, a role or a
known organisation, a pinyin e-mail address). The cuts themselves are the
agenda reader's (pictures.agenda.words: surnames, organisations, roles), so a
poster and a title page agree on what a name is. This is weaker evidence than
a file name or a poster: it only fills a deck that has no speakers after both,
and a run nobody can cut with certainty gives no speaker rather than a wrong one.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace

from clkarchive.index import Store
from clkarchive.index.names import pinyin_of
from clkarchive.models import PageText, Talk
from clkarchive.pictures.agenda.words import (
    CJK_NAME,
    ROLE_START,
    organisation,
    person_name,
    split_name,
    surname,
)

TITLE_PAGES = 2  # the title page is the first of these that names anyone (the first may be a banner)
MAX_SPEAKERS = 4  # more names than this on one page: a team or a reference list, not a title page's speakers
_RUN = re.compile(r"[\u4e00-\u9fff]+")
_MARKER = re.compile(r"(?:报告人|分享人|演讲人|主讲人|演讲者|讲者|汇报人)")
_MARKER_BEFORE = re.compile(rf"(?:{_MARKER.pattern}|Speakers?|Presenters?)\s*[:：]?\s*$", re.I)
_EMAIL = re.compile(r"([A-Za-z][A-Za-z0-9._-]*)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_LATIN_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b")
_ROLE_END = re.compile(r"(?:工程师|专家|架构师|研究员|教授|博士|总监|经理|负责人|开发者|维护者|讲师)$")


def fill(talks: Sequence[Talk], store: Store, source: str) -> list[Talk]:
    """The talks, each deck that still has no speakers (nor speakers the agenda withheld) given those
    its title page names; the source's pages are read only if some deck has none."""
    pages: Mapping[str, Sequence[PageText]] = store.pages(source) if any(map(_unnamed, talks)) else {}
    return [named(t, [p.text for p in pages.get(t.path, ())[:TITLE_PAGES]]) for t in talks]


def named(talk: Talk, pages: Sequence[str]) -> Talk:
    """The talk given the speakers its deck's pages (page 1 first) name, if it has none yet.

    The text sync calls it as it indexes a deck, so that the agenda step, which
    reads the same pages again after the posters, finds nothing left to write
    when no poster names the deck (one index commit, not two and a merge).
    """
    if not _unnamed(talk):
        return talk
    found = speakers(pages, talk.title)
    return replace(talk, speakers=found) if found else talk


def _unnamed(talk: Talk) -> bool:
    return talk.kind == "slides" and not talk.speakers and all(k != "speakers" for k, _ in talk.withheld)


def speakers(pages: Sequence[str], title: str) -> tuple[str, ...]:
    """The speakers a deck's first pages name, in the order printed, or () when unsure: those of the
    first page that names any (the first page is often the conference's banner)."""
    for text in pages[:TITLE_PAGES]:
        if found := _page_speakers(unicodedata.normalize("NFKC", text), title):
            return found
    return ()


def _page_speakers(page: str, title: str) -> tuple[str, ...]:
    mails = [m.group(1).lower() for m in _EMAIL.finditer(page)]
    found: list[str] = []
    for run in _RUN.finditer(page):
        before, after = page[: run.start()], page[run.end() :]
        found += _names_in(run.group(), before, after, _title_tail(title), mails)
    # Not words of the title (全实践 of 安全实践), nor a shorter reading of a name found (江波 of 吴江波).
    found = [n for n in found if n not in title and not any(n != m and n in m for m in found)]
    chinese = set(found)
    romanised = {w for name in chinese for w in pinyin_of([name]).split()}
    found += [n for n in _latin_names(page, mails) if not {w.lower() for w in n.split()} <= romanised]
    unique = tuple(dict.fromkeys(found))
    return unique if len(unique) <= MAX_SPEAKERS else ()


def _names_in(run: str, before: str, after: str, tail: str, mails: list[str]) -> list[str]:
    """The names in one run of Chinese characters, bounded on both sides by something that is not a name."""
    named = [n for n in _candidates(run) if any(_mail_matches(n, m) for m in mails)]
    if named:  # an address spelling a name is the surest of all: no boundary needed
        return named
    # Where a name surely starts: after the title's last words, a marker, a role or an organisation.
    starts = {m.end() for m in _MARKER.finditer(run)}
    starts |= {i for i in range(1, len(run)) if _ROLE_END.search(run[:i]) or _organisation_ends(run, i)}
    if _MARKER_BEFORE.search(before):
        starts.add(0)
    # A "name" that ends the run where Latin letters follow with no space ends where the script
    # does, not where a name does: "浪潮信息云峦KeyarchOS…" is a product's name after a company.
    glued = bool(re.match(r"[A-Za-z0-9]", after))
    found = [
        n for s in sorted(starts) for n in _names_from(run[s:], pair=False) if not (glued and run.endswith(n))
    ]
    # The page's title may word its end otherwise than the file name: its last four, three or two
    # characters. What follows the title to the run's end may be two names (郑翔陈培鸿).
    if at := next((run.rfind(tail[-n:]) + n for n in (4, 3, 2) if len(tail) >= n and tail[-n:] in run), 0):
        found += _names_from(run[at:], pair=True)
    # A run that starts a line is a name only if what follows says so (an affiliation, a role,
    # an address): a line "方案" starts with a surname too.
    if before.rstrip(" \t").endswith(("\n", "(", "（", ",", "，", "、")) or not before.strip():
        cut = split_name(run)
        found += [cut[0]] if cut and _is_name(cut[0]) else []
        found += _only_names(run) if _affiliation_after(after) else []
    # A name of three characters run into a known organisation, wherever it stands ("…实践李泽帆字节跳动");
    # two characters before an organisation are as often a word ("方案").
    for s in range(at, len(run)):  # not from inside the title (池巫强 of "…对象池巫强字节跳动")
        cut = split_name(run[s:])
        if cut and len(cut[0]) > 2 and organisation(cut[1]) and _is_name(cut[0]):
            found.append(cut[0])
    return list(dict.fromkeys(found))


def _names_from(text: str, pair: bool) -> list[str]:
    """The names text begins with: one run into an affiliation or a role, or the whole text a name
    (two names if pair: after a role, "方案与展望" would read as 方案与 and 展望)."""
    cut = split_name(text)
    if cut and _is_name(cut[0]):
        return [cut[0]]
    names = _only_names(text)
    return names if pair or len(names) == 1 else []


def _only_names(text: str) -> list[str]:
    """text as one name (two or three characters) or two names (five or six), or [] when it is not
    certain: four characters may be one name (李杨欧文) or two (张三李四)."""
    if len(text) in (2, 3) or (len(text) == 4 and text[:2] == surname(text) and len(surname(text)) == 2):
        return [text] if _is_name(text) else []
    if len(text) in (5, 6):
        splits = [(text[:n], text[n:]) for n in (2, 3) if _is_name(text[:n]) and _is_name(text[n:])]
        return list(splits[0]) if len(splits) == 1 else []
    return []


def _is_name(text: str) -> bool:
    family = surname(text)
    return bool(
        family
        and CJK_NAME.fullmatch(text)
        and 1 <= len(text) - len(family) <= 2
        and not _holds_organisation(text)
    )


def _candidates(run: str) -> list[str]:
    """Every name the run could hold (a known surname and one or two characters), in order."""
    return [
        run[s : s + n]
        for s in range(len(run))
        for n in (2, 3, 4)
        if s + n <= len(run) and _is_name(run[s : s + n])
    ]


def _mail_matches(name: str, local: str) -> bool:
    """Whether an address's part before @ spells the name's pinyin: zhangsan, sanzhang, zhang.san,
    san.zhang, zhangsan.zs (initials and digits around it allowed)."""
    family, given, *_ = [*pinyin_of([name]).split(), ""]
    if not family or not given:
        return False
    words = [w for w in re.split(r"[^a-z]+", local) if w]
    pairs = set(itertools.pairwise(words))
    return bool({family + given, given + family} & set(words) or {(family, given), (given, family)} & pairs)


def _latin_names(page: str, mails: list[str]) -> list[str]:
    """Names in Latin letters that an address on the page spells ("Kuzin Artem" and artem.kuzin@):
    a capitalised pair alone is as often a product or a heading."""
    found = []
    for m in _LATIN_NAME.finditer(page):
        words = [w.lower() for w in m.group().split()]
        if any(_spells(words, local) for local in mails):
            found.append(person_name(m.group()) or m.group())
    return found


def _spells(words: list[str], local: str) -> bool:
    parts = [w for w in re.split(r"[^a-z]+", local) if w]
    return sorted(parts) == sorted(words) or "".join(parts) in {"".join(words), "".join(reversed(words))}


def _title_tail(title: str) -> str:
    """The title's last Chinese words, after which a page often goes on with the speaker's name."""
    runs = _RUN.findall(unicodedata.normalize("NFKC", title))
    return runs[-1][-4:] if runs and len(runs[-1]) >= 2 else ""


def _organisation_ends(run: str, at: int) -> bool:
    """Whether a known organisation, read whole, ends at this place (not 阿里 of 阿里巴巴)."""
    return any(organisation(run[j:]) == run[j:at] for j in range(max(0, at - 8), at - 1))


def _holds_organisation(name: str) -> bool:
    """A "name" that is or holds an organisation (华为, 于华为 of 基于华为), or starts a role (高级 of
    高级工程师), is a cut in the wrong place."""
    return bool(ROLE_START.match(name)) or any(organisation(name[i:]) for i in range(len(name)))


def _affiliation_after(after: str) -> bool:
    """Whether what follows a run tells that it was a name: a bracket, an address, a known
    organisation or a role in Latin letters ("(华为)", "<li@…>", "vivo", "Senior Engineer")."""
    rest = after.lstrip(" \t\n")
    if rest[:1] in ("(", "（", "<"):
        return True
    return bool(rest and (organisation(rest) or ROLE_START.match(rest) or _EMAIL.match(rest)))
