"""Build the registry's entries from the japancode package's data, offline.

japancode ships 1,916 rows (1,741 municipalities and the wards of the 20 designated cities, ward
names written "札幌市 中央区") and the 47 prefectures. Its codes sometimes lack their leading
zero (北海道's "11002" is 011002). Every code is checked against its check digit on load.

One correction is applied on top of the package's data: 浜松市 reorganised its seven wards into
three on 2024-01-01 (中央区 221384, 浜名区 221392, 天竜区 221406). The seven old ward names still
appear in older addresses; they are kept as aliases of 浜松市 itself (the filing municipality),
since their areas were split between the new wards.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import ConfigError
from ..models import Municipality, MunicipalityKind
from ..textnorm import to_hiragana
from .codes import is_valid_code
from .romaji import display

KANJI_SUFFIXES = ("市", "区", "町", "村")
SUFFIX_KANA: dict[str, tuple[str, ...]] = {
    "市": ("し",),
    "区": ("く",),
    "町": ("まち", "ちょう"),
    "村": ("むら", "そん"),
}
_PREF_SUFFIX_ROMAJI = {"都": "-to", "府": "-fu", "県": "-ken", "道": ""}


@dataclass(frozen=True)
class Correction:
    """A change of the municipal map after the package's data was compiled."""

    retired: tuple[str, ...]  # codes no longer in use, as names kept as aliases of `alias_to`
    alias_to: str
    added: tuple[dict[str, Any], ...]  # rows in the package's format
    coords_from: tuple[str, ...]  # for each added row, the retired code whose coordinates it takes


HAMAMATSU_2024 = Correction(
    retired=("221317", "221325", "221333", "221341", "221350", "221368", "221376"),
    alias_to="221309",
    added=(
        {"pref": "静岡県", "city": "浜松市 中央区", "citykana": "はままつし ちゅうおうく",
         "lgcode": "221384"},
        {"pref": "静岡県", "city": "浜松市 浜名区", "citykana": "はままつし はまなく",
         "lgcode": "221392"},
        {"pref": "静岡県", "city": "浜松市 天竜区", "citykana": "はままつし てんりゅうく",
         "lgcode": "221406"},
    ),
    coords_from=("221317", "221368", "221376"),
)  # fmt: skip
CORRECTIONS: tuple[Correction, ...] = (HAMAMATSU_2024,)


@dataclass(frozen=True)
class RegistryData:
    """What the Registry is built from: entries plus old names that still resolve."""

    entries: list[Municipality]
    aliases: dict[str, str]  # retired full name (e.g. 浜松市中区) → code it files with


def split_suffix(name: str, kana: str) -> tuple[str, str, str]:
    """立川市/たちかわし → (立川, たちかわ, し): the base name, its kana, and the suffix kana."""
    suffix = name[-1]
    for reading in SUFFIX_KANA.get(suffix, ()):
        if kana.endswith(reading) and len(kana) > len(reading):
            return name[:-1], kana[: -len(reading)], reading
    raise ConfigError(f"registry data: kana {kana!r} does not end with a reading of {name!r}")


def _package_json(name: str) -> list[dict[str, Any]]:
    text = resources.files("japancode").joinpath(f"data/{name}").read_text("utf-8")
    return json.loads(text)


def _code(raw: str) -> str:
    code = str(raw).zfill(6)
    if not is_valid_code(code):
        raise ConfigError(f"registry data: invalid local government code {raw!r}")
    return code


def _kind(pref: str, name: str, is_ward: bool) -> MunicipalityKind:
    if is_ward:
        return "ward"
    return {
        "市": "city",
        "区": "special_ward" if pref == "東京都" else "ward",
        "町": "town",
        "村": "village",
    }[name[-1]]  # type: ignore[return-value]


def _romaji(name: str, kana: str) -> str:
    _, base_kana, suffix_kana = split_suffix(name, kana)
    return display(base_kana, suffix_kana)


def _prefecture(row: dict[str, Any]) -> Municipality:
    name = row["pref"]
    short_kana = to_hiragana(row["prefshortkana"])
    return Municipality(
        code=_code(row["lgcode"]),
        prefecture=name,
        name=name,
        kana=to_hiragana(row["prefkana"]),
        romaji=display(short_kana, None) + _PREF_SUFFIX_ROMAJI[name[-1]],
        kind="prefecture",
        homepage=row.get("url") or None,
    )


def _municipality(row: dict[str, Any], cities: dict[tuple[str, str], str]) -> Municipality:
    pref, raw_name, raw_kana = row["pref"], row["city"], to_hiragana(row["citykana"])
    parts, kana_parts = raw_name.split(), raw_kana.split()
    parent = None
    if len(parts) == 2:  # "札幌市 中央区": a designated city's ward
        parent = cities[(pref, parts[0])]
        romaji = f"{_romaji(parts[0], kana_parts[0])} {_romaji(parts[1], kana_parts[1])}"
    else:
        romaji = _romaji(raw_name, raw_kana)
    return Municipality(
        code=_code(row["lgcode"]),
        prefecture=pref,
        name="".join(parts),
        kana="".join(kana_parts),
        romaji=romaji,
        kind=_kind(pref, raw_name, parent is not None),
        parent_code=parent,
        lat=row.get("lat"),
        lng=row.get("lng"),
    )


def _apply_corrections(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    by_code = {_code(r["lgcode"]): r for r in rows}
    aliases: dict[str, str] = {}
    for fix in CORRECTIONS:
        for new, source in zip(fix.added, fix.coords_from, strict=True):
            old = by_code.get(source, {})
            by_code[new["lgcode"]] = {**new, "lat": old.get("lat"), "lng": old.get("lng")}
        for code in fix.retired:
            old = by_code.pop(code, None)
            if old is not None:
                aliases["".join(old["city"].split())] = fix.alias_to
    return list(by_code.values()), aliases


def load_package_data() -> RegistryData:
    """Every prefecture, municipality and designated-city ward, from japancode plus corrections."""
    rows, aliases = _apply_corrections(_package_json("municipalities.json"))
    cities = {(r["pref"], r["city"]): _code(r["lgcode"]) for r in rows if " " not in r["city"]}
    entries = [_prefecture(r) for r in _package_json("prefectures.json")]
    entries += [_municipality(r, cities) for r in rows]
    entries.sort(key=lambda m: m.code)
    return RegistryData(entries=entries, aliases=aliases)
