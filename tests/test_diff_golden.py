"""Golden outputs of `nrmkit diff` and `nrmkit compare` on the bundled model sets."""

from __future__ import annotations

import pytest

from .conftest import RunCli, assert_golden

SOLUTIONS = ("solution1", "solution2")


@pytest.mark.parametrize("solution", SOLUTIONS)
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_diff_golden(run_cli: RunCli, solution: str, fmt: str) -> None:
    result = run_cli(["diff", "--allow-nbc", "--format", fmt, "baseline", solution])
    assert result.exit_code == 0
    assert_golden(f"diff/baseline-{solution}.{fmt}", result.stdout)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_compare_golden(run_cli: RunCli, fmt: str) -> None:
    result = run_cli(["compare", "--format", fmt, "baseline", *SOLUTIONS])
    assert result.exit_code == 0
    assert_golden(f"compare/baseline-solutions.{fmt}", result.stdout)
