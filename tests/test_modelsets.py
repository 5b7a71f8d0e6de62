"""Every bundled model set compiles with real pyang and real libyang."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from nrmkit import _pyang
from nrmkit._libyang import LibyangSchema
from nrmkit.check import check_model_set
from nrmkit.errors import ModelLoadError
from nrmkit.modelsets import BUNDLED_MODEL_SETS, ModelSet, bundled_model_set

from .conftest import FIXTURES

SOLUTIONS = ("solution1", "solution2")


@pytest.mark.parametrize("name", sorted(BUNDLED_MODEL_SETS))
def test_bundled_set_compiles_clean_with_pyang_strict(name: str) -> None:
    assert _pyang.compile_model_set(bundled_model_set(name)) == ()


@pytest.mark.parametrize("name", sorted(BUNDLED_MODEL_SETS))
def test_bundled_set_compiles_with_libyang(name: str) -> None:
    schema = LibyangSchema(bundled_model_set(name))
    assert schema.model_set.name == name


@pytest.mark.parametrize("name", SOLUTIONS)
def test_solution_revises_existing_modules_and_wins_over_baseline(name: str) -> None:
    files = bundled_model_set(name).module_files()
    revised = {m: f for m, f in files.items() if f.path.parent.name == name}
    assert revised, "a solution revises at least one module"
    baseline = bundled_model_set("baseline").module_files()
    for module, file in revised.items():
        assert module in baseline, "a solution revises modules, it adds none"
        assert file.path.read_text() != baseline[module].path.read_text(), module
    assert all(f.path.parent.name == "common" for m, f in files.items() if "common" in m)


@pytest.mark.parametrize("name", SOLUTIONS)
def test_solution_revision_is_newer_and_cites_tr_28858(name: str) -> None:
    revised = [
        f for f in bundled_model_set(name).module_files().values() if f.path.parent.name == name
    ]
    for module in revised:
        text = module.path.read_text(encoding="utf-8")
        baseline_text = (module.path.parent.parent / "baseline" / module.path.name).read_text(
            encoding="utf-8"
        )
        assert _first_revision(text) > _first_revision(baseline_text), module.name
        assert "TR 28.858" in text, module.name


def _first_revision(text: str) -> str:
    match = re.search(r'^\s*revision\s+"?(\d{4}-\d{2}-\d{2})', text, re.M)
    assert match, "module has a revision statement"
    return match.group(1)


def test_broken_module_set_is_reported_by_both_compilers() -> None:
    found = check_model_set(ModelSet.from_paths([FIXTURES / "yang" / "broken"]))
    codes = {d.code for d in found}
    assert {"SCHEMA_PYANG", "SCHEMA_LIBYANG"} <= codes
    pyang_lines = {d.location.line for d in found if d.code == "SCHEMA_PYANG"}
    assert 9 in pyang_lines, "the undefined type is on line 9"


def test_clean_fixture_set_has_no_findings() -> None:
    assert check_model_set(ModelSet.from_paths([FIXTURES / "yang" / "clean"])) == ()


def test_pyang_warning_is_a_warning_diagnostic() -> None:
    found = check_model_set(ModelSet.from_paths([FIXTURES / "yang" / "warning"]))
    assert [d.code for d in found] == ["SCHEMA_PYANG_WARNING"]


def test_missing_module_cannot_be_loaded() -> None:
    missing = ModelSet.from_paths([FIXTURES / "yang" / "clean"], ["no-such-module"])
    with pytest.raises(ModelLoadError, match="no-such-module"):
        LibyangSchema(missing)
    with pytest.raises(ModelLoadError, match="no-such-module"):
        check_model_set(missing)


@pytest.mark.parametrize("name", sorted(BUNDLED_MODEL_SETS))
def test_bundled_set_passes_pyang_3gpp(name: str) -> None:
    """TS 32.160 clause 6.2 rules as `pyang --3gpp` checks them (docs: D42)."""
    model_set = bundled_model_set(name)
    pyang = Path(sys.executable).parent / "pyang"
    path = ":".join(str(p) for p in model_set.search_path)
    files = [str(m.path) for m in model_set.implemented_modules()]
    done = subprocess.run(
        [str(pyang), "--3gpp", "-p", path, *files], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")
