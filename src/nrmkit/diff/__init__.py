"""What a CR changes against its baseline: ``nrmkit diff`` and ``nrmkit compare``.

diff_sides -- load both sides (bundled set, search path or GITREF:DIR) and diff them
DiffResult -- the ModelDiff plus the revision-bookkeeping Diagnostics
compare_sides -- diff a baseline against each solution and summarise each
diff_models -- the pure diff of two model views (``nrmkit.diff.compute``)
DIFF_CODES -- the DIFF_* diagnostic family
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from nrmkit.diagnostics import Diagnostic
from nrmkit.diff.bookkeeping import DIFF_CODES, check_revisions
from nrmkit.diff.changes import ModelDiff
from nrmkit.diff.compare import SolutionSummary, summarise
from nrmkit.diff.compute import diff_models
from nrmkit.diff.sides import resolve_side
from nrmkit.model import NrmModel, load_model_set

__all__ = ["DIFF_CODES", "DiffResult", "compare_sides", "diff_models", "diff_sides"]


@dataclass(frozen=True, slots=True)
class DiffResult:
    """A diff, what revision bookkeeping found wrong in it, and the two model views."""

    diff: ModelDiff
    diagnostics: tuple[Diagnostic, ...]
    old: NrmModel
    new: NrmModel


def diff_sides(old: str, new: str, shared: tuple[Path, ...] = ()) -> DiffResult:
    """Diff the model sets that ``old`` and ``new`` name.

    Args:
        old: a bundled set name, ``DIR[:DIR...]`` or ``GITREF:DIR``.
        new: likewise.
        shared: directories searched after each side's own (e.g. common modules).

    Raises:
        ModelLoadError: a side names nothing, or its modules do not compile.
    """
    with tempfile.TemporaryDirectory(prefix="nrmkit-diff-") as scratch:
        old_set = resolve_side(old, shared, Path(scratch) / "old")
        new_set = resolve_side(new, shared, Path(scratch) / "new")
        old_model, new_model = load_model_set(old_set), load_model_set(new_set)
    diff = diff_models(old_model, new_model, old, new)
    bookkeeping = tuple(check_revisions(diff, old_model, new_model))
    return DiffResult(diff, bookkeeping, old_model, new_model)


def compare_sides(
    baseline: str, solutions: tuple[str, ...], shared: tuple[Path, ...] = ()
) -> tuple[SolutionSummary, ...]:
    """One summary per solution, each diffed against ``baseline``.

    Raises:
        ModelLoadError: a side names nothing, or its modules do not compile.
    """
    return tuple(summarise(diff_sides(baseline, s, shared).diff) for s in solutions)
