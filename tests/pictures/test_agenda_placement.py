"""Times the geometry says are not a slot's are never shown as its time (issue 19: a time wrong
by a slot is worse than none). Boxes drawn as OCR returns them on three layouts: a calendar grid
with an hour axis, a time struck out and rewritten, cards in staggered rows."""

from __future__ import annotations

import pytest

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box


def _width(text: str, size: int) -> int:
    """As printed: a Chinese character a square, a Latin letter or digit half of one."""
    return sum(size if ord(ch) > 0x2E80 else size // 2 for ch in text)


def _box(text: str, x: int, y: int, size: int = 30) -> Box:
    return Box(text, x, y, x + _width(text, size), y + size, 0.99)


@pytest.mark.parametrize("missed", [None, "13:30", "14:30", "16:00"])
def test_a_calendars_axis_labels_are_no_talks_times(missed: str | None):
    """Half-hour labels down the left edge, each talk's block printing its own range: every
    talk takes the range printed in its block, never the label level with its title; also where
    OCR missed a label (the first, one inside, the last), which the ruler's step puts back."""
    drawn = [_box("存储分论坛", 200, 0, 40), _box("主持人：陆子豪", 200, 50)]
    hours = ["13:30", "14:00", "14:30", "15:00", "15:30", "16:00"]
    drawn += [_box(h, 40, 120 + 100 * k) for k, h in enumerate(hours) if h != missed]
    talks = [
        (0, "13:30 - 14:30", "io_uring与FUSE的结合", "卢俊豪 字节跳动"),
        (2, "14:30 - 15:00", "ext4大块分配的碎片治理", "黄静 华为"),
        (3, "15:00 - 16:00", "NVMe多路径故障切换优化", "田雨辰 浪潮信息"),
    ]
    for row, time, title, speaker in talks:
        top = 120 + 100 * row + 30
        drawn += [_box(time, 240, top, 24), _box(title, 240, top + 30), _box(speaker, 240, top + 70)]
    (forum,) = agenda.parse("grid.png", drawn).forums
    got = [(t.start, t.end, t.speakers, t.time_sure >= 0.9) for t in forum.talks]
    assert got == [
        ("13:30", "14:30", ("卢俊豪",), True),
        ("14:30", "15:00", ("黄静",), True),
        ("15:00", "16:00", ("田雨辰",), True),
    ]


def test_a_time_struck_out_and_rewritten_opens_its_slot_with_no_time():
    """'10:40 10:50-11:30' (10:40 struck out by hand, which OCR cannot see): the talk is its
    own, not the break's before it, and its time is withheld rather than guessed."""
    rows = [
        ("9:40-10:20", "cgroup CPU带宽控制的burst机制", "— 蔡雨萱（腾讯）"),
        ("10:20-10:50", "茶歇", None),
        ("10:40 10:50-11:30", "qspinlock在ARM64多核上的公平性", "— 石磊（飞腾信息技术）"),
        ("11:30-12:10", "PREEMPT_RT合入主线之后", "— 孟凡宇（麒麟软件）"),
    ]
    drawn = [_box("调度与锁分论坛", 100, 0, 40)]
    for k, (time, title, speaker) in enumerate(rows):
        top = 100 + 110 * k
        drawn += [_box(time, 60, top), _box(title, 400, top)]
        if speaker:
            drawn.append(_box(speaker, 440, top + 45, 26))
    (forum,) = agenda.parse("board.png", drawn).forums
    assert [(t.start, t.title, t.speakers) for t in forum.talks] == [
        ("09:40", "cgroup CPU带宽控制的burst机制", ("蔡雨萱",)),
        (None, "qspinlock在ARM64多核上的公平性", ("石磊",)),
        ("11:30", "PREEMPT_RT合入主线之后", ("孟凡宇",)),
    ]


def test_a_card_holding_its_right_neighbours_title_is_withheld():
    """Round cards in rows that do not line up: a card's column is cut where its neighbour's
    title begins, so a card's block holds the title of the card right of it, printed level
    with its own; no card is given its neighbour's title with its own time and speaker."""
    drawn = [_box("eBPF分论坛", 70, 0, 40), _box("主持人 贺子轩", 1100, 60)]
    cards = [  # (centre x, top of its time, time, title's two lines, speaker, affiliation)
        (250, 400, "13:30-14:00", ("BPF arena在eBPF中", "共享内存"), "吴俊杰", "字节跳动"),
        (720, 360, "14:00-14:30", ("sched_ext调度器的BPF", "编程实践"), "杨思远", "Meta"),
        (1190, 400, "14:30-15:00", ("用eBPF观测TCP重传", "与延迟"), "唐小雨", "网易"),
        (240, 890, "15:00-15:20", ("茶歇",), None, None),
        (641, 850, "15:20-15:50", ("BPF token与非特权加载", "的安全边界"), "范志强", "华为"),
        (1140, 820, "15:50-16:20", ("bpftrace在生产故障排查", "中的十个案例"), "曾晓梅", "美团"),
        (250, 1340, "16:20-16:50", ("XDP负载均衡器的性", "能调优"), "潘海峰", "快手"),
        (720, 1310, "16:50-17:20", ("eBPF验证器的状态剪", "枝优化"), "董雅琪", "北京大学"),
        (1190, 1340, "17:20-17:50", ("kfunc接口的稳定性讨论",), "蒋国栋", "龙蜥社区"),
    ]
    for centre, top, time, title, speaker, firm in cards:
        texts = [(time, top), *((line, top + 60 + 38 * k) for k, line in enumerate(title))]
        texts += [(speaker, top + 200), (firm, top + 240)] if speaker and firm else []
        for text, y in texts:
            width = _width(text, 30)
            drawn.append(Box(text, centre - width // 2, y, centre + width // 2, y + 32, 0.99))
    talks = agenda.reconcile([agenda.parse("bubbles.png", drawn)])
    assert talks
    for talk in talks:
        if talk.slot.start is not None:
            card = next(c for c in cards if c[2].startswith(talk.slot.start))
            assert talk.slot.title == "".join(card[3])
            assert talk.slot.speakers == ((card[4],) if card[4] else ())
