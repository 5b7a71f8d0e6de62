"""``nrmkit tables``: stage-2 and stage-3 tables of a model set."""

from __future__ import annotations

from pathlib import Path

import click

from nrmkit.cli import report
from nrmkit.cli.exits import unprocessable
from nrmkit.cli.options import (
    model_options,
    output_format_option,
    output_option,
    resolve_model_set,
    write_output,
)
from nrmkit.errors import NrmkitError


@click.command()
@model_options
@click.option("--ioc", metavar="NAME", help="Only this class and the data types it uses.")
@output_format_option("md", "html", "csv", "json", "docx")
@output_option
def tables(  # noqa: PLR0917 - click passes options by name
    model: str | None,
    paths: tuple[Path, ...],
    modules: tuple[str, ...],
    ioc: str | None,
    output_format: str,
    output: Path | None,
) -> None:
    """Render the stage-2 attribute and attribute-properties tables and a stage-3 table.

    One set of tables per class (IOC) and per structured data type, in the
    column order of a 3GPP TS. HTML pastes into Word as real tables; docx
    writes a Word document. Places where YANG does not map cleanly to stage 2
    are reported on standard error.

    \b
    Examples:
      nrmkit tables --model solution1 --ioc MLTrainingRequest
      nrmkit tables --model baseline --format html -o tables.html
      nrmkit tables -p yang-models -p yang-models/external-yams \\
          -m _3gpp-nr-nrm-gnbdufunction --format docx -o gnbdu.docx
    """
    from nrmkit.model import load_model_set  # noqa: PLC0415 - imports pyang
    from nrmkit.render import render_tables, tables_document  # noqa: PLC0415

    model_set = resolve_model_set(model, paths, modules)
    if output_format == "docx" and output is None:
        raise click.UsageError("--format docx needs -o FILE")
    try:
        view = load_model_set(model_set)
    except NrmkitError as exc:
        raise unprocessable(f"model {model_set.name}: {exc}") from exc
    if ioc is not None and ioc not in {i.name for i in view.iocs}:
        raise click.BadParameter(f"no class {ioc!r} in {model_set.name}", param_hint="--ioc")
    for line in report.text_lines(view.issues):
        click.echo(line, err=True)
    if output_format == "docx":
        from nrmkit.render.docx import write_docx  # noqa: PLC0415 - python-docx is slow to import

        assert output is not None
        write_docx(tables_document(view, model_set.name, ioc), output)
        return
    write_output(render_tables(view, output_format, model_set.name, ioc), output)
