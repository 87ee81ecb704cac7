"""Reading a place written in romaji: "Tachikawa, Tokyo", "Tokyo-to Tachikawa-shi",
"Abuta-gun Kutchan-cho", "1156-9 Izumicho, Tachikawa-shi, Tokyo 190-0015", "Naka-ku, Yokohama".

Whole-text readings come first (with the prefecture at either end, or none); when they find
nothing or several, the tokens are read as an address and a narrower answer is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .index import NameIndex, PrefectureIndex
from .romaji import PREFECTURE_WORDS, SUFFIX_WORDS, fold

InPref = Callable[[Iterable[str], "str | None"], set[str]]
ParentOf = Callable[[str], "str | None"]

_TOKEN_SPLIT_RE = re.compile(r"[\s,/()]+|-")
_COUNTRY_WORDS = ("japan", "nihon")
_COUNTY_WORDS = ("gun", "district")
_MUNICIPALITY_WORDS = frozenset(w for words in SUFFIX_WORDS.values() for w in words)


def tokens_of(text: str) -> list[str]:
    """Lower-case words with letters, without country and 郡 (county) words."""
    tokens = [t for t in _TOKEN_SPLIT_RE.split(text.lower()) if fold(t)]
    return _drop_county([t for t in tokens if t not in _COUNTRY_WORDS])


def _drop_county(tokens: list[str]) -> list[str]:
    """Drop "Abuta-gun" / "Abuta District": a 郡 is not a municipality."""
    out: list[str] = []
    for token in tokens:
        if token in _COUNTY_WORDS and out:
            out.pop()
        elif token.endswith("gun") and len(token) > 4 and len(tokens) > 1:
            continue
        else:
            out.append(token)
    return out or tokens


def prefecture_splits(
    tokens: list[str], prefs: PrefectureIndex, pref: str | None
) -> list[tuple[str | None, str]]:
    """(prefecture, folded rest) readings: prefecture words first or last, then none."""
    splits: list[tuple[str | None, str]] = []
    for size in (2, 1):
        if len(tokens) <= size:
            continue
        for part, rest in ((tokens[:size], tokens[size:]), (tokens[-size:], tokens[:-size])):
            if size == 2 and part[1] not in PREFECTURE_WORDS:
                continue
            name = prefs.romaji.get(fold("".join(part)))
            if name and pref in (None, name):
                splits.append((name, fold("".join(rest))))
    splits.append((pref, fold("".join(tokens))))
    return splits


def address_codes(
    tokens: list[str],
    pref: str | None,
    names: NameIndex,
    prefs: PrefectureIndex,
    in_pref: InPref,
    parent_of: ParentOf,
) -> set[str]:
    """Municipality names with their suffix anywhere among the tokens.

    A ward and its city both named settle on the ward. When a street name is also a
    municipality (Asahi-machi, Toyama-shi), the name next to the prefecture wins, in either
    order (street first, or prefecture first); without a prefecture, all are candidates.
    """
    folded = [fold(t) for t in tokens]
    pref_at: int | None = None
    named: set[str] = set()
    city_as_pref: set[str] = set()
    for i in range(len(folded)):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if following in _MUNICIPALITY_WORDS:
            continue  # Toyama-shi is the city, not the prefecture
        size = 2 if following in PREFECTURE_WORDS else 1
        name = prefs.romaji.get("".join(folded[i : i + size]))
        if name and pref in (None, name):
            pref, pref_at = name, i
            # "Osaka" names the city as well: Kita-ku, Osaka is 大阪市北区.
            city_as_pref = in_pref(names.rbare.get(folded[i], ()), name)
            folded[i : i + size] = [""] * size
    hits: list[tuple[int, int, set[str]]] = []  # start, end, codes of names with a suffix
    for size in (4, 3, 2, 1):
        for i in range(len(folded) - size + 1):
            window = folded[i : i + size]
            if "" in window:
                continue
            key = "".join(window)
            full = in_pref(names.rfull.get(key, ()), pref)
            named |= full | in_pref(names.rbare.get(key, ()), pref)
            if full:
                hits.append((i, i + size, full))
    hit_codes = {c for _, _, codes in hits for c in codes}
    # A city named on its own beats one named only by the prefecture's word (Sakai vs Osaka).
    wards = {c for c in hit_codes if parent_of(c) in named} or {
        c for c in hit_codes if parent_of(c) in city_as_pref
    }
    if wards or not hits:
        return wards or named
    if pref_at is not None:
        distance = [min(abs(pref_at - end), abs(start - pref_at)) for start, end, _ in hits]
        nearest = min(distance)
        hits = [h for h, d in zip(hits, distance, strict=True) if d == nearest]
    return {c for _, _, codes in hits for c in codes}
