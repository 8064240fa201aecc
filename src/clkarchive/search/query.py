"""From what the user typed to what the index is asked: concepts, their variants and expansions.

Plain words become soft concepts: a talk should hold each (in any language or
spelling the table of equivalent terms knows), but a talk holding most of them
is still shown when none holds all. A word said twice (cold pages of cold
files, speed … speed) is one concept: as two, the second had none of the
first's translations and, rare in that form, decided the answer alone. Filler
and question words (how, does, the, 的, 怎么, 为什么 …) are left out unless
quoted. Chinese runs are cut into the words the table knows (longest first);
a stretch it does not know becomes its bigrams, each a concept, and the whole
run in a row earns a bonus instead of being required. Operators keep their
exact meaning and are hard requirements: "quoted phrases", a OR b, (groups
holding an operator), title:/speakers: fields and prefix*; NOT word and -word
exclude the talks that hold the word. Brackets around plain words are prose,
an aside or a formula (1 - ratio), and their words plain words. How many
words, clauses and added terms a plan holds is capped (see limits.py); what a
cap leaves out is listed in the plan's notes.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace

from clkarchive.index import analysis, searching
from clkarchive.index.searching import (
    ALL_FIELDS,
    NAMED_FIELDS,
    PAGE_FIELDS,
    PINYIN_FIELDS,
    SCHEDULE_FIELDS,
    SPEAKER_FIELDS,
    TEXT_FIELDS,
    Query,
    Reader,
)
from clkarchive.search.glossary import Terms, filler_words
from clkarchive.search.limits import (
    MAX_CLAUSES,
    MAX_EXPANSIONS,
    MAX_PATTERN_EXAMINED,
    MAX_PATTERN_TERMS,
    MAX_PATTERNS,
    MAX_WORDS,
    shown,
)

TOGETHER_BOOST = 0.2  # the score of two query words found written as one (sched ext: SchedExt)
# A field, or a wildcard: * anywhere, ? inside a word (a question mark at the end is punctuation).
_OPERATOR_WORD = re.compile(rf"(?:{'|'.join(NAMED_FIELDS)}):\S+|\S*\*\S*|\S*\?\w\S*")
_CLAUSE = re.compile(r'-?"[^"]*"|\([^()]*\)|\S+')
# Curly and corner quotes are quotes; a full-width question mark ends a question, with no space
# after it in Chinese (为什么一般？dense node): NFKC would make it a wildcard, ?dense.
_QUOTES = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "＂": '"', "？": "? "})
MAX_SPLITS = 2
_SEPARATOR = re.compile(r"[-_./]")
# When a talk was given, as a query writes it: a day (2024-10-26, 2024/10/26, 2024年10月26日), a
# time of day (10:20, 9:20) or a half-day; each asks the talks' schedules, not their slides.
_DATE = re.compile(r"(?<!\d)(20\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?!\d)")
_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")
_HALF_DAY = re.compile(r"上午|下午|(?<![A-Za-z])(?:morning|afternoon)(?![A-Za-z])", re.I)
_HOURS = {"上午": range(6, 12), "morning": range(6, 12), "下午": range(12, 19), "afternoon": range(12, 19)}


@dataclass
class Concept:
    """One thing the user asked for; `query` is the user's own word with its spellings."""

    label: str
    query: Query
    hard: bool = False
    tokens: list[tuple[str, ...]] = field(default_factory=list)  # for snippets
    latin: str | None = None  # the index term, when spelling can correct it
    artifact: bool = False  # a bigram across a word boundary may be in no slide: then it is dropped
    schedule: bool = False  # a date or a time, asked of the talks' schedule: the talk is the answer


@dataclass
class Expansion:
    """A term the search added: an equivalent of the concepts it covers, weighed less (weight 1:
    the user's own words written another way, such as two words written as one)."""

    label: str
    query: Query
    covers: tuple[int, ...]
    tokens: tuple[str, ...] = ()
    weight: float = 1.0


@dataclass
class Plan:
    text: str
    concepts: list[Concept] = field(default_factory=list)
    expansions: list[Expansion] = field(default_factory=list)
    bonuses: list[Query] = field(default_factory=list)  # words in a row: score only
    name_bonuses: list[Query] = field(default_factory=list)  # words as one shown speaker's name
    excluded: list[Query] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the caps left out

    def keep(self, n: int) -> None:
        """Only the first n concepts, and the expansions that stand for them: what a search that ran
        out of time has matched."""
        self.concepts = self.concepts[:n]
        kept = [replace(e, covers=tuple(c for c in e.covers if c < n)) for e in self.expansions]
        self.expansions = [e for e in kept if e.covers]


def normalize(text: str) -> str:
    """NFKC (ｋｖｍ -> kvm, full-width brackets), curly quotes as ", a full-width ？ as the end of a
    question, tone marks dropped (Lǐ -> Li)."""
    text = unicodedata.normalize("NFKC", text.translate(_QUOTES))
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def plan(text: str, terms: Terms, reader: Reader) -> Plan:
    """The concepts, expansions, bonuses and exclusions of a query; see the module docstring."""
    text = _balance(normalize(text))
    result = Plan(text=" ".join(text.split()))
    clauses = [m.group() for m in _CLAUSE.finditer(text)]
    plain: list[str] = []
    operators = _Operators(result, reader)
    i = 0
    while i < len(clauses):
        clause = clauses[i]
        following = clauses[i + 1] if i + 1 < len(clauses) else None
        if clause == "NOT" and following is not None:
            operators.exclude(following, f"NOT {following}")
            i += 2
            continue
        if clause.startswith("-") and next(analysis.words(clause[1:]), None):
            operators.exclude(clause[1:], clause)
            i += 1
            continue
        if clause == "AND" and plain and following is not None:
            i += 1
            continue
        if following == "OR" and i + 2 < len(clauses):
            # a OR b [OR c …]: one hard clause, as Whoosh's parser reads it.
            j = i
            while j + 2 < len(clauses) and clauses[j + 1] == "OR":
                j += 2
            operators.require(" ".join(clauses[i : j + 1]))
            i = j + 1
            continue
        if clause.startswith("(") and not _operators_in(clause[1:-1]):
            plain.extend(clause[1:-1].split())  # words in brackets, as prose writes them: (1 - ratio)
        elif clause.startswith(('"', "(")) or _OPERATOR_WORD.fullmatch(clause):
            operators.require(clause)
        else:
            plain.append(clause)
        i += 1
    operators.note()
    _plain(result, _schedule(result, " ".join(plain)), terms, reader)
    return result


def _schedule(result: Plan, text: str) -> str:
    """Dates, times of day and half-days as concepts matched against the talks' schedules (a talk
    at 14:20 is in the afternoon); the text left for the other words."""

    def concept(label: str, forms: list[tuple[str, ...]]) -> str:
        query = searching.any_of(searching.words(f, SCHEDULE_FIELDS) for f in forms)
        result.concepts.append(Concept(label, query, tokens=forms, schedule=True))
        return " "

    text = _DATE.sub(lambda m: concept(m.group(), [(f"{m[1]}{int(m[2]):02}{int(m[3]):02}",)]), text)
    text = _TIME.sub(lambda m: concept(m.group(), [(f"{int(m[1]):02}", m[2])]), text)
    # An hour as the schedule writes a time (10:20: "10" then "20"), never alone: the day of
    # 2024-10-26 is a "10" too. Minutes in fives, as agendas set them.
    return _HALF_DAY.sub(
        lambda m: concept(
            m.group(), [(f"{h:02}", f"{mm:02}") for h in _HOURS[m.group().lower()] for mm in range(0, 60, 5)]
        ),
        text,
    )


def _operators_in(group: str) -> bool:
    """Whether a bracketed group holds an operator (OR, NOT, -word, a phrase, a field, a pattern, a
    range): a group of plain words would mean what the words alone mean, but required, which prose
    brackets do not ask (a formula, an aside)."""
    words = group.split()
    return any(
        w in ("OR", "AND", "NOT", "TO")
        or any(c in w for c in '"[]{}')  # a phrase, a range
        or _OPERATOR_WORD.fullmatch(w)
        or (w[0] == "-" and w[1:])
        for w in words
    )


def _balance(text: str) -> str:
    """A dangling quote or bracket is read as a space, not as an empty clause."""
    if text.count('"') % 2:
        text = text[::-1].replace('"', " ", 1)[::-1]
    depth, out = 0, []
    for c in text:
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                c = " "
            depth = max(0, depth - 1)
        out.append(c)
    text = "".join(out)
    while depth:
        at = text.rfind("(")
        text = text[:at] + " " + text[at + 1 :]
        depth -= 1
    return text


class _Operators:
    """The plan's operator clauses, the first MAX_CLAUSES of them: each is a search of its own, and a
    pattern in one (prefix*) may stand for hundreds of terms."""

    def __init__(self, result: Plan, reader: Reader) -> None:
        self.result, self.reader = result, reader
        self.used = 0
        self.left: list[str] = []  # as the user wrote them
        self.patterns = searching.Patterns(reader, MAX_PATTERNS, MAX_PATTERN_TERMS, MAX_PATTERN_EXAMINED)

    def exclude(self, clause: str, written: str) -> None:
        """NOT "a phrase" drops the talks saying the phrase; NOT word, those saying the word in any
        spelling."""
        if self._room(written):
            quoted = clause.startswith(('"', "("))
            self.result.excluded.append(self._parse(clause) if quoted else _own(clause, self.reader))

    def require(self, clause: str) -> None:
        if self._room(clause):
            query = self._parse(clause)
            if not query.empty:
                self.result.concepts.append(Concept(clause, query, hard=True, tokens=query.phrases()))

    def _room(self, written: str) -> bool:
        self.used += 1
        if self.used > MAX_CLAUSES:
            self.left.append(written)
        return self.used <= MAX_CLAUSES

    def _parse(self, clause: str) -> Query:
        return searching.parse_operators(clause, self.reader, self.patterns)

    def note(self) -> None:
        notes, patterns = self.result.notes, self.patterns
        for written, count in patterns.narrowed.items():
            many = f"over {MAX_PATTERN_EXAMINED}" if count > MAX_PATTERN_EXAMINED else count
            notes.append(f"{written} stands for {many} words: searched the {MAX_PATTERN_TERMS} most frequent")
        if patterns.left:
            notes.append(f"searched the first {MAX_PATTERNS} patterns only; left out: {shown(patterns.left)}")
        if self.left:
            notes.append(
                f"searched the first {MAX_CLAUSES} operator clauses only; left out: {shown(self.left)}"
            )


def _own(word: str, reader: Reader) -> Query:
    """A word with its spellings (joined, hyphenated, spaced) in every field."""
    alternatives = []
    for w in analysis.words(word):
        if analysis.is_cjk(w):
            alternatives.append(searching.words(tuple(analysis.bigrams(w)), ALL_FIELDS))
        else:
            alternatives.extend(searching.words(form, ALL_FIELDS) for form in _latin_forms(w, reader))
    return searching.any_of(alternatives) if len(alternatives) != 1 else alternatives[0]


def _latin_forms(word: str, reader: Reader) -> list[tuple[str, ...]]:
    """dm-verity: dmverity and "dm verity"; readahead: also "read ahead" when the index has both words."""
    forms: list[tuple[str, ...]] = [(analysis.joined(word),)]
    parts = analysis.latin_parts(word)
    if len(parts) > 1:
        forms.append(tuple(parts))
        # Written apart at one of its separators, the rest whole: CVE 2025-37958 for cve-2025-37958
        # (the index holds 2025-37958 as one word, its parts at one position, not in a row).
        cuts = [m.start() for m in _SEPARATOR.finditer(word, 1, len(word) - 1)]
        for at in cuts[:MAX_SPLITS] if len(cuts) > 1 else ():
            forms.append((analysis.joined(word[:at]), analysis.joined(word[at + 1 :])))
    elif len(word) >= 5 and word.isalpha():
        low = word.lower()
        for cut in range(2, len(low) - 1):
            left, right = analysis.stem(low[:cut]), analysis.stem(low[cut:])
            if reader.holds(PAGE_FIELDS, left) and reader.holds(PAGE_FIELDS, right):
                forms.append((left, right))
                if len(forms) > MAX_SPLITS:
                    break
    return list(dict.fromkeys(forms))


def _plain(result: Plan, text: str, terms: Terms, reader: Reader) -> None:
    """Concepts, bonuses and expansions of the plain words; see the module docstring."""
    units: list[tuple[str, str, bool]] = []  # (label, key, a bigram of a longer unknown stretch)
    filler: dict[int, str] = {}  # unit -> key of an English filler word: glossary terms hold some
    words = list(analysis.words(text))
    left: list[str] = []  # the words past MAX_WORDS
    for n, word in enumerate(words):
        room = MAX_WORDS - sum(1 for _, k, _ in units if k)
        if room <= 0:
            left = words[n:]
            break
        if analysis.is_cjk(word):
            # A run of k > 1 characters makes at most k - 1 words or bigrams: room + 1 fill the room.
            units += _cjk_units(word[: room + 1], terms, result)
            if len(word) > room + 1:
                left = [word[room + 1 :], *words[n + 1 :]]
                break
        elif word.lower() in filler_words("en"):
            result.ignored.append(word)
            filler[len(units)] = analysis.joined(word)
            units.append(("", "", False))
        else:
            units.append((word, analysis.joined(word), False))
    if not any(k for _, k, _ in units) and result.ignored and not result.concepts:
        units = [(w, analysis.joined(w), False) for w in result.ignored]  # only filler: search it anyway
        result.ignored = []
        left = [w for w, _, _ in units[MAX_WORDS:]] + left
        units = units[:MAX_WORDS]
    if left:
        result.notes.append(f"searched the first {MAX_WORDS} words only; left out: {shown(left)}")
    index_of: list[int | None] = []
    said: dict[str, int] = {}  # unit key -> its concept: a word said twice is asked for once
    for label, unit_key, artifact in units:
        if not unit_key:
            index_of.append(None)
            continue
        if unit_key in said:
            index_of.append(said[unit_key])
            continue
        index_of.append(said.setdefault(unit_key, len(result.concepts)))
        if analysis.is_cjk(unit_key):
            grams = tuple(analysis.bigrams(unit_key))
            concept = Concept(label, searching.words(grams, ALL_FIELDS), tokens=[grams], artifact=artifact)
            result.concepts.append(concept)
        else:
            forms = _latin_forms(label, reader)
            query = searching.any_of(searching.words(f, ALL_FIELDS) for f in forms)
            result.concepts.append(Concept(label, query, tokens=forms, latin=forms[0][0]))
    _bonuses(result, units, index_of)
    _name_bonuses(result, words[: MAX_WORDS + len(result.ignored)])  # the words searched, fillers too
    for i in range(len(units) - 1):  # "sched ext" also finds SchedExt and sched_ext, written as one
        together = _together(units, i, i + 2)
        if together and reader.holds(TEXT_FIELDS, together):
            covers = tuple(dict.fromkeys(c for c in index_of[i : i + 2] if c is not None))
            # Full credit (weight 1), little score: where the words are also written apart, the
            # page is already scored for them and should not count them twice.
            query = searching.words((together,), TEXT_FIELDS, boost=TOGETHER_BOOST)
            label = units[i][0] + units[i + 1][0]
            result.expansions.append(Expansion(label, query, covers, (together,), weight=1.0))
    _expand(result, units, index_of, terms, filler)
    added = result.expansions
    if len(added) > MAX_EXPANSIONS:
        weightiest = sorted(range(len(added)), key=lambda n: -added[n].weight)[:MAX_EXPANSIONS]
        result.expansions = [added[n] for n in sorted(weightiest)]
        result.notes.append(f"searched the {MAX_EXPANSIONS} closest of {len(added)} added terms")


def _cjk_units(run: str, terms: Terms, result: Plan) -> list[tuple[str, str, bool]]:
    """A Chinese run as the words the table knows, unknown stretches as their bigrams.

    The run is cut longest word first both from the left and from the right, and the cut that
    leaves fewer characters outside any word wins (then the one with fewer words; then the left
    one): 在内核里 is 在/内核/里 from the right but 在内/核/里 from the left."""
    longest = min(terms.longest_cjk, len(run))
    known = terms.known(run[i : i + n] for n in range(2, longest + 1) for i in range(len(run) - n + 1))
    cuts = [_cut(run, known, longest, backward) for backward in (False, True)]
    words = min(cuts, key=lambda cut: (sum(len(w) for w, kind in cut if kind is None), len(cut)))
    units: list[tuple[str, str, bool]] = []
    unknown = ""

    def flush() -> None:
        nonlocal unknown
        grams = analysis.bigrams(unknown) if unknown else []
        for gram in grams:
            units.append((gram, gram, len(grams) > 1))
        unknown = ""

    for word, kind in words:
        if kind is None:
            unknown += word
            continue
        flush()
        if kind == "filler":
            result.ignored.append(word)
            units.append(("", "", False))
        else:
            units.append((word, word, False))
    flush()
    return units


def _cut(run: str, known: set[str], longest: int, backward: bool) -> list[tuple[str, str | None]]:
    """The run as (word, "filler" or "known"), or (character, None) where no word covers it."""
    out: list[tuple[str, str | None]] = []
    i, j = 0, len(run)
    while i < j:
        for size in range(min(longest, j - i), 0, -1):
            word = run[j - size : j] if backward else run[i : i + size]
            kind = "filler" if word in filler_words("zh") else "known" if size > 1 and word in known else None
            if kind or size == 1:
                break
        out.append((word, kind))
        if backward:
            j -= size
        else:
            i += size
    return out[::-1] if backward else out


def _bonuses(result: Plan, units: list[tuple[str, str, bool]], index_of: list[int | None]) -> None:
    """Chinese words side by side in the query earn a bonus where the page has them side by side too.

    (Latin words earn it only as parts of a term the glossary knows, in _expand: that "mode" and
    "PASID" stand side by side in the query says nothing about the page that should come first.)
    """
    for n in range(len(units) - 1):
        (_, a, _), (_, b, _) = units[n], units[n + 1]
        if not (a and b and analysis.is_cjk(a) and analysis.is_cjk(b)):
            continue
        tokens = tuple(_tokens(a) + _tokens(b))
        if len(tokens) > 1:
            result.bonuses.append(searching.words(tokens, TEXT_FIELDS, slop=2))


def _name_bonuses(result: Plan, words: list[str]) -> None:
    """A word of a name's length in Chinese characters, or two Latin words side by side, earn a
    talk a bonus where they are one of the speakers it shows: the name whole, or in pinyin surname
    first or last ("Wei Qing", "Zefan Li"). A panel whose five speakers hold "wei" and "qing" in
    two names is not the talk of 韦清, and a talk a name was read for unsurely (its speakers
    withheld, the name searchable in its schedule) comes after one it surely speaks at. Filler
    words count (He is a surname)."""
    for word in words:
        if analysis.is_cjk(word) and 2 <= len(word) <= 4:
            result.name_bonuses.append(searching.words(tuple(analysis.bigrams(word)), SPEAKER_FIELDS))
    # as the index spells them: Xiaoming is "xiaom" there
    latin = [analysis.joined(w) for w in words if re.fullmatch(r"[A-Za-z]+", w)]
    for a, b in itertools.pairwise(latin):  # a doubled syllable too: 晏艳 is "Yan Yan"
        orders = dict.fromkeys(((a, b), (b, a)))
        result.name_bonuses += [searching.words(pair, PINYIN_FIELDS) for pair in orders]


def _tokens(unit_key: str) -> list[str]:
    out: list[str] = []
    for tok in unit_key.split(" "):
        out += analysis.bigrams(tok) if analysis.is_cjk(tok) else [tok]
    return out


def _expand(
    result: Plan,
    units: list[tuple[str, str, bool]],
    index_of: list[int | None],
    terms: Terms,
    filler: dict[int, str],
) -> None:
    """Every run of one to five consecutive units that the table knows adds its alternatives.

    Filler words count inside a run ("irqs off", "copy on write", "out of memory" are terms)
    though they are no concepts: a run must hold at least one concept to add anything."""
    keys = [k or filler.get(n, "") for n, (_, k, _) in enumerate(units)]
    seen: set[str] = set()

    def candidates(i: int, j: int) -> set[str]:
        # Joined as the table's keys are: Latin words and Chinese words by spaces, except that
        # consecutive Chinese words also stand for their run (反向 映射 = 反向映射) and Latin
        # words for the word they make written together (sched ext = sched_ext).
        span = keys[i:j]
        return {" ".join(span), _join_cjk(span), _together(units, i, j)} - {""}

    # Runs of one to five units, each with a key (a Chinese filler word has none: runs stop there).
    runs = {
        (i, j): candidates(i, j)
        for i in range(len(keys))
        for j in range(i + 1, min(len(keys), i + 5) + 1)
        if all(keys[i:j])
    }
    table = terms.lookup(c for found in runs.values() for c in found)
    for (i, j), found in runs.items():
        known = [c for c in found if c in table]
        if known and j - i > 1 and not analysis.is_cjk(keys[i]):
            # A term of several Latin words: the page that writes them in a row comes first.
            tokens = tuple(t for k in keys[i:j] for t in _tokens(k))
            result.bonuses.append(searching.words(tokens, TEXT_FIELDS, slop=2))
        covers = tuple(dict.fromkeys(c for c in index_of[i:j] if c is not None))
        for target, label, weight in (alt for c in known for alt in table[c]):
            if target in seen or target in keys or not covers:
                continue
            seen.add(target)
            tokens = tuple(_tokens(target))
            query = searching.words(tokens, TEXT_FIELDS, boost=weight, slop=2)
            result.expansions.append(Expansion(label, query, covers, tokens, weight))


def _together(units: list[tuple[str, str, bool]], i: int, j: int) -> str:
    """Two or three Latin words of the query written as one, as the index keeps a compound whole
    (sched ext -> schedext, the key of sched_ext); "" for anything else."""
    labels = [label for label, _, _ in units[i:j]]
    if not 2 <= len(labels) <= 3 or not all(labels) or any(analysis.is_cjk(w) for w in labels):
        return ""
    return analysis.joined("".join(labels))


def _join_cjk(span: list[str]) -> str:
    out: list[str] = []
    for k in span:
        if out and analysis.is_cjk(k) and analysis.is_cjk(out[-1][-1]):
            out[-1] += k
        else:
            out.append(k)
    return " ".join(out)
