"""The installed pyang plugin: ``pyang -f nrm-tables`` and ``pyang --nrm-lint`` as subprocesses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import FIXTURES, ROOT, assert_golden

PYANG = Path(sys.executable).parent / "pyang"
BASELINE = ROOT / "yang" / "baseline"
COMMON = ROOT / "yang" / "common"
LINT = FIXTURES / "nrm" / "lint"


def pyang(*args: str) -> subprocess.CompletedProcess[str]:
    assert PYANG.exists(), "pyang must be installed in the venv next to python"
    return subprocess.run(
        [str(PYANG), *args], capture_output=True, text=True, timeout=120, check=False, cwd=ROOT
    )


def test_nrm_tables_format_is_registered() -> None:
    done = pyang("--help")
    assert "nrm-tables" in done.stdout
    assert "--nrm-lint" in done.stdout


def test_pyang_nrm_tables_markdown_golden() -> None:
    module = "yang/baseline/_3gpp-aiml-nrm-mltrainingfunction.yang"
    done = pyang("-f", "nrm-tables", "-p", "yang/baseline", "-p", "yang/common", module)
    assert done.returncode == 0, done.stderr
    assert_golden("tables/pyang-mltrainingfunction.md", done.stdout)


def test_pyang_nrm_tables_same_as_nrmkit_for_one_class() -> None:
    module = str(BASELINE / "_3gpp-aiml-nrm-mltrainingfunction.yang")
    args = ["-p", str(BASELINE), "-p", str(COMMON), module]
    done = pyang(
        "-f",
        "nrm-tables",
        "--nrm-tables-format",
        "csv",
        "--nrm-tables-ioc",
        "MLTrainingRequest",
        *args,
    )
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.startswith("class,kind,attribute,supportQualifier")
    assert rows[0].startswith("MLTrainingRequest,IOC,aIMLInferenceName,M,")


def test_pyang_nrm_tables_unknown_class_fails() -> None:
    module = str(BASELINE / "_3gpp-aiml-nrm-mltrainingfunction.yang")
    done = pyang(
        "-f",
        "nrm-tables",
        "--nrm-tables-ioc",
        "Nope",
        "-p",
        str(BASELINE),
        "-p",
        str(COMMON),
        module,
    )
    assert done.returncode != 0
    assert "no class" in done.stderr


def test_nrm_lint_reports_codes_and_includes_3gpp() -> None:
    directory = LINT / "tab"
    done = pyang(
        "--nrm-lint",
        "--print-error-code",
        "-p",
        str(directory),
        "-p",
        str(COMMON),
        str(directory / "_3gpp-test-nrm-lint.yang"),
    )
    assert done.returncode == 1
    assert ": error: NRM_TAB" in done.stderr
    assert ": error: 3GPP_TAB_IN_FILE" in done.stderr


def test_nrm_lint_clean_fixture_is_clean() -> None:
    directory = LINT / "clean"
    done = pyang(
        "--nrm-lint",
        "-p",
        str(directory),
        "-p",
        str(COMMON),
        str(directory / "_3gpp-test-nrm-lint.yang"),
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_nrm_lint_sees_inherited_config_false() -> None:
    directory = LINT / "invariant-inherited-config-false"
    done = pyang(
        "--nrm-lint",
        "--print-error-code",
        "-p",
        str(directory),
        "-p",
        str(COMMON),
        str(directory / "_3gpp-test-nrm-lint.yang"),
    )
    assert "_3gpp-test-nrm-lint.yang:31: error: NRM_INVARIANT_CONFIG_FALSE" in done.stderr
