"""`A, B và C lần lượt đạt 91%, 89% và 88%`: the listed units take the listed figures in order.

Nearest-entity scoring gives every figure of such a sentence the last unit named (C); the
word `lần lượt` (or `tương ứng`, "respectively") says to pair the two lists position by
position instead. Only a clean case is paired: a run of named units joined by commas or `và`
right before the cue, and exactly as many figures of one kind after it in the sentence.
"""

from __future__ import annotations

import regex

from ..document import Document
from ..entities import Mention
from .features import is_bare_council

_CUE = regex.compile(r"(?<!\p{L})(?:lần\s+lượt|tương\s+ứng)(?!\p{L})", regex.IGNORECASE)
# What may stand between two listed units, and between the last unit and the cue.
_JOINER = regex.compile(r"^\s*(?:,\s*(?:và\s+)?|và\s+|;\s*)$", regex.IGNORECASE)
_TO_CUE = regex.compile(r"^[^,;.:()]{0,40}$")


def respective_subjects(doc: Document) -> dict[int, Mention]:
    """Figure start → the unit it belongs to, for figures listed after `lần lượt`."""
    pairs: dict[int, Mention] = {}
    for cue in _CUE.finditer(doc.text):
        s_lo, s_hi = doc.sentences[doc.sentence_of(cue.start())]
        units = _listed_units(doc, s_lo, cue.start())
        if len(units) < 2:
            continue
        figures = [f for f in doc.within(doc.figures, cue.end(), s_hi) if f.cue != "coordinated"]
        for kind in dict.fromkeys(f.kind for f in figures):
            same = [f for f in figures if f.kind == kind]
            if len(same) == len(units):
                pairs.update((f.start, u) for f, u in zip(same, units, strict=True))
    return pairs


def _listed_units(doc: Document, lo: int, cue_start: int) -> list[Mention]:
    """The run of named units joined by `,`/`và` that ends just before the cue."""
    named = [m for m in doc.within(doc.entities, lo, cue_start) if not is_bare_council(m) and m.end <= cue_start]
    if not named or not _TO_CUE.match(doc.text[named[-1].end:cue_start]):
        return []
    run = [named[-1]]
    for m in reversed(named[:-1]):
        if not _JOINER.match(doc.text[m.end:run[0].start]):
            break
        run.insert(0, m)
    return run if len({m.canonical for m in run}) == len(run) else []
