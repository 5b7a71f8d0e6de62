"""What `make demo` runs: compile every bundled model set, validate every example.

Prints one line per model set and per example document, and exits non-zero if
any result differs from what examples/manifest.toml says.
"""

from __future__ import annotations

import sys
from pathlib import Path

from nrmkit._libyang import LibyangSchema
from nrmkit.check import check_model_set
from nrmkit.diagnostics import Severity
from nrmkit.manifest import load_manifest
from nrmkit.modelsets import BUNDLED_MODEL_SETS, bundled_model_set
from nrmkit.validate import Options, validate_files

HERE = Path(__file__).resolve().parent


def compile_sets() -> bool:
    """Compile each bundled model set with pyang and libyang; one line each."""
    clean = True
    for name in BUNDLED_MODEL_SETS:
        model_set = bundled_model_set(name)
        found = check_model_set(model_set)
        modules = len(model_set.implemented_modules())
        verdict = "clean" if not found else f"{len(found)} finding(s)"
        print(f"model {name:<10} {modules} modules, pyang --strict + libyang: {verdict}")
        clean = clean and not found
    return clean


def validate_examples() -> bool:
    """Validate each example as `nrmkit validate` does; one line each."""
    schemas = {name: LibyangSchema(bundled_model_set(name)) for name in BUNDLED_MODEL_SETS}
    as_expected = True
    for example in load_manifest(HERE / "manifest.toml"):
        options = Options(datatype=example.datatype)
        (report,) = validate_files(
            schemas[example.model], [example.file], options=options, max_bytes=1 << 30
        )
        errors = [d for d in report.diagnostics if d.severity >= Severity.ERROR]
        matches = (not errors) is example.valid
        mark = "ok " if matches else "BAD"
        name = f"{example.file.relative_to(HERE)} [{example.model}]"
        if errors:
            first = errors[0]
            print(f"{mark} {name} invalid, line {first.location.line}: {first.code}")
        else:
            print(f"{mark} {name} valid")
        as_expected = as_expected and matches
    return as_expected


if __name__ == "__main__":
    sys.exit(0 if compile_sets() & validate_examples() else 1)
