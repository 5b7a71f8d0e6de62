"""What `make demo` runs: compile every bundled model set, validate every example.

Prints one line per model set and per example document, and exits non-zero if
any result differs from what examples/manifest.toml says.
"""

from __future__ import annotations

import sys
from pathlib import Path

from nrmkit._libyang import LibyangSchema
from nrmkit.check import check_model_set
from nrmkit.manifest import load_manifest
from nrmkit.modelsets import BUNDLED_MODEL_SETS, bundled_model_set

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
    """Validate each example against its model set; one line each."""
    schemas = {name: LibyangSchema(bundled_model_set(name)) for name in BUNDLED_MODEL_SETS}
    as_expected = True
    for example in load_manifest(HERE / "manifest.toml"):
        fmt = "json" if example.file.suffix == ".json" else "xml"
        text = example.file.read_text(encoding="utf-8")
        result = schemas[example.model].validate(text, fmt, example.datatype)
        verdict = "valid" if result.valid else "invalid"
        matches = result.valid is example.valid
        note = "" if result.valid else f": {result.messages[0][:90]}"
        mark = "ok " if matches else "BAD"
        print(f"{mark} {example.file.relative_to(HERE)} [{example.model}] {verdict}{note}")
        as_expected = as_expected and matches
    return as_expected


if __name__ == "__main__":
    sys.exit(0 if compile_sets() & validate_examples() else 1)
