"""`extract`: run, score, train, review, agreement, export, import.

Exit codes: 0 success (error records included, unless --strict); 1 with --strict when any
document got an error record; 2 bad usage or unreadable input path.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from . import agreement
from . import train as train_cli
from .interop import cli as interop_cli
from .io import RawLine, read_inputs, read_records, resolve_texts
from .models import DEFAULT_MODELS
from .review import cli as review_cli
from .score import format_report, score
from .writer import ResumableWriter


def _count_inputs(path: Path) -> int | None:
    """Documents in the input, for the progress bar's ETA (None when costly to know)."""
    if path.is_dir():
        return None
    if path.suffix == ".jsonl" and path.stat().st_size < 2_000_000_000:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    return None


def cmd_run(args: argparse.Namespace) -> int:
    from .engines import run_dask, run_local

    src = Path(args.input)
    if not src.exists():
        print(f"error: input {src} does not exist", file=sys.stderr)
        return 2
    writer = ResumableWriter(Path(args.output), overwrite=args.overwrite)
    done = writer.done_ids
    docs = read_inputs(src, lazy=True)
    skipped = list(itertools.islice(docs, len(done)))
    if [(d.parse() if isinstance(d, RawLine) else d).doc_id for d in skipped] != done:
        writer.close(complete=False)
        print(f"error: {args.output} holds records of other documents; use --overwrite", file=sys.stderr)
        return 2
    if done:
        print(f"resuming: {len(done)} records already in {args.output}", file=sys.stderr)
    models = None if args.rules else str(args.models)
    t0 = time.perf_counter()
    ready: list[float] = []

    def on_ready() -> None:
        ready.append(time.perf_counter())

    stream = run_dask(docs, args.workers, models, args.scheduler, on_ready=on_ready) if args.engine == "dask" \
        else run_local(docs, args.workers, models, on_ready=on_ready)
    total = _count_inputs(src)
    kinds: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    chars = 0
    complete = False
    try:
        with tqdm(stream, total=None if total is None else total - len(done), unit="doc",
                  disable=args.quiet, file=sys.stderr, smoothing=0.05) as bar:
            for item in bar:
                writer.write(item.line)
                statuses["ok" if item.ok else "error"] += 1
                chars += item.chars
                kinds.update(item.kinds)
        complete = True
    finally:
        writer.close(complete)
    t1 = time.perf_counter()
    dt, startup = t1 - t0, (ready[0] if ready else t1) - t0
    proc = dt - startup
    n = sum(statuses.values())
    print(f"documents: {n + len(done)} ({n} processed now, {len(done)} kept from before)")
    print(f"facts: {sum(kinds.values())}  " + "  ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print(f"errors: {statuses.get('error', 0)}")
    print(f"time: {dt:.1f}s  (start-up {startup:.1f}s, then {n / proc if proc > 0 else 0:.1f} docs/s, "
          f"{chars / proc / 1000 if proc > 0 else 0:.1f} kchar/s)")
    print(f"output: {args.output}")
    return 1 if args.strict and statuses.get("error", 0) else 0


def cmd_score(args: argparse.Namespace) -> int:
    gold = resolve_texts(read_records(args.gold))
    pred = read_records(args.pred)
    rep = score(gold, pred)
    print(json.dumps(rep.as_dict(), ensure_ascii=False, indent=1) if args.json else format_report(rep))
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="extract", description="Figures in Vietnamese news → linked facts (JSON Lines).")
    sub = ap.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract facts from a folder of .txt/.html or a .jsonl(.gz) file")
    run.add_argument("input")
    run.add_argument("-o", "--output", required=True)
    run.add_argument("--workers", type=int, default=1)
    run.add_argument("--engine", choices=("local", "dask"), default="local")
    run.add_argument("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:PORT); default a LocalCluster")
    run.add_argument("--models", type=Path, default=DEFAULT_MODELS)
    run.add_argument("--rules", action="store_true", help="ignore learned models; use the hand-written rules")
    run.add_argument("--overwrite", action="store_true", help="start afresh instead of resuming")
    run.add_argument("--strict", action="store_true", help="exit 1 if any document got an error record")
    run.add_argument("--quiet", action="store_true")
    run.set_defaults(func=cmd_run)

    sc = sub.add_parser("score", help="precision/recall of OUT against GOLD (contract §3)")
    sc.add_argument("gold")
    sc.add_argument("pred")
    sc.add_argument("--json", action="store_true")
    sc.set_defaults(func=cmd_score)

    # faces registered by their own modules (review, agreement, interop, train) go below
    review_cli.add_parser(sub)
    agreement.add_parser(sub)
    interop_cli.add_parsers(sub)
    train_cli.add_parser(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
