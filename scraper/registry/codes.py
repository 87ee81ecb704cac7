"""全国地方公共団体コード: the check digit, validation, and reading a code typed by a user."""

from __future__ import annotations

import re

_WEIGHTS = (6, 5, 4, 3, 2)
_CODE_RE = re.compile(r"\d{5,6}")


def check_digit(code5: str) -> str:
    """The 6th digit of a 全国地方公共団体コード (JIS X 0402: weights 6..2, modulus 11)."""
    total = sum(int(d) * w for d, w in zip(code5, _WEIGHTS, strict=True))
    return str((11 - total % 11) % 10)


def is_valid_code(code: str) -> bool:
    """True for six ASCII digits whose last digit is the check digit of the first five."""
    return len(code) == 6 and code.isascii() and code.isdigit() and check_digit(code[:5]) == code[5]


def with_check_digit(code: str) -> str:
    """A 5-digit code (as in JIS X 0401/0402 tables) completed with its check digit.

    Some data sets drop the leading zero of 6-digit codes (北海道's 11002 for 011002): callers
    that know the value is a 6-digit code should zfill(6) it first; this function only appends.
    """
    return code + check_digit(code)


def looks_like_code(text: str) -> bool:
    """True when the text is a bare 5- or 6-digit number, i.e. meant as a code, not a name."""
    return bool(_CODE_RE.fullmatch(text))
