"""The published site, in-process through datasette.client: what a visitor sees and can do."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper import publish, store
from scraper.cli import main
from scraper.datasette_plugin import make_datasette
from scraper.errors import StoreError
from scraper.models import FilingInfo
from scraper.rules import EVENTS
from tests.sitedb import CHECKED, FILINGS, POST_CODES, build_site_db

DB = "kyoryoku"


@pytest.fixture(scope="module")
def site_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site_db(tmp_path_factory.mktemp("site") / "kyoryoku.db")


@pytest.fixture(scope="module")
def ds(site_db: Path):
    return make_datasette(site_db)


async def get_json(ds, path: str, **params: str) -> dict:
    response = await ds.client.get(path + ("?" + urlencode(params) if params else ""))
    assert response.status_code == 200, response.text
    return response.json()


async def rows(ds, path: str, **params: str) -> list[dict]:
    return await get_json(ds, path, _shape="array", **params)  # type: ignore[return-value]


def codes(found: list[dict]) -> set[str]:
    return {r["code"] for r in found}


# --- pages ----------------------------------------------------------------------------------


async def test_home_page_links_to_every_way_in(ds) -> None:
    response = await ds.client.get("/")
    assert response.status_code == 200
    html = response.text
    assert "協力確認書 提出先ディレクトリ / kyoryoku" in html
    for href in (
        "/-/plan",
        f"/{DB}/directory",
        "/-/changes.atom",
        "/-/coverage",
        f"/{DB}/where_to_file",
        f"/{DB}/recently_changed",
        f"/{DB}/not_checked",
        f"/{DB}/no_known_page",
        f"/{DB}/municipality",
    ):
        assert f'href="{href}' in html, href
    assert "code4fukui" in html and "CC0" in html  # source and licence shown


async def test_directory_has_every_municipality_with_facets(ds) -> None:
    data = await get_json(ds, f"/{DB}/directory.json", _size="1")
    assert data["filtered_table_rows_count"] == 1741
    facets = data["facet_results"]
    assert {"prefecture", "methods", "status"} <= set(facets)
    methods = {f["value"]: f["count"] for f in facets["methods"]["results"]}
    assert methods["post"] == len(POST_CODES)
    assert methods["email"] == 3
    statuses = {f["value"]: f["count"] for f in facets["status"]["results"]}
    assert statuses["not_found"] == 1
    assert statuses["unknown"] == 1741 - len(FILINGS) - 1


async def test_directory_page_renders_methods_and_mailto(ds) -> None:
    response = await ds.client.get(f"/{DB}/directory?code=132021")
    assert response.status_code == 200
    html = response.text
    assert 'href="mailto:tabunka@city.tachikawa.lg.jp"' in html
    assert "kyoryoku-method-post" in html and "郵送" in html
    assert 'id="_search"' in html  # the search box is shown on the view
    assert "/-/plan?workplace=" in html  # the name links to the plan page


@pytest.mark.parametrize(
    "table", ["directory", "municipalities", "filings", "changes", "sources", "rules"]
)
async def test_every_visible_table_renders_with_its_descriptions(ds, table: str) -> None:
    response = await ds.client.get(f"/{DB}/{table}")
    assert response.status_code == 200
    assert "column-descriptions" in response.text  # Japanese / English column descriptions
    assert " / " in response.text.split("<h1>")[1].split("</h1>")[0]  # a bilingual title


async def test_map_is_served_without_a_cdn(ds) -> None:
    html = (await ds.client.get(f"/{DB}/directory")).text
    assert "datasette-cluster-map.js" in html
    leaflet = re.search(r"JAVASCRIPT_URL: '([^']+)'", html)
    assert leaflet and leaflet.group(1).startswith("/-/static-plugins/datasette-leaflet/")
    assert (await ds.client.get(leaflet.group(1))).status_code == 200
    assert "unpkg.com" not in html and "cdn" not in html.lower()


# --- search -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("立川", {"132021"}),  # two characters: below what trigram can match
        ("立川市", {"132021"}),
        ("たちかわ", {"132021"}),
        ("タチカワ", {"132021"}),
        ("Tachikawa", {"132021"}),
        ("ＴＡＣＨＩＫＡＷＡ", {"132021"}),  # full-width letters, as typed with a Japanese IME
        ("多文化共生", {"132021"}),  # the department
        ("tama-kyosei", {"132241"}),  # an e-mail address
        ("郵送", POST_CODES),  # a method, two characters
        ("東京都 郵送", {c for c in POST_CODES if c.startswith("13")}),
    ],
)
async def test_search_finds_japanese_words_of_any_length(ds, query: str, expected: set) -> None:
    found = await rows(ds, f"/{DB}/directory.json", _search=query)
    assert codes(found) == expected


async def test_search_of_a_ward_finds_its_city(ds) -> None:
    assert "141003" in codes(await rows(ds, f"/{DB}/directory.json", _search="横浜市中区"))


async def test_search_follows_a_refresh_while_serving(tmp_path: Path) -> None:
    path = build_site_db(tmp_path / "live.db")
    site = make_datasette(path)
    assert not await rows(site, f"/{DB}/directory.json", _search="ひばり窓口")
    db = store.open_db(path, create=False)
    store.save_filing(
        db, "132101", FilingInfo(methods=["counter"], department="ひばり窓口"), snapshot_id=None
    )
    db.close()
    found = await rows(site, f"/{DB}/directory.json", _search="ひばり窓口")
    assert codes(found) == {"132101"}


# --- canned queries ---------------------------------------------------------------------------


async def test_municipality_by_any_form_of_its_name(ds) -> None:
    q = f"/{DB}/municipality.json"
    for name in ("立川", "たちかわ", "タチカワ", "tachikawa"):
        assert codes(await rows(ds, q, name=name, prefecture="")) == {"132021"}, name
    assert codes(await rows(ds, q, name="府中市", prefecture="")) == {"132063", "342084"}
    assert codes(await rows(ds, q, name="府中市", prefecture="広島")) == {"342084"}
    ward = await rows(ds, q, name="横浜市中区", prefecture="")
    assert codes(ward) == {"141003"} and "横浜市中区" in ward[0]["matched"]


async def test_where_to_file_lists_both_municipalities(ds) -> None:
    q = f"/{DB}/where_to_file.json"
    both = await rows(ds, q, workplace="立川市", residence="多摩市")
    assert [r["code"] for r in both] == ["132021", "132241"]  # workplace first
    roles = {r["code"]: r["roles"] for r in both}
    assert "workplace" in roles["132021"] and "residence" in roles["132241"]
    assert all("workplace=" in r["plan"] for r in both)
    same = await rows(ds, q, workplace="立川市", residence="東京都立川市")
    assert len(same) == 1 and "workplace" in same[0]["roles"] and "residence" in same[0]["roles"]
    alone = await rows(ds, q, workplace="横浜市中区山下町1", residence="")
    assert codes(alone) == {"141003"}
    html = (await ds.client.get(f"/{DB}/where_to_file?workplace=立川市&residence=")).text
    assert 'href="/-/plan?workplace=' in html


async def test_recently_changed(ds) -> None:
    found = await rows(ds, f"/{DB}/recently_changed.json")
    assert [r["field"] for r in found] == ["methods", "methods"]
    assert found[0]["name"] == "立川市" and "counter" in found[0]["new_value"]


async def test_not_checked_for_days(ds) -> None:
    stale = await rows(ds, f"/{DB}/not_checked.json", days="90")
    assert codes(stale) == {"132063"}  # checked 2026-06-01
    assert codes(await rows(ds, f"/{DB}/not_checked.json", days="100000")) == set()


async def test_no_known_page(ds) -> None:
    tokyo = codes(await rows(ds, f"/{DB}/no_known_page.json", prefecture="東京都"))
    assert "132012" in tokyo and "132098" in tokyo  # 八王子市 (never crawled), 町田市 (not found)
    assert not tokyo & set(FILINGS)
    everywhere = await rows(ds, f"/{DB}/no_known_page.json", prefecture="")
    assert len(everywhere) == 1741 - len(FILINGS)


# --- the plan page ----------------------------------------------------------------------------


async def test_plan_page_shows_the_form(ds) -> None:
    response = await ds.client.get("/-/plan")
    assert response.status_code == 200
    html = response.text
    assert 'name="workplace"' in html and 'name="residence"' in html
    for event in EVENTS:
        assert f'value="{event.id}"' in html


async def test_plan_for_workplace_and_residence(ds) -> None:
    response = await ds.client.get(
        "/-/plan?" + urlencode({"workplace": "立川市", "residence": "多摩市"})
    )
    html = response.text
    assert response.status_code == 200
    assert "東京都立川市" in html and "東京都多摩市" in html
    assert 'href="mailto:tabunka@city.tachikawa.lg.jp"' in html
    assert 'href="mailto:tama-kyosei@city.tama.lg.jp"' in html
    assert 'href="https://logoform.jp/form/tama/123456"' in html
    assert "郵送" in html and "電子申請" in html
    assert "市民協働課 多文化共生係" in html and "042-523-2111" in html
    assert "https://www.city.tachikawa.lg.jp/kurashi/tabunka/kyoryoku.html" in html
    assert CHECKED in html  # when it was checked


async def test_plan_in_english(ds) -> None:
    html = (await ds.client.get("/-/plan?workplace=Tachikawa&lang=en")).text
    assert "Workplace" in html and "E-mail" in html and "In person" in html
    assert "No seal" in html  # the note, translated


async def test_plan_for_an_unknown_page_says_what_to_do_instead(ds) -> None:
    html = (await ds.client.get("/-/plan?" + urlencode({"workplace": "八王子市"}))).text
    assert "提出方法が分からない場合" in html


async def test_plan_json(ds) -> None:
    response = await ds.client.get(
        "/-/plan.json?" + urlencode({"workplace": "立川市", "residence": "多摩市", "event": "coe"})
    )
    assert response.status_code == 200
    plan = response.json()
    filings = {f["municipality"]["code"]: f for f in plan["filings"]}
    assert set(filings) == {"132021", "132241"}
    assert filings["132021"]["roles"] == ["workplace"]
    assert filings["132241"]["how"]["methods"] == ["email", "online_form"]
    assert "warnings" in plan and "not_needed" in plan


async def test_plan_for_an_ambiguous_place_offers_the_candidates(ds) -> None:
    html = (await ds.client.get("/-/plan?" + urlencode({"workplace": "府中市"}))).text
    links = re.findall(r'href="(\?[^"]+)">([^<]+)</a>', html)
    assert {text for _, text in links} >= {"東京都府中市", "広島県府中市"}
    href = next(h for h, text in links if text == "東京都府中市").replace("&amp;", "&")
    chosen = (await ds.client.get("/-/plan" + href)).text
    assert "文化生涯学習課" in chosen  # the plan for the Tokyo one
    response = await ds.client.get("/-/plan.json?" + urlencode({"workplace": "府中市"}))
    assert response.status_code == 400
    error = response.json()
    assert error["error"] == "ambiguous_place" and error["field"] == "workplace"
    assert {o["code"] for o in error["options"]} == {"132063", "342084"}


async def test_ambiguous_already_filed_keeps_the_other_places(ds) -> None:
    params = {"workplace": "立川市", "already_filed": "多摩市、府中市"}
    html = (await ds.client.get("/-/plan?" + urlencode(params))).text
    links = dict((t, h) for h, t in re.findall(r'href="(\?[^"]+)">([^<]+)</a>', html))
    chosen = links["広島県府中市"].replace("&amp;", "&")
    assert "already_filed=" + quote("多摩市、広島県府中市") in chosen
    assert "workplace=" + quote("立川市") in chosen


async def test_plan_errors_are_pages_and_json_400(ds) -> None:
    page = await ds.client.get("/-/plan?" + urlencode({"workplace": "存在しない市"}))
    assert page.status_code == 200 and "kyoryoku-error" in page.text
    for params in ({"workplace": "存在しない市"}, {}, {"workplace": "立川市", "event": "nope"}):
        response = await ds.client.get("/-/plan.json?" + urlencode(params))
        assert response.status_code == 400, params
        assert response.json()["ok"] is False


# --- safety -----------------------------------------------------------------------------------

SCRIPT = '<script>alert("xss")</script>'


async def test_scraped_markup_is_escaped(ds) -> None:
    for url in (
        f"/{DB}/directory?code=132250",
        f"/{DB}/filings?code=132250",
        "/-/plan?workplace=" + quote("稲城市"),
    ):
        html = (await ds.client.get(url)).text
        assert SCRIPT not in html, url
        assert "&lt;script&gt;" in html, url
        assert 'href="javascript:' not in html, url  # a scraped javascript: URL is not a link


async def test_query_parameters_are_escaped(ds) -> None:
    for params in ({"workplace": SCRIPT}, {"workplace": "立川市", "residence": SCRIPT}):
        html = (await ds.client.get("/-/plan?" + urlencode(params))).text
        assert SCRIPT not in html
        assert "&lt;script&gt;" in html
    html = (await ds.client.get(f"/{DB}/directory?" + urlencode({"_search": SCRIPT}))).text
    assert SCRIPT not in html


async def test_raw_tables_are_hidden_and_kept_from_robots(ds) -> None:
    tables = {t["name"]: t for t in (await get_json(ds, f"/{DB}.json"))["tables"]}
    assert tables["snapshots"]["hidden"] and tables["runs"]["hidden"]
    assert not tables["filings"]["hidden"]
    html = (await ds.client.get(f"/{DB}")).text
    assert f'href="/{DB}/directory"' in html
    robots = (await ds.client.get("/robots.txt")).text
    assert f"Disallow: /{DB}/snapshots" in robots.splitlines()
    assert f"Disallow: /{DB}/runs" in robots.splitlines()
    assert f"Disallow: /{DB}/directory" not in robots


async def test_nothing_can_write(ds, site_db: Path) -> None:
    before = site_db.read_bytes()
    response = await ds.client.get(f"/{DB}.json?" + urlencode({"sql": "DELETE FROM filings"}))
    assert response.status_code == 400
    post = await ds.client.post(f"/{DB}/directory", data={"code": "1"})
    assert post.status_code in (403, 405)
    with pytest.raises(StoreError):
        await ds.get_database(DB).execute_write("DELETE FROM filings")
    assert (await get_json(ds, f"/{DB}/filings.json", _size="0"))["filtered_table_rows_count"] == 5
    assert site_db.read_bytes() == before


async def test_changes_feed(ds) -> None:
    response = await ds.client.get("/-/changes.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    assert "立川市" in response.text and "<entry" in response.text
    again = await ds.client.get(
        "/-/changes.atom", headers={"if-none-match": response.headers["etag"]}
    )
    assert again.status_code == 304  # a feed reader that has it gets nothing new


# --- preparation and the command --------------------------------------------------------------


def test_prepare_is_idempotent_and_notices_new_data(tmp_path: Path) -> None:
    path = build_site_db(tmp_path / "p.db")
    db = store.open_db(path, create=False)
    assert publish.prepare(db) is False
    store.save_filing(db, "132012", FilingInfo(methods=["post"]), snapshot_id=None)
    assert publish.prepare(db) is True
    assert publish.prepare(db) is False
    count = db.execute("SELECT count(*) FROM search_fts").fetchone()[0]
    assert count == 1741
    db.close()


async def test_a_database_never_refreshed_still_lists_every_municipality(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    store.open_db(path).close()  # what the first refresh creates before it has written anything
    site = make_datasette(path)  # writes the registry and the rules itself
    data = await get_json(site, f"/{DB}/directory.json", _size="0")
    assert data["filtered_table_rows_count"] == 1741
    html = (await site.client.get("/-/plan?" + urlencode({"workplace": "立川市"}))).text
    assert "東京都立川市" in html and "提出方法が分からない場合" in html


def test_serve_without_a_database_says_what_to_run(tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    result = CliRunner().invoke(main, ["serve", "--db", str(missing)])
    assert result.exit_code == 2
    assert "kyoryoku refresh" in result.output
    assert not missing.exists()
    with pytest.raises(StoreError):
        make_datasette(missing)


def test_search_clause_uses_trigram_only_for_long_words() -> None:
    where, params = publish.search_clause("立川 多文化共生")
    assert "MATCH" in where and "instr" in where
    assert params["kyoryoku_match"] == '"多文化共生"'
    assert json.dumps(params, ensure_ascii=False).count("立川") == 1


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12))
def test_any_search_text_is_a_valid_query(site_db: Path, query: str) -> None:
    """Quotes, FTS operators (OR, NEAR, *, ^), control characters: never an SQL error."""
    where, params = publish.search_clause(query)
    conn = sqlite3.connect(f"file:{site_db}?mode=ro", uri=True)
    try:
        conn.execute(f"SELECT count(*) FROM directory WHERE {where}", params).fetchone()
    finally:
        conn.close()


# --- coverage --------------------------------------------------------------------------------


async def test_coverage_page_charts_found_pages_by_prefecture(ds) -> None:
    response = await ds.client.get("/-/coverage")
    assert response.status_code == 200
    html = response.text
    # Tokyo: 立川, 多摩, 府中, 稲城 have a page; 町田 was crawled without one.
    tokyo = re.search(r"<th scope=\"row\">東京都</th>(.*?)</tr>", html, re.S)
    assert tokyo is not None
    assert "4 / 62" in tokyo.group(1)
    assert "全国 1741 市区町村" in html.replace("\n", "")


async def test_coverage_json_and_view_agree(ds) -> None:
    figures = (await get_json(ds, "/-/coverage.json"))["coverage"]
    total = figures[-1]
    assert total["prefecture"] == "全国"
    assert (total["municipalities"], total["crawled"], total["found"]) == (1741, 6, 5)
    assert total["methods"]["post"] == len(POST_CODES)
    view = await rows(ds, f"/{DB}/coverage.json")
    kanagawa = next(r for r in view if r["prefecture"] == "神奈川県")
    assert (kanagawa["found"], kanagawa["email"]) == (1, 1)
