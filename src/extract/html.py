"""Main text of an HTML page, via trafilatura (boilerplate removal is a solved problem)."""

from __future__ import annotations

from typing import Any


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """(extracted text, metadata). Offsets of the record then refer to this text, which the
    record carries as its `text`."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True) or ""
    meta: dict[str, Any] = {"html": True}
    md = trafilatura.extract_metadata(html)
    if md is not None:
        for key in ("title", "date", "url", "sitename"):
            val = getattr(md, key, None)
            if val:
                meta[key] = val
    return text, meta
