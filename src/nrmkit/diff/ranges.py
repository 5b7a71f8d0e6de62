"""Compare YANG range and length restrictions (RFC 7950 clauses 9.2.4, 9.4.4).

compare_intervals -- "same", "narrowed", "widened" or "changed" between two restrictions
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

Interval = tuple[Decimal, Decimal]

# Stand-ins for "min" and "max": wider than any value a YANG type allows.
_LOW, _HIGH = Decimal("-1e40"), Decimal("1e40")


def compare_intervals(old: str | None, new: str | None) -> str:
    """How the value space of ``new`` relates to ``old`` (None means unrestricted)."""
    old_set, new_set = _parse(old), _parse(new)
    if old_set == new_set:
        return "same"
    if old_set is None or new_set is None:
        return "narrowed" if old_set is None else "widened"
    inside = _covers(old_set, new_set)
    outside = _covers(new_set, old_set)
    if inside and not outside:
        return "narrowed"
    if outside and not inside:
        return "widened"
    return "changed"


def _parse(text: str | None) -> tuple[Interval, ...] | None:
    if text is None or not text.strip():
        return None
    parts: list[Interval] = []
    for part in text.split("|"):
        low, _, high = part.strip().partition("..")
        parts.append((_bound(low, _LOW), _bound(high or low, _HIGH)))
    return tuple(sorted(parts))


def _bound(text: str, extreme: Decimal) -> Decimal:
    word = text.strip()
    if word in ("min", "max"):
        return _LOW if word == "min" else _HIGH
    try:
        return Decimal(word)
    except InvalidOperation:
        return extreme


def _covers(outer: tuple[Interval, ...], inner: tuple[Interval, ...]) -> bool:
    """Whether every interval of ``inner`` lies within one interval of ``outer``."""
    return all(any(a <= lo and hi <= b for a, b in outer) for lo, hi in inner)
