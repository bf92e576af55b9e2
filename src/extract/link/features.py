"""Candidate subjects for a figure and the features a linguist would name for each.

The same feature dicts feed the hand-weighted rules (rules.py) and the learned ranker
(learned.py), so the two are compared on equal terms and the model can replace the weights
without touching how candidates are found.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import regex

from ..document import Document
from ..entities import Mention
from ..figures import LAST_PLACE, Candidate
from ..gazetteer import provinces
from ..metrics import INDEX_CODE, RESPONDENTS

_F = regex.IGNORECASE | regex.VERSION1
_STRONG = regex.compile(r"[;:()\[\]]|\s-\s")
_SOURCE_PHRASE = regex.compile(r"\s*(?:Theo|Căn\s+cứ(?:\s+vào)?|Tại|Trong)\s+(?:kết\s+quả|báo\s+cáo|công\s+bố|bảng\s+xếp\s+hạng|"
                               r"đánh\s+giá|quyết\s+định|số\s+liệu)\s[^;:]*", _F)
_SOURCE_OPENING = regex.compile(r"\s*Theo(?:\s+(?:đại\s+diện|báo\s+cáo|công\s+bố|số\s+liệu)(?:\s+của)?)?\s+[^,;:\d]{1,80}", _F)
_CLOSED_ASIDE = regex.compile(r"\([^()\n]{0,80}\)")
# (`So với năm 2017 – năm đầu tiên SIPAS được đo lường trên phạm vi toàn quốc – chỉ số của tỉnh …`: an aside
# between dashes says nothing of whose the figure is)
_DASH_ASIDE = regex.compile(r"\s[-–—]\s[^-–—\n;:]{1,90}?\s[-–—]\s")
_TITLE_WORDS = regex.compile(
    r"(?<!\p{L})(?:giám\s+đốc|phó\s+giám\s+đốc|chủ\s+tịch|phó\s+chủ\s+tịch|trưởng\s+phòng|trưởng\s+ban|phó\s+trưởng|"
    r"bí\s+thư|thứ\s+trưởng|bộ\s+trưởng|thư\s+ký|chánh\s+văn\s+phòng|chánh\s+thanh\s+tra|lãnh\s+đạo|"
    r"đại\s+diện|cán\s+bộ|công\s+chức|giảng\s+viên|chuyên\s+gia|nghiên\s+cứu\s+viên|ông|bà|đồng\s+chí|phóng\s+viên|trưởng|phó)"
    r"(?:\s+(?-i:\p{Lu})\p{L}*){0,4}[\s,]*(?:\([^)]*\)\s*)?$",
    _F,
)
# `cao hơn tỉnh láng giềng Tây Ninh 5,6 điểm`: the unit compared with, after the comparison word
_COMPARE_BEFORE = regex.compile(
    # (`so với kết quả năm 2024 của Quảng Bình`: what of the unit is compared, then the unit)
    r"(?:so\s+với(?:\s+(?:kết\s+quả|mức(?:\s+điểm)?|điểm(?:\s+số)?|chỉ\s+số|thứ\s+hạng)(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s+của)?"
    # (`cao hơn mức bình quân chung của thành phố Đà Nẵng 1,37%`: the unit whose average is compared with)
    r"|(?:so\s+với|hơn|kém|vượt)\s+(?:mức\s+|điểm\s+)?(?:trung\s+bình|bình\s+quân|trung\s+vị)(?:\s+(?:chung|cộng))?\s+của"
    # (`cao hơn Nghệ An 0,58 điểm và Hà Tĩnh 1,9 điểm`: the second unit compared with, after the first gap)
    r"|(?:hơn|kém|vượt)\s+(?-i:\p{Lu})[^,;.\d]{1,40}?\d[\d,.]*\s?(?:%|điểm|bậc)\s+và"
    # (`Quảng Trị đồng hạng với Khánh Hòa ở vị trí thứ 12`: the unit that shares the place is named after the one the
    # sentence is about)
    r"|hơn|kém|xếp\s+sau|đứng\s+sau|sau|trước|vượt(?:\s+qua|\s+lên)?|bỏ\s+xa|thua|qua\s+mặt|(?P<tie>đồng\s+hạng\s+với))\s*(?:các\s+)?"
    # (`cao hơn đơn vị xếp thứ hai là Bộ Tư pháp 1,12%`: a peer by its place, then its name)
    r"(?:(?:tỉnh|thành\s+phố|huyện|bộ|địa\s+phương|đơn\s+vị)\s+(?:láng\s+giềng|bạn|lân\s+cận|đứng\s+đầu|dẫn\s+đầu"
    r"|(?:xếp|đứng)\s+(?:ở\s+)?(?:vị\s+trí\s+)?thứ\s+\p{L}+)(?:\s+là)?\s+)?$", _F)
_OWN_POSITION_AFTER = regex.compile(r"\s*(?:ở|xếp|đứng)\s+(?:ở\s+)?(?:vị\s+trí|hạng|thứ)(?:\s+(?:thứ|số))?\s*", _F)
_SOURCE_BEFORE = regex.compile(r"(?:theo(?:\s+công\s+bố\s+của|\s+báo\s+cáo\s+của|\s+đánh\s+giá\s+của)?|do|bởi|của)\s*$", _F)
_ANNOUNCE_AFTER = regex.compile(
    r"^\s*(?:đã\s+|vừa\s+|chính\s+thức\s+|trân\s+trọng\s+|tiếp\s+tục\s+)*(?:công\s+bố|thông\s+báo|tổ\s+chức|ban\s+hành|thẩm\s+định|chủ\s+trì|phối\s+hợp|"
    r"khảo\s+sát|(?:triển\s+khai\s+)?đo\s+lường|triển\s+khai\s+đánh\s+giá|đánh\s+giá,\s+xếp\s+hạng|xếp\s+hạng,\s+đánh\s+giá|"
    # (`Sở Nội vụ báo cáo kết quả các chỉ số … của tỉnh`, `Sở Nội vụ đã tổng hợp kết quả các bộ chỉ số …`)
    r"(?:báo\s+cáo|tổng\s+hợp)\s+(?:kết\s+quả|các\s+(?:bộ\s+)?chỉ\s+số|chỉ\s+số|tình\s+hình|số\s+liệu))",
    _F,
)
# `Sở đã kiện toàn …`: a bare head noun refers back to the last body of that kind.
# `Bộ ta`, `Sở chúng ta`, `Riêng Sở chúng tôi, …`: a speaker's own body
_OWN_BODY = regex.compile(r"(?<!\p{L})(?:Bộ|Sở|Ngành)\s+(?:ta|nhà|chúng\s+(?:ta|tôi)|mình)(?!\p{L})")
_HEAD_ANAPHOR = regex.compile(
    r"(?<!\p{L})(Sở|Bộ|Trung\s+tâm|Ban|[Cc]ông\s+ty|Tập\s+đoàn|Bệnh\s+viện|Ủy\s+ban(?!\s+nhân)|Cục|Tổng\s+cục|Viện)"
    r"(?!\s*[\p{Lu}\d&])(?!\p{L})")


_HEAD_OWNER_AFTER = regex.compile(r"[^;,.()\d]{0,40}?(?<!\p{L})của\s+" + _HEAD_ANAPHOR.pattern)


def _head_kind(word: str) -> str:
    """`công ty` → `Công ty`: the entity kind a bare head names."""
    word = " ".join(word.split())
    return word[:1].upper() + word[1:]
# `của thành phố`, `tỉnh đã …`: the unit the article is about, named by its kind alone (not
# `các tỉnh`, `63 tỉnh, thành phố`, which are many units).
_ANAPHOR = regex.compile(
    r"(?<!\p{L})(?<!(?:các|những|nhiều|mỗi|(?<!năm\s|\d)\d+|cấp|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)(?<!tỉnh,\s*)(?<!\d\s+(?:huyện|quận|thị\s+xã|xã|phường),\s*)"
    # (`3/12 huyện, thành phố`: the kinds a ranking counts, not a unit named by its kind)
    # (`giữa địa phương cao nhất và …`, `địa phương có kết quả thấp nhất`: any province, not the article's)
    # (`khoảng cách giữa tỉnh cao nhất và thấp nhất`: any province, by its place in the ranking)
    # (`xã Ninh Hải đứng đầu toàn tỉnh với 95,08%`: the scope of a ranking, not its owner)
    # (a region's own spread is its: `khoảng cách giữa địa phương cao điểm nhất và thấp điểm nhất trong vùng`)
    r"(?:(?=vùng)|(?<!(?:đầu|nhất|cuối|thứ\s+\S+|nhì|\d+/\d+)\s+(?:toàn|cả|trong|của)\s+))"
    r"(?:thành\s+phố|(?<!khối\s+|giữa\s+)tỉnh(?!\s+(?:cao|thấp)\s+nhất)|TP|(?<!giữa\s+)địa\s+phương(?!\s+(?:cao|thấp|đứng|dẫn|có|nào|khác|xếp|được))"
    r"|thủ\s+đô|huyện|quận|thị\s+xã|(?<=(?:của|toàn|trong)\s+(?:cả\s+)?)vùng"
    # (`xã đã tiếp nhận 2.148 hồ sơ`; not `xã hội`, `xã viên`)
    # (nor the kind a share or a list counts: `100% xã, thị trấn`, `số xã`, `khối phường`, `các phường, xã`)
    r"|(?<!(?:cấp|thị|hợp\s+tác|Bảo\s+hiểm|kinh\s+tế\s*-?|%|số|khối|xã|phường|thị\s+trấn|quận|huyện|đặc\s+khu)[\s,]*)"
    r"(?:xã|phường)(?!\s+(?:hội|viên|tắc)(?!\p{L}))(?!\s*,\s*(?:xã|phường|thị\s+trấn|đặc\s+khu))"
    # a leader's `của chúng ta`, `tỉnh ta`, `tỉnh nhà`: the unit the article is about
    r"|(?<=của\s+)chúng\s+ta|(?<=(?:tỉnh|thành\s+phố)\s+)(?:ta|nhà))"
    # (`Tỉnh cuối bảng năm nay đạt 59,8 điểm`: whichever holds last place; `có tỉnh bạn …`: another province)
    r"(?!\s*(?-i:[\p{Lu}\d]))(?!\p{L})(?!,\s*thành)(?!\s+(?:cuối\s+bảng|(?:xếp|đứng)\s+cuối|trung\s+vị|bạn(?!\p{L})))", _F)
# `tỉnh đạt 84,76% (bình quân cả nước: 83,23%), xếp thứ 17`: the unit named by its kind is the subject
# of the clauses that follow it
# `khoảng cách giữa địa phương cao nhất và thấp nhất`: the spread over the provinces has no owner
# (`khoảng cách giữa hai địa phương`, `giữa nhóm đầu và nhóm cuối`, `giữa vị trí số 1 và số 10`: provinces or
# ministries not named; not `giữa Sở Tư pháp và Sở Xây dựng`, nor `giữa đơn vị đứng đầu và …` of a province's
# own departments, whose spread is the province's)
# (also `điểm số của tỉnh đứng đầu và tỉnh cuối bảng chỉ cách nhau …`)
_SPREAD = regex.compile(
    r"(?:khoảng\s+cách|chênh\s+lệch)\s+giữa\s+(?-i:(?:các\s+)?(?:hai\s+|ba\s+)?(?:nhóm|vị\s+trí|địa\s+phương|tỉnh|bộ)(?!\p{L}))"
    r"|(?-i:tỉnh|địa\s+phương|bộ)\s+(?:đứng\s+đầu|dẫn\s+đầu|cao\s+nhất)\s+và\s+(?:(?-i:tỉnh|địa\s+phương|bộ)\s+)?"
    + LAST_PLACE, _F)
_OPENS_WITH_FIGURE = regex.compile(r"\W{0,3}(?:(?:chỉ|mới|cùng)\s+)?(?:với|đạt|tăng|giảm|sụt|tụt|lên|xuống)?\s*$", _F)
# (`doanh nghiệp được khảo sát tại tỉnh`, `… trên địa bàn`: the respondents in the article's own unit)
_LOCAL_AFTER = regex.compile(
    r"^\s?(?:\S+\s+){1,6}?(?:(?:trên|tại)\s+địa\s+bàn(?!\s+(?:cả\s+nước|\d+))|(?:tại|của|ở)\s+(?:tỉnh|thành\s+phố|huyện)(?!\s*(?-i:\p{Lu})|\p{L}))", _F)
_PROVINCE_ACTS = regex.compile(
    r"\s+(?:đã\s+|vẫn\s+|tiếp\s+tục\s+|cũng\s+)?(?:đạt|xếp|đứng|tăng|giảm|vươn|tụt|giữ|có|phấn\s+đấu|đặt|duy\s+trì)(?!\p{L})", _F)
_CLAUSE_SUBJECT_AFTER = regex.compile(r"\s+(?:đã\s+|vẫn\s+|tiếp\s+tục\s+)?(?:đạt|xếp|đứng|tăng|giảm|vươn|tụt|giữ|có)(?!\p{L})", _F)
_NATIONAL = regex.compile(
    r"(?:cả\s+nước|toàn\s+quốc|(?<!công\s)quốc\s+gia|trung\s+bình\s+chung|bình\s+quân\s+chung|các\s+tỉnh|các\s+bộ|"
    r"các\s+địa\s+phương|(?<![/\d])(?<!(?:năm|thứ)\s)\d+\s+(?:tỉnh|bộ|địa\s+phương|vùng)|nhóm\s+(?:[ABC]|thứ)(?!\p{L})|các\s+vùng|"
    r"cơ\s+quan\s+ngang\s+bộ|giá\s+trị\s+trung\s+bình\s+(?:của\s+)?(?:các|\d+\s+(?:tỉnh|bộ|địa\s+phương|đơn\s+vị|cơ\s+quan))|(?:DTI|PCI|PAPI|SIPAS|chỉ\s+số\s+(?!xanh\s)\S+)(?:\s+\d{4})?\s+cấp\s+(?:tỉnh|bộ)|"
    # (not `Ở cấp tỉnh, Chỉ số CCHC trung bình các sở, ban, ngành …`: the province's own level, against its districts;
    # nor `đạt 92,3% ở cấp tỉnh, 88,6% ở cấp huyện`)
    r"(?:đối\s+với|ở)\s+cấp\s+(?:tỉnh(?![^.;]{0,60}?(?:(?:các|khối)\s+sở|cấp\s+(?:huyện|xã))(?!\p{L}))|bộ|quốc\s+gia)|(?:trung\s+bình|bình\s+quân)(?:\s+của)?\s+cấp\s+(?:tỉnh|bộ)(?!\p{L})|"
    # (`Chỉ số xanh cấp tỉnh` is the index's own name)
    # `của khối tỉnh` (against `khối bộ`), `Có 58/63 địa phương đạt …`: the provinces themselves
    r"khối\s+(?:tỉnh|bộ)(?!\p{L})|(?<!\p{L})có\s+\d+/(?:63|62|34)\s+(?:tỉnh|địa\s+phương)(?!\p{L})"
    # (a province's product is its GRDP: `GDP` is the country's)
    r"|(?<!\p{L})(?-i:GDP)(?!\p{L}))",
    _F,
)
# An average with no owner named in its sentence, and x/y over peers (`53/63 địa phương`).
# (`Hà Nội, ngày 14/5/2025 – …`: a press release's place and date)
_DATELINE_AFTER = regex.compile(r"^\s*\(\s*(?:TTXVN|VTV|VOV|TPO|VNA|Chinhphu|PV|Dân\s+trí|(?!(?:TP|TX|Tp)\s)\p{Lu}{2,})[^)]{0,20}\)"
                                r"|^,\s*ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}")
_COMPARED_WITH = r"(?<!(?:hơn|so\s+với|vượt|bằng)\s+(?:(?:mức|điểm|giá\s+trị)\s+)?)"
_AVERAGE = regex.compile(_COMPARED_WITH + r"(?:trung\s+bình|bình\s+quân)", _F)
_MEDIAN = regex.compile(_COMPARED_WITH + r"(?<!nhóm\s)trung\s+vị", _F)  # `nhóm trung vị` is a band of the ranking
# `100% tỉnh, thành phố đạt …`: a share of the provinces (or ministries) themselves.
_PROVINCE_SHARE_AFTER = regex.compile(r"^\s?(?:số\s+)?(?:tỉnh|quốc\s+gia|nước|bộ,\s*ngành|bộ,\s*cơ\s+quan)(?!\p{L})", _F)
# `Có 10 tỉnh (15,87%) tăng điểm`: the share those provinces make of all of them.
_PEERS_SHARE_BEFORE = regex.compile(r"(?<![\d/])\d+\s+(?:tỉnh|địa\s+phương|bộ|quốc\s+gia)(?:,\s*thành(?:\s+phố)?)?\s*\(\s*$", _F)
# `49/64 xã, phường đạt từ 80% trở lên`, `còn 5/19 sở đạt dưới 0,5 điểm`: a count of the units of one
# kind (and the level it counts them by) belongs to the place that holds them, not to one of them
_COUNTED_KINDS = regex.compile(
    r"(?<![\d/.,])\d+\s?/\s?\d+\s+(?:số\s+)?(?P<k>xã|phường|thị\s+trấn|sở|huyện|quận|thị\s+xã|bộ|đơn\s+vị)(?!\p{L})", _F)
_MEMBER_KIND = {"xã": "commune", "phường": "commune", "thị trấn": "commune", "sở": "Sở", "huyện": "district",
                "quận": "district", "thị xã": "district", "bộ": "Bộ"}
# (`Sở Tư pháp dẫn đầu …; có 14/19 đơn vị đạt trên 80%`: units of any kind below the article's own, counted in a block)
_ANY_MEMBER_KIND = ("Sở", "Ban", "district", "commune")
_LOCAL_UNITS_AFTER = regex.compile(r"^\s?(?:địa\s+phương|đơn\s+vị)", _F)
_PEERS_AFTER = regex.compile(r"^\s?(?:tỉnh|địa\s+phương|vùng|bộ|quốc\s+gia|nước|cơ\s+quan|bộ,\s*ngành)", _F)
# `xếp thứ 12 cả nước`, `cao hơn mức chung của cả nước`: the country as
# the field a unit is ranked in or compared with, not the owner of the figure.
# `thấp hơn 3,1% so với bình quân chung của các địa phương`: the reference a unit's figure is measured by
# (in the figure's own clause, and unless the figure is the reference's own value in parentheses after it)
_REFERENCE_AVERAGE = regex.compile(
    r"(?:so\s+với|hơn|kém|vượt(?:\s+qua)?)\s+(?:mức\s+|giá\s+trị\s+|điểm\s+)?(?:bình\s+quân|trung\s+bình|trung\s+vị)(?:\s+chung)?"
    r"(?:\s+(?:của\s+)?(?:các\s+(?:địa\s+phương|tỉnh(?:,\s*thành(?:\s+phố)?)?|bộ(?:,\s*ngành)?)|khối\s+bộ|cả\s+nước|toàn\s+quốc))?(?!\p{L})", _F)
# `điểm thẩm định do Bộ Nội vụ và các bộ, ngành đánh giá đạt 51,86/62 điểm`: who assessed the unit, not
# whose figure it is
_ASSESSED_BY = regex.compile(
    r"do(?<!\p{L}do)\s+[^;:()\d]{1,60}?\s(?:đánh\s+giá|thẩm\s+định|chấm(?:\s+điểm)?|công\s+bố|khảo\s+sát)(?!\p{L})", _F)
_PAREN_AFTER_UNIT = regex.compile(r"^\s*(?:[-–—]\s+[^()\-–—;,\d]{1,40}?\s*)?\([^()]*$")
# The field of a ranking, by the kind of unit ranked: departments or ministries (`xếp thứ 4/20 sở, ban,
# ngành`, `trong khối 20 sở`, `khối bộ`), or districts and communes (`thứ 6/27 huyện, thị xã, thành phố`).
_RANKED_FIELD = regex.compile(
    r"(?:/\s?\d+|(?:trong|của)\s+(?:khối\s+|số\s+|tổng\s+số\s+)?\d+|(?:trong\s+)?khối(?:\s+các)?)\s+"
    r"(?:(?P<body>sở|bộ|cơ\s+quan\s+chuyên\s+môn)(?:\s*,\s*(?:ban|ngành|cơ\s+quan\s+ngang\s+bộ))*"
    r"|(?P<local>huyện|quận|thị\s+xã|xã|phường)(?:\s*,\s*(?:huyện|quận|thị\s+xã|thành\s+phố|thị\s+trấn|xã|phường))*)(?!\p{L})", _F)
_RANK_SCOPE = regex.compile(
    # (`thuộc nhóm cao của cả nước`: a group position too)
    r"(?:(?:thứ\s+\S+|\d+/\d+|(?:hạng|vị\s+trí)\s+(?:thứ\s+)?\d+|đầu|cuối|nhất|cao\s+nhất|thấp\s+nhất|(?:top|tốp)\s*\d+"
    # (`thuộc nhóm cao nhất khối các bộ`, `đứng thứ 11 trong số 17 bộ, ngành`)
    r"|nhóm\s+(?:cao|thấp|đầu|dẫn\s+đầu|khá|tốt|trung\s+bình)(?:\s+nhất)?)\s+(?:của\s+|trên\s+|trong\s+)?(?:khối\s+|số\s+)?"
    # (`xếp thứ 2 trong các bộ`: the ranking the unit holds a place in)
    r"(?:cả\s+nước|toàn\s+quốc|khối\s+bộ|(?:\d+|các)\s+(?:tỉnh|bộ|địa\s+phương)"
    r"(?:,\s*(?:thành(?:\s+phố)?|cơ\s+quan\s+ngang\s+bộ))?)(?!\p{L})"
    r"|(?:so\s+với|hơn)\s+(?:\S+\s+){0,4}?(?:cả\s+nước|toàn\s+quốc)(?!\p{L})"
    # `thuộc nhóm 16 địa phương có điểm cao nhất`: a group position, not the provinces themselves
    r"|(?<=(?:thuộc|vào|lọt|\p{L}\s+trong|giữ|duy\s+trì)\s+)(?:nhóm|top|tốp)\s+\d+\s+(?:tỉnh|địa\s+phương|bộ|đơn\s+vị)"
    r"(?:,\s*thành(?:\s+phố)?)?(?!\p{L}))",
    _F,
)
_DEMONSTRATIVE = regex.compile(
    r"(?<!\p{L})(?:đơn\s+vị|địa\s+phương|cơ\s+quan|sở|bộ|ngành|huyện|quận|thị\s+xã|xã|phường)\s+(?:này|đó|nói\s+trên)(?!\p{L})"
    # `Tỉnh biên giới này`, `địa phương miền núi này`: an epithet between the kind and `này`
    r"|(?<!\p{L})(?:tỉnh|thành\s+phố|đơn\s+vị|địa\s+phương|huyện|quận|thị\s+xã)(?:\s+(?!(?:này|trong|của|và|có|đã)(?!\p{L}))(?-i:\p{Ll}+)){1,3}\s+này(?!\p{L})",
    _F,
)
# `các địa phương này thuộc nhóm 16 …`, `ba tỉnh nói trên đều …`: several units at once, none of them alone
_PLURAL_DEMONSTRATIVE = regex.compile(
    r"(?<!\p{L})(?:các|những|cả|hai|ba|bốn|năm|sáu|bảy|\d+)\s+(?:tỉnh|địa\s+phương|đơn\s+vị|huyện|sở|bộ|cơ\s+quan)"
    r"(?:,\s*thành(?:\s+phố)?)?\s+(?:này|nói\s+trên|trên)(?!\p{L})", _F)
# `đạt 12.45%, trong khi bình quân cả nước khoảng 20%`: another clause, contrasted with the figure's
_CONTRAST_AFTER = regex.compile(r",\s*(?:trong\s+khi|còn|nhưng|song)(?!\p{L})(?!\s+lại)|\s+trong\s+khi(?!\p{L})", _F)
# `96,8% hồ sơ tại đây được giải quyết`: the place just named
_HERE = regex.compile(r"(?<!\p{L})(?:tại|ở|nơi)\s+đây(?!\p{L})", _F)
_REFERENCE_VALUE_BEFORE = regex.compile(
    # (`so với điểm trung bình cấp tỉnh của cả nước (0,5215)`, `mức bình quân cả nước (khoảng 12,3%)`)
    # (`cao hơn trung vị của năm trước (22,23 điểm)`: the reference a year before)
    r"(?:(?:trung\s+(?:bình|vị)|bình\s+quân|mức\s+chung)(?:\s+chung)?(?:\s+cấp\s+(?:tỉnh|bộ))?(?:\s+của)?\s+(?:cả\s+nước|toàn\s+quốc|năm\s+(?:trước|ngoái)|(?:của\s+)?(?:vùng|khối|"
    r"các\s+(?:tỉnh|bộ|địa\s+phương|đơn\s+vị|sở))[^()]{0,30})\s*\(\s*(?:(?:khoảng|gần|hơn|trên|dưới|xấp\s+xỉ)\s+)?"
    r"|(?:trong\s+khi|còn)\s+(?:(?:điểm|chỉ\s+số)\s+)?(?:[A-Z]{3,5}\s+)?(?:trung\s+(?:bình|vị)|bình\s+quân)(?:\s+chung)?(?:\s+của)?\s+"
    r"(?:cả\s+nước|toàn\s+quốc|cấp\s+tỉnh|các\s+tỉnh(?:,\s*thành(?:\s+phố)?)?)\s+(?:là|đạt|ở\s+mức)\s+"
    # `đều vượt mức bình quân cả nước là 82,66%`
    # (`thấp hơn trung bình cả nước, lần lượt là 7,29 và 3,71 điểm`)
    # (`Nếu so với giá trị trung bình của cả nước năm 2024 là 88,4%`)
    r"|(?:hơn|vượt|so\s+với)\s+(?:(?:mức|giá\s+trị|điểm)\s+)?(?:trung\s+(?:bình|vị)|bình\s+quân)(?:\s+chung)?(?:\s+của)?\s+"
    r"(?:cả\s+nước|toàn\s+quốc)(?:\s+năm\s+(?:19|20)\d\d)?"
    r"(?:\s+(?:là|ở\s+mức)|\s*,\s*lần\s+lượt\s+là(?:\s+\d[\d.,]*\s*(?:%|điểm)?\s*(?:,|và))*)\s+"
    r"|\(\s*(?:cả\s+nước|toàn\s+quốc|(?:bình\s+quân|trung\s+bình)\s+(?:chung\s+)?(?:cả\s+nước|toàn\s+quốc))\s*:?\s*)$", _F)
_RESPONDENTS_AFTER = regex.compile(rf"^\s?{RESPONDENTS}", _F)
SHARE_OF_RESPONDENTS = regex.compile(rf"%\s?{RESPONDENTS}", _F)
_SAYS_AFTER_SHARE = regex.compile(r"\s?(?:nói|cho\s+rằng|cho\s+biết|cho\s+hay|thừa\s+nhận|phản\s+ánh|tin\s+rằng|đồng\s+ý)(?!\p{L})", _F)
# (not `tỷ lệ doanh nghiệp trên địa bàn`/`trong vùng`/`của tỉnh`: respondents of one place)
_RESPONDENTS_SHARE_BEFORE = regex.compile(
    rf"t[ỷỉ]\s+lệ\s+{RESPONDENTS}(?:(?!trên\s+địa\s+bàn|trong\s+vùng|của\s+(?:tỉnh|thành\s+phố|huyện)|tại)[^,;])*$", _F)
# (`Kết quả khảo sát doanh nghiệp trên địa bàn cho thấy 37,8% doanh nghiệp …`: the article's own unit's survey)
_LOCAL_SURVEY_BEFORE = regex.compile(
    r"(?:khảo\s+sát|điều\s+tra)[^.;]{0,40}?(?:trên\s+địa\s+bàn|tại\s+(?:tỉnh|thành\s+phố)(?!\s*\p{Lu}))", _F)
_AMONG_RESPONDENTS = regex.compile(rf"^\W*trong\s+(?:tổng\s+)?số\s+{RESPONDENTS}", _F)
_CONTINUATION = regex.compile(r"^\W*(?:trong\s+đó|cụ\s+thể|trong\s+số\s+này|riêng|ngoài\s+ra|bên\s+cạnh\s+đó)", _F)
_KIND_WORD = r"(?:thị\s+trấn|thị\s+xã|thành\s+phố|TP\.?|huyện|quận|xã|phường|tỉnh)"  # a unit's kind before its name
_UNIT_KIND_AHEAD = regex.compile(rf"\W*(?:{_KIND_WORD}\s+)?", _F)
_STRONG_SOURCE_BEFORE = regex.compile(
    r"(?<!\p{L})(?:theo(?:\s+[^,;.\n]{1,60}?)?\s+của|theo|do|bảng\s+xếp\s+hạng(?:\s+\S+){0,3}?\s+(?:của|do)"
    # (`Số liệu của Ngân hàng Nhà nước cho thấy, …`: the body whose statistics are quoted)
    # (`Khảo sát của VCCI cho thấy chỉ 18,6% doanh nghiệp …`: the survey's author)
    r"|(?<![\p{L}\d]\s)(?:số\s+liệu|thống\s+kê|dữ\s+liệu|(?:kết\s+quả\s+)?(?:khảo\s+sát|điều\s+tra))(?:\s+mới\s+nhất)?\s+của)\s*$", _F)
# `Tổng cục Thuế (nay là Cục Thuế)`, `Sở Giao thông vận tải (nay đã hợp nhất vào Sở Xây dựng)`: the
# unit's later name is an aside; the result belongs to the unit as it was
RENAMED_BEFORE = regex.compile(
    # (in parentheses or between dashes: `Khánh Hòa – sau khi hợp nhất với Ninh Thuận – chiếm hơn 12%`)
    # (`Cục Hải quan (trước đây là Tổng cục Hải quan)`: the former name, likewise an aside)
    r"(?:\(|\s[-–—])\s*(?:(?:nay|hiện\s+nay|sau\s+(?:sáp|hợp)\s+nhất|trước\s+(?:đây|kia))\s*(?:đã\s+)?(?:là|thuộc|(?:được\s+)?(?:sáp|hợp)\s+nhất\s+(?:vào|với|thành))"
    r"|tên\s+(?:cũ|gọi\s+cũ|trước\s+đây)(?:\s+là)?\s*:?"
    # `tỉnh Bắc Ninh (sau hợp nhất Bắc Ninh và Bắc Giang)`: the units merged into it
    r"|(?:sau\s+(?:khi\s+)?|được\s+|hình\s+thành\s+từ\s+(?:việc\s+)?)?(?:sáp\s+nhập|(?:sáp|hợp)\s+nhất)(?:\s+(?:từ|của|giữa|với))?(?:\s+[^()]{0,90}?(?:,|\s+và|\s+của))?"
    # `Tỉnh Vĩnh Long (gồm Vĩnh Long, Bến Tre, Trà Vinh cũ)`: the units it is made of
    r"|(?:bao\s+)?gồm(?:\s+[^()]{0,60}?(?:,|\s+và))?"
    # `TP Cần Thơ – hình thành từ Cần Thơ, Sóc Trăng và Hậu Giang – chỉ đạt 86,02%`
    r"|hình\s+thành\s+từ(?:\s+[^()]{0,60}?(?:,|\s+và))?)\s*$"
    # with no parenthesis: `Hưng Yên sau khi hợp nhất với Thái Bình tăng 2,46%`, `Lâm Đồng, sau khi sáp nhập Đắk
    # Nông và Bình Thuận, xếp thứ 21/34` (a list joined by `và` only: `sau khi hợp nhất với Thái Bình, Hưng Yên …`
    # names the result's owner after the comma)
    r"|(?<!\p{L})(?:sau\s+(?:khi\s+)?(?:được\s+)?(?:sáp\s+nhập|hợp\s+nhất|sáp\s+nhất)(?:\s+(?:với|cùng|thêm))?"
    r"|hình\s+thành\s+từ(?:\s+việc\s+(?:sáp\s+nhập|hợp\s+nhất))?)(?:\s+[^().;,]{0,40}?\s+và)?\s*$"
    # `phường Trần Hưng Đạo, thuộc TP Thái Bình trước đây, đứng thứ hai`, `xã Ninh Hải (thuộc huyện Hoa Lư)`: where
    # the unit lies or lay
    r"|[,(]\s*(?:vốn\s+|trước\s+đây\s+|nay\s+)?thuộc\s+(?:địa\s+bàn\s+)?$", _F)
# Bodies that publish, fund or report rankings far more often than they are ranked.
_RARELY_SUBJECT = {"Chính phủ", "Quốc hội", "Học viện", "Viện", "Báo", "Đài", "Tạp chí", "TTXVN", "Thông tấn xã",
                   "Liên Hợp Quốc", "Liên hợp quốc", "Chương trình", "Cơ quan Phát triển Quốc tế Hoa Kỳ",
                   "UNDP", "VCCI", "USAID", "CECODES", "Ban", "Hội đồng", "Trường", "Đại học", "Hội", "Hiệp hội", "Tỉnh ủy",
                   "Thành ủy", "Huyện ủy", "Văn phòng Chính phủ", "MTTQ", "WB", "ADB", "IMF", "OECD", "World Bank"}
# (`Trong các tỉnh, thành vùng Đồng bằng sông Cửu Long, tỉnh xếp thứ hai`)
_SCOPE_BEFORE = regex.compile(r"(?:trong|trên|toàn|của\s+các\s+tỉnh)\s+(?:(?:khu\s+vực|vùng|các\s+tỉnh(?:,\s*thành(?:\s+phố)?)?"
                           r"(?:\s+(?:thuộc|trong))?(?:\s+(?:khu\s+vực|vùng))?)\s+)?$"
                           # `một trong những điểm sáng của khu vực Tây Nguyên`, `cao nhất của vùng`
                           r"|(?:nhất|đầu|sáng|trong\s+(?:những|các)\s+\p{L}+)(?:\s+\p{L}+){0,3}?\s+của\s+(?:khu\s+vực|vùng)\s+$"
                           # `đứng thứ 15 cả nước và thứ ba khu vực Duyên hải Nam Trung Bộ`, `dẫn đầu vùng`
                           # (`xếp thứ 4/8 địa phương khu vực Duyên hải Nam Trung Bộ`)
                           r"|(?:thứ\s+\S+|đầu|cuối|nhất|\d+/\d+)(?:\s+(?:địa\s+phương|tỉnh(?:,\s*thành(?:\s+phố)?)?))?\s+(?:khu\s+vực|vùng)\s+$"
                           # (`6,9 điểm, đứng đầu Đồng bằng sông Cửu Long`: the region's own name may follow)
                           r"|(?:đứng|dẫn|xếp)\s+(?:đầu|cuối|thứ\s+(?!hạng)\S+)\s+$"
                           # `Trong 8 địa phương khu vực duyên hải Nam Trung Bộ, tỉnh xếp 4 trên 8`
                           r"|(?:trong|trên|giữa)\s+\d+\s+(?:địa\s+phương|tỉnh(?:,\s*thành(?:\s+phố)?)?)\s+(?:(?:thuộc|của|trong)\s+)?(?:khu\s+vực|vùng)\s+$",
                           _F)
_SCOPE_OF_TOTAL_BEFORE = regex.compile(
    r"\d\s?/\s?\d+\s+(?:\p{Ll}+[\s,]+){1,8}?(?:của|thuộc|trong|trên\s+địa\s+bàn)\s+$", _F)
# `Sở Nội vụ Thanh Hóa cho biết …`: a body that reports, on its province
_SPEECH_VERBS = r"cho\s+biết|nói|khẳng\s+định|chia\s+sẻ|nhấn\s+mạnh|phát\s+biểu|thông\s+tin|cho\s+rằng|lý\s+giải"
_SAYS_AFTER = regex.compile(rf"\s*(?:,\s*)?(?:đã\s+|vừa\s+)?(?:{_SPEECH_VERBS}|báo\s+cáo|đánh\s+giá|nhận\s+định)(?!\p{{L}})", _F)
_BLOCK_SCOPE_BEFORE = regex.compile(
    r"(?<!\p{L})(?:khối|cấp)\s+(?:UBND\s+)?(?:cấp\s+)?(?:huyện|quận|xã|phường|sở)(?:[\s,]+\p{Ll}+){0,4}\s+(?:của|thuộc|trong)\s+"
    r"(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?$", _F)
_APPOSITIVE_PARENT_BEFORE = regex.compile(
    r"\p{L},\s*(?:là\s+)?(?:một|1)\s+(?-i:\p{Ll}+)(?:\s+(?-i:\p{Ll}+)){0,4}\s+(?:của|thuộc)\s+"
    r"(?:(?:tỉnh|huyện|thành\s+phố|quận|thị\s+xã|TP\.?)\s+)?$", _F)
# `địa phương cao nhất cả nước đạt 6,23 điểm`, `(toàn quốc: cao nhất 6,02, thấp nhất 4,47 điểm)`, `mức thấp nhất
# toàn quốc là 5,79 điểm`: the best or worst value in the country, its holder unnamed
_NATIONAL_EXTREME = regex.compile(
    r"(?:(?:địa\s+phương|tỉnh|đơn\s+vị|mức|điểm|giá\s+trị)(?:\s+có\s+(?:điểm|kết\s+quả))?\s+(?:cao|thấp)\s+nhất"
    r"(?:\s+và\s+(?:cao|thấp)\s+nhất)?\s+(?:của\s+)?(?:cả\s+nước|toàn\s+quốc|nước)"
    r"|(?:cả\s+nước|toàn\s+quốc)\s*:\s*(?:cao|thấp)\s+nhất)(?!\p{L})", _F)
# (the value follows at once, or after the other end's: not `4/10 chỉ số đạt điểm cao nhất cả nước, gồm …`)
_EXTREME_VALUE_NEXT = regex.compile(r"\s*(?:(?:là|đạt|với|chỉ|ở\s+mức|:)\s*)*(?:\d[\d.,]*\s*(?:điểm|%)?\s*(?:và|,)\s*)?", _F)
# `…, thấp nhất 4,25 điểm`, `; mức thấp nhất là …`: the other end of the national range, after the first
_OTHER_EXTREME = regex.compile(r"^\s*(?:mức\s+|điểm\s+)?(?:cao|thấp)\s+nhất\s+(?:(?:là|đạt|chỉ|với|có)\s+)*$", _F)
# (the country as the field of a ranking: `lên 13 trong cả nước`, `26/63 tỉnh, thành phố cả nước`)
_COUNTRY_SCOPE = regex.compile(r"(?:\d+|tỉnh,?\s*thành(?:\s+phố)?|thành\s+phố|địa\s+phương)\s+(?:trong\s+|của\s+)?(?:cả\s+nước|toàn\s+quốc)", _F)
_COUNTRY_AFTER = regex.compile(r"^[^\S\n]?(?:%|điểm)?[^\S\n]*(?:\)[^\S\n]*)?(?:của[^\S\n]+)?(?:cả[^\S\n]+nước|toàn[^\S\n]+quốc)(?!\p{L})", _F)
_COUNTRY_OWNER = regex.compile(
    r"(?<!(?:hơn|với|vượt)\s+(?:\S+\s+){0,4})(?:của\s+|trên\s+phạm\s+vi\s+)?(?:cả\s+nước|toàn\s+quốc)(?!\p{L})", _F)
_REGION_AVERAGE_BEFORE = regex.compile(
    r"(?:trung\s+bình|bình\s+quân|trung\s+vị)(?:\s+chung)?(?:\s+của)?(?:\s+cả)?\s+(?:vùng|khu\s+vực)"
    r"(?:\s+\p{Lu}[^\d()\n.;,:]{0,40}?)?(?:\s+là|\s+đạt|\s+ở\s+mức)?\s*[(:]?\s*$", _F)
_OWN_FIGURE_GAP = regex.compile(r"\s*(?:với|đạt|:)?\s*\(?\s*", _F)
_NEXT_ITEM = regex.compile(r"tiếp\s+(?:đến|theo|sau)|kế\s+(?:đến|tiếp)|sau\s+đó|theo\s+sau|đứng\s+sau", _F)
# (not an explanation, `là 84,85%, nghĩa là Thái Bình đã lùi xuống …`)
_COPULA_AFTER = regex.compile(r"^\s*(?:\S+\s+){0,4}?(?:(?<!(?:nghĩa|tức)\s)là|thuộc\s+về|gồm|gồm\s+có|có)\s*:?\s*$", _F)
# the agencies ranked beside the ministries (`các bộ, cơ quan ngang bộ`)
_MINISTERIAL_AGENCIES = {"Ngân hàng Nhà nước", "Thanh tra Chính phủ", "Văn phòng Chính phủ", "Ủy ban Dân tộc"}
# `Đơn vị xếp cuối bảng đạt 79,08 điểm`: a unit described by its place in the table, not named
_UNNAMED_RANKED = regex.compile(
    # (`Tỉnh cuối bảng năm nay đạt 59,8 điểm`)
    r"(?:^|[,;:]\s*)(?:(?:các|những)\s+)?(?:đơn\s+vị|địa\s+phương|tỉnh|bộ|huyện|sở)\s+(?:(?:xếp|đứng)"
    r"(?:\s+\p{L}+){0,2}?\s+cuối|cuối\s+bảng)(?!\p{L})"  # (`địa phương dẫn đầu` is the leader just named)
    # (`Năm 2023, có tỉnh bạn đã đưa tỷ lệ … lên tới 95%`: some other province, unnamed)
    r"|(?:^|[,;:]\s*)(?:có|một)\s+(?:tỉnh|địa\s+phương|đơn\s+vị)\s+(?:bạn|khác)(?!\p{L})"
    r"(?:(?!,\s*(?:còn|nhưng|trong\s+khi|song)(?!\p{L}))[^;])*$", _F)
# `Chính phủ yêu cầu …`, `… UBND tỉnh giao`: the body that sets a requirement
# (not a unit asking its own bodies: `Quảng Bình yêu cầu các sở, ngành … cải thiện tối thiểu 10 bậc`)
# (`khối huyện do thành phố Sa Đéc dẫn đầu`: `do` names who leads, not who reports)
_LED_BY_AFTER = regex.compile(r"\s+(?:dẫn\s+đầu|đứng\s+đầu|đứng\s+cuối|xếp\s+cuối)(?!\p{L})", _F)
_OF_INDEX_BEFORE = regex.compile(rf"(?:chỉ\s+số|{INDEX_CODE}|CCHC)(?:\s+(?:năm\s+)?\d{{4}})?\s+của\s*$", _F)
_SETS_AFTER = regex.compile(r"\s*(?:đã\s+|vừa\s+)?(?:yêu\s+cầu|giao|đặt\s+ra|đề\s+ra)(?!\p{L})"
                            r"(?!\s+(?:(?:các|toàn\s+bộ|mỗi|từng)\s+)?(?:sở|ngành|đơn\s+vị|địa\s+phương|huyện|cơ\s+quan|cấp|xã|phường|quận))", _F)
# The bodies that set the country's targets (`Nghị quyết 76/NQ-CP của Chính phủ đặt mục tiêu …`).
_NATIONAL_BODIES = {"Chính phủ", "Quốc hội", "Thủ tướng Chính phủ"}
# (not `mục tiêu Chính phủ đề ra`, one the province works towards, nor `Chính phủ yêu cầu`, what others must meet)
_NATIONAL_PLAN_AFTER = regex.compile(r"\s*(?:đã\s+|vừa\s+|cũng\s+)?đặt\s+(?:ra\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)(?!\p{L})", _F)
# (a requirement's setter is no owner: `yêu cầu tối thiểu 50% của Chính phủ`)
_REQUIREMENT = regex.compile(r"(?<!\p{L})(?:yêu\s+cầu|chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)(?!\p{L})", _F)
# How wide a place is, to tell the scope of a ranking from the unit ranked in it.
_WIDER = {"country": 3, "region": 2, "province": 1}
# `mức cao nhất cả nước là 5,71 điểm của Bình Định`: the owner named right after the figure
_OWNER_AFTER = regex.compile(r"\s*(?:thuộc\s+về|của)\s+(?:(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường)\s*)?", _F)
# `thứ hai là TPHCM`, `đứng thứ 2 tỉnh Thái Nguyên`: a bare ordinal names the unit right after it
# `Với 0,7652, Bộ Công Thương …`, `Đạt 92%, tỉnh …`: a figure fronted before its sentence's subject
_WITH_CLAUSE = regex.compile(r",\s*với\s[^,;]*", _F)  # `…, với 69,87 điểm, Thái Nguyên …`
# (also a second fronted clause and a starting point: `Với 43,02 điểm, đứng thứ 11/63, tỉnh …`, `Từ vị trí
# 43/63 năm 2022, tỉnh đã vươn lên …`)
_IN_CLAUSE = r"(?:[^,;\n]|(?<=\d),(?=\d))"  # (a decimal comma is no clause break)
_FRONTED_NEXT = rf"(?:,\s*(?:đứng|xếp|đạt|tăng|giảm)\s{_IN_CLAUSE}{{0,40}})"
_FRONTED = regex.compile(r"\W*(?:\([^()]{0,20}\)\s*)?(?:với|đạt|cùng\s+với|từ(?:\s+(?:vị\s+trí|mức|hạng))?)\s"
                         + _IN_CLAUSE + "*" + _FRONTED_NEXT + r"?$", _F)
_ANAPHOR_AFTER_FRONTED = regex.compile(
    r"^[^\S\n]?(?:điểm|%)?(?:\s+(?:năm\s+)?\d{4})?" + _FRONTED_NEXT + r"?\s*,\s*\K(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận)(?!\s*(?-i:[\p{Lu}\d]))(?!\p{L})", _F)
_APPOSITION = regex.compile(r"^\s*[–-]\s+(?:là\s+)?(?:đơn\s+vị|địa\s+phương|tỉnh|bộ|cơ\s+quan|huyện|sở|ngành)(?!\p{L})(?:(?!\s[-–—]\s)[^–;:()])*$", _F)  # (not past the aside's closing dash)
# `so với Hải Phòng, địa phương dẫn đầu cả nước với 92,15 điểm`: after a unit compared with, a comma opens one too
_COMMA_APPOSITION = regex.compile(r"^\s*,\s+(?:là\s+)?(?:đơn\s+vị|địa\s+phương|tỉnh|bộ|cơ\s+quan|huyện|sở)(?!\p{L})[^–;:(),]*$", _F)
_ORDINAL_WORD = r"(?:thứ|vị\s+trí|hạng|đứng)"
_ORDINAL_BEFORE = regex.compile(_ORDINAL_WORD + r"\s*$", _F)
_ORDINAL_OPENS = regex.compile(_ORDINAL_WORD + r"\s", _F)
# (`xếp thứ 3 khu vực Bắc Trung Bộ` is a scope: a region after a bare ordinal needs the copula)
# (`Đứng đầu khối quận, huyện, thị xã là quận Hoàn Kiếm`: the ranking's scope, then whoever holds the place)
_ORDINAL_NAMES_AFTER = regex.compile(
    r"^\s*(?:(?:(?:khối|trong|toàn|cả)\s[^.;:()\d]{0,50}?\s)?(?:là|thuộc\s+về)\s+(?:(?:vùng|khu\s+vực)\s+)?)?"
    r"(?:(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|phường|xã)\s+)?$", _F)
_LIST_SEP = regex.compile(r"^\s*(?:,|và|;)\s*$")


@dataclass(frozen=True)
class SubjectCandidate:
    mention: Mention | None  # None = "no named subject"
    features: dict[str, float]


def _bucket(x: int) -> float:
    return math.log1p(max(0, x))


_ORG_PLACE = regex.compile(r"\s(?:tỉnh|thành\s+phố|TP\.?)\s+(\p{Lu}.*)$")


_PROVINCIAL_BODY = regex.compile(r"(?:Sở|Ban|Tỉnh\s+[uủ][ỷy]|Thành\s+[uủ][ỷy]|Văn\s+phòng|Thanh\s+tra|Công\s+an|Cục|Chi\s+cục|Kho\s+bạc|Bảo\s+hiểm\s+xã\s+hội)\s")


def text_of(doc: Document, m: Mention) -> str:
    return doc.text[m.start:m.end]


def org_place(name: str) -> str | None:
    """The province an organisation is named after: `Sở Nội vụ tỉnh Gia Lai`, `Sở Nội vụ Hà Tĩnh`
    (a firm's name, `Formosa Hà Tĩnh`, only with the prefix)."""
    if pm := _ORG_PLACE.search(name):
        return pm.group(1)
    if not _PROVINCIAL_BODY.match(name):
        return None
    words = name.split()
    for n in (4, 3, 2):
        if len(words) > n + 1 and (place := provinces().get(" ".join(words[-n:]))):
            return place
    return None


_ACRONYM_AFTER = regex.compile(r"^\s*\([^()]{1,15}\)")


def _announces(text: str, m: Mention) -> bool:
    """`Bộ Nội vụ công bố …`, `Bộ Khoa học và Công nghệ (KH&CN) đã công bố …`."""
    return bool(_ANNOUNCE_AFTER.match(_ACRONYM_AFTER.sub("", text[m.end:m.end + 60], count=1)))
_EVENT_PLACE_BEFORE = regex.compile(
    r"(?:\d{1,2}/\d{1,2}(?:/\d{4})?|sáng|chiều|tối|trưa|hôm\s+nay|hôm\s+qua)\s*,?\s*tại\s+$|(?:Ảnh|Nguồn|Photo)\s*:\s*$|"
    r"(?<!\p{L})(?:công\s+bố|tổ\s+chức|diễn\s+ra|khai\s+mạc|bế\s+mạc)(?!\p{L})[^.;,:\n]{0,40}?\s+tại\s+$"
    # `phóng sự do phóng viên Đài gửi về từ Hà Nội`: where a report was filed from
    r"|(?:gửi|truyền)\s+về\s+từ\s+$", _F)
# Where a reader, a viewer or a named person lives: `(Bạn đọc Lò Văn Thanh, xã Mường Ảng)`, `Hỏi: Tôi ở phường
# Đông Hà.`, `Khán giả Nguyễn Văn Tư ở huyện Gio Linh nhắn tin`; neither the topic nor an owner
_RESIDENCE_BEFORE = regex.compile(
    r"\(\s*(?:bạn\s+đọc|độc\s+giả|người\s+hỏi)[^()]{0,60}$|(?<!\p{L})tôi\s+(?:ở|sống\s+ở|sống\s+tại|quê\s+ở)\s+$"
    r"|(?<!\p{L})(?:ông|bà|anh|chị|bạn|bạn\s+đọc|độc\s+giả|khán\s+giả|thính\s+giả)\s+(?-i:\p{Lu}\p{Ll}*)(?:\s+(?-i:\p{Lu}\p{Ll}*)){1,3}"
    r"\s+(?:ở|đến\s+từ)\s+$", _F)


def _residing(doc: Document) -> set[int]:
    """ids of the mentions that say where a reader, a viewer or a named person lives (`Khán giả Nguyễn Văn
    Tư ở huyện Gio Linh`): neither the page's topic nor an owner of its figures."""
    residing = doc.memo.get("residing")
    if residing is None:
        residing = doc.memo["residing"] = {id(x) for x in doc.entities
                                           if _RESIDENCE_BEFORE.search(doc.text, max(0, x.start - 60), x.start)}
    return residing


def doc_topic(doc: Document) -> dict[str, float]:
    """How central each canonical unit is: title and lead count thrice, LOC over ORG."""
    score: Counter[str] = Counter()
    lead_end = doc.lead_end
    for m in doc.entities:
        if m.label == "LOC" and _DATELINE_AFTER.match(doc.text[m.end:m.end + 20]):
            continue  # `Hà Nội (TTXVN 18/4)`: where the story was filed, not what it is about
        if _EVENT_PLACE_BEFORE.search(doc.text[max(0, m.start - 60):m.start]) or id(m) in _residing(doc):
            continue  # `Chiều 22/4, tại Hà Nội, …`, `báo cáo … được công bố tại Hà Nội`: where a meeting was held;
            # `(Ảnh: Bộ KH&CN)`: a credit
        w = 3.0 if m.start < lead_end else 1.0
        if m.label == "ORG" and m.kind != "council" and (
                _announces(doc.text, m) or _STRONG_SOURCE_BEFORE.search(doc.text[max(0, m.start - 60):m.start])):
            w *= 0.45  # `Bộ KH&CN (…) đã công bố …`, `theo công bố của Bộ Nội vụ`: who reports, not what about
        if m.kind in ("region", "country"):
            w *= 0.3
        score[m.canonical] += w
        if m.label == "ORG" and (place := org_place(text_of(doc, m))):
            score[place] += 0.8 * w  # `Sở Nội vụ tỉnh Quảng Ngãi` speaks for Quảng Ngãi too
    # `Chỉ số CCHC của Bộ tăng 3 bậc`, `Bộ đạt 0,6812`: on a ministry's page the bare head is the
    # ministry, which the page may name only once (a bare `Sở` in a province's news is more local)
    bodies = [m.canonical for m in doc.entities if m.label == "ORG" and m.kind == "Bộ"]
    if bodies:
        own = max(dict.fromkeys(bodies), key=lambda c: score[c])
        for h in _HEAD_ANAPHOR.finditer(doc.text):
            if h.group(1) == "Bộ":
                score[own] += 3.0 if h.start() < lead_end else 1.0
    total = sum(score.values()) or 1.0
    return {k: v / total for k, v in score.items()}


def subject_candidates(
    doc: Document,
    fig: Candidate,
    topic: dict[str, float],
    previous_subject: str | None,
    max_back: int = 8,
    prev_unowned: bool = False,
) -> list[SubjectCandidate]:
    """Every entity up to `max_back` sentences back, the rest of the figure's sentence, and None."""
    text = doc.text
    si = doc.sentence_of(fig.start)
    s_start, s_end = doc.sentences[si]
    lead_end = doc.lead_end
    top_topic = max(topic, key=topic.get) if topic else None
    clause_left = _clause_before(text, s_start, fig.start)
    sentence_left = text[s_start:fig.start]
    # `đơn vị này đạt 73,85 điểm`: a demonstrative points at the unit just named, not the topic
    demo = last_match(_DEMONSTRATIVE, sentence_left)
    demonstrative = demo is not None or bool(_HERE.search(text, s_start, min(s_end, fig.end + 40)))
    ents_before = doc.within(doc.entities, s_start, fig.start)
    # (`Sở Xây dựng xếp thứ hai …; năm 2024, sở này chỉ đứng thứ 9`: the unit named earlier in the sentence)
    demo_in_sentence = next((e for e in reversed(ents_before) if demo is not None and e.end <= s_start + demo.start()), None)
    # `huyện phấn đấu đưa DDCI vào nhóm 3 …; Chỉ số CCHC đạt từ 89% trở lên`: with no unit named in
    # between, the unit named by its kind earlier in the sentence still owns the later clauses
    # (a bare `UBND tỉnh` is that unit too: `Theo Kế hoạch của UBND tỉnh …, tỉnh phấn đấu …; … trên 35%`)
    sentence_anaphor = None if any(not is_bare_council(e) for e in ents_before) else _owner_anaphor(sentence_left)
    if sentence_anaphor is not None and ";" not in text[s_start + sentence_anaphor.end():fig.start] and \
            not _CLAUSE_SUBJECT_AFTER.match(text, s_start + sentence_anaphor.end()):
        sentence_anaphor = None  # (only across the `;` of a list of clauses, or as the subject of its clause)
    sent_text = text[s_start:s_end]
    para_start = text.rfind("\n", 0, s_start) + 1
    # (the bodies it quotes aside: `Theo Sở …`; a department named is a unit of its own)
    para_units = {e.canonical for e in doc.within(doc.entities, para_start, fig.start) if not (
        e.label == "ORG" and (e.kind == "council" or _STRONG_SOURCE_BEFORE.search(text, max(0, e.start - 60), e.start)))}
    # (a later clause's `mức trung bình của cả nước` does not make this one national)
    # (nor does a contrast after the figure: `đạt 12.45%, trong khi bình quân cả nước khoảng 20%`)
    contrast = _CONTRAST_AFTER.search(text, fig.end, s_end)
    clause_end = text.find(";", fig.end, contrast.start() if contrast else s_end)
    clause_end = clause_end if clause_end >= 0 else contrast.start() if contrast else s_end
    semi_start = text.rfind(";", s_start, fig.start) + 1 or s_start
    seg = text[s_start:semi_start] + _REFERENCE_AVERAGE.sub(
        lambda r: r.group() if regex.fullmatch(r"\s*\(\s*", text[semi_start + r.end():fig.start]) else " ",
        text[semi_start:clause_end])
    national = bool(_NATIONAL.search(_RANK_SCOPE.sub(" ", _ASSESSED_BY.sub(" ", _DASH_ASIDE.sub(" ", seg))))) or any(
        # (`Chính phủ đặt mục tiêu đến năm 2025, tỷ lệ hồ sơ … đạt tối thiểu 50%`: the country's target)
        e.canonical in _NATIONAL_BODIES and _NATIONAL_PLAN_AFTER.match(text, e.end) for e in doc.within(doc.entities, semi_start, fig.start))
    anaphor_m = None if demonstrative else (_owner_anaphor(clause_left) or sentence_anaphor)
    if anaphor_m is not None and anaphor_m is not sentence_anaphor and (spread := last_match(_SPREAD, sentence_left)) \
            and spread.start() <= len(sentence_left) - len(clause_left) + anaphor_m.start() < spread.end():
        anaphor_m = None  # (`điểm số của tỉnh đứng đầu và tỉnh cuối bảng`: any province, by its place)
    if anaphor_m is not None and anaphor_m is not sentence_anaphor and \
            _owns_an_index_only(doc, fig.start - len(clause_left) + anaphor_m.start(), ents_before):
        anaphor_m = None
    # `Với 79,15 điểm, thị xã Phú Mỹ …`, `Theo Báo cáo PCI 2025 …, với 69,87 điểm, Thái Nguyên …`: a figure
    # fronted before the unit it belongs to, opening the sentence or a clause of its own
    comma = text.rfind(",", s_start, fig.start)
    fronted = bool(_FRONTED.match(text, s_start, fig.start)) or (
        comma >= 0 and bool(_WITH_CLAUSE.fullmatch(text, comma, fig.start))
        and not doc.within(doc.entities, comma, fig.start))
    if anaphor_m is None and not demonstrative and not ents_before and fronted:
        # `Với 0,5612 điểm, tỉnh xếp thứ 14/63`: the unit named by its kind right after a fronted figure
        anaphor_m = _ANAPHOR_AFTER_FRONTED.match(text[fig.end:fig.end + 30])
    # `khối huyện`, `cấp xã`, `khối quận, huyện và TP Thủ Đức`, `toàn khối`: a block of the units inside
    # the article's own unit, not one of them
    block_m = None if demonstrative else _local_block(text, fig.start - len(clause_left), fig.start)
    if anaphor_m is not None and not (block_m is not None and block_m.start() <= anaphor_m.start() < block_m.end() + 30):
        block_m = None
    if anaphor_m is None and national:
        block_m = None  # (`số đơn vị hành chính cấp xã` of the whole country)
    block_base = fig.start - len(clause_left)
    if block_m is None and anaphor_m is None and not demonstrative and not ents_before and \
            ";" in sentence_left and \
            (bm := _local_block(text, s_start, s_start + len(sentence_left.rsplit(";", 1)[0]))) is not None:
        # `Điểm trung bình của khối sở, ngành là 85,93 điểm; 17/20 đơn vị đạt …`: the block goes on past `;`
        block_m, block_base = bm, s_start
    if block_m is None and anaphor_m is None and not demonstrative and not ents_before and \
            (aside_left := _clause_before(text, s_start, fig.start, asides=True)) != clause_left and \
            (bm := _local_block(text, fig.start - len(aside_left), fig.start)) is not None:
        # `Điểm trung bình khối sở, ban, ngành (30 đơn vị) đạt 78,64 điểm`: past an aside on the block
        block_m, block_base = bm, fig.start - len(aside_left)
    anaphor = anaphor_m is not None or block_m is not None
    own_clause_left = _own_clause(sentence_left)
    block_end = block_base + block_m.end() if block_m is not None else None
    # `của huyện` names a district, `của tỉnh` a province: the most central unit of that level
    anaphor_referent = level_topic(doc, topic, _ANAPHOR_LEVELS.get(anaphor_m.group(0).lower().split()[0], ())) \
        if anaphor_m and block_m is None else None
    if anaphor_m and block_m is None and (prefixed := _prefixed_topic(doc, topic, anaphor_m.group(0))):
        anaphor_referent = prefixed  # `thị xã đạt 89,74%` after `thị xã Ninh Hòa … TP Nha Trang`
    if block_m is not None:
        # a block of districts, departments or communes is the province's (a provincial city,
        # `TP Vinh`, only when no province is named); in an article about one district, its communes'
        district_article = top_topic is not None and top_topic == level_topic(doc, topic, ("district",))
        # (a block of a ministry's departments, `khối tổng cục`, `khối các cục, vụ`, is the ministry's)
        levels = [("Bộ",)] if block_m.group(2) else [("province", "council"), ("city",)]
        anaphor_referent = top_topic if district_article and (block_m.group(1) or "").lower() in ("xã", "phường") \
            else next((r for lv in levels if (r := level_topic(doc, topic, lv))), None)
        owner = anaphor_m if anaphor_m is not None and regex.fullmatch(
            r"\s+của\s+", clause_left[block_m.end():anaphor_m.start()], _F) else None
        if owner is not None and (kinds := _ANAPHOR_LEVELS.get(owner.group(0).lower().split()[0])):
            # `cấp xã của huyện`: the block's owner named by its level
            anaphor_referent = level_topic(doc, topic, kinds) or anaphor_referent
    if anaphor_referent is None and anaphor_m is not None and block_m is None and top_topic is not None and \
            _means_the_province(doc, top_topic, anaphor_m, topic):
        anaphor_referent = level_topic(doc, topic, ("province", "council"))
    provinces = doc.memo.get("provinces_named")
    if provinces is None:
        provinces = doc.memo["provinces_named"] = len({m.canonical for m in doc.entities if m.kind == "province"})
        doc.memo["ministries_named"] = len({m.canonical for m in doc.entities
                                            if m.kind == "Bộ" or m.canonical in _MINISTERIAL_AGENCIES})
    # (a report ranking the ministries: an average nobody owns is theirs all together)
    many_units = provinces >= 5 or doc.memo["ministries_named"] >= 4
    if anaphor_m is not None and block_m is None and (presented := _presented_unit(doc, si - 1, anaphor_m.group(0), many_units)):
        anaphor_referent = presented.canonical  # `Gây chú ý nhất là Bình Thuận. Tổng điểm PAPI 2023 của tỉnh …`
    anaphor_referent = anaphor_referent or top_topic
    head_anaphor = {_head_kind(m.group(1)): s_start + m.start() for m in _HEAD_ANAPHOR.finditer(sentence_left)}
    if (owned := _HEAD_OWNER_AFTER.match(text, fig.end, s_end)) and not doc.within(doc.entities, fig.end, owned.end()):
        # `Có 6/7 chỉ số thành phần của Bộ đạt trên 90%`: the body named by its bare head after the figure
        head_anaphor.setdefault(_head_kind(owned.group(1)), owned.start(1))
    # `Bộ có 4/7 chỉ số đạt trên 90%`: the bare head refers to the body of that kind the article is
    # about (the most central one named before), not to every such body nor to the last one named
    head_target = {k: _head_referent(doc, k, pos, topic) for k, pos in head_anaphor.items()}
    own_body = bool(_OWN_BODY.search(sentence_left))
    ents_in_sent = doc.within(doc.entities, s_start, s_end)
    figs_in_sent = doc.within(doc.figures, s_start, s_end)
    # (not the reference of a comparison: `thấp hơn trung vị 0,4 điểm`)
    # (nor once a body named by its head follows the average: `Giá trị trung bình … là 86,17%; như vậy,
    # kết quả của Bộ cao hơn mức trung bình 2,95%`)
    average_m = _AVERAGE.search(sentence_left)
    # (nor a body that says it, before the colon: `Sở Nội vụ cho rằng …: giá trị trung bình PAR Index của 63 tỉnh …`)
    said = sentence_left.rfind(":", 0, average_m.start()) if average_m is not None else -1
    average_no_owner = average_m is not None and not anaphor and not any(e.start > s_start + said for e in ents_before) \
        and not any(pos > s_start + average_m.end() for pos in head_anaphor.values())
    # (`Có 6/11 địa phương đạt …` in a province's article: its own districts, not the provinces)
    peers = (fig.kind == "count" and bool(_PEERS_AFTER.match(text[fig.end:fig.end + 20])) and not (
        fig.total is not None and fig.total < 34 and _LOCAL_UNITS_AFTER.match(text[fig.end:fig.end + 20]))) or (
        fig.unit == "%" and fig.kind == "percent" and (bool(_PROVINCE_SHARE_AFTER.match(text[fig.end:fig.end + 20]))
                                                       or bool(_PEERS_SHARE_BEFORE.search(text[max(0, fig.start - 30):fig.start]))))
    # `thấp hơn mức trung bình cả nước (84,2%)`, `(cả nước: 80,08%)`: the reference's own value
    reference_value = bool(_REFERENCE_VALUE_BEFORE.search(text[max(s_start, fig.start - 60):fig.start]))
    if reference_value:
        anaphor = False  # (`tỉnh đạt 82,9%, thấp hơn mức trung bình cả nước (84,2%)`: not the province's)
    # (`Theo đại diện VCCI, điểm trung vị PCI năm 2024 đạt …`: the source named first owns no median)
    median = fig.kind != "rank" and bool(_MEDIAN.search(sentence_left)) and not anaphor and not any(
        not _SOURCE_OPENING.fullmatch(text, s_start, e.end) for e in ents_before)
    # (not when the cue names its own unit at once: `Riêng thị trấn Liên Nghĩa, nơi …, giải quyết …`)
    cue = _CONTINUATION.match(sent_text)
    # (nor a body named by its bare head: `Riêng Sở phấn đấu …`)
    ahead = _UNIT_KIND_AHEAD.match(text, s_start + cue.end()).end() if cue is not None else 0
    continuation = cue is not None and not any(s_start + cue.end() <= e.start <= ahead for e in ents_before[:1]) \
        and not _HEAD_ANAPHOR.match(text, ahead)
    clause_start = fig.start - len(own_clause_left)
    # `đứng thứ hai từ dưới lên trong khối 20 sở, ban, ngành, giảm 3 bậc`: a place among departments
    # (or ministries) is a body's, not its province's (nor its council's); one among districts is a district's
    # (with no unit named between them: `Sở Tư pháp dẫn đầu khối sở, thị xã Hồng Lĩnh giữ …` ranks a town next)
    ranked_fields = {k for b in _RANKED_FIELD.finditer(text, max(semi_start, fig.start - 80), clause_end)
                     if not doc.within(doc.entities, min(b.end(), fig.end), max(b.start(), fig.start))
                     for k in ("body", "local") if b.group(k)} \
        if fig.kind == "rank" or (fig.kind == "delta" and fig.unit == "rank") else set()
    count_starts = {x.start for x in figs_in_sent if x.kind == "count"}
    counted = [" ".join(c.group("k").lower().split()) for c in _COUNTED_KINDS.finditer(text, clause_start, min(s_end, fig.end + 25))
               if c.start() < fig.end and c.start() in count_starts]
    counted_kinds = {_MEMBER_KIND[k] for k in counted if k in _MEMBER_KIND}
    counts_any_unit = "đơn vị" in counted
    # `38,5% doanh nghiệp cho biết …` in a report ranking many provinces: the survey's respondents
    # nationwide, not the province the article dwells on
    # (`86,5% doanh nghiệp trên địa bàn`: the respondents in the article's own province)
    # (also `tỷ lệ doanh nghiệp phải trả chi phí không chính thức là 35,5%`)
    # (`38,6% người trả lời cho rằng …; 21,3% nói …`: the respondents named once, then left out)
    survey_share = fig.unit == "%" and fig.kind in ("percent", "delta") and (bool(_RESPONDENTS_AFTER.match(
        text[fig.end:fig.end + 30])) and not _LOCAL_AFTER.match(text[fig.end:fig.end + 55]) or bool(
        _RESPONDENTS_SHARE_BEFORE.search(clause_left)) or bool(_AMONG_RESPONDENTS.match(sentence_left)) or bool(
        _SAYS_AFTER_SHARE.match(text, fig.end) and SHARE_OF_RESPONDENTS.search(sentence_left))) and not ents_before \
        and not _LOCAL_SURVEY_BEFORE.search(sentence_left)
    prev_sentence_last = _last_owner(doc, si - 1) if si > 0 else None
    publishers = doc.memo.get("publishers")
    if publishers is None:
        # a body is a publisher when the article introduces it as one (its first mention announces
        # or is the source), not when it is the article's subject that also announces something
        first: dict[str, Mention] = {}
        for m in doc.entities:
            first.setdefault(m.canonical, m)
        publishers = doc.memo["publishers"] = {
            c for c, m in first.items() if m.label == "ORG" and m.kind != "council" and (
                _announces(text, m) or _STRONG_SOURCE_BEFORE.search(text[max(0, m.start - 60):m.start]))}
    counts = doc.memo.get("entity_counts")
    if counts is None:
        counts = doc.memo["entity_counts"] = Counter(m.canonical for m in doc.entities)
    listed = doc.memo.get("in_list")
    if listed is None:
        listed = doc.memo["in_list"] = _listed(text, doc.entities)
        doc.memo["in_counted_group"] = _counted_groups(text, doc.entities, listed)
    counted = doc.memo["in_counted_group"]

    headings = doc.memo.get("headings")
    if headings is None:
        headings = doc.memo["headings"] = _headings(text, doc.entities)
    out: list[SubjectCandidate] = []
    lo = doc.sentences[max(0, si - max_back)][0]
    pool = doc.within(doc.entities, 0, min(lo, lead_end)) + doc.within(doc.entities, lo, s_end)
    if residing := _residing(doc):
        pool = [m for m in pool if id(m) not in residing]
    if fig.start >= doc.related_start:
        # another story's headline (`Tin liên quan - SIPAS 2024: … đạt 83,92% - Hải Phòng …`) names its own
        # unit or none; the page's units are not its subject
        lo_h, hi_h = headline_item(text, fig.start, fig.end)
        # (one that says `của Bộ` still means the ministry the page is about)
        pool = doc.within(doc.entities, lo_h, hi_h) + [t for k, t in head_target.items()
                                                       if t is not None and lo_h <= head_anaphor[k] < hi_h]
    if si == doc.title_index and head_anaphor:
        # `Chỉ số CCHC năm 2023 của Bộ tăng 3 bậc`: the body a title's bare head means is named in the lead
        pool += [m for m in doc.within(doc.entities, s_end, lead_end) if m.kind in head_anaphor]
    if si == doc.title_index and anaphor_m is not None and block_m is None and not ents_before:
        # `Chỉ số hài lòng … của tỉnh tăng 6 bậc` as the title: the province it means is named in the lead
        kinds = _ANAPHOR_LEVELS.get(anaphor_m.group(0).lower().split()[0], ("province", "city"))
        pool += [m for m in doc.within(doc.entities, s_end, lead_end) if m.kind in kinds][:1]
    # `Giám đốc Sở Nội vụ tỉnh Gia Lai: “Chỉ số CCHC của tỉnh đạt 84,05%”`: the place an organisation
    # is named after is a candidate too, when the page has not named it before
    implied = implied_places(doc)
    pool += [implied[id(m)] for m in pool if id(m) in implied]
    implied_ids = {id(m) for m in implied.values()}
    actors = {id(implied[id(o)]) for o in ents_before if id(o) in implied and not (
        _TITLE_WORDS.search(b := text[max(0, o.start - 60):o.start]) or _STRONG_SOURCE_BEFORE.search(b)
        # (`Chỉ số CCHC của Sở Tài nguyên và Môi trường tỉnh Nghệ An đạt …`: the body the index is of acts, its
        # province is only in its name)
        or (_SOURCE_BEFORE.search(b) and not _OF_INDEX_BEFORE.search(b))
        or _SAYS_AFTER.match(text, o.end) or _SPEECH_AFTER.match(text, o.end) or _announces(text, o))}
    if anaphor_m is not None and block_m is None and (speaker := _speaking_place(doc, ents_before)) is not None:
        # `Giám đốc Sở Nội vụ Thái Bình cho biết: “Năm 2025, tỉnh phấn đấu …”`: the speaker's own province
        anaphor_referent = speaker.canonical
        if id(speaker) not in implied_ids:
            pool.append(speaker)
            implied_ids.add(id(speaker))
    # (`Hà Tĩnh xếp thứ hai trong vùng với 88,47%`: with a unit named before it, `vùng` is a scope)
    region_anaphor = anaphor_m is not None and block_m is None and anaphor_m.group(0).lower() == "vùng" and not ents_before
    # `cao hơn điểm trung bình vùng (41,29 điểm)`, `trung vị vùng Đồng bằng sông Cửu Long: 66,12 điểm`: the
    # region's own average, given as the reference
    region_ref = None
    if fig.kind != "delta" and _REGION_AVERAGE_BEFORE.search(text[max(s_start, fig.start - 80):fig.start]):
        named_regions = [m for m in doc.entities if m.kind == "region" and m.start < fig.start]
        if named_regions:
            region_ref = named_regions[-1]
    if region_ref is not None and all(m is not region_ref for m in pool):
        pool.append(region_ref)
    if (region_anaphor or block_m is not None) and anaphor_referent is not None and \
            all(m.canonical != anaphor_referent for m in pool):
        # `điểm bình quân của vùng` many sentences after the region was named (or `khối tổng cục` after the
        # ministry was): its last mention
        last = [m for m in doc.entities if m.canonical == anaphor_referent and m.start < fig.start]
        if last:
            pool.append(last[-1])
    # (a unit compared with in the figure's own clause stands between no owner and its figure: `Đức Phổ …,
    # cao hơn huyện Bình Sơn ở vị trí thứ hai tới 2,05 điểm`)
    compared_here = {id(x) for x in ents_in_sent if not _CLAUSE_SEP.search(text, x.end, fig.start)
                     and _COMPARE_BEFORE.search(text, max(0, x.start - 60), x.start)}
    for m in pool:
        sm = doc.sentence_of(m.start)
        after = m.start > fig.start
        a, b = (fig.end, m.start) if after else (m.end, fig.start)
        between = text[a:b] if sm == si else ""
        before_m = text[max(0, m.start - 60):m.start]
        same = sm == si
        compared_apposition = same and not after and bool(_COMMA_APPOSITION.match(between)) and bool(_COMPARE_BEFORE.search(before_m))
        copula = after and bool(_COPULA_AFTER.match(between))
        own_figure = copula and "," in between and any(0 <= x.start - m.end <= 12 and _OWN_FIGURE_GAP.fullmatch(text, m.end, x.start)
                                    for x in figs_in_sent)
        f: dict[str, float] = {"bias_entity": 1.0}
        head_refers = m.label == "ORG" and m.kind in head_anaphor and (
            t := head_target.get(m.kind)) is not None and t.canonical == m.canonical
        if same:
            f.update({
                "same_sentence": 1.0,
                "same_after": float(after),
                "same_char_dist_log": _bucket(abs(b - a)),
                "same_ents_between": float(sum(1 for x in ents_in_sent if a <= x.start < b and id(x) not in compared_here)),
                "same_figs_between": float(sum(1 for x in figs_in_sent if a <= x.start < b and x is not fig)),
                "same_strong_between": float(bool(_STRONG.search(between))),
                "same_commas_between": float(between.count(", ")),
                "same_in_parens_alone": float(_alone_in_parens(text, m)),
                # `Phường Bình Định (thành lập … trên cơ sở sáp nhập … của thị xã An Nhơn cũ) dẫn đầu với 92,15 điểm`:
                # a unit inside an aside on the unit named before it
                "same_in_aside_on_unit": float(not after and _in_aside_on_unit(doc, m, s_start, fig.start)),
                "same_excluded_aside": float(not after and _excluded_in_aside(doc.text, m, fig.start)),
                # (not `…, tiếp đến là phường Hòa Cường Bắc`: the next item of a ranking; nor a unit given its
                # own figure: `đạt 86,7 điểm, thấp nhất là huyện Võ Nhai với 80,15 điểm`)
                "same_after_copula": float(after and copula and not _NEXT_ITEM.search(between) and not own_figure),
                # `94,13% là kết quả giúp thị xã Đông Hòa …`, `Chỉ đạt 71,4%, Ban Quản lý … đứng cuối`: a
                # sentence that opens with its figure names the owner after it
                "same_after_fronted": float(after and not ents_before and bool(_OPENS_WITH_FIGURE.match(text, s_start, fig.start))
                                            and between.count(",") <= 1),
                # `so với Ngân hàng Nhà nước – đơn vị đứng đầu khối bộ với 91,09%`: the apposition is about it
                "same_apposition": float(not after and bool(_APPOSITION.match(between)) or compared_apposition),
                # `Theo kết quả DDCI tỉnh Quảng Nam năm 2024, huyện đạt 72,6 điểm`: the unit of the ranking
                # quoted, before the clause whose subject is named by its kind
                # (or the unit named after the comma: `Trong kết quả DDCI năm 2024 của tỉnh Quảng Ninh, Công an tỉnh
                # Quảng Ninh đứng ở vị trí thứ nhất …`)
                "same_in_source_phrase": float(not after and bool(_SOURCE_PHRASE.fullmatch(text, s_start, m.start)) and (
                    (anaphor_m is not None and block_m is None
                     and "," in text[m.end:fig.start - len(clause_left) + anaphor_m.start()])
                    or ((comma := text.find(",", m.end, fig.start)) >= 0
                        and any(regex.fullmatch(r",\s*", text[comma:e.start]) for e in ents_before)))),
                # `khối quận, huyện và TP Thủ Đức`: a unit named inside the block is part of it
                "same_in_block": float(block_end is not None and not after and 0 <= m.start - block_end <= 40
                                       and bool(_BLOCK_TAIL.fullmatch(text[block_end:m.start]))),
                # `… dưới 65 điểm, dù huyện Nông Sơn …`: a unit past a comma (or a `;`) heads another clause
                # (not past the comma that closes a fronted `Với 79,15 điểm, thị xã Phú Mỹ …`)
                "same_after_comma": float(after and ("," in between or ";" in between) and not (copula and not own_figure)
                                          and not (between.count(",") == 1 and fronted)),
                "same_ordinal_names_after": float(after and fig.kind == "rank" and fig.total is None
                                                  and bool(_ORDINAL_NAMES_AFTER.match(between))
                                                  and (m.kind not in ("region", "country") or "là" in between)
                                                  and bool(_ORDINAL_BEFORE.search(text[max(0, fig.start - 12):fig.start])
                                                           or _ORDINAL_OPENS.match(text[fig.start:fig.end]))),
                # `trong khi Chính phủ yêu cầu tối thiểu 80%`, `vượt chỉ tiêu 50% UBND tỉnh giao`: who set the
                # requirement, not who must meet it
                "same_setter": float(bool(_SETS_AFTER.match(text, m.end) or (
                    m.canonical in _NATIONAL_BODIES and _NATIONAL_PLAN_AFTER.match(text, m.end))) and not regex.search(r"[;.]", between)
                                     and (not after or len(between.strip()) <= 3)),
                # (not the body that set a requirement: `yêu cầu tối thiểu 50% của Chính phủ`)
                # (nor the scope of a place its clause's unit holds: `huyện Hưng Hà đứng thứ 2/8 của tỉnh Thái Bình`,
                # `Long An là quán quân của Đồng bằng sông Cửu Long`)
                "same_owner_after": float(after and bool(_OWNER_AFTER.fullmatch(between)) and not (
                    m.label == "ORG" and m.kind in _RARELY_SUBJECT) and not _REQUIREMENT.search(own_clause_left)
                    and not (fig.kind == "rank" and m.kind in _WIDER and any(
                        x.canonical != m.canonical and _WIDER.get(x.kind, 0) < _WIDER[m.kind]
                        for x in doc.within(doc.entities, fig.start - len(clause_left), fig.start)))),
                # (not a region whose rank the parenthesis gives: `nhóm dẫn đầu vùng Đồng bằng sông Hồng (đứng
                # thứ 3/11 trong vùng)`)
                # (`so với thị xã Nghi Sơn – đơn vị cuối bảng (68,11 điểm)`: an apposition may stand between)
                "same_paren_owner": float(not after and bool(_PAREN_AFTER_UNIT.match(between)) and not (
                    m.kind in ("region", "country") and _SCOPE_BEFORE.search(before_m))),
            })
        else:
            f.update({
                "cross_sentence": 1.0,
                "cross_sent_dist_log": _bucket(si - sm),
                "cross_topic_share": topic.get(m.canonical, 0.0),
                "cross_is_top_topic": float(m.canonical == top_topic),
                "cross_prev_subject": float(previous_subject is not None and m.canonical == previous_subject),
                "cross_sentence_has_entity": float(bool(ents_in_sent)),
                "cross_sentence_national": float(national),
                # `của tỉnh` names a place: the topic when it is one (or its council), not a department
                "cross_anaphor_topic": float(anaphor and m.canonical == anaphor_referent
                                             and (m.label == "LOC" or m.kind == "council")),
                "cross_prev_continuation": float(continuation and (
                    m is prev_sentence_last if prev_sentence_last is not None
                    else previous_subject is not None and m.canonical == previous_subject)),
                "cross_prev_demonstrative": float(demonstrative and demo_in_sentence is None and m is prev_sentence_last),
                # `Theo Sở Khoa học và Công nghệ Nghệ An, … trên địa bàn tỉnh ở mức 72,4%. Tỷ lệ hồ sơ … đạt 98,7%`: the
                # one place the figure's paragraph has named so far is what it goes on about, not the page's topic
                "cross_paragraph_place": float(m.label == "LOC" and top_topic not in (None, m.canonical) and m.start >= para_start
                                               and para_units <= {m.canonical}),
                # (not the body a speaker calls his own: `Chỉ số CCHC của Bộ ta đạt 90,55%`)
                "cross_publisher": float(m.canonical in publishers and not (head_refers and own_body)),
                "cross_announcer_org": float(m.label == "ORG" and m.kind != "council"
                                             and _announces(text, m) and not (head_refers and own_body)),
            })
        f.update({
            "in_title": float(sm == doc.title_index),
            "in_lead": float(m.start < lead_end),
            "freq_log": _bucket(counts[m.canonical]),
            "label_loc": float(m.label == "LOC"),
            "level_province": float(m.kind in ("province", "city", "council")),
            "level_district": float(m.kind == "district"),
            "level_commune": float(m.kind == "commune"),
            "level_region": float(m.kind in ("region", "country")),
            "org_so_bo": float(m.kind in ("Sở", "Bộ")),
            "outside_ranked_field": float(("body" in ranked_fields and (m.label == "LOC" or m.kind == "council")) or (
                "local" in ranked_fields and m.kind in ("province", "council")
                and not regex.match(r"(?:TP|thành\s+phố)\s", text_of(doc, m), _F))),
            "org_rarely_subject": float(m.label == "ORG" and m.kind in _RARELY_SUBJECT),
            "is_country": float(m.kind == "country" or m.canonical == "Việt Nam"),
            # (not the compared unit's own place: `cao hơn huyện Bình Sơn ở vị trí thứ hai`)
            # (nor the place that names the compared unit: `cao hơn đơn vị xếp thứ hai là Bộ Tư pháp`)
            "compare_target": float(bool(cmp_m := _COMPARE_BEFORE.search(before_m)) and not compared_apposition and not (
                same and not after and fig.kind == "rank" and not cmp_m.group("tie")
                and (own := _OWN_POSITION_AFTER.match(text, m.end, fig.end)) is not None and own.end() >= fig.start)
                and not (same and after and max(0, m.start - 60) + cmp_m.start() <= fig.start)),
            "scope": float(bool(_SCOPE_BEFORE.search(before_m)) and m.kind in ("region", "country")),
            # `xếp thứ 2/7 quận, huyện của TP Đà Nẵng`: the place a ranking is taken within
            # (`huyện Cẩm Giàng dẫn đầu … khối UBND cấp huyện của tỉnh Hải Dương`: the block a unit named
            # before leads; alone, `Điểm trung bình khối huyện của tỉnh Hải Dương`, the province owns it)
            "scope_of_total": float(bool(_SCOPE_OF_TOTAL_BEFORE.search(before_m)) or (
                bool(_BLOCK_SCOPE_BEFORE.search(before_m)) and any(x.end < m.start for x in ents_before))),
            "bare_council": float(is_bare_council(m)),
            # (not the body a bare head then refers back to: `giám đốc Công ty X …, doanh thu của công ty`)
            "affiliation": float(same and id(m) not in implied_ids and bool(_TITLE_WORDS.search(before_m))
                                 and not _parenthetical_after(text, m, fig) and not head_refers),
            "implied_place": float(id(m) in implied_ids),
            # `Sở Tư pháp Nam Định vươn lên thứ 2`: the body acts, in its own name; not `Giám đốc Sở Nội vụ
            # tỉnh Gia Lai: …`, `Theo Sở … tỉnh X, …`, nor a sentence that speaks of `tỉnh`
            "implied_place_of_actor": float(same and not after and not anaphor and id(m) in actors),
            "renamed_aside": float(bool(RENAMED_BEFORE.search(text[max(0, m.start - 90):m.start]))),
            # `xã Hòa Bắc, một xã miền núi của huyện Hòa Vang, chỉ đạt 78,4%`: the parent in an apposition
            "appositive_parent": float(same and not after and bool(_APPOSITIVE_PARENT_BEFORE.search(before_m))),
            "owner_cue": float(bool(_SOURCE_BEFORE.search(before_m))),
            # (the body quoted is the source, not the place it is named after: `Theo báo cáo của Văn
            # phòng UBND tỉnh Bắc Ninh, …` is about Bắc Ninh)
            # (nor is a council the text then refers to by its kind: `Theo kết quả do UBND TP Hồ Chí Minh
            # công bố, … Thành phố xếp thứ 13/63`)
            # (nor a body the figure's sentence refers back to by its head: `Theo Trung tâm Phục vụ hành chính
            # công tỉnh Tây Ninh, … Tỷ lệ hồ sơ nộp trực tuyến tại Trung tâm đạt 68.4%`)
            "source": float(bool(_STRONG_SOURCE_BEFORE.search(before_m)) and id(m) not in implied_ids
                            and not (anaphor and m.kind == "council" and m.canonical == anaphor_referent)
                            and not head_refers and not _LED_BY_AFTER.match(text, m.end)),
            # `Sở Nội vụ Hà Tĩnh cho biết, … có 15 đơn vị đạt Chỉ số CCHC trên 85%`: a body that reports, on its unit
            "speaker": float(same and not after and m.label == "ORG" and m.kind != "council" and not head_refers
                             and bool(_SAYS_AFTER.match(text, m.end))),
            # (`Ngân hàng Nhà nước Việt Nam (NHNN)` spells out its acronym: only a place files a story)
            "dateline": float(m.label == "LOC" and bool(_DATELINE_AFTER.match(text[m.end:m.end + 20]))),
            "announcer": float(same and _announces(text, m)),
            # `PAPI 2024 công bố ngày 23/4 tại Hà Nội cho thấy điểm trung bình toàn quốc …`: where it was announced
            "event_place": float(same and m.label == "LOC" and bool(_EVENT_PLACE_BEFORE.search(text, max(0, m.start - 60), m.start))),
            "in_list": float(id(m) in listed),
            # `Huyện Lấp Vò\nNăm thứ hai liên tiếp giữ vị trí thứ nhất …`: a unit alone on a line heads the
            # paragraph below it
            # (a line's label heads its later sentences; in its own, the units it names speak for themselves)
            # (where a brief's sentence names its dateline's place again, that mention speaks for itself)
            "heading_of_paragraph": float(not after and id(m) in headings and headings[id(m)][0] >= fig.start
                                          and not (headings[id(m)][1] and same)
                                          and not (_is_dateline(text, m, headings[id(m)][0]) and any(
                                              x is not m and x.canonical == m.canonical for x in ents_in_sent))),
            "in_counted_group": float(id(m) in counted),
            # `Phó Giám đốc Sở Kế hoạch và Đầu tư, 11/13 huyện, thị xã, thành phố có điểm DDCI tăng`: places counted
            # belong to a place, not to a department
            "org_counts_places": float(m.label == "ORG" and m.kind != "council" and bool(counted_kinds & {"district", "commune"})),
            "member_of_counted": float((m.kind in counted_kinds or (
                counts_any_unit and m.kind in _ANY_MEMBER_KIND and m.canonical != top_topic)) and m.start < clause_start),
            "prev_subject": float(previous_subject is not None and m.canonical == previous_subject),
            "anaphor_topic": float(anaphor and m.canonical == top_topic),
            # `của vùng`, `trong vùng`, `toàn vùng`: only a region is meant, whatever the topic
            "anaphor_region": float(region_anaphor and m.kind == "region" and m.canonical == anaphor_referent),
            "region_average_owner": float(region_ref is not None and m.canonical == region_ref.canonical),
            "head_anaphor": float(head_refers),
            # (`Riêng Sở chúng tôi, Chỉ số CCHC cấp sở … đạt 95,2%`: the speaker's body, said to be theirs)
            "own_body": float(head_refers and own_body),
        })
        out.append(SubjectCandidate(m, f))
    out.append(SubjectCandidate(None, {
        "none_bias": 1.0,
        "none_sentence_national": float(national),
        "none_sentence_has_entity": float(bool(ents_in_sent)),
        "none_anaphor": float(anaphor),
        "none_kind_count": float(fig.kind == "count"),
        "none_kind_rank": float(fig.kind == "rank"),
        "none_no_candidates": float(not pool),
        "none_top_topic_share": topic.get(top_topic, 0.0) if top_topic else 0.0,
        "none_average_no_owner": float(average_no_owner),
        "none_average_national": float(average_no_owner and national),
        # (in a report ranking many provinces, an average nobody owns is the country's)
        "none_average_many_units": float(average_no_owner and many_units),
        "none_median": float(median),
        "none_reference_value": float(reference_value),
        "none_spread": float(bool(spread := last_match(_SPREAD, sentence_left))
                             and not doc.within(doc.entities, s_start + spread.end(), fig.start)),
        # `Nam Định và Ninh Bình cùng đạt 85,02%, đồng hạng 11/63`: one figure two units share
        "none_unnamed_ranked": float(not ents_before and not anaphor and bool(_UNNAMED_RANKED.search(sentence_left))),
        "none_shared": float(_shared_by_joined(text, ents_before, fig.start)),
        "none_plural_referent": float(bool(_PLURAL_DEMONSTRATIVE.search(own_clause_left))),
        "none_national_extreme": float(_unnamed_national_extreme(doc, fig, s_start, sentence_left, own_clause_left)),
        "none_survey_many_units": float(survey_share and provinces >= 4 and not _focused_on_one(doc, topic, top_topic)),
        # a report on many units that dwells on none of them: a sentence naming none is about them all
        "none_no_focus": float(many_units and not ents_in_sent and not anaphor and (top_topic is None or topic[top_topic] < 0.25)),
        "none_peers": float(peers),
        # `mức 32,1% của cả nước`, `Tỷ lệ … của cả nước mới đạt 27,4%`, `SIPAS toàn quốc tăng 0,6%`: the
        # country's own figure, beside a province's in the same sentence
        "none_national_clause": float(fig.kind != "rank" and (
            bool(_COUNTRY_AFTER.match(text[fig.end:fig.end + 25]))
            # (`kém trung bình toàn quốc 0,28 điểm`: a gap to the reference, the unit's own)
            or (bool(_COUNTRY_OWNER.search(_COUNTRY_SCOPE.sub(" ", _RANK_SCOPE.sub(" ", _REFERENCE_AVERAGE.sub(
                " ", _DASH_ASIDE.sub(" ", own_clause_left))))))
                and not doc.within(doc.entities, fig.start - len(own_clause_left), fig.start)))),
        # `… điểm trung bình toàn quốc đạt 3,92 điểm. Chỉ số Thủ tục hành chính công đạt 7,38 điểm`: the
        # sentence goes on with the figures of no unit when it names none
        "none_continues_unowned": float(prev_unowned and not ents_in_sent and not anaphor),
    }))
    return out


# Only a district-level word points below the article's main unit (`của huyện` in a district's news
# about its province's ranking); `của tỉnh`, `thành phố` keep to the main unit.
_ANAPHOR_LEVELS = {"xã": ("commune",), "phường": ("commune",), "huyện": ("district",), "quận": ("district",), "thị": ("district",), "vùng": ("region",),
                   "thành": ("province", "city", "council"), "chúng": ("province", "city"), "ta": ("province", "city"),
                   "nhà": ("province", "city")}
# `Giá trị trung bình Chỉ số CCHC cấp huyện đạt 83,15%`: a block of the units inside the article's
# province is that province's
_BLOCK_TAIL = regex.compile(r"(?:\s*,\s*(?-i:\p{Ll}+)(?:\s+(?-i:\p{Ll}+))?)*\s+và\s+(?:(?:TP\.?|thành\s+phố|thị\s+xã)\s*)?", _F)
_NAMED_BLOCK = regex.compile(r"(?<!\p{L})(?:khối|cấp)\s+(bộ|tỉnh|huyện|quận|xã|phường|sở|địa\s+phương)(?!\p{L})", _F)
# (`Giá trị trung bình của khối đạt …`: the block just named; `trung bình … của 8 huyện, thành phố`: one counted)
_BLOCK = regex.compile(r"(?<!\p{L})(?:(?:khối|cấp|(?<=(?:trung\s+bình|bình\s+quân)(?:\s+\S+){0,4}?\s+của\s+)(?:\d+|các))\s+"
                       r"(huyện|quận|xã|phường|sở|địa\s+phương)|khối\s+(?:các\s+)?(tổng\s+cục|cục|vụ)"
                       r"|toàn\s+khối|khối\s+này"
                       r"|(?<=của\s)khối(?=\s+(?:đạt|là|tăng|giảm|có)(?!\p{L})))(?!\p{L})", _F)


# (`A, B và C, với mức điểm dao động từ 38,1 đến 39,4 điểm`: a range the listed units span)
_SHARED_AFTER = regex.compile(
    r"(?:\s*,?\s+(?:cùng|đồng|đều)(?:\s+\p{Ll}+){0,3}?)+\s*,?\s*"
    r"|\s*,?\s*(?:với\s+)?(?:(?:mức\s+)?(?:điểm(?:\s+số)?|kết\s+quả|chỉ\s+số)\s+)?(?:dao\s+động|trong\s+khoảng)\s+(?:từ\s+)?(?:(?:đến|tới|-|–)\s*)?"
    # (`Cao Bằng, Lai Châu và Kon Tum tiếp tục là những địa phương có điểm số dưới 62 điểm`: a bound of the group)
    r"|\s+(?:\p{Ll}+\s+){0,3}là\s+(?:những|các)\s+(?:địa\s+phương|tỉnh|đơn\s+vị|bộ|sở|huyện)(?:\s+\p{Ll}+){0,6}\s*", _F)


def _shared_by_joined(text: str, ents_before: list[Mention], pos: int) -> bool:
    """Do the last two units named before `pos` share it (`A và B cùng đạt`, `A và B đồng hạng`)?"""
    if len(ents_before) < 2:
        return False
    a, b = ents_before[-2], ents_before[-1]
    return bool(regex.fullmatch(r"\s+và\s+", text[a.end:b.start], _F)) and bool(
        _SHARED_AFTER.fullmatch(_strip_figures(text[b.end:pos])))


def _strip_figures(s: str) -> str:
    """The words between, with the figures of a shared list (`cùng đạt 85,02%, đồng hạng`) taken out."""
    return regex.sub(r"\d[\d.,/]*\s?(?:%|điểm)?", " ", s)


def _local_block(text: str, lo: int, hi: int) -> regex.Match | None:
    """The last block of units named in text[lo:hi] (match offsets relative to `lo`); `khối này` is
    the block last named, a province's when that was one of its blocks (not `khối bộ`)."""
    m = last_match(_BLOCK, text[lo:hi])
    if m is not None and m.group(0).lower() in ("khối này", "khối"):
        named = last_match(_NAMED_BLOCK, text[max(0, lo + m.start() - 1500):lo + m.start()])
        if named is None or named.group(1).lower() in ("bộ", "tỉnh"):
            return None
    return m


_CLAUSE_SEP = regex.compile(r",(?!\d)|[;:(]|(?<!\p{L})(?:trong\s+khi|còn)(?!\p{L})", _F)
# `… điểm trung vị cả nước chỉ tăng 1,5 điểm, lên 65,2 điểm`: a level the change reached goes on its clause
_REACHED = regex.compile(r"\s*(?:lên|xuống|còn)(?:\s+(?:mức|còn))?\s*", _F)


def _unnamed_national_extreme(doc: Document, fig: Candidate, s_start: int, sentence_left: str, own_clause_left: str) -> bool:
    """Is the figure the country's best or worst value with no unit named for it: after a national
    extreme with no unit in its clause or since, or as the other end of a range that one opened
    (`Đà Nẵng có điểm cao nhất nước với 4,61 điểm, thấp nhất chỉ 1,94 điểm`), and no owner named
    after it (`mức cao nhất cả nước là 5,71 điểm của Bình Định`)?"""
    cue = last_match(_NATIONAL_EXTREME, sentence_left)
    if cue is None:
        return False
    owner = regex.match(r"[^\S\n]?(?:điểm|%)?", doc.text, pos=fig.end)
    if (after := _OWNER_AFTER.match(doc.text, owner.end())) and doc.within(doc.entities, after.end(), after.end() + 1):
        return False
    if _OTHER_EXTREME.match(own_clause_left) and not doc.within(doc.entities, fig.start - len(own_clause_left), fig.start):
        return True
    cue_clause = _own_clause(sentence_left[:cue.start()])
    return not doc.within(doc.entities, s_start + cue.start() - len(cue_clause), fig.start) and \
        bool(_EXTREME_VALUE_NEXT.fullmatch(sentence_left, cue.end()))


def _own_clause(sentence_left: str) -> str:
    """The clause a figure stands in, read back to the last comma, semicolon, colon or `trong khi`
    (and one clause further when it only says the level a change reached)."""
    seps = list(_CLAUSE_SEP.finditer(sentence_left))
    if not seps:
        return sentence_left
    own = sentence_left[seps[-1].end():]
    if len(seps) >= 2 and _REACHED.fullmatch(own):
        return sentence_left[seps[-2].end():]
    return own


def _owner_anaphor(text: str) -> regex.Match | None:
    """The last unit named by its kind that is not only the setter of a quota (`bằng 121,3% dự toán thành
    phố giao`: the city set the budget, the district met it)."""
    return next((m for m in reversed(list(_ANAPHOR.finditer(text))) if not _SETS_AFTER.match(text, m.end())), None)


def last_match(pattern: regex.Pattern, text: str) -> regex.Match | None:
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


_HEADING_LINE = regex.compile(r"[^\S\n]*(?:\d{1,2}[.)][^\S\n]*|[-•*][^\S\n]*)?", regex.VERSION1)


def _is_dateline(text: str, m: Mention, line_end: int) -> bool:
    """A place in capitals opening its line before a dash (`BẾN TRE – …`), as briefs file their items."""
    return m.label == "LOC" and text[m.start:m.end].isupper() and \
        bool(regex.match(r"[^\S\n]+[–—-][^\S\n]+\S", text, pos=m.end, endpos=line_end))


def _headings(text: str, ents: list[Mention]) -> dict[int, tuple[int, bool]]:
    """id of a mention that heads a paragraph → (where its paragraph ends, whether it labels its own
    line). A mention alone on its line heads the lines below it, up to the next blank line or the next
    such heading; a place that labels its line (`* Bắc Ninh: Giữ vững vị trí thứ 4 … Chỉ số SIPAS đạt gần
    85%`) heads the rest of that line."""
    lines: list[tuple[Mention, int, int]] = []
    out: dict[int, tuple[int, bool]] = {}
    for m in ents:
        ls = text.rfind("\n", 0, m.start) + 1
        le = text.find("\n", m.end)
        le = len(text) if le < 0 else le
        if not _HEADING_LINE.fullmatch(text, ls, m.start):
            continue
        # (a place, not a body: `1. Văn phòng UBND tỉnh: 9 tháng, toàn tỉnh tiếp nhận …` in minutes is who reported)
        if ls > 0 and (m.label == "LOC" or m.kind == "council") and regex.match(r"[^\S\n]*:[^\S\n]*\S", text, pos=m.end, endpos=le):
            out[id(m)] = (le, True)
            continue
        if _is_dateline(text, m, le):
            # `QUẢNG TRỊ – Sở Thông tin và Truyền thông cho biết Chỉ số DTI của tỉnh …`: a brief's dateline is the
            # place the item is about, to the end of its paragraph
            out[id(m)] = (le, False)
            continue
        if text[m.end:le].strip(" :."):
            continue
        if ls == 0 or le == len(text):
            continue  # a title or a last line heads nothing
        lines.append((m, ls, le))
    for i, (m, _, le) in enumerate(lines):
        end = text.find("\n\n", le + 1)
        end = len(text) if end < 0 else end
        if i + 1 < len(lines) and lines[i + 1][1] > le:
            end = min(end, lines[i + 1][1])  # (a table's rows: `Hậu Giang` / `43,27` / `34/63` / `Vĩnh Long` / …)
        out[id(m)] = (end, False)
    return out


def implied_places(doc: Document) -> dict[int, Mention]:
    """id of an ORG mention named after a place (`Sở Nội vụ tỉnh Gia Lai`) → that place, where the
    page has not yet named the place on its own."""
    implied = doc.memo.get("implied_places")
    if implied is None:
        first: dict[str, int] = {}
        for m in doc.entities:
            if m.label == "LOC" or m.kind == "council":
                first.setdefault(m.canonical, m.start)
        implied = doc.memo["implied_places"] = {
            id(m): Mention(m.start, m.end, "LOC", place, "province") for m in doc.entities
            if m.label == "ORG" and m.kind != "council" and (place := org_place(text_of(doc, m)))
            and first.get(place, len(doc.text)) > m.start}
    return implied


_SPEECH_AFTER = regex.compile(rf"\s*(?:,\s*)?(?:{_SPEECH_VERBS})?\s*:", _F)


def _speaking_place(doc: Document, ents_before: list[Mention]) -> Mention | None:
    """The province an organisation that speaks in this sentence is named after, as a mention."""
    for m in reversed(ents_before):
        # (`Theo Sở Thông tin và Truyền thông Quảng Nam, tỷ lệ … của tỉnh`: the source speaks too)
        if m.label == "ORG" and m.kind != "council" and (place := org_place(text_of(doc, m))) and (
                _SPEECH_AFTER.match(doc.text, m.end) or (doc.text.startswith(",", m.end) and regex.search(
                    r"(?<!\p{L})theo\s+$", doc.text[max(0, m.start - 8):m.start], _F))):
            return implied_places(doc).get(id(m)) or Mention(m.start, m.end, "LOC", place, "province")
    return None


_LOCAL_COUNCIL = regex.compile(r"(?<!\p{L})(?:huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s", _F)
_DISTRICT_COUNCIL = regex.compile(r"(?<!\p{L})(?:huyện|quận|thị\s+xã)\s", _F)


_HEADLINE_SEP = regex.compile(r"\n|\s[-–•|]\s|^[-–•]\s")


def headline_item(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the headline a figure sits in, in a list of related stories."""
    lo = max((m.end() for m in _HEADLINE_SEP.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    nxt = _HEADLINE_SEP.search(text, end, min(len(text), end + 300))
    return lo, nxt.start() if nxt else min(len(text), end + 300)


def _prefixed_topic(doc: Document, topic: dict[str, float], word: str) -> str | None:
    """For a bare `thị xã`, `huyện`, `quận`: the most central unit the page introduced with that very
    word (a district-level city, `TP Nha Trang`, is no `thị xã`)."""
    word = " ".join(word.lower().split())
    if word not in ("thị xã", "huyện", "quận"):
        return None
    key = ("prefixed_topic", word)
    if key not in doc.memo:
        names = dict.fromkeys(m.canonical for m in doc.entities if m.label == "LOC"
                              and " ".join(doc.text[m.start:m.end].lower().split()).startswith(word + " "))
        doc.memo[key] = max(names, key=lambda c: topic.get(c, 0.0), default=None)
    return doc.memo[key]


def _means_the_province(doc: Document, top_topic: str, anaphor: regex.Match, topic: dict[str, float]) -> bool:
    """Does `tỉnh`/`thành phố` name the province where the article's main unit is not one: `Điểm
    trung bình DDCI của tỉnh` in an article that dwells on the departments of the one province it
    names, `Năm 2024, tỉnh phấn đấu …` (the province acting) in one that dwells on its districts?"""
    word = anaphor.group(0).lower()
    if "province_view" not in doc.memo:
        doc.memo["province_view"] = (
            {m.canonical for m in doc.entities if m.label == "LOC" or m.kind == "council"},
            len({m.canonical for m in doc.entities + list(implied_places(doc).values()) if m.kind == "province"}),
            {m.canonical for m in doc.entities if m.kind in ("district", "commune")})
    places, provinces, below = doc.memo["province_view"]
    if word.startswith(("tỉnh", "thành")) and top_topic not in places and provinces == 1:
        return True
    if word == "tỉnh" and top_topic not in places and provinces > 1:
        # (`Đài Phát thanh và Truyền hình Bình Định … tỉnh bạn Quảng Ngãi … thu ngân sách trên địa bàn tỉnh`: on a
        # body's page naming several provinces, the most central one)
        ranked = sorted(({m.canonical for m in doc.entities if m.kind == "province"}), key=lambda c: -topic.get(c, 0.0))
        return len(ranked) > 1 and topic.get(ranked[0], 0.0) >= 1.5 * topic.get(ranked[1], 0.0)
    return word == "tỉnh" and top_topic in below and bool(_PROVINCE_ACTS.match(anaphor.string, anaphor.end()))


def level_topic(doc: Document, topic: dict[str, float], kinds: tuple[str, ...]) -> str | None:
    """The most central unit of the given place levels, or None if the article names none."""
    key = ("level_topic", kinds)
    if key not in doc.memo:
        # (a council counts at its own level: `UBND huyện Can Lộc` is a district's)
        names = dict.fromkeys(m.canonical for m in doc.entities + list(implied_places(doc).values())
                              if (m.kind in kinds and not (m.kind == "council" and _LOCAL_COUNCIL.search(doc.text, m.start, m.end)))
                              or ("district" in kinds and m.kind == "council" and _DISTRICT_COUNCIL.search(
                                  doc.text, m.start, m.end)))  # in text order: ties are stable
        doc.memo[key] = max(names, key=lambda c: topic.get(c, 0.0), default=None)
    return doc.memo[key]


def _head_referent(doc: Document, kind: str, pos: int, topic: dict[str, float]) -> Mention | None:
    """The body of that kind named before (the most central one); for a title that says `của Bộ`
    before naming it, the one the lead names."""
    named = [m for m in doc.entities if m.label == "ORG" and m.kind == kind and m.end < max(pos, doc.lead_end)]
    s_start = doc.sentences[doc.sentence_of(pos)][0]
    if (speaker := next((m for m in reversed(named) if s_start <= m.start and _QUOTE_OPENS_AFTER.match(doc.text, m.end, pos)),
                        None)) is not None:
        return speaker  # `bà X, Phó Giám đốc Sở Khoa học và Công nghệ, chia sẻ: “Năm 2023, Sở đạt 89,6%”`: the speaker's own
    para = doc.text.rfind("\n", 0, pos) + 1
    if pos > doc.lead_end and (label := next((m for m in named if m.start == para), None)) is not None and \
            _LINE_LABEL_AFTER.match(doc.text, label.end):
        return label  # `Bộ Tài chính: Xếp thứ 3/17 … Tỷ lệ hồ sơ … của Bộ đạt 93,2%`: the body the paragraph is labelled with
    return max(named, key=lambda m: (m.end < pos, topic.get(m.canonical, 0.0), m.start), default=None)


_QUOTE_OPENS_AFTER = regex.compile(r"[^.;:“”\"\n]{0,40}:\s*[“\"][^”\"]*$")
_LINE_LABEL_AFTER = regex.compile(r"[^\S\n]*(?:\([^()\n]{1,20}\)[^\S\n]*)?:")


def _last_owner(doc: Document, si: int) -> Mention | None:
    """The last mention of sentence `si` that could own a result (not a speaker's employer, not a
    source): what `Trong đó`, `Cụ thể` at the start of the next sentence refer back to. Page
    chrome in between (`Thời báo Kinh tế Sài Gòn | 16/03/2017`) is skipped."""
    while si > 0 and doc.is_chrome(si):
        si -= 1
    for m in reversed(doc.within(doc.entities, *doc.sentences[si])):
        before = doc.text[max(0, m.start - 60):m.start]
        # (nor a unit it is compared with: `…, cao hơn phường Gia Thụy (xếp thứ 2) 0,57%. Đơn vị này …`)
        if not (_TITLE_WORDS.search(before) or _STRONG_SOURCE_BEFORE.search(before) or _COMPARE_BEFORE.search(before)):
            return m
    return None


# `Gây chú ý nhất là Bình Thuận.`, `Điểm sáng năm nay thuộc về huyện Lạc Dương.`: a short sentence that
# only puts a unit forward, for the next sentence to say what it did
_PRESENTS = regex.compile(rf"[^,;:\d\n]{{0,50}}?\s(?:là|thuộc\s+về)\s+(?:{_KIND_WORD}\s+)?", _F)
_SENTENCE_END = regex.compile(r"[\s.!:…]*")
_IS_AFTER = regex.compile(r"\s+(?:chính\s+)?là\s")
# `Trường hợp An Giang lại cho thấy chiều ngược lại.`: the case the sentence turns to
_CASE_OF = regex.compile(rf"\W*(?:(?:còn|riêng|với|đối\s+với)\s+)?trường\s+hợp\s+(?:của\s+)?(?:{_KIND_WORD}\s+)?", _F)
_PRESENTED_LEVELS = {"tỉnh": ("province", "city"), "thành": ("province", "city"), "tp": ("province", "city"),
                     "địa": ("province", "city", "district", "commune")}


def _owns_an_index_only(doc: Document, pos: int, ents_before: list[Mention]) -> bool:
    """`Sở Tư pháp xếp thứ 5/20 sở, ngành trong Bộ chỉ số DDCI của thành phố, với 78,42 điểm`: a unit named
    by its kind right after an index says whose index it is, once the unit the clause is about has a figure."""
    index = doc.last_before(doc.metrics, pos)
    if index is None or index.index in ("OTHER", "COMPONENT") or not regex.fullmatch(r"\s*\)?\s*(?:của\s+)?",
                                                                                      doc.text[index.end:pos], _F):
        return False
    return any(doc.within(doc.figures, e.end, index.start) for e in ents_before if e.end <= index.start)


def _presented_unit(doc: Document, si: int, anaphor: str, many_units: bool = False) -> Mention | None:
    """The one unit the sentence `si` puts forward, if it is of the level `anaphor` (`tỉnh`, `huyện`) names;
    sentences that name no unit in between go on speaking of it (`… Nếu năm 2022 địa phương này …`). In a
    report on many units, one that opens a sentence of its results is put forward too (`Bắc Ninh là điểm sáng
    khi tăng 9 bậc … Chỉ số Gia nhập thị trường của tỉnh đạt 8,45 điểm`), within its paragraph."""
    for back in range(3):
        if si - back < 0:
            return None
        s, e = doc.sentences[si - back]
        ents = doc.within(doc.entities, s, e)
        if ents:
            break
    if len(ents) != 1:
        return None
    m = ents[0]
    if doc.within(doc.figures, s, e) and not (many_units and back == 0 and "\n" not in doc.text[e:doc.sentences[si + 1][0]]
                                              and _OPENS_SENTENCE.fullmatch(doc.text, s, m.start)):
        return None
    word = anaphor.split()[0].lower()
    levels = _PRESENTED_LEVELS.get(word) or _ANAPHOR_LEVELS.get(word, ())
    if m.label != "LOC" or m.kind not in levels:
        return None
    presents = _PRESENTS.fullmatch(doc.text, s, m.start) and _SENTENCE_END.fullmatch(doc.text, m.end, e)
    # (`Bến Tre là điểm sáng nổi bật nhất của PCI 2023.`: the unit the sentence is about, said to be something)
    is_something = _UNIT_KIND_AHEAD.fullmatch(doc.text, s, m.start) and _IS_AFTER.match(doc.text, m.end, e)
    return m if presents or is_something or _CASE_OF.fullmatch(doc.text, s, m.start) else None


_OPENS_SENTENCE = regex.compile(r"[\W\d]*")


def is_bare_council(m: Mention) -> bool:
    """`UBND tỉnh`, `UBND thành phố`: the article's own unit, named by its council."""
    return m.kind == "council" and m.canonical.split()[0] in ("UBND", "HĐND", "Ủy", "Uỷ", "Hội")


def _focused_on_one(doc: Document, topic: dict[str, float], top: str | None) -> bool:
    """A page about one unit that compares it with others: the unit holds 40% of the mentions and its
    title names no other unit (`PCI 2023: Quảng Ninh dẫn đầu, Đồng Tháp vào top 10` reports on several)."""
    if top is None or topic[top] < 0.4:
        return False
    t_start, t_end = doc.sentences[doc.title_index]
    return all(m.canonical == top for m in doc.within(doc.entities, t_start, t_end) if m.label == "LOC")


def _clause_before(text: str, s_start: int, pos: int, asides: bool = False) -> str:
    """The clause that ends at `pos`; with `asides`, a parenthesis closed inside it (`khối sở, ban, ngành
    (30 đơn vị) đạt`) is blanked, an aside of the clause, not a boundary."""
    left = text[s_start:pos]
    if asides:
        left = _CLOSED_ASIDE.sub(lambda a: " " * len(a.group()), left)
    cut = 0
    for m in _STRONG.finditer(left):
        cut = m.end()
    return left[cut:]


def _in_aside_on_unit(doc: Document, m: Mention, lo: int, hi: int) -> bool:
    """Does `m` stand in a parenthesis that closes before `hi` and opens right after another unit?"""
    text = doc.text
    opening = text.rfind("(", lo, m.start)
    if opening < 0 or ")" in text[opening:m.start] or text.find(")", m.end, hi) < 0:
        return False
    head = doc.last_before(doc.entities, opening)
    return head is not None and head is not m and not text[head.end:opening].strip()


_EXCLUDED = regex.compile(r"(?<!\p{L})(?:không\s+(?:thuộc|tham\s+gia|tính|được\s+đánh\s+giá)|ngoại\s+trừ|trừ|chưa\s+đánh\s+giá)(?!\p{L})", _F)


def _excluded_in_aside(text: str, m: Mention, fig_start: int) -> bool:
    """`93 địa phương được xếp hạng (đặc khu Hoàng Sa không thuộc diện đánh giá), điểm trung bình đạt …`: a unit
    a closed parenthesis leaves out of what is measured."""
    opening = text.rfind("(", max(0, m.start - 40), m.start)
    closing = text.find(")", m.end, fig_start)
    return opening >= 0 and closing >= 0 and ")" not in text[opening:m.start] and \
        bool(_EXCLUDED.search(text, opening, closing))


def _alone_in_parens(text: str, m: Mention) -> bool:
    """`(Sở Nội vụ)`: an apposition naming someone's employer, not a result's owner."""
    return text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")"


def _parenthetical_after(text: str, m: Mention, fig: Candidate) -> bool:
    """`Giám đốc Sở X (đơn vị đứng đầu …)`: the parenthesis right after the ORG is about it."""
    tail = text[m.end:fig.start]
    return bool(regex.match(r"^\s*\([^()]*$", tail))


_COMPLEMENT_BEFORE = regex.compile(r"(?<!\p{L})(?:của|theo|do|tại|bởi)\s+$", _F)


def _listed(text: str, ents: list[Mention]) -> set[int]:
    """ids of the mentions that are part of an enumeration `A, B, C và D` (a group, not one owner).
    Two names joined by a bare comma are one (`Bộ Tư pháp, Ngân hàng Nhà nước nằm trong …`) unless
    the first ends a phrase (`… của Bộ Nội vụ, Bộ Tài chính đạt 87%`)."""
    out: set[int] = set()
    chain: list[Mention] = []
    joined_by_va = False

    def close() -> None:
        ends_a_phrase = bool(chain) and bool(_COMPLEMENT_BEFORE.search(text[max(0, chain[0].start - 12):chain[0].start]))
        if len(chain) >= 3 or (len(chain) == 2 and (joined_by_va or not ends_a_phrase)):
            out.update(id(m) for m in chain)

    for a, b in zip(ents, ents[1:], strict=False):
        sep = text[a.end:b.start]
        # (a region is no item beside the units inside it: `So với các địa phương Bắc Trung Bộ, Hà Tĩnh đứng thứ hai`)
        if 0 <= b.start - a.end <= 5 and _LIST_SEP.match(sep) and (a.kind == "region") == (b.kind == "region"):
            if not chain:
                chain, joined_by_va = [a], False
            chain.append(b)
            joined_by_va = joined_by_va or "," not in sep
        else:
            close()
            chain = []
    close()
    return out


# `ba huyện miền núi Nam Trà My, Tây Giang và Phước Sơn có điểm số dưới 65 điểm`: units counted
# and then named share a figure as a group; it is the containing unit's, not the last one named.
_COUNTED_GROUP_BEFORE = regex.compile(
    r"(?<!\p{L})(?:các|những|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"(?:huyện|tỉnh|thành\s+phố|xã|phường|quận|thị\s+xã|sở|bộ|địa\s+phương|đơn\s+vị)"
    r"(?:\s+(?-i:\p{Ll}+)){0,3}\s*:?\s*(?:là\s+)?$", _F)


def _counted_groups(text: str, ents: list[Mention], listed: set[int]) -> set[int]:
    """ids of the listed mentions whose enumeration opens with a count of their kind."""
    out: set[int] = set()
    run: list[Mention] = []
    for m in ents + [None]:
        if m is not None and id(m) in listed and (not run or _LIST_SEP.match(text[run[-1].end:m.start])):
            run.append(m)
            continue
        if run and _COUNTED_GROUP_BEFORE.search(text[max(0, run[0].start - 50):run[0].start]):
            out.update(id(x) for x in run)
        run = [m] if m is not None and id(m) in listed else []
    return out


# --- metric, year and modality features (for the learned classifiers) ------------------------

_WORD = regex.compile(r"\p{L}+", _F)


def _left_words(text: str, s_start: int, pos: int, n: int = 8) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(s_start, pos - 80):pos])][-n:]


def metric_features(doc: Document, fig: Candidate, rule_index: str, context_index: str | None) -> dict[str, float]:
    """What names the quantity: the rule's answer, the index mentions around, the words before."""
    si = doc.sentence_of(fig.start)
    s_start, s_end = doc.sentences[si]
    here = doc.within(doc.metrics, s_start, s_end)
    before = [m for m in here if m.end <= fig.start]
    after = [m for m in here if m.start >= fig.end]
    f: dict[str, float] = {
        f"rule={rule_index}": 1.0,
        f"context={context_index}": 1.0,
        f"kind={fig.kind}": 1.0,
        f"unit={fig.unit}": 1.0,
    }
    if before:
        f[f"before={before[-1].index}"] = 1.0
        f["before_dist_log"] = _bucket(fig.start - before[-1].end)
    if after:
        f[f"after={after[0].index}"] = 1.0
    for m in here:
        if m.index not in ("OTHER", "COMPONENT") and m.strong:
            f[f"in_sentence={m.index}"] = 1.0
    for w in _left_words(doc.text, s_start, fig.start):
        f[f"w={w}"] = 1.0
    return f


@dataclass(frozen=True)
class YearCandidate:
    year: int | None
    features: dict[str, float]


def year_candidates(doc: Document, fig: Candidate, target: bool, rule_year: int | None) -> list[YearCandidate]:
    """Years stated in the figure's sentence, the one carried from before, and none."""
    si = doc.sentence_of(fig.start)
    s_start, s_end = doc.sentences[si]
    results = doc.memo.get("result_years")
    if results is None:
        results = doc.memo["result_years"] = [y for y in doc.years if y.role in ("result", "target")]
    counts = Counter(y.year for y in results)
    mode = counts.most_common(1)[0][0] if counts else None
    latest = max(counts) if counts else None
    out: dict[int | None, dict[str, float]] = {}

    def add(year: int | None, feats: dict[str, float]) -> None:
        base = out.setdefault(year, {"bias": 1.0})
        for k, v in feats.items():
            base[k] = max(base.get(k, 0.0), v)

    for y in doc.within(results, s_start, s_end):
        after = y.start >= fig.end
        gap = doc.text[fig.end:y.start] if after else doc.text[y.end:fig.start]
        add(y.year, {
            "same_sentence": 1.0,
            "right_after": float(after and len(gap) <= 12),
            "after": float(after),
            "dist_log": _bucket(len(gap)),
            "strong_between": float(bool(_STRONG.search(gap))),
            "role_target": float(y.role == "target"),
            "target_and_role": float(target and y.role == "target"),
            "figs_between": float(sum(1 for x in (doc.within(doc.figures, fig.end, y.start) if after
                                                  else doc.within(doc.figures, y.end, fig.start)) if x is not fig)),
        })
    prev = doc.last_before(results, s_start)
    if prev is not None:
        add(prev.year, {"carried": 1.0})
    for y, tag in ((mode, "doc_mode"), (latest, "doc_latest"), (rule_year, "rule")):
        if y is not None:
            add(y, {tag: 1.0})
    add(None, {"is_none": 1.0})
    return [YearCandidate(y, {**f, "kind_" + fig.kind: 1.0}) for y, f in out.items()]


_TARGET_WORDS = regex.compile(r"phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|yêu\s+cầu|kế\s+hoạch|dự\s+kiến|định\s+hướng|sẽ|đề\s+ra|phải", _F)


def modality_features(doc: Document, fig: Candidate, rule_modality: str, prev_target: bool) -> dict[str, float]:
    si = doc.sentence_of(fig.start)
    s_start, _ = doc.sentences[si]
    f: dict[str, float] = {f"rule={rule_modality}": 1.0, "prev_target": float(prev_target),
                           f"comparator={fig.comparator}": 1.0}
    for m in _TARGET_WORDS.finditer(doc.text[s_start:fig.start]):
        f["cue=" + " ".join(m.group().lower().split())] = 1.0
    for w in _left_words(doc.text, s_start, fig.start, 5):
        f[f"w={w}"] = 1.0
    return f
