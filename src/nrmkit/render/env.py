"""The Jinja environment for nrmkit's templates (shipped with the package).

environment -- the shared Environment: StrictUndefined, HTML autoescaped
md_cell, csv_cell -- the filters the templates use
"""

from __future__ import annotations

import csv
import functools
import io

import jinja2

from nrmkit._resources import shipped_dir


def md_cell(value: object) -> str:
    """A Markdown table cell: pipes escaped, line breaks as ``<br>``."""
    text = str(value).replace("\\", "\\\\").replace("|", "\\|")
    return "<br>".join(line for line in text.splitlines()) if "\n" in text else text


def csv_cell(values: tuple[object, ...] | list[object]) -> str:
    """One CSV record (RFC 4180 quoting, no line terminator)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow([str(v) for v in values])
    return buffer.getvalue()


def _autoescape(name: str | None) -> bool:
    return name is not None and ".html." in name


@functools.cache
def environment() -> jinja2.Environment:
    """The Environment over ``nrmkit/templates`` (found through the package, not the CWD)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(shipped_dir("templates"))),
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_cell
    env.filters["csv"] = csv_cell
    return env
