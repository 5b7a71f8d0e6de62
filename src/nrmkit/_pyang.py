"""The one module that imports pyang's internals (pyang as a library).

compile_model_set -- compile a model set, return pyang's findings as Diagnostics
load_view -- compile a model set, return nrmkit's model view (NrmModel)
view_of_context -- the model view of an already compiled pyang context
source_trees -- the statements as written of modules and their submodules
context_of, findings -- a validated context of a model set, and its findings
SCHEMA_PYANG, SCHEMA_PYANG_WARNING -- the codes those findings carry
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pyang import context, error, repository

from nrmkit._pyang_nodes import source_stmt
from nrmkit._pyang_view import build_view
from nrmkit.diagnostics import CodeSpec, Diagnostic, Location, Severity
from nrmkit.errors import ModelLoadError
from nrmkit.lint.source import SourceStmt
from nrmkit.model.view import NrmModel
from nrmkit.modelsets import ModelSet

_MAJOR = 2  # pyang error levels: 1 critical, 2 major, 3 minor error, 4 warning

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
    return findings(new_context(model_set))


def findings(ctx: Any) -> tuple[Diagnostic, ...]:
    """pyang's errors and warnings of a validated context, as Diagnostics."""
    found = {_diagnostic(pos, tag, args) for pos, tag, args in ctx.errors}
    return tuple(sorted(found, key=Diagnostic.sort_key))


def context_of(model_set: ModelSet) -> Any:
    """``new_context``, with a missing module reported as ModelLoadError.

    Raises:
        ModelLoadError: a module is missing or unreadable.
    """
    try:
        return new_context(model_set)
    except FileNotFoundError as exc:
        raise ModelLoadError(str(exc)) from exc


def _diagnostic(pos: Any, tag: str, args: Any) -> Diagnostic:
    level = error.err_level(tag)
    spec = SCHEMA_PYANG_WARNING if error.is_warning(level) else SCHEMA_PYANG
    message = f"{error.err_to_str(tag, args)} [{tag}]"
    ref = str(Path(pos.ref)) if pos.ref else None
    return spec.at(Location(file=ref, line=pos.line or None), message, source="pyang")


def load_view(model_set: ModelSet) -> NrmModel:
    """Compile ``model_set`` with pyang and build nrmkit's model view of it.

    Classes are taken from the named modules of the set (every module on
    the path when none is named).

    Raises:
        ModelLoadError: a module is missing, unreadable, or has errors that
            leave the schema tree incomplete (pyang levels 1 and 2).
    """
    return view_of_context(context_of(model_set), frozenset(model_set.modules) or None)


def view_of_context(ctx: Any, primary: frozenset[str] | None) -> NrmModel:
    """The model view of an already validated pyang context.

    Raises:
        ModelLoadError: pyang found critical or major errors (levels 1, 2).
    """
    fatal = [_diagnostic(p, t, a) for p, t, a in ctx.errors if error.err_level(t) <= _MAJOR]
    if fatal:
        first = sorted(fatal, key=Diagnostic.sort_key)[0]
        raise ModelLoadError(
            f"{first.location.label()}: {first.message} ({len(fatal)} error(s) in total)"
        )
    modules = sorted(
        (m for m in ctx.modules.values() if m.keyword == "module"), key=lambda m: m.arg
    )
    return build_view(modules, primary)


def source_trees(ctx: Any, primary: frozenset[str] | None) -> tuple[SourceStmt, ...]:
    """The statements as written of the ``primary`` modules (all when None) and their submodules."""
    chosen = {}
    for stmt in ctx.modules.values():
        name = stmt.i_modulename if stmt.keyword == "submodule" else stmt.arg
        if primary is None or name in primary:
            chosen[(stmt.arg, stmt.pos.ref)] = stmt
    return tuple(source_stmt(chosen[key]) for key in sorted(chosen))
