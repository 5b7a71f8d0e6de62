"""Options shared by several commands, and their resolution to library inputs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from nrmkit.diagnostics import Severity
from nrmkit.modelsets import BUNDLED_MODEL_SETS, ModelSet, bundled_model_set

#: ``--fail-on`` choices: severity label -> Severity.
SEVERITIES = {s.label: s for s in Severity}

F = TypeVar("F", bound=Callable[..., Any])


def model_options(func: F) -> F:
    """``--model NAME`` or ``-p DIR ... [-m MODULE ...]``: which YANG to use."""
    func = click.option(
        "-m",
        "--module",
        "modules",
        multiple=True,
        metavar="NAME",
        help="Module to implement (repeatable); default: every module on the path.",
    )(func)
    func = click.option(
        "-p",
        "--path",
        "paths",
        multiple=True,
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="YANG search directory, highest priority first (repeatable).",
    )(func)
    return click.option(
        "--model",
        type=click.Choice(sorted(BUNDLED_MODEL_SETS)),
        help="A model set bundled with nrmkit.",
    )(func)


def resolve_model_set(
    model: str | None, paths: tuple[Path, ...], modules: tuple[str, ...]
) -> ModelSet:
    """Turn the model options into a ModelSet, or raise a usage error."""
    if model and (paths or modules):
        raise click.UsageError("give either --model or -p/-m, not both")
    if model:
        return bundled_model_set(model)
    if not paths:
        raise click.UsageError("give --model NAME or at least one -p DIR")
    return ModelSet.from_paths(paths, modules)


def output_format_option(*choices: str) -> Callable[[F], F]:
    """``--format`` restricted to ``choices``; the first is the default."""
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help="Report format.",
    )


def fail_on_option(func: F) -> F:
    """``--fail-on info|warning|error``: the lowest severity that makes the exit code 1."""
    return click.option(
        "--fail-on",
        type=click.Choice(list(SEVERITIES)),
        default="error",
        show_default=True,
        help="Lowest severity that makes the exit code 1.",
    )(func)


def shared_path_option(func: F) -> F:
    """``-p DIR``: directories searched after each side's own, for diff and compare."""
    return click.option(
        "-p",
        "--path",
        "shared",
        multiple=True,
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="Directory searched after each side's own (e.g. the common modules); repeatable.",
    )(func)


def output_option(func: F) -> F:
    """``-o FILE``: write the report to a file instead of standard output."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Write to FILE instead of standard output (required for docx).",
    )(func)


def write_output(text: str, output: Path | None) -> None:
    """Print ``text`` or write it to ``output``, ending with exactly one newline."""
    body = text if text.endswith("\n") else text + "\n"
    if output is None:
        click.echo(body, nl=False)
    else:
        output.write_text(body, encoding="utf-8")
