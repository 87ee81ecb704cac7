"""The national rules and the events a plan starts from, as data.

Kept apart from the planning code so the same texts feed the CLI, the JSON, the `rules` table and
the Datasette plan page. Every rule cites where the Immigration Services Agency (出入国在留管理庁)
says it: its explanation of the form (説明) or its Q&A.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError
from ..textnorm import squash

_ISA = "出入国在留管理庁「特定技能所属機関による協力確認書の提出について」"


@dataclass(frozen=True)
class Rule:
    """One national rule about the 協力確認書, in Japanese and English, with its source."""

    id: str
    text_ja: str
    text_en: str
    source: str

    def text(self, lang: str) -> str:
        return self.text_en if lang == "en" else self.text_ja


RULES: tuple[Rule, ...] = (
    Rule(
        "where",
        "特定技能外国人が活動する事業所の所在地と住居地が属する市区町村のそれぞれに提出する。"
        "両者が同じ市区町村なら、その市区町村に1通提出する。",
        "Submit to the municipality of the worker's workplace and to the municipality where the "
        "worker lives. If both are the same municipality, submit one copy to it.",
        f"{_ISA}(説明:提出先)",
    ),
    Rule(
        "when-new",
        "初めて特定技能外国人を受け入れる場合:特定技能雇用契約の締結後、"
        "在留資格認定証明書交付申請又は在留資格変更許可申請を行う前に提出する。",
        "First acceptance of a worker: after signing the SSW employment contract, before filing "
        "the Certificate of Eligibility application or the change-of-status application.",
        f"{_ISA}(説明:提出が必要な時点)",
    ),
    Rule(
        "when-existing",
        "2025年4月1日時点で既に受け入れている場合:同日以降初めて当該外国人に係る"
        "在留資格変更許可申請又は在留期間更新許可申請を行う前に提出する。",
        "A worker already employed on 2025-04-01: submit before the first change-of-status or "
        "renewal application for that worker filed on or after 2025-04-01.",
        f"{_ISA}(説明:提出が必要な時点)",
    ),
    Rule(
        "once",
        "一度提出した市区町村には、同じ事業所で活動する他の特定技能外国人を受け入れる際や"
        "その後の申請の際に再提出する必要はない。",
        "Once submitted to a municipality, no new submission is needed there for other workers "
        "at the same workplace, nor for later applications.",
        f"{_ISA}(説明:再提出の要否)",
    ),
    Rule(
        "moved-worker",
        "特定技能外国人が別の市区町村で活動又は居住することになった場合は、"
        "その市区町村に提出する。",
        "A worker who comes to work or live in another municipality: submit to that municipality.",
        f"{_ISA}(説明:再提出の要否)",
    ),
    Rule(
        "changed-details",
        "事業所の所在地、住居地、特定技能所属機関の担当者連絡先等に変更が生じた場合は、"
        "改めて該当する市区町村に提出する(提出済みでも必要)。",
        "When the workplace address, the residence or the organization's contact details on the "
        "form change, submit again to the municipality concerned, even if already submitted.",
        f"{_ISA}(説明:再提出の要否)",
    ),
    Rule(
        "moved-workplace",
        "事業所の所在地が、それまで所属機関の特定技能外国人が活動していなかった市区町村に"
        "変わった場合は、その市区町村に再提出する。",
        "When the workplace moves to a municipality where none of the organization's SSW workers "
        "worked before, submit to that municipality.",
        f"{_ISA}(Q&A:事業所の所在地が東京都C市から東京都D市に変わった場合)",
    ),
    Rule(
        "coe-planned",
        "在留資格認定証明書交付申請では、活動・居住の予定地の市区町村に提出する。"
        "入国後に別の市区町村で活動又は居住することになれば、その市区町村にも提出する。",
        "For a Certificate of Eligibility application, submit to the municipality where the "
        "worker is planned to work and live; if after entry they work or live elsewhere, submit "
        "there too.",
        f"{_ISA}(Q&A:在留資格認定証明書交付申請を行う予定で、東京都H市で活動・居住予定の場合)",
    ),
    Rule(
        "no-report",
        "特定技能外国人が転職・転出・帰国等をした場合や、在留諸申請が不許可等になった場合に、"
        "提出先の市区町村へ報告する必要はない。",
        "No report to the municipality is needed when a worker changes job, moves out, goes "
        "home, or when an application is refused.",
        f"{_ISA}(Q&A:転職・転出・帰国等の場合/不許可等の場合)",
    ),
    Rule(
        "who",
        "協力確認書を提出できるのは、特定技能所属機関の代表者又は職員である。",
        "The organization's representative or one of its employees submits the form.",
        f"{_ISA}(Q&A:誰が提出できるか)",
    ),
    Rule(
        "only-document",
        "協力確認書以外に市区町村へ提出する書類等はない。",
        "Nothing other than the form is submitted to the municipality.",
        f"{_ISA}(Q&A:協力確認書以外に提出する書類等)",
    ),
    Rule(
        "april-2025",
        "経過措置:2025年4月中に行う申請に限り、同月中の提出でよく、"
        "申請書には提出予定日を記載する。",
        "Transitional: for applications filed in April 2025 only, the form could be submitted "
        "during April 2025, writing the planned date (提出予定日) on the application.",
        "出入国在留管理庁 施行当初(2025年4月)の経過的な取扱い",
    ),
)
RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}


@dataclass(frozen=True)
class Event:
    """What happened to (or is planned for) a worker; it decides which rules apply."""

    id: str
    label_ja: str
    label_en: str
    aliases: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_ja


EVENTS: tuple[Event, ...] = (
    Event(
        "coe",
        "新規受入れ(在留資格認定証明書交付申請)",
        "New worker from abroad (Certificate of Eligibility application)",
        (
            "認定",
            "在留資格認定",
            "在留資格認定証明書交付申請",
            "認定証明書",
            "新規",
            "new",
            "certificate_of_eligibility",
        ),
    ),
    Event(
        "change_of_status",
        "新規受入れ(国内から:在留資格変更許可申請)",
        "New worker already in Japan (change-of-status application)",
        ("変更", "在留資格変更", "在留資格変更許可申請", "change"),
    ),
    Event(
        "existing_worker",
        "2025年4月1日前から雇用している外国人(同日以降初めての変更・更新申請)",
        "Worker employed before 2025-04-01 (first change or renewal on or after that date)",
        ("既存", "既存の外国人", "existing"),
    ),
    Event(
        "renewal",
        "在留期間更新(提出済みで変更なし)",
        "Later renewal of the period of stay (already filed, nothing changed)",
        ("更新", "期間更新", "在留期間更新許可申請", "在留期間更新"),
    ),
    Event(
        "worker_moved",
        "外国人が別の市区町村で活動・居住することになった",
        "The worker now works or lives in another municipality",
        ("転居", "転入", "引越し", "moved"),
    ),
    Event(
        "workplace_moved",
        "事業所の所在地が別の市区町村に変わった",
        "The workplace moved to another municipality",
        ("事業所移転", "移転"),
    ),
    Event(
        "details_changed",
        "協力確認書の記載事項(事業所の所在地・住居地・担当者連絡先等)が変わった",
        "Details on the form changed (workplace address, residence, contact person or details)",
        ("記載事項変更", "担当者変更", "変更届", "changed"),
    ),
    Event("job_change", "転職", "The worker changed job", ("退職",)),
    Event("moved_out", "転出", "The worker moved out", ("転出",)),
    Event("returned_home", "帰国", "The worker went home", ("帰国",)),
    Event("refused", "申請が不許可等になった", "An application was refused", ("不許可",)),
)
EVENTS_BY_ID: dict[str, Event] = {e.id: e for e in EVENTS}
NO_REPORT_EVENTS: frozenset[str] = frozenset(
    {"job_change", "moved_out", "returned_home", "refused"}
)

_EVENT_KEYS: dict[str, str] = {}
for _event in EVENTS:
    for _key in (_event.id, _event.id.replace("_", "-"), _event.label_ja, *_event.aliases):
        _EVENT_KEYS.setdefault(squash(_key).lower(), _event.id)


def parse_event(text: str) -> str:
    """An event id from its id, Japanese label or a common alias (「更新」, 「転出」, …)."""
    key = squash(text).lower()
    if key in _EVENT_KEYS:
        return _EVENT_KEYS[key]
    raise _not_an_event(text)


def check_event(event: str) -> str:
    """The event id itself, or ConfigError: plan() takes ids only, users may type aliases."""
    if event not in EVENTS_BY_ID:
        raise _not_an_event(event)
    return event


def _not_an_event(text: str) -> ConfigError:
    return ConfigError(f"event: {text!r} is not an event (one of: {', '.join(EVENTS_BY_ID)})")
