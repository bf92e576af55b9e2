"""Facts a person marks by hand: a selected span becomes a Figure or a subject Entity.

A reviewer selects `12/63` or `TP Cần Thơ`; typing kind, value, total and canonical name by
hand is slow and error-prone, so these read them off the text with the pipeline's own
grammar and name rules. The person can still change every field afterwards.
"""

from __future__ import annotations

import regex

from .entities import find_entities
from .figures import find_figures
from .numbers import NUMBER, parse_number
from .record import Entity, Figure

_CONTEXT = 200
_FIRST_NUMBER = regex.compile(NUMBER)
_UNIT_BY_KIND = {"percent": "%", "score": "point", "rank": "rank", "count": "count"}


def figure_at(text: str, start: int, end: int) -> Figure:
    """The figure a person selected at text[start:end]; kind and value as the grammar reads them there."""
    _check_span(text, start, end)
    lo, hi = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    best = None
    for c in find_figures(text, lo, hi):
        ov = min(c.end, end) - max(c.start, start)
        if ov > 0 and (best is None or ov > best[0]):
            best = (ov, c)
    span = text[start:end]
    if best is not None:
        c = best[1]
        return Figure(start, end, span, c.kind, c.value, c.total, c.unit, c.comparator)
    m = _FIRST_NUMBER.search(span)
    value = parse_number(m.group(0)) if m else None
    kind = "percent" if "%" in span else "score" if "điểm" in span.lower() else "count"
    return Figure(start, end, span, kind, value if value is not None else 0.0, None, _UNIT_BY_KIND[kind], None)


def entity_at(text: str, start: int, end: int) -> Entity:
    """The ORG/LOC a person selected, with label and canonical name from the entity rules."""
    _check_span(text, start, end)
    span = text[start:end]
    found = find_entities(span)
    if found:
        m = max(found, key=lambda m: m.end - m.start)
        return Entity(text=span, label=m.label, canonical=m.canonical, start=start, end=end)
    return Entity(text=span, label="LOC", canonical=span.strip(), start=start, end=end)


def _check_span(text: str, start: int, end: int) -> None:
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"span {start}:{end} is not inside the text (length {len(text)})")
