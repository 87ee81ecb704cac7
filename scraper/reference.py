"""The reference tables every database carries besides the crawl: the registry and the rules.

One writer for the refresh (which rewrites them each run, so registry updates reach the site)
and for the commands that read a database a refresh may not have prepared yet.
"""

from __future__ import annotations

import sqlite_utils

from . import store
from .municipalities import default_registry
from .rules import RULES


def write_reference_tables(db: sqlite_utils.Database, *, if_missing: bool = False) -> None:
    """Write the `municipalities` (prefectures included) and `rules` tables.

    With `if_missing`, only the tables that are absent or empty are written.
    """
    if not (if_missing and db["municipalities"].exists() and db["municipalities"].count):
        registry = default_registry()
        store.write_municipalities(db, [*registry.prefectures(), *registry.all()])
    if not (if_missing and db["rules"].exists() and db["rules"].count):
        store.write_rules(db, RULES)
