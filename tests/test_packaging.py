"""The wheel ships the YANG modules and templates; the console script is declared."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import ROOT


def test_wheel_contains_yang_and_templates(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("nrmkit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "nrmkit/yang/common/_3gpp-common-top.yang" in names
    assert any(n.startswith("nrmkit/yang/solution2/") for n in names)
    assert any(n.startswith("nrmkit/templates/") for n in names)
    assert "nrmkit/py.typed" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "nrmkit = nrmkit.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
