"""Relevance of clkarchive search against Recoll on the same checkouts, per kind of query, and its speed.

Run:  python bench/relevance.py [--corpus ../shared/corpus] [--work DIR] [--no-recoll] [--out FILE]

Builds (once, in --work) two archives from the real replayed upstreams: CLK2024
alone for ../shared/eval/dev-queries.json, and CLK2023+2024+2025 synced
together (CLK2025 through the corpus's LFS server) for dev-queries-hard.json.
For every query it records the rank of the first relevant talk (MRR) and
whether the first page shown under it is a judged page (page@1), for
clkarchive and for Recoll (recollq, default mode and any-term mode -o) over
the same mirror checkouts. Then it times search: in-process p50/p95 on CLK2024,
and a whole-process `clkarchive search` beside the time Python takes to start
and import Whoosh's reader and query parser, measured in the same run.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLK = [sys.executable, "-m", "clkarchive"]
YEARS = ("2023", "2024", "2025")


def sh(*cmd: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def build(corpus: Path, work: Path) -> dict[str, Path]:
    """The two synced archives' config files (made once; a second run reuses them)."""
    configs = {"easy": work / "easy" / "config.toml", "hard": work / "hard" / "config.toml"}
    if all((c.parent / "index").exists() for c in configs.values()):
        return configs
    for year in YEARS:
        if not (work / f"up{year}").exists():
            sh(str(corpus / "make-year-upstream"), year, str(work / f"up{year}"))
    server = subprocess.Popen(
        [str(corpus / "lfs-server"), "0", "--seconds", "1800"], stdout=subprocess.PIPE, text=True
    )
    try:
        lfs_url = server.stdout.readline().strip() if server.stdout else ""
        head = '[archive]\nmirror_dir = "mirror"\nindex_dir = "index"\n\n'
        for name, years in (("easy", ("2024",)), ("hard", YEARS)):
            sources = "".join(
                f'[[sources]]\nname = "CLK{y}"\nurl = "{work / f"up{y}"}"\nbranch = "main"\n'
                + (f'lfs_url = "{lfs_url}"\n' if y == "2025" else "")
                + "\n"
                for y in years
            )
            configs[name].parent.mkdir(parents=True, exist_ok=True)
            configs[name].write_text(head + sources, encoding="utf-8")
            sh(*CLK, "--config", str(configs[name]), "sync", "--quiet")
    finally:
        server.terminate()
        server.wait()
    return configs


def judge(ranked: list[tuple[str, int | None]], q: dict, default_source: str) -> tuple[float, bool | None]:
    """(reciprocal rank, first page shown is judged) of one answer: (talk id, first page) best first."""

    def ident(path: str) -> str:
        return path if ":" in path else f"{default_source}:{path}"

    relevant = {ident(p) for p in q["relevant"]}
    pages = {ident(p): set(v) for p, v in q.get("pages", {}).items()}
    for rank, (talk, page) in enumerate(ranked, start=1):
        if talk in relevant:
            judged = None if talk not in pages and not pages else (page in pages.get(talk, ()))
            return 1.0 / rank, judged if pages else None
    return 0.0, (False if pages else None)


def clk_answers(
    config: Path, queries: list[dict], shown: list[str] | None = None
) -> list[list[tuple[str, int | None]]]:
    """Each query's (talk id, first page) best first; `shown` gets the query as the answer shows it
    (its correction, or the query itself)."""
    from clkarchive import Archive

    archive = Archive.from_path(config)
    out = []
    for q in queries:
        result = archive.search(q["query"], limit=10, pages=1)
        out.append([(f"{t.source}:{t.path}", t.pages[0].page if t.pages else None) for t in result.results])
        if shown is not None:
            shown.append(result.corrected or q["query"])
    archive.close()
    return out


def corrections(queries: list[dict], shown: list[str]) -> tuple[int, int, int, int]:
    """Of the queries with a `correct` field: (queries shown exactly corrected, such queries, misspelt
    words shown corrected, misspelt words), words compared case-insensitively, position by position.

    `correct` is the whole query as it should be shown (blind-1, blind-2) or, from blind-3 on, only
    the misspelt word as the slides write it: it then stands for the typed word most like it."""
    right = n = words_right = words = 0
    for q, said in zip(queries, shown, strict=True):
        if "correct" not in q:
            continue
        typed, correct, got = (t.casefold().split() for t in (q["query"], q["correct"], said))
        if len(correct) == 1 < len(typed):
            like = [difflib.SequenceMatcher(None, word, correct[0]).ratio() for word in typed]
            correct = [correct[0] if i == like.index(max(like)) else word for i, word in enumerate(typed)]
        n += 1
        right += got == correct
        for i, (a, b) in enumerate(zip(typed, correct, strict=False)):
            if a != b:
                words += 1
                words_right += i < len(got) and got[i] == b and len(got) == len(correct)
    return right, n, words_right, words


def recoll_answers(config: Path, queries: list[dict], any_term: bool) -> list[list[tuple[str, int | None]]]:
    """Recoll over the archive's own mirror checkouts; a result file maps back to SOURCE:path, and
    its first snippet's page (recollq -p; Recoll numbers PDF pages, not PPTX slides) is the page
    Recoll shows first."""
    root = config.parent
    conf = root / "recoll"
    if not conf.exists():
        conf.mkdir()
        mirror = root / "mirror"
        (conf / "recoll.conf").write_text(f"topdirs = {mirror}\nskippedNames+ = .git\nnoaspell = 1\n")
        subprocess.run(["recollindex", "-c", str(conf)], check=True, capture_output=True)
    out = []
    for q in queries:
        cmd = ["recollq", "-c", str(conf), "-n", "0-10", "-A", "-p", "1"] + (["-o"] if any_term else [])
        lines = subprocess.run([*cmd, q["query"]], capture_output=True, text=True).stdout.splitlines()
        ranked: list[tuple[str, int | None]] = []
        for line in lines:
            if "\t[file://" in line:
                url = line.split("\t[file://", 1)[1].split("]\t", 1)[0]
                rel = Path(url).relative_to(root / "mirror")
                ranked.append((f"{rel.parts[0]}:{'/'.join(rel.parts[1:])}", None))
            elif ranked and ranked[-1][1] is None and " : " in line and line.split(" : ", 1)[0].isdigit():
                page = int(line.split(" : ", 1)[0])
                ranked[-1] = (ranked[-1][0], page or None)
        out.append(ranked)
    return out


def score(queries: list[dict], answers, default_source: str) -> dict[str, dict]:
    """Per kind (and 'all'): n, MRR, page@1 over the queries that have judged pages."""
    table: dict[str, dict] = defaultdict(lambda: dict(n=0, rr=0.0, pages=0, page_hits=0))
    for q, ranked in zip(queries, answers, strict=True):
        rr, page = judge(ranked, q, default_source)
        for kind in (q.get("kind", "easy"), "all"):
            row = table[kind]
            row["n"] += 1
            row["rr"] += rr
            if page is not None:
                row["pages"] += 1
                row["page_hits"] += page
    return {
        k: dict(n=v["n"], mrr=v["rr"] / v["n"], page1=(v["page_hits"] / v["pages"]) if v["pages"] else None)
        for k, v in table.items()
    }


_IN_PROCESS = """
import json, sys, time
from clkarchive import Archive
archive = Archive.from_path(sys.argv[1])
queries = json.loads(sys.argv[2])
for q in queries:
    archive.search(q)
times = []
for _ in range(10):
    for q in queries:
        t = time.perf_counter()
        archive.search(q)
        times.append(time.perf_counter() - t)
times.sort()
print(json.dumps([times[len(times) // 2] * 1000, times[int(len(times) * 0.95)] * 1000]))
"""


# The least any search over this index can do in a fresh process: open it, parse the words with
# Whoosh's own parser, search, print ten titles with Whoosh's highlights. A second floor.
_BARE_WHOOSH = """
import sys
from whoosh import index
from whoosh.qparser import QueryParser
ix = index.open_dir(sys.argv[1])
with ix.searcher() as s:
    for hit in s.search(QueryParser("content", ix.schema).parse(sys.argv[2]), limit=10):
        print(hit["title"], hit.highlights("content"))
"""


def timings(config: Path, queries: list[str], runs: int, other: Path | None) -> dict[str, dict[str, float]]:
    """In-process p50/p95 (warm) and whole-process medians, for this checkout and `other` (a src folder
    of another clkarchive, say main's) on the same index, beside python + Whoosh's imports, interleaved
    so that all see the same load."""
    # Byte-code caches written and used, as an installed package has them (pip compiles Whoosh's at
    # install); a PYTHONDONTWRITEBYTECODE in the environment would recompile only our modules.
    plain = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    envs = {"this": plain | {"NO_COLOR": "1"}}
    if other is not None:
        envs["other"] = envs["this"] | {"PYTHONPATH": str(other)}
    out: dict[str, dict[str, float]] = {}
    for name, env in envs.items():
        cmd = [sys.executable, "-c", _IN_PROCESS, str(config), json.dumps(queries)]
        p50, p95 = json.loads(subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout)
        out[name] = dict(p50=p50, p95=p95, whole=0.0)
    walls: dict[str, list[float]] = {name: [] for name in [*envs, "base", "whoosh"]}
    whoosh_dir = config.parent / "index" / "whoosh"
    for i in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import whoosh.reading, whoosh.qparser"], check=True, env=plain)
        walls["base"].append(time.perf_counter() - t)
        t = time.perf_counter()
        bare = [sys.executable, "-c", _BARE_WHOOSH, str(whoosh_dir), queries[i % len(queries)]]
        subprocess.run(bare, check=True, stdout=subprocess.DEVNULL, env=plain)
        walls["whoosh"].append(time.perf_counter() - t)
        for name, env in envs.items():
            t = time.perf_counter()
            cmd = [*CLK, "--config", str(config), "search", queries[i % len(queries)]]
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            walls[name].append(time.perf_counter() - t)
    base = statistics.median(walls["base"]) * 1000
    for name in envs:
        out[name]["whole"] = statistics.median(walls[name]) * 1000
        out[name]["ratio"] = out[name]["whole"] / base
    out["base"] = dict(whole=base)
    whoosh = statistics.median(walls["whoosh"]) * 1000
    out["whoosh"] = dict(whole=whoosh, ratio=whoosh / base)
    return out


def fmt(row: dict | None, key: str) -> str:
    value = row.get(key) if row else None
    return "—" if value is None else f"{value:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"), type=Path)
    ap.add_argument("--work", default="/tmp/clkarchive-relevance", type=Path)
    ap.add_argument("--no-recoll", action="store_true")
    ap.add_argument("--runs", type=int, default=20, help="whole-process search runs")
    ap.add_argument("--out", type=Path, help="also write the Markdown table here")
    ap.add_argument("--show", action="store_true", help="print each query's first results")
    ap.add_argument("--compare", type=Path, help="src folder of another clkarchive to time beside this one")
    ap.add_argument(
        "--blind",
        type=Path,
        nargs="*",
        default=sorted((HERE / "eval").glob("blind-*.json")),
        help="blind sets (bench/eval/blind-N.json: written from deck text by someone who had not read the "
        "code), measured on the three years; default: every one in bench/eval",
    )
    ap.add_argument("--no-timing", action="store_true", help="relevance only")
    args = ap.parse_args()
    evaldir = args.corpus.resolve().parent / "eval"
    configs = build(args.corpus.resolve(), args.work)
    sets = {
        "easy": json.loads((evaldir / "dev-queries.json").read_text()),
        "hard": [q for q in json.loads((evaldir / "dev-queries-hard.json").read_text())],
    }
    archive_of = {"easy": "easy", "hard": "hard"}
    for blind in args.blind:
        sets[blind.stem] = json.loads(blind.read_text())["queries"]
        archive_of[blind.stem] = "hard"
    recoll = not args.no_recoll and shutil.which("recollq") is not None
    if recoll and not shutil.which("pdftotext"):  # Recoll reads PDFs through poppler's pdftotext
        raise SystemExit("bench: Recoll needs pdftotext (Debian: poppler-utils) to read PDFs")
    lines = [
        "| set | kind | n | clkarchive MRR | page@1 | Recoll MRR | page@1 | Recoll -o MRR | page@1 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    fixed: list[str] = []
    for name, queries in sets.items():
        groups = {"": queries}
        if name == "hard":
            groups = {
                "(no ocr)": [q for q in queries if q.get("needs") != "ocr"],
                "(ocr)": [q for q in queries if q.get("needs") == "ocr"],
            }
        for label, group in groups.items():
            said: list[str] = []
            ours = clk_answers(configs[archive_of[name]], group, said)
            right, n, words_right, words = corrections(group, said)
            if n:
                fixed.append(
                    f"| {name} {label} | {right}/{n} | {words_right}/{words} |"
                    + "".join(
                        f" {q['query']} -> {s}; " for q, s in zip(group, said, strict=True) if "correct" in q
                    )
                )
            if args.show:
                for q, ranked in zip(group, ours, strict=True):
                    rr, page = judge(ranked, q, "CLK2024")
                    print(f"{rr:.2f} {page} {q['query']!r} -> {ranked[:3]}")
            table = score(group, ours, "CLK2024")
            config = configs[archive_of[name]]
            rec = score(group, recoll_answers(config, group, False), "CLK2024") if recoll else {}
            reco = score(group, recoll_answers(config, group, True), "CLK2024") if recoll else {}
            for kind in sorted(table, key=lambda k: (k == "all", k)):
                row = table[kind]
                lines.append(
                    f"| {name} {label} | {kind} | {row['n']} | {row['mrr']:.2f} | {fmt(row, 'page1')} "
                    f"| {fmt(rec.get(kind), 'mrr')} | {fmt(rec.get(kind), 'page1')} "
                    f"| {fmt(reco.get(kind), 'mrr')} | {fmt(reco.get(kind), 'page1')} |"
                )
    if fixed:
        lines += [
            "",
            "| set | correction right (queries) | (misspelt words) | shown |",
            "|---|---|---|---|",
            *fixed,
        ]
    if args.no_timing:
        print("\n".join(lines))
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    t = timings(configs["easy"], [q["query"] for q in sets["easy"]], args.runs, args.compare)
    lines += [
        "",
        "| search on CLK2024 (easy queries) | in process p50 / p95 | whole process (median) | ratio to "
        f"python + import of Whoosh's reader and parser ({t['base']['whole']:.0f} ms) |",
        "|---|---|---|---|",
    ]
    for name, label in (("this", "this checkout"), ("other", f"`{args.compare}`")):
        if name in t:
            r = t[name]
            lines.append(
                f"| {label} | {r['p50']:.1f} / {r['p95']:.1f} ms | {r['whole']:.0f} ms | {r['ratio']:.2f} |"
            )
    bare = t["whoosh"]
    lines.append(f"| a bare Whoosh search, same index | — | {bare['whole']:.0f} ms | {bare['ratio']:.2f} |")
    print("\n".join(lines))
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
