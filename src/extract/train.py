"""`extract train`: learn the linking decisions from the gold, measure them against the rules
by grouped cross-validation, and save what beats the rules.

Documents are analysed once (segmentation and tagging are the slow part); every experiment
re-links the cached analyses. Folds are grouped by document, so no document is ever in both
train and test. Training is deterministic: sorted features, fixed solver seeds, and model
files written with fixed zip timestamps, so the same gold gives byte-identical models.
"""

from __future__ import annotations

import hashlib
import io
import json
import platform
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
import skops
import skops.io as sio
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline

from .document import Document
from .io import read_records, resolve_texts
from .link import Trace
from .link.learned import COMPONENTS, Learned, subject_features
from .normalize import Normalized
from .pipeline import Pipeline
from .record import Fact, Figure, Metric, Record
from .score import FIELDS, Report, match_figures, norm_name, score

SEED = 0
FIELD_OF = {"subject": "subject", "metric": "metric.index", "year": "year", "modality": "modality"}


@dataclass
class Analysed:
    gold: Record
    norm: Normalized
    doc: Document


def gold_files(path: Path) -> list[Path]:
    """Gold files under `path` (a file or a folder; its subfolders are not training gold: `agreement/`
    holds second passes, `challenge/` the evaluation sets written blind to the code)."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.glob("*.jsonl"))


def analyse_all(gold: list[Record]) -> list[Analysed]:
    pipe = Pipeline()
    out = []
    for g in gold:
        norm, doc = pipe.analyse(g.text)
        out.append(Analysed(g, norm, doc))
    return out


def _figure_facts(a: Analysed, trace: list[Trace]) -> list[Fact]:
    facts = []
    for t in trace:
        s, e = a.norm.to_source(t.figure.start, t.figure.end)
        fig = Figure(s, e, a.gold.text[s:e], t.figure.kind, t.figure.value, t.figure.total, t.figure.unit,
                     t.figure.comparator)
        facts.append(Fact(fig, None, Metric("OTHER")))
    return facts


def examples(data: list[Analysed]) -> dict[str, tuple[list, list, list]]:
    """Training examples per component: (features, labels, group ids)."""
    ex: dict[str, tuple[list, list, list]] = {c: ([], [], []) for c in COMPONENTS}
    for gi, a in enumerate(data):
        trace: list[Trace] = []
        Pipeline().build_record(a.gold.doc_id, a.gold.text, {}, a.norm, a.doc, trace)
        gold = [f for f in a.gold.facts]
        for i, j in match_figures(_figure_facts(a, trace), gold):
            t, g = trace[i], gold[j]
            want = norm_name(g.subject.canonical) if g.subject else None
            labels = [(norm_name(c.mention.canonical) if c.mention else None) == want for c in t.subject]
            if any(labels):
                for c, y in zip(t.subject, labels, strict=True):
                    _add(ex["subject"], subject_features(c), int(y), gi)
            ylabels = [c.year == g.year for c in t.year]
            if any(ylabels):
                for c, y in zip(t.year, ylabels, strict=True):
                    _add(ex["year"], c.features, int(y), gi)
            _add(ex["metric"], t.metric, g.metric.index, gi)
            _add(ex["modality"], t.modality, g.modality, gi)
    return ex


def _add(bucket: tuple[list, list, list], feats: dict[str, float], label: Any, group: int) -> None:
    bucket[0].append(feats)
    bucket[1].append(label)
    bucket[2].append(group)


def fit(ex: dict[str, tuple[list, list, list]], groups: set[int] | None = None) -> dict[str, Any]:
    """One model per component, on the examples whose document is in `groups` (all if None)."""
    models: dict[str, Any] = {}
    for comp in COMPONENTS:
        X, y, g = ex[comp]
        idx = [i for i in range(len(X)) if groups is None or g[i] in groups]
        labels = {y[i] for i in idx}
        if len(labels) < 2:
            continue
        ranker = comp in ("subject", "year")  # pointwise rankers: few positives per group
        model = make_pipeline(
            DictVectorizer(sort=True),
            LogisticRegression(C=10.0 if ranker else 1.0, max_iter=5000, class_weight="balanced" if ranker else None,
                               random_state=SEED),
        )
        model.fit([X[i] for i in idx], [y[i] for i in idx])
        models[comp] = model
    return models


def evaluate(data: list[Analysed], learned: Learned) -> Report:
    pipe = Pipeline(learned=learned)
    preds = [pipe.build_record(a.gold.doc_id, a.gold.text, {}, a.norm, a.doc) for a in data]
    return score([a.gold for a in data], preds)


def _summary(rep: Report) -> dict[str, Any]:
    return {
        "fact_f1": round(rep.facts.f1, 4),
        "figure_f1": round(rep.figures.f1, 4),
        "fields": {k: round(c / n, 4) if n else None for k, (c, n) in rep.fields.items()},
        "facts": rep.facts.as_dict(),
    }


def _merge(into: Report | None, rep: Report) -> Report:
    if into is None:
        return rep
    for a, b in ((into.facts, rep.facts), (into.figures, rep.figures)):
        a.tp += b.tp
        a.fp += b.fp
        a.fn += b.fn
    for k in FIELDS:
        into.fields[k][0] += rep.fields[k][0]
        into.fields[k][1] += rep.fields[k][1]
    return into


def cross_validate(data: list[Analysed], ex: dict[str, tuple[list, list, list]], folds: int) -> dict[str, Any]:
    """Rules vs each learned component alone vs all learned, micro-averaged over grouped folds."""
    configs = ["rules", *COMPONENTS, "all"]
    totals: dict[str, Report | None] = {c: None for c in configs}
    doc_idx = np.arange(len(data))
    for train_idx, test_idx in GroupKFold(n_splits=folds).split(doc_idx, groups=doc_idx):
        models = fit(ex, set(train_idx.tolist()))
        test = [data[i] for i in test_idx]
        for cfg in configs:
            if cfg == "rules":
                learned = Learned()
            elif cfg == "all":
                learned = Learned(**models)
            else:
                learned = Learned(**{cfg: models.get(cfg)})
            totals[cfg] = _merge(totals[cfg], evaluate(test, learned))
    return {c: _summary(r) for c, r in totals.items() if r is not None}


def _deterministic_zip(blob: bytes) -> bytes:
    """skops names arrays and references by memory address and stamps zip entries with the
    current time; renumbering them in order of appearance and fixing the times makes the same
    model give the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    schema = src.read("schema.json").decode("utf-8")
    ids: dict[str, str] = {}
    for m in re.finditer(r"(?<![\d.])(\d{9,})(?![\d])", schema):
        ids.setdefault(m.group(1), str(len(ids) + 1))
    schema = re.sub(r"(?<![\d.])(\d{9,})(?![\d])", lambda m: ids[m.group(1)], schema)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        entries = {"schema.json": schema.encode("utf-8")}
        for name in src.namelist():
            if name != "schema.json":
                stem, _, ext = name.partition(".")
                entries[f"{ids.get(stem, stem)}.{ext}" if ext else ids.get(stem, stem)] = src.read(name)
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, entries[name])
    return out.getvalue()


def data_hash(files: list[Path]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def train(gold_path: Path, out: Path, folds: int = 5) -> dict[str, Any]:
    files = gold_files(gold_path)
    gold = [g for f in files for g in resolve_texts(read_records(f))]
    gold = [g for g in gold if g.text]
    data = analyse_all(gold)
    ex = examples(data)
    cv = cross_validate(data, ex, min(folds, len(data))) if len(data) >= 2 else {}
    # A model replaces one decision; it ships when it makes that decision better than the rules.
    base = cv.get("rules", {}).get("fields", {})
    enabled = [c for c in COMPONENTS if c in cv and (cv[c]["fields"][FIELD_OF[c]] or 0) > (base.get(FIELD_OF[c]) or 0)]
    models = fit(ex)
    out.mkdir(parents=True, exist_ok=True)
    digest = data_hash(files)
    blobs = {comp: _deterministic_zip(sio.dumps(model)) for comp, model in models.items()}
    # The version names the models themselves: the same data under other features is another model.
    version = hashlib.sha256(digest.encode() + b"".join(blobs[c] for c in sorted(blobs))).hexdigest()[:8]
    for comp, blob in blobs.items():
        (out / f"{comp}.skops").write_bytes(blob)
    meta = {
        "version": f"learned-{version}",
        "training_data": {"files": [f.name for f in files], "sha256": digest, "documents": len(data),
                          "examples": {c: len(ex[c][0]) for c in COMPONENTS}},
        "enabled": [c for c in enabled if c in models],
        "models": {c: f"{c}.skops" for c in models},
        "features": {c: [str(n) for n in m[0].get_feature_names_out()] for c, m in models.items()},
        "libraries": {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
                      "skops": skops.__version__, "numpy": np.__version__},
        "cross_validation": {"folds": folds, "grouped_by": "document", "results": cv},
    }
    (out / "metadata.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    return meta


def format_cv(meta: dict[str, Any]) -> str:
    cv = meta["cross_validation"]["results"]
    cols = ["fact_f1", "figure_f1", *FIELDS]
    lines = [f"{'config':10}" + "".join(f"{c[:12]:>13}" for c in cols)]
    for cfg, r in cv.items():
        vals = [r["fact_f1"], r["figure_f1"], *[r["fields"][k] for k in FIELDS]]
        lines.append(f"{cfg:10}" + "".join(f"{(v if v is not None else 0):13.3f}" for v in vals))
    lines.append(f"enabled by default (better than the rules on their own field): {', '.join(meta['enabled']) or 'none'}")
    return "\n".join(lines)


def add_parser(sub: Any) -> None:
    tr = sub.add_parser("train", help="train the linking models on gold; cross-validate against the rules")
    tr.add_argument("--gold", type=Path, default=Path("annotations"))
    tr.add_argument("--out", type=Path, default=Path("models"))
    tr.add_argument("--folds", type=int, default=5)
    tr.set_defaults(func=_cmd)


def _cmd(args: Any) -> int:
    if not args.gold.exists():
        print(f"error: {args.gold} does not exist", file=sys.stderr)
        return 2
    meta = train(args.gold, args.out, args.folds)
    print(format_cv(meta))
    print(f"models written to {args.out} ({meta['version']})")
    return 0
