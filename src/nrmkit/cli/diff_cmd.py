"""``nrmkit diff OLD NEW``: what a CR changes, classified editorial / BC / NBC."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from nrmkit.cli.exits import EXIT_CLEAN, EXIT_FINDINGS, unprocessable
from nrmkit.cli.options import (
    output_format_option,
    output_option,
    shared_path_option,
    write_output,
)

if TYPE_CHECKING:
    from nrmkit.diff import DiffResult
from nrmkit.diagnostics import Severity
from nrmkit.errors import NrmkitError


@click.command()
@click.argument("old")
@click.argument("new")
@shared_path_option
@output_format_option("text", "json", "md", "html", "docx")
@output_option
@click.option("--allow-nbc", is_flag=True, help="Exit 0 even when an NBC change is found.")
def diff(  # noqa: PLR0917 - click passes options by name
    old: str,
    new: str,
    shared: tuple[Path, ...],
    output_format: str,
    output: Path | None,
    allow_nbc: bool,
) -> None:
    """Compare two model sets; every change at schema and stage-2 level, classified.

    OLD and NEW are each a bundled model set (baseline, solution1, solution2), a
    search path DIR[:DIR...], or GITREF:DIR (a directory of this git repository at
    a revision, read without checking it out). Exit codes: 0 no NBC change, 1 NBC
    change or revision not bumped, 2 usage, 3 a side could not be read or compiled.

    \b
    Examples:
      nrmkit diff baseline solution1
      nrmkit diff --format json HEAD~1:yang/baseline yang/baseline -p yang/common
    """
    from nrmkit.diff import diff_sides  # noqa: PLC0415 - imports pyang
    from nrmkit.diff.changes import Compat  # noqa: PLC0415
    from nrmkit.diff.report import summary  # noqa: PLC0415

    if output_format == "docx" and output is None:
        raise click.UsageError("--format docx needs -o FILE")
    try:
        result = diff_sides(old, new, shared)
    except NrmkitError as exc:
        raise unprocessable(str(exc)) from exc
    _write(result, output_format, output)
    if output:
        click.echo(summary(result), err=True)
    nbc = result.diff.worst is Compat.NBC and not allow_nbc
    errors = any(d.severity >= Severity.ERROR for d in result.diagnostics)
    raise click.exceptions.Exit(EXIT_FINDINGS if nbc or errors else EXIT_CLEAN)


def _write(result: DiffResult, output_format: str, output: Path | None) -> None:
    """Render ``result`` in ``output_format`` to ``output`` or standard output."""
    from nrmkit.diff.report import json_document, text_lines  # noqa: PLC0415
    from nrmkit.render.diff import diff_document, render_diff  # noqa: PLC0415
    from nrmkit.render.diff_docx import write_diff_docx  # noqa: PLC0415

    if output_format == "docx" and output is not None:
        write_diff_docx(diff_document(result), output)
        return
    if output_format == "json":
        body = json_document(result)
    elif output_format == "text":
        body = "\n".join(text_lines(result))
    else:
        body = render_diff(result, output_format)
    write_output(body, output)
