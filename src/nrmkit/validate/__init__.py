"""Validate instance documents against a model set: ``nrmkit validate``.

Every finding is a Diagnostic with an INST_* code; see docs/validate.md for
the multi-error recovery, the input checks and the semantic rules.

INST_FAMILY -- every INST_* CodeSpec (libyang findings, input checks, semantic rules)
Options -- data type, error bound, JSON dialect, rules on/off
FileReport -- the findings for one file
find_documents -- files named on the command line, directories walked
validate_files -- validate files with one compiled schema (per worker)
"""

from nrmkit.validate.codes import INST_CODES
from nrmkit.validate.engine import Options
from nrmkit.validate.inputs import find_documents
from nrmkit.validate.rules import SEM_CODES
from nrmkit.validate.runner import FileReport, validate_files

INST_FAMILY = (*INST_CODES, *SEM_CODES)

__all__ = ["INST_FAMILY", "FileReport", "Options", "find_documents", "validate_files"]
