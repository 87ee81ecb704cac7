"""One exception root for the whole project, so callers can catch everything we raise.

ScraperError
├── ConfigError          bad configuration or arguments
│   └── SourcesError     sources.yaml is malformed (names the entry and line)
├── FetchError           a URL could not be fetched politely
│   ├── RobotsDisallowed robots.txt forbids the URL
│   ├── PrivateHostError loopback/private address without --allow-private-hosts
│   ├── TooLargeError    the body exceeded the size cap
│   ├── RedirectError    too many redirects, a loop, or a redirect off the site
│   └── HTTPStatusError  a final 4xx/5xx answer (after retries)
├── ExtractError         extraction could not run (never escapes extract.extract_filing)
├── StoreError           the database cannot be opened or written
│   └── LockedError      another refresh holds the lock
├── PlaceError           a place name or address did not resolve to one municipality
│   ├── UnknownPlace     nothing matched (carries suggestions)
│   └── AmbiguousPlace   several matched (carries the candidates)
└── InputError           a user file (CSV, HTML) is unusable (names the row/problem)
"""

from __future__ import annotations

from typing import Any


class ScraperError(Exception):
    """Root of every error this project raises on purpose."""


class ConfigError(ScraperError):
    """Configuration or command-line arguments are invalid."""


class SourcesError(ConfigError):
    """sources.yaml is invalid; the message names the entry and the line."""


class FetchError(ScraperError):
    """A URL could not be fetched."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.url = url


class RobotsDisallowed(FetchError):
    """robots.txt forbids fetching this URL for our User-Agent."""


class PrivateHostError(FetchError):
    """The host resolves to a loopback or private address and those are not allowed."""


class TooLargeError(FetchError):
    """The response body exceeded the configured size cap."""


class RedirectError(FetchError):
    """Too many redirects, a redirect loop, or a redirect to another site."""


class HTTPStatusError(FetchError):
    """The server answered with an error status (after any retries)."""

    def __init__(self, message: str, *, url: str | None = None, status: int = 0) -> None:
        super().__init__(message, url=url)
        self.status = status


class ExtractError(ScraperError):
    """Extraction could not run; extract_filing turns this into a warning."""


class StoreError(ScraperError):
    """The database cannot be opened or written."""


class LockedError(StoreError):
    """Another refresh is running on the same database."""


class PlaceError(ScraperError):
    """A place did not resolve to exactly one municipality."""

    def __init__(self, message: str, *, query: str = "", options: list[Any] | None = None):
        super().__init__(message)
        self.query = query
        self.options: list[Any] = options or []


class UnknownPlace(PlaceError):
    """No municipality matched; `options` holds the closest names."""


class AmbiguousPlace(PlaceError):
    """Several municipalities matched; `options` holds the candidates."""


class InputError(ScraperError):
    """A user-supplied file is unusable; the message names the row and the problem."""
