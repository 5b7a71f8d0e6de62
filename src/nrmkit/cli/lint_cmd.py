"""``nrmkit lint``: SA5 NRM rules (NRM_* codes) without pyang's command line."""

from __future__ import annotations

from pathlib import Path

import click

from nrmkit.cli import report
from nrmkit.cli.options import model_options, output_format_option, resolve_model_set
from nrmkit.diagnostics import Severity
from nrmkit.errors import NrmkitError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNPROCESSABLE = 0, 1, 3
_SEVERITIES = {s.label: s for s in Severity}


@click.command()
@model_options
@output_format_option("text", "json")
@click.option(
    "--fail-on",
    type=click.Choice(list(_SEVERITIES)),
    default="error",
    show_default=True,
    help="Lowest severity that makes the exit code 1.",
)
def lint(
    model: str | None,
    paths: tuple[Path, ...],
    modules: tuple[str, ...],
    output_format: str,
    fail_on: str,
) -> None:
    """Check SA5 NRM rules beyond pyang --3gpp, with pyang's strict findings.

    Same rules as `pyang --nrm-lint` (run `nrmkit codes` for the list); that
    command adds pyang's --3gpp and --lint checks.

    \b
    Examples:
      nrmkit lint --model solution2
      nrmkit lint -p yang-models -p yang-models/external-yams -m _3gpp-5gc-nrm-amffunction
    """
    from nrmkit.lint import lint_model_set  # noqa: PLC0415 - imports pyang

    model_set = resolve_model_set(model, paths, modules)
    try:
        found = lint_model_set(model_set)
    except NrmkitError as exc:
        click.echo(f"nrmkit: error: model {model_set.name}: {exc}", err=True)
        raise click.exceptions.Exit(EXIT_UNPROCESSABLE) from exc
    if output_format == "json":
        click.echo(report.json_document(found))
    else:
        for line in report.text_lines(found):
            click.echo(line)
        click.echo(f"{model_set.name}: {len(found)} finding(s)", err=True)
    failing = any(d.severity >= _SEVERITIES[fail_on] for d in found)
    raise click.exceptions.Exit(EXIT_FINDINGS if failing else EXIT_CLEAN)
