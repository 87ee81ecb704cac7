"""E-mails, phone and fax numbers, postcodes, addresses and the department, from page lines.

Lines come from content.parse_page, so the site header and footer (with the city hall's
switchboard) are already gone. Numbers are assigned to the label (電話/TEL/☎/FAX/ファクス …)
nearest before them on the same line, or on the line before when a label stands alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textnorm import PHONE_RE, find_emails, fold_dash_after_digit, group_phone
from .content import Line

_PHONE_LABEL = r"電話番号|電話|TEL|Tel|tel|☎|℡|でんわ|携帯"
_FAX_LABEL = r"FAX|Fax|fax|ファクス|ファックス|ファクシミリ|ファクシミリー"
_LABEL_RE = re.compile(rf"(?P<fax>{_FAX_LABEL})|(?P<tel>{_PHONE_LABEL})")
# A number right after 〒 / 郵便番号 is a postcode, even when it starts with 0 (〒060-0001).
_POSTCODE_RE = re.compile(r"(?:〒|郵便番号\s?:?)\s?(\d{3})\s?-?\s?(\d{4})(?!\d)")
_NO_AREA_RE = re.compile(
    rf"(?:{_PHONE_LABEL}|{_FAX_LABEL})\s?(?:番号)?\s?:?\s?(\d{{3,4}}-\d{{4}})(?![\d-])"
)
_EXTENSION_RE = re.compile(r"内線\s?:?\s?\d+")
_ADDRESS_LABEL_RE = re.compile(
    r"(?:住所|所在地|郵送先|送付先|提出先住所|宛先|あて先)\s?[:】\]]?\s?(?:〒\s?\d{3}-?\d{4})?\s?(?P<rest>.+)"
)
_ADDRESS_SHAPE_RE = re.compile(r"(?:都|道|府|県|市|区|町|村|丁目|番地|番|号|\d-\d)")
_ADDRESS_STOP_RE = re.compile(
    rf"\s?(?:{_PHONE_LABEL}|{_FAX_LABEL}|メール|E-?mail|Eメール|電子メール|受付時間|開庁時間|\(|【|※)",
    re.IGNORECASE,
)
_DEPT_LABEL_RE = re.compile(
    r"(?:提出先|担当課|担当部署|担当|所管課|問い合わせ先|お問い合わせ先|問合せ先|送付先|郵送先|宛先|あて先)"
    r"\s?[:】\]]\s?(?P<dept>[^\s、。:]{2,}(?:\s[^\s、。:]{2,})?)"
)
_DEPT_SUFFIX = r"(?:課|係|室|センター|担当|部|グループ|チーム|事務所|局|所)"
_DEPT_RE = re.compile(
    rf"(?P<dept>[^\s、。:()【】「」・]{{1,20}}?{_DEPT_SUFFIX}(?:\s?[^\s、。:()【】「」・]{{1,15}}?{_DEPT_SUFFIX})?)"
)
_BRACKET_DEPT_RE = re.compile(rf"【(?P<dept>[^】]{{2,25}}{_DEPT_SUFFIX})】")
_NOT_DEPT_RE = re.compile(
    r"問い合わせ|問合せ|このページ|提出|郵送|窓口|ホーム|トップ|一覧|市役所$|区役所$"
)


@dataclass
class Contacts:
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    faxes: list[str] = field(default_factory=list)
    postal_codes: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    department: str | None = None
    evidence: dict[str, list[str]] = field(default_factory=dict)

    def note(self, name: str, snippet: str) -> None:
        items = self.evidence.setdefault(name, [])
        snippet = snippet.strip()[:120]
        if snippet and snippet not in items:
            items.append(snippet)


def _add(values: list[str], value: str) -> None:
    if value not in values:
        values.append(value)


def _numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, formatted) of every phone-shaped number, postcodes and 内線 excluded."""
    blocked = [(m.start(), m.end()) for m in _POSTCODE_RE.finditer(text)]
    blocked += [(m.start(), m.end()) for m in _EXTENSION_RE.finditer(text)]
    found = []
    for m in PHONE_RE.finditer(text):
        if any(s <= m.start() < e for s, e in blocked):
            continue
        number = (
            group_phone(m.group(4)) if m.group(4) else f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        )
        found.append((m.start(), m.end(), number))
    for m in _NO_AREA_RE.finditer(text):
        if not any(s <= m.start(1) < e for s, e, _ in found):
            found.append((m.start(1), m.end(1), m.group(1)))
    return sorted(found)


def _phones_in(text: str, carried: str | None) -> tuple[list[tuple[str, str]], str | None]:
    """[(kind, number)] for one line; `carried` is a label left alone on the previous line."""
    labels = [(m.start(), "fax" if m.group("fax") else "tel") for m in _LABEL_RE.finditer(text)]
    result = []
    for start, _end, number in _numbers(text):
        kind = None
        for pos, label in labels:
            if pos < start:
                kind = label
        if kind is None:
            kind = carried or "tel"
        result.append((kind, number))
    alone = None
    if labels and not result and len(text) <= 12:
        alone = labels[-1][1]
    return result, alone


def _address_from(text: str) -> str | None:
    rest = _ADDRESS_STOP_RE.split(text, maxsplit=1)[0].strip(" :、,")
    rest = re.sub(r"^(?:住所|所在地)\s?:?\s?", "", rest)
    if len(rest) < 4 or not _ADDRESS_SHAPE_RE.search(rest):
        return None
    return rest


def extract_contacts(lines: list[Line], mail_links: list[str] | None = None) -> Contacts:
    """Contacts from the page's content and enquiry lines."""
    out = Contacts()
    carried: str | None = None
    for line in lines:
        text = fold_dash_after_digit(line.text)
        for address, _s, _e in find_emails(text):
            if _plausible_email(address, text):
                _add(out.emails, address)
                out.note("emails", text)
        pairs, alone = _phones_in(text, carried)
        carried = alone
        for kind, number in pairs:
            _add(out.faxes if kind == "fax" else out.phones, number)
            out.note("faxes" if kind == "fax" else "phones", text)
        for m in _POSTCODE_RE.finditer(text):
            _add(out.postal_codes, f"{m.group(1)}-{m.group(2)}")
            out.note("postal_codes", text)
            address = _address_from(text[m.end() :])
            if address:
                _add(out.addresses, address)
                out.note("addresses", text)
        if not _POSTCODE_RE.search(text):
            m = _ADDRESS_LABEL_RE.search(text)
            if m:
                address = _address_from(m.group("rest"))
                if address and not _DEPT_ONLY_RE.fullmatch(address):
                    _add(out.addresses, address)
                    out.note("addresses", text)
    for address in mail_links or []:
        _add(out.emails, address)
    out.department = _department(lines, out)
    # A number both labelled as phone and as fax on the page (TEL/FAX 共通) stays in both.
    return out


_DEPT_ONLY_RE = re.compile(rf"[^\d]{{1,25}}{_DEPT_SUFFIX}(?:\s\S+{_DEPT_SUFFIX})?")


def _plausible_email(address: str, text: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(local) and "." in domain and not domain.endswith((".png", ".jpg", ".gif"))


def _clean_dept(text: str) -> str | None:
    text = text.strip(" :、。・()[]【】「」")
    text = re.split(r"\s?(?:" + _PHONE_LABEL + "|" + _FAX_LABEL + r"|〒|\d{2,})", text)[0].strip()
    m = _DEPT_RE.search(text)
    if not m:
        return None
    dept = m.group("dept").strip()
    if _NOT_DEPT_RE.search(dept) or len(dept) < 2:
        return None
    return dept


def _department(lines: list[Line], out: Contacts) -> str | None:
    # 1. an explicit label in the content: 提出先:市民協働課 多文化共生係, 担当:…
    for line in lines:
        m = _DEPT_LABEL_RE.search(line.text)
        if m:
            dept = _clean_dept(m.group("dept"))
            if dept:
                out.note("department", line.text)
                return dept
    # 2. the enquiry block's first line naming a 課/係
    for line in lines:
        if line.region != "enquiry":
            continue
        text = re.sub(r"^.*?(?:問(?:い)?合(?:わ)?せ(?:先)?|担当)\s?[:】\]]?", "", line.text)
        if not text or _POSTCODE_RE.search(text[:3]):
            continue
        dept = _clean_dept(text)
        if dept:
            out.note("department", line.text)
            return dept
    # 3. a 【…課】 label in the content
    for line in lines:
        m = _BRACKET_DEPT_RE.search(line.text)
        if m:
            dept = _clean_dept(m.group("dept"))
            if dept:
                out.note("department", line.text)
                return dept
    return None
