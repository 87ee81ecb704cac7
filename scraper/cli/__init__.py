"""The `kyoryoku` command: one click group, one module per command family."""

from .main import main

# Importing the command modules registers their commands on `main`.
from . import (  # noqa: F401  isort: skip
    changes,
    coverage,
    export,
    extract,
    municipalities,
    plan,
    refresh,
    serve,
    show,
)

__all__ = ["main"]
