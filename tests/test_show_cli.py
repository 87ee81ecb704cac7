"""`kyoryoku show`: any municipality, by any name, from a database written by the store."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from scraper import store
from scraper.cli import main
from scraper.models import FilingInfo, Template
from scraper.registry.overlay import OVERLAY_ENV, Overlay, write_overlay

TACHIKAWA = FilingInfo(
    page_url="https://www.city.tachikawa.lg.jp/tabunka/kyoryoku.html",
    title="特定技能所属機関による協力確認書の提出等について",
    updated="2025-04-01",
    methods=["post", "email", "counter"],
    emails=["tabunka@city.tachikawa.example.lg.jp"],
    phones=["042-000-0000"],
    faxes=["042-000-0001"],
    postal_codes=["190-0000"],
    addresses=["東京都立川市泉町0000-0"],
    department="市民協働課 多文化共生係",
    templates=[Template(url="https://www.city.tachikawa.lg.jp/yoshiki.docx", format="docx",
                        label="協力確認書(様式)")],
    notes=["押印不要"],
    evidence={"methods": "郵送、メール、窓口での手渡しのいずれかで提出してください。"},
)  # fmt: skip
YOKOHAMA = FilingInfo(
    page_url="https://www.city.yokohama.lg.jp/kurashi/kyoryoku.html",
    title="協力確認書の提出について",
    methods=["online_form"],
    form_urls=["https://shinsei.city.yokohama.example.lg.jp/form/1234"],
    notes=["アカウント作成が必要"],
)

# The keys of the `show` JSON, in the order architecture.md documents them.
SHOW_KEYS_DOCUMENTED = (
    "municipality",
    "page_url",
    "title",
    "updated",
    "methods",
    "emails",
    "phones",
    "faxes",
    "postal_codes",
    "addresses",
    "department",
    "form_urls",
    "templates",
    "notes",
    "evidence",
    "status",
    "checked_at",
    "changed_at",
)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "kyoryoku.db"
    db = store.open_db(path)
    for code, name, homepage in [
        ("132021", "立川市", "https://www.city.tachikawa.lg.jp/"),
        ("141003", "横浜市", "https://www.city.yokohama.lg.jp/"),
        ("132241", "多摩市", "https://www.city.tama.lg.jp/"),
    ]:
        store.upsert_source(db, {"code": code, "name": name, "homepage": homepage})
    store.save_filing(db, "132021", TACHIKAWA, snapshot_id=None, at="2026-11-20T03:00:00Z")
    store.set_status(db, "132021", "ok")
    store.save_filing(db, "141003", YOKOHAMA, snapshot_id=None, at="2026-11-20T03:00:00Z")
    store.set_status(db, "141003", "ok")
    store.set_status(db, "132241", "not_found")
    db.conn.close()
    return path


def show(*args: str):
    return CliRunner().invoke(main, ["show", *args])


def test_text_output_in_japanese(db_path):
    result = show("立川市", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.splitlines()[0] == "東京都立川市 (132021) Tachikawa-shi"
    assert "提出方法: 窓口(持参)、電子メール、郵送" in out
    assert "メール: tabunka@city.tachikawa.example.lg.jp" in out
    assert "電話: 042-000-0000" in out and "FAX: 042-000-0001" in out
    assert "郵送先: 〒190-0000 東京都立川市泉町0000-0" in out
    assert "提出先(担当): 市民協働課 多文化共生係" in out
    assert "様式 (docx): 協力確認書(様式) https://www.city.tachikawa.lg.jp/yoshiki.docx" in out
    assert "注意: 押印不要" in out
    assert f"出典: 「{TACHIKAWA.title}」 {TACHIKAWA.page_url}" in out
    assert "ページの更新日: 2025-04-01" in out
    assert "最終確認: 20" in out and "[ok]" in out


@pytest.mark.parametrize(
    "place", ["132021", "たちかわ", "Tachikawa", "東京都立川市泉町1156-9", "ﾀﾁｶﾜｼ"]
)
def test_any_way_of_naming_the_place(db_path, place):
    result = show(place, "--db", str(db_path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["municipality"]["code"] == "132021"


def test_json_has_exactly_the_documented_keys(db_path):
    data = json.loads(show("立川市", "--db", str(db_path), "--json").output)
    assert tuple(data) == SHOW_KEYS_DOCUMENTED
    assert data["municipality"] == {"code": "132021", "name": "立川市", "prefecture": "東京都"}
    assert data["methods"] == ["counter", "email", "post"]
    assert data["templates"] == [
        {
            "url": "https://www.city.tachikawa.lg.jp/yoshiki.docx",
            "format": "docx",
            "label": "協力確認書(様式)",
        }
    ]
    assert data["status"] == "ok"
    assert data["changed_at"] == "2026-11-20T03:00:00Z"
    assert data["evidence"]["methods"].startswith("郵送、メール")


def test_a_ward_is_shown_as_its_city(db_path):
    result = show("横浜市中区港町1-1", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("神奈川県横浜市 (141003)")
    assert "横浜市中区は政令指定都市 横浜市の区です" in result.output
    assert (
        "オンラインフォーム: https://shinsei.city.yokohama.example.lg.jp/form/1234" in result.output
    )
    data = json.loads(show("Yokohama Naka-ku", "--db", str(db_path), "--json").output)
    assert data["municipality"]["code"] == "141003" and data["methods"] == ["online_form"]


def test_page_not_found_points_to_the_homepage(db_path):
    result = show("多摩市", "--db", str(db_path))
    assert result.exit_code == 0
    assert "[not_found]" in result.output
    assert "ホームページ: https://www.city.tama.lg.jp/" in result.output
    assert "直接お問い合わせください" in result.output


def test_a_municipality_never_crawled_still_shows(db_path):
    result = show("ニセコ町", "--db", str(db_path), "--json")
    data = json.loads(result.output)
    assert result.exit_code == 0
    assert data["municipality"] == {"code": "013951", "name": "ニセコ町", "prefecture": "北海道"}
    assert (data["status"], data["methods"], data["page_url"]) == ("unknown", [], None)
    assert "まだ調べていません" in show("ニセコ町", "--db", str(db_path)).output


def test_without_a_database_it_says_no_data_yet(tmp_path, monkeypatch):
    overlay = tmp_path / "overlay.json"
    monkeypatch.setenv(OVERLAY_ENV, str(overlay))
    write_overlay(
        Overlay(entries={"013951": {"homepage": "https://www.town.niseko.lg.jp/"}}), overlay
    )
    missing = tmp_path / "none.db"
    result = show("Niseko", "--db", str(missing))
    assert result.exit_code == 0, result.output
    assert f"データベース {missing} がありません" in result.output
    assert "ホームページ: https://www.town.niseko.lg.jp/" in result.output
    assert not missing.exists()  # show never creates a database
    data = json.loads(show("Niseko", "--db", str(missing), "--json").output)
    assert data["status"] == "unknown"


def test_ambiguous_name_lists_candidates_and_exits_2(db_path):
    result = show("府中市", "--db", str(db_path))
    assert result.exit_code == 2
    assert "都道府県を付けて指定してください" in result.stderr
    assert "東京都府中市 (132063)" in result.stderr and "広島県府中市 (342084)" in result.stderr
    settled = show("府中市", "--prefecture", "広島県", "--db", str(db_path), "--json")
    assert json.loads(settled.output)["municipality"]["code"] == "342084"


def test_unknown_name_suggests_and_exits_2(db_path):
    result = show("立川氏", "--db", str(db_path))
    assert result.exit_code == 2
    assert "東京都立川市 (132021)" in result.stderr
    assert "Traceback" not in result.output
