"""Romaji for municipality names: a clean Hepburn display form and a forgiving lookup key.

The display form ("Tachikawa-shi", "Ota-ku", "Chofu-shi") follows the spelling on road signs and
official English pages: Hepburn without macrons. The lookup key folds every spelling users type
for the same reading onto one string: macrons (Ō), doubled vowels (oo, ou, uu), the "oh" of
passports (Ohta), Kunrei spellings (si, tu, tyo), m before b/m/p (Sammu), apostrophes, hyphens,
case. Folding is applied to both sides, so it only has to be consistent, not linguistically exact.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

# Suffix readings as given in the kana, and their Hepburn spelling.
SUFFIX_ROMAJI: dict[str, str] = {
    "し": "shi",
    "く": "ku",
    "まち": "machi",
    "ちょう": "cho",
    "むら": "mura",
    "そん": "son",
}
# What a user may write after a name in romaji, per kanji suffix (English words included).
SUFFIX_WORDS: dict[str, tuple[str, ...]] = {
    "市": ("shi", "city"),
    "区": ("ku", "ward", "city"),
    "町": ("machi", "cho", "town"),
    "村": ("mura", "son", "village"),
}
PREFECTURE_WORDS: tuple[str, ...] = ("to", "fu", "ken", "do", "prefecture", "pref")

_KUNREI = (
    (re.compile(r"sy([aou])"), r"sh\1"),
    (re.compile(r"[tc]y([aou])"), r"ch\1"),
    (re.compile(r"(?:zy|jy|dy)([aou])"), r"j\1"),
    (re.compile(r"si"), "shi"),
    (re.compile(r"ti"), "chi"),
    (re.compile(r"(?<!t)tu"), "tsu"),
    (re.compile(r"(?<![sc])hu"), "fu"),
    (re.compile(r"[zd]i"), "ji"),
    (re.compile(r"du"), "zu"),
    (re.compile(r"cch"), "tch"),
)
_LONG_VOWELS = (
    (re.compile(r"oh(?![aiueo])"), "o"),
    (re.compile(r"o[ou]+"), "o"),
    (re.compile(r"uu+"), "u"),
    (re.compile(r"aa+"), "a"),
    (re.compile(r"m(?=[bmp])"), "n"),
)
_NON_LETTERS = re.compile(r"[^a-z]")


@cache
def _hepburn_table():  # type: ignore[no-untyped-def]
    """pykakasi's hiragana → Hepburn table, without its kanji dictionary (0.3 s to load)."""
    from pykakasi.scripts import H2

    return H2("a", method="Hepburn")


@lru_cache(maxsize=8192)
def hepburn(kana: str) -> str:
    """Hiragana to lower-case Hepburn as pykakasi spells it: long vowels doubled ("oota"), an
    apostrophe after ん before a vowel ("kan'onji")."""
    table, out, i = _hepburn_table(), [], 0
    while i < len(kana):
        romaji, length = table.convert(kana[i : i + 8])
        if length > 0:
            out.append(romaji)
            i += length
        else:
            out.append(kana[i])
            i += 1
    return "".join(out)


def plain(hepburn_text: str) -> str:
    """Hepburn without long-vowel doubling, as on signs: oo/ou → o, uu → u ("choufu" → "chofu")."""
    text = re.sub(r"o[ou]", "o", hepburn_text)
    return re.sub(r"uu", "u", text)


def strip_accents(text: str) -> str:
    """Ō → O, â → a: drop combining marks after NFKD."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """The lookup key of a romaji string: see the module docstring."""
    key = _NON_LETTERS.sub("", strip_accents(text).lower())
    for pattern, repl in _KUNREI:
        key = pattern.sub(repl, key)
    for pattern, repl in _LONG_VOWELS:
        key = pattern.sub(repl, key)
    return key


def is_romaji(text: str) -> bool:
    """True when the text is written in Latin letters (accents, digits, punctuation allowed)."""
    letters = [ch for ch in strip_accents(text) if ch.isalpha()]
    return bool(letters) and all(ch.isascii() for ch in letters)


def display(base_kana: str, suffix_kana: str | None) -> str:
    """The stored romaji: "Tachikawa-shi" from たちかわ + し; "Hokkaido" without a suffix."""
    base = plain(hepburn(base_kana)).capitalize()
    if not suffix_kana:
        return base
    return f"{base}-{SUFFIX_ROMAJI[suffix_kana]}"


@cache
def _katakana_table():  # type: ignore[no-untyped-def]
    from pykakasi.scripts import H2

    return H2("K")


def katakana(hiragana: str) -> str:
    """The katakana spelling of a clean hiragana reading (たちかわし → タチカワシ), for search."""
    converted, length = _katakana_table().convert(hiragana)
    return converted + hiragana[length:]
