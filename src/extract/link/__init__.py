"""Linking: every figure gets a subject, a metric, a year, a comparison year and a modality.

Figures are linked in reading order because the discourse carries state (the subject of the
previous figure, the index and year in force, a plan being described). A learned subject
ranker, when given, replaces the hand weights; everything else stays the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..document import Document
from ..entities import Mention
from ..figures import Candidate
from .features import SubjectCandidate, doc_topic, is_bare_council, subject_candidates
from .rules import (
    choose_compared_to,
    choose_metric,
    choose_modality,
    choose_year,
    context_index_after,
    subject_score,
)

Scorer = Callable[[list[SubjectCandidate]], list[float]]


@dataclass(frozen=True)
class Link:
    figure: Candidate
    subject: Mention | None
    index: str
    metric_text: str
    year: int | None
    compared_to: int | None
    modality: str
    confidence: float


def rule_scorer(cands: list[SubjectCandidate]) -> list[float]:
    return [subject_score(c) for c in cands]


def link_document(doc: Document, scorer: Scorer = rule_scorer) -> list[Link]:
    topic = doc_topic(doc)
    named = [m for m in doc.entities if not is_bare_council(m)]
    top = max((k for k in topic if any(m.canonical == k for m in named)), key=topic.get, default=None)
    topic_mention = next((m for m in named if m.canonical == top), None)
    links: list[Link] = []
    prev_subject: str | None = None
    target_sentences: set[int] = set()
    for fig in doc.figures:
        si = doc.sentence_of(fig.start)
        cands = subject_candidates(doc, fig, topic, prev_subject)
        scores = scorer(cands)
        order = sorted(range(len(cands)), key=lambda i: -scores[i])
        best = cands[order[0]]
        margin = scores[order[0]] - scores[order[1]] if len(order) > 1 else 10.0
        subject = best.mention
        if subject is not None and is_bare_council(subject):
            subject = topic_mention
        if subject is not None:
            prev_subject = subject.canonical
        context = context_index_after(doc, doc.sentences[si][0], None)
        index, mtext, mconf = choose_metric(doc, fig, context)
        modality = choose_modality(doc, fig, (si - 1) in target_sentences)
        if modality == "target":
            target_sentences.add(si)
        year, yconf = choose_year(doc, fig, modality == "target")
        compared = choose_compared_to(doc, fig, year, index)
        sconf = 1.0 / (1.0 + pow(2.718, -margin / 8.0))
        links.append(Link(fig, subject, index, mtext, year, compared, modality, round(sconf * mconf * yconf, 4)))
    return links
