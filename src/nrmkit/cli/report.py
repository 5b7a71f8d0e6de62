"""Reporters: turn Diagnostics into text lines, a JSON document or JUnit XML."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from xml.etree import ElementTree

import click

from nrmkit.diagnostics import Diagnostic, Severity

REPORT_VERSION = 1


def text_lines(diagnostics: Iterable[Diagnostic]) -> Iterator[str]:
    """``file:line: severity: message [CODE]``, then the data path if known."""
    for diag in diagnostics:
        yield f"{diag.location.label()}: {diag.severity.label}: {diag.message} [{diag.code}]"
        if diag.location.data_path:
            yield f"  at {diag.location.data_path}"


def json_document(diagnostics: Iterable[Diagnostic], **summary: int) -> str:
    """A versioned, key-sorted JSON report."""
    items = [_as_dict(d) for d in diagnostics]
    counts = {s.label: sum(1 for d in items if d["severity"] == s.label) for s in Severity}
    body = {
        "version": REPORT_VERSION,
        "summary": {**counts, **summary},
        "diagnostics": items,
    }
    return json.dumps(body, indent=2, sort_keys=True)


def echo_findings(diagnostics: Sequence[Diagnostic], output_format: str, label: str) -> None:
    """Print ``diagnostics`` as JSON, or as text lines with a count on stderr."""
    if output_format == "json":
        click.echo(json_document(diagnostics))
        return
    for line in text_lines(diagnostics):
        click.echo(line)
    click.echo(f"{label}: {len(diagnostics)} finding(s)", err=True)


def _as_dict(diag: Diagnostic) -> dict[str, object]:
    loc = diag.location
    return {
        "code": diag.code,
        "severity": diag.severity.label,
        "message": diag.message,
        "clause": diag.clause,
        "source": diag.source,
        "file": loc.file,
        "line": loc.line,
        "data_path": loc.data_path,
        "schema_path": loc.schema_path,
    }


def junit_document(files: Iterable[tuple[str, Sequence[Diagnostic]]], fail_on: Severity) -> str:
    """JUnit XML for CI: one test case per file, failing on findings at or above ``fail_on``."""
    suite = ElementTree.Element("testsuite", name="nrmkit validate")
    total = failures = 0
    for file, found in files:
        total += 1
        case = ElementTree.SubElement(suite, "testcase", classname="nrmkit.validate", name=file)
        failing = [d for d in found if d.severity >= fail_on]
        if failing:
            failures += 1
            failure = ElementTree.SubElement(
                case, "failure", message=f"{len(failing)} finding(s)", type=failing[0].code
            )
            failure.text = "\n".join(text_lines(failing))
    suite.set("tests", str(total))
    suite.set("failures", str(failures))
    ElementTree.indent(suite)
    return ElementTree.tostring(suite, encoding="unicode", xml_declaration=True)
