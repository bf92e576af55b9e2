"""Years in the text and what they are for: a result year, a year compared against, a date.

The linker carries result years across sentences; a publication date (`05/03/2024`,
`tháng 2-2024`) must never become one, and `so với năm 2022` is a comparison, not a result.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .metrics import INDEX_CODE

_F = regex.IGNORECASE | regex.VERSION1


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    year: int
    # `result`, `compare`, `date`, `target`, `since` (`từ năm 2012 đến nay`), `current` (`năm nay`),
    # `period` (`quý I/2024`), `past` (`từng dẫn đầu năm 2015`: dates its clause, is not carried on),
    # `before` (`Trước đó, năm 2022, …`, `năm 2019, tỷ lệ này …`: dates the rest of its sentence only),
    # `next` (`sang năm tới`: a target for the year after the article's), `caption` (a photo's own date)
    role: str
    # `so với năm trước`: the result year − 1; `năm qua` (role current): the result year, or the
    # year before the page's date when the page states none
    relative: bool = False
    span_end: bool = False  # the last year of a span (`giai đoạn 2023-2030`)


_YEAR = r"(?:19[5-9]\d|20\d\d)"
# `Tính đến hết tháng 4/2026, …`, `đến ngày 30/6/2024`: the date a status is measured at, before its year
STATUS_DATE = r"(?:tính\s+)?đến\s+(?:hết\s+|cuối\s+)?(?:ngày\s+\d{1,2}\s*[/-]\s*|tháng\s+)\d{1,2}\s*[/-]\s*"
_PATTERN = regex.compile(
    # (`tăng 9.77% YoY`: year over year, in business English)
    # (`so với năm đầu triển khai` after `năm 2018, năm đầu công bố`: the first year, named before)
    rf"(?P<first>so\s+với\s+năm\s+đầu(?:\s+tiên)?(?:\s+(?:công\s+bố|triển\s+khai|đánh\s+giá|khảo\s+sát|thực\s+hiện|áp\s+dụng))?)"
    rf"(?!\s*[(\p{{L}}])|"
    rf"(?P<cmp_rel>(?-i:YoY|yoy)(?!\p{{L}})|so\s+(?:với\s+)?cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?(?!\s+(?:năm\s+)?\d{{4}})|so\s+với\s+(?:năm\s+(?:(?:liền\s+)?(?:trước|ngoái)(?:\s+liền\s+kề)?|liền\s+kề)|"
    rf"(?:kỳ|lần)\s+(?:(?:đánh\s+giá|công\s+bố)\s+)?trước)"
    rf"|(?:cao|thấp|nhiều|ít|nhỉnh)\s+hơn\s+(?:năm\s+(?:trước|ngoái)|cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?(?!\s+(?:năm\s+)?\d{{4}})))"
    # (`so với PGI 2022`: the index's previous edition)
    # (`so với bản thử nghiệm năm 2022`, `so với kết quả năm 2022`: what is compared, then its year)
    rf"|(?P<cmp>so\s+(?:với\s+(?:cùng\s+kỳ\s+)?|cùng\s+kỳ\s+)(?:(?!kế\s|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán)(?-i:\p{{Ll}}+)[^\S\n]+){{0,4}}?(?:(?:cuối|đầu|hết)\s+)?(?:năm\s+|kỳ\s+)?(?:đánh\s+giá\s+)?"
    # (`so với đợt khảo sát tháng 10/2025`: a month of the year compared with)
    rf"(?:{INDEX_CODE}\s+)?(?:năm\s+|tháng\s+\d{{1,2}}\s*[/-]\s*)?(?P<cy>{_YEAR})"
    # (`Nếu đặt cạnh năm 2017, khi …`, `đối chiếu với năm 2020`: other words for the same comparison)
    rf"|(?:đặt\s+cạnh|đối\s+chiếu\s+với|so\s+sánh\s+với)\s+năm\s+(?P<cy>{_YEAR})"
    # (`so với năm đầu tiên công bố (2017)`: the year named in parentheses)
    rf"|so\s+với\s+năm\s+(?:đầu\s+tiên|đầu|thứ\s+nhất|khởi\s+đầu)(?:[^\S\n]+(?-i:\p{{Ll}}+)){{0,3}}\s*\(\s*(?:năm\s+)?(?P<cy>{_YEAR})\s*\)"
    # (`so với mức trung bình của 63 tỉnh, thành phố năm 2024`: an average, then its year)
    rf"|so\s+với\s+(?:mức\s+|giá\s+trị\s+|điểm\s+)?(?:trung\s+bình|bình\s+quân)(?:\s*,?\s+(?:chung|của|các|\d{{1,2}}|tỉnh|thành|phố|"
    rf"bộ|địa|phương|cả|nước|toàn|quốc))*\s+năm\s+(?P<cy>{_YEAR})"
    # `tương đương mức điểm năm 2014`, `ngang bằng năm 2022`: the year measured against
    # (`giữ nguyên vị trí thứ 9/63 như năm 2022`: the year the same place was held)
    rf"|(?:tương\s+đương|ngang(?:\s+bằng)?|bằng|(?<=(?:vị\s+trí|hạng|thứ\s+\S+)\s+)như)\s+(?:với\s+)?(?:mức\s+(?:điểm\s+)?(?:của\s+)?)?năm\s+(?P<cy>{_YEAR})"
    # `so với quý IV/2024`: the year of the quarter compared with
    rf"|so\s+với\s+(?:cùng\s+kỳ\s+)?quý\s+(?:I{{1,3}}|IV|[1-4])\s*[/-]\s*(?P<cy>{_YEAR})"
    # `cao hơn mức tăng của cùng kỳ năm 2024`, `bằng cùng kỳ năm 2024`: the same period of that year
    rf"|(?<=\p{{L}}\s+(?:của\s+)?)cùng\s+kỳ\s+năm\s+(?P<cy>{_YEAR})"
    # `gấp đôi năm 2022`, `gấp 1,5 lần so với năm 2020`: a multiple of that year's level
    # (not across a line: `… tăng gấp đôi` ending a title, then `Năm 2024, …`)
    rf"|gấp\s+(?:đôi|ba|\d+(?:[,.]\d+)?\s+lần)[^\S\n]+(?:so\s+với\s+)?(?:năm\s+)?(?P<cy>{_YEAR})"
    # `cao hơn năm 2022 0,6%`
    rf"|(?:cao|thấp|nhiều|ít)\s+hơn\s+(?:chính\s+)?(?:(?:mức|kết\s+quả)\s+(?:của\s+)?|cùng\s+kỳ\s+)?năm\s+(?P<cy>{_YEAR}))(?!\d)"
    rf"|(?P<since>(?:(?:từ|kể\s+từ)\s+(?:năm\s+)?(?P<sy>{_YEAR})\s+(?:đến|tới)\s+(?:nay|hiện\s+nay|nay))"
    # (`kể từ khi PAPI điều chỉnh bộ chỉ số vào năm 2018`)
    rf"|kể\s+từ\s+(?:khi\s+[^,.;:\n]{{0,60}}?\s+)?(?:(?:vào|trong)\s+)?(?:năm\s+)?(?P<sy2>{_YEAR})(?!\d|\s*(?:đến|tới|-|–)\s*(?:năm\s+)?\d))"
    # (`còn cách mục tiêu 2025`, `phấn đấu năm 2025 không còn …`: a plan's year)
    rf"|(?P<tgt>(?:(?:đến|tới|trong|vào|cho)\s+(?:cuối\s+|hết\s+|các\s+)?|phấn\s+đấu\s+(?:trong\s+)?|(?<!\p{{L}})(?:để|nhằm)\s+(?:đến\s+)?)năm\s+(?P<ty>{_YEAR})"
    rf"|(?:mục\s+tiêu|chỉ\s+tiêu|yêu\s+cầu)\s+(?:của\s+)?(?:năm\s+)?(?P<ty>{_YEAR})"
    # (`hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026`: the year of the tasks set, ahead)
    rf"|triển\s+khai\s+(?:các\s+)?(?:nhiệm\s+vụ|kế\s+hoạch)(?:[^\S\n]+(?-i:\p{{Ll}}+)){{0,6}}[^\S\n]+năm\s+(?P<ty>{_YEAR}))(?!\d)"
    # (`Ở lần đánh giá này, …` after a look back: the edition the article reports on)
    rf"|(?P<cur>năm\s+nay|(?:lần|kỳ|đợt)\s+(?:đánh\s+giá|xếp\s+hạng|khảo\s+sát|công\s+bố)\s+này)(?!\p{{L}})"
    # `Năm trước, tỉnh đứng thứ 17`: the year before the one reported on (not `so với năm trước`,
    # `của năm trước`, which the patterns above and the linker read)
    rf"|(?<!(?:so\s+với|hơn|của|từ|với|như|bằng|mức)\s+(?:\p{{Ll}}+\s+){{0,2}})(?P<prev>năm\s+(?:trước|ngoái))(?!\s+(?:đó|nữa|liền)|\p{{L}})"
    # `Năm trước đó, PAR Index của tỉnh chỉ đạt 83,15%`: the year before the one just named
    rf"|(?<!(?:so\s+với|hơn|của|từ|với|như|bằng|mức)\s+(?:\p{{Ll}}+\s+){{0,2}})(?P<before_that>năm\s+trước\s+đó)(?!\p{{L}})"
    # `Cũng trong năm này, …`: the year the text has just named
    # (`Bắc Ninh cũ năm đó chỉ xếp 12/63`: the year just named, for its clause)
    rf"|(?P<this>(?<=(?:trong|cùng)\s+)năm\s+(?:này|đó|ấy))(?!\p{{L}})"
    rf"|(?<!(?:\d|những|các|mấy|nhiều|hai|ba|vài)\s*)(?P<that>năm\s+(?:đó|ấy))(?!\p{{L}})"
    # (`năm qua`: the year just ended, the one reported on; not `3 năm qua`, `những năm qua`)
    rf"|(?<!(?:\d|những|các|nhiều|mấy|hai|ba|bốn|năm)\s*)(?P<last>năm\s+(?:vừa\s+)?qua)(?!\p{{L}})"
    # `Năm 2021, tỉnh xếp thứ 21/63. Một năm sau, …`, `năm tiếp theo`: the year after the one just named
    # (written to start at `năm`: an alternative that starts with a digit or `một` slows the whole search down)
    rf"|(?P<following>(?<=(?<!\p{{L}})(?:một|1)\s+)năm\s+sau(?:\s+đó)?|năm\s+(?:tiếp\s+theo|sau\s+đó))(?!\p{{L}})"
    # (`trong 2 năm tới`, `những năm tới` are spans of time, not next year)
    rf"|(?<!(?:\d|những|các|vài|mấy|nhiều)\s*)(?P<next>(?:sang\s+)?năm\s+(?:tới|kế\s+tiếp)|sang\s+năm(?!\s+\d))(?!\p{{L}})"
    # (`Trong kỳ đánh giá tới, Sở phấn đấu …`: the next yearly assessment)
    rf"|(?<=(?<!\p{{L}})kỳ\s+)(?P<next>đánh\s+giá\s+(?:tới|tiếp\s+theo|sau|năm\s+sau))(?!\p{{L}})"
    rf"|(?P<quarter>quý\s+(?:I{{1,3}}|IV|[1-4])\s*[/-]\s*(?P<qy>{_YEAR})"
    # `Tính đến cuối tháng 3/2024, …`: the date a status is measured at dates it
    rf"|{STATUS_DATE}(?P<qy>{_YEAR})"
    # (`…, tháng 8/2025 Đà Nẵng đạt 84,63 điểm`: a month that opens its clause, before the unit, dates it;
    # not `công bố hồi tháng 5/2025`, when a report came out)
    # (written to start at `tháng`: a look-behind first would be tried at every position)
    rf"|tháng(?<=(?:^|[.,;:!?\n])\s*tháng)\s+\d{{1,2}}\s*[/-]\s*(?P<qy>{_YEAR})(?=\s*,?\s*(?-i:\p{{Lu}})))(?!\d)"
    rf"|(?P<date>(?:\d{{1,2}}\s*[/.-]\s*)(?:\d{{1,2}}\s*[/.-]\s*)?(?P<dy>{_YEAR}))(?!\d)"
    rf"|(?P<range>(?P<ry1>{_YEAR})\s*[-–]\s*(?P<ry2>{_YEAR}))(?!\d)"
    rf"|(?P<iso>(?P<iy>{_YEAR})-(?:0[1-9]|1[0-2])(?:-[0-3]\d)?)(?![\d-])"  # `date 2025-04`: a date
    # (`năm 2025 điểm trung bình …`: after `năm`, a year whatever follows)
    # (`những năm 1970`, `thập niên 1990`: a decade, no year; `các năm 2020, 2021` are years)
    rf"|(?<![\d.,/:])(?P<res>{_YEAR})(?![\d.,]\d|\s?%|/)(?!(?<!năm\s+\d{{4}})\s?điểm)"
    rf"(?!(?<=(?:(?:những|các)\s+năm|thập\s+(?:niên|kỷ|kỉ)(?:\s+năm)?)\s+\d{{3}}0)(?!\s*(?:,|và|-|–|đến|tới)\s*(?:năm\s+)?\d))",
    _F,
)


def _last_named(found: list[YearMention], roles: tuple[str, ...]) -> int | None:
    """The last year written out (not a relative one) among `found` with one of `roles`."""
    return next((y.year for y in reversed(found) if y.year > 0 and y.role in roles), None)


def find_years(text: str, start: int = 0, end: int | None = None) -> list[YearMention]:
    """Every year mention in `text[start:end]` with its role."""
    end = len(text) if end is None else end
    out: list[YearMention] = []
    for m in _PATTERN.finditer(text, start, end):
        if m.group("first"):
            first = next((y for y in reversed(out) if y.year > 0 and _FIRST_YEAR_AFTER.match(text, y.end)), None)
            if first is not None:
                out.append(YearMention(m.start(), m.end(), first.year, "compare"))
        elif m.group("cmp_rel"):
            out.append(YearMention(m.start(), m.end(), 0, "compare", relative=True))
        elif m.group("cmp"):
            out.append(YearMention(m.start("cy"), m.end("cy"), int(m.group("cy")), "compare"))
            if _WHEN_AFTER.match(text, m.end()):
                # `So với năm 2023, khi tỉnh đạt 64,95 điểm …`: the clause describes that year
                out.append(YearMention(m.start("cy"), m.end("cy"), int(m.group("cy")), "before"))
        elif m.group("since"):
            g = "sy" if m.group("sy") else "sy2"  # `kể từ năm 2019`: a starting point, not a result year
            out.append(YearMention(m.start(g), m.end(g), int(m.group(g)), "since"))
        elif m.group("tgt") and regex.match(r"trong\s+năm", m.group("tgt"), _F) and \
                regex.search(r"(?:^|[.!?\n]\s*|(?<!\p{L})cũng\s+)$", text[max(start, m.start() - 8):m.start()], _F):
            # `Cũng trong năm 2022, …`, `Trong năm 2023, …`: the time of what follows (a plan only if one follows)
            ys, ye = m.span("ty")
            role = "target" if _PLAN_AFTER.match(text[ye:ye + 60]) else "result"
            out.append(YearMention(ys, ye, int(m.group("ty")), role))
        elif m.group("tgt"):
            out.append(YearMention(m.start("ty"), m.end("ty"), int(m.group("ty")), "target"))
        elif m.group("next"):
            out.append(YearMention(m.start(), m.end(), 0, "next"))
        elif m.group("this"):
            if (named := _last_named(out, ("result", "compare", "target", "before", "past", "period"))) is not None:
                out.append(YearMention(m.start(), m.end(), named, "result"))
        elif m.group("that"):
            if (named := _last_named(out, ("result", "compare", "before", "past"))) is not None:
                # (`Năm đó, Vĩnh Phúc lọt top 10 …, trong khi …`: opening its sentence, it dates all of it)
                opening = regex.search(r"(?:^|[.!?\n])\s*$", text[max(start, m.start() - 3):m.start()])
                out.append(YearMention(m.start(), m.end(), named, "before" if opening else "past"))
        elif m.group("before_that"):
            if (named := _last_named(out, ("result", "before", "past"))) is not None:
                opening = regex.search(r"(?:^|[.!?\n])\s*$", text[max(start, m.start() - 3):m.start()])
                out.append(YearMention(m.start(), m.end(), named - 1, "before" if opening else "past"))
        elif m.group("following"):
            if (named := _last_named(out, ("result", "before", "past"))) is not None:
                out.append(YearMention(m.start(), m.end(), named + 1, "result"))
        elif m.group("prev"):
            # (`công bố DDCI năm ngoái`: last year's edition, which the article goes on about: -2)
            edition = regex.search(rf"{INDEX_CODE}\)?\s*$", text[max(start, m.start() - 12):m.start()])
            out.append(YearMention(m.start(), m.end(), -2 if edition else -1, "current", relative=True))
        elif m.group("last"):
            out.append(YearMention(m.start(), m.end(), 0, "current", relative=True))
        elif m.group("cur") and (_PLAN_AFTER.match(text[m.end():m.end() + 60]) or regex.search(
                r"(?:đến|tới)\s+(?:cuối|hết)\s+$", text[max(start, m.start() - 12):m.start()], _F)):
            # (`đến cuối năm nay tỷ lệ … phải đạt 50%`: a deadline this calendar year)
            # `Năm nay, huyện phấn đấu …`: this calendar year's plan, the year after the results reported
            out.append(YearMention(m.start(), m.end(), 0, "next"))
        elif m.group("cur"):
            # `năm nay`: the year the article reports on, which the linker resolves
            out.append(YearMention(m.start(), m.end(), 0, "current"))
        elif m.group("quarter"):
            # `quý I/2024`: a statistics period, the year of the figures beside it (but too often an
            # event's name, `Hội nghị sơ kết quý I/2024`, to be carried to other sentences)
            out.append(YearMention(m.start("qy"), m.end("qy"), int(m.group("qy")), "period"))
        elif m.group("date"):
            out.append(YearMention(m.start("dy"), m.end("dy"), int(m.group("dy")), "date"))
        elif m.group("iso"):
            out.append(YearMention(m.start("iy"), m.end("iy"), int(m.group("iy")), "date"))
        elif m.group("range") and regex.search(r"(?:nhiệm\s+kỳ|khóa|khoá)\s*$", text[max(0, m.start() - 12):m.start()], _F):
            out.append(YearMention(m.start("ry2"), m.end("ry2"), int(m.group("ry2")), "date"))  # a term of office
        elif m.group("range"):
            # `giai đoạn 2016-2020`: the period's last year is the one results are for.
            out.append(YearMention(m.start("ry2"), m.end("ry2"), int(m.group("ry2")), "result", span_end=True))
        else:
            s, e = m.span("res")
            if _is_date_context(text, s):
                out.append(YearMention(s, e, int(m.group("res")), "date"))
            elif _in_caption(text, s) and not _STATES_FIGURES.search(text, text.rfind("\n", 0, s) + 1,
                                                                      (text.find("\n", e) + 1 or len(text) + 1) - 1):
                # (a caption that states results, `Năm 2023, PGI của Bến Tre đạt 22,16 điểm, xếp thứ 9/63. Ảnh: …`,
                # is dated by its year like any sentence)
                out.append(YearMention(s, e, int(m.group("res")), "caption"))
            elif _OPENING_LOOK_BACK.search(text[max(start, s - 30):s]) or _PAST_AFTER.match(text[e:e + 40]) \
                    or _SAME_MEASURE_BEFORE.search(text[max(start, s - 40):s]) \
                    or _CONTRAST_NOW_AFTER.match(text[e:e + 250]) or _WHEN_STILL_AFTER.match(text, e):
                out.append(YearMention(s, e, int(m.group("res")), "before"))
            elif _PUBLISHED_BEFORE.search(text[max(start, s - 30):s]):
                # `kết quả năm 2023 được công bố năm 2024`: when a result came out, not what it is for
                out.append(YearMention(s, e, int(m.group("res")), "date"))
            elif _PAST_BEFORE.search(text[max(start, s - 60):s]):
                out.append(YearMention(s, e, int(m.group("res")), "past"))
            elif _PLAN_AFTER.match(text[e:e + 60]) or (
                    _STEPPING_INTO.search(text[max(start, s - 20):s]) and _PLAN_LATER.match(text, e)):
                out.append(YearMention(s, e, int(m.group("res")), "target"))
            else:
                out.append(YearMention(s, e, int(m.group("res")), "result"))
    return out


# `Bước sang năm 2026, khi …, tỉnh phấn đấu …`: a year stepped into, whose sentence then plans
_STEPPING_INTO = regex.compile(r"(?:bước\s+)?sang\s+năm\s+$", _F)
_PLAN_LATER = regex.compile(r"[^.;\n%]{0,160}?(?<!\p{L})(?:phấn\s+đấu|đặt\s+mục\s+tiêu|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch)(?!\p{L})", _F)
_FIRST_YEAR_AFTER = regex.compile(r"\)?\s*(?:,|[–-]|\()\s*(?:là\s+)?năm\s+đầu", _F)
# `Đồng Tháp, địa phương từng dẫn đầu PCI năm 2015`, `Trước đó, năm 2022 tỉnh chỉ xếp thứ 19`:
# a look back, which dates what it says but is not the year the article goes on with.
_PAST_BEFORE = regex.compile(r"(?<!\p{L})(?:từng|trước\s+đó|trước\s+đây|trước\s+kia)(?!\p{L})[^,.;:()\n]{0,40}$|"
                             r"(?<!\p{L})trong\s+khi\s*(?:vào\s+|trong\s+)?(?:năm\s+)?$|"
                             # (`chỉ xếp thứ 24/34, dù năm 2024 Hậu Giang từng đứng thứ 7/63`: a concession)
                             r"(?<!\p{L})(?:mặc\s+)?(?:dù|dẫu)(?:\s+cho|\s+rằng)?\s+(?:vào\s+|trong\s+)?(?:năm\s+)?$|"
                             # `chỉ số này được xây dựng năm 2005`, `ra đời năm 2009`: an origin, not a result
                             r"(?<!\p{L})(?:xây\s+dựng|thành\s+lập|ra\s+đời|lần\s+đầu(?:\s+tiên)?|khởi\s+xướng|bắt\s+đầu)"
                             r"\s+(?:từ\s+|vào\s+|trong\s+)?(?:năm\s+)?$|"
                             # `mức tăng cao nhất kể từ khi bộ chỉ số được áp dụng năm 2020`
                             r"(?<!\p{L})(?:kể\s+)?từ\s+khi[^,.;:()\n]{0,50}$|"
                             # `Sau một năm thí điểm với PGI 2022`: the pilot before the edition reported on
                             r"(?<!\p{L})(?:thí\s+điểm|thử\s+nghiệm)(?!\p{L})[^,.;:()\n]{0,20}$|(?<!\p{L})được\s+áp\s+dụng\s+(?:từ\s+)?(?:năm\s+)?$", _F)
_PUBLISHED_BEFORE = regex.compile(r"(?<!\p{L})(?:công\s+bố|phát\s+hành|ra\s+mắt)\s+(?:vào\s+|trong\s+)?(?:tháng\s+\d{1,2}\s+)?năm\s+$", _F)
# `Trước đó, năm 2022, tỉnh …`: a look back that opens its sentence dates what follows it.
_OPENING_LOOK_BACK = regex.compile(r"(?<!\p{L})trước\s+(?:đó|đây|kia)\s*,\s*(?:vào\s+|trong\s+)?(?:năm\s+)?$", _F)
# `năm 2019, tỷ lệ này mới là 2,1%`: the same measure at an earlier time, for contrast.
# (`năm 2022, mức trung bình này mới là 85,64%`)
_MEASURE = r"tỷ\s+lệ|con\s+số|chỉ\s+số|mức|điểm\s+số|giá\s+trị"
_THIS = r"(?:\s+(?-i:\p{Ll}+)){0,2}?\s+(?:này|đó)"
_PAST_AFTER = regex.compile(rf"^\s*,?\s*(?:thì\s+)?(?:{_MEASURE}|khoảng\s+cách){_THIS}(?!\p{{L}})", _F)
# `Hai chỉ số này năm 2022 lần lượt là …`: the same measures at an earlier time
_SAME_MEASURE_BEFORE = regex.compile(rf"(?:{_MEASURE}){_THIS}\s+(?:vào\s+|trong\s+)?(?:năm\s+)$", _F)


# `Năm 2022, tỉnh chỉ xếp thứ 35/63, thì năm nay …`, `Nếu như năm 2022 … thì năm nay …`: the earlier
# year of a contrast with this year dates its own part of the sentence only.
_CONTRAST_NOW_AFTER = regex.compile(
    r"^[^.\n]*?(?:(?:,\s*|\s)(?:thì|còn|nhưng|song)\s+(?:đến\s+|sang\s+)?|\s[–-]\s+)năm\s+nay(?!\p{L})", _F)
# (`so với năm 2020 – năm mà Nghệ An đứng ở vị trí 21/63, …`: the clause describes that year)
# (`giảm 1 bậc so với năm 2023 – năm Bộ đứng đầu với 89,95%`: an aside on that year)
_WHEN_AFTER = regex.compile(r"\)?\s*(?:,|[–-])\s*(?:khi|năm\s+mà|lúc|năm(?=\s+(?!(?:nay|ngoái|trước|sau|tới|qua)(?!\p{L}))\p{L}))\s", _F)
# `Năm 2024, khi còn được xếp hạng riêng …`: a time before the present state
_WHEN_STILL_AFTER = regex.compile(r"\s*,\s*khi\s+(?:còn|chưa)\s", _F)
# `Năm 2024, tỉnh phấn đấu …`, `năm 2024, PAR Index của tỉnh phải tăng …`: the year a plan is for.
_PLAN_AFTER = regex.compile(r"^\s*,?\s*(?:[^\s,.;:]+\s+){0,6}?(?:phấn\s+đấu|đặt\s+mục\s+tiêu|phải\s+(?:quyết\s+tâm\s+)?"
                            r"(?:đạt|tăng|giảm|nằm|thuộc|giữ|đưa|vào|lọt))(?!\p{L})", _F)
# A photo caption (`Hội nghị gặp mặt đầu xuân 2024. Ảnh: Đức Thụy`) dates the photo, not the figures.
_CAPTION_LINE_END = regex.compile(r"[.\s(]\s*(?:Ảnh|Nguồn\s+ảnh|Photo)\s*:\s*[^\n.]{1,40}\)?\s*$", _F)
_CAPTION_LINE_START = regex.compile(r"\s*\(?(?:Ảnh|Photo)\s*:", _F)


_STATES_FIGURES = regex.compile(r"\d\s?(?:%|điểm(?!\p{L}))|(?:xếp|đứng)\s+(?:thứ|hạng)\s+\d|\d\s?/\s?\d+\s+(?:tỉnh|địa\s+phương)", _F)


def _in_caption(text: str, pos: int) -> bool:
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_CAPTION_LINE_END.search(text, pos, line_end)
                or _CAPTION_LINE_START.match(text, text.rfind("\n", 0, pos) + 1))


def _is_date_context(text: str, pos: int) -> bool:
    """`tháng 2 năm 2024`, `ngày … năm 2024`, `(2024)` after a date: a date, not a result year."""
    left = text[max(0, pos - 25):pos]
    return bool(regex.search(r"(?:tháng\s+\d{1,2}|thg\s+\d{1,2}|ngày\s+\d{1,2})(?:\s*,)?\s+(?:năm\s+)?$|(?:cập\s+nhật|đăng|xuất\s+bản)\s*:?\s*$", left, _F))
