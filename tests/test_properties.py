"""Whatever text comes in, a record comes out, and its offsets slice that text.

Web text is hostile: markup left in, control and format characters, decomposed accents,
look-alike letters, numbers hundreds of digits long. A batch must never die on one document
(contract §2: nothing is dropped), so the Pipeline itself is called here on generated text and
must always return a Record (status ok, or error with a reason) whose every offset refers to
the input exactly as given (contract §1).
"""

from __future__ import annotations

import gzip
import json
import math
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.io import SHARED_CORPUS
from extract.models import DEFAULT_MODELS, load_pipeline
from extract.pipeline import MAX_CHARS
from extract.record import Record

_PIPE = None


def pipe():
    """One pipeline for the module, built as `extract run` builds it by default."""
    global _PIPE
    if _PIPE is None:
        _PIPE = load_pipeline(DEFAULT_MODELS)
    return _PIPE


FEW = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Real fragments from the seed articles, for generated text to be built around.
FRAGMENTS = [
    "Chỉ số CCHC cấp sở năm 2023 của thành phố có giá trị trung bình đạt 92,27%, tăng 1,76% so với năm 2022.",
    "Tỉnh Hưng Yên đạt 88,34 điểm, xếp thứ 12/63 tỉnh, thành phố trong cả nước, tăng 10 bậc so với năm 2020.",
    "Hiện đại hóa nền hành chính đạt  10,25/11 điểm, tăng 2,18 điểm so với năm trước.",
    "trong đó có 2/9 đơn vị xếp loại rất tốt (huyện Phong Điền và Vĩnh Thạnh)",
    "Ðó là đánh giá của Hội đồng thẩm định Chỉ số cải cách hành chính (CCHC) TP Cần Thơ",
    "Theo Kế hoạch số 245/KH-UBND của UBND TP Cần Thơ, thuộc nhóm 20 tỉnh, thành dẫn đầu",
    "05/03/2024 - 22:57",
    "Điện thoại: 0221.3863.577 - Email: bdvtuhy@gmail.com",
    "giảm gần 20 bậc so với năm 2019",
    "đều đạt từ 90 đến 100%",
    "UBND tỉnh Sóc Trăng",
    "Sở Y tế",
]


def check(text: str, doc_id: str = "gen") -> Record:
    """The invariants every output record keeps, whatever the input."""
    rec = pipe()(doc_id, text, {"source": "hypothesis"})
    assert isinstance(rec, Record)
    assert rec.doc_id == doc_id
    assert rec.text == text
    assert rec.meta == {"source": "hypothesis"}
    assert rec.status in ("ok", "error")
    if rec.status == "error":
        assert isinstance(rec.error, dict)
        assert isinstance(rec.error.get("type"), str) and rec.error["type"]
        assert isinstance(rec.error.get("message"), str) and rec.error["message"]
        assert rec.facts == []
    else:
        assert rec.error is None
    for e in rec.entities or []:
        assert 0 <= e.start < e.end <= len(text), e
        assert text[e.start:e.end] == e.text, e
        assert e.label in ("ORG", "LOC")
    for f in rec.facts:
        fig = f.figure
        assert 0 <= fig.start < fig.end <= len(text), fig
        assert text[fig.start:fig.end] == fig.text, fig
        assert fig.kind in ("percent", "score", "rank", "delta", "count")
        for x in (fig.value, fig.total):  # JSON has no NaN or Infinity
            assert x is None or math.isfinite(x), fig
        if f.subject is not None and f.subject.start is not None:
            assert text[f.subject.start:f.subject.end] == f.subject.text, f.subject
    # The record must survive its own serialisation (the writer's next step).
    d = rec.to_dict()
    assert json.loads(json.dumps(d, ensure_ascii=False, allow_nan=False)) == d
    return rec


@FEW
@given(st.text(max_size=3000))
def test_any_unicode_text(text: str) -> None:
    check(text)


@FEW
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=30).map(" ".join))
def test_real_fragments_mixed_with_noise(text: str) -> None:
    check(text)


_TAGS = st.sampled_from([
    "<p>", "</p>", "<br>", "<br/>", "<div class=\"content\">", "</div>", "<b>", "</b>", "<span>", "</span>",
    "<script>var x = \"92,27%\";</script>", "<!-- 12/63 -->", "<a href=\"/tin-tuc/12-63.html\">", "</a>",
    "&nbsp;", "&amp;", "&#273;", "&#x110;", "&lt;", "<td>", "</td>", "<table><tr>", "</tr></table>",
])


@FEW
@given(st.lists(st.one_of(_TAGS, st.sampled_from(FRAGMENTS)), min_size=1, max_size=40).map("".join))
def test_html_fragments(text: str) -> None:
    check(text)


_CONTROL = st.characters(categories=("Cc", "Cf", "Zl", "Zp", "Zs", "Mn", "Co"))


@FEW
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(_CONTROL, min_size=1, max_size=8)), max_size=40)
       .map("".join))
def test_control_format_and_combining_characters(text: str) -> None:
    check(text)


@FEW
@given(st.sampled_from(FRAGMENTS), st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"]), st.booleans())
def test_normalisation_forms_and_lookalikes(fragment: str, form: str, lookalike: bool) -> None:
    text = fragment.replace("Đ", "Ð").replace("đ", "ð") if lookalike else fragment
    check(unicodedata.normalize(form, text))


def _long_number(draw) -> str:
    digits = draw(st.integers(min_value=300, max_value=500))
    sep = draw(st.sampled_from([".", ",", " ", ""]))
    group = draw(st.integers(min_value=1, max_value=4))
    raw = draw(st.text(alphabet="0123456789", min_size=digits, max_size=digits))
    parts = [raw[i:i + group] for i in range(0, len(raw), group)] if sep else [raw]
    return sep.join(parts)


@st.composite
def long_number_sentences(draw) -> str:
    a, b = _long_number(draw), _long_number(draw)
    template = draw(st.sampled_from([
        "Tỉnh đạt {a}%, tăng {b}% so với năm 2022.",
        "Sở Tư pháp đạt {a} điểm, xếp thứ {a}/{b} tỉnh, thành phố.",
        "Chỉ số tăng {a} bậc, giảm gần {b} bậc.",
        "có {a}/{b} đơn vị đạt từ {a} đến {b}%",
        "Mã số {a}/KH-UBND ngày {a}/{b}",
        "{a}{b}",
    ]))
    return template.format(a=a, b=b)


@FEW
@given(long_number_sentences())
def test_very_long_numbers(text: str) -> None:
    check(text)


def test_five_megabyte_document() -> None:
    """A ~5 MB page (a whole archive dumped as one text): a record, ok, with sliceable offsets."""
    bench = SHARED_CORPUS / "bench.jsonl.gz"
    if not bench.exists():
        pytest.skip("needs ../shared/corpus/bench.jsonl.gz")
    parts: list[str] = []
    size = 0
    with gzip.open(bench, "rt", encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line)["text"]
            parts.append(t)
            size += len(t.encode("utf-8")) + 2
            if size >= 5_000_000:
                break
    text = "\n\n".join(parts)
    assert len(text.encode("utf-8")) >= 5_000_000 and len(text) <= MAX_CHARS
    rec = check(text, "five-mb")
    assert rec.status == "ok", rec.error
    assert rec.facts and rec.entities


def test_text_over_the_size_limit_gets_an_error_record() -> None:
    """Past MAX_CHARS the document is refused with a reason, not dropped and not crashed on."""
    text = ("Tỉnh Hưng Yên đạt 88,34 điểm, xếp thứ 12/63 tỉnh, thành phố. " * (MAX_CHARS // 50 + 1))
    assert len(text) > MAX_CHARS
    rec = check(text, "too-long")
    assert rec.status == "error"
