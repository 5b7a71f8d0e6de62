"""Plain renderings of a diff: text lines for the terminal, and versioned JSON.

The JSON schema (version 1) is documented in docs/diff.md.

text_lines -- one line per change, then the bookkeeping findings and a summary
shorten -- a value on one line, cut to a width
json_document -- the whole result as sorted, versioned JSON
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from nrmkit.diagnostics import Diagnostic
from nrmkit.diff import DiffResult
from nrmkit.diff.changes import Change, Compat

JSON_VERSION = 1


def text_lines(result: DiffResult) -> Iterator[str]:
    """``CLASS level kind Owner.attribute: old -> new`` and the schema path."""
    for change in result.diff.changes:
        yield f"{change.compat.label:<9} {change.level.value:<6} {change.kind.value} {_row(change)}"
        yield f"  at {change.path}"
    for diag in result.diagnostics:
        yield f"{diag.location.label()}: {diag.severity.label}: {diag.message} [{diag.code}]"
    yield summary(result)


def summary(result: DiffResult) -> str:
    """``old -> new: N change(s): a NBC, b BC, c editorial``."""
    diff = result.diff
    counts = ", ".join(f"{diff.count(c)} {c.label}" for c in reversed(Compat))
    return f"{diff.old} -> {diff.new}: {len(diff.changes)} change(s): {counts}"


def _row(change: Change) -> str:
    where = ".".join(p for p in (change.owner, change.attribute) if p) or change.module
    if change.old is None and change.new is None:
        return where
    return f"{where}: {shorten(change.old)} -> {shorten(change.new)}"


def shorten(value: str | None, width: int = 60, ellipsis: str = "...") -> str:
    """``value`` on one line, cut to ``width`` characters; "-" for None."""
    if value is None:
        return "-"
    flat = " ".join(value.split())
    return flat if len(flat) <= width else flat[: width - len(ellipsis)] + ellipsis


def json_document(result: DiffResult) -> str:
    """The diff as JSON: version, sides, summary, changes, diagnostics."""
    diff = result.diff
    body = {
        "version": JSON_VERSION,
        "old": diff.old,
        "new": diff.new,
        "summary": {
            "changes": len(diff.changes),
            "worst": diff.worst.label,
            **{c.label: diff.count(c) for c in Compat},
        },
        "changes": [_change(c) for c in diff.changes],
        "diagnostics": [_diagnostic(d) for d in result.diagnostics],
    }
    return json.dumps(body, indent=2, sort_keys=True)


def _change(change: Change) -> dict[str, object]:
    return {
        "kind": change.kind.value,
        "level": change.level.value,
        "class": change.compat.label,
        "module": change.module,
        "path": change.path,
        "owner": change.owner,
        "attribute": change.attribute,
        "old": change.old,
        "new": change.new,
        "clause": change.clause,
    }


def _diagnostic(diag: Diagnostic) -> dict[str, object]:
    return {
        "code": diag.code,
        "severity": diag.severity.label,
        "message": diag.message,
        "file": diag.location.file,
        "line": diag.location.line,
    }
