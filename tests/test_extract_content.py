"""Finding the page's own content: chrome of several CMS families dropped, enquiry block kept;
and the never-raises contract."""

from __future__ import annotations

import pytest

from scraper.extract import content_text, extract_filing

ENQUIRY = (
    "<h2>このページに関するお問い合わせ</h2><p>産業振興課 商工係</p>"
    "<p>電話:0465-00-1234 ファクス:0465-00-1235</p>"
)
FOOTER_TEXT = "テスト町役場 〒250-0000 テスト町本町1-1 電話:0465-00-0000(代表)"


def test_div_layout_with_marker_texts_and_enquiry_after_content() -> None:
    html = (
        "<html><head><title>協力確認書について - テスト町</title></head><body>"
        "<p>ページの先頭です。メニューを飛ばして本文へ</p>"
        '<div id="hd"><div class="tool">文字サイズ 読み上げ Foreign language</div></div>'
        '<div id="topicpath">現在地 ホーム &gt; 事業者向け &gt; 協力確認書</div>'
        '<div id="tmp_contents"><p>ここから本文です。</p><h1>協力確認書について</h1>'
        "<p>郵送で提出してください。</p></div>"
        f'<div id="tmp_inquiry">{ENQUIRY}</div>'
        f'<div id="ft">{FOOTER_TEXT}</div></body></html>'
    )
    text = content_text(html)
    assert "郵送で提出してください" in text
    assert "0465-00-1234" in text
    assert "(代表)" not in text and "文字サイズ" not in text and "現在地" not in text
    info = extract_filing(html)
    assert info.phones == ["0465-00-1234"] and info.faxes == ["0465-00-1235"]
    assert info.department == "産業振興課 商工係"
    assert info.title == "協力確認書について"


def test_page_without_any_content_container_uses_the_text_dense_block() -> None:
    html = (
        "<html><body><table><tr><td>"
        '<a href="/">ホーム</a> <a href="/a">電子申請</a> <a href="/b">窓口案内</a></td></tr>'
        "<tr><td><h2>協力確認書</h2><p>協力確認書は、郵送又はメールで提出してください。</p>"
        "<p>メール: kikaku@town.example.lg.jp</p></td></tr></table></body></html>"
    )
    info = extract_filing(html)
    assert info.methods == ["email", "post"]
    assert info.emails == ["kikaku@town.example.lg.jp"]


def test_enquiry_block_inside_site_footer_keeps_only_the_page_block() -> None:
    html = (
        '<html><body><div id="main"><h1>協力確認書</h1><p>郵送で提出してください。</p></div>'
        f'<div id="footer"><div class="contact">{ENQUIRY}</div><p>{FOOTER_TEXT}</p></div>'
        "</body></html>"
    )
    info = extract_filing(html)
    assert info.phones == ["0465-00-1234"]
    assert info.postal_codes == []


def test_article_header_with_title_and_date_is_kept() -> None:
    html = (
        "<html><body><header><h1>テスト市</h1><nav>電子申請 お問い合わせ</nav></header>"
        "<article><header><h1>協力確認書の提出</h1><p>公開日 2025年04月11日</p></header>"
        "<p>窓口に持参してください。</p></article></body></html>"
    )
    info = extract_filing(html)
    assert info.title == "協力確認書の提出"
    assert info.updated == "2025-04-11"
    assert info.methods == ["counter"]


def test_title_from_title_tag_without_site_name() -> None:
    for title in ("協力確認書の提出 - 立川市", "協力確認書の提出|板橋区公式ホームページ"):
        html = f"<html><head><title>{title}</title></head><body><p>郵送で提出</p></body></html>"
        assert extract_filing(html).title == "協力確認書の提出"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("更新日:2025年4月3日更新", "2025-04-03"),
        ("更新日:令和7(2025)年4月1日(火曜日)", "2025-04-01"),
        ("公開日 2025年04月11日", "2025-04-11"),
        ("最終更新日:令和元年5月7日", "2019-05-07"),
        ("更新日付:2019年11月21日 / ページ番号:C068396", "2019-11-21"),
        ("2025年4月2日更新", "2025-04-02"),
        ("掲載日:2025/4/1", "2025-04-01"),
    ],
)
def test_updated_dates(text: str, iso: str) -> None:
    html = (
        f"<html><body><main><h1>協力確認書</h1><p>{text}</p><p>郵送で提出</p></main></body></html>"
    )
    assert extract_filing(html).updated == iso


def test_updated_beats_published() -> None:
    html = (
        "<html><body><main><p>公開日:2025年4月1日</p><p>更新日:2025年5月20日</p>"
        "<p>郵送で提出</p></main></body></html>"
    )
    assert extract_filing(html).updated == "2025-05-20"


@pytest.mark.parametrize(
    "data",
    [
        "",
        b"",
        "   ",
        b"\x00\x01\x02\xff\xfe" * 1000,
        "<<<<>>>>&&&&;;;",
        "<div>" * 20000 + "郵送で提出" + "</div>" * 20000,
        "<p>" + "あ" * 3_000_000 + "</p>",
        "\ud800 unpaired surrogate",
    ],
)
def test_never_raises(data: str | bytes) -> None:
    info = extract_filing(data)
    assert info.warnings or not info.has_info()


def test_bytes_are_decoded_like_the_fetcher() -> None:
    html = (
        "<html><head><meta charset='shift_jis'></head>"
        "<body><p>髙橋 ① 郵送で提出してください。</p></body></html>"
    )
    info = extract_filing(html.encode("cp932"))
    assert info.methods == ["post"]
    assert "髙橋" in content_text(html.encode("cp932"))  # type: ignore[arg-type]


def test_unmarked_chrome_around_a_page_without_content_container() -> None:
    """Plain divs, no ids: the menu's 電子申請 portal link and the footer's switchboard and
    e-mail must still stay out."""
    html = (
        "<html><body><div><ul>"
        '<li><a href="https://apply.e-tumo.jp/city-x-u/">電子申請</a></li>'
        '<li><a href="/c">お問い合わせ</a></li><li><a href="/m">メールマガジン</a></li>'
        '<li><a href="/w">窓口案内</a></li></ul></div>'
        "<div><h2>協力確認書の提出について</h2>"
        "<p>協力確認書は郵送又はメールで提出してください。</p>"
        "<p>メール: kokusai@town.example.lg.jp</p>"
        "<h3>このページに関するお問い合わせ</h3><p>企画課 電話:0465-00-1234</p></div>"
        "<div><p>テスト町役場 〒250-0000 テスト町本町1-1</p>"
        "<p>電話:0465-00-0000(代表) メール:info@town.example.lg.jp</p>"
        "<p>Copyright (c) Test Town</p></div></body></html>"
    )
    info = extract_filing(html)
    assert info.form_urls == []
    assert info.methods == ["email", "post"]
    assert info.emails == ["kokusai@town.example.lg.jp"]
    assert info.phones == ["0465-00-1234"]
    assert info.postal_codes == []


def test_enquiry_heading_variants() -> None:
    for heading in ("このページへのお問合せ", "お問い合わせ先", "問合せ先", "【担当】"):
        html = (
            f"<html><body><main><h1>協力確認書</h1><p>郵送で提出してください。</p></main>"
            f'<div class="x"><h2>{heading}</h2><p>国際局 国際協力課</p>'
            "<p>電話:045-000-0000 ファクス:045-000-0001</p></div></body></html>"
        )
        info = extract_filing(html)
        assert info.department == "国際局 国際協力課", heading
        assert info.faxes == ["045-000-0001"], heading


def test_site_logo_h1_is_not_the_title() -> None:
    html = (
        "<html><head><title>協力確認書の提出について｜練馬区</title></head><body>"
        "<h1><img src='/logo.gif' alt='練馬区'></h1><div><h2>協力確認書の提出について</h2>"
        "<p>郵送で提出してください。</p></div></body></html>"
    )
    assert extract_filing(html).title == "協力確認書の提出について"


@pytest.mark.parametrize(
    ("h1", "title"),
    [
        (
            '<span class="mark">Q</span>協力確認書はメールで提出できますか?',
            "協力確認書はメールで提出できますか?",
        ),
        ("QRコードから提出できますか?", "QRコードから提出できますか?"),  # a word, not a mark
    ],
)
def test_an_faq_question_mark_is_not_part_of_the_title(h1: str, title: str) -> None:
    """An FAQ system's 「Q」 before the h1's question is a mark; <title> has the question."""
    html = (
        f"<html><head><title>{title}｜よくある質問｜篠栗町</title></head><body>"
        f"<div id='main'><h1>{h1}</h1><p>郵送で提出してください。</p></div></body></html>"
    )
    assert extract_filing(html).title == title


def test_page_inside_another_sites_main_keeps_its_own_container() -> None:
    """Wrapped whole into a new chrome's <main>, the page's own unmarked footer (an
    <address> with the switchboard) must still stay out."""
    original = (
        '<div id="main"><h1>協力確認書の提出について</h1>'
        "<p>協力確認書は郵送で提出してください。</p>"
        '<div class="inquiry"><h2>お問い合わせ</h2><p>総合政策部 国際推進課</p>'
        "<p>電話番号:047-366-7310</p></div></div>"
        "<address>〒271-8588 千葉県松戸市根本387番地の5 電話:047-366-1111(代表)</address>"
    )
    wrapped = (
        "<html><body><nav>電子申請 お問い合わせ メールマガジン 窓口案内</nav>"
        f"<main>{original}</main><footer>市役所 電話 0120-00-0000(代表)</footer></body></html>"
    )
    info = extract_filing(wrapped)
    assert info.phones == ["047-366-7310"]
    assert info.postal_codes == []
    assert info.department == "総合政策部 国際推進課"


def test_enquiry_inside_a_layout_wrapper_named_like_a_menu() -> None:
    """CMS layout classes such as column_rnavi name the column layout, not a menu."""
    html = (
        '<html><body><div id="tmp_wrap_main" class="column_rnavi"><div id="tmp_contents">'
        "<h1>協力確認書</h1><p>郵送で提出してください。</p>"
        '<div class="box_contact"><h2>お問い合わせ</h2><p>総合政策部国際推進課</p>'
        "<p>電話番号:047-366-7310</p></div></div>"
        '<div id="tmp_rnavi"><ul><li><a href="/a">関連ページ</a></li></ul></div></div>'
        "</body></html>"
    )
    assert extract_filing(html).department == "総合政策部 国際推進課"


def test_enquiry_heading_with_goiken() -> None:
    for heading in ("このページについてのご意見・お問い合わせ", "ご意見・お問い合わせ"):
        html = (
            "<html><body><div id='main'><h1>協力確認書の提出</h1>"
            "<p>協力確認書は郵送で提出してください。</p></div>"
            f"<div class='box'><h2>{heading}</h2><p>文化共育部 文化課 多文化共生係</p>"
            "<p>電話:03-5662-0414</p></div></body></html>"
        )
        assert extract_filing(html).department == "文化共育部 文化課 多文化共生係", heading


def test_the_python_tests_of_content_selectors_agree_with_css() -> None:
    """pick_root ranks one query's candidates with Python tests of each selector: on every
    corpus page, each test says what lexbor's own matching says."""
    from selectolax.lexbor import LexborHTMLParser

    from scraper.extract.chrome import _CONTENT_QUERY, _CONTENT_SELECTORS, _CONTENT_TESTS

    from .test_corpus_accuracy import corpus_pages

    checked = 0
    for name, html, _label in corpus_pages():
        body = LexborHTMLParser(html).body
        matched = {s: {n.mem_id for n in body.css(s)} for s in _CONTENT_SELECTORS}
        for node in body.css(_CONTENT_QUERY):
            for selector, test in zip(_CONTENT_SELECTORS, _CONTENT_TESTS, strict=True):
                expected = node.mem_id in matched[selector]
                assert test(node) == expected, (name, selector, node.html[:80])
                checked += 1
    assert checked > 1000


def test_an_inline_enquiry_label_takes_only_what_follows_it() -> None:
    """「<span>■お問い合わせ</span><br>課名<br>TEL …」 at the end of a div that also holds the
    article: the enquiry block is the label and what follows, not the whole div."""
    from scraper.extract.content import parse_page

    html = (
        "<html><body><div><div style='float:right'><div>"
        "協力確認書を提出してください。<br><span>■送付方法</span><br>・郵送にて(下記送付先まで)<br>"
        "<span>■お問い合わせ</span><br>企画調整課 多文化共生推進係<br>(TEL)0748-71-2324"
        "</div></div></div></body></html>"
    )
    page = parse_page(html)
    content = [ln.text for ln in page.lines if ln.region == "content"]
    enquiry = [ln.text for ln in page.lines if ln.region == "enquiry"]
    assert "・郵送にて(下記送付先まで)" in content
    assert enquiry == ["■お問い合わせ", "企画調整課 多文化共生推進係", "(TEL)0748-71-2324"]


def test_a_feedback_questionnaire_is_not_the_enquiry_block() -> None:
    """A page with no enquiry block but a feedback survey (「<div id="questionnaire">」, whose
    note names 電話番号): the survey is not read as the page's enquiry block (round 130,
    4490)."""
    from scraper.extract.content import parse_page

    html = (
        "<html><body><div id='main'><h1>協力確認書</h1><p>郵送で提出してください。</p></div>"
        "<div id='questionnaire'><form><fieldset><legend>このページの情報は役に立ちましたか?"
        "</legend><p>役に立った</p></fieldset><p>※このアンケートへの回答は行いません。個人情報"
        "(住所・電話番号・メールアドレスなど)は記入しないでください。</p></form></div>"
        "</body></html>"
    )
    assert [ln.text for ln in parse_page(html).lines if ln.region == "enquiry"] == []


@pytest.mark.parametrize(
    "own_block",
    [
        "<main><h1>協力確認書</h1><p>郵送で提出してください。</p>"
        "<h2>お問い合わせ</h2><p>国際課 電話 0265-11-2222</p></main>",  # inside the content
        "<div id='x'><h1>協力確認書</h1><p>郵送で提出してください。</p></div>"
        "<div><h2>お問い合わせ</h2><p>国際課 電話 0265-11-2222</p></div>",  # first, unmarked
    ],
)
def test_an_unmarked_site_footer_with_an_enquiry_heading_is_not_the_pages(own_block: str) -> None:
    """A site footer without any id or class, headed 「お問い合わせ」 and giving the village
    office: when the page has its own enquiry block, the footer's numbers are not taken."""
    from scraper.extract import extract_filing

    footer = (
        "<div><h2>お問い合わせ</h2><p>もみじ村役場 総務課</p>"
        "<p>〒399-9999 長野県もみじ村大字本郷1000番地</p><p>電話 0265-99-1111</p></div>"
    )
    info = extract_filing(f"<html><body>{own_block}{footer}</body></html>")
    assert (info.phones, info.department, info.postal_codes) == (["0265-11-2222"], "国際課", [])


def test_an_articles_own_footer_holds_its_enquiry_box() -> None:
    """WordPress puts the section's contact box in the article's footer
    (「<article>…<footer class="entry-footer"><h2>お問い合わせ</h2>企画政策課 〒… 電話…」):
    the page's enquiry block, not the site's footer."""
    html = (
        "<html><head><title>協力確認書｜与那原町</title></head><body><header>与那原町</header>"
        '<main><article><h1>協力確認書の提出について</h1><div class="entry-content"><p>郵送で'
        'ご提出ください。</p></div><footer class="entry-footer"><div class="contact-box">'
        "<h2>お問い合わせ</h2><p>企画政策課 企画調整係<br>〒901-1392 沖縄県島尻郡与那原町字上与那原"
        "16番地<br>電話:098・945・1622<br>FAX:098-945-1744</p></div></footer></article></main>"
        "<footer><p>与那原町役場 〒901-1392 電話:098-945-2201(代表) FAX:098-945-4434</p>"
        "<p>法人番号 1000020473481</p></footer></body></html>"
    )
    info = extract_filing(html)
    assert (info.phones, info.faxes, info.department) == (
        ["098-945-1622"],
        ["098-945-1744"],
        "企画政策課 企画調整係",
    )


def test_an_articles_own_contact_aside_is_its_enquiry_block() -> None:
    """「<aside class="p-contact">」 inside the article is the section's contact box, not a
    side menu."""
    html = (
        "<html><head><title>Cooperation Confirmation Form｜Iijima Town</title></head><body>"
        "<header>Iijima Town</header><main><article><h1>Cooperation Confirmation Form</h1>"
        '<p>Please send the form by post.</p><aside class="p-contact"><h2>Contact</h2><dl>'
        "<dt>Department</dt><dd>Industry Promotion Division<br>産業振興課 商工観光係</dd>"
        "<dt>Phone</dt><dd>0265−86−3114</dd><dt>Fax</dt><dd>0265−86−2052</dd></dl></aside>"
        "</article></main><footer><p>Main line: 0265-86-3111 / Fax: 0265-86-2052</p>"
        "<p>Corporate number: 3000020203858</p></footer></body></html>"
    )
    info = extract_filing(html)
    assert (info.phones, info.faxes, info.department) == (
        ["0265-86-3114"],
        ["0265-86-2052"],
        "産業振興課 商工観光係",
    )
