"""`kyoryoku show NAME_OR_CODE`: how and where to file in one municipality.

Any municipality of Japan can be shown: one that has not been crawled yet (or a missing
database) says so, with its homepage when known, rather than failing. A designated-city ward is
shown as its city, since the city receives the form.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .. import store
from ..errors import AmbiguousPlace, StoreError
from ..models import METHOD_LABELS, STATUS_LABELS, FilingRecord, Municipality, MunicipalityRef
from ..municipalities import default_registry, filing_municipality
from .main import db_option, main

KIND_LABELS = {
    "prefecture": "都道府県",
    "city": "市",
    "special_ward": "特別区",
    "town": "町",
    "village": "村",
    "ward": "政令指定都市の区",
}


def show_json(record: FilingRecord) -> dict[str, Any]:
    """The `show` JSON: exactly the documented keys, in their order."""
    return record.contract_json()


def load_record(db_path: Path, m: Municipality) -> tuple[FilingRecord, str | None]:
    """The municipality's stored record, or an empty `unknown` one when there is no database.

    Returns the record and the homepage to point at (the crawl's configured one, else the
    registry's).
    """
    ref = MunicipalityRef(code=m.code, name=m.name, prefecture=m.prefecture)
    try:
        db = store.open_db(db_path, create=False)
    except StoreError:
        return FilingRecord(municipality=ref), m.homepage
    source = store.get_source(db, m.code) or {}
    return store.filing_record(db, ref), source.get("homepage") or m.homepage


def _line(label: str, value: str | None) -> str | None:
    return f"{label}: {value}" if value else None


def render_text(
    asked: Municipality,
    target: Municipality,
    record: FilingRecord,
    homepage: str | None,
    *,
    db_path: Path,
    db_exists: bool,
) -> str:
    """The human-readable Japanese answer."""
    lines: list[str | None] = [f"{target.full_name} ({target.code}) {target.romaji}"]
    if asked.code != target.code:
        lines.append(
            f"※ {asked.name}は政令指定都市 {target.name}の区です。"
            f"協力確認書は{target.name}に提出します。"
        )
    lines.append(f"状態: {STATUS_LABELS[record.status].ja} [{record.status}]")
    if not db_exists:
        lines.append(
            f"データベース {db_path} がありません。`kyoryoku refresh` で収集してください。"
        )
    if record.methods:
        lines.append("提出方法: " + "、".join(METHOD_LABELS[m].ja for m in record.methods))
    lines += [
        _line("提出先(担当)", record.department),
        _line("メール", ", ".join(record.emails)),
        _line("電話", ", ".join(record.phones)),
        _line("FAX", ", ".join(record.faxes)),
    ]
    postal = " ".join(f"〒{p}" for p in record.postal_codes)
    address = " / ".join(record.addresses)
    lines.append(_line("郵送先", " ".join(x for x in (postal, address) if x)))
    lines += [_line("オンラインフォーム", url) for url in record.form_urls]
    lines += [_line(f"様式 ({t.format})", f"{t.label} {t.url}") for t in record.templates]
    lines += [_line("注意", note) for note in record.notes]
    if record.page_url:
        title = f"「{record.title}」 " if record.title else ""
        lines.append(f"出典: {title}{record.page_url}")
    lines.append(_line("ページの更新日", record.updated))
    lines.append(_line("最終確認", record.checked_at))
    lines.append(_line("内容の最終変更", record.changed_at))
    if not record.page_url:
        lines.append(_line("ホームページ", homepage))
        if record.status in ("unknown", "not_found"):
            lines.append("協力確認書のページが分かるまでは、市区町村に直接お問い合わせください。")
    return "\n".join(line for line in lines if line)


def resolve_place(text: str, prefecture: str | None) -> Municipality:
    """resolve(), with the candidates listed one per line when the place is ambiguous."""
    try:
        return default_registry().resolve(text, prefecture=prefecture)
    except AmbiguousPlace as exc:
        listing = "\n".join(f"  {m.full_name} ({m.code})" for m in exc.options)
        raise AmbiguousPlace(
            f"「{text}」に該当する市区町村が複数あります。都道府県を付けて指定してください"
            f"(例: {exc.options[0].full_name}、または --prefecture):\n{listing}",
            query=exc.query,
            options=exc.options,
        ) from None


@main.command("show")
@click.argument("place", metavar="NAME_OR_CODE")
@db_option("The database to read.")
@click.option("--prefecture", "-p", help="Prefecture, when the name exists in several.")
@click.option("--json", "as_json", is_flag=True, help="The show JSON (see README).")
def show_command(place: str, db_path: Path, prefecture: str | None, as_json: bool) -> None:
    """How and where to file the 協力確認書 in one municipality (name, kana, romaji, code or
    address)."""
    asked = resolve_place(place, prefecture)
    target = filing_municipality(asked)
    record, homepage = load_record(db_path, target)
    if as_json:
        click.echo(json.dumps(show_json(record), ensure_ascii=False, indent=2))
        return
    click.echo(
        render_text(asked, target, record, homepage, db_path=db_path, db_exists=db_path.exists())
    )
