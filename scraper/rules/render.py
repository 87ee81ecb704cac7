"""A plan as readable text, in Japanese (default) or English, for the terminal."""

from __future__ import annotations

from ..models import METHOD_LABELS, NOTES, FilingRecord
from .data import EVENTS_BY_ID, RULES_BY_ID
from .plan import Plan, PlannedFiling

ROLE_LABELS: dict[str, tuple[str, str]] = {
    "workplace": ("勤務地", "workplace"),
    "residence": ("住居地", "residence"),
}
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("協力確認書の提出先", "Where to file the 協力確認書"),
    "workplace": ("勤務地", "Workplace"),
    "residence": ("住居地", "Residence"),
    "unknown": ("(指定なし)", "(not given)"),
    "event": ("事由", "Event"),
    "needed": ("提出が必要な市区町村", "Municipalities to file with"),
    "none": ("なし(新たな提出は不要)", "none (nothing new to file)"),
    "why": ("理由", "Why"),
    "before": ("期限", "When"),
    "how": ("提出方法", "How"),
    "methods": ("方法", "Methods"),
    "emails": ("メール", "E-mail"),
    "form_urls": ("フォーム", "Online form"),
    "address": ("郵送先・所在地", "Address"),
    "department": ("担当", "Department"),
    "phones": ("電話", "Phone"),
    "faxes": ("FAX", "Fax"),
    "templates": ("様式", "Template"),
    "notes": ("注意", "Notes"),
    "page": ("出典", "Source page"),
    "checked": ("確認日", "checked"),
    "instead": ("代わりに", "Instead"),
    "not_needed": ("不要なこと", "Not needed"),
    "warnings": ("注意事項", "Warnings"),
    "reminders": ("その他", "Also"),
}


def _w(key: str, lang: str) -> str:
    ja, en = _WORDS[key]
    return en if lang == "en" else ja


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def _sep(lang: str) -> str:
    return ", " if lang == "en" else "、"


def how_lines(how: FilingRecord, lang: str) -> list[str]:
    """The contact details a filer acts on, one labelled line each (empty fields skipped)."""
    sep = _sep(lang)
    lines: list[tuple[str, str]] = [
        ("methods", sep.join(METHOD_LABELS[m].text(lang) for m in how.methods)),
        ("emails", sep.join(how.emails)),
        ("form_urls", " ".join(how.form_urls)),
        ("address", " ".join([*(f"〒{p}" for p in how.postal_codes), *how.addresses])),
        ("department", how.department or ""),
        ("phones", sep.join(how.phones)),
        ("faxes", sep.join(how.faxes)),
        ("templates", " ".join(f"{t.label} ({t.format}) {t.url}" for t in how.templates)),
        (
            "notes",
            sep.join(NOTES.get(n, n) if lang == "en" else n for n in how.notes),
        ),
    ]
    out = [f"{_w(key, lang)}: {value}" for key, value in lines if value]
    if how.page_url:
        checked = f" ({_w('checked', lang)} {how.checked_at[:10]})" if how.checked_at else ""
        out.append(f"{_w('page', lang)}: {how.page_url}{checked}")
    return out


def _filing(index: int, f: PlannedFiling, lang: str) -> list[str]:
    m = f.municipality
    roles = _sep(lang).join(_pick(ROLE_LABELS[r], lang) for r in f.roles)
    lines = [f"{index}. {m.prefecture}{m.name} ({m.code}) — {roles}"]
    if f.places and f.places != [f"{m.prefecture}{m.name}"]:
        lines.append(f"   ← {_sep(lang).join(f.places)}")
    lines.append(f"   {_w('why', lang)}:")
    lines += [f"     - [{r}] {RULES_BY_ID[r].text(lang)}" for r in f.rules]
    lines.append(f"   {_w('before', lang)}: {f.before.text(lang)}")
    if f.how is not None and not f.instead:
        lines.append(f"   {_w('how', lang)}:")
        lines += [f"     {line}" for line in how_lines(f.how, lang)]
    if f.instead:
        lines.append(f"   {_w('instead', lang)}:")
        lines += [f"     - {s.text(lang)}" for s in f.instead]
    return lines


def render_plan(plan: Plan, lang: str = "ja") -> str:
    """The plan as the text `kyoryoku plan` prints."""
    w, r = plan.workplace, plan.residence
    lines = [
        f"{_w('title', lang)}",
        f"  {_w('workplace', lang)}: {w.prefecture}{w.name} ({w.code})",
        f"  {_w('residence', lang)}: "
        + (f"{r.prefecture}{r.name} ({r.code})" if r else _w("unknown", lang)),
        f"  {_w('event', lang)}: {EVENTS_BY_ID[plan.event].label(lang)} [{plan.event}]",
        "",
        f"■ {_w('needed', lang)}: "
        + (str(len(plan.filings)) if plan.filings else _w("none", lang)),
    ]
    for i, f in enumerate(plan.filings, 1):
        lines += ["", *_filing(i, f, lang)]
    if plan.not_needed:
        lines += ["", f"■ {_w('not_needed', lang)}:"]
        lines += [f"  - [{n.rule}] {n.reason.text(lang)}" for n in plan.not_needed]
    if plan.warnings:
        lines += ["", f"■ {_w('warnings', lang)}:"]
        lines += [f"  - {s.text(lang)}" for s in plan.warnings]
    if plan.reminders:
        lines += ["", f"■ {_w('reminders', lang)}:"]
        lines += [f"  - [{r}] {RULES_BY_ID[r].text(lang)}" for r in plan.reminders]
    return "\n".join(lines) + "\n"
