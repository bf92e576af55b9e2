"""The annotation-review loop: a local page over a SQLite store of documents, facts and decisions."""
