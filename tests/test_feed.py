"""The Atom feed of changes: valid RFC 4287, stable ids, escaped text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from scraper import store
from scraper.feed import atom_feed
from tests.history import fill

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


@pytest.fixture
def db():
    return fill(store.memory_db())


def parse(text: str) -> ET.Element:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{A}feed"
    return root


def test_the_feed_is_valid_atom_with_one_entry_per_change_newest_first(db):
    root = parse(atom_feed(db))
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{A}{required}") is not None, required
    assert root.findtext(f"{A}updated") == "2025-07-01T09:30:00Z"
    entries = root.findall(f"{A}entry")
    assert len(entries) == 3
    for entry in entries:
        for required in ("id", "title", "updated", "content"):
            assert (entry.findtext(f"{A}{required}") or "").strip(), required
        assert RFC3339.match(entry.findtext(f"{A}updated") or "")
        assert (entry.findtext(f"{A}id") or "").startswith("tag:")
    ids = [e.findtext(f"{A}id") for e in entries]
    assert len(set(ids)) == 3
    assert [e.findtext(f"{A}updated") for e in entries] == [
        "2025-07-01T09:30:00Z",
        "2025-05-10T01:00:00Z",
        "2025-05-10T01:00:00Z",
    ]


def test_an_entry_names_the_municipality_the_change_and_links_to_the_page(db):
    entries = parse(atom_feed(db)).findall(f"{A}entry")
    emails = next(e for e in entries if "e-mail" in (e.findtext(f"{A}title") or ""))
    assert "東京都立川市" in (emails.findtext(f"{A}title") or "")
    content = emails.findtext(f"{A}content") or ""
    assert "tabunka@city.tachikawa.example.lg.jp → kyoryoku@city.tachikawa.example.lg.jp" in content
    link = emails.find(f"{A}link")
    assert link is not None
    assert link.get("href") == "https://www.city.tachikawa.lg.jp/tabunka/kyoryoku.html"


def test_markup_in_values_is_escaped_and_survives_a_round_trip(db):
    text = atom_feed(db)
    assert "<多文化共生>" not in text  # escaped in the document …
    entry = parse(text).findall(f"{A}entry")[0]
    # … and read back as the exact text
    content = entry.findtext(f"{A}content") or ""
    assert "地域振興課 → 地域振興課 <多文化共生> & 国際交流係" in content


def test_ids_do_not_depend_on_row_ids_or_on_where_the_site_is_served(db):
    first = [e.findtext(f"{A}id") for e in parse(atom_feed(db)).findall(f"{A}entry")]
    served = atom_feed(db, base_url="https://kyoryoku.example.org/")
    again = [e.findtext(f"{A}id") for e in parse(served).findall(f"{A}entry")]
    # a database rebuilt from the same history numbers rows differently
    rebuilt = store.memory_db()
    rebuilt["changes"].insert({"code": "000000", "field": "title", "changed_at": "2020-01-01"})
    fill(rebuilt)
    renumbered = [
        e.findtext(f"{A}id") for e in parse(atom_feed(rebuilt, limit=3)).findall(f"{A}entry")
    ]
    assert first == again == renumbered
    assert atom_feed(db) == atom_feed(db)  # byte-identical when nothing changed


def test_base_url_adds_self_and_datasette_links(db):
    root = parse(atom_feed(db, base_url="https://kyoryoku.example.org/"))
    self_link = [link for link in root.findall(f"{A}link") if link.get("rel") == "self"]
    assert self_link[0].get("href") == "https://kyoryoku.example.org/-/changes.atom"
    related = root.findall(f"{A}entry")[0].findall(f"{A}link[@rel='related']")
    assert related[0].get("href") == "https://kyoryoku.example.org/kyoryoku/filings/131202"


def test_limit_and_an_empty_history(db):
    assert len(parse(atom_feed(db, limit=1)).findall(f"{A}entry")) == 1
    empty = parse(atom_feed(store.memory_db()))
    assert empty.findall(f"{A}entry") == []
    assert RFC3339.match(empty.findtext(f"{A}updated") or "")


def test_control_characters_from_scraped_text_do_not_break_the_xml(db):
    info = store.get_filing(db, "132021")
    assert info is not None
    broken = info.model_copy(update={"title": "協力確認書\x0bについて\x00"})
    store.save_filing(db, "132021", broken, snapshot_id=5, at="2025-09-01T00:00:00Z")
    entry = parse(atom_feed(db)).findall(f"{A}entry")[0]
    assert "協力確認書について" in (entry.findtext(f"{A}content") or "")
