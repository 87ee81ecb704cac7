"""fastre: a look-ahead on the first characters must never change what a pattern finds."""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import scraper.extract
from scraper import fastre
from scraper.extract import methods, parse_page

from .test_corpus_accuracy import corpus_pages


def _found(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]


def test_the_first_characters_of_words_behind_look_behinds() -> None:
    first = fastre.start_class(r"(?<!相談)窓口|持参|(?:郵|FAX)送")
    assert first is not None
    test = re.compile(first)
    assert all(test.match(ch) for ch in "窓持郵F")
    assert not any(test.match(ch) for ch in "相談口参送A")


@pytest.mark.parametrize(
    "pattern",
    [
        r"^提出",  # anchored: the engine tries one position only
        r"提出|送付",  # literals first: the engine has its own shortcut
        r"(?<!x)a?",  # can match the empty string
        r"(?<!x).b",  # any character first
        r"(?<!x)[^a]b",  # a negated class first
    ],
)
def test_patterns_it_leaves_alone(pattern: str) -> None:
    assert fastre.start_class(pattern) is None
    assert fastre.compile(pattern).pattern == pattern


def test_words_anchored_at_the_start_are_not_looked_for_everywhere() -> None:
    # 「^[ぁ-ん]{0,3}には」 can start with any hiragana, but only at the start of the text
    pattern = r"^[ぁ-ん一-龯]{0,3}には|ありません|\Aなし$"
    assert fastre.guard(pattern) == r"(?:\A|(?=(?-i:[\U00003042])))"
    fast, plain = fastre.compile(pattern), re.compile(pattern)
    for text in ["窓口には", "郵送はありません", "なし", "…なし", "xには", "まだなし"]:
        assert _found(fast, text) == _found(plain, text), text
        assert [m.span() for m in fast.finditer(text, 1)] == [
            m.span() for m in plain.finditer(text, 1)
        ], text
    # anchored on every path: the start of the text alone
    assert fastre.guard(r"^[ぁ-ん]{1,3}には|\A[一-龯]{2}課") == r"\A"
    # narrow first characters anyway: the plain look-ahead, cheaper per position
    assert fastre.guard(r"(?<!x)^提出|送付") == r"(?=(?-i:[\U000063d0\U00009001]))"


def test_a_multiline_caret_is_not_taken_for_the_start() -> None:
    assert fastre.guard(r"(?<!x)(?m:^)提出|送付") is None
    assert fastre.guard(r"(?<!x)^提出|送付", re.MULTILINE) is None


def test_case_insensitive_parts_stay_case_insensitive() -> None:
    pattern = fastre.compile(r"(?<!x)copyright|(?i:(?<!x)all rights)|(?<!x)©")
    assert pattern.pattern != r"(?<!x)copyright|(?i:(?<!x)all rights)|(?<!x)©"
    assert pattern.search("ALL RIGHTS reserved")
    assert not pattern.search("COPYRIGHT")  # the first part is case-sensitive
    assert fastre.compile(r"(?<!x)copyright", re.IGNORECASE).search("(c) COPYRIGHT")


def test_groups_and_names_are_kept() -> None:
    pattern = fastre.compile(r"(?<![\d-])(?P<area>0\d{1,4})-(\d{1,4})-(\d{4})")
    m = pattern.search("電話 042-523-1111")
    assert m is not None
    assert m.group("area") == "042"
    assert m.groups() == ("042", "523", "1111")


@cache
def _guarded_patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """Every pattern of the extractors that fastre gave a look-ahead, with the plain pattern
    it was made from."""
    found = []
    names = [m.name for m in pkgutil.iter_modules(scraper.extract.__path__, "scraper.extract.")]
    for module_name in ["scraper.textnorm", *names]:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                original = _unguarded(value)
                if original is not None:
                    plain = re.compile(original, value.flags & ~re.UNICODE)
                    found.append((f"{module_name}.{name}", value, plain))
    return found


def _unguarded(pattern: re.Pattern[str]) -> str | None:
    """The pattern fastre put a look-ahead in front of, or None for one it left alone (or a
    look-ahead written by hand)."""
    text, flags = pattern.pattern, pattern.flags & ~re.UNICODE
    if not text.endswith(")"):
        return None
    head = text.find("(?:")
    while head >= 0:
        original = text[head + len("(?:") : -1]
        if text[:head] and fastre.guard(original, flags) == text[:head]:
            return original
        head = text.find("(?:", head + 1)
    return None


def test_the_package_uses_it_where_it_pays() -> None:
    names = {name for name, _fast, _plain in _guarded_patterns()}
    assert "scraper.extract.methods._MENTION_RE" in names
    assert "scraper.extract.methods._NEGATION_RE" in names
    assert len(names) >= 30


@cache
def _corpus_lines() -> list[str]:
    """Every distinct line of the corpus (chrome lines repeat from page to page: each needs
    checking once). The full-width pages are not read as well: once normalised, their lines
    are the as-is ones again (156,824 distinct lines either way, with 4,820 pages)."""
    lines: dict[str, None] = {}
    for _name, html, _label in corpus_pages():
        lines.update(dict.fromkeys(line.text for line in parse_page(html).lines))
    return list(lines)


def test_every_guarded_pattern_finds_the_same_on_corpus_lines() -> None:
    # every second distinct line (78,000 of them): all of them took four minutes, and the whole
    # suite has to stay under ten on two cores
    lines = _corpus_lines()[::2]
    for name, fast, plain in _guarded_patterns():
        for text in lines:
            assert _found(fast, text) == _found(plain, text), (name, text)


# Text made of the characters the patterns look for, and their neighbours.
_ALPHABET = st.sampled_from(
    [
        *"提出送付郵便窓口持参メールFAXfaxEe-mail電話0123456789()・、。 :〒市役所課係@.",
        *("協力確認書", "受け付けておりません", "準備中", "ファクス", "相談窓口", "Copyright"),
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_every_guarded_pattern_finds_the_same_on_arbitrary_text(text: str) -> None:
    for name, fast, plain in _guarded_patterns():
        assert _found(fast, text) == _found(plain, text), name


def test_the_word_tests_before_patterns_agree_with_them_on_every_corpus_line() -> None:
    """`_leads_list` and the planned-list test look for a word every match has before running
    their pattern: a phrasing added to a pattern without its word would be missed."""
    for line in _corpus_lines():
        for text in (line, *methods._sentences(line)):
            assert methods._leads_list(text) == bool(methods._LIST_LEAD_RE.search(text)), text
            planned = bool(methods._PLANNED_LIST_RE.search(text))
            assert planned == (planned and ("予定" in text or "準備" in text)), text


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        (
            "郵送で提出してください。窓口でも受け付けます。",
            ["郵送で提出してください。", "窓口でも受け付けます。", ""],
        ),
        ("(詳しくはこちら。)を見てください", ["(詳しくはこちら。)を見てください"]),
        ("Send it by post (see below). Please", ["Send it by post (see below). ", "Please"]),
        ("Fax ended on January 30, 2026. Please", ["Fax ended on January 30, 2026. ", "Please"]),
        ("1. 郵送 2. 窓口", ["1. 郵送 2. 窓口"]),
        ("", [""]),
    ],
)
def test_a_line_is_cut_into_sentences_after_their_ends(line: str, sentences: list[str]) -> None:
    assert methods._sentences(line) == sentences
    assert methods._first_sentence(line) == sentences[0]
