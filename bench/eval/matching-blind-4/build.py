"""Build the CLK2022-like repository of matching-blind-4 (python3 and git only).

Run:  python build.py DEST [--corpus DIR]
DEST becomes a plain git repository (branch main, one commit) laid out as
ChinaLinuxKernel/CLK2022 is: every deck at the ROOT under a name in one of
CLK2022's mixed styles, the agenda picture imgs/2022clk.png (drawn by draw.py,
kept next to this file), imgs/Readme.md (one newline, as CLK2022's) and a
README.md that links one recording per forum.  The decks are real decks of the
corpus (CLK2023, CLK2024 and CLK2025), copied byte for byte; each source and
each copy is checked against its sha256, so a changed corpus stops the build
instead of silently building another set.  Author, committer and dates are
fixed and git runs without the user's or the system's config, so the commit
id depends on the files alone: two builds give the same HEAD.
"""
import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKOUT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))

# (source path under the corpus, its sha256, name at the repository's root, poster talk id)
DECKS = [
    ('CLK2024/主论坛/2-从内核的角度提高数据中心内存利用率.pdf',
     "47c31117ae2dff252d754a8463e53917d1fc8067c5141b8f40878313f83f02dd",
     '从内核的角度压榨内存v2.pdf', 'main-02'),
    ('years/CLK2023/主论坛/Keynote3-The Challenges of Scalability in Linux Kernel——宋牧春、郑琦.pdf',
     "fdd5e6984201b4d4aae693f02cbf517ae134aca5ee3280b6301c48865219bc9b",
     'Scalability Challenges in Linux Kernel-CLK2022.pdf', 'main-03'),
    ('years/CLK2025/1 主论坛/2 贺中坤-字节大规模内核版本迁移实践.pdf',
     "2cad6c0696928c07d0e14aa2c4f1f6b981e4f17c0658c1eb8463bb4ad67f3f3e",
     'CLK2022_字节跳动_大规模内核版本迁移实践.pdf', 'main-04'),
    ('years/CLK2025/5 硬件架构与异构计算分论坛/1 牛根-基于龙架构的系统级二进制翻译器.pdf',
     "12d40e00360d765e2c190aac398c71fcd269caaa370b2fd940a508632c3ba0db",
     'CLK22-LoongArch-System-Level-Binary-Translator.pdf', 'main-05'),
    ('years/CLK2025/4 调度、性能与调试分论坛/4 Lianbo Jiang-Improvements to Eppic and Rust support in the crash-utility.pdf',
     "b0fe48c7bd6d656bde41219e9514ad20cd6d6ccb51d0651f9a5663e2c2dda1e4",
     'Eppic and Rust support in crash-utility.pdf', 'main-06'),
    ('years/CLK2023/分论坛1（内存管理）/9  RISCV-64K——路旭.pptx',
     "4a4af90e3b3a2950a4eebb9d6098072d8a0782e921a6b78b425493a5a45d72a3",
     'riscv64k-clk2022-路旭-字节跳动.pptx', 'arch-01'),
    ('years/CLK2023/分论坛1（内存管理）/9  RISCV-64K——路旭.pptx',
     "4a4af90e3b3a2950a4eebb9d6098072d8a0782e921a6b78b425493a5a45d72a3",
     'clk2022_riscv64k.pptx.pdf', 'arch-01'),
    ('CLK2024/体系架构与虚拟化分论坛/1-RISC-V架构下的PMU虚拟化直通方案.pdf',
     "a66a229cf70e75746300eb411f005c9b983cbd9ac2aed00e0afb5b8ca8d76aad",
     '2022_CLK_RISC-V架构下的PMU虚拟化直通方案_字节跳动_路旭.pdf', 'arch-02'),
    ('years/CLK2023/分论坛3（Arch&虚拟化&IO）/3  ARM64 SPE在NUMA balancing和DAMON中的实践——左泽.pptx',
     "9fb28ec46e662ab21eebb8709ef570050bc8e7ea64349a2dcdac8ee5f4cc121e",
     'ARM64 SPE在NUMA balancing和DAMON中的实践_华为_左泽.pptx', 'arch-04'),
    ('CLK2024/调度与锁分论坛/7-NUMA-ICON 一种自适应NUMA调度框架.pdf',
     "90d12d6f0f708296e52c5418e5b23efbdda11d47d184592c435fe2e039a64929",
     'NUMA-ICON自适应NUMA调度框架1.2.pdf', 'arch-05'),
    ('years/CLK2023/分论坛4（调试 eBPF 调度）/7  基于任务调度延迟的balance方案——胡璞.pptx',
     "c0ba754816a9c7310a24910f42c666f7e17d49f00884713fde2e0ebb9254f804",
     '基于任务调度延迟的balance方案16_9.pptx', 'arch-06'),
    ('years/CLK2025/4 调度、性能与调试分论坛/1 路自谦-Defer throttle to when task exits to user.pdf',
     "7ec5327efa27f6ddbdea661d96f985d8ae1c7067190a281a5cd2f385fc7e6999",
     'CLK22-Defer-Throttle-To-User-Exit.pdf', 'arch-07'),
    ('CLK2024/调度与锁分论坛/3-YALT Yet Another Lockless Tree.pdf',
     "639e264dee680a94175082ed1d5a75c08f330d389a1bbf1422289f1674fc2276",
     'CLK_22_YALT.pdf', 'arch-08'),
    ('years/CLK2023/分论坛1（内存管理）/6  large folio for anonymous mapping——殷锋卫.pptx',
     "f9a2268e3a179e4086a60021c244446ac80913630f9e107ea3e68ccad873d22d",
     'CLK2022_Large_Folio_for_Anonymous_Mapping.pptx', 'mem-01'),
    ('CLK2024/内存分论坛/2-内存压缩大页(ZHP)优化.pdf',
     "81b71b75686f2dbf05b8b77058a1cd8c536495f41baa81fba2dbf75fd8f2811c",
     'CLK2022_vivo_内存压缩大页ZHP优化.pdf', 'mem-02'),
    ('years/CLK2025/2 内存管理与优化分论坛/6 林泽生-ZCACHE：异步文件压缩缓存管理方案.pdf',
     "e1020f271147923d95706feed198042d2e858e66498e1997223c0e24795b6ab2",
     '2022_CLK_ZCACHE- 异步文件压缩缓存管理方案_vivo_林泽生.pdf', 'mem-04'),
    ('years/CLK2023/分论坛2（云和服务器）/5  云平台热迁移技术优化与实践——潘睿.pptx',
     "4ee26dab6af3e4920784d58f453cb3714f6d79204b465ba8a87ace39c29c91c3",
     '1119-2-clk_2022-云平台热迁移技术优化与实践.pptx', 'mem-05'),
    ('years/CLK2025/6 AI 基础设施与 eBPF 应用分论坛/3 程书意-基于eBPF的大模型性能分析及慢节点检测.pdf',
     "493708f6baabc6f75776af5c9f13b19ea419ed5cf0d8dc505e5be289703c0985",
     'CLK_22_LLM_SlowNode.pdf', 'mem-06'),
    ('CLK2024/综合分论坛/1-Inline tail 大幅减少 f2fs 小文件空间占用.pdf',
     "4ebb2e71430cd36b0d5e8202d44c86eb5ef26543a4e0a6b6ccfced84f0b60314",
     'Inline Tail for F2FS Small Files.pdf', 'io-01'),
    ('years/CLK2023/分论坛3（Arch&虚拟化&IO）/7  iomap：f2fs转向iomap的探索及实践——李扬韬.pptx',
     "df697df901e453fd297180fc38d8246e8ab791edfbc0aa3be2fd1cde01a94562",
     'CLK22-F2FS-Iomap-Conversion.pptx', 'io-02'),
    ('years/CLK2025/3 文件系统与存储分论坛/8 李保坤-EXT4块分配可扩展性优化.pdf',
     "7e748205d7b390169136e1d82451c9e7a8286d40fa1ab951fde8fba7305c8505",
     '1119-3-clk_2022-EXT4块分配可扩展性优化.pdf', 'io-03'),
    ('years/CLK2025/3 文件系统与存储分论坛/6 郑琪星-MD RAID无锁位图(llbitmap)优化机制.pdf',
     "1ba7d66bdba44e68022de4ab670e86e6a187dac802b968e954553f3c87365b99",
     "CLK'22-MD RAID无锁位图优化机制_华为_郑琪星.pdf", 'io-05'),
    ('years/CLK2023/分论坛4（调试 eBPF 调度）/1  向linux内核社区引入objtrace——谢欢.pptx',
     "b02291c042cc757e9ec6a7a0071ad743a49bb433d91e4ba3f45d93683c3ca982",
     'CLK_22_objtrace.pptx', 'io-06'),
    ('CLK2024/存储IO分论坛/6-tcprt 面向网络监控的eBPF实践.pdf',
     "ee8f4829143a74731be82eb7fdb8bf51f77c3b3dbee96074b360d78c7e12cf95",
     'tcprt：面向网络监控的eBPF实践.pdf', 'io-07'),
    ('CLK2024/综合分论坛/7-基于eBPF的内核态容器运行时安全实践.pdf',
     "925213d3411ef82a0fcd4d891cb5c9e8388746b292d083484c57e5ded1381fa1",
     "CLK'22-基于eBPF的内核态容器运行时安全实践_浪潮信息_甄鹏.pdf", 'io-09'),
    ('years/CLK2025/4 调度、性能与调试分论坛/5 Gavin Guo-Decoding Kernel Callstack with MCP Tools.pdf',
     "11409081f6b1d9365f18eeb6999ff670bcbcbb694f9c915e2dcefd4f33cbf4ea",
     'CLK2022_Decoding_Kernel_Callstacks_with_MCP_Tools.pdf', 'io-10'),
]
# CLK2022's ublk .pptx is mode 100755 beside its .pptx.pdf; the pair here is arch-01's.
EXECUTABLE = {"riscv64k-clk2022-路旭-字节跳动.pptx"}

# One recording per forum, as CLK2022's README links them (the URLs are invented, in its shape).
RECORDINGS = [
    ("主论坛", "https://live.csdn.net/room/csdnlive2/Hq7bTz3K"),
    ("处理器架构与调度分论坛", "https://live.csdn.net/room/csdnlive6/Wn4yPe9D"),
    ("内存管理与异构计算分论坛", "https://live.csdn.net/room/csdnlive7/rJ2mXc8V"),
    ("IO 与 ebpf 分论坛", "https://live.csdn.net/room/csdnlive8/Lb5sGu6Q"),
]
README = "# CLK2022\n\n## Meeting Recordings\n\n%s\n\n\n## Agenda\n![CLK2022](./imgs/2022clk.png)\n" % "\n\n".join(
    "[%s](%s)" % r for r in RECORDINGS)

WHO = "CLK organizers"
EMAIL = "organizers@clk.invalid"
WHEN = "2022-11-21T10:00:00+08:00"
MESSAGE = "CLK2022 slides and agenda"


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def default_corpus():
    return os.environ.get("CLKARCHIVE_CORPUS") or os.path.join(os.path.dirname(CHECKOUT), "shared", "corpus")


def git(dest, *args, env):
    subprocess.run(["git", "-C", dest, *args], check=True, env=env, stdout=subprocess.DEVNULL)


def build(dest, corpus):
    if os.path.exists(dest) and os.listdir(dest):
        sys.exit("build.py: %s exists and is not empty" % dest)
    names = [name for _, _, name, _ in DECKS]
    assert len(set(names)) == len(names) and all("/" not in n for n in names)
    os.makedirs(os.path.join(dest, "imgs"), exist_ok=True)
    for source, digest, name, _ in DECKS:
        src = os.path.join(corpus, source)
        if sha256(src) != digest:
            sys.exit("build.py: %s is not the deck this set was made from" % src)
        shutil.copyfile(src, os.path.join(dest, name))
        assert sha256(os.path.join(dest, name)) == digest
        os.chmod(os.path.join(dest, name), 0o755 if name in EXECUTABLE else 0o644)
    shutil.copyfile(os.path.join(HERE, "2022clk.png"), os.path.join(dest, "imgs", "2022clk.png"))
    with open(os.path.join(dest, "imgs", "Readme.md"), "w", encoding="utf-8") as fh:
        fh.write("\n")
    with open(os.path.join(dest, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    for rel in ("imgs/2022clk.png", "imgs/Readme.md", "README.md"):
        os.chmod(os.path.join(dest, rel), 0o644)
    with tempfile.TemporaryDirectory() as home:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "LC_ALL": "C",
               "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
               "GIT_AUTHOR_NAME": WHO, "GIT_AUTHOR_EMAIL": EMAIL, "GIT_AUTHOR_DATE": WHEN,
               "GIT_COMMITTER_NAME": WHO, "GIT_COMMITTER_EMAIL": EMAIL, "GIT_COMMITTER_DATE": WHEN}
        git(dest, "init", "-q", "-b", "main", env=env)
        git(dest, "config", "core.fileMode", "true", env=env)
        git(dest, "add", "-A", env=env)
        for name in EXECUTABLE:
            git(dest, "update-index", "--chmod=+x", "--", name, env=env)
        git(dest, "commit", "-q", "--no-gpg-sign", "-m", MESSAGE, env=env)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest")
    ap.add_argument("--corpus", default=None, help="the shared corpus (default: $CLKARCHIVE_CORPUS, else "
                    "../shared/corpus beside the checkout)")
    args = ap.parse_args()
    build(os.path.abspath(args.dest), args.corpus or default_corpus())


if __name__ == "__main__":
    main()
