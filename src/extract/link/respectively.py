"""`A, B và C lần lượt đạt 91%, 89% và 88%`: the listed units take the listed figures in order.

Nearest-entity scoring gives every figure of such a sentence the last unit named (C); the
word `lần lượt` (or `tương ứng`, "respectively") says to pair the two lists position by
position instead. Only a clean case is paired: a run of named units joined by commas or `và`
right before the cue, and as many figures of one kind after it in the sentence (or a list of
that many right after it).
"""

from __future__ import annotations

import regex

from ..document import Document
from ..entities import Mention
from .features import RENAMED_BEFORE, is_bare_council

# (`theo thứ tự là 93,12; 92,4 và 91,87 điểm`; not `theo thứ tự từ cao xuống thấp`, an order)
_CUE = regex.compile(r"(?<!\p{L})(?:lần\s+lượt|tương\s+ứng|theo\s+thứ\s+tự(?=\s*(?:là\b|:|\d)))(?!\p{L})",
                     regex.IGNORECASE)
# What may stand between two listed units, before the cue and after it.
# (`Đồng Tháp (66,35 điểm) và Lào Cai (64,72 điểm) lần lượt đứng thứ 2 và 3`: a unit may carry
# its value in parentheses)
_JOINER = regex.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:và\s+)?|và\s+|;\s*)$", regex.IGNORECASE)
_TO_CUE = regex.compile(r"^(?:\s*\([^()]{0,40}\))?[^;.:()]{0,60}$")
_FROM_CUE = regex.compile(r"^\s*(?:là|thuộc\s+về|gồm|thuộc)?\s*:?\s*$", regex.IGNORECASE)


# `Xếp sau Quảng Ninh, …`: the unit a list of places follows, named before the list
_REFERENCE_BEFORE = regex.compile(r"(?<!\p{L})(?:xếp|đứng|theo)\s+sau\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?$", regex.IGNORECASE)


def respective_subjects(doc: Document) -> dict[int, Mention]:
    """Figure start → the unit it belongs to, for figures listed with `lần lượt`: units before
    the cue and figures after it (`A và B lần lượt đạt 93% và 91%`), or the reverse (`Xếp thứ hai
    và thứ ba lần lượt là A và B`, `lần lượt thuộc về A, B và C, với 90%, 89% và 88%`)."""
    pairs: dict[int, Mention] = {}
    for cue in _CUE.finditer(doc.text):
        s_lo, s_hi = doc.sentences[doc.sentence_of(cue.start())]
        after = _units_after(doc, cue.end(), s_hi)
        if len(after) >= 2:
            units = after
            figures = _list_before(doc, s_lo, cue.start()) + doc.within(doc.figures, after[-1].end, s_hi)
        else:
            units = _units_before(doc, s_lo, cue.start()) or _units_referred(doc, s_lo, cue.start())
            figures = doc.within(doc.figures, cue.end(), s_hi)
            if units and (leader := _leader_before(doc, s_lo, units[0].start)):
                # `Sở Tư pháp giữ vững ngôi vị, xếp sau là A và B, với số điểm tương ứng 84,12; 82,67 và 81,9`:
                # the unit the others follow heads the list
                units = [leader, *units]
            if len(units) > 2 and units[0].kind == "region":
                # `trong vùng Đồng bằng sông Hồng, Hải Dương, Thái Bình và Nam Định lần lượt …`: the region
                # is where the listed units are, not one of them
                units = units[1:]
        if len(units) < 2:
            continue
        # (`tăng 25 hạng và 4,03 điểm` is one unit's two changes; `tăng lần lượt 15 bậc và 13 bậc` a list)
        figures = [f for i, f in enumerate(figures) if f.cue != "coordinated" or (i and figures[i - 1].unit == f.unit)]
        for kind in dict.fromkeys(f.kind for f in figures):
            same = [f for f in figures if f.kind == kind]
            if len(same) > len(units) and listed(doc, same[:len(units)]):
                # `lần lượt đạt 89,49% và 88,96%, cách xa nhóm cuối bảng (72 đến 75%)`: the list
                # that follows the cue, not every later figure of the sentence
                same = same[:len(units)]
            owners = units
            if len(after) < 2 and 1 < len(same) < len(units) and \
                    ";" in doc.text[units[-len(same) - 1].end:units[-len(same)].start]:
                # `… so với tỉnh xếp thứ 2 là Đắk Lắk (65,41 điểm); Gia Lai, Kon Tum và Đắk Nông lần lượt đứng thứ 3,
                # 4 và 5`: the list the cue closes starts after the `;`
                owners = units[-len(same):]
            if len(after) < 2 and len(same) + 1 == len(units) and _REFERENCE_BEFORE.search(
                    doc.text, max(s_lo, units[0].start - 15), units[0].start):
                # `Xếp sau Quảng Ninh, Hải Phòng (70,61 điểm) và Đồng Tháp lần lượt giữ vị trí thứ hai và thứ
                # ba`: the unit the list follows is not in it
                owners = units[1:]
            if len(same) == len(owners):
                pairs.update((f.start, u) for f, u in zip(same, owners, strict=True))
    return pairs


# `hai địa phương này lần lượt đạt …`, `năm 2024 hai tỉnh lần lượt đạt …`: the units just named, referred
# to by their number and kind
_REFERRED = regex.compile(
    r"(?<!\p{L})(hai|ba|bốn|năm|2|3|4|5)\s+(?:địa\s+phương|tỉnh|thành\s+phố|đơn\s+vị|huyện|sở|bộ)(?:,\s*thành(?:\s+phố)?)?\s+"
    r"(?:(?:này|nói\s+trên|trên|cũ|đó)(?!\p{L})[^;.]*|(?:\p{Ll}+\s+){0,2})$", regex.IGNORECASE)
_NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}
_PLURAL_REFERRED = regex.compile(
    r"(?<!\p{L})(?:các|những)\s+(?:địa\s+phương|tỉnh|thành\s+phố|đơn\s+vị|huyện|sở|bộ)(?:,\s*thành(?:\s+phố)?)?\s+"
    r"(?:này|nói\s+trên|trên)(?!\p{L})[^;.]*$", regex.IGNORECASE)


def _last_run(doc: Document, lo: int, hi: int) -> list[Mention]:
    """The last run of two or more units joined by commas or `và` in text[lo:hi]."""
    ents = [e for e in doc.within(doc.entities, lo, hi) if e.kind not in ("region", "country") and not is_bare_council(e)]
    run: list[Mention] = []
    for e in reversed(ents):
        if run and not _JOINER.match(doc.text[e.end:run[0].start]):
            if len(run) >= 2:
                break
            run = []
        run.insert(0, e)
    return run if len(run) >= 2 and len({e.canonical for e in run}) == len(run) else []


# `…, xếp sau là A và B`, `…, tiếp theo là A, B`: the rest of a ranking, after its leader
_FOLLOWED_BY = regex.compile(r"(?<!\p{L})(?:xếp\s+sau|tiếp\s+theo|tiếp\s+đến|theo\s+sau|kế\s+đến)\s+(?:đó\s+)?là\s*$",
                             regex.IGNORECASE)


def _leader_before(doc: Document, s_lo: int, first: int) -> Mention | None:
    """The unit a `xếp sau là A và B` list follows: the last one named in the sentence before it."""
    follow = _FOLLOWED_BY.search(doc.text, s_lo, first)
    if follow is None:
        return None
    named = _named(doc, s_lo, follow.start())
    return named[-1] if named and regex.match(r"^[^;.:()]{0,40},\s*$", doc.text[named[-1].end:follow.start()]) else None


def _list_before(doc: Document, lo: int, cue: int) -> list:
    """The figures of one kind listed just before the cue (`xếp thứ hai và thứ ba lần lượt là A và B`); not
    a figure of an earlier clause (`X đứng đầu với 93,18%, xếp thứ hai …`, `X dẫn đầu (0,6784); vị trí thứ hai …`)."""
    run: list = []
    for f in reversed(doc.within(doc.figures, lo, cue)):
        joined = (f.kind == run[-1].kind and _JOINER.match(doc.text[f.end:run[-1].start])) if run else \
            _TO_CUE_FROM_LIST.match(doc.text[f.end:cue])
        if not joined:
            break
        run.append(f)
    return run[::-1]


_TO_CUE_FROM_LIST = regex.compile(r"^,?[^,;.:()\d]{0,30}$")


def _units_referred(doc: Document, s_lo: int, cue: int) -> list[Mention]:
    """The last N distinct units named before `N <kind> (này)` and the cue (`* Bình Dương, Bà Rịa - Vũng Tàu:
    DTI … của hai địa phương lần lượt đạt …`), in the sentence or the ones before it."""
    m = _REFERRED.search(doc.text, s_lo, cue)
    si = doc.sentence_of(s_lo)
    lo = doc.sentences[max(0, si - 3)][0]
    if m is None:
        # `… thuộc về Kon Tum, Hà Giang, Lai Châu, Điện Biên và Đắk Nông. Kết quả của các tỉnh này lần lượt là …`:
        # the units just listed, however many
        m = _PLURAL_REFERRED.search(doc.text, s_lo, cue)
        return _last_run(doc, lo, m.start()) if m is not None else []
    n = _NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1))
    seen: list[Mention] = []
    for e in reversed(doc.within(doc.entities, lo, m.start())):
        if e.kind not in ("region", "country") and not is_bare_council(e) and all(e.canonical != x.canonical for x in seen):
            seen.append(e)
        if len(seen) == n:
            return seen[::-1]
    return []


def respective_years(doc: Document, main_year: int) -> dict[int, int]:
    """Figure start → its year, for figures listed with `lần lượt` after a list of years: `Năm 2022
    và 2023, chỉ số này lần lượt là 81,47% và 83,92%, xếp hạng lần lượt 35/63 và 22/63`, `Kết quả
    các năm 2019, 2021 và 2022 lần lượt là …`, or after a count of recent years (`ba năm qua lần
    lượt đạt …`: the years up to the one reported on). The years are the run joined by `,`/`và`
    before the first cue of the sentence; each cue pairs the run with as many listed figures of one kind."""
    pairs: dict[int, int] = {}
    for cue in _CUE.finditer(doc.text):
        s_lo, s_hi = doc.sentences[doc.sentence_of(cue.start())]
        run = [y.year for y in _year_run(doc, s_lo, cue.start())]
        if len(run) < 2 and main_year and (recent := _RECENT_YEARS.search(doc.text, s_lo, cue.start())):
            n = _COUNT_WORDS.get(recent.group(1).lower()) or int(recent.group(1))
            run = list(range(main_year - n + 1, main_year + 1))
        figures = [f for f in doc.within(doc.figures, cue.end(), s_hi)]
        for kind in dict.fromkeys(f.kind for f in figures):
            kind_run = run
            if len(kind_run) < 2 and (same := [f for f in figures if f.kind == kind]) and \
                    (span := _SPAN_AFTER.match(doc.text, same[-1].end, s_hi)) is not None:
                # `lần lượt đứng thứ 30, 25 và 19 trong ba năm 2022–2024`: the span of years named after the list
                kind_run = list(range(int(span.group(1)), int(span.group(2)) + 1))
            if len(kind_run) < 2:
                continue
            same = [f for f in figures if f.kind == kind][:len(kind_run)]
            if len(same) == len(kind_run) and listed(doc, same) and _TO_LIST.match(doc.text[cue.end():same[0].start]):
                pairs.update((f.start, y) for f, y in zip(same, kind_run, strict=True))
    return pairs


_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}
_SPAN_AFTER = regex.compile(r"\s*(?:trong|qua|của)\s+(?:(?:hai|ba|bốn|năm|[2-5])\s+)?(?:năm|giai\s+đoạn)\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)",
                            regex.IGNORECASE)
_RECENT_YEARS = regex.compile(r"(?<!\p{L})(hai|ba|bốn|năm|[2-5])\s+năm\s+(?:qua|gần\s+đây|trở\s+lại\s+đây|liên\s+tiếp)(?!\p{L})",
                              regex.IGNORECASE)


# From the cue to the first listed figure: a copula or a short noun (`xếp hạng`), no other clause.
_TO_LIST = regex.compile(r"^[^,;.:()\d]{0,25}$")


def _year_run(doc: Document, lo: int, hi: int) -> list:
    """The longest run of two or more stated years joined by `,`/`và` in [lo, hi)."""
    years = [y for y in doc.within(doc.years, lo, hi) if y.year and y.role in ("result", "before", "past", "compare", "target")]
    best: list = []
    run: list = []
    for y in years:
        if run and _JOINER.match(regex.sub(r"(?i)năm\s*", "", doc.text[run[-1].end:y.start])) and y.year > run[-1].year:
            run.append(y)
        else:
            run = [y]
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 2 else []


def listed(doc: Document, figures: list) -> bool:
    """Figures written as one list: each joined to the next by `,`, `;` or `và`."""
    return all(_JOINER.match(doc.text[a.end:b.start]) for a, b in zip(figures, figures[1:], strict=False))


def _named(doc: Document, lo: int, hi: int) -> list[Mention]:
    # (`phường Thạch Quý (TP Hà Tĩnh) và thị trấn Nghèn (huyện Can Lộc)`: a parent in parentheses is
    # no item of the list)
    # nor is a later name in an aside (`Tổng cục Thuế (nay là Cục Thuế) và …`)
    return [m for m in doc.within(doc.entities, lo, hi) if not is_bare_council(m) and m.end <= hi
            and not (regex.search(r"\(\s*$", doc.text[max(0, m.start - 3):m.start]) and doc.text[m.end:m.end + 1] == ")")
            and not RENAMED_BEFORE.search(doc.text[max(0, m.start - 40):m.start])]


def _units_before(doc: Document, lo: int, cue_start: int) -> list[Mention]:
    """The run of named units joined by `,`/`và` that ends just before the cue."""
    named = _named(doc, lo, cue_start)
    if not named or not _TO_CUE.match(doc.text[named[-1].end:cue_start]):
        return []
    return _run(doc, named[::-1])[::-1]


def _units_after(doc: Document, cue_end: int, hi: int) -> list[Mention]:
    """The run of named units that starts right after the cue (`lần lượt là A, B và C`)."""
    named = _named(doc, cue_end, hi)
    if not named or not _FROM_CUE.match(doc.text[cue_end:named[0].start]):
        return []
    return _run(doc, named)


def _run(doc: Document, outward: list[Mention]) -> list[Mention]:
    """The units, read outward from the cue, for as long as each is joined to the last by `,`/`và`;
    nothing if a unit repeats (then the list is not one of distinct owners)."""
    run = [outward[0]]
    for m in outward[1:]:
        a, b = sorted((run[-1], m), key=lambda x: x.start)
        if not _JOINER.match(doc.text[a.end:b.start]):
            break
        run.append(m)
    return run if len({m.canonical for m in run}) == len(run) else []
