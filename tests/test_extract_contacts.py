"""Contacts: e-mails, phones, faxes, postcodes, addresses, department, as pages write them."""

from __future__ import annotations

import pytest

from scraper.extract import extract_filing
from scraper.extract.content import decode_cfemail


def page(body: str, enquiry: str = "") -> str:
    return (
        "<html><head><title>協力確認書｜テスト市</title></head><body>"
        '<header><ul class="gnav"><li>電子申請</li><li>お問い合わせ</li></ul></header>'
        f"<main><h1>協力確認書の提出</h1><p>郵送で提出してください。</p>{body}</main>"
        f"{enquiry}"
        "<footer>テスト市役所 〒100-0001 東京都テスト市本町1-1 電話:0120-11-1111(代表) "
        "webmaster@city.test.example.lg.jp</footer></body></html>"
    )


def extract(body: str, enquiry: str = ""):
    return extract_filing(page(body, enquiry))


@pytest.mark.parametrize(
    "text",
    [
        "メール:tabunka@city.example.lg.jp",
        "メールアドレス tabunka@city.example.lg.jp",
        "メール(tabunka@city.example.lg.jp)",
        "E-mail: TABUNKA@CITY.EXAMPLE.LG.JP",
        "Eメール：ｔａｂｕｎｋａ＠ｃｉｔｙ．ｅｘａｍｐｌｅ．ｌｇ．ｊｐ",
        "メール tabunka●city.example.lg.jp(●を@に置き換えてください)",
        "メール tabunka★city.example.lg.jp ※★を半角@に変えて送信してください",
        "メール tabunka(at)city.example.lg.jp",
        "メール tabunka[at]city.example.lg.jp",
        "メール tabunka アットマーク city.example.lg.jp",
    ],
)
def test_email_variants(text: str) -> None:
    assert extract(f"<p>{text}</p>").emails == ["tabunka@city.example.lg.jp"]


def test_email_on_the_line_after_its_label_and_in_a_table_cell() -> None:
    assert extract("<p>メール<br>kokusai@city.example.lg.jp</p>").emails == [
        "kokusai@city.example.lg.jp"
    ]
    assert extract(
        "<table><tr><th>メール</th><td>kokusai@city.example.lg.jp</td></tr></table>"
    ).emails == ["kokusai@city.example.lg.jp"]


def test_mailto_link_with_only_link_text() -> None:
    info = extract(
        '<p>【メール】<a href="mailto:kokusai@city.example.lg.jp">メールはこちら</a></p>'
    )
    assert info.emails == ["kokusai@city.example.lg.jp"]
    assert "email" in info.methods or info.methods == ["post"]


def test_cloudflare_protected_email_is_decoded() -> None:
    encoded = _cf_encode("kokusai@city.example.lg.jp", key=0x5A)
    assert decode_cfemail(encoded) == "kokusai@city.example.lg.jp"
    body = (
        f'<p>メール:<a href="/cdn-cgi/l/email-protection" class="__cf_email__" '
        f'data-cfemail="{encoded}">[email&#160;protected]</a></p>'
    )
    assert extract(body).emails == ["kokusai@city.example.lg.jp"]


@pytest.mark.parametrize("href", ["/cdn-cgi/l/email-protection#", "/cdn-cgi/l/email-protection"])
def test_cloudflare_link_with_the_code_on_its_span_is_the_address(href: str) -> None:
    """「<a href="/cdn-cgi/l/email-protection[#]"><span data-cfemail=…>」: the link's href
    holds no code; the line is the address, not a link to another page."""
    encoded = _cf_encode("kyodo-tabunka@city.example.lg.jp", key=0x5A)
    body = (
        f'<p>(3)電子メール<br>送信先:<a href="{href}"><span '
        f'class="__cf_email__" data-cfemail="{encoded}">[email&#160;protected]</span></a></p>'
    )
    assert extract(body).emails == ["kyodo-tabunka@city.example.lg.jp"]


def _cf_encode(address: str, key: int) -> str:
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in address)


def test_footer_switchboard_and_webmaster_are_never_taken() -> None:
    info = extract("<p>電話:042-000-1234</p>")
    assert info.phones == ["042-000-1234"]
    assert info.emails == []
    assert info.postal_codes == []


@pytest.mark.parametrize(
    ("text", "phones", "faxes"),
    [
        ("電話:042-000-0000", ["042-000-0000"], []),
        ("TEL 042-000-0000", ["042-000-0000"], []),
        ("☎ 042-000-0000", ["042-000-0000"], []),
        ("電話番号 042(000)0000", ["042-000-0000"], []),
        ("協働推進課(0465-00-0000)", ["0465-00-0000"], []),
        ("電話:042-000-0000(内線2345)", ["042-000-0000"], []),
        ("電話 042・000・0000", ["042-000-0000"], []),
        ("電話 042\u2212000\u22120000", ["042-000-0000"], []),
        ("電話 042\u2015000\u20150000", ["042-000-0000"], []),
        ("電話 ０４２ー０００ー００００", ["042-000-0000"], []),
        ("TEL:042-000-0000 FAX:042-000-0001", ["042-000-0000"], ["042-000-0001"]),
        ("電話044-200-2111(代表) ファクス044-200-3915", ["044-200-2111"], ["044-200-3915"]),
        ("ファックス 03-0000-0001", [], ["03-0000-0001"]),
        ("電話 3579-2020", ["3579-2020"], []),
    ],
)
def test_phone_and_fax_variants(text: str, phones: list[str], faxes: list[str]) -> None:
    info = extract(f"<p>{text}</p>")
    assert (info.phones, info.faxes) == (phones, faxes)


def test_fax_label_on_its_own_line() -> None:
    info = extract("<dl><dt>ファクス</dt><dd>042-000-0001</dd></dl>")
    assert info.faxes == ["042-000-0001"]
    assert info.phones == []


def test_ids_and_dates_are_not_phones() -> None:
    info = extract("<p>ページ番号:0000186754 更新日:2025-04-01 記事ID:67608</p>")
    assert info.phones == []


def test_postcodes_and_addresses() -> None:
    info = extract(
        "<p>郵送先:〒190-8666 東京都立川市泉町1156-9 立川市 多文化共生推進課 宛</p>"
        "<p>郵便番号 639-0000</p><p>奈良県生駒郡三郷町勢野西1丁目1番1号</p>"
    )
    assert info.postal_codes == ["190-8666", "639-0000"]
    assert sorted(info.addresses) == [
        "奈良県生駒郡三郷町勢野西1丁目1番1号",
        "東京都立川市泉町1156-9",
    ]


def test_department_from_enquiry_block_in_full() -> None:
    enquiry = (
        '<div id="inquiry"><h2>このページに関するお問い合わせ</h2>'
        "<p>立川市 市民生活部 多文化共生推進課 多文化共生係</p>"
        "<p>〒190-8666 立川市泉町1156-9 電話:042-528-4317</p></div>"
    )
    info = extract("<p>提出先:多文化共生推進課</p>", enquiry)
    assert info.department == "市民生活部 多文化共生推進課 多文化共生係"
    assert info.phones == ["042-528-4317"]
    assert info.addresses == ["立川市泉町1156-9"]


def test_department_submission_place_differs_from_enquiry() -> None:
    enquiry = '<div class="contact"><h3>お問い合わせ先</h3><p>企画部 広報課</p></div>'
    info = extract("<p>提出先:市民部 市民協働課 多文化共生係</p>", enquiry)
    assert info.department == "市民部 市民協働課 多文化共生係"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("総務局国際部交流推進課", "総務局 国際部 交流推進課"),
        (
            "総合政策局市長公室国際交流課 多文化共生担当",
            "総合政策局 市長公室 国際交流課 多文化共生担当",
        ),
        ("市民部市民課外国人相談係", "市民部 市民課 外国人相談係"),
        # one-letter pieces and words that only end like a unit stay whole
        ("課税課", "課税課"),
        ("国際関係課", "国際関係課"),
        ("西部保健センター", "西部保健センター"),
        ("文化スポーツ振興部 国際交流センター担当", "文化スポーツ振興部 国際交流センター担当"),
    ],
)
def test_department_units_spaced_as_most_pages_write_them(written: str, read: str) -> None:
    """A name the page writes without spaces reads the same as one written with them, so a
    user comparing two municipalities' 提出先 sees each unit."""
    enquiry = f'<div class="inquiry"><h2>お問い合わせ</h2><p>{written} 電話:0465-00-0000</p></div>'
    assert extract("", enquiry).department == read


def test_department_in_brackets() -> None:
    assert extract("<p>【産業振興課】電話 0465-00-0000</p>").department == "産業振興課"


def test_shared_tel_fax_label_gives_both() -> None:
    info = extract("<p>TEL/FAX 0465-00-1111</p><p>電話・ファクス:0465-00-2222</p>")
    assert info.phones == ["0465-00-1111", "0465-00-2222"]
    assert info.faxes == ["0465-00-1111", "0465-00-2222"]


@pytest.mark.parametrize(
    "html",
    [
        "<p>電話 / FAX：0574−62−7322 ／ 0574−62−2133</p>",
        "<dl><dt>電話・ファクス</dt><dd>0574-62-7322、0574-62-2133</dd></dl>",
    ],
)
def test_a_shared_label_with_as_many_numbers_gives_them_out_in_order(html: str) -> None:
    info = extract(html)
    assert (info.phones, info.faxes) == (["0574-62-7322"], ["0574-62-2133"])


def test_a_shared_label_alone_on_its_line_gives_the_next_number_to_both() -> None:
    info = extract("<dl><dt>TEL・FAX</dt><dd>0574-62-7322</dd></dl>")
    assert (info.phones, info.faxes) == (["0574-62-7322"], ["0574-62-7322"])


def test_a_footnote_mark_is_not_a_digit_of_the_number() -> None:
    info = extract(
        '<ol><li><p><strong>FAX</strong><br>0574−62−2133<sup id="fnref:1">'
        '<a href="#fn:1" class="footnote-ref">1</a></sup></p></li></ol>'
    )
    assert info.faxes == ["0574-62-2133"]


def test_other_bodies_numbers_and_addresses_are_not_the_municipality() -> None:
    info = extract(
        "<p>電話:0465-00-1234 メール:kokusai@city.example.lg.jp</p>"
        "<p>在留手続は外国人在留総合インフォメーションセンター(電話 0570-013904)へ。</p>"
        "<p>出入国在留管理庁 メール: info@isa.example.go.jp</p>"
    )
    assert info.phones == ["0465-00-1234"]
    assert info.emails == ["kokusai@city.example.lg.jp"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("〒160-8484 新宿区歌舞伎町二丁目一番一号 区役所本庁舎", "新宿区歌舞伎町二丁目一番一号"),
        ("〒060-0001 札幌市中央区北1条西2丁目 市役所本庁舎", "札幌市中央区北1条西2丁目"),
        ("〒100-2101 東京都小笠原村父島字西町", "東京都小笠原村父島字西町"),
        ("〒190-8666 立川市役所", None),
    ],
)
def test_addresses_in_kanji_numerals_grid_blocks_and_without_lot(text: str, address) -> None:
    from scraper.extract.contacts import extract_contacts
    from scraper.extract.page import Line

    found = extract_contacts([Line(text, "p")]).addresses
    assert found == ([address] if address else [])


def test_a_section_that_also_answers_questions_is_not_the_one_taking_the_form() -> None:
    info = extract(
        "<p>農業分野の受入れに関するご相談は、農業振興課(電話 0291・36・7706)でもお受けしています。"
        "ただし、協力確認書の受付は企画政策課のみで行います。</p>"
        "<p>企画政策課 電話 0291-33-2111</p>"
    )
    assert info.phones == ["0291-33-2111"]


def test_an_english_enquiry_block_gives_its_address_and_its_japanese_units_largest_first() -> None:
    enquiry = (
        '<div id="inquiry"><h2>Contact</h2><table><tr><th>Section</th><td>International Exchange'
        " Office (国際交流室), Planning and General Affairs Division (企画総務課), Higashikawa Town"
        " Office</td></tr><tr><th>Address</th><td>1-16-1 Higashimachi, Higashikawa-cho,"
        " Kamikawa-gun, Hokkaido 071-1492</td></tr></table></div>"
    )
    info = extract("<p>Please send the form by e-mail.</p>", enquiry)
    assert info.department == "企画総務課 国際交流室"
    assert info.postal_codes == ["071-1492"]
    assert info.addresses == ["1-16-1 Higashimachi, Higashikawa-cho, Kamikawa-gun, Hokkaido"]
    assert extract("<p>E-mail address: 1-16-1 Higashimachi, Tokyo</p>").addresses == []
