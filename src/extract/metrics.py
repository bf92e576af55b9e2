"""Mentions of what is measured: the governance indices by name or code, and the phrases that
name some other quantity (`tỷ lệ hồ sơ trực tuyến`), which make a figure `OTHER`.

A lexicon, because the indices have a small set of official names and codes; the choice of
which mention a figure belongs to is the linker's.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_F = regex.IGNORECASE | regex.VERSION1


@dataclass(frozen=True)
class MetricMention:
    start: int
    end: int
    index: str  # an index code, `COMPONENT` (inherits the index in force) or `OTHER`
    text: str
    strong: bool = True  # a full name or code, not a topic word like `chuyển đổi số`
    area: bool = False  # an area of the index (`cải cách thủ tục hành chính`), not its name


# The indices' codes as the press writes them (also the edition before a year, `PGI 2022`).
INDEX_CODE = r"(?:PAR\s*INDEX|PCI|PAPI|SIPAS|DTI|PGI|DDCI)"
# Who answers a survey: a share of them (`38,5% doanh nghiệp`) is a figure of its own.
RESPONDENTS = (
    r"(?:số\s+)?(?:doanh\s+nghiệp|người\s+(?:dân|dùng|được\s+hỏi|trả\s+lời|được\s+khảo\s+sát|tham\s+gia\s+khảo\s+sát)|"
    r"hộ\s+gia\s+đình|ý\s+kiến|cán\s+bộ|công\s+chức|(?-i:DN))(?!\p{L})"
)

# (or named by what it measures: `Đắk Lắk vươn lên thứ 9/34 về chất lượng phục vụ người dân, doanh nghiệp`)
SERVICE_INDEX = (r"(?:bộ\s+chỉ\s+số\s+(?:chỉ\s+đạo,?\s+điều\s+hành\s+và\s+đánh\s+giá\s+chất\s+lượng\s+)?|(?:đánh\s+giá\s+)?chất\s+lượng\s+)"
                 r"phục\s+vụ\s+người\s+dân,?\s+(?:và\s+)?doanh\s+nghiệp")
# The DTI by its code or full name (its pages write its 0–1 scores bare)
DTI_NAME = r"DTI|chỉ\s+số\s+(?:đánh\s+giá\s+)?chuyển\s+đổi\s+số"
_LEVEL = r"(?:\s+(?:cấp|khối)\s+(?:sở|huyện|tỉnh|xã|bộ|quận|sở,\s*ban,\s*ngành)(?:\s*(?:và|,)\s*(?:cấp\s+)?(?:huyện|xã|sở))?)?"
_NAME = r"(?:\s+(?:\"|“)[^\"”]{2,80}(?:\"|”))?"
_YEAR = r"(?:\s+(?:năm\s+)?(?:19|20)\d\d)?"

# (code, pattern, what the phrase names: the index itself (`name`), one of its areas (`area`: `cải cách
# thể chế`, which also names a policy) or a topic the index covers (`topic`: `chuyển đổi số`))
# The PAR Index's component areas, named without their index
# (a ministry's fields: `Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật`, `Hiện đại hóa hành chính`)
_PAR_AREAS = (
    r"hiện\s+đại\s+hóa\s+(?:nền\s+)?hành\s+chính|cải\s+cách\s+tài\s+chính\s+công|cải\s+cách\s+thể\s+chế|"
    r"xây\s+dựng\s+và\s+tổ\s+chức\s+thực\s+hiện\s+(?:văn\s+bản\s+(?:quy\s+phạm\s+pháp\s+luật|QPPL)|VBQPPL|thể\s+chế)|"
    r"cải\s+cách\s+(?:chế\s+độ\s+)?công\s+vụ|cải\s+cách\s+tổ\s+chức\s+bộ\s+máy|"
    # (`chỉ đạo, điều hành` alone is any management, not the PAR Index's area)
    r"công\s+tác\s+chỉ\s+đạo,\s+điều\s+hành(?:\s+(?:công\s+tác\s+)?CCHC)?|chỉ\s+đạo,\s+điều\s+hành\s+(?:công\s+tác\s+)?CCHC|"
    r"xây\s+dựng\s+và\s+nâng\s+cao\s+chất\s+lượng\s+đội\s+ngũ|cải\s+cách\s+(?:thủ\s+tục\s+hành\s+chính|TTHC)|"
    # (`Xây dựng và phát triển Chính phủ điện tử, Chính phủ số`; the DTI's pillars are not `xây dựng`)
    r"xây\s+dựng(?:(?:\s+và|,)\s+phát\s+triển)?\s+(?:chính\s+phủ|chính\s+quyền)\s+điện\s+tử"
    r"(?:\s*,\s*(?:chính\s+phủ|chính\s+quyền)\s+số)?|"
    # (both named together, however the area is worded: `chỉ số thành phần về chính quyền điện tử, chính quyền số`)
    r"(?:chính\s+phủ|chính\s+quyền)\s+điện\s+tử\s*,\s*(?:chính\s+phủ|chính\s+quyền)\s+số|"
    r"tác\s+động\s+của\s+(?:cải\s+cách\s+hành\s+chính|CCHC)"
)
# The PGI's components, however a year's report words them (`Giảm thiểu ô nhiễm`, `Thực thi các quy định về môi
# trường`, `Chính sách xúc tiến và hỗ trợ doanh nghiệp thân thiện với môi trường`)
_PGI_AREAS = (
    r"(?:giảm\s+thiểu\s+ô\s+nhiễm|chất\s+lượng\s+môi\s+trường|"
    r"chính\s+sách\s+(?:ưu\s+tiên|thúc\s+đẩy|hỗ\s+trợ)\s+doanh\s+nghiệp\s+xanh|"
    r"chi\s+phí\s+thực\s+hiện\s+các\s+biện\s+pháp\s+bảo\s+vệ\s+môi\s+trường|"
    r"thực\s+thi\s+(?:các\s+)?quy\s+định\s+(?:về\s+)?(?:bảo\s+vệ\s+)?môi\s+trường|"
    r"giảm\s+thiểu\s+tác\s+động\s+(?:đến\s+|tới\s+|của\s+)?(?:môi\s+trường|biến\s+đổi\s+khí\s+hậu)|"
    r"(?:chính\s+sách|biện\s+pháp|sáng\s+kiến)[^“”\"\n.;]{0,60}?thân\s+thiện\s+với\s+môi\s+trường|"
    r"tính\s+(?:hiệu\s+quả|chủ\s+động)\s+(?:và\s+trách\s+nhiệm\s+)?của\s+chính\s+quyền\s+(?:trong|về)\s+(?:xử\s+lý\s+)?"
    r"(?:các\s+)?(?:vấn\s+đề\s+|vi\s+phạm\s+)?môi\s+trường)"
)
_INDEX_PATTERNS: list[tuple[str, str, str]] = [
    ("DDCI", r"DDCI|(?:chỉ\s+số\s+)?năng\s+lực\s+cạnh\s+tranh\s+(?:cấp\s+)?(?:các\s+)?sở,?\s+ban,?\s+ngành(?:\s+và\s+địa\s+phương)?", "name"),
    # (not a nation's, an industry's or a firm's competitiveness: `năng lực cạnh tranh du lịch toàn cầu`)
    ("PCI", r"PCI|(?:chỉ\s+số\s+)?năng\s+lực\s+cạnh\s+tranh(?:\s+cấp\s+tỉnh|(?!\s+(?:du\s+lịch|toàn\s+cầu|quốc\s+gia|"
     r"của\s+(?:nền\s+kinh\s+tế|doanh\s+nghiệp|sản\s+phẩm|hàng\s+hóa|quốc\s+gia|Việt\s+Nam)|ngành|sản\s+phẩm|hàng\s+hóa|"
     r"cấp\s+(?:quốc\s+gia|ngành|doanh\s+nghiệp))(?!\p{L})))", "name"),
    ("PAPI", r"PAPI|(?:chỉ\s+số\s+)?hiệu\s+quả\s+quản\s+trị\s+và\s+hành\s+chính\s+công(?:\s+cấp\s+tỉnh)?", "name"),
    # the service index of Decision 766 (`Bộ chỉ số phục vụ người dân, doanh nghiệp`) is no SIPAS: an
    # index of its own, outside the contract's table
    ("OTHER", SERVICE_INDEX, "name"),
    # (SIPAS is satisfaction with the service of the administration, whoever is averaged: `mức hài lòng bình quân
    # của cả nước đối với sự phục vụ của cơ quan hành chính nhà nước`; not with a bank's branches)
    ("SIPAS", r"SIPAS|chỉ\s+số\s+hài\s+lòng|(?:mức\s+(?:độ\s+)?)?hài\s+lòng\s+(?:của\s+người\s+dân|(?:về|đối\s+với)\s+sự\s+phục\s+vụ|"
              r"[^.;:\d]{0,40}?\s(?:về|đối\s+với)\s+sự\s+phục\s+vụ(?=\s+(?:của\s+)?(?:các\s+)?cơ\s+quan\s+hành\s+chính))"
              r"(?:[^.;:]{0,40}?phục\s+vụ(?:\s+(?:hành\s+chính|của\s+(?:các\s+)?cơ\s+quan\s+hành\s+chính(?:\s+nhà\s+nước)?))?)?", "name"),
    ("PGI", r"PGI|chỉ\s+số\s+xanh(?:\s+cấp\s+tỉnh)?", "name"),
    # the PGI's components, named as indices (`chỉ số “Giảm thiểu ô nhiễm”`)
    ("PGI", r"(?<=(?:chỉ\s+số(?:\s+thành\s+phần)?|điểm)\s+[“\"]?|[“\"])" + _PGI_AREAS, "name"),
    ("DTI", DTI_NAME + r"|(?:mức\s+độ|xếp\s+hạng|đánh\s+giá)\s+(?:mức\s+độ\s+)?chuyển\s+đổi\s+số", "name"),
    ("DTI", r"chuyển\s+đổi\s+số|chính\s+quyền\s+số|kinh\s+tế\s+số|xã\s+hội\s+số", "topic"),
    ("PAR_INDEX", r"PAR\s*-?\s*INDEX|chỉ\s+số\s+(?:trung\s+bình\s+)?(?:cải\s+cách\s+hành\s+chính|CCHC)|chỉ\s+số\s+PAR", "name"),
    ("PAR_INDEX", _PAR_AREAS, "area"),
    # (weak: the DDCI and the PGI measure the same areas, and take them when they are in force)
    ("PCI", r"gia\s+nhập\s+thị\s+trường|tiếp\s+cận\s+đất\s+đai|chi\s+phí\s+thời\s+gian|chi\s+phí\s+không\s+chính\s+thức|"
            r"cạnh\s+tranh\s+bình\s+đẳng|tính\s+năng\s+động|chính\s+sách\s+hỗ\s+trợ\s+doanh\s+nghiệp|"
            r"đào\s+tạo\s+lao\s+động|thiết\s+chế\s+pháp\s+lý", "topic"),
    # PAPI's eight dimensions (weak: `Thủ tục hành chính công`, `Quản trị điện tử` take the index in force)
    ("PAPI", r"tham\s+gia\s+của\s+người\s+dân\s+ở\s+cấp\s+cơ\s+sở|công\s+khai,?\s+minh\s+bạch\s+trong\s+việc\s+ra\s+quyết\s+định|"
             r"trách\s+nhiệm\s+giải\s+trình\s+với\s+người\s+dân|kiểm\s+soát\s+tham\s+nhũng\s+trong\s+khu\s+vực\s+công|"
             r"thủ\s+tục\s+hành\s+chính\s+công(?!\s+(?:trực\s+tuyến|của))|cung\s+ứng\s+dịch\s+vụ\s+công|quản\s+trị\s+môi\s+trường|"
             r"quản\s+trị\s+điện\s+tử", "topic"),
    # SIPAS's five factors (weak: they take the index in force)
    ("SIPAS", r"(?:yếu\s+tố\s+)?(?:tiếp\s+cận\s+dịch\s+vụ(?:\s+hành\s+chính\s+công)?(?:\s+và\s+thủ\s+tục\s+hành\s+chính)?|"
              r"công\s+chức\s+(?:trực\s+tiếp\s+)?giải\s+quyết\s+công\s+việc|sự\s+phục\s+vụ\s+của\s+(?:cán\s+bộ,?\s+)?công\s+chức|"
              r"kết\s+quả\s+(?:giải\s+quyết\s+|cung\s+ứng\s+dịch\s+vụ\s+)?công\s+việc|kết\s+quả\s+dịch\s+vụ|tiếp\s+nhận,?\s+xử\s+lý\s+"
              r"(?:các\s+)?(?:ý\s+kiến\s+)?(?:góp\s+ý,?\s+)?phản\s+ánh,?\s+kiến\s+nghị)", "topic"),
    ("PAR_INDEX", r"cải\s+cách\s+hành\s+chính|CCHC", "topic"),
    ("COMPONENT", r"chỉ\s+số\s+thành\s+phần|lĩnh\s+vực\s+(?:cải\s+cách|xây\s+dựng|hiện\s+đại)|trụ\s+cột|tiêu\s+chí\s+thành\s+phần|nội\s+dung\s+thành\s+phần", "name"),
]
# Phrases that name a quantity other than an index.
_OTHER = (
    r"t[ỷỉ]\s+lệ(?!\s+(?:điểm|đạt|chỉ\s+số|này|là|trên|dưới|hơn|bình\s+quân|trung\s+bình|lần\s+lượt|tương\s+ứng|\d))|tốc\s+độ|tăng\s+trưởng\s+kinh\s+tế|GRDP|GDP|FDI|CPI|lạm\s+phát|thu\s+ngân\s+sách|ngân\s+sách|"
    r"kim\s+ngạch|xuất\s+khẩu|nhập\s+khẩu|giải\s+ngân|vốn(?!\s+(?:là|đã|dĩ|có|được|dẫn|đứng|xếp|luôn|thuộc|nổi|không|chỉ|rất)(?!\p{L}))|lãi\s+suất|doanh\s+thu|lợi\s+nhuận|hồ\s+sơ|"
    r"thủ\s+tục\s+hành\s+chính|TTHC|dịch\s+vụ\s+(?:công|y\s+tế|giáo\s+dục)|doanh\s+nghiệp|người\s+dân\s+được\s+khảo\s+sát|"
    r"văn\s+bản|bộ\s+máy|phòng\s+chuyên\s+môn|biên\s+chế|chức\s+danh|dân\s+số|hộ\s+nghèo|diện\s+tích|sản\s+lượng|"
    r"(?<!(?:đánh|định|nhận|cao|ghi)\s)giá(?!\s+trị)|thị\s+phần|cổ\s+phiếu|chỉ\s+số\s+giá|năng\s+suất|việc\s+làm|thất\s+nghiệp|bảo\s+hiểm|tiêm|ca\s+mắc|"
    r"lượt\s+khách|khách\s+(?:du\s+lịch|quốc\s+tế|nội\s+địa)|du\s+lịch|công\s+suất|lấp\s+đầy|sản\s+xuất\s+công\s+nghiệp|bán\s+lẻ|"
    # (`Số phiếu hợp lệ thu về là 36.594, đạt tỷ lệ 96,8%`: a survey's return, not its result)
    r"(?<!cổ\s)phiếu\s+(?:hợp\s+lệ|thu\s+về|phát\s+ra|khảo\s+sát|điều\s+tra)|"
    r"dư\s+nợ|tín\s+dụng|t[ỷỉ]\s+trọng(?!\s+này)|năng\s+lượng\s+tái\s+tạo|nguồn\s+điện|điện\s+(?:gió|mặt\s+trời)|"
    # (`Thời gian cấp Giấy chứng nhận đầu tư được rút ngắn 50%`: the time a procedure takes)
    r"(?<!chi\s+phí\s+)thời\s+gian(?=\s+(?:giải\s+quyết|xử\s+lý|cấp|thực\s+hiện|chờ|đi\s+lại|tuân\s+thủ|thẩm\s+định))"
)

_SERVICE_SATISFACTION = regex.compile(
    r"(?!SIPAS|chỉ\s+số)[^.;:]{0,60}?(?:(?:trong|về|đối\s+với|với)\s+(?:việc\s+|kết\s+quả\s+)?(?:tiếp\s+nhận\s+và\s+)?giải\s+quyết\s+"
    r"(?:TTHC|thủ\s+tục\s+hành\s+chính)"
    # (`hài lòng của người dân, tổ chức khi giao dịch tại bộ phận một cửa`: a desk's own count)
    r"|(?:khi|sau\s+khi)\s+(?:giao\s+dịch|làm\s+thủ\s+tục|đến\s+làm\s+thủ\s+tục)\s+tại\s+(?:bộ\s+phận|trung\s+tâm|quầy))", _F)
_GROUP_OF_INDICATORS_BEFORE = regex.compile(r"(?<!\p{L})nhóm\s+(?:chỉ\s+(?:số|tiêu)\s+)?$", _F)
_PUBLISHED_WITH = regex.compile(r"(?:công\s+bố|phát\s+hành|ra\s+mắt)?\s*cùng(?:\s+với)?\s+(?:báo\s+cáo|bảng\s+xếp\s+hạng)\s+$", _F)

_MASTER = regex.compile(
    "|".join(
        f"(?P<g{i}>(?<!\\p{{L}})(?:{pat})(?!\\p{{L}}){_LEVEL if code != 'OTHER' else ''}{_NAME if code == 'COMPONENT' else ''}{_YEAR if code != 'COMPONENT' else ''})"
        for i, (code, pat, _) in enumerate(_INDEX_PATTERNS)
    )
    + f"|(?P<other>(?<!\\p{{L}})(?:{_OTHER})(?!\\p{{L}}))",
    _F,
)


def find_metric_mentions(text: str, start: int = 0, end: int | None = None) -> list[MetricMention]:
    """Index names/codes and other-quantity phrases in `text[start:end]`, in order."""
    end = len(text) if end is None else end
    out: list[MetricMention] = []
    for m in _MASTER.finditer(text, start, end):
        name = m.lastgroup
        if name == "other":
            if out and out[-1].index != "OTHER" and regex.fullmatch(r"\s?", text[out[-1].end:m.start()]):
                continue  # `lĩnh vực cải cách thủ tục hành chính`: the rest of a component's name
            out.append(MetricMention(m.start(), m.end(), "OTHER", m.group(), True))
            continue
        code, _, names = _INDEX_PATTERNS[int(name[1:])]
        strong = names != "topic"
        if not strong and out and out[-1].index == "OTHER" and regex.fullmatch(r"\s?(?:của\s+)?", text[out[-1].end:m.start()], _F):
            continue  # `tỷ trọng kinh tế số`: the topic is what the quantity before it measures
        if code == "SIPAS" and (_SERVICE_SATISFACTION.match(text, m.start()) or _GROUP_OF_INDICATORS_BEFORE.search(
                text, max(0, m.start() - 20), m.start())):
            # `mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC`: satisfaction with the
            # handling of procedures (the service index of Decision 766), not the SIPAS survey; nor is a group of
            # another index's indicators (`nhóm mức độ hài lòng của người dân, doanh nghiệp đạt 17,10/18 điểm`)
            out.append(MetricMention(m.start(), m.end(), "OTHER", m.group(), True))
            continue
        if _PUBLISHED_WITH.search(text, max(0, m.start() - 30), m.start()):
            strong = False  # `PGI, được công bố cùng Báo cáo PCI`: the other report, not what is measured
        out.append(MetricMention(m.start(), m.end(), code, m.group(), strong, names == "area"))
    return out


_PAR_AREA = regex.compile(_PAR_AREAS, _F)


_PGI_AREA = regex.compile(_PGI_AREAS, _F)


def names_pgi_area(text: str) -> bool:
    """Does a component's name (`chỉ số thành phần "Chính sách … thân thiện với môi trường"`) name one of the
    PGI's, whatever index is in force (the PCI is often reported beside it)?"""
    return _PGI_AREA.search(text) is not None


def names_par_area(text: str) -> bool:
    """Does a component's name (`chỉ số thành phần "Xây dựng và phát triển chính quyền điện tử, chính quyền số"`)
    name one of the PAR Index's areas?"""
    return _PAR_AREA.search(text) is not None
