"""Build matching-blind-3's repository: a stand-in for CLK2022, laid out as CLK2022's is.

Run:  python build.py DEST [--corpus DIR]

DEST (absent or an empty folder) becomes a plain git repository, branch main, with ONE commit whose
author, committer, dates and message are fixed, written by git with the user's and the system's
config switched off, so that the commit id depends on the files alone.  Its tree, as CLK2022's:
  - 23 deck files at the ROOT (22 talks: one deck is there twice, as '.pptx' and as '.pptx.pdf'),
    copied byte for byte from the corpus's CLK2024 decks (DIR, default $CLKARCHIVE_CORPUS, else
    ../shared/corpus beside the checkout) and renamed in CLK2022's mixed styles; the sha256 of each
    source and of each copy is checked;
  - imgs/2022clk.png (this folder's poster, drawn by draw.py) and imgs/Readme.md (one newline, as
    CLK2022's);
  - README.md linking one recording per forum, in CLK2022's words and shape (the URLs are invented);
  - LICENSE: CLK2024's CC BY-NC 4.0, which its decks must travel with (CLK2022 itself has none).
The names built must be exactly the deck names truth.json maps to talks (draw.py writes that map from
DECKS below).  Needs python3 and git only.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# name at the root -> (talk id, path under the corpus, sha256 of the bytes, git mode)
DECKS = {
    "2022_CLK_从内核的角度压榨内存_字节跳动_李泽帆.pdf": (
        "main-02", "CLK2024/主论坛/2-从内核的角度提高数据中心内存利用率.pdf",
        "47c31117ae2dff252d754a8463e53917d1fc8067c5141b8f40878313f83f02dd", "100644"),
    "CLK2022_RISC-V_IOMMU_Scalable_Proposal_GIPC.pdf": (
        "main-03", "CLK2024/主论坛/3-RISC-VIOMMU的Scalable 提案(GIPC)及 Linux 技术路线.pdf",
        "dfbedb63bddc36eeeda728b95a5d7a87a7a049cc4462424e210b847c514bbeef", "100644"),
    "CLK22-YALT-Yet-Another-Lockless-Tree.pdf": (
        "main-04", "CLK2024/调度与锁分论坛/3-YALT Yet Another Lockless Tree.pdf",
        "639e264dee680a94175082ed1d5a75c08f330d389a1bbf1422289f1674fc2276", "100644"),
    "1217-5-clk_2022-围绕mTHP展开的SWAP分配器优化.pdf": (
        "main-05", "CLK2024/内存分论坛/3-围绕 mTHP的 SWAP 系统优化.pdf",
        "ab182e61b60b16965fc4ad532b2d0ac0f64eab3734401018d8084289c4ffd715", "100644"),
    "稀疏文件零页填充1.3.pdf": (
        "main-06", "CLK2024/内存分论坛/7-稀疏文件零页填充.pdf",
        "85fecb4c3a4a55e6e672df876f40f44077d1ffc469b5a5c117521558e49049c5", "100644"),
    "RISC-V架构下的PMU虚拟化直通方案.pdf": (
        "arch-01", "CLK2024/体系架构与虚拟化分论坛/1-RISC-V架构下的PMU虚拟化直通方案.pdf",
        "a66a229cf70e75746300eb411f005c9b983cbd9ac2aed00e0afb5b8ca8d76aad", "100644"),
    "CLK2022_阿里云_AMD平台PMU虚拟化技术实践.pdf": (
        "arch-02", "CLK2024/体系架构与虚拟化分论坛/2-AMD平台Core&UnCore PMU虚拟化技术实践.pdf",
        "11ea8b424f09d4fbc0dbab41e54c7e6e8c79d093d426d61f4487857df35a1f22", "100644"),
    "CLK_22_RISC-V_eBPF.pdf": (
        "arch-04", "CLK2024/体系架构与虚拟化分论坛/5-riscv bpf现状与未来工作.pdf",
        "0df8b736642d75307b828bc6d25020a4480c0ac8a28f93200b6b19ea74c47ab3", "100644"),
    "NUMA-ICON一种自适应NUMA调度框架16_9.pdf": (
        "arch-05", "CLK2024/调度与锁分论坛/7-NUMA-ICON 一种自适应NUMA调度框架.pdf",
        "90d12d6f0f708296e52c5418e5b23efbdda11d47d184592c435fe2e039a64929", "100644"),
    "CPUFreq_ext a BPF based cpufreq governor-CLK2022.pdf": (
        "arch-06", "CLK2024/综合分论坛/3-cpufreq_ext 基于eBPF的CPU调频框架.pdf",
        "a1079d3f115ab2f28091b2f77d02ee8834f928281c8ed87710dec9227b31b01d", "100644"),
    "2022_CLK_kretprobe可扩展性性能提升- 高性能无锁对象池objpool实现_字节跳动_巫强.pdf": (
        "arch-08", "CLK2024/调度与锁分论坛/5-kretprobe可扩展性性能提升 - 高性能无锁对象池objpool的实现.pdf",
        "dd35a740f9f1c73822c6bbff1e1716b1a4fdd9756d224433e97278533ca843cb", "100644"),
    "CLK2022_ZRAM_Huge_Page_ZHP.pdf": (
        "mem-01", "CLK2024/内存分论坛/2-内存压缩大页(ZHP)优化.pdf",
        "81b71b75686f2dbf05b8b77058a1cd8c536495f41baa81fba2dbf75fd8f2811c", "100644"),
    "CLK'22-f2fs large folio特性的探索和实践_vivo_张细锐.pdf": (
        "mem-03", "CLK2024/调度与锁分论坛/1-f2fs large folios特性支持的探索和实践.pdf",
        "cb7738140c2ed35f5a829cfa4dac18d88a865f981a0cff463515c1dbc353dd00", "100644"),
    # One talk, two files, as CLK2022's ublk deck: a '.pptx' (mode 100755, as that one is) and its
    # '.pptx.pdf' export.  CLK2024 holds PDFs only, so both names carry the same PDF bytes.
    "dmabuf_dio-clk2022-杨欢-vivo.pptx": (
        "mem-04", "CLK2024/存储IO分论坛/5-DMA-BUF支持Direct IO功能的方案和收益.pdf",
        "21216cab4d6084503566d682c28ca11491c4d7e7a69ef9a37dd3c1df99f44767", "100755"),
    "clk2022_dmabuf_dio.pptx.pdf": (
        "mem-04", "CLK2024/存储IO分论坛/5-DMA-BUF支持Direct IO功能的方案和收益.pdf",
        "21216cab4d6084503566d682c28ca11491c4d7e7a69ef9a37dd3c1df99f44767", "100644"),
    "Virtio Crypto Akcipher and Crypto Over Fabrics.pdf": (
        "mem-05", "CLK2024/体系架构与虚拟化分论坛/7-Virtio Crypto Akcipher虚拟化加速和 Crypto Over Fabrics资源池化方案.pdf",
        "c80a7a95c6540e1d2508974b7c9c3bb114193c729b03a1187a1d3333fce4ebc0", "100644"),
    "SLS单层存储_华为_黎红波.pdf": (
        "mem-06", "CLK2024/存储IO分论坛/3-SLS单层存储 零拷贝共享内存设计与应用.pdf",
        "9a2c80fc21e6dbc4b858f3d3ca6d41647a62918ca6644995825d0a4b3d7c9df1", "100644"),
    "EROFS文件系统最小化内存占用及申请时延的优化方案v2.pdf": (
        "io-01", "CLK2024/存储IO分论坛/2-EROFS文件系统最小化内存占用和申请时延的优化方案.pdf",
        "fea4719c7f9cecf53ca78bf7aeaa263936982c7c5d3d3ef253b5d9f481503b3c", "100644"),
    "Inline Tail：大幅减少F2FS小文件空间占用.pdf": (
        "io-02", "CLK2024/综合分论坛/1-Inline tail 大幅减少 f2fs 小文件空间占用.pdf",
        "4ebb2e71430cd36b0d5e8202d44c86eb5ef26543a4e0a6b6ccfced84f0b60314", "100644"),
    "CLK22-F2FS-Next-Generation-Compression.pdf": (
        "io-03", "CLK2024/综合分论坛/2-f2fs 下一代压缩技术.pdf",
        "a375c433ac12a3c7f70cfa940206c71098a61ccc5cc8d5642a1f8e7f6565fa18", "100644"),
    "CLK'22-Device Mapper- 减少flush和verity耗时的方案_vivo_王建政.pdf": (
        "io-04", "CLK2024/存储IO分论坛/7-Device Mapper减少flush和verity耗时的方案.pdf",
        "e8164cb093a1913101baffaf7c119e23f87b7cd13201eeee66b3ced101d5c286", "100644"),
    "CLK_22_tcprt.pdf": (
        "io-06", "CLK2024/存储IO分论坛/6-tcprt 面向网络监控的eBPF实践.pdf",
        "ee8f4829143a74731be82eb7fdb8bf51f77c3b3dbee96074b360d78c7e12cf95", "100644"),
    "基于eBPF的内核态容器运行时安全实践.pdf": (
        "io-08", "CLK2024/综合分论坛/7-基于eBPF的内核态容器运行时安全实践.pdf",
        "925213d3411ef82a0fcd4d891cb5c9e8388746b292d083484c57e5ded1381fa1", "100644"),
}

LICENSE = ("CLK2024/LICENSE", "41003d4a74749c0220e33dd415042164b5a1093ed401f36277234f772d22d3d0")

README = """# CLK2022

## Meeting Recordings

[主论坛](https://live.csdn.net/room/csdnlive1/Hq4WzN7c)

[处理器架构与调度分论坛](https://live.csdn.net/room/csdnlive3/tR8bKe2M)

[内存管理与异构计算分论坛](https://live.csdn.net/room/csdnlive4/Yx6PdJ3s)

[IO 与 ebpf 分论坛](https://live.csdn.net/room/csdnlive5/Lc9VnF5u)


## Agenda
![CLK2022](./imgs/2022clk.png)
"""

WHO = "CLK organizers"
MAIL = "organizers@clk.invalid"
WHEN = "2022-12-19T10:00:00+08:00"
MESSAGE = "CLK2022 slides and agenda"


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def copy_checked(src, dst, digest):
    """Copy src to dst, refusing a source whose bytes are not the ones this set was drawn from."""
    if not os.path.isfile(src):
        sys.exit("build.py: missing in the corpus: %s" % src)
    if sha256(src) != digest:
        sys.exit("build.py: %s is not the file this set was made from (sha256 differs)" % src)
    shutil.copyfile(src, dst)
    assert sha256(dst) == digest, dst


def default_corpus():
    env = os.environ.get("CLKARCHIVE_CORPUS")
    if env:
        return env
    checkout = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    return os.path.join(os.path.dirname(checkout), "shared", "corpus")


def git(dest, *args):
    """Run git with no user or system config and fixed identities and dates, so ids are reproducible."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({
        "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull, "HOME": dest,
        "GIT_AUTHOR_NAME": WHO, "GIT_AUTHOR_EMAIL": MAIL, "GIT_AUTHOR_DATE": WHEN,
        "GIT_COMMITTER_NAME": WHO, "GIT_COMMITTER_EMAIL": MAIL, "GIT_COMMITTER_DATE": WHEN,
        "LC_ALL": "C",
    })
    subprocess.run(["git", "-C", dest, *args], check=True, env=env, stdout=subprocess.DEVNULL)


def check_truth():
    """The deck names truth.json maps must be DECKS' names, each to the same talk."""
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as fh:
        truth = json.load(fh)
    mine = {name: row[0] for name, row in DECKS.items()}
    if truth["decks"] != mine:
        sys.exit("build.py: truth.json's decks differ from DECKS: run draw.py again")
    ids = {t["id"] for t in truth["talks"]}
    assert set(mine.values()) <= ids, set(mine.values()) - ids


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest")
    ap.add_argument("--corpus", default=None)
    a = ap.parse_args()
    corpus = a.corpus or default_corpus()
    dest = os.path.abspath(a.dest)
    if os.path.exists(dest) and os.listdir(dest):
        sys.exit("build.py: %s exists and is not empty" % dest)
    check_truth()
    os.makedirs(os.path.join(dest, "imgs"), exist_ok=True)
    for name, (_, rel, digest, mode) in DECKS.items():
        out = os.path.join(dest, name)
        copy_checked(os.path.join(corpus, rel), out, digest)
        os.chmod(out, 0o755 if mode == "100755" else 0o644)
    copy_checked(os.path.join(corpus, LICENSE[0]), os.path.join(dest, "LICENSE"), LICENSE[1])
    shutil.copyfile(os.path.join(HERE, "2022clk.png"), os.path.join(dest, "imgs", "2022clk.png"))
    with open(os.path.join(dest, "imgs", "Readme.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n")
    with open(os.path.join(dest, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README)
    git(dest, "init", "-q", "-b", "main")
    git(dest, "config", "core.fileMode", "true")
    git(dest, "add", "-A")
    for name, (_, _, _, mode) in DECKS.items():  # the mode in the tree, whatever the file system says
        git(dest, "update-index", "--chmod=%s" % ("+x" if mode == "100755" else "-x"), "--", name)
    git(dest, "commit", "-q", "-m", MESSAGE)
    print(subprocess.run(["git", "-C", dest, "rev-parse", "HEAD"], check=True, capture_output=True,
                         text=True).stdout.strip())


if __name__ == "__main__":
    main()
