// redact review: plain JS, no build step, no external resources. Data from the page is only ever put in
// the DOM as text (textContent), never as HTML.
"use strict";

const TOKEN = document.querySelector('meta[name="redact-token"]').content;
const COLORS = {
  NAAM: "#d62728", EMAIL: "#1f77b4", TELEFOON: "#2ca02c", INITIALEN: "#9467bd", BSN: "#8c564b",
  IBAN: "#e377c2", ADRES: "#ff7f0e", GEBOORTEDATUM: "#17becf", KENTEKEN: "#8a8a00", HANDTEKENING: "#7f7f7f",
  HANDMATIG: "#111111",
};
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const $ = (sel) => document.querySelector(sel);

const state = {
  session: null, docs: [], doc: null, page: 0, zoom: 1.25, selected: null, pending: null,
  words: new Map(), mode: "select", opening: 0,
};

function color(cat) {
  if (COLORS[cat]) return COLORS[cat];
  let h = 0;
  for (const ch of cat) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return `hsl(${h}, 65%, 40%)`;
}

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k === "data") for (const [dk, dv] of Object.entries(v)) e.dataset[dk] = dv;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function say(text, isError = false) {
  const m = $("#message");
  m.textContent = text;
  m.classList.toggle("error", isError);
}

async function api(path, body) {
  const opts = { headers: { "X-Redact-Token": TOKEN } };
  if (body !== undefined) {
    opts.method = "POST";
    opts.headers["Content-Type"] = "application/json";
    opts.body = JSON.stringify(body);
  }
  const r = await fetch(path, opts);
  const data = await r.json().catch(() => ({ error: `HTTP ${r.status}` }));
  if (!r.ok) throw new Error(data.error || `HTTP ${r.status}`);
  return data;
}

function reviewer() {
  const input = $("#reviewer");
  const name = input.value.trim();
  input.classList.toggle("missing", !name);
  if (!name) {
    say("Enter your name as reviewer first: every decision is recorded with it.", true);
    input.focus();
  }
  return name;
}

async function act(action, payload) {
  const by = reviewer();
  if (!by || !state.doc) return false;
  try {
    const res = await api(`/api/documents/${state.doc.id}/${action}`, { by, ...payload });
    say(res.message);
    state.doc = res.document;
    renderDocument();
    await loadDocs();
    return true;
  } catch (e) {
    say(e.message, true);
    return false;
  }
}

function decide(ids, status) {
  return act("decide", { ids, status, reason: $("#reason").value.trim() });
}

// -- documents ---------------------------------------------------------------------------------------

async function loadDocs() {
  state.docs = await api("/api/documents");
  const list = $("#doc-list");
  list.replaceChildren();
  for (const d of state.docs) {
    const pct = d.total ? Math.round((100 * d.reviewed) / d.total) : 100;
    const bar = el("div", { class: "bar" }, el("span"));
    bar.firstChild.style.width = `${pct}%`;
    const li = el("li", { data: { doc: d.id }, onclick: () => openDoc(d.id, 0) },
      el("span", { class: "name", text: d.name }), bar,
      el("span", { class: "meta" }, `${d.reviewed} / ${d.total} reviewed `,
        el("span", { class: `badge ${d.status.replace(" ", "-")}`, text: d.status })));
    if (state.doc && d.id === state.doc.id) li.classList.add("current");
    list.append(li);
  }
}

async function openDoc(id, page) {
  const seq = ++state.opening;  // only the last document asked for is shown, whatever order the answers come in
  let doc;
  try {
    doc = await api(`/api/documents/${id}`);
  } catch (e) {
    if (seq === state.opening) say(e.message, true);
    return;
  }
  if (seq !== state.opening) return;
  state.doc = doc;
  state.page = Math.min(page || 0, state.doc.pages - 1);
  state.selected = null;
  state.pending = null;
  state.words = new Map();
  location.hash = `doc=${id}&page=${state.page}`;
  for (const li of document.querySelectorAll("#doc-list li")) li.classList.toggle("current", li.dataset.doc === id);
  renderDocument();
}

// -- page --------------------------------------------------------------------------------------------

function renderPage() {
  const d = state.doc;
  if (!d) return;
  const [w, h] = d.sizes[state.page];
  const z = state.zoom;
  const page = $("#page");
  page.style.width = `${w * z}px`;
  page.style.height = `${h * z}px`;
  const scale = Math.min(4, Math.round(z * (window.devicePixelRatio || 1) * 4) / 4);
  const img = $("#page-img");
  const src = `/api/documents/${d.id}/pages/${state.page}.png?scale=${scale}&token=${encodeURIComponent(TOKEN)}`;
  if (img.getAttribute("src") !== src) img.src = src;
  $("#page-label").textContent = `page ${state.page + 1} / ${d.pages}`;
  $("#zoom-label").textContent = `${Math.round(z * 100)}%`;
  renderBoxes();
  renderWords();
  renderPending();
}

function renderBoxes() {
  const layer = $("#box-layer");
  layer.replaceChildren();
  const z = state.zoom;
  for (const p of state.doc.proposals) {
    if (p.page !== state.page) continue;
    for (const r of p.rects) {
      const b = el("div", { class: `box ${p.status}`, data: { id: p.id }, title: `${p.category} ${p.ground} (${p.status})`,
        onclick: (ev) => { ev.stopPropagation(); select(p.id, true); } }, el("span", { class: "code", text: p.ground }));
      b.style.setProperty("--c", color(p.category));
      Object.assign(b.style, { left: `${r[0] * z}px`, top: `${r[1] * z}px`, width: `${(r[2] - r[0]) * z}px`,
        height: `${(r[3] - r[1]) * z}px` });
      if (p.id === state.selected) b.classList.add("selected");
      layer.append(b);
    }
  }
}

async function renderWords() {
  const d = state.doc;
  const key = `${d.id}:${state.page}`;
  if (!state.words.has(key)) {
    try {
      state.words.set(key, await api(`/api/documents/${d.id}/pages/${state.page}/words`));
    } catch (e) {
      say(e.message, true);
      return;
    }
  }
  if (state.doc !== d || `${d.id}:${state.page}` !== key) return;
  const layer = $("#text-layer");
  layer.replaceChildren();
  const z = state.zoom;
  for (const w of state.words.get(key)) {
    const [x0, y0, x1, y1] = w.r;
    const s = el("span", { data: { s: w.s, e: w.e }, text: w.t });
    Object.assign(s.style, { left: `${x0 * z}px`, top: `${y0 * z}px`, width: `${(x1 - x0) * z}px`,
      height: `${(y1 - y0) * z}px`, fontSize: `${(y1 - y0) * z * 0.8}px` });
    layer.append(s);
  }
}

function renderPending() {
  for (const r of document.querySelectorAll(".rubber")) r.remove();
  const p = state.pending;
  const info = $("#add-pending");
  $("#add-button").disabled = !p;
  info.classList.toggle("ready", !!p);
  if (!p) {
    info.textContent = "Select text on the page, or switch to “Draw box” and drag over an area.";
    return;
  }
  if (p.kind === "span") info.textContent = `Selected text on page ${p.page + 1}: “${p.text}”`;
  else info.textContent = `Box drawn on page ${p.page + 1}`;
  if (p.kind === "box" && p.page === state.page) {
    const z = state.zoom;
    const r = el("div", { class: "rubber" });
    Object.assign(r.style, { left: `${p.rect[0] * z}px`, top: `${p.rect[1] * z}px`,
      width: `${(p.rect[2] - p.rect[0]) * z}px`, height: `${(p.rect[3] - p.rect[1]) * z}px` });
    $("#draw-layer").append(r);
  }
}

function setMode(mode) {
  state.mode = mode;
  document.body.classList.toggle("draw", mode === "draw");
  for (const r of document.querySelectorAll('input[name="mode"]')) r.checked = r.value === mode;
}

function onSelectionEnd() {
  if (state.mode !== "select" || !state.doc) return;
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed) return;
  const spans = [...document.querySelectorAll("#text-layer span")].filter((s) => sel.containsNode(s, true));
  if (!spans.length) return;
  const start = Math.min(...spans.map((s) => Number(s.dataset.s)));
  const end = Math.max(...spans.map((s) => Number(s.dataset.e)));
  state.pending = { kind: "span", page: state.page, start, end, text: spans.map((s) => s.textContent).join(" ") };
  renderPending();
}

function startDraw(ev) {
  if (ev.button !== 0) return;
  const layer = $("#draw-layer");
  const box = layer.getBoundingClientRect();
  const z = state.zoom;
  const x0 = (ev.clientX - box.left) / z;
  const y0 = (ev.clientY - box.top) / z;
  const rubber = el("div", { class: "rubber" });
  for (const r of document.querySelectorAll(".rubber")) r.remove();
  layer.append(rubber);
  let rect = [x0, y0, x0, y0];
  const move = (e) => {
    const x = (e.clientX - box.left) / z;
    const y = (e.clientY - box.top) / z;
    rect = [Math.min(x0, x), Math.min(y0, y), Math.max(x0, x), Math.max(y0, y)];
    Object.assign(rubber.style, { left: `${rect[0] * z}px`, top: `${rect[1] * z}px`,
      width: `${(rect[2] - rect[0]) * z}px`, height: `${(rect[3] - rect[1]) * z}px` });
  };
  const up = () => {
    window.removeEventListener("mousemove", move);
    window.removeEventListener("mouseup", up);
    if (rect[2] - rect[0] >= 2 && rect[3] - rect[1] >= 2) state.pending = { kind: "box", page: state.page, rect };
    renderPending();
  };
  window.addEventListener("mousemove", move);
  window.addEventListener("mouseup", up);
  ev.preventDefault();
}

async function addPending() {
  const p = state.pending;
  if (!p || p.sending) return;
  const body = { page: p.page, ground: $("#add-ground").value, category: $("#add-category").value,
    note: $("#add-note").value.trim() };
  if (p.kind === "box") body.rect = p.rect;
  else Object.assign(body, { start: p.start, end: p.end });
  p.sending = true;  // a second click while the first is on its way adds nothing twice
  const ok = await act("add", body);
  p.sending = false;
  // act() resolves only after the document list is reloaded: by then the reviewer may have selected the
  // next text or drawn the next box, which this add must not clear
  if (ok && state.pending === p) {
    state.pending = null;
    $("#add-note").value = "";
    window.getSelection().removeAllRanges();
    renderPending();
  }
}

// -- side list ---------------------------------------------------------------------------------------

function fillSelect(select, options, keep = true) {
  const old = select.value;
  select.replaceChildren(...options.map(([value, label]) => el("option", { value, text: label })));
  if (keep && options.some(([v]) => v === old)) select.value = old;
}

function renderDocument() {
  const d = state.doc;
  $("#doc-title").textContent = d.name;
  $("#doc-progress").textContent = `${d.reviewed} of ${d.total} reviewed · ${d.pages} page(s) · ${d.status}`;
  $("#doc-warnings").replaceChildren(...d.warnings.map((w) => el("li", { text: w })));
  const cats = [...new Set(d.proposals.filter((p) => p.origin !== "manual").map((p) => p.category))].sort();
  fillSelect($("#bulk-category"), cats.map((c) => [c, `category ${c} (${d.proposals.filter((p) => p.category === c).length})`]));
  fillSelect($("#bulk-person"), d.persons.map((p) => [p.key, `${p.label} (${p.count}) — all variants`]));
  $("#undo").disabled = !d.undoable;
  const grounds = state.session.grounds;
  const list = $("#proposals");
  list.replaceChildren();
  for (const p of d.proposals) {
    const groundSel = el("select", { class: "ground", "aria-label": "Woo ground",
      onchange: (ev) => act("ground", { id: p.id, ground: ev.target.value, reason: $("#reason").value.trim() }) });
    fillSelect(groundSel, grounds.map((g) => [g.code, `${g.code} ${g.text}`]), false);
    groundSel.value = p.ground;
    const decision = p.by ? `${p.status} by ${p.by} at ${p.at.replace("T", " ").replace("Z", " UTC")}` +
      (p.reason ? ` — ${p.reason}` : "") + (p.note ? ` — note: ${p.note}` : "") : "";
    const li = el("li", { class: p.doubt ? `${p.status} doubt` : p.status, data: { id: p.id }, onclick: () => select(p.id, false) },
      el("div", { class: "head" }, el("span", { class: "cat", text: p.category }),
        el("span", { text: `p. ${p.page + 1}` }),
        p.person ? el("span", { class: "person", text: `person: ${p.person}` }) : null,
        p.doubt ? el("span", { class: "badge twijfel", title: p.doubt, text: "twijfel" }) : null,
        p.person_decision ? el("span", { class: "badge persoon", title: p.reason, text: "persoonsbesluit" }) : null,
        el("span", { class: `badge status ${p.status}`, text: p.status })),
      el("div", { class: "ctx" }, p.before ? `${p.before} ` : "",
        el("span", { class: "text", text: p.drawn ? (p.text ? `[box] ${p.text}` : "[box]") : p.text }),
        p.after ? ` ${p.after}` : ""),
      el("div", { class: "meta" }, groundSel,
        ` ${p.detector} · score ${p.score.toFixed(2)}${p.evidence.length ? " · " + p.evidence.join(", ") : ""}`),
      el("div", { class: "actions" },
        el("button", { type: "button", class: "approve", text: "Approve (a)",
          onclick: (ev) => { ev.stopPropagation(); decide([p.id], "approved"); } }),
        el("button", { type: "button", class: "reject", text: "Reject (r)",
          onclick: (ev) => { ev.stopPropagation(); decide([p.id], "rejected"); } })),
      p.doubt ? el("div", { class: "doubt", text: p.doubt }) : null,
      decision ? el("div", { class: "decision", text: decision }) : null);
    li.style.setProperty("--c", color(p.category));
    if (p.id === state.selected) li.classList.add("selected");
    list.append(li);
  }
  const used = [...new Set(d.proposals.map((p) => p.category))].sort();
  $("#legend").replaceChildren(...used.map((c) => {
    const s = el("span", { text: c });
    s.style.setProperty("--c", color(c));
    return s;
  }));
  renderPage();
}

function select(id, fromPage) {
  const p = state.doc.proposals.find((q) => q.id === id);
  if (!p) return;
  state.selected = id;
  if (p.page !== state.page) {
    state.page = p.page;
    location.hash = `doc=${state.doc.id}&page=${state.page}`;
    renderPage();
  } else {
    renderBoxes();
  }
  for (const li of document.querySelectorAll("#proposals li")) li.classList.toggle("selected", li.dataset.id === id);
  const li = document.querySelector(`#proposals li[data-id="${CSS.escape(id)}"]`);
  if (li && fromPage) li.scrollIntoView({ block: "nearest" });
  const box = document.querySelector(`#box-layer .box[data-id="${CSS.escape(id)}"]`);
  if (box && !fromPage) box.scrollIntoView({ block: "nearest", inline: "nearest" });
}

function move(step) {
  const ps = state.doc ? state.doc.proposals : [];
  if (!ps.length) return;
  let i = ps.findIndex((p) => p.id === state.selected);
  i = i < 0 ? (step > 0 ? 0 : ps.length - 1) : Math.min(ps.length - 1, Math.max(0, i + step));
  select(ps[i].id, true);
}

function gotoPage(n) {
  if (!state.doc) return;
  state.page = Math.max(0, Math.min(state.doc.pages - 1, n));
  location.hash = `doc=${state.doc.id}&page=${state.page}`;
  renderPage();
}

function bulk(kind, status) {
  if (!state.doc) return;
  const body = { status, reason: $("#reason").value.trim() };
  if (kind === "category") body.category = $("#bulk-category").value;
  else if (kind === "person") body.person = $("#bulk-person").value;
  else body.pending = true;
  if ((kind === "category" && !body.category) || (kind === "person" && !body.person)) {
    say("Nothing to select.", true);
    return;
  }
  act("decide", body);
}

function onKey(ev) {
  if (document.body.classList.contains("persons-mode")) return;  // persons.js has the keys there
  const t = ev.target;
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement) {
    if (ev.key === "Escape") t.blur();
    return;
  }
  const k = ev.key;
  if (k === "j") move(1);
  else if (k === "k") move(-1);
  else if ((k === "a" || k === "r") && state.selected) {
    const id = state.selected;  // move on from it, unless the reviewer has moved already
    decide([id], k === "a" ? "approved" : "rejected").then((ok) => { if (ok && state.selected === id) move(1); });
  } else if (k === "u") act("undo", {});
  else if (k === "n") gotoPage(state.page + 1);
  else if (k === "p") gotoPage(state.page - 1);
  else if (k === "d") setMode(state.mode === "draw" ? "select" : "draw");
  else if (k === "Escape") { state.pending = null; renderPending(); }
  else if (k === "?") $("#help").showModal();
  else return;
  ev.preventDefault();
}

async function init() {
  const name = localStorage.getItem("redact.reviewer") || "";
  $("#reviewer").value = name;
  $("#reviewer").addEventListener("change", (ev) => {
    localStorage.setItem("redact.reviewer", ev.target.value.trim());
    ev.target.classList.toggle("missing", !ev.target.value.trim());
  });
  try {
    state.session = await api("/api/session");
  } catch (e) {
    say(e.message, true);
    return;
  }
  $("#workdir").textContent = state.session.workdir;
  const grounds = state.session.grounds.map((g) => [g.code, `${g.code} ${g.text}`]);
  fillSelect($("#add-ground"), grounds, false);
  $("#add-ground").value = "5.1.2e";
  fillSelect($("#add-category"), state.session.categories.map((c) => [c.name, `${c.name} (${c.label})`]), false);
  $("#add-category").value = "HANDMATIG";
  $("#prev-page").addEventListener("click", () => gotoPage(state.page - 1));
  $("#next-page").addEventListener("click", () => gotoPage(state.page + 1));
  $("#zoom-in").addEventListener("click", () => zoom(1));
  $("#zoom-out").addEventListener("click", () => zoom(-1));
  for (const r of document.querySelectorAll('input[name="mode"]')) r.addEventListener("change", () => setMode(r.value));
  $("#text-layer").addEventListener("mouseup", () => setTimeout(onSelectionEnd, 0));
  $("#draw-layer").addEventListener("mousedown", startDraw);
  $("#add-button").addEventListener("click", addPending);
  $("#undo").addEventListener("click", () => act("undo", {}));
  $("#help-button").addEventListener("click", () => $("#help").showModal());
  $("#help-close").addEventListener("click", () => $("#help").close());
  for (const kind of ["category", "person", "doc"]) {
    $(`#bulk-${kind}-approve`).addEventListener("click", () => bulk(kind, "approved"));
    $(`#bulk-${kind}-reject`).addEventListener("click", () => bulk(kind, "rejected"));
  }
  document.addEventListener("keydown", onKey);
  await loadDocs();
  const m = /doc=([^&]+)&page=(\d+)/.exec(location.hash);
  const first = m && state.docs.some((d) => d.id === m[1]) ? m[1] : state.docs.length ? state.docs[0].id : null;
  if (first) await openDoc(first, m && m[1] === first ? Number(m[2]) : 0);
  document.body.dataset.ready = "1";
}

function zoom(step) {
  const i = ZOOMS.indexOf(state.zoom);
  state.zoom = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, (i < 0 ? 3 : i) + step))];
  renderPage();
}

init();
