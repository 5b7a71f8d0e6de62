"""Reading instance documents safely: file walking, format detection, input checks.

Nothing here parses a document. The checks are byte-level and cheap (C-speed
``bytes`` operations), so a valid document costs almost nothing before libyang
sees it; the depth check, which needs a scan, runs only when libyang already
found a problem (see ``nesting_too_deep``).

Document -- one file's bytes, detected format and input notes
find_documents -- the files named on the command line, directories walked
load_document -- read and check one file: a Document or a located Diagnostic
nesting_too_deep -- the line where nesting first exceeds a bound, if it does
MAX_DEPTH -- that bound
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from nrmkit.diagnostics import Diagnostic, Location
from nrmkit.instances import DataFormat
from nrmkit.validate import codes

SUFFIXES = (".xml", ".json")
MAX_DEPTH = 256
_UTF8_BOM = b"\xef\xbb\xbf"
_OTHER_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
_XML_TOKEN = re.compile(rb"<(/?)(?:[!?][^>]*|[^>]*?(/?))>")
_JSON_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')


@dataclass(frozen=True, slots=True)
class Document:
    """One instance document, read and checked, ready for libyang."""

    file: str
    data: bytes
    fmt: DataFormat
    notes: tuple[Diagnostic, ...] = ()


def find_documents(paths: Iterable[Path]) -> tuple[Path, ...]:
    """Files as given, plus every ``*.xml``/``*.json`` under given directories (sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES))
        else:
            found.append(path)
    return tuple(found)


_ROOT_START = re.compile(rb"<[A-Za-z_:]")
# The first byte that is not XML/JSON white space, found without copying the data.
_NON_BLANK = re.compile(rb"[^ \t\r\n]")


def load_document(path: Path, max_bytes: int) -> Document | Diagnostic:
    """Read ``path`` and run the input checks; never raises for a bad file."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return codes.INST_TOO_LARGE.at(
                Location(name), f"file has {size} bytes, more than --max-bytes {max_bytes}"
            )
        data = path.read_bytes()
    except OSError as exc:
        return codes.INST_UNREADABLE.at(Location(name), f"cannot read: {exc.strerror or exc}")
    return check_bytes(name, data)


def check_bytes(name: str, data: bytes) -> Document | Diagnostic:
    """The byte-level checks of ``load_document`` on data already in memory."""
    notes: tuple[Diagnostic, ...] = ()
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
        notes = (codes.INST_BOM.at(Location(name, 1), "UTF-8 byte-order mark skipped"),)
    problem = _encoding_problem(name, data)
    if problem is not None:
        return problem
    fmt = detect_format(data, name)
    if fmt is None:
        return codes.INST_FORMAT.at(
            Location(name, 1), "content starts with neither '<' (XML) nor '{' (JSON)"
        )
    if fmt == "xml":
        declared = _declaration(name, data)
        if declared is not None:
            return declared
    return Document(name, data, fmt, notes)


def detect_format(data: bytes, name: str = "") -> DataFormat | None:
    """ "xml" or "json" from the first non-blank byte; the suffix only breaks a tie."""
    first = _NON_BLANK.search(data)
    head = data[first.start() : first.start() + 1] if first else b""
    if head == b"<":
        return "xml"
    if head in (b"{", b"["):
        return "json"
    if not head:
        return "json" if name.endswith(".json") else "xml" if name.endswith(".xml") else None
    return None


def nesting_too_deep(data: bytes, fmt: DataFormat, limit: int = MAX_DEPTH) -> int | None:
    """The 1-based line where nesting first exceeds ``limit``, or None.

    A linear scan with no recursion, run before the lenient second parse.
    """
    depth = 0
    for match in (_XML_TOKEN if fmt == "xml" else _JSON_TOKEN).finditer(data):
        token = match.group(0)
        if fmt == "xml":
            step = _xml_step(token, match)
        else:
            step = 1 if token in (b"{", b"[") else -1 if token in (b"}", b"]") else 0
        depth += step
        if depth > limit:
            return data.count(b"\n", 0, match.start()) + 1
    return None


def _xml_step(token: bytes, match: re.Match[bytes]) -> int:
    if token[1:2] in (b"!", b"?") or match.group(2):
        return 0
    return -1 if match.group(1) else 1


def _encoding_problem(name: str, data: bytes) -> Diagnostic | None:
    if _NON_BLANK.search(data) is None:
        return codes.INST_EMPTY.at(Location(name, 1), "no content")
    if data.startswith(_OTHER_BOMS):
        return codes.INST_ENCODING.at(Location(name, 1), "UTF-16/32 byte-order mark; use UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        return codes.INST_BINARY.at(Location(name, line), f"NUL byte at offset {nul}")
    if data.isascii():
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return codes.INST_ENCODING.at(
            Location(name, line),
            f"invalid UTF-8 byte 0x{data[exc.start]:02x} at offset {exc.start}",
        )
    return None


def _declaration(name: str, data: bytes) -> Diagnostic | None:
    """A DOCTYPE or ENTITY declaration in the prolog (XML 1.0 §2.8: before the root)."""
    root = _ROOT_START.search(data)
    prolog_end = root.start() if root else len(data)
    for marker in _DECLARATIONS:
        at = data.find(marker, 0, prolog_end)
        if at >= 0:
            line = data.count(b"\n", 0, at) + 1
            kind = marker.decode()[2:]
            return codes.INST_DTD.at(
                Location(name, line), f"{kind} declaration rejected; entities are never expanded"
            )
    return None
