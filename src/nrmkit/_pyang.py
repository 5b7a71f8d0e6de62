"""The one module that imports pyang's internals (pyang as a library).

compile_model_set -- compile a model set, return pyang's findings as Diagnostics
SCHEMA_PYANG, SCHEMA_PYANG_WARNING -- the codes those findings carry
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pyang import context, error, repository

from nrmkit.diagnostics import CodeSpec, Diagnostic, Location, Severity
from nrmkit.errors import ModelLoadError
from nrmkit.modelsets import ModelSet

SCHEMA_PYANG = CodeSpec(
    "SCHEMA_PYANG", Severity.ERROR, "pyang reported an error compiling the module set", "RFC 7950"
)
SCHEMA_PYANG_WARNING = CodeSpec(
    "SCHEMA_PYANG_WARNING",
    Severity.WARNING,
    "pyang reported a warning compiling the module set",
    "RFC 7950",
)


def new_context(model_set: ModelSet) -> Any:
    """A strict pyang Context with the model set's modules added and validated.

    Raises:
        ModelLoadError: a named module is not on the search path or unreadable.
    """
    path = ":".join(str(p) for p in model_set.search_path)
    ctx = context.Context(repository.FileRepository(path, use_env=False, no_path_recurse=True))
    ctx.strict = True
    try:
        modules = model_set.implemented_modules()
        for module in modules:
            text = module.path.read_text(encoding="utf-8")
            ctx.add_module(str(module.path), text, primary_module=True)
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelLoadError(str(exc)) from exc
    ctx.validate()
    return ctx


def compile_model_set(model_set: ModelSet) -> tuple[Diagnostic, ...]:
    """Compile ``model_set`` with pyang; every error or warning becomes a Diagnostic."""
    ctx = new_context(model_set)
    found = {_diagnostic(pos, tag, args) for pos, tag, args in ctx.errors}
    return tuple(sorted(found, key=Diagnostic.sort_key))


def _diagnostic(pos: Any, tag: str, args: Any) -> Diagnostic:
    level = error.err_level(tag)
    spec = SCHEMA_PYANG_WARNING if error.is_warning(level) else SCHEMA_PYANG
    message = f"{error.err_to_str(tag, args)} [{tag}]"
    ref = str(Path(pos.ref)) if pos.ref else None
    return spec.at(Location(file=ref, line=pos.line or None), message, source="pyang")
