"""Properties of extract_filing that must hold for any input (hypothesis)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.extract import content_text, extract_filing
from scraper.models import FilingInfo

from .test_corpus_accuracy import _ENTITY_OR_CHAR_RE, _widen, comparable, corpus_pages

PAGES = corpus_pages()
needs_corpus = pytest.mark.skipif(not PAGES, reason="the labelled corpus is empty")
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.one_of(st.text(max_size=3000), st.binary(max_size=3000)))
def test_arbitrary_input_never_raises(data: str | bytes) -> None:
    info = extract_filing(data, "https://www.city.example.lg.jp/a.html")
    assert isinstance(info, FilingInfo)
    assert isinstance(content_text(data if isinstance(data, str) else ""), str)


_TAGS = st.sampled_from(["div", "p", "span", "li", "td", "h2", "a", "table", "ul", "b"])


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    """Random, often broken markup mixing method words, numbers and addresses."""
    words = st.sampled_from(
        [
            "郵送",
            "メール",
            "窓口",
            "FAX",
            "提出",
            "電話:042-000-0000",
            "〒190-0000",
            "@",
            "●",
            "更新日:令和7年4月1日",
            "受け付けておりません",
            "準備中",
            "<",
            ">",
            "&amp;",
            "\u3000",
        ]
    )
    parts = draw(
        st.lists(
            st.one_of(words, _TAGS.map(lambda t: f"<{t}>"), _TAGS.map(lambda t: f"</{t}>")),
            max_size=80,
        )
    )
    return "".join(parts)


@FAST
@given(html_soup())
def test_random_markup_never_raises(html: str) -> None:
    """Broken markup is read, not given up on: no 'extraction failed' warning."""
    info = extract_filing(html)
    assert not any(w.startswith("extraction failed") for w in info.warnings)


# --- chrome never changes the result -------------------------------------------------------

_NAV_LABELS = ["電子申請", "お問い合わせ", "メールマガジン", "窓口案内", "組織から探す", "FAQ"]
_BODY_RE = re.compile(r"(<body[^>]*>)(.*)(</body>)", re.S | re.I)


_HREFS = ["/a/", "https://apply.e-tumo.jp/x/", "mailto:i@x.example.jp"]
_NAV_IDS = ["gnav", "globalNavi", "menu", "header-nav"]
_FOOTER_IDS = ["footer", "ft", "site-footer"]


@st.composite
def chrome(draw: st.DrawFn) -> tuple[str, str]:
    """A random site header/navigation and footer, as different CMSs write them."""
    labels = draw(st.lists(st.sampled_from(_NAV_LABELS), min_size=1, max_size=6, unique=True))
    links = "".join(
        f'<li><a href="{draw(st.sampled_from(_HREFS))}">{label}</a></li>' for label in labels
    )
    landmark = draw(st.booleans())
    if landmark:
        nav = f'<nav class="gnav"><ul>{links}</ul></nav>'
    else:
        nav = f'<div id="{draw(st.sampled_from(_NAV_IDS))}"><ul>{links}</ul></div>'
    number = draw(st.from_regex(r"0[1-9]{2}-[0-9]{3}-[0-9]{4}", fullmatch=True))
    text = (
        f"<p>市役所 〒100-0001 東京都テスト市本町1-1 電話:{number}(代表) "
        "メール:info@city.test.example.lg.jp Copyright</p>"
    )
    if landmark:
        footer = f"<footer>{text}</footer>"
    else:
        footer = f'<div id="{draw(st.sampled_from(_FOOTER_IDS))}">{text}</div>'
    header = '<div id="header"><p>文字サイズ 読み上げ Foreign language</p>' + nav + "</div>"
    return header, footer


@needs_corpus
@FAST
@given(st.sampled_from(PAGES or [("", "", {})]), chrome())
def test_wrapping_in_site_chrome_never_changes_the_result(page, wrap) -> None:
    name, html, label = page
    header, footer = wrap
    url = label.get("page_url")
    body = _BODY_RE.search(html)
    assert body, name
    wrapped = html[: body.start(2)] + header + body.group(2) + footer + html[body.end(2) :]
    assert comparable(extract_filing(wrapped, url)) == comparable(extract_filing(html, url)), name


# --- full-width contact blocks never change the result ------------------------------------

_TEXT_NODE_RE = re.compile(r">([^<]+)<")


@needs_corpus
@FAST
@given(st.sampled_from(PAGES or [("", "", {})]), st.randoms(use_true_random=False))
def test_full_width_text_never_changes_the_result(page, rnd) -> None:
    """Any subset of the body's text nodes (the contact block among them) rewritten in
    full-width characters gives the same result."""
    name, html, label = page
    url = label.get("page_url")
    start = html.lower().find("<body")

    def widen(match: re.Match[str]) -> str:
        if rnd.random() < 0.5:
            return match.group()
        return ">" + _ENTITY_OR_CHAR_RE.sub(_widen, match.group(1)) + "<"

    head, body = html[:start], html[start:]
    body = re.sub(
        r"(<(script|style)\b.*?</\2>)|>([^<]+)<",
        lambda m: m.group(1) or widen_text(m, widen),
        body,
        flags=re.S | re.I,
    )
    assert comparable(extract_filing(head + body, url)) == comparable(extract_filing(html, url)), (
        name
    )


def widen_text(match: re.Match[str], widen) -> str:
    inner = re.match(r">([^<]+)<", match.group())
    return widen(inner) if inner else match.group()


@needs_corpus
def test_every_non_empty_field_has_evidence_from_the_page() -> None:
    """`evidence` names, for each field with a value, words that are on the page."""
    from selectolax.lexbor import LexborHTMLParser

    from scraper.textnorm import squash

    missing = []
    for name, html, label in PAGES:
        info = extract_filing(html, label.get("page_url"))
        tree = LexborHTMLParser(html)
        tree.strip_tags(["rt", "rp"])  # furigana is not the text a reader quotes
        for image in tree.css("img[alt]"):  # an image's words are read where the image is
            image.replace_with(image.attributes.get("alt") or "")
        # evidence joins a label and its value (<dt>/<dd>) that the markup puts on two lines
        text = re.sub(r"\s+", "", tree.body.text(separator="") if tree.body else "")
        text = squash(text) + squash(html)
        for field in (
            "title", "updated", "methods", "emails", "phones", "faxes", "postal_codes",
            "addresses", "department", "form_urls", "templates", "notes",
        ):  # fmt: skip
            if not getattr(info, field):
                continue
            # its first words (a row's label and value can have a removed 変更前 cell between)
            snippet = info.evidence.get(field, "").split(" / ")[0].split()
            words = squash(snippet[0])[:6] if snippet else ""
            # de-obfuscated e-mails and decoded Cloudflare addresses are not literally there,
            # in their own field or quoted in another's (「メール:…@…」 as a method's words)
            literal = field in ("title", "updated", "methods", "phones", "department")
            literal = literal and "@" not in snippet[0] if snippet else literal
            if not words or (literal and words not in text):
                missing.append(f"{name}:{field}")
    assert missing == []


@FAST
@given(
    st.lists(st.text(max_size=40), min_size=1, max_size=5),
    st.one_of(st.none(), st.text(max_size=30), st.just("http://[::1")),
)
def test_any_href_or_base_url_never_breaks_extraction(hrefs: list[str], base: str | None) -> None:
    """A malformed link or page URL loses that link, never the rest of the page."""
    from html import escape

    links = "".join(f'<a href="{escape(h)}">提出フォーム</a>' for h in hrefs)
    html = f"<main><p>郵送で提出してください。</p>{links}</main>"
    info = extract_filing(html, base)
    assert not any(w.startswith("extraction failed") for w in info.warnings)
    assert "post" in info.methods


def test_the_notes_hint_never_skips_a_line_a_note_pattern_matches() -> None:
    """extract_notes skips lines without a hint word: every corpus line (and question with
    its answer) on which a note pattern matches must have one."""
    from scraper.extract.content import parse_page
    from scraper.extract.notes import _HINT_RE, _NOTE_PATTERNS, _with_answer

    missed = []
    for name, html, _label in PAGES:
        lines = parse_page(html).lines
        for index in range(len(lines)):
            text = _with_answer(lines, index)
            if not _HINT_RE.search(text) and any(p.search(text) for _n, p in _NOTE_PATTERNS):
                missed.append(f"{name}: {text[:60]}")
    assert missed == []
