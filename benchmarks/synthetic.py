"""Synthetic SA5-style module sets for the benchmarks.

``write_module_set(directory, modules, attributes, changed)`` writes ``modules``
modules, each with one IOC of ``attributes`` attributes under ManagedElement, in
the SA5 pattern. ``changed`` is the number of modules (the first ones) that get
one change each, of a rotating kind, and a newer revision: the "new" side of a CR.
"""

from __future__ import annotations

from pathlib import Path

KINDS = ("uint16", "string", "enum", "leaf-list", "boolean")
CHANGES = ("range", "leaf-added", "leaf-removed", "enum-added", "description", "mandatory")


def write_module_set(directory: Path, modules: int, attributes: int, changed: int = 0) -> None:
    """Write the module files into ``directory`` (created if missing)."""
    directory.mkdir(parents=True, exist_ok=True)
    for index in range(modules):
        change = CHANGES[index % len(CHANGES)] if index < changed else None
        name = f"_3gpp-bench-nrm-m{index:03}"
        (directory / f"{name}.yang").write_text(_module(name, index, attributes, change))


def _module(name: str, index: int, attributes: int, change: str | None) -> str:
    revisions = (
        '  revision 2024-06-01 { description "CR."; reference "CR-0002"; }\n' if change else ""
    )
    leaves = "".join(_leaf(i, change) for i in range(attributes) if not _dropped(i, change))
    if change == "leaf-added":
        leaves += _text_leaf("extra", "string", "Added by the CR.")
    return f"""module {name} {{
  yang-version 1.1;
  namespace urn:3gpp:sa5:{name};
  prefix b{index:03}3gpp;
  import _3gpp-common-yang-extensions {{ prefix yext3gpp; }}
  import _3gpp-common-top {{ prefix top3gpp; }}
  import _3gpp-common-managed-element {{ prefix me3gpp; }}
  organization "3GPP SA5";
  contact "https://www.3gpp.org/DynaReport/TSG-WG--S5--officials.htm?Itemid=464";
  description "Synthetic benchmark module {index}.";
  reference "3GPP TS 28.999";
{revisions}  revision 2024-01-01 {{ description "Baseline."; reference "CR-0001"; }}
  grouping Bench{index}Grp {{
    description "Attributes of Bench{index}.";
{leaves}  }}
  augment "/me3gpp:ManagedElement" {{
    description "Placement.";
    list Bench{index} {{
      key id;
      description "A synthetic IOC.";
      uses top3gpp:Top_Grp;
      container attributes {{
        description "Attributes.";
        uses Bench{index}Grp;
      }}
    }}
  }}
}}
"""


def _dropped(i: int, change: str | None) -> bool:
    return change == "leaf-removed" and i == 1


def _leaf(i: int, change: str | None) -> str:
    kind = KINDS[i % len(KINDS)]
    first = i == 0
    if kind == "uint16":
        top = 500 if change == "range" and first else 1000
        extra = "mandatory true; " if change == "mandatory" and first else ""
        return _text_leaf(f"a{i}", f'uint16 {{ range "0..{top}"; }}', f"Number {i}.", extra)
    if kind == "string":
        invariant = "yext3gpp:inVariant; " if i % 10 == 1 else ""
        text = f"Text {i}, reworded." if change == "description" and i == 1 else f"Text {i}."
        return _text_leaf(f"a{i}", 'string { length "1..64"; }', text, invariant)
    if kind == "enum":
        extra = " enum C;" if change == "enum-added" and i == 2 else ""
        return _text_leaf(f"a{i}", f"enumeration {{ enum A; enum B;{extra} }}", f"Choice {i}.")
    if kind == "leaf-list":
        return f'    leaf-list a{i} {{ type string; description "List {i}."; }}\n'
    return _text_leaf(f"a{i}", "boolean", f"Flag {i}.", "config false; " if i % 2 else "")


def _text_leaf(name: str, type_text: str, description: str, extra: str = "") -> str:
    end = "" if type_text.endswith("}") else ";"
    return f'    leaf {name} {{ type {type_text}{end} {extra}description "{description}"; }}\n'
