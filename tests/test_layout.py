import pytest

from clkarchive.layout import describe


def test_slide_path_gives_forum_order_and_title():
    talk = describe("主论坛/3-RISC-VIOMMU的Scalable 提案(GIPC)及 Linux 技术路线.pdf")
    assert talk.kind == "slides"
    assert (talk.forum, talk.forum_en, talk.order) == ("主论坛", "Main forum", 3)
    assert talk.title == "RISC-VIOMMU的Scalable 提案(GIPC)及 Linux 技术路线"


@pytest.mark.parametrize(
    ("folder", "english"),
    [
        ("主论坛", "Main forum"),
        ("内存分论坛", "Memory"),
        ("存储IO分论坛", "Storage and I/O"),
        ("体系架构与虚拟化分论坛", "Architecture and Virtualization"),
        ("调度与锁分论坛", "Scheduling and Locks"),
        ("综合分论坛", "General"),
    ],
)
def test_every_clk2024_forum_has_an_english_name(folder, english):
    assert describe(f"{folder}/1-Talk.pdf").forum_en == english


def test_title_keeps_inner_dashes():
    talk = describe("调度与锁分论坛/5-kretprobe可扩展性性能提升 - 高性能无锁对象池objpool的实现.pdf")
    assert talk.order == 5
    assert talk.title == "kretprobe可扩展性性能提升 - 高性能无锁对象池objpool的实现"


def test_posters_are_materials_of_their_forum_including_the_misnamed_one():
    assert describe("内存分论坛.webp").forum == "内存分论坛"
    assert describe("内存分论坛.webp").kind == "material"
    assert describe("体系结构与虚拟化分论坛.webp").forum == "体系架构与虚拟化分论坛"
    assert describe("大会全议程.webp").forum == ""


@pytest.mark.parametrize("path", ["README.md", "LICENSE", "内存分论坛/.DS_Store", "notes.txt"])
def test_non_materials_are_ignored(path):
    assert describe(path) is None


def test_name_without_order_keeps_whole_stem_as_title():
    talk = describe("综合分论坛/Keynote.pdf")
    assert (talk.order, talk.title) == (None, "Keynote")
