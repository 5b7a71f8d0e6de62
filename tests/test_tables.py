"""``nrmkit tables``: golden files for every format on the bundled model sets."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from nrmkit.model import load_model_set
from nrmkit.modelsets import bundled_model_set
from nrmkit.render import render_tables, tables_document

from .conftest import FIXTURES, ROOT, RunCli, assert_golden

SETS = ("baseline", "solution1", "solution2")
TEXT_FORMATS = ("md", "html", "csv", "json")


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
@pytest.mark.parametrize("model", SETS)
def test_text_formats_match_golden(run_cli: RunCli, model: str, fmt: str) -> None:
    result = run_cli(["tables", "--model", model, "--format", fmt])
    assert result.exit_code == 0, result.output
    assert_golden(f"tables/{model}.{fmt}", result.stdout)


def docx_text(path: Path) -> str:
    """Every heading, paragraph and table cell of a Word file, one block per table."""
    lines: list[str] = []
    word = docx.Document(str(path))
    body = word.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            if text:
                lines.append(text)
        elif tag == "tbl":
            table = next(t for t in word.tables if t._tbl is child)
            lines += [" | ".join(c.text for c in row.cells) for row in table.rows]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("model", SETS)
def test_docx_matches_golden(run_cli: RunCli, tmp_path: Path, model: str) -> None:
    out = tmp_path / f"{model}.docx"
    result = run_cli(["tables", "--model", model, "--format", "docx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    word = docx.Document(str(out))
    ioc_count = len(load_model_set(bundled_model_set(model)).iocs)
    assert len(word.tables) >= 3 * ioc_count
    assert_golden(f"tables/{model}.docx.txt", docx_text(out))


def test_html_is_plain_tables_without_scripts(run_cli: RunCli) -> None:
    html = run_cli(["tables", "--model", "solution1", "--format", "html"]).stdout
    assert "<script" not in html.lower()
    assert html.count("<table") == html.count("</table>") > 10
    assert "&#39;true&#39;" in html  # autoescaped condition text


def test_ioc_filter_keeps_the_class_and_its_data_types(run_cli: RunCli) -> None:
    result = run_cli(
        ["tables", "--model", "baseline", "--ioc", "MLTrainingProcess", "--format", "json"]
    )
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert [c["name"] for c in document["classes"]] == ["MLTrainingProcess"]
    assert [d["name"] for d in document["data_types"]] == ["TrainingProcessMonitor"]


def test_output_is_deterministic() -> None:
    model = load_model_set(bundled_model_set("solution2"))
    again = load_model_set(bundled_model_set("solution2"))
    for fmt in TEXT_FORMATS:
        assert render_tables(model, fmt, "x") == render_tables(again, fmt, "x")


def test_markdown_escapes_pipes_in_cells() -> None:
    model = load_model_set(bundled_model_set("baseline"))
    text = render_tables(model, "md", "baseline")
    pattern_row = next(line for line in text.splitlines() if line.startswith("| DistinguishedName"))
    assert "\\|" in pattern_row
    assert pattern_row.count(" | ") == 5


def test_document_rows_follow_ts_column_order() -> None:
    model = load_model_set(bundled_model_set("solution1"))
    document = tables_document(model, "solution1", "MLTrainingRequest")
    (request,) = document.classes
    row = next(r for r in request.attributes if r.name == "aIMLInferenceName")
    assert row.cells() == ("aIMLInferenceName", "CM", "T", "T", "F", "T")
    (condition,) = [c for c in request.conditions if c.name == "aIMLInferenceName"]
    assert "fineTuningIndication = 'true'" in condition.definition


def test_unknown_ioc_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli(["tables", "--model", "baseline", "--ioc", "NoSuchClass"])
    assert result.exit_code == 2


def test_docx_needs_an_output_file(run_cli: RunCli) -> None:
    assert run_cli(["tables", "--model", "baseline", "--format", "docx"]).exit_code == 2


def test_mapping_issues_go_to_stderr(run_cli: RunCli) -> None:
    rules = FIXTURES / "nrm" / "rules"
    args = ["tables", "-p", str(rules), "-p", str(ROOT / "yang" / "common")]
    result = run_cli([*args, "-m", "_3gpp-test-nrm-rules", "--format", "csv"])
    assert result.exit_code == 0
    assert "[NRM_MAP_CONDITION]" in result.stderr
    assert "NRM_MAP" not in result.stdout


def test_missing_module_exits_3(run_cli: RunCli) -> None:
    result = run_cli(["tables", "-p", str(ROOT / "yang" / "common"), "-m", "_3gpp-nope"])
    assert result.exit_code == 3
    assert result.stderr.startswith("nrmkit: error:")


def test_write_to_file(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "t.md"
    result = run_cli(["tables", "--model", "baseline", "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Stage-2 tables: baseline")
