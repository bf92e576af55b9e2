"""vi-extract inside spaCy: an underthesea tokenizer for a blank `vi` pipeline and a
`vi_extract` component that fills `doc.ents` (ORG/LOC), `doc.spans["figures"]` and
`doc._.facts`.

spaCy's own `vi` tokenizer needs pyvi; underthesea is what the rest of the project uses, so
the same word boundaries serve both. The component calls the project's pipeline once per
doc and aligns its character offsets to tokens (`expand` mode), so no logic is duplicated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .models import DEFAULT_MODELS, load_pipeline
from .pipeline import Pipeline
from .segment import words

_GAP = regex.compile(r"\S+|\s+")


class UndertheseaTokenizer:
    """Text → spaCy Doc with underthesea's words; whitespace kept so `doc.text` is the input."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        toks: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for s, e in words(text):
            if s < pos:
                continue
            self._gap(text[pos:s], toks, spaces)
            toks.append(text[s:e])
            spaces.append(False)
            pos = e
        self._gap(text[pos:], toks, spaces)
        return Doc(self.vocab, words=toks, spaces=spaces)

    @staticmethod
    def _gap(gap: str, toks: list[str], spaces: list[bool]) -> None:
        for m in _GAP.finditer(gap):
            piece = m.group()
            if piece == " " and toks and not spaces[-1]:
                spaces[-1] = True
            elif piece.isspace() and piece.endswith(" ") and len(piece) > 1:
                toks.append(piece[:-1])
                spaces.append(True)
            else:
                toks.append(piece)
                spaces.append(False)


@spacy.registry.tokenizers("vi_extract.UndertheseaTokenizer")
def create_tokenizer() -> Any:
    def make(nlp: Language) -> UndertheseaTokenizer:
        return UndertheseaTokenizer(nlp.vocab)

    return make


if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=None)


class ViExtract:
    """The spaCy component: one call of the project's pipeline per doc."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def __call__(self, doc: Doc) -> Doc:
        rec = self.pipeline(doc.user_data.get("doc_id", ""), doc.text)
        ents = []
        for e in rec.entities or []:
            span = doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand")
            if span is not None and all(span.end <= x.start or span.start >= x.end for x in ents):
                ents.append(span)
        doc.ents = ents
        figures: list[Span] = []
        for f in rec.facts:
            span = doc.char_span(f.figure.start, f.figure.end, label=f.figure.kind, alignment_mode="expand")
            if span is not None:
                figures.append(span)
        doc.spans["figures"] = figures
        doc._.facts = [f.to_dict() for f in rec.facts]
        return doc


@Language.factory("vi_extract", default_config={"models": None, "rules": False})
def make_vi_extract(nlp: Language, name: str, models: str | None, rules: bool) -> ViExtract:
    """`models`: a folder of trained models (default: the shipped ones); `rules`: ignore them."""
    return ViExtract(load_pipeline(None if rules else Path(models) if models else DEFAULT_MODELS))


def blank() -> Language:
    """A blank `vi` pipeline with the underthesea tokenizer and the `vi_extract` component."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vi_extract.UndertheseaTokenizer"}}})
    nlp.add_pipe("vi_extract")
    return nlp
