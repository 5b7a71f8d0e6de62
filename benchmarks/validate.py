"""Benchmark: ``nrmkit validate`` against ``yanglint`` on the same generated inputs.

Generates instance documents of 1k, 10k, 100k and 500k MOIs (XML and RFC 7951 JSON)
spread over model repositories and training functions under one SubNetwork
(no top-level list explosion, which libyang handles quadratically), plus 1,000
small files; runs both tools on each input in the same run and prints wall
time, peak RSS and the ratios. Usage: ``python benchmarks/validate.py [--quick]``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nrmkit.modelsets import bundled_model_set  # noqa: E402

PER_GROUP = 1000
MF = "_3gpp-aiml-nrm-mltrainingfunction"
MR = "_3gpp-aiml-nrm-mlmodelrepository"


def _group(g: int, size: int) -> tuple[dict[str, Any], dict[str, Any]]:
    models = size // 2 - 1
    requests = (size - models - 2) // 2
    processes = size - models - 2 - requests
    repo = {
        "id": f"Repo{g}",
        "MLModel": [
            {
                "id": f"M{g}-{i}",
                "attributes": {
                    "mLModelId": f"model-{i}",
                    "mLModelVersion": f"1.{g}",
                    "aIMLInferenceName": "NG_RAN_LOAD_BALANCING",
                },
            }
            for i in range(models)
        ],
    }
    function = {
        "id": f"MLT{g}",
        "attributes": {"mLModelRepositoryRef": f"Repo{g}"},
        "MLTrainingRequest": [
            {
                "id": f"Req{i}",
                "attributes": {
                    "aIMLInferenceName": "NG_RAN_LOAD_BALANCING",
                    "requestStatus": "FINISHED",
                },
            }
            for i in range(requests)
        ],
        "MLTrainingProcess": [
            {
                "id": f"Proc{i}",
                "attributes": {"priority": 1, "trainingRequestRef": f"Req{i % requests}"},
            }
            for i in range(processes)
        ],
    }
    return repo, function


def document(mois: int) -> dict[str, Any]:
    """An RFC 7951 document with ``mois`` MOIs in groups of 1,000."""
    groups = [_group(g, min(PER_GROUP, mois)) for g in range(max(1, mois // PER_GROUP))]
    subnetwork = {
        "id": "SN1",
        f"{MR}:MLModelRepository": [r for r, _ in groups],
        f"{MF}:MLTrainingFunction": [f for _, f in groups],
    }
    return {"_3gpp-common-subnetwork:SubNetwork": [subnetwork]}


def to_xml(doc: dict[str, Any]) -> str:
    """The same content as XML."""
    out = ['<SubNetwork xmlns="urn:3gpp:sa5:_3gpp-common-subnetwork">']
    sub = doc["_3gpp-common-subnetwork:SubNetwork"][0]
    out.append(f"<id>{sub['id']}</id>")
    for key, items in sub.items():
        if key == "id":
            continue
        module, _, name = key.partition(":")
        for item in items:
            out.append(f'<{name} xmlns="urn:3gpp:sa5:{module}">')
            out.append(_xml_body(item))
            out.append(f"</{name}>")
    out.append("</SubNetwork>")
    return "\n".join(out) + "\n"


def _xml_body(item: dict[str, Any]) -> str:
    parts = []
    for key, value in item.items():
        if isinstance(value, list):
            parts.extend(f"<{key}>{_xml_body(v)}</{key}>" for v in value)
        elif isinstance(value, dict):
            parts.append(f"<{key}>{_xml_body(value)}</{key}>")
        else:
            parts.append(f"<{key}>{value}</{key}>")
    return "".join(parts)


# Peak RSS must be read from a small parent: Linux charges a child, at exec, with
# the memory of the process it was forked from, and this benchmark is large.
_LAUNCHER = """
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    fd = os.open(os.devnull, os.O_WRONLY)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def measure(args: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB and exit code of one command."""
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *args], capture_output=True, text=True, check=True
    )
    seconds, rss_kb, code = done.stdout.split()
    return float(seconds), int(rss_kb) / 1024, int(code)


def yanglint_args() -> list[str]:
    """yanglint with exactly the files nrmkit loads for the baseline set."""
    model_set = bundled_model_set("baseline")
    args = [shutil.which("yanglint") or "yanglint", "-t", "data"]
    return args + [str(m.path) for m in model_set.implemented_modules()]


def nrmkit_args(*extra: str) -> list[str]:
    """nrmkit validate against the baseline set."""
    executable = Path(sys.executable).parent / "nrmkit"
    return [str(executable), "validate", "-q", "--model", "baseline", *extra]


def row(label: str, yl: tuple[float, float, int], nk: tuple[float, float, int]) -> str:
    """One table row with both tools and the ratios."""
    return (
        f"| {label} | {yl[0]:.2f} s / {yl[1]:.0f} MB | {nk[0]:.2f} s / {nk[1]:.0f} MB "
        f"| {nk[0] / yl[0]:.2f}x | {nk[1] / yl[1]:.2f}x | {yl[2]}/{nk[2]} |"
    )


def main() -> None:
    """Generate, run, print the table."""
    sizes = [1000, 10_000] if "--quick" in sys.argv else [1000, 10_000, 100_000, 500_000]
    work = Path(tempfile.mkdtemp(prefix="nrmkit-bench-"))
    print("| input | yanglint time / RSS | nrmkit time / RSS | time ratio | RSS ratio | exit |")
    print("|---|---|---|---|---|---|")
    times: dict[str, float] = {}
    for mois in sizes:
        doc = document(mois)
        for fmt, text in (("xml", to_xml(doc)), ("json", json.dumps(doc))):
            path = work / f"doc-{mois}.{fmt}"
            path.write_text(text)
            yl = measure([*yanglint_args(), str(path)])
            nk = measure([*nrmkit_args(), str(path)])
            times[f"{fmt}{mois}"] = nk[0]
            print(row(f"{mois} MOIs {fmt}", yl, nk))
    small = work / "small"
    small.mkdir()
    text = to_xml(document(20))
    for i in range(1000):
        (small / f"doc{i:04}.xml").write_text(text)
    start = time.perf_counter()
    for path in sorted(small.iterdir()):
        subprocess.run([*yanglint_args(), str(path)], capture_output=True, check=False)
    yl_total = time.perf_counter() - start
    nk = measure([*nrmkit_args(), str(small)])
    print(f"| 1,000 small files | {yl_total:.2f} s (one yanglint per file) | {nk[0]:.2f} s "
          f"| {yl_total / nk[0]:.1f}x faster | | -/{nk[2]} |")  # fmt: skip
    for fmt in ("xml", "json"):
        steps = [(m, times[f"{fmt}{m}"]) for m in sizes]
        growth = ", ".join(
            f"{tb / ta:.1f}x time for {mb // ma}x MOIs" for (ma, ta), (mb, tb) in pairwise(steps)
        )
        print(f"nrmkit {fmt}: {growth}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
