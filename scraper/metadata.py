"""Datasette metadata for the published site: titles, descriptions, facets and canned queries.

Kept as Python (not YAML) so the canned queries share the recipient kinds and the method labels
with `publish`, and so the database name is one constant.
"""

from __future__ import annotations

from typing import Any

from .publish import RECIPIENT_KINDS

DB_NAME = "kyoryoku"
TITLE = "協力確認書 提出先ディレクトリ / kyoryoku"

LICENSE = "CC0 1.0 (registry); facts quoted from each municipality's own page"
LICENSE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"
SOURCE = (
    "各市区町村の公式ページ / each municipality's own page; "
    "registry: japancode, code4fukui localgovjp (CC0)"
)
SOURCE_URL = "https://github.com/code4fukui/localgovjp"

DESCRIPTION_HTML = """
<p>特定技能所属機関が市区町村に提出する「協力確認書」について、各市区町村の公式ページから
提出方法(メール・郵送・窓口・電子申請・FAX)と提出先を集めたディレクトリです。
提出前に必ず出典ページ(page_url)と確認日(checked_at)を確かめてください。</p>
<p lang="en">A directory of how each Japanese municipality accepts the 協力確認書 (Cooperation
Confirmation Form that employers of Specified Skilled Workers file since 2025-04-01): methods
and contacts, gathered from each municipality's own page. Check the source page and the date it
was checked before you file.</p>
"""


def _cols(**columns: tuple[str, str]) -> dict[str, str]:
    """Column descriptions written as Japanese / English."""
    return {name: f"{ja} / {en}" for name, (ja, en) in columns.items()}


_KINDS = ", ".join(f"'{k}'" for k in RECIPIENT_KINDS)

# A place typed by a user matches a registry entry by any form of its name, or as the start of
# an address (東京都立川市錦町… or 立川市錦町…). Designated-city wards map to their city.
_PLACE_MATCH = """
  trim({p}) != '' AND (
    m.name = trim({p}) OR m.prefecture || m.name = trim({p}) OR m.code = trim({p})
    OR m.kana = trim({p}) OR m.katakana = trim({p}) OR lower(m.romaji) = lower(trim({p}))
    OR lower(m.romaji) LIKE lower(trim({p})) || '-%'
    OR m.name IN (trim({p}) || '市', trim({p}) || '区', trim({p}) || '町', trim({p}) || '村')
    OR instr(trim({p}), m.prefecture || m.name) = 1 OR instr(trim({p}), m.name) = 1
  )"""

QUERIES: dict[str, dict[str, Any]] = {
    "municipality": {
        "title": "市区町村を名前で探す / Find a municipality by name",
        "description": "漢字・ひらがな・カタカナ・ローマ字のいずれでも(都道府県は任意)。"
        "政令指定都市の区は市として表示します。 / By kanji, hiragana, katakana or romaji "
        "(prefecture optional); a designated-city ward shows its city.",
        "sql": """
SELECT d.code, d.prefecture, d.name, d.kana, d.romaji,
  group_concat(DISTINCT m.prefecture || m.name) AS matched,
  d.status, d.methods, d.emails, d.phones, d.department, d.form_url, d.page_url, d.checked_at
FROM municipalities m
JOIN directory d ON d.code = COALESCE(m.filing_code, m.code)
WHERE trim(:name) != '' AND m.kind != 'prefecture'
  AND (m.name LIKE '%' || trim(:name) || '%' OR m.kana LIKE '%' || trim(:name) || '%'
       OR m.katakana LIKE '%' || trim(:name) || '%' OR m.romaji LIKE '%' || trim(:name) || '%'
       OR m.prefecture || m.name LIKE '%' || trim(:name) || '%')
  AND (trim(:prefecture) = '' OR m.prefecture LIKE trim(:prefecture) || '%')
GROUP BY d.code
ORDER BY d.code
LIMIT 200""",
    },
    "where_to_file": {
        "title": "勤務地と住居地の提出先 / Where to file for a workplace and a residence",
        "description": "勤務地(事業所の所在地)と住居地の市区町村の提出方法。同じ市区町村なら1行。"
        "住居地は空欄でも可。曖昧な名前は都道府県名を付けてください。詳しい計画(いつまでに・規則)"
        "は plan 列のリンクから。 / The two municipalities (one row if the same); the residence "
        "may be empty. Follow the plan link for when and why.",
        "sql": f"""
WITH wanted(ord, role, place) AS (
  VALUES (1, '勤務地 workplace', :workplace), (2, '住居地 residence', :residence)
), found AS (
  SELECT DISTINCT w.ord, w.role, COALESCE(m.filing_code, m.code) AS code
  FROM wanted w JOIN municipalities m
    ON m.kind IN ({_KINDS}, 'ward') AND {_PLACE_MATCH.format(p="w.place")}
)
SELECT group_concat(f.role, '・') AS roles, d.prefecture, d.name,
  kyoryoku_plan_query(:workplace, :residence) AS plan,
  d.methods, d.emails, d.phones, d.department, d.form_url, d.page_url, d.status, d.checked_at,
  d.code
FROM found f JOIN directory d ON d.code = f.code
GROUP BY d.code
ORDER BY min(f.ord), d.code""",
    },
    "recently_changed": {
        "title": "最近の変更 / Recently changed",
        "description": "出典ページから読み取った値が変わった記録(新しい順、最大500件)。 / "
        "Values that changed on the municipalities' pages, newest first (500 at most).",
        "sql": """
SELECT c.changed_at, m.prefecture, m.name, c.code, c.field, c.old_value, c.new_value,
  f.page_url
FROM changes c
LEFT JOIN municipalities m ON m.code = c.code
LEFT JOIN filings f ON f.code = c.code
ORDER BY c.changed_at DESC, c.id DESC
LIMIT 500""",
    },
    "not_checked": {
        "title": "確認が古い市区町村 / Not checked for N days",
        "description": "収集対象のうち、:days 日以上確認していない(または一度も確認していない)"
        "もの。 / Crawled municipalities not checked for :days days (or never).",
        "sql": """
SELECT s.code, s.prefecture, s.name, s.status, s.checked_at, s.last_ok_at,
  COALESCE(f.page_url, s.page_url) AS page_url, s.homepage, s.error
FROM sources s
LEFT JOIN filings f ON f.code = s.code
WHERE s.checked_at IS NULL
   OR s.checked_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now',
                              '-' || CAST(:days AS INTEGER) || ' days')
ORDER BY s.checked_at IS NOT NULL, s.checked_at, s.code""",
    },
    "no_known_page": {
        "title": "ページが分からない市区町村 / Municipalities with no known page",
        "description": "協力確認書のページが見つかっていない市区町村(都道府県で絞り込み可、空欄で"
        "全国)。 / Municipalities whose page about the form is not known (prefecture optional).",
        "sql": """
SELECT d.code, d.prefecture, d.name, d.kana, d.status, m.homepage, d.checked_at
FROM directory d
JOIN municipalities m ON m.code = d.code
WHERE d.page_url IS NULL
  AND (trim(:prefecture) = '' OR d.prefecture LIKE trim(:prefecture) || '%')
ORDER BY d.code""",
    },
}

_DIRECTORY_COLUMNS = _cols(
    code=("全国地方公共団体コード", "local government code"),
    prefecture=("都道府県", "prefecture"),
    name=("市区町村名(リンク先は提出先プラン)", "municipality (links to its plan)"),
    kana=("よみ", "reading"),
    romaji=("ローマ字", "romaji"),
    status=("ページの状態", "status of the municipality's page"),
    methods=("提出方法", "submission methods"),
    emails=("提出先メールアドレス", "e-mail addresses to submit to"),
    phones=("担当課の電話", "the department's phone numbers"),
    department=("担当課", "department in charge"),
    form_url=("電子申請フォーム", "online form"),
    page_url=("出典ページ", "source page"),
    checked_at=("最終確認日時(UTC)", "last checked (UTC)"),
    changed_at=("内容が最後に変わった日時(UTC)", "last changed (UTC)"),
    latitude=("緯度(役所の位置)", "latitude (town hall)"),
    longitude=("経度(役所の位置)", "longitude (town hall)"),
)

TABLES: dict[str, dict[str, Any]] = {
    "directory": {
        "title": "提出先ディレクトリ / Directory of municipalities",
        "description": "全国の市区町村と、協力確認書の提出方法・連絡先(分かっているもの)。"
        "検索は漢字・かな・ローマ字、2文字(郵送・立川)でも可。地図はファセットで絞り込めます。 / "
        "Every municipality and how it accepts the form, where known. Search by kanji, kana or "
        "romaji (two characters work too); facets filter the map.",
        "sort": "code",
        "size": 50,  # rows per page; the map fetches every row whatever the page size
        "facets": ["prefecture", {"array": "methods"}, "status"],
        "label_column": "name",
        "columns": _DIRECTORY_COLUMNS,
    },
    "coverage": {
        "title": "収録状況 / Coverage by prefecture",
        "description": "都道府県ごとの市区町村数、収集済み、ページ発見数、提出方法別の数"
        "(グラフは /-/coverage)。 / Per prefecture: municipalities, crawled, pages found and "
        "methods (chart at /-/coverage).",
        "columns": _cols(
            prefecture=("都道府県", "prefecture"),
            municipalities=("市区町村数(政令市の区を除く)", "municipalities (wards excluded)"),
            crawled=("収集済み", "crawled"),
            found=("ページ発見", "page found"),
            email=("メール可", "accept e-mail"),
            post=("郵送可", "accept post"),
            counter=("窓口可", "accept the counter"),
            online_form=("電子申請可", "accept an online form"),
            fax=("FAX可", "accept fax"),
        ),
    },
    "municipalities": {
        "title": "市区町村一覧(登録簿) / Registry of municipalities",
        "description": "全国の都道府県・市区町村・政令指定都市の区(japancode / code4fukui "
        "localgovjp, CC0)。 / Prefectures, municipalities and designated-city wards.",
        "sort": "code",
        "facets": ["prefecture", "kind"],
        "label_column": "name",
        "columns": _cols(
            code=("全国地方公共団体コード", "local government code"),
            prefecture=("都道府県", "prefecture"),
            name=("名称", "name"),
            full_name=("都道府県を含む名称", "name with prefecture"),
            kana=("よみ(ひらがな)", "reading (hiragana)"),
            katakana=("よみ(カタカナ)", "reading (katakana)"),
            romaji=("ローマ字", "romaji"),
            kind=("種別", "kind: prefecture, city, special_ward, town, village, ward"),
            parent_code=("上位団体のコード", "code of the parent (prefecture or city)"),
            filing_code=("提出先のコード(区は市)", "code of the recipient (a ward's city)"),
            lat=("緯度", "latitude"),
            lng=("経度", "longitude"),
            homepage=("ホームページ", "homepage"),
        ),
        "units": {"lat": "degree", "lng": "degree"},
    },
    "filings": {
        "title": "提出方法(抽出結果) / Extracted filing details",
        "description": "各市区町村のページから抽出した値。リストはJSON配列。evidence は根拠の文言。"
        " / Values extracted from each page; lists are JSON arrays; evidence quotes the page.",
        "sort_desc": "changed_at",
        "facets": [{"array": "methods"}],
        "columns": _cols(
            code=("全国地方公共団体コード", "local government code"),
            page_url=("出典ページ", "source page"),
            title=("ページの題名", "page title"),
            updated=("ページの更新日", "date the page was updated"),
            methods=("提出方法", "submission methods"),
            emails=("メールアドレス", "e-mail addresses"),
            phones=("電話", "phones"),
            faxes=("FAX", "fax numbers"),
            postal_codes=("郵便番号", "postal codes"),
            addresses=("住所", "addresses"),
            department=("担当課", "department"),
            form_urls=("電子申請フォーム", "online forms"),
            templates=("様式・記載例", "templates and filled-in examples"),
            notes=("注意事項", "notes"),
            evidence=("根拠の文言", "the words each value came from"),
            warnings=("抽出時の警告", "extraction warnings"),
            snapshot_id=("元のスナップショット", "snapshot extracted from"),
            extracted_at=("抽出日時(UTC)", "extracted (UTC)"),
            changed_at=("最後に変わった日時(UTC)", "last changed (UTC)"),
        ),
    },
    "changes": {
        "title": "変更履歴 / History of changes",
        "description": "抽出値が変わるたびに1行。 / One row per changed field.",
        "sort_desc": "changed_at",
        "facets": ["field"],
        "columns": _cols(
            code=("全国地方公共団体コード", "local government code"),
            field=("変わった項目", "field that changed"),
            old_value=("変更前", "before"),
            new_value=("変更後", "after"),
            changed_at=("検出日時(UTC)", "detected (UTC)"),
            old_snapshot_id=("変更前のスナップショット", "snapshot before"),
            new_snapshot_id=("変更後のスナップショット", "snapshot after"),
        ),
    },
    "sources": {
        "title": "収集対象 / Crawled municipalities",
        "description": "収集の設定と状態。 / What is crawled and how the last check went.",
        "sort": "code",
        "facets": ["status", "prefecture", "origin"],
        "label_column": "name",
        "columns": _cols(
            code=("全国地方公共団体コード", "local government code"),
            homepage=("ホームページ", "homepage"),
            configured_url=("設定されたページURL", "page URL from sources.yaml"),
            page_url=("協力確認書のページ", "the page about the form"),
            status=("状態", "status"),
            status_since=("この状態になった日時", "status since"),
            discovered_by=("見つけ方", "how the page was found"),
            confidence=("確からしさ(0〜1)", "confidence (0 to 1)"),
            candidates=("他の候補ページ", "runner-up pages"),
            checked_at=("最終確認日時(UTC)", "last checked (UTC)"),
            last_ok_at=("最後に成功した日時(UTC)", "last successful check (UTC)"),
            error=("最後のエラー", "last error"),
        ),
    },
    "rules": {
        "title": "提出の規則 / The national rules",
        "description": "出入国在留管理庁の説明に基づく規則。 / The rules as the Immigration "
        "Services Agency explains them.",
        "label_column": "id",
        "columns": _cols(
            id=("規則ID", "rule id"),
            text_ja=("規則(日本語)", "rule in Japanese"),
            text_en=("規則(英語)", "rule in English"),
            source=("出典", "source"),
        ),
    },
    "snapshots": {"hidden": True, "units": {"size": "byte"}},
    "runs": {"hidden": True},
    "search_fts": {"hidden": True},
    "_kyoryoku_publish": {"hidden": True},
    "search_source": {"allow": False},  # a view feeding the search index; views cannot be hidden
}

# Raw tables that robots should not crawl (and their .json/.csv, which share the prefix).
ROBOTS_DISALLOWED_TABLES = ("snapshots", "runs", "search_fts", "_kyoryoku_publish")


for _query in QUERIES.values():
    _query["hide_sql"] = True  # the SQL is one click away ("show"); the form and rows come first


def metadata() -> dict[str, Any]:
    """The metadata dict passed to Datasette."""
    return {
        "title": TITLE,
        "description_html": DESCRIPTION_HTML,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": SOURCE,
        "source_url": SOURCE_URL,
        "databases": {
            DB_NAME: {
                "title": TITLE,
                "description_html": DESCRIPTION_HTML,
                "tables": TABLES,
                "queries": QUERIES,
            }
        },
        "plugins": {
            "datasette-cluster-map": {
                "latitude_column": "latitude",
                "longitude_column": "longitude",
            }
        },
    }
