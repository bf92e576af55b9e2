"""What the stages found in one document, in normalised-text offsets: the linker's whole input.

Linking sees the whole document (the unit named in the title is often the subject several
sentences later), so every stage's output is gathered here once, indexed by sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from .entities import Mention
from .figures import Candidate
from .metrics import MetricMention
from .years import YearMention


@dataclass
class Document:
    text: str
    sentences: list[tuple[int, int]]
    entities: list[Mention] = field(default_factory=list)
    figures: list[Candidate] = field(default_factory=list)
    metrics: list[MetricMention] = field(default_factory=list)
    years: list[YearMention] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.sentences]

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding offset `pos` (the previous one if between sentences)."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def in_sentence(self, items: list, i: int) -> list:
        s, e = self.sentences[i]
        return [x for x in items if s <= x.start < e]
