"""Take the README's screenshots of a real, synced archive.

Serves the archive of --config with the real `clkarchive serve` (in a process of its own, on a free
port) and walks it the way a user would, in Debian's headless chromium driven by Selenium (as
tests/system/test_browser.py does): the home page, results for an English and a Chinese query, the
first result's talk page (speakers, related talks), its first slide in the viewer, a speaker's page,
the schedule, and on a phone's screen the schedule and a results page. The pictures are only as
real as the archive: sync the conference first (with OCR, so that the posters' speakers and times
are there).

    python docs/screenshots.py --config ~/.config/clkarchive/config.toml --out docs/screenshots

Needs selenium (the `test` extra), chromium and chromium-driver (apt-get install chromium
chromium-driver fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
DESKTOP, PHONE = (1366, 900), (390, 844)
TALLEST = 2400  # a page longer than this is cut: a README picture, not a scroll


@contextmanager
def serving(config: Path) -> Iterator[str]:
    """`clkarchive serve` on a free port for as long as the block runs; its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "clkarchive", "--config", str(config), "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    url = process.stdout.readline().strip()
    if not url.startswith("http://"):
        process.kill()
        sys.exit(f"screenshots: clkarchive serve did not start: {process.stderr.read().strip()}")
    try:
        yield url.rstrip("/")
    finally:
        process.send_signal(2)
        process.communicate(timeout=30)


@contextmanager
def chromium() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--lang=en-US"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()


class Camera:
    """Screenshots of whatever page the browser is on, at a desktop's or a phone's width."""

    def __init__(self, browser: Any, out: Path) -> None:
        self.browser = browser
        self.out = out
        out.mkdir(parents=True, exist_ok=True)

    def size(self, size: tuple[int, int]) -> None:
        """The viewport (not the window) at this size, so that a phone's width is a phone's."""
        self.browser.set_window_size(*size)
        inner = self.browser.execute_script("return [window.innerWidth, window.innerHeight]")
        self.browser.set_window_size(2 * size[0] - inner[0], 2 * size[1] - inner[1])

    def go(self, url: str) -> None:
        self.browser.get(url)
        self.settle()

    def settle(self) -> None:
        """Every picture loaded (the slides are drawn on first request, which takes a while)."""
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(self.browser, 300).until(
            lambda d: d.execute_script("return [...document.images].every(i => i.complete)")
        )

    def shoot(self, name: str, size: tuple[int, int], whole: bool = True) -> Path:
        """NAME.png at this size: the whole page (up to TALLEST pixels) or only its first screen."""
        self.size(size)
        self.settle()
        if whole:
            height = self.browser.execute_script("return document.documentElement.scrollHeight")
            self.size((size[0], min(max(height, size[1]), TALLEST)))
            self.settle()
        path = self.out / f"{name}.png"
        self.browser.save_screenshot(str(path))
        self.size(size)
        print(path)
        return path

    def click(self, css: str) -> None:
        from selenium.webdriver.common.by import By

        self.browser.find_element(By.CSS_SELECTOR, css).click()
        self.settle()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, required=True, help="the synced archive's config")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "screenshots")
    parser.add_argument("--english", default="large folios", help="the English query")
    parser.add_argument("--chinese", default="内存压缩", help="the Chinese query")
    parser.add_argument("--year", default="2024", help="the year of the schedule shown")
    args = parser.parse_args()
    if not (CHROMIUM.exists() and DRIVER.exists()):
        sys.exit("screenshots: needs chromium and chromium-driver (apt-get install chromium chromium-driver)")

    with serving(args.config.expanduser().resolve()) as base, chromium() as browser:
        camera = Camera(browser, args.out)
        camera.size(DESKTOP)
        camera.go(f"{base}/")
        camera.shoot("home", DESKTOP, whole=False)
        camera.go(f"{base}/search?q={quote(args.english)}")
        camera.shoot("results", DESKTOP, whole=False)
        camera.size(PHONE)
        camera.go(f"{base}/search?q={quote(args.english)}")
        camera.shoot("results-phone", PHONE)
        camera.size(DESKTOP)
        camera.go(f"{base}/search?q={quote(args.chinese)}")
        camera.shoot("results-zh", DESKTOP)
        camera.go(f"{base}/search?q={quote(args.english)}")
        camera.click(".results h2 a")  # the first result's talk page
        camera.shoot("talk", DESKTOP)
        camera.click("a.speaker")  # its first speaker
        camera.shoot("speaker", DESKTOP)
        camera.go(f"{base}/search?q={quote(args.english)}")
        camera.click(".results .pages li a")  # the first result's best page, in the viewer
        camera.shoot("slide", DESKTOP, whole=False)
        camera.go(f"{base}/schedule/{args.year}")
        camera.shoot("schedule", DESKTOP)
        camera.size(PHONE)
        camera.go(f"{base}/schedule/{args.year}")
        camera.shoot("schedule-phone", PHONE)


if __name__ == "__main__":
    main()
