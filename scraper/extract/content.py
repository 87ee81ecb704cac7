"""Find the page's own content and turn it into lines with their element context.

Real municipal pages wrap a few paragraphs in a lot of chrome: header, global navigation
(電子申請, お問い合わせ, 窓口案内 …), breadcrumb, side menus and a site footer with the city
hall's switchboard. Everything downstream works on the `Page` built here, so chrome never
reaches the field extractors. The page's own enquiry block (「このページに関するお問い合わせ」)
is kept, as lines of region "enquiry", wherever the CMS put it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..textnorm import normalize, squash

# Tags whose content is never page text.
_DROP_TAGS = ["script", "style", "noscript", "svg", "template", "iframe", "object", "select"]
# Tags that are chrome by definition.
_CHROME_TAGS = frozenset({"header", "nav", "footer", "aside"})
# id/class/role tokens (split on - _ and spaces, lower-cased) that mark chrome.
_CHROME_TOKENS = frozenset(
    [
        "header",
        "hd",
        "gnav",
        "gnavi",
        "globalnav",
        "globalnavi",
        "global",
        "menu",
        "menus",
        "navi",
        "nav",
        "navigation",
        "breadcrumb",
        "breadcrumbs",
        "breadcrumblist",
        "pankuzu",
        "pan",
        "topicpath",
        "topicpaths",
        "path",
        "footer",
        "ft",
        "foot",
        "sidebar",
        "side",
        "sidemenu",
        "sidenav",
        "skip",
        "sns",
        "share",
        "banner",
        "banners",
        "bnr",
        "pagetop",
        "totop",
        "lang",
        "language",
        "languages",
        "tool",
        "tools",
        "toolbar",
        "search",
        "utility",
        "util",
        "fnav",
        "subnav",
        "localnav",
        "lnav",
        "sitemenu",
        "sitemap",
        "contentinfo",
        "complementary",
        "accessibility",
    ]
)
_CHROME_PREFIXES = ("header", "footer", "gnav", "breadcrumb", "pankuzu", "topicpath", "sidebar")
_TOKEN_SPLIT_RE = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")

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
)

# Headings of the page's own enquiry block.
_ENQUIRY_RE = re.compile(
    r"^[■●◆◇□○【\[]?\s?(?:このページ.{0,8}?(?:お)?問(?:い)?合(?:わ)?せ(?:先)?"
    r"|(?:お)?問(?:い)?合(?:わ)?せ(?:先|窓口)?|担当(?:課|部署)?|所管課|問合せ先)\s?[】\]]?\s?:?$"
)
_ENQUIRY_EXPLICIT_RE = re.compile(r"このページ")
_ENQUIRY_CLASS_TOKENS = ("contact", "inquiry", "toiawase", "otoiawase", "enquiry", "question")
_ENQUIRY_MAX_CHARS = 700
_ENQUIRY_HEAD_SELECTOR = "h2, h3, h4, h5, h6, dt, caption, th, strong, b, p, legend"
_MAX_FALLBACK_BLOCKS = 3000
_CONTACT_HINT = r"\d{2,4}\D{0,3}\d{2,4}\D{0,3}\d{3,4}|@|＠|課|係"

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "tr",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "caption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "main",
        "address",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "legend",
        "center",
        "hr",
        "body",
        "details",
        "summary",
    ]
)
_CELL_TAGS = frozenset({"td", "th"})
_HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

_MAX_DEPTH = 400
# Left where the enquiry block was: with no content container to trust, the page's own text
# ends there, and what follows (an unmarked site footer) is not read.
ENQUIRY_MARK = "\u2063kyoryoku-enquiry\u2063"
# Lines of an unmarked site footer: copyright, opening hours, the city hall's switchboard.
_FOOTER_LINE_RE = re.compile(
    r"Copyright|©|\(c\)\s?\S|All Rights Reserved|法人番号|開庁時間"
    r"|(?:役所|役場|庁舎).{0,40}\(?代表\)?|代表電話|代表番号|\(代表\).{0,40}(?:役所|役場)",
    re.IGNORECASE,
)
_MAX_LINES = 5000


@dataclass(slots=True)
class Line:
    """One block of text: its normalised text, the element it came from, and its region."""

    text: str
    kind: str  # "h" heading, "li", "tr" table row, "dt", "dd", "p" anything else
    level: int = 0  # heading level (1-6) for kind "h"
    region: str = "content"  # "content" or "enquiry"


@dataclass(slots=True)
class Link:
    """A link in the content or enquiry block, resolved against the page URL."""

    url: str
    text: str
    line: int  # index of the Line that holds the link text
    region: str = "content"


@dataclass
class Page:
    """The parsed page as the field extractors see it."""

    lines: list[Line] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    title: str | None = None
    h1: str | None = None
    head_title: str | None = None
    breadcrumb: str = ""
    raw_text: str = ""  # the whole document's text, chrome included: last resort for dates
    machine_dates: list[str] = field(default_factory=list)  # <time datetime>, <meta> dates
    warnings: list[str] = field(default_factory=list)

    def full_text_lines(self) -> list[str]:
        """The whole document's text, normalised on demand (it is rarely needed)."""
        return [normalize(t) for t in self.raw_text.split("\n") if t.strip()]

    def text(self, region: str | None = None) -> str:
        return "\n".join(ln.text for ln in self.lines if region is None or ln.region == region)


def _tokens(node: LexborNode) -> list[str]:
    attrs = node.attributes
    raw = " ".join(v for k, v in attrs.items() if k in ("id", "class", "role") and v)
    return [t.lower() for t in _TOKEN_SPLIT_RE.split(raw) if t] if raw else []


def _is_chrome(node: LexborNode) -> bool:
    if node.tag in _CHROME_TAGS:
        return True
    return any(tok in _CHROME_TOKENS or tok.startswith(_CHROME_PREFIXES) for tok in _tokens(node))


class _LazyLength:
    """The length of a node's text, computed the first time it is needed (rarely)."""

    def __init__(self, node: LexborNode) -> None:
        self.node = node
        self.value: int | None = None

    def get(self) -> int:
        if self.value is None:
            self.value = len(self.node.text(deep=True, strip=True)) or 1
        return self.value


def _chrome_nodes(body: LexborNode) -> list[LexborNode]:
    """Outermost chrome elements, top-down. <header>/<footer> inside an article or main are the
    article's own (title, dates), not the site's. A 'chrome' element holding the content or
    most of the page's text is a mislabelled wrapper (class="has-sidebar") and is kept."""
    body_len = _LazyLength(body)
    holders = _content_holders(body)
    found: list[LexborNode] = []
    stack: list[tuple[LexborNode, bool]] = [(body, False)]
    while stack:
        node, in_article = stack.pop()
        for child in node.iter():
            chrome = _is_chrome(child)
            if chrome and in_article and _is_article_part(child):
                chrome = False
            if chrome and not _holds_content(child, body_len, holders):
                found.append(child)
                continue
            stack.append((child, in_article or child.tag in ("article", "main")))
    return found


_SITE_FOOTER_RE = re.compile(r"代表|Copyright|©|\(c\)|〒|法人番号|All Rights", re.IGNORECASE)


def _is_article_part(node: LexborNode) -> bool:
    """A header/footer inside an article or main that belongs to the article: it holds the
    title or dates, not navigation or the city hall's address."""
    toks = _tokens(node)
    is_edge = node.tag in ("header", "footer") or any(
        t in ("header", "hd", "footer", "ft", "foot") or t.startswith(("header", "footer"))
        for t in toks
    )
    if not is_edge or any(
        t in _CHROME_TOKENS - {"header", "hd", "footer", "ft", "foot"} for t in toks
    ):
        return False
    text = node.text(deep=True, strip=True)
    return len(text) < 300 and not _SITE_FOOTER_RE.search(text)


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


def _content_holders(body: LexborNode) -> set[int]:
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
    if node.tag in _CHROME_TAGS or any(
        t.startswith(_STRONG_CHROME_PREFIXES) for t in _tokens(node)
    ):
        return False
    return len(node.text(deep=True, strip=True)) >= body_len.get() * 0.6


def _inside_chrome(node: LexborNode, stop: LexborNode | None) -> bool:
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html", "-undef"):
        if stop is not None and parent.mem_id == stop.mem_id:
            return False
        if _is_chrome(parent):
            return True
        parent = parent.parent
    return False


def decode_cfemail(hex_text: str) -> str | None:
    """Cloudflare's e-mail protection: the first byte is the XOR key for the rest."""
    try:
        data = bytes.fromhex(hex_text)
    except ValueError:
        return None
    if len(data) < 2:
        return None
    key = data[0]
    try:
        return bytes(b ^ key for b in data[1:]).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_protected_emails(tree: LexborHTMLParser, html: str) -> None:
    if "cfemail" not in html and "email-protection" not in html:
        return
    for node in tree.css("[data-cfemail]"):
        decoded = decode_cfemail(node.attributes.get("data-cfemail") or "")
        if decoded:
            node.replace_with(decoded)
    for node in tree.css('a[href*="/cdn-cgi/l/email-protection#"]'):
        href = node.attributes.get("href") or ""
        decoded = decode_cfemail(href.rsplit("#", 1)[-1])
        if decoded:
            node.attrs["href"] = f"mailto:{decoded}"


def _enquiry_blocks(heads: list[LexborNode]) -> list[list[LexborNode]]:
    """Enquiry blocks around the elements among `heads` whose text is an enquiry heading."""
    found: list[list[LexborNode]] = []
    for head in heads:
        # wrappers (div, p, span) count only with the words as their own text: cheap on
        # deeply nested markup, where a deep text() per wrapper would be quadratic
        own = head.text(deep=head.tag not in ("div", "p", "span"), separator="", strip=True)
        if not own or len(own) > 40 or not ("問" in own or "担当" in own or "所管" in own):
            continue
        key = squash(own)
        if not _ENQUIRY_RE.match(key):
            continue
        if head.css_first("a") is not None or (head.parent is not None and head.parent.tag == "a"):
            continue
        explicit = bool(_ENQUIRY_EXPLICIT_RE.search(key))
        if not explicit and _inside_chrome(head, None):
            continue
        block = _enclosing_block(head)
        if block is not None:
            found.append(block)
    return found


def _find_enquiry(body: LexborNode) -> list[list[LexborNode]]:
    """The page's own enquiry block(s), each a list of sibling nodes: by heading text (in a
    heading-like element; a bare div or span only when there is none), else by id/class."""
    found = _enquiry_blocks(body.css(_ENQUIRY_HEAD_SELECTOR))
    if not found:
        found = _enquiry_blocks(body.css("div, span"))
    if not found:
        for node in body.css("div, section, dl, aside, address, table"):
            toks = _tokens(node)
            if not any(t.startswith(_ENQUIRY_CLASS_TOKENS) for t in toks):
                continue
            text = node.text(deep=True)
            if len(text) > _ENQUIRY_MAX_CHARS or not re.search(r"問(?:い)?合|担当|電話|TEL", text):
                continue
            if _inside_chrome(node, None):
                continue
            found.append([node])
    # keep the outermost of nested or overlapping candidates (largest first), at most three
    found.sort(key=lambda block: -sum(len(n.text(deep=True)) for n in block))
    result: list[list[LexborNode]] = []
    for block in found:
        if not any(_block_within(block, kept) for kept in result):
            result.append(block)
    return result[:3]


def _block_within(inner: list[LexborNode], outer: list[LexborNode]) -> bool:
    """True when `inner` starts at or inside one of `outer`'s nodes."""
    first = inner[0]
    return any(node.mem_id == first.mem_id or _contains(node, first) for node in outer)


def _contains(outer: LexborNode, inner: LexborNode) -> bool:
    parent = inner.parent
    while parent is not None:
        if parent.mem_id == outer.mem_id:
            return True
        parent = parent.parent
    return False


def _has_text_before(node: LexborNode) -> bool:
    sibling = node.prev
    while sibling is not None:
        if sibling.tag not in ("-comment",) and (sibling.text(deep=True) or "").strip():
            return True
        sibling = sibling.prev
    return False


def _heading_rank(node: LexborNode) -> int:
    return _HEADING_LEVEL.get(node.tag or "", 9)


def _section_from(start: LexborNode) -> list[LexborNode]:
    """`start` and its following siblings up to the next heading of the same or higher rank."""
    nodes = [start]
    rank = _heading_rank(start)
    sibling = start.next
    while sibling is not None:
        if _heading_rank(sibling) <= rank:
            break
        nodes.append(sibling)
        sibling = sibling.next
    return nodes


def _enclosing_block(head: LexborNode) -> list[LexborNode] | None:
    """The enquiry block around its heading: the smallest small ancestor holding contact
    details, or — when the heading sits after other content in its parent (a heading at the
    end of the article) — the heading and what follows it."""
    node = head
    for _ in range(4):
        if node is not head and re.search(_CONTACT_HINT, node.text(deep=True)):
            return [node]
        parent = node.parent
        if parent is None or parent.tag in ("body", "html", "main", "article"):
            break
        if _has_text_before(node):
            section = _section_from(node)
            if len(section) > 1:
                return section
        if len(parent.text(deep=True)) > _ENQUIRY_MAX_CHARS:
            break
        node = parent
    if node is not head and re.search(_CONTACT_HINT, node.text(deep=True)):
        return [node]
    section = _section_from(node)
    return section if len(section) > 1 else None


class _Walker:
    """Turns a subtree into Lines; block elements end lines, table cells share their row's."""

    def __init__(self, base_url: str | None, page: Page) -> None:
        self.base_url = base_url
        self.page = page
        self.buf: list[str] = []
        self.kinds: list[tuple[str, int]] = [("p", 0)]
        self.region = "content"
        self.pending_links: list[tuple[str, str]] = []
        self.stop_at_enquiry = False
        self.stopped = False

    def flush(self) -> None:
        if not self.buf and not self.pending_links:
            return
        raw = "".join(self.buf)
        self.buf.clear()
        text = normalize(raw).strip()
        if text and len(self.page.lines) < _MAX_LINES:
            kind, level = self.kinds[-1]
            self.page.lines.append(Line(text, kind, level, self.region))
            index = len(self.page.lines) - 1
            for href, label in self.pending_links:
                self.page.links.append(Link(href, label, index, self.region))
        elif self.pending_links and self.page.lines:
            index = len(self.page.lines) - 1
            for href, label in self.pending_links:
                self.page.links.append(Link(href, label, index, self.region))
        self.pending_links.clear()

    def walk(self, root: LexborNode, region: str) -> None:
        self.region = region
        self._walk(root, 0)
        self.flush()

    def _walk(self, node: LexborNode, depth: int) -> None:
        if depth > _MAX_DEPTH:
            if "deeply nested markup truncated" not in self.page.warnings:
                self.page.warnings.append("deeply nested markup truncated")
            return
        for child in node.iter(include_text=True):
            if self.stopped:
                return
            tag = child.tag
            if tag == "-text":
                text = child.text(deep=False)
                if ENQUIRY_MARK in text:
                    text = text.replace(ENQUIRY_MARK, "")
                    if self.stop_at_enquiry:
                        self.buf.append(text)
                        self.stopped = True
                        return
                self.buf.append(text)
                continue
            if tag == "-comment" or tag is None:
                continue
            if tag == "br":
                self.flush()
                continue
            if tag == "img":
                alt = child.attributes.get("alt")
                if alt:
                    self.buf.append(alt)
                continue
            if tag in _CELL_TAGS:
                self.buf.append(" ")
                self._walk(child, depth + 1)
                self.buf.append(" ")
                continue
            if tag == "a":
                self._link(child, depth)
                continue
            if tag in _BLOCK_TAGS or tag in _HEADING_LEVEL:
                self.flush()
                level = _HEADING_LEVEL.get(tag, 0)
                kind = "h" if level else (tag if tag in ("li", "tr", "dt", "dd") else "p")
                pushed = kind != "p" or self.kinds[-1][0] in ("h",)
                if pushed:
                    self.kinds.append((kind, level))
                self._walk(child, depth + 1)
                self.flush()
                if pushed:
                    self.kinds.pop()
                continue
            self._walk(child, depth + 1)

    def _link(self, node: LexborNode, depth: int) -> None:
        href = (node.attributes.get("href") or "").strip()
        start = len(self.buf)
        self._walk(node, depth + 1)
        label = normalize("".join(self.buf[start:])).strip()
        if not href or href.startswith(("#", "javascript:")):
            return
        if href.lower().startswith("mailto:"):
            address = href[7:].split("?", 1)[0].strip()
            if address and address.lower() not in normalize(label).lower():
                self.buf.append(f" ({address})")
            return
        url = urljoin(self.base_url, href) if self.base_url else href
        self.pending_links.append((url, label))


def _pick_root(body: LexborNode) -> tuple[LexborNode, bool]:
    """The content element, and whether a CMS marked it as such (else it is a guess)."""
    body_len = len(body.text(deep=True, strip=True)) or 1
    for selector in _CONTENT_SELECTORS:
        for node in body.css(selector):
            size = len(node.text(deep=True, strip=True))
            if size >= 80 or size >= body_len * 0.3:
                return node, True
    return _densest_block(body, body_len), False


def _densest_block(body: LexborNode, body_len: int) -> LexborNode:
    """Fallback: the smallest block holding most of the page's non-link text."""
    best = body
    blocks = body.css("div, section, td")
    if len(blocks) > _MAX_FALLBACK_BLOCKS:  # pathological nesting: the body will do
        return body
    for node in blocks:
        text_len = len(node.text(deep=True, strip=True))
        if text_len < body_len * 0.6:
            continue
        link_len = sum(len(a.text(deep=True, strip=True)) for a in node.css("a"))
        if link_len > text_len * 0.5:
            continue
        if text_len <= len(best.text(deep=True, strip=True)):
            best = node
    return best


def _drop_footer_lines(page: Page) -> None:
    """Without a content container, an unmarked site footer may be in the text: drop its
    lines (copyright, opening hours, switchboard) and, from a copyright line on, the rest."""
    kept: list[Line] = []
    new_index: dict[int, int] = {}
    for index, line in enumerate(page.lines):
        if line.region == "content" and _FOOTER_LINE_RE.search(line.text):
            if re.search(r"Copyright|©|All Rights", line.text, re.IGNORECASE):
                break
            continue
        new_index[index] = len(kept)
        kept.append(line)
    if len(kept) == len(page.lines):
        return
    page.lines[:] = kept
    page.links[:] = [
        Link(link.url, link.text, new_index[link.line], link.region)
        for link in page.links
        if link.line in new_index
    ]


_DATE_META = (
    'meta[property="article:modified_time"]',
    'meta[name="dcterms.modified"]',
    'meta[name="last-modified"]',
    'meta[property="article:published_time"]',
    'meta[name="dcterms.issued"]',
)


def _machine_dates(tree: LexborHTMLParser, root: LexborNode) -> list[str]:
    """Dates meant for machines, most telling first: an 'updated'/'modified' <time>, any
    <time> in the content, then <meta> modified/published dates."""
    times = root.css("time[datetime]")
    ranked = sorted(
        times, key=lambda n: 0 if re.search(r"updat|modif", n.attributes.get("class") or "") else 1
    )
    found = [n.attributes.get("datetime") or "" for n in ranked]
    for selector in _DATE_META:
        node = tree.css_first(selector)
        if node is not None:
            found.append(node.attributes.get("content") or "")
    return [d for d in found if d]


def _title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("title")
    return normalize(node.text(deep=True)).strip() or None if node is not None else None


def _best_h1(nodes: list[LexborNode], head_title: str | None) -> str | None:
    """The h1 that names the page: the one <title> starts with, else the longest (a site logo
    in an h1 is short)."""
    texts = [t for t in (normalize(n.text(deep=True)).strip() for n in nodes) if t]
    if not texts:
        return None
    key = squash(head_title or "")
    for text in texts:
        if key and key.startswith(squash(text)) and len(text) > 6:
            return text
    return max(texts, key=len)


def parse_page(html: str, url: str | None = None) -> Page:
    """Parse `html` into a Page: content lines, enquiry lines, links, title candidates."""
    page = Page()
    tree = LexborHTMLParser(html)
    page.head_title = _title(tree)
    tree.strip_tags(_DROP_TAGS)
    body = tree.body
    if body is None:
        page.warnings.append("no <body> in the document")
        return page
    page.raw_text = body.text(deep=True, separator="\n")
    crumb = body.css_first(
        "[class*=breadcrumb], [id*=breadcrumb], [class*=pankuzu], [id*=pankuzu], "
        "[class*=topicpath], [id*=topicpath]"
    )
    if crumb is not None:
        page.breadcrumb = normalize(crumb.text(deep=True, separator=" > ", strip=True))
    _decode_protected_emails(tree, html)

    walker = _Walker(url, page)
    enquiry_lines: list[Line] = []
    enquiry_links: list[Link] = []
    for block in _find_enquiry(body):
        sub = Page()
        sub_walker = _Walker(url, sub)
        for node in block:
            sub_walker.walk(node, "enquiry")
        enquiry_lines.extend(sub.lines)
        enquiry_links.extend(sub.links)
        for node in block[1:]:
            node.decompose()
        block[0].replace_with(ENQUIRY_MARK)

    for node in _chrome_nodes(body):
        node.decompose()

    root, marked = _pick_root(body)
    page.h1 = _best_h1(root.css("h1") or body.css("h1"), page.head_title)
    page.machine_dates = _machine_dates(tree, root)
    walker.stop_at_enquiry = not marked
    walker.walk(root, "content")
    if not marked:
        _drop_footer_lines(page)

    offset = len(page.lines)
    page.lines.extend(enquiry_lines)
    for link in enquiry_links:
        link.line += offset
        page.links.append(link)
    return page


def same_site(url: str, base: str | None) -> bool:
    """True when `url` is on the page's own host (or relative)."""
    if not base:
        return not urlsplit(url).netloc
    return urlsplit(url).netloc.lower() in ("", urlsplit(base).netloc.lower())
