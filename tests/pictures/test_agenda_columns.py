"""Forums side by side under their headings, from hand-made OCR boxes (round 14): a break band
centred in one column, its time and name both inside that column, is a break in every forum."""

from __future__ import annotations

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box


def _box(text: str, x: int, y: int, size: int = 30) -> Box:
    """As printed: a Chinese character a square, a Latin letter or digit half of one."""
    return Box(text, x, y, x + sum(size if ord(ch) > 0x2E80 else size // 2 for ch in text), y + size, 0.99)


def test_a_break_band_centred_in_one_column_breaks_every_forum_with_its_time():
    """Three forums of cards (time, title, name, company); '14:50-15:10 茶歇' printed once in a
    band whose text stands in the middle column. Before, the break's name went to the other
    columns without its time: no break there, and the name joined the card over it (on set 14's
    poster, as that card's second speaker); now each forum has the break at its time, and each
    card its one speaker."""
    forums = ["内存管理分论坛", "存储分论坛", "网络分论坛"]
    cards = {
        "13:30-14:10": ["页迁移策略的再思考", "分层内存的回收", "拥塞控制的插件化"],
        "14:10-14:50": ["大页的碎片治理", "零拷贝接收的设计", "云网关的性能剖析"],
        "15:10-15:50": ["回收路径的锁竞争", "多路径调度器调优", "非特权的安全边界"],
    }
    names = ["王立", "李可心", "张乐天", "刘子墨", "陈家豪", "杨明远", "赵一诺", "黄晓峰", "周嘉树"]
    drawn = [Box(name, 90 + 340 * k, 0, 330 + 340 * k, 36, 0.99) for k, name in enumerate(forums)]
    tops = {"13:30-14:10": 100, "14:10-14:50": 360, "15:10-15:50": 700}
    for n, (time, titles) in enumerate(cards.items()):
        for k, title in enumerate(titles):
            x, y = 60 + 340 * k, tops[time]
            drawn += [_box(time, x, y, 26), _box(title, x, y + 40), _box(names[3 * n + k], x, y + 100)]
            drawn += [_box("华为内核工程师", x, y + 140, 24)]
    drawn += [_box("14:50-15:10", 410, 620), _box("茶歇", 620, 620, 36)]
    read = agenda.parse("p.png", drawn).forums
    assert [f.name for f in read] == forums
    for k, forum in enumerate(read):
        assert [(s.kind, s.start) for s in forum.slots] == [
            ("talk", "13:30"),
            ("talk", "14:10"),
            ("break", "14:50"),
            ("talk", "15:10"),
        ]
        assert [s.speakers for s in forum.talks] == [(names[k],), (names[3 + k],), (names[6 + k],)]
