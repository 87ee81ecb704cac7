"""Two whole pages in the layouts of common municipal CMSs (written for these tests), read end
to end, and read again in site chrome and in full-width text."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.extract import extract_filing

from .test_corpus_accuracy import to_fullwidth, wrap_in_chrome

HERE = Path(__file__).parent / "fixtures" / "extract"

EXPECTED = {
    "cms8341-tachikawa-style.html": {
        "title": "特定技能所属機関による協力確認書の提出等について",
        "updated": "2025-04-03",
        "methods": ["counter", "online_form", "post"],
        "emails": [],
        "phones": ["042-528-4317"],
        "faxes": ["042-529-8550"],
        "postal_codes": ["190-8666"],
        "addresses": ["東京都立川市泉町1156-9"],
        "department": "市民生活部 多文化共生推進課",
        "form_urls": [
            "https://www.shinsei.elg-front.jp/tokyo2/navi/procInfo.do?govCode=13202&procCode=7777"
        ],
        "templates": [
            ("https://www.city.tachikawa.lg.jp/material/files/group/12/kyoryoku.docx", "docx"),
            ("https://www.moj.go.jp/isa/content/001430000.pdf", "pdf"),
        ],
        "notes": {"押印不要", "完了メールが提出の証明"},
    },
    "yokohama-style-dl-enquiry.html": {
        "title": "特定技能所属機関が地方公共団体に提出する「協力確認書」の提出について",
        "updated": "2025-04-01",
        "methods": ["email", "post"],
        "emails": [
            "ki-kokusai@city.yokohama.example.lg.jp",
            "ki-kyoryoku@city.yokohama.example.lg.jp",
        ],
        "phones": ["045-671-4708"],
        "faxes": ["045-664-7145"],
        "postal_codes": ["231-0005"],
        "addresses": ["横浜市中区本町6丁目50番地の10"],
        "department": "国際局 国際協力課",  # 「協力確認書担当 あて」 is a role (corpus 190, 425)
        "form_urls": [],
        "templates": [],
        "notes": {"形式指定:Excel", "同一市区町村なら1通", "受領書・控えの発行なし"},
    },
}
URL = "https://www.city.tachikawa.lg.jp/jigyosha/kyoryoku.html"
REWRITES = {
    "as is": lambda html: html,
    "in chrome": lambda html: wrap_in_chrome(html, 1),
    "full-width in chrome": lambda html: to_fullwidth(wrap_in_chrome(html, 0)),
}


@pytest.mark.parametrize("rewrite", list(REWRITES))
@pytest.mark.parametrize("name", list(EXPECTED))
def test_whole_page(name: str, rewrite: str) -> None:
    html = REWRITES[rewrite]((HERE / name).read_text(encoding="utf-8"))
    info = extract_filing(html, URL)
    got = info.model_dump(exclude={"evidence", "warnings", "page_url"})
    got["templates"] = [(t["url"], t["format"]) for t in got["templates"]]
    got["notes"] = set(got["notes"])
    assert got == EXPECTED[name]
    assert info.evidence["methods"] and info.evidence["phones"]
