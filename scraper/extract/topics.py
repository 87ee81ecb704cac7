"""Pages about several things: keep the sections about the form.

Also: a page titled as an event or survey (about_an_event) and a prefecture's table of how
each municipality accepts the form (drop_listings) are not this page's own methods.

Ward newsletters, 「各種届出のご案内」 pages and announcements put the 協力確認書 beside other
procedures (ハローワーク, 住民登録, a seminar, a loan scheme), each with its own methods and
contacts. When a page has a section that names the form and others that are about something
else, only the form's sections (and the untitled lead) are read for methods and contacts; the
page's enquiry block is dropped too if the form's section gives its own contact.
"""

from __future__ import annotations

import bisect
import itertools
import re

from .. import fastre
from ..textnorm import squash
from .content import Line, Link, Page
from .page import (
    EN_NOT_THIS_FORM,
    ENQUIRY_ABROAD,
    FORM_KANA_NAME,
    FORM_WORDS_RE,
    NOT_THIS_FORM,
    NOT_THIS_FORM_RE,
    OTHER_PROCEDURE_RE,
    QUESTION_RE,
    QUESTION_TITLE_RE,
    THE_FORM_SUBJECT,
    UNIT_NAME_RE,
    question_chars,
    select_lines,
    without_furigana,
)

_FORM_NAME_RE = fastre.compile(
    rf"協力確認書|{FORM_KANA_NAME}|Cooperation Confirmation", re.IGNORECASE
)
# A page whose title announces an event or a survey is about that, even when its text
# mentions the form (「…セミナーを開催します」 with a sign-up form): its methods and forms are
# the event's, not the form's. A title naming the form itself is never such a page.
_FESTIVAL = r"フェスタ|フェスティバル|交流会|出展"  # 「にしく多文化交流フェスタ 出展団体を募集」
_EVENT_TITLE_RE = fastre.compile(
    r"セミナー|説明会|研修会|相談会|講座|講演会|イベント|アンケート|調査|参加者募集|受講者募集|訓練"
    rf"|{_FESTIVAL}"
    r"|補助金|助成金|奨励金|交付金|補助事業|融資制度"  # a subsidy asking for a copy of the form
    r"|ガイドブック|冊子|配布"  # a request to hand workers a guidebook, sent on request
    r"|生活情報|生活ガイド|相談窓口"  # 「外国人住民の皆さんのための生活情報と相談窓口」
)
# A section announcing an event, a survey or a subsidy, on the form's page.
_SURVEY_OR_AID = r"調査|アンケート|助成|補助"
_EVENT_OR_AID_RE = fastre.compile(
    rf"セミナー|説明会|研修会|講座|講演会|イベント|(?:参加|受講)者?募集|{_SURVEY_OR_AID}"
    rf"|{_FESTIVAL}"
)
# (not 「資格確認書」, the health insurance's card: 「マイナ保険証への移行と資格確認書の送付」)
_FORM_TITLE_RE = fastre.compile(r"協力確認書|(?<!資格)確認書")
_BRACKETED_RE = fastre.compile(r"\([^)]*\)|【[^】]*】|「[^」]*」")
_ROUND_BRACKETED_RE = fastre.compile(r"\([^)]*\)")  # (a 「」 quote names the event itself)
# An English page's titles for the form's own notes (「Good to know」「Please note」).
_EN_NOTES_TITLES = (
    r"good to know|please note|points? to note|things to know|remarks"
    # (a machine translation's 「注意事項」: 「The points (matter) to be careful」)
    r"|(?:points?|matters?) to be careful|careful points?"
    r"|(?:other|additional) (?:points|notes)"  # 「Other points」
    r"|attention|caution"  # (「The attention」: a machine translation's 注意事項)
)
# Section titles that belong to any page about the form (提出方法, 様式, 注意事項, Q&A …).
_GENERIC_RE = fastre.compile(
    # (「…被害にご注意ください」, a newsletter's article, is not the form's 「ご注意」)
    r"提出|方法|様式|書類|(?<!にご)注意|問(?:い)?合|対象|期限|時期|送付|郵送|記載|記入|概要|について|その他"
    # (not a newsletter's 「■4 除雪作業へのご協力のお願い」: another matter's plea)
    r"|そのほか|質問|Q&A|FAQ|ダウンロード|受付|手続|流れ|留意|(?<!ご協力の)お願い|参考|経過措置|関連"
    r"|変更|備考"
    r"|要点|あらまし"  # (「このページの要点」: a summary of the page's own facts)
    r"|所在地|住所|連絡先|場所|アクセス|地図|案内図|添付|ファイル"
    r"|課の窓口$"  # (「各区役所 コミュニティ課の窓口」: where it is taken in)
    r"|(?:支所|庁舎|区役所|役場|市役所)の窓口$"  # (「■ 総合支所の窓口」)
    # (「<h2>お知らせ</h2>」: the page's own notice; やさしい日本語's 「おしらせ」)
    r"|^【?(?:重要な|大切な|たいせつな)?(?:お知らせ|おしらせ)】?$"
    r"|控え|ひかえ|受領|押印|印鑑|返信|部数"  # 「控えが必要な場合」: the form's own parts
    r"|用意するもの|よういする\s?もの|必要なもの|ひつような\s?もの"  # 「よういする もの」
    r"|代表者印|社印|押さなければ"  # 「Q5. 代表者印は押さなければいけませんか?」
    # the copies when both places are the same (「しごとの ばしょも すんで いる ところも …の とき」)
    # (「熊本市内で働き、熊本市内に住む場合」)
    r"|(?:事業所|勤務地|しごと|はたらく|働)[^。]{0,12}(?:住居|住所|すんで|住んで|すむ|住む|住ま)"
    r"|住居地|どちらも|両方|1通"  # 「事業所と住居地がどちらも鹿嶋市の場合」
    # やさしい日本語: 「5 出し方」「いつ 出しますか」「気を つけて ください」
    # (「出していただく事業所」: who files)
    r"|出し方|出しかた|出します|出す|出していただ|いつ|どこ|どの|気をつけ|わからない|ことば|せつめい|紙"
    r"|ちゅうい|だれ|どうやって|もっとくわしく|だします|だしかた|なんまい|はんこ"
    r"|かくとき|書くとき|かきかた|書き方|書きかた|ポイント"  # (「6 かくときのポイント」)
    r"|かみ|ようしき|しょるい|ていしゅつ|だすところ|おくりさき|といあわせ|しつもん|きをつけ"
    r"|きく\s?ところ|くわしい\s?こと"  # (「きくところ」: where to ask; 「くわしいこと」: links)
    r"|ほうほう|だす|おくる|もってくる"  # 「だす ほうほう」
    r"|うけつけ|うけとり|れんらく|しょうこ"  # 「うけつけ の れんらく」: what happens after filing
    r"|しるし"  # (「だしたしるし」: the proof of filing)
    # 「しっておいてほしいこと」
    # (「あわせて知っておきたいこと」)
    # (「ほかにしっておくこと」)
    r"|(?:しって|知って)\s?(?:おいて|ほしい|ください|おきたい|おく\s?こと)|たいせつな\s?こと|だいじな\s?こと"
    r"|(?:おぼえて|覚えて)\s?(?:おいて|ほしい)"  # 「おぼえておいてほしいこと」
    # (「インターネットがむずかしいとき」: the other ways)
    r"|(?:インターネット|オンライン|電子申請|ネット)\s?(?:が|で)?\s?(?:むずかしい|難しい|つかえない|使えない|できない)"
    r"|だせ|出せ|おくれ|送れ"  # 「Q5 メールで だせますか?」
    r"|(?:だし|出し|おくっ|送っ)た(?:あと|後)"  # 「だしたあと」: what happens after filing
    # (「1.村役場 振興課の窓口へ持参」「1.窓口への持参(平日午前8時30分から…)」 as a numbered
    # title: a way to submit)
    r"|持参"
    r"|電子申請|オンライン|メール|ファクス|FAX"  # (「1.電子申請(ふくしま電子申請サービス)」)
    r"|ファックス|ファクシミリ|Fax"  # (「3.ファックス」)
    # an English page's or line's section titles (「How to submit」「When to submit」)
    # (not 「How to consult」, a consultation desk's)
    r"|(?i:submi|send\b|how to (?:file|apply)|forms?\b|template|download|notes?\b|contact"
    r"|inquir|enquir|questions|faq|deadline|documents?|cop(?:y|ies)|receipt|seal|related"
    # 「■ Question and answer」 (a machine translation's 「The question and the answer」)
    r"|questions? and (?:the )?answers?|\bq ?(?:&|and) ?a\b"
    # (a machine translation's 「To which village or city」: where to submit)
    r"|\bwhich (?:village|town|city|ward|municipalit)"
    r"|links?\b|example|format|files?\b|attach"
    # (「Procedure」「Step 3 Submit」「Notice」「Timing of submission」「Who must submit」)
    r"|procedures?\b|steps?\b|notice\b|important|timing|method|overview"
    # (a machine translation's 「Target person」「Frequently asked question」)
    r"|target|frequently asked"
    # (a machine translation's 「Style」 for 様式, 「Items to enter in the book」 for 記入事項)
    r"|^style\b|\bitems to (?:enter|fill|write)\b"
    r"|flow\b|^(?:who|when|where|what)\b|^how\b(?! to (?:consult|register|join|use))"
    rf"|{_EN_NOTES_TITLES}|details\b|reference)"
)
# The form's own enquiry line in a multi-topic page: 「問合せ 地域振興課 ☎5984-1111」.
# (「提出先・お問い合わせ先(協力確認書)」: the section's name in brackets)
_CONTACT_HEADING_RE = fastre.compile(
    # (「協力確認書の提出先・お問い合わせ先」)
    # (「【提出先・お問い合わせ先(協力確認書)】」)
    # (「協力確認書に関する問い合わせ」)
    # (「【提出先・協力確認書に関するお問い合わせ】」)
    r"^[【\[]?(?:協力確認書(?:の|に関する|についての))?(?:提出先・)?"
    r"(?:協力確認書(?:の|に関する|についての))?(?:お)?問(?:い)?合(?:わ)?せ先?(?:・提出先)?"
    r"(?:\([^()]{1,20}\))?[】\]]?$"
)
_OWN_ENQUIRY_RE = fastre.compile(
    # (not another municipality's share: 「田川市分の問い合わせは、田川市役所 …課(電話 …)へ」)
    r"(?<!市分の)(?<!町分の)(?<!村分の)(?<!区分の)問(?:い)?合(?:わ)?せ.*(?:\d{2,4}-\d{3,4}|☎|電話|TEL)"
    # (「問合せ・提出先 企画政策課 政策推進係」, its numbers on the lines below; 「提出先・問合せ
    # 企画情報課 企画調整係(役場2階)」)
    # (a mail magazine's 「◇問合せ 産業振興課 商工観光係」)
    r"|^[■□●◆◇【\[]?(?:提出先・)?問(?:い)?合(?:わ)?せ(?:先)?(?:・提出先)?\s?[:】\]]?\s?"
    r"[^\s\d。]{1,12}?(?:課|係|室)",
    re.IGNORECASE,
)

# A line sending readers to each other municipality's own desk: its units are theirs.
_EACH_PLACES_DESK_RE = fastre.compile(
    r"(?:それぞれ|各市区?町村?|各自治体)の[^。]{0,10}(?:担当|窓口|課)[^。]{0,6}(?:へ|に)[^。]{0,6}"
    r"問(?:い)?合"
    # (a neighbour's: 「朝霞市への提出方法は朝霞市にお問い合わせください(朝霞市 市民環境部 …)」)
    r"|[^\s\d、。]{2}(?<![本当同各])[市町村](?:への|での|の)(?:提出|受付)(?:方法|先)は、?[^。]{0,20}?"
    r"(?:に|へ)[^。]{0,4}問(?:い)?合"
)


# A table row that starts with a municipality's name (「宇都宮市 電子申請・郵送・窓口 …」), after
# a row number or not (「1 | 前橋市 | 文化国際課 | 027-…」): a prefecture's list of how each
# municipality accepts the form, not this page's own methods.
_PLACE_ROW_RE = fastre.compile(r"^(?:\d{1,3}\.?\s+)?(?P<place>[^\s\d]{1,8}?[市区町村])\s")
_MIN_LISTING_ROWS = 3


# The header of a table of cases: 「事業所 | 住居地 | 提出先」.
_CASES_HEADER_RE = fastre.compile(
    r"^(?:事業所|勤務地|働く場所|職場)(?:の所在地)?\s[^。]{0,12}?(?:住居地?|住所|住む場所|住まい)"
    # (やさしい日本語: 「はたらくばしょ | すむばしょ | だすところ」)
    r"|^(?:はたらく|しごと\s?(?:を\s?する|の)?)\s?(?:ばしょ|ところ)\s?[^。]{0,12}?"
    r"(?:すむ|すんで\s?いる)\s?(?:ばしょ|ところ)"
)


def drop_listings(page: Page) -> None:
    """Remove the rows of per-municipality tables (three or more rows naming a place
    first) and their header rows (「メール | 郵送 | 窓口 | 電子申請」), with their links: they
    describe other municipalities. A table of the city's own wards (「中央区 | 中央区役所 地域振興
    課 | 043-…」 on a page whose address is 「千葉市中央区…」) is the city's counters, not a list
    of other municipalities."""
    listed: set[int] = set()
    run: list[int] = []
    places: list[str] = []
    header: list[int] = []
    for i, line in enumerate([*page.lines, Line("", "p")]):
        m = _PLACE_ROW_RE.match(line.text) if line.kind == "tr" else None
        if m:
            run.append(i)
            places.append(m.group("place"))
            continue
        if line.kind == "tr" and not run:
            header.append(i)  # a header row before the run
            continue
        if len(run) >= _MIN_LISTING_ROWS:
            # (a city's own wards keep their rows; the header row's column names, 「区名 |
            # 担当課 | 電話 | FAX」, say nothing of the form: no 提出先, no fax method)
            # (the header is the table's last rows of cells before the run, not every row line
            # before it: on an old table layout the whole article is one-cell rows)
            header = [i for i in header[-_MAX_HEADER_ROWS:] if page.lines[i].row_start]
            # (a table of examples, 「事業所 | 住居地 | 提出先」 then 「松崎町 | 松崎町 | 松崎町のみ
            # (1通)」: where to file, by case, not other municipalities' ways)
            examples = any(_CASES_HEADER_RE.search(page.lines[i].text) for i in header)
            if not examples:
                listed.update(header if _the_citys_wards(page, places) else header + run)
        run, places, header = [], [], []
    if listed:
        page.keep([i for i in range(len(page.lines)) if i not in listed])


_MAX_HEADER_ROWS = 2


def _the_citys_wards(page: Page, places: list[str]) -> bool:
    """Every place is a ward (「…区」) and the page writes one of them after a city's name
    (「千葉市中央区千葉港1番1号」): a designated city's wards, not Tokyo's special wards, which
    are municipalities of their own (「東京都新宿区」). Or the page says the wards are in the
    city (「市内10区の区役所」)."""
    if not all(place.endswith("区") for place in places):
        return False
    wards = set(places)
    if any(
        _CITY_WARDS_RE.search(line.text) or any(f"市{ward}" in line.text for ward in wards)
        for line in page.lines
    ):
        return True
    # the city's own page (its block names no ward's office) at an address in one of its wards
    # (「岡山市北区大供一丁目1番1号」, beside a table of 中区・東区・南区's counters)
    enquiry = [line.text for line in page.lines if line.region == "enquiry"]
    return not any(_WARD_OFFICE_RE.match(text) for text in enquiry) and any(
        _CITY_WARD_ADDRESS_RE.search(text) for text in enquiry
    )


# 「市内10区の区役所の窓口でも受け付けています」「市内の各区役所」: the city's own wards
# (「10区すべての区役所コミュニティ課で協力確認書を受け付けています」)
_CITY_WARDS_RE = fastre.compile(r"市内(?:の)?(?:各|全|\d{1,2})?区|\d{1,2}区(?:すべて|全て)の区役所")
_CITY_WARD_ADDRESS_RE = fastre.compile(r"[一-龯]{1,4}市[一-龯]{1,3}区")
# A ward's office or section heading an enquiry line: 「中央区地域振興課」「青葉区役所 …」.
_WARD_OFFICE_RE = fastre.compile(
    r"^(?:[一-龯]{1,4}市\s?)?[一-龯]{1,3}区(?:役所|\s?[^\s市]{0,12}?課)"
)


# 「この協力確認書は、出入国在留管理庁の…協力確認書とは別のものです」: a page about another
# document of the same name (a neighbourhood-watch 協力確認書, a volunteer's).
# (「在留資格の申請とは別に、市への提出が必要です」 says "separately", not "another form".)
_ANOTHER_FORM_RE = fastre.compile(
    r"(?:とは|と)(?:は)?(?:別(?:の(?:もの|書類|様式)|物)|異なる(?:もの|書類|様式)|違うもの"
    r"|関係(?:の)?(?:ない|ありません)|無関係)"
)
_THIS_FORM_RE = fastre.compile(r"特定技能|出入国|入管|在留")
# Pages that list other pages: search results, news and category indexes. Their snippets
# quote other pages' methods and contacts.
_LISTING_TITLE_RE = fastre.compile(
    r"^(?:サイト内)?検索結果|^(?:Search results|検索)$|新着情報|お知らせ一覧|記事一覧|ページ一覧$",
    re.IGNORECASE,
)
_MIN_LINK_HEADINGS = 3


def about_another_form(lines: list[Line], title: str | None) -> bool:
    """True when the page says its 確認書 is not the 特定技能 one (and its title does not
    name 特定技能): its methods, forms, templates and notes are that other document's."""
    if title and _THIS_FORM_RE.search(title):
        return False
    for line in lines:
        text = line.text
        if "確認書" in text and _THIS_FORM_RE.search(text) and _ANOTHER_FORM_RE.search(text):
            return True
    return False


def a_listing(page: Page, title: str | None) -> bool:
    """True for a search-results or index page: titled so, or made of three or more
    headings that are only links (each item a link to another page with its snippet)."""
    if title and _LISTING_TITLE_RE.search(title):
        return True
    headings = [i for i, ln in enumerate(page.lines) if ln.kind == "h" and ln.level >= 2]
    if len(headings) < _MIN_LINK_HEADINGS:
        return False
    linked = {link.line: len(link.text) for link in page.links if link.region == "content"}
    link_headings = [i for i in headings if linked.get(i, 0) >= len(page.lines[i].text) * 0.8]
    return len(link_headings) >= _MIN_LINK_HEADINGS and len(link_headings) * 2 > len(headings)


def about_an_event(title: str | None) -> bool:
    """True for a page about an event or survey (see _EVENT_TITLE_RE), not about the form."""
    # (「…事業所の皆様へ(協力確認書・補助金・日本語教室)」 lists its topics in brackets: the
    # event word must be the title's own)
    if not title or not _EVENT_TITLE_RE.search(_ROUND_BRACKETED_RE.sub("", title)):
        return False
    # 「個別相談会(協力確認書の書き方もご相談いただけます)」: named only in brackets, the form
    # is a topic of the event, not the page's subject
    return not _FORM_TITLE_RE.search(_BRACKETED_RE.sub("", title))


def about_another_procedure(title: str | None) -> bool:
    """True for a page whose title names another procedure and neither the form nor 特定技能
    (「外国人従業員の転入届を、会社の担当者が代わりに届け出ることはできますか?」): its 委任状
    and 様式 are that procedure's."""
    return bool(title and OTHER_PROCEDURE_RE.search(title) and not FORM_WORDS_RE.search(title))


def _content_end(lines: list[Line]) -> int:
    """The index of the first line after the content (the enquiry block's lines follow it)."""
    return next((i for i, ln in enumerate(lines) if ln.region != "content"), len(lines))


def _title_lines(lines: list[Line], end: int) -> list[tuple[int, Line]]:
    """The content's lines that can title a section without a heading tag: paragraphs, table
    rows and terms (「<dt>■ 転入届・国民健康保険</dt><dd>…</dd>」)."""
    return [(i, ln) for i, ln in enumerate(lines[:end]) if ln.kind in ("p", "tr", "dt")]


def _sections(lines: list[Line], level: int) -> list[tuple[int, int, str]]:
    """(start, end, title) of the content's sections under headings of `level`."""
    content_end = _content_end(lines)
    starts = [i for i, ln in enumerate(lines[:content_end]) if ln.kind == "h" and ln.level == level]
    if not starts:
        return []
    # (the page's 「このページに関するお問い合わせ」 table row ends the last section too, and so
    # does the CMS's list of the page's files: 「Attachments」「添付ファイル」)
    ends = [
        i
        for i in range(starts[0] + 1, content_end)
        if (lines[i].kind == "h" and lines[i].level <= level)
        or _PAGE_ENQUIRY_TITLE_RE.match(lines[i].text)
        or _PAGE_FILES_TITLE_RE.match(lines[i].text)
    ]
    ends.append(content_end)
    return [(start, ends[bisect.bisect_right(ends, start)], lines[start].text) for start in starts]


def _topic_sections(
    lines: list[Line], h1: str | None = None
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The sections about the form and those about other things; on the form's own page, a
    section at any level announcing a subsidy, a survey or an event is another matter's too
    (「<h2>その他のご案内</h2><h3>外国人材受入環境整備事業補助金</h3>」)."""
    form, other = _sections_by_level(lines, h1)
    announced = any(ln.kind == "h" and _EVENT_OR_AID_RE.search(ln.text) for ln in lines)
    if form and announced and h1 and FORM_WORDS_RE.search(h1):
        other = other + [
            s
            for level in {ln.level for ln in lines if ln.kind == "h" and ln.level >= 2}
            for s in _sections(lines, level)
            if s not in other
            and _EVENT_OR_AID_RE.search(s[2])
            and not FORM_WORDS_RE.search(s[2])
            and not QUESTION_RE.search(s[2])
        ]
    return form, other


def _sections_by_level(
    lines: list[Line], h1: str | None = None
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The sections about the form and those about other things, at the shallowest heading
    level that has both (the h2s can be the site's 「関連ワード」 boxes after an article whose
    h3s are 「1 協力確認書の提出」 and 「2 多文化共生推進協力事業所の登録」)."""
    levels = sorted(
        {ln.level for ln in lines if ln.kind == "h" and ln.region == "content" and ln.level >= 2}
    )
    # (the page's h1 may stand above the content the page model kept: 「<h1>協力確認書 の
    # だしかた</h1><div id="main_body">…」)
    faq_of_form = bool(h1 and FORM_WORDS_RE.search(h1)) or any(
        ln.kind == "h" and ln.level == 1 and FORM_WORDS_RE.search(ln.text) for ln in lines
    )
    for depth, level in enumerate(levels):
        sections = _sections(lines, level)
        # below the top, only a title naming the form itself (「新たに特定技能外国人を受け入れる
        # 場合」 is a sub-section of the form's page, and its siblings are methods), and only
        # its siblings can be about something else (the h3 「2 電子メール」 under 「提出方法」 is
        # not, beside the h3 「協力確認書 様式」 under 「様式・記入例」)
        naming = FORM_WORDS_RE if depth == 0 else _FORM_NAME_RE
        form = [
            s for s in sections if naming.search(s[2]) and not _OTHER_MATTER_TITLE_RE.search(s[2])
        ]
        other = [
            s
            for s in sections
            # (not the page's own 「このページの作成所属」 box)
            if not _PAGE_ENQUIRY_TITLE_RE.match(s[2])
            and (
                _about_something_else(s[2], faq_of_form)
                or _disowns_the_form(lines, s)
                or (form and not depth and s not in form and _another_matter(lines, s))
            )
        ]
        if not depth and not form and faq_of_form:
            # the page's h1 names the form and its sections are 「提出方法」「様式」…, one of
            # them titled 「【協力確認書とは別の手続きです】…転入したとき」: that one is another
            # matter's, whatever deeper headings name (as when no level names the form, below)
            # (or titled as an event or a survey: 「【白石区からのお知らせ】事業者向け「やさしい
            # 日本語」講座」「【お願い】外国人従業員の雇用に関するアンケート」, and then the
            # sections on other procedures beside them too)
            # (or whose first line says so: 「<h2>…住み始めるとき(転入の届出)</h2>」「協力確認書
            # とは別の手続きです。…」)
            disowned = [
                s
                for s in sections
                if _OTHER_MATTER_TITLE_RE.search(s[2])
                or (_EVENT_OR_AID_RE.search(s[2]) and not _FORM_NAME_RE.search(s[2]))
                or _disowns_the_form(lines, s)
            ]
            if disowned:
                procedures = [
                    s
                    for s in sections
                    if s not in disowned
                    and OTHER_PROCEDURE_RE.search(s[2])
                    and not FORM_WORDS_RE.search(s[2])
                ]
                return [(0, 0, "")], disowned + procedures
        if depth:
            # (a title saying it is not about the form is another matter's under any parent:
            # 「<h3>外国人従業員が町に転入したとき(協力確認書とは別の手続きです)</h3>」 under
            # 「<h2>日本語</h2>」, beside 「<h2>Español</h2>」's form section)
            # (or one naming another procedure under a parent without the form's section: a
            # guide's 「<h2>STEP2 入国・転入したら</h2><h3>住民登録(転入届)</h3>」 beside
            # 「<h2>STEP1 …</h2><h3>…「協力確認書」の提出</h3>」)
            parents = {_parent(lines, start, level) for start, _end, _title in form}
            other = [
                s
                for s in other
                if _parent(lines, s[0], level) in parents
                or _OTHER_MATTER_TITLE_RE.search(s[2])
                or (
                    (OTHER_PROCEDURE_RE.search(s[2]) or _SURVEY_OR_AID_RE.search(s[2]))
                    and not FORM_WORDS_RE.search(s[2])
                )
            ]
        if form and not other:  # the headings may sit inside one of several accordions
            # (a deeper heading that disowns the form is another matter's: 「<h4>【ご案内】外国人
            # 従業員向け日本語教室(協力確認書とは別のご案内です)</h4>」 under 「<h2>提出に
            # あたっての注意</h2>」)
            disowned = [
                s
                for deeper in levels[depth + 1 :]
                for s in _sections(lines, deeper)
                if _OTHER_MATTER_TITLE_RE.search(s[2])
            ]
            if disowned:
                return form, disowned
            titled = _numbered_sections(lines)
            return titled if titled[1] else (form, other)
        if form:
            # (and with a 「関連ページ」 section beside them, the other accordions are still
            # other matters': 「<summary>国民健康保険・国民年金の加入</summary>」 …)
            titled_form, titled_other = _numbered_sections(lines) if other else ([], [])
            beside = [s for s in titled_other if not any(s[0] <= f[0] < s[1] for f in form)]
            return form, other + (beside if titled_form else [])
    if levels:
        # no section names the form, and some name another procedure (「Japanese classes for
        # your employees」「1 外国人材受入環境整備補助金」): those are theirs when the page is
        # the form's (its h1 names it) or names the form before its first section (a box
        # 「特定技能外国人を雇用する事業者の方へ」 pointing to the form's page)
        top = _sections(lines, levels[0])
        procedures = [
            s
            for s in top
            if (OTHER_PROCEDURE_RE.search(s[2]) and not FORM_WORDS_RE.search(s[2]))
            or _OTHER_MATTER_TITLE_RE.search(s[2])
            or _disowns_the_form(lines, s)
        ]
        lead_end = top[0][0] if top else 0
        # (and, deeper, a title disowning the form: 「<h2>様式</h2>…<h3>外国人従業員が…転入
        # したとき(協力確認書とは別の手続きです)</h3>」)
        disowned = [
            s
            for level in levels[1:]
            for s in _sections(lines, level)
            if _OTHER_MATTER_TITLE_RE.search(s[2])
        ]
        if (procedures or disowned) and faq_of_form:
            return [(0, 0, "")], procedures + disowned
        if procedures and any(_FORM_NAME_RE.search(ln.text) for ln in lines[:lead_end]):
            titled_form, titled_other = _numbered_sections(lines)
            if titled_form:
                # an old layout's ■ sections, one of them set as a heading (「<h2>■3 国民健康
                # 保険・国民年金</h2>」 among 「■1」…「■7」 lines): the headed one ends at the
                # next numbered title, and the form's own ■ section stands
                cut = [
                    (start, _next_numbered(lines, start, end), t) for start, end, t in procedures
                ]
                return titled_form, titled_other + cut
            return [(0, lead_end, "")], procedures
    return _numbered_sections(lines)


# A section title naming a part of the form's page (its methods, file, notes, questions): its
# text may well name other procedures without naming the form again.
# (「お問い合わせ先」 and 「その他」 too: the form's contact and notes can sit beside a word on
# another procedure, 「※住民登録については市民課へ」)
_FORM_PART_RE = fastre.compile(
    r"提出|方法|様式|書類|注意|期限|控え|押印|送付|郵送|記載|記入|受付|質問|Q&A|FAQ|留意|備考"
    r"|問(?:い)?合|連絡先|担当|その他|そのほか"  # (やさしい日本語's 「そのほか」)
    r"|きをつけ|気をつけ|ちゅうい|かきかた|書き方"  # (「かくときにきをつけること」)
    r"|しつもん|ようしき|だしかた"  # (「7 よくあるしつもん」)
    r"|(?i:questions?|faq|submi|forms?\b|notes?\b|cop(?:y|ies)|receipt|contact|inquir|enquir"
    r"|target|who (?:must|should|submits)"  # (「Target person」: who files)
    r"|before (?:you )?(?:send|submit|fil|post|mail)"  # (「Before you send it」)
    rf"|{_EN_NOTES_TITLES})"  # 「Good to know」
)


def _another_matter(lines: list[Line], section: tuple[int, int, str]) -> bool:
    """Beside the form's section, one that names other procedures (転入, 国民年金, 町営住宅)
    and never the form (「外国人従業員の生活に関する手続き」 with its own Q&As and
    contacts) is about them, unless its title names a part of the form's page."""
    start, end, title = section
    # (unless the title names the other procedure itself: 「後期高齢者医療の「資格確認書」を
    # 送付します」)
    if _FORM_PART_RE.search(title) and not OTHER_PROCEDURE_RE.search(title):
        return False
    return _names_only_other_matters(lines[start:end])


# (to the municipality, after the worker leaves; not 「…出入国在留管理局で住所の届出をする必要は
# ありません」, an answer about the address)
_NO_REPORT_RE = fastre.compile(
    r"[市町村区]への(?:届出|届け出|報告|連絡)[^。]{0,4}(?:必要(?:は|が)?ありません|不要です|いりません)"
)

# The form filed again when what it says changes.
_FILE_AGAIN_RE = fastre.compile(r"(?:改めて|あらためて|再度|もう一度)、?\s?(?:ご)?提出|再提出")


# A question whether a matter relates to the form (「…は、協力確認書と関係がありますか」): it
# names the form only to be told no.
_RELATION_ASKED_RE = fastre.compile(
    rf"{THE_FORM_SUBJECT}(?:と|とは)\s?(?:関係|関連)(?:が|は)?(?:あります|ある)(?:の)?(?:です)?か"
)


def _names_only_other_matters(lines: list[Line], *, disowned: bool = False) -> bool:
    """Some line names another procedure, and none the form (特定技能 alone is not the form:
    a WordPress 「タグ:特定技能、外国人」 line ends every section it closes). With `disowned`
    (one FAQ answer), a line naming the form only to disown it (「A 協力確認書とは別の手続き
    です。…国保係で加入の手続きを」) names another matter; a whole section can hold such a
    paragraph beside the form's own notes."""
    # (not a line saying no report is needed: 「なお、外国人の方が転職・転居・帰国された場合でも、
    # 市への届出は必要ありません」, the form's own rule)
    # (nor one asking to file the form again: 「事業所の移転、外国人の転居…などで記載内容が変わった
    # ときは、改めて提出してください」)
    texts = [
        line.text
        for line in lines
        if not _NO_REPORT_RE.search(line.text) and not _FILE_AGAIN_RE.search(line.text)
    ]
    if disowned:
        # (or an event or a survey: 「Q11 村が外国人住民向けにアンケートを行っていると聞きました。」
        # answered with its own 担当 and number)
        # (a question naming the form only to ask whether the matter is related: 「Q市が実施
        # している外国人雇用のアンケートは、協力確認書と関係がありますか?」「A関係ありません。…」)
        return any(
            OTHER_PROCEDURE_RE.search(t) or NOT_THIS_FORM_RE.search(t) or _EVENT_OR_AID_RE.search(t)
            for t in texts
        ) and not any(
            _FORM_NAME_RE.search(_RELATION_ASKED_RE.sub("", NOT_THIS_FORM_RE.sub("", t)))
            for t in texts
        )
    return any(OTHER_PROCEDURE_RE.search(t) for t in texts) and not any(
        _FORM_NAME_RE.search(t) for t in texts
    )


def _parent(lines: list[Line], index: int, level: int) -> int:
    """The index of the heading above `index` of a higher level than `level`, or -1."""
    for i in range(index - 1, -1, -1):
        if lines[i].kind == "h" and lines[i].level < level:
            return i
    return -1


# A table layout's section title: a short numbered line (「1.協力確認書の提出」「2.外国人農業
# 従事者受入れ状況届(村独自)」) in a page with no heading to split it.
# (「■2 特定技能外国人を雇用する事業主の方(協力確認書の提出)」: a mark before the number)
_MARKS = "■□◆◇●▶"  # a section's mark before its number (「■3 協力確認書の提出」)
_NUMBERED_TITLE_RE = fastre.compile(
    rf"^(?:[{_MARKS}]\s?\d{{1,2}}\s?[.、)]?|\d{{1,2}}\s?[.、])\s?\S[^。]{{0,38}}$"
)
# A notice's tag before its title: 「【お知らせ】外国人のための日本語教室(村公民館)」.
_NOTICE_TAG = r"【(?:お知らせ|ご案内|ご?参考|関連|その他)】"
_NOTICE_TITLE_RE = fastre.compile(_NOTICE_TAG)
# 「■外国人雇用状況の届出」「●個人住民税の特別徴収について」「(1)転入届・マイナンバーカード」:
# a mark alone starts a section too, but only one naming the form or another procedure counts
# (「■控えが必要な場合」「■窓口」 are the form's own parts).
# (with a remark after it: 「■ がいこくじんが まちに ひっこして きたとき(転入届) ※ これは協力
# 確認書とはべつのてつづきです」)
# (English takes about twice the characters: 「■ Another procedure for your foreign employees:
# moving-in notification (転入届)」)
_MARKED_TITLE_RE = fastre.compile(
    # (「【お知らせ】外国人のための日本語教室(村公民館)」: a bracketed tag, then the title)
    # (not 「【担当】住民課 住民係 電話:…」, an answer's contact line)
    # (with a remark that it is something else: 「■外国人住民の皆さんへ 「冬の暮らし講座」参加者
    # 募集(協力確認書とは別のお知らせです)」)
    r"^(?:[■□◆◇●▶▼◎]\s?\S[^。]{0,38}(?:※[^。]{1,30}。?|\([^()]{0,12}(?:別|ちがう|違う)[^()]{0,12}\))?"
    r"|【[^】]{2,38}】"
    rf"|{_NOTICE_TAG}\S[^。]{{0,38}}"
    r"|\(\d{1,2}\)\s?\S[^。]{0,38}"
    # (a bilingual title: 「■関連:外国人従業員の転入届について / Related: moving-in …」)
    # (numbered: 「■6 Other procedure (this is not the cooperation confirmation document)」)
    # (a machine translation's long one: 「■7 Subsidy for the farm household which accepts the
    # foreign worker (it is a different procedure from the cooperation confirmation letter)」)
    r"|[■□◆◇●▶▼◎]\s?(?:\d{1,2}\s?[.、)]?\s?)?(?:\S[^。]{0,38}?\s?/\s?)?[A-Za-z][^。]{0,140})$"
)


def _next_numbered(lines: list[Line], start: int, end: int) -> int:
    """The first numbered title line (「■4 村県民税」) after `start` and before `end`, or
    `end`."""
    return next((i for i in range(start + 1, end) if _NUMBERED_TITLE_RE.match(lines[i].text)), end)


_MAX_TITLE_CHARS = 30
_ITEM_MARKS = "・●○◆◇-"  # (「・出入国在留管理庁 協力確認書について(外部リンク)」: a list's item)


def _next_form_title(lines: list[Line], start: int, end: int) -> int:
    """The first title after `start` and before `end` that names a part of the form's page (a
    table's 「協力確認書の提出先(本庁)」 row, not a link 「・出入国在留管理庁 協力確認書について」
    among the section's own), or `end`."""
    return next(
        (
            i
            for i in range(start + 1, end)
            if (lines[i].kind == "tr" or lines[i].title)
            and len(lines[i].text) <= _MAX_TITLE_CHARS
            and lines[i].text[:1] not in _ITEM_MARKS
            and _FORM_PART_RE.search(lines[i].text)
            and "。" not in lines[i].text
            and _FORM_NAME_RE.search(lines[i].text)
            and not _OTHER_MATTER_TITLE_RE.search(lines[i].text)
        ),
        end,
    )


def _next_question(lines: list[Line], start: int, end: int) -> int:
    """After a question's title, the next title line that asks a question (an FAQ's next
    <summary>), or `end`."""
    if not QUESTION_RE.search(lines[start].text):
        return end
    return next(
        (i for i in range(start + 1, end) if lines[i].title and QUESTION_RE.search(lines[i].text)),
        end,
    )


def _next_heading(lines: list[Line], start: int, end: int) -> int:
    """The first heading after `start` and before `end`, or `end`."""
    return next((i for i in range(start + 1, end) if lines[i].kind == "h"), end)


def _numbered_sections(
    lines: list[Line],
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The form's and other procedures' sections under title lines that no heading tag marks
    (「1.…」, ■/●/◆/【】 lines, a bold paragraph, an accordion's <summary>, a <dt>), when one
    of them names the form itself (a list of methods 「1.郵送 2.電子メール」 never does)."""
    content_end = _content_end(lines)
    # (an old layout's 「このページに関するお問い合わせ」 table row, inside the content, ends
    # its last section: the page's enquiry rows below it are no section's)
    content_end = next(
        (i for i in range(content_end - 1, -1, -1) if _PAGE_ENQUIRY_TITLE_RE.match(lines[i].text)),
        content_end,
    )
    titles = _title_lines(lines, content_end)
    # On a page for employers in general (its h1 names neither the form nor 特定技能), a title
    # 「特定技能外国人を雇用する事業者の皆さまへ」 is the form's section; on the form's own page,
    # 「■新たに特定技能外国人を受け入れる場合」 is one of its parts.
    h1 = [ln.text for ln in lines if ln.kind == "h" and ln.level == 1]
    naming = FORM_WORDS_RE if h1 and not FORM_WORDS_RE.search(h1[0]) else _FORM_NAME_RE
    numbered = {i for i, ln in titles if _NUMBERED_TITLE_RE.match(ln.text)}
    candidates = [(i, ln) for i, ln in titles if ln.title or _MARKED_TITLE_RE.match(ln.text)]
    # Unless the h1 names the form, a title before the form's with the same mark starts a
    # section too, whatever it names: a newsletter's 「■冬期間の路上駐車はやめましょう」 before
    # 「■…協力確認書の提出を」.
    form_title = next(
        (
            (i, ln.text[0])
            for i, ln in candidates
            if ln.text[0] in _MARKS
            and _FORM_NAME_RE.search(ln.text)
            and not _OTHER_MATTER_TITLE_RE.search(ln.text)
        ),
        None,
    )
    if h1 and FORM_WORDS_RE.search(h1[0]):
        form_title = None
    marked = {
        i
        for i, ln in candidates
        # (「■その他の手続き」 too)
        if naming.search(ln.text)
        or OTHER_PROCEDURE_RE.search(ln.text)
        or _OTHER_MATTER_TITLE_RE.search(ln.text)
        or (form_title and i < form_title[0] and ln.text[0] == form_title[1])
    }
    # 「【特定技能外国人を受け入れる場合(協力確認書の提出)】」 then 「1.窓口へ持参」「2.郵送」: when
    # a marked title names the form and no numbered one does, the numbers are its list
    if any(_FORM_NAME_RE.search(lines[i].text) for i in marked) and not any(
        _FORM_NAME_RE.search(lines[i].text) for i in numbered
    ):
        numbered = set()
    # (「■3 協力確認書の提出」 among 「■1」…「■6」: bare 「1.窓口に持参」「4.FAX」 are its list)
    if any(_FORM_NAME_RE.search(lines[i].text) and lines[i].text[:1] in _MARKS for i in numbered):
        numbered = {i for i in numbered if lines[i].text[:1] in _MARKS}
    rows = procedure_rows(lines[:content_end], naming)
    # (the titles with the mark of another matter's after it end its section: 「■区役所での
    # その他の手続き」 ends at 「■よくあるお問い合わせ」)
    others = [i for i in sorted(marked) if _about_something_else(lines[i].text, False)]
    other_marks = {lines[i].text[:1] for i in others} & set(_MARKS)
    # (not among numbered titles, 「■1 …」「■2 【事業者の皆さまへ】」, which bound it already)
    siblings = {
        i
        for i, ln in candidates
        if others and not numbered and i > others[0] and ln.text[:1] in other_marks
    }
    bounds = [*sorted(numbered | marked | siblings | set(rows)), content_end]
    # (a numbered row is titled by its first cell: 「4.ファクス | 025-225-3104(国際課 協力確認書
    # 受付専用)」 is an item of the methods, not the form's section)
    sections = [
        (a, min(b, rows.get(a, b)), _title_of(lines, a, b, a in numbered))
        for a, b in itertools.pairwise(bounds)
    ]
    form = [
        s
        for s in sections
        if _FORM_NAME_RE.search(s[2])
        or (s[0] in marked and naming.search(s[2]) and not OTHER_PROCEDURE_RE.search(s[2]))
    ]
    # (another matter's title line is no heading: a heading after it, 「<h2>Forms (様式)</h2>」,
    # ends its section)
    # (nor past a table's title naming the form: 「■外国人の方の相談窓口」 ends at 「協力確認書の
    # 提出先(本庁)」)
    # (nor past the next question of an FAQ's accordions: 「<summary>…町外へ転居しました。届出は
    # 必要ですか?</summary>」 ends at 「<summary>提出した後、町から受付の連絡はありますか?」)
    other = [
        (
            start,
            _next_question(
                lines, start, _next_form_title(lines, start, _next_heading(lines, start, end))
            ),
            title,
        )
        for start, end, title in sections
        if _about_something_else(title, False)
    ]
    if not form:
        # 「■提出方法・提出先」「■様式」「■その他の手続き」 under a lead naming the form (a Q&A
        # page 「協力確認書に関するQ&A」 without an h1): the lead and the parts are the form's,
        # the sections that say they are about other procedures are not
        # (and a marked title naming another procedure: 「【お知らせ】外国人のための日本語教室
        # (村公民館)」 after the form's text)
        # (or an accordion's, a bold or a ■ title naming one: 「<summary>外国人従業員向け 日本語
        # 教室の申込みについて</summary>」「■外国人従業員の住所の届出について」 after the form's
        # templates; not by a section's name, 「<b>【提出先】琴平町役場 企画防災課 企画係</b>」)
        declared = [
            s
            for s in other
            if _OTHER_MATTER_TITLE_RE.search(s[2])
            or (_NOTICE_TITLE_RE.match(s[2]) and OTHER_PROCEDURE_RE.search(s[2]))
            or (
                (lines[s[0]].title or _MARKED_TITLE_RE.match(s[2]))
                and OTHER_PROCEDURE_RE.search(_SECTION_NAME_RE.sub("", s[2]))
            )
        ]
        lead_end = bounds[0]
        if declared and any(_FORM_NAME_RE.search(ln.text) for ln in lines[:lead_end]):
            return [(0, lead_end, "")], declared
        return [], []
    return form, other


# A 課 or 係 named in a title (「企画防災課」; not 「日本語教室」, whose 室 is a room).
_SECTION_NAME_RE = fastre.compile(r"[^\s\d、。()【】:|]{1,12}?[課係](?![\u4e00-\u9fff])")
_TITLE_TAIL_CHARS = 30


def _title_of(lines: list[Line], start: int, end: int, numbered: bool) -> str:
    """A title line's text, with its second line when a marked title goes on there to name
    the form (a mail magazine's 「■2 特定技能外国人を雇用している事業者の皆さまへ」 then
    「「協力確認書」の提出をお願いします」; not 「4. オンライン(…)」 over its link 「協力確認書
    オンライン提出(外部サイト)」)."""
    title = _first_cell(lines[start]) if numbered else lines[start].text
    tail = lines[start + 1].text if start + 1 < end else ""
    if (
        title[:1] in _MARKS
        and not _FORM_NAME_RE.search(title)
        and _FORM_NAME_RE.search(tail)
        and "。" not in tail
        and len(tail) <= _TITLE_TAIL_CHARS
    ):
        return f"{title} {tail}"
    return title


def _other_matters_answers(lines: list[Line]) -> list[tuple[int, int]]:
    """A FAQ's questions (「Q7 外国人従業員が町内に引っ越してきました。住所の届出はどうすれば
    よいですか。」) whose answers name other procedures and never the form: (start, end) of each
    with its answer, up to the next question, heading, title or the page's 「このページに関する
    お問い合わせ」 row. (A question is about another matter by what its answer names: 「Q 何通
    必要ですか」 is the form's, 「Q 日本語を学べる場所はありますか」 with its 日本語教室 is not.)"""
    end = _content_end(lines)
    titles = _title_lines(lines, end)
    # (a <dl> of questions needs no 「Q」: 「<dt>ごみの出し方を…説明する資料はありますか。</dt>」)
    # (and a heading 「<h3>Q2. 在留カードの住所を変更したいのですが…?</h3>」 under a section
    # 「住所・保険・税に関する質問」 that names no procedure of its own)
    headed = [(i, ln) for i, ln in enumerate(lines[:end]) if ln.kind == "h" and ln.level >= 2]
    questions = {
        i
        for i, ln, asked in ((i, ln, _first_cell(ln)) for i, ln in titles + headed)
        # (a Q mark makes a question of 「Q1. …転入したときの手続きを教えてください。」)
        # (or an accordion's 「<summary>…引っ越してきたときの手続きは?</summary>」)
        if (
            QUESTION_TITLE_RE.match(asked)
            or ((ln.kind == "dt" or ln.title) and QUESTION_RE.search(asked))
        )
        and len(asked) <= question_chars(asked)
    } | {i for i, ln in titles if _numbered_row_question(ln)}
    if not questions:
        return []
    # (any title ends an answer: 「■提出先の連絡先」 after the last question is the form's; so
    # does a Q&A table's next numbered row, asking or not: 「3 | 外国人従業員が引っ越して
    # きました。」)
    ends = {i for i, ln in enumerate(lines[:end]) if ln.kind == "h"} | {
        i
        for i, ln in titles
        if ln.title
        or _MARKED_TITLE_RE.match(ln.text)
        or _NUMBERED_TITLE_RE.match(ln.text)
        or _PAGE_ENQUIRY_TITLE_RE.match(ln.text)
        or _after_row_number(ln) is not None
    }
    bounds = [*sorted(questions | ends), end]
    spans = [(a, min(b, a + _MAX_ANSWER_LINES)) for a, b in itertools.pairwise(bounds)]
    return [
        (a, b)
        for a, b in spans
        if a in questions and _names_only_other_matters(lines[a:b], disowned=True)
    ]


# A Q&A table's number column: 「11 | 雇用した技能実習生が…どうすればよいですか。 | 転入から…」.
_NUMBER_CELL_RE = fastre.compile(r"^(?:Q|問)?\s?\d{1,3}[.)]?$")


# (or elliptic: 「外国人従業員が可児市へ引っ越してきたときの手続きは。」)
_ASKED_RE = fastre.compile(r"^.*?(?:か[。?]|\?|は[。?](?=\s|$))")


_ELLIPTIC_QUESTION_RE = fastre.compile(r"(?:手続き|方法|場所|窓口)は[。?]$")


def _after_row_number(line: Line) -> str | None:
    """A table row's text after its first cell when that cell is only a number (「11 |
    雇用した技能実習生が…」), else None."""
    if line.kind != "tr":
        return None
    number, _, rest = line.text.partition("\n" if "\n" in line.text else " ")
    return rest.strip() if _NUMBER_CELL_RE.match(number.strip()) else None


def _numbered_row_question(line: Line) -> bool:
    """A table row whose first cell is only the question's number and whose second asks (its
    cells apart on lines, or run together up to the question's end)."""
    rest = _after_row_number(line)
    if rest is None:
        return False
    asked = rest.split("\n", 1)[0].strip()
    m = _ASKED_RE.match(asked)
    asked = m.group() if m else asked
    return bool(QUESTION_RE.search(asked) or _ELLIPTIC_QUESTION_RE.search(asked)) and len(
        asked
    ) <= question_chars(asked)


def _first_cell(line: Line) -> str:
    """A table row's first cell (a Q&A table's row 「問12 …どこでしますか。 | 住所の届出は…」
    asks in its first cell), or the whole line."""
    return line.text.split("\n", 1)[0].strip() if line.kind == "tr" else line.text


# A table of procedures: each row's first cell names one (「住民登録(転入・転出) | 外国人住民も
# 14日以内に… | 市民課 市民係<br>電話 …」), and the row is short (a layout table's rows hold
# whole sections).
ROW_TOPIC_CHARS = 24
_MAX_ROW_LINES = 4
_MIN_PROCEDURE_ROWS = 3


def procedure_rows(lines: list[Line], naming: re.Pattern[str]) -> dict[int, int]:
    """{first line: end} of the table rows whose first words name the form or another
    procedure, in each table (a run of row lines, or of a definition list's terms) that has
    three or more, one naming the form and one something else. A row runs over its cells'
    lines (a term over its definitions) up to the next row or the table's end."""
    found: dict[int, int] = {}
    table: dict[int, int] = {}
    kind = ""  # the table's: "tr", or "dl" for a definition list (「<dt>転入届</dt><dd>住民課…」)
    for start, line in enumerate([*lines, None]):
        line_kind = "" if line is None else _TABLE_KINDS.get(line.kind, "")
        if line_kind != kind:  # a table ends
            if _a_table_of_procedures(lines, table):
                found.update(table)
            table = {}
            kind = line_kind
        if line is None or not kind:
            continue
        topic = line.text[:ROW_TOPIC_CHARS]
        row_start = line.row_start if kind == "tr" else line.kind == "dt"
        if not (row_start and (naming.search(topic) or OTHER_PROCEDURE_RE.search(topic))):
            continue
        end = start + 1
        while end < len(lines) and _continues_row(lines[end], kind):
            end += 1
        if end - start <= _MAX_ROW_LINES:
            table[start] = end
    return found


_TABLE_KINDS = {"tr": "tr", "dt": "dl", "dd": "dl"}


def _continues_row(line: Line, kind: str) -> bool:
    """A line of the row before: another line of its cells, or a <dd> of its <dt>."""
    return line.kind == "dd" if kind == "dl" else line.kind == "tr" and not line.row_start


def names_the_form(row: Line) -> bool:
    """A table row whose first cell names the form (「協力確認書(特定技能) | 商工観光課」)."""
    return bool(FORM_WORDS_RE.search(row.text[:ROW_TOPIC_CHARS]))


def _a_table_of_procedures(lines: list[Line], rows: dict[int, int]) -> bool:
    """Three or more rows, one naming the form and one another procedure."""
    topics = [lines[i].text[:ROW_TOPIC_CHARS] for i in rows]
    return (
        len(rows) >= _MIN_PROCEDURE_ROWS
        and any(_FORM_NAME_RE.search(topic) for topic in topics)
        and any(OTHER_PROCEDURE_RE.search(topic) for topic in topics)
    )


def _other_procedure_rows(lines: list[Line]) -> set[int]:
    """The lines of a table of procedures' rows about other procedures, wherever the table
    sits (an overview 「手続き | 概要 | 窓口・問い合わせ先」 under its own heading, beside the
    form's section): 「住民税の特別徴収 | … | 税務課<br>電話:…」 is the tax's."""
    rows = procedure_rows(lines[: _content_end(lines)], FORM_WORDS_RE)
    return {
        i
        for start, end in rows.items()
        if not names_the_form(lines[start])
        for i in range(start, end)
    }


_MAX_ANSWER_LINES = 8  # a question's line and its answer's
_PAGE_ENQUIRY_TITLE_RE = fastre.compile(
    r"^(?:この|本|当)(?:ページ|記事)(?:に関する|についての|の)?(?:(?:お)?問(?:い)?合(?:わ)?せ(?:先)?"
    r"|作成所属|作成担当|担当(?:課|部署)?)"  # (CMS-8341's 「このページの作成所属」)
    r"(?:\s?\([A-Za-z ]{1,20}\))?"  # (「このページに関するお問い合わせ (Inquiry)」)
    rf"(?:\s(?:{ENQUIRY_ABROAD}))?$"  # (「このページに関するお問い合わせ Liên hệ」)
)
_PAGE_FILES_TITLE_RE = fastre.compile(
    r"^(?:添付ファイル|関連ファイル|ファイルダウンロード|(?i:attachments?|attached files?))$"
)
_SURVEY_OR_AID_RE = fastre.compile(_SURVEY_OR_AID)
# A title that says it is not about the form: 「(協力確認書とは別の手続きです)」「ほかの手続き」
# 「協力確認書以外の手続き」.
# (「Other procedures for your foreign employees (separate from the Cooperation Confirmation
# Form)」)
_OTHER_MATTER_TITLE_RE = fastre.compile(
    # (「■ 【べつのてつづき】特定技能の外国人が…ひっこししてきたとき」)
    rf"{NOT_THIS_FORM}|(?:ほか|他|その他|別|べつ)の\s?(?:手続|届出|てつづき)"
    r"|^(?:ほか|他)の\s?(?:相談)?窓口"  # (「ほかの窓口について」: other desks, for other things)
    r"|^(?:ほか|他)\s?の\s?(?:相談|そうだん)\s?(?:さき|先|まどぐち)"  # (「ほか の そうだん さき」)
    r"|(?:ちがう|違う)\s?(?:手続|届出|てつづき)"  # (「ちがう てつづき に ついて」)
    # (「協力確認書以外の手続き」)
    # (「その他の質問(協力確認書以外)」)
    # (「3 その他(協力確認書以外のご質問)」)
    rf"|{THE_FORM_SUBJECT}以外の\s?(?:ご|お)?(?:手続|届出|てつづき|こと|質問|問い合わせ)"
    rf"|{THE_FORM_SUBJECT}以外\)"
    # (「協力確認書ではないてつづき」)
    rf"|{THE_FORM_SUBJECT}ではない\s?(?:手続|届出|てつづき)"
    # (「Related procedures and services (different from this form)」)
    r"|(?i:\b(?:separate|different) from (?:the|this) (?:cooperation confirmation|form\b)"
    rf"|{EN_NOT_THIS_FORM}"
    r"|\b(?:other|another) procedures?\b)"
    # the old ways, kept for reference: 「(参考)令和8年9月30日までの提出方法」
    r"|^[(【]参考[)】]\s?[^。]{0,24}まで(?:の|は)"
)


def _about_something_else(title: str, faq_of_form: bool) -> bool:
    """A section title that names neither the form nor one of its aspects (提出方法, 様式, …),
    nor, on a page whose title names the form, asks a question (its FAQ's 「Q7 押印は必要です
    か?」 is about the form; a city's general FAQ's 「Q5 相談はメールでもできますか」 is not);
    or one that names another procedure, a survey or a subsidy (「技能実習生・特定技能外国人の
    受入れ実態調査へのご協力」「…特定技能外国人の健康診断費用の助成」 name 特定技能 but are about
    something else)."""
    title = without_furigana(title)  # 「■ 気(き)をつけてください」
    if _OTHER_MATTER_TITLE_RE.search(title):
        return True  # 「外国人従業員の転入届(協力確認書とは別の手続きです)」「ほかの手続き」
    if _FORM_NAME_RE.search(title):
        return False
    if _SURVEY_OR_AID_RE.search(title):
        return True
    # (「【技能実習生・特定技能外国人が転入したとき】」 names 特定技能 but is about 転入)
    if OTHER_PROCEDURE_RE.search(title):
        return True
    if FORM_WORDS_RE.search(title):
        return False
    if _GENERIC_RE.search(title):
        return False
    return not (faq_of_form and (QUESTION_RE.search(title) or QUESTION_TITLE_RE.search(title)))


# 「協力確認書とは別の手続きです。」 at the start of a section under a generic title
# (「熱田区役所で行う外国人住民の方の手続き」): the section is about that other matter.
_NOT_THE_FORM_RE = fastre.compile(
    rf"^[^。]{{0,6}}{NOT_THIS_FORM}|{EN_NOT_THIS_FORM}"
    # (「協力確認書以外の手続きに関するQ&A」 under 「在留手続きや雇用に関するご質問」)
    rf"|^[^。]{{0,6}}{THE_FORM_SUBJECT}以外の\s?(?:手続|届出|てつづき|こと)",
    re.IGNORECASE,
)


_SHORT_ROW_LINES = 8


def _disowned_table_rows(lines: list[Line]) -> set[int]:
    """The rows of a data table (cells side by side) right after a paragraph that says it is
    about something else (「協力確認書とは別の手続きです。…転入したときは…区民課へ」 over
    「北区 | 北区役所 区民課 | 電話:…」), on a page with no heading to end that section; and a
    row one of whose cells says so itself."""
    dropped: set[int] = set()
    for index, line in enumerate(lines):
        if line.kind == "tr" and line.row_start and line.region == "content":
            # (a row whose own cell says so: a Q&A table's 「9 | …引っ越してきたときの手続きは。 |
            # 協力確認書とは別の手続きです。…<br>住民課 電話:… | 住民課」, with its cell's lines)
            row = index + 1
            # (up to a ■ title or the enquiry block: an old layout's one-cell rows after
            # the table, 「■様式・記載例」, are the article's)
            while (
                row < len(lines)
                and lines[row].kind == "tr"
                and not lines[row].row_start
                and lines[row].region == line.region
                and not _MARKED_TITLE_RE.match(lines[row].text)
            ):
                row += 1
            # (or a short row's cell on a line of its own: 「10」「…引っ越してきました。」「協力
            # 確認書とは別の手続きです。…」「市民課 市民係」「096-…」)
            said = range(index, index + 1 if row - index > _SHORT_ROW_LINES else row)
            if any(NOT_THIS_FORM_RE.search(lines[i].text) for i in said):
                dropped.update(range(index, row))
            continue
        row = index + 1
        if row >= len(lines) or not lines[row].row_start:
            continue  # an old layout's one-cell rows go on with the article
        if line.kind == "tr" or line.region != "content" or not _NOT_THE_FORM_RE.search(line.text):
            continue
        while row < len(lines) and lines[row].kind == "tr" and lines[row].region == "content":
            dropped.add(row)
            row += 1
    return dropped


def _disowns_the_form(lines: list[Line], section: tuple[int, int, str]) -> bool:
    """The section's first line says it is about something other than the form."""
    start, end, _title = section
    return start + 1 < end and bool(_NOT_THE_FORM_RE.search(lines[start + 1].text))


def on_topic(page: Page) -> tuple[list[Line], list[Link]]:
    """The page's lines and links without the sections about other things."""
    lines = page.lines
    dropped = {i for start, end in _other_matters_answers(lines) for i in range(start, end)}
    dropped |= _other_procedure_rows(lines)
    dropped |= _disowned_table_rows(lines)
    form, other = _topic_sections(lines, page.h1)
    if form and other:
        dropped |= _other_sections_lines(lines, form, other, frozenset(dropped))
    if not dropped:
        return lines, page.links
    return select_lines(lines, page.links, [i for i in range(len(lines)) if i not in dropped])


_WARD_REFUSES_RE = fastre.compile(
    r"区役所[^。]{0,20}で(?:は|も)?[^。]{0,20}(?:受け付けて(?:おり|い)ません|受付して(?:おり|い)ません"
    r"|受付できません|受け付けできません)"
)


_DESK_RE = fastre.compile(r"\(([^()\s\d]{1,10})\)")
_ROUND_BRACKETS_RE = fastre.compile(r"[()]")
_CONTACT_LINE_RE = fastre.compile(r"^[【\[(]?(?:お)?問(?:い)?合(?:わ)?せ(?:先)?[】\])]?\s?:?\s")


_CONTACT_BLOCK_LINES = 4  # 「〒…」「…市役所 企画課 国際交流係 あて」「電話…」「メール…」


_ASKS_RE = fastre.compile(r"(?:ですか|ますか|でしょうか)[。?]|\?")


def _under_contact_heading(lines: list[Line], start: int, index: int) -> bool:
    """The line is one of the few under a heading 「提出先・問い合わせ先」 in the section from
    `start`, or under a line that says only that (「<p>提出先・お問い合わせ先</p>」): the
    section's own contact block (its 課 may come after its postcode and address)."""
    for back in range(index - 1, max(start, index - _CONTACT_BLOCK_LINES - 1) - 1, -1):
        if _CONTACT_HEADING_RE.search(lines[back].text):
            return True
        if lines[back].kind == "h":
            return False
    return False


# A title (an accordion's summary, a bold line) of the form page's own part: 「よくある質問」.
_PAGE_PART_TITLE_RE = fastre.compile(
    r"^[【■●◆]?\s?(?:よくある(?:ご)?質問|Q\s?&\s?A|FAQ|質問と回答)(?:[】]|\s?$)"
    # (「■ Forms (様式)」 after 「■ Technical Intern Training is a different procedure」)
    r"|^[【■●◆]?\s?(?:様式|(?i:forms?|downloads?|templates?))(?:\s?\([^()]{1,10}\))?(?:[】]|\s?$)"
)


def _end_at_page_part(lines: list[Line], start: int, end: int) -> int:
    """Where another matter's section ends: at its heading's end, or before a title line that
    no heading marks but that starts a part of the form's page (「<h2>あわせてご案内:…日本語
    教室</h2>…<summary>よくある質問</summary>」: the questions are the form's)."""
    return next(
        (
            i
            for i in range(start + 1, end)
            if lines[i].title and _PAGE_PART_TITLE_RE.match(lines[i].text)
        ),
        end,
    )


_FORM_ENQUIRY_LINE_RE = fastre.compile(
    r"^(?:なお、)?(?:協力確認書|確認書)(?:の|について|に関する)[^。]{0,60}(?:お|ご)?問(?:い)?合(?:わ)?せ"
)


# A box's heading line that names where to submit: 「提出先」「協力確認書の提出先」.
_SUBMISSION_BOX_RE = fastre.compile(r"^[^。、]{0,10}提出先\s?$")


def _other_sections_lines(
    lines: list[Line],
    form: list[tuple[int, int, str]],
    other: list[tuple[int, int, str]],
    answers: frozenset[int] = frozenset(),
) -> set[int]:
    """The lines of the sections about other things, with the enquiry lines they hold, and
    the page's enquiry block when the form's section names another section as its own (not
    in an answer about another matter, `answers`: a seminar's 「お問い合わせ:産業振興課…」)."""
    dropped: set[int] = set(answers)
    for start, end, _title in other:
        dropped.update(
            i
            for i in range(start, _end_at_page_part(lines, start, end))
            # (「このほかのご案内」's 「協力確認書の制度や書き方について…は、国際課(電話…)へ
            # お問い合わせください」: the form's own line among the other things)
            if not _FORM_ENQUIRY_LINE_RE.match(lines[i].text)
        )
    # an enquiry block inside one of those sections is that section's (a 住民登録 section's
    # 「問い合わせ先 市民課」), though it is read with the page's own
    # (or inside one of its sub-sections with text of its own: 「<h2>4 …(住民登録・マイナンバー
    # カード)</h2>…<h3>マイナンバーカード</h3><p>…</p><div><p>担当:市民課 …</p></div>」, not a
    # bare 「<h3>Share this:</h3>」 the page's own block follows)
    other_titles = {squash(title) for _start, _end, title in other} | {
        squash(lines[i].text)
        for start, end, _title in other
        for i in range(start, end - 1)
        if lines[i].kind == "h" and lines[i + 1].kind != "h"
    }
    dropped.update(
        i for i, ln in enumerate(lines) if ln.region == "enquiry" and ln.section in other_titles
    )
    # the form's own 「問合せ」 line: in its section, or an enquiry line the section holds
    # (a section both naming the form and about something else, 「【技能実習生・特定技能外国人が
    # 転入したとき】」, is the other thing's: its 「問い合わせ」 line is not the form's)
    form = [section for section in form if section not in other]
    # (an untitled form section, the whole page's 「(0, 0, "")」, names no enquiry block)
    form_titles = {squash(title) for _start, _end, title in form if title}
    form_contacts = [
        lines[i].text
        for start, end, _t in form
        for i in range(start, end)
        # (not a line of another matter's sub-section: 「<h3>…転入手続きについて(協力確認書とは
        # 別の手続きです)</h3>」's 「お問い合わせは住民課(電話:…)へ」 under the form's h2)
        if i not in dropped
        and (
            (
                _OWN_ENQUIRY_RE.search(lines[i].text)
                # (not 「各市町の提出方法は、それぞれの担当課へ直接お問い合わせください(例:湯浅町
                # 総務課 電話 …)」: the other municipalities' desks)
                and not _EACH_PLACES_DESK_RE.search(lines[i].text)
            )
            # (not an FAQ's row under 「協力確認書についてのお問い合わせ」: 「住んでいるのは宇治市
            # です。…どうやって提出するのですか。 宇治市の…文化自治振興課(電話…)」)
            or (_under_contact_heading(lines, start, i) and not _ASKS_RE.search(lines[i].text))
        )
    ]
    form_box = [ln.text for ln in lines if ln.region == "enquiry" and ln.section in form_titles]
    # the form's own 提出先 box (「提出先」「担当 文化と人権課 …」) and no 問合せ line of its own:
    # the page's お問い合わせ block beside it is where to ask, not a publisher's (as 026)
    submission_box = not form_contacts and bool(form_box) and _SUBMISSION_BOX_RE.match(form_box[0])
    form_contacts += form_box
    enquiry = [
        i for i, ln in enumerate(lines) if ln.region == "enquiry" and ln.section not in form_titles
    ]
    # the page's enquiry block is the publisher's (a newsletter's 広報課), unless it is the
    # same section the form's own 「問合せ」 line names
    # (with the desk in brackets after it: 「問合せ 総務課(区政推進)」 is not the publisher's
    # 「総務課(広報担当)」)
    own_units = {
        squash(m.group() + (desk.group(1) if (desk := _DESK_RE.match(text, m.end())) else ""))
        for text in form_contacts
        for m in UNIT_NAME_RE.finditer(text)
    }
    enquiry_text = " ".join(lines[i].text for i in enquiry)
    # (「…下記お問い合わせ先へお電話ください」 names no section: the block stays; so does a
    # ward office's own block on a ward page that sends filers to the city's bureau:
    # 「【提出先・お問い合わせ】観光文化交流局国際交流課」 above 「瑞穂区役所 区政部 …」)
    # (the bureau before a long unit name: 「市民文化局市民生活部多文化共生推進課」)
    # (or the form's section says the ward does not take it: 「青葉区役所・宮城総合支所では、
    # 協力確認書を受け付けておりません」, the city's 国際交流課 does; unless the section has its
    # own 「問合せ 国際化推進課…」 line, as a ward newsletter's article has)
    ward_to_city = "区役所" in enquiry_text and (
        any("局" in text for text in form_contacts)
        or (
            not any(_CONTACT_LINE_RE.match(text) for text in form_contacts)
            and any(
                _WARD_REFUSES_RE.search(lines[i].text)
                for start, end, _t in form
                for i in range(start, end)
            )
        )
    )
    enquiry_key = squash(_ROUND_BRACKETS_RE.sub("", enquiry_text))
    # (the same 課 but another 係: a business newsletter's 「問合せ・提出先 商工振興課 雇用労政
    # 係」 under the publisher's block 「商工振興課 商工振興係」)
    own_desks = [unit for unit in own_units if unit.endswith("係")]
    other_desk = (
        bool(own_desks)
        and not any(desk in enquiry_key for desk in own_desks)
        and any(m.group().endswith("係") for m in UNIT_NAME_RE.finditer(enquiry_text))
    )
    if (
        own_units
        and not ward_to_city
        and not submission_box
        and (other_desk or not any(unit in enquiry_key for unit in own_units))
    ):
        dropped.update(enquiry)
    return dropped
