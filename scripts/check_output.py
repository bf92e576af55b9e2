"""Check an `extract run` output against its input: exactly one record per input document, in
order, and every offset slicing the record's text to the recorded span text.

Usage: python scripts/check_output.py INPUT OUT.jsonl   (exit 1 on any violation)
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from extract.io import read_inputs


def main(inp: str, out: str) -> int:
    problems: list[str] = []
    statuses: Counter[str] = Counter()
    n_out = facts = 0
    with open(out, encoding="utf-8") as fh:
        for doc, line in zip(read_inputs(inp), fh, strict=False):
            n_out += 1
            rec = json.loads(line)
            statuses[rec["status"]] += 1
            if rec["doc_id"] != doc.doc_id:
                problems.append(f"record {n_out}: doc_id {rec['doc_id']!r} != input {doc.doc_id!r}")
            text = rec["text"]
            spans = [f["figure"] for f in rec["facts"]] + (rec.get("entities") or [])
            spans += [f["subject"] for f in rec["facts"] if f.get("subject") and "start" in f["subject"]]
            facts += len(rec["facts"])
            for sp in spans:
                if text[sp["start"]:sp["end"]] != sp["text"]:
                    problems.append(f"{rec['doc_id']}: offsets {sp['start']}:{sp['end']} do not slice to {sp['text']!r}")
    with open(out, encoding="utf-8") as fh:
        total_out = sum(1 for _ in fh)
    total_in = sum(1 for _ in read_inputs(inp))
    if total_in != total_out:
        problems.append(f"{total_in} input documents but {total_out} output records")
    print(f"input documents: {total_in}  output records: {total_out}  facts: {facts}  statuses: {dict(statuses)}")
    for p in problems[:20]:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
