"""The mark a mirror carries in its .git/config is a promise to users and to every earlier version."""

from pathlib import Path

from clkarchive.sync.mirror import MARK


def test_the_mirror_mark_is_the_key_earlier_versions_wrote_and_the_readme_names():
    # Renamed once by accident when the modules moved: mirrors cloned before would no longer have
    # been trusted, and the README's `git config clkarchive.mirror true` would vouch for nothing.
    assert MARK == "clkarchive.mirror"
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"config {MARK} true" in readme
