"""ORG and LOC mentions: gazetteer names, prefixed places and named public bodies.

underthesea's CRF NER, alone, tags `năm 2022` as LOC and misses most `Sở …` names on this
text, and costs ~100× the rest of the pipeline; the press writes administrative names in a
regular way (a prefix or a head noun, then capitalised syllables), which these rules read.
Overlaps are settled longest-first, so `UBND tỉnh Sóc Trăng` is one ORG, not ORG + LOC.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .gazetteer import (
    COUNTRIES,
    DEPARTMENT_NAMES,
    REGIONS,
    canonical_org,
    canonical_place,
    canonical_region,
    commune_names_upper,
    district_names_upper,
    districts_of,
    one_word_districts,
    provinces,
)
from .normalize import fold_name

REGION_NAMES = frozenset(REGIONS)


@dataclass(frozen=True)
class Mention:
    """An entity mention in normalised-text offsets."""

    start: int
    end: int
    label: str
    canonical: str
    # Place-level of a LOC (`province`, `district`, `commune`, `region`) or ORG head word.
    kind: str = ""


# (`không` is a word of a name in `hàng không`, aviation, and `phòng không`, air defence; `giúp` in `trợ giúp`)
_STOP = (
    "là|có|đã|đang|sẽ|được|bị|và|với|của|cho|tại|trong|về|theo|đạt|tăng|giảm|xếp|đứng|năm|thì|này|đó|"
    "các|những|một|từ|đến|khi|vì|nên|nhưng|cũng|vẫn|đều|còn|(?<![Hh]àng[ ]|[Pp]hòng[ ])không|chưa|rất|đây|ở|trên|dưới|hơn|cùng|"
    "vừa|mới|luôn|tiếp|lại|nhất|thứ|hạng|vị|đầu|dẫn|số|chỉ|tỷ|do|nhằm|để|như|mỗi|quán|khối|"
    "gồm|thuộc|sau|trước|qua|lần|đợt|ngày|tháng|quý|vươn|lên|xuống|nằm|giữ|(?<![Tt]rợ[ ])giúp|tặng|trao|"
    "nhận|gửi|ra|thấp|"
    # verbs of two syllables whose first syllable also occurs inside names (`Hành chính công`)
    "ban[ ]hành|công[ ]bố|tổng[ ]kết|kết[ ]quả|đánh[ ]giá|triển[ ]khai|tham[ ]mưu|chủ[ ]trì|phối[ ]hợp|"
    "thực[ ]hiện|phấn[ ]đấu|tổ[ ]chức|người[ ]dân|giai[ ]đoạn|yêu[ ]cầu|đề[ ]nghị|kiện[ ]toàn|sáp[ ]nhập|"
    r"tinh[ ]gọn|đề[ ]ra|chuyển[ ]đổi|cấp[ ]tỉnh|cấp[ ]huyện|cấp[ ]xã|xây[ ]dựng[ ]\p{Lu}|"
    "duy[ ]trì|hoàn[ ]thành|ghi[ ]nhận|cho[ ]biết|chiếm|cung[ ]cấp|nỗ[ ]lực|ước|dự[ ]báo|cho[ ]rằng|nhận[ ]định|diễn[ ]ra"
)
_STOP_AFTER = regex.compile(rf"[ ](?:{_STOP})(?!\p{{L}})")
# Family names: a capitalised word after one of them is part of a person's name.
_SURNAMES = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Trương|Đinh|Lâm|Mai|Tô|"
    "Trịnh|Đào|Cao|Lưu|Tạ|Thái|Lại|Kiều|Tăng|Quách|Vương|Hà|Đoàn|Lương|Chu|Văn|Thị"
)
# Capitalised words that open sentences, never names.
_NOT_NAME = (
    "Đây|Đó|Theo|Trong|Tại|Với|Năm|Các|Những|Kết|Sau|Ngoài|Bên|Cụ|Đặc|Hiện|Như|Qua|Về|Khi|Nhờ|Do|"
    "Để|Tuy|Còn|Ông|Bà|Anh|Chị|Ngày|Tháng|Từ|Cùng|Riêng|Trước|Thời|Giai|Ảnh|Nguồn|Giấy|Chỉ|Điều|Một|Hai|Ba"
)
_CAP = rf"(?:(?!(?:{_NOT_NAME})(?!\p{{L}}))\p{{Lu}}\p{{Ll}}*)"
_ACRO = r"(?:\p{Lu}{2,}(?:[&\-]\p{Lu}+)*|\p{Lu}+&\p{Lu}+(?:[&\-]\p{Lu}+)*)"
_PLACE_WORD = r"(?:tỉnh|thành[ ]phố|huyện|quận|thị[ ]xã|xã|phường)[ ]+\p{Lu}"
_LOWER = rf"(?:(?!(?:{_STOP})(?!\p{{L}})|{_PLACE_WORD})\p{{Ll}}+)"
_COMP = rf"(?:{_ACRO}|{_CAP}(?:[ ]+{_LOWER}){{0,7}})"
# A component joined by a bare space must read like a name part, not a person's name.
_NEXT_COMP = rf"(?:{_ACRO}|Việt[ ]Nam|{_CAP}(?:[ ]+{_LOWER}){{1,4}})"
# Place names may hold words that open sentences elsewhere (`Đại Từ`, `Hai Bà Trưng`, `Ba Vì`) and
# an apostrophe (`Cư M'gar`, `Ea H'leo`);
# numbered ones are wards and urban districts (`Quận 1`), never `tỉnh 6,75/8 điểm`.
# After the first word a photo credit only stops the name where its colon follows (`Tùng Ảnh` is a commune).
_PLACE_WORD_CAP = r"(?:\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)?)"
_PLACE_CAP = rf"(?:(?!(?:Theo|Trong|Tại|Với|Về|Khi|Sau|Năm|Ngày|Tháng|Ảnh|Nguồn)(?!\p{{L}})){_PLACE_WORD_CAP})"
# (`thị xã Ngã Năm`: `Năm` ends a name unless a year or `nay` follows it)
_PLACE_NEXT = rf"(?:(?!(?:Theo|Trong|Tại|Với|Về|Khi|Sau|Ngày|Tháng)(?!\p{{L}})|(?:Ảnh|Nguồn)[ ]*:|Năm[ ]+(?:\d|nay|qua|trước|sau|tới)){_PLACE_WORD_CAP})"
_PLACE_NAME = (
    rf"(?:{_PLACE_CAP}(?:[ ]+{_PLACE_NEXT}){{0,3}}(?:[ ]?-[ ]?{_PLACE_CAP}(?:[ ]+{_PLACE_NEXT}){{0,2}})?|(?<=(?:[Qq]uận|[Pp]hường)[ ]*)\d{{1,2}}(?![\d/]|[,.]\d))"
)
# (an abbreviation ends at its dot or a space: `TPP`, the trade pact, is not `TP` + `P`)
# (`P.Hoàn Kiếm`, `Q. Ba Đình`, `H.Củ Chi`, `X.Bát Tràng`: a ward, district or commune abbreviated, with its dot;
# not an initial after a name, `Nguyễn P. Nam`)
_LOC_PREFIX = (r"(?:[Tt]ỉnh|[Tt]hành[ ]phố|T[Pp](?:\.|(?=[ ]))|[Qq]uận|[Hh]uyện|[Tt]hị[ ]xã|[Tt]hị[ ]trấn|[Xx]ã|[Pp]hường|TX(?:\.|(?=[ ]))"
               r"|[Đđ]ặc[ ]khu|(?<!\p{Lu}\p{Ll}*[ ])[PQHX]\.)")
_BARE_PLACE_AFTER_ORG = r"(?:tỉnh|thành[ ]phố|huyện|quận|thị[ ]xã|xã|phường)(?![ ]*\p{Lu})"
_HEADS = (
    "Cơ sở|Bệnh viện|Chương trình|Sở|Bộ|(?<!Tây[ ])Ban|Thanh tra|Văn phòng|Trung tâm|Ngân hàng|Cục|Tổng cục|Vụ(?![ ](?:Bản|[Tt]rưởng|[Pp]hó))|Viện|Học viện|Kho bạc|"
    "Bảo hiểm xã hội|Công an|Chi cục|Hội đồng|Ủy ban|Uỷ ban|Đài|Báo|Tạp chí|Tập đoàn|Tổng công ty|"
    "Công ty|Trường|Đại học|Liên đoàn|Hiệp hội|Phòng|Đảng bộ|Mặt trận Tổ quốc|Tòa án nhân dân|"
    "Viện kiểm sát nhân dân|Thông tấn xã|Quỹ|Ban Quản lý|Ban quản lý|Cảnh sát|Bộ Chỉ huy|Hội(?![ ]An(?!\\p{L}))"
)
_STANDALONE_ORGS = (
    "Chính[ ]phủ(?![ ]+(?:điện[ ]tử|số))|Quốc[ ]hội|Văn[ ]phòng[ ]Chính[ ]phủ|Thanh[ ]tra[ ]Chính[ ]phủ|Ngân[ ]hàng[ ]Nhà[ ]nước|"
    "Kiểm[ ]toán[ ]Nhà[ ]nước|Thông[ ]tấn[ ]xã[ ]Việt[ ]Nam|Bảo[ ]hiểm[ ]xã[ ]hội[ ]Việt[ ]Nam|Mặt[ ]trận[ ]Tổ[ ]quốc(?:[ ]Việt[ ]Nam)?|"
    "Đài[ ]Truyền[ ]hình[ ]Việt[ ]Nam|Đài[ ]Tiếng[ ]nói[ ]Việt[ ]Nam|Liên[ ][Hh]ợp[ ][Qq]uốc|"
    "Cơ[ ]quan[ ]Phát[ ]triển[ ]Quốc[ ]tế[ ]Hoa[ ]Kỳ|Chương[ ]trình[ ]Phát[ ]triển[ ]Liên[ ][Hh]ợp[ ][Qq]uốc|"
    # `Ban Chỉ đạo cải cách hành chính (CCHC) của Chính phủ`, `Ban Chỉ đạo CCHC tỉnh`
    r"Ban[ ][Cc]hỉ[ ]đạo[ ](?:CCHC|[Cc]ải[ ]cách[ ]hành[ ]chính)(?:[ ]\(CCHC\))?(?:[ ]và[ ]chuyển[ ]đổi[ ]số|[ ]nhà[ ]nước)?"
    # (not before a named place, `… tỉnh Hậu Giang`, which the text is then about)
    r"(?:[ ]của[ ]Chính[ ]phủ|[ ](?:tỉnh|thành[ ]phố)(?![ ]*\p{{Lu}}))?(?![ ]+(?:tỉnh|thành[ ]phố|TP)[ ]+\p{{Lu}})|"
    # `Ban Quản lý các khu công nghiệp (và chế xuất)`: its name runs on in lower case
    r"Ban[ ][Qq]uản[ ]lý[ ](?:các[ ])?[Kk]hu[ ](?:công[ ]nghiệp|kinh[ ]tế|chế[ ]xuất|công[ ]nghệ[ ]cao)"
    # (`Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi`: the zone's own name may come first)
    r"(?:[ ]+(?!(?:tỉnh|thành|TP|Tỉnh|Thành)[ ])\p{{Lu}}\p{{Ll}}*(?:[ ]+\p{{Lu}}\p{{Ll}}*){{0,2}}(?=[ ]+và[ ]+các[ ]))?"
    r"(?:(?:[ ]và|,)[ ](?:các[ ])?(?:[Kk]hu[ ])?(?:công[ ]nghiệp|kinh[ ]tế|chế[ ]xuất|công[ ]nghệ[ ]cao|KCN))*"
    # (or the zone's own name: `Ban Quản lý Khu kinh tế Đông Nam`, `… Khu kinh tế Dung Quất`)
    # (`Ban Quản lý các khu công nghiệp tỉnh, đơn vị …`: the province's own, unnamed, keeps its `tỉnh`)
    r"(?:[ ]+(?:tỉnh[ ]|thành[ ]phố[ ]|TP[ ])?(?:{prov})(?!\p{{L}})|[ ]+(?!(?:tỉnh|thành|TP|Tỉnh|Thành)[ ])\p{{Lu}}\p{{Ll}}*(?:[ ]+\p{{Lu}}\p{{Ll}}*){{0,2}}"
    r"|[ ]+(?:tỉnh|thành[ ]phố)(?![ ]*\p{{Lu}}))?|"
    r"(?:Tỉnh|Thành|Huyện|Quận|Thị)[ ][uủ][ỷy](?:[ ]+(?:{prov})(?!\p{{L}}))?|NHNN|VCCI|UNDP|USAID|CECODES|VNPT|Viettel|EVN|"
    r"(?<!\()TTXVN|Ngân[ ]hàng[ ]Thế[ ]giới|World[ ]Bank|ADB|IMF|OECD|MTTQ"
)
_COUNCIL = r"(?:UBND|HĐND|[ỦU][ỷy][ ]ban[ ][Nn]hân[ ][Dd]ân|Hội[ ]đồng[ ][Nn]hân[ ][Dd]ân)"


def _alternation(names: list[str]) -> str:
    return "|".join(regex.escape(n) for n in sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, regex.Pattern]]:
    prov = _alternation(list(provinces()))
    dept = _alternation(list(DEPARTMENT_NAMES))
    name = (
        # (`và UNDP`: an acronym after `và` is another body, not the rest of this name)
        rf"{_COMP}(?:(?:[ ]+và[ ]+(?!{_ACRO}(?!\p{{L}}))|[ ]?-[ ]?|,[ ]+(?!(?:{_HEADS})[ ])(?=[^,.;\n]*[ ]và[ ]))(?!(?:{_HEADS})[ ]){_COMP}"
        rf"|[ ]+(?!(?:{_HEADS})[ ]){_NEXT_COMP})*"
    )
    body_word = r"(?!(?:TP\.?[ ]?HCM|HCM|TPHCM|HN)(?!\p{L}))" + rf"(?:{_ACRO}|{_CAP})"  # (`… Gia Định TPHCM`: the city)
    place_suffix = rf"(?:[ ]+(?:{_LOC_PREFIX}[ ]*{_PLACE_NAME}|{prov}(?!\p{{L}})|{_BARE_PLACE_AFTER_ORG}|Việt[ ]Nam))?"
    nb, na = r"(?<![\p{L}\d])", r"(?![\p{L}\d])"
    return [
        ("ORG_COUNCIL", regex.compile(
            rf"{nb}(?P<all>{_COUNCIL}(?:[ ]+(?P<pp>{_LOC_PREFIX})[ ]*(?P<pn>{_PLACE_NAME})|[ ]+(?P<pv>{prov})(?!\p{{L}})"
            rf"|[ ]+(?:tỉnh|thành[ ]phố|TP)(?![ ]*\p{{Lu}})(?!,[ ]*thành))){na}")),
        ("ORG_DEPT", regex.compile(
            rf"{nb}(?P<all>(?P<dh>(?:Sở|Bộ)[ ]+(?i:{dept})){place_suffix}){na}")),
        # (`BỘ TƯ PHÁP – THÔNG TIN NHANH`: a ministry or department named in capitals)
        ("ORG_DEPT_UPPER", regex.compile(rf"{nb}(?P<all>(?P<hd>SỞ|BỘ)[ ]+(?P<dn>(?i:{dept}))){na}")),
        ("ORG_STANDALONE", regex.compile(
            rf"{nb}(?<!Trụ[ ]sở[ ])(?P<all>(?:{_STANDALONE_ORGS.format(prov=prov)})(?:[ ]+Việt[ ]Nam)?){na}")),
        ("ORG_HEAD", regex.compile(
            rf"{nb}(?!(?:Sở|Bộ)[ ]+(?i:{dept})(?!\p{{L}})|Bộ[ ]+(?:Chỉ[ ]số|Tiêu[ ]chí|tiêu[ ]chí))"
            rf"(?P<all>(?:{_HEADS})[ ]+(?:{_COUNCIL}(?=[ ])|(?:{prov})(?!\p{{L}})|{name}){place_suffix}){na}")),
        # a firm's, hospital's or school's name runs on in capitals after its lower-case part
        # (`Công ty TNHH May mặc Phú Thịnh`, `Bệnh viện Sản Nhi Nghệ An`)
        ("ORG_HEAD", regex.compile(
            rf"{nb}(?P<all>(?:Công[ ]ty|Tổng[ ]công[ ]ty|Tập[ ]đoàn|Bệnh[ ]viện|Trường)"
            rf"(?:[ ]+{body_word}(?:[ ]+{_LOWER}){{0,3}}){{0,5}}[ ]+{body_word}){na}")),
        ("ORG_HEAD_PLACE", regex.compile(
            rf"{nb}(?P<all>(?:Thanh[ ]tra|Văn[ ]phòng|Công[ ]an|Ban[ ]Dân[ ]tộc|Bảo[ ]hiểm[ ]xã[ ]hội)[ ]+"
            rf"(?:{_LOC_PREFIX}[ ]*{_PLACE_NAME}|{_BARE_PLACE_AFTER_ORG})){na}")),
        ("LOC_PREFIXED", regex.compile(
            rf"{nb}(?P<all>(?P<pp>{_LOC_PREFIX})[ ]*(?P<pn>{_PLACE_NAME})){na}")),
        ("LOC_PROVINCE", regex.compile(
            rf"{nb}(?<!(?:{_SURNAMES})[ ](?:\p{{Lu}}\p{{Ll}}*[ ])?)(?P<all>{prov})(?!\p{{L}}|[ ]+\p{{Lu}}\p{{Ll}})")),
        # A province by the name the press gives it: `Thủ đô đạt 91,02%`, `đất Cảng dẫn đầu`, `xứ Thanh lọt top 10`
        # (not `Thủ đô Hà Nội`, named in full, nor `Thủ đô Phnom Penh`, another country's).
        ("LOC_NICKNAME", regex.compile(rf"{nb}(?P<all>{_alternation(list(_NICKNAMES))})(?![ ]*\p{{Lu}}){na}")),
        # Headlines in capitals: `CHỈ SỐ … CỦA TỈNH QUẢNG NGÃI TĂNG 24 BẬC`.
        ("LOC_PROVINCE_UPPER", regex.compile(
            rf"{nb}(?P<all>(?:(?P<pp>TỈNH|THÀNH[ ]PHỐ|TP\.?)[ ]*)?(?P<pv>{_alternation([p.upper() for p in provinces()])})){na}")),
        # (`UBND THỊ XÃ HOÀI NHƠN`: a district named in capitals, one the gazetteer knows)
        ("LOC_DISTRICT_UPPER", regex.compile(
            rf"{nb}(?P<all>(?P<pp>THỊ[ ]XÃ|HUYỆN|QUẬN|THÀNH[ ]PHỐ)[ ]+(?P<dn>{_alternation(list(district_names_upper()))})){na}")),
        # (`ĐÀI TRUYỀN THANH PHƯỜNG HÒA CƯỜNG BẮC`: a commune or ward in capitals, its name the longest run of
        # capitalised words the gazetteer knows)
        ("LOC_COMMUNE_UPPER", regex.compile(
            rf"{nb}(?P<all>(?P<pp>PHƯỜNG|XÃ|THỊ[ ]TRẤN|ĐẶC[ ]KHU)[ ]+(?P<cn>\p{{Lu}}+(?:[ ](?:-[ ])?\p{{Lu}}+){{0,5}}))(?!\p{{L}})")),
        ("LOC_REGION", regex.compile(rf"{nb}(?P<all>(?:{_alternation(list(REGIONS))})){na}", regex.IGNORECASE)),
        # (`Long Mỹ` is a district: a country's name right after a capitalised word is part of that name)
        ("LOC_COUNTRY", regex.compile(
            rf"{nb}(?<!\p{{Lu}}\p{{Ll}}*[ ])(?P<all>{_alternation(list(COUNTRIES))})(?!\p{{L}}|[ ]+\p{{Lu}}\p{{Ll}})")),
    ]


# Provinces by their nicknames in the press (capitalised as the press writes them).
_NICKNAMES = {name: province for base, province in (("Thủ đô", "Hà Nội"), ("đất Cảng", "Hải Phòng"), ("thành phố Cảng", "Hải Phòng"),
                                                    ("xứ Thanh", "Thanh Hóa"), ("xứ Nghệ", "Nghệ An"), ("Cố đô", "Huế"))
              for name in (base, base[0].upper() + base[1:])}

_PREFIX_LEVEL = {
    "tỉnh": "province", "thành phố": "city", "tp": "city", "tp.": "city", "quận": "district",
    "huyện": "district", "thị xã": "district", "tx": "district", "tx.": "district", "thị trấn": "commune",
    "xã": "commune", "phường": "commune", "đặc khu": "commune", "p.": "commune", "x.": "commune", "q.": "district",
    "h.": "district",
}


def find_entities(text: str) -> list[Mention]:
    """ORG/LOC mentions in `text`, non-overlapping, longest first."""
    found: list[tuple[int, int, int, Mention]] = []
    pats = _patterns()
    for rank, (kind, pat) in enumerate(pats):
        for m in pat.finditer(text):
            ment = _mention(kind, m)
            if ment is not None:
                found.append((ment.start, -(ment.end - ment.start), rank, ment))
    # Bare district names, only for provinces the text names (`9 đơn vị: Đống Đa, Ba Đình …`).
    named = {m[3].canonical for m in found if m[3].kind == "province"}
    for prov in sorted(named):
        pat = _district_pattern(prov)
        if pat is not None:
            for m in pat.finditer(text):
                found.append((m.start(), -(m.end() - m.start()), len(pats), Mention(m.start(), m.end(), "LOC",
                                                                                   canonical_place(m.group()), "district")))
    found.sort(key=lambda t: (t[1], t[2], t[0]))
    chosen: list[Mention] = []
    for _, _, _, ment in found:
        if all(ment.end <= c.start or ment.start >= c.end for c in chosen):
            chosen.append(ment)
    chosen.sort(key=lambda c: c.start)
    return chosen


@lru_cache(maxsize=128)
def _district_pattern(province: str) -> regex.Pattern | None:
    names = districts_of(province)
    if not names:
        return None
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{_alternation(names)})(?!\p{{L}}|[ ]+\p{{Lu}}\p{{Ll}})")


_MASTHEAD = regex.compile(r"CỔNG[ ]THÔNG[ ]TIN|TRANG[ ]THÔNG[ ]TIN|ĐIỆN[ ]TỬ")
_BREADCRUMB_NEXT = regex.compile(r"\s*Trang[ ]chủ(?!\p{L})")


def _line_of(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]


_CAPITALS_AFTER_NAME = frozenset(
    "- – ĐẠT XẾP ĐỨNG DẪN TĂNG GIẢM TỤT VƯƠN LỌT VÀO CÓ LÀ VÀ VỚI CỦA TRONG NĂM PHẤN HOÀN GIỮ THUỘC NỖ TIẾP".split())
_PLURAL_BEFORE = regex.compile(r"(?:các|những|hai|ba|bốn|năm|\d+|mỗi|nhiều)[ ]$", regex.IGNORECASE)
_INSIDE_NAME_BEFORE = regex.compile(r"(?:(?:ở|tại)[ ]|\)[ ]?)$")


def _mention(kind: str, m: regex.Match) -> Mention | None:
    s, e = m.span("all")
    text = m.group("all").rstrip(" ,.-")
    e = s + len(text)
    before = m.string[max(0, s - 12):s]
    if kind == "LOC_REGION" and text == "Việt Nam" and _INSIDE_NAME_BEFORE.search(before) and \
            regex.match(r"^[ ]?(?:\(|$|\n|năm)", m.string[e:e + 6]):
        return None  # `… ở Việt Nam (PAPI)`, `(PCI) Việt Nam`: part of an index or programme name
    if kind == "LOC_PREFIXED" and _PLURAL_BEFORE.search(before):
        # `các tỉnh Phú Thọ`, `hai tỉnh An Giang`: the prefix is the plural noun, not the name's
        s = m.start("pn")
        text = m.string[s:e]
        if text in REGION_NAMES:
            return Mention(s, e, "LOC", canonical_region(text), "region")
    if kind == "LOC_REGION":
        return Mention(s, e, "LOC", canonical_region(text), "region")
    if kind == "LOC_COUNTRY":
        return Mention(s, e, "LOC", fold_name(text), "country")
    if kind == "LOC_PROVINCE":
        return Mention(s, e, "LOC", canonical_place(text), "province")
    if kind == "LOC_NICKNAME":
        return Mention(s, e, "LOC", _NICKNAMES[text], "province")
    if kind == "LOC_DISTRICT_UPPER":
        return Mention(s, e, "LOC", district_names_upper()[m.group("dn")],
                       _PREFIX_LEVEL[" ".join(m.group("pp").lower().split())])
    if kind == "ORG_DEPT_UPPER":
        if _MASTHEAD.search(_line_of(m.string, s)) or _BREADCRUMB_NEXT.match(m.string, m.string.find("\n", e) + 1 or len(m.string)):
            return None  # `CỔNG THÔNG TIN ĐIỆN TỬ BỘ NỘI VỤ`, a site's name over its breadcrumbs: who publishes, not what about
        head = m.group("hd").capitalize()
        return Mention(s, e, "ORG", canonical_org(f"{head} {m.group('dn').lower()}"), head)
    if kind == "LOC_COMMUNE_UPPER":
        # (the capitals run on past the name only into a verb or a joining word: `XÃ TÂN PHONG ĐẠT 90%`; not into
        # more of a name the gazetteer does not know, `XÃ PHƯỚC THẠNH ĐÔNG`)
        words = m.group("cn").split(" ")
        known = commune_names_upper()
        k = next((k for k in range(len(words), 0, -1) if " ".join(words[:k]) in known
                  and (k == len(words) or words[k] in _CAPITALS_AFTER_NAME)), 0)
        if not k:
            return None
        name = " ".join(words[:k])
        return Mention(s, m.start("cn") + len(name), "LOC", known[name], "commune")
    if kind == "LOC_PROVINCE_UPPER":
        upper = {p.upper(): c for p, c in provinces().items()}
        return Mention(s, e, "LOC", upper[" ".join(m.group("pv").split())], "province")
    if kind in ("LOC_PREFIXED", "ORG_COUNCIL") and m.group("pn"):
        pname = _cut_at_province(m.group("pn"))
        e = m.start("pn") + len(pname)
        text = m.string[s:e]
    if kind == "LOC_PREFIXED":
        if " " not in pname and not pname.isdigit() and pname not in provinces() and regex.match(r"^[ ]\p{Ll}", m.string[e:e + 2]) \
                and _PREFIX_LEVEL.get(" ".join(m.group("pp").lower().split())) in ("province", "city") \
                and not (fold_name(pname) in one_word_districts() and not regex.match(r"(?i)tỉnh", m.group("pp"))):
            return None  # `tỉnh Đông bằng …`: one capitalised syllable running into lowercase is no province
            # (communes and wards may have one-syllable names: `thị trấn Nghèn`)
        prefix = " ".join(m.group("pp").lower().split())
        level = _PREFIX_LEVEL.get(prefix, "place")
        if pname in provinces() or level in ("province", "city"):
            canon = canonical_place(pname)
            if canon in provinces().values():
                level = "province"
        else:
            canon = canonical_place(pname)
        if pname.isdigit():
            canon = f"{m.group('pp')} {pname}"  # `Quận 1`: the number alone names nothing
        return Mention(s, e, "LOC", canon, level)
    if kind == "ORG_COUNCIL":
        place = (pname if m.group("pn") else None) or m.group("pv")
        canon = canonical_place(place) if place else fold_name(text)
        return Mention(s, e, "ORG", canon, "council")
    head = _HEAD_WORD.match(text).group(0) if _HEAD_WORD.match(text) else text.split()[0]
    if kind == "ORG_HEAD" and len(text.split()) == 2 and regex.match(r"^[ ]\p{Ll}", m.string[e:e + 3]) and \
            not _STOP_AFTER.match(m.string, e):
        return None  # `Bộ Chỉ| số`: a head cut off mid-word names nothing (`Cục Thuế dẫn đầu` is a name, then a verb)
    if kind == "ORG_STANDALONE" or (kind == "ORG_HEAD" and head == "Ban"):
        # (a steering committee or a Party board is a `Ban` that directs and reports, rarely the unit ranked;
        # `Ban Quản lý Khu kinh tế`, `Ban Dân tộc` are departments, each its own kind, ranked like a `Sở`)
        head = "Ban" if _DIRECTING_BOARD.match(text) else text
    if kind == "ORG_DEPT":
        # `Sở Tài chính tỉnh Thanh Hóa` is `Sở Tài chính` (its province is read from the text when needed)
        return Mention(s, e, "ORG", canonical_org(m.group("dh")), head)
    return Mention(s, e, "ORG", canonical_org(text), head)


# (and a committee of a council or of the Party: `Ban Pháp chế HĐND tỉnh`, `Ban Kinh tế Tỉnh ủy`)
_DIRECTING_BOARD = regex.compile(r"Ban[ ](?:[Cc]hỉ[ ]đạo|[Tt]uyên[ ]giáo|[Dd]ân[ ]vận|[Tt]ổ[ ]chức|[Nn]ội[ ]chính|[Tt]hường[ ]vụ|"
                                  r"[Cc]hấp[ ]hành|[Bb]iên[ ]tập|[Kk]iểm[ ]tra|[Pp]háp[ ]chế|"
                                  r".*(?:HĐND|Hội[ ]đồng[ ]nhân[ ]dân|[Tt]ỉnh[ ]ủy|[Tt]hành[ ]ủy|[Hh]uyện[ ]ủy|Quốc[ ]hội))(?!\p{L})")
_HEAD_WORD = regex.compile(rf"(?:{_HEADS})(?![ ]*\p{{Ll}})|(?:{_HEADS})(?=[ ])")


def _cut_at_province(name: str) -> str:
    """`Hà Nội Trần Sỹ` → `Hà Nội`: a province name ends the place; what follows is a person."""
    words = name.split()
    for k in range(min(len(words), 4), 0, -1):
        if " ".join(words[:k]) in provinces():
            return " ".join(words[:k])
    return name
