"""The evaluation of several solutions as one table (pure functions).

ComparisonRow -- one row: a measure and its value per solution
comparison_rows -- SolutionSummary values -> rows
render_comparison -- the table as Markdown or HTML
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nrmkit.diff.compare import SolutionSummary
from nrmkit.render.env import environment

_LISTS = (
    ("Attributes added", "attributes_added"),
    ("Attributes removed", "attributes_removed"),
    ("Support qualifiers changed", "qualifiers_changed"),
    ("Multiplicities changed", "multiplicities_changed"),
    ("Modules revised", "modules_revised"),
)
_COUNTS = (("NBC changes", "nbc"), ("BC changes", "bc"), ("Editorial changes", "editorial"))


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """A measure and, per solution, its value as lines of text."""

    measure: str
    values: tuple[tuple[str, ...], ...]


def comparison_rows(summaries: Sequence[SolutionSummary]) -> tuple[ComparisonRow, ...]:
    """One row per measure, one value per solution, in the order given."""
    rows = [
        ComparisonRow(label, tuple(getattr(s, key) or ("-",) for s in summaries))
        for label, key in _LISTS
    ]
    rows += [
        ComparisonRow(label, tuple((str(getattr(s, key)),) for s in summaries))
        for label, key in _COUNTS
    ]
    return tuple(rows)


def render_comparison(baseline: str, summaries: Sequence[SolutionSummary], fmt: str) -> str:
    """The evaluation table (``fmt`` "md" or "html") of ``summaries`` against ``baseline``."""
    template = environment().get_template(f"compare.{fmt}.j2")
    return template.render(
        baseline=baseline,
        solutions=[s.name for s in summaries],
        rows=comparison_rows(summaries),
    )
