"""Pydantic models shared across the project; FilingInfo is the public JSON contract."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, field_validator

Method = Literal["email", "post", "counter", "online_form", "fax"]
METHODS: tuple[Method, ...] = ("email", "post", "counter", "online_form", "fax")

Status = Literal["ok", "not_found", "unreachable", "no_info", "moved", "unknown"]
"""`unknown`: the municipality has never been crawled (no source or not refreshed yet)."""


class Label(NamedTuple):
    """How a method or a status is named to people."""

    short: str  # chips, facets and search words on the site
    ja: str  # sentences and listings
    en: str

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.ja


METHOD_LABELS: dict[str, Label] = {
    "email": Label("メール", "電子メール", "e-mail"),
    "post": Label("郵送", "郵送", "post"),
    "counter": Label("窓口", "窓口(持参)", "in person at the counter"),
    "online_form": Label("電子申請", "オンライン(電子申請フォーム)", "online form"),
    "fax": Label("FAX", "FAX", "fax"),
}

STATUS_LABELS: dict[str, Label] = {
    "ok": Label("掲載あり", "提出方法を掲載したページを確認済み", "page found"),
    "not_found": Label(
        "ページ未発見", "サイト内で協力確認書のページが見つかっていません", "no page found"
    ),
    "unreachable": Label(
        "接続できず",
        "前回の確認でサイトに接続できませんでした(表示は最後に取得できた情報)",
        "unreachable",
    ),
    "no_info": Label(
        "記載なし",
        "ページは見つかりましたが、提出方法を読み取れませんでした",
        "page without details",
    ),
    "moved": Label("移転", "ページが移動または削除されたようです", "page moved"),
    "unknown": Label("未調査", "まだ調べていません(収集対象外か、収集前)", "not checked yet"),
}

# The notes extraction may emit: a closed vocabulary, so notes can be compared, faceted and
# translated. "準備中:<method>" flags a method the page announces but does not accept yet.
NOTES: dict[str, str] = {
    "押印不要": "No seal (押印) needed",
    "控えが必要なら2部と返信用封筒": "For a stamped copy, send two copies and a return envelope",
    "受領書・控えの発行なし": "No receipt or stamped copy is issued",
    "完了メールが提出の証明": "The completion e-mail serves as proof of submission",
    "アカウント作成が必要": "An account must be created for the online system",
    "形式指定:Excel": "Submit as an Excel file",
    "形式指定:Word": "Submit as a Word file",
    "形式指定:PDF": "Submit as a PDF file",
    "同一市区町村なら1通": "One copy when workplace and residence are in this municipality",
    "準備中:email": "E-mail submission is in preparation",
    "準備中:post": "Postal submission is in preparation",
    "準備中:counter": "Counter submission is in preparation",
    "準備中:online_form": "The online form is in preparation",
    "準備中:fax": "Fax submission is in preparation",
}

MunicipalityKind = Literal["prefecture", "city", "special_ward", "town", "village", "ward"]


def utcnow() -> str:
    """The current time as the ISO string stored everywhere (second precision, `Z`)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Source(BaseModel):
    """One municipality to crawl, as written in sources.yaml (or generated from the registry)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^\d{6}$")
    name: str
    prefecture: str
    homepage: str
    title: str | None = None
    url: str | None = None


class Municipality(BaseModel):
    """A registry entry: prefecture, municipality, or designated-city ward."""

    model_config = ConfigDict(frozen=True)

    code: str
    prefecture: str
    name: str
    kana: str
    romaji: str
    kind: MunicipalityKind
    parent_code: str | None = None
    lat: float | None = None
    lng: float | None = None
    homepage: str | None = None

    @property
    def full_name(self) -> str:
        return self.name if self.kind == "prefecture" else f"{self.prefecture}{self.name}"


class MunicipalityRef(BaseModel):
    code: str
    name: str
    prefecture: str


class Template(BaseModel):
    """A downloadable form (様式) or filled-in example (記載例) linked from the page."""

    url: str
    format: str
    label: str


def _sorted_unique(values: list[str]) -> list[str]:
    return sorted(set(values))


class FilingInfo(BaseModel):
    """What a page says about filing the form: the JSON of `kyoryoku extract`."""

    page_url: str | None = None
    title: str | None = None
    updated: str | None = None
    methods: list[Method] = []
    emails: list[str] = []
    phones: list[str] = []
    faxes: list[str] = []
    postal_codes: list[str] = []
    addresses: list[str] = []
    department: str | None = None
    form_urls: list[str] = []
    templates: list[Template] = []
    notes: list[str] = []
    evidence: dict[str, str] = {}
    warnings: list[str] = []

    @field_validator("methods", "emails", "phones", "faxes", "postal_codes", "form_urls")
    @classmethod
    def _sorted(cls, values: list[str]) -> list[str]:
        return _sorted_unique(values)

    @classmethod
    def contract_keys(cls) -> tuple[str, ...]:
        """The keys of the documented JSON, in order (architecture.md): all but `warnings`."""
        return tuple(f for f in FilingInfo.model_fields if f != "warnings")

    def contract_json(self) -> dict[str, Any]:
        """The documented JSON: exactly contract_keys(), in that order."""
        data = self.model_dump(mode="json")
        return {key: data[key] for key in self.contract_keys()}

    def has_info(self) -> bool:
        """True when the page gave anything a filer can act on."""
        return bool(self.methods or self.emails or self.form_urls or self.phones or self.addresses)


class FilingRecord(FilingInfo):
    """A municipality's stored filing information: the JSON of `kyoryoku show`."""

    municipality: MunicipalityRef
    status: Status = "unknown"
    checked_at: str | None = None
    changed_at: str | None = None

    @classmethod
    def contract_keys(cls) -> tuple[str, ...]:
        """The `show` JSON: the municipality, the extract keys, then status and times."""
        return ("municipality", *FilingInfo.contract_keys(), "status", "checked_at", "changed_at")


class FetchedPage(BaseModel):
    """One HTTP exchange as kept in the snapshots table."""

    url: str
    final_url: str
    http_status: int
    headers: dict[str, str] = {}
    encoding: str | None = None
    sha256: str = ""
    body: bytes = b""
    fetched_at: str = Field(default_factory=utcnow)
    not_modified: bool = False

    @property
    def text(self) -> str:
        """The body decoded with the encoding the fetcher settled on."""
        return self.body.decode(self.encoding or "utf-8", errors="replace")
