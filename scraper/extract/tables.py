"""Tables of data read as a reader reads them, before the page is walked into lines.

A table announcing a change keeps only its new column; a table of the office's sections keeps
only the row taking the form; a bare number under a 電話/FAX column gets that label; a ○/×/△
matrix of methods reads as one verdict per method.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from .. import fastre
from ..textnorm import normalize
from .page import FAX_LABEL, NUMBER_LABEL_RE, PHONE_LABEL, UNIT_NAME_RE

# (or dated: 「項目 | 11月30日(日曜日)まで | 12月1日(月曜日)から」)
_BEFORE_RE = fastre.compile(r"変更前|旧$|^旧|改正前|日(?:\([^()]{1,4}\))?\s?まで$")
_AFTER_RE = fastre.compile(r"変更後|新$|^新|改正後|日(?:\([^()]{1,4}\))?\s?から$")
# A header cell ending with a date and まで, in the page's HTML (full-width brackets too).
_DATED_UNTIL_RE = fastre.compile(
    r"日(?:[(（][^()（）]{1,4}[)）])?\s?まで\s?</t[hd]>", re.IGNORECASE
)


def drop_superseded_cells(body: LexborNode, html: str) -> None:
    """A table announcing a change (「項目 | 変更前 | 変更後」): the 変更前 column is history
    (the old 提出先 and its e-mail), not how to file now."""
    if "変更前" not in html and "改正前" not in html and not _DATED_UNTIL_RE.search(html):
        return
    for table in body.css("table"):
        rows = table.css("tr")
        if len(rows) < 2:
            continue
        head = [normalize(c.text(deep=True, strip=True)) for c in rows[0].css("th, td")]
        before = [i for i, text in enumerate(head) if _BEFORE_RE.search(text)]
        if len(before) != 1 or not any(_AFTER_RE.search(text) for text in head):
            continue
        for row in rows[1:]:
            cells = row.css("th, td")
            if len(cells) == len(head):
                cells[before[0]].decompose()


# A table of the office's sections (課名 | 主な業務 | 電話 | FAX | メール), one of them marked as
# the one taking the form (「★多文化協働課」, a 「提出先」 badge, 「協力確認書の提出先」): the
# other rows are other sections' contacts.
_CONTACT_IN_ROW_RE = fastre.compile(r"\d{2,5}\D{1,3}\d{1,4}\D{1,3}\d{3,4}|@|●|★|\(at\)")
_ROW_MARK_RE = fastre.compile(r"★|☆|◎|提出先|協力確認書")
# … unless it is a table of places that take the form (本庁 and its 総合支所).
_PLACES_TABLE_RE = fastre.compile(r"提出|受付|窓口|支所")
_MIN_DIRECTORY_ROWS = 3
_QA_TABLE_RE = fastre.compile(r"質問|回答|^\s*(?:Q|問)\s?\d")


def _drop_directory_rows(rows: list[LexborNode], caption: str) -> bool:
    """True when it dropped the unmarked rows of a table of the office's sections (`caption`
    may say they are places taking the form: 「区役所の受付窓口」)."""
    if len(rows) <= _MIN_DIRECTORY_ROWS:
        return False
    if sum(len(row.css("td, th")) >= _MIN_DIRECTORY_ROWS for row in rows) < len(rows) / 2:
        return False  # a list of sections has columns: 課名 | 電話 | メール …
    texts = [normalize(row.text(deep=True, separator=" ")) for row in rows]
    # a FAQ's 「No. | 質問 | 回答」: a question about filing is the form's too, though it does
    # not name it (「提出の方法を教えてください」)
    faq = bool(_QA_TABLE_RE.search(texts[0]))

    def marked_row(text: str) -> bool:
        return bool(_ROW_MARK_RE.search(text)) or (faq and "提出" in text)

    units = {}
    for index, text in enumerate(texts):
        unit = UNIT_NAME_RE.search(text)
        if unit and _CONTACT_IN_ROW_RE.search(text):
            units[index] = unit.group()
    if len(set(units.values())) < _MIN_DIRECTORY_ROWS:
        return False
    if faq:
        # an FAQ's answer by another body, whose 担当 names no section (「熊本県外国人サポート
        # センター 096-…」): another row to drop, under no unit (a row of the FAQ's columns, not
        # a layout table's one-cell row of files)
        columns = len(rows[0].css("td, th"))
        for index, text in enumerate(texts[1:], 1):
            if (
                index not in units
                and len(rows[index].css("td, th")) == columns
                and _CONTACT_IN_ROW_RE.search(text)
            ):
                units[index] = ""
    # (a row of a marked row's section is the form's section's too: an FAQ's 「押印は必要ですか。
    # | 押印は不要です。 | 政策企画課 国際交流班 …」 under 「協力確認書の提出方法…」's row)
    marked = {units[i] for i in units if marked_row(texts[i])}
    if _PLACES_TABLE_RE.search(f"{caption} {texts[0]}") and not marked:
        return False
    for index, unit in units.items():
        if not marked_row(texts[index]) and unit not in marked:
            rows[index].decompose()
    return True


# A table whose header names a column 電話 or FAX (課名 | 電話 | FAX | メール): a bare number in
# that column is written with its column's label, as a reader takes it.
_NUMBER_HEAD_RE = fastre.compile(rf"^(?:{FAX_LABEL}|{PHONE_LABEL})\s?(?:番号)?$")


def _label_number_columns(rows: list[LexborNode]) -> None:
    if len(rows) < 2:
        return
    head = [normalize(c.text(deep=True, strip=True)) for c in rows[0].css("th, td")]
    columns = [i for i, text in enumerate(head) if _NUMBER_HEAD_RE.match(text)]
    if not columns:
        return
    for row in rows[1:]:
        cells = row.css("th, td")
        if len(cells) != len(head):
            continue
        for i in columns:
            text = cells[i].text(deep=True)
            numbered = any(ch.isdigit() for ch in text)  # not a ○/× matrix's 「×」
            if numbered and cells[i].child is not None and not NUMBER_LABEL_RE.search(text):
                cells[i].child.insert_before(f"{head[i]}:")


# A ○/×/△ matrix (「提出者 | 窓口持参 | 郵送 | …」 over rows of marks, or a row of marks for each
# method): each column and each row reads as one verdict, ○ anywhere winning, △ meaning what the
# page's legend (「△:準備中」) says. Both are written, 「窓口持参:○。」 in the header cell and
# 「:×。」 after a row's label: the ones naming a method are read by the method rules, the
# others (「所属機関:○。」) name none.
_ACCEPTED, _PARTLY = "○◯〇●", "△▲"
_MARKS = f"{_ACCEPTED}×✕✖{_PARTLY}"
# (a short remark in brackets: 「×(受付終了)」「○(新規)」)
_MARK_CELL_RE = fastre.compile(rf"^([{_MARKS}])\s?(?:※\d?|\*\d?|\(注\d?\)|\([^()]{{1,8}}\))?$")
# A column of marks headed by a date from which they hold (「令和8年10月1日から」「変更後」),
# after one headed by the date until which the others held: a row's verdict is its last mark.
_FROM_HEAD_RE = fastre.compile(r"から$|以降$|^変更後|^新(?:規)?$|^現在")
# (an English page's legend: 「○: accepted ×: not accepted △: in preparation」)
_LEGEND_MEANING = r"([^\s、,。/()○◯〇×✕✖][^、,。/()○◯〇×✕✖]{0,19})"
_MARK_LEGEND_RE = fastre.compile(rf"[△▲]\s?[:=]?\s?{_LEGEND_MEANING}")
_MARK_LEGEND_SAID_RE = fastre.compile(rf"[△▲]\s?[:=：]\s?{_LEGEND_MEANING}")  # colon required
# (やさしい日本語: 「△:いま じゅんびちゅう です」「×:だせません」)
_PLANNED_LEGEND_RE = fastre.compile(
    r"準備中|予定|検討中|じゅんび|preparation|preparing|planned|coming"
)
_REFUSED_LEGEND_RE = fastre.compile(
    r"不可|できません|なし|対象外|だせません|not accepted|not available"
)


def _verdict(marks: list[str], partly: str) -> str:
    if any(mark in _ACCEPTED for mark in marks):
        return "○"
    return partly if any(mark in _PARTLY for mark in marks) else "×"


def _set_text(cell: LexborNode, text: str) -> None:
    for child in list(cell.iter(include_text=True)):
        child.decompose()
    cell.insert_child(text)


def _read_mark_matrix(rows: list[LexborNode], partly: str) -> None:
    """Columns of marks under a header row, and each row's marks, as verdicts (see above); a
    table whose first row holds marks has no header row."""
    grid = [row.css("th, td") for row in rows]
    texts = [[normalize(cell.text(deep=True, strip=True)) for cell in cells] for cells in grid]
    marked = [[bool(_MARK_CELL_RE.match(text)) for text in row_texts] for row_texts in texts]
    if not any(any(row) for row in marked):
        return
    first_body = 0 if any(marked[0]) else 1
    head = texts[0]
    columns: dict[int, list[str]] = {}
    for row_texts, row_marked in zip(texts[first_body:], marked[first_body:], strict=True):
        shift = len(row_texts) - len(head)  # (a row may lack the header's first cells)
        for index, is_mark in enumerate(row_marked):
            if first_body and is_mark and 0 < index - shift < len(head):
                columns.setdefault(index - shift, []).append(row_texts[index][0])
    for index, marks in columns.items():
        _set_text(grid[0][index], f"{head[index]}:{_verdict(marks, partly)}。")
    latest_wins = len(columns) > 1 and bool(_FROM_HEAD_RE.search(head[max(columns)]))
    for cells, row_texts, row_marked in zip(
        grid[first_body:], texts[first_body:], marked[first_body:], strict=True
    ):
        marks = [text[0] for text, is_mark in zip(row_texts, row_marked, strict=True) if is_mark]
        if not marks or row_marked[0]:
            continue
        if latest_wins:  # 「ファクス | ○ | ×(受付終了)」 under 「…まで | …から」
            marks = marks[-1:]
        first = row_marked.index(True)
        _set_text(cells[first], f":{_verdict(marks, partly)}。")
        for cell, is_mark in zip(cells[first + 1 :], row_marked[first + 1 :], strict=True):
            if is_mark:
                cell.decompose()


def _mark_meaning(text: str) -> str:
    """What △ means on this page: 準備中, ×, or (by default, 「△:一部可」) ○."""
    # (the legend says 「△:…」; the first △ may be a cell of the table, with its remark after)
    legend = _MARK_LEGEND_SAID_RE.search(text) or _MARK_LEGEND_RE.search(text)
    # (the page's raw text, full-width too: 「△：ｉｎ ｐｒｅｐａｒａｔｉｏｎ」)
    meaning = normalize(legend.group(1)) if legend else ""
    if _PLANNED_LEGEND_RE.search(meaning):
        return "準備中"
    return "×" if _REFUSED_LEGEND_RE.search(meaning) else "○"


def read_data_tables(body: LexborNode, text: str) -> None:
    """One pass over the tables of data (a layout table, holding a page, has tables inside:
    css() counts the table itself): other sections' rows go, number columns get labels, ○/×
    matrices read as verdicts. `text` is the page's text, for the matrices' legend."""
    matrices = any(mark in text for mark in _MARKS)
    partly = _mark_meaning(text) if matrices else "○"
    for table in body.css("table"):
        if len(table.css("table")) > 1:
            continue
        rows = table.css("tr")
        caption = table.css_first("caption")
        if _drop_directory_rows(rows, normalize(caption.text()) if caption else ""):
            rows = table.css("tr")
        _label_number_columns(rows)
        if matrices:
            _read_mark_matrix(rows, partly)
