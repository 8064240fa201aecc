"""Cards whose time is not where a list puts it, from hand-made OCR boxes (round 20): a time pill
between a card's title and its speaker, set nearer the title; a host's name under a bare 主持人
label; the programme's own heading over the first card; a start time printed large beside a
speaker's line over the title."""

from __future__ import annotations

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box

CARDS = [
    ("13:30-14:10", "页缓存回收路径的锁竞争分析", "廖志刚", "腾讯安全技术专家"),
    ("14:10-14:50", "用户态调度框架的落地实践", "邹雨萱", "字节跳动内核工程师"),
    ("14:50-15:30", "函数图追踪在生产环境中的开销治理", "莫思远", "美团基础架构工程师"),
    ("15:45-16:25", "内存分层与冷热页识别", "陶可", "中国科学院软件研究所工程师"),
]


def _pill_cards() -> list[Box]:
    """A forum poster 1080 px wide: a host card (a '主持人' chip, the name right of it and a line
    lower, the unit under the name), '— 议程 AGENDA —', then one card per talk: the title, the time
    in a pill 29 px under it, the speaker's name 48 px under the pill, the unit under the name, and
    120 px to the next card."""
    drawn = [
        Box("eBPF与内核追踪分论坛", 73, 154, 818, 218, 0.99),
        Box("主持人", 127, 582, 208, 618, 0.99),
        Box("宋佳音", 418, 608, 544, 657, 0.99),
        Box("字节跳动STE技术专家", 421, 672, 685, 700, 0.99),
        Box("—议程AGENDA-", 398, 809, 682, 846, 0.95),
    ]
    top = 946
    for time, title, name, unit in CARDS:
        drawn += [
            Box(title, 111, top, 111 + 36 * len(title), top + 36, 0.99),
            Box(time, 128, top + 65, 280, top + 93, 0.99),
            Box(name, 218, top + 141, 218 + 33 * len(name), top + 179, 0.99),
            Box(unit, 217, top + 185, 217 + 22 * len(unit), top + 218, 0.99),
        ]
        top += 340
    return drawn


def _talks(boxes: list[Box]) -> dict[str, agenda.AgendaTalk]:
    return {t.slot.start or "": t for t in agenda.reconcile([agenda.parse("p.png", boxes, 2030)])}


def test_a_pill_nearer_the_title_over_it_times_the_card_it_is_in():
    """The pill is nearer the title over it (29 px) than the name under it (48 px), as every
    time of the column is: read as times under their talks, each card's speaker went to the next
    card's time, shown as fact. The widest gap is the cards' edge, after the speaker."""
    talks = _talks(_pill_cards())
    for time, title, name, unit in CARDS:
        talk = talks[time.split("-")[0]]
        assert talk.slot.title == title
        assert talk.slot.speakers == (name,)
        assert talk.slot.affiliations == (unit,)


def test_a_hosts_name_under_a_bare_label_is_no_speaker():
    """'主持人' alone in its chip, the host's name on the line under it: read as the first card's
    head, the name was that talk's speaker."""
    talks = _talks(_pill_cards())
    assert all("宋佳音" not in t.slot.speakers for t in talks.values())
    assert talks["13:30"].slot.speakers == ("廖志刚",)


def test_the_programmes_heading_is_no_title():
    """'— 议程 AGENDA —' over the first card opened that talk's title."""
    assert _talks(_pill_cards())["13:30"].slot.title == "页缓存回收路径的锁竞争分析"


LARGE = [
    ("09:30", "蔺晓光·华为", "ext4大块支持与folio化"),
    ("10:00", "陈昊·字节跳动", "网络零拷贝接收的实现与收益"),
    ("10:30", "杨柳·百度", "用户态文件系统的性能拐点"),
    ("11:15", "胡晓东·中国移动", "数据集上的缓存策略"),
]


def _large_times() -> list[Box]:
    """A forum poster whose start times are printed in type twice the lines' size, left of each
    talk: the grey '嘉宾：name·company' line over the title, the time spanning both."""
    drawn = [
        Box("文件系统与I/O分论坛", 72, 160, 825, 243, 0.99),
        Box("主持人：邵建明华中科技大学教授", 70, 428, 565, 468, 0.99),
    ]
    top = 736
    for time, speaker, title in LARGE:
        drawn += [
            Box(f"嘉宾：{speaker}", 291, top, 291 + 27 * (len(speaker) + 3), top + 27, 0.99),
            Box(time, 71, top + 14, 242, top + 69, 0.99),
            Box(title, 291, top + 42, 291 + 35 * len(title), top + 81, 0.99),
        ]
        top += 165
    return drawn


def test_a_large_start_time_owns_the_speaker_line_over_its_title():
    """The speaker's line over the title, nearer the talk above than its own time's row: each talk
    was given the next talk's speaker. The time's box spans both lines; the labelled line before the
    title names the speaker."""
    talks = _talks(_large_times())
    for time, speaker, title in LARGE:
        name, unit = speaker.split("·")
        assert talks[time].slot.title == title
        assert talks[time].slot.speakers == (name,)
        assert talks[time].slot.affiliations == (unit,)
