"""An Atom 1.0 feed (RFC 4287) of the changes table: one entry per changed field.

Feed readers deduplicate by entry id, so ids must never change: they are tag: URIs built from
what identifies a change (municipality code, field, time), not from row ids that a rebuilt
database would renumber, nor from the base URL the site happens to be served at. The feed's
own `updated` is the newest change's time, so an unchanged history gives a byte-identical feed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import quote

import sqlite_utils

from . import PROJECT_URL, __version__
from .export import change_rows, value_text

ATOM_NS = "http://www.w3.org/2005/Atom"
TAG_PREFIX = "tag:kyoryoku-kakuninsho.github.io,2025:"
EMPTY_FEED_UPDATED = "2025-04-01T00:00:00Z"  # the form's start date, for a feed with no entries
FEED_PATH = "/-/changes.atom"

FIELD_LABELS = {
    "page_url": "ページ / page",
    "title": "題名 / title",
    "updated": "更新日 / updated",
    "methods": "提出方法 / methods",
    "emails": "メール / e-mail",
    "phones": "電話 / phone",
    "faxes": "FAX / fax",
    "postal_codes": "郵便番号 / postal code",
    "addresses": "住所 / address",
    "department": "担当課 / department",
    "form_urls": "申請フォーム / online form",
    "templates": "様式 / templates",
    "notes": "注意 / notes",
}

# Characters XML 1.0 cannot carry at all, even escaped (scraped text sometimes has them).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    return _XML_INVALID.sub("", value)


def change_summary(change: dict[str, Any]) -> str:
    """'old → new' for one change, lists joined by ', ', empty shown as (なし).

    For lists, the items added and removed follow in brackets ([+a, −b]), since a long list
    with one new e-mail address is hard to compare by eye.
    """
    before, after = change["old"], change["new"]
    text = f"{value_text(before, ', ') or '(なし)'} → {value_text(after, ', ') or '(なし)'}"
    if isinstance(before, list) and isinstance(after, list) and before and after:
        added = [f"+{value_text(v)}" for v in after if v not in before]
        removed = [f"−{value_text(v)}" for v in before if v not in after]
        if added or removed:
            text += f"  [{', '.join(added + removed)}]"
    return text


def entry_id(change: dict[str, Any]) -> str:
    return f"{TAG_PREFIX}change:{change['code']}:{change['field']}:{change['changed_at']}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    if text is not None:
        element.text = _text(text)
    return element


def _page_url(db: sqlite_utils.Database, change: dict[str, Any]) -> str | None:
    if change["field"] == "page_url" and change["new"]:
        return str(change["new"])
    if db["filings"].exists():
        for (url,) in db.execute("SELECT page_url FROM filings WHERE code = ?", [change["code"]]):
            return url or None
    return None


def atom_feed(db: sqlite_utils.Database, *, base_url: str | None = None, limit: int = 200) -> str:
    """The newest `limit` changes as an Atom document (a str, UTF-8 declared)."""
    ET.register_namespace("", ATOM_NS)
    changes = change_rows(db, newest_first=True, limit=limit)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "id", f"{TAG_PREFIX}changes")
    _sub(feed, "title", "kyoryoku: 協力確認書の提出方法の変更 / changes in filing information")
    _sub(feed, "updated", changes[0]["changed_at"] if changes else EMPTY_FEED_UPDATED)
    author = _sub(feed, "author")
    _sub(author, "name", "kyoryoku")
    _sub(author, "uri", PROJECT_URL)
    _sub(feed, "generator", "kyoryoku", uri=PROJECT_URL, version=__version__)
    if base_url:
        root = base_url.rstrip("/")
        _sub(feed, "link", rel="self", type="application/atom+xml", href=root + FEED_PATH)
        _sub(feed, "link", rel="alternate", type="text/html", href=root + "/")
    else:
        _sub(feed, "link", rel="alternate", type="text/html", href=PROJECT_URL)
    for change in changes:
        entry = _sub(feed, "entry")
        _sub(entry, "id", entry_id(change))
        place = f"{change['prefecture']}{change['name']}"
        label = FIELD_LABELS.get(change["field"], change["field"])
        _sub(entry, "title", f"{place}: {label}")
        _sub(entry, "updated", change["changed_at"])
        page = _page_url(db, change)
        if page:
            _sub(entry, "link", rel="alternate", type="text/html", href=page)
        if base_url:
            row = f"{base_url.rstrip('/')}/kyoryoku/filings/{quote(change['code'])}"
            _sub(entry, "link", rel="related", type="text/html", href=row)
        _sub(entry, "category", term=change["field"], label=label)
        summary = f"{place} ({change['code']}) {label}: {change_summary(change)}"
        _sub(entry, "content", summary, type="text")
    ET.indent(feed, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, "unicode") + "\n"
