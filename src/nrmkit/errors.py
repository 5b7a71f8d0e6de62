"""Exceptions that mean "cannot continue"; findings are Diagnostics, never raised.

NrmkitError -- root of all nrmkit exceptions
ModelLoadError -- a model set could not be read or compiled at all (exit 3)
InputError -- an input file could not be read at all (exit 3)
"""


class NrmkitError(Exception):
    """Root of nrmkit's exceptions."""


class ModelLoadError(NrmkitError):
    """The YANG modules of a model set could not be found or compiled."""


class InputError(NrmkitError):
    """An input document could not be read at all."""
