"""Build the matching-blind-7 repository: a stand-in for CLK2022, laid out as CLK2022's is.

Run:  python build.py DEST [--corpus DIR]

DEST becomes a plain git repository (branch main, ONE commit, fixed author,
committer and dates, git run with the user's and the system's config switched
off), so the commit id depends on the files alone.  Its tree is CLK2022's
shape: every deck at the ROOT under a renamed file name in one of CLK2022's
name styles, imgs/2022clk.png (this folder's poster, drawn by draw.py),
imgs/Readme.md (one newline, as CLK2022's), a README.md that links one
recording per forum as CLK2022's does, and CLK2024's LICENSE (its slides are
CC BY-NC 4.0 and the corpus asks that the licence travel with any copy).

The decks are copied byte for byte from the corpus (DIR, default
$CLKARCHIVE_CORPUS, else ../shared/corpus beside the checkout); the sha256 of
each source and of each copy is checked, so a changed corpus is an error, not
a silently different set.  This folder holds no deck.  Needs python3 and git.

The structure (DECKS table, copy_checked, the git environment) is copied from
matching-blind-6's build.py (itself copied from matching-blind-5's); the decks,
names, date and README links are this set's.
"""
import argparse
import hashlib
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
Y23, Y25 = "years/CLK2023/", "years/CLK2025/"

# (source under the corpus, sha256 of the source, name at the repository's root, talk id, git mode)
DECKS = [
    ("CLK2024/主论坛/2-从内核的角度提高数据中心内存利用率.pdf",
     "47c31117ae2dff252d754a8463e53917d1fc8067c5141b8f40878313f83f02dd",
     "2022_CLK_压榨内存- 提高数据中心内存利用率_字节跳动_李泽帆.pdf", "main-02", "100644"),
    (Y23 + "分论坛2（云和服务器）/5  云平台热迁移技术优化与实践——潘睿.pptx",
     "4ee26dab6af3e4920784d58f453cb3714f6d79204b465ba8a87ace39c29c91c3",
     "云平台热迁移技术优化16_9.pptx", "main-03", "100644"),
    (Y25 + "5 硬件架构与异构计算分论坛/1 牛根-基于龙架构的系统级二进制翻译器.pdf",
     "12d40e00360d765e2c190aac398c71fcd269caaa370b2fd940a508632c3ba0db",
     "CLK22-LATS-Binary-Translator-On-LoongArch.pdf", "main-04", "100644"),
    (Y25 + "6 AI 基础设施与 eBPF 应用分论坛/3 程书意-基于eBPF的大模型性能分析及慢节点检测.pdf",
     "493708f6baabc6f75776af5c9f13b19ea419ed5cf0d8dc505e5be289703c0985",
     "CLK2022_阿里云_基于eBPF的大模型慢节点检测.pdf", "main-05", "100644"),
    (Y23 + "分论坛1（内存管理）/9  RISCV-64K——路旭.pptx",
     "4a4af90e3b3a2950a4eebb9d6098072d8a0782e921a6b78b425493a5a45d72a3",
     "CLK2022_RISCV_64K_Base_Page.pptx", "arch-01", "100644"),
    (Y23 + "分论坛3（Arch&虚拟化&IO）/3  ARM64 SPE在NUMA balancing和DAMON中的实践——左泽.pptx",
     "9fb28ec46e662ab21eebb8709ef570050bc8e7ea64349a2dcdac8ee5f4cc121e",
     "CLK'22-ARM64 SPE- NUMA balancing与DAMON实践_华为_左泽.pptx", "arch-02", "100644"),
    ("CLK2024/调度与锁分论坛/7-NUMA-ICON 一种自适应NUMA调度框架.pdf",
     "90d12d6f0f708296e52c5418e5b23efbdda11d47d184592c435fe2e039a64929",
     "NUMA-ICON自适应调度框架1.2.pdf", "arch-03", "100644"),
    (Y23 + "分论坛4（调试 eBPF 调度）/7  基于任务调度延迟的balance方案——胡璞.pptx",
     "c0ba754816a9c7310a24910f42c666f7e17d49f00884713fde2e0ebb9254f804",
     "1106-2-clk_2022-基于调度延迟的balance方案.pptx", "arch-05", "100644"),
    (Y25 + "4 调度、性能与调试分论坛/3 臧春鑫-对eevdf的一点优化及思考.pdf",
     "91a3f1b8ee506f85b34dc54cbfef07d345ed55b3334c858c2ac7116ef415908f",
     "CLK_22_eevdf.pdf", "arch-06", "100644"),
    (Y25 + "4 调度、性能与调试分论坛/4 Lianbo Jiang-Improvements to Eppic and Rust support in the crash-utility.pdf",
     "b0fe48c7bd6d656bde41219e9514ad20cd6d6ccb51d0651f9a5663e2c2dda1e4",
     "Improvements to Eppic and Rust Support in crash-utility.pdf", "arch-07", "100644"),
    (Y23 + "分论坛4（调试 eBPF 调度）/1  向linux内核社区引入objtrace——谢欢.pptx",
     "b02291c042cc757e9ec6a7a0071ad743a49bb433d91e4ba3f45d93683c3ca982",
     "objtrace：向内核社区引入对象跟踪.pptx", "arch-08", "100644"),
    (Y23 + "分论坛1（内存管理）/11  异步内存回收新思路探索--基于冷热文件的冷热区域精准的回收冷文件页page——胡俊鹏.pptx",
     "2164ff841228d94c82d081894892c4b9671d96ed5fac0f83a1107443c711094a",
     "CLK'22-异步内存回收新思路- 冷热文件精准回收_OPPO_胡俊鹏.pptx", "mem-01", "100644"),
    (Y25 + "2 内存管理与优化分论坛/5 李杨欧文-mmap_lock和anon_vma lock contention优化.pdf",
     "63c58af8ad3d3549c33658adde2359a22934c0462d4726a27024056ae96f9cde",
     "CLK2022_mmap_lock_anon_vma_Lock_Contention.pdf", "mem-02", "100644"),
    (Y25 + "2 内存管理与优化分论坛/6 林泽生-ZCACHE：异步文件压缩缓存管理方案.pdf",
     "e1020f271147923d95706feed198042d2e858e66498e1997223c0e24795b6ab2",
     "1106-7-clk_2022-ZCACHE异步文件压缩缓存.pdf", "mem-03", "100644"),
    ("CLK2024/存储IO分论坛/5-DMA-BUF支持Direct IO功能的方案和收益.pdf",
     "21216cab4d6084503566d682c28ca11491c4d7e7a69ef9a37dd3c1df99f44767",
     "dma-buf Direct IO-CLK2022.pdf", "mem-04", "100644"),
    (Y25 + "3 文件系统与存储分论坛/2 乔一凡-XMFS跨节点池化共享文件系统.pdf",
     "8c54e9246bc1ba395871b771a98e26704476783d7a09bfbcdbc23173955d5a3a",
     "2022_CLK_XMFS- 跨节点池化共享文件系统_华为_乔一凡.pdf", "mem-05", "100644"),
    ("CLK2024/调度与锁分论坛/1-f2fs large folios特性支持的探索和实践.pdf",
     "cb7738140c2ed35f5a829cfa4dac18d88a865f981a0cff463515c1dbc353dd00",
     "CLK_22_f2fs_large_folio.pdf", "io-01", "100644"),
    ("CLK2024/综合分论坛/1-Inline tail 大幅减少 f2fs 小文件空间占用.pdf",
     "4ebb2e71430cd36b0d5e8202d44c86eb5ef26543a4e0a6b6ccfced84f0b60314",
     "CLK2022_vivo_F2FS小文件Inline Tail.pdf", "io-02", "100644"),
    (Y23 + "分论坛3（Arch&虚拟化&IO）/7  iomap：f2fs转向iomap的探索及实践——李扬韬.pptx",
     "df697df901e453fd297180fc38d8246e8ab791edfbc0aa3be2fd1cde01a94562",
     "iomap-clk2022-李扬韬-vivo.pptx", "io-03", "100755"),
    (Y23 + "分论坛3（Arch&虚拟化&IO）/7  iomap：f2fs转向iomap的探索及实践——李扬韬.pptx",
     "df697df901e453fd297180fc38d8246e8ab791edfbc0aa3be2fd1cde01a94562",
     "clk2022_iomap.pptx.pdf", "io-03", "100644"),
    (Y25 + "3 文件系统与存储分论坛/3 王誉霏-Parallelizing_filesystem_writeback.pdf",
     "a4a663293d267273954f5612337ef5cbd4e880915c9666afb50c3cc815bac69b",
     "CLK22-Parallel-Writeback.pdf", "io-04", "100644"),
    (Y25 + "3 文件系统与存储分论坛/7 张翼-Fallocate Write Zeroes垂直零化文件预分配.pdf",
     "ad5a16d07d6a3a3386e440719100f9b5bcec3458267ddae13812518aac17ec4c",
     "Fallocate写零预分配16_9.pdf", "io-05", "100644"),
    (Y25 + "3 文件系统与存储分论坛/6 郑琪星-MD RAID无锁位图(llbitmap)优化机制.pdf",
     "1ba7d66bdba44e68022de4ab670e86e6a187dac802b968e954553f3c87365b99",
     "MD RAID Lockless Bitmap-CLK2022.pdf", "io-06", "100644"),
    ("CLK2024/综合分论坛/7-基于eBPF的内核态容器运行时安全实践.pdf",
     "925213d3411ef82a0fcd4d891cb5c9e8388746b292d083484c57e5ded1381fa1",
     "基于eBPF的容器运行时安全.pdf", "io-07", "100644"),
]
LICENSE = ("CLK2024/LICENSE", "41003d4a74749c0220e33dd415042164b5a1093ed401f36277234f772d22d3d0")

# One recording per forum, in the shape of CLK2022's links (room numbers and ids invented).
README = """# CLK2022

## Meeting Recordings

[主论坛](https://live.csdn.net/room/csdnlive1/Hq7TzR2b)

[处理器架构与调度分论坛](https://live.csdn.net/room/csdnlive5/Ym4KwE8s)

[内存管理与异构计算分论坛](https://live.csdn.net/room/csdnlive3/Vd9PnA6c)

[IO 与 ebpf 分论坛](https://live.csdn.net/room/csdnlive4/Gt2XsL5j)


## Agenda
![CLK2022](./imgs/2022clk.png)
"""

WHO = "CLK organizers"
EMAIL = "organizers@clk.invalid"
WHEN = "2022-11-08T20:15:00+08:00"
MESSAGE = "CLK2022 slides and agenda"


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def default_corpus():
    env = os.environ.get("CLKARCHIVE_CORPUS")
    if env:
        return env
    # bench/eval/matching-blind-7 -> the checkout -> ../shared/corpus beside it
    return os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus"))


def git(dest, *args, env):
    subprocess.run(["git", "-C", dest, *args], check=True, env=env, stdout=subprocess.DEVNULL)


def copy_checked(src, expected, dst):
    if sha256(src) != expected:
        sys.exit(f"build.py: {src}: not the file this set was made from (sha256 differs)")
    shutil.copyfile(src, dst)
    if sha256(dst) != expected:
        sys.exit(f"build.py: {dst}: the copy differs from its source")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest")
    ap.add_argument("--corpus", default=None)
    a = ap.parse_args()
    corpus = a.corpus or default_corpus()
    dest = os.path.abspath(a.dest)
    if os.path.exists(dest) and os.listdir(dest):
        sys.exit(f"build.py: {dest} exists and is not empty")
    poster = os.path.join(HERE, "2022clk.png")
    if not os.path.isfile(poster):
        sys.exit(f"build.py: {poster} is missing: run draw.py first")
    names = [d[2] for d in DECKS]
    assert len(set(names)) == len(names) and all("/" not in n for n in names)
    os.makedirs(os.path.join(dest, "imgs"), exist_ok=True)

    for src, digest, name, _, _ in DECKS:
        copy_checked(os.path.join(corpus, src), digest, os.path.join(dest, name))
    copy_checked(os.path.join(corpus, LICENSE[0]), LICENSE[1], os.path.join(dest, "LICENSE"))
    shutil.copyfile(poster, os.path.join(dest, "imgs", "2022clk.png"))
    with open(os.path.join(dest, "imgs", "Readme.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n")
    with open(os.path.join(dest, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README)

    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": dest,  # no ~/.gitconfig of the user's
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": WHO, "GIT_AUTHOR_EMAIL": EMAIL, "GIT_AUTHOR_DATE": WHEN,
        "GIT_COMMITTER_NAME": WHO, "GIT_COMMITTER_EMAIL": EMAIL, "GIT_COMMITTER_DATE": WHEN,
        "LC_ALL": "C",
    }
    git(dest, "init", "-q", "-b", "main", env=env)
    git(dest, "config", "core.autocrlf", "false", env=env)
    git(dest, "config", "core.fileMode", "false", env=env)  # modes come from DECKS, not from the disk
    git(dest, "add", "--", ".", env=env)
    for _, _, name, _, mode in DECKS:
        git(dest, "update-index", "--chmod=" + ("+x" if mode == "100755" else "-x"), "--", name, env=env)
    git(dest, "commit", "-q", "-m", MESSAGE, env=env)
    git(dest, "config", "--unset", "core.fileMode", env=env)
    for _, _, name, _, mode in DECKS:
        if mode == "100755":
            os.chmod(os.path.join(dest, name), 0o755)
    head = subprocess.run(["git", "-C", dest, "rev-parse", "HEAD"], check=True, env=env,
                          capture_output=True, text=True).stdout.strip()
    print(f"{dest}: {len(DECKS)} deck files, commit {head}")


if __name__ == "__main__":
    main()
