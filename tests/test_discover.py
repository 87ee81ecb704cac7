"""Discovery: the scoring functions on inline HTML, and the crawl over a small in-memory site."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from scraper.discover import (
    ACCEPT,
    STRONG,
    canonical,
    discover,
    followable,
    is_pager,
    link_priority,
    looks_municipal,
    page_facts,
    page_score,
    term_score,
    url_score,
)
from scraper.fetch import Fetcher
from scraper.models import Source

HOST = "https://www.city.sakuragi.lg.jp"
TITLE = "特定技能所属機関による協力確認書の提出について"

NAV = """
<div id="header"><p class="skip"><a href="#main">本文へスキップ</a></p>
<a href="/"><img src="/img/logo.png" alt="桜木市"></a>
<ul class="util"><li><a href="/moji.html">文字サイズ</a></li>
<li><a href="/yomiage.html">読み上げ</a></li>
<li><a href="/en/index.html">English</a></li><li><a href="/zh/index.html">中文</a></li></ul>
<ul id="gnav">
<li><a href="/kurashi/index.html">くらし・手続き</a></li>
<li><a href="/kosodate/index.html">子育て・教育</a></li>
<li><a href="/sangyo/index.html">産業・しごと</a></li>
<li><a href="/shisei/index.html">市政情報</a></li>
<li><a href="/soshiki/index.html">組織から探す</a></li>
<li><a href="https://apply.e-tumo.jp/city-sakuragi-u/">電子申請</a></li>
<li><a href="/otoiawase.html">お問い合わせ</a></li></ul></div>
"""
FOOTER = """
<div id="footer"><p>桜木市役所 〒190-0000 東京都桜木市本町1-1 電話:042-000-1111(代表)</p>
<p>開庁時間 午前8時30分から午後5時まで</p><p>Copyright © Sakuragi City.</p></div>
"""


def layout(title: str, body: str, *, crumbs: str = "ホーム") -> str:
    return f"""<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8">
<title>{title}｜桜木市</title></head><body>
<p>ページの先頭です。メニューを飛ばして本文へ</p>{NAV}
<div class="pankuzu">現在地 {crumbs} &gt; {title}</div>
<div id="main"><h1>{title}</h1>{body}
<p>ページID:P0{len(title)}55 更新日:2025年4月3日更新
<a href="javascript:print()">印刷ページ表示</a></p>
</div>{FOOTER}</body></html>"""


TARGET = layout(
    TITLE,
    """
<p>令和7年4月1日から、特定技能所属機関は、特定技能外国人が活動する事業所の所在地及び住居地の
市区町村に「協力確認書」を提出することとなりました。</p>
<h2>提出方法</h2><p>次のいずれかの方法で、協力確認書を提出してください。</p>
<ol><li>窓口(市役所本庁舎3階 多文化共生課)</li><li>郵送(下記お問い合わせ先まで)</li>
<li>電子メール tabunka@city.sakuragi.example.lg.jp</li></ol>
<p><a href="/material/files/group/12/kyoryoku_yoshiki.docx">協力確認書(様式)(Word:28KB)</a></p>
<p><a href="https://www.moj.go.jp/isa/">出入国在留管理庁のページ(外部リンク)</a></p>
<div class="contact"><h2>このページに関するお問い合わせ</h2><p>市民部 多文化共生課 多文化共生係
電話:042-000-2222 ファクス:042-000-2223 <a href="mailto:tabunka@city.sakuragi.example.lg.jp">
メールでのお問い合わせはこちら</a></p></div>""",
    crumbs="ホーム &gt; 産業・しごと &gt; 労働・雇用",
)

NEWS_ITEM = layout(
    "新着情報一覧",
    """<ul class="news">
<li>2025年4月1日 <a href="/sangyo/koyo/kyoryoku.html">
特定技能所属機関による協力確認書の提出について</a></li>
<li>2025年3月28日 <a href="/kanko/sakura.html">さくらまつりを開催します</a></li>
<li>2025年3月25日 <a href="/kurashi/gomi/calendar.html">ごみ収集カレンダー(令和7年度版)</a></li>
<li>2025年3月21日 <a href="/shisei/saiyo/r7.html">令和7年度 会計年度任用職員の採用</a></li>
<li>2025年3月14日 <a href="/kosodate/hoiku.html">保育所の入所申込みについて</a></li>
</ul>""",
)

GINO = layout(
    "技能実習生の受入れについて",
    """<p>技能実習制度は、開発途上地域等への技能移転を目的とした制度です。技能実習生を受け入れる
事業者の方は、監理団体を通じて手続きを行ってください。市への提出書類はありません。</p>
<p>詳しくは外国人技能実習機構のホームページをご覧ください。</p>""",
)

GAIKOKUJIN = layout(
    "外国人住民の方へ",
    """<p>外国人住民の方の住民登録、在留カード、国民健康保険、やさしい日本語の生活ガイドについて
ご案内します。転入の際は市民課の窓口で届出をしてください。</p>
<ul><li><a href="/kurashi/gaikokujin/soudan.html">外国人相談窓口</a></li>
<li><a href="/kurashi/gaikokujin/nihongo.html">日本語教室</a></li></ul>""",
)

KOYO = layout(
    "労働・雇用",
    """<ul>
<li><a href="/sangyo/koyo/gaikokujin_koyo.html">外国人材の雇用について</a></li>
<li><a href="/sangyo/koyo/gino.html">技能実習生の受入れについて</a></li>
<li><a href="kyoryoku.html">特定技能所属機関による協力確認書の提出について</a></li>
<li><a href="/sangyo/koyo/shushoku.html">就職面接会のお知らせ</a></li></ul>""",
    crumbs="ホーム &gt; 産業・しごと",
)

SANGYO = layout(
    "産業・しごと",
    """<ul><li><a href="/sangyo/koyo/index.html">労働・雇用</a></li>
<li><a href="/sangyo/nyusatsu/index.html">入札・契約</a></li>
<li><a href="/kanko/index.html">観光・イベント</a></li>
<li><a href="/sangyo/shoko/index.html">商工業の振興</a></li></ul>""",
)

HOME = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8">
<title>桜木市ホームページ</title>
</head><body>{NAV}<div id="main">
<div class="bnr"><a href="/kanko/sakura.html">
<img src="/img/sakura.jpg" alt="さくらまつり2025"></a></div>
<h2>新着情報</h2><ul>
<li><a href="/news/index.html">特定技能所属機関の協力確認書の受付を始めました</a></li>
<li><a href="/kurashi/gomi/calendar.html">ごみ収集カレンダー</a></li></ul>
<h2>くらしのガイド</h2><ul>
<li><a href="/kurashi/gaikokujin.html">外国人住民の方へ</a></li>
<li><a href="/kurashi/gino.html">技能実習</a></li>
<li><a href="/koho/koho.pdf">広報さくらぎ(PDF)</a></li>
<li><a href="mailto:koho@city.sakuragi.example.lg.jp">ご意見</a></li>
<li><a href="https://www.other-town.example.jp/">近隣の町</a></li></ul></div>{FOOTER}</body></html>"""

SITE: dict[str, str] = {
    "/": HOME,
    "/news/index.html": NEWS_ITEM,
    "/sangyo/index.html": SANGYO,
    "/sangyo/koyo/index.html": KOYO,
    "/sangyo/koyo/kyoryoku.html": TARGET,
    "/sangyo/koyo/gino.html": GINO,
    "/kurashi/gino.html": GINO,
    "/kurashi/gaikokujin.html": GAIKOKUJIN,
}


def source(title: str | None = TITLE) -> Source:
    return Source(
        code="132021", name="立川市", prefecture="東京都", homepage=f"{HOST}/", title=title
    )


def serve(pages: dict[str, str], log: list[str]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        log.append(request.url.path)
        html = pages.get(request.url.path)
        if html is None:
            return httpx.Response(404, text="<html><body>ページが見つかりません</body></html>")
        return httpx.Response(
            200, content=html.encode(), headers={"content-type": "text/html; charset=UTF-8"}
        )

    return handler


async def crawl(pages: dict[str, str], src: Source, budget: int = 40):
    log: list[str] = []
    transport = httpx.MockTransport(serve(pages, log))
    async with Fetcher(delay=0, allow_private_hosts=True, transport=transport) as fetcher:
        result = await discover(fetcher, src, budget=budget)
    return result, [p for p in log if p != "/robots.txt"]


# --- scoring units ---------------------------------------------------------------------------


def test_term_score_orders_labels_by_promise() -> None:
    assert term_score("特定技能所属機関の協力確認書") > term_score("外国人の雇用")
    assert term_score("外国人の雇用") > term_score("くらし・手続き") > term_score("市長の部屋")
    assert term_score("観光・イベント") < 0
    assert term_score("技能実習生の受入れ") < 0
    assert term_score("特定技能と技能実習") > 0
    assert term_score("English") < -10
    assert term_score("産業･しごと") == term_score("産業・しごと") > 0  # half-width dot


def test_url_score_reads_romaji_paths_and_language_versions() -> None:
    assert url_score(f"{HOST}/sangyo/koyo/kyoryoku.html") > url_score(f"{HOST}/shisei/a.html")
    assert url_score(f"{HOST}/en/index.html") < -10
    # WordPress-style percent-encoded Japanese slugs count too.
    assert url_score(f"{HOST}/%E5%8D%94%E5%8A%9B%E7%A2%BA%E8%AA%8D%E6%9B%B8/") > 0


def test_link_priority_prefers_the_known_title_then_context() -> None:
    url = f"{HOST}/docs/2025040300024/"
    hinted = link_priority(TITLE + "(令和7年4月)", url, hint=TITLE, depth=3)
    assert hinted > link_priority("協力確認書について", url, hint=TITLE, depth=1)
    plain = link_priority("提出書類", url)
    assert link_priority("提出書類", url, context=5.0) > plain
    assert link_priority("提出書類", url, depth=3) < plain


def test_followable_skips_documents_and_other_schemes() -> None:
    assert followable(f"{HOST}/soshiki/index.html")
    assert followable(f"{HOST}/docs/2025040300024/")
    for url in (f"{HOST}/a/yoshiki.docx", f"{HOST}/b.PDF", f"{HOST}/c.xlsx", "ftp://x.jp/a"):
        assert not followable(url)


def test_page_facts_resolves_links_and_keeps_image_alt() -> None:
    facts = page_facts(HOME, f"{HOST}/")
    links = dict(facts.links)
    assert links[f"{HOST}/news/index.html"].startswith("特定技能所属機関の協力確認書")
    assert links[f"{HOST}/kanko/sakura.html"] == "さくらまつり2025"
    assert not any(u.startswith(("mailto:", "javascript:")) for u in links)
    facts = page_facts(KOYO, f"{HOST}/sangyo/koyo/index.html")
    assert f"{HOST}/sangyo/koyo/kyoryoku.html" in dict(facts.links)
    base = '<html><head><base href="/x/y/"></head><body><a href="p.html">p</a></body></html>'
    assert page_facts(base, f"{HOST}/a/b.html").links == ((f"{HOST}/x/y/p.html", "p"),)


def score(html: str, hint: str | None = TITLE) -> float:
    return page_score(page_facts(html, f"{HOST}/p.html"), hint)


def test_target_page_scores_as_strong_with_or_without_hint() -> None:
    assert score(TARGET) >= STRONG
    assert score(TARGET, None) >= STRONG
    assert score(TARGET) > score(TARGET, None)


def test_decoys_score_below_acceptance() -> None:
    assert score(NEWS_ITEM) < ACCEPT  # the form named only in a link of a news list
    assert score(GINO) < ACCEPT  # 技能実習 only
    assert score(GAIKOKUJIN) < ACCEPT  # generic page for foreign residents
    assert score(KOYO) < ACCEPT  # a category list linking to the page
    assert score(HOME, None) < ACCEPT


OVERVIEW = layout(
    "特定技能制度における地域の共生施策に関する連携",
    """<p>特定技能制度では、特定技能所属機関に地域の共生施策への協力が求められています。
所属機関は、事業所と住居地の市区町村へ協力確認書を提出する必要があります。</p>
<p>本市への提出方法、様式は次のページをご覧ください。</p>
<p><a href="/docs/kyoryoku.html">特定技能所属機関による協力確認書の提出について</a></p>""",
)


def test_overview_sending_readers_on_is_not_the_page_unless_it_is_the_known_title() -> None:
    # About the form, but the way to submit is on the page it links to.
    assert score(OVERVIEW) < ACCEPT
    assert score(OVERVIEW, None) < ACCEPT
    # When the overview's own title is the known title, it is the target.
    assert score(OVERVIEW, "特定技能制度における地域の共生施策に関する連携") >= STRONG


def test_news_item_pointing_to_the_page_is_not_the_page() -> None:
    news = layout(
        "【事業者の方へ】協力確認書の受付を開始しました",
        """<p>特定技能所属機関の皆様からの協力確認書の受付を開始しました。</p>
<p>提出方法や様式については、<a href="/docs/kyoryoku.html">協力確認書の提出について</a>を
ご覧ください。</p>
<div class="enquete"><p>このページの情報は役に立ちましたか?</p><form>…</form>
<p>※このフォームは回答専用です。返信が必要な場合は電話またはメールでお問い合わせください。</p>
</div>""",
    )
    assert score(news, None) < ACCEPT
    # A short page that does say how (e-mail) and links only its template stays acceptable.
    terse = layout(
        "協力確認書の提出",
        """<p>特定技能所属機関の方は、協力確認書を電子メールで提出してください。
kyosei@city.sakuragi.example.lg.jp</p>
<p><a href="/files/kyoryoku.docx">協力確認書(様式)</a></p>""",
    )
    assert score(terse, None) >= ACCEPT


def test_page_mostly_links_is_penalised() -> None:
    links = "".join(
        f'<li><a href="/n/{i}.html">特定技能の協力確認書 {i}</a></li>' for i in range(30)
    )
    page = layout("協力確認書 関連リンク", f"<p>協力確認書を提出してください。</p><ul>{links}</ul>")
    assert score(page, None) < ACCEPT


# --- the crawl -------------------------------------------------------------------------------


async def test_discovery_finds_the_target_through_the_navigation() -> None:
    result, log = await crawl(SITE, source())
    assert result.url == f"{HOST}/sangyo/koyo/kyoryoku.html"
    assert result.page is not None and "多文化共生課" in result.page.text
    assert result.score >= STRONG
    assert result.error is None
    assert result.candidates[0].url == result.url
    assert result.candidates[0].title == TITLE
    assert result.pages_fetched == len(log) <= 6
    assert not any(p.startswith(("/en/", "/zh/")) or p.endswith((".pdf", ".docx")) for p in log)
    assert "/kanko/sakura.html" not in log


async def test_discovery_without_a_title_hint_still_finds_the_page() -> None:
    result, log = await crawl(SITE, source(title=None))
    assert result.url == f"{HOST}/sangyo/koyo/kyoryoku.html"
    assert len(log) <= 10


async def test_discovery_reports_no_page_and_keeps_runners_up() -> None:
    pages = {k: v for k, v in SITE.items() if k != "/sangyo/koyo/kyoryoku.html"}
    result, log = await crawl(pages, source())
    assert result.page is None and result.url is None
    assert result.error is None
    assert "no page about the 協力確認書" in result.reason
    assert result.pages_fetched == len(log)
    assert all(c.score < ACCEPT for c in result.candidates)


async def test_discovery_respects_the_budget() -> None:
    pages = {k: v for k, v in SITE.items() if k != "/sangyo/koyo/kyoryoku.html"}
    result, log = await crawl(pages, source(), budget=3)
    assert result.pages_fetched == 3 == len(log)
    assert "budget" in result.reason


async def test_unreachable_homepage_is_an_error_not_a_missing_page() -> None:
    result, _ = await crawl({}, source())
    assert result.page is None
    assert result.error and "404" in result.error


@pytest.mark.parametrize("broken", ["/sangyo/index.html", "/news/index.html"])
async def test_a_failing_intermediate_page_is_skipped(broken: str) -> None:
    pages = {k: v for k, v in SITE.items() if k != broken}
    result, _ = await crawl(pages, source())
    # The news item still leads there, or the category path does.
    assert result.url == f"{HOST}/sangyo/koyo/kyoryoku.html"


async def test_robots_forbidding_the_homepage_means_nothing_to_find() -> None:
    pages = dict(SITE)
    pages["/robots.txt"] = "User-agent: *\nDisallow: /\n"
    result, log = await crawl(pages, source())
    assert result.page is None and result.error is None
    assert "robots" in result.reason
    assert log == []  # nothing but robots.txt was asked for


def test_looks_municipal() -> None:
    assert looks_municipal("https://www.city.sakuragi.lg.jp/")
    assert looks_municipal("https://www.town.oi.fukui.jp/")
    assert looks_municipal("https://city.chofu.tokyo.jp/www/")
    assert not looks_municipal("https://parked-domain.example.com/")
    assert not looks_municipal("http://127.0.0.2:8080/")


async def test_homepage_moved_to_a_new_municipal_domain_is_followed() -> None:
    old = "https://www.city.sakuragi.tokyo.jp"
    log: list[str] = []
    serve_new = serve(SITE, log)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "www.city.sakuragi.tokyo.jp":
            log.append(f"old:{request.url.path}")
            return httpx.Response(301, headers={"location": f"{HOST}{request.url.path}"})
        return serve_new(request)

    src = source().model_copy(update={"homepage": f"{old}/"})
    async with Fetcher(
        delay=0, allow_private_hosts=True, transport=httpx.MockTransport(handler)
    ) as fetcher:
        result = await discover(fetcher, src)
    assert result.url == f"{HOST}/sangyo/koyo/kyoryoku.html"
    assert [p for p in log if p.startswith("old:") and p != "old:/robots.txt"] == ["old:/"]


async def test_homepage_redirected_to_an_unrelated_domain_is_unreachable() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "www.city.sakuragi.lg.jp":
            return httpx.Response(302, headers={"location": "https://parked.example.com/"})
        return httpx.Response(200, text="<html><body>この ドメインは販売中です</body></html>")

    async with Fetcher(
        delay=0, allow_private_hosts=True, transport=httpx.MockTransport(handler)
    ) as fetcher:
        result = await discover(fetcher, source())
    assert result.page is None and result.error and "parked.example.com" in result.error


async def test_page_reached_only_through_the_department_list_is_found() -> None:
    """No hint, no 協力確認書 in any link: 組織から探す → 市民協働課 → a page for employers."""
    dept_links = "".join(
        f'<li><a href="/soshiki/{slug}/index.html">{name}</a></li>'
        for slug, name in (
            ("somu", "総務課"),
            ("zeimu", "課税課"),
            ("kyodo", "市民協働課"),
            ("bunka", "文化振興課"),
            ("kankyo", "環境保全課"),
        )
    )
    page = layout(
        "外国人を雇用する事業者の皆様へ",
        """<p>特定技能外国人を雇用する特定技能所属機関は、事業所と住居地の市区町村に協力確認書を
提出することになりました。本市では次の方法で受け付けています。</p>
<p>提出方法:郵送または窓口へ持参(市民協働課 2階)</p>""",
    )
    pages = {
        "/": layout("桜木市", "<p>ようこそ</p>"),
        "/soshiki/index.html": layout("組織から探す", f"<ul>{dept_links}</ul>"),
        "/soshiki/kyodo/index.html": layout(
            "市民協働課",
            """<ul><li><a href="/soshiki/kyodo/npo.html">NPO活動の支援</a></li>
<li><a href="/soshiki/kyodo/koyo.html">外国人を雇用する事業者の皆様へ</a></li></ul>""",
        ),
        "/soshiki/kyodo/koyo.html": page,
    }
    result, log = await crawl(pages, source(title=None))
    assert result.url == f"{HOST}/soshiki/kyodo/koyo.html"
    assert ACCEPT <= result.score < STRONG  # found, though its title does not name the form
    assert len(log) <= 12


# --- what unseen sites do: tracking links, paginated archives, sitemaps, robots-refused links ---


def test_canonical_drops_what_does_not_change_the_page() -> None:
    page = f"{HOST}/kokusai/kyoryoku.HTML"
    for variant in (
        f"{page}#teishutsu",
        f"{page}?utm_source=top&utm_medium=news",
        f"{page}?fbclid=IwAR0abc",
        "HTTPS://WWW.CITY.SAKURAGI.LG.JP:443/kokusai/kyoryoku.HTML",
        f"{HOST}/kokusai/kyoryoku.HTML;jsessionid=0A1B2C",
    ):
        assert canonical(variant) == page, variant
    # A query that selects the page stays, whatever tracking rides along; the path's case too.
    assert canonical(f"{HOST}/page.php?id=42&utm_campaign=x") == f"{HOST}/page.php?id=42"
    assert canonical(f"{HOST}/a/B.html") != canonical(f"{HOST}/a/b.html")


def test_pager_links_are_recognised_by_their_text() -> None:
    for anchor in (
        "次へ>",
        "次へ »",
        "2",
        "次のページ",
        "もっと見る",
        "過去の記事一覧",
        "次の20件",
    ):
        assert is_pager(anchor), anchor
    for anchor in ("次世代育成支援", "2025年4月1日", "外国人の方へ", "", "特定技能"):
        assert not is_pager(anchor), anchor


def test_labels_for_employers_outrank_labels_for_residents() -> None:
    assert term_score("外国人材の受入れ・雇用") > term_score("外国人住民の方へ")
    assert term_score("外国人材の受入れ・雇用") > term_score("国際交流協会")
    assert term_score("サイトマップ") > term_score("くらし・手続き")
    assert term_score("新着情報一覧") > term_score("年末年始のお知らせ")


def _news_archive(pages_before: int) -> dict[str, str]:
    """A site whose only path to the page is page N of its news archive (no title hint)."""
    filler = ["ごみ収集日程", "保育園の入園申込", "予防接種の助成", "市報の発行", "防災訓練"]
    pages = {"/": layout("桜木市", '<p><a href="/news/index.html">新着情報一覧</a></p>')}
    for n in range(1, pages_before + 2):
        name = "/news/index.html" if n == 1 else f"/news/index_{n}.html"
        items = "".join(
            f'<li>2025年{12 - n}月{d + 1}日 <a href="/n/{n}{d}.html">{t}</a></li>'
            for d, t in enumerate(filler)
        )
        if n == pages_before + 1:
            items += (
                '<li>2025年4月1日 <a href="/jigyo/k1.html">外国人を雇用する事業者の方へ</a></li>'
            )
        pager = f'<p class="pager"><a href="/news/index_{n + 1}.html">次へ&gt;</a></p>'
        pages[name] = layout("新着情報一覧", f"<ul>{items}</ul>{pager}")
        for d, t in enumerate(filler):
            pages[f"/n/{n}{d}.html"] = layout(t, f"<p>{t}のお知らせです。</p>")
    pages["/jigyo/k1.html"] = TARGET
    return pages


async def test_page_listed_only_on_a_later_page_of_the_news_archive_is_found() -> None:
    result, log = await crawl(_news_archive(2), source(title=None))
    assert result.url == f"{HOST}/jigyo/k1.html"
    assert {"/news/index_2.html", "/news/index_3.html"} <= set(log)
    assert len(log) <= 20


async def test_sitemap_page_is_read_before_guessing_through_categories() -> None:
    cats = "".join(f'<li><a href="/c/{i}.html">分類{i}</a></li>' for i in range(10))
    pages = {
        "/": layout("桜木市", f'<ul>{cats}</ul><p><a href="/sitemap.html">サイトマップ</a></p>'),
        "/sitemap.html": layout(
            "サイトマップ", f'<ul><li><a href="/x/9.html">{TITLE}</a></li>{cats}</ul>'
        ),
        "/x/9.html": TARGET,
    }
    pages |= {f"/c/{i}.html": layout(f"分類{i}", "<p>準備中</p>") for i in range(10)}
    result, log = await crawl(pages, source())
    assert result.url == f"{HOST}/x/9.html"
    assert log == ["/", "/sitemap.html", "/x/9.html"]


async def test_links_differing_only_in_fragment_or_tracking_are_fetched_once() -> None:
    home = layout(
        "桜木市",
        """<ul><li><a href="/sangyo/koyo/index.html?utm_source=top">労働・雇用</a></li>
<li><a href="/sangyo/koyo/index.html#list">外国人の雇用</a></li>
<li><a href="/sangyo/koyo/?fbclid=abc">雇用・労働の一覧</a></li></ul>""",
    )
    # No page to find: the crawl goes through everything it thinks worth a look.
    result, log = await crawl({"/": home, "/sangyo/koyo/index.html": KOYO}, source(title=None))
    assert result.url is None
    assert log.count("/sangyo/koyo/index.html") == 1 and "/sangyo/koyo/" not in log


async def test_links_robots_txt_refuses_do_not_use_up_the_budget() -> None:
    tempting = "".join(
        f'<li><a href="/print/{i}.html">特定技能 協力確認書(印刷用 {i})</a></li>' for i in range(8)
    )
    pages = {
        "/robots.txt": "User-agent: *\nDisallow: /print/\n",
        "/": layout(
            "桜木市",
            f'<ul>{tempting}<li><a href="/sangyo/koyo/index.html">労働・雇用</a></li></ul>',
        ),
        "/sangyo/koyo/index.html": KOYO,
        "/sangyo/koyo/kyoryoku.html": TARGET,
    }
    result, log = await crawl(pages, source(), budget=3)
    assert result.url == f"{HOST}/sangyo/koyo/kyoryoku.html"
    assert not any(p.startswith("/print/") for p in log)
    assert result.pages_fetched == len(log) == 3


async def test_a_bare_kochira_link_is_read_with_the_sentence_around_it() -> None:
    cats = "".join(f'<li><a href="/c/{i}.html">分類{i}</a></li>' for i in range(14))
    notice = (
        "<p>特定技能外国人を雇用する事業者の方の協力確認書の提出方法は"
        '<a href="/d/88.html">こちら</a>をご覧ください。</p>'
    )
    pages = {"/": layout("桜木市", f"<ul>{cats}</ul>{notice}"), "/d/88.html": TARGET}
    pages |= {f"/c/{i}.html": layout(f"分類{i}", "<p>準備中</p>") for i in range(14)}
    result, log = await crawl(pages, source(title=None))
    assert result.url == f"{HOST}/d/88.html"
    assert log == ["/", "/d/88.html"]
    label = dict(page_facts(pages["/"], f"{HOST}/").links)[f"{HOST}/d/88.html"]
    assert label.startswith("こちら") and "協力確認書" in label


async def test_splash_homepage_with_meta_refresh_and_framed_site_are_crawled() -> None:
    splash = """<html><head><meta http-equiv="Refresh" content="0; URL=/top/index.html">
<title>桜木市</title></head><body><p>自動的に移動します。</p></body></html>"""
    frames = """<html><head><title>桜木市</title></head><frameset cols="200,*">
<frame src="/top/menu.html" name="menu"><frame src="/top/main.html" name="main">
</frameset></html>"""
    pages = {
        "/": splash,
        "/top/index.html": frames,
        "/top/menu.html": layout("メニュー", '<a href="/sangyo/koyo/index.html">労働・雇用</a>'),
        "/top/main.html": layout("ようこそ", "<p>桜木市のホームページです。</p>"),
        "/sangyo/koyo/index.html": KOYO,
        "/sangyo/koyo/kyoryoku.html": TARGET,
    }
    result, log = await crawl(pages, source())
    assert result.url == f"{HOST}/sangyo/koyo/kyoryoku.html"
    assert log[:2] == ["/", "/top/index.html"]


def test_a_lightly_retitled_page_still_matches_the_known_title_as_a_link() -> None:
    url = f"{HOST}/x.html"
    hint = "特定技能所属機関による協力確認書の提出等について"
    assert link_priority("特定技能所属機関による協力確認書の提出について", url, hint=hint) >= 90
    assert link_priority("外国人住民の方へ", url, hint=hint) < 10


async def test_script_splash_homepage_and_image_heading_and_rel_next() -> None:
    splash = """<html><head><title>桜木市</title>
<script>window.location.replace("/top/index.html");</script></head><body></body></html>"""
    news = layout(
        "お知らせ",
        '<ul><li><a href="/n/1.html">年末年始の窓口</a></li></ul>'
        '<link rel="next" href="/news/p2.html">',
    )
    news2 = layout("お知らせ", '<ul><li><a href="/t/k.html">事業者の皆様へ</a></li></ul>')
    target = TARGET.replace(f"<h1>{TITLE}</h1>", f'<h1><img src="/h1.png" alt="{TITLE}"></h1>')
    pages = {
        "/": splash,
        "/top/index.html": layout("桜木市", '<a href="/news/index.html">お知らせ一覧</a>'),
        "/news/index.html": news,
        "/news/p2.html": news2,
        "/n/1.html": layout("年末年始の窓口", "<p>休みます。</p>"),
        "/t/k.html": target,
    }
    result, log = await crawl(pages, source())
    assert result.url == f"{HOST}/t/k.html"
    assert log[:2] == ["/", "/top/index.html"] and "/news/p2.html" in log
    assert TITLE in page_facts(target, f"{HOST}/t/k.html").headings


def test_news_item_naming_one_method_with_an_enquiry_email_is_not_the_page() -> None:
    news = layout(
        "協力確認書のオンライン提出を開始しました",
        """<p>特定技能所属機関の方が提出する協力確認書について、オンラインでの提出ができるように
なりました。詳しくは<a href="/shimin/kokusai/kyoryoku.html">協力確認書のページ</a>
をご覧ください。</p>
<div class="inquiry"><h2>このページの情報発信元</h2><p>市民局 国際交流課<br>電話:042-000-2222
<br><a href="mailto:kokusai@city.sakuragi.example.lg.jp">kokusai@city.sakuragi.example.lg.jp</a>
</p></div>""",
    )
    assert score(news, None) < ACCEPT


async def test_a_page_of_numbered_links_does_not_swamp_the_crawl() -> None:
    numbered = "".join(f'<a href="/g/{i}.html">{i}</a> ' for i in range(1, 40))
    gallery = layout("外国人材の雇用 写真", f"<p>{numbered}</p>")
    home = layout(
        "桜木市",
        '<ul><li><a href="/g/index.html">外国人材の雇用 写真</a></li>'
        '<li><a href="/sangyo/index.html">産業・しごと</a></li></ul>',
    )
    pages = {"/": home, "/g/index.html": gallery, "/sangyo/index.html": SANGYO}
    pages |= {"/sangyo/koyo/index.html": KOYO, "/sangyo/koyo/kyoryoku.html": TARGET}
    result, log = await crawl(pages, source(title=None))
    assert result.url == f"{HOST}/sangyo/koyo/kyoryoku.html"
    assert sum(p.startswith("/g/") and p != "/g/index.html" for p in log) <= 3
