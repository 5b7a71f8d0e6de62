"""Change-marked tables of a diff, the way SA5 writes CRs (pure functions).

Per changed class, the attribute table and the attribute-properties table
with every row marked added, removed, changed or unchanged, and each cell
holding its old and new text; plus a summary table of every change.

Cell, MarkedRow, ClassDiff, SummaryRow, DiffDocument -- what the templates get
diff_document -- DiffResult -> DiffDocument
render_diff -- DiffResult -> Markdown or HTML text
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nrmkit.diff import DiffResult
from nrmkit.diff.changes import Change, Compat
from nrmkit.diff.report import shorten
from nrmkit.model.view import NrmModel
from nrmkit.render.env import environment
from nrmkit.render.rows import ClassTables, PropertyRow, class_tables, data_type_tables


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell on both sides (None where the row does not exist)."""

    old: str | None
    new: str | None

    @property
    def changed(self) -> bool:
        """Both sides have the cell and its text differs."""
        return self.old is not None and self.new is not None and self.old != self.new

    @property
    def text(self) -> str:
        """The text to show when the cell did not change."""
        return self.new if self.new is not None else self.old or ""


@dataclass(frozen=True, slots=True)
class MarkedRow:
    """A table row and its mark: "added", "removed", "changed" or "unchanged"."""

    mark: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class ClassDiff:
    """The marked tables of one IOC or data type that the CR touches."""

    name: str
    kind: str
    mark: str
    attributes: tuple[MarkedRow, ...]
    properties: tuple[MarkedRow, ...]


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One change in the summary table."""

    module: str
    path: str
    change: str
    compat: str


@dataclass(frozen=True, slots=True)
class DiffDocument:
    """Everything a rendering of the diff shows."""

    old: str
    new: str
    worst: str
    counts: tuple[tuple[str, int], ...]
    classes: tuple[ClassDiff, ...]
    summary: tuple[SummaryRow, ...]
    findings: tuple[str, ...]


def diff_document(result: DiffResult) -> DiffDocument:
    """The view rows of ``result`` for the templates."""
    diff = result.diff
    touched = {c.owner for c in diff.changes if c.owner}
    return DiffDocument(
        old=diff.old,
        new=diff.new,
        worst=diff.worst.label,
        counts=tuple((c.label, diff.count(c)) for c in reversed(Compat)),
        classes=tuple(_classes(result.old, result.new, touched)),
        summary=tuple(_summary_row(c) for c in diff.changes),
        findings=tuple(f"{d.message} [{d.code}]" for d in result.diagnostics),
    )


def render_diff(result: DiffResult, fmt: str) -> str:
    """``result`` as change-marked Markdown ("md") or HTML ("html")."""
    template = environment().get_template(f"diff.{fmt}.j2")
    return template.render(doc=diff_document(result))


def _tables(model: NrmModel) -> dict[str, ClassTables]:
    found = {i.name: class_tables(i) for i in model.iocs}
    for data_type in model.data_types:
        if data_type.kind == "structured":
            found[data_type.name] = data_type_tables(data_type)
    return found


def _classes(old: NrmModel, new: NrmModel, touched: set[str]) -> list[ClassDiff]:
    before, after = _tables(old), _tables(new)
    out = []
    for name in sorted(touched & (before.keys() | after.keys())):
        was, now = before.get(name), after.get(name)
        mark = "added" if was is None else "removed" if now is None else "changed"
        kind = now.kind if now is not None else before[name].kind
        out.append(ClassDiff(name, kind, mark, *_marked(was, now)))
    return out


def _marked(
    was: ClassTables | None, now: ClassTables | None
) -> tuple[tuple[MarkedRow, ...], tuple[MarkedRow, ...]]:
    old_attrs = {a.name: a.cells() for a in was.attributes} if was else {}
    new_attrs = {a.name: a.cells() for a in now.attributes} if now else {}
    old_props = {p.name: _property_cells(p) for p in was.properties} if was else {}
    new_props = {p.name: _property_cells(p) for p in now.properties} if now else {}
    return _rows(old_attrs, new_attrs), _rows(old_props, new_props)


def _property_cells(row: PropertyRow) -> tuple[str, ...]:
    """Name, documentation with allowed values, the property lines: as in the TS table."""
    text = (
        f"{row.documentation}\nallowedValues: {row.allowed}" if row.allowed else row.documentation
    )
    return (row.name, text, "\n".join(row.properties()))


def _rows(
    old: dict[str, tuple[str, ...]], new: dict[str, tuple[str, ...]]
) -> tuple[MarkedRow, ...]:
    names = list(new) + [n for n in old if n not in new]
    return tuple(_row(old.get(n), new.get(n)) for n in names)


def _row(old: Sequence[str] | None, new: Sequence[str] | None) -> MarkedRow:
    if old is None or new is None:
        cells = tuple(Cell(None, v) if old is None else Cell(v, None) for v in (new or old or ()))
        return MarkedRow("added" if old is None else "removed", cells)
    cells = tuple(Cell(a, b) for a, b in zip(old, new, strict=True))
    return MarkedRow("changed" if old != new else "unchanged", cells)


def _summary_row(change: Change) -> SummaryRow:
    where = ".".join(p for p in (change.owner, change.attribute) if p)
    detail = f"{change.kind.value} ({change.level.value})"
    if change.old is not None or change.new is not None:
        detail += f": {_short(change.old)} → {_short(change.new)}"
    return SummaryRow(change.module, where or change.path, detail, change.compat.label)


def _short(value: str | None) -> str:
    return shorten(value, 80, "…")
