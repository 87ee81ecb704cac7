"""Submission methods: every way domain.md says pages write them, and the traps."""

from __future__ import annotations

import pytest

from scraper.extract import extract_filing


def page(body: str) -> str:
    return (
        "<html><head><title>協力確認書の提出について｜テスト市</title></head><body>"
        '<div id="gnav"><ul><li><a href="https://apply.e-tumo.jp/city-test-u/">電子申請</a></li>'
        "<li>お問い合わせ</li><li>メールマガジン</li><li>窓口案内</li></ul></div>"
        f'<div id="main"><h1>協力確認書の提出について</h1>{body}</div>'
        '<div id="footer">テスト市役所 電話:0120-00-0000(代表) FAX:0120-00-0001</div>'
        "</body></html>"
    )


def methods(body: str) -> list[str]:
    return extract_filing(page(body)).methods


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "<p>協力確認書は、郵送、メール、窓口での手渡しにより提出してください。</p>",
            ["counter", "email", "post"],
        ),
        (
            "<p>提出は持参、郵送、電子メールのいずれかでお願いします。</p>",
            ["counter", "email", "post"],
        ),
        ("<h2>提出方法</h2><p>窓口・郵送・メール</p>", ["counter", "email", "post"]),
        ("<p>電子メールまたは郵送で提出してください。</p>", ["email", "post"]),
        ("<p>対面、郵送又は電子メールで受け付けます。</p>", ["counter", "email", "post"]),
        (
            "<h2>提出方法</h2><p>1. 対面 2. 郵送 3. メール 4. オンライン入力</p>",
            ["counter", "email", "online_form", "post"],
        ),
        ("<h2>提出方法</h2><p>①来庁 ②郵送</p>", ["counter", "post"]),
        ("<h3>提出方法</h3><ul><li>直接お持ちください</li><li>郵送</li></ul>", ["counter", "post"]),
        ("<table><tr><th>提出方法</th><td>郵送、Eメール</td></tr></table>", ["email", "post"]),
        ("<p>企画政策課窓口(本庁舎3階)へ持参してください。</p>", ["counter"]),
        ("<p>郵送(下記問い合わせ先へ)で提出してください。</p>", ["post"]),
        ("<p>ファクスでも提出できます。</p>", ["fax"]),
    ],
)
def test_method_lists_in_any_form(body: str, expected: list[str]) -> None:
    assert methods(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # メールアドレス as a field of the form, a completion e-mail
        (
            "<p>郵送で提出してください。様式には担当者のメールアドレスを記入してください。</p>",
            ["post"],
        ),
        (
            "<p>フォームで提出すると、受付完了メールが届きます。</p>"
            '<p><a href="https://logoform.jp/form/abc/123">提出フォーム</a></p>',
            ["online_form"],
        ),
        # 直接雇用, 相談窓口, 窓口 inside an address
        ("<p>直接雇用の場合も郵送で提出してください。</p>", ["post"]),
        ("<p>郵送で提出してください。送付先:役場2階④番窓口 総務課</p>", ["post"]),
        ("<p>郵送で提出してください。外国人相談窓口もご利用ください。</p>", ["post"]),
        # negations
        (
            "<p>郵送又はメールで提出してください。FAXでの提出は受け付けておりません。</p>",
            ["email", "post"],
        ),
        (
            "<p>メールで提出してください。窓口・郵送による提出は受け付けておりません。</p>",
            ["email"],
        ),
        ("<p>郵送で提出できますが、メール及びFAXでの提出はできません。</p>", ["post"]),
        ("<p>郵送で提出してください(窓口への持参は不可)。</p>", ["post"]),
    ],
)
def test_method_words_used_otherwise_are_not_methods(body: str, expected: list[str]) -> None:
    assert methods(body) == expected


def test_fax_number_in_enquiry_block_is_not_a_method() -> None:
    body = (
        "<p>郵送で提出してください。</p>"
        '<div class="contact"><h2>このページに関するお問い合わせ</h2>'
        "<p>産業振興課</p><p>電話:042-000-0000 FAX:042-000-0001</p>"
        '<p><a href="mailto:sangyo@city.example.lg.jp">メールでのお問い合わせ</a></p></div>'
    )
    info = extract_filing(page(body))
    assert info.methods == ["post"]
    assert info.faxes == ["042-000-0001"]


def test_announced_method_is_a_note_not_a_method() -> None:
    info = extract_filing(
        page("<p>郵送で提出してください。電子申請による提出は現在準備中です。</p>")
    )
    assert info.methods == ["post"]
    assert "準備中:online_form" in info.notes


def test_chrome_navigation_words_are_not_methods() -> None:
    info = extract_filing(page("<p>協力確認書の提出方法は後日お知らせします。</p>"))
    assert info.methods == []
    assert info.form_urls == []


def test_online_form_link_is_a_method() -> None:
    body = (
        "<p>下記のフォームから提出してください。</p>"
        '<p><a href="https://apply.e-tumo.jp/city-test-u/offer/offerList_detail?tempSeq=1">'
        "協力確認書の提出(外部サイト)</a></p>"
    )
    info = extract_filing(page(body))
    assert info.methods == ["online_form"]
    assert info.form_urls == [
        "https://apply.e-tumo.jp/city-test-u/offer/offerList_detail?tempSeq=1"
    ]


def test_circled_number_before_madoguchi_is_a_list_item_not_an_address() -> None:
    body = "<h2>提出方法</h2><p>①電子メール</p><p>②郵送</p><p>③窓口<br>区役所本庁舎8階 文化課</p>"
    assert methods(body) == ["counter", "email", "post"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>提出は、電子メールでお願いします(郵送・持参も可)。</p>", ["counter", "email", "post"]),
        ("<p>郵送で提出してください。</p><p>提出先:市民協働課(本庁舎2階 11番窓口)</p>", ["post"]),
        ("<p>提出方法:下記のメールアドレス宛てに送付してください。</p>", ["email"]),
        (
            "<p>郵送又は電子メールによる提出のみ受け付けます(窓口での受付はしておりません)。</p>",
            ["email", "post"],
        ),
        (
            "<h2>提出方法</h2><p>【持参の場合】</p><p>市役所3階 産業振興課</p>"
            "<p>【郵送の場合】</p><p>〒100-0000 テスト市本町1-1</p>",
            ["counter", "post"],
        ),
        (
            "<dl><dt>Q. FAXで提出できますか。</dt>"
            "<dd>A. できません。郵送でお願いします。</dd></dl>",
            ["post"],
        ),
        (
            "<h2>窓口での提出</h2><p>窓口での受付は、令和7年5月30日をもって終了しました。</p>"
            "<h2>郵送での提出</h2><p>引き続き受け付けています。</p>",
            ["post"],
        ),
    ],
)
def test_more_phrasings(body: str, expected: list[str]) -> None:
    assert methods(body) == expected


def test_office_counter_under_submission_place_is_not_a_method() -> None:
    body = (
        "<h2>提出方法</h2><p>郵送又はメールで提出してください。</p>"
        "<h2>提出先</h2><p>多文化共生推進課窓口(市役所2階)</p>"
        "<p>送信後、入力されたメールアドレスあてに受付のお知らせが届きます。</p>"
    )
    assert methods(body) == ["email", "post"]


def test_how_to_ask_is_not_how_to_submit() -> None:
    body = (
        "<p>協力確認書は郵送で提出してください。</p>"
        "<p>協力確認書の提出について、ご不明な点は電話またはメールでお問い合わせください。</p>"
    )
    assert methods(body) == ["post"]


def test_immigration_applications_are_another_procedure() -> None:
    body = (
        "<p>協力確認書は、在留資格の申請前に郵送で提出してください。</p>"
        "<p>なお、在留資格の申請は、オンラインでも行うことができます。</p>"
    )
    assert methods(body) == ["post"]


def test_submission_before_immigration_application_still_counts() -> None:
    body = "<p>特定技能外国人の在留資格に係る申請の前に、郵送又はメールで提出してください。</p>"
    assert methods(body) == ["email", "post"]


def test_the_cheap_mention_hint_never_skips_a_line_with_a_method_word() -> None:
    """extract_methods skips lines the hint does not match: it must match every line of the
    corpus in which the full method regex finds a method word, in any rewriting."""
    from scraper.extract.content import parse_page
    from scraper.extract.methods import _MENTION_RE, MENTION_HINT_RE

    from .test_corpus_accuracy import corpus_pages, to_fullwidth

    missed = []
    for name, html, _label in corpus_pages():
        for page in (html, to_fullwidth(html)):
            for line in parse_page(page).lines:
                if _MENTION_RE.search(line.text) and not MENTION_HINT_RE.search(line.text):
                    missed.append(f"{name}: {line.text[:60]}")
    assert missed == []


def test_a_method_list_made_of_links_still_lists_its_methods() -> None:
    """「<li><a href=…>郵送</a></li>」 under 提出方法: the link explains the method, and the
    line is a method, not a related-page title."""
    from scraper.extract import extract_filing

    html = (
        "<html><body><main><h1>協力確認書の提出</h1><h2>提出方法</h2>"
        "<p>次の方法により提出してください。</p><ul>"
        '<li><a href="https://logoform.jp/form/X/1">電子申請(LoGoフォーム)</a></li>'
        '<li><a href="/yuso.html">郵送</a></li>'
        '<li><a href="/madoguchi.html">窓口へ持参</a></li></ul>'
        "<h2>関連ページ</h2><ul><li><a href='/n/1.html'>"
        "窓口の混雑状況と郵送による各種届出のご案内</a>"
        "</li></ul></main></body></html>"
    )
    info = extract_filing(html, "https://www.town.example.lg.jp/k.html")
    assert info.methods == ["counter", "online_form", "post"]
