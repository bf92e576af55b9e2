"""ORG/LOC tagging on phrases the press writes: each case names the spans and canonical names
the tagger must give (the full measurement is `scripts/ner_compare.py` on the entity gold)."""

from __future__ import annotations

import pytest

from extract.entities import find_entities

CASES = [
    # place names holding words that open sentences elsewhere
    ("Ở khối huyện, huyện Đại Từ xếp thứ hai.", [("huyện Đại Từ", "LOC", "Đại Từ")]),
    ("Quận Hai Bà Trưng và huyện Ba Vì tăng điểm.",
     [("Quận Hai Bà Trưng", "LOC", "Hai Bà Trưng"), ("huyện Ba Vì", "LOC", "Ba Vì")]),
    # numbered wards and urban districts, but never a province followed by a score
    ("Quận 1 đứng đầu, Phường 6 thứ hai.", [("Quận 1", "LOC", "Quận 1"), ("Phường 6", "LOC", "Phường 6")]),
    ("Xây dựng văn bản QPPL tại tỉnh 6,75/8 điểm; phát triển kinh tế của tỉnh 20,31/26 điểm.", []),
    # a sentence-opening word after a place is not part of its name
    ("Tại tỉnh Quảng Ninh Theo đó, chỉ số tăng.", [("tỉnh Quảng Ninh", "LOC", "Quảng Ninh")]),
    # organisations run to their last word; a council stands for its unit (contract)
    ("Sở Lao động - Thương binh và Xã hội dẫn đầu.",
     [("Sở Lao động - Thương binh và Xã hội", "ORG", "Sở Lao động - Thương binh và Xã hội")]),
    ("UBND tỉnh Sóc Trăng công bố kết quả.", [("UBND tỉnh Sóc Trăng", "ORG", "Sóc Trăng")]),
    ("Sở Tư pháp (81,44 điểm) và Ban Quản lý các khu công nghiệp (80,9 điểm).",
     [("Sở Tư pháp", "ORG", "Sở Tư pháp"), ("Ban Quản lý các khu công nghiệp", "ORG", "Ban Quản lý các khu công nghiệp")]),
    ("Huyện Cư M'gar đạt 612,5 điểm.", [("Huyện Cư M'gar", "LOC", "Cư M'gar")]),
    # an acronym after `và` is another body
    ("Học viện Hành chính Quốc gia và UNDP công bố PAPI.",
     [("Học viện Hành chính Quốc gia", "ORG", "Học viện Hành chính Quốc gia"), ("UNDP", "ORG", "UNDP")]),
    # a city of one syllable after its prefix, but not a province of one
    ("TP Vinh xếp thứ nhì, tỉnh Đông bằng phẳng.", [("TP Vinh", "LOC", "Vinh")]),
    # a department named with its province is the department (the contract's `Sở Y tế`)
    ("Sở Tài chính tỉnh Thanh Hóa đứng đầu.", [("Sở Tài chính tỉnh Thanh Hóa", "ORG", "Sở Tài chính")]),
    # a body's name may run on in seven lower-case words (`Cục Đăng ký quốc gia giao dịch bảo đảm`)
    ("Trung tâm Lý lịch tư pháp quốc gia đạt 72%.",
     [("Trung tâm Lý lịch tư pháp quốc gia", "ORG", "Trung tâm Lý lịch tư pháp quốc gia")]),
    # `không` ends a name as a negation, not inside `hàng không` (aviation)
    ("Ông Thắng - Cục trưởng Cục Hàng không Việt Nam cho biết công suất không đổi.",
     [("Cục Hàng không Việt Nam", "ORG", "Cục Hàng không Việt Nam")]),
    ("Sở Tư pháp không đạt 80%.", [("Sở Tư pháp", "ORG", "Sở Tư pháp")]),
    ("Cục Đăng ký quốc gia giao dịch bảo đảm dẫn đầu; Cục Trợ giúp pháp lý tăng 7 bậc.",
     [("Cục Đăng ký quốc gia giao dịch bảo đảm", "ORG", "Cục Đăng ký quốc gia giao dịch bảo đảm"),
      ("Cục Trợ giúp pháp lý", "ORG", "Cục Trợ giúp pháp lý")]),
    # a verb of saying or forecasting ends a name (`Ngân hàng Thế giới dự báo …`)
    ("Ngân hàng Thế giới dự báo kinh tế Việt Nam tăng trưởng 2,5%.",
     [("Ngân hàng Thế giới", "ORG", "Ngân hàng Thế giới"), ("Việt Nam", "LOC", "Việt Nam")]),
]


def test_kind_of_a_body_is_its_whole_head_word() -> None:
    """`Học viện …` is a `Học viện` (which rarely owns a ranked figure), not a `Học`."""
    assert [m.kind for m in find_entities("Học viện Hành chính Quốc gia, Trung tâm Phục vụ hành chính công")] == [
        "Học viện", "Trung tâm"]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tagged_spans_and_canonical_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(text[m.start:m.end], m.label, m.canonical) for m in find_entities(text)]
    assert got == expected


def test_a_district_named_like_a_country_and_same_named_units() -> None:
    from extract.entities import find_entities

    text = "Tỉnh Hậu Giang: hai huyện Phụng Hiệp, Long Mỹ có mức trung bình thấp nhất."
    got = [(text[m.start:m.end], m.canonical, m.kind) for m in find_entities(text)]
    assert ("Long Mỹ", "Long Mỹ", "district") in got and not any(c == "Mỹ" for _, c, _ in got)


def test_a_one_word_name_then_a_verb_is_a_name_but_a_head_cut_mid_word_is_not() -> None:
    text = "Cục Thuế dẫn đầu khối đơn vị trực thuộc; Bộ Chỉ số CCHC được ban hành."
    assert [(text[m.start:m.end], m.canonical) for m in find_entities(text)] == [("Cục Thuế", "Cục Thuế")]


def test_abbreviated_wards_districts_and_communes_but_not_an_initial() -> None:
    text = "Dẫn đầu là P.Hoàn Kiếm, tiếp theo là P. Cửa Nam và X.Bát Tràng. Ông Nguyễn P. Nam làm việc tại Q. Bình Thạnh."
    assert [(text[m.start:m.end], m.canonical, m.kind) for m in find_entities(text)] == [
        ("P.Hoàn Kiếm", "Hoàn Kiếm", "commune"), ("P. Cửa Nam", "Cửa Nam", "commune"), ("X.Bát Tràng", "Bát Tràng", "commune"),
        ("Q. Bình Thạnh", "Bình Thạnh", "district")]


def test_a_zones_management_board_keeps_the_zones_own_name() -> None:
    text = "Ban Quản lý Khu kinh tế Đông Nam xếp thứ hai; Ban Quản lý Khu kinh tế tỉnh Quảng Ngãi đứng cuối."
    assert [m.canonical for m in find_entities(text)] == [
        "Ban Quản lý Khu kinh tế Đông Nam", "Ban Quản lý Khu kinh tế tỉnh Quảng Ngãi"]


def test_a_district_named_in_capitals_in_a_header_is_found_but_not_words_after_it() -> None:
    for text, want in (("UBND THỊ XÃ HOÀI NHƠN\nBáo cáo số 512/BC-UBND", [("Hoài Nhơn", "district", "THỊ XÃ HOÀI NHƠN")]),
                       ("CHỈ SỐ CCHC CỦA HUYỆN CẨM GIÀNG TĂNG 5 BẬC", [("Cẩm Giàng", "district", "HUYỆN CẨM GIÀNG")]),
                       ("CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ VINH", [("Vinh", "city", "THÀNH PHỐ VINH")]),
                       ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", [])):
        assert [(m.canonical, m.kind, text[m.start:m.end]) for m in find_entities(text)] == want


def test_a_commune_named_in_capitals_is_the_longest_name_the_gazetteer_knows() -> None:
    for text, want in (("ĐÀI TRUYỀN THANH PHƯỜNG HÒA CƯỜNG BẮC – CHƯƠNG TRÌNH NGÀY 15/10",
                        [("Hòa Cường Bắc", "commune", "PHƯỜNG HÒA CƯỜNG BẮC")]),
                       ("UBND PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM\n", [("Văn Miếu - Quốc Tử Giám", "commune", "PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM")]),
                       ("XÃ TÂN PHONG ĐẠT 90% HỒ SƠ TRỰC TUYẾN", [("Tân Phong", "commune", "XÃ TÂN PHONG")]),
                       # (a name that runs on past what the gazetteer knows is not cut short to a wrong one)
                       ("ĐÀI TRUYỀN THANH XÃ PHƯỚC THẠNH ĐÔNG\n", []),
                       ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", [])):
        assert [(m.canonical, m.kind, text[m.start:m.end]) for m in find_entities(text)] == want


def test_a_ministry_or_department_in_capitals_is_found_unless_it_is_the_sites_masthead() -> None:
    for text, want in (("BỘ TƯ PHÁP – THÔNG TIN NHANH: CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024", [("Bộ Tư pháp", "BỘ TƯ PHÁP")]),
                       ("UBND TỈNH NINH BÌNH\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 118/BC-STNMT",
                        [("Ninh Bình", "TỈNH NINH BÌNH"), ("Sở Tài nguyên và Môi trường", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG")]),
                       ("CỔNG THÔNG TIN ĐIỆN TỬ BỘ NỘI VỤ\nTrang chủ > Tin tức", []),
                       ("SỞ NỘI VỤ TỈNH QUẢNG TRỊ\nTrang chủ / Tin tức - Sự kiện", [("Quảng Trị", "TỈNH QUẢNG TRỊ")]),
                       ("BỘ CHỈ SỐ PAR INDEX", [])):
        got = [(m.canonical, text[m.start:m.end]) for m in find_entities(text) if m.label == "ORG" or m.kind == "province"]
        assert got == want


def test_a_steering_or_council_board_is_a_ban_but_a_department_named_ban_is_its_own_kind() -> None:
    text = ("Ban Chỉ đạo cải cách hành chính tỉnh họp; Ban Pháp chế HĐND tỉnh Kon Tum giám sát; Ban Quản lý Khu kinh "
            "tế tỉnh đạt 78,21%; đội bóng bay sang Tây Ban Nha.")
    got = [(text[m.start:m.end], m.kind) for m in find_entities(text)]
    assert [k for _, k in got[:2]] == ["Ban", "Ban"]
    assert got[2] == ("Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý Khu kinh tế tỉnh")
    assert got[3:] == [("Tây Ban Nha", "country")]


def test_an_economic_zone_board_named_before_its_industrial_parks() -> None:
    text = ("Sở Tư pháp và Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi (BQL KKT) dẫn đầu; Ban "
            "Quản lý Khu kinh tế Đông Nam và Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi theo sau.")
    assert [text[m.start:m.end] for m in find_entities(text)] == [
        "Sở Tư pháp", "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi",
        "Ban Quản lý Khu kinh tế Đông Nam", "Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi"]


def test_an_industrial_parks_board_of_the_province_keeps_its_tinh() -> None:
    """`Ban Quản lý các khu công nghiệp tỉnh, đơn vị …`, as `Ban Quản lý Khu kinh tế tỉnh` (not `tỉnh Bắc Giang`'s place)."""
    text = ("Ban Quản lý các khu công nghiệp tỉnh, đơn vị dẫn đầu năm 2022, lùi xuống thứ 3; Ban Quản lý Khu kinh tế và "
            "các khu công nghiệp tỉnh đạt 85,88 điểm; Ban Quản lý các khu công nghiệp tỉnh Bắc Giang cũng vậy.")
    assert [text[m.start:m.end] for m in find_entities(text)] == [
        "Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh",
        "Ban Quản lý các khu công nghiệp tỉnh Bắc Giang"]


def test_a_ministrys_department_named_vu_but_not_a_director_nor_a_district() -> None:
    """`Vụ Ngân sách nhà nước` is a department of a ministry; `Vụ trưởng` is a title and `Vụ Bản` a district."""
    text = "Vụ Ngân sách nhà nước đạt 84,36 điểm; ông Lê Văn Hải, Vụ Trưởng Vụ Pháp chế, về thăm huyện Vụ Bản."
    assert [(text[m.start:m.end], m.label) for m in find_entities(text)] == [
        ("Vụ Ngân sách nhà nước", "ORG"), ("Vụ Pháp chế", "ORG"), ("huyện Vụ Bản", "LOC")]


def test_a_province_by_its_press_nickname_but_not_a_capital_named_in_full() -> None:
    text = "Đất Cảng dẫn đầu, Thủ đô đạt 91,02% và xứ Thanh lọt top 10; Thủ đô Phnom Penh và Thủ đô Hà Nội thì khác."
    assert [(text[m.start:m.end], m.canonical) for m in find_entities(text)] == [
        ("Đất Cảng", "Hải Phòng"), ("Thủ đô", "Hà Nội"), ("xứ Thanh", "Thanh Hóa"), ("Hà Nội", "Hà Nội")]
