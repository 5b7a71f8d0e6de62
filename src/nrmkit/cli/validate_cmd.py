"""``nrmkit validate``: instance documents against a model set, every error located."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import click

from nrmkit._libyang import LibyangSchema
from nrmkit.cli import report
from nrmkit.cli.exits import EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNPROCESSABLE, unprocessable
from nrmkit.cli.options import (
    SEVERITIES,
    fail_on_option,
    model_options,
    output_format_option,
    resolve_model_set,
)
from nrmkit.diagnostics import Severity
from nrmkit.errors import ModelLoadError
from nrmkit.validate import FileReport, Options, find_documents, validate_files

_PROGRESS_FROM = 20


@click.command()
@model_options
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--type",
    "datatype",
    type=click.Choice(["data", "config"]),
    default="data",
    show_default=True,
    help="config: configuration only; data: with config false nodes.",
)
@output_format_option("text", "json", "junit")
@fail_on_option
@click.option(
    "--max-errors",
    type=click.IntRange(1),
    default=100,
    show_default=True,
    help="Stop reporting a document's errors after this many.",
)
@click.option(
    "--json-style",
    type=click.Choice(["rfc7951", "3gpp"]),
    default="rfc7951",
    show_default=True,
    help="3gpp: normalise 3GPP REST JSON to RFC 7951 first.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(0),
    default=0,
    help="Worker processes (default 0: one per core).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(1),
    default=512 * 1024 * 1024,
    show_default=True,
    help="Refuse files larger than this.",
)
@click.option("--no-rules", is_flag=True, help="Skip the semantic rules (YANG only).")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
@click.option("-v", "--verbose", is_flag=True, help="Also print info findings (BOM, rewrites).")
def validate(  # noqa: PLR0917 - click passes options by name
    model: str | None,
    paths: tuple[Path, ...],
    modules: tuple[str, ...],
    inputs: tuple[Path, ...],
    datatype: str,
    output_format: str,
    fail_on: str,
    max_errors: int,
    json_style: str,
    jobs: int,
    max_bytes: int,
    no_rules: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Validate XML and RFC 7951 JSON instance documents; report every error.

    FILE or DIR arguments: directories are walked for *.xml and *.json; the
    format comes from the content. Exit codes: 0 valid, 1 findings at or above
    --fail-on, 2 usage, 3 a file or the model could not be read.

    \b
    Examples:
      nrmkit validate --model solution2 examples/solution2/
      nrmkit validate -p yang-models -p yang-models/external-yams -m _3gpp-common-top dump.xml
      nrmkit validate --model baseline --json-style 3gpp -v --format junit payload.json
    """
    model_set = resolve_model_set(model, paths, modules)
    try:
        schema = LibyangSchema(model_set)
    except ModelLoadError as exc:
        raise unprocessable(f"model {model_set.name}: {exc}") from exc
    options = Options(datatype, max_errors, json_style, not no_rules)  # type: ignore[arg-type]
    files = find_documents(inputs)
    with _progress(len(files)) as tick:
        reports = validate_files(
            schema, files, options=options, max_bytes=max_bytes, jobs=jobs, progress=tick
        )
    shown = [_shown(r, verbose) for r in reports]
    if not quiet:
        _print(output_format, shown, SEVERITIES[fail_on])
    _summary(shown)
    raise click.exceptions.Exit(_exit_code(reports, SEVERITIES[fail_on]))


def _shown(file_report: FileReport, verbose: bool) -> FileReport:
    kept = tuple(d for d in file_report.diagnostics if verbose or d.severity > Severity.INFO)
    return FileReport(file_report.file, kept, file_report.unreadable)


def _print(output_format: str, reports: Sequence[FileReport], fail_on: Severity) -> None:
    every = [d for r in reports for d in r.diagnostics]
    if output_format == "json":
        click.echo(report.json_document(every, files=len(reports)))
    elif output_format == "junit":
        click.echo(report.junit_document(((r.file, r.diagnostics) for r in reports), fail_on))
    else:
        for line in report.text_lines(every):
            click.echo(line)


def _summary(reports: Sequence[FileReport]) -> None:
    every = [d for r in reports for d in r.diagnostics]
    counts = {s: sum(1 for d in every if d.severity == s) for s in Severity}
    bad = sum(1 for r in reports if any(d.severity >= Severity.ERROR for d in r.diagnostics))
    click.echo(
        f"{len(reports)} file(s), {bad} invalid: {counts[Severity.ERROR]} error(s), "
        f"{counts[Severity.WARNING]} warning(s)",
        err=True,
    )
    for file_report in reports:
        if file_report.unreadable:
            reason = file_report.diagnostics[0].message
            click.echo(f"nrmkit: error: {file_report.file}: {reason}", err=True)


def _exit_code(reports: Sequence[FileReport], fail_on: Severity) -> int:
    if any(r.unreadable for r in reports):
        return EXIT_UNPROCESSABLE
    failing = any(d.severity >= fail_on for r in reports for d in r.diagnostics)
    return EXIT_FINDINGS if failing else EXIT_CLEAN


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr for long runs when stderr is a terminal."""
    if total < _PROGRESS_FROM or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=total, file=sys.stderr, label="validating") as bar:
        seen = [0]

        def tick(done: int) -> None:
            bar.update(done - seen[0])
            seen[0] = done

        yield tick
