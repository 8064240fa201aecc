"""Did you mean: a word that matches nothing is corrected to a word the slides write, shown as they
write it. One real archive (git upstream, real PDFs, a real sync and Whoosh index) is shared by the
module; every check is a read-only search."""

from __future__ import annotations

import pytest

from clkarchive import Archive
from helpers import make_pdf, synced

LOCKS = "分论坛1（内存管理）/1  mmap_lock contention——张三.pdf"
CRYPTO = "分论坛2（虚拟化）/2  Virtio Crypto Akcipher——李四.pdf"
RISCV = "分论坛3（体系结构）/3  RISCV-64K——王五.pdf"
FAULTS = "分论坛1（内存管理）/4  Page fault handling——赵六.pdf"
TIERS = "分论坛3（体系结构）/5  CXL memory tiering——钱七.pdf"
CPUS = "分论坛4（调度）/6  Isolated cpus——孙八.pdf"
DECKS: dict[str, bytes | None] = {
    LOCKS: make_pdf(
        "mmap_lock contention",
        "lock contention in the page fault path",
        "per-VMA lock: less contention",
        "content of the folia table",  # content: the stem of contention, and a rare word, folia
    ),
    CRYPTO: make_pdf(
        "Virtio Crypto akcipher",
        "akcipher requests: RSA and ECDSA",
        "Inline data: the inline path",
        "vault encryption keys",
    ),
    RISCV: make_pdf("RISCV-64K pages", "Svnapot extension: NAPOT PTEs", "Svnapot for 64K mappings"),
    FAULTS: make_pdf("Page fault handling", "fault around", "fault latency at the conference"),
    TIERS: make_pdf("CXL memory tiering", "the hardware cache of a CXL device"),
    CPUS: make_pdf("Isolated cpus", "what can cause jitter", "the root cause", "cause and effect"),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory):
    with Archive(synced(tmp_path_factory.mktemp("corrections"), DECKS)) as a:
        yield a


def test_a_single_word_typo_is_corrected_to_the_word_the_slides_write(archive):
    """Two letters swapped in a one-word query: akcipher, not its stem akciph and not nothing."""
    result = archive.search("akcipehr")
    assert result.corrected == "akcipher"
    assert [t.path for t in result.results] == [CRYPTO]


def test_a_transposition_is_one_slip(archive):
    """contnetion is one swap from contention, the slides' word; its stem's neighbour, content, is
    no correction."""
    result = archive.search("lock contnetion")
    assert result.corrected == "lock contention"
    assert result.results[0].path == LOCKS and result.complete


def test_a_dropped_letter_is_one_slip(archive):
    result = archive.search("inlne")
    assert result.corrected == "inline" and result.results[0].path == CRYPTO
    assert archive.search("lock contetion").corrected == "lock contention"


def test_the_correction_is_shown_as_the_slides_write_it(archive):
    """Svnapot as the slides write it, capital and all; inline as they write it inside a line, though a
    line starts with Inline (and not its stem, inlin)."""
    assert archive.search("Svnapto extension").corrected == "Svnapot extension"
    assert archive.search("svnapto").corrected == "Svnapot"
    assert archive.search("Inlnie").corrected == "inline"


def test_a_word_the_index_holds_is_kept_beside_a_corrected_one(archive):
    """folia is one edit from the more frequent folio-less words around it, but the slides write it."""
    result = archive.search("folia contnetion")
    assert result.corrected == "folia contention"
    assert archive.search("folia").corrected is None


def test_among_equally_near_words_the_one_found_with_the_other_words_wins(archive):
    """bault is one edit from fault (written on three pages) and vault (one): alone it means the more
    frequent word; beside encryption, the word a talk says with it."""
    assert archive.search("bault").corrected == "fault"
    together = archive.search("bault encryption")
    assert together.corrected == "vault encryption" and together.complete


def test_a_real_word_the_slides_do_not_write_is_no_typo(archive):
    """coherence is two edits from conference, which one talk writes; but it is an English word (in
    CC-CEDICT's glosses), and no talk says conference with hardware and cache: the query is searched
    as typed, the CXL deck its closest match. Alone, a real word is never changed into another."""
    result = archive.search("hardware cache coherence")
    assert result.corrected is None and not result.complete
    assert result.results[0].path == TIERS
    assert archive.search("coherence").corrected is None


def test_a_real_word_is_corrected_when_the_correction_makes_the_query_whole(archive):
    """tiring is an English word too, but tiering is one letter away and a talk says it with memory."""
    result = archive.search("memory tiring")
    assert result.corrected == "memory tiering" and result.complete
    assert result.results[0].path == TIERS


def test_a_word_the_slides_write_beats_a_form_they_do_not(archive):
    """cgus is one edit from cpus, which a slide writes, and from caus, which none does: cause cut
    short, as its stem reads, and written on more pages. A form the slides do not write is the
    user's word only when no word they write is as near."""
    assert archive.search("cgus").corrected == "cpus"
    assert archive.search("isolated cgus").corrected == "isolated cpus"


def test_a_slip_at_the_first_letter_is_one_slip(archive):
    """The nearest words are looked for among those starting with the typed word's first letter, and
    the few edits at the first letter are looked up: a first letter dropped, swapped with the next,
    or one put before it, is still one slip."""
    assert archive.search("kcipher").corrected == "akcipher"
    assert archive.search("vsnapot").corrected == "Svnapot"
    assert archive.search("xinline").corrected == "inline"
    assert archive.search("lock ocntention").corrected == "lock contention"
