"""Online-form URLs and downloadable templates (様式/記載例) linked from the content."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .. import fastre
from ..models import Template
from .content import Line, Link, same_site
from .page import (
    FORM_WORDS_RE,
    NOT_FOR_THE_FORM_RE,
    NOT_THIS_FORM_RE,
    OLD_FORM_BEFORE,
    OTHER_PROCEDURE_RE,
    mostly_links,
    related_lines,
    sentence_around,
    sentence_before,
)

# Hosts of the form systems municipalities use (LoGoフォーム, e-tumo/電子申請, スマート申請,
# GovTech Graffer, Microsoft/Google Forms, kintone, s-kantan, Questant …).
_FORM_HOST_RE = fastre.compile(
    r"(?:^|\.)(?:logoform\.jp|e-tumo\.jp|graffer\.jp|forms\.office\.com|forms\.microsoft\.com"
    r"|forms\.gle|kintoneapp\.com|smart-apply\.jp|s-kantan\.jp|s-kantan\.com|qooker\.jp"
    r"|questant\.jp|form\.run|formrun\.jp|tayori\.com|lgpos\.jp|task-asp\.net|harp\.lg\.jp"
    r"|form-mailer\.jp|formzu\.net|elg-front\.jp|surveymonkey\.com|jotform\.com|typeform\.com"
    r"|zohopublic\.(?:com|jp)|oss\.myna\.go\.jp)$"
    r"|(?:^|\.)[a-z-]*shinsei[a-z-]*\.|^apply\.|^form\.|^forms\."
)
# マイナポータル's ぴったりサービス: the one go.jp host that takes municipal applications.
_NATIONAL_FORM_HOSTS = ("oss.myna.go.jp",)
_NOT_FORM_HOST_RE = fastre.compile(r"(?:^|\.)go\.jp$|(?:^|\.)moj\.go\.jp$")
_FORM_TEXT_RE = fastre.compile(
    r"提出フォーム|オンライン入力|入力フォーム|申請フォーム|回答画面|回答フォーム|電子申請|オンライン申請"
    r"|オンラインで提出|Web\s?フォーム|WEB\s?フォーム|ウェブフォーム|専用フォーム|フォームから|フォームはこちら"
    r"|LoGo\s?フォーム|ロゴフォーム|スマート申請|申請はこちら|提出はこちら|入力はこちら",
    re.IGNORECASE,
)
_SENTENCE_END_RE = fastre.compile(r"[。!?]|[.!?]\s")


def _another_matters_label(before: str) -> bool:
    """The words before a bare URL name another matter's form: a survey's, an event's, or
    another procedure's (「Japanese class for foreign residents (にほんご教室) application:
    https://…」), not the form's."""
    if _NOT_FORM_TEXT_RE.search(before):
        return True
    label = _SENTENCE_END_RE.split(before)[-1]
    return bool(OTHER_PROCEDURE_RE.search(label)) and not FORM_WORDS_RE.search(label)


_NOT_FORM_TEXT_RE = fastre.compile(
    r"問い合わせ|問合せ|お問合わせ|メールフォーム|ご意見|アンケート"
    r"|セミナー|説明会|研修会|講座|イベント|参加申込|受講申込"  # an event's sign-up form
    r"|申込フォーム|申し込みフォーム|申込み?は|お申し?込み"
    r"|登録フォーム|配信の登録|配信登録"  # a mailing list's sign-up form
    r"|とうろく\s?フォーム"  # (やさしい日本語: 「ぼうさい メール の とうろく フォーム」)
    r"|登録申込|ボランティア|[Vv]olunteer"  # (「日本語ボランティア登録申込(…)」)
    r"|[Rr]egistration form|[Ss]ign[- ]?up|[Ii]nquiry form|[Cc]ontact form|[Ss]urvey"
    r"|[Qq]uestionnaire|[Ss]eminar"  # the same on an English page
    r"|[Ww]orkshop|[Bb]ooking|[Rr]eservation"  # (「The karamushi weaving workshop booking」)
    r"|手続き?一覧|[Ll]ist of (?:procedures|services)"  # a form system's list of procedures
    # (a form system's account page: 「利用者登録・ログインのページ」)
    r"|利用者登録・ログイン|ログインのページ|ログインページ|[Ll]og ?in page"
)
# A sign-up form, wherever the words sit on its line (「申込フォーム(Microsoft Forms):<a>…」).
_SIGNUP_RE = fastre.compile(
    # (「…ボランティアを募集しています。応募はLoGoフォーム(https://…)から」)
    r"参加申込|受講申込|申込フォーム|申し込みフォーム|申込み?は|お申し?込み|申込方法|応募"
)
_FORM_CONTEXT_RE = fastre.compile(
    r"協力確認書|確認書|提出|フォーム|入力|回答|送信|こちら|QR|二次元|LoGo|e-?tumo|スマート申請|Forms"
    r"|でんししんせい|だす|だして"  # やさしい日本語 (「でんししんせいで だす」)
    r"|で出す|で出せ"  # (「インターネットで出す(外部サイト)」)
    r"|(?:で|から)申請(?:する|できます)"  # (「ふくい電子申請サービスで申請する」)
    r"|\b[Ss]ubmi|\b[Oo]nline\b|\b[Aa]pplication\b|\b[Ff]orm\b",
    re.I,
)
# The address of one form on a form system, not its portal's list of procedures.
_ONE_FORM_URL_RE = fastre.compile(r"tempSeq=|offerList_detail|/form/|/f/|/procedures/|/forms/d/")
_PORTAL_TEXT_RE = fastre.compile(
    r"^(?:電子申請(?:サービス)?|(?:Electronic|Online|e-?) ?[Aa]pplications?(?: [Ss]ervice)?)"
    r"(?:\s?\([^()]{1,12}\))?$"  # (「e-Application (電子申請)」)
)
# (「しがネット受付サービス(電子申請)」: the system's name, a menu's link to its top)
# (「…on the City's Graffer top page (https://…)」)
# (「町の電子申請で受け付けている手続きの一覧はこちら(…)から」)
_PORTAL_WORDS = r"トップページ|(?:手続き?|申請)の?一覧|(?i:\btop page\b)"
_PORTAL_PAGE_RE = fastre.compile(
    rf"{_PORTAL_WORDS}|(?:サービス|システム)\s?\(電子申請\)$|(?i:\btop page\b)"
)
# … or the words right after a link naming the system (「「<a>いばらき電子申請・届出サービス</a>」
# のトップページで、手続き番号…を検索し」)
_PORTAL_AFTER_RE = fastre.compile(rf"[」』]?\s?の\s?(?:{_PORTAL_WORDS})")


# A system the sentence says does not take the form: 「(https://…)には、協力確認書の手続きは
# ありません」.
_NOT_HERE_AFTER_RE = fastre.compile(
    r"[^。]{0,4}(?:には|では)、?[^。]{0,30}(?:ありません|ございません|できません)"
)
# … or the words right before a bare URL: 「…サービスのトップページ(https://…)」.
# (English names the system between: 「…is at the top page of the smart application
# (https://…)」)
_PORTAL_BEFORE_RE = fastre.compile(
    # (「…サービスのトップページは<a>こちら(外部サイト)</a>です」)
    rf"(?:{_PORTAL_WORDS})\s?(?:[(:]|は、?)?\s?$|(?i:\btop page of\b[^.()]{{0,40}}\(\s?$)"
    # (「Other online procedures of the city are listed on Yame City's Graffer page: https://…」)
    r"|(?i:\bother (?:online )?(?:procedures|applications)\b[^.]{0,30}\blisted\b[^.]{0,40}:?\s?$)"
)
_PORTAL_BEFORE_CHARS = 90  # (「Other online procedures of the city are listed on …: https://…」)


def _near_link(line_text: str, link_text: str) -> str:
    """The link's words with the sentence they stand in and the next one (a one-paragraph
    page's line can say, sentences later, that a survey's form 「…には使えません」)."""
    at = line_text.find(link_text) if link_text else -1
    if at < 0:
        return f"{link_text} {line_text}"
    end = line_text.find("。", at + len(link_text))  # (the end of the words' own sentence)
    return f"{link_text} {sentence_around(line_text, at, end + 1 if end >= 0 else len(line_text))}"


def _around_link(line_text: str, link_text: str) -> tuple[str, str]:
    """The few words the line says right before the link's words and all it says after them
    (both "" when the words are not in it)."""
    at = line_text.find(link_text) if link_text else -1
    if at < 0:
        return "", ""
    return line_text[max(0, at - _PORTAL_BEFORE_CHARS) : at], line_text[at + len(link_text) :]


# (「(4) 電子申請:北海道電子自治体共同システムで申請する」: an item's number before it)
_ONLINE_LABEL_RE = fastre.compile(
    r"^(?:[・●■◆○]|\(?\d{1,2}[.)]|[①-⑳])?\s?(?:電子申請|オンライン申請|オンライン)\s?:"
)
_BARE_URL_RE = fastre.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+")

_TEMPLATE_EXTS = frozenset(
    {"docx", "xlsx", "pdf", "doc", "xls", "odt", "ods", "xlsm", "rtf", "jtd"}  # jtd: 一太郎
)
_QUERY_FILE_RE = fastre.compile(r"\.([a-z]{3,4})(?:&|$)")
# A filled-in example: 記載例, 記入見本, やさしい日本語's 「かきかた の れい」.
_FILLED_EXAMPLE = (
    r"記載例|記入例|記入見本|記載見本|かきかた\s?の?\s?(?:れい|みほん)"
    r"|(?:きにゅう|きさい)\s?(?:れい|の\s?れい|みほん)"  # 「きにゅうれい [PDF…]」
)
# (a 委任状 offered for filing the form through an agent is one of its files to fill in)
_TEMPLATE_TEXT_RE = fastre.compile(
    rf"様式|{_FILLED_EXAMPLE}|協力確認書|書式|ひな形|ひながた|テンプレート|委任状"
    r"|きょうりょく\s?かくにんしょ|ようしき"  # やさしい日本語
    r"|\b[Ff]orm\b|[Ee]xample|[Tt]emplate|[Ss]ample|Confirmation of Cooperation"
    r"|(?i:cooperation confirmation|confirmation letter|letter format|\bformat\b)"
)
# Files about the form that are not the form: guides, flyers, Q&A.
_NOT_TEMPLATE_RE = fastre.compile(
    r"Q\s?&\s?A|よくある質問|案内|チラシ|リーフレット|パンフレット|ガイド|概要|手引|お知らせ|一覧"
    r"|についての説明|の説明|解説|せつめい|てびき"  # 「協力確認書についての説明(やさしい日本語)」
    r"|ちらし|ようしき\s?では\s?ありません"  # 「ちらし(…)(ちらしです。ようしきではありません)」
    r"|しおり|ハンドブック|[Hh]andbook"  # 「外国人を雇用する事業者のためのしおり」
    # (「いわて電子申請サービス 操作手順書(協力確認書の提出)」: how to use the system)
    # (「電子申請の操作手順(協力確認書の提出)[PDF/845KB]」)
    r"|手順書|操作方法|操作説明|操作手順|マニュアル|[Mm]anual"
    r"|FAQ|[Gg]uide|[Ll]eaflet|[Ff]lyer|[Oo]verview"
    # (「報道発表資料 協力確認書の電子申請受付開始について」)
    r"|報道発表|記者発表|プレスリリース|[Pp]ress release"
    # (a notice: 「特定技能所属機関の皆さまへ(協力確認書の提出のお願い)[PDFファイル/312KB]」)
    r"|のお願い|皆(?:さま|様)へ"
    # (a newsletter's page: 「2ページ(協力確認書・資格確認書・日本語教室)」「広報…6月号」)
    r"|^(?:P\.?\s?)?\d{1,2}(?:[-~・]\d{1,2})?(?:ページ|面)|\d月号"
    # (「(参考)協力確認書 英語訳 Cooperation Confirmation Form」: a translation to read)
    r"|語訳|参考訳|翻訳|参考資料|[Rr]eference translation"
    # (「協力確認書の提出の流れ(図1から図4をまとめたもの)[PDFファイル/512KB]」: the steps drawn)
    r"|の流れ|図解|フロー図"
)
# … or a remark right after the link says so: 「<a>…しおり (PDF 2.3MB)</a>(制度の案内です。提出する
# 様式ではありません)」
_NOT_TEMPLATE_REMARK_RE = fastre.compile(
    r"\s?\([^()]{0,30}(?:様式|ようしき|書式)\s?では\s?(?:ありません|ない)"
)
# A file named so is a template wherever it is linked (even inside the enquiry block).
_TEMPLATE_STRONG_RE = fastre.compile(
    rf"様式|{_FILLED_EXAMPLE}|書式|ひな形|テンプレート|[Tt]emplate"
)
_SIZE_SUFFIX_RE = fastre.compile(
    r"\s?[\(\[<【]\s?(?:Word|Excel|PDF|ワード|エクセル|一太郎|docx?|xlsx?|odt|ods|jtd|ファイル|形式)[^\)\]>】]{0,30}"
    r"[\)\]>】]|\s?[\(\[<【]\s?\d[\d.,]*\s?(?:KB|MB|キロバイト|バイト|B)[\)\]>】]"
    r"|\s?(?:\(外部リンク\)|\(外部サイト\)|\(新しいウィンドウで開きます\)|\(別ウィンドウ\)|別ウィンドウで開きます)",
    re.IGNORECASE,
)


@dataclass
class LinkResult:
    form_urls: list[str] = field(default_factory=list)
    templates: list[Template] = field(default_factory=list)
    form_evidence: list[str] = field(default_factory=list)
    template_evidence: list[str] = field(default_factory=list)


def is_form_host(url: str) -> bool:
    """True for a URL on a known online-form system (never a go.jp information page)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if not host or (_NOT_FORM_HOST_RE.search(host) and not host.endswith(_NATIONAL_FORM_HOSTS)):
        return False
    if host == "docs.google.com":
        return parts.path.startswith("/forms")
    return bool(_FORM_HOST_RE.search(host))


def _extension(url: str) -> str | None:
    """The file type of a link: its path's extension, or a download script's file name
    (「dl.php?file=kyoryoku.xlsx」)."""
    parts = urlsplit(url)
    path = parts.path.lower()
    ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    if ext not in _TEMPLATE_EXTS and parts.query:
        found = _QUERY_FILE_RE.search(parts.query.lower())
        ext = found.group(1) if found else ""
    return ext if ext in _TEMPLATE_EXTS else None


_SURVEY_RE = fastre.compile(r"調査|アンケート|(?i:survey|questionnaire)")


def _survey_sentence(line_text: str, at: int) -> bool:
    """The link's sentence, up to the link, is about a survey and names not the form."""
    sentence = sentence_before(line_text, at)
    return bool(_SURVEY_RE.search(sentence)) and not FORM_WORDS_RE.search(sentence)


_IMAGE_EXTS = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")


def _is_image(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(_IMAGE_EXTS)


def clean_label(text: str) -> str:
    """A link label without the 「(Word:20KB)」「(外部リンク)」 decorations."""
    previous = None
    while previous != text:
        previous = text
        text = _SIZE_SUFFIX_RE.sub("", text).strip()
    return text


def _is_form_link(link: Link, base: str | None, context: str, line_text: str = "") -> bool:
    """A link to an online form for this form: a form host with words around it that say so
    (a bare 「電子申請」 in a menu is the portal), or link text saying it is the submission form
    on another site or at a form address of the city's own."""
    if link.region != "content" or _NOT_FORM_TEXT_RE.search(link.text):
        return False
    if "もうしこみ" in link.text and not FORM_WORDS_RE.search(link.text):
        return False  # 「にほんご きょうしつ の もうしこみ(LoGoフォーム)」: a sign-up
    host = (urlsplit(link.url).hostname or "").lower()
    if not host and not base:
        return False
    national = _NOT_FORM_HOST_RE.search(host) and not host.endswith(_NATIONAL_FORM_HOSTS)
    if national or not urlsplit(link.url).scheme.startswith("http"):
        return False
    if is_form_host(link.url):
        before, after = _around_link(line_text, link.text)
        portal = (
            _PORTAL_TEXT_RE.match(link.text)
            or _PORTAL_PAGE_RE.search(link.text)
            or _PORTAL_AFTER_RE.match(after)
            # (「…サービスのトップページ(<a>https://…/top</a>)で「協力確認書」を検索しても」)
            or _PORTAL_BEFORE_RE.search(before)
        )
        if portal and not _ONE_FORM_URL_RE.search(link.url):
            # a menu's 「Electronic Application」 to the portal's top, or 「あいち電子申請・届出
            # システム(新城市)のトップページ」 where a procedure number is to be searched
            return False
        # 「電子申請:埼玉県電子申請・届出サービス」 to one form (not the portal's list) is it too
        specific = _ONE_FORM_URL_RE.search(link.url) and _ONLINE_LABEL_RE.match(line_text)
        return bool(_FORM_CONTEXT_RE.search(context) or specific)
    if not _FORM_TEXT_RE.search(link.text) or _extension(link.url) or _is_image(link.url):
        return False  # (「LoGoフォーム二次元コード[PNG/3KB]」: the QR code's picture)
    # on the city's own site only a form named as one, at a form address (/form/…, form.php):
    # the same words on a link to the site's e-application guide page are not a form
    own_form = "フォーム" in link.text and "form" in urlsplit(link.url).path.lower()
    return own_form or not same_site(link.url, base)


# An old version kept for reference (「(参考)協力確認書(旧様式・令和7年3月版)」
# 「【旧様式・使用不可】」), a reference translation (「ベトナム語参考訳」), or a guide the line
# says is 'not the form', is not a file to fill in now.
_OLD_VERSION_RE = fastre.compile(
    r"旧様式|旧書式|旧版|改正前|改定前|使用不可|使用できません|使えません|\(旧\)|参考訳"
    # (「(参考)令和7年度版 協力確認書 ※提出先が旧担当課になっています」)
    r"|\(参考\)\s?(?:令和|平成)?\d{1,2}年度版|旧担当課"
    # (「協力確認書 インドネシア語訳(参考・提出には日本語の様式をお使いください)」)
    r"|語訳\s?\(参考|語版\s?[・(]\s?参考"  # (「協力確認書(英語版・参考)」)
    r"|英訳"  # (「Cooperation Confirmation Form(英訳・参考)」)
    # やさしい日本語: 「ふるい ようしき ※ もう つかえません」「ようしきのベトナム語やく(さんこう)」
    r"|ふるい\s?ようしき|つかえません|語\s?やく|\(さんこう\)|さんこう\s?(?:の\s?)?やく"
    # (「協力確認書 えいご やく(さんこう です。これ で は だせません)」)
    r"|(?:えいご|ちゅうごくご|ごくご)\s?やく|さんこう\s?です|だせません"
    # (「Cooperation Confirmation Form - English reference version (PDF 120KB)」)
    r"|(?i:\(reference\)|translation|cannot be submitted|\bnot (?:the|a) form\b"
    # (「English version (reference only / 提出には使えません)」)
    r"|\breference (?:version|copy)\b|\breference only\b"
    # (「English version of the form (for reference; please submit the Japanese form)」)
    r"|\(for reference\b"
    # (「Cooperation Confirmation Form, English reference[PDF形式/88KB]」)
    r"|\b(?:English|Chinese|Vietnamese|Portuguese|Spanish) reference\b)"
    r"|[Rr]eference translation"
)


# 「協力確認書(旧様式)(旧様式も引き続き使用できます。)」: an old version still to be used
_STILL_USABLE_RE = fastre.compile(
    r"引き続き(?:ご)?(?:使用|利用)(?:できます|可能|いただけます)|(?:も|でも)(?:ご)?(?:使用|利用)(?:できます|可能です)"
)


_UNUSABLE_RE = fastre.compile(r"使用不可|使用できません|使えません")
_REMARK_CHARS = 40
_REMARK_LINE_CHARS = 60
_REMARK_LINES_BACK = 4


def _remark_after(lines: list[Line], index: int, marks: tuple[str, ...] = ("※", "(", "注")) -> str:
    """The remark on the line after a file's, or its first sentence when long (「※旧様式も
    引き続き使用できます。新しい様式は、…」); "" when the next line is no remark."""
    if 0 <= index + 1 < len(lines):
        text = lines[index + 1].text
        if text.startswith(marks):
            return text if len(text) <= _REMARK_CHARS else text.split("。", 1)[0]
    return ""


_REFERENCE_RE = fastre.compile(r"^\s?[(【\[]?参考[)】\]]")


def _reference_remark(lines: list[Line], link: Link) -> str:
    """For a file kept 「(参考)」, the ※ remark under it (「※参考として掲載しています。現在は
    使用できません。」); a remark under another file may be about the one after it."""
    if not _REFERENCE_RE.match(link.text):
        return ""
    return _remark_after(lines, link.line, ("※",))


def _remarks_around(lines: list[Line], index: int) -> str:
    """The remark on the line after a file's (「※旧様式も引き続き使用できます。」), and the
    sentence before it under its heading (「<h3>旧様式</h3><p>旧様式も当面の間、引き続き使用
    できます。…</p><p>協力確認書 旧様式(Word)</p>」)."""
    remarks = [_remark_after(lines, index)]
    # (not another item's ※ remark: 「<li>…旧様式…<br>※…引き続き使用できます。</li>」 over
    # 「<li>協力確認書 英語参考訳</li>」; a paragraph 「※…次の旧様式も、引き続き使用できます。」
    # over the list leads to it)
    previous = lines[index - 1] if 1 <= index < len(lines) else None
    if (
        previous
        and previous.kind != "h"
        and not (previous.kind == "li" and previous.text[:1] == "※")
    ):
        # (a short line whole: 「令和7年11月4日に様式を更新しました。なお、旧様式も引き続き使用
        # できます。」)
        before = previous.text
        remarks.append(before if len(before) <= _REMARK_LINE_CHARS else before.split("。", 1)[0])
    # (and the paragraph over the table of files, under the same heading: 「…改定前のWord形式の
    # 様式も、令和8年度中は引き続き使用できます。」 then 「様式 | ファイル」 and the rows)
    for line in reversed(lines[max(0, index - _REMARK_LINES_BACK) : max(0, index - 1)]):
        if line.kind == "h":
            break
        if line.kind == "p":
            remarks.append(line.text)
            break
    return " ".join(remarks)


# The immigration application's own documents, whose 参考様式 the national pages publish too.
_OTHER_DOCUMENT_RE = fastre.compile(
    r"雇用条件書|雇用契約書|支援計画書|報酬に関する説明書|履歴書|誓約書|申請書|届出書"
)


def _another_document(text: str) -> bool:
    """Link text naming another document (「雇用条件書(参考様式第1-6号)(Excel:58KB)」), not
    the form."""
    return bool(_OTHER_DOCUMENT_RE.search(text)) and not _THE_FORM_RE.search(text)


_THE_FORM_RE = fastre.compile(r"確認書|かくにんしょ|(?i:cooperation|confirmation)")


def _names_no_template(text: str) -> bool:
    """Link text naming a guide, flyer or Q&A (and not a 様式 or 記載例)."""
    return bool(_NOT_TEMPLATE_RE.search(text)) and not _TEMPLATE_STRONG_RE.search(text)


_OLD_FORM_BEFORE_RE = fastre.compile(OLD_FORM_BEFORE)


def _after_old_form(text: str, at: int) -> bool:
    """What comes at `at` in `text` is the old form's address, by its sentence so far."""
    return bool(_OLD_FORM_BEFORE_RE.search(sentence_before(text, at)))


def _disowned_by_next(lines: list[Line], index: int) -> bool:
    """The line after `index` says the form there is not for this one (「It cannot be used to
    submit the Cooperation Confirmation Form.」「この回答フォームは調査専用です。」)."""
    return index + 1 < len(lines) and bool(NOT_FOR_THE_FORM_RE.search(lines[index + 1].text))


def _another_procedures_link(text: str) -> bool:
    """A related link's text that does not name the form, or names another procedure and not
    the form itself (「特定技能外国人 住まい確保支援補助金の申請(電子申請)」)."""
    if not FORM_WORDS_RE.search(text):
        return True
    return bool(OTHER_PROCEDURE_RE.search(text)) and "確認書" not in text


def extract_links(
    lines: list[Line], links: list[Link], base: str | None, embedded: list[str] | None = None
) -> LinkResult:
    """Form URLs (links with words saying submit, bare URLs, embedded forms) and templates."""
    out = LinkResult()
    # a file some link names a flyer or guide is one, even through its 「ダウンロード」 button
    not_templates = {link.url for link in links if _names_no_template(link.text)}
    related = related_lines(lines, mostly_links(lines, links))
    # 「旧様式(押印欄のあるもの)も引き続き使用できます」 said anywhere on the page (under 注意事項,
    # far from the file)
    old_still_usable = any(
        "旧様式" in line.text and _STILL_USABLE_RE.search(line.text) for line in lines
    )
    for link in links:
        line_text = lines[link.line].text if 0 <= link.line < len(lines) else ""
        ext = _extension(link.url)
        if ext:
            context = link.text + " " + line_text
            # (a file whose own words refuse it, 「…英語版(参考・提出には使用できません)」,
            # whatever a remark nearby says of another: 「※令和7年版の様式も、引き続き使用
            # できます」)
            unusable = bool(_UNUSABLE_RE.search(link.text))
            if (
                _TEMPLATE_TEXT_RE.search(context)
                and (link.region == "content" or _TEMPLATE_STRONG_RE.search(link.text))
                and link.url not in not_templates
                and not _another_document(link.text)
                and not _NOT_TEMPLATE_REMARK_RE.match(_around_link(line_text, link.text)[1])
                and (
                    not _OLD_VERSION_RE.search(
                        _near_link(line_text, link.text) + " " + _reference_remark(lines, link)
                    )
                    or (
                        not unusable
                        and _STILL_USABLE_RE.search(
                            context + " " + _remarks_around(lines, link.line)
                        )
                    )
                    or (old_still_usable and "旧様式" in link.text and not unusable)
                )
            ):
                label = clean_label(link.text) or clean_label(line_text)[:60]
                if all(t.url != link.url for t in out.templates):
                    out.templates.append(Template(url=link.url, format=ext, label=label))
                    out.template_evidence.append(link.text or line_text)
            continue
        context = " ".join(ln.text for ln in lines[max(0, link.line - 2) : link.line + 1])
        if _SIGNUP_RE.search(line_text):
            continue
        if link.line in related and _another_procedures_link(link.text):
            continue
        if OTHER_PROCEDURE_RE.search(link.text) and not FORM_WORDS_RE.search(link.text):
            continue  # 「Japanese class registration (LoGoフォーム)」: another matter's form
        # (or the line after it: 「Festival booth application (Google Forms)」 then 「… It cannot
        # be used to submit the Cooperation Confirmation Form.」)
        after = lines[link.line + 1].text if link.line + 1 < len(lines) else ""
        # (or its own line after it: 「<a>Booth application form (LoGoフォーム)</a>. This form is
        # only for the festival; …」)
        if (
            NOT_THIS_FORM_RE.search(f"{context} {after}")
            or _disowned_by_next(lines, link.line)
            or NOT_FOR_THE_FORM_RE.search(_around_link(line_text, link.text)[1])
        ) and not FORM_WORDS_RE.search(link.text):
            continue  # 「…とうろくしてください。協力確認書をだすこととはべつです。」 then the link
        # (the link's words last in its line: 「Googleフォームから…に切り替えました。これまで
        # 利用していた<a>Googleフォーム</a>での受付は…終了しました」)
        at = line_text.rfind(link.text) if link.text else -1
        if at > 0 and _after_old_form(line_text, at):
            continue  # 「これまでのGoogleフォーム(<a>https://…</a>)による受付は…終了しました」
        if link.text.startswith("http") and _another_matters_label(line_text[: max(at, 0)]):
            continue  # 「Answer the survey (LoGoフォーム): <a>https://…</a>」: its words before it
        if at > 0 and _survey_sentence(line_text, at):
            continue  # 「回答は、同封の調査票を郵送するか、<a>回答フォーム</a>から…」
        if _is_form_link(link, base, link.text + " " + context, line_text):
            url = link.url.strip()
            if url not in out.form_urls:
                out.form_urls.append(url)
                out.form_evidence.append(f"{link.text} ({url})" if link.text else url)
    for url in embedded or []:
        if is_form_host(url) and url not in out.form_urls:
            out.form_urls.append(url)
            out.form_evidence.append(f"埋め込みフォーム ({url})")
    for index, line in enumerate(lines):
        if line.region != "content" or "http" not in line.text:
            continue
        if _NOT_FORM_TEXT_RE.search(line.text) or _SIGNUP_RE.search(line.text):
            continue
        before = " ".join(ln.text for ln in lines[max(0, index - 2) : index])
        if _NOT_FORM_TEXT_RE.search(before) and not FORM_WORDS_RE.search(line.text):
            continue  # 「◆…アンケートにご協力ください」「…」 then 「回答フォーム:https://…」
        if _disowned_by_next(lines, index) and not FORM_WORDS_RE.search(line.text):
            continue  # 「回答フォーム:https://…」 then 「この回答フォームは調査専用です。…」
        for m in _BARE_URL_RE.finditer(line.text):
            url = m.group().rstrip(".,)")
            if _after_old_form(line.text, m.start()):
                continue  # 「これまでのフォーム(https://…)は受付を停止しています」
            if _another_matters_label(line.text[: m.start()]):
                continue  # 「Japanese class … application: https://…」
            if NOT_FOR_THE_FORM_RE.search(line.text, m.end()):
                continue  # 「…(https://…). That form is for … only and cannot be used for …」
            if _NOT_HERE_AFTER_RE.match(line.text, m.end()):
                continue  # 「ぐんま電子申請受付システム(https://…)には、協力確認書の手続きは…」
            if _PORTAL_BEFORE_RE.search(
                line.text, max(0, m.start() - _PORTAL_BEFORE_CHARS), m.start()
            ):
                continue  # 「…電子申請サービスのトップページ(https://…)で「八重瀬町」を選び」
            after = line.text[m.start() + len(url) :].lstrip(")")
            if _PORTAL_AFTER_RE.match(after) and not _ONE_FORM_URL_RE.search(url):
                continue  # 「いわて電子申請サービス(https://…)のトップページには、…掲載されていません」
            if is_form_host(url) and url not in out.form_urls:
                out.form_urls.append(url)
                out.form_evidence.append(line.text[:100])
    return out
