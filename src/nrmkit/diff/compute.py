"""Diff two NRM model views: every change, at schema and stage-2 level, classified.

diff_models -- a pure function from two NrmModels to a ModelDiff
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

from nrmkit.diff.attributes import Pair, schema_changes, stage2_changes
from nrmkit.diff.changes import Change, ChangeKind, Level, ModelDiff
from nrmkit.diff.rules import classify
from nrmkit.model.view import Attribute, DataType, Ioc, ModuleInfo, NrmModel

K = ChangeKind


#: What attributes belong to: an IOC or a (structured) data type.
Owner = Ioc | DataType


class _Named(Protocol):
    @property
    def name(self) -> str: ...


N = TypeVar("N", bound=_Named)


def diff_models(old: NrmModel, new: NrmModel, old_label: str, new_label: str) -> ModelDiff:
    """Every change from ``old`` to ``new``, sorted by module and path."""
    found = [
        *_module_changes(old.modules, new.modules),
        *_owner_changes(old.iocs, new.iocs, K.IOC_ADDED, K.IOC_REMOVED),
        *_owner_changes(old.data_types, new.data_types, K.DATA_TYPE_ADDED, K.DATA_TYPE_REMOVED),
    ]
    return ModelDiff(old_label, new_label, tuple(sorted(found, key=Change.sort_key)))


def _by_name(items: Iterable[N]) -> dict[str, N]:
    return {item.name: item for item in items}


def _matched(old: Iterable[N], new: Iterable[N]) -> tuple[list[N], list[N], list[tuple[N, N]]]:
    """(only old, only new, both) by name, each in name order."""
    before, after = _by_name(old), _by_name(new)
    gone = [before[n] for n in sorted(before.keys() - after.keys())]
    came = [after[n] for n in sorted(after.keys() - before.keys())]
    both = [(before[n], after[n]) for n in sorted(before.keys() & after.keys())]
    return gone, came, both


def _module_changes(old: Iterable[ModuleInfo], new: Iterable[ModuleInfo]) -> Iterator[Change]:
    gone, came, both = _matched(old, new)
    for module in gone:
        yield _module_change(K.MODULE_REMOVED, module.name, module.namespace, None)
    for module in came:
        yield _module_change(K.MODULE_ADDED, module.name, None, module.namespace)
    for before, after in both:
        if before.namespace != after.namespace:
            yield _module_change(K.NAMESPACE_CHANGED, after.name, before.namespace, after.namespace)
        if before.prefix != after.prefix:
            yield _module_change(K.PREFIX_CHANGED, after.name, before.prefix, after.prefix)
        if before.revision != after.revision:
            yield _module_change(K.REVISION_ADDED, after.name, before.revision, after.revision)


def _module_change(kind: K, module: str, old: str | None, new: str | None) -> Change:
    compat, clause = classify(kind, True)
    return Change(kind, Level.SCHEMA, compat, module, f"/{module}", old, new, clause)


def _owner_changes(
    old: Iterable[Owner], new: Iterable[Owner], added: K, removed: K
) -> Iterator[Change]:
    gone, came, both = _matched(old, new)
    for owner in gone:
        yield from _owner_change(removed, owner, K.NODE_REMOVED)
    for owner in came:
        yield from _owner_change(added, owner, K.NODE_ADDED)
    for before, after in both:
        yield from _attribute_changes(after, before.attributes)


def _owner_change(kind: K, owner: Owner, schema_kind: K) -> Iterator[Change]:
    """The class added or removed, seen at both levels."""
    path = _owner_path(owner)
    for level, what in ((Level.SCHEMA, schema_kind), (Level.STAGE2, kind)):
        compat, clause = classify(what, True)
        yield Change(what, level, compat, owner.module, path, None, None, clause, owner.name)


def _owner_path(owner: Owner) -> str:
    """The class's first schema path, or ``/module:grouping`` for a data type."""
    if isinstance(owner, Ioc) and owner.yang_paths:
        return owner.yang_paths[0]
    name = owner.yang_name if isinstance(owner, DataType) else owner.name
    return f"/{owner.module}:{name}"


def _attribute_changes(owner: Owner, old: tuple[Attribute, ...]) -> Iterator[Change]:
    """Changes of the attributes of ``owner`` (new side) against ``old``."""
    name, base = owner.name, _owner_path(owner)
    gone, came, both = _matched(old, owner.attributes)
    for attribute in gone:
        yield from _one_sided(
            Pair(name, base, attribute, attribute), K.NODE_REMOVED, K.ATTRIBUTE_REMOVED
        )
    for attribute in came:
        schema_kind = K.MANDATORY_NODE_ADDED if _required(attribute) else K.NODE_ADDED
        yield from _one_sided(
            Pair(name, base, attribute, attribute), schema_kind, K.ATTRIBUTE_ADDED
        )
    for before, after in both:
        pair = Pair(name, base, before, after)
        linked = tuple(schema_changes(pair))
        yield from linked
        yield from stage2_changes(pair, linked)


def _required(attribute: Attribute) -> bool:
    return attribute.yang.mandatory or (attribute.yang.min_elements or 0) > 0


def _one_sided(pair: Pair, schema_kind: K, stage2_kind: K) -> Iterator[Change]:
    """An attribute only one side has: the node change and its stage-2 row, same class."""
    schema = pair.change(schema_kind)
    yield schema
    stage2 = pair.change(stage2_kind, level=Level.STAGE2)
    yield Change(
        stage2.kind, stage2.level, schema.compat, stage2.module, stage2.path,
        None, None, schema.clause, pair.owner, pair.new.name,
    )  # fmt: skip
