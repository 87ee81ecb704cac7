"""A small database with filings and a history of changes, written through store.save_filing.

Shared by the export, feed and `changes` tests. Times are fixed so tests can filter by date.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from scraper import store
from scraper.models import FilingInfo, Template

TACHIKAWA = {"code": "132021", "name": "立川市", "prefecture": "東京都"}
NERIMA = {"code": "131202", "name": "練馬区", "prefecture": "東京都"}

TACHIKAWA_V1 = FilingInfo(
    page_url="https://www.city.tachikawa.lg.jp/tabunka/kyoryoku.html",
    title="特定技能所属機関による協力確認書の提出について",
    updated="2025-04-01",
    methods=["post", "email", "counter"],
    emails=["tabunka@city.tachikawa.example.lg.jp"],
    phones=["042-000-0000"],
    postal_codes=["190-0000"],
    addresses=["東京都立川市泉町1156-9 本庁舎3階", "東京都立川市錦町3-2-26"],
    department="市民協働課 多文化共生係",
    templates=[
        Template(url="https://www.city.tachikawa.lg.jp/yoshiki.docx", format="docx", label="様式")
    ],
    notes=["押印不要", "同一市区町村なら1通"],
    evidence={"methods": "郵送、メール、窓口での手渡しのいずれか"},
)
NERIMA_V1 = FilingInfo(
    page_url="https://www.city.nerima.tokyo.jp/jigyoshamuke/kyoryoku.html",
    title="協力確認書の提出について(特定技能)",
    methods=["online_form"],
    form_urls=["https://logoform.jp/form/example/123456"],
    department="地域振興課",
)


def fill(db: sqlite_utils.Database) -> sqlite_utils.Database:
    """Two municipalities, then two changes to 立川市 (May) and one to 練馬区 (July)."""
    for source in (TACHIKAWA, NERIMA):
        store.upsert_source(db, {**source, "status": "ok", "checked_at": "2025-04-02T00:00:00Z"})
    store.save_filing(db, "132021", TACHIKAWA_V1, snapshot_id=1, at="2025-04-02T00:00:00Z")
    store.save_filing(db, "131202", NERIMA_V1, snapshot_id=2, at="2025-04-02T00:00:00Z")
    tachikawa_v2 = FilingInfo(
        **{
            **TACHIKAWA_V1.model_dump(),
            "emails": ["kyoryoku@city.tachikawa.example.lg.jp"],
            "methods": ["post", "email", "counter", "online_form"],
        }
    )
    store.save_filing(db, "132021", tachikawa_v2, snapshot_id=3, at="2025-05-10T01:00:00Z")
    nerima_v2 = FilingInfo(
        **{**NERIMA_V1.model_dump(), "department": "地域振興課 <多文化共生> & 国際交流係"}
    )
    store.save_filing(db, "131202", nerima_v2, snapshot_id=4, at="2025-07-01T09:30:00Z")
    return db


def history_db_file(directory: Path) -> Path:
    """The filled database as a file (for commands that take --db)."""
    path = directory / "kyoryoku.db"
    fill(store.open_db(path)).conn.close()
    return path
