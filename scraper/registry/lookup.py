"""Place lookup: a code, a name (kanji, kana, romaji), or an address → one Municipality.

Everything is precomputed into dict indexes (index.py) when the Registry is built, so a lookup
is a few dict probes: names by exact key in two tiers (full names such as 立川市 first, then
bare names such as 立川), and addresses by longest prefix match at the start of the text, per
prefecture, skipping a 郡 (county) or an island's name before the town. Splitting on 市/町/郡 with
regular expressions fails on 四日市市, 廿日市市, 大町町, 蒲郡市 or 余市郡余市町; prefix matching
does not.

A query that matches several municipalities raises AmbiguousPlace listing them, one that matches
none raises UnknownPlace with the closest names: never a silent guess.
"""

from __future__ import annotations

import bisect
import contextlib
import difflib
import re
from collections.abc import Iterable

from ..errors import AmbiguousPlace, UnknownPlace
from ..models import Municipality
from ..textnorm import normalize, squash, to_hiragana
from . import romaji_lookup
from .codes import is_valid_code, looks_like_code, with_check_digit
from .index import Index, NameIndex, PrefectureIndex, place_key
from .romaji import fold, hepburn, is_romaji

_LABEL_RE = re.compile(r"^(?:住所|所在地|勤務地|就業場所|居住地|住居地|address)\s*[:：]?\s*", re.I)
_POSTCODE_RE = re.compile(r"^(?:〒|郵便番号)?\s*\d{3}-?\d{4}\s*")
_COUNTRY_RE = re.compile(r"^(?:日本国?|japan\b,?)\s*|\s*,?\s*(?:japan|日本)$", re.IGNORECASE)
_KANA_RE = re.compile(r"[ぁ-ゖァ-ヺー]+")
_DIGITS_RE = re.compile(r"\d")
_MAX_SKIP = 6  # 郡 and island names are 1-5 characters (西臼杵郡, 余市郡, 八丈島)

Splits = list[tuple[str | None, str]]


class Registry:
    """All prefectures, municipalities and designated-city wards, indexed for lookup."""

    def __init__(self, entries: Iterable[Municipality], aliases: dict[str, str] | None = None):
        self._by_code: dict[str, Municipality] = {m.code: m for m in entries}
        self._prefs = [m for m in self._by_code.values() if m.kind == "prefecture"]
        self._munis = [m for m in self._by_code.values() if m.kind != "prefecture"]
        self._names = NameIndex.build(self._munis, self._by_code, aliases or {})
        self._pref_index = PrefectureIndex.build(self._prefs)

    # --- plain access -----------------------------------------------------------------

    def get(self, code: str) -> Municipality | None:
        """The entry with this 6-digit code (prefectures included), or None."""
        return self._by_code.get(code)

    def all(self) -> list[Municipality]:
        """Every municipality and designated-city ward (not the prefectures), by code."""
        return list(self._munis)

    def prefectures(self) -> list[Municipality]:
        """The 47 prefectures, by code (北海道 first)."""
        return list(self._prefs)

    def __len__(self) -> int:
        return len(self._munis)

    def children(self, code: str) -> list[Municipality]:
        """A designated city's wards."""
        return [m for m in self._munis if m.parent_code == code]

    # --- prefectures -------------------------------------------------------------------

    def prefecture(self, text: str) -> str:
        """The prefecture's name from any way of writing it (東京, Tokyo, とうきょうと, 13)."""
        raw = normalize(text).strip()
        if raw.isdigit() and len(raw) <= 2:
            for p in self._prefs:
                if p.code[:2] == raw.zfill(2):
                    return p.name
        elif looks_like_code(raw):
            p = self._by_code.get(raw if len(raw) == 6 else with_check_digit(raw))
            if p is not None and p.kind == "prefecture":
                return p.name
        name = self._prefecture_named(raw)
        if name:
            return name
        close = difflib.get_close_matches(squash(raw), [p.name for p in self._prefs], n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UnknownPlace(
            f"unknown prefecture {text!r}{hint}",
            query=text,
            options=[m for m in self._prefs if m.name in close],
        )

    def _prefecture_named(self, text: str) -> str | None:
        """The prefecture the whole text names (東京, Tokyo-to, とうきょう), if it names one."""
        key = place_key(text)
        for candidate in (key, to_hiragana(key), fold(key) if is_romaji(key) else ""):
            name = self._pref_index.named(candidate)
            if name:
                return name
        return None

    # --- lookup --------------------------------------------------------------------------

    def resolve(self, text: str, *, prefecture: str | None = None) -> Municipality:
        """The one municipality or ward the text names; raises UnknownPlace / AmbiguousPlace."""
        pref = self.prefecture(prefecture) if prefecture else None
        matches = self.candidates(text, prefecture=pref)
        if len(matches) == 1:
            return matches[0]
        if matches:
            listing = ", ".join(_label(m) for m in matches)
            raise AmbiguousPlace(
                f"{text!r} matches {len(matches)} municipalities: {listing}; give the prefecture",
                query=text,
                options=matches,
            )
        whole_prefecture = self._prefecture_named(text)
        if whole_prefecture:
            raise UnknownPlace(
                f"{text!r} is a prefecture ({whole_prefecture}): give a municipality in it",
                query=text,
            )
        suggestions = self.search(text, limit=5, prefecture=pref)
        where = f" in {pref}" if pref else ""
        hint = f"; did you mean {', '.join(_label(m) for m in suggestions)}?" if suggestions else ""
        raise UnknownPlace(
            f"no municipality matches {text!r}{where}{hint}", query=text, options=suggestions
        )

    def candidates(self, text: str, *, prefecture: str | None = None) -> list[Municipality]:
        """Every municipality the text could name, by code (exact or address match only)."""
        pref = self.prefecture(prefecture) if prefecture else None
        cleaned = _LABEL_RE.sub("", normalize(text).strip())
        cleaned = _COUNTRY_RE.sub("", _POSTCODE_RE.sub("", cleaned)).strip()
        if looks_like_code(cleaned):
            return self._by_code_text(text, cleaned, pref)
        if is_romaji(cleaned):
            codes = self._romaji_codes(cleaned, pref)
        else:
            key = place_key(cleaned)
            codes = self._name_codes(key, pref) or self._address_codes(key, pref)
            if not codes and _KANA_RE.fullmatch(key):  # おーたく, チョーフ: read as romaji
                codes = self._romaji_codes(hepburn(to_hiragana(key)), pref)
        return sorted((self._by_code[c] for c in codes), key=lambda m: m.code)

    def _by_code_text(self, text: str, digits: str, pref: str | None) -> list[Municipality]:
        if len(digits) == 6 and not is_valid_code(digits):
            fixed = with_check_digit(digits[:5])
            hint = f"; did you mean {fixed}?" if fixed in self._by_code else ""
            raise UnknownPlace(f"{text!r}: invalid check digit{hint}", query=text)
        m = self._by_code.get(digits if len(digits) == 6 else with_check_digit(digits))
        if m is None:
            raise UnknownPlace(f"no municipality has the code {text!r}", query=text)
        if m.kind == "prefecture":
            raise UnknownPlace(
                f"{text!r} is the code of {m.name}, a prefecture: give a municipality", query=text
            )
        return [m] if pref in (None, m.prefecture) else []

    def _in_pref(self, codes: Iterable[str], pref: str | None) -> set[str]:
        if pref is None:
            return set(codes)
        return {c for c in codes if self._by_code[c].prefecture == pref}

    def _tiered(self, splits: Splits, tiers: tuple[Index, ...]) -> set[str]:
        """The first reading that matches (full names before bare names, a prefecture split
        before none). An ambiguous match is narrowed by a later reading that picks a strict
        subset of it: 大阪北区 is 北区 in 大阪府 (two wards) but also 大阪 + 北区 (one)."""
        best: set[str] = set()
        for tier in tiers:
            for pref, rest in splits:
                codes = self._in_pref(tier.get(rest, ()), pref)
                if codes and (not best or codes < best):
                    best = codes
                    if len(best) == 1:
                        return best
        return best

    # --- kanji and kana --------------------------------------------------------------------

    def _pref_splits(self, key: str, pref: str | None) -> Splits:
        """(prefecture, rest) readings of a key: with a leading/trailing prefecture, then none."""
        splits: Splits = [
            (name, key[length:])
            for name, length in self._pref_index.leading(key)
            if pref in (None, name)
        ]
        for length in (3, 4):  # 立川市東京都: a full prefecture name at the end
            name = key[-length:]
            if name in self._pref_index.names and len(key) > length and pref in (None, name):
                splits.append((name, key[:-length]))
        splits.append((pref, key))
        return splits

    def _name_codes(self, key: str, pref: str | None) -> set[str]:
        hira = to_hiragana(key)
        splits = self._pref_splits(key, pref)
        if hira != key:
            splits += self._pref_splits(hira, pref)
        return self._tiered(splits, (self._names.full, self._names.bare))

    def _match_at(self, key: str, pos: int, pref: str | None) -> tuple[int, set[str]]:
        """The longest municipality name at key[pos:] (in the prefecture): (end, codes)."""
        for length in range(min(self._names.address_max, len(key) - pos), 1, -1):
            codes = self._names.address.get(key[pos : pos + length])
            if codes:
                codes_in = self._in_pref(codes, pref)
                if codes_in:
                    return pos + length, codes_in
        return pos, set()

    def _match_with_county(self, key: str, pos: int, pref: str | None) -> tuple[int, set[str]]:
        """_match_at, also reading past a 郡 (虻田郡倶知安町) unless a name spans it (蒲郡市),
        and past an island's name when nothing else matches (東京都八丈島八丈町)."""
        end, codes = self._match_at(key, pos, pref)
        for marker, only_if_none in (("郡", False), ("島", True)):
            skip = key.find(marker, pos + 1, pos + _MAX_SKIP + 1)
            if skip < 0 or end > skip or (only_if_none and codes):
                continue
            after_end, after = self._match_at(key, skip + 1, pref)
            if after:
                return after_end, after
        return end, codes

    def _address_codes(self, key: str, pref: str | None) -> set[str]:
        """The longest name at the start of an address, after its prefecture if written."""
        best_end, best = 0, set()
        starts: list[tuple[str | None, int]] = [
            (name, length) for name, length in self._pref_index.leading(key) if pref in (None, name)
        ]
        starts.append((pref, 0))
        for start_pref, offset in starts:
            end, codes = self._match_with_county(key, offset, start_pref)
            if codes and end > best_end:
                best_end, best = end, codes
        return best

    # --- romaji ----------------------------------------------------------------------------

    def _romaji_codes(self, text: str, pref: str | None) -> set[str]:
        tokens = romaji_lookup.tokens_of(text)
        splits = romaji_lookup.prefecture_splits(tokens, self._pref_index, pref)
        codes = self._tiered(splits, (self._names.rfull, self._names.rbare))
        if len(codes) != 1:  # none, or ambiguous: read it as an address, keep a narrower answer
            narrower = romaji_lookup.address_codes(
                tokens, pref, self._names, self._pref_index, self._in_pref, self._parent_of
            )
            if narrower and (not codes or narrower < codes):
                codes = narrower
        return codes

    def _parent_of(self, code: str) -> str | None:
        return self._by_code[code].parent_code

    # --- search (ranked candidates) ------------------------------------------------------

    def search(
        self, text: str, limit: int = 10, *, prefecture: str | None = None
    ) -> list[Municipality]:
        """Ranked candidates for a partial or misspelled name: exact, then prefix, then close.

        Prefix and similarity matching compare like with like: romaji against the folded romaji
        keys, kanji and kana against the names and readings. A misspelled address
        (東京都立川氏泉町) is compared by its first characters after the prefecture, within it.
        """
        pref = self.prefecture(prefecture) if prefecture else None
        found: dict[str, Municipality] = {}

        def add(codes: Iterable[str], within: str | None = None) -> None:
            for m in sorted((self._by_code[c] for c in codes), key=lambda m: m.code):
                if len(found) < limit and m.prefecture == (pref or within or m.prefecture):
                    found.setdefault(m.code, m)

        with contextlib.suppress(UnknownPlace):
            add(m.code for m in self.candidates(text, prefecture=pref))
        probes: dict[str, str | None] = {}  # key → the prefecture it is compared within
        if is_romaji(text):
            probes[fold(text)] = None
            pool, shortest = self._names.romaji_keys, 2
        else:
            key = place_key(text)
            probes.update({key: None, to_hiragana(key): None})
            pool, shortest = self._names.name_keys, 1
            within = None
            leading = self._pref_index.leading(key)
            if leading:
                within, length = leading[0]
                key = key[length:]
            head = _DIGITS_RE.split(key, maxsplit=1)[0]
            for n in (3, 4, 5):
                if len(head) > n:
                    probes.setdefault(head[:n], within)
        for key in probes:
            if len(key) >= shortest:
                for hit in _prefixed(pool, key):
                    add(self._names.codes_of_key(hit))
        for key, within in probes.items():
            if len(found) < limit and key:
                for hit in difflib.get_close_matches(key, pool, n=limit, cutoff=0.6):
                    add(self._names.codes_of_key(hit), within)
        return list(found.values())


def _prefixed(pool: list[str], key: str, cap: int = 200) -> list[str]:
    """Keys of the sorted pool that start with `key`, shortest (closest) first."""
    start = bisect.bisect_left(pool, key)
    hits = []
    for candidate in pool[start : start + cap]:
        if not candidate.startswith(key):
            break
        hits.append(candidate)
    return sorted(hits, key=len)


def _label(m: Municipality) -> str:
    """東京都府中市 (132063): how candidates are listed to users."""
    return f"{m.full_name} ({m.code})"


def filing_municipality(m: Municipality, registry: Registry | None = None) -> Municipality:
    """Where the form is filed: a designated-city ward → its city; anything else unchanged."""
    if m.kind != "ward" or not m.parent_code:
        return m
    if registry is None:
        from . import default_registry

        registry = default_registry()
    parent = registry.get(m.parent_code)
    return parent or m
