"""Validate one document and report every error, not only the first.

libyang 3 validates with its multi-error flag and returns all validation
errors at once. libyang 2.1.30 stops at the first one, so nrmkit recovers:

1. Parse strictly. A syntax error ends the document (one located finding).
   So does nesting deeper than ``inputs.MAX_DEPTH``. Any other parse error
   (unknown node, invalid value) means: parse again leniently, keeping each
   bad node as an opaque node; every opaque node is a finding, and its MOI
   is removed from the tree.
2. Validate. On an error, report it, remove the MOI holding it (the nearest
   list instance with an ``attributes`` child; the node itself elsewhere) and
   validate again, until the tree is clean, nothing can be removed, or
   ``max_errors`` is reached.
3. A leafref error whose value is the id of an MOI removed in step 1 or 2
   is a consequence of the removal, not a finding; its MOI goes as well.

Limits: two errors in the same MOI are reported as one (the MOI goes after
the first); an error libyang gives without a usable path ends the recovery
(INST_RECOVERY_STOPPED).

Outcome -- the libyang errors of one document and the cleaned tree's rule input
validate_tree -- run steps 1-3 on one document's bytes
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nrmkit._libyang import DataTree, LibyangSchema
from nrmkit.instances import DataFormat, DataType, LyError
from nrmkit.validate.inputs import nesting_too_deep

_LEAFREF = re.compile(
    r'^Invalid leafref value "(.*)" - no target instance '
    r'"(?:.*/)?(?:[\w.-]+:)?([\w.-]+)/(?:[\w.-]+:)?id"'
)
_UNIQUE = re.compile(r'not satisfied in "[^"]*" and "([^"]*)"')
_STEP_NAME = re.compile(r"/(?:[\w.-]+:)?([\w.-]+)\[id='([^']*)'\]$")


@dataclass(slots=True)
class Outcome:
    """What validating one document found; ``tree`` is the cleaned tree (caller frees)."""

    errors: list[tuple[LyError, str | None]] = field(default_factory=list)
    tree: DataTree | None = None
    stopped: str | None = None
    truncated: bool = False
    too_deep: int | None = None


def validate_tree(
    schema: LibyangSchema, data: bytes, fmt: DataFormat, datatype: DataType, max_errors: int
) -> Outcome:
    """Parse and validate ``data``; each error comes with the data path to report."""
    outcome = Outcome()
    parsed = schema.parse(data, fmt)
    removed: list[str] = []
    if isinstance(parsed, LyError):
        if parsed.syntax:
            outcome.errors.append((parsed, parsed.data_path))
            return outcome
        outcome.too_deep = nesting_too_deep(data, fmt)
        if outcome.too_deep is not None:
            return outcome
        lenient = schema.parse(data, fmt, opaque=True)
        if isinstance(lenient, LyError):
            outcome.errors.append((parsed, parsed.data_path))
            return outcome
        outcome.errors.extend((e, e.data_path) for e in lenient.opaque_nodes())
        removed.extend(lenient.remove_opaque())
        parsed = lenient
    outcome.tree = parsed
    if len(outcome.errors) >= max_errors:
        outcome.truncated = len(outcome.errors) > max_errors or bool(parsed.validate(datatype))
        del outcome.errors[max_errors:]
        return outcome
    _validate_loop(parsed, datatype, max_errors, outcome, removed)
    return outcome


def _validate_loop(
    tree: DataTree, datatype: DataType, max_errors: int, outcome: Outcome, removed: list[str]
) -> None:
    while len(outcome.errors) < max_errors:
        found = tree.validate(datatype)
        if not found:
            return
        for error in found:
            consequence = _is_consequence(error, removed)
            path = _instance_path(tree, error)
            if not consequence:
                outcome.errors.append((error, path))
            gone = tree.remove_moi(path) if path else None
            if gone is None:
                outcome.stopped = error.message
                return
            removed.append(gone)
    outcome.truncated = bool(tree.validate(datatype))


def _instance_path(tree: DataTree, error: LyError) -> str | None:
    """The data path to report and to remove for ``error``."""
    unique = _UNIQUE.search(error.message)
    if unique:
        return unique.group(1)
    if error.data_path:
        return error.data_path
    if error.schema_path:
        return tree.first_without(error.schema_path)
    return None


def _is_consequence(error: LyError, removed: list[str]) -> bool:
    match = _LEAFREF.match(error.message)
    if not match:
        return False
    value, target = match.groups()
    for path in removed:
        step = _STEP_NAME.search(path)
        if step and step.groups() == (target, value):
            return True
    return False
