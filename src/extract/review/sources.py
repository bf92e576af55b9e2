"""Where the documents and predictions to review come from, read once at import time.

INPUT names the documents: a batch (`.jsonl`, folder) or a records file (gold or output),
whose texts may reference the shared corpus by `doc_id`. Predictions are records from
`--predictions` (so existing gold can be reviewed too) or, without it, the pipeline's output.
Documents already in the database are skipped before any prediction runs, so restarting the
server neither repeats work nor overwrites a review.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ..io import InputDoc, read_inputs, read_records, resolve_texts
from ..record import Record


def documents(path: Path) -> Iterator[InputDoc]:
    """The documents named by INPUT, whether it is a batch or a records file."""
    if path.is_file() and _is_records_file(path):
        for r in resolve_texts(read_records(path)):
            yield InputDoc(r.doc_id, r.text, r.meta, None if r.text else ("MissingText", "no text for this doc_id"))
    else:
        yield from read_inputs(path)


def records_to_import(path: Path, predictions: Path | None, known: set[str]) -> Iterator[Record]:
    """One record per readable document not yet in the database, carrying its predicted facts."""
    preds = {r.doc_id: r for r in read_records(predictions)} if predictions else None
    pipeline = None
    for doc in documents(path):
        if doc.doc_id in known:
            continue
        reason = doc.error[1] if doc.error else _unencodable(doc.text)
        if reason:
            print(f"review: skipping {doc.doc_id}: {reason}", file=sys.stderr)
            continue
        if preds is None:
            if pipeline is None:
                from ..models import DEFAULT_MODELS, load_pipeline

                pipeline = load_pipeline(DEFAULT_MODELS)
            yield pipeline(doc.doc_id, doc.text, doc.meta)
        elif doc.doc_id in preds:
            yield _fitted(preds[doc.doc_id], doc)
        else:
            print(f"review: {doc.doc_id} has no prediction in {predictions}; imported without facts", file=sys.stderr)
            yield Record(doc_id=doc.doc_id, text=doc.text, meta=doc.meta)


def _fitted(pred: Record, doc: InputDoc) -> Record:
    """The prediction on the document's text; offsets into another text would highlight nonsense."""
    if pred.text and pred.text != doc.text:
        raise ValueError(f"the prediction for {doc.doc_id} was made on a different text than INPUT's")
    pred.text = doc.text
    pred.meta = pred.meta or doc.meta
    return pred


def _unencodable(text: str) -> str | None:
    """Why a text cannot be stored and shown (a lone surrogate from a `\\ud83d` escape), or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"text holds a character UTF-8 cannot encode at {exc.start}"
    return None


def _is_records_file(path: Path) -> bool:
    """A JSON Lines file whose first object has `facts` holds records, not bare documents."""
    if not path.name.endswith(".jsonl"):
        return False
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(obj, dict) and "facts" in obj
    return False
