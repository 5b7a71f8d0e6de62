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

# case -> (kinds that must be reported with their class, worst class overall);
# together the cases produce every ChangeKind (see the last test).
E, B, N = Compat.EDITORIAL, Compat.BC, Compat.NBC
EXPECTED: dict[str, tuple[set[tuple[K, Compat]], Compat]] = {
    "leaf-removed": ({(K.NODE_REMOVED, N), (K.ATTRIBUTE_REMOVED, N)}, N),
    "leaf-renamed": ({(K.NODE_REMOVED, N), (K.NODE_ADDED, B)}, N),
    "namespace-changed": ({(K.NAMESPACE_CHANGED, N)}, N),
    "prefix-changed": ({(K.PREFIX_CHANGED, E)}, E),
    "max-elements-added": ({(K.MAX_ELEMENTS_LOWERED, N)}, N),
    "max-elements-raised": ({(K.MAX_ELEMENTS_RAISED, B)}, B),
    "min-elements-raised": ({(K.MIN_ELEMENTS_RAISED, N), (K.SUPPORT_QUALIFIER_CHANGED, N)}, N),
    "min-elements-lowered": ({(K.MIN_ELEMENTS_LOWERED, B), (K.MULTIPLICITY_CHANGED, B)}, B),
    "ordered-by-changed": ({(K.ORDERED_BY_CHANGED, N)}, N),
    "mandatory-leaf-added": ({(K.MANDATORY_NODE_ADDED, N), (K.ATTRIBUTE_ADDED, N)}, N),
    "optional-leaf-added": ({(K.NODE_ADDED, B), (K.ATTRIBUTE_ADDED, B)}, B),
    "mandatory-added": ({(K.MANDATORY_ADDED, N), (K.SUPPORT_QUALIFIER_CHANGED, N)}, N),
    "mandatory-removed": ({(K.MANDATORY_REMOVED, B), (K.SUPPORT_QUALIFIER_CHANGED, B)}, B),
    "description-reflowed": ({(K.REVISION_ADDED, E)}, E),
    "description-changed": ({(K.DESCRIPTION_CHANGED, E)}, E),
    "redundant-mandatory-false": ({(K.REVISION_ADDED, E)}, E),
    "statements-reordered": ({(K.REVISION_ADDED, E)}, E),
    "invariant-added": ({(K.INVARIANT_ADDED, N), (K.IS_INVARIANT_CHANGED, N)}, N),
    "invariant-removed": ({(K.INVARIANT_REMOVED, B), (K.IS_INVARIANT_CHANGED, B)}, B),
    "not-notifyable-added": ({(K.NOT_NOTIFYABLE_ADDED, N), (K.IS_NOTIFYABLE_CHANGED, N)}, N),
    "not-notifyable-removed": ({(K.NOT_NOTIFYABLE_REMOVED, B)}, B),
    "initial-value-changed": ({(K.INITIAL_VALUE_CHANGED, N), (K.DEFAULT_VALUE_CHANGED, N)}, N),
    "leaf-to-leaf-list": ({(K.NODE_KIND_CHANGED, N), (K.MULTIPLICITY_CHANGED, N)}, N),
    "length-narrowed": ({(K.LENGTH_NARROWED, N)}, N),
    "length-widened": ({(K.LENGTH_WIDENED, B)}, B),
    "pattern-changed": ({(K.PATTERN_ADDED, N), (K.PATTERN_REMOVED, B)}, N),
    "range-narrowed": ({(K.RANGE_NARROWED, N), (K.ALLOWED_VALUES_CHANGED, N)}, N),
    "range-widened": ({(K.RANGE_WIDENED, B)}, B),
    "enum-removed": ({(K.ENUM_REMOVED, N)}, N),
    "enum-added": ({(K.ENUM_ADDED, B)}, B),
    "config-to-state": ({(K.CONFIG_TO_STATE, N), (K.IS_WRITABLE_CHANGED, N)}, N),
    "state-to-config": ({(K.STATE_TO_CONFIG, B)}, B),
    "must-added": ({(K.MUST_ADDED, N)}, N),
    "must-removed": ({(K.MUST_REMOVED, B)}, B),
    "when-added": ({(K.WHEN_ADDED, N), (K.SUPPORT_QUALIFIER_CHANGED, N)}, N),
    "when-removed": ({(K.WHEN_REMOVED, B)}, B),
    "default-added": ({(K.DEFAULT_ADDED, B)}, B),
    "default-changed": ({(K.DEFAULT_CHANGED, N)}, N),
    "default-removed": ({(K.DEFAULT_REMOVED, N)}, N),
    "type-changed": ({(K.TYPE_CHANGED, N), (K.ATTRIBUTE_TYPE_CHANGED, N)}, N),
    "status-deprecated": ({(K.STATUS_DEPRECATED, B)}, B),
    "status-obsoleted": ({(K.STATUS_OBSOLETED, N)}, N),
    "units-changed": ({(K.UNITS_CHANGED, N)}, N),
    "unique-added": ({(K.UNIQUE_ADDED, N)}, N),
    "unique-removed": ({(K.UNIQUE_REMOVED, B)}, B),
    "key-changed": ({(K.KEY_CHANGED, N)}, N),
    "structure-added": ({(K.DATA_TYPE_ADDED, B), (K.ATTRIBUTE_ADDED, B)}, B),
    "structure-removed": ({(K.DATA_TYPE_REMOVED, N), (K.ATTRIBUTE_REMOVED, N)}, N),
    "module-added": ({(K.MODULE_ADDED, B), (K.IOC_ADDED, B)}, B),
    "module-deleted": ({(K.MODULE_REMOVED, N), (K.IOC_REMOVED, N)}, N),
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


@pytest.mark.parametrize("case", ["redundant-mandatory-false", "statements-reordered"])
def test_equivalent_re_spelling_is_no_change(case: str) -> None:
    assert {c.kind for c in _diff(case).changes} == {K.REVISION_ADDED}


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


def test_the_fixture_pairs_produce_every_kind_of_change() -> None:
    seen = {c.kind for case in EXPECTED for c in _diff(case).changes}
    assert seen == set(K)
