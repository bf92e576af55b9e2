// The review page. Article text and every field derived from it are untrusted: they are only
// ever put into the page with textContent / value / createElement, never as HTML.
// Offsets from the server are Python str indices (code points); the DOM counts UTF-16 units,
// so every offset crosses that boundary through toUnits / toPoints.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { schema: null, queue: [], index: 0, doc: null, current: null, selection: null, units: [], points: [] };

async function api(path, body) {
  const init = body === undefined ? {} : {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  };
  const res = await fetch(path, init);
  const data = await res.json();
  if (!res.ok) throw new Error(data.error || res.statusText);
  return data;
}

function say(text, isError) {
  const m = $("message");
  m.textContent = text;
  m.className = isError ? "error" : "";
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function option(value, label) {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = label;
  return o;
}

// ---- offsets ------------------------------------------------------------------------------

function indexOffsets(text) {
  // units[cp] = UTF-16 offset of code point cp; points[u] = code point at UTF-16 offset u.
  const units = [0];
  const points = [0];
  let u = 0;
  let cp = 0;
  for (const ch of text) {
    u += ch.length;
    cp += 1;
    units.push(u);
    if (ch.length === 2) points.push(cp - 1);
    points.push(cp);
  }
  state.units = units;
  state.points = points;
}

const toUnits = (cp) => state.units[Math.max(0, Math.min(cp, state.units.length - 1))];
const toPoints = (u) => state.points[Math.max(0, Math.min(u, state.points.length - 1))];

// ---- loading ------------------------------------------------------------------------------

async function start() {
  const s = await api("/api/session");
  state.schema = s.schema;
  state.queue = s.queue;
  $("reviewer").textContent = "reviewer: " + s.reviewer;
  fillSelect($("ed-kind"), s.schema.kinds);
  fillSelect($("ed-unit"), ["", ...s.schema.units]);
  fillSelect($("ed-comparator"), ["", ...s.schema.comparators]);
  fillSelect($("ed-label"), s.schema.labels);
  fillSelect($("ed-index"), s.schema.indices);
  fillSelect($("ed-modality"), s.schema.modalities);
  bindControls();
  const wanted = docFromHash();
  let i = state.queue.findIndex((q) => q.doc_id === wanted);
  if (i < 0) i = Math.max(0, state.queue.findIndex((q) => !q.done));
  await open(i);
}

function fillSelect(select, values) {
  for (const v of values) select.appendChild(option(v, v === "" ? "—" : v));
}

function docFromHash() {
  const m = /^#doc=(.*)$/.exec(location.hash);
  return m ? decodeURIComponent(m[1]) : null;
}

async function open(i) {
  if (!state.queue.length) { say("nothing to review"); return; }
  state.index = Math.max(0, Math.min(i, state.queue.length - 1));
  const docId = state.queue[state.index].doc_id;
  const want = "#doc=" + encodeURIComponent(docId);
  if (location.hash !== want) history.replaceState(null, "", want);
  const data = await api("/api/doc?doc_id=" + encodeURIComponent(docId));
  state.current = null;
  state.selection = null;
  show(data.doc);
  const first = state.doc.facts.find((f) => f.status === "pending") || state.doc.facts[0];
  select(first ? first.id : null);
}

function show(doc) {
  state.doc = doc;
  indexOffsets(doc.text);
  const q = state.queue[state.index];
  if (q) {
    q.done = doc.done;
    q.pending = doc.facts.filter((f) => f.status === "pending").length;
  }
  $("position").textContent = `${state.index + 1} / ${state.queue.length}`;
  $("doc-id").textContent = doc.doc_id;
  $("doc-state").textContent = doc.done ? "done" : `${doc.facts.filter((f) => f.status === "pending").length} pending`;
  $("doc-state").className = "badge" + (doc.done ? " done" : "");
  const conf = doc.min_confidence === null ? "" : ` · min confidence ${doc.min_confidence.toFixed(2)}`;
  $("version").textContent = (doc.model_version || "no model") + conf;
  $("url").textContent = doc.meta && typeof doc.meta.url === "string" ? doc.meta.url : "";
  $("undo").disabled = !doc.can_undo;
  renderText();
  renderFacts();
}

function apply(data) {
  show(data.doc);
  if (state.current !== null && !state.doc.facts.some((f) => f.id === state.current)) state.current = null;
  select(state.current);
}

// ---- text with highlights -----------------------------------------------------------------

function nearest(text, needle, around) {
  // The occurrence of needle closest to `around` (UTF-16), for spans the record gives no offsets for.
  if (!needle) return null;
  let best = null;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (best === null || Math.abs(i - around) < Math.abs(best - around)) best = i;
  }
  return best === null ? null : [best, best + needle.length];
}

function spans() {
  // [startUnit, endUnit, className, factId] for everything to highlight.
  const out = [];
  const text = state.doc.text;
  for (const e of state.doc.entities) {
    if (e.start !== undefined && e.start !== null) out.push([toUnits(e.start), toUnits(e.end), "ent", null]);
  }
  for (const f of state.doc.facts) {
    const fig = f.fact.figure;
    const a = toUnits(fig.start);
    out.push([a, toUnits(fig.end), "fig " + f.status + (f.id === state.current ? " current" : ""), f.id]);
    const subj = f.fact.subject;
    let subjSpan = null;
    if (subj && subj.start !== undefined && subj.start !== null) subjSpan = [toUnits(subj.start), toUnits(subj.end)];
    else if (subj) subjSpan = nearest(text.slice(0, a), subj.text, a);
    if (subjSpan) out.push([subjSpan[0], subjSpan[1], "subj", null]);
    if (f.id === state.current) {
      const m = nearest(text, f.fact.metric.text, a);
      if (m) out.push([m[0], m[1], "metric", null]);
      const y = f.fact.year === null ? null : nearest(text, String(f.fact.year), a);
      if (y) out.push([y[0], y[1], "year", null]);
    }
  }
  return out;
}

function renderText() {
  const text = state.doc.text;
  const marks = spans();
  const cuts = new Set([0, text.length]);
  for (const [a, b] of marks) { cuts.add(a); cuts.add(b); }
  const points = [...cuts].sort((x, y) => x - y);
  const box = $("text");
  box.replaceChildren();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const covering = marks.filter(([s, e]) => s <= a && e >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { box.appendChild(document.createTextNode(piece)); continue; }
    const span = el("span", covering.map((m) => m[2]).join(" "), piece);
    const fig = covering.find((m) => m[3] !== null);
    if (fig) span.dataset.fact = String(fig[3]);
    box.appendChild(span);
  }
}

// ---- facts list and editor ----------------------------------------------------------------

function describe(f) {
  const x = f.fact;
  const parts = [x.figure.kind, x.figure.comparator || "", String(x.figure.value) + (x.figure.total === null ? "" : "/" + x.figure.total)];
  return parts.filter(Boolean).join(" ");
}

function renderFacts() {
  const list = $("facts");
  list.replaceChildren();
  for (const f of state.doc.facts) {
    const li = el("li", f.status + (f.id === state.current ? " current" : ""));
    li.dataset.fact = String(f.id);
    li.appendChild(el("span", "badge " + f.status, f.status));
    li.appendChild(el("span", "fig-text", f.fact.figure.text));
    li.appendChild(el("span", "", describe(f)));
    li.appendChild(el("span", "muted", f.fact.subject ? f.fact.subject.canonical : "(no subject)"));
    li.appendChild(el("span", "muted", f.fact.metric.index));
    li.appendChild(el("span", "muted", f.fact.year === null ? "" : f.fact.year));
    if (f.confidence !== null) li.appendChild(el("span", "muted", f.confidence.toFixed(2)));
    const acts = el("span", "acts");
    for (const [label, title, action] of [["✓", "accept (a)", "accept"], ["✗", "reject (r)", "reject"], ["del", "delete (x)", "delete"]]) {
      const b = el("button", "", label);
      b.type = "button";
      b.title = title;
      b.dataset.action = action;
      acts.appendChild(b);
    }
    li.appendChild(acts);
    list.appendChild(li);
  }
}

function currentFact() {
  return state.doc ? state.doc.facts.find((f) => f.id === state.current) || null : null;
}

function select(id) {
  state.current = id;
  renderText();
  renderFacts();
  fillEditor();
  const node = document.querySelector(`#facts li[data-fact="${id}"]`);
  if (node) node.scrollIntoView({ block: "nearest" });
  const mark = document.querySelector(`#text span.current`);
  if (mark) mark.scrollIntoView({ block: "nearest" });
}

function fillEditor() {
  const f = currentFact();
  $("editor").hidden = !f;
  if (!f) return;
  const x = f.fact;
  $("ed-id").textContent = "#" + f.id;
  $("ed-status").textContent = f.status;
  $("ed-status").className = "badge " + f.status;
  $("ed-figure-text").textContent = x.figure.text;
  $("ed-kind").value = x.figure.kind;
  $("ed-value").value = x.figure.value;
  $("ed-total").value = x.figure.total === null ? "" : x.figure.total;
  $("ed-unit").value = x.figure.unit || "";
  $("ed-comparator").value = x.figure.comparator || "";
  $("ed-no-subject").checked = !x.subject;
  $("ed-subject-text").textContent = x.subject ? x.subject.text : "";
  $("ed-canonical").value = x.subject ? x.subject.canonical : "";
  $("ed-label").value = x.subject ? x.subject.label : "LOC";
  $("ed-index").value = x.metric.index;
  $("ed-metric-text").value = x.metric.text || "";
  $("ed-year").value = x.year === null ? "" : x.year;
  $("ed-compared").value = x.compared_to === null ? "" : x.compared_to;
  $("ed-modality").value = x.modality;
  $("ed-note").value = x.note || "";
}

function editedFact() {
  const f = currentFact();
  const x = f.fact;
  const num = (id) => ($(id).value === "" ? null : Number($(id).value));
  let subject = null;
  const canonical = $("ed-canonical").value.trim();
  if (!$("ed-no-subject").checked && (x.subject || canonical)) {
    subject = { ...(x.subject || { text: canonical }), canonical, label: $("ed-label").value };
  }
  return {
    figure: {
      start: x.figure.start, end: x.figure.end, kind: $("ed-kind").value, value: num("ed-value"),
      total: num("ed-total"), unit: $("ed-unit").value || null, comparator: $("ed-comparator").value || null,
    },
    subject,
    metric: { index: $("ed-index").value, text: $("ed-metric-text").value },
    year: num("ed-year"),
    compared_to: num("ed-compared"),
    modality: $("ed-modality").value,
    note: $("ed-note").value || null,
  };
}

// ---- actions ------------------------------------------------------------------------------

async function act(path, extra, message) {
  try {
    const data = await api(path, { doc_id: state.doc.doc_id, ...extra });
    apply(data);
    say(message);
    return data;
  } catch (err) {
    say(err.message, true);
    return null;
  }
}

async function decide(action) {
  const f = currentFact();
  if (!f) return;
  const after = state.doc.facts[state.doc.facts.indexOf(f) + 1];
  if (await act("/api/" + action, { fact_id: f.id }, `${action}: ${f.fact.figure.text}`)) {
    const next = after && state.doc.facts.some((g) => g.id === after.id) ? after.id : state.current;
    select(next);
  }
}

async function save(event) {
  event.preventDefault();
  const f = currentFact();
  if (!f) return;
  if (await act("/api/edit", { fact_id: f.id, fact: editedFact() }, `saved #${f.id}`)) document.activeElement.blur();
}

async function addFigure() {
  const sel = state.selection;
  if (!sel) { say("select the figure in the text first", true); return; }
  const data = await act("/api/add", { start: sel[0], end: sel[1] }, "figure added");
  if (data) {
    state.selection = null;
    select(data.fact_id);
    $("ed-kind").focus();
  }
}

async function setSubject() {
  const sel = state.selection;
  const f = currentFact();
  if (!sel || !f) { say("select a fact, then the subject in the text", true); return; }
  if (await act("/api/subject", { fact_id: f.id, start: sel[0], end: sel[1] }, "subject set")) state.selection = null;
}

async function undo() {
  const data = await act("/api/undo", {}, "");
  if (data) say("undone: " + data.undone);
}

async function done() {
  await act("/api/done", {}, "document marked done");
}

function moveFact(step) {
  const facts = state.doc.facts;
  if (!facts.length) return;
  const i = facts.findIndex((f) => f.id === state.current);
  const j = i < 0 ? 0 : Math.max(0, Math.min(facts.length - 1, i + step));
  select(facts[j].id);
}

function captureSelection() {
  // The selection inside the text, in code points, trimmed of surrounding white space.
  const sel = window.getSelection();
  const box = $("text");
  if (!sel.rangeCount || sel.isCollapsed) return;
  const r = sel.getRangeAt(0);
  if (!box.contains(r.startContainer) || !box.contains(r.endContainer)) return;
  const before = document.createRange();
  before.selectNodeContents(box);
  before.setEnd(r.startContainer, r.startOffset);
  let a = before.toString().length;
  let b = a + r.toString().length;
  const text = state.doc.text;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (a < b) state.selection = [toPoints(a), toPoints(b)];
}

function bindControls() {
  $("prev").addEventListener("click", () => open(state.index - 1));
  $("next").addEventListener("click", () => open(state.index + 1));
  $("undo").addEventListener("click", undo);
  $("done").addEventListener("click", done);
  $("add-figure").addEventListener("click", addFigure);
  $("set-subject").addEventListener("click", setSubject);
  $("editor").addEventListener("submit", save);
  $("cancel").addEventListener("click", () => { fillEditor(); document.activeElement.blur(); });
  $("text").addEventListener("mouseup", captureSelection);
  $("text").addEventListener("keyup", captureSelection);
  $("text").addEventListener("click", (e) => {
    const span = e.target.closest("span[data-fact]");
    if (span && window.getSelection().isCollapsed) select(Number(span.dataset.fact));
  });
  $("facts").addEventListener("click", (e) => {
    const li = e.target.closest("li[data-fact]");
    if (!li) return;
    select(Number(li.dataset.fact));
    const button = e.target.closest("button[data-action]");
    if (button) decide(button.dataset.action);
  });
  window.addEventListener("hashchange", () => {
    const i = state.queue.findIndex((q) => q.doc_id === docFromHash());
    if (i >= 0 && i !== state.index) open(i);
  });
  document.addEventListener("keydown", onKey);
}

function onKey(e) {
  const tag = e.target.tagName;
  if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") {
    if (e.key === "Escape") { fillEditor(); e.target.blur(); }
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const keys = {
    a: () => decide("accept"), r: () => decide("reject"), x: () => decide("delete"), Delete: () => decide("delete"),
    u: undo, d: done, f: addFigure, s: setSubject,
    e: () => { if (currentFact()) $("ed-canonical").focus(); },
    n: () => open(state.index + 1), ArrowRight: () => open(state.index + 1),
    p: () => open(state.index - 1), ArrowLeft: () => open(state.index - 1),
    j: () => moveFact(1), ArrowDown: () => moveFact(1), k: () => moveFact(-1), ArrowUp: () => moveFact(-1),
  };
  const fn = keys[e.key];
  if (fn) { e.preventDefault(); fn(); }
}

start().catch((err) => say(err.message, true));
