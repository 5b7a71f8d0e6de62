"""The click group and its commands."""

from __future__ import annotations

from pathlib import Path

import click

from nrmkit import __version__
from nrmkit.cli import report
from nrmkit.cli.compare_cmd import compare
from nrmkit.cli.diff_cmd import diff
from nrmkit.cli.exits import findings_exit, unprocessable
from nrmkit.cli.lint_cmd import lint
from nrmkit.cli.options import model_options, output_format_option, resolve_model_set
from nrmkit.cli.tables_cmd import tables
from nrmkit.cli.validate_cmd import validate
from nrmkit.diagnostics import Severity
from nrmkit.errors import NrmkitError
from nrmkit.modelsets import BUNDLED_MODEL_SETS, bundled_model_set


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nrmkit")
def main() -> None:
    """Model, validate, tabulate and diff 3GPP SA5 NRMs in YANG.

    Exit codes: 0 clean, 1 findings, 2 usage error, 3 input could not be processed.
    """


@main.command()
def models() -> None:
    """List the bundled model sets and the module file each one uses.

    \b
    Example:
      nrmkit models
    """
    for name in BUNDLED_MODEL_SETS:
        model_set = bundled_model_set(name)
        click.echo(f"{name}:")
        for module in model_set.implemented_modules():
            click.echo(f"  {module.name}  {_short(module.path)}")


@main.command()
def codes() -> None:
    """List every diagnostic code with its severity, clause and meaning.

    \b
    Example:
      nrmkit codes
    """
    from nrmkit.codes import CODES  # noqa: PLC0415 - imports pyang; keep other commands fast

    for spec in CODES.values():
        click.echo(f"{spec.code:<28} {spec.severity.label:<8} {spec.clause:<24} {spec.summary}")


@main.command()
@model_options
@output_format_option("text", "json")
def check(
    model: str | None, paths: tuple[Path, ...], modules: tuple[str, ...], output_format: str
) -> None:
    """Compile a model set with pyang (strict) and libyang; report what they find.

    \b
    Examples:
      nrmkit check --model solution1
      nrmkit check -p yang-models -p yang-models/external-yams -m _3gpp-common-top
    """
    from nrmkit.check import check_model_set  # noqa: PLC0415 - imports pyang

    model_set = resolve_model_set(model, paths, modules)
    try:
        found = check_model_set(model_set)
    except NrmkitError as exc:
        raise unprocessable(str(exc)) from exc
    report.echo_findings(found, output_format, model_set.name)
    raise findings_exit(found, Severity.ERROR)


def _short(path: Path) -> str:
    parts = path.parts
    return "/".join(parts[-3:]) if len(parts) >= 3 else str(path)


main.add_command(validate)
main.add_command(diff)
main.add_command(compare)
main.add_command(tables)
main.add_command(lint)
