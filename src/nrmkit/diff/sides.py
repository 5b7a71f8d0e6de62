"""The two sides of a diff: a bundled model set, a search path, or GITREF:DIR.

A side written ``GITREF:DIR`` is a directory of the current git repository at
a revision; it is read with ``git archive`` into a scratch directory, never
checked out, so the work tree is untouched.

resolve_side -- turn a side as written on the command line into a ModelSet
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path, PurePosixPath

from nrmkit.errors import ModelLoadError
from nrmkit.modelsets import BUNDLED_MODEL_SETS, ModelSet, bundled_model_set


def resolve_side(spec: str, shared: tuple[Path, ...], scratch: Path) -> ModelSet:
    """Resolve ``spec`` into a ModelSet whose search path ends with ``shared``.

    Args:
        spec: a bundled set name, ``DIR[:DIR...]`` (a search path), or ``GITREF:DIR``.
        shared: directories appended to the side's search path (e.g. common modules).
        scratch: an empty directory where a git revision's files may be written.

    Raises:
        ModelLoadError: the side names nothing that exists.
    """
    if spec in BUNDLED_MODEL_SETS:
        bundled = bundled_model_set(spec)
        return ModelSet(spec, bundled.search_path + shared)
    parts = spec.split(":")
    if all(Path(p).is_dir() for p in parts):
        return ModelSet(spec, tuple(Path(p) for p in parts) + shared)
    ref, _, directory = spec.partition(":")
    if not directory:
        raise ModelLoadError(f"{spec}: not a model set, a directory or GITREF:DIR")
    extracted = _extract_git_directory(ref, directory, scratch)
    return ModelSet(spec, (extracted, *shared))


def _extract_git_directory(ref: str, directory: str, scratch: Path) -> Path:
    """Write ``directory`` as it is at ``ref`` below ``scratch``; return its path."""
    toplevel = _git(["rev-parse", "--show-toplevel"], Path.cwd()).decode().strip()
    prefix = _repo_relative(Path(directory), Path(toplevel))
    archive = _git(["archive", "--format=tar", ref, "--", prefix], Path(toplevel))
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(scratch, filter="data")
    return scratch / prefix


def _repo_relative(directory: Path, toplevel: Path) -> str:
    absolute = (Path.cwd() / directory).resolve()
    try:
        return str(PurePosixPath(absolute.relative_to(toplevel.resolve())))
    except ValueError as exc:
        raise ModelLoadError(f"{directory}: not inside the git repository {toplevel}") from exc


def _git(args: list[str], cwd: Path) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as exc:
        raise ModelLoadError(f"git could not be run: {exc}") from exc
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise ModelLoadError(f"git {args[0]}: {message[-1] if message else 'failed'}")
    return done.stdout
