// The preview page: follows the server's news on a WebSocket, and on each new version fetches
// the state and swaps in what changed, page images only once they have loaded, so the scroll
// position and zoom stay where the reader left them.
"use strict";

const token = document.querySelector('meta[name="praatplaat-token"]').content;
const $ = (id) => document.getElementById(id);
const ui = {
  pages: $("pages"), thumbs: $("thumbs"), problems: $("problems"), status: $("status"), site: $("site"),
  row: $("row"), rows: $("rows"), marks: $("marks"), work: document.querySelector(".work"),
};
let state = null;          // the snapshot shown
let fetching = null;       // the version being fetched
let wanted = 0;            // the newest version heard of
let view = "print";
let zoom = "fit";
let editor = null;
// For tests and `make bench`: when the page last changed, and to which version.
window.praatplaat = { version: 0, pagesUpdatedAt: 0, pagesVersion: 0, updates: 0 };

function post(body) {
  return fetch("/api/view", { method: "POST", headers: { "Content-Type": "application/json", "X-Praatplaat-Token": token }, body: JSON.stringify(body) });
}

function connect() {
  const socket = new WebSocket("ws://" + location.host + "/events?token=" + encodeURIComponent(token));
  socket.onmessage = (event) => {
    const news = JSON.parse(event.data);
    wanted = Math.max(wanted, news.version);
    refresh();
  };
  socket.onopen = () => { wanted = Math.max(wanted, 1); refresh(); };
  socket.onclose = () => {
    ui.status.textContent = "The preview stopped answering; trying again…";
    ui.status.classList.add("bad");
    setTimeout(connect, 1000);
  };
}

/// Fetches the newest state once at a time; a version that arrives meanwhile is fetched after.
async function refresh() {
  if (fetching !== null) return;
  fetching = wanted;
  try {
    const next = await fetch("/api/state", { cache: "no-store" }).then((r) => r.json());
    if (!state || next.version !== state.version) await apply(next);
  } catch (error) {
    ui.status.textContent = "Could not fetch the pages: " + error.message;
  } finally {
    const seen = fetching;
    fetching = null;
    if (wanted > seen && wanted > (state ? state.version : 0)) refresh();
  }
}

async function apply(next) {
  const previous = state;
  state = next;
  window.praatplaat.version = next.version;
  document.title = (next.title || "Report") + " – Praatplaat preview";
  $("title").textContent = next.title || "Praatplaat preview";
  $("file").textContent = next.file;
  showStatus(next);
  showProblems(next);
  showRows(next);
  ui.marks.checked = next.marks;
  const pagesChanged = !previous || previous.pages.map((p) => p.href).join() !== next.pages.map((p) => p.href).join();
  if (pagesChanged) await showPages(next);
  ui.pages.classList.toggle("stale", next.stale);
  if (view === "site") showSite(next);
  if (editor) {
    editor.mark(next.problems);
    // The file changed on disk (a save in another editor, or ours): the editor follows, keeping unsaved edits.
    editor.load(false);
  }
}

function showStatus(s) {
  const errors = s.problems.filter((p) => p.severity === "error").length;
  const warnings = s.problems.length - errors;
  const time = new Date().toLocaleTimeString();
  let text;
  const shownRow = s.stale && s.rows.length && s.pagesRow !== null && s.pagesRow !== undefined && s.pagesRow !== s.row
    ? s.rows.find((r) => r.index === s.pagesRow) : null;
  if (s.stale && !s.pages.length) text = `${errors} error${errors === 1 ? "" : "s"}: the pages show once ${errors === 1 ? "it is" : "they are"} fixed (${time})`;
  else if (s.stale) text = `${errors} error${errors === 1 ? "" : "s"}: showing the last good pages`
    + (shownRow ? `, of row ${shownRow.index + 1} (${shownRow.name}), not of this row` : "") + ` (${time})`;
  else text = `${s.pages.length} page${s.pages.length === 1 ? "" : "s"}, drawn in ${Math.round(s.renderMilliseconds)} ms at ${time}`
    + (warnings ? `; ${warnings} warning${warnings === 1 ? "" : "s"}` : "");
  ui.status.textContent = text;
  ui.status.classList.toggle("bad", s.stale);
}

function showProblems(s) {
  const box = ui.problems;
  box.replaceChildren();
  const errors = s.problems.filter((p) => p.severity === "error");
  const warnings = s.problems.filter((p) => p.severity !== "error");
  box.hidden = !s.problems.length && !s.layout.length;
  box.classList.toggle("has-errors", errors.length > 0);
  if (s.problems.length) {
    const h = document.createElement("h2");
    h.textContent = errors.length
      ? `${errors.length} error${errors.length === 1 ? "" : "s"}${warnings.length ? ` and ${warnings.length} warning${warnings.length === 1 ? "" : "s"}` : ""}`
      : `${warnings.length} warning${warnings.length === 1 ? "" : "s"}`;
    box.append(h);
    const list = document.createElement("ul");
    for (const p of [...errors, ...warnings]) {
      const li = document.createElement("li");
      const item = document.createElement(p.inEditor ? "button" : "div");
      item.className = "problem " + p.severity;
      if (p.inEditor) { item.type = "button"; item.addEventListener("click", () => goTo(p)); item.title = "Show this line in the editor"; }
      const where = document.createElement("span");
      where.className = "where";
      where.textContent = (p.file ? `${p.file}:${p.line}:${p.column}` : "") + ` ${p.severity}: `;
      const message = document.createElement("span");
      message.className = "message";
      message.textContent = (p.path ? p.path + ": " : "") + p.message;
      item.append(where, message);
      if (p.hint) { const hint = document.createElement("span"); hint.className = "hint"; hint.textContent = p.hint; item.append(hint); }
      li.append(item);
      list.append(li);
    }
    box.append(list);
  }
  if (s.layout.length) {
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = "Layout report";
    const list = document.createElement("ul");
    for (const line of s.layout) { const li = document.createElement("li"); li.textContent = line; list.append(li); }
    details.append(summary, list);
    box.append(details);
  }
}

function goTo(problem) {
  setEditor(true);
  editor.goTo(problem.line, problem.column, true);
}

function showRows(s) {
  ui.rows.hidden = !s.rows.length;
  if (!s.rows.length) return;
  // The page count most rows have; a row with another count stands out in the list.
  const counts = new Map();
  for (const r of s.rows) if (r.pages) counts.set(r.pages, (counts.get(r.pages) || 0) + 1);
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const options = s.rows.map((r) => {
    const o = document.createElement("option");
    o.value = r.index;
    const marks = [];
    if (r.errors) marks.push(`${r.errors} error${r.errors === 1 ? "" : "s"}`);
    else if (r.warnings) marks.push(`${r.warnings} warning${r.warnings === 1 ? "" : "s"}`);
    if (r.pages && usual && r.pages !== usual) marks.push(`${r.pages} page${r.pages === 1 ? "" : "s"}`);
    o.textContent = `${r.index + 1}. ${r.name}${marks.length ? " (" + marks.join(", ") + ")" : ""}`;
    return o;
  });
  ui.row.replaceChildren(...options);
  ui.row.value = String(s.row ?? 0);
}

/// Loads every new page image first, then swaps them in at once, so the view never flashes
/// empty and the scroll position stays (every page box keeps its size from its aspect).
async function showPages(s) {
  const images = await Promise.all(s.pages.map((page) => new Promise((resolve) => {
    const img = new Image();
    img.onload = img.onerror = () => resolve(img);
    img.src = page.href;
  })));
  if (state !== s) return;       // a newer state came while these loaded
  const figures = [...ui.pages.querySelectorAll(".sheet")];
  s.pages.forEach((page, i) => {
    let figure = figures[i];
    if (!figure) {
      figure = document.createElement("figure");
      figure.className = "sheet";
      figure.id = "page-" + (i + 1);
      figure.append(document.createElement("img"), document.createElement("figcaption"));
      ui.pages.append(figure);
    }
    const img = figure.querySelector("img");
    img.src = images[i].src;
    img.alt = `Page ${i + 1} of ${s.pages.length} of ${s.title}`;
    img.width = Math.round(page.width * 4 / 3);
    img.height = Math.round(page.height * 4 / 3);
    img.style.setProperty("--w", Math.round(page.width * 4 / 3) + "px");
    figure.querySelector("figcaption").textContent = `${i + 1} / ${s.pages.length}`;
  });
  figures.slice(s.pages.length).forEach((f) => f.remove());
  // Opened on a broken file: no pages yet, and the page says why.
  if (!s.pages.length) {
    const note = document.createElement("p");
    note.className = "no-pages";
    note.textContent = "No pages yet: the report has errors, listed above. Fix them and save; the pages appear here.";
    ui.pages.replaceChildren(note);
  } else {
    ui.pages.querySelector(".no-pages")?.remove();
  }
  showThumbs(s);
  window.praatplaat.pagesUpdatedAt = Date.now();
  window.praatplaat.pagesVersion = s.version;
  window.praatplaat.updates += 1;
}

function showThumbs(s) {
  ui.thumbs.replaceChildren(...s.pages.map((page, i) => {
    const a = document.createElement("a");
    a.href = "#page-" + (i + 1);
    const img = document.createElement("img");
    img.src = page.href;
    img.alt = "";
    img.width = 96;
    img.height = Math.round(96 * page.height / page.width);
    a.append(img, document.createTextNode(String(i + 1)));
    a.addEventListener("click", (e) => { e.preventDefault(); $("page-" + (i + 1)).scrollIntoView({ block: "start" }); });
    return a;
  }));
}

function showSite(s) {
  if (!s.site) {
    if (s.siteProblem) ui.status.textContent = "The site page could not be built: " + s.siteProblem;
    return;
  }
  const frame = ui.site;
  if (frame.dataset.src === s.site) return;
  // Keep the reader's place in the site page across reloads.
  let y = 0;
  try { y = frame.contentWindow.scrollY || 0; } catch (e) { y = 0; }
  frame.onload = () => { try { frame.contentWindow.scrollTo(0, y); } catch (e) { /* nothing to keep */ } };
  frame.dataset.src = s.site;
  frame.src = s.site;
}

function setView(next) {
  view = next;
  $("show-print").setAttribute("aria-pressed", String(next === "print"));
  $("show-site").setAttribute("aria-pressed", String(next === "site"));
  ui.pages.hidden = next !== "print";
  ui.work.classList.toggle("site-view", next === "site");
  ui.site.hidden = next !== "site";
  // Zoom and print marks are the print pages' business.
  $("zoom-fit").parentElement.hidden = next !== "print";
  ui.marks.parentElement.hidden = next !== "print";
  post({ site: next === "site" });
  if (next === "site" && state) showSite(state);
}

function setZoom(next) {
  zoom = next;
  $("zoom-fit").setAttribute("aria-pressed", String(next === "fit"));
  $("zoom-actual").setAttribute("aria-pressed", String(next === "actual"));
  ui.pages.classList.toggle("actual", next === "actual");
}

function setEditor(on) {
  $("toggle-editor").setAttribute("aria-pressed", String(on));
  ui.work.classList.toggle("no-editor", !on);
  if (on) editor.fit();
}

function nextProblemRow() {
  if (!state || !state.rows.length) return;
  const from = state.row ?? 0;
  const n = state.rows.length;
  for (let k = 1; k <= n; k++) {
    const r = state.rows[(from + k) % n];
    if (r.errors || r.warnings) { post({ row: r.index }); return; }
  }
  ui.status.textContent = state.rows.every((r) => r.errors !== undefined && r.errors !== null)
    ? "No row has problems" : "Rows are still being checked; no problems found so far";
}

window.addEventListener("DOMContentLoaded", () => {
  editor = new ReportEditor(token);
  editor.start();
  $("show-print").addEventListener("click", () => setView("print"));
  $("show-site").addEventListener("click", () => setView("site"));
  $("zoom-fit").addEventListener("click", () => setZoom("fit"));
  $("zoom-actual").addEventListener("click", () => setZoom("actual"));
  $("toggle-editor").addEventListener("click", () => setEditor($("toggle-editor").getAttribute("aria-pressed") !== "true"));
  ui.marks.addEventListener("change", () => post({ marks: ui.marks.checked }));
  ui.row.addEventListener("change", () => post({ row: Number(ui.row.value) }));
  $("next-problem").addEventListener("click", nextProblemRow);
  // A phone starts with the pages; the editor is a tap away.
  if (window.matchMedia("(max-width: 760px)").matches) setEditor(false);
  connect();
});
