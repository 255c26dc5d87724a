// redact review, the Personen view: every person of the work folder, decided once for all documents.
// Plain JS, no build step; page data only ever reaches the DOM as text (textContent).
"use strict";

(() => {
  // TOKEN, $, el, say, api and reviewer come from app.js (loaded first: both scripts are deferred, in order)
  const view = { persons: [], selected: null };

  function shown() {
    const filter = $("#persons-filter").value;
    const sort = $("#persons-sort").value;
    const list = view.persons.filter((p) => !filter || p.status === filter);
    const by = {
      occurrences: (a, b) => b.occurrences - a.occurrences || a.name.localeCompare(b.name),
      documents: (a, b) => b.documents - a.documents || b.occurrences - a.occurrences,
      name: (a, b) => a.name.localeCompare(b.name),
    }[sort];
    return list.sort(by);
  }

  function render() {
    const body = $("#persons-table tbody");
    body.replaceChildren();
    const list = shown();
    if (!list.some((p) => p.id === view.selected)) view.selected = list.length ? list[0].id : null;
    for (const p of list) {
      const status = p.decision ? `decided: ${p.decision.verdict === "keep" ? "public" : "redact"}` : p.status;
      const tr = el("tr", { data: { id: p.id }, onclick: () => { view.selected = p.id; render(); } },
        el("td", { class: "name", text: p.name }),
        el("td", { class: "variants", text: p.variants.slice(1).join(", ") }),
        el("td", { text: String(p.documents) }), el("td", { text: String(p.occurrences) }),
        el("td", {}, el("span", { class: `badge ${p.status}`, text: status })),
        el("td", { class: "evidence", text: p.evidence.slice(0, 3).join("; ") }),
        el("td", {},
          el("button", { type: "button", class: "reject", text: "Keep public (o)",
            onclick: (ev) => { ev.stopPropagation(); decide(p.id, "keep"); } }),
          el("button", { type: "button", class: "approve", text: "Redact (w)",
            onclick: (ev) => { ev.stopPropagation(); decide(p.id, "redact"); } })));
      if (p.id === view.selected) tr.classList.add("selected");
      body.append(tr);
    }
    renderDetail();
  }

  function renderDetail() {
    const box = $("#person-detail");
    const p = view.persons.find((q) => q.id === view.selected);
    if (!p) { box.replaceChildren(el("p", { text: "No person selected." })); return; }
    const decision = p.decision ? `${p.decision.verdict === "keep" ? "Kept public" : "Redacted"} by ${p.decision.by} at `
      + `${p.decision.at.replace("T", " ").replace("Z", " UTC")} — ${p.decision.reason}` : "Not decided for the dossier.";
    box.replaceChildren(
      el("h3", { text: p.name }), el("p", { class: "decision", text: decision }),
      el("p", { text: `Detection: ${p.detected}${p.evidence.length ? " (" + p.evidence.join("; ") + ")" : ""}` }),
      el("ol", {}, ...p.snippets.map((s) => el("li", { title: "open the document at this page",
        onclick: () => { leave(); location.hash = `doc=${s.doc}&page=${s.page}`; location.reload(); } },
        el("strong", { text: `${s.document} p. ${s.page + 1} (${s.status}): ` }), s.context))));
  }

  async function load() {
    try {
      view.persons = await api("/api/persons");
    } catch (e) {
      say(e.message, true);
      return;
    }
    render();
    document.body.dataset.persons = "1";
  }

  async function decide(id, verdict) {
    const by = reviewer();
    if (!by) return;
    try {
      const res = await api("/api/persons/decide", { person: id, verdict, by, reason: $("#reason").value.trim() });
      view.persons = res.persons;
      view.selected = id;
      say(res.message);
      render();
    } catch (e) {
      say(e.message, true);
    }
  }

  function enter() { document.body.classList.add("persons-mode"); load(); }
  function leave() { document.body.classList.remove("persons-mode"); delete document.body.dataset.persons; }
  function toggle() { if (document.body.classList.contains("persons-mode")) { leave(); location.reload(); } else enter(); }

  function move(step) {
    const list = shown();
    const i = list.findIndex((p) => p.id === view.selected);
    const next = list[Math.max(0, Math.min(list.length - 1, i + step))];
    if (next) { view.selected = next.id; render(); }
  }

  document.addEventListener("keydown", (ev) => {
    const t = ev.target;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement) return;
    if (ev.key === "P") { toggle(); ev.preventDefault(); return; }
    if (!document.body.classList.contains("persons-mode")) return;
    if (ev.key === "j") move(1);
    else if (ev.key === "k") move(-1);
    else if (ev.key === "o" && view.selected) decide(view.selected, "keep");
    else if (ev.key === "w" && view.selected) decide(view.selected, "redact");
    else return;
    ev.preventDefault();
  });
  $("#persons-button").addEventListener("click", toggle);
  $("#persons-filter").addEventListener("change", render);
  $("#persons-sort").addEventListener("change", render);
})();
