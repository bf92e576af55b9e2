"""Learned linking decisions: scikit-learn models over the shared features.

Each model is optional; a decision without a model is made by the rules. The subject and
year models are pointwise rankers (a logistic regression scores each candidate, the best
wins); metric and modality are classifiers that see the rules' answer as a feature, so they
learn where the rules go wrong rather than relearning what they get right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .features import SubjectCandidate, YearCandidate
from .rules import subject_score

COMPONENTS = ("subject", "metric", "year", "modality")


def subject_features(c: SubjectCandidate) -> dict[str, float]:
    """The candidate's features plus the hand-weighted score: the model learns corrections."""
    return {**c.features, "rule_score": subject_score(c) / 10.0}


@dataclass
class Learned:
    subject: Any = None
    metric: Any = None
    year: Any = None
    modality: Any = None
    version: str = "rules"

    def subject_scores(self, cands: list[SubjectCandidate]) -> list[float]:
        return list(self.subject.decision_function([subject_features(c) for c in cands]))

    def choose_year(self, cands: list[YearCandidate]) -> tuple[int | None, float]:
        probs = self.year.predict_proba([c.features for c in cands])[:, 1]
        best = max(range(len(cands)), key=lambda i: probs[i])
        return cands[best].year, float(probs[best])

    def choose_metric(self, feats: dict[str, float]) -> tuple[str, float]:
        probs = self.metric.predict_proba([feats])[0]
        best = int(probs.argmax())
        return str(self.metric.classes_[best]), float(probs[best])

    def choose_modality(self, feats: dict[str, float]) -> str:
        return str(self.modality.predict([feats])[0])
