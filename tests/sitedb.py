"""A small published database for the site tests (in-process and browser), built with the real
writers: the whole registry, a handful of municipalities with filings as extraction leaves
them, sources in every status, and one change in the history.
"""

from __future__ import annotations

from pathlib import Path

from scraper import publish, store
from scraper.models import FilingInfo, Template
from scraper.municipalities import default_registry
from scraper.rules import RULES

CHECKED = "2026-11-20T03:00:00Z"
OLD_CHECK = "2026-06-01T03:00:00Z"

# code -> (filing as extracted, source status, checked_at)
FILINGS: dict[str, tuple[FilingInfo, str, str]] = {
    "132021": (  # 立川市
        FilingInfo(
            page_url="https://www.city.tachikawa.lg.jp/kurashi/tabunka/kyoryoku.html",
            title="特定技能所属機関による協力確認書の提出等について",
            updated="2025-04-03",
            methods=["counter", "email", "post"],
            emails=["tabunka@city.tachikawa.lg.jp"],
            phones=["042-523-2111"],
            postal_codes=["190-8666"],
            addresses=["東京都立川市泉町1156-9 立川市役所2階"],
            department="市民協働課 多文化共生係",
            templates=[
                Template(
                    url="https://www.city.tachikawa.lg.jp/material/files/kyoryoku.docx",
                    format="docx",
                    label="協力確認書(様式)",
                )
            ],
            notes=["押印不要", "控えが必要なら2部と返信用封筒"],
        ),
        "ok",
        CHECKED,
    ),
    "132241": (  # 多摩市
        FilingInfo(
            page_url="https://www.city.tama.lg.jp/0000012345.html",
            title="特定技能 所属機関における協力確認書について",
            methods=["email", "online_form"],
            emails=["tama-kyosei@city.tama.lg.jp"],
            form_urls=["https://logoform.jp/form/tama/123456"],
            phones=["042-338-6800"],
            department="くらしと文化部 平和・人権課",
            notes=["完了メールが提出の証明"],
        ),
        "ok",
        CHECKED,
    ),
    "132063": (  # 東京都府中市
        FilingInfo(
            page_url="https://www.city.fuchu.tokyo.jp/kurashi/kyoryoku.html",
            methods=["post"],
            addresses=["東京都府中市宮西町2-24"],
            postal_codes=["183-8703"],
            department="文化生涯学習課",
        ),
        "ok",
        OLD_CHECK,
    ),
    "141003": (  # 横浜市
        FilingInfo(
            page_url="https://www.city.yokohama.lg.jp/business/kyoso/kyoryoku.html",
            methods=["email"],
            emails=["ks-kyoryoku@city.yokohama.lg.jp"],
            department="国際局 政策総務課",
        ),
        "ok",
        CHECKED,
    ),
    "132250": (  # 稲城市: a scraped string carrying markup, which must come out as text
        FilingInfo(
            page_url="https://www.city.inagi.tokyo.jp/kyoryoku.html",
            methods=["counter", "fax"],
            department='<script>alert("xss")</script>市民協働課',
            form_urls=["javascript:alert(1)"],
            faxes=["042-377-4944"],
        ),
        "ok",
        CHECKED,
    ),
}
# Crawled, but nothing usable found.
SOURCES_WITHOUT_FILING = {"132098": ("not_found", CHECKED)}  # 町田市

POST_CODES = {code for code, (info, _, _) in FILINGS.items() if "post" in info.methods}


def build_site_db(path: Path) -> Path:
    """Write the test database at `path` (prepared for publication) and return the path."""
    registry = default_registry()
    db = store.open_db(path)
    store.write_municipalities(db, registry.all())
    store.write_rules(db, RULES)
    for code, (info, status, checked_at) in FILINGS.items():
        m = registry.get(code)
        assert m is not None, code
        store.upsert_source(
            db,
            {"code": code, "name": m.name, "prefecture": m.prefecture, "homepage": m.homepage},
        )
        store.save_filing(db, code, info, snapshot_id=None, at="2026-05-01T00:00:00Z")
        db["sources"].update(
            code, {"status": status, "checked_at": checked_at, "page_url": info.page_url}
        )
    for code, (status, checked_at) in SOURCES_WITHOUT_FILING.items():
        m = registry.get(code)
        assert m is not None, code
        store.upsert_source(
            db,
            {
                "code": code,
                "name": m.name,
                "prefecture": m.prefecture,
                "status": status,
                "checked_at": checked_at,
            },
        )
    # One change in the history: 立川市 added the counter later.
    first, *_ = FILINGS["132021"]
    earlier = first.model_copy(update={"methods": ["email", "post"]})
    store.save_filing(db, "132021", earlier, snapshot_id=None, at="2026-10-01T00:00:00Z")
    store.save_filing(db, "132021", first, snapshot_id=None, at="2026-11-20T03:00:00Z")
    publish.prepare(db)
    db.close()
    return path
