"""The INST_* diagnostic family: one code per kind of finding in an instance document.

INST_CODES -- every INST_* CodeSpec (semantic rules add theirs in ``rules``)
classify -- the CodeSpec for a libyang error
"""

from __future__ import annotations

import re

from nrmkit.diagnostics import CodeSpec, Severity
from nrmkit.instances import LyError

_ERR, _WARN, _INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
_SAFE = "nrmkit input safety (docs/validate.md)"

INST_UNREADABLE = CodeSpec("INST_UNREADABLE", _ERR, "The file could not be read at all", _SAFE)
INST_EMPTY = CodeSpec(
    "INST_EMPTY", _ERR, "The file is empty or holds only white space", "RFC 8259 §2"
)
INST_BINARY = CodeSpec(
    "INST_BINARY", _ERR, "The file holds NUL bytes: binary, not a document", _SAFE
)
INST_ENCODING = CodeSpec("INST_ENCODING", _ERR, "The document is not valid UTF-8", "RFC 8259 §8.1")
INST_BOM = CodeSpec("INST_BOM", _INFO, "A UTF-8 byte-order mark was skipped", "RFC 8259 §8.1")
INST_FORMAT = CodeSpec("INST_FORMAT", _ERR, "The content is neither XML nor JSON", "RFC 7950 §5.6")
INST_TOO_LARGE = CodeSpec("INST_TOO_LARGE", _ERR, "The file is larger than --max-bytes", _SAFE)
INST_TOO_DEEP = CodeSpec("INST_TOO_DEEP", _ERR, "Elements or values nest too deeply", _SAFE)
INST_DTD = CodeSpec(
    "INST_DTD", _ERR, "XML with a DOCTYPE or ENTITY declaration (never expanded)", _SAFE
)
INST_SYNTAX = CodeSpec(
    "INST_SYNTAX", _ERR, "The document is not well-formed XML or JSON", "XML 1.0"
)
INST_UNKNOWN_NODE = CodeSpec(
    "INST_UNKNOWN_NODE",
    _ERR,
    "A node (or namespace) the model set does not define",
    "RFC 7950 §8.3.1",
)
INST_TYPE = CodeSpec(
    "INST_TYPE", _ERR, "A value its type forbids (pattern, range, enum, …)", "RFC 7950 §9"
)
INST_STATE_IN_CONFIG = CodeSpec(
    "INST_STATE_IN_CONFIG",
    _ERR,
    "A config false node in a --type config document",
    "RFC 7950 §7.21.1",
)
INST_MANDATORY = CodeSpec("INST_MANDATORY", _ERR, "A mandatory node is missing", "RFC 7950 §7.6.5")
INST_CARDINALITY = CodeSpec(
    "INST_CARDINALITY", _ERR, "Too few or too many list/leaf-list entries", "RFC 7950 §7.7.5"
)
INST_UNIQUE = CodeSpec("INST_UNIQUE", _ERR, "A unique constraint is violated", "RFC 7950 §7.8.3")
INST_DUPLICATE = CodeSpec(
    "INST_DUPLICATE", _ERR, "A node or list entry appears twice", "RFC 7950 §7.8.2"
)
INST_LEAFREF = CodeSpec(
    "INST_LEAFREF", _ERR, "A leafref names no existing instance", "RFC 7950 §9.9"
)
INST_MUST = CodeSpec("INST_MUST", _ERR, "A must constraint of the module fails", "RFC 7950 §7.5.3")
INST_WHEN = CodeSpec("INST_WHEN", _ERR, "A node whose when condition is false", "RFC 7950 §7.21.5")
INST_YANG = CodeSpec("INST_YANG", _ERR, "Another libyang validation error", "RFC 7950 §8")
INST_MAX_ERRORS = CodeSpec(
    "INST_MAX_ERRORS", _WARN, "Stopped at --max-errors; more errors may follow", "docs/validate.md"
)
INST_RECOVERY_STOPPED = CodeSpec(
    "INST_RECOVERY_STOPPED", _WARN, "Multi-error recovery could not go on", "docs/validate.md"
)
INST_NORMALISED = CodeSpec(
    "INST_NORMALISED", _INFO, "--json-style 3gpp rewrote a member for RFC 7951", "RFC 7951 §4, §6.1"
)

INST_CODES = (
    INST_UNREADABLE,
    INST_EMPTY,
    INST_BINARY,
    INST_ENCODING,
    INST_BOM,
    INST_FORMAT,
    INST_TOO_LARGE,
    INST_TOO_DEEP,
    INST_DTD,
    INST_SYNTAX,
    INST_UNKNOWN_NODE,
    INST_TYPE,
    INST_STATE_IN_CONFIG,
    INST_MANDATORY,
    INST_CARDINALITY,
    INST_UNIQUE,
    INST_DUPLICATE,
    INST_LEAFREF,
    INST_MUST,
    INST_WHEN,
    INST_YANG,
    INST_MAX_ERRORS,
    INST_RECOVERY_STOPPED,
    INST_NORMALISED,
)

# libyang's own error-app-tags (RFC 7950 §15); any other tag comes from a module's must.
_BUILTIN_TAGS = frozenset(
    {"instance-required", "too-few-elements", "too-many-elements", "data-not-unique",
     "missing-choice", "must-violation"}
)  # fmt: skip
_BY_MESSAGE = (
    (re.compile(r"^Unexpected data state node"), INST_STATE_IN_CONFIG),
    (re.compile(r"not found as a child|^No \(implemented\) module|^Unknown "), INST_UNKNOWN_NODE),
    (re.compile(r"^Invalid leafref value"), INST_LEAFREF),
    (re.compile(r"^Mandatory (node|choice)"), INST_MANDATORY),
    (re.compile(r"^Too (few|many) "), INST_CARDINALITY),
    (re.compile(r"^Unique data leaf"), INST_UNIQUE),
    (re.compile(r"^Duplicate instance"), INST_DUPLICATE),
    (re.compile(r"^When condition"), INST_WHEN),
    (re.compile(r"^Must condition"), INST_MUST),
    (re.compile(r"^(Invalid|Unsatisfied) |^Value .* out of "), INST_TYPE),
)


def classify(error: LyError) -> CodeSpec:
    """The INST_* code for one libyang error (by kind, then app-tag, then message)."""
    if error.syntax:
        return INST_SYNTAX
    if error.app_tag and error.app_tag not in _BUILTIN_TAGS:
        return INST_MUST
    for pattern, spec in _BY_MESSAGE:
        if pattern.search(error.message):
            return spec
    return INST_YANG
