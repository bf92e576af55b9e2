"""What the stages found in one document, in normalised-text offsets: the linker's whole input.

Linking sees the whole document (the unit named in the title is often the subject several
sentences later), so every stage's output is gathered here once, indexed by sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

import regex

from .entities import Mention
from .figures import Candidate
from .metrics import MetricMention
from .years import YearMention

# Page chrome above a scraped article: breadcrumbs (short segments, so a title with its site's name
# after `|` stays a title), date lines, the site's name in capitals.
_CHROME = regex.compile(
    r"^\W*(?:[^\n]{0,40}(?:\s[>›»/|]\s[^\n]{1,40})+"
    r"|(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+nhật|Cập\s+nhật|Ngày\s+đăng|\d{1,2}[/-]\d{1,2}[/-]\d{2,4})[^\n]*"
    r"|[^\p{Ll}\d\n]{1,70}|(?=[^\n]*\p{Lu}{2})[^\p{Ll}\n%:]{1,30}"  # (`THỦ ĐÔ 24H`, `VTV24`: a name with digits)
    # (a masthead: `Báo Bắc Giang điện tử`, `Cổng thông tin điện tử tỉnh Lào Cai`)
    r"|(?:Báo(?!\s+cáo)|Tạp\s+chí|Cổng\s+(?:thông\s+tin|TTĐT)|Trang\s+(?:thông\s+tin|TTĐT))(?:\s+điện\s+tử)?"
    r"(?:\s+(?:tỉnh|thành\s+phố))?(?:\s+\p{Lu}[\p{L}\-]*){1,4}(?:\s+(?:điện\s+tử|online))?"
    # (its tagline, `Cơ quan của Bộ Nội vụ`, and the site's tools: `Tìm kiếm...`, `Đăng nhập`)
    r"|Cơ\s+quan\s+(?:ngôn\s+luận|chủ\s+quản|của)\s[^\n]{1,70}|(?:Tìm\s+kiếm|Đăng\s+nhập|Đăng\s+ký|English|Tiếng\s+Việt|Menu)[^\n]{0,15})\W*$",
    regex.VERSION1,
)


# The list of other articles' headlines a page ends with (`Tin liên quan`, `Xem thêm`): each line is
# another story, dated by itself or not at all.
_RELATED = regex.compile(
    r"^[^\S\n]*\W{0,3}[^\S\n]*(?:các\s+)?(?:tin(?:\s+bài|\s+tức)?|bài(?:\s+viết)?|đọc|xem)\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|khác|thêm"
    r"|mới(?:\s+nhất)?)\b",
    regex.VERSION1 | regex.IGNORECASE | regex.MULTILINE,
)


@dataclass
class Document:
    text: str
    sentences: list[tuple[int, int]]
    entities: list[Mention] = field(default_factory=list)
    figures: list[Candidate] = field(default_factory=list)
    metrics: list[MetricMention] = field(default_factory=list)
    years: list[YearMention] = field(default_factory=list)
    # Per-document values the linker computes once (counts, list membership, …).
    memo: dict[str, Any] = field(default_factory=dict, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    _start_cache: dict[int, list[int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.sentences]

    def is_chrome(self, si: int) -> bool:
        """Sentence `si` is page chrome (a breadcrumb, a date line, `Báo X | 16/03/2017`)."""
        return bool(_CHROME.match(self.text[slice(*self.sentences[si])]))

    @property
    def title_index(self) -> int:
        """The sentence that opens the article proper: the title, after any page chrome (a
        scraped page's breadcrumbs and date line are not where the article names its subject)."""
        i = self.memo.get("title_index")
        if i is None:
            i = 0
            while i < min(len(self.sentences) - 1, 8) and self.is_chrome(i):
                i += 1
            self.memo["title_index"] = i
        return i

    @property
    def lead_end(self) -> int:
        """End of the title and the two sentences after it (the lead)."""
        if not self.sentences:
            return 0
        return self.sentences[min(self.title_index + 2, len(self.sentences) - 1)][1]

    @property
    def related_start(self) -> int:
        """Where the page's list of related headlines begins (the text's end if it has none)."""
        pos = self.memo.get("related_start")
        if pos is None:
            m = _RELATED.search(self.text, self.lead_end)
            pos = self.memo["related_start"] = m.start() if m else len(self.text)
        return pos

    def within(self, items: list, lo: int, hi: int) -> list:
        """The items (sorted by start) that start in [lo, hi), by bisection: linking looks up
        neighbours for every figure, and a scan per figure is quadratic on long documents."""
        starts = self._start_cache.get(id(items))
        if starts is None or len(starts) != len(items):
            starts = [x.start for x in items]
            self._start_cache[id(items)] = starts
        return items[bisect_left(starts, lo):bisect_left(starts, hi)]

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding offset `pos` (the previous one if between sentences)."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def last_before(self, items: list, pos: int) -> Any:
        """The last item (sorted by start) that ends at or before `pos`, or None."""
        starts = self._start_cache.get(id(items))
        if starts is None or len(starts) != len(items):
            starts = [x.start for x in items]
            self._start_cache[id(items)] = starts
        i = bisect_left(starts, pos) - 1
        while i >= 0 and items[i].end > pos:
            i -= 1
        return items[i] if i >= 0 else None
