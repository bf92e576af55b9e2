"""Linking decisions on sentences built the way the press writes them: each case states which
unit, index and year a figure belongs to, and fails if the linker pairs them otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.io import read_records
from extract.models import load_pipeline

CHALLENGE = Path(__file__).resolve().parents[1] / "annotations" / "challenge"


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(None)


def _facts(pipeline, text: str) -> list[tuple[str, str | None, str, int | None]]:
    rec = pipeline("case", text)
    assert rec.status == "ok", rec.error
    return [(f.figure.text, f.subject.canonical if f.subject else None, f.metric.index, f.year) for f in rec.facts]


def _subjects(pipeline, text: str) -> dict[str, str | None]:
    """Figure text → subject, for cases that ask only who a figure belongs to."""
    return {f[0]: f[1] for f in _facts(pipeline, text)}


def _indices(pipeline, text: str) -> list[tuple[str, str]]:
    """(figure text, metric index) in order, for cases that ask only what a figure measures."""
    return [(f[0], f[2]) for f in _facts(pipeline, text)]


def _modalities(pipeline, text: str) -> list[tuple[str, str]]:
    """(figure text, modality) in order, for cases that ask only whether a figure is a result or a target."""
    return [(f.figure.text, f.modality) for f in pipeline("case", text).facts]


def _page_subjects(pipeline, gold_file: str, doc_id: str) -> dict[str, str | None]:
    """Figure text → subject on a whole challenge page, for cases that depend on how central a unit is."""
    page = next(r for r in read_records(CHALLENGE / gold_file) if r.doc_id == doc_id)
    return {f.figure.text: f.subject.canonical if f.subject else None for f in pipeline(page.doc_id, page.text).facts}


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


def test_in_that_order_pairs_like_respectively_but_a_ranking_order_does_not(pipeline) -> None:
    text = ("Năm 2023, Sở Tư pháp, Sở Nội vụ và Sở Y tế là ba đơn vị có Chỉ số CCHC cao nhất khối sở, theo thứ "
            "tự là 93,12; 92,4 và 91,87 điểm.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Sở Tư pháp", "Sở Nội vụ", "Sở Y tế"]
    text = ("Năm 2023, Sở Tư pháp, Sở Nội vụ và Sở Y tế được xếp theo thứ tự từ cao xuống thấp; Sở Y tế đạt "
            "91,87 điểm Chỉ số CCHC.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Sở Y tế"]


def test_values_listed_after_a_comparison_with_the_average_are_the_averages(pipeline) -> None:
    text = ("Năm 2024, tỉnh Phú Yên có Thủ tục hành chính công và Quản trị môi trường vẫn thấp hơn trung bình cả "
            "nước, lần lượt là 7,29 và 3,71 điểm. Chỉ số hài lòng của tỉnh cao hơn 2,09% so với bình quân cả nước "
            "là 82,06%.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.figure.kind, f.subject) for f in rec.facts if f.figure.kind != "delta"] == [
        ("7,29", "score", None), ("3,71 điểm", "score", None), ("82,06%", "percent", None)]
    # without `là`, the listed values are the differences
    text = "Năm 2023, Tiền Giang, Bến Tre chỉ nhỉnh hơn mức trung bình của vùng, lần lượt 0,35% và 0,11%."
    assert [(f.figure.kind, f.subject.canonical) for f in pipeline("case", text).facts] == [
        ("delta", "Tiền Giang"), ("delta", "Bến Tre")]


def test_a_department_or_district_is_ranked_in_the_ddci_not_in_a_provincial_index(pipeline) -> None:
    text = ("Năm 2022, Quảng Ninh là tỉnh khởi xướng DDCI và cũng là tỉnh dẫn đầu PCI – Sở Kế hoạch và Đầu tư "
            "xếp thứ nhất khối sở, ban, ngành với 86,74 điểm; huyện Ba Chẽ xếp thứ 13/13.")
    assert [(g[1], g[2]) for g in _facts(pipeline, text)] == [
        ("Quảng Ninh", "PCI"), ("Sở Kế hoạch và Đầu tư", "DDCI"), ("Sở Kế hoạch và Đầu tư", "DDCI"), ("Ba Chẽ", "DDCI")]
    # with no DDCI on the page, the index named stays
    text = "Năm 2022, Quảng Ninh dẫn đầu PCI – Sở Kế hoạch và Đầu tư đạt 86,74 điểm."
    assert [g[2] for g in _facts(pipeline, text)] == ["PCI", "PCI"]


def test_an_approximate_reference_value_in_parentheses_is_the_averages(pipeline) -> None:
    text = ("Năm 2023, tỷ trọng kinh tế số của Hải Phòng đạt 16,2%, cao hơn mức bình quân cả nước (khoảng 12,3%). "
            "Điểm DTI của thành phố cao hơn 18,4% so với điểm trung bình cấp tỉnh của cả nước (0,5215).")
    assert [g[1] for g in _facts(pipeline, text)] == ["Hải Phòng", None, "Hải Phòng", None]


def test_both_ends_of_a_range_measure_the_same_thing(pipeline) -> None:
    text = "Năm 2023, Hải Phòng đạt 0,6 điểm DTI. Đến năm 2030, kinh tế số chiếm từ 30 đến 35% GRDP."
    assert [g[2] for g in _facts(pipeline, text)] == ["DTI", "OTHER", "OTHER"]


def test_the_year_right_before_is_the_previous_year(pipeline) -> None:
    rec = pipeline("case", "Năm 2024, Hà Tĩnh đạt 88,76%, tăng 1,2 điểm so với năm liền trước.")
    assert [f.compared_to for f in rec.facts] == [None, 2023]


def test_without_respectively_a_list_is_not_paired(pipeline) -> None:
    text = "Năm 2023, Quảng Ninh, Hải Phòng và Bắc Ninh được biểu dương; Bắc Ninh đạt 88,7 điểm Chỉ số PCI."
    assert _facts(pipeline, text) == [("88,7 điểm", "Bắc Ninh", "PCI", 2023)]


def test_a_year_written_after_a_figure_is_not_carried_on(pipeline) -> None:
    text = ("Năm 2023, tỷ lệ doanh nghiệp phải trả chi phí không chính thức của Đà Nẵng giảm còn 35,5%, so với "
            "41,4% năm 2022. Chỉ số PCI của thành phố đạt 70,2 điểm.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("35,5%", 2023), ("41,4%", 2022), ("70,2 điểm", 2023)]


def test_same_period_of_a_named_year_is_a_comparison_not_a_result_year(pipeline) -> None:
    rec = pipeline("case", "Sáu tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến của Huế đạt 65,4%, tăng 12,3% so với "
                           "cùng kỳ năm 2023. Tỷ lệ thanh toán trực tuyến đạt 45,8%.")
    got = [(f.figure.text, f.year, f.compared_to) for f in rec.facts]
    assert got == [("65,4%", 2024, None), ("12,3%", 2024, 2023), ("45,8%", 2024, None)]


def test_since_and_terms_of_office_are_not_result_years(pipeline) -> None:
    text = ("Kỳ họp HĐND tỉnh Đồng Tháp khóa X, nhiệm kỳ 2021 - 2026 đánh giá năm 2024. Tỷ lệ hộ nghèo đạt 1,48%, "
            "thấp nhất kể từ năm 2019.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("1,48%", 2024)]


def test_a_quarter_dates_its_sentence_and_this_year_is_the_articles_year(pipeline) -> None:
    text = ("Chỉ số PCI năm 2023 của Long An đạt 68 điểm. Hội nghị sơ kết quý I/2024 ghi nhận tỷ lệ hồ sơ trực "
            "tuyến đạt 52%. Năm nay, tỉnh xếp thứ 7/63.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("68 điểm", 2023), ("52%", 2024), ("7/63", 2023)]


def test_each_target_takes_the_deadline_written_before_it(pipeline) -> None:
    rec = pipeline("case", "Bắc Ninh đặt mục tiêu kinh tế số đến năm 2025 là 20% GRDP và đến năm 2030 là 30% GRDP.")
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts] == [("20%", 2025, "target"), ("30%", 2030, "target")]


def test_a_median_over_all_provinces_has_no_owner(pipeline) -> None:
    text = ("Quảng Ninh tiếp tục dẫn đầu Chỉ số PCI năm 2023 với 71,25 điểm. Điểm trung vị PCI 2023 đạt 65,49 "
            "điểm, cao hơn 0,6 điểm so với năm 2022.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("dẫn đầu", "Quảng Ninh"), ("71,25 điểm", "Quảng Ninh"), ("65,49 điểm", None), ("0,6 điểm", None)]


def test_page_chrome_does_not_hide_the_title_and_lead(pipeline) -> None:
    """A scraped page opens with the site's name, breadcrumbs and a date line; the unit the
    title and lead name is still the subject of `của tỉnh` far down the article."""
    filler = " ".join(f"Câu hỏi thứ {w} được phóng viên nêu trong buổi trao đổi." for w in
                      ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"))
    text = ("TẠP CHÍ CHÍNH QUYỀN & ĐỊA PHƯƠNG\nTrang chủ > Phỏng vấn - Đối thoại\nThứ Năm, 22/05/2025 | 15:08\n\n"
            "Giám đốc Sở Nội vụ Hà Tĩnh: Không để người dân phải chờ\n\n"
            "(CQĐP) - Năm 2024, Chỉ số cải cách hành chính của tỉnh Hà Tĩnh đạt 89,46%.\n\n" + filler +
            "\n\nNăm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh mới đạt 38,6%.")
    assert _facts(pipeline, text)[-1] == ("38,6%", "Hà Tĩnh", "OTHER", 2024)


def test_a_move_dates_each_end_and_measures_the_change_from_the_start(pipeline) -> None:
    """`từ vị trí thứ 14 năm 2019 lên thứ 8`: 2019 dates the starting position only; the new
    position and the change belong to the year in force, and the change is measured from 2019."""
    rec = pipeline("case", "Năm 2020, Chỉ số PAR Index của Bộ Ngoại giao tăng 6 bậc, từ vị trí thứ 14 năm 2019 lên thứ 8. "
                           "Chỉ số của Hậu Giang đi từ vị trí 45 năm 2018 lên 20 năm 2020, tức tăng 25 bậc.")
    got = [(f.figure.text, f.year, f.compared_to) for f in rec.facts]
    assert got == [("6 bậc", 2020, 2019), ("14", 2019, None), ("8", 2020, None),
                   ("45", 2018, None), ("20", 2020, None), ("25 bậc", 2020, 2018)]


def test_a_demonstrative_points_at_the_unit_just_named(pipeline) -> None:
    text = ("Năm 2023, Chỉ số DDCI của Hà Nội có nhiều chuyển biến. Hà Nội có 20 sở tham gia đánh giá. "
            "Sở Tài nguyên và Môi trường là đơn vị có sự cải thiện ấn tượng nhất. "
            "Năm nay, đơn vị này đạt 73,85 điểm, tăng 6,2 điểm so với năm trước.")
    assert [(f[0], f[1]) for f in _facts(pipeline, text)] == [
        ("73,85 điểm", "Sở Tài nguyên và Môi trường"), ("6,2 điểm", "Sở Tài nguyên và Môi trường")]


def test_respectively_pairs_the_list_right_after_the_cue(pipeline) -> None:
    text = ("Năm 2022, Hải Phòng và Quảng Ninh lần lượt đạt 89,49% và 88,96% về Chỉ số SIPAS, cách xa nhóm cuối "
            "bảng, nơi mức hài lòng chỉ từ 72 đến 75%.")
    assert [(f[0], f[1]) for f in _facts(pipeline, text)][:2] == [("89,49%", "Hải Phòng"), ("88,96%", "Quảng Ninh")]


def test_modality_of_plans_deadlines_and_shortfalls(pipeline) -> None:
    text = ("Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của Hà Tĩnh đạt 38,6%, trong khi Chính phủ yêu cầu tối "
            "thiểu 50%; tỷ lệ thanh toán trực tuyến mới ở mức 29,7%. Tỷ lệ hồ sơ có yêu cầu nghĩa vụ tài chính được "
            "thanh toán trực tuyến đạt 63,8%. Theo kế hoạch của tỉnh, đến hết năm 2025, tỷ lệ thanh toán trực tuyến "
            "đạt 80%.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.modality) for f in rec.facts] == [
        ("38,6%", "actual"), ("50%", "target"), ("29,7%", "actual"), ("63,8%", "actual"), ("80%", "target")]


def test_survey_shares_in_a_report_on_many_provinces_have_no_named_owner(pipeline) -> None:
    text = ("PCI 2023: Quảng Ninh dẫn đầu, Đồng Tháp vào top 10\n\nNăm 2023, Quảng Ninh, Hải Phòng, Long An và "
            "Đồng Tháp dẫn đầu về Chỉ số PCI. Đồng Tháp đạt 69,1 điểm. Kết quả khảo sát cho thấy 38,5% doanh "
            "nghiệp cho biết hoạt động kinh doanh bị ảnh hưởng bởi ô nhiễm môi trường.")
    assert _facts(pipeline, text)[-1][:2] == ("38,5%", None)


def test_a_look_back_dates_its_clause_only_and_list_markers_stay_with_their_item(pipeline) -> None:
    """`từng dẫn đầu PCI năm 2015` and `Trước đó, năm 2022 …` look back; the article goes on with
    its own year. `1.` at the head of a plan's item is part of the item, which stays a target."""
    text = ("Năm 2022, Chỉ số PCI của Đồng Tháp đạt 68,1 điểm. Đồng Tháp, địa phương từng dẫn đầu PCI năm 2015, "
            "giữ vị trí thứ 1/63 về Chi phí không chính thức. Trước đó, năm 2021 tỉnh chỉ xếp thứ 9/63. "
            "Tỉnh có Tính minh bạch xếp thứ 3/63.\n\nMục tiêu năm 2023:\n1. Phấn đấu PCI đạt tối thiểu 70 điểm.\n"
            "2. Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.")
    rec = pipeline("case", text)
    got = [(f.figure.text, f.year, f.modality) for f in rec.facts]
    assert got == [("68,1 điểm", 2022, "actual"), ("dẫn đầu", 2015, "actual"), ("1/63", 2022, "actual"),
                   ("9/63", 2021, "actual"), ("3/63", 2022, "actual"), ("70 điểm", 2023, "target"),
                   ("60%", 2023, "target")]


def test_numbered_lines_under_a_ranking_are_positions(pipeline) -> None:
    """`1. Xã An Hòa: 92,31 điểm` under `Bảng xếp hạng …:` or `Mười địa phương dẫn đầu …:` states the
    position; the same lines under `5 đơn vị có điểm số cao nhất:` or a plan's `Mục tiêu:` are only a list."""
    ranked = ("Năm 2024, huyện công bố Chỉ số CCHC cấp xã.\n\nBảng xếp hạng Chỉ số CCHC năm 2024 của các xã:\n\n"
              "1. Xã An Hòa: 92,31 điểm\n2. Thị trấn Tân Hiệp: 91,08 điểm\n3. Xã Long Định: 90,12 điểm")
    got = [(f[0], f[1]) for f in _facts(pipeline, ranked)]
    assert got == [("1", "An Hòa"), ("92,31 điểm", "An Hòa"), ("2", "Tân Hiệp"), ("91,08 điểm", "Tân Hiệp"),
                   ("3", "Long Định"), ("90,12 điểm", "Long Định")]
    leaders = ("Chỉ số PCI 2024 được công bố hôm qua.\n\nMười địa phương dẫn đầu PCI 2024:\n1. Quảng Ninh: 73,69 điểm\n"
               "2. Hải Phòng: 73,22 điểm\n3. Long An: 72,05 điểm")
    assert [(f[0], f[1]) for f in _facts(pipeline, leaders) if f[0].isdigit()] == [
        ("1", "Quảng Ninh"), ("2", "Hải Phòng"), ("3", "Long An")]
    listed = ("Năm 2023, Chỉ số CCHC của các sở được công bố.\nKết quả của 3 đơn vị có điểm số cao nhất:\n"
              "1. Sở Tư pháp: 92,50 điểm\n2. Sở Nội vụ: 91,87 điểm\n3. Sở Y tế: 90,06 điểm")
    assert [f[0] for f in _facts(pipeline, listed)] == ["92,50 điểm", "91,87 điểm", "90,06 điểm"]


def test_component_names_shared_by_indices_take_the_index_in_force(pipeline) -> None:
    """`Chi phí không chính thức` is a PCI component and a DDCI one: in a DDCI report it is DDCI,
    and an index named earlier in the sentence wins over the one in force."""
    ddci = ("Năm 2024, Chỉ số DDCI của Hà Nội được công bố. Chỉ số thành phần Chi phí không chính thức đạt 6,45/10 "
            "điểm.")
    assert _facts(pipeline, ddci)[-1][2] == "DDCI"
    named = ("Năm 2024, PAPI của Quảng Ninh đạt 45 điểm. Tỉnh đặt mục tiêu dẫn đầu PCI; nâng điểm chỉ số Tiếp cận đất "
             "đai lên tối thiểu 7 điểm.")
    assert _facts(pipeline, named)[-1][2] == "PCI"


def test_the_value_of_a_reference_in_parentheses_is_not_the_subjects(pipeline) -> None:
    text = ("Năm 2024, Chỉ số SIPAS của tỉnh Quảng Trị đạt 82,9%, thấp hơn mức trung bình cả nước (84,2%). "
            "Chỉ số CCHC của tỉnh đạt 87,1% (cả nước: 86,5%).")
    assert [(f[0], f[1]) for f in _facts(pipeline, text)] == [
        ("82,9%", "Quảng Trị"), ("84,2%", None), ("87,1%", "Quảng Trị"), ("86,5%", None)]


def test_parallel_moves_share_the_dates_of_the_one_that_has_them(pipeline) -> None:
    text = ("Năm 2023, Chỉ số PCI của Long An được cải thiện. Tỉnh này đi từ 65,1 điểm năm 2019 lên 70,2 điểm năm "
            "2023; về thứ hạng, từ hạng 12/63 vươn lên hạng 3/63, tức tăng 9 bậc. Đích đến mà tỉnh đặt ra cho năm "
            "2025 là top 3.")
    rec = pipeline("case", text)
    got = [(f.figure.value, f.year, f.compared_to) for f in rec.facts]
    assert got == [(65.1, 2019, None), (70.2, 2023, None), (12, 2019, None), (3, 2023, None), (9, 2023, 2019),
                   (3, 2025, None)]


def test_a_contrast_with_an_earlier_year_is_not_carried_on(pipeline) -> None:
    text = ("Năm 2024, Chỉ số PAPI của Đà Nẵng đạt 45,1 điểm. Tỷ lệ người dân nộp hồ sơ trực tuyến đạt 14,5%; năm "
            "2019, tỷ lệ này mới là 2,1%. Đà Nẵng đứng đầu chỉ số Quản trị điện tử với 4,52 điểm. Khoảng cách thu "
            "hẹp còn 9,12 điểm, trong khi năm 2023 là 10,2 điểm. Thành phố có 8/8 chỉ số tăng điểm.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year) for f in rec.facts] == [
        ("45,1 điểm", 2024), ("14,5%", 2024), ("2,1%", 2019), ("đứng đầu", 2024), ("4,52 điểm", 2024),
        ("9,12 điểm", 2024), ("10,2 điểm", 2023), ("8/8", 2024)]


def test_a_quarter_without_its_year_is_the_page_dates(pipeline) -> None:
    text = ("Kinh tế › Địa phương\nThứ Tư, 03/04/2024 - 15:20\n\nHà Nam: GRDP quý I ước tăng 8,12%\n\nChỉ số PCI năm "
            "2022 của tỉnh xếp thứ 14/63. Quý I, chỉ số sản xuất công nghiệp của Hà Nam ước tăng 12,4% so với cùng kỳ.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year) for f in rec.facts] == [("8,12%", 2024), ("14/63", 2022), ("12,4%", 2024)]


def test_table_rows_take_kind_and_unit_from_their_column_headers(pipeline) -> None:
    """A results table as scraped text: numeric cells read by their column (`Xếp hạng` → rank,
    `(%)` → percent, `Tăng/giảm … (%)` → a signed change); the row's unit is the subject; an
    `STT` column (a running number) states nothing."""
    text = ("Năm 2024, Chỉ số CCHC của các sở được công bố.\n"
            "| Xếp hạng | Cơ quan, đơn vị | Chỉ số CCHC (%) | Tăng/giảm so với năm 2023 (%) |\n"
            "| 1 | Sở Tư pháp | 91,25 | +1,30 |\n| 2 | Sở Nội vụ | 90,88 | -0,95 |\n\n"
            "STT | Đơn vị | Chỉ số CCHC (%)\n1 | Sở Y tế | 88,10")
    rec = pipeline("case", text)
    got = [(f.figure.text, f.figure.kind, f.figure.value, f.subject.canonical if f.subject else None, f.year)
           for f in rec.facts]
    assert got == [("1", "rank", 1, "Sở Tư pháp", 2024), ("91,25", "percent", 91.25, "Sở Tư pháp", 2024),
                   ("+1,30", "delta", 1.3, "Sở Tư pháp", 2024), ("2", "rank", 2, "Sở Nội vụ", 2024),
                   ("90,88", "percent", 90.88, "Sở Nội vụ", 2024), ("-0,95", "delta", -0.95, "Sở Nội vụ", 2024),
                   ("88,10", "percent", 88.1, "Sở Y tế", 2024)]


def test_the_unit_compared_with_is_not_the_owner(pipeline) -> None:
    text = "Năm 2024, PCI của Long An đạt 73,1 điểm, cao hơn tỉnh láng giềng Tây Ninh 5,6 điểm."
    assert [(f[0], f[1]) for f in _facts(pipeline, text)] == [("73,1 điểm", "Long An"), ("5,6 điểm", "Long An")]


def test_an_index_editions_year_does_not_date_the_economy(pipeline) -> None:
    """`Chỉ số PCI năm 2022 xếp thứ 14/63` dates that index's figures; the quarter's economic
    figures after it in a page dated 2024 are 2024's."""
    text = ("Kinh tế › Địa phương\nThứ Tư, 03/04/2024 - 15:20\n\nHà Nam: GRDP quý I ước tăng 8,12%\n\n"
            "Chỉ số PCI năm 2022 của Hà Nam xếp thứ 14/63. Kim ngạch xuất khẩu ước đạt 1.125 triệu USD, tăng 14,6%.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.metric.index, f.year) for f in rec.facts] == [
        ("8,12%", "OTHER", 2024), ("14/63", "PCI", 2022), ("14,6%", "OTHER", 2024)]


def test_items_under_a_plan_heading_are_targets(pipeline) -> None:
    text = ("Năm 2024, Chỉ số CCHC của Phú Thọ xếp 7/63.\n\nChỉ tiêu cụ thể năm 2025 của tỉnh Phú Thọ:\n"
            "- PAR Index thuộc nhóm 10 tỉnh, thành phố dẫn đầu cả nước;\n- SIPAS đạt tối thiểu 88%;\n"
            "- PCI đạt từ 68 đến 70 điểm.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.modality) for f in rec.facts] == [
        ("7/63", "actual"), ("10", "target"), ("88%", "target"), ("68", "target"), ("70 điểm", "target")]


def test_sipas_factors_and_management_words_take_the_right_index(pipeline) -> None:
    text = ("Năm 2022, Chỉ số SIPAS của Bình Định đạt 82,96%. Kết quả theo từng yếu tố: tiếp cận dịch vụ 84,1%; công "
            "chức trực tiếp giải quyết công việc 85,02%. Năm 2023, DTI của khối sở đạt 0,6127, nhờ đưa hoạt động chỉ "
            "đạo, điều hành lên môi trường số; Sở Tư pháp dẫn đầu với 0,8034.")
    assert _indices(pipeline, text) == [
        ("82,96%", "SIPAS"), ("84,1%", "SIPAS"), ("85,02%", "SIPAS"), ("0,6127", "DTI"), ("dẫn đầu", "DTI"),
        ("0,8034", "DTI")]


def test_a_unit_named_by_its_kind_owns_the_clauses_of_its_list(pipeline) -> None:
    text = ("Huyện Di Linh xếp thứ 6 về DDCI năm 2023. Năm 2024, huyện phấn đấu đưa DDCI vào nhóm 3 địa phương dẫn "
            "đầu của tỉnh; Chỉ số CCHC đạt từ 89% trở lên; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%.")
    assert [(f[0], f[1]) for f in _facts(pipeline, text)] == [
        ("6", "Di Linh"), ("3", "Di Linh"), ("89%", "Di Linh"), ("50%", "Di Linh")]


def test_economy_words_and_previous_editions(pipeline) -> None:
    """Tourism figures are `OTHER` even after an index is named; a ministry's name lists sectors,
    not a quantity; `so với PGI 2022` is the previous edition, not a result year."""
    text = ("Năm 2023, PCI của Bình Định xếp thứ 9/63. Tỉnh đón khoảng 5,1 triệu lượt khách du lịch, tăng 156%. "
            "Bộ Văn hóa, Thể thao và Du lịch đạt 78,4% về Chỉ số CCHC. Chỉ số PGI của Tây Ninh tăng 9 bậc so với "
            "PGI 2022. Tỉnh xếp thứ 5 cả nước.")
    rec = pipeline("case", text)
    got = [(f.figure.text, f.metric.index, f.year) for f in rec.facts]
    assert got == [("9/63", "PCI", 2023), ("156%", "OTHER", 2023), ("78,4%", "PAR_INDEX", 2023),
                   ("9 bậc", "PGI", 2023), ("5", "PGI", 2023)]


def test_tab_separated_table_rows(pipeline) -> None:
    text = ("Năm 2022, DTI của các tỉnh được công bố.\nXếp hạng\tTỉnh, thành phố\tĐiểm DTI\tThay đổi hạng so với 2021\n"
            "1\tĐà Nẵng\t0,6323\t=\n2\tThừa Thiên Huế\t0,5957\t+3")
    got = [(f[0], f[1]) for f in _facts(pipeline, text)]
    assert got == [("1", "Đà Nẵng"), ("0,6323", "Đà Nẵng"), ("2", "Thừa Thiên Huế"), ("0,5957", "Thừa Thiên Huế"),
                   ("+3", "Thừa Thiên Huế")]


def test_a_bare_ordinal_names_the_unit_after_it(pipeline) -> None:
    text = ("Năm 2022, Đà Nẵng tiếp tục dẫn đầu về chuyển đổi số, thứ hai là TPHCM, thứ ba là Quảng Ninh. "
            "Ở Chỉ số SIPAS, tỉnh Quảng Ninh đạt 90,61%; đứng thứ 2 tỉnh Thái Nguyên đạt 90,29%. "
            "Nghệ An xếp thứ 3 khu vực Bắc Trung Bộ.")
    got = [(g[0], g[1]) for g in _facts(pipeline, text)]
    assert ("thứ ba", "Quảng Ninh") in got and ("2", "Thái Nguyên") in got and ("3", "Nghệ An") in got


def test_the_year_an_index_was_founded_is_not_carried(pipeline) -> None:
    text = ("Sáng 13/5, VCCI công bố Chỉ số PCI năm 2020. Điểm trung vị đạt 65,1 điểm, mức cao nhất kể từ khi chỉ số "
            "này được xây dựng năm 2005. Tỷ lệ doanh nghiệp phải chi trả chi phí không chính thức còn 44,9%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("65,1 điểm", 2020), ("44,9%", 2020)]


def test_a_level_equal_to_another_years_compares_with_it(pipeline) -> None:
    text = ("Điểm trung vị PCI năm 2015 đạt 58,47 điểm, tương đương mức điểm năm 2014. Cụ thể, điểm của Đà Nẵng đạt "
            "68,34, tăng 1,5 điểm so với năm 2014.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("58,47 điểm", 2015), ("68,34", 2015), ("1,5 điểm", 2015)]


def test_respectively_with_values_in_parentheses_and_a_clause_before_the_cue(pipeline) -> None:
    text = ("Năm 2014, Đồng Tháp (66,35 điểm) và Lào Cai (64,72 điểm) lần lượt đứng thứ 2 và 3 về Chỉ số PCI. "
            "Năm 2021, Bộ Thông tin và Truyền thông dẫn đầu bảng xếp hạng DTI (0,6784); vị trí thứ hai và thứ ba lần "
            "lượt thuộc về Ngân hàng Nhà nước và Bộ Tài chính.")
    got = [(g[0], g[1]) for g in _facts(pipeline, text)]
    assert ("2", "Đồng Tháp") in got and ("3", "Lào Cai") in got
    assert ("vị trí thứ hai", "Ngân hàng Nhà nước") in got and ("thứ ba", "Bộ Tài chính") in got


def test_the_block_of_provinces_and_a_count_of_them_are_national(pipeline) -> None:
    text = ("PAR Index 2021: Quảng Ninh dẫn đầu, Hà Giang tăng 23 bậc. Năm 2021, Quảng Ninh đạt 90,5%, Hải Phòng xếp "
            "thứ hai. Hà Giang tăng 23 bậc, Lai Châu giảm 12 bậc. Có 58/63 địa phương đạt kết quả trên "
            "80%. Chỉ số thành phần cải cách thủ tục hành chính của khối tỉnh có giá trị trung bình cao nhất, đạt 89,5%.")
    got = dict((g[0], g[1]) for g in _facts(pipeline, text))
    assert got["90,5%"] == "Quảng Ninh" and got["80%"] is None and got["89,5%"] is None


def test_this_year_against_an_earlier_one_and_next_years_target(pipeline) -> None:
    text = ("Nếu như năm 2022, Chỉ số CCHC của Kon Tum chỉ đạt 80,25% và đứng ở vị trí 50/63, thì năm nay tỉnh đã vươn "
            "lên hạng 38/63 với 85,02%. Chỉ số hài lòng của tỉnh đạt 81,6%. Sang năm tới, tỉnh đặt mục tiêu nâng chỉ "
            "số hài lòng lên trên 85%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("80,25%", 2022), ("50/63", 2022), ("38/63", 2023), ("85,02%", 2023), ("81,6%", 2023), ("85%", 2024)]


def test_a_photo_captions_year_is_not_carried(pipeline) -> None:
    text = ("Theo kết quả PCI năm 2023, Gia Lai đạt 65,84 điểm.\n\nLãnh đạo tỉnh đối thoại với doanh nghiệp tại Hội "
            "nghị gặp mặt đầu xuân 2024. Ảnh: Đức Thụy\n\nTrong khu vực Tây Nguyên, Lâm Đồng dẫn đầu với 66,47 điểm.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("65,84 điểm", 2023), ("dẫn đầu", 2023), ("66,47 điểm", 2023)]


def test_counted_groups_blocks_and_units_past_a_comma(pipeline) -> None:
    text = ("DDCI Quảng Nam 2023: Điện Bàn dẫn đầu khối địa phương. Chiều 25/4, UBND tỉnh Quảng Nam công bố DDCI năm "
            "2023 của 21 sở, ngành và 18 huyện của tỉnh Quảng Nam. Thị xã Điện Bàn đạt 76,92 điểm. Ở nhóm "
            "cuối, ba huyện miền núi Nam Trà My, Tây Giang và Phước Sơn có điểm số dưới 65 điểm, dù huyện Nông Sơn có "
            "mức tăng cao nhất. Giá trị trung bình Chỉ số DDCI cấp huyện đạt 69,02 điểm. Với 79,15 điểm, thị xã Điện "
            "Bàn vươn lên dẫn đầu.")
    got = dict((g[0], g[1]) for g in _facts(pipeline, text))
    assert got["65 điểm"] == "Quảng Nam" and got["69,02 điểm"] == "Quảng Nam" and got["79,15 điểm"] == "Điện Bàn"


def test_respectively_before_a_rank_cue_covers_an_unjoined_list(pipeline) -> None:
    text = "Năm 2023, Sở Tư pháp, Sở Nội vụ và Sở Kế hoạch và Đầu tư lần lượt xếp thứ 1, 2, 3 về Chỉ số CCHC."
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("1", "Sở Tư pháp"), ("2", "Sở Nội vụ"), ("3", "Sở Kế hoạch và Đầu tư")]


def test_related_headlines_are_dated_by_themselves_and_plans_by_their_year(pipeline) -> None:
    text = ("Chỉ số CCHC năm 2023 của 17 bộ đạt 87,2%. Bộ Văn hóa, Thể thao và Du lịch đạt 82,15%, dù vẫn cao hơn năm "
            "2022 0,6%. Năm 2024, bộ phấn đấu đạt trên 88%.\n\nTin liên quan\n- PAR Index 2023: Quảng Bình tăng 6 bậc\n"
            "- Quảng Bình: Hơn 70% thủ tục hành chính được cung cấp trực tuyến")
    rec = pipeline("case", text)
    got = [(f.figure.text, f.year, f.compared_to, f.modality) for f in rec.facts]
    assert got == [("87,2%", 2023, None, "actual"), ("82,15%", 2023, None, "actual"), ("0,6%", 2023, 2022, "actual"),
                   ("88%", 2024, None, "target"), ("6 bậc", 2023, 2022, "actual"), ("70%", None, None, "actual")]


def test_a_report_on_a_quarter_is_dated_by_it(pipeline) -> None:
    text = ("Sở Nội vụ Hà Nội tổng hợp kết quả đánh giá công tác CCHC của 126 xã, phường trong quý III/2025. Theo đó, "
            "phường Ba Đình đạt 96,4/100 điểm. Năm 2025, thành phố phấn đấu Chỉ số SIPAS đạt trên 90%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("96,4/100 điểm", 2025), ("90%", 2025)]


def test_higher_than_last_year_compares_and_par_components_keep_their_index(pipeline) -> None:
    text = ("Năm 2023, chỉ số hài lòng của người dân của tỉnh Kon Tum đạt 81,6%, cao hơn năm trước 2,3%. Tuy vậy, chỉ số "
            "thành phần “Xây dựng và phát triển Chính phủ điện tử, Chính phủ số” của Chỉ số CCHC lại giảm 1,4%, chỉ đạt "
            "68,9%.")
    rec = pipeline("case", text)
    got = [(f.figure.text, f.metric.index, f.compared_to) for f in rec.facts]
    assert got == [("81,6%", "SIPAS", None), ("2,3%", "SIPAS", 2022), ("1,4%", "PAR_INDEX", 2022), ("68,9%", "PAR_INDEX", None)]


def test_the_region_and_a_block_of_districts_named_by_their_kind(pipeline) -> None:
    text = ("PAR Index 2024: Đồng bằng sông Cửu Long lệch pha. Năm 2024, Chỉ số CCHC của vùng Đồng bằng sông Cửu Long "
            "đạt bình quân 86,1%; Cần Thơ xếp thứ 11. Trong vùng Đồng bằng sông Cửu Long, Long An xếp thứ 15. Chỉ số thành "
            "phần cải cách thủ tục hành chính của vùng đạt bình quân 92,3%.\n\n"
            "Tại TP Hồ Chí Minh, Chỉ số CCHC trung bình của khối quận, huyện và TP Thủ Đức đạt 87,92 điểm.")
    got = dict((g[0], g[1]) for g in _facts(pipeline, text))
    assert got["92,3%"] == "Đồng bằng sông Cửu Long" and got["87,92 điểm"] == "Hồ Chí Minh"


def test_on_a_ministrys_page_the_bare_head_is_the_ministry(pipeline) -> None:
    text = ("Chỉ số cải cách hành chính năm 2023 của Bộ tăng 3 bậc\n\n(TN&MT) - Theo kết quả công bố, Bộ Tài nguyên và "
            "Môi trường đạt 87,34%, xếp thứ 6/17 bộ, cơ quan ngang bộ. Chiều 22/4, tại Hà Nội, Văn phòng Bộ tổ chức họp "
            "báo. Trong 7 lĩnh vực, Bộ có 4/7 lĩnh vực đạt trên 90%. Lĩnh vực “Cải cách thủ tục hành chính” đạt 93,7%.")
    got = dict((g[0], g[1]) for g in _facts(pipeline, text))
    assert got["3 bậc"] == got["87,34%"] == got["93,7%"] == "Bộ Tài nguyên và Môi trường"


def test_on_an_agencys_page_the_bare_head_is_the_agency(pipeline) -> None:
    text = ("Năm 2022, Chỉ số CCHC của Ủy ban Dân tộc đạt 84,17%, xếp thứ 11/17. Xét theo 7 lĩnh vực, Ủy ban đạt kết quả "
            "cao ở Công tác chỉ đạo, điều hành (95,6%). Năm 2023, Ủy ban phấn đấu Chỉ số CCHC đạt trên 87%, vào tốp 8 bộ, "
            "cơ quan ngang bộ. Ủy ban nhân dân tỉnh Lào Cai đạt 88,1%.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("84,17%", "Ủy ban Dân tộc"), ("11/17", "Ủy ban Dân tộc"), ("95,6%", "Ủy ban Dân tộc"), ("87%", "Ủy ban Dân tộc"),
        ("8", "Ủy ban Dân tộc"), ("88,1%", "Lào Cai")]


def test_a_table_columns_scale_is_each_scores_total(pipeline) -> None:
    text = ("Kết quả Chỉ số CCHC năm 2023 các huyện của tỉnh Hà Tĩnh:\n"
            "| STT | Đơn vị | Điểm đạt được (tối đa 95) | Tỷ lệ (%) | Xếp hạng |\n"
            "| 1 | Thành phố Hà Tĩnh | 86,75 | 91,32 | 3 |\n| 2 | Thị xã Hồng Lĩnh | 84,10 | 88,53 | 7 |")
    rec = pipeline("case", text)
    got = [(f.figure.text, f.figure.kind, f.figure.total) for f in rec.facts]
    assert got[:3] == [("86,75", "score", 95.0), ("91,32", "percent", None), ("3", "rank", None)]


def test_asides_spans_and_last_years_levels(pipeline) -> None:
    text = ("Năm nay là năm thứ hai thành phố áp dụng Bộ Chỉ số CCHC giai đoạn 2023-2030. Chỉ số CCHC năm 2024 của khối sở "
            "đạt 89,72%. Đống Đa – đơn vị đứng đầu năm 2023 – năm nay xếp thứ hai (96,95%). Cầu Giấy đạt 96,4%. Tỷ lệ hồ sơ "
            "quá hạn của Hà Nội giảm còn 1,9%, từ mức 4,35% của năm trước.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("89,72%", 2024), ("đứng đầu", 2023), ("xếp thứ hai", 2024), ("96,95%", 2024), ("96,4%", 2024),
        ("1,9%", 2024), ("4,35%", 2023)]


def test_respectively_pairs_listed_years_with_listed_figures(pipeline) -> None:
    text = ("Năm 2022 và 2023, chỉ số hài lòng của tỉnh Long An lần lượt là 81,47% và 83,92%, xếp hạng lần lượt 35/63 và "
            "22/63. Kết quả các năm 2019, 2021 và 2022 của Chỉ số CCHC lần lượt là 82,15%, 87,02% và 85,41%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("81,47%", 2022), ("83,92%", 2023), ("35/63", 2022), ("22/63", 2023),
        ("82,15%", 2019), ("87,02%", 2021), ("85,41%", 2022)]


def test_a_site_name_with_digits_is_page_chrome(pipeline) -> None:
    text = ("THỦ ĐÔ 24H\nTrang chủ > Thời sự\nThứ Năm, 13/03/2025 17:05\n\nChỉ số CCHC 2024: Quận Hoàn Kiếm dẫn đầu\n\n"
            "Chiều 13/3, UBND thành phố Hà Nội công bố Chỉ số CCHC năm 2024 của 30 quận, huyện.")
    _, doc = pipeline.analyse(text)
    title = doc.text[slice(*doc.sentences[doc.title_index])]
    assert title.startswith("Chỉ số CCHC 2024") and "Hà Nội" in doc.text[:doc.lead_end]


def test_national_and_peer_averages_beside_a_units_result_have_no_owner(pipeline) -> None:
    text = ("Năm 2023, Chỉ số SIPAS của Bộ Tư pháp đạt 85,6%, cao hơn mức bình quân chung của các bộ, ngành được khảo sát "
            "(83,1%). Chỉ số SIPAS của Hà Nội đạt 84,16%, trong khi trung bình cả nước là 81,08%. Tây Ninh đạt 9,6/10 điểm "
            "(cả nước 8,9/10 điểm). Giá trị trung bình DTI khối bộ đạt 0,6142 điểm.")
    got = dict((g[0], g[1]) for g in _facts(pipeline, text))
    assert got["85,6%"] == "Bộ Tư pháp" and got["83,1%"] is None and got["84,16%"] == "Hà Nội"
    assert got["81,08%"] is None and got["8,9/10 điểm"] is None and got["0,6142 điểm"] is None


def test_the_place_an_organisation_is_named_after_can_own_a_figure(pipeline) -> None:
    text = ("Phát biểu tại hội nghị, ông Lê Quang Hưng, Giám đốc Sở Nội vụ tỉnh Gia Lai, nói: “Năm 2023, Chỉ số CCHC của "
            "tỉnh đạt 84,05%, tăng 8 bậc so với năm trước”.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [("84,05%", "Gia Lai"), ("8 bậc", "Gia Lai")]


def test_sipas_factors_by_their_press_names_and_a_measure_named_kết_quả_in_a_plan(pipeline) -> None:
    text = ("Năm 2023, Chỉ số SIPAS tại Bộ Tư pháp đạt 85,62%. Trong 5 yếu tố cấu thành, sự phục vụ của công chức được "
            "đánh giá cao nhất với 88,9%; tiếp cận dịch vụ và thủ tục hành chính lần lượt đạt 87,3% và 86,05%; kết quả "
            "dịch vụ đạt 84,4%. Đến năm 2025, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt ít nhất 90%.")
    rec = pipeline("case", text)
    got = [(f.figure.text, f.metric.index, f.modality) for f in rec.facts]
    assert got == [("85,62%", "SIPAS", "actual"), ("88,9%", "SIPAS", "actual"), ("87,3%", "SIPAS", "actual"),
                   ("86,05%", "SIPAS", "actual"), ("84,4%", "SIPAS", "actual"), ("90%", "OTHER", "target")]


def test_a_unit_named_by_its_kind_is_the_subject_of_its_clauses(pipeline) -> None:
    text = ("SIPAS 2023: Tây Ninh cải thiện. Năm 2023, Chỉ số CCHC của Tây Ninh đạt 86,1%. Với Chỉ số SIPAS, tỉnh đạt "
            "84,76% (bình quân cả nước: 83,23%), xếp thứ 17. Với Chỉ số PAPI, năm 2019 tỉnh đạt 42,2 điểm, thấp hơn mức "
            "trung bình cả nước (43,1 điểm). Huyện Ia H'Drai chưa đến 10%.")
    got = dict((g[0], g[1]) for g in _facts(pipeline, text))
    assert got["84,76%"] == got["17"] == got["42,2 điểm"] == "Tây Ninh"
    assert got["83,23%"] is None and got["43,1 điểm"] is None and got["10%"] == "Ia H'Drai"


def test_who_reports_is_not_what_the_report_is_about(pipeline) -> None:
    text = ("Bộ Khoa học và Công nghệ (KH&CN) đã công bố kết quả DTI năm 2024. Theo công bố của Bộ KH&CN, DTI quốc gia "
            "năm 2024 đạt 0,7955. Đối với cấp tỉnh, giá trị DTI năm 2024 đạt 0,6961. Cả ba trụ cột đều thay đổi: Chính "
            "quyền số đạt 0,7582, tăng 4,7%. (Ảnh: Bộ Khoa học và Công nghệ).\n\nHà Nội dẫn đầu cả nước với 0,8241; "
            "tiếp theo là Thừa Thiên Huế (0,7951) và Hải Phòng (0,7857). Ngân hàng Nhà nước Việt Nam "
            "(NHNN) xếp thứ nhất khối bộ với 0,8014.")
    got = dict((g[0], g[1]) for g in _facts(pipeline, text))
    assert got["0,7582"] is None and got["4,7%"] is None and got["0,8014"] == "Ngân hàng Nhà nước"


def test_a_later_clauses_national_reference_and_local_respondents(pipeline) -> None:
    text = ("PCI 2023: Quảng Ninh giữ ngôi đầu. Năm 2023, Quảng Ninh đạt 73,02 điểm, dẫn đầu cả nước. Tuy nhiên, chỉ số Chi "
            "phí không chính thức giảm 0,31 điểm; chỉ số Tiếp cận đất đai vẫn ở mức trung bình của cả nước. Khảo sát cho "
            "thấy 86,5% doanh nghiệp trên địa bàn đánh giá cán bộ giải quyết công việc hiệu quả. DTI trung bình cấp tỉnh "
            "là 0,5327.")
    got = dict((g[0], g[1]) for g in _facts(pipeline, text))
    assert got["0,31 điểm"] == got["86,5%"] == "Quảng Ninh" and got["0,5327"] is None


def test_an_apposition_after_a_dash_speaks_of_the_unit_before_it(pipeline) -> None:
    text = ("Năm 2023, Bộ Tư pháp đạt 89,89%, chỉ thấp hơn 1,2% so với Ngân hàng Nhà nước - đơn vị đứng đầu khối bộ năm "
            "nay với 91,09%.")
    got = dict((g[0], g[1]) for g in _facts(pipeline, text))
    assert got["89,89%"] == got["1,2%"] == "Bộ Tư pháp" and got["91,09%"] == got["đứng đầu"] == "Ngân hàng Nhà nước"


def test_the_spread_between_provinces_has_no_owner(pipeline) -> None:
    text = ("PAR Index 2024: Hải Phòng giữ ngôi đầu bảng. Năm 2024, Hải Phòng đạt 93,7%, Đắk Nông đứng cuối. Khoảng cách "
            "giữa địa phương cao nhất và thấp nhất thu hẹp còn 13,50%, trong khi năm 2023 là 15,23%.")
    got = dict((g[0], g[1]) for g in _facts(pipeline, text))
    assert got["93,7%"] == "Hải Phòng" and got["13,50%"] is None and got["15,23%"] is None


def test_numbered_lines_under_a_heading_of_the_best_are_positions(pipeline) -> None:
    text = ("Năm 2023, năm đơn vị có điểm cao nhất khối sở, ban, ngành:\n1. Sở Tư pháp: 78,25 điểm\n"
            "2. Sở Kế hoạch và Đầu tư: 76,9 điểm\n3. Sở Xây dựng: 73,7 điểm\n")
    got = [(g[0], g[1]) for g in _facts(pipeline, text) if g[0] in ("1", "2", "3")]
    assert got == [("1", "Sở Tư pháp"), ("2", "Sở Kế hoạch và Đầu tư"), ("3", "Sở Xây dựng")]


def test_this_years_plan_is_for_the_year_after_the_results(pipeline) -> None:
    text = ("Năm 2023, Chỉ số CCHC của tỉnh Bình Phước chỉ đạt 84,27%, xếp thứ 45/63. Năm nay, chúng ta phải quyết tâm "
            "đưa Chỉ số CCHC lên trên 88%. Tỉnh đặt mục tiêu năm 2025 điểm DDCI bình quân đạt tối thiểu 73 điểm. Thị trấn "
            "Nghèn dẫn đầu với 93,05 điểm.")
    assert [(g[0], g[1], g[3]) for g in _facts(pipeline, text)] == [
        ("84,27%", "Bình Phước", 2023), ("45/63", "Bình Phước", 2023), ("88%", "Bình Phước", 2024),
        ("73 điểm", "Bình Phước", 2025), ("dẫn đầu", "Nghèn", 2023), ("93,05 điểm", "Nghèn", 2023)]


def test_last_year_a_status_date_and_a_gap_to_an_average(pipeline) -> None:
    text = ("Năm 2023, SIPAS của Nghệ An đạt 81%, giảm 3 bậc so với năm trước và thấp hơn mức bình quân chung 0,81%. Tỷ lệ "
            "hồ sơ trực tuyến năm qua mới đạt 32,5%. Tính đến cuối tháng 3/2024, hơn 60% người dân hài lòng.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.compared_to) for f in rec.facts] == [
        ("81%", 2023, None), ("3 bậc", 2023, 2022), ("0,81%", 2023, None), ("32,5%", 2023, None), ("60%", 2024, None)]


def test_respectively_over_the_last_few_years(pipeline) -> None:
    text = "Năm 2023, Chỉ số SIPAS của Vĩnh Phúc ba năm qua lần lượt đạt 80,3%, 82,15% và 84,9%."
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("80,3%", 2021), ("82,15%", 2022), ("84,9%", 2023)]


def test_headings_fronted_figures_and_a_dated_page_without_years(pipeline) -> None:
    text = ("(Ngày 12/3/2024) Chiều nay, Ban Chỉ đạo CCHC tỉnh Đồng Tháp tổ chức hội nghị. Theo báo cáo, năm qua Chỉ số "
            "CCHC cấp huyện của tỉnh Đồng Tháp đạt 87,35 điểm.\n\nHuyện Lấp Vò\nNăm thứ hai liên tiếp giữ vị trí thứ nhất "
            "với 92,48 điểm.\n\nHuyện Tháp Mười\nSụt 4 bậc so với năm trước, với tổng điểm 84,7 điểm.\n\n"
            "Chỉ đạt 71,4%, Ban Quản lý Khu kinh tế đứng cuối bảng. Năm nay, tỉnh phấn đấu Chỉ số CCHC đạt trên 90%.")
    got = [(g[0], g[1], g[3]) for g in _facts(pipeline, text)]
    assert got == [("87,35 điểm", "Đồng Tháp", 2023), ("giữ vị trí thứ nhất", "Lấp Vò", 2023), ("92,48 điểm", "Lấp Vò", 2023),
                   ("4 bậc", "Tháp Mười", 2023), ("84,7 điểm", "Tháp Mười", 2023),
                   ("71,4%", "Ban Quản lý Khu kinh tế", 2023), ("90%", "Đồng Tháp", 2024)]


def test_the_same_year_named_by_a_demonstrative(pipeline) -> None:
    text = ("Năm 2017, Quảng Ninh lần đầu đứng đầu PCI. Quảng Ninh tiếp tục dẫn đầu PCI 2023. Cũng trong năm này, tốc độ "
            "tăng trưởng kinh tế (GRDP) của tỉnh đạt 11,03%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)][-1] == ("11,03%", 2023)


def test_of_two_indices_announced_together_the_first_goes_on(pipeline) -> None:
    text = ("Sáng 16/4, Ban Chỉ đạo công bố Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng của người dân, tổ "
            "chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023. Quảng Trị đạt 87,41%, xếp thứ "
            "24/63; SIPAS của tỉnh đạt 82,93%.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.metric.index) for f in rec.facts] == [
        ("87,41%", "PAR_INDEX"), ("24/63", "PAR_INDEX"), ("82,93%", "SIPAS")]


def test_a_quarter_compared_with_is_no_period_of_the_result(pipeline) -> None:
    rec = pipeline("case", "Quý I/2025, tỷ lệ hồ sơ được thanh toán trực tuyến của Hà Tĩnh đạt 63,7%, tăng 9,2% so với "
                           "quý IV/2024.")
    assert [(f.figure.text, f.year, f.compared_to) for f in rec.facts] == [("63,7%", 2025, None), ("9,2%", 2025, 2024)]


def test_thanh_pho_names_the_city_not_its_ward(pipeline) -> None:
    text = ("Hà Nội: Phường Ba Đình dẫn đầu kết quả đánh giá CCHC quý III/2025\n\nSở Nội vụ Hà Nội tổng hợp kết quả của "
            "126 xã, phường. Phường Ba Đình đạt 96,4/100 điểm. Năm 2025, thành phố phấn đấu Chỉ số CCHC thuộc top 3 cả nước.")
    got = dict((g[0], g[1]) for g in _facts(pipeline, text))
    assert got["96,4/100 điểm"] == "Ba Đình" and got["3"] == "Hà Nội"


def test_a_years_own_clause_and_lists_of_years(pipeline) -> None:
    text = ("Năm 2024, tỉnh giải quyết đúng hạn 99,2% hồ sơ. Đối với các chỉ số được công bố trong năm (kết quả đánh giá "
            "năm 2023), Chỉ số CCHC của tỉnh đạt 88,95%, cao hơn 2,37% so với giá trị trung bình của cả nước. Chỉ số PAPI "
            "của Kon Tum trong các năm 2021, 2022 và 2023 lần lượt là 40,12 điểm, 41,38 điểm và 42,77 điểm. DTI quốc gia "
            "đạt 0,5614, mức cao nhất kể từ khi bộ chỉ số được áp dụng năm 2020.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.compared_to) for f in rec.facts] == [
        ("99,2%", 2024, None), ("88,95%", 2023, None), ("2,37%", 2023, None), ("40,12 điểm", 2021, None),
        ("41,38 điểm", 2022, None), ("42,77 điểm", 2023, None), ("0,5614", 2024, None)]
    # (the list of years, all before the year the page reports on, looks back for its own sentence: the
    # figure after it takes the page's year, and not the year the index began, 2020)


def test_a_plan_year_belongs_to_its_own_clause(pipeline) -> None:
    text = ("Kiên Giang phấn đấu năm 2023 cải thiện ít nhất 10 bậc so với năm 2022; Cần Thơ hướng tới nằm trong nhóm 10 "
            "tỉnh, thành dẫn đầu vào năm 2025.")
    assert [(g[0], g[1], g[3]) for g in _facts(pipeline, text)] == [("10 bậc", "Kiên Giang", 2023), ("10", "Cần Thơ", 2025)]


def test_a_parent_unit_in_parentheses_is_no_dateline(pipeline) -> None:
    text = "Phường Nhơn Bình (TP Quy Nhơn) đứng đầu với 93,18%; xã An Toàn (huyện An Lão) xếp cuối, chỉ đạt 72,6%."
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("đứng đầu", "Nhơn Bình"), ("93,18%", "Nhơn Bình"), ("72,6%", "An Toàn")]


def test_targets_named_as_such_and_a_gap_to_a_target(pipeline) -> None:
    text = ("Tỷ lệ hồ sơ trực tuyến năm 2023 đạt 52,35%, vượt chỉ tiêu 40% Chính phủ giao. Chỉ số SIPAS đạt 80,21%, "
            "thấp hơn mục tiêu gần 10%. Năm 2024 tỉnh đặt chỉ tiêu Chỉ số CCHC tăng tối thiểu 5 bậc; năm 2025 tỉnh phải "
            "vào nhóm 30 tỉnh dẫn đầu.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.modality) for f in rec.facts] == [
        ("52,35%", "actual"), ("40%", "target"), ("80,21%", "actual"), ("10%", "actual"), ("5 bậc", "target"),
        ("30", "target")]


def test_years_of_the_last_year_and_of_a_named_edition_compared_with(pipeline) -> None:
    text = ("(Ngày 05/4/2024) Chỉ số SIPAS năm vừa qua của tỉnh đạt 83,76%. PGI 2023 của tỉnh đạt 25,76 điểm, tăng "
            "1,12 điểm so với bản thử nghiệm năm 2022. Xe buýt đạt 88% so với kế hoạch năm 2023.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.compared_to) for f in rec.facts] == [
        ("83,76%", 2023, None), ("25,76 điểm", 2023, None), ("1,12 điểm", 2023, 2022), ("88%", 2023, None)]


def test_an_average_in_a_report_on_many_provinces_is_nobodys(pipeline) -> None:
    text = ("PAPI 2023: Quảng Ninh dẫn đầu\n\nBáo cáo PAPI 2023 ghi nhận Quảng Ninh, Hà Nội, Hải Phòng, Thanh Hóa và "
            "Nghệ An trong nhóm cao nhất. Quảng Ninh đạt 47,1 điểm.\n\nKhảo sát được thực hiện từ tháng 8 đến tháng 12. "
            "Người trả lời được hỏi về tám nội dung. Nhóm nghiên cứu gồm các chuyên gia trong và ngoài nước. Báo cáo "
            "được công bố tại Hà Nội.\n\nXét theo từng nội dung, thủ tục hành chính công vẫn "
            "là lĩnh vực có điểm trung bình cao nhất, 7,38 điểm.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-2:] == [("47,1 điểm", "Quảng Ninh"), ("7,38 điểm", None)]


def test_a_pilot_edition_is_not_the_year_reported_on(pipeline) -> None:
    text = ("Chỉ số Xanh cấp tỉnh (PGI) năm 2023 được công bố. Sau một năm thí điểm với PGI 2022, đây là lần đầu bộ chỉ số "
            "được công bố chính thức. Bà Rịa - Vũng Tàu đứng đầu với 25,76 điểm.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("đứng đầu", 2023), ("25,76 điểm", 2023)]


def test_indices_named_together(pipeline) -> None:
    text = ("Công bố PAR Index và SIPAS 2024: 9/63 địa phương đạt trên 90%\n\nNăm 2025, tỉnh phấn đấu PCI và PAPI duy trì "
            "trong top 20. Chỉ số CCHC và SIPAS của tỉnh lần lượt đạt 85% và 80%. PCI và PGI 2023: Vĩnh Long tăng 5 bậc "
            "về chỉ số xanh.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [
        ("9/63", "PAR_INDEX"), ("90%", "PAR_INDEX"), ("20", "PCI"), ("85%", "PAR_INDEX"), ("80%", "SIPAS"),
        ("5 bậc", "PGI")]


def test_the_speakers_province_and_the_owner_of_a_block(pipeline) -> None:
    text = ("Hải Phòng dẫn đầu vùng với 91,2%, Thái Bình đạt 86,5%. Giám đốc Sở Nội vụ Thái Bình cho biết: “Năm 2025, "
            "tỉnh phấn đấu đưa Chỉ số CCHC vào nhóm 25 tỉnh, thành dẫn đầu”.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-1] == ("25", "Thái Bình")
    text = ("UBND huyện Can Lộc (Hà Tĩnh) công bố DDCI 2024. Can Lộc dẫn đầu với 72,1 điểm, Thạch Hà xếp sau với "
            "70,3 điểm. Điểm trung bình của khối "
            "huyện, thành phố, thị xã đạt 67,84 điểm.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-1] == ("67,84 điểm", "Hà Tĩnh")
    text = ("Huyện Đông Anh công bố Chỉ số CCHC năm 2018 của 24 xã, thị trấn. Xã Uy Nỗ đạt 92,5/100 điểm. Điểm trung "
            "bình Chỉ số CCHC cấp xã của huyện đạt 84,3 điểm.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-1] == ("84,3 điểm", "Đông Anh")


def test_a_block_goes_on_past_a_semicolon(pipeline) -> None:
    text = ("UBND tỉnh Hà Tĩnh công bố Chỉ số CCHC năm 2023 của các sở, ban, ngành. Sở Tư pháp đứng đầu với 92,5 điểm; "
            "Sở Nội vụ xếp thứ hai. Điểm trung bình của khối sở, ngành là 85,93 điểm; 17/20 đơn vị đạt từ 80 điểm trở lên.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-3:] == [
        ("85,93 điểm", "Hà Tĩnh"), ("17/20", "Hà Tĩnh"), ("80 điểm", "Hà Tĩnh")]


def test_a_new_section_goes_back_to_the_articles_index(pipeline) -> None:
    text = ("DDCI 2024 ở miền Tây: nhiều điểm sáng\n\nCác tỉnh miền Tây công bố Chỉ số năng lực cạnh tranh cấp sở, ngành "
            "và địa phương (DDCI) năm 2024.\n\nTại Đồng Tháp, Sở Tài chính dẫn đầu với 83,27 điểm. PCI 2024 của Đồng "
            "Tháp đạt 70,12 điểm.\n\nAn Giang: Cấp sở cải thiện, PCI chưa theo kịp\n\nAn Giang ghi nhận 18/20 sở, ngành "
            "đạt trên 70 điểm.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [
        ("dẫn đầu", "DDCI"), ("83,27 điểm", "DDCI"), ("70,12 điểm", "PCI"), ("18/20", "DDCI"), ("70 điểm", "DDCI")]


def test_a_look_back_ends_with_its_paragraph(pipeline) -> None:
    text = ("Theo kết quả DTI năm 2023, tỉnh Kon Tum đạt 0,4126 điểm, giảm 5 bậc. Năm 2022, tỉnh đứng thứ 35/63.\n\n"
            "Trong ba trụ cột, chính quyền số xếp thứ 33, kinh tế số thứ 47.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("0,4126 điểm", 2023), ("5 bậc", 2023), ("35/63", 2022), ("33", 2023), ("47", 2023)]


def test_an_iso_date_and_the_year_an_opening_adverbial_names(pipeline) -> None:
    text = ("date 2025-04 Năm 2024, 6/6 vùng đạt trên 80%.\n\nVùng Đồng bằng sông Hồng đạt 90,17%.\n\n"
            "Cũng trong năm 2022, Chỉ số PAR Index của tỉnh đạt 85,14%. Chỉ số SIPAS đạt 81,87%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("6/6", 2024), ("80%", 2024), ("90,17%", 2024), ("85,14%", 2022), ("81,87%", 2022)]


def test_the_same_measure_at_an_earlier_time_dates_its_sentence_only(pipeline) -> None:
    text = ("Năm 2023, Quảng Ninh đạt 91,19%. Hai chỉ số này năm 2022 lần lượt là 89,84% và 86,76%. Tỉnh có 7/8 chỉ số "
            "thành phần đạt trên 90%. Năm 2022, mức trung bình này mới là 85,64%. Tỉnh xếp thứ 3.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("91,19%", 2023), ("89,84%", 2022), ("86,76%", 2022), ("7/8", 2023), ("90%", 2023), ("85,64%", 2022),
        ("3", 2023)]


def test_scopes_of_a_ranking_and_the_block_last_named(pipeline) -> None:
    text = ("Năm 2023, bản thân quận Hải Châu xếp thứ 2/7 quận, huyện của TP Đà Nẵng với 89,65%. Lâm Đồng là một trong "
            "những điểm sáng của khu vực Tây Nguyên với 23,78 điểm.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("2/7", "Hải Châu"), ("89,65%", "Hải Châu"), ("23,78 điểm", "Lâm Đồng")]
    text = ("UBND tỉnh Bình Định công bố Chỉ số CCHC năm 2023 của khối sở, ngành. Sở Tư pháp dẫn đầu với 92,1%. "
            "Giá trị trung bình của khối này đạt 84,37%.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-1] == ("84,37%", "Bình Định")


def test_a_quarterly_report_compared_with_last_year_and_last_quarter(pipeline) -> None:
    text = ("Huế: Tỷ lệ hồ sơ đúng hạn quý III/2025 đạt 98,62%\n\nTỷ lệ giải quyết đúng hạn đạt 98,62%, tăng 1,15% so "
            "với quý II/2025. Tỷ lệ hồ sơ nộp trực tuyến đạt 72,4%, cao hơn cùng kỳ năm 2024 là 18,3%.\n\nNăm 2024, Chỉ "
            "số CCHC của thành phố xếp thứ 4/63.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.compared_to) for f in rec.facts][1:5] == [
        ("98,62%", 2025, None), ("1,15%", 2025, None), ("72,4%", 2025, None), ("18,3%", 2025, 2024)]


def test_last_year_named_as_such_dates_its_sentence(pipeline) -> None:
    text = ("PAPI 2023 đã được công bố. Bình Định đạt 44,12 điểm. Năm trước, tỉnh đứng thứ 17. Tỉnh có 6/8 chỉ số tăng "
            "điểm. Năm 2025 phải vào top 5.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("44,12 điểm", 2023), ("17", 2022), ("6/8", 2023), ("5", 2025)]


def test_the_year_before_that_is_the_one_before_the_year_just_named(pipeline) -> None:
    text = ("Năm 2023, PAR Index của Phú Yên đạt 86,47%, xếp thứ 21/63. Năm trước đó, tỉnh chỉ đạt 83,15% và đứng "
            "thứ 36/63.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("86,47%", 2023), ("21/63", 2023), ("83,15%", 2022), ("36/63", 2022)]


def test_an_index_named_as_anothers_companion_is_not_the_figures(pipeline) -> None:
    text = ("Ở Chỉ số xanh cấp tỉnh (PGI) năm 2025 do VCCI công bố cùng PCI, Cần Thơ đạt 24,08 điểm, xếp thứ 12/34.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("24,08 điểm", "PGI"), ("12/34", "PGI")]


def test_a_status_date_opening_a_paragraph_dates_its_statistics(pipeline) -> None:
    text = ("Năm 2025, Chỉ số CCHC của Cần Thơ đạt 87,64%.\n\nTính đến hết tháng 4/2026, bộ phận một cửa của 103 xã "
            "đã tiếp nhận 1.246.380 hồ sơ. Tỷ lệ hồ sơ nộp trực tuyến ở cấp xã đạt 61,4%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("87,64%", 2025), ("61,4%", 2026)]


def test_a_multiple_ending_a_title_compares_with_no_year_of_the_body(pipeline) -> None:
    text = ("Long An: thanh toán trực tuyến tăng gấp đôi\n\nNăm 2024, tỷ lệ hồ sơ được thanh toán trực tuyến của tỉnh "
            "Long An đạt 46,2%, tăng gấp đôi so với năm 2023 (22,8%).")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("46,2%", 2024), ("22,8%", 2023)]


def test_a_group_of_the_country_and_a_regions_ranking_are_scopes(pipeline) -> None:
    # the whole page: how central the province is decides the case
    got = _page_subjects(pipeline, "articles43.jsonl", "chAR_d01")
    assert (got["4/8"], got["1,46%"], got["9,68/10 điểm"], got["96,8%"]) == ("Phú Yên",) * 4
    # (`tỉnh xếp thứ 4/8 địa phương khu vực Duyên hải Nam Trung Bộ và cao hơn … là 1,46%`, `đạt 9,68/10 điểm
    # (96,8%), thuộc nhóm cao của cả nước`)


def test_a_plan_with_a_goal_and_a_cut_of_things_in_a_clause_of_its_own(pipeline) -> None:
    rec = pipeline("case", "Bộ Công Thương đã ban hành Kế hoạch số 215/KH-BCT với mục tiêu năm 2025 trở lại nhóm 5 bộ dẫn "
                           "đầu về Chỉ số CCHC; 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình; đồng thời "
                           "cắt giảm, đơn giản hóa 30% điều kiện kinh doanh.")
    got = [(f.figure.text, f.figure.kind, f.metric.index, f.modality) for f in rec.facts]
    assert (got[0], got[-1]) == (("5", "rank", "PAR_INDEX", "target"), ("30%", "delta", "OTHER", "target"))


def test_a_count_of_the_indices_just_listed_is_no_one_index(pipeline) -> None:
    text = ("Năm 2023, các chỉ số của Hà Tĩnh như sau:\n1. PAR Index: 88,1% (hạng 20)\n2. SIPAS: 82,4% (hạng 30)\n"
            "3. PCI: 67,1 điểm (hạng 12)\n\nNhư vậy, 2/3 chỉ số có thứ hạng cải thiện; 6/8 chỉ số thành phần PCI tăng điểm.")
    got = [(g[0], g[2]) for g in _facts(pipeline, text)]
    assert got[-2:] == [("2/3", "OTHER"), ("6/8", "PCI")]


def test_a_pci_area_is_the_pci_s_unless_an_index_sharing_its_areas_is_in_force(pipeline) -> None:
    text = ("Năm 2025, Nam Định phấn đấu PCI đạt tối thiểu 69 điểm; DTI lọt top 25; chỉ số thành phần Tiếp cận đất đai "
            "đạt từ 6,5 điểm trở lên. Năm 2024, DDCI của Sở Xây dựng đạt 80 điểm; chỉ số Tiếp cận đất đai đạt 7,1 điểm.")
    got = {g[0]: g[2] for g in _facts(pipeline, text)}
    assert (got["6,5 điểm"], got["7,1 điểm"]) == ("PCI", "DDCI")


def test_the_province_on_a_broadcasters_page_is_its_own_not_the_neighbour_just_named(pipeline) -> None:
    # (`Đài Phát thanh và Truyền hình Bình Định … tỉnh bạn Quảng Ngãi xếp thứ 38/63 … thu ngân sách trên địa bàn tỉnh`)
    got = _page_subjects(pipeline, "articles44.jsonl", "chAS_p01")
    assert (got["41,5%"], got["62.7%"], got["38/63"]) == ("Bình Định", "Bình Định", "Quảng Ngãi")


def test_a_block_led_by_a_unit_named_after_do(pipeline) -> None:
    text = ("Năm 2022, Chỉ số CCHC của huyện Tháp Mười đạt 90,12%. Khối huyện, thành phố năm nay do thành phố Sa Đéc "
            "dẫn đầu với 93,41%.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-2:] == [("dẫn đầu", "Sa Đéc"), ("93,41%", "Sa Đéc")]


def test_a_change_since_a_year_is_of_a_later_year_than_the_one_carried(pipeline) -> None:
    text = ("PAPI 2025: Quảng Trị xếp thứ 7/34. Tỉnh Quảng Trị đạt 45,37 điểm.\n\nĐể bảo đảm so sánh được, dữ liệu năm 2024 đã "
            "được tính lại theo địa giới mới. Theo cách tính này, điểm tổng hợp của tỉnh cao hơn 1,97 điểm so với năm 2024 "
            "(43,40 điểm). Tỷ lệ giải quyết đúng hạn đạt 98,62%, tăng 1,15% so với quý II/2024.")
    got = {g[0]: g[3] for g in _facts(pipeline, text)}
    assert (got["1,97 điểm"], got["43,40 điểm"], got["1,15%"]) == (2025, 2024, 2024)


def test_the_index_of_a_department_named_with_its_province_is_the_departments(pipeline) -> None:
    text = ("Năm 2023, Chỉ số CCHC của Sở Tài nguyên và Môi trường tỉnh Nghệ An đạt 84,52 điểm trên thang điểm 100, xếp "
            "thứ 12 trong tổng số 19 cơ quan chuyên môn thuộc UBND tỉnh.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][:2] == [
        ("84,52 điểm", "Sở Tài nguyên và Môi trường"), ("12 trong tổng số 19", "Sở Tài nguyên và Môi trường")]


def test_the_year_of_tasks_being_set_is_ahead_not_a_result(pipeline) -> None:
    text = ("Sáng 8/1, UBND tỉnh Quảng Ninh tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026. Năm "
            "2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 76,4%. Chỉ số CCHC năm 2024 của Quảng Ninh đạt 91,64%. Năm "
            "nay, tỉnh đặt mục tiêu đưa SIPAS vào top 3.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("76,4%", 2025), ("91,64%", 2024), ("3", 2026)]


def test_listed_changes_after_the_cue_and_a_caption_names_no_index(pipeline) -> None:
    text = "Bình Định tăng 24 bậc; Lạng Sơn và Cà Mau tăng lần lượt 15 bậc và 13 bậc."
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("24 bậc", "Bình Định"), ("15 bậc", "Lạng Sơn"), ("13 bậc", "Cà Mau")]
    text = ("Chỉ số CCHC năm 2022: Quảng Ninh dẫn đầu\n\nQuảng Ninh đạt 93,1%.\n\nLễ công bố PAR Index và SIPAS 2022 "
            "tại Hà Nội. (Ảnh: Hoài Thu)\n\nỞ nhóm cuối, Đắk Nông đạt 75,81%.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)][-1] == ("75,81%", "PAR_INDEX")


def test_a_deadline_right_after_the_figure_and_the_year_a_result_came_out(pipeline) -> None:
    text = ("Theo chiến lược đến năm 2025, định hướng đến năm 2030, kinh tế số phải chiếm 20% GDP vào năm 2025 và 30% vào "
            "năm 2030. Kết quả năm 2023 được công bố năm 2024 cho thấy Hà Tĩnh đạt 88,21%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("20%", 2025), ("30%", 2030), ("88,21%", 2023)]


def test_a_figure_two_units_share_is_nobodys_own(pipeline) -> None:
    text = "SIPAS 2023: Nam Định và Ninh Bình cùng đạt 85,02%, đồng hạng 11/63. Hải Dương đạt 82,9%, ngang bằng Bắc Ninh."
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("85,02%", None), ("11/63", None), ("82,9%", "Hải Dương")]


def test_membership_of_a_leading_group_is_no_national_cue(pipeline) -> None:
    text = ("PAPI 2023 của tỉnh Phú Thọ đạt 43,12 điểm.\n\nCó 5/8 chỉ số nội dung tăng điểm, trong đó \"Quản trị điện tử\" "
            "tăng mạnh nhất với 0,62 điểm và thuộc nhóm 16 địa phương có điểm cao nhất cả nước.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][1:3] == [("5/8", "Phú Thọ"), ("0,62 điểm", "Phú Thọ")]


def test_targets_named_with_their_giver_and_plans_that_end(pipeline) -> None:
    text = ("Tỷ lệ thanh toán trực tuyến đạt 38,9%, trong khi chỉ tiêu Chính phủ giao là 30%. Các sở phải có Chỉ số CCHC "
            "đạt từ 80% trở lên. Mục tiêu đến năm 2025 thuộc nhóm 15 tỉnh dẫn đầu về PCI; năm 2024, PCI của Cần Thơ xếp "
            "24/63.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.modality) for f in rec.facts] == [
        ("38,9%", "actual"), ("30%", "target"), ("80%", "target"), ("15", "target"), ("24/63", "actual")]


def test_plans_stated_as_requirements(pipeline) -> None:
    text = ("Kế hoạch yêu cầu kết quả Chỉ số CCHC của mỗi đơn vị tối thiểu đạt 80%. Tỷ lệ hồ sơ trễ hạn phải được kiểm soát "
            "ở mức không quá 2%. So với năm 2022, chỉ số SIPAS tăng 1,12% và vượt mục tiêu đạt trên 80%.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.modality) for f in rec.facts] == [
        ("80%", "target"), ("2%", "target"), ("1,12%", "actual"), ("80%", "target")]


def test_within_the_region_names_the_region(pipeline) -> None:
    text = ("PCI 2023 vùng Đông Nam Bộ\n\nĐồng Nai đạt 69,1 điểm, Bình Dương 68,2 điểm, Tây Ninh 66,4 điểm và Bình Phước "
            "65,3 điểm. Điều tra cho thấy tỷ lệ doanh nghiệp trong vùng phải trả chi phí không chính thức là 29,6%.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-1] == ("29,6%", "Đông Nam Bộ")


def test_last_year_on_a_year_end_page(pipeline) -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH\n27/12/2024 16:42 | Lượt xem: 1.386\n\nNăm 2024: Cải cách hành chính "
            "tạo chuyển biến rõ nét\n\nNăm qua, tỉnh hoàn thành 45/47 nhiệm vụ. Chỉ số CCHC năm 2023 của tỉnh đạt 88,1%; "
            "SIPAS năm 2023 đạt 82%. Năm qua, tỷ lệ hồ sơ trực tuyến đạt 52,6%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("45/47", 2024), ("88,1%", 2023), ("82%", 2023), ("52,6%", 2024)]


def test_last_years_edition_named_as_such_goes_on(pipeline) -> None:
    text = ("(ngày 20/5/2024)\n\nSáng nay, UBND tỉnh Long An công bố Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa "
            "phương (DDCI) năm ngoái. Sở Kế hoạch và Đầu tư dẫn đầu khối sở với 78,6 điểm. Từ đầu năm nay, tỷ lệ hồ sơ "
            "trực tuyến đạt 68,4%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("dẫn đầu", 2023), ("78,6 điểm", 2023), ("68,4%", 2024)]


def test_listed_units_with_their_parents_in_parentheses(pipeline) -> None:
    text = ("Ở cấp xã, xã Cẩm Bình dẫn đầu với 95,62%; phường Thạch Quý (TP Hà Tĩnh) và thị trấn Nghèn (huyện Can Lộc) "
            "lần lượt xếp thứ hai và thứ ba với 94,8% và 94,1%.")
    got = [(g[0], g[1]) for g in _facts(pipeline, text)]
    assert got[-2:] == [("94,8%", "Thạch Quý"), ("94,1%", "Nghèn")]


def test_a_leader_named_in_an_earlier_clause_keeps_its_own_figure(pipeline) -> None:
    text = ("Năm 2025, phường Tân An đứng đầu với 93,18%, xếp thứ hai và thứ ba lần lượt là phường Hòa Bình (92,47%) "
            "và xã Phú Lộc (91,9%) về Chỉ số CCHC.")
    got = [(g[0], g[1]) for g in _facts(pipeline, text)]
    assert got[:4] == [("đứng đầu", "Tân An"), ("93,18%", "Tân An"), ("xếp thứ hai", "Hòa Bình"), ("thứ ba", "Phú Lộc")]


def test_the_unit_a_ranking_follows_heads_the_respective_list(pipeline) -> None:
    text = ("Năm 2023, ở khối sở, Sở Tư pháp giữ vững ngôi vị, xếp sau là Sở Y tế và Sở Tài chính, với số điểm "
            "DDCI tương ứng 84,12; 82,67 và 81,9 điểm.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("84,12", "Sở Tư pháp"), ("82,67", "Sở Y tế"), ("81,9 điểm", "Sở Tài chính")]


def test_a_list_under_a_heading_takes_the_headings_year_and_its_province(pipeline) -> None:
    text = ("Tại hội nghị sơ kết 6 tháng đầu năm 2024, Sở Nội vụ tỉnh Bắc Kạn đã tổng hợp kết quả các bộ chỉ số "
            "năm 2023 của tỉnh như sau:\n\n- Chỉ số SIPAS: 82,6% (xếp thứ 31)\n- Chỉ số PCI: 61,45 điểm (xếp thứ 55)\n")
    assert [(g[0], g[1], g[2], g[3]) for g in _facts(pipeline, text)] == [
        ("82,6%", "Bắc Kạn", "SIPAS", 2023), ("31", "Bắc Kạn", "SIPAS", 2023),
        ("61,45 điểm", "Bắc Kạn", "PCI", 2023), ("55", "Bắc Kạn", "PCI", 2023)]


def test_a_move_dates_its_own_clause_not_one_past_a_later_year(pipeline) -> None:
    text = ("Chỉ số PCI của Nghệ An từ vị trí thứ 17 năm 2021 tụt xuống thứ 24 năm 2022, lùi 7 bậc; từ năm 2023 đã "
            "phục hồi, đến năm 2024 đạt 69,85 điểm, xếp thứ 6/63.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)][-2:] == [("69,85 điểm", 2024), ("6/63", 2024)]


def test_a_ranked_growth_rate_is_no_index_rank(pipeline) -> None:
    text = ("Năm 2024, Chỉ số PCI của Nghệ An đạt 69,85 điểm. Tăng trưởng kinh tế năm 2024 đạt 12,16%, đứng thứ hai "
            "cả nước.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)][-2:] == [("12,16%", "OTHER"), ("đứng thứ hai", "OTHER")]


def test_the_region_named_by_vung_beyond_the_look_back(pipeline) -> None:
    text = ("PAPI 2024: Tây Nguyên tiến bộ về quản trị điện tử\n\nBáo cáo cho thấy 4/5 tỉnh Tây Nguyên tăng điểm. "
            "Lâm Đồng đạt 45,36 điểm. Đắk Lắk đạt 43,9 điểm. Kon Tum đạt 42,77 điểm. Gia Lai đạt 42,05 điểm. "
            "Đắk Nông đạt 41,48 điểm. Điểm trung bình toàn quốc là 43,21 điểm. Lâm Đồng dẫn đầu. Đắk Nông đứng cuối. "
            "Quản trị điện tử tiến bộ rõ nhất: điểm bình quân của vùng đạt 3,84 điểm.")
    assert _facts(pipeline, text)[-1][:2] == ("3,84 điểm", "Tây Nguyên")


def test_a_later_name_in_an_aside_is_not_the_owner(pipeline) -> None:
    text = ("Năm 2024, Tổng cục Thuế (nay là Cục Thuế) và Tổng cục Hải quan (nay là Cục Hải quan) lần lượt xếp thứ hai, "
            "thứ ba với 92,8 và 91,47 điểm. Sở Giao thông vận tải (nay đã hợp nhất vào Sở Xây dựng) xếp cuối với 66,12 điểm.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("xếp thứ hai", "Tổng cục Thuế"), ("thứ ba", "Tổng cục Hải quan"), ("92,8", "Tổng cục Thuế"),
        ("91,47 điểm", "Tổng cục Hải quan"), ("66,12 điểm", "Sở Giao thông vận tải")]


def test_indices_named_together_share_or_pair_their_figures(pipeline) -> None:
    text = ("Riêng Vĩnh Long, Chỉ số CCHC và Chỉ số SIPAS năm 2024 lần lượt xếp thứ 6/63 và 9/63. Năm 2025, tỉnh phấn "
            "đấu PAR Index và SIPAS đều nằm trong nhóm 5 tỉnh, thành phố dẫn đầu.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("6/63", "PAR_INDEX"), ("9/63", "SIPAS"), ("5", "PAR_INDEX")]


def test_the_measure_named_right_after_a_figure_and_ranked_quantities(pipeline) -> None:
    text = ("Năm 2024, PCI của Đồng Nai xếp thứ 9; tỉnh phấn đấu đưa Đồng Nai trở lại top 5 PCI. Quy mô GRDP ước đạt "
            "hơn 640.000 tỷ đồng, đứng thứ 4 cả nước. Kinh tế số chiếm 20% GRDP.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [
        ("9", "PCI"), ("5", "PCI"), ("4", "OTHER"), ("20%", "OTHER")]


def test_pgi_components_and_the_report_published_alongside(pipeline) -> None:
    text = ("Chỉ số Xanh cấp tỉnh (PGI) năm 2023, được VCCI công bố cùng Báo cáo PCI, ghi nhận Bến Tre đạt 24,65 điểm. "
            "Ở chỉ số “Giảm thiểu ô nhiễm”, tỉnh đạt 5,88 điểm.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("24,65 điểm", "PGI"), ("5,88 điểm", "PGI")]


def test_satisfaction_with_procedures_and_sipas_factors(pipeline) -> None:
    text = ("Năm 2023, Chỉ số SIPAS của tỉnh đạt 84,1%: tiếp cận dịch vụ 85,2%; thủ tục hành chính 83,5%. Năm 2025, "
            "mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC đạt trên 95%.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [
        ("84,1%", "SIPAS"), ("85,2%", "SIPAS"), ("83,5%", "SIPAS"), ("95%", "OTHER")]


def test_a_bare_company_head_refers_to_the_firm_named_before(pipeline) -> None:
    text = ("Ông Sơn, giám đốc Công ty TNHH May mặc Phú Long ở Hải Phòng, cho biết năm 2023 doanh thu của công ty đạt "
            "45 triệu USD, tăng 18% so với năm 2022.")
    assert _facts(pipeline, text)[-1][:2] == ("18%", "Công ty TNHH May mặc Phú Long")


def test_counts_of_a_provinces_own_localities(pipeline) -> None:
    text = ("Năm 2023, Chỉ số CCHC của tỉnh Phú Yên đạt 85,3%. Khối huyện, thị xã Đông Hòa đứng đầu với 91,25%, "
            "huyện Sông Hinh xếp cuối với 80,06%. Có 7/9 địa phương đạt trên 85%. Cả nước có 58/63 tỉnh đạt trên 80%.")
    got = [(g[0], g[1]) for g in _facts(pipeline, text)]
    assert ("7/9", "Phú Yên") in got and ("58/63", None) in got


def test_a_when_clause_after_so_voi_dates_only_itself(pipeline) -> None:
    text = ("Năm 2023, PCI của Hà Tĩnh xếp thứ 18. So với năm 2019, khi còn đứng ở vị trí thứ 26, tỉnh đã tăng 8 bậc, "
            "bình quân mỗi năm tăng 2 bậc.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.compared_to) for f in rec.facts] == [
        ("18", 2023, None), ("26", 2019, None), ("8 bậc", 2023, 2019), ("2 bậc", 2023, None)]


def test_a_related_headline_names_its_own_unit_and_index_or_none(pipeline) -> None:
    text = ("Bộ Tài chính xếp thứ 3/17 về Chỉ số CCHC năm 2024\n\nNăm 2024, Chỉ số CCHC của Bộ Tài chính đạt 88,59%.\n\n"
            "Bộ có 6/8 lĩnh vực tăng điểm. Kết quả này nhờ chuyển đổi số. Năm 2025, Bộ phấn đấu vào tốp 3.\n\n"
            "Tin liên quan\n- SIPAS 2024: Mức độ hài lòng chung của người dân đạt 83,92%\n"
            "- Xuất khẩu 11 tháng tăng 8,7%\n- Hải Phòng: Chỉ số DDCI 2024 đạt 75,2 điểm")
    got = [(g[0], g[1], g[2]) for g in _facts(pipeline, text)]
    assert got[-3:] == [("83,92%", None, "SIPAS"), ("8,7%", None, "OTHER"), ("75,2 điểm", "Hải Phòng", "DDCI")]


def test_the_countrys_own_figure_beside_a_provinces(pipeline) -> None:
    text = ("Năm 2024, tỷ lệ hồ sơ trực tuyến của Đà Nẵng đạt 61,3%, trong khi của cả nước mới đạt 43%. Tỷ lệ người "
            "dùng Cổng Dịch vụ công ở Hà Tĩnh là 9,6%, thấp hơn mức 19,6% của cả nước. Đà Nẵng xếp thứ 2 cả nước.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("61,3%", "Đà Nẵng"), ("43%", None), ("9,6%", "Hà Tĩnh"), ("19,6%", None), ("2", "Đà Nẵng")]


def test_an_index_a_rank_is_said_to_be_about_does_not_become_the_index_in_force(pipeline) -> None:
    text = ("Năm 2024, Chỉ số SIPAS của các bộ đạt 82,47%. Bộ Tư pháp đứng đầu với 88,92%; bộ này cũng xếp thứ hai về "
            "Chỉ số cải cách hành chính năm 2024. Bộ Công Thương đạt 87,15%.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)][-2:] == [("xếp thứ hai", "PAR_INDEX"), ("87,15%", "SIPAS")]


def test_a_list_under_the_targets_a_plan_sets_is_targets(pipeline) -> None:
    text = ("Năm 2023, quận đạt 94,68%.\n\nKế hoạch số 45/KH-UBND của UBND quận Tây Hồ xác định các chỉ tiêu chính:\n"
            "- Chỉ số SIPAS đạt tối thiểu 90%;\n- Tỷ lệ thanh toán trực tuyến không dưới 50%.\n\nMột số chỉ tiêu khác:\n"
            "- Tỷ lệ hồ sơ trực tuyến toàn trình: 52,4%.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.modality) for f in rec.facts][-3:] == [("90%", "target"), ("50%", "target"), ("52,4%", "actual")]


def test_a_count_of_units_of_one_kind_belongs_to_the_place_that_holds_them(pipeline) -> None:
    text = ("Năm 2024, Chỉ số chuyển đổi số của tỉnh Khánh Hòa tăng 4 bậc. Ở khối sở, Sở Tài chính dẫn đầu với "
            "0,8907 điểm, nhưng vẫn còn 5/19 sở đạt dưới 0,5 điểm.")
    got = {g[0]: g[1] for g in _facts(pipeline, text)}
    assert got["0,8907 điểm"] == "Sở Tài chính"
    assert got["5/19"] == "Khánh Hòa" and got["0,5 điểm"] == "Khánh Hòa"


def test_nam_do_dates_its_clause_with_the_year_just_named(pipeline) -> None:
    text = ("PGI 2025 của Bắc Ninh đạt 27 điểm, vươn lên từ vị trí thứ ba năm 2024. Bắc Ninh cũ năm đó chỉ xếp 12/63 "
            "với 23,85 điểm. Tỉnh mới đạt 6,1 điểm ở chỉ số thành phần.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("27 điểm", 2025), ("vị trí thứ ba", 2024), ("12/63", 2024), ("23,85 điểm", 2024), ("6,1 điểm", 2025)]


def test_the_owner_named_right_after_the_figure_takes_it(pipeline) -> None:
    text = ("Năm 2023, điểm PAPI về trách nhiệm giải trình của Hải Phòng, Hải Dương lần lượt là 5,06 và 4,88, "
            "trong khi mức cao nhất cả nước là 5,71 điểm của Bình Định.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Hải Phòng", "Hải Dương", "Bình Định"]


def test_a_requirement_for_a_year_dates_its_target_even_before_diem(pipeline) -> None:
    text = ("Năm 2024, DDCI của Đà Nẵng đạt 75 điểm. Thành phố yêu cầu năm 2025 điểm trung bình khối sở phải đạt "
            "tối thiểu 76 điểm.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts] == [("75 điểm", 2024, "actual"),
                                                                          ("76 điểm", 2025, "target")]


def test_tai_day_points_at_the_place_just_named(pipeline) -> None:
    text = ("Năm 2023, Chỉ số CCHC của tỉnh Khánh Hòa đạt 85%, xếp thứ 20/63. Tỉnh Khánh Hòa có nhiều cải thiện. "
            "Trong khi đó, thị xã Ninh Hòa đẩy mạnh số hóa hồ sơ. Năm 2023, 98% hồ sơ tại đây được giải quyết đúng hạn.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Khánh Hòa", "Khánh Hòa", "Ninh Hòa"]


def test_xa_named_by_its_kind_is_the_commune_the_article_is_about(pipeline) -> None:
    text = ("Năm 2024, TP Chí Linh tụt 4 bậc, xếp thứ 7/12. Xã Thanh Miện hiện nay được thành lập trên cơ sở sắp xếp "
            "thị trấn Thanh Miện. Từ đầu tháng 7 đến nay, xã đã tiếp nhận 2.148 hồ sơ, tỷ lệ giải quyết đúng hạn đạt "
            "99,4%; 100% xã, thị trấn lân cận có bộ phận một cửa.")
    got = {g[0]: g[1] for g in _facts(pipeline, text)}
    assert got["99,4%"] == "Thanh Miện"


def test_a_unit_described_only_by_last_place_is_not_named(pipeline) -> None:
    text = ("Năm 2024, Bộ Công Thương đạt 88,25 điểm, xếp thứ 4/17. Bộ Tư pháp và Bộ Tài chính lần lượt ở vị trí thứ "
            "hai và thứ ba. Đơn vị xếp cuối bảng đạt 79,08 điểm.")
    got = {g[0]: g[1] for g in _facts(pipeline, text)}
    assert got["88,25 điểm"] == "Bộ Công Thương" and got["79,08 điểm"] is None


def test_respondents_surveyed_in_the_province_are_the_provinces(pipeline) -> None:
    text = ("PCI 2023 của Hậu Giang đạt 65,8 điểm; Long An, Đồng Tháp, Cần Thơ và Vĩnh Long xếp sau. "
            "Tuy vậy, vẫn còn 38,6% doanh nghiệp được khảo sát tại tỉnh phản ánh phải chờ hơn 30 ngày.")
    got = {g[0]: g[1] for g in _facts(pipeline, text)}
    assert got["38,6%"] == "Hậu Giang"


def test_the_level_a_national_change_reached_is_the_countrys(pipeline) -> None:
    text = ("Năm 2023, PCI của Hậu Giang đạt 66,1 điểm. So với năm trước, tổng điểm của Hậu Giang tăng 1,92 điểm, "
            "trong khi điểm trung vị cả nước chỉ tăng 1,5 điểm, lên 65,2 điểm.")
    got = {g[0]: g[1] for g in _facts(pipeline, text)}
    assert got["1,92 điểm"] == "Hậu Giang" and got["1,5 điểm"] is None and got["65,2 điểm"] is None


def test_lettered_items_under_a_years_targets_are_targets_of_that_year(pipeline) -> None:
    text = ("Điều 1. Mục tiêu, chỉ tiêu\n1. Kết quả giai đoạn trước: năm 2024, Chỉ số cải cách hành chính của tỉnh "
            "Nghệ An đạt 88,9%, xếp thứ 14/63.\n2. Chỉ tiêu đến năm 2030:\na) Chỉ số cải cách hành chính đạt từ 90 "
            "đến 95%;\nb) Kinh tế số chiếm khoảng 30% GRDP của tỉnh.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts] == [
        ("88,9%", 2024, "actual"), ("14/63", 2024, "actual"), ("90", 2030, "target"), ("95%", 2030, "target"),
        ("30%", 2030, "target")]


def test_the_place_a_quoted_source_is_named_after_owns_the_figures(pipeline) -> None:
    text = ("Theo báo cáo của Văn phòng UBND tỉnh Bắc Ninh, trong quý I/2024 các cơ quan trên địa bàn tỉnh đã tiếp nhận "
            "146.285 hồ sơ, trong đó 99,12% hồ sơ được giải quyết đúng hạn. Đáng chú ý, tỷ lệ hồ sơ nộp trực tuyến "
            "đạt 71,6%.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Bắc Ninh", "Bắc Ninh"]


def test_cua_tinh_among_departments_is_the_one_province_named(pipeline) -> None:
    text = ("DDCI năm 2023 của tỉnh Lâm Đồng: Sở Tài chính dẫn đầu với 86,1 điểm. Sở Tài chính cũng tăng 3 bậc. "
            "Sở Xây dựng đạt 71,2 điểm. Điểm trung bình DDCI của tỉnh năm 2023 là 74,3 điểm.")
    got = {g[0]: g[1] for g in _facts(pipeline, text)}
    assert got["86,1 điểm"] == "Sở Tài chính" and got["74,3 điểm"] == "Lâm Đồng"


def test_a_unit_named_by_its_kind_right_after_a_year(pipeline) -> None:
    text = ("PCI 2024 của tỉnh Vĩnh Long đạt 67,2 điểm, xếp thứ 20/63. Theo Kế hoạch số 86/KH-UBND, năm 2025 tỉnh phấn "
            "đấu đưa PCI vào nhóm 15 tỉnh dẫn đầu.")
    got = {g[0]: g[1] for g in _facts(pipeline, text)}
    assert got["15"] == "Vĩnh Long"


def test_lan_danh_gia_nay_returns_to_the_edition_reported_on(pipeline) -> None:
    text = ("DDCI 2023: Đức Trọng xếp thứ 3/12. Năm 2022, Đức Trọng chỉ xếp thứ 5. Ở lần đánh giá này, huyện có 7/9 "
            "chỉ số tăng điểm; Chi phí không chính thức đạt 8,12 điểm.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("3/12", 2023), ("5", 2022), ("7/9", 2023), ("8,12 điểm", 2023)]


def test_a_table_scraped_one_cell_per_line_reads_by_column_and_row(pipeline) -> None:
    text = ("Kết quả PAPI 2024 của ba địa phương:\n\nĐịa phương\nTổng điểm\nXếp hạng\nTP Cần Thơ\n44,20\n19/63\n"
            "Hậu Giang\n43,27\n34/63\nVĩnh Long\n45,02\n8/63\n\nNguồn: Báo cáo PAPI 2024")
    rec = pipeline("case", text)
    got = [(f.figure.text, f.figure.kind, f.figure.total, f.subject.canonical if f.subject else None) for f in rec.facts]
    assert got == [("44,20", "score", None, "Cần Thơ"), ("19/63", "rank", 63, "Cần Thơ"),
                   ("43,27", "score", None, "Hậu Giang"), ("34/63", "rank", 63, "Hậu Giang"),
                   ("45,02", "score", None, "Vĩnh Long"), ("8/63", "rank", 63, "Vĩnh Long")]


def test_a_bullet_after_a_named_target_is_not_a_target(pipeline) -> None:
    text = ("Quý III/2024, Tây Ninh đạt tỷ lệ đúng hạn 98,72%.\n• Thanh toán trực tuyến: 41,6% hồ sơ được thanh toán "
            "trực tuyến, vượt chỉ tiêu 40% Chính phủ giao.\n• Số hóa: 7/9 huyện, thị xã hoàn thành số hóa.\n"
            "Năm 2025, UBND tỉnh xác định các nhiệm vụ trọng tâm:\n- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%;\n"
            "- Cắt giảm ít nhất 20% thời gian giải quyết thủ tục.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.modality) for f in rec.facts] == [
        ("98,72%", "actual"), ("41,6%", "actual"), ("40%", "target"), ("7/9", "actual"), ("50%", "target"),
        ("20%", "target")]


def test_tinh_acting_in_a_story_about_its_districts_is_the_province(pipeline) -> None:
    text = ("Theo Sở Nội vụ tỉnh Thái Bình, 6 xã dưới 70% tập trung ở huyện Tiền Hải. Huyện Hưng Hà có 35/35 xã đạt "
            "từ 80% trở lên. Năm 2024, tỉnh phấn đấu 95% số xã đạt Chỉ số CCHC từ 80% "
            "trở lên.")
    got = [(g[0], g[1]) for g in _facts(pipeline, text)]
    assert got[-2:] == [("95%", "Thái Bình"), ("80%", "Thái Bình")]


def test_the_figure_of_an_average_is_no_count_of_provinces(pipeline) -> None:
    text = ("Năm 2023, Chỉ số CCHC của thành phố Hải Phòng xếp thứ 7/63. Khối sở, ban, ngành có giá trị trung bình "
            "87,4%, trong đó Sở Tư pháp đứng đầu với 93,05%.")
    got = {g[0]: g[1] for g in _facts(pipeline, text)}
    assert got["87,4%"] == "Hải Phòng" and got["93,05%"] == "Sở Tư pháp"


def test_the_average_of_the_block_just_named_is_the_citys(pipeline) -> None:
    text = ("Theo UBND TP Hồ Chí Minh, năm 2023 TP Thủ Đức dẫn đầu Chỉ số CCHC khối quận, huyện với 91,37%. Huyện Cần "
            "Giờ đứng cuối bảng với 80,2%.\n\nGiá trị trung bình của khối đạt 86,45%, tăng 1,9% so với năm 2022.")
    got = {g[0]: g[1] for g in _facts(pipeline, text)}
    assert got["80,2%"] == "Cần Giờ" and got["86,45%"] == "Hồ Chí Minh" and got["1,9%"] == "Hồ Chí Minh"


def test_kem_names_the_unit_compared_with_and_bo_ta_the_speakers_ministry(pipeline) -> None:
    text = ("DDCI 2024: Sở Kế hoạch và Đầu tư dẫn đầu với 82,16 điểm. Sở Xây dựng chỉ đạt 73,40 điểm, kém Sở Kế hoạch và "
            "Đầu tư 8,76 điểm.")
    got = {g[0]: g[1] for g in _facts(pipeline, text)}
    assert got["8,76 điểm"] == "Sở Xây dựng"
    text = ("Bộ Tư pháp tổ chức hội nghị; Bộ Nội vụ đã công bố Chỉ số CCHC. Bộ Tư pháp công bố kế hoạch năm 2024. "
            "Bộ trưởng nhấn mạnh: “Năm 2023, Chỉ số CCHC của Bộ ta đạt 90,55% và xếp thứ 3/17 bộ, cơ quan ngang bộ.”")
    assert [g[1] for g in _facts(pipeline, text)] == ["Bộ Tư pháp", "Bộ Tư pháp"]


def test_a_bare_council_and_cua_tinh_go_to_the_province_an_organisation_is_named_after(pipeline) -> None:
    text = ("BÁO CÁO THẨM TRA CỦA BAN PHÁP CHẾ HĐND TỈNH\nBan Pháp chế HĐND tỉnh Kon Tum nhận thấy, kết quả Chỉ số "
            "PAPI đáng lưu ý. Năm 2023, Chỉ số PAPI của tỉnh đạt 41,87 điểm, xếp thứ 38/63 tỉnh, thành phố.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Kon Tum", "Kon Tum"]


def test_the_units_a_merged_province_is_made_of_are_not_its_subject(pipeline) -> None:
    text = ("PAPI 2025: TP Cần Thơ (hợp nhất từ TP Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang) đạt 45,12/80 điểm, xếp "
            "thứ 6/34. Tỉnh Vĩnh Long (gồm Vĩnh Long, Bến Tre, Trà Vinh cũ) đạt 44,58 điểm, đứng thứ 9/34; tỉnh Đồng "
            "Tháp đạt 44,03 điểm.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Cần Thơ", "Cần Thơ", "Vĩnh Long", "Vĩnh Long", "Đồng Tháp"]


def test_cua_tinh_after_theo_a_provincial_department_is_that_province(pipeline) -> None:
    text = ("DTI 2023 của Thừa Thiên Huế đạt 0,6 điểm, dẫn đầu khu vực. Thừa Thiên Huế được biểu dương. "
            "Theo Sở Thông tin và Truyền thông Quảng Nam, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh năm 2023 đạt 46,2%.")
    got = {g[0]: g[1] for g in _facts(pipeline, text)}
    assert got["0,6 điểm"] == "Thừa Thiên Huế" and got["46,2%"] == "Quảng Nam"


def test_the_service_index_of_decision_766_is_not_sipas(pipeline) -> None:
    text = ("SIPAS 2024 của Hà Tĩnh đạt 85%. Theo Bộ chỉ số phục vụ người dân, doanh nghiệp quý III/2025, phường Thành "
            "Sen xếp thứ 3/69 xã, phường của tỉnh với 88,75 điểm.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.metric.index) for f in rec.facts] == [
        ("85%", "SIPAS"), ("3/69", "OTHER"), ("88,75 điểm", "OTHER")]


def test_the_year_a_place_was_held_as_before_is_no_result_year(pipeline) -> None:
    text = ("Bộ Nội vụ công bố SIPAS năm 2023. Bình Định đạt 84,72%, giữ nguyên vị trí thứ 9/63 như năm 2022.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("84,72%", 2023), ("9/63", 2023)]


def test_n_units_referred_to_by_number_and_kind_pair_with_a_respectively_list(pipeline) -> None:
    text = ("PAPI 2023: Hà Tĩnh và Quảng Bình cải thiện rõ nhất. Về thứ hạng tổng thể, hai địa phương này lần lượt "
            "đứng thứ 7 và 12 trong 63 tỉnh, thành phố.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [("7", "Hà Tĩnh"), ("12 trong 63", "Quảng Bình")]


def test_so_cung_ky_without_voi_compares_with_the_year_before(pipeline) -> None:
    rec = pipeline("case", "Năm 2016, thu từ dầu thô ước đạt 2,3 nghìn tỷ đồng, giảm 25% so cùng kỳ năm 2015, "
                           "thu nội địa tăng 3% so cùng kỳ.")
    assert [(f.figure.text, f.year, f.compared_to) for f in rec.facts] == [("25%", 2016, 2015), ("3%", 2016, 2015)]


def test_a_plan_an_actual_is_measured_against_sets_no_target_past_its_clause(pipeline) -> None:
    rec = pipeline("case", "Năm 2016, khách nội địa ước đạt 995.000 lượt, giảm 32,4% so với kế hoạch đề ra "
                           "(giảm 31,5% so với cùng kỳ năm 2015). Tỉnh chưa đáp ứng yêu cầu tối thiểu 50%. "
                           "Có 3.220 tuyến đường dây đảm bảo yêu cầu kỹ thuật, 100% số hộ sử dụng điện.")
    assert [(f.figure.text, f.modality) for f in rec.facts] == [
        ("32,4%", "actual"), ("31,5%", "actual"), ("50%", "target"), ("100%", "actual")]


def test_an_indexs_area_named_as_a_policy_sets_no_index_and_tourism_competitiveness_is_no_pci(pipeline) -> None:
    text = ("Việc cấp thị thực điện tử thể hiện quyết tâm cải cách thủ tục hành chính. Việt Nam được xếp thứ 24/141 "
            "quốc gia về tài nguyên du lịch, nhưng chỉ đứng thứ 75/141 về năng lực cạnh tranh du lịch toàn cầu.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("24/141", "OTHER"), ("75/141", "OTHER")]


def test_an_abbreviated_prefix_ends_at_its_dot_or_a_space(pipeline) -> None:
    rec = pipeline("case", "Các nước TPP phải đóng góp ít nhất 85% GDP trong khối. Kho bạc Nhà nước ước đạt 8.150 tỷ đồng, "
                           "đạt 2,6% kế hoạch; TP.HCM và TX. Sơn Tây được biểu dương.")
    assert [(e.text, e.canonical) for e in rec.entities] == [
        ("Kho bạc Nhà nước", "Kho bạc Nhà nước"), ("TP.HCM", "Hồ Chí Minh"), ("TX. Sơn Tây", "Sơn Tây")]


def test_after_a_sentence_summing_up_two_indices_a_new_paragraph_returns_to_the_articles_index(pipeline) -> None:
    text = ("Trà Vinh: Chỉ số CCHC năm 2022 tăng 7 bậc\n"
            "Theo đó, PAR Index của tỉnh Trà Vinh đạt 86,74%, xếp thứ 21/63; SIPAS đạt 83,92%, xếp hạng 14/63.\n"
            "Trong vùng Đồng bằng sông Cửu Long, Trà Vinh đứng thứ 4/13 tỉnh, thành.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [
        ("7 bậc", "PAR_INDEX"), ("86,74%", "PAR_INDEX"), ("21/63", "PAR_INDEX"), ("83,92%", "SIPAS"),
        ("14/63", "SIPAS"), ("4/13", "PAR_INDEX")]


def test_a_status_at_the_time_of_writing_takes_the_year_of_writing(pipeline) -> None:
    text = ("Bộ Tư pháp tổ chức họp báo thường kỳ quý I/2024. Chỉ số cải cách hành chính năm 2023 của Bộ Tư pháp "
            "đạt 89,62%. Đến nay, 100% thủ tục hành chính đủ điều kiện đã được cung cấp trực tuyến toàn trình. "
            "Doanh thu dự kiến tăng gấp đôi vào tháng 3/2025. Hiện nay, giá chỉ được biến động 2%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("89,62%", 2023), ("100%", 2024), ("2%", 2024)]


def test_a_year_when_things_still_stood_otherwise_dates_its_sentence_only(pipeline) -> None:
    text = ("Chỉ số CCHC năm 2025: Quảng Trị xếp thứ 11/34\n\nBước tiến so với hai tỉnh cũ\n\n"
            "Năm 2024, khi còn được xếp hạng riêng, tỉnh Quảng Bình đạt 84,03%, xếp thứ 35/63. "
            "Như vậy, Chỉ số CCHC của tỉnh mới cao hơn 2,69% so với kết quả năm 2024 của Quảng Bình.\n\n"
            "Nhìn lại năm 2024, khi còn là ba tỉnh riêng biệt, Vĩnh Phúc xếp thứ 14/63. Năm đó, Vĩnh Phúc lọt top 10 "
            "cả nước về chính quyền số, trong khi Hòa Bình chỉ đạt 0,3521 điểm.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("11/34", 2025), ("84,03%", 2024), ("35/63", 2024), ("2,69%", 2025), ("14/63", 2024), ("10", 2024),
        ("0,3521 điểm", 2024)]


def test_a_unit_whose_result_is_compared_with_is_no_subject_later_in_the_sentence(pipeline) -> None:
    text = ("Chỉ số CCHC năm 2025: tỉnh Quảng Trị xếp thứ 11/34.\nNhư vậy, Chỉ số CCHC của tỉnh mới cao hơn 2,69% so "
            "với kết quả năm 2024 của Quảng Bình và cao hơn 4,11% so với Hà Tĩnh.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("11/34", "Quảng Trị"), ("2,69%", "Quảng Trị"), ("4,11%", "Quảng Trị")]


def test_two_provinces_referred_to_without_a_demonstrative_pair_with_a_respectively_list(pipeline) -> None:
    text = ("Năm 2024, tỉnh Quảng Bình đạt 84,03%; tỉnh Hà Tĩnh đạt 82,61%. Ở chỉ số SIPAS, năm 2024 hai tỉnh lần "
            "lượt đạt 80,12% và 79,47%.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("84,03%", "Quảng Bình"), ("82,61%", "Hà Tĩnh"), ("80,12%", "Quảng Bình"), ("79,47%", "Hà Tĩnh")]


def test_doi_voi_after_a_target_in_the_same_paragraph_goes_on_with_the_plan(pipeline) -> None:
    rec = pipeline("case", "Chỉ số CCHC năm 2025 của tỉnh Quảng Trị đạt 86,72%.\nNăm 2026 tỉnh phấn đấu Chỉ số CCHC đạt tối "
                           "thiểu 88%. Đối với cấp xã, 100% xã, phường có Chỉ số CCHC đạt từ 80% trở lên.\nĐối với công tác "
                           "phục vụ người dân, năm 2025 tỷ lệ hồ sơ trực tuyến của tỉnh đạt 93,7%.")
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts] == [
        ("86,72%", 2025, "actual"), ("88%", 2026, "target"), ("100%", 2026, "target"), ("80%", 2026, "target"),
        ("93,7%", 2025, "actual")]


def test_a_source_referred_back_to_by_its_head_noun_is_the_subject(pipeline) -> None:
    text = ("Theo Trung tâm Phục vụ hành chính công tỉnh Tây Ninh, năm 2024 Trung tâm tiếp nhận 48.215 hồ sơ. Tỷ lệ hồ sơ "
            "nộp trực tuyến tại Trung tâm đạt 68,4%.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("68,4%", "Trung tâm Phục vụ hành chính công tỉnh Tây Ninh")]


def test_a_region_a_rank_is_taken_within_owns_no_parenthesised_rank(pipeline) -> None:
    text = ("PCI 2023 của Ninh Bình đạt 68,2 điểm.\nLần đầu tiên lọt top 10 cả nước; thuộc nhóm dẫn đầu vùng Đồng bằng "
            "sông Hồng (đứng thứ 3/11 trong vùng)")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-1] == ("3/11", "Ninh Bình")


def test_the_index_a_rank_is_about_after_its_scope(pipeline) -> None:
    text = "Đến năm 2030, kinh tế số chiếm 30% GRDP và Hà Nam vào top 10 cả nước về DTI."
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("30%", "OTHER"), ("10", "DTI")]


def test_a_clause_describing_the_year_compared_with_is_dated_by_it(pipeline) -> None:
    text = ("Năm 2021, PAPI của Nghệ An xếp thứ 16/63, tăng 5 bậc so với năm 2020 – năm mà Nghệ An đứng ở vị trí 21/63, "
            "tăng 3 bậc so với năm 2019.")
    assert [(f.figure.text, f.year, f.compared_to) for f in pipeline("case", text).facts] == [
        ("16/63", 2021, None), ("5 bậc", 2021, 2020), ("21/63", 2020, None), ("3 bậc", 2020, 2019)]


def test_a_quoted_par_area_after_a_sipas_figure_is_the_par_index(pipeline) -> None:
    text = ("Chỉ số hài lòng (SIPAS) năm 2022 của tỉnh Hậu Giang chỉ đạt 78,9%. Ở các chỉ số thành phần, lĩnh vực "
            "“Xây dựng và phát triển chính quyền điện tử, chính quyền số” chỉ đạt 62,4% số điểm tối đa.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("78,9%", "SIPAS"), ("62,4%", "PAR_INDEX")]


def test_shares_of_the_sample_described_after_trong_so_nguoi_tra_loi_are_other(pipeline) -> None:
    text = ("Chỉ số PAPI năm 2023 của Gia Lai đạt 42,1 điểm. Trong số người được hỏi tại tỉnh, 53,1% là nữ; người dân "
            "tộc thiểu số chiếm 34,5%.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [
        ("42,1 điểm", "PAPI"), ("53,1%", "OTHER"), ("34,5%", "OTHER")]


def test_the_province_in_last_place_is_not_the_article_province(pipeline) -> None:
    text = ("PCI 2024: Hải Phòng dẫn đầu với 74,5 điểm. Điểm trung vị cả nước là 66,4 điểm. Tỉnh cuối bảng năm nay "
            "đạt 59,8 điểm. Khoảng cách giữa địa phương đứng đầu và địa phương cuối bảng thu hẹp còn 14,7 điểm.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("dẫn đầu", "Hải Phòng"), ("74,5 điểm", "Hải Phòng"), ("66,4 điểm", None), ("59,8 điểm", None),
        ("14,7 điểm", None)]


def test_a_component_after_a_topic_word_takes_the_index_in_force(pipeline) -> None:
    text = ("Chỉ số CCHC năm 2022 của Trà Vinh đạt 86,74%. Đáng lo ngại là chính quyền số giảm 0,42 điểm so với năm "
            "trước, khiến chỉ số thành phần này tụt 5 bậc, xuống hạng 39/63.")
    assert {g[2] for g in _facts(pipeline, text)} == {"PAR_INDEX"}


def test_a_deadline_at_the_end_of_this_year_is_the_year_of_writing(pipeline) -> None:
    text = ("Thứ Sáu, 09/06/2023\nChỉ số CCHC năm 2022 của Trà Vinh đạt 86,74%. Theo kế hoạch của UBND tỉnh, đến cuối "
            "năm nay tỷ lệ hồ sơ được xử lý trực tuyến toàn trình phải đạt ít nhất 50%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("86,74%", 2022), ("50%", 2023)]


def test_the_same_measure_a_year_before_in_a_parenthesis_keeps_its_metric(pipeline) -> None:
    text = "PCI 2023 của Ninh Bình đạt 68,2 điểm. 22,5% doanh nghiệp phải trả chi phí không chính thức (năm 2022: 31%)."
    assert [(g[0], g[2], g[3]) for g in _facts(pipeline, text)] == [
        ("68,2 điểm", "PCI", 2023), ("22,5%", "OTHER", 2023), ("31%", "OTHER", 2022)]


def test_a_former_name_in_parentheses_is_an_aside(pipeline) -> None:
    text = "Ở lĩnh vực hải quan, Cục Hải quan (trước đây là Tổng cục Hải quan) cho biết 99,65% tờ khai được xử lý tự động."
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [("99,65%", "Cục Hải quan")]


def test_a_caption_that_states_results_is_dated_by_its_year(pipeline) -> None:
    text = ("Ảnh 1: Trụ điện gió ven biển. Năm 2023, Chỉ số xanh cấp tỉnh (PGI) của Bến Tre đạt 22,16 điểm, xếp thứ 9/63. "
            "Ảnh: Hữu Trí\n\nẢnh 2: Hội nghị gặp mặt đầu xuân 2024. Ảnh: Đức Thụy\n\nẢnh 3: Thứ hạng PGI của tỉnh cao hơn "
            "3 bậc so với năm 2022. Ảnh: Hữu Trí")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("22,16 điểm", 2023), ("9/63", 2023), ("3 bậc", 2023)]


def test_a_figure_measured_against_an_average_still_belongs_to_its_unit(pipeline) -> None:
    text = ("Chỉ số SIPAS năm 2023 của tỉnh Yên Bái đạt 82,5%.\nYếu tố “Tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến "
            "nghị” vẫn là khâu yếu nhất, chỉ đạt 76,4%, thấp hơn 3,1% so với bình quân chung của các địa phương.\n"
            "Tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh là 61,5%, vẫn thấp hơn mức bình quân các tỉnh (69,7%).")
    got = [(g[0], g[1]) for g in _facts(pipeline, text)]
    assert got == [("82,5%", "Yên Bái"), ("76,4%", "Yên Bái"), ("3,1%", "Yên Bái"), ("61,5%", "Yên Bái"), ("69,7%", None)]


def test_respondents_of_a_survey_on_the_provinces_own_ground_are_the_provinces(pipeline) -> None:
    text = ("PGI 2024 của Cần Thơ đạt 22,5 điểm.\nKết quả khảo sát doanh nghiệp trên địa bàn cho thấy 37,8% doanh nghiệp đã "
            "đầu tư hệ thống xử lý chất thải.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [("22,5 điểm", "Cần Thơ"), ("37,8%", "Cần Thơ")]


def test_quotas_and_obligations_are_targets_and_what_was_reached_against_a_deadline_is_not(pipeline) -> None:
    text = ("Năm 2024, xã Nghĩa Đồng có hồ sơ nộp trực tuyến: 78,2 % (huyện giao tối thiểu 50%), hoàn thành chỉ tiêu "
            "tỉnh giao (tối thiểu 60%). Bộ phải cắt giảm tối thiểu "
            "30% thời gian giải quyết TTHC. Tỉnh đặt chỉ tiêu đến năm 2025 có tối thiểu 50% hồ sơ trực tuyến toàn trình, "
            "song đến hết tháng 10/2025 mới đạt gần 42%.")
    assert _modalities(pipeline, text) == [
        ("78,2 %", "actual"), ("50%", "target"), ("60%", "target"), ("30%", "target"), ("50%", "target"), ("42%", "actual")]


def test_the_first_edition_compared_with_and_an_aside_about_it(pipeline) -> None:
    text = ("Theo Chỉ số SIPAS năm 2024, tỉnh Lai Châu đạt 81,37%, tăng 9,42% so với năm đầu tiên công bố (2017) – khi "
            "tỉnh chỉ đạt 71,95% – và tăng 2,05% so với năm 2023. Vốn FDI tăng 9.77% YoY.")
    assert [(f.figure.text, f.year, f.compared_to) for f in pipeline("case", text).facts] == [
        ("81,37%", 2024, None), ("9,42%", 2024, 2017), ("71,95%", 2017, None), ("2,05%", 2024, 2023),
        ("9.77%", 2024, 2023)]


def test_a_share_of_the_maximum_points_is_the_index_in_force(pipeline) -> None:
    text = "Chỉ số CCHC năm 2023 của Quảng Trị đạt 85,2%. Có 6/8 lĩnh vực đạt trên 80% số điểm tối đa."
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("85,2%", "PAR_INDEX"), ("6/8", "PAR_INDEX"), ("80%", "PAR_INDEX")]


def test_a_first_place_named_after_its_scope_and_la(pipeline) -> None:
    text = "Chỉ số CCHC năm 2024 của quận Long Biên đạt 90,1%. Đứng đầu khối quận, huyện, thị xã là quận Hoàn Kiếm với 93,5%."
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("90,1%", "Long Biên"), ("Đứng đầu", "Hoàn Kiếm"), ("93,5%", "Hoàn Kiếm")]


def test_a_first_place_after_a_group_and_one_about_digital_transformation(pipeline) -> None:
    text = ("Bộ Tài chính xếp thứ hai về Chỉ số CCHC năm 2024, dẫn đầu khối bộ về chuyển đổi số. Năm 2025, Bộ phấn đấu "
            "giữ vững vị trí trong top 3 bộ về Chỉ số CCHC và duy trì vị trí dẫn đầu về Chỉ số DTI. Đáng chú ý, 4/5 "
            "bộ dẫn đầu đều đạt trên 90%.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)][:4] == [
        ("xếp thứ hai", "PAR_INDEX"), ("dẫn đầu", "DTI"), ("3", "PAR_INDEX"), ("dẫn đầu", "DTI")]
    assert [g[0] for g in _facts(pipeline, text)][4:] == ["4/5", "90%"]  # (no first place among the four leaders)


def test_a_month_is_no_list_item_and_passing_the_median_is_no_national_figure(pipeline) -> None:
    text = ("PCI 2022 của Tuyên Quang đạt 65,03 điểm. So với năm trước, điểm tổng hợp tăng 1,84 điểm và đã vượt điểm trung "
            "vị cả nước (64,41 điểm). Tháng 8, trong đó 84,3% hồ sơ nộp trực tuyến, tăng 6,2% so với tháng 7; 99,1% hồ sơ "
            "được giải quyết đúng hạn.")
    got = [(g[0], g[1]) for g in _facts(pipeline, text)]
    assert [g[0] for g in got] == ["65,03 điểm", "1,84 điểm", "64,41 điểm", "84,3%", "6,2%", "99,1%"]
    assert got[1] == ("1,84 điểm", "Tuyên Quang") and got[2] == ("64,41 điểm", None)


def test_the_same_period_of_a_named_year_is_compared_with_not_carried(pipeline) -> None:
    text = ("GRDP 9 tháng năm 2025 ước tăng 8,62% so với cùng kỳ năm trước, cao hơn mức tăng của cùng kỳ năm 2024 (7,95%). "
            "Về cơ cấu, khu vực công nghiệp – xây dựng chiếm 48,6%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("8,62%", 2025), ("7,95%", 2024), ("48,6%", 2025)]


def test_a_box_of_key_numbers_with_the_label_on_the_next_line(pipeline) -> None:
    text = ("SỐ LIỆU\nLâm Đồng trong Chỉ số Xanh cấp tỉnh (PGI) 2024\n\n23,85 điểm\nĐiểm PGI năm 2024 của tỉnh.\n\n"
            "9/63\nThứ hạng của tỉnh, tăng 7 bậc so với năm 2023.\n\n20/2\nNgày công bố.")
    rec = pipeline("box", text)
    assert [(f.figure.text, f.figure.kind, f.metric.index, f.year) for f in rec.facts] == [
        ("23,85 điểm", "score", "PGI", 2024), ("9/63", "rank", "PGI", 2024), ("7 bậc", "delta", "PGI", 2024)]


def test_a_deadline_after_an_actual_does_not_date_it(pipeline) -> None:
    text = ("Năm 2023, PCI Đồng Tháp đạt 68,96 điểm, kém trung bình toàn quốc 0,28 điểm. Tỷ lệ hồ sơ trực tuyến toàn trình "
            "mới đạt 38,5%, chưa bằng một nửa chỉ tiêu đặt ra cho năm 2030.")
    assert [(g[0], g[1], g[3]) for g in _facts(pipeline, text)] == [
        ("68,96 điểm", "Đồng Tháp", 2023), ("0,28 điểm", "Đồng Tháp", 2023), ("38,5%", "Đồng Tháp", 2023)]


def test_a_rank_within_a_region_is_no_national_cue_and_a_planned_change_in_parentheses_is_a_target(pipeline) -> None:
    text = ("Năm 2024, Tây Ninh thu hút 1,6 tỷ USD vốn FDI. Theo Cục Thống kê tỉnh, tổng sản phẩm trên địa bàn (GRDP) năm "
            "2024 tăng 8,27% so với năm 2023, vượt kế hoạch đề ra (tăng 7,5% trở lên) và đứng thứ 2 vùng Đông Nam Bộ.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.subject.canonical if f.subject else None, f.modality) for f in rec.facts] == [
        ("8,27%", "Tây Ninh", "actual"), ("7,5%", "Tây Ninh", "target"), ("2", "Tây Ninh", "actual")]


def test_some_other_province_unnamed_owns_its_figure_and_chung_toi_the_rest(pipeline) -> None:
    text = ("Chỉ số CCHC năm 2023 của Hậu Giang đạt 84,07%. Trong khi đó, địa phương bạn Bạc Liêu giảm 9 bậc. Theo Giám đốc "
            "Sở Nội vụ Hậu Giang, tỉnh đã học hỏi nhiều cách làm hay. \"Năm 2023, có tỉnh bạn đã đưa tỷ lệ hồ sơ trực tuyến "
            "lên tới 95%, còn chúng tôi mới đạt 64,8%.\"")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("84,07%", "Hậu Giang"), ("9 bậc", "Bạc Liêu"), ("95%", None), ("64,8%", "Hậu Giang")]


def test_a_percentage_before_a_verb_of_ranking_or_ve_is_the_index_value_not_a_share_of_things(pipeline) -> None:
    text = ("Năm 2022, Chỉ số CCHC của Bình Định đạt 87,1%. Thành phố Đà Nẵng trở lại nhóm dẫn đầu, đạt 90,25% xếp vị trí "
            "thứ 3, tuy giảm nhẹ 0,52% về điểm số. Tỉnh đã công khai 100% TTHC trên cổng dịch vụ công.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [
        ("87,1%", "PAR_INDEX"), ("90,25%", "PAR_INDEX"), ("3", "PAR_INDEX"), ("0,52%", "PAR_INDEX"), ("100%", "OTHER")]


def test_a_value_in_parentheses_after_the_year_compared_with_is_that_years(pipeline) -> None:
    text = ("Năm 2022, Chỉ số CCHC của Bộ Tư pháp đạt 84,1%, xếp thứ 11/17. So với năm trước (xếp thứ 14/17, đạt 81,81%), "
            "kết quả này có chuyển biến. PCI 2025 của Cần Thơ xếp thứ 9/34. So với kết quả năm 2024 được VCCI tính lại theo "
            "địa giới mới (xếp thứ 13/34), thành phố tăng 4 bậc. Lai Châu tăng 7 bậc so với năm trước (năm 2023 xếp thứ 45/63).")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("84,1%", 2022), ("11/17", 2022), ("14/17", 2021), ("81,81%", 2021),
        ("9/34", 2025), ("13/34", 2024), ("4 bậc", 2025), ("7 bậc", 2025), ("45/63", 2023)]


def test_the_countrys_best_and_worst_values_belong_to_no_unit_unless_one_is_named(pipeline) -> None:
    text = ("PAPI 2021 của Trà Vinh đạt 42,9 điểm. Ở nội dung Tham gia của người dân ở cấp cơ sở, tỉnh đạt 5,12 điểm; địa "
            "phương cao nhất cả nước đạt 6,23 điểm, thấp nhất 4,25 điểm. Kiểm soát tham nhũng đạt 6,85 điểm; mức thấp nhất "
            "toàn quốc là 5,79 điểm. Quản trị điện tử đạt 3,02 điểm, trong khi điểm cao nhất và thấp nhất cả nước là 4,4 và "
            "2,61 điểm. Đà Nẵng có điểm cao nhất nước với 4,61 điểm, thấp nhất chỉ 1,94 điểm. Về Trách nhiệm giải trình, mức "
            "cao nhất cả nước là 5,71 điểm của Bình Định. Tỉnh có 4/10 chỉ số thành phần đạt điểm cao nhất cả nước, gồm Tính "
            "minh bạch (7,85 điểm).")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("42,9 điểm", "Trà Vinh"), ("5,12 điểm", "Trà Vinh"), ("6,23 điểm", None), ("4,25 điểm", None),
        ("6,85 điểm", "Trà Vinh"), ("5,79 điểm", None), ("3,02 điểm", "Trà Vinh"), ("4,4", None), ("2,61 điểm", None),
        ("4,61 điểm", "Đà Nẵng"), ("1,94 điểm", None), ("5,71 điểm", "Bình Định"), ("4/10", "Trà Vinh"),
        ("7,85 điểm", "Trà Vinh")]


def test_a_plan_goes_on_in_the_next_sentence_that_names_no_year_and_nothing_reached(pipeline) -> None:
    text = ("Năm 2022, DTI của Kon Tum xếp thứ 47/63. Tỉnh phấn đấu đến năm 2025 thuộc nhóm 30 tỉnh dẫn đầu về DTI. Kinh tế "
            "số chiếm tối thiểu 10% GRDP; 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n\n"
            "Tỉnh phấn đấu đến năm 2025 có 100% khu công nghiệp có hệ thống xử lý nước thải. Hiện tỷ lệ này mới đạt 60%.\n\n"
            "Theo Kế hoạch số 38/KH-UBND ngày 25/01/2024, năm 2024 tỉnh phấn đấu Chỉ số SIPAS đạt từ 87% trở lên. Tỷ lệ hồ sơ "
            "trực tuyến toàn trình đạt tối thiểu 50%.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts] == [
        ("47/63", 2022, "actual"), ("30", 2025, "target"), ("10%", 2025, "target"), ("100%", 2025, "target"),
        ("100%", 2025, "target"), ("60%", 2022, "actual"), ("87%", 2024, "target"), ("50%", 2024, "target")]


def test_rieng_that_names_its_own_unit_at_once_does_not_continue_the_previous_owner(pipeline) -> None:
    text = ("Năm 2024, huyện Đức Trọng giải quyết đúng hạn 98,8% hồ sơ. Riêng thị trấn Liên Nghĩa, nơi có lượng hồ sơ lớn "
            "nhất huyện, giải quyết đúng hạn 412/415 hồ sơ.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [("98,8%", "Đức Trọng"), ("412/415", "Liên Nghĩa")]


def test_a_gap_to_a_plan_is_an_actual_of_the_year_in_force_and_the_plans_value_a_target(pipeline) -> None:
    text = ("Riêng năm 2023, chỉ số hài lòng (SIPAS) của Đồng Tháp đạt 86,4%, thấp hơn mục tiêu đặt ra cho năm 2025 khoảng "
            "3,6%. Tỷ lệ hồ sơ trực tuyến mới chỉ đạt 54,8%, so với mục tiêu phải đạt 60%.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts][:3] == [
        ("86,4%", 2023, "actual"), ("3,6%", 2023, "actual"), ("54,8%", 2023, "actual")]
    assert (rec.facts[3].figure.text, rec.facts[3].modality) == ("60%", "target")


def test_a_demonstrative_points_to_the_unit_named_earlier_in_its_sentence_and_a_plural_one_to_none(pipeline) -> None:
    text = ("Năm 2025, Sở Tài chính dẫn đầu khối sở với 83,41 điểm. Sở Xây dựng xếp thứ hai với 81,9 điểm; năm 2024, sở "
            "này chỉ đứng thứ 9. Bình Định đạt 45,91 điểm; cùng với Đồng Tháp (44,98 điểm), các địa phương này thuộc nhóm "
            "16 tỉnh đạt điểm cao nhất.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("dẫn đầu", "Sở Tài chính"), ("83,41 điểm", "Sở Tài chính"), ("xếp thứ hai", "Sở Xây dựng"), ("81,9 điểm", "Sở Xây dựng"),
        ("9", "Sở Xây dựng"), ("45,91 điểm", "Bình Định"), ("44,98 điểm", "Đồng Tháp"), ("16", None)]


def test_the_author_of_a_survey_is_its_source_not_the_owner_of_its_shares(pipeline) -> None:
    text = ("PCI 2025 của TP Cần Thơ đạt 68,12 điểm. Chỉ số Chi phí không chính thức đạt 6,1 điểm. Khảo sát của VCCI cho "
            "thấy chỉ 18,6% doanh nghiệp tại thành phố phải trả chi phí không chính thức.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("68,12 điểm", "Cần Thơ"), ("6,1 điểm", "Cần Thơ"), ("18,6%", "Cần Thơ")]


def test_a_contrast_or_an_explanation_after_the_figure_does_not_make_it_national(pipeline) -> None:
    text = ("Năm 2022, DTI của Kon Tum xếp thứ 47/63. Tỷ lệ hồ sơ có thanh toán trực tuyến đạt 12.45%, trong khi bình quân "
            "cả nước khoảng 20%. Chỉ số CCHC năm 2022 của Thái Bình đạt 84,77%. Giá trị trung bình Chỉ số CCHC của 63 tỉnh, "
            "thành phố năm 2022 là 84,85%, nghĩa là Thái Bình đã lùi xuống dưới mức trung bình chung.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("47/63", "Kon Tum"), ("12.45%", "Kon Tum"), ("20%", None), ("84,77%", "Thái Bình"), ("84,85%", None)]


def test_a_unit_named_by_its_kind_keeps_the_clauses_after_a_bare_council(pipeline) -> None:
    text = ("PAPI 2021 của Trà Vinh đạt 42,9 điểm. Cả nước có 19.536 người trả lời. Nhiều địa phương cải thiện Quản trị "
            "điện tử. Kết quả được công bố tại Hà Nội. Theo Kế hoạch số 62/KH-UBND ngày 05/5/2022 của UBND tỉnh về nâng cao Chỉ "
            "số PAPI năm 2022, tỉnh phấn đấu tổng điểm đạt tối thiểu 43,5 điểm, giữ vững nhóm 30 tỉnh, thành có điểm cao nhất; "
            "Quản trị điện tử tăng ít nhất 0,3 điểm so với năm 2021; tỷ lệ hồ sơ trực tuyến mức độ 3, 4 trên 35%.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-2:] == [("0,3 điểm", "Trà Vinh"), ("35%", "Trà Vinh")]


def test_a_group_of_leaders_takes_the_index_they_lead_in(pipeline) -> None:
    text = ("Đến năm 2030, thành phố phấn đấu thuộc nhóm 5 địa phương dẫn đầu về PCI và nhóm 3 địa phương dẫn đầu về PGI; "
            "Chỉ số CCHC vào nhóm 10 tỉnh, thành phố dẫn đầu cả nước về CCHC.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("5", "PCI"), ("3", "PGI"), ("10", "PAR_INDEX")]


def test_the_units_merged_into_a_new_one_are_an_aside_with_or_without_parentheses(pipeline) -> None:
    text = ("Năm 2025, Chỉ số CCHC của Hải Phòng đạt 93,41%. TP Cần Thơ – hình thành từ Cần Thơ, Sóc Trăng và Hậu Giang – chỉ "
            "đạt 86,02%. Lâm Đồng, sau khi sáp nhập Đắk Nông và Bình Thuận, xếp thứ 21/34. Hưng Yên sau khi hợp nhất với Thái "
            "Bình đạt 89,1%. Sau khi hợp nhất với Bắc Giang, Bắc Ninh đạt 90,2%. Tỉnh Lào Cai, hình thành từ việc hợp nhất Lào "
            "Cai và Yên Bái, xếp thứ 9/34.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("93,41%", "Hải Phòng"), ("86,02%", "Cần Thơ"), ("21/34", "Lâm Đồng"), ("89,1%", "Hưng Yên"), ("90,2%", "Bắc Ninh"),
        ("9/34", "Lào Cai")]


def test_who_sets_a_requirement_is_not_who_must_meet_it(pipeline) -> None:
    text = ("Năm 2024, tỷ lệ hồ sơ trực tuyến của Bình Định mới đạt 47,8%, trong khi Chính phủ yêu cầu tối thiểu 80%. Đặc khu "
            "Phú Quốc đạt 68,4%, vượt chỉ tiêu 50% UBND tỉnh An Giang giao. Quảng Bình yêu cầu các sở, ngành cải thiện tối "
            "thiểu 10 bậc.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("47,8%", "Bình Định"), ("80%", "Bình Định"), ("68,4%", "Phú Quốc"), ("50%", "Phú Quốc"), ("10 bậc", "Quảng Bình")]


def test_a_respectively_list_closed_by_the_cue_starts_after_the_semicolon(pipeline) -> None:
    text = ("PCI 2023 của Lâm Đồng đạt 66,12 điểm, cao hơn 1,2 điểm so với tỉnh xếp thứ 2 là Đắk Lắk (65,41 điểm); Gia Lai, "
            "Kon Tum và Đắk Nông lần lượt đứng ở các vị trí thứ 3, 4 và 5.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-3:] == [("3", "Gia Lai"), ("4", "Kon Tum"), ("5", "Đắk Nông")]


def test_a_bare_ty_le_before_lan_luot_names_no_other_quantity(pipeline) -> None:
    text = ("Chỉ số CCHC năm 2023 của Quảng Bình đạt 86,5%. Sở Tư pháp đứng đầu khối sở; Sở Thông tin và Truyền thông và Sở "
            "Nội vụ đạt tỷ lệ lần lượt 91,7% và 90,15%.")
    assert [(g[0], g[1], g[2]) for g in _facts(pipeline, text)][-2:] == [
        ("91,7%", "Sở Thông tin và Truyền thông", "PAR_INDEX"), ("90,15%", "Sở Nội vụ", "PAR_INDEX")]


def test_a_box_of_key_numbers_with_the_label_above_and_a_signed_change_with_a_remark(pipeline) -> None:
    text = ("PCI 2021 của Tây Ninh tăng 9 bậc.\n\nPCI TÂY NINH 2021 - NHỮNG CON SỐ CHÍNH\nĐiểm tổng hợp\n65,12\nThứ hạng cả "
            "nước\n24/63\n\nKết quả cụ thể:\n- Chi phí thời gian: 7,36 điểm (+0,58);\n- Chi phí không chính thức: 6,92 điểm "
            "(+0,87, mức tăng lớn nhất);\n")
    rec = pipeline("box", text)
    assert [(f.figure.text, f.figure.kind, f.metric.index) for f in rec.facts] == [
        ("9 bậc", "delta", "PCI"), ("65,12", "score", "PCI"), ("24/63", "rank", "PCI"), ("7,36 điểm", "score", "PCI"),
        ("+0,58", "delta", "PCI"), ("6,92 điểm", "score", "PCI"), ("+0,87", "delta", "PCI")]


def test_a_unit_named_by_its_kind_as_the_setter_of_a_quota_does_not_own_the_result(pipeline) -> None:
    text = ("Năm 2022, Chỉ số CCHC của quận Tây Hồ (Hà Nội) đạt 90,1%. Thu ngân sách trên địa bàn đạt 5.426 tỷ đồng, bằng "
            "121,3% dự toán thành phố giao, tăng 14,7% so với năm 2021.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-2:] == [("121,3%", "Tây Hồ"), ("14,7%", "Tây Hồ")]


def test_von_as_an_adverb_names_no_capital(pipeline) -> None:
    text = ("Năm 2025, Chỉ số CCHC của Hải Phòng đạt 93,41%, cao hơn Hải Phòng cũ, vốn dẫn đầu năm 2024 với 92,55%. Vốn FDI "
            "tăng 12%.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [
        ("93,41%", "PAR_INDEX"), ("dẫn đầu", "PAR_INDEX"), ("92,55%", "PAR_INDEX"), ("12%", "OTHER")]


def test_a_unit_inside_an_aside_on_the_unit_before_it_owns_nothing_after_it(pipeline) -> None:
    text = ("Năm 2025, Chỉ số CCHC cấp xã của tỉnh Gia Lai được công bố. Phường Bình Định (thành lập ngày 1/7/2025 trên cơ sở "
            "sáp nhập phường Bình Định, phường Nhơn Hưng và xã Nhơn Khánh của thị xã An Nhơn cũ) dẫn đầu với 92,15 điểm.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [("dẫn đầu", "Bình Định"), ("92,15 điểm", "Bình Định")]


def test_lettered_items_under_a_numbered_heading_of_targets_are_targets(pipeline) -> None:
    text = ("Điều 1. Thông qua Đề án nâng cao Chỉ số DDCI tỉnh Quảng Ngãi giai đoạn 2026 - 2030, với các nội dung chính:\n"
            "1. Đánh giá thực trạng: Năm 2024, điểm DDCI bình quân của tỉnh đạt 68,9 điểm.\n"
            "2. Mục tiêu cụ thể đến năm 2030:\na) Điểm DDCI bình quân toàn tỉnh đạt tối thiểu 75 điểm;\n"
            "b) Chỉ số PCI của tỉnh thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts] == [
        ("68,9 điểm", 2024, "actual"), ("75 điểm", 2030, "target"), ("15", 2030, "target")]


def test_a_plans_year_after_phan_dau_or_muc_tieu_is_no_result_year(pipeline) -> None:
    text = ("SIPAS 2024: mức hài lòng chung đạt 82,66%. Chỉ số SIPAS năm 2024 do Bộ Nội vụ công bố. Còn cách mục tiêu 2025 khá "
            "xa. Bộ Nội vụ đề nghị các địa phương phấn đấu năm 2025 đạt trên 85%. Mức hài lòng bình quân của khối bộ đạt 82,92%.\n\n"
            "Phấn đấu năm 2026, tỉnh đạt tối thiểu 80% hồ sơ trực tuyến toàn trình.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts] == [
        ("82,66%", 2024, "actual"), ("85%", 2025, "target"), ("82,92%", 2024, "actual"), ("80%", 2026, "target")]


def test_satisfaction_with_a_factor_under_a_sipas_result_is_sipas(pipeline) -> None:
    text = ("Năm 2023, Chỉ số SIPAS của Phú Yên đạt 82,7%. Trong đó, sự hài lòng về tiếp cận dịch vụ đạt 84,2%, về kết quả "
            "giải quyết TTHC đạt 81,5%. Tỷ lệ hồ sơ trực tuyến đạt 45%.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [
        ("82,7%", "SIPAS"), ("84,2%", "SIPAS"), ("81,5%", "SIPAS"), ("45%", "OTHER")]


def test_a_sentence_that_puts_a_unit_forward_is_what_the_next_sentences_tinh_means(pipeline) -> None:
    text = ("Báo cáo PAPI 2023 được công bố tại Hà Nội. Quảng Ninh dẫn đầu với 49,2 điểm. Gây chú ý nhất là Bình Thuận. "
            "Tổng điểm PAPI 2023 của tỉnh chỉ còn 39,62 điểm. Nếu năm 2022 địa phương này còn ở nhóm đầu thì năm nay đã "
            "rơi xuống nhóm cuối. Tỉnh tụt 41 bậc, xuống vị trí 58/63.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("dẫn đầu", "Quảng Ninh"), ("49,2 điểm", "Quảng Ninh"), ("39,62 điểm", "Bình Thuận"), ("41 bậc", "Bình Thuận"),
        ("58/63", "Bình Thuận")]


def test_where_a_report_was_launched_is_not_what_it_is_about(pipeline) -> None:
    text = ("Báo cáo PAPI 2023 được công bố tại Hà Nội sáng 23/4. Quang cảnh lễ công bố báo cáo PAPI 2023 tại Hà Nội. "
            "Chỉ số Thủ tục hành chính công vẫn giữ mức cao nhất với 7,38 điểm.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [("7,38 điểm", None)]


def test_a_unit_given_its_own_figure_after_a_comma_does_not_own_the_figure_before(pipeline) -> None:
    text = ("UBND tỉnh Thái Nguyên công bố Chỉ số CCHC năm 2024 của các huyện. Huyện Phú Bình xếp thứ 3/9.\n\n"
            "Điểm trung bình Chỉ số CCHC cấp huyện của tỉnh đạt 86,7 điểm, thấp nhất là huyện Võ Nhai với 80,15 điểm. "
            "Dẫn đầu khối sở là Sở Nội vụ (93,05%).")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("3/9", "Phú Bình"), ("86,7 điểm", "Thái Nguyên"), ("80,15 điểm", "Võ Nhai"), ("Dẫn đầu", "Sở Nội vụ"),
        ("93,05%", "Sở Nội vụ")]


def test_a_bare_provincial_council_is_the_province_in_an_article_about_a_district(pipeline) -> None:
    text = ("Phú Bình vào nhóm 3 đơn vị dẫn đầu Chỉ số CCHC cấp huyện\n\nUBND tỉnh Thái Nguyên vừa công bố Chỉ số CCHC năm "
            "2024. Huyện Phú Bình đạt 88,4 điểm. Năm 2025, UBND tỉnh đặt mục tiêu 100% đơn vị cấp huyện đạt từ 85 điểm trở lên.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-2:] == [("100%", "Thái Nguyên"), ("85 điểm", "Thái Nguyên")]


def test_the_block_a_named_unit_leads_is_a_scope_and_a_body_named_after_its_province_acts_itself(pipeline) -> None:
    text = ("Sở Tư pháp Nam Định vươn lên thứ 2 về Chỉ số CCHC\n\nNăm 2024, huyện Cẩm Giàng dẫn đầu Chỉ số cải cách hành "
            "chính khối UBND cấp huyện của tỉnh Hải Dương với 91,74%. Sở Nội vụ Thanh Hóa cho biết Chỉ số SIPAS của tỉnh "
            "đạt 83,76%.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("2", "Sở Tư pháp"), ("dẫn đầu", "Cẩm Giàng"), ("91,74%", "Cẩm Giàng"), ("83,76%", "Thanh Hóa")]


def test_satisfaction_with_health_and_education_services_is_no_sipas(pipeline) -> None:
    text = ("Năm 2026, Chỉ số SIPAS của tỉnh đạt tối thiểu 90%; mức độ hài lòng về cung cấp dịch vụ y tế, giáo dục công lập "
            "đạt từ 80 đến 90%.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("90%", "SIPAS"), ("80", "OTHER"), ("90%", "OTHER")]


def test_index_values_said_once_before_the_pillars_they_are_named_after(pipeline) -> None:
    text = ("Năm 2024, Chỉ số DTI của Hà Nội đạt 0,7105 điểm. Xét theo ba trụ cột, Hà Nội đạt 0,7534 ở trụ cột chính "
            "quyền số, 0,6318 ở kinh tế số và 0,7421 ở xã hội số.")
    assert [(g[0], g[1], g[2]) for g in _facts(pipeline, text)] == [
        ("0,7105 điểm", "Hà Nội", "DTI"), ("0,7534", "Hà Nội", "DTI"), ("0,6318", "Hà Nội", "DTI"), ("0,7421", "Hà Nội", "DTI")]


def test_what_units_phai_cai_thien_is_a_target(pipeline) -> None:
    text = "Năm 2023, Chỉ số DDCI của tỉnh Đắk Nông được công bố. Huyện Tuy Đức phải cải thiện tối thiểu 3 bậc."
    rec = pipeline("case", text)
    assert [(f.figure.text, f.modality, f.figure.comparator) for f in rec.facts] == [("3 bậc", "target", ">=")]


def test_a_page_of_captions_takes_the_index_its_first_caption_names(pipeline) -> None:
    text = ("Ảnh 1: Lãnh đạo tỉnh Quảng Ninh trao chứng nhận cho các đơn vị dẫn đầu Bộ chỉ số DDCI năm 2024. Ảnh: Thu Chung\n\n"
            "Ảnh 2: Cán bộ Sở Xây dựng hướng dẫn doanh nghiệp nộp hồ sơ trực tuyến. Năm 2024, Sở đứng đầu khối sở, ban, ngành "
            "với 84,36 điểm. Ảnh: Đỗ Phương")
    assert [(g[0], g[1], g[2]) for g in _facts(pipeline, text)] == [
        ("đứng đầu", "Sở Xây dựng", "DDCI"), ("84,36 điểm", "Sở Xây dựng", "DDCI")]


def test_a_unit_figured_before_the_index_its_province_is_named_owner_of_keeps_the_later_figures(pipeline) -> None:
    text = ("Năm 2022, PCI của Hải Phòng đạt 72,9 điểm. Năm 2022, Sở Tư pháp xếp thứ 5/20 sở, ban, ngành trong Bộ chỉ số "
            "DDCI của thành phố, với 78,42 điểm. Mục tiêu năm 2023 là giữ vững vị trí trong nhóm 3 tỉnh, thành phố dẫn đầu "
            "cả nước về PCI. Riêng Sở phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt tối thiểu 80%.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("72,9 điểm", "Hải Phòng"), ("5/20", "Sở Tư pháp"), ("78,42 điểm", "Sở Tư pháp"), ("3", "Hải Phòng"),
        ("80%", "Sở Tư pháp")]


def test_an_index_code_in_parentheses_does_not_cut_the_figure_from_the_year_after_it(pipeline) -> None:
    text = ("Năm 2025, tỷ lệ hồ sơ trực tuyến của Đà Nẵng đạt 62,48%. Trước đó, Đà Nẵng tiếp tục dẫn đầu cả nước về Chỉ số "
            "chuyển đổi số (DTI) năm 2024.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [("62,48%", 2025), ("dẫn đầu", 2024)]


def test_both_ends_of_a_range_belong_to_one_unit(pipeline) -> None:
    text = ("Năm 2023, PCI của Gia Lai đạt 64,91 điểm, xếp thứ 36/63 cả nước. Các tỉnh còn lại trong vùng là Đắk Lắk "
            "(64,2 điểm), Kon Tum (63,48 điểm) và Đắk Nông (62,77 điểm). Khoảng 70–75% doanh nghiệp được hỏi cho biết vẫn "
            "mất hơn một tháng để hoàn tất thủ tục đất đai.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-2:] == [("70", "Gia Lai"), ("75%", "Gia Lai")]


def test_a_lecturers_institute_is_no_subject(pipeline) -> None:
    text = ("PAPI 2023 được công bố. Ông Phạm Quang Vinh, nguyên giảng viên Học viện Hành chính quốc gia, nhận định việc 5/8 "
            "lĩnh vực tăng điểm là tín hiệu tích cực.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [("5/8", None)]


def test_gdp_is_the_countrys_product(pipeline) -> None:
    text = ("DTI 2024: Hà Nội đứng đầu cấp tỉnh\n\nNăm 2024, Hà Nội đạt 0,7105 điểm. Đà Nẵng xếp thứ hai. TP Hồ Chí Minh, "
            "Quảng Ninh và Bắc Ninh lần lượt xếp thứ 3, 4, 5.\n\nTheo Cục Thống kê, năm 2024 kinh tế số đóng góp khoảng "
            "18,3% GDP.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-1] == ("18,3%", None)


def test_a_percentage_followed_by_its_cause_is_the_value_not_a_share_of_things(pipeline) -> None:
    text = ("Năm 2023, Chỉ số CCHC của Hà Tĩnh đạt 88,1%. Chỉ số thành phần \"Xây dựng và phát triển chính quyền điện tử, "
            "chính quyền số\" giảm 1,37% do tỷ lệ hồ sơ trực tuyến thấp.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("88,1%", "PAR_INDEX"), ("1,37%", "PAR_INDEX")]


def test_a_region_is_no_list_item_beside_a_unit_inside_it_and_a_rank_in_the_country_is_a_scope(pipeline) -> None:
    text = ("Năm 2024, PCI của Hà Tĩnh đạt 66,2 điểm. Thanh Hóa dẫn đầu khu vực với 69,05 điểm. So với các địa phương Bắc "
            "Trung Bộ, Hà Tĩnh đứng thứ hai. Nghệ An xếp thứ ba. Chỉ số Tính minh bạch giảm 0,35 điểm, tụt từ hạng 31 xuống "
            "hạng 40 cả nước.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [
        ("66,2 điểm", "Hà Tĩnh"), ("dẫn đầu", "Thanh Hóa"), ("69,05 điểm", "Thanh Hóa"), ("đứng thứ hai", "Hà Tĩnh"),
        ("xếp thứ ba", "Nghệ An"), ("0,35 điểm", "Hà Tĩnh"), ("31", "Hà Tĩnh"), ("40", "Hà Tĩnh")]


def test_the_year_after_the_one_just_named(pipeline) -> None:
    text = ("Năm 2021, tỉnh Bình Định chỉ xếp thứ 21/63 về PGI. Một năm sau, địa phương này tăng 19 bậc.\n\n"
            "Năm 2022, Chỉ số CCHC của Hải Phòng đạt 91,06%; năm tiếp theo thành phố dẫn đầu cả nước với 92,84%.")
    assert [(g[0], g[3]) for g in _facts(pipeline, text)] == [
        ("21/63", 2021), ("19 bậc", 2022), ("91,06%", 2022), ("dẫn đầu", 2023), ("92,84%", 2023)]


def test_indices_named_beside_the_one_reported_are_an_aside_however_many(pipeline) -> None:
    text = ("Năm 2021, SIPAS của Kon Tum đạt 80%. Cùng với SIPAS và PAPI, Chỉ số cải cách hành chính năm 2021 của tỉnh "
            "đạt 84,03%, xếp thứ 41/63.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("80%", "SIPAS"), ("84,03%", "PAR_INDEX"), ("41/63", "PAR_INDEX")]


def test_a_plans_own_value_and_a_requirement_listed_after_the_papers_of_procedures_are_targets(pipeline) -> None:
    text = ("Năm 2024, tỷ lệ hồ sơ trực tuyến của Đắk Lắk đạt 46,8%, thấp hơn 3,2% so với chỉ tiêu giao tại Kế hoạch số "
            "73/KH-UBND (tối thiểu 50%).\n\nNăm 2025, UBND tỉnh yêu cầu các cơ quan số hóa 100% hồ sơ, kết quả giải quyết "
            "TTHC và nâng tỷ lệ thanh toán trực tuyến lên tối thiểu 60%.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.modality) for f in rec.facts] == [
        ("46,8%", "actual"), ("3,2%", "actual"), ("50%", "target"), ("100%", "target"), ("60%", "target")]


def test_a_communes_one_stop_office_is_the_commune_a_provinces_department_is_itself(pipeline) -> None:
    text = ("Xã Đông Sơn được thành lập từ ngày 1/7/2025. Quý III/2025, Trung tâm Phục vụ hành chính công xã đã tiếp nhận "
            "3.126 hồ sơ, trong đó 84,7% hồ sơ được nộp trực tuyến.\n\nNăm 2024, Công an tỉnh Thanh Hóa đạt 80,05 điểm DDCI.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [("84,7%", "Đông Sơn"), ("80,05 điểm", "Công an tỉnh Thanh Hóa")]


def test_a_title_target_takes_the_deadline_the_body_gives_the_same_target(pipeline) -> None:
    text = ("Bình Dương đặt mục tiêu vào nhóm 5 địa phương dẫn đầu về chuyển đổi số\n\nChỉ số DTI năm 2023 của Bình Dương "
            "xếp thứ 7/63. Đến năm 2025, Bình Dương phấn đấu thuộc nhóm 5 tỉnh, thành phố dẫn đầu về DTI.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts] == [
        ("5", 2025, "target"), ("7/63", 2023, "actual"), ("5", 2025, "target")]


def test_a_body_that_reports_in_its_own_words_is_no_owner_of_the_provinces_figures(pipeline) -> None:
    text = ("Năm 2023, Thừa Thiên Huế đẩy mạnh chuyển đổi số. Sở Thông tin và Truyền thông cho biết, tỷ lệ hồ sơ trực "
            "tuyến toàn trình của tỉnh đạt 61,7%.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)] == [("61,7%", "Thừa Thiên Huế")]


def test_a_sentence_that_says_what_a_unit_is_makes_it_the_next_sentences_tinh(pipeline) -> None:
    text = ("PCI 2023 vùng Đồng bằng sông Cửu Long: Long An dẫn đầu với 70,62 điểm, Đồng Tháp xếp thứ hai.\n\n"
            "Bến Tre là điểm sáng nổi bật nhất của PCI 2023. Với 69,02 điểm, tỉnh tăng 11 bậc lên vị trí thứ 12 cả nước.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-3:] == [
        ("69,02 điểm", "Bến Tre"), ("11 bậc", "Bến Tre"), ("12", "Bến Tre")]


def test_a_rank_said_to_be_about_a_topic_takes_that_topics_index(pipeline) -> None:
    text = "Công bố PAR Index và SIPAS 2024: Hải Phòng giữ ngôi quán quân cải cách hành chính"
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("quán quân", "PAR_INDEX")]


def test_what_is_done_for_a_result_to_come_is_a_target_and_its_year_is_not_carried(pipeline) -> None:
    text = ("Năm 2024, Huế chỉ đạt 42,35 điểm PAPI, giảm 2,3 điểm so với năm 2023. Giải pháp nào để năm 2025 đưa điểm PAPI "
            "trở lại mức trên 44 điểm? Điểm giảm tập trung ở 3/8 nội dung; riêng Quản trị điện tử tăng 0,42 điểm.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts] == [
        ("42,35 điểm", 2024, "actual"), ("2,3 điểm", 2024, "actual"), ("44 điểm", 2025, "target"), ("3/8", 2024, "actual"),
        ("0,42 điểm", 2024, "actual")]


def test_a_figure_fronted_in_a_clause_of_its_own_belongs_to_the_unit_after_it(pipeline) -> None:
    text = ("Theo Báo cáo PCI 2025 do Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố ngày 12/5, với 69,87 điểm, "
            "Thái Nguyên đứng thứ 2 trong số 9 tỉnh vùng Trung du và miền núi phía Bắc.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][0] == ("69,87 điểm", "Thái Nguyên")


def test_a_provinces_own_cities_do_not_make_its_survey_a_national_one(pipeline) -> None:
    text = ("DDCI 2023 của tỉnh Hậu Giang: TP Ngã Bảy vươn lên dẫn đầu khối địa phương với 78,1 điểm, TP Vị Thanh xếp thứ "
            "hai, thị xã Long Mỹ thứ ba, huyện Châu Thành đứng cuối. Khảo sát do VCCI chi nhánh Cần Thơ thực hiện.\n\n"
            "Đáng chú ý, 85,5% doanh nghiệp được hỏi cho biết cán bộ tiếp nhận hồ sơ thân thiện.")
    assert [(g[0], g[1]) for g in _facts(pipeline, text)][-1] == ("85,5%", "Hậu Giang")


def test_items_under_a_heading_of_targets_with_round_bullets_are_targets(pipeline) -> None:
    text = ("KẾT QUẢ NĂM 2024\n● Chỉ số DTI của tỉnh Lạng Sơn: 0,5271 điểm – xếp hạng 27/63\n\nMỤC TIÊU NĂM 2025\n"
            "● DTI vào tốp 20 cả nước\n● Tối thiểu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts] == [
        ("0,5271 điểm", 2024, "actual"), ("27/63", 2024, "actual"), ("20", 2025, "target"), ("80%", 2025, "target")]


def test_a_move_from_a_position_dates_its_start_the_year_before(pipeline) -> None:
    text = "Theo DTI 2023, Lâm Đồng đạt 0,4876 điểm, từ vị trí 45 vươn lên vị trí 31."
    assert [g[3] for g in _facts(pipeline, text)] == [2023, 2022, 2023]
    text = ("Long An đi từ 65,1 điểm năm 2019 lên 70,2 điểm năm 2023; về thứ hạng, từ hạng 12/63 vươn lên hạng 5/63 "
            "về Chỉ số PCI.")
    assert [g[3] for g in _facts(pipeline, text)] == [2019, 2023, 2019, 2023]


def test_a_target_in_a_closed_aside_or_a_closed_contrast_governs_no_later_figure(pipeline) -> None:
    def modalities(text: str) -> list[str]:
        return [f.modality for f in pipeline("case", text).facts]

    assert modalities("Năm 2024, tỉnh Vĩnh Long có tỷ lệ hồ sơ trực tuyến đạt 35,6% (mục tiêu 2025: 80%), tỷ lệ số hóa "
                      "hồ sơ đạt 61% (mục tiêu 100%).") == ["actual", "target", "actual", "target"]
    assert modalities("Năm 2022, Kon Tum có tỷ lệ hồ sơ trực tuyến đạt 12%, trong khi yêu cầu tối thiểu là 20%; tỷ lệ "
                      "hồ sơ có thanh toán trực tuyến chỉ 9.8%.") == ["actual", "target", "actual"]
    assert modalities("Ông cam kết năm 2024 Cà Mau sẽ cải thiện tối thiểu 10 bậc so với năm 2023.") == ["target"]
    # a label in parentheses still heads what follows it
    assert modalities("• 2025 (mục tiêu): Lâm Đồng giữ vững vị trí trong tốp 10 về PGI.") == ["target"]


def test_a_fraction_of_the_surveyed_is_a_figure_of_its_own(pipeline) -> None:
    text = ("Năm 2024, Thanh Hóa đạt 70,5 điểm PCI. Khảo sát PCI cho thấy gần 2/3 số doanh nghiệp hài lòng; khoảng 3/4 "
            "người dân được hỏi biết đến dịch vụ công.")
    assert [g[2] for g in _facts(pipeline, text)] == ["PCI", "OTHER", "OTHER"]
    # a table's value over the next row's label keeps the index
    text = "PCI TÂY NINH 2021\nChỉ số thành phần tăng điểm\n7/10\nDoanh nghiệp phản hồi khảo sát\n365"
    assert [g[2] for g in _facts(pipeline, text)] == ["PCI"]


def test_the_provincial_level_against_the_districts_is_the_provinces_own(pipeline) -> None:
    text = ("Năm 2024, Chỉ số CCHC của tỉnh Hà Tĩnh đạt 88,76%. Ở cấp tỉnh, Chỉ số CCHC trung bình các sở, ban, ngành "
            "năm 2024 đạt 87,41%.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Hà Tĩnh", "Hà Tĩnh"]


def test_a_lead_sentence_about_the_national_averages_leaves_the_next_figures_unowned(pipeline) -> None:
    text = ("PAPI 2024: Quảng Ninh dẫn đầu với 47,8 điểm. Bình Định dẫn đầu trục Công khai, minh bạch với 6,21 điểm. "
            "Điện Biên có điểm thấp nhất ở trục Quản trị điện tử, chỉ 2,05 điểm."
            "\n\nĐiểm trung bình toàn quốc nhích lên ở phần lớn các trục. "
            "Thủ tục hành chính công và Cung ứng dịch vụ công vẫn là hai trục được đánh giá cao nhất, lần lượt 7,36 và "
            "7,42 điểm.")
    assert [g[1] for g in _facts(pipeline, text)][-2:] == [None, None]


def test_the_bodies_that_assessed_a_unit_do_not_make_its_figure_national(pipeline) -> None:
    text = ("Năm 2022, Chỉ số CCHC của tỉnh Kon Tum đạt 81,37 điểm, xếp thứ 49/63. Giá trị trung bình của 63 tỉnh, thành "
            "phố là 84,95 điểm. Trong khu vực Tây Nguyên, tỉnh chỉ đứng thứ 4/5, trên Đắk Nông.\n\nTổng điểm của tỉnh gồm hai phần: điểm thẩm định do Bộ Nội vụ và các bộ, ngành đánh "
            "giá đạt 51,86/62 điểm; điểm điều tra xã hội học đạt 29,51/38 điểm.")
    assert [g[1] for g in _facts(pipeline, text)][-2:] == ["Kon Tum"] * 2


def test_the_place_of_a_reader_who_asks_is_not_what_the_answer_is_about(pipeline) -> None:
    text = ("HỎI – ĐÁP PHÁP LUẬT VÀ CHÍNH SÁCH\n\nHỏi: Tôi đọc tin thấy nói chỉ số PAPI của tỉnh năm vừa rồi có cải "
            "thiện nhưng vẫn thấp. Xin cho biết cụ thể? (Bạn đọc Lò Văn Thanh, xã Mường Ảng)\n\nĐáp: PAPI là Chỉ số "
            "hiệu quả quản trị và hành chính công cấp tỉnh, đo trải nghiệm của người dân qua 8 trục nội dung. Theo báo "
            "cáo công bố tháng 4/2025, PAPI năm 2024 của Điện Biên đạt 41,36 điểm.\n\nTrục nội dung \"Thủ tục hành "
            "chính công\" là điểm sáng khi đạt 7,9/10; trục \"Quản trị điện tử\" chỉ được 2,87 điểm.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Điện Biên"] * 3


def test_earlier_years_listed_together_look_back_for_their_sentence_only(pipeline) -> None:
    text = ("Theo báo cáo PCI 2023, Long An đứng đầu vùng với 70,72 điểm. Năm 2021 và 2022, Long An lần lượt đạt 70,21 "
            "và 69,57 điểm. So với năm trước, điểm số của tỉnh tăng 1,15 điểm.")
    rec = pipeline("case", text)
    assert [(f.year, f.compared_to) for f in rec.facts][-3:] == [(2021, None), (2022, None), (2023, 2022)]


def test_a_ministrys_par_index_fields_take_the_par_index(pipeline) -> None:
    text = ("Năm 2021, Chỉ số CCHC của Bộ Tài nguyên và Môi trường đạt 86,2%. Xây dựng và tổ chức thực hiện văn bản quy "
            "phạm pháp luật đạt 88,9%. Lĩnh vực còn hạn chế nhất là Hiện đại hóa hành chính, chỉ đạt 74,6%.")
    assert [g[2] for g in _facts(pipeline, text)] == ["PAR_INDEX"] * 3


def test_the_provinces_of_a_region_a_unit_is_ranked_among_are_its_scope(pipeline) -> None:
    text = ("Năm 2025, SIPAS của tỉnh Vĩnh Long đạt 84,27%, xếp thứ 8/34. Trong các tỉnh, thành vùng Đồng bằng sông Cửu "
            "Long, tỉnh xếp thứ hai, chỉ sau TP Cần Thơ.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Vĩnh Long"] * 3


def test_a_sentence_that_names_no_measure_goes_on_with_the_one_before(pipeline) -> None:
    text = ("Năm 2024, SIPAS của tỉnh Tuyên Quang đạt 84,5%. Tỷ lệ thanh toán trực tuyến đạt 38%, tăng 9% so với cùng kỳ "
            "năm trước. Tỉnh phấn đấu đến hết năm 2024 tỷ lệ này đạt tối thiểu 50%.")
    assert [g[2] for g in _facts(pipeline, text)] == ["SIPAS", "OTHER", "OTHER", "OTHER"]
    # (a sentence that names the index's own measure in words the lexicon lacks keeps the index)
    text = ("Năm 2024, SIPAS của tỉnh Tuyên Quang đạt 84,5%. Tỷ lệ thanh toán trực tuyến đạt 38%. Năm 2025, tỉnh "
            "phấn đấu mức hài lòng đạt tối thiểu 86%.")
    assert [g[2] for g in _facts(pipeline, text)] == ["SIPAS", "OTHER", "SIPAS"]


def test_the_value_in_parentheses_after_a_unit_compared_with_and_its_apposition_is_that_units(pipeline) -> None:
    text = ("Năm 2022, TP Sầm Sơn đạt 82,4 điểm DDCI, cao hơn 14,29 điểm so với thị xã Nghi Sơn – đơn vị cuối bảng "
            "(68,11 điểm).")
    assert [g[1] for g in _facts(pipeline, text)] == ["Sầm Sơn", "Sầm Sơn", "Nghi Sơn"]


def test_the_unit_a_respective_list_follows_is_not_in_the_list(pipeline) -> None:
    text = ("PCI 2021: Quảng Ninh dẫn đầu. Xếp sau Quảng Ninh, Hải Phòng (70,61 điểm) và Đồng Tháp (70,53 điểm) lần lượt "
            "giữ vị trí thứ hai và thứ ba.")
    got = dict((g[0], g[1]) for g in _facts(pipeline, text))
    assert (got["giữ vị trí thứ hai"], got["thứ ba"]) == ("Hải Phòng", "Đồng Tháp")


def test_the_place_a_report_is_filed_from_is_not_the_news(pipeline) -> None:
    text = ("Theo Báo cáo PCI năm 2024 vừa được VCCI công bố chiều nay tại Hà Nội, Quảng Trị đạt 67,35 điểm. Với kết quả "
            "này, tỉnh ta dẫn đầu khu vực Bắc Trung Bộ. Mời quý vị theo dõi phóng sự do phóng viên Đài gửi về từ Hà Nội.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Quảng Trị", "Quảng Trị"]


def test_a_department_that_reports_the_provinces_results_is_not_their_owner(pipeline) -> None:
    text = ("Tại phiên họp Ban Chỉ đạo CCHC tỉnh Hà Tĩnh ngày 18/6/2024, Sở Nội vụ báo cáo kết quả các chỉ số đánh giá "
            "năm 2023 của tỉnh như sau:\n+ PAR INDEX: 85,17%, xếp thứ 27/63;\n+ SIPAS: 81,9%, xếp thứ 33/63.\n\nTheo Sở "
            "Nội vụ, PAPI giảm chủ yếu ở nội dung \"Quản trị điện tử\" (3,21 điểm).")
    assert {g[1] for g in _facts(pipeline, text)} == {"Hà Tĩnh"}


def test_an_average_of_a_named_year_and_the_previous_edition_are_compared_with(pipeline) -> None:
    text = ("Năm 2025, giá trị trung bình Chỉ số CCHC của các tỉnh, thành phố đạt 86,74%, tăng 1,02% so với mức trung "
            "bình của 63 tỉnh, thành phố năm 2024. Có 7/34 địa phương đạt trên 90%.")
    rec = pipeline("case", text)
    assert [(f.year, f.compared_to) for f in rec.facts] == [(2025, None), (2025, 2024), (2025, None), (2025, None)]
    rec = pipeline("case", "Năm 2023, PGI của Lâm Đồng xếp thứ 5/63, tăng 7 bậc so với lần công bố trước.")
    assert [f.compared_to for f in rec.facts] == [None, 2022]


def test_a_body_named_by_its_bare_head_after_the_figure_and_a_press_releases_dateline(pipeline) -> None:
    text = ("THÔNG CÁO BÁO CHÍ\nBộ Tư pháp công bố kết quả Chỉ số cải cách hành chính năm 2024\n\nHà Nội, ngày 14/5/2025 – "
            "Theo kết quả Chỉ số CCHC năm 2024 của các bộ, cơ quan ngang bộ, Bộ Tư pháp đạt 89,64%, xếp thứ hai.\n\nCó 6/7 "
            "chỉ số thành phần của Bộ đạt trên 90%.\n\nThông tin liên hệ: Văn phòng Bộ Tư pháp, 58–60 Trần Phú, Ba Đình, "
            "Hà Nội.")
    assert [g[1] for g in _facts(pipeline, text)][-2:] == ["Bộ Tư pháp", "Bộ Tư pháp"]


def test_where_a_reader_says_he_lives_is_not_what_the_answer_is_about(pipeline) -> None:
    text = ("BẠN ĐỌC HỎI – TÒA SOẠN TRẢ LỜI\n\nHỏi: Tôi ở phường Đông Hà. Đọc tin thấy PAPI của tỉnh năm 2024 giảm điểm. "
            "Tỉnh ta đang đứng ở đâu?\n\nTrả lời: Năm 2024, Quảng Trị đạt 42,37 điểm PAPI.\n\nĐiểm trừ nằm ở “Quản trị "
            "điện tử”: tỉnh chỉ được 2,96 điểm.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Quảng Trị", "Quảng Trị"]


def test_the_reference_of_the_year_before_in_parentheses(pipeline) -> None:
    text = ("Năm 2024, PGI của Quảng Ninh đạt 26,9 điểm. Đáng chú ý, 40/63 địa phương có điểm cao hơn trung vị của năm "
            "trước (22,23 điểm).")
    assert _facts(pipeline, text)[-1] == ("22,23 điểm", None, "PGI", 2023)


def test_a_month_that_opens_its_clause_dates_it_but_not_when_a_report_came_out(pipeline) -> None:
    rec = pipeline("case", "Năm 2024, Đà Nẵng đạt 80 điểm. Theo Bộ chỉ số, tháng 8/2025 Đà Nẵng đạt 84,63 điểm.")
    assert [f.year for f in rec.facts] == [2024, 2025]
    rec = pipeline("case", "Theo Báo cáo PCI 2024 do VCCI công bố hồi tháng 5/2025, Đồng Nai đạt 68,92 điểm.")
    assert [f.year for f in rec.facts] == [2024]


def test_the_items_of_a_plan_met_are_not_an_indexs_figure(pipeline) -> None:
    text = ("Năm 2023: Hậu Giang hoàn thành 19/21 chỉ tiêu, PCI tăng 9 bậc. Năm 2024, huyện hoàn thành 45/47 nhiệm vụ của "
            "kế hoạch cải cách hành chính.")
    assert [(g[0], g[2]) for g in _facts(pipeline, text)] == [("19/21", "OTHER"), ("9 bậc", "PCI"), ("45/47", "OTHER")]


def test_a_month_of_another_year_compared_with_is_that_year(pipeline) -> None:
    rec = pipeline("case", "Năm 2026, tỷ lệ không hài lòng của tỉnh Vĩnh Long chỉ 1,9%, giảm 2,3% so với đợt khảo sát tháng "
                           "10/2025. Tháng 1-2017, thu nội địa tăng 4% so với tháng 1-2016.")
    assert [f.compared_to for f in rec.facts] == [None, 2025, 2016]


def test_a_ministry_that_goes_on_surveying_announces_the_shares_it_does_not_own_them(pipeline) -> None:
    text = ("THÔNG CÁO BÁO CHÍ\nKết quả Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính "
            "nhà nước năm 2024 (SIPAS 2024)\n\nChiều 15/4/2025, tại Hà Nội, Bộ Nội vụ phối hợp với Ban Chỉ đạo cải cách "
            "hành chính của Chính phủ tổ chức Hội nghị công bố SIPAS 2024. Bộ Nội vụ trân trọng thông báo một số kết quả "
            "chủ yếu của SIPAS 2024 như sau:\n\n6. Bên cạnh SIPAS, Bộ Nội vụ tiếp tục khảo sát trải nghiệm dịch vụ công "
            "trực tuyến: 34,7% người được hỏi đã từng nộp hồ sơ trực tuyến; trong số này, mức độ hài lòng đối với dịch vụ "
            "công trực tuyến đạt 79,3%.")
    assert [g[1] for g in _facts(pipeline, text)] == [None, None]


def test_a_spread_between_provinces_not_named_after_it_belongs_to_none(pipeline) -> None:
    text = ("PAPI 2023: Quảng Ninh có điểm cao nhất, 46,05 điểm, còn Bình Dương có điểm thấp nhất, 38,41 điểm; khoảng cách "
            "giữa hai địa phương là 7,64 điểm.")
    assert [g[1] for g in _facts(pipeline, text)][-1] is None
    # (a province's own departments: the spread is the province's)
    text = ("Năm 2023, Chỉ số CCHC của Hà Tĩnh đạt 88,2%. Khoảng cách giữa đơn vị đứng đầu và đơn vị cuối bảng khối sở "
            "là 9,84%.")
    assert [g[1] for g in _facts(pipeline, text)][-1] == "Hà Tĩnh"


def test_where_a_viewer_lives_is_no_owner_and_a_pledge_with_its_year_is_a_target(pipeline) -> None:
    text = ("PAPI 2024 của Quảng Trị đạt 43,27 điểm.\n\nBTV: Khán giả Nguyễn Văn Tư ở huyện Gio Linh nhắn tin: \"Kiểm "
            "soát tham nhũng của tỉnh mới đạt 6,7/10.\"")
    assert [g[1] for g in _facts(pipeline, text)] == ["Quảng Trị", "Quảng Trị"]
    rec = pipeline("case", "Ông Lý cam kết năm 2025 đưa chỉ số của Nghệ An trở lại nhóm 20 tỉnh, thành dẫn đầu.")
    assert [f.modality for f in rec.facts] == ["target"]


def test_a_decade_dates_nothing(pipeline) -> None:
    text = ("Phủ Chủ tịch ở Hà Nội lọt top 13 dinh thự đẹp nhất thế giới. Nơi này từng là thuộc địa của Hà Lan "
            "cho đến tận những năm 1970.")
    assert _facts(pipeline, text) == [("13", "Hà Nội", "OTHER", None)]
    text = "Các năm 2020, 2021, tỉnh lọt top 10 về Chỉ số PCI."
    assert [g[3] for g in _facts(pipeline, text)] == [2021]


def test_the_resolve_a_result_came_from_makes_no_target(pipeline) -> None:
    text = ("Năm 2022, Thái Bình xếp thứ 42/63 về PCI. Với quyết tâm “lấy doanh nghiệp làm trung tâm”, năm 2023 tỉnh "
            "vươn lên thứ 33.")
    assert [f.modality for f in pipeline("case", text).facts] == ["actual", "actual"]
    text = "Năm 2024, Thái Bình đạt 67,05 điểm PCI. Tỉnh quyết tâm năm 2025 đạt 70 điểm."
    assert [f.modality for f in pipeline("case", text).facts] == ["actual", "target"]


def test_the_part_of_a_plan_done_is_no_target(pipeline) -> None:
    text = ("Năm 2024, Hậu Giang đã hoàn thành 90% chỉ tiêu đề ra trong kế hoạch năm (27/30 chỉ tiêu). Chỉ tiêu đề "
            "ra cho năm 2025 là 95%.")
    assert [f.modality for f in pipeline("case", text).facts] == ["actual", "actual", "target"]


def test_the_unit_compared_with_owns_its_own_place_but_not_the_gap(pipeline) -> None:
    text = ("Năm 2023, DDCI tỉnh Quảng Ngãi có nhiều điểm mới. Ở khối địa phương, thị xã Đức Phổ xếp thứ nhất với "
            "74,3 điểm, cao hơn huyện Bình Sơn ở vị trí thứ hai tới 2,05 điểm.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Đức Phổ", "Đức Phổ", "Bình Sơn", "Đức Phổ"]


def test_a_region_named_right_after_first_place_is_where_it_leads(pipeline) -> None:
    text = (
        '🌿 [INFOGRAPHIC] CHỈ SỐ XANH CẤP TỈNH (PGI) 2023: BẾN TRE BỨT PHÁ\n'
        '\n'
        'Theo báo cáo PGI 2023 do VCCI công bố ngày 7/5/2024 (khảo sát hơn 10.200 doanh nghiệp), Bến Tre có màn thăng hạng ấn tượng:\n'
        '\n'
        '✅ Điểm PGI: 22,45 điểm (năm 2022: 19,87 điểm)\n'
        '✅ Xếp hạng: 6/63 ⬆️ tăng 17 bậc so với 2022\n'
        '✅ 3/4 chỉ số thành phần cao hơn trung vị cả nước\n'
        '✅ Chính sách hỗ trợ doanh nghiệp về môi trường: 6,9 điểm, đứng đầu Đồng bằng sông Cửu Long\n'
        '✅ 85,5 % doanh nghiệp cho biết chất lượng môi trường không ảnh hưởng đến sản xuất, kinh doanh\n'
        '📌 Trung vị PGI cả nước: 20,62 điểm\n'
        '🎯 Mục tiêu 2025: vào top 5 PGI\n'
        '\n'
        '👉 Chia sẻ nếu bạn tự hào về một Bến Tre xanh!\n'
        '#PGI2023 #BenTre #ChiSoXanh #VCCI\n'
        'Thiết kế: Minh Thư | Nguồn số liệu: VCCI'
    )
    got = [g for g in _facts(pipeline, text) if g[0] == "đứng đầu"]
    assert [g[1] for g in got] == ["Bến Tre"]


def test_the_unit_whose_average_is_compared_with_owns_no_gap(pipeline) -> None:
    text = ("Năm 2024, Chỉ số SIPAS của quận Hải Châu tiếp tục cải thiện. Bình quân các phường đạt 86,42%, cao hơn "
            "mức bình quân chung của thành phố Đà Nẵng 1,37% và tăng 2,05% so với năm 2023.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Hải Châu"] * 3


def test_a_block_past_an_aside_on_it_is_the_provinces_and_an_association_reports(pipeline) -> None:
    text = ("Báo cáo của Hiệp hội Doanh nghiệp tỉnh Lâm Đồng về Chỉ số DDCI năm 2024 ghi nhận nhiều tín hiệu tích "
            "cực.\n\nĐiểm trung bình khối sở, ban, ngành (30 đơn vị) đạt 78,64 điểm, tăng 1,2 điểm so với lần đánh giá "
            "trước; khối huyện, thành phố bình quân 76,9 điểm.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Lâm Đồng"] * 3


def test_units_counted_in_a_block_are_not_owned_by_the_unit_that_leads_it(pipeline) -> None:
    text = ("Năm 2023, Chỉ số CCHC của tỉnh Hà Tĩnh đạt 88,1 điểm. Ở khối sở, ngành, Sở Tư pháp xếp thứ nhất với "
            "91,8 điểm; 17/19 đơn vị đạt từ 80 điểm trở lên.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Hà Tĩnh", "Sở Tư pháp", "Sở Tư pháp", "Hà Tĩnh", "Hà Tĩnh"]
    text = ("Năm 2023, Chỉ số CCHC của huyện Can Lộc tăng mạnh. Điểm trung bình các xã đạt 84,36 điểm; 16/16 đơn vị "
            "đạt trên 80 điểm.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Can Lộc"] * 3


def test_a_department_named_ban_owns_its_result(pipeline) -> None:
    text = ("Năm 2023, Chỉ số CCHC của tỉnh Hà Tĩnh đạt 88,1 điểm. Đơn vị có kết quả thấp nhất khối sở là Ban Quản lý "
            "Khu kinh tế tỉnh với 78,21%.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Hà Tĩnh", "Ban Quản lý Khu kinh tế tỉnh"]


def test_respondents_named_once_then_left_out_are_still_the_surveys(pipeline) -> None:
    text = ("PAPI 2024: Hải Phòng dẫn đầu với 46,81 điểm; Quảng Ninh, Bình Định, Hà Tĩnh, Quảng Bình và Bắc Ninh "
            "xếp tiếp theo.\n\nVề cảm nhận tham nhũng, 38,6% người trả lời cho rằng phải “lót tay” để xin việc; 21,3% "
            "nói phải chi thêm khi làm thủ tục đất đai.")
    assert [g[1] for g in _facts(pipeline, text)][-2:] == [None, None]


def test_a_measure_named_in_the_cause_after_a_figure_is_not_its_metric(pipeline) -> None:
    text = ("Năm 2025, Chỉ số CCHC (PAR INDEX) của Bộ Tư pháp đạt 91,36%. So với năm 2024 (89,71%), điểm số của Bộ "
            "tăng 1,65%, chủ yếu nhờ cải thiện ở lĩnh vực thể chế và thủ tục hành chính.")
    assert [g[2] for g in _facts(pipeline, text)] == ["PAR_INDEX"] * 3


def test_the_share_of_a_topic_is_a_quantity_of_its_own(pipeline) -> None:
    text = ("Năm 2024, Chỉ số DTI của Bình Phước xếp thứ 20/63. Tỉnh phấn đấu đến năm 2030 vào top 10 cả nước về "
            "chuyển đổi số và tỷ trọng kinh tế số đạt 30%.")
    assert [g[2] for g in _facts(pipeline, text)] == ["DTI", "DTI", "OTHER"]


def test_a_rate_ranked_in_its_own_clause_is_no_index(pipeline) -> None:
    text = ("Năm 2024, Thừa Thiên Huế xếp thứ 20/63 về PCI.\n7. Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 đạt 62,18%, "
            "xếp thứ 3 cả nước.")
    assert [g[2] for g in _facts(pipeline, text)] == ["PCI", "OTHER", "OTHER"]


def test_the_time_a_procedure_takes_is_a_quantity_of_its_own(pipeline) -> None:
    text = ("Năm 2023, PCI của Bắc Ninh xếp thứ 5/63.\n3. Thủ tục đầu tư\nThời gian cấp Giấy chứng nhận đăng ký đầu tư "
            "được rút ngắn 50% so với quy định.")
    assert [g[2] for g in _facts(pipeline, text)] == ["PCI", "OTHER"]


def test_a_year_set_beside_is_a_year_compared_with(pipeline) -> None:
    text = ("Năm 2023, ở PAR Index, Trà Vinh xếp thứ 17/63. Nếu đặt cạnh năm 2017, khi Trà Vinh còn ở vị trí 44/63, "
            "thứ hạng đã được cải thiện 27 bậc.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.compared_to) for f in rec.facts] == [
        ("17/63", 2023, None), ("44/63", 2017, None), ("27 bậc", 2023, 2017)]


def test_a_plan_goes_on_after_cung_voi_do(pipeline) -> None:
    text = ("Theo Bí thư Tỉnh ủy, CCHC phải thành động lực tăng trưởng: năm 2023, GRDP của tỉnh tăng 6,52% so "
            "với cùng kỳ.\n\nTheo Kế hoạch số 39/KH-UBND, năm 2024 tỉnh phấn đấu PAR Index đạt tối thiểu 88%, thuộc "
            "nhóm 15 tỉnh, thành dẫn đầu cả nước; SIPAS đạt trên 85%. Cùng với đó, tỷ lệ hồ sơ trực tuyến toàn trình "
            "đạt tối thiểu 50% và 100% kết quả giải quyết TTHC được số hóa.")
    rec = pipeline("case", text)
    assert [(f.year, f.modality) for f in rec.facts][-2:] == [(2024, "target"), (2024, "target")]  # 50%, 100%


def test_an_aside_between_dashes_makes_no_figure_national(pipeline) -> None:
    text = ("Năm 2023, SIPAS của Trà Vinh đạt 83,47%. So với năm 2017 – năm đầu tiên SIPAS được đo lường trên phạm vi "
            "toàn quốc – chỉ số của tỉnh đã tăng gần 7%.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Trà Vinh", "Trà Vinh"]


def test_the_place_held_the_year_before_in_an_aside_after_a_rank(pipeline) -> None:
    text = ("Theo Báo cáo PAPI năm 2023 được UNDP công bố ngày 2/4/2024, Nghệ An đạt 43,52 điểm, xếp thứ 18/63 (năm "
            "trước: thứ 31), cao hơn điểm trung bình.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year) for f in rec.facts] == [("43,52 điểm", 2023), ("18/63", 2023), ("31", 2022)]


def test_a_quota_with_its_setter_named_is_a_target(pipeline) -> None:
    text = ("Năm 2024, SIPAS của Quảng Trị đạt 82,1%. Chỉ tiêu năm 2025 là gì? – Chỉ tiêu UBND tỉnh giao là SIPAS đạt "
            "tối thiểu 85%.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts] == [("82,1%", 2024, "actual"), ("85%", 2025, "target")]


def test_a_report_on_many_units_that_dwells_on_none_owns_its_unnamed_figures_to_none(pipeline) -> None:
    text = ("SIPAS 2025: Hài lòng bình quân đạt 83,46%\n\nNhóm 5 địa phương dẫn đầu gồm Quảng Ninh (88,72%), Hải "
            "Phòng (87,95%), Ninh Bình (87,1%), Hưng Yên (86,84%) và Đà Nẵng (86,5%). Ở chiều ngược lại, Điện Biên "
            "(78,64%) xếp thứ 32/34, còn Cao Bằng đứng cuối bảng với 77,9%.\n\nXét theo năm yếu tố, Tiếp cận dịch vụ "
            "đạt 85,12%, Thủ tục hành chính 83,9%.")
    assert [g[1] for g in _facts(pipeline, text)][-2:] == [None, None]


def test_the_unit_of_a_ranking_quoted_is_no_owner_of_a_clause_naming_its_subject_by_kind(pipeline) -> None:
    text = ("Huyện Đại Lộc cải thiện mạnh môi trường kinh doanh.\n\nTheo kết quả Chỉ số DDCI tỉnh Quảng Nam năm 2024, "
            "huyện đạt 72,6 điểm, đứng thứ 7/18 huyện, thị xã, thành phố. Theo đó, huyện Núi Thành đạt 70,1 điểm.")
    assert [g[1] for g in _facts(pipeline, text)] == ["Đại Lộc", "Đại Lộc", "Núi Thành"]


def test_a_look_back_in_an_aside_between_dashes_dates_only_the_aside(pipeline) -> None:
    text = ("Năm 2023, DDCI Vĩnh Long có nhiều điểm sáng. Sở Tài nguyên và Môi trường – đơn vị từng xếp cuối bảng năm "
            "2018 – đã vươn lên thứ 4/19 với 74,05 điểm.")
    assert [g[3] for g in _facts(pipeline, text)] == [2023, 2023]


def test_a_year_in_a_concession_dates_only_its_clause(pipeline) -> None:
    text = ("SIPAS năm 2025 của 34 tỉnh, thành được công bố. Cần Thơ chỉ xếp thứ 24/34 với 81,37%, dù năm 2024 Hậu Giang "
            "từng đứng thứ 7/63. Tây Ninh mới đạt 82,47%.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year) for f in rec.facts] == [
        ("24/34", 2025), ("81,37%", 2025), ("7/63", 2024), ("82,47%", 2025)]


def test_quotas_of_a_year_each_given_with_its_year(pipeline) -> None:
    text = ("Năm 2024, tỷ lệ hồ sơ TTHC xử lý trực tuyến toàn trình của Đà Nẵng đạt 62,3%, trong khi chỉ tiêu năm 2025 là "
            "tối thiểu 70% và năm 2030 là 100%.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.year, f.modality) for f in rec.facts] == [
        ("62,3%", 2024, "actual"), ("70%", 2025, "target"), ("100%", 2030, "target")]


def test_a_sentence_going_on_an_items_line_is_no_heading_over_the_next_items(pipeline) -> None:
    text = ("Quản trị viên tóm tắt:\n1. Phường Cửa Nam được thành lập từ ngày 1/7/2025. Theo số liệu UBND phường, tỷ lệ "
            "hồ sơ trực tuyến toàn trình đạt 92,4%, cao hơn yêu cầu tối thiểu 80% của thành phố.\n2. Khảo sát nhanh "
            "trong nhóm: điểm hài lòng trung bình với bộ phận một cửa của phường đạt 8,1/10.")
    assert [f.modality for f in pipeline("case", text).facts] == ["actual", "target", "actual"]


def test_the_first_year_named_once_is_the_year_compared_with_later(pipeline) -> None:
    text = ("Năm 2023, điểm DDCI trung bình của Vĩnh Long đạt 72,38 điểm, tăng 8,76 điểm so với năm 2018, năm đầu công "
            "bố. Chỉ số thành phần \"Chi phí không chính thức\" tăng 2,35 điểm so với năm đầu triển khai.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.compared_to) for f in rec.facts] == [
        ("72,38 điểm", None), ("8,76 điểm", 2018), ("2,35 điểm", 2018)]


def test_a_change_over_so_many_years_is_measured_from_that_many_years_before(pipeline) -> None:
    text = ("Năm 2023, DDCI Vĩnh Long: điểm trung bình tăng gần 9 điểm sau 5 năm. Về thứ hạng, từ hạng 12/63 vươn lên "
            "hạng 3/63, tức tăng 9 bậc sau bốn năm.")
    rec = pipeline("case", text)
    assert [(f.figure.text, f.compared_to) for f in rec.facts if f.figure.kind == "delta"] == [
        ("9 điểm", 2018), ("9 bậc", 2019)]


def test_places_counted_belong_to_a_place_not_a_department(pipeline) -> None:
    text = (
        'DDCI Quảng Ngãi 2023: Đức Phổ giữ ngôi đầu bảng\n'
        '\n'
        'Chiều 26/3/2024, UBND tỉnh Quảng Ngãi công bố kết quả Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2023. Năm nay có 1.420 doanh nghiệp tham gia khảo sát, tỷ lệ phản hồi đạt 68,5%.\n'
        '\n'
        'Ở khối sở, ban, ngành, điểm số cao nhất thuộc về Sở Tư pháp, Sở Kế hoạch và Đầu tư và Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi (BQL KKT), tương ứng là 78,62 điểm, 77,9 điểm và 76,45 điểm. Điểm trung bình của khối đạt 70,12 điểm, tăng 1,85 điểm so với năm trước.\n'
        '\n'
        'Khối địa phương, thị xã Đức Phổ tiếp tục dẫn đầu với 75,3 điểm; huyện Mộ Đức, huyện Bình Sơn và huyện Sơn Tịnh (đơn vị đứng đầu năm 2021) theo sau, tương ứng là 74,1; 73,85 và 72,6 điểm. Riêng Sơn Tịnh giảm 2 bậc so với năm 2022.\n'
        '\n'
        'Theo ông Nguyễn Văn Phước, Phó Giám đốc Sở Kế hoạch và Đầu tư, 11/13 huyện, thị xã, thành phố có điểm DDCI tăng.'
    )
    assert [g[1] for g in _facts(pipeline, text)][-1] == "Quảng Ngãi"


def test_respondents_of_a_page_focused_on_one_province_are_its_own(pipeline) -> None:
    """A provincial portal that compares its province with the region's (blind set articles42)."""
    text = (
        'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH\n'
        'Trang chủ > Tin tức - Sự kiện > Kinh tế - Đầu tư\n'
        'Thứ Ba, 13/05/2025 - 16:20\n'
        '\n'
        'PCI 2024: Hà Tĩnh tăng 9 bậc, Chỉ số xanh lần đầu lọt tốp 20\n'
        '\n'
        '(Cổng TTĐT) - Theo kết quả Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và Chỉ số xanh cấp tỉnh (PGI) năm 2024 do Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố sáng 12/5, Hà Tĩnh đạt 67,08 điểm PCI, xếp thứ 24/63 tỉnh, thành phố; PGI đạt 22,47 điểm, đứng thứ 17/63.\n'
        '\n'
        'So với năm 2023, điểm PCI của tỉnh tăng 1,96 điểm, thứ hạng cải thiện 9 bậc (năm 2023, Hà Tĩnh chỉ xếp thứ 33/63). Trong 10 chỉ số thành phần, có 6 chỉ số tăng điểm, rõ nét nhất là Chi phí thời gian với 7,35 điểm, tăng 0,84 điểm. Hỗ trợ doanh nghiệp và Đào tạo lao động lần lượt đạt 6,48 và 6,77 điểm, tăng tương ứng 0,35 và 0,22 điểm; Tính năng động, Gia nhập thị trường và Tính minh bạch cũng nhích lên.\n'
        '\n'
        'Lãnh đạo Sở Tài chính trao đổi với doanh nghiệp tại Hội nghị phân tích PCI, PGI năm 2024. Ảnh: Thu Hằng\n'
        '\n'
        'Ở chiều ngược lại, 4/10 chỉ số thành phần giảm điểm gồm Tiếp cận đất đai, Chi phí không chính thức, Cạnh tranh bình đẳng và Thiết chế pháp lý và an ninh trật tự. Đáng lo ngại nhất là Tiếp cận đất đai, chỉ còn 6,54 điểm, giảm 0,27 điểm; Thiết chế pháp lý và an ninh trật tự thấp hơn 0,15 điểm so với năm trước. Có tới 37,6 % doanh nghiệp được khảo sát cho biết phải chờ hơn 30 ngày để được cấp giấy chứng nhận quyền sử dụng đất.\n'
        '\n'
        'Trong khu vực Bắc Trung Bộ, Hà Tĩnh đứng thứ 3/6, sau Thanh Hóa (69,4 điểm) và Huế (67,73 điểm). Điểm PCI của tỉnh cao hơn 1,21 điểm so với điểm trung bình của vùng (65,87 điểm) và vượt điểm trung vị cả nước gần 1,5 điểm.\n'
        '\n'
        'Với PGI – bộ chỉ số đo lường nỗ lực của chính quyền trong bảo vệ môi trường và thúc đẩy kinh tế xanh – Hà Tĩnh tăng 1,05 điểm và 14 bậc so với năm 2023, lần đầu góp mặt trong nhóm 20 địa phương dẫn đầu và xếp thứ hai vùng Bắc Trung Bộ, chỉ sau Quảng Trị. Doanh nghiệp đánh giá cao chính sách hỗ trợ chuyển đổi xanh, song vẫn phản ánh phí và lệ phí môi trường còn cao.\n'
        '\n'
        'Môi trường kinh doanh cải thiện đã góp phần thu hút đầu tư. Năm 2024, tỉnh cấp mới 9 dự án FDI với tổng vốn đăng ký hơn 312 triệu USD, nâng tổng số dự án còn hiệu lực lên 98 dự án. Số doanh nghiệp thành lập mới đạt 1.134 doanh nghiệp, tăng 12.3% so với năm 2023; GRDP tăng 6,1% so với năm trước.\n'
        '\n'
        'Kết luận hội nghị chiều 13/5, ông Trần Minh Phúc, Chủ tịch UBND tỉnh nhận định: “Kết quả tăng hạng là đáng ghi nhận nhưng chưa tương xứng với tiềm năng. Vẫn còn chỉ số thành phần giảm điểm, riêng Tiếp cận đất đai đi xuống hai năm liên tiếp. Các sở, ngành phải coi từng chỉ số thành phần là địa chỉ trách nhiệm của mình”. Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường rút ngắn thời gian giao đất, cho thuê đất ít nhất 30% trong năm 2025.\n'
        '\n'
        'Theo Kế hoạch số 112/KH-UBND ngày 15/4/2025, năm 2025 tỉnh phấn đấu PCI đạt tối thiểu 68 điểm, PGI giữ vững trong tốp 20. Giai đoạn 2025-2030, mục tiêu đến năm 2030 PCI của Hà Tĩnh vào tốp 15 cả nước, mọi chỉ số thành phần đạt từ 6 điểm trở lên; tỷ lệ hồ sơ thủ tục hành chính của doanh nghiệp được giải quyết trực tuyến toàn trình đạt trên 80%.\n'
        '\n'
        'Thu Hằng - Hoàng Anh\n'
        '\n'
        'Tin liên quan\n'
        '- PGI 2023: Hà Tĩnh xếp thứ 31/63\n'
        '- Hà Tĩnh công bố DDCI năm 2024: Sở Tư pháp dẫn đầu khối sở, ngành\n'
        '- Quý I/2025, Hà Tĩnh thu hút 3 dự án FDI mới\n'
        '\n'
        'Từ khóa: PCI, PGI, môi trường đầu tư\n'
        '\n'
        'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH\n'
        'Cơ quan chủ quản: UBND tỉnh Hà Tĩnh\n'
        'Giấy phép số 23/GP-TTĐT ngày 12/3/2021 của Sở Thông tin và Truyền thông\n'
        'Địa chỉ: Số 01 Nguyễn Tất Thành, TP Hà Tĩnh | Điện thoại: 0239.3855.496\n'
        ''
    )
    assert [g[1] for g in _facts(pipeline, text) if g[0] == "37,6 %"] == ["Hà Tĩnh"]


def test_this_rate_after_a_share_of_respondents_is_the_same_share(pipeline) -> None:
    text = ("PAPI 2023: cảm nhận về tham nhũng vặt vẫn ở mức cao. Tại Kiên Giang, 41,3% người trả lời cho rằng phải "
            "\"lót tay\" khi xin cấp giấy chứng nhận quyền sử dụng đất; tỷ lệ này ở Cà Mau là 36.8%.")
    assert [g[2] for g in _facts(pipeline, text)] == ["OTHER", "OTHER"]


def test_a_value_at_the_time_of_the_year_just_named(pipeline) -> None:
    text = ("Năm 2024, chỉ số Kiểm soát tham nhũng của PAPI đạt trung bình 6,82 điểm, mức cao nhất kể từ năm 2019 (khi "
            "đó là 6,21 điểm).")
    assert [g[3] for g in _facts(pipeline, text)] == [2024, 2019]


def test_a_change_after_so_many_years_is_of_the_later_year(pipeline) -> None:
    """`Năm 2023, Bộ xếp thứ 4. Như vậy, sau một năm, Bộ đã vươn lên một bậc`: the climb is the next
    year's, against the year named; `chỉ sau hai năm, tỉnh đã tăng 16 bậc` counts back from the year
    the article reports on."""
    one = ("Chỉ số CCHC năm 2024 của các bộ được công bố. Năm 2023, Bộ Tài chính xếp thứ 4 với 88,92%. Như vậy, sau "
           "một năm, Bộ đã vươn lên một bậc.")
    rec = pipeline("case", one)
    assert [(f.year, f.compared_to) for f in rec.facts if f.figure.kind == "delta"] == [(2024, 2023)]
    two = ("PAPI năm 2024 của Quảng Trị đạt 44,37 điểm. Năm 2022 Quảng Trị chỉ đạt 42,15 điểm, xếp thứ 31/63. Sang "
           "năm 2023, tỉnh xếp hạng 24/63, tăng 7 bậc. Như vậy, chỉ sau hai năm, tỉnh đã tăng 16 bậc.")
    rec = pipeline("case", two)
    assert [(f.figure.text, f.year, f.compared_to) for f in rec.facts if f.figure.kind == "delta"] == [
        ("7 bậc", 2023, 2022), ("16 bậc", 2024, 2022)]
    opening = ("Năm 2024, Hà Tĩnh bứt phá với 88,05%, tăng 2,38% so với năm trước. Sau ba năm, tỉnh đã tăng 16 bậc, lần "
               "đầu vào nhóm 15 địa phương có SIPAS cao nhất.")
    assert [(f.figure.text, f.figure.kind, f.year, f.compared_to) for f in pipeline("case", opening).facts][:3] == [
        ("88,05%", "percent", 2024, None), ("2,38%", "delta", 2024, 2023), ("16 bậc", "delta", 2024, 2021)]


def test_a_gap_over_a_peer_named_by_its_place_is_the_leaders(pipeline) -> None:
    """`cao hơn đơn vị xếp thứ hai là Bộ Tư pháp 1,12%`: a gap (not a level) of the unit that leads; the
    place in between is the peer's."""
    text = "Năm 2022, Ngân hàng Nhà nước đạt 90,36%, cao hơn đơn vị xếp thứ hai là Bộ Tư pháp 1,12%."
    rec = pipeline("case", text)
    assert [(f.figure.text, f.figure.kind, f.subject.canonical) for f in rec.facts] == [
        ("90,36%", "percent", "Ngân hàng Nhà nước"), ("xếp thứ hai", "rank", "Bộ Tư pháp"),
        ("1,12%", "delta", "Ngân hàng Nhà nước")]


def test_an_index_published_alongside_does_not_carry_to_the_next_sentence(pipeline) -> None:
    """`PGI … vừa được VCCI công bố cùng với PCI. Hà Tĩnh đạt 23,48 điểm`: the figures after are the PGI's,
    not those of the index it was published with."""
    text = ("Bên cạnh PAPI, kết quả Chỉ số xanh cấp tỉnh (PGI) năm 2024 vừa được VCCI công bố cùng với PCI cũng là tín "
            "hiệu đáng mừng. Hà Tĩnh đạt 23,48 điểm, xếp thứ 9/63, tăng 6 bậc so với năm 2023.")
    assert {f[2] for f in _facts(pipeline, text)} == {"PGI"}


def test_a_heading_with_figures_takes_the_index_its_section_names(pipeline) -> None:
    """A heading line sums up the section below it: its figures are of the index that section names
    first, not of the one in force from the section before."""
    text = ("Hà Tĩnh công bố các chỉ số năm 2024\n\nTỉnh Hà Tĩnh vừa công bố kết quả các chỉ số năm 2024.\n\n"
            "Cùng với PAR Index, kết quả SIPAS 2024 của Hà Tĩnh đạt 84,96%, tăng 1,82% so với năm 2023.\n\n"
            "Sở Tư pháp dẫn đầu khối sở, thị xã Hồng Lĩnh giữ ngôi quán quân cấp huyện\n\n"
            "Trước đó, UBND tỉnh đã công bố Chỉ số CCHC năm 2024 của 19 sở, ngành. Sở Tư pháp đạt 94,18 điểm.")
    got = {f[0]: f[2] for f in _facts(pipeline, text)}
    assert got["84,96%"] == "SIPAS"
    assert got["dẫn đầu"] == got["quán quân"] == got["94,18 điểm"] == "PAR_INDEX"
    # (a heading that names only a topic, `Chuyển đổi số: tăng 3 bậc`, is summed up by its section too)
    topic = ("Bộ Tư pháp công bố kết quả năm 2024\n\nBộ Tư pháp vừa tổng kết công tác cải cách hành chính năm 2024 với "
             "nhiều kết quả nổi bật.\n\nNăm 2024, SIPAS của Bộ Tư pháp đạt 84,37%.\n\nChuyển đổi số: tăng 3 "
             "bậc\n\nTheo kết quả Chỉ số chuyển đổi số (DTI) năm 2024, Bộ Tư pháp đạt 0,7852 điểm.")
    assert {f[0]: f[2] for f in _facts(pipeline, topic)}["3 bậc"] == "DTI"


def test_a_component_named_as_a_par_area_is_the_par_index_after_sipas(pipeline) -> None:
    """SIPAS has no area called `Xây dựng và phát triển chính quyền điện tử, chính quyền số`: a component of
    that name after a SIPAS figure is the PAR Index's."""
    text = ("Năm 2024, Chỉ số cải cách hành chính của tỉnh Bắc Ninh đạt 90,12%; Chỉ số hài lòng của người dân, tổ chức "
            "đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) đạt 84,76%. Riêng chỉ số thành phần \"Xây dựng "
            "và phát triển chính quyền điện tử, chính quyền số\" của tỉnh đạt 91,4%.")
    assert [f[2] for f in _facts(pipeline, text)] == ["PAR_INDEX", "SIPAS", "PAR_INDEX"]


def test_a_place_labelling_a_bulleted_line_is_the_subject_of_the_whole_line(pipeline) -> None:
    """In a round-up (`* Bắc Ninh: … . Chỉ số SIPAS đạt gần 85%`), the place that labels a line is the
    subject of its later sentences too; a figure's own clause does not borrow an index named in the
    clause after `, đồng thời`."""
    text = ("ĐIỂM TIN CẢI CÁCH HÀNH CHÍNH\n\nNgày 16/4, Bộ Nội vụ công bố Chỉ số CCHC và SIPAS năm 2023:\n\n"
            "* Nghệ An: PAR Index đạt 88,24%, đứng thứ 22 trong số 63 tỉnh, thành phố; SIPAS đạt 82,91%.\n\n"
            "* Bắc Ninh: Giữ vững vị trí thứ 4 về Chỉ số CCHC với 90,77%. Chỉ số SIPAS đạt gần 85%, tăng 1,9% so "
            "với năm trước.\n\n"
            "* Cao Bằng: Chỉ số CCHC đạt 83,12%, tụt 5 bậc. Tỉnh đặt mục tiêu năm 2024 đưa chỉ số lên trên 86%, đồng "
            "thời cải thiện kết quả khảo sát sự hài lòng của người dân.")
    got = {f[0]: (f[1], f[2]) for f in _facts(pipeline, text)}
    assert got["85%"] == got["1,9%"] == ("Bắc Ninh", "SIPAS")
    assert got["86%"] == ("Cao Bằng", "PAR_INDEX")


def test_the_case_a_sentence_turns_to_is_the_province_named_by_its_kind_after(pipeline) -> None:
    """`Trường hợp An Giang lại cho thấy chiều ngược lại. Điểm PAPI 2023 của tỉnh …`: the province the
    sentence turns to, not the one the paragraph before was about (a column that names both as often)."""
    got = _page_subjects(pipeline, "articles45.jsonl", "chAT_p10")
    assert got["43,36 điểm"] == "Sóc Trăng"
    assert got["41,27 điểm"] == got["2,89 điểm"] == "An Giang"


def test_the_speakers_own_body_is_the_subject(pipeline) -> None:
    """In an interview with a department's director, `Riêng Sở chúng tôi, Chỉ số CCHC cấp sở … đạt 95,2%` is
    the department's figure, not the province's."""
    got = _page_subjects(pipeline, "articles45.jsonl", "chAT_p20")
    assert got["90,87%"] == "Trà Vinh"
    assert got["88,4%"] is None  # `so với giá trị trung bình của cả nước năm 2024 là 88,4%`: the reference's
    assert got["95,2%"] == got["2/19"] == "Sở Nội vụ"


def test_a_year_stepped_into_dates_the_plan_of_its_sentence(pipeline) -> None:
    """`Bước sang năm 2026, khi …, tỉnh phấn đấu đưa Chỉ số CCHC vào nhóm 10 …`: the plan is for 2026 (and
    `sang năm 2026` is that year, not `sang năm`, the year after)."""
    text = ("Năm 2024, Chỉ số CCHC của tỉnh Hà Tĩnh đạt 89,47%. Mục tiêu năm 2025, Chỉ số CCHC của tỉnh đạt từ 90% trở "
            "lên. Bước sang năm 2026, khi cả nước còn 34 tỉnh, thành phố, tỉnh phấn đấu đưa Chỉ số CCHC vào nhóm 10 "
            "địa phương dẫn đầu cả nước, SIPAS nằm trong top 5.")
    got = [(f.figure.text, f.year, f.modality) for f in pipeline("case", text).facts]
    assert got == [("89,47%", 2024, "actual"), ("90%", 2025, "target"), ("10", 2026, "target"),
                   ("5", 2026, "target")]


def test_a_one_sentence_look_back_does_not_date_the_rest_of_its_paragraph(pipeline) -> None:
    """In a paragraph on the 2023 results, `Năm 2022, khoảng cách giữa hai sở này là 16,3 điểm.` looks back for
    its own sentence; the sentences after it are 2023's again."""
    text = ("Kết quả DDCI tỉnh Thanh Hóa năm 2023 cho thấy khoảng cách đáng kể giữa các đơn vị. Sở Kế hoạch và Đầu tư dẫn "
            "đầu khối sở, ngành với 81,56 điểm. Năm 2022, khoảng cách giữa hai sở này là 16,3 điểm. Sở Công Thương đạt "
            "79,9 điểm và xếp thứ hai. Đáng chú ý, Sở Xây dựng tăng 5 bậc.")
    got = [(f.figure.text, f.year) for f in pipeline("case", text).facts]
    assert got == [("dẫn đầu", 2023), ("81,56 điểm", 2023), ("16,3 điểm", 2022), ("79,9 điểm", 2023),
                   ("xếp thứ hai", 2023), ("5 bậc", 2023)]


def test_a_month_looked_back_to_does_not_date_the_sentence(pipeline) -> None:
    """`tăng 2 bậc so với kết quả chấm điểm thử nghiệm hồi tháng 10` in a page dated 2026 on the 2025 index: the
    month is a reference, not the period the figures are of."""
    text = ("Ngày 28/1/2026, UBND thành phố Hà Nội công bố Chỉ số CCHC năm 2025 của các xã, phường.\n\nXã Đông Anh xếp "
            "thứ 12/126 với 90,46%, tăng 2 bậc so với kết quả chấm điểm thử nghiệm hồi tháng 10.")
    assert {f.year for f in pipeline("case", text).facts} == {2025}


def test_a_province_named_by_its_place_in_the_ranking_is_no_anaphor(pipeline) -> None:
    """`khoảng cách giữa tỉnh cao nhất và thấp nhất thu hẹp còn 14,29 điểm`: a gap between the ends of the
    ranking, which no province owns, not the article's province."""
    text = ("PCI 2024: Quảng Ninh dẫn đầu\n\nNăm 2024, Quảng Ninh đạt 73,69 điểm. Điểm trung vị PCI đạt 66,87 điểm; "
            "khoảng cách giữa tỉnh cao nhất và thấp nhất thu hẹp còn 14,29 điểm.")
    got = {f[0]: f[1] for f in _facts(pipeline, text)}
    assert got["73,69 điểm"] == "Quảng Ninh"
    assert got["14,29 điểm"] is None


def test_a_ranking_of_units_goes_on_with_the_measure_that_counted_them(pipeline) -> None:
    """After `Có 133/148 xã, phường có tỷ lệ hồ sơ trực tuyến trên 70%.`, `Dẫn đầu là phường Việt Trì với 96,8%,
    tiếp đến phường Vĩnh Yên (95,1%)` ranks the wards by that rate, not by the index in force."""
    text = ("Năm 2025, Chỉ số CCHC của tỉnh Phú Thọ đạt 88,5%. Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn tỉnh đạt 81,36%. "
            "Có 133/148 xã, phường có tỷ lệ hồ sơ trực tuyến trên 70%. Dẫn đầu là phường Việt Trì với 96,8%, tiếp đến "
            "phường Vĩnh Yên (95,1%).")
    got = {f[0]: f[2] for f in _facts(pipeline, text)}
    assert got["88,5%"] == "PAR_INDEX"
    assert got["Dẫn đầu"] == got["96,8%"] == got["95,1%"] == "OTHER"


def test_the_adjacent_year_and_a_lead_over_last_year(pipeline) -> None:
    """`nhích nhẹ so với 42,10 điểm của năm liền kề`: that value is the year before's; `nhỉnh hơn năm trước
    0,57 điểm` is a change against it."""
    text = ("Trung vị điểm tổng hợp PAPI năm 2023 là 42,80 điểm, nhích nhẹ so với 42,10 điểm của năm liền kề. Khối "
            "địa phương của tỉnh Bình Định đạt bình quân 74,10 điểm, nhỉnh hơn năm trước 0,57 điểm.")
    got = [(f.figure.text, f.year, f.compared_to) for f in pipeline("case", text).facts]
    assert got == [("42,80 điểm", 2023, None), ("42,10 điểm", 2022, None), ("74,10 điểm", 2023, None),
                   ("0,57 điểm", 2023, 2022)]


def test_a_place_among_the_ministries_is_the_ministrys(pipeline) -> None:
    """`Xây dựng và tổ chức thực hiện thể chế: 91,26%, xếp thứ 2 trong các bộ`: the ranking the ministry holds
    a place in, which does not make the figure a national one."""
    got = _page_subjects(pipeline, "articles45.jsonl", "chAT_d03")
    assert got["91,26%"] == got["97,80%"] == "Bộ Tài chính"


def test_a_bound_of_the_group_named_before_has_no_one_subject(pipeline) -> None:
    """`Cao Bằng, Lai Châu và Kon Tum tiếp tục là những địa phương có điểm số dưới 62 điểm`: the bound the
    three share, no one province's figure."""
    text = "Năm 2024, Cao Bằng, Lai Châu và Kon Tum tiếp tục là những địa phương có điểm số PCI dưới 62 điểm."
    assert [(f[0], f[1]) for f in _facts(pipeline, text)] == [("62 điểm", None)]


def test_the_second_unit_compared_with_is_not_the_subject(pipeline) -> None:
    """`Thanh Hóa … cao hơn Nghệ An 0,58 điểm và Hà Tĩnh 1,9 điểm`: both gaps are Thanh Hóa's."""
    text = "Năm 2023, PCI của Thanh Hóa đạt 67,26 điểm, dẫn đầu khu vực, cao hơn Nghệ An 0,58 điểm và Hà Tĩnh 1,9 điểm."
    got = {f[0]: f[1] for f in _facts(pipeline, text)}
    assert got["0,58 điểm"] == got["1,9 điểm"] == "Thanh Hóa"


def test_a_table_of_an_index_and_its_pillars_on_a_0_1_scale(pipeline) -> None:
    """Cells under `DTI 2024`, `Chính quyền số`, `Kinh tế số` hold values on a 0–1 scale: scores of the row's unit."""
    text = ("Các địa phương dẫn đầu DTI năm 2024\nHạng | Tỉnh, thành phố | DTI 2024 | Chính quyền số | Kinh tế số\n"
            "1 | Đà Nẵng | 0,8317 | 0,8702 | 0,7855\n2 | Hà Nội | 0,8195 | 0,8431 | 0,8012\nNguồn: Bộ Khoa học và Công nghệ")
    got = [(f.figure.text, f.figure.kind, f.subject.canonical if f.subject else None, f.metric.index, f.year)
           for f in pipeline("case", text).facts if f.figure.kind == "score"]
    assert got == [(v, "score", "Đà Nẵng", "DTI", 2024) for v in ("0,8317", "0,8702", "0,7855")] + [
        (v, "score", "Hà Nội", "DTI", 2024) for v in ("0,8195", "0,8431", "0,8012")]


def test_the_main_year_is_the_pages_own_not_its_related_headlines(pipeline) -> None:
    """A page on DDCI 2025 that recalls PCI 2024 and lists other stories on 2024 reports on 2025: the years
    its title and lead state count most, other stories' headlines not at all."""
    got = {f.figure.text: f.year for f in pipeline(
        "case", next(r for r in read_records(CHALLENGE / "articles46.jsonl") if r.doc_id == "chAU_d04").text).facts}
    assert got["83,05 điểm"] == got["80,33 điểm"] == got["4/40"] == 2025


def test_an_aside_on_the_year_compared_with_is_that_years(pipeline) -> None:
    """`giảm 1 bậc so với năm 2023 – năm Bộ đứng đầu với 89,95%`: the aside tells of 2023, when the Ministry
    led (`năm Bộ` is a year, not five ministries)."""
    text = ("Năm 2024, Chỉ số CCHC của Bộ Tư pháp đạt 89,1%, xếp thứ 2/17 bộ, cơ quan ngang bộ, giảm 1 bậc so với năm "
            "2023 – năm Bộ đứng đầu với 89,95%.")
    got = [(f.figure.text, f.year) for f in pipeline("case", text).facts]
    assert got == [("89,1%", 2024), ("2/17", 2024), ("1 bậc", 2024), ("đứng đầu", 2023), ("89,95%", 2023)]


def test_two_units_labelling_a_line_are_the_ones_referred_to(pipeline) -> None:
    """`* Bình Dương, Bà Rịa - Vũng Tàu: DTI … của hai địa phương lần lượt đạt 0,7214 và 0,6832`: the two units
    the line names, not the last two the page named before it."""
    text = ("ĐIỂM TIN\n\n* Kiên Giang: Tổng điểm PAPI 2024 của tỉnh đạt 42,18 điểm.\n\n* Bình Dương, Bà Rịa - Vũng Tàu: "
            "Chỉ số chuyển đổi số (DTI) cấp tỉnh năm 2024 của hai địa phương lần lượt đạt 0,7214 và 0,6832.")
    got = {f[0]: f[1] for f in _facts(pipeline, text)}
    assert (got["0,7214"], got["0,6832"]) == ("Bình Dương", "Bà Rịa - Vũng Tàu")


def test_a_median_after_its_source_has_no_subject(pipeline) -> None:
    """`Theo đại diện VCCI, điểm trung vị PCI năm 2024 đạt 66,21 điểm`: the source named first owns no median,
    nor does the page's province."""
    text = ("PCI 2024: Quảng Ninh xếp thứ hai\n\nNăm 2024, Quảng Ninh đạt 72,81 điểm. Theo đại diện VCCI, điểm trung vị PCI "
            "năm 2024 đạt 66,21 điểm, cao hơn 1,35 điểm so với năm 2023.")
    got = {f[0]: f[1] for f in _facts(pipeline, text)}
    assert got["72,81 điểm"] == "Quảng Ninh"
    assert got["66,21 điểm"] is None and got["1,35 điểm"] is None


def test_a_title_naming_the_province_by_its_kind_means_the_one_its_lead_names(pipeline) -> None:
    """`Chỉ số hài lòng … của tỉnh tăng 6 bậc` as the title: the province is named only in the lead below."""
    text = ("Chỉ số hài lòng về sự phục vụ hành chính của tỉnh tăng 6 bậc\n\nNgày 26/02, Bộ Nội vụ công bố SIPAS năm "
            "2024. Theo đó, tỉnh Quảng Trị đạt 85,92%, xếp thứ 14/63 tỉnh, thành phố.")
    assert {f[0]: f[1] for f in _facts(pipeline, text)}["6 bậc"] == "Quảng Trị"


def test_the_topic_a_body_is_named_for_is_no_metric(pipeline) -> None:
    """`… (PAR Index) và … (SIPAS) năm 2023 do Ban Chỉ đạo cải cách hành chính của Chính phủ công bố, Đà Nẵng đạt
    89,06%`: the words in the steering committee's name are no mention of the index; the first of the two
    indices announced together is the figure's."""
    text = ("Theo kết quả Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng của người dân, tổ chức đối với sự "
            "phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 do Ban Chỉ đạo cải cách hành chính của Chính phủ "
            "công bố chiều 16-4, Đà Nẵng đạt 89,06%, tăng 11 bậc so với năm 2022.")
    assert {f[2] for f in _facts(pipeline, text)} == {"PAR_INDEX"}


def test_an_index_that_has_its_own_figure_is_not_listed_with_the_next(pipeline) -> None:
    """`lần đầu vào top 10 Chỉ số xanh cấp tỉnh, PCI 2024 tăng 9 bậc`: the PGI has its top 10, the climb is the
    PCI's; `PCI và PAPI … duy trì trong top 20` still shares one figure between two indices named together."""
    assert [f[2] for f in _facts(pipeline, "Hà Tĩnh lần đầu vào top 10 Chỉ số xanh cấp tỉnh, PCI 2024 tăng 9 bậc")] == [
        "PGI", "PCI"]
    assert [f[2] for f in _facts(pipeline, "Năm 2024, PCI và PAPI của Quảng Ninh duy trì trong top 20.")] == ["PCI"]


def test_a_body_named_by_its_head_after_the_average_owns_the_gap(pipeline) -> None:
    """`Giá trị trung bình … là 86,17%; như vậy, kết quả của Bộ cao hơn mức trung bình 2,95%`: the average has no
    owner, the gap above it is the ministry's, even where the ministry is not the only body the page is about."""
    got = _page_subjects(pipeline, "articles12.jsonl", "chM_d02")
    assert got["86,17%"] is None
    assert got["2,95%"] == "Bộ Tài chính"


def test_figures_fronted_in_a_chain_of_clauses_belong_to_the_unit_named_by_its_kind_after_them(pipeline) -> None:
    """`Từ vị trí 43/63 năm 2022, tỉnh đã vươn lên …`, `Với 43,02 điểm, đứng thứ 11/63, tỉnh …`: a starting point or
    a second fronted clause still stands before the clause whose subject is the unit named by its kind."""
    text = ("Chỉ số PAPI năm 2023 ghi nhận nhiều biến động. Quảng Ninh đạt 45,1 điểm, Bình Định đạt 44,9 điểm. "
            "Bất ngờ lớn nhất thuộc về Quảng Trị. Từ vị trí 43/63 năm 2022, tỉnh đã vươn lên thứ 11/63 năm 2023. "
            "Gây chú ý tiếp theo là Hà Tĩnh. Với 42,8 điểm, đứng thứ 19/63, tỉnh đã tăng 9 bậc so với năm trước.")
    subjects = {f[0]: f[1] for f in _facts(pipeline, text)}
    assert [subjects[k] for k in ("43/63", "11/63")] == ["Quảng Trị"] * 2
    assert [subjects[k] for k in ("42,8 điểm", "19/63", "9 bậc")] == ["Hà Tĩnh"] * 3


def test_a_table_column_headed_by_a_year_dates_its_cells(pipeline) -> None:
    """`Đơn vị | 2021 | 2022` under a caption `(đơn vị tính: điểm)`: each cell is a score of its column's year;
    `Hạng 2023` beside `Điểm PCI 2024` is last year's rank."""
    text = ("DDCI Quảng Ngãi qua các năm\n\nĐiểm số của một số đơn vị qua các kỳ đánh giá (đơn vị tính: điểm):\n\n"
            "Đơn vị | 2021 | 2022 | 2023\nSở Kế hoạch và Đầu tư | 78,42 | 80,15 | 82,60\n"
            "Huyện Bình Sơn | 76,34 | 77,05 | 79,88\n")
    assert [(f[0], f[1], f[3]) for f in _facts(pipeline, text)] == [
        ("78,42", "Sở Kế hoạch và Đầu tư", 2021), ("80,15", "Sở Kế hoạch và Đầu tư", 2022),
        ("82,60", "Sở Kế hoạch và Đầu tư", 2023), ("76,34", "Bình Sơn", 2021), ("77,05", "Bình Sơn", 2022),
        ("79,88", "Bình Sơn", 2023)]
    text = ("Bảng xếp hạng PCI 2024\n\nHạng | Tỉnh | Điểm PCI 2024 | Hạng 2023\n1 | Hải Phòng | 74,64 | 1\n"
            "2 | Quảng Ninh | 73,02 | 4\n")
    assert [(f[0], f[1], f[3]) for f in _facts(pipeline, text)] == [
        ("1", "Hải Phòng", 2024), ("74,64", "Hải Phòng", 2024), ("1", "Hải Phòng", 2023),
        ("2", "Quảng Ninh", 2024), ("73,02", "Quảng Ninh", 2024), ("4", "Quảng Ninh", 2023)]


def test_the_second_of_two_indices_named_again_with_its_own_figure_stays_in_force(pipeline) -> None:
    """`công bố Chỉ số CCHC năm 2024 và SIPAS 2024, Quảng Ninh … dẫn đầu … về Chỉ số hài lòng … với 90,01%`: once
    SIPAS is named again for a figure of its own, the factors that follow are SIPAS's, not the first index's."""
    text = ("Tại Hội nghị công bố Chỉ số cải cách hành chính năm 2024 và SIPAS 2024 ngày 16/5/2025, Quảng Ninh tiếp tục "
            "là địa phương dẫn đầu cả nước về Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành "
            "chính nhà nước với 90,01%.\n\nCụ thể, mức độ hài lòng về tiếp cận dịch vụ đạt 91,12%; về kết quả dịch vụ "
            "đạt 90,37%.")
    assert {f[0]: f[2] for f in _facts(pipeline, text)} == {"dẫn đầu": "SIPAS", "90,01%": "SIPAS", "91,12%": "SIPAS",
                                                             "90,37%": "SIPAS"}


def test_a_table_column_naming_an_index_gives_its_cells_that_index(pipeline) -> None:
    """`Hạng PAR INDEX | Tỉnh | PAR INDEX 2024 (%) | SIPAS 2024 (%)`: each column's own index, not the last one the
    header names."""
    text = ("Kết quả Chỉ số CCHC và SIPAS năm 2024 của các tỉnh dẫn đầu\nHạng PAR INDEX | Tỉnh, thành phố | "
            "PAR INDEX 2024 (%) | SIPAS 2024 (%)\n1 | Quảng Ninh | 93,36 | 91,36\n2 | Hải Phòng | 92,71 | 88,95\n")
    assert _indices(pipeline, text) == [
        ("1", "PAR_INDEX"), ("93,36", "PAR_INDEX"), ("91,36", "SIPAS"),
        ("2", "PAR_INDEX"), ("92,71", "PAR_INDEX"), ("88,95", "SIPAS")]


def test_two_indices_announced_together_past_whose_the_first_is(pipeline) -> None:
    """`công bố Chỉ số CCHC năm 2024 (PAR INDEX 2024) của các bộ, …, Ủy ban nhân dân các tỉnh … và Chỉ số hài lòng …
    (SIPAS 2024). Quảng Ninh tiếp tục dẫn đầu cả hai bảng xếp hạng`: what follows is about the first."""
    text = ("Chiều 15/5/2025, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức Hội nghị công bố Chỉ số cải cách hành "
            "chính năm 2024 (PAR INDEX 2024) của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
            "Trung ương và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm "
            "2024 (SIPAS 2024). Quảng Ninh tiếp tục dẫn đầu cả hai bảng xếp hạng.")
    assert _indices(pipeline, text) == [("dẫn đầu", "PAR_INDEX")]


def test_a_provinces_own_levels_are_not_the_country(pipeline) -> None:
    """`đạt 92,3% ở cấp tỉnh, 88,6% ở cấp huyện và 81,4% ở cấp xã`: the province's levels, not the provinces."""
    got = _page_subjects(pipeline, "articles47.jsonl", "chAV_d06")
    assert [got[k] for k in ("92,3%", "88,6%", "81,4%")] == ["Thái Nguyên"] * 3


def test_the_one_place_a_paragraph_names_goes_on_owning_its_figures(pipeline) -> None:
    """`Theo Sở Khoa học và Công nghệ Nghệ An, … trên địa bàn tỉnh ở mức 72,4%. Tỷ lệ hồ sơ … đạt 98,7%`: a new
    paragraph about another place, not the one the bulletin opened with."""
    got = _page_subjects(pipeline, "articles47.jsonl", "chAV_p04")
    assert [got[k] for k in ("0,7312 điểm", "72,4%", "98,7%")] == ["Đà Nẵng", "Nghệ An", "Nghệ An"]


def test_a_group_of_another_indexs_indicators_is_no_sipas(pipeline) -> None:
    """`Bộ chỉ số phục vụ người dân, doanh nghiệp … nhóm mức độ hài lòng của người dân, doanh nghiệp đạt 17,10/18 điểm`:
    one of the service index's five groups, and the service index stays in force after it."""
    text = ("Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp quý III/2025, phường Gia Định đạt 84,36 điểm, "
            "xếp thứ 12/168. Cụ thể, nhóm công khai, minh bạch đạt 16,85/18 điểm; nhóm mức độ hài lòng của người dân, doanh "
            "nghiệp đạt 17,10/18 điểm. Phường Sài Gòn dẫn đầu với 91,27 điểm.")
    assert {f[2] for f in _facts(pipeline, text)} == {"OTHER"}


def test_a_quantity_named_in_an_aside_on_when_does_not_name_the_figure(pipeline) -> None:
    """`Nhìn lại năm 2024, khi bộ máy chưa sắp xếp, Bộ Thông tin và Truyền thông đạt 89,12%`: the PAR Index in force,
    not the apparatus the aside mentions."""
    text = ("Chỉ số CCHC năm 2025 của các bộ: bức tranh sau sắp xếp\n\nNăm 2025 là năm đầu tiên Chỉ số cải cách hành chính "
            "của các bộ được đánh giá sau sắp xếp.\n\nNhìn lại năm 2024, khi bộ máy chưa sắp xếp, Bộ Thông tin và Truyền "
            "thông đạt 89,12%, xếp thứ 4/17.")
    assert {f[0]: f[2] for f in _facts(pipeline, text)} == {"89,12%": "PAR_INDEX", "4/17": "PAR_INDEX"}


def test_a_place_shared_with_a_unit_named_after_is_the_subjects(pipeline) -> None:
    """`tỉnh Quảng Trị đồng hạng với Khánh Hòa ở vị trí thứ 12, với 84,10 điểm`: the unit the sentence is about, not the
    one it ties with."""
    text = ("Theo Bộ chỉ số 766 quý III/2025, tỉnh Ninh Bình đạt 88,72 điểm. Tỉnh Quảng Trị đồng hạng với Khánh Hòa ở vị "
            "trí thứ 12, với 84,10 điểm.")
    assert {f[0]: f[1] for f in _facts(pipeline, text)} == {"88,72 điểm": "Ninh Bình", "12": "Quảng Trị",
                                                             "84,10 điểm": "Quảng Trị"}


def test_a_block_of_a_ministrys_departments_is_the_ministrys(pipeline) -> None:
    """`Giá trị trung bình Chỉ số CCHC của khối tổng cục năm 2024 đạt 90,35 điểm`: the ministry's block, not its last
    department named, even many sentences after the ministry was."""
    got = _page_subjects(pipeline, "articles48.jsonl", "chAW_d04")
    assert [got[k] for k in ("90,35 điểm", "1,12 điểm", "4/5")] == ["Bộ Tài chính"] * 3


def test_a_rank_column_rules_its_cells_and_a_change_column_beside_it_counts_places(pipeline) -> None:
    """`Đơn vị | Điểm năm 2024 | Thứ hạng` with `1/9` is a rank, not a count; `Tỉnh | Điểm | Hạng | Thay đổi so với
    2023` with `+2` is places gained."""
    text = ("Kết quả Chỉ số CCHC năm 2024 của các đơn vị thuộc Bộ Tài chính (đơn vị tính: điểm):\n\n"
            "Đơn vị | Điểm năm 2024 | Thứ hạng\nCục Quản lý công sản | 91,47 | 2/9\n")
    assert [(f[0], f[1]) for f in _facts(pipeline, text)] == [("91,47", "Cục Quản lý công sản"),
                                                             ("2/9", "Cục Quản lý công sản")]
    assert [f.figure.kind for f in pipeline("t", text).facts] == ["score", "rank"]
    text = "Bảng xếp hạng PCI 2024\n\nTỉnh\tĐiểm\tHạng\tThay đổi so với 2023\nLong An\t71,35\t3\t+2\nĐồng Tháp\t70,21\t7\t0\n"
    got = [(f.figure.text, f.figure.kind, f.figure.unit, f.compared_to) for f in pipeline("t", text).facts]
    assert got == [("71,35", "score", "point", None), ("3", "rank", "rank", None), ("+2", "delta", "rank", 2023),
                   ("70,21", "score", "point", None), ("7", "rank", "rank", None), ("0", "delta", "rank", 2023)]


def test_a_table_row_labelled_with_a_year_dates_its_cells(pipeline) -> None:
    """`Năm | PCI (điểm) | Hạng PCI | …` then `2022 | 65,18 | 25 | …`: each row is its year's, whatever the page reports on."""
    text = ("Thanh Hóa: PCI 2024 cao nhất từ trước đến nay\n\nNăm 2024, PCI của Thanh Hóa đạt 68,35 điểm, xếp thứ 9/63.\n\n"
            "Các chỉ số của Thanh Hóa giai đoạn 2021–2024\nNăm | PCI (điểm) | Hạng PCI | SIPAS (%)\n2021 | 66,12 | 13 | 84,88\n"
            "2022 | 65,18 | 25 | 80,26\n2023 | 66,64 | 13 | 83,72\n")
    got = [(f[0], f[2], f[3]) for f in _facts(pipeline, text)][2:]
    assert got == [("66,12", "PCI", 2021), ("13", "PCI", 2021), ("84,88", "SIPAS", 2021),
                   ("65,18", "PCI", 2022), ("25", "PCI", 2022), ("80,26", "SIPAS", 2022),
                   ("66,64", "PCI", 2023), ("13", "PCI", 2023), ("83,72", "SIPAS", 2023)]


def test_a_subheading_target_is_dated_by_the_same_target_below_it(pipeline) -> None:
    """`Đặt mục tiêu vào nhóm 20` as a subheading with no year: the section below states the same target for 2025."""
    got = [f for f in pipeline("t", (
        "PCI 2024 của Hà Tĩnh tăng 9 bậc\n\nNăm 2024, PCI của Hà Tĩnh đạt 67,84 điểm, xếp thứ 21/63.\n\n"
        "Đặt mục tiêu vào nhóm 20\n\nChiều 8/5, UBND tỉnh tổ chức hội nghị phân tích kết quả PCI 2024. “Mục tiêu năm 2025, "
        "PCI của tỉnh phải đạt từ 69 điểm trở lên, phấn đấu vào nhóm 20 tỉnh, thành phố dẫn đầu”, ông nói.")).facts
           if f.modality == "target"]
    assert [(f.figure.text, f.year) for f in got] == [("20", 2025), ("69 điểm", 2025), ("20", 2025)]


def test_a_place_among_departments_belongs_to_the_department_not_its_province(pipeline) -> None:
    """A department's press release: a component `đứng thứ hai từ dưới lên trong khối 20 sở, ban, ngành` is the
    department's, though its province is named in the title and lead."""
    text = ("Kết quả Chỉ số cải cách hành chính của Sở Tư pháp tỉnh Nghệ An\n\n"
            "Ngày 20/3, UBND tỉnh Nghệ An công bố Chỉ số CCHC năm 2024 của các sở, ban, ngành. Sở Tư pháp thông tin "
            "một số kết quả như sau:\n\n1. Sở Tư pháp đạt 89,47%, xếp thứ 4/20 sở, ban, ngành.\n\n"
            "2. Chỉ số thành phần \"Tác động của cải cách hành chính\" vẫn là điểm yếu, đứng thứ hai từ dưới lên trong "
            "khối 20 sở, ban, ngành, giảm 3 bậc so với kỳ đánh giá trước.")
    got = _subjects(pipeline, text)
    assert got["đứng thứ hai từ dưới lên"] == "Sở Tư pháp"
    assert got["3 bậc"] == "Sở Tư pháp"


def test_a_place_among_districts_belongs_to_a_district(pipeline) -> None:
    text = ("Sau ba năm thực hiện Đề án nâng cao Chỉ số CCHC, huyện Yên Thành (Nghệ An) đã có bước tiến rõ rệt. Chỉ số "
            "CCHC của huyện tăng từ 81,26% năm 2021 lên 89,73% năm 2023; thứ hạng trong khối huyện, thành phố, thị xã "
            "của tỉnh cũng tăng từ 15/21 lên 3/21.")
    got = _subjects(pipeline, text)
    assert got["15/21"] == "Yên Thành" and got["3/21"] == "Yên Thành"


def test_the_next_assessment_dates_a_target_the_year_after(pipeline) -> None:
    text = ("Năm 2024, Sở Tư pháp đạt 89,47%, xếp thứ 4/20 sở, ban, ngành. Trong kỳ đánh giá tới, Sở phấn đấu đạt "
            "Chỉ số CCHC trên 90% và duy trì vị trí trong tốp 5 khối sở, ban, ngành.")
    assert [(f[0], f[3]) for f in _facts(pipeline, text)][2:] == [("90%", 2025), ("5", 2025)]


def test_a_numbered_list_under_a_heading_naming_the_best_scores_ranks_its_items(pipeline) -> None:
    text = ("Danh sách 10 địa phương có điểm PGI 2024 cao nhất:\n1. Hải Phòng: 25,91 điểm\n2. Quảng Ninh: 25,64 điểm\n"
            "\nCác nhiệm vụ trọng tâm:\n1. Cải cách thể chế: 100%\n")
    assert [f[:2] for f in _facts(pipeline, text)][:4] == [
        ("1", "Hải Phòng"), ("25,91 điểm", "Hải Phòng"), ("2", "Quảng Ninh"), ("25,64 điểm", "Quảng Ninh")]
    assert [f[0] for f in _facts(pipeline, text)][4:] == ["100%"]  # (not the task numbered 1)


def test_an_index_published_alongside_with_its_code_spelled_out_does_not_take_over(pipeline) -> None:
    text = ("Năm 2024, Chỉ số CCHC của Đà Nẵng đạt 91,12%. Kết quả này được Bộ Nội vụ công bố cùng với Chỉ số hài lòng "
            "của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2024.\n\n"
            "Trong khối các thành phố trực thuộc Trung ương, Đà Nẵng đứng thứ hai, chỉ sau Hải Phòng (93,16%).")
    assert _indices(pipeline, text) == [
        ("91,12%", "PAR_INDEX"), ("đứng thứ hai", "PAR_INDEX"), ("93,16%", "PAR_INDEX")]


def test_satisfaction_counted_at_a_one_stop_desk_is_not_sipas(pipeline) -> None:
    text = ("Năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn của phường Hải Châu đạt 99,2%; tỷ lệ hài lòng của người dân, tổ chức "
            "khi giao dịch tại bộ phận một cửa đạt 98,6%. Trong bảng xếp hạng kết quả cải cách hành chính cấp xã quý III/2025, "
            "phường Hải Châu đạt 92,35 điểm, xếp thứ 3/23 phường.")
    assert _indices(pipeline, text) == [
        ("99,2%", "OTHER"), ("98,6%", "OTHER"), ("92,35 điểm", "PAR_INDEX"), ("3/23", "PAR_INDEX")]


def test_a_surveys_return_rate_is_not_the_index_it_measures(pipeline) -> None:
    text = ("Năm 2024, SIPAS cả nước đạt 83,47%. Số phiếu hợp lệ thu về là 36.594, đạt tỷ lệ 96,8%. Cuộc điều tra thu về "
            "hơn 37.000 phiếu hợp lệ; 7 trong 10 yếu tố có mức hài lòng tăng, trong đó yếu tố tiếp cận dịch vụ đạt 84,30%.")
    assert _indices(pipeline, text) == [
        ("83,47%", "SIPAS"), ("96,8%", "OTHER"), ("7 trong 10", "SIPAS"), ("84,30%", "SIPAS")]


def test_a_fronted_state_before_and_a_units_epithet_date_only_themselves(pipeline) -> None:
    """`Sau khi tụt xuống hạng 18 ở PCI 2023, tỉnh này vươn lên thứ 5`; `đẩy Quảng Ninh, quán quân PGI 2023, xuống thứ
    hai`: the year of the state before, or of the epithet, does not date the clause that follows."""
    text = ("PCI và PGI 2024: nhiều bất ngờ\n\nVCCI vừa công bố Chỉ số xanh cấp tỉnh (PGI) năm 2024. Hải Phòng lần đầu "
            "giành vị trí số 1 với 25,91 điểm, đẩy Quảng Ninh, quán quân PGI 2023, xuống thứ hai. Sau khi tụt xuống hạng 18 "
            "ở PCI 2023, Long An lội ngược dòng, vươn lên thứ 5 với 71,38 điểm.")
    assert [(f[0], f[3]) for f in _facts(pipeline, text)] == [
        ("1", 2024), ("25,91 điểm", 2024), ("quán quân", 2023), ("xuống thứ hai", 2024),
        ("18", 2023), ("5", 2024), ("71,38 điểm", 2024)]


def test_an_average_a_department_explains_after_a_colon_is_nobodys(pipeline) -> None:
    text = ("Năm 2024, Chỉ số CCHC của Thanh Hóa đạt 87,8 điểm. Lý giải điều này, Sở Nội vụ cho rằng mặt bằng chung cả nước "
            "đi xuống: giá trị trung bình PAR Index của 63 tỉnh, thành phố chỉ đạt 85,71 điểm, giảm 1,4 điểm so với năm trước.")
    assert [(f[0], f[1]) for f in _facts(pipeline, text)] == [
        ("87,8 điểm", "Thanh Hóa"), ("85,71 điểm", None), ("1,4 điểm", None)]


def test_figures_in_an_apposition_after_the_unit_compared_with_are_that_units(pipeline) -> None:
    text = ("Năm 2024, Chỉ số CCHC của TP Cần Thơ đạt 88,9 điểm. Tuy vậy, Cần Thơ vẫn thấp hơn 3,25 điểm so với Hải Phòng, "
            "địa phương dẫn đầu cả nước với 92,15 điểm.")
    assert [(f[0], f[1]) for f in _facts(pipeline, text)] == [
        ("88,9 điểm", "Cần Thơ"), ("3,25 điểm", "Cần Thơ"), ("dẫn đầu", "Hải Phòng"), ("92,15 điểm", "Hải Phòng")]


def test_a_newspapers_masthead_is_page_chrome_not_the_title(pipeline) -> None:
    text = ("Báo Bắc Giang điện tử\nThứ Sáu, 12/04/2024 | Hotline: 0912.447.115\nTrang chủ | Thời sự | Kinh tế\n"
            "Kinh tế › Doanh nghiệp - Doanh nhân\nCập nhật: 15:42, 11/04/2024\n\n"
            "Công bố DDCI năm 2023: Sở Tư pháp vươn lên dẫn đầu khối sở, ngành\n\n"
            "BGĐT - Chiều 11/4, UBND tỉnh công bố kết quả DDCI tỉnh Bắc Giang năm 2023.")
    _, doc = pipeline.analyse(text)
    assert doc.text[slice(*doc.sentences[doc.title_index])].startswith("Công bố DDCI năm 2023")
    assert "Bắc Giang năm 2023" in doc.text[:doc.lead_end]


def test_a_target_the_government_sets_is_the_countrys_not_the_governments(pipeline) -> None:
    text = ("Năm 2024, tỷ lệ người dân dùng Cổng Dịch vụ công quốc gia mới đạt 13,8%. Trong khi đó, Chính phủ đặt mục tiêu "
            "đến hết năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt tối thiểu 50%. Tỷ lệ hồ sơ trực tuyến "
            "của Hà Tĩnh mới đạt 38,6%, trong khi Chính phủ yêu cầu tối thiểu 50%.")
    got = [(f[0], f[1]) for f in _facts(pipeline, text)]
    assert got[1] == ("50%", None) and got[2:] == [("38,6%", "Hà Tĩnh"), ("50%", "Hà Tĩnh")]


def test_an_average_of_a_provinces_districts_counted_is_the_provinces(pipeline) -> None:
    """`Giá trị trung bình Chỉ số CCHC của 8 huyện, thành phố … đạt 88,63 điểm` after a table of departments."""
    got = _page_subjects(pipeline, "articles49.jsonl", "chAX_d05")
    assert got["88,63 điểm"] == "Thái Bình" and got["0,85 điểm"] == "Thái Bình" and got["8/8"] == "Thái Bình"


def test_a_bare_bo_in_a_paragraph_labelled_with_a_ministry_is_that_ministry(pipeline) -> None:
    text = ("Chỉ số CCHC năm 2024 của các bộ\n\nBan Chỉ đạo đã công bố Chỉ số CCHC năm 2024 của 17 bộ, cơ quan ngang bộ.\n\n"
            "Bộ Tư pháp: Tiếp tục dẫn đầu với 91,37%. Chỉ số thành phần \"Cải cách thể chế\" của Bộ đạt 98,2%.\n\n"
            "Bộ Tài chính: Xếp thứ 3/17, tăng 2 bậc. Tỷ lệ hồ sơ thủ tục hành chính của Bộ được xử lý trực tuyến đạt 93,2%.")
    got = _subjects(pipeline, text)
    assert got["98,2%"] == "Bộ Tư pháp" and got["93,2%"] == "Bộ Tài chính"


def test_cua_huyen_names_the_district_whose_council_was_named(pipeline) -> None:
    text = ("Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Lạng Sơn đạt 85%. Ở khối huyện, UBND huyện Cao Lộc có Chỉ số "
            "hài lòng thấp nhất (80,1%), dù tỷ lệ hồ sơ giải quyết đúng hạn của huyện vẫn ở mức 97,8%.")
    got = _subjects(pipeline, text)
    assert got["97,8%"] == "Cao Lộc"


def test_a_mastheads_tagline_and_the_sites_search_box_are_chrome(pipeline) -> None:
    text = ("TẠP CHÍ TỔ CHỨC NHÀ NƯỚC VÀ LAO ĐỘNG\nCơ quan của Bộ Nội vụ\nTrang chủ | Thời sự | Cải cách hành chính\n"
            "Tìm kiếm...\nTrang chủ > Cải cách hành chính > Tin tức - Sự kiện\nThứ Sáu, 23/05/2025 - 15:42\n\n"
            "Chỉ số CCHC năm 2024 khối bộ: Ngân hàng Nhà nước dẫn đầu, giá trị trung bình đạt 89,24%\n\n"
            "(TCNN) - Năm 2024, giá trị trung bình Chỉ số CCHC của 17 bộ, cơ quan ngang bộ đạt 89,24%.")
    _, doc = pipeline.analyse(text)
    assert doc.text[slice(*doc.sentences[doc.title_index])].startswith("Chỉ số CCHC năm 2024 khối bộ")


def test_respectively_after_these_units_pairs_the_units_just_listed(pipeline) -> None:
    text = ("Năm 2024, năm vị trí cuối bảng thuộc về Kon Tum, Hà Giang, Lai Châu, Điện Biên và Đắk Nông. Kết quả của các "
            "tỉnh này lần lượt là 82,47%, 82,10%, 81,93%, 81,35% và 80,62%.")
    assert [f[1] for f in _facts(pipeline, text)] == ["Kon Tum", "Hà Giang", "Lai Châu", "Điện Biên", "Đắk Nông"]


def test_cua_tinh_in_a_many_province_report_is_the_province_that_opened_the_sentence_before(pipeline) -> None:
    got = _page_subjects(pipeline, "articles50.jsonl", "chAY_d05")
    assert got["8,45 điểm"] == "Bắc Ninh" and got["7,02 điểm"] == "Bắc Ninh"


def test_a_bare_so_in_a_quote_is_the_speakers_department(pipeline) -> None:
    """`bà Phan Thị Hoa, Phó Giám đốc Sở Khoa học và Công nghệ, chia sẻ: “Năm 2023, Sở đạt 89,6%, đứng thứ 4/20 …”`
    on a page about Sở Nội vụ's report."""
    got = _page_subjects(pipeline, "articles50.jsonl", "chAY_p13")
    assert got["89,6%"] == "Sở Khoa học và Công nghệ" and got["4/20"] == "Sở Khoa học và Công nghệ"


def test_the_unit_of_a_ranking_quoted_before_the_comma_is_not_the_unit_after_it(pipeline) -> None:
    text = ("Trong kết quả DDCI năm 2024 của tỉnh Quảng Ninh, Công an tỉnh Quảng Ninh đứng ở vị trí thứ nhất khối các cơ quan "
            "Trung ương đóng trên địa bàn với 85,44 điểm.")
    assert _subjects(pipeline, text)["85,44 điểm"] == "Công an tỉnh Quảng Ninh"


def test_the_table_a_paragraph_opens_with_is_that_paragraphs_only(pipeline) -> None:
    text = ("Theo kết quả PAR Index và SIPAS năm 2023, Hải Phòng dẫn đầu PAR Index với 92,21%.\n\n"
            "Ở bảng SIPAS, Thanh Hóa lần đầu lọt top 10 với 86,1%.\n\n"
            "Ở khối bộ, cơ quan ngang bộ, NHNN xếp thứ 2/17 với 88,02%.")
    assert _indices(pipeline, text)[-2:] == [("2/17", "PAR_INDEX"), ("88,02%", "PAR_INDEX")]


def test_places_listed_respectively_over_a_span_of_years_named_after_them(pipeline) -> None:
    text = "Thứ hạng PCI của Phú Thọ cũng đi lên vững chắc, lần lượt đứng thứ 30, 25 và 19 trong ba năm 2022–2024."
    assert [(f[0], f[3]) for f in _facts(pipeline, text)] == [("30", 2022), ("25", 2023), ("19", 2024)]


def test_a_look_back_said_as_nhin_lai_dates_its_own_sentence_only(pipeline) -> None:
    text = ("Năm 2024, Chỉ số CCHC của tỉnh Hà Tĩnh đạt 88,62%, xếp thứ 18/63. Đây là sự cải thiện đáng kể nếu nhìn lại năm "
            "2023, khi tỉnh chỉ đạt 84,15% và đứng thứ 27. Chỉ số SIPAS cũng có kết quả khả quan, đạt 84,31%, xếp thứ 24/63.")
    assert [(f[0], f[3]) for f in _facts(pipeline, text)][2:] == [("84,15%", 2023), ("27", 2023), ("84,31%", 2024), ("24/63", 2024)]


def test_a_briefs_dateline_in_capitals_owns_its_item(pipeline) -> None:
    text = ("Tin vắn các địa phương\n"
            "HÀ GIANG – Theo kết quả PAPI năm 2024, Hà Giang đạt 41,2 điểm, tăng 0,8 điểm so với năm 2023.\n"
            "BÌNH THUẬN – Sở Nội vụ cho biết Chỉ số CCHC năm 2024 của tỉnh đạt 86,4%, xếp thứ 30/63. Tỉnh đặt mục tiêu "
            "vào nhóm 20 địa phương dẫn đầu.\n"
            "BẾN TRE – Theo PGI 2024, Bến Tre đạt 22,15 điểm, cao hơn trung vị cả nước (20,96 điểm). UBND tỉnh đặt chỉ "
            "tiêu năm 2025 PGI tăng 5 bậc; hiện tỷ lệ thu gom rác thải trên địa bàn đạt 95%.\n")
    assert _subjects(pipeline, text) == {"41,2 điểm": "Hà Giang", "0,8 điểm": "Hà Giang", "86,4%": "Bình Thuận",
                                         "30/63": "Bình Thuận", "20": "Bình Thuận", "22,15 điểm": "Bến Tre",
                                         "20,96 điểm": None, "5 bậc": "Bến Tre", "95%": "Bến Tre"}


def test_satisfaction_with_the_administrations_service_is_sipas_whoever_is_averaged(pipeline) -> None:
    text = ("Năm 2024, Chỉ số PCI của Sơn La đạt 65,02 điểm. Mức hài lòng bình quân của cả nước đối với sự phục vụ của "
            "cơ quan hành chính nhà nước năm 2024 là 82,66%.")
    assert _indices(pipeline, text) == [("65,02 điểm", "PCI"), ("82,66%", "SIPAS")]


def test_a_pgi_component_named_beside_a_pci_figure_is_the_pgis(pipeline) -> None:
    text = ("PCI năm 2024 của tỉnh Điện Biên đạt 63,41 điểm. Năm 2025, tỉnh đặt mục tiêu nâng điểm chỉ số thành phần "
            "\"Chính sách xúc tiến và hỗ trợ doanh nghiệp thân thiện với môi trường\" lên tối thiểu 4 điểm.")
    assert _indices(pipeline, text) == [("63,41 điểm", "PCI"), ("4 điểm", "PGI")]


def test_a_group_position_whose_members_are_then_listed_is_nobodys_alone(pipeline) -> None:
    text = ("Ở khối địa phương, top 5 gồm Hải Phòng (93,17%), Quảng Ninh (92,48%) và Bắc Ninh (91,95%). "
            "Phường Tân An đứng đầu với 93,84 điểm. Lọt vào top 10 còn có các phường Sông Cầu, Buôn Hồ và xã Hòa Phú. "
            "Phường Tân An cũng lọt top 10 của tỉnh.")
    subjects = [(f[0], f[1]) for f in _facts(pipeline, text)]
    assert subjects[0] == ("5", None) and ("93,17%", "Hải Phòng") in subjects
    assert [s for s in subjects if s[0] == "10"] == [("10", None), ("10", "Tân An")]


def test_a_plan_year_later_than_the_page_does_not_date_results_after_a_paragraph_break(pipeline) -> None:
    text = ("Thứ Năm, 11/12/2025\n"
            "Kỳ họp HĐND tỉnh Nghệ An bàn kế hoạch năm 2026\n"
            "Kỳ họp xem xét kế hoạch năm 2026 của tỉnh. Năm 2024, PCI của tỉnh đạt 66,1 điểm.\n"
            "Đại biểu cho biết hai chỉ số thành phần của PCI lần lượt giảm 0,74 điểm và 0,52 điểm so với năm 2023.\n"
            "Năm 2026, tỉnh phấn đấu vào top 10 PCI.")
    assert [(f[0], f[3]) for f in _facts(pipeline, text)] == [("66,1 điểm", 2024), ("0,74 điểm", 2024), ("0,52 điểm", 2024),
                                                             ("10", 2026)]


def test_other_stories_listed_under_bai_viet_khac_are_dated_by_themselves(pipeline) -> None:
    text = ("PAPI 2024: Quảng Ninh dẫn đầu\n\nNăm 2025, UNDP công bố PAPI 2024. Quảng Ninh đạt 47,06 điểm.\n\n"
            "Thái Bình đạt 46,71 điểm. Theo UNDP, năm 2025 các địa phương vận hành chính quyền hai cấp. Chỉ 18,3% người "
            "được hỏi từng dùng cổng dịch vụ công trực tuyến.\n\nMINH ANH\n\n"
            "Bài viết khác\n- Giải ngân vốn đầu tư công 4 tháng đạt 15,6% kế hoạch\n- Xuất khẩu quý I tăng 10,6%\n")
    assert [(f[0], f[3]) for f in _facts(pipeline, text)][-2:] == [("15,6%", None), ("10,6%", None)]


def test_the_place_an_index_was_announced_at_owns_none_of_its_figures(pipeline) -> None:
    text = ("Báo cáo PAPI 2024 công bố ngày 23/4 tại Hà Nội cho thấy điểm trung bình toàn quốc ở 6/8 chỉ số nội dung tăng "
            "so với năm 2023.")
    assert _subjects(pipeline, text) == {"6/8": None}


def test_lettered_items_under_a_numbered_tasks_heading_are_that_years_targets(pipeline) -> None:
    text = ("Năm 2024, Chỉ số CCHC của tỉnh Hà Tĩnh đạt 88,1%.\n"
            "2. Kết quả năm 2024\n"
            "a) Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%.\n"
            "3. Nhiệm vụ năm 2025\n"
            "a) Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt tối thiểu 98%.\n"
            "b) Tỷ lệ số hóa hồ sơ đạt 100%.")
    facts = [(f.figure.text, f.year, f.modality) for f in pipeline("case", text).facts]
    assert facts == [("88,1%", 2024, "actual"), ("97,2%", 2024, "actual"), ("98%", 2025, "target"), ("100%", 2025, "target")]


def test_a_quota_quoted_after_chi_tieu_is_a_target(pipeline) -> None:
    text = ('Năm 2023, PCI của Bình Định xếp thứ 24. Tôi cho rằng chỉ tiêu "vào top 10 PCI" mà không ít tỉnh đưa vào '
            'nghị quyết cần được xem lại.')
    assert _modalities(pipeline, text) == [("24", "actual"), ("10", "target")]


def test_a_remark_on_a_figure_names_no_measure_of_its_own(pipeline) -> None:
    text = ("Năm 2024, Chỉ số CCHC của Bộ Tài chính đạt 89,76%. Đại diện Bộ cho biết: \"Kết quả 89,76% ghi nhận nỗ lực "
            "của toàn ngành, nhất là trong cắt giảm, đơn giản hóa thủ tục hành chính thuế.\"")
    assert _indices(pipeline, text) == [("89,76%", "PAR_INDEX"), ("89,76%", "PAR_INDEX")]


def test_a_ranking_on_the_quality_of_service_is_the_service_index_not_the_par_index(pipeline) -> None:
    text = ("Năm 2025, Chỉ số CCHC của tỉnh Đắk Lắk đạt 88,2%. Quý III/2025, Đắk Lắk vươn lên thứ 9/34 về chất lượng phục "
            "vụ người dân, doanh nghiệp.")
    assert _indices(pipeline, text) == [("88,2%", "PAR_INDEX"), ("9/34", "OTHER")]


def test_first_in_the_whole_province_is_the_scope_of_a_ranking_not_its_owner(pipeline) -> None:
    text = ("Năm 2024, Chỉ số CCHC của tỉnh Ninh Bình đạt 90,1%.\n"
            "- Khối xã, phường: xã Ninh Hải (huyện Hoa Lư) đứng đầu toàn tỉnh với 95,08%; 27/119 đơn vị cấp xã đạt loại Xuất sắc.")
    assert _subjects(pipeline, text) == {"90,1%": "Ninh Bình", "đứng đầu": "Ninh Hải", "95,08%": "Ninh Hải", "27/119": "Ninh Bình"}


def test_where_things_stand_now_after_a_plan_is_actual(pipeline) -> None:
    text = ("Năm 2024, PGI của Bến Tre đạt 22,15 điểm. UBND tỉnh đặt chỉ tiêu năm 2025 PGI tăng ít nhất 5 bậc so với năm "
            "2024; hiện tỷ lệ thu gom chất thải rắn trên địa bàn đạt 95%.")
    assert _modalities(pipeline, text) == [
        ("22,15 điểm", "actual"), ("5 bậc", "target"), ("95%", "actual")]


def test_a_component_named_after_ve_is_the_par_indexs_whatever_index_was_named_last(pipeline) -> None:
    text = ("Năm 2024, Chỉ số CCHC của Hà Nội đạt 89,94%. SIPAS thì được 85,15%. Nhưng chỉ số thành phần về chính quyền "
            "điện tử, chính quyền số của thành phố chỉ được 78,5%.")
    assert _indices(pipeline, text) == [("89,94%", "PAR_INDEX"), ("85,15%", "SIPAS"),
                                                             ("78,5%", "PAR_INDEX")]


def test_the_wider_place_after_a_rank_is_its_scope_and_a_former_parent_in_an_aside_owns_nothing(pipeline) -> None:
    text = ("Năm 2024, huyện Hưng Hà đứng thứ 2/8 của tỉnh Thái Bình; Long An là quán quân của Đồng bằng sông Cửu Long. "
            "Năm 2025, phường Trần Hưng Đạo, thuộc TP Thái Bình trước đây, đứng thứ hai với 90,88 điểm.")
    assert _subjects(pipeline, text) == {"2/8": "Hưng Hà", "quán quân": "Long An", "đứng thứ hai": "Trần Hưng Đạo",
                                         "90,88 điểm": "Trần Hưng Đạo"}


def test_a_block_of_departments_or_communes_on_a_ddci_page_is_ranked_in_the_ddci(pipeline) -> None:
    text = ("Đà Nẵng công bố DDCI năm 2025.\n\nTại PCI 2024, Đà Nẵng đạt 70,52 điểm, xếp thứ 8/63.\n\n"
            "Ở khối sở, ban, ngành, 21 cơ quan có điểm trung bình 76,84 điểm. Khối phường có điểm bình quân 75,10 điểm. "
            "Phường Hải Châu dẫn đầu với 82,15 điểm.")
    assert _indices(pipeline, text) == [
        ("70,52 điểm", "PCI"), ("8/63", "PCI"), ("76,84 điểm", "DDCI"), ("75,10 điểm", "DDCI"), ("dẫn đầu", "DDCI"),
        ("82,15 điểm", "DDCI")]


def test_a_unit_a_parenthesis_leaves_out_owns_none_of_the_average(pipeline) -> None:
    text = ("Năm 2025, DDCI của thành phố Đà Nẵng đạt 75 điểm. Đối với khối phường, xã, các địa phương được xếp hạng "
            "(đặc khu Hoàng Sa không thuộc diện đánh giá), điểm trung bình đạt 72,44 điểm.")
    assert _subjects(pipeline, text)["72,44 điểm"] != "Hoàng Sa"


def test_a_ministrys_component_ranked_among_the_ministries_is_its_own(pipeline) -> None:
    # (on a page naming many ministries, `thuộc nhóm cao nhất khối các bộ` and `đứng thứ 11 trong số 17 bộ` say
    # where the ministry's component stands, not that the figure is national)
    subjects = _page_subjects(pipeline, "articles52.jsonl", "chBA_d04")
    assert [subjects[f] for f in ("16,52/17 điểm", "82,35%", "11 trong số 17")] == ["Bộ Tư pháp"] * 3


def test_bounds_after_a_plan_without_a_year_go_on_listing_it(pipeline) -> None:
    text = ("Năm 2024, Chỉ số CCHC của tỉnh Hà Tĩnh đạt 88,6%. Mục tiêu giai đoạn 2026 - 2030: GRDP tăng bình quân từ 10%/năm "
            "trở lên.\n\nVề cải cách hành chính, tỉnh phấn đấu PCI nằm trong top 10. Mức độ hài lòng của người dân đạt tối "
            "thiểu 90%; PAR Index đạt trên 92%.")
    assert _modalities(pipeline, text)[-3:] == [
        ("10", "target"), ("90%", "target"), ("92%", "target")]


def test_an_infographics_labels_name_the_value_below_and_its_section_labels_the_index(pipeline) -> None:
    text = ("BẾN TRE – KẾT QUẢ CÁC CHỈ SỐ NĂM 2024\nInfographic | Sở Nội vụ tỉnh Bến Tre\n"
            "CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC\nSIPAS 2024\nSố phiếu khảo sát hợp lệ: 1.350\n84,36%\nXếp thứ\n12/63\n"
            "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH\nPAR INDEX 2024\n89,07%\nXếp thứ\n24/63\n"
            "CHUYỂN ĐỔI SỐ & DỊCH VỤ CÔNG\nHồ sơ trực tuyến toàn trình\n58,7%\n"
            "CHỈ SỐ CHUYỂN ĐỔI SỐ\nDTI 2024\n0,5521 điểm\nXếp thứ\n29/63\nNguồn: Sở Nội vụ")
    assert _indices(pipeline, text) == [
        ("84,36%", "SIPAS"), ("12/63", "SIPAS"), ("89,07%", "PAR_INDEX"), ("24/63", "PAR_INDEX"), ("58,7%", "OTHER"),
        ("0,5521 điểm", "DTI"), ("29/63", "DTI")]
