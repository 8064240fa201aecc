"""Hostile and broken input: each is skipped with its reason (shown by `status`), the rest indexed."""

import json
import zlib

import pygit2
import pytest

from helpers import SIGNATURE, Upstream, cli_run, make_pdf, run_process, write_config


def raw_pdf(*objects: bytes) -> bytes:
    """A PDF from numbered object bodies (object 1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes) -> bytes:
    packed = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"


# A page tree whose Kids contain itself.
LOOPING = raw_pdf(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>")

# Text in a font with no ToUnicode map: pdfminer can only say (cid:65)(cid:66)...
CID_ONLY = raw_pdf(
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
    b"/Contents 6 0 R >>",
    b"<< /Type /Font /Subtype /Type0 /BaseFont /Hidden /Encoding /Identity-H /DescendantFonts [5 0 R] >>",
    b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Hidden "
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
    stream(b"BT /F1 24 Tf 72 700 Td <0041004200430044> Tj ET"),
)

# Deeply nested arrays in the catalog.
DEEP = raw_pdf(
    b"<< /Type /Catalog /Pages 2 0 R /Junk " + b"[" * 20000 + b"]" * 20000 + b" >>",
    b"<< /Type /Pages /Kids [] /Count 0 >>",
)


@pytest.fixture(scope="module")
def hostile_pdfs_synced(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("hostile")
    upstream = Upstream(tmp_path / "upstream")
    good = make_pdf("good talk kernel")
    files = {
        "综合分论坛/1-Good.pdf": good,
        "综合分论坛/2-Empty.pdf": b"",
        "综合分论坛/3-Truncated.pdf": good[: len(good) // 2],
        "综合分论坛/4-NotPDF.pdf": b"<html>not a pdf</html>",
        "综合分论坛/5-Locked.pdf": make_pdf("secret", password="s3cret"),
        "综合分论坛/6-Looping.pdf": LOOPING,
        "综合分论坛/7-Cid.pdf": CID_ONLY,
        "综合分论坛/8-Deep.pdf": DEEP,
        # 3,000 full pages: far more than 5 s of pdfminer's work on any machine, idle or loaded.
        "综合分论坛/9-Thousands.pdf": make_pdf(
            *["\n".join([f"page {n} kernel text line"] * 30) for n in range(3000)]
        ),
    }
    upstream.commit(files)
    config = write_config(tmp_path / "config.toml", upstream.url, extract_timeout=5)
    result = run_process("sync", config=config)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    statuses = json.loads(run_process("status", "--json", config=config).stdout)
    return config, {f["path"].split("/")[1]: f["reason"] for f in statuses[0]["failures"]}


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("2-Empty.pdf", "not a readable PDF"),
        ("3-Truncated.pdf", "not a readable PDF"),
        ("4-NotPDF.pdf", "not a readable PDF"),
        ("5-Locked.pdf", "encrypted"),
        ("6-Looping.pdf", ("no pages", "took longer than 5 s")),  # a page tree that holds itself
        ("7-Cid.pdf", "no text"),
        ("8-Deep.pdf", ("no pages", "took longer than 5 s")),  # 20,000 nested arrays
        ("9-Thousands.pdf", "took longer than 5 s"),
    ],
)
def test_broken_pdf_is_skipped_with_its_reason(hostile_pdfs_synced, name, reason):
    # A loaded machine may stop a pathological graph at the time limit before it is found empty:
    # either way it is skipped with its reason, never a hang, a crash or an indexed file.
    _, failures = hostile_pdfs_synced
    assert failures[name].startswith(reason), failures[name]


def test_the_good_file_beside_them_is_indexed(hostile_pdfs_synced):
    config, failures = hostile_pdfs_synced
    assert "1-Good.pdf" not in failures and len(failures) == 8
    found = json.loads(cli_run(config, "search", "--json", "good").output)
    assert [r["path"] for r in found["results"]] == ["综合分论坛/1-Good.pdf"]


def test_one_page_with_megabytes_of_text(tmp_path, upstream):
    wall = "\n".join(f"line {n} " + "kernel memory " * 10 for n in range(15000))  # about 2 MB
    upstream.commit({"主论坛/1-Wall.pdf": make_pdf(wall), "主论坛/2-Small.pdf": make_pdf("small kernel")})
    config = write_config(tmp_path / "config.toml", upstream.url, extract_timeout=5)
    result = run_process("sync", "--json", config=config)
    assert result.returncode == 0
    (report,) = json.loads(result.stdout)
    failures = {f["path"]: f["reason"] for f in report["failures"]}
    assert "主论坛/2-Small.pdf" not in failures
    assert report["pages"] >= 1


def test_memory_limit_stops_a_greedy_extraction(tmp_path, upstream):
    # pdfminer keeps an object per character of a page, hundreds of bytes each: this page's 200,000
    # characters need far more than the 32 MB a worker may grow by (beyond what it was forked with).
    wall = "\n".join(f"line {n} " + "kernel memory " * 10 for n in range(1500))
    upstream.commit({"主论坛/1-Talk.pdf": make_pdf(wall)})
    config = write_config(tmp_path / "config.toml", upstream.url, extract_memory_mb=32)
    result = run_process("sync", "--json", config=config)
    assert result.returncode == 0
    (report,) = json.loads(result.stdout)
    # A MemoryError, or (when the last allocation fails as Python raises one) an abort: both say why.
    assert "out of memory" in report["failures"][0]["reason"]


def test_hostile_file_names_and_tree_entries(tmp_path):
    """Names git allows and shells hate; a symlink out of the repository; a submodule; non-UTF-8."""
    repo = pygit2.init_repository(str(tmp_path / "up.git"), bare=True, initial_head="main")
    pdf = repo.create_blob(make_pdf("hostile names kernel"))
    names = [
        b"1-a b.pdf",
        b"2-new\nline.pdf",
        b"3-quote\"'.pdf",
        b"-4-leading.pdf",
        b"5-" + "长".encode() * 100 + b".pdf",
        b"6-bad\xff\xfe.pdf",
    ]
    link = repo.create_blob(b"/etc/passwd")
    entries = [(b"100644", n, pdf) for n in names]
    entries += [(b"120000", b"7-passwd.pdf", link), (b"160000", b"8-sub.pdf", repo.create_blob(b"x"))]
    raw = b"".join(
        mode + b" " + name + b"\0" + oid.raw for mode, name, oid in sorted(entries, key=lambda e: e[1])
    )
    forum = repo.odb.write(pygit2.enums.ObjectType.TREE, raw)
    top = repo.TreeBuilder()
    top.insert("主论坛", forum, pygit2.enums.FileMode.TREE)
    repo.create_commit("refs/heads/main", SIGNATURE, SIGNATURE, "hostile", top.write(), [])

    config = write_config(tmp_path / "config.toml", str(tmp_path / "up.git"))
    result = run_process("sync", config=config)
    assert result.returncode == 0, result.stderr
    assert "not checked out or indexed: name too long" in result.stderr
    talks = json.loads(run_process("talks", "--json", config=config).stdout)
    titles = sorted(t["title"] for t in talks)
    # Every regular file the checkout could write; never the symlink, the submodule, or the name of
    # 302 bytes that no file system here holds (test_sync_edges.py).
    assert len(titles) == 5
    assert {"a b", "new line", "quote\"'", "-4-leading"} <= set(titles)
    assert not any("passwd" in t or "sub" in t for t in titles)
    found = json.loads(run_process("search", "--json", "hostile", config=config).stdout)
    assert found["total"] == 5
    mirror = tmp_path / "mirror" / "CLK2024" / "主论坛"
    assert (mirror / "2-new\nline.pdf").is_file() and (mirror / "-4-leading.pdf").is_file()
    assert not (mirror / "7-passwd.pdf").is_symlink()


HOSTILE_QUERIES = [
    "",
    "   ",
    "!!! ...",
    '"unbalanced',
    "(unbalanced",
    "unbalanced)",
    "AND",
    "title:",
    "content: ",
    "x" * 10_000,
    "\x01\x02\x1b[31m",
    "NOT",
    "*",
    "OR OR OR",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_get_a_message_not_a_traceback(hostile_pdfs_synced, query):
    config, _ = hostile_pdfs_synced
    result = cli_run(config, "search", query)
    assert result.exit_code in (0, 1, 2), result.output
    assert "unexpected error" not in result.stderr
    if result.exit_code:
        assert result.stderr.startswith("clkarchive: ") and result.stderr.count("\n") == 1, result.stderr


def test_a_hostile_query_through_the_real_program(hostile_pdfs_synced):
    config, _ = hostile_pdfs_synced
    result = run_process("search", "\x01\x02\x1b[31m", "(unbalanced", config=config)
    assert result.returncode in (1, 2) and "Traceback" not in result.stderr
    assert result.stderr.startswith("clkarchive: ") and result.stderr.count("\n") == 1, result.stderr
