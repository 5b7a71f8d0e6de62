"""SA5 NRM rules beyond pyang's ``--3gpp``: the NRM_* lint codes and their checks.

Each check is a pure function over nrmkit values: the statements as written
(``SourceStmt``), the model view (``NrmModel``) or a file's text.

LINT_CODES -- the CodeSpecs of the lint rules
attribute_groupings -- the groupings used in a container attributes
check_statements -- rules on the statements of one module or submodule
check_model -- rules that need the compiled view (config inheritance, keys)
check_text -- format rules on a file's text (line length, tabs)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from nrmkit.diagnostics import CodeSpec, Diagnostic, Location, Severity
from nrmkit.lint.source import SourceStmt
from nrmkit.model.view import Attribute, NrmModel

EXT = "_3gpp-common-yang-extensions"
MAX_LINE = 80

IOC_KEY = CodeSpec(
    "NRM_IOC_KEY",
    Severity.ERROR,
    "an IOC list is keyed by id and uses Top's grouping (Top_Grp)",
    "TS 32.160 6.2.3, 6.2.4",
)
ATTR_PLACEMENT = CodeSpec(
    "NRM_ATTR_PLACEMENT",
    Severity.ERROR,
    "an IOC's attributes are placed only under its container attributes",
    "TS 32.160 6.2.4",
)
GROUPING_NAME = CodeSpec(
    "NRM_GROUPING_NAME",
    Severity.WARNING,
    "a grouping used in a container attributes is named XxxGrp",
    "TS 32.160 6.2.1.18",
)
INVARIANT_KEY = CodeSpec(
    "NRM_INVARIANT_KEY",
    Severity.ERROR,
    "yext3gpp:inVariant is not used on a list key",
    "TS 32.160 6.1.11.7; yext3gpp inVariant",
)
INVARIANT_CONFIG_FALSE = CodeSpec(
    "NRM_INVARIANT_CONFIG_FALSE",
    Severity.ERROR,
    "yext3gpp:inVariant is not used on config false data",
    "TS 32.160 6.1.11.7; yext3gpp inVariant",
)
INITIAL_VALUE_DEFAULT = CodeSpec(
    "NRM_INITIAL_VALUE_DEFAULT",
    Severity.ERROR,
    "yext3gpp:initial-value is not used together with default",
    "TS 32.160 6.1.11.5; yext3gpp initial-value",
)
INITIAL_VALUE_UNDOCUMENTED = CodeSpec(
    "NRM_INITIAL_VALUE_UNDOCUMENTED",
    Severity.WARNING,
    "the description announces the initial value ('Initial-value: <value>')",
    "TS 32.160 6.1.11.5; yext3gpp initial-value",
)
CONDITION_UNDESCRIBED = CodeSpec(
    "NRM_CONDITION_UNDESCRIBED",
    Severity.WARNING,
    "every must and when has a description of its condition",
    "TS 32.160 6.1.10, 6.2.1.12",
)
REVISION_MISSING = CodeSpec(
    "NRM_REVISION_MISSING",
    Severity.ERROR,
    "a module or submodule has a revision statement",
    "TS 32.160 6.2.1.13",
)
REVISION_REFERENCE = CodeSpec(
    "NRM_REVISION_REFERENCE",
    Severity.WARNING,
    "the newest revision has a reference naming the spec or the CR",
    "TS 32.160 6.2.1.13",
)
LINE_LENGTH = CodeSpec(
    "NRM_LINE_LENGTH",
    Severity.ERROR,
    "lines are at most 80 characters (characters, not bytes; line end not counted)",
    "TS 32.160 6.2.1.16",
)
TAB = CodeSpec("NRM_TAB", Severity.ERROR, "no tab characters", "TS 32.160 6.2.1.16")
LINT_CODES = (
    IOC_KEY, ATTR_PLACEMENT, GROUPING_NAME, INVARIANT_KEY, INVARIANT_CONFIG_FALSE,
    INITIAL_VALUE_DEFAULT, INITIAL_VALUE_UNDOCUMENTED, CONDITION_UNDESCRIBED,
    REVISION_MISSING, REVISION_REFERENCE, LINE_LENGTH, TAB,
)  # fmt: skip

_SPEC_OR_CR = re.compile(r"\bT[SR]\s*\d{2}\.\d{3}\b|\bCR[-\s]?\d+|\bS5-\d{5,}|\bSP-\d{5,}", re.I)


def _at(stmt: SourceStmt) -> Location:
    return Location(file=stmt.file or None, line=stmt.line or None)


def _is_ioc(stmt: SourceStmt) -> bool:
    return stmt.keyword == "list" and any(c.arg == "attributes" for c in stmt.find("container"))


def _local(name: str | None) -> str:
    return (name or "").split(":")[-1]


def attribute_groupings(tops: Iterable[SourceStmt]) -> frozenset[str]:
    """Names of the groupings used directly in a ``container attributes``."""
    return frozenset(
        _local(u.arg)
        for top in tops
        for s, _ in top.walk()
        if s.keyword == "container" and s.arg == "attributes"
        for u in s.find("uses")
    )


def check_statements(top: SourceStmt, class_groupings: frozenset[str]) -> Iterator[Diagnostic]:
    """Rules on one module or submodule as written.

    ``class_groupings`` names the groupings used in a ``container attributes``
    anywhere in the linted modules (see ``attribute_groupings``).
    """
    yield from _revisions(top)
    for stmt, parent in top.walk():
        if _is_ioc(stmt):
            yield from _ioc(stmt)
        elif stmt.keyword == "grouping":
            yield from _grouping(stmt, class_groupings)
        elif stmt.keyword in ("must", "when") and not stmt.text("description"):
            yield CONDITION_UNDESCRIBED.at(
                _at(stmt), f'{stmt.keyword} "{stmt.arg}" has no description of its condition'
            )
        elif stmt.keyword in ("leaf", "leaf-list") and parent is not None:
            yield from _leaf(stmt, parent)


def _revisions(top: SourceStmt) -> Iterator[Diagnostic]:
    revisions = sorted(top.find("revision"), key=lambda r: r.arg or "")
    if not revisions:
        yield REVISION_MISSING.at(_at(top), f"{top.keyword} {top.arg} has no revision statement")
        return
    newest = revisions[-1]
    reference = newest.text("reference")
    if not _SPEC_OR_CR.search(reference):
        shown = f'"{reference}"' if reference else "no reference"
        yield REVISION_REFERENCE.at(
            _at(newest),
            f"revision {newest.arg} has {shown}; name the spec (3GPP TS/TR nn.nnn) or the CR",
        )


def _ioc(stmt: SourceStmt) -> Iterator[Diagnostic]:
    key = stmt.text("key")
    if key != "id" or not any(_local(u.arg) == "Top_Grp" for u in stmt.find("uses")):
        yield IOC_KEY.at(
            _at(stmt), f'IOC list {stmt.arg} has key "{key}"; expected key id and uses Top_Grp'
        )
    for child in stmt.children:
        if child.keyword in ("leaf", "leaf-list") and child.arg != "id":
            yield ATTR_PLACEMENT.at(
                _at(child),
                f"{child.keyword} {child.arg} of IOC {stmt.arg} is outside container attributes",
            )


def _grouping(stmt: SourceStmt, class_groupings: frozenset[str]) -> Iterator[Diagnostic]:
    name = stmt.arg or ""
    if name in class_groupings and not name.endswith("Grp"):
        yield GROUPING_NAME.at(
            _at(stmt), f"grouping {name} holds a class's attributes; name it {name}Grp"
        )


def _leaf(stmt: SourceStmt, parent: SourceStmt) -> Iterator[Diagnostic]:
    if stmt.first(f"{EXT}:inVariant") is not None:
        if parent.keyword == "list" and stmt.arg in parent.text("key").split():
            yield INVARIANT_KEY.at(_at(stmt), f"yext3gpp:inVariant on {stmt.arg}, a list key")
        if stmt.text("config") == "false":
            yield _invariant_config_false(stmt.arg or "", _at(stmt))
    initial = stmt.first(f"{EXT}:initial-value")
    if initial is None:
        return
    if stmt.first("default") is not None:
        yield INITIAL_VALUE_DEFAULT.at(
            _at(stmt), f"{stmt.arg} has both default and yext3gpp:initial-value"
        )
    if f"Initial-value: {initial.arg}" not in stmt.text("description"):
        yield INITIAL_VALUE_UNDOCUMENTED.at(
            _at(stmt),
            f"description of {stmt.arg} does not contain 'Initial-value: {initial.arg}'",
        )


def _invariant_config_false(name: str, where: Location) -> Diagnostic:
    return INVARIANT_CONFIG_FALSE.at(where, f"yext3gpp:inVariant on {name}, which is config false")


def check_model(model: NrmModel) -> Iterator[Diagnostic]:
    """Rules that need the compiled tree: inVariant under inherited config false or on keys."""
    every: list[Attribute] = [a for i in model.iocs for a in i.attributes]
    every += [a for d in model.data_types for a in d.attributes]
    for attribute in every:
        if not attribute.is_invariant:
            continue
        where = Location(file=attribute.location.file or None, line=attribute.location.line or None)
        if not attribute.is_writable:
            yield _invariant_config_false(attribute.name, where)
        if attribute.yang.is_key:
            yield INVARIANT_KEY.at(where, f"yext3gpp:inVariant on {attribute.name}, a list key")


def check_text(file: str, text: str) -> Iterator[Diagnostic]:
    """Line length in characters (line end excluded) and tabs, per line."""
    for number, line in enumerate(text.splitlines(), start=1):
        where = Location(file=file, line=number)
        if len(line) > MAX_LINE:
            yield LINE_LENGTH.at(where, f"line is {len(line)} characters long (at most {MAX_LINE})")
        if "\t" in line:
            yield TAB.at(where, "line contains a tab character")
