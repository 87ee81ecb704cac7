"""Find a municipality's 協力確認書 page: a focused, best-first crawl from its homepage.

Municipal sites bury the page two to four clicks deep, under labels that vary from site to
site (事業者向け, 産業・しごと, 組織から探す > 多文化共生課, …). Rather than crawl a whole site,
discovery follows the most promising links first (scored by anchor text, URL and the page
they were found on), stays on the site, and stops at a page budget. Every fetched page is
verified by its own content, because anchor text lies: news lists link to the page, 技能実習
and generic foreign-resident pages share its vocabulary.

The scoring is in small pure functions (`link_priority`, `page_facts`, `page_score`) so it
can be tested on inline HTML; `discover` is the only part that does I/O.
"""

from __future__ import annotations

import heapq
import itertools
import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Protocol
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from .errors import FetchError, RobotsDisallowed
from .extract import content_text, extract_filing
from .fetch import same_site
from .models import FetchedPage, Source
from .textnorm import squash

DEFAULT_BUDGET = 40
# A page at or above ACCEPT is taken as the 協力確認書 page; at or above STRONG it is clearly
# the target, so the crawl only goes on for links that name the form or 特定技能 outright.
ACCEPT = 0.45
STRONG = 0.75
# Once a page at ACCEPT is found, at most this many more pages are fetched to look for a
# better one, and only through links at MEDIUM_LINK priority or above.
EXTRA_AFTER_ACCEPT = 6
MEDIUM_LINK = 4.0
STRONG_LINK = 10.0
# Links without any promising sign (priority below LOW_LINK) are followed only while fewer
# than LOW_LINK_PAGES pages were fetched: small odd sites still get explored, sites without
# the page do not cost a whole budget.
LOW_LINK = 0.5
LOW_LINK_PAGES = 12
# Pages scoring below this are not worth listing as runners-up.
RUNNER_UP = 0.2
MAX_CANDIDATES = 5

STRONG_TERMS = ("協力確認書", "特定技能", "共生施策")
MEDIUM_TERMS = (
    "外国人",
    "多文化共生",
    "国際",
    "事業者向け",
    "産業・しごと",
    "しごと・産業",
    "組織から探す",
    "市民協働",
    "ビジネス",
    "事業者の方",
    "事業者",
    # The employer's side of 外国人: the form is filed by employers, so the path to it runs
    # through 雇用・労働 → 外国人材の受入れ, not through pages for foreign residents.
    "外国人材",
    "雇用",
    "受入れ",
    "受け入れ",
    "就労",
    "労働",
)
WEAK_TERMS = (
    "くらし",
    "手続き",
    "市政",
    "分類",
    "カテゴリ",
    "新着",
    "お知らせ",
    "協働",
    "組織",  # 組織一覧, 組織案内: the department that owns the page
    "部署",
)
# Pages that list every page or every announcement by title: one fetch shows what a site
# has (a known title then matches a link), so a sitemap comes before any category guess.
SITEMAP_TERMS = ("サイトマップ", "sitemap", "サイト・マップ")
SITEMAP_WEIGHT = 8.0
NEWS_LIST = re.compile(
    r"(新着|お知らせ|ニュース|更新情報|トピックス).{0,8}(一覧|もっと|過去|バックナンバー|アーカイブ)"
    r"|(過去|一覧).{0,4}(新着|お知らせ|ニュース)|^(新着情報|お知らせ|新着|新着一覧)$"
)
NEWS_LIST_WEIGHT = 2.0
# Pages for foreign residents, not for their employers: they share the vocabulary but
# rarely lead to the form.
RESIDENT_TERMS = ("協会", "姉妹都市", "日本語教室", "ボランティア", "生活ガイド", "住民の方")
NEGATIVE_TERMS = ("イベント", "観光", "ごみ", "子育て", "採用", "入札", "議会", "募集")
# A link to the next page of a list (次へ, 2, もっと見る…): it continues the list it is on,
# so it inherits that list's priority (news archives bury older announcements on page 2+).
PAGER = re.compile(
    r"^(次|次へ|次のページ|次ページ|次の\d{1,3}件|\d{1,3}|もっと見る|続きを見る|続き"
    r"|過去の(記事|お知らせ|新着情報|ニュース)?(一覧)?(を見る)?)$"
)
PAGER_DECAY = 0.5
PAGER_LINKS = 3  # per page: a bar of 1…50 numbered links must not swamp the frontier
# Query parameters that only track the visit: the same page without them.
TRACKING_PARAM = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|yclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid"
    r"|phpsessid|jsessionid|sessionid)$",
    re.IGNORECASE,
)
DEFAULT_PORTS = {"http": ":80", "https": ":443"}
# Anchors that say nothing by themselves (「詳しくはこちら」): the sentence or list item around
# them says where they lead, so that text is read with them.
GENERIC_ANCHOR = ("こちら", "ここ", "詳細", "詳しく", "clickhere", "here", "more", "link")
GENERIC_ANCHOR_MAX = 12
CONTEXT_BLOCKS = ("li", "p", "td", "th", "dd", "dt", "div", "span")
CONTEXT_MAX = 200
JS_REDIRECT = re.compile(
    r"location(?:\.href)?\s*=\s*['\"]([^'\"]+)['\"]|location\.replace\(\s*['\"]([^'\"]+)"
)
META_REFRESH = re.compile(r"url\s*=\s*['\"]?([^'\"\s;]+)", re.IGNORECASE)
# A known title still counts as matching a link when the page was lightly retitled since
# (「提出等について」 → 「提出について」): similar enough by difflib's ratio.
HINT_SIMILARITY = 0.85
LANGUAGE_TERMS = (
    "english",
    "中文",
    "简体",
    "繁體",
    "繁体",
    "한국어",
    "português",
    "español",
    "tiếngviệt",
    "foreignlanguage",
    "language",
)
URL_STRONG = ("kyoryoku", "kyouryoku", "tokutei", "kakuninsho", "kyosei", "kyousei")
URL_MEDIUM = ("tabunka", "kokusai", "gaikoku", "jigyo", "sangyo", "business", "soshiki", "shigoto")
URL_NEGATIVE = ("kanko", "kankou", "event", "gomi", "kosodate", "saiyo", "nyusatsu", "gikai")
LANGUAGE_PATH = re.compile(r"/(en|english|zh|zh-cn|zh-tw|cn|ko|kr|korean|chinese|pt|es|vi)(/|$)")
NON_HTML = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|zip|lzh|csv|txt|jpe?g|png|gif|svg|webp|bmp|ico|mp[34]|mov|avi"
    r"|wav|css|js|json|xml|rss|jtd|odt|ods)$",
    re.IGNORECASE,
)
SUBMIT_WORDS = (
    "提出方法",
    "提出先",
    "提出してください",
    "ご提出",
    "提出いただ",
    "提出する",
    "提出は",
    "郵送先",
    "送付先",
)
METHOD_WORDS = ("メール", "郵送", "窓口", "持参", "電子申請", "フォーム", "ファクス", "FAX")
_PUNCT = re.compile(r"[「」『』\"'()（）【】\[\]・、。,.:：!！?？|｜\-\s]")


class PageFetcher(Protocol):
    """What discovery needs from fetch.Fetcher (tests pass a fake)."""

    async def fetch(self, url: str, *, allow_offsite_redirect: bool = False) -> FetchedPage: ...


@dataclass(frozen=True)
class Candidate:
    """A page that looked like the target, with its verification score."""

    url: str
    score: float
    title: str

    def to_dict(self) -> dict[str, object]:
        return {"url": self.url, "score": round(self.score, 3), "title": self.title}


@dataclass
class Discovery:
    """The outcome of a crawl: the chosen page (if any), runners-up and why."""

    page: FetchedPage | None
    url: str | None
    score: float
    candidates: list[Candidate] = field(default_factory=list)
    pages_fetched: int = 0
    reason: str = ""
    # Set when the homepage itself could not be fetched: the site is unreachable, not pageless.
    error: str | None = None


@dataclass(frozen=True)
class PageFacts:
    """What verification looks at, extracted once from a page's HTML."""

    title: str
    headings: tuple[str, ...]
    text: str  # the page's own text (site chrome removed), links included
    own_text: str  # the same without the text of links
    links: tuple[tuple[str, str], ...]  # (absolute URL, anchor text)
    url: str = ""
    # Where a <meta http-equiv="refresh"> sends the reader (splash homepages): a redirect.
    refresh: str | None = None
    # Whether the extractor reads how to submit from the page (a form, two methods, or e-mail
    # with its address); only worked out for pages that link on to another about the form.
    says_how: bool = True

    def pointers(self) -> list[str]:
        """Links in the page's own content to another HTML page named after the form."""
        content = squash(self.text)
        here = _normal(self.url) if self.url else ""
        return [
            link
            for link, anchor in self.links
            if "協力確認書" in (key := squash(anchor))
            and key in content
            and followable(link)
            and _normal(link) != here
        ]


# --- pure scoring --------------------------------------------------------------------------


def match_key(text: str) -> str:
    """A key for comparing titles: squashed, without brackets, quotes and punctuation."""
    return _PUNCT.sub("", squash(text)).lower()


def title_matches(hint: str | None, facts: PageFacts) -> bool:
    """True when the known page title appears as the page's title or a heading."""
    if not hint:
        return False
    wanted = match_key(hint)
    if len(wanted) < 4:
        return False
    for text in (facts.title, *facts.headings):
        key = match_key(text)
        if wanted in key or (len(key) >= 8 and key in wanted):
            return True
    return False


def text_matches_hint(hint: str | None, anchor: str) -> bool:
    """True when a link's text is the known title (or most of it)."""
    if not hint:
        return False
    wanted, key = match_key(hint), match_key(anchor)
    if len(wanted) < 4:
        return False
    if wanted in key or (len(key) >= 8 and key in wanted):
        return True
    return len(key) >= 8 and SequenceMatcher(None, wanted, key).ratio() >= HINT_SIMILARITY


def display_title(facts: PageFacts) -> str:
    """The page's heading about the form if it has one (no 「｜○○市」 suffix), else <title>."""
    for heading in facts.headings:
        if any(term in squash(heading) for term in STRONG_TERMS):
            return heading
    return facts.title or (facts.headings[0] if facts.headings else "")


def term_score(text: str) -> float:
    """How promising a piece of Japanese text (anchor, title) is as a path to the page."""
    key = squash(text).lower()
    if not key:
        return 0.0
    if any(term in key for term in LANGUAGE_TERMS):
        return -20.0
    score = 0.0
    score += 10.0 * sum(term in key for term in STRONG_TERMS)
    score += 4.0 * min(2, sum(term in key for term in MEDIUM_TERMS))
    score += 1.0 * min(2, sum(term in key for term in WEAK_TERMS))
    if any(term in key for term in SITEMAP_TERMS):
        score += SITEMAP_WEIGHT
    if NEWS_LIST.search(key):
        score += NEWS_LIST_WEIGHT
    score -= 2.0 * min(2, sum(term in key for term in RESIDENT_TERMS))
    score -= 6.0 * sum(term in key for term in NEGATIVE_TERMS)
    if "技能実習" in key and "特定技能" not in key:
        score -= 8.0
    return score


def url_score(url: str) -> float:
    """How promising a URL's path and query look (romaji words some CMSs put in paths)."""
    parts = urlsplit(url)
    path = unquote(parts.path + "?" + parts.query).lower()
    if LANGUAGE_PATH.search(parts.path.lower()):
        return -20.0
    # Percent-encoded Japanese paths (WordPress sites) count like anchor text, at half weight.
    score = 0.5 * term_score(path) if any(ord(c) > 127 for c in path) else 0.0
    score += 5.0 * sum(term in path for term in URL_STRONG)
    score += 2.0 * min(2, sum(term in path for term in URL_MEDIUM))
    score -= 3.0 * sum(term in path for term in URL_NEGATIVE)
    return score


def is_pager(anchor: str) -> bool:
    """True for the link to another page of the same list (次へ, 2, もっと見る, 過去の記事)."""
    key = re.sub(r"[<>«»‹›≪≫＜＞→←\s]", "", squash(anchor))
    return bool(key) and bool(PAGER.match(key))


def link_priority(
    anchor: str, url: str, *, context: float = 0.0, hint: str | None = None, depth: int = 0
) -> float:
    """Priority of following a link: its text, its URL, the page it was found on, its depth.

    `context` is the score of the page the link was found on (0..1 from page_score, plus
    that page's term_score folded in by the caller), so links on a 多文化共生 page outrank
    the same words found on the homepage.
    """
    if text_matches_hint(hint, anchor):
        return 100.0 - depth
    return term_score(anchor) + url_score(url) + context - 0.5 * depth


def looks_municipal(url: str) -> bool:
    """A local government's own domain: *.lg.jp, or city./town./vill. under .jp."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    labels = host.split(".")
    return host.endswith(".lg.jp") or (
        host.endswith(".jp") and labels[0] in ("city", "town", "vill", "village")
    )


def followable(url: str) -> bool:
    """An http(s) link to something that may be an HTML page."""
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and not NON_HTML.search(parts.path)


def page_facts(html: str, url: str) -> PageFacts:
    """Title, headings, own text with and without link text, and resolved links of a page."""
    tree = HTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else ""
    headings = tuple(h for h in map(_heading_text, tree.css("h1, h2")) if h)[:6]
    base_node = tree.css_first("base[href]")
    base = urljoin(url, base_node.attributes.get("href") or "") if base_node else url
    links: list[tuple[str, str]] = []
    # Frames are the navigation of older sites: their src is a link like any other.
    for node in tree.css("a[href], area[href], frame[src], iframe[src]"):
        href = (node.attributes.get("href") or node.attributes.get("src") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
            continue
        links.append((canonical(urljoin(base, href)), _link_label(node)))
    for node in tree.css("link[href]"):  # <link rel="next">: the list's next page
        if "next" in (node.attributes.get("rel") or "").lower().split():
            links.append((canonical(urljoin(base, node.attributes.get("href") or "")), "次へ"))
    refresh = None
    for node in tree.css("meta[http-equiv]"):
        if (node.attributes.get("http-equiv") or "").lower() == "refresh":
            found = META_REFRESH.search(node.attributes.get("content") or "")
            refresh = canonical(urljoin(base, found[1])) if found else None
    if refresh is None and len(links) < 3:
        # A splash page that moves on by script (location.href = "/top/"), links or not.
        found = JS_REDIRECT.search(" ".join(n.text() for n in tree.css("script")))
        refresh = canonical(urljoin(base, found[1] or found[2])) if found else None
    text = content_text(html)
    for node in tree.css("a"):
        node.decompose()
    own_text = content_text(tree.html or "")
    facts = PageFacts(title, headings, text, own_text, tuple(links), url, refresh=refresh)
    if facts.pointers():
        info = extract_filing(html, url)
        # One method word and the enquiry block's e-mail are what a news item has too
        # (「オンライン提出を開始しました。詳しくは…」): saying how takes a form's address, two
        # methods, or e-mail named as the method with its address.
        methods = set(info.methods)
        says_how = bool(info.form_urls) or len(methods) >= 2 or ("email" in methods and info.emails)
        facts = replace(facts, says_how=says_how)
    return facts


def _heading_text(node: Node) -> str:
    """A heading's text, or its image's alt when the heading is an image (older sites)."""
    text = node.text(separator=" ", strip=True)
    if text:
        return text
    return " ".join(img.attributes.get("alt") or "" for img in node.css("img")).strip()


def _link_label(node: Node) -> str:
    """A link's text as a reader sees it: its words, image alts and title; for a bare
    「こちら」 also the list item or sentence around it."""
    alts = " ".join(img.attributes.get("alt") or "" for img in node.css("img") if img.attributes)
    attrs = node.attributes
    parts = [node.text(separator=" ", strip=True), alts]
    parts += [attrs.get(name) or "" for name in ("title", "alt", "aria-label")]
    label = " ".join(x for x in parts if x)
    key = squash(label).lower().replace(" ", "")
    if len(key) <= GENERIC_ANCHOR_MAX and any(word in key for word in GENERIC_ANCHOR):
        block = node.parent
        while block is not None and block.tag not in CONTEXT_BLOCKS:
            block = block.parent
        around = block.text(separator=" ", strip=True) if block is not None else ""
        if len(around) <= CONTEXT_MAX:
            label = " ".join(x for x in (label, around) if x)
    return label


def page_score(facts: PageFacts, hint: str | None = None) -> float:
    """0..1: how clearly this page is about submitting the 協力確認書.

    Rewards a title/heading naming the form (or the known title), a body of its own that
    speaks of submitting it to the 特定技能所属機関's municipality; penalises pages that only
    link to it (news lists), pages that send readers on to another page about it without
    saying how to submit, 技能実習-only pages and pages that are mostly links.
    """
    head = squash(" ".join((facts.title, *facts.headings)))
    body = squash(facts.text)
    own = squash(facts.own_text)
    score = 0.0
    named_in_head = "協力確認書" in head
    if named_in_head:
        score += 0.35
    elif "特定技能" in head and "共生施策" in head:
        score += 0.25
    elif "特定技能" in head:
        score += 0.1
    hinted = title_matches(hint, facts)
    if hinted:
        score += 0.25
    mentions = own.count("協力確認書")
    if mentions:
        score += 0.15 + (0.05 if mentions >= 2 else 0.0)
    if any(word in own for word in SUBMIT_WORDS):
        score += 0.15
    if "特定技能所属機関" in own or "特定技能外国人を雇用" in own:
        score += 0.1
    if any(word in own for word in METHOD_WORDS):
        score += 0.05
    if not mentions and not (hinted and "特定技能" in own):
        score *= 0.3  # the form is named only in links, or not at all
    if "技能実習" in own and "特定技能" not in own:
        score *= 0.2
    if not hinted and not facts.says_how and facts.pointers():
        score *= 0.5  # a news item or overview sending readers to the page that says how
    link_share = 1.0 - len(own) / len(body) if body else 1.0
    if link_share > 0.6:
        score *= 0.4
    return min(score, 1.0)


# --- the crawl -----------------------------------------------------------------------------


def _stop(priority: float, best: float, fetched: int, accepted_at: int) -> str | None:
    """Why the crawl should stop before following a link of this priority (None: go on)."""
    if best >= STRONG and priority < STRONG_LINK:
        return "clear target found; no more promising links"
    if best >= ACCEPT and (priority < MEDIUM_LINK or fetched - accepted_at >= EXTRA_AFTER_ACCEPT):
        return "target found; nothing better nearby"
    if priority < LOW_LINK and fetched >= LOW_LINK_PAGES:
        return "no promising links left"
    return None


def _is_html(page: FetchedPage) -> bool:
    content_type = next((v for k, v in page.headers.items() if k.lower() == "content-type"), "")
    if content_type:
        return "html" in content_type.lower()
    return page.body[:512].lstrip().startswith(b"<")


def canonical(url: str) -> str:
    """The URL to fetch for a link: no #fragment, no tracking or session parameters (utm_*,
    fbclid, ;jsessionid=…), lower-case scheme and host, no default port. Links that differ
    only in these are one page, fetched once."""
    parts = urlsplit(urldefrag(url)[0])
    scheme = parts.scheme.lower()
    netloc = parts.netloc.lower()
    if scheme in DEFAULT_PORTS:
        netloc = netloc.removesuffix(DEFAULT_PORTS[scheme])
    path = re.sub(r";(jsessionid|sessionid)=[^/?]*", "", parts.path, flags=re.I) or "/"
    query = "&".join(
        pair
        for pair in parts.query.split("&")
        if pair and not TRACKING_PARAM.match(unquote(pair.split("=", 1)[0]))
    )
    return parts._replace(scheme=scheme, netloc=netloc, path=path, query=query).geturl()


def _normal(url: str) -> str:
    """A key for `seen`: the canonical URL, with `/dir/index.html` the same as `/dir/`."""
    parts = urlsplit(canonical(url))
    path = re.sub(r"/index\.(html?|php|jsp|aspx?)$", "/", parts.path, flags=re.I)
    return parts._replace(path=path).geturl()


async def discover(
    fetcher: PageFetcher, source: Source, *, budget: int = DEFAULT_BUDGET
) -> Discovery:
    """Crawl `source`'s site from its homepage and return the best 協力確認書 page found."""
    homepage = source.homepage
    hint = source.title
    counter = itertools.count()
    frontier: list[tuple[float, int, str, int]] = [(-1e9, next(counter), homepage, 0)]
    seen = {_normal(homepage)}
    scored: list[Candidate] = []
    best: tuple[float, int, FetchedPage] | None = None  # score, depth, page
    fetched = 0
    failures: list[str] = []
    stop_reason = "budget exhausted"

    accepted_at = 0  # pages fetched when the first acceptable page was found
    while frontier:
        if fetched >= budget:
            break
        neg_priority, _, url, depth = heapq.heappop(frontier)
        reached = -neg_priority
        reason = _stop(reached, best[0] if best else 0.0, fetched, accepted_at)
        if reason:
            stop_reason = reason
            break
        fetched += 1
        try:
            # A homepage may redirect to the municipality's new domain (…lg.jp migrations).
            page = await fetcher.fetch(url, allow_offsite_redirect=depth == 0)
        except FetchError as exc:
            if depth == 0:
                # robots.txt forbidding the homepage is an answer (nothing to find for us);
                # any other failure means the site could not be reached.
                forbidden = isinstance(exc, RobotsDisallowed)
                reason = f"homepage: {exc}"
                error = None if forbidden else str(exc)
                return Discovery(None, None, 0.0, [], fetched, reason, error=error)
            failures.append(f"{url}: {exc}")
            if isinstance(exc, RobotsDisallowed):
                fetched -= 1  # refused before asking the server: costs no request
            continue
        final = page.final_url or url
        seen.add(_normal(final))
        if depth == 0 and not same_site(final, homepage):
            if not looks_municipal(final):
                reason = f"homepage: {url} redirects off the site to {final}"
                return Discovery(None, None, 0.0, [], fetched, reason, error=reason)
            homepage = final  # the site moved: crawl the new one
        if depth > 0 and not same_site(final, homepage):
            continue
        if not _is_html(page):
            continue
        facts = page_facts(page.text, final)
        score = page_score(facts, hint) if depth > 0 else 0.0
        if score >= RUNNER_UP:
            scored.append(Candidate(final, score, display_title(facts)))
        if score >= ACCEPT and (best is None or score > best[0]):
            accepted_at = accepted_at or fetched
            best = (score, depth, page)
        if score >= STRONG and (title_matches(hint, facts) or (not hint and score >= 0.8)):
            stop_reason = "target found (title matches)" if hint else "target found"
            break
        if (
            facts.refresh
            and _normal(facts.refresh) not in seen
            and same_site(facts.refresh, homepage)
        ):
            # A refresh is a redirect written in HTML: followed at once, at the same depth.
            seen.add(_normal(facts.refresh))
            heapq.heappush(frontier, (-reached, next(counter), facts.refresh, depth))
        context = 5.0 * score + 0.3 * max(0.0, term_score(facts.title))
        pagers = 0
        for link, anchor in facts.links:
            key = _normal(link)
            if key in seen or not followable(link) or not same_site(link, homepage):
                continue
            seen.add(key)
            priority = link_priority(anchor, link, context=context, hint=hint, depth=depth + 1)
            if depth > 0 and pagers < PAGER_LINKS and is_pager(anchor):
                pagers += 1
                priority = max(priority, reached - PAGER_DECAY)
            heapq.heappush(frontier, (-priority, next(counter), link, depth + 1))
    else:
        stop_reason = "site exhausted"

    ranked = sorted(scored, key=lambda c: -c.score)
    candidates = ranked[:MAX_CANDIDATES]
    if best is None:
        reason = f"no page about the 協力確認書 among {fetched} fetched ({stop_reason})"
        if failures:
            reason += f"; {len(failures)} failed, e.g. {failures[0]}"
        return Discovery(
            None, None, ranked[0].score if ranked else 0.0, candidates, fetched, reason
        )
    score, _, page = best
    return Discovery(page, page.final_url or page.url, score, candidates, fetched, stop_reason)
