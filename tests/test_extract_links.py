"""Online-form URLs and templates."""

from __future__ import annotations

from scraper.extract import extract_filing

URL = "https://www.city.example.lg.jp/sangyo/kyoryoku.html"


def extract(body: str):
    html = (
        '<html><body><nav><a href="https://apply.e-tumo.jp/city-x-u/">電子申請</a></nav>'
        f"<main><h1>協力確認書</h1>{body}</main></body></html>"
    )
    return extract_filing(html, URL)


def test_form_hosts_links_and_bare_urls() -> None:
    info = extract(
        "<p>次のフォームから提出してください。</p>"
        '<p><a href="https://logoform.jp/form/AbC1/123456">LoGoフォーム</a></p>'
        "<p>Microsoft Forms: https://forms.office.com/r/AbCdEf123 からも提出できます。</p>"
        '<p><a href="https://docs.google.com/forms/d/e/1FAIpQL/viewform">Googleフォーム</a></p>'
    )
    assert info.form_urls == [
        "https://docs.google.com/forms/d/e/1FAIpQL/viewform",
        "https://forms.office.com/r/AbCdEf123",
        "https://logoform.jp/form/AbC1/123456",
    ]
    assert info.methods == ["online_form"]


def test_link_text_says_submission_form_on_unknown_host() -> None:
    info = extract(
        '<p><a href="https://ttzk.example-gov.jp/procedures/kyoryoku">'
        "提出フォーム(外部サイト)</a></p>"
    )
    assert info.form_urls == ["https://ttzk.example-gov.jp/procedures/kyoryoku"]


def test_not_forms_moj_navigation_contact_forms_and_info_pages() -> None:
    info = extract(
        "<p>郵送で提出してください。</p>"
        '<p><a href="https://www.moj.go.jp/isa/applications/ssw/10_00226.html">'
        "出入国在留管理庁のページ(電子申請)</a></p>"
        '<p><a href="/news/index.html">新着情報</a></p>'
        '<div class="contact"><h2>このページに関するお問い合わせ</h2><p>産業課</p>'
        '<p><a href="https://logoform.jp/form/x/contact">お問い合わせフォーム</a></p></div>'
    )
    assert info.form_urls == []
    assert info.methods == ["post"]


def test_templates_with_format_and_clean_label() -> None:
    info = extract(
        "<p>郵送で提出してください。</p><ul>"
        '<li><a href="/material/files/kyoryoku.docx">協力確認書(Word:20KB)</a></li>'
        '<li><a href="/material/files/kisairei.pdf">記載例 [PDFファイル/120KB]</a></li>'
        '<li><a href="/material/files/chirashi.pdf">協力確認書のご案内チラシ(PDF:1MB)</a></li>'
        '<li><a href="/material/files/report.xlsx">決算報告(Excel:30KB)</a></li></ul>'
    )
    assert [(t.url, t.format, t.label) for t in info.templates] == [  # sorted by URL
        ("https://www.city.example.lg.jp/material/files/kisairei.pdf", "pdf", "記載例"),
        ("https://www.city.example.lg.jp/material/files/kyoryoku.docx", "docx", "協力確認書"),
    ]


def test_embedded_form_in_the_content_is_a_form_url() -> None:
    info = extract(
        "<p>下のフォームから提出してください。</p>"
        '<iframe src="https://docs.google.com/forms/d/e/1FAIpQ/viewform?embedded=true"></iframe>'
    )
    assert info.form_urls == ["https://docs.google.com/forms/d/e/1FAIpQ/viewform?embedded=true"]
    assert info.methods == ["online_form"]


def test_a_submission_form_on_the_citys_own_site_is_a_form_but_its_guide_page_is_not() -> None:
    from scraper.extract import extract_filing

    html = (
        "<html><body><main><h1>協力確認書の提出</h1><h2>提出方法</h2>"
        '<p><a href="/form/detail.php?id=kyoryoku">協力確認書 提出フォーム</a>'
        "から提出してください。</p>"
        '<p>電子申請の使い方は<a href="/denshi/index.html">電子申請フォームの使い方</a>'
        "をご覧ください。</p>"
        '<p><a href="/form/inquiry.php?sec=1">お問い合わせフォーム</a></p></main></body></html>'
    )
    info = extract_filing(html, "https://www.city.example.lg.jp/k.html")
    assert info.form_urls == ["https://www.city.example.lg.jp/form/detail.php?id=kyoryoku"]
    assert "online_form" in info.methods
