"""The project's ORG/LOC tagger against underthesea's `ner` alone, on the entity gold.

Why this exists: entities.py replaced underthesea's CRF NER with rules, claiming the CRF tags
`năm 2022` as LOC and misses most `Sở …` names on this text. This script keeps that claim
checkable: both taggers, in the same run, on the same gold (every record in
`annotations/*.jsonl` that lists `entities`; `annotations/agreement/` is a second annotator's
pass, not gold, and is skipped), scored by `extract.score` — exact span + label per label and
micro, and nervaluate's `partial` scheme — so the numbers are the ones `extract score` prints.

underthesea: `ner` per sentence (`sent_tokenize` first) on the pipeline's normalised text;
B-/I- tags merged into spans; tokens aligned back to characters (underthesea rewrites tone
placement and look-alikes, so alignment compares letters without diacritics), then mapped to
input offsets with `Normalized.to_source`. ORG and LOC kept, PER and MISC dropped.

    .venv/bin/python scripts/ner_compare.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from pathlib import Path

from extract.io import read_records, resolve_texts
from extract.models import DEFAULT_MODELS, load_pipeline
from extract.normalize import normalize
from extract.record import Entity, Record
from extract.score import format_report, score

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "annotations"
KEEP = {"ORG": "ORG", "LOC": "LOC"}


def entity_gold(folder: Path = ANNOTATIONS) -> list[Record]:
    """Gold records with an entity list, texts filled from the shared corpus."""
    gold: list[Record] = []
    for f in sorted(folder.glob("*.jsonl")):  # top level only: agreement/ is not gold
        gold.extend(r for r in read_records(f) if r.entities is not None)
    gold = resolve_texts(gold)
    missing = [r.doc_id for r in gold if not r.text]
    if missing:
        raise SystemExit(f"no text for gold documents {missing[:5]}… (is ../shared/corpus there?)")
    return gold


def _fold(ch: str) -> str:
    """A letter without its diacritics, lower case (`ờ`→`o`, `Đ`→`đ`): survives tone re-placement."""
    return unicodedata.normalize("NFD", ch)[0].lower()


class Aligner:
    """Finds underthesea's tokens, in order, in the text they came from."""

    def __init__(self, text: str) -> None:
        self.pos = [i for i, c in enumerate(text) if not c.isspace()]
        self.stream = "".join(_fold(text[i]) for i in self.pos)
        self.cur = 0
        self.missed = 0

    def find(self, token: str) -> tuple[int, int] | None:
        key = "".join(_fold(c) for c in token if not c.isspace())
        if not key:
            return None
        j = self.stream.find(key, self.cur, self.cur + len(key) + 200)
        if j < 0:
            self.missed += 1
            return None
        self.cur = j + len(key)
        return self.pos[j], self.pos[j + len(key) - 1] + 1


def underthesea_entities(text: str) -> tuple[list[Entity], int, int]:
    """(entities in input offsets, tokens, tokens that could not be aligned)."""
    from underthesea import ner, sent_tokenize

    norm = normalize(text)
    t = norm.text
    al = Aligner(t)
    spans: list[list] = []  # [start, end, label] in normalised offsets
    open_span: list | None = None
    n_tokens = 0
    for sent in sent_tokenize(t):
        for word, _pos, _chunk, tag in ner(sent):
            n_tokens += 1
            where = al.find(word)
            if where is None:
                open_span = None
                continue
            s, e = where
            if tag == "O" or "-" not in tag:
                open_span = None
                continue
            bio, label = tag.split("-", 1)
            if bio == "I" and open_span is not None and open_span[2] == label:
                open_span[1] = e
            else:
                open_span = [s, e, label]
                spans.append(open_span)
        open_span = None
    out = []
    for s, e, label in spans:
        if label not in KEEP:
            continue
        a, b = norm.to_source(s, e)
        out.append(Entity(text=text[a:b], label=KEEP[label], canonical=text[a:b], start=a, end=b))
    return out, n_tokens, al.missed


def project_entities(pipe, rec: Record) -> list[Entity]:
    return pipe(rec.doc_id, rec.text).entities or []


def _entity_table(rep) -> str:
    lines = format_report(rep).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("entities"))
    return "\n".join([lines[1], *lines[start:]])  # the P/R/F1/tp/fp/fn header, then the entity rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="also print both reports' entity scores as JSON")
    args = ap.parse_args(argv)

    gold = entity_gold()
    n_gold = sum(len(r.entities or []) for r in gold)
    print(f"entity gold: {len(gold)} documents, {n_gold} entities, "
          f"{sum(len(r.text) for r in gold) / 1000:.0f} kchar ({', '.join(sorted({p.name for p in ANNOTATIONS.glob('*.jsonl')}))})")

    pipe = load_pipeline(DEFAULT_MODELS)
    t0 = time.perf_counter()
    ours = [Record(doc_id=g.doc_id, text=g.text, entities=project_entities(pipe, g)) for g in gold]
    t_ours = time.perf_counter() - t0

    t0 = time.perf_counter()
    theirs, tokens, missed = [], 0, 0
    for g in gold:
        ents, n, m = underthesea_entities(g.text)
        tokens += n
        missed += m
        theirs.append(Record(doc_id=g.doc_id, text=g.text, entities=ents))
    t_theirs = time.perf_counter() - t0
    for r in theirs:  # the alignment must give offsets that slice the input
        for e in r.entities or []:
            assert r.text[e.start:e.end] == e.text

    rep_ours = score(gold, ours)
    rep_theirs = score(gold, theirs)
    print(f"\n== project tagger ({pipe.version}); {t_ours:.1f}s")
    print(_entity_table(rep_ours))
    print(f"\n== underthesea ner alone (ORG/LOC; PER/MISC dropped); {t_theirs:.1f}s; "
          f"{tokens} tokens, {missed} not aligned")
    print(_entity_table(rep_theirs))
    if args.json:
        d = {name: {"entities": rep.as_dict()["entities"], "entities_partial": rep.as_dict()["entities_partial"]}
             for name, rep in (("project", rep_ours), ("underthesea", rep_theirs))}
        print(json.dumps(d, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
