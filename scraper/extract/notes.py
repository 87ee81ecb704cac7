"""Notes from the closed vocabulary in models.NOTES: what filers need to know beyond methods."""

from __future__ import annotations

import itertools
import re

from .. import fastre
from ..textnorm import AT_VARIANTS
from .contacts import other_body_sections
from .content import Line
from .page import QUESTION_RE, question_chars, sentence_before, with_definition, without_furigana

# The verbs of sending a file: 「Excel形式のまま(お送り|ご提出|添付して送信)ください」.
_SEND = (
    r"(?:提出|送付|添付|送信|お送り|送って|送信して|アップロード|お願い"
    # (not 「受け付けて」「うけつけて」, which take a file in, or refuse it)
    # (not 「「なまえをつけてほぞん」」: saving a file under a name) (やさしい日本語)
    r"|(?<!うけ)(?<!なまえを)(?<!名前を)つけて|(?<!受け)(?<!受)付けて|だして|出して|おくって)"
)

# English: 「The form must be submitted as an Excel file」「Excel files only」.
_EN_FORMAT = (
    # (「Upload the completed form as a PDF file」)
    # (「Please upload the cooperation confirmation form which you filled in as a PDF file」)
    r"(?:[Ss]ubmitted|[Ss]ent|[Ss]end|[Ss]ubmit|[Rr]eturned|[Uu]pload(?:ed)?)[^.]{{0,60}}"
    # (not asked: 「Can we send the form by e-mail as a PDF file?」)
    r"\bas (?:an?|the) {0} file(?!,? or\b)(?![^.?]{{0,20}}\?)"
    r"|\b{0} files? only|\b[Aa]ttach[^.]{{0,40}}\bas (?:an?|the) {0} file"
    # (「Fill in the Word file of the form …, then upload that Word file on the Google Form」)
    r"|\b(?:upload|attach|send|submit) (?:that|this) {0} (?:file|form)\b(?!,? or\b)"
    # (「The file which you attach to the electronic application or the e-mail is limited to the
    # PDF form」)
    r"|\b(?:is|are) limited to (?:the |an? )?{0}(?: (?:form|format|file)s?)?\b(?!,? or\b)"
    # (「Only the Word file can be received; PDF, the picture and the Excel cannot be received」)
    r"|\b[Oo]nly (?:the |an? )?{0} (?:file|format)s? (?:can|will) be (?:received|accepted)\b"
    r"|\b(?:[Aa]ttach|send|submit|upload)[^.]{{0,30}}\bin {0} format(?!\s?(?:\([^)]*\)\s?)?or\b)"
    # (「Convert the completed form to a PDF and attach it」)
    r"|\b[Cc]onvert[^.]{{0,40}}\bto an? {0}(?: file)?\b(?!,? or\b)"
    # (「…so please send PDF only」)
    r"|\b(?:send|submit|attach|upload)(?: it| the form)? (?:as )?(?:an? )?{0} only\b"
    # 「Please attach the file which converted the form into the PDF format.」
    r"|\b[Cc]onverted[^.]{{0,40}}\binto (?:the |an? )?{0} (?:format|file)"
    # (「Please attach the form made into a PDF file」)
    r"|\bmade into (?:the |an? )?{0} (?:format|file)"
    # (「please convert the document to the PDF format and attach it」「…attach the file which
    # converted the cooperation confirmation document into PDF」; not 「A file converted to PDF
    # cannot be read」「do not convert it to PDF」)
    r"|\b(?:[Pp]lease convert|which converted)\b[^.]{{0,50}}\b(?:to|into) (?:the |an? )?{0}\b"
    r"(?!(?: (?:format|file))?,? or\b)(?![^.]{{0,60}}(?:\bnot\b|cannot|can't))"
    # 「E-mail submissions must be in PDF format」「For e-mail …, the file must be a PDF」
    # (「Submissions by e-mail must be in PDF format」)
    r"|\b[Ss]ubmissions?(?: by [\w-]+)? (?:must|should) be in {0} format"
    # (「For online and e-mail submissions, the form must be the Excel file (.xlsx)」)
    r"|\b(?:file|attachment|form)s? (?:must|should) be (?:an? |in |the )?{0}\b(?!,? or\b)"
    # 「the Excel file of the form as it is」 (not 「the Word file as it is, or a PDF」)
    # (「…attach the Word file (.docx) of the form as it is」)
    # (「…the Excel file of the cooperation confirmation document as it is」)
    r"|\b{0} (?:file|format)(?: \(\.?\w{{2,5}}\))?"
    # (「…the Excel file of the letter as it is」: a machine translation's 確認書)
    # (「…the Excel file of the document as it is」: 「the document」 is the form)
    # (「…the Word file (.docx) of the style as it is」: a machine translation's 様式)
    r"(?: of the (?:form|letter|document|style|cooperation confirmation (?:form|document|letter)))?"
    # (「Attach the Word file you filled in, as it is.」「Attach the Excel file just as it is」)
    # (「Send the Word file (.docx) filled in on your computer, as it is.」「the Excel file
    # (.xlsx) downloaded from this page, filled in and saved as it is」)
    r"(?: (?:that |which )?(?:you )?(?:filled in|filled out|completed|downloaded)\b"
    r"(?:(?!\bor\b)[^.]){{0,40}}?,?)?"
    r" (?:(?:just )?as it is|itself)\b"
    r"(?!,? or\b)(?!\s?\?)"  # (not asked: 「Can we upload the Word file as it is?」)
    # (not refused: 「The Word file as it is cannot be received」)
    r"(?!\s(?:cannot|can't|can not|is not|will not|won't)\b)"
    # (nor one of a list refused: 「The Excel file as it is, the photograph of the smartphone and
    # the Word file can not be accepted」)
    # (not 「…the Excel file of the form as it is; PDF files, scans and photos cannot be
    # accepted」)
    r"(?!,[^.;]{{0,80}}\b(?:cannot|can't|can not|will not|won't) be (?:accepted|received)\b)"
    # (nor the first of two allowed: 「The Excel file as it is, and the PDF which scanned the
    # form, are both received」)
    r"(?!,? and\b[^.;]{{0,60}}\b(?:are both|both are|are all)\b)"
    # 「Please attach the Word file (.docx) of the form exactly as you filled it in.」
    # (「Fill in the Excel file of the form and attach it to your e-mail exactly as it is」)
    r"|\b{0} file(?: of the form)?\b[^.]{{0,50}}\battach it\b[^.]{{0,30}}\bexactly as it is\b"
    # (「Attach the Excel file of the form just as you downloaded and wrote it.」)
    r"|\b{0} file(?: of the form)? just as you (?:downloaded|filled|wrote|completed)\b"
    r"[^.]{{0,30}}\bit\b(?!,? or\b)"
    r"|\b{0} file(?: \(\.?\w{{2,5}}\))?(?: of the form)? exactly as"
    r" (?:it is|you (?:filled|completed) it)(?!,? or\b)"
    # (「attach the Word file (.docx) of the form as you filled it in」)
    # (「Send the Excel file, just as you filled it in, to …」)
    r"|\b{0} file(?: \(\.?\w{{2,5}}\))?(?: of the form)?,? (?:just )?as you (?:filled|completed"
    r"|typed) it(?: in| out)?\b(?!,? or\b)"
    # (a machine translation's 「…attach the … document by the Excel form (Excel形式) as it is」)
    # (「…attach the file of Excel form (Excel形式) as it is」)
    # (「…attach the file of the Word form (Word形式) as it is」)
    r"|\b(?:by the |file of (?:the )?){0} (?:form|format|file)(?: \([^()]{{1,12}}\))?"
    r" as it is\b(?!,? or\b)"
    # (「…please attach it by the file of Excel as it is」)
    r"|\bfile of (?:the )?{0}(?: \([^()]{{1,12}}\))? as it is\b(?!,? or\b)"
    # (「The file to attach to the LoGo form, please make it the PDF format.」)
    # (「Please save the completed form as a PDF file before you upload or attach it」)
    # (「Please keep the file in Excel format.」)
    r"|\b[Kk]eep (?:it|the file|the form) (?:in|as) (?:the |an? )?{0}(?: format| file)?\b"
    r"(?!,? or\b)"
    r"|\b(?:[Mm]ake|[Ss]ave) (?:it|them|the file|the (?:completed |filled-in )?form)"
    r"(?: in| as| into)? (?:the |an? )?{0}"
    r"(?: format| file)?\b(?!,? or\b)"
)

# A format named as one of two (「ExcelまたはPDFで」「Word、Excel」) is not a required format;
# after other words (「入力のうえ、Excel形式のまま」) it is.
# (「PDF化するか、Wordファイルのまま添付」: one of two, after a verb)
# (「写真に撮るかPDFにして」: either)
_ONLY = r"(?<!または)(?<!又は)(?<!もしくは)(?<!か、)(?<!か )(?<!るか)" + "".join(
    f"(?<!{name}{sep})"
    for name in ("Word", "Excel", "PDF", "ワード", "エクセル", "一太郎", "形式", "ファイル")
    for sep in "、・か/や"  # (「ExcelやWordのファイルのまま添付されたものは…」: either)
)


# 「Wordファイルのままで構いません」 allows a format, it does not require it.
_ALLOWED = r"で?も?(?:構いません|かまいません|結構|差し支え|可|OK)"


# What allows the format rather than requiring it, after the verb: 「Word形式のままお送り
# いただいて構いません」「…添付していただいても、PDFに変換して…も構いません」.
_ALLOWED_AFTER = (
    # (「Word形式のままお送りいただいて構いません」 allows it after the verb)
    # (nor does 「PDFに変換して送ってもよいですか」 ask for it)
    # (a remark in brackets after it is about something else: 「(PDF・画像は不可)」)
    r"(?![^。(]{0,12}(?:構いません|かまいません|差し支え|も(?:よい|いい|良い)(?:です|でしょう)か"
    # (「Excelファイルのままでの送信はご遠慮ください(PDF形式でお願いします)」)
    # (「WordやExcelのファイルのままではアップロードできません」 refuses it)
    # (not 「…Excelファイルのまま添付し、PDFに変換しないでください」: the other one refused)
    r"|ご遠慮|お控え|(?<!変換)しないで|不可|できません|出来ません"
    # (「Word形式のまま送信されたものは、文字化け…が起きることがあるため、PDFで再送を」: what
    # was sent, not what to send)
    # (「PDFで添付された場合は、改めてExcelファイルでの提出をお願いすることになります」)
    r"|された(?:もの|ファイル|データ)は|された(?:場合|とき)"
    # (「Wordファイルのまま添付していただいても、PDFに変換して…も構いません」: one of two)
    r"|(?:て|で)も、"
    # (「…(Excelファイル)をそのまま添付するか、PDFファイルに変換して添付して」: either, not
    # 「…添付して送信していただくか、郵送で提出される場合は…」, another way after it)
    r"|(?:する|される)?か、(?=[^。]{0,24}(?:PDF|Word|Excel|ワード|エクセル|形式|ファイル|変換|画像))"
    # (「PDFに変換して添付していただいても受け付けます」 allows it too)
    r"|(?:て|で)も(?:受け付け|受付|うけつけ|大丈夫|問題)))"
)


# Every other file refused after the one asked for: 「PDF やしゃしんにしたものはうけつけません」.
_OTHERS_REFUSED = (
    r"(?:(?:ほか|他|それ以外)\s?の\s?(?:ファイル|形式)|PDF|しゃしん|写真|画像|スキャン)[^。]{0,30}"
    r"(?:うけとれません|受け取れません|うけつけません|受け付けません|受付できません"
    r"|受け付けられません|受け付けできません|受け付けることが(?:でき|出来)ません)"
)


def _required_format(names: str, english: str, more_ways: str = "") -> re.Pattern[str]:
    """「Excel形式のままお送りください」「添付ファイルはPDF形式に限ります」: a file format the page
    requires (not one of two)."""
    return fastre.compile(
        # (「Excel の ファイルの まま」: やさしい日本語's spaces)
        # (「Excelファイルの形式のまま添付」)
        # (「村の様式(Word形式)のファイルでお願いします」: the format in the file's brackets)
        # (「ファイルはPDF形式のものに限ります」)
        rf"{_ONLY}(?:{names})\s?(?:形式|ファイル)?\)?(?:\([^()]{{1,12}}\)\s?)?"
        r"(?:の\s?ファイル\s?|のデータ|の形式|のもの)?"
        # (「Wordのまま、またはPDFにして添付」 offers two: no gap through または)
        # (「Excel形式のまま(PDFに変換せずに)提出してください」: a remark before the verb)
        # (「ExcelでもPDFでもアップロードできます」: either, 「…でも」)
        # (「様式はExcelファイルですが、オンラインで提出する場合は…PDF」: 「です」 is no way)
        # (「Excelファイルのまま上記のメールアドレスへ添付して」: where to, then the verb)
        rf"(?:(?:のまま(?!{_ALLOWED})(?:\([^()]{{1,20}}\))?|で(?!も|す)|にて{more_ways})"
        # (「…のまま国際課のアドレス(kokusai@…)あてに添付して」: a section's address, written out)
        # (「Excelファイルの形式のまま、下記のメールアドレスあてに添付して」)
        # (「…のまま交流推進課のアドレス kokusai@… へ添付して」: written out after a space)
        r"(?:、?\s?(?:上記|下記|次|[^\s。、]{1,8}?課)の(?:メール)?アドレス"
        rf"(?:\([^()]{{1,60}}\)|\s?[\w.\-]+{AT_VARIANTS}[\w.\-]+\s?)?"
        r"(?:へ|に|あてに?))?"
        # (「…Excelファイルのまま(PDFに変換せずに)shoko@… あてに添付して」: the address itself,
        # obfuscated too: 「…のまま、shoko★city…(★を@に置き換えてください)あてに添付して」)
        # (「…PDF にして、 kikaku@… へおくってください」)
        rf"(?:、?\s?[\w.\-]+{AT_VARIANTS}[\w.\-]+(?:\([^()]{{1,24}}\))?\s?(?:(?:あて|宛)(?:に|て)?|へ))?"
        rf"(?:(?!または|又は|もしくは)[^。]){{0,10}}{_SEND}"
        # (what allows it instead: 「…のままお送りいただいて構いません」「…ても、…」)
        rf"{_ALLOWED_AFTER}"
        # 「添付するファイルは、Excel形式のままとしてください」
        r"|のまま(?:と|に)し(?:て(?:ください|下さい)|、)"
        # (「様式をWord形式のまま入力し、そのファイルを添付して…送信してください」)
        rf"|のまま(?:入力|記入)し(?:て)?、?\s?(?:その|この)?(?:ファイル|データ)を\s?{_SEND}"
        # (「添付するファイルは、町の様式に入力したWord形式(.docx)のファイルとしてください」)
        r"|として(?:ください|下さい)"
        # (「ExcelファイルのままでPDFやスキャン画像にせず添付してください」: what not to make of it)
        rf"|のまま\s?で?、?[^。、]{{0,16}}?(?:にせず|に変換せず|に変換しないで|にしないで)(?:に)?、?\s?"
        rf"[^。]{{0,6}}{_SEND}"
        rf"|に限ります|に限り|に限らせ|に限定|のみ(?:で|を)?(?:受け付け|受付|提出|送信|添付|お送り|可)"
        # 「様式(Excel)に入力したファイルをそのまま添付してください」(「…に入力したものをそのまま」)
        # (「…(Excelファイル)に入力したものを、そのまま添付して」)
        rf"|\)?に入力した(?:ファイル|もの|データ)を、?(?:その)?まま[^。]{{0,6}}{_SEND}"
        # (やさしい日本語: 「エクセル(Excel)のファイルにかいて、そのままつけてください」)
        # (「エクセル(Excel) の ファイル に かいて、PDF に かえないで、その まま つけて」)
        rf"|に\s?(?:かいて|書いて|記入して|入力して)\s?、?\s?"
        r"(?:[^。]{0,12}?(?:かえないで|変えないで|しないで|変換せず(?:に)?)\s?、?\s?)?"
        rf"(?:その\s?)?まま\s?[^。]{{0,6}}{_SEND}"
        # (「Word のファイルにかいて、そのファイルをメールにつけてください。ほかのファイル(PDF、
        # しゃしんなど) はうけとれません」: every other file refused)
        rf"|に\s?(?:かいて|書いて|記入して|入力して)\s?、?[^。]{{0,30}}(?:つけて|添付して)[^。]{{0,12}}。\s?"
        # (「…そのワードのファイルをメールにつけておくってください。PDF やしゃしんにしたものは
        # うけつけません」: the others named)
        rf"{_OTHERS_REFUSED}"
        # (「様式に入力したExcelファイルを添付して申請してください。PDFや画像に変換したファイルは
        # 受け付けられません」)
        # (「…そのExcelファイルを次のフォームに添付して送信してください。PDFや画像に変換した
        # ファイルは受け付けることができません」)
        rf"|\)?を[^。、]{{0,12}}?(?:つけて|添付して|アップロードして)[^。]{{0,12}}。\s?{_OTHERS_REFUSED}"
        # 「記入したExcelファイルをそのまま添付してください」
        # (「協力確認書(Excelファイル)をそのまま添付」「…をそのまま(PDFに変換せずに)添付」)
        # (「記入したExcelファイルをそのまま添付していただいても、PDFに変換して…も」: either)
        rf"|\)?を、?\s?(?:その)?まま(?!{_ALLOWED})(?:\([^()]{{1,20}}\))?[^。]{{0,6}}{_SEND}{_ALLOWED_AFTER}"
        # 「様式に入力したWordファイルを、PDFに変換せずにそのままアップロードしてください」
        # (「ようしきのエクセルのファイルを、PDF にかえないで、そのままメールにつけてください」)
        # (「Word のファイルを PDF にしないで、そのままつけてください」)
        rf"|\)?を、?\s?[^。、]{{0,8}}?(?:変換せず(?:に)?|(?:かえ|変え|変換し|し)ないで)、?\s?(?:その)?まま"
        rf"[^。]{{0,6}}{_SEND}"
        # 「Excel形式の様式に入力し、PDFなどに変換せずにそのまま添付してください」
        # (「様式のWordファイルに入力し、PDFに変換せずにそのまま添付して」)
        # (「様式(Excelファイル)に入力し、PDFに変換せずにそのまま添付してください」)
        # (not the question 「Excelの様式に入力したまま、PDFに変換せずに送ってもよいですか?」)
        rf"|(?:(?:形式|ファイル)?の様式|(?:形式|ファイル)\)?)?に入力し[^。]{{0,24}}(?:変換せず|そのまま)"
        rf"[^。]{{0,10}}{_SEND}{_ALLOWED_AFTER}"
        # 「記入した協力確認書をPDF形式で保存し、下記のフォームに添付して申請してください」
        rf"|で保存し[^。]{{0,20}}{_SEND}"
        # (「添付する協力確認書は、記入後にPDF形式で保存したファイルに限ります」)
        r"|で保存した(?:ファイル|もの|データ)(?:に限|のみ)"
        # 「記入した協力確認書をPDFファイルに変換し、kikaku(at)…あてに添付して送信してください」
        rf"|に変換し(?:て)?、[^。]{{0,50}}?{_SEND}"
        # (やさしい日本語: 「ようしきにかいてから、PDF にかえて、メールにつけてください」)
        rf"|\s?に\s?(?:かえて|変えて)\s?、[^。]{{0,20}}?{_SEND}"
        r"(?![^。]{0,16}(?:構いません|かまいません|も(?:よい|いい|良い)))"
        rf"|(?:形式|様式)のもの(?:を|で)?(?:ご使用|使用|ご利用|利用)"
        # 「添付するファイルはPDF形式に変換したものをお願いします」
        # (「PDFファイルに変換したものに限ります」「PDF形式に変換したファイルに限ります」)
        # (「添付するファイルは、…をPDF形式に変換したものとしてください」)
        # (「PDF形式に変換したファイルのみ受け付けます」)
        r"|(?:形式)?に変換した(?:もの|ファイル|データ)(?:(?:を|で)お願い|に限|として(?:ください|下さい)"
        r"|(?:のみ|だけ)(?:を)?(?:受け付け|受付|受理))"
        # (やさしい日本語: 「ようしき に かいて、PDF の ファイル に して ください」)
        # (「記入後にPDFファイルに変換してください」)
        r"|\s?(?:の\s?ファイル|ファイル|形式)\s?に\s?(?:して|変換して)\s?(?:ください|下さい)"
        # 「PDF以外の形式(Word・Excel・画像など)のファイルは添付できません」
        # (「PDF以外の形式のファイルはアップロードできません」)
        r"|以外の(?:形式|ファイル)[^。]{0,30}?(?:添付|提出|送信|受け付け|受付|アップロード)"
        r"(?:でき|いたし|し)ません"
        # (やさしい日本語: 「PDF よりほかのファイルはつけられません」)
        r"|より\s?(?:ほか|他)\s?の\s?(?:形式|ファイル)[^。]{0,20}?"
        r"(?:つけられ|つけ|添付でき|アップロードでき|うけつけ|受け付け|受付でき|おくれ|送れ)ません"
        # (「PDF に かえて から だして ください」; not 「かみをスキャンして、PDF にしてください」,
        # a way to make the file)
        r"|\s?に\s?(?:かえて|変えて)\s?(?:から\s?[^。]{0,8}?)?(?:ください|下さい))"
        # 「ワード(Word)形式のファイルを添付してください」
        # (やさしい日本語: 「そのワードのファイルをつけておくってください」)
        # (「…に入力したWord形式(.docx)のファイルを添付してください」)
        rf"|{_ONLY}(?:{names})(?:\([^()]{{1,12}}\))?の?(?:形式|ファイル)(?:\([^()]{{1,12}}\))?"
        r"(?:のファイル|のデータ)?"
        # (「協力確認書(Excelファイル)を添付して送信してください」)
        rf"\)?を{_SEND}(?:して)?(?:(?:送信|提出)して|おくって|送って)?(?:ください|下さい)"
        # 「アップロードできるのはPDFファイルのみです」
        # (「添付できるのは、町の様式に入力したWord形式のファイル(.docx)だけです」)
        # (「フォームにつけられるのは PDF だけです」)
        # (「添付できるファイルはPDF形式のみです」)
        # (「つけるファイルは PDF だけです」)
        rf"|(?:できる|可能な|受け付ける|受付できる|受け付けられる|つけられる|添付できる|つける|添付する"
        r"|アップロードする)"
        r"(?:の|ファイル|形式)(?:は|が)、?\s?"
        rf"[^。、]{{0,20}}?"
        # (「添付できるのはExcel形式(.xlsx)のファイルのみです」)
        rf"(?:{names})\s?(?:形式|ファイル)?(?:\([^()]{{1,8}}\))?(?:の\s?ファイル)?(?:\([^()]{{1,8}}\))?"
        r"\s?(?:のみ|だけ)(?!\s?で(?:な|は))"  # (not 「…PDFだけでなく、Excelも」)
        # (a way's own rule: 「メールのときは PDF だけです」)
        rf"|(?:とき|場合)は、?\s?(?:{names})\s?(?:形式|ファイル)?\s?(?:のみ|だけ)\s?です"
        "|" + _EN_FORMAT.format(english)
    )


_EXCEL_RE = _required_format("Excel|エクセル", "Excel")
_WORD_RE = _required_format("Word|ワード", "Word")
_PDF_RE = _required_format(
    "PDF",
    "PDF",
    # 「PDFに変換したファイルを添付してください」, not 「PDFに変換したものや…は受け付けられません」
    # (「PDFに変換したファイルで添付してください」)
    "|に変換(?:して|し、|した(?:うえ|上)で|の(?:うえ|上)|した(?:ファイル|データ|もの)(?:を|で(?!も)))"
    # (「…をPDFファイルに変換し、上記の電子メールアドレスあてに添付して」)
    # (「…PDFファイルに変換し、<a href="mailto:…">メールはこちら</a>から添付して」: the address the
    # page model writes after a mailto link's words)
    # (「…PDFファイルに変換してから、LoGoフォームにアップロードするか、…」)
    "|(?:ファイル)?に変換し(?:てから)?、[^。]{0,20}?(?:\\s?\\([^()\\s]*@[^()\\s]*\\))?"
    # (「…PDFファイルにしたものを添付していただきます」)
    "|にして|化して|にしたもの(?:を|で)",
)
# A row of 事業所 | 住居地 | 提出先: 「菊陽町 | 菊陽町 | 菊陽町へ1通」
# (「榛東村内 | 榛東村内 | 必要(1通)」; cells on lines of their own in an old table)
_PLACE_ROW_ONE_COPY_RE = re.compile(
    # (「松崎町 | 松崎町 | 松崎町のみ(1通)」)
    # (やさしい日本語: 「上野村 | 上野村 | 上野村に 1まいだけ」)
    r"(\S{1,8}?[市区町村])(内?)\s+\1\2\s+(?:[→⇒]\s?)?(?:\1\s?(?:へ|に|のみ|だけ)?\s?\(?|必要\s?\(?)?"
    r"(?:1通|一通|1部|一部|1まい|1枚)"
    # (in English: 「Komono Town | Komono Town | Komono Town only - one form」)
    # (cells on lines of their own: 「Uonuma City \n Uonuma City \n Only Uonuma City. One sheet is
    # enough」)
    r"|\b([A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:City|Town|Village))\s+\3\s+(?:\3\s)?"
    r"(?:only\s?|Only \3\.?\s?)?-?\s?(?:[Oo]ne|1) (?:form|copy|sheet)\b"
    # (やさしい日本語: 「はたらくのもすむのも昭和村 | 昭和村に 1まいだけ」)
    r"|(?:はたらく|しごと)[^。\s]{0,12}(?:すむ|すんで)[^。\s]{0,8}も\s?(\S{1,8}?[市区町村])\s+\4\s?"
    r"(?:に|へ)?\s?(?:1まい|1つ|1通)"
    # (「どちらも関川村 | 関川村に 1つ出せばいいです」)
    # (「事業所と住まいがどちらも高森町内:高森町へ1通提出」)
    # (「事業所と住居地がどちらも波佐見町内にある:波佐見町へ1通」)
    # (「どちらも東吉野村(ひがしよしのむら) | 東吉野村(…)に 1まいでいいです」: the readings
    # gone, the two cells run together)
    r"|どちらも\s?(\S{1,8}?[市区町村])内?(?:にある)?(?:\s*|\s?:\s?)\5\s?(?:に|へ)?\s?(?:1まい|1つ|1通)"
    # (a row of short names: 「Hachimantai | Hachimantai | Hachimantai City only. One form is
    # enough.」「Tadami | Tadami | Tadami Town only (one form / 1通)」; the group last, after the
    # numbered ones)
    r"|\b(?P<row>[A-Z][a-z]+) (?P=row) (?P=row)(?: (?:City|Town|Village))? only\b[^.(]{0,4}"
    r"(?:\.\s?)?\(?(?:[Oo]ne|1) (?:form|copy)\b"
    # (「名寄市ではたらいて、名寄市にすんでいるときも、名寄市にだすのは 1かいです」; here, not in
    # the note's main pattern, whose first-character prefilter a back reference would disable)
    r"|(?P<place>[^\s、。]{1,6}?[市町村])\s?で\s?(?:はたらいて|働いて)、?\s?(?P=place)\s?に\s?"
    r"(?:すんで|住んで|すむ|住む)[^。]{0,24}(?:1まい|1つ|1通|1\s?かい|1回)"
    # (「那賀町内の事業所で働き、那賀町内に住んでいる場合は、那賀町への提出だけで済みます」)
    r"|(?P<both>[^\s、。]{1,6}?[市町村])内の(?:事業所|職場|会社)で(?:働き|勤務し)、?\s?(?P=both)内に"
    r"(?:住んで|お住まいで?)(?:いる|おられる)?(?:場合|とき)は、?\s?(?P=both)への提出だけで"
    r"(?:済み|足り|結構|よい|いい)"
    # (「事業所が清水町、住まいも清水町:清水町へ1通提出してください」)
    r"|(?:事業所|勤務地|勤務先)(?:が|は)\s?(?P<work>[^\s、。]{1,6}?[市区町村])内?、\s?"
    r"(?:住まい|住居地?|住所)も\s?(?P=work)内?\s?:?\s?(?:(?P=work)(?:へ|に))?\s?(?:1通|一通)"
    # (a row in English: 「The worker works in Akitakata City and lives in Akitakata City |
    # Akitakata City only (one form)」)
    # (「The workplace is in Kanda Town and the worker lives in Kanda Town | Kanda Town only.
    # Only one copy is OK.」)
    r"|\b(?:works? in|(?:workplace|office) is in) (?P<town>[A-Z][a-z]+(?:-[A-Z][a-z]+)? "
    r"(?:City|Town|Village)) and (?:the (?:worker|employee) )?lives? in "
    r"(?P=town)\b[^.]{0,40}?(?:\.\s?[^.]{0,8}?)?\b(?:[Oo]ne|1) (?:form|copy)\b"
)

_ONE_COPY = "同一市区町村なら1通"
_NO_SEAL = "押印不要"
_ONLINE_FORM_SEAL_RE = fastre.compile(
    r"\b(?:LoGo|Google|Microsoft|[Oo]nline|[Ee]lectronic|[Ww]eb) [Ff]orms? (?:has|have) no seal"
    # (「For the online form, no seal is involved.」)
    r"|\b[Ff]or the (?:online|electronic|web) (?:form|application),? no seal\b"
)
_SEVERAL_PLACES_RE = fastre.compile(
    r"\b[Bb]oth (?:of )?(?:the |your )?(?:workplaces|offices|sites|factories|shops|stores|farms"
    r"|plants|hotels|branches|restaurants|inns|facilities)\b"  # (「If both farms are in Iide」)
)
# … in Japanese, inside the words matched (「Q1 白石町のなかに、はたらくところが 2つあります、2まい
# 出しますか?」「A1 1まいのようしきに、2つのところをかいて…」; not 「…1通で足ります。ただし、町内に
# 事業所が複数ある場合は…」 after them)
_SEVERAL_PLACES_JA_RE = fastre.compile(
    r"(?:はたらく\s?ところ|しごと\s?の\s?ばしょ|事業所|職場|工場)\s?が\s?(?:2つ|ふたつ|2か所|二か所|複数)"
)
# The seal asked for on one route (「The seal of the representative is necessary on the paper
# form … In the electronic application, the seal is not necessary」): not a form without seal.
_SEAL_REQUIRED_RE = fastre.compile(
    # (「…ようしきに会社のはんこをおしてください。でんししんせいのときは、はんこはいりません」)
    # (「…事業者名の横に会社の印(角印でも可)を押してください」)
    r"(?:押印|代表者印|社印|会社印|(?:会社|法人|代表者)の印|はんこ|印鑑)(?:\([^()]{0,12}\))?\s?(?:が|は|を)?\s?"
    # (「代表者印を押印してください(メールで提出する場合は、押印は省略できます)」)
    r"(?:必要です(?!か)|必須です|押してください|おしてください|押印してください)"
    # (「…郵送・電子メールの場合は押印したものを提出してください(電子申請の場合は押印は不要です)」)
    r"|押印(?:した|済みの|のある)(?:もの|書類|様式)を\s?(?:ご)?(?:提出|送付|郵送|お送り|添付)"
    r"|\b[Tt]he (?:company |corporate |representative's )?(?:seal|stamp|hanko)"
    r"(?: of the representative)?(?: \([^()]{1,12}\))? (?:is|are) (?:necessary|required|needed)\b"
)
# 「別の市町村の場合は、それぞれの市町村へ1通ずつ」: one to each of two places, not one for both
# (「それぞれの区役所に提出が必要ですか? いいえ、…広島市へ1通」 asks, and is one copy)
_ONE_EACH_RE = fastre.compile(
    # (「…魚津市と黒部市へ各1通」)
    r"ずつ|各\s?(?:1|一)(?:通|部|枚)|(?:別の|異なる|違う|別々の)(?:市区町村|市町村|町村|自治体|市|町|村)"
)

# Signing up for the online service: 「利用者登録」「ユーザー登録」「アカウントの作成」.
_REGISTRATION = r"(?:利用者登録|ユーザー?登録|アカウント(?:の)?(?:作成|登録)|りようしゃ\s?とうろく)"
_NOTE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        _NO_SEAL,
        fastre.compile(
            # 「押印・署名は不要」「押印欄はありません」「押印は要りません」
            # (「押印欄がありません」)
            # (「はんこ(会社のいん) はいりません」: a reading in brackets, then a space)
            # (「はんこ(押印(おういん))はいりません」: a reading inside the bracket)
            # (「はんこ(印鑑:いんかん) はいりません」)
            r"(?:押印|はんこ|ハンコ|印鑑)(?:[・、及び()や][^。、]{1,8}?\)?|\([^()]{1,8}\([^()]{1,8}\)\))?"
            r"\s?(?:は|の|も|欄は|欄が)?\s{0,3}"
            # (「協力確認書への押印は必要なく、」: a clause of a long sentence)
            # (「押印欄のある様式を使用される場合も、押印は必須ではありません」)
            r"(?:不要|必要(?:は)?ありません|必要(?:は)?なく|必須ではありません|いりません|要りません"
            r"|を要しません|省略"
            r"|ありません)|押印なし"
            # やさしい日本語's question and answer: 「はんこは いりますか? いいえ…」
            # (「Q5.押印は必要ですか。 A.必要ありません。」)
            # (「Q4 はんこ(会社のいん)はいりますか? A いりません。」)
            # (「Q はんこはおしますか。」「A おさなくていいです。」)
            r"|(?:はんこ|押印)(?:\([^()]{1,10}\))?[^。]{0,6}(?:いりますか|いる|必要ですか|おしますか)"
            r"[?。、]?\s{0,3}(?:A\d{0,2}\s?[.:]?\s?)?(?:いいえ|いりません|必要ありません|不要です"
            r"|おさなくて(?:いい|よい|だいじょうぶ))"
            # (「はんこ(押印おういん) はいりません。」)
            r"|(?:はんこ|ハンコ|印鑑|いんかん)(?:\([^()]{1,12}\))?\s?(?:は|も)\s?"
            r"(?:いりません|要りません|いらない|必要ありません)"
            # (「いんかん(はんこ) はおさなくていいです」: said, not answered)
            r"|(?:はんこ|ハンコ|印鑑|いんかん)(?:\([^()]{1,10}\))?\s?(?:は|を)?\s?(?:おさ|押さ)なくて(?:も)?\s?"
            r"(?:いい|よい|だいじょうぶ|大丈夫|構いません|かまいません)(?![^。]{0,4}(?:ですか|\?))"
            # (「改訂前の様式で押印がないものも受け付けます」)
            r"|押印(?:が|の)ない(?:もの|様式)(?:で)?も\s?(?:受け付け|受付|お受け)"
            # (「協力確認書に押印する必要はありません」)
            # (「確認書に押印していただく必要はありません」)
            # (「様式に押印していただく必要はなく、…」: a clause of a long sentence)
            r"|押印を?(?:する|して(?:いただく|もらう))\s?(?:ひつよう|必要)\s?(?:は|が)?\s?"
            r"(?:ありません|ない|なく)"
            # (「はんこは、おしてもおさなくてもだいじょうぶです」)
            r"|(?:はんこ|押印|印鑑)は?、?\s?(?:おして|押して|押印して)も\s?(?:おさなく|押さなく|押印しなく)ても"
            r"\s?(?:だいじょうぶ|大丈夫|よい|いい|構いません|かまいません)"
            # (「様式には押印する欄がありません」)
            r"|押印の有無(?:は|を)問(?:いません|わない|わず)|押印(?:する|していただく)欄[はが](?:ありません|ございません)"
            # (「令和7年10月1日から、協力確認書への押印を不要としました」)
            r"|押印を\s?不要と(?:しました|しています|しております|なりました)"
            # (「…村として押印を求めることはしていません」「押印は求めていません」)
            r"|押印(?:を|は)\s?求める(?:こと)?は(?:して(?:い|おり)ません|ありません|いたしません)"
            r"|押印(?:を|は)\s?求めて(?:い|おり)ません"
            # 「押印するかどうかは事業所にお任せします」 (the English pages' 'up to you')
            r"|(?:押印|はんこ)(?:する|を(?:する|おす|押す))?か(?:どうか|否か)は[^。]{0,12}(?:お任せ|おまかせ|任せ|ご判断|自由)"
            # (「押印の有無について市から指定はしていません。社内のルールに従ってください」)
            r"|押印の有無(?:について|は)、?[^。]{0,12}(?:指定は?して(?:い|おり)ません|問いません"
            r"|お任せ|おまかせ|ご判断)"
            # 「押印欄のない新しい様式をお使いください」
            r"|押印欄の(?:ない|無い)"
            r"|押印欄を?\s?設けて(?:い|おり)ません"  # (「町の様式には押印欄を設けていません」)
            # 「はんこを おす ひつようは ありません」
            # (「代表者印を押す必要はありません」)
            # (「代表者印などを押す必要はありません」)
            # (「会社のはんこ(印鑑) をおすひつようはありません」: a bracket, then a space)
            # (「会社の印を押す必要はありません」)
            r"|(?:押印|はんこ|ハンコ|印鑑|代表者印|社印|会社印|会社の印|代表者の印)(?:など|等)?"
            r"(?:\([^()]{1,8}\))?\s?を?\s?"
            # (「書類に会社の印鑑を押していただく必要はありません」)
            r"(?:おす|押す|押印する|押して(?:いただく|もらう))\s?"
            r"(?:ひつよう|必要)"
            r"\s?(?:は|が)?\s?(?:ありません|ない)"
            # (「はんこ(いん) をおすところはありません」: a reading in brackets)
            # (「様式にはんこをおす場所はありません」)
            # (「印鑑(いんかん) をおすところはありません」)
            r"|(?:押印|はんこ|ハンコ|印鑑|いんかん)(?:\([^()]{1,8}\))?\s?を?\s?(?:おす|押す)\s?"
            r"(?:ところ|らん|欄|場所|ばしょ)[はが]\s?"
            r"(?:ありません|ない)"
            # 「はんこは おさなくて いいです」
            # (「はんこを おさなくても うけつけます」)
            # (「はんこ(代表者印)は おさなくて いい です」)
            # (「はんこ(印鑑)は、おさなくてもいいです」)
            r"|(?:押印|はんこ|ハンコ|印鑑)(?:\([^()]{1,8}\))?\s?(?:は|を)?、?\s?(?:おさ|押さ)なくて(?:も)?\s?"
            r"(?:いい|よい|大丈夫|だいじょうぶ|かまいません|構いません|うけつけ|受け付け)"
            # (「…様式を使い、押印はせずに、役場あてに郵送していただくか」)
            r"|押印(?:は|を)?\s?(?:せずに|しないで|不要で)"
            # (「…記名をお願いしますが、押印はしなくて構いません」)
            r"|押印(?:は|を)?\s?しなくて(?:も)?\s?(?:構いません|かまいません|いい|よい|結構)"
            # (「会社の印(代表者印)を押していなくても受け付けます」)
            r"|(?:(?:会社|法人|代表者)の印|代表者印|社印|押印|印鑑|はんこ)(?:\([^()]{1,10}\))?\s?を?\s?"
            r"(?:押して|おして)(?:い)?なくても\s?"
            r"(?:受け付け|うけつけ|受付|構いません|かまいません|大丈夫|だいじょうぶ|いい|よい)"
            # 「はんこは おしても おさなくても だいじょうぶです」
            # (「はんこはおしても、おさなくてもいいです」)
            # (「はんこ(押印) はおしてもおさなくてもいいです」)
            # (「はんこ は、おして も、おさなくて も いい です」)
            r"|(?:はんこ|ハンコ|印鑑)(?:\([^()]{1,8}\))?\s?(?:は|を)?、?\s?(?:おして|押して)\s?も、?\s?"
            r"(?:おさ|押さ)なくて\s?も"
            # 「はんこは あっても なくても だいじょうぶです」
            r"|(?:はんこ|ハンコ|印鑑|押印)\s?(?:は|が)?\s?あっても\s?なくても"
            # 「押印がない場合も受け付けます」「押印がなくても受け付けます」
            # (「代表者印がなくても受け付けます」)
            # (「代表者 の はんこ が なくても うけつけます」)
            # (「押印はなくても受け付けます」)
            # (「はんこはなくてもいいです」)
            # (「はんこ(会社のいん) はなくてもいいです」: a reading in brackets)
            r"|(?:押印|代表者印|社印|印鑑|はんこ|ハンコ)(?:\([^()]{1,10}\))?\s?(?:が|の|は)?\s?"
            r"(?:ない場合(?:も|でも)|なくても|無くても)"
            r"\s?(?:受(?:け)?付け|うけつけ|いい|よい|大丈夫|だいじょうぶ|構いません|かまいません)"
            # 「代表者の押印や署名は求めていません」
            # (「押印については町では求めていません」)
            r"|(?:押印|はんこ)(?:[・や、][^。、]{1,4}?)?\s?(?:は|を|も|については、?)?\s?"
            r"(?:(?:市|町|村|区|本市|本町|当市|当町)では、?\s?)?求め(?:ません|て(?:い|おり)ません)"
            r"|\b[Nn]o (?:company |corporate )?(?:seal|hanko|stamp)\b"
            # (「No signature or company seal is needed on it」)
            r"|\b[Nn]o (?:signature|sign|name) (?:or|and) (?:a |the )?(?:company |corporate )?"
            r"(?:seal|hanko)\b"
            # 「A seal on the form is up to you」
            r"|\b(?:[Ss]eal|[Ss]tamp|[Hh]anko)[^.]{0,30}\bis up to you\b"
            # (「Seal (押印): up to you.」「We accept the form with or without a company seal」)
            r"|\b(?:[Ss]eal|[Ss]tamp|[Hh]anko)(?: \([^()]{1,8}\))?\s?:\s?up to you\b"
            r"|\bwith or without (?:a |the |your )?(?:company |corporate )?(?:seal|stamp|hanko)\b"
            # (「Company seal: you may stamp the form or leave it unstamped, as you like.」)
            r"|\bleave it unstamped\b"
            # (「Stamp (押印) is not necessary」「A seal (stamp) of the representative is not…」)
            # (「The seal (押印) on the cooperation confirmation document is not necessary」)
            r"|(?:[Ss]eal|[Hh]anko|押印|\b[Tt]he stamp)[^.]{0,60}"
            # (「Seal (押印): Not necessary.」)
            r"(?:[Nn]ot (?:required|necessary|need(?:ed)?\b)|[Uu]nnecessary)"
            # 「The form has no place for a seal」
            # (「There is no column of the seal (押印欄) in the letter」)
            r"|\bno (?:place|space|column|box) (?:for|of) (?:a |the )?(?:seal|stamp|hanko)"
            r"|\bdoes not need (?:a |any )?(?:company )?(?:seal|stamp|hanko)"
            # (「It is not necessary to press the seal (押印)」)
            r"|not (?:necessary|required|needed|need) to (?:stamp|seal|affix"
            r"|(?:press|put|use|push) (?:a |the |your |any )?(?:seal|stamp|hanko))"
            r"|\bno need to (?:press|put|affix|stamp|use) (?:a |the |your |any )?"
            r"(?:seal|stamp|hanko)"
            # (「You do not have to stamp the company seal on the form.」)
            r"|(?:do not|don't) (?:need|have) to (?:stamp|affix|put|use|press)[^.]{0,30}"
            r"(?:seal|hanko)"
            # (「It is not necessary for the seal (押印) of the company.」)
            r"|\b[Ii]t is not necessary for the (?:seal|stamp|hanko)\b"
        ),
    ),
    (  # the envelope is for the stamped copy (控え), not for any document sent back by post
        "控えが必要なら2部と返信用封筒",
        fastre.compile(
            # (the envelope can be the next sentence's: 「…控えが必要な方は、2部提出してください。
            # 郵送の場合は、切手を貼った返信用封筒も同封してください」)
            # (「協力確認書とその写し1部、…切手を貼った返信用封筒を同封してください」)
            r"(?:控え|2部|二部|2まい|2枚|二枚|受付印|受領|収受印|写し\s?(?:を\s?)?(?:1部|一部|1枚))"
            r"[^。]{0,60}(?:。[^。]{0,40})?"
            # (「へんしん用 の ふうとう」「へんじのためのふうとう」)
            # (「返信用の切手を貼った封筒」)
            # (「へんじのふうとう」「かえすためのふうとう」「返送用の封筒」)
            # (「へんじをおくるためのふうとう」「へんじをおくるふうとう(…きってをはったもの)」)
            # (「かえりのふうとう(会社の住所となまえをかいて、切手をはったもの)」)
            r"(?:(?:返信用|返送用|へんしんよう|へんしん用|へんじ\s?(?:の\s?ため|よう|用|を\s?おくる(?:\s?ため)?)?"
            r"|かえす\s?ため|かえり)\s?の?\s?(?:[^。、]{0,10}?(?:貼った|はった)\s?)?"
            # (「きってをはって会社のじゅうしょを書いたふうとう」: stamped and addressed)
            # (「切手を貼り返信先を記入した封筒」)
            r"|(?:きって|切手)\s?を\s?(?:はって|はった|貼って|貼った|貼り|はり)[^。]{0,24}?)(?:封筒|ふうとう)"
            # (not 「返信用封筒を同封いただいても、控えの返送は行っておりません」: even with one;
            # nor 「…控えの返送は行っておりません(返信用封筒の同封は不要です)」)
            # (「…返信用封筒は同封していただかなくて結構です」; nor asked: 「返信用の封筒を入れた
            # ほうがよいですか」)
            # (nor 「…控えの返送は行っておりません。返信用封筒は同封しないでください」)
            r"(?![^。、]{0,12}?(?:ても|不要|必要ありません|いりません|なくて|ですか|ますか|\?"
            r"|(?:同封|同封し|入れ|いれ|送ら|おくら)ないで))"
            # (not the filer's own copy stamped, without 2部: 「…返信用封筒を同封いただければ
            # 受付印を押した写しが、控えとなります」, as 2003)
            r"|返信用封筒(?![^。、]{0,12}?ても)(?![^。]{0,40}写しが)[^。]{0,60}"
            r"(?:控え|受付印|受領|収受印)"
            # (「Copy with receipt stamp: … mail two forms and the return envelope …」)
            r"|\b[Cc]op(?:y|ies)\b[^。]{0,120}\b(?:return|reply|self-addressed|stamped) envelope"
            # (「…put 2 copies of the form and the envelope for reply (返信用封筒) …」)
            r"|\b[Cc]op(?:y|ies)\b[^。]{0,120}\benvelope for (?:the )?(?:reply|return)\b"
            # (「…put two copies of the form and an envelope with your address and a stamp for
            # the return in the same envelope」)
            r"|\b[Cc]op(?:y|ies)\b[^。]{0,120}\benvelope with your [^.]{0,30}\bstamp\b"
        ),
    ),
    (
        "受領書・控えの発行なし",
        fastre.compile(
            r"(?:受領書|受領証|控え|受付印|収受印|受領|受理|受付|受け付け|受け取り)[^。]{0,20}"
            # (「市から受付の完了を個別にお知らせすることはしておりません」)
            r"(?:発行|返送|返却|交付|お渡し|お返し|お出し|押印|連絡|通知|送付|お送り|返信|お知らせ)"
            # (「…控えのお渡しは、どの提出方法でも行っていません」)
            # (「…返送は、どの方法で提出された場合も行っておりません」)
            r"[^。]{0,6}(?:(?:どの|いずれの)[^。、]{1,14}(?:でも|も)、?)?"
            r"(?:しておりません|していません|いたしません|しません|行っておりません|行っていません"
            # (「…は受付の連絡ではありません」 says what it is not)
            r"|行いません|(?<!では)ありません"
            # (「提出後、町から受付の連絡は差し上げておりません」)
            r"|差し上げて(?:おり|い)ません"
            r"|できません)"
            # 「受領書を発行したり、受付した旨を個別にご連絡したりすることはありません」
            # (「町から受付の連絡をしたり、受領書をお送りしたりすることはありません」)
            r"|(?:受領書|受領証|控え|受付印|受付)[^。]{0,10}(?:発行|返送|交付|お渡し|送付|お送り|連絡|通知)"
            # (「…受領書や控えをお渡ししたりすることは行っていません」)
            # (「市から受付の連絡をしたり、受領書を発行したりすることはしていません」)
            r"を?したり[^。]{0,40}(?:する)?ことは(?:ありません|いたしません|しません|行って(?:おり|い)ません"
            r"|して(?:おり|い)ません)"
            # 「町から別に受領書を送ることはありません」
            r"|(?:受領書|受領証|控え|受付印)[^。]{0,10}(?:を|は)\s?"
            r"(?:送る|お送りする|発行する|お渡しする|返送する|郵送する)ことは"
            # (「村から受付の通知や受領書を送ることはしていません」)
            r"(?:ありません|いたしません|しません|して(?:い|おり)ません)"
            # やさしい日本語 (「「うけとりました」という紙(受領書)を出しません」)
            # (「「うけとりました」というれんらくや紙(受領書)はおくりません」)
            # (「うけつけたしょうめいの紙やひかえは出しません」)
            # (「市から「うけとりました」のかみはわたしません」)
            # (「市は、受け取ったしるしの紙(受付票) を出しません」)
            r"|(?:受領書|控え|ひかえ|しょうめい\s?の\s?(?:紙|かみ)|受付票"
            r"|(?:受け取った|うけとった)\s?しるし\s?の\s?(?:紙|かみ)"
            r"|「(?:うけとりました|受け取りました)」\s?(?:と\s?いう\s?|の\s?)(?:紙|かみ))[^。]{0,20}"
            # (「…示す書類(受領書・控え)は出していません」)
            # (「ひかえはかえしません」)
            r"(?:わたし|渡し|出し|だし|おくり|送り|かえし|返し)(?:て(?:い|おり))?ません"
            # (「町から、「うけとりました」というかみや、ひかえをだすことはしません」)
            r"|(?:受領書|控え|ひかえ)\s?(?:を|は)\s?(?:だす|出す|わたす|渡す|おくる|送る|かえす|返す)"
            r"\s?こと\s?は\s?(?:しません|ありません)"
            # 「内容に不備がある場合のみご連絡します」: no word after a complete filing
            # (「まちがいがあるときだけ町かられんらくします」)
            # (「かいてあることがたりないときだけ、でんわかメールでれんらくします」)
            # (「かいてあることにたりないところがあるときだけ、れんらくします」)
            # (「内容に不明な点がある場合に限り、…電話でご連絡することがあります」)
            r"|(?:(?:不備|まちがい|間違い|不明な点|不明点)(?:が|の)?(?:ある|あった)"
            r"|(?:たりない|足りない)(?:\s?ところ\s?が\s?ある)?"
            # (「かいたことがわからないときだけ、でんわやメールでれんらくします」)
            r"|(?:わからない|分からない))"
            # (「書類に不備がある場合にのみ、協力確認書に記載の担当者様へご連絡します」)
            r"(?:場合|とき)に?(?:のみ|だけ|限り)[^。]{0,24}"
            # (「かみにたりないところがあるときだけ、でんわをします」)
            r"(?:連絡|通知|れんらく|(?:でんわ|電話)を?\s?)"
            r"(?:します|いたします|させていただきます|(?:する|いたす)ことがあります)"
            # (the contact first: 「…受け付けたことについての連絡は、記入内容に不明な点がある
            # 場合にのみ行います」)
            # (「「うけとりました」というれんらくは、かいてあることにたりないところがあるときだけ
            # します」)
            r"|(?:連絡|通知|れんらく)\s?は、?[^。]{0,30}"
            r"(?:不備|不明な点|不明点|まちがい|間違い|たりない|足りない)"
            # (「受領した旨の連絡は、書類に不備がある場合に限り、記載された連絡担当者へ行います」)
            r"[^。]{0,12}(?:場合|とき)\s?に?\s?(?:のみ|だけ|限り)(?:、[^。]{0,20}?)?\s?"
            # (「受付の連絡は内容に不備があったときに限り差し上げています」)
            r"(?:行います|いたします|します|差し上げています|差し上げます)"
            # 「市から「うけとりました」の れんらくは しません」
            # (「うけとった こと の れんらく は しません」)
            # (「「うけとりました」という れんらく や 紙(受領書) は ありません」)
            # (「「うけとりました」というれんらくや、うけとったしるしの紙(受領書)はありません」)
            # (「町から 「うけとりました」 の連絡もしません」)
            # (「町は、うけとったことのれんらくや、控え(ひかえ)のおくりかえしをしていません」)
            # (「町から 「とどきました」 というれんらくはしません」)
            r"|(?:うけとり|うけとった|うけつけ|とどき|とどいた|届き|届いた)[^。]{0,12}"
            r"(?:れんらく|連絡|しらせ)[^。]{0,24}"
            # (「村からうけとったというれんらくやかみはおくりません」)
            r"(?:しません|ありません|して(?:い|おり)ません|おくりません|送りません|だしません|出しません)"
            r"|(?:受領書|受領証)\)?\s?(?:は|も)\s?(?:ありません|ございません)"
            r"|\b(?:does|do|will) not (?:issue|send|return|provide|publish|give)[^.]{0,30}"
            r"\breceipts?\b"
            # (「(We do not return a copy.)」; not 「Please do not send copies of residence cards」)
            r"|\b(?:does|do|will) not (?:return|issue) (?:a|the|any) (?:stamped )?cop(?:y|ies)\b"
            # 「The City does not send a separate notice」 (of receipt)
            # (「We don't send a separate confirmation」)
            r"|\b(?:(?:does|do|will) not|doesn't|don't|won't) send (?:a |any )?(?:separate )?"
            r"(?:notice|notification|confirmation|reply)"
            r"\b(?! (?:to|of) (?:the )?(?:worker|employee|applicant)s?\b)"
            r"|\b[Nn]o receipt (?:is|will be) (?:issued|sent)"
            # 「The town does not do the contact of receipt」 (a machine translation)
            r"|\b(?:does|do|will) not (?:do|make|give|send) (?:the |a |any )?"
            r"(?:contact|notice|notification) of (?:the )?(?:receipt|reception)"
            # 「We will only contact you if something is missing」
            # (「We will call you only if there is a problem with the form」)
            r"|\b(?:will )?only (?:contact|call|phone) you (?:if|when) (?:something|anything|there)"
            r"|\b(?:contact|call|phone)s? you only (?:if|when) (?:something|anything|there)"
            # (「We'll get in touch only if something is missing from the form」)
            r"|\bget in touch only (?:if|when) (?:something|anything|there)"
            # (「We contact you by phone or e-mail only if something in the form needs to be
            # corrected.」)
            r"|\b(?:contact|call|phone)s? you by [^.]{1,30}? only (?:if|when)"
            r" (?:something|anything|there)"
            # (「We reply only when the form has a problem」)
            # (「…the village replies only if something needs to be corrected」)
            r"|\b(?:repl(?:y|ies)|responds?|writes? back) only (?:if|when)"
            r" (?:something|anything|there|the form)\b"
            # (「Will the city send us a receipt by post?」「No. …」)
            r"|\b(?:Will|Does|Do) the (?:city|town|village|ward) (?:send|issue|give|return)"
            r" (?:us |me )?(?:a |the |any )?(?:receipt|stamped copy)\b[^?]{0,40}\?\s?"
            r"(?:A\d?\.?\s?)?No\b"
            # (「The notice of the reception is not sent」)
            r"|\b[Nn]otice of (?:the )?(?:receipt|reception) (?:is|will) not (?:be )?sent\b"
            # (「About having received the …, the city does not contact individually」)
            r"|\b(?:will|does|do) not contact (?:you |each (?:business|company) )?individually\b"
            r"|\b(?:will|does|do) not contact you[^.]{0,50}"
            r"\b(?:acceptance|accepted|receipt|received|receiving|reception)"
            # 「不備がなければ個別の連絡はしていません」 (after filing)
            # (「不備がない場合は、特にご連絡はいたしません」)
            # (「記入漏れなどがなければ、村からの連絡はありません」)
            # (「内容に不足がなければ、町からの連絡はありません」)
            r"|(?:不備|不足|漏れ|もれ|誤り|間違い)[^。、]{0,6}?が(?:ない場合は|なければ)、?[^。、]{0,8}?"
            r"(?:連絡|通知)(?:は|を)?\s?(?:ありません|しておりません|していません|いたしません|しません)"
            # (「内容に不備がない限り、村から個別にご連絡することはありません」)
            r"|個別に\s?(?:ご)?(?:連絡|通知)(?:すること|いたすこと)は(?:ありません|いたしません|しません)"
            r"|(?:個別(?:の|に)|不備が(?:ない場合は|なければ)、?\s?(?:特に|とくに)?)"
            r"(?:ご)?(?:連絡|通知)(?:は|を)?(?:しておりません|していません|いたしません"
            r"|しません|行っておりません|行っていません)"
            # (「The receipt (受領書) is not issued」)
            r"|\b[Rr]eceipts?(?: certificates?)?(?: and (?:a )?cop(?:y|ies))?(?: \([^()]{1,12}\))?"
            r" (?:is|are|will) not (?:be )?"
            r"(?:issued|sent|returned)"
            # (「…the city does not issue the certificate of the submission」)
            r"|\b(?:does|do|will) not (?:issue|send|give|return) (?:a |the |any )?"
            r"(?:receipts?|certificates? of (?:the )?(?:submission|receipt|reception|acceptance))\b"
        ),
    ),
    (
        "完了メールが提出の証明",
        fastre.compile(
            # (「「到達通知」メールが提出の証明となります」)
            # (「この控えメールが提出したことの証明になります」)
            r"(?:完了|確認|自動返信|受付|到達|通知|この|その|控え)(?:控え)?(?:」?の|される|」)?"
            # (not one that is not sent: 「受付完了のメールは送信していません。控えが必要な
            # 場合は…」)
            # (nor 「確認のメールは送られませんので、…画面を印刷するなどして記録してください」)
            r"メール(?![^。]{0,40}(?:(?:送信|送付|お送り|発行)"
            r"(?:して(?:い|おり)ません|しません|いたしません)|送られません|届きません))"
            r"[^。]{0,40}"
            # (「…「申込完了通知メール」が届きます。メールに記載された整理番号とパスワードが提出の
            # 控えになります」)
            r"(?:。[^。]{0,28})?"
            # (not the verb: 「…到達番号はお控えください」)
            # (「このメールをもって協力確認書の受付とし、区からは別途連絡しません」)
            r"(?:証明|(?<!お)控え|しょうこ|ひかえ|提出したこと|提出済|記録"
            r"|をもって(?:[^。、]{0,10}の)?受付)"
            # (nor a copy wanted in the sentence after: 「申込完了通知メールは、…届いたことを
            # お知らせするものです。受付印を押した控えが必要な場合は、窓口または郵送で」)
            r"(?!が?(?:必要な|ほしい)\s?(?:場合|方|とき))"
            # (「このメールは、受付の完了…を証明するものではありません」 says it is not)
            # (「このメールを提出の証明として扱うことはできません」)
            r"(?![^。]{0,10}(?:ものではありません|ではありません|にはなりません|とはなりません"
            r"|として(?:扱う|使う|利用する)ことは(?:でき|いたし)ません))"
            # (nor the sentence after: 「…確認メールは、フォームに入力した内容の控えです。村が受付を
            # 済ませたことを知らせるものではありません」)
            r"(?![^。]{0,10}。[^。]{0,40}(?:知らせる|示す|証明する|意味する)ものではありません)"
            # (nor asks: 「Q3 LoGoフォームの自動返信メールは、提出した証明になりますか。」「…
            # 「到達通知メール」を、提出した証明として出入国在留管理局に提出できますか」)
            r"(?![^。]{0,24}(?:ますか|ですか|\?))"
            # (not 「村から受付完了のお知らせはしていませんので、控えが必要な方は…」)
            r"|(?:完了通知|受付完了)(?:(?!ますか|ですか|\?|ません)[^。]){0,40}(?:証明|控え)"
            # (nor asks after the word: 「…「申込完了通知メール」は、提出したことの証明に
            # なりますか」)
            r"(?![^。]{0,8}(?:ますか|ですか|\?))"
            # (「受付完了の連絡や控えの返送は行いません」 says there is none)
            # (「受付完了の連絡をしたり、受領書や控えを発行したりすることはしておりません」)
            r"(?![^。]{0,20}(?:行いません|しません|いたしません|ありません|行っておりません"
            r"|して(?:おり|い)ません))"
            # 「送信すると回答のコピーがメールで届きますので、これを提出の控えとして」
            # (「「回答のコピー」のメールが届きます。これが提出の控えになります」)
            r"|(?:回答|入力内容)の(?:コピー|写し|控え)(?:[^。]{0,30}メール[^。]{0,40}(?:。[^。]{0,8})?"
            # (「…に「回答のコピー」が自動で届きます。これが提出の控えになります」)
            r"|」?が(?:メールで|自動で)?届き[^。]{0,6}"
            r"。?[^。]{0,12})(?:証明|控え)"
            r"(?![^。]{0,8}(?:ますか|ですか|\?))"  # (not the question 「…証明になりますか?」)
            # (nor 「「回答のコピーを自分宛に送信する」を選んだ場合に届くメールは、…受け付けた
            # ことを証明するものではありません」)
            r"(?![^。]{0,10}(?:ものではありません|ではありません|にはなりません|とはなりません))"
            # (「…これは入力内容の控えであり、村が受け付けたことを証明するものではありません」)
            # (「…控えとして自動で送られるもので、町が受け付けたことをお知らせするものでは
            # ありません」)
            r"(?![^。]{0,40}(?:証明する|示す|意味する|知らせる|お知らせする)ものではありません)"
            # 「a copy of your answers is e-mailed to you; please keep it as your proof」
            # (not 「The copy of your answers sent by e-mail is not proof that …」)
            r"|\bcopy of (?:your|the) answers\b(?:(?!\bnot\b)[^.]){0,60}\b(?:proof|record)"
            # 「申請完了後に自動で届くメールが、提出の控えとなります」
            r"|(?:届く|送られる|送られてくる|返信される)(?:確認|完了)?メール(?:が|は)?[^。]{0,12}(?:証明|控え)"
            r"(?![^。]{0,8}(?:ますか|ですか|\?))"  # (「…届くメールは、受付の証明になりますか?」)
            # 「申請完了のお知らせ」メールが提出の控え
            # (「…「申請完了のお知らせ」メールが届きます。提出した証明になりますので…」)
            # (not the verb: 「「申請完了のお知らせ」メールに記載された申請番号をお控えのうえ」)
            r"|完了(?:のお知らせ|の通知)」?メール[^。]{0,20}(?:。[^。]{0,12})?(?:証明|(?<!お)控え)"
            r"(?![^。]{0,8}(?:ますか|ですか|\?))"  # (「…メールは、受付の証明になりますか?」)
            # やさしい日本語: 「「とうろく かんりょう」の メールが、出した しょうこ(ひかえ)です」
            r"|かんりょう」?の?\s?メール[^。]{0,20}(?:しょうこ|しょうめい|ひかえ)"
            # (the sentence after: 「…「うけつけかんりょう」 のメールがきます。このメールが、市に
            # だしたしょうめいになります」)
            # (「このメールが、だしたしるしになります」)
            # (「このメールが、 町に出した証拠(しょうこ) になります」)
            r"|(?:この|その)\s?メール\s?(?:が|は)、?[^。]{0,16}(?:しょうこ|しょうめい|ひかえ|証明|証拠|控え|しるし)"
            r"(?![^。]{0,10}(?:ではありません|ではない|になりません|にはなりません|ますか|ですか|\?))"
            # 「おくった あと に とどく メール が、だした しょうこ に なります」
            # (「とどく メール(「申請完了のお知らせ」)が、だした しょうこ に なります」)
            r"|とどく\s?メール\s?(?:\([^()]{1,20}\))?(?:が|は)?[^。]{0,16}(?:しょうこ|ひかえ)"
            # 「おくったあとに とどく「かいとうの ひかえ」の メールが、だした しょうこです」
            r"|とどく\s?「[^」]{1,16}」\s?の?\s?メール\s?(?:が|は)?[^。]{0,16}しょうこ"
            # (「an automatic message titled 「受付完了のお知らせ」 is sent … This message serves as
            # proof that you submitted the form」)
            r"|\b[Tt]his (?:message|e-?mail|mail) serves as (?:the |your )?(?:proof|record)\b"
            r"|(?:confirmation|completion)(?: notice| notification)? (?:e-?)?mail[^。]{0,80}"
            r"(?:proof|record|certificate)"
            # 「The automatic reply mail which arrives after the sending becomes the copy (控え)」
            # (「The reception completion mail which arrives … becomes the copy (控え)」)
            r"|\b(?:automatic reply|(?:reception )?completion) (?:e-?)?mail\b[^.]{0,60}"
            r"\bbecomes the (?:copy|proof|record)\b"
            # 「the e-mail of completion of application is sent to you. This e-mail becomes
            # the proof of the submission」
            r"|e-?mail of completion[^。]{0,100}(?:proof|record)"
            # (「Please save this e-mail as your proof of submission」)
            # (「Please keep this e-mail as the certificate of the submission (the copy).」)
            # (「Please save this mail as the copy (控え) of your submission」)
            r"|\b(?:keep|save|retain|store) (?:this|that|the) (?:e-?)?mail as (?:your |the )?"
            r"(?:proof|record|copy|certificate)"
            # (「After sending, an e-mail titled 「申込完了通知メール」 arrives at the address you
            # entered. Please keep it as proof that you submitted the form.」)
            r"|\be-?mail\b[^.]{0,80}\barrives\b[^.]{0,60}\.\s?[Pp]lease"
            r" (?:keep|save|retain|store) it as (?:your |the )?(?:proof|record)"
            # (a machine translation: 「…the mail of "the application completion notice (申請完了
            # 通知)" arrives … Please preserve this mail as the copy (控え) of the submission.」)
            r"|\b[Pp]lease (?:keep|save|retain|store|preserve) (?:this|the) (?:e-?)?mail as"
            r" (?:your |the )?(?:proof|record|copy)\b"
            # 「This e-mail serves as your copy」「Please keep this e-mail; it is your proof」
            # (「This mail becomes the copy (控え)」)
            # (「This mail becomes the certificate of the submission」)
            r"|\b(?:e-?)?mail\b[^.]{0,20}\b(?:is|serves as|becomes) (?:your |the )?"
            # (「This e-mail is your receipt」)
            r"(?:proof|record|copy|receipt|certificate of (?:the )?submission)"
            # (「Google Forms sends a copy of your answers to your e-mail address. This copy is
            # your proof of submission (控え)」)
            r"|\bcopy of your answers\b[^.]{0,60}\.\s?This copy is (?:your |the )?(?:proof|record)"
            # (「The copy that arrives in your mailbox is your record that you have submitted」)
            r"|\b[Tt]he copy (?:that|which) arrives\b[^.]{0,40}\bis (?:your |the )?(?:proof|record)"
        ),
    ),
    (
        "アカウント作成が必要",
        fastre.compile(
            r"(?:アカウント|利用者登録|ユーザー登録|ユーザ登録|ID登録)[^。]{0,15}(?:作成|登録|取得)?[^。]{0,10}"
            # (not the question 「アカウントを つくる ひつようが ありますか?」)
            # (not 「…(以前のGoogleフォームではログインが必要でしたが、…)」: the old one)
            r"(?:必要|ひつよう)(?!\s?(?:[はも]?ありません|ない|ですか|でしょうか|が?\s?ありますか|\?|でした))"
            # (not 「アカウントは不要で、サインインの必要もありません」)
            r"|アカウント[^。]{0,40}(?:ログイン|サインイン)[^。]{0,6}必要"
            r"(?![はも]?(?:ありません|ない)|でした)"
            # 「Grafferのアカウントでログインし、…アカウントをお持ちでない方は…作成できます」
            # (「Googleアカウントでログインしなければ送信できません」)
            r"|アカウントでログインし(?:て|、|なければ|ないと)"
            # (やさしい日本語: 「…Google のアカウントでログインします。アカウントがないひとは、
            # さきにつくってください」)
            r"|アカウントがない\s?(?:ひと|人|方|かた|とき|場合)は、?[^。]{0,12}(?:つくって|作って|作成|登録)"
            r"|アカウントをお持ちでない(?:方|場合)は[^。]{0,30}(?:作成|登録)"
            r"|(?:GビズID|gBizID)[^。]{0,30}(?:ログイン|サインイン)[^。]{0,6}必要です"
            # (「…Googleアカウントにログインしないと送信できません」)
            r"|アカウントに\s?ログインしないと[^。]{0,10}(?:でき|出来)ません"
            # (「Grafferアカウントを作成(またはLINE・Googleアカウントでログイン)したうえで申請して
            # ください」)
            r"|アカウントを作成(?:\([^()]{0,30}\))?(?:した|して)(?:うえ|上)で"
            # 「あらかじめ利用者登録(アカウント作成)を行い、ログインしたうえで申請してください」
            r"|(?:あらかじめ|事前に|先に)[^。]{0,6}(?:利用者登録|ユーザー?登録|アカウント(?:の)?(?:作成|登録))"
            # (やさしい日本語: 「さき に りようしゃ とうろく(アカウント を つくる こと) を して」)
            # (「さきに「りようしゃとうろく」(アカウントをつくること)をしてください」)
            # (「さいしょに 「りようしゃとうろく」(アカウントをつくること) をしてください」)
            r"|(?:さき|はじめ|最初|さいしょ|先)\s?に\s?「?\s?(?:りようしゃ\s?とうろく|利用者登録|アカウント)"
            r"|アカウントが(?:いります|要ります)"  # やさしい日本語
            # 「ご利用の前に、…の利用者登録(アカウント作成)を行ってください。利用者登録をして
            # いない方は申請できません。」
            # (「…の利用者登録(アカウント作成)を行ってから申請してください」)
            # (「利用者登録(アカウント作成)を行ったうえで申請してください」)
            # (「…の利用者登録(無料)を行い、ログインしてから申請してください」)
            # (「はじめてつかうときは、利用者登録(アカウントをつくること) をしてください」)
            rf"|{_REGISTRATION}(?:\([^()]{{0,20}}\))?\s?を(?:(?:行って|して)(?:ください|から)"
            # (「…利用者登録(ID・パスワードの取得)を行い、ログインしたうえで申請する必要が…」)
            r"|(?:行った|した)(?:うえ|上)で|(?:行い|し)、\s?(?:ログイン|サインイン)"
            r"(?:して(?:から|ください)|した(?:うえ|上)で))"
            rf"|{_REGISTRATION}[^。]{{0,6}}をしていない(?:方|場合)は[^。]{{0,20}}できません"
            # (「電子申請サービスのご利用には、利用者登録(アカウントの作成)をお願いしています」)
            rf"|(?:ご)?利用(?:に|の際に)は、?\s?[^。]{{0,10}}?{_REGISTRATION}(?:\([^()]{{0,20}}\))?\s?を\s?"
            r"お願いして(?:い|おり)ます"
            # 「Google のアカウントでログインしなければなりません」
            r"|アカウントで(?:ログイン|サインイン)(?:し)?なければ(?:なりません|いけません)"
            # (「グーグル(Google) のアカウントでログインしないと、ファイルをつけることが…」)
            r"|アカウントで\s?(?:ログイン|サインイン)\s?しないと"
            # 「Grafferアカウントの作成(メールアドレス、Google、LINE等で登録)が必要です」
            # (「Grafferアカウントの作成(メールアドレスでの登録、またはGoogle・LINE・Apple IDでの
            # ログイン)が必要です」)
            r"|アカウントの(?:作成|登録|取得)\([^()]{0,60}\)が必要"
            # 「はじめて つかう 人は、さきに アカウント(利用者登録)を つくって ください」
            r"|アカウント[^。]{0,12}を\s?(?:つくって|作って)"
            # (not the question 「Do I need to create an account …?」, answered below)
            # (not 「There is no need to register or make an account」)
            r"|(?<!not )(?<!n't )(?<![Dd]o I )(?<![Dd]o we )(?<![Dd]o you )(?<!no )"
            r"(?:\b(?:need|have|must)|is necessary|is required) to"
            r" (?:create|register|open|make)[^.]{0,30}\baccount"
            # (「You must first register as a user (利用者登録) on the service」)
            r"|(?<!not )(?<!n't )\b(?:(?:need|have) to|must)(?: first)? register as a user"
            # (「the user registration (account creation) of e-tumo is necessary」)
            # (「the user registration (account creation) of the Aomori Prefecture electronic
            # application system is necessary」)
            r"|(?<![Nn]o )(?<![Nn]o user )\b(?:[Uu]ser )?registration\b[^.]{0,80}"
            r"\bis (?:necessary|required|needed)\b"
            # (「…you must first create a free Graffer account」)
            r"|(?<!not )\bmust (?:first )?(?:create|register|open|make)[^.]{0,30}\baccount"
            r"|(?<!no )\baccount (?:is )?(?:required|needed)"
            # (a machine translation's 「The account of Graffer is necessary for the
            # application」)
            r"|(?<![Nn]o )\b[Aa]ccount (?:of|for) [A-Z][\w-]+ is (?:necessary|required|needed)\b"
            # (「You need a user ID: …please complete user registration (利用者登録) first」)
            r"|\b[Yy]ou need (?:a|an|your own) user ID\b|\bcomplete (?:the )?user registration\b"
            # 「you must sign in with a Google account. If you do not have one, please create…」
            # (「To upload a file, you must be signed in (sign in) to a Google account」)
            # (「Google Forms asks you to sign in with a Google account」)
            r"|(?<!not )(?<!n't )\b(?:must|need to|have to|is necessary to|is required to"
            # (「Google Forms needs you to sign in …」)
            r"|asks you to|requires you to|needs you to)"
            r" (?:(?:sign|log) ?in(?: with| to)|be (?:signed|logged) in(?: to| with)?)"
            # (「…log in with the Google account」; 「You need to log in with an e-Kanagawa user
            # ID」)
            r" (?:a|an|the|your) [^.]{0,20}(?:account|user ID)"
            # (「You need a Graffer account to use the online form」)
            r"|(?<!not )(?<!n't )(?<![Dd]o I )(?<![Dd]o we )(?<![Dd]o you )\b(?:need|must have)"
            r" (?:a|an) (?:[A-Za-z-]+ ){0,2}account\b"
            # (「Google Forms only lets you upload files if you are signed in to a Google account,
            # so you need one」)
            # (「…only lets you upload a file after you sign in with a Google account」)
            # (「You sign in with a Graffer account; if you do not have one, you will be asked to
            # create one」)
            r"|\b[Yy]ou (?:sign|log) ?in with (?:a|an|your) [^.;]{0,20}account\b"
            # (「If you do not have a Graffer account, please register one (free) first」)
            r"|\b[Ii]f you do(?: not|n't) have (?:a|an) [^.;]{0,20}account, (?:please )?"
            r"(?:register|create|make|open) one\b"
            # (「Uploading a file on Google Forms only works when you are signed in with a Google
            # account」)
            r"|\bonly (?:lets|allows) you\b[^.]{0,40}\b(?:if you are (?:signed|logged) in"
            r"|(?:after|once) you (?:sign|log) ?in)"
            r"|\bonly works (?:when|if) you are (?:signed|logged) in"
            r"(?: to| with)? (?:a|an|your) [^.]{0,20}account"
        ),
    ),
    ("形式指定:Excel", _EXCEL_RE),
    ("形式指定:Word", _WORD_RE),
    ("形式指定:PDF", _PDF_RE),
    (
        _ONE_COPY,
        fastre.compile(
            r"(?:同一|同じ)(?:の)?(?:市区町村|市町村|自治体|市|区|町|村)[^。]{0,25}"
            r"(?:1通|一通|1部|一部|1枚|一枚|1回|いずれか)"
            # (a question asking if two are needed, answered with one: 「Q.事業所も…住まいも
            # 渡嘉敷村にあります。2通必要ですか? A.いいえ、必要ありません。渡嘉敷村へ1通…」)
            # (of the places, not of two workers: 「同じ事業所で外国人を2人雇用しています。
            # 協力確認書は2通必要ですか?」「…1通提出していただければ…」)
            r"|(?:住まい|住居|住所|住ん)[^?]{0,40}"
            r"(?:2通|二通|2部|二部)(?:とも)?(?:必要|いります|要ります)[^。?]{0,8}\?"
            r"[^?]{0,40}(?:1通|一通|1部|一部)(?!ずつ)"
            # 「…住居地のいずれもある場合、1通で差し支えありません」, not 「一事業所につき1通」
            # (「事業所ごと・住居地ごとに一度で構いません」 is once per place, not one for both)
            # (「同じ事業所で雇用している場合は、1部の提出で構いません」: one for many workers)
            r"|(?:住居地|住所|両方|いずれ|どちら|(?:同一|同じ)(?!の?(?:事業所|事業者|法人|会社|所属機関)))"
            r"(?:(?!ごと)[^。]){0,40}"
            r"(?:1通|一通|1部|一部|一度|1回|一回)(?:のみ)?"
            r"[^。]{0,10}(?:で足り|で差し支え|で構いません|でかまいません)"
            # 「事業所と住居地が両方とも高岡市内の場合は、1部の提出で結構です」
            # (「どちらも碧南市なら、碧南市へ1通で大丈夫です」)
            # (「どちらも京都市内であれば、区が異なっていても京都市へ1通」)
            # (the answer to a question: 「どちらも名古屋市内ですので、…1通ご提出ください」)
            # (「…が 2つ とも 甲佐町 なら、1つ だけ だせば いいです」)
            # (「どちら も 大町市 の とき も、だす の は 1かい です」)
            # (「1も 2も鎌ケ谷市なら、鎌ケ谷市に 1つだけだせばいいです」: both items of a list)
            r"|(?:両方|どちら\s?も|いずれ\s?も|ともに|共に|(?:2つ|ふたつ)\s?とも|1\s?も\s?2\s?も)[^。]{0,30}"
            # (a table's arrow: 「どちらも高野町内 → 高野町へ1通提出すれば足ります」)
            # (or a table's next cell: 「どちらも宇都宮市内 | 宇都宮市へ1通を提出すれば足ります」)
            # (「どちらも岡山市内にあれば、区が違っていても、岡山市への提出は1通です」)
            # (a row's next cell after the place: 「2つとも壱岐市 | 壱岐市に 1まいだけでいいです」)
            r"(?:場合|とき|なら|であれば|にあれば|ですので|なので|→|⇒|(?<=[市区町村]内)\s"
            r"|(?<=[市区町村])\s(?=\S{1,8}[市区町村]\s?に))"
            # (「どちらも横浜市内なら、区が違っても(例:事業所は栄区、住まいは戸塚区)横浜市に1通」)
            r"[^。]{0,40}"
            # (「どちらも 大鹿村 なら、1つ だけ」; 「…豊郷町への提出は1件で足ります」)
            r"(?:1通|一通|1部|一部|1回|一回|1まい|1枚|1つ|1\s?かい|1件|一件)"
            # 「事業所も住居地もうるま市内です、2通必要ですか? 1通で大丈夫です」 (a Q&A)
            # (「…市内の事業所で働き、…市内に住んでいる外国人については、…1通提出すれば
            # 足ります」)
            # (「働く場所も住まいも宮代町内の方については、宮代町へ1通提出すれば足ります」)
            # (「町内で働き、町内に住む方については、協力確認書は1通の提出で足ります」)
            # (「勤め先も住居も平生町内にある方については、…1通提出していただければ十分です」)
            # (「作業所も住居も舟形町内という場合は、町への提出は1通で結構です」)
            r"|(?:事業所|作業所|勤務地|勤務先|勤め先|職場|就労|働く|働き)(?:(?!ごと)[^。]){0,30}"
            r"(?:住居|住所|住まい|居住|住ん|住む)"
            # (「事業所と住居地がともにさいたま市内であれば、区が違っても提出は一つで済みます」)
            r"(?:(?!ごと)[^。]){0,60}(?:1通|一通|1部|一部|1回|一回|一度|一つ|1つ)(?:で|の提出で|[^。]{0,15}ば)"
            r"(?:大丈夫|足り|結構|構いません|かまいません|差し支え|済み|十分)"
            # 「事業所も外国人の住まいもさつま町内にある場合は、1部の提出で結構です」
            # (「…北九州市内の別の区にある場合(例:事業所が小倉北区、住居地が戸畑区)でも、北九州市へ
            # 1通」: an example in brackets between)
            # (「事業所も住まいも山陽小野田市内であれば、山陽小野田市への提出だけで足ります」)
            r"|(?:事業所|勤務|職場)[^。]{0,30}(?:住居|住所|住まい)[^。]{0,30}(?:場合|であれば|なら|とき)"
            r"(?:は|には)?、?[^。]{0,20}への提出(?:だけ|のみ)で(?:足ります|済みます|結構|大丈夫|構いません)"
            # (「高砂市内で勤務し、かつ高砂市内に居住している場合は、本市へ1通提出してください」)
            r"|(?:事業所|勤務|職場|就労|働)[^。]{0,30}(?:住居|住所|住まい|住ん|住む|居住)[^。]{0,30}"
            # (「働く場所も住む場所も松野町内であれば、…1通だけで大丈夫です」)
            # (a table's arrow: 「村内の事業所で働き、村内に住んでいる → 小菅村に1通だけ」)
            r"(?:場合|とき|であれば|なら|→|⇒)"
            # (「…住まいも丹波市内であれば、丹波市への提出だけで完了します。提出部数も1部で構い
            # ません」: the copies in the sentence after)
            r"[^。]{0,32}(?:。\s?提出部数[^。]{0,4})?(?:1通|一通|1部|一部|1回|一回|1枚|1まい)"
            # (not 「…複数いる場合も、提出は事業所ごとに1通です」: once per workplace)
            r"|(?:住居|住所|住まい|住ん|居住)[^。]{0,30}(?:事業所|勤務地|勤務先|就労|働)[^。]{0,30}場合"
            r"(?:(?!ごと)[^。]){0,25}(?:1通|一通|1部|一部|1回|一回)"
            # 「事業所も外国人の住居地も鈴鹿市内 | 鈴鹿市へ1通提出してください」
            # (「事業所もすんでいるところも行方市のときは、行方市に 1まい出せばいいです」)
            # (「かいしゃのあるところも、はたらくひとのすんでいるところも多賀町なら…1まい」)
            # (「しごとのばしょもすんでいるところも下條村のときは、1まいだけ」)
            # (「しごと を する ばしょ も、すんでいる ところ も 山辺町 の とき は…1まい」)
            r"|(?:事業所|じぎょうしょ|勤務地|会社|かいしゃ|はたらく(?:ところ|場所|ばしょ)"
            r"|しごと\s?を\s?する\s?(?:ところ|ばしょ)"
            r"|しごと\s?の\s?ばしょ)"
            # (「会社のばしょも、がいこくじんがすんでいるところも読谷村なら…1まいだけ」)
            # (「しごとのばしょ(事業所) もすんでいるところ(住居地) も日の出町なら…1つだけ」)
            r"(?:\s?の(?:ある)?\s?(?:ところ|ばしょ|場所))?(?:\s?\([^()]{1,8}\))?\s?も[^。]{0,20}"
            r"(?:住居|住所|住まい|すんでいる|住んでいる|すむ|住む)"
            r"[^。]{0,10}も"
            # (a bilingual table's cell, its English between: 「事業所も住居地も飯島町内」
            # 「Workplace and home both in Iijima」「飯島町へ1通のみ…」)
            r"[^。]{0,50}"
            r"(?:1通|一通|1部|一部|1枚|一枚|1まい|1つ)"
            # (「…板野町に1通提出していただければ、勤め先と住まいの両方の提出を兼ねます」)
            # (a row: 「事業所・住居のどちらも印南町内にある | 印南町へ1通のみ提出(2通は不要です)」)
            r"|(?:どちらも|いずれも|ともに)[^。]{0,30}(?:1通|一通)(?:のみ|だけ)"
            # (「はたらくのもすむのも山辺町なら、山辺町に 1まいだけだせばいいです」)
            # (「しごともすまいも藤里町 → 藤里町に 1まいだけ」)
            r"|(?:はたらく|しごと)の?\s?も\s?(?:すむ|すんで\s?いる|すまい)の?\s?も[^。]{0,12}"
            r"(?:なら|の\s?とき|→|⇒)、?"
            r"[^。]{0,16}(?:1まい|1つ|1通|ひとつ)(?!ずつ)"
            # (「事業所分と住居地分を分けて2通用意する必要はありません」)
            r"|(?:事業所|勤務地)分と(?:住居地?|住所地?|住まい)分を?分けて\s?(?:2通|二通)[^。]{0,12}"
            r"必要(?:は)?ありません"
            # (「このご質問の場合、工場も寮も南風原町内ですので、南風原町に1通提出して…」)
            r"|(?:工場|事業所|職場|会社|店舗)も(?:寮|住まい|住居|社宅|アパート)も[^。]{0,16}"
            r"(?:ですので|なので|のため)、?[^。]{0,16}(?:1通|一通)"
            # (「住居地の分として、別にもう1通提出していただく必要はありません」)
            r"|(?:住居地|住所地?|住まい|事業所)の分(?:として|は)、?\s?(?:別に|別途)?\s?(?:もう)?\s?"
            r"(?:1通|一通)[^。]{0,16}(?:必要(?:は)?ありません|不要です|いりません)"
            # (「どちらにも当てはまる場合でも、山元町への提出は1通で結構です」)
            # (「どちらにもあてはまるときは、美波町へ1通だけ出していただければ結構です」)
            r"|(?:どちらにも|両方に|いずれにも)(?:当てはまる|あてはまる|該当する)(?:場合|とき)(?:でも|は)、?"
            r"[^。]{0,20}"
            r"(?:1通|一通)"
            # (「1部(村内の事業所に勤めていて、住まいも村内の方は、村へ1通出していただくだけで
            # 結構です)」)
            r"|(?:事業所|会社|職場)に(?:勤めて|勤務して|働いて)(?:いて|おり)、?\s?(?:住まい|住所|住居)も"
            r"[^。]{0,30}(?:1通|一通)"
            # (「柴田町に1枚提出していただければ、…両方の提出を兼ねることになります」)
            # (a row's cell: 「牟岐町へ提出(1部で両方を兼ねます)」)
            r"|(?:1通|一通|1部|一部|1枚|一枚)[^。]{0,40}(?:両方|双方)(?:の(?:提出)?)?を兼ね"
            # (「事業所の所在地としての提出と、住居地としての提出を1通で兼ねることができ」)
            r"|(?:事業所|勤務地)[^。]{0,20}と、?[^。]{0,6}(?:住居|住所|住まい)[^。]{0,20}を\s?"
            r"(?:1通|一通|1部|一部|1枚|一枚)で兼ね"
            # (「はたらくところとすむところがどちらも輪之内町なら、だすのは町へひとつです」)
            # (「はたらくところとすむところがおなじ浦幌町のときは、1まいでいいです」)
            r"|(?:はたらく|しごと)[^。]{0,20}(?:すむ|すんで)[^。]{0,20}(?:どちらも|りょうほう|おなじ|同じ)"
            r"[^。]{0,30}(?:1まい|1つ|ひとつ|1通|1かい)(?!ずつ)"
            # (「島のなかではたらいて、島のなかにすんでいるなら、大島町に 1まいだせばおわりです」)
            r"|(?:はたらいて|はたらく)[^。]{0,20}(?:すんでいる|すむ)\s?(?:なら|とき|ばあい)[^。]{0,20}"
            r"(?:1まい|1つ|1通|1かい)(?!ずつ)"
            # (「はたらくところとすむところが山武市のなかなら、山武市に 1まい出せばいいです」)
            r"|(?:はたらく|しごと\s?の|しごと\s?を\s?する)\s?(?:ところ|ばしょ)\s?と\s?(?:すむ|すんでいる)"
            r"\s?(?:ところ|ばしょ)\s?が[^。]{0,16}(?:なら|の\s?とき)、?[^。]{0,16}(?:1まい|1つ|1通)(?!ずつ)"
            # (「はたらくところが三浦市で、すむところも三浦市なら、だすのは 1まいです」)
            r"|(?:はたらく|しごと\s?の|しごと\s?を\s?する)\s?(?:ところ|ばしょ)[^。]{0,20}"
            r"(?:すむ|すんでいる|住む|住んでいる)\s?(?:ところ|ばしょ)\s?も[^。]{0,30}"
            r"(?:1まい|1つ|1通|1かい)"
            # a question about two copies answered with one: 「事業所と住居地がどちらも一宮市内
            # です、2通必要ですか? A 一宮市へ1通提出してください。」
            # (「Q2 事業所も従業員の住まいも三沢市内です。2通提出する必要がありますか。 A2 必要
            # ありません。三沢市へ1通提出してください。」)
            # (「Q1 職場も住まいも宜野座村です。…何通提出すればよいですか?」)
            # (「Q 事業所も社員寮も越前町内にあります。…2通必要ですか。」)
            # (「Q勤務先も自宅も与那原町です。2回提出しなければなりませんか。」)
            # (「Q 働く場所も住まいも内子町です。2枚出すのですか?」「いいえ、内子町に1枚…」)
            r"|(?:事業所|勤務地|勤務先|勤め先|職場|働く場所|就労先)[^。]{0,40}"
            r"(?:住居|住所|住まい|自宅|社員寮|寮|社宅)"
            r"[^。]{0,40}(?:。\s?)?"
            # (「…住まいも豊岡市内です。何通必要ですか。 A 豊岡市に1通提出していただければ…」)
            r"(?:2通|二通|2部|二部|2回|2枚|二枚|何通|何部)"
            # (「…2通提出する必要がありますか? 必要ありません。天理市へ1通提出してください。」)
            # (「…2通必要ですか? A 2通は必要ありません。梼原町へ1通提出してください。」)
            # (a table's next cell: 「…ですか。 \n 必要ありません。」)
            r"[^。?]{0,12}(?:ですか|ますか|ませんか)[?。、]?\s{0,3}"
            # (「A1.必要ありません。」)
            r"(?:(?:A\d{0,2}\s?[.:]?\s?)?(?:(?:2通|二通)は\s?)?(?:いいえ|必要ありません|不要です)。)?"
            r"[^。]{0,50}(?:1通|一通|1部|一部|1回|一回|1枚|一枚)"
            # (answered with the one place only: 「Q.事業所も住居地も津和野町内ですが、2通必要
            # ですか。A.いいえ、同じ町内であれば提出先は津和野町のみとなります」)
            r"|(?:事業所|勤務地|職場)[^。]{0,40}(?:住居|住所|住まい)[^。]{0,40}(?:2通|二通|2部|二部)"
            r"[^。?]{0,12}(?:ですか|ますか)[?。、]?\s{0,3}(?:A\d{0,2}\s?[.:]?\s?)?いいえ[、。]"
            r"[^。]{0,40}(?:のみ|だけ)(?!ずつ)"
            # 「事業所用と住居地用の2通を出す必要はありません」
            # (「2通提出していただく必要はありません」)
            # (a row's 「勤務先も住所も早島町内 | 早島町へ1通提出してください(2通は不要です)」)
            r"|(?:2通|二通)は?(?:を出す|を提出する|の提出は|を?提出(?:して)?(?:いただく|する))?"
            r"(?:必要は?|の必要は?)?(?:ありません|不要)"
            # 「Q はたらくところと すむところが どちらも…。2まい いりますか? A …1まい」
            # (「しごとのばしょもすむところも南あわじ市です。2まいいりますか?」「…1まいだけ」)
            r"|(?:はたらく|しごと(?:をする|の))(?:ところ|ばしょ)[^?]{0,60}(?:2まい|2つ)[^?]{0,12}\?"
            r"[^?]{0,30}(?:1まい|1つ)"
            # a designated city: 「区ごとの提出は不要です。本市へ1通提出してください」
            # (「区ごとに提出する必要はありません」)
            # (「…区が異なるからといって区ごとに出す必要はありません」)
            r"|区ごと(?:の|に)(?:(?:ご)?提出|出す|だす)(?:は|する|いただく|して(?:いただく)?)?"
            r"(?:不要|必要(?:は|が)?ありません)"
            # 「…区が異なる場合でも、どちらか一方の区役所へ提出すれば市への提出となります」
            r"|(?:どちらか|いずれか)一方の区(?:役所)?(?:へ|に)(?:ご)?提出すれば"
            # (「…both … in Oguchi Town, one submission to Oguchi Town is good」)
            # (a table row: 「The worker both works and lives in Asahi Town | One form to Asahi
            # Town is enough.」)
            # (a row: 「… are both in Ashikita Town | Only Ashikita Town. One copy (1通) is
            # enough.」)
            r"|\b[Bb]oth\b[^.]{0,80}(?:\.\s?)?\b[Oo]ne (?:form|copy|submission)\b[^.]{0,30}"
            r"\bis (?:enough|good|fine|sufficient|OK)\b"
            r"|\bone (?:form|copy) is enough"
            # (「One form is enough when your workplace and your worker's home are both in …」)
            r"|\bOne (?:form|copy) is enough\b[^.]{0,80}\bboth\b"
            # (「Workplace in Yugawara, staff living in Yugawara: submit to Yugawara Town only. One
            # form is enough.」)
            r"|\b[A-Z][a-z]+ (?:City|Town|Village) only\.\s?One (?:form|copy) is enough\b(?! per\b)"
            # (a row: 「The workplace and the house are both in Fujisaki Town | Fujisaki Town only.
            # 1 copy is OK.」)
            r"|\b[Bb]oth\b[^.]{0,160}\.\s?(?:1|[Oo]ne) (?:copy|form) is (?:OK|enough|fine)\b"
            # (「Both the office and the dwelling are in Kanonji City | To Kanonji City only. 1
            # sheet is good.」; not 「…write both addresses in the column of the office. One sheet
            # is enough when the column has enough space」)
            r"|\b[Bb]oth\b[^.]{0,160}\bonly\.\s?(?:1|[Oo]ne) sheet is (?:OK|enough|fine|good)\b"
            # (a card: 「Workplace and home both in Aisho Town」 「Only one form, to Aisho Town, is
            # needed.」)
            # (a row: 「Both … are in Tochigi City | Tochigi City only. Only one form is needed.」)
            # (a row: 「Both are in Misato City | Misato City only. Please submit only one (1通) to
            # Misato City.」)
            r"|\b[Bb]oth\b[^.]{0,80}(?:\.\s?)?[^.]{0,12}\b(?:submit|give|send) (?:only )?"
            r"(?:one|a single)\b(?! (?:of|each|per|for each)\b)"
            # (「Both … are in Shobara City | Shobara City only. Only one sheet is enough」)
            r"|\b[Bb]oth\b[^.]{0,80}(?:\.\s?)?\b(?:[Oo]nly|[Jj]ust) one"
            r" (?:form|copy|submission|sheet)\b"
            r"[^.]{0,30}\bis (?:needed|required|enough)\b"
            # 「If the worker works and lives in Asaka City, one submission is enough」 (not
            # 「One submission is enough」 alone: once for every worker of the workplace)
            # (「If your employee lives and works in Motobu, one form to Motobu Town is enough」)
            # (「If the worker works and lives in Tsukumi, one form to Tsukumi City is all you
            # need.」)
            # (a card: 「Worker works and lives in Nishinoshima」 「Send one form to Nishinoshima
            # Town.」)
            r"|\b(?:works? and lives?|lives? and works?)\b[^.]{0,60}\b(?:(?:one|a single)"
            r" (?:submission|form|copy)(?: to [^.,]{1,30})? is (?:enough|all (?:you|we) need)"
            r"|(?:[Ss]end|[Ss]ubmit|[Gg]ive) (?:only )?(?:one|a single|1) (?:form|copy|sheet)\b)"
            # (a row: 「Works in Kobayashi City, lives in Kobayashi City | Kobayashi City only. One
            # form is enough.」)
            # (「The workplace is in Ichinohe and the worker lives in Ichinohe: one form to
            # Ichinohe Town is enough.」)
            # (「Office in Hashimoto City, residence in Hashimoto City: please submit only one
            # sheet」)
            r"|\b(?:[Ww]orks?|(?:[Ww]orkplace|place of work|business place|office|factory) is"
            r"|[Oo]ffice|[Ww]orkplace)"
            r" in (?P<town>[A-Z][a-z]+)\b[^.]{0,30}\b(?:lives?|residence|home) in (?P=town)\b"
            r"[^.]{0,60}(?:\.\s?)?"
            # (「Works in Maibara and lives in Maibara? Then one form to us covers it」)
            # (a row: 「The worker works in Tosa City and lives in Tosa City | Tosa City only.
            # Please submit one copy.」)
            # (a row: 「works in Inabe and lives in Inabe | Inabe City only. One form (1通) is
            # enough.」)
            r"(?:\b(?:[Oo]ne|[Aa] single) (?:submission|form|copy)(?: \([^()]{1,8}\))?"
            r"(?: to [^.]{1,20}?)?"
            r" (?:is enough|covers (?:it|both))"
            # (「Work in Aisai, live in Aisai: give only one form to Aisai City.」)
            r"|\b(?:[Pp]lease )?(?:submit|give|send) (?:only )?(?:one|a single|1)"
            r" (?:copy|form|sheet)\b"
            # (「Works in Yaizu and lives in Yaizu? Then Yaizu City needs just one form from you」)
            r"|\bneeds? (?:just |only )?(?:one|a single) (?:form|copy|submission)\b)"
            # (「If your employee works in Utazu Town and also lives in Utazu Town, you only need
            # to submit one form (1通)」)
            # (「If the worker works in Kamo City and also lives in Kamo City, only one form to Kamo
            # City is needed」)
            r"|\bworks?\b[^.]{0,40}\band (?:also )?lives?\b[^.]{0,60}\b(?:only need to submit"
            r" (?:one|a single) (?:form|copy)\b"
            r"|only one (?:form|copy)\b[^.]{0,30}\bis (?:needed|enough))"
            # (「…How many forms? One form to Yokohama Town. The town receives it as the form for
            # both the workplace and the residence.」)
            r"|\b(?:[Oo]ne|[Aa] single) (?:form|copy)\b[^?]{0,100}\bfor both the"
            r" (?:workplace|place of work|business (?:place|site)) and the"
            r" (?:residence|home|address)\b"
            # 「When both are in Inzai, a single submission covers both」
            # (a card under 「Works in Tomiya, lives in Tomiya」: 「One form, to Tomiya City, covers
            # both.」)
            # (「… a single form submitted to Takamatsu City covers both the workplace and …」)
            r"|\b(?:[Aa] single|[Oo]ne) (?:submission|form|copy)"
            r"(?:,? (?:submitted |sent )?to [^.,]{1,30},?)? (?:covers|is enough for) both\b"
            # (「Where workplace and home are both in Matsuyama, Matsuyama City needs the form from
            # you only once; there is no need to send a second one for the residence」)
            r"|\b[Bb]oth\b[^.;]{0,100}\bonly once\b"
            # (「If both … are in Goto City, you submit just one (1通) to Goto City」)
            r"|\b[Bb]oth\b[^.]{0,120}\bjust one \(1通\)"
            # (「When both the business place and the residence of the foreign national are in
            # Yanagawa City, the submission to Yanagawa City is only 1 copy (1通)」)
            r"|\b[Bb]oth\b[^.]{0,160}\b(?:only one|just one|a single|one|1)"
            r" (?:form|copy|letter|sheet)\b"
            # (「…both … are in Kameoka City, it is 1 document (1通) to Kameoka City」, not 「You
            # may write both workplaces on one document」)
            r"|\b[Bb]oth\b[^.]{0,160}\b(?:one|1) document \(1通\)"
            # 「…are both in Kunitomi Town, please submit it one to the town」
            # (「…please submit the form to the village once」)
            # (「…are both in Shimanto City, the submission is one to Shimanto City」)
            # (「…are both Kikuchi City, the submission to Kikuchi City is one (1通)」)
            r"|\b[Bb]oth\b[^.]{0,120}\bthe submission(?: to [^.,]{1,30})? is (?:only )?(?:one|1)\b"
            r"|\b[Bb]oth\b[^.]{0,80}\bsubmit (?:it |the form )?(?:to [^.]{1,30} )?"
            r"(?:only )?(?:one|once)\b"
            # a question about two forms answered with one: 「Our workplace and our worker's
            # home are both in Mino. Do we submit two forms? No. Please submit one form」
            # (「Our worker works and lives in Obanazawa. Do we need two copies? A. No. One copy」)
            # (「The business place is in Omura City, and the residence … is also in Omura City.
            # Is it necessary to submit 2 copies? A1. … Please submit only 1 copy」)
            # (「Our hotel is in Toba City and the employee lives in …? Do we need to submit 2
            # letters? A1. No. … only 1 letter (1通)」)
            r"|\b(?:workplace|place of work|business place|office|works?|is in)[^?]{0,80}"
            r"\b(?:home|residence|address|lives?|apartment|house)\b[^?]{0,80}"
            # (asked again in Japanese: 「… Do we need two forms? …2通必要ですか? A. No. One form」)
            # (a machine translation's 「Are 2 letters necessary? … Please submit 1 letter」)
            # (「…Are 2 books necessary? … 1 book (1通) …」: a machine translation's 通)
            r"\b(?:(?:[Tt]wo|2) (?:forms|copies|letters|documents|books)|twice)\b[^?]{0,20}\?"
            r"(?:[^?]{0,60}\?)?[^?]{0,100}\b(?:[Oo]ne|1) (?:form|copy|letter|document|book)\b"
            # 「Do I need to submit two forms if the workplace and the home are both in …? No.
            # One form to Mizunami City is enough.」
            r"|\btwo (?:forms|copies)\b[^?]{0,80}\b[Bb]oth\b[^?]{0,40}\?[^?]{0,30}"
            r"\b(?:[Oo]ne|1) (?:form|copy)\b"
            # 「… are both in Tamba-Sasayama. How many forms? Please submit only one form.」
            # (「Our worker works and lives in Ozora Town. How many forms do we submit? Only one.」)
            # (「… both in Shingo Village. How many sheets should we submit? A1. Please submit
            # only one sheet」)
            # (「… both in Ayabe City. How many should we submit? A1. Only one form …」)
            # (「Our worker works in Tamaki Town and also lives in Tamaki Town. How many …?」)
            # (「Our factory is in Tatsuno City and our worker also lives in Tatsuno City. How
            # many forms do we submit? Only one form」)
            # (「The worker lives in Anan City and works in Anan City. How many copies?」)
            r"|(?:\b[Bb]oth\b|\b(?:works?|is in)\b[^?.]{0,40}?\band (?:\w+ ){0,3}?(?:also )?"
            r"lives?\b|\blives? in\b[^?.]{0,40}?\band (?:also )?works?\b)[^?]{0,80}"
            r"\b[Hh]ow many"
            # (a machine translation's 「How many letters …? Only one letter」)
            # (asked again in Japanese: 「… How many forms …? / …何通提出すればよいですか?」)
            r"(?: (?:forms|copies|sheets|letters))?\b[^?]{0,20}\?(?:[^?]{0,60}\?)?[^?]{0,40}"
            r"\b(?:[Oo]nly one|[Jj]ust one|[Aa] single|[Oo]ne|1)"
            r"(?: (?:form|copy|sheet|letter)\b|\.)"
        ),
    ),
    (_ONE_COPY, _PLACE_ROW_ONE_COPY_RE),
)


# The format patterns start with 32 look-behinds, tried at every character, and the place-row
# pattern has a back-reference: a line without one of these words skips them (a substring
# test is a hundred times cheaper).
_PLACE_ROW_WORDS = (
    "1通",
    "一通",
    "1部",
    "一部",
    "one ",
    "One ",
    "1 ",
    "1まい",
    "1つ",
    "1かい",
    "1回",
    "提出だけで",
)
_WORDS_NEEDED = {
    _EXCEL_RE: ("Excel", "エクセル"),
    _WORD_RE: ("Word", "ワード"),
    _PDF_RE: ("PDF",),
    _PLACE_ROW_ONE_COPY_RE: _PLACE_ROW_WORDS,
}

# (note, pattern, words one of which the line must hold, or none): looked up once here, as a
# compiled pattern's hash is its whole program's (microseconds a lookup, per line and note)
_CHECKS = tuple((note, pattern, _WORDS_NEEDED.get(pattern, ())) for note, pattern in _NOTE_PATTERNS)

# Every note pattern needs one of these words: a cheap test before the nine patterns.
_HINT_RE = fastre.compile(
    r"押印|封筒|受領|受理|受け取り|控え|受付印|収受印|メール|完了|受付|受け付け|アカウント|登録|Excel|エクセル|Word|ワード|PDF"
    r"|同一|同じ|1通|一通|2通|二通|1部|一部|1回|一回|一度|1まい|1枚|1つ|一つ|ひとつ|1\s?かい|1件|一件|はんこ|ハンコ|印鑑|者印|社印|社の印|者の印|区ごと"
    r"|ふうとう|ひかえ|うけとり|れんらく|とうろく|一方の区|2部|二部|2まい|個別|不備|不足|漏れ|不明|まちがい|間違い|たりない|足りない|わからない|分からない"
    r"|提出だけ|提出のみ"
    r"|accepted|received|notice|notification|confirmation|contact|repl|one form|one sheet"
    r"|call you|phone you|in touch"
    r"|[Ss]eal|[Ss]tamp|[Hh]anko|e-?mail|enough|file|[Bb]oth|two|twice|[Hh]ow many|cop(?:y|ies)"
    r"|acceptance"
    r"|completion|proof|certificate|user ID"
    r"|reception|receipt|envelope|account|regist|format|ログイン|ビズID|gBizID"
)


# 「窓口で提出した場合は、写しに受付印を押してお渡しします」: a copy is given after all.
_COPY_GIVEN_RE = fastre.compile(
    r"受付印を押し[^。]{0,12}(?:お渡し|渡し|返送|お返し)(?:します|いたします)"
    # (やさしい日本語: 「うけつけのはんこをおしてかえします」)
    r"|(?:うけつけ|受付)\s?の\s?はんこ\s?を\s?(?:おして|押して)[^。]{0,12}"
    r"(?:かえします|返します|わたします|渡します)"
    # (「(持参の場合は、その場でお渡しします)」 beside a stamped copy by post)
    r"|持参の場合は、?\s?その場で(?:お渡し|お返し)(?:します|いたします)"
    # (「窓口で提出された場合は、その場で控えをお返しします」)
    r"|その場で(?:受付印を押した)?控えを(?:お渡し|お返し)(?:します|いたします)"
    # (「If you bring a copy too, we stamp it with our reception stamp (受付印) and hand it back」)
    r"|\bstamp (?:it|the copy|a copy)\b[^.]{0,60}\b(?:hand|give|return)s?\b[^.]{0,12}\bback\b"
    # (「We press the reception stamp (受付印) on 1 book and hand it back at the window」)
    r"|\bpress the reception (?:stamp|seal)\b[^.]{0,40}\b(?:hand|give|return)s?\b[^.]{0,12}\bback\b"
)
# A copy offered in the no-receipt line's own words: 「町から受付の連絡はしておりません。控えが
# 必要な方は、上記の方法で2部お送りください」.
# (or pointing to the offer: 「控えが必要な方は、郵送の欄をご覧ください」)
# (やさしい日本語: 「ひかえがほしいときは、1 のゆうびんで 2まいおくってください」)
_COPY_OFFER_RE = fastre.compile(
    r"(?:控えが必要な(?:方|場合)は|(?:ひかえ|控え)\s?が\s?(?:ほしい|ひつような|必要な)\s?(?:とき|ひと|人)\s?は)"
    r"、?[^。]{0,20}(?:2部|二部|2\s?まい|2枚|(?:欄|項目|説明)を(?:ご覧|ごらん|ご参照|参照)"
    r"|」の方法で"  # (「控えが必要な場合は、上記「控え」の方法でお送りください」)
    # (「ひかえ が ほしい とき は、上 の 「② ゆうびん で おくる」 を みて ください」)
    r"|」\s?を\s?(?:みて|見て))"
    # ('If you need a stamped copy (控え), please send or bring 2 copies as explained above.')
    r"|\b[Ii]f you (?:need|want|would like) a (?:stamped )?copy\b[^.]{0,60}\b(?:2|two) copies\b"
    # (「…受領の通知をお送りしていませんが、窓口では希望される方に受付印を押した写しをお渡しして
    # います」)
    # (not asked: 「Q5 …受付印を押した控えを返送してもらえますか。」)
    r"|(?:受付印|収受印)を押した(?:写し|控え|コピー)を\s?(?:お渡し|お返し|返送)"
    r"(?:して(?:い|おり)ます|します|いたします)"
)
_NO_RECEIPT = "受領書・控えの発行なし"
_PROOF_MAIL = "完了メールが提出の証明"
_ACCOUNT = "アカウント作成が必要"
_FORMAT_NOTES = frozenset(note for note, _ in _NOTE_PATTERNS if note.startswith("形式指定:"))
# Another body's online system, whose sign-up is not the form's.
_OTHER_SYSTEM_RE = fastre.compile(r"在留申請オンライン|出入国在留管理庁の(?:電子申請|オンライン)")
# English says there is none before the word: 「No Google account is needed」「without a LoGo
# account」 (the Japanese patterns read 不要 after it themselves).
_NO_ACCOUNT_RE = fastre.compile(
    # (「No account or user registration is needed」)
    # (「No sign-in to a Microsoft account is needed」)
    r"\b(?:[Nn]o|without an?) (?:[A-Za-z-]+ ){0,5}(?:account|registration)\b[^.]{0,30}"
    r"(?:needed|required|necessary)"
)


# (「不備がなければ…」 is the usual case, not a condition on something missing)
_IF_NOT_RE = fastre.compile(
    r"(?<!不備が)(?<!問題が)(?:(?:ない|無い|なかった)場合|なければ|ないときは)"
)


def _only_if_not(text: str, at: int) -> bool:
    """The sentence before `at` makes it conditional on something missing."""
    return bool(_IF_NOT_RE.search(sentence_before(text, at)))


# 「A2.いいえ。津幡町に1通…」: the yes or no is part of the answer's sentence.
# (「A 必要ありません。日田市へ1通提出していただければ足ります」: a no in other words)
_YES_NO_RE = fastre.compile(r"^((?:A\s*\d{0,2}[.:]?\s*)?(?:はい|いいえ|必要ありません|不要です))。")


# An answer's mark alone: 「A」「A3.」「答」.
_ANSWER_MARK_RE = fastre.compile(r"^(?:A|答え?)\s?\d{0,2}\s?[.:]?$")


# 「Q.事業所も住まいも奥多摩町内です。」: a question by its mark, without a question's ending.
# (or run into the question: 「Q勤務先も自宅も与那原町です。2回提出しなければなりませんか。」)
_Q_MARK_RE = fastre.compile(r"Q\s?\d{0,2}\s?(?:[.:]|(?=[^\x00-\x7f]))|問\s?\d{0,2}\s?[.:]")


_LONGEST_CONDITION = 80
# (「…どちらも 粟島浦村 の とき は、」<br>「1まい だけ だして ください」)
# (English: a card's title 「Workplace and home both in Aisho Town」, then its text)
_ARROWS = ("→", "⇒")
_CONDITION_LINE_RE = fastre.compile(
    # (「はたらくところもすんでいるところも白川村なら、」 then 「村に 1まいだけだしてください。」)
    r"(?:場合|とき)\s?(?:は|には)?\s?、?$|なら\s?、$|\b[Bb]oth (?:are )?in\b[^.?!。]{0,40}$"
    # (a table's case cell: 「事業所も住居地も飯島町内」)
    r"|^(?:事業所|勤務地|職場)も\s?(?:住居地?|住所|住まい)も\s?[^\s。、]{1,8}[市区町村]内?$"
)


def _asks(text: str) -> bool:
    """`text` is a question (「Q. …?」「…ですか。」)."""
    return bool(QUESTION_RE.search(text) or _Q_MARK_RE.match(text))


def _with_answer(lines: list[Line], index: int) -> str:
    """A line, or a question with the answer on the next line (「…2通必要ですか?」「1通で
    大丈夫です。」), or a term with its definition (「<dt>押印</dt><dd>不要</dd>」), as one text."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or following.region != "content":
        return line.text
    if line.kind == "dt" and following.kind == "dd":
        joined = with_definition(lines, index)
        if QUESTION_RE.search(line.text):  # 「<dt>Q2 …市内です。2通必要ですか?</dt><dd>…」
            # (and 「<dd>A いいえ。今金町へ1通提出してください。</dd>」 answers on)
            # (each <dd> in its language: 「<dd>A. No. One form is enough.</dd><dd>いいえ。1通で
            # 構いません。</dd>」)
            answers = itertools.takewhile(lambda ln: ln.kind == "dd", lines[index + 1 : index + 4])
            answer = " ".join(_YES_NO_RE.sub(r"\1、", dd.text) for dd in answers)
            joined = f"{line.text.replace('。', '、')} {answer}"
        return joined
    # (a condition on its own line: 「事業所と住まいがどちらも鴻巣市内の場合」, then
    # 「鴻巣市に1通提出すれば足ります」)
    # (not a list's last item 「…連絡先などが変わったとき」, then a paragraph about another thing)
    # (or a table row of places, then its outcome after an arrow in a row of its own: 「福島町 |
    # 福島町」「→ 福島町に 1まいだけだしてください。」)
    if len(line.text) <= _LONGEST_CONDITION and (
        ((line.kind != "li" or following.kind == "li") and _CONDITION_LINE_RE.search(line.text))
        or following.text.startswith(_ARROWS)
    ):
        return f"{line.text} {following.text}"
    if _asks(line.text) and len(line.text) <= question_chars(line.text):
        answer = following.text
        # (an answer's mark on a line of its own: 「Q…何通必要ですか。」「A」「豊岡市に1通…」)
        if _ANSWER_MARK_RE.match(answer) and index + 2 < len(lines):
            answer = f"{answer} {lines[index + 2].text}"
        answer = _YES_NO_RE.sub(r"\1、", answer)
        return f"{line.text.replace('。', '、')} {answer}"
    return line.text


# A question about the format (「…PDFにしてから添付したほうがよいですか」), not a rule; not a
# request (「…添付していただけますか」).
_ASKED_AFTER_RE = fastre.compile(r"[^。、?]{0,24}?(?:(?<!いただけ)ますか|ですか|でしょうか)")
# A format offered as the second of two, a few words after the first: 「かみをスキャンした
# ファイルか、かいたワードのファイルをつけてください」 (_ONLY sees only the words right before it).
_EITHER_BEFORE_RE = fastre.compile(
    r"(?:ファイル|データ|もの|PDF|Word|Excel|ワード|エクセル)か、[^。、]{0,8}$"
)
# … or the next sentence allows another: 「…(Excelファイル)を添付してください。PDFに変換した
# ものでも受け付けます」.
_OTHER_ALLOWED_AFTER_RE = fastre.compile(
    r"[^。]{0,12}。\s?[^。]{0,30}(?:でも|も)\s?(?:受け付け|受付|構いません|かまいません|差し支え"
    # (やさしい日本語: 「…そのままつけてもいいです。PDF にしてつけてもいいです。どちらでも
    # だいじょうぶです。」)
    r"|大丈夫|結構|可|いいです|だいじょうぶ)"
    # (not a refusal of something else: 「…のまま添付をお願いします。役場の窓口にお持ちいただいても
    # 受付はしておらず、…」)
    r"(?!は\s?して(?:おらず|いない|おりません|いません)|できません|しておりません)"
)
# A format asked for where possible: 「できるだけ記入したExcelファイルをそのまま添付してください」.
_PREFERENCE_RE = fastre.compile(r"できるだけ|できる限り|なるべく|可能(?:であれば|な限り)|できれば")
# A file made by scanning the paper requires no format, unless the page refuses the other
# formats after it (「…スキャンして PDF のファイルにして、メールにつけてください。エクセル
# (Excel) やワード(Word) のファイルのままではうけつけません」).
_OTHER_FORMATS_REFUSED_RE = fastre.compile(
    r"(?:Excel|Word|エクセル|ワード)[^。]{0,30}(?:うけつけません|受け付けません|受付できません"
    r"|受け付けできません|できません|不可)"
)
# … which is no way of making it when the scan itself is refused.
_SCAN_REFUSED_RE = fastre.compile(
    # (「PDFに変換したり印刷してスキャンしたりせず、Excelファイルのまま添付してください」)
    r"スキャン[^。、]{0,6}(?:ではなく|でなく|は不可|にせず|にしないで|したりせず|せず)"
)
# 「FAXで提出された場合は、控えの返送はいたしません」: no copy for one method only.
_FOR_ONE_METHOD_RE = fastre.compile(
    # (やさしい日本語: 「ファクス の とき は 控え を おくりません」)
    r"(?:FAX|ファクス|ファックス|郵送|メール|窓口|持参|電子申請|オンライン)[^。]{0,20}(?:場合|とき)"
)
_COPY_BY_ENVELOPE = "控えが必要なら2部と返信用封筒"


def _for_one_method(text: str, at: int) -> bool:
    return bool(_FOR_ONE_METHOD_RE.search(sentence_before(text, at)))


def extract_notes(lines: list[Line]) -> tuple[list[str], list[str]]:
    """(notes, evidence snippets) from the content lines. 「No receipt」 said of one method
    is not the note when the page says another method gets a stamped copy (at the counter,
    or by post with a return envelope)."""
    notes: list[str] = []
    evidence: list[str] = []
    copy_given = False
    one_method_no_receipt = ""  # the evidence of 「no receipt」 said of one method only
    # a section about Hello Work or the immigration bureau: its 「利用者登録が必要」 is theirs
    another_body = other_body_sections(lines, named_only=True)
    found_on: dict[str, int] = {}  # the line each note was found on
    found_in: dict[str, str] = {}  # … and the text read there (with a question's answer)
    for index, line in enumerate(lines):
        if line.region != "content" or another_body[index]:
            continue
        text = _with_answer(lines, index)
        if "(" in text:  # 「返信用(へんしんよう)の ふうとう」: the furigana in brackets goes
            # and a bracket's own full stop does not end the sentence around it
            # (「どちらも広島市内(区が異なる場合も含みます。)にある場合は…1通」)
            text = without_furigana(text).replace("。)", ")")
        if not _HINT_RE.search(text):
            continue
        copy_given = copy_given or bool(_COPY_GIVEN_RE.search(text))
        for note, pattern, words in _CHECKS:
            if note in notes:
                continue
            if words and not any(word in text for word in words):
                continue
            m = pattern.search(text)
            if m and note in _FORMAT_NOTES and m.start() < len(line.text) and _asks(line.text):
                # 「Q. We sent the form by e-mail as an Excel file. Is it accepted?」: what the
                # asker did; the answer after it may still require a format
                m = pattern.search(text, len(line.text))
            elif m and (asked := _ASKED_AFTER_RE.match(text, m.end())) and _asks(line.text):
                # 「問 …押印なしで提出できますか。」: what the asker hopes; the answer says
                m = pattern.search(text, asked.end())
            if (
                not m
                and note == _COPY_BY_ENVELOPE
                and index + 1 < len(lines)
                # (not a question's answer read with it already: 「受付票などはもらえますか?」
                # then 「…返信用封筒を同封いただければ受付印を押した写しが、控えとなります」)
                and lines[index + 1].text not in text
            ):
                # 「…2まい おくって ください。」 then, on the next line, 「返信用の ふうとうも…」
                joined = f"{text} {without_furigana(lines[index + 1].text)}"
                m = pattern.search(joined)
                m = m if m and m.start() < len(text) else None
            if m and note == _ACCOUNT and _NO_ACCOUNT_RE.search(text, max(0, m.start() - 30)):
                continue  # 「No Google account is needed」
            # (or the sentence before: 「…「在留申請オンラインシステム」を利用できます。利用する
            # には、事前に利用者登録(アカウントの作成)を行う必要があります」)
            if m and note == _ACCOUNT and _OTHER_SYSTEM_RE.search(text, 0, m.start()):
                continue  # 「在留申請オンラインシステムを利用する場合は、事前に利用者登録が…」
            if m and note == _ONE_COPY and _ONE_EACH_RE.search(text, m.start(), m.end() + 3):
                # (a later sentence can still say it: 「…両方の市へ1通ずつ提出が必要です。…どちらも
                # 市内であれば、市への提出は1通で結構です」)
                m = pattern.search(text, m.end())
                if not m or _ONE_EACH_RE.search(text, m.start(), m.end() + 3):
                    continue
            # (or right after it: 「One form covers both workplaces; please list both on it」)
            if (
                m
                and note == _ONE_COPY
                and (
                    _SEVERAL_PLACES_RE.search(text, m.start(), m.end() + 24)
                    or _SEVERAL_PLACES_JA_RE.search(m.group())
                )
            ):
                continue  # 「Write both workplaces on one form」: several workplaces, one sheet
            if (
                m
                and note == _NO_SEAL
                and (_SEAL_REQUIRED_RE.search(text) or _ONLINE_FORM_SEAL_RE.search(text))
            ):
                continue  # a seal asked for on paper; 「The LoGo Form has no seal field」 (online)
            if m and note in _FORMAT_NOTES and _EITHER_BEFORE_RE.search(text, 0, m.start()):
                continue  # 「スキャンしたファイルか、かいたワードのファイルを」: one of two
            if (
                m
                and note in _FORMAT_NOTES
                and _PREFERENCE_RE.search(sentence_before(text, m.start()))
            ):
                continue  # 「できるだけ…Excelファイルをそのまま添付」: asked, not required
            if (
                m
                and note in _FORMAT_NOTES
                # 「書類をスキャンして PDF にして、メールにつけてください」: how to make the file
                # from paper, not a format the page requires of a file it already has
                and "スキャン" in (before := sentence_before(text, m.start()))
                and not _SCAN_REFUSED_RE.search(before)  # (「…スキャン画像ではなく、Word形式の…」)
                and not _OTHER_FORMATS_REFUSED_RE.search(text, m.end())
            ):
                continue  # 「書類をスキャンして PDF にして…」: paper made a file
            if m and note in _FORMAT_NOTES and _OTHER_ALLOWED_AFTER_RE.match(text, m.end()):
                continue  # 「…を添付してください。PDFに変換したものでも受け付けます」: either
            if m and note in _FORMAT_NOTES and _ASKED_AFTER_RE.match(text, m.end()):
                continue  # 「Q9 メールで送る場合、PDFにしてから添付したほうがよいですか。」
            if m and note == _NO_RECEIPT and _only_if_not(text, m.start()):
                continue  # 「返信用封筒の同封がない場合、控えは返送しません」: a copy on request
            if m and note == _NO_RECEIPT and _for_one_method(text, m.start()):
                # (not when the same words offer a copy after all: 「…受領の通知をお送りして
                # いませんが、窓口では…受付印を押した写しをお渡ししています」)
                if not _COPY_OFFER_RE.search(text, m.end()):
                    one_method_no_receipt = one_method_no_receipt or text[: m.end() + 20].strip()
                continue
            if m:
                notes.append(note)
                evidence.append(text[max(0, m.start() - 20) : m.end() + 20].strip())
                found_on[note] = index
                found_in[note] = text
    if one_method_no_receipt and _NO_RECEIPT not in notes and _COPY_BY_ENVELOPE not in notes:
        notes.append(_NO_RECEIPT)
        evidence.append(one_method_no_receipt[-60:])
    # 「The city does not return the receipt automatically. If you need the copy …, submit two
    # copies with the return envelope」: the same paragraph offers the copy after all
    same_line = found_on.get(_NO_RECEIPT, -1) == found_on.get(_COPY_BY_ENVELOPE, -2) or (
        # (「Q.…市から連絡はありますか。」「A.受付の連絡はしておりません。受付印を押した控えが
        # 必要な場合は、上記のとおり2部と返信用封筒を…」)
        _NO_RECEIPT in found_in and bool(_COPY_OFFER_RE.search(found_in[_NO_RECEIPT]))
    )
    # 「受付後の連絡は、不備がある場合のみ…」 on one line, 「控えが必要な場合は、2部と返信用封筒
    # を…」 on another: a copy is offered after all, unless the no-receipt line is the online
    # route's, beside its completion mail (「このメールが提出の控えとなります。市から別途、受付の
    # 連絡はいたしません」)
    copy_by_post = _COPY_BY_ENVELOPE in notes and found_on.get(_NO_RECEIPT) != found_on.get(
        _PROOF_MAIL
    )
    if (copy_given or same_line or copy_by_post) and _NO_RECEIPT in notes:
        at = notes.index(_NO_RECEIPT)
        del notes[at], evidence[at]
    return notes, evidence
