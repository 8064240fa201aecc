"""Decks matched to poster talks in a repository laid out as CLK2022's, by a set drawn blind.

Run:  python bench/matching_blind.py bench/eval/matching-blind-1 [--work DIR] [-v]

The set's build.py makes a git upstream: real decks at the repository's root under
CLK2022's styles of file name (English titles, Chinese titles, title_company_speaker, a
deck and its export), an agenda poster whose titles are the decks' own or a Chinese
rendering of an English one, and a README linking a recording per forum; truth.json
says which talk each deck is. The real `clkarchive sync` (OCR on) reads it in a
subprocess and `talks --json` is scored as a user sees it:

- per deck: start time and speakers right / withheld / WRONG, forum right (a root deck
  takes its forum from the poster), the forum's recording;
- per talk with no deck: listed with its title and speakers;
- talks listed twice: a talk with a deck that is also listed as an agenda-only talk;
- each speaker's name, in characters and (a Chinese name) in pinyin as English reports write
  it, searched for: the first result is their talk (its deck, or the agenda's talk).

Numbers are printed, never asserted: the set is held out (bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "pictures"))

from posters import normal  # as bench/posters_blind.py compares: spaces, case, full width aside

from clkarchive import Archive
from clkarchive.index.names import pinyin_of

TITLE_ALIKE = 90  # an agenda-only talk is the truth's talk of this title from this score up


def said(shown: Any, want: Any) -> str:
    """right / withheld / WRONG, as bench/posters_blind.py counts a field."""
    if shown in (None, "", []):
        return "withheld"
    return "right" if shown == want else "WRONG"


def names(people: list[str] | None) -> list[str]:
    return sorted(normal(p) for p in people or [])


def sync(set_dir: Path, work: Path) -> tuple[Path, list[dict[str, Any]]]:
    upstream = work / "upstream"
    if not upstream.exists():
        subprocess.run([sys.executable, str(set_dir / "build.py"), str(upstream)], check=True)
    config = work / "config.toml"
    config.write_text(
        '[archive]\nmirror_dir = "mirror"\nindex_dir = "index"\nocr = true\nextract_timeout = 1800\n\n'
        f'[[sources]]\nname = "CLK2022"\nurl = "{upstream}"\nbranch = "main"\n',
        encoding="utf-8",
    )
    cli = [sys.executable, "-m", "clkarchive", "--config", str(config)]
    subprocess.run([*cli, "sync", "--quiet"], check=True)
    out = subprocess.run([*cli, "talks", "--json"], check=True, capture_output=True, text=True)
    rows: list[dict[str, Any]] = json.loads(out.stdout)
    return config, rows


def by_name(config: Path, truth: dict[str, Any], verbose: bool) -> str:
    """Each speaker's name searched for, as bench/speaker_search.py types it: is their talk first?"""
    decks = set(truth["decks"].values())
    counts = {"characters": [0, 0], "pinyin": [0, 0]}  # names searched, their talk first
    with Archive.from_path(config) as archive:
        for want in truth["talks"]:
            for person in want["speakers"]:
                queries = {"characters": person}
                if re.search(r"[\u4e00-\u9fff]", person):
                    queries["pinyin"] = " ".join(w.title() for w in pinyin_of((person,)).split()[:2])
                for how, query in queries.items():
                    results = archive.search(query).results
                    first = results[0] if results else None
                    if first is None:
                        this = False
                    elif want["id"] in decks:  # any of its decks (a deck and its export)
                        this = truth["decks"].get(first.path) == want["id"]
                    else:
                        this = first.path not in truth["decks"] and (
                            fuzz.ratio(normal(first.title), normal(want["title"])) >= TITLE_ALIKE
                            or (first.start == want["start"] and normal(first.forum) == normal(want["forum"]))
                        )
                    counts[how][0] += 1
                    counts[how][1] += this
                    if verbose and not this:
                        got = f"{first.path} {first.start} {first.speakers}" if first else "nothing"
                        print(f"  name {query!r} ({want['start']} {want['title'][:30]!r}): first {got}")
    table = ["| a speaker's name typed in | names | their talk first |", "| --- | --- | --- |"]
    table += [f"| {how} | {n} | {this} ({this / max(n, 1):.2f}) |" for how, (n, this) in counts.items()]
    return "\n".join(table)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", type=Path, help="the set's folder (build.py, truth.json)")
    ap.add_argument("--work", type=Path, help="keep the upstream and the archive here (reused when present)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every deck or talk not right")
    args = ap.parse_args()
    truth = json.loads((args.set / "truth.json").read_text(encoding="utf-8"))
    talks = {t["id"]: t for t in truth["talks"]}
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        config, rows = sync(args.set, work.resolve())
        named = by_name(config, truth, args.verbose)
    by_path = {r["path"]: r for r in rows}
    agenda = [r for r in rows if r["kind"] == "agenda"]
    tally: dict[str, Counter[str]] = {k: Counter() for k in ("time", "speakers", "forum", "recording")}
    for name, tid in sorted(truth["decks"].items()):
        want, got = talks[tid], by_path.get(name)
        if got is None:
            print(f"  deck {name!r} is not listed at all")
            continue
        marks = {
            "time": said(got["start"], want["start"]),
            "speakers": said(names(got["speakers"]), names(want["speakers"])),
            "forum": said(normal(got["forum"]), normal(want["forum"])),
            "recording": "right" if got["recording"] else "withheld",
        }
        for key, mark in marks.items():
            tally[key][mark] += 1
        if args.verbose and set(marks.values()) != {"right"}:
            print(
                f"  deck {name!r} = {want['start']} {want['title'][:40]!r} {want['speakers']}: "
                f"shown {got['start']} {got['speakers']} forum {got['forum']!r} ({marks})"
            )
    with_deck = set(truth["decks"].values())
    twice = 0
    alone: Counter[str] = Counter()
    for tid, want in talks.items():
        best = max(agenda, key=lambda r: fuzz.ratio(normal(r["title"]), normal(want["title"])), default=None)
        if best is not None and fuzz.ratio(normal(best["title"]), normal(want["title"])) < TITLE_ALIKE:
            best = None
        if tid in with_deck:
            twice += best is not None
            if best is not None and args.verbose:
                print(f"  listed twice: {want['title'][:50]!r} (also agenda-only {best['title'][:40]!r})")
            continue
        ok = best is not None and names(best["speakers"]) == names(want["speakers"])
        alone["right" if ok else "missed"] += 1
        if args.verbose and not ok:
            shown = f"{best['title'][:40]!r} {best['speakers']}" if best else "no talk of that title"
            print(f"  no deck: {want['title'][:50]!r} {want['speakers']}: {shown}")
    decks = len(truth["decks"])
    print(f"\n{decks} decks, {len(talks)} poster talks ({len(talks) - len(with_deck)} with no deck)\n")
    print("| per deck | right | withheld | WRONG |\n| --- | --- | --- | --- |")
    for key, c in tally.items():
        print(f"| {key} | {c['right']} ({c['right'] / decks:.2f}) | {c['withheld']} | {c['WRONG']} |")
    print(f"\ntalks with no deck listed with title and speakers: {alone['right']} of {sum(alone.values())}")
    print(f"talks with a deck listed twice: {twice}\n\n{named}")


if __name__ == "__main__":
    main()
