"""The review database and its HTTP API, without a browser."""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from extract.record import Entity, Fact, Figure, Metric, Record
from extract.review.app import ReviewAPI, make_handler
from extract.review.edits import fact_from_client
from extract.review.sources import records_to_import
from extract.review.store import ReviewError, ReviewStore, UnknownItem

TEXT = "Năm 2023, TP Cần Thơ đạt 92,27%, tăng 1,76% so với năm 2022 và xếp thứ 12/63 tỉnh."


def _fact(needle: str, kind: str, value: float, conf: float, total: float | None = None) -> Fact:
    s = TEXT.index(needle)
    subj = Entity("TP Cần Thơ", "LOC", "Cần Thơ", TEXT.index("TP Cần Thơ"), TEXT.index("TP Cần Thơ") + 10)
    return Fact(Figure(s, s + len(needle), needle, kind, value, total, None, None), subj, Metric("PAR_INDEX"), 2023,
                None, "actual", conf)


def _record(doc_id: str = "d1", conf: float = 0.4) -> Record:
    return Record(doc_id, TEXT, meta={"url": "u"}, facts=[
        _fact("92,27%", "percent", 92.27, conf), _fact("1,76%", "delta", 1.76, 0.9), _fact("12/63", "rank", 12, 0.8, 63),
    ], extra={"version": "m1"})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ReviewStore]:
    s = ReviewStore(tmp_path / "r.sqlite")
    s.import_record(_record())
    yield s
    s.close()


def _ids(store: ReviewStore) -> dict[str, int]:
    return {f["fact"]["figure"]["text"]: f["id"] for f in store.document("d1")["facts"]}


def _status(store: ReviewStore) -> dict[str, str]:
    return {f["fact"]["figure"]["text"]: f["status"] for f in store.document("d1")["facts"]}


def test_import_is_idempotent_and_queue_puts_least_confident_first(store: ReviewStore) -> None:
    assert not store.import_record(_record())
    assert store.import_record(_record("d2", conf=0.1))
    assert store.import_record(Record("d3", TEXT))  # no facts: nothing uncertain, last
    assert [q["doc_id"] for q in store.queue()] == ["d2", "d1", "d3"]
    assert len(store.document("d1")["facts"]) == 3


def test_decisions_undo_and_gold(store: ReviewStore, tmp_path: Path) -> None:
    ids = _ids(store)
    store.accept("d1", ids["92,27%"], "an")
    store.reject("d1", ids["1,76%"], "an")
    edited = fact_from_client(TEXT, {**_record().facts[2].to_dict(), "year": 2024})
    store.edit("d1", ids["12/63"], edited, "binh")
    new = store.add("d1", fact_from_client(TEXT, {"figure": {"start": 0, "end": 3, "kind": "count", "value": 1},
                                                  "subject": None, "metric": {"index": "OTHER"}}), "an")
    store.delete("d1", new, "an")
    assert _status(store) == {"92,27%": "accepted", "1,76%": "rejected", "12/63": "edited"}
    assert store.undo("d1", "an") == "delete"
    assert store.undo("d1", "an") == "add"
    assert store.undo("d1", "an") == "edit"
    assert _status(store) == {"92,27%": "accepted", "1,76%": "rejected", "12/63": "pending"}
    store.finish("d1", "an")
    assert store.document("d1")["done"] and _status(store)["12/63"] == "accepted"
    assert store.undo("d1", "an") == "done"  # reverts the implicit accept as well
    assert not store.document("d1")["done"] and _status(store)["12/63"] == "pending"
    assert store.gold() == []
    store.finish("d1", "an")
    log = store.decisions("d1")
    assert [d["action"] for d in log] == ["accept", "reject", "edit", "add", "delete", "undo", "undo", "undo",
                                          "done", "undo", "done"]
    assert [d["reverts"] for d in log if d["action"] == "undo"] == [log[4]["id"], log[3]["id"], log[2]["id"], log[8]["id"]]
    assert {d["model_version"] for d in log} == {"m1"} and {d["reviewer"] for d in log} == {"an", "binh"}
    [gold] = store.gold()
    assert [f.figure.text for f in gold.facts] == ["92,27%", "12/63"]
    assert gold.facts[1].year == 2023 and gold.facts[0].confidence is None
    assert gold.extra["review"] == {"reviewers": ["an", "binh"], "model_version": "m1"}


def test_state_survives_reopening(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    s = ReviewStore(db)
    s.import_record(_record())
    s.accept("d1", _ids(s)["92,27%"], "an")
    s.close()
    again = ReviewStore(db)
    assert _status(again)["92,27%"] == "accepted" and again.document("d1")["can_undo"]


def test_unknown_items_and_empty_undo(store: ReviewStore) -> None:
    with pytest.raises(UnknownItem):
        store.accept("nope", 1, "an")
    with pytest.raises(UnknownItem):
        store.accept("d1", 999, "an")
    with pytest.raises(ReviewError):
        store.undo("d1", "an")


@pytest.mark.parametrize("change, message", [
    ({"figure": {"start": 0, "end": 999}}, "figure span"),
    ({"figure": {"start": 0, "end": 3, "kind": "money", "value": 1}}, "figure.kind"),
    ({"metric": {"index": "GDP"}}, "metric.index"),
    ({"year": 20230}, "year"),
    ({"modality": "hope"}, "modality"),
    ({"subject": {"label": "PER", "canonical": "x"}}, "subject.label"),
])
def test_edits_are_checked_against_the_contract(change: dict[str, Any], message: str) -> None:
    d = {**_record().facts[0].to_dict(), **change}
    with pytest.raises(ValueError, match=message):
        fact_from_client(TEXT, d)


def test_edit_fills_texts_from_offsets() -> None:
    s = TEXT.index("TP Cần Thơ")
    f = fact_from_client(TEXT, {"figure": {"start": s - 1, "end": s + 2, "text": "forged", "kind": "count", "value": "3"},
                                "subject": {"start": s, "end": s + 10, "label": "LOC", "canonical": ""},
                                "metric": {"index": "OTHER"}})
    assert f.figure.text == TEXT[s - 1:s + 2] and f.figure.value == 3.0
    assert (f.subject.text, f.subject.canonical) == ("TP Cần Thơ", "Cần Thơ")


def test_sources_skip_known_documents_and_check_prediction_texts(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"doc_id": "d1", "text": TEXT}, ensure_ascii=False) + "\n"
                    + json.dumps({"doc_id": "d2", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    preds = tmp_path / "preds.jsonl"
    preds.write_text(json.dumps(_record().to_dict(with_text=False), ensure_ascii=False) + "\n", encoding="utf-8")
    got = list(records_to_import(docs, preds, known={"d2"}))
    assert [(r.doc_id, len(r.facts), r.text == TEXT) for r in got] == [("d1", 3, True)]
    piped = list(records_to_import(docs, None, known={"d1"}))  # no predictions: the pipeline's
    assert [r.doc_id for r in piped] == ["d2"] and piped[0].extra.get("version")
    docs.write_text(docs.read_text(encoding="utf-8") + '{"doc_id": "d3", "text": "l\\ud83d 5%"}\n', encoding="utf-8")
    assert [r.doc_id for r in records_to_import(docs, None, known={"d1", "d2"})] == []  # unstorable text skipped
    preds.write_text(json.dumps({**_record().to_dict(), "text": "other"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="different text"):
        list(records_to_import(docs, preds, known=set()))


@pytest.fixture
def api_server(store: ReviewStore) -> Iterator[tuple[str, int]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(ReviewAPI(store, "an"), check_host=True))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield str(host), int(port)
    server.shutdown()
    server.server_close()


def _request(addr: tuple[str, int], method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
             ) -> tuple[int, dict[str, str], bytes]:
    con = http.client.HTTPConnection(*addr, timeout=10)
    data = None if body is None else json.dumps(body).encode()
    h = {"Content-Type": "application/json"} if body is not None else {}
    con.request(method, path, body=data, headers={**h, **(headers or {})})
    res = con.getresponse()
    out = res.status, dict(res.getheaders()), res.read()
    con.close()
    return out


def test_api_serves_json_and_refuses_foreign_requests(api_server: tuple[str, int], store: ReviewStore) -> None:
    status, headers, body = _request(api_server, "GET", "/api/doc?doc_id=d1")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    fid = json.loads(body)["doc"]["facts"][0]["id"]
    assert _request(api_server, "POST", "/api/accept", {"doc_id": "d1", "fact_id": fid})[0] == 200
    assert store.decisions("d1")[-1]["reviewer"] == "an"
    # a form post from another site, a cross-origin fetch, a rebound DNS name
    assert _request(api_server, "POST", "/api/undo", None, {"Content-Type": "text/plain"})[0] == 415
    assert _request(api_server, "POST", "/api/undo", {"doc_id": "d1"}, {"Origin": "http://evil.example"})[0] == 403
    assert _request(api_server, "GET", "/api/session", None, {"Host": "evil.example"})[0] == 421
    # no path reaches the file system
    for path in ("/../pyproject.toml", "/static/../store.py", "/%2e%2e/store.py", "/app.py"):
        assert _request(api_server, "GET", path)[0] == 404
    assert _request(api_server, "GET", "/api/doc?doc_id=../../etc/passwd")[0] == 404
    assert _request(api_server, "POST", "/api/accept", {"doc_id": "d1", "fact_id": "1"})[0] == 400
    assert len(store.decisions("d1")) == 1
