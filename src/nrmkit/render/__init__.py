"""Render nrmkit's model view as stage-2/stage-3 tables (pure functions).

TABLE_FORMATS -- the text formats: md, html, csv, json
render_tables -- NrmModel -> text in one of TABLE_FORMATS
tables_document -- NrmModel -> TablesDocument (the view rows the templates get)
"""

from __future__ import annotations

import dataclasses
import json

from nrmkit.model.view import NrmModel
from nrmkit.render.env import environment
from nrmkit.render.rows import TablesDocument, tables_document

__all__ = ["TABLE_FORMATS", "TablesDocument", "render_tables", "tables_document"]

TABLE_FORMATS = ("md", "html", "csv", "json")
JSON_VERSION = 1


def render_tables(model: NrmModel, fmt: str, title: str, ioc: str | None = None) -> str:
    """The stage-2 and stage-3 tables of ``model`` (or of its class ``ioc``) as text.

    md, html and csv come from ``templates/tables.<fmt>.j2``; json is the
    same view rows as a versioned, key-sorted document.

    Raises:
        KeyError: there is no class ``ioc``.
        ValueError: ``fmt`` is not one of TABLE_FORMATS.
    """
    document = tables_document(model, title, ioc)
    if fmt == "json":
        body = {"version": JSON_VERSION, **dataclasses.asdict(document)}
        return json.dumps(body, indent=2, sort_keys=True) + "\n"
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r}")
    return environment().get_template(f"tables.{fmt}.j2").render(doc=document)
