"""The simulated municipal web keeps its promises: what every crawler test relies on."""

from __future__ import annotations

import os
import re
import time
from collections import deque
from email.utils import formatdate
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from protego import Protego
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from scraper.municipalities import default_registry
from scraper.sources import load_sources
from scraper.textnorm import normalize
from tests.simweb import CODECS, LABELS, SimWeb, fixture_specs, generate_sites

REGULAR = [s.name for s in fixture_specs() if not s.extra]
ALL = [s.name for s in fixture_specs()]
FINDABLE = [s.name for s in fixture_specs() if s.expected.get("status") == "ok"]
UA = "kyoryoku-test/0.1 (+https://github.com/kyoryoku-kakuninsho/kyoryoku)"


@pytest.fixture(scope="module")
def web():
    """One read-only server for the tests that do not mutate anything."""
    with SimWeb.from_fixtures() as w:
        yield w


def get(url: str, **headers: str) -> httpx.Response:
    return httpx.get(url, headers={"User-Agent": UA, **headers}, timeout=10)


def decode(resp: httpx.Response, web: SimWeb, site: str) -> str:
    return resp.content.decode(CODECS[web.spec(site).encoding.lower()])


def links(html: str, base: str) -> list[str]:
    tree = HTMLParser(html)
    base_node = tree.css_first("base[href]")  # as browsers do: <base href> resolves links
    base = urljoin(base, base_node.attributes.get("href") or "") if base_node else base
    out = []
    for a in tree.css("a[href]"):
        href = a.attributes.get("href") or ""
        if href.startswith(("mailto:", "javascript:", "#")):
            continue
        out.append(urljoin(base, href).split("#")[0])
    return out


def crawl_depths(web: SimWeb, site: str, limit: int = 6) -> dict[str, int]:
    """Breadth-first over same-host links, obeying robots.txt: path → depth from the homepage."""
    home = web.homepage(site)
    robots_resp = get(urljoin(home, "/robots.txt"))
    robots = Protego.parse(robots_resp.text if robots_resp.status_code == 200 else "")
    host = urlsplit(home).netloc
    depths: dict[str, int] = {}
    queue = deque([(home, 0)])
    seen = {home}
    while queue:
        url, depth = queue.popleft()
        if not robots.can_fetch(url, UA) or depth > limit:
            continue
        resp = httpx.get(url, follow_redirects=True, timeout=10, headers={"User-Agent": UA})
        if resp.status_code == 503:  # the simulated transient fault: retry once, as crawlers do
            resp = httpx.get(url, follow_redirects=True, timeout=10, headers={"User-Agent": UA})
        if resp.status_code != 200 or not resp.headers["content-type"].startswith("text/html"):
            continue
        if urlsplit(str(resp.url)).netloc != host:
            continue
        depths.setdefault(urlsplit(str(resp.url)).path, depth)
        for link in links(decode(resp, web, site), str(resp.url)):
            if urlsplit(link).netloc == host and link not in seen:
                seen.add(link)
                queue.append((link, depth + 1))
    return depths


# ---- the fixture sites ---------------------------------------------------------------------


@pytest.mark.parametrize("site", REGULAR)
def test_target_reachable_from_homepage_within_its_stated_depth(web: SimWeb, site: str) -> None:
    expected = web.spec(site).expected
    depths = crawl_depths(web, site)
    assert expected["target"] in depths, f"{site}: target not reachable by allowed links"
    assert 2 <= depths[expected["target"]] <= 4
    assert depths[expected["target"]] == expected["depth"]
    assert len(depths) >= 20, f"{site}: only {len(depths)} pages reachable"


@pytest.mark.parametrize("site", REGULAR)
def test_every_site_has_twenty_pages_decoys_and_a_distracting_navigation(
    web: SimWeb, site: str
) -> None:
    spec = web.spec(site)
    html_pages = [p for p in spec.pages if p.endswith(".html")]
    assert len(html_pages) >= 20
    home_response = httpx.get(web.homepage(site), follow_redirects=True, headers={"User-Agent": UA})
    home = decode(home_response, web, site)  # some homepages redirect / to /index.html
    for label in ("文字サイズ", "読み上げ", "Foreign language", "電子申請", "お問い合わせ"):
        assert label.lower() in home.lower(), f"{site}: homepage lacks {label}"
    assert "代表" in home
    for decoy in spec.expected["decoys"]:
        assert get(web.url(site, decoy)).status_code == 200, decoy
    target = decode(get(web.url(site, spec.expected["target"])), web, site)
    assert "協力確認書" in target
    for template in spec.expected.get("templates", []):
        resp = get(web.url(site, "/" + template))
        assert resp.status_code == 200
        assert resp.content[:4] in (b"PK\x03\x04", b"%PDF")


@pytest.mark.parametrize("site", ALL)
def test_charset_is_declared_where_site_yaml_says_and_bytes_decode(web: SimWeb, site: str) -> None:
    spec = web.spec(site)
    path = spec.expected.get("target") or "/"
    resp = get(web.url(site, path))
    codec = CODECS[spec.encoding.lower()]
    label = LABELS[codec]
    text = resp.content.decode(codec)  # strict: raises if the bytes are not that codec
    in_header = f"charset={label}" in resp.headers["content-type"]
    in_meta = f"charset={label}" in text[:600]
    assert (in_header, in_meta) == {
        "both": (True, True),
        "header": (True, False),
        "meta": (False, True),
        "none": (False, False),
    }[spec.charset_in]
    if codec != "utf-8":
        with pytest.raises(UnicodeDecodeError):
            resp.content.decode("utf-8")


def test_shift_jis_site_uses_characters_strict_shift_jis_lacks(web: SimWeb) -> None:
    raw = get(web.url("nerima", web.spec("nerima").expected["target"])).content
    text = raw.decode("cp932")
    assert {"①", "髙", "～"} <= set(text)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("shift_jis")


@pytest.mark.parametrize("site", ALL)
def test_sources_name_real_municipalities_and_point_at_loopback(web: SimWeb, site: str) -> None:
    source = next(s for s in web.sources() if s.homepage == web.homepage(site))
    muni = default_registry().get(source.code)
    assert muni is not None and muni.name == source.name and muni.prefecture == source.prefecture
    assert urlsplit(source.homepage).hostname.startswith("127.")
    assert source.title == web.spec(site).title


def test_sites_are_separate_hosts_and_sources_carry_title_hints_and_pinned_urls(
    web: SimWeb,
) -> None:
    hosts = {web.host(s) for s in web.sites}
    assert len(hosts) == len(web.sites)
    sources = web.sources()
    assert any(s.title for s in sources) and any(s.title is None for s in sources)
    pinned = [s for s in sources if s.url]
    assert pinned, "some site pins an old URL that moved"
    assert web.site_of(pinned[0].url) is not None


# ---- robots.txt -------------------------------------------------------------------------


def test_robots_served_as_configured(web: SimWeb) -> None:
    for site in ALL:
        spec = web.spec(site)
        resp = get(web.url(site, "/robots.txt"))
        assert resp.status_code == spec.robots_status
        if spec.robots_status == 200:
            assert resp.text == spec.robots
    assert get(web.url("ota", "/robots.txt")).status_code == 404
    tachikawa = Protego.parse(get(web.url("tachikawa", "/robots.txt")).text)
    assert not tachikawa.can_fetch(web.url("tachikawa", "/search/"), UA)
    assert tachikawa.can_fetch(web.url("tachikawa", "/docs/2025040300024/"), UA)


# ---- caching ------------------------------------------------------------------------------


def test_conditional_requests_get_304_until_the_page_changes(simweb: SimWeb) -> None:
    url = simweb.url("tachikawa", "/docs/2025040300024/")
    first = get(url)
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert get(url, **{"If-None-Match": etag}).status_code == 304
    assert get(url, **{"If-Modified-Since": modified}).status_code == 304
    assert get(url, **{"If-None-Match": '"other"'}).status_code == 200
    logged = simweb.requests(site="tachikawa", path="/docs/2025040300024/")
    assert [r.status for r in logged] == [200, 304, 304, 200]
    assert logged[1].bytes_sent == 0 and logged[0].bytes_sent == len(first.content)
    assert logged[1].if_none_match == etag and logged[2].if_modified_since == modified
    assert logged[0].user_agent == UA

    source = simweb.page_source("tachikawa", "/docs/2025040300024/")
    changed_source = source.replace("042-528-4367", "042-528-9999")
    simweb.set_page("tachikawa", "/docs/2025040300024/", changed_source)
    changed = get(url, **{"If-None-Match": etag})
    assert changed.status_code == 200 and "042-528-9999" in changed.text
    assert changed.headers["etag"] != etag
    assert get(url, **{"If-Modified-Since": modified}).status_code == 200
    assert get(url, **{"If-None-Match": changed.headers["etag"]}).status_code == 304


def test_every_page_and_file_has_validators(web: SimWeb) -> None:
    for path in ("/", "/robots.txt", "/docs/2025040300024/files/kyoryoku_yoshiki.docx"):
        resp = get(web.url("tachikawa", path))
        assert resp.headers["etag"] and resp.headers["last-modified"]
    old = formatdate(0, usegmt=True)
    assert get(web.url("tachikawa", "/"), **{"If-Modified-Since": old}).status_code == 200


# ---- faults -------------------------------------------------------------------------------


def test_transient_503_carries_retry_after_then_recovers(simweb: SimWeb) -> None:
    url = simweb.url("ota", "/kurashi/kokusai/index.html")
    first = get(url)
    assert first.status_code == 503 and first.headers["retry-after"] == "1"
    assert get(url).status_code == 200
    simweb.reset()
    assert get(url).status_code == 503


def test_pinned_old_url_answers_301_to_the_new_page(web: SimWeb) -> None:
    pinned = next(s for s in web.sources() if s.name == "練馬区")
    resp = httpx.get(pinned.url, follow_redirects=True)
    assert resp.status_code == 200 and resp.history[0].status_code == 301
    assert urlsplit(str(resp.url)).path == web.spec("nerima").expected["target"]


def test_directory_without_slash_redirects_like_real_servers(web: SimWeb) -> None:
    resp = get(web.url("tachikawa", "/docs/2025040300024"))
    assert resp.status_code == 301 and resp.headers["location"] == "/docs/2025040300024/"


# ---- mutation between runs -------------------------------------------------------------------


def test_move_page_with_redirect(simweb: SimWeb) -> None:
    old = "/docs/2025040300024/"
    simweb.move_page("tachikawa", old, "/docs/2025100100001/")
    resp = get(simweb.url("tachikawa", old))
    assert resp.status_code == 301 and resp.headers["location"] == "/docs/2025100100001/"
    assert "協力確認書" in get(simweb.url("tachikawa", "/docs/2025100100001/")).text


def test_move_page_without_redirect_leaves_404_and_relinks(simweb: SimWeb) -> None:
    old, new = "/docs/2025040300024/", "/docs/2025100100001/"
    simweb.move_page("tachikawa", old, new, redirect=False)
    assert get(simweb.url("tachikawa", old)).status_code == 404
    listing = get(simweb.url("tachikawa", "/jigyosha/gaikokujin/")).text
    assert new in listing and old not in listing
    assert crawl_depths(simweb, "tachikawa")[new] == 3


def test_remove_page_and_set_down(simweb: SimWeb) -> None:
    target = simweb.spec("ota").expected["target"]
    simweb.remove_page("ota", target, status=410)
    assert get(simweb.url("ota", target)).status_code == 410
    simweb.set_down("ota", True, mode=503)
    assert get(simweb.homepage("ota")).status_code == 503
    simweb.set_down("ota", True)
    with pytest.raises(httpx.ConnectError):
        get(simweb.homepage("ota"))
    assert get(simweb.homepage("tachikawa")).status_code == 200  # other hosts unaffected
    simweb.set_down("ota", False)
    assert get(simweb.homepage("ota")).status_code == 200
    simweb.reset()
    assert get(simweb.url("ota", target)).status_code in (200, 503)


# ---- the generator --------------------------------------------------------------------------


def test_generated_web_is_deterministic_for_a_seed() -> None:
    def snapshot(seed: int) -> tuple[list, dict, bytes]:
        with SimWeb.generated(12, seed=seed, latency=0, broken_share=0.25) as gen:
            sources = [(s.code, s.name, s.title) for s in gen.sources()]
            expected = {k: v and urlsplit(v).path for k, v in gen.expected().items()}
            name = next(n for n, url in gen.expected().items() if url)
            page = get(gen.expected()[name]).content
        return sources, expected, page

    assert snapshot(3) == snapshot(3)
    assert snapshot(3) != snapshot(4)


def test_generated_sites_are_varied_real_municipalities_with_a_broken_share() -> None:
    sites = generate_sites(1741, seed=0, broken_share=0.03)
    assert len({s.spec.code for s in sites}) == 1741
    broken = [s for s in sites if s.broken]
    assert 40 <= len(broken) <= 65
    assert {s.broken for s in broken} >= {"unreachable", "server_error", "slow", "no_target"}
    assert len({s.effective_codec() for s in sites}) == 3
    assert len({s.spec.layout for s in sites}) >= 3
    registry = default_registry()
    assert all(registry.get(s.spec.code).name == s.spec.municipality for s in sites[:50])


def test_generated_sites_serve_their_own_municipality_and_expectations() -> None:
    with SimWeb.generated(30, seed=1, latency=0, broken_share=0.2) as gen:
        expected = gen.expected()
        for source in gen.sources():
            name = gen.site_of(source.homepage)
            site = gen.site(name)
            url = expected[name]
            if site.broken == "unreachable":
                with pytest.raises(httpx.ConnectError):
                    get(source.homepage)
                continue
            if site.broken == "server_error":
                assert get(source.homepage).status_code >= 500
                continue
            if site.broken == "no_target":
                assert url is None
                continue
            resp = get(url)
            text = resp.content.decode(site.effective_codec())
            assert source.name in text and "協力確認書" in text
            assert site.spec.expected["title"] in text
            flat = normalize(text)
            assert all(phone in flat for phone in site.spec.expected["phones"])
            if "data-cfemail" not in text:  # else the address is XOR-encoded in the page
                assert all(e.split("@")[1] in flat for e in site.spec.expected["emails"])


# ---- the hostile site and the robots.txt 500 site ----------------------------------------------


def test_hostile_traps_behave_as_documented(simweb: SimWeb) -> None:
    url = lambda path: simweb.url("hostile", path)  # noqa: E731
    garbage = get(url("/garbage.html"))
    assert garbage.status_code == 200 and garbage.headers["content-type"] == "text/html"
    assert len(garbage.content) == 65536 and b"<html" not in garbage.content.lower()
    with pytest.raises(httpx.RemoteProtocolError):
        get(url("/raw.html"))
    assert get(url("/error.html")).status_code == 500
    with pytest.raises(httpx.TooManyRedirects):
        httpx.get(url("/loop/a.html"), follow_redirects=True)
    with httpx.Client(max_redirects=20, follow_redirects=True) as client:
        chain = client.get(url("/chain/1.html"))
    assert len(chain.history) == 12 and chain.status_code == 200
    offsite = get(url("/offsite.html"))
    assert offsite.status_code == 301
    assert urlsplit(offsite.headers["location"]).netloc == simweb.host("tachikawa")
    assert get(url("/video/kyoryoku.mp4")).headers["content-type"] == "video/mp4"
    assert get(url("/files/kyoryoku_all.zip")).content[:2] == b"PK"


def test_huge_page_is_streamed_and_a_client_may_hang_up(simweb: SimWeb) -> None:
    with httpx.stream("GET", simweb.url("hostile", "/huge.html")) as resp:
        assert resp.status_code == 200 and "content-length" not in resp.headers
        received = 0
        for chunk in resp.iter_bytes():
            received += len(chunk)
            if received > 3_000_000:
                break
    assert get(simweb.url("hostile", "/jigyosha/kyoryoku.html")).status_code == 200
    logged = simweb.requests(site="hostile", path="/huge.html")
    assert logged and 3_000_000 <= logged[0].bytes_sent < 50 * 1024 * 1024


def test_huge_page_really_is_fifty_megabytes(web: SimWeb) -> None:
    total = 0
    with httpx.stream("GET", web.url("hostile", "/huge.html")) as resp:
        for chunk in resp.iter_raw(1 << 20):
            total += len(chunk)
    assert total == 52428800


def test_robots_500_site_expects_nothing_found(web: SimWeb) -> None:
    assert get(web.url("kunitachi", "/robots.txt")).status_code == 500
    assert web.expected()["kunitachi"] is None
    target = web.spec("kunitachi").expected["target"]
    assert get(web.url("kunitachi", target)).status_code == 200  # it exists; politeness hides it


# ---- how the server runs ----------------------------------------------------------------------


def test_log_stamps_arrival_not_the_end_of_a_slow_answer(web: SimWeb) -> None:
    sent = time.monotonic()  # CLOCK_MONOTONIC is shared by the processes of one machine
    assert get(web.url("funabashi", "/jigyou/roudou/index.html")).status_code == 200
    answered = time.monotonic()
    entry = web.requests(site="funabashi", path="/jigyou/roudou/index.html")[-1]
    assert answered - sent >= 1.0  # the configured slowness…
    assert entry.monotonic - sent < 0.5  # …comes after the stamp


def test_in_process_server_offers_the_same_api() -> None:
    with SimWeb.from_fixtures(["ota"], in_process=True) as web:
        assert web.server_pid == os.getpid()
        web.set_page("ota", "/new.html", "<html><body>新しいページ</body></html>")
        assert get(web.url("ota", "/new.html")).content.decode("euc_jp").endswith("</html>")
        assert [r.path for r in web.log] == ["/new.html"]


def test_generated_pages_can_be_edited_as_served() -> None:
    with SimWeb.generated(6, seed=2, latency=0, broken_share=0) as gen:
        name = gen.sites[0]
        target = urlsplit(gen.expected()[name]).path
        phone = gen.spec(name).expected["phones"][0]
        source = gen.page_source(name, target)
        assert gen.spec(name).municipality in source and phone in normalize(source)
        # The last mention: the first may be in the page's title, which the test checks below.
        gen.set_page(name, target, "協力確認書（改訂）".join(source.rsplit("協力確認書", 1)))
        served = get(gen.url(name, target))
        text = served.content.decode(gen.site(name).effective_codec())
        assert "協力確認書（改訂）" in text and gen.spec(name).municipality in text
        assert gen.spec(name).expected["title"] in text


def _cf_decode(hex_string: str) -> str:
    key = int(hex_string[:2], 16)
    return "".join(chr(int(hex_string[i : i + 2], 16) ^ key) for i in range(2, len(hex_string), 2))


@pytest.mark.parametrize("site", FINDABLE)
def test_site_yaml_facts_are_on_the_target_page(web: SimWeb, site: str) -> None:
    """What site.yaml promises an extractor will find is on the target page, and each trap
    (a value that must not be extracted) is somewhere on the site."""
    spec = web.spec(site)
    exp = spec.expected
    text = decode(get(web.url(site, exp["target"])), web, site)
    flat = normalize(text).replace("★", "@")
    flat += " ".join(_cf_decode(h) for h in re.findall(r'data-cfemail="([0-9a-f]+)"', text))
    for field in ("phones", "faxes", "postal_codes", "emails", "form_urls"):
        for value in exp.get(field, []):
            where = flat.lower() if field == "emails" else flat  # kokusai.CIS@… is lower-cased
            assert value in where.replace("&amp;", "&"), (field, value)
    site_text = normalize(" ".join(p for p in spec.pages.values() if isinstance(p, str)))
    site_text += normalize(spec.layout or "")
    for trap in exp.get("not_in", []):  # a number or address the site shows elsewhere
        assert trap in site_text.replace("&amp;", "&"), trap
    assert exp["title"] in text


def test_written_sources_file_is_valid_for_kyoryoku_refresh(web: SimWeb, tmp_path) -> None:
    path = tmp_path / "sources.yaml"
    web.write_sources(path)
    assert load_sources(path) == web.sources()
