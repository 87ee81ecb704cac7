"""`kyoryoku plan`: one worker (text and JSON) and a CSV of workers (checklist), via CliRunner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from scraper import store
from scraper.cli import main
from scraper.models import FilingInfo, Template

FIXTURES = Path(__file__).parent / "fixtures" / "workers"
TACHIKAWA = "132021"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database where 立川市 has a crawled page and 多摩市 was crawled without finding one."""
    path = tmp_path / "kyoryoku.db"
    db = store.open_db(path)
    store.upsert_source(
        db,
        {
            "code": TACHIKAWA,
            "name": "立川市",
            "prefecture": "東京都",
            "homepage": "https://www.city.tachikawa.lg.jp/",
        },
    )
    store.set_status(db, TACHIKAWA, "ok")
    info = FilingInfo(
        page_url="https://www.city.tachikawa.lg.jp/tabunka/kyoryoku.html",
        methods=["email", "post", "counter"],
        emails=["tabunka@city.tachikawa.example.lg.jp"],
        phones=["042-000-0000"],
        postal_codes=["190-8666"],
        addresses=["東京都立川市泉町1156-9"],
        department="市民協働課 多文化共生係",
        form_urls=["https://logoform.jp/form/Abc1/123456"],
        templates=[
            Template(
                url="https://www.city.tachikawa.lg.jp/yoshiki.docx",
                format="docx",
                label="協力確認書(様式)",
            )
        ],
        notes=["押印不要"],
    )
    store.save_filing(db, TACHIKAWA, info, snapshot_id=None)
    store.upsert_source(
        db,
        {
            "code": "132241",
            "name": "多摩市",
            "prefecture": "東京都",
            "homepage": "https://www.city.tama.lg.jp/",
        },
    )
    store.set_status(db, "132241", "not_found")
    db.conn.close()
    return path


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["plan", *map(str, args)])


# --- one worker -------------------------------------------------------------------------------


def test_text_in_japanese_shows_how_and_why(db_path: Path) -> None:
    result = run(
        "--workplace", "立川市", "--residence", "多摩市", "--event", "coe", "--db", db_path
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert "1. 東京都立川市 (132021) — 勤務地" in out
    assert "tabunka@city.tachikawa.example.lg.jp" in out
    assert "https://logoform.jp/form/Abc1/123456" in out
    assert "〒190-8666 東京都立川市泉町1156-9" in out
    assert "市民協働課 多文化共生係" in out
    assert "042-000-0000" in out
    assert "押印不要" in out
    assert "在留資格認定証明書交付申請の前" in out
    assert "https://www.city.tachikawa.lg.jp/tabunka/kyoryoku.html" in out
    # 多摩市 was crawled but has no page: what to do instead, with its homepage.
    assert "2. 東京都多摩市 (132241) — 住居地" in out
    assert "https://www.city.tama.lg.jp/" in out
    assert "https://www.moj.go.jp/isa/" in out


def test_text_in_english(db_path: Path) -> None:
    result = run(
        "--workplace",
        "Tachikawa",
        "--residence",
        "Tachikawa",
        "--db",
        db_path,
        "--event",
        "renewal",
        "--lang",
        "en",
    )
    assert result.exit_code == 0, result.output
    assert "— workplace, residence" in result.output
    assert "Methods: in person at the counter, e-mail, post" in result.output
    assert "No seal (押印) needed" in result.output
    assert "before the renewal application" in result.output


def test_json_has_the_contract_fields_and_the_show_json(db_path: Path) -> None:
    result = run(
        "--workplace",
        "東京都立川市錦町3-2-26",
        "--residence",
        "多摩市",
        "--json",
        "--event",
        "change_of_status",
        "--db",
        db_path,
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    first, second = data["filings"]
    assert first["municipality"] == {"code": TACHIKAWA, "name": "立川市", "prefecture": "東京都"}
    assert first["roles"] == ["workplace"]
    assert first["rules"] == ["where", "when-new"]
    assert "在留資格変更許可申請" in first["before"]
    assert first["how"]["emails"] == ["tabunka@city.tachikawa.example.lg.jp"]
    assert first["how"]["status"] == "ok" and first["how"]["checked_at"]
    assert second["how"]["status"] == "not_found" and second["instead"]
    assert {n["rule"] for n in data["not_needed"]} == {"only-document"}


def test_already_filed_and_renewal_means_nothing_to_file(db_path: Path) -> None:
    result = run(
        "--workplace",
        "立川市",
        "--residence",
        "多摩市",
        "--event",
        "更新",
        "--already-filed",
        "立川市",
        "--already-filed",
        "多摩市",
        "--db",
        db_path,
        "--json",
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["filings"] == []
    assert [n["rule"] for n in data["not_needed"]] == ["once", "once", "only-document"]


def test_wards_of_a_designated_city_give_one_filing(db_path: Path) -> None:
    result = run(
        "--workplace",
        "横浜市中区",
        "--residence",
        "横浜市港北区",
        "--db",
        db_path,
        "--event",
        "coe",
        "--json",
    )
    assert result.exit_code == 0, result.output
    filings = json.loads(result.output)["filings"]
    assert [(f["municipality"]["name"], f["roles"]) for f in filings] == [
        ("横浜市", ["workplace", "residence"])
    ]


def test_ambiguous_place_exits_non_zero_with_the_candidates(db_path: Path) -> None:
    result = run("--workplace", "府中市", "--residence", "立川市", "--db", db_path)
    assert result.exit_code == 2
    assert (
        "workplace: 府中市 is ambiguous: 東京都府中市 (132063), 広島県府中市 (342084)"
        in result.output
    )
    assert "Traceback" not in result.output


def test_bad_event_and_unknown_place_together(db_path: Path) -> None:
    result = run(
        "--workplace", "立川市", "--residence", "存在しない村", "--event", "visa", "--db", db_path
    )
    assert result.exit_code == 2
    assert "event: 'visa' is not an event" in result.output
    assert "residence: 存在しない村 is not a known municipality" in result.output


def test_without_a_database_it_still_plans(tmp_path: Path) -> None:
    result = run("--workplace", "立川市", "--db", tmp_path / "none.db", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "run `kyoryoku refresh` first" in result.output
    assert "No residence given" in result.output
    assert not (tmp_path / "none.db").exists()


def test_needs_a_workplace_or_a_csv() -> None:
    result = run("--residence", "立川市")
    assert result.exit_code == 2
    assert "--workplace" in result.output


# --- a CSV of workers -------------------------------------------------------------------------


def json_of(result: Result) -> dict:
    """The JSON printed on stdout (the summary line goes to stderr)."""
    return json.loads(result.stdout)


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_csv_japanese_headers_with_bom_deduplicates_by_municipality(
    db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "checklist.csv"
    result = run("--csv", FIXTURES / "workers_ja.csv", "--db", db_path, "--output", out)
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with a BOM correctly
    rows = {r["municipality"]: r for r in rows_of(raw.decode("utf-8"))}
    assert set(rows) == {"立川市", "多摩市", "府中市"}
    tachikawa = rows["立川市"]
    assert tachikawa["workers"] == (
        "グエン・ヴァン・アン (workplace); チャン・ティ・ビン (workplace, residence); "
        "マリア・サントス (workplace)"
    )
    assert tachikawa["emails"] == "tabunka@city.tachikawa.example.lg.jp"
    assert tachikawa["status"] == "ok"
    assert rows["府中市"]["code"] == "132063"
    assert rows["多摩市"]["status"] == "not_found" and rows["多摩市"]["instead"]
    assert (
        "workers: 4; municipalities to file with: 3; workers with nothing new to file: 1"
        in result.stderr
    )


def test_csv_english_headers_as_json(db_path: Path) -> None:
    result = run(
        "--csv", FIXTURES / "workers_en.csv", "--db", db_path, "--format", "json", "--lang", "en"
    )
    assert result.exit_code == 0, result.output
    data = json_of(result)
    by_code = {r["municipality"]["code"]: r for r in data["checklist"]}
    assert set(by_code) == {TACHIKAWA, "132241", "132098"}
    assert [w["worker_id"] for w in by_code[TACHIKAWA]["workers"]] == ["W001"]
    assert by_code["132098"]["rules"] == ["where", "moved-worker"]
    w003 = next(w for w in data["workers"] if w["worker_id"] == "W003")
    assert w003["filings"] == [] and w003["not_needed"][0]["rule"] == "no-report"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["cp932", "cp932-with-bom"])
def test_csv_from_excel_in_cp932(db_path: Path, tmp_path: Path, bom: bytes) -> None:
    text = "労働者ID,事業所,住所,事由\r\n髙橋①,立川市,多摩市,認定\r\n"
    path = tmp_path / "workers.csv"
    path.write_bytes(bom + text.encode("cp932"))
    result = run("--csv", path, "--db", db_path)
    assert result.exit_code == 0, result.output
    rows = rows_of(result.stdout)
    assert [(r["municipality"], r["workers"]) for r in rows] == [
        ("立川市", "髙橋① (workplace)"),
        ("多摩市", "髙橋① (residence)"),
    ]


def test_csv_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "workers.csv"
    path.write_text("氏名,勤務先\nA,立川市\n", encoding="utf-8")
    result = run("--csv", path)
    assert result.exit_code == 2
    assert "line 1: missing column(s): residence (住居地)" in result.output
    assert "'氏名', '勤務先'" in result.output


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n  \r\n"])
def test_csv_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "workers.csv"
    path.write_bytes(content)
    result = run("--csv", path)
    assert result.exit_code == 2
    assert "the file is empty" in result.output


def test_csv_header_only(tmp_path: Path) -> None:
    path = tmp_path / "workers.csv"
    path.write_text("worker_id,workplace,residence\n", encoding="utf-8")
    result = run("--csv", path)
    assert result.exit_code == 2
    assert "no workers" in result.output


def test_csv_every_bad_row_is_reported_and_nothing_is_written(
    db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "workers.csv"
    path.write_text(
        "worker_id,workplace,residence,event\n"
        "W1,立川市,多摩市,coe\n"
        "W2,府中市,立川市,coe\n"
        '"W3\n(二行目)",立川市,存在しない町,coe\n'
        "W4,立川市,多摩市,ビザ\n"
        "W5,立川市,多摩市,renewal\n",
        encoding="utf-8",
    )
    out = tmp_path / "checklist.csv"
    out.write_text("previous checklist\n", encoding="utf-8")
    result = run("--csv", path, "--db", db_path, "--output", out)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if "line" in line]
    assert len(lines) == 3
    assert "line 3 (worker W2): workplace: 府中市 is ambiguous" in lines[0]
    assert "line 4 (worker W3 (二行目)): residence: 存在しない町" in lines[1]
    assert "line 6 (worker W4): event: 'ビザ' is not an event" in lines[2]
    assert out.read_text(encoding="utf-8") == "previous checklist\n"
    assert not list(tmp_path.glob(".checklist.csv*"))  # no temporary file left behind


def test_csv_empty_cells_are_reported_by_line(tmp_path: Path) -> None:
    path = tmp_path / "workers.csv"
    path.write_text("worker_id,workplace,residence\nW1,,多摩市\n,立川市,\n", encoding="utf-8")
    result = run("--csv", path)
    assert result.exit_code == 2
    assert "line 2: workplace (勤務地) is empty" in result.output
    assert "line 3: worker_id (労働者ID) is empty" in result.output


def test_csv_cannot_mix_with_single_worker_options(tmp_path: Path) -> None:
    result = run("--csv", FIXTURES / "workers_en.csv", "--workplace", "立川市")
    assert result.exit_code == 2


def test_csv_excel_unicode_text_tab_separated(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "workers.txt"
    path.write_bytes("worker_id\tworkplace\tresidence\r\nW1\t立川市\t立川市\r\n".encode("utf-16"))
    result = run("--csv", path, "--db", db_path, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json_of(result)["checklist"]
    assert [(r["municipality"]["name"], r["roles"]) for r in rows] == [
        ("立川市", ["workplace", "residence"])
    ]


def test_csv_bad_already_filed_option_is_reported_once(db_path: Path) -> None:
    result = run("--csv", FIXTURES / "workers_en.csv", "--db", db_path, "--already-filed", "府中市")
    assert result.exit_code == 2
    assert result.output.count("--already-filed: 府中市 is ambiguous") == 1
