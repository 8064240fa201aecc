"""Real parts for tests: git repositories made with pygit2, PDFs made with reportlab, the CLI run in-process
or as a real program, the replayed corpus.

reportlab's built-in STSong-Light font writes Chinese without a font file, and
pdfminer.six reads it back through its bundled CMaps, so the PDFs here go
through exactly the code path real slides do.

The fixtures that use these live in tests/conftest.py; test modules import the helpers as
`from helpers import ...` (pytest's pythonpath puts tests/ on sys.path).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pygit2
from click.testing import CliRunner, Result
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from clkarchive import Archive, Config, load_config
from clkarchive.cli import cli
from clkarchive.pictures.ocr import OcrBox, box_of

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
SIGNATURE = pygit2.Signature("Tester", "tester@example.invalid")
TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"  # recorded OCR boxes, a poster crop, the hand reading of an agenda
ROOT = TESTS.parent  # the checkout: README.md, LICENSE, config.toml
CORPUS = os.environ.get("CLKARCHIVE_CORPUS")


def make_pdf(*pages: str, password: str | None = None) -> bytes:
    """A PDF with one page per argument; lines of each page drawn top-down."""
    out = io.BytesIO()
    encrypt = None
    if password:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encrypt = StandardEncryption(password, canPrint=0)
    c = canvas.Canvas(out, encrypt=encrypt)
    for text in pages:
        c.setFont("STSong-Light", 14)
        y = 780
        for line in text.splitlines():
            c.drawString(40, y, line)
            y -= 20
        c.showPage()
    c.save()
    return out.getvalue()


class Upstream:
    """A git repository standing in for GitHub: commit files, delete, rename, force-push."""

    def __init__(self, path: Path, branch: str = "main") -> None:
        self.path = path
        self.branch = branch
        self.repo = pygit2.init_repository(str(path), initial_head=branch)

    @property
    def url(self) -> str:
        return str(self.path)

    def commit(self, files: Mapping[str, bytes | None], message: str = "update", parents=None) -> str:
        """Write (or, for None, delete) files and commit them on the branch."""
        index = self.repo.index
        for rel, data in files.items():
            target = self.path / rel
            if data is None:
                target.unlink()
                index.remove(rel)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        index.add_all()
        index.write()
        if parents is None:
            parents = [] if self.repo.head_is_unborn else [self.repo.head.target]
        tree = index.write_tree()
        oid = self.repo.create_commit(None, SIGNATURE, SIGNATURE, message, tree, parents)
        self.repo.references.create(f"refs/heads/{self.branch}", oid, force=True)
        return str(oid)

    def rename(self, old: str, new: str) -> str:
        (self.path / new).parent.mkdir(parents=True, exist_ok=True)
        (self.path / old).rename(self.path / new)
        self.repo.index.remove(old)
        return self.commit({}, f"rename {old}")

    def rewrite(self, files: dict[str, bytes]) -> str:
        """Replace history with a single new root commit holding exactly these files (a force-push)."""
        for entry in list(self.repo.index):
            (self.path / entry.path).unlink(missing_ok=True)
            self.repo.index.remove(entry.path)
        return self.commit(files, "rewritten history", parents=[])


@functools.cache
def sample_talks() -> dict[str, bytes]:
    """A small conference: two forums, Chinese and English slides, a poster, a README (made once)."""
    return {
        "README.md": b"# CLK test\n",
        "LICENSE": b"CC BY-NC 4.0\n",
        "主论坛.webp": b"RIFF\x00\x00\x00\x00WEBPVP8 ",
        "主论坛/3-RISC-V IOMMU Scalable 提案.pdf": make_pdf(
            "RISC-V IOMMU Scalable 提案\n宋恺睿 阿里巴巴",
            "Background: the IOMMU translates DMA addresses",
            "Intel VT-d Scalable Mode\n每一个 PASID Entry 拥有独立的页表",
        ),
        "内存分论坛/2-内存压缩大页(ZHP)优化.pdf": make_pdf(
            "内存压缩大页优化\nZRAM Huge Page",
            "zram 压缩效率\n压缩速率 压缩比",
        ),
        "调度与锁分论坛/1-f2fs large folios特性支持的探索和实践.pdf": make_pdf(
            "f2fs large folios 特性支持",
            "Large folios reduce the cost of dma-buf and cpufreq_ext struct_ops",
        ),
    }


def write_config(path: Path, url: str, **archive) -> Path:
    """A config.toml for one source named CLK2024; archive keys override the defaults.

    OCR is off unless a test asks for it: it takes seconds a sync (tests/system/test_ocr.py covers it).
    A search may take a minute, not the product's second: on a test machine busy with other work the
    first search of a process (loading its tables) can pass a second and answer with nothing; the tests
    of the deadline set their own. A key given as None is left out."""
    defaults = {
        "mirror_dir": "mirror",
        "index_dir": "index",
        "workers": 2,
        "ocr": False,
        "search_timeout": 60,
    }
    settings = defaults | archive
    lines = ["[archive]", *(f"{k} = {json.dumps(v)}" for k, v in settings.items() if v is not None)]
    lines += ["", "[[sources]]", 'name = "CLK2024"', f"url = {json.dumps(url)}", 'branch = "main"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def synced(root: Path, decks: Mapping[str, bytes | None]) -> Config:
    """A one-source archive under root, its upstream holding decks, synced once: the real sync,
    for tests that search a small index of their own."""
    upstream = Upstream(root / "upstream")
    upstream.commit(dict(decks))
    config = load_config(write_config(root / "config.toml", upstream.url))
    from clkarchive.sync import sync

    sync(config)
    return config


def cli_run(config: Path, *args: str) -> Result:
    """The CLI in this process (click's CliRunner): for arguments, output and exit statuses.

    An unexpected exception in a command is still the CLI's own two-line message, as users see it.
    """
    return CliRunner().invoke(cli, ["--config", str(config), *args], catch_exceptions=False)


def run_process(
    *args: str,
    config: Path | None = None,
    cwd: Path | None = None,
    env: dict | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess:
    """Run the real `clkarchive` program in a subprocess."""
    cmd = [sys.executable, "-m", "clkarchive"]
    if config:
        cmd += ["--config", str(config)]
    environ = {k: v for k, v in os.environ.items() if k not in ("CLKARCHIVE_CONFIG", "CLKARCHIVE_FAULT")}
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, cwd=cwd, env=environ | (env or {}), timeout=timeout
    )


@dataclass(frozen=True)
class CorpusArchive:
    """The real replayed upstreams of CLK2023, CLK2024 and CLK2025, synced together once per session."""

    config: Path
    lfs_sync: list[dict]  # the reports of the sync at CLK2025's last commit with decks in Git LFS
    lfs_talks: list[dict]  # `talks --json` after it
    lfs_resync: list[dict]  # the reports of the sync after it, with nothing new upstream
    tip_sync: list[dict]  # the reports of the sync at every upstream's newest commit


def run_git(gitdir: Path, *args: str) -> str:
    done = subprocess.run(["git", f"--git-dir={gitdir}", *args], check=True, capture_output=True, text=True)
    return done.stdout.strip()


def invoke(*args: str, env: dict[str, str] | None = None, color: bool = False):
    """The CLI in process, without the caller's $CLKARCHIVE_CONFIG or NO_COLOR leaking in."""
    clean = {"CLKARCHIVE_CONFIG": None, "NO_COLOR": None} | (env or {})
    return CliRunner().invoke(cli, list(args), env=clean, color=color, catch_exceptions=False)


def fake_program(bin_dir: Path, name: str, body: str) -> Path:
    """A stand-in program on PATH (crontab, systemctl) that a test puts in place of the real one."""
    bin_dir.mkdir(exist_ok=True)
    script = bin_dir / name
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def install_units(config: Path, xdg_config: Path):
    """`cron --systemd --install` with its units written under xdg_config."""
    env = {"XDG_CONFIG_HOME": str(xdg_config)}
    return invoke("--config", str(config), "cron", "--systemd", "--install", env=env)


# The web tests' archive (tests/conftest.py's web_archive): its decks by path, and the test client's base.
SCALABLE = "主论坛/3-RISC-V IOMMU Scalable 提案.pdf"
ZHP = "内存分论坛/2-内存压缩大页(ZHP)优化.pdf"
HOSTILE = "综合分论坛/4-<script>alert(1)<\u2215script> \"quoted\" 'x'-张三.pdf"
SLIDES = "综合分论坛/5-PowerPoint deck.pptx"
BASE = "http://127.0.0.1"


def make_pptx(*slides: str, hidden: tuple[int, ...] = ()) -> bytes:
    """A deck with one text box per slide; the slides numbered in hidden (from 1) are hidden."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    for number, text in enumerate(slides, start=1):
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        slide.shapes.add_textbox(Inches(1), Inches(1), Inches(8), Inches(4)).text_frame.text = text
        if number in hidden:
            slide._element.set("show", "0")
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def web_decks() -> dict[str, bytes]:
    """The decks of the web tests' archive: Chinese and English, hostile names and text, a pptx."""
    return {
        SCALABLE: make_pdf(
            "RISC-V IOMMU Scalable 提案\n宋恺睿 阿里巴巴",
            "Background: the IOMMU translates DMA addresses",
            "Intel VT-d Scalable Mode\n每一个 PASID Entry 拥有独立的页表",
        ),
        ZHP: make_pdf("内存压缩大页优化\nZRAM Huge Page", "zram 压缩效率\n压缩速率 压缩比"),
        HOSTILE: make_pdf("<script>alert('x')</script> \"quotes\" & <b>bold</b> hostile", "second page"),
        SLIDES: make_pptx(
            "PowerPoint title slide", "a hidden slide", "third slide about hostile decks", hidden=(2,)
        ),
    }


def blob_of(archive: Archive, path: str) -> str:
    """The blob id of a CLK2024 file the archive holds."""
    held = archive.indexed("CLK2024", path)
    assert held is not None
    return held.blob


# The agenda posters as RapidOCR read them, and a hand reading of CLK2024's (tests/data/README.md).
def boxes(poster: str) -> list[OcrBox]:
    recorded = json.loads((DATA / "agenda_boxes.json").read_text(encoding="utf-8"))
    return [box_of(b) for b in recorded[poster]["boxes"]]


def clk2024_posters() -> dict[str, list[OcrBox]]:
    recorded = json.loads((DATA / "agenda_boxes.json").read_text(encoding="utf-8"))
    return {name.removeprefix("CLK2024/"): boxes(name) for name in recorded if name.startswith("CLK2024/")}


def reading() -> list[dict[str, str]]:
    lines = (DATA / "agenda_clk2024_reading.tsv").read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader((ln for ln in lines if not ln.startswith("#")), delimiter="\t"))


def lfs_pointer(data: bytes, size: int | None = None) -> bytes:
    """The Git LFS pointer blob for data (claiming size bytes, when given)."""
    oid = hashlib.sha256(data).hexdigest()
    size = len(data) if size is None else size
    return f"version https://git-lfs.github.com/spec/v1\noid sha256:{oid}\nsize {size}\n".encode()


class LfsServer:
    """A loopback Git LFS server: the batch API and downloads for the objects it is given.

    `batch` and `get` decide what it answers, so a test can make it hostile; `downloads` counts the
    objects it sent."""

    def __init__(self) -> None:
        self.objects: dict[str, bytes] = {}
        self.requests: list[str] = []
        self.downloads = 0
        self.stop = threading.Event()
        self.batch: Callable[[BaseHTTPRequestHandler, dict], None] = self.good_batch
        self.get: Callable[[BaseHTTPRequestHandler], None] = self.good_get
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                server.requests.append("POST " + self.path)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.batch(self, body)

            def do_GET(self) -> None:
                server.requests.append("GET " + self.path)
                server.get(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda *args: None  # type: ignore[method-assign]  # a client hung up: meant
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        """The server goes down: connections are refused from now on."""
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def store(self, data: bytes) -> bytes:
        """Keep data on the server; the pointer blob to commit in its place."""
        self.objects[hashlib.sha256(data).hexdigest()] = data
        return lfs_pointer(data)

    @staticmethod
    def send(h: BaseHTTPRequestHandler, body: bytes, status: int = 200, **headers: str) -> None:
        h.send_response(status)
        h.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)

    def good_batch(self, h: BaseHTTPRequestHandler, body: dict) -> None:
        answers = []
        for obj in body["objects"]:
            if obj["oid"] in self.objects:
                href = f"{self.url}/objects/{obj['oid']}"
                answers.append({**obj, "actions": {"download": {"href": href, "header": {"X-T": "1"}}}})
            else:
                answers.append({**obj, "error": {"code": 404, "message": "Object does not exist"}})
        self.send(h, json.dumps({"transfer": "basic", "objects": answers}).encode())

    def good_get(self, h: BaseHTTPRequestHandler) -> None:
        oid = h.path.rsplit("/", 1)[1]
        if oid not in self.objects:
            return self.send(h, b"", 404)
        self.downloads += 1
        self.send(h, self.objects[oid])

    def endless(self, h: BaseHTTPRequestHandler) -> None:
        """Bytes without end (stopping at 600 MB, so that a sync that keeps them all still ends)."""
        h.send_response(200)
        h.end_headers()
        chunk = b"\0" * 2**20
        for _ in range(600):
            if self.stop.is_set():
                return
            h.wfile.write(chunk)

    def drip(self, h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", str(10**6))
        h.end_headers()
        while not self.stop.wait(0.2):
            h.wfile.write(b"x")
            h.wfile.flush()

    def silent(self, h: BaseHTTPRequestHandler, body: dict | None = None) -> None:
        self.stop.wait(120)


def rich_pptx() -> bytes:
    """A deck with what a drawing of it must show: a red background, a blue picture, a text box, a table
    with a green header, a grouped orange box; slide 2 is hidden, slide 3 inherits its master's
    background (yellow) and holds Chinese text. Drawn by python-pptx, as a conference deck would be."""
    from PIL import Image
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches, Pt

    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    deck.slide_master.background.fill.solid()
    deck.slide_master.background.fill.fore_color.rgb = RGBColor(0xFF, 0xE0, 0x40)
    blank = deck.slide_layouts[6]
    first = deck.slides.add_slide(blank)
    first.background.fill.solid()
    first.background.fill.fore_color.rgb = RGBColor(0xC0, 0x20, 0x20)
    picture = io.BytesIO()
    Image.new("RGB", (200, 100), (20, 60, 220)).save(picture, "PNG")
    first.shapes.add_picture(io.BytesIO(picture.getvalue()), Inches(8), Inches(0.5), Inches(4), Inches(2))
    box = first.shapes.add_textbox(Inches(0.5), Inches(0.5), Inches(7), Inches(2)).text_frame
    box.text = "Drawn without LibreOffice"
    box.paragraphs[0].runs[0].font.size = Pt(40)
    box.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    table = first.shapes.add_table(3, 2, Inches(0.5), Inches(3), Inches(6), Inches(3)).table
    for cell in table.rows[0].cells:
        cell.fill.solid()
        cell.fill.fore_color.rgb = RGBColor(0x20, 0xA0, 0x40)
    table.cell(1, 0).text = "folio"
    group = first.shapes.add_group_shape()
    orange = group.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(8), Inches(4), Inches(4), Inches(2.5))
    orange.fill.solid()
    orange.fill.fore_color.rgb = RGBColor(0xF0, 0x80, 0x10)
    hidden = deck.slides.add_slide(blank)
    hidden._element.set("show", "0")
    hidden.shapes.add_textbox(Inches(1), Inches(1), Inches(8), Inches(2)).text_frame.text = "a hidden slide"
    third = deck.slides.add_slide(blank)
    words = third.shapes.add_textbox(Inches(1), Inches(1), Inches(10), Inches(3)).text_frame
    words.text = "内存压缩大页 ZHP 优化\nzram 压缩效率与压缩比"
    for paragraph in words.paragraphs:
        paragraph.runs[0].font.size = Pt(44)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


AGENDA_ROWS = (
    ("09:20-09:50", "使用rust开发kernel的实践与思考", "杨铠衔", "vivo底层软件技术研究总监"),
    ("09:50-10:20", "操作系统软硬件协同和面向云场景深度优化", "宋卓", "阿里云资深技术专家"),
)


def agenda_poster() -> tuple[bytes, list[OcrBox]]:
    """A small agenda poster laid out as CLK2023's (forum heading, time column, title, speaker and
    affiliation in small type), and the boxes of its text as OCR reads them: where it was drawn."""
    from PIL import Image, ImageDraw, ImageFont

    font = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    image = Image.new("RGB", (1080, 1000), "#0b1a3a")
    draw = ImageDraw.Draw(image)
    found: list[OcrBox] = []

    def text(x: int, y: int, words: str, size: int, fill: str = "white") -> None:
        face = ImageFont.truetype(font, size, index=2)
        draw.text((x, y), words, font=face, fill=fill)
        x0, y0, x1, y1 = draw.textbbox((x, y), words, font=face)
        found.append(OcrBox(words, x0, y0, x1, y1, 0.99))

    text(300, 80, "大会议程", 64)
    text(90, 260, "主论坛", 48)
    for n, (when, title, name, affiliation) in enumerate(AGENDA_ROWS):
        y = 400 + 200 * n
        text(90, y, when, 34)
        text(340, y, title, 34, "#5ee0ff")
        text(340, y + 50, name, 34)
        text(460, y + 58, affiliation, 24)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue(), sorted(found, key=lambda b: (b.y0, b.x0))


LONG_TITLE = "Memory tiering, page cache folios and scheduler latency in production kernels"
# Two years of one conference whose speakers recur: 宋恺睿 spelt in Chinese one year and "Kairui Song"
# the next, "Zhang San" and "San Zhang", a talk given by two people.
TWO_YEARS: dict[str, dict[str, tuple[str, ...]]] = {
    "CLK2023": {
        "主论坛/1-Memory tiering in practice——宋恺睿.pdf": ("Memory tiering in practice", "CXL memory tiers"),
        "内存分论坛/2-EEVDF notes——Zhang San.pdf": ("EEVDF notes", "EEVDF lag and virtual deadlines"),
        f"内存分论坛/3-{LONG_TITLE}——李四.pdf": (LONG_TITLE, "folios", "tiers"),
    },
    "CLK2024": {
        "虚拟化分论坛/4-RISC-V IOMMU Scalable 提案——Kairui Song.pdf": ("RISC-V IOMMU Scalable 提案", "PASID"),
        "调度分论坛/3-Scheduler latency——San Zhang、李四.pdf": (
            "Scheduler latency",
            "EEVDF virtual deadlines",
        ),
    },
}


def two_years(root: Path, deck: Callable[..., bytes] = make_pdf) -> Path:
    """TWO_YEARS as two upstreams (each deck made by deck(title, *pages)) and a config naming both
    (not synced); the config's path."""
    decks = {name: {path: deck(*pages) for path, pages in files.items()} for name, files in TWO_YEARS.items()}
    return upstreams_config(root, decks)


def upstreams_config(root: Path, sources: dict[str, dict[str, bytes]], ocr: bool = False) -> Path:
    """An upstream per source (root/<name>, its files in one commit) and a config naming them all
    (not synced); the config's path."""
    lines = [
        "[archive]",
        'mirror_dir = "mirror"',
        'index_dir = "index"',
        "workers = 2",
        f"ocr = {json.dumps(ocr)}",
    ]
    for name, files in sources.items():
        upstream = Upstream(root / name)
        upstream.commit(files)
        lines += [
            "",
            "[[sources]]",
            f'name = "{name}"',
            f"url = {json.dumps(upstream.url)}",
            'branch = "main"',
        ]
    config = root / "config.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def picture_pdf(word: str) -> bytes:
    """A one-page PDF that is only a picture of a word: no text layer, so only OCR can read it."""
    import pypdfium2
    from reportlab.pdfgen import canvas

    drawn = io.BytesIO()
    c = canvas.Canvas(drawn, pagesize=(960, 540))
    c.setFont("Helvetica", 60)
    c.drawString(60, 300, word)
    c.showPage()
    c.save()
    picture = pypdfium2.PdfDocument(drawn.getvalue())[0].render(scale=1.0).to_pil().convert("RGB")
    out = io.BytesIO()
    picture.save(out, format="PDF", resolution=72)
    return out.getvalue()


def found_paths(config: Path, *words: str) -> list[str]:
    """The paths of the talks `search --json` finds (in process), none when it finds nothing."""
    result = cli_run(config, "search", "--json", *words)
    return [talk["path"] for talk in json.loads(result.stdout)["results"]] if result.exit_code == 0 else []
