"""Batch validation: many files, one compiled schema per worker process.

Workers are forked from the process that compiled the schema, so each holds
its own copy of the compiled context without compiling again; results come
back as plain Diagnostics in input order.

FileReport -- the findings for one file
validate_files -- validate files sequentially or with ``jobs`` workers
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from nrmkit._libyang import LibyangSchema
from nrmkit.diagnostics import Diagnostic
from nrmkit.validate import codes
from nrmkit.validate.engine import Options, check_document
from nrmkit.validate.inputs import load_document

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class FileReport:
    """One file's findings; ``unreadable`` when the file could not be read at all."""

    file: str
    diagnostics: tuple[Diagnostic, ...]
    unreadable: bool = False


@dataclass(frozen=True, slots=True)
class _Job:
    options: Options
    max_bytes: int


_WORKER: dict[str, LibyangSchema] = {}


def validate_files(
    schema: LibyangSchema,
    files: Sequence[Path],
    *,
    options: Options,
    max_bytes: int,
    jobs: int = 1,
    progress: Progress | None = None,
) -> list[FileReport]:
    """Validate ``files`` in order; ``progress`` is called with the count done so far."""
    job = _Job(options, max_bytes)
    workers = min(jobs if jobs > 0 else os.cpu_count() or 1, len(files))
    if workers <= 1:
        out = []
        for done, path in enumerate(files, 1):
            out.append(_one(schema, path, job))
            if progress:
                progress(done)
        return out
    import multiprocessing  # noqa: PLC0415 - only batch runs pay for it
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    _WORKER["schema"] = schema
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        chunk = max(1, len(files) // (workers * 8))
        reports = []
        for done, report in enumerate(
            pool.map(_in_worker, files, [job] * len(files), chunksize=chunk), 1
        ):
            reports.append(report)
            if progress:
                progress(done)
    return reports


def _in_worker(path: Path, job: _Job) -> FileReport:
    return _one(_WORKER["schema"], path, job)


def _one(schema: LibyangSchema, path: Path, job: _Job) -> FileReport:
    loaded = load_document(path, job.max_bytes)
    if isinstance(loaded, Diagnostic):
        return FileReport(str(path), (loaded,), loaded.code == codes.INST_UNREADABLE.code)
    return FileReport(loaded.file, check_document(schema, loaded, job.options))
