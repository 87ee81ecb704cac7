"""Regexes that skip the positions where no match can start.

Python's regex engine tries a pattern at every position of the text and, unless the pattern
starts with a plain literal or character class, tries every alternative there. The
extractors' patterns are alternations of dozens of words, often behind look-behinds
(「出入国在留管理|入管|ハローワーク|…」), so most of their time goes into positions where none
of the words can start. `compile` works out the characters a match can start with and puts
them in a look-ahead in front: one character test per position, the same matches, a third of
the time or less on Japanese text. Characters from case-insensitive parts are tested
case-insensitively, as the engine would. When the set cannot be worked out exactly (a negated
class or `.` first, back-references, a pattern that can match the empty string) the pattern
is compiled as it is.
"""

from __future__ import annotations

import re

__all__ = ["compile", "start_class"]

try:  # re's own parser and its vocabulary, stable since 3.11; without them, plain compile
    from re import _constants as sre
    from re import _parser

    _CATEGORY_ESCAPES = {
        sre.CATEGORY_DIGIT: r"\d",
        sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S",
        sre.CATEGORY_WORD: r"\w",
        sre.CATEGORY_NOT_WORD: r"\W",
    }
    _ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
    # ^ (without re.MULTILINE, which start_class leaves alone) and \A
    _TEXT_START = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - a Python whose re differs
    _parser = None  # type: ignore[assignment]
_GLOBAL_FLAGS_RE = re.compile(r"\(\?[aiLmsux]+\)")
# 「(?m:^…)」: a ^ that also matches after each newline
_MULTILINE_SCOPE_RE = re.compile(r"\(\?[aiLsux]*m[aiLmsux]*(?:-[imsx]+)?:")
# The first characters, by whether they are matched case-insensitively; under _AT_START, a
# mark when some path of the pattern is anchored at the start of the text.
_Starts = dict[bool | str, set[str]]
_AT_START = "start"


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _class_items(items: list) -> set[str] | None:
    """The items of a character class, or None for one that cannot be copied into another
    (a negated class, a category with no escape)."""
    out = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(_char(av))
        elif op is sre.RANGE:
            out.add(f"{_char(av[0])}-{_char(av[1])}")
        elif op is sre.CATEGORY and av in _CATEGORY_ESCAPES:
            out.add(_CATEGORY_ESCAPES[av])
        else:
            return None
    return out


def _first(items: list, nocase: bool, out: _Starts) -> bool | None:
    """Add to `out` the class items a match of the sequence `items` can start with. True
    when the sequence can match the empty string, False when it cannot, None when its first
    characters cannot be listed (., back-references, conditionals, a negated class).

    When `out` has an _AT_START entry, a path behind ^ or \\A adds nothing but a mark
    there: it can only match at the start of the text, which the look-ahead then lets
    through anyway (see `guard`).
    """
    for op, av in items:
        if op is sre.AT and av in _TEXT_START and _AT_START in out:
            out[_AT_START].add("")
            return False
        if op in _ZERO_WIDTH:
            continue  # $, \b and look-arounds consume nothing: the next item starts
        if op is sre.LITERAL:
            out[nocase].add(_char(av))
            return False
        if op is sre.IN:
            members = _class_items(av)
            if members is None:
                return None
            out[nocase] |= members
            return False
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            sub_nocase = bool(add_flags & re.IGNORECASE) or (
                nocase and not del_flags & re.IGNORECASE
            )
            empty = _first(sub, sub_nocase, out)
        elif op is sre.ATOMIC_GROUP:
            empty = _first(av, nocase, out)
        elif op is sre.BRANCH:
            results = [_first(alternative, nocase, out) for alternative in av[1]]
            empty = None if None in results else any(results)
        elif op in _REPEATS:
            low, _high, sub = av
            empty = _first(sub, nocase, out)
            empty = None if empty is None else empty or low == 0
        else:
            return None
        if empty is None:
            return None
        if not empty:
            return False
    return True


def _engine_skips_itself(items: list, nocase: bool) -> bool:
    """The engine's own shortcut applies: the pattern is anchored (^), or starts with a
    literal, a class, or alternatives that each start with a case-sensitive literal. A
    look-ahead in front would only hide that from it."""
    while items and items[0][0] is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = items[0][1]
        nocase = bool(add_flags & re.IGNORECASE) or (nocase and not del_flags & re.IGNORECASE)
        items = list(sub)
    if not items:
        return True
    op, av = items[0]
    if op in _REPEATS and av[0] >= 1 and av[2] and av[2][0][0] in (sre.IN, sre.LITERAL):
        op, av = av[2][0]  # 「[ \t]+」: the engine scans for the class
    if op in (sre.AT, sre.IN) or (op is sre.LITERAL and not (nocase and _cased(av))):
        return True
    if op is sre.BRANCH:
        return all(
            alt and alt[0][0] is sre.LITERAL and not (nocase and _cased(alt[0][1])) for alt in av[1]
        )
    return False


def _cased(code: int) -> bool:
    char = chr(code)
    return char.lower() != char or char.upper() != char


def _starts(pattern: str, flags: int, *, anchored_apart: bool = False) -> _Starts | None:
    """The first characters of `pattern`'s matches, or None when they cannot be listed
    exactly or the engine has a shortcut of its own; with `anchored_apart`, those of the
    paths anchored at the start of the text are left out and marked instead."""
    if (
        _parser is None
        or _GLOBAL_FLAGS_RE.match(pattern)
        or flags & re.MULTILINE
        or _MULTILINE_SCOPE_RE.search(pattern)
    ):
        return None
    found: _Starts = {False: set(), True: set()}
    if anchored_apart:
        found[_AT_START] = set()
    nocase = bool(flags & re.IGNORECASE)
    try:
        items = list(_parser.parse(pattern, flags))
    except (re.error, RecursionError):
        return None
    if _engine_skips_itself(items, nocase) or _first(items, nocase, found) is not False:
        return None
    return found


def _classes(found: _Starts) -> str:
    return "|".join(
        f"(?{'i' if case_free else '-i'}:[{''.join(sorted(found[case_free]))}])"
        for case_free in (False, True)
        if found[case_free]
    )


def start_class(pattern: str, flags: int = 0) -> str | None:
    """A test of one character that passes for every character a match of `pattern` can
    start with, or None when that cannot be said exactly."""
    found = _starts(pattern, flags)
    return None if found is None else _classes(found) or None


# A class item that passes most of a Japanese line: \S, \w and the like (not \d or \s,
# rare there), or a range as wide as the hiragana.
_WIDE_ITEM_RE = re.compile(r"\\[DSwW]|-\\U(?P<end>[0-9a-f]{8})")
_WIDE_RANGE = 64


def _wide_items(found: _Starts) -> set[str]:
    wide = set()
    for item in found[False] | found[True]:
        m = _WIDE_ITEM_RE.search(item)
        if m and (not m["end"] or int(m["end"], 16) - int(item[2:10], 16) >= _WIDE_RANGE):
            wide.add(item)
    return wide


def guard(pattern: str, flags: int = 0) -> str | None:
    """The look-ahead `compile` puts in front of `pattern`: one character test per position,
    or None when there is none to put.

    Paths anchored at the start of the text (「^[ぁ-ん一-龯]{0,12}には…」) can start with
    almost any character of a Japanese line, and a test that passes every position saves
    nothing. Then the test leaves them out and lets the start of the text through instead:
    「(?:\\A|(?=…))」, which costs a little more per position, so only when it narrows the
    test."""
    together = _starts(pattern, flags)
    if together is None or _wide_items(together):
        apart = _starts(pattern, flags, anchored_apart=True)
        narrower = together is None or (apart and _wide_items(together) - _wide_items(apart))
        if apart is not None and apart[_AT_START] and narrower:
            classes = _classes(apart)
            return rf"(?:\A|(?={classes}))" if classes else r"\A"
    classes = _classes(together) if together is not None else ""
    return f"(?={classes})" if classes else None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with a look-ahead on the characters a match can start
    with when they can be listed and the engine has no shortcut of its own: same matches,
    groups and names, found faster."""
    ahead = guard(pattern, flags)
    if ahead is None:
        return re.compile(pattern, flags)
    return re.compile(f"{ahead}(?:{pattern})", flags)
