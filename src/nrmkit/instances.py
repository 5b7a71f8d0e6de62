"""Values about instance documents: what libyang found, and what the rules read.

Defined apart from ``nrmkit._libyang`` so that code working on them never
imports libyang.

DataFormat, DataType -- "xml" | "json"; "data" | "config"
InstanceResult -- the outcome of validating one document
LyError -- one libyang error, split into its parts
Instance -- one list instance (an MOI) read out of a data tree
SchemaNode -- a data node of the compiled schema, as the JSON normaliser needs it
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DataFormat = Literal["xml", "json"]
DataType = Literal["data", "config"]


@dataclass(frozen=True, slots=True)
class InstanceResult:
    """Whether a document conforms, and libyang's messages if it does not."""

    valid: bool
    messages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LyError:
    """One libyang error: message, where it is, and the module's error-app-tag."""

    message: str
    data_path: str | None = None
    schema_path: str | None = None
    line: int | None = None
    app_tag: str | None = None
    syntax: bool = False

    def one_line(self) -> str:
        """The message and where it is, on one line."""
        where = self.data_path or self.schema_path
        text = f"{self.message} ({where})" if where else self.message
        return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Instance:
    """A list instance (an MOI): its class, data path and leaf values by relative path."""

    cls: str
    path: str
    values: tuple[tuple[str, tuple[str, ...]], ...]

    def get(self, name: str) -> tuple[str, ...]:
        """All values of the leaf or leaf-list ``name`` (e.g. "attributes/mLModelId")."""
        return next((v for n, v in self.values if n == name), ())

    def first(self, name: str) -> str | None:
        """The first value of ``name``, or None when absent."""
        found = self.get(name)
        return found[0] if found else None


@dataclass(frozen=True, slots=True)
class SchemaNode:
    """A schema data node: name, module, keyword, and children by local name.

    ``quoted_number`` is true for types RFC 7951 §6.1 encodes as JSON strings
    (64-bit integers and decimal64).
    """

    name: str
    module: str
    keyword: str
    quoted_number: bool = False
    children: tuple[SchemaNode, ...] = ()

    def child(self, name: str) -> SchemaNode | None:
        """The child called ``name`` (local name), or None."""
        return next((c for c in self.children if c.name == name), None)
