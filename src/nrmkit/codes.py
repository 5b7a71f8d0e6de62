"""Every diagnostic code nrmkit can emit, gathered from the code families.

CODES -- code -> CodeSpec, read-only, sorted by code
"""

from __future__ import annotations

from collections.abc import Mapping

from nrmkit.check import SCHEMA_CODES
from nrmkit.diagnostics import CodeSpec, registry
from nrmkit.diff.bookkeeping import DIFF_CODES
from nrmkit.lint import NRM_FAMILY
from nrmkit.validate import INST_FAMILY

CODES: Mapping[str, CodeSpec] = registry(SCHEMA_CODES, INST_FAMILY, DIFF_CODES, NRM_FAMILY)
