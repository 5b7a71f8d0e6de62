"""Write a change-marked diff as a Word document with python-docx.

Added rows are underlined, removed rows struck through, and a changed cell holds
the old text struck through, an arrow, and the new text underlined: the marks a
CR carries in Word's revision style.

write_diff_docx -- DiffDocument -> .docx file
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document
from docx.table import _Cell

from nrmkit.render.diff import Cell, DiffDocument, MarkedRow, SummaryRow
from nrmkit.render.docx import ATTRIBUTE_HEADERS, PROPERTY_HEADERS

_SUMMARY = ("Module", "Path", "Change", "Class")


def write_diff_docx(document: DiffDocument, path: Path) -> None:
    """Write ``document`` to ``path``: one table pair per changed class, then a summary."""
    word = docx.Document()
    title = f"Changes: {document.old} → {document.new}"
    word.core_properties.title = title
    word.add_heading(title, level=1)
    counts = ", ".join(f"{n} {label}" for label, n in document.counts)
    word.add_paragraph(f"{counts}; worst: {document.worst}.")
    for finding in document.findings:
        word.add_paragraph(f"Finding: {finding}")
    for changed in document.classes:
        kind = "Class" if changed.kind == "IOC" else "Data type"
        word.add_heading(f"{kind} {changed.name} ({changed.mark})", level=2)
        _marked_table(word, ATTRIBUTE_HEADERS, changed.attributes)
        word.add_paragraph()
        _marked_table(word, PROPERTY_HEADERS, changed.properties)
    word.add_heading("Summary", level=2)
    rows = [MarkedRow("unchanged", tuple(Cell(v, v) for v in _cells(s))) for s in document.summary]
    _marked_table(word, _SUMMARY, rows)
    word.save(str(path))


def _cells(row: SummaryRow) -> tuple[str, str, str, str]:
    return (row.module, row.path, row.change, row.compat)


def _marked_table(word: Document, headers: Sequence[str], rows: Sequence[MarkedRow]) -> None:
    table = word.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        for target, cell in zip(table.add_row().cells, row.cells, strict=True):
            _fill(target, cell, row.mark)


def _fill(target: _Cell, cell: Cell, mark: str) -> None:
    paragraph = target.paragraphs[0]
    if cell.changed:
        paragraph.add_run(cell.old or "").font.strike = True
        paragraph.add_run(" → ")
        paragraph.add_run(cell.new or "").font.underline = True
        return
    run = paragraph.add_run(cell.text)
    run.font.underline = mark == "added"
    run.font.strike = mark == "removed"
