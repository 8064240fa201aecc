from clkarchive import Archive
from clkarchive.sync.extract import normalize, pdf_pages
from helpers import make_pdf, make_pptx, synced


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


def test_one_decks_bytes_under_a_powerpoint_name_and_a_pdf_name_are_read_as_what_they_are(tmp_path):
    """CLK2022 keeps "ublk-clk2022-….pptx" beside "clk2022_ublk.pptx.pdf"; where the two hold the
    same bytes, the blob is read once, and the name it was read under said PDF: both files
    failed as "not a readable PDF". Read by what the bytes are, both have the deck's text."""
    names = ("ublk-clk2022.pptx", "clk2022_ublk.pptx.pdf")
    deck = make_pptx("ublk userspace block device", "io_uring passthrough")
    config = synced(tmp_path, dict.fromkeys(names, deck))
    assert {t.path: t.note for t in Archive(config).talks()} == dict.fromkeys(names, "")
    found = {r.path for r in Archive(config).search("passthrough").results}
    assert found == set(names)
