"""The wheel ships the YANG modules and templates, and finds them through the package."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import ROOT


def _wheel(tmp: str) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", tmp, str(ROOT)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (wheel,) = Path(tmp).glob("nrmkit-*.whl")
    return wheel


def test_wheel_contains_yang_templates_and_entry_points(tmp_path: Path) -> None:
    wheel = _wheel(str(tmp_path))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "nrmkit/yang/common/_3gpp-common-top.yang" in names
    assert any(n.startswith("nrmkit/yang/solution2/") for n in names)
    assert "nrmkit/templates/diff.md.j2" in names
    assert "nrmkit/py.typed" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "nrmkit = nrmkit.cli:main" in text
    assert "nrmkit = nrmkit.pyang_plugin:pyang_plugin_init" in text


def test_installed_wheel_finds_its_data_through_the_package(tmp_path: Path) -> None:
    target = tmp_path / "site"
    wheel = _wheel(str(tmp_path / "wheel"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q",
         "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    probe = (
        "from nrmkit._resources import shipped_dir;"
        "from nrmkit.check import check_model_set;"
        "from nrmkit.modelsets import bundled_model_set;"
        "print(shipped_dir('yang'));"
        "print(shipped_dir('templates'));"
        "print(len(check_model_set(bundled_model_set('solution1'))))"
    )
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    yang, templates, findings = done.stdout.split()
    assert Path(yang) == target / "nrmkit" / "yang"
    assert Path(templates) == target / "nrmkit" / "templates"
    assert findings == "0"
