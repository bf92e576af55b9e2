"""The one parser for Vietnamese numbers, in digits and in words.

Vietnamese writes `,` for the decimal mark and `.` between thousands (`92,27`, `485.011`),
but the press also lets through English decimals (`9.77%`). Every other module calls this.
"""

from __future__ import annotations

import regex

# A number as written: digits with `.`/`,` groups. Used inside the figure grammar too.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_NUMBER_RE = regex.compile(rf"^(?:{NUMBER})$")

_WORDS = {
    "nhất": 1,
    "một": 1,
    "nhì": 2,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
ORDINAL_WORDS = tuple(sorted(_WORDS, key=len, reverse=True))


def parse_number(text: str) -> float | None:
    """`92,27`→92.27, `485.011`→485011, `1.234,5`→1234.5, `9.77`→9.77; None if not a number."""
    s = text.strip().replace(" ", "")
    if not s or len(s) > 24 or not _NUMBER_RE.match(s):
        return None  # longer than any real figure (and beyond a float's exact range)
    if "," in s and "." in s:
        return float(s.replace(".", "").replace(",", "."))
    if "," in s:
        head, _, tail = s.partition(",")
        if s.count(",") > 1:
            return float(s.replace(",", ""))
        return float(f"{head}.{tail}")
    if "." in s:
        parts = s.split(".")
        # `485.011`, `1.234.567`: groups of three after the first are thousands.
        if len(parts) > 2 or (len(parts[1]) == 3 and parts[0] != "0"):
            return float("".join(parts))
        return float(s)
    return float(s)


def parse_word_number(word: str) -> int | None:
    """Ordinals and small cardinals in words (`nhất`, `hai`, `mười`)."""
    return _WORDS.get(word.lower())
