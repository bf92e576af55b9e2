"""The review page driven by a real headless Chromium against the real `extract review` server."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extract.record import Entity, Fact, Figure, Metric, Record

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SEED_ID = "000_f28c877bd538956e"
MODEL = "test-model 1"

playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (make browser)", allow_module_level=True)

# Select `needle` inside the document text the way a mouse would leave it: a DOM Range.
SELECT_JS = """(needle) => {
  const box = document.getElementById('text');
  const start = box.textContent.indexOf(needle);
  if (start < 0) throw new Error('not in the text: ' + needle);
  const end = start + needle.length;
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pos = 0, started = false, n;
  while ((n = walker.nextNode())) {
    const len = n.data.length;
    if (!started && start < pos + len) { range.setStart(n, start - pos); started = true; }
    if (end <= pos + len) { range.setEnd(n, end - pos); break; }
    pos += len;
  }
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  box.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
}"""


def seed_text() -> str:
    with open(ROOT / "corpus" / "seeds.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["doc_id"] == SEED_ID:
                return d["text"]
    raise AssertionError("seed missing")


def span(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def fact(text: str, needle: str, kind: str, value: float, conf: float, subject: str | None = "TP Cần Thơ") -> Fact:
    s, e = span(text, needle)
    subj = None
    if subject:
        a, b = span(text, subject)
        subj = Entity(text=subject, label="LOC", canonical=subject.removeprefix("TP "), start=a, end=b)
    unit = {"percent": "%", "delta": "%"}[kind]
    return Fact(Figure(s, e, needle, kind, value, None, unit, None), subj, Metric("PAR_INDEX", "Chỉ số CCHC cấp sở"),
                2023, 2022 if kind == "delta" else None, "actual", conf)


class Server:
    """`extract review` in a subprocess on a free loopback port; its output goes to a log file."""

    def __init__(self, log: Path, *args: str) -> None:
        cmd = [sys.executable, "-m", "extract.cli", "review", *args, "--port", "0", "--reviewer", "tester"]
        self.log = log
        with open(log, "w") as fh:
            self.proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and self.proc.poll() is None:
            m = re.search(r"(http://127\.0\.0\.1:\d+/)", log.read_text())
            if m:
                self.url = m.group(1)
                return
            time.sleep(0.1)
        self.stop()
        raise AssertionError("server did not start: " + log.read_text())

    @property
    def output(self) -> str:
        return self.log.read_text()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def reviewed(tmp_path: Path) -> dict[str, Path]:
    """Two documents: the seed (least confident, so shown first) and a short sure one."""
    text = seed_text()
    sure = "Năm 2023, tỉnh Quảng Ninh dẫn đầu Chỉ số CCHC với 91,5%."
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"doc_id": "sure", "text": sure, "url": "https://example.org/sure"},
        {"doc_id": SEED_ID, "text": text},
    ]) + "\n", encoding="utf-8")
    preds = [
        Record("sure", sure, facts=[Fact(Figure(*span(sure, "91,5%"), "91,5%", "percent", 91.5, None, "%", None),
                                         Entity("Quảng Ninh", "LOC", "Quảng Ninh", *span(sure, "Quảng Ninh")),
                                         Metric("PAR_INDEX", "Chỉ số CCHC"), 2023, None, "actual", 0.95)],
               extra={"version": MODEL}),
        Record(SEED_ID, text, facts=[
            fact(text, "92,27%", "percent", 92.27, 0.30),
            fact(text, "1,76%", "delta", 1.76, 0.40, subject="Sở Nội vụ"),
            fact(text, "6,42%", "delta", 6.42, 0.50),
        ], extra={"version": MODEL}),
    ]
    pred_file = tmp_path / "preds.jsonl"
    pred_file.write_text("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in preds), encoding="utf-8")
    return {"docs": docs, "preds": pred_file, "db": tmp_path / "review.sqlite", "gold": tmp_path / "gold" / "me.jsonl",
            "log": tmp_path / "server.log"}


def fact_item(page: Any, figure_text: str) -> Any:
    return page.locator("#facts li", has=page.locator(".fig-text", has_text=figure_text))


def test_review_accept_edit_add_undo_persist_and_export(browser: Any, reviewed: dict[str, Path]) -> None:
    expect = playwright_api.expect
    server = Server(reviewed["log"], str(reviewed["docs"]), "--db", str(reviewed["db"]), "--predictions",
                    str(reviewed["preds"]))
    assert "2 documents imported" in server.output
    try:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(server.url)
        # least confident document first
        expect(page.locator("#doc-id")).to_have_text(SEED_ID)
        expect(page.locator("#version")).to_contain_text(MODEL)
        expect(page.locator("#text span.fig")).to_have_count(3)
        expect(page.locator("#text span.subj").first).to_have_text("TP Cần Thơ")

        # accept 92,27% with the keyboard
        fact_item(page, "92,27%").click()
        page.keyboard.press("a")
        expect(fact_item(page, "92,27%")).to_have_class(re.compile(r"\baccepted\b"))

        # edit the subject of 1,76% (the model said Sở Nội vụ)
        fact_item(page, "1,76%").click()
        page.fill("#ed-canonical", "Cần Thơ")
        page.press("#ed-canonical", "Enter")
        expect(fact_item(page, "1,76%")).to_have_class(re.compile(r"\bedited\b"))
        expect(fact_item(page, "1,76%")).to_contain_text("Cần Thơ")

        # reject 6,42%, then undo it
        fact_item(page, "6,42%").click()
        page.keyboard.press("r")
        expect(fact_item(page, "6,42%")).to_have_class(re.compile(r"\brejected\b"))
        page.keyboard.press("u")
        expect(fact_item(page, "6,42%")).to_have_class(re.compile(r"\bpending\b"))

        # add the missed 93,93% by selecting it in the text
        page.evaluate(SELECT_JS, "93,93%")
        page.click("#add-figure")
        expect(fact_item(page, "93,93%")).to_have_class(re.compile(r"\badded\b"))
        expect(page.locator("#ed-kind")).to_have_value("percent")
        expect(page.locator("#ed-value")).to_have_value("93.93")
        expect(page.locator("#text span.fig.added")).to_have_text("93,93%")
        # …and give it a subject by selecting one (the editor has focus: Esc hands keys back to the page)
        page.keyboard.press("Escape")
        page.evaluate(SELECT_JS, "TP Cần Thơ")
        page.keyboard.press("s")
        expect(fact_item(page, "93,93%")).to_contain_text("Cần Thơ")

        # reload: every decision is still there
        page.reload()
        expect(page.locator("#doc-id")).to_have_text(SEED_ID)
        expect(fact_item(page, "92,27%")).to_have_class(re.compile(r"\baccepted\b"))
        expect(fact_item(page, "1,76%")).to_have_class(re.compile(r"\bedited\b"))
        expect(fact_item(page, "6,42%")).to_have_class(re.compile(r"\bpending\b"))
        expect(fact_item(page, "93,93%")).to_have_class(re.compile(r"\badded\b"))

        # next document with →, back with p, then mark done (pending 6,42% counts as accepted)
        page.keyboard.press("ArrowRight")
        expect(page.locator("#doc-id")).to_have_text("sure")
        page.keyboard.press("p")
        expect(page.locator("#doc-id")).to_have_text(SEED_ID)
        page.keyboard.press("d")
        expect(page.locator("#doc-state")).to_have_text("done")
        assert not errors
    finally:
        server.stop()

    # the log: who, when, which model, append-only with the undo as its own row
    con = sqlite3.connect(reviewed["db"])
    rows = con.execute("SELECT action, reviewer, model_version, at, reverts FROM decisions ORDER BY id").fetchall()
    con.close()
    assert [r[0] for r in rows] == ["accept", "edit", "reject", "undo", "add", "edit", "done"]
    assert {r[1] for r in rows} == {"tester"} and {r[2] for r in rows} == {MODEL}
    assert all(re.match(r"\d{4}-\d\d-\d\dT", r[3]) for r in rows) and rows[3][4] is not None

    # restarting imports nothing again and keeps the review
    again = Server(reviewed["log"], str(reviewed["docs"]), "--db", str(reviewed["db"]), "--predictions",
                   str(reviewed["preds"]))
    again.stop()
    assert "0 documents imported" in again.output

    out = subprocess.run([sys.executable, "-m", "extract.cli", "review", "--db", str(reviewed["db"]), "--export",
                          str(reviewed["gold"])], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "exported 1 reviewed documents" in out.stdout
    gold = [json.loads(line) for line in reviewed["gold"].read_text(encoding="utf-8").splitlines()]
    assert [g["doc_id"] for g in gold] == [SEED_ID]
    assert "text" not in gold[0]  # the shared corpus holds this text, identical
    by_text = {f["figure"]["text"]: f for f in gold[0]["facts"]}
    assert sorted(by_text) == ["1,76%", "6,42%", "92,27%", "93,93%"]
    assert by_text["1,76%"]["subject"]["canonical"] == "Cần Thơ"
    assert by_text["93,93%"]["figure"]["kind"] == "percent" and by_text["93,93%"]["figure"]["value"] == 93.93
    a, _ = span(seed_text(), "TP Cần Thơ")
    assert by_text["93,93%"]["subject"] == {"start": a, "end": a + 10, "text": "TP Cần Thơ", "label": "LOC", "canonical": "Cần Thơ"}
    s, e = span(seed_text(), "93,93%")
    assert (by_text["93,93%"]["figure"]["start"], by_text["93,93%"]["figure"]["end"]) == (s, e)
    assert all("confidence" not in f for f in gold[0]["facts"])
    assert gold[0]["review"] == {"reviewers": ["tester"], "model_version": MODEL}


HOSTILE = ('Tỉnh Bắc Ninh đạt 95,5% <script>alert(1)</script> trong năm 2023 và "><img src=x onerror=alert(1)> '
           "xếp thứ 3/63 tỉnh <b onmouseover=alert(1)>đậm</b>.")


def test_hostile_article_renders_as_text(browser: Any, tmp_path: Path) -> None:
    expect = playwright_api.expect
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"doc_id": '"><img src=x onerror=alert(2)>', "text": HOSTILE,
                                "url": "javascript:alert(3)"}, ensure_ascii=False) + "\n", encoding="utf-8")
    server = Server(tmp_path / "server.log", str(docs), "--db", str(tmp_path / "r.sqlite"))  # predictions from the pipeline
    try:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(server.url)
        expect(page.locator("#text")).to_have_text(HOSTILE)
        expect(page.locator("#doc-id")).to_have_text('"><img src=x onerror=alert(2)>')
        expect(page.locator("#url")).to_have_text("javascript:alert(3)")
        page.locator("#facts li").first.click()
        page.hover("#text")
        assert page.locator("img").count() == 0
        assert page.locator("#text script, #text b").count() == 0
        assert page.evaluate("document.scripts.length") == 1  # app.js only
        page.evaluate(SELECT_JS, "<script>")
        page.keyboard.press("f")
        expect(page.locator("#facts li .fig-text", has_text="<script>")).to_have_count(1)
        assert page.locator("img").count() == 0
        assert dialogs == []
    finally:
        server.stop()
