"""Build the repository of matching-blind-1: a stand-in for ChinaLinuxKernel/CLK2022 (deterministic).

Run:  python build.py DEST [--corpus DIR]

DEST becomes a plain git repository (branch main, one commit, fixed author, committer and dates, so
its commit id is the same on every run) laid out as CLK2022's: every deck at the root under a name in
one of CLK2022's styles, the agenda picture at imgs/2022clk.png (drawn by draw.py), imgs/Readme.md,
and a README.md that links a recording per forum.  The decks are real ones of CLK2023 and CLK2025,
copied byte for byte from the corpus (DIR, default $CLKARCHIVE_CORPUS, else ../shared/corpus beside
the checkout); each copy's sha256 is checked, and the names built must be those truth.json maps to
talks.  Needs python3 and git only.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# The name at the repository's root, the file in the corpus it is a copy of, its sha256.
DECKS = [
    ("CLK2022_The_Challenges_of_Scalability_in_Linux_Kernel.pdf",
     "years/CLK2023/主论坛/Keynote3-The Challenges of Scalability in Linux Kernel——宋牧春、郑琦.pdf",
     "fdd5e6984201b4d4aae693f02cbf517ae134aca5ee3280b6301c48865219bc9b"),
    ("2022_CLK_字节大规模内核版本迁移实践_字节跳动_贺中坤.pdf",
     "years/CLK2025/1 主论坛/2 贺中坤-字节大规模内核版本迁移实践.pdf",
     "2cad6c0696928c07d0e14aa2c4f1f6b981e4f17c0658c1eb8463bb4ad67f3f3e"),
    ("RAM Overcommit in Cloud-CLK2022.pdf",
     "years/CLK2023/分论坛2（云和服务器）/1  RAM Overcommit in Cloud——赵宇.pdf",
     "b989dafdd00532901053577510738bdb34b0d85322cab88b23521466a6689242"),
    ("1210-1-clk_2022-PORTGPT基于大语言模型的自动化后向移植研究.pdf",
     "years/CLK2025/6 AI 基础设施与 eBPF 应用分论坛/6 李朝阳-PORTGPT 基于大语言模型的自动化向后移植研究.pdf",
     "a5025b6dfea95458e1489ef71f7b9532d52be7467a065cc369650a2013950bce"),
    ("loongarch_kvm-clk2022-赵天瑞-龙芯中科.pptx",
     "years/CLK2023/分论坛3（Arch&虚拟化&IO）/1  LoongArch KVM虚拟化支持——赵天瑞.pptx",
     "ff39e1ebcee5608292e54d5bcd719cb985d34fb026acb0bb9b2568e52122b1f6"),
    ("clk2022_loongarch_kvm.pptx.pdf",
     "years/CLK2023/分论坛3（Arch&虚拟化&IO）/1  LoongArch KVM虚拟化支持——赵天瑞.pptx",
     "ff39e1ebcee5608292e54d5bcd719cb985d34fb026acb0bb9b2568e52122b1f6"),
    ("基于龙架构的系统级二进制翻译器.pdf",
     "years/CLK2025/5 硬件架构与异构计算分论坛/1 牛根-基于龙架构的系统级二进制翻译器.pdf",
     "12d40e00360d765e2c190aac398c71fcd269caaa370b2fd940a508632c3ba0db"),
    ("RISC-V Device Shared Work Queue Introduction.pdf",
     "years/CLK2025/5 硬件架构与异构计算分论坛/3 郭任-Device_shared_work_queue.pdf",
     "79410297d6110ff87d3e78b23937c7b44e3909b70b2d12535174d1c7f1c552c6"),
    ("CLK22-RISC-V-64K-Base-Page.pptx",
     "years/CLK2023/分论坛1（内存管理）/9  RISCV-64K——路旭.pptx",
     "4a4af90e3b3a2950a4eebb9d6098072d8a0782e921a6b78b425493a5a45d72a3"),
    ("CLK2022_Defer_throttle_to_when_task_exits_to_user.pdf",
     "years/CLK2025/4 调度、性能与调试分论坛/1 路自谦-Defer throttle to when task exits to user.pdf",
     "7ec5327efa27f6ddbdea661d96f985d8ae1c7067190a281a5cd2f385fc7e6999"),
    ("对EEVDF的一点优化及思考v2.pdf",
     "years/CLK2025/4 调度、性能与调试分论坛/3 臧春鑫-对eevdf的一点优化及思考.pdf",
     "91a3f1b8ee506f85b34dc54cbfef07d345ed55b3334c858c2ac7116ef415908f"),
    ("CLK2022_OPPO_基于任务调度延迟的balance方案.pptx",
     "years/CLK2023/分论坛4（调试 eBPF 调度）/7  基于任务调度延迟的balance方案——胡璞.pptx",
     "c0ba754816a9c7310a24910f42c666f7e17d49f00884713fde2e0ebb9254f804"),
    ("CLK22-Shrinking-Shrinker-Locking-Overhead.pptx",
     "years/CLK2023/分论坛1（内存管理）/1  Shrinking_shrinker_locking_overhead——郑琦.pptx",
     "2699d6f9b24a5ea2a3126c846937fd077a5d0dd64a6cf371d7fb56b69f8bb61e"),
    ("Large folio for anonymous mapping.pptx",
     "years/CLK2023/分论坛1（内存管理）/6  large folio for anonymous mapping——殷锋卫.pptx",
     "f9a2268e3a179e4086a60021c244446ac80913630f9e107ea3e68ccad873d22d"),
    ("CLK_22_PMR.pdf",
     "years/CLK2025/2 内存管理与优化分论坛/2 李文通-PMR：并行内存回收的设计与实践.pdf",
     "27b401a3d5f8ae5c03e8cf0380b41a305c5a684af2fd22f33cb62b9fb58a3b6b"),
    ("CLK'22-mmap_lock和anon_vma lock contention优化_OPPO_李杨欧文.pdf",
     "years/CLK2025/2 内存管理与优化分论坛/5 李杨欧文-mmap_lock和anon_vma lock contention优化.pdf",
     "63c58af8ad3d3549c33658adde2359a22934c0462d4726a27024056ae96f9cde"),
    ("zram多压缩算法效率实践与评估16_9.pdf",
     "years/CLK2025/2 内存管理与优化分论坛/3 汪劼文-zram多压缩算法效率实践与评估.pdf",
     "463e3c8bbebed37b74f66a4a2c142ccba4523da5c16ee0007a926917ac6e0a1d"),
    ("2022_CLK_ZRAM异构压缩技术- 基于GPU加速的内存回收方案_vivo_林芝驰.pdf",
     "years/CLK2025/2 内存管理与优化分论坛/4 林芝驰-ZRAM异构压缩技术：基于GPU加速的内存回收方案.pdf",
     "b5c87f0fa5403c5fc45ecafff7133648263538ff88cbf4fb440c39add67964b6"),
    ("ZCACHE：异步文件压缩缓存管理方案.pdf",
     "years/CLK2025/2 内存管理与优化分论坛/6 林泽生-ZCACHE：异步文件压缩缓存管理方案.pdf",
     "e1020f271147923d95706feed198042d2e858e66498e1997223c0e24795b6ab2"),
    ("CLK2022_华为_XMFS跨节点池化共享文件系统.pdf",
     "years/CLK2025/3 文件系统与存储分论坛/2 乔一凡-XMFS跨节点池化共享文件系统.pdf",
     "8c54e9246bc1ba395871b771a98e26704476783d7a09bfbcdbc23173955d5a3a"),
    ("Uncached buffer IO探索与在f2fs上的支持1.1.pdf",
     "years/CLK2025/2 内存管理与优化分论坛/7 韩棋-Uncached buffer IO 探索与在 f2fs 上的支持.pdf",
     "9182160bebcf2e88cd9a66cae8855960095dce382c443caa2dfc5803a7eecff5"),
    ("2022_CLK_EROFS压缩文件Direct IO的探索和支持_vivo_郭纯海.pdf",
     "years/CLK2025/2 内存管理与优化分论坛/8 郭纯海-EROFS 压缩文件 Direct IO 的探索和支持.pdf",
     "2bdcfffb34b49dcf0e3df5a1bae385712350e105f82fea4b9ea58aec01ccbcc9"),
    ("F2FS Large Folios新进展.pdf",
     "years/CLK2025/3 文件系统与存储分论坛/1 赵南哲-F2FS Large Folios 新进展 针对压缩文件和私有状态的原创设计与实现.pdf",
     "bd535fd836904da1b5d80de18d96f52638562c47d4795e79ad707c086c8e1d82"),
    ("CLK2022_Parallelizing_filesystem_writeback.pdf",
     "years/CLK2025/3 文件系统与存储分论坛/3 王誉霏-Parallelizing_filesystem_writeback.pdf",
     "a4a663293d267273954f5612337ef5cbd4e880915c9666afb50c3cc815bac69b"),
    ("1210-3-clk_2022-MD RAID无锁位图优化机制.pdf",
     "years/CLK2025/3 文件系统与存储分论坛/6 郑琪星-MD RAID无锁位图(llbitmap)优化机制.pdf",
     "1ba7d66bdba44e68022de4ab670e86e6a187dac802b968e954553f3c87365b99"),
    ("EXT4块分配可扩展性优化_华为_李保坤.pdf",
     "years/CLK2025/3 文件系统与存储分论坛/8 李保坤-EXT4块分配可扩展性优化.pdf",
     "7e748205d7b390169136e1d82451c9e7a8286d40fa1ab951fde8fba7305c8505"),
    ("CLK_22_EEIO.pdf",
     "years/CLK2025/4 调度、性能与调试分论坛/8 王建政-EEIO.pdf",
     "ce85bae0eb9cc70d597caf2c31fd5b5ad1a59af09aef9fd43b433cc63e40698e"),
    ("eBPF大模型性能分析-clk2022-程书意-阿里云.pdf",
     "years/CLK2025/6 AI 基础设施与 eBPF 应用分论坛/3 程书意-基于eBPF的大模型性能分析及慢节点检测.pdf",
     "493708f6baabc6f75776af5c9f13b19ea419ed5cf0d8dc505e5be289703c0985"),
    ("基于eBPF支持自定义低功耗策略的cpuidle_ext框架.pdf",
     "years/CLK2025/6 AI 基础设施与 eBPF 应用分论坛/4 林义凯-基于eBPF支持自定义低功耗策略的cpuidle_ext框架.pdf",
     "4d218d3548d90bcee70315e93df5c766337bbef3c1600e51365adf403cfdfd4c"),
    ("CLK22-MPTCP-Network-Acceleration.pdf",
     "years/CLK2025/6 AI 基础设施与 eBPF 应用分论坛/5 唐葛亮-使用MPTCP实现网络加速.pdf",
     "df8119d7fa2d719cb25c583c821d8bd6ce0f4b5b361ed6f0d3bc479accb26690"),
]
# The upstream .pptx of CLK2022's ublk talk is committed executable; so is this set's .pptx of its pair.
EXECUTABLE = {"loongarch_kvm-clk2022-赵天瑞-龙芯中科.pptx"}

README = """# CLK2022

## Meeting Recordings

[主论坛](https://live.csdn.net/room/csdnlive1/Rk3mQw8T)

[处理器架构与调度分论坛](https://live.csdn.net/room/csdnlive3/pV7cLx2N)

[内存管理与异构计算分论坛](https://live.csdn.net/room/csdnlive4/Hs9GdTe4)

[IO 与 ebpf 分论坛](https://live.csdn.net/room/csdnlive5/Yb2KuZ6f)


## Agenda
![CLK2022](./imgs/2022clk.png)
"""

GIT_ENV = {
    "GIT_AUTHOR_NAME": "CLK organizers",
    "GIT_AUTHOR_EMAIL": "organizers@clk.invalid",
    "GIT_AUTHOR_DATE": "2022-12-12T10:00:00+08:00",
    "GIT_COMMITTER_NAME": "CLK organizers",
    "GIT_COMMITTER_EMAIL": "organizers@clk.invalid",
    "GIT_COMMITTER_DATE": "2022-12-12T10:00:00+08:00",
    "GIT_CONFIG_GLOBAL": os.devnull,  # the user's and the system's git config must not change the commit
    "GIT_CONFIG_NOSYSTEM": "1",
}


def default_corpus():
    env = os.environ.get("CLKARCHIVE_CORPUS")
    if env:
        return env
    checkout = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    return os.path.join(os.path.dirname(checkout), "shared", "corpus")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def git(dest, *args):
    env = dict(os.environ, **GIT_ENV)
    subprocess.run(["git", "-C", dest, *args], check=True, env=env, stdout=subprocess.DEVNULL)


def build(dest, corpus):
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as fh:
        truth = json.load(fh)
    names = [name for name, _, _ in DECKS]
    assert sorted(names) == sorted(truth["decks"]), "build.py and truth.json name different decks"
    if os.path.exists(dest) and os.listdir(dest):
        sys.exit("build.py: %s exists and is not empty" % dest)
    os.makedirs(dest, exist_ok=True)
    for name, source, digest in DECKS:
        src = os.path.join(corpus, source)
        if sha256(src) != digest:
            sys.exit("build.py: %s is not the file this set was drawn from" % src)
        target = os.path.join(dest, name)
        shutil.copyfile(src, target)
        os.chmod(target, 0o755 if name in EXECUTABLE else 0o644)
    os.makedirs(os.path.join(dest, "imgs"))
    shutil.copyfile(os.path.join(HERE, "2022clk.png"), os.path.join(dest, "imgs", "2022clk.png"))
    with open(os.path.join(dest, "imgs", "Readme.md"), "w", encoding="utf-8") as fh:
        fh.write("\n")
    with open(os.path.join(dest, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    for path in ("README.md", "imgs/2022clk.png", "imgs/Readme.md"):
        os.chmod(os.path.join(dest, path), 0o644)
    git(dest, "init", "--quiet", "--initial-branch=main")
    git(dest, "add", "--all")
    git(dest, "commit", "--quiet", "--no-gpg-sign", "-m", "CLK2022 slides and agenda")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest")
    parser.add_argument("--corpus", default=default_corpus())
    args = parser.parse_args()
    build(os.path.abspath(args.dest), args.corpus)


if __name__ == "__main__":
    main()
