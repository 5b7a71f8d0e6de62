"""`nrmkit diff` end to end: sides, exit codes, JSON report, revision bookkeeping."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT, RunCli

PAIRS = FIXTURES / "diff"
COMMON = str(ROOT / "yang" / "common")


def _sides(case: str) -> list[str]:
    return [str(PAIRS / case / "old"), str(PAIRS / case / "new"), "-p", COMMON]


def test_bundled_solution1_is_nbc_and_json_is_versioned(run_cli: RunCli) -> None:
    result = run_cli(["diff", "--format", "json", "baseline", "solution1"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["version"] == 1
    assert report["summary"]["worst"] == "NBC"
    rows = {(c["owner"], c["attribute"], c["kind"]) for c in report["changes"]}
    assert ("MLTrainingRequest", "aIMLInferenceName", "support-qualifier-changed") in rows
    assert ("MLModel", "finetuningModelIndication", "attribute-added") in rows


def test_allow_nbc_exits_0(run_cli: RunCli) -> None:
    assert run_cli(["diff", "--allow-nbc", "baseline", "solution2"]).exit_code == 0


def test_bc_only_change_exits_0(run_cli: RunCli) -> None:
    result = run_cli(["diff", *_sides("optional-leaf-added")])
    assert result.exit_code == 0
    assert "0 NBC, 2 BC, 1 editorial" in result.stdout


def test_changed_module_without_new_revision_is_reported(run_cli: RunCli) -> None:
    result = run_cli(["diff", "--allow-nbc", "--format", "json", *_sides("revision-not-bumped")])
    assert result.exit_code == 1
    (diag,) = json.loads(result.stdout)["diagnostics"]
    assert diag["code"] == "DIFF_REVISION_NOT_NEWER"
    assert diag["file"].endswith("new/_3gpp-test-nrm-widget.yang")


def test_new_revision_without_reference_is_reported(run_cli: RunCli) -> None:
    result = run_cli(["diff", "--format", "json", *_sides("revision-without-reference")])
    assert result.exit_code == 1
    codes = [d["code"] for d in json.loads(result.stdout)["diagnostics"]]
    assert codes == ["DIFF_REVISION_NO_REFERENCE"]


def test_bumped_revision_with_reference_is_clean(run_cli: RunCli) -> None:
    result = run_cli(["diff", "--format", "json", *_sides("range-widened")])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["diagnostics"] == []


def test_unchanged_module_needs_no_new_revision(run_cli: RunCli) -> None:
    result = run_cli(["diff", "--format", "json", *_sides("module-added")])
    assert json.loads(result.stdout)["diagnostics"] == []


def test_new_side_that_does_not_compile_exits_3(run_cli: RunCli) -> None:
    result = run_cli(["diff", *_sides("new-side-broken")])
    assert result.exit_code == 3
    assert 'type "WidgetMod" not found' in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_side_exits_3(run_cli: RunCli) -> None:
    result = run_cli(["diff", "baseline", "no-such-side"])
    assert result.exit_code == 3


def test_report_to_file(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run_cli(
        ["diff", "--allow-nbc", "--format", "json", "-o", str(out), "baseline", "solution2"]
    )
    assert result.exit_code == 0
    assert json.loads(out.read_text())["new"] == "solution2"
    assert "baseline -> solution2" in result.stderr


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def test_git_revision_against_work_tree(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(PAIRS / "range-narrowed" / "old", repo / "models")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "baseline")
    shutil.copy(PAIRS / "range-narrowed" / "new" / "_3gpp-test-nrm-widget.yang", repo / "models")
    monkeypatch.chdir(repo)
    result = run_cli(["diff", "--format", "json", "HEAD:models", "models", "-p", COMMON])
    assert result.exit_code == 1
    kinds = {c["kind"] for c in json.loads(result.stdout)["changes"]}
    assert "range-narrowed" in kinds
