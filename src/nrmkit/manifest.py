"""The examples manifest: per instance document, its model set and verdict.

Example -- one manifest entry
load_manifest -- read ``manifest.toml``
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal


@dataclass(frozen=True, slots=True)
class Example:
    """One instance document and what validating it must give."""

    file: Path
    model: str
    valid: bool
    datatype: Literal["data", "config"] = "data"
    reason: str = ""
    error_contains: str = ""


def load_manifest(path: Path) -> tuple[Example, ...]:
    """Read the examples manifest; file names are resolved against its directory."""
    with path.open("rb") as handle:
        entries = tomllib.load(handle).get("example", [])
    return tuple(_example(path.parent, entry) for entry in entries)


def _example(root: Path, entry: dict[str, Any]) -> Example:
    datatype = entry.get("type", "data")
    if datatype not in ("data", "config"):
        raise ValueError(f"{entry['file']}: type must be data or config")
    return Example(
        file=root / entry["file"],
        model=entry["model"],
        valid=bool(entry["valid"]),
        datatype=datatype,
        reason=entry.get("reason", ""),
        error_contains=entry.get("error_contains", ""),
    )
