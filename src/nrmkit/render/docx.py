"""Write the tables as a Word document with python-docx: one table set per class.

write_docx -- TablesDocument -> .docx file
ATTRIBUTE_HEADERS, PROPERTY_HEADERS -- the TS column headings, shared with the diff
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document

from nrmkit.render.rows import ClassTables, TablesDocument

ATTRIBUTE_HEADERS = (
    "Attribute name",
    "Support Qualifier",
    "isReadable",
    "isWritable",
    "isInvariant",
    "isNotifyable",
)
PROPERTY_HEADERS = ("Attribute Name", "Documentation and Allowed Values", "Properties")
_CONDITIONS = ("Attribute name", "Support Qualifier", "Condition")
_STAGE3 = ("YANG path", "Node kind", "Type", "config", "mandatory", "Extensions")
_TYPES = ("Name", "Kind", "Module", "Base type", "Allowed values", "Description")


def write_docx(document: TablesDocument, path: Path) -> None:
    """Write ``document`` to ``path`` as a Word file (tables in the TS column order)."""
    word = docx.Document()
    word.core_properties.title = f"Stage-2 tables: {document.title}"
    word.add_heading(f"Stage-2 tables: {document.title}", level=1)
    for tables in document.classes:
        _class(word, f"Class {tables.name}", tables)
    for tables in document.data_types:
        _class(word, f"Data type {tables.name}", tables)
    if document.types:
        word.add_heading("Enumerations and typedefs", level=2)
        _table(word, _TYPES, [t.cells() for t in document.types])
    word.save(str(path))


def _class(word: Document, heading: str, tables: ClassTables) -> None:
    word.add_heading(heading, level=2)
    if tables.description:
        word.add_paragraph(tables.description)
    word.add_heading("Attributes", level=3)
    _table(word, ATTRIBUTE_HEADERS, [a.cells() for a in tables.attributes])
    if tables.conditions:
        word.add_heading("Conditions", level=3)
        _table(word, _CONDITIONS, [c.cells() for c in tables.conditions])
    word.add_heading("Attribute properties", level=3)
    rows = [
        (p.name, _documentation(p.documentation, p.allowed), "\n".join(p.properties()))
        for p in tables.properties
    ]
    _table(word, PROPERTY_HEADERS, rows)
    word.add_heading("Stage 3 (YANG)", level=3)
    _table(word, _STAGE3, [s.cells() for s in tables.stage3])


def _documentation(text: str, allowed: str) -> str:
    return f"{text}\nallowedValues: {allowed}" if allowed else text


def _table(word: Document, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    table = word.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
