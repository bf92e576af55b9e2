"""`extract export` and `extract import`: records to and from Label Studio."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..gold import write_gold
from ..io import read_records, resolve_texts
from . import labelstudio

FORMATS = ("labelstudio",)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    ex = sub.add_parser("export", help="records (.jsonl) → Label Studio tasks with predictions")
    ex.add_argument("input", help="records: pipeline output or gold (.jsonl)")
    ex.add_argument("--format", choices=FORMATS, default="labelstudio")
    ex.add_argument("-o", "--output", type=Path, required=True, help="tasks file to write (JSON)")
    ex.add_argument("--config-out", type=Path, help="also write the matching labeling config (XML)")
    ex.set_defaults(func=cmd_export)

    im = sub.add_parser("import", help="a Label Studio JSON export (annotations) → gold records (.jsonl)")
    im.add_argument("input", help="Label Studio export in JSON format")
    im.add_argument("--format", choices=FORMATS, default="labelstudio")
    im.add_argument("-o", "--output", type=Path, required=True, help="gold file to write (.jsonl)")
    im.set_defaults(func=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    if not Path(args.input).exists():
        print(f"error: input {args.input} does not exist", file=sys.stderr)
        return 2
    tasks = labelstudio.to_tasks(resolve_texts(read_records(args.input)))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {len(tasks)} tasks to {args.output}")
    if args.config_out:
        args.config_out.parent.mkdir(parents=True, exist_ok=True)
        args.config_out.write_text(labelstudio.label_config(), encoding="utf-8")
        print(f"wrote the labeling config to {args.config_out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    try:
        tasks = json.loads(Path(args.input).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"error: cannot read {args.input}: {exc}", file=sys.stderr)
        return 2
    if not isinstance(tasks, list):
        print(f"error: {args.input} is not a Label Studio JSON export (a list of tasks)", file=sys.stderr)
        return 2
    records, skipped = labelstudio.from_tasks(tasks)
    write_gold(records, args.output)
    print(f"wrote {len(records)} gold records to {args.output}" + (f"; {len(skipped)} tasks had no annotation" if skipped else ""))
    return 0
