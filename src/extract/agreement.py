"""Inter-annotator agreement: how far two people's gold for the same documents agree.

Two views, because they answer different questions. The contract's own score (B read as a
prediction against A) says whether the guidelines pin down the facts as strictly as the
benchmark counts them. Field agreement pairs the figure mentions both people marked (by span
overlap alone, so a kind disagreement is visible instead of unmatching the pair) and gives
raw agreement and Cohen's kappa, which discounts the agreement two people would reach by
chance on skewed fields such as `modality` (almost always `actual`).
"""

from __future__ import annotations

import argparse
import json
import math
import warnings
from dataclasses import dataclass
from typing import Any

from .io import read_records
from .record import Fact, Record
from .score import is_scored, match_figures, norm_name, score, span_overlap

CATEGORICAL = ("subject", "metric.index", "year", "compared_to", "modality", "comparator", "kind")
NUMERIC = ("value", "total")


def field_value(f: Fact, name: str) -> str:
    """A fact's field as a category label (subject normalised as the scorer compares it)."""
    v: Any = {
        "subject": norm_name(f.subject.canonical) if f.subject else None,
        "metric.index": f.metric.index,
        "year": f.year,
        "compared_to": f.compared_to,
        "modality": f.modality,
        "comparator": f.figure.comparator,
        "kind": f.figure.kind,
        "value": f.figure.value,
        "total": f.figure.total,
    }[name]
    return "∅" if v is None else str(v)


@dataclass
class FieldAgreement:
    agree: int
    pairs: int
    kappa: float | None

    def as_dict(self) -> dict[str, Any]:
        raw = self.agree / self.pairs if self.pairs else None
        return {"raw": None if raw is None else round(raw, 4), "kappa": None if self.kappa is None else round(self.kappa, 4),
                "agree": self.agree, "pairs": self.pairs}


def kappa(a: list[str], b: list[str]) -> float | None:
    """Cohen's kappa, or None where it is undefined (no pairs, or one category only)."""
    if not a or len(set(a) | set(b)) < 2:
        return None
    from sklearn.metrics import cohen_kappa_score

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        k = float(cohen_kappa_score(a, b))
    return None if math.isnan(k) else k


def agreement(a: list[Record], b: list[Record]) -> dict[str, Any]:
    """B against A on the documents both annotated: contract score and per-field agreement."""
    a_ids = {r.doc_id for r in a}
    b_ids = {r.doc_id for r in b}
    common = a_ids & b_ids
    a_common = [r for r in a if r.doc_id in common]
    b_by_id = {r.doc_id: r for r in b if r.doc_id in common}
    labels: dict[str, tuple[list[str], list[str]]] = {k: ([], []) for k in (*CATEGORICAL, *NUMERIC)}
    only_a = only_b = 0
    for ra in a_common:
        fa = [f for f in ra.facts if is_scored(f)]
        fb = [f for f in b_by_id[ra.doc_id].facts if is_scored(f)]
        pairs = match_figures(fb, fa, overlap=span_overlap)
        only_a += len(fa) - len(pairs)
        only_b += len(fb) - len(pairs)
        for i, j in pairs:
            for name, (la, lb) in labels.items():
                la.append(field_value(fa[j], name))
                lb.append(field_value(fb[i], name))
    fields = {
        name: FieldAgreement(
            agree=sum(x == y for x, y in zip(la, lb, strict=True)),
            pairs=len(la),
            kappa=kappa(la, lb) if name in CATEGORICAL else None,
        ).as_dict()
        for name, (la, lb) in labels.items()
    }
    rep = score(a_common, list(b_by_id.values()))
    return {
        "documents": len(common),
        "only_in_a": sorted(a_ids - b_ids),
        "only_in_b": sorted(b_ids - a_ids),
        "facts": rep.facts.as_dict(),
        "figures": rep.figures.as_dict(),
        "by_kind": {k: {"figures": v["figures"].as_dict(), "facts": v["facts"].as_dict()} for k, v in sorted(rep.by_kind.items())},
        "mentions": {"both": len(labels["kind"][0]), "only_a": only_a, "only_b": only_b},
        "fields": fields,
    }


def format_agreement(d: dict[str, Any]) -> str:
    lines = [f"documents in both: {d['documents']}"]
    if d["only_in_a"] or d["only_in_b"]:
        lines.append(f"  only in A: {len(d['only_in_a'])}  only in B: {len(d['only_in_b'])}  (ignored)")
    lines.append(f"{'B against A':18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name in ("figures", "facts"):
        x = d[name]
        lines.append(f"{name:18}{x['p']:7.3f}{x['r']:7.3f}{x['f1']:7.3f}{x['tp']:6d}{x['fp']:6d}{x['fn']:6d}")
    m = d["mentions"]
    lines.append(f"figure mentions (span overlap): both {m['both']}, only A {m['only_a']}, only B {m['only_b']}")
    lines.append(f"{'field':18}{'raw':>7}{'kappa':>8}{'agree':>7}{'pairs':>7}")
    for name, x in d["fields"].items():
        raw = "" if x["raw"] is None else f"{x['raw']:.3f}"
        k = "n/a" if x["kappa"] is None else f"{x['kappa']:.3f}"
        lines.append(f"{name:18}{raw:>7}{k:>8}{x['agree']:7d}{x['pairs']:7d}")
    return "\n".join(lines)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("agreement", help="agreement between two annotators' gold for the same documents")
    p.add_argument("a", help="first annotator's gold (.jsonl), read as the reference")
    p.add_argument("b", help="second annotator's gold (.jsonl)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agreement)


def cmd_agreement(args: argparse.Namespace) -> int:
    d = agreement(read_records(args.a), read_records(args.b))
    print(json.dumps(d, ensure_ascii=False, indent=1) if args.json else format_agreement(d))
    return 0
