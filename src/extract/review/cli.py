"""`extract review`: import documents and predictions, serve the review page, or export gold."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ..gold import write_gold


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "review",
        help="review predicted facts in a local web page; --export writes the reviewed documents as gold",
        description="Serve a local page to accept, reject, edit and add facts, every decision stored in a "
        "SQLite file. INPUT is a batch (.jsonl, folder) or a records file; its documents are imported once "
        "with predictions from --predictions or from the pipeline. With --export, write the documents "
        "marked done as gold and exit.",
    )
    p.add_argument("input", nargs="?", help="documents to review (omit to reopen the database as it is)")
    p.add_argument("--db", type=Path, default=Path("review.sqlite"), help="the review database (default review.sqlite)")
    p.add_argument("--host", default="127.0.0.1", help="address to serve on (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (0 picks a free one)")
    p.add_argument("--reviewer", default=_user(), help="name stored with every decision (default: login name)")
    p.add_argument("--predictions", type=Path, help="records (.jsonl) whose facts are the predictions to review")
    p.add_argument("--export", type=Path, metavar="GOLD.jsonl", help="write the reviewed documents as gold, no server")
    p.set_defaults(func=cmd_review)


def cmd_review(args: argparse.Namespace) -> int:
    from .store import ReviewStore

    if args.export:
        if args.input:
            print("error: --export writes what the database holds; give no INPUT", file=sys.stderr)
            return 2
        if not args.db.exists():
            print(f"error: no review database {args.db}", file=sys.stderr)
            return 2
        store = ReviewStore(args.db)
        gold = store.gold()
        write_gold(gold, args.export)
        todo = sum(1 for q in store.queue() if not q["done"])
        print(f"exported {len(gold)} reviewed documents ({sum(len(r.facts) for r in gold)} facts) to {args.export};"
              f" {todo} not marked done")
        return 0
    for name, path in (("input", args.input and Path(args.input)), ("predictions", args.predictions)):
        if path and not path.exists():
            print(f"error: {name} {path} does not exist", file=sys.stderr)
            return 2
    if not args.input and not args.db.exists():
        print(f"error: no review database {args.db}; give INPUT to start one", file=sys.stderr)
        return 2
    store = ReviewStore(args.db)
    if args.input:
        from .sources import records_to_import

        try:
            added = sum(store.import_record(r) for r in records_to_import(Path(args.input), args.predictions, store.doc_ids()))
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"review: {added} documents imported, {len(store.doc_ids())} in {args.db}", flush=True)
    if not store.doc_ids():
        print("error: nothing to review; give INPUT", file=sys.stderr)
        return 2
    from .app import serve

    serve(store, args.reviewer, args.host, args.port)
    return 0


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"
