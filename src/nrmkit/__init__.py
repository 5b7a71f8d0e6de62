"""nrmkit: model, validate, tabulate and diff 3GPP SA5 NRMs in YANG.

Public names:
    ModelSet, bundled_model_set, BUNDLED_MODEL_SETS -- ordered YANG search paths
    Diagnostic, Location, Severity -- findings as values
    check_model_set -- compile a model set with pyang and libyang
"""

from nrmkit.diagnostics import Diagnostic, Location, Severity
from nrmkit.modelsets import BUNDLED_MODEL_SETS, ModelSet, bundled_model_set

__version__ = "0.1.0"

__all__ = [
    "BUNDLED_MODEL_SETS",
    "Diagnostic",
    "Location",
    "ModelSet",
    "Severity",
    "__version__",
    "bundled_model_set",
]
