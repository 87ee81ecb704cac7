"""The `kyoryoku` command: one click group, one module per command family."""

from .main import main

# Importing the command modules registers their commands on `main`.
from . import refresh, show  # noqa: F401  isort: skip

__all__ = ["main"]
