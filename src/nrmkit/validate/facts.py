"""The semantic rules' view of a validated data tree: MOIs as plain Instances.

Facts -- look up MOIs by class and XPath filter, by leafref id, by DN
"""

from __future__ import annotations

import re

from nrmkit._libyang import DataTree, LibyangSchema
from nrmkit.instances import Instance

#: The leaves read for every MOI the rules look at (absent ones read as empty).
LEAVES = (
    "id",
    "attributes/mLModelId",
    "attributes/mLModelVersion",
    "attributes/aIMLInferenceName",
    "attributes/mLTrainingType",
    "attributes/mLModelRef",
    "attributes/sourceTrainedMLModelRef",
    "attributes/mLModelGeneratedRef",
    "attributes/trainingRequestRef",
    "attributes/trainingProcessRef",
    "attributes/trainingReportRef",
    "attributes/lastTrainingRef",
    "attributes/potentialInferenceScope",
    "attributes/finetuningModelIndication",
    "attributes/fineTuningIndication",
)
_ATTRIBUTE = re.compile(r"attributes/(\w+)")
_FIRST_STEP = re.compile(r"^/([^/\[]+)(\[[^\]]*\])")
_RDN = re.compile(r"(?<!\\),")


class Facts:
    """Queries over one tree; every answer is a tuple of Instances."""

    def __init__(self, schema: LibyangSchema, tree: DataTree) -> None:
        self._schema = schema
        self._tree = tree
        self._paths = schema.list_paths
        self._answers: dict[tuple[str, str], tuple[Instance, ...]] = {}

    def instances(self, cls: str, where: str = "") -> tuple[Instance, ...]:
        """Every ``cls`` MOI, or those matching the XPath predicate ``where``.

        Several rules ask the same question; each is answered once per document.
        """
        key = (cls, where)
        if key not in self._answers:
            self._answers[key] = self._query(cls, where)
        return self._answers[key]

    def _query(self, cls: str, where: str) -> tuple[Instance, ...]:
        found: list[Instance] = []
        for path in self._paths(cls):
            if not self._schema_has(path, where):
                continue
            xpath = f"{path}[{where}]" if where else path
            found.extend(self._tree.instances(xpath, LEAVES))
        return tuple(found)

    def _schema_has(self, path: str, where: str) -> bool:
        """False when ``where`` reads an attribute the list's schema lacks.

        Such a query can match nothing, and libyang would still walk every instance.
        """
        leaves = _ATTRIBUTE.findall(where)
        return all(self._schema.has_node(f"{path}/attributes/{leaf}") for leaf in leaves)

    def sibling(self, near: Instance, cls: str, ident: str | None) -> Instance | None:
        """The ``cls`` MOI with id ``ident`` in the same parent MOI as ``near``."""
        if ident is None or "'" in ident:
            return None
        parent = near.path.rsplit("/", 1)[0]
        found = self._tree.instances(f"{parent}/{cls}[id='{ident}']", LEAVES)
        return found[0] if found else None

    def model(self, near: Instance, ident: str | None) -> Instance | None:
        """The MLModel with id ``ident`` in any repository under ``near``'s top-level MOI."""
        top = _FIRST_STEP.match(near.path)
        if ident is None or "'" in ident or top is None:
            return None
        for path in self._paths("MLModel"):
            head, _, rest = path[1:].partition("/")
            if head == top.group(1):
                xpath = f"/{head}{top.group(2)}/{rest}[id='{ident}']"
                found = self._tree.instances(xpath, LEAVES)
                if found:
                    return found[0]
        return None

    def by_dn(self, cls: str, dn: str | None) -> Instance | None:
        """The ``cls`` MOI a DistinguishedName names (its trailing RDNs must match)."""
        if not dn:
            return None
        rdns = [r.split("=", 1) for r in _RDN.split(dn) if "=" in r]
        for path in self._paths(cls):
            steps = path[1:].split("/")
            if len(rdns) < len(steps) or any("'" in v for _, v in rdns):
                continue
            tail = rdns[len(rdns) - len(steps) :]
            if all(s.rpartition(":")[2] == c for s, (c, _) in zip(steps, tail, strict=True)):
                xpath = "".join(f"/{s}[id='{v}']" for s, (_, v) in zip(steps, tail, strict=True))
                found = self._tree.instances(xpath, LEAVES)
                if found:
                    return found[0]
        return None
