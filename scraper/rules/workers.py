"""A CSV of workers in, one checklist row per municipality out (deduplicated across workers).

Employers and 行政書士 keep worker lists in Excel, so the reader accepts what Excel writes: UTF-8
with or without a BOM, cp932 (Shift_JIS) with or without one, UTF-16 "Unicode text", commas or
tabs, and Japanese or English headers. Every bad row is reported at once, with its line number.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import BaseModel

from ..errors import InputError, ScraperError
from ..models import FilingRecord, Municipality, MunicipalityRef
from ..textnorm import squash
from .plan import Plan, Say, plan_for_places, raise_place_errors, resolve_places

# Accepted header names per column, compared after squash() and lower-casing.
COLUMNS: dict[str, tuple[str, ...]] = {
    "worker_id": (
        "worker_id",
        "worker",
        "workerid",
        "id",
        "name",
        "労働者id",
        "労働者",
        "外国人",
        "氏名",
        "名前",
        "社員番号",
        "従業員番号",
        "番号",
    ),
    "workplace": (
        "workplace",
        "勤務地",
        "事業所",
        "事業所の所在地",
        "事業所所在地",
        "就労場所",
        "勤務先",
        "勤務先住所",
    ),
    "residence": ("residence", "住居地", "住所", "居住地", "現住所"),
    "event": ("event", "事由", "申請", "申請種別", "イベント"),
    "already_filed": (
        "already_filed",
        "alreadyfiled",
        "filed",
        "提出済",
        "提出済み",
        "提出済市区町村",
        "提出済みの市区町村",
        "提出済み市区町村",
    ),
}
REQUIRED = ("worker_id", "workplace", "residence")
_LABELS = {"worker_id": "労働者ID", "workplace": "勤務地", "residence": "住居地"}
_HEADER_KEYS = {squash(alias).lower(): col for col, aliases in COLUMNS.items() for alias in aliases}
_LIST_SEPARATORS = (";", "、", ",", "/", "・")


@dataclass
class WorkerRow:
    line: int
    worker_id: str
    workplace: str
    residence: str
    event: str | None = None
    already_filed: list[str] = field(default_factory=list)


def decode_csv(data: bytes, name: str = "CSV") -> str:
    """Text of a CSV as Excel writes it: UTF-16 with BOM, UTF-8 (BOM or not), or cp932."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]  # also seen in front of cp932 bytes
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp932")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: cannot read the text: neither UTF-8 nor Shift_JIS/cp932 "
            f"(bad byte at offset {exc.start})"
        ) from exc


def _split_list(cell: str) -> list[str]:
    items = [cell]
    for sep in _LIST_SEPARATORS:
        items = [part for item in items for part in item.split(sep)]
    return [i.strip() for i in items if i.strip()]


def read_workers(data: bytes, name: str = "CSV") -> list[WorkerRow]:
    """Parse a workers CSV; InputError lists every problem (line numbers count from 1)."""
    text = decode_csv(data, name)
    if not text.strip():
        raise InputError(f"{name}: the file is empty (expected a header and one row per worker)")
    first_line = text.lstrip().splitlines()[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader)
    columns: dict[str, int] = {}
    problems: list[str] = []
    for index, raw in enumerate(header):
        col = _HEADER_KEYS.get(squash(raw).lower().strip("*※"))
        if col is None:
            continue
        if col in columns:
            first = header[columns[col]]
            problems.append(f"{name}: line 1: two columns mean {col}: {first!r} and {raw!r}")
        columns.setdefault(col, index)
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        wanted = ", ".join(f"{c} ({_LABELS[c]})" for c in missing)
        found = ", ".join(repr(h) for h in header) or "none"
        problems.append(f"{name}: line 1: missing column(s): {wanted}; the header has {found}")
    if problems:
        raise InputError("\n".join(problems))

    rows: list[WorkerRow] = []
    line = reader.line_num
    for record in reader:
        start, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in record):
            continue

        def cell(col: str, record: list[str] = record) -> str:
            i = columns.get(col)
            return record[i].strip() if i is not None and i < len(record) else ""

        row = WorkerRow(
            line=start,
            worker_id=cell("worker_id"),
            workplace=cell("workplace"),
            residence=cell("residence"),
            event=cell("event") or None,
            already_filed=_split_list(cell("already_filed")),
        )
        for col in ("worker_id", "workplace"):
            if not getattr(row, col):
                problems.append(f"{name}: line {start}: {col} ({_LABELS[col]}) is empty")
        rows.append(row)
    if not rows and not problems:
        raise InputError(f"{name}: no workers: the file has a header but no rows")
    if problems:
        raise InputError("\n".join(problems))
    return rows


class _CachingRegistry:
    """The registry with resolve() memoised: worker lists repeat the same few places."""

    def __init__(self, registry: Any) -> None:
        self._registry = registry
        self._resolved: dict[str, Municipality | ScraperError] = {}

    def resolve(self, text: str) -> Municipality:
        if text not in self._resolved:
            try:
                self._resolved[text] = self._registry.resolve(text)
            except ScraperError as exc:
                self._resolved[text] = exc
        found = self._resolved[text]
        if isinstance(found, ScraperError):
            raise found
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._registry, name)


class ChecklistRow(BaseModel):
    """One municipality to file with, and every worker (with roles) it covers."""

    municipality: MunicipalityRef
    workers: list[dict[str, Any]] = []
    roles: list[str] = []
    rules: list[str] = []
    before: list[Say] = []
    how: FilingRecord | None = None
    instead: list[Say] = []


class Checklist(BaseModel):
    rows: list[ChecklistRow]
    plans: list[tuple[WorkerRow, Plan]]

    model_config = {"arbitrary_types_allowed": True}

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "checklist": [
                {
                    "municipality": r.municipality.model_dump(),
                    "workers": r.workers,
                    "roles": r.roles,
                    "rules": r.rules,
                    "before": [b.text(lang) for b in r.before],
                    "how": r.how.model_dump(mode="json") if r.how else None,
                    "instead": [s.text(lang) for s in r.instead],
                }
                for r in self.rows
            ],
            "workers": [
                {
                    "worker_id": w.worker_id,
                    "line": w.line,
                    "event": p.event,
                    "filings": [f.municipality.code for f in p.filings],
                    "not_needed": [
                        {"rule": n.rule, "reason": n.reason.text(lang)} for n in p.not_needed
                    ],
                    "warnings": [s.text(lang) for s in p.warnings],
                }
                for w, p in self.plans
            ],
        }


def plan_workers(
    db: Any,
    workers: Iterable[WorkerRow],
    *,
    already_filed: Iterable[str] = (),
    registry: Any = None,
    today: date | None = None,
    name: str = "CSV",
) -> Checklist:
    """Plan every worker, then merge the filings by municipality. All bad rows fail together."""
    from ..municipalities import default_registry

    reg = _CachingRegistry(registry or default_registry())
    common = [p for p in already_filed if p.strip()]
    _, errors = resolve_places(reg, [("--already-filed", p) for p in common])
    raise_place_errors(errors)  # once, not once per row
    plans: list[tuple[WorkerRow, Plan]] = []
    problems: list[str] = []
    for w in workers:
        try:
            p = plan_for_places(
                db,
                w.workplace,
                w.residence or None,
                w.event,
                [*common, *w.already_filed],
                registry=reg,
                today=today,
            )
        except ScraperError as exc:
            who = " ".join(w.worker_id.split()) or "?"
            problems.append(f"{name}: line {w.line} (worker {who}): {exc}")
            continue
        plans.append((w, p))
    if problems:
        raise InputError("\n".join(problems))
    return Checklist(rows=_merge(plans), plans=plans)


def _merge(plans: list[tuple[WorkerRow, Plan]]) -> list[ChecklistRow]:
    rows: dict[str, ChecklistRow] = {}
    for worker, p in plans:
        for f in p.filings:
            row = rows.setdefault(
                f.municipality.code,
                ChecklistRow(municipality=f.municipality, how=f.how, instead=f.instead),
            )
            row.workers.append(
                {"worker_id": worker.worker_id, "line": worker.line, "roles": f.roles}
            )
            row.roles += [r for r in f.roles if r not in row.roles]
            row.rules += [r for r in f.rules if r not in row.rules]
            if f.before not in row.before:
                row.before.append(f.before)
    return sorted(rows.values(), key=lambda r: r.municipality.code)


CSV_FIELDS = (
    "code",
    "prefecture",
    "municipality",
    "workers",
    "roles",
    "rules",
    "before",
    "methods",
    "emails",
    "form_urls",
    "postal_codes",
    "addresses",
    "department",
    "phones",
    "faxes",
    "templates",
    "notes",
    "page_url",
    "status",
    "checked_at",
    "instead",
)


def checklist_csv(checklist: Checklist, lang: str | None = None) -> str:
    """The checklist as CSV text, one row per municipality; lists joined with "; "."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for r in checklist.rows:
        how = r.how
        writer.writerow(
            {
                "code": r.municipality.code,
                "prefecture": r.municipality.prefecture,
                "municipality": r.municipality.name,
                "workers": "; ".join(
                    f"{w['worker_id']} ({', '.join(w['roles'])})" for w in r.workers
                ),
                "roles": "; ".join(r.roles),
                "rules": "; ".join(r.rules),
                "before": "; ".join(b.text(lang) for b in r.before),
                "methods": "; ".join(how.methods) if how else "",
                "emails": "; ".join(how.emails) if how else "",
                "form_urls": "; ".join(how.form_urls) if how else "",
                "postal_codes": "; ".join(how.postal_codes) if how else "",
                "addresses": "; ".join(how.addresses) if how else "",
                "department": (how.department or "") if how else "",
                "phones": "; ".join(how.phones) if how else "",
                "faxes": "; ".join(how.faxes) if how else "",
                "templates": "; ".join(t.url for t in how.templates) if how else "",
                "notes": "; ".join(how.notes) if how else "",
                "page_url": (how.page_url or "") if how else "",
                "status": how.status if how else "unknown",
                "checked_at": (how.checked_at or "") if how else "",
                "instead": " ".join(s.text(lang) for s in r.instead),
            }
        )
    return out.getvalue()
