"""Load and validate sources.yaml: the curated list of municipalities to crawl.

Every problem in the file is collected and reported at once, each naming its entry (index,
code, name) and its line, so an operator fixes the file in one pass; nothing is crawled
while the file is invalid (load_sources raises before returning anything).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from .errors import SourcesError
from .models import Source
from .municipalities import Registry, default_registry, filing_municipality, is_valid_code
from .textnorm import squash

DEFAULT_SOURCES = Path("sources.yaml")
FIELDS: tuple[str, ...] = ("code", "name", "prefecture", "homepage", "title", "url")
REQUIRED: tuple[str, ...] = ("code", "name", "prefecture", "homepage")


def valid_http_url(value: object) -> bool:
    """An absolute http(s) URL with a host (what the fetcher can request)."""
    if not isinstance(value, str) or not value.strip() or any(c.isspace() for c in value):
        return False
    parts = urlsplit(value)
    return parts.scheme in {"http", "https"} and bool(parts.hostname)


def load_sources(
    path: str | Path = DEFAULT_SOURCES, registry: Registry | None = None
) -> list[Source]:
    """Read, validate and return the sources of a sources.yaml file (raises SourcesError)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: cannot read: {exc}") from exc
    return parse_sources(text, str(path), registry=registry)


def parse_sources(
    text: str, filename: str = "sources.yaml", registry: Registry | None = None
) -> list[Source]:
    """Validate the YAML text of a sources file; line numbers come from the composed nodes."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SourcesError(f"{filename}: invalid YAML{where}: {problem}") from exc
    finally:
        loader.dispose()
    if root is None or data is None:
        raise SourcesError(f"{filename}: the file is empty; expected a top-level `sources:` list")
    if not isinstance(data, dict) or not isinstance(root, yaml.MappingNode):
        raise SourcesError(f"{filename}: line {_line(root)}: expected a mapping with `sources:`")
    unknown_top = sorted(str(k) for k in data if k != "sources")
    entries = data.get("sources")
    if unknown_top:
        raise SourcesError(
            f"{filename}: unknown top-level key(s) {', '.join(unknown_top)}; "
            "only `sources:` is allowed"
        )
    if not isinstance(entries, list):
        raise SourcesError(f"{filename}: `sources:` must be a list of entries")
    if not entries:
        raise SourcesError(f"{filename}: `sources:` is empty; nothing to crawl")
    seq_node = _value_node(root, "sources")
    item_nodes = list(seq_node.value) if isinstance(seq_node, yaml.SequenceNode) else []

    registry = registry or default_registry()
    problems: list[str] = []
    sources: list[Source] = []
    first_seen: dict[str, str] = {}
    for index, entry in enumerate(entries):
        node = item_nodes[index] if index < len(item_nodes) else None
        label = _label(index, entry, node)
        entry_problems = list(_check_entry(entry, node, registry))
        if isinstance(entry, dict) and (code := _code_text(entry.get("code"))):
            if code in first_seen:
                entry_problems.append(f"duplicate code {code} (already used by {first_seen[code]})")
            else:
                first_seen[code] = label
        if entry_problems:
            problems.extend(f"{label}: {p}" for p in entry_problems)
        else:
            sources.append(_to_source(entry))
    if problems:
        plural = "s" if len(problems) > 1 else ""
        details = "\n".join(f"  - {p}" for p in problems)
        raise SourcesError(f"{filename}: {len(problems)} problem{plural}:\n{details}")
    return sources


def _check_entry(entry: Any, node: yaml.Node | None, registry: Registry) -> Iterable[str]:
    """Every problem of one entry, as short phrases (the caller prefixes the entry label)."""
    if not isinstance(entry, dict):
        yield "each entry must be a mapping of code, name, prefecture, homepage, title, url"
        return
    for key in entry:
        if key not in FIELDS:
            yield f"unknown key {key!r} (line {_key_line(node, key)}); allowed: {', '.join(FIELDS)}"
    for key in REQUIRED:
        if entry.get(key) in (None, ""):
            yield f"missing {key}"
    for key in ("name", "prefecture", "title"):
        value = entry.get(key)
        if value is not None and not isinstance(value, str):
            yield f"{key} must be text (line {_key_line(node, key)})"
    raw_code = entry.get("code")
    code = _code_text(raw_code)
    if raw_code not in (None, "") and code is None:
        yield (
            f"code {raw_code!r} (line {_key_line(node, 'code')}) is not 6 digits; "
            'write it quoted, e.g. code: "132021"'
        )
    elif code is not None and not is_valid_code(code):
        yield f"code {code} (line {_key_line(node, 'code')}) has a wrong check digit"
    elif code is not None:
        yield from _check_municipality(entry, code, node, registry)
    for key in ("homepage", "url"):
        value = entry.get(key)
        if value not in (None, "") and not valid_http_url(value):
            yield f"{key} {value!r} (line {_key_line(node, key)}) is not an http(s) URL with a host"


def _check_municipality(
    entry: dict[str, Any], code: str, node: yaml.Node | None, registry: Registry
) -> Iterable[str]:
    municipality = registry.get(code)
    if municipality is None:
        yield f"code {code} (line {_key_line(node, 'code')}) is not a municipality in the registry"
        return
    if municipality.kind == "prefecture":
        yield f"code {code} is the prefecture {municipality.name}, not a municipality"
        return
    name, prefecture = entry.get("name"), entry.get("prefecture")
    if isinstance(name, str) and name and squash(name) != squash(municipality.name):
        yield (
            f"name {name} (line {_key_line(node, 'name')}) does not match code {code}, "
            f"which is {municipality.prefecture}{municipality.name}"
        )
    if (
        isinstance(prefecture, str)
        and prefecture
        and squash(prefecture) != squash(municipality.prefecture)
    ):
        yield (
            f"prefecture {prefecture} (line {_key_line(node, 'prefecture')}) does not match "
            f"code {code}, which is in {municipality.prefecture}"
        )
    if municipality.kind == "ward":
        yield (
            f"{municipality.name} is a ward of a designated city; the city receives the form, "
            "so list the city instead"
        )


def _code_text(value: Any) -> str | None:
    """The code as 6-digit text; an unquoted YAML integer is accepted when it has 6 digits."""
    if isinstance(value, bool):
        return None
    text = str(value).strip() if isinstance(value, (str, int)) else ""
    return text if len(text) == 6 and text.isdigit() else None


def _to_source(entry: dict[str, Any]) -> Source:
    return Source(
        code=_code_text(entry["code"]) or "",
        name=entry["name"].strip(),
        prefecture=entry["prefecture"].strip(),
        homepage=entry["homepage"].strip(),
        title=(entry.get("title") or "").strip() or None,
        url=(entry.get("url") or "").strip() or None,
    )


def _label(index: int, entry: Any, node: yaml.Node | None) -> str:
    """`entry 3 (132021 立川市, line 17)`: how problems name an entry."""
    bits: Sequence[str] = []
    if isinstance(entry, dict):
        bits = [str(entry[k]) for k in ("code", "name") if entry.get(k) not in (None, "")]
    inner = " ".join(bits)
    line = f"line {_line(node)}" if node is not None else ""
    details = ", ".join(x for x in (inner, line) if x)
    return f"entry {index + 1}" + (f" ({details})" if details else "")


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 0


def _value_node(mapping: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(mapping, yaml.MappingNode):
        for key_node, value_node in mapping.value:
            if getattr(key_node, "value", None) == key:
                return value_node
    return None


def _key_line(mapping: yaml.Node | None, key: str) -> int | str:
    if isinstance(mapping, yaml.MappingNode):
        for key_node, _ in mapping.value:
            if getattr(key_node, "value", None) == key:
                return key_node.start_mark.line + 1
    return "?"


def select_sources(
    sources: Sequence[Source], only: Sequence[str], registry: Registry | None = None
) -> list[Source]:
    """The sources named by `--only` (codes or names, as the registry resolves them), in order.

    An unknown name, an ambiguous one, or a municipality missing from the list is an error
    naming it; nothing is crawled.
    """
    if not only:
        return list(sources)
    registry = registry or default_registry()
    by_code = {s.code: s for s in sources}
    by_name: dict[str, list[Source]] = {}
    for s in sources:
        by_name.setdefault(squash(s.name), []).append(s)
        by_name.setdefault(squash(s.prefecture + s.name), []).append(s)
    wanted: list[str] = []
    for item in only:
        key = squash(item)
        if key in by_code:
            code = key
        elif len(by_name.get(key, [])) == 1:
            code = by_name[key][0].code
        else:
            # raises UnknownPlace / AmbiguousPlace; a designated-city ward means its city
            code = filing_municipality(registry.resolve(item), registry).code
        if code not in by_code:
            m = registry.get(code)
            label = f"{m.prefecture}{m.name} ({code})" if m else code
            raise SourcesError(f"--only {item}: {label} is not in the sources list")
        if code not in wanted:
            wanted.append(code)
    return [by_code[c] for c in wanted]


def with_generated(
    curated: Sequence[Source], registry: Registry | None = None
) -> tuple[list[Source], set[str]]:
    """The curated sources plus one generated source per other municipality with a homepage.

    sources.yaml always wins: a municipality it lists is taken from it as written. Returns the
    sources (by code) and the codes that were generated. Designated-city wards are skipped (the
    city receives the form).
    """
    registry = registry or default_registry()
    by_code = {s.code: s for s in curated}
    generated: set[str] = set()
    for m in registry.all():
        if m.kind in ("ward", "prefecture") or m.code in by_code:
            continue
        if not valid_http_url(m.homepage):
            continue
        by_code[m.code] = Source(
            code=m.code, name=m.name, prefecture=m.prefecture, homepage=m.homepage or ""
        )
        generated.add(m.code)
    if not generated:
        raise SourcesError(
            "--all: the registry knows no municipality homepages; "
            "run `kyoryoku municipalities update` first"
        )
    return [by_code[c] for c in sorted(by_code)], generated
