"""Facts of single compiled pyang statements, as nrmkit values.

Used by ``nrmkit._pyang_view``; like it, this module imports nothing from
pyang and only reads the attributes of statement objects (``keyword``,
``arg``, ``search_one``, ``i_config``, ``i_typedef``, ``i_orig_module`` ...).

DATA_KEYWORDS -- the data-node keywords an attribute can be
EXTENSIONS_MODULE -- the module defining the SA5 YANG extensions
node_facts -- a data node -> NodeFacts (input of the mapping rules)
type_info -- a ``type`` statement -> TypeInfo, resolved through typedefs
module_info -- a module statement -> ModuleInfo
source_stmt -- a statement as written -> SourceStmt (for the lint rules)
module_name, class_name, location -- small helpers
"""

from __future__ import annotations

from typing import Any

from nrmkit.lint.source import SourceStmt
from nrmkit.model.mapping import NodeFacts
from nrmkit.model.view import AllowedValues, Condition, ModuleInfo, SourceRef, TypeInfo, YangFacts

Stmt = Any  # a pyang statement object

DATA_KEYWORDS = ("container", "list", "leaf", "leaf-list", "anydata", "anyxml")
EXTENSIONS_MODULE = "_3gpp-common-yang-extensions"


def module_name(stmt: Stmt) -> str:
    """The module (not submodule) whose text defines ``stmt``."""
    top = getattr(stmt, "i_orig_module", None) or stmt.top
    return str(getattr(top, "i_modulename", top.arg))


def class_name(grouping: str) -> str:
    """The stage-2 name of a grouping: ``MLContextGrp`` -> ``MLContext``, ``Top_Grp`` -> ``Top``."""
    local = grouping.rsplit(":", maxsplit=1)[-1]
    stem = local.removesuffix("Grp").rstrip("_")
    return stem or local


def location(stmt: Stmt) -> SourceRef:
    """Where ``stmt`` is written (for copies from groupings: in the grouping)."""
    return SourceRef(str(stmt.pos.ref or ""), int(stmt.pos.line or 0))


def module_info(module: Stmt) -> ModuleInfo:
    """Name, latest revision (and its reference), namespace, prefix, submodules of ``module``."""
    namespace = module.search_one("namespace")
    prefix = module.search_one("prefix")
    latest = max(module.search("revision"), key=lambda r: str(r.arg), default=None)
    reference = latest.search_one("reference") if latest is not None else None
    return ModuleInfo(
        name=module.arg,
        revision=latest.arg if latest is not None else None,
        namespace=namespace.arg if namespace is not None else "",
        prefix=prefix.arg if prefix is not None else "",
        submodules=tuple(sorted(i.arg for i in module.search("include"))),
        revision_reference=reference.arg if reference is not None else None,
        location=location(module),
    )


def _extension(stmt: Stmt, name: str) -> Stmt | None:
    return stmt.search_one((EXTENSIONS_MODULE, name))


def _extensions(stmt: Stmt) -> tuple[str, ...]:
    found = []
    for sub in stmt.substmts:
        if isinstance(sub.keyword, tuple):
            module, name = sub.keyword
            label = name if module == EXTENSIONS_MODULE else f"{module}:{name}"
            found.append(label if sub.arg is None else f'{label} "{sub.arg}"')
    return tuple(found)


def _int(stmt: Stmt, keyword: str) -> int | None:
    found = stmt.search_one(keyword)
    if found is None or found.arg == "unbounded":
        return None
    return int(found.arg)


def _text(stmt: Stmt | None, keyword: str) -> str | None:
    found = None if stmt is None else stmt.search_one(keyword)
    return None if found is None or found.arg is None else " ".join(str(found.arg).split())


def _conditions(stmt: Stmt, keyword: str) -> tuple[Condition, ...]:
    return tuple(
        Condition(keyword, " ".join(s.arg.split()), _text(s, "description"), stmt.arg)
        for s in stmt.search(keyword)
    )


def yang_facts(stmt: Stmt, path: str) -> YangFacts:
    """The stage-3 facts of the data node ``stmt`` at relative ``path``."""
    mandatory = stmt.search_one("mandatory")
    keys = stmt.search_one("key")
    ordered = stmt.search_one("ordered-by")
    return YangFacts(
        path=path,
        kind=stmt.keyword,
        config=bool(getattr(stmt, "i_config", True) is not False),
        mandatory=mandatory is not None and mandatory.arg == "true",
        min_elements=_int(stmt, "min-elements"),
        max_elements=_int(stmt, "max-elements"),
        ordered_by_user=ordered is not None and ordered.arg == "user",
        keys=tuple(keys.arg.split()) if keys is not None else (),
        uniques=tuple(" ".join(u.arg.split()) for u in stmt.search("unique")),
        is_key=bool(getattr(stmt, "i_is_key", False)),
        extensions=_extensions(stmt),
        if_features=tuple(s.arg for s in stmt.search("if-feature")),
    )


def node_facts(
    stmt: Stmt, prefix: str, data_type: str | None, inherited_from: str | None
) -> NodeFacts:
    """Everything the mapping rules need about the data node ``stmt``."""
    type_stmt = stmt.search_one("type")
    initial = _extension(stmt, "initial-value")
    return NodeFacts(
        name=stmt.arg,
        module=module_name(stmt),
        yang=yang_facts(stmt, prefix + stmt.arg),
        type=type_info(type_stmt) if type_stmt is not None else None,
        data_type=data_type,
        defaults=tuple(d.arg for d in stmt.search("default")),
        initial_value=initial.arg if initial is not None else None,
        invariant=_extension(stmt, "inVariant") is not None,
        not_notifyable=_extension(stmt, "notNotifyable") is not None,
        presence=stmt.search_one("presence") is not None,
        musts=_conditions(stmt, "must"),
        whens=_conditions(stmt, "when"),
        description=_text(stmt, "description") or "",
        units=_text(stmt, "units"),
        status=_text(stmt, "status") or "current",
        inherited_from=inherited_from,
        location=location(stmt),
    )


def type_info(type_stmt: Stmt) -> TypeInfo:
    """Resolve ``type_stmt`` through its typedefs (RFC 7950 7.3, 9).

    The most derived range, length, enums, bits, identity bases and
    fraction-digits win; patterns of every level apply (RFC 7950 9.4.5).
    """
    found: dict[str, Any] = {}
    patterns: list[str] = []
    typedefs: list[str] = []
    current = type_stmt
    while True:
        _restrictions(current, found)
        patterns += [p.arg for p in current.search("pattern")]
        typedef = getattr(current, "i_typedef", None)
        if typedef is None:
            break
        typedefs.append(f"{module_name(typedef)}:{typedef.arg}")
        current = typedef.search_one("type")
    base = current.arg.split(":")[-1]
    members = tuple(type_info(t) for t in current.search("type")) if base == "union" else ()
    return TypeInfo(
        name=type_stmt.arg.split(":")[-1],
        base=base,
        typedefs=tuple(typedefs),
        allowed=AllowedValues(
            range=found.get("range"),
            length=found.get("length"),
            patterns=tuple(patterns),
            enums=found.get("enum", ()),
            bits=found.get("bit", ()),
            identity_bases=found.get("base", ()),
            fraction_digits=found.get("fraction-digits"),
        ),
        leafref_path=found.get("path"),
        union_members=members,
    )


def _restrictions(type_stmt: Stmt, found: dict[str, Any]) -> None:
    for keyword in ("range", "length", "path"):
        sub = type_stmt.search_one(keyword)
        if sub is not None and keyword not in found:
            found[keyword] = " ".join(sub.arg.split())
    for keyword in ("enum", "bit", "base"):
        args = tuple(s.arg for s in type_stmt.search(keyword))
        if args and keyword not in found:
            found[keyword] = args
    digits = type_stmt.search_one("fraction-digits")
    if digits is not None and "fraction-digits" not in found:
        found["fraction-digits"] = int(digits.arg)


def source_stmt(stmt: Stmt) -> SourceStmt:
    """The statement as written, with its substatements (no expansion)."""
    keyword = stmt.keyword
    if isinstance(keyword, tuple):
        keyword = f"{keyword[0]}:{keyword[1]}"
    return SourceStmt(
        keyword=str(keyword),
        arg=None if stmt.arg is None else str(stmt.arg),
        file=str(stmt.pos.ref or ""),
        line=int(stmt.pos.line or 0),
        children=tuple(source_stmt(s) for s in stmt.substmts),
    )
