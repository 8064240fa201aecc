"""A talk of three speakers, each with a biography, a name plate and a photo captioned with the
company (the CLK2024 speaker pages' design), from hand-made OCR boxes (round 21)."""

from __future__ import annotations

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box

SPEAKERS = [
    ("刘　洋", "华为", "内核专家"),
    ("孟晓东", "阿里云", "高级技术专家"),
    ("谭　静", "腾讯", "内核研发工程师"),
]


def _card() -> list[Box]:
    """Forum heading, the time, the title on two lines, then per speaker: a two-line biography
    (left, small type), the name on its plate (left, the title's size: a padded two-character name
    is read as wider per character than a three-character one) and the photo's caption 'company
    job' centred at the right, a line under the plate."""
    drawn = [
        Box("主论坛", 99, 2700, 300, 2760, 0.99),
        Box("10:35-11:25", 106, 2962, 353, 2999, 0.99),
        Box("openEuler、OpenAnolis与 OpenCloudOS:", 99, 3055, 928, 3100, 0.99),
        Box("社区内核的协同维护", 109, 3115, 464, 3152, 0.99),
    ]
    top = 3186
    for name, firm, job in SPEAKERS:
        drawn += [
            Box("社区内核维护者之一，从事云服务器内核开发与维护", 99, top, 636, top + 29, 0.99),
            Box("工作，推动社区内核与上游主线保持同步。", 99, top + 38, 560, top + 67, 0.99),
        ]
        width = 129 if "　" in name else 122
        left = 870 - (33 * len(firm) + 20 + 24 * len(job)) / 2  # the caption centred under the photo
        drawn += [
            Box(name.replace("　", ""), 136, top + 150, 136 + width, top + 198, 0.99),
            Box(firm, left, top + 212, left + 33 * len(firm), top + 241, 0.99),
            Box(
                job,
                left + 33 * len(firm) + 20,
                top + 212,
                left + 33 * len(firm) + 20 + 24 * len(job),
                top + 241,
                0.99,
            ),
        ]
        top += 340
    drawn += [Box("11:25-12:05", 106, top + 100, 355, top + 140, 0.99)]
    drawn += [Box("大模型推理时代的内核：内存带宽与调度的瓶颈", 100, top + 195, 945, top + 236, 0.99)]
    return drawn


def test_a_plates_name_set_as_the_framed_ones_is_a_speaker_too():
    """The padded names read as framed (larger than the title per character), the three-character
    one not: dropped into the biography, the talk was shown with two of its three speakers."""
    (talk,) = [t for t in agenda.reconcile([agenda.parse("p.jpg", _card(), 2034)]) if t.slot.start == "10:35"]
    assert talk.slot.speakers == ("刘洋", "孟晓东", "谭静")
