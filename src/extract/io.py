"""Reading batches and gold, writing records: the I/O edge.

Every input document becomes exactly one item, readable or not: a line that is not JSON, a
line without `doc_id`, bytes that are not UTF-8 and an empty text all come through as items
carrying the reason, so the writer can give them their error record (nothing is dropped).
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonlines

from .record import Record

SHARED_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@dataclass
class InputDoc:
    """One input document, or the reason it could not be read."""

    doc_id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    error: tuple[str, str] | None = None


@dataclass(frozen=True)
class RawLine:
    """A JSON Lines line not yet decoded: batch runs decode it in the worker, not the parent."""

    name: str
    n: int
    raw: bytes

    def parse(self) -> InputDoc:
        return parse_line(self.name, self.n, self.raw)


def read_inputs(path: str | Path, lazy: bool = False) -> Iterator[InputDoc | RawLine]:
    """Documents from a folder (`*.txt`, `*.html`, `*.jsonl`), a `.jsonl` or a `.jsonl.gz` file, in
    order; with `lazy`, JSON Lines come as undecoded `RawLine`s."""
    p = Path(path)
    if p.is_dir():
        yield from _read_folder(p, lazy)
    elif p.suffix in (".txt", ".html", ".htm"):
        yield _read_file(p)
    else:
        with (gzip.open(p, "rb") if p.name.endswith(".gz") else open(p, "rb")) as fh:
            for n, raw in enumerate(fh, start=1):
                if raw.strip():
                    yield RawLine(p.name, n, raw) if lazy else parse_line(p.name, n, raw)


def _read_folder(p: Path, lazy: bool) -> Iterator[InputDoc | RawLine]:
    """Every `.txt`/`.html` file (one document each) and `.jsonl(.gz)` file, by name."""
    files = sorted(f for f in p.iterdir() if f.is_file() and _is_input(f))
    for f in files:
        if f.suffix in (".txt", ".html", ".htm"):
            yield _read_file(f)
        else:
            yield from read_inputs(f, lazy)


def _is_input(f: Path) -> bool:
    return f.suffix in (".txt", ".html", ".htm", ".jsonl") or f.name.endswith(".jsonl.gz")


def _read_file(f: Path) -> InputDoc:
    raw = f.read_bytes()
    meta: dict[str, Any] = {"source": f.name}
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputDoc(f.stem, "", meta, ("EncodingError", f"{f.name} is not UTF-8: {exc}"))
    if f.suffix in (".html", ".htm"):
        from .html import html_to_text

        text, html_meta = html_to_text(text)
        meta.update(html_meta)
    return InputDoc(f.stem, text, meta)


def parse_line(name: str, n: int, raw: bytes) -> InputDoc:
    """One JSON Lines line → a document, or the reason it is not one."""
    line_id = f"{name}:line-{n}"
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputDoc(line_id, "", {"line": n}, ("EncodingError", f"line {n} is not UTF-8: {exc}"))
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputDoc(line_id, "", {"line": n}, ("InvalidJSON", f"line {n}: {exc}"))
    if not isinstance(obj, dict):
        return InputDoc(line_id, "", {"line": n}, ("InvalidInput", f"line {n} is not a JSON object"))
    doc_id = obj.get("doc_id", obj.get("id"))
    meta = _meta(obj)
    if doc_id is None or str(doc_id) == "":
        return InputDoc(line_id, _text(obj), {**meta, "line": n}, ("MissingDocId", f"line {n} has no doc_id"))
    text = obj.get("text")
    if text is None or text == "":
        shared = shared_text(str(doc_id))
        if shared is not None:
            return InputDoc(str(doc_id), shared, {**meta, "text_from": "shared corpus"})
    if not isinstance(text, str):
        return InputDoc(str(doc_id), "", meta, ("MissingText", f"line {n} has no text string"))
    return InputDoc(str(doc_id), text, meta)


# A record (output or gold) given back as input: its own results are replaced, not carried.
_RESULT_KEYS = ("doc_id", "text", "meta", "status", "error", "entities", "facts", "version")


def _meta(obj: dict[str, Any]) -> dict[str, Any]:
    """The metadata a line carries: its `meta` object (when it is a record) and any other keys."""
    meta = dict(obj["meta"]) if isinstance(obj.get("meta"), dict) else {}
    meta.update((k, v) for k, v in obj.items() if k not in _RESULT_KEYS)
    return meta


def _text(obj: dict[str, Any]) -> str:
    t = obj.get("text")
    return t if isinstance(t, str) else ""


def read_records(path: str | Path) -> list[Record]:
    """Records (gold or output) from a JSON Lines file or every `*.jsonl` in a folder."""
    p = Path(path)
    files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    out: list[Record] = []
    for f in files:
        opener = gzip.open if f.name.endswith(".gz") else open
        with opener(f, "rt", encoding="utf-8") as fh, jsonlines.Reader(fh) as reader:
            out.extend(Record.from_dict(obj) for obj in reader.iter(type=dict, skip_empty=True))
    return out


@functools.cache
def _shared_texts() -> dict[str, str]:
    return corpus_texts()


def shared_text(doc_id: str) -> str | None:
    """The text of a shared-corpus document, for a gold or record line given by `doc_id` only."""
    return _shared_texts().get(doc_id)


def corpus_texts(corpus_dir: Path = SHARED_CORPUS) -> dict[str, str]:
    """doc_id → text for the shared corpus files gold refers to (`pages`, `seeds`)."""
    texts: dict[str, str] = {}
    for name in ("seeds.jsonl", "pages.jsonl"):
        f = corpus_dir / name
        if f.exists():
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        obj = json.loads(line)
                        texts[str(obj["doc_id"])] = obj["text"]
    return texts


def resolve_texts(records: list[Record], corpus_dir: Path = SHARED_CORPUS) -> list[Record]:
    """Fill in the text of gold records that reference the shared corpus by `doc_id`."""
    if all(r.text for r in records):
        return records
    texts = corpus_texts(corpus_dir)
    for r in records:
        if not r.text and r.doc_id in texts:
            r.text = texts[r.doc_id]
    return records
