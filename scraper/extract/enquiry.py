"""The page's own enquiry block (「このページに関するお問い合わせ」, 「問合せ先」, `.inquiry`).

It holds the submitting department's contacts, so it is kept wherever the CMS put it — in the
content, after it, even inside a site footer — while the rest of the footer is dropped. A block
is a list of sibling nodes: the smallest small ancestor of its heading, or the heading and what
follows it when the heading ends an article.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from .. import fastre
from ..textnorm import normalize, squash
from .chrome import (
    FOOTER_MARK_RE,
    SECTION_NAME_RE,
    content_holders,
    inside_chrome,
    inside_content,
    names_enquiry_box,
    tokens,
)
from .page import (
    ENQUIRY_ABROAD,
    FOREIGN_BODY_RE,
    HEADING_LEVEL,
    PHONE_SHAPE_RE,
    UNIT_NAME_RE,
    row_cells,
)

# Headings of the page's own enquiry block.
# What the block is about: this page, this article, this matter (本件), …
# (「この きじ の といあわせ」: やさしい日本語's article)
_ENQUIRY_SUBJECT = r"(?:この|本|当)?(?:ページ|記事|きじ|情報|件|お知らせ|内容)"
# One heading word: お問い合わせ(先), 担当(課), 所管課, 連絡先; two may be joined
# (「担当・問合せ」「お問い合わせ・提出先」). Inside the content a heading naming the 提出先
# heads a content section (its table, templates and notes; the method rules read it as the
# place to submit): only outside it is such a heading the enquiry block's.
_ENQUIRY_WORD = (
    # (「といあわせ さき」: やさしい日本語)
    r"(?:お)?(?:問(?:い)?合(?:わ)?せ|といあわせ)(?:先|さき|窓口)?|担当(?:課|部署|窓口)?|所管(?:課|部署)"
    r"|連絡先|れんらく\s?さき|提出先"  # (「れんらくさき」: やさしい日本語)
)
# Headings of the page's own enquiry block.
_ENQUIRY_RE = fastre.compile(
    # (「だす ところ・このページに関する お問い合わせ先」: where to send it, then the words)
    r"^[■●◆◇□○【\[<〈《]?\s?(?:ご意見[・、]?|(?:提出先|だす\s?ところ)[・、/])?(?:"
    # (「このページ に ついての といあわせ」: やさしい日本語)
    # (「この ページ の といあわせ さき」)
    rf"{_ENQUIRY_SUBJECT}.{{0,12}}?(?:(?:お)?問(?:い)?合(?:わ)?せ|といあわせ)(?:先|さき)?"
    rf"|{_ENQUIRY_SUBJECT}(?:の|に関する|についての)?(?:作成)?(?:担当|所管)(?:課|部署|者)?"
    rf"|{_ENQUIRY_SUBJECT}の作成(?:者|部署|課)"  # 「このページの作成者」
    rf"|(?:{_ENQUIRY_SUBJECT}の)?情報発信元"  # 「このページの情報発信元」
    # (「もんだいがあるときのれんらくさき(このページにかんするお問い合わせ)」: the usual words
    # in brackets after the page's own)
    r"|[^()]{1,20}?(?=\(このページ[^()]{0,16}(?:問(?:い)?合(?:わ)?せ|といあわせ)(?:先)?\)$)"
    rf"|(?!提出先$)(?:{_ENQUIRY_WORD})(?:[・、/及び]{{1,2}}(?:{_ENQUIRY_WORD}|(?:お)?申(?:し)?込(?:み)?先))?"
    # (「The inquiry about this page」: a machine translation's article)
    r"|(?i:(?:the)?(?:for)?(?:contact(?:us|information)?|inquir(?:y|ies)|enquir(?:y|ies)|moreinformation)"
    # 「Contact for this page」「Inquiries about this page」「Contact of this page」「Contact for
    # this post」
    r"(?:(?:for|about|regarding|on|of|to)this(?:page|article|post))?"
    r"(?:\([A-Za-z]{1,20}(?:city|town|village)\))?))"
    # 「Contact (Hakodate City)」「＜お問い合わせ先＞」
    # (「Contact for this page (このページに関するお問い合わせ)」: the Japanese heading in brackets)
    # (「Contact (お問い合わせ)」: the Japanese word in brackets)
    # (「このページに関するお問い合わせ (Inquiry)」: the English word in brackets, or words:
    # 「(Inquiry to this page)」)
    r"\s?[】\]>〉》]?\s?:?(?:\((?:このページ[^()]{0,16}|[^()]{1,16}[市区町村]|(?:お)?問(?:い)?合(?:わ)?せ(?:先)?"
    r"|(?i:(?:contact|inquir(?:y|ies)|enquir(?:y|ies))(?:(?:for|about|regarding|on|of|to)this(?:page|article|post))?))\))?"
    # 「このページに関するお問い合わせ / Contact」 (「Inquiries about this page / このページに
    # 関するお問い合わせ」)
    # (or the English word after a space: 「このページに関するお問い合わせ Inquiry」)
    # (or in another language: 「このページに関するお問い合わせ Liên hệ」)
    r"(?:/?(?:(?i:contact|inquir(?:y|ies)|enquir(?:y|ies))[A-Za-z]{0,20}|/このページ[^/]{0,16}"
    rf"|{ENQUIRY_ABROAD}))?$"
)
_ENQUIRY_EXPLICIT_RE = fastre.compile(
    r"このページ|この記事|この\s?きじ|本件|本ページ|当ページ|記事に関する|(?i:this(?:page|article|post))"
)
# A cheap test before normalising: the heading words, in ASCII or full-width letters.
_ENQUIRY_WORD_RE = fastre.compile(
    r"問|担当|所管|連絡先|れんらく|といあわせ|発信元|作成|[CcＣｃ](?:ontact|ｏｎｔａｃｔ)|[IiEeＩｉＥｅ](?:nquir|ｎｑｕｉｒ)"
    r"|[Ii](?:nformation|ｎｆｏｒｍａｔｉｏｎ)"
)
# Words a block classed as an enquiry block (`.inquiry`) has, as written (not normalised).
_BLOCK_WORDS_RE = fastre.compile(r"問(?:い)?合|担当|電話|TEL|ＴＥＬ|発信元")
_ENQUIRY_MAX_CHARS = 700
# (「Inquiries about this page (このページに関するお問い合わせ)」: both languages)
_MAX_HEAD_CHARS = 50
_ENQUIRY_HEAD_SELECTOR = "h2, h3, h4, h5, h6, dt, caption, th, strong, b, p, legend"


def is_enquiry_heading(text: str) -> bool:
    """The line says only 「提出先・お問い合わせ先」「このページに関するお問い合わせ」: the heading
    of a contact block, wherever the page model put it."""
    return (
        len(text) <= _MAX_HEAD_CHARS
        and bool(_ENQUIRY_WORD_RE.search(text))
        # (without the reading of its last word: 「この ページ に ついて の お問い合わせ
        # (といあわせ)」)
        and bool(_ENQUIRY_RE.match(_END_READING_RE.sub("", squash(text))))
    )


_END_READING_RE = fastre.compile(r"\([ぁ-ゖー]{1,16}\)$")


_CONTACT_HINT = r"\d{2,4}\D{0,3}\d{2,4}\D{0,3}\d{3,4}|@|＠|課|係"


# Elements that wrap other blocks: only their own text can be a heading.
_WRAPPER_TAGS = frozenset({"div", "p", "span", "td"})
_INLINE_TAGS = frozenset({"font", "b", "strong", "span"})


def _only_inline_child(node: LexborNode) -> LexborNode | None:
    """The one inline element (an old layout's <font>) holding all of `node`'s text."""
    only = None
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            if (child.text(deep=False) or "").strip():
                return None
        elif child.tag in _INLINE_TAGS and only is None:
            only = child
        else:
            return None
    return only


def _enquiry_blocks(
    heads: list[LexborNode],
    holders: set[int],
    footers: list[list[LexborNode]] | None = None,
    *,
    explicit_only: bool = False,
    contact_boxes: bool = False,
) -> tuple[list[list[LexborNode]], bool]:
    """Enquiry blocks around the elements among `heads` whose text is an enquiry heading,
    and whether one says it is this page's (「このページ…」).
    When some are the page's own for sure (「このページ…」, or inside the content container),
    the others — an unmarked site footer's 「お問い合わせ」 with the city hall — are dropped;
    when none is, the first is: the page's own block comes before the site's footer. A block
    naming another body (「問合せ先」 over ハローワーク's address) is that body's card, not the
    page's block, unless its heading says it is this page's."""
    found: list[list[LexborNode]] = []
    keys: list[str] = []  # each found block's heading
    anchored: list[list[LexborNode]] = []
    row_headed: set[int] = set()  # (id of) blocks under a table's 「問い合わせ」 row header
    any_explicit = False
    for head in heads:
        # wrappers (div, p, span, td) count only with the words as their own text: cheap on
        # deeply nested markup, where a deep text() per wrapper would be quadratic
        own = head.text(deep=head.tag not in _WRAPPER_TAGS, separator="", strip=True)
        if not own and head.tag in _WRAPPER_TAGS:
            # 「<TD class="midashi"><FONT size="2">このページに関するお問い合わせ</FONT></TD>」
            inner = _only_inline_child(head)
            own = inner.text(deep=True, separator="", strip=True) if inner is not None else ""
        if not own or not is_enquiry_heading(own):
            continue
        key = squash(own)
        if head.css_first("a") is not None or _inside_link(head):
            continue
        if head.tag == "th" and _column_header(head):
            continue  # 「手続き | 内容 | 提出方法 | 提出先・問い合わせ」 heads a table's column
        if (
            "提出" in key
            and inside_content(head)
            and not (contact_boxes and _contact_box(head, key))
        ):
            continue
        explicit = bool(_ENQUIRY_EXPLICIT_RE.search(key))
        if not explicit and (explicit_only or inside_chrome(head, holders)):
            continue
        block = _enclosing_block(head)
        if block is None or _directory(block) or (not explicit and _another_body(block)):
            continue
        found.append(block)
        keys.append(key)
        any_explicit = any_explicit or explicit
        if explicit or inside_content(head):
            anchored.append(block)
            if not explicit and head.tag == "th":
                row_headed.add(id(block))
    if any_explicit:
        # 「日時 | 会場 | 申込方法 | 問い合わせ 生涯学習課 電話…」: a row of another matter's
        # table, beside the page's own block, is that matter's contact
        anchored = [block for block in anchored if id(block) not in row_headed]
    if anchored:
        return anchored, any_explicit
    # not the page's for sure: the first block, unless it is the site's footer (the city
    # hall's opening hours, corporate number, copyright, or a switchboard without a
    # section); after a 「■提出先・問合せ先」 section, the 「お問い合わせ先」 box that follows too
    kept: list[list[LexborNode]] = []
    named_only: list[list[LexborNode]] = []
    for block, key in zip(found, keys, strict=True):
        if _site_footer(block):
            if footers is not None and not kept:
                footers.append(block)
            break
        if "提出" not in key and not _gives_numbers(block):
            # 「◆担当」 「担当:地域振興課」, a section of the article naming the section only:
            # the 「お問い合わせ先」 box with its numbers below is the block, if there is one
            named_only.append(block)
            continue
        kept.append(block)
        if "提出" not in key:
            break
    return kept or named_only[:1], any_explicit


def _block_text(block: list[LexborNode]) -> str:
    """The text of a block's nodes, as written."""
    return "".join(node.text(deep=True) for node in block)


def _contact_box(head: LexborNode, key: str) -> bool:
    """A heading naming both the 提出先 and the enquiry (「提出先・お問い合わせ」) over a small box
    of contacts only (a postcode and a number): the page's enquiry block at the end of its
    content, not a section of it."""
    if "問" not in key:
        return False
    block = _enclosing_block(head)
    if block is None:
        return False
    text = normalize(_block_text(block))
    return len(text) <= _CONTACT_BOX_CHARS and "〒" in text and _gives_numbers(block)


_CONTACT_BOX_CHARS = 200


def _gives_numbers(block: list[LexborNode]) -> bool:
    """The block gives a phone number or an e-mail address, not only a section's name."""
    text = normalize(_block_text(block))
    return bool(PHONE_SHAPE_RE.search(text)) or "@" in text


def _another_body(block: list[LexborNode]) -> bool:
    """The block names another body before its first number: that body's card (「名称
    ハローワーク西条 所在地 … 電話 …」), not a remark after the page's own number (「※在留手続
    については大阪出入国在留管理局へ」)."""
    text = normalize(_block_text(block))
    body = FOREIGN_BODY_RE.search(text)
    number = PHONE_SHAPE_RE.search(text)
    return body is not None and (number is None or body.start() < number.start())


_DIRECTORY_SECTIONS = 3


def _directory(block: list[LexborNode]) -> bool:
    """A table of which section handles what (「担当窓口: 住民異動届 | 市民課 | 電話…」)
    names several sections: a directory, not one section's enquiry block."""
    text = _block_text(block)
    sections = {m.group() for m in UNIT_NAME_RE.finditer(text) if m.group().endswith("課")}
    return len(sections) >= _DIRECTORY_SECTIONS


def _column_header(cell: LexborNode) -> bool:
    """A header cell in a row of header cells: it names a column, not a block below it."""
    row = cell.parent
    return row is not None and row.tag == "tr" and row_cells(row).count("th") > 1


def _lone_cell(cell: LexborNode) -> bool:
    """The only cell of its row."""
    row = cell.parent
    return row is not None and row.tag == "tr" and len(row_cells(row)) == 1


_LINK_DEPTH = 3


def _inside_link(node: LexborNode) -> bool:
    """「<a><font><b>お問い合わせ</b></font></a>」: a menu item, however wrapped."""
    parent = node.parent
    for _ in range(_LINK_DEPTH):
        if parent is None:
            return False
        if parent.tag == "a":
            return True
        parent = parent.parent
    return False


def _site_footer(block: list[LexborNode]) -> bool:
    """Opening hours, a corporate number, a copyright, or a switchboard without a section (a
    switchboard with an extension, 「(代表)内線231」, reaches a section: the block is one)."""
    text = _block_text(block)
    return bool(FOOTER_MARK_RE.search(text)) or (
        "代表" in text and not SECTION_NAME_RE.search(text) and "内線" not in text
    )


def find_enquiry(
    body: LexborNode,
    holders: set[int] | None = None,
    footers: list[list[LexborNode]] | None = None,
) -> list[list[LexborNode]]:
    """The page's own enquiry block(s), each a list of sibling nodes: by heading text (in a
    heading-like element; a bare div or span only when there is none), else by id/class.
    An unmarked site footer headed お問い合わせ (opening hours, corporate number, copyright,
    a switchboard without a section) is not one: it goes to `footers`, for the caller to drop."""
    holders = content_holders(body) if holders is None else holders
    headings = body.css(_ENQUIRY_HEAD_SELECTOR)
    found, explicit = _enquiry_blocks(headings, holders, footers)
    if not found and not footers:
        # (an old table layout's 「<tr><td class="midashi">問い合わせ先</td></tr>」 too: a row of
        # one cell heads a box, where a cell beside another labels a row of a table)
        heads = [n for n in body.css("div, span, td") if n.tag != "td" or _lone_cell(n)]
        found, explicit = _enquiry_blocks(heads, holders, footers)
    elif not explicit:  # 「<div class="box_info_ttl">このページに関するお問い合わせ</div>」
        # (or an old table layout's 「<td class="midashi">このページに関するお問い合わせ</td>」)
        found += _enquiry_blocks(body.css("div, span, td"), holders, explicit_only=True)[0]
    if not found:
        # (none elsewhere: a box headed 「提出先・お問い合わせ」 at the end of the content, with
        # only a postcode and numbers, is the page's block)
        # (the footers were collected by the first pass)
        found = _enquiry_blocks(headings, holders, contact_boxes=True)[0]
    if not found:
        for node in body.css("div, section, dl, aside, address, table"):
            toks = tokens(node)
            if not names_enquiry_box(toks):
                continue
            text = node.text(deep=True)
            if len(text) > _ENQUIRY_MAX_CHARS or not _BLOCK_WORDS_RE.search(text):
                continue
            if inside_chrome(node, holders):
                continue
            found.append([node])
    # keep the outermost of nested or overlapping candidates (largest first), at most three
    found.sort(key=lambda block: -sum(len(n.text(deep=True)) for n in block))
    result: list[list[LexborNode]] = []
    for block in found:
        if not any(_block_within(block, kept) for kept in result):
            result.append(block)
    return result[:3]


_SECTION_HEADINGS = "h2, h3, h4, h5, h6"
_SECTION_CLIMB = 5


def section_title(block: list[LexborNode]) -> str:
    """The title of the one section whose container holds the block (「<section><h2>住民登録
    </h2>…<dl>問い合わせ先…</dl></section>」), or, in a flat run of sections, of the heading
    before it when another heading follows it (「<h2>特定健診</h2><p>…</p><p><strong>問合せ
    </strong>…</p><h2>協力確認書</h2>」); "" when the first container holding a heading holds
    several and the block comes after all of them (the page's own block), or when its heading
    says it is the page's (「このページについてのお問い合わせ」 after the last section)."""
    if _ENQUIRY_EXPLICIT_RE.search(squash(normalize(block[0].text(deep=True)[:60]))):
        return ""
    node = block[0].parent
    # the node under `node` that holds the block, once the climb has left the block's parent
    # (「<h2>住民税</h2><p>…</p><div class="box"><p>問い合わせ先…</p></div><h2>…」: a box)
    holder: list[LexborNode] = block
    for _ in range(_SECTION_CLIMB):
        if node is None or node.tag in ("body", "html", "main", "article"):
            return ""
        summary = node.css_first("summary") if node.tag == "details" else None
        if summary is not None:  # an accordion's 「<summary>住民登録(転入届)</summary>」
            return squash(normalize(summary.text(deep=True)))
        heads = [
            head
            for head in node.css(_SECTION_HEADINGS)
            if not any(part.mem_id == head.mem_id or _contains(part, head) for part in block)
        ]
        if len(heads) > 1:
            return _between_headings(holder)
        if heads:
            return squash(normalize(heads[0].text(deep=True)))
        holder = [node]
        node = node.parent
    return ""


_HEADING_TAGS = frozenset(_SECTION_HEADINGS.replace(" ", "").split(","))
_MAX_BOX_TITLE_CHARS = 40
_BOX_SIBLINGS = 10


# A section's mark or number: 「■3 …」「● …」「2. …」「(3) …」.
_SECTION_MARK_RE = fastre.compile(r"^(?:[■□●◆◇▼▶]|\(?\d{1,2}[.)．]|[①-⑳])")


def _box_title(table: LexborNode) -> str:
    """The text of a table's first row when that row is one short cell titling a section
    with its mark or number (「<TR><TD class="komidashi">■3 個人住民税の特別徴収</TD></TR>」),
    else ""."""
    row = table.css_first("tr")
    if row is None or len(row_cells(row)) != 1:
        return ""
    text = row.css_first("td, th").text(deep=True, strip=True)
    if len(text) > _MAX_BOX_TITLE_CHARS or not _SECTION_MARK_RE.match(text):
        return ""
    return text


def section_box_title(block: list[LexborNode]) -> str:
    """On an old table layout whose sections are tables, each titled by a one-cell first row,
    the title of the section box holding the block, when another such box follows it (「■3
    個人住民税の特別徴収」's 「問い合わせ:税務課…」 before 「■4 …協力確認書の提出」): the block
    is that section's, and the article goes on after it; "" otherwise."""
    node = block[0].parent
    while node is not None and node.tag not in ("table", "body", "html"):
        node = node.parent
    if node is None or node.tag != "table":
        return ""
    title = _box_title(node)
    first_row = node.css_first("tr")
    if not title or (first_row is not None and _contains(first_row, block[0])):
        return ""
    after = node.next
    for _ in range(_BOX_SIBLINGS):
        if after is None:
            return ""
        if after.tag == "table":
            return squash(normalize(title)) if _box_title(after) else ""
        after = after.next
    return ""


def _between_headings(block: list[LexborNode]) -> str:
    """The title of the heading sibling before the block, when a heading sibling follows it
    (a block headed by a heading of its own, 「<h2>お問い合わせ</h2>」, is a section itself)."""
    if block[0].tag in _HEADING_TAGS:
        return ""
    before = block[0].prev
    while before is not None and before.tag not in _HEADING_TAGS:
        before = before.prev
    after = block[-1].next
    while after is not None and after.tag not in _HEADING_TAGS:
        after = after.next
    if before is None or after is None:
        return ""
    return squash(normalize(before.text(deep=True)))


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
    return HEADING_LEVEL.get(node.tag or "", 9)


_LABEL_MARKS = "■●◆◇□○▼▶【["


def _section_from(start: LexborNode) -> list[LexborNode]:
    """`start` and its following siblings up to the next heading of the same or higher rank.
    An inline label (「<span>■お問い合わせ</span><br>課名<br>TEL …」) runs to the next label
    written the same way (same tag, same leading mark) or a real heading, text nodes and <br>s
    included, and no further than an enquiry block's size."""
    nodes = [start]
    rank = _heading_rank(start)
    inline = rank == 9
    mark = (start.text(deep=True, strip=True) or " ")[0]
    size = 0
    sibling = start.next
    while sibling is not None:
        if inline:
            if sibling.tag in HEADING_LEVEL or (
                sibling.tag == start.tag
                and mark in _LABEL_MARKS
                and (sibling.text(deep=True, strip=True) or " ")[0] == mark
            ):
                break
            size += len(sibling.text(deep=True) or "")
            if size > _ENQUIRY_MAX_CHARS:
                break
        elif _heading_rank(sibling) <= rank and sibling.tag not in ("-text", "-comment"):
            break
        nodes.append(sibling)
        sibling = sibling.next
    return nodes


_LABEL_CONTAINER = {"th": "table", "dt": "dl"}


def _enclosing_block(head: LexborNode) -> list[LexborNode] | None:
    """The enquiry block around its heading: the smallest small ancestor holding contact
    details, or — when the heading sits after other content in its parent (a heading at the
    end of the article) — the heading and what follows it."""
    node = head
    container = _LABEL_CONTAINER.get(head.tag or "")
    if container == "table" and (head.parent is None or head.parent.css_first("td") is None):
        container = None  # a column header (「申請書の名称 | 様式 | 担当課」), not a row's label
    if container:  # 「<th>担当課</th>」 labels a row: the block is the whole table (or <dl>)
        parent = head.parent
        while parent is not None and parent.tag not in (container, "body"):
            parent = parent.parent
        small = parent is not None and len(parent.text(deep=True)) <= _ENQUIRY_MAX_CHARS
        if parent is not None and parent.tag == container and small:
            return [parent]
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
