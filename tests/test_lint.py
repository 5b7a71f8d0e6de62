"""Every NRM_* code: a fixture that triggers it and one that does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nrmkit.codes import CODES
from nrmkit.lint import NRM_FAMILY, lint_model_set
from nrmkit.lint.rules import check_text
from nrmkit.modelsets import ModelSet

from .conftest import FIXTURES, ROOT, RunCli

NRM = FIXTURES / "nrm"
COMMON = ROOT / "yang" / "common"
LINT_MODULE = "_3gpp-test-nrm-lint"

#: code -> (fixture directory, module) that triggers it
TRIGGERS: dict[str, tuple[Path, str]] = {
    "NRM_MAP_CONDITION": (NRM / "rules", "_3gpp-test-nrm-rules"),
    "NRM_MAP_STRUCTURE": (NRM / "rules", "_3gpp-test-nrm-rules"),
    "NRM_MAP_CONFLICT": (NRM / "conflict", "_3gpp-test-nrm-conflict"),
    "NRM_IOC_KEY": (NRM / "lint" / "ioc-key", LINT_MODULE),
    "NRM_ATTR_PLACEMENT": (NRM / "lint" / "attr-placement", LINT_MODULE),
    "NRM_GROUPING_NAME": (NRM / "lint" / "grouping-name", LINT_MODULE),
    "NRM_INVARIANT_KEY": (NRM / "lint" / "invariant-key", LINT_MODULE),
    "NRM_INVARIANT_CONFIG_FALSE": (NRM / "lint" / "invariant-config-false", LINT_MODULE),
    "NRM_INITIAL_VALUE_DEFAULT": (NRM / "lint" / "initial-value-default", LINT_MODULE),
    "NRM_INITIAL_VALUE_UNDOCUMENTED": (NRM / "lint" / "initial-value-undocumented", LINT_MODULE),
    "NRM_CONDITION_UNDESCRIBED": (NRM / "lint" / "condition-undescribed", LINT_MODULE),
    "NRM_REVISION_MISSING": (NRM / "lint" / "revision-missing", LINT_MODULE),
    "NRM_REVISION_REFERENCE": (NRM / "lint" / "revision-reference", LINT_MODULE),
    "NRM_LINE_LENGTH": (NRM / "lint" / "line-length", LINT_MODULE),
    "NRM_TAB": (NRM / "lint" / "tab", LINT_MODULE),
}
CLEAN: tuple[tuple[Path, tuple[str, ...]], ...] = (
    (NRM / "lint" / "clean", (LINT_MODULE,)),
    (NRM / "split", ("_3gpp-test-nrm-parent", "_3gpp-test-nrm-other")),
)


def nrm_codes(directory: Path, modules: tuple[str, ...]) -> list[str]:
    found = lint_model_set(ModelSet.from_paths([directory, COMMON], modules))
    return [d.code for d in found if d.code.startswith("NRM_")]


def test_every_nrm_code_has_a_trigger_and_is_registered() -> None:
    assert {spec.code for spec in NRM_FAMILY} == set(TRIGGERS)
    assert set(TRIGGERS) <= set(CODES)
    assert all(spec.clause.startswith("TS 32.160") for spec in NRM_FAMILY)


@pytest.mark.parametrize("code", sorted(TRIGGERS))
def test_trigger_fixture_reports_the_code(code: str) -> None:
    directory, module = TRIGGERS[code]
    assert code in nrm_codes(directory, (module,))


@pytest.mark.parametrize(("directory", "modules"), CLEAN, ids=lambda v: str(v)[-12:])
def test_clean_fixtures_report_no_nrm_code(directory: Path, modules: tuple[str, ...]) -> None:
    assert nrm_codes(directory, modules) == []


@pytest.mark.parametrize("model", ["baseline", "solution1", "solution2"])
def test_bundled_sets_are_lint_clean(run_cli: RunCli, model: str) -> None:
    result = run_cli(["lint", "--model", model])
    assert result.exit_code == 0, result.stdout
    assert "0 finding(s)" in result.stderr


def test_inherited_config_false_is_seen_through_the_compiled_tree() -> None:
    directory = NRM / "lint" / "invariant-inherited-config-false"
    found = lint_model_set(ModelSet.from_paths([directory, COMMON], [LINT_MODULE]))
    (hit,) = [d for d in found if d.code == "NRM_INVARIANT_CONFIG_FALSE"]
    assert "name" in hit.message
    assert hit.location.line == 31


def test_line_length_counts_characters_not_bytes() -> None:
    exactly = "  description " + '"' + "é" * 63 + '";'
    assert len(exactly) == 80
    assert list(check_text("f.yang", exactly)) == []
    assert [d.code for d in check_text("f.yang", exactly + "x")] == ["NRM_LINE_LENGTH"]
    assert list(check_text("f.yang", exactly + "\r\n")) == []


def test_eighty_one_characters_is_caught(run_cli: RunCli) -> None:
    directory = NRM / "lint" / "line-length"
    args = ["lint", "-p", str(directory), "-p", str(COMMON), "-m", LINT_MODULE, "--format", "json"]
    result = run_cli(args)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    (hit,) = [d for d in report["diagnostics"] if d["code"] == "NRM_LINE_LENGTH"]
    assert hit["message"].startswith("line is 81 characters")


def test_lint_fail_on_warning(run_cli: RunCli) -> None:
    directory = NRM / "lint" / "revision-reference"
    args = ["lint", "-p", str(directory), "-p", str(COMMON), "-m", LINT_MODULE]
    assert run_cli(args).exit_code == 0
    assert run_cli([*args, "--fail-on", "warning"]).exit_code == 1


def test_lint_missing_module_exits_3(run_cli: RunCli) -> None:
    result = run_cli(["lint", "-p", str(COMMON), "-m", "_3gpp-nope"])
    assert result.exit_code == 3
