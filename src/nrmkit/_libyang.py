"""The one module that imports libyang (the C library through libyang-python).

Supports both binding lines nrmkit installs: <=2.8.0 for libyang 2.1.30
(Debian 12) and >=3.2,<4 for libyang 3.12 (Debian 13). Everything it returns
is nrmkit's own data; no libyang object leaves this module.

LibyangSchema -- a compiled model set, reused for every instance document
InstanceResult -- the outcome of validating one document
binding_version -- the installed libyang-python version
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib.metadata import version
from typing import Literal

import libyang
from libyang.util import IOType

from nrmkit.errors import ModelLoadError
from nrmkit.modelsets import ModelSet

DataFormat = Literal["xml", "json"]
DataType = Literal["data", "config"]


@dataclass(frozen=True, slots=True)
class InstanceResult:
    """Whether a document conforms, and libyang's messages if it does not."""

    valid: bool
    messages: tuple[str, ...] = ()


def binding_version() -> str:
    """The installed libyang-python version, e.g. "2.8.0"."""
    return version("libyang")


class LibyangSchema:
    """A libyang context holding one compiled model set.

    Raises:
        ModelLoadError: a module is missing or does not compile.
    """

    def __init__(self, model_set: ModelSet) -> None:
        self.model_set = model_set
        search = ":".join(str(p) for p in model_set.search_path)
        try:
            modules = model_set.implemented_modules()
            self._ctx = libyang.Context(search, disable_searchdir_cwd=True)
            for module in modules:
                self._ctx.parse_module(str(module.path), IOType.FILEPATH, "yang", ["*"])
        except (libyang.LibyangError, FileNotFoundError) as exc:
            raise ModelLoadError(_one_line(str(exc))) from exc

    def validate(self, text: str, fmt: DataFormat, datatype: DataType = "data") -> InstanceResult:
        """Parse and validate one instance document held in memory."""
        try:
            tree = self._ctx.parse_data_mem(
                text,
                fmt,
                strict=True,
                validate_present=True,
                no_state=datatype == "config",
            )
        except libyang.LibyangError as exc:
            return InstanceResult(False, (_one_line(str(exc)),))
        if tree is not None:
            tree.free()
        return InstanceResult(True)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# The binding logs through the "libyang" logger; keep it quiet unless asked.
logging.getLogger("libyang").addHandler(logging.NullHandler())
