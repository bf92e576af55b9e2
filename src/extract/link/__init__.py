"""Linking: every figure gets a subject, a metric, a year, a comparison year and a modality.

Figures are linked in reading order because the discourse carries state (the subject of the
previous figure, the index and year in force, a plan being described). Learned models, when
given, replace the hand-written decision they were trained for; the rest stays as it is.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import regex

from ..document import Document
from ..entities import Mention
from ..figures import Candidate
from .features import (
    doc_topic,
    implied_places,
    is_bare_council,
    level_topic,
    metric_features,
    modality_features,
    subject_candidates,
    year_candidates,
)
from .learned import Learned
from .respectively import respective_subjects, respective_years
from .rules import (
    choose_compared_to,
    choose_metric,
    choose_modality,
    choose_year,
    context_index_after,
    heading_index,
    is_heading_line,
    main_year,
    subject_score,
)


@dataclass(frozen=True)
class Trace:
    """The inputs of every decision for one figure, as the trainer needs them."""

    figure: Candidate
    subject: list
    metric: dict[str, float]
    year: list
    modality: dict[str, float]


@dataclass(frozen=True)
class Link:
    figure: Candidate
    subject: Mention | None
    index: str
    metric_text: str
    year: int | None
    compared_to: int | None
    modality: str
    confidence: float


# a name that ends with a unit's bare kind (`UBND tỉnh`, `Trung tâm Phục vụ hành chính công xã`)
_ENDS_WITH_COMMUNE = regex.compile(r"\s(?<!thị\s)(?:xã|phường|thị\s+trấn)\s*$", regex.I)
_COUNCIL_LEVELS = ((regex.compile(r"\stỉnh\s*$", regex.I), ("province", "council")),
                   (regex.compile(r"\s(?:thành\s+phố|TP)\s*$", regex.I), ("province", "city", "council")),
                   (regex.compile(r"\s(?:huyện|quận|thị\s+xã)\s*$", regex.I), ("district",)),
                   (_ENDS_WITH_COMMUNE, ("commune",)))


# Indices that rank provinces only, and the units inside a province they cannot rank.
_PROVINCIAL_INDICES = ("PCI", "PAPI")
_INSIDE_A_PROVINCE = ("Sở", "district", "city", "commune")
# `Ở khối sở, ban, ngành, 21 cơ quan … có điểm trung bình 76,84 điểm`, `Khối phường có điểm bình quân …`
_BLOCK_INSIDE_A_PROVINCE = regex.compile(r"(?<!\p{L})(?:khối|cấp)\s+(?:các\s+)?(?:sở|ban,\s*ngành|huyện|quận|xã|phường)(?!\p{L})", regex.I)


_NATIONAL_AVERAGE = regex.compile(r"(?:trung\s+bình|bình\s+quân)\s+(?:chung\s+)?(?:của\s+)?(?:toàn\s+quốc|cả\s+nước)", regex.I)


def _national_lead(doc: Document, si: int) -> bool:
    """`Điểm trung bình toàn quốc nhích lên ở phần lớn các trục. Thủ tục hành chính công … 7,36 điểm`: a
    sentence of the same paragraph, with no figure and no unit, that says the country's averages follow."""
    if si == 0:
        return False
    p_start, p_end = doc.sentences[si - 1]
    return "\n" not in doc.text[p_end:doc.sentences[si][0]] and not doc.within(doc.figures, p_start, p_end) and \
        not doc.within(doc.entities, p_start, p_end) and bool(_NATIONAL_AVERAGE.search(doc.text, p_start, p_end))


def _goes_on_measuring(doc: Document, prev: Link, fig: Candidate, si: int) -> bool:
    """Is `prev`, in the sentence before and the same paragraph, a figure of a measure other than an
    index (`tỷ lệ đúng hạn`), named, with the same unit as `fig`?"""
    if not (prev.index == "OTHER" and prev.metric_text and prev.figure.unit in ("%", "point")
            and doc.sentence_of(prev.figure.start) == si - 1 and "\n" not in doc.text[prev.figure.end:fig.start]):
        return False
    # (`Có 133/148 xã, phường có tỷ lệ hồ sơ trực tuyến trên 70%. Dẫn đầu là phường Việt Trì với 96,8%`: after
    # units counted by a measure, the place held in that measure, its value given after it)
    same_unit = prev.figure.unit == fig.unit or (
        fig.kind == "rank" and fig.total is None
        and any(f.kind == "count" and f.total for f in doc.within(doc.figures, *doc.sentences[si - 1]))
        and any(f.unit == prev.figure.unit for f in doc.within(doc.figures, fig.end, doc.sentences[si][1])))
    return same_unit and not _NAMES_A_MEASURE.search(doc.text, doc.sentences[si][0], fig.start)


# words that name an index's own measure in a sentence the lexicon finds no index in (`chỉ số chung`,
# `mức hài lòng`, `lĩnh vực Chính phủ số`, `Giá trị trung bình của các bộ`)
_NAMES_A_MEASURE = regex.compile(r"(?<!\p{L})(?:chỉ\s+số|hài\s+lòng|lĩnh\s+vực|trung\s+bình|bình\s+quân|điểm)(?!\p{L})", regex.I)


def _council_unit(doc: Document, topic: dict[str, float], council: Mention, named: list[Mention]) -> Mention | None:
    """`UBND tỉnh` in an article about one of the province's districts is the province, when the page names
    it: the one unit of the level the council's bare name gives that its paragraph names, else the most
    central one."""
    name = doc.text[council.start:council.end]
    kinds = next((k for p, k in _COUNCIL_LEVELS if p.search(name)), None)
    para = doc.text.rfind("\n", 0, council.start) + 1
    local = [m for m in named if kinds and m.kind in kinds and m.label == "LOC" and para <= m.start < council.start]
    if local and len({m.canonical for m in local}) == 1:
        return local[-1]  # `4. Sóc Trăng đặt mục tiêu SIPAS. … UBND tỉnh yêu cầu …`: the one its paragraph names
    unit = level_topic(doc, topic, kinds) if kinds else None
    return next((m for m in named + list(implied_places(doc).values()) if m.canonical == unit), None)


def link_document(doc: Document, learned: Learned | None = None, trace: list[Trace] | None = None) -> list[Link]:
    """Link every figure of `doc`; with `trace`, also record each decision's features."""
    learned = learned or Learned()
    topic = doc_topic(doc)
    named = [m for m in doc.entities if not is_bare_council(m)]
    top = max((k for k in topic if any(m.canonical == k for m in named)), key=topic.get, default=None)
    topic_mention = next((m for m in named if m.canonical == top), None)
    # a bare `UBND tỉnh`, `HĐND tỉnh` is the article's province (the one an organisation is named after,
    # `Ban Pháp chế HĐND tỉnh Kon Tum`, when the page names no other), else its main unit
    council_referent = None
    if topic_mention is not None and topic_mention.label == "ORG":
        province = level_topic(doc, topic, ("province",))
        council_referent = next((m for m in named + list(implied_places(doc).values())
                                 if m.kind == "province" and m.canonical == province), None)
    links: list[Link] = []
    prev_subject: str | None = None
    target_sentences: set[int] = set()
    thresholds: set[int] = set()  # figures whose owner is that of the count before them
    going_on: set[int] = set()  # figures that go on with the measure of the sentence before
    respective = respective_subjects(doc)
    respective_year = respective_years(doc, main_year(doc))
    for fig in doc.figures:
        si = doc.sentence_of(fig.start)
        # (the figure before, in the sentence before, that no unit owns: `điểm trung bình toàn quốc đạt …`)
        prev_unowned = (bool(links) and links[-1].subject is None and doc.sentence_of(links[-1].figure.start) == si - 1) \
            or _national_lead(doc, si)
        cands = subject_candidates(doc, fig, topic, prev_subject, prev_unowned=prev_unowned)
        scores = learned.subject_scores(cands) if learned.subject else [subject_score(c) for c in cands]
        order = sorted(range(len(cands)), key=lambda i: -scores[i])
        best = cands[order[0]]
        margin = scores[order[0]] - scores[order[1]] if len(order) > 1 else 10.0
        subject = best.mention
        if subject is not None and is_bare_council(subject):
            subject = _council_unit(doc, topic, subject, named) or council_referent or topic_mention
        elif subject is not None and subject.label == "ORG" and _ENDS_WITH_COMMUNE.search(doc.text, subject.start, subject.end):
            # `Trung tâm Phục vụ hành chính công xã đã tiếp nhận …`: a commune's one office is the commune (a
            # province's departments, `Công an tỉnh`, `Văn phòng UBND tỉnh`, are ranked in their own name)
            subject = _council_unit(doc, topic, subject, named) or subject
        if fig.start in respective:
            subject = respective[fig.start]
        if links and (shared := _threshold_of_count(doc, links[-1], fig)) is not None:
            subject = shared.subject
            thresholds.add(fig.start)
        if _members_listed_after(doc, fig):
            subject = None
        if links and _range_start(doc, links[-1], fig) and (links[-1].subject is not None or links[-1].figure.start in thresholds):
            subject = links[-1].subject  # (the upper end, `… 70–75% doanh nghiệp`, may read like a share of respondents)
        if subject is not None:
            prev_subject = subject.canonical
        context = heading_index(doc, fig.start) or context_index_after(doc, doc.sentences[si][0], None)
        index, mtext, mconf = choose_metric(doc, fig, context)
        if links and doc.sentence_of(links[-1].figure.start) == si and \
                _EARLIER_VALUE_ASIDE.fullmatch(doc.text, links[-1].figure.end, fig.start):
            # `22.5% DN phải trả chi phí không chính thức (năm 2022: 31%)`: the same measure a year before
            index, mtext = links[-1].index, links[-1].metric_text
        if not mtext and index != "OTHER" and links and (_goes_on_measuring(doc, links[-1], fig, si) or (
                links[-1].figure.start in going_on and doc.sentence_of(links[-1].figure.start) == si)):
            # `Có 118/124 xã có tỷ lệ đúng hạn trên 98%. Dẫn đầu là phường Thanh Đức với 99,81%, …`: a sentence
            # that names no measure goes on with the one the sentence before measured, not the index in force
            index, mtext = links[-1].index, links[-1].metric_text
            going_on.add(fig.start)
        if index in _PROVINCIAL_INDICES and ((subject is not None and subject.kind in _INSIDE_A_PROVINCE) or (
                _BLOCK_INSIDE_A_PROVINCE.search(doc.text, doc.sentences[si][0], fig.start)
                and not any(m.index == index and m.strong for m in doc.within(doc.metrics, *doc.sentences[si])))) and \
                any(m.index == "DDCI" for m in doc.metrics):
            # `Quảng Ninh khởi xướng DDCI và dẫn đầu PCI – Sở Kế hoạch và Đầu tư xếp thứ nhất khối sở`: a
            # province's department, district or commune is not ranked in a province-level index, nor is a block
            # of them where the sentence names no index (`Khối phường có điểm bình quân 75,10 điểm`); on a page
            # about the DDCI, that is the index it is ranked in
            index = "DDCI"
        # the learned models' features are built only when a model or the trainer needs them
        want = trace is not None
        mfeats = metric_features(doc, fig, index, context) if want or learned.metric else {}
        if learned.metric:
            rule_index = index
            index, mconf = learned.choose_metric(mfeats)
            if index != rule_index:
                mtext = ""
        if links and _range_start(doc, links[-1], fig) and links[-1].index != index:
            # `từ 30 đến 35% GRDP`: the two ends of a range measure one thing, named by the end that
            # carries the unit and stands next to the measure's name
            links[-1] = dataclasses.replace(links[-1], index=index, metric_text=mtext)
        prev_target = (si - 1) in target_sentences
        modality = choose_modality(doc, fig, prev_target)
        modfeats = modality_features(doc, fig, modality, prev_target) if want or learned.modality else {}
        if learned.modality:
            modality = learned.choose_modality(modfeats)
        if modality == "target":
            target_sentences.add(si)
        year, yconf = choose_year(doc, fig, modality == "target", index)
        ycands = year_candidates(doc, fig, modality == "target", year) if want or learned.year else []
        if learned.year:
            year, yconf = learned.choose_year(ycands)
        if fig.start in respective_year:
            year = respective_year[fig.start]
        if trace is not None:
            trace.append(Trace(fig, cands, mfeats, ycands, modfeats))
        compared = choose_compared_to(doc, fig, year, index)
        sconf = 1.0 / (1.0 + pow(2.718, -margin / 8.0))
        links.append(Link(fig, subject, index, mtext, year, compared, modality, round(sconf * mconf * yconf, 4)))
    return _title_targets_dated_by_body(doc, links)


def _title_targets_dated_by_body(doc: Document, links: list[Link]) -> list[Link]:
    """`Bình Dương đặt mục tiêu vào nhóm 5 …` as a title (or a subheading, `Đặt mục tiêu vào nhóm 20`) that names
    no year: the text below states the same target with its deadline (`đến năm 2025 … thuộc nhóm 5 tỉnh …`),
    which dates the heading's too."""
    out = []
    for link in links:
        f = link.figure
        if link.modality == "target" and (heading := _undated_heading(doc, f.start)) is not None:
            same = next((x for x in links if x.figure.start >= heading[1] and x.modality == "target" and x.year is not None
                         and (x.figure.kind, x.figure.value, x.index) == (f.kind, f.value, link.index)), None)
            if same is not None:
                link = dataclasses.replace(link, year=same.year)
        out.append(link)
    return out


def _undated_heading(doc: Document, pos: int) -> tuple[int, int] | None:
    """The title, or a short line of the body with no final stop, that holds `pos` and names no year."""
    if doc.title_index is not None and (t := doc.sentences[doc.title_index])[0] <= pos < t[1]:
        span = t
    else:
        ls = doc.text.rfind("\n", 0, pos) + 1
        le = doc.text.find("\n", pos)
        le = len(doc.text) if le < 0 else le
        if not is_heading_line(doc.text[ls:le].strip()):
            return None
        span = (ls, le)
    return None if doc.within(doc.years, *span) else span


_EARLIER_VALUE_ASIDE = regex.compile(r"[^()\d;.]{0,60}\(\s*(?:năm\s+)?(?:19|20)\d\d\s*(?:là|:)?\s*", regex.IGNORECASE)
_COUNT_THEN_THRESHOLD = regex.compile(r"^\s?[^;:()\d]{0,50}?(?<!\p{L})(?:đạt|có)(?!\p{L})[^;:()\d]{0,30}$", regex.IGNORECASE)


_RANGE_BETWEEN = regex.compile(r"\s?(?:%|điểm)?\s?(?:[-–]|đến|tới)\s?(?:dưới\s+)?", regex.IGNORECASE)


def _range_start(doc: Document, prev: Link, fig: Candidate) -> bool:
    """`Khoảng 70–75% doanh nghiệp …`, `từ 80 đến 90%`: the two ends of a range are one unit's."""
    return prev.figure.kind == fig.kind and bool(_RANGE_BETWEEN.fullmatch(doc.text, prev.figure.end, fig.start))


# `top 5 gồm Hải Phòng (93,17%), Quảng Ninh …`, `Lọt vào top 10 còn có các phường Tân An, Sông Cầu …`
_MEMBERS_FOLLOW = regex.compile(r"[^.;:\n]{0,40}?(?<!\p{L})(?:gồm(?:\s+có)?|bao\s+gồm|còn\s+có|lần\s+lượt\s+là)(?!\p{L})", regex.I)


def _members_listed_after(doc: Document, fig: Candidate) -> bool:
    """A group position whose members are then listed (two or more) is the group's, no one member's."""
    if fig.kind != "rank" or fig.comparator != "<=" or not (m := _MEMBERS_FOLLOW.match(doc.text, fig.end)):
        return False
    s_end = doc.sentences[doc.sentence_of(fig.start)][1]
    return len({x.canonical for x in doc.within(doc.entities, m.end(), s_end)}) >= 2


def _threshold_of_count(doc: Document, prev: Link, fig: Candidate) -> Link | None:
    """`Cả nước có 13/63 tỉnh, thành phố đạt SIPAS trên 85%`: the bound the counted units reach
    belongs to whoever owns the count. Returns the count's link, or None."""
    if fig.comparator is None or fig.kind not in ("percent", "score") or prev.figure.kind != "count":
        return None
    if doc.sentence_of(prev.figure.start) != doc.sentence_of(fig.start):
        return None
    if doc.within(doc.entities, prev.figure.end, fig.start):
        return None
    return prev if _COUNT_THEN_THRESHOLD.match(doc.text[prev.figure.end:fig.start]) else None

