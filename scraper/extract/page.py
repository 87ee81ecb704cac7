"""The page as the field extractors see it: lines of text with their element context.

`Walker` turns a DOM subtree into `Line`s: block elements end a line, table cells share their
row's line (so 「提出方法 | 郵送」 stays one line), headings keep their level, links are kept
with the line that shows their text, and a `mailto:` address is written after its link text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborNode

from .. import fastre
from ..textnorm import normalize, squash

_BLOCK_WORDS = """p div li ul ol dl dt dd tr table tbody thead tfoot caption h1 h2 h3 h4 h5 h6
    section
    article main address blockquote pre figure figcaption form fieldset legend center hr
    body details summary"""
_BLOCK_TAGS = frozenset(_BLOCK_WORDS.split())
_CELL_TAGS = frozenset({"td", "th"})
HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_MAX_DEPTH = 400
# Left where the enquiry block was: with no content container to trust, the page's own text
# ends there, and what follows (an unmarked site footer) is not read.
ENQUIRY_MARK = "\u2063kyoryoku-enquiry\u2063"
_MAX_LINES = 5000
_MIN_CONTENTS_LINKS = 3  # fewer in-page links are a 「ページの先頭へ」 or a footnote's mark
_CONTENTS_LEVEL = 2  # what a table of contents lists: the page's sections
# furigana in brackets after kanji, with the space an easy-Japanese page leaves after them:
# 「返信用(へんしんよう)」「印鑑(はんこ) は おさなくて いいです」
FURIGANA_RE = fastre.compile(r"(?<=[一-龯])\([ぁ-ゖー\s]{1,16}\) ?")
# … and the reading of a name ending in katakana, which ends the same: 「企画政策グループ(きかく
# せいさくグループ)」
_KATAKANA_FURIGANA_RE = fastre.compile(r"(?<=[一-龯])([ァ-ヺー]{2,8})\([ぁ-ゖー]{1,16}\1\) ?")


def without_furigana(text: str, gap: str = "") -> str:
    """`text` with the readings in brackets after its kanji (and after a name ending in
    katakana) replaced by `gap`: one place reads やさしい日本語's furigana away for every
    extractor."""
    if "(" not in text:
        return text
    text = _KATAKANA_FURIGANA_RE.sub(rf"\1{gap}", text)
    return FURIGANA_RE.sub(gap, text)


# A question (an FAQ's 「FAXで提出できますか。」): its answer is on the next line.
# (「「電子申請」で提出したいのですが。」 asks too)
QUESTION_RE = fastre.compile(r"(?:ますか|ですか|でしょうか|のですが)\s?[。?]?\s?$|\?\s?$")
_MAX_QUESTION_CHARS = 80


def question_chars(text: str) -> int:
    """How long a question (with its 「Q」 line) can be: English takes about twice the
    characters to ask the same (「Q11. Our new foreign employee has just moved to Kariya.
    Where does …?」)."""
    english = sum(char.isascii() for char in text) * 2 > len(text)
    return _MAX_QUESTION_CHARS * (2 if english else 1)


# A line titled as a question by its mark: 「Q3 …」「Q. …」「問2 …」
# (「Q8外国人従業員の…」: no space after the number, so no word boundary either)
QUESTION_TITLE_RE = fastre.compile(
    r"^Q\s?(?:\d{1,2}(?!\d)|\b(?!&))|^問\s?\d"
    # (a mark in a span of its own: 「<span>問</span>外国人従業員向けの日本語教室はありますか。」;
    # not 「問い合わせ先」「問題」)
    r"|^問(?![い合題診])(?=.{4,150}?(?:か|\?)[。?]?$)"
    # (「<span>質問</span>事業所が京都市内にあり、…どうすればよいですか。」)
    r"|^質問(?!票|者|事項|箱)(?=.{4,150}?(?:か|\?)[。?]?$)"
)
# The name of a section of the office, as one word: 「国際課」「多文化共生係」 (「担当者」 is a
# person, and 「国際課長」 a title; 「住民生活課窓口」 is the section's counter).
UNIT_NAME_RE = fastre.compile(
    r"[^\s\d、。()【】:|]{1,12}?(?:課|係|室|担当(?!者))(?!(?!窓口)[\u4e00-\u9fff])"
)

# Bodies that are never the municipality's own department, even in an enquiry block (a
# 「連絡先」 row of a table about the association's consultation desk reads like one).
FOREIGN_BODY = (
    r"出入国在留管理|入管|インフォメーションセンター|法務省|ハローワーク|公共職業安定所|労働局"
    # (やさしい日本語 spaces a name: 「とかち国際交流 センター」「しもきた国際交流 協会」)
    r"|外国人技能実習機構|国際\s?交流\s?(?:協会|財団|センター)|監理団体|登録支援機関|商工会議所|商工会"
    # (in kana: 「ちばけんこくさいこうりゅうセンター(でんわ …)」)
    r"|こくさい\s?こうりゅう\s?(?:きょうかい|ざいだん|センター)"
    r"|財団"  # 「東京都外国人相談(東京都つながり創生財団) 電話 03-5320-7744」
    r"|外国人[^。、]{0,16}?相談\s?センター"  # (「こうち外国人 生活(せいかつ)相談 センター」)
    r"|年金事務所|労働基準監督署|税務署|日本年金機構"
    # (a Hokkaido bureau of the prefecture: 「檜山振興局 商工労働観光課」; not a city's own
    # branch, 真庭市's 「北房振興局」)
    r"|(?:空知|石狩|後志|胆振|日高|渡島|檜山|上川|留萌|宗谷|オホーツク|十勝|釧路|根室)(?:総合)?振興局"
    r"|農業協同組合|(?<![A-Za-z])JA(?![A-Za-z])"
    r"|汽船"  # a ferry company's office: 「隠岐汽船 別府営業所, TEL …」
    r"|社会福祉協議会"  # (「…大鹿村社会福祉協議会でも受け付けています(電話…)」)
    r"|(?:農林水産|厚生労働|国土交通|経済産業|文部科学)省"
    r"|Immigration (?:Services|Bureau)|Information Cent(?:er|re)|Hello ?Work|Labou?r Bureau"
    # 'the Shizuoka International Association's Multicultural Consultation Center (Kanade)'
    # (「the Kagawa International Exchange Centre “I-PAL Kagawa” (アイパル香川), Tel.」)
    # (「Tottori International Friendship Foundation」)
    r"|International (?:Exchange |Friendship )?(?:Association|Foundation)"
    # (「Osaka Foundation of International Exchange (OFIX), Tel. …」, and in Chinese:
    # 「大阪府国际交流财团(OFIX)电话 …」)
    r"|Foundation (?:of|for) International|国际交流"
    r"|(?:Consultation|Exchange) Cent(?:er|re)"
    # (「the Chiba International Center (ちば国際コンベンションビューロー) runs a consultation
    # line」)
    r"|International Cent(?:er|re)|コンベンションビューロー"
    r"|Regional (?:Promotion|Development) Bureau"  # (a prefecture's: 「…Aira-Isa Regional …」)
)
FOREIGN_BODY_RE = fastre.compile(FOREIGN_BODY)
# 「Contact」 in the other languages a page's headings add after the Japanese (「このページに関する
# お問い合わせ Liên hệ」): Vietnamese, Portuguese, Spanish, Chinese.
ENQUIRY_ABROAD = r"(?i:li[êe]n\s?h[ệe]|contato|contacto)|咨询|联系(?:方式)?"
# Other procedures an employer of foreign workers meets, whose sections use the form's words
# too (「住民登録などの手続き」「社会保険・労働保険の手続き」), with their own numbers.
OTHER_PROCEDURE_RE = fastre.compile(
    r"住民登録|住民票|転入|転出|転居|住居地の届出|住所の届出|国民健康保険|国民年金|社会保険|労働保険|雇用保険"
    r"|国保|保険証"  # 「マイナ保険証への移行と資格確認書の送付について」
    r"|後期高齢者医療|資格確認書"  # 「後期高齢者医療の「資格確認書」を送付します」
    r"|マイナンバー|個人番号カード"  # 「マイナンバーカードの休日交付窓口を開設します」
    r"|日本語教室|技能実習|雇用状況|ガイドブック|生活ガイド|外国人[^。、\s]{0,6}相談|生活相談"
    r"|日本語(?:学習|講座|ひろば|広場|サロン|を学)"  # 「みくら日本語ひろば」
    r"|入札|最低賃金|融資"  # a business notices page's other items
    r"|取材"  # a press release's 「取材の申し込みについては、広報広聴課(電話…)へ」
    r"|交流会"  # 「交流会についてのお問い合わせ:…教育委員会 電話…」: an event's
    r"|補助金|補助制度|助成|奨励金|防災|健康診断"  # 「外国人従業員の健康診断費用の助成」
    # (a survey sent to the same employers: 「…実態調査…。調査については商工観光課(電話:…)へ」)
    r"|アンケート|実態調査|調査について"
    r"|コンテスト"  # (「しゃしんコンテストおうぼフォーム」: a contest's entry form)
    r"|住民税|市民税|県民税|特別徴収"  # 「●個人住民税の特別徴収について」
    r"|固定資産税|軽自動車税"  # 「■1 固定資産税・軽自動車税(種別割)の納期限は6月1日です」
    r"|[市町村区県都府道]営住宅|公営住宅|空き家バンク|ごみ|子育て|予防接種|健診|生活情報|オリエンテーション"
    r"|就学|入学|学校|保育園|保育所"  # 「外国人従業員のお子さんの就学手続き」
    # やさしい日本語 (「役場の町民課のまどぐちで住所のとどけをだしてください」)
    r"|てんにゅう|こくみんけんこうほけん|にほんごきょうしつ|(?:住所|じゅうしょ)\s?の\s?とどけ"
    # (「にほんごを ならって ほしいです」「にほんごひろば」「平群町に ひっこして きました」)
    r"|にほんご\s?(?:ひろば|を\s?ならう|を\s?ならって)|ひっこして\s?き"
    # English pages' sections: 「Japanese classes for your employees」
    r"|Japanese[- ](?:language )?class|Hello Work|[Hh]ealth insurance|[Rr]esident registration"
    r"|Technical Intern"  # 「The report of the acceptance of Technical Intern Trainees …」
    r"|[Gg]arbage|[Dd]isaster|[Ss]chool"
)
# Right before a form's address or name: the one a notice says was replaced
# (「これまでのフォーム(https://…)は受付を停止しています」「旧URL:https://…」).
OLD_FORM_BEFORE = (
    # (「これまでのLoGoフォーム(https://…)は…受付を終了しています」)
    # (「これまで利用していたGoogleフォーム(https://…)は…受付を終了し」)
    # (「令和7年8月31日まで利用していたGoogleフォーム(https://…)」)
    # (やさしい日本語: 「2025年12月までつかっていたグーグル フォーム(https://…) は、もう
    # つかえません」)
    # (「これまでオンラインでの提出に使っていたGoogleフォーム(https://…)は、…終了しました」)
    r"(?:(?:(?:これまで|以前|従来|\d[日月]まで)(?:の|(?:[^。、()]{0,16}?)"
    r"(?:(?:ご?利用|使用)して(?:いた|いました|おりました)|使っていた|つかって(?:い)?た)(?!だけ))"
    # (やさしい日本語: 「まえに つかっていた グーグル フォーム(https://…)は…おわりました」)
    r"|まえに\s?つかって(?:い)?た)"
    # (「これまで利用していた新潟県電子申請システム(e-tumo)の受付フォーム(https://…)」)
    r"(?:[^\s()、。]|\s(?!\s)|\([^()\s]{1,12}\)){0,40}|旧(?:フォーム|URL)"
    # (「The Google Form we used until March 31, 2025 (https://…) is closed」)
    r"|\b(?:[Tt]he )?(?:old|previous|former) (?:[A-Za-z]+ )?(?:form|URL|address)\b[^.()]{0,40}"
    r"|\bwe (?:used|have used|had used)\b[^.()]{0,40})"
    # (「これまでの電子申請(栃木県電子申請システム:https://…)」: the old system named first)
    r"\s?:?\s?\(?(?:[^\s()、。:]{0,16}\s?:?\s?)?(?:https?://\S*)?$"
)

# The labels of a phone and a fax number. Old table layouts space them out to align them:
# 「電 話」「F A X」「T E L」.
PHONE_LABEL = (
    r"電話番号|電\s?話|☎|℡|でんわ|携帯"
    r"|(?<![A-Za-z])(?:TEL|Tel|tel|T E L|Phone|PHONE|Telephone|TELEPHONE)(?![A-Za-z])"
    # (multilingual pages' blocks: Indonesian, Portuguese, Spanish, Vietnamese, Chinese, Korean)
    r"|(?<![A-Za-z])(?:Telepon|Telefone|Teléfono|Điện thoại)(?![A-Za-z])|电话|전화"
    # (「Fax: 0820-74-1030. After faxing, please call 0820-74-1004 to confirm …」)
    # (「After faxing, please call the Division (0291-36-7135)」)
    # (「After sending by FAX, please telephone to 0972-22-3942 to confirm the arrival」)
    # (「please call the Commerce and Industry Promotion Division (0834-22-8372)」)
    # (「please telephone to the Commerce and Tourism Division (0968-25-7223)」)
    # (「please telephone to the 商工政策課 (0778-53-2230)」: a Japanese name)
    r"|(?<![A-Za-z])(?:[Cc]all|telephone)(?: us)?(?: to| at| on)?"
    # (「please telephone to the Commerce, Industry and Tourism Division (0868-32-2082)」)
    # (「After sending the FAX, please telephone to 商工労政課 (0198-41-3551)」: no 'the')
    r"(?: the (?:[A-Z][a-z]+(?:,? (?:[A-Z][a-z]+|and|of)){0,5}|[一-龯ァ-ヶー]{1,12})"
    r"| [一-龯ァ-ヶー]{1,12})?"
    r"(?=\s\(?\d)"
)
FAX_LABEL = (
    # (Indonesian 「Faks:」 too)
    r"(?<![A-Za-z])(?:FAX|Fax|fax|F A X|Facsimile|facsimile|Faks|faks)(?![A-Za-z])"
    r"|ファクス|ファックス|ファクシミリ|传真|傳真|팩스|फ्याक्स"  # (multilingual pages' blocks)
)
NUMBER_LABEL_RE = fastre.compile(f"{FAX_LABEL}|{PHONE_LABEL}")
# A phone-shaped number, before normalising: 「0773-75-0400」「093(582)2146」「０２６７－６２」.
PHONE_SHAPE_RE = fastre.compile(r"\d{2,4}\D{0,3}\d{2,4}\D{0,3}\d{3,4}")


@dataclass(slots=True)
class Line:
    """One block of text: its normalised text, the element it came from, and its region."""

    text: str
    kind: str  # "h" heading, "li", "tr" table row, "dt", "dd", "p" anything else
    level: int = 0  # heading level (1-6) for kind "h"
    region: str = "content"  # "content" or "enquiry"
    # an enquiry block inside one section of the page (「<section><h2>住民登録</h2>…<dl><dt>
    # 問い合わせ先</dt>…」): that section's title, squashed
    section: str = ""
    # the <summary> of an accordion (「<details><summary>日本語教室</summary>…」) or a paragraph
    # all in bold (「<p><strong>■住民税の特別徴収</strong></p>」): a title, though no heading
    # tag says so
    title: bool = False
    # the first line of a table row (a cell's <br> starts a line of the same row): a table of
    # procedures (「住民登録 | … | 市民課<br>電話 …」) is split into topics by its rows
    row_start: bool = False


@dataclass(slots=True)
class Link:
    """A link in the content or enquiry block, resolved against the page URL."""

    url: str
    text: str
    line: int  # index of the Line that holds the link text
    region: str = "content"


@dataclass
class Page:
    """The parsed page as the field extractors see it."""

    lines: list[Line] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    title: str | None = None
    h1: str | None = None
    head_title: str | None = None
    breadcrumb: str = ""
    raw_text: str = ""  # the whole document's text, chrome included: last resort for dates
    machine_dates: list[str] = field(default_factory=list)  # <time datetime>, <meta> dates
    embedded: list[str] = field(default_factory=list)  # <iframe src> in the content
    warnings: list[str] = field(default_factory=list)

    def full_text_lines(self) -> list[str]:
        """The whole document's text, normalised on demand (it is rarely needed); a line that
        starts with a colon goes on the one before, whose label an inline element ended
        (「<ruby>更新日<rt>こうしんび</rt></ruby>:令和7年11月20日」)."""
        lines: list[str] = []
        for raw in self.raw_text.split("\n"):
            text = normalize(raw) if raw.strip() else ""
            if text.startswith(":") and lines:
                lines[-1] += text
            elif text:
                lines.append(text)
        return lines

    def keep(self, indexes: list[int]) -> None:
        """Keep only the lines at `indexes` (ascending), with their links."""
        if len(indexes) != len(self.lines):
            self.lines, self.links = select_lines(self.lines, self.links, indexes)

    def text(self, region: str | None = None) -> str:
        return "\n".join(ln.text for ln in self.lines if region is None or ln.region == region)


# Function words of the other languages multilingual pages put beside the Japanese (Tagalog,
# Portuguese, Spanish, Indonesian, Vietnamese), and Vietnamese's own letters. A sentence in
# one of them translates the Japanese text, which the rules read instead; their words are not
# English ones (「Inihahanda pa ang online na aplikasyon」 says the online form is still being
# prepared; 「…Hiệp hội Giao lưu Quốc tế Takaoka (TIA), điện thoại 0766-…」 is another body's).
_OTHER_LANGUAGE_RE = fastre.compile(
    # (a sentence's first word capitalised: 「Untuk konsultasi … dalam bahasa Indonesia: …」)
    r"\b(?:ang|mga|ng|sa|pa|pelo|pela|ou|em|não|por|el|los|las|dan|atau|yang|[Uu]ntuk|dengan|dalam"
    r"|sobre|para|com|dos|das"
    # (Portuguese and Spanish 「Consultas em português: Centro de Apoio …」「Consultas en
    # español: Asociación Internacional de Moka, tel. …」; Indonesian 「… dalam bahasa …」)
    r"|de|del|la|en|con|que|bahasa"
    # (Indonesian: 「Penyerahan melalui e-mail sedang dipersiapkan」「… di atas hanya untuk …」)
    r"|melalui|sedang|hanya|tidak|kepada|dari|pada|oleh|akan|sudah|belum|adalah|di"
    r"|của|và|hoặc|bằng|được|cho|người|các|những|này|có|là|để|tại|hãy|nếu|về)\b"
)
_VIETNAMESE_LETTER_RE = fastre.compile(r"[\u1ea0-\u1ef9đươăĐƯƠĂ]")
# Words of the other scripts such pages use: Devanagari (Nepali, Hindi) to Sinhala, Thai
# and Lao, Myanmar, Khmer, Hangul (「दैनिक जीवन सम्बन्धी परामर्श: … (AIA) फोन 0242-…」 is another
# body's, in Nepali).
# (a label alone, 「फ्याक्स: 022-…」, is read: a multilingual block's fax number)
_OTHER_SCRIPT_WORD_RE = fastre.compile(
    r"[\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u1100-\u11ff\uac00-\ud7af]+"
)
# (not the middle dot or the long-vowel mark alone: 「・Consultas en español: …」 is no Japanese)
_JAPANESE_RE = fastre.compile(r"[\u3041-\u30fa\u4e00-\u9fff]")
_KANA_RE = fastre.compile(r"[\u3041-\u30fa]")
_QUOTED_RE = fastre.compile(r"\([^()]*\)|「[^」]*」|\"[^\"]*\"|“[^”]*”")
# Chinese characters Japanese does not write (simplified forms, and traditional ones such as
# 們這說傳國會縣聯詢): 「不接受传真。咨询电话:…」 is a Chinese summary, whose 传真 (fax) and 电话
# (phone) are not labels to read; so is 「…請聯繫新潟縣國際交流協會…(電話:…)」.
_CHINESE_ONLY_RE = fastre.compile(
    r"[请这们说对时从电话传邮务门关发经实应进确认书须该业处办让给还问间为过现样們這說傳"
    r"國會縣聯繫詢窗與遞檔"
    r"冈仅单员场]"  # (「工作地点和住所均在冈谷市时,只需提交1份。」)
)
_MIN_CHINESE_CHARS = 2
_MIN_FOREIGN_WORDS = 2
_MIN_VIETNAMESE_LETTERS = 3
# A line mostly in Vietnamese with a Japanese name in it: under a tenth Japanese, and many
# Vietnamese letters.
_JAPANESE_SHARE_MAX = 10
_MANY_VIETNAMESE_LETTERS = 12
_MIN_OTHER_SCRIPT_WORDS = 3


# A card's status badge saying its method is not taken (ended, refused): 「受付終了」「廃止」
# 「受付していません」「×」「Not accepted」. The page model drops one printed before a struck
# card; the method rules read one printed above a card's heading as refusing it.
ENDED_BADGE_RE = fastre.compile(
    r"^(?:(?:受付)?(?:終了|廃止|停止|中止|休止)(?:しました)?|受付(?:して(?:い|おり)ません|不可|なし)"
    r"|受け付けて(?:い|おり)ません"
    r"|×|[Nn]ot (?:accepted|available))$"
)
# A badge is a word or two: 「受付終了」「準備中」「受付していません」.
BADGE_CHARS = 8


def in_another_language(text: str) -> bool:
    """Text with no Japanese and two or more function words of another Latin-script language
    (or three Vietnamese letters, or three words of another script), or Chinese: a
    translation, not the page's own words."""
    if _JAPANESE_RE.search(text):
        # (Japanese names quoted in brackets do not make it Japanese: 「Online (ひろしま電子申請
        # サービス): perlu membuat akun pengguna. … Faks: 0846-…, lalu telepon ke 0846-…」)
        bare = _QUOTED_RE.sub("", text)
        if _JAPANESE_RE.search(bare):
            # (Chinese: Han characters without kana, some of them forms Japanese does not use)
            # (or a Vietnamese sentence naming a Japanese desk unbracketed: 「Cách nộp: mang đến
            # 市民協働推進課 (tầng 2 …), bưu điện, fax hoặc e-mail. …điện thoại 028-…」)
            return (
                not _KANA_RE.search(text)
                and len(_CHINESE_ONLY_RE.findall(text)) >= _MIN_CHINESE_CHARS
            ) or (
                # (the rare letters counted first: counting the Japanese ones costs more)
                len(_VIETNAMESE_LETTER_RE.findall(bare)) >= _MANY_VIETNAMESE_LETTERS
                and len(_JAPANESE_RE.findall(bare)) * _JAPANESE_SHARE_MAX < len(bare)
            )
        text = bare
    return (
        len(_OTHER_LANGUAGE_RE.findall(text)) >= _MIN_FOREIGN_WORDS
        or len(_VIETNAMESE_LETTER_RE.findall(text)) >= _MIN_VIETNAMESE_LETTERS
        or len(_OTHER_SCRIPT_WORD_RE.findall(text)) >= _MIN_OTHER_SCRIPT_WORDS
    )


def repeats_numbers_before(lines: list[Line], index: int) -> bool:
    """A line with no Japanese right after a Japanese line that already gave each of its
    numbers (「…住民課 住民係 電話0855-95-1113」 then 「… Contact: Residents Division, TEL
    0855-95-1113.」): a translation, which the Japanese line's reading decides for."""
    if index == 0 or _JAPANESE_RE.search(lines[index].text):
        return False
    numbers = [_NOT_DIGIT_RE.sub("", m) for m in PHONE_SHAPE_RE.findall(lines[index].text)]
    before = lines[index - 1].text
    if not numbers or not _JAPANESE_RE.search(before):
        return False
    said = {_NOT_DIGIT_RE.sub("", m) for m in PHONE_SHAPE_RE.findall(before)}
    return all(number in said for number in numbers)


_NOT_DIGIT_RE = re.compile(r"\D")


def sentence_before(text: str, at: int) -> str:
    """The sentence of `text` up to `at` (from the last 。 before it)."""
    return text[text.rfind("。", 0, at) + 1 : at]


def sentence_around(text: str, start: int, end: int, *, after: int | None = None) -> str:
    """The sentence of `text` (between 。s) that holds text[start:end]; with `after`, no
    more than that many characters after it."""
    first = text.rfind("。", 0, start) + 1
    last = text.find("。", end)
    last = last if last >= 0 else len(text)
    return text[first : last if after is None else min(last, end + after)]


def with_definition(lines: list[Line], index: int) -> str:
    """A <dt> with the <dd>s that follow it, as one text (「<dt>押印</dt><dd>不要</dd>」)."""
    parts = [lines[index].text]
    for line in lines[index + 1 : index + 4]:
        if line.kind != "dd":
            break
        parts.append(line.text)
    return " ".join(parts)


_IMAGE_URL_RE = fastre.compile(r"\.(?:png|jpe?g|gif|webp|svg)(?:[?#]|$)", re.IGNORECASE)


def mostly_links(lines: list[Line], links: list[Link]) -> set[int]:
    """Lines that are mostly the text of links to other pages (news lists, related links,
    a side menu's 「相談窓口(E-mail: …)」): what they say is about those pages."""
    chars: dict[int, int] = {}
    for link in links:
        if link.url.startswith("tel:"):
            continue  # 「<a href="tel:0788414132">078-841-4132</a>」: a number to call, no page
        if _IMAGE_URL_RE.search(link.url):
            continue  # a figure linked to its larger image (its alt text is the page's own)
        chars[link.line] = chars.get(link.line, 0) + len(link.text)
    return {i for i, n in chars.items() if i < len(lines) and n >= 0.6 * len(lines[i].text)}


# A 「関連情報」 list after the article links other pages, some of them other procedures'
# forms (「入湯税 月次申告フォーム(LoGoフォーム)」「…利子補給申請(電子申請)」): what its items
# say is about those pages, unless they name the form.
_RELATED_HEAD_RE = fastre.compile(
    # (「■6 関連リンク」: numbered like the page's other sections)
    # (「関連するお知らせ」: a news post's other posts)
    r"^[■●◆【\[]?\s?(?:\d{1,2}\.?\s?)?(?:関連(?:する)?(?:情報|リンク|ページ|記事|サイト|ワード|項目"
    r"|お知らせ|ドキュメント|文書|コンテンツ)"
    # (「このページを見ている人は」; やさしい日本語's 「この ページ を 見た 人 は」)
    r"|この\s?ページ\s?を\s?(?:見|み)(?:ている|た)\s?(?:人|ひと)"
    # (やさしい日本語's 「かんけい の ある きじ」)
    r"|(?:関係|かんけい)\s?(?:の|する)?\s?(?:ある)?\s?(?:記事|きじ|ページ|情報|じょうほう|リンク)"
    r"|Relat(?:ed|ionship) (?:links|pages|information|articles|posts|news|topics|content)"
    # (「People who viewed this page also viewed」「You may also be interested in」)
    r"|People who (?:viewed|read|visited|saw) this page|You (?:may|might) also)",
    re.IGNORECASE,
)
# A title line that ends such a list without a heading tag (「■様式」).
_MARKED_TITLE_RE = fastre.compile(r"^[■●◆【]")
# (「関連情報 / Related information」, 「People who viewed this page also viewed」, and with the
# Japanese in brackets: 「People who viewed this page also viewed (このページを見ている人は
# こんなページも見ています)」)
_MAX_RELATED_TITLE_CHARS = 80
# (やさしい日本語 writes the form's name in kana: 「きょうりょく かくにんしょ」)
FORM_KANA_NAME = r"きょうりょく\s?かくにん\s?しょ"
# 「協力確認書とは別の…」「…とは関係ありません」: words saying what follows is not about the form.
# (「協力確認書をだすこととはべつです」)
THE_FORM_SUBJECT = (
    # (「協力確認書の提出フォームとは別のフォームです」)
    rf"(?:協力確認書|{FORM_KANA_NAME})(?:の提出(?:用の?)?(?:フォーム|先)?|\s?を\s?(?:だす|出す|提出する)\s?こと)?"
)
NOT_THIS_FORM = (
    # (「…協力確認書の手続きとは別ですのでご注意ください」)
    rf"{THE_FORM_SUBJECT}(?:の\s?(?:手続き?|てつづき))?(?:と|とは)\s?"
    # (「ほかのおしらせ(協力確認書とはちがいます)」)
    r"(?:別|べつ|異なる|違う|ちがう|違い|ちがい|関係(?:の)?な|関係(?:は)?ありません)"
)
# (「…協力確認書とは別の手続きで、天白区役所 市民課(電話:…)で受け付けています」)
# (「This is a different procedure from the Cooperation Confirmation Form.」)
EN_NOT_THIS_FORM = (
    r"\b(?:separate|different) (?:procedure|matter) from the (?:Cooperation Confirmation|form\b)"
    # (「This is different from the Cooperation Confirmation Form.」)
    r"|\b(?:is|are) (?:different|separate) from the (?:Cooperation Confirmation|form\b)"
    # (「Other information (not about the Cooperation Confirmation Form)」)
    # (「Other information for employers (not about submission of the form)」)
    r"|\bnot (?:about|related to|part of) (?:the )?(?:submission of |submitting )?the"
    r" (?:Cooperation Confirmation|form\b)"
    # (「Related support (not the …)」「Other information (This is not the Cooperation …)」)
    r"|\((?:this is )?not (?:the|this) (?:Cooperation Confirmation|form\b)"
    # (「It … has nothing to do with the submission of this form.」)
    r"|\bnothing to do with (?:the )?(?:submission of |submitting )?(?:the|this)"
    r" (?:Cooperation Confirmation|form\b)"
    # (「…e-mail … at kokusai(at)…. This is a prefectural event; do not send the Cooperation
    # Confirmation Form to this address.」)
    r"|\b(?:do not|don't) send the (?:Cooperation Confirmation|form\b)[^.]{0,12}? to this"
    r" (?:address|number|e-?mail)\b"
    # (a machine translation's 「The "電子申請" of the menu … is a thing of the other procedure」)
    # (「The "電子申請" button on the top menu is the page of the other procedures.」)
    r"|\bis (?:a thing|one|the page) (?:of|for) (?:the )?(?:other|another|a different)"
    r" procedures?\b"
    # (「The related procedure (it is not the procedure of the city)」: another body's)
    r"|\bnot the procedure of the (?:city|town|village)\b"
    # (「The moving-in notification is a different procedure, handled by …」)
    # (with what it is different from, so that removing the words removes the form's name too)
    r"|\b(?<!form )(?<!document )(?<!letter )is a (?:different|separate) (?:procedure|matter)\b"
    r"(?: from the (?:Cooperation Confirmation(?: Form)?|form)\b)?"
)
NOT_THIS_FORM_RE = fastre.compile(rf"{NOT_THIS_FORM}|{EN_NOT_THIS_FORM}", re.IGNORECASE)
# A form just named is not for the form: 「協力確認書の提出はこのフォームではできません」「※この
# 申込フォームでは協力確認書を提出することはできません」「It cannot be used to submit the
# Cooperation Confirmation Form.」 (said of a class's or a festival's form).
NOT_FOR_THE_FORM_RE = fastre.compile(
    # (「(協力確認書の提出はこちらのフォームではできません)」)
    r"協力確認書[^。]{0,12}(?:この|こちらの)(?:フォーム|システム|ページ)(?:から|で|より)は?[^。]{0,10}"
    r"(?:でき|出来)ません"
    # (「…他の手続きのフォームや、下のイベントの申込フォームからは、協力確認書を提出できません」)
    r"|(?:手続き?|イベント|アンケート|申込み?)の?フォーム(?:や|、|から|では|は)[^。]{0,40}協力確認書を?"
    r"[^。]{0,6}提出(?:でき|出来)ません"
    r"|フォームでは協力確認書を提出することはできません"
    # (「※このフォームからは協力確認書は提出できません。」 under a seminar's sign-up form)
    r"|(?:この|こちらの)(?:フォーム|システム)(?:から|で|より)は、?\s?協力確認書(?:は|を)?[^。]{0,8}"
    r"(?:でき|出来)ません"
    # (「この回答フォームは調査専用です。協力確認書の提出には、上記(1)のフォームを…」)
    r"|^(?:この|その)\s?(?:回答)?フォームは[^。]{1,12}専用です"
    # (right after a survey's link: 「回答はこちらから(<a>…回答フォーム</a>)。協力確認書の提出
    # には使えません。」)
    r"|^\)?。?\s?協力確認書の提出には(?:使え|使用でき|利用でき|ご利用いただけ)ません"
    r"|\bcannot be used to submit the (?:Cooperation Confirmation|form\b)"
    # (「This form is only for the festival; do not use it to send the Cooperation …」)
    r"|\b[Tt]his form is (?:only|just) for\b"
    # (a neighbour's form: 「That form is for … Izumo City only and cannot be used for Ohda City」)
    r"|\b[Tt]hat form is (?:only )?for\b[^.]{0,60}\bcannot be used\b",
    re.IGNORECASE,
)
# Words naming the form or what it is about (「特定技能」, the kana name, English): a section,
# a link or a list item that has one is about the form.
FORM_WORDS_RE = fastre.compile(
    rf"協力確認書|(?<!資格)確認書|特定技能|{FORM_KANA_NAME}|とくていぎのう"
    r"|Cooperation Confirmation|Specified Skilled",
    re.IGNORECASE,
)


def related_lines(lines: list[Line], linked: set[int]) -> set[int]:
    """Indexes of the lines under a 「関連情報」 heading, up to the next heading as high or
    the next title line; under a line that only says 「関連情報」 (「■関連情報」, a table cell's
    「<b>Related information</b>」), the run of link lines (`linked`, from mostly_links) that
    follows it."""
    related: set[int] = set()
    level = 0
    heading_led = False
    for index, line in enumerate(lines):
        heading = line.kind == "h"
        # (a list item's mark is the item's: 「<li>【オンライン申請】…補助金</li>」 is a link)
        marked = line.kind != "li" and bool(_MARKED_TITLE_RE.match(line.text))
        titled = not heading and (line.title or marked)
        if level and ((heading or titled) and (titled or line.level <= level)):
            level = 0
        if level and not heading_led and index not in linked:
            level = 0
        if (
            not level
            and len(line.text) <= _MAX_RELATED_TITLE_CHARS
            and _RELATED_HEAD_RE.match(line.text)
        ):
            heading_led = heading
            level = line.level if heading and line.level else 6
            continue
        if level:
            related.add(index)
    return related


def select_lines(
    lines: list[Line], links: list[Link], indexes: list[int]
) -> tuple[list[Line], list[Link]]:
    """The lines at `indexes` (ascending) and the links on them, renumbered."""
    new_index = {old: new for new, old in enumerate(indexes)}
    kept_links = [
        Link(link.url, link.text, new_index[link.line], link.region)
        for link in links
        if link.line in new_index
    ]
    return [lines[i] for i in indexes], kept_links


_MAX_TITLE_CHARS = 40
# An image's alt text that only names the picture (「メール の え」「郵送のイラスト」「mail icon」):
# no words of the page; a method card's icon is not the method said.
_PICTURE_ALT_RE = fastre.compile(
    r"の\s?(?:え|絵|イラスト|アイコン|画像)$|(?i:\b(?:icon|illustration|picture|image)$)"
)
# A question in bold is a title however long it asks (「Q5 特定技能外国人を雇用します。協力
# 確認書はどこに、どのように提出すればよいですか。」): its answer is its section.
_MAX_QUESTION_TITLE_CHARS = 80


def _title_chars(text: str) -> int:
    """How long a bold paragraph can be and still title a section."""
    return _MAX_QUESTION_TITLE_CHARS if QUESTION_TITLE_RE.match(text) else _MAX_TITLE_CHARS


_BOLD_TAGS = frozenset({"strong", "b"})


def _all_bold(block: LexborNode) -> bool:
    """All of the block's text is in one <strong>, <b> or bold <span>."""
    inner = [
        node
        for node in block.iter(include_text=True)
        if node.tag != "-text" or (node.text(deep=False) or "").strip()
    ]
    if len(inner) != 1:
        return False
    node = inner[0]
    if node.tag in _BOLD_TAGS:
        return True
    style = (node.attributes.get("style") or "").replace(" ", "").lower()
    return node.tag == "span" and ("font-weight:bold" in style or "font-weight:700" in style)


class Walker:
    """Turns a subtree into Lines; block elements end lines, table cells share their row's."""

    def __init__(self, base_url: str | None, page: Page) -> None:
        self.base_url = base_url
        self.page = page
        self.buf: list[str] = []
        self.kinds: list[tuple[str, int]] = [("p", 0)]
        self.region = "content"
        self.pending_links: list[tuple[str, str]] = []
        self.stop_at_enquiry = False
        self.stopped = False
        # the titles an in-page table of contents links to (「・<a href="#kiji2">協力確認書の
        # 提出はお済みですか</a>」): the line that repeats one later is a section's title, though
        # it sits in a plain table cell with no heading tag: it is read as one
        self.contents: set[str] = set()
        self.in_contents = False  # the line being read holds such a link: it is the list's

    def flush(self) -> None:
        if not self.buf and not self.pending_links:
            return
        raw = "".join(self.buf)
        self.buf.clear()
        text = normalize(raw).strip() if not raw.isspace() else ""
        if text and len(self.page.lines) >= _MAX_LINES:
            self.page.warnings.append(f"page text cut after {_MAX_LINES} lines")
            self.stopped = True
            text = ""
        if text:
            kind, level = self.kinds[-1]
            if kind != "h" and self._listed_in_contents(text):
                kind, level = "h", _CONTENTS_LEVEL
            self.page.lines.append(Line(text, kind, level, self.region))
            index = len(self.page.lines) - 1
            for href, label in self.pending_links:
                self.page.links.append(Link(href, label, index, self.region))
        elif self.pending_links and self.page.lines:
            index = len(self.page.lines) - 1
            for href, label in self.pending_links:
                self.page.links.append(Link(href, label, index, self.region))
        self.pending_links.clear()
        self.in_contents = False

    def _listed_in_contents(self, text: str) -> bool:
        """True for a line an in-page table of contents of three or more links lists, when
        the line is not in the list itself."""
        return (
            len(self.contents) >= _MIN_CONTENTS_LINKS
            and not self.in_contents
            and squash(text) in self.contents
        )

    def walk(self, root: LexborNode, region: str) -> None:
        """The lines of `root`'s subtree."""
        self.region = region
        self._walk(root, 0)
        self.flush()

    def walk_nodes(self, nodes: list[LexborNode], region: str) -> None:
        """The lines of a run of sibling nodes, each read as a child would be (a bare text
        node or <br> between inline labels is part of an enquiry block too)."""
        self.region = region
        for node in nodes:
            if self.stopped:
                break
            self._visit(node, 0)
        self.flush()

    def _walk(self, node: LexborNode, depth: int) -> None:
        if depth > _MAX_DEPTH:
            if "deeply nested markup truncated" not in self.page.warnings:
                self.page.warnings.append("deeply nested markup truncated")
            return
        buf = self.buf
        for child in node.iter(include_text=True):
            if self.stopped:
                return
            if child.tag == "-text":  # most nodes: read here, without a call per node
                text = child.text(deep=False)
                if ENQUIRY_MARK in text:
                    self._text(text)
                else:
                    buf.append(text)
            else:
                self._visit(child, depth)

    def _text(self, text: str) -> None:
        if ENQUIRY_MARK in text:
            text = text.replace(ENQUIRY_MARK, "")
            if self.stop_at_enquiry:
                self.stopped = True
        self.buf.append(text)

    def _visit(self, child: LexborNode, depth: int) -> None:
        tag = child.tag
        if tag == "-text":
            self._text(child.text(deep=False))
            return
        if tag == "-comment" or tag is None:
            return
        if tag == "br":
            self.flush()
            return
        if tag == "img":
            alt = child.attributes.get("alt")
            if alt and not _PICTURE_ALT_RE.search(alt):
                self.buf.append(alt)
            return
        if tag in _CELL_TAGS:
            self.buf.append(" ")
            self._walk(child, depth + 1)
            self.buf.append(" ")
            return
        if tag == "a":
            self._link(child, depth)
            return
        if tag == "pre":
            self._preformatted(child, depth)
            return
        # an accordion's trigger (「<button aria-controls="a15">…引っ越してきました。…か。
        # </button>」) titles its panel, as a <summary> does
        # (not one inside a heading, which titles it already)
        accordion = (
            tag == "button" and self.kinds[-1][0] != "h" and "aria-controls" in child.attributes
        )
        if tag in _BLOCK_TAGS or tag in HEADING_LEVEL or accordion:
            self.flush()
            level = HEADING_LEVEL.get(tag, 0)
            kind = "h" if level else (tag if tag in ("li", "tr", "dt", "dd") else "p")
            pushed = kind != "p" or self.kinds[-1][0] in ("h",)
            if pushed:
                self.kinds.append((kind, level))
            first = len(self.page.lines)
            self._walk(child, depth + 1)
            self.flush()
            if tag == "tr" and len(self.page.lines) > first and len(row_cells(child)) > 1:
                self.page.lines[first].row_start = True
            if (
                tag == "summary"
                or accordion
                or (
                    len(self.page.lines) == first + 1
                    and len(self.page.lines[first].text)
                    <= _title_chars(self.page.lines[first].text)
                    and tag in ("p", "div")
                    and _all_bold(child)
                )
            ):
                for line in self.page.lines[first:]:
                    line.title = True
            if pushed:
                self.kinds.pop()
            return
        start = len(self.buf)
        self._walk(child, depth + 1)
        # two elements' English words with nothing between (「<span>Post</span><strong>Post
        # </strong>」, a badge and its title) are two words, as the page shows them
        if 0 < start < len(self.buf):
            before, first = self.buf[start - 1][-1:], self.buf[start][:1]
            if before.islower() and first.isupper():  # (full-width letters too: ＰｏｓｔＰｏｓｔ)
                self.buf.insert(start, " ")

    def _preformatted(self, node: LexborNode, depth: int) -> None:
        """A <pre>'s lines (see preformatted_lines), each link on the line that shows it."""
        self.flush()
        self._walk(node, depth + 1)
        raw = "".join(self.buf)
        self.buf.clear()
        links, self.pending_links = self.pending_links, []
        lines = self.page.lines
        first = len(lines)
        for text in preformatted_lines(raw):
            self.buf.append(text)
            self.flush()
        for href, label in links:
            if len(lines) == first:
                break
            index = next(
                (i for i in range(first, len(lines)) if label and label in lines[i].text),
                len(lines) - 1,
            )
            self.page.links.append(Link(href, label, index, self.region))

    def _link(self, node: LexborNode, depth: int) -> None:
        href = (node.attributes.get("href") or "").strip()
        start = len(self.buf)
        self._walk(node, depth + 1)
        label = normalize("".join(self.buf[start:])).strip()
        if href.startswith("#") and len(href) > 1 and label:
            self.contents.add(squash(label))
            self.in_contents = True
        if not href or href.startswith(("#", "javascript:")):
            return
        if href.lower().startswith("mailto:"):
            address = href[7:].split("?", 1)[0].strip()
            if address and address.lower() not in normalize(label).lower():
                self.buf.append(f" ({address})")
            return
        try:  # a malformed href or base (「http://[oops」) loses the link, not the page
            url = urljoin(self.base_url, href) if self.base_url else href
            urlsplit(url)
        except ValueError:
            return
        self.pending_links.append((url, label))


# A line of preformatted text that ends its sentence (「。」「)」), or one that starts a new
# item (「(2)電子メール」「※…」「・…」「2 終了する方法」).
_PRE_LINE_END_RE = fastre.compile(r"[。.!?)」』】:]\s*$")
_PRE_ITEM_START_RE = fastre.compile(
    r"^\s*(?:[・●○◆◇■□◎※*\-【\[〒]|[①-⑳]|\(\d{1,2}\)|\d{1,2}[\s.)]|(?:電話|TEL|FAX|E?-?mail)\b)"
)


_PRE_LABEL_CHARS = 12
_PRE_RULE_RE = fastre.compile(r"^[-=_*~━─―＝]{3,}$")


def preformatted_lines(raw: str) -> list[str]:
    """The lines of a <pre>'s text (a letter pasted as it was typed): each of its lines, but a
    line wrapped in mid-sentence (「ファクスによる提出は、…をもって」「終了します。」) is joined
    with the next."""
    lines: list[str] = []
    joining = False
    last = ""
    for piece in normalize(raw).split("\n"):
        text = piece.strip()
        if not text or _PRE_RULE_RE.match(text):  # (「------」 parts the letter like a blank)
            joining = False
            continue
        if joining and not _PRE_ITEM_START_RE.match(text):
            # (Japanese wrapped in mid-sentence runs on; a short label keeps its space:
            # 「(2)電子メール 送信先 …」)
            wrapped = len(last) > _PRE_LABEL_CHARS and not last[-1].isascii()
            lines[-1] += text if wrapped and not text[0].isascii() else f" {text}"
        else:
            lines.append(text)
        last = text
        joining = not _PRE_LINE_END_RE.search(lines[-1])
    return lines


def row_cells(row: LexborNode) -> list[str]:
    """The tags of a table row's cells, in order (「td」「th」): a layout table's one-cell rows
    hold whole sections; a row of 「th」 cells names columns."""
    return [cell.tag for cell in row.iter() if cell.tag in ("td", "th")]


def same_site(url: str, base: str | None) -> bool:
    """True when `url` is on the page's own host (or relative)."""
    try:
        host = urlsplit(url).netloc.lower()
        base_host = urlsplit(base).netloc.lower() if base else ""
    except ValueError:
        return False
    return host in ("", base_host) if base else not host
