"""The stage-2 mapping rules: how each attribute property follows from YANG.

Every rule cites TS 32.160 (clause numbers of V19.0.0) or RFC 7950 and is
listed in ``RULES``; ``docs/stage2-mapping.md`` is the table of them. A rule
that cannot decide reports an ``NRM_MAP_*`` diagnostic instead of guessing.

NodeFacts -- the YANG facts of one data node, read from the compiled schema
MappingRule, RULES -- the rules, with the clause each one cites
MAP_CONDITION, MAP_STRUCTURE, MAP_CONFLICT, MAP_CODES -- the NRM_MAP_* family
to_attribute -- NodeFacts plus the conditions around it -> Attribute
support_qualifier, multiplicity, is_ordered, is_unique, default_value -- single rules
presence_reference -- how an XPath expression refers to a node (presence, comparison, ...)
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from nrmkit.diagnostics import CodeSpec, Diagnostic, Location, Severity
from nrmkit.model.view import Attribute, Condition, SourceRef, SupportQualifier, TypeInfo, YangFacts

MAP_CONDITION = CodeSpec(
    "NRM_MAP_CONDITION",
    Severity.WARNING,
    "a must/when names the attribute in a way that does not map to a support qualifier",
    "TS 32.160 6.1.10",
)
MAP_STRUCTURE = CodeSpec(
    "NRM_MAP_STRUCTURE",
    Severity.INFO,
    "a structured attribute is not one grouping (inline members, choice, or several uses)",
    "TS 32.160 5.2",
)
MAP_CONFLICT = CodeSpec(
    "NRM_MAP_CONFLICT",
    Severity.WARNING,
    "a class name is placed twice with different attributes; the first placement is shown",
    "TS 32.160 6.2.6",
)
MAP_CODES = (MAP_CONDITION, MAP_STRUCTURE, MAP_CONFLICT)


@dataclass(frozen=True, slots=True)
class MappingRule:
    """One mapping rule: stage-2 property, YANG construct, cited clause."""

    rule: str
    property: str
    yang: str
    clause: str


RULES: tuple[MappingRule, ...] = (
    MappingRule("SQ-M", "support qualifier M", "`mandatory true`, a list key, or "
                "`min-elements` >= 1", "TS 32.160 6.1.10; RFC 7950 7.6.5, 7.7.5, 7.8.2"),
    MappingRule("SQ-CM", "support qualifier CM",
                "`when` on a mandatory node, or a `must` of the attributes container or of a "
                "sibling that requires the node's presence (bare path term)",
                "TS 32.160 6.1.10; RFC 7950 7.5.3, 7.21.5"),
    MappingRule("SQ-CO", "support qualifier CO",
                "`when` on an optional node, or a `must` on the node that tests other nodes only",
                "TS 32.160 6.1.10; RFC 7950 7.5.3, 7.21.5"),
    MappingRule("SQ-O", "support qualifier O", "none of the above", "TS 32.160 6.1.10"),
    MappingRule("READ", "isReadable", "always True: YANG has no write-only data",
                "TS 32.160 6.1.11.8; RFC 7950 7.21.1"),
    MappingRule("WRITE", "isWritable", "False for `config false` (inherited), else True",
                "TS 32.160 6.1.11.8; RFC 7950 7.21.1"),
    MappingRule("INV", "isInvariant", "`yext3gpp:inVariant` present", "TS 32.160 6.1.11.7"),
    MappingRule("NOTIFY", "isNotifyable", "False when `yext3gpp:notNotifyable` is present",
                "TS 32.160 6.1.11.9"),
    MappingRule("TYPE", "type", "the `type`, resolved through typedefs; typedef name kept; "
                "list/container: the grouping it uses (a data type)",
                "TS 32.160 6.2.10, 6.2.11; RFC 7950 7.3, 9"),
    MappingRule("MULT", "multiplicity", "`leaf`: 1 if mandatory or a key, else 0..1; "
                "`leaf-list`/`list`: min-elements..max-elements (0..* by default); "
                "container: 1, presence: 0..1",
                "TS 32.160 6.1.11.2; RFC 7950 7.7.5, 7.7.6"),
    MappingRule("ORD", "isOrdered", "`ordered-by user` on leaf-list/list; N/A for one value",
                "TS 32.160 6.1.11.4; RFC 7950 7.7.7"),
    MappingRule("UNIQ", "isUnique", "config leaf-list and keyed list: True; state leaf-list "
                "and keyless list: False; N/A for one value",
                "TS 32.160 6.1.11.3; RFC 7950 7.7, 7.8.2"),
    MappingRule("DEF", "defaultValue", "`default`, else `yext3gpp:initial-value`",
                "TS 32.160 6.1.11.5; RFC 7950 7.6.4, 7.7.4"),
    MappingRule("NULL", "isNullable", "always False: YANG has no null value",
                "TS 32.160 6.1.11.6"),
    MappingRule("ALLOWED", "allowedValues", "range, length, pattern, enum, bit, identity base "
                "of the type and its typedefs (most derived range/length)",
                "TS 32.160 6.1.11.10; RFC 7950 9.2.4, 9.4.4, 9.4.5, 9.6.4, 9.7.4, 9.10.2"),
    MappingRule("DOC", "documentation, units, lifecycleStatus", "`description`, `units`, "
                "`status`", "TS 32.160 5.2, 6.1.11.11; RFC 7950 7.21.2, 7.21.3"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class NodeFacts:
    """What the compiled YANG says about one data node (input to the rules)."""

    name: str
    module: str
    yang: YangFacts
    type: TypeInfo | None
    data_type: str | None
    defaults: tuple[str, ...]
    initial_value: str | None
    invariant: bool
    not_notifyable: bool
    presence: bool
    musts: tuple[Condition, ...]
    whens: tuple[Condition, ...]
    description: str
    units: str | None
    status: str
    inherited_from: str | None
    location: SourceRef


class Reference(enum.Enum):
    """How an XPath expression refers to a node name."""

    NONE = "none"
    PRESENCE = "presence"
    COMPARISON = "comparison"
    NEGATED = "negated"
    OTHER = "other"


_OPERATOR_AFTER = re.compile(r"^(?:!=|<=|>=|=|<|>)")
_OPERATOR_BEFORE = re.compile(r"(?:!=|<=|>=|=|<|>)$")
_NOT_CALL = re.compile(r"(?:^|[\s(])not\s*\($")
_FUNCTION_CALL = re.compile(r"[\w-]+\s*\($")
_SELF = re.compile(r"(?<![\w./])\.(?![\w./])|current\(\)")


def presence_reference(expression: str, name: str) -> Reference:
    """Classify how ``expression`` names the node ``name`` (RFC 7950 7.5.3, XPath 1.0).

    A bare path ending in ``name`` that is an operand of ``and``/``or`` is a
    presence test; ``name = 'x'`` a comparison; ``not(name)`` a negated test.
    Any other use (function argument, intermediate step, predicate) is OTHER.
    """
    path = re.compile(
        r"(?<![\w.:/-])(?:\.\./|\./)*(?:[A-Za-z_][\w.-]*:)?" + re.escape(name) + r"(?![\w.:-])"
    )
    found = [_classify(expression, m.start(), m.end()) for m in path.finditer(expression)]
    for kind in (Reference.PRESENCE, Reference.OTHER, Reference.NEGATED, Reference.COMPARISON):
        if kind in found:
            return kind
    return Reference.NONE


def _classify(expression: str, start: int, end: int) -> Reference:
    before = expression[:start].rstrip()
    after = expression[end:].lstrip()
    if after.startswith(("/", "[")):
        return Reference.OTHER
    if _OPERATOR_AFTER.match(after) or _OPERATOR_BEFORE.search(before):
        return Reference.COMPARISON
    if _NOT_CALL.search(before) and after.startswith(")"):
        return Reference.NEGATED
    if _FUNCTION_CALL.search(before):
        return Reference.OTHER
    return Reference.PRESENCE


def support_qualifier(
    node: NodeFacts, context: tuple[Condition, ...]
) -> tuple[SupportQualifier, tuple[Condition, ...], tuple[Condition, ...]]:
    """Rules SQ-M, SQ-CM, SQ-CO, SQ-O (TS 32.160 6.1.10).

    ``context`` holds the musts of the attributes container and of the
    sibling attributes. Returns the qualifier, the conditions behind it and
    the context conditions that name the node in a way no rule understands.
    """
    required = node.yang.mandatory or node.yang.is_key or (node.yang.min_elements or 0) >= 1
    kinds = [(c, presence_reference(c.expression, node.name)) for c in context]
    requiring = tuple(c for c, kind in kinds if kind is Reference.PRESENCE)
    unclear = tuple(c for c, kind in kinds if kind is Reference.OTHER)
    own_presence = tuple(c for c in node.musts if not _SELF.search(c.expression))
    if node.whens:
        qualifier = SupportQualifier.CM if required else SupportQualifier.CO
        return qualifier, node.whens + requiring, unclear
    if required:
        return SupportQualifier.M, (), unclear
    if requiring:
        return SupportQualifier.CM, requiring, unclear
    if own_presence:
        return SupportQualifier.CO, own_presence, unclear
    return SupportQualifier.O, (), unclear


def multiplicity(yang: YangFacts, presence: bool = False) -> str:
    """Rule MULT (TS 32.160 6.1.11.2; RFC 7950 7.7.5, 7.7.6)."""
    if yang.kind == "leaf":
        return "1" if yang.mandatory or yang.is_key else "0..1"
    if yang.kind == "container":
        return "0..1" if presence else "1"
    low = yang.min_elements or 0
    high = "*" if yang.max_elements is None else str(yang.max_elements)
    return "1" if (low, high) == (1, "1") else f"{low}..{high}"


def is_ordered(yang: YangFacts) -> bool | None:
    """Rule ORD (TS 32.160 6.1.11.4; RFC 7950 7.7.7): None means N/A."""
    if yang.kind not in ("leaf-list", "list"):
        return None
    return yang.ordered_by_user


def is_unique(yang: YangFacts) -> bool | None:
    """Rule UNIQ (TS 32.160 6.1.11.3; RFC 7950 7.7, 7.8.2): None means N/A."""
    if yang.kind == "leaf-list":
        return yang.config
    if yang.kind == "list":
        return bool(yang.keys)
    return None


def default_value(node: NodeFacts) -> tuple[str | None, str | None]:
    """Rule DEF (TS 32.160 6.1.11.5): the value and the statement it came from."""
    if node.defaults:
        return ", ".join(node.defaults), "default"
    if node.initial_value is not None:
        return node.initial_value, "initial-value"
    return None, None


def to_attribute(
    node: NodeFacts, context: tuple[Condition, ...], owner: str
) -> tuple[Attribute, tuple[Diagnostic, ...]]:
    """Apply every rule to ``node``; ``owner`` names its class for reports."""
    support, conditions, unclear = support_qualifier(node, context)
    default, source = default_value(node)
    constraints = tuple(c for c in node.musts if c not in conditions)
    attribute = Attribute(
        name=node.name,
        module=node.module,
        support=support,
        conditions=conditions,
        constraints=constraints,
        is_readable=True,  # rule READ
        is_writable=node.yang.config,  # rule WRITE
        is_invariant=node.invariant,  # rule INV
        is_notifyable=not node.not_notifyable,  # rule NOTIFY
        type=node.type,
        data_type=node.data_type,
        multiplicity=multiplicity(node.yang, node.presence),
        is_ordered=is_ordered(node.yang),
        is_unique=is_unique(node.yang),
        default_value=default,
        default_source=source,
        is_nullable=False,  # rule NULL
        description=node.description,
        units=node.units,
        status=node.status,
        inherited_from=node.inherited_from,
        yang=node.yang,
        location=node.location,
    )
    where = Location(file=node.location.file or None, line=node.location.line or None)
    issues = tuple(
        MAP_CONDITION.at(
            where,
            f"{owner}.{node.name}: the {c.kind} on {c.owner} names it as neither a presence "
            f"test nor a comparison: {c.expression!r}; support qualifier not derived from it",
        )
        for c in unclear
    )
    return attribute, issues
