"""sources.yaml: the real file loads; every malformed file names the entry and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.errors import ScraperError, SourcesError
from scraper.municipalities import Registry, default_registry
from scraper.sources import load_sources, parse_sources, select_sources, with_generated
from scraper.textnorm import squash

ROOT = Path(__file__).resolve().parent.parent

GOOD_ENTRY = """\
  - code: "132021"
    name: 立川市
    prefecture: 東京都
    homepage: https://www.city.tachikawa.lg.jp/
    title: 特定技能所属機関による協力確認書の提出等について
    url: null
"""


def _error(text: str) -> str:
    with pytest.raises(SourcesError) as info:
        parse_sources(text, "s.yaml")
    return str(info.value)


def test_real_sources_file_loads_all_21_seeds_matching_the_registry() -> None:
    sources = load_sources(ROOT / "sources.yaml")
    assert len(sources) == 21
    assert len({s.code for s in sources}) == 21
    registry = default_registry()
    for source in sources:
        m = registry.get(source.code)
        assert m is not None, source.code
        assert squash(m.name) == squash(source.name)
        assert m.prefecture == source.prefecture
        assert source.homepage.startswith("https://")
        assert any(word in (source.title or "") for word in ("協力確認書", "共生施策"))
    assert {s.name for s in sources} >= {"立川市", "練馬区", "横浜市", "さいたま市", "船橋市"}


def test_good_entry_parses_and_strips_values() -> None:
    [source] = parse_sources("sources:\n" + GOOD_ENTRY)
    assert source.code == "132021"
    assert source.url is None
    assert source.title == "特定技能所属機関による協力確認書の提出等について"


def test_unquoted_six_digit_code_is_accepted() -> None:
    [source] = parse_sources("sources:\n" + GOOD_ENTRY.replace('"132021"', "132021"))
    assert source.code == "132021"


def test_missing_file_empty_file_and_invalid_yaml(tmp_path: Path) -> None:
    with pytest.raises(SourcesError, match="file not found"):
        load_sources(tmp_path / "nope.yaml")
    empty = tmp_path / "empty.yaml"
    empty.write_text("# only a comment\n", encoding="utf-8")
    with pytest.raises(SourcesError, match="empty"):
        load_sources(empty)
    message = _error('sources:\n  - code: "132021"\n    name: [立川市\n')
    assert "invalid YAML" in message and "line" in message


def test_sources_must_be_a_non_empty_list() -> None:
    assert "must be a list" in _error("sources: 立川市\n")
    assert "empty" in _error("sources: []\n")
    assert "unknown top-level key" in _error("source:\n" + GOOD_ENTRY)


def test_every_problem_is_reported_with_entry_and_line() -> None:
    text = (
        "sources:\n"
        + GOOD_ENTRY  # entry 1, lines 2-7
        + '  - code: "132022"\n'  # entry 2, line 8: bad check digit
        "    name: 立川市\n"
        "    prefecture: 東京都\n"
        "    homepage: https://www.city.tachikawa.lg.jp/\n"
        '  - code: "132241"\n'  # entry 3, line 12: name of another city, extra key, bad URL
        "    name: 稲城市\n"
        "    prefecture: 神奈川県\n"
        "    homepage: ftp://www.city.tama.lg.jp/\n"
        "    homepag: https://www.city.tama.lg.jp/\n"
        "    url: /kurashi/kyoryoku.html\n"
        + GOOD_ENTRY.replace("\n", "\n", 1)  # entry 4, line 18: duplicate of entry 1
    )
    message = _error(text)
    assert "s.yaml" in message
    assert (
        "entry 2 (132022 立川市, line 8): code 132022 (line 8) has a wrong check digit" in message
    )
    entry3 = "entry 3 (132241 稲城市, line 12)"
    assert f"{entry3}: name 稲城市 (line 13) does not match code 132241" in message
    assert "多摩市" in message
    assert f"{entry3}: prefecture 神奈川県 (line 14) does not match" in message
    assert f"{entry3}: homepage 'ftp://www.city.tama.lg.jp/' (line 15)" in message
    assert f"{entry3}: unknown key 'homepag' (line 16)" in message
    assert f"{entry3}: url '/kurashi/kyoryoku.html' (line 17)" in message
    assert (
        "entry 4 (132021 立川市, line 18): duplicate code 132021 (already used by entry 1"
        in message
    )


def test_code_problems() -> None:
    assert "is not 6 digits" in _error("sources:\n" + GOOD_ENTRY.replace('"132021"', '"13202"'))
    # A valid check digit, but no such municipality.
    assert "not a municipality in the registry" in _error(
        "sources:\n" + GOOD_ENTRY.replace('"132021"', '"139998"')
    )
    message = _error(
        "sources:\n"
        '  - code: "141011"\n'
        "    name: 横浜市鶴見区\n"
        "    prefecture: 神奈川県\n"
        "    homepage: https://www.city.yokohama.lg.jp/tsurumi/\n"
    )
    assert "ward of a designated city" in message


def test_missing_required_fields_and_non_mapping_entry() -> None:
    message = _error('sources:\n  - code: "132021"\n    name: 立川市\n  - just a string\n')
    assert "entry 1 (132021 立川市, line 2): missing prefecture" in message
    assert "missing homepage" in message
    assert "entry 2 (line 4): each entry must be a mapping" in message


def test_name_comparison_ignores_width_and_spaces() -> None:
    [source] = parse_sources("sources:\n" + GOOD_ENTRY.replace("name: 立川市", "name: 立川市 "))
    assert source.name == "立川市"


def _registry_with_homepages() -> Registry:
    base = default_registry()
    picked = []
    for code, home in (
        ("132021", "https://www.city.tachikawa.lg.jp/"),
        ("132241", "https://www.city.tama.lg.jp/"),
        ("141003", "https://www.city.yokohama.lg.jp/"),
        ("141011", "https://www.city.yokohama.lg.jp/tsurumi/"),  # a ward: never a source
        ("132080", None),  # no homepage known: cannot be crawled
    ):
        m = base.get(code)
        assert m is not None
        picked.append(m.model_copy(update={"homepage": home}))
    return Registry(picked)


def test_generated_sources_add_every_municipality_with_a_homepage() -> None:
    registry = _registry_with_homepages()
    curated = parse_sources("sources:\n" + GOOD_ENTRY.replace("www.city", "curated.city"))
    sources, generated = with_generated(curated, registry)
    assert [s.code for s in sources] == ["132021", "132241", "141003"]
    assert generated == {"132241", "141003"}
    # sources.yaml wins: its entry is kept as written, with its title hint.
    assert sources[0].homepage.startswith("https://curated.") and sources[0].title
    assert sources[2].name == "横浜市" and sources[2].title is None
    # --only picks among the generated ones too.
    assert [s.code for s in select_sources(sources, ["横浜市"], registry)] == ["141003"]


def test_generated_sources_need_homepages() -> None:
    with pytest.raises(SourcesError, match="municipalities update"):
        with_generated([], Registry([m for m in default_registry().all()[:5]]))


def test_select_sources_by_code_name_or_prefecture_and_name() -> None:
    sources = load_sources(ROOT / "sources.yaml")
    picked = select_sources(sources, ["131202", "立川市", "神奈川県横浜市", "131202", "横浜市中区"])
    assert [s.name for s in picked] == ["練馬区", "立川市", "横浜市"]
    assert [s.name for s in select_sources(sources, ["tachikawa"])] == ["立川市"]
    assert select_sources(sources, []) == sources
    with pytest.raises(SourcesError, match="not in the sources list"):
        select_sources(sources, ["札幌市"])
    with pytest.raises(ScraperError, match="存在しない"):
        select_sources(sources, ["存在しない町"])
