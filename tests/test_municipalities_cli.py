"""`kyoryoku municipalities search|update`, with the localgovjp download mocked by respx."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import respx
from click.testing import CliRunner

from scraper import store
from scraper.cli import main
from scraper.municipalities import default_registry
from scraper.registry.overlay import LOCALGOVJP_URL, OVERLAY_ENV

SAMPLE = (Path(__file__).parent / "fixtures" / "localgovjp-sample.csv").read_bytes()


@pytest.fixture
def overlay(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data" / "municipalities-overlay.json"
    monkeypatch.setenv(OVERLAY_ENV, str(path))
    return path


def run(*args: str):
    return CliRunner().invoke(main, list(args))


# --- search ------------------------------------------------------------------------------


def test_search_lists_candidates_with_codes_and_prefectures():
    result = run("municipalities", "search", "府中")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:3] == [
        "132063  東京都府中市  ふちゅうし  Fuchu-shi  [市]",
        "342084  広島県府中市  ふちゅうし  Fuchu-shi  [市]",
        "343021  広島県府中町  ふちゅうちょう  Fuchu-cho  [町]",
    ]


def test_search_shows_where_a_ward_files():
    result = run("municipalities", "search", "横浜市中区")
    assert result.output.splitlines()[0].startswith("141046  神奈川県横浜市中区")
    assert "→ 提出先 横浜市" in result.output


def test_search_json_and_prefecture_filter():
    result = run("municipalities", "search", "Date", "--prefecture", "福島", "--json")
    rows = json.loads(result.output)
    first = rows[0]
    assert (first["code"], first["name"], first["romaji"]) == ("072133", "伊達市", "Date-shi")
    assert {r["prefecture"] for r in rows} == {"福島県"}


def test_search_with_no_candidate_exits_1():
    result = run("municipalities", "search", "zzzzqqqq")
    assert result.exit_code == 1
    assert "見つかりませんでした" in result.stderr


# --- update ------------------------------------------------------------------------------


@respx.mock
def test_update_writes_overlay_and_database(tmp_path, overlay):
    route = respx.get(LOCALGOVJP_URL).respond(200, content=SAMPLE)
    db_path = tmp_path / "k.db"
    result = run("municipalities", "update", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert route.called
    assert route.calls[0].request.headers["user-agent"].startswith("kyoryoku/")

    data = json.loads(overlay.read_text("utf-8"))
    assert data["source_url"] == LOCALGOVJP_URL
    # 北海道's codes come without their leading zero: 11002 is 011002.
    assert data["entries"]["011002"]["homepage"] == "https://www.city.sapporo.jp/"
    assert "homepage" not in data["entries"]["473031"]  # empty url: nothing invented

    registry = default_registry()
    tachikawa = registry.get("132021")
    assert tachikawa.homepage == "https://www.city.tachikawa.lg.jp/"
    assert tachikawa.lat == pytest.approx(35.69388889)

    db = store.open_db(db_path, create=False)
    assert db["municipalities"].count == 47 + 1741 + 171
    assert db["municipalities"].get("141003")["homepage"] == "https://www.city.yokohama.lg.jp/"
    # The retired 浜松市中区 (221317) is still in the data set: reported, not applied.
    assert "221317" in result.stderr and "not in the registry" in result.stderr
    assert "10 entries" in result.output


@respx.mock
def test_update_from_another_url(tmp_path, overlay):
    url = "https://mirror.example.jp/localgovjp.csv"
    respx.get(url).respond(200, content=SAMPLE)
    result = run("municipalities", "update", "--url", url, "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 0, result.output
    assert json.loads(overlay.read_text("utf-8"))["source_url"] == url


BAD_CSVS = {
    "missing column": (
        SAMPLE.decode().replace("lgcode", "code", 1),
        "lacks the column(s) lgcode",
    ),
    "bad check digit": (
        SAMPLE.decode().replace(",132021\n", ",132022\n"),
        "line 6: invalid local government code '132022'",
    ),
    "bad coordinate": (
        SAMPLE.decode().replace("35.69388889", "北緯35.69"),
        "line 6: lat '北緯35.69' is not a number",
    ),
    "not a URL": (
        SAMPLE.decode().replace("https://www.city.tama.lg.jp/", "www.city.tama.lg.jp"),
        "line 8: url 'www.city.tama.lg.jp'",
    ),
    "empty": ("pid,pref,cid,city,citykana,lat,lng,url,phrase,lgcode\n", "no usable rows"),
}


@respx.mock
@pytest.mark.parametrize("case", sorted(BAD_CSVS))
def test_invalid_csv_writes_nothing(tmp_path, overlay, case):
    text, message = BAD_CSVS[case]
    respx.get(LOCALGOVJP_URL).respond(200, content=text.encode())
    overlay.parent.mkdir(parents=True)
    overlay.write_text('{"entries": {"132021": {"homepage": "https://old.example.jp/"}}}')
    db_path = tmp_path / "k.db"
    result = run("municipalities", "update", "--db", str(db_path))
    assert result.exit_code == 2
    assert message in result.stderr
    assert "old.example.jp" in overlay.read_text()  # the previous overlay is untouched
    assert not db_path.exists()


@respx.mock
@pytest.mark.parametrize(
    ("response", "message"),
    [
        (httpx.Response(404), "HTTP 404"),
        (httpx.ConnectError("connection refused"), "connection refused"),
        (httpx.Response(200, content="立川".encode("cp932")), "not UTF-8"),
    ],
)
def test_download_failures_are_clean_errors(tmp_path, overlay, response, message):
    route = respx.get(LOCALGOVJP_URL)
    if isinstance(response, Exception):
        route.side_effect = response
    else:
        route.return_value = response
    result = run("municipalities", "update", "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output
    assert not overlay.exists()
