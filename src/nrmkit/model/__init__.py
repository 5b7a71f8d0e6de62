"""nrmkit's model view of an NRM and the stage-2 mapping rules.

load_model -- compile YANG modules with pyang and build the view
load_model_set -- the same for a ModelSet
NrmModel, ModuleInfo, Ioc, DataType, Attribute, TypeInfo, AllowedValues,
Condition, YangFacts, SourceRef, SupportQualifier -- the view's values
RULES -- the stage-2 mapping rules (see ``nrmkit.model.mapping``)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from nrmkit.model.mapping import RULES
from nrmkit.model.view import (
    AllowedValues,
    Attribute,
    Condition,
    DataType,
    Ioc,
    ModuleInfo,
    NrmModel,
    SourceRef,
    SupportQualifier,
    TypeInfo,
    YangFacts,
)
from nrmkit.modelsets import ModelSet

__all__ = [
    "RULES",
    "AllowedValues",
    "Attribute",
    "Condition",
    "DataType",
    "Ioc",
    "ModuleInfo",
    "NrmModel",
    "SourceRef",
    "SupportQualifier",
    "TypeInfo",
    "YangFacts",
    "load_model",
    "load_model_set",
]


def load_model(paths: Iterable[Path | str], modules: Iterable[str] = ()) -> NrmModel:
    """Compile ``modules`` found on the search ``paths`` and build the model view.

    Args:
        paths: YANG search directories, highest priority first.
        modules: modules whose classes to report; all modules on the path when empty.

    Raises:
        ModelLoadError: the modules could not be found or compiled.
    """
    return load_model_set(ModelSet.from_paths(paths, modules))


def load_model_set(model_set: ModelSet) -> NrmModel:
    """Build the model view of ``model_set`` (see ``load_model``).

    Raises:
        ModelLoadError: the modules could not be found or compiled.
    """
    from nrmkit._pyang import load_view  # noqa: PLC0415 - pyang only when loading

    return load_view(model_set)
