"""`export`: stable, sorted files that are rewritten only when the data changes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from scraper import store
from scraper.export import FILES, export
from scraper.models import FilingInfo
from tests.history import TACHIKAWA_V1, fill


@pytest.fixture
def db():
    return fill(store.memory_db())


def test_export_writes_every_file_with_a_trailing_newline(db, tmp_path):
    written = export(db, tmp_path / "export")
    assert written == [tmp_path / "export" / name for name in FILES]
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert text.endswith("\n") and not text.endswith("\n\n")
    assert sorted(p.name for p in (tmp_path / "export").iterdir()) == sorted(FILES)


def test_filings_json_is_the_show_json_sorted_and_without_volatile_fields(db, tmp_path):
    export(db, tmp_path)
    text = (tmp_path / "filings.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert [d["municipality"]["code"] for d in data] == ["131202", "132021"]
    tachikawa = data[1]
    assert "checked_at" not in tachikawa
    assert tachikawa["status"] == "ok" and tachikawa["changed_at"] == "2025-05-10T01:00:00Z"
    assert tachikawa["municipality"] == {"code": "132021", "name": "立川市", "prefecture": "東京都"}
    assert tachikawa["emails"] == ["kyoryoku@city.tachikawa.example.lg.jp"]
    assert tachikawa["methods"] == ["counter", "email", "online_form", "post"]
    # lists sorted even where the model keeps page order
    assert tachikawa["addresses"] == sorted(TACHIKAWA_V1.addresses)
    assert tachikawa["notes"] == sorted(tachikawa["notes"])
    # Japanese as characters, keys sorted: the file is exactly what a stable dump gives
    assert "立川市" in text
    assert text == json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def test_filings_csv_joins_lists_with_a_bar(db, tmp_path):
    export(db, tmp_path)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "filings.csv").read_text("utf-8"))))
    by_code = {r["code"]: r for r in rows}
    assert [r["code"] for r in rows] == ["131202", "132021"]
    assert by_code["132021"]["methods"] == "counter | email | online_form | post"
    assert by_code["132021"]["name"] == "立川市"
    assert by_code["132021"]["templates"] == "様式 <https://www.city.tachikawa.lg.jp/yoshiki.docx>"
    assert by_code["131202"]["form_urls"] == "https://logoform.jp/form/example/123456"
    assert by_code["131202"]["emails"] == ""


def test_changes_csv_has_one_row_per_changed_field(db, tmp_path):
    export(db, tmp_path)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "changes.csv").read_text("utf-8"))))
    assert [(r["code"], r["field"]) for r in rows] == [
        ("132021", "methods"),
        ("132021", "emails"),
        ("131202", "department"),
    ]
    emails = rows[1]
    assert emails["old_value"] == "tabunka@city.tachikawa.example.lg.jp"
    assert emails["new_value"] == "kyoryoku@city.tachikawa.example.lg.jp"
    assert emails["changed_at"] == "2025-05-10T01:00:00Z" and emails["name"] == "立川市"
    assert (emails["old_snapshot_id"], emails["new_snapshot_id"]) == ("1", "3")


def test_a_second_export_without_changes_rewrites_nothing(db, tmp_path):
    export(db, tmp_path)
    mtimes = {p: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    # a new run checks every page again: only checked_at moves
    store.set_status(db, "132021", "ok")
    store.save_filing(db, "131202", store.get_filing(db, "131202"), snapshot_id=9)
    assert export(db, tmp_path) == []
    assert {p: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == mtimes


def test_a_real_change_rewrites_the_files_it_touches_and_leaves_no_temp_files(db, tmp_path):
    export(db, tmp_path)
    before = (tmp_path / "filings.json").read_text("utf-8")
    info = store.get_filing(db, "131202")
    assert info is not None
    store.save_filing(
        db,
        "131202",
        FilingInfo(**{**info.model_dump(), "emails": ["kokusai@city.nerima.example.lg.jp"]}),
        snapshot_id=10,
        at="2025-08-01T00:00:00Z",
    )
    written = {p.name for p in export(db, tmp_path)}
    assert written == set(FILES)
    after = (tmp_path / "filings.json").read_text("utf-8")
    assert after != before and "kokusai@city.nerima.example.lg.jp" in after
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(FILES)


def test_a_site_going_down_is_exported_as_its_status_with_the_data_kept(db, tmp_path):
    export(db, tmp_path)
    store.set_status(db, "131202", "unreachable", error="ConnectError")
    assert [p.name for p in export(db, tmp_path)] == ["filings.json", "filings.csv"]
    nerima = json.loads((tmp_path / "filings.json").read_text("utf-8"))[0]
    assert nerima["status"] == "unreachable"
    assert nerima["form_urls"] == ["https://logoform.jp/form/example/123456"]
