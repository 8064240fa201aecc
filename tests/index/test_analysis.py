import pickle

from clkarchive.index.analysis import MixedAnalyzer, located

ANALYZER = MixedAnalyzer()


def index_tokens(text: str) -> list[tuple[str, int]]:
    return [(t.text, t.pos) for t in ANALYZER(text, positions=True)]


def query_tokens(text: str) -> list[str]:
    return [t.text for t in ANALYZER(text, mode="query")]


def test_chinese_is_cut_into_overlapping_bigrams_for_queries():
    assert query_tokens("内存压缩") == ["内存", "存压", "压缩"]


def test_indexed_chinese_keeps_bigrams_and_single_characters_at_consecutive_positions():
    tokens = index_tokens("无锁池")
    assert tokens == [("无", 0), ("无锁", 0), ("锁", 1), ("锁池", 1), ("池", 2)]


def test_single_chinese_character_query_is_kept():
    assert query_tokens("锁") == ["锁"]


def test_latin_is_case_folded_and_stemmed():
    assert query_tokens("Large Folios") == ["larg", "folio"]
    assert query_tokens("folio") == query_tokens("folios")


def test_compounds_are_indexed_whole_and_by_parts_at_one_position():
    tokens = index_tokens("dma-buf heap")
    assert ("dma", 0) in tokens and ("buf", 0) in tokens and ("dmabuf", 0) in tokens
    assert ("heap", 1) in tokens
    assert query_tokens("dma-buf") == ["dmabuf"]
    assert query_tokens("RISC-V") == query_tokens("riscv")
    assert query_tokens("cpufreq_ext") == ["cpufreqext"]
    assert {"struct", "op", "structop"} <= {t for t, _ in index_tokens("struct_ops")}


def test_mixed_script_runs_are_split():
    assert query_tokens("RISC-V架构") == ["riscv", "架构"]


def test_character_offsets_point_into_the_text():
    text = "PASID 宋恺睿"
    for t in ANALYZER(text, chars=True, mode="index"):
        if t.text in ("pasid", "宋恺"):
            assert text[t.startchar : t.endchar].lower() == t.text


def test_analyzer_survives_pickling_as_whoosh_stores_it():
    assert pickle.loads(pickle.dumps(ANALYZER)) == ANALYZER


def test_only_the_wanted_tokens_come_at_the_positions_the_full_pass_gives():
    """Snippets ask for a few tokens of a page; they must sit where the index put them."""
    text = "锁池 dma-buf heap 内存压缩内存 a×b Dm-verity-FEC 内存 io_uring 锁"
    every = list(located(text))
    for wanted in ({"内存"}, {"锁", "压缩"}, {"dma", "dmabuf", "heap"}, {"veriti", "fec", "a×b"}, {"存"}):
        assert sorted(located(text, only=wanted)) == sorted(t for t in every if t[1] in wanted)
    assert [t for t in every if t[1] == "内存"] == [
        (4, "内存", 16, 18),
        (8, "内存", 20, 22),
        (12, "内存", 41, 43),
    ]


def test_letters_spaced_out_are_also_the_word_they_spell():
    """At the first letter's position, beside the letters; a row of digits or two letters is no word."""
    tokens = [(pos, text) for pos, text, _, _ in located("内存 k s w a p d 耗时")]
    assert (2, "kswapd") in tokens and (2, "k") in tokens and (7, "d") in tokens
    assert "memori" in {t for _, t, _, _ in located("M e m o r y  Management")}
    assert [t for _, t, _, _ in located("0 1 2 3")] == ["0", "1", "2", "3"]
    assert [t for _, t, _, _ in located("a b")] == ["a", "b"]
    assert [t for _, t, _, _ in located("k s w a p d", query=True)] == list("kswapd")
