"""Linking decisions on sentences built the way the press writes them: each case states which
unit, index and year a figure belongs to, and fails if the linker pairs them otherwise."""

from __future__ import annotations

import pytest

from extract.models import load_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(None)


def _facts(pipeline, text: str) -> list[tuple[str, str | None, str, int | None]]:
    rec = pipeline("case", text)
    assert rec.status == "ok", rec.error
    return [(f.figure.text, f.subject.canonical if f.subject else None, f.metric.index, f.year) for f in rec.facts]


def test_respectively_pairs_listed_units_with_listed_figures(pipeline) -> None:
    text = ("Năm 2023, Chỉ số PCI của Quảng Ninh, Hải Phòng và Bắc Ninh lần lượt đạt 91,15 điểm, 89,2 điểm và "
            "88,7 điểm.")
    assert _facts(pipeline, text) == [
        ("91,15 điểm", "Quảng Ninh", "PCI", 2023),
        ("89,2 điểm", "Hải Phòng", "PCI", 2023),
        ("88,7 điểm", "Bắc Ninh", "PCI", 2023),
    ]


def test_a_rank_cue_written_once_covers_the_listed_positions(pipeline) -> None:
    text = "Về Chỉ số PAPI năm 2022, các tỉnh Long An, Đồng Tháp và Bình Dương lần lượt xếp thứ 4, 5 và 6."
    assert _facts(pipeline, text) == [
        ("4", "Long An", "PAPI", 2022),
        ("5", "Đồng Tháp", "PAPI", 2022),
        ("6", "Bình Dương", "PAPI", 2022),
    ]


def test_a_unit_written_once_covers_the_listed_values(pipeline) -> None:
    text = "Năm 2021, Chỉ số SIPAS của Hà Nam, Nam Định và Ninh Bình lần lượt là 88,2; 86,5 và 85,1%."
    got = _facts(pipeline, text)
    assert [g[0] for g in got] == ["88,2", "86,5", "85,1%"]
    assert [g[1] for g in got] == ["Hà Nam", "Nam Định", "Ninh Bình"]


def test_without_respectively_a_list_is_not_paired(pipeline) -> None:
    text = "Năm 2023, Quảng Ninh, Hải Phòng và Bắc Ninh được biểu dương; Bắc Ninh đạt 88,7 điểm Chỉ số PCI."
    assert _facts(pipeline, text) == [("88,7 điểm", "Bắc Ninh", "PCI", 2023)]
