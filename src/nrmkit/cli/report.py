"""Reporters: turn Diagnostics into text or JSON lines for the terminal."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

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
