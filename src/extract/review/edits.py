"""What a reviewer's browser sends, turned into a valid Fact for the document it belongs to.

The page is a convenience, not a trust boundary we control: every field is checked against
the contract's code lists and the document text here, so the database only ever holds facts
that `score` and the gold format accept. Offsets are Python `str` indices, as the contract says.
"""

from __future__ import annotations

import math
from typing import Any

from ..manual import entity_at, figure_at
from ..record import COMPARATORS, INDICES, KINDS, LABELS, MODALITIES, UNITS, Entity, Fact, Figure, Metric

_YEARS = range(1900, 2101)


def fact_from_client(text: str, d: Any) -> Fact:
    """A Fact from the editor's JSON; raises ValueError naming the first bad field."""
    if not isinstance(d, dict):
        raise ValueError("fact must be an object")
    fig = _obj(d, "figure")
    start, end = _span(text, fig, "figure")
    value = _number(fig.get("value"), "figure.value")
    if value is None:
        raise ValueError("figure.value is required")
    figure = Figure(
        start=start,
        end=end,
        text=text[start:end],
        kind=_choice(fig.get("kind"), KINDS, "figure.kind"),
        value=value,
        total=_number(fig.get("total"), "figure.total"),
        unit=_choice(fig.get("unit") or None, (None, *UNITS), "figure.unit"),
        comparator=_choice(fig.get("comparator") or None, COMPARATORS, "figure.comparator"),
    )
    metric = _obj(d, "metric")
    note = d.get("note")
    if note is not None and not isinstance(note, str):
        raise ValueError("note must be text")
    return Fact(
        figure=figure,
        subject=_subject(text, d.get("subject")),
        metric=Metric(index=_choice(metric.get("index"), INDICES, "metric.index"), text=_str(metric.get("text"), "metric.text")),
        year=_year(d.get("year"), "year"),
        compared_to=_year(d.get("compared_to"), "compared_to"),
        modality=_choice(d.get("modality", "actual"), MODALITIES, "modality"),
        note=(note.strip() or None) if note else None,
    )


def figure_from_span(text: str, start: Any, end: Any) -> Figure:
    """The missed figure a reviewer selected in the text."""
    s, e = _span(text, {"start": start, "end": end}, "figure")
    return figure_at(text, s, e)


def subject_from_span(text: str, start: Any, end: Any) -> Entity:
    """The subject a reviewer selected in the text."""
    s, e = _span(text, {"start": start, "end": end}, "subject")
    return entity_at(text, s, e)


def _subject(text: str, d: Any) -> Entity | None:
    if d is None:
        return None
    if not isinstance(d, dict):
        raise ValueError("subject must be an object or null")
    label = _choice(d.get("label", "LOC"), LABELS, "subject.label")
    canonical = _str(d.get("canonical"), "subject.canonical").strip()
    if d.get("start") is None:
        if not canonical:
            raise ValueError("subject.canonical is empty")
        return Entity(text=_str(d.get("text"), "subject.text") or canonical, label=label, canonical=canonical)
    s, e = _span(text, d, "subject")
    guess = entity_at(text, s, e)
    return Entity(text=text[s:e], label=label, canonical=canonical or guess.canonical, start=s, end=e)


def _obj(d: dict[str, Any], key: str) -> dict[str, Any]:
    v = d.get(key)
    if not isinstance(v, dict):
        raise ValueError(f"{key} must be an object")
    return v


def _span(text: str, d: dict[str, Any], name: str) -> tuple[int, int]:
    s, e = d.get("start"), d.get("end")
    if not (isinstance(s, int) and isinstance(e, int)) or isinstance(s, bool) or isinstance(e, bool):
        raise ValueError(f"{name} offsets must be integers")
    if not 0 <= s < e <= len(text):
        raise ValueError(f"{name} span {s}:{e} is not inside the text")
    return s, e


def _choice(v: Any, allowed: tuple[Any, ...], name: str) -> Any:
    if v not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(str(a) for a in allowed)}")
    return v


def _str(v: Any, name: str) -> str:
    if v is None:
        return ""
    if not isinstance(v, str):
        raise ValueError(f"{name} must be text")
    return v


def _number(v: Any, name: str) -> float | None:
    if v is None or v == "":
        return None
    try:
        x = float(v)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number") from None
    if isinstance(v, bool) or not math.isfinite(x):
        raise ValueError(f"{name} must be a number")
    return x


def _year(v: Any, name: str) -> int | None:
    x = _number(v, name)
    if x is None:
        return None
    if not x.is_integer() or int(x) not in _YEARS:
        raise ValueError(f"{name} must be a year between {_YEARS.start} and {_YEARS.stop - 1}")
    return int(x)
