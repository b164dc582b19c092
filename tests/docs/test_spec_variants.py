"""The docs built from altered copies of the spec: tags of two words, and an object no library knows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from invoiced_docs import UnknownResource, site
from invoiced_spec import load_spec
from tests.fixtures.spec_variants import TWO_WORD_TAGS, with_a_new_resource, with_tags_renamed, write_spec

ROOT = Path(__file__).resolve().parents[2]


def test_two_word_tags_build_with_mkdocs(tmp_path: Path) -> None:
    spec_file = write_spec(with_tags_renamed(load_spec(), TWO_WORD_TAGS), tmp_path / "openapi.yaml")
    out = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "INVOICED_SPEC": str(spec_file)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    page = (out / "recurring-plans.html").read_text(encoding="utf-8")
    assert "Recurring Plans" in page and "money-movements.html" in (out / "index.html").read_text(encoding="utf-8")
    # The libraries' class comes from the object, not from the tag's words.
    twin = (out / "recurring-plans.md").read_text(encoding="utf-8")
    assert "invoiced.Subscription.retrieve(" in twin and "$invoiced->Subscription->retrieve(" in twin
    assert "Recurring Plan." not in twin and "recurring _plan" not in twin
    assert "invoiced.Transaction.create(" in (out / "money-movements.md").read_text(encoding="utf-8")


def test_an_object_the_libraries_do_not_know_fails_loudly() -> None:
    spec = with_a_new_resource(load_spec())
    with pytest.raises(UnknownResource, match=r"Widgets.*Widget.*_official\.CLASSES"):
        site(spec)


def test_the_site_builds_without_the_hook(tmp_path: Path) -> None:
    """An engine that runs no hooks gets the same pages from `python -m invoiced_docs`."""
    docs, twins, out = tmp_path / "docs", tmp_path / "twins", tmp_path / "site"
    docs.mkdir()
    subprocess.run([sys.executable, "-m", "invoiced_docs", str(docs), str(twins)], cwd=ROOT, check=True, timeout=120)
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\nhooks: []\nwatch: []\nexclude_docs: ''\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(out)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for name in site(load_spec()).pages:
        assert (out / name.replace(".md", ".html")).exists(), name
        assert (twins / name).exists(), name
    assert (out / "search.json").exists() and (out / "llms.txt").exists() and (out / "openapi.yaml").exists()
