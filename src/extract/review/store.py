"""The review database: one SQLite file holding documents, facts and every decision.

Why this shape: a reviewer's work must survive a closed tab or a killed server, and be
auditable. Each action is one transaction that appends a row to `decisions` (who, when,
which model's prediction, and each fact's state before and after) and updates the current
state in `facts`/`documents`. Undo appends a row too, reverting the latest decision of the
document that no undo has reverted yet, so the log only ever grows.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..record import Fact, Record

# A fact's review state. `absent` is an added fact whose adding was undone.
PENDING, ACCEPTED, REJECTED, EDITED, ADDED, DELETED, ABSENT = (
    "pending", "accepted", "rejected", "edited", "added", "deleted", "absent"
)
KEPT = (ACCEPTED, EDITED, ADDED)
HIDDEN = (DELETED, ABSENT)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    meta TEXT NOT NULL,
    entities TEXT,
    model_version TEXT,
    min_confidence REAL,
    done INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    origin TEXT NOT NULL CHECK (origin IN ('predicted', 'added')),
    predicted TEXT,
    confidence REAL,
    status TEXT NOT NULL,
    fact TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    action TEXT NOT NULL,
    reverts INTEGER REFERENCES decisions(id),
    changes TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    model_version TEXT,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_doc ON decisions(doc_id);
"""


class ReviewError(ValueError):
    """A request the current state cannot satisfy (nothing to undo)."""


class UnknownItem(ReviewError):
    """No such document or fact."""


class ReviewStore:
    """All reads and writes of the review database; safe to share between server threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA foreign_keys = ON")
        self._lock = threading.Lock()
        with self._lock:
            self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # ---- import -------------------------------------------------------------------------

    def doc_ids(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self._conn.execute("SELECT doc_id FROM documents")}

    def import_record(self, record: Record) -> bool:
        """Add a document with its predicted facts; False (and no change) if it is already here."""
        confs = [f.confidence for f in record.facts if f.confidence is not None]
        with self._lock, self._tx() as cur:
            if cur.execute("SELECT 1 FROM documents WHERE doc_id = ?", (record.doc_id,)).fetchone():
                return False
            pos = cur.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM documents").fetchone()[0]
            cur.execute(
                "INSERT INTO documents (doc_id, position, text, meta, entities, model_version, min_confidence, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.doc_id,
                    pos,
                    record.text,
                    _dump(record.meta),
                    None if record.entities is None else _dump([e.to_dict() for e in record.entities]),
                    record.extra.get("version"),
                    min(confs) if confs else None,
                    _now(),
                ),
            )
            for f in record.facts:
                body = _dump(_fact_dict(f))
                cur.execute(
                    "INSERT INTO facts (doc_id, origin, predicted, confidence, status, fact) VALUES (?, 'predicted', ?, ?, ?, ?)",
                    (record.doc_id, body, f.confidence, PENDING, body),
                )
        return True

    # ---- reading ------------------------------------------------------------------------

    def queue(self) -> list[dict[str, Any]]:
        """Documents to review, least confident prediction first (no confidence counts as sure)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT d.doc_id, d.min_confidence, d.done,"
                " SUM(f.status = ?) AS pending, SUM(f.status NOT IN (?, ?)) AS facts"
                " FROM documents d LEFT JOIN facts f ON f.doc_id = d.doc_id"
                " GROUP BY d.doc_id ORDER BY COALESCE(d.min_confidence, 1.0), d.position",
                (PENDING, *HIDDEN),
            ).fetchall()
        return [
            {"doc_id": r["doc_id"], "min_confidence": r["min_confidence"], "done": bool(r["done"]),
             "pending": r["pending"] or 0, "facts": r["facts"] or 0}
            for r in rows
        ]

    def document(self, doc_id: str) -> dict[str, Any]:
        """What the page shows for one document: text, facts with their state, whether undo can act."""
        with self._lock:
            d = self._doc_row(doc_id)
            facts = self._conn.execute(
                "SELECT id, origin, confidence, status, fact FROM facts WHERE doc_id = ? AND status NOT IN (?, ?)"
                " ORDER BY json_extract(fact, '$.figure.start'), id",
                (doc_id, *HIDDEN),
            ).fetchall()
            can_undo = self._last_undoable(doc_id) is not None
        return {
            "doc_id": doc_id,
            "text": d["text"],
            "meta": json.loads(d["meta"]),
            "entities": json.loads(d["entities"]) if d["entities"] else [],
            "model_version": d["model_version"],
            "min_confidence": d["min_confidence"],
            "done": bool(d["done"]),
            "can_undo": can_undo,
            "facts": [
                {"id": r["id"], "origin": r["origin"], "confidence": r["confidence"], "status": r["status"],
                 "fact": json.loads(r["fact"])}
                for r in facts
            ],
        }

    def decisions(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """The decision log, oldest first (for audits and tests)."""
        sql = "SELECT * FROM decisions" + (" WHERE doc_id = ?" if doc_id else "") + " ORDER BY id"
        with self._lock:
            rows = self._conn.execute(sql, (doc_id,) if doc_id else ()).fetchall()
        return [{**dict(r), "changes": json.loads(r["changes"])} for r in rows]

    def gold(self) -> list[Record]:
        """Documents marked reviewed, in input order, with their accepted, edited and added facts."""
        with self._lock:
            docs = self._conn.execute("SELECT * FROM documents WHERE done = 1 ORDER BY position").fetchall()
            out = []
            for d in docs:
                rows = self._conn.execute(
                    "SELECT fact FROM facts WHERE doc_id = ? AND status IN (?, ?, ?)"
                    " ORDER BY json_extract(fact, '$.figure.start'), id",
                    (d["doc_id"], *KEPT),
                ).fetchall()
                reviewers = [r[0] for r in self._conn.execute(
                    "SELECT DISTINCT reviewer FROM decisions WHERE doc_id = ? ORDER BY reviewer", (d["doc_id"],))]
                review = {"reviewers": reviewers, "model_version": d["model_version"]}
                out.append(Record(
                    doc_id=d["doc_id"],
                    text=d["text"],
                    meta=json.loads(d["meta"]),
                    facts=[Fact.from_dict(json.loads(r[0])) for r in rows],
                    extra={"review": review},
                ))
        return out

    # ---- decisions ----------------------------------------------------------------------

    def accept(self, doc_id: str, fact_id: int, reviewer: str) -> None:
        """The prediction is right; an edited or added fact stays marked as such."""
        def after(status: str, fact: dict[str, Any]) -> tuple[str, dict[str, Any]]:
            return (status if status in (EDITED, ADDED) else ACCEPTED), fact
        self._change_fact(doc_id, fact_id, "accept", reviewer, after)

    def reject(self, doc_id: str, fact_id: int, reviewer: str) -> None:
        self._change_fact(doc_id, fact_id, "reject", reviewer, lambda _s, fact: (REJECTED, fact))

    def delete(self, doc_id: str, fact_id: int, reviewer: str) -> None:
        self._change_fact(doc_id, fact_id, "delete", reviewer, lambda _s, fact: (DELETED, fact))

    def edit(self, doc_id: str, fact_id: int, fact: Fact, reviewer: str) -> None:
        """Replace the fact's fields; an edited prediction counts as accepted with changes."""
        body = _fact_dict(fact)
        self._change_fact(doc_id, fact_id, "edit", reviewer,
                          lambda status, _f: (ADDED if status == ADDED else EDITED, body))

    def add(self, doc_id: str, fact: Fact, reviewer: str) -> int:
        """A fact the model missed; returns its id."""
        body = _fact_dict(fact)
        with self._lock, self._tx() as cur:
            d = self._doc_row(doc_id)
            cur.execute(
                "INSERT INTO facts (doc_id, origin, predicted, confidence, status, fact) VALUES (?, 'added', NULL, NULL, ?, ?)",
                (doc_id, ADDED, _dump(body)),
            )
            fact_id = cur.lastrowid
            assert fact_id is not None
            change = {"id": fact_id, "before": {"status": ABSENT, "fact": body}, "after": {"status": ADDED, "fact": body}}
            self._log(cur, doc_id, "add", {"facts": [change]}, reviewer, d["model_version"])
        return fact_id

    def finish(self, doc_id: str, reviewer: str) -> None:
        """Mark the document reviewed; predictions still pending are taken as accepted."""
        with self._lock, self._tx() as cur:
            d = self._doc_row(doc_id)
            pending = cur.execute("SELECT id, fact FROM facts WHERE doc_id = ? AND status = ?", (doc_id, PENDING)).fetchall()
            changes = [{"id": r["id"], "before": {"status": PENDING, "fact": json.loads(r["fact"])},
                        "after": {"status": ACCEPTED, "fact": json.loads(r["fact"])}} for r in pending]
            for c in changes:
                self._set_fact(cur, c["id"], c["after"])
            cur.execute("UPDATE documents SET done = 1 WHERE doc_id = ?", (doc_id,))
            self._log(cur, doc_id, "done", {"facts": changes, "done": [bool(d["done"]), True]}, reviewer, d["model_version"])

    def undo(self, doc_id: str, reviewer: str) -> str:
        """Revert the document's latest decision not yet reverted; returns its action."""
        with self._lock, self._tx() as cur:
            d = self._doc_row(doc_id)
            last = self._last_undoable(doc_id)
            if last is None:
                raise ReviewError("nothing to undo in this document")
            changes = json.loads(last["changes"])
            reverted = {"facts": [{"id": c["id"], "before": c["after"], "after": c["before"]} for c in changes["facts"]]}
            for c in reverted["facts"]:
                self._set_fact(cur, c["id"], c["after"])
            if changes.get("done"):
                before, after = changes["done"]
                reverted["done"] = [after, before]
                cur.execute("UPDATE documents SET done = ? WHERE doc_id = ?", (int(before), doc_id))
            self._log(cur, doc_id, "undo", reverted, reviewer, d["model_version"], reverts=last["id"])
        return str(last["action"])

    # ---- internals ----------------------------------------------------------------------

    def _tx(self) -> _Transaction:
        return _Transaction(self._conn)

    def _doc_row(self, doc_id: str) -> sqlite3.Row:
        row = self._conn.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            raise UnknownItem(f"no document {doc_id!r}")
        return row

    def _last_undoable(self, doc_id: str) -> sqlite3.Row | None:
        return self._conn.execute(
            "SELECT id, action, changes FROM decisions WHERE doc_id = ? AND action != 'undo'"
            " AND id NOT IN (SELECT reverts FROM decisions WHERE reverts IS NOT NULL)"
            " ORDER BY id DESC LIMIT 1",
            (doc_id,),
        ).fetchone()

    def _change_fact(self, doc_id: str, fact_id: int, action: str, reviewer: str, after: Any) -> None:
        with self._lock, self._tx() as cur:
            d = self._doc_row(doc_id)
            row = cur.execute(
                "SELECT status, fact FROM facts WHERE id = ? AND doc_id = ? AND status NOT IN (?, ?)",
                (fact_id, doc_id, *HIDDEN),
            ).fetchone()
            if row is None:
                raise UnknownItem(f"no fact {fact_id} in document {doc_id!r}")
            before = json.loads(row["fact"])
            status, body = after(row["status"], before)
            change = {"id": fact_id, "before": {"status": row["status"], "fact": before},
                      "after": {"status": status, "fact": body}}
            self._set_fact(cur, fact_id, change["after"])
            self._log(cur, doc_id, action, {"facts": [change]}, reviewer, d["model_version"])

    @staticmethod
    def _set_fact(cur: sqlite3.Cursor, fact_id: int, state: dict[str, Any]) -> None:
        cur.execute("UPDATE facts SET status = ?, fact = ? WHERE id = ?", (state["status"], _dump(state["fact"]), fact_id))

    @staticmethod
    def _log(cur: sqlite3.Cursor, doc_id: str, action: str, changes: dict[str, Any], reviewer: str,
             model_version: str | None, reverts: int | None = None) -> None:
        cur.execute(
            "INSERT INTO decisions (doc_id, action, reverts, changes, reviewer, model_version, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (doc_id, action, reverts, _dump(changes), reviewer, model_version, _now()),
        )


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error): one decision, all or nothing, on disk at once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> sqlite3.Cursor:
        self._conn.execute("BEGIN IMMEDIATE")
        return self._conn.cursor()

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._conn.execute("ROLLBACK" if exc_type else "COMMIT")


def _fact_dict(f: Fact) -> dict[str, Any]:
    """A fact as stored: the contract's fields, without the model's confidence (kept in its own column)."""
    d = f.to_dict()
    d.pop("confidence", None)
    return d


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")
