"""The registry of Japan's prefectures, municipalities and designated-city wards.

codes    – 全国地方公共団体コード check digit and validation
romaji   – Hepburn display names and the forgiving romaji lookup key
data     – entries built offline from the japancode package (plus dated corrections)
overlay  – homepages/coordinates from code4fukui/localgovjp (`kyoryoku municipalities update`)
index    – the precomputed indexes: every spelling of a name or prefecture → codes
romaji_lookup – reading romaji names and addresses ("Naka-ku, Yokohama")
lookup   – Registry: code/name/kana/romaji/address → Municipality, ambiguity, suggestions
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from .codes import check_digit, is_valid_code
from .data import RegistryData, load_package_data
from .lookup import Registry, filing_municipality
from .overlay import apply_overlay, overlay_path, read_overlay

__all__ = [
    "Registry",
    "check_digit",
    "default_registry",
    "filing_municipality",
    "is_valid_code",
]


@cache
def package_data() -> RegistryData:
    """The package's entries, built once per process."""
    return load_package_data()


@lru_cache(maxsize=4)
def _registry(path: Path, mtime: float | None) -> Registry:
    data = package_data()
    overlay = read_overlay(path) if mtime is not None else None
    return Registry(apply_overlay(data.entries, overlay), data.aliases)


def default_registry() -> Registry:
    """The registry (package data + overlay if present), cached until the overlay changes."""
    path = overlay_path()
    try:
        mtime: float | None = path.stat().st_mtime_ns
    except OSError:
        mtime = None
    return _registry(path.resolve(), mtime)
