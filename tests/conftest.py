"""Shared pytest fixtures. Keep this small: feature-specific fixtures live in their test files."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.simweb import SimWeb


@pytest.fixture
def simweb() -> Iterator[SimWeb]:
    """Every fixture site served on loopback, fresh for each test (mutations do not leak)."""
    with SimWeb.from_fixtures() as web:
        yield web
