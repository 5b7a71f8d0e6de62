"""``nrmkit compare BASELINE SOLUTION...``: the evaluation table of a TR."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import click

from nrmkit.cli.exits import unprocessable
from nrmkit.cli.options import output_format_option, shared_path_option, write_output
from nrmkit.errors import NrmkitError

if TYPE_CHECKING:
    from nrmkit.diff.compare import SolutionSummary

_ROWS = (
    ("attributes added", "attributes_added"),
    ("attributes removed", "attributes_removed"),
    ("support qualifiers changed", "qualifiers_changed"),
    ("multiplicities changed", "multiplicities_changed"),
    ("modules revised", "modules_revised"),
)


@click.command()
@click.argument("baseline")
@click.argument("solutions", nargs=-1, required=True)
@shared_path_option
@output_format_option("md", "html", "text", "json")
def compare(
    baseline: str, solutions: tuple[str, ...], shared: tuple[Path, ...], output_format: str
) -> None:
    """Evaluate solutions side by side against a baseline.

    Each side is written as for `nrmkit diff`. Per solution: attributes added or
    removed, support qualifiers and multiplicities changed, modules revised, and
    how many changes are NBC, BC and editorial; md and html give it as one table
    with a column per solution.

    \b
    Example:
      nrmkit compare baseline solution1 solution2
    """
    from nrmkit.diff import compare_sides  # noqa: PLC0415 - imports pyang

    try:
        summaries = compare_sides(baseline, solutions, shared)
    except NrmkitError as exc:
        raise unprocessable(str(exc)) from exc
    if output_format == "json":
        body = {"version": 1, "baseline": baseline, "solutions": [asdict(s) for s in summaries]}
        click.echo(json.dumps(body, indent=2, sort_keys=True))
        return
    if output_format in ("md", "html"):
        from nrmkit.render.compare import render_comparison  # noqa: PLC0415

        write_output(render_comparison(baseline, summaries, output_format), None)
        return
    for summary in summaries:
        for line in _text(baseline, summary):
            click.echo(line)


def _text(baseline: str, summary: SolutionSummary) -> Iterator[str]:
    values = asdict(summary)
    yield (
        f"{values['name']} against {baseline}: {values['nbc']} NBC, {values['bc']} BC, "
        f"{values['editorial']} editorial"
    )
    for label, key in _ROWS:
        items = values[key]
        yield f"  {label}: {len(items)}"
        yield from (f"    {item}" for item in items)
