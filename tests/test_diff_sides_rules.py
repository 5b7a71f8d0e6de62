"""Diff groundwork: resolving the two sides, and the classification table."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from nrmkit.diff.changes import ChangeKind, Compat
from nrmkit.diff.ranges import compare_intervals
from nrmkit.diff.rules import RULES, classify
from nrmkit.diff.sides import resolve_side
from nrmkit.errors import ModelLoadError

from .conftest import FIXTURES


def test_every_kind_of_change_has_a_rule_with_a_source() -> None:
    assert set(RULES) == set(ChangeKind)
    assert all(rule.clause for rule in RULES.values())


@pytest.mark.parametrize(
    ("kind", "config", "expected"),
    [
        (ChangeKind.INVARIANT_ADDED, True, Compat.NBC),
        (ChangeKind.NODE_KIND_CHANGED, True, Compat.NBC),
        (ChangeKind.NODE_ADDED, True, Compat.BC),
        (ChangeKind.MANDATORY_NODE_ADDED, True, Compat.NBC),
        (ChangeKind.DESCRIPTION_CHANGED, True, Compat.EDITORIAL),
        (ChangeKind.RANGE_NARROWED, True, Compat.NBC),
        (ChangeKind.RANGE_NARROWED, False, Compat.BC),
        (ChangeKind.ENUM_ADDED, False, Compat.NBC),
    ],
)
def test_classification(kind: ChangeKind, config: bool, expected: Compat) -> None:
    assert classify(kind, config)[0] is expected


def test_bundled_side_gets_shared_directories_last(tmp_path: Path) -> None:
    side = resolve_side("solution1", (tmp_path,), tmp_path)
    assert side.search_path[0].name == "solution1"
    assert side.search_path[-1] == tmp_path


def test_directory_side_is_a_search_path(tmp_path: Path) -> None:
    clean, broken = FIXTURES / "yang" / "clean", FIXTURES / "yang" / "broken"
    side = resolve_side(f"{clean}:{broken}", (), tmp_path)
    assert side.search_path == (clean, broken)


def test_unknown_side_cannot_be_resolved(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="not a model set"):
        resolve_side("no-such-thing", (), tmp_path)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def test_git_revision_side_is_read_without_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    (repo / "models").mkdir(parents=True)
    module = repo / "models" / "m.yang"
    module.write_text("module m { namespace urn:m; prefix m; }\n")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "one")
    module.write_text("module m { namespace urn:m2; prefix m; }\n")
    monkeypatch.chdir(repo)
    scratch = tmp_path / "scratch"
    side = resolve_side("HEAD:models", (), scratch)
    old = side.search_path[0] / "m.yang"
    assert "urn:m;" in old.read_text()
    assert "urn:m2;" in module.read_text(), "the work tree is untouched"
    with pytest.raises(ModelLoadError, match="git archive"):
        resolve_side("HEAD:elsewhere", (), scratch)


@pytest.mark.parametrize(
    ("old", "new", "verdict"),
    [
        ("0..1000", "0..1000", "same"),
        ("0..1000", "0..500", "narrowed"),
        ("0..500", "min..max", "widened"),
        (None, "1..10", "narrowed"),
        ("1..10", None, "widened"),
        ("1..5 | 10..20", "1..20", "widened"),
        ("0..10", "5..15", "changed"),
    ],
)
def test_range_comparison(old: str | None, new: str | None, verdict: str) -> None:
    assert compare_intervals(old, new) == verdict
