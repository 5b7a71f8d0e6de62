"""nrmkit's diff on fixture pairs that reproduce the changes SA5 CRs make."""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from nrmkit.diff.changes import ChangeKind as K
from nrmkit.diff.changes import Compat, Level, ModelDiff
from nrmkit.diff.compute import diff_models
from nrmkit.model import load_model_set
from nrmkit.modelsets import ModelSet

from .conftest import FIXTURES, ROOT

PAIRS = FIXTURES / "diff"
COMMON = ROOT / "yang" / "common"

# case -> (kinds that must be reported with their class, worst class overall)
EXPECTED: dict[str, tuple[set[tuple[K, Compat]], Compat]] = {
    "leaf-removed": ({(K.NODE_REMOVED, Compat.NBC), (K.ATTRIBUTE_REMOVED, Compat.NBC)}, Compat.NBC),
    "leaf-renamed": ({(K.NODE_REMOVED, Compat.NBC), (K.NODE_ADDED, Compat.BC)}, Compat.NBC),
    "namespace-changed": ({(K.NAMESPACE_CHANGED, Compat.NBC)}, Compat.NBC),
    "max-elements-added": ({(K.MAX_ELEMENTS_LOWERED, Compat.NBC)}, Compat.NBC),
    "mandatory-leaf-added": ({(K.MANDATORY_NODE_ADDED, Compat.NBC)}, Compat.NBC),
    "optional-leaf-added": ({(K.NODE_ADDED, Compat.BC), (K.ATTRIBUTE_ADDED, Compat.BC)}, Compat.BC),
    "description-reflowed": ({(K.REVISION_ADDED, Compat.EDITORIAL)}, Compat.EDITORIAL),
    "description-changed": ({(K.DESCRIPTION_CHANGED, Compat.EDITORIAL)}, Compat.EDITORIAL),
    "redundant-mandatory-false": ({(K.REVISION_ADDED, Compat.EDITORIAL)}, Compat.EDITORIAL),
    "invariant-added": ({(K.INVARIANT_ADDED, Compat.NBC)}, Compat.NBC),
    "leaf-to-leaf-list": ({(K.NODE_KIND_CHANGED, Compat.NBC)}, Compat.NBC),
    "length-narrowed": ({(K.LENGTH_NARROWED, Compat.NBC)}, Compat.NBC),
    "pattern-changed": (
        {(K.PATTERN_ADDED, Compat.NBC), (K.PATTERN_REMOVED, Compat.BC)},
        Compat.NBC,
    ),
    "range-narrowed": ({(K.RANGE_NARROWED, Compat.NBC)}, Compat.NBC),
    "enum-removed": ({(K.ENUM_REMOVED, Compat.NBC)}, Compat.NBC),
    "enum-added": ({(K.ENUM_ADDED, Compat.BC)}, Compat.BC),
    "config-to-state": ({(K.CONFIG_TO_STATE, Compat.NBC)}, Compat.NBC),
    "must-added": ({(K.MUST_ADDED, Compat.NBC)}, Compat.NBC),
    "default-changed": ({(K.DEFAULT_CHANGED, Compat.NBC)}, Compat.NBC),
    "type-changed": ({(K.TYPE_CHANGED, Compat.NBC)}, Compat.NBC),
    "module-added": ({(K.MODULE_ADDED, Compat.BC), (K.IOC_ADDED, Compat.BC)}, Compat.BC),
    "module-deleted": ({(K.MODULE_REMOVED, Compat.NBC), (K.IOC_REMOVED, Compat.NBC)}, Compat.NBC),
}


@cache
def _diff(case: str) -> ModelDiff:
    old, new = (
        load_model_set(ModelSet(side, (PAIRS / case / side, COMMON))) for side in ("old", "new")
    )
    return diff_models(old, new, "old", "new")


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_fixture_pair_is_classified(case: str) -> None:
    kinds, worst = EXPECTED[case]
    found = {(c.kind, c.compat) for c in _diff(case).changes}
    assert kinds <= found, sorted(found, key=str)
    assert _diff(case).worst is worst


def test_reflowed_description_is_no_change() -> None:
    assert {c.kind for c in _diff("description-reflowed").changes} == {K.REVISION_ADDED}


def test_redundant_mandatory_false_is_no_change() -> None:
    assert {c.kind for c in _diff("redundant-mandatory-false").changes} == {K.REVISION_ADDED}


def test_stage2_row_is_linked_to_its_schema_change() -> None:
    changes = _diff("leaf-to-leaf-list").changes
    (row,) = [c for c in changes if c.kind is K.MULTIPLICITY_CHANGED]
    assert row.level is Level.STAGE2
    assert (row.owner, row.attribute, row.old, row.new) == ("Widget", "colour", "0..1", "0..*")
    assert row.compat is Compat.NBC


def test_changes_are_sorted_and_name_their_module() -> None:
    changes = _diff("pattern-changed").changes
    assert list(changes) == sorted(changes, key=lambda c: c.sort_key())
    assert {c.module for c in changes} == {"_3gpp-test-nrm-widget"}


def _pyang_errors(case: str) -> set[str]:
    """CHK_* errors (not warnings) of `pyang --check-update-from`, module by module."""
    pyang = Path(sys.executable).parent / "pyang"
    codes: set[str] = set()
    for new in sorted((PAIRS / case / "new").glob("*.yang")):
        old = PAIRS / case / "old" / new.name
        if not old.exists():
            continue
        done = subprocess.run(
            [str(pyang), "--check-update-from", str(old), "-P", str(COMMON), "-p", str(COMMON),
             "--msg-template={code}:{type}", str(new)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        for line in (done.stdout + done.stderr).splitlines():
            code, _, kind = line.partition(":")
            if code.startswith("CHK_") and kind == "error":
                codes.add(code)
    return codes


def test_every_nbc_pyang_reports_is_reported() -> None:
    """Where pyang --check-update-from finds an NBC change, so does nrmkit.

    CHK_BAD_REVISION is revision bookkeeping, checked separately; pyang also
    raises it for a module that did not change at all (module-added).
    """
    verdicts = {case: _pyang_errors(case) - {"CHK_BAD_REVISION"} for case in EXPECTED}
    flagged = {case for case, codes in verdicts.items() if codes}
    assert len(flagged) >= 10, "the fixtures exercise pyang's checks"
    milder = {case: verdicts[case] for case in flagged if _diff(case).worst is not Compat.NBC}
    assert milder == {}


def test_nrmkit_finds_nbc_changes_pyang_misses() -> None:
    for case in ("invariant-added", "length-narrowed", "pattern-changed"):
        assert _pyang_errors(case) == set(), case
        assert _diff(case).worst is Compat.NBC, case
