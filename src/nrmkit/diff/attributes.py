"""Changes between two versions of one attribute, at both levels.

schema_changes -- what changed in the YANG statements of the attribute
stage2_changes -- what changed in its row of the stage-2 tables
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from nrmkit.diff.changes import Change, ChangeKind, Compat, Level
from nrmkit.diff.ranges import compare_intervals
from nrmkit.diff.rules import classify
from nrmkit.model.view import Attribute, TypeInfo, YangFacts

K = ChangeKind


@dataclass(frozen=True, slots=True)
class Pair:
    """The old and new version of an attribute of ``owner`` (at schema path ``base``)."""

    owner: str
    base: str
    old: Attribute
    new: Attribute

    def change(
        self, kind: K, old: object = None, new: object = None, level: Level = Level.SCHEMA
    ) -> Change:
        """A Change of ``kind`` on this attribute, classified by the rule table."""
        compat, clause = classify(kind, self.old.yang.config)
        return Change(
            kind, level, compat, self.new.module, f"{self.base}/{self.new.yang.path}",
            _text(old), _text(new), clause, self.owner, self.new.name,
        )  # fmt: skip


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value) or "-"
    return str(value)


def schema_changes(pair: Pair) -> Iterator[Change]:
    """Every YANG-level change between ``pair.old`` and ``pair.new``."""
    for check in _SCHEMA_CHECKS:
        yield from check(pair)


def _node(pair: Pair) -> Iterator[Change]:
    old, new = pair.old.yang, pair.new.yang
    if old.kind != new.kind:
        yield pair.change(K.NODE_KIND_CHANGED, old.kind, new.kind)
    if old.config != new.config:
        kind = K.CONFIG_TO_STATE if old.config else K.STATE_TO_CONFIG
        yield pair.change(kind, old.config, new.config)
    if old.ordered_by_user != new.ordered_by_user:
        yield pair.change(
            K.ORDERED_BY_CHANGED, _order(old.ordered_by_user), _order(new.ordered_by_user)
        )
    if old.keys != new.keys:
        yield pair.change(K.KEY_CHANGED, old.keys, new.keys)
    yield from _added_removed(pair, old.uniques, new.uniques, K.UNIQUE_ADDED, K.UNIQUE_REMOVED)


def _order(user: bool) -> str:
    return "user" if user else "system"


def _elements(pair: Pair) -> Iterator[Change]:
    """Lower and upper bounds; a mandatory leaf counts as at least one instance,
    so a leaf that becomes a leaf-list with min-elements 1 keeps its bound."""
    old, new = pair.old.yang, pair.new.yang
    low_old, low_new = _lower(old), _lower(new)
    if old.kind == new.kind == "leaf" and low_old != low_new:
        kind = K.MANDATORY_ADDED if low_new else K.MANDATORY_REMOVED
        yield pair.change(kind, old.mandatory, new.mandatory)
    elif low_old != low_new:
        kind = K.MIN_ELEMENTS_RAISED if low_new > low_old else K.MIN_ELEMENTS_LOWERED
        yield pair.change(kind, low_old, low_new)
    if old.max_elements != new.max_elements and "leaf" not in (old.kind, new.kind):
        lowered = new.max_elements is not None and (
            old.max_elements is None or new.max_elements < old.max_elements
        )
        kind = K.MAX_ELEMENTS_LOWERED if lowered else K.MAX_ELEMENTS_RAISED
        yield pair.change(kind, old.max_elements or "unbounded", new.max_elements or "unbounded")


def _lower(node: YangFacts) -> int:
    return max(1 if node.mandatory else 0, node.min_elements or 0)


def _type(pair: Pair) -> Iterator[Change]:
    old, new = pair.old.type, pair.new.type
    if old is None or new is None:
        return
    if old.base != new.base or old.leafref_path != new.leafref_path:
        yield pair.change(K.TYPE_CHANGED, old.label(), new.label())
        return
    yield from _interval(pair, old.allowed.range, new.allowed.range, _RANGE)
    yield from _interval(pair, old.allowed.length, new.allowed.length, _LENGTH)
    yield from _values(pair, old, new)


_RANGE = (K.RANGE_WIDENED, K.RANGE_NARROWED)
_LENGTH = (K.LENGTH_WIDENED, K.LENGTH_NARROWED)


def _interval(pair: Pair, old: str | None, new: str | None, kinds: tuple[K, K]) -> Iterator[Change]:
    """Widened, or narrowed (a change that is neither counts as narrowing)."""
    verdict = compare_intervals(old, new)
    if verdict != "same":
        yield pair.change(kinds[0] if verdict == "widened" else kinds[1], old or "-", new or "-")


def _values(pair: Pair, old: TypeInfo, new: TypeInfo) -> Iterator[Change]:
    yield from _added_removed(
        pair, old.allowed.patterns, new.allowed.patterns, K.PATTERN_ADDED, K.PATTERN_REMOVED
    )
    yield from _added_removed(
        pair, old.allowed.enums, new.allowed.enums, K.ENUM_ADDED, K.ENUM_REMOVED
    )


def _added_removed(
    pair: Pair, old: tuple[str, ...], new: tuple[str, ...], added: K, removed: K
) -> Iterator[Change]:
    for value in sorted(set(new) - set(old)):
        yield pair.change(added, None, value)
    for value in sorted(set(old) - set(new)):
        yield pair.change(removed, value, None)


def _default(pair: Pair) -> Iterator[Change]:
    old, new = _yang_default(pair.old), _yang_default(pair.new)
    if old == new:
        return
    kind = (
        K.DEFAULT_ADDED if old is None else K.DEFAULT_REMOVED if new is None else K.DEFAULT_CHANGED
    )
    yield pair.change(kind, old, new)


def _yang_default(attribute: Attribute) -> str | None:
    return attribute.default_value if attribute.default_source == "default" else None


_CONDITION_KINDS = (("must", K.MUST_ADDED, K.MUST_REMOVED), ("when", K.WHEN_ADDED, K.WHEN_REMOVED))


def _conditions(pair: Pair) -> Iterator[Change]:
    for keyword, added, removed in _CONDITION_KINDS:
        old = _expressions(pair.old, keyword)
        new = _expressions(pair.new, keyword)
        yield from _added_removed(pair, old, new, added, removed)


def _expressions(attribute: Attribute, keyword: str) -> tuple[str, ...]:
    found = (*attribute.conditions, *attribute.constraints)
    return tuple(" ".join(c.expression.split()) for c in found if c.kind == keyword)


def _extensions(pair: Pair) -> Iterator[Change]:
    old, new = _extension_map(pair.old), _extension_map(pair.new)
    for name, added, removed in (
        ("inVariant", K.INVARIANT_ADDED, K.INVARIANT_REMOVED),
        ("notNotifyable", K.NOT_NOTIFYABLE_ADDED, K.NOT_NOTIFYABLE_REMOVED),
    ):
        if (name in old) != (name in new):
            yield pair.change(added if name in new else removed)
    if old.get("initial-value") != new.get("initial-value"):
        yield pair.change(
            K.INITIAL_VALUE_CHANGED, old.get("initial-value"), new.get("initial-value")
        )


def _extension_map(attribute: Attribute) -> dict[str, str]:
    found: dict[str, str] = {}
    for text in attribute.yang.extensions:
        head, _, argument = text.partition(" ")
        found[head.rpartition(":")[2]] = argument.strip().strip('"')
    return found


def _documentation(pair: Pair) -> Iterator[Change]:
    old, new = pair.old, pair.new
    if old.status != new.status and new.status in ("deprecated", "obsolete"):
        kind = K.STATUS_DEPRECATED if new.status == "deprecated" else K.STATUS_OBSOLETED
        yield pair.change(kind, old.status, new.status)
    if old.units != new.units:
        yield pair.change(K.UNITS_CHANGED, old.units, new.units)
    if old.description.split() != new.description.split():
        yield pair.change(K.DESCRIPTION_CHANGED, old.description, new.description)


_SCHEMA_CHECKS = (_node, _elements, _type, _default, _conditions, _extensions, _documentation)


def stage2_changes(pair: Pair, linked: tuple[Change, ...]) -> Iterator[Change]:
    """Changes of the stage-2 row, each classified by the worst linked schema change."""
    worst = max((c.compat for c in linked), default=None)
    old, new = pair.old, pair.new
    rows = (
        (K.SUPPORT_QUALIFIER_CHANGED, old.support.value, new.support.value),
        (K.MULTIPLICITY_CHANGED, old.multiplicity, new.multiplicity),
        (K.IS_WRITABLE_CHANGED, old.is_writable, new.is_writable),
        (K.IS_INVARIANT_CHANGED, old.is_invariant, new.is_invariant),
        (K.IS_NOTIFYABLE_CHANGED, old.is_notifyable, new.is_notifyable),
        (K.ATTRIBUTE_TYPE_CHANGED, old.type_label(), new.type_label()),
        (K.ALLOWED_VALUES_CHANGED, _allowed(old), _allowed(new)),
        (K.DEFAULT_VALUE_CHANGED, old.default_value, new.default_value),
    )
    for kind, before, after in rows:
        if before != after:
            change = pair.change(kind, before, after, Level.STAGE2)
            yield change if worst is None else _reclassified(change, worst)


def _allowed(attribute: Attribute) -> str | None:
    return None if attribute.type is None else repr(attribute.type.allowed)


def _reclassified(change: Change, compat: Compat) -> Change:
    clause = "the worst schema change on the same attribute"
    return Change(
        change.kind, change.level, compat, change.module, change.path,
        change.old, change.new, clause, change.owner, change.attribute,
    )  # fmt: skip
