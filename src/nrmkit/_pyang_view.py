"""Read nrmkit's model view out of a compiled pyang context.

A sibling of ``nrmkit._pyang``: that module owns every ``import pyang`` and
hands the compiled statement objects here. This module imports nothing from
pyang; it only reads attributes of the statements it is given, so the
pyang-specific knowledge stays in these two files and ``_pyang`` stays small.

build_view -- compiled pyang modules -> NrmModel
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from nrmkit._pyang_nodes import (
    DATA_KEYWORDS,
    class_name,
    location,
    module_info,
    module_name,
    node_facts,
    type_info,
)
from nrmkit.diagnostics import Diagnostic, Location
from nrmkit.model.mapping import MAP_CONFLICT, MAP_STRUCTURE, NodeFacts, to_attribute
from nrmkit.model.view import Attribute, Condition, DataType, Ioc, NrmModel

Stmt = Any  # a pyang statement object


@dataclass(slots=True)
class _Builder:
    """Mutable state of one build; the result is frozen."""

    primary: frozenset[str] | None
    placements: dict[str, list[tuple[str, Stmt, str | None]]] = field(default_factory=dict)
    data_types: dict[str, DataType] = field(default_factory=dict)
    issues: list[Diagnostic] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Scope:
    """Where attributes are read: their class or data type and its groupings."""

    owner: str
    prefix: str
    musts: tuple[Condition, ...] = ()
    own: Stmt | None = None
    level: tuple[Stmt, ...] = ()
    state_usage: bool = False


def build_view(modules: list[Stmt], primary: frozenset[str] | None) -> NrmModel:
    """The model view of ``modules`` (compiled pyang module statements).

    Classes are reported when their ``list`` is written in a module of
    ``primary`` (every module when None); the data types they use are
    reported wherever they are defined.
    """
    builder = _Builder(primary)
    for module in modules:
        for child in _data_children(module):
            _find_iocs(builder, child, "", None)
    iocs = [_ioc(builder, name, found) for name, found in sorted(builder.placements.items())]
    return NrmModel(
        modules=tuple(sorted((module_info(m) for m in modules), key=lambda m: m.name)),
        iocs=tuple(iocs),
        data_types=tuple(v for _, v in sorted(builder.data_types.items())),
        issues=tuple(sorted(set(builder.issues), key=Diagnostic.sort_key)),
    )


def _data_children(stmt: Stmt) -> Iterator[Stmt]:
    for child in getattr(stmt, "i_children", ()):
        if child.keyword in DATA_KEYWORDS or child.keyword in ("choice", "case"):
            yield child


def _step(stmt: Stmt) -> str:
    return f"{stmt.i_module.i_prefix}:{stmt.arg}"


def _is_ioc(stmt: Stmt) -> bool:
    if stmt.keyword != "list":
        return False
    return any(c.keyword == "container" and c.arg == "attributes" for c in stmt.i_children)


def _find_iocs(builder: _Builder, stmt: Stmt, path: str, parent: str | None) -> None:
    here = path if stmt.keyword in ("choice", "case") else f"{path}/{_step(stmt)}"
    if _is_ioc(stmt):
        if builder.primary is None or module_name(stmt) in builder.primary:
            builder.placements.setdefault(stmt.arg, []).append((here, stmt, parent))
        parent = stmt.arg
    for child in _data_children(stmt):
        if not (child.keyword == "container" and child.arg == "attributes"):
            _find_iocs(builder, child, here, parent)


def _ioc(builder: _Builder, name: str, found: list[tuple[str, Stmt, str | None]]) -> Ioc:
    found.sort(key=lambda item: item[0])
    built = [_build_ioc(builder, stmt, path) for path, stmt, _ in found]
    first = built[0]
    for other, (path, _, _) in zip(built[1:], found[1:], strict=True):
        if other.attributes != first.attributes:
            builder.issues.append(
                MAP_CONFLICT.at(
                    _where(first.location.file, first.location.line),
                    f"class {name} at {path} differs from its placement at {found[0][0]}",
                )
            )
    parents = sorted({p for _, _, p in found if p is not None})
    paths = tuple(path for path, _, _ in found)
    return Ioc(
        name=first.name,
        module=first.module,
        submodule=first.submodule,
        description=first.description,
        status=first.status,
        yang_paths=paths,
        contained_in=tuple(parents),
        inherits=first.inherits,
        attributes=first.attributes,
        location=first.location,
    )


def _build_ioc(builder: _Builder, stmt: Stmt, path: str) -> Ioc:
    container = next(c for c in stmt.i_children if c.arg == "attributes")
    own, parents = _inheritance(stmt, container)
    children = list(_flatten(builder, container, stmt.arg))
    level = tuple(container.search("uses"))
    musts = tuple(_musts(container, "attributes"))
    scope = _Scope(stmt.arg, "attributes/", musts, own, level)
    attributes = _attributes(builder, children, scope)
    top = stmt.i_orig_module
    return Ioc(
        name=stmt.arg,
        module=module_name(stmt),
        submodule=top.arg if top.keyword == "submodule" else None,
        description=_text(stmt, "description"),
        status=_text(stmt, "status") or "current",
        yang_paths=(path,),
        contained_in=(),
        inherits=parents,
        attributes=attributes,
        location=location(stmt),
    )


def _inheritance(ioc: Stmt, container: Stmt) -> tuple[Stmt | None, tuple[str, ...]]:
    """The class's own grouping and the classes it inherits from (TS 32.160 6.2.5)."""
    uses = [u for u in container.search("uses") if hasattr(u, "i_grouping")]
    names = {f"{ioc.arg}Grp", f"{ioc.arg}_Grp"}
    own = next((u for u in uses if u.arg.split(":")[-1] in names), uses[0] if uses else None)
    parents = [class_name(u.i_grouping.arg) for u in ioc.search("uses") if _has_id(u)]
    parents += [class_name(u.i_grouping.arg) for u in uses if u is not own]
    if own is not None:
        parents += [class_name(u.i_grouping.arg) for u in own.i_grouping.search("uses")]
    return own, tuple(dict.fromkeys(parents))


def _has_id(uses: Stmt) -> bool:
    grouping = getattr(uses, "i_grouping", None)
    return grouping is not None and grouping.search_one("leaf", "id") is not None


def _attributes(builder: _Builder, nodes: list[Stmt], scope: _Scope) -> tuple[Attribute, ...]:
    facts = [_facts(builder, node, scope) for node in nodes]
    context = scope.musts + tuple(m for f in facts for m in f.musts)
    result = []
    for fact in facts:
        siblings = tuple(c for c in context if c.owner != fact.name)
        attribute, issues = to_attribute(fact, siblings, scope.owner)
        builder.issues.extend(issues)
        result.append(attribute)
    return tuple(result)


def _flatten(builder: _Builder, parent: Stmt, owner: str) -> Iterator[Stmt]:
    for child in _data_children(parent):
        if child.keyword in ("choice", "case"):
            if child.keyword == "choice":
                builder.issues.append(
                    MAP_STRUCTURE.at(
                        _where(*_pos(child)),
                        f"{owner}: choice {child.arg} is flattened into its cases' attributes",
                    )
                )
            yield from _flatten(builder, child, owner)
        else:
            yield child


def _facts(builder: _Builder, node: Stmt, scope: _Scope) -> NodeFacts:
    data_type = None
    inherited = _inherited_from(node, scope.own, scope.level)
    if node.keyword in ("list", "container"):
        data_type = _structured(builder, node, inherited or scope.owner)
    elif node.keyword in ("leaf", "leaf-list"):
        _typedef_type(builder, node)
    facts = node_facts(node, scope.prefix, data_type, inherited)
    if scope.state_usage and node.search_one("config") is None:
        # config false of the structured attribute, not of the data type (RFC 7950 7.21.1)
        facts = replace(facts, yang=replace(facts.yang, config=True))
    return facts


def _inherited_from(node: Stmt, own: Stmt | None, level: tuple[Stmt, ...]) -> str | None:
    """The class an attribute comes from when it is not the class's own (TS 32.160 6.2.5).

    ``level`` holds the ``uses`` statements of the attributes container; the
    first of them in the node's chain of uses tells where it came from.
    """
    chain = list(getattr(node, "i_uses", ()))
    for index, uses in enumerate(chain):
        if any(uses is u for u in level):
            if uses is not own:
                return class_name(uses.i_grouping.arg)
            rest = chain[index + 1 :]
            return class_name(rest[0].i_grouping.arg) if rest else None
    return None


def _structured(builder: _Builder, node: Stmt, owner: str) -> str:
    """Register the data type of a list/container attribute; return its name."""
    uses = [u for u in node.search("uses") if hasattr(u, "i_grouping")]
    if len(uses) != 1:
        name = f"{owner}.{node.arg}"
        builder.issues.append(
            MAP_STRUCTURE.at(
                _where(*_pos(node)),
                f"{name}: structured attribute with {len(uses)} groupings; "
                f"its members are shown as data type {name}",
            )
        )
        members = [c for c in _flatten(builder, node, owner) if not getattr(c, "i_is_key", False)]
        grouping = None
    else:
        grouping = uses[0].i_grouping
        name = class_name(grouping.arg)
        members = [c for c in _flatten(builder, node, owner) if uses[0] in getattr(c, "i_uses", ())]
    if name not in builder.data_types:
        # a placeholder first, so that a recursive data type ends the walk
        builder.data_types[name] = DataType(name, "structured", "", "", "")
        builder.data_types[name] = _data_type(builder, name, grouping, node, members)
    return name


def _data_type(
    builder: _Builder, name: str, grouping: Stmt | None, node: Stmt, members: list[Stmt]
) -> DataType:
    source = grouping if grouping is not None else node
    scope = _Scope(name, "", tuple(_musts(node, node.arg)), state_usage=node.i_config is False)
    return DataType(
        name=name,
        kind="structured",
        module=module_name(source),
        yang_name=grouping.arg if grouping is not None else "",
        description=_text(source, "description"),
        attributes=_attributes(builder, members, scope),
        location=location(source),
    )


def _typedef_type(builder: _Builder, node: Stmt) -> None:
    info = type_info(node.search_one("type"))
    if not info.typedefs:
        return
    module, typedef = info.typedefs[0].split(":", 1)
    if typedef not in builder.data_types:
        kind = "enumeration" if info.base == "enumeration" else "typedef"
        definition = node.search_one("type").i_typedef
        builder.data_types[typedef] = DataType(
            name=typedef,
            kind=kind,
            module=module,
            yang_name=typedef,
            description=_text(definition, "description"),
            type=info,
            location=location(definition),
        )


def _musts(stmt: Stmt, owner: str) -> Iterator[Condition]:
    for must in stmt.search("must"):
        yield Condition("must", must.arg, _text(must, "description") or None, owner)


def _text(stmt: Stmt, keyword: str) -> str:
    found = stmt.search_one(keyword)
    return "" if found is None or found.arg is None else " ".join(str(found.arg).split())


def _pos(stmt: Stmt) -> tuple[str | None, int | None]:
    return stmt.pos.ref, stmt.pos.line


def _where(file: str | None, line: int | None) -> Location:
    return Location(file=file or None, line=line or None)
