"""Shared fixtures: repository paths, the examples manifest, a CLI runner."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from nrmkit.cli import main
from nrmkit.manifest import Example, load_manifest
from nrmkit.modelsets import ModelSet

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

RunCli = Callable[[Sequence[str]], Result]


@pytest.fixture
def run_cli() -> RunCli:
    """Run ``nrmkit ARGS`` in-process; crashes surface as tracebacks."""
    runner = CliRunner()

    def run(args: Sequence[str]) -> Result:
        return runner.invoke(main, list(args), catch_exceptions=False)

    return run


def manifest() -> tuple[Example, ...]:
    """The examples manifest (read at collection time for parametrisation)."""
    return load_manifest(EXAMPLES / "manifest.toml")


@dataclass(frozen=True)
class YanglintRun:
    """The outcome of one yanglint subprocess."""

    returncode: int
    stderr: str


def run_yanglint(model_set: ModelSet, document: Path, datatype: str = "data") -> YanglintRun:
    """Validate ``document`` with the real yanglint binary against ``model_set``."""
    yanglint = shutil.which("yanglint")
    assert yanglint, "yanglint must be installed (make installs libyang's tools)"
    args = [yanglint, "-D", "-t", datatype]
    for directory in model_set.search_path:
        args += ["-p", str(directory)]
    args += [str(m.path) for m in model_set.implemented_modules()]
    args.append(str(document))
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    return YanglintRun(done.returncode, done.stderr)


GOLDEN = Path(__file__).resolve().parent / "golden"


def assert_golden(name: str, actual: str) -> None:
    """Compare ``actual`` with ``tests/golden/NAME`` after normalising line endings only.

    Set NRMKIT_UPDATE_GOLDEN=1 to (re)write the golden file instead.
    """
    path = GOLDEN / name
    if os.environ.get("NRMKIT_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
    expected = path.read_text(encoding="utf-8")
    assert actual.replace("\r\n", "\n") == expected.replace("\r\n", "\n")
