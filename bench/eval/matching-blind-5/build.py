"""Build the matching-blind-5 repository: a stand-in for CLK2022, laid out as CLK2022's is.

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
    (Y23 + "主论坛/Keynote3-The Challenges of Scalability in Linux Kernel——宋牧春、郑琦.pdf",
     "fdd5e6984201b4d4aae693f02cbf517ae134aca5ee3280b6301c48865219bc9b",
     "CLK22-The-Challenges-Of-Scalability.pdf", "main-02", "100644"),
    (Y25 + "1 主论坛/2 贺中坤-字节大规模内核版本迁移实践.pdf",
     "2cad6c0696928c07d0e14aa2c4f1f6b981e4f17c0658c1eb8463bb4ad67f3f3e",
     "1203-1-clk_2022-字节大规模内核版本迁移实践.pdf", "main-03", "100644"),
    (Y23 + "分论坛2（云和服务器）/1  RAM Overcommit in Cloud——赵宇.pdf",
     "b989dafdd00532901053577510738bdb34b0d85322cab88b23521466a6689242",
     "CLK2022_RAM_Overcommit_in_Cloud.pdf", "main-05", "100644"),
    (Y25 + "6 AI 基础设施与 eBPF 应用分论坛/6 李朝阳-PORTGPT 基于大语言模型的自动化向后移植研究.pdf",
     "a5025b6dfea95458e1489ef71f7b9532d52be7467a065cc369650a2013950bce",
     "2022_CLK_PORTGPT- 基于大语言模型的自动化后向移植研究_OS3 Lab_李朝阳.pdf", "main-06", "100644"),
    (Y25 + "5 硬件架构与异构计算分论坛/3 郭任-Device_shared_work_queue.pdf",
     "79410297d6110ff87d3e78b23937c7b44e3909b70b2d12535174d1c7f1c552c6",
     "RISC-V Device Shared Work Queue-CLK2022.pdf", "arch-01", "100644"),
    ("CLK2024/体系架构与虚拟化分论坛/1-RISC-V架构下的PMU虚拟化直通方案.pdf",
     "a66a229cf70e75746300eb411f005c9b983cbd9ac2aed00e0afb5b8ca8d76aad",
     "CLK2022_字节跳动_RISC-V PMU虚拟化直通方案.pdf", "arch-02", "100644"),
    ("CLK2024/综合分论坛/3-cpufreq_ext 基于eBPF的CPU调频框架.pdf",
     "a1079d3f115ab2f28091b2f77d02ee8834f928281c8ed87710dec9227b31b01d",
     "CLK'22-cpufreq_ext- 基于eBPF的CPU调频框架_华为_邹贻鹏.pdf", "arch-04", "100644"),
    (Y25 + "4 调度、性能与调试分论坛/1 路自谦-Defer throttle to when task exits to user.pdf",
     "7ec5327efa27f6ddbdea661d96f985d8ae1c7067190a281a5cd2f385fc7e6999",
     "CLK_22_defer_throttle.pdf", "arch-05", "100644"),
    (Y25 + "4 调度、性能与调试分论坛/3 臧春鑫-对eevdf的一点优化及思考.pdf",
     "91a3f1b8ee506f85b34dc54cbfef07d345ed55b3334c858c2ac7116ef415908f",
     "对eevdf的一点优化及思考16_9.pdf", "arch-06", "100644"),
    (Y23 + "分论坛4（调试 eBPF 调度）/"
     "3  New kernel tracer(osnoise, timerlat) to locate the latency spike——赵桥.pptx",
     "f20cc9f875542de87fae043fe18c54336e1a0dec07b88905571df88cf9005a27",
     "CLK22-Osnoise-Timerlat-Latency-Tracers.pptx", "arch-07", "100644"),
    ("CLK2024/调度与锁分论坛/3-YALT Yet Another Lockless Tree.pdf",
     "639e264dee680a94175082ed1d5a75c08f330d389a1bbf1422289f1674fc2276",
     "Yet Another Lockless Tree.pdf", "arch-08", "100644"),
    (Y23 + "分论坛1（内存管理）/1  Shrinking_shrinker_locking_overhead——郑琦.pptx",
     "2699d6f9b24a5ea2a3126c846937fd077a5d0dd64a6cf371d7fb56b69f8bb61e",
     "CLK2022_Shrinker_Locking_Overhead.pptx", "mem-01", "100644"),
    (Y23 + "分论坛1（内存管理）/10  Algorithm for duplicating maple tree——张鹏.pptx",
     "e7f24fa6a06e6564a7ad3b56efed0f4336af1d9e8df77d9283af78e11980b33d",
     "CLK_22_maple_tree_dup.pptx", "mem-02", "100644"),
    ("CLK2024/内存分论坛/2-内存压缩大页(ZHP)优化.pdf",
     "81b71b75686f2dbf05b8b77058a1cd8c536495f41baa81fba2dbf75fd8f2811c",
     "2022_CLK_内存压缩大页(ZHP)优化_vivo_袁晓峰.pdf", "mem-03", "100644"),
    ("CLK2024/内存分论坛/3-围绕 mTHP的 SWAP 系统优化.pdf",
     "ab182e61b60b16965fc4ad532b2d0ac0f64eab3734401018d8084289c4ffd715",
     "围绕mTHP展开的SWAP分配器优化1.2.pdf", "mem-04", "100644"),
    (Y23 + "分论坛1（内存管理）/"
     "8  动态大页：基于ARM64 contiguous PTE的64KB HugePageLarge Folios——韩传华.pptx",
     "2b6d94c1f597738e61efeb9e983d11239876f2d3e81dc25da773232f6d6b7f62",
     "CLK'22-动态大页_OPPO_韩传华.pptx", "mem-06", "100644"),
    (Y23 + "分论坛1（内存管理）/6  large folio for anonymous mapping——殷锋卫.pptx",
     "f9a2268e3a179e4086a60021c244446ac80913630f9e107ea3e68ccad873d22d",
     "CLK22-Anon-Large-Folio.pptx", "mem-07", "100644"),
    (Y23 + "分论坛4（调试 eBPF 调度）/4  基于eBPF的FUSE优化实践——何鲁港.pptx",
     "dc9baf12b7490c5829c19c8232acd5130b5e88ad479721b9b7ffbd6db30a189d",
     "bpfuse-clk2022-何鲁港-统信软件.pptx", "io-01", "100755"),
    (Y23 + "分论坛4（调试 eBPF 调度）/4  基于eBPF的FUSE优化实践——何鲁港.pptx",
     "dc9baf12b7490c5829c19c8232acd5130b5e88ad479721b9b7ffbd6db30a189d",
     "clk2022_bpfuse.pptx.pdf", "io-01", "100644"),
    (Y25 + "3 文件系统与存储分论坛/3 王誉霏-Parallelizing_filesystem_writeback.pdf",
     "a4a663293d267273954f5612337ef5cbd4e880915c9666afb50c3cc815bac69b",
     "Parallelizing filesystem writeback-CLK2022.pdf", "io-02", "100644"),
    ("CLK2024/综合分论坛/2-f2fs 下一代压缩技术.pdf",
     "a375c433ac12a3c7f70cfa940206c71098a61ccc5cc8d5642a1f8e7f6565fa18",
     "CLK_22_F2FS_Compression.pdf", "io-03", "100644"),
    ("CLK2024/存储IO分论坛/6-tcprt 面向网络监控的eBPF实践.pdf",
     "ee8f4829143a74731be82eb7fdb8bf51f77c3b3dbee96074b360d78c7e12cf95",
     "1203-3-clk_2022-tcprt面向网络监控的eBPF实践.pdf", "io-04", "100644"),
    (Y25 + "4 调度、性能与调试分论坛/5 Gavin Guo-Decoding Kernel Callstack with MCP Tools.pdf",
     "11409081f6b1d9365f18eeb6999ff670bcbcbb694f9c915e2dcefd4f33cbf4ea",
     "CLK22-Kernel-Callstack-MCP.pdf", "io-05", "100644"),
    (Y25 + "6 AI 基础设施与 eBPF 应用分论坛/5 唐葛亮-使用MPTCP实现网络加速.pdf",
     "df8119d7fa2d719cb25c583c821d8bd6ce0f4b5b361ed6f0d3bc479accb26690",
     "使用MPTCP实现网络加速.pdf", "io-06", "100644"),
    (Y25 + "3 文件系统与存储分论坛/8 李保坤-EXT4块分配可扩展性优化.pdf",
     "7e748205d7b390169136e1d82451c9e7a8286d40fa1ab951fde8fba7305c8505",
     "CLK2022_华为_EXT4块分配可扩展性优化.pdf", "io-07", "100644"),
]
LICENSE = ("CLK2024/LICENSE", "41003d4a74749c0220e33dd415042164b5a1093ed401f36277234f772d22d3d0")

# One recording per forum, in the shape of CLK2022's links (room numbers and ids invented).
README = """# CLK2022

## Meeting Recordings

[主论坛](https://live.csdn.net/room/csdnlive1/Qm7RxWc2)

[处理器架构与调度分论坛](https://live.csdn.net/room/csdnlive3/hT4pLz8K)

[内存管理与异构计算分论坛](https://live.csdn.net/room/csdnlive4/Vb2sNe6J)

[IO 与 ebpf 分论坛](https://live.csdn.net/room/csdnlive5/yG9dKq3U)


## Agenda
![CLK2022](./imgs/2022clk.png)
"""

WHO = "CLK organizers"
EMAIL = "organizers@clk.invalid"
WHEN = "2022-12-05T10:00:00+08:00"
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
    # bench/eval/matching-blind-5 -> the checkout -> ../shared/corpus beside it
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
