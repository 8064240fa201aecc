"""What a poster prints beside a talk's lines that is none of them, from hand-made OCR boxes
(round 23): a QR code's caption under the programme, longer than the short lines of a sponsors'
section; a speaker's last character read again at the head of the company's box; a badge after
a speaker's name."""

from __future__ import annotations

import pytest

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box


def _lines(rows: list[tuple[str, int, int, int]]) -> list[Box]:
    """A poster of one forum: its heading, then each (text, left, top, type size) as one box."""
    drawn = [Box("存储分论坛", 100, 0, 400, 60, 0.99)]
    return drawn + [Box(text, x, top, x + size * len(text), top + size, 0.99) for text, x, top, size in rows]


def test_a_qr_codes_caption_under_the_last_talk_ends_the_programme():
    """'扫码查看完整议程与嘉宾介绍' under the last talk, in its title's type and set apart as the
    next talk would be: a caption, neither the last talk's biography nor a second talk of its time
    (which made that time unsure)."""
    rows = [("14:10-14:50", 100, 120, 30), ("F2FS在车载存储上的寿命优化", 300, 120, 30)]
    rows += [("熊思雨 (理想汽车)", 300, 160, 26)]
    rows += [("15:10-15:50", 100, 220, 30), ("bcachefs的现状与未来", 300, 220, 30)]
    rows += [("武晓光 (SUSE)", 300, 260, 26), ("扫码查看完整议程与嘉宾介绍", 300, 350, 32)]
    talks = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert [(t.slot.start, t.slot.title, t.slot.speakers, t.slot.biography) for t in talks] == [
        ("14:10", "F2FS在车载存储上的寿命优化", ("熊思雨",), ""),
        ("15:10", "bcachefs的现状与未来", ("武晓光",), ""),
    ]
    assert not any(t.withheld for t in talks)


def test_a_sponsors_band_between_morning_and_afternoon_ends_nothing():
    """Set 46: the sponsors' tiers ("金牌赞助") printed between the morning's lunch and the
    afternoon's forums were taken for the sponsors' section that ends a programme, and the
    whole afternoon went unread. Only a section under the last time ends it."""
    rows = [("11:00-11:45", 100, 120, 30), ("在离线混部场景下的CPU与内存带宽隔离", 300, 120, 30)]
    rows += [("何俊 (字节跳动)", 300, 160, 26), ("11:45-13:30", 100, 220, 30), ("午餐", 300, 220, 30)]
    rows += [("金牌赞助", 400, 320, 30), ("腾讯云", 300, 380, 36), ("英特尔", 520, 380, 36)]
    rows += [("13:30-14:10", 100, 520, 30), ("EEVDF调度器在数据库负载下的尾延迟优化", 300, 520, 30)]
    rows += [("陈磊 (华为)", 300, 560, 26)]
    talks = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert [(t.slot.start, t.slot.speakers) for t in talks if t.slot.kind == "talk"] == [
        ("11:00", ("何俊",)),
        ("13:30", ("陈磊",)),
    ]


@pytest.mark.parametrize(("left", "speakers"), [(395, ("韩梦琪",)), (440, ())])
def test_a_names_last_character_read_again_at_the_head_of_its_company(left, speakers):
    """'韩梦琪' then '其京东云', whose box reaches into the name's: 其 (the right half of 琪) is the
    name's last character read twice, and 京东云 the company. Where that character stands clear of
    the name's box, it is printed there: the line is no sure speaker's (left as before)."""
    drawn = [Box("虚拟化分论坛", 100, 0, 400, 46, 0.99), Box("14:10-14:50", 94, 100, 252, 127, 0.99)]
    drawn += [Box("vhost-user与VDUSE的性能对比", 319, 96, 820, 129, 0.99)]
    drawn += [Box("韩梦琪", 317, 152, 413, 188, 0.99), Box("其京东云", left, 154, left + 114, 188, 0.99)]
    drawn += [Box("虚拟化工程师", 426, 194, 569, 224, 0.99)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", drawn)])
    assert talk.slot.speakers == speakers
    assert talk.slot.affiliations == (("京东云虚拟化工程师",) if speakers else ())


def test_a_company_box_reaching_into_the_name_keeps_its_first_character():
    """'孙晓峰' then '字节跳动' from inside the name's box: the company opens the box, nothing is
    read twice."""
    drawn = [Box("虚拟化分论坛", 100, 0, 400, 46, 0.99), Box("10:50-11:30", 94, 100, 252, 127, 0.99)]
    drawn += [Box("LoongArch内核生态建设进展", 318, 96, 764, 129, 0.99)]
    drawn += [Box("孙晓峰", 316, 152, 413, 188, 0.99), Box("字节跳动", 395, 154, 534, 188, 0.99)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", drawn)])
    assert (talk.slot.speakers, talk.slot.affiliations) == (("孙晓峰",), ("字节跳动",))


@pytest.mark.parametrize(
    ("beside", "speakers", "affiliations"),
    [("星衍分享", ("龚思远",), ("星衍科技|高级工程师",)), ("萧子涵", (), ())],
)
def test_a_badge_beside_a_speakers_name_is_no_affiliation(beside, speakers, affiliations):
    """'分享嘉宾：龚思远' with a pill '星衍分享' after the name, over '星衍科技｜高级工程师': the
    pill is a tag, the line under the affiliation. A second name there ('萧子涵', a surname no
    list knows) is no tag: the talk is never shown with the first name alone."""
    drawn = [Box("安全分论坛", 100, 0, 400, 46, 0.99), Box("15:50~16:30", 60, 100, 241, 130, 0.99)]
    drawn += [Box("用Rust编写NVMe驱动的经验与教训", 329, 100, 868, 130, 0.99)]
    drawn += [Box(beside, 554, 151, 554 + 22 * len(beside), 186, 0.99)]
    drawn += [Box("分享嘉宾：龚思远", 326, 154, 530, 184, 0.99)]
    drawn += [Box("星衍科技｜高级工程师", 327, 199, 568, 226, 0.99)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", drawn)])
    assert (talk.slot.speakers, talk.slot.affiliations) == (speakers, affiliations)
