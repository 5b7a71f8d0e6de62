"""Map libyang data paths back to lines of the source document.

libyang 2.1.30 gives a line only for the first parse error. nrmkit therefore
indexes the source itself, lazily (only when a document has findings): XML
with lxml (no DTD, no entities, no network), JSON with a small iterative
scanner. A data path such as ``/a:X[id='1']/b:Y[id='2']/attributes/z`` is
resolved step by step on local names and key predicates; the line of the
deepest node found is the answer.

SourceIndex -- resolve a data path to a line
build_index -- the index of one document
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from lxml import etree

from nrmkit.instances import DataFormat

_STEP = re.compile(r"/((?:[^/\[]|\[(?:[^\]'\"]|'[^']*'|\"[^\"]*\")*\])+)")
_PRED = re.compile(r"\[(?:([\w.:-]+|\.)=(?:'([^']*)'|\"([^\"]*)\")|(\d+))\]")
_JSON_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}:,]|-?\d[\d.eE+-]*|true|false|null', re.S)


@dataclass(slots=True)
class Node:
    """One element (XML) or member/array entry (JSON) with its line and value."""

    name: str
    line: int
    text: str | None = None
    children: list[Node] = field(default_factory=list)


class SourceIndex:
    """Top-level nodes of a document; ``line_of`` resolves data paths."""

    def __init__(self, roots: list[Node]) -> None:
        self._roots = roots

    def line_of(self, data_path: str | None) -> int | None:
        """The line of the deepest node on ``data_path`` that exists in the source."""
        if not data_path:
            return None
        nodes, line = self._roots, None
        for step in _STEP.findall(data_path):
            found = _match(nodes, step)
            if found is None:
                break
            nodes, line = found.children, found.line
        return line


def build_index(data: bytes, fmt: DataFormat) -> SourceIndex:
    """Index ``data`` (already checked by ``inputs``); an unparsable one gives an empty index."""
    try:
        roots = _xml_roots(data) if fmt == "xml" else _json_roots(data)
    except (etree.XMLSyntaxError, ValueError, IndexError):
        roots = []
    return SourceIndex(roots)


def _match(nodes: list[Node], step: str) -> Node | None:
    name = step.split("[", 1)[0].rpartition(":")[2]
    preds = _PRED.findall(step)
    candidates = [n for n in nodes if n.name == name]
    for key, single, double, position in preds:
        if position:
            index = int(position) - 1
            candidates = candidates[index : index + 1]
        elif key == ".":
            candidates = [n for n in candidates if n.text == (single or double)]
        else:
            local = key.rpartition(":")[2]
            candidates = [n for n in candidates if _child_text(n, local) == (single or double)]
    return candidates[0] if candidates else None


def _child_text(node: Node, name: str) -> str | None:
    return next((c.text for c in node.children if c.name == name), None)


def _xml_roots(data: bytes) -> list[Node]:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    # Several top-level elements are allowed: wrap them, keeping every line where it is.
    declaration = re.match(rb"\s*<\?xml[^>]*\?>", data)
    if declaration:
        data = b" " * declaration.end() + data[declaration.end() :]
    wrapper = etree.fromstring(b"<nrmkit-root>" + data + b"</nrmkit-root>", parser)
    return [_xml_node(e) for e in wrapper if isinstance(e.tag, str)]


def _xml_node(top: etree._Element) -> Node:
    made = Node(etree.QName(top).localname, _line(top, 1))
    stack = [(top, made)]
    while stack:
        element, node = stack.pop()
        kids = [c for c in element if isinstance(c.tag, str)]
        if not kids:
            node.text = (element.text or "").strip()
        for child in kids:
            child_node = Node(etree.QName(child).localname, _line(child, node.line))
            node.children.append(child_node)
            stack.append((child, child_node))
    return made


def _line(element: etree._Element, fallback: int) -> int:
    line: object = element.sourceline
    return line if isinstance(line, int) else fallback


def _json_roots(data: bytes) -> list[Node]:
    """An iterative JSON scan: members become Nodes; array entries repeat their member."""
    scan = _JsonScan(data)
    for match in _JSON_TOKEN.finditer(data):
        scan.feed(match.group(0), match.start())
    return scan.top.children


class _JsonScan:
    """Stack machine over JSON tokens; frames are (node, array member name or None)."""

    def __init__(self, data: bytes) -> None:
        self._starts = [m.end() for m in re.finditer(rb"\n", data)]
        self.top = Node("", 1)
        self._stack: list[tuple[Node, str | None]] = []
        self._key = ""
        self._expect_key = False

    def feed(self, token: bytes, offset: int) -> None:
        """Take one token found at byte ``offset``."""
        if token in (b":", b","):
            self._expect_key = token == b"," and self._in_object()
        elif token in (b"}", b"]"):
            self._stack.pop()
            self._expect_key = False
        elif token == b"{":
            self._open_object(self._line(offset))
        elif token == b"[":
            node, name = self._stack[-1] if self._stack else (self.top, None)
            self._stack.append((node, name if name is not None else self._key))
        elif self._expect_key:
            self._key = _decode(token).rpartition(":")[2]
            self._expect_key = False
        elif self._stack:
            node, name = self._stack[-1]
            node.children.append(Node(self._member(), self._line(offset), _decode(token)))

    def _open_object(self, line: int) -> None:
        if not self._stack:
            self._stack.append((self.top, None))
        else:
            child = Node(self._member(), line)
            self._stack[-1][0].children.append(child)
            self._stack.append((child, None))
        self._expect_key = True

    def _member(self) -> str:
        name = self._stack[-1][1]
        return name if name is not None else self._key

    def _in_object(self) -> bool:
        return bool(self._stack) and self._stack[-1][1] is None

    def _line(self, offset: int) -> int:
        return bisect_right(self._starts, offset) + 1


def _decode(token: bytes) -> str:
    text = token.decode("utf-8", "replace")
    return text[1:-1] if text.startswith('"') else text
