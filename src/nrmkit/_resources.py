"""Where the YANG modules and templates shipped with nrmkit live.

In a wheel they sit inside the package (``nrmkit/yang``, ``nrmkit/templates``);
in an editable install from a source checkout they sit at the repository's top
level. Both are found relative to this file, never through the current directory.
"""

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def shipped_dir(name: str) -> Path:
    """Return the directory of shipped data ``name`` ("yang" or "templates").

    Raises:
        FileNotFoundError: neither the packaged nor the source-tree copy exists.
    """
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"nrmkit data directory {name!r} is missing from the installation")
