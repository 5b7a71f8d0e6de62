"""SA5 NRM lint rules (the NRM_* codes) over a compiled model set.

NRM_FAMILY -- every NRM_* CodeSpec: the model view's NRM_MAP_* and the lint rules
lint_model_set -- compile a model set with pyang and run every rule
lint_context -- run every rule on an already compiled pyang context (pyang plugin)
lint_sources -- the pure part: rules over statements, the model view and file texts
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from nrmkit.diagnostics import Diagnostic
from nrmkit.errors import InputError
from nrmkit.lint.rules import (
    LINT_CODES,
    attribute_groupings,
    check_model,
    check_statements,
    check_text,
)
from nrmkit.lint.source import SourceStmt
from nrmkit.model.mapping import MAP_CODES
from nrmkit.model.view import NrmModel
from nrmkit.modelsets import ModelSet

NRM_FAMILY = MAP_CODES + LINT_CODES

__all__ = ["NRM_FAMILY", "SourceStmt", "lint_context", "lint_model_set", "lint_sources"]


def lint_sources(
    sources: Iterable[SourceStmt], model: NrmModel, texts: dict[str, str]
) -> tuple[Diagnostic, ...]:
    """Every NRM_* finding for these statements, model view and file texts (sorted, unique)."""
    found: set[Diagnostic] = set(model.issues)
    tops = tuple(sources)
    class_groupings = attribute_groupings(tops)
    for top in tops:
        found.update(check_statements(top, class_groupings))
    found.update(check_model(model))
    for file, text in texts.items():
        found.update(check_text(file, text))
    return tuple(sorted(found, key=Diagnostic.sort_key))


def lint_context(ctx: Any, primary: frozenset[str] | None) -> tuple[Diagnostic, ...]:
    """Run every rule on a validated pyang context.

    Raises:
        ModelLoadError: pyang found errors that leave the schema tree incomplete.
        InputError: a module file could not be read again for the format rules.
    """
    from nrmkit import _pyang  # noqa: PLC0415 - _pyang imports this package

    model = _pyang.view_of_context(ctx, primary)
    sources = _pyang.source_trees(ctx, primary)
    return lint_sources(sources, model, _texts(s.file for s in sources))


def lint_model_set(model_set: ModelSet) -> tuple[Diagnostic, ...]:
    """pyang's own findings (strict) in the linted modules plus every NRM_* finding.

    Raises:
        ModelLoadError: a module is missing, or pyang's errors stop the model view.
        InputError: a module file could not be read for the format rules.
    """
    from nrmkit import _pyang  # noqa: PLC0415 - _pyang imports this package

    ctx = _pyang.context_of(model_set)
    primary = frozenset(model_set.modules) or None
    files = {s.file for s in _pyang.source_trees(ctx, primary)}
    # as pyang's own command line: findings in modules only imported are not shown
    compiled = [d for d in _pyang.findings(ctx) if d.location.file in files]
    found = lint_context(ctx, primary)
    return tuple(sorted(set(compiled) | set(found), key=Diagnostic.sort_key))


def _texts(files: Iterable[str]) -> dict[str, str]:
    texts = {}
    for file in sorted(set(files)):
        try:
            texts[file] = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{file}: {exc}") from exc
    return texts
