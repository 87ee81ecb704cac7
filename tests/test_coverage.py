import json

from click.testing import CliRunner

from scraper import store
from scraper.cli import main
from scraper.coverage import coverage
from scraper.models import FilingInfo
from scraper.reference import write_reference_tables


def _db_with_two_crawled(path):
    db = store.open_db(path)
    write_reference_tables(db)
    store.set_status(db, "132021", "ok", page_url="https://example.lg.jp/a.html")
    store.save_filing(db, "132021", FilingInfo(methods=["email", "post"]), snapshot_id=None)
    store.set_status(db, "141003", "not_found")
    return db


def test_coverage_counts_every_municipality_and_only_found_pages(tmp_path):
    rows = coverage(_db_with_two_crawled(tmp_path / "k.db"))
    by_pref = {r.prefecture: r for r in rows}
    assert len(by_pref) == 48  # 47 prefectures and the national total
    total = by_pref["全国"]
    assert total.municipalities == 1741
    assert (total.crawled, total.found) == (2, 1)
    assert by_pref["東京都"].found == 1 and by_pref["東京都"].methods["email"] == 1
    assert by_pref["神奈川県"].crawled == 1 and by_pref["神奈川県"].found == 0


def test_coverage_command_prints_json(tmp_path):
    _db_with_two_crawled(tmp_path / "k.db")
    result = CliRunner().invoke(main, ["coverage", "--db", str(tmp_path / "k.db"), "--json"])
    assert result.exit_code == 0, result.output
    total = json.loads(result.output)[-1]
    assert total["prefecture"] == "全国" and total["found"] == 1
    assert total["methods"]["post"] == 1


def test_coverage_command_without_database_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["coverage", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
