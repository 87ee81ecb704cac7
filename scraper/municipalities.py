"""The municipality registry and place lookup (implemented in the scraper.registry package).

Kept as the stable import path: `from scraper.municipalities import default_registry, Registry,
check_digit, is_valid_code, filing_municipality`.
"""

from __future__ import annotations

from .registry import Registry, check_digit, default_registry, filing_municipality, is_valid_code

__all__ = ["Registry", "check_digit", "default_registry", "filing_municipality", "is_valid_code"]
