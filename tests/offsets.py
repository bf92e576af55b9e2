"""Shared by the tests: the contract's offset rule, checked on an output record."""

from __future__ import annotations


def assert_offsets_slice(rec: dict) -> None:
    """Contract §1: every offset refers to the record's text exactly as given."""
    text = rec["text"]
    for e in rec.get("entities") or []:
        assert text[e["start"]:e["end"]] == e["text"], (rec["doc_id"], e)
    for f in rec["facts"]:
        fig = f["figure"]
        assert 0 <= fig["start"] < fig["end"] <= len(text), (rec["doc_id"], fig)
        assert text[fig["start"]:fig["end"]] == fig["text"], (rec["doc_id"], fig)
        subj = f.get("subject")
        if subj and subj.get("start") is not None:
            assert text[subj["start"]:subj["end"]] == subj["text"], (rec["doc_id"], subj)
