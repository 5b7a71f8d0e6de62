"""``--json-style 3gpp``: turn 3GPP REST (ProvMnS/OpenAPI) JSON into RFC 7951.

3GPP's OpenAPI payloads differ from RFC 7951 in two ways this fixes, guided by
the compiled schema: member names are not module-qualified (RFC 7951 §4 wants
the module name on top-level members and where a child's module differs from
its parent's), and 64-bit integers and decimal64 values are bare JSON numbers
(RFC 7951 §6.1 wants strings). Each rewrite is reported as an INFO
INST_NORMALISED diagnostic. Members the schema does not know are left as they
are, for validation to report.

normalise_3gpp -- the RFC 7951 bytes and the notes, or a located Diagnostic
"""

from __future__ import annotations

import json
from typing import Any

from nrmkit._libyang import LibyangSchema
from nrmkit.diagnostics import Diagnostic, Location
from nrmkit.instances import SchemaNode
from nrmkit.validate import codes

_CONTAINERS = ("container", "list")


def normalise_3gpp(
    schema: LibyangSchema, data: bytes, file: str
) -> tuple[bytes, list[Diagnostic]] | Diagnostic:
    """Rewrite ``data``; a document json cannot read gives INST_SYNTAX or INST_TOO_DEEP."""
    try:
        document = json.loads(data)
    except RecursionError:
        return codes.INST_TOO_DEEP.at(Location(file), "JSON nests too deeply to normalise")
    except json.JSONDecodeError as exc:
        return codes.INST_SYNTAX.at(Location(file, exc.lineno), f"JSON: {exc.msg}")
    notes: list[Diagnostic] = []
    if isinstance(document, dict):
        document = _object(document, schema.schema_roots(), "", "", _Notes(file, notes))
    return json.dumps(document, indent=1, ensure_ascii=False).encode(), notes


class _Notes:
    def __init__(self, file: str, notes: list[Diagnostic]) -> None:
        self.file = file
        self.notes = notes

    def add(self, path: str, message: str) -> None:
        self.notes.append(codes.INST_NORMALISED.at(Location(self.file, None, path), message))


def _object(
    members: dict[str, Any], parent: SchemaNode, module: str, path: str, notes: _Notes
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in members.items():
        node = parent.child(key.rpartition(":")[2])
        if node is None:
            out[key] = value
            continue
        name = node.name if node.module == module else f"{node.module}:{node.name}"
        here = f"{path}/{name}"
        if name != key:
            notes.add(here, f"member {key!r} renamed {name!r}")
        out[name] = _value(value, node, here, notes)
    return out


def _value(value: Any, node: SchemaNode, path: str, notes: _Notes) -> Any:
    if node.keyword in _CONTAINERS:
        if isinstance(value, list):
            return [_entry(v, node, path, notes) for v in value]
        return _entry(value, node, path, notes)
    if isinstance(value, list):
        return [_scalar(v, node, path, notes) for v in value]
    return _scalar(value, node, path, notes)


def _entry(value: Any, node: SchemaNode, path: str, notes: _Notes) -> Any:
    return _object(value, node, node.module, path, notes) if isinstance(value, dict) else value


def _scalar(value: Any, node: SchemaNode, path: str, notes: _Notes) -> Any:
    if node.quoted_number and isinstance(value, int | float) and not isinstance(value, bool):
        notes.add(path, f"number {value} written as the string {str(value)!r}")
        return str(value)
    return value
