"""How each kind of change is classified, and the source that says so.

The table is the single place where editorial / BC / NBC is decided. A rule
may classify a change on ``config false`` data differently: by the IETF
module-versioning rules, a client reading state data is not hurt when the
server's value space shrinks, but is when it grows.

Rule -- a kind's classification for config and for state data, with its source
RULES -- ChangeKind -> Rule
classify -- the Compat of a kind of change on config or state data
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from nrmkit.diff.changes import ChangeKind as K
from nrmkit.diff.changes import Compat

RFC7950_11 = "RFC 7950 clause 11"
VERSIONING = "draft-ietf-netmod-yang-module-versioning, config false data"
YEXT_INVARIANT = "_3gpp-common-yang-extensions inVariant: adding is NBC, removing is BC"
YEXT_INITIAL = "_3gpp-common-yang-extensions initial-value: modification is NBC"
YEXT_NOTIFY = "nrmkit decision D43: notNotifyable silences notifications a client relies on"
STAGE2 = "TS 32.160 clause 6.1.11: the worst schema change realising it, else NBC"
EDITORIAL_TEXT = "RFC 7950 clause 11: a description may be clarified without changing semantics"

_E, _B, _N = Compat.EDITORIAL, Compat.BC, Compat.NBC


@dataclass(frozen=True, slots=True)
class Rule:
    """Classification of one kind of change."""

    config: Compat
    state: Compat
    clause: str


def _same(compat: Compat, clause: str) -> Rule:
    return Rule(compat, compat, clause)


RULES: Mapping[K, Rule] = MappingProxyType(
    {
        K.MODULE_ADDED: _same(_B, RFC7950_11),
        K.MODULE_REMOVED: _same(_N, RFC7950_11),
        K.NAMESPACE_CHANGED: _same(_N, RFC7950_11),
        K.PREFIX_CHANGED: _same(_E, RFC7950_11),
        K.REVISION_ADDED: _same(_E, RFC7950_11),
        K.NODE_ADDED: _same(_B, RFC7950_11),
        K.MANDATORY_NODE_ADDED: Rule(_N, _B, RFC7950_11),
        K.NODE_REMOVED: _same(_N, RFC7950_11),
        K.NODE_KIND_CHANGED: _same(_N, RFC7950_11),
        K.TYPE_CHANGED: _same(_N, RFC7950_11),
        K.RANGE_WIDENED: Rule(_B, _N, VERSIONING),
        K.RANGE_NARROWED: Rule(_N, _B, VERSIONING),
        K.LENGTH_WIDENED: Rule(_B, _N, VERSIONING),
        K.LENGTH_NARROWED: Rule(_N, _B, VERSIONING),
        K.PATTERN_ADDED: Rule(_N, _B, VERSIONING),
        K.PATTERN_REMOVED: Rule(_B, _N, VERSIONING),
        K.ENUM_ADDED: Rule(_B, _N, VERSIONING),
        K.ENUM_REMOVED: Rule(_N, _B, VERSIONING),
        K.DEFAULT_ADDED: _same(_B, RFC7950_11),
        K.DEFAULT_CHANGED: _same(_N, RFC7950_11),
        K.DEFAULT_REMOVED: _same(_N, RFC7950_11),
        K.MANDATORY_ADDED: Rule(_N, _B, RFC7950_11),
        K.MANDATORY_REMOVED: Rule(_B, _N, RFC7950_11),
        K.MIN_ELEMENTS_RAISED: Rule(_N, _B, RFC7950_11),
        K.MIN_ELEMENTS_LOWERED: Rule(_B, _N, RFC7950_11),
        K.MAX_ELEMENTS_LOWERED: Rule(_N, _B, RFC7950_11),
        K.MAX_ELEMENTS_RAISED: Rule(_B, _N, RFC7950_11),
        K.CONFIG_TO_STATE: _same(_N, RFC7950_11),
        K.STATE_TO_CONFIG: _same(_B, RFC7950_11),
        K.MUST_ADDED: Rule(_N, _B, RFC7950_11),
        K.MUST_REMOVED: Rule(_B, _N, RFC7950_11),
        K.WHEN_ADDED: Rule(_N, _B, RFC7950_11),
        K.WHEN_REMOVED: Rule(_B, _N, RFC7950_11),
        K.KEY_CHANGED: _same(_N, RFC7950_11),
        K.UNIQUE_ADDED: Rule(_N, _B, RFC7950_11),
        K.UNIQUE_REMOVED: Rule(_B, _N, RFC7950_11),
        K.ORDERED_BY_CHANGED: _same(_N, RFC7950_11),
        K.STATUS_DEPRECATED: _same(_B, RFC7950_11),
        K.STATUS_OBSOLETED: _same(_N, VERSIONING),
        K.UNITS_CHANGED: _same(_N, RFC7950_11),
        K.INVARIANT_ADDED: _same(_N, YEXT_INVARIANT),
        K.INVARIANT_REMOVED: _same(_B, YEXT_INVARIANT),
        K.INITIAL_VALUE_CHANGED: _same(_N, YEXT_INITIAL),
        K.NOT_NOTIFYABLE_ADDED: _same(_N, YEXT_NOTIFY),
        K.NOT_NOTIFYABLE_REMOVED: _same(_B, YEXT_NOTIFY),
        K.DESCRIPTION_CHANGED: _same(_E, EDITORIAL_TEXT),
        # Stage-2 changes take the worst of the schema changes that realise
        # them (see compute.py); these apply when none is linked.
        K.IOC_ADDED: _same(_B, RFC7950_11),
        K.IOC_REMOVED: _same(_N, RFC7950_11),
        K.DATA_TYPE_ADDED: _same(_B, RFC7950_11),
        K.DATA_TYPE_REMOVED: _same(_N, RFC7950_11),
        K.ATTRIBUTE_ADDED: _same(_B, RFC7950_11),
        K.ATTRIBUTE_REMOVED: _same(_N, RFC7950_11),
        K.SUPPORT_QUALIFIER_CHANGED: _same(_N, STAGE2),
        K.MULTIPLICITY_CHANGED: _same(_N, STAGE2),
        K.IS_WRITABLE_CHANGED: _same(_N, STAGE2),
        K.IS_INVARIANT_CHANGED: _same(_N, STAGE2),
        K.IS_NOTIFYABLE_CHANGED: _same(_N, STAGE2),
        K.ATTRIBUTE_TYPE_CHANGED: _same(_N, STAGE2),
        K.ALLOWED_VALUES_CHANGED: _same(_N, STAGE2),
        K.DEFAULT_VALUE_CHANGED: _same(_N, STAGE2),
    }
)


def classify(kind: K, config: bool) -> tuple[Compat, str]:
    """The classification of ``kind`` on config (True) or state (False) data, and its source."""
    rule = RULES[kind]
    return (rule.config if config else rule.state), rule.clause
