"""Model sets: an ordered YANG search path plus the modules to implement.

A model set is what a spec editor compiles together: for a CR, the directory
holding the revised modules, then the baseline, then the common modules. When a
module exists in several directories, the first directory wins.

ModelSet -- the value; ``ModelSet.from_paths`` builds one from user input
bundled_model_set -- the model sets shipped with nrmkit, by name
BUNDLED_MODEL_SETS -- their names and search-path layout
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from nrmkit._resources import shipped_dir

#: Bundled model sets: name -> directories under ``yang/``, highest priority first.
BUNDLED_MODEL_SETS: dict[str, tuple[str, ...]] = {
    "baseline": ("baseline", "common"),
    "solution1": ("solution1", "baseline", "common"),
    "solution2": ("solution2", "baseline", "common"),
}

# "import x" / "include x" statements (RFC 7950 §7.1.5, §7.1.6).
_DEPENDENCY = re.compile(r"^\s*(?:import|include)\s+\"?([\w.-]+)", re.M)

# The first statement of a YANG file: "module x {" or "submodule x {" (RFC 7950 §7.1, §7.2).
_HEADER = re.compile(r"^\s*(?://[^\n]*\n\s*|/\*.*?\*/\s*)*(module|submodule)\s+([\w.-]+)", re.S)


@dataclass(frozen=True, slots=True)
class ModuleFile:
    """One YANG module file found on a search path."""

    name: str
    path: Path
    is_submodule: bool
    dependencies: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ModelSet:
    """An ordered search path and the names of the modules to implement.

    ``modules`` empty means every (non-sub)module found on the search path.
    """

    name: str
    search_path: tuple[Path, ...]
    modules: tuple[str, ...] = ()

    @classmethod
    def from_paths(cls, paths: Iterable[Path | str], modules: Iterable[str] = ()) -> ModelSet:
        """Build a model set from user-given directories and module names."""
        search_path = tuple(Path(p) for p in paths)
        label = ":".join(str(p) for p in search_path)
        return cls(name=label, search_path=search_path, modules=tuple(modules))

    def module_files(self) -> dict[str, ModuleFile]:
        """Every module and submodule on the search path, first directory winning."""
        found: dict[str, ModuleFile] = {}
        for directory in self.search_path:
            for path in sorted(directory.glob("*.yang")):
                module = _read_module_file(path)
                if module is not None and module.name not in found:
                    found[module.name] = module
        return found

    def implemented_modules(self) -> tuple[ModuleFile, ...]:
        """The modules to load, each after the modules it imports.

        These are the named modules (all modules on the path when none is
        named) and every module they import, transitively, each taken from the
        first directory that has it. Loading them in this order means no
        compiler ever searches the path itself: libyang 2.1.30 would take the
        *last* directory that has a module, pyang the first.

        Raises:
            FileNotFoundError: a named or imported module is not on the search path.
        """
        files = self.module_files()
        roots = self.modules or tuple(n for n, f in files.items() if not f.is_submodule)
        ordered: dict[str, ModuleFile] = {}
        for name in roots:
            _visit(name, files, ordered, ())
        return tuple(ordered.values())


def bundled_model_set(name: str) -> ModelSet:
    """Return the bundled model set ``name`` (see ``BUNDLED_MODEL_SETS``).

    Raises:
        KeyError: there is no bundled model set of that name.
    """
    root = shipped_dir("yang")
    return ModelSet(name=name, search_path=tuple(root / d for d in BUNDLED_MODEL_SETS[name]))


def _visit(
    name: str, files: dict[str, ModuleFile], ordered: dict[str, ModuleFile], trail: tuple[str, ...]
) -> None:
    """Depth-first: add ``name``'s dependencies to ``ordered``, then ``name``."""
    if name in ordered or name in trail:
        return
    module = files.get(name)
    if module is None:
        raise FileNotFoundError(f"module {name!r} not found in search path")
    for dependency in module.dependencies:
        _visit(dependency, files, ordered, (*trail, name))
    if not module.is_submodule:
        ordered[name] = module


def _read_module_file(path: Path) -> ModuleFile | None:
    """Name a YANG file by its first statement, or None when it has none."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    match = _HEADER.match(text[:4096])
    if match is None:
        return None
    return ModuleFile(
        name=match.group(2),
        path=path,
        is_submodule=match.group(1) == "submodule",
        dependencies=tuple(_DEPENDENCY.findall(_without_comments(text))),
    )


def _without_comments(text: str) -> str:
    return re.sub(r"//[^\n]*|/\*.*?\*/", "", text, flags=re.S)
