"""What `make demo` runs: the main jobs of nrmkit on the bundled model sets.

Compiles every model set, validates every example (one line each, compared with
examples/manifest.toml), renders the stage-2 tables, and diffs each solution
against the baseline. Exits non-zero if an example's verdict is not the
manifest's or a model set does not compile.
"""

from __future__ import annotations

import sys
from pathlib import Path

from nrmkit._libyang import LibyangSchema
from nrmkit.check import check_model_set
from nrmkit.diagnostics import Severity
from nrmkit.diff import compare_sides
from nrmkit.manifest import load_manifest
from nrmkit.model import load_model_set
from nrmkit.modelsets import BUNDLED_MODEL_SETS, bundled_model_set
from nrmkit.render import render_tables
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


def tables_and_diffs() -> None:
    """Render each set's tables; diff and summarise each solution against the baseline."""
    for name in BUNDLED_MODEL_SETS:
        model = load_model_set(bundled_model_set(name))
        text = render_tables(model, "md", name)
        print(
            f"tables {name:<10} {len(model.iocs)} IOCs, {len(model.data_types)} data types: "
            f"{len(text.splitlines())} lines of Markdown (nrmkit tables --model {name})"
        )
    for summary in compare_sides("baseline", ("solution1", "solution2")):
        print(
            f"diff baseline -> {summary.name}: {summary.nbc} NBC, {summary.bc} BC, "
            f"{summary.editorial} editorial; qualifiers: {'; '.join(summary.qualifiers_changed)}; "
            f"multiplicities: {'; '.join(summary.multiplicities_changed)}"
        )


if __name__ == "__main__":
    ok = compile_sets() & validate_examples()
    tables_and_diffs()
    sys.exit(0 if ok else 1)
