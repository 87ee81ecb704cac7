"""`kyoryoku extract` on saved pages and live (loopback) URLs; `kyoryoku reextract`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from scraper.cli import main

from .loopback import LoopbackSite, Reply

PAGE = (
    "<html><head><meta charset='shift_jis'><title>協力確認書の提出 - テスト市</title></head>"
    "<body><nav>電子申請 お問い合わせ</nav><main><h1>協力確認書の提出</h1>"
    "<p>更新日:令和7年4月1日</p><p>郵送又はメールで提出してください。</p>"
    "<p>メール:kokusai@city.test.example.lg.jp</p>"
    '<p><a href="files/yoshiki.docx">協力確認書 様式(Word:20KB)</a></p></main></body></html>'
)


def test_saved_page_as_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("cp932"))
    result = CliRunner().invoke(main, ["extract", str(path), "--url", "https://x.example.jp/a/"])
    assert result.exit_code == 0, result.output
    assert "郵送 (post)" in result.output and "電子メール (email)" in result.output
    assert "kokusai@city.test.example.lg.jp" in result.output
    assert "https://x.example.jp/a/files/yoshiki.docx" in result.output


def test_saved_page_as_json(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("cp932"))
    result = CliRunner().invoke(main, ["extract", str(path), "--json"])
    data = json.loads(result.output)
    assert list(data)[:4] == ["page_url", "title", "updated", "methods"]
    assert "warnings" not in data
    assert data["methods"] == ["email", "post"]
    assert data["updated"] == "2025-04-01"
    assert data["templates"][0]["format"] == "docx"
    assert data["evidence"]["methods"]


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.html")])
    assert result.exit_code == 2
    assert "nope.html: no such file" in result.output


def test_live_url_on_loopback() -> None:
    routes = {
        "/robots.txt": Reply(404),
        "/page.html": Reply(
            headers={"Content-Type": "text/html; charset=Shift_JIS"}, body=PAGE.encode("cp932")
        ),
    }
    with LoopbackSite(routes=routes) as site:
        result = CliRunner().invoke(
            main, ["extract", site.url("/page.html"), "--json", "--allow-private-hosts"]
        )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["page_url"] == site.url("/page.html")
    assert data["emails"] == ["kokusai@city.test.example.lg.jp"]


def test_live_url_refused_on_private_host_without_the_flag() -> None:
    with LoopbackSite(routes={"/p": Reply(body=b"<p>x</p>")}) as site:
        result = CliRunner().invoke(main, ["extract", site.url("/p")])
    assert result.exit_code == 2
    assert "kyoryoku: error:" in result.output


def test_reextract_without_database_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["reextract", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_reextract_reads_stored_pages_and_prints_the_summary(tmp_path: Path) -> None:
    from scraper import store
    from scraper.models import FetchedPage

    db_path = tmp_path / "k.db"
    db = store.open_db(db_path)
    store.upsert_source(db, {"code": "132021", "name": "立川市", "status": "ok"})
    url = "https://www.city.tachikawa.lg.jp/a.html"
    body = PAGE.encode("cp932")
    page = FetchedPage(url=url, final_url=url, http_status=200, encoding="cp932", body=body)
    store.save_snapshot(db, "132021", page)
    db.conn.close()
    result = CliRunner().invoke(main, ["reextract", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("reextract: 1 sources")
    filing = store.get_filing(store.open_db(db_path), "132021")
    assert filing is not None and filing.emails == ["kokusai@city.test.example.lg.jp"]
