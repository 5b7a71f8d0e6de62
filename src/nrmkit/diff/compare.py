"""The side-by-side evaluation of solutions that a TR's "Evaluation" clause needs.

SolutionSummary -- what one solution changes against the baseline, in a TR's terms
summarise -- a pure function from a ModelDiff to a SolutionSummary
"""

from __future__ import annotations

from dataclasses import dataclass

from nrmkit.diff.changes import Change, ChangeKind, Compat, Level, ModelDiff

K = ChangeKind


@dataclass(frozen=True, slots=True)
class SolutionSummary:
    """One solution against the baseline: rows of the evaluation table."""

    name: str
    attributes_added: tuple[str, ...]
    attributes_removed: tuple[str, ...]
    qualifiers_changed: tuple[str, ...]
    multiplicities_changed: tuple[str, ...]
    modules_revised: tuple[str, ...]
    nbc: int
    bc: int
    editorial: int


def summarise(diff: ModelDiff) -> SolutionSummary:
    """Summarise ``diff`` (baseline -> solution) as one evaluation column."""
    changes = diff.changes
    return SolutionSummary(
        name=diff.new,
        attributes_added=_rows(changes, K.ATTRIBUTE_ADDED),
        attributes_removed=_rows(changes, K.ATTRIBUTE_REMOVED),
        qualifiers_changed=_rows(changes, K.SUPPORT_QUALIFIER_CHANGED, with_values=True),
        multiplicities_changed=_rows(changes, K.MULTIPLICITY_CHANGED, with_values=True),
        modules_revised=tuple(
            sorted(f"{c.module} {c.new}" for c in changes if c.kind is K.REVISION_ADDED)
        ),
        nbc=diff.count(Compat.NBC),
        bc=diff.count(Compat.BC),
        editorial=diff.count(Compat.EDITORIAL),
    )


def _rows(changes: tuple[Change, ...], kind: K, *, with_values: bool = False) -> tuple[str, ...]:
    found = []
    for change in changes:
        if change.kind is kind and change.level is Level.STAGE2:
            name = f"{change.owner}.{change.attribute}"
            found.append(f"{name} {change.old} -> {change.new}" if with_values else name)
    return tuple(sorted(found))
