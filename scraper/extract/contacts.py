"""E-mails, phone and fax numbers, postcodes, addresses and the department, from page lines.

Lines come from content.parse_page, so the site header and footer (with the city hall's
switchboard) are already gone. Numbers are assigned to the label (電話/TEL/☎/FAX/ファクス …)
nearest before them on the same line, or on the line before when a label stands alone.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from .. import fastre
from ..models import Municipality
from ..textnorm import (
    EMAIL_RE,
    find_emails,
    find_phones,
    fold_dash_after_digit,
    normalize,
    squash,
)
from .content import Line, Link
from .page import (
    FAX_LABEL,
    FOREIGN_BODY,
    FOREIGN_BODY_RE,
    FORM_WORDS_RE,
    NOT_THIS_FORM_RE,
    OTHER_PROCEDURE_RE,
    PHONE_LABEL,
    PHONE_SHAPE_RE,
    UNIT_NAME_RE,
    in_another_language,
    mostly_links,
    repeats_numbers_before,
    sentence_around,
    sentence_before,
    without_furigana,
)
from .topics import names_the_form, procedure_rows

_LABEL_RE = fastre.compile(rf"(?P<fax>{FAX_LABEL})|(?P<tel>{PHONE_LABEL})")
# A number right after 〒 / 郵便番号 is a postcode, even when it starts with 0 (〒060-0001).
# Without a mark, a 3-4 digit number is a postcode when a prefecture follows it (「963-8304
# 福島県石川郡…」): no phone number is written that way.
_POSTCODE_RE = fastre.compile(
    # (an English page's 「(Postal code 708-8501)」)
    r"(?:(?:〒|郵便番号\s?:?|(?<![A-Za-z])(?:Postal|Zip|ZIP) [Cc]ode\s?:?)"
    r"\s?(?P<marked>\d{3}\s?-?\s?\d{4})"
    r"|(?<![\d-])(?P<bare>\d{3}-\d{4})(?=\s?(?:北海道|東京都|京都府|大阪府|[^\s\d]{2,3}県)))(?!\d)"
)


def _postcodes(text: str) -> list[re.Match[str]]:
    """The postcodes in `text`, marked or followed by a prefecture."""
    if (
        "〒" in text
        or "郵便番号" in text
        or ("-" in text and _PREFECTURE_CHAR_RE.search(text))
        or " code" in text
        or " Code" in text
    ):
        return list(_POSTCODE_RE.finditer(text))
    return []


_PREFECTURE_CHAR_RE = fastre.compile(r"[都道府県]")


def _postcode(m: re.Match[str]) -> str:
    """「963-8304」 from a match of _POSTCODE_RE (「〒963 - 8304」「郵便番号:9638304」)."""
    digits = "".join(c for c in m.group("marked") or m.group("bare") if c.isdigit())
    return f"{digits[:3]}-{digits[3:]}"


_NO_AREA_RE = fastre.compile(
    # (「商工労政係(直通 73-5181)」: a direct line's label)
    rf"(?:{PHONE_LABEL}|{FAX_LABEL}|直通)\s?(?:番号)?\s?:?\s?(\d{{2,4}}-\d{{4}})(?![\d-])"
)
# The characters of a municipality's name in kanji, 々 included (「佐々町」「野々市市」).
_KANJI = r"\u4e00-\u9fff々"
# Lines about another body (immigration bureau, its information centre, Hello Work, the
# international association's consultation desk): their numbers are not the department's.
_OTHER_ORG_RE = fastre.compile(
    FOREIGN_BODY
    # 「熊本市外国人総合相談プラザ(電話…)でも受け付けています」 (やさしい日本語: 「外国人 相談」)
    + r"|外国人\s?(?:\S{1,4}\s?)?相談"
    + r"|多言語\S{0,6}相談"  # 「静岡県多言語生活相談窓口 電話:…」
    + r"|フェリー|運航案内"  # (「村営船「フェリーみしま」の運航案内(電話…)」)
    # 「熊本県外国人サポートセンター(電話…)」 (「みやざき外国人 サポートセンター」)
    # (「多言語支援センターかながわ(電話…)」)
    + r"|(?:外国人|多言語)\s?\S{0,6}(?:サポート|支援)\s?センター"
    + r"|\bForeign (?:Residents?'? )?Support Cent(?:er|re)\b"  # 「Nara Foreign Residents Support…」
    + r"|雇用サービスセンター"  # 「東京外国人雇用サービスセンター 電話:…」 (Hello Work's)
    + r"|外国人材\S{0,8}センター"  # 「大阪府外国人材受入促進センター(電話:…)」
    # 「仙台多文化共生センター(電話…)で相談を…」「相模原市国際交流ラウンジ(電話…)でも…」
    # (やさしい日本語's spaces: 「長野県 多文化共生 相談 センター(でんわ …)」)
    # (「東近江市国際協会(電話 …、メール …)」)
    + r"|(?:共生|相談)\s?センター|相談プラザ|国際交流(?:ラウンジ|プラザ)"
    + r"|国際(?:交流|友好|親善)?協会"
    # (「大阪府外国人情報コーナー」, 'information center for foreign residents')
    + r"|情報\s?コーナー|\b[Ii]nformation (?:[Cc]ent(?:er|re)|[Cc]orner) for [Ff]oreign"
    + r"|国際(?:交流)?センター"  # 「名古屋国際センターの情報カウンター(電話:…)」
    + r"|国際交流\S{1,4}協会"  # 「飯田国際交流推進協会(電話 0265-24-1500)」
    # (「おかやま電子申請サービスの…ヘルプデスク(電話:0570-…)」: the system's, not the form's)
    + r"|ヘルプデスク|\b[Hh]elp ?[Dd]esk\b"
    # (「…運営事業者のサポート窓口(support@…)へお問い合わせください」: the system's vendor)
    + r"|運営(?:事業者|会社|業者)|サポート窓口"
    + r"|国際交流会館|コールセンター|いつでもコール"  # 「京都市国際交流会館」, a city's call centre
    + r"|観光協会|商工会"  # 「湯河原温泉観光協会(TEL …)には提出しないでください」
    + r"|協同組合|漁協|農協"  # 「小値賀町漁業協同組合 電話 …」: a cooperative's
    + r"|旅館組合|組合事務局"  # (「洞川温泉旅館組合事務局(電話:…)」)
    + r"|実行委員会"  # 「問合せ かみいた夏まつり実行委員会(産業課内) ☎…」: an event's
    # the town's facilities (a list 「総合文化ホール / TEL …」「三朝町図書館 / TEL …」)
    + r"|ホール|図書館|公民館|体育館|美術館|博物館|文化会館|保健センター|観光(?:商工)?センター"
    + r"|(?:そうだん|しえん)\s?(?:センター|まどぐち)"  # 「なら外国人そうだんセンター」
    + r"|(?:共催|後援|協賛)\s?:"  # 「共催:鳥取県 交流推進課(電話:…)」: an event's co-host
)
_EMAIL_HINT_RE = fastre.compile(r"[@●★☆◆◇■□〇○◎▲△▼*※♪#]|at|アット", re.IGNORECASE)
_DIGIT_RE = fastre.compile(r"\d")
_EXTENSION_RE = fastre.compile(r"内線\s?:?\s?\d+")
_ID_NUMBER_RE = fastre.compile(r"ID\s?:?\s?[A-Za-z]{0,3}[\d-]+")
_ADDRESS_LABEL_RE = fastre.compile(
    # (やさしい日本語: 「じゅうしょ」「おくりさき」)
    r"(?:住所|所在地|郵送先|送付先|提出先住所|宛先|あて先|じゅうしょ|おくりさき|Address)"
    # (not a particle after the word: 「事業所も住所も山江村の場合は1通」 gives no address)
    r"(?![もはがをのに])\s?[:】\]]?\s?(?:〒\s?\d{3}-?\d{4})?\s?"
    r"(?P<rest>.+)"
)
_WAY = r"(?:郵送|ファクス|ファックス|FAX|メール|電子メール|持参|窓口)"
_DEPT_LABEL_RE = fastre.compile(
    r"(?:提出先|提出・問い合わせ先|郵送先|送付先|宛先|あて先|所管課|担当課|担当部署"
    r"|だす\s?ところ|おくり\s?さき|おくる\s?ところ)"  # やさしい日本語
    # 「【提出先・お問い合わせ】」「【郵送先・メール送信先】」「■ だすところ・きくところ」
    # (「提出先・協力確認書に関するお問い合わせ」)
    r"(?:[・/](?:[^\s・/]{1,12}(?:に関する|についての))?(?:お)?問(?:い)?合(?:わ)?せ(?:先)?"
    r"|[・/](?:メール)?送信先|・きくところ)?"
    r"(?:\((?:提出先|送付先|郵送先)\))?"  # 「だす ところ(提出先)」
    # (the ways it is for: 「提出先(郵送・ファクス)」)
    rf"(?:\({_WAY}(?:[・、/]{_WAY}){{0,3}}\))?"
    # 「提出先は、浜松市役所 市民部 国際課です」; 「■ Submission destination (提出先)」
    r"(?:\s?[:】\]]\s?|\s|$|は、?|\)$)"
    r"|(?:^|【|\[)担当\s?[:】\]]\s?|^担当\s"
    # (a sentence: 「「協力確認書」の受付は、令和7年10月1日から企画振興課 企画調整係が担当して
    # います」)
    # (「「協力確認書」は、多可町では企画秘書課 企画調整係が受付を担当しています」)
    r"|協力確認書」?(?:の受付)?は、?(?:[^。、]{1,6}では、?)?"
    r"(?=[^。]{1,40}?が(?:受付を)?担当して(?:い|おり)ます)"
    # (「高浜市では、企画部 地域政策グループが協力確認書の受付を担当しています」)
    r"|(?:^|。\s?)[^。、\s]{1,8}では、?(?=[^。]{1,40}?が「?協力確認書」?の受付を担当して(?:い|おり)ます)"
    # English labels: 「【Submit to】」「Submission destination」「Where to submit:」
    # 「Contact / Submit to」「3. Submit to (提出先)」
    r"|^(?:\d{1,2}\.\s?|[■●◆]\s?)?[【\[]?(?:(?:Contact|Enquiries|Inquiries)\s?[/・&]\s?)?"
    r"(?:Submi(?:t|ssion) to|Send (?:it |the form )?to|Submission (?:destination|address)"
    r"|Where to (?:submit|send)|(?:Section|Division|Department) in charge)"  # (a translation)
    # 「【Submission to / Enquiries】」「■ Submission destination / Inquiry」
    r"(?:\s?[/・&]\s?(?:Enquir(?:y|ies)|Inquir(?:y|ies)|Contact))?"
    r"\s?(?:\((?:提出先|送付先|郵送先)\))?"
    # (a table row's label cell ends its line: 「Submit to\n【…】」, or its cell: 「Section in
    # charge | Kuromatsunai Town Office Planning …」)
    r"\s?(?:[:】\]]\s?|\n|$|(?<=\s)(?=[A-Z]))"
)
_DEPT_LEAD_RE = fastre.compile(
    # (やさしい日本語's 「たんとう」, run into the name when the row's words are joined)
    r"^[【\[]?(?:担当課|担当部署|担当|所管課|所属課室|所属課|所属|課室名|部署名|提出先|郵送先|送付先|宛先|あて先"
    r"|たんとう)"
    r"\s?[:】\]]?\s?"
)
_ENQUIRY_HEAD_RE = fastre.compile(
    r"^[■□●◆◇【\[]?\s?(?:提出(?:先)?[・、/])?(?:このページ(?:に関する|についての)?)?"
    r"(?:お)?問(?:い)?合(?:わ)?せ(?:先)?(?:\([^()]{1,20}\))?"  # (「…先(協力確認書)」)
    r"\s?[:】\]]?\s?|^[【\[]?担当(?:課)?\s?[:】\]]\s?"
)
_UNIT = (  # (「担当者」 is a person; 「担当部署」 any section: 「連絡を受ける担当部署・担当者名」)
    # (「春日部市役所」「岡部町役場」: a place name ending in 部)
    # (「日本語教室」「会議室」 are rooms, not sections)
    # (「雇用に関係する窓口」: 関係 is no 係)
    r"(?:部(?![市町村]役[所場]|署|郡)|局|課|(?<![教議])室(?![町市村])|(?<!関)係|班|担当理事|担当(?!者|部署)|グループ|センター|チーム"
    r"|事務所|本部|支所|出張所"
    r"|委員会|広域連合)"  # 「北アルプス広域連合 事務局 企画振興課」: a joint body takes the form
)
_DEPT_RE = fastre.compile(rf"(?:[^\s\d、。:()【】「」<>/\[\]]{{0,25}}?{_UNIT}\s?){{1,5}}")
# English pages: 「International Affairs Division」「Multicultural Section」.
_EN_DEPT_RE = fastre.compile(
    r"\b(?:[A-Z][A-Za-z&'-]*\s(?:of\s|and\s|&\s)?){1,5}"
    r"(?:Division|Section|Department|Office|Bureau|Center|Centre|Unit)\b"
    # 「International Affairs Division, Planning Department」, 「Planning Department Exchange
    # Promotion Division International Exchange Section」: the units above and below it
    # (「Planning Section, Planning and Tourism Division」)
    r"(?:,?\s(?:[A-Z][A-Za-z&'-]*\s(?:of\s|and\s|&\s)?){1,4}"
    # (not 「…, Matsuzaki Town Office」: the municipality's office after its units)
    r"(?:Department|Bureau|(?<!Town )(?<!City )(?<!Village )Office|Division|Section|Unit|Team"
    r"|Group)\b){0,2}"
)
# (「中村区役所区政部…」: the office's name whole, not 「中村」 as if a village)
_MUNICIPALITY_PREFIX_RE = fastre.compile(
    # (「札幌市手稲区市民部…」: a designated city's ward after the city)
    r"^(?:[^\s\d]{2,3}[都道府県])?(?:[^\s\d]{1,5}?市(?=[^\s\d]{1,4}?区))?"
    r"(?:[^\s\d]{1,5}?[市区町村](?:役所|役場)|[^\s\d]{1,5}?[市区町村])"
    r"(?:\d+階)?\s?"
)
_BRACKET_DEPT_RE = fastre.compile(rf"【(?P<dept>[^】]{{2,30}}{_UNIT})】")
_NOT_DEPT_RE = fastre.compile(
    # (not a unit named for its counter: 「住民窓口係」「市民窓口課」)
    r"問い合わせ|問合せ|このページ|提出|郵送|窓口(?![課係室班])|ホーム|トップ|一覧|出入国|入管|法務"
    r"|ハローワーク"
    r"|協議会|外部|お近く|各課|(?<!安)全部|(?<!第)一部|本文|内部|学部"
    r"|大字|[都道府県].{1,6}?郡"  # 「埼玉県北足立郡伊奈町大字小室(9493番地)」: a place, not a 室
    # 「奥多摩町役場(担当課直通)」「担当係へ」: the section in charge, unnamed
    r"|^(?:担当|所管|関係)(?:課|係)$"
    r"|^(?:新しい|新|旧|前の)担当"  # (「書類のあて先は新しい担当あてでお願いします」)
    # 「宛先は、ページ下部の担当課です」「下記担当課」: a pointer to it
    # (「札幌市(本庁の担当課)」: which office, not the section's name)
    r"|(?:ページ|下記|上記|下部|下の|上の|は|本庁|本所|市役所|役場)(?:の)?(?:担当|所管|関係)課$"
    r"|^の"  # 「札幌市の担当課」: a piece of a phrase
    r"|[局部課室]の担当$"  # 「提出先は次の市民局の担当です」: a pointer to the section below
    r"|を|同じ|引き続き"  # a piece of a sentence (「18区の協力確認書を国際局で…」), not a name
    r"|各(?:市|区|町|村|役|担当|支所|部署|窓口)"  # 「各役場の担当課」: every municipality's
    r"|(?:印|マーク|記号)の(?:課|係|担当)$"  # 「提出先は、★印の課です」: the row marked so
    r"|欄に|記載"  # 「各回答の【担当】欄に記載の課へ」: a pointer to each answer's own row
    # 「ページ下部の「…お問い合わせ」の住所あて」: a place on the page
    r"|^(?:ページ|画面)?[上下]部$"
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


def _numbers(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, formatted, grouped on the page) of every phone-shaped number; postcodes
    and 内線 extensions excluded."""
    blocked = []
    blocked += [(m.start(), m.end()) for m in _postcodes(text)]
    if "内線" in text:
        blocked += [(m.start(), m.end()) for m in _EXTENSION_RE.finditer(text)]
    if "ID" in text:  # 「ページID:S010-060-0412」 is a page number
        blocked += [(m.start(), m.end()) for m in _ID_NUMBER_RE.finditer(text)]
    found = []
    for start, end, number, grouped in find_phones(text):
        if not any(s <= start < e for s, e in blocked):
            found.append((start, end, number, grouped))
    for m in _NO_AREA_RE.finditer(text):
        if not any(s <= m.start(1) < e for s, e, _n, _g in found):
            found.append((m.start(1), m.end(1), m.group(1), True))
    return sorted(found)


# Labels joined by nothing but a separator share their numbers: 「TEL/FAX」「電話・ファクス」.
_LABEL_JOIN_RE = fastre.compile(r"\s?[/・,、&]?\s?")


def _label_groups(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """(end, kinds) of each run of labels on a line, in order: 「電話 / FAX」 is one run."""
    groups: list[tuple[int, tuple[str, ...]]] = []
    for m in _LABEL_RE.finditer(text):
        kind = "fax" if m.group("fax") else "tel"
        joined = groups and _LABEL_JOIN_RE.fullmatch(text, groups[-1][0], m.start())
        if joined and kind not in groups[-1][1]:  # 「電話・FAX TEL:…」: TEL starts over
            groups[-1] = (m.end(), (*groups[-1][1], kind))
        else:
            groups.append((m.end(), (kind,)))
    return groups


# After a number: 「…(0267-96-2217)へお電話ください」 makes it a phone, whatever label came before.
_CALL_AFTER_RE = fastre.compile(r"\)?\s?(?:へ|に|まで)\s?(?:お)?電話")


# A phone-shaped number with no label: a phone, unless the page labels it as its fax elsewhere
# (a card 「ファクス 令和7年10月から」 over 「0887-33-2118(企画振興課)」, the block's 「ファクス:
# 0887-33-2118」).
_UNLABELLED = "unlabelled"


def _phones_in(
    text: str, carried: tuple[str, ...]
) -> tuple[list[tuple[str, str, int]], tuple[str, ...]]:
    """[(kind, number, where)] for one line; `carried` is the labels left alone on the
    previous line. A run of labels (「TEL/FAX」「電話・ファクス」) followed by as many numbers
    gives them out in order (「電話/FAX:0574-62-7322/0574-62-2133」); otherwise each of its
    numbers goes to every label in it (「TEL/FAX 共通 …」). A number with no label at all is
    of kind _UNLABELLED."""
    groups = _label_groups(text)
    by_group: dict[int, list[tuple[str, int]]] = {}
    called: set[int] = set()  # numbers to call: 「…産業建設課(0267-96-2217)へお電話ください」
    for start, number_end, number, grouped in _numbers(text):
        owner = -1
        for index, (end, _kinds) in enumerate(groups):
            if end > start:
                break
            owner = index
        if owner < 0 and not grouped and not carried:
            continue  # bare digits without a label are ids (ID:0000186754), not phones
        by_group.setdefault(owner, []).append((number, start))
        if _CALL_AFTER_RE.match(text, number_end):
            called.add(start)
    result = []
    for owner, numbers in by_group.items():
        kinds = groups[owner][1] if owner >= 0 else carried or (_UNLABELLED,)
        in_order = len(kinds) > 1 and len(numbers) == len(kinds)
        for position, (number, start) in enumerate(numbers):
            if start in called:
                result.append(("tel", number, start))
                continue
            for kind in (kinds[position],) if in_order else kinds:
                result.append((kind, number, start))
    alone: tuple[str, ...] = ()
    if groups and not result and len(text) <= 12:
        alone = groups[-1][1]
    return sorted(result, key=lambda item: item[2]), alone


# An address runs from its first character to the end of its lot number (…1156-9, …17番1号,
# …50番地の10, …180番地, Hokkaido's grid …北24条西6丁目1-1); floors, buildings and department
# names after it are not part of it.
# A lot number: digits, or kanji numerals before their unit (「二丁目一番一号」).
# (not a floor: 「〒370-1592 上野村役場 1階」 gives no lot)
_LOT_NUM = (
    # (not a building's number: 「寿町7番1号 1号館2階」; 「七番丁」 is a town)
    r"(?:\d+(?![\d階])(?!号館|号棟)|[一二三四五六七八九十]+(?=丁目|番(?!丁|町)|号))"
)
_ADDRESS_RE = fastre.compile(
    # (「千葉県四街道市鹿渡無番地」: an office on land with no lot number)
    rf"^(?P<head>[^\s\d:()、。]{{2,30}}?)\s?(?P<lot>無番地|{_LOT_NUM}"
    # (「野駄第21地割170番地」: Iwate's 地割, or a 字 after it: 「第9地割字銅屋13番地2」)
    # (「二ツ屋町2字29番地」: a 字 between numbers; 「能登部下91部23番地」: Ishikawa's 部)
    # (「南郷通1丁目南8-1」: Sapporo's 丁目 then a direction)
    # (「字市中三番甲3662番地」: a 甲 or 乙 lot after the 番; 「中央町1番の1」)
    rf"(?:\s?(?:丁目[東西南北](?=\d)|丁目|丁(?=\d)|番地の|番地|番町|番[甲乙丙の](?=\d)|番|号|-|の|[字部](?=\d)|条(?:通り?)?[東西南北]?|線[東西南北]?"
    rf"|街区|地割(?:字[^\s\d:()、。]{{1,6}}?(?=\d))?)"
    rf"(?:\s(?!0\d{{1,4}}-))?{_LOT_NUM})*"
    r"(?:\s?(?:番地|番|号|丁目))?)"
)
_ADDRESS_HEAD_RE = fastre.compile(r"[都道府県市区町村郡]")
_ADDRESS_LABEL_ONLY_RE = fastre.compile(
    r"^[■●◆・【\[]?\s?(?:住所|所在地|郵送先|送付先|提出先|宛先|あて先|じゅうしょ|おくりさき)\s?[】\]:]?$"
)


def _address_from(text: str) -> str | None:
    """The address at the start of `text`, cut after its lot number; None if none is there."""
    text = re.sub(r"^\s?(?:住所|所在地|じゅうしょ)\s?:?\s?", "", text.strip(" :、,"))
    m = _ADDRESS_RE.match(text)
    if not m or not _ADDRESS_HEAD_RE.search(m.group("head")):
        return None
    return (m.group("head") + m.group("lot")).strip()


# A section headed by another body (a consultation centre, a hotline, an association) or
# run by one (「運営:公益財団法人…」): its numbers and addresses are that body's.
_OTHER_BODY_HEAD_RE = fastre.compile(
    _OTHER_ORG_RE.pattern
    + r"|相談センター|相談窓口|ホットライン|支援センター|FRESC|協会|財団|協議会"
    + r"|関係機関|相談機関|相談先"  # 「外国人従業員の生活相談・関係機関のご案内」
    + r"|[Cc]onsult|[Hh]otline|Association|Support Cent"
    # (「9. Other contacts」 over 「These organizations can help …, but they do not receive the
    # form.」)
    + r"|\b[Oo]ther (?:contacts|organi[sz]ations)\b"
)
_RUN_BY_RE = fastre.compile(r"(?:運営|実施|委託先)\s?:?\s?.{0,12}(?:財団|協会|法人|NPO)")
_OWN_SECTION_RE = fastre.compile(r"協力確認書|提出")
# 「2階の市民協働課」「下記の国際交流課」
# (「提出先は本庁の国際交流課のみです」: the building, then the section)
# (「提出先は、市役所本庁舎の国際化推進課だけです」: the office, then its building)
_BUILDING = r"(?:市役所|町役場|村役場|役場|役所)?(?:本庁舎|本庁|本館)"
_BUILDING_RE = fastre.compile(rf"^{_BUILDING}の")
_PLACE_PARTICLE_RE = fastre.compile(
    # (「提出先は市の国際課です」: the city's, said by a ward's page)
    # (「だすところは、役場の商工水産観光課です」)
    rf"^(?:階|内|横|隣|奥|下記|上記|次|以下|左記|{_BUILDING}"
    r"|市役所|町役場|村役場|役場|役所|市|町|村|区)?の"
    # a conjunction of the sentence: 「電子メール、郵送、または商工振興課窓口への持参」
    r"|^(?:または|又は|もしくは|若しくは|および|及び|並びに|ならびに)"
    # (「提出先はいずれも商工観光課です」: whichever way)
    r"|^(?:いずれも|どちらも|すべて|全て)"
    # (「1かい 3ばんまどぐち産業振興課あて」: the desk's number)
    r"|^(?:ばん|番)\s?(?:まどぐち|窓口)"
    # (「郵送の送付先は、これまでどおり国際政策課です」: as before)
    # (「提出先は、これまでと変わらず農林商工課 商工観光係です」)
    r"|^(?:これまで|今まで|従来|以前)?と?(?:変わらず|かわらず)"
    r"|^(?:これまで|今まで|従来|以前と同じく|引き続き)(?:どおり|通り)?"
    # (「…名古屋市(担当は本庁の国際交流課)です」: the label, then the building and the section)
    rf"|^担当(?:課|部署)?は、?(?:{_BUILDING}の)?"
)
# A verb ending a clause before the name: 「…と表示した商工振興課」「…を担当する国際課」
# (「提出先は、★の付いている課です」: a clause, then a bare 課)
_CLAUSE_RE = re.compile(
    # (「市の担当課である観光交流文化局国際交流課が…」)
    r"(?<=[\u4e00-\u9fff])(?:した|する|している|された|される|いている|っている|である)(?=[\u4e00-\u9fff])"
)
_CIVIC = ("都市", "市民", "区民", "町民", "村民")
_URBAN_RE = fastre.compile(r"^[^\s\d]{2,}都市\s?$")
# 「湖西市国際交流協会で相談できます」: the section sends readers to that body.
_REFERRED_RE = fastre.compile(r"相談|そうだん|運営|問い合わせ|といあわせ")
# The page says the municipality does not do it, and sends the reader to the body below.
_SENT_ELSEWHERE_RE = fastre.compile(
    r"[市町村区]では(?:行って|取り扱って|扱って)(?:い|おり)ません[^。]{0,4}。?\s?"
    r"(?:次|下記|以下)の(?:窓口|機関)(?:へ|に)"
)


def other_body_sections(lines: list[Line], *, named_only: bool = False) -> list[bool]:
    """For each line: is it in a content section about another body (see above)?
    `named_only`: only sections whose heading names it (an FAQ whose first answer mentions
    the immigration agency is still the page's)."""
    flags = [False] * len(lines)
    start = level = -1
    named = False  # the heading names the other body (else a line under 関連リンク does)
    for i, line in enumerate(lines):
        if line.kind == "h" and line.region == "content" and line.level >= 2:
            if start >= 0 and line.level <= level:
                start = -1
            if start < 0 and not _OWN_SECTION_RE.search(line.text):
                # (not an answer under a question naming the form: 「<h2>よくある質問</h2>」
                # 「<h3>Q1 技能実習生を…協力確認書は必要ですか。</h3>」「A1 …外国人技能実習機構
                # …にお問い合わせください」)
                window = itertools.takewhile(
                    lambda ln: ln.kind != "h" or not _OWN_SECTION_RE.search(ln.text),
                    lines[i + 1 : i + 3],
                )
                texts = [ln.text for ln in window if ln.kind != "h"]
                run_by = any(
                    _RUN_BY_RE.search(text)
                    or (_OTHER_ORG_RE.search(text) and _REFERRED_RE.search(text))
                    for text in texts
                ) or (
                    # (「…手続きは、市では行っておりません。次の窓口へお問い合わせください。」
                    # over 「名古屋出入国在留管理局 富山出張所」)
                    len(texts) == 2
                    and bool(_SENT_ELSEWHERE_RE.search(texts[0]))
                    and bool(_OTHER_ORG_RE.search(texts[1]))
                )
                named = bool(_OTHER_BODY_HEAD_RE.search(line.text))
                if named or (run_by and not named_only):
                    start, level = i, line.level
        elif line.region != "content":
            start = -1
        flags[i] = start >= 0
        # under a generic heading, 「ご不明な点は、多文化共生推進課(電話…)まで」 is the page's own
        if flags[i] and not named and UNIT_NAME_RE.search(line.text):
            flags[i] = bool(_OTHER_BODY_HEAD_RE.search(line.text))
    return flags


def _own_before(text: str, number_at: int, other: re.Match[str]) -> bool:
    """On a line that also names another body, a number is the office's own when it comes
    before that name, in a sentence naming a section of the office (「…企画課企画政策係(電話
    0278(52)2113)まで…。…インフォメーションセンター(電話 0570-…)へ」), or in a later sentence
    naming a section and no other body (「…出入国在留管理庁のホームページ…。ご不明な点は、
    産業経済課 商工観光係(電話:…)までお問い合わせください」), or far before the name (a
    paragraph that says everything in one sentence: 「…電子メール(kikaku@…)に添付して送信
    するか、…(数百字)…在留資格の手続きに関するご質問は福岡出入国在留管理局…へ」)."""
    sentence = sentence_before(text, number_at)
    if number_at > other.start():
        if number_at - len(sentence) > other.end() and _AS_DESTINATION_RE.match(text, other.end()):
            return True  # 「…の申請を出入国在留管理局へ行う前。…3 電子メール kikaku@…」
        return (
            number_at - len(sentence) > other.end()
            and bool(UNIT_NAME_RE.search(sentence))
            and not _names_as_contact(other.re, sentence)
        )
    if UNIT_NAME_RE.search(sentence) or other.start() - number_at > _FAR_BEFORE_CHARS:
        return True
    # (or after it, in its own sentence that names no other body: 「…電子メールに添付して
    # kikaku-g@… あてに送信いただくか、企画政策課(塩田庁舎2階)まで郵送…ください。様式は、
    # 出入国在留管理庁が公開している…」)
    around = sentence_around(text, number_at, number_at)
    return bool(UNIT_NAME_RE.search(around)) and not _names_as_contact(other.re, around)


_FAR_BEFORE_CHARS = 120
# The body named as the form's author or publisher, not as someone to contact: 「用紙は出入国
# 在留管理庁が定める協力確認書の様式(Excel形式)を使い、…電子メールで…あてに」.
_AS_AUTHOR_RE = fastre.compile(
    r"[庁局]?(?:[がの]\s?(?:定める|定めた|定めている|公開して|公開する|作成した)|の(?:参考)?様式"
    r"|のホームページ)"
)

# … or as where the worker's application goes, in a sentence of its own: 「在留資格の申請…を
# 出入国在留管理局へ行う前」.
_AS_DESTINATION_RE = fastre.compile(
    r"[庁局署所]?\s?(?:へ|に)\s?(?:行う|する|申請する|提出する)\s?(?:前|まで)|[庁局署所]?への\s?(?:申請|手続)"
    # (「…出入国在留管理局へ在留資格の申請をされる前に、協力確認書を…」)
    r"|[庁局署所]?\s?(?:へ|に)\s?在留資格の(?:申請|手続)[^。、]{0,8}前"
)


def _names_as_contact(body: re.Pattern[str], sentence: str) -> bool:
    """The sentence names the other body other than as the form's author or publisher."""
    return any(not _AS_AUTHOR_RE.match(sentence, m.end()) for m in body.finditer(sentence))


def _own_sentence(text: str, at: int, other: re.Match[str]) -> bool:
    """A paragraph that says everything, its first sentence naming the immigration agency:
    a later sentence naming a section and no other body is the office's own (「…提出先・お問い
    合わせ:〒098-2892 北海道…337番地 中川町役場 産業振興課 商工観光係 電話 …」)."""
    start = text.rfind("。", 0, at) + 1
    end = text.find("。", at)
    sentence = text[start : end if end >= 0 else len(text)]
    return (
        start >= other.end()
        and bool(UNIT_NAME_RE.search(sentence))
        and not other.re.search(sentence)
    )


# 「…に関するご相談は、農業振興課(電話 0291-36-7706)でもお受けしています」: a section that also
# answers questions, not the one taking the form.
_ALSO_HERE_RE = fastre.compile(
    r"[^。()]{0,40}\)\s?でも[^。]{0,4}(?:お受け|受け付け|受付|相談|対応)"
)


def _desk_re(place_end: str) -> re.Pattern[str]:
    """A municipality's office or desk named before a number: 「大崎市の担当課(電話:…)」「身延町
    役場(代表) 電話:…」, the municipality's name ending in `place_end`."""
    return fastre.compile(
        # (a name partly in kana: 「東みよし町役場にきいてください」)
        # (「相模原市の提出先:相模原市 国際課 電話 …」)
        # (「まんのう町役場 地域振興課(電話:…)」: a name in kana, not a word before 町: 「この町」)
        # (not the page's own: 「本市の商工課(電話 …)」)
        rf"((?![本当同各全他]{place_end})"
        # (or in katakana: 「ニセコ町役場 企画環境課(でんわ …)」)
        r"(?:[\u4e00-\u9fff]|(?<![\u3040-\u309f])(?!この|その|あの|どの)[\u3040-\u309f]"
        r"|(?<![\u30a0-\u30ff])[\u30a1-\u30fa])"
        rf"[\u3040-\u30ff{_KANJI}]{{0,5}}?{place_end})"
        # (「日向市のかかりのメールは …」: やさしい日本語's 係)
        # (「泉南市のまどぐち(でんわ …)」)
        # (「(世田谷区の問い合わせ先:生活文化政策部 国際課 電話…)」)
        # (its number in brackets right after its name, in Chinese too: 「…也需要向纪之川市(电话
        # 0736-77-2511)提交」)
        r"(?:(?=\s?\((?:電話|电话|TEL|Tel))"
        # (or after a space: 「(問合せ:佐世保市 電話0956-24-1161)」)
        r"|(?=\s(?:電話|でんわ|TEL|Tel)\s?:?\s?(?:0\d|$))"
        # (or its own number: 「…古賀市にも出します(古賀市のでんわ:092-942-1150)」)
        r"|(?=の\s?(?:でんわ|電話)(?:番号)?\s?:?\s?(?:0\d|$))"
        # (「伊勢市の係(かかり)(でんわ …)」; 「有田市 役所の電話は …」: a space before 役所)
        r"|\s?役所|\s?役場|の担当課|の(?:担当|受付)窓口|の担当|の窓口|のまどぐち|のたんとう|のかかり|の係"
        r"|の提出先"
        # (「西伊豆町のことは西伊豆町にきいてください(でんわ …)」: asked, its number after)
        r"|に\s?(?:きいて|聞いて|お問い合わせ|問い合わせて|たずねて|お尋ね)[^()。]{0,8}?"
        r"(?=\s?\((?:電話|でんわ|TEL|Tel))"
        r"|の(?:お)?問(?:い)?合(?:わ)?せ先"
        r"|\s?の\s?といあわせ\s?さき"  # (やさしい日本語: 「津島市 の といあわせ さき は …」)
        # (「三好市 地域創生課(電話 …)」)
        # (「志摩市 商工観光部 商工課(電話:…)」: with the department above it)
        # (an English page's 「(津市 商工振興課 Telephone 059-…)」「(尼崎市 …推進課, tel. 06-…)」)
        # (a list of the neighbours' desks: 「養父市:産業観光部 商工観光課(電話:…)」)
        # (「東温市(産業創出課 電話 …)へお問い合わせください」)
        # (「青森市の国際の係(電話 …)」: joined by の; 「五所川原市では商工観光部 …課(電話 …)」)
        # (「宇治市 文化自治振興課 国際係(電話…)」: with its 係 after it)
        # (「鹿角市 産業活力課 商工労政班 (Tel. …)」: a 班)
        # (「大田区(観光・国際都市部 国際都市・多文化共生推進課 電話 …)」: a long name)
        # (「桑名市 市民環境部 (Tel. …)」: a department with no section named)
        # (「(例えば入間市の場合は、市民生活部自治文化課(電話 …)が案内しています)」)
        # (「土浦市 市長公室 政策企画課 電話 …」: an office above the section)
        # (「それぞれの担当課(五所川原市は企画課、電話0173-…)」)
        # (「日進市での担当は市民協働課(電話 …)」)
        # (「北広島市では、企画財政部 企画課(電話:…)が担当していると聞いています」)
        r"|(?:\s|\s?:\s?|\(|の|では、?\s?|は|の場合は、?\s?|で?の担当は、?)"
        # (「(名護市 国際交流担当, tel. …)」: a 担当 for its section)
        # (「福山市 市民局 まちづくり推進部 まちづくり推進課 (Tel. …)」: two units above it)
        r"(?:[^\s\d、。()]{1,10}?[部局室]\s){0,2}[^\s\d、。(),]{1,14}?(?:課|係|室|部|(?<!の)担当)"
        r"(?:\s[^\s\d、。(),]{1,10}?(?:係|担当|グループ|班))?"
        # (「多賀城市 市民経済部 商工観光課 (Tel …)」)
        # (「…国際交流係、電話…」)
        # (or the number right after a comma: 「(名古屋市 観光文化交流局 国際交流課, 052-…)」)
        # (「旭川市 経済部のでんわ:…」)
        # (「(河南町 まちづくり推進課:0721-…)」: the number after a colon)
        # (「(富岡市 企画課 国際交流係でんわ …)」)
        # (「(新見市 産業政策課) Submit a form to Niimi City as well. Tel. …」: in brackets)
        # (「(うるま市 商工労働政策課, phone 098-…)」)
        r"(?=\s?[()]|[,、]?\s?(?:電話|でんわ|TEL|Tel|tel|[Tt]elephone|[Pp]hone|☎)|の\s?(?:でんわ|電話)"
        # (「都留市 産業課 商工労政担当 0554-43-1199 へ」: the number right after a space)
        r"|[,、]\s?(?:0\d{1,4}-|$)|\s?:\s?(?:0\d{1,4}-|$)|\s(?:0\d{1,4}-|$)))"
    )


# Not a ward: a city's page lists its wards' counters.
_PLACE_DESK_RE = _desk_re("[市町村]")
# But Tokyo's special wards are municipalities: on 荒川区's page, 「台東区の担当課(…電話…)」 is
# another municipality's desk.
_WARD_DESK_RE = _desk_re("区")
# (named with its prefecture, or after a postcode of the 23 wards, 100-0000 to 179-9999:
# 「〒154-8504 世田谷区世田谷4丁目21番27号」)
_TOKYO_WARD = r"(?:東京都\s?|1[0-7]\d-\d{4}\s?)[\u4e00-\u9fff]{1,3}区"
_TOKYO_WARD_RE = fastre.compile(_TOKYO_WARD)
_WARD_OFFICE_RE = fastre.compile(r"(?<![本当同各全他])区役所")

# (its office, or its own way: not 「International Affairs Division, Okayama City: Tel …」 on a
# ward's page, whose block names its city in Japanese)
_EN_MUNICIPALITY_RE = fastre.compile(
    r"\b([A-Z][a-z]{2,}) (?:City|Town|Village)(?: (?:Office|Hall)\b| has its own\b"
    # (or its desk in brackets: 「please inquire to Gokase Town (五ヶ瀬町 企画課 TEL …)」)
    # (or after a colon: 「(for example, Ureshino City: 嬉野市 観光商工課, Tel …)」)
    r"| \((?=[^()]{0,20}(?:課|係|室))|:\s?(?=[^():]{0,20}(?:課|係|室))"
    # (「(Kumagaya City: ask at its office, Tel. …)」)
    r"|:\s?(?=[^():]{0,40}\b(?:Tel|TEL|Phone)\b)"
    # (or its number right after it: 「(Amagi Town Tel. 0997-…, Isen Town Tel. 0997-…)」)
    r"| (?=(?:Tel|TEL|Phone)\b\.?\s?:?\s?(?:\(?0\d|$))"
    # (or its number or its Japanese name in brackets: 「ask … about the method of Hagi City
    # (Tel. …)」「the window of Hagi City (萩市)」)
    rf"| \((?=Tel\b|TEL\b|Phone\b|[{_KANJI}]{{1,5}}[市町村]\))"
    r"|'s\b"  # (「For Tsukumi City's ways of submitting」)
    # (its division named after it: 「(Onojo City Community Development Division, tel. …)」)
    r"| (?=(?:[A-Z][a-z]+ ){1,4}(?:Division|Section|Department)\b)"
    # (or its desk named in Japanese soon after: 「…another to Arao City - their desk is 荒尾市
    # 産業振興課 (Tel. …)」)
    # (「…to Nagaokakyo City; its desk for this form is the … Division (長岡京市 商工観光課, …」)
    # (「…receives it at its own window (南相馬市 市民生活部 生活環境課 …, Tel. …)」)
    rf"|(?=[^.()]{{0,80}}\(?[{_KANJI}]{{1,5}}[市町村]\s?(?:[^\s\d、。()]{{1,10}}?[部局]\s)?"
    r"[^\s\d、。()]{1,10}?(?:課|係|室)))"
)
# (「東みよし町」; a special ward: 「東京都荒川区荒川二丁目」「〒154-8504 世田谷区…」)
# (a kana name, 「つくば市」「えびの市」, but not a particle before the word: 「…内容や町の取組」)
_PLACE_NAME_RE = fastre.compile(
    rf"[\u3040-\u30ff{_KANJI}](?<![やとをにへでもが])[市町村]|{_TOKYO_WARD}"
)


# (an English block: 「Nakatsugawa City Hall 3F」「Sakawa-cho」)
_EN_PREFECTURES = (
    r"(?:Aomori|Iwate|Miyagi|Akita|Yamagata|Fukushima|Ibaraki|Tochigi|Gunma|Saitama|Chiba"
    r"|Kanagawa|Niigata|Toyama|Ishikawa|Fukui|Yamanashi|Nagano|Gifu|Shizuoka|Aichi|Mie|Shiga"
    r"|Kyoto|Osaka|Hyogo|Nara|Wakayama|Tottori|Shimane|Okayama|Hiroshima|Yamaguchi|Tokushima"
    r"|Kagawa|Ehime|Kochi|Fukuoka|Saga|Nagasaki|Kumamoto|Oita|Miyazaki|Kagoshima|Okinawa)"
)
_EN_PLACE_NAME_RE = fastre.compile(
    r"\b([A-Z][a-z]{2,})(?: (?:City|Town|Village)\b|-(?:shi|cho|machi|mura|son)\b"
    # (an address's municipality before its prefecture: 「4-7-2 Nibancho, Matsuyama, Ehime」)
    rf"|, {_EN_PREFECTURES}\b)"
)


# (not the end of a phone number: 「Tel. 075-955-9578」)
_EN_POSTCODE_RE = fastre.compile(r"(?<![\d-])\d{3}-\d{4}(?![\d-])")


def _own_places(lines: list[Line], site_title: str = "") -> str:
    """The enquiry block's text, where the municipality names itself (its address, 「南部町
    役場」, 「Nakatsugawa City Hall」), or "" when it names no municipality. A block naming
    it in English only gets the page's <title> (`site_title`) after it, where the site names
    itself in Japanese (「…｜根室市」), so that a desk named in Japanese (「(Example: 別海町
    商工観光課 TEL …)」) can be told from the municipality's own."""
    text = " ".join(line.text for line in lines if line.region == "enquiry")
    if not _names_a_place(text):
        # (a block naming no place, 「企画観光課 商工観光係(役場2階)」, or none, the page's
        # being the publisher's: the content's own lines with a postcode)
        # (the words around each postcode, where the address is, Japanese after it and English
        # before it; not the whole paragraph, which can name a neighbour: 「…郵送(〒563-0292
        # 大阪府豊能郡豊能町余野414番地の1 …)…(能勢町の担当:…)」)
        text = " ".join(
            line.text[max(0, m.start() - _ADDRESS_CHARS) : m.end() + _ADDRESS_CHARS]
            for line in lines
            for m in (_postcodes(line.text) or _EN_POSTCODE_RE.finditer(line.text))
        )
    if not _names_a_place(text):
        # (nowhere: the place the page names most, its own: 「北大東村」 over the 「南大東村役場
        # 総務課(電話 …)」 it sends some filers to)
        return _most_named_place(lines)
    if not _PLACE_NAME_RE.search(text) and _PLACE_NAME_RE.search(site_title):
        text = f"{text} {site_title}"
    return text


_ADDRESS_CHARS = 60


def _most_named_place(lines: list[Line]) -> str:
    """The municipality the content names most often, when one stands out, else ""."""
    counts = Counter(
        m.group(1)
        for line in lines
        if line.region == "content"
        for m in _NAMED_PLACE_RE.finditer(line.text)
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_NAMINGS:
        return ""
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return ""
    return ranked[0][0]


# A municipality's name in running text (not 「市町村」「当村」「各市」).
_NAMED_PLACE_RE = fastre.compile(
    rf"(?<![{_KANJI}])((?![当本同各全他市町村区])[{_KANJI}]{{1,4}}?[市町村])(?![町村区])"
)
_MIN_NAMINGS = 3


def _names_a_place(text: str) -> bool:
    return bool(_PLACE_NAME_RE.search(text) or _EN_PLACE_NAME_RE.search(text))


# A prefecture's bureau (「大分県 商工観光労働部 雇用労働政策課(電話:…)」): never the
# municipality's own desk, though its address names the prefecture too.
# (「静岡県(くらし・環境部 多文化共生課 電話:…)」: its bureau in brackets)
# (「鹿児島県大島支庁 総務企画課(…、電話 …)」: its branch office)
_PREFECTURE_DESK_RE = fastre.compile(
    r"[\u4e00-\u9fff]{1,3}[都道府県]\s?\(?[^\s\d、。()市町村郡区]{1,10}?(?:[部局]|支庁"
    # (a section with its number: 「(高知県 雇用労働政策課, Tel. 088-…)」)
    r"|課(?=[,、]?\s?(?:電話|TEL|Tel|tel|[Pp]hone)))"
)


@cache
def _municipalities() -> tuple[Municipality, ...]:
    """The registry's municipalities (no prefectures); none when it cannot be read."""
    try:
        from ..registry import package_data

        return tuple(e for e in package_data().entries if e.kind != "prefecture")
    except Exception:  # the extractor never raises: without the registry, no names
        return ()


@cache
def _readings() -> dict[str, str]:
    """Each municipality's name → its name in romaji without the suffix (「盛岡市」 →
    'Morioka'), from the registry."""
    return {e.name: e.romaji.rsplit("-", 1)[0] for e in _municipalities() if e.romaji}


def _names_others_desk(text: str, own_places: str) -> bool:
    """`text` names in Japanese a desk of another municipality than `own_places`'s: against
    Japanese names (「南陽市の担当課」 where the block names 米沢市), or, where the block names its
    place in English only, by the registry's reading (「For Morioka, … the desk is 盛岡市 市民部
    …課 (Tel. …)」 where the block names 「Yahaba-cho」)."""
    if _PLACE_NAME_RE.search(own_places):
        return _names_another_desk(text, own_places)
    if not _LATIN_RE.search(own_places):
        return False
    for desk in _PLACE_DESK_RE.finditer(text):
        reading = _readings().get(desk.group(1))
        if reading and not _names_in_english(own_places, reading):
            return True
    return False


def _another_municipalitys(text: str, number_at: int, own_places: str) -> bool:
    """The number's sentence names, before it, another municipality's office or desk than the
    one the enquiry block names (「…南陽市の担当課(電話…)へ」 on 米沢市's page), or the
    prefecture's bureau."""
    # (「青森市(あおもりし)の国際(こくさい)の係(かかり)(電話…)」: read without the furigana)
    before = without_furigana(sentence_before(text, number_at))
    if _PREFECTURE_DESK_RE.search(before):
        return True
    if not own_places:
        return False
    if _names_others_desk(before, own_places) or _same_places_desk(before, own_places):
        return True
    # (an English page: 「Ochi Town Office: 0889-26-1111」 where the block names 「Sakawa-cho」,
    # or 「行田市」 in Japanese: compared by the registry's reading)
    # (a whole word: 「Ochi」 is not 「Kochi」)
    return any(
        not _names_in_english(own_places, m.group(1)) for m in _EN_MUNICIPALITY_RE.finditer(before)
    )


# 「同町の担当」: the desk of the municipality named just before.
# (「武豊町については、同町の企画政策課(電話…)が受け付けています」: its section)
# (「隠岐の島町の受付方法は、同町 総務課(電話 …)」: after a space)
_SAME_PLACE_DESK_RE = fastre.compile(
    r"同([市町村])の?\s?(?:担当|窓口|係|受付|まどぐち|[^\s\d、。()]{1,10}?[課係室])"
)
# (a name with kana in it: 「隠岐の島町」)
_REGISTRY_NAME_RE = fastre.compile(rf"[\u3040-\u30ff{_KANJI}]{{1,6}}?[市町村]")


def _known_name(text: str) -> str:
    """The longest end of `text` the registry knows as a municipality (「住まいが隠岐の島町」 →
    「隠岐の島町」), or ""."""
    readings = _readings()
    return next((text[at:] for at in range(len(text) - 1) if text[at:] in readings), "")


def _same_places_desk(text: str, own_places: str) -> bool:
    """「新上五島町の受付については、同町の担当(電話:…)に」: the municipality named last
    before 「同町の担当」 is another one than `own_places`'s."""
    same = _SAME_PLACE_DESK_RE.search(text) if "同" in text else None
    if not same:
        return False
    named = [
        name
        for m in _REGISTRY_NAME_RE.finditer(text, 0, same.start())
        if m.group().endswith(same.group(1)) and (name := _known_name(m.group()))
    ]
    return bool(named) and not _names_place(own_places, named[-1])


# A municipality's name in Japanese, with up to four characters before its own (「山口県長門市」).
_JAPANESE_PLACE_RE = fastre.compile(rf"[\u3040-\u30ff{_KANJI}]{{1,5}}[市町村]")


def _names_in_english(own_places: str, name: str) -> bool:
    """`own_places` names the municipality `name` ('Nagato'): in romaji, or in Japanese with
    that reading (「山口県長門市」); not as its county's or prefecture's name ('Kazuno-gun' is
    not Kazuno, 'Tokushima Prefecture' not Tokushima City)."""
    for m in re.finditer(
        rf"\b{re.escape(name)}\b(?![- ]?(?:gun|District|County|Prefecture|Pref\b|ken)\b)",
        own_places,
        re.IGNORECASE,
    ):
        # (the prefecture before the postcode, 「Kumano-cho, Aki-gun, Hiroshima 731-4292」, where
        # a municipality is named: not Hiroshima City)
        if not (
            _EN_POSTCODE_AFTER_RE.match(own_places, m.end())
            and any(
                place.group(1).lower() != name.lower()
                for place in _EN_PLACE_NAME_RE.finditer(own_places)
            )
        ):
            return True
    return name.lower() in _place_readings(own_places)


_EN_POSTCODE_AFTER_RE = fastre.compile(r",?\s?\d{3}-\d{4}\b")


def _place_readings(text: str) -> set[str]:
    """The romaji readings (lower case) of the municipalities `text` names in Japanese
    (「奈良県生駒郡三郷町勢野西…」 → {'sango'}), from the registry."""
    readings = _readings()
    return {
        reading.lower()
        for m in _JAPANESE_PLACE_RE.finditer(text)
        for start in range(len(m.group()) - 1)
        if (reading := readings.get(m.group()[start:]))
    }


def _another_procedures_number(text: str, number_at: int) -> bool:
    """The sentence holding the number is about another procedure (転入届, 国民健康保険 …) and
    not the form, or says it is not the form (「転入届が必要です。協力確認書とは別の手続きで、
    …市民課(電話:…)で」): its number is that procedure's desk's."""
    sentence = sentence_around(text, number_at, number_at)
    if NOT_THIS_FORM_RE.search(sentence):
        return True
    consulted = _CONSULTATION_LABEL_RE.match(sentence)
    if consulted and "確認書" not in consulted.group():
        return True  # 「農業分野の…受入れに関するご相談:盛岡市 農林部 農政課(電話:…)」
    # (in the sentence after, or the one after that: 「…(電話:…)で受け付けています。ポルトガル
    # 語・スペイン語の通訳が対応します。こちらは協力確認書の提出先ではありません」)
    end = after = text.find("。", number_at)
    # (in its own sentence after it: 「…(上京区役所地域力推進室 電話075-…)、こちらは協力確認書の
    # 提出先ではありません」)
    if _NOT_THE_DESK_RE.search(text, number_at, end if end >= 0 else len(text)):
        return True
    for _sentence in range(_NOT_THE_DESK_SENTENCES):
        if end < 0:
            break
        if _NOT_THE_DESK_RE.match(text, end + 1):  # 「…でお受けしています。こちらは…提出先では…」
            return True
        if NOT_THIS_FORM_RE.match(text, end + 1):  # 「…。協力確認書のてつづきとはちがいます」
            return True
        end = text.find("。", end + 1)
    # (or the next sentence sends the form to another desk: 「…の事務は、まちづくり推進課企画係
    # (電話:…)が担当しています。協力確認書の受付や…お問い合わせは、産業振興課へお願いします」)
    desk = _FORM_DESK_AFTER_RE.match(text, after + 1) if after >= 0 else None
    if desk and desk.group("desk") not in sentence:
        return True
    if "協力確認書" in sentence:
        # (unless the number's own clause is another procedure's: 「転入の手続は窓口サービス課
        # (電話:…)で行っていますが、協力確認書は…市民局へご提出ください」)
        clause = _clause_around(text, number_at)
        return bool(OTHER_PROCEDURE_RE.search(clause)) and "確認書" not in clause

    # (or the sentence before says so: 「協力確認書とはべつのてつづきです。市民課のでんわ:…」)
    start = text.rfind("。", 0, number_at)
    before = sentence_around(text, start, start) if start > 0 else ""
    if _ENROLMENT_RE.search(sentence) and OTHER_PROCEDURE_RE.search(before):
        return True  # 「…日本語教室を…開いています。参加の申込みは生涯学習課(電話 …)で」
    if (
        _ENQUIRY_HEAD_RE.match(sentence) or _SIGNUP_HEAD_RE.match(sentence)
    ) and _about_another_procedure(text[: start + 1]):
        return True  # 「…窓口で転入届をしてください。…。問い合わせ:住民課 住民係 電話…」
    if sentence.startswith("(") and _about_another_procedure(before):
        return True  # 「転入届は…住民課窓口にお越しください。(住民課 住民係 電話:…)」
    if _DESK_NUMBER_RE.match(sentence) and _about_another_procedure(before):
        return True  # 「…住所のとどけをだしてください。住民課の電話は 093-… です。」
    return bool(OTHER_PROCEDURE_RE.search(sentence) or NOT_THIS_FORM_RE.search(before))


def _clause_around(text: str, at: int) -> str:
    """The clause of `text` around `at`, between 「。」s and 「が、」s."""
    start = max(text.rfind("。", 0, at), text.rfind("が、", 0, at))
    ends = [end for end in (text.find("。", at), text.find("が、", at)) if end >= 0]
    return text[start + 1 : min(ends) if ends else len(text)]


def _paragraph_before(lines: list[Line], index: int) -> str:
    """The content line a bracketed contact line or a bare address goes on from (「…住民課窓口
    にお越しください。」 then 「(住民課 住民係 電話:…)」 after a <br>; 「…つぎのアドレスにおくって
    ください。」 then 「yasashii-touroku@…」), or ""."""
    line = lines[index]
    if not (index and line.region == "content"):
        return ""
    # (or a sign-up's line: 「…にほんごきょうしつをしています。…」 then 「もうしこみ:…教育委員会
    # でんわ …」)
    if not (
        line.text.startswith("(")
        or EMAIL_RE.fullmatch(line.text)
        or _SIGNUP_HEAD_RE.match(line.text)
    ):
        return ""
    previous = lines[index - 1]
    if previous.region != "content" or previous.kind == "h" or not previous.text.endswith("。"):
        return ""
    return previous.text


def _about_another_procedure(paragraph: str) -> bool:
    """The paragraph is about another procedure and never about the form or filing it."""
    return bool(OTHER_PROCEDURE_RE.search(paragraph)) and not _THE_FORM_OR_FILING_RE.search(
        paragraph
    )


_THE_FORM_OR_FILING_RE = fastre.compile(r"確認書|提出")
# A sentence giving only a desk's number: 「住民課の電話は 093-… です」.
_DESK_NUMBER_RE = fastre.compile(
    r"^\s?[^\s\d。、()]{1,12}?[課係室](?:\([^()]{1,12}\))?\s?の?\s?(?:電話|でんわ|TEL)(?:番号)?\s?(?:は|:)"
)


# The desk just named is not where the form goes, said in the sentence after its number's
# (「…(電話 …)でも受け付けています。協力確認書の提出先ではありませんのでご注意」).
_NOT_THE_DESK_RE = fastre.compile(
    r"\s?(?:※\s?)?(?:(?:こちら|この(?:相談)?窓口|これらの窓口|ここ)(?:は|も)、?\s?)?"
    r"(?:協力確認書の)?提出(?:先|窓口)では(?:ありません|ない|ございません)"
    # (「協力確認書の担当とは異なりますのでご注意ください」)
    r"|\s?(?:※\s?)?協力確認書の(?:担当|提出先|窓口)(?:課)?とは(?:異なり|違い|別)"
    # (「…(電話 …、FAX …)。…。協力確認書の手続きとは関係ありませんのでご注意ください」)
    r"|\s?(?:※\s?)?協力確認書(?:の手続き|の提出)?とは関係(?:あり|ござい)ません"
    # (やさしい日本語: 「ここは協力確認書をうけつけるところではありません」)
    r"|\s?(?:ここ|こちら)は、?\s?協力確認書を\s?"
    r"(?:うけつける|受け付ける|受付する|うけとる|受け取る|だす|出す)\s?"
    r"(?:ところ|場所|ばしょ|まどぐち|窓口)では(?:ありません|ない)"
    # (「…商工観光課(電話 …)で案内しています。協力確認書の提出は商工観光課では受け付けていません」)
    # (a desk, not a way: 「FAX:…(お問い合わせ用です。協力確認書はファクスでは受け付けて
    # いません)」 is the desk's fax)
    r"|\s?(?:※\s?)?協力確認書(?:の(?:提出|受付))?は、?\s?[^。、]{0,14}?(?:課|係|室|センター|協会)では、?\s?"
    r"(?:受け付けて|受付して|受け取って|お受けして)(?:い|おり)ません"
    # (「…補助制度については、産業労働政策課(電話 …)でご案内しています。協力確認書の受付は
    # 行っていませんので、ご注意ください」)
    r"|\s?(?:※\s?)?協力確認書の(?:受付|提出)は(?:行って|受け付けて)(?:い|おり)ません"
    # (「乗船券窓口(…電話…)へのお問い合わせは、船の運航状況に関するものに限ってください」)
    r"|(?:お問い合わせ|お問合せ|ご相談)は、?\s?[^。]{1,24}?に(?:関する|ついての)(?:もの|こと)に限"
)
_NOT_THE_DESK_SENTENCES = 2
# A line labelled with another matter to consult about: 「…の受入れに関するご相談:…課(電話:…)」.
_CONSULTATION_LABEL_RE = fastre.compile(r"^[^。:]{2,40}に(?:関する|ついての)(?:ご)?相談\s?:")
_FORM_DESK_AFTER_RE = fastre.compile(
    r"\s?協力確認書の(?:受付|提出)[^。]{0,20}は、?\s?(?P<desk>[^\s\d、。()]{1,12}?[課係])(?:へ|に|まで)"
)
# A sign-up's label: 「もうしこみ:…」「申込先:…」.
_SIGNUP_HEAD_RE = fastre.compile(r"^\s?(?:もうしこみ|お?申(?:し)?込み?)(?:さき|先)?\s?:")
# Signing up for a class or an event (not filing a form): 「参加の申込み」「受講のお申込み」
_ENROLMENT_RE = fastre.compile(r"(?:参加|受講)(?:の|を)?(?:お)?申(?:し)?込")


_BRACKET_CLOSE_CHARS = 24


def _bracket_close(text: str, number_at: int) -> int:
    """Where the bracket holding the number closes, or -1."""
    return text.find(")", number_at, number_at + _BRACKET_CLOSE_CHARS)


def _changed_away(text: str, number_at: int) -> bool:
    """The number is in the brackets of the department the 提出先 changed from."""
    close = _bracket_close(text, number_at)
    return close >= 0 and bool(_CHANGED_FROM_RE.match(text, close + 1))


def _refused_at_number(text: str, number_at: int) -> bool:
    """The number is in brackets the form is refused at: 「※…以降、企画政策課のファクス
    (0572-67-2525)では受け付けておりません」."""
    close = _bracket_close(text, number_at)
    return close >= 0 and bool(_REFUSED_AT_ADDRESS_RE.match(text, close))


def _also_consulted(text: str, number_at: int) -> bool:
    if "でも" not in text or not _ASKED_RE.search(text, 0, number_at):
        return False
    return bool(_ALSO_HERE_RE.match(text, number_at))


# (「制度全般に関するご質問は、秋田県 …国際課(電話 …)でもお受けしています」)
_ASKED_RE = fastre.compile(r"相談|質問")


# 「旧アドレス:…(令和8年6月30日をもって廃止しました)」「旧電話番号:…(使用を終了しました)」:
# contacts that no longer hold.
_NO_LONGER_USED = (
    # (「これまで提出用にご案内していたアドレス(…)は廃止しています」)
    r"廃止しました|廃止して(?:い|おり)ます|使用を(?:終了|停止)しました"
    r"|(?:現在|今は)(?:は)?使用して(?:い|おり)ません"
)
_RETIRED_RE = fastre.compile(
    r"^[・●■※]?\s?旧(?:メール)?(?:アドレス|電話番号|番号|FAX番号|ファクス番号|住所|所在地|連絡先)"
    rf"|{_NO_LONGER_USED}"
    # 「Former phone number: 0942-65-7022 (no longer in use)」
    r"|^(?:[Ff]ormer|[Oo]ld) (?:(?:tele)?phone|fax|e-?mail)(?: number| address)?\b"
    r"|\bno longer in use\b"
    # (「※ まえ の でんわ ばんごう(…)は、…から つかって いません」)
    # (「(まえ の ファクス ばんごう 0776-61-3469 は、…で つかえなく なりました)」)
    r"|(?:まえ|以前)\s?の\s?(?:でんわ|電話|メール\s?アドレス|ファクス|ファックス|FAX)"
)
# (「旧:073-489-2115」「旧番号(0993-22-2111 内線234)は使用していません」)
# (「旧アドレス(…@…)へ送信された協力確認書は受け付けられません」)
_FORMER_NUMBER = r"(?:電話番号|番号|電話|FAX番号|ファクス番号|FAX|(?:メール)?アドレス)"
_FORMER_RE = fastre.compile(
    # (「※変更前のメールアドレス(kokusai@…)あてに…送信された協力確認書は、受付できません」)
    # (「旧担当課のファクス番号(025-552-7380)へ送信された書類は受け付けできません」)
    # (「旧担当(企画振興課)の電話番号 0156-22-8111 は、…ではなくなりました」)
    rf"(?:旧{_FORMER_NUMBER}?|(?:変更前|以前|これまで|旧担当(?:課|係)?)(?:\([^()]{{1,12}}\))?の"
    rf"{_FORMER_NUMBER})\s?[:(]?\s?$"
    # (やさしい日本語: 「まえのあてさき(kyoryoku@…)におくっても、うけつけできません」)
    r"|まえの\s?(?:あてさき|アドレス|メールアドレス|でんわばんごう|ばんごう)\s?[:(]?\s?$"
    # (「これまでの担当課(産業支援課 電話:0562-…)では受け付けておりません」)
    r"|(?:変更前|以前|これまで)の担当(?:課|係)?\([^()]{0,10}$"
    # (「Our former address kokusai-koryu@… was closed」)
    r"|\b(?:former|old|previous) (?:e-?mail )?address(?:es)?\s?[:(]?\s?$"
    # (「Please do not send to the address which was used until then (…)」)
    r"|\bused until\b[^.()]{0,12}\(?\s?$"
)
_FORMER_CHARS = 20  # 「これまでの担当課(産業支援課 電話:」
# … and, in the sentence around an address, its route ended
# (not 「(協力確認書の提出には使用できません)」: an address for questions, not for the form)
_ENDED_RE = fastre.compile(
    rf"{_NO_LONGER_USED}|終了しました|(?<!提出には)(?<!提出に)使用できません|届きません"
    # (「これまで提出に使っていただいていたメールアドレス(…)あてに送信されても受け付けできません」)
    r"|これまで[^。]*?(?:受け付けでき|受付でき|受け付けられ)ません"
    # (「※令和8年3月31日まで使用していた…メールアドレス(…)あてに送信されても、…受付はできません」)
    r"|まで使用していた[^。]*?(?:受け付け|受付)(?:は|が)?(?:でき|られ)ません"
    # (「Our former address for this form (…) was closed on 31 March 2026.」)
    # (a dot inside the address, 「city.example」, does not end the sentence)
    r"|\b(?:former|old|previous) (?:e-?mail )?address\b(?:[^.]|\.\S){0,120}?"
    r"\b(?:was|has been|is) closed\b"
)


# An address the form is refused at: 「※商工課のメールアドレス(shoko@…)では、10月1日以降、
# 協力確認書を受け付けておりません」 (the section's, kept for its other business).
_REFUSED_AT_ADDRESS_RE = fastre.compile(
    # (「追分支所(電話…)の窓口ではお預かりしていません」)
    r"\)?\s?(?:の窓口)?では[^。()]{0,30}?"
    r"(?:受け?付け(?:て(?:おり|い)ません|できません|られません)|受付(?:して(?:おり|い)ません|できません)"
    r"|お?預かり(?:して(?:おり|い)ません|できません))"
    # (「※観光商工課のアドレス(shoko@…)は、協力確認書の提出には使用できません」: named in
    # brackets after its section, unlike an address for questions 「…@… (提出には使用できません)」)
    r"|\)\s?は、?[^。()]{0,30}?(?:使用|利用)(?:でき|いただけ)ません"
)


def _ended_in_sentence(text: str, start: int, end: int) -> bool:
    """「電子メールによる提出(…@… あて)の受付は令和8年6月30日で終了しました」: an address the
    sentence around it says is no longer used."""
    return bool(_ENDED_RE.search(sentence_around(text, start, end)))


def _about_another_body(lines: list[Line], index: int) -> bool:
    """「…インフォメーションセンターに聞いてください。」 then 「電話:0570-…」: a bare number line
    under a sentence sending readers to another body is that body's; so is every <dd> under a
    <dt> naming one (「<dt>大泉国際交流協会</dt><dd>生活相談</dd><dd>電話:…</dd>」), and under
    one saying it is not about the form, whoever the desk (「<dt>転入の届出(協力確認書とは別の
    手続きです)</dt><dd>…市民課 市民係(電話:…)</dd>」)."""
    line, previous = lines[index], lines[index - 1]
    if line.kind == "dd":
        term = index - 1
        while term > 0 and lines[term].kind == "dd":
            term -= 1
        if lines[term].kind == "dt" and NOT_THIS_FORM_RE.search(lines[term].text):
            return True
        if lines[term].kind == "dt" and _OTHER_BODY_HEAD_RE.search(lines[term].text):
            return not UNIT_NAME_RE.search(line.text)
    # (or a short remark on the body's service before the label, right under its name: a table
    # cell 「Nara Foreign Residents Support Center (…)」「Consultation of living in many
    # languages TEL …」)
    # (the cheap tests first: most lines are neither)
    remark_first = not _CONTACT_FIRST_RE.match(line.text)
    if remark_first and ("。" in previous.text or not _remark_then_contact(line.text)):
        return False
    if UNIT_NAME_RE.search(line.text):
        return False
    # the body's name on the line before, or above a remark or the body's other contact lines
    # (「奈良県外国人支援センター」「(生活相談・多言語対応)」「電話:…」「メール:…」)
    for back in lines[max(0, index - _BODY_LOOKBACK) : index][::-1]:
        if back.region != "content" or back.kind == "h" or UNIT_NAME_RE.search(back.text):
            return False
        # (further up, only a body's name on its line: not a link to its website, 「→ Immigration
        # Services Agency website」, above the page's own 「Contact」 box)
        name_line = "。" not in back.text and not _LINK_TO_SITE_RE.search(back.text)
        if remark_first:  # (only right under the name, on a line of its own)
            return name_line and bool(_OTHER_ORG_RE.search(back.text))
        if _OTHER_ORG_RE.search(back.text) and (back is previous or name_line):
            return True
        # (only the body's other contact lines and a remark lie between: no numbers, no
        # sentence of the page's, not an item of a list)
        contact = bool(_CONTACT_FIRST_RE.match(back.text))
        # (or a sentence on the body's service: 「生活に関する相談を多言語で受け付けています(22
        # 言語対応)。」「くらし の こと を いろいろ な ことば で そうだん できます。」)
        # (or its hours: 「京都いつでもコール」「年中無休 午前8時から午後9時まで」「電話:…」)
        remark = (
            back.kind != "li"
            and len(back.text) <= _REMARK_CHARS
            and (
                (name_line and not _DIGIT_RE.search(back.text))
                or (
                    (_CONSULTING_RE.search(back.text) or _HOURS_RE.search(back.text))
                    and not PHONE_SHAPE_RE.search(back.text)
                )
            )
        )
        if not (contact or remark):
            return False
    return False


_CONSULTING_RE = fastre.compile(r"相談|そうだん")
_HOURS_RE = fastre.compile(r"(?:午前|午後)\d{1,2}時|\d{1,2}:\d{2}\s?[~〜-]|年中無休|受付時間")
_CONTACT_LABEL = (
    rf"(?:{PHONE_LABEL}|{FAX_LABEL}|メール|E-?mail|e-?mail|Eメール|電子メール|[Mm]ail\b)"
)
_CONTACT_FIRST_RE = fastre.compile(rf"^{_CONTACT_LABEL}")
_CONTACT_AFTER_RE = fastre.compile(rf"(?<![A-Za-z]){_CONTACT_LABEL}")


def _remark_then_contact(text: str) -> bool:
    """「Consultation of living in many languages TEL …」: a short remark with no number, then
    a contact label, on a line that is no sentence (not 「ご不明な点は、役場窓口または電話(…)で
    お問い合わせください。」)."""
    m = _CONTACT_AFTER_RE.search(text)
    return bool(
        m
        and m.start() <= _REMARK_CHARS
        and not _DIGIT_RE.search(text, 0, m.start())
        and "。" not in text
    )


_BODY_LOOKBACK = 3
_REMARK_CHARS = 80
_LINK_TO_SITE_RE = fastre.compile(r"^→|[Ww]ebsite|[Hh]omepage|ホームページ|サイト")


_MATTER_TITLE_CHARS = 30


def _other_matter_in_block(lines: list[Line]) -> set[int]:
    """The enquiry block's lines after a short title of another matter (「外国人の方の日本語
    教室について」 over 「生涯学習課 社会教育係」「電話番号:…」): that matter's desk."""
    skipped: set[int] = set()
    numbered = False  # the block gave its own numbers first
    for index, line in enumerate(lines):
        if line.region != "enquiry":
            continue
        if skipped or (
            numbered
            and len(line.text) <= _MATTER_TITLE_CHARS
            and not _DIGIT_RE.search(line.text)
            and OTHER_PROCEDURE_RE.search(line.text)
            and not FORM_WORDS_RE.search(line.text)
        ):
            skipped.add(index)
        numbered = numbered or bool(_DIGIT_RE.search(line.text))
    return skipped


def extract_contacts(
    lines: list[Line], breadcrumb: str = "", links: list[Link] | None = None, site_title: str = ""
) -> Contacts:
    """Contacts from the page's content and enquiry lines; content lines that are mostly a
    link to another page (a menu item 「相談窓口(E-mail: …)」) give none. `site_title` is the
    page's <title>, which names the site."""
    out = Contacts()
    carried: tuple[str, ...] = ()
    other = other_body_sections(lines)
    linked = mostly_links(lines, links or [])
    other_offices = _other_offices_rows(lines) | _other_matter_in_block(lines)
    own_places = _own_places(lines, site_title)
    labelled_phones: set[str] = set()
    for index, line in enumerate(lines):
        if other[index] or index in other_offices or (index in linked and line.region == "content"):
            continue
        if line.region == "content" and index and _about_another_body(lines, index):
            continue
        if (
            line.region == "content"
            and (_DIGIT_RE.search(line.text) or _EMAIL_HINT_RE.search(line.text))
            and in_another_language(line.text)
        ):
            continue  # a translation: the Japanese says it (「…Associação Internacional …, tel.」)
        if line.region == "content" and repeats_numbers_before(lines, index):
            continue  # an English line after the Japanese one it translates
        if _RETIRED_RE.search(line.text):
            continue
        text = fold_dash_after_digit(line.text)
        email_hint = _EMAIL_HINT_RE.search(text)
        bare = _ITEM_NUMBER_RE.sub("", text) if line.kind == "dt" else text
        numbered = _DIGIT_RE.search(bare)
        named, lead = None, ""
        if email_hint or numbered:  # (most lines have neither: what follows is for them)
            named = _other_body_named(
                text, _OTHER_ORG_RE if line.region == "content" else FOREIGN_BODY_RE
            )
            lead = _paragraph_before(lines, index)
        # 「…からメールをつぎのアドレスにおくってください。」 then 「entry@…」: a sign-up's
        # (「登録用アドレス:…」 too)
        if email_hint and not _signup_address(lead, text):
            for address, start, end in find_emails(text, normalized=True):
                if named and line.region == "content" and not _own_before(text, start, named):
                    continue  # 「…美濃加茂市国際交流協会へ。電話 …、メール info@… です」
                if line.region == "content" and _another_municipalitys(text, start, own_places):
                    continue  # 「伊豆の国市のたんとう:…でんわ … メール kokusai@…」
                if line.region == "content" and NOT_THIS_FORM_RE.search(
                    sentence_around(text, start, end)
                ):
                    continue  # 「…a separate matter from the … Form. Send your answers to …@…」
                if (
                    _plausible_email(address, text, start, end)
                    and not _ended_in_sentence(text, start, end)
                    and not _REFUSED_AT_ADDRESS_RE.match(text, end)
                    and not _FORMER_RE.search(text, max(0, start - _FORMER_CHARS), start)
                ):
                    _add(out.emails, address)
                    out.note("emails", text)
        # a label alone (「ファクス」, a term 「<dt>4. By fax [ファクス]</dt>」) may carry to the
        # next line
        if not numbered:
            groups = _label_groups(bare) if len(bare) <= 12 or line.kind == "dt" else []
            carried = groups[-1][1] if groups else ()
            if _ADDRESS_LABEL_ONLY_RE.match(text) and index + 1 < len(lines):
                nxt = lines[index + 1].text
                if not _POSTCODE_RE.search(nxt):
                    _take_address(out, nxt, f"{text} {nxt}")
            elif (
                line.region == "enquiry"
                and _PREFECTURE_FIRST_RE.match(text)
                and index + 1 < len(lines)
                and (
                    _LOT_START_RE.match(lines[index + 1].text)
                    # (「岐阜県下呂市」 then 「森960番地(郵便番号 509-2295)」: the town there too)
                    or (
                        _MUNICIPALITY_END_RE.search(text)
                        and _TOWN_START_RE.match(lines[index + 1].text)
                    )
                )
            ):
                # an enquiry block's address with its lot on the next line: 「愛知県豊田市西町」
                # 「3丁目60番地 東庁舎5階」
                nxt = lines[index + 1].text
                _take_address(out, text + nxt, f"{text} {nxt}")
            continue
        pairs, alone = _phones_in(text, carried)
        carried = alone
        for kind, number, where in pairs:
            if named and not _own_before(text, where, named):
                continue
            if _another_procedures_number(lead + text, len(lead) + where):
                continue  # 「転入届の手続きについては区民課(電話番号:…)へ」
            if line.region == "content" and (
                _another_municipalitys(text, where, own_places)
                or _another_named_after(text, where, own_places)
            ):
                continue  # 「大崎市での受付方法については、大崎市の担当課(電話:…)に」
            if _also_consulted(text, where) or _FORMER_RE.search(
                text, max(0, where - _FORMER_CHARS), where
            ):
                continue  # 「電話番号も変更しています(旧:073-489-2115 → 新:…)」
            if kind == "fax" and _ended_in_sentence(text, where, where):
                continue  # 「ファクス(019-611-2591)による受付は、…をもって終了しました」
            if _changed_away(text, where) or _refused_at_number(text, where):
                continue  # 「提出先がまちづくり課(電話0295-72-1116)から商工観光課に変わりました」
            _add(out.faxes if kind == "fax" else out.phones, number)
            out.note("faxes" if kind == "fax" else "phones", text)
            if kind == "tel":
                labelled_phones.add(number)
        postcodes = _postcodes(text)
        for m in postcodes:
            if (
                named
                and line.region == "content"
                and named.start() < m.start()
                and not _own_sentence(text, m.start(), named)
            ):
                continue  # 「名古屋出入国在留管理局 津出張所(〒514-0032 津市…)で行います」
            if line.region == "content" and _another_municipalitys(text, m.start(), own_places):
                continue  # 「竹富町役場(〒907-8503 沖縄県石垣市美崎町11番地1)」 on 石垣市's page
            _add(out.postal_codes, _postcode(m))
            out.note("postal_codes", text)
            rest = text[m.end() :].strip()
            evidence = text
            after = index + 1
            if not rest and after < len(lines):  # 〒 on one line, the address on the next
                rest = lines[after].text
                evidence = f"{text} {rest}"
                after += 1
            following = lines[after].text if after < len(lines) else ""
            taken = (
                _take_address(out, rest, evidence, following)
                or _take_lotless_address(out, rest, evidence)
                or _take_english_lot_first(out, rest, evidence)
                # the postcode after its address: 「Hiroo Town Office, 北海道…7丁目1 〒089-2692」
                or _take_address(out, text[: m.start()].rstrip(" ,、").rsplit(" ", 1)[-1], text)
                # (with the building between: 「…明屋敷164番地 本庁新館3階 郵便番号793-8601」)
                or _take_address(out, text[: m.start()], text)
                # (「Okayama Prefecture Tsuyama City Yamakita 520 (Postal code 708-8501)」)
                or _take_english_lot_first(out, text[: m.start()].rstrip(" ,(、"), text)
                # (on the line before, with no postcode of its own, last in its row: 「郵送 |
                # 群馬県伊勢崎市今泉町二丁目410番地<br>伊勢崎市役所 … 宛て(郵便番号 372-8501)」)
                or _take_address_before(out, lines, index)
            )
            if not taken and following and not _DIGIT_RE.search(rest):
                # 「〒910-2512 Ikeda Town Office, General Policy Division」, then the address
                _take_english_lot_first(out, following, f"{evidence} {following}")
        if not postcodes and "ddress" in text:
            taken = len(out.addresses)
            _take_english_address(out, text)
            if len(out.addresses) == taken:
                # 「Address: Wadomari Town Office, 10 Wadomari, …, Kagoshima 891-9192」
                _take_english_postcode_last(out, _EN_ADDRESS_LABEL_RE.sub("", text))
        elif not postcodes and (text[:1].isdigit() or ", " in text or _EN_BUILDING_RE.match(text)):
            _take_english_postcode_last(out, text)
        if not postcodes:
            m = _ADDRESS_LABEL_RE.search(text)
            if m and not in_another_language(m.group("rest")):
                # (not a translation's 住所: 「工作地点和住所均在冈谷市时,只需提交1份。」)
                _take_address(out, m.group("rest"), text)
            elif _ADDRESS_LABEL_ONLY_RE.match(text) and index + 1 < len(lines):
                nxt = lines[index + 1].text
                if not _POSTCODE_RE.search(nxt):
                    _take_address(out, nxt, text)
            elif line.region == "enquiry" and _PREFECTURE_FIRST_RE.match(text):
                # an enquiry block's address without a postcode: 「徳島県鳴門市撫養町南浜字東浜
                # 170(鳴門市役所 本庁舎4階)」
                _take_address(out, text, text)
            elif m := _OFFICE_THEN_ADDRESS_RE.match(text):
                # an office's row, its address after its name: 「喜連川支所 さくら市喜連川4420番地1
                # 1階 地域振興係 電話:…」
                _take_address(out, m.group("rest"), text)
    dept = _department(lines, out, breadcrumb, own_places)
    out.department = space_units(dept) if dept else None
    out.addresses = _without_translations(_without_shorter_writings(out.addresses))
    # A number both labelled as phone and as fax on the page (TEL/FAX 共通) stays in both; one
    # labelled only as fax is not a phone where it stands alone.
    out.phones = [p for p in out.phones if p in labelled_phones or p not in out.faxes]
    return out


# A table row of one office: 「幸区役所 | 地域振興課(4階) | 044-556-6731」「瀬棚支所 | …」
_OFFICE_ROW_RE = fastre.compile(
    # (「北区(北神) | 北神区役所 …」: a ward's second office, its place in brackets)
    r"^(?P<name>[^\s\d:()]{1,8}?(?:区役所|区|総合支所|支所|出張所))"
    r"(?:\((?P<branch>[^\s()]{1,6})\))?(?:\s|$)"
)
_MIN_OFFICE_ROWS = 3
# after a ward's bare name: its office (「中央区役所」「中央区 地域振興課」), not more of a place
_NOT_A_PLACE_RE = fastre.compile(r"役所|(?![一-龯々ぁ-ヶ])")
_NAME_START_CHARS = " \n市:(、"


def _names_office(text: str, name: str) -> bool:
    """`text` names the office `name` on its own (at the start, or after a space, 市, a colon,
    a bracket or 、), a ward's name not going on into a place name."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (not at or text[at - 1] in _NAME_START_CHARS) and (
            name[-1] != "区" or _NOT_A_PLACE_RE.match(text, end)
        ):
            return True
        at = text.find(name, at + 1)
    return False


def _other_offices_rows(lines: list[Line]) -> set[int]:
    """A ward's page with a table of every ward's counter (「川崎区役所 … 044-201-3126」,
    「幸区役所 … 044-556-6731」, …): the rows of the wards its enquiry block does not name are
    the other wards' desks. Nothing when the block names none of them (a city's page)."""
    rows: list[tuple[int, str]] = []
    name = ""
    for index, line in enumerate(lines):
        if line.kind != "tr" or line.region != "content":
            name = ""
            continue
        if line.row_start:
            m = _OFFICE_ROW_RE.match(line.text)
            # (a second office is named by its place: 北区's page over 「北区役所 まちづくり課」
            # leaves the 北神 row to the 北神区役所)
            name = (m.group("branch") or m.group("name")) if m else ""
        if name:
            rows.append((index, name))
    names = {name for _, name in rows}
    if len(names) < _MIN_OFFICE_ROWS:
        return set()
    enquiry = " ".join(line.text for line in lines if line.region == "enquiry")
    # (an office, not a place in the block's address: 「千葉市中央区千葉港1番1号」 is where the
    # city hall stands on a city's page, not 中央区's desk)
    own = {name for name in names if _names_office(enquiry, name)}
    return {index for index, name in rows if name not in own} if own else set()


def _without_shorter_writings(addresses: list[str]) -> list[str]:
    """One place written twice, once without its prefecture and county (「神川町大字植竹909番地」
    beside 「埼玉県児玉郡神川町大字植竹909番地」), is one address: the fuller writing. English
    writes the place the other way round (「843 Oharanishi, Yamanashi City[, Yamanashi
    Prefecture]」), so there the shorter writing is the start of the fuller one."""
    keys = [squash(address) for address in addresses]
    return [
        address
        for address, key in zip(addresses, keys, strict=True)
        if not any(
            other != key and (other.startswith(key) if key.isascii() else other.endswith(key))
            for other in keys
        )
    ]


def _without_translations(addresses: list[str]) -> list[str]:
    """An English writing of an address also written in Japanese (「1-1-1 Seyanishi, Sango-cho,
    Ikoma-gun, Nara」 beside 「奈良県生駒郡三郷町勢野西1丁目1番1号」, a page's other language) is
    one address: the Japanese, told by the registry's reading of its municipality."""
    japanese = [address for address in addresses if not address.isascii()]
    if not japanese or len(japanese) == len(addresses):
        return addresses
    named = _place_readings(" ".join(japanese))
    return [
        address
        for address in addresses
        if not address.isascii()
        or not any(re.search(rf"\b{re.escape(name)}\b", address, re.IGNORECASE) for name in named)
    ]


_ITEM_NUMBER_RE = fastre.compile(r"^\s?(?:\d{1,2}\s?[.)]|\(\d{1,2}\)|[①-⑳])\s?")
_LOT_START_RE = fastre.compile(r"^\d+\s?(?:丁目|番地|番|号|-|の)")
# A line that starts with a prefecture and its municipality: 「徳島県鳴門市…」.
# (after its label: 「住所 宮崎県児湯郡都農町」 then 「大字川北4874番地2(役場1階)」)
_PREFECTURE_FIRST_RE = fastre.compile(
    r"^(?:(?:住所|所在地)\s?:?\s?)?"
    r"(?:北海道|東京都|京都府|大阪府|[一-龯]{2,3}県)[一-龯ぁ-んァ-ヶ]{1,8}?[市郡区町村]"
)
# (a county too: 「香川県仲多度郡<br>多度津町栄町3丁目3番95号」)
_MUNICIPALITY_END_RE = fastre.compile(r"[市区町村郡]\s?$")
# a town name and its lot number (「桜井二丁目1番1号」「大字馬瀬口1794番地1」), no office
_TOWN_START_RE = fastre.compile(
    r"^[^\s\d:()、。]{1,10}?(?:\d|[一二三四五六七八九十]+(?:丁目|番|号))"
)


# After a 〒, a place without a lot number (「東京都小笠原村父島字西町」, islands and villages):
# a whole short line of place names, not an office (「立川市役所」 is the office's postcode).
# (with the floor in brackets after it: 「東京都小笠原村父島字西町(村役場本庁舎1階)」)
_LOTLESS_ADDRESS_RE = fastre.compile(
    r"^(?P<place>[^\s\d:()、。]{2,12}?[都道府県市区町村郡][^\s\d:()、。]{1,16})"
    r"(?:\s?\([^()]{1,20}\))?$"
)
# An office's name, then its address: 「喜連川支所 さくら市喜連川4420番地1 1階 …」
# (its section between, and each cell on a line of its own: 「世田谷総合支所 地域振興課 \n
# 世田谷区世田谷4丁目22番35号 \n 電話:…」)
_OFFICE_THEN_ADDRESS_RE = fastre.compile(
    r"^[^\s\d:()、。]{1,12}(?:役所|役場|庁舎|支所|出張所)(?:\s[^\s\d:()、。]{1,12}?[課係室])?"
    r"\s+(?P<rest>[^\s\d:()、。].*)",
    re.S,
)
_OFFICE_RE = fastre.compile(r"役所|役場|庁舎|支所|出張所|課|係|センター|宛|あて|ビル|階")


# 「Address: 1-16-1 Higashimachi, Higashikawa-cho, Kamikawa-gun, Hokkaido 071-1492」
_EN_ADDRESS_RE = fastre.compile(
    # (a table row: 「Address | 340-1 Nagaoka, Izunokuni City, Shizuoka 410-2292」)
    r"(?<![Ee]-mail )(?<![Ee]mail )\b(?:Mailing |Postal |Office )?[Aa]ddress\s*:?\s*"
    # (「…, Osaka 592-8585, Japan」: the country after it)
    # (a lot number led by a kana romanised: 「Ni-41 Daishoji Minamimachi, …」, 大聖寺南町ニ41)
    r"(?:(?P<before>\d{3}-\d{4}),?\s)?(?P<address>(?:[A-Z][a-z]{0,2}-)?\d[^()]{5,100}?)"
    r"(?:,?\s(?P<after>\d{3}-\d{4}))?"
    # (the building in brackets after it: 「… Hyogo 662-8567 (Main building 5th floor)」)
    r"(?:,?\s?Japan\.?)?(?:\s?\([^()]{1,40}\))?$"
)
_EN_PLACE_RE = fastre.compile(
    r"-(?:shi|cho|machi|mura|son|ku|gun)\b|\b(?:City|Town|Village|Ward|Hokkaido|Tokyo)\b"
    # a prefecture's name (「1-1-1 Araicho Chidori, Takasago, Hyogo」)
    rf"|\b{_EN_PREFECTURES}$"
    r"|-(?:ken|fu|to)\b|\bPrefecture\b"
)


# After an English address, the office or section it is for: 「…, Fukuoka, International
# Exchange Promotion Division」「…, Fukuoka, City Hall 3F」.
_EN_OFFICE_AFTER_RE = fastre.compile(
    r",\s[^,]*\b(?:Division|Section|Department|Office|Hall|Building|Floor|\dF)\b.*$"
)


def _take_english(out: Contacts, address: str, postcode: str | None, evidence: str) -> bool:
    """An English address, as written, when it names a place; its postcode with it."""
    address = _EN_OFFICE_AFTER_RE.sub("", address)
    if not _EN_PLACE_RE.search(address):
        return False
    if postcode:
        _add(out.postal_codes, postcode)
        out.note("postal_codes", evidence)
    _add(out.addresses, address.strip(" ,"))
    out.note("addresses", evidence)
    return True


def _take_english_address(out: Contacts, text: str) -> None:
    m = _EN_ADDRESS_RE.search(text)
    if m:
        _take_english(out, m.group("address"), m.group("before") or m.group("after"), text)


# 「1-1 Shiroyama-cho, Miura City, Kanagawa 238-0298 (City Hall Annex 1F)」: an English address
# with its postcode last and no 〒.
# The office's name before an English address: 「Hakone Town Hall, 」「Atami City Hall Main
# Building 3F, 」.
# (「Community Support Division, Asaka City Hall, 」: the section's name before it)
_EN_BUILDING = r"[A-Z][A-Za-z0-9 ,]{2,80}?(?:Hall|Office|Building|Bldg\.?|\dF|[Ff]loor),\s"
_EN_BUILDING_RE = fastre.compile(_EN_BUILDING)
_EN_POSTCODE_LAST_RE = fastre.compile(
    # (after the office's name or not: 「Hakone Town Hall, 256 Yumoto, …, Kanagawa 250-0398」)
    # (or after anything, behind a comma: 「Send to: … Division (企画財政課), Chonan Town Hall,
    # 2110 Chonan, Chonan-machi, Chosei-gun, Chiba 297-0192」)
    # (a comma after the lot number, a 条 after it: 「17-17, 2-jo, Fukagawa-shi, Hokkaido
    # 074-8650」)
    rf"(?:^(?:{_EN_BUILDING})?|,\s)(\d[\d-]*,?\s[A-Za-z\d][^()]{{3,100}}?),?\s"
    # (「…, Osaka 592-8585, Japan」: the country after it)
    r"(\d{3}-\d{4})(?:,?\s?Japan\.?)?(?:\s?\(|$)"
)


_EN_ADDRESS_LABEL_RE = fastre.compile(r"^.*?\b(?:Mailing )?[Aa]ddress\s?:\s?")


def _take_english_postcode_last(out: Contacts, text: str) -> None:
    m = _EN_POSTCODE_LAST_RE.search(text)
    if m:
        _take_english(out, m.group(1), m.group(2), text)


def _take_lotless_address(out: Contacts, text: str, evidence: str) -> bool:
    m = _LOTLESS_ADDRESS_RE.match(text.strip())
    if m and not _OFFICE_RE.search(m.group("place")):
        _add(out.addresses, m.group("place"))
        out.note("addresses", evidence)
        return True
    return False


# After a 〒, an English address, lot number first: 「〒501-0491 582-1 Karumi, Motosu City, Gifu
# Prefecture (1st floor)」 (what follows in brackets is the floor), or in the Japanese order,
# prefecture first and lot number last: 「〒880-1192 Miyazaki Prefecture Higashimorokata-gun
# Kunitomi-cho Oaza Honjo 4800」.
_EN_LOT_FIRST_RE = fastre.compile(
    r"^(?:(?P<lot>\d[\d-]*\s[A-Za-zÀ-ÿĀ-ž][^()]{3,100}?)\s?(?:\(|$)"  # (「13680-1 Ōaza …」)
    r"|(?P<place>[A-Z][A-Za-z]+[ ,-][A-Za-z][^()\d]{3,100}?\s\d[\d-]*(?:\sBanchi\b)?)"
    # (then the building: 「Saga-ken Imari-shi Tachibana-cho 1355-1, Imari City Hall 3rd floor」)
    r"\s?(?:\(|$|,\s?(?=[^,()]*\b(?:Hall|Office|Building|[Ff]loor)\b)))"
)


def _take_english_lot_first(out: Contacts, text: str, evidence: str) -> bool:
    m = _EN_LOT_FIRST_RE.match(text.strip())
    return bool(m) and _take_english(out, m.group("lot") or m.group("place"), None, evidence)


def _take_address_before(out: Contacts, lines: list[Line], index: int) -> bool:
    """The address that ends the line before a postcode's line, when that line has no postcode
    of its own."""
    if not index:
        return False
    before = lines[index - 1].text
    if _postcodes(before):
        return False
    # (after the row's first cell: 「郵送 群馬県…」, or 「郵送 \n 群馬県…」 in a table with a head)
    last_cell = before.rsplit("\n", 1)[-1]
    return any(
        _take_address(out, part, f"{part} {lines[index].text}")
        for part in dict.fromkeys((last_cell, last_cell.rsplit(" ", 1)[-1]))
    )


def _take_address(out: Contacts, text: str, evidence: str, following: str = "") -> bool:
    """The address in `text`; when the town name ends the line and its lot number starts the
    next (「…木曽町福島<br>2326番地6」), the two lines read as one, and so do a municipality
    alone on its line and the town and lot number on the next (「大阪府三島郡島本町<br>桜井二丁目
    1番1号」)."""
    address = _address_from(text)
    lot_wrapped = following and _LOT_START_RE.match(following)
    town_wrapped = (
        following and _MUNICIPALITY_END_RE.search(text) and _TOWN_START_RE.match(following)
    )
    # 「小樽市花園2丁目<br>12番1号」: the lot number wraps after the 丁目 too
    if ((lot_wrapped or town_wrapped) and address is None and not _DIGIT_RE.search(text)) or (
        lot_wrapped and address and address.endswith("丁目") and text.strip().endswith("丁目")
    ):
        address = _address_from(f"{text}{following}")
        evidence = f"{evidence} {following}"
    if address:
        _add(out.addresses, address)
        out.note("addresses", evidence)
    return bool(address)


def _plausible_email(address: str, text: str, start: int, end: int) -> bool:
    """An address of the municipality: not a file name, not a national body's (go.jp), not
    in a sentence naming another body (a paragraph that says everything can name the
    出入国在留管理庁 two sentences after the town's own address)."""
    local, _, domain = address.partition("@")
    # (a body named far after the address is a later clause's: 「…電子メール(…@…)で送信するかの
    # いずれかの方法で提出してください…、出入国在留管理庁のページもあわせてご覧…」)
    sentence = sentence_around(text, start, end, after=_ORG_AFTER_CHARS)
    return (
        bool(local)
        and "." in domain
        and not domain.endswith((".png", ".jpg", ".gif", ".go.jp"))
        and not _other_body_named(sentence, _OTHER_ORG_RE)
        and not _MAIL_SERVICE_RE.search(sentence_around(text, start, end))
        and not _SEND_ONLY_RE.search(f"{text[max(0, start - _SEND_ONLY_CHARS) : start]}{local}")
    )


# A form system's send-only address: 「お知らせメールは送信専用アドレス(no-reply@logoform.jp)
# から届きます」「The e-mail is sent from no-reply@logoform.jp」. Nobody files there.
_SEND_ONLY_RE = fastre.compile(r"送信専用|(?i:\b(?:do-?not-?|no-?)reply$)")
_SEND_ONLY_CHARS = 12


def _signup_address(lead: str, text: str) -> bool:
    """The address on `text` is a mail service's sign-up address, by the paragraph before it
    or by its label."""
    return (
        bool(lead) and bool(_MAIL_SERVICE_RE.search(lead, lead.rfind("。", 0, len(lead) - 1) + 1))
    ) or bool(_SIGNUP_ADDRESS_RE.search(text))


# An alert or newsletter service's sign-up address: 「防災メールの登録は、空メールを
# entry@… へ」 (「…disaster e-mail (防災メール) service: register by sending an empty mail
# to entry-imari@…」).
# A mail service's sign-up address, by its label: 「登録用アドレス:ayase-biz@mm.…」.
# (「…register for the town's alert e-mails by sending an empty message to entry-…@…. This
# address is only for signing up.」)
_SIGNUP_ADDRESS_RE = fastre.compile(
    r"(?:登録|配信登録|購読)用の?(?:メール)?アドレス"
    r"|(?i:\bempty (?:e-?mail|message) to\b|\bonly for signing up\b)"
    # (やさしい日本語: 「とうろくするときは、からのメールを entry-…@… におくってください」)
    r"|(?:^|[、。\s])(?:からの?|空の?)\s?メールを"
)
_MAIL_SERVICE_RE = fastre.compile(
    # (「なにもかかないメール(からメール) をつぎのアドレスにおくってください」)
    r"空メール|空の\s?メール|(?:なにも|何も)\s?(?:かかない|書かない)\s?メール|防災メール|メール配信サービス|メールマガジン|メルマガ"
    r"|(?i:\bempty (?:e-?)?mail\b|\bdisaster (?:e-?)?mail\b|\bmailing list\b|\bnewsletter\b)"
)


_ORG_AFTER_CHARS = 40
# 「出入国在留管理庁のホームページに掲載されている様式」: the body's website, not its desk
# (the name may stop short of its last character: 「出入国在留管理」 of 「…管理庁のホームページ」)
# (nor its rules: 「出入国在留管理庁が定める様式(…)に…記入のうえ、…交流推進課(〒817-8510 …)へ
# 郵送」)
_ITS_WEBSITE_RE = fastre.compile(
    r"[庁局]?\s?の?\s?(?:ホームページ|ウェブサイト|Webサイト|サイト)"
    r"|[庁局]?\s?(?:が|の)(?:定める|定めた|作成した)"
)


def _other_body_named(text: str, bodies: re.Pattern[str]) -> re.Match[str] | None:
    """The first name of another body in `text` that is not only a pointer to its website (a
    paragraph that says everything names 「出入国在留管理庁のホームページ」 for the template,
    then the town's own post address, e-mail and phone)."""
    for m in bodies.finditer(text):
        if not _ITS_WEBSITE_RE.match(text, m.end()):
            return m
    return None


# 「経済局/商工観光部/観光国際課」: units separated by slashes.
_UNIT_SLASH_RE = fastre.compile(r"(?<=[部局課室係])/(?=\S)")
_ROLE_SUFFIX_RE = fastre.compile(r"\s?\S*(?:協力確認書|受付|提出)\S*担当$")


# (not a remark on its work: 「政策総務課(多文化共生の担当)」)
_BRACKETED_UNIT_RE = fastre.compile(
    r"\(([^\s\d()、。:]{1,15}(?:係|(?<!の)担当(?!者)|グループ|班))\)"
)
_FLOOR_AFTER_RE = fastre.compile(r"\s?(?:\d{1,2}|地下\d)階")
# (「担当課:総務課 → 産業振興課 商工観光係」: the old one before an arrow)
_CHANGED_FROM_RE = fastre.compile(
    # (やさしい日本語: 「「産業振興課(…)(でんわ:…)」 から 「市民協働推進課(…)」 に かわりました」)
    # (the unit's reading and number in brackets between)
    r"(?:\s?\([^()]{1,30}\))*」?\s?から\s?「?[^。]{1,30}?」?\s?に\s?(?:変わ|変更|移管|移|かわ)"
    r"|\s?(?:→|⇒|➡|->)\s?[^\s→⇒➡]"
    r"|\s?でした"  # (「…までの提出先は、…商工労政課(電話:…)でした」)
)


# A municipality's name going on after a would-be unit (「真室|川町役場」).
_PLACE_GOES_ON_RE = fastre.compile(r"[^\s、。()]{0,3}?[市区町村](?:役所|役場|\s|$)")


_BARE_UNITS_RE = fastre.compile(r"[部局課室係班](?:[・、/][部局課室係班])+")
_KANA_FLOOR_RE = fastre.compile(r"(?<=\d)\s?かい")  # やさしい日本語's 「1かい」 (1階)


_UNIT_RE = fastre.compile(_UNIT)
_UNITS_RE = fastre.compile(rf".*?{_UNIT}")  # each unit with the name before it
_SPACES_RE = fastre.compile(r"\s+")


def find_department(text: str, *, english: bool = True) -> str | None:
    """The first department name in `text` (units 部/局/課/室/係/担当/… kept together),
    without the municipality's name before it or 宛/あて after it."""
    text = _UNIT_SLASH_RE.sub(" ", _DEPT_LEAD_RE.sub("", text.strip()))
    # (「まちづくり推進課(まちづくり すいしん か) 多文化共生係」: no reading)
    text = without_furigana(text, " ")
    if "かい" in text:  # (やさしい日本語's floor: 「(役場 1かい総務課)」)
        text = _KANA_FLOOR_RE.sub(" ", text)
    for m in _DEPT_RE.finditer(text):
        if _FLOOR_AFTER_RE.match(text, m.end()) and m.group().rstrip().endswith("センター"):
            continue  # 「文京シビックセンター15階」: the building the section is in
        if _CHANGED_FROM_RE.match(text, m.end()):
            continue  # 「担当課は「市民協働課」から「地域共生推進課」に変わりました」: the old one
        if _PLACE_GOES_ON_RE.match(text, m.end()):
            continue  # 「真室川町役場」: 「真室」 is a piece of the town's name
        # (「協力確認書を企画調整局国際部国際政策課で…」: the name after the object; 「区役所・
        # 出張所・…の窓口」: a list of kinds of office, not a name)
        # (「提出先は商工観光課ではなく企画課です」: the one named after ではなく)
        found = m.group().strip().rsplit("を", 1)[-1].rsplit("ではなく", 1)[-1]
        # (「「提出先」と表示した商工振興課」: a clause before the name)
        found = _CLAUSE_RE.split(found)[-1]
        dept = _PLACE_PARTICLE_RE.sub("", found)  # 「2階の市民協働課」
        sub_unit = _BRACKETED_UNIT_RE.match(text, m.end())
        if sub_unit:  # 「協働まちづくり課(多文化共生担当)」: its unit below, in brackets
            dept = f"{dept} {sub_unit.group(1)}"
        dept = _ROLE_SUFFIX_RE.sub("", dept)  # 「国際課 協力確認書担当」: a role, not a unit
        prefix = _MUNICIPALITY_PREFIX_RE.match(dept)
        # 市民協働課, 市長公室 (「総合政策局市長公室国際交流課」 is not 「総合政策局市」's)
        civic = dept[prefix.end() : prefix.end() + 1] in ("民", "長") if prefix else False
        # 「創造都市推進局」「国際都市推進課」: …都市 is a word, not a city (京都市, 西都市)
        civic = civic or bool(prefix and _URBAN_RE.search(prefix.group()))
        if prefix and not civic and not prefix.group().startswith(_CIVIC):
            rest = dept[prefix.end() :].strip()
            if _DEPT_RE.fullmatch(rest + " ") or _DEPT_RE.fullmatch(rest):
                dept = rest
        # (the building after the city's name: 「札幌市役所本庁舎の総務局国際部交流推進課」)
        dept = _BUILDING_RE.sub("", dept).lstrip("・")
        if _BARE_UNITS_RE.fullmatch(dept):
            continue  # 「上峰町役場 課・係の連絡先」: a column's name, the kinds of unit
        if len(dept) >= 2 and not _NOT_DEPT_RE.search(dept) and not _UNIT_RE.fullmatch(dept):
            return _SPACES_RE.sub(" ", dept)
    if not english or not ("ion" in text or "ce" in text):
        return None
    for found in _EN_DEPT_RE.finditer(text):
        if not _EN_OFFICE_RE.fullmatch(found.group()):  # 「Town Office 2F」 is the building
            # (「Kamiichi Town Office Planning Division」: the office's name, then the unit's)
            return _EN_OFFICE_LEAD_RE.sub("", _EN_LABEL_LEAD_RE.sub("", found.group()))
    return None


_EN_OFFICE_RE = fastre.compile(r"(?:[A-Z][a-z]+ )?(?:City|Town|Village|Ward) Office")
# (「Destination Shimoda City Planning Division …」: a label's word before it)
_EN_LABEL_LEAD_RE = fastre.compile(
    r"^(?:Submission |Mailing )?(?:Destination|Addressee|Address|Submit to|Send to|To) (?=[A-Z])"
)
# (「Kawachinagano City Citizen Life Department …」: the city's name too, not 「City Planning …」)
_EN_OFFICE_LEAD_RE = fastre.compile(
    r"^(?:[A-Z][a-z]+ (?:City|Town|Village|Ward)(?: (?:Office|Hall))?"
    r"|(?:City|Town|Village|Ward) (?:Office|Hall)) (?=[A-Z])"
)


# A piece that is no unit of its own: 「西部」 in 「西部保健センター」, 「担当」 in 「国際交流セン
# ター担当」.
_PART_OF_NEXT_RE = fastre.compile(r"[東西南北中]部")
_ROLE_ONLY = "担当"
_LATIN_RE = fastre.compile(r"[A-Za-z]")


def space_units(dept: str) -> str:
    """「総務局国際部交流推進課」 → 「総務局 国際部 交流推進課」: one space between units, as
    most pages write them, so that a name reads the same whichever way the page wrote it.
    Pieces of one letter stay with their neighbour (「課税課」「国際関係課」)."""
    chunks = []
    for chunk in dept.split(" "):
        pieces = [] if _LATIN_RE.search(chunk) else _UNITS_RE.findall(chunk)
        rest = chunk[sum(map(len, pieces)) :]
        units: list[str] = []
        for piece in pieces:
            joins = len(piece) < 2 or piece == _ROLE_ONLY
            if units and (joins or len(units[-1]) < 2 or _PART_OF_NEXT_RE.fullmatch(units[-1])):
                units[-1] += piece
            else:
                units.append(piece)
        if rest:
            units[-1:] = [units[-1] + rest] if units else [rest]
        chunks.append(" ".join(units))
    return " ".join(chunks)


def _strip_place(text: str) -> str:
    """A 提出先 line without its postcode and address, leaving the department."""
    text = _POSTCODE_RE.sub(" ", text)
    address = _address_from(text.strip())
    if address:
        text = text.strip()[len(address) :]
    return text


def _last_unit(dept: str) -> str:
    units = _UNITS_RE.findall(dept)
    return units[-1] if units else dept


# (「※…の各総合支所では受け付けておりません。」, a refusal, is one too)
_SENTENCE_RE = fastre.compile(r"。.|ます。|ません。|です。|ください")


_SECTION_LABEL_RE = fastre.compile(r"^【[^】]{2,30}】$")


# The other columns of a table's header row: 「区名 | 担当課 | 電話 | FAX」
_COLUMN_NAMES_RE = fastre.compile(
    # (each cell's name on a line of its own: 「区 \n 担当課 \n 所在地 \n 電話 \n FAX」)
    r"(?:\s*(?:電話|TEL|FAX|ファクス|ファックス|所在地|住所|メール|E-?mail|窓口|受付時間|備考)(?:番号)?)+\s*"
)


# 「米子市の提出先は、…」: the label is another municipality's (its name, then の).
# (「名古屋市にお住まいの場合の提出先は…」: the places' where a case names it)
_PLACES_LABEL_RE = fastre.compile(rf"([{_KANJI}]{{1,5}}?[市町村])(?:に[^。、]{{1,12}}?)?の$")


_OR_RE = fastre.compile(r"または|又は|もしくは")
_IN_CHARGE_RE = fastre.compile(r"が(?:「?協力確認書」?の)?(?:受付を)?担当して(?:い|おり)ます.*$")
_FROM_DATE_RE = fastre.compile(r"^\s?(?:令和|平成)?[\d元]{1,4}年[^。、]{0,10}?から、?\s?")


_KATAKANA_RE = fastre.compile(r"[\u30a1-\u30fa]")


def _names_another_desk(text: str, own_places: str) -> bool:
    """`text` names a municipality's desk that is not one of `own_places` (Japanese names)."""
    if not own_places:
        return False
    # (a name starting in katakana only when the registry knows it: 「ニセコ町」, not a word
    # like 「テスト町」)
    desks = [
        desk
        for desk in _PLACE_DESK_RE.finditer(text)
        if not _KATAKANA_RE.match(desk.group(1)) or desk.group(1) in _readings()
    ]
    # (a ward's office names its ward as a municipality would: on 博多区役所's page,
    # 「中央区役所の企画振興課(電話 …)」 is another ward's desk)
    if _TOKYO_WARD_RE.search(own_places) or _WARD_OFFICE_RE.search(own_places):
        desks += _WARD_DESK_RE.finditer(text)
    if any(not _names_place(own_places, desk.group(1)) for desk in desks):
        return True
    # (a desk run into its municipality's name, 「南房総市市民課(電話 …)」: a name the registry
    # knows)
    if any(
        m.group(1) in _readings() and not _names_place(own_places, m.group(1))
        for m in _JOINED_DESK_RE.finditer(text)
    ):
        return True
    # (やさしい日本語 writes the name in kana: 「はびきのしのたんとうはでんわ …」)
    if any(not _names_place(own_places, name) for name in _kana_desks(text)):
        return True
    # (a name with kana, run into the words before its office: 「…への提出についてはときがわ
    # 町役場 企画財政課 電話…」: the longest end the registry knows)
    if "役" in text and any(
        (name := _known_name(m.group(1))) and not _names_place(own_places, name)
        for m in _OFFICE_DESK_RE.finditer(text)
    ):
        return True
    # (an office named in the block is the municipality's, wherever it stands: 竹富町役場 at
    # 「沖縄県石垣市美崎町11番地1」, so that 「石垣市役所(でんわ …)」 is another's)
    # (and its desks: 「石垣市での提出方法は、石垣市 市民協働課(電話 …)に」)
    offices = _OFFICE_NAME_RE.findall(own_places) if "役" in own_places else []
    return any(
        not any(office.endswith(desk.group(1)) for office in offices) for desk in desks if offices
    )


# A number with its municipality in brackets after it: 「でんわ:072-463-1217(泉佐野市)」.
_PLACE_AFTER_NUMBER_RE = fastre.compile(
    rf"[\d\s-]{{9,16}}\(\s?([{_KANJI}]{{1,5}}?[市町村])(?:役所|役場)?\s?\)"
)


def _another_named_after(text: str, number_at: int, own_places: str) -> bool:
    """The number at `number_at` names another municipality than `own_places`'s in brackets
    right after it."""
    m = _PLACE_AFTER_NUMBER_RE.match(text, number_at)
    return bool(m and own_places and not _names_place(own_places, m.group(1)))


# (「横浜市国際局(電話:…)」: a bureau)
_JOINED_DESK_RE = fastre.compile(
    # (「豊郷町企画振興課 電話…」: no bracket)
    # (「長久手市くらし文化部 安心安全課(電話 …)」: with its department first)
    # (「小樽市産業港湾部商業労政課(電話…)」: run together)
    rf"([{_KANJI}]{{1,4}}?[市町村])(?=(?:[^\s\d、。(),]{{1,10}}?[部局]\s?)?"
    r"[^\s\d、。(),]{1,8}?(?:課|係|室|局)\s?(?:\(\s?)?(?:電話|TEL|Tel|☎))"
)


# A municipality's office, then its desk and number: 「ときがわ町役場 企画財政課 電話…」.
_OFFICE_DESK_RE = fastre.compile(
    rf"([\u3040-\u30ff{_KANJI}]{{1,8}}?[市町村])(?:役場|役所)\s?[^\s\d、。()]{{0,12}}?"
    r"\s?(?:\(\s?)?(?:電話|でんわ|TEL|Tel)"
)


# A desk named after a municipality written in hiragana: 「はびきのしのたんとう」.
_KANA_DESK_RE = fastre.compile(
    r"([\u3041-\u3096]{2,12}?(?:し|ちょう|まち|むら|そん|く))の\s?(?:たんとう|かかり|まどぐち|担当|係|窓口)"
)


def _kana_desks(text: str) -> Iterator[str]:
    """The municipalities (kanji names) whose desks `text` names in hiragana: the longest
    tail of the words before the desk that the registry reads (「すむところがはびきのし」 →
    羽曳野市)."""
    if "の" not in text:
        return
    names = _kana_names()
    for m in _KANA_DESK_RE.finditer(text):
        words = m.group(1)
        name = next(
            (names[words[at:]] for at in range(len(words) - 2) if words[at:] in names), None
        )
        if name:
            yield name


@cache
def _kana_names() -> dict[str, str]:
    """Each municipality's name in hiragana → its name (「はびきのし」 → 「羽曳野市」), from the
    registry. (Names two municipalities share are left out.)"""
    counts = Counter(e.kana for e in _municipalities() if e.kana)
    return {e.kana: e.name for e in _municipalities() if e.kana and counts[e.kana] == 1}


def _names_place(text: str, name: str) -> bool:
    """`text` names the municipality `name` as a whole name: 「士幌町」 is not named by
    「北海道河東郡上士幌町」, 「上士幌町」 is."""
    at = text.find(name)
    while at >= 0:
        if at == 0 or text[at - 1] in "都道府県郡" or not _NAME_CHAR_RE.match(text[at - 1]):
            return True
        at = text.find(name, at + 1)
    return False


# (kanji and katakana: a name that starts after hiragana, 「この郵便番号は市役所」, is whole)
_NAME_CHAR_RE = fastre.compile(rf"[\u30a0-\u30ff{_KANJI}]")
# A municipality's office named in an enquiry block: 「竹富町役場 2階」.
_OFFICE_NAME_RE = fastre.compile(rf"([\u3040-\u30ff{_KANJI}]{{1,5}}?[市町村])(?:役所|役場)")


def _labelled_department(lines: list[Line], own_places: str) -> tuple[str | None, str]:
    """The first department a 提出先 label names; when it names only a bureau (「提出先は次の
    「横浜市国際局」です」), a later label's fuller writing of it (「提出先 横浜市 国際局 政策
    総務課」)."""
    found = _labelled_departments(lines, own_places)
    first = next(found, None)
    if first is None:
        return None, ""
    if not _BUREAU_ONLY_RE.search(first[0]):
        return first
    key = squash(first[0])
    return next((later for later in found if key in squash(later[0])), first)


# A bureau or department with no section under it: 「国際局」「総務部」.
_BUREAU_ONLY_RE = fastre.compile(r"^[^\s]{1,10}[局部]$")


def _labelled_departments(lines: list[Line], own_places: str) -> Iterator[tuple[str, str]]:
    japanese_places = own_places if _PLACE_NAME_RE.search(own_places) else ""
    for index, line in enumerate(lines):
        if line.region != "content":
            continue
        m = _DEPT_LABEL_RE.search(line.text)
        if not m or (line.row_start and m.end() == len(line.text) and m.start()):
            continue  # (a table's header row 「申請書の名称 | 様式 | 担当課」 names a column)
        place = _PLACES_LABEL_RE.search(line.text, 0, m.start())
        if place and japanese_places and place.group(1) not in japanese_places:
            continue  # (「住居地が米子市の場合は…。米子市の提出先は、米子市 地域振興課…」)
        rest = line.text[m.end() :]
        if line.row_start and _COLUMN_NAMES_RE.fullmatch(rest):
            continue  # (「区名 | 担当課 | 電話 | FAX」 too)
        if m.group().rstrip("、").endswith("は"):  # a sentence names it, or nothing does
            # (the first of two: 「提出先は、国際課またはどの区役所の総務企画課でも構いません」)
            # (「…受付は、令和7年10月1日から企画振興課 企画調整係が担当しています」: the desk
            # without its date and verb)
            first = _FROM_DATE_RE.sub("", _IN_CHARGE_RE.sub("", rest.split("。", 1)[0]))
            candidates = [_OR_RE.split(first, 1)[0]]
            if _names_others_desk(candidates[0], own_places):
                continue  # (「…まんのう町に住んでいる場合の提出先は、まんのう町役場 地域振興課」)
        else:
            candidates = [rest] if rest.strip() else []
            # the lines under a 【提出先】 label: names and addresses, not sentences about
            # something else (「…支所でもお預かりできますが、…」)
            # (up to the next label: 「【提出先】」 then 「【市民局での受付について】」 names none;
            # 「【企画課 国際係】」 is the name itself)
            for ln in lines[index + 1 : index + 4]:
                label = _SECTION_LABEL_RE.match(ln.text) and not _BRACKET_DEPT_RE.fullmatch(ln.text)
                if label or ln.kind == "h":
                    break
                if ln.region == "content" and not _SENTENCE_RE.search(ln.text):
                    candidates.append(ln.text)
            # (not another municipality's desk named as an example: 「…Kihoku Town's desk is
            # 紀北町 産業振興課 (TEL …)」 under 「Where to submit」)
            candidates = [text for text in candidates if not _names_others_desk(text, own_places)]
            if line.row_start:  # a column 「届出・提出先」 of a table of procedures
                candidates = _form_rows(lines, index) or candidates
        # (「Submission address」 then 「Mizunami City, Urban Development Department, …」 then
        # 「(瑞浪市 まちづくり推進部 地域振興課)」: the Japanese name before the English one)
        named = ""
        for english in (False, True):
            for at, text in enumerate(candidates):
                dept = _named_japanese_units(text) or find_department(
                    _strip_place(text), english=english
                )
                if dept and FOREIGN_BODY_RE.search(dept):
                    # (the line after the label names another body: 'please contact the Mito
                    # Immigration Services Office')
                    continue
                if dept:
                    following = candidates[at + 1] if at + 1 < len(candidates) else ""
                    named = _continued(dept, following)
                    break
                if _DEPT_LABEL_RE.search(text):
                    break
            if named:
                yield named, line.text
                break


def _form_rows(lines: list[Line], header: int) -> list[str]:
    """The rows naming the form in a table of procedures under the header row at `header`
    (「外国人雇用状況の届出 | ハローワーク遠軽」「社会保険 | 年金事務所…」「協力確認書(特定技能) |
    湧別町 商工観光課」): only the form's row names its 提出先."""
    end = header + 1
    # (a layout table's rows go on to the page's next 「◆様式」)
    while (
        end < min(len(lines), header + 1 + _MAX_TABLE_LINES)
        and lines[end].kind == "tr"
        and not _SECTION_LABEL_RE.match(lines[end].text)
    ):
        end += 1
    table = lines[header + 1 : end]
    return [table[i].text for i in procedure_rows(table, FORM_WORDS_RE) if names_the_form(table[i])]


_MAX_TABLE_LINES = 30


# (or to the form's own desk there: 「浜松市 企画調整部 国際課 協力確認書担当」)
# (with its number after it: 「川崎市 市民文化局 … 多文化共生推進課 あて(電話:044-200-2873)」)
_ADDRESSEE_RE = fastre.compile(
    # (with a remark after it: 「…国際課 あて(封筒に「協力確認書在中」とお書きください)」)
    r"\s?(?:あて|宛て?)(?:\s?\([^()]{0,40}\))?$|\s?行(?:\s?\((?:電話|TEL|Tel)[^()]{0,24}\))?$"
    r"|\s協力確認書(?:受付)?担当$"
)


_FORWARDED_RE = fastre.compile(
    r"(?:お預かりした|受け付けた|受付した|お持ちいただいた)[^。]{0,30}(?:回送|転送|送付し|お送りし)"
)


def _under_bureau(upper: str, lower: str) -> str:
    """`lower` with the units `upper` names above its first one, when `upper` ends with it."""
    above, below = upper.split(), lower.split()
    if len(above) > 1 and below and above[-1] == below[0]:
        return " ".join(above[:-1] + below)
    return lower


def _forwarded(lines: list[Line]) -> bool:
    """The content says the counter sends the forms it takes on to another desk."""
    return any(line.region == "content" and _FORWARDED_RE.search(line.text) for line in lines)


def _only_a_counter(dept: str, lines: list[Line]) -> bool:
    """The department is named in the content only as a counter (「まちづくり課窓口」)."""
    key, last = squash(dept), dept.rsplit(" ", 1)[-1]
    named = [
        text
        for line in lines
        if line.region == "content" and last in line.text
        for text in (squash(line.text),)
        if key in text
    ]
    return bool(named) and all(text.count(key) == text.count(f"{key}窓口") for text in named)


def _addressee_department(lines: list[Line]) -> tuple[str | None, str]:
    """The department a line of the content addresses the form to (「大阪市市民局ダイバーシティ
    推進室多文化共生担当 あて」): the 提出先, though no label says so."""
    for index, line in enumerate(lines):
        if line.region != "content":
            continue
        if _ADDRESS_LEAD_RE.search(line.text):
            # 「次のあて先へお送りください」 then 「〒…」「川崎市川崎区宮本町1番地」「川崎市
            # 市民文化局 … 多文化共生推進課」: the first section named in the lines under it
            for nxt in lines[index + 1 : index + 1 + _ADDRESS_LINES]:
                dept = None if "。" in nxt.text else find_department(_strip_place(nxt.text))
                if dept:
                    return dept, nxt.text
        m = _ADDRESSEE_RE.search(line.text)
        if not m and line.kind == "tr":
            # (a row's cell: 「郵送 | 京都市 総合企画局 … 共生推進担当 あて | 封筒の表に…」)
            m = _CELL_ADDRESSEE_RE.search(line.text)
        start = 0
        if not m and "〒" in line.text:
            # (in a sentence, after the postcode and address: 「郵便で:〒530-8201 大阪市北区…
            # 大阪市 市民局 ダイバーシティ推進室 多文化共生担当あてにお送りください」; the units
            # after the postcode, not a counter named earlier in the paragraph)
            m = _SEND_TO_ADDRESSEE_RE.search(line.text)
            sentence = sentence_before(line.text, m.start()) if m else ""
            postcode = _POSTCODE_BEFORE_RE.search(sentence)
            if m and postcode:
                start = m.start() - len(sentence) + postcode.start()
            else:
                m = None
        if m:
            before = line.text[start : m.start()].rsplit("\n", 1)[-1]
            dept = find_department(_strip_place(before))
            if dept:
                return dept, line.text
    return None, ""


_CELL_ADDRESSEE_RE = fastre.compile(r"\s(?:あて|宛て?)\s")
_POSTCODE_BEFORE_RE = fastre.compile(r"〒\s?\d{3}-\d{4}")
_SEND_TO_ADDRESSEE_RE = fastre.compile(
    r"(?<=[課係室当班])\s?(?:あて|宛て?)に\s?(?:お送り|送付|郵送|送って|ご送付|ご郵送)"
)
# A line that leads the address to send to: 「次のあて先へお送りください」.
_ADDRESS_LEAD_RE = fastre.compile(r"(?:次|下記|以下)の(?:あて先|宛先|送付先|郵送先)(?:へ|に|まで)")
_ADDRESS_LINES = 4  # 「〒…」, the address, the office, the section


# 「International Exchange Office (国際交流室), Planning and General Affairs Division (企画総務課)」
# (「(商工観光課 商工労政係)」: a 課 and its 係, spaced)
# (「Policy Promotion Section [企画財政課 政策推進係]」: square brackets too)
_NAMED_UNITS_RE = fastre.compile(
    rf"[(\[]([^()\[\]\sA-Za-z\d][^()\[\]A-Za-z\d]{{0,20}}?{_UNIT})[)\]]"
)


# 「商工観光課 Commerce, Industry and Tourism Division / 商工振興係 Commerce and …」: each
# Japanese unit followed by its English name.
_UNIT_THEN_ENGLISH_RE = fastre.compile(
    rf"(?<![^\s/|])([^\sA-Za-z\d/|()][^\sA-Za-z\d/|()]{{0,20}}?{_UNIT})\s[A-Z][A-Za-z,&' -]{{3,}}"
)


def _named_japanese_units(text: str) -> str | None:
    """English names of two or more units, each with its Japanese in brackets
    (「Industrial Promotion Division (産業振興課) Commerce, Industry and Tourism Charge
    (商工観光担当)」) or before it: the Japanese units, ranked (English names the smallest first,
    mostly)."""
    if text.lstrip()[:1].isascii():
        units = _NAMED_UNITS_RE.findall(text)
    else:
        units = _UNIT_THEN_ENGLISH_RE.findall(text)
    return " ".join(sorted(reversed(units), key=_unit_rank)) if len(units) >= 2 else None


def _unit_rank(unit: str) -> int:
    """部/局 above 課/室 above 係/班/担当: 「Regional Development Division (地域づくり課)
    Multicultural Coexistence Team (多文化共生係)」 names the larger unit first."""
    last = unit.rstrip()[-1:]
    if last in "部局":
        return 0
    return 2 if last in "係班当プム" else 1


def _enquiry_department(lines: list[Line]) -> tuple[str | None, str]:
    """The enquiry block's department; on an English page, its Japanese name when the block
    gives one (「International Affairs Division (国際課)」 → 国際課)."""
    for english in (False, True):
        for index, line in enumerate(lines):
            if line.region != "enquiry":
                continue
            text = _ENQUIRY_HEAD_RE.sub("", line.text)
            other = FOREIGN_BODY_RE.search(text)
            if other:  # (a row of other bodies' desks under the block: not its department)
                text = text[: other.start()]
            next_line = lines[index + 1] if index + 1 < len(lines) else None
            if text.endswith(",") and next_line and next_line.region == "enquiry":
                # 「… Division (商工観光課),<br>Tourism and Sales Department (観光営業部), …」
                text = f"{text} {next_line.text}"
            named = _named_japanese_units(text)
            if named:
                return named, line.text
            dept = find_department(_strip_place(text), english=english)
            if dept:
                following = next_line.text if next_line is not None else ""
                after_next = lines[index + 2] if index + 2 < len(lines) else None
                return (
                    _continued(_with_unit_above(dept, next_line, after_next), following),
                    line.text,
                )
    return None, ""


def _with_unit_above(named: str, next_line: Line | None, after_next: Line | None) -> str:
    """A 係 named in English order, smallest unit first, under the 課 on the block's next line
    (「Collaboration Promotion Section (協働推進係)」 over 「Planning and Coordination Division
    (企画調整課), Tarui Town」), and the 部 on the line after it (「Industry Department (産業部),
    Kasaoka City」): the units in Japanese order."""
    if next_line is None or next_line.region != "enquiry" or not _LOWER_UNITS_RE.fullmatch(named):
        return named
    upper = find_department(_strip_place(next_line.text), english=False)
    if not (upper and upper.endswith(("課", "室"))):
        return named
    top = (
        find_department(_strip_place(after_next.text), english=False)
        if after_next is not None and after_next.region == "enquiry"
        else None
    )
    return f"{top} {upper} {named}" if top and _UPPER_ONLY_RE.match(top) else f"{upper} {named}"


def _continued(dept: str, following: str) -> str:
    """「今治市 市民環境部<br>市民参画課 国際交流係」: a 部 (or 「市長公室」) alone on its line
    goes on with the 課 and 係 that start the next; a 課 with a 係 alone on the next."""
    lower = find_department(following) if _UPPER_ONLY_RE.search(dept) else None
    if lower and following.startswith(lower.split(" ")[0]):
        return f"{dept} {lower}"
    # 「商工労働観光課<br>商工労働係」: a 係 or 班 alone on the next line is the 課's
    if dept.endswith(("課", "室")) and _LOWER_UNITS_RE.fullmatch(following.strip()):
        return f"{dept} {following.strip()}"
    return dept


# A unit above the 課: a 部 or 局, or the mayor's office 「市長公室」「町長公室」.
_UPPER = r"(?:[^課係室]{1,12}[部局]|[^課係室]{1,10}公室)"
# … and the units above a 課 written in full: 「企画財政局 企画経営室」 over 「国際課」.
_UNITS_ABOVE_RE = fastre.compile(r"(?:[^課係室]{1,12}[部局]|[^課係室]{1,10}室){1,3}")
_LOWER_UNITS_RE = fastre.compile(r"(?:[^課係室部局ぁ-ゖ]{1,12}?(?:係|班|グループ|チーム|担当))+")
_UPPER_ONLY_RE = fastre.compile(rf"^{_UPPER}$")
_ANY_UNITS_RE = fastre.compile(r"(?:[^ぁ-ゖ。、\s]{1,12}?(?:部|課|室|係|班|グループ|チーム|担当))+")


def _japanese_name(dept: str, lines: list[Line]) -> str | None:
    """An English name that the page gives in Japanese too, in brackets after it
    (「【Planning Division Regional Promotion Section (企画課 地域振興係)】」): the Japanese."""
    if not dept.isascii():
        return None
    for index, line in enumerate(lines):
        at = line.text.find(dept)
        if at < 0:
            continue
        bracket = _AFTER_NAME_BRACKET_RE.match(line.text, at + len(dept))
        if not bracket and index + 1 < len(lines) and not line.text[at + len(dept) :].strip():
            # the name ends its line, the Japanese in brackets is the next: 「…Multicultural
            # Coexistence Group<br>(市民文化部 地域政策課 多文化共生係)」
            bracket = _BRACKET_LINE_RE.match(lines[index + 1].text)
        japanese = find_department(bracket.group(1), english=False) if bracket else None
        if japanese:
            return japanese
    for line in lines:
        # each unit with its Japanese after it: 「Comprehensive Policy Division (総合政策課),
        # Regional Promotion Group (地域振興係)」 names 「Comprehensive Policy Division Regional
        # Promotion Group」
        named = _named_japanese_units(line.text) if _named_in(dept, line.text) else None
        if named:
            return named
    return None


# (「General Affairs Division Planning Adjustment Group (総務課 企画調整班)」: its sections'
# English names may come before the bracket)
_AFTER_NAME_BRACKET_RE = fastre.compile(
    r"(?:,?\s(?:[A-Z][A-Za-z&'-]*|and|of|&)){0,6}\s?[(\[]([^()\[\]]{2,30})[)\]]"
)


_BRACKET_LINE_RE = fastre.compile(r"^[(\[]([^()\[\]]{2,30})[)\]]$")


def _most_complete(dept: str, lines: list[Line]) -> str:
    """The same department written with more of its units elsewhere on the page: 部 or 局
    above it (「国際交流係」 in the enquiry block, 「市民環境部 市民協働推進課 国際交流係 宛」 in a
    table cell), a 係 or 班 below it (「総務部 政策企画課」, then 「担当 総務部政策企画課
    企画調整係」)."""
    key = squash(dept)
    # a cheap test before squashing the line (「市民協働課国際交流係」 is found in 「市民協働課
    # 国際交流係」 by its last unit)
    last_unit = _last_unit(dept.rsplit(" ", 1)[-1])
    best = dept
    # (a <pre> block is one line of many: each of its lines is read alone)
    texts = (text for line in lines if last_unit in line.text for text in line.text.split("\n"))
    for text in texts:
        if last_unit not in text or key not in squash(text):
            continue
        longer = find_department(_strip_place(text))
        written = squash(longer) if longer else ""
        at = written.find(key)
        if at < 0 or len(written) < len(squash(best)):
            continue
        if len(written) == len(squash(best)) and longer.count(" ") <= best.count(" "):
            continue  # (the same units, written with spaces between them, read better)
        above, below = written[:at], written[at + len(key) :]
        # (a 局 alone, 「提出先は横浜市(国際局)です」, takes all the units below it)
        lower = _ANY_UNITS_RE if _UPPER_ONLY_RE.match(key) else _LOWER_UNITS_RE
        above_ok = not above or _UNITS_ABOVE_RE.fullmatch(above)
        if above_ok and (not below or lower.fullmatch(below)):
            best = longer
    return best


_BRACKETED_OR_PUNCTUATION_RE = fastre.compile(r"\[[^\]]*\]|\([^)]*\)|[\s,.]")


def _named_in(name: str, text: str) -> bool:
    """`name` is written in `text`, also with Japanese in brackets between its English words
    (「Policy Planning Division, Planning Section」 in 「Policy Planning Division
    [まちづくり政策課] Planning Section [企画係]」)."""
    if squash(name) in squash(text):
        return True
    key = _BRACKETED_OR_PUNCTUATION_RE.sub("", normalize(name))
    return bool(key) and key in _BRACKETED_OR_PUNCTUATION_RE.sub("", normalize(text))


_CLAUSE_SPLIT_RE = fastre.compile(r"[、。]")


_SENT_TO_RE = fastre.compile(r"^[【\[■]?(?:提出先|送付先|郵送先)")


def _department(lines: list[Line], out: Contacts, breadcrumb: str, own_places: str) -> str | None:
    """提出先 in the content if it names another department than the enquiry block, else the
    enquiry block's (usually the most complete); then 【…課】 lines; then the breadcrumb.
    `own_places` is _own_places(lines)."""
    labelled, labelled_ev = _labelled_department(lines, own_places)
    if not labelled or _only_a_counter(labelled, lines) or _forwarded(lines):
        # (「①窓口へ持参 北区役所 まちづくり課窓口 ②郵送 …国際課 多文化共生担当 あて」: the
        # counter takes the form in, the section the post goes to is the 提出先; so when the
        # page says the counter sends what it takes on: 「お預かりした書類は、区役所から国際
        # 交流・共生推進室へ回送します」)
        addressee, addressee_ev = _addressee_department(lines)
        if addressee or not labelled:
            labelled, labelled_ev = addressee, addressee_ev
    if not labelled:
        # (an enquiry block under a 提出先 heading: 「<h2>送付先(提出先)</h2><dl><dt>担当</dt>
        # <dd>名古屋市 観光文化交流局 …</dd>…」 on a ward page whose own block comes first)
        sent_to = [ln for ln in lines if ln.region == "enquiry" and _SENT_TO_RE.match(ln.section)]
        labelled, labelled_ev = _enquiry_department(sent_to)
    enquiry, enquiry_ev = _enquiry_department(lines)
    if labelled and enquiry and "区役所" in enquiry_ev and squash(labelled) in squash(enquiry):
        # a ward's page whose own counter takes the form and whose post goes to the city's
        # section (「郵送 | 〒… 熊本市 経済観光局 観光交流部 国際課 あて」): that section is the
        # 提出先 (as 1074)
        addressee, addressee_ev = _addressee_department(lines)
        if addressee and squash(addressee) not in squash(enquiry):
            labelled, labelled_ev = addressee, addressee_ev
    named_below = squash(enquiry_ev) != squash(enquiry or "")
    # (the English on the block's line above its Japanese: 「Community Collaboration Division,
    # International Exchange Section」 over 「(市民部 市民協働課 国際交流係)」)
    english = bool(labelled) and labelled.isascii()
    block = " ".join(ln.text for ln in lines if ln.region == "enquiry") if english else ""
    if labelled and enquiry and named_below and _named_in(labelled, block or enquiry_ev):
        # 「Planning Division」 in the content, 「Planning Division, Regional Promotion Section
        # (企画課 地域振興係)」 in the enquiry block: the same, named in Japanese below
        # (「Policy Planning Division [まちづくり政策課] Planning Section [企画係]」 too)
        labelled = None
    if labelled and enquiry:
        # (「Commerce and Tourism Division (商工観光課)」 in the content is 「産業部 商工観光課
        # 商工労政係」 in the enquiry block: compared by its Japanese name)
        a, b = squash(_japanese_name(labelled, lines) or labelled), squash(enquiry)
        if len(a) > len(b) == len(_last_unit(b)) and a.endswith(b):  # only its last unit
            enquiry = None
        elif a in b or b.endswith(_last_unit(a)):  # the same department, written in full below
            labelled = None
        else:
            # (the block's bureau above the 提出先's section and its 担当: 「市民生活部 人権・
            # 多文化共生課」 over 「人権・多文化共生課 多文化共生担当 あて」)
            labelled = _under_bureau(enquiry, labelled)
            enquiry = None
    for dept, evidence in ((labelled, labelled_ev), (enquiry, enquiry_ev)):
        if dept:
            out.note("department", evidence)
            return _japanese_name(dept, lines) or _most_complete(dept, lines)
    for index, line in enumerate(lines):
        # 「問合せ先 経済環境課 商工観光班」 inline at the end of the article, or on the line
        # under 「【提出・お問い合わせ先】」
        head = _ENQUIRY_HEAD_RE.match(line.text) if line.region == "content" else None
        if not head:
            continue
        rest = line.text[head.end() :]
        if not rest and index + 1 < len(lines) and lines[index + 1].region == "content":
            rest = lines[index + 1].text
        dept = find_department(_strip_place(rest)) if rest else None
        if dept:
            out.note("department", line.text if head.end() < len(line.text) else rest)
            return dept
    for line in lines:
        m = _BRACKET_DEPT_RE.search(line.text)
        if m:
            dept = find_department(m.group("dept"))
            if dept:
                out.note("department", line.text)
                return dept
    for line in lines:  # 〒… address, then the department it goes to
        postcode = _POSTCODE_RE.search(line.text) if line.region == "content" else None
        if postcode:
            # (or the one it follows: 「…窓口への持参のいずれかの方法で、産業部 商工振興課
            # 商工振興係(〒714-8601 …)へ提出してください」)
            before = _CLAUSE_SPLIT_RE.split(line.text[: postcode.start()])[-1]
            # (or the one after it, in its clause: 「郵送の場合は〒529-1169 …375番地 豊郷町役場
            # 総務企画課 企画政策係あてに」, not the counter named earlier in the paragraph)
            after = _CLAUSE_SPLIT_RE.split(line.text[postcode.end() :])[0]
            dept = (
                find_department(before)
                or find_department(after)
                or find_department(_strip_place(line.text))
            )
            if dept:
                out.note("department", line.text)
                return dept
    for line in lines:
        if line.region == "content" and _numbers(line.text) and "問" in line.text:
            dept = find_department(line.text)
            if dept:
                out.note("department", line.text)
                return dept
    crumbs = [crumb.strip() for crumb in breadcrumb.split(">")]
    for index in range(len(crumbs) - 1, -1, -1):
        dept = find_department(crumbs[index])
        if dept and dept == crumbs[index]:
            out.note("department", crumbs[index])  # the item: the words as on the page
            # 「組織から探す > 産業振興課 > 商工観光係」: the units above it, in full
            while index and find_department(crumbs[index - 1]) == crumbs[index - 1]:
                index -= 1
                dept = f"{crumbs[index]} {dept}"
            return dept
    return None
