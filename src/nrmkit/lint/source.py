"""YANG statements as written (before groupings are expanded), as nrmkit values.

SourceStmt -- keyword, argument, position and substatements of one statement
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceStmt:
    """One statement of a module file. Extension keywords read ``module:name``."""

    keyword: str
    arg: str | None
    file: str
    line: int
    children: tuple[SourceStmt, ...] = ()

    def find(self, keyword: str) -> tuple[SourceStmt, ...]:
        """The substatements with ``keyword``."""
        return tuple(c for c in self.children if c.keyword == keyword)

    def first(self, keyword: str) -> SourceStmt | None:
        """The first substatement with ``keyword``, or None."""
        return next((c for c in self.children if c.keyword == keyword), None)

    def walk(self) -> Iterator[tuple[SourceStmt, SourceStmt | None]]:
        """Every statement below this one (depth first) with its parent."""
        for child in self.children:
            yield child, self
            yield from child.walk()

    def text(self, keyword: str) -> str:
        """The whitespace-normalised argument of substatement ``keyword`` ("" if absent)."""
        found = self.first(keyword)
        return " ".join((found.arg or "").split()) if found is not None else ""
