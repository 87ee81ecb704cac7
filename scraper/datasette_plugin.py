"""The Datasette plugin: the plan page, search that works for Japanese, cells, robots, feed.

Registered by `make_datasette()` (what `kyoryoku serve`, the tests and the benchmark use).
The plan page only renders what `scraper.rules.plan_for_places` returns: it never decides
anything about where or when to file itself.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import sqlite_utils
from datasette import hookimpl
from datasette.app import Datasette
from datasette.database import Database
from datasette.filters import FilterArguments
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from . import metadata as site
from . import publish, rules, store
from .coverage import COVERAGE_SELECT, coverage_rows
from .errors import AmbiguousPlace, ConfigError, PlaceError, StoreError
from .models import METHOD_LABELS, NOTES, STATUS_LABELS, Municipality

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
STATIC_MOUNT = "kyoryoku-static"

SETTINGS: dict[str, Any] = {
    "max_returned_rows": 2000,  # every municipality fits in one canned-query result
    "default_page_size": 100,
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    "suggest_facets": False,  # the useful facets are configured; suggesting costs every page
    "allow_download": False,
}


class ReadOnlyDatabase(Database):
    """A database file Datasette can only read, even if something asks for a write connection.

    WAL mode (not `immutable=1`) so a refresh can write while the site keeps serving.
    """

    def connect(self, write: bool = False) -> sqlite3.Connection:
        if write:
            raise StoreError("the published database is read-only")
        conn = sqlite3.connect(
            f"file:{quote(str(self.path))}?mode=ro", uri=True, check_same_thread=False
        )
        conn.execute("PRAGMA query_only = 1")
        self._all_file_connections.append(conn)
        return conn


def make_datasette(db_path: str | Path, *, prepare: bool = True) -> Datasette:
    """A Datasette over the database with this project's metadata, templates and plugin."""
    path = Path(db_path)
    if not path.exists():
        raise StoreError(
            f"database {path} does not exist: run `kyoryoku refresh --db {path}` first "
            "(or `make run`, which refreshes and then serves)"
        )
    if prepare:
        db = store.open_db(path, create=False)
        try:
            publish.prepare(db)
        finally:
            db.close()
    register()
    ds = Datasette(
        metadata=site.metadata(),
        template_dir=str(TEMPLATES),
        static_mounts=[(STATIC_MOUNT, str(STATIC))],
        settings=SETTINGS,
    )
    for name in list(ds.databases):
        if name != "_internal":
            ds.remove_database(name)
    ds.add_database(ReadOnlyDatabase(ds, path=str(path.resolve())), name=site.DB_NAME)
    return ds


def register() -> None:
    """Register this module as a Datasette plugin (once per process)."""
    from datasette.plugins import pm

    if not pm.is_registered(_this_module()):
        pm.register(_this_module(), name="kyoryoku")


def _this_module() -> Any:
    return sys.modules[__name__]


# --- labels ----------------------------------------------------------------------------------

LABELS: dict[str, tuple[str, str]] = {
    "plan_title": ("提出先プラン", "Where and when to file"),
    "workplace": ("勤務地(事業所の所在地)", "Workplace"),
    "residence": ("住居地", "Residence"),
    "event": ("手続き・出来事", "Event"),
    "already_filed": ("提出済みの市区町村(任意、読点区切り)", "Already filed with (optional)"),
    "submit": ("提出先を調べる", "Show the plan"),
    "roles": ("役割", "Role"),
    "before": ("提出期限", "Before"),
    "rules": ("根拠となる規則", "Rules"),
    "methods": ("提出方法", "Methods"),
    "emails": ("メール", "E-mail"),
    "form": ("電子申請フォーム", "Online form"),
    "address": ("郵送先・住所", "Address"),
    "department": ("担当課", "Department"),
    "phones": ("電話", "Phone"),
    "faxes": ("FAX", "Fax"),
    "templates": ("様式・記載例", "Templates"),
    "notes": ("注意事項", "Notes"),
    "source": ("出典ページ", "Source page"),
    "checked": ("確認日", "Checked"),
    "updated": ("ページ更新日", "Page updated"),
    "status": ("状態", "Status"),
    "instead": ("提出方法が分からない場合", "How to file is not known"),
    "not_needed": ("提出が不要なもの", "Not needed"),
    "warnings": ("注意", "Warnings"),
    "reminders": ("確認事項", "Reminders"),
    "ambiguous": ("複数の候補があります。どれですか?", "Several places match: which one?"),
    "unknown": ("見つかりません。もしかして:", "Not found. Did you mean:"),
    "json": ("JSONで見る", "View as JSON"),
    "workplace_role": ("勤務地", "workplace"),
    "residence_role": ("住居地", "residence"),
    "residence_hint": ("空欄可", "may be empty"),
    "place_hint": (
        "市区町村名(漢字・かな・ローマ字)または住所。例:立川市、東京都府中市、横浜市中区",
        "Municipality (kanji, kana or romaji) or address, e.g. 立川市, Tachikawa",
    ),
}


def label(key: str, lang: str) -> Markup:
    """A label: Japanese with the English in small type, or English only with ?lang=en."""
    ja, en = LABELS[key]
    if lang == "en":
        return Markup(escape(en))
    return Markup('{} <small lang="en">{}</small>').format(ja, en)


def method_label(method: str, lang: str) -> str:
    label = METHOD_LABELS.get(method)
    if label is None:
        return method
    return label.en.capitalize() if lang == "en" else label.short


def status_label(status: str | None, lang: str) -> str:
    label = STATUS_LABELS.get(status or "unknown")
    if label is None:
        return status or ""
    return label.en if lang == "en" else label.short


def note_label(note: str, lang: str) -> str:
    """A note from the closed vocabulary, in words (準備中:post → 郵送は準備中)."""
    if lang == "en":
        return NOTES.get(note, note)
    prefix, _, method = note.partition(":")
    if prefix == "準備中" and method in METHOD_LABELS:
        return f"{method_label(method, lang)}は準備中"
    return note


_URL_RE = re.compile(r"https?://[^\s<>\"'()（）、。]+")


def linkify(text: str | None) -> Markup:
    """Escape text and turn the http(s) URLs in it into links (scraped text is never trusted)."""
    if not text:
        return Markup("")
    out = Markup("")
    last = 0
    for match in _URL_RE.finditer(text):
        out += escape(text[last : match.start()])
        out += Markup('<a href="{0}" rel="noopener nofollow">{0}</a>').format(match.group(0))
        last = match.end()
    return out + escape(text[last:])


def safe_href(url: str | None) -> str | None:
    """Only http(s) and mailto links reach an href (never javascript: from a scraped page)."""
    if url and re.match(r"(?i)^(https?://|mailto:)", url.strip()):
        return url.strip()
    return None


# --- the plan page ---------------------------------------------------------------------------


class PlanRequest:
    """The plan form's fields, read from GET parameters so a plan's URL can be shared."""

    def __init__(self, args: Any) -> None:
        self.workplace = (args.get("workplace") or "").strip()
        self.residence = (args.get("residence") or "").strip()
        self.event = (args.get("event") or "").strip()
        raw = args.getlist("already_filed") if hasattr(args, "getlist") else []
        self.already_filed = [p for part in raw for p in re.split(r"[,、,\n]+", part) if p.strip()]
        lang = args.get("lang") or ""
        self.lang = lang if lang in ("ja", "en") else ""

    @property
    def display_lang(self) -> str:
        return self.lang or "ja"

    def with_place(self, field: str, typed: str, chosen: str) -> str:
        """The query string with the place the user typed in `field` replaced by a candidate."""
        if field != "already_filed":
            return self.query(**{field: chosen})
        filed = [chosen if p.strip() == typed.strip() else p for p in self.already_filed]
        return self.query(already_filed="、".join(filed))

    def query(self, **override: str | list[str]) -> str:
        """This request's query string with some fields replaced (for candidate links)."""
        fields: dict[str, Any] = {
            "workplace": self.workplace,
            "residence": self.residence,
            "event": self.event,
            "already_filed": "、".join(self.already_filed),
            "lang": self.lang,
        }
        fields.update(override)
        return urlencode({k: v for k, v in fields.items() if v})


def _place_options(exc: PlaceError) -> list[dict[str, str]]:
    out = []
    for option in exc.options:
        if isinstance(option, Municipality):
            out.append(
                {
                    "code": option.code,
                    "name": option.name,
                    "prefecture": option.prefecture,
                    "full_name": option.full_name,
                }
            )
        else:
            out.append(
                {"code": "", "name": str(option), "prefecture": "", "full_name": str(option)}
            )
    return out


def _error_field(form: PlanRequest, exc: PlaceError) -> str:
    if exc.query and exc.query == form.workplace:
        return "workplace"
    if exc.query and exc.query == form.residence:
        return "residence"
    return "already_filed"


async def _run_plan(datasette: Datasette, form: PlanRequest) -> rules.Plan:
    def run(conn: sqlite3.Connection) -> rules.Plan:
        db = sqlite_utils.Database(conn, recursive_triggers=False)
        return rules.plan_for_places(
            db, form.workplace, form.residence or None, form.event or None, form.already_filed
        )

    return await datasette.get_database(site.DB_NAME).execute_fn(run)


def _json(body: dict[str, Any], status: int = 200) -> Response:
    """JSON with Japanese as UTF-8 rather than \\u escapes, so it reads well in a browser."""
    return Response(
        json.dumps(body, ensure_ascii=False, indent=2),
        status=status,
        content_type="application/json; charset=utf-8",
    )


def _error_json(kind: str, message: str, **extra: Any) -> Response:
    return _json({"ok": False, "error": kind, "message": message, **extra}, status=400)


async def plan_json(request: Any, datasette: Datasette) -> Response:
    """/-/plan.json: the plan as JSON; errors as JSON with status 400."""
    form = PlanRequest(request.args)
    if not form.workplace:
        return _error_json("missing_workplace", "workplace is required")
    try:
        result = await _run_plan(datasette, form)
    except PlaceError as exc:
        kind = "ambiguous_place" if isinstance(exc, AmbiguousPlace) else "unknown_place"
        return _error_json(
            kind,
            str(exc),
            field=_error_field(form, exc),
            query=exc.query,
            options=_place_options(exc),
        )
    except ConfigError as exc:
        return _error_json("invalid", str(exc))
    return _json({"ok": True, **result.to_json(form.lang or None)})


async def plan_page(request: Any, datasette: Datasette) -> Response:
    """/-/plan: the form, and the plan (or the candidates for an ambiguous place)."""
    form = PlanRequest(request.args)
    lang = form.display_lang
    context: dict[str, Any] = {
        "form": form,
        "lang": lang,
        "events": [(e.id, e.label(lang)) for e in rules.EVENTS],
        "selected_event": form.event or rules.DEFAULT_EVENT,
        "plan": None,
        "error": None,
        "t": lambda key: label(key, lang),
        "labels": LABELS,
        "method_label": method_label,
        "status_label": status_label,
        "note_label": note_label,
        "linkify": linkify,
        "safe_href": safe_href,
        "rule_texts": {r.id: r.text(lang) for r in rules.RULES},
    }
    if form.workplace:
        try:
            result = await _run_plan(datasette, form)
            context["plan"] = result
        except PlaceError as exc:
            field = _error_field(form, exc)
            options = _place_options(exc)
            for option in options:
                option["href"] = "?" + form.with_place(field, exc.query, option["full_name"])
            context["error"] = {
                "kind": "ambiguous" if isinstance(exc, AmbiguousPlace) else "unknown",
                "message": str(exc),
                "field": field,
                "options": options,
            }
        except ConfigError as exc:
            context["error"] = {"kind": "invalid", "message": str(exc), "options": []}
    context["json_url"] = datasette.urls.path("/-/plan.json") + "?" + form.query()
    context["other_lang_url"] = "?" + form.query(lang="ja" if lang == "en" else "en")
    return Response.html(
        await datasette.render_template("plan.html", context, request=request, view_name="plan")
    )


# --- coverage ----------------------------------------------------------------------------------


async def _coverage(datasette: Datasette) -> list[Any]:
    result = await datasette.get_database(site.DB_NAME).execute(COVERAGE_SELECT)
    return coverage_rows([dict(r) for r in result.rows])


async def coverage_json(request: Any, datasette: Datasette) -> Response:
    """/-/coverage.json: the figures of `kyoryoku coverage --json`."""
    return _json({"coverage": [r.as_dict() for r in await _coverage(datasette)]})


async def coverage_page(request: Any, datasette: Datasette) -> Response:
    """/-/coverage: pages found by prefecture and by method, as a bar chart."""
    lang = "en" if request.args.get("lang") == "en" else "ja"
    rows = await _coverage(datasette)
    context = {
        "lang": lang,
        "db": site.DB_NAME,
        "rows": rows[:-1],
        "total": rows[-1],
        "methods": [(m, method_label(m, lang)) for m in METHOD_LABELS],
        "other_lang_url": "?lang=" + ("ja" if lang == "en" else "en"),
    }
    return Response.html(
        await datasette.render_template(
            "coverage.html", context, request=request, view_name="coverage"
        )
    )


# --- other routes ----------------------------------------------------------------------------


async def robots_txt(request: Any, datasette: Datasette) -> Response:
    """Keep crawlers off the raw tables (and their .json/.csv) and off arbitrary SQL."""
    db = datasette.urls.database(site.DB_NAME)
    lines = ["User-agent: *"]
    lines += [
        f"Disallow: {datasette.urls.table(site.DB_NAME, t)}" for t in site.ROBOTS_DISALLOWED_TABLES
    ]
    lines += [
        f"Disallow: {db}?sql=",
        f"Disallow: {db}.json",
        "Disallow: /-/",
        "Allow: /-/plan",
        "Allow: /-/coverage",
    ]
    return Response.text("\n".join(lines) + "\n")


_FEED_CACHE: dict[tuple[Any, ...], str] = {}


async def changes_atom(request: Any, datasette: Datasette) -> Response:
    """/-/changes.atom: the feed of changes, written by scraper.feed.

    The feed only changes when a change is recorded, so it is built once per state of the
    changes table (and answered with 304 to a reader that already has it).
    """
    from .feed import atom_feed

    base_url = f"{request.scheme}://{request.host}{datasette.urls.path('/')}"
    db = datasette.get_database(site.DB_NAME)
    state = (await db.execute("SELECT max(id), count(*), max(changed_at) FROM changes")).first()
    key = (base_url, *tuple(state))
    etag = '"' + hashlib.sha256(repr(key).encode()).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "public, max-age=300"}
    if request.headers.get("if-none-match") == etag:
        return Response("", status=304, headers=headers)
    body = _FEED_CACHE.get(key)
    if body is None:

        def run(conn: sqlite3.Connection) -> str:
            return atom_feed(
                sqlite_utils.Database(conn, recursive_triggers=False), base_url=base_url
            )

        body = await db.execute_fn(run)
        _FEED_CACHE.clear()  # one state is enough: older ones are never asked for again
        _FEED_CACHE[key] = body
    return Response(body, content_type="application/atom+xml; charset=utf-8", headers=headers)


@hookimpl
def register_routes(datasette: Datasette) -> list[tuple[str, Any]]:
    return [
        (r"^/-/plan$", plan_page),
        (r"^/-/plan\.json$", plan_json),
        (r"^/-/changes\.atom$", changes_atom),
        (r"^/-/coverage$", coverage_page),
        (r"^/-/coverage\.json$", coverage_json),
        (r"^/robots\.txt$", robots_txt),
    ]


@hookimpl
def asgi_wrapper(datasette: Datasette) -> Any:
    """The site is read-only: answer anything but GET/HEAD/OPTIONS with 405 at the door."""

    def wrap(app: Any) -> Any:
        async def read_only(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
                await Response.text(
                    "405: this site is read-only\n", status=405, headers={"Allow": "GET, HEAD"}
                ).asgi_send(send)
                return
            await app(scope, receive, send)

        return read_only

    return wrap


# --- search, cells, navigation ---------------------------------------------------------------


@hookimpl(trylast=True)
def filters_from_request(request: Any, database: str, table: str, datasette: Datasette) -> Any:
    """?_search= on the directory: trigram for 3+ characters, instr() for shorter words.

    Runs last so its `supports_search` wins over Datasette's own search (which only knows FTS
    MATCH and so cannot find 郵送 or 立川 with a trigram index).
    """
    if database != site.DB_NAME or table != "directory":
        return None
    query = request.args.get("_search") or ""
    extra = {"supports_search": True, "search": query}
    if not query.strip():
        return FilterArguments([], extra_context=extra)
    where, params = publish.search_clause(query)
    return FilterArguments([where], params, [f'search matches "{query}"'], extra)


def _json_list(value: Any) -> list[Any] | None:
    if not isinstance(value, str) or not value.startswith("["):
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        return None
    return parsed if isinstance(parsed, list) else None


def _plan_href(datasette: Datasette, query: str) -> str:
    return datasette.urls.path("/-/plan") + "?" + query


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, database: str, datasette: Datasette
) -> Markup | None:
    """Readable cells: method chips, mailto links, status words, plan links. All escaped."""
    if database != site.DB_NAME or value is None:
        return None
    if column == "methods" and (items := _json_list(value)) is not None:
        return Markup(" ").join(
            Markup('<span class="kyoryoku-method kyoryoku-method-{}">{}</span>').format(
                m, method_label(str(m), "ja")
            )
            for m in items
        ) or Markup("&nbsp;")
    if column == "emails" and (items := _json_list(value)) is not None:
        return Markup("<br>").join(
            Markup('<a href="mailto:{0}">{0}</a>').format(str(e)) for e in items
        ) or Markup("&nbsp;")
    if column == "form_urls" and (items := _json_list(value)) is not None:
        links = [
            Markup('<a href="{0}" rel="noopener nofollow">{0}</a>').format(u)
            if safe_href(str(u))
            else escape(str(u))
            for u in items
        ]
        return Markup("<br>").join(links) or Markup("&nbsp;")
    if (
        column in ("phones", "faxes", "addresses", "postal_codes", "notes")
        and (items := _json_list(value)) is not None
    ):
        return Markup("<br>").join(escape(str(i)) for i in items) or Markup("&nbsp;")
    if column == "status" and table in (None, "directory", "sources"):
        label = STATUS_LABELS.get(str(value))
        ja, en = (label.short, label.en) if label else (str(value), "")
        return Markup(
            '<span class="kyoryoku-status kyoryoku-status-{}" title="{}">{}</span>'
        ).format(str(value), en, ja)
    if column == "plan" and table is None and isinstance(value, str):
        return Markup('<a href="{}">詳しい計画 / full plan</a>').format(
            _plan_href(datasette, value)
        )
    if column == "name" and table == "directory" and "prefecture" in row.keys():  # noqa: SIM118 sqlite3.Row
        place = f"{row['prefecture']}{value}"
        return Markup('<a href="{}" title="提出先プラン / plan">{}</a>').format(
            _plan_href(datasette, urlencode({"workplace": place})), value
        )
    return None


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    """kyoryoku_plan_query(workplace, residence): the plan page's query string, for SQL links."""
    conn.create_function(
        "kyoryoku_plan_query",
        2,
        lambda w, r: urlencode({k: v for k, v in (("workplace", w), ("residence", r)) if v}),
        deterministic=True,
    )


@hookimpl
def extra_css_urls(datasette: Datasette) -> list[str]:
    return [datasette.urls.path(f"/{STATIC_MOUNT}/kyoryoku.css")]


@hookimpl
def menu_links(datasette: Datasette) -> list[dict[str, str]]:
    return [
        {"href": datasette.urls.path("/-/plan"), "label": "提出先プラン / Plan"},
        {
            "href": datasette.urls.table(site.DB_NAME, "directory"),
            "label": "ディレクトリ・地図 / Directory and map",
        },
        {"href": datasette.urls.path("/-/coverage"), "label": "収録状況 / Coverage"},
        {
            "href": datasette.urls.path("/-/changes.atom"),
            "label": "変更のフィード / Changes feed",
        },
    ]


@hookimpl
def extra_template_vars(view_name: str, datasette: Datasette) -> Any:
    """Figures and links for the home page."""
    if view_name != "index":
        return {}

    async def inner() -> dict[str, Any]:
        db = datasette.get_database(site.DB_NAME)
        counts = await db.execute(
            "SELECT count(*) AS total, sum(page_url IS NOT NULL) AS with_page,"
            " sum(methods != '[]') AS with_methods, max(checked_at) AS last_checked"
            " FROM directory"
        )
        by_method = await db.execute(
            "SELECT j.value AS method, count(*) AS n FROM directory, json_each(directory.methods) j"
            " GROUP BY j.value ORDER BY n DESC"
        )
        return {
            "kyoryoku": {
                "db": site.DB_NAME,
                "figures": dict(counts.first()),
                "by_method": [
                    (r["method"], method_label(r["method"], "ja"), r["n"]) for r in by_method.rows
                ],
                "queries": [(name, q["title"]) for name, q in site.QUERIES.items()],
            }
        }

    return inner
