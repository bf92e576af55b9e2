"""Scoring, exactly as the contract's section 3 says: figures, facts, field accuracy, entities.

A product feature, not a test helper: users score their own gold with it, so it reads any
gold in the record format and shows the counts behind every ratio.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import regex

from .record import Entity, Fact, Record

SCORED_KINDS = ("percent", "score", "rank", "delta", "count")
FIELDS = ("subject", "metric.index", "year", "compared_to", "modality", "comparator")
_PREFIXES = ("ủy ban nhân dân", "ubnd", "tỉnh", "thành phố", "tp.", "tp", "quận", "huyện", "thị xã", "thị trấn", "phường", "xã")


def norm_name(name: str | None) -> str | None:
    """The contract's name normalisation for comparing subjects."""
    if name is None:
        return None
    s = unicodedata.normalize("NFC", name).replace("\u00d0", "\u0110").replace("\u00f0", "\u0111").lower()
    s = " ".join(s.split())
    changed = True
    while changed:
        changed = False
        for p in _PREFIXES:
            if s.startswith(p) and (len(s) == len(p) or not s[len(p)].isalnum() or p.endswith(".")):
                s = s[len(p):].strip()
                changed = True
    s = " ".join(s.split())
    return regex.sub(r"^[\p{P}\s]+|[\p{P}\s]+$", "", s)


def is_scored(f: Fact) -> bool:
    return f.figure.kind in SCORED_KINDS and (f.figure.kind != "count" or f.figure.total is not None)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Partial:
    """nervaluate's `partial` scheme: exact boundaries count 1, overlapping ones ½."""

    cor: int = 0
    par: int = 0
    act: int = 0
    pos: int = 0

    @property
    def p(self) -> float:
        return (self.cor + 0.5 * self.par) / self.act if self.act else 0.0

    @property
    def r(self) -> float:
        return (self.cor + 0.5 * self.par) / self.pos if self.pos else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "correct": self.cor, "partial": self.par, "predicted": self.act, "gold": self.pos}


@dataclass
class Report:
    figures: PRF = field(default_factory=PRF)
    facts: PRF = field(default_factory=PRF)
    by_kind: dict[str, dict[str, PRF]] = field(default_factory=lambda: defaultdict(lambda: {"figures": PRF(), "facts": PRF()}))
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    entities: dict[str, PRF] | None = None
    entities_partial: dict[str, Partial] | None = None
    documents: int = 0
    missing: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "documents": self.documents,
            "missing_predictions": self.missing,
            "figures": self.figures.as_dict(),
            "facts": self.facts.as_dict(),
            "field_accuracy": {k: {"accuracy": round(c / n, 4) if n else None, "correct": c, "matched": n}
                               for k, (c, n) in self.fields.items()},
            "by_kind": {k: {"figures": v["figures"].as_dict(), "facts": v["facts"].as_dict()}
                        for k, v in sorted(self.by_kind.items())},
        }
        if self.entities is not None:
            d["entities"] = {k: v.as_dict() for k, v in self.entities.items()}
            d["entities_partial"] = {k: v.as_dict() for k, v in (self.entities_partial or {}).items()}
        return d


def _figure_match(p: Fact, g: Fact) -> int:
    """Overlap length if the figures match per the contract, else 0."""
    pf, gf = p.figure, g.figure
    overlap = min(pf.end, gf.end) - max(pf.start, gf.start)
    if overlap <= 0 or pf.kind != gf.kind or abs(pf.value - gf.value) > 1e-6:
        return 0
    if gf.total is not None and (pf.total is None or abs(pf.total - gf.total) > 1e-6):
        return 0
    return overlap


def span_overlap(p: Fact, g: Fact) -> int:
    """Overlap length of the two figure spans, whatever their kinds and values (same mention)."""
    return max(0, min(p.figure.end, g.figure.end) - max(p.figure.start, g.figure.start))


def match_figures(
    pred: list[Fact], gold: list[Fact], overlap: Callable[[Fact, Fact], int] = _figure_match
) -> list[tuple[int, int]]:
    """One-to-one matches (pred index, gold index), greedy by overlap length.

    `overlap` defaults to the contract's figure match; agreement passes `span_overlap` to pair
    the mentions two annotators both marked, so it can compare their kinds too.
    """
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ov = overlap(p, g)
            if ov:
                pairs.append((-ov, i, j))
    pairs.sort()
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def field_values(p: Fact, g: Fact) -> dict[str, bool]:
    ps = norm_name(p.subject.canonical) if p.subject else None
    gs = norm_name(g.subject.canonical) if g.subject else None
    return {
        "subject": ps == gs,
        "metric.index": p.metric.index == g.metric.index,
        "year": p.year == g.year,
        "compared_to": p.compared_to == g.compared_to,
        "modality": p.modality == g.modality,
        "comparator": p.figure.comparator == g.figure.comparator,
    }


def fact_agrees(p: Fact, g: Fact) -> bool:
    f = field_values(p, g)
    ok = f["subject"] and f["metric.index"] and f["year"]
    if g.figure.kind == "delta":
        ok = ok and f["compared_to"]
    return ok


def score(gold: list[Record], pred: list[Record]) -> Report:
    rep = Report()
    by_id = {r.doc_id: r for r in pred}
    with_entities = [g for g in gold if g.entities is not None]
    if with_entities:
        rep.entities = defaultdict(PRF)
        rep.entities_partial = defaultdict(Partial)
    for g in gold:
        rep.documents += 1
        p = by_id.get(g.doc_id)
        if p is None:
            rep.missing.append(g.doc_id)
        elif p.status == "error":
            rep.errors.append({"doc_id": g.doc_id, "error": p.error})
        gf = [f for f in g.facts if is_scored(f)]
        pf = [f for f in p.facts if is_scored(f)] if p else []
        matches = match_figures(pf, gf)
        mp = {i for i, _ in matches}
        mg = {j for _, j in matches}
        for i, j in matches:
            kind = gf[j].figure.kind
            rep.figures.tp += 1
            rep.by_kind[kind]["figures"].tp += 1
            vals = field_values(pf[i], gf[j])
            for k, ok in vals.items():
                rep.fields[k][0] += int(ok)
                rep.fields[k][1] += 1
            if fact_agrees(pf[i], gf[j]):
                rep.facts.tp += 1
                rep.by_kind[kind]["facts"].tp += 1
            else:
                rep.facts.fp += 1
                rep.facts.fn += 1
                rep.by_kind[kind]["facts"].fp += 1
                rep.by_kind[kind]["facts"].fn += 1
        for i, f in enumerate(pf):
            if i not in mp:
                rep.figures.fp += 1
                rep.facts.fp += 1
                rep.by_kind[f.figure.kind]["figures"].fp += 1
                rep.by_kind[f.figure.kind]["facts"].fp += 1
        for j, f in enumerate(gf):
            if j not in mg:
                rep.figures.fn += 1
                rep.facts.fn += 1
                rep.by_kind[f.figure.kind]["figures"].fn += 1
                rep.by_kind[f.figure.kind]["facts"].fn += 1
        if g.entities is not None and rep.entities is not None:
            _score_entities(g.entities, (p.entities or []) if p else [], rep)
    return rep


def _score_entities(gold: list[Entity], pred: list[Entity], rep: Report) -> None:
    assert rep.entities is not None and rep.entities_partial is not None
    gset = {(e.start, e.end, e.label) for e in gold if e.start is not None}
    pset = {(e.start, e.end, e.label) for e in pred if e.start is not None}
    for label in ("ORG", "LOC"):
        g = {x for x in gset if x[2] == label}
        p = {x for x in pset if x[2] == label}
        for key in (label, "micro"):
            rep.entities[key].tp += len(g & p)
            rep.entities[key].fp += len(p - g)
            rep.entities[key].fn += len(g - p)
        part = _partial(sorted(g), sorted(p))
        for key in (label,):
            acc = rep.entities_partial[key]
            acc.cor += part.cor
            acc.par += part.par
            acc.act += part.act
            acc.pos += part.pos
    # micro partial ignores the label, as nervaluate's partial scheme does
    part = _partial(sorted(gset), sorted(pset))
    acc = rep.entities_partial["micro"]
    acc.cor += part.cor
    acc.par += part.par
    acc.act += part.act
    acc.pos += part.pos


def _partial(gold: list[tuple[int, int, str]], pred: list[tuple[int, int, str]]) -> Partial:
    out = Partial(act=len(pred), pos=len(gold))
    used: set[int] = set()
    for ps, pe, _ in pred:
        best, best_j = None, None
        for j, (gs, ge, _) in enumerate(gold):
            if j in used or min(pe, ge) <= max(ps, gs):
                continue
            exact = (gs, ge) == (ps, pe)
            if best is None or exact:
                best, best_j = exact, j
                if exact:
                    break
        if best_j is not None:
            used.add(best_j)
            if best:
                out.cor += 1
            else:
                out.par += 1
    return out


def format_report(rep: Report) -> str:
    """A one-screen table with the counts behind every ratio."""
    lines = [f"documents: {rep.documents}" + (f"  (no prediction for {len(rep.missing)})" if rep.missing else "")]
    lines.append(f"{'':18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")

    def row(name: str, x: PRF) -> str:
        return f"{name:18}{x.p:7.3f}{x.r:7.3f}{x.f1:7.3f}{x.tp:6d}{x.fp:6d}{x.fn:6d}"

    lines.append(row("figures", rep.figures))
    lines.append(row("facts", rep.facts))
    for k, v in sorted(rep.by_kind.items()):
        lines.append(row(f"  {k} figures", v["figures"]))
        lines.append(row(f"  {k} facts", v["facts"]))
    lines.append("field accuracy over matched figures:")
    for k, (c, n) in rep.fields.items():
        lines.append(f"  {k:16}{(c / n if n else 0):7.3f}  ({c}/{n})")
    if rep.entities is not None:
        lines.append("entities (exact span + label):")
        for k in ("LOC", "ORG", "micro"):
            lines.append(row(f"  {k}", rep.entities[k]))
        lines.append("entities (partial overlap, nervaluate 'partial'):")
        for k in ("LOC", "ORG", "micro"):
            x = rep.entities_partial[k] if rep.entities_partial else Partial()
            lines.append(f"  {k:16}{x.p:7.3f}{x.r:7.3f}{x.f1:7.3f}  cor={x.cor} par={x.par} pred={x.act} gold={x.pos}")
    if rep.errors:
        lines.append(f"documents with status error: {len(rep.errors)}")
    return "\n".join(lines)
