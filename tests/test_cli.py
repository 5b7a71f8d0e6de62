"""The click front end: version, help, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from nrmkit import __version__
from nrmkit.codes import CODES

from .conftest import FIXTURES, RunCli


def test_version(run_cli: RunCli) -> None:
    result = run_cli(["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_every_command_has_help(run_cli: RunCli) -> None:
    listing = run_cli(["--help"]).stdout
    for command in ("check", "codes", "models"):
        assert command in listing
        result = run_cli([command, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.stdout


def test_models_lists_solution_modules_before_baseline(run_cli: RunCli) -> None:
    result = run_cli(["models"])
    assert result.exit_code == 0
    solution1 = result.stdout.split("solution1:")[1].split("solution2:")[0]
    assert "yang/solution1/" in solution1
    assert "yang/common/_3gpp-common-top.yang" in solution1


def test_check_bundled_model_is_clean(run_cli: RunCli) -> None:
    result = run_cli(["check", "--model", "solution2"])
    assert result.exit_code == 0, result.stdout
    assert "0 finding(s)" in result.stderr


def test_check_broken_set_exits_1_with_located_findings(run_cli: RunCli) -> None:
    broken = FIXTURES / "yang" / "broken"
    result = run_cli(["check", "-p", str(broken), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["version"] == 1
    first = next(d for d in report["diagnostics"] if d["code"] == "SCHEMA_PYANG")
    assert first["file"].endswith("broken-types.yang")
    assert first["line"] == 9


def test_check_usage_errors_exit_2(run_cli: RunCli) -> None:
    assert run_cli(["check"]).exit_code == 2
    both = run_cli(["check", "--model", "baseline", "-p", str(FIXTURES)])
    assert both.exit_code == 2


def test_check_missing_module_exits_3(run_cli: RunCli) -> None:
    clean = FIXTURES / "yang" / "clean"
    result = run_cli(["check", "-p", str(clean), "-m", "no-such-module"])
    assert result.exit_code == 3
    assert result.stderr.startswith("nrmkit: error: ")
    assert "no-such-module" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_codes_lists_every_registered_code(run_cli: RunCli) -> None:
    result = run_cli(["codes"])
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.stdout.splitlines()]
    assert listed == list(CODES)


def test_every_code_is_exercised_by_some_test() -> None:
    """A code no test names is a code nothing checks (each needs a trigger and a clean case)."""
    tests = Path(__file__).resolve().parent
    text = "\n".join(p.read_text(encoding="utf-8") for p in tests.glob("test_*.py"))
    assert [code for code in CODES if code not in text] == []
