"""Inter-annotator agreement on small real Vietnamese gold, and on the project's own passes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.agreement import agreement, kappa
from extract.cli import main
from extract.io import read_records
from extract.record import Entity, Fact, Figure, Metric, Record

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("Năm 2023, TP Cần Thơ đạt 92,27%, tăng 1,76% so với năm 2022 và xếp thứ 12/63 tỉnh; "
        "Sở Y tế đạt 88,34 điểm, có 2/9 đơn vị xếp loại tốt.")


def fig(needle: str, kind: str, value: float, total: float | None = None) -> Figure:
    s = TEXT.index(needle)
    return Figure(s, s + len(needle), needle, kind, value, total, None, None)


def gold() -> list[Fact]:
    can = Entity("TP Cần Thơ", "LOC", "Cần Thơ")
    return [
        Fact(fig("92,27%", "percent", 92.27), can, Metric("PAR_INDEX"), 2023),
        Fact(fig("1,76%", "delta", 1.76), can, Metric("PAR_INDEX"), 2023, 2022),
        Fact(fig("12/63", "rank", 12, 63), can, Metric("PAR_INDEX"), 2023),
        Fact(fig("88,34 điểm", "score", 88.34), Entity("Sở Y tế", "ORG", "Sở Y tế"), Metric("PAR_INDEX"), 2023),
        Fact(fig("2/9", "count", 2, 9), None, Metric("PAR_INDEX"), 2023),
    ]


def test_identical_gold_agrees_fully() -> None:
    a = [Record("d", TEXT, facts=gold())]
    d = agreement(a, [Record("d", TEXT, facts=gold())])
    assert d["facts"]["f1"] == 1.0 and d["figures"]["tp"] == 5
    assert all(x["raw"] == 1.0 for x in d["fields"].values())
    assert d["fields"]["kind"]["kappa"] == 1.0
    assert d["fields"]["modality"]["kappa"] is None  # one category only: kappa is undefined


def test_disagreements_are_counted_per_field() -> None:
    b = gold()
    b[0].subject = Entity("thành phố Cần Thơ", "LOC", "Thành phố Cần Thơ")  # same after normalisation
    b[1].compared_to = 2021
    b[2].figure.kind = "count"  # same span, other kind: paired for fields, unmatched for the score
    b[3].year = 2022
    del b[4]
    d = agreement([Record("d", TEXT, facts=gold()), Record("only-a", TEXT)],
                  [Record("d", TEXT, facts=b), Record("only-b", TEXT)])
    assert d["documents"] == 1 and d["only_in_a"] == ["only-a"] and d["only_in_b"] == ["only-b"]
    assert d["mentions"] == {"both": 4, "only_a": 1, "only_b": 0}
    assert d["figures"]["tp"] == 3 and d["figures"]["fp"] == 1 and d["figures"]["fn"] == 2
    assert d["facts"]["tp"] == 1  # 92,27% only: the delta's compared_to and the score's year differ
    f = d["fields"]
    assert (f["subject"]["agree"], f["subject"]["pairs"]) == (4, 4)
    assert (f["kind"]["agree"], f["year"]["agree"], f["compared_to"]["agree"]) == (3, 3, 3)
    assert f["value"]["kappa"] is None and f["value"]["raw"] == 1.0


def test_kappa_matches_the_textbook_value() -> None:
    # p_o = 0.75, p_e = 0.5·0.25 + 0.5·0.75 = 0.5 → κ = 0.5
    assert kappa(["x", "x", "y", "y"], ["x", "y", "y", "y"]) == pytest.approx(0.5)
    assert kappa([], []) is None


def test_cli_on_the_project_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    second = ROOT / "annotations" / "agreement" / "pages-second-pass.jsonl"
    ids = {r.doc_id for r in read_records(second)}
    first = tmp_path / "first.jsonl"
    with open(ROOT / "annotations" / "pages.jsonl", encoding="utf-8") as fh:
        first.write_text("".join(line for line in fh if json.loads(line)["doc_id"] in ids), encoding="utf-8")
    assert main(["agreement", str(first), str(second), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["documents"] == len(ids) == 10 and not d["only_in_a"]
    assert d["facts"]["f1"] > 0.9 and d["mentions"]["both"] > 100
    assert set(d["fields"]) == {"subject", "metric.index", "year", "compared_to", "modality", "comparator", "kind",
                                "value", "total"}
    assert main(["agreement", str(first), str(first)]) == 0
    assert "facts" in capsys.readouterr().out
