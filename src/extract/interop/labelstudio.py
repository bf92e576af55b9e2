"""Label Studio interchange: records out as tasks with predictions, annotations back in as gold.

Teams that already annotate in Label Studio can review this project's output there. A fact
becomes a FIGURE span whose per-region controls hold every figure and fact field (kind,
value, total, unit, comparator, metric, year, compared_to, modality, note), plus a `subject`
relation to an ORG/LOC span that carries the canonical name; a subject the text does not
locate travels in the figure's own `subject` fields. So a record survives the trip intact
except for `confidence`, which gold never carries.

Label Studio counts offsets in UTF-16 code units (it is JavaScript); the contract counts
Python code points. They differ past the Basic Multilingual Plane (emoji), so every offset
is converted at this edge.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import quoteattr

from ..manual import entity_at, figure_at
from ..record import COMPARATORS, INDICES, KINDS, LABELS, MODALITIES, UNITS, Entity, Fact, Figure, Metric, Record

FIGURE = "FIGURE"
SUBJECT_RELATION = "subject"
# Per-region controls of a FIGURE: name → its choices (a Choices tag), or None (a TextArea).
_FIGURE_CONTROLS: dict[str, tuple[str, ...] | None] = {
    "kind": KINDS,
    "value": None,
    "total": None,
    "unit": UNITS,
    "comparator": tuple(c for c in COMPARATORS if c),
    "index": INDICES,
    "metric": None,
    "year": None,
    "compared_to": None,
    "modality": MODALITIES,
    "subject": None,
    "subject_label": LABELS,
    "subject_text": None,
    "note": None,
}
_HINTS = {
    "subject": "subject's canonical name, only when no ORG/LOC span is related",
    "subject_text": "subject as written, only when no ORG/LOC span is related",
}


def label_config() -> str:
    """The labeling config (XML) matching the tasks `to_tasks` writes."""
    colours = {FIGURE: "#4e79a7", "ORG": "#f28e2b", "LOC": "#59a14f"}
    lines = ['<View>', '  <Header value="$doc_id"/>', '  <Labels name="label" toName="text">']
    lines += [f'    <Label value={quoteattr(v)} background={quoteattr(c)}/>' for v, c in colours.items()]
    lines += ['  </Labels>', '  <Text name="text" value="$text"/>', '  <Relations>',
              f'    <Relation value={quoteattr(SUBJECT_RELATION)}/>', '  </Relations>',
              f'  <View visibleWhen="region-selected" whenTagName="label" whenLabelValue="{FIGURE}">']
    for name, choices in _FIGURE_CONTROLS.items():
        lines.append(f'    <Header value={quoteattr(name)} size="6"/>')
        if choices:
            lines.append(f'    <Choices name={quoteattr(name)} toName="text" perRegion="true" choice="single" showInline="true">')
            lines += [f'      <Choice value={quoteattr(c)}/>' for c in choices]
            lines.append('    </Choices>')
        else:
            hint = _HINTS.get(name, name)
            lines.append(f'    <TextArea name={quoteattr(name)} toName="text" perRegion="true" maxSubmissions="1" '
                         f'editable="true" placeholder={quoteattr(hint)}/>')
    lines.append('  </View>')
    for label in LABELS:
        lines += [f'  <View visibleWhen="region-selected" whenTagName="label" whenLabelValue="{label}">',
                  '    <TextArea name="canonical" toName="text" perRegion="true" maxSubmissions="1" editable="true" '
                  'placeholder="canonical name"/>',
                  '  </View>']
    lines.append('</View>')
    return "\n".join(lines) + "\n"


class _Offsets:
    """Code point ↔ UTF-16 offsets for one text (identity when the text has no astral characters)."""

    def __init__(self, text: str) -> None:
        self.units: list[int] | None = None
        self.points: dict[int, int] = {}
        if any(ord(c) > 0xFFFF for c in text):
            units, u = [0], 0
            for i, c in enumerate(text):
                u += 2 if ord(c) > 0xFFFF else 1
                units.append(u)
                self.points[u] = i + 1
            self.units = units

    def to_js(self, cp: int) -> int:
        return cp if self.units is None else self.units[cp]

    def to_py(self, u: int) -> int:
        if self.units is None or u == 0:
            return u
        if u not in self.points:
            raise ValueError(f"offset {u} splits a character")
        return self.points[u]


# ---- records → tasks ----------------------------------------------------------------------

def to_tasks(records: Iterable[Record]) -> list[dict[str, Any]]:
    """One Label Studio task per record, its facts and entities as one prediction."""
    return [_task(r) for r in records]


def _task(r: Record) -> dict[str, Any]:
    off = _Offsets(r.text)
    results: list[dict[str, Any]] = []
    regions: dict[tuple[Any, ...], str] = {}

    def entity_region(e: Entity) -> str:
        key = (e.start, e.end, e.label, e.canonical)
        if key not in regions:
            rid = f"e{len(regions)}"
            regions[key] = rid
            span = _span(r.text, off, e.start, e.end)
            results.append(_labels(rid, span, e.label))
            results.append(_control(rid, span, "canonical", e.canonical))
        return regions[key]

    for e in r.entities or []:
        if e.start is not None:
            entity_region(e)
    for i, f in enumerate(r.facts):
        rid = f"f{i}"
        span = _span(r.text, off, f.figure.start, f.figure.end)
        fig = _labels(rid, span, FIGURE)
        if f.confidence is not None:
            fig["score"] = f.confidence
        results.append(fig)
        results += [_control(rid, span, name, v) for name, v in _fact_controls(f).items() if v is not None]
        if f.subject is not None and f.subject.start is not None:
            results.append({"type": "relation", "from_id": rid, "to_id": entity_region(f.subject),
                            "direction": "right", "labels": [SUBJECT_RELATION]})
    confs = [f.confidence for f in r.facts if f.confidence is not None]
    prediction: dict[str, Any] = {"model_version": str(r.extra.get("version", "unknown")), "result": results}
    if confs:
        prediction["score"] = min(confs)
    data = {"doc_id": r.doc_id, "text": r.text, "meta": r.meta, "extra": r.extra, "entities_listed": r.entities is not None}
    return {"data": data, "predictions": [prediction]}


def _fact_controls(f: Fact) -> dict[str, str | None]:
    """The per-region values of a fact's FIGURE; None means the field is null (no result written)."""
    g = f.figure
    out: dict[str, str | None] = {
        "kind": g.kind, "value": _fmt(g.value), "total": _fmt(g.total), "unit": g.unit, "comparator": g.comparator,
        "index": f.metric.index, "metric": f.metric.text or None, "year": _fmt(f.year),
        "compared_to": _fmt(f.compared_to), "modality": f.modality, "note": f.note,
    }
    if f.subject is not None and f.subject.start is None:
        out.update(subject=f.subject.canonical, subject_label=f.subject.label,
                   subject_text=f.subject.text if f.subject.text != f.subject.canonical else None)
    return out


def _span(text: str, off: _Offsets, start: Any, end: Any) -> dict[str, Any]:
    return {"start": off.to_js(start), "end": off.to_js(end), "text": text[start:end]}


def _labels(rid: str, span: dict[str, Any], label: str) -> dict[str, Any]:
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels", "value": {**span, "labels": [label]}}


def _control(rid: str, span: dict[str, Any], name: str, value: str) -> dict[str, Any]:
    kind, key = ("choices", "choices") if _FIGURE_CONTROLS.get(name) else ("textarea", "text")
    return {"id": rid, "from_name": name, "to_name": "text", "type": kind,
            "value": {"start": span["start"], "end": span["end"], key: [value]}}


def _fmt(x: float | int | None) -> str | None:
    if x is None:
        return None
    return str(int(x)) if float(x).is_integer() else repr(float(x))


# ---- annotations → records ----------------------------------------------------------------

def from_tasks(tasks: list[dict[str, Any]]) -> tuple[list[Record], list[str]]:
    """Gold records from a Label Studio JSON export, and the ids of tasks with no usable annotation.

    A task's latest annotation that was not cancelled is taken (Label Studio keeps one per
    annotator; agreement between them is `extract agreement`'s job).
    """
    out, skipped = [], []
    for t in tasks:
        data = t.get("data") or {}
        doc_id = str(data.get("doc_id") or f"task-{t.get('id')}")
        anns = [a for a in t.get("annotations") or [] if not a.get("was_cancelled")]
        if not anns:
            skipped.append(doc_id)
            continue
        ann = max(anns, key=lambda a: (a.get("updated_at") or a.get("created_at") or "", a.get("id") or 0))
        out.append(_record(doc_id, data, ann.get("result") or []))
    return out, skipped


def _record(doc_id: str, data: dict[str, Any], result: list[dict[str, Any]]) -> Record:
    text = data.get("text") or ""
    off = _Offsets(text)
    spans: dict[str, tuple[int, int, str]] = {}
    controls: dict[str, dict[str, Any]] = {}
    relations: list[tuple[str, str]] = []
    order: list[str] = []
    for item in result:
        if item.get("type") == "relation":
            relations.append((item["from_id"], item["to_id"]))
            continue
        rid, v = item.get("id"), item.get("value") or {}
        if item.get("type") == "labels" and v.get("labels"):
            spans[rid] = (off.to_py(v["start"]), off.to_py(v["end"]), v["labels"][0])
            order.append(rid)
        elif item.get("type") in ("choices", "textarea"):
            vals = v.get("choices") if item["type"] == "choices" else v.get("text")
            if vals:
                controls.setdefault(rid, {})[item["from_name"]] = vals[0]

    def entity(rid: str) -> Entity:
        s, e, label = spans[rid]
        canonical = controls.get(rid, {}).get("canonical") or entity_at(text, s, e).canonical
        return Entity(text=text[s:e], label=label, canonical=canonical, start=s, end=e)

    subjects: dict[str, str] = {}
    for a, b in relations:
        fig, ent = (a, b) if spans.get(a, (0, 0, ""))[2] == FIGURE else (b, a)
        if spans.get(fig, (0, 0, ""))[2] == FIGURE and ent in spans and spans[ent][2] in LABELS:
            subjects[fig] = ent
    facts = [_fact(text, spans[rid], controls.get(rid, {}), entity(subjects[rid]) if rid in subjects else None)
             for rid in order if spans[rid][2] == FIGURE]
    entities = [entity(rid) for rid in order if spans[rid][2] in LABELS] if data.get("entities_listed", True) else None
    return Record(doc_id=doc_id, text=text, meta=data.get("meta") or {}, entities=entities, facts=facts,
                  extra=data.get("extra") or {})


def _fact(text: str, span: tuple[int, int, str], c: dict[str, Any], subject: Entity | None) -> Fact:
    start, end, _ = span
    if "kind" in c:
        value = _number(c.get("value"))
        figure = Figure(start, end, text[start:end], c["kind"],
                        value if value is not None else figure_at(text, start, end).value,
                        _number(c.get("total")), c.get("unit"), c.get("comparator"))
    else:  # a span the annotator drew without filling the fields: read them off the text
        figure = figure_at(text, start, end)
    if subject is None and c.get("subject"):
        subject = Entity(text=c.get("subject_text") or c["subject"], label=c.get("subject_label") or "LOC",
                         canonical=c["subject"])
    year, compared = _number(c.get("year")), _number(c.get("compared_to"))
    return Fact(
        figure=figure,
        subject=subject,
        metric=Metric(index=c.get("index") or "OTHER", text=c.get("metric") or ""),
        year=None if year is None else int(year),
        compared_to=None if compared is None else int(compared),
        modality=c.get("modality") or "actual",
        note=c.get("note") or None,
    )


def _number(s: Any) -> float | None:
    if s is None or str(s).strip() == "":
        return None
    return float(str(s).strip().replace(",", "."))
