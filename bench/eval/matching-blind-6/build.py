"""Build the matching-blind-6 repository: a stand-in for CLK2022, laid out as CLK2022's is.

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
matching-blind-5's build.py; the decks, names and README links are this set's.
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
    ("CLK2024/主论坛/3-RISC-VIOMMU的Scalable 提案(GIPC)及 Linux 技术路线.pdf",
     "dfbedb63bddc36eeeda728b95a5d7a87a7a049cc4462424e210b847c514bbeef",
     "RISC-V IOMMU的Scalable提案及Linux技术路线.pdf", "main-02", "100644"),
    (Y25 + "4 调度、性能与调试分论坛/2 章雨宸-持续Profiling.pdf",
     "74b634f736390fc85a542e366c70dcd1b9bc5fd05cfd009d3f7a4fb20204bc53",
     "CLK22-BPF-Unwinding-And-Continuous-Profiling.pdf", "main-03", "100644"),
    (Y23 + "分论坛4（调试 eBPF 调度）/6  Kmalloc随机化：一种新的堆喷攻击缓解手段——龚睿奇.pptx",
     "a4ce9fc1226a30b6efcfc6f4479791cf74f6007a10e55d3c93c8ccd8e37493d6",
     "kmalloc_random-clk2022-龚睿奇-华为.pptx", "main-04", "100755"),
    (Y23 + "分论坛4（调试 eBPF 调度）/6  Kmalloc随机化：一种新的堆喷攻击缓解手段——龚睿奇.pptx",
     "a4ce9fc1226a30b6efcfc6f4479791cf74f6007a10e55d3c93c8ccd8e37493d6",
     "clk2022_kmalloc_random.pptx.pdf", "main-04", "100644"),
    (Y23 + "分论坛2（云和服务器）/8  基于英特尔DSA的容器迁移——吴江波.pptx",
     "1d12faeb2a4de4b070195eea88eed8814ac92aeb7e81e8c6aa81ce30990d51f9",
     "CLK'22-基于DSA的容器迁移_英特尔_吴江波.pptx", "main-06", "100644"),
    (Y23 + "分论坛3（Arch&虚拟化&IO）/1  LoongArch KVM虚拟化支持——赵天瑞.pptx",
     "ff39e1ebcee5608292e54d5bcd719cb985d34fb026acb0bb9b2568e52122b1f6",
     "CLK2022_LoongArch_KVM_Virtualization.pptx", "arch-01", "100644"),
    ("CLK2024/体系架构与虚拟化分论坛/2-AMD平台Core&UnCore PMU虚拟化技术实践.pdf",
     "11ea8b424f09d4fbc0dbab41e54c7e6e8c79d093d426d61f4487857df35a1f22",
     "2022_CLK_AMD平台PMU虚拟化- Core与Uncore_阿里云_郑翔.pdf", "arch-02", "100644"),
    ("CLK2024/体系架构与虚拟化分论坛/5-riscv bpf现状与未来工作.pdf",
     "0df8b736642d75307b828bc6d25020a4480c0ac8a28f93200b6b19ea74c47ab3",
     "CLK_22_rv_ebpf.pdf", "arch-04", "100644"),
    ("CLK2024/体系架构与虚拟化分论坛/7-Virtio Crypto Akcipher虚拟化加速和 Crypto Over Fabrics资源池化方案.pdf",
     "c80a7a95c6540e1d2508974b7c9c3bb114193c729b03a1187a1d3333fce4ebc0",
     "CLK2022_字节跳动_Virtio Crypto虚拟化加速与资源池化.pdf", "arch-05", "100644"),
    ("CLK2024/调度与锁分论坛/5-kretprobe可扩展性性能提升 - 高性能无锁对象池objpool的实现.pdf",
     "dd35a740f9f1c73822c6bbff1e1716b1a4fdd9756d224433e97278533ca843cb",
     "objpool无锁对象池16_9.pdf", "arch-06", "100644"),
    (Y23 + "分论坛1（内存管理）/2  shrink_slabd：异步slab shrinker以减少内存回收延迟——李培锋.pptx",
     "5319db2bff331498379f002d777a13424f81393c9a961bc1d3996ee4c9ef9141",
     "CLK22-Shrink-Slabd.pptx", "mem-01", "100644"),
    (Y23 + "分论坛1（内存管理）/5  针对page映射频度和lock contention的LRU回收优化——李培锋.pptx",
     "91e8a885ff01a95621c055a6d6afb1d941a1bbda6f2ca580edb5ec4f93a9e4b9",
     "1112-3-clk_2022-LRU回收优化.pptx", "mem-02", "100644"),
    (Y25 + "2 内存管理与优化分论坛/2 李文通-PMR：并行内存回收的设计与实践.pdf",
     "27b401a3d5f8ae5c03e8cf0380b41a305c5a684af2fd22f33cb62b9fb58a3b6b",
     "Parallel Memory Reclaim-CLK2022.pdf", "mem-03", "100644"),
    ("CLK2024/内存分论坛/7-稀疏文件零页填充.pdf",
     "85fecb4c3a4a55e6e672df876f40f44077d1ffc469b5a5c117521558e49049c5",
     "1112-6-clk_2022-稀疏文件零页填充.pdf", "mem-04", "100644"),
    (Y25 + "2 内存管理与优化分论坛/3 汪劼文-zram多压缩算法效率实践与评估.pdf",
     "463e3c8bbebed37b74f66a4a2c142ccba4523da5c16ee0007a926917ac6e0a1d",
     "1112-4-clk_2022-ZRAM多压缩算法评估.pdf", "mem-05", "100644"),
    (Y25 + "2 内存管理与优化分论坛/4 林芝驰-ZRAM异构压缩技术：基于GPU加速的内存回收方案.pdf",
     "b5c87f0fa5403c5fc45ecafff7133648263538ff88cbf4fb440c39add67964b6",
     "CLK2022_vivo_GPU加速的ZRAM压缩.pdf", "mem-06", "100644"),
    ("CLK2024/存储IO分论坛/3-SLS单层存储 零拷贝共享内存设计与应用.pdf",
     "9a2c80fc21e6dbc4b858f3d3ca6d41647a62918ca6644995825d0a4b3d7c9df1",
     "SLS单层存储1.1.pdf", "mem-08", "100644"),
    ("CLK2024/存储IO分论坛/2-EROFS文件系统最小化内存占用和申请时延的优化方案.pdf",
     "fea4719c7f9cecf53ca78bf7aeaa263936982c7c5d3d3ef253b5d9f481503b3c",
     "CLK'22-EROFS内存占用与申请时延优化_vivo_郭纯海.pdf", "io-01", "100644"),
    (Y25 + "2 内存管理与优化分论坛/8 郭纯海-EROFS 压缩文件 Direct IO 的探索和支持.pdf",
     "2bdcfffb34b49dcf0e3df5a1bae385712350e105f82fea4b9ea58aec01ccbcc9",
     "Exploring Direct IO for EROFS Compressed Files.pdf", "io-02", "100644"),
    ("CLK2024/存储IO分论坛/7-Device Mapper减少flush和verity耗时的方案.pdf",
     "e8164cb093a1913101baffaf7c119e23f87b7cd13201eeee66b3ced101d5c286",
     "CLK2022_Device_Mapper_Flush_Verity.pdf", "io-03", "100644"),
    (Y25 + "4 调度、性能与调试分论坛/8 王建政-EEIO.pdf",
     "ce85bae0eb9cc70d597caf2c31fd5b5ad1a59af09aef9fd43b433cc63e40698e",
     "CLK22-Energy-Efficient-IO.pdf", "io-04", "100644"),
    (Y25 + "2 内存管理与优化分论坛/7 韩棋-Uncached buffer IO 探索与在 f2fs 上的支持.pdf",
     "9182160bebcf2e88cd9a66cae8855960095dce382c443caa2dfc5803a7eecff5",
     "CLK_22_uncached_buffered_io.pdf", "io-05", "100644"),
    (Y25 + "3 文件系统与存储分论坛/1 赵南哲-F2FS Large Folios 新进展 针对压缩文件和私有状态的原创设计与实现.pdf",
     "bd535fd836904da1b5d80de18d96f52638562c47d4795e79ad707c086c8e1d82",
     "2022_CLK_F2FS压缩文件Large Folios- 原创设计与实现_南京工业大学_赵南哲.pdf", "io-06", "100644"),
    (Y25 + "5 硬件架构与异构计算分论坛/7 黎红波-TrIO 利用IO轨迹加速容器冷启动.pdf",
     "f4ad0a83b6564b79d6bc71f51932bb20ae315819feee417edbde9e6b06c14f81",
     "TrIO利用IO轨迹加速容器冷启动.pdf", "io-07", "100644"),
    (Y25 + "6 AI 基础设施与 eBPF 应用分论坛/4 林义凯-基于eBPF支持自定义低功耗策略的cpuidle_ext框架.pdf",
     "4d218d3548d90bcee70315e93df5c766337bbef3c1600e51365adf403cfdfd4c",
     "cpuidle_ext：基于eBPF的低功耗策略框架.pdf", "io-08", "100644"),
]
LICENSE = ("CLK2024/LICENSE", "41003d4a74749c0220e33dd415042164b5a1093ed401f36277234f772d22d3d0")

# One recording per forum, in the shape of CLK2022's links (room numbers and ids invented).
README = """# CLK2022

## Meeting Recordings

[主论坛](https://live.csdn.net/room/csdnlive2/Kx8NwT5d)

[处理器架构与调度分论坛](https://live.csdn.net/room/csdnlive6/Rj3vHq9Y)

[内存管理与异构计算分论坛](https://live.csdn.net/room/csdnlive7/Pz5aUe2M)

[IO 与 ebpf 分论坛](https://live.csdn.net/room/csdnlive8/Wc4fLb7S)


## Agenda
![CLK2022](./imgs/2022clk.png)
"""

WHO = "CLK organizers"
EMAIL = "organizers@clk.invalid"
WHEN = "2022-11-14T09:30:00+08:00"
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
    # bench/eval/matching-blind-6 -> the checkout -> ../shared/corpus beside it
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
