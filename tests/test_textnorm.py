"""The text helpers every module relies on."""

from __future__ import annotations

import pytest

from scraper.textnorm import (
    find_emails,
    normalize,
    normalize_email,
    normalize_phone,
    normalize_postcode,
    parse_japanese_date,
    squash,
    to_hiragana,
)


def test_normalize_squash_hiragana_unchanged_contract() -> None:
    assert normalize("ＴＥＬ　０４２−０００") == "TEL 042-000"
    assert squash(" 立川 市 ") == "立川市"
    assert to_hiragana("タチカワ") == "たちかわ"
    assert normalize("メールアドレス") == "メールアドレス"  # ー in words stays


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("042-000-0000", "042-000-0000"),
        ("042(000)0000", "042-000-0000"),
        ("（０４２）０００−００００", "042-000-0000"),
        ("042・000・0000", "042-000-0000"),
        ("042.000.0000", "042-000-0000"),
        ("０４２ー０００ー００００", "042-000-0000"),
        ("042\u2015000\u20150000", "042-000-0000"),
        ("0425232111", "042-523-2111"),
        ("0312345678", "03-1234-5678"),
        ("電話なし", None),
    ],
)
def test_normalize_phone(text: str, phone: str | None) -> None:
    assert normalize_phone(text) == phone


def test_postcode_and_email() -> None:
    assert normalize_postcode("〒１９０−８６６６") == "190-8666"
    assert normalize_postcode("1908666") == "190-8666"
    assert normalize_email("Ｔａｂｕｎｋａ＠Ｃｉｔｙ．Ｅｘａｍｐｌｅ．ｌｇ．ｊｐ") == (
        "tabunka@city.example.lg.jp"
    )
    assert [e for e, _s, _e in find_emails("a●b.example.jp と c(at)d.example.com")] == [
        "a@b.example.jp",
        "c@d.example.com",
    ]
    assert normalize_email("画像.png と 電話") is None
    assert (
        normalize_email("kikaku（アットマーク）city.example.lg.jp") == "kikaku@city.example.lg.jp"
    )


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("令和7年4月1日", "2025-04-01"),
        ("令和元年5月1日", "2019-05-01"),
        ("平成31年4月30日", "2019-04-30"),
        ("令和7(2025)年4月1日(火曜日)", "2025-04-01"),
        ("2025年04月11日", "2025-04-11"),
        ("２０２５年４月３日更新", "2025-04-03"),
        ("2025/4/3", "2025-04-03"),
        ("R7.4.1", "2025-04-01"),
        ("Updated: Reiwa 8 (2026) / 3 / 11", "2026-03-11"),  # an English page's era date
        ("Final update date: Reiwa 7 (2025) May 12th", "2025-05-12"),
        ("Updated May 12th, 2025", "2025-05-12"),
        ("Update date: Reiwa 7 year (2025) 7 month 22 day (Tuesday)", "2025-07-22"),
        ("2025-02-30", None),
        ("日付なし", None),
    ],
)
def test_parse_japanese_date(text: str, iso: str | None) -> None:
    assert parse_japanese_date(text) == iso


def test_zero_width_characters_vanish_and_dashes_fold() -> None:
    from scraper.textnorm import normalize

    assert normalize("sho\u200bko\u2060@city\ufeff.example.lg.jp") == "shoko@city.example.lg.jp"
    assert normalize("042\u2212000\u2015０００") == "042-000-000"


def test_english_dates_and_maru_obfuscated_email() -> None:
    from scraper.textnorm import normalize_email, parse_japanese_date

    assert parse_japanese_date("Last updated: April 3, 2025") == "2025-04-03"
    assert parse_japanese_date("Updated 7 Sept. 2025") == "2025-09-07"
    assert normalize_email("送付先:konan-kyousei◎city.konan.example.lg.jp") == (
        "konan-kyousei@city.konan.example.lg.jp"
    )
