"""The simulated sites themselves: what a site is, how it is read from its folder, and how a
page is rendered to bytes (layout, substitutions, charset declaration, re-encoding)."""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "sites"

CODECS = {"utf-8": "utf-8", "cp932": "cp932", "shift_jis": "cp932", "euc-jp": "euc_jp"}
"""site.yaml encoding → Python codec (Shift_JIS pages really are cp932: ①, 髙, ～)."""
LABELS = {"utf-8": "UTF-8", "cp932": "Shift_JIS", "euc_jp": "EUC-JP"}
"""Python codec → the charset label real sites write."""

CONTENT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".zip": "application/zip",
    ".mp4": "video/mp4",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".css": "text/css",
    ".txt": "text/plain",
    ".xml": "application/xml",
}

_FRONT = re.compile(r"\A<!--page\s*\n(.*?)\n-->\s*\n?", re.S)
_TOKEN = re.compile(r"\{\{(\w+(?::[\w-]+)?)\}\}")
_BASE_LAST_MODIFIED = 1743670800.0  # 2025-04-03 09:00 UTC


@dataclass(frozen=True)
class SiteSpec:
    """A site as written on disk (or a generated family member); shared, never mutated."""

    name: str
    code: str
    municipality: str
    prefecture: str
    title: str | None = None
    encoding: str = "utf-8"
    charset_in: str = "both"
    robots: str | None = None
    robots_status: int = 200
    latency: float = 0.0
    redirects: dict[str, dict[str, Any]] = field(default_factory=dict)
    faults: dict[str, dict[str, Any]] = field(default_factory=dict)
    expected: dict[str, Any] = field(default_factory=dict)
    layout: str | None = None
    pages: dict[str, str | bytes] = field(default_factory=dict)
    url_hint: str | None = None
    extra: bool = False
    domain: str | None = None
    last_modified: float = _BASE_LAST_MODIFIED

    @property
    def codec(self) -> str:
        return CODECS[self.encoding.lower()]


@dataclass
class Gone:
    status: int


@dataclass
class Override:
    source: str | bytes
    last_modified: float


@dataclass
class Site:
    """A served site: its spec plus the mutations and counters of this server's lifetime."""

    spec: SiteSpec
    address: str
    subs: tuple[tuple[str, str], ...] = ()
    codec: str | None = None
    charset_in: str | None = None
    latency: float | None = None
    down: int | None = None  # an HTTP status answered to every request
    initial_down: int | None = None
    broken: str | None = None
    overrides: dict[str, Override | Gone] = field(default_factory=dict)
    redirects: dict[str, dict[str, Any]] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.spec.name

    def effective_codec(self) -> str:
        return self.codec or self.spec.codec

    def effective_charset_in(self) -> str:
        return self.charset_in or self.spec.charset_in

    def all_paths(self) -> set[str]:
        paths = set(self.spec.pages)
        for path, over in self.overrides.items():
            if isinstance(over, Gone):
                paths.discard(path)
            else:
                paths.add(path)
        return paths

    def source(self, path: str) -> str | bytes | None:
        """The page's source (before layout, substitutions and encoding), or None if absent."""
        over = self.overrides.get(path)
        if isinstance(over, Gone):
            return None
        if isinstance(over, Override):
            return over.source
        return self.spec.pages.get(path)

    def current(self, path: str) -> str | bytes | None:
        """The source as served: with the site's substitutions unless a test set the page."""
        src = self.source(path)
        if isinstance(src, str) and not isinstance(self.overrides.get(path), Override):
            return substituted(src, self.subs)
        return src


def load_site(folder: Path) -> SiteSpec:
    """Read one fixture site folder into a SiteSpec."""
    meta = yaml.safe_load((folder / "site.yaml").read_text("utf-8"))
    pages: dict[str, str | bytes] = {}
    root = folder / "pages"
    for file in sorted(root.rglob("*")):
        if not file.is_file():
            continue
        path = "/" + file.relative_to(root).as_posix()
        text = file.suffix.lower() in (".html", ".htm", ".txt")  # .HTML too (older CMSs)
        pages[path] = file.read_text("utf-8") if text else file.read_bytes()
    layout = folder / "layout.html"
    robots = meta.get("robots")
    return SiteSpec(
        name=folder.name,
        code=str(meta["code"]),
        municipality=meta["name"],
        prefecture=meta["prefecture"],
        title=meta.get("title"),
        encoding=meta.get("encoding", "utf-8"),
        charset_in=meta.get("charset_in", "both"),
        robots=robots,
        robots_status=int(meta.get("robots_status", 200 if robots is not None else 404)),
        latency=float(meta.get("latency", 0.0)),
        redirects=dict(meta.get("redirects") or {}),
        faults=dict(meta.get("faults") or {}),
        expected=dict(meta.get("expected") or {}),
        layout=layout.read_text("utf-8") if layout.exists() else None,
        pages=pages,
        url_hint=meta.get("url_hint"),
        extra=bool(meta.get("extra", False)),
        domain=meta.get("domain"),
    )


@functools.cache
def fixture_specs() -> tuple[SiteSpec, ...]:
    """Every fixture site, read once per process."""
    return tuple(load_site(d) for d in sorted(FIXTURES.iterdir()) if (d / "site.yaml").exists())


def render(site: Site, path: str, src: str | bytes) -> tuple[bytes, str]:
    """A page's bytes and Content-Type: layout applied, names substituted (generated sites;
    a page set by a test is served as given), charset declared, re-encoded."""
    ctype = CONTENT_TYPES.get(Path(path).suffix.lower() or ".html", "application/octet-stream")
    if isinstance(src, bytes):
        return src, ctype
    codec = site.effective_codec()
    where = site.effective_charset_in()
    label = LABELS[codec]
    subs = () if isinstance(site.overrides.get(path), Override) else site.subs
    values: dict[str, str] = {}
    front = _front_matter(src) if site.spec.layout is not None else None
    if front is not None:
        values = substituted(dict(front[0], content=front[1]), subs)
        src = substituted(site.spec.layout or "", site.subs)
    else:
        src = substituted(src, subs)
    if where in ("meta", "both"):
        values["meta_charset"] = (
            f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
        )
    src = _TOKEN.sub(lambda m: values.get(m[1], ""), src)
    if ctype.startswith("text/") and where in ("header", "both"):
        ctype = f"{ctype}; charset={label}"
    return src.encode(codec, errors="xmlcharrefreplace"), ctype


@functools.lru_cache(maxsize=4096)
def _front_matter(src: str) -> tuple[dict[str, str], str] | None:
    """A `<!--page` header's values and the content after it (cached: pages repeat a lot)."""
    front = _FRONT.match(src)
    if front is None:
        return None
    values = {k: "" if v is None else str(v) for k, v in yaml.safe_load(front[1]).items()}
    return values, src[front.end() :]


def page_key(path: str) -> str:
    """The page key of a URL path: a directory URL is its index.html."""
    return path + "index.html" if path.endswith("/") else path


def next_mtime(site: Site, path: str) -> float:
    """Now (whole seconds), but always later than the page's previous Last-Modified."""
    over = site.overrides.get(path)
    prev = over.last_modified if isinstance(over, Override) else site.spec.last_modified
    return max(float(int(time.time())), prev + 1)


def substituted(value: Any, subs: Iterable[tuple[str, str]]) -> Any:
    """`value` (a str, or lists and dicts of them) with every substitution applied."""
    subs = tuple(subs)
    if isinstance(value, str):
        for old, new in subs:
            value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [substituted(v, subs) for v in value]
    if isinstance(value, dict):
        return {k: substituted(v, subs) for k, v in value.items()}
    return value
