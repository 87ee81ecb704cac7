"""The polite client, measured from what loopback servers actually received."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import random
from collections.abc import Iterator

import httpx
import pytest

from scraper.errors import (
    FetchError,
    HTTPStatusError,
    PrivateHostError,
    RedirectError,
    RobotsDisallowed,
    TooLargeError,
)
from scraper.fetch import Fetcher, decode_body, parse_retry_after, same_site
from tests.loopback import Hit, LoopbackSite, Reply, free_port

HTML = {"Content-Type": "text/html; charset=utf-8"}
PAGE = "<html><head><title>協力確認書</title></head><body><p>提出方法</p></body></html>"


def page(text: str = PAGE, **headers: str) -> Reply:
    return Reply(200, {**HTML, **headers}, text.encode("utf-8"))


def fast(**kwargs: object) -> Fetcher:
    """A Fetcher for loopback tests: short delay and backoff, private hosts allowed."""
    options: dict[str, object] = {"delay": 0.2, "allow_private_hosts": True, "backoff": 0.05}
    options.update(kwargs)
    return Fetcher(**options)  # type: ignore[arg-type]


def starts(hits: list[Hit]) -> list[float]:
    return sorted(h.started for h in hits)


# Server arrival times trail the client's send by a little; allow that much slack.
SLACK = 0.05


@pytest.fixture
def site() -> Iterator[LoopbackSite]:
    with LoopbackSite("127.0.0.1") as s:
        yield s


@pytest.fixture
def other() -> Iterator[LoopbackSite]:
    with LoopbackSite("127.0.0.2") as s:
        yield s


# --- politeness ---------------------------------------------------------------------------


async def test_one_host_gets_one_request_at_a_time_with_the_delay_between(site):
    for name in "abcd":
        site.routes[f"/{name}"] = Reply(200, HTML, b"<p>x</p>", pause=0.05)
    site.routes["/robots.txt"] = Reply(200, {"Content-Type": "text/plain"}, b"User-agent: *\n")
    async with fast() as fetcher:
        pages = await asyncio.gather(*(fetcher.fetch(site.url(f"/{n}")) for n in "abcd"))
    assert [p.http_status for p in pages] == [200] * 4
    hits = sorted(site.hits(), key=lambda h: h.started)
    assert [h.path for h in hits].count("/robots.txt") == 1
    assert hits[0].path == "/robots.txt"
    for before, after in itertools.pairwise(hits):
        assert after.started - before.started >= 0.2 - SLACK, (before.path, after.path)
        assert after.started >= before.ended - SLACK, "two requests overlapped on one host"
    assert fetcher.stats.requests == 5


async def test_different_hosts_are_fetched_in_parallel(site, other):
    for s in (site, other):
        s.routes["/slow"] = Reply(200, HTML, b"<p>slow</p>", pause=0.4)
    async with fast(delay=0.1) as fetcher:
        await asyncio.gather(fetcher.fetch(site.url("/slow")), fetcher.fetch(other.url("/slow")))
    a, b = site.hits("/slow")[0], other.hits("/slow")[0]
    # each host's request started while the other's was still being answered
    assert a.started < b.ended and b.started < a.ended


async def test_robots_disallow_is_obeyed_and_crawl_delay_honoured(site):
    site.routes["/robots.txt"] = Reply(
        200,
        {"Content-Type": "text/plain"},
        b"User-agent: *\nDisallow: /\n\nUser-agent: kyoryoku\nDisallow: /private/\n"
        b"Crawl-delay: 0.5\n",
    )
    site.routes["/public/1"] = page()
    site.routes["/public/2"] = page()
    site.routes["/private/secret"] = page()
    async with fast(delay=0.1) as fetcher:
        with pytest.raises(RobotsDisallowed, match=r"robots\.txt"):
            await fetcher.fetch(site.url("/private/secret"))
        await asyncio.gather(
            fetcher.fetch(site.url("/public/1")), fetcher.fetch(site.url("/public/2"))
        )
    assert site.hits("/private/secret") == []
    assert len(site.hits("/robots.txt")) == 1
    first, second = starts(site.hits("/public/1") + site.hits("/public/2"))
    assert second - first >= 0.5 - SLACK


async def test_robots_server_error_disallows_everything_but_404_allows(site, other):
    site.routes["/robots.txt"] = Reply(503, {}, b"")
    site.routes["/page"] = page()
    other.routes["/page"] = page()  # other has no robots.txt at all (404)
    async with fast(retries=1) as fetcher:
        with pytest.raises(FetchError, match="unreachable") as info:
            await fetcher.fetch(site.url("/page"))
        assert not isinstance(info.value, RobotsDisallowed)  # down, not forbidden
        assert (await fetcher.fetch(other.url("/page"))).http_status == 200
    assert site.hits("/page") == []
    assert len(site.hits("/robots.txt")) == 2  # the 503 was retried once before giving up


async def test_a_robots_txt_of_html_or_garbage_restricts_nothing(site, other):
    # CMSs often answer /robots.txt with their HTML "page not found" page and status 200
    site.routes["/robots.txt"] = Reply(
        200, HTML, "<html><body>ページが見つかりません</body></html>".encode()
    )
    other.routes["/robots.txt"] = Reply(
        200, {}, bytes(random.Random(3).randrange(256) for _ in range(5000))
    )
    site.routes["/page"] = page()
    other.routes["/page"] = page()
    async with fast(delay=0.01) as fetcher:
        for s in (site, other):
            assert (await fetcher.fetch(s.url("/page"))).http_status == 200


async def test_user_agent_names_the_project(site):
    site.routes["/"] = page()
    async with fast() as fetcher:
        await fetcher.fetch(site.url("/"))
    agents = {h.headers["user-agent"] for h in site.hits()}
    assert len(agents) == 1 and agents.pop().startswith("kyoryoku/")


# --- retries ------------------------------------------------------------------------------


async def test_503_with_retry_after_is_retried_after_waiting(site):
    site.routes["/flaky"] = [Reply(503, {"Retry-After": "1"}, b"busy"), page()]
    async with fast() as fetcher:
        result = await fetcher.fetch(site.url("/flaky"))
    assert result.http_status == 200 and "提出方法" in result.text
    first, second = starts(site.hits("/flaky"))
    assert second - first >= 1.0 - SLACK
    assert fetcher.stats.retries == 1


async def test_429_is_retried_with_backoff(site):
    site.routes["/busy"] = [Reply(429, {}, b""), Reply(429, {}, b""), page()]
    async with fast() as fetcher:
        result = await fetcher.fetch(site.url("/busy"))
    assert result.http_status == 200
    assert len(site.hits("/busy")) == 3
    assert fetcher.stats.retries == 2


async def test_persistent_500_gives_up_with_the_status_after_the_retries(site):
    site.routes["/down"] = Reply(500, {}, b"error")
    async with fast(retries=2) as fetcher:
        with pytest.raises(HTTPStatusError) as info:
            await fetcher.fetch(site.url("/down"))
    assert info.value.status == 500
    assert len(site.hits("/down")) == 3


async def test_a_retry_after_beyond_the_cap_gives_up_at_once(site):
    site.routes["/later"] = Reply(503, {"Retry-After": "3600"}, b"")
    async with fast() as fetcher:
        with pytest.raises(HTTPStatusError, match="retry after 3600") as info:
            await fetcher.fetch(site.url("/later"))
    assert info.value.status == 503
    assert len(site.hits("/later")) == 1


async def test_404_and_410_are_recognisable_and_not_retried(site):
    site.routes["/gone"] = Reply(410, {}, b"")
    async with fast() as fetcher:
        with pytest.raises(HTTPStatusError) as missing:
            await fetcher.fetch(site.url("/missing"))
        with pytest.raises(HTTPStatusError) as gone:
            await fetcher.fetch(site.url("/gone"))
    assert (missing.value.status, gone.value.status) == (404, 410)
    assert len(site.hits("/missing")) == 1


async def test_connection_refused_is_a_fetch_error_after_retries():
    url = f"http://127.0.0.1:{free_port()}/page"
    async with fast(retries=2, delay=0.01) as fetcher:
        with pytest.raises(FetchError) as info:
            await fetcher.fetch(url)
    assert type(info.value) is FetchError
    assert "ConnectError" in str(info.value) and "after 2 retries" in str(info.value)
    assert fetcher.stats.retries == 2


async def test_a_server_that_never_answers_times_out():
    async def hang(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    transport = httpx.MockTransport(hang)
    async with Fetcher(delay=0, retries=1, backoff=0.01, transport=transport) as fetcher:
        with pytest.raises(FetchError, match="timed out"):
            await fetcher.fetch("https://www.city.example.lg.jp/page.html")
    assert fetcher.stats.retries >= 1


# --- redirects ----------------------------------------------------------------------------


async def test_a_redirect_chain_is_followed_to_the_final_url(site):
    site.routes["/old.html"] = Reply(301, {"Location": "/mid.html"})
    site.routes["/mid.html"] = Reply(302, {"Location": site.url("/new/page.html")})
    site.routes["/new/page.html"] = page()
    async with fast(delay=0.1) as fetcher:
        result = await fetcher.fetch(site.url("/old.html"))
    assert result.url == site.url("/old.html")
    assert result.final_url == site.url("/new/page.html")
    assert result.http_status == 200
    # every hop went through the host gate
    hits = starts(site.hits())
    assert all(b - a >= 0.1 - SLACK for a, b in itertools.pairwise(hits))


async def test_a_redirect_loop_is_an_error(site):
    site.routes["/a"] = Reply(302, {"Location": "/b"})
    site.routes["/b"] = Reply(302, {"Location": "/a"})
    async with fast(delay=0.01) as fetcher:
        with pytest.raises(RedirectError, match="loop"):
            await fetcher.fetch(site.url("/a"))
    assert len(site.hits("/a")) == 1


async def test_too_many_redirects_is_an_error(site):
    for n in range(5):
        site.routes[f"/r{n}"] = Reply(302, {"Location": f"/r{n + 1}"})
    async with fast(delay=0.01, max_redirects=2) as fetcher:
        with pytest.raises(RedirectError, match="more than 2 redirects"):
            await fetcher.fetch(site.url("/r0"))
    assert site.hits("/r3") == []


async def test_a_redirect_to_another_site_is_refused_unless_allowed(site, other):
    site.routes["/moved"] = Reply(301, {"Location": other.url("/elsewhere")})
    other.routes["/elsewhere"] = page()
    async with fast(delay=0.01) as fetcher:
        with pytest.raises(RedirectError, match="off the site"):
            await fetcher.fetch(site.url("/moved"))
        assert other.hits() == []
        result = await fetcher.fetch(site.url("/moved"), allow_offsite_redirect=True)
    assert result.final_url == other.url("/elsewhere")
    assert [h.path for h in other.hits()] == ["/robots.txt", "/elsewhere"]


async def test_a_redirect_to_a_private_address_is_refused_on_the_hop():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"Location": "http://city.example.lg.jp:1/admin"})

    transport = httpx.MockTransport(handler)
    async with Fetcher(delay=0, transport=transport) as fetcher:
        fetcher._resolved[("city.example.lg.jp", 1)] = ["10.0.0.5"]  # what DNS would answer
        fetcher._resolved[("www.city.example.lg.jp", 443)] = ["93.184.216.34"]
        with pytest.raises(PrivateHostError, match=r"10\.0\.0\.5"):
            await fetcher.fetch("https://www.city.example.lg.jp/")


# --- size cap -----------------------------------------------------------------------------


async def test_a_50_mb_body_fails_fast_without_being_buffered(site):
    def fifty_megabytes() -> Iterator[bytes]:
        chunk = b"<p>" + b"x" * 65_530 + b"</p>"
        for _ in range(50_000_000 // len(chunk)):
            yield chunk

    site.routes["/huge"] = Reply(200, {"Content-Type": "text/html"}, fifty_megabytes())
    async with fast() as fetcher:
        with pytest.raises(TooLargeError, match="cap"):
            await fetcher.fetch(site.url("/huge"))
    await asyncio.sleep(0.2)  # let the server notice the closed connection
    sent = site.hits("/huge")[0].bytes_sent
    assert sent < 25_000_000, f"the server got to send {sent:,} bytes before the client gave up"


async def test_a_declared_length_over_the_cap_is_refused_before_reading():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"Content-Length": "60000000"}, content=b"x" * 10)

    async with Fetcher(delay=0, transport=httpx.MockTransport(handler), max_bytes=1000) as f:
        f._resolved[("www.city.example.lg.jp", 443)] = ["93.184.216.34"]
        with pytest.raises(TooLargeError, match="60,000,000"):
            await f.fetch("https://www.city.example.lg.jp/big.pdf")


# --- charsets -----------------------------------------------------------------------------

SJIS_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
    "<title>協力確認書の提出について</title></head><body>"
    "<p>①郵送 ②窓口(担当:髙橋)</p><p>〒190-0000 立川市泉町1156-9</p></body></html>"
)
EUC_PAGE = (
    "<html><head><title>特定技能所属機関の皆様へ</title></head><body>"
    "<p>協力確認書は電子メール又は郵送で提出してください。担当:多文化共生係</p></body></html>"
)


async def test_shift_jis_with_the_charset_only_in_meta_is_decoded_as_cp932(site):
    body = SJIS_PAGE.encode("cp932")
    site.routes["/sjis.html"] = Reply(200, {"Content-Type": "text/html"}, body)
    async with fast() as fetcher:
        result = await fetcher.fetch(site.url("/sjis.html"))
    assert result.encoding == "cp932"
    assert "①郵送" in result.text and "髙橋" in result.text
    assert result.body == body
    assert result.sha256 == hashlib.sha256(body).hexdigest()


async def test_euc_jp_with_the_charset_only_in_the_header(site):
    body = EUC_PAGE.encode("euc_jp")
    site.routes["/euc.html"] = Reply(200, {"Content-Type": "text/html; charset=EUC-JP"}, body)
    async with fast() as fetcher:
        result = await fetcher.fetch(site.url("/euc.html"))
    assert result.encoding == "euc_jp"
    assert "電子メール又は郵送" in result.text


async def test_garbage_bytes_never_crash(site):
    garbage = bytes(random.Random(7).randrange(256) for _ in range(20_000))
    site.routes["/garbage"] = Reply(200, {"Content-Type": "text/html; charset=utf-8"}, garbage)
    async with fast() as fetcher:
        result = await fetcher.fetch(site.url("/garbage"))
    assert isinstance(result.text, str) and result.body == garbage
    text, codec = decode_body(garbage, "text/html; charset=no-such-charset")
    assert isinstance(text, str) and codec


@pytest.mark.parametrize(
    ("label", "expected"),
    [("Shift_JIS", "cp932"), ("x-sjis", "cp932"), ("Windows-31J", "cp932"), ("MS932", "cp932")],
)
def test_shift_jis_aliases_decode_as_cp932(label, expected):
    text, codec = decode_body("①髙".encode("cp932"), f"text/html; charset={label}")
    assert (text, codec) == ("①髙", expected)


def test_a_header_that_contradicts_the_page_loses_to_the_meta_that_decodes_it():
    body = SJIS_PAGE.encode("cp932")
    text, codec = decode_body(body, "text/html; charset=UTF-8")
    assert codec == "cp932" and "髙橋" in text


def test_without_any_label_the_encoding_is_detected():
    body = (EUC_PAGE * 5).encode("euc_jp")
    text, codec = decode_body(body, None)
    assert codec == "euc_jp" and "多文化共生係" in text


def test_replacement_characters_the_page_really_contains_are_not_decode_errors():
    # a template's stale meta names a Western charset that decodes any byte without error
    page = '<meta charset="iso-8859-15"><p>文字化け\ufffdの例:協力確認書</p>'
    text, codec = decode_body(page.encode(), "text/html; charset=utf-8")
    assert codec == "utf-8" and "文字化け\ufffdの例" in text


def test_a_utf8_bom_wins():
    text, codec = decode_body("\ufeff<p>提出</p>".encode(), "text/html")
    assert codec == "utf-8" and "提出" in text


# --- private hosts ------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "169.254.169.254"])
async def test_private_and_loopback_hosts_are_refused_without_the_flag(site, host):
    site.routes["/"] = page()
    url = site.url("/").replace("127.0.0.1", host)
    async with Fetcher(delay=0, retries=0) as fetcher:
        with pytest.raises(PrivateHostError, match="allow-private-hosts"):
            await fetcher.fetch(url)
    assert site.hits() == []


# --- conditional requests -----------------------------------------------------------------


async def test_etag_and_last_modified_bring_back_304_not_modified(site):
    etag, modified = '"v1-abc"', "Tue, 01 Apr 2025 00:00:00 GMT"

    def conditional(hit: Hit) -> Reply:
        if hit.headers.get("if-none-match") == etag or (
            hit.headers.get("if-modified-since") == modified
        ):
            return Reply(304, {"ETag": etag})
        return page(ETag=etag, **{"Last-Modified": modified})

    site.routes["/page.html"] = conditional
    async with fast(delay=0.01) as fetcher:
        first = await fetcher.fetch(site.url("/page.html"))
        by_etag = await fetcher.fetch(site.url("/page.html"), etag=first.headers["etag"])
        by_date = await fetcher.fetch(
            site.url("/page.html"), last_modified=first.headers["last-modified"]
        )
    assert first.headers["etag"] == etag and not first.not_modified
    assert set(first.headers) >= {"content-type", "etag", "last-modified", "content-length"}
    for result in (by_etag, by_date):
        assert result.not_modified and result.http_status == 304 and result.body == b""
    assert fetcher.stats.not_modified == 2
    hits = site.hits("/page.html")
    assert hits[1].headers["if-none-match"] == etag
    assert hits[2].headers["if-modified-since"] == modified
    assert fetcher.stats.bytes_received > 0


# --- helpers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://city.tachikawa.lg.jp/a", "https://www.city.tachikawa.lg.jp/b", True),
        ("http://www.city.tachikawa.lg.jp/", "https://www.city.tachikawa.lg.jp/", True),
        ("https://www.city.tachikawa.lg.jp/", "https://shinsei.city.tachikawa.lg.jp/", True),
        ("https://city.a.lg.jp/", "https://city.b.lg.jp/", False),
        ("https://www.city.nerima.tokyo.jp/", "https://city.nerima.tokyo.jp/x", True),
        ("https://www.city.nerima.tokyo.jp/", "https://www.city.fuchu.tokyo.jp/", False),
        ("https://www.city.yokohama.jp/", "https://www.city.yokohama.lg.jp/", False),
        ("https://www.city.yokohama.jp/", "https://city.yokohama.jp/", True),
        ("https://logoform.jp/form/x", "https://www.city.example.lg.jp/", False),
        ("https://a.example.co.jp/", "https://b.example.co.jp/", True),
        ("https://a.co.jp/", "https://b.co.jp/", False),
        ("http://127.0.0.1:8000/", "http://127.0.0.1:9000/", True),
        ("http://127.0.0.1/", "http://127.0.0.2/", False),
    ],
)
def test_same_site(a, b, same):
    assert same_site(a, b) is same


def test_retry_after_accepts_seconds_and_http_dates():
    assert parse_retry_after("30") == 30.0
    assert parse_retry_after("Thu, 01 Jan 2026 00:01:00 GMT", now=1767225600.0) == 60.0
    assert parse_retry_after("soon") is None


async def test_japanese_paths_broken_gzip_and_raw_utf8_locations():
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/robots.txt":
            return httpx.Response(404)
        if path == "/broken.html":
            return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b"not gzip")
        if path == "/old":
            raw = "/ページ/協力確認書.html".encode()  # raw UTF-8 bytes, as some servers send
            return httpx.Response(301, headers=[(b"Location", raw)])
        return httpx.Response(200, html=f"<p>{path}</p>")

    async with Fetcher(delay=0, transport=httpx.MockTransport(handler)) as fetcher:
        fetcher._resolved[("www.city.example.lg.jp", 443)] = ["93.184.216.34"]
        moved = await fetcher.fetch("https://www.city.example.lg.jp/old")
        with pytest.raises(FetchError, match=r"broken\.html"):
            await fetcher.fetch("https://www.city.example.lg.jp/broken.html")
    assert "協力確認書" in httpx.URL(moved.final_url).path
    assert "協力確認書" in moved.text
