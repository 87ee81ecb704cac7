"""Place lookup: a code, a name (kanji, kana, romaji), or an address → one Municipality.

Everything is precomputed into dict indexes when the Registry is built, so a lookup is a few
dict probes: names by exact key in two tiers (full names such as 立川市 first, then bare names
such as 立川), and addresses by longest prefix match at the start of the text, per prefecture,
skipping a 郡 (county) when one stands before the town. Splitting on 市/町/郡 with regular
expressions fails on 四日市市, 廿日市市, 大町町, 蒲郡市 or 余市郡余市町; prefix matching does not.

A query that matches several municipalities raises AmbiguousPlace listing them, one that matches
none raises UnknownPlace with the closest names: never a silent guess.
"""

from __future__ import annotations

import bisect
import contextlib
import difflib
import re
from collections import defaultdict
from collections.abc import Iterable

from ..errors import AmbiguousPlace, UnknownPlace
from ..models import Municipality
from ..textnorm import normalize, squash, to_hiragana
from .codes import is_valid_code, looks_like_code, with_check_digit
from .data import split_suffix
from .romaji import PREFECTURE_WORDS, SUFFIX_WORDS, fold, hepburn, is_romaji

Index = dict[str, frozenset[str]]

_POSTCODE_RE = re.compile(r"^(?:〒|郵便番号)?\s*\d{3}-?\d{4}\s*")
_DECOR_RE = re.compile(r"[()\[\]「」『』【】〒,、。・]")
_COUNTRY_RE = re.compile(r"^(?:日本国?|japan\b,?)\s*|\s*,?\s*(?:japan|日本)$", re.IGNORECASE)
_TOKEN_SPLIT_RE = re.compile(r"[\s,/()]+|-")
_KANA_RE = re.compile(r"[ぁ-ゖァ-ヺー]+")
_COUNTY_WORDS = ("gun", "district")
_MUNICIPALITY_WORDS = frozenset(w for words in SUFFIX_WORDS.values() for w in words)
_MAX_SKIP = 6  # 郡 and island names are 1-5 characters (西臼杵郡, 余市郡, 八丈島)


# Variant characters written interchangeably in place names: 鶴ヶ島/鶴ケ島, 龍ケ崎/竜ケ崎,
# 檜原/桧原, 﨑/崎, 髙/高 and old forms (澤, 濱, 邊, 嶋, 櫻, 國, 廣). One-to-one, so positions in
# an address are unchanged; applied to index keys and queries alike.
_VARIANTS = str.maketrans("ヶヵ﨑髙龍檜澤濱邊邉嶋櫻國廣", "ケカ崎高竜桧沢浜辺辺島桜国広")


def _place_key(text: str) -> str:
    """A kanji/kana lookup key: squashed, brackets and punctuation dropped, variants folded."""
    return _DECOR_RE.sub("", squash(text)).translate(_VARIANTS)


def _freeze(index: dict[str, set[str]]) -> Index:
    merged: dict[str, set[str]] = defaultdict(set)
    for key, codes in index.items():
        merged[key.translate(_VARIANTS)] |= codes
    return {key: frozenset(codes) for key, codes in merged.items()}


class Registry:
    """All prefectures, municipalities and designated-city wards, indexed for lookup."""

    def __init__(self, entries: Iterable[Municipality], aliases: dict[str, str] | None = None):
        self._by_code: dict[str, Municipality] = {m.code: m for m in entries}
        self._prefs = [m for m in self._by_code.values() if m.kind == "prefecture"]
        self._munis = [m for m in self._by_code.values() if m.kind != "prefecture"]
        self._build_indexes(aliases or {})

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

    # --- index construction ------------------------------------------------------------

    def _build_indexes(self, aliases: dict[str, str]) -> None:
        full: dict[str, set[str]] = defaultdict(set)  # 立川市, たちかわし, 横浜市中区, 中区
        bare: dict[str, set[str]] = defaultdict(set)  # 立川, たちかわ, 横浜中区
        rfull: dict[str, set[str]] = defaultdict(set)  # tachikawashi, tachikawacity
        rbare: dict[str, set[str]] = defaultdict(set)  # tachikawa
        address: dict[str, set[str]] = defaultdict(set)  # full kanji names, for prefix matching
        for m in self._munis:
            parent = self._by_code.get(m.parent_code or "")
            if parent is None:
                self._index_place(m, m.name, m.kana, full, bare, rfull, rbare)
                address[m.name].add(m.code)
                continue
            ward_name, ward_kana = m.name[len(parent.name) :], m.kana[len(parent.kana) :]
            self._index_ward(m, parent, ward_name, ward_kana, full, bare, rfull, rbare)
            address[m.name].add(m.code)
            address[ward_name].add(m.code)
        for name, code in aliases.items():
            if name not in address:  # a retired name that was not reused (浜松市天竜区 was)
                full[name].add(code)
                address[name].add(code)
        self._full, self._bare = _freeze(full), _freeze(bare)
        self._rfull, self._rbare = _freeze(rfull), _freeze(rbare)
        self._address = _freeze(address)
        self._address_max = max(len(k) for k in self._address)
        self._build_prefecture_index()
        self._name_keys_sorted = sorted({*self._full, *self._bare})
        self._romaji_keys_sorted = sorted({*self._rfull, *self._rbare})

    @staticmethod
    def _romaji_keys(base_kana: str, suffix_name: str, *, ward: bool) -> tuple[str, list[str]]:
        base = fold(hepburn(base_kana))
        words = SUFFIX_WORDS[suffix_name]
        if ward:
            words = tuple(w for w in words if w != "city")
        return base, [base + fold(w) for w in words]

    def _index_place(self, m, name, kana, full, bare, rfull, rbare) -> None:  # type: ignore[no-untyped-def]
        base_name, base_kana, suffix_kana = split_suffix(name, kana)
        for key in (name, kana):
            full[key].add(m.code)
        for key in (base_name, base_kana):
            bare[key].add(m.code)
        rbase, rkeys = self._romaji_keys(base_kana, name[-1], ward=False)
        rbare[rbase].add(m.code)
        for key in (*rkeys, fold(hepburn(base_kana + suffix_kana))):
            rfull[key].add(m.code)

    def _index_ward(self, m, parent, ward_name, ward_kana, full, bare, rfull, rbare) -> None:  # type: ignore[no-untyped-def]
        city_base, city_base_kana, _ = split_suffix(parent.name, parent.kana)
        _, ward_base_kana, _ = split_suffix(ward_name, ward_kana)
        for key in (m.name, m.kana, ward_name, ward_kana):
            full[key].add(m.code)
        for key in (city_base + ward_name, city_base_kana + ward_kana):
            bare[key].add(m.code)
        city_rbase, city_rkeys = self._romaji_keys(city_base_kana, "市", ward=False)
        ward_rbase, ward_rkeys = self._romaji_keys(ward_base_kana, "区", ward=True)
        for ward_key in ward_rkeys:
            rfull[ward_key].add(m.code)
            for city_key in (city_rbase, *city_rkeys):
                rfull[city_key + ward_key].add(m.code)
        rbare[city_rbase + ward_rbase].add(m.code)

    def _build_prefecture_index(self) -> None:
        """Prefixes that name a prefecture: 東京都, 東京, とうきょうと, とうきょう; romaji keys."""
        self._pref_prefixes: list[tuple[str, str]] = []
        self._pref_romaji: dict[str, str] = {}
        for p in self._prefs:
            short = p.name if p.name == "北海道" else p.name[:-1]
            short_kana = (
                p.kana
                if p.name == "北海道"
                else p.kana.removesuffix({"都": "と", "府": "ふ", "県": "けん"}[p.name[-1]])
            )
            for prefix in {p.name, short, p.kana, short_kana}:
                self._pref_prefixes.append((prefix, p.name))
            rshort = fold(hepburn(short_kana))
            self._pref_romaji[rshort] = p.name
            self._pref_romaji[fold(p.romaji)] = p.name
        self._pref_lookup = dict(self._pref_prefixes) | self._pref_romaji
        self._pref_prefix_map = dict(self._pref_prefixes)
        # Longest first, so 東京都 is stripped rather than 東京 leaving 都.
        self._pref_prefix_lengths = sorted({len(k) for k in self._pref_prefix_map}, reverse=True)
        self._pref_names = {p.name for p in self._prefs}

    def _leading_prefectures(self, key: str) -> list[tuple[str, int]]:
        """(prefecture, length) of every prefecture spelling the key starts with."""
        found = []
        for length in self._pref_prefix_lengths:
            name = self._pref_prefix_map.get(key[:length])
            if name is not None and length < len(key):
                found.append((name, length))
        return found

    # --- lookup --------------------------------------------------------------------------

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
        key = squash(raw)
        for candidate in (key, to_hiragana(key), fold(key)):
            if candidate in self._pref_lookup:
                return self._pref_lookup[candidate]
        close = difflib.get_close_matches(key, [p.name for p in self._prefs], n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UnknownPlace(
            f"unknown prefecture {text!r}{hint}",
            query=text,
            options=[m for m in self._prefs if m.name in close],
        )

    def _prefecture_named(self, text: str) -> str | None:
        """The prefecture the whole text names (東京, Tokyo-to, とうきょう), if it names one."""
        key = _place_key(text)
        for candidate in (key, to_hiragana(key), fold(key) if is_romaji(key) else ""):
            if candidate in self._pref_lookup:
                return self._pref_lookup[candidate]
        return None

    def resolve(self, text: str, *, prefecture: str | None = None) -> Municipality:
        """The one municipality or ward the text names; raises UnknownPlace / AmbiguousPlace."""
        pref = self.prefecture(prefecture) if prefecture else None
        matches = self.candidates(text, prefecture=pref)
        if len(matches) == 1:
            return matches[0]
        where = f" in {pref}" if pref else ""
        if not matches:
            whole_prefecture = self._prefecture_named(text)
            if whole_prefecture:
                raise UnknownPlace(
                    f"{text!r} is a prefecture ({whole_prefecture}): give a municipality in it",
                    query=text,
                )
            suggestions = self.search(text, limit=5, prefecture=pref)
            hint = (
                "; did you mean " + ", ".join(_label(m) for m in suggestions) + "?"
                if suggestions
                else ""
            )
            raise UnknownPlace(
                f"no municipality matches {text!r}{where}{hint}", query=text, options=suggestions
            )
        listing = ", ".join(_label(m) for m in matches)
        raise AmbiguousPlace(
            f"{text!r} matches {len(matches)} municipalities: {listing}; give the prefecture",
            query=text,
            options=matches,
        )

    def candidates(self, text: str, *, prefecture: str | None = None) -> list[Municipality]:
        """Every municipality the text could name, by code (exact or address match only)."""
        pref = self.prefecture(prefecture) if prefecture else None
        cleaned = _COUNTRY_RE.sub("", _POSTCODE_RE.sub("", normalize(text).strip())).strip()
        if looks_like_code(cleaned):
            return self._by_code_text(text, cleaned, pref)
        if is_romaji(cleaned):
            codes = self._romaji_codes(cleaned, pref)
        else:
            key = _place_key(cleaned)
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

    def _pref_splits(self, key: str, pref: str | None) -> list[tuple[str | None, str]]:
        """(prefecture, rest) readings of a key: with a leading/trailing prefecture, then none."""
        splits: list[tuple[str | None, str]] = [
            (name, key[length:])
            for name, length in self._leading_prefectures(key)
            if pref in (None, name)
        ]
        for length in (3, 4):  # 立川市東京都: a full prefecture name at the end
            name = key[-length:]
            if name in self._pref_names and len(key) > length and pref in (None, name):
                splits.append((name, key[:-length]))
        splits.append((pref, key))
        return splits

    def _tiered(self, splits: list[tuple[str | None, str]], tiers: tuple[Index, ...]) -> set[str]:
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

    def _name_codes(self, key: str, pref: str | None) -> set[str]:
        hira = to_hiragana(key)
        splits = self._pref_splits(key, pref)
        if hira != key:
            splits += self._pref_splits(hira, pref)
        return self._tiered(splits, (self._full, self._bare))

    def _romaji_codes(self, text: str, pref: str | None) -> set[str]:
        tokens = [t for t in _TOKEN_SPLIT_RE.split(text.lower()) if fold(t)]
        tokens = [t for t in tokens if t not in ("japan", "nihon")]
        tokens = _drop_county(tokens)
        splits: list[tuple[str | None, str]] = []
        for name, rest in self._romaji_pref_splits(tokens):
            if pref in (None, name) and rest:
                splits.append((name, fold("".join(rest))))
        splits.append((pref, fold("".join(tokens))))
        codes = self._tiered(splits, (self._rfull, self._rbare))
        if len(codes) != 1:  # none, or ambiguous: read it as an address, keep a narrower answer
            narrower = self._romaji_address_codes(tokens, pref)
            if narrower and (not codes or narrower < codes):
                codes = narrower
        return codes

    def _romaji_address_codes(self, tokens: list[str], pref: str | None) -> set[str]:
        """An address in romaji ("1156-9 Izumicho, Tachikawa-shi, Tokyo 190-0015"; "Naka-ku,
        Yokohama"): municipality names with their suffix anywhere among the tokens.

        A ward and its city both named settle on the ward. When a street name is also a
        municipality (Asahi-machi, Toyama-shi), the name next to the prefecture wins, in either
        order (street first, or prefecture first); without a prefecture, all are candidates.
        """
        folded = [fold(t) for t in tokens]
        pref_at: int | None = None
        also_city: set[str] = set()
        for i in range(len(folded)):
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if following in _MUNICIPALITY_WORDS:
                continue  # Toyama-shi is the city, not the prefecture
            size = 2 if following in PREFECTURE_WORDS else 1
            name = self._pref_romaji.get("".join(folded[i : i + size]))
            if name and pref in (None, name):
                pref, pref_at = name, i
                # "Osaka" names the city as well: Kita-ku, Osaka is 大阪市北区.
                also_city = self._in_pref(self._rbare.get(folded[i], ()), name)
                folded[i : i + size] = [""] * size
        hits: list[tuple[int, int, set[str]]] = []  # start, end, codes (names with a suffix)
        named: set[str] = set(also_city)
        for size in (4, 3, 2, 1):
            for i in range(len(folded) - size + 1):
                window = folded[i : i + size]
                if "" in window:
                    continue
                key = "".join(window)
                full = self._in_pref(self._rfull.get(key, ()), pref)
                named |= full | self._in_pref(self._rbare.get(key, ()), pref)
                if full:
                    hits.append((i, i + size, full))
        wards = {c for _, _, codes in hits for c in codes if self._by_code[c].parent_code in named}
        if wards or not hits:
            return wards or named
        if pref_at is not None:
            distance = {id(h): min(abs(pref_at - h[1]), abs(h[0] - pref_at)) for h in hits}
            nearest = min(distance.values())
            hits = [h for h in hits if distance[id(h)] == nearest]
        return {c for _, _, codes in hits for c in codes}

    def _romaji_pref_splits(self, tokens: list[str]) -> list[tuple[str, list[str]]]:
        out = []
        for size in (2, 1):
            if len(tokens) <= size - 1:
                continue
            head, tail = tokens[:size], tokens[-size:]
            for part, rest in ((head, tokens[size:]), (tail, tokens[:-size])):
                if size == 2 and part[1] not in PREFECTURE_WORDS:
                    continue
                name = self._pref_romaji.get(fold("".join(part)))
                if name:
                    out.append((name, rest))
        return out

    def _match_at(self, key: str, pos: int, pref: str | None) -> tuple[int, set[str]]:
        """The longest municipality name at key[pos:] (in the prefecture): (end, codes)."""
        for length in range(min(self._address_max, len(key) - pos), 1, -1):
            codes = self._address.get(key[pos : pos + length])
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
        best_end, best = 0, set()
        starts: list[tuple[str | None, int]] = [
            (name, length)
            for name, length in self._leading_prefectures(key)
            if pref in (None, name)
        ]
        starts.append((pref, 0))
        for start_pref, offset in starts:
            end, codes = self._match_with_county(key, offset, start_pref)
            if codes and end > best_end:
                best_end, best = end, codes
        return best

    # --- search (ranked candidates) ------------------------------------------------------

    def search(
        self, text: str, limit: int = 10, *, prefecture: str | None = None
    ) -> list[Municipality]:
        """Ranked candidates for a partial or misspelled name: exact, then prefix, then close.

        Prefix and similarity matching compare like with like: romaji against the folded romaji
        keys, kanji and kana against the names and readings.
        """
        pref = self.prefecture(prefecture) if prefecture else None
        found: dict[str, Municipality] = {}

        def add(codes: Iterable[str]) -> None:
            for m in sorted((self._by_code[c] for c in codes), key=lambda m: m.code):
                if len(found) < limit and (pref is None or m.prefecture == pref):
                    found.setdefault(m.code, m)

        with contextlib.suppress(UnknownPlace):
            add(m.code for m in self.candidates(text, prefecture=pref))
        if is_romaji(text):
            keys, pool, shortest = [fold(text)], self._romaji_keys_sorted, 2
        else:
            key = _place_key(text)
            keys, pool, shortest = (
                list(dict.fromkeys([key, to_hiragana(key)])),
                self._name_keys_sorted,
                1,
            )
        for key in keys:
            if len(key) >= shortest:
                for hit in _prefixed(pool, key):
                    add(self._codes_of_key(hit))
        for key in keys:
            if len(found) < limit and key:
                for hit in difflib.get_close_matches(key, pool, n=limit, cutoff=0.6):
                    add(self._codes_of_key(hit))
        return list(found.values())

    def _codes_of_key(self, key: str) -> set[str]:
        return {
            *self._full.get(key, ()),
            *self._bare.get(key, ()),
            *self._rfull.get(key, ()),
            *self._rbare.get(key, ()),
        }


def _drop_county(tokens: list[str]) -> list[str]:
    """Drop "Abuta-gun" / "Abuta District" from romaji tokens: 郡 is not a municipality."""
    out: list[str] = []
    for token in tokens:
        if token in _COUNTY_WORDS and out:
            out.pop()
        elif token.endswith("gun") and len(token) > 4 and len(tokens) > 1:
            continue
        else:
            out.append(token)
    return out or tokens


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
