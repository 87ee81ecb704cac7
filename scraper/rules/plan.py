"""Where, when and how to file for one worker: the single place the planning logic lives.

`plan()` is pure (municipalities in, a `Plan` out); `plan_for_places()` resolves names or
addresses with the registry and reads how each municipality accepts the form from the database.
The CLI, the bulk CSV checklist and the Datasette plan page all go through these two functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from pydantic import BaseModel

from ..errors import AmbiguousPlace, ConfigError, PlaceError, UnknownPlace
from ..models import FilingRecord, Municipality, MunicipalityRef
from .data import EVENTS_BY_ID, NO_REPORT_EVENTS, RULES_BY_ID, check_event, parse_event

STALE_AFTER = timedelta(days=90)
"""A municipality's page checked longer ago than this gets a freshness warning."""

DEFAULT_EVENT = "coe"

# The agency's site; the form's own page has moved more than once, so we point at the top page
# and name what to look for.
NATIONAL_SITE = "https://www.moj.go.jp/isa/"


class Say(BaseModel):
    """A message in Japanese and English; rendering picks one or both."""

    ja: str
    en: str

    def text(self, lang: str | None = None) -> str:
        if lang == "en":
            return self.en
        if lang == "ja":
            return self.ja
        return f"{self.ja} ({self.en})"


class PlannedFiling(BaseModel):
    """One municipality that needs the form, why, by when, and how it accepts it."""

    municipality: MunicipalityRef
    roles: list[str]
    places: list[str]
    rules: list[str]
    before: Say
    how: FilingRecord | None = None
    instead: list[Say] = []


class NotNeeded(BaseModel):
    rule: str
    reason: Say


class Plan(BaseModel):
    event: str
    workplace: MunicipalityRef
    residence: MunicipalityRef | None = None
    filings: list[PlannedFiling] = []
    not_needed: list[NotNeeded] = []
    warnings: list[Say] = []
    reminders: list[str] = ["who"]

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        """The plan as JSON: texts in one language, or both ("日本語 (English)") if None."""
        return {
            "event": self.event,
            "workplace": self.workplace.model_dump(),
            "residence": self.residence.model_dump() if self.residence else None,
            "filings": [
                {
                    "municipality": f.municipality.model_dump(),
                    "roles": f.roles,
                    "places": f.places,
                    "rules": f.rules,
                    "before": f.before.text(lang),
                    "how": f.how.model_dump(mode="json") if f.how else None,
                    "instead": [s.text(lang) for s in f.instead],
                }
                for f in self.filings
            ],
            "not_needed": [
                {"rule": n.rule, "reason": n.reason.text(lang)} for n in self.not_needed
            ],
            "warnings": [w.text(lang) for w in self.warnings],
            "reminders": [
                {"rule": r, "text": RULES_BY_ID[r].text(lang or "ja")} for r in self.reminders
            ],
        }


def ref(m: Municipality) -> MunicipalityRef:
    return MunicipalityRef(code=m.code, name=m.name, prefecture=m.prefecture)


# --- before which application ----------------------------------------------------------------

_AFTER_CHANGE = Say(
    ja="変更後速やかに(遅くとも当該外国人に係る次の在留諸申請の前。申請書で提出の有無を問われる)",
    en="promptly after the change (at the latest before the worker's next immigration "
    "application, whose form asks whether it was submitted)",
)
BEFORE: dict[str, Say] = {
    "coe": Say(
        ja="特定技能雇用契約の締結後、在留資格認定証明書交付申請の前",
        en="after signing the employment contract, before the Certificate of Eligibility "
        "application",
    ),
    "change_of_status": Say(
        ja="特定技能雇用契約の締結後、在留資格変更許可申請の前",
        en="after signing the employment contract, before the change-of-status application",
    ),
    "existing_worker": Say(
        ja="2025年4月1日以降初めての在留資格変更許可申請又は在留期間更新許可申請の前",
        en="before the first change-of-status or renewal application filed on or after 2025-04-01",
    ),
    "renewal": Say(
        ja="在留期間更新許可申請の前",
        en="before the renewal application",
    ),
    "worker_moved": _AFTER_CHANGE,
    "workplace_moved": _AFTER_CHANGE,
    "details_changed": _AFTER_CHANGE,
}

_EVENT_RULES: dict[str, tuple[str, ...]] = {
    "coe": ("when-new", "coe-planned"),
    "change_of_status": ("when-new",),
    "existing_worker": ("when-existing",),
    "renewal": ("when-existing",),
    "worker_moved": ("moved-worker",),
    "workplace_moved": ("moved-workplace",),
    "details_changed": ("changed-details",),
}


def _rules_for(event: str, roles: list[str]) -> list[str]:
    """The rule ids that require a filing for this event and these roles."""
    extra = _EVENT_RULES[event]
    if event == "workplace_moved" and "workplace" not in roles:
        extra = ()  # the residence did not move: it only needs the form if never filed
    return ["where", *extra]


# --- what to do when no page is known ---------------------------------------------------------


def _instead(m: Municipality, how: FilingRecord | None) -> list[Say]:
    if how is None:
        first = Say(
            ja=f"{m.full_name}の提出方法はまだ調べられていません(未収集)。",
            en=f"How {m.full_name} accepts the form is not known yet (not crawled).",
        )
    else:
        first = Say(
            ja=f"{m.full_name}の協力確認書のページから提出方法が得られていません"
            f"(状態: {how.status})。",
            en=f"No page about the form with usable details was found for {m.full_name} "
            f"(status: {how.status}).",
        )
    out = [first]
    if how is not None and how.page_url:
        out.append(
            Say(
                ja=f"見つかったページ(提出方法を読み取れず): {how.page_url}",
                en=f"The page found (no submission details could be read from it): {how.page_url}",
            )
        )
    if m.homepage:
        out.append(
            Say(
                ja=f"市区町村のホームページで「協力確認書」を検索するか、担当課に問い合わせる: "
                f"{m.homepage}",
                en=f"Search the municipality's homepage for 協力確認書 or ask its office: "
                f"{m.homepage}",
            )
        )
    out.append(
        Say(
            ja=f"様式は出入国在留管理庁ウェブサイトの特定技能のページ(協力確認書)から入手できる: "
            f"{NATIONAL_SITE}",
            en=f"The national template is on the Immigration Services Agency's site (SSW pages, "
            f"協力確認書): {NATIONAL_SITE}",
        )
    )
    return out


def _parse_time(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _freshness(m: Municipality, how: FilingRecord, today: date) -> list[Say]:
    """Warnings that tell the user to check the municipality's page before relying on it."""
    out: list[Say] = []
    if how.status not in ("ok", "unknown"):
        out.append(
            Say(
                ja=f"{m.full_name}: 最後の確認時の状態は「{how.status}」です。ページで最新情報を"
                "確認してください。",
                en=f"{m.full_name}: the last check ended with status {how.status!r}; check the "
                "page before relying on these details.",
            )
        )
    checked = _parse_time(how.checked_at) if how.checked_at else None
    if checked is None and how.has_info():
        out.append(
            Say(
                ja=f"{m.full_name}: 確認日が不明です。",
                en=f"{m.full_name}: it is unknown when this page was last checked.",
            )
        )
    elif checked is not None and today - checked.date() > STALE_AFTER:
        days = (today - checked.date()).days
        out.append(
            Say(
                ja=f"{m.full_name}: 情報は{days}日前({checked.date()})の確認です。"
                "提出前にページで最新情報を確認してください。",
                en=f"{m.full_name}: these details were checked {days} days ago "
                f"({checked.date()}); check the page before filing.",
            )
        )
    return out


# --- the plan ---------------------------------------------------------------------------------


def plan(
    workplace: Municipality,
    residence: Municipality | None,
    event: str,
    *,
    already_filed: Iterable[str] = frozenset(),
    how: Callable[[Municipality], FilingRecord | None] | None = None,
    today: date | None = None,
    registry: Any = None,
    homepage: Callable[[Municipality], str | None] | None = None,
) -> Plan:
    """The filings one worker's event needs. Pure: the only input besides the arguments is the
    registry, used to map designated-city wards to their city and filed codes to municipalities.

    `already_filed` holds the codes of municipalities the organization has already filed with;
    `how` gives a municipality's stored filing information, `homepage` its homepage when the
    registry does not know it (both only used for municipalities that need a filing).
    """
    from ..municipalities import default_registry, filing_municipality

    check_event(event)
    reg = registry or default_registry()
    today = today or datetime.now(UTC).date()
    warnings: list[Say] = []

    def to_filing(m: Municipality) -> Municipality:
        city = filing_municipality(m, reg)
        if city.code != m.code:
            warnings.append(
                Say(
                    ja=f"{m.full_name}は政令指定都市の行政区です。提出先は{city.full_name}です。",
                    en=f"{m.full_name} is a ward of the designated city {city.full_name}: "
                    f"the form goes to {city.full_name}.",
                )
            )
        return city

    filed: set[str] = set()
    for code in already_filed:
        known = reg.get(code)
        filed.add(filing_municipality(known, reg).code if known else code)

    w = to_filing(workplace)
    r = to_filing(residence) if residence is not None else None
    targets: dict[str, tuple[Municipality, list[str], list[str]]] = {}
    for role, place, m in (("workplace", workplace, w), ("residence", residence, r)):
        if m is None or place is None:
            continue
        entry = targets.setdefault(m.code, (m, [], []))
        entry[1].append(role)
        if place.full_name not in entry[2]:
            entry[2].append(place.full_name)

    result = Plan(event=event, workplace=ref(w), residence=ref(r) if r else None)
    if event in NO_REPORT_EVENTS:
        _plan_no_report(result, [t[0] for t in targets.values()], warnings)
    else:
        for m, roles, places in targets.values():
            if m.code in filed and event != "details_changed":
                result.not_needed.append(_already_filed(m))
                continue
            record = how(m) if how else None
            if not m.homepage and homepage:
                m = m.model_copy(update={"homepage": homepage(m)})
            usable = record is not None and record.has_info()
            result.filings.append(
                PlannedFiling(
                    municipality=ref(m),
                    roles=roles,
                    places=places,
                    rules=_rules_for(event, roles),
                    before=BEFORE[event],
                    how=record,
                    instead=[] if usable else _instead(m, record),
                )
            )
            if record is not None and usable:
                warnings.extend(_freshness(m, record, today))
        warnings.extend(_event_warnings(event, result, r, filed, reg))
    result.not_needed.append(NotNeeded(rule="only-document", reason=_rule_say("only-document")))
    warnings.extend(_date_warnings(event, today))
    result.warnings = warnings
    return result


def _rule_say(rule_id: str) -> Say:
    rule = RULES_BY_ID[rule_id]
    return Say(ja=rule.text_ja, en=rule.text_en)


def _already_filed(m: Municipality) -> NotNeeded:
    return NotNeeded(
        rule="once",
        reason=Say(
            ja=f"{m.full_name}には提出済みのため、再提出は不要です(記載事項が変わった場合を除く)。",
            en=f"Already filed with {m.full_name}: no new submission is needed there "
            "(unless details on the form changed).",
        ),
    )


def _plan_no_report(result: Plan, places: list[Municipality], warnings: list[Say]) -> None:
    names = "、".join(m.full_name for m in places)
    label = EVENTS_BY_ID[result.event]
    result.not_needed.append(
        NotNeeded(
            rule="no-report",
            reason=Say(
                ja=f"{label.label_ja}について、提出先の市区町村({names})への報告等は不要です。",
                en=f"{label.label_en}: no report to the municipalities filed with ({names}) "
                "is needed.",
            ),
        )
    )
    if result.event in ("moved_out", "job_change"):
        warnings.append(
            Say(
                ja="外国人が引き続き貴機関で別の市区町村で活動・居住する場合は、"
                "その市区町村への提出が必要です(事由 worker_moved)。",
                en="If the worker stays with your organization and now works or lives in "
                "another municipality, that municipality needs the form (event worker_moved).",
            )
        )


def _event_warnings(
    event: str, result: Plan, residence: Municipality | None, filed: set[str], reg: Any
) -> list[Say]:
    out: list[Say] = []
    if residence is None:
        out.append(
            Say(
                ja="住居地が指定されていません。住居地の市区町村が勤務地と異なる場合は、"
                "そこにも提出が必要です。",
                en="No residence given: if the worker lives in another municipality than the "
                "workplace, that municipality needs the form too.",
            )
        )
    if event == "coe":
        out.append(
            Say(
                ja="入国後に予定と別の市区町村で活動・居住することになった場合は、"
                "その市区町村にも提出が必要です(事由 worker_moved)。",
                en="If after entry the worker works or lives in another municipality than "
                "planned, file there too (event worker_moved).",
            )
        )
    if event in ("worker_moved", "workplace_moved") and not filed:
        out.append(
            Say(
                ja="提出済みの市区町村が指定されていないため、両方の市区町村を計画しました。"
                "提出済みのもの(移動前から変わらない方など)は --already-filed で指定してください。",
                en="No municipality was given as already filed, so both are planned: pass the "
                "ones you already filed with (e.g. the one that did not change) with "
                "--already-filed.",
            )
        )
    if event == "renewal" and result.filings:
        names = "、".join(
            f"{f.municipality.prefecture}{f.municipality.name}" for f in result.filings
        )
        out.append(
            Say(
                ja=f"{names}は提出済みとして指定されていません。2025年4月1日以降初めての申請なら"
                "提出が必要です。既に提出済みなら --already-filed で指定してください。",
                en=f"{names}: not listed as already filed. If this is the worker's first "
                "application since 2025-04-01 it needs the form; if you did file, pass it with "
                "--already-filed.",
            )
        )
    if event == "details_changed":
        planned = {f.municipality.code for f in result.filings}
        others = [reg.get(c) for c in sorted(filed - planned)]
        names = "、".join(m.full_name for m in others if m is not None)
        if names:
            out.append(
                Say(
                    ja=f"変わったのが所属機関の担当者連絡先等なら、提出済みの{names}にも"
                    "改めて提出してください。",
                    en=f"If what changed is the organization's contact details, file again "
                    f"with {names} as well.",
                )
            )
    return out


def _date_warnings(event: str, today: date) -> list[Say]:
    if today < date(2025, 4, 1):
        return [
            Say(
                ja="協力確認書の提出は2025年4月1日以降の申請から必要です。",
                en="The form is required for applications from 2025-04-01.",
            )
        ]
    if today <= date(2025, 4, 30) and event in BEFORE:
        return [
            Say(
                ja="経過措置:2025年4月中の申請に限り、同月中の提出でよく、申請書に"
                "提出予定日を記載します。",
                en=_rule_say("april-2025").en,
            )
        ]
    return []


# --- from names and addresses -----------------------------------------------------------------


def describe_place_error(role: str, text: str, exc: PlaceError) -> str:
    """One line naming the role, the text and the problem, with the candidates or suggestions."""
    options = [
        f"{o.full_name} ({o.code})" if isinstance(o, Municipality) else str(o) for o in exc.options
    ]
    if isinstance(exc, AmbiguousPlace):
        return f"{role}: {text} is ambiguous: {', '.join(options)}"
    hint = f"; did you mean: {', '.join(options[:5])}" if options else ""
    return f"{role}: {text} is not a known municipality or address{hint}"


def resolve_places(
    reg: Any, places: Iterable[tuple[str, str]]
) -> tuple[list[Municipality | None], list[tuple[PlaceError, str]]]:
    """Resolve (role, text) pairs; every failure is collected, so all can be reported at once."""
    found: list[Municipality | None] = []
    errors: list[tuple[PlaceError, str]] = []
    for role, text in places:
        try:
            found.append(reg.resolve(text))
        except PlaceError as exc:
            found.append(None)
            errors.append((exc, describe_place_error(role, text, exc)))
    return found, errors


def raise_place_errors(errors: list[tuple[PlaceError, str]], also: Iterable[str] = ()) -> None:
    """One PlaceError carrying every message (and the first error's options)."""
    if not errors:
        return
    kinds = {type(e) for e, _ in errors}
    cls = AmbiguousPlace if kinds == {AmbiguousPlace} else UnknownPlace
    first = errors[0][0]
    message = "; ".join([*also, *(m for _, m in errors)])
    raise cls(message, query=first.query, options=first.options)


def filing_lookup(db: Any) -> Callable[[Municipality], FilingRecord | None]:
    """How a municipality accepts the form, from the database (None when never crawled)."""
    from .. import store

    def how(m: Municipality) -> FilingRecord | None:
        if db is None:
            return None
        known = db["filings"].count_where("code = ?", [m.code]) or store.get_source(db, m.code)
        return store.filing_record(db, ref(m)) if known else None

    return how


def source_homepage(db: Any, m: Municipality) -> str | None:
    """The homepage recorded in the sources table (the registry may not know it)."""
    if db is None:
        return None
    from .. import store

    return (store.get_source(db, m.code) or {}).get("homepage")


def plan_for_places(
    db: Any,
    workplace: str,
    residence: str | None,
    event: str | None = None,
    already_filed: Iterable[str] = (),
    registry: Any = None,
    *,
    today: date | None = None,
) -> Plan:
    """plan() from what a user types: names (kanji, kana, romaji) or addresses.

    Place errors name the role ("workplace: 府中市 is ambiguous: …") and are all reported at once.
    `db` may be None (no crawl yet): the plan then says what to do instead of how.
    """
    from ..municipalities import default_registry

    reg = registry or default_registry()
    assumed = event is None or not event.strip()
    problems: list[str] = []
    try:
        event = parse_event(DEFAULT_EVENT if assumed else str(event))
    except ConfigError as exc:
        problems.append(str(exc))
    pairs = [("workplace", workplace)]
    if residence and residence.strip():
        pairs.append(("residence", residence))
    pairs += [("already filed", p) for p in already_filed if p.strip()]
    found, errors = resolve_places(reg, pairs)
    raise_place_errors(errors, also=problems)
    if problems:
        raise ConfigError("; ".join(problems))
    assert event is not None
    has_residence = len(pairs) > 1 and pairs[1][0] == "residence"
    w, r = found[0], found[1] if has_residence else None
    assert w is not None  # resolve_places raised otherwise
    filed_codes = {m.code for m in found[1 + has_residence :] if m is not None}
    result = plan(
        w,
        r,
        event,
        already_filed=filed_codes,
        how=filing_lookup(db),
        today=today,
        registry=reg,
        homepage=lambda m: source_homepage(db, m),
    )
    if assumed:
        result.warnings.insert(
            0,
            Say(
                ja=f"事由が指定されていないため「{EVENTS_BY_ID[event].label_ja}」とみなしました"
                "(--event で指定)。",
                en=f"No event given: assumed {EVENTS_BY_ID[event].label_en!r} (set it with "
                "--event).",
            ),
        )
    return result
