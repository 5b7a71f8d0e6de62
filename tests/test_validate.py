"""nrmkit validate on real files with the real libyang: verdicts, recovery, formats."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from nrmkit.codes import CODES
from nrmkit.manifest import Example

from .conftest import EXAMPLES, FIXTURES, RunCli, manifest

INSTANCES = FIXTURES / "instances"
EXAMPLE_IDS = [str(e.file.relative_to(EXAMPLES)) for e in manifest()]


def _report(run_cli: RunCli, args: list[str]) -> tuple[int, dict[str, object]]:
    result = run_cli(["validate", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout)


def _diagnostics(report: dict[str, object]) -> list[dict[str, object]]:
    found = report["diagnostics"]
    assert isinstance(found, list)
    return found


@pytest.mark.parametrize("example", manifest(), ids=EXAMPLE_IDS)
def test_examples_give_their_manifest_verdict(run_cli: RunCli, example: Example) -> None:
    args = ["--model", example.model, "--type", example.datatype, str(example.file)]
    code, report = _report(run_cli, args)
    errors = [d for d in _diagnostics(report) if d["severity"] == "error"]
    assert (code == 0) is example.valid, errors
    if not example.valid:
        assert len(errors) == 1
        message = str(errors[0]["message"])
        quoted = re.findall(r'"([^"]*)"', example.error_contains)
        assert example.error_contains in message or quoted[0] in message, message
        assert errors[0]["line"], errors[0]


@pytest.mark.parametrize("suffix", ["xml", "json"])
def test_five_independent_errors_are_all_reported_with_lines(run_cli: RunCli, suffix: str) -> None:
    document = INSTANCES / f"five-errors.{suffix}"
    code, report = _report(run_cli, ["--model", "baseline", str(document)])
    assert code == 1
    found = _diagnostics(report)
    lines = document.read_text().splitlines()
    expected = ["M1", "colour", "TRAINING_IN_PROGRESS", "M9", "150"]
    assert len(found) == 5
    for diag, needle in zip(found, expected, strict=True):
        assert isinstance(diag["line"], int)
        window = " ".join(lines[diag["line"] - 2 : diag["line"] + 1])
        assert needle in window or needle in str(diag["message"]), (diag, window)


def test_xml_and_json_give_the_same_codes_and_paths(run_cli: RunCli) -> None:
    reports = [
        _report(run_cli, ["--model", "baseline", str(INSTANCES / f"five-errors.{s}")])[1]
        for s in ("xml", "json")
    ]
    keys = [[(d["code"], d["data_path"]) for d in _diagnostics(r)] for r in reports]
    assert keys[0] == keys[1]


def test_max_errors_bounds_the_report(run_cli: RunCli) -> None:
    args = ["--model", "baseline", "--max-errors", "2", str(INSTANCES / "five-errors.xml")]
    _, report = _report(run_cli, args)
    codes = [d["code"] for d in _diagnostics(report)]
    assert codes.count("INST_MAX_ERRORS") == 1
    assert len([c for c in codes if c != "INST_MAX_ERRORS"]) == 2


def test_clean_document_has_no_max_errors_note(run_cli: RunCli) -> None:
    args = [
        "--model",
        "baseline",
        "--max-errors",
        "1",
        str(EXAMPLES / "baseline/training-flow.xml"),
    ]
    code, report = _report(run_cli, args)
    assert code == 0
    assert _diagnostics(report) == []


def test_text_format_and_summary(run_cli: RunCli) -> None:
    result = run_cli(["validate", "--model", "baseline", str(INSTANCES / "five-errors.xml")])
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{INSTANCES / 'five-errors.xml'}:12: error: Mandatory node")
    assert first.endswith("[INST_MANDATORY]")
    assert result.stdout.splitlines()[1].startswith("  at /_3gpp-common-subnetwork:SubNetwork")
    assert "1 file(s), 1 invalid: 5 error(s)" in result.stderr


def test_quiet_prints_only_the_summary(run_cli: RunCli) -> None:
    args = ["validate", "-q", "--model", "baseline", str(INSTANCES / "five-errors.xml")]
    result = run_cli(args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "5 error(s)" in result.stderr


def test_junit_has_one_case_per_file(run_cli: RunCli) -> None:
    result = run_cli(
        ["validate", "--format", "junit", "--model", "solution2", str(EXAMPLES / "solution2")]
    )
    suite = etree.fromstring(result.stdout.encode())
    cases = suite.findall("testcase")
    files = sorted((EXAMPLES / "solution2").glob("*.*"))
    assert len(cases) == len(files)
    failing = {c.get("name") for c in cases if c.find("failure") is not None}
    invalid = {str(e.file) for e in manifest() if e.model == "solution2" and not e.valid}
    assert failing == invalid
    assert suite.get("failures") == str(len(invalid))


def test_parallel_and_sequential_runs_agree(run_cli: RunCli) -> None:
    runs = [
        _report(run_cli, ["-j", jobs, "--model", "solution2", str(EXAMPLES / "solution2")])[1]
        for jobs in ("1", "2")
    ]
    assert runs[0] == runs[1]
    assert _diagnostics(runs[0])


def test_fail_on_warning_turns_warnings_into_exit_1(run_cli: RunCli, tmp_path: Path) -> None:
    text = (EXAMPLES / "solution2/fine-tuning.xml").read_text()
    document = tmp_path / "same-scope.xml"
    one = (
        "<aIMLInferenceName>NG_RAN_LOAD_BALANCING</aIMLInferenceName>\n"
        "        <mLTrainingType>FINE_TUNING"
    )
    three = (
        "<aIMLInferenceName>NG_RAN_NETWORK_ENERGY_SAVING</aIMLInferenceName>"
        "<aIMLInferenceName>NG_RAN_LOAD_BALANCING</aIMLInferenceName>"
        "<aIMLInferenceName>NG_RAN_MOBILITY_OPTIMIZATION</aIMLInferenceName>"
        "<mLTrainingType>FINE_TUNING"
    )
    assert one in text
    document.write_text(text.replace(one, three, 1))
    args = ["validate", "--model", "solution2", str(document)]
    assert run_cli(args).exit_code == 0
    assert run_cli([*args, "--fail-on", "warning"]).exit_code == 1


def test_usage_and_model_errors(run_cli: RunCli) -> None:
    document = str(EXAMPLES / "baseline/training-flow.xml")
    assert run_cli(["validate", document]).exit_code == 2
    assert run_cli(["validate", "--model", "baseline", "--type", "x", document]).exit_code == 2
    missing = run_cli(["validate", "-p", str(INSTANCES / "yang"), "-m", "no-such", document])
    assert missing.exit_code == 3
    assert missing.stderr.startswith("nrmkit: error: ")
    assert len(missing.stderr.strip().splitlines()) == 1


def test_explicit_search_path_and_when(run_cli: RunCli) -> None:
    yang = str(INSTANCES / "yang")
    code, report = _report(run_cli, ["-p", yang, str(INSTANCES / "edge-when.xml")])
    assert code == 1
    assert [(d["code"], d["line"]) for d in _diagnostics(report)] == [("INST_WHEN", 3)]
    assert _report(run_cli, ["-p", yang, str(INSTANCES / "edge-clean.xml")])[0] == 0


def test_recovery_stops_when_no_instance_can_be_removed(run_cli: RunCli) -> None:
    yang = str(INSTANCES / "yang")
    _, report = _report(run_cli, ["-p", yang, str(INSTANCES / "edge-no-serial.xml")])
    codes = [d["code"] for d in _diagnostics(report)]
    assert codes == ["INST_MANDATORY", "INST_RECOVERY_STOPPED"]


def test_every_inst_code_is_listed_by_codes(run_cli: RunCli) -> None:
    listing = run_cli(["codes"]).stdout
    inst = [c for c in CODES if c.startswith("INST_")]
    assert len(inst) > 30
    for code in inst:
        assert code in listing


def test_3gpp_json_is_normalised_to_rfc7951(run_cli: RunCli) -> None:
    document = str(INSTANCES / "openapi-training.json")
    plain, report = _report(run_cli, ["--model", "baseline", document])
    assert plain == 1
    assert {d["code"] for d in _diagnostics(report)} == {"INST_SYNTAX"}
    code, report = _report(run_cli, ["--model", "baseline", "--json-style", "3gpp", document])
    assert code == 0
    assert _diagnostics(report) == []
    code, verbose = _report(
        run_cli, ["--model", "baseline", "--json-style", "3gpp", "-v", document]
    )
    notes = [str(d["message"]) for d in _diagnostics(verbose)]
    assert all(d["code"] == "INST_NORMALISED" for d in _diagnostics(verbose))
    assert any("renamed '_3gpp-common-subnetwork:SubNetwork'" in n for n in notes)
    assert any("written as the string '0.9'" in n for n in notes)
