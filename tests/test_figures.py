"""The figure grammar on the Vietnamese cases that are easy to get wrong.

Most sentences are copied verbatim from the seed articles and the passages in
`../shared/corpus/` (so the cases are the press's own wording, not ours); a few forms the
corpus lacks (`5 trên 63`, `7 trong 10`, a hotline number) are written in the same register.

Each case is checked twice: on `find_figures` over the normalised text (the grammar itself),
and through the whole pipeline on the text as given and on an NFD + `Ð` look-alike copy of it,
because the contract fixes the output figure (value, kind, unit, comparator, total and the
span that a reviewer highlights in the *input*), not the internal stage.

Plain counts (`16 đơn vị`: kind `count`, no total) are optional in the contract and are not
scored, so they are left out of the comparisons here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pytest

from extract.figures import find_figures
from extract.models import DEFAULT_MODELS, load_pipeline
from extract.normalize import normalize
from extract.numbers import parse_number


@dataclass(frozen=True)
class Fig:
    """What the contract says about one figure (its span given by its text)."""

    text: str
    kind: str
    value: float
    unit: str
    comparator: str | None = None
    total: float | None = None


# (sentence, every scored figure in it, in order)
ACCEPT = [
    pytest.param(
        "SIPAS 2024 của Hà Tĩnh đạt 84,92%, vượt trung bình cả nước (81,65%) 3,27%; tỷ lệ hồ sơ đạt 95,2%, hơn mức "
        "trung bình cả nước 4,71%; Long An cũng vượt mức trung bình cả nước với 89,6%.",
        [Fig("84,92%", "percent", 84.92, "%"), Fig("81,65%", "percent", 81.65, "%"), Fig("3,27%", "delta", 3.27, "%"),
         Fig("95,2%", "percent", 95.2, "%"), Fig("4,71%", "delta", 4.71, "%"), Fig("89,6%", "percent", 89.6, "%")],
        id="the-margin-over-an-average-is-a-gap-the-level-reached-is-not",
    ),
    pytest.param(
        "Nội dung Thủ tục hành chính công vẫn đạt 7,9 trên 10 điểm, nhưng Kiểm soát tham nhũng chỉ đạt 6,2 điểm.",
        [Fig("7,9 trên 10 điểm", "score", 7.9, "point", total=10), Fig("6,2 điểm", "score", 6.2, "point")],
        id="a-score-out-of-its-scale-in-words",
    ),
    pytest.param(
        "Sở Tư pháp tiếp tục dẫn đầu khi đạt 86,42 trên tổng số 100 điểm; chỉ số Chi phí thời gian đạt 8,12/10 điểm, "
        "xếp thứ 2 khối địa phương. Như vậy, sau một năm, Bộ đã vươn lên một bậc rồi rơi xuống hai bậc.",
        [Fig("dẫn đầu", "rank", 1, "rank"), Fig("86,42 trên tổng số 100 điểm", "score", 86.42, "point", total=100),
         Fig("8,12/10 điểm", "score", 8.12, "point", total=10), Fig("2", "rank", 2, "rank"),
         Fig("một bậc", "delta", 1, "rank"), Fig("hai bậc", "delta", -2, "rank")],
        id="a-scale-after-tong-so-a-block-after-thu-and-climbs-in-words",
    ),
    pytest.param(
        "\"Tỉnh phấn đấu nâng điểm chỉ số Quản trị môi trường lên trên 4 điểm\", ông Hải cho biết.",
        [Fig("4 điểm", "score", 4, "point", comparator=">")],
        id="a-quote-closed-right-after-the-unit",
    ),
    pytest.param(
        "Khu vực công nghiệp, dịch vụ và nông nghiệp tăng lần lượt 12,4%; 7,05% và 2,1%.",
        [Fig("12,4%", "delta", 12.4, "%"), Fig("7,05%", "delta", 7.05, "%"), Fig("2,1%", "delta", 2.1, "%")],
        id="changes-listed-with-semicolons-after-the-verb",
    ),
    pytest.param(
        "Chênh lệch còn 13,6 điểm, hẹp hơn 1,1 điểm so với năm 2023; mục tiêu cắt giảm ít nhất 30% thời gian xử lý "
        "thủ tục hành chính và 30% chi phí tuân thủ.",
        [Fig("13,6 điểm", "delta", 13.6, "point"), Fig("1,1 điểm", "delta", -1.1, "point"),
         Fig("30%", "delta", -30, "%", ">="), Fig("30%", "delta", -30, "%", ">=")],
        id="a-narrower-gap-is-a-fall-and-one-cut-can-cover-two-measures",
    ),
    pytest.param(
        "Khoảng cách giữa hai khối thu hẹp từ 2,1 điểm năm 2023 xuống còn 0,4 điểm.",
        [Fig("2,1 điểm", "delta", 2.1, "point"), Fig("0,4 điểm", "delta", 0.4, "point")],
        id="a-gap-that-narrows-from-one-size-to-another-has-two-positive-sizes",
    ),
    pytest.param(
        "Về thứ hạng tổng thể, hai địa phương này lần lượt đứng thứ 7 và 12 trong 63 tỉnh, thành phố.",
        [Fig("7", "rank", 7, "rank", None, 63), Fig("12 trong 63", "rank", 12, "rank", None, 63)],
        id="positions-listed-share-the-total-written-on-the-last",
    ),
    pytest.param(
        "Quản trị điện tử đạt 4,05 điểm, tăng 0,53 điểm (15,06%) so với năm 2023; tổng điểm tăng 1,1 điểm, "
        "tương ứng 2,55%.",
        [Fig("4,05 điểm", "score", 4.05, "point"), Fig("0,53 điểm", "delta", 0.53, "point"),
         Fig("15,06%", "delta", 15.06, "%"), Fig("1,1 điểm", "delta", 1.1, "point"), Fig("2,55%", "delta", 2.55, "%")],
        id="a-change-in-points-restated-in-percent-is-a-change",
    ),
    pytest.param(
        "Cột bên trái liệt kê ba chỉ số thành phần có điểm cao nhất: Gia nhập thị trường 7,41; "
        "Đào tạo lao động 6,88. Hộp thông tin: \"Số chỉ số thành phần tăng điểm: 7/10\"; \"Điểm trung vị cả nước: 65,99\".",
        [Fig("7,41", "score", 7.41, "point"), Fig("6,88", "score", 6.88, "point"),
         Fig("7/10", "count", 7, "count", None, 10), Fig("65,99", "score", 65.99, "point")],
        id="values-listed-under-a-heading-that-says-score-and-labelled-key-numbers",
    ),
    pytest.param(
        "Kết quả năm 2023 của tỉnh như sau:\n- Chỉ số chuyển đổi số (DTI): 0,5374 (xếp thứ 13)\n- Chỉ số xanh cấp tỉnh "
        "(PGI): 23,1 điểm (top 20)",
        [Fig("0,5374", "score", 0.5374, "point"), Fig("13", "rank", 13, "rank"), Fig("23,1 điểm", "score", 23.1, "point"),
         Fig("20", "rank", 20, "rank", "<=")],
        id="a-bulleted-label-with-its-code-in-parentheses-then-a-bare-value",
    ),
    pytest.param(
        "Năm 2024, SIPAS của Thanh Hóa đạt 84,13%, đứng thứ 28/63 (năm 2023: 81,07%, thứ 35).",
        [Fig("84,13%", "percent", 84.13, "%"), Fig("28/63", "rank", 28, "rank", None, 63),
         Fig("81,07%", "percent", 81.07, "%"), Fig("35", "rank", 35, "rank")],
        id="an-earlier-value-and-position-together-in-parentheses",
    ),
    pytest.param(
        "Hai chỉ số Chi phí không chính thức và Đào tạo lao động tăng điểm, lần lượt 0,21 và 0,44 điểm.",
        [Fig("0,21", "delta", 0.21, "point"), Fig("0,44 điểm", "delta", 0.44, "point")],
        id="a-verb-that-names-what-it-changes-then-the-list-of-changes",
    ),
    pytest.param(
        "Cụ thể, điểm trung vị của 10 chỉ số thành phần lần lượt là: Gia nhập thị trường 7,12; Tiếp cận đất đai 6,45; "
        "Đào tạo lao động 6,37 và Thiết chế pháp lý, an ninh trật tự 6,83 điểm.",
        [Fig("7,12", "score", 7.12, "point"), Fig("6,45", "score", 6.45, "point"), Fig("6,37", "score", 6.37, "point"),
         Fig("6,83 điểm", "score", 6.83, "point")],
        id="named-values-after-a-heading-that-counts-the-components-scored",
    ),
    pytest.param(
        "Cải cách chế độ công vụ và Cải cách tài chính công lần lượt đạt 11,84/13 và 7,15/8 điểm; ba lĩnh vực khác "
        "lần lượt đạt 10,38/12, 8,56/9 và 9,84/12 điểm.",
        [Fig("11,84/13", "score", 11.84, "point", None, 13), Fig("7,15/8 điểm", "score", 7.15, "point", None, 8),
         Fig("10,38/12", "score", 10.38, "point", None, 12), Fig("8,56/9", "score", 8.56, "point", None, 9),
         Fig("9,84/12 điểm", "score", 9.84, "point", None, 12)],
        id="decimal-x-of-y-list-with-different-maxima-and-the-unit-once",
    ),
    pytest.param(
        "Hơn 2/3 số xã đạt chuẩn nông thôn mới; tốc độ tăng trưởng GRDP ước đạt 7,02%.",
        [Fig("2/3", "count", 2, "count", ">", 3), Fig("7,02%", "percent", 7.02, "%")],
        id="fraction-of-so-units-is-a-count-and-uoc-dat-is-no-comparator",
    ),
    pytest.param(
        "Khu vực công nghiệp – xây dựng, dịch vụ và nông, lâm, thủy sản lần lượt tăng 11,2%, 6,8% và 3,1%.",
        [Fig("11,2%", "delta", 11.2, "%"), Fig("6,8%", "delta", 6.8, "%"), Fig("3,1%", "delta", 3.1, "%")],
        id="change-verb-before-a-list-with-the-unit-on-each-item",
    ),
    pytest.param(
        "Hai chỉ số Công khai, minh bạch và Quản trị môi trường sụt giảm, lần lượt 0,09 và 0,17 điểm.",
        [Fig("0,09", "delta", -0.09, "point"), Fig("0,17 điểm", "delta", -0.17, "point")],
        id="respectively-list-after-a-comma-takes-the-verb-before-it",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến đạt 46,8%, vượt kế hoạch 6,8%; tỷ lệ đúng hạn cao hơn yêu cầu tối thiểu 95%.",
        [Fig("46,8%", "percent", 46.8, "%"), Fig("6,8%", "delta", 6.8, "%"), Fig("95%", "percent", 95, "%", ">=")],
        id="vuot-ke-hoach-is-the-excess-but-yeu-cau-toi-thieu-a-level",
    ),
    pytest.param(
        "Tỉnh phấn đấu năm 2026, Chỉ số CCHC thuộc nhóm 10 trong số 34 tỉnh, thành phố.",
        [Fig("10 trong số 34", "rank", 10, "rank", "<=", 34)],
        id="nhom-n-trong-so-m-is-a-group-position",
    ),
    pytest.param(
        "Chính quyền số đạt 0,7712 (thứ 2), kinh tế số nằm trong nhóm 10; NHNN bứt phá 5 bậc.",
        [Fig("0,7712", "score", 0.7712, "point"), Fig("2", "rank", 2, "rank"), Fig("10", "rank", 10, "rank", "<="),
         Fig("5 bậc", "delta", 5, "rank")],
        id="position-in-parentheses-group-by-size-and-but-pha",
    ),
    pytest.param(
        "14 trên 15 xã, thị trấn đã triển khai.",
        [Fig("14 trên 15", "count", 14, "count", None, 15)],
        id="x-tren-y-opening-its-clause-counts",
    ),
    pytest.param(
        "Chỉ số CCHC cấp sở năm 2023 của thành phố có giá trị trung bình đạt 92,27%, tăng 1,76% so với năm 2022.",
        [Fig("92,27%", "percent", 92.27, "%"), Fig("1,76%", "delta", 1.76, "%")],
        id="decimal-comma-percent+delta-so-voi",
    ),
    pytest.param(
        "Giá dầu giảm hơn 1% trong phiên hôm qua, còn tỷ lệ hộ nghèo tăng hơn 2% so với năm 2022.",
        [Fig("1%", "delta", -1, "%", ">"), Fig("2%", "delta", 2, "%", ">")],
        id="change-verb-then-hon-bound",
    ),
    pytest.param(
        "Huyện Cô Tô đạt 74,04 điểm, thấp hơn TP Hạ Long tới 13,82 điểm.",
        [Fig("74,04 điểm", "score", 74.04, "point"), Fig("13,82 điểm", "delta", -13.82, "point")],
        id="comparative-names-the-other-then-gap",
    ),
    pytest.param(
        "Nhiều trục nội dung có sự cải thiện về kết quả so với năm 2022: Khối sở và cơ quan tương đương sở: "
        "có 4/8 chỉ số thành phần có giá trị trung bình tăng hơn so với năm 2022, bao gồm: "
        "“Công tác chỉ đạo, điều hành CCHC” (tăng 6,45%); “Cải cách chế độ công vụ” (tăng 3,87%), "
        "“Cải cách tài chính công” (tăng 9.77%) và “Xây dựng chính quyền điện tử, chính quyền số” (tăng 7,99%).",
        [
            Fig("4/8", "count", 4, "count", total=8),
            Fig("6,45%", "delta", 6.45, "%"),
            Fig("3,87%", "delta", 3.87, "%"),
            Fig("9.77%", "delta", 9.77, "%"),
            Fig("7,99%", "delta", 7.99, "%"),
        ],
        id="english-decimal-point",
    ),
    pytest.param(
        "Số hồ sơ giải quyết trực tuyến năm 2023 tăng 485.011 hồ sơ so với năm 2022.",
        [Fig("485.011 hồ sơ", "delta", 485011, "count")],
        id="thousands-dot",
    ),
    pytest.param(
        "Tỉnh Hưng Yên đạt 88,34 điểm, xếp thứ 12/63 tỉnh, thành phố trong cả nước, tăng 10 bậc so với năm 2020.",
        [
            Fig("88,34 điểm", "score", 88.34, "point"),
            Fig("12/63", "rank", 12, "rank", total=63),
            Fig("10 bậc", "delta", 10, "rank"),
        ],
        id="score+rank-x/63+delta-bac",
    ),
    pytest.param(
        "Hiện đại hóa nền hành chính đạt  10,25/11 điểm, tăng 2,18 điểm so với năm trước.",
        [Fig("10,25/11 điểm", "score", 10.25, "point", total=11), Fig("2,18 điểm", "delta", 2.18, "point")],
        id="score-x/y-diem",
    ),
    pytest.param(
        "Trong đó, xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức đạt 7/7,5 điểm.",
        [Fig("7/7,5 điểm", "score", 7, "point", total=7.5)],
        id="score-decimal-total",
    ),
    pytest.param(
        "Kết quả này đã giúp Sóc Trăng vươn lên vị trí xếp hạng cao hơn trong khu vực Tây Nam bộ, "
        "từ hạng 4/13 năm 2019 lên hạng 3/13 năm 2020.",
        [Fig("4/13", "rank", 4, "rank", total=13), Fig("3/13", "rank", 3, "rank", total=13)],
        id="hang-x/13",
    ),
    pytest.param(
        "Trước đây, TP Bắc Giang nhiều năm liên tục dẫn đầu chỉ số CCHC khối UBND cấp huyện song năm 2023, "
        "địa phương xuống hạng, xếp vị trí thứ 3.",
        [Fig("dẫn đầu", "rank", 1, "rank"), Fig("3", "rank", 3, "rank")],
        id="dan-dau+vi-tri-thu-3",
    ),
    pytest.param(
        "Năm 2023, Chỉ số CCHC của tỉnh Hà Giang xếp 5 trên 63 tỉnh, thành phố.",
        [Fig("5 trên 63", "rank", 5, "rank", total=63)],
        id="x-tren-y-after-xep",
    ),
    pytest.param(
        "Năm 2023, tỉnh có 7 trong 10 chỉ số thành phần tăng điểm so với năm 2022.",
        [Fig("7 trong 10", "count", 7, "count", total=10)],
        id="x-trong-y-units",
    ),
    pytest.param(
        "Tất cả các quận, huyện đều tăng điểm so với cùng kỳ, trong đó có 2/9 đơn vị xếp loại rất tốt "
        "(huyện Phong Điền và Vĩnh Thạnh) và 7 đơn vị còn lại đạt mức tốt.",
        [Fig("2/9", "count", 2, "count", total=9)],
        id="count-x/y-don-vi",
    ),
    pytest.param(
        "Theo Sở Nội vụ Sóc Trăng, do ảnh hưởng của dịch bệnh Covid-19, giá trị chỉ số thành phần về đánh giá "
        "tác động của tỉnh có sự sụt giảm đáng kể về vị trí xếp hạng, giảm gần 20 bậc so với năm 2019.",
        [Fig("20 bậc", "delta", -20, "rank", "~")],
        id="giam-gan-bac",
    ),
    pytest.param(
        "Đây là năm thứ ba liên tiếp, giá trị trung bình của Chỉ số CCHC cấp sở tăng và là năm thứ hai thành phố "
        "có tất cả 16 đơn vị đạt kết quả Chỉ số CCHC trên 80%, trong đó có 5 đơn vị xếp loại rất tốt "
        "(các sở: Lao động - Thương binh và Xã hội; Khoa học và Công nghệ; Văn hóa, Thể thao và Du lịch; "
        "Nội vụ; Tư pháp).",
        [Fig("80%", "percent", 80, "%", ">")],
        id="tren-is-greater",
    ),
    pytest.param(
        "Trong đó, ít nhất 90% TTHC được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia; tỷ lệ hồ sơ "
        "giải quyết trực tuyến toàn trình trên tổng số hồ sơ đạt tối thiểu 40%.",
        [Fig("90%", "percent", 90, "%", ">="), Fig("40%", "percent", 40, "%", ">=")],
        id="it-nhat+toi-thieu",
    ),
    pytest.param(
        "Duy nhất chỉ số thành phần về đánh giá tác động của CCHC đến người dân, tổ chức và các chỉ tiêu phát "
        "triển kinh tế - xã hội của tỉnh đạt tỷ lệ dưới 80%.",
        [Fig("80%", "percent", 80, "%", "<")],
        id="duoi-is-less",
    ),
    pytest.param(
        "Đặc biệt, lĩnh vực cải cách thể chế đạt giá trị tuyệt đối 100%, có 2 lĩnh vực đạt dưới 90% (xây dựng và "
        "phát triển chính quyền điện tử, chính quyền số; công tác quản lý nhà nước về văn thư, lưu trữ), "
        "các lĩnh vực còn lại đều đạt từ 90 đến 100%.",
        [
            Fig("100%", "percent", 100, "%"),
            Fig("90%", "percent", 90, "%", "<"),
            Fig("90", "percent", 90, "%", ">="),
            Fig("100%", "percent", 100, "%", "<="),
        ],
        id="range-tu-den",
    ),
    pytest.param(
        "Kết quả cho thấy thời gian giải quyết của các TTHC trong ngày đã giảm từ 40-70% so với trước đây.",
        [Fig("40", "delta", -40, "%", ">="), Fig("70%", "delta", -70, "%", "<=")],
        id="range-of-negative-deltas",
    ),
    pytest.param(
        "Năm 2022, Trà Vinh đứng đầu cả nước về Chỉ số Xanh (PGI) cấp tỉnh.",
        [Fig("đứng đầu", "rank", 1, "rank")],
        id="dung-dau",
    ),
    pytest.param(
        "Theo công bố của Bộ Nội vụ ngày 6/4, TP Hải Phòng đứng đầu cả nước về chỉ số cải cách hành chính "
        "(PAR Index 2024), xếp thứ hai là Bà Rịa - Vũng Tàu, TP Hà Nội xếp thứ ba về chỉ số cải cách hành chính.",
        [
            Fig("đứng đầu", "rank", 1, "rank"),
            Fig("xếp thứ hai", "rank", 2, "rank"),
            Fig("xếp thứ ba", "rank", 3, "rank"),
        ],
        id="ranks-in-words+date-6/4",
    ),
    pytest.param(
        "Theo Kế hoạch số 245/KH-UBND của UBND TP Cần Thơ về công tác CCHC năm 2024, thành phố phấn đấu đến "
        "cuối năm 2024, thuộc nhóm 20 tỉnh, thành dẫn đầu về Chỉ số CCHC, Chỉ số năng lực cạnh tranh cấp tỉnh "
        "và Chỉ số hiệu quả quản trị và hành chính công.",
        [Fig("20", "rank", 20, "rank", "<=")],
        id="group-nhom-20-dan-dau+doc-number",
    ),
    pytest.param(
        "Chỉ số trung bình của khối huyện đạt 87,59 điểm, cao hơn khối sở 1,12 điểm và cao hơn mức bình quân "
        "chung 1,07%.",
        [Fig("87,59 điểm", "score", 87.59, "point"), Fig("1,12 điểm", "delta", 1.12, "point"),
         Fig("1,07%", "delta", 1.07, "%")],
        id="gap-after-the-named-reference",
    ),
    pytest.param(
        "Chỉ số SIPAS của tỉnh đạt 83,92%, cao hơn mức bình quân cả nước (83,06%) là 0,86%.",
        [Fig("83,92%", "percent", 83.92, "%"), Fig("83,06%", "percent", 83.06, "%"), Fig("0,86%", "delta", 0.86, "%")],
        id="reference-value-in-parentheses-then-the-gap",
    ),
    pytest.param(
        "Khoảng cách giữa địa phương đứng đầu và địa phương thấp nhất năm nay là 7,73 điểm.",
        [Fig("7,73 điểm", "delta", 7.73, "point")],
        id="spread-khoang-cach-giua-la",
    ),
    pytest.param(
        "Năm 2024, tỉnh phấn đấu GRDP tăng từ 9 - 10%; tỷ lệ hộ nghèo giảm từ 1 - 1,5%.",
        [Fig("9", "delta", 9, "%", ">="), Fig("10%", "delta", 10, "%", "<="),
         Fig("1", "delta", -1, "%", ">="), Fig("1,5%", "delta", -1.5, "%", "<=")],
        id="range-of-a-change",
    ),
    pytest.param(
        "Chỉ số của Hậu Giang đi từ vị trí 45 năm 2020 lên 20 năm 2022.",
        [Fig("45", "rank", 45, "rank"), Fig("20", "rank", 20, "rank")],
        id="move-with-years-on-both-ends",
    ),
    pytest.param(
        "Tiếp theo là huyện Ba Vì, huyện Mỹ Đức và thị xã Sơn Tây, với số điểm lần lượt 68,34, 67,9 và 67,02.",
        [Fig("68,34", "score", 68.34, "point"), Fig("67,9", "score", 67.9, "point"),
         Fig("67,02", "score", 67.02, "point")],
        id="bare-scores-listed-after-so-diem-lan-luot",
    ),
    pytest.param(
        "Điểm trung vị năm nay đạt 64,38 điểm, nhích nhẹ 0,71 điểm; Quảng Ninh đạt 7,58 điểm (thang điểm 10).",
        [Fig("64,38 điểm", "score", 64.38, "point"), Fig("0,71 điểm", "delta", 0.71, "point"),
         Fig("7,58 điểm", "score", 7.58, "point", total=10)],
        id="nhich-and-scale-in-parentheses",
    ),
    pytest.param(
        "Quảng Ninh dẫn đầu với 90,61%; đứng thứ 2 tỉnh Thái Nguyên đạt 90,29%; thứ 3 tỉnh Hải Dương đạt 89,1%.",
        [Fig("dẫn đầu", "rank", 1, "rank"), Fig("90,61%", "percent", 90.61, "%"), Fig("2", "rank", 2, "rank"),
         Fig("90,29%", "percent", 90.29, "%"), Fig("3", "rank", 3, "rank"), Fig("89,1%", "percent", 89.1, "%")],
        id="rank-before-a-named-province",
    ),
    pytest.param(
        "Quảng Ninh có số điểm 70,7 trên thang điểm 100; DTI quốc gia năm 2024 đạt 0,7955, tăng 8,6% so với năm "
        "2023 (0,7326); 12/89 bộ, tỉnh đạt từ mức 0,5 trở lên.",
        [Fig("70,7 trên thang điểm 100", "score", 70.7, "point", total=100), Fig("0,7955", "score", 0.7955, "point"),
         Fig("8,6%", "delta", 8.6, "%"), Fig("0,7326", "score", 0.7326, "point"),
         Fig("12/89", "count", 12, "count", total=89), Fig("0,5", "score", 0.5, "point", ">=")],
        id="unitless-index-values",
    ),
    pytest.param(
        "Ở trụ cột chính quyền số, Đà Nẵng xếp thứ nhất với 0,7021; cả nước có 11/63 tỉnh đạt giá trị trên 0,5.",
        [Fig("xếp thứ nhất", "rank", 1, "rank"), Fig("0,7021", "score", 0.7021, "point"),
         Fig("11/63", "count", 11, "count", total=63), Fig("0,5", "score", 0.5, "point", ">")],
        id="values-on-a-zero-to-one-scale",
    ),
    pytest.param(
        "Điểm trung vị PCI 2022 đạt 65,26 điểm, thấp hơn mức 65,8 điểm của năm 2021; tỷ lệ này giảm mạnh so với "
        "năm 2020 (54,9%).",
        [Fig("65,26 điểm", "score", 65.26, "point"), Fig("65,8 điểm", "score", 65.8, "point"),
         Fig("54,9%", "percent", 54.9, "%")],
        id="levels-after-a-comparison",
    ),
    pytest.param(
        "Hải Phòng chỉ hơn Quảng Ninh 0,58%; Bến Tre nhỉnh hơn mức trung bình của vùng 0,11%.",
        [Fig("0,58%", "delta", 0.58, "%"), Fig("0,11%", "delta", 0.11, "%")],
        id="gaps-after-hon-a-name-and-nhinh-hon",
    ),
    pytest.param(
        "Tỉnh được chấm điểm cao ở Chi phí thời gian (thứ 1/63); huyện Thọ Xuân thứ nhì (88,7%); xếp thứ 3, 4, 5 lần "
        "lượt là huyện Hoằng Hóa, Quảng Xương và Nông Cống.",
        [Fig("1/63", "rank", 1, "rank", total=63), Fig("thứ nhì", "rank", 2, "rank"), Fig("88,7%", "percent", 88.7, "%"),
         Fig("3", "rank", 3, "rank"), Fig("4", "rank", 4, "rank"), Fig("5", "rank", 5, "rank")],
        id="ranks-thu-x/y-elided-and-listed-before-lan-luot",
    ),
    pytest.param(
        "Khoảng cách giữa địa phương cao nhất và thấp nhất thu hẹp, từ 18,3 điểm năm 2019 còn 14,3 điểm năm 2023; "
        "Lai Châu vươn lên 7 bậc; Chỉ số DTI của Bộ tăng 0,0937 (tương đương 19,2%), giảm nhẹ 0,0121 ở trụ cột khác.",
        [Fig("18,3 điểm", "delta", 18.3, "point"), Fig("14,3 điểm", "delta", 14.3, "point"),
         Fig("7 bậc", "delta", 7, "rank"), Fig("0,0937", "delta", 0.0937, "point"), Fig("19,2%", "delta", 19.2, "%"),
         Fig("0,0121", "delta", -0.0121, "point")],
        id="spread-levels-moves-and-unitless-changes",
    ),
    pytest.param(
        "Long An giữ hạng thứ ba (71,94 điểm); ĐÀ NẴNG GIỮ NGÔI QUÁN QUÂN; DTI trung bình chỉ ở mức 0,4995 👉 còn thấp.",
        [Fig("giữ hạng thứ ba", "rank", 3, "rank"), Fig("71,94 điểm", "score", 71.94, "point"),
         Fig("QUÁN QUÂN", "rank", 1, "rank"), Fig("0,4995", "score", 0.4995, "point")],
        id="held-rank-caps-and-a-value-before-an-emoji",
    ),
    pytest.param(
        "Tây Nguyên đạt 85,5 %, dù đây là vùng tăng mạnh nhất, 3,48%; khoảng cách còn 13,50%, trong khi năm 2023 là "
        "15,23%; Đà Nẵng giữ vị trí số 1 với DTI 0,7286 và thuộc nhóm 5 bộ, cơ quan ngang bộ dẫn đầu.",
        [Fig("85,5 %", "percent", 85.5, "%"), Fig("3,48%", "delta", 3.48, "%"), Fig("13,50%", "delta", 13.5, "%"),
         Fig("15,23%", "delta", 15.23, "%"), Fig("1", "rank", 1, "rank"), Fig("0,7286", "score", 0.7286, "point"),
         Fig("5", "rank", 5, "rank", "<=")],
        id="change-named-before-a-comma-spread-then-and-now-a-value-after-an-index-code",
    ),
    pytest.param(
        "Đồng Tháp tiến 6 bậc; chỉ số chỉ còn 6,18 điểm, thấp hơn điểm trung bình khối 0,3 điểm; khoảng cách giữa "
        "tỉnh cao nhất và thấp nhất vẫn hơn 11%; 2,58% – mức tăng so với năm 2022.",
        [Fig("6 bậc", "delta", 6, "rank"), Fig("6,18 điểm", "score", 6.18, "point"), Fig("0,3 điểm", "delta", -0.3, "point"),
         Fig("11%", "delta", 11, "%", ">"), Fig("2,58%", "delta", 2.58, "%")],
        id="tien-a-gap-to-an-average-score-a-spread-above-and-a-labelled-change",
    ),
    pytest.param(
        "Hà Giang tăng vọt 23 bậc; Bình Định vượt Đồng Tháp 0,52 điểm; Sở Tư pháp đạt 93,62%, hơn Sở Thông tin và Truyền "
        "thông (xếp thứ hai, 91,05%) 2,57%.",
        [Fig("23 bậc", "delta", 23, "rank"), Fig("0,52 điểm", "delta", 0.52, "point"), Fig("93,62%", "percent", 93.62, "%"),
         Fig("xếp thứ hai", "rank", 2, "rank"), Fig("91,05%", "percent", 91.05, "%"), Fig("2,57%", "delta", 2.57, "%")],
        id="tang-vot-vuot-a-name-and-a-gap-after-a-parenthesis",
    ),
    pytest.param(
        "Có 8 tỉnh đạt tiến bộ đáng kể, trên 5% điểm trong năm 2020; chỉ số của Sơn La giảm nhẹ, gần 1 điểm % so với "
        "năm 2021; tỷ lệ này cao hơn 3 điểm phần trăm.",
        [Fig("5% điểm", "delta", 5, "%", ">"), Fig("1 điểm %", "delta", -1, "%", "~"),
         Fig("3 điểm phần trăm", "delta", 3, "%")],
        id="percentage-points-are-changes-signed-by-the-verb-a-comma-back",
    ),
    pytest.param(
        "Tỉnh An Giang có thứ hạng 32 (62, 16 điểm); Chỉ số SIPAS giảm khá sâu (8, 12%).",
        [Fig("32", "rank", 32, "rank"), Fig("62, 16 điểm", "score", 62.16, "point"), Fig("8, 12%", "delta", -8.12, "%")],
        id="a-decimal-comma-typed-with-a-space-inside-parentheses",
    ),
    pytest.param(
        "Chỉ số hài lòng đạt 81,6%, cao hơn năm trước 2,3%; chỉ số thành phần thấp hơn năm trước 2,4%.",
        [Fig("81,6%", "percent", 81.6, "%"), Fig("2,3%", "delta", 2.3, "%"), Fig("2,4%", "delta", -2.4, "%")],
        id="nam-truoc-is-no-estimate-though-it-ends-in-uoc",
    ),
    pytest.param(
        "Chỉ số này cải thiện mạnh nhất, thêm 0,86 điểm; huyện Nông Sơn có mức tăng điểm cao nhất khối với 5,12 điểm; "
        "tỷ lệ hộ nghèo giảm thêm 1%; trụ cột nhân lực số giảm 0,021 điểm, còn 0,5430.",
        [Fig("0,86 điểm", "delta", 0.86, "point"), Fig("5,12 điểm", "delta", 5.12, "point"), Fig("1%", "delta", -1, "%"),
         Fig("0,021 điểm", "delta", -0.021, "point"), Fig("0,5430", "score", 0.543, "point")],
        id="them-muc-tang-giam-them-and-a-unit-scale-level-after-con",
    ),
    pytest.param(
        "Tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 4 đến 5%, giảm tỷ lệ hộ nghèo đa chiều 2% và tăng tỷ lệ che phủ rừng đạt 60%.",
        [Fig("4", "delta", -4, "%", ">="), Fig("5%", "delta", -5, "%", "<="), Fig("2%", "delta", -2, "%"),
         Fig("60%", "percent", 60, "%")],
        id="a-verb-changing-a-named-rate-by-points",
    ),
    pytest.param(
        "SIPAS giảm còn 80,12%, thấp hơn năm 2021 tới 5,55%; tỉnh yêu cầu các đơn vị không thấp hơn 75%; hồ sơ trực "
        "tuyến vượt 50%; thu ngân sách vượt 12% dự toán; bộ máy đạt điểm tối đa 10/10 điểm; Quản trị điện tử dừng ở "
        "2.91 điểm.",
        [Fig("80,12%", "percent", 80.12, "%"), Fig("5,55%", "delta", -5.55, "%"), Fig("75%", "percent", 75, "%", ">="),
         Fig("50%", "percent", 50, "%", ">"), Fig("12%", "delta", 12, "%"), Fig("10/10 điểm", "score", 10, "point", total=10),
         Fig("2.91 điểm", "score", 2.91, "point")],
        id="a-year-before-toi-a-negated-bound-a-level-passed-full-marks-and-a-decimal-at-o",
    ),
    pytest.param(
        "Các huyện có giá trị từ 0,42 đến 0,51; số đơn vị đạt trên 0,5 đã tăng; năm 2023 tỉnh xếp thứ 19; năm 2024 đạt "
        "67,88 điểm; mục tiêu lọt vào top 30 năm nay.",
        [Fig("0,42", "score", 0.42, "point", ">="), Fig("0,51", "score", 0.51, "point", "<="),
         Fig("0,5", "score", 0.5, "point", ">"), Fig("19", "rank", 19, "rank"), Fig("67,88 điểm", "score", 67.88, "point"),
         Fig("30", "rank", 30, "rank", "<=")],
        id="unit-scale-ranges-a-year-is-no-fifth-place-and-top-n-this-year",
    ),
    pytest.param(
        "Thanh Hóa dù mất 1 bậc vẫn trong nhóm 20 tỉnh dẫn đầu; tỉnh rút ngắn 30% thời gian giải quyết; Đồng Nai phấn đấu tăng trưởng "
        "GRDP từ 7 đến 7,5%; Quảng Ninh mất ngôi đầu.",
        [Fig("1 bậc", "delta", -1, "rank"), Fig("20", "rank", 20, "rank", "<="), Fig("30%", "delta", -30, "%"),
         Fig("7", "delta", 7, "%", ">="), Fig("7,5%", "delta", 7.5, "%", "<=")],
        id="mat-bac-rut-ngan-growth-of-a-named-measure-and-a-lost-top-position",
    ),
    pytest.param(
        "Đồng Tháp vươn lên vị trí thứ 7 cả nước (năm 2023 là 18); Đà Nẵng dẫn đầu 5/8 chỉ số chính.",
        [Fig("7", "rank", 7, "rank"), Fig("18", "rank", 18, "rank"), Fig("dẫn đầu", "rank", 1, "rank"),
         Fig("5/8", "count", 5, "count", total=8)],
        id="the-years-earlier-position-in-parentheses-and-leading-x-of-y",
    ),
    pytest.param(
        "Khoảng cách giữa đơn vị cao nhất và thấp nhất là 19,09%, thu hẹp 3,2% so với năm trước.",
        [Fig("19,09%", "delta", 19.09, "%"), Fig("3,2%", "delta", -3.2, "%")],
        id="a-spread-narrowed-by-points",
    ),
    pytest.param(
        "Có 40 trên 63 tỉnh, thành đạt trên 80%; Lào Cai xếp 5 trên 63 tỉnh, thành phố.",
        [Fig("40 trên 63", "count", 40, "count", total=63), Fig("80%", "percent", 80, "%", ">"),
         Fig("5 trên 63", "rank", 5, "rank", total=63)],
        id="x-tren-y-counts-after-co-and-ranks-after-xep",
    ),
    pytest.param(
        "Bình Định xếp thứ 5/63 (+3 bậc); kinh tế số: thứ 11/63 (-2 bậc).",
        [Fig("5/63", "rank", 5, "rank", total=63), Fig("+3 bậc", "delta", 3, "rank"),
         Fig("11/63", "rank", 11, "rank", total=63), Fig("-2 bậc", "delta", -2, "rank")],
        id="signed-rank-changes-in-parentheses",
    ),
    pytest.param(
        "Hai huyện Phù Mỹ và Hoài Ân giảm nhẹ so với năm trước, lần lượt 0,62% và 0,15%.",
        [Fig("0,62%", "delta", -0.62, "%"), Fig("0,15%", "delta", -0.15, "%")],
        id="respectively-after-the-change-clause",
    ),
    pytest.param(
        "Bình quân của vùng đạt 86,88%, nhỉnh hơn mặt bằng chung 0,76%.",
        [Fig("86,88%", "percent", 86.88, "%"), Fig("0,76%", "delta", 0.76, "%")],
        id="a-gap-to-the-common-level",
    ),
    pytest.param(
        "Chỉ số được tính trên thang 80 điểm, mỗi nội dung tối đa 10 điểm; hệ số tương quan ở mức 0,62.",
        [],
        id="a-scale-a-maximum-per-part-and-a-coefficient-are-no-results",
    ),
    pytest.param(
        "Ninh Bình, Bắc Ninh và Hải Dương tăng lần lượt 6, 5 và 5 bậc.",
        [Fig("6", "delta", 6, "rank"), Fig("5", "delta", 5, "rank"), Fig("5 bậc", "delta", 5, "rank")],
        id="a-change-verb-before-a-list-of-rank-changes",
    ),
    pytest.param(
        "Khoảng cách giữa Hà Nội và Hà Giang – hai địa phương cao nhất và thấp nhất vùng – là 7,66%.",
        [Fig("7,66%", "delta", 7.66, "%")],
        id="a-spread-read-past-a-dash-aside",
    ),
    pytest.param(
        "Hai nội dung lần lượt đạt 7,31/10 và 7,52/10 điểm; chi phí không chính thức giảm từ 6,12 xuống 6,03 điểm.",
        [Fig("7,31/10", "score", 7.31, "point", total=10), Fig("7,52/10 điểm", "score", 7.52, "point", total=10),
         Fig("6,12", "score", 6.12, "point"), Fig("6,03 điểm", "score", 6.03, "point")],
        id="units-written-once-on-the-partner",
    ),
    pytest.param(
        "Tỷ lệ hộ nghèo giảm từ 3,19% cuối năm 2022 xuống còn 2,05%; Quảng Bình thấp hơn láng giềng 0,46 điểm.",
        [Fig("3,19%", "percent", 3.19, "%"), Fig("2,05%", "percent", 2.05, "%"), Fig("0,46 điểm", "delta", -0.46, "point")],
        id="levels-of-a-move-and-a-gap-to-the-neighbour",
    ),
    pytest.param(
        "Mục tiêu giảm cường độ phát thải khí nhà kính ít nhất 15% vào năm 2030 so với năm 2014.",
        [Fig("15%", "delta", -15, "%", ">=")],
        id="a-named-measure-cut-by-a-share-against-a-year",
    ),
    pytest.param(
        "Huyện thấp hơn 15,6 điểm so với đơn vị dẫn đầu là thành phố Điện Biên Phủ. Ba đơn vị dẫn đầu gồm: Vĩnh Yên, Phúc Yên.",
        [Fig("15,6 điểm", "delta", -15.6, "point"), Fig("dẫn đầu", "rank", 1, "rank")],
        id="the-leader-named-after-its-role-but-not-a-leading-group",
    ),
    pytest.param(
        "• 23 bậc: mức tăng hạng của TP.HCM. Nữ giới là 7,9%, thấp hơn nam giới 3,4%; nhóm này nhích lên 1,2% so với "
        "năm trước, Phú Yên nhích lên 63,05 điểm năm 2023.",
        [Fig("23 bậc", "delta", 23, "rank"), Fig("7,9%", "percent", 7.9, "%"), Fig("3,4%", "delta", -3.4, "%"),
         Fig("1,2%", "delta", 1.2, "%"), Fig("63,05 điểm", "score", 63.05, "point")],
        id="a-boxed-label-a-plain-reference-and-inching-up",
    ),
    pytest.param(
        "Bộ Tư pháp đạt 0,7815 (thang điểm 1); trụ cột này từ 0,5410 năm 2023 lên 0,7032 năm 2024; "
        "\"Công khai, minh bạch\" đạt 5,61/10.",
        [Fig("0,7815", "score", 0.7815, "point", total=1), Fig("0,5410", "score", 0.541, "point"),
         Fig("0,7032", "score", 0.7032, "point"), Fig("5,61/10", "score", 5.61, "point", total=10)],
        id="values-on-a-scale-without-a-unit-word",
    ),
    pytest.param(
        "Ở chỉ số thứ nhất, tỉnh đã 5 năm liền đứng đầu; ở chỉ số thứ hai, tỉnh chưa từng lọt top 5.",
        [Fig("đứng đầu", "rank", 1, "rank")],
        id="an-ordinal-naming-an-index-and-a-place-never-held",
    ),
    pytest.param(
        "Tỉnh có 18/20 sở, ngành đạt trên 70 điểm (năm 2023 là 14/20); khối sở thấp hơn khối quận, huyện 3,1 điểm; "
        "năm 2025 phấn đấu tăng từ 3 đến 5 bậc.",
        [Fig("18/20", "count", 18, "count", total=20), Fig("70 điểm", "score", 70, "point", ">"),
         Fig("14/20", "count", 14, "count", total=20), Fig("3,1 điểm", "delta", -3.1, "point"),
         Fig("3", "delta", 3, "rank", ">="), Fig("5 bậc", "delta", 5, "rank", "<=")],
        id="an-earlier-count-a-comma-in-the-reference-and-a-range-of-rank-changes",
    ),
    pytest.param(
        "Bình Phước có mức tăng ấn tượng nhất, hơn 4 điểm; chi phí thời gian cải thiện mạnh nhất, đạt 7,45 điểm; "
        "Quảng Trị mất 2,35 điểm; tỷ lệ này thấp hơn mức bình quân các bộ, ngành (69,7%) khoảng 8,2%.",
        [Fig("4 điểm", "delta", 4, "point", ">"), Fig("7,45 điểm", "score", 7.45, "point"),
         Fig("2,35 điểm", "delta", -2.35, "point"), Fig("69,7%", "percent", 69.7, "%"),
         Fig("8,2%", "delta", -8.2, "%", "~")],
        id="the-largest-change-a-loss-of-points-and-a-list-of-unit-kinds",
    ),
    pytest.param(
        "Khoảng cách giữa đơn vị cao nhất và thấp nhất là 14,31%, hẹp hơn so với mức 17,05% của năm 2021. Hai huyện "
        "đứng ở hai vị trí cuối, thứ 10 và 11.",
        [Fig("14,31%", "delta", 14.31, "%"), Fig("17,05%", "delta", 17.05, "%"), Fig("10", "rank", 10, "rank"),
         Fig("11", "rank", 11, "rank")],
        id="a-spread-the-year-before-and-positions-spelled-out",
    ),
    pytest.param(
        "Tính minh bạch đạt 7,12 điểm (+0,86); thể chế đạt 8,5/9 điểm, chỉ thiếu 0,5 điểm so với mức tối đa; TTHC đạt "
        "12,25 điểm trên tổng số 13 điểm tối đa; có 10/12 cục đạt trên 80%.",
        [Fig("7,12 điểm", "score", 7.12, "point"), Fig("+0,86", "delta", 0.86, "point"),
         Fig("8,5/9 điểm", "score", 8.5, "point", total=9), Fig("0,5 điểm", "delta", -0.5, "point"),
         Fig("12,25 điểm", "score", 12.25, "point", total=13), Fig("10/12", "count", 10, "count", total=12),
         Fig("80%", "percent", 80, "%", ">")],
        id="a-signed-change-without-its-unit-a-shortfall-and-a-scale-total",
    ),
    pytest.param(
        "Trụ cột Chính quyền số đạt 0,5734, Xã hội số 0,4605 và Kinh tế số 0,3962.",
        [Fig("0,5734", "score", 0.5734, "point"), Fig("0,4605", "score", 0.4605, "point"),
         Fig("0,3962", "score", 0.3962, "point")],
        id="index-values-after-names-with-the-verb-said-once",
    ),
    pytest.param(
        "Điểm trung bình của 8 chỉ số nội dung lần lượt là: Tham gia ở cấp cơ sở 4,98 điểm; Công khai, minh bạch 5,21 "
        "và Quản trị điện tử 3,79. Bộ Tư pháp đạt 91,45%, chỉ thấp hơn NHNN 1,26%, chứ không phải 2,5%.",
        [Fig("4,98 điểm", "score", 4.98, "point"), Fig("5,21", "score", 5.21, "point"),
         Fig("3,79", "score", 3.79, "point"), Fig("91,45%", "percent", 91.45, "%"), Fig("1,26%", "delta", -1.26, "%")],
        id="a-listed-unit-written-once-a-gap-to-an-acronym-and-a-figure-corrected-away",
    ),
    pytest.param(
        "- Bộ Tư pháp xếp thứ 3\n- Từ 63 xuống 34 tỉnh, thành: lộ trình sắp xếp\n- Thứ hạng PCI đi từ 12 xuống 20; "
        "7/7 khu công nghiệp có hệ thống xử lý nước thải.",
        [Fig("3", "rank", 3, "rank"), Fig("12", "rank", 12, "rank"), Fig("20", "rank", 20, "rank"),
         Fig("7/7", "count", 7, "count", total=7)],
        id="a-count-that-went-down-is-no-move-in-a-ranking-and-industrial-parks-are-counted-units",
    ),
    pytest.param(
        "Bộ Y tế ở vị trí thứ 10 (0,6012); trụ cột nhân lực số đạt 0,5471, cải thiện 0,1026 so với năm trước.",
        [Fig("10", "rank", 10, "rank"), Fig("0,6012", "score", 0.6012, "point"), Fig("0,5471", "score", 0.5471, "point"),
         Fig("0,1026", "delta", 0.1026, "point")],
        id="a-unit-scale-value-in-parentheses-after-a-place-and-its-improvement-without-a-unit",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến đạt 58,3%, vượt chỉ tiêu tỉnh giao 8,3%; thu ngân sách vượt dự toán 12%, thấp hơn chỉ tiêu 30%; "
        "số hóa vượt chỉ tiêu 40% mà kế hoạch đề ra, trực tuyến vượt chỉ tiêu tỉnh giao (50%).",
        [Fig("58,3%", "percent", 58.3, "%"), Fig("8,3%", "delta", 8.3, "%"), Fig("12%", "delta", 12, "%"),
         Fig("30%", "percent", 30, "%"), Fig("40%", "percent", 40, "%"), Fig("50%", "percent", 50, "%")],
        id="a-plan-beaten-by-so-much-is-a-change-a-plan-missed-names-its-level",
    ),
    pytest.param(
        "Quản trị điện tử đạt 3,95 điểm, tăng 0,47 điểm so với năm trước và 1,12 điểm so với năm 2021; tỉnh đạt 42 điểm "
        "so với năm 2023 và 80% số xã.",
        [Fig("3,95 điểm", "score", 3.95, "point"), Fig("0,47 điểm", "delta", 0.47, "point"),
         Fig("1,12 điểm", "delta", 1.12, "point"), Fig("42 điểm", "score", 42, "point"), Fig("80%", "percent", 80, "%")],
        id="a-change-against-one-year-and-another-against-an-earlier-year-with-the-verb-said-once",
    ),
    pytest.param(
        "Bốn sở lần lượt ở các vị trí thứ 2, 3, 4, 5 với số điểm tương ứng 91,62%, 90,88%, 90,35% và 89,74%.",
        [Fig("2", "rank", 2, "rank"), Fig("3", "rank", 3, "rank"), Fig("4", "rank", 4, "rank"), Fig("5", "rank", 5, "rank"),
         Fig("91,62%", "percent", 91.62, "%"), Fig("90,88%", "percent", 90.88, "%"), Fig("90,35%", "percent", 90.35, "%"),
         Fig("89,74%", "percent", 89.74, "%")],
        id="ranks-listed-without-va-after-a-plural-cue-said-respectively",
    ),
    pytest.param(
        "Bộ Tư pháp đạt 91,84%, xếp thứ 2/17 (không phải 90,84% và xếp thứ 3 như bài đã đăng). Bộ Tài chính tăng 2 bậc "
        "(bài viết ghi nhầm là giảm 2 bậc), chỉ số thành phần đạt 95,10%, không phải 59,10%.",
        [Fig("91,84%", "percent", 91.84, "%"), Fig("2/17", "rank", 2, "rank", total=17), Fig("2 bậc", "delta", 2, "rank"),
         Fig("95,10%", "percent", 95.1, "%")],
        id="a-correction-notice-states-the-right-figures-and-retracts-the-wrong-ones",
    ),
    pytest.param(
        "Bộ đặt mục tiêu cải thiện thứ hạng Chỉ số CCHC ít nhất 5 bậc; tỉnh đứng thứ 15 cả nước và thứ ba khu vực; trụ "
        "cột chính quyền số cao thứ hai cả nước; Bộ Công Thương đạt 0,7386 về Chỉ số chuyển đổi số.",
        [Fig("5 bậc", "delta", 5, "rank", ">="), Fig("15", "rank", 15, "rank"), Fig("thứ ba", "rank", 3, "rank"),
         Fig("cao thứ hai", "rank", 2, "rank"), Fig("0,7386", "score", 0.7386, "point")],
        id="a-ranking-changed-by-name-and-positions-in-words",
    ),
    pytest.param(
        "Quảng Ninh giữ vị trí số 1 năm thứ 8 liên tiếp, đưa tỉnh vào nhóm 30 địa phương có chất lượng điều hành kinh tế "
        "tốt nhất; xã phấn đấu lọt vào nhóm 15 xã, phường dẫn đầu; ba huyện lần lượt xếp thứ 9, 10 và 11/11.",
        [Fig("1", "rank", 1, "rank"), Fig("30", "rank", 30, "rank", "<="), Fig("15", "rank", 15, "rank", "<="),
         Fig("9", "rank", 9, "rank"), Fig("10", "rank", 10, "rank"), Fig("11/11", "rank", 11, "rank", total=11)],
        id="a-place-held-for-years-groups-of-communes-and-a-listed-rank-with-its-total",
    ),
    pytest.param(
        "Tỉnh phấn đấu lấy lại ít nhất 5 bậc; tỉnh đứng đầu và tỉnh cuối bảng chỉ cách nhau chưa đến 12 điểm; khách hàng "
        "có thể lấy lại được khoảng 50% tiền.",
        [Fig("5 bậc", "delta", 5, "rank", ">="), Fig("12 điểm", "delta", 12, "point", "<"),
         Fig("50%", "percent", 50, "%", "~")],
        id="places-regained-and-the-spread-between-the-first-and-the-last",
    ),
]

# (sentence, a piece of it that is never a figure, nor part of one)
REJECT = [
    pytest.param("05/03/2024 - 22:57", "05/03/2024", id="date-dd/mm/yyyy-header"),
    pytest.param("05/03/2024 - 22:57", "22:57", id="clock-time-header"),
    pytest.param("Kết quả Chỉ số CCHC năm 2023 được công bố ngày 05/03/2024.", "05/03/2024", id="date-after-ngay"),
    pytest.param("Phường được thành lập trên cơ sở sắp xếp các phường cũ. Từ 1/7 đến 30/9/2025, Trung tâm đã tiếp nhận "
                 "9.872 hồ sơ.", "1/7", id="date-range-first-day"),
    pytest.param(
        "(TBTCO) - Chiều 20/2, UBND TP. Hà Nội công bố kết quả chỉ số cải cách hành chính các sở, cơ quan "
        "tương đương sở và UBND các quận, huyện, thị xã năm 2023.",
        "20/2",
        id="day/month-after-chieu",
    ),
    pytest.param("Hội nghị 20/2 đã thông qua kết quả xếp loại các đơn vị.", "20/2", id="day/month-bare"),
    pytest.param(
        "Tính đến hết tháng 6/2021, số lượng TTHC áp dụng trên địa bàn tỉnh là 1822 thủ tục.",
        "6/2021",
        id="month/year",
    ),
    pytest.param(
        "Theo kế hoạch 245/KH-UBND, đến năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%.", "245/KH-UBND", id="doc-number-KH"
    ),
    pytest.param(
        "Tuy nhiên, tỷ lệ này vẫn nằm trong ngưỡng cần thiết vì đảm bảo mục tiêu mà Nghị quyết số 30c/NQ-CP đề ra.",
        "30c/NQ-CP",
        id="doc-number-30c",
    ),
    pytest.param(
        "Mọi phản ánh về thủ tục hành chính xin gọi đường dây nóng 0913.456.789 hoặc gửi thư điện tử.",
        "0913.456.789",
        id="phone-dotted",
    ),
    pytest.param(
        "Điện thoại: 0221.3863.577 - Email: bdvtuhy@gmail.com - Website: www.danvanhungyen.vn",
        "0221.3863.577",
        id="phone-landline",
    ),
    pytest.param("ĐT: 0939.923988", "0939.923988", id="phone-mobile"),
    pytest.param("Năm 2023, tỉnh tiếp tục triển khai công tác cải cách hành chính.", "2023", id="year-alone"),
    pytest.param(
        "Xác định CCHC là 1 trong 3 khâu đột phá chiến lược, Sóc Trăng tăng cường công tác chỉ đạo, điều hành "
        "của người đứng đầu các cơ quan, đơn vị.",
        "người đứng đầu",
        id="nguoi-dung-dau-head-of",
    ),
    pytest.param(
        "Ông Nguyễn Văn A, người đứng đầu UBND tỉnh, cho biết kết quả đã cải thiện.",
        "người đứng đầu",
        id="nguoi-dung-dau-apposition",
    ),
    pytest.param(
        "Đoàn doanh nghiệp do Chủ tịch Hiệp hội Nguyễn Văn B dẫn đầu đã làm việc với tỉnh.",
        "dẫn đầu",
        id="do-X-dan-dau-led-by",
    ),
    pytest.param("Thứ hai là nó giúp người dân tiết kiệm thời gian đi lại.", "Thứ hai", id="thu-hai-la-secondly"),
    pytest.param("Dự án thứ hai là Khu đô thị mới đã được khởi công.", "thứ hai", id="du-an-thu-hai-ordinal"),
    pytest.param("Tối qua (7.2), Sở Y tế đã có văn bản gửi các bệnh viện.", "7.2", id="day.month-in-parentheses"),
    pytest.param("Khoảng 17h ngày 20/4 (thứ 3), em đi học về.", "3", id="weekday-after-a-date"),
    pytest.param("Phiên họp diễn ra vào thứ 5, ngày 15/3 tại trụ sở UBND.", "5", id="weekday-before-a-date"),
    pytest.param("Hội nghị được tổ chức trực tuyến tại 63 điểm cầu trên cả nước.", "63", id="diem-cau-places"),
    pytest.param("Mẫu xe mới có 18 điểm mới nổi bật so với phiên bản cũ.", "18", id="diem-moi-features"),
    pytest.param("Hãng nâng tổng số trung tâm phục vụ khách hàng lên hơn 80 điểm trên toàn quốc.", "80",
                 id="diem-tren-toan-quoc-places"),
    pytest.param("Bộ Y tế đứng cuối bảng xếp hạng năm thứ hai liên tiếp.", "xếp hạng năm", id="xep-hang-nam-the-year"),
    pytest.param("Hà Nam có số hồ sơ trực tuyến là 115.665, chiếm 68,54%.", "115.665", id="bare-count-with-thousands-dots"),
    pytest.param("Sóng biển cao từ 1,5 - 3,0 m.", "1,5", id="bare-number-of-metres"),
    pytest.param("Khoảng cách giữa \"quán quân\" và \"á quân\" năm nay khá sít sao.", "quán quân", id="quoted-term"),
    pytest.param("Đơn vị này chỉ kém đơn vị đứng đầu 1,58 điểm.", "đứng đầu", id="kem-don-vi-dung-dau"),
    pytest.param("| Sở Tài chính | 92,10 | -0,48", "0,48", id="signed-table-cell"),
    pytest.param("Thành phố đặt mục tiêu năm 2025 điểm DDCI trung bình đạt 80.", "2025", id="year-before-diem"),
    pytest.param("Tỷ lệ người dân lo ngại về ô nhiễm xếp thứ ba trong các vấn đề được quan tâm.", "thứ ba",
                 id="rank-of-an-issue"),
    pytest.param("Các chỉ số nhân với trọng số, từ 5% đến 20%, để ra điểm tổng hợp.", "5%", id="weights-of-a-method"),
    pytest.param("“Vị trí số một không phải là đích đến”, ông nói.", "Vị trí số một", id="position-as-a-topic"),
    pytest.param(
        "Tổng điểm tối đa là 100 điểm, trong đó điểm thẩm định chiếm 70 điểm, điểm điều tra chiếm 30 điểm.", "70 điểm",
        id="parts-of-a-maximum",
    ),
    pytest.param("Sở Ngoại vụ thấp hơn đơn vị dẫn đầu tới 17,55 điểm.", "dẫn đầu", id="don-vi-dan-dau-a-role"),
    pytest.param(
        "Chỉ số được đánh giá trên thang điểm 100, gồm 62 điểm đánh giá, thẩm định và 38 điểm điều tra xã hội học.",
        "62 điểm", id="parts-of-a-scale",
    ),
    pytest.param(
        "Điểm thẩm định tối đa 62,5 điểm và điểm điều tra xã hội học tối đa 37,5 điểm.", "37,5 điểm",
        id="maximum-of-a-method",
    ),
]


@pytest.fixture(scope="module")
def pipeline():
    """The pipeline as `extract run` builds it by default (shipped models, rules as fallback)."""
    return load_pipeline(DEFAULT_MODELS)


def _scored(figs: list[Fig]) -> list[Fig]:
    """Drop plain counts: optional in the contract and never scored."""
    return [f for f in figs if not (f.kind == "count" and f.total is None)]


def _grammar(sentence: str) -> list[Fig]:
    t = normalize(sentence).text
    return _scored(
        [Fig(t[c.start:c.end], c.kind, c.value, c.unit, c.comparator, c.total) for c in find_figures(t)]
    )


def _through_pipeline(pipeline, text: str) -> list[Fig]:
    """Figures of the output record, their text folded to NFC/`Đ` so variants compare equal.

    Also checks the contract's offset rule on the way: the recorded span slices the input."""
    rec = pipeline("case", text)
    assert rec.status == "ok", rec.error
    out = []
    for fact in rec.facts:
        f = fact.figure
        assert text[f.start:f.end] == f.text, (f.start, f.end, f.text)
        out.append(Fig(_fold(f.text), f.kind, f.value, f.unit, f.comparator, f.total))
    return _scored(out)


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).replace("\u00d0", "\u0110")


def _nfd_lookalike(s: str) -> str:
    """The same sentence as some sites serve it: decomposed, with `Ð` (U+00D0) for `Đ`."""
    return unicodedata.normalize("NFD", s.replace("\u0110", "\u00d0"))


@pytest.mark.parametrize(("sentence", "expected"), ACCEPT)
def test_grammar_reads_figure(sentence: str, expected: list[Fig]) -> None:
    assert _grammar(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), ACCEPT)
def test_pipeline_writes_figure_with_input_offsets(pipeline, sentence: str, expected: list[Fig]) -> None:
    assert _through_pipeline(pipeline, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), ACCEPT)
def test_pipeline_reads_same_figure_from_nfd_lookalike_text(pipeline, sentence: str, expected: list[Fig]) -> None:
    variant = _nfd_lookalike(sentence)
    assert variant != sentence
    assert _through_pipeline(pipeline, variant) == expected


@pytest.mark.parametrize(("sentence", "token"), REJECT)
def test_grammar_rejects(sentence: str, token: str) -> None:
    t = normalize(sentence).text
    s = t.index(token)
    e = s + len(token)
    hits = [t[c.start:c.end] for c in find_figures(t) if c.start < e and s < c.end]
    assert hits == [], f"{token!r} read as figure(s) {hits}"


@pytest.mark.parametrize(("sentence", "token"), REJECT)
def test_pipeline_rejects(pipeline, sentence: str, token: str) -> None:
    s = sentence.index(token)
    e = s + len(token)
    rec = pipeline("case", sentence)
    assert rec.status == "ok", rec.error
    hits = [f.figure.text for f in rec.facts if f.figure.start < e and s < f.figure.end]
    assert hits == [], f"{token!r} output as figure(s) {hits}"


def test_rejections_leave_the_real_figure_in_the_sentence(pipeline) -> None:
    """Rejecting a document number must not take the sentence's own figure with it."""
    rec = pipeline("case", "Theo kế hoạch 245/KH-UBND, đến năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%.")
    assert [(f.figure.text, f.figure.kind, f.figure.value) for f in rec.facts] == [("80%", "percent", 80)]


def _read(text: str, *attrs: str) -> list[tuple]:
    """Each figure the grammar finds: its text, its kind and the named attributes."""
    return [(text[c.start:c.end], c.kind, *(getattr(c, a) for a in attrs)) for c in find_figures(text)]


def test_thousands_dot_in_a_plain_count_is_never_read_as_a_decimal() -> None:
    """`485.011 TTHC` (seed 004) is a plain count the grammar may skip; if it reads it, 485011."""
    t = normalize(
        "Thời gian giải quyết, công tác tiếp nhận, giải quyết và trả kết quả TTHC được cải tiến, riêng 6 tháng "
        "đầu năm toàn tỉnh đã giải quyết 485.011 TTHC."
    ).text
    s = t.index("485.011")
    for c in find_figures(t):
        if c.start <= s < c.end:
            assert c.value == 485011


@pytest.mark.parametrize(
    ("written", "value"),
    [("92,27", 92.27), ("485.011", 485011), ("9.77", 9.77), ("1.234.567", 1234567), ("1.234,5", 1234.5),
     ("0,5", 0.5), ("7,5", 7.5), ("100", 100)],
)
def test_vietnamese_number_notation(written: str, value: float) -> None:
    assert parse_number(written) == pytest.approx(value)


def test_a_gap_read_past_a_dash_aside_belongs_to_the_unit_compared_from(pipeline) -> None:
    rec = pipeline("case", "Năm 2025, Quảng Ninh chỉ cao hơn Hải Phòng – địa phương xếp thứ 5 – đúng 1,76 điểm PGI.")
    gap = [f for f in rec.facts if f.figure.text == "1,76 điểm"][0]
    assert (gap.figure.kind, gap.figure.value, gap.subject.canonical) == ("delta", 1.76, "Quảng Ninh")


def test_changes_named_before_a_comma_or_signed_after_a_component_name() -> None:
    text = ("Các chỉ số thành phần đều tăng, mạnh nhất là Tính minh bạch (0,78 điểm); Chi phí thời gian (+0,84) và "
            "Đào tạo lao động (+0,6) cũng tăng, Tính minh bạch (-0,08) đi xuống. Có 4 chỉ số giảm điểm, trong đó "
            "Tiếp cận đất đai giảm mạnh nhất, tới 0,83 điểm. Liên hệ (+84) 236 3822 111.")
    got = _read(text, "value")
    assert got == [("0,78 điểm", "delta", 0.78), ("+0,84", "delta", 0.84), ("+0,6", "delta", 0.6),
                   ("-0,08", "delta", -0.08), ("0,83 điểm", "delta", -0.83)]


def test_a_rank_within_a_named_region_is_no_count_of_regions() -> None:
    text = "DTI 2024: Hà Nam tăng 9 bậc, đứng thứ 4 vùng Đồng bằng sông Hồng; cả nước có 6 vùng kinh tế."
    assert _read(text) == [("9 bậc", "delta"), ("4", "rank")]


def test_ranks_listed_after_thu_hang_and_lan_luot() -> None:
    text = "Thứ hạng toàn quốc của Lâm Đồng, Đắk Lắk và Gia Lai lần lượt là 14, 27 và 41; tỉnh có 3 huyện và 2 thị xã."
    assert _read(text) == [("14", "rank"), ("27", "rank"), ("41", "rank")]


def test_a_change_stated_after_a_scale_is_a_figure() -> None:
    text = "Điểm tổng hợp 42,87 điểm trên thang điểm 80 của tỉnh cao hơn 1,64 điểm so với năm trước; thang điểm 80 gồm 8 nội dung."
    assert _read(text, "value") == [
        ("42,87 điểm", "score", 42.87), ("1,64 điểm", "delta", 1.64)]


def test_a_gap_of_less_than_is_a_change_bounded_above() -> None:
    text = "Điểm của tỉnh thấp hơn trung bình toàn quốc, khoảng cách chỉ chưa đầy 1,5 điểm."
    assert _read(text, "comparator") == [("1,5 điểm", "delta", "<")]


def test_moves_in_a_ranking_after_thang_and_nhay_or_written_in_words() -> None:
    text = ("Hậu Giang tạo cú nhảy 26 bậc, Bình Định thăng 17 bậc, Bộ Tư pháp tăng một bậc, còn Sơn La tụt hai hạng. "
            "Tỉnh thăng chức cho 5 cán bộ; đội bóng nhảy 3 lần; năm bậc thang; tăng năm 2023.")
    assert _read(text, "value", "unit") == [
        ("26 bậc", "delta", 26, "rank"), ("17 bậc", "delta", 17, "rank"), ("một bậc", "delta", 1, "rank"),
        ("hai hạng", "delta", -2, "rank")]


def test_a_share_of_departments_projects_or_firms_written_x_of_y_is_a_count() -> None:
    text = ("Bộ bị trừ điểm do còn 2/24 vụ, đơn vị chưa hoàn thành; 5/7 đề án và 3/4 công ty đã xong; xếp thứ 11/17; đã xử "
            "lý xong 221/236 phản ánh, kiến nghị.")
    assert _read(text, "total") == [
        ("2/24", "count", 24), ("5/7", "count", 7), ("3/4", "count", 4), ("11/17", "rank", 17), ("221/236", "count", 236)]


def test_bare_values_after_an_index_score_or_the_national_extremes() -> None:
    text = ("Bắc Ninh xếp thứ 5/63 với điểm DTI 0,6842. Công khai, minh bạch đạt 5,08 điểm (toàn quốc: cao nhất 6,02, thấp "
            "nhất 4,47 điểm). Năm 2023, Bộ đứng ở vị trí thứ 9 với giá trị DTI 0,6129.")
    assert _read(text) == [
        ("5/63", "rank"), ("0,6842", "score"), ("5,08 điểm", "score"), ("6,02", "score"), ("4,47 điểm", "score"),
        ("9", "rank"), ("0,6129", "score")]


def test_the_spending_bound_that_defines_a_group_of_firms_is_no_figure() -> None:
    text = ("Tỷ lệ doanh nghiệp phải chi hơn 10% doanh thu cho các khoản chi phí không chính thức chỉ còn 4,9%; chi phí tuân "
            "thủ chiếm khoảng 2,5% doanh thu.")
    assert _read(text) == [("4,9%", "percent"), ("2,5%", "percent")]


def test_a_leaders_role_compared_with_the_last_is_no_first_place() -> None:
    text = "Như vậy, đơn vị dẫn đầu cao hơn đơn vị cuối bảng 16,57 điểm. Sở Tư pháp dẫn đầu khối sở."
    assert _read(text) == [("16,57 điểm", "delta"), ("dẫn đầu", "rank")]


def test_an_improvement_in_percent_against_a_year_is_a_change() -> None:
    text = "Yếu tố này chỉ đạt 80,28%, dù đã cải thiện 2,5% so với năm trước; thủ tục cải thiện 30% thời gian."
    assert _read(text) == [
        ("80,28%", "percent"), ("2,5%", "delta"), ("30%", "percent")]


def test_shares_of_investors_and_regulations_a_region_in_lower_case_and_a_peer_compared_with() -> None:
    text = ("Có 9/26 chủ đầu tư giải ngân dưới 50%; Bộ đã cắt giảm, đơn giản hóa 312/1.086 quy định. Tăng trưởng GRDP "
            "đạt 11,03%, đứng thứ 2 vùng đồng bằng sông Hồng; tỉnh có 2 vùng đồng bằng. Quảng Ninh tiếp tục đứng đầu "
            "cả nước, hơn địa phương xếp sau 0,41 điểm; tỉnh có hơn 10 địa phương đạt 80%.")
    assert [(text[c.start:c.end], c.kind, c.total) for c in find_figures(text) if c.kind != "count" or c.total] == [
        ("9/26", "count", 26), ("50%", "percent", None), ("312/1.086", "count", 1086), ("11,03%", "percent", None),
        ("2", "rank", None), ("đứng đầu", "rank", None), ("0,41 điểm", "delta", None), ("80%", "percent", None)]


def test_a_place_left_is_no_place_held() -> None:
    text = "PCI 2022: Đồng Tháp rơi khỏi top 10; Đà Nẵng trượt khỏi tốp 5, còn Long An vào top 10."
    assert _read(text) == [("10", "rank")]


def test_last_place_of_a_list_a_climb_a_shortened_time_and_a_years_place_in_parentheses() -> None:
    text = ("Lai Châu xếp 32/34, Điện Biên 33/34 (80,4 %) và Cao Bằng 34/34 với 79,12%. Lĩnh vực này tăng mạnh nhất, "
            "thêm 4,15% so với năm trước. Tỉnh leo 8 bậc; Sở rút ngắn thời gian giải quyết hồ sơ ít nhất 30%. Tỉnh tụt "
            "6 bậc, xếp thứ 40 (năm 2021 thứ 34).")
    assert _read(text, "value") == [
        ("32/34", "rank", 32), ("33/34", "rank", 33), ("80,4 %", "percent", 80.4), ("34/34", "rank", 34),
        ("79,12%", "percent", 79.12), ("4,15%", "delta", 4.15), ("8 bậc", "delta", 8), ("30%", "delta", -30),
        ("6 bậc", "delta", -6), ("40", "rank", 40), ("34", "rank", 34)]


def test_a_rank_moved_from_a_year_short_of_the_last_and_one_cut_named_by_two_verbs() -> None:
    text = ("Thứ hạng lùi từ 53 xuống 55/63. Sở Xây dựng đạt 79,84%, hụt gần 5% so với năm 2024; doanh nghiệp thiếu hụt "
            "20% lao động. Bộ cắt giảm, đơn giản hóa ít nhất 30% thời gian tuân thủ.")
    assert _read(text, "value") == [
        ("53", "rank", 53), ("55/63", "rank", 55), ("79,84%", "percent", 79.84), ("5%", "delta", -5),
        ("20%", "percent", 20), ("30%", "delta", -30)]


def test_a_rank_under_a_label_and_a_further_cut() -> None:
    text = ("DTI của Huế: 0,6521 điểm • Xếp hạng: 4/63 tỉnh, thành phố. Năm 2025, Đà Nẵng đặt mục tiêu giảm tiếp 50% số "
            "hồ sơ trễ hạn so với năm 2024.")
    assert _read(text) == [
        ("0,6521 điểm", "score"), ("4/63", "rank"), ("50%", "delta")]


def test_a_position_in_parentheses_may_carry_a_remark_after_it() -> None:
    text = ("- Chỉ số CCHC: 87,05 % (thứ 27; năm 2022: thứ 33)\n"
            "- Chỉ số PCI: 65,42 điểm (thứ 29, tăng 3 bậc)")
    assert _read(text) == [
        ("87,05 %", "percent"), ("27", "rank"), ("33", "rank"), ("65,42 điểm", "score"), ("29", "rank"), ("3 bậc", "delta")]


def test_the_last_place_with_its_number_in_parentheses() -> None:
    text = "Khối huyện: TP Tuy Hòa đứng đầu; huyện Sông Hinh xếp cuối (9/9) với 79,8%."
    assert _read(text, "total") == [
        ("đứng đầu", "rank", None), ("9/9", "rank", 9), ("79,8%", "percent", None)]


def test_unit_scale_values_after_one_given_with_its_verb() -> None:
    text = "Chính quyền số có điểm trung bình cao nhất với 0,6842, kế đến là Xã hội số 0,5907 và Kinh tế số 0,5318."
    assert _read(text) == [
        ("0,6842", "score"), ("0,5907", "score"), ("0,5318", "score")]


def test_dimensions_counted_and_a_rise_short_of_a_point() -> None:
    text = ("So với năm trước, 7/8 chiều nội dung có điểm bình quân tăng, nhưng mức tăng bình quân chưa đến 1 điểm.")
    assert _read(text, "comparator") == [
        ("7/8", "count", None), ("1 điểm", "delta", "<")]


def test_values_listed_line_by_line_under_a_header_that_names_the_unit() -> None:
    text = ("Điểm tổng hợp PAPI 2023 của 13 địa phương ĐBSCL (điểm, xếp từ cao xuống thấp):\nĐồng Tháp: 45,62\n"
            "Vĩnh Long: 44,97\nTP Cần Thơ: 42,79\nNguồn: Báo cáo PAPI 2023\n\nLịch tiếp dân:\nThứ Hai: 8,30\n")
    assert _read(text) == [
        ("45,62", "score"), ("44,97", "score"), ("42,79", "score")]


def test_the_reference_named_then_given_after_la_is_its_level() -> None:
    text = "Dù vậy, kết quả vẫn thấp hơn bình quân cả nước là 84,17%; cao hơn mức trung bình của vùng 2,1%."
    assert _read(text) == [("84,17%", "percent"), ("2,1%", "delta")]


def test_a_unit_scale_score_named_then_given_after_a_comma() -> None:
    text = "Đắk Nông có điểm thấp nhất vùng, 0,3798."
    assert _read(text) == [("0,3798", "score")]


def test_an_inline_ranking_gives_each_holder_its_place_in_parentheses() -> None:
    """`Top 5 gồm: Sở Tư pháp (1), Sở Nội vụ (2) …`: the places must run on and follow names."""
    text = ("Top 3 gồm: Sở Tư pháp (1), Sở Nội vụ (2) và Ban Quản lý Khu kinh tế (3). "
            "Các nhiệm vụ gồm: Cải cách thể chế (1), hiện đại hóa (2).")
    assert [(t, v) for t, k, v in _read(text, "value") if k == "rank"] == [("3", 3.0), ("1", 1.0), ("2", 2.0), ("3", 3.0)]


def test_a_place_counted_from_the_bottom_is_turned_round_or_dropped() -> None:
    """`thứ hai từ dưới lên trong khối 20 sở` is 19th of 20; with no field size it says no place."""
    assert _read("Chỉ số thành phần này đứng thứ hai từ dưới lên trong khối 20 sở, ban, ngành.", "value") == [
        ("đứng thứ hai từ dưới lên", "rank", 19.0)]
    assert _read("Kon Tum chót bảng với 80,12%, còn Đắk Nông đứng thứ hai từ dưới lên với 80,5%.") == [
        ("80,12%", "percent"), ("80,5%", "percent")]


def test_places_won_and_a_place_numbered_before_the_ranking_it_is_in() -> None:
    text = ("Thị xã Quảng Yên giành hạng nhì (85,12 điểm). Huyện Hiệp Hòa lần đầu vươn lên vị trí số 1 khối địa phương.")
    assert _read(text, "value") == [
        ("giành hạng nhì", "rank", 2.0), ("85,12 điểm", "score", 85.12), ("1", "rank", 1.0)]


def test_the_start_of_a_rise_written_with_muc_and_hien_nay_is_a_level() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến toàn trình tăng từ mức 41% hiện nay lên trên 60%."
    assert _read(text, "comparator") == [("41%", "percent", None), ("60%", "percent", ">")]


def test_gaps_written_as_spreads_deductions_and_unitless_values() -> None:
    text = ("Khoảng cách giữa địa phương cao điểm nhất và thấp điểm nhất trong vùng vẫn còn gần 9 điểm. Năm trước, chênh lệch "
            "giữa hai nhóm này là 0,1425. Đà Nẵng chỉ còn hơn Huế 0,0126 điểm, so với mức chênh gần 0,05 điểm của năm trước. "
            "Tiêu chí này bị trừ 0,5 điểm.")
    assert _read(text, "value") == [
        ("9 điểm", "delta", 9.0), ("0,1425", "delta", 0.1425), ("0,0126 điểm", "delta", 0.0126),
        ("0,05 điểm", "delta", 0.05), ("0,5 điểm", "delta", -0.5)]


def test_a_level_reached_with_voi_and_a_second_comparison_after_nhung() -> None:
    text = ("Vĩnh Long nhỉnh hơn với 67,05 điểm. An Giang kém Kiên Giang 0,45 điểm nhưng hơn Sóc Trăng tới 1,34 điểm; "
            "tỷ lệ này thấp hơn bình quân chung hơn 9%.")
    assert _read(text, "value") == [
        ("67,05 điểm", "score", 67.05), ("0,45 điểm", "delta", -0.45), ("1,34 điểm", "delta", 1.34), ("9%", "delta", -9.0)]


def test_the_weights_listed_after_a_scales_maximum_are_not_results() -> None:
    text = ("Bộ chỉ số gồm 5 nhóm tiêu chí với tổng điểm tối đa là 100: công khai, minh bạch (18 điểm); tiến độ giải quyết hồ "
            "sơ (20 điểm). Phường A đạt 88 điểm; Hải Phòng về nhì.")
    assert _read(text, "value") == [("88 điểm", "score", 88.0), ("về nhì", "rank", 2.0)]


def test_bare_values_on_a_zero_to_one_scale_are_scores_on_a_dti_page(pipeline) -> None:
    text = ("Chỉ số chuyển đổi số (DTI) năm 2024: Bắc Ninh dẫn đầu với 0,7015 nhờ công nghiệp điện tử.\n"
            "• 0,5364: giá trị DTI trung bình cấp tỉnh (năm 2023: 0,4868)\n"
            "• Chính quyền số 0,6271 – Kinh tế số 0,4187; hệ số điều chỉnh 0,8523\n"
            "Trụ cột Chính phủ số mới đạt 0,5190, thấp hơn giá trị trung bình của khối 0,0208.\n")
    figures = [(f.figure.text, f.figure.kind, f.figure.value) for f in pipeline("case", text).facts]
    assert figures == [("dẫn đầu", "rank", 1), ("0,7015", "score", 0.7015), ("0,5364", "score", 0.5364),
                       ("0,4868", "score", 0.4868), ("0,6271", "score", 0.6271), ("0,4187", "score", 0.4187),
                       ("0,5190", "score", 0.519), ("0,0208", "delta", -0.0208)]
    # (on a page about nothing scored so, a bare `0,7015` stays a number)
    assert [c.value for c in find_figures("Bắc Ninh dẫn đầu với 0,7015 nhờ công nghiệp điện tử.")] == [1]
