"""Benchmark: ``nrmkit tables`` against ``pyang -f tree`` on the same module sets.

Both tools compile the same modules from the same search path and print a
document; the target is nrmkit at most 1.5x pyang's wall time. Sets: the
bundled solution2 model set, and a generated set of 100 modules with 20
attributes each (2,000 attributes, ``benchmarks/synthetic.py``) placed under the
bundled ManagedElement.
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

from synthetic import write_module_set

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
COMMON = ROOT / "yang" / "common"
MODULES, ATTRIBUTES = 100, 20
TARGET = 1.5


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
        write_module_set(directory, MODULES, ATTRIBUTES)
        files = sorted(directory.glob("*.yang"))
        label = f"synthetic ({MODULES} modules, {MODULES * ATTRIBUTES} attrs)"
        ratios.append(_compare(label, [directory, COMMON], files, options.repeat, options.format))
    return 0 if max(ratios) <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
