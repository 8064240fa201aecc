"""What OCR reads of the marks around a speaker's name, from hand-made OCR boxes (round 13): a
Latin name in a table of Chinese ones."""

from __future__ import annotations

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box


def test_a_latin_name_in_a_table_of_chinese_names_is_read():
    """时间 | 主题 | 演讲人 | 单位, one Latin name among the Chinese ones: by its width its type reads
    smaller than theirs, yet no large name stands over it, so the column stacks no affiliations
    under names; the name is its row's speaker."""
    cells = [
        ("09:00-09:40", "发行版回归测试中的分工", "禹清和", "龙芯中科内核工程师"),
        ("09:40-10:20", "数据竞争检测的补丁闭环", "戚远帆", "SUSE软件工程师"),
        ("10:20-11:00", "内核模块的测试框架集成", "Marco Bellini", "Canonical Kernel Engineer"),
    ]
    drawn = [Box("内核测试与质量保障分论坛", 67, 0, 923, 70, 0.99)]
    drawn += [
        Box(t, x, 100, x + 36 * len(t), 142, 0.99) for t, x in [("时间", 77), ("主题", 357), ("演讲人", 967)]
    ]
    drawn.append(Box("单位", 1207, 100, 1279, 142, 0.99))
    for k, (time, title, name, firm) in enumerate(cells):
        top = 215 + 130 * k
        drawn.append(Box(time, 79, top, 259, top + 30, 0.99))
        drawn.append(Box(title, 360, top, 360 + 31 * len(title), top + 32, 0.99))
        width = 173 if name.isascii() else 91
        drawn.append(Box(name, 967, top - 2, 967 + width, top + 35, 0.99))
        drawn.append(Box(firm, 1209, top, 1209 + (280 if firm.isascii() else 25 * len(firm)), top + 31, 0.99))
    read = {t.slot.start: t.slot for t in agenda.reconcile([agenda.parse("p.png", drawn)])}
    assert read["10:20"].speakers == ("Marco Bellini",)
    assert read["10:20"].affiliations == ("Canonical Kernel Engineer",)
    assert read["09:00"].speakers == ("禹清和",)
