"""Golden outputs of `nrmkit diff` and `nrmkit compare` on the bundled model sets."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.text.run import Run

from .conftest import RunCli, assert_golden

SOLUTIONS = ("solution1", "solution2")


@pytest.mark.parametrize("solution", SOLUTIONS)
@pytest.mark.parametrize("fmt", ["text", "json", "md", "html"])
def test_diff_golden(run_cli: RunCli, solution: str, fmt: str) -> None:
    result = run_cli(["diff", "--allow-nbc", "--format", fmt, "baseline", solution])
    assert result.exit_code == 0
    assert_golden(f"diff/baseline-{solution}.{fmt}", result.stdout)


def _run_text(run: Run) -> str:
    """A run's text with its change mark: _underlined_ or ~struck~."""
    if run.font.underline:
        return f"_{run.text}_"
    return f"~{run.text}~" if run.font.strike else run.text


def marked_text(path: Path) -> str:
    """Headings, paragraphs and table rows of a Word file, with change marks."""
    word = docx.Document(str(path))
    lines = [p.text for p in word.paragraphs if p.text]
    for table in word.tables:
        lines.append("--")
        for row in table.rows:
            cells = ("".join(_run_text(r) for p in c.paragraphs for r in p.runs) for c in row.cells)
            lines.append(" | ".join(cells))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("solution", SOLUTIONS)
def test_diff_docx_golden(run_cli: RunCli, tmp_path: Path, solution: str) -> None:
    out = tmp_path / "diff.docx"
    result = run_cli(
        ["diff", "--allow-nbc", "--format", "docx", "-o", str(out), "baseline", solution]
    )
    assert result.exit_code == 0
    assert_golden(f"diff/baseline-{solution}.docx.txt", marked_text(out))


def test_docx_needs_an_output_file(run_cli: RunCli) -> None:
    assert run_cli(["diff", "--format", "docx", "baseline", "solution1"]).exit_code == 2


@pytest.mark.parametrize("fmt", ["md", "html", "text", "json"])
def test_compare_golden(run_cli: RunCli, fmt: str) -> None:
    result = run_cli(["compare", "--format", fmt, "baseline", *SOLUTIONS])
    assert result.exit_code == 0
    assert_golden(f"compare/baseline-solutions.{fmt}", result.stdout)
