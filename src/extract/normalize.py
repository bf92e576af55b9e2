"""Text normalisation with a map back to input offsets.

Every stage works on one clean string (NFC, `Đ` not its look-alike, plain spaces); the
contract wants offsets into the input as given, so this module alone owns the mapping and
nothing downstream does offset arithmetic on the input.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Look-alikes and odd spaces seen in web text; each maps one input char to one output char.
_CHAR_MAP = {
    "\u00d0": "\u0110",  # Ð (Icelandic eth) → Đ
    "\u00f0": "\u0111",  # ð → đ
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\t": " ",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u2010": "-",
    "\u2011": "-",
    "\u2013": "-",
    "\u2014": "-",
}
# Invisible characters that only split words; dropped.
_DROP = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_SPECIAL = frozenset(_CHAR_MAP) | _DROP


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the input span it came from."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    source_len: int

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the input span that produced it."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.source_len
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalize(source: str) -> Normalized:
    """NFC per grapheme cluster, look-alikes replaced, invisibles dropped; offsets tracked."""
    if unicodedata.is_normalized("NFC", source) and not _SPECIAL.intersection(source):
        n = len(source)
        return Normalized(source, range(n), range(1, n + 1), n)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(source)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(source[j]):
                j += 1
        chunk = source[i:j]
        if chunk in _DROP:
            i = j
            continue
        if j - i > 1 or not chunk.isascii():
            chunk = "".join(_CHAR_MAP.get(c, c) for c in chunk)
            chunk = unicodedata.normalize("NFC", chunk)
        for c in chunk:
            out.append(c)
            starts.append(i)
            ends.append(j)
        i = j
    return Normalized("".join(out), starts, ends, n)


def fold_name(name: str) -> str:
    """NFC, `Ð`→`Đ`, collapse spaces: the form names are compared and canonicalised in."""
    s = unicodedata.normalize("NFC", "".join(_CHAR_MAP.get(c, c) for c in name))
    return " ".join(s.split())
