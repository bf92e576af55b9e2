"""The contract's document record, shared by predictions, gold, the scorer and the review store.

Prediction and gold are the same object (contract §2): one type means the scorer, the review
loop and the Label Studio bridge can never disagree about what a field means.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("percent", "score", "rank", "delta", "count")
UNITS = ("%", "point", "rank", "count")
COMPARATORS = (None, ">", ">=", "<", "<=", "~")
LABELS = ("ORG", "LOC")
MODALITIES = ("actual", "target")
INDICES = ("PAR_INDEX", "SIPAS", "PAPI", "PCI", "DDCI", "DTI", "PGI", "OTHER")


@dataclass
class Entity:
    """An ORG/LOC mention; as a fact's subject its offsets may be missing in gold."""

    text: str
    label: str
    canonical: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.start is not None:
            d["start"], d["end"] = self.start, self.end
        d.update(text=self.text, label=self.label, canonical=self.canonical)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Entity | None:
        if d is None:
            return None
        return cls(
            text=d.get("text", d.get("canonical", "")),
            label=d.get("label", "LOC"),
            canonical=d.get("canonical", d.get("text", "")),
            start=d.get("start"),
            end=d.get("end"),
        )


@dataclass
class Figure:
    """The numeric expression with its unit or marker (`92,27%`, `12/63`, `đứng đầu`)."""

    start: int
    end: int
    text: str
    kind: str
    value: float
    total: float | None = None
    unit: str | None = None
    comparator: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": _num(self.value),
            "total": _num(self.total),
            "unit": self.unit,
            "comparator": self.comparator,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Figure:
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            text=d.get("text", ""),
            kind=d["kind"],
            value=float(d["value"]),
            total=None if d.get("total") is None else float(d["total"]),
            unit=d.get("unit"),
            comparator=d.get("comparator"),
        )


@dataclass
class Metric:
    index: str
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "text": self.text}


@dataclass
class Fact:
    figure: Figure
    subject: Entity | None
    metric: Metric
    year: int | None = None
    compared_to: int | None = None
    modality: str = "actual"
    confidence: float | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "figure": self.figure.to_dict(),
            "subject": self.subject.to_dict() if self.subject else None,
            "metric": self.metric.to_dict(),
            "year": self.year,
            "compared_to": self.compared_to,
            "modality": self.modality,
        }
        if self.confidence is not None:
            d["confidence"] = round(self.confidence, 4)
        if self.note:
            d["note"] = self.note
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Fact:
        m = d.get("metric") or {}
        return cls(
            figure=Figure.from_dict(d["figure"]),
            subject=Entity.from_dict(d.get("subject")),
            metric=Metric(index=m.get("index", "OTHER"), text=m.get("text", "")),
            year=d.get("year"),
            compared_to=d.get("compared_to"),
            modality=d.get("modality", "actual"),
            confidence=d.get("confidence"),
            note=d.get("note"),
        )


@dataclass
class Record:
    """One document: input text, metadata, and what was found (or the error that stopped it)."""

    doc_id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    status: str = "ok"
    error: dict[str, str] | None = None
    entities: list[Entity] | None = None
    facts: list[Fact] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, with_text: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"doc_id": self.doc_id}
        if with_text:
            d["text"] = self.text
        d.update(meta=self.meta, status=self.status, error=self.error)
        if self.entities is not None:
            d["entities"] = [e.to_dict() for e in self.entities]
        d["facts"] = [f.to_dict() for f in self.facts]
        d.update(self.extra)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        known = {"doc_id", "text", "meta", "status", "error", "entities", "facts"}
        ents = d.get("entities")
        return cls(
            doc_id=str(d.get("doc_id", "")),
            text=d.get("text") or "",
            meta=d.get("meta") or {},
            status=d.get("status") or "ok",
            error=d.get("error"),
            entities=None if ents is None else [Entity.from_dict(e) for e in ents],
            facts=[Fact.from_dict(f) for f in d.get("facts") or []],
            extra={k: v for k, v in d.items() if k not in known},
        )


def error_record(doc_id: str, text: str, meta: dict[str, Any], kind: str, message: str) -> Record:
    """The line a failed document still gets: nothing is dropped (contract §2)."""
    return Record(
        doc_id=doc_id,
        text=text,
        meta=meta,
        status="error",
        error={"type": kind, "message": message},
        entities=[],
        facts=[],
    )


def _num(x: float | None) -> float | int | None:
    """Write 100.0 as 100 so records read like the gold."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x
