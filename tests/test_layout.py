"""The file-name parser, on made-up names and on every real name of the four CLK repositories."""

# ruff: noqa: E501 (the table of real names keeps one file per line)

import csv
import os
import re
from pathlib import Path, PurePosixPath

import pytest

from clkarchive.models import Talk
from clkarchive.sync.layout import describe

CORPUS = os.environ.get("CLKARCHIVE_CORPUS")


def talk_of(path: str) -> Talk:
    """The Talk of a path that is conference material."""
    talk = describe(path)
    assert talk is not None, path
    return talk


def test_slide_path_gives_forum_order_and_title():
    talk = talk_of("主论坛/3-RISC-VIOMMU的Scalable 提案(GIPC)及 Linux 技术路线.pdf")
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
    assert talk_of(f"{folder}/1-Talk.pdf").forum_en == english


def test_title_keeps_inner_dashes():
    talk = talk_of("调度与锁分论坛/5-kretprobe可扩展性性能提升 - 高性能无锁对象池objpool的实现.pdf")
    assert talk.order == 5
    assert talk.title == "kretprobe可扩展性性能提升 - 高性能无锁对象池objpool的实现"


def test_posters_are_materials_of_their_forum_including_the_misnamed_one():
    assert talk_of("内存分论坛.webp").forum == "内存分论坛"
    assert talk_of("内存分论坛.webp").kind == "material"
    assert talk_of("体系结构与虚拟化分论坛.webp").forum == "体系架构与虚拟化分论坛"
    assert talk_of("大会全议程.webp").forum == ""


@pytest.mark.parametrize("path", ["README.md", "LICENSE", "内存分论坛/.DS_Store", "notes.txt"])
def test_non_materials_are_ignored(path):
    assert describe(path) is None


def test_name_without_order_keeps_whole_stem_as_title():
    talk = talk_of("综合分论坛/Keynote.pdf")
    assert (talk.order, talk.title) == (None, "Keynote")


# Every path of the four real repositories (../shared/corpus/listings/CLK2022..2025.tsv), each checked
# by eye: (source, path, kind, forum_en, order, title, speakers); kind None for files that are no material.
# fmt: off
LISTED: list[tuple[str, str, str | None, str, int | None, str, tuple[str, ...]]] = [
    ('CLK2022', '2022_CLK_EROFS over FSCACHE- 内核原生的镜像加速方案_阿里云_徐静波.pdf', 'slides', '', None, 'EROFS over FSCACHE- 内核原生的镜像加速方案', ('徐静波',)),
    ('CLK2022', '630-2-clk_2022-强化Linux生态合规性.pdf', 'slides', '', None, '强化Linux生态合规性', ()),
    ('CLK2022', 'Bringing the Power of eBPF to QEMU-CLK2022.pdf', 'slides', '', None, 'Bringing the Power of eBPF to QEMU', ()),
    ('CLK2022', "CLK'22-EROFS over FSCACHE- 内核原生的镜像加速方案_字节跳动_祝嘉.pdf", 'slides', '', None, 'EROFS over FSCACHE- 内核原生的镜像加速方案', ('祝嘉',)),
    ('CLK2022', 'CLK2022_A_New_CPU_Frequency_Control_Mechanism_on_Linux.pdf', 'slides', '', None, 'A New CPU Frequency Control Mechanism on Linux', ()),
    ('CLK2022', 'CLK2022_龙蜥_围绕云计算的操作系统开源软硬件技术生态.pdf', 'slides', '', None, '龙蜥 围绕云计算的操作系统开源软硬件技术生态', ()),
    ('CLK2022', 'CLK22-A-Way-To-Wakeup-More-Efficiently.pdf', 'slides', '', None, 'A Way To Wakeup More Efficiently', ()),
    ('CLK2022', 'CLK_22_Uringlet.pdf', 'slides', '', None, 'Uringlet', ()),
    ('CLK2022', 'Enable Intel Control Flow Enforcement Technology.pdf', 'slides', '', None, 'Enable Intel Control Flow Enforcement Technology', ()),
    ('CLK2022', 'Kprobe优化算法16_9.pdf', 'slides', '', None, 'Kprobe优化算法', ()),
    ('CLK2022', 'README.md', None, '', None, '', ()),
    ('CLK2022', 'Virtio-GPU+图形渲染性能提升1.2.pdf', 'slides', '', None, 'Virtio-GPU+图形渲染性能提升1.2', ()),
    ('CLK2022', 'clk2022_ublk.pptx.pdf', 'slides', '', None, 'ublk', ()),
    ('CLK2022', 'imgs/2022clk.png', 'material', '', None, '2022clk', ()),
    ('CLK2022', 'imgs/Readme.md', None, '', None, '', ()),
    ('CLK2022', 'nettrace：网络故障诊断工具.pdf', 'slides', '', None, 'nettrace:网络故障诊断工具', ()),
    ('CLK2022', 'ublk-clk2022-张子扬-龙蜥社区.pptx', 'slides', '', None, 'ublk', ('张子扬',)),
    ('CLK2022', '基于ARM架构国产CPU上的GPU虚拟化.pdf', 'slides', '', None, '基于ARM架构国产CPU上的GPU虚拟化', ()),
    ('CLK2022', '基于eBPF的设备驱动测试框架.pdf', 'slides', '', None, '基于eBPF的设备驱动测试框架', ()),
    ('CLK2023', 'CLK2023全部议程.png', 'material', '', None, '全部议程', ()),
    ('CLK2023', '主论坛/Keynote1-ColorOS下基于用户体验改善的Linux内核优化——Omega.pptx', 'slides', 'Main forum', 1, 'ColorOS下基于用户体验改善的Linux内核优化', ('Omega',)),
    ('CLK2023', '主论坛/Keynote2-操作系统软硬件协同和面向云场景深度优化——宋卓.pptx', 'slides', 'Main forum', 2, '操作系统软硬件协同和面向云场景深度优化', ('宋卓',)),
    ('CLK2023', '主论坛/Keynote3-The Challenges of Scalability in Linux Kernel——宋牧春、郑琦.pdf', 'slides', 'Main forum', 3, 'The Challenges of Scalability in Linux Kernel', ('宋牧春', '郑琦')),
    ('CLK2023', '主论坛/Keynote4-使用 rust 开发 kernel 的实践与思考——杨铠衔、谢旻晟.pptx', 'slides', 'Main forum', 4, '使用 rust 开发 kernel 的实践与思考', ('杨铠衔', '谢旻晟')),
    ('CLK2023', '分论坛1（内存管理）/1  Shrinking_shrinker_locking_overhead——郑琦.pptx', 'slides', 'Memory Management', 1, 'Shrinking shrinker locking overhead', ('郑琦',)),
    ('CLK2023', '分论坛1（内存管理）/10  Algorithm for duplicating maple tree——张鹏.pptx', 'slides', 'Memory Management', 10, 'Algorithm for duplicating maple tree', ('张鹏',)),
    ('CLK2023', '分论坛1（内存管理）/11  异步内存回收新思路探索--基于冷热文件的冷热区域精准的回收冷文件页page——胡俊鹏.pptx', 'slides', 'Memory Management', 11, '异步内存回收新思路探索--基于冷热文件的冷热区域精准的回收冷文件页page', ('胡俊鹏',)),
    ('CLK2023', '分论坛1（内存管理）/2  shrink_slabd：异步slab shrinker以减少内存回收延迟——李培锋.pptx', 'slides', 'Memory Management', 2, 'shrink_slabd:异步slab shrinker以减少内存回收延迟', ('李培锋',)),
    ('CLK2023', '分论坛1（内存管理）/3  基于用户态策略的冷内存主动回收方案——黄靖.pptx', 'slides', 'Memory Management', 3, '基于用户态策略的冷内存主动回收方案', ('黄靖',)),
    ('CLK2023', '分论坛1（内存管理）/4  MGLRU 应用实践与算法改进——宋恺睿.pptx', 'slides', 'Memory Management', 4, 'MGLRU 应用实践与算法改进', ('宋恺睿',)),
    ('CLK2023', '分论坛1（内存管理）/5  针对page映射频度和lock contention的LRU回收优化——李培锋.pptx', 'slides', 'Memory Management', 5, '针对page映射频度和lock contention的LRU回收优化', ('李培锋',)),
    ('CLK2023', '分论坛1（内存管理）/6  large folio for anonymous mapping——殷锋卫.pptx', 'slides', 'Memory Management', 6, 'large folio for anonymous mapping', ('殷锋卫',)),
    ('CLK2023', '分论坛1（内存管理）/7  Folio on IDPF && iRDMA——朱彦军.pptx', 'slides', 'Memory Management', 7, 'Folio on IDPF && iRDMA', ('朱彦军',)),
    ('CLK2023', '分论坛1（内存管理）/8  动态大页：基于ARM64 contiguous PTE的64KB HugePageLarge Folios——韩传华.pptx', 'slides', 'Memory Management', 8, '动态大页:基于ARM64 contiguous PTE的64KB HugePageLarge Folios', ('韩传华',)),
    ('CLK2023', '分论坛1（内存管理）/9  RISCV-64K——路旭.pptx', 'slides', 'Memory Management', 9, 'RISCV-64K', ('路旭',)),
    ('CLK2023', '分论坛2（云和服务器）/1  RAM Overcommit in Cloud——赵宇.pdf', 'slides', 'Cloud and Servers', 1, 'RAM Overcommit in Cloud', ('赵宇',)),
    ('CLK2023', '分论坛2（云和服务器）/2  Kmesh：基于可编程内核实现高性能服务网格数据面——谢颂杨&刘忻.pptx', 'slides', 'Cloud and Servers', 2, 'Kmesh:基于可编程内核实现高性能服务网格数据面', ('谢颂杨', '刘忻')),
    ('CLK2023', '分论坛2（云和服务器）/3  GMEM：面向领域加速器的通用内存管理——朱维希.pptx', 'slides', 'Cloud and Servers', 3, 'GMEM:面向领域加速器的通用内存管理', ('朱维希',)),
    ('CLK2023', '分论坛2（云和服务器）/4  云上高性能 Linux 网络栈——陆扬.pptx', 'slides', 'Cloud and Servers', 4, '云上高性能 Linux 网络栈', ('陆扬',)),
    ('CLK2023', '分论坛2（云和服务器）/5  云平台热迁移技术优化与实践——潘睿.pptx', 'slides', 'Cloud and Servers', 5, '云平台热迁移技术优化与实践', ('潘睿',)),
    ('CLK2023', '分论坛2（云和服务器）/6  虚拟机热迁移性能优化方案——张友加.pptx', 'slides', 'Cloud and Servers', 6, '虚拟机热迁移性能优化方案', ('张友加',)),
    ('CLK2023', '分论坛2（云和服务器）/7  TencentOS悟能：腾讯在服务器节能方面的探索实践——刘守业.pptx', 'slides', 'Cloud and Servers', 7, 'TencentOS悟能:腾讯在服务器节能方面的探索实践', ('刘守业',)),
    ('CLK2023', '分论坛2（云和服务器）/8  基于英特尔DSA的容器迁移——吴江波.pptx', 'slides', 'Cloud and Servers', 8, '基于英特尔DSA的容器迁移', ('吴江波',)),
    ('CLK2023', '分论坛3（Arch&虚拟化&IO）/1  LoongArch KVM虚拟化支持——赵天瑞.pptx', 'slides', 'Architecture, Virtualization and I/O', 1, 'LoongArch KVM虚拟化支持', ('赵天瑞',)),
    ('CLK2023', '分论坛3（Arch&虚拟化&IO）/2  RISC-V新32位——郭任.pptx', 'slides', 'Architecture, Virtualization and I/O', 2, 'RISC-V新32位', ('郭任',)),
    ('CLK2023', '分论坛3（Arch&虚拟化&IO）/3  ARM64 SPE在NUMA balancing和DAMON中的实践——左泽.pptx', 'slides', 'Architecture, Virtualization and I/O', 3, 'ARM64 SPE在NUMA balancing和DAMON中的实践', ('左泽',)),
    ('CLK2023', '分论坛3（Arch&虚拟化&IO）/4  混部业务BUFFER IO节流优先级反转问题优化——王海粟.pptx', 'slides', 'Architecture, Virtualization and I/O', 4, '混部业务BUFFER IO节流优先级反转问题优化', ('王海粟',)),
    ('CLK2023', '分论坛3（Arch&虚拟化&IO）/5  VIRTIO-GPU视频硬件加速的探索与实践——江锋.pptx', 'slides', 'Architecture, Virtualization and I/O', 5, 'VIRTIO-GPU视频硬件加速的探索与实践', ('江锋',)),
    ('CLK2023', '分论坛3（Arch&虚拟化&IO）/6  基于Xen的 VirtIO和Passthrough GPU的虚拟化解决方案——黄睿.pptx', 'slides', 'Architecture, Virtualization and I/O', 6, '基于Xen的 VirtIO和Passthrough GPU的虚拟化解决方案', ('黄睿',)),
    ('CLK2023', '分论坛3（Arch&虚拟化&IO）/7  iomap：f2fs转向iomap的探索及实践——李扬韬.pptx', 'slides', 'Architecture, Virtualization and I/O', 7, 'iomap:f2fs转向iomap的探索及实践', ('李扬韬',)),
    ('CLK2023', '分论坛3（Arch&虚拟化&IO）/8  Erofs_ A New Application in Container Image——尹欣&徐静波.pptx', 'slides', 'Architecture, Virtualization and I/O', 8, 'Erofs: A New Application in Container Image', ('尹欣', '徐静波')),
    ('CLK2023', '分论坛4（调试 eBPF 调度）/1  向linux内核社区引入objtrace——谢欢.pptx', 'slides', 'Debugging, eBPF and Scheduling', 1, '向linux内核社区引入objtrace', ('谢欢',)),
    ('CLK2023', '分论坛4（调试 eBPF 调度）/2  vDPA：wirespeed_virtual_networking——张雅兰.pptx', 'slides', 'Debugging, eBPF and Scheduling', 2, 'vDPA:wirespeed virtual networking', ('张雅兰',)),
    ('CLK2023', '分论坛4（调试 eBPF 调度）/3  New kernel tracer(osnoise, timerlat) to locate the latency spike——赵桥.pptx', 'slides', 'Debugging, eBPF and Scheduling', 3, 'New kernel tracer(osnoise, timerlat) to locate the latency spike', ('赵桥',)),
    ('CLK2023', '分论坛4（调试 eBPF 调度）/4  基于eBPF的FUSE优化实践——何鲁港.pptx', 'slides', 'Debugging, eBPF and Scheduling', 4, '基于eBPF的FUSE优化实践', ('何鲁港',)),
    ('CLK2023', '分论坛4（调试 eBPF 调度）/5  基于eBPF的内核堆漏洞缓解机制——王子成&郭迎港&曾庆凯&陈越琦.pptx', 'slides', 'Debugging, eBPF and Scheduling', 5, '基于eBPF的内核堆漏洞缓解机制', ('王子成', '郭迎港', '曾庆凯', '陈越琦')),
    ('CLK2023', '分论坛4（调试 eBPF 调度）/6  Kmalloc随机化：一种新的堆喷攻击缓解手段——龚睿奇.pptx', 'slides', 'Debugging, eBPF and Scheduling', 6, 'Kmalloc随机化:一种新的堆喷攻击缓解手段', ('龚睿奇',)),
    ('CLK2023', '分论坛4（调试 eBPF 调度）/7  基于任务调度延迟的balance方案——胡璞.pptx', 'slides', 'Debugging, eBPF and Scheduling', 7, '基于任务调度延迟的balance方案', ('胡璞',)),
    ('CLK2023', '分论坛4（调试 eBPF 调度）/8  User Aware Lock：关注用户感知任务的内核锁调度与排队优化策略——谢柳杰.pptx', 'slides', 'Debugging, eBPF and Scheduling', 8, 'User Aware Lock:关注用户感知任务的内核锁调度与排队优化策略', ('谢柳杰',)),
    ('CLK2024', 'LICENSE', None, '', None, '', ()),
    ('CLK2024', 'README.md', None, '', None, '', ()),
    ('CLK2024', '主论坛.webp', 'material', 'Main forum', None, '主论坛', ()),
    ('CLK2024', '主论坛/1-AI 端侧大模型时代 Linux 内核的现状与发展.pdf', 'slides', 'Main forum', 1, 'AI 端侧大模型时代 Linux 内核的现状与发展', ()),
    ('CLK2024', '主论坛/2-从内核的角度提高数据中心内存利用率.pdf', 'slides', 'Main forum', 2, '从内核的角度提高数据中心内存利用率', ()),
    ('CLK2024', '主论坛/3-RISC-VIOMMU的Scalable 提案(GIPC)及 Linux 技术路线.pdf', 'slides', 'Main forum', 3, 'RISC-VIOMMU的Scalable 提案(GIPC)及 Linux 技术路线', ()),
    ('CLK2024', '主论坛/4-面向大规模复杂软件的智能安全检测研究.pdf', 'slides', 'Main forum', 4, '面向大规模复杂软件的智能安全检测研究', ()),
    ('CLK2024', '体系架构与虚拟化分论坛/1-RISC-V架构下的PMU虚拟化直通方案.pdf', 'slides', 'Architecture and Virtualization', 1, 'RISC-V架构下的PMU虚拟化直通方案', ()),
    ('CLK2024', '体系架构与虚拟化分论坛/2-AMD平台Core&UnCore PMU虚拟化技术实践.pdf', 'slides', 'Architecture and Virtualization', 2, 'AMD平台Core&UnCore PMU虚拟化技术实践', ()),
    ('CLK2024', '体系架构与虚拟化分论坛/3-LoongArch内核走过的这些年.pdf', 'slides', 'Architecture and Virtualization', 3, 'LoongArch内核走过的这些年', ()),
    ('CLK2024', '体系架构与虚拟化分论坛/4-PVM 轻量级的KVM虚拟化软件实现方案.pdf', 'slides', 'Architecture and Virtualization', 4, 'PVM 轻量级的KVM虚拟化软件实现方案', ()),
    ('CLK2024', '体系架构与虚拟化分论坛/5-riscv bpf现状与未来工作.pdf', 'slides', 'Architecture and Virtualization', 5, 'riscv bpf现状与未来工作', ()),
    ('CLK2024', '体系架构与虚拟化分论坛/6-面向GPU应用的按需并发的检查点与恢复机制 (On-demand and Parallel Checkpoint Restore for GPU Applications).pdf', 'slides', 'Architecture and Virtualization', 6, '面向GPU应用的按需并发的检查点与恢复机制 (On-demand and Parallel Checkpoint Restore for GPU Applications)', ()),
    ('CLK2024', '体系架构与虚拟化分论坛/7-Virtio Crypto Akcipher虚拟化加速和 Crypto Over Fabrics资源池化方案.pdf', 'slides', 'Architecture and Virtualization', 7, 'Virtio Crypto Akcipher虚拟化加速和 Crypto Over Fabrics资源池化方案', ()),
    ('CLK2024', '体系结构与虚拟化分论坛.webp', 'material', 'Architecture and Virtualization', None, '体系结构与虚拟化分论坛', ()),
    ('CLK2024', '内存分论坛.webp', 'material', 'Memory', None, '内存分论坛', ()),
    ('CLK2024', '内存分论坛/1-ZRAM zsmalloc optimization with mTHP swap.pdf', 'slides', 'Memory', 1, 'ZRAM zsmalloc optimization with mTHP swap', ()),
    ('CLK2024', '内存分论坛/2-内存压缩大页(ZHP)优化.pdf', 'slides', 'Memory', 2, '内存压缩大页(ZHP)优化', ()),
    ('CLK2024', '内存分论坛/3-围绕 mTHP的 SWAP 系统优化.pdf', 'slides', 'Memory', 3, '围绕 mTHP的 SWAP 系统优化', ()),
    ('CLK2024', '内存分论坛/5-NUMA-awareimmutable data replication.pdf', 'slides', 'Memory', 5, 'NUMA-awareimmutable data replication', ()),
    ('CLK2024', '内存分论坛/6-基于 BPF 的 OOM 设计与实践.pdf', 'slides', 'Memory', 6, '基于 BPF 的 OOM 设计与实践', ()),
    ('CLK2024', '内存分论坛/7-稀疏文件零页填充.pdf', 'slides', 'Memory', 7, '稀疏文件零页填充', ()),
    ('CLK2024', '大会全议程.webp', 'material', '', None, '大会全议程', ()),
    ('CLK2024', '存储IO分论坛.webp', 'material', 'Storage and I/O', None, '存储IO分论坛', ()),
    ('CLK2024', '存储IO分论坛/1-EROFS文件系统的Page Cache共享特性.pdf', 'slides', 'Storage and I/O', 1, 'EROFS文件系统的Page Cache共享特性', ()),
    ('CLK2024', '存储IO分论坛/2-EROFS文件系统最小化内存占用和申请时延的优化方案.pdf', 'slides', 'Storage and I/O', 2, 'EROFS文件系统最小化内存占用和申请时延的优化方案', ()),
    ('CLK2024', '存储IO分论坛/3-SLS单层存储 零拷贝共享内存设计与应用.pdf', 'slides', 'Storage and I/O', 3, 'SLS单层存储 零拷贝共享内存设计与应用', ()),
    ('CLK2024', '存储IO分论坛/4-Zoned storage 存储系统开发实践和挑战.pdf', 'slides', 'Storage and I/O', 4, 'Zoned storage 存储系统开发实践和挑战', ()),
    ('CLK2024', '存储IO分论坛/5-DMA-BUF支持Direct IO功能的方案和收益.pdf', 'slides', 'Storage and I/O', 5, 'DMA-BUF支持Direct IO功能的方案和收益', ()),
    ('CLK2024', '存储IO分论坛/6-tcprt 面向网络监控的eBPF实践.pdf', 'slides', 'Storage and I/O', 6, 'tcprt 面向网络监控的eBPF实践', ()),
    ('CLK2024', '存储IO分论坛/7-Device Mapper减少flush和verity耗时的方案.pdf', 'slides', 'Storage and I/O', 7, 'Device Mapper减少flush和verity耗时的方案', ()),
    ('CLK2024', '综合分论坛.webp', 'material', 'General', None, '综合分论坛', ()),
    ('CLK2024', '综合分论坛/1-Inline tail 大幅减少 f2fs 小文件空间占用.pdf', 'slides', 'General', 1, 'Inline tail 大幅减少 f2fs 小文件空间占用', ()),
    ('CLK2024', '综合分论坛/2-f2fs 下一代压缩技术.pdf', 'slides', 'General', 2, 'f2fs 下一代压缩技术', ()),
    ('CLK2024', '综合分论坛/3-cpufreq_ext 基于eBPF的CPU调频框架.pdf', 'slides', 'General', 3, 'cpufreq_ext 基于eBPF的CPU调频框架', ()),
    ('CLK2024', '综合分论坛/4-阿里云在 Continuous Profiling 中数据实时处理与故障预测实践.pdf', 'slides', 'General', 4, '阿里云在 Continuous Profiling 中数据实时处理与故障预测实践', ()),
    ('CLK2024', '综合分论坛/5-Usage of the gdb stack unwind in crash-utility.pdf', 'slides', 'General', 5, 'Usage of the gdb stack unwind in crash-utility', ()),
    ('CLK2024', '综合分论坛/6-内核供应链安全治理之补丁正确性评估.pdf', 'slides', 'General', 6, '内核供应链安全治理之补丁正确性评估', ()),
    ('CLK2024', '综合分论坛/7-基于eBPF的内核态容器运行时安全实践.pdf', 'slides', 'General', 7, '基于eBPF的内核态容器运行时安全实践', ()),
    ('CLK2024', '调度与锁分论坛.webp', 'material', 'Scheduling and Locks', None, '调度与锁分论坛', ()),
    ('CLK2024', '调度与锁分论坛/1-f2fs large folios特性支持的探索和实践.pdf', 'slides', 'Scheduling and Locks', 1, 'f2fs large folios特性支持的探索和实践', ()),
    ('CLK2024', '调度与锁分论坛/2-动态复合页 面向数据中心的large folio技术介绍及基于ARM64的性能收益分析.pdf', 'slides', 'Scheduling and Locks', 2, '动态复合页 面向数据中心的large folio技术介绍及基于ARM64的性能收益分析', ()),
    ('CLK2024', '调度与锁分论坛/3-YALT Yet Another Lockless Tree.pdf', 'slides', 'Scheduling and Locks', 3, 'YALT Yet Another Lockless Tree', ()),
    ('CLK2024', '调度与锁分论坛/4-Sched Ext在多级混部场景下的探索与实践.pdf', 'slides', 'Scheduling and Locks', 4, 'Sched Ext在多级混部场景下的探索与实践', ()),
    ('CLK2024', '调度与锁分论坛/5-kretprobe可扩展性性能提升 - 高性能无锁对象池objpool的实现.pdf', 'slides', 'Scheduling and Locks', 5, 'kretprobe可扩展性性能提升 - 高性能无锁对象池objpool的实现', ()),
    ('CLK2024', '调度与锁分论坛/6-NUMA场景下osq锁的性能优化.pdf', 'slides', 'Scheduling and Locks', 6, 'NUMA场景下osq锁的性能优化', ()),
    ('CLK2024', '调度与锁分论坛/7-NUMA-ICON 一种自适应NUMA调度框架.pdf', 'slides', 'Scheduling and Locks', 7, 'NUMA-ICON 一种自适应NUMA调度框架', ()),
    ('CLK2025', '.gitattributes', None, '', None, '', ()),
    ('CLK2025', '1 主论坛/1 陈俊彦-AI Agent时代Linux内核的现状与发展.pdf', 'slides', 'Main forum', 1, 'AI Agent时代Linux内核的现状与发展', ('陈俊彦',)),
    ('CLK2025', '1 主论坛/2 贺中坤-字节大规模内核版本迁移实践.pdf', 'slides', 'Main forum', 2, '字节大规模内核版本迁移实践', ('贺中坤',)),
    ('CLK2025', '1 主论坛/3 宋卓郭任崔运辉-从内核视角出发，如何推进 RISC-V 架构走进云场景.pdf', 'slides', 'Main forum', 3, '从内核视角出发,如何推进 RISC-V 架构走进云场景', ()),
    ('CLK2025', '1 主论坛/4 郭寒军-灵衢UB总线操作系统支持和关键场景介绍.pdf', 'slides', 'Main forum', 4, '灵衢UB总线操作系统支持和关键场景介绍', ('郭寒军',)),
    ('CLK2025', '2 内存管理与优化分论坛/1 宋恺睿-Swap Table 与Swap 子系统的革新.pdf', 'slides', 'Memory Management and Optimization', 1, 'Swap Table 与Swap 子系统的革新', ('宋恺睿',)),
    ('CLK2025', '2 内存管理与优化分论坛/2 李文通-PMR：并行内存回收的设计与实践.pdf', 'slides', 'Memory Management and Optimization', 2, 'PMR:并行内存回收的设计与实践', ('李文通',)),
    ('CLK2025', '2 内存管理与优化分论坛/3 汪劼文-zram多压缩算法效率实践与评估.pdf', 'slides', 'Memory Management and Optimization', 3, 'zram多压缩算法效率实践与评估', ('汪劼文',)),
    ('CLK2025', '2 内存管理与优化分论坛/4 林芝驰-ZRAM异构压缩技术：基于GPU加速的内存回收方案.pdf', 'slides', 'Memory Management and Optimization', 4, 'ZRAM异构压缩技术:基于GPU加速的内存回收方案', ('林芝驰',)),
    ('CLK2025', '2 内存管理与优化分论坛/5 李杨欧文-mmap_lock和anon_vma lock contention优化.pdf', 'slides', 'Memory Management and Optimization', 5, 'mmap_lock和anon_vma lock contention优化', ()),
    ('CLK2025', '2 内存管理与优化分论坛/6 林泽生-ZCACHE：异步文件压缩缓存管理方案.pdf', 'slides', 'Memory Management and Optimization', 6, 'ZCACHE:异步文件压缩缓存管理方案', ('林泽生',)),
    ('CLK2025', '2 内存管理与优化分论坛/7 韩棋-Uncached buffer IO 探索与在 f2fs 上的支持.pdf', 'slides', 'Memory Management and Optimization', 7, 'Uncached buffer IO 探索与在 f2fs 上的支持', ('韩棋',)),
    ('CLK2025', '2 内存管理与优化分论坛/8 郭纯海-EROFS 压缩文件 Direct IO 的探索和支持.pdf', 'slides', 'Memory Management and Optimization', 8, 'EROFS 压缩文件 Direct IO 的探索和支持', ('郭纯海',)),
    ('CLK2025', '3 文件系统与存储分论坛/1 赵南哲-F2FS Large Folios 新进展 针对压缩文件和私有状态的原创设计与实现.pdf', 'slides', 'File Systems and Storage', 1, 'F2FS Large Folios 新进展 针对压缩文件和私有状态的原创设计与实现', ('赵南哲',)),
    ('CLK2025', '3 文件系统与存储分论坛/2 乔一凡-XMFS跨节点池化共享文件系统.pdf', 'slides', 'File Systems and Storage', 2, 'XMFS跨节点池化共享文件系统', ('乔一凡',)),
    ('CLK2025', '3 文件系统与存储分论坛/3 王誉霏-Parallelizing_filesystem_writeback.pdf', 'slides', 'File Systems and Storage', 3, 'Parallelizing filesystem writeback', ('王誉霏',)),
    ('CLK2025', '3 文件系统与存储分论坛/5 廖远鸿-王骁-Zoned Storage性能优化探索与实践-10.28.pdf', 'slides', 'File Systems and Storage', 5, 'Zoned Storage性能优化探索与实践', ('廖远鸿', '王骁')),
    ('CLK2025', '3 文件系统与存储分论坛/6 郑琪星-MD RAID无锁位图(llbitmap)优化机制.pdf', 'slides', 'File Systems and Storage', 6, 'MD RAID无锁位图(llbitmap)优化机制', ('郑琪星',)),
    ('CLK2025', '3 文件系统与存储分论坛/7 张翼-Fallocate Write Zeroes垂直零化文件预分配.pdf', 'slides', 'File Systems and Storage', 7, 'Fallocate Write Zeroes垂直零化文件预分配', ('张翼',)),
    ('CLK2025', '3 文件系统与存储分论坛/8 李保坤-EXT4块分配可扩展性优化.pdf', 'slides', 'File Systems and Storage', 8, 'EXT4块分配可扩展性优化', ('李保坤',)),
    ('CLK2025', '4 调度、性能与调试分论坛/1 路自谦-Defer throttle to when task exits to user.pdf', 'slides', 'Scheduling, Performance and Debugging', 1, 'Defer throttle to when task exits to user', ('路自谦',)),
    ('CLK2025', '4 调度、性能与调试分论坛/2 章雨宸-持续Profiling.pdf', 'slides', 'Scheduling, Performance and Debugging', 2, '持续Profiling', ('章雨宸',)),
    ('CLK2025', '4 调度、性能与调试分论坛/3 臧春鑫-对eevdf的一点优化及思考.pdf', 'slides', 'Scheduling, Performance and Debugging', 3, '对eevdf的一点优化及思考', ('臧春鑫',)),
    ('CLK2025', '4 调度、性能与调试分论坛/4 Lianbo Jiang-Improvements to Eppic and Rust support in the crash-utility.pdf', 'slides', 'Scheduling, Performance and Debugging', 4, 'Improvements to Eppic and Rust support in the crash-utility', ('Lianbo Jiang',)),
    ('CLK2025', '4 调度、性能与调试分论坛/5 Gavin Guo-Decoding Kernel Callstack with MCP Tools.pdf', 'slides', 'Scheduling, Performance and Debugging', 5, 'Decoding Kernel Callstack with MCP Tools', ('Gavin Guo',)),
    ('CLK2025', '4 调度、性能与调试分论坛/7 苏峰-RTRadar.pdf', 'slides', 'Scheduling, Performance and Debugging', 7, 'RTRadar', ('苏峰',)),
    ('CLK2025', '4 调度、性能与调试分论坛/8 王建政-EEIO.pdf', 'slides', 'Scheduling, Performance and Debugging', 8, 'EEIO', ('王建政',)),
    ('CLK2025', '5 硬件架构与异构计算分论坛/1 牛根-基于龙架构的系统级二进制翻译器.pdf', 'slides', 'Hardware Architecture and Heterogeneous Computing', 1, '基于龙架构的系统级二进制翻译器', ('牛根',)),
    ('CLK2025', '5 硬件架构与异构计算分论坛/2 张春艳-基于RISC-V向量扩展的RAID6 PQ校验算法优化.pdf', 'slides', 'Hardware Architecture and Heterogeneous Computing', 2, '基于RISC-V向量扩展的RAID6 PQ校验算法优化', ('张春艳',)),
    ('CLK2025', '5 硬件架构与异构计算分论坛/3 郭任-Device_shared_work_queue.pdf', 'slides', 'Hardware Architecture and Heterogeneous Computing', 3, 'Device shared work queue', ('郭任',)),
    ('CLK2025', '5 硬件架构与异构计算分论坛/4 陈佩余方玉-RISC-V perf TopDown和IOMMU-based Trace工作.pdf', 'slides', 'Hardware Architecture and Heterogeneous Computing', 4, 'RISC-V perf TopDown和IOMMU-based Trace工作', ()),
    ('CLK2025', '5 硬件架构与异构计算分论坛/5 李彬-同机多内核 众核高密容器场景的应用前景和优化思路.pdf', 'slides', 'Hardware Architecture and Heterogeneous Computing', 5, '同机多内核 众核高密容器场景的应用前景和优化思路', ('李彬',)),
    ('CLK2025', '5 硬件架构与异构计算分论坛/7 黎红波-TrIO 利用IO轨迹加速容器冷启动.pdf', 'slides', 'Hardware Architecture and Heterogeneous Computing', 7, 'TrIO 利用IO轨迹加速容器冷启动', ('黎红波',)),
    ('CLK2025', '5 硬件架构与异构计算分论坛/8 王金超-KStackWatch 栈破坏实时定位工具.pdf', 'slides', 'Hardware Architecture and Heterogeneous Computing', 8, 'KStackWatch 栈破坏实时定位工具', ('王金超',)),
    ('CLK2025', '6 AI 基础设施与 eBPF 应用分论坛/1 皮振伟-GD2FS - 面向AI的新一代分布式文件系统.pdf', 'slides', 'AI Infrastructure and eBPF Applications', 1, 'GD2FS - 面向AI的新一代分布式文件系统', ('皮振伟',)),
    ('CLK2025', '6 AI 基础设施与 eBPF 应用分论坛/3 程书意-基于eBPF的大模型性能分析及慢节点检测.pdf', 'slides', 'AI Infrastructure and eBPF Applications', 3, '基于eBPF的大模型性能分析及慢节点检测', ('程书意',)),
    ('CLK2025', '6 AI 基础设施与 eBPF 应用分论坛/4 林义凯-基于eBPF支持自定义低功耗策略的cpuidle_ext框架.pdf', 'slides', 'AI Infrastructure and eBPF Applications', 4, '基于eBPF支持自定义低功耗策略的cpuidle_ext框架', ('林义凯',)),
    ('CLK2025', '6 AI 基础设施与 eBPF 应用分论坛/5 唐葛亮-使用MPTCP实现网络加速.pdf', 'slides', 'AI Infrastructure and eBPF Applications', 5, '使用MPTCP实现网络加速', ('唐葛亮',)),
    ('CLK2025', '6 AI 基础设施与 eBPF 应用分论坛/6 李朝阳-PORTGPT 基于大语言模型的自动化向后移植研究.pdf', 'slides', 'AI Infrastructure and eBPF Applications', 6, 'PORTGPT 基于大语言模型的自动化向后移植研究', ('李朝阳',)),
    ('CLK2025', '6 AI 基础设施与 eBPF 应用分论坛/7 尹瑞星-GPU Profiling Extending eBPF to GPUs.pdf', 'slides', 'AI Infrastructure and eBPF Applications', 7, 'GPU Profiling Extending eBPF to GPUs', ('尹瑞星',)),
    ('CLK2025', '6 AI 基础设施与 eBPF 应用分论坛/8 徐浪-基于eBPF的多线程系统信息采集优化方法.pdf', 'slides', 'AI Infrastructure and eBPF Applications', 8, '基于eBPF的多线程系统信息采集优化方法', ('徐浪',)),
    ('CLK2025', 'CLK2025全部议程.jpg', 'material', '', None, '全部议程', ()),
    ('CLK2025', 'README', None, '', None, '', ()),
]
# fmt: on


@pytest.mark.parametrize(
    ("source", "path", "kind", "forum_en", "order", "title", "speakers"), LISTED, ids=[r[1] for r in LISTED]
)
def test_every_real_file_name_parses(source, path, kind, forum_en, order, title, speakers):
    talk = describe(path)
    if kind is None:
        assert talk is None
        return
    assert talk is not None
    assert (talk.kind, talk.forum_en, talk.order, talk.title, talk.speakers) == (
        kind,
        forum_en,
        order,
        title,
        speakers,
    )


def test_no_real_title_carries_the_conference_tag_or_a_speaker():
    for _source, path, kind, _forum_en, _order, title, speakers in LISTED:
        if kind == "slides":
            assert not re.search(r"clk|_\d\d_", title, re.IGNORECASE), path
            assert not re.match(r"[\u4e00-\u9fff]{2,12}-(?!-)", title), path  # a leading block of names
            assert all(name not in title for name in speakers), path


def test_every_forum_of_every_year_has_an_english_name():
    folders = {PurePosixPath(path).parts[0] for _s, path, kind, *_ in LISTED if kind and "/" in path}
    named = {f: talk_of(f"{f}/1-x.pdf").forum_en for f in folders - {"imgs"}}
    assert len(named) == 1 + 4 + 5 + 6  # 2023 and 2024 share 主论坛; 2025 numbers its folders
    assert all(named.values()), [f for f, en in named.items() if not en]


def test_the_memory_forum_of_every_year_matches_memory():
    forums = ("内存分论坛", "分论坛1（内存管理）", "2 内存管理与优化分论坛")
    names = {talk_of(f"{f}/1-x.pdf").forum_en for f in forums}
    assert len(names) == 3 and all("memory" in en.casefold() for en in names)


@pytest.mark.skipif(not CORPUS, reason="set CLKARCHIVE_CORPUS to a corpus folder")
@pytest.mark.parametrize("source", ["CLK2022", "CLK2023", "CLK2024", "CLK2025"])
def test_the_table_holds_every_path_of_the_real_listing(source):
    listing = Path(CORPUS or ".") / "listings" / f"{source}.tsv"
    with listing.open(encoding="utf-8", newline="") as f:
        real = [row["path"] for row in csv.DictReader(f, delimiter="\t")]
    assert real == [path for s, path, *_ in LISTED if s == source]
