"""Label Studio round trip: records → tasks → (annotations as Label Studio writes them) → gold."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from extract.cli import main
from extract.interop.labelstudio import from_tasks, label_config, to_tasks
from extract.io import read_inputs, read_records, resolve_texts
from extract.models import load_pipeline
from extract.record import Entity, Fact, Figure, Metric, Record

ROOT = Path(__file__).resolve().parents[1]


def accept_predictions(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What Label Studio exports after a reviewer submits the predictions unchanged."""
    for n, t in enumerate(tasks):
        t["id"] = n + 1
        t["annotations"] = [{"id": n + 1, "completed_by": 1, "was_cancelled": False, "ground_truth": False,
                             "created_at": "2024-05-01T10:00:00Z", "updated_at": "2024-05-01T10:00:00Z",
                             "result": json.loads(json.dumps(t["predictions"][0]["result"]))}]
    return tasks


def without_confidence(r: Record) -> dict[str, Any]:
    for f in r.facts:
        f.confidence = None
    return r.to_dict()


def test_pipeline_output_round_trips_through_the_cli(tmp_path: Path) -> None:
    pipeline = load_pipeline()
    records = [pipeline(d.doc_id, d.text, d.meta) for d in read_inputs(ROOT / "corpus" / "seeds.jsonl")]
    assert sum(len(r.facts) for r in records) > 20
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    tasks_file, config = tmp_path / "tasks.json", tmp_path / "config.xml"
    assert main(["export", str(out), "--format", "labelstudio", "-o", str(tasks_file), "--config-out", str(config)]) == 0
    tasks = json.loads(tasks_file.read_text(encoding="utf-8"))
    pred = tasks[0]["predictions"][0]
    assert pred["model_version"] == records[0].extra["version"]
    assert pred["score"] == pytest.approx(min(f.confidence for f in records[0].facts))
    assert tasks[0]["data"]["text"] == records[0].text

    # every control a result names exists in the labeling config
    root = ET.fromstring(config.read_text(encoding="utf-8"))
    controls = {e.get("name") for e in root.iter() if e.get("toName") == "text"}
    used = {r["from_name"] for t in tasks for r in t["predictions"][0]["result"] if "from_name" in r}
    assert used <= controls
    assert {e.get("value") for e in root.iter("Label")} == {"FIGURE", "ORG", "LOC"}

    export = tmp_path / "ls-export.json"
    export.write_text(json.dumps(accept_predictions(tasks), ensure_ascii=False), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    assert main(["import", str(export), "-o", str(gold)]) == 0
    back = resolve_texts(read_records(gold))
    assert [without_confidence(r) for r in records] == [r.to_dict() for r in back]
    assert all("text" not in json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines())


def test_project_gold_round_trips() -> None:
    gold = resolve_texts(read_records(ROOT / "annotations" / "pages.jsonl"))
    back, skipped = from_tasks(accept_predictions(to_tasks(gold)))
    assert not skipped
    assert [r.to_dict() for r in gold] == [r.to_dict() for r in back]


def test_offsets_are_utf16_in_label_studio_and_code_points_here() -> None:
    text = "🔥🔥 Hà Nội đạt 92,27% và xếp thứ 3/63 😀."
    s = text.index("92,27%")
    hn = text.index("Hà Nội")
    fact = Fact(Figure(s, s + 6, "92,27%", "percent", 92.27, None, "%", None),
                Entity("Hà Nội", "LOC", "Hà Nội", hn, hn + 6), Metric("PAR_INDEX", "Chỉ số CCHC"), 2023, None, "actual")
    unplaced = Fact(Figure(text.index("3/63"), text.index("3/63") + 4, "3/63", "rank", 3, 63, "rank", None),
                    Entity("thủ đô", "LOC", "Hà Nội"), Metric("OTHER"), None, None, "target", note="subject only implied")
    rec = Record("emoji", text, entities=None, facts=[fact, unplaced])
    tasks = to_tasks([rec])
    fig = next(r for r in tasks[0]["predictions"][0]["result"] if r.get("value", {}).get("labels") == ["FIGURE"])
    assert (fig["value"]["start"], fig["value"]["end"]) == (s + 2, s + 8)  # two astral characters before
    [back], _ = from_tasks(accept_predictions(tasks))
    assert back.to_dict() == rec.to_dict()


def test_annotations_as_people_make_them() -> None:
    """Cancelled annotations are skipped, the latest one wins, bare spans get their fields from the text."""
    text = "Năm 2023, UBND tỉnh Sóc Trăng xếp thứ 12/63 tỉnh."
    s, e = text.index("12/63"), text.index("12/63") + 5
    a, b = text.index("UBND tỉnh Sóc Trăng"), text.index("UBND tỉnh Sóc Trăng") + 19
    result = [
        {"id": "x", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": s, "end": e, "text": "12/63", "labels": ["FIGURE"]}},
        {"id": "y", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": a, "end": b, "text": text[a:b], "labels": ["ORG"]}},
        {"from_id": "y", "to_id": "x", "type": "relation", "direction": "left", "labels": []},
    ]
    tasks = [
        {"id": 7, "data": {"text": text}, "annotations": [
            {"id": 1, "was_cancelled": False, "updated_at": "2024-01-01T00:00:00Z", "result": []},
            {"id": 2, "was_cancelled": False, "updated_at": "2024-02-01T00:00:00Z", "result": result},
            {"id": 3, "was_cancelled": True, "updated_at": "2024-03-01T00:00:00Z", "result": []},
        ]},
        {"id": 8, "data": {"text": text, "doc_id": "none"}, "annotations": [{"id": 4, "was_cancelled": True, "result": []}]},
    ]
    [rec], skipped = from_tasks(tasks)
    assert skipped == ["none"] and rec.doc_id == "task-7"
    [f] = rec.facts
    assert (f.figure.kind, f.figure.value, f.figure.total) == ("rank", 12, 63)
    assert f.subject is not None and (f.subject.label, f.subject.start, f.subject.text) == ("ORG", a, text[a:b])
    assert f.subject.canonical == "Sóc Trăng"
    assert f.metric.index == "OTHER" and f.modality == "actual"


def test_label_config_is_well_formed_xml() -> None:
    root = ET.fromstring(label_config())
    assert root.tag == "View"
    assert [c.get("value") for c in root.find("./View/Choices[@name='comparator']")] == [">", ">=", "<", "<=", "~"]
