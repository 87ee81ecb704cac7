"""The lookup indexes, precomputed once: every way of writing a place → the codes it names.

Names and readings go into two tiers: `full` (立川市, たちかわし, 横浜市中区, 中区) is tried before
`bare` (立川, たちかわ, 横浜中区), so 府中町 never reaches the bare 府中 that 府中市 shares. Romaji
keys are folded (see romaji.fold) and tiered the same way. `address` holds the full kanji names
(municipalities, wards with and without their city, retired names) for longest-prefix matching.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import Municipality
from ..textnorm import squash
from .data import split_suffix
from .romaji import SUFFIX_WORDS, fold, hepburn

Index = dict[str, frozenset[str]]

_DECOR_RE = re.compile(r"[()\[\]「」『』【】〒,、。・]")

# Variant characters written interchangeably in place names: 鶴ヶ島/鶴ケ島, 龍ケ崎/竜ケ崎,
# 檜原/桧原, 﨑/崎, 髙/高 and old forms (澤, 濱, 邊, 嶋, 櫻, 國, 廣). One-to-one, so positions in
# an address are unchanged; applied to index keys and queries alike.
_VARIANTS = str.maketrans("ヶヵ﨑髙龍檜澤濱邊邉嶋櫻國廣", "ケカ崎高竜桧沢浜辺辺島桜国広")
_PREF_SUFFIX_KANA = {"都": "と", "府": "ふ", "県": "けん"}


def place_key(text: str) -> str:
    """A kanji/kana lookup key: squashed, brackets and punctuation dropped, variants folded."""
    return _DECOR_RE.sub("", squash(text)).translate(_VARIANTS)


def _freeze(index: dict[str, set[str]]) -> Index:
    merged: dict[str, set[str]] = defaultdict(set)
    for key, codes in index.items():
        merged[key.translate(_VARIANTS)] |= codes
    return {key: frozenset(codes) for key, codes in merged.items()}


def _romaji_keys(base_kana: str, suffix: str, *, ward: bool = False) -> tuple[str, list[str]]:
    """The folded romaji of a base reading, and base + each way of writing its suffix."""
    base = fold(hepburn(base_kana))
    words = [w for w in SUFFIX_WORDS[suffix] if not (ward and w == "city")]
    return base, [base + fold(w) for w in words]


@dataclass
class _Builder:
    full: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    bare: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    rfull: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    rbare: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    address: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add_place(self, m: Municipality) -> None:
        """A city, town, village or Tokyo special ward."""
        base_name, base_kana, suffix_kana = split_suffix(m.name, m.kana)
        for key in (m.name, m.kana):
            self.full[key].add(m.code)
        for key in (base_name, base_kana):
            self.bare[key].add(m.code)
        self.address[m.name].add(m.code)
        rbase, rkeys = _romaji_keys(base_kana, m.name[-1])
        self.rbare[rbase].add(m.code)
        for key in (*rkeys, fold(hepburn(base_kana + suffix_kana))):
            self.rfull[key].add(m.code)

    def add_ward(self, m: Municipality, city: Municipality) -> None:
        """A designated city's ward: 横浜市中区, 中区, 横浜中区; Yokohama(-shi) Naka-ku."""
        ward_name, ward_kana = m.name[len(city.name) :], m.kana[len(city.kana) :]
        city_base, city_base_kana, _ = split_suffix(city.name, city.kana)
        _, ward_base_kana, _ = split_suffix(ward_name, ward_kana)
        for key in (m.name, m.kana, ward_name, ward_kana):
            self.full[key].add(m.code)
        for key in (city_base + ward_name, city_base_kana + ward_kana):
            self.bare[key].add(m.code)
        for key in (m.name, ward_name):
            self.address[key].add(m.code)
        city_rbase, city_rkeys = _romaji_keys(city_base_kana, "市")
        ward_rbase, ward_rkeys = _romaji_keys(ward_base_kana, "区", ward=True)
        for ward_key in ward_rkeys:
            self.rfull[ward_key].add(m.code)
            for city_key in (city_rbase, *city_rkeys):
                self.rfull[city_key + ward_key].add(m.code)
        self.rbare[city_rbase + ward_rbase].add(m.code)

    def add_alias(self, name: str, code: str) -> None:
        """A retired name that still appears in addresses, unless it was reused."""
        if name not in self.address:
            self.full[name].add(code)
            self.address[name].add(code)


@dataclass(frozen=True)
class NameIndex:
    """Every municipality/ward name, reading and romaji → codes."""

    full: Index
    bare: Index
    rfull: Index
    rbare: Index
    address: Index
    address_max: int
    name_keys: list[str]  # sorted, for prefix search
    romaji_keys: list[str]

    @classmethod
    def build(
        cls,
        munis: Iterable[Municipality],
        by_code: dict[str, Municipality],
        aliases: dict[str, str],
    ) -> NameIndex:
        b = _Builder()
        for m in munis:
            city = by_code.get(m.parent_code or "")
            if city is None:
                b.add_place(m)
            else:
                b.add_ward(m, city)
        for name, code in aliases.items():
            b.add_alias(name, code)
        full, bare, rfull, rbare = (_freeze(x) for x in (b.full, b.bare, b.rfull, b.rbare))
        address = _freeze(b.address)
        return cls(
            full=full,
            bare=bare,
            rfull=rfull,
            rbare=rbare,
            address=address,
            address_max=max(len(k) for k in address),
            name_keys=sorted({*full, *bare}),
            romaji_keys=sorted({*rfull, *rbare}),
        )

    def codes_of_key(self, key: str) -> set[str]:
        """Every code a key names, in any tier."""
        return {
            c for tier in (self.full, self.bare, self.rfull, self.rbare) for c in tier.get(key, ())
        }


@dataclass(frozen=True)
class PrefectureIndex:
    """Every way of writing a prefecture: 東京都, 東京, とうきょうと, とうきょう; tokyo(to)."""

    prefixes: dict[str, str]  # kanji/kana spelling → prefecture name
    romaji: dict[str, str]  # folded romaji → prefecture name
    prefix_lengths: list[int]  # longest first, so 東京都 is stripped rather than 東京 leaving 都
    names: frozenset[str]

    @classmethod
    def build(cls, prefectures: Iterable[Municipality]) -> PrefectureIndex:
        prefixes: dict[str, str] = {}
        romaji: dict[str, str] = {}
        for p in prefectures:
            hokkaido = p.name == "北海道"
            short = p.name if hokkaido else p.name[:-1]
            short_kana = p.kana if hokkaido else p.kana.removesuffix(_PREF_SUFFIX_KANA[p.name[-1]])
            for prefix in (p.name, short, p.kana, short_kana):
                prefixes[prefix] = p.name
            romaji[fold(hepburn(short_kana))] = p.name
            romaji[fold(p.romaji)] = p.name
        return cls(
            prefixes=prefixes,
            romaji=romaji,
            prefix_lengths=sorted({len(k) for k in prefixes}, reverse=True),
            names=frozenset(prefixes.values()),
        )

    def named(self, key: str) -> str | None:
        """The prefecture a whole key names, in any script."""
        return self.prefixes.get(key) or self.romaji.get(key)

    def leading(self, key: str) -> list[tuple[str, int]]:
        """(prefecture, length) of every prefecture spelling the key starts with."""
        found = []
        for length in self.prefix_lengths:
            name = self.prefixes.get(key[:length])
            if name is not None and length < len(key):
                found.append((name, length))
        return found
