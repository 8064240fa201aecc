"""A speaker's name run into what follows it in one run of text, cut where that is sure: where
split_name's lexicon finds a known organisation, a role or another script, where a name set wide
("李　强", "刘　洋") ends before a known organisation, or after a Latin name's two or three words
(latin_run_in: a whole speaker's line so, "Olivia Bennett Red Hat Principal Engineer").
None wherever nobody can tell where the name ends: a speaker withheld, never a wrong one."""

from __future__ import annotations

import re

from clkarchive.pictures.agenda.words import (
    ENDS_IN_JOB,
    LATIN_AFTER_NAME,
    LATIN_LETTERS,
    LIST,
    PUNCTUATION,
    organisation,
    person,
    split_name,
)

_BRACKETED = re.compile(r"[(（]\s*([^()（）]+?)\s*[)）]")
_NAME_THEN_LATIN = re.compile(
    rf"([\u4e00-\u9fff]{{2,3}})\s*({LATIN_AFTER_NAME}.*)"
)  # a company in Latin letters
_PADDED = re.compile(r"([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])\s*(\S.*)")


def run_in(part: str) -> tuple[str, str] | None:
    """A name and what follows it in one run of text ("孙沁北京大学博士生", "Ravi Shankar AMD
    Principal Engineer"): a Chinese name cut where split_name is sure, a Latin one where the
    capitalised words of a name are followed by an organisation or a word no name has (AMD, an
    acronym); None where nobody can tell where the name ends."""
    part = part.strip(PUNCTUATION)
    if name := person(part):
        return name, ""
    if (cut := split_name(part)) and person(cut[0]):
        rest = cut[1].strip(PUNCTUATION)
        return person(cut[0]), (m[1] if (m := _BRACKETED.fullmatch(rest)) else rest)  # "冯宇 (蚂蚁集团)"
    if (m := _NAME_THEN_LATIN.fullmatch(part)) and person(m[1]) and ENDS_IN_JOB.search(m[2]):
        return person(m[1]), m[2]  # "裘亦凡 SmartX 存储内核工程师": the script ends the name
    if wide := padded(part):
        return wide
    words = part.split()
    fits = [
        (person(head), " ".join(words[k:]))
        for k in (2, 3)
        if len(words) > k
        and person(head := " ".join(words[:k]))
        and not organisation(words[k - 1])  # "LukasHartmann Collabora": a known company ends no name
        and (organisation(" ".join(words[k:])) or not re.fullmatch(r"[A-Z][a-z]+", words[k]))
        # a bracketed affiliation ends at its bracket: "Ma Yiran (Kylinsoft) and Zhao Kun" lists two
        and (not words[k].startswith(("(", "（")) or _BRACKETED.fullmatch(" ".join(words[k:])))
    ]
    # where one cut leaves a known organisation ("Priya Raman | Intel 首席工程师"), that is where the
    # name ends, not one word later ("Priya Raman Intel | 首席工程师")
    known = [fit for fit in fits if organisation(fit[1])]
    fits = known or fits
    if len(fits) != 1:
        return None
    name, rest = fits[0]
    return name, (m[1] if (m := _BRACKETED.fullmatch(rest)) else rest)


def listed_runs(text: str) -> list[tuple[str, str]] | None:
    """The (name, affiliation) of each speaker a run of text lists where each is a name run into its
    affiliation and the lexicon cuts it surely, or a name alone; several names of one company
    ("阙志远、桂晨 腾讯", "祁峰、汪洁阿里云操作系统内核团队": the affiliation only after the last) all
    of that company. None where a part is no such run (a title's words) or nobody has one."""
    cuts = [run_in(part) for part in LIST.split(text) if part]
    runs = [cut for cut in cuts if cut is not None]
    if not runs or len(runs) < len(cuts) or not any(firm for _, firm in runs):
        return None
    if all(not firm for _, firm in runs[:-1]):
        return [(name, runs[-1][1]) for name, _ in runs]
    return runs


def padded(part: str) -> tuple[str, str] | None:
    """A two-character name set wide (a space between its characters, "李　强", "刘　洋") and what
    follows it, cut where a known organisation begins: "李　强统信软件…", "刘　洋　阿里云存储技术专家"
    (a name spaced out runs on into the company's first character otherwise: "刘洋阿"). None
    where no organisation the lexicon knows begins after the name."""
    if (
        (m := _PADDED.fullmatch(part.strip(PUNCTUATION)))
        and (name := person(m[1] + m[2]))
        and organisation(m[3])
    ):
        return name, m[3].strip(PUNCTUATION)
    return None


def latin_run_in(text: str) -> tuple[str, str] | None:
    """A Latin name run into its company and job title in one box ("Olivia Bennett Red Hat
    Principal Engineer", "Samuel Ortega RedHat首席软件工程师"), cut where run_in is sure; the line
    ends in a job, so it is a speaker's line, and the company is a known one or, after a name
    of two words, written as companies are and words are not (AMD, SiFive). A title's line that
    ends so ("Life As A Kernel Maintainer") names nobody; a name of three words may be two and
    an unknown company, whose next word is a job's ("Jonas Lindqvist Kestrel SRE Engineer").
    With no job, only a known company ("Lukas Brenner SUSE Labs", "Guo Ren阿里巴巴达摩院")."""
    if not re.match(r"[A-Z][a-z]", text):
        return None
    latin = re.match(r"[A-Za-zß-ÿ]+", text)
    # OCR dropped the spaces: "LucasMoreauArm首席…", "LukasHartmann Collabora…" (not "McKenney")
    if latin and (len(_CAMEL.findall(latin[0])) >= 2 or _GLUED.fullmatch(latin[0])):
        # a known company where the words break, cut as it is spelt ("TobiasWagnerSusE内核…": OCR's
        # SusE for SUSE is no two words), else every word apart
        cuts = [m.start() for m in _CAMEL.finditer(latin[0])]
        k = next((k for k in cuts[1:] if organisation(text[k:])), len(text))
        spelt = range(k + 1, k + len(organisation(text[k:])))
        text = "".join(f" {c}" if n in cuts and n not in spelt else c for n, c in enumerate(text))
    cut = run_in(text) or run_in(re.sub(r"(?<=[a-z])(?=[\u4e00-\u9fff])", " ", text))  # at the script's end
    if cut is None or not LATIN_LETTERS.fullmatch(cut[0]):
        return None
    job = bool(ENDS_IN_JOB.search(text))
    cased = job and _COMPANY_CASE.match(cut[1]) and len(cut[0].split()) == 2
    firm = organisation(cut[1])
    if firm and not job and re.match(r"[0-9a-z]", cut[1][len(firm) :]):
        firm = ""  # a product named for its maker ("Arm64", "ARMv9"): a title's words, no company
    return cut if (job or cut[1]) and (firm or cased) else None


# Where words run together begin: "ZoltanFehérSUSESenior" is "Zoltan Fehér SUSE Senior".
_CAMEL = re.compile(r"(?<=[a-zß-ÿ])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-zß-ÿ])")
_GLUED = re.compile(r"[A-Z][a-zß-ÿ]{3,}[A-Z][a-zß-ÿ]{2,}")  # two words of a name run together
_COMPANY_CASE = re.compile(r"[A-Z][A-Za-z]*[A-Z]")  # two capitals in a word: AMD, SiFive, SUSEKernel
