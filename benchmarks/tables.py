"""Benchmark: ``nrmkit tables`` against ``pyang -f tree`` on the same module sets.

Both tools compile the same modules from the same search path and print a
document; the target is nrmkit at most 1.5x pyang's wall time. Sets: the
bundled solution2 model set, and a generated set of 100 modules with 20
attributes each (2,000 attributes) placed under the bundled ManagedElement.
Each command runs ``--repeat`` times (default 5); the best time counts.
Usage: ``python benchmarks/tables.py [--repeat N] [--format md|html|csv|json]``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
COMMON = ROOT / "yang" / "common"
MODULES, ATTRIBUTES = 100, 20
TARGET = 1.5

_LEAF_TYPES = (
    'type string { length "1..64"; }',
    'type uint32 { range "0..1000"; }',
    "type boolean;",
    "type enumeration { enum A; enum B; enum C; }",
)


def _attribute(i: int) -> str:
    extra = "mandatory true;" if i % 5 == 0 else ""
    if i % 7 == 0:
        return (
            f"    leaf-list attr{i} {{ type string; min-elements 1; ordered-by user;\n"
            f'      description "Attribute {i}."; }}\n'
        )
    if i % 11 == 0:
        extra = "config false;"
    return (
        f"    leaf attr{i} {{ {_LEAF_TYPES[i % len(_LEAF_TYPES)]} {extra}\n"
        f'      description "Attribute {i}."; }}\n'
    )


def synthetic_module(n: int) -> str:
    """One module: a class BenchN with ATTRIBUTES attributes, augmenting ManagedElement."""
    name = f"_3gpp-bench-nrm-c{n:03d}"
    body = "".join(_attribute(i) for i in range(ATTRIBUTES))
    return f"""module {name} {{
  yang-version 1.1;
  namespace urn:3gpp:sa5:{name};
  prefix b{n:03d}3gpp;
  import _3gpp-common-top {{ prefix top3gpp; }}
  import _3gpp-common-managed-element {{ prefix me3gpp; }}
  organization "3GPP SA5";
  description "Generated benchmark module.";
  revision 2025-01-01 {{ reference "CR-0001"; }}
  grouping Bench{n}Grp {{
    description "Attributes of Bench{n}.";
{body}  }}
  augment "/me3gpp:ManagedElement" {{
    list Bench{n} {{
      key id;
      description "Generated class.";
      uses top3gpp:Top_Grp;
      container attributes {{ uses Bench{n}Grp; }}
    }}
  }}
}}
"""


def _best(args: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def _compare(label: str, paths: list[Path], files: list[Path], repeat: int, fmt: str) -> float:
    search = [a for p in paths for a in ("-p", str(p))]
    tree = [str(BIN / "pyang"), "-f", "tree", *search, *map(str, files)]
    names = [a for f in files for a in ("-m", f.stem)]
    tables = [str(BIN / "nrmkit"), "tables", *search, *names, "--format", fmt]
    pyang_time = _best(tree, repeat)
    nrmkit_time = _best(tables, repeat)
    ratio = nrmkit_time / pyang_time
    verdict = "ok" if ratio <= TARGET else "over target"
    print(
        f"{label:<34} pyang -f tree {pyang_time:6.3f} s   nrmkit tables {nrmkit_time:6.3f} s"
        f"   ratio {ratio:4.2f} ({verdict})"
    )
    return ratio


def main() -> int:
    """Run both sets and print the times and ratios; exit 1 when a ratio misses the target."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--format", default="md", choices=("md", "html", "csv", "json"))
    options = parser.parse_args()
    solution2 = [ROOT / "yang" / d for d in ("solution2", "baseline", "common")]
    ours = sorted((ROOT / "yang" / "solution2").glob("*.yang"))
    label = "bundled solution2 (3 modules)"
    ratios = [_compare(label, solution2, ours, options.repeat, options.format)]
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        files = []
        for n in range(MODULES):
            path = directory / f"_3gpp-bench-nrm-c{n:03d}.yang"
            path.write_text(synthetic_module(n), encoding="utf-8")
            files.append(path)
        label = f"synthetic ({MODULES} modules, {MODULES * ATTRIBUTES} attrs)"
        ratios.append(_compare(label, [directory, COMMON], files, options.repeat, options.format))
    return 0 if max(ratios) <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
