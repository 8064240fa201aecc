import subprocess
import sys

import pytest

from clkarchive.sync.extract import extract_all, normalize, pdf_pages
from helpers import make_pdf


def test_normalize_joins_chinese_split_by_spaces_and_line_breaks():
    assert normalize("内存 压\n缩") == "内存压缩"


def test_normalize_joins_hyphenated_line_breaks_and_keeps_other_lines():
    assert normalize("first-\nlevel page\ntables") == "first-level page\ntables"


def test_normalize_applies_nfkc_and_drops_cid_debris():
    assert normalize("ＤＭＡ（cid:12)(cid:345) ｂｕｆ") == "DMA buf"


def test_pages_are_extracted_in_order_with_chinese_and_english():
    pages = pdf_pages(make_pdf("第一页 内存压缩", "second page PASID"))
    assert len(pages) == 2
    assert "内存压缩" in pages[0]
    assert "PASID" in pages[1]


@pytest.mark.slow  # forks extraction workers
def test_broken_files_fail_with_a_reason_and_do_not_stop_the_rest():
    good = make_pdf("fine")
    jobs = [
        ("empty.pdf", b""),
        ("not.pdf", b"hello, I am text"),
        ("truncated.pdf", good[: len(good) // 3]),
        ("locked.pdf", make_pdf("secret", password="s3cret")),
        ("good.pdf", good),
    ]
    data = dict(jobs)
    results = {r.key: r for r in extract_all(list(data), data.__getitem__, workers=2, timeout=30)}
    assert results["good.pdf"].pages == ("fine",)
    assert results["locked.pdf"].error == "encrypted"
    for key in ("empty.pdf", "not.pdf", "truncated.pdf"):
        assert results[key].error, key
        assert not results[key].pages


@pytest.mark.slow  # forks extraction workers
def test_time_limit_stops_a_slow_file():
    # A page count big enough that extraction cannot finish in 0.2 s on any machine.
    big = make_pdf(*["lots of text on this page " * 20] * 400)
    (result,) = extract_all(["big.pdf"], {"big.pdf": big}.__getitem__, workers=1, timeout=0.2)
    assert result.error == "took longer than 0.2 s"


SWALLOWING_READER = """
from clkarchive.sync import extract

def swallows_everything(data):
    # Like pdfminer's parser, which has `except Exception:` in its hot loops.
    while True:
        try:
            sum(range(1000))
        except Exception:
            pass

extract.READERS[".pdf"] = swallows_everything  # the workers are forked: they see it
(result,) = extract.extract_all(["loop.pdf"], {"loop.pdf": b"%PDF"}.__getitem__, workers=1, timeout=0.3)
print(result.error)
"""


@pytest.mark.slow  # forks extraction workers
def test_time_limit_is_not_swallowed_by_a_reader_catching_exception():
    # In a subprocess with a deadline: were the alarm swallowed, this would hang, not fail.
    done = subprocess.run(
        [sys.executable, "-c", SWALLOWING_READER], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "took longer than 0.3 s", done.stderr


BLOCKING_READER = """
import signal
from clkarchive.sync import extract

def deaf_to_alarms(data):
    # Stuck where no Python signal handler runs (deep in C code, say).
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    while True:
        pass

extract.READERS[".pdf"] = lambda data: deaf_to_alarms(data) if data == b"stuck" else ("fine",)
extract.KILL_GRACE = 0.5
decks = {"stuck.pdf": b"stuck", "fine.pdf": b"fine"}
for r in extract.extract_all(list(decks), decks.__getitem__, workers=2, timeout=0.3):
    print(r.key, r.error or r.pages)
"""


@pytest.mark.slow  # forks extraction workers
def test_a_process_deaf_to_its_alarm_is_killed_and_the_others_finish():
    done = subprocess.run([sys.executable, "-c", BLOCKING_READER], capture_output=True, text=True, timeout=60)
    assert sorted(done.stdout.splitlines()) == [
        "fine.pdf ('fine',)",
        "stuck.pdf took longer than 0.3 s (killed)",
    ]
