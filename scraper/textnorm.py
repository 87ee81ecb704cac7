"""The one place where Japanese text is normalised: NFKC, dash variants, kana, spaces.

Every module that compares or extracts Japanese text calls these helpers rather than
folding characters itself, so full-width digits, U+2212 minus signs or half-width katakana
behave the same everywhere.
"""

from __future__ import annotations

import re
import unicodedata

from . import fastre

# Characters used as hyphens/dashes in phone numbers, postcodes and addresses on real pages.
# The prolonged sound mark ー (U+30FC) is deliberately absent: it is part of katakana words.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u2500\u2501\u30fc"
_SPACE_RE = fastre.compile(r"[ \t\u3000\u00a0]+")
# Zero-width characters (WYSIWYG residue, anti-scraping) vanish: 「sho\u200bko@…」 is one word.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Curly apostrophes (「we can’t accept」「don’t」) read as the ASCII one English rules expect.
_APOSTROPHES = "\u2018\u2019"
# Dashes, apostrophes and zero-width characters in one C-level pass (str.translate).
_FOLD_TABLE = str.maketrans(
    {
        **dict.fromkeys(DASHES[:-1], "-"),
        **dict.fromkeys(_APOSTROPHES, "'"),
        **dict.fromkeys(_ZERO_WIDTH),
    }
)
# … only when there is one: a class scan is far cheaper than translate's lookup per character.
_FOLDED_RE = re.compile(f"[{re.escape(DASHES[:-1] + _APOSTROPHES + _ZERO_WIDTH)}]")
_KATAKANA_START, _KATAKANA_END = ord("ァ"), ord("ヶ")


def normalize(text: str) -> str:
    """NFKC, every dash variant to "-", curly apostrophes to "'", runs of spaces to one space.

    NFKC turns full-width ASCII (０-９, Ａ-Ｚ, ＠, （）, ：) into ASCII and half-width
    katakana into full-width; the dash folding covers what NFKC leaves alone
    (U+2212 minus, U+2015 horizontal bar, box-drawing lines, …).
    """
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii() and _FOLDED_RE.search(text):
        text = text.translate(_FOLD_TABLE)
    if "  " in text or "\t" in text:  # NFKC has made U+3000 and U+00A0 plain spaces
        text = _SPACE_RE.sub(" ", text)
    return text


# Labels spaced out letter by letter to align them (「郵　送」「提　出　先」「持　参」): a run of
# single kanji or kana between spaces is one word.
_LETTER = r"[一-龯々ぁ-ゖァ-ヺー]"
_SPACED_LETTERS_RE = re.compile(rf"(?<!\S){_LETTER}(?: {_LETTER})+(?!\S)")


def join_spaced_letters(text: str) -> str:
    """「1 郵 送 下記あてに…」 → 「1 郵送 下記あてに…」 (on normalize()d text)."""
    if " " not in text:
        return text
    return _SPACED_LETTERS_RE.sub(lambda m: m.group().replace(" ", ""), text)


def fold_dash_after_digit(text: str) -> str:
    """Treat ー (prolonged sound mark) as a hyphen between digits, as in 042ー000ー0000."""
    if "ー" not in text and "―" not in text:  # the common case, without a regex
        return text
    return re.sub(r"(?<=\d)[ー―](?=\d)", "-", text)


def to_hiragana(text: str) -> str:
    """Katakana (full- or half-width) to hiragana; everything else unchanged."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(
        chr(ord(ch) - 0x60) if _KATAKANA_START <= ord(ch) <= _KATAKANA_END else ch for ch in text
    )


def squash(text: str) -> str:
    """normalize() without any whitespace: a key for comparing names and titles."""
    return normalize(text).replace(" ", "")


# --- contact details -------------------------------------------------------------------------

# A Japanese phone number as written on pages, after normalize(): area code 0X..0XXXX, then
# groups separated by '-', '.', '・', spaces or brackets (042(000)0000), or no grouping at all.
PHONE_RE = fastre.compile(
    r"(?<![\d-])(?:"
    r"(0\d{1,4})\s?(?:[-.・]\s?|\(\s?)(\d{1,4})\s?(?:[-.・]\s?|\)\s?)(\d{3,4})"
    r"|(0\d{9,10})"
    r"|\(\s?(0\d{1,4})\s?\)\s?(\d{1,4})\s?[-.・]\s?(\d{3,4})"
    r")(?![\d])"
)
POSTCODE_RE = fastre.compile(r"(?<!\d)(\d{3})\s?-\s?(\d{4})(?!\d)")


def normalize_digits(text: str) -> str:
    """normalize() plus ー/― between digits read as a hyphen: the form phone parsing needs."""
    return fold_dash_after_digit(normalize(text))


def format_phone(area: str, middle: str, last: str) -> str:
    """Three digit groups as the page grouped them, joined with hyphens."""
    return f"{area}-{middle}-{last}"


def group_phone(digits: str) -> str:
    """An ungrouped Japanese number (0425232111) grouped by its area code, via phonenumbers."""
    try:
        import phonenumbers

        parsed = phonenumbers.parse(digits, "JP")
        formatted = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    except Exception:  # phonenumbers raises its own NumberParseException; any failure: as is
        return digits
    formatted = formatted.replace(" ", "-")
    return formatted if formatted.replace("-", "") == digits else digits


def find_phones(text: str) -> list[tuple[int, int, str, bool]]:
    """Every phone number in `text` (already normalised with normalize_digits) as
    (start, end, number with hyphens, whether the page grouped the digits itself)."""
    found = []
    for m in PHONE_RE.finditer(text):
        if m.group(4):
            found.append((m.start(), m.end(), group_phone(m.group(4)), False))
        else:
            groups = m.group(1, 2, 3) if m.group(1) else m.group(5, 6, 7)
            found.append((m.start(), m.end(), format_phone(*groups), True))
    return found


def normalize_phone(text: str) -> str | None:
    """The first phone number in `text`, ASCII digits grouped with hyphens, or None.

    >>> normalize_phone("電話番号 ０４２（０００）００００ 内線123")
    '042-000-0000'
    """
    found = find_phones(normalize_digits(text))
    return found[0][2] if found else None


def normalize_postcode(text: str) -> str | None:
    """'〒１９０−８６６６' or '1908666' → '190-8666'; None when there is no postcode."""
    match = POSTCODE_RE.search(normalize_digits(text)) or re.search(
        r"(?<!\d)(\d{3})(\d{4})(?!\d)", normalize(text)
    )
    return f"{match.group(1)}-{match.group(2)}" if match else None


# '@' as obfuscated on pages: full-width ＠ (NFKC folds it), (at), [at], アットマーク, any
# symbol a site puts in its place with a note to replace it (● ★ ◎ ▲ ◆ ■ ＊ ※ ♪ …), and the
# text "at" in brackets with spaces.
AT_VARIANTS = (
    r"(?:\s?@\s?|\s?[\(\[<{【]\s?(?:at|アット(?:マーク)?|@)\s?[\)\]>}】]\s?|\s?アットマーク\s?"
    r"|[●★☆◆◇■□〇○◎▲△▼*※♪#])"
)
EMAIL_RE = fastre.compile(
    # (not \w before it: 「メールkyodo@…」 has the address right after a Japanese label)
    # (nor the label 「E-mail」 when a <span> glued it on: 「E-mailkokusai★city…」)
    # (a dot before it only when no address character comes before the dot: 「電子メール…
    # tabunka@…」, whose 「…」 NFKC makes 「...」)
    r"(?<![A-Za-z0-9_+-])(?<![A-Za-z0-9_+-]\.)"
    r"(?:E-mail(?=[A-Za-z0-9]))?([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})" + AT_VARIANTS + r"("
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24})"
    r"(?![A-Za-z0-9-]*@)",
    re.IGNORECASE,
)


def find_emails(text: str, *, normalized: bool = False) -> list[tuple[str, int, int]]:
    """Every e-mail address in `text` (de-obfuscated, lower case) with its span in normalize(text).

    The text is normalised first (unless the caller says it already is), so full-width
    letters and ＠ work; the spans refer to the normalised text.
    """
    norm = text if normalized else normalize(text)
    found = []
    for match in EMAIL_RE.finditer(norm):
        local, domain = match.group(1), match.group(2)
        found.append((f"{local}@{domain}".lower(), match.start(), match.end()))
    return found


def normalize_email(text: str) -> str | None:
    """The first e-mail address in `text`, de-obfuscated and lower case, or None."""
    found = find_emails(text)
    return found[0][0] if found else None


# --- dates -----------------------------------------------------------------------------------

_ERAS = {
    "令和": 2018,
    "平成": 1988,
    "昭和": 1925,
    "R": 2018,
    "H": 1988,
    "Reiwa": 2018,
    "Heisei": 1988,
}
_ERA_DATE_RE = fastre.compile(
    r"(令和|平成|昭和|R|H)\s?(元|\d{1,2})\s?(?:\(\s?(\d{4})\s?\)\s?)?年"
    r"\s?(?:\(\s?\d{4}\s?年?\s?\)\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?日"  # 令和7年(2025年)4月9日
)
# 「R7.4.1」「令和7.4.1」「H31/4/1」: an era year with dots or slashes; an English page's
# 「Reiwa 8 (2026) / 3 / 11」, the Western year in brackets.
_ERA_SHORT_DATE_RE = fastre.compile(
    r"(?<![A-Za-z])(令和|平成|Reiwa|Heisei|R|H)\s?(元|\d{1,2})\s?(?:\(\s?(\d{4})\s?\)\s?)?"
    r"[./]\s?(\d{1,2})\s?[./]\s?(\d{1,2})(?!\d)"
)
_WESTERN_DATE_RE = fastre.compile(
    r"(?<!\d)(\d{4})\s?(?:年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日|[/.-](\d{1,2})[/.-](\d{1,2})(?!\d))"
)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_WORD = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# English pages: 「April 3, 2025」「3 April 2025」「21st July, 2025」.
_ENGLISH_DATE_RE = fastre.compile(
    rf"\b{_MONTH_WORD}\s(\d{{1,2}})(?:st|nd|rd|th)?,?\s(\d{{4}})\b"
    rf"|\b(\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH_WORD},?\s(\d{{4}})\b",
    re.IGNORECASE,
)
# A machine translation of 年月日: 「2025 Year 9 Month 18 Day Update」, 「Reiwa 8 year 2 month
# 10 day」.
_TRANSLATED_DATE_RE = fastre.compile(
    # (「Reiwa 7 year (2025) 7 month 22 day (Tuesday)」: the Western year in brackets)
    # (「2026 year October 14 day」: the month by its name)
    # (「Reiwa 7 (2025) year 7 month 1 day」: or before it)
    r"(?:(Reiwa|Heisei)\s?)?(\d{1,4})(?:\s?\(\d{4}\))?\s?Years?(?:\s?\(\d{4}\))?\s?"
    rf"(?:(\d{{1,2}})\s?Months?|{_MONTH_WORD})\s?(\d{{1,2}})\s?Days?",
    re.IGNORECASE,
)


def _untranslated(m: re.Match[str]) -> str:
    era = {"reiwa": "令和", "heisei": "平成"}.get((m.group(1) or "").lower(), "")
    month = m.group(3) or _MONTHS.index(m.group(4)[:3].lower()) + 1
    return f"{era}{m.group(2)}年{month}月{m.group(5)}日"


# 「Reiwa 8 (2026) September 12」: the era romanised, the Western year in brackets.
_ENGLISH_ERA_DATE_RE = fastre.compile(
    # (「Reiwa 7 years (2025) June 12」「Reiwa 7th year (2025) June 2」: a machine
    # translation's 年)
    rf"\b(Reiwa|Heisei)\s?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s?years?)?(?:\s?\((\d{{4}})\))?,?"
    rf"\s{_MONTH_WORD}\s(\d{{1,2}})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)


# 「October 2, Reiwa 8 (2026)」: the month and day first, then the era year.
_ENGLISH_DAY_ERA_RE = fastre.compile(
    rf"\b{_MONTH_WORD}\s(\d{{1,2}})(?:st|nd|rd|th)?,?\s(Reiwa|Heisei)\s?(\d{{1,2}})"
    r"(?:\s?\((\d{4})\))?",
    re.IGNORECASE,
)
# 「Updated: 10/19/2026」: an English page's month/day/year (day/month when the first number
# cannot be a month).
_SLASHED_YEAR_LAST_RE = fastre.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def _romanised_era_date(
    era: str, era_year: str, western_year: str | None, month_word: str, day: str
) -> str | None:
    """「Reiwa 8 (2026) September 12」「October 2, Reiwa 8」: the Western year in brackets
    wins over the era's."""
    base = _ERAS["令和" if era.lower() == "reiwa" else "平成"]
    year = int(western_year) if western_year else base + int(era_year)
    return _iso(year, _MONTHS.index(month_word[:3].lower()) + 1, int(day))


def _iso(year: int, month: int, day: int) -> str | None:
    from datetime import date

    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_japanese_date(text: str) -> str | None:
    """The first date in `text` as ISO 'YYYY-MM-DD': Western or era (令和7年, 令和元年,
    令和7(2025)年), with any weekday or 更新 suffix around it; None if there is none.

    >>> parse_japanese_date("更新日:令和7(2025)年4月1日(火曜日)")
    '2025-04-01'
    """
    norm = normalize(text)
    if "ear" in norm:
        norm = _TRANSLATED_DATE_RE.sub(_untranslated, norm)
    era = _ERA_DATE_RE.search(norm) or _ERA_SHORT_DATE_RE.search(norm)
    western = _WESTERN_DATE_RE.search(norm)
    if era and (not western or era.start() <= western.start()):
        year_text = era.group(2)
        year = _ERAS[era.group(1)] + (1 if year_text == "元" else int(year_text))
        if era.group(3):  # 令和7(2025)年: the Western year in brackets is authoritative
            year = int(era.group(3))
        return _iso(year, int(era.group(4)), int(era.group(5)))
    if western:
        month = western.group(2) or western.group(4)
        day = western.group(3) or western.group(5)
        return _iso(int(western.group(1)), int(month), int(day))
    romanised = _ENGLISH_ERA_DATE_RE.search(norm)
    if romanised:
        return _romanised_era_date(*romanised.group(1, 2, 3, 4, 5))
    english = _ENGLISH_DATE_RE.search(norm)
    if english:
        name = (english.group(1) or english.group(5))[:3].lower()
        day = english.group(2) or english.group(4)
        year = english.group(3) or english.group(6)
        return _iso(int(year), _MONTHS.index(name) + 1, int(day))
    day_first = _ENGLISH_DAY_ERA_RE.search(norm)
    if day_first:
        return _romanised_era_date(*day_first.group(3, 4, 5, 1, 2))
    slashed = _SLASHED_YEAR_LAST_RE.search(norm)
    if slashed:
        first, second, year = (int(group) for group in slashed.groups())
        month, day = (first, second) if first <= 12 else (second, first)
        return _iso(year, month, day)
    return None
