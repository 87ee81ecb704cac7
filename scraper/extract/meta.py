"""The page's title and its updated/published date."""

from __future__ import annotations

import re

from .. import fastre
from ..textnorm import normalize, parse_japanese_date, squash
from .content import Page
from .page import FORM_WORDS_RE

# Labels in order of preference: the last update beats the first publication.
# A label's tail: 更新日 / 更新年月日 / 更新日時 / 更新日付, then any bracket or colon
# (「[更新日] 2025年4月1日」「最終更新日時:…」).
# (やさしい日本語's furigana after it: 「更新日(こうしんび):2026年8月19日」)
# (an English label's Japanese in brackets: 「Updated (更新日)」 over 「January 20, 2026」)
_LABEL_TAIL = (
    r"(?:年月日|日時|日付|日|\s[Dd]ate|\s[Dd]ay)?(?:\s?\((?:[ぁ-ゖー\s]{1,12}|[^()\d]{1,8}日)\))?\s?(?:on)?\s?"
    r"[\]】)>]?\s?[:：]?\s?"
)
_UPDATED_RE = fastre.compile(
    r"(?:最終更新|更新|Last updated|Last modified|Last update|Updated?|Date modified)"
    + _LABEL_TAIL,
    re.IGNORECASE,
)
_PUBLISHED_RE = fastre.compile(
    r"(?:公開|掲載開始|掲載|登録|作成|Published|Posted|Date published)" + _LABEL_TAIL,
    re.IGNORECASE,
)
_SUFFIX_UPDATED_RE = fastre.compile(
    r"(\d{4}年\d{1,2}月\d{1,2}日|(?:令和|平成)(?:元|\d{1,2})(?:\(\d{4}\))?年\d{1,2}月\d{1,2}日)\s?(?:\([^)]*\)\s?)?更新"
)
_SITE_NAME_RE = fastre.compile(
    r"市|区|町|村|都|県|府|道|ホームページ|公式|サイト|役所|役場|Official|City|Town|Village", re.I
)
_SITE_PREFIX_RE = fastre.compile(
    r"(?:役場|役所|ホームページ|公式サイト|[市区町村])$|^(?:ホーム|トップ)$"
    r"|\b(?:City|Town|Village)(?: Office| Hall)?$"  # 「Yakumo Town Office - …」「Wajima City - …」
    # (「Aki City Official Website - …」)
    r"|\b(?:City|Town|Village) Official (?:Website|Web ?Site|Home ?[Pp]age|Site)$"
)
_TITLE_SEPARATORS_RE = fastre.compile(r"\s[-–—|/]\s|\s?[|｜]\s?|\s-\s|\s?::\s?")


def find_updated(page: Page) -> tuple[str | None, str]:
    """(ISO date, the words it came from): a labelled date in the content, then a machine
    date (<time datetime>, <meta>), then a labelled date anywhere on the page."""
    date, words = _labelled_date([line.text for line in page.lines])
    if date:
        return date, words
    for value in page.machine_dates:
        # an element named for the date can hold both: 「掲載日:令和7年4月14日 更新日:…」
        date, words = _labelled_date([normalize(value)])
        if date:
            return date, words
        date = parse_japanese_date(value[:40])
        if date:
            return date, value
    date, words = _history_date(page)
    if date:
        return date, words
    return _labelled_date(page.full_text_lines())


_HISTORY_HEAD_RE = fastre.compile(
    # (「■このページの更新履歴」「■6 このページの更新履歴」)
    r"^[■●◆【\[]?\s?(?:\d{1,2}\s?[.、)]?\s?)?(?:(?:この|本)ページの)?"
    r"(?:(?:更新|改訂|変更|掲載)履歴|(?:Update|Revision) history)[】\]]?$",
    re.IGNORECASE,
)
_HISTORY_ITEMS = 12


def _history_date(page: Page) -> tuple[str | None, str]:
    """A page whose only date is its 更新履歴 list (「2026年8月20日 オンライン提出を追加しました」):
    the latest entry."""
    for index, line in enumerate(page.lines):
        if line.region != "content" or not _HISTORY_HEAD_RE.match(line.text):
            continue
        dated = []
        for item in page.lines[index + 1 : index + 1 + _HISTORY_ITEMS]:
            date = parse_japanese_date(item.text[:20]) if _date_follows(item.text) else None
            if date is None:
                if dated:
                    break
                continue
            dated.append((date, item.text))
        if dated:
            date, words = max(dated)
            return date, words[:60]
    return None, ""


# How far after its label a date is read (「Reiwa 7 year (2025) 7 month 22 day (Tuesday)」)
_DATE_WINDOW = 48


def _labelled_date(texts: list[str]) -> tuple[str | None, str]:
    for pattern in (_UPDATED_RE, _PUBLISHED_RE):
        for index, text in enumerate(texts):
            for m in pattern.finditer(text):
                after = text[m.end() : m.end() + _DATE_WINDOW]
                # (not 「…について掲載」; but after the label's other language: 「更新日 Updated」
                # over 「2026年1月22日」)
                before = text[: m.start()].strip(" ■●◆【[")
                alone = not before or bool(pattern.fullmatch(before + " "))
                if not after.strip() and alone and index + 1 < len(texts):  # the label alone
                    after = texts[index + 1][:_DATE_WINDOW]  # (Drupal's field__label / field__item)
                    text = f"{text} {after}"
                date = parse_japanese_date(after) or _short_date(after)
                if date and _date_follows(after):
                    return date, text[m.start() : m.end() + _DATE_WINDOW].strip()
    for text in texts:
        m = _SUFFIX_UPDATED_RE.search(text)
        if m:
            date = parse_japanese_date(m.group(1))
            if date:
                return date, m.group().strip()
    return None, ""


# 「更新日:26/09/30」: a two-digit year, month and day after a date label.
_SHORT_DATE_RE = fastre.compile(r"^\s?(\d{2})/(\d{1,2})/(\d{1,2})(?!\d)")


def _short_date(text: str) -> str | None:
    m = _SHORT_DATE_RE.match(text)
    return parse_japanese_date(f"20{m.group(1)}/{m.group(2)}/{m.group(3)}") if m else None


def _date_follows(text: str) -> bool:
    return bool(
        re.match(
            r"\s?(?:令和|平成|R|H|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
            r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,)",  # 「Tuesday, September 1, 2026」
            text,
        )
    )


def clean_title(head_title: str) -> str:
    """<title> without the site-name suffix: 「… - 立川市」「…|板橋区公式ホームページ」."""
    # 「小樽市:…」: a site name before a colon
    # (「天童市/特定技能外国人を…」: or before a slash)
    named = re.match(r"^([^:/]{2,12})[:/]\s?(\S.*)$", head_title.strip())
    if named and _SITE_PREFIX_RE.search(named.group(1)):
        head_title = named.group(2)
    # (「外国人を雇用する事業所の皆様へ/えびの市」: or after one, or after a dash with no space
    # before it: 「…(協力確認書の提出)- 八郎潟町」)
    suffixed = re.match(r"^(\S.*?)\s?[/\-–—]\s?([^:/\-–—]{2,12})$", head_title.strip())
    # (not 「… - English｜名護市」: a part that is no site name, then the site after a bar)
    if (
        suffixed
        and _SITE_PREFIX_RE.search(suffixed.group(2))
        and _SITE_PREFIX_RE.search(re.split(r"[|｜]", suffixed.group(2))[0].strip())
    ):
        head_title = suffixed.group(1)
    parts = [p.strip() for p in _TITLE_SEPARATORS_RE.split(head_title) if p.strip()]
    # (not a part naming the form: 「利根町役場 - やさしい にほんご:協力確認書 を 町 に だす
    # とき」 has 町 in its title)
    while (
        len(parts) > 1
        and _SITE_NAME_RE.search(parts[-1])
        and len(parts[-1]) <= 30
        and not FORM_WORDS_RE.search(parts[-1])
    ):
        parts.pop()
    # 「高山村役場 - 特定技能所属機関の方へ」: the site name can come first, too
    while len(parts) > 1 and _SITE_PREFIX_RE.search(parts[0]) and len(parts[0]) < len(parts[1]):
        parts.pop(0)
    if not parts:
        return head_title.strip()
    # the kept parts as written, with the separators between them (「…(多言語案内)Para os
    # residentes estrangeiros / For foreign residents」)
    start = head_title.find(parts[0])
    end = head_title.rfind(parts[-1])
    if 0 <= start <= end:
        return head_title[start : end + len(parts[-1])]
    return " ".join(parts)


# An FAQ system's question mark before the question: 「<h1><span>Q</span>協力確認書は…</h1>」.
_QUESTION_MARK_RE = fastre.compile(r"^(?:Q|問)\s?\d{0,3}\s?[.:]?\s?(?=[^\x00-\x7f])")


def find_title(page: Page) -> str | None:
    """The content's h1; <title> without the site name when there is no h1, or when the only
    h1 is the site's name (old templates put the logo in an h1). An FAQ's 「Q」 mark before the
    h1's question is not part of the title when <title> has the question without it."""
    cleaned = clean_title(page.head_title) if page.head_title else None
    if page.h1:
        logo = len(page.h1) <= 10 and _SITE_PREFIX_RE.search(page.h1)
        if not (logo and cleaned and squash(page.h1) not in squash(cleaned)):
            mark = _QUESTION_MARK_RE.match(page.h1)
            if mark and cleaned and squash(cleaned).startswith(squash(page.h1[mark.end() :])):
                return page.h1[mark.end() :]
            return page.h1
    return cleaned or None
