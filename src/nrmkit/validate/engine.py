"""One document from bytes to Diagnostics: input checks, libyang, recovery, rules.

Options -- what to validate against and how
check_document -- every Diagnostic for one loaded Document
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nrmkit._libyang import LibyangSchema
from nrmkit.diagnostics import Diagnostic, Location
from nrmkit.instances import DataType
from nrmkit.validate import codes
from nrmkit.validate.facts import Facts
from nrmkit.validate.inputs import Document
from nrmkit.validate.locate import SourceIndex, build_index
from nrmkit.validate.normalise import normalise_3gpp
from nrmkit.validate.recover import Outcome, validate_tree
from nrmkit.validate.rules import run_rules


@dataclass(frozen=True, slots=True)
class Options:
    """How to validate: data type, error bound, JSON dialect, semantic rules on/off."""

    datatype: DataType = "data"
    max_errors: int = 100
    json_style: str = "rfc7951"
    rules: bool = True


def check_document(
    schema: LibyangSchema, doc: Document, options: Options
) -> tuple[Diagnostic, ...]:
    """Validate ``doc`` against ``schema``; never raises for a bad document."""
    found = list(doc.notes)
    data = doc.data
    if doc.fmt == "json" and options.json_style == "3gpp":
        normalised = normalise_3gpp(schema, data, doc.file)
        if isinstance(normalised, Diagnostic):
            return (*found, normalised)
        data, notes = normalised
        found.extend(notes)
    outcome = validate_tree(schema, data, doc.fmt, options.datatype, options.max_errors)
    if outcome.too_deep is not None:
        location = Location(doc.file, outcome.too_deep)
        return (*found, codes.INST_TOO_DEEP.at(location, "nesting deeper than 256 levels"))
    try:
        index = build_index(doc.data, doc.fmt) if outcome.errors else None
        found.extend(_diagnostics(doc.file, outcome, index))
        if options.rules and outcome.tree is not None:
            found.extend(_rule_findings(schema, doc, outcome, index))
    finally:
        if outcome.tree is not None:
            outcome.tree.release()
    return tuple(sorted(set(found), key=Diagnostic.sort_key))


def _diagnostics(file: str, outcome: Outcome, index: SourceIndex | None) -> list[Diagnostic]:
    out = []
    for error, path in outcome.errors:
        line = (index.line_of(path) if index else None) or error.line
        schema_path = error.schema_path or _schema_path(path)
        message = error.message
        spec = codes.classify(error)
        if spec is codes.INST_MUST and error.app_tag:
            message = f"{message} (error-app-tag {error.app_tag})"
        out.append(spec.at(Location(file, line, path, schema_path), message, "libyang"))
    if outcome.stopped:
        out.append(
            codes.INST_RECOVERY_STOPPED.at(
                Location(file), f"no instance to remove after: {outcome.stopped}"
            )
        )
    if outcome.truncated:
        out.append(codes.INST_MAX_ERRORS.at(Location(file), "more errors not reported"))
    return out


def _rule_findings(
    schema: LibyangSchema, doc: Document, outcome: Outcome, index: SourceIndex | None
) -> list[Diagnostic]:
    assert outcome.tree is not None
    findings = run_rules(Facts(schema, outcome.tree))
    if findings and index is None:
        index = build_index(doc.data, doc.fmt)
    out = []
    for spec, path, message in findings:
        line = index.line_of(path) if index else None
        out.append(spec.at(Location(doc.file, line, path, _schema_path(path)), message))
    return out


def _schema_path(data_path: str | None) -> str | None:
    if not data_path:
        return None
    return re.sub(r"\[[^\]]*\]", "", data_path)
