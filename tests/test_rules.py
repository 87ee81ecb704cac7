"""The rules module: one case per national rule and per Q&A case of the agency's explanation."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

import pytest

from scraper import store
from scraper.errors import AmbiguousPlace, ConfigError, PlaceError, UnknownPlace
from scraper.models import FilingInfo, FilingRecord, Municipality, MunicipalityRef
from scraper.municipalities import default_registry
from scraper.rules import EVENTS, RULES, RULES_BY_ID, parse_event, plan, plan_for_places
from scraper.rules.data import Rule

TACHIKAWA, TAMA, CHOFU, MACHIDA, INAGI = "132021", "132241", "132080", "132098", "132250"
NERIMA, YOKOHAMA, NAKA_KU, KOHOKU_KU = "131202", "141003", "141046", "141097"
KAWASAKI, KAWASAKI_KU, FUCHU_TOKYO, FUCHU_HIROSHIMA = "141305", "141313", "132063", "342084"
TODAY = date(2026, 11, 26)


def m(code: str) -> Municipality:
    found = default_registry().get(code)
    assert found is not None, code
    return found


@dataclass
class Case:
    """A worker's situation and the filings the rules require (code, roles, rules)."""

    id: str
    workplace: str
    residence: str | None
    event: str
    filed: set[str] = field(default_factory=set)
    filings: list[tuple[str, list[str], list[str]]] = field(default_factory=list)
    not_needed: set[str] = field(default_factory=lambda: {"only-document"})


CASES = [
    # where: both municipalities, each once.
    Case(
        "where-two-municipalities",
        TACHIKAWA,
        TAMA,
        "change_of_status",
        filings=[
            (TACHIKAWA, ["workplace"], ["where", "when-new"]),
            (TAMA, ["residence"], ["where", "when-new"]),
        ],
    ),
    # where: workplace = residence → one copy (the "same municipality filed once" case).
    Case(
        "where-same-municipality-one-copy",
        NERIMA,
        NERIMA,
        "change_of_status",
        filings=[(NERIMA, ["workplace", "residence"], ["where", "when-new"])],
    ),
    # when-new through a COE: coe-planned applies too.
    Case(
        "when-new-coe",
        TACHIKAWA,
        TAMA,
        "coe",
        filings=[
            (TACHIKAWA, ["workplace"], ["where", "when-new", "coe-planned"]),
            (TAMA, ["residence"], ["where", "when-new", "coe-planned"]),
        ],
    ),
    # when-existing: a worker employed before 2025-04-01.
    Case(
        "when-existing",
        CHOFU,
        CHOFU,
        "existing_worker",
        filings=[(CHOFU, ["workplace", "residence"], ["where", "when-existing"])],
    ),
    # once: a second worker at a workplace already filed with, living in a new municipality.
    Case(
        "once-other-worker-same-workplace",
        TACHIKAWA,
        TAMA,
        "coe",
        filed={TACHIKAWA},
        filings=[(TAMA, ["residence"], ["where", "when-new", "coe-planned"])],
        not_needed={"once", "only-document"},
    ),
    # once: already filed with both and a later renewal → nothing to file.
    Case(
        "once-renewal-nothing-new",
        TACHIKAWA,
        TAMA,
        "renewal",
        filed={TACHIKAWA, TAMA},
        not_needed={"once", "only-document"},
    ),
    # Q&A: workplace moves from C市 (調布市) to D市 (町田市), first worker there → D市 again.
    Case(
        "qa-workplace-moved-c-to-d",
        MACHIDA,
        CHOFU,
        "workplace_moved",
        filed={CHOFU},
        filings=[(MACHIDA, ["workplace"], ["where", "moved-workplace"])],
        not_needed={"once", "only-document"},
    ),
    # moved-workplace to a municipality where the organization's workers already work: nothing.
    Case(
        "moved-workplace-already-filed-there",
        MACHIDA,
        CHOFU,
        "workplace_moved",
        filed={CHOFU, MACHIDA},
        not_needed={"once", "only-document"},
    ),
    # Q&A: COE for H市 (稲城市), planned to work and live there → H市 only (now).
    Case(
        "qa-coe-h-city-now",
        INAGI,
        INAGI,
        "coe",
        filings=[(INAGI, ["workplace", "residence"], ["where", "when-new", "coe-planned"])],
    ),
    # Q&A: after entry the worker lives elsewhere (多摩市) → the new municipality, not H市 again.
    Case(
        "qa-coe-h-city-later-move",
        INAGI,
        TAMA,
        "worker_moved",
        filed={INAGI},
        filings=[(TAMA, ["residence"], ["where", "moved-worker"])],
        not_needed={"once", "only-document"},
    ),
    # Q&A: a worker moving out (転出) to another municipality → the 転出先.
    Case(
        "qa-worker-moves-to-new-municipality",
        TACHIKAWA,
        MACHIDA,
        "worker_moved",
        filed={TACHIKAWA, TAMA},
        filings=[(MACHIDA, ["residence"], ["where", "moved-worker"])],
        not_needed={"once", "only-document"},
    ),
    # changed-details: file again even where already filed.
    Case(
        "changed-details-again-even-if-filed",
        TACHIKAWA,
        TAMA,
        "details_changed",
        filed={TACHIKAWA, TAMA},
        filings=[
            (TACHIKAWA, ["workplace"], ["where", "changed-details"]),
            (TAMA, ["residence"], ["where", "changed-details"]),
        ],
    ),
    # designated-city wards: the city receives one form for both roles.
    Case(
        "designated-city-wards-one-filing",
        NAKA_KU,
        KOHOKU_KU,
        "change_of_status",
        filings=[(YOKOHAMA, ["workplace", "residence"], ["where", "when-new"])],
    ),
    # a ward code in already_filed counts as its city.
    Case(
        "already-filed-ward-means-city",
        KAWASAKI_KU,
        TACHIKAWA,
        "renewal",
        filed={KAWASAKI_KU, TACHIKAWA},
        not_needed={"once", "only-document"},
    ),
    # no-report: job change, move-out, return home, refusal → nothing to file.
    *(
        Case(
            f"no-report-{event}",
            TACHIKAWA,
            TAMA,
            event,
            filed={TACHIKAWA, TAMA},
            not_needed={"no-report", "only-document"},
        )
        for event in ("job_change", "moved_out", "returned_home", "refused")
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rules_cases(case: Case) -> None:
    residence = m(case.residence) if case.residence else None
    result = plan(m(case.workplace), residence, case.event, already_filed=case.filed, today=TODAY)
    got = [(f.municipality.code, f.roles, f.rules) for f in result.filings]
    assert got == case.filings
    assert {n.rule for n in result.not_needed} == case.not_needed
    assert len({f.municipality.code for f in result.filings}) == len(result.filings)


def test_every_rule_is_exercised_by_a_case() -> None:
    used = {r for c in CASES for _, _, rules in c.filings for r in rules}
    used |= {r for c in CASES for r in c.not_needed}
    used |= {"who", "april-2025"}  # reminder and transitional warning: own tests below
    assert used == set(RULES_BY_ID)


def test_rules_are_the_twelve_of_the_domain_with_both_languages_and_a_source() -> None:
    assert [r.id for r in RULES] == [
        "where",
        "when-new",
        "when-existing",
        "once",
        "moved-worker",
        "changed-details",
        "moved-workplace",
        "coe-planned",
        "no-report",
        "who",
        "only-document",
        "april-2025",
    ]
    for rule in RULES:
        assert rule.text_ja and rule.text_en and "出入国在留管理庁" in rule.source


def test_before_names_the_application() -> None:
    tachikawa = m(TACHIKAWA)
    before = {e.id: plan(tachikawa, tachikawa, e.id, today=TODAY) for e in EVENTS}
    assert "在留資格認定証明書交付申請" in before["coe"].filings[0].before.ja
    assert "Certificate of Eligibility" in before["coe"].filings[0].before.en
    assert "在留資格変更許可申請" in before["change_of_status"].filings[0].before.ja
    assert "2025年4月1日以降" in before["existing_worker"].filings[0].before.ja
    assert "在留期間更新許可申請" in before["renewal"].filings[0].before.ja


def test_coe_warns_to_file_again_if_the_worker_ends_up_elsewhere() -> None:
    result = plan(m(INAGI), m(INAGI), "coe", today=TODAY)
    assert any("worker_moved" in w.en for w in result.warnings)


def test_details_changed_names_other_filed_municipalities_for_contact_changes() -> None:
    result = plan(m(TACHIKAWA), m(TAMA), "details_changed", already_filed={CHOFU}, today=TODAY)
    assert any("調布市" in w.ja and "担当者連絡先" in w.ja for w in result.warnings)


def test_moved_out_points_to_worker_moved_when_the_worker_stays() -> None:
    result = plan(m(TACHIKAWA), m(TAMA), "moved_out", today=TODAY)
    assert result.filings == []
    reason = next(n for n in result.not_needed if n.rule == "no-report").reason
    assert "東京都立川市" in reason.ja and "東京都多摩市" in reason.ja
    assert any("worker_moved" in w.en for w in result.warnings)


def test_who_is_a_reminder_of_every_plan() -> None:
    result = plan(m(TACHIKAWA), None, "renewal", already_filed={TACHIKAWA}, today=TODAY)
    assert result.to_json("en")["reminders"][0]["rule"] == "who"
    assert "representative" in result.to_json("en")["reminders"][0]["text"]


def test_april_2025_transition_and_before_the_start() -> None:
    during = plan(m(TACHIKAWA), m(TAMA), "renewal", today=date(2025, 4, 15))
    assert any("提出予定日" in w.ja for w in during.warnings)
    before = plan(m(TACHIKAWA), m(TAMA), "renewal", today=date(2025, 3, 20))
    assert any("2025-04-01" in w.en for w in before.warnings)
    later = plan(m(TACHIKAWA), m(TAMA), "renewal", today=TODAY)
    assert not any("提出予定日" in w.ja for w in later.warnings)


def test_residence_unknown_plans_the_workplace_and_warns() -> None:
    result = plan(m(TACHIKAWA), None, "coe", today=TODAY)
    assert [f.municipality.code for f in result.filings] == [TACHIKAWA]
    assert any("No residence given" in w.en for w in result.warnings)


def test_unknown_event_is_refused() -> None:
    with pytest.raises(ConfigError, match="not an event"):
        plan(m(TACHIKAWA), m(TAMA), "visa", today=TODAY)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("coe", "coe"),
        ("change-of-status", "change_of_status"),
        ("更新", "renewal"),
        ("在留資格認定証明書交付申請", "coe"),
        ("転出", "moved_out"),
        ("ＲＥＮＥＷＡＬ", "renewal"),
        ("不許可", "refused"),
    ],
)
def test_parse_event_accepts_ids_labels_and_aliases(text: str, event: str) -> None:
    assert parse_event(text) == event


def test_parse_event_refuses_unknown_words() -> None:
    with pytest.raises(ConfigError, match="'ビザ' is not an event"):
        parse_event("ビザ")


# --- how: freshness and what to do instead ----------------------------------------------------


def record(code: str, **values: object) -> FilingRecord:
    ref = MunicipalityRef(code=code, name=m(code).name, prefecture=m(code).prefecture)
    base: dict[str, object] = {
        "methods": ["email", "post"],
        "emails": ["tabunka@city.example.lg.jp"],
        "page_url": "https://www.city.example.lg.jp/kyoryoku.html",
        "status": "ok",
        "checked_at": "2026-11-20T03:00:00Z",
    }
    return FilingRecord(municipality=ref, **{**base, **values})


def test_how_is_attached_and_fresh_pages_give_no_warning() -> None:
    result = plan(m(TACHIKAWA), m(TACHIKAWA), "coe", how=lambda x: record(x.code), today=TODAY)
    filing = result.filings[0]
    assert filing.how is not None and filing.how.emails == ["tabunka@city.example.lg.jp"]
    assert filing.instead == []
    assert not any("checked" in w.en for w in result.warnings)


@pytest.mark.parametrize(
    ("values", "warning"),
    [
        ({"checked_at": "2026-05-01T00:00:00Z"}, "checked 209 days ago"),
        ({"status": "unreachable"}, "status 'unreachable'"),
        ({"checked_at": None}, "unknown when"),
    ],
)
def test_stale_or_failing_pages_are_flagged(values: dict[str, object], warning: str) -> None:
    result = plan(m(TACHIKAWA), None, "coe", how=lambda x: record(x.code, **values), today=TODAY)
    assert any(warning in w.en for w in result.warnings)
    assert result.filings[0].how is not None


def test_no_page_known_says_what_to_do_instead() -> None:
    empty = record(TAMA, methods=[], emails=[], page_url=None, status="not_found")
    result = plan(
        m(TAMA),
        None,
        "coe",
        how=lambda x: empty,
        homepage=lambda x: "https://www.city.tama.lg.jp/",
        today=TODAY,
    )
    instead = " ".join(s.en for s in result.filings[0].instead)
    assert "status: not_found" in instead
    assert "https://www.city.tama.lg.jp/" in instead
    assert "https://www.moj.go.jp/isa/" in instead


def test_plan_json_shape() -> None:
    result = plan(m(NAKA_KU), m(TAMA), "coe", how=lambda x: record(x.code), today=TODAY)
    data = result.to_json()
    assert set(data) >= {"filings", "not_needed", "warnings"}
    first = data["filings"][0]
    assert first["municipality"] == {"code": YOKOHAMA, "name": "横浜市", "prefecture": "神奈川県"}
    assert first["roles"] == ["workplace"]
    assert first["how"]["municipality"]["code"] == YOKOHAMA
    assert "在留資格認定証明書交付申請" in first["before"] and "Certificate" in first["before"]
    assert data["filings"][1]["how"]["emails"] == ["tabunka@city.example.lg.jp"]


# --- plan_for_places: names and addresses ------------------------------------------------------


def test_ambiguous_name_names_the_role_and_candidates() -> None:
    with pytest.raises(AmbiguousPlace) as info:
        plan_for_places(None, "府中市", "立川市", "coe")
    assert str(info.value) == (
        "workplace: 府中市 is ambiguous: 東京都府中市 (132063), 広島県府中市 (342084)"
    )


def test_prefecture_disambiguates() -> None:
    result = plan_for_places(None, "東京都府中市", "広島県府中市", "coe", today=TODAY)
    assert [f.municipality.code for f in result.filings] == [FUCHU_TOKYO, FUCHU_HIROSHIMA]


def test_every_bad_place_and_event_is_reported_together() -> None:
    with pytest.raises(PlaceError) as info:
        plan_for_places(None, "立川市", "存在しない市", "visa", ["伊達市"])
    message = str(info.value)
    assert "event: 'visa' is not an event" in message
    assert "residence: 存在しない市" in message
    assert "already filed: 伊達市 is ambiguous" in message


def test_unknown_place_is_an_unknown_place() -> None:
    with pytest.raises(UnknownPlace, match="workplace: Atlantis"):
        plan_for_places(None, "Atlantis", None, "coe")


def test_wards_by_name_and_address() -> None:
    result = plan_for_places(
        None, "横浜市中区", "神奈川県横浜市港北区日吉本町1-2-3", "change_of_status", today=TODAY
    )
    assert [(f.municipality.code, f.roles) for f in result.filings] == [
        (YOKOHAMA, ["workplace", "residence"])
    ]


def test_how_comes_from_the_database_and_homepage_from_sources() -> None:
    db = store.memory_db()
    store.save_filing(
        db,
        TACHIKAWA,
        FilingInfo(methods=["email"], emails=["tabunka@city.example.lg.jp"], page_url="https://x/"),
        snapshot_id=None,
    )
    store.upsert_source(
        db, {"code": TAMA, "name": "多摩市", "prefecture": "東京都", "homepage": "https://tama/"}
    )
    store.set_status(db, TAMA, "not_found")
    result = plan_for_places(db, "立川市", "多摩市", "coe", already_filed=[], today=TODAY)
    tachikawa, tama = result.filings
    assert tachikawa.how is not None and tachikawa.how.emails == ["tabunka@city.example.lg.jp"]
    assert tama.how is not None and tama.how.status == "not_found"
    assert any("https://tama/" in s.en for s in tama.instead)


def test_already_filed_by_name() -> None:
    result = plan_for_places(None, "立川市", "多摩市", "renewal", ["立川市", "多摩市"])
    assert result.filings == []


def test_missing_event_assumes_coe_and_says_so() -> None:
    result = plan_for_places(None, "立川市", None, None, today=TODAY)
    assert result.event == "coe"
    assert "No event given" in result.warnings[0].en


# --- the rules table --------------------------------------------------------------------------


def test_write_rules_replaces_the_table() -> None:
    db = store.memory_db()
    store.write_rules(db, RULES)
    store.write_rules(db, RULES[:3])
    rows = list(db["rules"].rows)
    assert [r["id"] for r in rows] == ["where", "when-new", "when-existing"]
    assert rows[0]["text_ja"].startswith("特定技能外国人が活動する")


def test_write_rules_is_all_or_nothing() -> None:
    db = store.memory_db()
    store.write_rules(db, RULES)
    duplicate = Rule("where", "重複", "duplicate", "test")
    with pytest.raises(sqlite3.IntegrityError):
        store.write_rules(db, [*RULES[:2], duplicate])
    assert db["rules"].count == len(RULES)


def test_page_found_without_details_is_shown_with_what_to_do_instead() -> None:
    no_info = record(TAMA, methods=[], emails=[], status="no_info")
    result = plan(m(TAMA), None, "coe", how=lambda x: no_info, today=TODAY)
    instead = " ".join(s.en for s in result.filings[0].instead)
    assert "https://www.city.example.lg.jp/kyoryoku.html" in instead
    assert "status: no_info" in instead


def test_a_move_without_already_filed_asks_for_it() -> None:
    result = plan(m(TACHIKAWA), m(MACHIDA), "worker_moved", today=TODAY)
    assert len(result.filings) == 2
    assert any("--already-filed" in w.en for w in result.warnings)
    known = plan(m(TACHIKAWA), m(MACHIDA), "worker_moved", already_filed={TACHIKAWA}, today=TODAY)
    assert not any("--already-filed" in w.en for w in known.warnings)


def test_plan_json_in_one_language() -> None:
    data = plan(m(TACHIKAWA), m(TAMA), "coe", today=TODAY).to_json("en")
    assert data["filings"][0]["before"].startswith("after signing the employment contract")
    assert data["not_needed"][-1]["reason"] == RULES_BY_ID["only-document"].text_en
    ja = plan(m(TACHIKAWA), m(TAMA), "coe", today=TODAY).to_json("ja")
    assert ja["filings"][0]["before"] == "特定技能雇用契約の締結後、在留資格認定証明書交付申請の前"
