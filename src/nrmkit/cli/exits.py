"""Exit codes and the one-line error a command prints when it cannot go on.

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_UNPROCESSABLE -- 0, 1, 2, 3
unprocessable -- print ``nrmkit: error: …`` and return the exit-3 exception
findings_exit -- the exit exception for a list of findings and a threshold
"""

from __future__ import annotations

from collections.abc import Iterable

import click

from nrmkit.diagnostics import Diagnostic, Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_UNPROCESSABLE = 0, 1, 2, 3


def unprocessable(message: str) -> click.exceptions.Exit:
    """Print ``nrmkit: error: MESSAGE`` on stderr; return the exit-3 exception to raise."""
    click.echo(f"nrmkit: error: {message}", err=True)
    return click.exceptions.Exit(EXIT_UNPROCESSABLE)


def findings_exit(found: Iterable[Diagnostic], threshold: Severity) -> click.exceptions.Exit:
    """Exit 1 when a finding is at or above ``threshold``, else 0."""
    failing = any(d.severity >= threshold for d in found)
    return click.exceptions.Exit(EXIT_FINDINGS if failing else EXIT_CLEAN)
