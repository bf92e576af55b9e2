"""Writing gold records: what the review loop and the Label Studio import hand to `score`.

Gold for the shared corpus references its text by `doc_id` instead of copying it (the corpus
must not be duplicated into the project); any other text travels inside the record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .io import SHARED_CORPUS, corpus_texts
from .record import Record


def write_gold(records: Iterable[Record], path: str | Path, corpus_dir: Path = SHARED_CORPUS) -> int:
    """Write one record a line; omit `text` where the corpus holds the identical text. Returns the count."""
    corpus = corpus_texts(corpus_dir)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            with_text = corpus.get(r.doc_id) != r.text
            fh.write(json.dumps(r.to_dict(with_text=with_text), ensure_ascii=False) + "\n")
            n += 1
    return n
