"""Running the pipeline over a batch: in this process, in worker processes, or on Dask.

All engines yield JSON lines in input order and give identical output; the writer makes the
run resumable. Workers build their pipeline once (models are loaded once per process) and
send back finished JSON strings so the parent only writes bytes.
"""

from __future__ import annotations

import json
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .io import InputDoc, RawLine
from .record import error_record


@dataclass(frozen=True)
class Done:
    """A finished document: its JSON line and what the run summary counts."""

    line: str
    ok: bool
    kinds: tuple[str, ...]
    chars: int

_PIPELINE = None
_MODELS_DIR: str | None = None


def _init(models_dir: str | None) -> None:
    """Load the pipeline and run it once (the segmenter and tagger load lazily), unless this
    process already holds a warm one: forked workers inherit the parent's."""
    global _PIPELINE, _MODELS_DIR
    if _PIPELINE is not None and _MODELS_DIR == models_dir:
        return
    from .models import load_pipeline

    _MODELS_DIR = models_dir
    _PIPELINE = load_pipeline(Path(models_dir) if models_dir else None)
    _PIPELINE("warm-up", "Tỉnh Hưng Yên đạt 88,34 điểm, xếp thứ 12/63.")


def process(item: InputDoc | RawLine) -> Done:
    """One document → its JSON line (an error record if it could not be read or processed)."""
    doc = item.parse() if isinstance(item, RawLine) else item
    if _PIPELINE is None:
        _init(_MODELS_DIR)
    assert _PIPELINE is not None
    if doc.error is not None:
        rec = error_record(doc.doc_id, doc.text, doc.meta, *doc.error)
        rec.extra["version"] = _PIPELINE.version
    else:
        rec = _PIPELINE(doc.doc_id, doc.text, doc.meta)
    return Done(to_json_line(rec.to_dict()), rec.status == "ok", tuple(f.figure.kind for f in rec.facts), len(rec.text))


def to_json_line(obj: dict) -> str:
    """JSON with real UTF-8 characters; a text holding lone surrogates (valid in a JSON input as
    `\\ud800`, not encodable as UTF-8) is written with escapes so it round-trips unchanged."""
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(obj, ensure_ascii=True)
    return line


def process_batch(docs: list[InputDoc | RawLine], models_dir: str | None) -> list[Done]:
    """A batch of documents on a Dask worker (the pipeline is cached per worker process)."""
    global _MODELS_DIR
    if _PIPELINE is None:
        _MODELS_DIR = models_dir
    return [process(d) for d in docs]


def _no_op() -> None:
    pass


def run_local(docs: Iterable[InputDoc | RawLine], workers: int, models_dir: str | None,
              on_ready: Callable[[], None] = _no_op) -> Iterator[Done]:
    """`on_ready` is called once the pipeline is loaded and warm (in every worker), so the caller
    can time the processing apart from the start-up."""
    _init(models_dir)  # forked workers inherit it warm
    if workers <= 1:
        on_ready()
        for d in docs:
            yield process(d)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if os.name == "posix" else "spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(models_dir,), maxtasksperchild=2000) as pool:
        on_ready()
        yield from pool.imap(process, docs, chunksize=16)


def run_dask(docs: Iterable[InputDoc | RawLine], workers: int, models_dir: str | None, scheduler: str | None,
             batch: int = 32, on_ready: Callable[[], None] = _no_op) -> Iterator[Done]:
    """The same pipeline on a Dask cluster: `scheduler` address, or a LocalCluster on loopback."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None, silence_logs=logging.CRITICAL)
        client = Client(cluster)
    try:
        client.run(_init, models_dir)  # every worker loads and warms its pipeline once
        on_ready()
        window: deque = deque()
        limit = max(4, 4 * max(1, workers))

        def batches() -> Iterator[list[InputDoc | RawLine]]:
            buf: list[InputDoc | RawLine] = []
            for d in docs:
                buf.append(d)
                if len(buf) >= batch:
                    yield buf
                    buf = []
            if buf:
                yield buf

        for b in batches():
            window.append(client.submit(process_batch, b, models_dir, pure=False))
            if len(window) >= limit:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
