"""``nrmkit lint``: SA5 NRM rules (NRM_* codes) without pyang's command line."""

from __future__ import annotations

from pathlib import Path

import click

from nrmkit.cli import report
from nrmkit.cli.exits import findings_exit, unprocessable
from nrmkit.cli.options import (
    SEVERITIES,
    fail_on_option,
    model_options,
    output_format_option,
    resolve_model_set,
)
from nrmkit.errors import NrmkitError


@click.command()
@model_options
@output_format_option("text", "json")
@fail_on_option
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
        raise unprocessable(f"model {model_set.name}: {exc}") from exc
    report.echo_findings(found, output_format, model_set.name)
    raise findings_exit(found, SEVERITIES[fail_on])
