"""The review page's HTTP face: three static files and a small JSON API over the store.

Stdlib `http.server` keeps the tool free of a web framework for what is a one-user local
page. The API takes no paths at all (documents are named by `doc_id`, facts by their id),
so no request can reach a file the command line did not name. Article text is untrusted:
it only ever leaves here inside JSON, and the page inserts it with DOM text APIs; the
Content-Security-Policy forbids inline script as a second line of defence. POSTs must be
JSON from this origin, so another web site cannot drive the API from a reviewer's browser.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ..record import COMPARATORS, INDICES, KINDS, LABELS, MODALITIES, UNITS, Fact, Metric
from .edits import fact_from_client, figure_from_span, subject_from_span
from .store import ReviewError, ReviewStore, UnknownItem

_STATIC = {"/": ("index.html", "text/html"), "/app.js": ("app.js", "text/javascript"), "/app.css": ("app.css", "text/css")}
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
_MAX_BODY = 1 << 20
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
SCHEMA = {
    "kinds": KINDS,
    "units": UNITS,
    "comparators": [c for c in COMPARATORS if c],
    "labels": LABELS,
    "modalities": MODALITIES,
    "indices": INDICES,
}


class ReviewAPI:
    """The actions the page can take; each returns the JSON to send back."""

    def __init__(self, store: ReviewStore, reviewer: str) -> None:
        self.store = store
        self.reviewer = reviewer

    def session(self, _q: dict[str, str]) -> dict[str, Any]:
        return {"reviewer": self.reviewer, "schema": SCHEMA, "queue": self.store.queue()}

    def document(self, q: dict[str, str]) -> dict[str, Any]:
        return {"doc": self.store.document(_need(q, "doc_id"))}

    def accept(self, b: dict[str, Any]) -> dict[str, Any]:
        return self._on_fact(b, self.store.accept)

    def reject(self, b: dict[str, Any]) -> dict[str, Any]:
        return self._on_fact(b, self.store.reject)

    def delete(self, b: dict[str, Any]) -> dict[str, Any]:
        return self._on_fact(b, self.store.delete)

    def edit(self, b: dict[str, Any]) -> dict[str, Any]:
        doc_id = _need(b, "doc_id")
        fact = fact_from_client(self.store.document(doc_id)["text"], b.get("fact"))
        self.store.edit(doc_id, _fact_id(b), fact, self.reviewer)
        return self._doc(doc_id)

    def set_subject(self, b: dict[str, Any]) -> dict[str, Any]:
        """The selected text becomes the fact's subject (label and canonical name guessed)."""
        doc_id, fact_id = _need(b, "doc_id"), _fact_id(b)
        doc = self.store.document(doc_id)
        current = next((f["fact"] for f in doc["facts"] if f["id"] == fact_id), None)
        if current is None:
            raise UnknownItem(f"no fact {fact_id} in document {doc_id!r}")
        fact = Fact.from_dict(current)
        fact.subject = subject_from_span(doc["text"], b.get("start"), b.get("end"))
        self.store.edit(doc_id, fact_id, fact, self.reviewer)
        return self._doc(doc_id)

    def add(self, b: dict[str, Any]) -> dict[str, Any]:
        """A missed figure at the selected span; the other fields start empty for the reviewer to fill."""
        doc_id = _need(b, "doc_id")
        figure = figure_from_span(self.store.document(doc_id)["text"], b.get("start"), b.get("end"))
        fact_id = self.store.add(doc_id, Fact(figure=figure, subject=None, metric=Metric("OTHER")), self.reviewer)
        return {**self._doc(doc_id), "fact_id": fact_id}

    def undo(self, b: dict[str, Any]) -> dict[str, Any]:
        doc_id = _need(b, "doc_id")
        action = self.store.undo(doc_id, self.reviewer)
        return {**self._doc(doc_id), "undone": action}

    def done(self, b: dict[str, Any]) -> dict[str, Any]:
        doc_id = _need(b, "doc_id")
        self.store.finish(doc_id, self.reviewer)
        return self._doc(doc_id)

    def _on_fact(self, b: dict[str, Any], action: Callable[[str, int, str], None]) -> dict[str, Any]:
        doc_id = _need(b, "doc_id")
        action(doc_id, _fact_id(b), self.reviewer)
        return self._doc(doc_id)

    def _doc(self, doc_id: str) -> dict[str, Any]:
        return {"doc": self.store.document(doc_id)}


def _need(d: dict[str, Any], key: str) -> str:
    v = d.get(key)
    if not isinstance(v, str) or not v:
        raise ValueError(f"{key} is required")
    return v


def _fact_id(b: dict[str, Any]) -> int:
    v = b.get("fact_id")
    if not isinstance(v, int) or isinstance(v, bool):
        raise ValueError("fact_id must be an integer")
    return v


def make_handler(api: ReviewAPI, check_host: bool) -> type[BaseHTTPRequestHandler]:
    """A request handler bound to one API (http.server wants a class, not an instance)."""
    gets: dict[str, Callable[[dict[str, str]], dict[str, Any]]] = {
        "/api/session": api.session, "/api/doc": api.document,
    }
    posts: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
        "/api/accept": api.accept, "/api/reject": api.reject, "/api/delete": api.delete, "/api/edit": api.edit,
        "/api/subject": api.set_subject, "/api/add": api.add, "/api/undo": api.undo, "/api/done": api.done,
    }

    class Handler(BaseHTTPRequestHandler):
        server_version = "vi-extract-review"
        sys_version = ""

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            if not self._host_ok():
                return
            url = urlsplit(self.path)
            if url.path in _STATIC:
                name, ctype = _STATIC[url.path]
                body = (resources.files(__package__) / "static" / name).read_bytes()
                self._send(HTTPStatus.OK, body, f"{ctype}; charset=utf-8")
            elif url.path == "/favicon.ico":
                self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
            elif url.path in gets:
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                self._call(gets[url.path], query)
            else:
                self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})

        def do_POST(self) -> None:  # noqa: N802
            if not self._host_ok():
                return
            url = urlsplit(self.path)
            if url.path not in posts:
                self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})
                return
            if self.headers.get_content_type() != "application/json":
                self._json(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"error": "send application/json"})
                return
            origin = self.headers.get("Origin")
            if origin is not None and urlsplit(origin).netloc != self.headers.get("Host"):
                self._json(HTTPStatus.FORBIDDEN, {"error": "cross-origin request refused"})
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length > _MAX_BODY:
                self._json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "request too large"})
                return
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
            except (json.JSONDecodeError, UnicodeDecodeError):
                self._json(HTTPStatus.BAD_REQUEST, {"error": "body is not JSON"})
                return
            if not isinstance(body, dict):
                self._json(HTTPStatus.BAD_REQUEST, {"error": "body must be a JSON object"})
                return
            self._call(posts[url.path], body)

        def _call(self, fn: Callable[[Any], dict[str, Any]], arg: Any) -> None:
            try:
                result = fn(arg)
            except UnknownItem as exc:
                self._json(HTTPStatus.NOT_FOUND, {"error": str(exc)})
            except ReviewError as exc:
                self._json(HTTPStatus.CONFLICT, {"error": str(exc)})
            except ValueError as exc:
                self._json(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
            else:
                self._json(HTTPStatus.OK, result)

        def _host_ok(self) -> bool:
            """Refuse other Host names on a loopback server (DNS rebinding would otherwise reach the API)."""
            host = urlsplit("//" + (self.headers.get("Host") or "")).hostname or ""
            if check_host and host not in _LOOPBACK:
                self._json(HTTPStatus.MISDIRECTED_REQUEST, {"error": "unexpected Host header"})
                return False
            return True

        def _json(self, status: HTTPStatus, obj: dict[str, Any]) -> None:
            self._send(status, json.dumps(obj, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

        def _send(self, status: HTTPStatus, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in _SECURITY_HEADERS.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            """Only failed requests reach the terminal; a reviewer's clicks are in the database."""
            if isinstance(code, int) and code >= 400:
                super().log_request(code, size)

    return Handler


class _Server6(ThreadingHTTPServer):
    address_family = socket.AF_INET6


def serve(store: ReviewStore, reviewer: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the review page until interrupted; prints the URL (with the real port when 0 is asked)."""
    check_host = host in _LOOPBACK
    server_cls = _Server6 if ":" in host else ThreadingHTTPServer
    server = server_cls((host.strip("[]"), port), make_handler(ReviewAPI(store, reviewer), check_host))
    shown = f"[{host}]" if ":" in host else host
    print(f"review: http://{shown}:{server.server_address[1]}/  (reviewer {reviewer}, database {store.path})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
