"""The spaCy face: a blank `vi` pipeline, the underthesea tokenizer, the `vi_extract` component."""

from __future__ import annotations

import json
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]


def _nlp() -> spacy.language.Language:
    # Registered through entry points: no import of the project is needed.
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vi_extract.UndertheseaTokenizer"}}})
    nlp.add_pipe("vi_extract")
    return nlp


def test_tokenizer_keeps_the_text_and_joins_words() -> None:
    text = "Tỉnh Hưng Yên  đạt 88,34 điểm,\nxếp thứ 12/63 tỉnh, thành phố."
    doc = _nlp().tokenizer(text)
    assert doc.text == text
    assert "Hưng Yên" in [t.text for t in doc], "underthesea joins the syllables of a word"


def test_component_fills_ents_spans_and_facts() -> None:
    doc = _nlp()("Tỉnh Hưng Yên đạt 88,34 điểm, xếp thứ 12/63 tỉnh, thành phố, tăng 10 bậc so với năm 2020.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Tỉnh Hưng Yên", "LOC")]
    assert [(s.text, s.label_) for s in doc.spans["figures"]] == [
        ("88,34 điểm", "score"), ("12/63", "rank"), ("10 bậc", "delta")]
    assert [f["subject"]["canonical"] for f in doc._.facts] == ["Hưng Yên"] * 3
    assert doc._.facts[2]["compared_to"] == 2020


def test_component_on_a_seed_article_matches_the_pipeline() -> None:
    from extract.models import load_pipeline

    seed = json.loads((ROOT / "corpus" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()[0])
    doc = _nlp()(seed["text"])
    rec = load_pipeline(ROOT / "models")(seed["doc_id"], seed["text"])
    assert doc.text == seed["text"]
    assert len(doc._.facts) == len(rec.facts)
    assert len(doc.spans["figures"]) == len(rec.facts)
    for span, fact in zip(doc.spans["figures"], rec.facts, strict=True):
        assert span.start_char <= fact.figure.start and fact.figure.end <= span.end_char
