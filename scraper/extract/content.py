"""Find the page's own content and turn it into lines with their element context.

Real municipal pages wrap a few paragraphs in a lot of chrome: header, global navigation
(電子申請, お問い合わせ, 窓口案内 …), breadcrumb, side menus and a site footer with the city
hall's switchboard. Everything downstream works on the `Page` built here, so chrome never
reaches the field extractors. The page's own enquiry block (「このページに関するお問い合わせ」)
is kept, as lines of region "enquiry", wherever the CMS put it.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .. import fastre
from ..textnorm import join_spaced_letters, normalize, squash
from .chrome import (
    CRUMB_SELECTOR,
    CRUMB_WORDS,
    breadcrumbs_among,
    chrome_nodes,
    content_holders,
    drop_footer_lines,
    drop_trailing_footer,
    pick_root,
)
from .enquiry import find_enquiry, section_box_title, section_title
from .page import (
    ENDED_BADGE_RE,
    ENQUIRY_MARK,
    UNIT_NAME_RE,
    Line,
    Link,
    Page,
    Walker,
    mostly_links,
    same_site,
)
from .tables import drop_superseded_cells, read_data_tables

__all__ = ["Line", "Link", "Page", "decode_cfemail", "parse_page", "same_site"]

# Tags whose content is never page text.
_DROP_TAGS = ["script", "style", "noscript", "svg", "template", "object", "select", "rt", "rp"]
# Struck-through text is what no longer holds (「<del>電子メール(…)に添付して送信</del>」, an
# abolished address in <s>, a revised page's old 提出先): <del>, <s>, <strike> and inline
# line-through are not read.
_STRUCK_TAGS = ["del", "s", "strike"]
_STRUCK_STYLE = "[style*=line-through i]"


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


_NOSCRIPT_EMAIL_RE = fastre.compile(r"@|＠|アットマーク|\(at\)|\[at\]", re.IGNORECASE)


def _keep_noscript_emails(tree: LexborHTMLParser, html: str) -> None:
    """An address a script writes (document.write) is often repeated in <noscript> for
    readers without JavaScript: that <noscript> is kept as text, others are dropped."""
    if "<noscript" not in html and "<NOSCRIPT" not in html:  # a regex or lower() costs more
        return
    for node in tree.css("noscript"):
        text = node.text(deep=True)
        if _NOSCRIPT_EMAIL_RE.search(text) and len(text) < 300:
            node.replace_with(text)


def _decode_protected_emails(tree: LexborHTMLParser, html: str) -> None:
    if "cfemail" not in html and "email-protection" not in html:
        return
    for node in tree.css("[data-cfemail]"):
        decoded = decode_cfemail(node.attributes.get("data-cfemail") or "")
        if decoded:
            node.replace_with(decoded)
    for node in tree.css('a[href*="/cdn-cgi/l/email-protection"]'):
        href = node.attributes.get("href") or ""
        # (「href="/cdn-cgi/l/email-protection#"」 with the code only on the span inside, or
        # Cloudflare's plain 「href="/cdn-cgi/l/email-protection"」 around an address in the
        # text: the link is the address its text now shows, not a page)
        code = href.rsplit("#", 1)[-1] if "#" in href else ""
        decoded = decode_cfemail(code) or node.text(deep=True).strip()
        node.attrs["href"] = f"mailto:{decoded}" if "@" in decoded else "#"


# <meta> names of the page's dates, most telling first.
_DATE_META = (
    "article:modified_time",
    "dcterms.modified",
    "last-modified",
    "article:published_time",
    "dcterms.issued",
)


# Elements a CMS names for the page's date (「<p class="upd">[2025年4月8日]</p>」
# 「<div class="entry-date">」): their short text is the date, even without a label.
# (「<p class="mol_pageinfo">2026年3月27日</p>」: a page-information line that is a date)
_DATE_ELEMENTS = (
    "[class*=date i], [class*=upd i], [id*=upd i], [class*=modified i], [class*=pageinfo i]"
)


def _machine_dates(tree: LexborHTMLParser, root: LexborNode, body: LexborNode) -> list[str]:
    """Dates meant for machines, most telling first: an 'updated'/'modified' <time>, any
    <time> in the content, <meta> modified/published dates, then the text of an element
    named for the date (anywhere but the chrome, already gone: it often sits above the
    content container)."""
    times = root.css("time[datetime]")  # the chrome is gone: a query over a small tree
    ranked = sorted(
        times, key=lambda n: 0 if re.search(r"updat|modif", n.attributes.get("class") or "") else 1
    )
    found = [n.attributes.get("datetime") or "" for n in ranked]
    head = tree.head
    metas = {}
    for node in head.css("meta[content]") if head is not None else []:
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or ""
        metas.setdefault(key.lower(), attrs.get("content") or "")
    found += [metas[name] for name in _DATE_META if name in metas]
    # the content's own first (an entry's date sits beside its text), then the page's: a
    # news box beside the content has many
    scopes = [root, root.parent or root, body]
    unique = [n for i, n in enumerate(scopes) if n.mem_id not in {m.mem_id for m in scopes[:i]}]
    for scope in unique:
        dated = [n.text(deep=True, strip=True) for n in scope.css(_DATE_ELEMENTS)]
        dated = [text for text in dated if 6 <= len(text) <= 40]
        if dated:
            if len(dated) <= 2:  # more is a news list, whose dates are the items'
                found += dated
            break
    return [d for d in found if d]


def _embedded_forms(root: LexborNode, url: str | None) -> list[str]:
    """URLs of forms embedded in the content (<iframe src> of a Google or LoGo form)."""
    found = []
    for frame in root.css("iframe[src]"):
        src = (frame.attributes.get("src") or "").strip()
        try:
            found.append(urljoin(url, src) if url else src)
        except ValueError:
            continue
    return found


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


# A breadcrumb written as text, without a class to find it by: 「現在地:ホーム > … > …」.
_CRUMB_LINE_RE = fastre.compile(
    r"^(?:現在地|現在のページ|現在の位置|You are here)?\s?:?\s?"
    r"(?:ホーム|トップページ|トップ|TOP|Top|Home|HOME)\s?[>›»≫/]\s?\S"
)
_CRUMB_SCAN_LINES = 12


def _drop_text_breadcrumb(page: Page) -> None:
    """A breadcrumb line among the first lines of the content is chrome (its 電子申請 or
    窓口案内 are menu names); it still serves as the breadcrumb for the department."""
    for index, line in enumerate(page.lines[:_CRUMB_SCAN_LINES]):
        if line.region == "content" and _CRUMB_LINE_RE.match(line.text):
            if not page.breadcrumb:
                page.breadcrumb = line.text
            page.keep([i for i in range(len(page.lines)) if i != index])
            return


_CRUMB_SEPARATOR_RE = fastre.compile(r"\s*[>›»≫]\s*")
_HOME_WORDS = frozenset(["ホーム", "トップページ", "トップ", "TOP", "Top", "Home", "HOME"])
_CRUMB_SEPARATORS = frozenset(">›»≫")
_RAW_SEPARATORS = (*_CRUMB_SEPARATORS, "＞")  # before NFKC folds the full-width one
# Where a breadcrumb's first line can start, before normalising (full-width, half-width kana).
_RAW_CRUMB_START_RE = fastre.compile(
    r"^[^\S\n]*(?:ホーム|トップ|ﾎｰﾑ|ﾄｯﾌﾟ|TOP|Top|Home|HOME|ＴＯＰ|Ｔｏｐ|Ｈｏｍｅ"
    r"|現在|You are here)",
    re.MULTILINE,
)
_CRUMB_WINDOW = 600  # characters: a breadcrumb's items and separators
_MIN_CRUMB_ITEMS = 3


def _breadcrumbs_in_text(raw_text: str) -> list[str]:
    """Breadcrumbs with no class or landmark, outside the content (a 2000s table cell:
    「トップページ ＞ 行政情報 ＞ 総務企画課 ＞ …」), read from the whole page's text, where each
    link and separator is its own line; 「ホーム > …」 written as one text too. Only the lines
    that can start one are read: the page's text can be a mega menu's hundreds."""
    if not any(sep in raw_text for sep in _RAW_SEPARATORS):
        return []
    found = []
    for start in _RAW_CRUMB_START_RE.finditer(raw_text):
        window = raw_text[start.start() : start.start() + _CRUMB_WINDOW].split("\n")
        parts = [t for t in (normalize(t).strip() for t in window) if t]
        if parts and _CRUMB_LINE_RE.match(parts[0]):
            found.append(_crumb_items(parts[0]))
            continue
        if not parts or parts[0] not in _HOME_WORDS:
            continue
        items, j = [parts[0]], 1
        while j + 1 < len(parts) and parts[j] in _CRUMB_SEPARATORS:
            items.append(parts[j + 1])
            j += 2
        if len(items) >= _MIN_CRUMB_ITEMS:
            found.append(" > ".join(items))
    return found


def _crumb_text(crumb: LexborNode) -> str:
    """「ホーム > 組織から探す > 多文化協働課」, whether the separators are the markup's own
    text (「&gt;」 between links) or only the elements between the items."""
    return _crumb_items(normalize(crumb.text(deep=True, separator=" > ", strip=True)))


def _crumb_items(text: str) -> str:
    """「ホーム > … > …」 with one separator between the items, whatever the page wrote."""
    return " > ".join(part for part in _CRUMB_SEPARATOR_RE.split(text) if part.strip())


_TITLE_PARTS_RE = fastre.compile(r"\s[-–—|/]\s|[|｜:]")
_MIN_TITLE_CHARS = 6


def _title_keys(page: Page) -> set[str]:
    """The <title>'s parts long enough to be the page's own title, squashed."""
    parts = _TITLE_PARTS_RE.split(page.head_title or "")
    return {squash(part) for part in parts if len(part.strip()) >= _MIN_TITLE_CHARS}


def _drop_before_title(page: Page, *, links_only: bool = False) -> None:
    """Without a content container the guessed root can hold the site's menus (a table
    cell of links with a 相談窓口 phone, a webmaster e-mail) before the article: the page's
    own text starts at its title, the h1 or a line that is the <title>'s page part. Inside a
    container only the link lines before the title go (a page's own left menu, put inside
    another site's <main>), not a 担当 box or a date above the title."""
    keys = _title_keys(page)
    if page.h1:
        keys.add(squash(page.h1))
    keys.discard("")
    for index, line in enumerate(page.lines):
        if line.region != "content":
            break
        # a layout row can join the menu cell's last words to the title: 「技能実習 \n 協力…」
        parts = line.text.split("\n")
        for at, part in enumerate(parts):
            if squash(part) not in keys:
                continue
            if links_only:
                menu = mostly_links(page.lines[:index], page.links)
                page.keep([i for i in range(len(page.lines)) if i not in menu])
                return
            if at:
                line.text = "\n".join(parts[at:]).strip()
            if index:
                page.keep(list(range(index, len(page.lines))))
            return


# やさしい日本語 puts a space after every phrase (「つぎの 3つの どれかで 出して ください」):
# a space next to hiragana, on a page full of them, is read as if it were not there.
_PHRASE_SPACE_RE = fastre.compile(
    r"(?<=[ぁ-ゖ]) (?=[ぁ-ゖァ-ヺ一-龯])|(?<=[ァ-ヺ一-龯]) (?=[ぁ-ゖ])"
)
_MIN_PHRASE_SPACES = 30


def _join_spaced_text(page: Page) -> None:
    for line in page.lines:  # and labels spaced out to align them (「郵 送」「提 出 先」)
        line.text = join_spaced_letters(line.text)
    if sum(len(_PHRASE_SPACE_RE.findall(line.text)) for line in page.lines) < _MIN_PHRASE_SPACES:
        return
    for line in page.lines:
        line.text = _PHRASE_SPACE_RE.sub("", line.text)


_ITEM_TAGS = ("li", "p", "dd")
# (「<p><span style=…><s>(5)ファクス</s> ※…終了しました</span></p>」: wrapped in a span too)
_STRUCK_QUERY = ", ".join(f"{item} {tag}" for item in _ITEM_TAGS for tag in _STRUCK_TAGS)
_STRUCK_STYLED_QUERY = ", ".join(f"{item} {_STRUCK_STYLE}" for item in _ITEM_TAGS)
_REMARK_MARKS = ("※", "*", "＊", "(", "（")
_BULLETS = "・●○■□◆◇-"
# (a look-ahead on the first letter, then the names in any case: a third of the time of a
# case-insensitive alternation tried at every 「<」 of a 40 KB page)
_STRUCK_TAG_RE = re.compile(r"<(?=[dDsS])(?i:del|s|strike)[\s>]")  # one pass, not six


def _drop_struck(tree: LexborHTMLParser, html: str) -> None:
    """Struck-through items and sections go with their remarks (the page is scanned for
    struck tags once, for both)."""
    styled = _has_struck_style(html)
    tagged = bool(_STRUCK_TAG_RE.search(html))
    if tagged or styled:
        # (sections first: a struck item first under a struck heading would leave the remark
        # after it, 「郵送・窓口のいずれの場合も…」, as the section's first line)
        _drop_struck_sections(tree, styled)
        _drop_struck_items(tree, styled)
        _drop_struck_rows(tree, styled)


def _drop_struck_items(tree: LexborHTMLParser, styled: bool) -> None:
    """An item whose text starts struck through, followed only by a remark
    (「<li><del>FAX</del> ※令和7年9月30日で受付を終了しました</li>」, or with no mark before
    「…で受付を終了しました」), goes with the struck
    text: the remark is about it, not about the item before. (Struck by its style too:
    「<li><span style="text-decoration:line-through">ファクス</span> ※…終了しました</li>」.)"""
    query = f"{_STRUCK_QUERY}, {_STRUCK_STYLED_QUERY}" if styled else _STRUCK_QUERY
    items: dict[int, LexborNode] = {}
    for node in tree.css(query):
        _drop_remark_after(node)
        item = node.parent
        while item is not None and item.tag not in _ITEM_TAGS:
            item = item.parent
        struck = node.text(deep=True, strip=True)
        # (after the item's bullet: 「<p>・<del>電子メール(…)でも受け付けます。</del> 令和8年8月31日
        # で終了しました。</p>」)
        text = item.text(deep=True, strip=True).lstrip(_BULLETS) if item is not None else ""
        rest = text[len(struck) :].lstrip(" \u3000")
        if (
            item is not None
            and struck
            and text.startswith(struck)
            and (rest.startswith(_REMARK_MARKS) or _ENDED_RE.match(rest))
        ):
            items[item.mem_id] = item
    _decompose_outermost(items)


# A remark with no mark that says the struck thing ended: 「<s>(4)電子メール 提出先:…</s><br>
# 令和7年12月26日で受付を終了しました。現在このアドレスは使用していません。」
# (a date first: not 「<s>旧アドレス…</s> 新アドレス…(旧アドレスは使用していません)」)
# (or the remark ends there: 「<s>(5)ファクス(…)</s> 令和7年12月26日受付終了」)
_ENDED_RE = fastre.compile(r"(?:令和|平成|\d{4}年)[^。]{0,30}(?:終了|廃止|停止)(?:し|いた|。?$)")


_CELL_STRUCK_QUERY = ", ".join(f"{cell} {tag}" for cell in ("td", "th") for tag in _STRUCK_TAGS)
_CELL_STRUCK_STYLED_QUERY = f"td {_STRUCK_STYLE}, th {_STRUCK_STYLE}"


def _drop_struck_rows(tree: LexborHTMLParser, styled: bool) -> None:
    """A table row whose first cell is struck through whole and whose other cells hold only
    struck text and remarks (「<td><strike>④ファクス</strike></td><td><strike>0982-82-1722
    </strike><br>※令和8年1月5日で受付を終了しました。</td>」) goes with its remark: it is about
    the struck method, not about the row before."""
    struck_query = f"{_STRUCK_QUERY_OF_CELL}, {_STRUCK_STYLE}" if styled else _STRUCK_QUERY_OF_CELL
    query = f"{_CELL_STRUCK_QUERY}, {_CELL_STRUCK_STYLED_QUERY}" if styled else _CELL_STRUCK_QUERY
    rows: dict[int, LexborNode] = {}
    for node in tree.css(query):
        row = node.parent
        while row is not None and row.tag != "tr":
            row = row.parent
        if row is None or row.mem_id in rows:
            continue
        cells = [child for child in row.iter() if child.tag in ("td", "th")]
        unstruck = [_unstruck_text(cell, struck_query) for cell in cells]
        if (
            len(cells) > 1
            and cells[0].text(deep=True, strip=True)
            and not unstruck[0]
            and all(not text or text.startswith(_REMARK_MARKS) for text in unstruck[1:])
        ):
            rows[row.mem_id] = row
    _decompose_outermost(rows)


_STRUCK_QUERY_OF_CELL = ", ".join(_STRUCK_TAGS)


def _unstruck_text(cell: LexborNode, struck_query: str) -> str:
    """The cell's text without its struck-through parts."""
    text = cell.text(deep=True, separator="", strip=True)
    for node in cell.css(struck_query):
        text = text.replace(node.text(deep=True, separator="", strip=True), "", 1)
    return text.strip(" \u3000\n")


_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_STRUCK_HEADING_QUERY = ", ".join(f"{h} {tag}" for h in _HEADING_TAGS for tag in _STRUCK_TAGS)
# (「<h3><span style="text-decoration:line-through;">(4)郵送</span></h3>」, or the heading's
# own style: 「<h3 class="c-method-card__title" style="text-decoration:line-through;">」)
_STRUCK_STYLED_HEADING_QUERY = ", ".join(
    f"{h} {_STRUCK_STYLE}, {h}{_STRUCK_STYLE}" for h in _HEADING_TAGS
)


def _drop_struck_sections(tree: LexborHTMLParser, styled: bool) -> None:
    """A heading struck through whole (「<h3><del>4 電子メール</del></h3>」, an ended method's
    card) takes with it what stands under it up to the next heading (「令和8年5月31日で受付を
    終了しました」): that is about the struck method, not the one before."""
    doomed: dict[int, LexborNode] = {}
    query = _STRUCK_HEADING_QUERY
    if styled:
        query = f"{query}, {_STRUCK_STYLED_HEADING_QUERY}"
    for node in tree.css(query):
        heading = node
        while heading is not None and heading.tag not in _HEADING_TAGS:
            heading = heading.parent
        if heading is None or heading.text(deep=True, strip=True) != node.text(
            deep=True, strip=True
        ):
            continue
        _drop_badge_before(heading)
        doomed[heading.mem_id] = heading
        own = _method_kinds(heading.text(deep=True))
        sibling = heading.next
        taken = 0
        while sibling is not None and sibling.tag not in _HEADING_TAGS:
            if taken and sibling.tag != "-text" and _method_kinds(sibling.text(deep=True)) - own:
                break  # 「※郵送、窓口のいずれの方法でも…」: a remark on the others, after it
            doomed[sibling.mem_id] = sibling
            taken += sibling.tag != "-text"
            sibling = sibling.next
    _decompose_outermost(doomed)


# Method words, by kind: what a struck method's section says of others ends it.
_METHOD_WORDS = {
    "post": "郵送",
    "counter": "窓口|持参",
    "fax": "ファクス|ファックス|FAX|ＦＡＸ",
    "online": "電子申請|オンライン|フォーム",
    "email": "メール",
}
_METHOD_WORD_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _METHOD_WORDS.items()))


def _method_kinds(text: str) -> set[str]:
    return {m.lastgroup or "" for m in _METHOD_WORD_RE.finditer(text)}


def _decompose_outermost(nodes: dict[int, LexborNode]) -> None:
    """Free the nodes (by mem_id), all found before any is freed; one inside another goes
    with it."""
    for node in nodes.values():
        parent = node.parent
        while parent is not None and parent.mem_id not in nodes:
            parent = parent.parent
        if parent is None:
            node.decompose()


# A remark in brackets, alone after struck text: 「<s>旧アドレス:…</s>(…で廃止しました)」.
_BRACKET_REMARK_RE = re.compile(r"^\s*[(（][^()（）]{1,40}[)）]\s*$")


def _has_struck_style(html: str) -> bool:
    return "line-through" in html or "LINE-THROUGH" in html


def _drop_struck_styles(tree: LexborHTMLParser, html: str) -> None:
    if _has_struck_style(html):
        for node in tree.css(_STRUCK_STYLE):
            _drop_remark_after(node)
            _drop_badge_before(node)
            node.decompose()


def _drop_badge_before(struck: LexborNode) -> None:
    """The status badge right before a struck card title (「<span>受付終了</span><div
    style="text-decoration:line-through"><h3>窓口への持参</h3>…」) is the struck card's: left
    alone, it reads as the end of the card above."""
    badge = struck.prev
    while badge is not None and badge.tag == "-text" and not (badge.text(deep=False) or "").strip():
        badge = badge.prev
    if badge is None or badge.tag in ("-text", "-comment"):
        return
    if struck.tag not in _HEADING_TAGS and struck.css_first(_HEADINGS) is None:
        return
    if ENDED_BADGE_RE.match(badge.text(deep=True, strip=True)):
        badge.decompose()


_HEADINGS = ", ".join(_HEADING_TAGS)


def _drop_remark_after(struck: LexborNode) -> None:
    """The bracketed remark right after struck text is about the struck text (its end date),
    not about what stands before it on the line."""
    remark = struck.next
    if (
        remark is not None
        and remark.tag == "-text"
        and _BRACKET_REMARK_RE.match(remark.text(deep=False) or "")
    ):
        remark.decompose()


def _drop_tab_lists(tree: LexborHTMLParser, html: str) -> None:
    """A list of tabs whose every panel opens with its own heading repeats those headings
    (「Online | Post | E-mail | Counter / Fax」 over panels headed 「E-mail 準備中」): read as a
    line, it would name every method, the ones the panels refuse or plan included."""
    if "tablist" not in html:
        return
    for tabs in tree.css('[role="tablist"]'):
        panels = [_panel(tree, tab) for tab in tabs.css('[role="tab"]')]
        if panels and all(panel is not None and _opens_with_heading(panel) for panel in panels):
            tabs.decompose()


def _panel(tree: LexborHTMLParser, tab: LexborNode) -> LexborNode | None:
    """The panel a tab shows (its aria-controls), when the id is a plain one."""
    panel_id = tab.attributes.get("aria-controls") or ""
    return tree.css_first(f"#{panel_id}") if _PLAIN_ID_RE.fullmatch(panel_id) else None


_PLAIN_ID_RE = re.compile(r"[A-Za-z][\w-]*")


def _opens_with_heading(panel: LexborNode) -> bool:
    first = next(panel.iter(), None)
    return first is not None and first.tag in _HEADING_TAGS


def _drop_footnote_marks(tree: LexborHTMLParser, html: str) -> None:
    """A footnote mark is not part of the word it follows: 「0574-62-2133<sup><a href="#fn:1">1
    </a></sup>」 is the fax number, not 0574-62-21331."""
    if "<sup" in html or "<SUP" in html:
        for node in tree.css("sup"):
            mark = node.text(strip=True)
            if len(mark) <= 4 and node.css_first('a[href^="#"]') is not None:
                node.decompose()


_SUBMISSION_HEAD_RE = fastre.compile(r"提出先|送付先|郵送先")
_MAX_SUBMISSION_HEAD_CHARS = 40


def _headed_as_submission(node: LexborNode) -> bool:
    """The element right before `node` is a short line naming the 提出先 (a heading that is a
    plain div in an old layout: 「<div class="midashi">■ 変更後の提出先</div>」), or, for the
    first thing in a table cell, the row before the cell's (「<tr><td class="midashi">■提出先
    </td></tr><tr><td><table>担当 | …</table></td></tr>」)."""
    before = _element_before(node)
    cell = node.parent
    row = cell.parent if cell is not None else None
    if (
        _first_child(node)
        and cell is not None
        and cell.tag in ("td", "th")
        and row is not None
        and row.tag == "tr"
        and _first_child(cell)
    ):
        before = _element_before(row)
    if before is None:
        return False
    text = before.text(deep=True, strip=True)
    return len(text) <= _MAX_SUBMISSION_HEAD_CHARS and bool(_SUBMISSION_HEAD_RE.search(text))


def _first_child(node: LexborNode) -> bool:
    """Nothing but blank text and comments before `node` among its siblings."""
    before = node.prev
    while before is not None:
        if before.tag not in ("-text", "-comment") or (before.text(deep=False) or "").strip():
            return False
        before = before.prev
    return True


def _element_before(node: LexborNode) -> LexborNode | None:
    """The element before `node` among its siblings, past blank text, comments and <br>; None
    when there is none or text stands between."""
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment", "br"):
        if before.tag == "-text" and (before.text(deep=False) or "").strip():
            return None
        before = before.prev
    return before


def parse_page(html: str, url: str | None = None) -> Page:
    """Parse `html` into a Page: content lines, enquiry lines, links, title candidates."""
    page = Page()
    tree = LexborHTMLParser(html)
    page.head_title = _title(tree)
    _keep_noscript_emails(tree, html)
    _drop_struck(tree, html)
    tree.strip_tags(_DROP_TAGS + _STRUCK_TAGS)  # one call: a test for each costs more
    _drop_struck_styles(tree, html)
    _drop_footnote_marks(tree, html)
    _drop_tab_lists(tree, html)
    body = tree.body
    if body is None:
        page.warnings.append("no <body> in the document")
        return page
    page.raw_text = body.text(deep=True, separator="\n", strip=True)
    _decode_protected_emails(tree, html)
    drop_superseded_cells(body, html)
    read_data_tables(body, page.raw_text)
    holders = content_holders(body)  # one query serves the enquiry and the chrome search

    walker = Walker(url, page)
    enquiry_lines: list[Line] = []
    enquiry_links: list[Link] = []
    footers: list[list[LexborNode]] = []  # an unmarked site footer headed お問い合わせ
    for block in find_enquiry(body, holders, footers):
        sub = Page()
        sub_walker = Walker(url, sub)
        sub_walker.walk_nodes(block, "enquiry")
        boxed = section_box_title(block)  # a section box's own line on an old layout
        section = boxed or section_title(block)
        for line in sub.lines:
            line.section = section
        enquiry_lines.extend(sub.lines)
        enquiry_links.extend(sub.links)
        for node in block[1:]:
            node.decompose()
        # 「◇提出先・お問い合わせ」, or a 提出先 table under its own heading (「■ 変更後の提出先」
        # over 「担当課 | …」「電話 | …」): the article goes on after it (methods, 様式, notes),
        # so the walk does not stop there
        if boxed or (sub.lines and "提出" in sub.lines[0].text) or _headed_as_submission(block[0]):
            block[0].decompose()
        else:
            block[0].replace_with(ENQUIRY_MARK)
    for block in footers:
        for node in block:
            node.decompose()

    # the body's text length, from the text already taken (each node stripped, as chrome's
    # size tests measure), instead of one more pass over the page
    body_len = len(page.raw_text) - page.raw_text.count("\n")
    chrome = chrome_nodes(body, holders, body_len)
    crumbs = breadcrumbs_among(chrome)
    if not crumbs and any(word in html for word in CRUMB_WORDS):  # spares a page query
        crumbs = body.css(CRUMB_SELECTOR)[:1]
    if crumbs:
        page.breadcrumb = " > ".join(_crumb_text(crumb) for crumb in crumbs)
    for node in chrome:
        node.decompose()

    root, marked = pick_root(body, _title_keys(page))
    page.h1 = _best_h1(root.css("h1") or body.css("h1"), page.head_title)
    page.machine_dates = _machine_dates(tree, root, body)
    page.embedded = _embedded_forms(root, url)
    for frame in body.css("iframe"):
        frame.decompose()
    walker.stop_at_enquiry = not marked
    walker.walk(root, "content")
    drop_trailing_footer(page)
    _drop_text_breadcrumb(page)
    if not UNIT_NAME_RE.search(page.breadcrumb):  # none, or one that names no section
        for crumb in _breadcrumbs_in_text(page.raw_text):
            if squash(crumb) not in squash(page.breadcrumb):
                page.breadcrumb = f"{page.breadcrumb} > {crumb}" if page.breadcrumb else crumb
    if not marked:
        drop_footer_lines(page)
    _drop_before_title(page, links_only=marked)
    _join_spaced_text(page)

    offset = len(page.lines)
    page.lines.extend(enquiry_lines)
    for link in enquiry_links:
        link.line += offset
        page.links.append(link)
    return page
