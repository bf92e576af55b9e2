"""The figure grammar: every percent, score, rank, delta and x/y count in a sentence.

One grammar for the language, not for a sentence: a number is found once (numbers.NUMBER),
then its kind, unit, sign and comparator are read off the words around it in its clause.
Dates, document numbers, clock times and phone numbers are rejected here, so nothing
downstream ever sees them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import regex

from .numbers import NUMBER, ORDINAL_WORDS, parse_number, parse_word_number


@dataclass(frozen=True)
class Candidate:
    """A figure in normalised-text offsets, before linking."""

    start: int
    end: int
    kind: str
    value: float
    total: float | None
    unit: str
    comparator: str | None
    # Where the cue that decided the kind sits (for linking features and review).
    cue: str = ""
    # The header of the table column a cell stands in (`SIPAS 2024 (%)`): it may name the cell's index.
    column: str = ""
    # The year a table gives a cell: its row's label (`2022 | 65,18 | 25 | …`), else its column's header
    # (`Hạng 2023`; not a change's `Tăng/giảm so với năm 2023`).
    table_year: int | None = None


_F = regex.IGNORECASE | regex.VERSION1
_NUM_TOKEN = regex.compile(
    rf"(?<![\p{{L}}\d.,/])(?P<a>{NUMBER})(?:\s?/\s?(?P<b>{NUMBER}))?(?![\d]|[.,]\d)", _F
)
# Percentage points (`trên 5% điểm`, `gần 1 điểm %`, `3 điểm phần trăm`) measure a change or a gap;
# `chiếm 30% điểm đánh giá` is a share of the points.
_PERCENT_POINTS_AFTER = regex.compile(
    r"^\s?(?:%\s?điểm(?!\s+(?!so\s+với|trong|ở|và|khi|với|năm|qua)\p{L})|điểm\s?%|điểm\s+phần\s+trăm)(?!\p{L})", _F)
_PERCENT_AFTER = regex.compile(r"^\s?(%(?:\s?điểm(?!\s+\p{L}))?|phần trăm)", _F)
_POINT_AFTER = regex.compile(
    r"^\s?điểm(?!\s+(?:trường|du lịch|cầu|bán|giao dịch|thi|tiêm|nóng|đến|đỗ|dừng|chuẩn|sàn|"
    r"tiếp nhận|phát|cháy|sạt|ngập|xét|kiểm tra|mua|danh|hẹn|chợ|nghẽn|đen|tập|trung chuyển|thu gom|ùn tắc|"
    r"dân cư|nhấn|yếu|mạnh|tựa|nút|kinh doanh|đón|trả|khám|xét nghiệm|cách ly|phong tỏa|thông quan|di tích|"
    r"tham quan|giao|bốc|cung cấp|thu|vui chơi|check-in|đỗ xe|rửa|mới|sáng|khác|này|đó|phục vụ|bưu điện|"
    # (`điểm "một cửa"` names a place; a quote closed right after the unit, `… lên trên 4 điểm", ông Hải nói`, ends a quote)
    r"sinh hoạt|trên (?:toàn quốc|cả nước|địa bàn))(?!\p{L})|\s+[“\"]|“)",
    _F,
)
# `tại 63 điểm cầu`, `dừng ở hơn 27 điểm`: places, not points.
_PLACE_BEFORE = regex.compile(r"(?<!\p{L})(?:tại|ở|khắp)\s+(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?$", _F)
_RANK_UNIT_AFTER = regex.compile(r"^\s?(bậc|hạng|thứ hạng|vị trí|bậc xếp hạng)(?!\p{L})", _F)
_COUNT_UNITS = (
    "đơn vị|sở|ban|ngành|huyện|quận|xã|phường|thị xã|tỉnh|thành phố|thành|địa phương|chỉ số|"
    "chỉ tiêu|tiêu chí|lĩnh vực|vùng|bộ|cơ quan|nhiệm vụ|thủ tục|TTHC|hồ sơ|doanh nghiệp|trục|"
    "nội dung|phòng|chức danh|trụ cột|nhóm|khối|cấp|dịch vụ|trường hợp|ý kiến|người|cán bộ|"
    "công chức|mục tiêu|tiêu chuẩn|thôn|ấp|bản|tổ chức|hội|trường|văn bản|phiếu|câu hỏi|hạng mục|"
    "yếu tố|môn|môn thi|bệnh viện|trạm y tế|cơ sở|dự án|công trình|sản phẩm|hợp tác xã|làng|hộ|lớp|"
    "thị trấn|quận|khoa|chương trình|kế hoạch|ngân hàng|chi nhánh|điểm cầu|trung tâm|cục|tổng cục|vụ|viện|"
    "công ty|đề án|mô hình|sáng kiến|phản ánh|kiến nghị|đơn thư|chủ đầu tư|quy định|điều kiện|đoàn viên|thành viên|"
    "hội viên|chiều nội dung|khu công nghiệp|cụm công nghiệp|khu kinh tế"
)
_COUNT_UNIT_AFTER = regex.compile(rf"^\s?(?:số\s+)?(?:{_COUNT_UNITS})(?!\p{{L}})", _F)  # (`2/3 số xã`)
_SCALE_AFTER = regex.compile(
    rf"^\s?điểm\s+(?:trên\s+|\(\s*(?:trên\s+)?)(?:tổng\s+số\s+|thang\s+(?:điểm\s+)?)({NUMBER})", _F)
_BARE_SCALE_AFTER = regex.compile(rf"^\s+(?:trên\s+|\(\s*(?:trên\s+)?)thang\s+(?:điểm\s+)?({NUMBER})(?!\d)", _F)
_XY_WORDS_AFTER = regex.compile(rf"^\s+(trên\s+tổng\s+số|trên|trong\s+số|trong\s+tổng\s+số|trong)\s+({NUMBER})(?!\d)", _F)

_RANK_CUE_BEFORE = regex.compile(
    r"(?:xếp\s+(?:thứ|hạng|ở\s+vị\s+trí(?:\s+thứ)?|vị\s+trí(?:\s+thứ)?)|đứng\s+(?:thứ|ở\s+vị\s+trí(?:\s+thứ)?|"
    r"vị\s+trí(?:\s+thứ)?)|(?:ở\s+|nằm\s+(?:ở\s+)?)?vị\s+trí\s+(?:thứ|số)|(?:lên|xuống|hạng|về|giữ)\s+(?:vị\s+trí\s+)?thứ|hạng|thứ\s+hạng|vị\s+trí|xếp|đứng|top|tốp"
    # (`xếp thứ 40 (năm 2021 thứ 34)`: the place a year held)
    r"|(?<=(?:19|20)\d\d\s*[:,]?\s*)(?:là\s+)?thứ)\s*$",
    _F,
)
_RANKS_LISTED_BEFORE = regex.compile(
    r"(?:thứ\s+hạng|xếp\s+hạng|vị\s+trí)(?:\s+(?:toàn\s+quốc|cả\s+nước|chung))?\s+(?:của\s+)?[^.;:\d]{0,100}?lần\s+lượt(?:\s+là)?\s*"
    r"(?:\d{1,3}\s*(?:,|và)\s*)*$", _F)
_GROUP_CUE_BEFORE = regex.compile(r"(?:top|tốp|nhóm)\s*$", _F)
_GROUP_AFTER = regex.compile(
    r"^\s+(?:tỉnh|địa phương|đơn vị|bộ|ngành|sở|huyện|quận|xã|phường|quốc gia|nước|thành phố|tỉnh,\s*thành(?:\s+phố)?|bộ,\s*ngành)"
    r"(?:,\s*thành(?:\s+phố)?|,\s*cơ\s+quan\s+ngang\s+bộ|,\s*(?:xã|phường|huyện|quận|thị\s+xã))?"
    # `nhóm 16 địa phương đạt điểm cao nhất`, `nhóm 15 tỉnh có chỉ số tốt nhất`: a few words may qualify the group
    r"(?:\s+(?!thấp|kém|cuối|dẫn|đứng|cao|tốt|xếp)[^\s,.;:()]+){0,7}?"
    r"\s+(?:dẫn đầu|đứng đầu|cao nhất|tốt nhất|xếp hạng cao nhất)",
    _F,
)
_GROUP_LEAD_BEFORE = regex.compile(r"(?:thuộc|trong|vào|lọt|có|giữ|duy\s+trì)\s+(?:nhóm\s+|top\s+|tốp\s+)?$", _F)
_SAME_AS_X_BEFORE = regex.compile(r"(?:xếp|đứng|hạng|vị\s+trí)[^,;:()]{0,12}$", _F)

# Delta triggers; the sign comes from the word.
_DELTA_TRIGGER = regex.compile(
    r"(?<!\p{L})(?P<t>tăng\s+trưởng|tăng|giảm|sụt\s+giảm|sụt|tụt|cao\s+hơn|thấp\s+hơn|nhiều\s+hơn|ít\s+hơn|nhỉnh\s+hơn|"
    r"kém|vượt|bứt\s+phá|cải\s+thiện|khoảng\s+cách|chênh\s+lệch|mức\s+chênh|nâng|tiến\s+bộ|tiến|gia\s+tăng|lùi|nhích|hơn|thêm|mất|rút\s+ngắn|"
    r"thu\s+hẹp|hẹp\s+hơn|thiếu|hụt|bị\s+trừ|thăng(?:\s+hạng)?|nhảy|leo|cách\s+nhau|cách\s+biệt|"
    r"(?:lấy|giành)\s+lại)(?!\p{L})",
    _F,
)
_NEGATIVE = ("giảm", "sụt", "tụt", "thấp hơn", "ít hơn", "kém", "lùi", "mất", "rút ngắn", "thu hẹp", "hẹp hơn", "thiếu", "hụt",
             "bị trừ")
# Words that may stand between a trigger and its number.
_GAP_OK = set(
    "nhẹ thêm mạnh đáng kể khoảng gần hơn trên dưới xấp xỉ tối thiểu ít nhất tối đa từ được đến "
    "cao nhất với trung bình bình quân tương ứng lần lượt là đều vượt bậc tới của này ở mức "
    "nhiều chỉ có tổng cộng tương đương thì nhất đáng vọt khá rất sâu tiếp chưa".split()
)
# A level after a change verb (`tăng lên 90%`, `giảm còn 5%`) is not a delta.
_LEVEL_WORDS = {"lên", "xuống", "còn", "đạt"}

_COMPARATORS = [
    (regex.compile(r"(?<!\p{L})(?:trên\s+dưới|hơn\s+kém|xấp\s+xỉ|gần|khoảng|chừng|độ)\s*$", _F), "~"),
    (regex.compile(r"(?:tối\s+thiểu|ít\s+nhất|không\s+dưới|không\s+thấp\s+hơn)(?:\s+là|\s+đạt|\s+phải\s+đạt)?\s*$", _F), ">="),
    (regex.compile(r"(?:tối\s+đa|không\s+quá|không\s+vượt\s+quá|không\s+cao\s+hơn)(?:\s+là)?\s*$", _F), "<="),
    (regex.compile(r"(?:dưới|chưa\s+(?:đến|tới|đạt|đầy)|không\s+đạt)\s*$", _F), "<"),
    (regex.compile(r"(?:trên|hơn|vượt\s+mức|vượt)\s*$", _F), ">"),
]
# The figures a correction retracts: `83,47%, chứ không phải 87,34%`, `(không phải 90,84% và xếp thứ 3 như bài đã
# đăng)`, `bài viết ghi nhầm là giảm 2 bậc`.
_CORRECTED_AWAY_BEFORE = regex.compile(
    r"(?:^\s*|chứ\s+)không\s+phải\s[^;]*$|(?:ghi|viết|in|đưa\s+tin)\s+(?:nhầm|sai)(?:\s+(?:là|thành))?(?:\s+\p{L}+){0,2}\s*$"
    r"|nhầm\s+thành(?:\s+\p{L}+){0,2}\s*$", _F)
# Scales and weights of a method, not results (`Tổng điểm đánh giá là 100 điểm`, `trọng số 25%`).
_METHOD_BEFORE = regex.compile(
    # (not a result stated after the scale: `42,87 điểm trên thang điểm 80 của tỉnh cao hơn 1,64 điểm`)
    r"(?:thang\s+điểm|tổng\s+điểm\s+(?:đánh\s+giá|tối\s+đa)|(?<!đạt\s)điểm\s+tối\s+đa|tối\s+đa\s+là|trọng\s+số)"
    r"(?:(?!(?:cao|thấp)\s+hơn|tăng|giảm|đạt|xếp|đứng)[^.;]){0,25}$"
    r"|(?<!đạt\s)điểm(?:\s+\p{L}+){0,5}\s+tối\s+đa\s*$"
    # `được tính trên thang 80 điểm`, `mỗi nội dung tối đa 10 điểm`: the scale, not a result
    r"|(?<!\p{L})thang\s*$|(?<!\p{L})mỗi(?:\s+\p{L}+){1,4}?\s+(?:được\s+)?tối\s+đa\s*$"
    r"|\d\s?(?:%|điểm)?\s+trên\s+tổng\s+số\s*$", _F)  # (`12,25 điểm trên tổng số 13 điểm tối đa`)
# `thang điểm 100, gồm 62 điểm đánh giá … và 38 điểm điều tra`: the parts of a scale (across commas).
_SCALE_PARTS_BEFORE = regex.compile(
    r"(?:thang\s+điểm(?:\s+là)?|(?:tổng\s+)?điểm\s+tối\s+đa(?:\s+là)?)\s+\d+(?:\s+điểm)?\s*,?\s*(?:gồm|bao\s+gồm|trong\s+đó)"
    r"(?:\s+có)?\s[^.;]{0,80}$", _F)
# `gồm 5 nhóm tiêu chí với tổng điểm tối đa là 100: công khai, minh bạch (18 điểm); …`: each part's weight.
_SCALE_LIST_BEFORE = regex.compile(r"tối\s+đa(?:\s+là)?\s+\d+(?:\s+điểm)?\s*:[^.\n]{0,300}\(\s*$", _F)
# `từ 75% năm 2022 lên 80%`: levels before and after a change, not the change.
_LEVEL_BEFORE_CHANGE = regex.compile(
    r"^\s?(?:%|điểm)?\s*(?:\(?(?:(?:cuối|đầu|hết)\s+)?(?:năm\s+)?\d{4}\)?\s*|(?:của\s+)?năm\s+(?:trước|ngoái)\s+"
    r"|hiện\s+(?:nay|tại)\s+)?"
    r"(?:lên|xuống|xuống\s+còn|còn)\s", _F)
# A value written without its unit (`DTI … đạt 0,7955`, `Thừa Thiên Huế (0,7951)`): a score when a
# level verb or an owner's parenthesis stands right before it and nothing unit-like after it.
_BARE_VALUE_BEFORE = regex.compile(
    # (`với điểm DTI 0,6842`, `giá trị DTI 0,6129`, `(toàn quốc: cao nhất 6,02, thấp nhất 4,47 điểm)`)
    r"(?:đạt|là|đạt\s+được|với\s+giá\s+trị|giá\s+trị|số\s+điểm(?:\s+đạt)?|điểm\s+số|tổng\s+điểm(?:\s+của\s+[^,;]{1,40}?\s+là)?"
    r"|(?<!\p{L})(?:điểm|giá\s+trị)\s+(?:số\s+)?(?:DTI|PCI|PGI|PAPI|SIPAS|DDCI)|(?:^|:)\s*(?:cao|thấp)\s+nhất)"
    r"(?:\s+lần\s+lượt(?:\s+là)?)?\s*$"
    r"|(?:đạt\s+từ(?:\s+mức|\s+khoảng)?|từ\s+mức)\s*$",  # `DTI đạt từ mức 0,5 trở lên`
    _F,
)
# An index on a 0–1 scale (DTI): `dẫn đầu với 0,7148`, `đạt trên 0,5`, `tối thiểu 0,5`.
_UNIT_SCALE_BEFORE = regex.compile(
    r"(?<!\p{L})(?:(?:đạt|là|với|ở\s+mức|mức|còn|chỉ)(?:\s+(?:DTI|PCI|PGI|giá\s+trị))?(?:\s+(?:trên|dưới|tối\s+thiểu|ít\s+nhất|khoảng|gần|hơn))?"
    r"|trên|dưới|tối\s+thiểu|ít\s+nhất|khoảng|gần|từ|(?<=0,\d+(?:\s+năm\s+\d{4})?\s+)(?:đến|lên|xuống))\s*$", _F)
# `Thừa Thiên Huế (0,7951)`, `Chỉ số quản trị điện tử (44/63)`: a value in parentheses after a name.
_NAME_PAREN_BEFORE = regex.compile(r"(?:\p{Lu}\p{L}*|\p{Ll}{2,}|(?:19|20)\d\d|[\"”»])\s?\(\s*$")  # `so với năm 2023 (0,7326)`
_REFERENCE_LEVEL_BEFORE = regex.compile(
    r"(?:hơn|vượt)\s+(?:mức|t[ỷỉ]\s+lệ|bình\s+quân|trung\s+bình|trung\s+vị)(?:\s+[^\d\s()]+){1,8}?\s+là\s*$", _F)
# A key-number box labels its values: `"Số chỉ số thành phần tăng điểm: 7/10"`, `"Điểm trung vị cả nước: 65,99"`.
_COUNT_LABEL_BEFORE = regex.compile(r"(?:^|[\n\"“(;•]\s*)(?-i:Số)\s[^:\n\d\"“”]{2,60}:[^\S\n]*$")
# `Điểm tổng hợp` / `65,12`: a key-number box with each label on the line above its value
_SCORE_LABEL_ABOVE = regex.compile(r"(?:^|\n)[^\S\n]*(?-i:Điểm)[^\n\d:]{0,50}\n[^\S\n]*$")
# (and an infographic's `Xếp thứ` / `29/63`: a position)
_RANK_LABEL_ABOVE = regex.compile(r"(?:^|\n)[^\S\n]*(?-i:Xếp\s+thứ|Xếp\s+hạng|Thứ\s+hạng|Hạng)[^\S\n]*:?[^\S\n]*\n[^\S\n]*$", _F)
_SCORE_LABEL_BEFORE = regex.compile(r"(?:^|[\n\"“(;•]\s*)(?-i:Điểm)(?:\s[^:\n\d\"“”]{2,50})?:[^\S\n]*$")
# `ba chỉ số thành phần có điểm cao nhất: Gia nhập thị trường 7,41; Đào tạo lao động 6,88`, `điểm trung vị của
# 10 chỉ số thành phần lần lượt là: Gia nhập thị trường 7,12; …`: names and values listed after a heading that
# says they are scores.
_SCORED_NAMES_BEFORE = regex.compile(
    r"(?<!\p{L})điểm(?!\p{L})(?:[^.:;\n\d]|(?<=\s)\d{1,2}(?=\s+chỉ\s+số)){0,60}:(?:[^\S\n]*(?-i:\p{Lu})[^.:;\n\d]{2,60}\s\d{1,2},\d{1,3}\s*;)*"
    r"[^\S\n]*(?-i:\p{Lu})[^.:;\n\d]{2,60}\s$", _F)
# (`- Chỉ số chuyển đổi số (DTI): 0,5374`: the label may carry its code in parentheses)
_BULLET_LABEL_BEFORE = regex.compile(
    r"(?:(?:^|\n)[^\S\n]*[•+\-–]|\s•|\()[^\S\n]*\p{Lu}(?:[^\n:•()\d]|\([^\n:•()\d]{1,20}\)){2,60}:[^\S\n]*$")
_DASH_ASIDE_BEFORE = regex.compile(r"\s[-–—]\s(?!\d)[^-–—\n;:]{1,90}?\s[-–—]\s+(?P<tail>(?:là|đạt|ở\s+mức|khoảng|gần|đúng|chỉ|tới)?\s*)$", _F)
_LISTED_UNIT_BEFORE = regex.compile(
    rf"lần\s+lượt(?:\s+là|\s+đạt)?\s*:[^.:!?\n]*?(?:{NUMBER})\s?(%|điểm)\s*;[^.:!?\n]*$", _F)
_MOVE_PARTNER = regex.compile(rf"^\s+(?:xuống|lên)(?:\s+(?:còn|mức))?\s+(?:{NUMBER})\s?(%|điểm)(?!\p{{L}})", _F)
_BARE_VALUE_AFTER = regex.compile(
    r"^(?:\s*[,;.)\"”]|\s*$|\s+(?:và|tăng|giảm|so\s+với|trong|xếp|đứng|với|trở\s+lên|ở\s+(?:trụ\s+cột|chỉ\s+số|lĩnh\s+vực|nội\s+dung|tiêu\s+chí)|đã|đều|đến|về|\(|–|-|[\p{So}\p{Sk}])"
    r"|\s+năm\s+\d{4}(?:\s+(?:lên|xuống)|\s*[,;.)]|\s*$))", _F)
# `từ vị trí 15 lên 13`, `(từ 1 xuống 6)`: positions on both sides of a move.
# `từ vị trí 45 năm 2020 lên 20 năm 2022`: each end may carry its year.
_MOVE_YEAR = r"(?:\s+\(?(?:năm\s+)?(?:19|20)\d\d\)?)?"
_MOVE_FROM = regex.compile(r"từ\s+(?:vị\s+trí\s+(?:thứ\s+)?|hạng\s+|thứ\s+)?$", _F)
_MOVE_FROM_RIGHT = regex.compile(rf"^{_MOVE_YEAR},?\s+(?:lên|xuống)\s", _F)
_MOVE_TO = regex.compile(
    rf"từ\s+(?:vị\s+trí\s+(?:thứ\s+)?|hạng\s+|thứ\s+)?(?:{NUMBER}){_MOVE_YEAR},?\s+(?:lên|xuống)\s+"
    r"(?:vị\s+trí\s+(?:thứ\s+)?|hạng\s+|thứ\s+)?$", _F)
_EARLIER_POSITION_BEFORE = regex.compile(
    rf"(?:thứ|vị\s+trí|hạng)\s+(?:thứ\s+)?(?:{NUMBER})(?:/\d+)?(?:\s+\p{{L}}+){{0,3}}\s*\(\s*(?:năm\s+)?(?:19|20)\d\d\s*(?:là|:)\s*(?:thứ\s+|hạng\s+)?$",
    _F)
_RANK_CONTEXT = regex.compile(r"bậc|hạng|vị\s+trí|xếp", _F)
_RANGE_AFTER = regex.compile(rf"^\s?(?:%|điểm)?\s?(?:-|đến|tới)\s?(?:dưới\s+)?({NUMBER})\s?(%|điểm|bậc(?!\p{{L}}))?", _F)
_FROM_BEFORE = regex.compile(r"(?:từ|trong\s+khoảng(?:\s+từ)?)\s*$", _F)
_OR_MORE_AFTER = regex.compile(r"^\s?(?:%|điểm)?\s+trở\s+lên", _F)
_OR_LESS_AFTER = regex.compile(r"^\s?(?:%|điểm)?\s+trở\s+xuống", _F)

_DATE_BEFORE = regex.compile(
    r"(?:ngày|tháng|sáng|(?<!đa\s)chiều|tối|đêm|trưa|hôm|quý|đầu\s+tháng|cuối\s+tháng|giữa\s+tháng|số\s+hiệu|mã\s+số|"
    r"(?:văn\s+bản|quyết\s+định|công\s+văn|kế\s+hoạch|thông\s+tư|nghị\s+định|nghị\s+quyết|chỉ\s+thị|tờ\s+trình|"
    r"thông\s+báo|luật|giấy\s+phép|hợp\s+đồng)\s+số|"
    r"hotline|điện\s+thoại|đt|tel|fax|khoản|điều|chương|mục|phiên\s+bản|version|lúc|giờ|trang|page)"
    r"[\s:.]*$",
    _F,
)
_DATE_ADJ = regex.compile(
    r"^(?:/\d|-\d{1,2}-\d|-(?:19|20)\d\d(?!\d)|:\d|\.\d{3}\.\d|h\d|\s?(?:giờ|h|phút|tuổi)(?!\p{L}))", _F
)
_DATE_ADJ_BEFORE = regex.compile(r"(?:\d/|\d:|\d\.\d{3}\.|\d{1,2}-\d{1,2}-)$")
_RANGE_UPPER_BEFORE = regex.compile(rf"(?<!năm\s)(?<![\d.,])(?:{NUMBER})\s?(?:%|điểm)?\s?(?:-|đến|tới)\s?(?P<below>dưới\s+)?$", _F)

_TEXTUAL_RANK = regex.compile(
    r"(?<!\p{L})(?P<p>(?:xếp|đứng|ở|giữ|lên|xuống|giành|đoạt)\s+(?:ở\s+)?(?:vị\s+trí\s+|hạng\s+)?(?:thứ|hạng)\s+(?P<w>"
    + "|".join(ORDINAL_WORDS)
    # `bảng xếp hạng năm nay`, `năm thứ hai liên tiếp`: the year, not the fifth place
    + r")(?!(?<=năm)\s+(?:nay|qua|trước|sau|ngoái|tới|thứ|học|(?:19|20)\d\d))"
    + r"|(?<=(?:^|[,;]|\s(?:và|rồi|tiếp\s+theo|kế\s+đến)|\n)\s*)thứ\s+(?P<w3>"
    + "|".join(w for w in ORDINAL_WORDS if w not in ("nhất", "một"))
    + r")(?=\s+(?:là\s+(?:(?-i:\p{Lu})|tỉnh|thành\s+phố|huyện|sở|bộ)|thuộc\s+về|lần\s+lượt|khu\s+vực|vùng|cả\s+nước|toàn\s+quốc))"
    r"|(?<!\p{L})cao\s+thứ\s+(?P<w5>hai|nhì|ba|tư|năm)(?=\s+(?:cả\s+nước|toàn\s+quốc|khu\s+vực|vùng|trong))|vị\s+trí\s+(?:thứ\s+)?(?P<w2>nhất|nhì|hai|ba|tư|bốn)(?!\p{L})|(?<=(?:giữ|ở|về|lên|chiếm)\s)vị\s+trí\s+số\s+một|đứng\s+đầu|dẫn\s+đầu|quán\s+quân|á\s+quân|đầu\s+bảng|"
    r"ngôi\s+đầu|(?<=(?:^|\s))về\s+(?P<w6>nhất|nhì)(?=\s+(?:là|với|thuộc|cả\s+nước|toàn\s+quốc|khu\s+vực|vùng|trong)(?!\p{L})|\s*[,.;:)]|\s*$))(?!\p{L})",
    _F,
)
# `tăng một bậc`, `tụt hai hạng`, `vươn lên một bậc`, `rơi xuống ba bậc`: a move in a ranking written in words
_WORD_RANK_DELTA = regex.compile(
    r"(?<!\p{L})(?P<t>tăng|giảm|tụt|sụt|lùi|thăng|nhảy|cải\s+thiện|tiến|(?:vươn|vượt|leo)(?=\s+lên)|rơi|lên|xuống)"
    r"(?:\s+(?:thêm|được|hạng|nhẹ|vọt|lên|xuống|liền))?"
    r"\s+(?P<w>một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:bậc|hạng)(?!\p{L})", _F)
_GROUP_NOUNS = r"(?:đơn\s+vị|tỉnh|thành\s+phố|thành|địa\s+phương|bộ|ngành|sở|huyện|quận|thị\s+xã|xã|phường|vị\s+trí|quốc\s+gia|nước)"
_TEXTUAL_RANK_SKIP_BEFORE = regex.compile(
    rf"(?:(?<!\p{{L}})(?:đánh\s+)?mất|(?<!\p{{L}})rời|(?<!\p{{L}})do(?!\s+(?:thành\s+phố|tỉnh|huyện|quận|thị\s+xã|xã|phường|TP\.?)\s+(?-i:\p{{Lu}}))(?:\s+(?!(?:công\s+bố|cho\s+thấy|là|thì|được|đã|tiếp\s+tục|vươn|vẫn|đều)(?!\p{{L}}))[^\s,;.]+){{1,8}}|các\s+{_GROUP_NOUNS}(?:,\s*thành(?:\s+phố)?)?|người|cán\s+bộ|lãnh\s+đạo|trách\s+nhiệm\s+của|cấp\s+ủy,?|thủ\s+trưởng,?|so\s+với(?:\s+các)?\s+\p{{L}}+(?:\s+vị)?|nhóm|"
    # (`năm Bộ đứng đầu`: the year the Ministry led, not five ministries)
    rf"(?:(?<![\d/])(?:{NUMBER})|(?<!\p{{L}})(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))\s+(?-i:{_GROUP_NOUNS})(?:,\s*thành(?:\s+phố)?)?|"
    # (`nhóm 10 tỉnh, thành phố dẫn đầu`; not `top 3 bộ về Chỉ số CCHC và duy trì vị trí dẫn đầu`, a place of its own)
    rf"(?:top|tốp|nhóm)\s+\p{{L}}*\s*(?:{NUMBER})(?:\s+(?!và(?!\p{{L}}))[\p{{L}},]+){{0,5}}|"
    # (`4/5 địa phương dẫn đầu đều là …`: the leaders counted, not a first place)
    rf"(?<!(?:thứ|hạng|xếp|đứng)\s+)\d+\s?/\s?\d+\s+{_GROUP_NOUNS}(?:,\s*thành(?:\s+phố)?)?|"
    # `khoảng cách giữa địa phương đứng đầu và …`, `thấp hơn đơn vị dẫn đầu`: a role, not a result
    r"(?:giữa|hơn|kém|với|sau|và)\s+(?:các\s+|những\s+)?(?:địa\s+phương|đơn\s+vị|tỉnh|bộ|sở|ngành|huyện|nước|quốc\s+gia)"
    r"(?:\s+có\s+kết\s+quả)?)\s*$",
    _F,
)
# The last place, as one end of a spread (`tỉnh đứng đầu và tỉnh cuối bảng`).
LAST_PLACE = r"(?:cuối\s+bảng|thấp\s+nhất|(?:đứng|xếp)\s+cuối)"
_TEXTUAL_RANK_SKIP_AFTER = regex.compile(
    r"^\s+(?:đoàn|phái\s+đoàn|cơ\s+quan|ngành|địa\s+phương,|năm\s+\d{4}\s+được|công\s+trình|nhóm\s+nghiên\s+cứu|"
    r"trong\s+(?:số\s+)?các\s+(?:vấn\s+đề|mối\s+quan\s+tâm|lý\s+do|nguyên\s+nhân|nội\s+dung\s+được)|"
    r"nhóm\s+công\s+tác|tổ\s+công\s+tác|chuyến|cuộc|xu\s+hướng|trào\s+lưu|"
    # (`tỉnh đứng đầu và tỉnh cuối bảng chỉ cách nhau …`: the first place as one end of a spread)
    rf"và\s+(?:(?:tỉnh|địa\s+phương|bộ|đơn\s+vị)\s+)?{LAST_PLACE})(?!\p{{L}})",
    _F,
)
_NAMED_AFTER_ROLE = regex.compile(
    r"\s+(?:là|thuộc\s+về)\s+(?:(?:tỉnh|thành\s+phố|TP|huyện|quận|thị\s+xã|sở|bộ)\s+)?(?-i:\p{Lu})", _F)
_TOTAL_AFTER_WORD_RANK = regex.compile(rf"^\s+trong\s+(?:số\s+|tổng\s+số\s+)?({NUMBER})(?!\d)", _F)


_UNIT_KIND = r"(?:bộ|sở|ban|ngành|quận|huyện|thị\s+xã|thị\s+trấn|xã|phường|tỉnh|thành\s+phố|thành)"
# A dash between two numbers is a range (`từ 9 - 10%`), elsewhere a clause boundary; a comma
# inside a list of unit kinds (`các bộ, ngành`, `khối quận, huyện`) is none.
_CLAUSE_BOUNDARY = regex.compile(r"[;:()\[\]“”\"!?\n]|(?<!" + _UNIT_KIND + r"),\s|,\s(?!" + _UNIT_KIND + r"(?!\p{L}))|\.\s"
                                 r"|(?<!\d)\s-\s|\s-\s(?!\d|$)")


def _clause_left(text: str, pos: int, limit: int = 90) -> str:
    """Text from the last clause boundary before `pos` (commas in numbers are not boundaries)."""
    lo = max(0, pos - limit)
    left = text[lo:pos]
    cut = None
    for m in _CLAUSE_BOUNDARY.finditer(left):
        cut = m.end()
    return left[cut:] if cut is not None else left


def _comparator(left: str) -> str | None:
    for pat, comp in _COMPARATORS:
        if pat.search(left):
            return comp
    return None


def _delta(left: str, right: str, named_other: bool = True) -> tuple[bool, int, str]:
    """Is the number at the end of `left` a change? Returns (is_delta, sign, trigger). Without
    `named_other`, a comparative must stand right before the number (a number in parentheses
    after `cao hơn mức bình quân cả nước (80,39%)` is the reference's value, not the gap)."""
    triggers = list(_DELTA_TRIGGER.finditer(left))
    if not triggers:
        return False, 1, ""
    # (`giảm hơn 1%`, `thấp hơn bình quân chung hơn 9%`; not `kém Kiên Giang 0,45 điểm nhưng hơn Sóc Trăng 1,34 điểm`)
    if len(triggers) > 1 and triggers[-1].group("t").lower() in ("hơn", "thêm") and (
            regex.fullmatch(r"\s+(?:\p{L}+\s+)?", left[triggers[-2].end():triggers[-1].start()])
            or not left[triggers[-1].end():].strip()):
        # `giảm hơn 1%`, `giảm thêm 1%`: the word bounds or extends the change the verb before it states
        found = _delta_from(left, right, triggers[-2], named_other)
        if found[0]:
            return found
    return _delta_from(left, right, triggers[-1], named_other)


COMPARATIVES = ("cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "kém", "nhỉnh hơn")
GAP_WORDS = ("khoảng cách", "chênh lệch", "mức chênh")
_UNITLESS_GAP_BEFORE = regex.compile(
    "(?:" + "|".join(w.replace(" ", r"\s+") for w in GAP_WORDS) + r")(?:\s+[^\s\d]+){0,12}?\s+(?:là|còn|chỉ\s+còn|khoảng|gần|ở\s+mức)\s*$",
    _F)
_SPREAD_LEVEL = regex.compile(
    r"(?:khoảng\s+cách|chênh\s+lệch)[^.;\n]{0,100}?(?<!\p{L})(?:từ|còn|xuống(?:\s+còn)?|lên|so\s+với(?:\s+mức)?|năm\s+\d{4}\s+là"
    r"|con\s+số\s+này\s+là)\s*$", _F)  # (`hẹp hơn so với mức 17,05% của năm 2021`, `(khi con số này là 21,4%)`)
# `so với (cùng kỳ) năm 2020`, `so cùng kỳ năm trước`: the year a change is measured from
_YEAR_COMPARED = r"so\s+(?:với\s+(?:cùng\s+kỳ\s+)?|cùng\s+kỳ\s+)(?:năm\s+)?(?:\d{4}|trước|ngoái)"
_YEAR_COMPARED_END = regex.compile(_YEAR_COMPARED + r"\s*$", _F)
_GAP_END = {"khoảng", "tới", "gần", "xấp", "xỉ", "chừng", "đến", "là", "hơn", "trên", "dưới"}
# What a comparative is measured against: `mức bình quân chung`, `trung vị cả nước`, `khối sở`.
_REFERENCE_START = {"mức", "trung", "bình", "khối", "cấp", "nhóm", "cả", "toàn", "các", "giá", "chỉ", "tỉnh", "điểm",
                    "thành", "huyện", "quận", "xã", "phường", "thị", "địa", "đơn", "bộ", "sở", "năm", "cùng", "mặt", "láng", "chính", "kết"}
# `khoảng cách giữa địa phương đứng đầu và địa phương thấp nhất là 7,73 điểm`
_SPREAD_END = {"là", "còn", "tới", "gần", "khoảng", "mức", "chỉ", "hơn", "trên", "dưới", "đầy", "đến"}


_AVERAGE_WORDS = regex.compile(r"trung\s+bình|bình\s+quân|trung\s+vị", _F)
# `Từ 1/7 đến 30/9/2025`: the first day of a date range, its year written once on the last
_DATE_RANGE_END_AFTER = regex.compile(r"\s?(?:[-–]|đến|tới)\s?\d{1,2}/\d{1,2}(?!\d)", _F)
_POINTS_WORD_AFTER = regex.compile(r"\s?điểm(?!\s+số)(?!\p{L})")
_UNIT_VALUE = regex.compile(r"0[.,]\d{3,}")  # a value on a 0–1 scale (`0,7534`)
_AT_AFTER = regex.compile(r"\s+ở\s")


def _names_an_average(gap: list[str]) -> bool:
    """`vượt trung bình cả nước 3,27%`: the average beaten, then by how much (not `vượt mức trung bình cả nước
    với 89,6%`, the level reached)."""
    return len(gap) >= 2 and bool(_AVERAGE_WORDS.search(" ".join(gap))) \
        and not any(g.lower() in ("với", "đạt", "xếp", "là") for g in gap)


_PEER = regex.compile(r"(?:địa\s+phương|tỉnh|đơn\s+vị|huyện|quận|thị\s+xã|sở|bộ|thành\s+phố)\s", _F)


def _names_a_peer(gap: list[str]) -> bool:
    """`hơn địa phương xếp sau 0,41 điểm`: another unit, named by its kind and how it stands."""
    return len(gap) >= 2 and bool(_PEER.match(" ".join(gap) + " "))


def _names_the_compared(gap: list[str]) -> bool:
    """After a bare `hơn`/`vượt`: does the gap name what is compared with, a unit (`Quảng Ninh`), an average
    (`mức trung bình cả nước`) or a peer by its kind (`địa phương xếp sau`)?"""
    return bool(gap) and (gap[0][:1].isupper() or _names_an_average(gap) or _names_a_peer(gap))


def _gap_names_the_other(word: str, gap: list[str], right: str) -> bool:
    """`thấp hơn TP Hạ Long tới 13,82 điểm`, `cao hơn mức bình quân chung 1,07%`: a comparative
    names what it is compared with (then perhaps an adverb), then the gap with its unit; a
    single word (`thấp hơn mức 44,9%`) names a level instead."""
    if not _PERCENT_AFTER.match(right) and not _POINT_AFTER.match(right) and not _RANK_UNIT_AFTER.match(right):
        return False
    if word in GAP_WORDS:
        # (`khoảng cách giữa địa phương cao điểm nhất và thấp điểm nhất trong vùng vẫn còn gần 9 điểm`)
        return 1 <= len(gap) <= 18 and gap[-1].lower() in _SPREAD_END
    if word in ("hơn", "vượt"):
        # `Hải Phòng chỉ hơn Quảng Ninh 0,58%`, `vượt Đồng Tháp 0,52 điểm`: a bare comparison and a named unit,
        # or an average (`vượt trung bình cả nước (81,65%) 3,27%`, `hơn mức trung bình cả nước 4,71%`)
        return 1 <= len(gap) <= 8 and _names_the_compared(gap) \
            and not any(g.lower() in _LEVEL_WORDS for g in gap)
    if word in COMPARATIVES and len(gap) == 1 and len(gap[0]) >= 2 and gap[0].isupper() and gap[0].isalpha():
        return True  # `chỉ thấp hơn NHNN 1,26%`: another body named by its acronym
    if word in COMPARATIVES and len(gap) <= 12 and _names_a_peer(gap) and "là" in gap[:-1] and \
            gap[gap.index("là") + 1][:1].isupper():
        return True  # `cao hơn đơn vị xếp thứ hai là Bộ Tư pháp 1,12%`: a peer by its place, then its name
    return (word in COMPARATIVES and 2 <= len(gap) <= 9
            and (gap[-1].lower() in _GAP_END or gap[0].lower() in _REFERENCE_START or gap[0][:1].isupper()
                 # `thấp hơn nam giới 3,4%`: a short reference in plain words
                 or (len(gap) <= 4 and all(g.isalpha() and g.islower() for g in gap)))
            and not any(g.lower().strip(",") in _LEVEL_WORDS or g.lower() in ("đạt", "với", "xếp") for g in gap))


_CUT_GAP = {"", "đơn", "giản", "hóa", "hoá", "ít", "nhất", "tối", "thiểu", "khoảng"}


def _changed_measure(word: str, gap: list[str], right: str, before: str) -> bool:
    """`giảm tỷ lệ hộ nghèo 2%`, `giảm tỷ lệ hộ nghèo từ 4 đến 5%`: the verb changes a rate it names
    (lower-case words) by so many points."""
    unit_follows = bool(regex.match(rf"^\s?(?:%|(?:-|đến|tới)\s?(?:{NUMBER})\s?%)", right, _F))
    if word == "tăng trưởng" and unit_follows and 1 <= len(gap) <= 4 and gap[0] in ("GRDP", "GDP", "kinh") \
            and all(g in ("GRDP", "GDP", "kinh", "tế", "từ", "khoảng", "bình", "quân", "trên") for g in gap):
        return True  # `phấn đấu tăng trưởng GRDP từ 7 đến 7,5%`: the growth rate of a named measure
    if word in ("tăng", "giảm", "cải thiện", "nâng") and 1 <= len(gap) <= 8 and _RANK_UNIT_AFTER.match(right) \
            and not any(c.isdigit() for g in gap for c in g) and not any(g.lower() in _LEVEL_WORDS for g in gap):
        return True  # `cải thiện thứ hạng Chỉ số CCHC ít nhất 5 bậc`: the ranking it changes, then by how much
    if word in ("tăng", "giảm") and 2 <= len(gap) <= 12 and not any(c.isdigit() for g in gap for c in g) \
            and "từ" not in gap and not regex.search(r"(?:tỷ|tỉ)\s+lệ\s*$|mức\s*$", before, _F) \
            and regex.match(r"^\s?%[^.;:]{0,30}?so\s+với", right, _F):
        return True  # `giảm cường độ phát thải … ít nhất 15% vào năm 2030 so với năm 2014`
    if word == "rút ngắn" and 2 <= len(gap) <= 8 and [g.lower() for g in gap[:2]] == ["thời", "gian"] and unit_follows:
        return True  # `rút ngắn thời gian giải quyết hồ sơ ít nhất 30%`: the time it shortens, then by how much
    if word == "giảm" and gap and {g.lower().strip(",") for g in gap} <= _CUT_GAP and "đơn" in gap and \
            regex.match(r"^\s?%\s+\p{L}", right, _F):
        # `cắt giảm, đơn giản hóa ít nhất 30% thời gian tuân thủ`, `… 30% điều kiện kinh doanh`: the cut, then what it cuts
        return True
    return (word in ("tăng", "giảm", "gia tăng", "nâng") and 3 <= len(gap) <= 8
            and gap[0].lower() in ("tỷ", "tỉ") and gap[1].lower() in ("lệ", "trọng")
            and all(g.islower() for g in gap) and unit_follows)


# (`vượt chỉ tiêu 40% mà kế hoạch đề ra` names the target's level; closed by who set it, the target is beaten by so much)
_PLAN_BEATEN = regex.compile(r"(?:kế\s+hoạch|dự\s+toán|(?:chỉ\s+tiêu|mục\s+tiêu)(?=\s+\S+\s+(?:giao|đề\s+ra|đặt\s+ra)|\s+(?:giao|đề\s+ra|đặt\s+ra)))"
                             r"(?:\s+(?:được\s+|tỉnh\s+|thành\s+phố\s+|trung\s+ương\s+)?(?:giao|đề\s+ra|đặt\s+ra))?", _F)


def _delta_from(left: str, right: str, trig: regex.Match, named_other: bool = True) -> tuple[bool, int, str]:
    word = " ".join(trig.group("t").lower().split())
    if regex.search(r"(?<!\p{L})không\s+$", left[:trig.start()], _F):
        return False, 1, ""  # `không thấp hơn 75%`, `không vượt quá`: a bound
    if word in ("lấy lại", "giành lại") and not regex.match(r"\s?(?:bậc|hạng)(?!\p{L})", right, _F):
        return False, 1, ""  # places regained, not `lấy lại được khoảng 50% tiền`
    gap_text = regex.sub(_YEAR_COMPARED + r"|\(|\)", " ", left[trig.end():], flags=_F)
    # `tăng lần lượt 6, 5 và 5 bậc`: the list's other items stand between the verb and its last item
    gap_text = regex.sub(rf"(?:(?<![\d.,])(?:{NUMBER}){_LIST_SEP})+$", " ", gap_text, flags=_F)
    gap = gap_text.split()
    if word == "nhích" and [g.lower() for g in gap] == ["lên"] and regex.match(r"^\s?(?:%|điểm)?\s*so\s+với", right, _F):
        gap = []  # `nhích lên 1,2% so với năm trước`: the size of the step (not `nhích lên 63,05 điểm năm 2023`)
    if word == "vượt" and _PLAN_BEATEN.fullmatch(" ".join(gap)) and _PERCENT_AFTER.match(right) and not regex.match(r"\s?%\s*\)", right):
        # `vượt kế hoạch 6,8%`, `vượt chỉ tiêu tỉnh giao 8,3%`: by how much the plan was beaten (not `vượt kế hoạch đề
        # ra (10%)`, the plan's level)
        return True, 1, word
    if any(g.lower() in _LEVEL_WORDS for g in gap) and word not in GAP_WORDS:
        return False, 1, ""
    if word in COMPARATIVES + ("hơn", "nhỉnh hơn") and gap and gap[-1].lower() in ("mức", "tiêu", "ngưỡng", "thiểu", "lệ"):
        # `thấp hơn mức 65,8 điểm của năm 2021`, `thấp hơn chỉ tiêu 30%`, `cao hơn yêu cầu tối thiểu 95%`: a level
        return False, 1, ""
    if len(gap) > 5 or any(g.lower().strip(",") not in _GAP_OK for g in gap):
        if not (named_other and _gap_names_the_other(word, gap, right)) and not _changed_measure(word, gap, right, left[:trig.start()]):
            return False, 1, ""
    before = left[: trig.start()].lower()
    if word in ("tăng", "giảm", "gia tăng", "lùi", "tụt", "sụt", "sụt giảm") and regex.search(r"từ\s+(?:mức\s+)?$", left, _F) \
            and _LEVEL_BEFORE_CHANGE.match(right):
        return False, 1, ""  # `giảm từ 4,35% xuống 3,9%`, `thứ hạng lùi từ 53 xuống 55/63`: the level moved from
    if word == "hơn" and not _names_the_compared(gap):
        # Bare `hơn 97%` is a comparator; `hơn 30% so với X` (or `hơn Quảng Ninh 0,58%`) is a gap.
        if not regex.match(r"^\s?(?:%|điểm|bậc|hạng)?\s*so\s+với", right, _F):
            return False, 1, ""
    if word == "tăng trưởng" and regex.search(r"(?:tốc\s+độ|mức|tỷ\s+lệ|chỉ\s+tiêu|mục\s+tiêu)\s*(?:\p{L}+\s*){0,3}$", before, _F):
        return False, 1, ""
    if word == "vượt" and gap and not (gap[0][:1].isupper() and _POINT_AFTER.match(right)) and not _names_an_average(gap):
        return False, 1, ""  # (`vượt Đồng Tháp 0,52 điểm`, `vượt trung bình cả nước 3,27%` name what it beat)
    if word == "vượt" and not gap and regex.match(r"^\s?%\s*(?:[;,.:)\n]|$)", right):
        return False, 1, ""  # `hồ sơ trực tuyến vượt 50%;`: a level passed (vs `vượt 12% dự toán`)
    if word == "hụt" and ([g.lower() for g in gap] not in ([], ["gần"]) or not regex.match(r"^\s?%?\s*so\s+với", right, _F)):
        return False, 1, ""  # `hụt gần 5% so với năm 2024`: short of a year's level; not `hụt 20% lao động`
    if word in ("mất", "thiếu", "bị trừ") and (gap or not (_RANK_UNIT_AFTER.match(right) or _POINT_AFTER.match(right))):
        return False, 1, ""  # `mất 1 bậc`, `mất 2,35 điểm`; not `mất 30% thời gian`
    if word == "thêm" and (gap or not (_POINT_AFTER.match(right) or _RANK_UNIT_AFTER.match(right)
                                       or regex.match(r"^\s?%\s*so\s+với", right, _F))):
        # `cải thiện mạnh nhất, thêm 0,86 điểm`, `thêm 4,15% so với năm trước`; not `thêm 5 xã`, `thêm 20%` of something
        return False, 1, ""
    if word in ("nâng", "cải thiện") and not _RANK_UNIT_AFTER.match(right) and not _POINT_AFTER.match(right) \
            and not regex.match(r"^\s?%?\s*so\s+với", right, _F):
        return False, 1, ""  # (`cải thiện 2,5% so với năm trước`, `cải thiện 0,1026 so với năm trước` are changes too)
    if word in ("bứt phá", "tiến bộ", "cải thiện", *COMPARATIVES) and [g.lower() for g in gap] == ["với"]:
        return False, 1, ""  # `Hà Tĩnh bứt phá với 88,05%`, `Vĩnh Long nhỉnh hơn với 67,05 điểm`: the level reached
    if word in ("thăng", "thăng hạng", "nhảy", "leo") and not _RANK_UNIT_AFTER.match(right):
        return False, 1, ""  # `Bình Định thăng 17 bậc`, `cú nhảy 26 bậc`, `leo 8 bậc`: moves in a ranking only
    sign = -1 if any(word.startswith(n) for n in _NEGATIVE) else 1
    return True, sign, word


def _last_change_verb(left: str) -> str:
    """The last change word in the sentence before a figure, or ''."""
    left = regex.split(r"[.;:!?\n]", left)[-1]
    found = [t.group("t").lower() for t in _DELTA_TRIGGER.finditer(left)]
    return " ".join(found[-1].split()) if found else ""


def _is_rejected(text: str, start: int, end: int, a: str, b: str | None) -> bool:
    """Dates, times, document numbers, phone numbers and years on their own."""
    left, right = text[max(0, start - 30):start], text[end:end + 12]
    if _DATE_ADJ.match(right) or _DATE_ADJ_BEFORE.search(left):
        return True
    if regex.match(r"^/\s?\p{L}", right):
        return True  # 245/KH-UBND
    if b is None and regex.fullmatch(r"(?:19|20)\d\d", a) and regex.search(r"(?<!\p{L})năm\s+$", left, _F):
        return True  # `mục tiêu năm 2025 điểm DDCI …`: the year, whatever follows it
    if _DATE_BEFORE.search(left) and not (regex.search(r"(?:sáng|chiều|tối|đêm|trưa)[\s:.]*$", left, _F)
                                          and regex.match(r"\s?(?:%|điểm)", right, _F)):
        return True  # (`chiều 2/5` is a date, `… chiều 2%` a share after a word that ends in a time of day)
    if regex.match(r"0\d{2,}", a):
        return True  # 0913…: a phone number or a code
    if b is None and regex.fullmatch(r"[2-7]", a) and regex.search(r"(?<!\p{L})thứ\s*$", left, _F) and (
            regex.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*\(\s*thứ\s*$", left, _F)
            or regex.match(r"\s*[,(]?\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)", text[end:end + 20], _F)):
        return True  # `ngày 20/4 (thứ 3)`, `thứ 5, ngày 15/3`: a day of the week
    if regex.search(r"(?<!\p{L})chi\s+(?:hơn|trên|quá|từ)\s*$", left, _F) and regex.match(r"\s?%\s+(?:tổng\s+)?doanh\s+thu", right, _F):
        return True  # `tỷ lệ doanh nghiệp phải chi hơn 10% doanh thu cho …`: the bound that defines the group counted
    if b is None and left.endswith("(") and text[end:end + 1] == ")" and (dm := regex.fullmatch(r"(\d{1,2})\.(\d{1,2})", a)) \
            and 1 <= int(dm.group(1)) <= 31 and 1 <= int(dm.group(2)) <= 12:
        return True  # `Tối qua (7.2)`: the press's day.month in parentheses
    if b is not None:
        va, vb = parse_number(a), parse_number(b)
        if va is None or vb is None:
            return True
        if 1900 <= vb <= 2100 and "," not in b and "." not in b:
            return True  # tháng 6/2021, 12/2023/NĐ-CP
        if vb == 0:
            return True
        if 1 <= va <= 31 and 1 <= vb <= 12 and _DATE_RANGE_END_AFTER.match(right):
            return True  # `Từ 1/7 đến 30/9/2025`: a date range's first day, its year written once on the last
    return False


_LIST_LABEL = regex.compile(r"[^\S\n]*(?:[-+•–][^\S\n]*)?\p{Lu}[^\n:\d]{1,40}:[^\S\n]*")  # `Đồng Tháp: `, `- Long An: `
_LISTED_LINE = regex.compile(rf"{_LIST_LABEL.pattern}\d{{1,3}}(?:[.,]\d+)?[^\S\n]*(?:%|điểm)?[^\S\n]*")
_LIST_HEADER = regex.compile(r"[^\n]*(?:(?-i:Điểm)|\(\s*(?:điểm|%)|(?<!\p{L})(?:điểm|%)\s*\))[^\n]*:[^\S\n]*", _F)


def _listed_under_header(text: str, s: int) -> str | None:
    """`point` or `%` when the value at `s` ends a `Name: value` line of a list whose header, above the
    lines of the same shape, names the unit (`Điểm tổng hợp … (điểm, xếp từ cao xuống thấp):`)."""
    line_start = text.rfind("\n", 0, s) + 1
    if not _LIST_LABEL.fullmatch(text, line_start, s):
        return None
    end = line_start - 1
    for _ in range(40):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _LIST_HEADER.fullmatch(line):
            return "%" if "%" in line else "point"
        if not _LISTED_LINE.fullmatch(line):
            return None
        end = start - 1
    return None


def _unit_noun(right: str) -> bool:
    return bool(_COUNT_UNIT_AFTER.match(right))


def find_figures(text: str, start: int = 0, end: int | None = None, unit_scale: bool = False) -> list[Candidate]:
    """All figures in `text[start:end]` (one sentence), in normalised-text offsets. With `unit_scale` (a
    page on an index scored from 0 to 1, the DTI), a bare value like `0,7015` is a score wherever it stands."""
    end = len(text) if end is None else end
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []

    def add(c: Candidate) -> None:
        if any(c.start < e and s < c.end for s, e in taken):
            return
        taken.append((c.start, c.end))
        out.append(c)

    for c in _split_decimals(text, start, end):
        add(c)
    for m in _NUM_TOKEN.finditer(text, start, end):
        for c in _classify(text, m, end):
            add(c)
    for m in _TEXTUAL_RANK.finditer(text, start, end):
        if "?" in text[m.end():end]:
            continue  # a question (`… nào dẫn đầu?`) states no rank
        c = _textual_rank(text, m)
        if c:
            add(c)
    for m in _WORD_RANK_DELTA.finditer(text, start, end):
        sign = -1 if any(m.group("t").lower().startswith(n) for n in (*_NEGATIVE, "rơi", "xuống")) else 1
        add(Candidate(m.start("w"), m.end(), "delta", sign * float(parse_word_number(m.group("w")) or 0), None, "rank", None,
                      cue=" ".join(m.group("t").lower().split())))
    if (item := _ranked_list_item(text, start, end)) is not None:
        add(item)
    for cell in _table_cells(text, start, end):
        # (a column's header outweighs what the cell alone suggests: `1/9` under `Thứ hạng` is a rank, not a count)
        if cell.kind != "count":
            out[:] = [c for c in out if not (c.start == cell.start and c.end == cell.end)]
            taken[:] = [(s, e) for s, e in taken if not (s == cell.start and e == cell.end)]
        add(cell)
    for lm in _CELL_LINE.finditer(text, start, end):
        if (stacked := _stacked_table_cell(text, lm.start())) is not None and start <= stacked.start < end:
            add(stacked)
    if unit_scale:
        for c in _unit_scale_values(text, start, end):
            add(c)
    _inherit_coordinated_deltas(text, out)
    _share_unit_in_lists(text, out, start, end)
    _share_rank_total(text, out)
    _elided_rank_verbs(text, out, end)
    _counted_from_bottom(text, out)
    for c in _parenthesised_ranks(text, start, end):
        add(c)
    out.sort(key=lambda c: c.start)
    return out


# `lần lượt đứng thứ 7 và 12 trong 63 tỉnh`: the last of a list of positions
_RANK_LIST_BEFORE = regex.compile(r"(?:thứ|hạng)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|và)\s*$", _F)


def _share_rank_total(text: str, out: list[Candidate]) -> None:
    """`đứng thứ 7 và 12 trong 63`: the total written on the last position is every listed one's."""
    def listed_after(c: Candidate) -> Candidate | None:
        return next((x for x in out if x.start > c.end and x.kind == "rank" and _LIST_JOIN.fullmatch(text[c.end:x.start])),
                    None)

    for i, c in enumerate(out):
        if c.kind != "rank" or c.total is not None or c.comparator is not None:
            continue
        nxt = listed_after(c)
        while nxt is not None and nxt.total is None:
            nxt = listed_after(nxt)
        if nxt is not None and nxt.cue == "x trên y" and c.value < nxt.total:
            out[i] = Candidate(c.start, c.end, c.kind, c.value, nxt.total, c.unit, c.comparator, cue=c.cue)


_LIST_ITEM_LINE = regex.compile(r"(\d{1,2})[.)]\s+(?-i:\p{Lu})[^\n]*?\d")
# The line must name a ranking order (`Bảng xếp hạng …:`, `theo thứ tự từ cao xuống thấp`, `Top 10`,
# `Mười địa phương dẫn đầu PCI 2024:`, `Năm đơn vị có điểm cao nhất khối sở:`).
_RANKING_HEADING = regex.compile(
    r"xếp\s+hạng|thứ\s+tự|(?<!\p{L})(?:top|tốp)\s*\d+"
    r"|(?:(?:điểm|kết\s+quả|chỉ\s+số|DTI|PCI|PAPI|SIPAS|PGI|DDCI)(?:\s+(?:\p{Lu}{3,6}|\d{4})){0,2}\s+(?:cao|tốt)\s+nhất"
    r"|dẫn\s+đầu)[^\n]{0,40}:\s*$", _F)


_CELL_NUMBER = regex.compile(rf"([+\-−]?)((?:{NUMBER}))")


# `(62, 16 điểm)`, `(8, 12%)`: a decimal comma typed with a space, seen in scraped pages; only a
# parenthesis holding that one value is read so (`5, 6 điểm` in running text may be two numbers).
_SPLIT_DECIMAL = regex.compile(r"(?<=\()(\d{1,3}), (\d{2})(?=\s?(?:%|điểm)\s?\))")


# `Bắc Ninh dẫn đầu với 0,7015 nhờ …`, `• 0,5364: giá trị DTI trung bình`, `Chính quyền số 0,6271 – Kinh tế số 0,4187`
_UNIT_SCALE_TOKEN = regex.compile(r"(?<![\d.,/:])0[.,]\d{3,4}(?![.,]?\d|\s?(?:%|điểm|lần|triệu|tỷ|nghìn|USD|đồng)(?!\p{L}))")
# `thấp hơn giá trị trung bình của khối 0,0208`: the words that make such a value a gap
_UNIT_SCALE_GAP = regex.compile(r"(?<!\p{L})(?:(?:cao|thấp|nhiều|ít|nhỉnh)\s+hơn|kém|tăng|giảm|cải\s+thiện)(?!\p{L})", _F)


def _unit_scale_values(text: str, start: int, end: int) -> list[Candidate]:
    """Values on a 0–1 scale with no unit written, each a score or, after a change verb, a change."""
    out: list[Candidate] = []
    for m in _UNIT_SCALE_TOKEN.finditer(text, start, end):
        left = _clause_left(text, m.start())
        value = parse_number(m.group())
        if value is None or regex.search(r"(?<!\p{L})hệ\s+số(?!\p{L})", left, _F):
            continue
        is_delta, sign, _ = _delta(left, text[m.end():min(end, m.end() + 60)])
        gaps = list(_UNIT_SCALE_GAP.finditer(left))
        gap = gaps[-1] if gaps else None
        if not is_delta and gap is not None and not regex.search(r"\d", left[gap.end():]):
            # `thấp hơn giá trị trung bình của khối 0,0208`, `cao hơn khối tỉnh 0,0765`: a gap to what it names
            is_delta, sign = True, (-1 if gap.group().lower().startswith(("thấp", "ít", "kém", "giảm")) else 1)
        out.append(Candidate(m.start(), m.end(), "delta" if is_delta else "score", sign * value if is_delta else value,
                             None, "point", _comparator(left), cue="unit scale"))
    return out


def _split_decimals(text: str, start: int, end: int) -> list[Candidate]:
    """Classify each split decimal as if typed without the space: the space moves before the
    number (same length, so offsets hold) and the number is read in place."""
    out: list[Candidate] = []
    for m in _SPLIT_DECIMAL.finditer(text, start, end):
        joined = text[:m.start()] + " " + m.group(1) + "," + m.group(2) + text[m.end():]
        token = _NUM_TOKEN.match(joined, m.start() + 1, end)
        if token is not None:
            out += [Candidate(m.start(), c.end, c.kind, c.value, c.total, c.unit, c.comparator, c.cue)
                    for c in _classify(joined, token, end)]
    return out


def _table_cells(text: str, start: int, end: int) -> list[Candidate]:
    """A table row as scraped text (`| 1 | Sở Tư pháp | 91,25 | +1,30 |`, `1 | Sở Tư pháp | 93,45`):
    each numeric cell takes its kind and unit from its column's header (`Xếp hạng`, `Chỉ số CCHC
    (%)`, `Tăng/giảm so với năm 2023 (%)`, `Điểm`); columns whose header names no unit (`STT`,
    counts) give nothing. Cells are split by `|` or by tabs."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    row = text[line_start:line_end]
    sep = "\t" if row.count("\t") >= 2 else "|"
    if text[line_start:start].strip() or row.count(sep) < 2:
        return []
    header = None
    pos = line_start
    for _ in range(40):  # back over the rows above to the header row
        if pos == 0:
            break
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_start:pos - 1]
        if prev.count(sep) < 2:
            break
        if not any(regex.match(r"\s*[+\-−]?\d", c) and not _YEAR_HEAD.fullmatch(c.strip()) for c in prev.split(sep)):
            header, header_start = prev, prev_start
            break
        pos = prev_start
    if header is None:
        return []
    columns = [h.strip() for h in header.strip(" \r").strip("|").split(sep)]
    heads = [h.lower() for h in columns]
    # (columns headed by a year alone, `Đơn vị | 2021 | 2022`, measure what the caption above says:
    # `Điểm số … (đơn vị tính: điểm):`)
    ranked = any(_RANK_HEAD.search(h) for h in heads)
    if any(_YEAR_HEAD.fullmatch(h) for h in heads) and (caption := _caption_measure(text, header_start)):
        heads = [f"{caption} {h}" if _YEAR_HEAD.fullmatch(h) else h for h in heads]
    lead = len(row) - len(row.lstrip(" "))
    body = row.strip(" \r")
    offset = line_start + lead + (1 if body.startswith("|") else 0)
    cells = body.strip("|").split(sep)
    if len(cells) != len(heads):
        return []
    out: list[Candidate] = []
    row_year = _YEAR_IN.search(cells[0]) if _YEAR_HEAD.fullmatch(cells[0].strip()) else None
    for column, head, cell in zip(columns, heads, cells, strict=True):
        cs = offset + len(cell) - len(cell.lstrip())
        offset += len(cell) + 1
        if (c := _cell(head, cell.strip(), cs, ranked)) is not None:
            year = row_year or (_YEAR_IN.search(column) if c.kind != "delta" else None)
            out.append(dataclasses.replace(c, column=column, table_year=int(year.group()) if year else None))
    return out


# a column headed by a year alone (`2021`, `Năm 2022`), after the measure its caption gives
_YEAR_HEAD = regex.compile(r"(?:năm\s+)?(?:19|20)\d\d", _F)
_YEAR_IN = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CAPTION_MEASURES = ((regex.compile(r"đơn\s+vị(?:\s+tính)?\s*:\s*%|\(\s*%\s*\)|tỷ\s+lệ", _F), "%"),
                     (regex.compile(r"(?:thứ|xếp)\s+hạng|vị\s+trí", _F), "xếp hạng"),
                     (regex.compile(r"(?<!\p{L})điểm(?!\p{L})", _F), "điểm"))


def _caption_measure(text: str, header_start: int) -> str | None:
    """What the line just above a table's header says its values measure: `%`, `xếp hạng` or `điểm`."""
    end = header_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    caption = text[text.rfind("\n", 0, end) + 1:end]
    return next((word for pattern, word in _CAPTION_MEASURES if pattern.search(caption)), None)


_CELL_LINE = regex.compile(r"^[^\S\n]*[+\-−]?\d[\d.,/ ]*$", regex.MULTILINE)
_CELL_RANK = regex.compile(r"(\d{1,3})\s?/\s?(\d{1,3})")
_RANK_HEAD = regex.compile(r"(?:xếp\s+)?hạng|vị\s+trí", _F)


# a column of an index or of one of its pillars, whose values are on a 0–1 scale
_INDEX_HEAD = regex.compile(r"(?<!\p{L})(?:dti|pci|papi|pgi|sipas|ddci|par|chỉ\s+số|(?:chính\s+quyền|kinh\s+tế|xã\s+hội)\s+số)(?!\p{L})")


def _cell(head: str, cell: str, cs: int, ranked: bool = False) -> Candidate | None:
    """One table cell read by its column's (lower-cased) header; `ranked` when another column holds ranks."""
    ce = cs + len(cell)
    if (rm := _CELL_RANK.fullmatch(cell)) and _RANK_HEAD.search(head):
        rank, total = int(rm.group(1)), int(rm.group(2))
        return Candidate(cs, ce, "rank", rank, total, "rank", None, cue="table") if 0 < rank <= total else None
    m = _CELL_NUMBER.fullmatch(cell)
    if m is None or (value := parse_number(m.group(2))) is None:
        return None
    sign = -1 if m.group(1) in ("-", "−") else 1
    if regex.search(r"tăng|giảm|thay\s+đổi|chênh\s+lệch|±", head):
        unit = "%" if "%" in head else "point" if "điểm" in head else "rank" if regex.search(r"hạng|bậc", head) else None
        if unit is None and ranked and value == int(value):
            unit = "rank"  # `Điểm | Hạng | Thay đổi so với 2023`: `+2` beside the rank is places gained
        return Candidate(cs, ce, "delta", sign * value, None, unit, None, cue="table") if unit else None
    if _RANK_HEAD.search(head) and value == int(value) and not m.group(1):
        return Candidate(cs, ce, "rank", value, None, "rank", None, cue="table")
    if "%" in head and not m.group(1):
        return Candidate(cs, ce, "percent", value, None, "%", None, cue="table")
    if not m.group(1) and _UNIT_VALUE.fullmatch(m.group(2)) and _INDEX_HEAD.search(head):
        return Candidate(cs, ce, "score", value, None, "point", None, cue="table")  # `DTI 2024`, `Kinh tế số`: 0,8317
    if "điểm" in head and not m.group(1):
        # `Điểm đạt được (tối đa 95)`, `Điểm (thang điểm 100)`: the column's scale is each score's total
        scale = regex.search(rf"(?:tối\s+đa|thang\s+điểm|trên)\s+({NUMBER})", head)
        return Candidate(cs, ce, "score", value, parse_number(scale.group(1)) if scale else None, "point", None,
                         cue="table")
    return None


def _stacked_table_cell(text: str, start: int) -> Candidate | None:
    """A table scraped one cell per line (`Địa phương` / `Tổng điểm` / `Xếp hạng` / `TP Cần Thơ` /
    `44,20` / `19/63` …): a line that holds only a number takes the header of its column, counted
    from the header lines (the block's first lines without a digit) down to it."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    cell = text[ls:le].strip()
    if not cell or not (_CELL_NUMBER.fullmatch(cell) or _CELL_RANK.fullmatch(cell)):
        return None
    block_start = text.rfind("\n\n", 0, ls)
    block_start = 0 if block_start < 0 else block_start + 2
    block_end = text.find("\n\n", le)
    block_end = len(text) if block_end < 0 else block_end
    lines = text[block_start:block_end].split("\n")
    first_number = next((i for i, line in enumerate(lines) if regex.search(r"\d", line) or not line.strip()), 0)
    # (the lines before the first number are the headers and the first row's name)
    heads = [line.strip().lower() for line in lines[:first_number - 1]]
    k = len(heads)
    body = lines[k:]
    # (the cells must fill whole rows, each row opening with a name, and a column must say what it holds)
    if not 2 <= k <= 8 or len(body) < k or len(body) % k or any(regex.search(r"\d", body[i]) for i in range(0, len(body), k)):
        return None
    index = text[block_start:ls].count("\n") - k
    cs = ls + len(text[ls:le]) - len(text[ls:le].lstrip())
    return _cell(heads[index % k], cell, cs) if index % k else None


def _ranked_list_item(text: str, start: int, end: int) -> Candidate | None:
    """`1. Xã An Hòa: 92,31 điểm` on its own line under a ranking (`Bảng xếp hạng …:`, `Top 10 …`):
    the item's number is its rank. Item 1 needs the ranking named on the line before it; item n
    needs item n−1 on the line before."""
    if start > 0 and text[start - 1] != "\n":
        return None
    m = _LIST_ITEM_LINE.match(text, start, end)
    if m is None:
        return None
    n = int(m.group(1))
    line_start = start
    for k in range(n - 1, -1, -1):  # back through items n−1 … 1 to the line that introduces them
        prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        prev = text[prev_start:max(prev_start, line_start - 1)]
        while not prev.strip() and prev_start > 0:  # blank lines between the items or after the heading
            line_start = prev_start
            prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            prev = text[prev_start:max(prev_start, line_start - 1)]
        if k == 0:
            if not _RANKING_HEADING.search(prev):
                return None
        elif not regex.match(rf"{k}[.)]\s", prev):
            return None
        line_start = prev_start
    return Candidate(m.start(1), m.end(1), "rank", float(n), None, "rank", None, cue="ranked list")


def _textual_rank(text: str, m: regex.Match) -> Candidate | None:
    left = text[max(0, m.start() - 50):m.start()]
    phrase = m.group(0).lower()
    if _TEXTUAL_RANK_SKIP_AFTER.match(text[m.end():m.end() + 20]):
        return None
    if _TEXTUAL_RANK_SKIP_BEFORE.search(left) and not (
            # `thấp hơn 15,6 điểm so với đơn vị dẫn đầu là thành phố Điện Biên Phủ`: the role, then who holds it
            regex.search(r"(?:hơn|kém|với|sau)\s+(?:đơn\s+vị|địa\s+phương|tỉnh|huyện|sở|bộ)\s*$", left, _F)
            and _NAMED_AFTER_ROLE.match(text, m.end())):
        return None
    if left.endswith(("\"", "“")) and text[m.end():m.end() + 1] in ("\"", "”"):
        return None  # `khoảng cách giữa "quán quân" và "á quân"`: the term is mentioned, not used
    if regex.search(r"(?<!\p{L})(?:đơn\s+vị|địa\s+phương|tỉnh|bộ|sở|huyện)\s*$", left, _F) and \
            regex.match(r"\s+(?:cao\s+hơn|thấp\s+hơn|hơn|kém)(?!\p{L})", text[m.end():m.end() + 20], _F):
        return None  # `như vậy đơn vị dẫn đầu cao hơn đơn vị cuối bảng 16,57 điểm`: a role compared, not a result
    word = m.group("w") or m.group("w2") or m.group("w3") or m.group("w5") or m.group("w6")
    if word:
        value = parse_word_number(word)
        if value is None:
            return None
    elif phrase.startswith(("á", "quán")) and m.group(0).split()[-1][:1].isupper() and not m.group(0).isupper():
        return None  # `Hứa Á Quân`: a person's name
    elif phrase.startswith("á"):
        value = 2
    else:
        value = 1
    total = None
    end = m.end()
    if tm := _TOTAL_AFTER_WORD_RANK.match(text[end:end + 30]):
        total = parse_number(tm.group(1))
        end += tm.end()
    return Candidate(m.start(), end, "rank", float(value), total, "rank", None, cue=phrase)


def _classify(text: str, m: regex.Match, limit: int) -> list[Candidate]:
    a, b = m.group("a"), m.group("b")
    s, e = m.start(), m.end()
    if _is_rejected(text, s, e, a, b):
        return []
    va = parse_number(a)
    if va is None:
        return []
    vb = parse_number(b) if b else None
    right = text[e:min(limit, e + 60)]
    left = _clause_left(text, s)
    if _CORRECTED_AWAY_BEFORE.search(left):
        return []
    if _METHOD_BEFORE.search(left) or _SCALE_PARTS_BEFORE.search(text[max(0, s - 150):s]) or \
            _SCALE_LIST_BEFORE.search(text, max(0, s - 320), s) or \
            regex.search(r"trọng\s+số(?:(?!\s[-–]\s|đạt|tăng|giảm|tụt|xếp|lên|xuống)[^.;:\n]){0,45}$", text[max(0, s - 60):s], _F):
        return []
    sign_char = text[s - 1:s] if s > 0 else ""
    if b is None and (arrow := regex.search(r"([↑↓▲▼])[^\S\n]?$", text[max(0, s - 2):s])) and \
            (signed := _signed_change(s, e, va, right, arrow.group(1) in "↓▼")):
        return [signed]  # `(↓ 0,42 điểm)`, `▲ 3 bậc`: an arrow signs the change (the span stays the number)
    if sign_char and sign_char in "+-−" and (s < 2 or text[s - 2] in " (\n[") and b is None:
        # `(+5,83%)`, `(-5,31%)`, `thứ 5/63 (+3 bậc)`: a signed change
        if signed := _signed_change(s - 1, e, va, right, sign_char != "+"):
            return [signed]
        unit_of = None
        # (`6,92 điểm (+0,87, mức tăng lớn nhất)`: a remark may follow the change inside its parenthesis)
        closes = text[e:e + 1] == ")" or (text[s - 2:s - 1] == "(" and text[e:e + 2] in (", ", "; "))
        if closes and (um := regex.search(r"(%|điểm)\s*\(\s*$", text[max(0, s - 12):s - 1], _F)):
            # `7,12 điểm (+0,86)`: the change carries the unit of the value it follows
            unit_of = "%" if um.group(1) == "%" else "point"
        elif text[e:e + 1] == ")" and regex.search(r"[,.]\d", a) and _NAME_PAREN_BEFORE.search(text[max(0, s - 40):s - 1]) \
                and not regex.match(r"\)\s*\d", text[e:e + 3]):
            # `Chi phí thời gian (+0,84)`, `Tính minh bạch (-0,08)`: a component's signed change after its name,
            # in the unit the sentence scores in
            units = regex.findall(r"%|điểm", text[max(0, s - 200):s], flags=_F)
            unit_of = "%" if units and units[-1] == "%" else "point"
        if unit_of is not None:
            return [Candidate(s - 1, e, "delta", (-va if sign_char != "+" else va), None, unit_of, None, cue="sign")]
    comp = _comparator(left)
    upper = _RANGE_UPPER_BEFORE.search(left)
    is_delta, sign, trig = _delta(left[: upper.start()] if upper else left, right)
    if not is_delta and b is None and _UNIT_VALUE.fullmatch(a) and _UNITLESS_GAP_BEFORE.search(left):
        # `chênh lệch giữa hai nhóm này là 0,1425`: a gap on a 0–1 scale, written without a unit
        is_delta, sign, trig = True, 1, "chênh lệch"
    if is_delta and _REFERENCE_LEVEL_BEFORE.search(left):
        is_delta = False  # `thấp hơn mức bình quân cả nước là 83,96%`: the reference's own level, named then given
    if not is_delta and (lab := regex.match(r"^\s?(?:%|điểm|bậc|hạng)?(?:\s+[–-]|\s?:)\s+mức\s+(tăng|giảm)", right, _F)):
        # `2,58% – mức tăng so với năm 2022`, `23 bậc: mức tăng hạng của TP.HCM`: a figure labelled after
        # it, as in a box of key numbers
        is_delta, sign, trig = True, (1 if lab.group(1).lower() == "tăng" else -1), "mức " + lab.group(1).lower()
    if not is_delta and not upper and (mm := regex.search(
            r"(?<!\p{L})mức\s+(tăng|giảm)(?!\s+trưởng)(?:\s+\p{L}+){0,6}?\s+(?:với|là|đạt)\s*$", left, _F)):
        # `có mức tăng điểm cao nhất khối địa phương với 5,12 điểm`: the size of a change, named as such
        is_delta, sign, trig = True, (1 if mm.group(1).lower() == "tăng" else -1), "mức " + mm.group(1).lower()
    if not is_delta and not upper and regex.search(
            r"(?:tăng|giảm|cải\s+thiện)(?:\s+\p{L}+){0,2}\s+nhất(?:\s+(?:toàn\s+khối|cả\s+nước|toàn\s+quốc|khu\s+vực|toàn\s+vùng))?"
            r"\s*,\s*(?:với\s+|là\s+|tới\s+|đến\s+)?(?:hơn\s+|khoảng\s+|gần\s+|trên\s+)?$",
            text[max(0, s - 50):s], _F):
        # `tăng mạnh nhất, 3,48%`, `có mức tăng ấn tượng nhất, hơn 4 điểm`: the change named just before
        # the comma (not `cải thiện mạnh nhất, đạt 7,45 điểm`, a level)
        is_delta, sign, trig = True, (-1 if regex.search(r"giảm(?:\s+\p{L}+){0,2}\s+nhất\s*,[^,]*$", text[max(0, s - 50):s], _F)
                                      else 1), "tăng nhất"
    if not is_delta and not upper and regex.match(r"\s*đơn\s+giản\s+hóa\s", left, _F) and \
            regex.search(r"cắt\s+giảm\s*,\s*$", text[max(0, s - len(left) - 20):s - len(left)], _F):
        # `cắt giảm, đơn giản hóa ít nhất 30% thời gian tuân thủ`: one cut named by two verbs
        is_delta, sign, trig = _delta("cắt giảm " + left, right)
    if not is_delta and not upper and (wider := _past_respectively(text, s - len(left), left)):
        # `giảm nhẹ so với năm trước, lần lượt 0,62% và 0,15%`: the change stated before the comma
        is_delta, sign, trig = _delta(wider, right)
    if not is_delta and not upper and regex.search(r"[-–—]", text[max(0, s - 140):s]) and \
            (aside := _DASH_ASIDE_BEFORE.search(text, max(0, s - 140), s)):
        # `Khoảng cách giữa Hà Nội và Hà Giang – hai địa phương … – là 7,66%`: read past the aside
        is_delta, sign, trig = _delta(_clause_left(text, aside.start()) + " " + aside.group("tail"), right)
    if not is_delta and not upper and _RANK_UNIT_AFTER.match(right) and \
            (lm := _LIST_BEFORE.search(text, max(0, s - 80), s)) and _joined(lm.group(0) + " "):
        # `tăng lần lượt 6, 5 và 5 bậc`: the change verb stands before the whole list
        is_delta, sign, trig = _delta(_clause_left(text, lm.start()), right)
    if not is_delta and text[s - len(left) - 1:s - len(left)] == "(" and not upper:
        # `tăng nhiều nhất (trên 8% điểm)`: the change verb stands before the parenthesis
        outer = _clause_left(text, s - len(left) - 1)
        before_most = text[:s - len(left) - 1 - len(outer)].rstrip()
        if regex.match(r"(?:mạnh|nhiều)\s+nhất\s+(?:là|thuộc\s+về|ở)\s", outer, _F) and before_most.endswith(",") and \
                (verb := regex.search(r"(?<!\p{L})(tăng|giảm|cải\s+thiện|sụt\s+giảm)(?:\s+(?:điểm|mạnh|nhẹ))?\s*$",
                                      _clause_left(text, len(before_most) - 1), _F)):
            # `đều tăng, mạnh nhất là Tính minh bạch (0,78 điểm)`: the change named before the comma
            is_delta, sign, trig = True, (-1 if verb.group(1).lower().endswith("giảm") else 1), verb.group(1).lower()
        elif not _YEAR_COMPARED_END.search(outer):  # `giảm so với năm 2020 (54,9%)`: that year's level
            is_delta, sign, trig = _delta(outer + " " + left, right, named_other=False)
    elif not is_delta and text[s - len(left) - 1:s - len(left)] == ")" and len(left.split()) <= 1 and not upper \
            and (po := text.rfind("(", max(0, s - len(left) - 60), s - len(left) - 1)) >= 0:
        # `cao hơn mức bình quân cả nước (83,06%) là 0,86%`: the reference's own value stands between
        is_delta, sign, trig = _delta(_clause_left(text, po) + " " + left, right)

    # Unit and span end.
    unit, span_end = None, e
    if (pm := _PERCENT_POINTS_AFTER.match(right)) and b is None:
        unit, span_end = "%", e + pm.end()
        if not is_delta:  # the unit itself says change; the verb may stand a comma back (`giảm nhẹ, gần 1 điểm %`)
            trig = _last_change_verb(text[max(0, s - 80):s])
            is_delta, sign = True, (-1 if trig.startswith(_NEGATIVE) else 1)
            trig = trig or "% điểm"
    elif pm := _PERCENT_AFTER.match(right):
        unit, span_end = "%", e + pm.end()
    elif (sm := _SCALE_AFTER.match(right)) and vb is None:
        # `72,95 điểm trên thang điểm 100`: the scale is the total.
        vb = parse_number(sm.group(1))
        unit, span_end = "point", e + len(regex.match(r"^\s?điểm", right).group(0))
    elif (pm := _POINT_AFTER.match(right)) and not (_PLACE_BEFORE.search(left) and not regex.search(r"[.,]\d", a)):
        unit, span_end = "point", e + pm.end()
    elif rm := _RANK_UNIT_AFTER.match(right):
        unit, span_end = "rank", e + rm.end()
    elif (sm := _BARE_SCALE_AFTER.match(right)) and vb is None and regex.search(r"[.,]\d", a):
        vb = parse_number(sm.group(1))  # `số điểm 70,7 trên thang điểm 100`, `đạt 0,7815 (thang điểm 1)`
        unit, span_end = "point", (e if "(" in sm.group(0) else e + sm.end())

    # `x trên y`, `x trong (số) y` are x/y forms.
    xy_words = None
    if b is None and unit is None and (xm := _XY_WORDS_AFTER.match(right)):
        xy_words = xm
    # (`Thứ hạng toàn quốc của Lâm Đồng, Đắk Lắk và Gia Lai lần lượt là 14, 27 và 41`: the cue heads the list)
    rank_cue = bool(_RANK_CUE_BEFORE.search(left) or (b is None and regex.fullmatch(r"\d{1,3}", a) and _RANKS_LISTED_BEFORE.search(
        text, max(0, s - 160), s)) or (not left.strip() and _RANK_LABEL_ABOVE.search(text, max(0, s - 40), s)))

    if xy_words is not None:
        total = parse_number(xy_words.group(2))
        span_end2 = e + xy_words.end()
        after = text[span_end2:span_end2 + 30]
        if xy_words.group(1).lower().startswith("trên") and total and va <= total and (
                pt := _POINTS_WORD_AFTER.match(after)):
            # `đạt 7,9 trên 10 điểm`, `86,42 trên tổng số 100 điểm`: a score out of its scale's maximum, like
            # `7,9/10 điểm`
            return [Candidate(s, span_end2 + pt.end(), "score", va, total, "point", comp, cue="x/y điểm")]
        if rank_cue or (xy_words.group(1).lower() == "trên" and _SAME_AS_X_BEFORE.search(left)) or \
                _RANK_LIST_BEFORE.search(left):
            return [Candidate(s, span_end2, "rank", va, total, "rank", None, cue="x trên y")]
        if _GROUP_CUE_BEFORE.search(left) and regex.match(r"^\s*trong", xy_words.group(1), _F) and total and va < total:
            # `thuộc nhóm 10 trong số 34 tỉnh, thành phố`: a place in the top of so many
            return [Candidate(s, span_end2, "rank", va, total, "rank", "<=", cue="group")]
        # (`Có 40 trên 63 tỉnh, thành đạt …`, `14 trên 15 xã đã triển khai`: after `có` or opening its
        # clause, `x trên y` counts too)
        if (xy_words.group(1).lower() != "trên" or regex.search(r"(?:(?<!\p{L})có\s+|^\s*)$", left, _F)) \
                and _unit_noun(after) and total and va <= total:
            return [Candidate(s, span_end2, "count", va, total, "count", comp, cue="x trong y")]
        return []

    if range_m := _RANGE_AFTER.match(right):
        # `từ 90 đến 100%`, `40-70%`: this number takes the unit of its partner.
        if unit is None and range_m.group(2):
            unit = {"%": "%", "bậc": "rank"}.get(range_m.group(2).lower(), "point")  # (`tăng từ 3 đến 5 bậc`)
        if _FROM_BEFORE.search(left) or (unit and comp is None and not rank_cue):
            comp = ">=" if comp in (None, "~") or _FROM_BEFORE.search(left) else comp
    elif upper:
        # The upper end of a range.
        comp = "<" if upper.group("below") else "<="
    if _OR_MORE_AFTER.match(right):
        comp = ">="
    elif _OR_LESS_AFTER.match(right):
        comp = "<="

    if b is not None:
        after = regex.sub(r"^\s*[–-]\s+", " ", text[e:e + 40])  # `52/63 – tỉnh, thành phố đạt …`
        if unit == "point":
            if comp == "<=" and va == vb:
                comp = None  # `đạt tối đa 5/5 điểm`: full marks, not a bound
            return [Candidate(s, span_end, "score", va, vb, "point", comp, cue="x/y điểm")]
        if unit is None and regex.search(r"[.,]\d", a) and (regex.match(
                rf"^(?:\s*(?:,|;|và)\s+(?:{NUMBER})\s?/\s?(?:{NUMBER}))+\s?điểm(?!\p{{L}})", right, _F)
                or (vb in (1, 5, 10, 20, 80, 100) and _BARE_VALUE_BEFORE.search(left) and _BARE_VALUE_AFTER.match(right))):
            # (`"Công khai, minh bạch" đạt 5,61/10;`: a decimal out of a scale's maximum)
            # `lần lượt đạt 7,31/10 và 7,52/10 điểm`, `10,38/12, 8,56/9 và 9,84/12 điểm`: the unit written once, on the last item
            return [Candidate(s, e, "score", va, vb, "point", comp, cue="listed")]
        if unit == "%":
            return []
        if rank_cue or regex.search(r"(?<!\p{L})thứ\s*$", left, _F) or (
                # a box of key numbers: `9/63` on its own line, `Thứ hạng của tỉnh, …` on the next
                regex.search(r"(?:^|\n)[^\S\n]*$", text[max(0, s - 5):s])
                and regex.match(r"^[^\S\n]*\n[^\S\n]*(?:thứ\s+hạng|xếp\s+hạng|hạng|vị\s+trí)(?!\p{L})", text[e:e + 40], _F)):
            return [Candidate(s, e, "rank", va, vb, "rank", None, cue="rank cue")]
        if regex.search(r"\(\s*(?:năm\s+)?(?:19|20)\d\d\s*(?:là|:)?\s*$", text[max(0, s - 30):s], _F) and regex.search(
                rf"(?<![\d/.,])(?:{NUMBER})\s?/\s?{regex.escape(b)}\s+(?:{_COUNT_UNITS})(?!\p{{L}})", text[max(0, s - 150):s], _F):
            # `18/20 sở, ngành đạt trên 70 điểm (năm 2023 là 14/20)`: the same count the year before
            return [Candidate(s, e, "count", va, vb, "count", None, cue="earlier count")]
        if va > vb:
            return []
        if _COUNT_LABEL_BEFORE.search(text, max(0, s - 70), s):
            return [Candidate(s, e, "count", va, vb, "count", None, cue="count label")]
        if _unit_noun(after):
            if regex.match(r"^\s?(?:tỉnh|thành phố|địa phương)", after, _F) and (
                regex.search(r"(?:xếp|hạng|vị\s+trí|đứng)", left, _F)
                # (`• Xếp hạng: 4/63 tỉnh, thành phố`: a label before the colon)
                or regex.search(r"(?:xếp\s+hạng|thứ\s+hạng|hạng)\s*:\s*$", text[max(0, s - 20):s], _F)
            ):
                return [Candidate(s, e, "rank", va, vb, "rank", None, cue="x/y tỉnh")]
            return [Candidate(s, e, "count", va, vb, "count", comp, cue="x/y unit")]
        if regex.search(r"(?:dẫn|đứng)\s+đầu\s*$", left, _F):
            return [Candidate(s, e, "count", va, vb, "count", None, cue="leads x of y")]  # `dẫn đầu 5/8: …`
        if regex.search(r"(?:xếp|hạng|vị\s+trí|đứng)", text[max(0, s - 120):s], _F) and (va != vb or regex.search(
                rf"(?<![\d/.,])\d{{1,3}}\s?/\s?{regex.escape(b)}(?!\d)[^.;:]{{0,40}}$", text[max(0, s - 60):s])
                or regex.search(r"(?:xếp|đứng|về)\s+(?:cuối|chót|bét)(?:\s+bảng)?\s*\(\s*$", text[max(0, s - 30):s], _F)):
            # (`Điện Biên 33/34 (80,4 %) và Cao Bằng 34/34`: the last place of a list of places)
            # (`huyện Sông Hinh xếp cuối (9/9)`: the last place, its number in parentheses)
            return [Candidate(s, e, "rank", va, vb, "rank", None, cue="x/y in rank context")]
        if vb >= 10 and _NAME_PAREN_BEFORE.search(text[max(0, s - 30):s]) and text[e:e + 1] == ")":
            return [Candidate(s, e, "rank", va, vb, "rank", None, cue="(x/y) after a name")]
        return []  # a bare x/y (a date `20/2`, a scale `1/500`, a match statistic) states no figure

    # A single number.
    if unit is None and b is None and regex.search(r"[.,]\d", a) and regex.search(r"\p{L}\s*$", left) \
            and regex.match(r"^\s*(?:[;.]|và\s|$)", right) and (lu := _LISTED_UNIT_BEFORE.search(text, max(0, s - 400), s)):
        # `lần lượt là: Tham gia … 4,98 điểm; Công khai, minh bạch … 5,21; …`: the unit written on one item
        return [Candidate(s, e, "percent" if lu.group(1) == "%" else "score", va, None,
                          "%" if lu.group(1) == "%" else "point", comp, cue="listed")]
    if unit is None and regex.search(r"[.,]\d", a) and _FROM_BEFORE.search(left) and (mp := _MOVE_PARTNER.match(right)):
        # `giảm nhẹ từ 6,12 xuống 6,03 điểm`: the starting level takes the unit written on the end
        return [Candidate(s, e, "percent" if mp.group(1) == "%" else "score", va, None,
                          "%" if mp.group(1) == "%" else "point", None, cue="move")]
    if not is_delta and unit == "rank" and (mv := regex.search(r"(?<!\p{L})(?:vươn\s+)?(lên|xuống)\s*$", left, _F)):
        is_delta, sign, trig = True, (1 if mv.group(1).lower() == "lên" else -1), mv.group(0).strip()
    if unit in ("%", "point") and _SPREAD_LEVEL.search(text[max(0, s - 160):s]) and (
            not is_delta or (_FROM_BEFORE.search(left) and regex.match(
                rf"^\s?(?:%|điểm)?{_MOVE_YEAR},?\s+(?:xuống|lên)(?!\p{{L}})", right, _F))):
        # (`khoảng cách … thu hẹp từ 2,1 điểm xuống còn 0,4 điểm`: the gap's starting level, not the change)
        # `khoảng cách … thu hẹp, từ 18,3 điểm năm 2019 còn 14,3 điểm`: the levels of a gap are gaps
        is_delta, sign, trig = True, 1, "khoảng cách"
    if is_delta:
        if unit is None and _unit_noun(right):
            um = _COUNT_UNIT_AFTER.match(right)
            unit, span_end = "count", e + um.end()
        if unit is None and regex.search(r"[.,]\d", a) and (regex.match(r"^\s+so\s+với", right, _F)
                                                           or regex.fullmatch(r"0[.,]\d{3,}", a)):
            unit = "point"  # `tăng 0,13 so với năm 2020`, `giảm 0,0121`: a unitless index value
        if unit is None:
            return []
        if 1900 <= va <= 2100 and unit == "count":
            return []
        if unit == "count" and trig in COMPARATIVES and not regex.search(rf"{regex.escape(trig)}\s*$", left, _F):
            return []  # `cao hơn mức trung bình của 34 địa phương`: the units compared with, not a difference
        if comp == ">" and trig.endswith(("hơn", "vượt")) and not regex.search(r"(?:hơn|vượt)\s+(?:hơn|trên)\s*$", left, _F):
            comp = None  # the `hơn` is the comparison itself, not a bound
        return [Candidate(s, span_end, "delta", sign * va, None, unit, comp, cue=trig)]
    if unit == "%":
        if va > 1000:
            return []
        return [Candidate(s, span_end, "percent", va, vb, "%", comp, cue="%")]
    if unit == "point":
        return [Candidate(s, span_end, "score", va, vb, "point", comp, cue="điểm")]
    group_cue = bool(_GROUP_CUE_BEFORE.search(left))
    # (`đứng thứ 4 vùng Đồng bằng sông Hồng`: the region it is ranked in)
    # (`đứng thứ 2 vùng đồng bằng sông Hồng`: a region's name may be written in lower case)
    named_after = bool(regex.match(r"^\s(?:(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|sở|bộ|vùng|khu\s+vực)\s+(?-i:\p{Lu})|"
                                   r"(?:vùng|khu\s+vực)\s+(?:đồng\s+bằng|trung\s+du|miền|duyên\s+hải|tây|đông|bắc|nam)(?!\p{L}))",
                                   right, _F))
    # (`xếp thứ 2 khối địa phương`: after `thứ` a noun names the ranking, it counts nothing)
    if rank_cue and unit is None and va <= 200 and va == int(va) and "," not in a and (
            group_cue or not _unit_noun(right) or named_after or regex.search(r"(?<!\p{L})(?:thứ|vị\s+trí\s+số)\s*$", left, _F)) \
            and not regex.match(r"^\s?(?:UBND|lần|năm(?!\s+\d)(?!\s+(?:nay|thứ))|người)(?!\p{L})", right, _F):
        # (`giữ vị trí số 1 năm thứ 8 liên tiếp`: the place, then which year of the run it is)
        if group_cue and regex.search(r"(?<!\p{L})chưa\s+(?:từng\s+|bao\s+giờ\s+)?(?:lọt|vào|nằm|có\s+mặt)(?:\s+trong)?\s+"
                                      r"(?:top|tốp|nhóm)\s*$", left, _F):
            return []  # `chưa từng lọt top 5`: a place never held
        if group_cue and regex.search(r"(?<!\p{L})khỏi\s+(?:top|tốp|nhóm)\s*$", left, _F):
            return []  # `rơi khỏi top 10`, `ra khỏi nhóm 10 tỉnh cuối`: a place left, not one held
        if group_cue:
            outside = regex.search(r"ngoài\s+(?:top|tốp|nhóm)\s*$", left, _F)
            return [Candidate(s, e, "rank", va, None, "rank", ">" if outside else "<=", cue="top N")]
        if regex.search(r"(?:tỉnh|thành\s+phố)\s*$", left, _F):
            return []
        return [Candidate(s, e, "rank", va, None, "rank", None, cue="rank cue")]
    if unit is None and (_MOVE_TO.search(left) or (_MOVE_FROM.search(left) and _MOVE_FROM_RIGHT.match(right))) \
            and _RANK_CONTEXT.search(text, max(0, s - 150, text.rfind("\n", 0, s) + 1), s) and va == int(va) and va <= 200 \
            and not _COUNT_UNIT_AFTER.match(regex.sub(rf"^\s*(?:lên|xuống)\s+(?:{NUMBER})", "", right, flags=_F)):
        # (not a count that went down, `Từ 63 xuống 34 tỉnh, thành`)
        return [Candidate(s, e, "rank", va, None, "rank", None, cue="move")]
    if unit is None and va == int(va) and 1 <= va <= 200 and text[e:e + 1] == ")" and _EARLIER_POSITION_BEFORE.search(
            text[max(0, s - 60):s]):
        # `vươn lên vị trí thứ 7 cả nước (năm 2023 là 18)`: the position the year before
        return [Candidate(s, e, "rank", va, None, "rank", None, cue="earlier position")]
    if unit is None and va == int(va) and 1 <= va <= 200 and (
            (regex.search(r"\(\s*(?:xếp\s+|đứng\s+)?thứ\s*$", text[max(0, s - 15):s], _F)
             and regex.match(r"^\s*(?:\)|(?:cả\s+nước|toàn\s+quốc|khu\s+vực|trong\s+vùng)\s*\))", right, _F))
            # (`87,05 % (thứ 27; năm 2022: thứ 33)`, `65,42 điểm (thứ 29, tăng 3 bậc)`: a remark may follow it)
            or (regex.match(r"^\s*[);,]", right) and regex.search(
                r"(?:(?:\d[.,]\d+|\d\s?(?:%|điểm))\s*\(|[(;]\s*(?:năm\s+(?:trước|ngoái)|(?:năm\s+)?(?:19|20)\d\d)\s*[:,]?)"
                r"\s*(?:xếp\s+|đứng\s+)?thứ\s*$",
                text[max(0, s - 30):s], _F))
            # (`đứng thứ 28/63 (năm 2023: 81,07%, thứ 35)`: an earlier value and position together)
            or (regex.match(r"^\s*\)", right) and regex.search(
                r"\([^()]{0,40}?\d(?:[.,]\d+)?\s?(?:%|điểm)?\s*,\s*(?:xếp\s+|đứng\s+)?thứ\s*$", text[max(0, s - 60):s], _F))):
        # `chính quyền số đạt 0,7712 (thứ 2)`: a position in parentheses after a value
        return [Candidate(s, e, "rank", va, None, "rank", None, cue="thứ N là")]
    if unit is None and va == int(va) and va <= 200 and regex.search(
            r"vị\s+trí(?:\s+\p{L}+){0,2}\s*,\s*thứ\s*$", text[max(0, s - 40):s], _F):
        # `đứng ở hai vị trí cuối, thứ 10 và 11`: the positions spelled out after naming them
        return [Candidate(s, e, "rank", va, None, "rank", None, cue="thứ N là")]
    if unit is None and va == int(va) and va <= 200 and regex.search(r"(?:^\s*|[;,]\s*|và\s+)thứ\s*$", left, _F) \
            and regex.match(r"^\s+(?:là|lần\s+lượt|thuộc\s+về|tỉnh|thành\s+phố|TP|\p{Lu}|(?:toàn\s+quốc|cả\s+nước|khu\s+vực|trong\s+(?:khu\s+vực|vùng|khối))(?!\p{L}))", right):
        return [Candidate(s, e, "rank", va, None, "rank", None, cue="thứ N là")]
    if unit is None and b is None and va < 1000 and _SCORE_LABEL_ABOVE.search(text, max(0, s - 70), s) and \
            regex.match(r"[^\S\n]*(?:\n|$)", text[e:e + 5]):
        return [Candidate(s, e, "score", va, None, "point", None, cue="bare value")]
    if unit is None and b is None and va < 1000 and regex.search(r"[.,]\d", a) and \
            regex.match(r"[^\S\n]*(?:\n|$)", text[e:e + 5]) and (header_unit := _listed_under_header(text, s)):
        # `Điểm tổng hợp PAPI 2023 của 13 địa phương (điểm):` then `Đồng Tháp: 45,62` line by line
        return [Candidate(s, e, "percent" if header_unit == "%" else "score", va, None, header_unit, None, cue="listed")]
    # (never a count written with thousands dots, `là 115.665`)
    # (a value on a 0–1 scale, `0,7534`, may name what it measures after it: `0,7534 ở trụ cột chính quyền số`)
    unit_value = bool(_UNIT_VALUE.fullmatch(a))
    if unit is None and regex.search(r"[.,]\d", a) and va < 1000 and not regex.fullmatch(r"\d{1,3}(?:\.\d{3})+", a) \
            and not regex.search(r"(?<!\p{L})hệ\s+số(?!\p{L})[^.;:]{0,50}$", left, _F) \
            and (_BARE_VALUE_AFTER.match(right) or (unit_value and _AT_AFTER.match(right))) and (
            _BARE_VALUE_BEFORE.search(left) or (va < 1 and a.startswith("0") and (
                _UNIT_SCALE_BEFORE.search(left) or regex.search(r"\p{L}\s*:\s*$", text[max(0, s - 40):s])
                # `Chính quyền số đạt 0,5734, Xã hội số 0,4605 và Kinh tế số 0,3962`: the verb said once
                # (`đạt 0,7534 ở trụ cột chính quyền số, 0,6318 ở kinh tế số`: or said once before values named after)
                or (unit_value and regex.search(r"\p{L}\s*,?\s*$", text[max(0, s - 10):s]) and not _DELTA_TRIGGER.search(left)
                    # (`cao nhất với 0,6842, kế đến là Xã hội số 0,5907 và Kinh tế số 0,5318`)
                    and regex.search(r"(?:đạt|là|với)\s+0[.,]\d{3,}[^.;:]{1,60}$", text[max(0, s - 120):s], _F))
                # (`Đắk Nông có điểm thấp nhất vùng, 0,3798`: the score named, then given after a comma)
                or (unit_value and regex.search(r"(?<!\p{L})có\s+điểm\s+(?:số\s+)?(?:cao|thấp)\s+nhất[^.;:\d]{0,30},\s*$",
                                                text[max(0, s - 60):s], _F))))
            or (_NAME_PAREN_BEFORE.search(text[max(0, s - 30):s])
                                                and text[e:e + 1] == ")" and va < 100)
            # `Bộ Y tế ở vị trí thứ 10 (0,6012)`: a value on a 0–1 scale after the place it earned
            or (unit_value and text[e:e + 1] == ")"
                and regex.search(r"(?:thứ|hạng)\s+\d{1,3}(?:/\d{1,3})?\s?\(\s*$", text[max(0, s - 30):s], _F))
            # `• Gia nhập thị trường: 7.12 (TB vùng: 7,05)`: a bulleted label and its value
            or (va < 100 and _BULLET_LABEL_BEFORE.search(text[max(0, s - 80):s]))
            or (va < 1000 and _SCORE_LABEL_BEFORE.search(text, max(0, s - 70), s))
            or (va < 100 and regex.match(r"^\s*(?:[;.]|và\s|$)", right) and _SCORED_NAMES_BEFORE.search(text, max(0, s - 300), s))):
        return [Candidate(s, e, "score", va, None, "point", comp, cue="bare value")]
    if unit is None and (_GROUP_AFTER.match(right) or (
            # `nằm trong nhóm 10;`, `vươn lên nhóm 15 và …`: a group position named by its size alone
            regex.match(r"^\s*(?:[.,;:)]|$|và\s)", right, _F) and va == int(va) and 1 < va <= 60
            and regex.search(r"(?:thuộc|trong|vào|lọt|giữ|duy\s+trì|lên)\s+nhóm\s*$", left, _F)) or (
            # `vào nhóm 10 về cải cách hành chính`, `thuộc nhóm 20 cả nước`
            regex.match(r"^\s+(?:về|cả\s+nước|toàn\s+quốc)(?!\p{L})", right, _F) and va == int(va) and va <= 100
            and regex.search(r"(?:thuộc|trong|vào|lọt|giữ|duy\s+trì)\s+nhóm\s*$", left, _F))) and (
        _GROUP_LEAD_BEFORE.search(left) or _GROUP_CUE_BEFORE.search(left)
    ):
        return [Candidate(s, e, "rank", va, None, "rank", "<=", cue="group")]
    return []


def _signed_change(start: int, e: int, va: float, right: str, negative: bool) -> Candidate | None:
    """A change whose sign is written before its number, with the unit right after it."""
    for pat, unit in ((_PERCENT_AFTER, "%"), (_POINT_AFTER, "point"), (_RANK_UNIT_AFTER, "rank")):
        if pm := pat.match(right):
            return Candidate(start, e + pm.end(), "delta", -va if negative else va, None, unit, None, cue="sign")
    return None


# A comparison with an average that ends its clause (`vẫn thấp hơn trung bình cả nước`).
_BELOW_AN_AVERAGE_END = regex.compile(
    r"(?:cao|thấp|kém|nhỉnh)\s+hơn\s+(?:(?:mức|điểm|chỉ\s+số)\s+)?(?:trung\s+bình|bình\s+quân)[^\d,;]*$", _F)


def _past_respectively(text: str, clause_start: int, left: str) -> str:
    """`sụt giảm, lần lượt 0,09 và 0,17 điểm`: a clause that is only `lần lượt` (and the list's
    earlier items) goes on from the clause before its comma; '' otherwise."""
    prev = text[:clause_start].rstrip()
    if not prev.endswith(",") or not (cue := regex.fullmatch(
            rf"\s*lần\s+lượt(\s+là)?\s*(?:(?:{NUMBER})(?:\s?%)?{_LIST_SEP})*", left, _F)):
        return ""
    before = _clause_left(text, len(prev) - 1)
    if cue.group(1) and _BELOW_AN_AVERAGE_END.search(before):
        return ""  # `thấp hơn trung bình cả nước, lần lượt là 7,29 và 3,71 điểm`: the average's own values
    # (`tăng điểm, lần lượt 0,21 và 0,44 điểm`: the verb names what it changes, then the list says by how much)
    return regex.sub(r"(?<!\p{L})((?:tăng|giảm|sụt\s+giảm|cải\s+thiện))\s+(?:điểm|hạng|bậc)\s*$", r"\1", before, flags=_F) + " " + left


def _inherit_coordinated_deltas(text: str, out: list[Candidate]) -> None:
    """`giảm 5 chức danh trưởng phòng và 5 chức danh phó …`, `tăng 25 hạng và 4,03 điểm`: the
    number joined by `và` to a change is a change too; so is the same change restated
    (`tăng 0,0937 (tương đương 19,2%)`, `tăng 1,1 điểm, tương ứng 2,55%`, and a change in points given
    in percent right after it, `tăng 0,53 điểm (15,06%)`)."""
    for d in [c for c in out if c.kind == "delta"]:
        for i, c in enumerate(out):
            if c.kind in ("percent", "score") and c.start > d.end and (regex.fullmatch(
                    r"\s*[(,]?\s*(?:tương\s+đương|tương\s+ứng|tức(?:\s+là)?|hay)(?:\s+(?:với|mức))?\s+", text[d.end:c.start], _F)
                    or (d.unit == "point" and c.unit == "%" and c.comparator is None
                        and regex.fullmatch(r"\s*\(\s*", text[d.end:c.start]) and text[c.end:c.end + 1] == ")")):
                out[i] = Candidate(c.start, c.end, "delta", c.value if d.value > 0 else -c.value, None, c.unit,
                                   c.comparator, cue="restated")
    for d in sorted((c for c in out if c.kind == "delta" and c.unit in ("%", "point")), key=lambda c: c.start):
        # `tăng 11,2%, 6,8% và 3,1%`: the items listed after a change, each with the unit, are changes
        # too (a list closed by `và`, not `tăng 12%, 45% doanh nghiệp mới`)
        chain, pos, closed = [], d.end, False
        while not closed and (nxt := next((c for c in out if c.start > pos and c.kind in ("percent", "score")
                                           and c.unit == d.unit and c.comparator is None
                                           and _LIST_JOIN.fullmatch(text[pos:c.start])), None)) is not None:
            closed = bool(regex.search(r"(?<!\p{L})và(?!\p{L})", text[pos:nxt.start]))
            chain.append(nxt)
            pos = nxt.end
        if closed:
            sign = 1 if d.value > 0 else -1
            out[:] = [Candidate(c.start, c.end, "delta", sign * c.value, None, c.unit, None, cue="coordinated")
                      if any(c is x for x in chain) else c for c in out]
    for d in [c for c in out if c.kind == "delta"]:
        # (`tăng 0,47 điểm so với năm trước và 1,12 điểm so với năm 2021`: each against its own year)
        m = regex.match(rf"^(?P<base>\s+so\s+với\s+[^,;.()\d]{{0,20}}(?:\d{{4}})?)?\s+và\s+(?P<n>{NUMBER})\s?(?P<u>%|điểm|bậc|hạng)"
                        r"(?!\p{L})", text[d.end:d.end + 70], _F)
        if not m or (m.group("base") and not regex.match(r"\s+so\s+với\s", text[d.end + m.end():], _F)):
            continue
        ns, ne = d.end + m.start("n"), d.end + m.end()
        unit = {"%": "%", "điểm": "point"}.get(m.group("u").lower(), "rank")
        value = parse_number(m.group("n"))
        out[:] = [c for c in out if not (c.start < ne and ns < c.end)]
        if value is not None:
            out.append(Candidate(ns, ne, "delta", value if d.value > 0 else -value, None, unit, None, cue="coordinated"))
    for d in [c for c in out if c.kind == "delta" and c.unit == "%" and c.cue != "coordinated"]:
        # `cắt giảm ít nhất 30% thời gian xử lý thủ tục và 30% chi phí tuân thủ`: the same change to another measure
        m = regex.match(rf"^(?:\s+(?!so\s+với)\p{{L}}+){{1,8}}?\s+và\s+(?P<n>{NUMBER})\s?%(?=\s+\p{{Ll}})",
                        text[d.end:d.end + 90], _F)
        if not m or (value := parse_number(m.group("n"))) is None:
            continue
        ns, ne = d.end + m.start("n"), d.end + m.end()
        out[:] = [c for c in out if not (c.start < ne and ns < c.end)]
        out.append(Candidate(ns, ne, "delta", value if d.value > 0 else -value, None, "%", d.comparator, cue="coordinated"))
    deltas = [c for c in out if c.kind == "delta" and c.unit == "count"]
    for d in deltas:
        tail = regex.match(r"^\s?(\p{L}+(?:\s+\p{L}+)?)", text[d.end:d.end + 30])
        if not tail:
            continue
        m = regex.match(
            rf"^(?:\s+[\p{{L}}]+){{0,5}}?\s+(?:và|,)\s+(?P<n>{NUMBER})\s+{regex.escape(text[d.start:d.end].split(maxsplit=1)[-1])}",
            text[d.end:d.end + 80],
            _F,
        )
        if not m:
            continue
        ns = d.end + m.start("n")
        ne = d.end + m.end()
        if any(c.start < ne and ns < c.end for c in out):
            continue
        value = parse_number(m.group("n"))
        if value is None:
            continue
        out.append(Candidate(ns, ne, "delta", value if d.value > 0 else -value, None, "count", None, cue="coordinated"))


_LIST_SEP = r"(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)"
_LIST_JOIN = regex.compile(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+")
_LIST_BEFORE = regex.compile(rf"(?<![\p{{L}}\d.,/])((?:{NUMBER}){_LIST_SEP})+$", _F)
_LIST_ITEM = regex.compile(rf"({NUMBER}){_LIST_SEP}", _F)
_ORDINAL = "|".join(w for w in ORDINAL_WORDS if w not in ("một",))
_RANK_ITEM = regex.compile(
    # (`lần lượt xếp thứ 9, 10 và 11/11`: the last item may carry the total)
    rf"(?P<thu>thứ\s+)?(?:(?P<n>{NUMBER})(?:/(?P<total>\d{{1,3}}))?(?![\d.,]\d|\d|\s?(?:%|điểm|bậc|hạng|/|năm|tháng|ngày))"
    rf"|(?P<w>{_ORDINAL})(?!\p{{L}})(?<!năm(?=\s+(?:\d|nay|qua|trước|sau|tới))))", _F
)
_RANK_LIST_AFTER = regex.compile(rf"^(?:{_LIST_SEP}{_RANK_ITEM.pattern})+", _F)
# `với số điểm lần lượt 68,34, 67,9 và 67,02`: bare values listed after the first.
_BARE_LIST_AFTER = regex.compile(rf"^(?:{_LIST_SEP}(?:{NUMBER})(?![\d%]|[.,]\d|\s?(?:điểm|bậc|hạng|/)))+", _F)


def _joined(chain: str) -> bool:
    """A real list says `và` or uses `;` (`62, 16 điểm` is more often a mistyped decimal)."""
    return bool(regex.search(r"(?<!\p{L})và(?!\p{L})|;", chain))


def _share_unit_in_lists(text: str, out: list[Candidate], start: int, end: int) -> None:
    """`đạt 91,15; 89,2 và 88,7 điểm`, `xếp thứ 4, 5 và 6`: numbers listed together share the
    unit written once (on the last item) or the rank cue written once (before the first)."""
    added: list[Candidate] = []
    replaced: list[Candidate] = []
    for c in out:
        if c.total is not None or c.cue == "coordinated":
            continue
        if c.kind == "rank" and c.comparator is None and c.cue not in ("top N", "group", "listed"):
            m = _RANK_LIST_AFTER.match(text[c.end:min(end, c.end + 60)])
            items = list(_RANK_ITEM.finditer(text, c.end, c.end + len(m.group(0)))) if m else []
            # `xếp thứ 4, 5 và 6`; `xếp thứ hai, thứ ba`: each item repeating `thứ` needs no `và`
            follows = text[c.end + len(m.group(0)):c.end + len(m.group(0)) + 12] if m else ""
            if items and (_joined(m.group(0)) or all(i.group("thu") for i in items)
                          or regex.match(r"^\s+lần\s+lượt", follows, _F)
                          or regex.search(r"lần\s+lượt(?:\s+\S+){1,5}\s*$", text[max(0, c.start - 40):c.start], _F)):
                added.extend(r for i in items if (r := _position(i, "listed")))
            continue
        if c.cue == "bare value" and (m := _BARE_LIST_AFTER.match(text[c.end:min(end, c.end + 60)])) and _joined(m.group(0)) \
                and not regex.match(rf"^{_LIST_SEP}(?:{NUMBER})", text[c.end + m.end():min(end, c.end + m.end() + 30)]):
            # (a list whose last item carries a unit is read by the unit rule below)
            for n in regex.finditer(NUMBER, m.group(0)):
                if (v := parse_number(n.group(0))) is not None and regex.search(r"[.,]\d", n.group(0)):
                    added.append(Candidate(c.end + n.start(), c.end + n.end(), "score", v, None, "point", c.comparator,
                                           cue="listed"))
            continue
        if not (c.unit in ("%", "point") and c.kind in ("percent", "score", "delta")) \
                and not (c.kind == "delta" and c.unit == "rank"):  # (`tăng lần lượt 6, 5 và 5 bậc`)
            continue
        lm = _LIST_BEFORE.search(text[max(start, c.start - 80):c.start])
        if not lm or not _joined(lm.group(0) + " "):
            continue
        base = c.start - len(lm.group(0))
        kind, sign = c.kind, (-1 if c.kind == "delta" and c.value < 0 else 1)
        base_left = _clause_left(text, base)
        is_delta, d_sign, _ = _delta(_past_respectively(text, base - len(base_left), base_left) or base_left, "")
        if is_delta and kind != "delta":
            # `tăng 1,12 và 0,94 điểm`: the change verb before the list makes every item a change
            kind, sign = "delta", d_sign
            replaced.append(c)
            added.append(Candidate(c.start, c.end, "delta", d_sign * c.value, None, c.unit, c.comparator, cue="listed"))
        for n in _LIST_ITEM.finditer(lm.group(0)):
            v = parse_number(n.group(1))
            if v is None or (1900 <= v <= 2100 and v == int(v)) or (c.unit == "%" and v > 1000) \
                    or (c.unit == "rank" and (v != int(v) or v > 200)) \
                    or _is_rejected(text, base + n.start(1), base + n.end(1), n.group(1), None):
                continue  # (`so với tháng 7; 99,1% …`: a month, not an item of the list)
            added.append(Candidate(base + n.start(1), base + n.end(1), kind, sign * v, None, c.unit, c.comparator,
                                   cue="listed"))
    # a bare value (`là 88,2; …`) is a guess that the unit written on the list overrides
    out[:] = [x for x in out if not any(x is r for r in replaced) and not (
        x.cue == "bare value" and any(a.start < x.end and x.start < a.end for a in added))]
    for a in added:
        if not any(a.start < c.end and c.start < a.end for c in out):
            out.append(a)


def _position(m: regex.Match, cue: str) -> Candidate | None:
    """A rank from a matched `(thứ) N` or `(thứ) hai`; its span is the number alone (`thứ 4` →
    `4`, as in `xếp thứ 4`) or the ordinal phrase (`thứ ba`)."""
    v = parse_number(m.group("n")) if m.group("n") else parse_word_number(m.group("w"))
    total = float(m.group("total")) if m.groupdict().get("total") else None
    if v is None or v != int(v) or v > 200 or (total is not None and not 0 < v <= total):
        return None
    lo = m.start("n") if m.group("n") else m.start()
    return Candidate(lo, m.end(), "rank", float(v), total, "rank", None, cue=cue)


_ELIDED_RANK = regex.compile(
    rf"(?<=\p{{L}}\s)(?<!(?:năm|lần|ngày|phiên|kỳ|khóa|đợt|tuần|tháng|quý|con|lớp|hạng|vị\s+trí|là|chỉ\s+số|nội\s+dung|"
    rf"tiêu\s+chí|trụ\s+cột|thành\s+phần|lĩnh\s+vực|nhóm|bước|mục|khâu)\s)"
    rf"thứ\s+(?:(?P<n>\d{{1,3}})|(?P<w>{_ORDINAL}))(?=\s*(?:[,;.()]|với|và|$))",
    _F,
)


_FROM_BOTTOM_AFTER = regex.compile(r"\s+(?:tính\s+)?từ\s+(?:dưới\s+lên|cuối\s+(?:bảng|lên)|dưới\s+cùng)(?!\p{L})", _F)
_FIELD_SIZE_AFTER = regex.compile(
    rf"\s*,?\s*(?:trong|của)\s+(?:khối\s+|số\s+|tổng\s+số\s+|nhóm\s+)?(?P<n>{NUMBER})\s+(?:đơn\s+vị|tỉnh|địa\s+phương|sở|bộ|"
    r"cơ\s+quan|huyện|xã|phường|quận)", _F)


def _counted_from_bottom(text: str, out: list[Candidate]) -> None:
    """`đứng thứ hai từ dưới lên trong khối 20 sở`: a place counted from the bottom is 19th of 20,
    not 2nd; with no field size written the place cannot be told, so the figure is dropped."""
    kept: list[Candidate] = []
    for c in out:
        if c.kind == "rank" and c.total is None and (m := _FROM_BOTTOM_AFTER.match(text, c.end)):
            field = _FIELD_SIZE_AFTER.match(text, m.end())
            size = parse_number(field.group("n")) if field else None
            if not size or c.value > size:
                continue
            c = dataclasses.replace(c, value=size - c.value + 1, end=m.end(), cue="from the bottom")
        kept.append(c)
    out[:] = kept


# `Top 5 gồm: Sở Tư pháp (1), Sở Nội vụ (2), …`: a ranking written inline, each place in parentheses
# after its holder.
_INLINE_RANKING = regex.compile(
    r"(?:(?<!\p{L})(?:top|tốp)\s*\d{1,2}|xếp\s+hạng|thứ\s+tự)[^.;\n]{0,60}?(?:(?:gồm|lần\s+lượt\s+là|là)\s*:?|:)\s*", _F)
_INLINE_PLACE = regex.compile(r"[^,;()\n]{2,80}?\(\s*(\d{1,2})\s*\)(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)?")


def _parenthesised_ranks(text: str, start: int, end: int) -> list[Candidate]:
    """The places of an inline ranking: they must run 1, 2, 3 … (or on from an earlier place) and
    each must follow a capitalised name, so numbered notes and footnote marks are not read."""
    found: list[Candidate] = []
    for intro in _INLINE_RANKING.finditer(text, start, end):
        pos, expected, places = intro.end(), None, []
        while (m := _INLINE_PLACE.match(text, pos, end)) is not None:
            n = int(m.group(1))
            name = text[m.start():m.start(1)].strip(" (")
            if (expected is not None and n != expected) or not regex.match(r"(?-i:\p{Lu})", name):
                break
            places.append(Candidate(m.start(1), m.end(1), "rank", float(n), None, "rank", None, cue="inline ranking"))
            pos, expected = m.end(), n + 1
        if len(places) >= 2:
            found += places
    return found


def _elided_rank_verbs(text: str, out: list[Candidate], end: int) -> None:
    """`kinh tế số xếp thứ 8, xã hội số thứ 19`, `Đà Lạt xếp thứ hai; Lâm Hà thứ ba`: once a
    sentence has said `xếp`, the clauses after it may leave the verb out."""
    ranked = [c for c in out if c.kind == "rank" and c.cue not in ("top N", "group")]
    if not ranked:
        return
    first = min(c.start for c in ranked)
    for m in _ELIDED_RANK.finditer(text, first, end):
        if not any(m.start() < c.end and c.start < m.end() for c in out) and (r := _position(m, "elided verb")):
            out.append(r)
