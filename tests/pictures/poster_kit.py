"""The parts synthetic posters are made of: Noto CJK type on a Pillow sheet, and what talks say.

Titles, names (two and three characters, double surnames) and affiliations
(companies, universities, labs, each with a role that fits) are drawn from a
seeded generator by posters.py, which lays them out.
"""

from __future__ import annotations

import functools
import io
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from clkarchive.pictures.agenda.records import Slot

FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")
SC = 2  # the Simplified Chinese face inside Noto's .ttc collections

# Titles as kernel conferences print them: Chinese, English, mixed, with full-width punctuation.
TITLES = (
    "基于eBPF的内核热补丁安全验证",
    "面向数据中心的内存分层与冷页迁移实践",
    "Scaling the page allocator on large NUMA machines",
    "io_uring在高性能存储服务中的应用",
    "RISC-V架构下的虚拟化中断直通方案",
    "大页内存：从THP到mTHP的演进",
    "Rust for Linux驱动开发实践",
    "调度器的能效优化与EAS改进",
    "Reducing lock contention in the VFS layer",
    "容器场景下的cgroup内存隔离增强",
    "EROFS镜像按需加载的设计与实现",
    "KVM热迁移的脏页跟踪优化",
    "A new approach to kernel memory tracing",
    "内核模糊测试在驱动漏洞发现中的应用",
    "基于CXL的内存池化方案与性能评估",
    "Btrfs在移动设备上的空间回收优化",
    "实时内核PREEMPT_RT的落地经验",
    "页缓存回收策略的再思考",
    "Live patching for the arm64 kernel",
    "网络协议栈的零拷贝发送优化",
    "操作系统内核中的形式化验证探索",
    "LoongArch平台的内核性能调优",
    "文件系统崩溃一致性的自动化测试",
    "Improving swap performance with zswap",
    "内核锁的自适应自旋优化",
    "虚拟机内存超分的透明压缩方案",
    "基于sched_ext的可编程调度实践",
    "Folio conversion in the filesystem layer",
    "龙芯平台上的KVM性能改进",
    "内核代码静态分析工具链建设",
)
PANELS = (
    "圆桌讨论：国产操作系统内核的机遇与挑战",
    "圆桌讨论：开源社区如何培养下一代内核开发者",
)
# Names: two characters, three, and double surnames (欧阳, 司马, 上官).
NAMES = (
    "王磊", "李娜", "刘洋", "张伟", "陈晨", "杨帆", "陈晓东", "赵思远", "孙嘉豪", "周婷婷", "吴俊杰",
    "郑海涛", "黄文博", "林雨桐", "徐明辉", "马志强", "胡晓峰", "何嘉琪", "高建国", "罗文静",
    "欧阳子健", "司马晴", "上官文静", "梁振宇", "宋佳怡", "谢宏伟", "韩雪", "冯立新", "曹宇航", "彭博",
)  # fmt: skip
ORGANISATIONS = (
    "华为OS内核实验室", "阿里云操作系统团队", "字节跳动STE团队", "腾讯云虚拟化团队", "清华大学计算机系",
    "浙江大学网络空间安全学院", "中国科学院软件研究所", "龙芯中科", "OPPO内核团队", "vivo系统软件部",
    "蚂蚁集团", "麒麟软件", "统信软件", "上海交通大学IPADS实验室", "英特尔中国软件中心", "北京大学",
    "华中科技大学", "鹏城实验室", "中兴通讯", "小米澎湃OS团队",
)  # fmt: skip
ROLES = ("高级工程师", "内核开发工程师", "技术专家", "架构师", "")
ACADEMIC_ROLES = ("教授", "副教授", "博士研究生", "研究员", "")
ACADEMIC = ("大学", "研究所", "鹏城实验室")


@dataclass(frozen=True)
class Person:
    name: str
    affiliation: str  # organisation and role, as printed beside the name


# Drawing


@functools.cache
def font_file(bold: bool) -> Path:
    """Noto Sans CJK's collection; a test without it is skipped (`fonts-noto-cjk`)."""
    name = "NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc"
    for folder in FONT_DIRS:
        found = sorted(folder.rglob(name)) if folder.is_dir() else []
        if found:
            return found[0]
    raise FileNotFoundError(f"{name} not found: install fonts-noto-cjk")


def fonts_available() -> bool:
    try:
        font_file(False), font_file(True)
    except FileNotFoundError:
        return False
    return True


@functools.cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_file(bold)), size, index=SC)


# A Latin word (with what follows it up to a space) is never cut; Chinese breaks between any two characters.
_TOKENS = re.compile(r"[A-Za-z0-9_\-./&+]+\s*|\S\s*")


class Sheet:
    """A poster being drawn: a tall canvas cut to what was drawn on it."""

    def __init__(self, width: int, background: str, height: int = 4000) -> None:
        self.image = Image.new("RGB", (width, height), background)
        self.pen = ImageDraw.Draw(self.image)
        self.width = width

    def text(self, x: float, y: float, text: str, size: int, fill: str, bold: bool = False) -> float:
        """Draws one run with its top-left at (x, y); returns its right edge."""
        self.pen.text((x, y), text, font=font(size, bold), fill=fill)
        return x + self.measure(text, size, bold)

    def centred(
        self, y: float, text: str, size: int, fill: str, bold: bool = False, x0: float = 0, x1: float = 0
    ) -> None:
        x1 = x1 or self.width
        self.text((x0 + x1 - self.measure(text, size, bold)) / 2, y, text, size, fill, bold)

    @staticmethod
    def measure(text: str, size: int, bold: bool = False) -> float:
        return font(size, bold).getlength(text)

    def wrap(self, text: str, size: int, width: float, bold: bool = False) -> list[str]:
        lines: list[str] = []
        line = ""
        for token in _TOKENS.findall(text):
            # Punctuation that closes or separates is never the first of a line.
            if (
                line
                and token[0] not in "、，。）)：:"
                and self.measure((line + token).rstrip(), size, bold) > width
            ):
                lines.append(line.rstrip())
                line = token
            else:
                line += token
        return [*lines, line.rstrip()]

    def paragraph(
        self, x: float, y: float, text: str, size: int, fill: str, width: float, bold: bool = False
    ) -> float:
        """Draws wrapped text; returns the y under it."""
        for line in self.wrap(text, size, width, bold):
            self.text(x, y, line, size, fill, bold)
            y += round(size * 1.45)
        return y

    def box(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        fill: str,
        radius: int = 0,
        outline: str | None = None,
    ) -> None:
        self.pen.rounded_rectangle((x0, y0, x1, y1), radius=radius, fill=fill, outline=outline, width=2)

    def png(self, bottom: float) -> bytes:
        out = io.BytesIO()
        self.image.crop((0, 0, self.width, round(bottom))).save(out, "PNG", optimize=True)
        return out.getvalue()


# What a poster says


class Pool:
    """Titles and people drawn without repeats, so no two talks of a poster look alike."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._titles = iter(rng.sample(TITLES, len(TITLES)))
        self._names = iter(rng.sample(NAMES, len(NAMES)))

    def title(self) -> str:
        return next(self._titles)

    def person(self, role: bool = True) -> Person:
        return Person(next(self._names), affiliation(self.rng, role))

    def talk(self, start: int, minutes: int, speakers: int = 1) -> tuple[Slot, list[Person]]:
        people = [self.person() for _ in range(speakers)]
        return slot("talk", start, minutes, self.title(), people), people


def affiliation(rng: random.Random, role: bool = True) -> str:
    """An organisation, and a role that fits it (副教授 at a university, 架构师 at a company)."""
    organisation = rng.choice(ORGANISATIONS)
    roles = ACADEMIC_ROLES if any(word in organisation for word in ACADEMIC) else ROLES
    return organisation + (rng.choice(roles) if role else "")


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def at(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def slot(kind: str, start: int, minutes: int, title: str, people: Sequence[Person] = ()) -> Slot:
    return Slot(
        kind,
        clock(start),
        clock(start + minutes),
        title,
        tuple(p.name for p in people),
        tuple(p.affiliation for p in people),
    )


def span(s: Slot, dash: str = "-") -> str:
    return f"{s.start}{dash}{s.end}"


def header(sheet: Sheet, band: str, ink: str, date: str, place: str, y: float = 0) -> float:
    """The conference's band: name, date and place; returns the y under it."""
    sheet.box(0, y, sheet.width, y + 150, band)
    sheet.text(40, y + 22, "第二十届中国Linux内核开发者大会", 34, ink, bold=True)
    sheet.text(40, y + 84, date, 24, ink)
    sheet.text(40 + sheet.measure(date, 24) + 48, y + 84, f"地点：{place}", 24, ink)
    return y + 180
