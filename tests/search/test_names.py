"""A speaker's name as the query: in pinyin, the talk of the person whose name it is, not a panel
whose guests hold its syllables in several names; and names the poster printed but read too
unsurely to show, which find the talk they name while it still shows no speakers. Real decks
synced into a real index; the agenda's reading is written as the pictures side writes it."""

import dataclasses

import pytest

from clkarchive import Archive, index
from clkarchive.config import load_config
from clkarchive.models import Talk
from clkarchive.sync import sync
from helpers import Upstream, make_pdf, write_config

DECK = "内存分论坛/6-基于BPF的OOM设计与实践.pdf"
OTHER = "内存分论坛/7-稀疏文件零页填充.pdf"
POSTER = "内存分论坛.webp"
WHY = (("speakers", "the names printed with it were not read surely"),)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("unsure")
    upstream = Upstream(root / "upstream")
    upstream.commit(
        {
            DECK: make_pdf("基于BPF的OOM设计与实践", "OOM 策略由 BPF 程序决定, 挑出要杀的 cgroup"),
            OTHER: make_pdf("稀疏文件零页填充", "读到文件的空洞时映射共享的零页"),
            POSTER: b"RIFF\x00\x00\x00\x00WEBPVP8 ",
        }
    )
    config = load_config(write_config(root / "config.toml", upstream.url))
    sync(config)
    store = index.Store(config.index_dir)
    try:
        deck = next(f for f in store.files() if f.talk.path == DECK)
        poster = next(f for f in store.files() if f.talk.path == POSTER)
        other = next(f for f in store.files() if f.talk.path == OTHER)
        sure_deck = dataclasses.replace(other.talk, start="17:00", speakers=("白铠豪",))
        unsure_deck = dataclasses.replace(
            deck.talk, start="16:30", end="17:00", withheld=WHY, unsure_speakers=("周傲易", "贺中坤")
        )
        listed = Talk(
            path=POSTER,
            kind="agenda",
            forum=poster.talk.forum,
            forum_en=poster.talk.forum_en,
            order=8,
            title="内存回收的公平性",
            note="no deck in the repository; from the agenda poster",
            start="17:30",
            withheld=WHY,
            unsure_speakers=("白铠豪",),
        )
        panel = dataclasses.replace(
            listed,
            title="圆桌：内核团队如何回馈上游",
            start="12:20",
            withheld=(),
            unsure_speakers=(),
            speakers=("孟庆华", "邵嘉伟", "程晓丽"),
        )
        ext4 = dataclasses.replace(
            listed,
            title="ext4 原子写支持的进展",
            start="14:45",
            withheld=(),
            unsure_speakers=(),
            speakers=("韦清",),
        )
        # a given name the index stems ("xiaoming" is "xiaom" there), and a panel holding both words
        xiaoming = dataclasses.replace(ext4, title="页缓存的回写节流", start="15:15", speakers=("王晓明",))
        both = dataclasses.replace(
            panel, title="圆桌：国产芯片上的内核适配", start="16:00", speakers=("王强", "李晓明", "王晓东")
        )
        lili = dataclasses.replace(ext4, title="内存规整的延迟抖动", start="16:30", speakers=("李丽",))
        li_and_li = dataclasses.replace(
            both, title="圆桌：调度器的下一个十年", start="17:00", speakers=("李强", "王丽")
        )
        with store.update() as update:  # what the agenda reading writes
            update.relabel("CLK2024", unsure_deck)
            update.relabel("CLK2024", sure_deck)
            update.set_agenda(
                "CLK2024",
                [
                    (listed, "内存回收的公平性 阿里云"),  # a name read unsurely is no page text
                    (panel, f"{panel.title} 孟庆华 邵嘉伟 程晓丽"),
                    (ext4, f"{ext4.title} 韦清 华为"),
                    (xiaoming, f"{xiaoming.title} 王晓明 华为"),
                    (both, f"{both.title} 王强 李晓明 王晓东"),
                    (lili, f"{lili.title} 李丽 华为"),
                    (li_and_li, f"{li_and_li.title} 李强 王丽"),
                ],
            )
    finally:
        store.close()
    with Archive(config) as opened:
        yield opened


@pytest.mark.parametrize(
    ("query", "path", "start"),
    [
        ("周傲易", DECK, "16:30"),
        ("Zhou Aoyi", DECK, "16:30"),
        ("He Zhongkun", DECK, "16:30"),
    ],
)
def test_a_name_read_unsurely_finds_its_talk(archive, query, path, start):
    first = archive.search(query).results[0]
    assert (first.path, first.start, first.speakers) == (path, start, [])


@pytest.mark.parametrize("query", ["白铠豪", "Bai Kaihao"])
def test_a_talk_the_name_surely_speaks_at_comes_before_one_it_was_read_unsurely_for(archive, query):
    found = [(t.path, t.start, t.speakers) for t in archive.search(query).results]
    assert found == [(OTHER, "17:00", ["白铠豪"]), (POSTER, "17:30", [])]


def test_the_talks_still_show_no_speakers_and_say_why(archive):
    shown = {t.path: t for t in archive.talks() if t.start}
    assert [(shown[p].speakers, shown[p].withheld) for p in (DECK, POSTER)] == [([], dict(WHY))] * 2
    assert archive.speakers("周傲易") == [] and archive.speaker("贺中坤") is None


@pytest.mark.parametrize("query", ["Wei Qing", "Qing Wei", "韦清"])
def test_a_name_in_pinyin_finds_that_persons_talk_before_a_panel_holding_its_syllables(archive, query):
    assert archive.search(query).results[0].speakers == ["韦清"]


@pytest.mark.parametrize(
    ("query", "name"), [("Wang Xiaoming", "王晓明"), ("Xiaoming Wang", "王晓明"), ("Li Li", "李丽")]
)
def test_a_name_the_index_stems_or_that_doubles_a_syllable_puts_its_speaker_first(archive, query, name):
    first, second, *_ = archive.search(query).results
    assert first.speakers == [name] and first.score > second.score  # above the panel, not tied
