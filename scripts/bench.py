"""Throughput and memory of the pipeline against underthesea, on the same general-news articles.

Reads the first N articles (default 2000; `--all` for all 20,000) of
`../shared/corpus/bench.jsonl.gz` in place (the corpus terms forbid copying it into the
project; the slice the CLI needs goes to a temp dir and is deleted afterwards), then measures,
in the same run and on the same documents, each in its own fresh subprocess so peak RSS
belongs to that measurement alone:

  pipeline       load_pipeline() as `extract run` builds it, called once per document
  word_tokenize  underthesea.word_tokenize alone, once per document
  ner            underthesea.ner alone, per sentence (sent_tokenize first: on a whole article
                 its CRF chunker is superlinear), on the first --ner-n documents
  cli w1 / w2    `extract run --workers 1|2` over the temp JSONL: wall time of the command
                 (imports and model loading included) and peak RSS per process (psutil)

Ratios are time ratios on identical documents: pipeline/word_tokenize on all N,
pipeline/ner on the ner subset (the pipeline's own per-document times summed over the same
documents), and the CLI speed-up workers2 vs workers1.

    .venv/bin/python scripts/bench.py            # 2000 articles
    .venv/bin/python scripts/bench.py --n 500 --json > bench.json   # table on stderr
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "corpus" / "bench.jsonl.gz"
EXTRACT = Path(sys.executable).with_name("extract")


# --- measurements (each runs in a fresh `bench.py --measure …` process) ----------------------


def _docs(path: Path, limit: int | None) -> list[tuple[str, str]]:
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in itertools.islice(fh, limit)]
    return [(str(r.get("doc_id", r.get("id"))), r["text"]) for r in rows]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def measure_pipeline(path: Path, limit: int | None) -> dict:
    docs = _docs(path, limit)
    t0 = time.perf_counter()
    from extract.models import DEFAULT_MODELS, load_pipeline

    pipe = load_pipeline(DEFAULT_MODELS)
    pipe("warm-up", "Tỉnh Hưng Yên đạt 88,34 điểm, xếp thứ 12/63 tỉnh, thành phố.")
    load_s = time.perf_counter() - t0
    per_doc, errors = [], 0
    for doc_id, text in docs:
        t = time.perf_counter()
        rec = pipe(doc_id, text)
        per_doc.append(time.perf_counter() - t)
        errors += rec.status != "ok"
    return {"load_s": load_s, "per_doc_s": per_doc, "chars": [len(t) for _, t in docs], "errors": errors,
            "peak_rss_mb": _peak_rss_mb(), "version": pipe.version}


def _time_each(docs: list[tuple[str, str]], fn: Callable[[str], object], load_s: float) -> dict:
    """Time `fn` on each document's text: the measurement every tokenizer baseline shares."""
    per_doc = []
    for _, text in docs:
        t = time.perf_counter()
        fn(text)
        per_doc.append(time.perf_counter() - t)
    return {"load_s": load_s, "per_doc_s": per_doc, "chars": [len(t) for _, t in docs], "peak_rss_mb": _peak_rss_mb()}


def measure_word_tokenize(path: Path, limit: int | None) -> dict:
    docs = _docs(path, limit)
    t0 = time.perf_counter()
    from underthesea import word_tokenize

    word_tokenize("Tỉnh Hưng Yên đạt 88,34 điểm.")
    load_s = time.perf_counter() - t0
    return _time_each(docs, word_tokenize, load_s)


def measure_ner(path: Path, limit: int | None) -> dict:
    docs = _docs(path, limit)
    t0 = time.perf_counter()
    from underthesea import ner, sent_tokenize

    ner("Tỉnh Hưng Yên đạt 88,34 điểm.")
    load_s = time.perf_counter() - t0
    return _time_each(docs, lambda text: [ner(sent) for sent in sent_tokenize(text)], load_s)


def measure_cli(path: Path, workers: int) -> dict:
    """Wall time of `extract run`, and the peak RSS of each process in its tree."""
    import psutil

    out = Path(tempfile.mkdtemp(prefix="vx-bench-")) / "out.jsonl"
    cmd = [str(EXTRACT), "run", str(path), "-o", str(out), "--overwrite", "--quiet", "--workers", str(workers)]
    peaks: dict[int, float] = {}
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_total = 0.0
    while proc.poll() is None:
        total = 0.0
        try:
            tree = [proc, *proc.children(recursive=True)]
        except psutil.NoSuchProcess:
            tree = []
        for p in tree:
            try:
                rss = p.memory_info().rss / 2**20
            except psutil.NoSuchProcess:
                continue
            peaks[p.pid] = max(peaks.get(p.pid, 0.0), rss)
            total += rss
        peak_total = max(peak_total, total)
        time.sleep(0.05)
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}:\n{stderr[-2000:]}")
    m = re.search(r"time: ([\d.]+)s\s+\(start-up ([\d.]+)s", stdout)
    lines = out.read_bytes().count(b"\n")
    out.unlink()
    out.parent.rmdir()
    main_pid = proc.pid
    workers_peak = [v for pid, v in peaks.items() if pid != main_pid]
    return {
        "wall_s": wall,
        # documents in, records out, after the pipeline is loaded and warm in every worker
        "processing_s": round(float(m.group(1)) - float(m.group(2)), 2) if m else None,
        "records": lines,
        "peak_rss_mb_main": peaks.get(main_pid, 0.0),
        "peak_rss_mb_workers": sorted(workers_peak, reverse=True),
        "peak_rss_mb_tree": peak_total,
        # Largest single descendant as the kernel saw it (covers a peak between two samples).
        "peak_rss_mb_largest_child": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _measure_main(kind: str, path: Path, limit: int | None) -> None:
    if kind == "pipeline":
        res = measure_pipeline(path, limit)
    elif kind == "word_tokenize":
        res = measure_word_tokenize(path, limit)
    elif kind == "ner":
        res = measure_ner(path, limit)
    elif kind.startswith("cli"):
        res = measure_cli(path, int(kind[3:]))
    else:
        raise SystemExit(f"unknown measurement {kind}")
    print(json.dumps(res))


# --- the driver -------------------------------------------------------------------------------


def _run_measure(kind: str, path: Path, limit: int | None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--measure", kind, "--input", str(path)]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    print(f"  measuring {kind} …", file=sys.stderr, flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"measurement {kind} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _row(name: str, docs: int, chars: int, secs: float, rss: float, note: str = "") -> dict:
    return {"name": name, "docs": docs, "kchars": chars / 1000, "seconds": secs,
            "kchar_per_s": chars / 1000 / secs if secs else 0.0, "docs_per_s": docs / secs if secs else 0.0,
            "peak_rss_mb": rss, "note": note}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="first N articles (default 2000)")
    ap.add_argument("--all", action="store_true", help="all 20,000 articles")
    ap.add_argument("--ner-n", type=int, default=200, help="articles for underthesea ner (slow); default 200")
    ap.add_argument("--bench", type=Path, default=BENCH, help="bench.jsonl.gz (read in place)")
    ap.add_argument("--json", action="store_true", help="print results as JSON on stdout (the table goes to stderr)")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        _measure_main(args.measure, args.input, args.limit)
        return 0
    if not args.bench.exists():
        print(f"error: {args.bench} not found", file=sys.stderr)
        return 2
    n = None if args.all else args.n
    with tempfile.TemporaryDirectory(prefix="vx-bench-") as tmp:
        src = Path(tmp) / "bench.jsonl"
        with gzip.open(args.bench, "rb") as fh, open(src, "wb") as out:
            lines = list(itertools.islice(fh, n))
            out.writelines(lines)
        n_docs = len(lines)
        ner_n = min(args.ner_n, n_docs)
        print(f"bench: {n_docs} articles from {args.bench}", file=sys.stderr)
        pipe = _run_measure("pipeline", src, None)
        wt = _run_measure("word_tokenize", src, None)
        nr = _run_measure("ner", src, ner_n)
        w1 = _run_measure("cli1", src, None)
        w2 = _run_measure("cli2", src, None)

    chars = sum(pipe["chars"])
    sub_chars = sum(pipe["chars"][:ner_n])
    p_s, wt_s, ner_s = sum(pipe["per_doc_s"]), sum(wt["per_doc_s"]), sum(nr["per_doc_s"])
    p_sub_s = sum(pipe["per_doc_s"][:ner_n])
    wt_sub_s = sum(wt["per_doc_s"][:ner_n])
    rows = [
        _row("pipeline (1 process)", n_docs, chars, p_s, pipe["peak_rss_mb"], f"load {pipe['load_s']:.1f}s"),
        _row("underthesea word_tokenize", n_docs, chars, wt_s, wt["peak_rss_mb"], f"load {wt['load_s']:.1f}s"),
        _row(f"pipeline, first {ner_n}", ner_n, sub_chars, p_sub_s, pipe["peak_rss_mb"], "same docs as ner"),
        _row(f"underthesea ner, first {ner_n}", ner_n, sub_chars, ner_s, nr["peak_rss_mb"],
             f"per sentence; load {nr['load_s']:.1f}s"),
        _row("extract run --workers 1", n_docs, chars, w1["wall_s"], w1["peak_rss_mb_main"],
             f"wall incl. start-up; processing {w1['processing_s']}s"),
        _row("extract run --workers 2", n_docs, chars, w2["wall_s"],
             max(w2["peak_rss_mb_workers"] or [w2["peak_rss_mb_main"]]),
             f"wall incl. start-up; processing {w2['processing_s']}s; RSS = max per worker"),
    ]
    ratios = {
        "pipeline/word_tokenize (time, all docs)": p_s / wt_s if wt_s else None,
        f"pipeline/ner (time, first {ner_n})": p_sub_s / ner_s if ner_s else None,
        f"word_tokenize/ner (time, first {ner_n})": wt_sub_s / ner_s if ner_s else None,
        "workers2/workers1 (wall time)": w2["wall_s"] / w1["wall_s"],
        "workers2/workers1 (processing time)": (w2["processing_s"] / w1["processing_s"])
        if w1["processing_s"] and w2["processing_s"] else None,
    }
    memory = {
        "workers1 main": w1["peak_rss_mb_main"],
        "workers2 main": w2["peak_rss_mb_main"],
        "workers2 per worker": w2["peak_rss_mb_workers"],
        "workers2 whole tree (sum at peak)": w2["peak_rss_mb_tree"],
        "workers2 largest child (getrusage)": w2["peak_rss_mb_largest_child"],
    }
    table = _format(rows, ratios, memory, pipe, n_docs, w1, w2)
    if args.json:
        print(table, file=sys.stderr)
        print(json.dumps({"documents": n_docs, "ner_documents": ner_n, "version": pipe["version"],
                          "pipeline_errors": pipe["errors"], "rows": rows, "ratios": ratios, "memory_mb": memory},
                         ensure_ascii=False, indent=1))
    else:
        print(table)
    return 0


def _format(rows: list[dict], ratios: dict, memory: dict, pipe: dict, n_docs: int, w1: dict, w2: dict) -> str:
    out = [f"{'measurement':34}{'docs':>6}{'kchar':>9}{'s':>9}{'kchar/s':>10}{'docs/s':>9}{'peak MB':>9}  note"]
    for r in rows:
        out.append(f"{r['name']:34}{r['docs']:6d}{r['kchars']:9.0f}{r['seconds']:9.2f}{r['kchar_per_s']:10.1f}"
                   f"{r['docs_per_s']:9.1f}{r['peak_rss_mb']:9.0f}  {r['note']}")
    out.append("ratios (A/B; below 1: A takes less time than B):")
    for k, v in ratios.items():
        out.append(f"  {k:44}{'n/a' if v is None else f'{v:8.3f}'}")
    out.append("memory of the CLI runs (MB):")
    for k, v in memory.items():
        shown = ", ".join(f"{x:.0f}" for x in v) if isinstance(v, list) else f"{v:.0f}"
        out.append(f"  {k:44}{shown}")
    out.append(f"pipeline: {pipe['version']}; error records: {pipe['errors']}; "
               f"CLI records: w1={w1['records']} w2={w2['records']} of {n_docs}")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
