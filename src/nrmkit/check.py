"""Compile a model set with both schema front ends: pyang and libyang.

SCHEMA_CODES -- the SCHEMA_* diagnostic family
check_model_set -- every finding of both compilers, as Diagnostics
"""

from __future__ import annotations

from nrmkit import _pyang
from nrmkit._libyang import LibyangSchema
from nrmkit.diagnostics import CodeSpec, Diagnostic, Location, Severity
from nrmkit.errors import ModelLoadError
from nrmkit.modelsets import ModelSet

SCHEMA_LIBYANG = CodeSpec(
    "SCHEMA_LIBYANG", Severity.ERROR, "libyang could not compile the module set", "RFC 7950"
)
SCHEMA_CODES = (_pyang.SCHEMA_PYANG, _pyang.SCHEMA_PYANG_WARNING, SCHEMA_LIBYANG)


def check_model_set(model_set: ModelSet) -> tuple[Diagnostic, ...]:
    """Compile ``model_set`` with pyang (strict) and libyang.

    Raises:
        ModelLoadError: a module is missing or unreadable, so nothing compiled.
    """
    found = list(_pyang.compile_model_set(model_set))
    try:
        LibyangSchema(model_set)
    except ModelLoadError as exc:
        found.append(SCHEMA_LIBYANG.at(Location(file=model_set.name), str(exc), "libyang"))
    return tuple(sorted(found, key=Diagnostic.sort_key))
