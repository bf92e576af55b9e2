"""A resumable JSON Lines writer.

Lines go to `OUT.partial`, each in one `os.write` of whole bytes, and the file is renamed to
`OUT` when the batch is done: `OUT` never holds a half-written line. After an interruption
(even `kill -9`) the next run truncates the partial file to its last complete line and
continues after it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path


class ResumableWriter:
    def __init__(self, out: Path, overwrite: bool = False) -> None:
        self.out = Path(out)
        self.partial = self.out.with_name(self.out.name + ".partial")
        self.out.parent.mkdir(parents=True, exist_ok=True)
        if overwrite:
            for f in (self.out, self.partial):
                if f.exists():
                    f.unlink()
        elif self.out.exists() and not self.partial.exists():
            os.replace(self.out, self.partial)
        self.done_ids: list[str] = self._recover()
        self._fd = os.open(self.partial, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def _recover(self) -> list[str]:
        """doc_ids of the complete lines already written; cut anything after them."""
        if not self.partial.exists():
            return []
        ids: list[str] = []
        good = 0
        with open(self.partial, "rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break
                try:
                    ids.append(str(json.loads(raw)["doc_id"]))
                except (ValueError, KeyError, TypeError):
                    break
                good += len(raw)
        with open(self.partial, "r+b") as fh:
            fh.truncate(good)
        return ids

    def write(self, line: str) -> None:
        os.write(self._fd, (line + "\n").encode("utf-8"))

    def close(self, complete: bool) -> None:
        os.close(self._fd)
        if complete:
            os.replace(self.partial, self.out)
