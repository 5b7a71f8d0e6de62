"""What a diff finds: Change values, their classification and the whole ModelDiff.

Compat -- EDITORIAL < BC < NBC
Level -- SCHEMA (a YANG statement) or STAGE2 (an IOC or attribute property)
ChangeKind -- the kinds of change, one per rule in ``nrmkit.diff.rules``
Change -- one classified change
ModelDiff -- every change between two model sets, sorted
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Compat(enum.IntEnum):
    """How a change affects existing clients; ordered by severity."""

    EDITORIAL = 0
    BC = 1
    NBC = 2

    @property
    def label(self) -> str:
        """The name used in reports: "editorial", "BC" or "NBC"."""
        return "editorial" if self is Compat.EDITORIAL else self.name


class Level(enum.Enum):
    """Whether a change is seen in the YANG statements or in the stage-2 view."""

    SCHEMA = "schema"
    STAGE2 = "stage2"


class ChangeKind(enum.Enum):
    """Kinds of change; the value is the stable name used in JSON output."""

    MODULE_ADDED = "module-added"
    MODULE_REMOVED = "module-removed"
    NAMESPACE_CHANGED = "namespace-changed"
    PREFIX_CHANGED = "prefix-changed"
    REVISION_ADDED = "revision-added"
    NODE_ADDED = "node-added"
    MANDATORY_NODE_ADDED = "mandatory-node-added"
    NODE_REMOVED = "node-removed"
    NODE_KIND_CHANGED = "node-kind-changed"
    TYPE_CHANGED = "type-changed"
    RANGE_WIDENED = "range-widened"
    RANGE_NARROWED = "range-narrowed"
    LENGTH_WIDENED = "length-widened"
    LENGTH_NARROWED = "length-narrowed"
    PATTERN_ADDED = "pattern-added"
    PATTERN_REMOVED = "pattern-removed"
    ENUM_ADDED = "enum-added"
    ENUM_REMOVED = "enum-removed"
    DEFAULT_ADDED = "default-added"
    DEFAULT_CHANGED = "default-changed"
    DEFAULT_REMOVED = "default-removed"
    MANDATORY_ADDED = "mandatory-added"
    MANDATORY_REMOVED = "mandatory-removed"
    MIN_ELEMENTS_RAISED = "min-elements-raised"
    MIN_ELEMENTS_LOWERED = "min-elements-lowered"
    MAX_ELEMENTS_LOWERED = "max-elements-lowered"
    MAX_ELEMENTS_RAISED = "max-elements-raised"
    CONFIG_TO_STATE = "config-to-state"
    STATE_TO_CONFIG = "state-to-config"
    MUST_ADDED = "must-added"
    MUST_REMOVED = "must-removed"
    WHEN_ADDED = "when-added"
    WHEN_REMOVED = "when-removed"
    KEY_CHANGED = "key-changed"
    UNIQUE_ADDED = "unique-added"
    UNIQUE_REMOVED = "unique-removed"
    ORDERED_BY_CHANGED = "ordered-by-changed"
    STATUS_DEPRECATED = "status-deprecated"
    STATUS_OBSOLETED = "status-obsoleted"
    UNITS_CHANGED = "units-changed"
    INVARIANT_ADDED = "invariant-added"
    INVARIANT_REMOVED = "invariant-removed"
    INITIAL_VALUE_CHANGED = "initial-value-changed"
    NOT_NOTIFYABLE_ADDED = "not-notifyable-added"
    NOT_NOTIFYABLE_REMOVED = "not-notifyable-removed"
    DESCRIPTION_CHANGED = "description-changed"
    # Stage-2 level: what a spec editor sees in the attribute tables.
    IOC_ADDED = "ioc-added"
    IOC_REMOVED = "ioc-removed"
    DATA_TYPE_ADDED = "data-type-added"
    DATA_TYPE_REMOVED = "data-type-removed"
    ATTRIBUTE_ADDED = "attribute-added"
    ATTRIBUTE_REMOVED = "attribute-removed"
    SUPPORT_QUALIFIER_CHANGED = "support-qualifier-changed"
    MULTIPLICITY_CHANGED = "multiplicity-changed"
    IS_WRITABLE_CHANGED = "is-writable-changed"
    IS_INVARIANT_CHANGED = "is-invariant-changed"
    IS_NOTIFYABLE_CHANGED = "is-notifyable-changed"
    ATTRIBUTE_TYPE_CHANGED = "attribute-type-changed"
    ALLOWED_VALUES_CHANGED = "allowed-values-changed"
    DEFAULT_VALUE_CHANGED = "default-value-changed"


@dataclass(frozen=True, slots=True)
class Change:
    """One change between the old and the new model set.

    ``path`` is the schema path; ``owner`` (an IOC or a data type) and
    ``attribute`` name the stage-2 row it touches, if any.
    """

    kind: ChangeKind
    level: Level
    compat: Compat
    module: str
    path: str
    old: str | None
    new: str | None
    clause: str
    owner: str | None = None
    attribute: str | None = None

    def sort_key(self) -> tuple[str, str, str, str]:
        """Order by module, path, level, kind."""
        return (self.module, self.path, self.level.value, self.kind.value)


@dataclass(frozen=True, slots=True)
class ModelDiff:
    """All changes from ``old`` to ``new`` (labels of the two sides), sorted."""

    old: str
    new: str
    changes: tuple[Change, ...]

    @property
    def worst(self) -> Compat:
        """The most severe classification found (EDITORIAL when nothing changed)."""
        return max((c.compat for c in self.changes), default=Compat.EDITORIAL)

    def count(self, compat: Compat) -> int:
        """How many changes carry ``compat``."""
        return sum(1 for c in self.changes if c.compat is compat)
