"""Sentences and words with offsets, from underthesea.

underthesea returns strings; the pipeline needs spans, so each piece is aligned back to the
text it came from. Lines are split first because titles and captions carry no full stop.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from underthesea import sent_tokenize, word_tokenize

_LINE = regex.compile(r"[^\n]+")


# underthesea splits after `TP.` in `TP.Đà Nẵng` and after initials; such a split is undone.
_ABBREV_END = regex.compile(r"(?:(?<!\p{L})(?:TP|Tp|TX|Tx|TS|ThS|PGS|GS|BS|Q|P|H|X|TT|Th|Mr|Ms|St|v\.v)\.|(?<!\p{L})\p{Lu}\.)$")


# `1.`, `III.`, `a)` split off at the head of a list item belong to the item.
_LIST_MARK = regex.compile(r"(?:\d{1,2}|[IVXL]{1,5}|\p{Ll})[.)]")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over `text`, in order, covering every non-blank line."""
    merged: list[tuple[int, int]] = []
    for s, e in _split(text):
        if merged and text[merged[-1][1]:s].strip() == "" and "\n" not in text[merged[-1][1]:s] and (
            _ABBREV_END.search(text[merged[-1][0]:merged[-1][1]]) or text[s:s + 1].islower() or text[s:s + 1].isdigit()
            or _LIST_MARK.fullmatch(text[merged[-1][0]:merged[-1][1]])
        ):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _split(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        if not line.group().strip():
            continue
        pos = line.start()
        for sent in sent_tokenize(line.group()):
            sent = sent.strip()
            if not sent:
                continue
            i = text.find(sent, pos, line.end())
            if i < 0:  # underthesea rewrote the text; fall back to the whole remaining line
                spans.append((pos, line.end()))
                pos = line.end()
                break
            spans.append((i, i + len(sent)))
            pos = i + len(sent)
    return spans


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word spans of `text[start:end]` (multi-syllable words are one span)."""
    end = len(text) if end is None else end
    return [(start + s, start + e) for s, e in _words(text[start:end])]


@lru_cache(maxsize=4096)
def _words(chunk: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    pos = 0
    for w in word_tokenize(chunk):
        i = chunk.find(w, pos)
        if i < 0:
            parts = w.split()
            i = chunk.find(parts[0], pos) if parts else -1
            if i < 0:
                continue
            j = i + len(parts[0])
        else:
            j = i + len(w)
        out.append((i, j))
        pos = j
    return tuple(out)
