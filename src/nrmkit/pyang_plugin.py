"""pyang plugin (entry point ``pyang.plugin``): ``-f nrm-tables`` and ``--nrm-lint``.

A thin adapter: it hands pyang's compiled modules to nrmkit's model view,
renders nrmkit's tables, and maps nrmkit's NRM_* Diagnostics to pyang
errors. ``--nrm-lint`` turns on ``--3gpp`` (and so ``--lint``): pyang sets up
plugins in registration order, entry-point plugins before its own
``plugins/`` directory, so the stock 3GPP plugin sees the option set.

pyang_plugin_init -- called by pyang to register the plugin
NrmPlugin -- the plugin
"""

from __future__ import annotations

import optparse
from typing import Any

from pyang import error, plugin

from nrmkit import _pyang
from nrmkit.diagnostics import Diagnostic, Severity
from nrmkit.errors import NrmkitError
from nrmkit.lint import NRM_FAMILY, lint_context
from nrmkit.render import TABLE_FORMATS, render_tables

_LEVELS = {Severity.ERROR: 3, Severity.WARNING: 4, Severity.INFO: 4}


def pyang_plugin_init() -> None:
    """Register nrmkit's output format and lint option with pyang."""
    plugin.register_plugin(NrmPlugin())


class NrmPlugin(plugin.PyangPlugin):  # type: ignore[misc]
    """``-f nrm-tables`` and ``--nrm-lint``."""

    def __init__(self) -> None:
        super().__init__("nrmkit")
        self.multiple_modules = True

    def add_output_format(self, fmts: dict[str, Any]) -> None:
        """Offer ``-f nrm-tables``."""
        fmts["nrm-tables"] = self

    def add_opts(self, optparser: Any) -> None:
        """Add ``--nrm-lint``, ``--nrm-tables-format`` and ``--nrm-tables-ioc``."""
        optparser.add_options(
            [
                optparse.make_option(
                    "--nrm-lint",
                    dest="nrm_lint",
                    action="store_true",
                    help="Check SA5 NRM rules (nrmkit NRM_* codes); implies --3gpp.",
                ),
                optparse.make_option(
                    "--nrm-tables-format",
                    dest="nrm_tables_format",
                    choices=list(TABLE_FORMATS),
                    default="md",
                    help="Format of -f nrm-tables: " + ", ".join(TABLE_FORMATS) + " (md).",
                ),
                optparse.make_option(
                    "--nrm-tables-ioc",
                    dest="nrm_tables_ioc",
                    metavar="NAME",
                    help="Only the tables of this class and the data types it uses.",
                ),
            ]
        )

    def setup_ctx(self, ctx: Any) -> None:
        """With ``--nrm-lint``: turn on ``--3gpp`` and register the NRM_* codes."""
        if not getattr(ctx.opts, "nrm_lint", False):
            return
        ctx.opts.threegpp = True
        for spec in NRM_FAMILY:
            error.add_error_code(spec.code, _LEVELS[spec.severity], "%s")

    def post_validate_ctx(self, ctx: Any, modules: list[Any]) -> None:
        """With ``--nrm-lint``: run nrmkit's rules and report them as pyang errors."""
        if not getattr(ctx.opts, "nrm_lint", False):
            return
        try:
            found = lint_context(ctx, frozenset(m.arg for m in modules))
        except NrmkitError:
            return  # pyang reports the errors that stop the model view itself
        for diagnostic in found:
            error.err_add(ctx.errors, _position(diagnostic), diagnostic.code, diagnostic.message)

    def emit(self, ctx: Any, modules: list[Any], fd: Any) -> None:
        """Write the stage-2/stage-3 tables of ``modules`` to ``fd``."""
        primary = frozenset(m.arg for m in modules)
        opts = ctx.opts
        try:
            model = _pyang.view_of_context(ctx, primary)
            title = ", ".join(sorted(primary))
            text = render_tables(model, opts.nrm_tables_format, title, opts.nrm_tables_ioc)
        except NrmkitError as exc:
            raise error.EmitError(f"nrm-tables: {exc}") from exc
        except KeyError as exc:
            raise error.EmitError(f"nrm-tables: no class {exc}") from exc
        fd.write(text)


def _position(diagnostic: Diagnostic) -> Any:
    position = error.Position(diagnostic.location.file or "")
    position.line = diagnostic.location.line or 0
    return position
