"""`kyoryoku extract` (one saved page or live URL → FilingInfo) and `kyoryoku reextract`."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import click

from .. import store
from ..errors import InputError
from ..extract import extract_filing
from ..models import METHOD_LABELS, FilingInfo
from .main import main


def extract_json(info: FilingInfo) -> dict[str, Any]:
    """The documented JSON; `warnings` only when there are any."""
    out = info.contract_json()
    if info.warnings:
        out["warnings"] = info.warnings
    return out


def render_text(info: FilingInfo) -> str:
    """A short bilingual summary of what was read off the page."""
    rows: list[tuple[str, str]] = [
        ("ページ / page", info.page_url or ""),
        ("タイトル / title", info.title or ""),
        ("更新日 / updated", info.updated or ""),
        ("提出方法 / methods", "、".join(f"{METHOD_LABELS[m].ja} ({m})" for m in info.methods)),
        ("提出先 / department", info.department or ""),
        ("メール / e-mail", ", ".join(info.emails)),
        ("電話 / phone", ", ".join(info.phones)),
        ("FAX / fax", ", ".join(info.faxes)),
        ("郵便番号 / postcode", ", ".join(f"〒{p}" for p in info.postal_codes)),
        ("住所 / address", " / ".join(info.addresses)),
    ]
    rows += [("フォーム / online form", url) for url in info.form_urls]
    rows += [(f"様式 / template ({t.format})", f"{t.label} {t.url}") for t in info.templates]
    rows += [("注意 / note", note) for note in info.notes]
    rows += [("警告 / warning", w) for w in info.warnings]
    lines = [f"{label}: {value}" for label, value in rows if value]
    if not info.has_info():
        lines.append("提出方法・連絡先は読み取れませんでした / nothing about filing was found")
    return "\n".join(lines)


def _is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def _read_file(path: Path) -> str:
    from ..extract import decode_html

    if not path.is_file():
        raise InputError(f"{path}: no such file (give a saved HTML page or an http(s) URL)")
    try:
        return decode_html(path.read_bytes())
    except OSError as exc:
        raise InputError(f"{path}: cannot be read: {exc.strerror}") from None


async def _fetch(url: str, allow_private_hosts: bool) -> tuple[str, str]:
    from ..fetch import Fetcher, decode_body

    async with Fetcher(allow_private_hosts=allow_private_hosts) as fetcher:
        page = await fetcher.fetch(url)
    content_type = {k.lower(): v for k, v in page.headers.items()}.get("content-type")
    return decode_body(page.body, content_type)[0], page.final_url


@main.command("extract")
@click.argument("target", metavar="FILE_OR_URL")
@click.option("--url", "page_url", help="The page's URL: resolves relative links of a saved page.")
@click.option("--json", "as_json", is_flag=True, help="The extract JSON (see README).")
@click.option(
    "--allow-private-hosts", is_flag=True, help="Allow a live URL on a loopback/private address."
)
def extract_command(
    target: str, page_url: str | None, as_json: bool, allow_private_hosts: bool
) -> None:
    """Read how to file the 協力確認書 off one saved page or one live URL."""
    if _is_url(target):
        html, final_url = asyncio.run(_fetch(target, allow_private_hosts))
        page_url = page_url or final_url
    else:
        html = _read_file(Path(target))
    info = extract_filing(html, page_url)
    if as_json:
        click.echo(json.dumps(extract_json(info), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(info))


@main.command("reextract")
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=store.DEFAULT_DB)
def reextract_command(db_path: Path) -> None:
    """Re-run extraction over the stored pages (no network), recording what changed."""
    from ..pipeline import reextract

    db = store.open_db(db_path, create=False)
    summary = reextract(db)
    click.echo(summary.summary_line())
