"""Extraction throughput over the labelled corpus, beside selectolax's bare parse time.

Targets (issue 3): at least 200 pages/s on one core, and no more than 3x the time
selectolax alone takes to parse the same pages (parse + text, the floor any extractor pays).
"""

from __future__ import annotations

import time
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from scraper.extract import extract_filing, parse_page

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus"
TARGET_PAGES_PER_S = 200
TARGET_RATIO = 3.0
_FULL_PAGE_BYTES = 10 * 1024


def _pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.html"))]


def _best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


# Real municipal pages weigh 30-100 KB, most of it chrome: a mega menu of a few hundred links
# and a side menu. The corpus pages are small, so they are measured a second time inside such
# a chrome, which is closer to what a refresh meets.
_MEGA_MENU = (
    '<div id="gnavi_mega">'
    + "".join(
        f'<div class="col"><h3><a href="/c{i}/">分類{i}</a></h3><ul>'
        + "".join(
            f'<li><a href="/c{i}/p{j}.html">ページ{i}-{j}のご案内</a></li>' for j in range(20)
        )
        + "</ul></div>"
        for i in range(20)
    )
    + "</div>"
)
_SIDE_MENU = (
    '<div id="lnavi"><ul>'
    + "".join(f'<li><a href="/s{j}.html">関連ページ{j}</a></li>' for j in range(60))
    + "</ul></div>"
)


def _heavy(html: str) -> str:
    body_at = html.lower().find("<body")
    start = html.find(">", body_at) + 1 if body_at >= 0 else 0
    end = html.lower().rfind("</body>")
    end = end if end >= 0 else len(html)
    return html[:start] + _MEGA_MENU + html[start:end] + _SIDE_MENU + html[end:]


def _measure(label: str, pages: list[str]) -> None:
    size = sum(len(p.encode()) for p in pages) / len(pages)
    rounds = max(1, 2000 // len(pages))

    def parse_only() -> None:
        for _ in range(rounds):
            for html in pages:
                tree = LexborHTMLParser(html)
                tree.body.text(separator="\n") if tree.body else ""

    def extract_all() -> None:
        for _ in range(rounds):
            for i, html in enumerate(pages):
                extract_filing(html, f"https://www.city.example.lg.jp/{i}.html")

    def page_only() -> None:  # where the time goes: the page model (parse, chrome, lines)
        for _ in range(rounds):
            for i, html in enumerate(pages):
                parse_page(html, f"https://www.city.example.lg.jp/{i}.html")

    n = rounds * len(pages)
    parse_s = _best_of(3, parse_only)
    page_s = _best_of(3, page_only)
    extract_s = _best_of(3, extract_all)
    rate = n / extract_s
    ratio = extract_s / parse_s
    verdict = "ok" if rate >= TARGET_PAGES_PER_S else "MISSED"
    ratio_verdict = "ok" if ratio <= TARGET_RATIO else "MISSED"
    print(f"   {label}: {len(pages)} pages, {size / 1024:.1f} KB on average, {n} runs, one core")
    print(f"     selectolax parse + text: {parse_s / n * 1000:.3f} ms/page")
    print(f"     extract_filing:          {extract_s / n * 1000:.3f} ms/page = {rate:.0f} pages/s")
    print(
        f"       of which the page model (parse, chrome, lines): {page_s / n * 1000:.3f} ms,"
        f" the field extractors: {(extract_s - page_s) / n * 1000:.3f} ms"
    )
    print(f"     target >= {TARGET_PAGES_PER_S} pages/s: {verdict}")
    print(f"     extract / parse = {ratio:.1f}x, target <= {TARGET_RATIO:.0f}x: {ratio_verdict}")


def main() -> None:
    pages = _pages()
    if not pages:
        print("   no corpus pages: nothing to measure")
        return
    _measure("corpus as is", pages)
    full = [p for p in pages if len(p.encode()) >= _FULL_PAGE_BYTES]
    if full:  # the corpus's whole pages, each written with its own site's chrome
        _measure("the corpus's whole pages (10 KB or more, with their own chrome)", full)
    _measure("corpus in a real-sized chrome (mega menu, side menu)", [_heavy(p) for p in pages])
