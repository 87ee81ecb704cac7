"""Site chrome: what is not the page's own content, and where the content is.

Header, global navigation, breadcrumb, side menus and the site footer are found by HTML5
landmarks and by the id/class names CMSs give them (split into tokens: `tmp_gnavi` → gnavi),
never by one CMS's ids alone. The content is the first CMS content container (main, article,
#tmp_contents, #main, #contents, …) of a fair size, else the smallest block holding most of
the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from .. import fastre
from ..textnorm import squash
from .page import PHONE_SHAPE_RE, Page

# Tags that are chrome by definition.
_CHROME_TAGS = frozenset({"header", "nav", "footer", "aside"})
# id/class/role tokens (split on - _ and spaces, lower-cased) that mark chrome.
_CHROME_WORDS = """header hd gnav gnavi globalnav globalnavi global menu menus navi nav navigation
    breadcrumb breadcrumbs breadcrumblist pankuzu pan topicpath topicpaths path footer ft
    foot sidebar side sidemenu sidenav skip sns share banner banners bnr pagetop totop
    lang language languages tool tools toolbar search utility util fnav subnav localnav
    lnav sitemenu sitemap contentinfo complementary accessibility lnavi snavi fnavi rnavi subnavi
    localnavi sidenavi megamenu cookie cookies consent gdpr recommend ranking crumb crumbs
    bread pnkz leftmenu rightmenu sidemenu localmenu submenu leftnavi rightnavi leftnav rightnav
    feedback enquete questionnaire subarea sidebox sidearea subcolumn sidecolumn
    ヘッダー フッター フッターメニュー グローバルナビ グローバルメニュー パンくず パンくずリスト
    サイドメニュー ローカルナビ"""
_CHROME_TOKENS = frozenset(_CHROME_WORDS.split())
_CHROME_PREFIXES = ("header", "footer", "gnav", "breadcrumb", "pankuzu", "topicpath", "sidebar")
_TOKEN_SPLIT_RE = fastre.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_READSPEAKER_RE = fastre.compile(r"\brs_(?:skip|preserve)\b")
# Where CMSs put the page's content, most specific first.
_CONTENT_SELECTORS = (
    "#tmp_contents",
    "#main_body",
    "#mainContents",
    "#main-contents",
    "#main_contents",
    "#contents-main",
    "#contents_main",
    ".main-contents",
    "#article",
    "main",
    "[role=main]",
    "article",
    "#main",
    "#contents",
    "#content",
    ".contents",
    ".content",
    "#primary",
    ".main",
    ".entry-content",
    # the names of other CMSs: contents_in, mainArea, main-column, article-body, …
    "[id*=contents i]",
    "[id*=content i]",
    "[class*=contents i]",
    "[id*=main i]",
    "[id*=article i]",
)
_MAX_FALLBACK_BLOCKS = 3000
# Lines of an unmarked site footer: copyright, opening hours, the city hall's switchboard.
_FOOTER_LINE_RE = fastre.compile(
    r"Copyright|©|\(c\)\s?\S|All Rights Reserved|法人番号|開庁時間"
    r"|(?:役所|役場|庁舎).{0,40}\(?代表\)?|代表電話|代表番号|\(代表\).{0,40}(?:役所|役場)"
    # an English site's footer: 「Phone: 029-266-1111 (main) Fax: … Hours: 8:30-17:15」
    r"|\(main\).{0,80}\bHours\b|\b(?:Office|Opening) hours\b"
    # (a machine translation's 「Corporation number 5000…」「Window time: 8:30~17:15」)
    r"|\bCorporat(?:e|ion) number\b|\bWindow (?:time|hours)\b",
    re.IGNORECASE,
)
# The form's own number through the switchboard, not the footer's: 「提出先の電話番号:0770-77-2211
# (役場代表)内線245」.
_OWN_NUMBER_RE = fastre.compile(
    r"^(?:提出先|担当(?:課|部署)?|お?問い?合わせ先?)の?(?:電話|TEL)|内線"
)
_SITE_FOOTER_RE = fastre.compile(r"代表|Copyright|©|\(c\)|〒|法人番号|All Rights", re.IGNORECASE)
_CONTENT_HINT = "main, article, [role=main], #main, #contents, #content, #tmp_contents"
_STRONG_CHROME_PREFIXES = (
    "header",
    "footer",
    "gnav",
    "global",
    "breadcrumb",
    "pankuzu",
    "topicpath",
)


def tokens(node: LexborNode) -> tuple[str, ...]:
    """The node's id, class and role words (and a layout table's summary), lower-cased."""
    attrs = node.attributes
    if not attrs:
        return ()
    raw = f"{attrs.get('id') or ''} {attrs.get('class') or ''} {attrs.get('role') or ''}"
    if "rs_" in raw:  # ReadSpeaker's 「rs_skip」 says what is not read aloud, not what is chrome
        raw = _READSPEAKER_RE.sub(" ", raw)
    summary = attrs.get("summary")
    if summary:  # a 2000s layout table's 「summary="フッター"」
        raw = f"{raw} {summary}"
        # (not a wrapper of both: 「summary="本文とメニュー"」 holds the article too)
        if _CHROME_SUMMARY_RE.search(summary) and not _BOTH_SUMMARY_RE.search(summary):
            raw = f"{raw} menu"  # 「サブメニュー」「こんなページも見ています」
    return _split_tokens(raw)


@functools.lru_cache(maxsize=4096)
def _split_tokens(raw: str) -> tuple[str, ...]:
    """Split once per distinct attribute text: a site repeats its few class names on
    every element."""
    return tuple(t.lower() for t in _TOKEN_SPLIT_RE.split(raw) if t)


# Words of a layout table's summary that name a menu, a banner column, a survey or the
# 「こんなページも見ています」 box, whatever else the summary says.
# (and the site's lists of its offices and guides: 「区役所一覧」「桜区のくらしガイド」「支所」)
_CHROME_SUMMARY_RE = fastre.compile(
    r"メニュー|ナビ|バナー|アンケート|ヘッダ|フッタ|パンくず|見ています|見られている|ページの先頭"
    r"|(?:区役所|支所|庁舎|出張所|施設)一覧|くらしガイド"
    r"|^(?:総合)?(?:支所|出張所)$"  # 「summary="支所"」: the side column's branch offices
)


# A layout table's summary naming the content beside the chrome: 「本文とメニュー」.
_BOTH_SUMMARY_RE = fastre.compile(r"本文(?:と|・|及び|および|、)|(?:と|・|及び|および|、)本文")


# A page's own notice box (「dads-notification-banner」「alert-banner」) is content, whatever
# else its class says.
_NOTICE_TOKENS = frozenset(
    ["notification", "notice", "alert", "warning", "caution", "callout", "attention", "important"]
)


def is_chrome(node: LexborNode, toks: tuple[str, ...] | None = None) -> bool:
    if node.tag in _CHROME_TAGS:
        return True
    toks = tokens(node) if toks is None else toks
    if not toks:
        return False
    named = _CHROME_TOKENS.intersection(toks)
    chrome = bool(named) or any(t.startswith(_CHROME_PREFIXES) for t in toks)
    if (
        chrome
        and named
        and named <= _LANGUAGE_TOKENS
        and not _mostly_link_text(node, len(node.text(deep=True, strip=True)))
    ):
        # 「<div class="lang-block" id="ja">」: a page's text in one language, not a menu of
        # languages (which is all links)
        return False
    return chrome and _NOTICE_TOKENS.isdisjoint(toks)


_LANGUAGE_TOKENS = frozenset(["lang", "language", "languages"])


class _LazyLength:
    """The length of a node's text, computed the first time it is needed (rarely)."""

    def __init__(self, node: LexborNode, value: int | None = None) -> None:
        self.node = node
        self.value: int | None = value or None

    def get(self) -> int:
        if self.value is None:
            self.value = len(self.node.text(deep=True, strip=True)) or 1
        return self.value


def chrome_nodes(
    body: LexborNode, holders: set[int] | None = None, text_len: int | None = None
) -> list[LexborNode]:
    """Outermost chrome elements, top-down. <header>/<footer> inside an article or main are the
    article's own (title, dates), not the site's. A 'chrome' element holding the content or
    most of the page's text is a mislabelled wrapper (class="has-sidebar") and is kept."""
    body_len = _LazyLength(body, text_len)
    holders = content_holders(body) if holders is None else holders
    found: list[LexborNode] = []
    stack: list[tuple[LexborNode, bool]] = [(body, False)]
    while stack:
        node, in_article = stack.pop()
        for child in node.iter():
            toks = tokens(child)
            chrome = is_chrome(child, toks)
            if chrome and in_article and (_is_article_part(child) or _article_box(child, toks)):
                chrome = False
            if chrome and not _holds_content(child, body_len, holders):
                found.append(child)
                continue
            article = in_article or child.tag in ("article", "main")
            stack.append((child, article or not _ARTICLE_TOKENS.isdisjoint(toks)))
    return found


# id/class tokens of an article or content container (Movable Type's 「entry-asset」,
# WordPress's 「hentry」): a header inside one is the article's title and dates.
_ARTICLE_TOKENS = frozenset(
    ["article", "entry", "hentry", "post", "asset", "content", "contents", "main"]
)


def _is_edge(node: LexborNode) -> bool:
    """A header or footer (by tag or name) and no other kind of chrome (navigation, menus)."""
    toks = tokens(node)
    is_edge = node.tag in ("header", "footer") or any(
        t in ("header", "hd", "footer", "ft", "foot") or t.startswith(("header", "footer"))
        for t in toks
    )
    return is_edge and not any(
        t in _CHROME_TOKENS - {"header", "hd", "footer", "ft", "foot"} for t in toks
    )


def _is_article_part(node: LexborNode) -> bool:
    """A header/footer inside an article or main that belongs to the article: it holds the
    title or dates, not navigation or the city hall's address."""
    if not _is_edge(node):
        return False
    text = node.text(deep=True, strip=True)
    if len(text) >= 300 or _SITE_FOOTER_RE.search(text):
        return False
    # a row of the city's facilities and their numbers (「西支所 … TEL:0773-75-0400」 ×4)
    return len(PHONE_SHAPE_RE.findall(text)) < _MANY_NUMBERS


_MANY_NUMBERS = 3
_FORM_TOPIC_RE = fastre.compile(r"協力確認書|提出")


# Chrome words that also name a box of the article's own (「c-card--recommend」: the method
# the page recommends; a 「side」 column of the text; 「lang-tabs」: the text in tabs, one per
# language): with the form's topic, content.
_BOX_TOKENS = frozenset(["recommend", "side", "banner", "bnr", "lang", "language", "languages"])


def _article_box(node: LexborNode, toks: tuple[str, ...]) -> bool:
    """An <aside> box inside the article that tells how to submit (「提出先・お問い合わせ先」
    floated beside the text), or a card the page recommends (「おすすめ」 オンライン提出), is the
    article's, unlike a side menu of links or a banner put there."""
    if node.tag != "aside" and (
        node.tag in _CHROME_TAGS or _CHROME_TOKENS.intersection(toks) - _BOX_TOKENS
    ):
        return False
    text = node.text(deep=True, strip=True)
    return bool(_FORM_TOPIC_RE.search(text)) and not _mostly_link_text(node, len(text))


CRUMB_WORDS = ("crumb", "pankuzu", "topicpath", "topic-path", "topic_path", "pnkz", "bread")
CRUMB_SELECTOR = ", ".join(f"[class*={w}], [id*={w}]" for w in CRUMB_WORDS)


def breadcrumbs_among(nodes: list[LexborNode]) -> list[LexborNode]:
    """The breadcrumbs among the chrome elements found (they almost always are): spares a CSS
    query over the whole page. A page can show two: the site's and, inside the page as a
    portal reuses it, its own."""
    found = []
    for node in nodes:
        attrs = node.attributes
        raw = f"{attrs.get('id') or ''} {attrs.get('class') or ''}".lower()
        if any(word in raw for word in CRUMB_WORDS):
            found.append(node)
    return found


def inside_content(node: LexborNode) -> bool:
    """True when an ancestor of `node` is a content container (any of _CONTENT_SELECTORS)."""
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if any(test(parent) for test in _CONTENT_TESTS):
            return True
        parent = parent.parent
    return False


def content_holders(body: LexborNode) -> set[int]:
    """mem_ids of every ancestor of a content container (main, article, #main, …): one CSS
    query per page instead of one per chrome candidate."""
    ids: set[int] = set()
    for node in body.css(_CONTENT_HINT):
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            ids.add(parent.mem_id)
            parent = parent.parent
    return ids


def _holds_content(node: LexborNode, body_len: _LazyLength, holders: set[int]) -> bool:
    """A chrome-looking element that is really a wrapper of the content: it holds the main
    element, or (for weak names such as side/menu/tool) most of the page's text."""
    if node.mem_id in holders:
        return True
    if node.tag in _CHROME_TAGS or any(t.startswith(_STRONG_CHROME_PREFIXES) for t in tokens(node)):
        return False
    # (CMS-8341's 「<div id="tmp_wrap_main" class="column_rnavi">」 holds the article and its
    # h1 beside the right-hand menu, however much text a site around it adds)
    if node.css_first("h1") is not None:
        return True
    return len(node.text(deep=True, strip=True)) >= body_len.get() * 0.6


def inside_chrome(node: LexborNode, holders: set[int]) -> bool:
    """True when an ancestor of `node` is chrome; wrappers that hold the content
    (`holders`, from content_holders) are not, whatever their class says (column_rnavi), nor
    is an article's own footer, whose enquiry box names the article's section
    (「<article>…<footer class="entry-footer"><h2>お問い合わせ</h2>企画政策課 〒…」)."""
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html", "-undef"):
        if parent.mem_id not in holders and is_chrome(parent) and not _article_footer(parent):
            return True
        parent = parent.parent
    return False


# An article's own element, as a post's is named (not a page-wide 「contents」 or 「main」
# wrapper, which broken markup can make hold the site's footer too).
_POST_TOKENS = frozenset(["article", "entry", "hentry", "post"])
# What only the site's footer shows: opening hours, corporate number, copyright.
FOOTER_MARK_RE = fastre.compile(r"開庁|閉庁|法人番号|Copyright|©|All Rights", re.IGNORECASE)
# id/class words of an enquiry block or contact box (「<aside class="p-contact">」).
_ENQUIRY_CLASS_TOKENS = ("contact", "inquiry", "toiawase", "otoiawase", "enquiry", "question")


def names_enquiry_box(toks: tuple[str, ...]) -> bool:
    """The id/class words name an enquiry block or contact box (not a 「questionnaire」, the
    page's feedback survey)."""
    return any(
        t.startswith(_ENQUIRY_CLASS_TOKENS) and not t.startswith("questionnaire") for t in toks
    )


# The footer of the page's section or article, by its name (「<div id="section_footer">」
# holding 「お問い合わせ 区振興課 〒…」), not the site's.
_SECTION_FOOTER_RE = fastre.compile(r"(?:section|article|contents?|entry|post)[-_]?footer", re.I)


def _article_footer(node: LexborNode) -> bool:
    """A footer or contact box of the article itself (「<footer class="entry-footer">」,
    「<aside class="p-contact">」): inside an <article> or a post's element, and without the
    site footer's marks or the city hall's switchboard (代表)."""
    toks = tokens(node)
    contact_box = node.tag in ("aside", "footer") and names_enquiry_box(toks)
    if not (contact_box or _is_edge(node)):
        return False
    attrs = node.attributes
    # (or named as the section's or article's own footer: 「<div id="section_footer">」, and
    # its title's wrapper 「section_footer_ttl」 too)
    if _SECTION_FOOTER_RE.search(f"{attrs.get('id') or ''} {attrs.get('class') or ''}") or (
        _inside_post(node)
    ):
        # (a village's section gives the switchboard as its number: 「住民税務課 住民係」
        # then 「電話:0997-67-2211(代表)」)
        text = node.text(deep=True)
        return _not_the_sites(text) or (
            bool(SECTION_NAME_RE.search(text)) and not FOOTER_MARK_RE.search(text)
        )
    # 「</article></div><footer class="contact"><h2>お問い合わせ</h2>企画観光課 …」 (SHIRASAGI):
    # a contact footer after the article that names a section, not the city hall
    if contact_box:
        text = node.text(deep=True)
        return _not_the_sites(text) and bool(SECTION_NAME_RE.search(text))
    return False


def _inside_post(node: LexborNode) -> bool:
    """An ancestor of `node` is an <article> or a post's element."""
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html", "-undef"):
        if parent.tag == "article" or not _POST_TOKENS.isdisjoint(tokens(parent)):
            return True
        parent = parent.parent
    return False


# A section of the office named in a block (the city hall's own footer names none).
SECTION_NAME_RE = fastre.compile(r"課|係|室|担当|センター|Division|Section")


def _not_the_sites(text: str) -> bool:
    """Without the site footer's marks or the city hall's switchboard (代表, but not 「代表)
    内線23」: the section's extension of it)."""
    return not _SWITCHBOARD_RE.search(text) and not FOOTER_MARK_RE.search(text)


_SWITCHBOARD_RE = fastre.compile(r"代表(?![^\n]{0,8}内線)")


def _selector_test(selector: str) -> Callable[[LexborNode], bool]:
    """The Python test for one of the simple selectors in _CONTENT_SELECTORS (tag, #id,
    .class, [role=main], [attr*=word i]): one CSS query fetches every candidate, and these
    tests rank them, instead of one query over the page per selector."""
    if selector.startswith("#"):
        return lambda node: node.attributes.get("id") == selector[1:]
    if selector.startswith("."):
        return lambda node: selector[1:] in (node.attributes.get("class") or "").split()
    if selector == "[role=main]":
        return lambda node: node.attributes.get("role") == "main"
    if selector.startswith("["):
        attr, word = selector[1:].split(" ", 1)[0].split("*=")
        return lambda node: word in (node.attributes.get(attr) or "").lower()
    return lambda node: node.tag == selector


_CONTENT_QUERY = ", ".join(_CONTENT_SELECTORS)
_CONTENT_TESTS = tuple(_selector_test(s) for s in _CONTENT_SELECTORS)


# 「<table class="contents_table">」: a styled table in the content, not the content itself.
_DATA_TABLE_TOKENS = frozenset(["table", "tbl"])


def pick_root(body: LexborNode, title_keys: set[str] | None = None) -> tuple[LexborNode, bool]:
    """The content element, and whether a CMS marked it as such (else it is a guess, which
    takes in the page's title row when `title_keys`, the <title>'s squashed parts, name it)."""
    body_len = len(body.text(deep=True, strip=True)) or 1
    candidates = body.css(_CONTENT_QUERY)
    sizes: dict[int, int] = {}
    for test in _CONTENT_TESTS:
        for node in candidates:
            if not test(node) or not _DATA_TABLE_TOKENS.isdisjoint(tokens(node)):
                continue
            size = sizes.get(node.mem_id)
            if size is None:
                size = sizes[node.mem_id] = len(node.text(deep=True, strip=True))
            if size >= 80 or size >= body_len * 0.3:
                inner = _innermost(node, size)
                cell = _layout_cell(inner)
                if cell is not None:  # an old site's whole page inside a new site's <main>
                    return _with_title(cell, body, title_keys or set()), True
                return inner, True
    best = _with_section_tables(_densest_block(body, body_len))
    return _with_title(best, body, title_keys or set()), False


# An old site's layout table (「<table width="980" cellpadding="0">」): data tables in a
# content container seldom say how wide they are or how their cells are padded.
_LAYOUT_TABLE_CELL = "table[width] > tr > td, table[width] > tbody > tr > td"


def _layout_cell(root: LexborNode) -> LexborNode | None:
    """The cell of an old layout table that holds the article (「<td width="750">」 beside a
    side menu's cell) inside a content container that holds the whole old page, its header,
    navigation, side menu and footer tables too: the cell is the content, as on the old page
    itself."""
    if root.tag in _LAYOUT_TAGS or root.css_first(_LAYOUT_TABLE_CELL) is None:
        return None  # (「<td id="contents">」: the old page marks its own cell)
    # (or marks it inside the new site's <main>: 「<td width="760" class="main">」 holds the
    # title row, the Q&A table and the 様式 row)
    size = len(root.text(deep=True, strip=True)) or 1
    for cell in root.css(_CONTENT_QUERY):
        if cell.tag == "td" and len(cell.text(deep=True, strip=True)) >= size * _MARKED_CELL_SHARE:
            return cell
    best = _with_section_tables(_densest_block(root, size))
    return best if best is not root and best.tag == "td" else None


_MARKED_CELL_SHARE = 0.5


# Containers that stand for a whole page's content (not an article card or a text body).
_INNER_SELECTOR = (
    "main, [role=main], #tmp_contents, #main_body, #mainContents, #main-contents, "
    "#main_contents, #contents-main, #contents_main, #main, #contents, #content"
)


def _innermost(node: LexborNode, size: int) -> LexborNode:
    """A content container inside the chosen one that still holds most of its text or the
    page title: a page put inside another site's <main> keeps its own container, and its own
    footer stays out."""
    best, best_size = node, size
    for inner in node.css(_INNER_SELECTOR):
        inner_size = len(inner.text(deep=True, strip=True))
        holds_title = inner_size >= 30 and inner.css_first("h1") is not None
        if (inner_size >= size * 0.5 or holds_title) and inner_size < best_size:
            best, best_size = inner, inner_size
    return best


def _mostly_link_text(node: LexborNode, text_len: int) -> bool:
    """More than half of the node's text is link text: a menu, not an article."""
    return sum(len(a.text(deep=True, strip=True)) for a in node.css("a")) > text_len * 0.5


_TITLE_CLIMB = 4
_LAYOUT_TAGS = frozenset({"td", "tr", "tbody", "table"})
_TITLE_GROWTH = 1.25


def _with_title(best: LexborNode, body: LexborNode, title_keys: set[str]) -> LexborNode:
    """A guessed table cell that misses the page's title row above it (a table layout's
    「<td class="pagetitle">」, its 更新日 row and a notice box, over the text's own cell) grows
    to the ancestor holding the title, when that adds little else; so does a guessed block
    inside the layout's cell (a FAQ's 「<div class="faqbox">」 between the title and the 様式
    list)."""
    if (
        best is body
        or best.tag not in ("td", "div")
        or not title_keys
        or best.css_first("h1") is not None
    ):
        return best
    size = len(best.text(deep=True, strip=True)) or 1
    node = best
    for _ in range(_TITLE_CLIMB):
        node = node.parent
        if node is None or node.tag not in _LAYOUT_TAGS:
            return best
        if node.tag == "tr" and len(node.css("td, th")) > len(best.css("td, th")) + 1:
            return best  # a layout row with a side column (a menu) beside the text
        text = node.text(deep=True, strip=True)
        if len(text) > size * _TITLE_GROWTH:
            return best
        if any(key in squash(text) for key in title_keys):
            return node
    return best


# Text outside the densest table, in tables beside it, that makes them the article's too.
_SECTION_TABLES_SHARE = 0.2


def _with_section_tables(best: LexborNode) -> LexborNode:
    """An old layout's article split into tables inside one layout cell (「contents」, then
    「Q and A」 and 「download」 tables): the cell, not the densest table's cell alone, when
    the tables beside it hold text of their own, not only links."""
    if best.tag != "td":
        return best
    table = best.parent
    while table is not None and table.tag != "table":
        table = table.parent
    cell = table.parent if table is not None else None
    if cell is None or cell.tag != "td":
        return best
    extra = 0
    for sibling in cell.iter():
        if sibling.tag == "table" and sibling.mem_id != table.mem_id:
            text_len = len(sibling.text(deep=True, strip=True))
            links = sum(len(a.text(deep=True, strip=True)) for a in sibling.css("a"))
            extra += max(0, text_len - links)
    size = len(best.text(deep=True, strip=True))
    return cell if extra >= size * _SECTION_TABLES_SHARE else best


def _densest_block(body: LexborNode, body_len: int) -> LexborNode:
    """Fallback: the smallest block holding most of the page's (or `body`'s) non-link text,
    and the page's <h1> if it has one (on a short page a site footer can outweigh the
    article)."""
    best = body
    blocks = body.css("div, section, td")
    if len(blocks) > _MAX_FALLBACK_BLOCKS:  # pathological nesting: the body will do
        return body
    has_h1 = body.css_first("h1") is not None
    for node in blocks:
        text_len = len(node.text(deep=True, strip=True))
        if text_len < body_len * 0.6 or (has_h1 and node.css_first("h1") is None):
            continue
        if _mostly_link_text(node, text_len):
            continue
        if text_len <= len(best.text(deep=True, strip=True)):
            best = node
    return best


# Lines only a site footer has: copyright, and the office's 13-digit corporate number.
_COPYRIGHT_RE = fastre.compile(
    r"Copyright|©|All Rights Reserved|法人番号\s?:?\s?\d{13}", re.IGNORECASE
)
_FOOTER_TAIL_LINES = 5
# A site footer's address line: the office's name with its switchboard or opening hours.
_OFFICE_LINE_RE = fastre.compile(
    r"(?:役所|役場|庁舎|City Hall|Town Hall).*(?:代表|開庁|main\b)|法人番号|開庁時間"
    r"|業務時間|執務時間|\b(?:Office|Opening) hours\b"
    # 「TEL:…(代表) FAX:…」「高岡市役所 〒…」, and the office's own name and 〒 lines
    # (「TEL:…(代表)内線213」 is a section's number, through the switchboard)
    r"|\((?:代表|main|representative|representation)\)(?!\s?(?:内線|ext))|代表電話|^\S{1,12}(?:役所|役場)(?:\s?〒|$)"
    r"|^代表\s?(?:TEL|電話|☎)(?![^内]*内線)"  # 「代表 TEL:055-948-1411 FAX:055-948-1419」
    r"|^〒\s?\d{3}-\d{4}\s\S+$"
    # 「Oarai Town Office 〒311-1392 …」「Hokuei Town Office (北栄町役場) 〒689-2292 …」
    r"|(?:City|Town|Village) (?:Hall|Office)\s?(?:\([^()]{1,12}\)\s?)?〒",
    re.IGNORECASE,
)


def drop_trailing_footer(page: Page) -> None:
    """Even inside a marked container, a copyright or corporate-number line ends the page's
    own text: a page without ids put inside another site's <main> brings its bare footer
    along. That line, what follows (a table of branch offices), and the office lines
    (switchboard, hours) just before it go."""
    content = [i for i, ln in enumerate(page.lines) if ln.region == "content"]
    cut = next((i for i in content if _COPYRIGHT_RE.search(page.lines[i].text)), None)
    if cut is None:
        # no copyright: a tail with two or more footer lines (法人番号, 開庁時間, 代表) is one
        tail = content[-_FOOTER_TAIL_LINES - 1 :]
        marked = [i for i in tail if _FOOTER_LINE_RE.search(page.lines[i].text)]
        if len(marked) < 2:
            return
        cut = marked[0]
    # the footer starts at its first 開庁時間 / 法人番号 / 代表 line among the lines just before
    last = [i for i in content if i < cut][-_FOOTER_TAIL_LINES:]
    cut = next((i for i in last if _FOOTER_LINE_RE.search(page.lines[i].text)), cut)
    while cut > 0 and page.lines[cut - 1].region == "content":
        if not _OFFICE_LINE_RE.search(page.lines[cut - 1].text):
            break
        cut -= 1
    page.keep([i for i, ln in enumerate(page.lines) if i < cut or ln.region != "content"])


def drop_footer_lines(page: Page) -> None:
    """Without a content container, an unmarked site footer may be in the text: drop its
    lines (copyright, opening hours, switchboard) and, from a copyright line on, the rest."""
    kept: list[int] = []
    for index, line in enumerate(page.lines):
        if (
            line.region == "content"
            and _FOOTER_LINE_RE.search(line.text)
            and not _OWN_NUMBER_RE.search(line.text)
        ):
            if _COPYRIGHT_RE.search(line.text):
                break
            continue
        kept.append(index)
    page.keep(kept)
