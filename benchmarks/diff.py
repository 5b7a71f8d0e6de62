"""Benchmark: `nrmkit diff` against `pyang --check-update-from` run module by module.

Two synthetic sets of 100 modules (2,000 attributes; 50 modules changed on the new
side) are diffed by one `nrmkit diff` run, and by one `pyang --check-update-from`
run per module (pyang compares one module at a time), in the same run.
Usage: ``python benchmarks/diff.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import write_module_set

ROOT = Path(__file__).resolve().parent.parent
COMMON = ROOT / "yang" / "common"
BIN = Path(sys.executable).parent


def timed(args: list[str]) -> float:
    """Wall seconds of one command (its output is discarded)."""
    start = time.perf_counter()
    subprocess.run(args, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> None:
    """Generate both sides, run both tools, print the table."""
    with tempfile.TemporaryDirectory(prefix="nrmkit-bench-diff-") as scratch:
        old, new = Path(scratch) / "old", Path(scratch) / "new"
        write_module_set(old, 100, 20)
        write_module_set(new, 100, 20, changed=50)
        nrmkit = timed([str(BIN / "nrmkit"), "diff", str(old), str(new), "-p", str(COMMON)])
        pyang = 0.0
        for module in sorted(new.glob("*.yang")):
            pyang += timed([
                str(BIN / "pyang"), "--check-update-from", str(old / module.name),
                "-P", str(COMMON), "-p", str(COMMON), str(module),
            ])  # fmt: skip
    print("| tool | modules | wall time |")
    print("|---|---|---|")
    print(f"| pyang --check-update-from, one run per module | 100 | {pyang:.2f} s |")
    print(f"| nrmkit diff, one run | 100 | {nrmkit:.2f} s |")
    print(f"nrmkit / pyang loop: {nrmkit / pyang:.2f}x")


if __name__ == "__main__":
    main()
