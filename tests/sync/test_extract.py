from clkarchive.sync.extract import normalize, pdf_pages
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
