"""nrmkit's model view: frozen, comparable dataclasses describing an NRM.

Every value here is hashable and compares by content. Source positions
(``SourceRef``) are carried for reports but never take part in comparisons,
so the same model at other line numbers compares equal. Collections are
tuples in a deterministic order and each element has a stable key (its name).

SupportQualifier -- M, O, CM, CO (TS 32.160 clause 6.1.10)
SourceRef -- file and line of a YANG statement
Condition -- a ``must`` or ``when`` with its expression and description
AllowedValues -- range, length, patterns, enum and bit literals, identity bases
TypeInfo -- a YANG type resolved through typedefs, the YANG name kept
YangFacts -- stage-3 facts of a data node (path, kind, config, extensions, ...)
Attribute -- one attribute with every stage-2 property
Ioc -- an information object class found in the schema tree
DataType -- a structured data type, typedef or enumeration used by attributes
ModuleInfo -- name, revision, namespace, prefix of a module
NrmModel -- the whole view, with lookup by name
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from nrmkit.diagnostics import Diagnostic


class SupportQualifier(enum.StrEnum):
    """Stage-2 support qualifier of an attribute."""

    M = "M"
    O = "O"  # noqa: E741 - the qualifier's own name
    CM = "CM"
    CO = "CO"


@dataclass(frozen=True, slots=True, order=True)
class SourceRef:
    """Where a statement is written."""

    file: str
    line: int

    def label(self) -> str:
        """``file:line`` for reports."""
        return f"{self.file}:{self.line}"


_NOWHERE = SourceRef("", 0)


@dataclass(frozen=True, slots=True)
class Condition:
    """A ``must`` or ``when`` statement that conditions an attribute.

    ``owner`` names the schema node carrying the statement, relative to the
    class ("attributes" for the attributes container, or an attribute name).
    """

    kind: str
    expression: str
    description: str | None
    owner: str


@dataclass(frozen=True, slots=True)
class AllowedValues:
    """The value restrictions of a type, most derived first."""

    range: str | None = None
    length: str | None = None
    patterns: tuple[str, ...] = ()
    enums: tuple[str, ...] = ()
    bits: tuple[str, ...] = ()
    identity_bases: tuple[str, ...] = ()
    fraction_digits: int | None = None


@dataclass(frozen=True, slots=True)
class TypeInfo:
    """A YANG type: the name as defined, the chain of typedefs, the base type.

    ``name`` is the typedef name (without prefix) or the built-in type name;
    ``typedefs`` lists ``module:typedef`` from the written type down to the
    last typedef; ``base`` is the built-in type they resolve to.
    """

    name: str
    base: str
    typedefs: tuple[str, ...] = ()
    allowed: AllowedValues = AllowedValues()
    leafref_path: str | None = None
    union_members: tuple[TypeInfo, ...] = ()

    def label(self) -> str:
        """``Name (base)`` for typedefs, the base alone for built-in types."""
        return self.base if not self.typedefs else f"{self.name} ({self.base})"


@dataclass(frozen=True, slots=True)
class YangFacts:
    """Stage-3 facts of one data node, as written or as compiled."""

    path: str
    kind: str
    config: bool
    mandatory: bool
    min_elements: int | None = None
    max_elements: int | None = None
    ordered_by_user: bool = False
    keys: tuple[str, ...] = ()
    uniques: tuple[str, ...] = ()
    is_key: bool = False
    extensions: tuple[str, ...] = ()
    if_features: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Attribute:
    """One attribute of a class or data type with its stage-2 properties."""

    name: str
    module: str
    support: SupportQualifier
    conditions: tuple[Condition, ...]
    constraints: tuple[Condition, ...]
    is_readable: bool
    is_writable: bool
    is_invariant: bool
    is_notifyable: bool
    type: TypeInfo | None
    data_type: str | None
    multiplicity: str
    is_ordered: bool | None
    is_unique: bool | None
    default_value: str | None
    default_source: str | None
    is_nullable: bool
    description: str
    units: str | None
    status: str
    inherited_from: str | None
    yang: YangFacts
    location: SourceRef = field(default=_NOWHERE, compare=False)

    def type_label(self) -> str:
        """The type column: the data type name or the YANG type label."""
        if self.data_type is not None:
            return self.data_type
        return self.type.label() if self.type is not None else "-"


@dataclass(frozen=True, slots=True)
class Ioc:
    """An information object class: a ``list`` keyed by ``id`` with ``container attributes``."""

    name: str
    module: str
    submodule: str | None
    description: str
    status: str
    yang_paths: tuple[str, ...]
    contained_in: tuple[str, ...]
    inherits: tuple[str, ...]
    attributes: tuple[Attribute, ...]
    location: SourceRef = field(default=_NOWHERE, compare=False)

    def own_attributes(self) -> tuple[Attribute, ...]:
        """The attributes the class defines itself (not inherited)."""
        return tuple(a for a in self.attributes if a.inherited_from is None)

    def attribute(self, name: str) -> Attribute:
        """The attribute ``name``.

        Raises:
            KeyError: the class has no such attribute.
        """
        return _by_name(self.attributes, name)


@dataclass(frozen=True, slots=True)
class DataType:
    """A data type used by attributes.

    ``kind`` is "structured" (a grouping used by a list or container attribute,
    with ``attributes``), "enumeration" or "typedef" (with ``type``).
    """

    name: str
    kind: str
    module: str
    yang_name: str
    description: str
    attributes: tuple[Attribute, ...] = ()
    type: TypeInfo | None = None
    location: SourceRef = field(default=_NOWHERE, compare=False)

    def attribute(self, name: str) -> Attribute:
        """The member attribute ``name``.

        Raises:
            KeyError: the data type has no such attribute.
        """
        return _by_name(self.attributes, name)


@dataclass(frozen=True, slots=True)
class ModuleInfo:
    """A compiled module (submodules are listed with it)."""

    name: str
    revision: str | None
    namespace: str
    prefix: str
    submodules: tuple[str, ...] = ()
    revision_reference: str | None = None
    location: SourceRef = field(default=_NOWHERE, compare=False)


@dataclass(frozen=True, slots=True)
class NrmModel:
    """The model view of a compiled module set.

    ``issues`` are the places where YANG did not map cleanly to stage 2.
    """

    modules: tuple[ModuleInfo, ...]
    iocs: tuple[Ioc, ...]
    data_types: tuple[DataType, ...]
    issues: tuple[Diagnostic, ...] = ()

    def ioc(self, name: str) -> Ioc:
        """The class ``name``.

        Raises:
            KeyError: no class of that name.
        """
        return _by_name(self.iocs, name)

    def data_type(self, name: str) -> DataType:
        """The data type ``name``.

        Raises:
            KeyError: no data type of that name.
        """
        return _by_name(self.data_types, name)

    def module(self, name: str) -> ModuleInfo:
        """The module ``name``.

        Raises:
            KeyError: no module of that name.
        """
        return _by_name(self.modules, name)


class _Named(Protocol):
    @property
    def name(self) -> str: ...


_N = TypeVar("_N", bound=_Named)


def _by_name(items: tuple[_N, ...], name: str) -> _N:
    for item in items:
        if item.name == name:
            return item
    raise KeyError(name)
