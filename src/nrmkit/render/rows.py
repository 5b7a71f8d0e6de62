"""View rows: the model view cut into the cells of the TS tables (pure functions).

The templates receive only these values; every cell is already text, so
the templates decide layout and nothing else.

AttributeRow, PropertyRow, ConditionRow, Stage3Row -- one row of each table
ClassTables -- the four tables of one class or structured data type
TypeRow -- one enumeration or typedef
TablesDocument -- everything one rendering shows
tables_document -- NrmModel (optionally one class) -> TablesDocument
allowed_values_text, properties_lines -- the composite cells
"""

from __future__ import annotations

from dataclasses import dataclass

from nrmkit.model.view import Attribute, Condition, DataType, Ioc, NrmModel, TypeInfo


@dataclass(frozen=True, slots=True)
class AttributeRow:
    """Attribute name, Support Qualifier, isReadable, isWritable, isInvariant, isNotifyable."""

    name: str
    support: str
    readable: str
    writable: str
    invariant: str
    notifyable: str
    path: str

    def cells(self) -> tuple[str, ...]:
        """The cells of the attribute table, in TS column order."""
        return (
            self.name,
            self.support,
            self.readable,
            self.writable,
            self.invariant,
            self.notifyable,
        )


@dataclass(frozen=True, slots=True)
class PropertyRow:
    """Attribute Name, Documentation and Allowed Values, Properties (one line each)."""

    name: str
    documentation: str
    allowed: str
    type: str
    multiplicity: str
    ordered: str
    unique: str
    default: str
    nullable: str

    def properties(self) -> tuple[str, ...]:
        """The lines of the Properties cell, as a TS writes them."""
        return (
            f"type: {self.type}",
            f"multiplicity: {self.multiplicity}",
            f"isOrdered: {self.ordered}",
            f"isUnique: {self.unique}",
            f"defaultValue: {self.default}",
            f"isNullable: {self.nullable}",
        )


@dataclass(frozen=True, slots=True)
class ConditionRow:
    """The condition behind a CM or CO qualifier."""

    name: str
    support: str
    definition: str

    def cells(self) -> tuple[str, ...]:
        """The cells of the conditions table."""
        return (self.name, self.support, self.definition)


@dataclass(frozen=True, slots=True)
class Stage3Row:
    """YANG path, node kind, type, config, mandatory, extensions."""

    path: str
    kind: str
    type: str
    config: str
    mandatory: str
    extensions: str

    def cells(self) -> tuple[str, ...]:
        """The cells of the stage-3 table."""
        return (self.path, self.kind, self.type, self.config, self.mandatory, self.extensions)


@dataclass(frozen=True, slots=True)
class ClassTables:
    """The tables of one class (kind "IOC") or structured data type (kind "dataType")."""

    name: str
    kind: str
    module: str
    description: str
    inherits: tuple[str, ...]
    contained_in: tuple[str, ...]
    inherited: tuple[tuple[str, tuple[str, ...]], ...]
    attributes: tuple[AttributeRow, ...]
    conditions: tuple[ConditionRow, ...]
    properties: tuple[PropertyRow, ...]
    stage3: tuple[Stage3Row, ...]

    def rows(self) -> tuple[tuple[AttributeRow, PropertyRow], ...]:
        """Each own attribute's row of the attribute table with its properties row."""
        return tuple(zip(self.attributes, self.properties, strict=True))


@dataclass(frozen=True, slots=True)
class TypeRow:
    """An enumeration or typedef used by the attributes shown."""

    name: str
    kind: str
    module: str
    base: str
    allowed: str
    description: str

    def cells(self) -> tuple[str, ...]:
        """The cells of the enumerations and typedefs table."""
        return (self.name, self.kind, self.module, self.base, self.allowed, self.description)


@dataclass(frozen=True, slots=True)
class TablesDocument:
    """Everything one rendering shows, in output order."""

    title: str
    classes: tuple[ClassTables, ...]
    data_types: tuple[ClassTables, ...]
    types: tuple[TypeRow, ...]


def _tf(value: bool) -> str:
    return "T" if value else "F"


def _bool(value: bool | None) -> str:
    return "N/A" if value is None else str(value)


def allowed_values_text(type_info: TypeInfo | None, constraints: tuple[Condition, ...] = ()) -> str:
    """The allowedValues part of the documentation cell ("" when unrestricted)."""
    parts: list[str] = []
    if type_info is not None:
        allowed = type_info.allowed
        if allowed.enums:
            parts.append(", ".join(allowed.enums))
        if allowed.bits:
            parts.append("bits " + ", ".join(allowed.bits))
        if allowed.range:
            parts.append(f"range {allowed.range}")
        if allowed.length:
            parts.append(f"length {allowed.length}")
        parts += [f"pattern {p}" for p in allowed.patterns]
        if allowed.fraction_digits is not None:
            parts.append(f"fraction-digits {allowed.fraction_digits}")
        if allowed.identity_bases:
            parts.append("derived from " + ", ".join(allowed.identity_bases))
        if type_info.leafref_path:
            parts.append(f"leafref {type_info.leafref_path}")
        if type_info.union_members:
            parts.append("union of " + ", ".join(m.label() for m in type_info.union_members))
    parts += [f"must {c.expression}" for c in constraints]
    return "; ".join(parts)


def _condition_text(condition: Condition) -> str:
    where = "the attributes" if condition.owner == "attributes" else condition.owner
    text = f"{condition.kind} on {where}: {condition.expression}"
    return f"{text} ({condition.description})" if condition.description else text


def _conditions_text(conditions: tuple[Condition, ...]) -> str:
    return "; ".join(_condition_text(c) for c in conditions)


def _property_row(attribute: Attribute) -> PropertyRow:
    default = attribute.default_value
    if default is not None and attribute.default_source == "initial-value":
        default = f"{default} (initial value)"
    return PropertyRow(
        name=attribute.name,
        documentation=attribute.description,
        allowed=allowed_values_text(attribute.type, attribute.constraints),
        type=attribute.type_label(),
        multiplicity=attribute.multiplicity,
        ordered=_bool(attribute.is_ordered),
        unique=_bool(attribute.is_unique),
        default=default if default is not None else "None",
        nullable=str(attribute.is_nullable),
    )


def _stage3_row(attribute: Attribute) -> Stage3Row:
    yang = attribute.yang
    type_text = attribute.type.name if attribute.type is not None else attribute.data_type
    return Stage3Row(
        path=yang.path,
        kind=yang.kind,
        type=type_text or "-",
        config=str(yang.config).lower(),
        mandatory=_mandatory(attribute),
        extensions=", ".join(yang.extensions) or "-",
    )


def _mandatory(attribute: Attribute) -> str:
    yang = attribute.yang
    if yang.kind == "leaf":
        return "true" if yang.mandatory else "false"
    if yang.kind in ("leaf-list", "list"):
        return f"min-elements {yang.min_elements}" if yang.min_elements else "false"
    return "-"


def _tables(
    head: tuple[str, str, str, str],
    attributes: tuple[Attribute, ...],
    inherits: tuple[str, ...] = (),
    contained_in: tuple[str, ...] = (),
) -> ClassTables:
    name, kind, module, description = head
    own = tuple(a for a in attributes if a.inherited_from is None)
    inherited: dict[str, list[str]] = {}
    for attribute in attributes:
        if attribute.inherited_from is not None:
            inherited.setdefault(attribute.inherited_from, []).append(attribute.name)
    return ClassTables(
        name=name,
        kind=kind,
        module=module,
        description=description,
        inherits=inherits,
        contained_in=contained_in,
        inherited=tuple((k, tuple(v)) for k, v in inherited.items()),
        attributes=tuple(
            AttributeRow(
                a.name,
                a.support.value,
                _tf(a.is_readable),
                _tf(a.is_writable),
                _tf(a.is_invariant),
                _tf(a.is_notifyable),
                a.yang.path,
            )
            for a in own
        ),
        conditions=tuple(
            ConditionRow(a.name, a.support.value, _conditions_text(a.conditions))
            for a in own
            if a.conditions
        ),
        properties=tuple(_property_row(a) for a in own),
        stage3=tuple(_stage3_row(a) for a in attributes),
    )


def class_tables(ioc: Ioc) -> ClassTables:
    """The tables of one class."""
    head = (ioc.name, "IOC", ioc.module, ioc.description)
    return _tables(head, ioc.attributes, ioc.inherits, ioc.contained_in)


def data_type_tables(data_type: DataType) -> ClassTables:
    """The tables of one structured data type."""
    head = (data_type.name, "dataType", data_type.module, data_type.description)
    return _tables(head, data_type.attributes)


def _type_row(data_type: DataType) -> TypeRow:
    info = data_type.type
    return TypeRow(
        name=data_type.name,
        kind=data_type.kind,
        module=data_type.module,
        base=info.base if info is not None else "-",
        allowed=allowed_values_text(info),
        description=data_type.description,
    )


def tables_document(model: NrmModel, title: str, ioc: str | None = None) -> TablesDocument:
    """The tables of every class (or of class ``ioc``) and of the data types they use.

    Raises:
        KeyError: there is no class ``ioc``.
    """
    iocs = model.iocs if ioc is None else (model.ioc(ioc),)
    used = _used_types(model, iocs)
    types = [d for d in model.data_types if d.name in used]
    return TablesDocument(
        title=title,
        classes=tuple(class_tables(i) for i in iocs),
        data_types=tuple(data_type_tables(d) for d in types if d.kind == "structured"),
        types=tuple(_type_row(d) for d in types if d.kind != "structured"),
    )


def _used_types(model: NrmModel, iocs: tuple[Ioc, ...]) -> set[str]:
    """Names of the data types the classes use, following structured types' members."""
    names = {t.name for t in model.data_types}
    pending = [a for i in iocs for a in i.attributes]
    used: set[str] = set()
    while pending:
        attribute = pending.pop()
        for name in _type_names(attribute):
            if name in names and name not in used:
                used.add(name)
                pending.extend(model.data_type(name).attributes)
    return used


def _type_names(attribute: Attribute) -> tuple[str, ...]:
    if attribute.data_type is not None:
        return (attribute.data_type,)
    if attribute.type is None:
        return ()
    found = [attribute.type.name]
    found += [m.name for m in attribute.type.union_members]
    return tuple(found)
