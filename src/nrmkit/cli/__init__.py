"""The ``nrmkit`` command line: thin commands over the library.

Each command parses its options, calls one library function, reports, and
returns an exit code: 0 clean, 1 findings, 2 usage, 3 input not processable.
"""

from nrmkit.cli.commands import main

__all__ = ["main"]
