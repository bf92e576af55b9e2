"""Rewrite the canonical names in gold files to the project's standard spelling.

Annotators write `Ngân hàng Nhà nước Việt Nam`, `Bộ KH&ĐT`, `Trung du miền núi phía Bắc`;
the contract wants one standard spelling per unit. Usage: python scripts/canonicalize_gold.py FILE...
"""

from __future__ import annotations

import json
import sys

from extract.gazetteer import REGION_CANONICAL, canonical_org, canonical_place, canonical_region


def canon(ent: dict) -> str:
    name = ent.get("canonical") or ent.get("text", "")
    if ent.get("label") == "ORG":
        return canonical_org(name)
    if name.lower() in REGION_CANONICAL:
        return canonical_region(name)
    return canonical_place(name)


def main(paths: list[str]) -> None:
    for path in paths:
        recs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        changed = 0
        for r in recs:
            for e in r.get("entities") or []:
                new = canon(e)
                changed += new != e.get("canonical")
                e["canonical"] = new
            for f in r.get("facts", []):
                if f.get("subject"):
                    new = canon(f["subject"])
                    changed += new != f["subject"].get("canonical")
                    f["subject"]["canonical"] = new
        with open(path, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{path}: {changed} canonical names rewritten")


if __name__ == "__main__":
    main(sys.argv[1:])
