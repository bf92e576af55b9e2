"""Hand-written linking decisions: the fallback when no learned model is shipped, and the
baseline the learned models must beat (issue 4).

Subject: a weighted score over the shared candidate features. Metric, year, comparison year
and modality: read from the figure's clause and sentence first, then carried from context.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from ..document import Document
from ..figures import COMPARATIVES, GAP_WORDS, Candidate
from ..metrics import (
    INDEX_CODE,
    RESPONDENTS,
    SERVICE_INDEX,
    MetricMention,
    find_metric_mentions,
    names_par_area,
    names_pgi_area,
)
from ..numbers import parse_number, parse_word_number
from ..years import STATUS_DATE, YearMention
from .features import SHARE_OF_RESPONDENTS, SubjectCandidate, headline_item, is_bare_council, last_match
from .respectively import listed

_F = regex.IGNORECASE | regex.VERSION1

# Weights for the subject score; positive is evidence for the candidate.
SUBJECT_WEIGHTS: dict[str, float] = {
    # a mention in the figure's own sentence
    "same_sentence": 70.0,
    "same_after_copula": 22.0,
    "same_owner_after": 30.0,
    "same_after_fronted": 30.0,
    "heading_of_paragraph": 45.0,
    "same_apposition": 60.0,
    "same_in_block": -60.0,
    "same_ordinal_names_after": 40.0,
    "same_after": -25.0,
    "same_after_comma": -20.0,
    "same_char_dist_log": -3.0,
    "same_ents_between": -5.0,
    "same_figs_between": -1.0,
    "same_strong_between": -12.0,
    "same_in_parens_alone": -25.0,
    "same_in_aside_on_unit": -40.0,
    "same_excluded_aside": -60.0,
    "same_paren_owner": 45.0,
    # a mention in an earlier sentence (or the title): the topic carried on
    "cross_sentence": 14.0,
    "cross_sent_dist_log": -5.0,
    "cross_topic_share": 30.0,
    "cross_is_top_topic": 8.0,
    "cross_prev_subject": 5.0,
    "cross_paragraph_place": 10.0,
    "cross_sentence_has_entity": -8.0,
    "cross_sentence_national": -10.0,
    "cross_anaphor_topic": 20.0,
    "anaphor_region": 45.0,
    "region_average_owner": 90.0,
    "cross_prev_continuation": 25.0,
    "cross_prev_demonstrative": 45.0,
    "head_anaphor": 30.0,
    "own_body": 30.0,
    "cross_announcer_org": -25.0,
    "cross_publisher": -20.0,
    "source": -45.0,
    "speaker": -25.0,
    "dateline": -60.0,
    "event_place": -40.0,
    # either
    "in_title": 3.0,
    "in_lead": 2.0,
    "label_loc": 2.0,
    "level_province": 3.0,
    "level_region": -3.0,
    "is_country": -15.0,
    "scope": -30.0,
    "scope_of_total": -30.0,
    "org_rarely_subject": -25.0,
    "compare_target": -45.0,
    "affiliation": -40.0,
    "announcer": -30.0,
    "in_list": -12.0,
    "implied_place": -3.0,
    "implied_place_of_actor": -10.0,
    "renamed_aside": -60.0,
    "appositive_parent": -40.0,
    "in_counted_group": -40.0,
    "member_of_counted": -40.0,
    "owner_cue": 2.0,
    # the "no named subject" candidate
    "none_bias": 20.0,
    "none_sentence_national": 16.0,
    "none_sentence_has_entity": -4.0,
    "none_anaphor": -20.0,
    "none_no_candidates": 100.0,
    "none_peers": 40.0,
    "none_continues_unowned": 15.0,
    "none_national_clause": 60.0,
    "none_average_national": 30.0,
    "none_average_many_units": 20.0,
    "none_unnamed_ranked": 40.0,
    "none_median": 60.0,
    "none_survey_many_units": 25.0,
    "none_no_focus": 15.0,
    "none_reference_value": 60.0,
    "none_spread": 40.0,
    "none_shared": 60.0,
    "none_national_extreme": 80.0,
    "none_plural_referent": 60.0,
    "same_setter": -50.0,
    "same_in_source_phrase": -30.0,
    "org_counts_places": -20.0,
    "outside_ranked_field": -15.0,
}


def subject_score(c: SubjectCandidate) -> float:
    return sum(SUBJECT_WEIGHTS.get(k, 0.0) * v for k, v in c.features.items())


# --- metric ---------------------------------------------------------------------------

# `100% TTHC`, `100% cơ quan`: a share of things, not an index value (`đạt 90.25% xếp vị trí thứ 3`, the
# comma dropped before a verb of ranking, `giảm 0,52% về điểm số` and `giảm 1,37% do …`, a cause, are the value itself).
_SHARE_OF_THINGS = regex.compile(
    r"^\s?%[^\S\n]+(?!số\s+điểm)(?:số\s+)?(?!(?:điểm|chỉ\s+số|so|và|trong|tăng|giảm|trở|là|ở|đến|của|năm|vào|trên|dưới|lên|xuống|cao|"
    r"thấp|tại|với|thì|nhưng|hoặc|hay|còn|rồi|được|đã|sẽ|nên|mà|cho|từ|khi|sau|trước|so\s+với|xếp|đứng|vươn|lọt|giữ|về|do|nhờ|bởi|vì|"
    # (`Kết quả 89,76% ghi nhận nỗ lực …`: a remark on the figure, not what it is a share of)
    r"ghi\s+nhận|thể\s+hiện|khẳng\s+định|chứng\s+tỏ|góp\s+phần)(?!\p{L}))(?:(?-i:\p{Ll})|TTHC|UBND|G(?:R)?DP)",
    _F,
)


# (`…, đồng thời cắt giảm …`: a cut in a clause of its own)
_CUT_VERB = regex.compile(r"[,;]\s*(?:(?:đồng\s+thời|và)\s+)?cắt\s+giảm(?!\p{L})", _F)


# `87% số xã, thị trấn được xếp loại tốt`, `100% đơn vị đạt từ 70 điểm`: a share of the units that reach
# a level of the index in force, not a share of things
_UNITS_REACHING = regex.compile(
    r"^\s?(?:số\s+)?(?:xã|phường|thị\s+trấn|đơn\s+vị|cơ\s+quan|sở|bộ|địa\s+phương|huyện)(?!\p{L})[^.;:]{0,60}?"
    r"(?:đạt|xếp\s+loại|được\s+xếp|có\s+(?:Chỉ\s+số|điểm))\s+(?!t[ỷỉ]\s+lệ)", _F)
_ASIDE_ABOUT_BEFORE = regex.compile(r"(?:cũng|còn)\s+(?:xếp|đứng)\s+(?:thứ\s+)?\S+\s+(?:về|trong)\s+(?:bảng\s+xếp\s+hạng\s+)?$", _F)
_PROCEDURES = regex.compile(r"TTHC|thủ\s+tục\s+hành\s+chính", _F)
_RATE_OF_FILES = regex.compile(r"t[ỷỉ]\s+lệ|hồ\s+sơ", _F)  # (`tỷ lệ hồ sơ TTHC được giải quyết trực tuyến`)
_FACTOR_BEFORE = regex.compile(r"(?:yếu\s+tố|tiêu\s+chí|[-+•\p{So}])\s*[\"“]?$", _F)
_SERVICE_INDEX = regex.compile(SERVICE_INDEX, _F)
# (`Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,18%, xếp thứ 3 cả nước`, `Tăng trưởng kinh tế đạt 12,16%, đứng thứ
# hai cả nước`: a rate ranked too)
_RANKED_QUANTITY = regex.compile(r"GRDP|GDP|FDI|kim\s+ngạch|xuất\s+khẩu|nhập\s+khẩu|thu\s+ngân\s+sách|doanh\s+thu|sản\s+lượng|"
                                 r"t[ỷỉ]\s+lệ|tốc\s+độ|tăng\s+trưởng(?:\s+kinh\s+tế)?", _F)


# Where SIPAS is being discussed, citizens' satisfaction with a service is one of its measures (a
# `tỷ lệ người dân hài lòng` counted at a service desk, or satisfaction elsewhere, is `OTHER`).
_CITIZEN_SATISFACTION = regex.compile(
    r"(?:người\s+dân|tổ\s+chức)(?:,\s*(?:tổ\s+chức|doanh\s+nghiệp))?\s+(?:\p{L}+\s+){0,2}?hài\s+lòng"
    r"|hài\s+lòng\s+(?:của\s+)?(?:người\s+dân|tổ\s+chức)"
    # (`Trong đó, sự hài lòng về tiếp cận dịch vụ đạt 84,2%`: one of the factors, its respondents understood)
    r"|(?<!\p{L})sự\s+hài\s+lòng\s+(?:về|với|đối\s+với)", _F)


_INDICES_COUNTED = regex.compile(r"\s?(?:bộ\s+)?chỉ\s+số(?!\s+(?:thành\s+phần|nội\s+dung|chính|con|trụ\s+cột)(?!\p{L}))(?!\p{L})", _F)
_PLAN_ITEMS_AFTER = regex.compile(r"\s?(?:chỉ\s+tiêu(?!\s+thành\s+phần)|nhiệm\s+vụ)(?!\p{L})", _F)
_RESPONDENTS = regex.compile(rf"^\s?{RESPONDENTS}", _F)
# (`Số doanh nghiệp thừa nhận có chi trả … chiếm 24,6%`: the respondents counted, then their share)
_THIS_RATE = regex.compile(r"(?<!\p{L})(?:t[ỷỉ]\s+lệ|con\s+số)\s+(?:này|đó|trên)(?!\p{L})", _F)
_RESPONDENTS_SHARE = regex.compile(rf"t[ỷỉ]\s+lệ\s+{RESPONDENTS}|(?<!\p{{L}})số\s+{RESPONDENTS}[^;]*?\s(?:chiếm|là)\s+$", _F)
# (`Trong số người trả lời, nam giới chiếm 53,2%, nữ giới 46,8%; …`: the sample described)
_AMONG_RESPONDENTS = regex.compile(rf"^\W*trong\s+(?:tổng\s+)?số\s+{RESPONDENTS}", _F)


def choose_metric(doc: Document, fig: Candidate, context_index: str | None) -> tuple[str, str, float]:
    """(index, metric text, confidence) for a figure."""
    si = doc.sentence_of(fig.start)
    s_start, s_end = doc.sentences[si]
    if fig.start >= doc.related_start:
        # another story's headline: what it names, or nothing the page was about
        s_start, s_end = headline_item(doc.text, fig.start, fig.end)
        context_index = None
    if fig.column and (named := _column_index(fig.column)):
        return named.index, named.text, 0.9  # a table cell under `SIPAS 2024 (%)`
    here = doc.within(doc.metrics, s_start, s_end)
    if not here and _labels_value_below(doc, s_start - 1 if doc.text[s_start - 1:s_start] == "\n" else -1):
        # `Hồ sơ trực tuyến toàn trình` then `58,7%`: an infographic's value takes the measure its label names
        label_start = doc.text.rfind("\n", 0, s_start - 1) + 1
        if not regex.search(r"\d", doc.text[label_start:s_start]):  # (a label, not `Số phiếu hợp lệ: 1.350`)
            here = doc.within(doc.metrics, label_start, s_start)
    before = [m for m in here if m.end <= fig.start]
    after = [m for m in here if m.start >= fig.end]
    levels_only = fig.kind in ("rank", "score") or (fig.kind == "delta" and fig.unit in ("rank", "point"))

    def usable(m: MetricMention) -> bool:
        if levels_only and m.index == "OTHER" and not _SERVICE_INDEX.match(m.text):
            # `Quy mô GRDP ước đạt hơn 640.000 tỷ đồng, đứng thứ 4 cả nước`: an economic quantity ranked
            # in its own clause, with no index named after it
            return fig.kind == "rank" and m.end <= fig.start and bool(_RANKED_QUANTITY.fullmatch(m.text)) \
                and not any(x.index != "OTHER" and m.end <= x.start < fig.start for x in here) \
                and not regex.search(r"[;]|\.\s", doc.text[m.end:fig.start])
        return True

    units_share = bool(_UNITS_REACHING.match(doc.text[fig.end:fig.end + 120])) and (
        context_index is not None or any(m.index not in ("OTHER", "COMPONENT") for m in here))
    if fig.unit == "%" and not units_share and _SHARE_OF_THINGS.match(doc.text[fig.end - 1:fig.end + 20]) and not any(
        m.index not in ("OTHER", "COMPONENT") and m.strong and not (fig.kind == "delta" and _CUT_VERB.search(doc.text, m.end, fig.start))
        for m in here
    ):
        # (`Chỉ số CCHC đạt trên 90%, …, đồng thời cắt giảm, đơn giản hóa 30% điều kiện kinh doanh`: a cut of things
        # named after the index, in a clause of its own)
        return "OTHER", _phrase_after(doc.text, fig.end), 0.7
    if fig.kind == "count" and fig.total and fig.total >= 3 and _INDICES_COUNTED.match(doc.text, fig.end) and len(
            {m.index for m in doc.within(doc.metrics, max(0, fig.start - 1200), fig.start)
             if m.strong and m.index not in ("OTHER", "COMPONENT")}) >= fig.total:
        # `… 6. PGI: 21,25 điểm (hạng 17). Như vậy, 4/6 chỉ số có thứ hạng cải thiện`: a count of the indices
        # just listed, no one index's figure
        return "OTHER", _phrase_after(doc.text, fig.end), 0.7
    if fig.kind == "count" and _PLAN_ITEMS_AFTER.match(doc.text, fig.end):
        # `hoàn thành 19/21 chỉ tiêu`, `45/47 nhiệm vụ của kế hoạch cải cách hành chính`: a plan's items met,
        # not an index's figure (an index's `chỉ tiêu thành phần` are its components)
        return "OTHER", _phrase_after(doc.text, fig.end), 0.7
    # (`gần 2/3 số doanh nghiệp`, `khoảng 3/4 người dân`: a fraction of them is a share too; not a
    # table's `7/10` over the next row's label)
    fraction = fig.kind == "count" and bool(fig.total) and not doc.text.startswith("\n", fig.end)
    clause = doc.text[s_start:fig.start].rsplit(";", 1)[-1]
    if (fig.unit == "%" or fraction) and (_RESPONDENTS.match(doc.text[fig.end:fig.end + 30]) or _RESPONDENTS_SHARE.search(clause)
                                          or _AMONG_RESPONDENTS.search(doc.text[s_start:fig.start])
                                          # (`41,3% người trả lời cho rằng …; tỷ lệ này ở Cà Mau là 36.8%`: the same share)
                                          or (_THIS_RATE.search(clause) and SHARE_OF_RESPONDENTS.search(doc.text, s_start, fig.start))):
        # `38,5% doanh nghiệp cho biết …`, `tỷ lệ doanh nghiệp phải trả chi phí không chính thức`: a
        # share of respondents is a figure of its own, even when it names an index's component
        return "OTHER", _phrase_after(doc.text, fig.end), 0.7
    about = [m for m in after if usable(m) and _ABOUT_METRIC.fullmatch(doc.text[fig.end:m.start])]
    if about:
        # `tăng 5 bậc về chỉ số xanh`, `xếp thứ 27/63 về PCI`: the index the figure is said to be about
        # (`dẫn đầu khối bộ về chuyển đổi số`: a ranking on digital transformation is the DTI's; `giữ ngôi quán
        # quân cải cách hành chính`, the PAR Index's, whatever index is in force)
        if about[0].index not in ("OTHER", "COMPONENT") and not about[0].strong and not about[0].area:
            return about[0].index, about[0].text, 0.85
        return _resolve(doc.text, about[0], before, context_index), about[0].text, 0.85
    # (not an index named as another's companion: `Ở Chỉ số xanh cấp tỉnh (PGI) năm 2025 do VCCI công bố cùng PCI,
    # TP Cần Thơ đạt 24,08 điểm`)
    # (nor a quantity named in an aside on when: `Nhìn lại năm 2024, khi bộ máy chưa sắp xếp, Bộ Thông tin và Truyền
    # thông đạt 89,12%`)
    cand = [m for m in before if usable(m) and not _COMPANION_BEFORE.search(doc.text, max(0, m.start - 30), m.start)
            and not (m.index == "OTHER" and _in_time_aside(doc.text, m, s_start, fig.start))
            # (`thu về hơn 37.000 phiếu hợp lệ …; 7 trong 10 yếu tố …`: the survey's return has a clause of its own)
            and not (m.index == "OTHER" and m.text.lower().startswith("phiếu") and ";" in doc.text[m.end:fig.start])]
    if cand:
        m = cand[-1]
        # `PCI và PAPI duy trì trong top 20`, `Công bố PAR Index và SIPAS 2024: 9/63 …`: one figure for
        # indices named together goes with the first; `Chỉ số CCHC và SIPAS lần lượt đạt 85% và 80%`
        # pairs them in order
        chain = [m]
        while (k := before.index(chain[0])) > 0:
            prev = before[k - 1]
            if prev.index == chain[0].index and regex.fullmatch(INDEX_CODE, chain[0].text, _F) and \
                    regex.fullmatch(r"[^\d();.:]{0,120}?\(\s*", doc.text[prev.end:chain[0].start]):
                chain[0] = prev  # `Chỉ số hài lòng … (SIPAS)`: a name and its code in parentheses are one mention
                continue
            if not (prev.strong and chain[0].strong and usable(prev) and prev.index not in ("OTHER", "COMPONENT", chain[0].index)
                    and _JOINED_NAMES.fullmatch(doc.text[prev.end:chain[0].start])):
                break
            if any(_ABOUT_METRIC.fullmatch(doc.text[f.end:prev.start]) for f in doc.within(doc.figures, s_start, prev.start)):
                break  # `lần đầu vào top 10 Chỉ số xanh cấp tỉnh, PCI 2024 tăng 9 bậc`: the first has its own figure
            if _BESIDE_BEFORE.search(doc.text, max(0, prev.start - 15), prev.start):
                # `Cùng với SIPAS, Chỉ số CCHC …`, `Cùng với SIPAS và PAPI, Chỉ số CCHC …`: named beside the
                # list, not in it, with all that was joined to it
                chain = [m]
                break
            chain.insert(0, prev)
        cue = regex.search(r"lần\s+lượt|tương\s+ứng", doc.text[m.end:fig.start], _F)
        if cue is None:
            m = chain[0]
        else:
            # `lần lượt đạt 87,21%, 82,64% và 43,56 điểm`: the first list after the cue, whatever its kinds;
            # else the figures of this one's kind (`xếp thứ 11/63, 29/63 và 8/63`)
            after_cue = doc.within(doc.figures, m.end + cue.end(), s_end)
            run = after_cue[:len(chain)]
            same_kind = [f for f in after_cue if f.kind == fig.kind]
            if fig in run and len(run) == len(chain) and listed(doc, run):
                m = chain[run.index(fig)]
            elif fig in same_kind and len(same_kind) == len(chain):
                m = chain[same_kind.index(fig)]
        index = _resolve(doc.text, m, before, context_index)
        if index == "OTHER" and _PROCEDURES.fullmatch(m.text) and not _RATE_OF_FILES.search(
                regex.split(r"[;:]", doc.text[s_start:m.start])[-1]) and (
                any(x.index == "SIPAS" for x in here if x is not m) or (context_index == "SIPAS" and _FACTOR_BEFORE.search(
                    doc.text[max(0, m.start - 15):m.start]))):
            index = "SIPAS"  # `tiếp cận dịch vụ 84,1%; thủ tục hành chính 83,5%`: one of SIPAS's five factors
        if index == "OTHER" and "SIPAS" in (context_index, *(x.index for x in here)) and \
                not any(x.index == "OTHER" and "hài lòng" in x.text.lower() for x in before) and \
                _CITIZEN_SATISFACTION.search(clause) and not regex.search(r"t[ỷỉ]\s+lệ", clause, _F):
            index = "SIPAS"  # `người dân hài lòng nhất với kết quả giải quyết TTHC (84,2%)`
        return index, m.text, 0.85
    # (not across a `;` into the next clause: `đạt 87,41%, xếp thứ 24/63; SIPAS của tỉnh đạt …`; nor into
    # the cause given after it: `tăng 1,65%, chủ yếu nhờ cải thiện ở lĩnh vực thủ tục hành chính`, nor into
    # another clause)
    cand = [m for m in after if usable(m) and m.start - fig.end < 80 and ";" not in doc.text[fig.end:m.start]
            and not _CAUSE_AFTER.search(doc.text, fig.end, m.start)]
    if cand:
        m = cand[0]
        return _resolve(doc.text, m, before, context_index), m.text, 0.75
    if context_index:
        return context_index, "", 0.6
    return "OTHER", "", 0.4


_TIME_ASIDE = regex.compile(r"\s*(?:(?:sau|trước|trong)\s+)?(?:khi|lúc)\s", _F)


def _in_time_aside(text: str, m: MetricMention, s_start: int, fig_start: int) -> bool:
    """Is `m` inside a `khi …,` clause that ends before the figure's?"""
    lo = max(text.rfind(",", s_start, m.start), s_start - 1) + 1
    return bool(_TIME_ASIDE.match(text, lo, m.start)) and "," in text[m.end:fig_start]


_COMPANION_BEFORE = regex.compile(
    r"(?:công\s+bố|đánh\s+giá|khảo\s+sát|xếp\s+hạng|thực\s+hiện)\s+(?:song\s+song\s+)?cùng(?:\s+với|\s+lúc\s+với)?\s+(?:chỉ\s+số\s+)?$", _F)
def _companion(doc: Document, m: MetricMention) -> bool:
    """An index another is published with (`PGI … do VCCI công bố cùng với PCI. Hà Tĩnh đạt …`), or its code
    spelled out after it (`công bố cùng với Chỉ số hài lòng … (SIPAS) năm 2024`): it does not set the index of
    what follows."""
    if _COMPANION_BEFORE.search(doc.text, max(0, m.start - 30), m.start):
        return True
    named = next((x for x in reversed(doc.metrics) if x.index == m.index and x.end <= m.start), None)
    return named is not None and bool(_CODE_OPENS.fullmatch(doc.text, named.end, m.start)) and _companion(doc, named)


_CODE_OPENS = regex.compile(r"[^()\n.;]{0,140}\(\s*")
# (nor into a clause of its own after it: `đưa chỉ số lên trên 86%, đồng thời cải thiện … sự hài lòng của người dân`)
_CAUSE_AFTER = regex.compile(
    r",\s*(?:(?:(?:chủ\s+yếu|phần\s+lớn|một\s+phần)\s+)?(?:nhờ|do|vì|bởi)|đồng\s+thời|trong\s+khi|nhưng|song)(?!\p{L})"
    # (`Kết quả 89,76% ghi nhận nỗ lực …, nhất là trong cắt giảm thủ tục hành chính`: a remark on the figure)
    # (not `phản ánh`, feedback: `97% phản ánh được xử lý đúng hạn`)
    r"|(?<!\p{L})(?:ghi\s+nhận|cho\s+thấy|thể\s+hiện|khẳng\s+định)(?!\p{L})", _F)
# (`top 5 PCI`, `43 điểm PAPI`: an index code right after the figure names it too)
# (`vào top 10 cả nước về DTI`: the scope of the ranking may stand between)
# (`thuộc nhóm 3 địa phương dẫn đầu về PGI`: the units the group counts and what they lead in)
_ABOUT_METRIC = regex.compile(
    r"\s*(?:(?:tỉnh|địa\s+phương|bộ|đơn\s+vị)(?:,\s*thành(?:\s+phố)?)?\s+(?:dẫn\s+đầu|đứng\s+đầu|cao\s+nhất|tốt\s+nhất)\s+)?"
    r"(?:(?:cả\s+nước|toàn\s+quốc|khu\s+vực|trong\s+vùng|toàn\s+vùng|khối\s+(?:bộ|tỉnh|địa\s+phương|sở|huyện))\s+)?"
    r"(?:về|theo)\s+(?:(?:bảng\s+)?xếp\s+hạng\s+)?(?:chỉ\s+số\s+)?|[^\S\n]?", _F)
# (`Chỉ số CCHC và Chỉ số SIPAS`, `PAR Index và SIPAS`: the second name's head and the first's
# `Index` lie outside the mentions)
_BESIDE_BEFORE = regex.compile(r"(?:cùng\s+với|ngoài|bên\s+cạnh|so\s+với)\s*$", _F)
_JOINED_NAMES = regex.compile(
    r"\s*(?:Index\s*)?(?:\(?(?:năm\s+)?(?:19|20)\d\d\)?\s*)?\)?\s*(?:và|cùng|,)\s+(?:chỉ\s+số\s+)?", _F)


def _resolve(text: str, m: MetricMention, before: list[MetricMention], context_index: str | None) -> str:
    """A component inherits the index in force; so does a topic word (`chính quyền số`) or a
    quoted component name when another index is in force."""
    # (a name in quotes, `“Cải cách thủ tục hành chính”`; not any words inside a quoted speech)
    opening = regex.search(r"([“\"])\s*(?:chỉ\s+số\s+)?$", text[max(0, m.start - 12):m.start], _F)
    # (an ASCII `"` opens only if the line before holds an even number of them: `Ở "sân chơi" PCI` is no quote)
    line_before = text[text.rfind("\n", 0, m.start) + 1:m.start]
    quoted = opening is not None and (opening.group(1) == "“" or line_before.count('"') % 2 == 1)
    if m.index not in ("COMPONENT", "OTHER") and not m.strong and (comp := next(
            (x for x in reversed(before) if x.index == "COMPONENT" and x.end <= m.start
             and regex.fullmatch(r"\s+về\s[^.;:()]{0,40}", text[x.end:m.start])), None)) is not None:
        return _resolve(text, comp, before, context_index)  # (`chỉ số thành phần về chính quyền điện tử, chính quyền số`)
    if m.index not in ("COMPONENT", "OTHER") and (not m.strong or quoted):
        # the index named earlier in the sentence, else the one in force
        here = [x.index for x in before if x.strong and x is not m and x.end <= m.start
                and x.index not in ("COMPONENT", "OTHER")]
        in_force = here[-1] if here else context_index
        # (SIPAS's five factors are none of the PAR Index's areas: `Ở các chỉ số thành phần, lĩnh vực “Xây dựng và
        # phát triển chính quyền điện tử, chính quyền số” …` after a SIPAS figure is the PAR Index's)
        # (the PCI's ten areas are the DDCI's and the PGI's too, and no other index's: `DTI lọt top 25; chỉ số thành
        # phần Tiếp cận đất đai đạt từ 6,5 điểm` is the PCI's)
        if in_force and in_force != m.index and not (m.area and in_force == "SIPAS") and \
                not (m.index == "PCI" and in_force not in ("DDCI", "PGI")):
            return in_force
    if m.index != "COMPONENT":
        return m.index
    # (the component's name in quotes, or after `về`: `chỉ số thành phần về chính quyền điện tử, chính quyền số`)
    name = m.text + (text[m.end:m.end + 60] if regex.match(r"\s+về\s", text[m.end:m.end + 5]) else "")
    if names_pgi_area(name):
        return "PGI"  # (`chỉ số thành phần "Chính sách … thân thiện với môi trường"` beside a PCI figure)
    # (a topic word before it takes the index in force too: `chính quyền số giảm 0,42 điểm, khiến chỉ số thành
    # phần này tụt 5 bậc` in a PAR Index story)
    named = [x.index for x in before if x.index not in ("COMPONENT", "OTHER") and x.strong]
    topics = [x.index for x in before if x.index not in ("COMPONENT", "OTHER")]
    index = named[-1] if named else (context_index or (topics[-1] if topics else "PAR_INDEX"))
    # (SIPAS's five factors are none of the PAR Index's areas: `Riêng chỉ số thành phần "Xây dựng và phát triển
    # chính quyền điện tử, chính quyền số" của tỉnh đạt 91,4%` after a SIPAS figure is the PAR Index's)
    return "PAR_INDEX" if index == "SIPAS" and names_par_area(name) else index


def _phrase_after(text: str, pos: int) -> str:
    m = regex.match(r"^\s*(?:số\s+)?([^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,5})", text[pos:pos + 60])
    return m.group(1) if m else ""


def context_index_after(doc: Document, upto: int, current: str | None) -> str | None:
    """The index in force after reading up to `upto`: the last strongly named one."""
    named = doc.memo.get("named_metrics")
    if named is None:
        # (a photo caption announces nothing: `Hội nghị công bố PAR Index và SIPAS 2022. (Ảnh: …)`)
        # (nor does an index a figure is said to be about, `bộ này cũng xếp thứ hai về Chỉ số CCHC`, set
        # the index of what follows)
        # (the service index of Decision 766 is one too, though its figures are `OTHER`)
        # (nor an index's area in a page that never names the index: `quyết tâm cải cách thủ tục hành
        # chính` in a story on visas is a policy, and the ranks that follow are not the PAR Index's)
        indices = {m.index for m in doc.metrics if m.strong and not m.area}
        captioned = [m for m in doc.metrics if (m.index not in ("OTHER", "COMPONENT") or _SERVICE_INDEX.match(m.text))
                     and (not m.area or m.index in indices)
                     and not _ASIDE_ABOUT_BEFORE.search(doc.text[max(0, m.start - 30):m.start])
                     and not _companion(doc, m)]
        named = doc.memo["named_metrics"] = [m for m in captioned if not _on_caption(doc.text, m.start)]
        doc.memo["strong_metrics"] = [m for m in named if m.strong]
        # (a page of captions alone: what the first caption names is all there is to go by)
        doc.memo["caption_metrics"] = [m for m in captioned if m.strong]
    last = doc.last_before(doc.memo["strong_metrics"], upto) or doc.last_before(named, upto)
    if last is None:
        return current or (m.index if (m := doc.last_before(doc.memo["caption_metrics"], upto)) else None)
    if (main := _main_index(doc)) and last.index != main and (any(
            last.end <= h < upto or (h <= last.start < e and not _names_only(doc.text[h:e], last)) for h, e in _subheadings(doc))
            # (`Theo đó, PAR Index … 86,74%, …; SIPAS đạt 83,92%.` then a paragraph that names neither: a
            # sentence that sums up several indices ends, and the body goes on with the article's own)
            or (doc.text.find("\n", last.end, upto) >= 0 and _sums_up_with(doc, last, main))
            # (`Ở bảng SIPAS, xứ Thanh lần đầu lọt top 10 …` then `Ở khối bộ, NHNN xếp thứ 2/17`: the table a
            # paragraph opens with is that paragraph's)
            or (doc.text.find("\n", last.end, upto) >= 0 and _PARAGRAPH_TOPIC.fullmatch(
                doc.text, doc.text.rfind("\n", 0, last.start) + 1, last.start))):
        # a new section (`An Giang: Cấp sở cải thiện, PCI chưa theo kịp`) goes back to the article's index
        return main
    # `công bố Chỉ số CCHC (PAR Index) và Chỉ số hài lòng … (SIPAS) năm 2023. Quảng Trị đạt 87,41%`: of two
    # indices announced together, what follows is about the first
    lo = doc.sentences[doc.sentence_of(last.start)][0]
    # (two names joined by `và`, not a name and a code, `… cấp sở, ngành và địa phương (DDCI)`)
    here = doc.within(doc.memo["strong_metrics"], lo, last.end)
    # (not once the second has had a figure of its own and is named again: `công bố Chỉ số CCHC năm 2024 và SIPAS
    # 2024, Quảng Ninh tiếp tục dẫn đầu về Chỉ số hài lòng … với 90,01%`)
    together = [m for m, x in zip(here, here[1:], strict=False)
                if m.index != last.index and x.index == last.index
                and _ANNOUNCED_TOGETHER.fullmatch(doc.text, m.end, x.start)
                and not doc.within(doc.figures, x.end, last.start)]
    return together[0].index if together else last.index


# (also past whose the first is: `Chỉ số CCHC năm 2024 (PAR INDEX 2024) của các bộ, …, Ủy ban nhân dân các tỉnh,
# thành phố trực thuộc Trung ương và Chỉ số hài lòng …`; or in a table's header, `PAR INDEX 2024 (%) | SIPAS 2024 (%)`)
_ANNOUNCED_TOGETHER = regex.compile(
    r"\)?\s*(?:của\s[^\d.;:()\n]{0,140}?\s)?(?:và|cùng)\s+|\s*(?:\(\s*%\s*\)\s*)?[|\t]\s*", _F)


_PARAGRAPH_TOPIC = regex.compile(r"[^\S\n]*(?:Ở|Trên)\s+bảng\s+(?:xếp\s+hạng\s+)?", _F)


def _sums_up_with(doc: Document, last: MetricMention, main: str) -> bool:
    """`PAR Index của tỉnh đạt 86,74%, xếp thứ 21/63; SIPAS đạt 83,92%`: the sentence of `last` gives
    figures for the article's index `main` first, then for `last`'s."""
    s_start, s_end = doc.sentences[doc.sentence_of(last.start)]
    firsts = [m for m in doc.within(doc.memo["strong_metrics"], s_start, last.start) if m.index == main]
    # (not a figure said to be about `last`: `công bố Chỉ số CCHC và SIPAS, Quảng Ninh dẫn đầu cả nước về Chỉ số
    # hài lòng … với 90,01%`)
    return bool(firsts) and any(not _ABOUT_METRIC.fullmatch(doc.text, f.end, last.start)
                                for f in doc.within(doc.figures, firsts[0].end, last.start)) and \
        bool(doc.within(doc.figures, last.end, s_end))


def _on_caption(text: str, pos: int) -> bool:
    ls, le = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return bool(regex.search(r"(?:Ảnh|Nguồn\s+ảnh|Photo|Video)\s*:", text[ls:le if le >= 0 else len(text)], _F))


def _main_index(doc: Document) -> str | None:
    """The index the title or lead names first."""
    if "main_index" not in doc.memo:
        first = next((m for m in doc.metrics if m.index not in ("OTHER", "COMPONENT") and m.strong
                      and m.start < doc.lead_end), None)
        doc.memo["main_index"] = first.index if first else None
    return doc.memo["main_index"]


def is_heading_line(line: str) -> bool:
    """A short line with no final stop (`Đặt mục tiêu vào nhóm 20`): a heading, not a sentence."""
    return len(line.split()) <= 14 and not line.endswith((".", "!", "…", ":", "\"", "”", ")"))


def _labels_value_below(doc: Document, line_end: int) -> bool:
    """Is the line ending at `line_end` followed by a line that is one figure and nothing else?"""
    nxt = regex.match(r"\n[^\S\n]*([^\n]*?)[^\S\n]*(?:\n|$)", doc.text, pos=line_end)
    return nxt is not None and any(f.start == nxt.start(1) and f.end == nxt.end(1) for f in doc.within(doc.figures, nxt.start(1), nxt.end(1)))


def _names_only(line: str, m: MetricMention) -> bool:
    """A section label that is the index's name and no more (`CHỈ SỐ CHUYỂN ĐỔI SỐ`, `DTI 2024`): its section is
    about that index."""
    return bool(regex.fullmatch(r"\W*" + regex.escape(m.text) + r"(?:\s*\(\s*\w+\s*\))?(?:\s+(?:năm\s+)?\d{4})?\W*",
                                line.strip(), _F))


def _subheadings(doc: Document) -> list[tuple[int, int]]:
    """Short lines of their own after the lead, with no figure and no final stop (what they name
    sums up their section: it is no index in force)."""
    if "subheadings" not in doc.memo:
        out = []
        for lm in regex.finditer(r"(?m)^[^\S\n]*(\S[^\n]*?)[^\S\n]*$", doc.text, pos=doc.lead_end):
            line = lm.group(1)
            # (not a caption; nor an infographic's label over its value, `Xếp thứ` then `29/63`, or with its count,
            # `Số phiếu khảo sát hợp lệ: 1.350`)
            if is_heading_line(line) and not doc.within(doc.figures, lm.start(), lm.end()) and lm.end() < len(doc.text) \
                    and not regex.search(r"(?:Ảnh|Nguồn|Photo|Video)\s*:|:\s*\d[\d.,]*$", line, _F) \
                    and not _labels_value_below(doc, lm.end()):
                out.append((lm.start(), lm.end()))
        doc.memo["subheadings"] = out
    return doc.memo["subheadings"]


def heading_index(doc: Document, pos: int) -> str | None:
    """For a figure on a heading line of the body that names no index by name (`Sở Tư pháp dẫn đầu khối sở, thị xã
    Hồng Lĩnh giữ ngôi quán quân cấp huyện`): the heading sums up its section, so the index is the first
    one the section names, not the one in force from the section before."""
    ls = doc.text.rfind("\n", 0, pos) + 1
    if ls < doc.lead_end:
        return None
    cache = doc.memo.setdefault("heading_index", {})  # (one answer per line, however many figures it holds)
    if ls not in cache:
        cache[ls] = _heading_index(doc, ls)
    return cache[ls]


def _heading_index(doc: Document, ls: int) -> str | None:
    le = doc.text.find("\n", ls)
    le = len(doc.text) if le < 0 else le
    line = doc.text[ls:le].strip()
    # (not a line that is a value alone, an infographic's `12/63` under its label)
    if le >= len(doc.text) or len(line.split()) > 20 or line.endswith((".", "!", "…", ":", "?", ")")) \
            or regex.fullmatch(r"[\d.,/%≥≤<>\s]+(?:điểm|bậc)?", line, _F) \
            or any(m.strong for m in doc.within(doc.metrics, ls, le)) or _on_caption(doc.text, ls):
        return None
    # (the paragraph under the heading; further on, an index may be named for a comparison)
    body = regex.search(r"\S[^\n]*", doc.text, pos=le)
    first = body and next((m for m in doc.within(doc.metrics, body.start(), body.end())
                           if m.strong and m.index not in ("OTHER", "COMPONENT")), None)
    return first.index if first else None


# --- year, comparison, modality ---------------------------------------------------------

def _in_parens(text: str, pos: int) -> bool:
    open_at = text.rfind("(", max(0, pos - 60), pos)
    return open_at >= 0 and text.rfind(")", open_at, pos) < 0 and ")" in text[pos:pos + 60]


def _in_closed_parens(text: str, y_start: int, fig_start: int) -> bool:
    """Is the year inside a parenthesis that closes before the figure (`(năm 2021 là 6,88)`)?"""
    between = text[y_start:fig_start]
    if not (")" in between and "(" in text[max(0, y_start - 40):y_start]
            and text.rfind("(", 0, y_start) > text.rfind(")", 0, y_start)):
        return False
    # `(năm 2021 là 6,88)` is an aside with its own value; `(kết quả đánh giá năm 2023), Chỉ số … đạt`
    # dates what follows it
    aside = text[text.rfind("(", 0, y_start) + 1:y_start + between.index(")")].replace(text[y_start:y_start + 4], "", 1)
    return bool(regex.search(r"\d", aside)) or bool(regex.fullmatch(r"\s*(?:năm\s*)?", aside, _F))  # `9/63 (năm 2016)`


_MOVE_FROM_BEFORE = regex.compile(r"từ\s+(?:vị\s+trí\s+(?:thứ\s+)?|hạng\s+|thứ\s+(?:hạng\s+)?)?$", _F)
# (`từ vị trí 45 vươn lên vị trí 31`: a verb of motion may stand before the direction)
_MOVE_FROM_AFTER = regex.compile(
    r"^\s?(?:%|điểm)?\s*(?:\(\s*(?:năm\s+)?\d{4}\s*\)\s*)?(?:(?:vươn|leo|tăng|nhảy|tụt|rơi|lùi|giảm)\s+)?(?:lên|xuống)\s", _F)


_LAST_YEARS_VALUE_BEFORE = regex.compile(r"(?<!so\s+với\s+)(?:của\s+)?năm\s+(?:trước|ngoái)\s*\(\s*$", regex.IGNORECASE)
# (not an aside on the year before: `xếp thứ 18/63 (năm trước: thứ 31)`)
# (`nhích nhẹ so với 42,10 điểm của năm liền kề`: the year right before)
_LAST_YEARS_AFTER = regex.compile(r"^\s?(?:%|điểm)?\s*(?:\(\s*|của\s+)năm\s+(?:trước|ngoái|liền\s+(?:kề|trước))(?!\p{L})"
                                  r"(?!\s*(?::|là|xếp|đứng|đạt|thứ|hạng)(?!\p{L}))", regex.IGNORECASE)


# the words between a year compared with and the parenthesis that gives its value, and the value's own
# parenthesis up to the figure
# (a participle may describe the earlier result: `năm 2024 được VCCI tính lại theo địa giới mới (…)`)
_COMPARED_VALUE = regex.compile(r"(?:\s+(?:được|do|theo|của)\s[\p{L}\s]{0,50})?\s*\(\s*[^()]{0,40}$", regex.IGNORECASE)


def choose_year(doc: Document, fig: Candidate, target: bool, index: str | None = None) -> tuple[int | None, float]:
    year, conf = _stated_year(doc, fig, target, index)
    if year and conf <= 0.6 and fig.kind == "delta" and not target and (compared := next(
            (y for y in doc.within(doc.years, fig.end, doc.sentences[doc.sentence_of(fig.start)][1])
             if y.role == "compare" and y.year and y.start - fig.end <= 30), None)) is not None and year <= compared.year \
            and not regex.search(r"(?<!\p{L})(?:quý|tháng)(?!\p{L})", doc.text[fig.end:compared.start], _F):
        # (not a quarter or a month of the same year: `tăng 1,15% so với quý II/2025`)
        # `dữ liệu năm 2024 đã được tính lại. … cao hơn 1,97 điểm so với năm 2024`: a change since a year is of a
        # later one, not of the year carried from the sentence before
        main = main_year(doc)
        return (main if main > compared.year else compared.year + 1), conf
    if year and conf <= 0.6 and fig.kind == "delta" and not target and (n := _years_passed(doc, fig)):
        # `Năm 2023, Bộ xếp thứ 4. Như vậy, sau một năm, Bộ đã vươn lên một bậc`: the change is of the year
        # so many years on (no later than the year the article reports on)
        main = main_year(doc)
        return (min(year + n, main) if main >= year else year + n), conf
    if year and (_LAST_YEARS_AFTER.match(doc.text[fig.end:fig.end + 25])
                 or _LAST_YEARS_VALUE_BEFORE.search(doc.text[max(0, fig.start - 30):fig.start])):
        return year - 1, conf  # `từ mức 4,35% của năm trước`, `cao hơn trung vị của năm trước (22,23 điểm)`
    if year and any(y.role == "compare" and y.relative and _COMPARED_VALUE.match(doc.text[y.end:fig.start])
                    and not regex.search(r"(?:19|20)\d\d", doc.text[y.end:fig.start])
                    for y in doc.within(doc.years, doc.sentences[doc.sentence_of(fig.start)][0], fig.start)):
        # `So với năm trước (xếp thứ 14/17, đạt 81,81%)` (not `so với năm trước (năm 2022 xếp thứ 45/63)`,
        # dated by itself)
        return year - 1, conf
    if _MOVE_FROM_BEFORE.search(doc.text[max(0, fig.start - 30):fig.start]) and \
            _MOVE_FROM_AFTER.match(doc.text[fig.end:fig.end + 30]) and year is not None:
        # `từ vị trí 15 lên 13`, `từ 87,61% xuống 86,78%`: the starting point is the year before,
        # unless the sentence names the year compared with
        si = doc.sentence_of(fig.start)
        comps = [y for y in doc.within(doc.years, *doc.sentences[si]) if y.role == "compare" and not y.relative]
        own = regex.match(r"^\s?(?:%|điểm)?\s*\(\s*(?:năm\s+)?(\d{4})", doc.text[fig.end:fig.end + 20])
        if own:
            return int(own.group(1)), conf
        if moved := _move_years(doc, *doc.sentences[si]):
            return moved[0], conf  # (`từ 65,1 điểm năm 2019 lên 70,2 điểm năm 2023; về thứ hạng, từ hạng 12 lên …`)
        return (comps[0].year if comps else year - 1), conf
    return year, conf


@lru_cache(maxsize=256)
def _column_index(column: str) -> MetricMention | None:
    """The index a table column's header names (read once per header, not once per cell)."""
    return next((m for m in find_metric_mentions(column) if m.strong and m.index not in ("OTHER", "COMPONENT")), None)


def _stated_year(doc: Document, fig: Candidate, target: bool, index: str | None) -> tuple[int | None, float]:
    if fig.table_year is not None:
        return fig.table_year, 0.9  # a table cell across the row `2022 | …` or under `Hạng 2023`
    si = doc.sentence_of(fig.start)
    s_start, s_end = doc.sentences[si]
    # `so với năm 2022 (80,08%)`, `So với kết quả năm 2024 được tính lại (xếp thứ 13/34)`: the value in
    # parentheses after a comparison is that year's
    for y in doc.within(doc.years, s_start, fig.start):
        if y.role == "compare" and not y.relative and _COMPARED_VALUE.match(doc.text[y.end:fig.start]):
            return y.year, 0.85
    # `mức cao nhất kể từ năm 2019 (khi đó là 6,21 điểm)`: the value at the time of the year just named
    if (then := _THEN_IN_PARENS.search(doc.text, max(s_start, fig.start - 30), fig.start)) is not None and \
            (y := doc.last_before(doc.years, then.start())) is not None and y.year > 0 and y.end >= then.start() - 2:
        return y.year, 0.85
    ys = [_resolved(doc, y) for y in doc.within(doc.years, s_start, s_end) if y.role in ("result", "target", "current", "next", "period", "past", "before")
          and not (y.end <= fig.start and y.role != "before" and _in_closed_parens(doc.text, y.start, fig.start))
          and not (not target and y.role == "target" and _compared_plan(doc.text, s_start, y))]
    # a look back (`địa phương từng dẫn đầu PCI năm 2015`, `trong khi năm 2023 là …`) dates its own clause
    # only; one that heads what follows (`Trước đó, năm 2022, …`) dates the rest of the sentence
    ys = [y for y in ys if y.year and not (
        # (`Sở Tài nguyên và Môi trường – đơn vị từng xếp cuối bảng năm 2018 – đã vươn lên thứ 4/19`)
        (y.role == "past" and regex.search(r"[,;]\s|\s[–—-]\s", doc.text[min(y.end, fig.end):max(y.start, fig.start)]))
        # (`so với năm đầu tiên (2017) – khi tỉnh chỉ đạt 71,95% – và tăng 2,05%`: the aside between dashes
        # ends the look back)
        or (y.role == "before" and y.end <= fig.start and regex.match(r"\)?\s*[–—-]\s[^–—]*\s[–—-]\s", doc.text[y.end:fig.start]))
        or (y.role == "before" and y.start > fig.start and not _attached(doc.text, fig, y)
            and not _ATTACHED_EDITION.match(doc.text[fig.end:y.start]))
        # `So với năm 2019, khi còn đứng thứ 26, tỉnh đã tăng 8 bậc`: the `khi` clause is that year's, the
        # clause after it is not
        or (y.role == "before" and y.end <= fig.start and doc.text.count(", ", y.end, fig.start) >= 2
            and any(c.start == y.start and c.role == "compare" for c in doc.years))
        # `đẩy Quảng Ninh, quán quân PGI 2023, xuống thứ hai`: a unit's epithet dates the epithet only
        or ((ep := _epithet(doc, y)) is not None and not ep.start() <= fig.start < ep.end())
        # `Sau khi tụt xuống hạng 18 ở PCI 2023, tỉnh này vươn lên thứ 5`: a state before, with its own figure
        # and year, set apart from the clause that says what came of it
        or (y.end <= fig.start and (fc := _FRONTED_BEFORE.match(doc.text, s_start, s_end)) is not None
            and y.end <= fc.end() <= fig.start and doc.within(doc.figures, s_start, fc.end())))]
    if target:
        # `chỉ tiêu năm 2025 là tối thiểu 70% và năm 2030 là 100%`: the year each value is given for
        own = [y for y in ys if y.end <= fig.start and _YEARS_VALUE.fullmatch(doc.text, y.end, fig.start)]
        if own:
            return own[-1].year, 0.8
        # (a deadline in another clause, across `;`, is another plan's: `Kiên Giang phấn đấu năm 2023
        # cải thiện 10 bậc; Cần Thơ hướng tới … vào năm 2025`)
        tg = [y for y in ys if y.role == "target" and ";" not in doc.text[min(y.end, fig.end):max(y.start, fig.start)]]
        if tg:
            # `đến năm 2025 là 20% và đến năm 2030 là 30%`: the deadline written before the figure,
            # unless one follows it at once (`chiếm 20% GDP vào năm 2025 và 30% vào năm 2030`)
            before_tg = [y for y in tg if y.end <= fig.start]
            right_tg = [y for y in tg if y.start >= fig.end and regex.fullmatch(
                r"\s?%?(?:\s+(?!và(?!\p{L}))\p{L}+){0,3}\s+(?:vào|đến|trong)\s+(?:cuối\s+|hết\s+)?năm\s+", doc.text[fig.end:y.start], _F)]
            return (right_tg[0] if right_tg else before_tg[-1] if before_tg else tg[0]).year, 0.8
    right_after = [y for y in ys if _attached(doc.text, fig, y)]
    if right_after:
        return right_after[0].year, 0.85
    # `từ vị trí thứ 14 năm 2019 lên thứ 8`: a year attached to another figure dates that one only
    # (not one opening an aside, `7,37 điểm (năm 2021 là 6,88 điểm)`, which dates what follows it)
    dated_figures = [y for y in ys if y.end <= fig.start and _follows_figure(doc, y)]
    ys = [y for y in ys if not (_follows_figure(doc, y) and "(" not in doc.text[max(s_start, y.start - 12):y.start])]
    if (move := _move_years(doc, s_start, s_end)) is not None and \
            not any(y.year > move[1] and y.end <= fig.start for y in ys):
        # (not past a later year: `từ thứ 17 năm 2021 tụt xuống thứ 24 năm 2022; …, đến năm 2024 đạt 69,85 điểm`)
        # `đi từ 65,1 điểm năm 2019 lên 70,2 điểm năm 2023; về thứ hạng, từ hạng 12/63 lên hạng 3/63, tức
        # tăng 9 bậc`: the other moves of the sentence share the dates of the one that has them
        return (move[0] if _MOVE_START.search(doc.text[max(s_start, fig.start - 30):fig.start]) else move[1]), 0.75
    before = [y for y in ys if y.end <= fig.start]
    if before:
        return before[-1].year, 0.8
    if dated_figures and _CONTINUED_CLAUSE.fullmatch(doc.text[dated_figures[-1].end:fig.start]) and \
            not _MOVE_FROM_BEFORE.search(doc.text[max(s_start, dated_figures[-1].start - 45):dated_figures[-1].start]):
        # `nhích lên 63,05 điểm năm 2023, đứng thứ 44`: the clause that goes on from a dated figure
        return dated_figures[-1].year, 0.7
    # (not a deadline an actual is measured against: `mới đạt 38,5%, chưa bằng một nửa chỉ tiêu đặt ra cho năm 2030`)
    # (an index's code in parentheses is no break: `dẫn đầu về Chỉ số chuyển đổi số (DTI) năm 2024`)
    clause_after = [y for y in ys if y.start >= fig.end and not _STRONG_BREAK.search(_CODE_IN_PARENS.sub(" ", doc.text[fig.end:y.start]))
                    and (target or y.role != "target")]
    if clause_after:
        return clause_after[0].year, 0.7
    if index == "OTHER" and _NOW.search(doc.text[s_start:fig.start]) and (now := _present_year(doc, fig.start)):
        # `Đến nay, 100% thủ tục …`, `Hiện 1.248/1.862 TTHC …`: a status at the time of writing
        return now, 0.6
    if fig.start >= doc.related_start:
        return None, 0.5  # another story's headline: dated by itself or not at all
    if _PERIOD_NO_YEAR.search(doc.text[s_start:s_end]) and (published := _publication_year(doc)):
        # `Quý I, GRDP ước tăng 8,12%` in an article dated 03/04/2024: this year's quarter
        return published, 0.6
    if "results_only" not in doc.memo:
        # years in parentheses (`(năm 2021 là 6,88 điểm)`, `90,30% (2021)`) are asides, not carried on
        main = [y for y in doc.years if not _in_parens(doc.text, y.start) and not _follows_figure(doc, y)
                and _epithet(doc, y) is None]
        # (a span reaching past the page's date, or past every result it states, is a plan's:
        # `Bộ Chỉ số giai đoạn 2023-2030`)
        latest = _publication_year(doc) or max((y.year for y in main if y.role == "result" and not y.span_end), default=0)
        main = [_resolved(doc, y) for y in main if not (y.span_end and latest and y.year > latest)]
        # (`năm 2021 và 2022, Long An lần lượt đạt …`: earlier years listed together look back, for their
        # own sentence only)
        main = [y for y in main if not (y.role == "result" and 0 < y.year < main_year(doc) and _LISTED_YEAR.search(
            doc.text, max(0, y.start - 14), min(len(doc.text), y.end + 14)))]
        doc.memo["results_only"] = [y for y in main if y.role == "result" and y.year]
        doc.memo["results_targets"] = [y for y in main if y.role in ("result", "target") and y.year]
    carried = doc.memo["results_targets" if target else "results_only"]
    if index == "OTHER" and not _RESPONDENTS.match(doc.text[fig.end:fig.end + 30]):
        # `Chỉ số PCI năm 2022 xếp thứ 14` dates that index's figures (and its survey's shares of
        # respondents), not the quarter's economy
        key = ("not_editions", target)
        if key not in doc.memo:
            doc.memo[key] = [y for y in carried if not _EDITION_BEFORE.search(doc.text[max(0, y.start - 25):y.start])]
        carried = doc.memo[key]
    prev = doc.last_before(carried, s_start)
    if index == "OTHER" and (status := _status_date(doc, s_start)) is not None and (prev is None or status.start > prev.end):
        # `Tính đến hết tháng 4/2026, bộ phận một cửa … Tỷ lệ hồ sơ nộp trực tuyến … đạt 61,4%`: the
        # paragraph's statistics are of the date that opened it
        return status.year, 0.6
    if prev is not None and prev.year < (main := main_year(doc)) and "\n" in doc.text[prev.end:s_start] and \
            any(y.year == main for y in carried if y.end <= prev.start) and not _items_of(doc, prev, s_start) and \
            not main > (_publication_year(doc) or main):
        # `DTI năm 2023 … Năm 2022, tỉnh đứng thứ 35/63.` then a new paragraph: the look back ends with
        # its paragraph, and the article goes on with the year it reports on (not a plan's year, later than
        # the page: `kế hoạch năm 2026` at a session in December 2025)
        return main, 0.55
    if prev is not None and prev.year < main and _look_back_aside(doc, prev, s_start, main):
        # `… năm 2023 … Sở Kế hoạch và Đầu tư dẫn đầu với 81,56 điểm. Năm 2022, khoảng cách giữa hai sở này là
        # 16,3 điểm. Sở Công Thương đạt 79,9 điểm`: a one-sentence look back inside a paragraph on the main year
        return main, 0.55
    if prev is not None:
        return prev.year, 0.6
    if index == "OTHER" and (published := _publication_year(doc)):
        return published, 0.45
    # a report on a period (`kết quả đánh giá CCHC quý III/2025`) that states no other year before
    periods = [y for y in doc.years if y.role == "period" and y.start < fig.start]
    if periods:
        return periods[-1].year, 0.4
    if doc.memo["results_only"]:
        return doc.memo["results_only"][0].year, 0.35
    # a page that dates only its figures (`từ 64,12 điểm năm 2021 … lên 63,05 điểm năm 2023`): the
    # latest of them so far
    dated = [y.year for y in doc.years if y.role == "result" and y.year and y.end <= fig.start and _follows_figure(doc, y)]
    if dated:
        return max(dated), 0.3
    return None, 0.3


_EPITHET = regex.compile(
    r",\s(?:(?:đơn\s+vị|địa\s+phương|tỉnh|nhà)\s+)?(?:từng\s+)?(?:quán\s+quân|á\s+quân|vô\s+địch|(?:dẫn|đứng)\s+đầu|(?:xếp|đứng)\s+cuối)"
    r"[^,;:()\d]{0,30}?\s(?:năm\s+)?(?:19|20)\d\d\s*,\s", _F)


def _epithet(doc: Document, y: YearMention) -> regex.Match | None:
    """The aside after a unit's name that `y` dates (`Quảng Ninh, quán quân PGI 2023, …`), if any: its year
    is the epithet's, not that of the sentence around it nor of the sentences after."""
    found = doc.memo.setdefault("epithets", {})
    if y.start not in found:
        s_start, s_end = doc.sentences[doc.sentence_of(y.start)]
        found[y.start] = next((m for e in doc.within(doc.entities, s_start, y.start)
                               if (m := _EPITHET.match(doc.text, e.end, s_end)) is not None
                               and m.start() < y.start and y.end <= m.end()), None)
    return found[y.start]


_FRONTED_BEFORE = regex.compile(r"\W*(?:sau|trước)\s+khi\s[^,;:()]{3,120}?,\s", _F)


def _look_back_aside(doc: Document, prev: YearMention, s_start: int, main: int) -> bool:
    """Does `prev` open a sentence before `s_start` (`Năm 2022, …`) in the same paragraph, one that stated
    the main year before it?"""
    ps, pe = doc.sentences[doc.sentence_of(prev.start)]
    if pe > s_start or "\n" in doc.text[ps:s_start]:
        return False
    # (`Đây là sự cải thiện đáng kể nếu nhìn lại năm 2023, khi tỉnh chỉ đạt 84,15%`: a look back said as one)
    if not (regex.fullmatch(r"\W*(?:(?:trước\s+đó|còn|riêng)\s*,?\s*)?(?:vào\s+|trong\s+)?năm\s+", doc.text[ps:prev.start], _F)
            or regex.search(r"(?<!\p{L})nhìn\s+lại\s+(?:năm\s+)?$", doc.text[ps:prev.start], _F)) \
            or not regex.match(r"\s*,", doc.text[prev.end:pe]):
        return False
    para = doc.text.rfind("\n", 0, ps) + 1
    return any(y.year == main and y.role == "result" for y in doc.within(doc.years, para, ps))


def _status_date(doc: Document, s_start: int) -> YearMention | None:
    """The date of a status (`Tính đến hết tháng 4/2026, …`) that opens the paragraph of the sentence at `s_start`."""
    par_start = doc.text.rfind("\n", 0, s_start) + 1
    return next((y for y in doc.within(doc.years, par_start, s_start) if y.role == "period"
                 and _STATUS_OPENING.match(doc.text, par_start, y.start)), None)


_STATUS_OPENING = regex.compile(rf"\s*{STATUS_DATE}$", _F)


def _items_of(doc: Document, y: YearMention, s_start: int) -> bool:
    """Whether the sentence at `s_start` is an item of a list that the sentence stating `y` heads
    (`… kết quả các bộ chỉ số năm 2023 của tỉnh như sau:` then `- Chỉ số SIPAS: 84,6%` lines)."""
    head_end = doc.sentences[doc.sentence_of(y.start)][1]
    return doc.text[:head_end].rstrip().endswith(":") and regex.match(_BULLET, doc.text[s_start:s_start + 1]) is not None \
        and _LIST_ITEMS.fullmatch(doc.text, head_end, s_start) is not None


_BULLET = r"[-+•–*]"
_LIST_ITEMS = regex.compile(rf"(?:\s*\n[^\S\n]*{_BULLET}[^\n]*)*\s*\n[^\S\n]*")
_THEN_IN_PARENS = regex.compile(r"\(\s*(?:khi|lúc)\s+(?:đó|ấy)\s*(?:,\s*)?(?:(?:chỉ\s+|mới\s+)?(?:là|đạt|ở\s+mức)\s+)?$", _F)
_YEARS_VALUE = regex.compile(r"\s*(?:là|:|đạt)\s*(?:(?:tối\s+thiểu|ít\s+nhất|trên|tối\s+đa|dưới|khoảng)\s+)?", _F)
_LISTED_YEAR = regex.compile(r"(?:19|20)\d\d\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d\d(?!\d)", _F)
_STRONG_BREAK = regex.compile(r"[;:()]|\.\s")
_CODE_IN_PARENS = regex.compile(r"\(\s*(?:[\p{Lu}&-]{2,12}(?:\s+INDEX)?)\s*\)")
_NOW = regex.compile(r"(?:^|[,;:]\s*)(?:tính\s+)?(?:đến\s+nay|hiện\s+nay|hiện\s+tại|hiện)(?!\p{L})", _F)


def _present_year(doc: Document, pos: int) -> int | None:
    """The year of writing: the page's date line, else the latest day or quarter the text gives before
    `pos` (`họp báo thường kỳ quý I/2024`, `công bố … ngày 20/4/2023`; not a month ahead, `tháng 3/2018`)."""
    return _publication_year(doc) or max(
        (y.year for y in doc.years if y.end <= pos and (y.role == "period" or (y.role == "date" and regex.search(
            r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*$", doc.text[max(0, y.start - 8):y.start])))), default=None)
# (not a move on from it, `Từ vị trí 43/63 năm 2022, tỉnh vươn lên hạng 31/63`, `…, tăng 9 bậc`)
_CONTINUED_CLAUSE = regex.compile(
    r"\s*,\s*(?:(?!(?:lên|xuống|tăng|giảm|lùi|tụt|vươn|trở|về|sau|từ|tỉnh|thành|huyện)(?!\p{L}))(?-i:\p{Ll}+)\s+){1,4}", _F)
# An index edition's year (`PCI năm 2022`, `PAR Index 2023`, `Chỉ số CCHC năm 2024`).
_EDITION_BEFORE = regex.compile(
    rf"(?:{INDEX_CODE}|chỉ\s+số\s+(?:CCHC|cải\s+cách\s+hành\s+chính|năng\s+lực\s+cạnh\s+tranh|"
    r"chuyển\s+đổi\s+số|hài\s+lòng|xanh)(?:\s+cấp\s+tỉnh)?)\s+(?:năm\s+)?$", _F)
# A period of the current year named without its year: `quý I`, `3 tháng đầu năm`, `tháng 3`.
# (not a time looked back to: `tăng 2 bậc so với kết quả chấm điểm thử nghiệm hồi tháng 10`)
_PERIOD_NO_YEAR = regex.compile(
    r"(?<!\p{L})(?<!(?:hồi|từ|so\s+với|trước)\s+)(?:quý\s+(?:I{1,3}|IV|[1-4])|\d{1,2}\s+tháng\s+đầu\s+năm|tháng\s+\d{1,2})(?!\s*(?:[/-]\s*\d|năm\s+\d|\d))", _F)


def _year_just_ended(doc: Document) -> int | None:
    """`năm qua` on a page dated in November or December (a year-end review) is that year; dated
    earlier, the year before."""
    if "year_just_ended" not in doc.memo:
        # (a date line of its own, `27/12/2024 16:42 | Lượt xem: 1.386`, not a date in a sentence)
        dates = [y for y in doc.within(doc.years, 0, doc.lead_end) if y.role == "date" and len(
            doc.text[doc.text.rfind("\n", 0, y.start) + 1:(doc.text.find("\n", y.end) + 1 or len(doc.text) + 1) - 1].split()) <= 12]
        month = regex.search(r"(\d{1,2})\s*[/.-]\s*$", doc.text[max(0, dates[0].start - 6):dates[0].start]) if dates else None
        doc.memo["year_just_ended"] = (dates[0].year if int(month.group(1)) >= 11 else dates[0].year - 1) if month else None
    return doc.memo["year_just_ended"]


def _publication_year(doc: Document) -> int | None:
    """The year of the page's date line (a date before the end of the lead)."""
    if "published" not in doc.memo:
        dates = [y for y in doc.within(doc.years, 0, doc.lead_end) if y.role == "date"]
        doc.memo["published"] = dates[0].year if dates else None
    return doc.memo["published"]
# `41,4% năm 2022`, `thứ 17 (năm 2023)`: a year written right after a figure is that figure's.
_ATTACHED_YEAR = regex.compile(r"^[^\S\n]*(?:\(\s*)?(?:(?:vào|trong|của)\s+)?(?:năm\s+)?$", _F)
_ASIDE_THEN_YEAR = regex.compile(r"^(?:[^\S\n]*\((?:hạng|thứ|xếp\s+thứ)\s+\d+(?:/\d+)?\)|\))[^\S\n]*năm[^\S\n]+$", _F)
# `địa phương quán quân PGI 2022 – năm nay …`: the edition named right after a position dates it
_ATTACHED_EDITION = regex.compile(rf"^[^\S\n]*(?:của\s+)?{INDEX_CODE}\s+(?:năm\s+)?$", _F)


def _attached(text: str, fig: Candidate, y: YearMention) -> bool:
    """`41,4% năm 2022`, `90,30% (2021)`; not `7,37 điểm (năm 2021 là 6,88 điểm)`, where the year
    in parentheses opens an aside about the figure that follows it."""
    gap = text[fig.end:y.start]
    # `79,92% (hạng 40/63) năm 2022`: the year after a short aside dates the figure before it, and
    # the rank inside it
    aside = _ASIDE_THEN_YEAR.match(gap)
    if aside:
        return True
    if not (0 <= y.start - fig.end <= 12 and _ATTACHED_YEAR.match(gap)):
        return False
    return "(" not in gap or bool(regex.match(r"\s*\)", text[y.end:y.end + 3]))


def _resolved(doc: Document, y: YearMention) -> YearMention:
    """`năm nay` → the article's main result year (the one stated most often, the latest on a tie);
    `năm tới` → a target for the year after it."""
    if y.role == "current" and y.year in (-1, -2):  # `năm trước`: the year before, for its own sentence only
        base = main_year(doc) or (_publication_year(doc) or 0)
        return YearMention(y.start, y.end, base - 1 if base else 0, "before" if y.year == -1 else "result")
    if y.role == "current" and y.relative and (dated := _year_just_ended(doc)):
        return YearMention(y.start, y.end, dated, "result")  # `năm qua` on a dated page
    if y.role == "current":
        main = main_year(doc) or ((published - 1 if y.relative else published) if (published := _publication_year(doc)) else 0)
        return YearMention(y.start, y.end, main, "result")
    if y.role == "next":
        main = main_year(doc)
        return YearMention(y.start, y.end, main + 1 if main else (_publication_year(doc) or 0), "target")
    return y


def main_year(doc: Document) -> int:
    """The article's main result year: the one its own text states most often, the latest on a tie; with none,
    the year after the latest one contrasted with `năm nay` (0 if none)."""
    main = doc.memo.get("main_year")
    if main is None:
        # (not other stories' headlines: `Tin liên quan - Công bố DDCI 2024 tỉnh Lâm Đồng …`; the title and lead
        # count twice, the page's own statement of what it reports on)
        counts = Counter(x.year for x in doc.years if x.role == "result" and not x.span_end and not _in_parens(doc.text, x.start)
                         and x.start < doc.related_start for _ in range(2 if x.start < doc.lead_end else 1))
        earlier = [x.year + 1 for x in doc.years if x.role == "before"]
        main = max(counts, key=lambda k: (counts[k], k)) if counts else (
            max(earlier) if earlier and any(x.role == "current" and x.year >= 0 for x in doc.years) else 0)
        doc.memo["main_year"] = main
    return main


def _follows_figure(doc: Document, y: YearMention) -> bool:
    """A year attached to the figure before it (`54,8% năm 2021`) dates that figure only; the
    sentences after it go on with the year in force before."""
    f = doc.last_before(doc.figures, y.start)
    return f is not None and _attached(doc.text, f, y)
_GAP_TO_REFERENCE = regex.compile(
    r"(?:(?:cao|thấp|nhiều|ít|nhỉnh)\s+hơn|(?<!\p{L})hơn|vượt)\s+(?:so\s+với\s+)?(?:mức|bình\s+quân|trung\s+bình|trung\s+vị|điểm\s+trung|giá\s+trị\s+trung"
    r"|mặt\s+bằng|khối|nhóm|cấp)[^;:]*$", _F)
# (`bị trừ 0,5 điểm`: points deducted, not lost since a year)
_GAP_TRIGGERS = (*GAP_WORDS, "cách nhau", "cách biệt", "hơn", *COMPARATIVES, "bị trừ")


def _is_gap(fig: Candidate) -> bool:
    """A difference from a reference or another unit, not a change over time (`vượt Đà Lạt 1,3 điểm`,
    `vượt kế hoạch 6,8%`; but `vượt 12 bậc` is a climb)."""
    return fig.cue in _GAP_TRIGGERS or (fig.cue == "vượt" and fig.unit != "rank")
# `so với giá trị trung bình`, `so với Hà Nội`: compared with a reference or another unit
_OTHER_COMPARED = regex.compile(
    r"^\s?(?:%|điểm|bậc|hạng)?\s*so\s+với\s+(?:(?:giá\s+trị|mức|bình\s+quân|trung\s+bình|trung\s+vị|mặt\s+bằng|"
    r"các|cả\s+nước|toàn\s+quốc|nhóm|khu\s+vực|vùng|khối|tỉnh|thành\s+phố|địa\s+phương|đơn\s+vị|chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu"
    r"|dự\s+toán)(?!\p{L})"
    r"|(?-i:\p{Lu})(?!\p{Lu}))", _F)
_NO_YEAR_COMPARE = regex.compile(r"^[^.;]{0,40}?so\s+với\s+(?:thời\s+gian\s+|giai\s+đoạn\s+)?trước(?:\s+(?:đây|kia|đó))?(?!\s+năm)", _F)


_PER_YEAR_BEFORE = regex.compile(r"(?:mỗi|hằng|hàng)\s+năm(?:\s+\p{L}+){0,3}\s*$", _F)


def choose_compared_to(doc: Document, fig: Candidate, year: int | None, index: str) -> int | None:
    if fig.kind != "delta":
        return None
    si = doc.sentence_of(fig.start)
    s_start, s_end = doc.sentences[si]
    comps = [y for y in doc.within(doc.years, s_start, s_end) if y.role == "compare"]
    after = [y for y in comps if y.start >= fig.end]
    before = [y for y in comps if y.end <= fig.start]
    tail = doc.text[fig.end:s_end]
    if _NO_YEAR_COMPARE.match(tail):
        return None
    if _PER_YEAR_BEFORE.search(doc.text[max(s_start, fig.start - 40):fig.start]):
        return None  # `bình quân mỗi năm tăng 2 bậc`: a yearly rate, not a change from one year
    # a gap (`cao hơn`, `thấp hơn`) does not take a comparison year across `;` from another clause
    # (`giảm 6 bậc so với năm 2023; thấp hơn mức trung bình 2,72%`)
    if (_is_gap(fig) or fig.cue == "listed") and _GAP_TO_REFERENCE.search(
            doc.text[max(s_start, fig.start - 60):fig.start]):
        return None  # `thấp hơn mức bình quân chung 0,81%`, `cao hơn mức trung bình lần lượt 3,89% và 2,65%`
    if _is_gap(fig):
        before = [y for y in before if not regex.search(r"[;:]", doc.text[y.end:fig.start])]
    # (`tăng 1,02% so với mức trung bình của 63 tỉnh, thành phố năm 2024`: the average of a year is that year's)
    if _OTHER_COMPARED.match(tail) and not (after and (after[0].start - fig.end < 25 or (regex.fullmatch(
            r"\s?(?:%|điểm)?\s*so\s+với\s[^.;:()]{0,70}", doc.text[fig.end:after[0].start], _F)
            and not doc.within(doc.figures, fig.end, after[0].start)))):
        return None  # `cao hơn 2,37% so với giá trị trung bình của cả nước`: not a year, whatever came before
    pick = after[0] if after and not _STRONG_BREAK.search(doc.text[fig.end:after[0].start]) else (
        before[-1] if before else (after[0] if after else None)
    )
    if pick is not None:
        if pick.relative:
            return year - 1 if year else None
        # (`tăng 1,15% so với quý II/2025` in a report on 2025: an earlier period of the same year)
        return None if pick.year == year else pick.year
    if year and (span := _OVER_YEARS_AFTER.match(tail)):
        # `tăng gần 9 điểm sau 5 năm`, `tức tăng 9 bậc sau 4 năm`: measured from so many years before
        return year - int(parse_number(span.group(1)) or parse_word_number(span.group(1)) or 1)
    if year and (n := _years_passed(doc, fig)):
        return year - n  # `Như vậy, chỉ sau hai năm, tỉnh đã tăng 16 bậc`
    if regex.match(r"^\s?(?:%|điểm|bậc|hạng)?\s*so\s+với", tail, _F):
        return None  # compared with another unit, not a year
    if _is_gap(fig):
        return None
    start_year = _move_start_year(doc, s_start, s_end)
    if start_year is not None and (year is None or start_year < year):
        return start_year
    if index == "OTHER":
        return None
    return year - 1 if year else None


_OVER_YEARS_AFTER = regex.compile(
    r"\s?(?:%|điểm|bậc|hạng)?\s+(?:sau|trong|qua)\s+(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm(?!\s+(?:\d|tới|nữa|sau))", _F)
# `Như vậy, (chỉ) sau một năm, Bộ đã vươn lên …`: the clause opening the sentence says how long the change took
# (not `sau hai năm liền đứng thứ hai`, `sau ba năm triển khai`: a span of something else)
_YEARS_PASSED_BEFORE = regex.compile(
    r"(?:^|[,.:;]\s*|\n)(?:như\s+vậy,?\s+)?(?:chỉ\s+)?sau\s+(\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm,"
    r"[^,;.]*$", _F)


def _years_passed(doc: Document, fig: Candidate) -> int:
    """N of a `sau N năm,` that opens the figure's clause, else 0 (read once per figure: the year and the
    year compared with both ask)."""
    cache = doc.memo.setdefault("years_passed", {})
    if fig.start not in cache:
        s_start = doc.sentences[doc.sentence_of(fig.start)][0]
        m = _YEARS_PASSED_BEFORE.search(doc.text[s_start:fig.start])
        cache[fig.start] = int(parse_number(m.group(1)) or parse_word_number(m.group(1)) or 0) if m else 0
    return cache[fig.start]


_MOVE_START = regex.compile(r"từ\s+(?:vị\s+trí\s+(?:thứ\s+)?|hạng\s+|thứ\s+|mức\s+)?$", _F)


def _move_start_year(doc: Document, s_start: int, s_end: int) -> int | None:
    """`từ vị trí 45 năm 2020 lên 20 năm 2022, tức tăng 25 bậc`: the change in the sentence is
    measured from the year written on the starting position."""
    for y in doc.within(doc.years, s_start, s_end):
        f = doc.last_before(doc.figures, y.start)
        if f is not None and f.start >= s_start and _attached(doc.text, f, y) and \
                _MOVE_START.search(doc.text[max(s_start, f.start - 30):f.start]):
            return y.year
    return None


_MOVE_END = regex.compile(r"(?:lên|xuống|còn)\s+(?:vị\s+trí\s+(?:thứ\s+)?|hạng\s+|thứ\s+|mức\s+)?$", _F)


def _move_years(doc: Document, s_start: int, s_end: int) -> tuple[int, int] | None:
    """(from-year, to-year) of a move in the sentence whose two ends both carry their year."""
    start_year = _move_start_year(doc, s_start, s_end)
    if start_year is None:
        return None
    for y in doc.within(doc.years, s_start, s_end):
        f = doc.last_before(doc.figures, y.start)
        if f is not None and f.start >= s_start and _attached(doc.text, f, y) and y.year > start_year and \
                _MOVE_END.search(doc.text[max(s_start, f.start - 30):f.start]):
            return start_year, y.year
    return None


_COMPARED_WITH = r"(?:hơn|so\s+với|vượt|kém)\s+"
# (`thấp hơn mục tiêu đặt ra`, `hoàn thành 90% chỉ tiêu đề ra (27/30 chỉ tiêu)`: a plan an actual is measured
# against or the part of it done, not a plan)
_PLAN_MET_OR_COMPARED = r"(?:hơn|so\s+với|vượt|kém|hoàn\s+thành|đạt|\d\s?%)\s+(?:các\s+)?"
_TARGET = regex.compile(
    # (`thấp hơn mục tiêu gần 10%`: the target is what an actual is compared with; `chỉ tiêu “vào top 10 PCI”`: a
    # quota quoted)
    rf"(?:phấn\s+đấu|(?<!(?:hơn|so\s+với|vượt)\s)mục\s+tiêu|(?<!một\s+số\s+|{_PLAN_MET_OR_COMPARED})chỉ\s+tiêu\s+(?:(?:của\s+)?năm\s+\d{{4}}\s+)?(?:là|đặt\s+ra|đề\s+ra|cụ\s+thể|[“\x22](?=[^”\x22\n]{{0,40}}(?:\d|$)))|(?<!có\s)yêu\s+cầu|"
    # `xác định các chỉ tiêu chính:` then a list
    # (not `Một số chỉ tiêu khác:`, indicators)
    r"(?:xác\s+định|đặt\s+ra|đề\s+ra|giao)\s+(?:các\s+)?(?:chỉ\s+tiêu|nhiệm\s+vụ)(?:\s+(?-i:\p{Ll}+)){0,2}\s*:|"
    # `2. Chỉ tiêu đến năm 2030:`, `Chỉ tiêu năm 2026: …`: a heading over the targets of a year
    r"chỉ\s+tiêu\s+(?:đến\s+|cho\s+)?(?:năm|giai\s+đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*:|"
    # `Chỉ tiêu UBND tỉnh giao là SIPAS đạt tối thiểu 85%`: the quota, its setter named
    r"chỉ\s+tiêu(?:\s+(?:(?-i:\p{Lu})\S*|tỉnh|thành\s+phố|huyện)){1,4}\s+giao\s+(?:là|cho)(?!\p{L})|"
    r"đề\s+ra|dự\s+kiến|đặt\s+(?:ra\s+)?(?:chỉ|mục)\s+tiêu|"
    r"định\s+hướng|hướng\s+tới|phải\s+(?:(?:được\s+)?(?:đạt|vào|nằm|thuộc|lọt|giữ|đưa|có|kiểm\s+soát|bảo\s+đảm|đảm\s+bảo)"
    r"|(?:cắt\s+)?giảm|tăng|nâng|cải\s+thiện|rút\s+ngắn)|cần\s+đạt|đặt\s+ra|kế\s+hoạch\s+(?:đề\s+ra|đặt\s+ra)|nhằm\s+đạt|"
    # (not `Với quyết tâm …, năm 2023 tỉnh vươn lên thứ 33`: the resolve a result came from)
    r"(?<!(?:với|bằng|nhờ)\s+(?:sự\s+|tinh\s+thần\s+)?)quyết\s+tâm|nỗ\s+lực\s+(?:đạt|đưa)|sẽ\s+(?:đạt|tăng|giảm|nâng|đưa|cải\s+thiện|vào|lọt|giữ)|cam\s+kết\s+(?:(?:đến\s+)?năm\s+\d{4}\s*,?\s+)?(?:sẽ\s+)?(?:đạt|đưa|nâng|giữ|cải\s+thiện)"
    # `giải pháp nào để năm 2025 đưa điểm PAPI trở lại mức trên 44 điểm`: what is done for a result to come
    r"|(?<!\p{L})(?:để|nhằm)\s+(?:(?:đến\s+)?năm\s+\d{4}\s*,?\s+)?(?:đưa|nâng|lọt|vào|giữ\s+vững|trở\s+lại))",
    _F,
)
_ACTUAL_AFTER_TARGET = regex.compile(
    # (not `số hóa 100% hồ sơ, kết quả giải quyết TTHC`, the papers a procedure ends with)
    r"(?:đã\s+đạt|(?<!hồ\s+sơ,?\s+)kết\s+quả(?!\s+(?:Chỉ\s+số|chỉ\s+số|của))|thực\s+tế|đạt\s+được|hoàn\s+thành|mới\s+(?:đạt|ở\s+mức|chỉ)|chỉ\s+đạt|hiện\s+(?:nay|mới|đang)"
    # (`…; hiện tỷ lệ thu gom … đạt 95%`: where things stand now)
    r"|(?<!(?:thực|xuất|thể|biểu)\s)hiện\s+t[ỷỉ]\s+lệ"
    r"|trong\s+khi)", _F)
# `Theo kế hoạch …, đến hết năm 2025, tỷ lệ … đạt 80%`: a deadline not yet passed makes a target.
# (`tỷ lệ số hóa … kết quả giải quyết thủ tục` names a measure; `được số hóa` is what the plan wants)
_DEADLINE_ACTUAL = regex.compile(r"(?<!\p{L})(?:đã|kết\s+quả\s+(?:đạt|thực\s+hiện)|thực\s+tế|hoàn\s+thành|tính\s+đến)(?!\p{L})", _F)
# (`chỉ tiêu đến năm 2025 có tối thiểu 50% …, song đến hết tháng 10/2025 mới đạt gần 42%`: what has been
# reached against the deadline, after it)
_REACHED_AFTER_DEADLINE = regex.compile(r"(?<!\p{L})(?:mới\s+(?:đạt|ở\s+mức|chỉ)|chỉ\s+đạt)(?!\p{L})", _F)


# `…mục tiêu đến năm 2025 thuộc nhóm 15; năm 2024, PCI của Cần Thơ xếp 24/63`: a clause of its own
# that states a result year ends the plan
_RESULT_CLAUSE_AFTER = regex.compile(r";\s*(?:\p{L}+\s+){0,3}?năm\s+(?:19|20)\d\d\s*,", _F)
# (`chỉ tiêu Chính phủ giao là 30%`, `(50%)`, `(chỉ tiêu tỉnh giao: 50%)`, `chỉ tiêu Nghị quyết HĐND tỉnh giao
# (92,5%)`, `chỉ tiêu tỉnh giao cho cả năm là 40%`, `(mới đạt 37,2%, kế hoạch 38%)`)
_NAMED_TARGET_BEFORE = regex.compile(
    # (`(huyện giao tối thiểu 50%)`: the quota itself, its setter named before `giao`)
    r"(?:\((?:\s*(?:tỉnh|thành\s+phố|huyện|Chính\s+phủ|Bộ|UBND(?:\s+\p{L}+)?))\s+giao|"
    r"(?<!\p{L})(?:chỉ\s+tiêu|mục\s+tiêu|(?<!đạt\s)kế\s+hoạch)(?:(?:\s+(?:\p{Lu}\p{L}*|tỉnh|thành\s+phố|huyện)){0,5}\s+(?:giao|đề\s+ra|đặt\s+ra))?)"
    r"(?:\s+cho\s+(?:cả\s+)?năm(?:\s+\d{4})?)?"
    # (`chỉ tiêu giao tại Kế hoạch số 73/KH-UBND (tối thiểu 50%)`: the plan that set it)
    r"(?:\s+(?:giao\s+|đặt\s+ra\s+|đề\s+ra\s+)?tại\s+[^().;\n]{1,60}?)?"
    # (`chỉ tiêu tỉnh giao (tối thiểu 80%)`: the bound may open the parenthesis)
    r"(?:\s+(?:là|được\s+giao|đề\s+ra|đặt\s+ra|đạt))?(?:\s+(?:trên|tối\s+thiểu|ít\s+nhất|từ))?\s*[(:]?\s*"
    r"(?:(?:trên|tối\s+thiểu|ít\s+nhất|từ)\s+)?$", _F)
_PLANNED_CHANGE_IN_PARENS = regex.compile(
    r"(?<!\p{L})(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)[^()\d]{0,30}\(\s*(?:tăng|giảm)(?:\s+(?:trên|tối\s+thiểu|ít\s+nhất|từ))?\s*$", _F)
# `mức 35% mà tỉnh giao`, `mức tối thiểu 88% mà Kế hoạch CCHC năm 2023 đặt ra`: a threshold set by others
_SET_BY_OTHERS_AFTER = regex.compile(r"^\s?%?\s*(?:\)\s*)?mà\s+(?:[^\s,.;]+\s+){0,6}?(?:giao|đặt\s+ra|đề\s+ra|yêu\s+cầu)(?!\p{L})", _F)
_AGAINST_PLAN = regex.compile(
    r"(?:so\s+với|hơn|vượt|bằng)(?:\s+(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:năm|\d{4}|\p{Lu}\S*|nhà\s+nước|tỉnh|được))*)?\s*$", _F)
_MET_BEFORE = regex.compile(r"(?<!\p{L})(?:đảm\s+bảo|bảo\s+đảm|đáp\s+ứng)(?:\s+(?:được|đủ|đúng|các|mọi))*\s*$", _F)
_RESULT_ITEM = regex.compile(r"^\s*(?:\d{1,2}[.)]|(?-i:\p{Ll})\)|[-+•–])\s+(?:kết\s+quả|đã\s+đạt|thực\s+hiện\s+được)", _F)
_LIST_ITEM_START = regex.compile(r"^\s*(?:\d{1,2}[.)]|(?-i:\p{Ll})\)|[-+•–●▪◦■◆►])\s")  # (`1.`, `a)`, `đ)`, `-`)


def _plan_heading(doc: Document, si: int) -> bool:
    """The list item in sentence `si` hangs under a plan (`Chỉ tiêu cụ thể năm 2025:` then `- …`):
    back over the items before it, the line that introduces them names a target."""
    for sj in range(si - 1, max(-1, si - 15), -1):
        start, end = doc.sentences[sj]
        text = doc.text[start:end]
        line_start = doc.text.rfind("\n", 0, start) + 1
        if doc.text[line_start:start].strip() and _LIST_ITEM_START.match(doc.text[line_start:start]) and not text.rstrip().endswith(":"):
            continue  # a sentence that goes on an item's line (`1. … được thành lập … Theo số liệu …`) is the item's
        # (a numbered heading over lettered items is the heading: `2. Mục tiêu cụ thể đến năm 2030:` then `a) …`,
        # `3. Nhiệm vụ năm 2025` then `a) …`)
        if not _LIST_ITEM_START.match(text) or text.rstrip().endswith(":") or (
                _NUMBERED.match(text) and _LETTERED.match(doc.text[doc.sentences[si][0]:doc.sentences[si][1]])):
            return bool(_TARGET.search(text) or _TASKS_AHEAD.search(text)) and not _ACTUAL_AFTER_TARGET.search(text)
    return False


_NUMBERED = regex.compile(r"^\s*\d{1,2}[.)]\s")
_LETTERED = regex.compile(r"^\s*(?-i:\p{Ll})\)\s")
# `Nhiệm vụ năm 2025`, `Phương hướng, nhiệm vụ năm 2026`: the tasks set for a year, a plan
_TASKS_AHEAD = regex.compile(r"(?<!\p{L})(?:nhiệm\s+vụ|phương\s+hướng)(?:\s+\p{L}+){0,3}\s+(?:năm|giai\s+đoạn)\s+\d{4}", regex.I)


_COMPARED_WITH_TARGET_BEFORE = regex.compile(rf"{_PLAN_MET_OR_COMPARED}(?:mục|chỉ)\s+tiêu\s*$", _F)
# `thấp hơn mục tiêu đặt ra cho năm 2025 khoảng 3,6%`: the plan an actual is measured against
_COMPARED_PLAN_BEFORE = regex.compile(
    rf"{_COMPARED_WITH}(?:(?:mục|chỉ)\s+tiêu|kế\s+hoạch)(?:\s+(?:đặt\s+ra|đề\s+ra|được\s+giao|giao))?"
    r"\s+(?:(?:cho|đến|vào|của)\s+)?(?:hết\s+|cuối\s+)?năm\s*$", _F)


def _compared_plan(text: str, s_start: int, y: YearMention) -> bool:
    """Is `y` the deadline of a plan an actual is compared with?"""
    return bool(_COMPARED_PLAN_BEFORE.search(text[max(s_start, y.start - 60):y.start]))


_STRIVES = regex.compile(r"(?<!\p{L})(?:phấn\s+đấu|đặt\s+mục\s+tiêu|hướng\s+tới)(?!\p{L})", _F)


def _plan_goes_on(doc: Document, si: int) -> bool:
    """`… phấn đấu đến năm 2025 thuộc nhóm 30 tỉnh dẫn đầu. Kinh tế số chiếm tối thiểu 10% GRDP; 100% hồ sơ …`:
    after a plan with a deadline still ahead, a sentence of the same paragraph that sets bounds, names no
    year and no unit and says nothing of what has been reached goes on listing the plan."""
    p_start, p_end = doc.sentences[si - 1]
    s_start, s_end = doc.sentences[si]
    # (not one that names a unit: `… mục tiêu năm 2025 … 73 điểm. Thị trấn Nghèn dẫn đầu với 93,05 điểm.`)
    if "\n" in doc.text[p_end:s_start] or doc.within(doc.years, s_start, s_end) or any(
            not is_bare_council(e) for e in doc.within(doc.entities, s_start, s_end)):
        return False
    # (a plan alone: not `năm 2023 đạt 98,5%; tỉnh đặt mục tiêu đến năm 2025 …`, `mới đạt 38,6%, trong khi chỉ tiêu …`;
    # a decree's date or the year a planned change is measured from says nothing of results)
    years = [y for y in doc.within(doc.years, p_start, p_end) if y.role not in ("date", "compare")]
    if any(y.role != "target" for y in years) or (years and years[-1].year <= main_year(doc)):
        return False
    # (or a plan that names no year of its own: `tỉnh phấn đấu Chỉ số CCHC thuộc nhóm 8 …; PCI nằm trong top 10.`;
    # not a requirement unmet, `Tỉnh chưa đáp ứng yêu cầu tối thiểu 50%.`)
    if not years and (doc.within(doc.years, p_start, p_end) or not _STRIVES.search(doc.text, p_start, p_end)):
        return False
    # (and the sentence sets bounds, as plans do: `tối thiểu 10%`, `dưới 2%`, `100% hồ sơ`; not `Mức hài lòng
    # bình quân của khối bộ đạt 82,92%.`)
    return any(f.comparator in (">", ">=", "<", "<=") or (f.unit == "%" and f.value == 100)
               for f in doc.within(doc.figures, s_start, s_end)) \
        and not any(p.search(doc.text, lo, hi) for p in (_DEADLINE_ACTUAL, _ACTUAL_AFTER_TARGET, _NOW)
                    for lo, hi in ((p_start, p_end), (s_start, s_end)))


_CONTRAST_BEFORE = regex.compile(r"(?<!\p{L})trong\s+khi\s+(?:\S+\s+){0,2}$", _F)


def choose_modality(doc: Document, fig: Candidate, prev_sentence_target: bool) -> str:
    si = doc.sentence_of(fig.start)
    s_start, _ = doc.sentences[si]
    left = doc.text[s_start:fig.start]
    if (rc := last_match(_RESULT_CLAUSE_AFTER, left)) is not None:
        s_start, left = s_start + rc.start(), left[rc.start():]  # the plan before it is another clause's
    # (`giảm 32,4% so với kế hoạch đề ra (giảm 31,5% …)`: the plan an actual was measured against
    # sets no target past the clause that names it; `so với mục tiêu phải đạt 80%` still does)
    # (`3.220 tuyến đường dây đảm bảo yêu cầu kỹ thuật, 100% số hộ …`: a requirement met is no plan)
    cues = [c for c in _TARGET.finditer(left)
            if not (_AGAINST_PLAN.search(left[:c.start()]) and regex.search(r";|\(\s*(?:giảm|tăng|đạt|bằng|chiếm)", left[c.end():]))
            and not (_MET_BEFORE.search(left[:c.start()]) and regex.search(r"[,;]", left[c.end():]))
            # (`thấp hơn mục tiêu đặt ra cho năm 2025 khoảng 3,6%`: who set the plan compared with; not
            # `so với mục tiêu phải đạt 80%`, the plan's own value)
            and not (regex.fullmatch(r"(?:đặt|đề)\s+ra", c.group(), _F)
                     and _COMPARED_WITH_TARGET_BEFORE.search(left[:c.start()]))
            # (`đạt 35,6% (mục tiêu 2025: 80%), … đạt 61%`: a target in an aside with its own value, closed;
            # not a label, `• 2025 (mục tiêu): Giữ vững …`)
            and not (left.rfind("(", 0, c.start()) > left.rfind(")", 0, c.start()) and ")" in left[c.end():]
                     and regex.search(r"\d", left[c.end():left.index(")", c.end())]))
            # (`trong khi yêu cầu tối thiểu là 20%; tỷ lệ … chỉ 9.8%`: a contrast that a `;` has closed)
            and not (_CONTRAST_BEFORE.search(left[:c.start()]) and ";" in left[c.end():])]
    m = cues[-1] if cues else None
    now = _ACTUAL_AFTER_TARGET.search(left, m.end()) if m is not None else None
    if m is not None and now is None:
        return "target"
    # the items of a plan listed after it (`Mục tiêu năm 2024: 1. … 2. …`) are targets too
    # (a listed item continues a plan only under its heading, which `_plan_heading` finds; the item
    # before it may have been a target of its own: `• … vượt chỉ tiêu 40% Chính phủ giao.` `• Số hóa: 7/9 …`)
    # (`Đối với cấp xã, 100% xã … đạt từ 80% trở lên.` after the province's targets in the same paragraph:
    # the plan goes on)
    # (`Cùng với đó, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%`: the plan goes on)
    if prev_sentence_target and (regex.match(r"^\s*(?:trong\s+đó|tối\s+thiểu|ít\s+nhất|đồng\s+thời|phấn|(?:cùng\s+với|bên\s+cạnh)\s+đó)",
                                             left, _F) or (
            regex.match(r"^\s*đối\s+với\s", left, _F) and si and "\n" not in doc.text[doc.sentences[si - 1][1]:s_start])) \
            and not _ACTUAL_AFTER_TARGET.search(left):
        return "target"
    if prev_sentence_target and _plan_goes_on(doc, si):
        return "target"
    # (not an item that says it reports a result: `1. Kết quả giai đoạn trước: năm 2024, … đạt 88,9%`)
    if _LIST_ITEM_START.match(left) and _plan_heading(doc, si) and not _RESULT_ITEM.match(left):
        return "target"
    if fig.kind != "delta" and (_NAMED_TARGET_BEFORE.search(left) or _SET_BY_OTHERS_AFTER.match(doc.text[fig.end:fig.end + 80])):
        return "target"  # `vượt chỉ tiêu 40% Chính phủ giao`: the figure is the target's own value
    if _PLANNED_CHANGE_IN_PARENS.search(left) and regex.match(r"[^()]{0,15}\)", doc.text[fig.end:fig.end + 20]):
        # `vượt kế hoạch đề ra (tăng 7,5% trở lên)`: the planned change itself (not `so với kế hoạch đề ra
        # (giảm 31,5% so với cùng kỳ năm 2015)`, an actual compared with another year)
        return "target"
    # (a plan's deadline before a word that says where things stand, `…; hiện tỷ lệ … đạt 95%`, dates no target)
    since = s_start + now.end() if now is not None and now.group().lower().startswith("hiện") else s_start
    deadlines = [y for y in doc.within(doc.years, since, fig.start)
                 if y.role == "target" and not _compared_plan(doc.text, s_start, y) and not _in_closed_parens(doc.text, y.start, fig.start)]
    if deadlines and not _DEADLINE_ACTUAL.search(doc.text[s_start:fig.start]) and \
            not _REACHED_AFTER_DEADLINE.search(doc.text[deadlines[-1].end:fig.start]) and (
            deadlines[-1].year > main_year(doc) or (deadlines[-1].year == main_year(doc) == _publication_year(doc) and regex.search(
                r"(?:đến|tới)\s+(?:hết|cuối)\s+năm\s*$", doc.text[max(0, deadlines[-1].start - 20):deadlines[-1].start], _F))):
        # (`Đến hết năm 2025, mỗi xã đạt tối thiểu 75 điểm` on a page dated in 2025, about 2025's first quarters)
        return "target"
    return "actual"
