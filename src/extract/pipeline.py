"""Text in, record out: the only place that knows the order of the stages.

normalise → sentences → figures, entities, metric and year mentions → linked facts → record
with every offset mapped back to the input as given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from . import __version__
from .document import Document
from .entities import Mention, find_entities
from .figures import find_figures
from .link import Trace, link_document
from .link.learned import Learned
from .metrics import DTI_NAME, find_metric_mentions
from .normalize import Normalized, normalize
from .record import Entity, Fact, Figure, Metric, Record, error_record
from .segment import sentences
from .years import find_years

MAX_CHARS = 5_000_000
_UNIT_SCALE_INDEX = regex.compile(rf"(?<!\p{{L}})(?:{DTI_NAME})(?!\p{{L}})", regex.I)


@dataclass
class Pipeline:
    """The extraction pipeline; `learned` holds the trained linking models (none: the rules)."""

    learned: Learned = field(default_factory=Learned)

    @property
    def version(self) -> str:
        return f"vi-extract {__version__} ({self.learned.version})"

    def analyse(self, text: str) -> tuple[Normalized, Document]:
        """Run the stages up to (not including) linking, in normalised offsets."""
        norm = normalize(text)
        t = norm.text
        sents = sentences(t)
        # (the DTI scores from 0 to 1, and its pages write those scores bare: `dẫn đầu với 0,7015`)
        unit_scale = bool(_UNIT_SCALE_INDEX.search(t))
        figures = [c for s, e in sents for c in find_figures(t, s, e, unit_scale)]
        doc = Document(text=t, sentences=sents, figures=figures)
        doc.entities = find_entities(t)
        if figures:
            # the sectors in an organisation's name (`Bộ Văn hóa, Thể thao và Du lịch`, `Cục Quản lý giá`) name
            # no quantity, nor does the topic a body is named for (`Ban Chỉ đạo cải cách hành chính của Chính phủ`)
            orgs = [(m.start, m.end, m.kind in ("Bộ", "Sở", "Cục", "Tổng cục", "Vụ")) for m in doc.entities if m.label == "ORG"]
            doc.metrics = [m for m in find_metric_mentions(t)
                           if not any(s <= m.start and m.end <= e and ((m.index == "OTHER" and sector) or not m.strong)
                                      for s, e, sector in orgs)]
            doc.years = find_years(t)
        return norm, doc

    def __call__(self, doc_id: str, text: str, meta: dict[str, Any] | None = None) -> Record:
        meta = dict(meta or {})
        if not isinstance(text, str):
            return error_record(doc_id, "", meta, "InvalidInput", "text is not a string")
        if not text.strip():
            return error_record(doc_id, text, meta, "EmptyText", "the document has no text")
        if len(text) > MAX_CHARS:
            return error_record(doc_id, text, meta, "TooLong", f"text longer than {MAX_CHARS} characters")
        try:
            record = self._extract(doc_id, text, meta)
        except Exception as exc:  # one bad document must not stop a batch
            return error_record(doc_id, text, meta, type(exc).__name__, str(exc) or repr(exc))
        return record

    def _extract(self, doc_id: str, text: str, meta: dict[str, Any]) -> Record:
        norm, doc = self.analyse(text)
        return self.build_record(doc_id, text, meta, norm, doc)

    def build_record(self, doc_id: str, text: str, meta: dict[str, Any], norm: Normalized, doc: Document,
                     trace: list[Trace] | None = None) -> Record:
        """Link an analysed document and write its record (the trainer reuses analyses)."""
        links = link_document(doc, self.learned, trace) if doc.figures else []
        facts = []
        for ln in links:
            fs, fe = norm.to_source(ln.figure.start, ln.figure.end)
            fig = Figure(
                start=fs,
                end=fe,
                text=text[fs:fe],
                kind=ln.figure.kind,
                value=ln.figure.value,
                total=ln.figure.total,
                unit=ln.figure.unit,
                comparator=ln.figure.comparator,
            )
            facts.append(
                Fact(
                    figure=fig,
                    subject=_entity(norm, text, ln.subject) if ln.subject else None,
                    metric=Metric(ln.index, ln.metric_text),
                    year=ln.year,
                    compared_to=ln.compared_to,
                    modality=ln.modality,
                    confidence=ln.confidence,
                )
            )
        return Record(
            doc_id=doc_id,
            text=text,
            meta=meta,
            entities=[_entity(norm, text, m) for m in doc.entities],
            facts=facts,
            extra={"version": self.version},
        )


def _entity(norm: Normalized, text: str, m: Mention) -> Entity:
    s, e = norm.to_source(m.start, m.end)
    return Entity(text=text[s:e], label=m.label, canonical=m.canonical, start=s, end=e)
