"""Findings as values: Severity, Location, Diagnostic and the code registry.

Every finding nrmkit reports is a Diagnostic with a stable code from ``CODES``.
Library code returns them; only the CLI prints.

Severity -- INFO < WARNING < ERROR
Location -- file:line plus data path and schema path
Diagnostic -- code, severity, one-line message, location, cited clause
CodeSpec -- a stable code (never renamed or reused); ``spec.at(...)`` makes a Diagnostic
registry -- merge the code families into one read-only table (see ``nrmkit.codes``)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType


class Severity(enum.IntEnum):
    """How bad a finding is; ordered so that ``--fail-on`` can compare."""

    INFO = 10
    WARNING = 20
    ERROR = 30

    @property
    def label(self) -> str:
        """Lower-case name used in reports ("error", "warning", "info")."""
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding is: a file position and, for data, the paths."""

    file: str | None = None
    line: int | None = None
    data_path: str | None = None
    schema_path: str | None = None

    def label(self) -> str:
        """``file:line`` (or the parts that are known) for reports."""
        if self.file is None:
            return "-"
        return self.file if self.line is None else f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class CodeSpec:
    """A registered diagnostic code."""

    code: str
    severity: Severity
    summary: str
    clause: str

    def at(self, location: Location, message: str, source: str = "nrmkit") -> Diagnostic:
        """A Diagnostic of this code at ``location``."""
        return Diagnostic(self.code, self.severity, message, location, self.clause, source)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding. Hashable, so duplicates can be dropped with a set."""

    code: str
    severity: Severity
    message: str
    location: Location
    clause: str
    source: str = "nrmkit"

    def sort_key(self) -> tuple[str, int, str, str]:
        """Order by file, line, code, message for deterministic output."""
        loc = self.location
        return (loc.file or "", loc.line or 0, self.code, self.message)


def registry(*families: Iterable[CodeSpec]) -> Mapping[str, CodeSpec]:
    """A read-only code -> CodeSpec table; a code defined twice is a bug.

    Raises:
        ValueError: two families define the same code.
    """
    table: dict[str, CodeSpec] = {}
    for spec in (s for family in families for s in family):
        if spec.code in table:
            raise ValueError(f"diagnostic code {spec.code} defined twice")
        table[spec.code] = spec
    return MappingProxyType(dict(sorted(table.items())))
