"""The one module that imports libyang (the C library through libyang-python).

Supports both binding lines nrmkit installs: <=2.8.0 for libyang 2.1.30
(Debian 12) and >=3.2,<4 for libyang 3.12 (Debian 13). Everything it returns
is nrmkit's own data (``nrmkit.instances``); no libyang object leaves this
module. Errors are read from the C context directly (binding 2.8.0 flattens
them into one string), so each keeps its message, paths, line and app-tag.

LibyangSchema -- a compiled model set, reused for every instance document
DataTree -- one parsed instance document (nrmkit's handle on a libyang tree)
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

import libyang
from libyang.context import ffi, lib  # type: ignore[attr-defined]
from libyang.util import IOType

from nrmkit.errors import ModelLoadError
from nrmkit.instances import (
    DataFormat,
    DataType,
    Instance,
    InstanceResult,
    LyError,
    SchemaNode,
)
from nrmkit.modelsets import ModelSet

_FORMATS = {"xml": lib.LYD_XML, "json": lib.LYD_JSON}
# LY_VECODE values of syntax errors: generic, XML, JSON (stable in libyang 2 and 3).
_SYNTAX_VECODES = frozenset({1, 7, 8})
# libyang 3 only: validate everything, keep every error (absent in 2.1.30).
_MULTI_ERROR_FLAG: int = getattr(lib, "LYD_VALIDATE_MULTI_ERROR", 0)
_LOCATION = re.compile(r'(Data|Schema) location "(.*)"(?:, line number (\d+))?\.?$')
_LINE = re.compile(r"line number (\d+)")


class LibyangSchema:
    """A libyang context holding one compiled model set.

    Raises:
        ModelLoadError: a module is missing or does not compile.
    """

    def __init__(self, model_set: ModelSet) -> None:
        self.model_set = model_set
        self._list_paths: dict[str, tuple[str, ...]] = {}
        self._has_node: dict[str, bool] = {}
        self._retired: list[Any] = []
        search = ":".join(str(p) for p in model_set.search_path)
        try:
            modules = model_set.implemented_modules()
            self._ctx = libyang.Context(search, disable_searchdir_cwd=True)
            for module in modules:
                self._ctx.parse_module(str(module.path), IOType.FILEPATH, "yang", ["*"])
        except (libyang.LibyangError, FileNotFoundError) as exc:
            raise ModelLoadError(" ".join(str(exc).split())) from exc

    def validate(self, text: str, fmt: DataFormat, datatype: DataType = "data") -> InstanceResult:
        """Parse and validate one instance document held in memory (first error only)."""
        parsed = self.parse(text.encode("utf-8"), fmt)
        if isinstance(parsed, LyError):
            return InstanceResult(False, (parsed.one_line(),))
        try:
            errors = parsed.validate(datatype)
        finally:
            parsed.free()
        return InstanceResult(not errors, tuple(e.one_line() for e in errors))

    def parse(self, data: bytes, fmt: DataFormat, *, opaque: bool = False) -> DataTree | LyError:
        """Parse (without validating) a document; strict, or keeping bad nodes as opaque.

        Returns the tree, or the first error when the document cannot be parsed.
        """
        self.free_retired()
        buffer = ffi.from_buffer(data)
        handle = ffi.new("struct ly_in **")
        if lib.ly_in_new_memory(ffi.cast("char *", buffer), handle) != lib.LY_SUCCESS:
            return LyError("cannot read the document into libyang")
        flags = lib.LYD_PARSE_ONLY | (lib.LYD_PARSE_OPAQ if opaque else lib.LYD_PARSE_STRICT)
        tree = ffi.new("struct lyd_node **")
        ret = lib.lyd_parse_data(
            self._ctx.cdata, ffi.NULL, handle[0], _FORMATS[fmt], flags, 0, tree
        )
        lib.ly_in_free(handle[0], 0)
        if ret != lib.LY_SUCCESS:
            errors = self._errors()
            if tree[0] != ffi.NULL:
                lib.lyd_free_all(tree[0])
            return errors[0] if errors else LyError("libyang could not parse the document")
        return DataTree(self, tree)

    def retire(self, root: Any) -> None:
        """Take a tree to free later: at the next ``parse`` or ``free_retired``.

        Freeing a large tree costs about a tenth of parsing it; a command that
        exits after its last document never pays for that one.
        """
        self._retired.append(root)

    def free_retired(self) -> None:
        """Free the trees handed to ``retire``."""
        while self._retired:
            lib.lyd_free_all(self._retired.pop())

    def list_paths(self, name: str) -> tuple[str, ...]:
        """Data XPaths (module-name prefixed) of every schema list called ``name``.

        Computed once per schema: the rules ask for the same lists in every document.
        """
        if name not in self._list_paths:
            found = {p for m in self._ctx for n in m.children() for p in _list_paths(n, name)}
            self._list_paths[name] = tuple(sorted(found))
        return self._list_paths[name]

    def has_node(self, path: str) -> bool:
        """Whether the schema has a node at the data path ``path`` (no predicates)."""
        if path not in self._has_node:
            node = lib.lys_find_path(self._ctx.cdata, ffi.NULL, path.encode(), 0)
            self._has_node[path] = node != ffi.NULL
            lib.ly_err_clean(self._ctx.cdata, ffi.NULL)
        return self._has_node[path]

    def schema_roots(self) -> SchemaNode:
        """The compiled data tree as a SchemaNode whose children are the top-level nodes."""
        roots = [_schema_node(n) for m in self._ctx for n in m.children() if _is_data(n)]
        return SchemaNode("", "", "root", children=tuple(roots))

    def _errors(self) -> tuple[LyError, ...]:
        """Take (and clear) the context's error list."""
        out: list[LyError] = []
        item = lib.ly_err_first(self._ctx.cdata)
        while item:
            out.append(_read_error(item))
            item = item.next
        lib.ly_err_clean(self._ctx.cdata, ffi.NULL)
        return tuple(out)


class DataTree:
    """A parsed instance document owned by nrmkit; free it with ``free()``."""

    def __init__(self, schema: LibyangSchema, root: Any) -> None:
        self._schema = schema
        self._ctx = schema._ctx.cdata
        self._root = root

    def free(self) -> None:
        """Release the libyang tree now."""
        if self._root[0] != ffi.NULL:
            lib.lyd_free_all(self._root[0])
            self._root[0] = ffi.NULL

    def release(self) -> None:
        """Give the tree back to its schema, which frees it before the next parse."""
        if self._root[0] != ffi.NULL:
            self._schema.retire(self._root[0])
            self._root[0] = ffi.NULL

    def validate(self, datatype: DataType = "data") -> tuple[LyError, ...]:
        """Validate the tree; libyang 2 gives the first error, libyang 3 all of them."""
        flags = lib.LYD_VALIDATE_PRESENT | _MULTI_ERROR_FLAG
        if datatype == "config":
            flags |= lib.LYD_VALIDATE_NO_STATE
        ret = lib.lyd_validate_all(self._root, self._ctx, flags, ffi.NULL)
        errors = self._schema._errors()
        if ret == lib.LY_SUCCESS:
            return ()
        return errors or (LyError("validation failed"),)

    def opaque_nodes(self) -> tuple[LyError, ...]:
        """One error per node the lenient parse kept as opaque (unknown or invalid)."""
        return tuple(self._opaque_error(node) for node in _opaque(self._root[0]))

    def remove_moi(self, data_path: str) -> str | None:
        """Remove the MOI holding ``data_path`` (or the node itself); return what went.

        Returns None when no node at ``data_path`` exists in the tree.
        """
        node = self._find(data_path)
        if node is None:
            return None
        return self._remove_node(_moi_of(node))

    def remove_opaque(self) -> tuple[str, ...]:
        """Remove the MOI of every opaque node; return the removed data paths."""
        removed: list[str] = []
        for node in list(_opaque(self._root[0])):
            path = _path(node)
            if not any(path.startswith(r) for r in removed):
                done = self._remove_node(_moi_of(node))
                removed.append(done)
        return tuple(removed)

    def first_without(self, schema_path: str) -> str | None:
        """Data path of the first parent instance lacking the node at ``schema_path``."""
        parent, _, child = schema_path.rpartition("/")
        child = child.rpartition(":")[2]
        found = self._xpath(f"{parent}[not({child})]")
        return _path(found[0]) if found else None

    def instances(self, xpath: str, leaves: tuple[str, ...]) -> tuple[Instance, ...]:
        """The list instances selected by ``xpath``, each with the ``leaves`` asked for."""
        return tuple(self._instance(node, leaves) for node in self._xpath(xpath))

    def _instance(self, node: Any, leaves: tuple[str, ...]) -> Instance:
        values = []
        for leaf in leaves:
            found = tuple(_value(n) for n in _xpath_from(node, leaf))
            values.append((leaf, found))
        return Instance(ffi.string(node.schema.name).decode(), _path(node), tuple(values))

    def _xpath(self, xpath: str) -> list[Any]:
        if self._root[0] == ffi.NULL:
            return []
        found = _xpath_from(self._root[0], xpath)
        self._schema._errors()
        return found

    def _find(self, data_path: str) -> Any | None:
        if self._root[0] == ffi.NULL:
            return None
        match = ffi.new("struct lyd_node **")
        ret = lib.lyd_find_path(self._root[0], data_path.encode(), 0, match)
        self._schema._errors()
        return match[0] if ret == lib.LY_SUCCESS else None

    def _remove_node(self, node: Any) -> str:
        removed = _path(node)
        if node == self._root[0]:
            self._root[0] = node.next if node.next != ffi.NULL else ffi.NULL
        lib.lyd_free_tree(node)
        return removed

    def _opaque_error(self, node: Any) -> LyError:
        path = _path(node)
        name = re.sub(r"\[.*$", "", path.rsplit("/", 1)[-1]).rpartition(":")[2]
        parent = node.parent
        if parent == ffi.NULL:
            return LyError(f'Unknown top-level node "{name}" (no module defines it).', path)
        parent_node = ffi.cast("struct lyd_node *", parent)
        snode = _schema_child(parent_node.schema, name)
        if snode is None:
            parent_name = ffi.string(parent_node.schema.name).decode()
            return LyError(f'Node "{name}" not found as a child of "{parent_name}" node.', path)
        if not snode.nodetype & (lib.LYS_LEAF | lib.LYS_LEAFLIST):
            kind = "list instance" if snode.nodetype == lib.LYS_LIST else "node"
            return LyError(f'The {kind} "{name}" has missing or invalid keys or content.', path)
        value = lib.lyd_get_value(node)
        raw = ffi.string(value) if value != ffi.NULL else b""
        _check_value(self._ctx, snode, raw, parent_node)
        errors = self._schema._errors()
        message = errors[0].message if errors else f'Invalid instance of "{name}".'
        return LyError(message, path, app_tag=errors[0].app_tag if errors else None)


def _check_value(ctx: Any, snode: Any, raw: bytes, parent: Any) -> None:
    """Have libyang check ``raw`` as a value of ``snode``; its error lands in the context."""
    if hasattr(lib, "lyd_value_validate"):  # binding 2.x
        lib.lyd_value_validate(ctx, snode, raw, len(raw), parent, ffi.NULL, ffi.NULL)
        return
    # Binding 3.x has no lyd_value_validate; creating the term reports the same error.
    created = ffi.new("struct lyd_node **")
    if lib.lyd_new_term(parent, snode.module, snode.name, raw, 0, created) == lib.LY_SUCCESS:
        lib.lyd_free_tree(created[0])


def _read_error(item: Any) -> LyError:
    """An ly_err_item as an LyError (libyang 2: paths in ``path``; 3: separate fields)."""
    message = _text(item.msg) or "libyang error"
    app_tag = _text(item.apptag)
    syntax = item.vecode in _SYNTAX_VECODES
    if hasattr(item, "data_path"):  # libyang 3
        line = int(item.line) or None
        return LyError(
            message, _text(item.data_path), _text(item.schema_path), line, app_tag, syntax
        )
    where = _text(item.path) or ""
    match = _LOCATION.search(where)
    line_match = _LINE.search(where) or _LINE.search(message)
    line = int(line_match.group(1)) if line_match else None
    data_path = match.group(2) if match and match.group(1) == "Data" else None
    schema_path = match.group(2) if match and match.group(1) == "Schema" else None
    return LyError(message, data_path, schema_path, line, app_tag, syntax)


def _list_paths(node: Any, name: str) -> Iterator[str]:
    if node.keyword() == "list" and node.name() == name:
        yield re.sub(r"\[[^\]]*\]", "", node.data_path())
    if node.keyword() in ("list", "container", "choice", "case"):
        for child in node.children():
            yield from _list_paths(child, name)


_QUOTED = frozenset({"int64", "uint64", "decimal64"})
_DATA_KEYWORDS = frozenset({"container", "list", "leaf", "leaf-list", "choice", "case"})


def _is_data(node: Any) -> bool:
    return node.keyword() in _DATA_KEYWORDS


def _schema_node(node: Any) -> SchemaNode:
    keyword = node.keyword()
    quoted = False
    if keyword in ("leaf", "leaf-list"):
        quoted = any(b in _QUOTED for b in node.type().basenames())
    kids: list[SchemaNode] = []
    if keyword in ("container", "list", "choice", "case"):
        for child in node.children():
            made = _schema_node(child)
            kids.extend(made.children if made.keyword in ("choice", "case") else (made,))
    return SchemaNode(node.name(), node.module().name(), keyword, quoted, tuple(kids))


def _opaque(first: Any) -> Iterator[Any]:
    """Every opaque node under (and including) ``first`` and its siblings."""
    stack = [first] if first != ffi.NULL else []
    while stack:
        node = stack.pop()
        if node.next != ffi.NULL:
            stack.append(node.next)
        if node.schema == ffi.NULL:
            yield node
            continue
        child = lib.lyd_child(node)
        if child != ffi.NULL:
            stack.append(child)


def _moi_of(node: Any) -> Any:
    """The nearest list instance above ``node`` that has an ``attributes`` child."""
    current = node
    while current != ffi.NULL:
        if current.schema != ffi.NULL and current.schema.nodetype == lib.LYS_LIST:
            child = lib.lyd_child(current)
            while child != ffi.NULL:
                if child.schema != ffi.NULL and ffi.string(child.schema.name) == b"attributes":
                    return current
                child = child.next
        parent = current.parent
        current = ffi.cast("struct lyd_node *", parent) if parent != ffi.NULL else ffi.NULL
    return node


def _schema_child(parent: Any, name: str) -> Any | None:
    child = lib.lys_getnext(ffi.NULL, parent, ffi.NULL, 0)
    while child != ffi.NULL:
        if ffi.string(child.name).decode() == name:
            return child
        child = lib.lys_getnext(child, parent, ffi.NULL, 0)
    return None


def _xpath_from(node: Any, xpath: str) -> list[Any]:
    found = ffi.new("struct ly_set **")
    if lib.lyd_find_xpath(node, xpath.encode(), found) != lib.LY_SUCCESS:
        return []
    try:
        return [found[0].dnodes[i] for i in range(found[0].count)]
    finally:
        lib.ly_set_free(found[0], ffi.NULL)


def _value(node: Any) -> str:
    value = lib.lyd_get_value(node)
    return str(ffi.string(value).decode()) if value != ffi.NULL else ""


def _path(node: Any) -> str:
    raw = lib.lyd_path(node, lib.LYD_PATH_STD, ffi.NULL, 0)
    try:
        return str(ffi.string(raw).decode())
    finally:
        lib.free(raw)


def _text(cdata: Any) -> str | None:
    return ffi.string(cdata).decode("utf-8", "replace") if cdata != ffi.NULL else None


def _keep_error_paths() -> None:
    """Ask libyang to store data/schema paths with each error (off in binding 2.8.0)."""
    try:
        lib.ly_set_log_clb(ffi.NULL, 1)  # libyang 2: second argument = store paths
    except TypeError:  # libyang 3 always stores them; the call takes one argument
        return


# The binding logs through the "libyang" logger; keep it quiet unless asked.
logging.getLogger("libyang").addHandler(logging.NullHandler())
_keep_error_paths()
