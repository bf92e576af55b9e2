"""Learned linking decisions: scikit-learn models over the shared features.

Each model is optional; a decision without a model is made by the rules. The subject and
year models are pointwise rankers (a logistic regression scores each candidate, the best
wins); metric and modality are classifiers that see the rules' answer as a feature, so they
learn where the rules go wrong rather than relearning what they get right.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .features import SubjectCandidate, YearCandidate
from .rules import subject_score

COMPONENTS = ("subject", "metric", "year", "modality")


class LinearModel:
    """A fitted DictVectorizer + LogisticRegression, scored with plain dict lookups.

    The same arithmetic as scikit-learn's `decision_function` (a dot product plus intercept),
    without its per-call validation, which costs more than the model itself on one figure.
    """

    def __init__(self, pipeline: Any) -> None:
        vec, lr = pipeline[0], pipeline[-1]
        names = vec.get_feature_names_out()
        self.classes = [str(c) if not isinstance(c, (int, float)) else c for c in lr.classes_]
        self.rows = [dict(zip(names, (float(w) for w in row), strict=True)) for row in lr.coef_]
        self.intercepts = [float(b) for b in lr.intercept_]

    def scores(self, feats: dict[str, float]) -> list[float]:
        return [b + sum(row.get(k, 0.0) * v for k, v in feats.items()) for row, b in zip(self.rows, self.intercepts, strict=True)]

    def decision(self, feats: dict[str, float]) -> float:
        """Binary models: the log-odds of the positive class."""
        return self.scores(feats)[0]

    def probabilities(self, feats: dict[str, float]) -> list[float]:
        s = self.scores(feats)
        if len(s) == 1:
            p = 1.0 / (1.0 + math.exp(-s[0]))
            return [1.0 - p, p]
        top = max(s)
        e = [math.exp(x - top) for x in s]
        z = sum(e)
        return [x / z for x in e]


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

    def __post_init__(self) -> None:
        for comp in COMPONENTS:
            model = getattr(self, comp)
            if model is not None and not isinstance(model, LinearModel):
                setattr(self, comp, LinearModel(model))

    def subject_scores(self, cands: list[SubjectCandidate]) -> list[float]:
        return [self.subject.decision(subject_features(c)) for c in cands]

    def choose_year(self, cands: list[YearCandidate]) -> tuple[int | None, float]:
        probs = [self.year.probabilities(c.features)[1] for c in cands]
        best = max(range(len(cands)), key=lambda i: probs[i])
        return cands[best].year, probs[best]

    def choose_metric(self, feats: dict[str, float]) -> tuple[str, float]:
        probs = self.metric.probabilities(feats)
        best = max(range(len(probs)), key=lambda i: probs[i])
        return str(self.metric.classes[best]), probs[best]

    def choose_modality(self, feats: dict[str, float]) -> str:
        probs = self.modality.probabilities(feats)
        return str(self.modality.classes[max(range(len(probs)), key=lambda i: probs[i])])
