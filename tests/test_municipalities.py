"""The registry over all of Japan: counts, codes, and every name, kana and romaji looked up."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper import store
from scraper.errors import AmbiguousPlace, PlaceError, UnknownPlace
from scraper.municipalities import (
    Registry,
    check_digit,
    default_registry,
    filing_municipality,
    is_valid_code,
)
from scraper.registry import package_data
from scraper.registry.overlay import OVERLAY_ENV, Overlay, write_overlay
from scraper.registry.romaji import fold


@pytest.fixture(scope="module")
def registry() -> Registry:
    return default_registry()


def resolves_to(registry: Registry, text: str, code: str, prefecture: str | None = None) -> str:
    """'ok' when the text resolves to the code; 'ambiguous' when the code is among candidates."""
    try:
        got = registry.resolve(text, prefecture=prefecture)
    except AmbiguousPlace as exc:
        assert code in [m.code for m in exc.options], (text, [m.code for m in exc.options])
        return "ambiguous"
    assert got.code == code, (text, prefecture, got.full_name, code)
    return "ok"


# --- the data ---------------------------------------------------------------------------


def test_counts_by_kind_match_the_official_totals(registry):
    kinds = Counter(m.kind for m in registry.all())
    assert kinds == {
        "city": 792,
        "town": 743,
        "village": 183,
        "special_ward": 23,
        # The package lists 175 wards; 浜松市 went from 7 wards to 3 on 2024-01-01.
        "ward": 171,
    }
    assert kinds["city"] + kinds["town"] + kinds["village"] + kinds["special_ward"] == 1741
    assert len(registry.prefectures()) == 47


def test_every_code_round_trips_and_has_a_valid_check_digit(registry):
    entries = [*registry.prefectures(), *registry.all()]
    assert len({m.code for m in entries}) == len(entries)
    for m in entries:
        assert is_valid_code(m.code), m
        assert registry.get(m.code) == m


@pytest.mark.parametrize(
    ("code5", "digit"), [("13202", "1"), ("01100", "2"), ("14100", "3"), ("47201", "8")]
)
def test_check_digit_of_known_codes(code5, digit):
    assert check_digit(code5) == digit


@pytest.mark.parametrize("bad", ["132022", "13202", "1320211", "abcdef", "１３２０２１"])
def test_is_valid_code_rejects_malformed_codes(bad):
    assert not is_valid_code(bad)


def test_every_ward_points_to_a_city_of_the_same_prefecture(registry):
    wards = [m for m in registry.all() if m.kind == "ward"]
    cities = {m.parent_code for m in wards}
    assert len(cities) == 20  # the 20 designated cities
    for ward in wards:
        city = registry.get(ward.parent_code)
        assert city.kind == "city" and city.prefecture == ward.prefecture
        assert ward.name.startswith(city.name)
        assert filing_municipality(ward) == city
    for m in registry.all():
        if m.kind != "ward":
            assert m.parent_code is None and filing_municipality(m) is m


def test_kana_is_hiragana_and_romaji_is_clean_hepburn(registry):
    for m in [*registry.prefectures(), *registry.all()]:
        assert all("ぁ" <= ch <= "ゖ" or ch == "ー" for ch in m.kana), m
        assert m.romaji.replace("-", "").replace(" ", "").isascii(), m
        assert m.romaji[0].isupper(), m
    assert registry.get("132021").romaji == "Tachikawa-shi"
    assert registry.get("131113").romaji == "Ota-ku"
    assert registry.get("132080").romaji == "Chofu-shi"
    assert registry.get("130001").romaji == "Tokyo-to"
    assert registry.get("011011").romaji == "Sapporo-shi Chuo-ku"
    assert registry.resolve("観音寺市").romaji == "Kan'onji-shi"  # ん before a vowel


def test_town_and_village_readings_follow_the_data(registry):
    # 町 is まち or ちょう and 村 むら or そん: the romaji keeps the municipality's own reading.
    assert registry.get("132098").romaji == "Machida-shi"
    assert registry.get(registry.resolve("倶知安町").code).romaji == "Kutchan-cho"
    assert registry.resolve("奥多摩町").romaji == "Okutama-machi"
    assert registry.resolve("恩納村").romaji == "Onna-son"
    assert registry.resolve("檜原村").romaji == "Hinohara-mura"


def test_coordinates_and_prefecture_homepages(registry):
    assert all(m.lat and m.lng for m in registry.all())
    assert registry.get("130001").homepage.startswith("https://")


# --- every name, kana and romaji ----------------------------------------------------------


def test_every_name_resolves_to_itself_or_is_reported_ambiguous(registry):
    outcomes = Counter()
    for m in registry.all():
        outcomes[resolves_to(registry, m.name, m.code)] += 1
        assert resolves_to(registry, m.name, m.code, prefecture=m.prefecture) == "ok"
        assert resolves_to(registry, m.full_name, m.code) == "ok"
    # Repeated names exist (府中市, 伊達市, 池田町 …) but are the exception.
    assert 0 < outcomes["ambiguous"] < 100


def test_every_bare_name_without_suffix_resolves_or_is_ambiguous(registry):
    for m in registry.all():
        if m.kind != "ward":
            resolves_to(registry, m.name[:-1], m.code, prefecture=m.prefecture)


def test_every_kana_and_katakana_reading_resolves(registry):
    for m in registry.all():
        resolves_to(registry, m.kana, m.code)
        resolves_to(registry, store.municipality_row(m)["katakana"], m.code, m.prefecture)


def test_every_romaji_name_resolves_with_or_without_suffix_and_prefecture(registry):
    pref_romaji = {p.name: p.romaji for p in registry.prefectures()}
    for m in registry.all():
        resolves_to(registry, m.romaji, m.code)
        resolves_to(registry, m.romaji.upper(), m.code, prefecture=m.prefecture)
        if m.kind != "ward":
            bare = m.romaji.rsplit("-", 1)[0]
            resolves_to(registry, f"{bare}, {pref_romaji[m.prefecture]}", m.code)


def test_same_reading_in_one_prefecture_stays_ambiguous(registry):
    # 江差町 and 枝幸町 are both えさしちょう in 北海道: the reading cannot pick one.
    with pytest.raises(AmbiguousPlace) as caught:
        registry.resolve("えさしちょう", prefecture="北海道")
    assert {m.name for m in caught.value.options} == {"江差町", "枝幸町"}
    assert registry.resolve("枝幸町").code == "015148"


# --- the forms users type --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("立川市", "132021"),
        ("立川", "132021"),
        ("東京都立川市", "132021"),
        ("東京 立川市", "132021"),
        ("東京都 立川", "132021"),
        ("立川市(東京都)", "132021"),
        ("たちかわし", "132021"),
        ("タチカワ", "132021"),
        ("ﾀﾁｶﾜｼ", "132021"),
        ("ｔａｃｈｉｋａｗａ", "132021"),
        ("132021", "132021"),
        ("13202", "132021"),
        ("１３２０２１", "132021"),
        ("Tachikawa", "132021"),
        ("tachikawa-shi", "132021"),
        ("TACHIKAWA CITY", "132021"),
        ("Tachikawa, Tokyo", "132021"),
        ("Tokyo Tachikawa-shi", "132021"),
        ("Tokyo-to, Tachikawa-shi, Japan", "132021"),
        ("Ōta-ku", "131113"),
        ("Oota-ku", "131113"),
        ("Ohta-ku", "131113"),
        ("Ota Ku", "131113"),
        ("Ota, Tokyo", "131113"),
        ("Ota City, Tokyo", "131113"),
        ("Chōfu", "132080"),
        ("Chofu", "132080"),
        ("Choufu", "132080"),
        ("Tyôhu", "132080"),  # Kunrei with a circumflex
        ("Hachiōji", "132012"),
        ("Hachiohji", "132012"),
        ("Kōriyama-shi", "072036"),
        ("Sammu", "122378"),  # m before m, as on older signs
        ("Kan'onji", "372056"),
        ("Kutchan-cho", "014001"),
        ("Kutchan-machi", "014001"),
        ("Abuta-gun Kutchan-cho, Hokkaido", "014001"),
        ("Hinohara-mura", "133078"),
        ("Onna Village", "473111"),
        ("Yokohama Naka-ku", "141046"),
        ("Sapporo-shi Chuo-ku", "011011"),
        ("ﾖｺﾊﾏｼ ﾅｶｸ", "141046"),
        ("よこはましなかく", "141046"),
        ("横浜中区", "141046"),
        ("南アルプス市", "192082"),
        ("みなみあるぷす", "192082"),
        ("ニセコ町", "013951"),
        ("さいたま", "111007"),
        ("四日市", "242021"),
        ("野々市", "172120"),
        ("廿日市", "342131"),
        ("Kyoto", "261009"),
        ("Kyoto Kyoto", "261009"),
        ("京都市", "261009"),
        ("大阪狭山", "272311"),
        # Variant characters: ヶ/ケ, 龍/竜, 檜/桧, 髙/高.
        ("鶴ケ島市", "112411"),
        ("竜ヶ崎市", "082082"),
        ("桧原村", "133078"),
        ("宮崎県児湯郡髙鍋町", "454010"),
        # Katakana/hiragana with ー for a long vowel.
        ("オータク", "131113"),
        ("ちょーふし", "132080"),
    ],
)
def test_names_in_every_script(registry, text, code):
    assert registry.resolve(text).code == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("府中市", {"132063", "342084"}),
        ("伊達市", {"012335", "072133"}),
        ("美里町", {"045055", "113816", "433489"}),
        ("池田町", {"016446", "183822", "204811", "214043"}),
        ("府中", {"132063", "342084", "343021"}),  # 広島県府中町 too
        ("Fuchu", {"132063", "342084", "343021"}),
        ("ふちゅうし", {"132063", "342084"}),
        ("Date-shi", {"012335", "072133"}),
        ("Ota", {"102059", "131113"}),  # 群馬県太田市 and 東京都大田区
        ("大田", {"131113", "322059"}),  # 東京都大田区 and 島根県大田市
        ("中央区", None),
    ],
)
def test_ambiguous_names_list_candidates_never_guess(registry, text, codes):
    with pytest.raises(AmbiguousPlace) as caught:
        registry.resolve(text)
    got = {m.code for m in caught.value.options}
    if codes is not None:
        assert got == codes
    else:
        assert "131024" in got and len(got) > 5
    for m in caught.value.options:
        assert m.full_name in str(caught.value) and m.code in str(caught.value)


@pytest.mark.parametrize(
    ("text", "prefecture", "code"),
    [
        ("府中市", "東京都", "132063"),
        ("府中市", "広島県", "342084"),
        ("府中市", "Hiroshima", "342084"),
        ("府中市", "広島", "342084"),
        ("伊達市", "ふくしまけん", "072133"),
        ("伊達市", "01", "012335"),
        ("池田町", "長野県", "204811"),
        ("Fuchu-cho", None, "343021"),
        ("広島府中町", None, "343021"),
        ("Date, Fukushima", None, "072133"),
        ("Hokkaido Date-shi", None, "012335"),
    ],
)
def test_the_prefecture_settles_ambiguity(registry, text, prefecture, code):
    assert registry.resolve(text, prefecture=prefecture).code == code


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("立川氏", "132021"),
        ("Tachikwa", "132021"),
        ("たちかわ市", "132021"),
        ("Yokohma", "141003"),
        ("練間区", "131202"),
        ("東京都立川氏泉町1156-9", "132021"),  # a misspelled address
        ("神奈川県横浜氏中区", "141046"),
    ],
)
def test_unknown_places_suggest_the_closest_names(registry, text, suggested):
    with pytest.raises(UnknownPlace) as caught:
        registry.resolve(text)
    assert suggested in [m.code for m in caught.value.options]
    assert "did you mean" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("132022", "did you mean 132021"),  # wrong check digit
        ("130001", "prefecture"),
        ("東京", "prefecture"),
        ("Tokyo", "prefecture"),
        ("99999", "no municipality"),
        ("", "no municipality"),
    ],
)
def test_codes_and_prefectures_that_are_not_municipalities(registry, text, message):
    with pytest.raises(UnknownPlace, match=message):
        registry.resolve(text)


def test_an_unknown_prefecture_argument_is_an_error(registry):
    with pytest.raises(UnknownPlace, match="unknown prefecture"):
        registry.resolve("府中市", prefecture="東京府")


def test_a_name_outside_the_given_prefecture_is_unknown(registry):
    with pytest.raises(PlaceError):
        registry.resolve("立川市", prefecture="大阪府")


def test_search_ranks_exact_then_prefix_then_close(registry):
    assert registry.search("たちか")[0].code == "132021"
    assert {m.code for m in registry.search("府中")[:3]} == {"132063", "342084", "343021"}
    assert registry.search("Yokohama Naka")[0].code == "141046"
    assert len(registry.search("川", limit=4)) <= 4
    assert all(m.prefecture == "広島県" for m in registry.search("府中", prefecture="広島県"))


# --- the overlay and the database ------------------------------------------------------


def test_the_overlay_adds_homepages_and_is_reloaded_when_it_changes(tmp_path, monkeypatch):
    path = tmp_path / "overlay.json"
    monkeypatch.setenv(OVERLAY_ENV, str(path))
    assert default_registry().get("132021").homepage is None
    write_overlay(
        Overlay(entries={"132021": {"homepage": "https://www.city.tachikawa.lg.jp/"}}), path
    )
    assert default_registry().get("132021").homepage == "https://www.city.tachikawa.lg.jp/"
    write_overlay(Overlay(entries={"132021": {"lat": 35.7, "lng": 139.4}}), path)
    reloaded = default_registry().get("132021")
    assert (reloaded.homepage, reloaded.lat) == (None, 35.7)


def test_write_municipalities_replaces_the_table_in_one_transaction(registry):
    db = store.memory_db()
    entries = [*registry.prefectures(), *registry.all()]
    assert store.write_municipalities(db, entries) == 47 + 1741 + 171
    ward = db["municipalities"].get("141046")
    assert (ward["kind"], ward["parent_code"], ward["filing_code"]) == ("ward", "141003", "141003")
    assert ward["full_name"] == "神奈川県横浜市中区" and ward["katakana"] == "ヨコハマシナカク"
    assert db["municipalities"].get("132021")["filing_code"] == "132021"

    def broken():
        yield from entries[:10]
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        store.write_municipalities(db, broken())
    assert db["municipalities"].count == len(entries)
    assert len(store.municipality_rows(db, prefecture="東京都")) == 62 + 1


def test_package_data_is_not_modified_by_the_overlay(tmp_path, monkeypatch):
    path = tmp_path / "overlay.json"
    monkeypatch.setenv(OVERLAY_ENV, str(path))
    write_overlay(Overlay(entries={"132021": {"homepage": "https://example.lg.jp/"}}), path)
    default_registry()
    assert {m.code: m for m in package_data().entries}["132021"].homepage is None


def test_fold_treats_long_vowel_spellings_alike():
    assert len({fold(x) for x in ("Ōta", "Oota", "Ohta", "Ota", "OTA", "ôta")}) == 1
    assert len({fold(x) for x in ("Chōfu", "Chofu", "Choufu", "Tyoohu")}) == 1
    assert fold("Shinjuku") != fold("Shinjiku")


_PLACE_CHARS = list(
    "東京都立川市大阪府北区郡島町村ヶケーあいうおかくtokyoOTAshiku -,()〒0123456789１２ｱｲ・　"
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=30), st.text(alphabet=st.sampled_from(_PLACE_CHARS))))
def test_any_text_resolves_or_raises_a_place_error(text):
    registry = default_registry()
    try:
        assert registry.resolve(text).kind != "prefecture"
    except PlaceError as exc:
        assert str(exc)
    assert len(registry.search(text, limit=3)) <= 3
