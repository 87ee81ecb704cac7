"""A real browser on the real server: `kyoryoku serve` on loopback, headless Chromium (Debian's
package) driven by Playwright. Search 立川, plan for a workplace and a residence, pick a
candidate for an ambiguous name, see the map. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.sitedb import build_site_db

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="/usr/bin/chromium is absent (install Debian's chromium: `make browser` as root)",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`kyoryoku serve` in a subprocess over the test database; yields its base URL."""
    db = build_site_db(tmp_path_factory.mktemp("browser") / "kyoryoku.db")
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "scraper", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            if proc.poll() is not None:
                output = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"kyoryoku serve exited with {proc.returncode}: {output}")
            try:
                if httpx.get(base + "/-/plan", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("kyoryoku serve did not answer within 15 s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def page(server: str):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(locale="ja-JP", viewport={"width": 1280, "height": 900})
        # Offline: everything but our server (i.e. the map tiles) is refused.
        host = urlsplit(server).netloc
        context.route(
            "**/*",
            lambda route: (
                route.continue_() if urlsplit(route.request.url).netloc == host else route.abort()
            ),
        )
        page = context.new_page()
        page.set_default_timeout(15_000)
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.dialogs = dialogs  # type: ignore[attr-defined]
        yield page
        browser.close()


def test_search_from_the_home_page_finds_tachikawa(server: str, page) -> None:
    page.goto(server + "/")
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
    page.fill("#kyoryoku-q", "立川")
    page.press("#kyoryoku-q", "Enter")
    page.wait_for_url("**/directory?*")
    names = page.locator("table.rows-and-columns td.col-name").all_inner_texts()
    assert names == ["立川市"]
    page.screenshot(path=str(ARTIFACTS / "search-tachikawa.png"), full_page=True)


def test_plan_form_lists_both_municipalities(server: str, page) -> None:
    page.goto(server + "/")
    page.click("a.kyoryoku-card[href='/-/plan']")
    page.fill("#workplace", "立川市")
    page.fill("#residence", "たまし")
    page.select_option("#event", "change_of_status")
    page.click("input[type=submit]")
    page.wait_for_selector("article.kyoryoku-filing")
    headings = page.locator("article.kyoryoku-filing h3").all_inner_texts()
    assert len(headings) == 2
    assert headings[0].startswith("東京都立川市") and headings[1].startswith("東京都多摩市")
    assert page.locator("a[href='mailto:tabunka@city.tachikawa.lg.jp']").count() == 1
    assert "event=change_of_status" in page.url  # the plan's URL can be shared
    page.screenshot(path=str(ARTIFACTS / "plan.png"), full_page=True)


def test_ambiguous_place_offers_candidates(server: str, page) -> None:
    page.goto(server + "/-/plan")
    page.fill("#workplace", "府中市")
    page.click("input[type=submit]")
    page.wait_for_selector(".kyoryoku-candidates")
    page.screenshot(path=str(ARTIFACTS / "plan-ambiguous.png"), full_page=True)
    page.click(".kyoryoku-candidates a:text-is('東京都府中市')")
    page.wait_for_selector("article.kyoryoku-filing")
    assert page.locator("article.kyoryoku-filing h3").inner_text().startswith("東京都府中市")


def test_map_and_escaped_markup(server: str, page) -> None:
    page.goto(server + "/kyoryoku/directory?prefecture=%E6%9D%B1%E4%BA%AC%E9%83%BD")
    page.wait_for_selector(".leaflet-container .leaflet-marker-icon, .marker-cluster")
    page.screenshot(path=str(ARTIFACTS / "map.png"), full_page=False)
    page.goto(server + "/kyoryoku/directory?code=132250")
    assert '<script>alert("xss")</script>' in page.locator("td.col-department").inner_text()
    assert page.dialogs == []  # type: ignore[attr-defined]
