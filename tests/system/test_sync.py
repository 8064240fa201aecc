"""Sync against real git repositories: incremental, renames, deletions, force-pushes, locks."""

import os
import shutil

import pygit2
import pytest

from clkarchive import index
from clkarchive.config import load_config
from clkarchive.errors import LockedError
from clkarchive.sync import sync, sync_lock
from helpers import make_pdf, run_process

SCALABLE = "主论坛/3-RISC-V IOMMU Scalable 提案.pdf"
ZHP = "内存分论坛/2-内存压缩大页(ZHP)优化.pdf"


def titles(config) -> set[str]:
    return {f.talk.path for f in index.Store(config.index_dir).files()}


def test_first_sync_clones_and_indexes_slides_and_posters(project, upstream, talks):
    commit = upstream.commit(talks)
    config = load_config(project)
    (report,) = sync(config)
    assert report.error is None
    assert report.commit == commit
    assert (report.added, report.changed, report.removed, report.extracted) == (4, 0, 0, 3)
    assert report.pages == 7
    assert titles(config) == {
        "主论坛.webp",
        SCALABLE,
        ZHP,
        "调度与锁分论坛/1-f2fs large folios特性支持的探索和实践.pdf",
    }
    # The working tree is checked out for users to open the PDFs.
    assert (config.mirror_dir / "CLK2024" / SCALABLE).read_bytes() == talks[SCALABLE]


def test_second_sync_without_change_touches_nothing(project, upstream, talks):
    upstream.commit(talks)
    config = load_config(project)
    sync(config)
    toc_before = sorted(os.listdir(index.whoosh_dir(config.index_dir)))
    (report,) = sync(config)
    assert (report.added, report.changed, report.removed, report.extracted, report.pages) == (0, 0, 0, 0, 0)
    assert sorted(os.listdir(index.whoosh_dir(config.index_dir))) == toc_before


def test_only_changed_blobs_are_extracted_and_deletions_leave(project, upstream, talks):
    upstream.commit(talks)
    config = load_config(project)
    sync(config)
    upstream.commit(
        {ZHP: make_pdf("新版本 内存压缩"), SCALABLE: None, "综合分论坛/9-New.pdf": make_pdf("new talk")}
    )
    (report,) = sync(config)
    assert (report.added, report.changed, report.removed, report.extracted) == (1, 1, 1, 2)
    assert SCALABLE not in titles(config)
    assert not (config.mirror_dir / "CLK2024" / SCALABLE).exists()
    assert index.Store(config.index_dir).pages_of_blob(
        str(upstream.repo[upstream.repo.head.target].tree[ZHP].id)
    ) == ["新版本内存压缩"]


def test_rename_reuses_the_extracted_text(project, upstream, talks):
    upstream.commit(talks)
    config = load_config(project)
    sync(config)
    upstream.rename(ZHP, "内存分论坛/5-ZHP.pdf")
    (report,) = sync(config)
    assert (report.added, report.removed, report.extracted, report.pages) == (1, 1, 0, 2)
    files = {f.talk.path: f for f in index.Store(config.index_dir).files()}
    assert ZHP not in files
    assert files["内存分论坛/5-ZHP.pdf"].talk.title == "ZHP"
    assert files["内存分论坛/5-ZHP.pdf"].pages == 2


def test_force_pushed_history_is_followed(project, upstream, talks):
    upstream.commit(talks)
    config = load_config(project)
    sync(config)
    new = upstream.rewrite({"综合分论坛/1-Only.pdf": make_pdf("only talk left")})
    (report,) = sync(config)
    assert report.commit == new
    assert titles(config) == {"综合分论坛/1-Only.pdf"}
    mirror = config.mirror_dir / "CLK2024"
    assert sorted(p.name for p in mirror.iterdir() if p.name != ".git") == ["综合分论坛"]


def test_changed_url_is_honoured(project, upstream, talks, tmp_path):
    upstream.commit(talks)
    config = load_config(project)
    sync(config)
    moved = tmp_path / "moved"
    pygit2.clone_repository(upstream.url, str(moved), bare=True)
    project.write_text(project.read_text().replace(upstream.url, str(moved)))
    config = load_config(project)
    (report,) = sync(config)
    assert report.error is None
    repo = pygit2.Repository(str(config.mirror_dir / "CLK2024"))
    assert repo.remotes["origin"].url == str(moved)


def test_symlinks_submodules_and_non_slides_are_never_read(project, upstream, talks):
    upstream.commit(talks)
    os.symlink("/etc/passwd", upstream.path / "主论坛/9-passwd.pdf")
    upstream.commit({}, "add a symlink")
    repo = upstream.repo
    repo.index.add(pygit2.IndexEntry("主论坛/8-sub.pdf", repo.head.target, pygit2.enums.FileMode.COMMIT))
    repo.index.write()
    upstream.commit({}, "add a submodule")
    config = load_config(project)
    (report,) = sync(config)
    assert report.error is None and not report.failures
    held = titles(config)
    assert "主论坛/9-passwd.pdf" not in held and "主论坛/8-sub.pdf" not in held
    # The mirror holds the link's text, not a link out of the repository.
    assert not (config.mirror_dir / "CLK2024/主论坛/9-passwd.pdf").is_symlink()


def test_broken_pdf_is_remembered_not_retried_until_its_blob_changes(project, upstream, talks):
    upstream.commit({**talks, "综合分论坛/4-Broken.pdf": b"%PDF-1.4 garbage"})
    config = load_config(project)
    (report,) = sync(config)
    assert [f.path for f in report.failures] == ["综合分论坛/4-Broken.pdf"]
    assert report.pages == 7  # the rest is indexed
    (state,) = index.Store(config.index_dir).states()
    assert state.failures[0].path == "综合分论坛/4-Broken.pdf"
    # Still listed, with the reason, and not read again on every sync.
    held = {f.talk.path: f for f in index.Store(config.index_dir).files()}
    assert held["综合分论坛/4-Broken.pdf"].talk.note.startswith("not a readable PDF")
    (again,) = sync(config)
    assert (again.added, again.extracted, again.newsworthy()) == (0, 0, False)
    (forced,) = sync(config, retry_failed=True)
    assert (forced.added, forced.changed, forced.extracted, len(forced.failures)) == (0, 0, 1, 1)
    upstream.commit({"综合分论坛/4-Broken.pdf": make_pdf("fixed now")})
    (fixed,) = sync(config)
    assert not fixed.failures and fixed.changed == 1 and "综合分论坛/4-Broken.pdf" in titles(config)
    (state,) = index.Store(config.index_dir).states()
    assert state.failures == []


def test_missing_branch_and_unreachable_remote_are_clear_errors(project, upstream, talks, tmp_path):
    upstream.commit(talks)
    project.write_text(project.read_text().replace('branch = "main"', 'branch = "gone"'))
    (report,) = sync(load_config(project))
    assert not report.temporary and "branch 'gone' not found" in (report.error or "")
    project.write_text(project.read_text().replace(upstream.url, str(tmp_path / "nowhere")))
    (report,) = sync(load_config(project))
    # A local path that is not there is permanent (exit 1); unreachable remotes are in test_sync_faults.py.
    assert not report.temporary and "nowhere does not exist" in (report.error or "")


def test_a_second_sync_is_refused_while_one_holds_the_lock(project, upstream, talks):
    upstream.commit(talks)
    config = load_config(project)
    with sync_lock(config.index_dir), pytest.raises(LockedError, match="another sync is running"):
        sync(config)


def test_cli_exits_75_while_another_sync_holds_the_lock(project, upstream, talks):
    upstream.commit(talks)
    config = load_config(project)
    with sync_lock(config.index_dir):
        result = run_process("sync", config=project)
    assert result.returncode == 75 and "another sync is running" in result.stderr


def test_a_no_change_sync_trusts_its_summary_only_while_it_describes_the_index(project, upstream, talks):
    upstream.commit(talks)
    config = load_config(project)
    sync(config)
    (quick,) = sync(config)
    assert (quick.added, quick.changed, quick.error) == (0, 0, None)
    # A new pattern reads the same commit differently: the summary no longer vouches for it.
    project.write_text(project.read_text() + 'pattern = "(?P<title>[^/]+)[.]pdf$"\n')
    config = load_config(project)
    (repattern,) = sync(config)
    assert repattern.changed == 3
    # An index that is gone is rebuilt, whatever the summary beside it says.
    shutil.rmtree(index.whoosh_dir(config.index_dir))
    (rebuilt,) = sync(config)
    assert rebuilt.added == 4 and titles(config) >= {SCALABLE, ZHP}
