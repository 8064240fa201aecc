"""The web interface in a real browser: Debian's chromium, headless, driven by Selenium and chromium-driver.

The server is the real `clkarchive serve` in a subprocess over a real synced
archive of slide decks drawn here (16:9 pages with a title bar, Chinese and
English). Screenshots go to the test's temporary folder; with
CLKARCHIVE_SCREENSHOTS=DIR they are also written to DIR, to be looked at:

    CLKARCHIVE_SCREENSHOTS=/tmp/shots python -m pytest tests/system/test_browser.py

They show these fixtures, not the real archive: the README's pictures are made
by docs/screenshots.py from a synced archive (never point DIR at docs/screenshots).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from clkarchive.config import load_config
from clkarchive.sync import sync
from helpers import Upstream, run_process, write_config

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
pytestmark = [
    pytest.mark.skipif(
        not (CHROMIUM.exists() and DRIVER.exists()),
        reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)",
    ),
]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,1000",
    "--lang=en-US",
]
ACCENTS = ["#1f5fbf", "#b5472e", "#2e7d5b", "#6b4fa3"]


def slide_deck(title: str, *pages: str, accent: str = "#1f5fbf") -> bytes:
    """A 16:9 deck like a conference's: a title page, then pages with a coloured title bar and bullets."""
    out = io.BytesIO()
    width, height = 960, 540
    c = canvas.Canvas(out, pagesize=(width, height))
    c.setFillColor(HexColor(accent))
    c.rect(0, 0, width, height, fill=1, stroke=0)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont("STSong-Light", 56)
    c.drawString(60, 300, title)
    c.setFont("STSong-Light", 28)
    c.drawString(60, 240, "China Linux Kernel Developers Conference")
    c.showPage()
    for text in pages:
        heading, *bullets = text.splitlines()
        c.setFillColor(HexColor(accent))
        c.rect(0, height - 110, width, 110, fill=1, stroke=0)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("STSong-Light", 48)
        c.drawString(50, height - 75, heading)
        c.setFillColor(HexColor("#1d232a"))
        c.setFont("STSong-Light", 34)
        for i, bullet in enumerate(bullets):
            c.drawString(60, height - 190 - 60 * i, f"• {bullet}")
        c.setFillColor(HexColor(accent))
        for i, bar in enumerate((60, 110, 85, 140)):
            c.rect(620 + 70 * i, 50, 44, bar, fill=1, stroke=0)
        c.showPage()
    c.save()
    return out.getvalue()


TALKS = {
    "主论坛/1-Large folios in the page cache——王五.pdf": (
        "Large folios in the page cache",
        "Why large folios\nfewer struct page lookups\nless LRU lock contention in the kernel",
        "Large folios 的收益\n内核 page cache 吞吐提升 20%\nreadahead 按 folio 分配",
        "Status upstream\next4, xfs and f2fs large folios\nkernel 6.12 merged",
    ),
    "内存分论坛/2-内存压缩大页(ZHP)优化——李四.pdf": (
        "内存压缩大页(ZHP)优化",
        "背景\nzram 压缩小页开销大\n内核内存回收路径长",
        "ZHP 设计\n内存压缩以大页为单位\n压缩比与压缩速率兼顾",
        "结果\n内存压缩 CPU 开销降低 35%\nkernel 主线讨论中",
    ),
    "调度与锁分论坛/3-EEVDF scheduler in practice——Zhang San.pdf": (
        "EEVDF scheduler in practice",
        "From CFS to EEVDF\nlag and virtual deadline\nkernel 6.6 default",
        "调度延迟\n内核调度器尾延迟下降\nlatency-nice 接口",
    ),
    "虚拟化分论坛/4-RISC-V IOMMU Scalable 提案——宋恺睿.pdf": (
        "RISC-V IOMMU Scalable 提案",
        "Scalable Mode\n每一个 PASID Entry 拥有独立的页表\nkernel driver",
        "DMA remapping\nIOMMU translates DMA addresses\n内核 iommufd 接口",
    ),
}


@pytest.fixture(scope="module")
def decks_url(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser")
    upstream = Upstream(root / "upstream")
    files: dict[str, bytes | None] = {}
    for n, (path, (title, *pages)) in enumerate(TALKS.items()):
        files[path] = slide_deck(title, *pages, accent=ACCENTS[n % len(ACCENTS)])
    upstream.commit(files)
    config = write_config(root / "config.toml", upstream.url)
    sync(load_config(config))
    yield from serve(config)


def serve(config: Path):
    """Run `clkarchive serve` on a free port until the module's tests are done; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "clkarchive", "--config", str(config), "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    url = process.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), process.stderr.read()
    yield url.rstrip("/")
    process.send_signal(2)
    process.communicate(timeout=30)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture
def shoot(browser, tmp_path):
    """Save a screenshot of the page as NAME.png (and into $CLKARCHIVE_SCREENSHOTS when set)."""

    def _shoot(name: str, width: int = 1280) -> Path:
        browser.set_window_size(width, 1000)
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(width, min(max(height, 700), 2400))
        path = tmp_path / f"{name}.png"
        browser.save_screenshot(str(path))
        browser.set_window_size(1280, 1000)
        if wanted := os.environ.get("CLKARCHIVE_SCREENSHOTS"):
            Path(wanted).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(wanted) / path.name)
        return path

    return _shoot


def wait_for_images(browser) -> list[int]:
    """Every <img> finished loading; their natural widths (0 for one that failed)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 60).until(
        lambda d: d.execute_script("return [...document.images].every(i => i.complete)")
    )
    return browser.execute_script("return [...document.images].map(i => i.naturalWidth)")


def console_errors(browser) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def search_for(browser, base: str, words: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(base + "/")
    box = browser.find_element(By.CSS_SELECTOR, ".find input")
    box.send_keys(words, Keys.ENTER)
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 30).until(lambda d: "/search" in d.current_url)


def test_english_search_shows_slide_thumbnails(browser, decks_url, shoot):
    from selenium.webdriver.common.by import By

    browser.get(decks_url + "/")
    assert "Search the slides" in browser.find_element(By.CSS_SELECTOR, ".intro").text
    shoot("home")
    search_for(browser, decks_url, "kernel")
    titles = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".talk h2")]
    assert len(titles) == 4 and "Large folios in the page cache" in titles
    widths = wait_for_images(browser)
    assert len(widths) >= 4 and all(w == 400 for w in widths), widths
    marks = {m.text.lower() for m in browser.find_elements(By.CSS_SELECTOR, ".snippet mark")}
    assert "kernel" in marks and marks <= {"kernel", "内核"}  # 内核: the glossary's Chinese for kernel
    shoot("results")
    browser.set_window_size(390, 844)  # a phone: nothing may stick out sideways
    try:
        assert browser.execute_script(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        )
        shoot("results-phone", width=390)
    finally:
        browser.set_window_size(1280, 1000)
    assert console_errors(browser) == []


def test_chinese_search_finds_the_chinese_deck(browser, decks_url, shoot):
    from selenium.webdriver.common.by import By

    search_for(browser, decks_url, "内存压缩")
    first = browser.find_element(By.CSS_SELECTOR, ".talk h2").text
    assert first == "内存压缩大页(ZHP)优化"
    assert "内存压缩" in [m.text for m in browser.find_elements(By.CSS_SELECTOR, ".snippet mark")]
    assert all(w > 0 for w in wait_for_images(browser))
    shoot("results-zh")
    assert console_errors(browser) == []


def test_open_a_talk_and_step_through_its_slides_with_arrow_keys(browser, decks_url, shoot):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    search_for(browser, decks_url, "large folios")
    browser.find_element(By.CSS_SELECTOR, ".talk h2 a").click()
    WebDriverWait(browser, 30).until(lambda d: "/talk/" in d.current_url)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Large folios in the page cache"
    wait_for_images(browser)
    assert len(browser.find_elements(By.CSS_SELECTOR, ".grid img")) == 4  # (besides the related talks')
    shoot("talk")
    browser.find_elements(By.CSS_SELECTOR, ".grid a")[0].click()
    WebDriverWait(browser, 30).until(lambda d: "/slide/" in d.current_url and "page=1" in d.current_url)
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.ARROW_RIGHT)
    WebDriverWait(browser, 30).until(lambda d: "page=2" in d.current_url)
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
    WebDriverWait(browser, 30).until(lambda d: "page=3" in d.current_url)
    assert "内核 page cache 吞吐提升" in browser.find_element(By.CSS_SELECTOR, ".slidetext").text
    assert wait_for_images(browser) == [1440]
    shoot("slide")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_LEFT)
    WebDriverWait(browser, 30).until(lambda d: "page=2" in d.current_url)
    assert console_errors(browser) == []


def test_slide_viewer_marks_the_query_words(browser, decks_url):
    from selenium.webdriver.common.by import By

    search_for(browser, decks_url, "PASID")
    browser.find_element(By.CSS_SELECTOR, ".pages a").click()
    assert [m.text for m in browser.find_elements(By.CSS_SELECTOR, ".slidetext mark")] == ["PASID"]
    assert console_errors(browser) == []


CORPUS = os.environ.get("CLKARCHIVE_CORPUS")


def test_real_slides_in_chinese_and_english(browser, corpus_years_url, shoot):
    """The dev queries (written for CLK2024) typed into the form, then narrowed to 2024 with the filters
    of the results page, over the real three years (CLKARCHIVE_CORPUS)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    assert CORPUS
    queries = json.loads((Path(CORPUS).resolve().parent / "eval" / "dev-queries.json").read_text("utf-8"))
    for case in [queries[0], next(q for q in queries if re.search(r"[\u4e00-\u9fff]", q["query"]))]:
        search_for(browser, corpus_years_url, case["query"])
        Select(browser.find_element(By.CSS_SELECTOR, ".filters select[name=year]")).select_by_value("2024")
        browser.find_element(By.CSS_SELECTOR, ".filters button").click()
        WebDriverWait(browser, 30).until(lambda d: "year=2024" in d.current_url)
        first = browser.find_element(By.CSS_SELECTOR, ".talk h2 a").get_attribute("href")
        assert any(quote(path) in first for path in case["relevant"]), (case["query"], first)
        widths = wait_for_images(browser)
        assert widths and all(w == 400 for w in widths), widths
        assert console_errors(browser) == []
    shoot("results-corpus")  # only in the temporary folder: the slides are not ours to republish


def test_schedule_and_status(browser, decks_url, shoot):
    from selenium.webdriver.common.by import By

    browser.get(decks_url + "/schedule")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Schedule 2024"
    forums = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".forumcol h2")]
    assert len(forums) == 4 and any(f.startswith("内存分论坛") for f in forums)
    shoot("schedule")
    browser.get(decks_url + "/status")
    assert "4 talks" in browser.find_element(By.CSS_SELECTOR, ".status").text
    assert console_errors(browser) == []


# -- no blank thumbnail: PDF, PPTX (drawn without LibreOffice), posters and agenda-only talks --------

# Each thumbnail on the page, drawn small on a canvas: how much its luminance varies (a blank box: ~0).
SPREADS = """
return [...document.querySelectorAll('.pages img')].map(img => {
  const c = document.createElement('canvas'); c.width = 96; c.height = 54;
  const g = c.getContext('2d'); g.drawImage(img, 0, 0, 96, 54);
  const d = g.getImageData(0, 0, 96, 54).data; let n = 0, s = 0, s2 = 0;
  for (let i = 0; i < d.length; i += 4) {
    const y = 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2]; n++; s += y; s2 += y * y;
  }
  const m = s / n; return [img.getAttribute('src'), Math.sqrt(Math.max(0, s2 / n - m * m)), img.naturalWidth];
});
"""
BLANK = 6.0  # a luminance spread below this is a near-uniform box: nothing a reader could recognise


def blank_thumbnails(browser) -> tuple[list[list], int]:
    """The near-uniform thumbnails of the results page (src, spread, width), and how many it shows;
    a text card or a picture that did not load counts as blank."""
    wait_for_images(browser)
    spreads = browser.execute_script(SPREADS)
    cards = browser.execute_script("return document.querySelectorAll('.pages .card').length")
    blank = [s for s in spreads if s[1] < BLANK or s[2] == 0] + [["card", 0, 0]] * cards
    return blank, len(spreads) + cards


@pytest.fixture(scope="module")
def mixed_url(tmp_path_factory):
    """A real archive of every kind a result can be: a PDF deck, a PPTX deck made by python-pptx
    (text, a picture, a table), and an agenda poster read by real OCR, which lists two talks that have
    no deck. OCR on, as the default config has it."""
    from helpers import agenda_poster, rich_pptx

    root = tmp_path_factory.mktemp("mixed")
    upstream = Upstream(root / "upstream")
    title, *pages = TALKS["主论坛/1-Large folios in the page cache——王五.pdf"]
    upstream.commit(
        {
            "主论坛/1-Large folios in the page cache——王五.pdf": slide_deck(title, *pages),
            "内存分论坛/2-Drawn deck——李四.pptx": rich_pptx(),
            "CLK2024议程.png": agenda_poster()[0],
        }
    )
    config = write_config(root / "config.toml", upstream.url, ocr=True)
    # In a process of its own, as users run it: OCR workers forked from the long pytest process of a
    # whole run start with their address-space limit spent (std::bad_alloc) and read no poster.
    synced = run_process("sync", config=config)
    assert synced.returncode == 0, synced.stderr
    yield from serve(config)


@pytest.mark.parametrize(
    ("name", "query", "shows"),
    [
        ("pdf", "large folios", "/img/"),
        ("pptx", "LibreOffice", "/img/"),  # the PPTX's first slide
        ("pptx-zh", "内存压缩大页", "/img/"),  # the PPTX's third slide, past a hidden one
        ("agenda", "阿里云资深技术专家", "/row/"),  # an agenda-only talk (and the poster that lists it)
        ("poster", "大会议程&kind=material", 'class="tall"'),  # the poster itself, asked for
    ],
)
def test_results_show_no_blank_thumbnail(browser, mixed_url, shoot, name, query, shows):
    from selenium.webdriver.common.by import By

    if "&" in query:  # a filter the form has no field for: the results page's own URL
        browser.get(f"{mixed_url}/search?q={query}")
    else:
        search_for(browser, mixed_url, query)
    assert shows in browser.page_source
    blank, shown = blank_thumbnails(browser)
    assert shown and not blank, (query, blank)
    assert "p.0" not in browser.find_element(By.CSS_SELECTOR, ".results").text
    shoot(f"results-{name}")
    assert console_errors(browser) == []


def test_an_agenda_only_talk_opens_its_own_page(browser, mixed_url, shoot):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    search_for(browser, mixed_url, "rust kernel")
    browser.find_element(By.CSS_SELECTOR, ".talk h2 a").click()
    WebDriverWait(browser, 30).until(lambda d: "/agenda/" in d.current_url)
    assert browser.find_element(By.TAG_NAME, "h1").text == "使用rust开发kernel的实践与思考"
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "杨铠衔" in page and "09:20" in page and "No slides published" in page
    assert wait_for_images(browser) == [1440]
    shoot("agenda-talk")
    browser.set_window_size(390, 844)
    try:
        assert browser.execute_script(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        )
        shoot("agenda-talk-phone", width=390)
    finally:
        browser.set_window_size(1280, 1000)
    assert console_errors(browser) == []


@pytest.fixture(scope="module")
def corpus_years_url(corpus_archive):
    """The real three years (CLK2023's decks are PPTX), served; the pictures go into its index's cache."""
    yield from serve(corpus_archive.config)


def test_real_clk2023_pptx_decks_have_no_blank_thumbnail(browser, corpus_years_url, corpus_archive, shoot):
    from clkarchive import Archive

    with Archive(load_config(corpus_archive.config)) as archive:
        decks = [t for t in archive.talks(source="CLK2023") if t.path.lower().endswith(".pptx")]
    assert len(decks) >= 15
    for deck in decks:
        browser.get(f"{corpus_years_url}/search?{urlencode({'q': deck.title, 'year': 2023, 'limit': 3})}")
        assert quote(deck.path) in browser.page_source, deck.title
        blank, shown = blank_thumbnails(browser)
        assert shown and not blank, (deck.title, blank)
    shoot("results-clk2023-pptx")  # only in the temporary folder: the slides are not ours to republish


# -- speaker pages, the schedule and the viewer at a desktop's and a phone's width ------------------

DESKTOP, PHONE = (1366, 900), (390, 844)
# The Latin words and times of the visible text under a selector that the browser broke across lines
# ("0 9: 2 0", "tim / e", "← pre v"): each word's boxes, by the line they sit on.
BROKEN_WORDS = """
const broken = [], root = document.querySelector(arguments[0]);
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode;
  if (!node.parentElement || node.parentElement.offsetParent === null) continue;  // not shown
  for (const word of node.textContent.matchAll(/[A-Za-z0-9][A-Za-z0-9:.'’_]*[A-Za-z0-9]/g)) {
    const r = document.createRange();
    r.setStart(node, word.index);
    r.setEnd(node, word.index + word[0].length);
    const lines = new Set([...r.getClientRects()].filter(b => b.width > 0).map(b => Math.round(b.top)));
    if (lines.size > 1) broken.push(word[0]);
  }
}
return broken;
"""


def at_size(browser, size: tuple[int, int]) -> None:
    browser.set_window_size(*size)


def fits_sideways(browser) -> bool:
    return bool(
        browser.execute_script(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        )
    )


@pytest.fixture(scope="module")
def people_url(tmp_path_factory):
    """Two years whose speakers recur under other spellings (helpers.TWO_YEARS), synced and served."""
    from helpers import two_years

    config = two_years(tmp_path_factory.mktemp("people-web"), deck=slide_deck)
    sync(load_config(config))
    yield from serve(config)


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_status_page_names_each_source_and_fits_the_screen(browser, people_url, shoot, size):
    """The status page is what the people who run the cron refresh open on their phones: each
    source with its counts, and its long upstream url never pushing the page sideways."""
    from selenium.webdriver.common.by import By

    at_size(browser, size)
    try:
        browser.get(people_url + "/status")
        sections = browser.find_elements(By.CSS_SELECTOR, ".status")
        assert [s.find_element(By.TAG_NAME, "h2").text for s in sections] == ["CLK2023", "CLK2024"]
        assert all(" talks, " in s.text and "0 failed" in s.text for s in sections)
        assert fits_sideways(browser)
        shoot(f"status-{'phone' if size == PHONE else 'desktop'}", width=size[0])
    finally:
        at_size(browser, (1280, 1000))
    assert console_errors(browser) == []


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_result_under_a_filter_says_so_once_and_offers_to_remove_it(browser, people_url, shoot, size):
    """A filter that hides the only match: one message naming the filter, the Year list showing
    it, and a link that removes it and finds the talk."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.ui import WebDriverWait

    at_size(browser, size)
    try:
        browser.get(people_url + "/search?q=PASID&year=2023")
        none = browser.find_element(By.CSS_SELECTOR, ".none")
        assert none.text.startswith("No talk matches PASID in year 2023.")
        assert browser.find_elements(By.CSS_SELECTOR, ".count, .talk") == []
        assert Select(browser.find_element(By.NAME, "year")).first_selected_option.text == "2023"
        assert fits_sideways(browser)
        shoot(f"no-result-{'phone' if size == PHONE else 'desktop'}", width=size[0])
        none.find_element(By.LINK_TEXT, "Remove the year filter").click()
        WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".talk h2"))
        titles = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".talk h2")]
        assert titles[0] == "RISC-V IOMMU Scalable 提案"
    finally:
        at_size(browser, (1280, 1000))
    assert console_errors(browser) == []


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_speaker_page_from_a_talk_lists_their_talks_of_every_year(browser, people_url, shoot, size):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    at_size(browser, size)
    try:
        search_for(browser, people_url, "song kairui")
        person = browser.find_element(By.CSS_SELECTOR, ".person a")
        assert person.text == "宋恺睿 (Song Kairui)"
        browser.find_element(By.CSS_SELECTOR, ".talk h2 a").click()
        WebDriverWait(browser, 30).until(lambda d: "/talk/" in d.current_url)
        browser.find_element(By.CSS_SELECTOR, ".meta a.speaker").click()
        WebDriverWait(browser, 30).until(lambda d: "/speaker/" in d.current_url)
        assert browser.find_element(By.TAG_NAME, "h1").text == "宋恺睿 Song Kairui"
        talks = [
            (y.text, t.text)
            for y, t in zip(
                browser.find_elements(By.CSS_SELECTOR, ".speakertalks .year"),
                browser.find_elements(By.CSS_SELECTOR, ".speakertalks h2"),
                strict=True,
            )
        ]
        assert talks == [("2024", "RISC-V IOMMU Scalable 提案"), ("2023", "Memory tiering in practice")]
        blank, shown = blank_thumbnails_of(browser, ".speakertalks img")
        assert shown == 2 and not blank, blank
        assert fits_sideways(browser) and browser.execute_script(BROKEN_WORDS, "main") == []
        shoot(f"speaker-{'phone' if size == PHONE else 'desktop'}", width=size[0])
    finally:
        at_size(browser, (1280, 1000))
    assert console_errors(browser) == []


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_talk_page_lists_related_talks_of_other_years(browser, people_url, shoot, size):
    from selenium.webdriver.common.by import By

    at_size(browser, size)
    try:
        browser.get(f"{people_url}/talk/CLK2023/{quote('内存分论坛/2-EEVDF notes——Zhang San.pdf')}")
        first = browser.find_element(By.CSS_SELECTOR, ".relatedlist li")
        assert first.find_element(By.CSS_SELECTOR, ".title").text == "Scheduler latency"
        assert first.find_element(By.CSS_SELECTOR, ".year").text == "2024"
        blank, shown = blank_thumbnails_of(browser, ".relatedlist img")
        assert shown and not blank, blank
        assert fits_sideways(browser)
        shoot(f"related-{'phone' if size == PHONE else 'desktop'}", width=size[0])
    finally:
        at_size(browser, (1280, 1000))
    assert console_errors(browser) == []


def blank_thumbnails_of(browser, selector: str) -> tuple[list[list], int]:
    wait_for_images(browser)
    spreads = browser.execute_script(SPREADS.replace(".pages img", selector))
    return [s for s in spreads if s[1] < BLANK or s[2] == 0], len(spreads)


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_schedule_breaks_no_word_and_a_phone_gets_a_list_by_time(browser, mixed_url, shoot, size):
    from selenium.webdriver.common.by import By

    at_size(browser, size)
    try:
        browser.get(mixed_url + "/schedule")
        table = browser.find_element(By.CSS_SELECTOR, ".timetable")
        by_time = browser.find_element(By.CSS_SELECTOR, ".bytime")
        assert (table.is_displayed(), by_time.is_displayed()) == (
            (True, False) if size == DESKTOP else (False, True)
        )
        shown = by_time if size == PHONE else table
        assert "09:20" in shown.text and "使用rust开发kernel的实践与思考" in shown.text
        assert browser.execute_script(BROKEN_WORDS, "main") == []
        assert fits_sideways(browser)
        shoot(f"schedule-{'phone' if size == PHONE else 'desktop'}", width=size[0])
    finally:
        at_size(browser, (1280, 1000))
    assert console_errors(browser) == []


def test_the_viewer_arrows_stay_whole_on_a_phone(browser, people_url, shoot):
    from selenium.webdriver.common.by import By

    from helpers import LONG_TITLE

    at_size(browser, PHONE)
    try:
        browser.get(f"{people_url}/slide/CLK2023/{quote(f'内存分论坛/3-{LONG_TITLE}——李四.pdf')}?page=2")
        steps = browser.find_element(By.CSS_SELECTOR, ".steps")
        assert "← prev" in steps.text and "next →" in steps.text and LONG_TITLE in steps.text
        assert browser.execute_script(BROKEN_WORDS, ".steps") == []
        for arrow in ("#prev", "#next"):  # one line each
            lines = browser.execute_script(
                "return document.querySelector(arguments[0]).getClientRects().length", arrow
            )
            assert lines == 1, arrow
        assert fits_sideways(browser)
        shoot("slide-phone", width=PHONE[0])
    finally:
        at_size(browser, (1280, 1000))


def test_real_schedules_keep_folder_order_and_break_no_word(browser, corpus_years_url, shoot):
    """CLK2025's forums are numbered folders 1..6; its timetable has six columns (CLKARCHIVE_CORPUS)."""
    from selenium.webdriver.common.by import By

    browser.get(corpus_years_url + "/schedule/2025")
    forums = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".forumcol h2")]
    numbers = [int(f.split()[0]) for f in forums]  # each heading starts with its folder's number
    assert numbers == sorted(numbers) and "主论坛" in forums[0] and "AI" in forums[-1], forums
    for size in (DESKTOP, PHONE):
        at_size(browser, size)
        try:
            assert browser.execute_script(BROKEN_WORDS, "main") == [], size
            assert fits_sideways(browser)
            shoot(f"schedule-2025-{size[0]}", width=size[0])
        finally:
            at_size(browser, (1280, 1000))
