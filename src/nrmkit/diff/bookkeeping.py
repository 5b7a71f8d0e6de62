"""Revision bookkeeping: a module a CR changes needs a newer revision.

DIFF_CODES -- the DIFF_* diagnostic family
check_revisions -- Diagnostics for changed modules whose revision was not bumped
"""

from __future__ import annotations

from collections.abc import Iterator

from nrmkit.diagnostics import CodeSpec, Diagnostic, Location, Severity
from nrmkit.diff.changes import ChangeKind, ModelDiff
from nrmkit.model.view import ModuleInfo, NrmModel

DIFF_REVISION_NOT_NEWER = CodeSpec(
    "DIFF_REVISION_NOT_NEWER",
    Severity.ERROR,
    "a module with changes has no revision newer than the old side's",
    "RFC 7950 clause 7.1.9; TS 32.160 clause 6.2 (one revision per CR)",
)
DIFF_REVISION_NO_REFERENCE = CodeSpec(
    "DIFF_REVISION_NO_REFERENCE",
    Severity.ERROR,
    "a changed module's new revision has no reference naming the spec or CR",
    "TS 32.160 clause 6.2 (a revision statement carries the CR in its reference)",
)
DIFF_CODES = (DIFF_REVISION_NOT_NEWER, DIFF_REVISION_NO_REFERENCE)

# Changes that are the bookkeeping itself, not a reason to bump the revision.
_BOOKKEEPING = frozenset({ChangeKind.REVISION_ADDED, ChangeKind.MODULE_ADDED})


def check_revisions(diff: ModelDiff, old: NrmModel, new: NrmModel) -> Iterator[Diagnostic]:
    """One Diagnostic per changed module whose newest revision is not newer."""
    changed = sorted({c.module for c in diff.changes if c.kind not in _BOOKKEEPING})
    before = {m.name: m for m in old.modules}
    after = {m.name: m for m in new.modules}
    for name in changed:
        if name in before and name in after:
            yield from _revision(before[name], after[name])


def _revision(old: ModuleInfo, new: ModuleInfo) -> Iterator[Diagnostic]:
    where = Location(file=new.location.file or None, line=new.location.line or None)
    old_rev, new_rev = old.revision or "", new.revision or ""
    if new_rev <= old_rev:
        yield DIFF_REVISION_NOT_NEWER.at(
            where,
            f"module {new.name} changed but its revision {new_rev or '(none)'} is not newer "
            f"than {old_rev or '(none)'}",
        )
    elif not (new.revision_reference or "").strip():
        yield DIFF_REVISION_NO_REFERENCE.at(
            where, f"module {new.name}: revision {new_rev} has no reference to the spec or CR"
        )
