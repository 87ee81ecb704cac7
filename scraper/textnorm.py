"""The one place where Japanese text is normalised: NFKC, dash variants, kana, spaces.

Every module that compares or extracts Japanese text calls these helpers rather than
folding characters itself, so full-width digits, U+2212 minus signs or half-width katakana
behave the same everywhere.
"""

from __future__ import annotations

import re
import unicodedata

# Characters used as hyphens/dashes in phone numbers, postcodes and addresses on real pages.
# The prolonged sound mark ー (U+30FC) is deliberately absent: it is part of katakana words.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u2500\u2501\u30fc"
_DASH_RE = re.compile(f"[{DASHES[:-1]}]")
_SPACE_RE = re.compile(r"[ \t\u3000\u00a0\u200b\ufeff]+")
_KATAKANA_START, _KATAKANA_END = ord("ァ"), ord("ヶ")


def normalize(text: str) -> str:
    """NFKC, every dash variant to '-', and runs of spaces (incl. U+3000) to one space.

    NFKC turns full-width ASCII (０-９, Ａ-Ｚ, ＠, （）, ：) into ASCII and half-width
    katakana into full-width; the dash folding covers what NFKC leaves alone
    (U+2212 minus, U+2015 horizontal bar, box-drawing lines, …).
    """
    text = unicodedata.normalize("NFKC", text)
    text = _DASH_RE.sub("-", text)
    return _SPACE_RE.sub(" ", text)


def fold_dash_after_digit(text: str) -> str:
    """Treat ー (prolonged sound mark) as a hyphen between digits, as in 042ー000ー0000."""
    return re.sub(r"(?<=\d)[ー―](?=\d)", "-", text)


def to_hiragana(text: str) -> str:
    """Katakana (full- or half-width) to hiragana; everything else unchanged."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(
        chr(ord(ch) - 0x60) if _KATAKANA_START <= ord(ch) <= _KATAKANA_END else ch for ch in text
    )


def squash(text: str) -> str:
    """normalize() without any whitespace: a key for comparing names and titles."""
    return normalize(text).replace(" ", "")
