"""Page → FilingInfo: how a municipality accepts the 協力確認書, read from its page.

No I/O and never raises: `extract_filing` turns any failure into an empty FilingInfo with a
warning. The work is split by concern:

- content.py  parse once, drop the site chrome, keep the content and its enquiry block as lines
- page.py     the Page/Line/Link the extractors read, and the walker that makes lines
- chrome.py   header, navigation, breadcrumb, footer; where the content is
- enquiry.py  the page's own 「このページに関するお問い合わせ」 block
- methods.py  submission methods, with context, negation and 準備中 rules
- contacts.py e-mails, phones, faxes, postcodes, addresses, department
- links.py    online-form URLs and templates
- meta.py     title and updated date
- notes.py    notes from the closed vocabulary
- topics.py   on pages about several things, the sections about the form
"""

from __future__ import annotations

from .. import fastre
from ..errors import ExtractError
from ..models import FilingInfo
from .contacts import extract_contacts
from .content import Link, Page, parse_page
from .links import LinkResult, extract_links
from .meta import find_title, find_updated
from .methods import MethodResult, extract_methods, valid_methods
from .notes import extract_notes
from .topics import (
    a_listing,
    about_an_event,
    about_another_form,
    about_another_procedure,
    drop_listings,
    on_topic,
)

__all__ = ["content_text", "decode_html", "extract_filing", "parse_page"]

MAX_HTML_CHARS = 4_000_000  # larger pages are cut: no municipal page is this big
_EVIDENCE_SNIPPETS = 3
_FORM_NAME_RE = fastre.compile(r"協力確認書")


def decode_html(html: str | bytes) -> str:
    """Text of a page given as bytes, decoded as the fetcher would (BOM, <meta>, detection)."""
    if isinstance(html, str):
        return html
    try:
        from ..fetch import decode_body
    except ImportError:  # fetch.py not there: UTF-8 is what most municipal sites serve
        return html.decode("utf-8", errors="replace")
    return decode_body(html, None)[0]


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sample.count("\x00") + sample.count("\ufffd")
    return bad > len(sample) * 0.1


def content_text(html: str) -> str:
    """The page's own text (content and enquiry block), without header, navigation,
    breadcrumb or site footer. Empty for unusable input; never raises."""
    try:
        return parse_page(decode_html(html)[:MAX_HTML_CHARS]).text()
    except Exception:
        return ""


def _join(snippets: list[str]) -> str:
    unique = list(dict.fromkeys(s.strip() for s in snippets if s.strip()))
    return " / ".join(unique[:_EVIDENCE_SNIPPETS])


def _named_links(links: list[Link]) -> int:
    return sum(1 for link in links if _FORM_NAME_RE.search(link.text))


def _add_named_files(result: LinkResult, whole_page: LinkResult) -> None:
    """A file named for the form (「協力確認書様式 [Wordファイル]」) is the form's template even
    where the page lists it after a section about something else (an FAQ's last section
    「その他の手続き」 runs on to the page's 「添付ファイル」 box)."""
    known = {template.url for template in result.templates}
    for template, evidence in zip(whole_page.templates, whole_page.template_evidence, strict=True):
        if template.url not in known and _FORM_NAME_RE.search(template.label):
            result.templates.append(template)
            result.template_evidence.append(evidence)


def _build(page: Page, url: str | None) -> FilingInfo:
    title = find_title(page)
    if a_listing(page, title):  # search results, news index: every value is another page's
        return FilingInfo(
            page_url=url,
            title=title,
            evidence={"title": title} if title else {},
            warnings=["a list of other pages, not the form's page"],
        )
    drop_listings(page)
    lines, links = on_topic(page)
    link_result = extract_links(lines, links, url, page.embedded)
    if _named_links(links) < _named_links(page.links):  # some named for the form were dropped
        _add_named_files(link_result, extract_links(page.lines, page.links, url, page.embedded))
    another_form = about_another_form(lines, title)
    if another_form:  # a different 確認書: its files are not this form's templates
        link_result.templates, link_result.template_evidence = [], []
    event = about_an_event(title)
    if another_form or event:  # their forms and methods are not the form's
        link_result.form_urls, link_result.form_evidence = [], []
        method_result = MethodResult()
    else:
        method_result = extract_methods(lines, bool(link_result.form_urls), links)
    contacts = extract_contacts(lines, page.breadcrumb, links, page.head_title or "")
    if event or about_another_procedure(title):
        # a subsidy's 様式第1号, a 転入届's 委任状 are theirs; the form's own file stays
        keep = [i for i, t in enumerate(link_result.templates) if _FORM_NAME_RE.search(t.label)]
        link_result.templates = [link_result.templates[i] for i in keep]
        link_result.template_evidence = [link_result.template_evidence[i] for i in keep]
    if another_form or event:
        notes, note_evidence = [], []
    else:
        notes, note_evidence = extract_notes(lines)
    notes += [f"準備中:{m}" for m in valid_methods(method_result.planned)]
    if method_result.planned:
        note_evidence += method_result.planned_evidence
    if "online_form" in method_result.methods and not method_result.evidence:
        method_result.evidence += link_result.form_evidence
    updated, updated_evidence = find_updated(page)
    info = FilingInfo(
        page_url=url,
        title=title,
        updated=updated,
        methods=valid_methods(method_result.methods),
        emails=contacts.emails,
        phones=contacts.phones,
        faxes=contacts.faxes,
        postal_codes=contacts.postal_codes,
        addresses=sorted(set(contacts.addresses)),
        department=contacts.department,
        form_urls=link_result.form_urls,
        templates=sorted(link_result.templates, key=lambda t: t.url),
        notes=sorted(set(notes)),
        warnings=list(page.warnings),
    )
    evidence = {
        "title": title or "",
        "updated": updated_evidence,
        "methods": _join(method_result.evidence),
        "form_urls": _join(link_result.form_evidence),
        "templates": _join(link_result.template_evidence),
        "notes": _join(note_evidence),
    }
    for name, snippets in contacts.evidence.items():
        evidence[name] = _join(snippets)
    info.evidence = {k: v for k, v in evidence.items() if v and getattr(info, k, None)}
    if not info.has_info() and not info.warnings:
        info.warnings.append("nothing about filing found on the page")
    return info


def extract_filing(html: str | bytes, url: str | None = None) -> FilingInfo:
    """Everything the page says about filing the form. Never raises: unusable input gives an
    empty FilingInfo whose `warnings` say why."""
    try:
        text = decode_html(html)
        if not text.strip():
            return FilingInfo(page_url=url, warnings=["empty page"])
        if _looks_binary(text):
            return FilingInfo(page_url=url, warnings=["not an HTML page (binary content)"])
        warnings = []
        if len(text) > MAX_HTML_CHARS:
            text = text[:MAX_HTML_CHARS]
            warnings.append(f"page cut to its first {MAX_HTML_CHARS} characters")
        info = _build(parse_page(text, url), url)
        info.warnings = warnings + info.warnings
        return info
    except (ExtractError, RecursionError, MemoryError, ValueError) as exc:
        return FilingInfo(page_url=url, warnings=[f"extraction failed: {exc}"])
    except Exception as exc:
        return FilingInfo(
            page_url=url, warnings=[f"extraction failed: {type(exc).__name__}: {exc}"]
        )
