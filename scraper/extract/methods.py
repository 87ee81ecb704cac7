"""Which submission methods the page accepts for the form.

A method word counts only in context: inside the submission-method region (a heading, table
row or label such as 提出方法/提出先/送付先 and what follows it) or in a sentence that talks
about submitting (提出/送付/持参/受付 …). Method words used otherwise are ignored: メールアドレス
as a field to fill in, a completion e-mail, a fax number, 直接雇用, 相談窓口, 窓口 in an address.
Negated methods (受け付けておりません, できません, 不可 …) are removed; announced ones (準備中,
予定) become a "準備中:<method>" note; undecided ones (調整中) and ×-marked table rows are not
methods. A heading naming a method whose section says it ended, and an FAQ question answered
「できません」, count as negations. Sections about another procedure's steps (回答方法 of a
survey, 申込方法 of a seminar) are skipped. English pages are read with the same rules, their
negation and announcement coming before the method (「We do not accept it by fax」).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field, replace

from .. import fastre
from ..models import Method
from ..textnorm import AT_VARIANTS
from .content import Line, Link
from .enquiry import is_enquiry_heading
from .page import (
    BADGE_CHARS,
    ENDED_BADGE_RE,
    FOREIGN_BODY_RE,
    FORM_WORDS_RE,
    NOT_FOR_THE_FORM_RE,
    NOT_THIS_FORM_RE,
    OLD_FORM_BEFORE,
    PHONE_LABEL,
    QUESTION_RE,
    QUESTION_TITLE_RE,
    in_another_language,
    mostly_links,
    related_lines,
    with_definition,
    without_furigana,
)

_METHOD_PATTERNS: dict[str, str] = {
    "email": (
        r"電子メール|Eメール|(?<!confirmation )(?<!completion )(?<!reply )"
        r"(?<![Tt]his )(?<![Tt]hat )(?<!automatic )"
        # (「the system sends a reception e-mail to the address you registered」)
        r"(?<!reception )(?<!receipt )(?<!notification )(?<!notice )"
        r"(?<!you an )"  # (「e-kanagawa sends you an e-mail 「申込完了のお知らせ」」)
        r"(?<!body of the )(?<!body of an )"  # (「…pasted into the body of the e-mail」)
        # (「When you finish, you will receive an e-mail titled 「送信完了のお知らせ」」)
        r"(?<!receive an )(?<!receive the )(?<!get an )"
        r"(?<!sends an )(?<!sends you an )"  # (「the system automatically sends an e-mail 「…」」)
        # (a mail named in quotes: 「The "arrival notice" e-mail only tells you …」)
        r"(?<!\" )(?<!” )"
        # (a machine translation's 「(2) Electronic mail」「the electronic mail」)
        # (not 「The "application completed" e-mail you receive …」: the system's)
        r"(?:E-?[Mm]ail|e-?mail|Email|EMAIL|[Ee]lectronic mail)(?!\s?address)"
        r"(?! (?:that )?you (?:will )?(?:receive|get)\b)"
        # (「Google Forms e-mails you a copy of your answers」「… e-mails a copy of your answers
        # to the address you entered」: the system's)
        r"(?!s (?:you\b|(?:a |the )?cop(?:y|ies)\b))"
        # (a mail named after it: 「the e-mail of "arrival notice (到達通知)" is sent …」)
        r"(?! of [\"“「][^\"”」]{1,40}[\"”」])"
        # (「Google Forms can also e-mail you a copy of your answers」)
        r"(?! you (?:a |an |the )?(?:copy|copies|receipt|confirmation|notice|notification)\b)"
        # (「a “notice of application completion” (申込完了通知) is e-mailed automatically to the
        # address you entered」: the system's)
        r"(?!ed (?:automatically )?to (?:you|your|the (?:e-mail )?address)\b)"
        # (「Keep the "arrival notice" e-mail as your proof of submission.」: the system's)
        r"(?! as (?:your|a|the) (?:proof|record|receipt|copy)\b)"
        # (「After you apply, an e-mail "申請完了のお知らせ" is sent to you.」: the system's)
        r"(?!\s?(?:[\"「“][^\"」”]{1,30}[\"」”]\s?)?(?:is|will be) sent to you\b)|"
        r"(?<!完了|確認|返信|受付|通知|到達|送信|登録|自動|この|その|安心|防災|緊急|災害)(?<!受付完了)"
        # (「安全・安心メール」: an alert service; 「「到達通知」のメール」: the system's notice)
        # (「おくったあとに とどく メール」「送信後に届くメール」: the system's, received)
        # (「受付完了のメール」: the system's)
        r"(?<!返信用)(?<!通知」の)(?<!完了」の)(?<!到達」の)(?<!迷惑)(?<!完了の)"
        # (「「申請完了のお知らせ」メール」)
        # (「電子申請の場合は送信完了のお知らせメール、郵送の場合は…控え」)
        r"(?<!お知らせ」)(?<!通知」)(?<!完了」)(?<!お知らせ)"
        # (「この回答のコピーのメールを提出の控えとして保存してください」: the form's copy)
        # (「受付完了のお知らせのメールをご確認ください」: the system's)
        r"(?<!コピーの)(?<!写しの)(?<!控えの)(?<!お知らせの)(?<!通知の)"
        # (「空メールを…へ送信してください」: a sign-up's, not the form's)
        # (「届いたメールのリンクから入力を進めてください」: the system's, with its link)
        r"(?<!とどく)(?<!届く)(?<!とどく )(?<!届いた)(?<!とどいた)(?<!空)(?<!空の)メール"
        r"(?!マガジン|フォーム|の(?:リンク|URL)|(?:内|に記載)の(?:リンク|URL)|アドレス(?!\s?[:(]?\s?[A-Za-z0-9]|\s?(?:宛|あて)?て?(?:に|へ)?(?:送|提出|添付))"
        r"|が届|が送|を送信し"
        r"|をお送りし|でお知らせ|で通知|で連絡|でご連絡|配信|が自動"
        # (「メールを けさないで ください」「メールは大切に保存してください」: the mail received)
        r"|[をは]?\s?(?:けさ|消さ|削除し|さくじょ|大切に|大事に|だいじに|保存し|ほぞん))"
    ),
    "post": (
        r"郵送|郵便(?!番号|局留)|書留|信書便|レターパック|送付により"
        r"|ゆうびん"  # やさしい日本語: 「ゆうびんで おくる」
        # (「Please submit by either of mailing, E-mail, or …」: a machine translation's いずれか)
        r"|[Bb]y (?:(?:either|any|one) of )?(?:post|registered mail|mail|(?:the )?mailing)\b"
        r"|[Pp]ostal mail|\b[Mm]ail (?:it|the form|your form)"
        r"|(?<![-A-Za-z])Mail\b(?!\s?(?:address|form|magazine|[Mm]agazine))"
        # 「Window · mail · e-mail」「Window・mailing・e-mail」
        r"|(?:(?<=[·・/,])|(?<=[·・/,] ))mail(?:ing)?\b(?![-@])"
        # (「(2) The mailing」)
        r"|(?<![-A-Za-z])Mailing\b(?!\s?list)|\b[Tt]he mailing\b"
        # 「Post - 〒939-0693 …」: an item of the method list (not a post office or box)
        r"|(?<![-A-Za-z])Post\b(?!\s?(?:[Oo]ffice|[Bb]ox|[Cc]ode))"
    ),
    "counter": (
        # (「山田町役場1階 水産商工課窓口 あて」 under 郵送 is the addressee, not the counter)
        # (not 「駐車場は、来庁者専用です」: the visitors, not a way)
        # (not a section's name: 「市民窓口課ではお預かりできません」)
        r"(?<!相談)窓口(?!案内|一覧|業務|課|\s?(?:あて|宛))|持参|来庁(?!者)"
        r"|(?<!間)直接(?!雇用|的|お問い合わせ|ご連絡|連絡|の雇用|ご?入力|ご?記入|送信|郵送|メール"
        # (「直接担当課あてにお送りください」「直接担当課へお送りください」: sending, not coming)
        r"|お送り|送付|送って|[^。、]{0,10}(?:あて|宛|へ)(?:に|て)?(?:お送り|送付|郵送|送っ|送信))"
        r"|対面|手渡し|持ち込み|持込み|持込|ご来所|来所|お持ちください|お持ちいただ|お持ち込み"
        # やさしい日本語 (「持ってきてください」「持(も) ってくる」, with its reading)
        r"|もって\s?(?:くる|きて|いく)|持(?:\(も\))?\s?って\s?(?:くる|来て|きて|いく|来る)"
        # (「3 役場にきてだす」「役場 2かいの企画課にきてください」: coming in with it)
        r"|(?:役場|役所|やくば|[課係])\s?(?:に|へ)\s?(?:きて|来て)\s?(?:だす|出す|ください)"
        # (「役場の まどぐち では うけつけません」; not a 「そうだん まどぐち」)
        r"|(?<!そうだん)(?<!そうだんの)(?<!相談)まどぐち(?!あんない|案内)"
        r"|(?<![-A-Za-z])Window\b(?!s)"  # 「Window・Post・E-mail」: a machine translation's 窓口
        r"|[Ii]n person|[Aa]t the counter|\b[Bb]ring (?:it|the form|your form)"
        # 「…is not accepted at the Town Office counters」
        # (「hand it in at the Commerce and Industry Division counter」)
        r"|\b[Aa]t (?:the |any |our )?(?:[A-Z][A-Za-z]* (?:and )?){1,4}(?:counter|window)s?\b"
        # 「Counter・Mail・E-mail」「Counter: Town Hall 2nd floor」 (not a consultation counter)
        r"|(?<![A-Za-z])(?<!onsultation )(?<!nquiry )Counter\b"
        r"|(?<![A-Za-z])[Bb]ring(?:ing)? (?:it |the form )?in\b"  # 「Post・Bring in (… counter)」
        r"|\b[Dd]irect(?:ly)? bring(?:ing)?\b"  # 「(1) Direct bringing (Town hall 1 floor)」
        r"|(?<![A-Za-z])[Bb]ring(?:ing)? (?:it |them "
        r"|the (?:(?:printed|completed|signed|filled-in) )?(?:letter|document|form) )?"
        # (「Bring to the Town Office」「bring it to City Hall」「Bring the printed form to the
        # Planning Division, 2nd floor」)
        # (「Bring the printed form to the General Affairs and Planning Division」)
        r"(?:directly )?to (?:the )?(?:(?:[A-Z][a-z]+|and|of) ){0,5}"
        r"(?:[Ww]indow|[Cc]ounter|[Oo]ffice|[Hh]all|Division|Section)\b"
        r"|\b[Bb]ring \((?:window|counter)\)"
        # (「Hand it in at the Policy Promotion Division, 2nd floor of the … Village Office」)
        r"|\b[Hh]and (?:it|the form|your form) in at\b"
    ),
    "online_form": (
        r"電子申請|(?:Web|WEB|ウェブ|ネット)\s?申請|(?<!在留申請)オンライン(?:\s?しんせい)?|LoGo\s?フォーム|ロゴフォーム|logoform|e-?tumo|スマート申請|申請フォーム"
        r"|提出フォーム|入力フォーム|回答フォーム|専用フォーム|Web\s?フォーム|WEB\s?フォーム|ウェブフォーム"
        r"|Google\s?フォーム|Microsoft\s?Forms|Forms(?=で|から|より|にて|による)|(?<!メール)(?<!問い合わせ)(?<!問合せ)フォーム"
        # (not a page's code: 「協力確認書のページの二次元コード」 beside 「市ホームページから
        # ダウンロードできます」)
        r"(?=から|より|で|にて|による|への|を利用|はこちら|\()|(?<!ページの)(?:二次元コード|QRコード)"
        # (「電子申請(インターネット上のフォーム)による提出はありません」: one mention)
        r"|インターネット(?:上の)?(?:フォーム)?"
        r"|グラファー|Graffer|ぴったりサービス|マイナポータル"
        r"|でんし\s?しんせい"  # やさしい日本語: 「インターネット(でんししんせい) で だす」
        r"|[Oo]nline form|[Ww]eb form|\b[Oo]nline\b|[Ee]lectronic (?:application|submission)"
    ),
    # (not a number's label: 「FAX:0278-…」, 「Telephone / FAX TEL:…」)
    "fax": (
        r"(?:FAX|Fax|fax|[Ff]acsimile|ファクス|ファックス|ファクシミリ)"
        # (not a number's label, 「FAX:0278-…」「FAX(0278-…)」; but 「…またはファクス(0887-38-2890)
        # のいずれかの方法で」 names the way, its number in brackets)
        r"(?!\s?(?:番号)?\s?:?\s?\d|\(\d[\d()\-]*\)(?![のでへに、・]|又は|または)|\s(?:TEL|Tel)\b)"
        # (「Please send to FAX 0287-45-1195.」: the way, its number after it)
        r"|(?<=\bsend to )(?:FAX|Fax|fax)(?=\s(?:number\s)?\d)"
    ),
}
_MENTIONS = "|".join(f"(?P<{name}>{pat})" for name, pat in _METHOD_PATTERNS.items())
_MENTION_RE = fastre.compile(_MENTIONS)
# Words every mention contains, without the lookarounds: a cheap test that lets most lines
# skip the sentence rules (tests check it never misses a line _MENTION_RE would match).
MENTION_HINT_RE = fastre.compile(
    r"メール|mail|Mail|郵送|郵便|書留|信書便|レターパック|送付により|post|Post|窓口|持参|持ち込|持込|来庁|来所"
    r"|直接|対面|手渡し|お持ち|person|ounter|ring|indow|電子申請|しんせい|eb\s?申請|EB\s?申請|ウェブ\s?申請|ネット\s?申請|オンライン|nline|LoGo|ロゴフォーム"
    r"|tumo|スマート申請|フォーム|Forms|form|二次元コード|QRコード|インターネット|グラファー|Graffer"
    r"|ぴったりサービス|マイナポータル|FAX|Fax|fax|acsimile|ゆうびん|ファクス|ファックス|ファクシミリ|lectronic"
    r"|まどぐち|and it in|and the form in|and your form in"  # (「Hand it in at …」)
    r"|にきて|へきて|に来て|へ来て"  # (「役場にきてだす」)
    r"|もって|持って|持\(も\)"  # (「持(も) ってくる」, with its reading)
)

# A heading's number (「1 」「2.」「3)」), as a notice numbers its parts.
_HEAD_NUMBER = r"\d{1,2}\s?[.)]?\s?"
# A heading over a planned list: 「受付を予定している方法」 (「1 受付を…」 in a notice).
_PLANNED_HEAD = rf"^(?:{_HEAD_NUMBER}|[■●◆◇□]\s?)?(?:受付|受け付け)を予定している方法"

_METHOD_HEAD_RE = fastre.compile(
    r"(?:提出|申請|送付|届出|受付|申込|提出書類の送付)"
    r"(?:の|いただく|する|される)?(?:方法|仕方|しかた|手段|手順|先|場所|窓口|について|手続|方法等|先・方法)"
    rf"|{_PLANNED_HEAD}"
    r"|郵送先|提出・問い合わせ先|提出方法及び提出先|方法・提出先"
    # (「出しかた(4つのほうほう)」: a remark in brackets after it)
    # (「おくりかた」: how to send it)
    # (「出し方は4つ」: with their count)
    r"|^(?:[■●◆◇□○◎▼▶]\s?)?(?:\d{1,2}\.?\s?)?(?:出しかた|出し方|だしかた|おくりかた|送り方)"
    r"(?:\s?\([^()]{1,12}\)|\s?は\s?\d{1,2}\s?(?:つ|種類|とおり|通り)(?:です|あります)?)?$"
    # やさしい日本語: 「どうやって出しますか」「どうやってだすの?」
    # (「どうやって だしますか」; 「だす ほうほうは 4つです」)
    # (「どうやって提出するの?」)
    r"|どうやって\s?(?:(?:出|だ)(?:し|す)|提出)|(?:だす|出す|おくる)\s?ほうほう"
    # (「4. Ways to hand in the form」)
    r"|(?i:(?:how|ways?) to (?:submit|file|send|hand in)|submission(?: methods?| procedures?)?\b"
    r"|how (?:can|do|should) (?:i|we|you) (?:submit|send|file)"
    # machine translations: 「■ Submit method」「Submitting way」「Method of submission」
    r"|submit(?:ting)? (?:methods?|ways?)\b|methods? (?:of|for) submi(?:ssion|tting)\b"
    r"|^methods?\b"  # a table row 「Method | Post・E-mail・Bring to the window」
    r"|^[【\[]how[】\]]"  # 「【How】 Post・E-mail・Bring in person」
    r"|where to (?:submit|send|file))"
    # a table row 「How | Bring to the counter / Post / E-mail / FAX」 (the next cell capitalised)
    r"|^How\s*(?:\n|:|$)|^How\s(?=[A-Z])"
)
_LIST_LEAD_RE = fastre.compile(
    # (「次の3つの方法のいずれかで」)
    r"(?:提出|送付|申請)[^。]{0,12}方法|方法[^。]{0,10}(?:次|以下|下記)"
    # (「次の(1)から(4)のいずれかの方法で」)
    # (「次の1から4のいずれかの方法で」)
    r"|(?:次|以下|下記)の\s?(?:\d{1,2}つの\s?|\(?\d\)?から\(?\d\)?の\s?)?(?:いずれか|方法)"
    # やさしい日本語: 「つぎの どれかで 出してください」「つぎの 3つの どれかで」
    r"|(?:つぎ|次)の\s?(?:\d{1,2}つ(?:の|のうち、?)\s?)?(?:どれ|いずれ)か"
    # 「Please use one of the following three ways.」
    # (「You can use any of these four ways.」)
    r"|(?i:\bthe following (?:\w+ )?(?:ways|methods|options)\b"
    r"|\b(?:any|one) of these (?:\w+ )?(?:ways|methods|options)\b)"
)


def _leads_list(text: str) -> bool:
    """「提出方法は次のとおりです」「one of these ways」: the lines after it list the ways.
    (Every lead has one of these words: testing them first spares most lines the pattern.)"""
    if not ("方法" in text or "いずれ" in text or "どれ" in text):
        upper = text.upper()  # (「the following」「any of these」 in any case)
        if "OLLOW" not in upper and "THESE" not in upper:
            return False
    return bool(_LIST_LEAD_RE.search(text))


_SUBMIT_RE = fastre.compile(
    r"[Ss]ubmi(?:t|ssion)|\b[Ss]end\b|\baccept|\b[Bb]ring\b|\bhand (?:it |the form )?in\b|"
    r"提出|送付|持参|受付|受け付け|受理|お送り|送って|送信して|届け出|申請|お持ち|持って|郵送|お寄せ"
    r"|ご利用いただけ|入力して|回答して|可能です|できます|出して|持ってくる|持って来|送る"
    # やさしい日本語 (「郵便で出すとき」)
    r"|だせます|出せます|だして|おくって|おくる|(?:で|に)\s?(?:だす|出す)(?!\s?ところ)"
    r"|(?:に|へ|あてに)\s?おくります"  # (「ゆうびん:〒… 東栄町役場 振興課あてにおくります」)
    # (「メール、 郵便、 ファックス、 役場にもってくる、 のどれかをえらんでください」)
    r"|(?:どれ|いずれ)か\s?を?\s?(?:えらんで|選んで|お選び)"
    # (「役場の 2かい、 企画財政課にもってきてください」: to the desk, not to another)
    # (not 「あなたが役場にもってくるものでもありません」)
    r"|(?:役場|役所|やくば|[課係]|窓口|まどぐち)\s?(?:に|へ)\s?もって\s?(?:きて|いって)\s?(?:ください|くだ)"
    # (a way's title 「■1 やくば に もって くる」; in a sentence, 「在留カードを もって きて
    # ください」 is what to bring to another desk)
    r"|もって\s?(?:くる|いく)$"
)
# 「この御案内を電子メールでもお送りしています」: what the municipality sends, not the filer.
# (「区から…メールや郵送で情報をお送りすることがあります」)
_WE_DO = r"(?:して(?:い|おり)ます|します|いたします|しております|することがあります)"
_WE_SEND_RE = fastre.compile(rf"(?:お送り|送付|送信|お知らせ|ご案内|ご連絡|通知|お届け){_WE_DO}")
# … and a sentence saying only that it sends something is not about how to submit
# (「メールや郵送による情報提供が中心です」: the city's way of informing; 「郵送をご希望の場合は、
# 必要部数と送付先をお知らせください」: booklets sent on request)
# … said right after the methods: 「お知らせは…担当者の方あてにメールや郵送でお送りしますので、
# …改めてご提出ください」
# A section's title pointed to: 「下記の「電子メール」をご覧ください」「「郵送」欄を参照」.
_SEE_IT = r"(?:欄|の項目?|の欄)?\s?(?:を|も)\s?(?:ご覧|参照|ご確認)"
_SEE_SECTION_RE = fastre.compile(rf"^」\s?{_SEE_IT}")
# English names who sends before the verb: 「the service automatically e-mails a notice」
# (not the reader: 「send it to the Town by post」 has no verb of the sender's).
_SENDER_BEFORE_RE = fastre.compile(
    r"\b(?:service|system|[Ww]e|[Cc]ity|[Tt]own|[Vv]illage)(?: will| then| also| automatically)*\s$"
)
_SENT_VERB_RE = fastre.compile(r"(?:e-?mails|mails|sends)\b")
# … or starts the sentence with it: the city's ways of reaching the filer, not of filing.
_EN_WE_SEND_RE = fastre.compile(
    r"^(?:[Ww]e|[Tt]he (?:[Cc]ity|[Tt]own|[Vv]illage)) (?:will |may |also |then |usually )*"
    r"(?:send|sends|contact|contacts|notify|notifies|inform|informs|reply|replies)\b"
)
# A mail of receipt (「受付のメール」「受信確認のメール」): its refusal is of the receipt.
_RECEIPT_MAIL_RE = fastre.compile(r"(?:受付|受領|到達|受信)(?:完了|確認)?の\s?メール")
_RECEIPT_MAIL_CHARS = 8
# A link said not to be the form's own (「協力確認書の提出フォームではありません」) names no
# way.
_NOT_THE_FORMS_RE = fastre.compile(r"(?:提出|申請|受付)(?:用の?)?フォームではありません")
# 「ご来庁いただいても…」: even if one comes that way (not 「郵送していただいても構いません」,
# which allows it).
_EVEN_IF_RE = fastre.compile(
    # (「ご来庁いただいた場合も、電子申請か郵送での提出をお願いしています」)
    r"^\s?(?:(?:いただいて|頂いて|されて|して)も|(?:いただいた|頂いた|された|した)場合(?:で)?も)、?"
    r"(?![^。]{0,6}(?:構いません|かまいません|結構|大丈夫|だいじょうぶ|よい|いい|受け付け|受付|可))"
)
# A form filed that way before (「ファクスで既に提出済みの事業者は…」): says nothing of the way now.
# (「これまで電子メールで提出されていた方は、今後は…」; 「…までにGoogleフォームまたは電子メールで
# 受け付けたものは有効です」: the forms taken before a change)
_ALREADY_FILED_RE = fastre.compile(
    r"^\s?(?:で|により|による)\s?(?:(?:既に|すでに)[^、。]{0,4}?提出|提出済"
    r"|(?:提出|送付)(?:されて|して)いた(?:方|事業所|事業者)"
    r"|(?:受け付けた|受理した|提出された)もの(?:は|も)\s?(?:有効|引き続き))"
)
_WE_SEND_AFTER_RE = fastre.compile(
    # (「…チラシを郵送でもお届けしています」)
    rf"^(?:で|にて|により)?も?{_WE_SEND_RE.pattern}"
    # 「…というメールが とどきます」「…メールが届きます」: a mail that comes, not a way to submit
    # (「…のメールが きます」: comes, in やさしい日本語)
    r"|^\s?が\s?(?:とどき|届き|送られ|おくられ|き(?:ます|ました))"
    # (「回答内容がメールで届きます」「確認のメールは届きません」)
    # (not 「ゆうびん で おくられて きた もの は うけつけません」: what is sent in)
    r"|^\s?(?:で|は|も)\s?(?:とどき|届き)"
    # 「「回答のコピーをメールで受け取る」にチェック」「回答のコピー(メール)が提出の控え」: the copy
    # the filer gets
    # (not the city's: 「ファクスで受け取る準備をしています」「役場のまどぐちでうけとるほうほうは、
    # いまじゅんびをしています」)
    r"|^で\s?(?:受け取|受取|うけと)(?!る\s?(?:準備|じゅんび|ほうほう|方法))"
    # (「フォームには、控えのメールを受け取るためのメールアドレスを入力してください」)
    r"|^\s?を\s?(?:受け取|受取|うけと)"
    r"|^\)?\s?が[^。]{0,8}(?:控え|ひかえ|証明)"
)
# (「令和7年9月に、町内の事業所あてにこの案内を郵送でお送りしました」: what it sent)
_WE_POST_RE = fastre.compile(
    rf"(?:お送り|送付|送信){_WE_DO}|による情報提供|郵送を(?:ご)?希望"
    # (「…ご担当者へ、メールや郵送で情報提供やご協力のお願いをすることがあります」)
    r"|で(?:情報提供|ご案内)(?:や|を|など)"
    # (「…事業所あてに、このお知らせ文書を郵送でお送りしました」)
    r"|(?:案内|お知らせ|通知|チラシ)(?:文書|状)?を[^。]{0,8}(?:お送り|送付|発送)しました"
    # (「9月に郵送でお送りした「…に関するご案内」にも同じ内容を掲載しています」)
    r"|で(?:お送り|送付|発送)した\s?[「『]"
)
# 「ご不明な点は電話・メールでお問い合わせください」: how to ask, not how to submit.
# 「…のページでご確認ください」「…をご覧ください」: the methods are told elsewhere.
_ASK_US_RE = fastre.compile(
    r"お問い合わせください|お問合せください|ご不明な点|ご質問|ご相談ください"
    # (やさしい日本語: 「わからないことは、でんわかメールできいてください」)
    r"|わからない\s?こと|きいて\s?ください|で\s?きく\s?の\s?は"  # (「メールできくのは…」)
    # (「久留米市への提出方法は、久留米市の担当窓口(…電話:…)にご確認ください」)
    # (「…厚木市の担当窓口(…)が受付方法を案内しています」)
    r"|窓口(?:\([^()]*\))?(?:に\s?(?:ご確認|確認して|お問い合わせ|お問合せ)|が[^。]{0,8}案内して)"
    # (「しつもんがあるときは、メール(…) でもきくことができます」)
    r"|しつもん|(?:で|でも)\s?きく\s?こと"
    # 「…に関するご相談は、外国人相談窓口で、対面又は電話で受け付けています」: how to consult
    r"|^[^。]{0,30}相談(?:は|については)、"
    r"|ページ(?:で|を)ご(?:確認|覧|参照)ください"
    # 「For questions, you may e-mail us at the address below」
    r"|^(?:[Ff]or (?:any )?(?:questions|inquiries|enquiries)|[Ii]f you have (?:any )?questions)\b"
    # 「You may e-mail us questions about the form using the link …」 (a sentence of its own:
    # not 「…please do not send the form by e-mail; you may still e-mail us questions」)
    # (「You are welcome to send questions about the form by e-mail」)
    # (after a lead: 「In the meantime, you are welcome to e-mail us with questions」)
    r"|^(?:[A-Z][^,.]{0,20},\s)?(?:[Yy]ou (?:may|can) (?:also |still )?|[Yy]ou are welcome to )?"
    r"(?:e-?mail|call|contact|ask|send)(?: us)? (?:with )?(?:your |any )?questions\b"
    # (「Questions about the form can be sent by e-mail to the address in the contact box.」)
    r"|^(?:[Yy]our |[Aa]ny )?[Qq]uestions\b[^.]{0,40}\b(?:can|may) be (?:sent|asked|e-?mailed)\b"
    # (「Staff at the counters can answer questions, but they will ask you to submit online …」)
    r"|\b(?:can|will|may) answer (?:your |any )?questions\b"
)


def _before_asking(sentence: str) -> str:
    """A sentence that runs on, after telling how to submit, into asking for questions
    (「…郵送するか…送信するかのいずれかの方法で提出してください(…)が、…ご不明な点は…までお問い
    合わせいただきたいことを申し添えます。」): the clauses before the asking, which say how."""
    asking = _ASK_US_RE.search(sentence)
    if asking is None or asking.start() == 0:
        return sentence
    cut = sentence.rfind("、", 0, asking.start())
    # (an instruction given: not 「…提出方法は、担当窓口のページをご確認いただくか、…直接お問い
    # 合わせください」, which only points elsewhere)
    told = _TOLD_RE.search(sentence, 0, cut) if cut > 0 else None
    if told is None or not _SUBMIT_RE.search(sentence, 0, told.end()):
        return sentence
    return sentence[:cut]


# (or the ways listed as choices: 「…から提出するか、…に添付して送信するか、…郵送するか、…持参
# していただくことになりますが、…ご質問は…へ」)
_TOLD_RE = fastre.compile(
    r"(?:て|お持ち|ご提出|ご送付)ください|(?:提出|送信|郵送)するか、|いただくことになります"
)


_BRACKETED_RE = fastre.compile(r"\([^()]*\)|「[^「」]*」")  # remarks and quoted names
_ENQUIRY_ONLY_RE = fastre.compile(
    r"問い合わせ|問合せ|お問合わせ|相談|そうだん|ご連絡ください|ご質問"
    r"|\(for (?:questions|enquiries|inquiries)\b"  # 「E-mail: kikaku(at)… (for questions; …)」
)
# 「Eメール(お問い合わせ用):…」: a bracket that says the address is for questions only
_FOR_QUESTIONS_RE = fastre.compile(
    r"\((?:お?問い?合わ?せ|ご?質問|ご?相談)(?:用|専用|のみ)\)"
    r"|\((?:for )?(?:questions|enquiries|inquiries) only\)"  # 「E-mail (questions only) …」
    # (やさしい日本語: 「いまは、メールはしつもんのときだけつかってください」)
    r"|(?:しつもん|質問|といあわせ|問い?合わ?せ)の?\s?(?:とき|時)\s?(?:だけ|のみ)"
    # (「メールでは質問のみお受けします」「(ご質問はメールでも受け付けます)」)
    r"|(?:ご)?質問(?:のみ|だけ)(?:お受け|受け付け|受付)"
    r"|\(ご?質問は[^()]{0,12}(?:お受け|受け付け|受付)[^()]{0,8}\)"
    # (「(下の「お問い合わせ先」にあるメールは、ご質問用の窓口です。)」)
    r"|(?:ご)?質問用の(?:窓口|アドレス|メールアドレス)です"
    r"|(?:メール|アドレス)は、?\s?(?:お)?問い?合わ?せ用です"  # (「※メールはお問い合わせ用です」)
    # (「※ファクスは国際交流課への連絡用です」: for reaching the desk, not for the form)
    r"|(?:ファクス|ファックス|FAX|メール|アドレス)(?:番号)?は、?\s?[^。]{0,16}?(?:連絡|問い?合わ?せ)用です"
    # (「上記のファクス番号は、問い合わせの際にご利用ください」)
    r"|(?:番号|アドレス|メール)は、?\s?(?:お)?問い?合わ?せ(?:の際|の時|のとき|時)に\s?(?:ご)?(?:利用|使用)"
)
# (「郵送...下記の問合せ先あて」: the enquiry address is where the form goes)
_SEND_IT_RE = fastre.compile(
    r"提出|送付|持参|郵送して|郵送で|お送りください|送って|問(?:い)?合(?:わ)?せ先\s?(?:あて|宛|へ)"
    # (「Please send the form to the … Division at the address in "お問い合わせ先 (Contact)"」)
    r"|\b(?:[Ss]end|[Mm]ail|[Pp]ost) (?:the form|it|your form)\b"
)
# 「窓口へお越しいただく必要はありません」 says neither that the counter takes the form nor
# that it refuses it.
_NEED_NOT_COME_RE = fastre.compile(
    r"[^。]{0,8}(?:お越し|来庁|来所|お持ち|持参|出向)(?:いただく|する|される|して(?:いただく)?)?"
    r"必要(?:は|が)?(?:ありません|ない)"
    # (「窓口へ直接お持ちいただ|く必要はありません」: the verb was the mention's own)
    r"|(?:いただく|く|する|される|して(?:いただく)?)必要(?:は|が)?(?:ありません|ない)"
    # やさしい日本語: 「やくばの まどぐちに もって くる ひつようは ありません」
    r"|[^。]{0,8}?(?:もって|持って)\s?(?:くる|来る|いく|行く)\s?(?:ひつよう|必要)\s?(?:は|が)?\s?"
    r"(?:ありません|ない)"
    r"|^\s?(?:ひつよう|必要)\s?(?:は|が)?\s?(?:ありません|ない)"
    # (「…役場のまどぐちにくるひつようはありません」)
    r"|^\s?(?:に|へ)\s?(?:くる|来る|いく|行く)\s?(?:ひつよう|必要)\s?(?:は|が)?\s?(?:ありません|ない)"
    # (「市役所のまどぐちにもってこなくてもいいです」「窓口へお越しいただかなくても結構です」)
    r"|[^。]{0,8}?(?:(?:もって|持って)\s?(?:こ|来|いか|行か)|(?:お越し|お持ち)いただか|来庁され|持参され"
    r"|持参し)なくて\s?も\s?(?:いい|よい|大丈夫|だいじょうぶ|かまいません|構いません|結構)"
)
_NEGATION_RE = fastre.compile(
    # (not a condition: 「the form cannot be used without logging in」)
    r"[Nn]ot (?:be )?accepted|\bcannot\b(?! be used without\b)|can ?not\b(?! be used without\b)"
    # (「The counter (窓口) of the City Hall does not receive the form.」)
    r"|do(?:es)? not (?:accept|receive)\b|no longer|"
    # (「The reception at the window was finished on March 31, 2026」)
    r"\bended on\b|\bhas ended\b|\bwas (?:closed|discontinued|stopped|finished|terminated)\b|"
    r"\bfinished on\b|"  # ('The reception by the electronic mail finished on March 31, 2026')
    r"\bis (?:now )?closed\b|\bis not planned\b|"  # 「The Google Form we used … is closed」
    r"\b[Nn]ot available\b(?!\s?yet)|"  # 「Online (電子申請) | Not available」
    r"\bis not possible\b|"  # 「E-mail submission is not possible.」
    r"\bis not used\b|"  # 「FAX is not used for this form」
    r"\b(?:is|are) not received\b|"  # 「※The submission by FAX is not received」 (受け付けません)
    # (「There is no procedure of the cooperation confirmation letter in the やまなし…」)
    r"\b[Tt]here is no procedure (?:of|for)\b|"
    # 「The acceptance by FAX is not performed」「The reception by the facsimile is not done」
    # (「The electronic application (電子申請) of this form is not prepared.」: there is none;
    # 'not prepared yet' is planned)
    r"\b(?:is|are) not (?:performed|carried out|conducted|done|handled|prepared\b(?!\s?yet))\b|"
    r"受け付けておりません|受付しておりません|受付けておりません|受け付けていません|受付していません"
    r"|出せません|だせません"  # やさしい日本語: 「FAX では出せません」「うけつけません」
    r"|おくれません|送れません"  # (「ファクスではおくれません」)
    r"|つかえません|使えません"  # 「ファクス(FAX)も つかえません」
    # 「…フォームはいまはありません」「協力確認書の提出フォームはまだありません」
    r"|(?:いま|今|現在|まだ)は?(?:ありません|ございません)"
    r"|予定(?:は|も|が)(?:ありません|ございません)"  # 「…電子申請で受け付ける予定はありません」
    r"|フォームは\s?(?:ありません|ございません)"  # (「インターネットのフォームはありません。」)
    r"|予定\s?(?:なし|無し)$"  # (a card's badge run into its title: 「窓口への持参予定なし」)
    # (「…サービスのトップページで「協力確認書」を検索しても、手続きは表示されません」)
    # (「…メニューから協力確認書を探していただいても、現時点では見つかりません」)
    r"|(?:検索|探|さが)し(?:ても|ていただいても)[^。]{0,16}(?:表示され|見つかり|出てき|でてき)ません"
    # a table's last cell: 「電子申請(Online) | なし」 (not 「LoGoフォーム | なし(フォームに入力) |
    # 受付完了メール」, nothing to attach)
    # (or a dash alone in the next cell, the column of what is taken: 「窓口 | ― | …お越しいた
    # だく必要は…」; not 「E-mail - Email here (…)」)
    r"|^\)?\s*(?:なし|無し)\s*$|^\s*\n\s*[-―]\s*$"
    # (「インターネット(でんししんせい) | ありません」: the next cell says there is none)
    r"|^(?:\([^()]{1,20}\)|\))?\s+(?:ありません|ございません)。?\s*$"
    # 「※電子申請(インターネット)はありません」「※電子申請(インターネットでの提出)はありません」
    # (「電子申請による提出もありません」「電子申請(インターネット)での提出はありません」)
    # (「…提出するための電子申請フォームはありません」)
    # (「電子申請(オンライン)による提出の仕組みはありません」)
    # (「ながさき電子申請サービスによる提出の仕組みはありません」)
    r"|^(?:\([^()]{1,20}\)|\))?(?:フォーム|システム|サービス)?(?:(?:での|による)(?:提出|受付|申請))?"
    r"(?:の(?:仕組み|しくみ|手段))?\)?\s?[はも]\s?"
    # (「…提出するための電子申請フォームは設けておりません」)
    r"(?:ありません|ございません|設けて(?:おり|い)ません)"
    # (「…電子申請(オンライン)で提出する仕組みはありません」)
    # (and after the bracketed name itself: 「(オンライン)で提出する仕組みは…」)
    # (「※電子申請(やまなし電子申請サービス)で協力確認書を提出する仕組みはありません」)
    # (a positive class for the name's rest, 「サービス)」: fastre cannot start from a negated one)
    # (「…を岡山市の電子申請サービスで提出する仕組みはありません」)
    r"|^(?:\([^()]{1,20}\)|[ぁ-んァ-ヶー一-龯A-Za-z]{0,12}\)|サービス|システム)?(?:で|により|によって)"
    r"(?:協力確認書を)?(?:提出|申請)"
    r"(?:する|できる)"
    r"(?:仕組み|しくみ|手段|方法|システム)[はも]\s?(?:ありません|ございません)"
    # (the system has no such procedure: 「ちば電子申請サービスには、長生村の協力確認書を提出
    # する手続きはありません」)
    # (「※和歌山県電子申請サービスには、串本町の協力確認書の手続きはありません」)
    # (「「ちば電子申請サービス」には」「埼玉県電子申請・届出サービスには」)
    r"|^(?:・[^、。]{1,6}?)?(?:サービス|システム)?」?には、?[^。]{0,30}?"
    r"(?:(?:提出|申請)する|の)手続き[はも]"
    r"(?:ありません|ございません)"
    # (「※新潟市電子申請サービスには、協力確認書を提出する手続きはありません」)
    # (「電子申請(おおいた電子申請サービス)には、…手続きはありません」)
    # (「※電子申請(ふじのくに電子申請サービス)には、協力確認書の手続きはありません」)
    # (「※ インターネット(わかやま電子申請サービス) には、協力確認書のてつづきはありません」)
    r"|^[ぁ-んァ-ヶー一-龯A-Za-z・]{0,12}\)?\s?には、?\s?"
    r"(?:(?:協力確認書を)?(?:提出|申請)(?:する|できる)|協力確認書の)"
    r"(?:手続き?|てつづき|仕組み|しくみ|手段|方法)[はも]\s?(?:ありません|ございません)"
    # (「協力確認書を電子申請(オンライン)で提出する手続きはありません」)
    r"|^\)?\s?(?:で|により)\s?(?:提出|申請)(?:する|できる)\s?(?:手続き?|てつづき|方法)[はも]\s?"
    r"(?:ありません|ございません)"
    # 「…で だす ほうほう は ありません」「…だすほうほう(でんししんせい)はありません」
    # (「インターネットでだすほうほうもありません」)
    r"|(?:ほうほう|方法)\s?(?:\([^()]{1,20}\))?\s?[はも]\s?(?:ありません|ございません)"
    r"|うけつけ(?:ません|ない|て(?:い|おり)ません)|うけとれません|うけとりません|受け取れません|受け取りません"
    r"|^[もは]?\s?(?:だめ|ダメ)\s?です"  # (やさしい日本語: 「ファクスもだめです」)
    r"|受け付けません|受付できません|受け付けできません|できません|出来ません|不可|ご遠慮|対応しておりません"
    r"|受け?付けられません"  # 「…ファクスで送信されたものは受け付けられませんので…」
    r"|受け?付けておらず|受付しておらず"  # 「ファクスによる提出は受け付けておらず、…」
    r"|受付は\s?して(?:おらず|いない)"  # (「窓口にお持ちいただいても受付はしておらず、…」)
    # (「ファクスで送られたものは、原本の代わりになりませんので、…」)
    r"|(?:原本|正本)の?\s?(?:代わり|かわり|代用)(?:に|と)?は?\s?なりません"
    # (「…「電子申請」のページ(…)には、協力確認書の手続きは掲載されていません」)
    r"|掲載されて(?:い|おり)ません"
    r"|対応していません|行っておりません|行っていません|受理できません|受理しません|お受けできません"
    r"|ではありません|無効|認められません|お断り|終了しました|終了しております|終了いたしました|終了しています"
    r"|受付終了(?![後時日の]|まで|予定)"  # 「…ファクスでの受付終了」 (a history list's item)
    # (「これまで受け付けていた電子メールによる提出を終了し、オンライン…による提出を開始」)
    # (「Graffer(…)による受付を令和8年3月31日で終了し、4月1日から電子メールでの受付を…」)
    r"|(?:提出|受付|受け付け)を(?:[^。、]{0,16}?(?:で|をもって|まで)\s?)?終了し(?=、|て)"
    # やさしい日本語: 「ファクス で だす ほうほう は、2025年9月30日 で おわりました」
    r"|\d日\s?で\s?おわり(?:ました|です)|うけつけ\s?は\s?おわり"
    # an end announced for a date (「…窓口での受付は令和8年11月30日(月曜日)で終了します」): the
    # page is read after every date it names
    r"|\d日(?:\([^()]{1,5}\))?(?:をもって|で|まで(?:で)?)(?:受付を)?終了(?:します|いたします|となります)"
    # (「受付を再開しました(4月から一時休止していました)」: a pause that is over)
    r"|(?:停止|休止|中止)して(?!いました|いた)"  # (「窓口が休止していた7月・8月に」 is past)
    r"|廃止し|取りやめ|使用できません|しておりません|していません|いたしません"
    r"|かねます|行いません|扱っておりません|扱っていません|取り扱いません|認めて(?:い|おり)ません"
    r"|(?<!を)お控えください|(?<!を)控えてください|いただけません|ないでください"
    r"|受け付けない|受付しない|受付していない|受け付けていない|受理しない|対象外"
    r"|対象[^。]{0,4}になっていません"  # 「…は電子申請の対象手続になっていません」
    # (「協力確認書の手続きは、町の電子申請(…)の対象にはなっていません」)
    r"|対象(?:に|と)は\s?なって(?:い|おり)ません"
    # (「協力確認書を電子申請で受け付ける予定は、現在のところありません」: no plan)
    r"|予定は、?\s?[^。]{0,10}?(?:ありません|ございません)"
    r"|調整中|検討中|未定です|[×✕✖]"  # × in a ○/× table of methods
    # right after the method: 「ご来庁いただく必要はありません」
    r"|^(?:いただく|される|する)?必要(?:は)?(?:ありません|ない)"
)
_PLANNED_RE = fastre.compile(
    # (「Coming soon.」 opens a table cell's sentence)
    r"(?i:coming soon|in preparation)|will be (?:available|accepted)|not (?:yet )?available yet|"
    r"being prepared|under preparation|being set up|not yet available|"
    r"\bNot yet\b|"  # (「Q. Can we send the form by e-mail …?」「A. Not yet. …」)
    # (「We will add the mailing instructions to this page when it becomes available.」)
    r"\b(?:when|once) (?:it|this|they) (?:becomes?|is|are) (?:available|ready)\b|"
    # (「When will e-mail submission start?」 「No date has been set yet.」)
    r"\b[Nn]o date has been (?:set|decided|fixed) yet\b|"
    r"\b(?:is|are|now) preparing\b|\bpreparing (?:it )?now\b|"  # 「It is preparing now」
    r"\b(?:is|are) (?:now )?planned\b|"  # (「Online submission is now planned; see section 4.」)
    r"準備中|準備しています|準備を進め|準備が整い|準備ができ|予定です|予定しています|(?:開始|公開|導入|運用)予定"
    # (「受付用アドレスの設定を進めているところです」)
    r"|(?:アドレス|フォーム|システム)の(?:設定|作成|整備)を進めて"
    r"|準備を?\s?している(?:ところ|段階)"  # (「受け付けられるよう準備しているところです」)
    # (「メールでの受付は、まだ始めておりません」)
    r"|まだ\s?(?:始め|開始し|はじめ)て(?:おりません|いません)"
    # (やさしい日本語: 「メールでだせるようになるまで、上のどれかでだしてください」)
    r"|(?:だせる|出せる|おくれる|送れる|使える|つかえる)\s?ように\s?なるまで"
    r"|準備を(?:始め|開始し)"  # (「…電子申請…による受付の準備を始めました」)
    r"|準備を\s?(?:して(?:い|おり)ます)"  # (「ファクスで受け取る準備をしています」)
    # (with its furigana: 「いま準備(じゅんび) をしています」)
    r"|準備\(じゅんび\)\s?(?:を\s?して(?:い|おり)ます|中)"
    # (「秋田県電子申請・届出サービスでの受付に向けて調整しています」)
    r"|(?:開始|受付|導入|運用)に向けて(?:調整|準備|検討)"
    # 「…受付開始の時期を調整しています」「電子申請の開始時期を見直しました」
    r"|(?:開始|受付開始|導入|運用開始)の?時期を(?:調整|検討|見直)"
    r"|近日中?(?:公開|開始)|後日(?:公開|開始)|今後.{0,15}(?:可能|開始|対応)"
    # やさしい日本語: 「フォームは いま じゅんびしています」「いま じゅんび を して います」
    r"|じゅんび\s?(?:を?\s?して|ちゅう|中)"
    # 「ファクスで だせる ひが きまったら、この ページで おしらせします」: not yet
    # (「ファクスでだせるようになったら、このページでおしらせします」)
    r"|(?:決まり?(?:まし)?たら|きまったら|開始(?:し)?(?:まし)?たら|始まったら|はじまったら"
    r"|始まりましたら|はじまりましたら"
    r"|ように\s?なったら|ように\s?なりましたら"
    # (「メールでの受付を開始する際は、このページでお知らせします」)
    r"|(?:開始|始め|はじめ)(?:する|る)?\s?(?:際|とき|時)(?:に|は|には)?)"
    # (「メールで出せるようになったら、 このページで知らせます」)
    r"[^。]{0,20}(?:お知らせ|おしらせ|知らせ|しらせ|ご案内|掲載)"
)
# … of something else than the method: 「We cannot accept PDF files or photos through the online
# form」
_EN_ABOUT_ELSE_RE = fastre.compile(
    # (not the form itself: 「…to submit the cooperation confirmation document in …」)
    r"\b(?:PDF|Word|Excel|files?|photos?|images?|scans?|copies|receipts?"
    # (「the document」 of a machine translation is the form: 'please do not send the document
    # by the electronic mail')
    # (「The electronic application of this document is not carried out」: the form too)
    # (「The document is not accepted at the counter of the City Hall」: the sentence's start)
    r"|(?<!confirmation )(?<![Tt]he )(?<![Tt]his )document|documents)\b"
)
# … or, before it, the files sent that way: 「Word or Excel files sent by e-mail cannot be …」
_EN_FILES_SENT_BY_RE = fastre.compile(
    r"\b(?:PDF|Word|Excel|files?|photos?|images?|scans?)\b[^.]{0,30}"
    r"\b(?:sent|submitted|attached)\s(?:by|via|through|with)\s?$"
)
# … or, after it, what is not given back: 「…cannot return a stamped copy」「…will not issue a
# receipt」
_EN_RECEIPT_REFUSED_RE = fastre.compile(
    r"\s?(?:be )?(?:return|send|give|issue|provide|stamp|mail)\w*\b[^.]{0,24}?"
    r"\b(?:cop(?:y|ies)|receipts?|stamps?|confirmation)\b"
)

# Words for the file sent, not the way it is sent: a refusal or a question about them is the
# file's.
_FILE_WORDS = r"PDF|Word|Excel|ワード|エクセル|写真|データ|ファイル|形式|画像|スキャン"
# … and in Japanese, a file refused by name right before the refusal: 「電子メール・電子申請で
# は、PDFに変換したファイルや写真・スキャン画像は受け付けておりません」
# (or a step that fails: 「Q.電子申請で、PDFへの変換ができません。」 asks about converting)
# (「スマート申請ではPDF形式以外のファイルは添付できません」: the file, then the verb)
_FILE_REFUSED_RE = fastre.compile(
    # (「…PDF以外の形式のファイル(WordやExcel、写真など)はお受けできません」: a bracket between)
    rf"(?:{_FILE_WORDS})(?:\([^()]{{0,30}}\))?\s?は\s?(?:添付|送信|アップロード)?\s?$"
    r"|(?:変換|添付|保存|印刷)が\s?$"
    # (a user's trouble with a file: a FAQ's 「電子申請で様式を添付できません。」)
    rf"|(?:{_FILE_WORDS}|様式)\s?を\s?(?:添付|アップロード|変換|保存|印刷)\s?$"
    # (or a step of the screen: 「スマート申請で「添付ファイルを選択」ができません。」)
    r"|「[^」]{1,20}」\s?が\s?$"
    # (or an error on the way: 「スマート申請でエラーになり、送信できません。」)
    # (「…エラーが出て送信できません」)
    r"|(?:エラー|不具合)(?:(?:に|と)なり|が(?:出て|でて|発生して|起きて))、?\s?"
    r"(?:送信|添付|アップロード|申請)?\s?$"
)

_EN_NEGATION_BEFORE_RE = fastre.compile(
    r"\b(?:do(?:es)? not|don't|doesn't|cannot|can ?not|can't|won't|no longer)"
    # (「Fax: The form cannot be sent by fax.」)
    r" (?:accept|receive|take|be (?:submitted|handed in|sent|mailed|faxed|brought)"
    # (a machine translation's 「We do not do the reception by FAX」)
    r"|(?:do|perform) (?:the )?(?:reception|acceptance))"
    r"|\b(?:is|are) not accepted (?:by|at|through|via)\b"  # 「The form is not accepted by fax」
    # (「There is no plan to receive this form by the online application (電子申請)」)
    r"|\b(?:no plans?|(?:do|are) not plan(?:ning)?|don't plan) to (?:accept|receive|take)\b"
    # (「The village does not use the online application (電子申請) for this form.」; not the
    # reader's 「If you cannot use the Internet, …」)
    r"|\b(?:does|do) not use\b|\bdoesn't use\b"
    # (「The form is not received at the counters of City Hall, …」)
    r"|\b(?:is|are) not received (?:by|at|through|via)\b|\b(?:is|are) not received\s*$"
    # (「The form is not taken at City Hall counters or at the … Branch Offices」)
    r"|\b(?:is|are) not taken (?:by|at|through|via)\b|\b(?:is|are) not taken\s*$"
    r"|\b(?:is|are) not accepted\s*$"  # 「… the form is not accepted in person at City Hall」
    # (a label over a list: 「Not accepted: forms sent by e-mail or by fax.」)
    r"|\b[Nn]ot accepted\s?:\s?[^.:]{0,40}$"
    # 「Please do not send the form by FAX」 (or right before the method's own verb: 「Please do
    # not bring the form to the counters …」)
    # (「Please do not bring it in person.」「Please do not look for it in the electronic
    # application service of the menu.」)
    r"|\b[Pp]lease (?:do not|don't) (?:send|submit|bring|look for|search for)\b"
    r"|\b[Pp]lease (?:do not|don't)\s?$"
    # (a machine translation's 「There is not the electronic application [電子申請] of this
    # document」)
    # (and the Japanese name in brackets after it, a mention of its own)
    r"|\b[Tt]here (?:is|are) not(?: the| an?| any)?(?: [A-Za-z-]+){0,3}\s?[(\[]?\s?$"
    r"|\b(?:are|is) not (?:accepting|receiving)\b"  # 「We are not accepting the submission by FAX」
    # (「We are unable to accept the form in person at City Hall counters or by fax」)
    r"|\b(?:are|is) (?:unable|not able) to (?:accept|receive|take)\b"
    # (「Now it is not possible to submit from the link "電子申請" of the menu …」)
    r"|\bnot possible to (?:submit|send|file)\b"
    # (「… and the City has never accepted the form by fax」)
    r"|\bnever (?:accept(?:ed|s)?|receive[ds]?|taken|takes|took)\b"
    # 「We stopped accepting the form at the counter of the Division on March 31, 2026」
    r"|\b(?:stopped|ended|ceased|discontinued) (?:accepting|receiving|taking)\b"
    # 「We do not have electronic application (online form) for this form now」
    # (not 「If you do not have one, please … use e-mail」: the reader's, not the city's)
    # (「Yokoze Town does not have an online form for this procedure」)
    # (「This procedure has no online application form」)
    r"|\b(?:[Ww]e|[Tt]he (?:[Cc]ity|[Tt]own|[Vv]illage)|[A-Z][a-z]+ (?:City|Town|Village)"
    r"|[Tt]his (?:procedure|form))"
    r" (?:(?:do(?:es)? not|don't) (?:have|offer|provide)\b|has no\b(?= [^.]{0,12}$))"
    # 「There is no electronic application (電子申請) for this procedure」, where the Japanese
    # name in brackets is a mention of its own
    r"|\b[Tt]here (?:is|are)(?: also)? no(?: [A-Za-z-]+){0,3}\s?\(?\s?$"  # (「…also no online」)
    # (「※ There is no application by the electronic application system (電子申請) for this
    # document.」)
    r"|\b[Tt]here (?:is|are)(?: also)? no (?:application|submission)s? (?:by|through|via|with)\b"
    r"[^.]{0,60}$"
    # (「There is no mechanism to submit by the electronic application (電子申請)」)
    # (「There is no mechanism which submits the … letter by the electronic application」)
    # (「There is no procedure of the cooperation confirmation letter in the やまなし…」)
    r"|\b[Tt]here (?:is|are)(?: also)? no procedures? (?:of|for)\b[^.]{0,90}$"
    r"|\b[Tt]here (?:is|are)(?: also)? no (?:way|mechanism|system|means|method)s? "
    r"(?:to|which|that) (?:submits?|sends?|files?|appl(?:y|ies))\b[^.]{0,90}$"
)
# 「…when the online form opens」「When the reception by e-mail starts, …」: the method named
# in a clause of when it starts
# (「Until e-mail submission starts, please use the online application」)
_EN_WHEN_BEFORE_RE = fastre.compile(r"\b(?:[Ww]hen|[Uu]ntil)\b[^.,]{0,30}$")
_EN_STARTS_AFTER_RE = fastre.compile(
    r"[^.,]{0,20}\b(?:starts|begins|opens|is started|becomes (?:available|possible)"
    r"|is (?:launched|ready))\b"
)
# (「We are preparing an online application (電子申請) for this form」)
_EN_PLANNED_BEFORE_RE = fastre.compile(
    # (「We are getting ready to accept the form by e-mail.」)
    # (not 「There is no plan to accept it online.」「We do not plan to …」)
    r"(?<!\bno )(?<!\bnot )(?<!n't )\b(?:preparing|planning|plan|getting ready) to\b"
    r"|\bwill (?:start|begin)"
    # 「We will announce on this page when we start accepting e-mail submissions.」
    r"|\b(?:when|once|after) we (?:start|begin)\b"
    r"|\bannounce the (?:start|beginning) of\b"  # 「We will announce the start of online …」
    # (「We are now preparing the online …」「We are preparing now the submission by …」)
    r"|\b(?:are|is)(?: now)? preparing(?: now)? (?:an?|the)\b"
)


# A file named right after the way: 「… by e-mail as a PDF, a photo or a scanned image」.
_EN_AS_FILE_RE = fastre.compile(r"\s?(?:as|in) (?:an? |the )?(?:PDF|photo|image|scan|Word|Excel)")


# English starts a clause with a subject of its own after the method: 「…, but they cannot …」.
_EN_NEW_SUBJECT_RE = fastre.compile(
    r",\s(?:but|while|although|though)\s(?:they|we|staff|the staff|it)\b"
)


def _english_refusal(before: str) -> bool:
    """English says the refusal before the method words, and of the method itself (not of a
    file named before or after it: 'The PDF is not accepted by the e-mail')."""
    # (only in the method's own item: 「(1) bring it to … (the Miyagawa branch office does not
    # accept it); (2) by mail」)
    before = _EN_ITEM_SPLIT_RE.split(before)[-1]
    m = _EN_NEGATION_BEFORE_RE.search(before)
    return bool(m) and not _EN_ABOUT_ELSE_RE.search(before)


# (and a clause pointing to another way: 「The … Form cannot be sent from there; please use the
# link in "1. Online form" above.」)
_EN_ITEM_SPLIT_RE = fastre.compile(
    r";\s?\(\d{1,2}\)|;\s?\d{1,2}\)|;\s?(?=(?:[Pp]lease )?(?:use|see|choose)\b|instead\b)"
)


# Text between two method words that holds a predicate ends a clause; otherwise the words
# share the fate of what follows them (「メール及びFAXでの提出はできません」).
# A bare noun before a comma (「窓口受付、メールやファクスでの受付は行っていません」) lists on.
_PREDICATE_RE = fastre.compile(
    r"ます|です|ください|可能|でき|。|が、|;|\binstead\b"  # (「…as an e-mail attachment; use …」)
    # an English sentence's end (「…by FAX. Please use e-mail or post.」)
    r"|(?:^|(?<=[a-zA-Z)]))\.\s"
    r"|準備中"  # (「電子メールは準備中 | 直接递交、…」: a row's next cell, in Chinese)
    # 「…「電子申請」を追加し、これに伴い電子メールによる提出の受付は…終了しました」
    r"|(?:追加|開始|導入|新設)(?:し|、)|に伴い"  # (「電子申請を開始、ファクスでの受付終了」)
    # 「受付窓口・電話番号を変更し、メールによる受付を終了しました」: the counter moved
    r"|(?:変更|移転|移設)し"
    # 「受付」 as a verb; 「受付システム」「提出先」 are nouns
    # (「窓口での受付(区役所・市役所本庁舎とも)、ファックスでの受付は…」: a noun before a remark)
    # (「…お持ちいただいての提出と、ファクスによる提出は受け付けておりません」: 提出と, a noun)
    r"|(?:受付|受け付け|提出)"
    r"(?![、・や(と]|又は|または|及び|および|並びに|ならびに|システム|サービス|時間|窓口|先|期限|方法)"
)
# A sentence with a verb, not a list's item written as a sentence (「ファクスでの提出。」)
_VERB_RE = fastre.compile(r"ます|です|ください|ません|でき|ない")
_MAX_ITEM_CHARS = 40
# A clause that ended before the refusal: the refusal is not the method's. 「…場合、添付
# ファイルは…」 opens a clause with its own subject; 「…場合は受付できません」 does not.
_CLAUSE_END_RE = fastre.compile(r"ます|です|ください|場合[はに]?、[^、。]{1,20}?[はが]")
# The method as the topic (「…での提出について、」), then a clause ending in 「が、」 and the
# refusal: the refusal is the topic's.
_TOPIC_REFUSED_RE = fastre.compile(
    r"^[^。、]{0,12}について、[^。]{0,40}(?:ます|です)が、[^。]{0,30}(?:実施して|行って|受け付けて|受付して)"
    r"(?:おり|い)ません"
)
# What a refusal can be about besides the method: the receipt or a notice, or the days the
# counter is closed (「…受付時間:平日… ※土曜日・日曜日・祝日は受け付けできません」)
# (「FAX・メール・郵送のいずれの場合も、受領書の送付は行っていません」).
_RECEIPT_RE = fastre.compile(
    # (「受け付けた旨のご連絡」「受け付けたという連絡」「受け付けたことについて別途ご連絡は
    # しておりません」; やさしい日本語's 「ひかえ」)
    # (「受け付けたことについて、市から個別に連絡することはしていません」)
    # (「…受け付けたことについて市から改めてご連絡はいたしません」)
    r"受領|控え|ひかえ|(?:の|という|について|別途|個別に|改めて)\s?(?:ご)?連絡|通知|返信|受付印|収受印|返送|領収"
    r"|土曜|日曜|祝日"
    r"|休日|年末年始|時間外|閉庁"
    # (「Q4. Can we bring the form on Saturday?」)
    r"|\b(?:Saturdays?|Sundays?|holidays?|weekends?)\b"
    # 「メール・郵送で提出された場合の個別の受付確認には応じかねます」
    r"|受付確認|受付の確認|到達確認|到着確認|受信確認"
    r"|受け取ったこと"  # (「Q.紙で郵送した場合、受け取ったことを確認できますか。」)
    r"|受付の書類"  # (「町から別に受付の書類はお送りしていません」)
    # (「Q7.電子メールで送りましたが、届いたかどうか確認できますか。」)
    r"|(?:届いた|とどいた|届いている)(?:か|こと)"
    # (「Q.郵送で提出し、受け付けられたか確認したいのですが。」)
    r"|(?:受け付けられた|受け付けてもらえた|受理された)か(?:どうか)?\s?(?:を)?(?:確認|知り)"
    # (「Q.電子メールで提出した場合、受け付けたかどうか確認できますか。」)
    r"|(?:受け付けた|受付した|受理した|うけつけた|うけとった)か(?:どうか)?\s?(?:を)?(?:確認|知り|わかり)"
    r"|受付票|証明する書類|証明書"  # 「受け付けたことを証明する書類(受付票等)の発行はいたしません」
    # (「…LoGoフォームから届く「申請受付のお知らせ」メールは、…受け付けたことを証明するもの
    # ではありません」: the mail, not the form)
    r"|証明するもの|証明に(?:なり|なる)"  # (「…届くメールは、受付の証明になりますか?」)
    r"|受け付けたことを示すもの"  # (「…市が内容を確認して受け付けたことを示すものではありません」)
    r"|確認したことを示すもの"  # (「…回答のコピーのメールは、町が内容を確認したことを示す…」)
    r"|完了を示すもの"  # (「…が内容を確認したことや、受付の完了を示すものではありません」)
    r"|をお知らせする|お知らせする書類"  # 「受付をお知らせする書類の送付は行っていません」
    r"|受付完了の(?:お知らせ|連絡|メール)"  # 「…受付完了のお知らせではありません」 (a mail)
    # ('When it is submitted by the FAX, the copy which pressed the reception seal cannot be
    # returned.')
    r"|\b(?:the|a) (?:copy|receipt)\b|\breception seal\b|\bstamped copy\b"
    r"|\ba proof\b"  # ('Is the e-mail "申請完了のお知らせ" a proof that the City has accepted …?')
    r"|(?:コピー|写し)(?:は|を|も)"  # (「…窓口でコピーはできませんのでご了承ください」)
)
# Another municipality's share of the filing (「…佐世保市の分を提出することはできません」): the
# refusal is of filing that there, not of the way.
# (「坂町の窓口では他の市町の分は受け付けられません」)
# (「南幌町のフォームから長沼町の分も出せますか」 asks it too)
# (「村の電子申請サービスの画面から、他の町村あての協力確認書を提出することはできません」)
_ANOTHER_PLACES_SHARE_RE = fastre.compile(
    r"[市区町村](?:へ|に|あて)?の?分[をはも]"
    r"|(?:他|ほか)の[市区町村]{1,4}(?:へ|に|あて)の?(?:協力確認書|もの)"
)
# The immigration agency's own online system (not the municipality's form).
# (with its reading: 「「在留申請(ざいりゅうしんせい) オンライン システム」」)
_IMMIGRATION_SYSTEM = r"在留申請(?:\([ぁ-ん]{1,12}\))?\s?オンライン"
_IMMIGRATION_SYSTEM_RE = fastre.compile(_IMMIGRATION_SYSTEM)
# Offices other than the one taking the form: a refusal said of them is about the place.
# (「保谷庁舎では受け付けておりません」: another building, not 本庁舎 or 市役所庁舎)
# (「産業振興課・生活振興部の各窓口では受付しておりません」: other sections' counters)
# (「各区民活動センター、すこやか福祉センターの窓口では受け付けていません」: community
# centres; 「区民事務所」「地区サービス事務所」: a ward's branch offices; 「熊野川行政局」「燕
# サービスコーナー」: a merged town's office, a city's service desk)
# (「※本庁舎1階の総合窓口(市民課)や、…各出張所では」: a desk on another floor)
# (やさしい日本語: 「1かいの住民のまどぐち(…)ではありません」)
_FLOOR_DESK = r"\d{1,2}\s?(?:階|かい)の[^\s、。()]{1,8}(?:課|窓口|まどぐち)"
# … or the general desk, whatever building it is in (「本庁舎の総合窓口ではお預かりできません」 on a
# page taking the form at a temporary office)
_OTHER_DESK_RE = fastre.compile(
    rf"{_FLOOR_DESK}|総合窓口|\b[Gg]eneral (?:window|counter)\b"
    # (or the switchboard's line: 「Please do not send the form to the City Hall's main fax
    # number.」 beside the section's own fax)
    r"|代表(?:番号|の(?:FAX|ファクス|ファックス)番号)|\bmain (?:fax|phone|telephone) number\b"
)
# A refusal naming the section with the other office is the section's too: 「区役所・国際課
# ともに受け付けていません」.
_SECTION_TOO_RE = fastre.compile(
    r"[・、][^\s・、。()]{1,10}[課係室](?:の窓口)?\s?(?:ともに|とも|いずれも|どちらも)"
)
_WARD_BRANCH = (
    # (「※ 東庁舎(ひがしちょうしゃ) のまどぐち…ではうけつけません」 beside the 西庁舎's counter)
    # (「仮庁舎の住所あてに郵送しても届きますか」: the temporary building's)
    # (「両庁舎にお持ちいただいても…」: the two branch buildings named before)
    r"支所|支局|出張所|分室|振興局|行政局|行政センター|地域局|分庁舎|[^\s、。本市所]{2,4}庁舎|[東西南北別仮両]庁舎|各窓口"
    # (「大宮・網野・丹後・弥栄・久美浜の各市民局では」: a merged city's branch offices)
    r"|各[^\s、。()]{1,4}局"
    # (「※土曜日に開設している市民課の休日窓口では受け付けておりません」: a desk open on other
    # days)
    # (「※The general window of the Citizen Division (市民課総合窓口) … does not receive」)
    # (「※毎月第4日曜日の日曜開庁や、金曜日の夜間延長窓口(…)は、…お預かりできません」)
    # (「土曜日の窓口開庁日(市民課など)には受付しておりません」)
    r"|(?:休日|夜間|土曜|日曜|時間外)(?:日)?(?:の|延長)?窓口|(?:休日|土曜|日曜)開庁|窓口開庁日|総合窓口"
    r"|\b[Gg]eneral (?:window|counter)\b"
    # (「※ どようび・にちようびの日直(にっちょく) のまどぐちではうけつけません」: the weekend duty)
    r"|日直|宿直|守衛"
    r"|[^\s、。()]{2,6}センター|[^\s、。()・]{1,8}コーナー|[^\s、。()「」]{1,10}ラウンジ|事務所|区民館|公民館|市民プラザ|コミュニティ(?:ハウス|会館)"
    # (「※古賀市立図書館・歴史資料館、リーパスプラザこが(交流館)では」「とぎつカナリーホール
    # では」「各まちづくり協議会の拠点施設では」: the town's other buildings)
    r"|図書館|資料館|交流館|会館|体育館|美術館|博物館|ホール|プラザ|広場|拠点施設|公共施設"
    # (「※ 村の診療所(しんりょうじょ)や小学校(しょうがっこう)にもっていくことはできません」)
    r"|診療所|学校|保育所|保育園|幼稚園|病院"
    r"|[^\s、。「()]{1,6}駅(?:前)?(?:の)?「?[^\s、。」]{0,8}窓口"  # 「武蔵浦和駅市民の窓口」
    r"|\b[Bb]ranch(?:es| offices?)?\b|\b[Cc]ommunity cent(?:er|re)s?\b"  # English pages
    r"|案内所|\b[Tt]ourist information\b"  # 「…tourist information window (…観光案内所の窓口)」
    # (「※竹芝客船ターミナルの東海汽船窓口や、神津島港の船客待合所では…お預かりできません」)
    r"|ターミナル|待合所|汽船|フェリー"
    r"|(?:ほか|他|その他)の(?:課|部署|係)の窓口"  # 「ほかの課の窓口では受け付けておりません」
    # (「※1階の区民課(住民異動・戸籍の窓口)では…お預かりしていません」: a desk on another floor)
    # (やさしい日本語: 「※ 1かいの市民課のまどぐちではうけつけません」)
    rf"|{_FLOOR_DESK}"
    # (a prefecture's system named as a place: 「※和歌山県電子申請サービスでは、協力確認書の
    # 手続きは取り扱っておりません」 beside the town's own Google Form)
    r"|[都道府県][^\s、。()]{0,8}電子申請(?:サービス|システム)(?=では)"
)
_BRANCH = _WARD_BRANCH + r"|区役所"
# A prefecture's shared system, on a page that links its own online form: 「※大阪府行政
# オンラインシステムでは、…取り扱っていません」「ふじのくに電子申請サービスやファクスで提出
# できますか」 refuse that system, not the way (without a form of its own, they refuse it).
_SHARED_SYSTEM_RE = fastre.compile(
    # (「※北海道電子自治体共同システム(HARP)の電子申請サービスには、…手続きはありません」)
    # (「「広島県・市町 電子申請システム」には」「東京共同電子申請・届出サービスには」)
    r"(?:[都道府県][^、。]{0,20}?|(?<![ぁ-ん])[ぁ-ん]{3,6}|共同)(?:電子申請|オンライン)(?:・届出)?"
    # (or the refusal starts right after its name: 「…の電子申請」「サービスには…ありません」)
    # (or as a list item's label: 「しまね電子申請サービス: the form cannot be sent …」)
    # (or its short name in brackets: 「かながわ電子申請(e-kanagawa)では、…受け付けておりません」)
    # (「いしかわ電子申請サービス(石川県と県内市町の共同システム)では」: any bracket)
    r"(?:(?:(?:サービス|システム)(?:\([^()]{1,30}\))?|\([A-Za-z][\w.\-]*\))"
    # (「鳥取県の「とっとり電子申請サービス」では」「しがネット受付サービス(滋賀県・市町共同の
    # 電子申請システム)では」)
    # (「Q11-2 「岐阜県電子申請サービス」から提出することはできますか。」)
    # (「…共同電子申請システム「しがネット受付サービス」では」: its own name after it)
    # (「「京都府・市町村共同電子申請システム」(上部メニューの「電子申請」)では」: a remark after)
    r"(?=(?:「[^」]{1,20}」)?[」)]?(?:\([^()]{1,30}\))?(?:では|や|には|から|\s?:))|$)"
    # (a question naming one: 「Q5. かながわ電子申請で提出できますか?」)
    r"|(?:[都道府県][^\s、。]{0,20}?|(?<![ぁ-ん])[ぁ-ん]{2,6}(?<![のでやとはをにがもたり]))"
    r"電子申請(?=で|には)"
)
_BRANCH_RE = fastre.compile(_BRANCH)
# On a Tokyo special ward's page, 「区役所」 is the municipality's own office: 「区役所の窓口
# への持参による提出は受け付けておりません」 refuses the counter.
_WARD_BRANCH_RE = fastre.compile(_WARD_BRANCH)
_SPECIAL_WARD_RE = fastre.compile(
    r"(?<![\u4e00-\u9fff々])(?:千代田|中央|港|新宿|文京|台東|墨田|江東|品川|目黒|大田|世田谷"
    r"|渋谷|中野|杉並|豊島|北|荒川|板橋|練馬|足立|葛飾|江戸川)区(?:役所|長|民|内|では|から)"
)
# … unless the page is a city's: a designated city's wards have the same names (札幌市中央区),
# and its page names the city (札幌市, 「テスト市安全・安心メール」) or speaks of 市役所, 本市, 市内
# (not 都市整備部, 市区町村, 区市町村).
_CITY_PAGE_RE = fastre.compile(
    r"市役所|本市|当市|市内|市長|市民|(?!都)[\u3040-\u30ff\u4e00-\u9fff]市(?!区町村|町村|場)"
)


_REMARK_SPLIT_RE = fastre.compile(r"※|。(?!\))")  # (not a bracket's own 「。)」)


def _last_clause(text: str) -> str:
    """What follows the last ※ or 。 of `text` (a trailing 。 ends no clause), or the open
    bracket in it."""
    clause = _REMARK_SPLIT_RE.split(text.rstrip("。 "))[-1]
    # a remark in a bracket still open is a clause of its own: 「もってくる(支所では」
    # (not 「各区役所(区政企画室・市民課等)の窓口では」, whose bracket has closed)
    opened = clause.rfind("(")
    return clause[opened + 1 :] if opened > clause.rfind(")") else clause


# Any office, desk or building a sentence can name.
_PLACE_RE = fastre.compile(r"庁舎|役所|役場|支所|出張所|センター|[課係室]|[Oo]ffice|[Hh]all")
# The municipality's own office: a refusal naming it with others (「区役所(本庁舎…)の窓口
# および各地域センターへの持参による提出は受け付けておりません」) refuses the method.
# (「山本庁舎」 is a building named 山本, not the 本庁舎)
_OWN_OFFICE_RE = fastre.compile(
    # (「市庁舎の国際局の窓口、各区役所の窓口…」 names the city's own building; 「田沢湖庁舎
    # (本庁舎)・西木庁舎の窓口では…」, on a page taking it at the 角館庁舎, names other buildings,
    # unlike 「役場の窓口(本庁舎・琴丘支所・山本支所)では…」)
    # (「本庁及び各支所の窓口に…」: the main office, short)
    # (not where a form is sent on to: 「区役所にお持ちいただいても、市役所への取次ぎはして
    # おりません」 refuses the ward office)
    # (「役場庁舎の窓口への持参による提出は、ご遠慮いただいております」: the town hall itself)
    r"(?:(?<![\u4e00-\u9fff])(?<!庁舎\()本庁|市庁舎|市役所|町役場|村役場|役場庁舎)"
    # (「支所にお持ちいただいても本庁へお回しできません」)
    r"(?!への?(?:取次|取り次|回送|転送|お届け|お回し|回し))"
    r"|City (?:Hall|Office)|(?:Town|Village) (?:Office|Hall)"
)
_WARD_OWN_OFFICE_RE = fastre.compile(r"(?<![\u4e00-\u9fff])本庁舎|区役所")


def _special_ward_page(lines: list[Line]) -> bool:
    """The page is a Tokyo special ward's: it names one, and speaks of no city of its own."""
    text = "\n".join(line.text for line in lines)
    # (the city test first: most pages are cities' and name one in their first lines)
    return not _CITY_PAGE_RE.search(text) and bool(_SPECIAL_WARD_RE.search(text))


# … or, in a method's section, the file sent (「PDFや写真データでは受け付けできません」).
_ABOUT_ELSE_RE = fastre.compile(
    _RECEIPT_RE.pattern
    + "|"
    + _FILE_WORDS
    + r"|以外の書類"  # 「協力確認書以外の書類(在留カードの写し等)は提出しないでください」
    + r"|以外の方法"  # 「上記以外の方法では受け付けておりません」: the other ways, not the listed
    rf"|{_BRANCH}"  # 「各支所では受け付けません」
    r"|庁舎では"  # 「(別庁舎1階の窓口へ…)本庁舎では受付しておりません」: that building
    # (「出入国在留管理庁の「在留申請オンラインシステム」では、市への…提出はできません」)
    + "|"
    + _IMMIGRATION_SYSTEM
    # (「協力確認書 英語参考訳(参考資料のため提出には使えません)」: that file)
    + r"|参考訳|参考資料"
    # (「…メールは、…区が内容を確認し、受付を済ませたことを示すものではありません」: what a
    # mail is not)
    # (「…村が受付を済ませたことを知らせるものではありません」)
    + r"|(?:示す|意味する|証明する|知らせる)もの"
    # (「…受付番号を必要に応じてお控えください」: note it down)
    + r"|番号を[^。、]{0,10}$"
    # (「利用者登録は必須ではありません」: not required, not refused)
    + r"|(?:必須|必要)$"
    # 「このメールは、受付の完了…を証明するものではありません」: the notice, not the way
    r"|(?:この|その|完了|到達|通知)メール|お知らせ|証明"
    # (「※観光商工課のアドレス(shoko@…)は、…提出には使用できません」: that address)
    # (「※商工観光課のアドレス(<del>…</del>)での…受付は、…終了しました」, the address struck)
    r"|アドレス\s?\([^()]*@|[課係室局部]の(?:メール\s?)?アドレス"
)
# What a refusal in a method's section says about the method itself: its acceptance or use
# (「受付を停止しています」「…をもって終了しました」「現在ご利用いただけません」).
_ABOUT_SERVICE_RE = fastre.compile(
    r"受付|受け付け|受理|提出|利用|使用|終了|停止|休止|中止|廃止|取りやめ|お受け|対応"
)
# Sentences about another procedure (unless they still say to submit this form) …
_OTHER_TOPIC_RE = fastre.compile(
    r"調査票|アンケート|技能実習|実習生|ハローワーク|雇用状況|転入|住民登録|住民票|協議会|議事"
    r"|(?:住所|じゅうしょ)\s?の\s?とどけ"  # やさしい日本語's 転入届
    r"|出入国在留管理|入管|在留申請オンライン|在留手続|在留資格|在留期間|在留諸申請|在留カード"
    r"|説明会|セミナー|研修会|相談会|講座|イベント|相談窓口"
    # (「※国際・交流協会の日本語教室は、対面のほかオンラインでも受講できます」)
    r"|日本語教室|にほんご\s?きょうしつ|受講"
    r"|マイナンバーカード(?:の|は)?(?:申請|交付|受け取り)|^マイナンバーカード\s"  # (a 手続き row)
)
# Headings of another procedure's steps: answering a survey, signing up for an event.
_OTHER_STEP_HEAD_RE = fastre.compile(
    r"回答方法|回答期限|申込方法|申し込み方法|参加方法|応募方法|参加申込"
)
# … and about municipalities in general (a prefecture's page): never this page's methods.
# … and procedures in general (a download centre: 「各申請書の提出方法は担当課のページで」).
# 「※様式は、役場1階の総務課窓口でも配布しています」: where to get the blank form
# (やさしい日本語: 「紙のようしきは、…のまどぐちにもおいてあります」)
_HANDED_OUT_RE = fastre.compile(
    # (「…窓口で、上記のお知らせ文書と様式(紙)をお配りしています」)
    # (「お知らせの紙は、市役所1階の総合案内窓口…でもお配りしています」)
    r"(?:様式|用紙|書式|ようしき|お知らせの紙)[^。]{0,80}?(?:配布|配置|お渡し|お配り|入手|設置し|おいてあります"
    r"|置いてあります)"
    # (「…窓口でお知らせを印刷したものをお渡ししています」)
    r"|印刷したもの(?:を)?\s?(?:お渡し|配布)"
)
_FILLED_IN_SENT_RE = fastre.compile(r"(?:記入|入力)(?:した|済みの)(?:もの|様式|書類|協力確認書)を")
_GENERAL_RE = fastre.compile(
    r"市町村ごと|市区町村ごと|各市町村|各市区町村|異なります|各申請書|各手続|各種申請|できる手続|手続き?一覧"
    r"|(?:市区町村|市町村|自治体)によって(?:は)?"  # 「市町村によっては独自の…電子申請フォームを」
)
# 「Q.以前は窓口に持参していました。」: how it used to be done (not 「これまでは窓口のみでしたが、
# 電子申請でも受け付けています」)
_PAST_RE = fastre.compile(
    r"^(?:Q\s?\d{0,2}\.?\s?)?(?:以前|従来|これまで|かつて)は(?:(?!が、|けれど)[^。])*"
    r"(?:ていました|でした)。?$"
    # (「変更前に支所やファクスで提出していただいたものは受付済みです」: filings made before)
    r"|(?:変更前|以前|これまで)に[^。]{0,30}提出(?:して)?(?:いただいた|された)(?:もの|書類|協力確認書)"
    r"(?:は|も)[^。]{0,10}(?:受付済み|有効)"
)
# Who brings it, not whether the counter takes it: 「外国人ご本人に窓口へ持ってきていただく
# 書類ではありません」.
_NOT_THE_WORKERS_RE = fastre.compile(
    r"(?:本人|外国人)(?:に|が)[^。]{0,16}(?:持って|持参|お持ち|提出)[^。]{0,12}書類ではありません"
)
# The original after a copy sent another way: 「Please do not send the original by post
# again」「FAXで送信した場合、原本を改めて郵送する必要はありません」 (not a refusal of the post).
_ORIGINAL_AGAIN_RE = fastre.compile(
    r"\bthe original\b[^.]{0,30}\bagain\b|原本[^。]{0,12}(?:改めて|再度|あらためて|重ねて)"
)
# An update history's note of an edit to the page: 「令和7年11月20日 電子メールによる受付の
# 準備状況を追記しました」 says what the page now says, not how to submit.
# (a terse log too: 「2026年06月15日 …での受付開始、Googleフォームの受付終了について掲載」)
# (「※令和7年11月20日 電子申請についてのお知らせを追加しました。」)
_PAGE_EDIT_RE = fastre.compile(
    r"(?:を|について|についての(?:お知らせ|ご案内)を)(?:追記|追加|掲載|修正|更新|加筆)(?:しました)?。?$"
    # (「(令和7年10月20日追記)電子申請(オンラインでの提出)についてのご案内を加えました。」)
    r"|についての(?:お知らせ|ご案内)を加えました。?$"
    # (an English page's history: 「September 30, 2025: Section on e-mail submission revised;
    # FAQ added.」)
    r"|\b[Ss]ection (?:on|about) [^.;:]{1,40}? (?:revised|added|updated|corrected|rewritten)\b"
    # (「(Added information on e-mail submission.)」 after 「…の準備状況を追記しました。」)
    r"|^\(?(?:Added|Updated|Revised|Corrected) (?:the )?(?:information|description|details|notes?)"
    r" (?:on|about)\b"
)
# What another page gives (「郵送先の住所や提出用のメールアドレスも、そのページに載せています」):
# a pointer, not a way.
_ON_THAT_PAGE_RE = fastre.compile(
    # (「…郵送先、様式…は、すべて移転先のページに載せています」: a page that moved)
    r"(?:その|あちらの|別の|次の|下記の|リンク先の|移転先の|新しい)ページ(?:に|で)"
    r"(?:載せて|掲載して|まとめて|記載して|ご案内して)"
)
# A system named only to say it serves other procedures (「"The electronic application
# (電子申請)" of the top of the homepage is for the other procedures of the town.」).
_OTHER_PROCEDURES_SYSTEM_RE = fastre.compile(
    r"^[^.]{0,80}\bis (?:only )?for (?:the )?(?:other|another|different) procedures?\b"
)
# What the asker heard (「兵庫県の電子申請(e-hyogo)で提出できると聞きました。」): a question.
_HEARSAY_RE = fastre.compile(
    r"と(?:聞きました|聞いたのですが|聞いています|ききました|ききましたが)"
)
_FORM_RE = fastre.compile(r"協力確認書|確認書")
# 「在留資格の申請の前に、郵送で提出してください」 is still about this form.
# (or the form filled in and sent: 「出入国在留管理庁の…様式に記入し、…総務課あてに郵送して
# いただくか、メール(…)に添付してお送りください」)
_FORM_OR_SUBMIT_RE = fastre.compile(
    r"協力確認書|確認書|提出(?!の必要)|様式に(?:記入|入力)|(?:あて|宛)(?:に|て)?(?:郵送|送付|お送り)"
)
# 「2階④番窓口」 is where; 「③窓口」 is a list item
# (やさしい日本語 too: 「神石高原町役場 1かい 5ばん窓口まちづくり推進課あて」)
# (「桑折町役場 1かい 3ばんまどぐち産業振興課あて」)
_ADDRESS_COUNTER_RE = fastre.compile(r"(?:番|階|号|ばん)\s?(?:窓口|まどぐち)")
# 「提出窓口」「受付窓口」 as a label (end of line, 】, :, は): where, not how.
_LABEL_COUNTER_RE = fastre.compile(r"(?:提出|受付|申請|届出)窓口$")
_LABEL_END_RE = fastre.compile(r"(?:\s|$|[】\]):]|は)")
_STRONG_SUBMIT_RE = fastre.compile(r"提出(?!先)|持参|お持ち|持って|直接|届け")
# (「…(opens in a new window). Please」: a bracket ends a sentence too)
# (and after a year: 「Submission by fax ended on January 30, 2026. Please do not fax …」)
# The character that ends a sentence: a search from a character is far cheaper than testing
# look-behinds at every position of the line.
# (an English sentence ending in a year or a time: 「…weekdays 8:30 to 17:15. The branch
# offices … do not accept the form.」)
_SENTENCE_END_RE = fastre.compile(r"[。!?](?!\))|(?<=[a-z)]\.) |(?<=\d{4}\.) |(?<=\d:\d\d\.) ")


def _sentences(text: str) -> list[str]:
    """The line's sentences, each with its end; a line that ends a sentence ends with ""."""
    cuts = [m.end() for m in _SENTENCE_END_RE.finditer(text)]
    return [text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def _first_sentence(text: str) -> str:
    """The line's first sentence with its end (the whole line when it has one)."""
    end = _SENTENCE_END_RE.search(text)
    return text[: end.end()] if end else text


@dataclass
class MethodResult:
    methods: set[str] = field(default_factory=set)
    planned: set[str] = field(default_factory=set)
    negated: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)
    planned_evidence: list[str] = field(default_factory=list)
    ward_page: bool = False  # a special ward's page: 「区役所」 is its own office
    own_form: bool = False  # the page links its own online form

    def fresh(self) -> MethodResult:
        """An empty result for judging one sentence on the same page."""
        return MethodResult(ward_page=self.ward_page, own_form=self.own_form)

    def about_another_office(self, text: str) -> bool:
        """The last clause of `text` (after its last ※ or 。) names an office other than the
        one taking the form, and not that one: 「持参 堺市役所本館12階 国際課 ※各区役所の窓口
        では受付しておりません」 is about the ward offices."""
        clause = _last_clause(text)
        clause = without_furigana(clause)  # (「行政(ぎょうせい)センター のまどぐちでは…」)
        if self.own_form and _SHARED_SYSTEM_RE.search(clause):
            return True
        if _OTHER_DESK_RE.search(clause):
            return True  # 「※市役所1階の市民課窓口、…では」: another desk in the same building
        if _SECTION_TOO_RE.search(clause):
            return False  # 「区役所・国際課ともに受け付けていません」: the section as well
        if self.ward_page:
            return bool(_WARD_BRANCH_RE.search(clause)) and not _WARD_OWN_OFFICE_RE.search(clause)
        return bool(_BRANCH_RE.search(clause)) and not _OWN_OFFICE_RE.search(clause)


# How, not where: 「提出方法」「提出の仕方」「提出のしかた」「出し方」「How to submit」
_HOW_RE = fastre.compile(
    r"方法|仕方|どうやって|ほうほう|しかた|出し方|出しかた|だしかた|手段|手順|[Hh]ow|[Ww]ays?\b|[Ss]ubmission"
    r"|おくりかた|送り方"  # (やさしい日本語's 「おくりかた」)
    r"|[Mm]ethods?\b"  # (a machine translation's 「Submit method」)
)


# (「(2) 郵送 下記の【提出先】あて」 names the place inside an item; 「【提出先】」 heads a region)
_LABEL_START = 3


def method_context(lines: list[Line]) -> list[str]:
    """For each line: is it inside a submission-method region (under a method heading,
    a method table row or dt, or a short label line such as 【提出方法】)? "method" when the
    label says how (提出方法), "place" when it says where (提出先, 送付先), "" otherwise.
    The page title (h1) is not a section label."""
    flags = [""] * len(lines)

    def mark(j: int, kind: str) -> None:
        if flags[j] != "method":
            flags[j] = kind

    for i, line in enumerate(lines):
        content = line.region == "content"
        if content and _leads_list(line.text):
            # 「提出する方法は、次の3つです。」 then a list: the list is the method region (a
            # table whose cells hold several lines each runs long: its fourth row can be the 30th)
            end = min(len(lines), i + 31)
            j, style = i + 1, ""
            while j < end:
                nxt = lines[j]
                item = _item_style(nxt.text)
                if nxt.kind not in ("li", "tr", "dd", "dt") and item is None:
                    # 「①電子申請」「https://…」「②メール」「…あてに送信」: an item's own lines
                    # (its URL, its address) between items numbered alike
                    j = _next_item(lines, j, end, style)
                    if j < 0:
                        break
                    continue
                style = item or style
                j += 1
                if _is_label(nxt.text):
                    # 「【提出先】」 in a table layout's rows: its own region; 「■注意事項」
                    # 「■関連リンク」, naming no method: the list has ended
                    head_at = _METHOD_HEAD_RE.search(nxt.text)
                    if (head_at and head_at.start() <= _LABEL_START) or not _MENTION_RE.search(
                        nxt.text
                    ):
                        break
                if is_enquiry_heading(nxt.text):
                    break  # (「提出先・お問い合わせ先」: the contact block's rows)
                mark(j - 1, "method")
        if not content or (line.kind == "h" and line.level <= 1):
            continue
        head = _METHOD_HEAD_RE.search(line.text)
        if not head:
            continue
        # (「提出先・提出方法」: where, then how; the region says how)
        how = _HOW_RE.search(head.group()) or any(
            _HOW_RE.search(m.group()) for m in _METHOD_HEAD_RE.finditer(line.text, head.end())
        )
        kind = "method" if how else "place"
        mark(i, kind)
        if line.kind == "h":
            for j in range(i + 1, min(len(lines), i + 31)):
                nxt = lines[j]
                if nxt.region != "content" or (nxt.kind == "h" and nxt.level <= line.level):
                    break
                if kind == "place":
                    # (a heading 「提出先」 under 「提出方法」 heads the place: its rows 「E-mail |
                    # …」 give the address to send to)
                    flags[j] = kind
                else:
                    mark(j, kind)
        elif len(line.text) <= 25 or line.kind == "dt" or (line.kind == "tr" and not head.start()):
            # (a table row headed 「How to submit」 whose cell runs on over several lines)
            # a label on its own: the lines after it, up to the next label or heading (or the
            # next term, unless the list of terms starts right under it: 「■ Submission
            # methods」 then 「<dt>(1) At the counter</dt>…<dt>(4) By fax</dt>」)
            terms = i + 1 < len(lines) and lines[i + 1].kind == "dt"
            for j in range(i + 1, min(len(lines), i + 13)):
                nxt = lines[j]
                if nxt.region != "content" or nxt.kind == "h" or (nxt.kind == "dt" and not terms):
                    break
                if j > i + 1 and is_enquiry_heading(nxt.text):
                    break  # (a table layout's 「提出先・お問い合わせ先」 row: the contact block)
                if (
                    j > i + 1
                    and _is_label(nxt.text)
                    and not _METHOD_HEAD_RE.search(nxt.text)
                    and not _MENTION_RE.search(nxt.text)  # (「3. FAX」: the next method)
                ):
                    break
                # (「【提出方法】…」 then 「【提出先】」: the next label starts its own region)
                head_at = _METHOD_HEAD_RE.search(nxt.text)
                if (
                    kind == "method"
                    and _is_label(nxt.text)
                    and head_at
                    and head_at.start() <= _LABEL_START
                ):
                    break
                mark(j, kind)
    return flags


_ITEM_LINES = 4  # an item's own lines after its number, at most (place, hours, a ※ remark)


def _next_item(lines: list[Line], at: int, end: int, style: str) -> int:
    """The index of the next item numbered as the one before (`style`: its number's shape,
    「0」 for 「1電子申請」 and 「①」 once normalised, 「(0)」, 「0.」) within an item's own
    lines from `at`, else -1."""
    if not style:
        return -1
    for k in range(at, min(end, at + _ITEM_LINES)):
        if _item_style(lines[k].text) == style:
            return k  # (「(2) By post」 in a heading of its own, like 「(1) By e-mail」)
        if lines[k].kind == "h":
            return -1
    return -1


def _item_style(text: str) -> str | None:
    """The shape of a short list item's number (「0」「(0)」「0.」「・」), or None for a line
    that is not one."""
    if len(text) > _MAX_ITEM_CHARS:
        return None
    # (under a list's lead, 「1 いばらき電子申請・届出サービス(オンライン)」「2 電子メール」: a
    # number and a space)
    item = _BULLET_ITEM_RE.match(text) or _SPACED_NUMBER_RE.match(text)
    return _DIGITS_RE.sub("0", item.group()) if item else None


_SPACED_NUMBER_RE = fastre.compile(r"^\d{1,2}\s(?=\S)")


_DIGITS_RE = re.compile(r"\d+")
# A list item written as a paragraph: 「・郵送」「①メール」「(2)窓口」「1.」.
_BULLET = r"(?:[・●○◆◇■□▪-]|[①-⑳]|\(\d{1,2}\)|\d{1,2}[.)]|[(]?[アイウエオ][)])"
_LABEL_LINE_RE = fastre.compile(r"^(?:[■●◆◇□○◎▼▶【\[]|\(\d\)|\d\.\s?\S{1,12}$)")


def _is_label(text: str) -> bool:
    return (len(text) <= 25 and bool(_LABEL_LINE_RE.match(text)) and "】" in text) or (
        len(text) <= 16 and text[:1] in "■●◆◇□◎★☆▼▶"
    )


_EGOV_RE = fastre.compile(r"e-?Gov|E-?Gov|イーガブ")
# 「画面上部の「電子申請」メニューは市の電子申請サービスの入口です」: a sentence on the site's
# own menu item, not a way to file
_SITE_MENU_RE = fastre.compile(
    r"(?:画面|ページ)(?:の)?(?:上部|右上|左上|上|右側|左側)の「?(?:電子申請|オンライン申請)"
    # (「The "電子申請 (Online services)" link in the menu is for other procedures」)
    r"|\blink in the (?:site |global |top |main )?menu\b"
)
# (「令和7年8月31日まで利用していたGoogleフォーム(https://…)は受付を終了しました」: the old
# one, named right after the words that say so)
_OLD_FORM_BEFORE_RE = fastre.compile(OLD_FORM_BEFORE)
# 「旧フォーム」「旧アドレス」: the one that was replaced, not the method
_OLD_ONE_RE = fastre.compile(
    # (「旧電話番号(…)は…で使用を終了しました」: an old contact's end, not a method's)
    # (「(旧:0234-72-5800 令和8年3月31日で使用を終了しました)」 under the fax's heading)
    r"旧(?:フォーム|システム|アドレス|メールアドレス|URL|サービス|窓口|電話|番号|FAX|ファクス|住所|連絡先|$|\s?:)"
    # (「旧担当課のメールアドレス・ファックス番号での受付は終了しました」)
    # (「旧提出先(<s>…</s>)あての郵送はお控えください」: mail to the old one)
    r"|旧(?:担当課|担当部署|担当|提出先)(?:\([^()]*\))?(?:の|あて|宛)"
    # 「これまで利用していたLoGoフォーム」
    # (「令和7年8月まで使用していた<del>…</del>は廃止しました」: the struck address's end)
    r"|(?:これまで|以前|従来|\d[日月]まで)(?:ご)?(?:利用|使用)(?:して)?いた|"
    r"(?:これまで|以前|従来)(?:ご)?案内(?:されて|して)いた|"  # 「以前案内されていたGoogleフォーム」
    + OLD_FORM_BEFORE
    # 「※令和7年9月30日までの受付場所(本庁舎1階 市民参画課)では受け付けておりません」
    + r"|まで(?:の|ご案内していた|利用していた|使用していた)(?:受付場所|受付窓口|窓口|提出先)"
)


# やさしい日本語's old number or address: 「まえのファクスばんごう」「前のメールアドレス」.
_FORMER_NUMBER_RE = fastre.compile(
    r".{0,4}?(?<![一-龯])(?:まえ|前)の\s?(?:ファクス|ファックス|FAX|メール)\s?(?:ばんごう|番号|アドレス)"
)


# A row of the 提出先's contacts: a label, then the address.
# (obfuscated too: 「メール | kikaku(at)vill.toho…」)
_EMAIL_ROW_RE = fastre.compile(
    r"^\s*(?:E-?[Mm]ail|電子メール|メール)(?:アドレス)?\s*:?\s*[\w.+-]+" + AT_VARIANTS + r"[\w-]+\."
)


# 「次のいずれかの方法で」「下記の方法により」: the ways are listed elsewhere, so a 直接 after it
# says where to (the section itself, not another office), not how.
# (or to the municipality itself, not through a system: 「このシステムでは提出できませんので、
# 青森市へ直接提出してください」)
_BY_THESE_WAYS_RE = fastre.compile(
    r"(?:方法|いずれか)(?:で|により|にて)、?$|(?<!役)[市区町村](?:へ|に)、?$"
)


_EN_AGENCY_BEFORE_RE = fastre.compile(r"\bImmigration Services Agency's\s$")

# A mail magazine's name in brackets, open up to the word: 「メールマガジン「…メール」」.
_MAGAZINE_NAME_RE = fastre.compile(r"(?:メールマガジン|メルマガ)\s?「[^」]*$")
_OPEN_NAME_RE = fastre.compile(r"「[^「」]{1,16}$")  # (「「みなみあそ防災(ぼうさい)メール」」)
_ADDRESS_LABEL_RE = fastre.compile(r"\((?:E-?[Mm]ail|e-?mail|Email|メール)\s?:\s?[\w.\-]+@")
_CLOSED_AFTER_RE = fastre.compile(
    r"\s?(?:が|の)\s?(?:開いていない|あいていない|閉まって|しまって|休み)"
)
_SERVICE_NAME_AFTER_RE = fastre.compile(r"「[^「」@]{1,12}メール」")
# The mail that goes to the filer, not a way to file: 「If the e-mail address you typed was
# wrong, the e-mail cannot reach you」.
_MAIL_TO_YOU_RE = fastre.compile(
    r"\s(?:cannot|can't|does not|doesn't|did not|didn't|will not|won't|may not) "
    r"(?:reach|arrive|come|get to)\b"
    # (「メール本文のURLから申込画面を開き」「メールが届かない場合は、…からのメールを受信できるよう
    # 設定を確認してください」)
    r"|\s?(?:の\s?)?本文|\s?が\s?(?:届かない|届きません|とどかない)|\s?を\s?受信(?:できる|する)"
)
# The reader's connection, not a way to file: 「インターネットがつながりにくいときは」.
_POOR_LINE_RE = fastre.compile(r"\s?(?:が|の)\s?(?:つながりにくい|つながらない|つながりません)")
# What a thing just named is not: 「これは協力確認書をおくるメールではありません。」 (a town's alert
# mail) offers and refuses nothing.
_THIS_IS_NOT_RE = fastre.compile(
    r"^\s?(?:※\s?)?(?:これ|こちら|それ)\s?は、?\s?[^。]{0,24}(?:メール|フォーム)\s?では\s?(?:ありません|ない)"
    # (「The town sends the information … by this mail address. It is not the submission by
    # e-mail.」)
    r"|^\s?(?:※\s?)?(?:It|This|That) is not (?:the |a )?(?:submission|way of submitting)\b"
)

# A page's sentences number a few hundred at most; the cache is emptied for each page.
_MENTIONS_KEPT = 1024


@functools.lru_cache(maxsize=_MENTIONS_KEPT)
def _mentions(sentence: str, *, place_only: bool = False) -> tuple[tuple[str, int, int], ...]:
    """Method words in a sentence. `place_only`: the sentence only names the place to submit
    to (a line under 提出先), where 「○○課窓口」 is where the office is, not a way to submit.
    Kept for the page being read: a line is read whole, by sentences and again in context,
    and about a fifth of the calls repeat one already made (`extract_methods` empties it)."""
    found: list[tuple[str, int, int]] = []
    if ("では" in sentence or " not " in sentence) and _THIS_IS_NOT_RE.match(sentence):
        return ()
    for m in _MENTION_RE.finditer(sentence):
        name = m.lastgroup or ""
        if place_only and name == "counter" and m.group().startswith("窓口"):
            continue
        if m.start() and sentence[m.start() - 1] == "@":
            continue  # 「no-reply@logoform.jp に返事をしないでください」: a sender's address
        if name == "online_form" and (
            "在留" in sentence[max(0, m.start() - 12) : m.start()]
            or _IMMIGRATION_SYSTEM_RE.search(sentence, max(0, m.start() - 24), m.end())
        ):
            continue  # 「在留諸申請をオンラインで行う場合も」: the immigration agency's system
        if name == "online_form" and _EN_AGENCY_BEFORE_RE.search(sentence, 0, m.start()):
            continue  # '… through the Immigration Services Agency's online system'
        if name == "online_form" and _EGOV_RE.search(
            sentence, max(0, m.start() - 12), m.end() + 12
        ):
            continue  # 「電子申請(e-Gov)でも届出ができます」: the national system
        if name == "online_form" and _SITE_MENU_RE.search(sentence):
            continue
        if name == "online_form" and _OTHER_FORM_BEFORE_RE.search(sentence, 0, m.start()):
            continue  # 「※このアンケートのフォームから…」「…セミナー申込フォームからどうぞ」
        if name == "online_form" and NOT_FOR_THE_FORM_RE.search(sentence):
            continue  # 「協力確認書の提出はこのフォームではできません」: the class's form above
        if name == "email" and (
            _MAGAZINE_NAME_RE.search(sentence, 0, m.start())
            # (a service's name in brackets, 「「たけたメール」の登録は」, or the city's mail
            # delivery, 「竹田市メール配信サービス」)
            or (sentence.startswith("」", m.end()) and _OPEN_NAME_RE.search(sentence, 0, m.start()))
            or sentence.startswith(("配信", "登録"), m.end())
            # (the city's mail named after the word: 「行政情報メール「うだメール」でも…」)
            or _SERVICE_NAME_AFTER_RE.match(sentence, m.end())
        ):
            continue  # 「町のメールマガジン「しれとこ・しゃりメール」でお知らせします」: its name
        if name == "email" and _ADDRESS_LABEL_RE.match(sentence, max(0, m.start() - 1)):
            continue  # 「…総合政策課 (e-mail: sogoseisaku@…)」: a desk's address, labelled
        if name == "email" and sentence.endswith(("empty ", "blank "), 0, m.start()):
            continue  # 「…send an empty e-mail to entry-…@bousai…」: a sign-up (空メール)
        if name == "online_form" and _POOR_LINE_RE.match(sentence, m.end()):
            continue  # 「しまのインターネットがつながりにくいときは、ゆうびんで…」: a condition
        if name == "email" and _MAIL_TO_YOU_RE.match(sentence, m.end()):
            continue  # 「…the e-mail cannot reach you」: the mail sent to the filer
        if name == "counter" and _CLOSED_AFTER_RE.match(sentence, m.end()):
            continue  # 「村の窓口が開いていない夜間や休日でも提出できます」: when it is closed
        if _OLD_ONE_RE.search(sentence, 0, m.start()):
            continue  # 「旧フォームのURLや…二次元コードからは提出できません」: the old one
        if _FORMER_NUMBER_RE.match(sentence, max(0, m.start() - 4)):
            continue  # 「※ まえのファクスばんごう(…) は、…からつかえません」: the old number
        if name == "counter" and m.group().startswith(("窓口", "まどぐち")):
            before = sentence[max(0, m.start() - 3) : m.end()]
            if _LABEL_COUNTER_RE.search(sentence[: m.end()]) and _LABEL_END_RE.match(
                sentence, m.end()
            ):
                continue  # 「【提出窓口】」「受付窓口:国際課」 name the place, not a way
            if _ADDRESS_COUNTER_RE.search(before) and not _STRONG_SUBMIT_RE.search(sentence):
                continue
        if (
            name == "counter"
            and m.group() == "直接"
            and _BY_THESE_WAYS_RE.search(sentence, max(0, m.start() - 30), m.start())
            and "持" not in sentence[m.end() : m.end() + 2]  # (「市へ直接お持ちください」 is)
        ):
            continue  # 「…へ、次のいずれかの方法で直接提出してください」: to them, not in person
        found.append((name, m.start(), m.end()))
    return tuple(found)


# A guide to the system as the sentence's subject: what it says it is not is the guide.
_MANUAL_SUBJECT_RE = fastre.compile(r"(?:手順書|マニュアル|手引き?|説明書)(?:は|について)")
# Another matter's form named right before the mention: a survey's (「このアンケートのフォーム」)
# or an event's sign-up (「セミナー申込フォーム」, or with its system in brackets after it:
# 「にほんご教室 受講申込フォーム(Googleフォーム)」).
_OTHER_FORM_BEFORE_RE = fastre.compile(
    r"(?:アンケート|調査)(?:の|用の|回答)?\s?$"
    r"|(?:申込|申込み|申し込み|参加|予約|応募)(?:用の?)?(?:フォーム\s?\()?\s?$"
)


_NO_ONLINE_DESK_RE = fastre.compile(
    r"(?:電子申請|オンライン)[^。]{0,12}?の(?:受付窓口|仕組み|しくみ)は(?:ありません|ございません)"
)
# A way's forms sent again another way: 「…場合は、…いずれかの方法で再度ご提出を…」.
_RESUBMIT_RE = fastre.compile(
    r"(?:場合|とき)は、?[^。]{0,24}(?:いずれか|ほか|他|別)の方法で(?:再度|改めて|あらためて)\s?(?:ご)?提出"
)


# 「E-mail submission: please use the online form instead」: what comes before is refused,
# what the instruction names is the way.
_EN_INSTEAD_RE = fastre.compile(r"\b[Pp]lease use\b[^.]{0,50}\binstead\b")


# A clause giving the occasion of a change: 「なお、FAXによる受付は、オンラインでの提出の開始に
# あわせて…終了しました」 ends fax; the method whose start is the occasion is not ended.
_OCCASION_RE = fastre.compile(
    # (「…、LoGoフォームでの受付開始に伴い、…」)
    # (「…、オンライン(スマート申請)での受付を開始したことに伴い、…」)
    r"(?:(?<=、)|^)[^、。]{1,20}?(?:の|受付を?)(?:開始|導入)(?:した(?:こと)?)?"
    # (「…の開始にあわせ、」; 「…での受付開始にともない、」)
    r"(?:に(?:あわせて?|合わせて?|伴い|伴って|ともない|ともなって)|を受けて|とともに)、?"
)


# The same form sent more than one way: 「Please do not send the same … by two or more methods
# (for example, e-mail and mailing)」「重複して提出しないでください」
_SAME_FORM_TWICE_RE = fastre.compile(
    r"\bnot\b[^.]{0,60}\b(?:two or more|more than one|multiple|several) (?:methods|ways)\b"
    r"|(?:\bnot|n't) (?:send|submit|file) the same\b"  # ('Please don't send the same form by …')
    # (「…電子申請とメールなど複数の方法で重ねて提出しないでください」)
    # (「郵送やファクスで重ねて提出しないでください」)
    r"|(?:複数の(?:方法|手段)で|重複して|重ねて)(?:重ねて)?"
    # (「同じ協力確認書を複数の方法で重ねて送らないでください」)
    r"(?:(?:ご)?(?:提出|送付|送信)(?:しない|なさらない|されない)|(?:送ら|おくら|出さ|ださ)ない)"
    # (「1つのメールで、ほかの会社のぶんをいっしょにおくらないでください」: not bundled)
    r"|(?:いっしょに|一緒に|まとめて)\s?(?:おくら|送ら|送信し|提出し|ださ|出さ)ない"
)


# A limit on what is sent that way: 「添付ファイルの合計が10MBを超えるメールは…」.
_SIZE_LIMIT_RE = fastre.compile(r"\d\s?(?:MB|KB|GB|メガ)|容量|を超える|(?i:\bexceed)")
_SIZE_CHARS = 16  # (right before the mention: 「…10MBを超える」)
# An English subordinate clause starting between two mentions: 「…, when the …」.
# (「…help you fill in the online form on a tablet, but a printed form handed in at the counter
# cannot be accepted」: the refusal is the second clause's)
# (an imperative after a clause: 「Until e-mail submission starts, please use the online …」)
_EN_CLAUSE_RE = fastre.compile(r",\s?(?:when|as|because|since|but|while|although|though|please)\b")
# What replaced a way that ended: 「…, when the online form replaced it」.
_REPLACED_IT_RE = fastre.compile(
    r"^\s?(?:has |have )?(?:replaced|replaces|took over from) (?:it|them)\b"
)
# A sentence whose only predicate points to a section: 「…は、下記「4 電子メール」をご覧ください」.
_POINTER_ONLY_RE = fastre.compile(
    r"^[^。「]*(?:は|については)、?\s?(?:下記|上記|以下|次)の?\s?「[^」]{1,20}」\s?"
    rf"{_SEE_IT}(?:ください|下さい)。?\s?$"
)
# The ways told on another page: 「提出方法(郵送先・メールアドレスを含みます)や様式…の詳しい
# 内容は、次のページにまとめていますので、必ずそちらでご確認ください」.
_ANOTHER_PAGE_RE = fastre.compile(
    r"^[^。]*(?:提出方法|提出先|提出の方法)[^。]*は、?[^。]{0,30}"
    r"(?:(?:次|下記|以下|別|リンク先|移動先|専用)の\s?"
    r"(?:専用\s?)?ページ"  # (「…は、次の専用ページに掲載しています」)
    # (a notice in a file: 「久山町への提出方法(郵送・持参など)、提出先…は、下記のお知らせ(PDF)に
    # 掲載しています」)
    r"|(?:次|下記|以下|別|添付)の\s?(?:お知らせ|案内|資料|チラシ)\s?\((?:PDF|PDFファイル)[^()]{0,12}\))"
    # (「提出の方法(郵送先の住所や、電子メールで送る場合のアドレスを含みます)、様式、記載例は、
    # すべて移動先のページに掲載しています」「…提出の方法(郵送・窓口・電子メール)、様式の
    # ダウンロードは、専用のページにまとめています」)
    r"[^。]{0,30}(?:ご確認|ご覧|参照|掲載して|載せて|まとめて)"
)
_CROSSED_ITEM_RE = fastre.compile(r"^\s?[×✕✖✗☓]\s?:?\s?[^\s:]")
_PLANNED_BADGE_RE = fastre.compile(r"^\s?(?:受付)?(?:準備中|じゅんびちゅう)")
_BADGE_LINE_CHARS = 24


# Ways said for when acceptance has begun: not yet offered.
_ONCE_STARTED_RE = fastre.compile(
    r"^\s?[※・]?\s?(?:受付(?:の)?開始後|受付が(?:始まり|はじまり|開始され)(?:ましたら|次第)"
    r"|受付(?:を)?開始(?:しましたら|次第))、?(?:は|には)?、?"
)


# Other bodies listed before, said not to be the municipality's: 「次の機関にお問い合わせくだ
# さい。いずれも明石市の窓口ではありませんので、協力確認書の提出はできません」.
_NOT_OUR_DESKS_RE = fastre.compile(
    r"(?:いずれも|これらは|これらの機関は)[^。]{0,12}(?:窓口|機関)ではありません"
    # (「以下は参考として、近隣区の担当をご案内するものです(江東区の窓口ではありません)」)
    r"|(?:参考|ご案内)[^。]{0,30}\([^()]{0,8}の窓口ではありません\)"
)

# Another matter's form, said not to take the form: 「…回答フォームからご協力をお願いします(この
# 回答フォームはアンケート専用で、協力確認書の提出には使えません)」.
_FORM_NOT_FOR_IT_RE = fastre.compile(
    r"(?:登録|回答|申込み?|申し込み|アンケート)フォーム[^。]{0,40}協力確認書の\s?提出には\s?"
    r"(?:使え|つかえ|利用でき|ご利用いただけ)ません"
)


def _judge(sentence: str, result: MethodResult, *, place_only: bool = False) -> bool:
    """Add the methods of one in-context sentence to `result`; True when it gave any."""
    if "開始" in sentence or "導入" in sentence:
        sentence = _OCCASION_RE.sub("", sentence)
    mentions = _mentions(sentence, place_only=place_only)
    if not mentions:
        return False
    if _EN_WE_SEND_RE.match(sentence):
        return False  # 「We send such requests to the contact person …, by e-mail or letter」
    if "ではありません" in sentence and _NOT_THE_FORMS_RE.search(sentence):
        return False  # 「(…回答フォーム)(…。協力確認書の提出フォームではありません)」: a survey's
    if "「" in sentence and _POINTER_ONLY_RE.search(sentence):
        return False  # 「電子メールによる提出は下記「4 電子メール」をご覧ください。」: see there
    if ("ページ" in sentence or "PDF" in sentence) and _ANOTHER_PAGE_RE.search(sentence):
        # 「提出方法(郵送先・メールアドレスを含みます)…は、次のページに…ご確認ください」
        return False
    if _SAME_FORM_TWICE_RE.search(sentence):
        return False  # 「同じ協力確認書を複数の方法で提出しないでください」: once, by any one way
    if "ではありません" in sentence and _NOT_OUR_DESKS_RE.search(sentence):
        return False  # 「いずれも明石市の窓口ではありませんので、協力確認書の提出はできません」
    if "ません" in sentence and _FORM_NOT_FOR_IT_RE.search(sentence):
        return False  # 「登録は…登録フォームから行えます(協力確認書の提出には使えません)」
    if _ONCE_STARTED_RE.match(sentence):
        # 「受付開始後は、郵送または電子メールでご提出ください」 on a page accepting nothing yet
        result.planned |= {name for name, _start, _end in mentions}
        return False
    if _REFUSED_LIST_RE.match(sentence) or (
        # (an item of a ○/× table read as text: 「○ 郵送。○ 電子メール。× ファクス。」)
        len(sentence) <= _MAX_ITEM_CHARS and _CROSSED_ITEM_RE.match(sentence)
    ):  # 「受け付けない方法 | メール、FAX、区役所窓口への持参」
        result.negated |= {name for name, _start, _end in mentions}
        return False
    if "ません" in sentence and _NO_ONLINE_DESK_RE.search(sentence):  # (…はありません/ございません)
        # 「村には電子申請(オンライン)の受付窓口はありません」: no online way, the 窓口 a figure
        # (「…インターネット上で提出するための電子申請の仕組みはありません」)
        result.negated.add("online_form")
        return False
    resubmit = _RESUBMIT_RE.search(sentence) if "方法で" in sentence else None
    if resubmit:
        # 「ファクスで送られた場合は、…上記1~3のいずれかの方法で再度ご提出をお願いすることが
        # あります」: sent that way, it has to be sent again another way
        result.negated |= {name for name, start, _end in mentions if start < resubmit.start()}
        return False
    redirect = _EN_INSTEAD_RE.search(sentence)
    if redirect and mentions[0][1] < redirect.start():
        result.negated |= {name for name, start, _end in mentions if start < redirect.start()}
        return _judge(sentence[redirect.start() :], result, place_only=place_only)
    # Mentions joined only by connectors (「メール及びFAXでの提出はできません」) share the fate
    # of the clause after the last of them.
    groups: list[list[tuple[str, int, int]]] = [[mentions[0]]]
    for prev, cur in itertools.pairwise(mentions):
        between = sentence[prev[2] : cur[1]]
        # a remark in brackets naming another method is about that one: 「電子メール・郵送
        # (窓口での受付は終了しました)」, unlike 「電子申請(ながの電子申請サービス)は準備中」
        # (not a closed bracket between them: 「窓口での受付(区役所・市役所本庁舎とも)、
        # ファックスでの受付は行っておりません」)
        inside = between.count("(") > between.count(")")
        remark = inside and cur[0] not in {name for name, _s, _e in groups[-1]}
        # (nor across the end of a remark the group began in: 「(郵送・電子メールは随時)
        # ファクスでの提出は受け付けておりません」)
        # (but 「紙での提出(郵送・窓口)及びメールでの提出は…」 closes it with nothing said)
        opened = sentence[: groups[-1][0][1]]
        closes = (
            between.count(")") > between.count("(")
            and opened.count("(") > opened.count(")")
            and bool(between.split(")", 1)[0].strip())
        )
        # (「持参 堺市役所本館12階 国際課 ※各区役所の窓口では受付しておりません」: a ※ remark
        # starts a clause of its own)
        # (nor a refusal between them: 「…through the … service (…) and no longer accepts it
        # by e-mail」)
        if (
            not remark
            and not closes
            and "※" not in between
            # (an address ends an item: 「メール:kikaku@… | ファクスでの提出は受け付けていません」)
            and "@" not in between
            and not _PREDICATE_RE.search(between)
            and not _NEGATION_RE.search(between)
            and not _EN_CLAUSE_RE.search(between)  # (「…by e-mail on …, when the online form」)
            and not _EVEN_IF_RE.match(between)  # (「ご来庁いただいても郵送・メールで…」)
        ):
            groups[-1].append(cur)
        else:
            groups.append([cur])
    gave = False
    for index, group in enumerate(groups):
        end = groups[index + 1][0][1] if index + 1 < len(groups) else len(sentence)
        tail = sentence[group[-1][2] : end]
        # English says it before the methods: 「We do not accept it at the counter or by fax」
        start = groups[index - 1][-1][2] if index else 0
        before = sentence[start : group[-1][1]]
        names = {name for name, _s, _e in group}
        if _WE_SEND_AFTER_RE.match(tail):
            continue  # what the city sends that way, not how to submit
        if _SENDER_BEFORE_RE.search(sentence, 0, group[0][1]) and _SENT_VERB_RE.match(
            sentence, group[0][1]
        ):
            continue  # 「the service automatically e-mails an "application completed" notice」
        if _REPLACED_IT_RE.match(tail):
            # 「we stopped accepting the form by e-mail on …, when the online form replaced it」:
            # the replacement is offered
            result.methods |= names
            gave = True
            continue
        if _EVEN_IF_RE.match(tail):
            continue  # 「ご来庁いただいても郵送・メールでの提出をお願いすることになります」
        if _ALREADY_FILED_RE.match(tail):
            continue  # 「ファクスで既に提出済みの事業者は、改めて…必要はありません」: done before
        if _SEE_SECTION_RE.match(tail):
            continue  # 「(下記の「電子メール」をご覧ください)」: a section pointed to
        if _NEED_NOT_COME_RE.match(tail):
            continue  # 「市役所窓口へお越しいただく必要はありません」: not needed, not offered
        mention = sentence[group[-1][1] : group[-1][2]]
        negation = _NEGATION_RE.search(tail)
        if negation and index + 1 < len(groups) and _EN_BEFORE_NEXT_RE.match(tail, negation.end()):
            # 「…accepts the form through the … service (…電子申請サービス) and no longer accepts
            # it by e-mail」: English refuses the method named after the refusal
            negation = None
        if negation and _EN_NEW_SUBJECT_RE.search(tail, 0, negation.start()):
            # 「…staff can tell you how to use the online form, but they cannot take the paper
            # form」: the refusal is another clause's, of another thing
            negation = None
        if negation and _RECEIPT_MAIL_RE.search(
            sentence, max(0, group[0][1] - _RECEIPT_MAIL_CHARS), group[0][2]
        ):
            continue  # 「区から受付のメールはお送りしていません」: the receipt by mail, not the way
        if negation and tail.startswith("でした", negation.end()):
            continue  # 「…提出しようとして提出できませんでした」: what happened, not a rule
        if negation and _PLANNED_RE.search(tail, 0, negation.start()):
            # 「…by e-mail is being prepared (準備中) and cannot be used yet」「メールは準備中の
            # ため、現在ご利用いただけません」: not yet, so planned (first: 「電子申請による提出は
            # 現在準備を進めているところで、…受付の連絡はいたしません」 refuses something else)
            result.planned |= names
            continue
        if negation and _MANUAL_SUBJECT_RE.search(before):
            # 「操作手順書は電子申請の画面の使い方を説明したもので、提出書類ではありません」
            continue
        # (in the refusal's own clause: 「…(祝休日・年末年始を除く) ※区民事務所では受け付けて
        # いません」 is not about the closed days)
        if negation and _RECEIPT_RE.search(
            _without_weekdays(_last_clause(tail[: negation.start()]))
        ):
            continue  # the refusal is about the receipt: the methods stand or fall elsewhere
        if negation and _ANOTHER_PLACES_SHARE_RE.search(tail, 0, negation.start()):
            continue  # 「西海市の電子申請フォームから佐世保市の分を提出することはできません」
        if negation and _SIZE_LIMIT_RE.search(
            sentence, max(0, group[0][1] - _SIZE_CHARS), group[0][1]
        ):
            continue  # 「添付ファイルの合計が10MBを超えるメールは受信できません」: a size limit
        if negation and _FORWARDING_RE.search(tail, 0, negation.start()):
            continue  # 「区役所へお持ちいただいても本庁舎への回送はいたしません」: forwarding
        # (with the mention: 「…の各窓口では受付しておりません」)
        # (or after it: 「…窓口へお持ちください。受付時間:… ※台場分室では受け付けていません」)
        if (
            negation
            # (「持参による提出は、本庁・区役所・支所のいずれの窓口でも…」: said before the 窓口)
            and not _EVERY_OFFICE_RE.search(sentence, start, group[-1][2] + negation.start())
            and (
                result.about_another_office(before + mention + tail[: negation.start()])
                or _refused_at_another_office(tail, negation, result)
            )
        ):
            said_of = before + mention + tail[: negation.start()]
            # (a remark in a bracket opened among the group's words is one too: 「1.持参:役場
            # 2階 …課窓口(火曜日の夜間延長窓口では受け付けておりません)」)
            # (not a bracket around the whole refusal: 「(区役所の窓口への持参は不可)」)
            opened = said_of.rfind("(")
            remark_open = opened > said_of.rfind(")") and opened > group[0][1] - start
            # (nor a refusal in a later clause, after the way's own has ended: 「…本庁2階の…課の
            # 窓口へお持ちいただくか、のいずれかの方法でご提出いただくこととなりますが、…各支所
            # では受け付けておりません」)
            if (
                not {"※", "("} & set(tail[: negation.start()])
                and not remark_open
                and not _CLAUSE_END_RE.search(tail, 0, negation.start())
            ):
                continue  # 「区役所あてに郵送されたものは受付できません」: about that office
            # 「1 対面(窓口へ持参) 区役所本庁舎9階… ※区民事務所・出張所では受け付けていません」:
            # the item stands, its remark refuses another office
            negation = None
        if (
            negation
            and (
                _EN_ABOUT_ELSE_RE.search(tail, 0, negation.start())
                or _FILE_REFUSED_RE.search(tail, 0, negation.start())
                # (「When you send the form by FAX, we cannot return a stamped copy」)
                or _EN_RECEIPT_REFUSED_RE.match(tail, negation.end())
                # (「Word or Excel files sent by e-mail cannot be accepted」)
                or _EN_FILES_SENT_BY_RE.search(before)
                # (「料金不足の郵便物は受け取ることができません」: underpaid mail, not the post)
                or _POSTAGE_RE.search(before + mention + tail[: negation.start()])
                # (「…1通のメールに複数の事業者の協力確認書を添付しないでください」: bundling)
                or _BUNDLED_RE.search(before + mention + tail[: negation.start()])
            )
        ):
            # 「When submitting by e-mail, attach the form in Excel format. PDF files … cannot be
            # accepted」: the refusal is of the file, not of the method
            negation = None
        if negation and _ONE_ADDRESS_RE.match(tail):
            # 「※産業労政課のメールアドレス(sangyo-rosei@…)での協力確認書の受付は、…終了しま
            # した」: that address, not e-mail
            continue
        if negation and _SENT_TO_NUMBER_RE.match(tail):
            # 「※8月1日以降、商工観光課の窓口・ファクス番号(…)あてに提出されたものは受け付け
            # できません」: what is sent to that desk or number, not the way
            continue
        if negation and _NOT_SIGNED_UP_RE.search(tail, 0, negation.end()):
            continue  # 「Q2 …電子申請サービスの利用者登録をしていません」: the reader's state
        if negation and _AFTER_FILING_RE.search(tail, 0, negation.start()):
            continue  # 「電子申請の画面から取り下げることはできません」: undoing it, not filing
        if negation and _UNLESS_RE.search(tail, 0, negation.start()):
            # 「…で利用者登録をしてからでないと申請できません」: a condition on using it
            continue
        if negation and _NOT_SUPPORTED_RE.match(tail):
            # 「(旧様式は)オンライン提出に対応していないため、現在は使用できません」: what
            # something else lacks, not a refusal of the method
            continue
        if (
            negation
            and _CLAUSE_END_RE.search(tail[: negation.start()])
            # (unless the method is the topic the sentence refuses: 「…インターネット上での提出
            # について、問い合わせを多くいただいていますが、…現在のところ実施しておりません」)
            and not _TOPIC_REFUSED_RE.match(tail)
        ):
            # 「メールで提出する場合、PDF形式に限ります(Word形式はお受けできません)」: the
            # refusal ends another clause, about something else than the method
            negation = None
        if negation and (
            _OLD_ONE_RE.search(tail, 0, negation.start()) or _OLD_FORM_BEFORE_RE.search(before)
        ):
            # 「LoGoフォームによる受付を開始し、これまで利用していたGoogleフォーム…による受付は
            # 終了しました」: the old one ended, not the one named
            negation = None
        if negation and (
            _ABOUT_DAYS_RE.search(_open_bracket(tail[: negation.start()]))
            or (
                ")" not in tail[: negation.start()] and _ABOUT_DAYS_RE.search(_open_bracket(before))
            )
        ):
            # 「もってくる ことが できる日:…(やすみの日は できません)」: the days, not the way
            # (「…課窓口(火曜日の夜間延長窓口では受け付けておりません)」: the days in the
            # bracket before the mention)
            negation = None
        if (
            negation
            and (names == {"counter"} or (names == {"online_form"} and result.own_form))
            and _THAT_DESK_RE.search(before)
        ):
            # 「…外国人総合相談窓口 電話:…」 then 「この窓口では協力確認書は受け付けていません」:
            # the desk just named, not the counter (and, beside the page's own form, 「※これまで
            # 利用していたGoogleフォーム(…)は…終了しました。このフォームから送信された内容は
            # 受け付けられません」: the old form just named)
            continue
        if (
            negation
            and names == {"online_form"}
            and result.own_form
            and _NOT_LISTED_RE.search(sentence)
        ):
            # 「町が運営する「電子申請」のページから探しても、この手続きは表示されません」 beside
            # the page's own form: the portal does not list it
            continue
        if negation and _ON_THOSE_DAYS_RE.search(before):
            # 「金曜日の夜間延長…や日曜日の開庁日は、…一部の窓口のみの取扱いのため、協力確認書は
            # お預かりできません」: not on those days, said of the way offered on others
            continue
        # (not of the file named after the way: 「We cannot accept the form by e-mail as a PDF,
        # a photo or a scanned image」)
        english_refusal = (
            not negation and _english_refusal(before) and not _EN_AS_FILE_RE.match(tail)
        )
        # (with the mention, as above: 「not accepted at the Town Office counters, including the
        # Misato Branch Office」 names the own office in the method's words)
        if english_refusal and result.about_another_office(before + mention + tail):
            continue  # 「※We cannot accept the form in person at the branch offices」
        if (
            (negation or english_refusal)
            and _EN_THAT_ONE_RE.search(before)
            and _NUMBER_AFTER_RE.match(tail)
        ):
            # 「The application of the seminar is by FAX to the Chamber of Commerce (FAX …).
            # Please do not send the … document to this FAX number.」: the number just named
            continue
        if negation or english_refusal:
            result.negated |= names
        elif (
            _PLANNED_RE.search(tail)
            or _EN_PLANNED_BEFORE_RE.search(before)
            # a card's badge printed before its title: 「準備中(4)電子メール」
            or (len(sentence) <= _BADGE_LINE_CHARS and _PLANNED_BADGE_RE.match(before))
            # 「We will put the link on this page when the online form opens.」
            # (「When the reception by e-mail starts, it will be informed on this page.」)
            or (_EN_WHEN_BEFORE_RE.search(before) and _EN_STARTS_AFTER_RE.match(tail))
        ):
            result.planned |= names
        else:
            result.methods |= names
            gave = True
    return gave


# English names the place after the refusal: 「(not accepted at the Yawata, Matsuyama and
# Hirata branch offices)」.
_EN_PLACE_AFTER_RE = fastre.compile(r"\s?(?:at|in|by)\b[^.()]*")


# (「郵便料金が不足している郵便物はお受け取りできません」)
_POSTAGE_RE = fastre.compile(r"料金(?:が|の)?不足|切手(?:が|の)?不足|料金未納|不足料金")


def _refused_at_another_office(tail: str, negation: re.Match[str], result: MethodResult) -> bool:
    """An English refusal followed by the place it is said of, another office."""
    if not negation.group().isascii():
        return False
    place = _EN_PLACE_AFTER_RE.match(tail, negation.end())
    return place is not None and result.about_another_office(place.group())


# The forwarding of a form handed in elsewhere, refused: not the method itself.
# (「区役所へお持ちいただいても市庁舎へ回送することはできません」)
# (「…区役所から市役所へお届けすることもしておりません」)
_FORWARDING_RE = fastre.compile(
    r"(?:回送|転送|(?:市役所|本庁)(?:へ|に)お届け)(?:すること|いたすこと)?(?:は|を|も|の)?\s?$"
)
# The end of an English refusal that names its method next: 「… no longer accepts it by 」.
_EN_BEFORE_NEXT_RE = fastre.compile(r"[^.。]{0,24}\b(?:by|via|through|at|in)(?: the)?\s?$")
_ABOUT_DAYS_RE = fastre.compile(r"日|休み|やすみ|休日|祝|時間|じかん")
# A desk or a form pointed back to: 「この窓口では…」「こちらの窓口は…」「このフォームから…」.
# (「次の窓口は協力確認書の提出先ではありません」 over a list of consultation desks)
_THAT_DESK_RE = fastre.compile(
    r"(?:^|[、\s])(?:この|その|こちらの|これらの|次の|以下の|下記の|上記の)\s?(?:相談)?$"
)
# 「… to this FAX number」: the number just named, not the way.
_EN_THAT_ONE_RE = fastre.compile(r"\b(?:this|that|these|those|the above)\s$")
_NUMBER_AFTER_RE = fastre.compile(r"\s?(?:numbers?\b|No\.)")
# A sentence that starts by naming days or hours: 「…日曜日の開庁日は、」「夜間窓口では、」.
_ON_THOSE_DAYS_RE = fastre.compile(
    # (「※土曜日・日曜日・祝日および年末年始(12月29日~1月3日)は、窓口での受付を…」)
    r"(?:土曜|日曜|休日|祝日|年末年始|夜間|時間外|開庁日)[^、。]{0,12}(?:\([^()]{1,16}\))?"
    r"(?:は|には|では)、?"
    # (「土曜日・日曜日の開庁窓口では取り扱っておりません」: the days' desk, just before it)
    r"|(?:土曜|日曜|休日|祝日|夜間|時間外)[^、。]{0,12}の\s?(?:開庁|延長|休日)?$"
    # (the system's down time: 「なお、システムの保守作業のため、毎月第3日曜日の午前0時から
    # 午前6時まではスマート申請を利用できません」)
    r"|(?:保守|メンテナンス|点検)(?:作業)?の(?:ため|間)"
)


# A date's weekday: 「令和8年10月31日(土曜日)をもって受付を終了しました」 ends on that day; it
# does not say the counter is closed on Saturdays.
_DATE_WEEKDAY_RE = fastre.compile(r"(?<=日)\s?\((?:[月火水木金土日]|[月火水木金土日]曜日?)\)")


def _without_weekdays(text: str) -> str:
    """`text` without the weekdays after its dates."""
    return _DATE_WEEKDAY_RE.sub("", text) if "(" in text else text


def _open_bracket(text: str) -> str:
    """What follows the last bracket still open at the end of `text` (normalised: brackets are
    ASCII), or ""."""
    at = text.rfind("(")
    return text[at + 1 :] if at >= 0 and ")" not in text[at:] else ""


# Several filers' forms in one mail or envelope: what is refused is the bundling.
_BUNDLED_RE = fastre.compile(r"(?:1通|一通|ひとつ|1つ)の(?:メール|封筒)に")


# A line heading a list of refused methods: 「次の方法では受け付けておりません」 then 「<li>電子
# メールでの提出</li><li>ファクスでの提出</li>」. The items are refused; the line refuses no
# method of the section it ends.
_REFUSING_HEAD_RE = fastre.compile(
    # (「次の方法での提出は受け付けておりません。」)
    # (やさしい日本語: 「つぎの出しかたはできません」)
    r"^(?:次|つぎ|以下|下記)\s?の\s?(?:方法|手段|出しかた|だしかた|出し方)(?:による提出|での提出)?"
    r"\s?(?:で|に)?\s?は\s?[^。]{0,6}"
    r"(?:受け付けて(?:おり|い)ません|受付(?:して(?:おり|い)ません|できません)|できません|提出できません"
    r"|(?:ご)?利用(?:いただけ|でき)ません)"  # (「次の方法はご利用いただけません」)
    r"(?:\s?[/・、]\s?準備中です)?"  # (「次の方法は受付していません/準備中です」)
    # (「次の方法では受け付けておりませんので、ご注意ください。」)
    r"(?:ので、?\s?ご(?:注意|留意|了承)ください)?"
    r"。?:?$"
    # (in English: 「We cannot accept:」 over 「forms sent as e-mail attachments - …;」 「forms
    # sent by fax.」)
    r"|^(?:[Ww]e|[Tt]he (?:[Cc]ity|[Tt]own|[Vv]illage))"
    r" (?:cannot|can't|can not|do not|don't|does not) accept(?: the following| these)?\s?:$"
)


def _refuse_item(text: str, result: MethodResult) -> None:
    """An item of a list of refused methods (「ファクスでの提出」), as a <li> or as a sentence
    of its own after the list's lead: its methods are refused, unless it names another office
    (「各区役所(…)、宮城総合支所…の窓口への持参」), in the item or in its first sentence
    (「埼玉県電子申請・届出サービスによる提出(…サービスには、…手続きはありません。上記1の
    Googleフォームをご利用ください)」 beside the city's own form)."""
    # (its first sentence: 「電子メール:…提出はできません。電子申請をご利用ください。」 points
    # to another way after the refusal)
    first = _first_sentence(text)
    if result.about_another_office(text) or result.about_another_office(first):
        return
    said = result.fresh()
    # (not the way a bracket points to instead: 「電子メールに…添付して送る方法(お手数ですが
    # LoGoフォームをご利用ください)」)
    _judge(_POINTER_BRACKET_RE.sub("", first), said)
    # (under 「次の方法は受付していません/準備中です」, an item 「…での提出は、現在準備を進めて
    # います」 is planned)
    result.negated |= (said.methods | said.negated) - said.planned
    if said.planned:
        result.planned |= said.planned
        result.planned_evidence.append(first.strip()[:100])


_NO_NEED_TO_COME_RE = fastre.compile(
    r"(?:来庁|来所|ご来庁|ご来所|お越し)(?:いただく|される|の)?\s?必要(?:は|も)?(?:ありません|ない)"
)
_QUESTIONS_REMARK_RE = fastre.compile(
    r"\([^()]{0,12}(?:での|による)(?:ご質問|お問い合わせ)[^()]*\)"
    # (「… Until then, please use the window or the mail. (Questions by e-mail are OK.)」)
    r"|\((?:[Yy]our |[Aa]ny )?[Qq]uestions (?:by|via|through) [^()]{1,40}\)"
)
_POINTER_BRACKET_RE = fastre.compile(r"\([^()]*(?:ご利用|お使い|ご覧)[^()]*\)")


def _refused_items(lines: list[Line]) -> set[int]:
    """The list items under a 「次の方法では受け付けておりません」 line, or under a heading
    「受け付けていない方法」."""
    items: set[int] = set()
    for index, line in enumerate(lines):
        # (or a box's title line: 「<p class="box__title">受け付けていない方法</p>」, or a term:
        # 「<dt>受け付けていない方法</dt><dd>ファクス、やまなし電子申請サービス</dd>」)
        titled = line.kind in ("h", "p", "dt") and len(line.text) <= _MAX_ITEM_CHARS
        if not (
            _REFUSING_HEAD_RE.match(line.text) or (titled and _REFUSED_LIST_RE.match(line.text))
        ):
            continue
        item_kinds = ("li", "dd") if line.kind == "dt" else ("li",)
        for at in range(index + 1, len(lines)):
            if lines[at].kind not in item_kinds:
                break
            items.add(at)
    return items


# A row or term that heads what is refused: 「受け付けない方法」「ご利用いただけない方法」.
_REFUSED_LIST_RE = fastre.compile(
    # (「2 受付を予定していない方法 ファクス、電子メール」 in a notice)
    rf"^\s?(?:{_HEAD_NUMBER})?[【\[]?(?:受け付けない|受付しない|受け付けできない|受付できない|ご利用いただけない"
    r"|受け付けていない|受付していない|受付を予定していない"  # (「受付を予定していない方法」)
    r"|利用できない|提出できない)(?:方法|もの)"
)


# The refusal names every office, the city hall's too: 「窓口での受付(区役所・市役所本庁舎とも)…
# 行っておりません」, 「本庁・区役所・支所のいずれの窓口でも受け付けておりません」.
_EVERY_OFFICE_RE = fastre.compile(
    r"(?:本庁舎|市役所|本庁)とも|いずれの(?:窓口|庁舎)(?:で|に|において)?も|すべての窓口"
)


# A row or item of the method list that is fax with its number: 「FAX | 0155-…」「(3)FAX 0155-…」
# 「<dt>3 ファクス</dt><dd>0261-…</dd>」
_PHONE_ROW_RE = fastre.compile(rf"^(?:{PHONE_LABEL})\s?(?:番号)?\s?:?\s?\(?\d")
# a list item written as a paragraph: 「4 FAX(0475-32-5115)」, 「⑤電子申請」 (「5電子申請」 once
# normalised), not 「10月から」「2階の窓口」
_BULLET_ITEM_RE = fastre.compile(
    rf"^(?:{_BULLET}|\d{{1,2}}\s|\d{{1,2}}(?![\d年月日時分階番号丁部通枚か.,:/%-]))"
)
_ROW_METHOD_RE = fastre.compile(
    # (「③ＦＡＸ(0738-22-1701)」: 「3FAX」 once normalised)
    rf"^(?:{_BULLET}|\d{{1,2}}\s?)?\s?(?:FAX|Fax|fax|ファクス|ファックス|ファクシミリ)(?!番号)"
)


# A header row naming a phone column and a fax column, side by side.
_CONTACT_COLUMNS_RE = fastre.compile(
    # (cells on lines of their own: 「窓口 \n 所在地 \n 電話 \n ファクス」)
    rf"(?:^|\s)(?:{PHONE_LABEL})(?:番号)?\s+(?:FAX|Fax|ファクス|ファックス)(?:番号)?(?:\s|$)"
)


def _said_below(item: str, below: str) -> bool:
    """An item that is only the method's name (「⑤FAX」) with 「現在準備中です」 or a refusal on
    the next line: that line decides."""
    if not below or _DIGIT_AFTER_NAME_RE.search(item):
        return False
    return bool(_PLANNED_RE.search(below) or _NEGATION_RE.search(below))


def _fax_item(item: str, *, listed: bool, after_phone: bool, below: str) -> bool:
    """An item of the method list that is fax with its number (「(3)FAX 0155-…」, 「<dt>3
    ファクス</dt><dd>0261-…</dd>」): fax is a way to submit, unless the item or the line below
    says it is refused or planned, or it follows a phone's row (the 提出先's contacts)."""
    item = item.lstrip()  # (a <pre> block's lines keep their indent: 「 3.ファクス 0265-…」)
    return (
        (listed or bool(_BULLET_ITEM_RE.match(item)))
        and bool(_ROW_METHOD_RE.match(item))
        and not _refuses_more_than_the_receipt(item)
        and not _PLANNED_RE.search(item)  # (「ファクス | 準備中」: not yet)
        and not after_phone
        and not _said_below(item, below)
    )


def _refuses_more_than_the_receipt(text: str) -> bool:
    """`text` refuses something other than the receipt: not 「…におくってください。ファクスで
    おくったときは、ひかえをかえすことはできません」."""
    return any(
        not _RECEIPT_RE.search(_last_clause(text[: negation.start()]))
        for negation in _NEGATION_RE.finditer(text)
    )


def _fax_items(lines: list[Line], index: int, text: str) -> bool:
    """The line (or, in a <pre> block read as one line, one of its lines) is a fax item."""
    line = lines[index]
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    listed = line.kind in ("tr", "li", "dt", "dd")
    if _fax_item(text, listed=listed, after_phone=_after_phone_row(lines, index), below=below):
        return True
    rows = text.split("\n") if line.kind == "tr" and "\n" in text else []
    return any(
        _fax_item(
            row,
            listed=False,
            after_phone=bool(at and _PHONE_ROW_RE.match(rows[at - 1].strip())),
            below=rows[at + 1] if at + 1 < len(rows) else "",
        )
        for at, row in enumerate(rows)
    )


_DIGIT_AFTER_NAME_RE = fastre.compile(r"\d{2,}")


def _after_phone_row(lines: list[Line], index: int) -> bool:
    """The row before is a phone number's: 「電話 | 082-…」, or 「<dt>電話</dt><dd>082-…</dd>」."""
    if index and _PHONE_ROW_RE.match(lines[index - 1].text):
        return True
    return (
        index > 1
        and lines[index - 1].kind == "dd"
        and lines[index - 2].kind == "dt"
        and bool(_PHONE_ROW_RE.match(with_definition(lines, index - 2)))
    )


def _off_topic_sections(lines: list[Line]) -> list[bool]:
    """Lines under a heading about another procedure (ハローワーク, 住民登録, 技能実習 …). The
    page's title is not one (「特定技能外国人・技能実習生を受け入れている事業者の方へ」)."""
    flags = [False] * len(lines)
    off_level = 0
    for i, line in enumerate(lines):
        if line.kind == "h" and line.level > 1:
            if off_level and line.level > off_level:
                flags[i] = True
                continue
            off = bool(
                _OTHER_TOPIC_RE.search(line.text) or _OTHER_STEP_HEAD_RE.search(line.text)
            ) and not _FORM_RE.search(line.text)
            off_level = line.level if off else 0
        flags[i] = bool(off_level)
    return flags


_QUESTION_HEAD_RE = fastre.compile(r"^(?:質問|ご?質問内容|問い?|Q|Question)$")


def _question_sections(lines: list[Line]) -> list[bool]:
    """Lines under an FAQ page's 「質問」 heading: what the asker says of themselves, not
    what the municipality accepts (the answer is under 「回答」)."""
    flags = [False] * len(lines)
    inside = False
    for i, line in enumerate(lines):
        if line.kind == "h":
            inside = bool(_QUESTION_HEAD_RE.match(line.text))
            continue
        flags[i] = inside
    return flags


# (「利用者登録をしていない方は申請できません」: a condition on who can use it, not a refusal)
# (「提出がないと、…在留諸申請ができません」 too)
_UNLESS_RE = fastre.compile(
    r"(?:てい|し|が)ないと|(?:し|が)なければ|(?:てい|し)ない(?:場合|方|人|事業者)|がない場合"
    r"|てからでないと"  # 「利用者登録(アカウントの作成)をしてからでないと申請できません」
    r"|ないまま|せずに"  # 「利用者登録をしないまま申請することはできません」
)
# 「you must register as a user (利用者登録) and log in; applications cannot be made as a guest」:
# a condition of the way, not its refusal.
_EN_ACCOUNT_FIRST_RE = fastre.compile(
    r"\bas a guest\b|\bwithout (?:registering|(?:a |an )?(?:user )?(?:registration|account)"
    r"|logging in|signing in)\b|\b(?:must|need to) (?:first )?(?:register|log in|sign in)\b"
)
# 「(旧様式は)オンライン提出に対応していないため…」: what something else lacks.
_NOT_SUPPORTED_RE = fastre.compile(
    r"^\s?(?:での|による)?(?:提出|申請|受付)?に対応していない(?:ため|ので)"
)


# A form system named by its maker's name, and a heading that names a system of its own.
_SYSTEM_MAKERS = r"(?i:Google|LoGo|Microsoft|Graffer)"
_SYSTEM_NAME_RE = fastre.compile(
    rf"{_SYSTEM_MAKERS}\s?(?:フォーム|Forms?)?|ロゴフォーム|グラファー|(?i:e-?tumo)"
)
_OWN_SYSTEM_RE = fastre.compile(rf"サービス|システム|{_SYSTEM_MAKERS}|(?i:e-?tumo)")


def _another_system(sentence: str, heading: str) -> bool:
    """The sentence names a form system by its maker (「Googleフォーム」) that a heading naming
    its own system (「電子申請(ながの電子申請サービス)」) does not."""
    named = {m.group().lower() for m in _SYSTEM_NAME_RE.finditer(sentence)}
    lowered = heading.lower()
    return (
        bool(named)
        and bool(_OWN_SYSTEM_RE.search(heading))
        and not any(name in lowered for name in named)
    )


# A sentence that starts with its particle: its subject was struck through and dropped.
_STRUCK_SUBJECT_RE = fastre.compile(r"^[※*\s]*(?:での|では|には|で|は|を)(?=受付|受け付け|提出|、)")


def _refuses_unnamed_method(sentence: str) -> bool:
    """A sentence that does not name the method but refuses it (「…をもって終了しました」
    「現在ご利用いただけません」) — not one refusing something else (「受領書の発行は行って
    おりません」「PDFでは受け付けできません」「入力の途中で一時保存はできません」「各支所では
    受け付けておりません」)."""
    negation = _NEGATION_RE.search(sentence)
    return bool(
        negation
        and _ABOUT_SERVICE_RE.search(sentence[: negation.end()])
        and not _ABOUT_ELSE_RE.search(sentence[: negation.start()])
        # 「協力確認書を提出していないと、…在留諸申請ができません」: what follows from not filing
        and not _UNLESS_RE.search(sentence[: negation.start()])
        and not _EN_ACCOUNT_FIRST_RE.search(sentence)
    )


def _badge_of_next(lines: list[Line], at: int, level: int) -> bool:
    """A card's status badge printed above its heading (「受付中」「受付終了」 then 「<h3>窓口」):
    a short word, no sentence, right before the next heading of the level."""
    line = lines[at]
    return (
        at + 1 < len(lines)
        and lines[at + 1].kind == "h"
        and lines[at + 1].level <= level
        and (
            len(line.text) <= BADGE_CHARS
            or bool(_EN_BADGE_RE.match(line.text))
            or bool(ENDED_BADGE_RE.match(line.text.strip()))  # 「受け付けていません」
        )
        and "。" not in line.text
    )


def _badge_of_headless_card(lines: list[Line], at: int, methods: set[str]) -> bool:
    """An ended badge over a card with no heading whose text names other methods only
    (「受付していません」 over 「電子メール・ファクスでの提出は受け付けておりません。」 after
    the 「窓口」 card): it opens that card and refuses nothing of the one before."""
    line = lines[at]
    if "。" in line.text or not ENDED_BADGE_RE.match(line.text.strip()) or at + 1 >= len(lines):
        return False
    named = {name for name, _start, _end in _mentions(lines[at + 1].text)}
    return bool(named) and not named & methods


# An English card's badge: 「Accepted」「Not accepted」「Not available」.
# (「Coming soon(準備中)」 over the next card's heading too)
_EN_BADGE_RE = fastre.compile(
    r"^(?:(?:[Nn]ot )?(?:[Aa]ccepted|[Aa]vailable)|[Cc]oming soon|[Ii]n preparation)"
    r"(?:\s?\([^()]{1,8}\))?$"
)


def _badge_above(lines: list[Line], index: int) -> str:
    """The status badge printed right above a card's heading, or ""."""
    if index == 0:
        return ""
    above = lines[index - 1]
    if above.kind == "h" or not _badge_of_next(lines, index - 1, lines[index].level):
        return ""
    return above.text.strip()


def _questions_below(lines: list[Line], index: int) -> bool:
    """The heading's section starts with a question under a heading of its own."""
    heading = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        below is not None
        and below.kind == "h"
        and below.level > heading.level
        and bool(QUESTION_RE.search(below.text))
    )


def _own_section(lines: list[Line], index: int, methods: set[str]) -> list[Line]:
    """The lines of the heading's section up to one that names other methods only."""
    heading = lines[index]
    section: list[Line] = []
    for at in range(index + 1, min(len(lines), index + 8)):
        line = lines[at]
        if line.kind == "h" and line.level <= heading.level:
            break
        if heading.kind != "h" and heading.title and line.title:
            break  # 「<p><b>電子メールで送る</b></p>」 ends at the next bold title line
        if section and _badge_of_next(lines, at, heading.level):
            break
        named = {name for name, _start, _end in _mentions(line.text)}
        # (or a list of refused ones starts: 「受け付けていない方法 / Methods we do not accept」)
        if (
            (named and not named & methods)
            or _badge_of_headless_card(lines, at, methods)
            or _REFUSING_HEAD_RE.match(line.text)
            or _REFUSED_LIST_RE.match(line.text)
        ):
            break
        section.append(line)
    return section


# やさしい日本語's heading of a way: 「まどぐち に もって くる」 (in a sentence, 「在留カードを
# もってきてください」 is what to bring to another desk, so only a heading says so)
_BRING_IT_HEAD_RE = fastre.compile(r"もって\s?(?:くる|いく)$")


def _judge_heading(
    lines: list[Line], index: int, result: MethodResult, *, in_methods: bool = False
) -> None:
    """A heading naming a method (「窓口での提出」, or 「(2)電子メール」 under 提出方法) is a
    method, unless its section says, without naming the method again, that it ended or is
    planned (「…をもって終了しました」). Once the section names only other methods
    (「【終了しました】電子メールによる提出」 under 「窓口へ持参」), what follows is theirs."""
    heading = lines[index]
    if not (
        in_methods
        or _SUBMIT_RE.search(heading.text)
        or _METHOD_HEAD_RE.search(heading.text)
        or _BRING_IT_HEAD_RE.search(heading.text)
    ):
        return
    if heading.text.endswith("について") and _questions_below(lines, index):
        # 「電子申請・メール・FAXについて」 over 「Q7 メールに…できますか」: the answers decide
        return
    local = result.fresh()
    if not _judge(heading.text, local):
        return
    badge = _badge_above(lines, index)
    if ENDED_BADGE_RE.match(badge):
        # 「Not accepted」 then 「<h3>At the counter (窓口)</h3>」: the card's badge refuses it
        result.negated |= local.methods
        return
    for line in _own_section(lines, index, local.methods):
        read = ""  # the line's sentences before this one
        old_one = False  # a sentence of the line spoke of the old one
        others = False  # a sentence of the line named only other methods
        listing = False  # a sentence led a list of refused ways
        for sentence in _sentences(line.text):
            read, before = read + sentence, read
            if _REFUSING_HEAD_RE.match(sentence.strip()):
                # 「(3)役場への持参」's section, then a box: 「次の方法での提出は受け付けて
                # おりません。」 over 「ファクスでの提出」: the list's, not the heading's way
                listing = True
                break
            if _OLD_ONE_RE.search(sentence):
                # 「旧フォームでの受付は終了しました」 under 「電子申請」: the old one (and
                # 「令和7年7月31日まで使用していたGoogleフォームは停止しています」)
                old_one = True
                continue
            if _mentions(sentence):
                # 「窓口での受付は、現在準備中です」: the section names the method again
                said = result.fresh()
                _judge(sentence, said)
                if _REFUSED_THERE_RE.search(sentence):
                    # the heading offers the method: a refusal at a named desk is that desk's
                    # (「※本庁舎2階の産業振興課の窓口、関支所の窓口では…」)
                    continue
                if said.negated & local.methods and _another_system(sentence, heading.text):
                    # 「Googleフォームでの受付は終了しました」 under 「(1)電子申請(ながの電子申請
                    # サービス)」: the old system's end
                    old_one = True
                    continue
                if said.negated & local.methods:
                    result.negated |= said.negated & local.methods
                    return
                if said.planned & local.methods:
                    result.planned |= said.planned & local.methods
                    result.planned_evidence.append(sentence.strip()[:100])
                    return
                others = others or not (said.methods | said.negated | said.planned) & local.methods
                continue
            if heading.level == 1:
                # the page's title: the page's whole top is its section, and a sentence there
                # that names no method (「これまでの提出用メールアドレスは廃止しました」) is
                # about something else
                continue
            if _refuses_unnamed_method(sentence):
                if _REFUSED_THERE_RE.search(sentence):
                    # 「…企画課(本庁舎2階)ではお受けしていませんので、…課へお越しください」
                    continue
                if _STRUCK_SUBJECT_RE.match(sentence):
                    # 「※<s>山香振興局 地域振興課…</s>での受付は、…終了しました」 under 「窓口」:
                    # the struck places ended, not the heading's way
                    continue
                if others:
                    # 「電子申請(オンライン)による受付は行っておりません。ホームページ上部の
                    # 「電子申請」メニューからは提出できません」 under 「窓口」: the other's
                    continue
                if old_one:
                    # 「※…まで使用していたアドレス(…)は廃止しました。このアドレスあてに送信
                    # された協力確認書は受け付けできません」: the old address's
                    continue
                if (
                    result.about_another_office(before)
                    or _IMMIGRATION_SYSTEM_RE.search(before)
                    # (or the sentence itself names another body: 「同じ建物の2階には有田市社会
                    # 福祉協議会(…)がありますが、協力確認書の受付は行っておりません」)
                    or FOREIGN_BODY_RE.search(sentence)
                ):
                    # 「※…「国際交流ラウンジ」は生活相談の窓口です。協力確認書の受付は行って
                    # いません。」: the sentence before names the office it is said of (or the
                    # agency's system: 「※…「在留申請オンラインシステム」は国の…システムです。
                    # 協力確認書は同システムでは提出できません」)
                    continue
                result.negated |= local.methods
                return
            if _PLANNED_RE.search(sentence):
                result.planned |= local.methods
                result.planned_evidence.append(sentence.strip()[:100])
                return
        if listing:
            break
    if _PLANNED_BADGE_RE.match(badge):
        # 「準備中」 then 「<h3>郵送</h3>」, and a section that says nothing more: the card's
        # badge says it is planned
        result.planned |= local.methods
        result.planned_evidence.append(f"{badge} {heading.text}"[:100])
        return
    result.methods |= local.methods
    result.negated |= local.negated
    result.planned |= local.planned
    if len(result.evidence) < 4:
        result.evidence.append(heading.text)


_YES_RE = fastre.compile(
    r"^(?:A\s?[.:]?\s?|答え?\s?[.:]?\s?)?(?:はい|できます|可能です|受け付けて|受付して|Yes\b)"
)


# One address named in brackets right after the mention: 「メールアドレス(…@…)での」.
# (「これまで電子メールでの提出に使用していた企画政策課のアドレス(…)は、…廃止しました」)
_ONE_ADDRESS_RE = fastre.compile(
    r"^アドレス\s?\([^()]*@[^()]*\)|^での提出に(?:使用|利用)していた[^。()]{0,20}アドレス\s?\("
)
# What was sent to a number or address: 「…ファクス番号(…)あてに提出されたもの」.
_SENT_TO_NUMBER_RE = fastre.compile(
    r"^(?:番号|アドレス)?\s?(?:\([^()]*\))?\s?(?:あて|宛)(?:に|て)?[^。]{0,6}?"
    r"(?:提出|送信|送付|郵送)(?:された|した)(?:もの|書類|協力確認書)"
    # (「※…以降、企画政策課のファクス(0572-67-2525)では受け付けておりません」: that number)
    r"|^(?:番号)?\s?\([^()]*\d{2,4}-\d{2,4}-\d{3,4}[^()]*\)\s?では"
)
# Getting a way ready, said after refusing it: 「(いまできません。) つかえるように準備をしています」
# (「利用できるよう準備しています」); not 「新しい様式を準備しています」.
_READYING_RE = fastre.compile(
    r"(?:つかえる|使える|利用できる|ご利用いただける|使用できる|受け付けられる|うけつけられる"
    r"|だせる|出せる|提出できる|できる)\s?よう(?:に)?\s?、?[^。]{0,6}?(?:準備|じゅんび)"
)


# A lead saying the list under it is planned: 「次の方法による受付を予定しています。いずれも
# 現在準備中のため、まだ提出していただくことはできません。」
# A section of the ways the page plans: 「受付開始後の提出方法(予定)」.
_PLANNED_SECTION_RE = fastre.compile(
    r"\(予定\)\s?$|(?:受付|受け付け)開始後の|予定している(?:受付|提出)?方法|(?:受付|提出)予定の方法"
)
_HEADING_LEVELS = 6  # (a heading with no level: as deep as headings go)
_PLANNED_LIST_RE = fastre.compile(
    # (「次の方法での受付を準備しています。現在はまだ受け付けておりません」)
    # (「受付開始後は、次の2つの方法で受け付けることを予定しています。」)
    r"(?:次|以下|下記)の(?:\d{1,2}つの)?方法(?:による|での|で)?(?:受付|受け付け)(?:ること)?を(?:予定|準備)"
    r"して(?:い|おり)ます"
    # (「町での受付は、次の方法で行う予定です。」)
    r"|(?:次|以下|下記)の方法で(?:受付を)?(?:行う|受け付ける)予定"
    rf"|{_PLANNED_HEAD}"
    r"|いずれも[^。]{0,6}準備中"
)


# The reader has not signed up: 「…電子申請サービスの利用者登録をしていません」「アカウントを
# 持っていません」.
_NOT_SIGNED_UP_RE = fastre.compile(
    r"(?:利用者登録|ユーザー?登録|アカウント(?:の)?(?:作成|登録)?)(?:を|が)?\s?"
    r"(?:して(?:い|おり)ません|持って(?:い|おり)ません|もっていません)"
)


# A question whether something must be done, not whether a method is accepted.
# A question about changing what was filed, not about filing that way.
_AFTER_FILING_RE = fastre.compile(
    # (「入力フォームで送信した内容に誤りがありました。どうすればよいですか」)
    # (「Q3 電子申請の途中で、入力内容を一時保存できますか」: a feature of the system)
    # (「Q 電子申請の途中で入力した内容を保存できますか。」)
    r"修正|訂正|取り?消し|取り?下げ|差し?替え|撤回|やり直|誤り|間違い|まちがい|一時保存|途中で[^。]{0,16}保存"
    # 「ファクスでおくったあと、かみもゆうびんでおくりますか?」「いいえ。ファクスだけでいいです」
    r"|(?:送っ|おくっ|送信し|提出し|だし|出し)た\s?(?:あと|後)"
    # (「オンラインフォームで送信した内容を、後から直すことはできますか?」)
    r"|(?:送っ|送信し|提出し)た内容を、?\s?(?:後から|あとから)"
    r"|\bafter (?:sending|submitting|faxing)\b"
)
# Filing twice, by two ways at once: 「郵送とメールの両方で送ってもよいですか」.
# (やさしい日本語: 「インターネットとゆうびんのりょうほうでだしますか?」)
_BOTH_WAYS_RE = fastre.compile(
    r"両方|りょうほう|重ねて|複数の方法|\bboth\b"
    # (one way the occasion, another asked as well: 「フォームでだすとき、ようしきのかみも
    # ゆうびんでおくりますか。」「おくらないでください」)
    r"|(?:とき|場合)(?:は|に)?、[^。?]{0,20}も\s?[^。?、]{0,16}(?:ますか|ですか)",
    re.IGNORECASE,
)
_NEED_QUESTION_RE = fastre.compile(
    r"必要(?:は|が)?(?:あります|です|でしょう)か|なければ(?:なりません|いけません)か|(?:要り|いり)ますか"
)


def _answers_account_question(lines: list[Line], index: int) -> bool:
    """The line before asks about an account: 「Q1 Googleアカウントを持っていません。どうすれば
    よいですか。」 then 「A1 Googleフォームはご利用いただけませんので、…」 refuses the form to
    that asker only."""
    asked = lines[index - 1].text if index > 0 else ""
    return bool(QUESTION_RE.search(asked) and _ACCOUNT_ASKED_RE.search(asked))


def _judge_question(question: str, following: list[Line], result: MethodResult) -> None:
    """「FAXで提出できますか。」 says nothing by itself: the answer on the next line decides."""
    if not following:
        return
    if _NEED_QUESTION_RE.search(question):
        return  # 「電子申請でもう一度提出する必要はありますか」「必要ありません」: not a refusal
    if result.about_another_office(question):
        return  # 「中央区役所の窓口に持って行ってもよいですか」: about that office
    if _AFTER_FILING_RE.search(question):
        return  # 「電子申請で送信した後、修正はできますか」「できません」: not a refusal
    if _IMMIGRATION_SYSTEM_RE.search(question):
        # 「Q2 在留申請オンラインシステムで更新申請をしています。協力確認書もオンラインシステムで
        # 提出できますか」「できません」: that system
        return
    if _BOTH_WAYS_RE.search(question):
        return  # 「郵送とメールの両方で送ってもよいですか」「…重ねて提出することはご遠慮…」
    if _OLD_ONE_RE.search(question):
        return  # 「以前案内されていたGoogleフォームは使えますか」「…終了しました」: the old one
    if _ANOTHER_PLACES_SHARE_RE.search(question):
        return  # 「南幌町のフォームから長沼町の分も出せますか」「できません」: the other's share
    if _RECEIPT_RE.search(question):
        return  # 「メールで提出した場合、受付の連絡はありますか」「行っていません」: the receipt
    if _FORMAT_ASKED_RE.search(question):
        return  # 'Can the form be sent by e-mail in PDF?' 'It cannot.': the file, not the way
    if _ACCOUNT_ASKED_RE.search(question):
        return  # 「インターネットでだすとき、アカウントはいりますか?」「いいえ」: no account needed
    if _CAUTIONS_ASKED_RE.search(question):
        return  # 「Googleフォームで提出するときの注意点はありますか?」: what to mind, not whether
    answer = _first_sentence(following[0].text)
    local = result.fresh()
    _judge(question, local)
    asked = local.methods | local.negated | local.planned
    if (
        _NEGATION_RE.search(answer)
        or re.match(r"^(?:A\s?[.:]?\s?)?いいえ", answer)
        # (a yes to a question asking whether it cannot be done: 「メールで送りたいのですが、まだ
        # できないのですか。」「A はい。…メールでの受付は準備中です」)
        or (_CANNOT_ASKED_RE.search(question) and _YES_RE.search(answer))
    ):
        # 「A いまは だせません。」 then 「メールで だせるように、いま じゅんびちゅう です」: not
        # yet, in preparation
        later = result.fresh()
        for line in itertools.takewhile(lambda ln: ln.kind != "h", following):
            _judge(line.text, later)
        result.planned |= asked & later.planned
        # (not where the answer refuses it at one desk and sends it to another: 「国際課に直接
        # 持って行ってもよいですか。」「国際課では窓口での受付をしていません。本庁舎1階の…
        # 総務企画課にお持ちください」)
        offered_there = later.methods if _REFUSED_THERE_RE.search(answer) else set()
        result.negated |= asked - later.planned - offered_there
    elif _PLANNED_RE.search(answer):
        # (「Q5 電子申請やFAXでも提出できますか」「A5 電子申請(…)は、現在準備中です」: only the
        # one the answer names)
        named = {name for name, _start, _end in _mentions(answer)}
        result.planned |= asked & named if named & asked else asked
    elif _YES_RE.search(answer):
        result.methods |= asked


_CANNOT_ASKED_RE = fastre.compile(r"(?:でき|出来)ない(?:の|ん)?(?:です|でしょう)か")


# A file format or kind a question asks about (「PDFでメールしてもよいですか」).
# (やさしい日本語: 「…スマートフォンでしゃしんにとって、そのしゃしんをメールでおくっても…?」)
_FORMAT_ASKED_RE = fastre.compile(
    rf"{_FILE_WORDS}|しゃしん|ファイル|\b(?:photos?|images?|scans?)\b"
)
_ACCOUNT_ASKED_RE = fastre.compile(
    r"アカウント|利用者登録|ユーザー?登録|りようしゃ\s?とうろく|\baccount"
)
_OTHER_WAY_ASKED_RE = fastre.compile(
    r"\s?(?:[^。?]{0,10}(?:ほか|他|別)の方法(?:は|が)?(?:あります|ありません)か"
    r"|どう(?:すれば|したら)(?:よい|いい)(?:です|でしょう)か)"
)


def _askers_plight(sentence: str, text: str) -> bool:
    """A refusal the asker says of themselves in a question's line, not the municipality's:
    after a Q mark (「Q1 パソコンがなく、電子申請ができません。」), or before a question for
    another way (a Q&A row's 「15 | 遠方のため窓口に行くことができません。ほかの方法はあります
    か。 | 郵送、…」)."""
    titled = QUESTION_TITLE_RE.match(text) and text.startswith(sentence.lstrip()[:4])
    if not titled and not _OTHER_WAY_ASKED_RE.match(text, text.find(sentence) + len(sentence)):
        return False
    return bool(_NEGATION_RE.search(sentence))


_CAUTIONS_ASKED_RE = fastre.compile(r"注意(?:点|事項|すること)|気をつける(?:こと|点)")
_ANSWER_LINES = 2  # an answer's lines after its question
_MAX_TERM_CHARS = 32  # (「(4) Online application [電子申請]」)
# (or in brackets: 「【メールでの提出について】」 over 「電子メールでの提出は、現在準備中です」)
# (a machine translation's 「About the electronic application」 row over its text)
_TITLE_LINE_RE = fastre.compile(
    r"^.{2,28}(?:について|に関して|のお知らせ|のご案内)[】\]]?$"
    r"|^About (?:the )?[A-Za-z][^.。]{1,40}$"
)


# A refusal at a named place (「…の窓口では受付を行っておりません」, 「※市役所本庁舎の窓口、まち
# づくりセンター、区民センターでは…」), not of the way itself.
# (「※本庁舎1階の市民課(総合窓口)では受け付けておりません」: a desk named, its counter in
# brackets)
_REFUSED_THERE_RE = fastre.compile(
    # (「…国際課の窓口、支所(北須磨支所・玉津支所など)、出張所(西神中央出張所など)では」)
    # (「…市民課の窓口や、蒲原支所・由比支所では」)
    # (「※市役所本庁舎の窓口(市民課など)では…」: the desks in brackets)
    # (「市民課などの総合窓口(本庁舎1階)でも受付はできませんので、5階の…課までお越しください」)
    r"の(?:窓口|受付窓口)(?:や?、[^。]{0,48}?|\([^()]{0,12}\))?では"
    # (「※役場本庁舎1階の総合案内では受け付けておりません」: the information desk)
    r"|の総合(?:窓口|案内)(?:\([^()]{0,12}\))?(?:では|でも)|[課係所館]\([^()]{0,8}窓口\)では"
    # (「本庁舎(市役所)国際政策課の窓口での受付は、…終了しました」 after the wards' counters)
    # (a section's counter: not 「市役所の窓口での受付は行っておりません」, the office's)
    r"|[課係室]の(?:窓口|受付窓口)での(?:受付|受け付け)(?:は|を)"
    # (「国際課(本庁舎14階)では窓口での受付をしていません」)
    r"|[課係室](?:\([^()]{0,12}\))?では、?窓口での(?:受付|受け付け)"
    # (「おしゃっちへお持ちいただいても受け付けできません」: a place named, not the office)
    # (lookbehinds, so that the search starts at the literal words, not at every character)
    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff]{2})(?<![市町村区都県])(?<!役所)(?<!役場)(?<!庁舎)(?<!本庁)"
    r"(?<!窓口)(?<!まどぐち)へお持ちいただいても"
    # (「那覇市の泊港にある村の乗船券販売窓口でもお預かりできません」: a desk named in one word)
    r"|(?<=[\u4e00-\u9fff]{2})(?<!役所)(?<!役場)(?<!庁舎)(?<!本庁)窓口でも"
    # (a desk that sends the filer to another: 「組織改編前の企画課(本庁舎2階)ではお受けして
    # いませんので、1階の人権・多文化共生課へお越しください」)
    r"|[課係室](?:\([^()]{0,12}\))?では、?(?:お受け|受け付け|受付)し?て(?:い|おり)ませんので、"
    r"[^。]{0,30}[課係室](?:へ|に|まで)(?:お越し|お持ち)"
)


def _merge(result: MethodResult, said: MethodResult) -> None:
    """Add one sentence's verdicts. An online form the sentence both offers and refuses is
    offered: a new system replacing an old one (「LoGoフォームによる受付を開始し、…Googleフォーム
    による受付を終了しました」)."""
    result.methods |= said.methods
    result.negated |= said.negated - (said.methods & {"online_form"})
    result.planned |= said.planned


_REMARK_RE = fastre.compile(r"^[※*＊]")
# A portal that does not list the procedure (「…「電子申請」のページから探しても、この手続きは
# 表示されません」): beside the page's own form, the portal's, not the way's.
_NOT_LISTED_RE = fastre.compile(
    r"(?:探して|検索して|さがして)も、?[^。]{0,16}(?:表示されません|見つかりません|出てきません|でてきません)"
)


def _is_item(line: Line) -> bool:
    """A short item of a list of methods: 「・電子申請(ながの電子申請サービス)」, or a
    paragraph that only names one, as a label over its text (「Online application (電子
    申請)」 then 「We are preparing …」)."""
    if len(line.text) > _MAX_ITEM_CHARS:
        return False
    if line.kind in ("li", "dt", "dd", "tr") or _BULLET_ITEM_RE.match(line.text):
        return True
    return line.kind == "p" and _names_a_method_only(line.text)


def _names_a_method_only(item: str) -> bool:
    """「4 電子申請」「(4) Electronic application (LoGo form)」「Online application (電子申請)」:
    a method's name and nothing else, after its number, brackets and 申請/提出 tail."""
    title = _BRACKETED_RE.sub("", _BULLET_ITEM_RE.sub("", _TABLE_MARK_RE.sub("", item))).strip()
    title = _TITLE_TAIL_RE.sub("", title)
    if _MENTION_RE.fullmatch(title):
        return True
    # (「Electronic application by LoGo form (LoGoフォーム)」: the method, then its system)
    by = _BY_SYSTEM_RE.match(title)
    if by and _MENTION_RE.fullmatch(by.group(1)):
        return True
    # (「4. By e-mail」; 「5 FAX ファクス」: one name in two languages; 「電子メール・ファクス」:
    # a row titled with two methods, its text saying what of each)
    names = [
        _MENTION_RE.fullmatch(name)
        for name in _NAMES_SPLIT_RE.split(_EN_TITLE_HEAD_RE.sub("", title))
        if name not in _CONNECTIVES  # 「Fax and online」
    ]
    return 0 < len(names) <= _MAX_TITLE_NAMES and all(names)


_BY_SYSTEM_RE = fastre.compile(
    r"^(.+?) (?:by|via|through|using|with) (?:the |an? )?[A-Za-z][\w-]*(?: [\w-]+){0,3}$"
)
# (「ファクスとインターネット」: joined by と or や)
_NAMES_SPLIT_RE = fastre.compile(r"\s?[・/、,とや]\s?|\s")
_CONNECTIVES = frozenset({"and", "or", "&", ""})
_MAX_TITLE_NAMES = 3


# (「4. By e-mail」「Via fax」: an English title's preposition)
_EN_TITLE_HEAD_RE = fastre.compile(r"^(?:[Bb]y|[Vv]ia) (?=[^ ]+$)")


# A ○/×/△ table's mark before the item: 「△ インターネットでだすほうほう」.
_TABLE_MARK_RE = fastre.compile(r"^[○×△◎]\s?")


# (やさしい日本語: 「4インターネット(でんししんせい) で だす」)
_TITLE_TAIL_RE = fastre.compile(
    # (「インターネットでだすほうほう」)
    # (「インターネットで出すこと」)
    r"(?<=ン)申請$|(?:での|による|で)提出$|\s?(?:で|に)\s?(?:だす|出す|おくる|送る)(?:\s?ほうほう|\s?こと)?$"
    r"|(?<=[Oo]nline) (?:application|submission)$"  # 「Online application (電子申請)」
)


def _apply_remark(said: MethodResult, item: str, following: list[Line]) -> None:
    """A method item and the ※ remark on the next line that does not name it again
    (「※現在準備中です。」): the remark decides, unless it is about something else
    (「※各支所では受け付けておりません」). An item that is only the method's name (「4 電子申請」)
    is a title: the next line, ※ or not, saying that it alone (named again or not) is 準備中 or
    refused decides."""
    if not following:
        return
    remark = _first_sentence(following[0].text)
    if _OLD_ONE_RE.search(remark):
        return  # 「※旧ファクス番号(…)は、…で使用を終了しました」: about the old one
    if not _REMARK_RE.match(following[0].text):
        # (「4オンライン申請(大阪市行政オンラインシステム)」: the method's name with 申請)
        if not _names_a_method_only(item):
            return
        if _mentions(remark):  # 「電子申請による提出は現在準備中です」
            _remark_verdict(said, remark)
            return
    elif _mentions(remark):
        # (「4.電子メール」 then 「※電子メールによる受付は、現在準備中です」: the title's
        # remark, naming it again)
        if _names_a_method_only(item):
            _remark_verdict(said, remark)
        return
    if _refuses_unnamed_method(remark):
        said.negated |= said.methods
        said.methods = set()
    elif _PLANNED_RE.search(remark):
        said.planned |= said.methods
        said.methods = set()


def _remark_verdict(said: MethodResult, remark: str) -> None:
    """The remark under an item naming the item's methods says which are 準備中 or refused."""
    verdict = said.fresh()
    _judge(remark, verdict)
    planned = said.methods & verdict.planned
    negated = said.methods & verdict.negated - planned
    said.planned |= planned
    said.negated |= negated
    said.methods -= planned | negated


def extract_methods(
    lines: list[Line], has_form_url: bool, links: list[Link] | None = None
) -> MethodResult:
    """Methods the page accepts for the form (see the module docstring for the rules)."""
    _mentions.cache_clear()
    result = MethodResult(ward_page=_special_ward_page(lines), own_form=has_form_url)
    flags = method_context(lines)
    off_topic = _off_topic_sections(lines)
    asked = _question_sections(lines)
    link_lines = mostly_links(lines, links or [])
    # (a 「■関連情報」 list's 「・…利子補給申請(電子申請)」 is another page's)
    related = {
        i for i in related_lines(lines, link_lines) if not FORM_WORDS_RE.search(lines[i].text)
    }
    refused = _refused_items(lines)
    # refused at one place (「…本庁舎の…窓口では」), anywhere on the page before the offer:
    # 「中央区役所(本庁舎1階)の窓口では…受け付けておりません。」 then 「同じ本庁舎の8階にある
    # 国際課の窓口へ…」, or 「…清水区役所の…窓口や、蒲原支所・由比支所では受け付けることが
    # できません」 in the lead, then 「国際交流課へお持ちください」 under 「1 国際交流課の窓口に
    # 持参」
    refused_there: set[str] = set()
    offered_here: set[str] = set()  # the methods offered since the last heading
    planned_list = False  # a lead said the list below it is planned, up to the next heading
    # the level of a heading that says its section is planned (「受付開始後の提出方法(予定)」
    # 「予定している受付方法」), up to the next heading as high; 0 outside one
    planned_level = 0
    # the last line ended asking for questions: 「…ご質問はメールでもお受けしています。」 then
    # 「メールアドレス:kokusai@…」 on a line of its own
    asked_before = False
    heading = ""  # the last heading's words (「(1)電子申請(ながの電子申請サービス)」)
    for index, (line, in_region) in enumerate(zip(lines, flags, strict=True)):
        if line.kind == "h":
            offered_here = set()
            planned_list = False
            if planned_level and line.level <= planned_level:
                planned_level = 0
            if not planned_level and _PLANNED_SECTION_RE.search(line.text):
                planned_level = line.level or _HEADING_LEVELS
            asked_before = False
            heading = line.text
        planned_list = planned_list or (
            # (every planned lead says 予定 or 準備: most lines need no pattern)
            ("予定" in line.text or "準備" in line.text)
            and bool(_PLANNED_LIST_RE.search(line.text))
        )
        if index in refused:  # 「次の方法では受け付けておりません」's 「<li>ファクスでの提出</li>」
            _refuse_item(line.text, result)
            continue
        # a link line is a news title or related page, unless it is a short item of the
        # submission-method list (「<li><a href=…>郵送</a></li>」: the link explains the method)
        short_method_item = in_region == "method" and len(line.text) <= 30
        if off_topic[index] or index in related or (index in link_lines and not short_method_item):
            continue
        text = line.text
        if line.kind == "tr" and _CONTACT_COLUMNS_RE.search(text) and not _DIGITS_RE.search(text):
            continue  # 「担当課 | 主な内容 | 電話 | FAX」: a directory's column names
        term = bool(in_region) and line.kind == "dt" and len(text) <= _MAX_TERM_CHARS
        if term:  # 「<dt>FAX</dt><dd>不可</dd>」: the term is judged with its definition
            text = with_definition(lines, index)
        if (
            in_region == "method"
            and line.region == "content"  # (the enquiry block's 「FAX:…」 is its number)
            and _fax_items(lines, index, text)
        ):
            result.methods.add("fax")
        if not MENTION_HINT_RE.search(line.text):
            continue
        if line.kind == "h" and QUESTION_RE.search(line.text):
            # an FAQ's heading 「Q4 メールで だせますか?」: its answer below decides
            _judge_question(line.text, lines[index + 1 : index + 1 + _ANSWER_LINES], result)
            continue
        if (
            line.kind == "h"
            or _TITLE_LINE_RE.search(line.text)
            or (line.title and _names_a_method_only(line.text))
        ):
            # (a box's title in bold, 「⚠️ 電子メールでの受付について」「Fax and online」, reads
            # as a heading)
            _judge_heading(lines, index, result, in_methods=in_region == "method")
            if line.kind == "h":  # (「<h3>1 窓口へ持参</h3>」: what its section offers)
                offered_here = result.methods & {name for name, _s, _e in _mentions(line.text)}
            continue
        if term and QUESTION_RE.search(line.text):
            # an FAQ's 「<dt>電子申請(オンライン)で提出できますか。</dt><dd>…準備中です</dd>」
            _judge_question(line.text, lines[index + 1 : index + 1 + _ANSWER_LINES], result)
            continue
        if term and _MENTION_RE.match(line.text):
            # a method named as the term of a list under 提出先/提出方法 is a way to submit
            if _judge(text, result) and len(result.evidence) < 4:
                result.evidence.append(line.text)
            continue
        offered_online = False  # a sentence of the line before offered an online form
        sentences = _sentences(text)
        # 「Q1 電子申請システムの利用者登録をしています。電子申請で提出できますか。」: what a
        # question's lead says is the asker's situation, up to the question itself
        leading = bool(QUESTION_TITLE_RE.match(text)) and any(
            QUESTION_RE.search(sentence) for sentence in sentences[1:]
        )
        # a sentence before (of the line, or ending the line before) was about asking questions
        asking, asked_before = asked_before, False
        refused_elsewhere = False  # a sentence before refused the form at another office
        listed = False  # a sentence of the line before led a list of methods
        refusing = False  # … or led a list of refused ones
        just_refused: set[str] = set()  # the methods the sentence before refused
        last = len(sentences) - 1
        for position, sentence in enumerate(sentences):
            if not sentence.strip() or in_another_language(sentence):
                continue
            asked_before = False
            if just_refused and _READYING_RE.search(sentence) and not _MENTION_RE.search(sentence):
                # 「電子申請で出すことは、いまできません。 つかえるように準備をしています」:
                # not yet, so planned
                result.negated -= just_refused
                result.planned |= just_refused
                result.planned_evidence.append(sentence.strip()[:100])
                just_refused = set()
                continue
            just_refused = set()
            if leading and not QUESTION_RE.search(sentence):
                continue
            leading = False
            # 「次の方法では受け付けていません。ファクスでの提出。十和田湖支所…の窓口への持参。」
            # (an image's alt text): the items after the lead are refused
            if _REFUSING_HEAD_RE.match(sentence.strip()):
                refusing = True
                continue
            if refusing and len(sentence) <= _MAX_ITEM_CHARS and not _VERB_RE.search(sentence):
                _refuse_item(sentence, result)
                continue
            refusing = False
            if "提出" not in sentence and _WE_POST_RE.search(sentence):
                continue  # 「お知らせをメール又は郵送でお送りしています」: what the city sends
            submit = bool(_SUBMIT_RE.search(_WE_SEND_RE.sub("", sentence)))
            if line.region == "enquiry" and "提出" not in sentence:
                continue
            if listed and (_BULLET_ITEM_RE.match(sentence) or _SPACED_NUMBER_RE.match(sentence)):
                # 「次の3つの方法のいずれかで…提出します。1 郵送(…)。2 電子メール(…)。」: a
                # paragraph's own list (an image's alt text) is a method list too
                in_region = in_region or "method"
            listed = listed or (position < last and _leads_list(sentence))
            if not (in_region or submit):
                continue
            sentence = _before_asking(sentence)
            # (nor a remark on questions: 「…上記の方法で提出してください(メールでのご質問には
            # お答えしています)」)
            if "(" in sentence:
                sentence = _QUESTIONS_REMARK_RE.sub("", sentence)
            # a remark in brackets (「窓口(事前にご連絡ください)」) or a quoted name
            # (「「このページに関するお問い合わせ」の宛先にお送りください」) is not a question
            unbracketed = _BRACKETED_RE.sub("", sentence)
            if (
                _ASK_US_RE.search(unbracketed)
                or (
                    # (「下のお問い合わせ先の住所に郵送してください」 sends the form there)
                    _ENQUIRY_ONLY_RE.search(unbracketed) and not _SEND_IT_RE.search(sentence)
                )
                or (_FOR_QUESTIONS_RE.search(sentence) and not _SEND_IT_RE.search(unbracketed))
            ):
                asking = asked_before = True
                continue
            if asking and _EMAIL_ROW_RE.match(sentence):
                continue  # 「ご質問はメールでも受け付けています。メールアドレス:…」: for questions
            if (
                _GENERAL_RE.search(sentence)
                # (「…アンケートは、同じ電子申請サービスで回答を受け付けていますが、協力確認書の
                # 提出とは別のものです」: the other matter's way)
                or NOT_THIS_FORM_RE.search(sentence)
                or (
                    (handed := _HANDED_OUT_RE.search(sentence))
                    and not _STRONG_SUBMIT_RE.search(sentence)
                    # (not when the sentence goes on to send it: 「様式は…ホームページから入手
                    # し、記入したものを郵送(…)でお送りいただくか、…」)
                    and not _FILLED_IN_SENT_RE.search(sentence, handed.end())
                )
                or _PAST_RE.search(sentence)
                or _NOT_THE_WORKERS_RE.search(sentence)
                or _ORIGINAL_AGAIN_RE.search(sentence)
                or _PAGE_EDIT_RE.search(sentence)
                or _ON_THAT_PAGE_RE.search(sentence)
                or _HEARSAY_RE.search(sentence)
                or _OTHER_PROCEDURES_SYSTEM_RE.search(sentence)
                or (_OTHER_TOPIC_RE.search(sentence) and not _FORM_OR_SUBMIT_RE.search(sentence))
            ):
                continue
            asks = QUESTION_RE.search(sentence)
            if not asks and _askers_plight(sentence, text):
                continue  # 「Q1 パソコンがなく、電子申請ができません。」
            if asks:
                # (a row 「6 | 窓口に持っていく場合は…ですか。 | 本庁舎2階の…へお持ちください」:
                # the answer is the rest of the line, not the ※ remark below it)
                rest = text[text.find(sentence) + len(sentence) :].lstrip("。 \n")
                answer = [replace(line, text=rest)] if rest else lines[index + 1 : index + 2]
                # (unless its lead names the agency's system: 「Q2 在留申請オンラインシステムで更新
                # 申請をしています。協力確認書もオンラインシステムで提出できますか。」)
                if not _IMMIGRATION_SYSTEM_RE.search(text, 0, text.find(sentence)):
                    _judge_question(sentence, answer, result)
                continue
            if asked[index]:
                continue  # the asker's situation: 「遠方のため窓口に行くことができません」
            planned_before = len(result.planned)
            place_only = in_region == "place" and not submit
            if place_only and line.kind in ("tr", "dd") and _EMAIL_ROW_RE.match(sentence):
                continue  # 「【提出先】| E-mail | shokoshinko@…」: the address, not a way
            # 「…区役所…及び志段味支所の窓口では、…受け付けておりません。窓口にお持ちいただいても
            # お預かりすることができません」: the second refusal names no place, the first's
            # (the place test first: _NEGATION_RE is the costlier search)
            placed = _PLACE_RE.search(sentence)
            if refused_elsewhere and not placed and _NEGATION_RE.search(sentence):
                continue
            refused_elsewhere = bool(
                placed and result.about_another_office(sentence) and _NEGATION_RE.search(sentence)
            )
            said = result.fresh()
            # (a line's last sentence can be a title too: a parallel table's English cell
            # 「…受け付けておりません。 E-mail / Fax」 over 「Submission by e-mail is being
            # prepared.」)
            if _judge(sentence, said, place_only=place_only) and (
                _is_item(line)
                or (text.endswith(sentence) and _names_a_method_only(sentence.strip()))
            ):
                _apply_remark(said, sentence, lines[index + 1 : index + 2])
            if (planned_list and _is_item(line)) or (planned_level and line.kind != "h"):
                # 「次の方法による受付を予定しています」's items; under 「受付開始後の提出方法
                # (予定)」, every way offered (「…郵送または本庁舎への持参をご利用ください」),
                # in its cards too (「予定している受付方法」 over 「<h3>郵送</h3>」)
                said.planned |= said.methods
                said.methods = set()
            # 「市役所本庁舎の国際交流課の窓口では受付を行っておりません。窓口で提出する場合は、
            # 上の表の区役所へお越しください」: refused at that place, offered at another
            # (not 「庁舎の窓口では…受け付けていません。来庁の必要はありませんので、…」: no need to
            # come is no offer)
            if not ("必要" in sentence and _NO_NEED_TO_COME_RE.search(sentence)):
                result.negated -= said.methods & refused_there
            if _REFUSED_THERE_RE.search(sentence):
                # 「…市民協働課(6番窓口)へお持ちください。」 then 「※本庁舎2階の産業振興課の
                # 窓口、関支所の窓口では…受け付けておりません」: refused there, offered here
                # (or in the same sentence: 「…販売窓口でもお預かりできませんので、座間味島の
                # 役場へ持参するか、…」)
                said.negated -= offered_here | said.methods
                refused_there |= said.negated
            offered_here |= said.methods
            if offered_online and "終了" in sentence:
                # 「…みやぎ電子申請サービスによる受付を開始しました。これに伴い、Googleフォーム
                # と電子メールによる受付は…終了しました」: the old form ended, not the new one
                said.negated.discard("online_form")
            offered_online = offered_online or "online_form" in said.methods
            if "online_form" in said.negated and (
                _answers_account_question(lines, index)
                # 「Googleフォームでの受付は終了しました」 under 「(1)電子申請(ながの電子申請
                # サービス)」: the old system's end
                or _another_system(sentence, heading)
            ):
                said.negated.discard("online_form")
            _merge(result, said)
            just_refused = said.negated - said.methods - said.planned
            if said.methods and len(result.evidence) < 4:
                result.evidence.append(sentence.strip()[:100])
            if len(result.planned) > planned_before:
                result.planned_evidence.append(sentence.strip()[:100])
    if has_form_url and "online_form" not in result.negated | result.planned:
        result.methods.add("online_form")
    result.methods -= result.negated
    result.planned -= result.methods
    return result


def valid_methods(names: set[str]) -> list[Method]:
    order = ("email", "post", "counter", "online_form", "fax")
    return [name for name in order if name in names]  # type: ignore[misc]
