"""Build matching-blind-2's repository: a stand-in for CLK2022, laid out as CLK2022's is.

Run:  python build.py DEST [--corpus DIR]

DEST (absent or empty) becomes a plain git repository, branch main, with ONE commit whose author,
committer and dates are fixed and which git writes with the user's and the system's config switched
off, so the commit id depends on the files alone.  Its tree, as CLK2022's:
  - 19 deck files at the ROOT (18 talks: one PPTX is there twice, as '.pptx' and as '.pptx.pdf'),
    copied byte for byte from the corpus (DIR, default $CLKARCHIVE_CORPUS, else ../shared/corpus
    beside the checkout) and renamed in CLK2022's mixed styles; each copy's sha256 is checked;
  - imgs/2022clk.png (this folder's poster, drawn by draw.py) and imgs/Readme.md (one newline, as
    CLK2022's);
  - README.md linking one recording per forum, in CLK2022's words and shape (the URLs are invented).
The names built must be exactly the deck names truth.json maps to talks.  Needs python3 and git.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# name at the root -> (path under the corpus, sha256 of the bytes, git mode)
DECKS = {
    "云平台热迁移技术优化与实践v1.3.pptx": (
        "years/CLK2023/分论坛2（云和服务器）/5  云平台热迁移技术优化与实践——潘睿.pptx",
        "4ee26dab6af3e4920784d58f453cb3714f6d79204b465ba8a87ace39c29c91c3",
        "100644",
    ),
    "Decoding Kernel Callstacks with MCP Tools.pdf": (
        "years/CLK2025/4 调度、性能与调试分论坛/5 Gavin Guo-Decoding Kernel Callstack with MCP Tools.pdf",
        "11409081f6b1d9365f18eeb6999ff670bcbcbb694f9c915e2dcefd4f33cbf4ea",
        "100644",
    ),
    "CLK2022_Improvements_to_Eppic_and_Rust_support_in_the_crash-utility.pdf": (
        "years/CLK2025/4 调度、性能与调试分论坛/4 Lianbo Jiang-Improvements to Eppic and Rust support in the "
        "crash-utility.pdf",
        "b0fe48c7bd6d656bde41219e9514ad20cd6d6ccb51d0651f9a5663e2c2dda1e4",
        "100644",
    ),
    "CLK2022_英特尔_基于DSA的容器迁移.pptx": (
        "years/CLK2023/分论坛2（云和服务器）/8  基于英特尔DSA的容器迁移——吴江波.pptx",
        "1d12faeb2a4de4b070195eea88eed8814ac92aeb7e81e8c6aa81ce30990d51f9",
        "100644",
    ),
    "Kmalloc随机化：一种新的堆喷攻击缓解手段.pptx": (
        "years/CLK2023/分论坛4（调试 eBPF 调度）/6  Kmalloc随机化：一种新的堆喷攻击缓解手段——龚睿奇.pptx",
        "a4ce9fc1226a30b6efcfc6f4479791cf74f6007a10e55d3c93c8ccd8e37493d6",
        "100644",
    ),
    "ARM64 SPE在NUMA balancing和DAMON中的实践.pptx": (
        "years/CLK2023/分论坛3（Arch&虚拟化&IO）/3  ARM64 SPE在NUMA balancing和DAMON中的实践——左泽.pptx",
        "9fb28ec46e662ab21eebb8709ef570050bc8e7ea64349a2dcdac8ee5f4cc121e",
        "100644",
    ),
    "2022_CLK_动态大页- 基于ARM64 Contiguous PTE的HugePage_Large Folios技术_OPPO_韩传华.pptx": (
        "years/CLK2023/分论坛1（内存管理）/8  动态大页：基于ARM64 contiguous PTE的64KB "
        "HugePageLarge Folios——韩传华.pptx",
        "2b6d94c1f597738e61efeb9e983d11239876f2d3e81dc25da773232f6d6b7f62",
        "100644",
    ),
    "New kernel tracer to locate the latency spike-CLK2022.pptx": (
        "years/CLK2023/分论坛4（调试 eBPF 调度）/3  New kernel tracer(osnoise, timerlat) to locate "
        "the latency spike——赵桥.pptx",
        "f20cc9f875542de87fae043fe18c54336e1a0dec07b88905571df88cf9005a27",
        "100644",
    ),
    "向内核社区引入objtrace16_9.pptx": (
        "years/CLK2023/分论坛4（调试 eBPF 调度）/1  向linux内核社区引入objtrace——谢欢.pptx",
        "b02291c042cc757e9ec6a7a0071ad743a49bb433d91e4ba3f45d93683c3ca982",
        "100644",
    ),
    "CLK22-Duplicating-Maple-Tree.pptx": (
        "years/CLK2023/分论坛1（内存管理）/10  Algorithm for duplicating maple tree——张鹏.pptx",
        "e7f24fa6a06e6564a7ad3b56efed0f4336af1d9e8df77d9283af78e11980b33d",
        "100644",
    ),
    # One talk, two files, as CLK2022's ublk deck: the PPTX (mode 100755, as that one is) and the same
    # bytes again under the name of its '.pptx.pdf' export.
    "shrink_slabd-clk2022-李培锋-OPPO.pptx": (
        "years/CLK2023/分论坛1（内存管理）/2  shrink_slabd：异步slab shrinker以减少内存回收延迟——李培锋.pptx",
        "5319db2bff331498379f002d777a13424f81393c9a961bc1d3996ee4c9ef9141",
        "100755",
    ),
    "clk2022_shrink_slabd.pptx.pdf": (
        "years/CLK2023/分论坛1（内存管理）/2  shrink_slabd：异步slab shrinker以减少内存回收延迟——李培锋.pptx",
        "5319db2bff331498379f002d777a13424f81393c9a961bc1d3996ee4c9ef9141",
        "100644",
    ),
    "1126-3-clk_2022-针对page映射频度和lock contention的LRU回收优化.pptx": (
        "years/CLK2023/分论坛1（内存管理）/5  针对page映射频度和lock contention的LRU回收优化——李培锋.pptx",
        "91e8a885ff01a95621c055a6d6afb1d941a1bbda6f2ca580edb5ec4f93a9e4b9",
        "100644",
    ),
    "异步内存回收新思路探索_OPPO_胡俊鹏.pptx": (
        "years/CLK2023/分论坛1（内存管理）/11  异步内存回收新思路探索--"
        "基于冷热文件的冷热区域精准的回收冷文件页page——胡俊鹏.pptx",
        "2164ff841228d94c82d081894892c4b9671d96ed5fac0f83a1107443c711094a",
        "100644",
    ),
    "CLK'22-iomap：f2fs转向iomap的探索及实践_vivo_李扬韬.pptx": (
        "years/CLK2023/分论坛3（Arch&虚拟化&IO）/7  iomap：f2fs转向iomap的探索及实践——李扬韬.pptx",
        "df697df901e453fd297180fc38d8246e8ab791edfbc0aa3be2fd1cde01a94562",
        "100644",
    ),
    "CLK2022_Fallocate_Write_Zeroes.pdf": (
        "years/CLK2025/3 文件系统与存储分论坛/7 张翼-Fallocate Write Zeroes垂直零化文件预分配.pdf",
        "ad5a16d07d6a3a3386e440719100f9b5bcec3458267ddae13812518aac17ec4c",
        "100644",
    ),
    "TrIO-clk2022-黎红波-华为.pdf": (
        "years/CLK2025/5 硬件架构与异构计算分论坛/7 黎红波-TrIO 利用IO轨迹加速容器冷启动.pdf",
        "f4ad0a83b6564b79d6bc71f51932bb20ae315819feee417edbde9e6b06c14f81",
        "100644",
    ),
    "CLK_22_BPFuse.pptx": (
        "years/CLK2023/分论坛4（调试 eBPF 调度）/4  基于eBPF的FUSE优化实践——何鲁港.pptx",
        "dc9baf12b7490c5829c19c8232acd5130b5e88ad479721b9b7ffbd6db30a189d",
        "100644",
    ),
    "2022_CLK_BPF用户态回溯lib和持续Profiling系统_字节跳动_章雨宸.pdf": (
        "years/CLK2025/4 调度、性能与调试分论坛/2 章雨宸-持续Profiling.pdf",
        "74b634f736390fc85a542e366c70dcd1b9bc5fd05cfd009d3f7a4fb20204bc53",
        "100644",
    ),
}

README = """# CLK2022

## Meeting Recordings

[主论坛](https://live.csdn.net/room/csdnlive2/Qm7TgW4z)

[处理器架构与调度分论坛](https://live.csdn.net/room/csdnlive6/hN3vKxR8)

[内存管理与异构计算分论坛](https://live.csdn.net/room/csdnlive7/Zp9LcYe2)

[IO 与 ebpf 分论坛](https://live.csdn.net/room/csdnlive8/Ud5JwBq6)


## Agenda
![CLK2022](./imgs/2022clk.png)
"""

AUTHOR = "CLK organizers"
EMAIL = "organizers@clk.invalid"
DATE = "2022-11-28T10:00:00+08:00"
MESSAGE = "CLK2022 slides and agenda"


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def git(dest, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        {
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "HOME": dest,
            "GIT_AUTHOR_NAME": AUTHOR,
            "GIT_AUTHOR_EMAIL": EMAIL,
            "GIT_AUTHOR_DATE": DATE,
            "GIT_COMMITTER_NAME": AUTHOR,
            "GIT_COMMITTER_EMAIL": EMAIL,
            "GIT_COMMITTER_DATE": DATE,
            "LC_ALL": "C",
        }
    )
    subprocess.run(["git", "-C", dest, *args], check=True, env=env, stdout=subprocess.DEVNULL)


def default_corpus():
    if os.environ.get("CLKARCHIVE_CORPUS"):
        return os.environ["CLKARCHIVE_CORPUS"]
    checkout = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    return os.path.join(os.path.dirname(checkout), "shared", "corpus")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest")
    ap.add_argument("--corpus", help="the corpus folder (default $CLKARCHIVE_CORPUS, else ../shared/corpus)")
    args = ap.parse_args()
    corpus = args.corpus or default_corpus()
    dest = os.path.abspath(args.dest)

    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as fh:
        truth = json.load(fh)
    if set(truth["decks"]) != set(DECKS):
        sys.exit(
            "build.py: the deck names differ from truth.json's: {}".format(
                sorted(set(truth["decks"]) ^ set(DECKS))
            )
        )
    if os.path.exists(dest) and os.listdir(dest):
        sys.exit(f"build.py: {dest} is not empty")
    os.makedirs(dest, exist_ok=True)

    for name, (source, digest, mode) in DECKS.items():
        src = os.path.join(corpus, source)
        if not os.path.isfile(src):
            sys.exit(f"build.py: {source} is missing (is {corpus} the corpus?)")
        if sha256(src) != digest:
            sys.exit(f"build.py: {source} is not the deck this set was made from")
        target = os.path.join(dest, name)
        shutil.copyfile(src, target)
        os.chmod(target, 0o755 if mode == "100755" else 0o644)
        assert sha256(target) == digest, name
    os.makedirs(os.path.join(dest, "imgs"))
    shutil.copyfile(os.path.join(HERE, "2022clk.png"), os.path.join(dest, "imgs", "2022clk.png"))
    with open(os.path.join(dest, "imgs", "Readme.md"), "w", encoding="utf-8") as fh:
        fh.write("\n")
    with open(os.path.join(dest, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)

    git(dest, "init", "--quiet", "--initial-branch=main")
    git(dest, "add", "--all")
    for name, (_source, _digest, mode) in DECKS.items():
        flag = "+x" if mode == "100755" else "-x"
        git(dest, "update-index", "--chmod=" + flag, "--", name)
    git(dest, "commit", "--quiet", "--no-verify", "-m", MESSAGE)
    head = subprocess.run(
        ["git", "-C", dest, "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    print(f"{dest}: {len(DECKS)} deck files, commit {head}")


if __name__ == "__main__":
    main()
