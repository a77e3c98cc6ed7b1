// The preview's editor pane: the report's text with line numbers, its problems marked at their
// lines, completion of keys and values from the report format's schema, "add a section"
// snippets, and saving that never overwrites an edit made in another editor meanwhile.
// Plain code, no library: a textarea over a backdrop that carries the line marks.
"use strict";

class ReportEditor {
  constructor(token) {
    this.token = token;
    this.text = document.getElementById("text");
    this.gutter = document.getElementById("gutter");
    this.backdrop = document.getElementById("backdrop");
    this.list = document.getElementById("complete");
    this.saveButton = document.getElementById("save");
    this.status = document.getElementById("editor-status");
    this.conflictBox = document.getElementById("conflict");
    this.base = null;          // digest of the file the text was loaded from
    this.dirty = false;
    this.problems = [];
    // Edits since the problems were found ({at, delta} in lines), so marks move with the text.
    this.edits = [];
    this.previous = "";
    this.jumpLine = 0;
    this.help = null;
    this.choices = [];
    this.text.addEventListener("input", () => {
      this.jumpLine = 0;
      this.noteEdit();
      this.setDirty(true);
      this.paint();
      this.showCaret();
      this.completeIfTyping();
    });
    this.text.addEventListener("keyup", (e) => { if (e.key.startsWith("Arrow") || e.key.startsWith("Page") || e.key === "Home" || e.key === "End") this.showCaret(); });
    this.text.addEventListener("keydown", (e) => this.key(e));
    this.text.addEventListener("click", () => this.closeList());
    this.text.addEventListener("blur", () => setTimeout(() => this.closeList(), 150));
    this.saveButton.addEventListener("click", () => this.save());
    document.getElementById("conflict-reload").addEventListener("click", () => this.load(true));
    document.getElementById("conflict-keep").addEventListener("click", () => this.save(true));
    document.getElementById("snippet").addEventListener("change", (e) => { if (e.target.value) this.addSection(e.target.value); e.target.value = ""; });
    new ResizeObserver(() => this.fit()).observe(this.text.parentElement);
  }

  async start() {
    const [help] = await Promise.all([fetch("/api/help").then((r) => r.json()), this.load(true)]);
    this.help = help;
    const select = document.getElementById("snippet");
    for (const kind of help.kinds) {
      const option = document.createElement("option");
      option.value = kind;
      option.textContent = kind;
      select.append(option);
    }
  }

  /// Loads the file as it is on disk. Without `force` an unsaved edit is kept and the user told.
  async load(force) {
    const source = await fetch("/api/source", { cache: "no-store" }).then((r) => r.json());
    if (source.digest === this.base && !force) return;
    if (this.dirty && !force) {
      this.say(source.file + " changed on disk; your unsaved edits are kept. Saving will ask what to do.");
      return;
    }
    const { selectionStart, selectionEnd } = this.text;
    const scroll = this.text.parentElement.parentElement.scrollTop;
    this.text.value = source.text;
    this.previous = source.text;
    this.edits = [];
    this.base = source.digest;
    this.text.setSelectionRange(Math.min(selectionStart, source.text.length), Math.min(selectionEnd, source.text.length));
    this.text.parentElement.parentElement.scrollTop = scroll;
    this.conflictBox.hidden = true;
    this.setDirty(false);
    this.paint();
  }

  setDirty(dirty) {
    this.dirty = dirty;
    this.saveButton.disabled = !dirty;
    if (dirty) this.say("Unsaved changes (Ctrl+S saves)");
  }

  say(text) { this.status.textContent = text; }

  async save(overwrite) {
    const body = JSON.stringify({ text: this.text.value, base: overwrite ? this.conflictDigest : this.base });
    let response;
    try {
      response = await fetch("/api/source", { method: "PUT", headers: { "Content-Type": "application/json", "X-Praatplaat-Token": this.token }, body });
    } catch (error) {
      this.say("Not saved: the preview does not answer (" + error.message + ")");
      return;
    }
    if (response.status === 409) {
      const conflict = await response.json();
      this.conflictDigest = conflict.digest;
      document.getElementById("conflict-text").textContent = conflict.message + ". Load it (your edits are dropped) or save yours over it (the other version goes to the backup).";
      this.conflictBox.hidden = false;
      this.say("Not saved: the file changed on disk");
      return;
    }
    if (!response.ok) {
      this.say("Not saved: " + (await response.text()).trim());
      return;
    }
    const saved = await response.json();
    this.base = saved.digest;
    this.conflictBox.hidden = true;
    this.setDirty(false);
    this.say("Saved; the previous version is in " + saved.backup);
  }

  /// The preview's problems, marked at their lines when they are in this file.
  mark(problems) {
    const fresh = problems.filter((p) => p.inEditor && p.line);
    // New problems are of the file on disk: they hold for the text only when it is unchanged.
    if (JSON.stringify(fresh) !== JSON.stringify(this.problems)) { this.problems = fresh; if (!this.dirty) this.edits = []; }
    this.paint();
  }

  /// Where line `line` of the checked text is now, after the edits made since.
  currentLine(line) {
    let l = line;
    for (const e of this.edits) if (l > e.at) l = Math.max(e.at + 1, l + e.delta);
    return l;
  }

  /// Records how many lines an edit added or removed, and where.
  noteEdit() {
    const before = this.previous, after = this.text.value;
    this.previous = after;
    let i = 0;
    while (i < before.length && i < after.length && before[i] === after[i]) i++;
    const delta = after.split("\n").length - before.split("\n").length;
    if (delta !== 0) this.edits.push({ at: before.slice(0, i).split("\n").length, delta });
  }

  /// Keeps the line with the caret in sight (the pane scrolls, not the text area).
  showCaret() {
    const code = document.getElementById("code");
    const { lineIndex, column } = this.caret();
    const top = 8 + lineIndex * 20, left = 8 + column * 7.8 + 48;
    if (top < code.scrollTop) code.scrollTop = top - 8;
    else if (top + 28 > code.scrollTop + code.clientHeight) code.scrollTop = top + 28 - code.clientHeight + 8;
    if (left > code.scrollLeft + code.clientWidth - 24) code.scrollLeft = left - code.clientWidth + 80;
    else if (left - 48 < code.scrollLeft) code.scrollLeft = Math.max(0, left - 96);
  }

  /// Puts the cursor on `line` (1-based) at `column` and shows it.
  goTo(line, column, checked) {
    if (checked) line = this.currentLine(line);
    const lines = this.text.value.split("\n");
    let offset = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i].length + 1;
    offset += Math.max(0, Math.min((column || 1) - 1, (lines[line - 1] || "").length));
    this.text.focus();
    this.text.setSelectionRange(offset, offset);
    this.jumpLine = line;
    this.paint();
    const code = document.getElementById("code");
    code.scrollTop = Math.max(0, (line - 5) * 20);
  }

  paint() {
    const lines = this.text.value.split("\n");
    const severity = new Map();
    const at = new Map();
    for (const p of this.problems) {
      const line = this.currentLine(p.line);
      if (severity.get(line) !== "error") severity.set(line, p.severity);
      at.set(line, [...(at.get(line) || []), p.message]);
    }
    const gutter = document.createDocumentFragment();
    const backdrop = document.createDocumentFragment();
    lines.forEach((line, i) => {
      const n = i + 1;
      const mark = severity.get(n);
      const number = document.createElement("div");
      number.textContent = n;
      if (mark) {
        number.className = mark;
        number.title = (at.get(n) || []).join("\n");
      }
      gutter.append(number);
      const row = document.createElement("div");
      row.textContent = line || " ";
      if (mark) row.className = mark;
      else if (n === this.jumpLine) row.className = "jump";
      backdrop.append(row);
    });
    this.gutter.replaceChildren(gutter);
    this.backdrop.replaceChildren(backdrop);
    this.fit();
  }

  /// The textarea as tall and wide as its text, so the pane scrolls gutter and text together.
  fit() {
    const t = this.text;
    t.style.height = "0px";
    t.style.width = "0px";
    const wrap = t.parentElement;
    t.style.height = Math.max(t.scrollHeight, wrap.clientHeight) + "px";
    t.style.width = Math.max(t.scrollWidth, wrap.clientWidth) + "px";
    this.gutter.style.minHeight = t.style.height;
  }

  key(e) {
    if ((e.ctrlKey || e.metaKey) && e.key === "s") { e.preventDefault(); this.save(); return; }
    if (e.ctrlKey && e.key === " ") { e.preventDefault(); this.complete(true); return; }
    if (!this.list.hidden) {
      const items = [...this.list.children];
      const at = items.findIndex((li) => li.getAttribute("aria-selected") === "true");
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        const next = (at + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
        items.forEach((li, i) => li.setAttribute("aria-selected", i === next ? "true" : "false"));
        items[next].scrollIntoView({ block: "nearest" });
        return;
      }
      if (e.key === "Enter" || e.key === "Tab") { e.preventDefault(); this.accept(this.choices[Math.max(at, 0)]); return; }
      if (e.key === "Escape") { e.preventDefault(); this.closeList(); return; }
    }
    if (e.key === "Tab") {
      e.preventDefault();
      document.execCommand("insertText", false, "  ");
    } else if (e.key === "Backspace" && this.text.selectionStart === this.text.selectionEnd) {
      // In the indentation, one level (two spaces) at a time.
      const { before } = this.cursorLine();
      if (before.length >= 2 && /^ +$/.test(before)) {
        e.preventDefault();
        const n = before.length % 2 === 0 ? 2 : 1;
        this.text.setSelectionRange(this.text.selectionStart - n, this.text.selectionStart);
        document.execCommand("delete");
      }
    } else if (e.key === "Enter") {
      // Keep the line's indentation; one step deeper after a key that opens a block; under an
      // item `- key: value` at its keys; after a whole item (`- { ... }`, `- text`) at its dash,
      // ready for the next "- ".
      e.preventDefault();
      const { before } = this.cursorLine();
      let indent = before.match(/^\s*/)[0];
      const item = before.match(/^(\s*)- (.*)$/);
      if (item && /:\s*$/.test(item[2])) indent = item[1] + "    ";
      else if (item && /^[A-Za-z]+:\s/.test(item[2]) && !/^\{/.test(item[2])) indent = item[1] + "  ";
      else if (item && item[2].trim()) indent = item[1];
      else if (/:\s*$/.test(before)) indent += "  ";
      document.execCommand("insertText", false, "\n" + indent);
    }
  }

  cursorLine() {
    const value = this.text.value, at = this.text.selectionStart;
    const start = value.lastIndexOf("\n", at - 1) + 1;
    let end = value.indexOf("\n", at);
    if (end < 0) end = value.length;
    return { line: value.slice(start, end), before: value.slice(start, at), start, end, at };
  }

  completeIfTyping() {
    const { before } = this.cursorLine();
    if (/^\s*(- )?[A-Za-z]+$/.test(before) || /[{,]\s*[A-Za-z]+$/.test(before)
        || /\b(kind|icon|theme|scale|mode|width|language|orientation|size|position):\s*\w*$/.test(before)) this.complete(false);
    else this.closeList();
  }

  /// What may be typed here: keys of the mapping the cursor is in, or values of the key before
  /// it; in block style (`key: value` on lines) and in braces (`- { icon: st`).
  complete(asked) {
    if (!this.help) return;
    const { before } = this.cursorLine();
    let choices = [];
    let typed = "";
    const flow = before.match(/^(\s*)(- )?(?:([A-Za-z]+):\s*)?\{([^{}]*)$/);
    if (flow) {
      // Inside { }: the mapping is the list item's (after "- ") or the key's value.
      const item = flow[2] ? flow[1].length + 2 : flow[1].length;
      let schema = this.schemaHere(item);
      let kind = this.kindHere;
      if (flow[3]) { schema = this.propertiesOf(schema, kind)[flow[3]] || {}; kind = null; }
      const field = flow[4].split(",").pop();
      const valueAt = field.match(/^\s*([A-Za-z]+):\s*([\w-]*)$/);
      const keyAt = field.match(/^\s*([A-Za-z]*)$/);
      const properties = this.propertiesOf(schema, kind);
      if (valueAt) {
        typed = valueAt[2];
        choices = this.valuesOf(valueAt[1], properties[valueAt[1]]).map((v) => ({ insert: v, label: v, note: "" }));
      } else if (keyAt) {
        typed = keyAt[1];
        const present = new Set([...flow[4].matchAll(/([A-Za-z]+):/g)].map((m) => m[1]));
        choices = Object.entries(properties).filter(([k]) => !present.has(k))
          .map(([k, s]) => ({ insert: k + ": ", label: k, note: (this.resolve(s).description || "").slice(0, 60) }));
      }
    } else {
      const valueMatch = before.match(/^(\s*(?:- )?)([A-Za-z]+):\s*([\w-]*)$/);
      if (valueMatch) {
        typed = valueMatch[3];
        choices = this.valuesFor(valueMatch[2]).map((v) => ({ insert: v, label: v, note: "" }));
      } else {
        const keyMatch = before.match(/^(\s*(?:- )?)([A-Za-z]*)$/);
        if (!keyMatch) { this.closeList(); if (asked) this.say("Nothing to complete here"); return; }
        typed = keyMatch[2];
        const schema = this.schemaHere(keyMatch[1].length);
        const present = new Set(this.siblingKeys(keyMatch[1].length));
        choices = Object.entries(this.propertiesOf(schema, this.kindHere)).filter(([k]) => !present.has(k))
          .map(([k, s]) => ({ insert: k + ": ", label: k, note: (this.resolve(s).description || "").slice(0, 60) }));
      }
    }
    choices = choices.filter((c) => c.label.toLowerCase().startsWith(typed.toLowerCase()) && c.label !== typed);
    if (!choices.length) { this.closeList(); if (asked) this.say("Nothing to complete here"); return; }
    this.choices = choices.map((c) => ({ ...c, typed }));
    this.list.replaceChildren(...this.choices.map((c, i) => {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === 0 ? "true" : "false");
      li.textContent = c.label;
      if (c.note) { const small = document.createElement("small"); small.textContent = c.note; li.append(small); }
      li.addEventListener("mousedown", (e) => { e.preventDefault(); this.accept(c); });
      return li;
    }));
    const { lineIndex, column } = this.caret();
    const code = document.getElementById("code");
    // Under the caret, or above it when the pane has no room below.
    const below = 8 + (lineIndex + 1) * 20;
    const room = code.scrollTop + code.clientHeight - below;
    this.list.hidden = false;
    this.list.style.top = (room < Math.min(this.list.offsetHeight, 220) ? Math.max(0, below - 20 - this.list.offsetHeight) : below) + "px";
    this.list.style.left = (8 + column * 7.8) + "px";
  }

  accept(choice) {
    if (!choice) return;
    document.execCommand("insertText", false, choice.insert.slice(choice.typed.length));
    this.closeList();
    // After `kind: ` or another key the next completion is the value's.
    if (choice.insert.endsWith(": ") && this.valuesFor(choice.label).length) this.complete(false);
  }

  closeList() { this.list.hidden = true; }

  caret() {
    const before = this.text.value.slice(0, this.text.selectionStart);
    const lines = before.split("\n");
    return { lineIndex: lines.length - 1, column: lines[lines.length - 1].length };
  }

  // MARK: The schema at the cursor

  resolve(schema) {
    let s = schema || {};
    for (let i = 0; i < 10 && s.$ref; i++) s = this.help.schema.$defs[s.$ref.split("/").pop()] || {};
    return s;
  }

  /// Every property a mapping of `schema` may have, with `kind`'s own when the mapping names it.
  propertiesOf(schema, kind) {
    const s = this.resolve(schema);
    let out = { ...(s.properties || {}) };
    for (const part of [...(s.anyOf || []), ...(s.oneOf || [])]) Object.assign(out, this.resolve(part).properties || {});
    for (const rule of s.allOf || []) {
      const wanted = rule.if && rule.if.properties && rule.if.properties.kind && rule.if.properties.kind.const;
      if (rule.then && (!wanted || wanted === kind)) Object.assign(out, this.propertiesOf(rule.then));
    }
    return out;
  }

  /// The blocks the cursor is in, outermost first: `{key}` for a key whose value holds it,
  /// `{item, kind}` for a list item (with the item's `kind`, which decides a section's keys).
  /// `indent` is where the key at the cursor starts.
  pathAt(indent) {
    const all = this.text.value.split("\n");
    const here = this.text.value.slice(0, this.cursorLine().start).split("\n").length - 1;
    const shape = (line) => {
      const lead = line.match(/^\s*/)[0].length;
      const dash = /^\s*- /.test(line);
      const key = line.match(/^\s*(?:- )?([A-Za-z]+):/);
      return { lead, dash, content: lead + (dash ? 2 : 0), key: key && key[1] };
    };
    const path = [];
    let limit = indent;
    const own = shape(all[here] || "");
    if (own.dash && own.content === indent) {
      path.unshift({ item: true, kind: this.itemKind(all, here) });
      limit = own.lead;
    }
    for (let i = here - 1; i >= 0 && limit > 0; i--) {
      const line = all[i];
      if (!line.trim() || line.trim().startsWith("#")) continue;
      const s = shape(line);
      if (s.dash && s.content === limit) {
        path.unshift({ item: true, kind: this.itemKind(all, i) });
        limit = s.lead;
      } else if (s.lead < limit && s.key) {
        path.unshift({ key: s.key });
        if (s.dash) path.unshift({ item: true, kind: this.itemKind(all, i) });
        limit = s.lead;
      }
    }
    return path;
  }

  /// The `kind:` of the list item that starts at line `at`.
  itemKind(all, at) {
    const lead = all[at].match(/^\s*/)[0].length;
    for (let i = at; i < all.length; i++) {
      const line = all[i];
      if (i > at && line.trim()) {
        const l = line.match(/^\s*/)[0].length;
        if (l < lead + 2 && !(l === lead + 2)) break;
      }
      const m = line.match(/^\s*(?:- )?kind:\s*([\w-]+)/);
      if (m && line.match(/^\s*(?:- )?/)[0].length === lead + 2) return m[1];
    }
    return null;
  }

  schemaHere(indent) {
    let schema = this.help.schema;
    let kind = null;
    for (const step of this.pathAt(indent)) {
      const s = this.resolve(schema);
      if (step.item) { schema = s.items || this.firstWith(s, "items") || {}; kind = step.kind; }
      else { schema = this.propertiesOf(s, kind)[step.key] || {}; kind = null; }
    }
    this.kindHere = kind;
    return schema;
  }

  firstWith(s, key) {
    for (const part of [...(s.anyOf || []), ...(s.oneOf || [])]) { const r = this.resolve(part); if (r[key]) return r[key]; }
    return null;
  }

  siblingKeys(indent) {
    const lines = this.text.value.split("\n");
    const { start } = this.cursorLine();
    const here = this.text.value.slice(0, start).split("\n").length - 1;
    const keys = [];
    const ownItem = /^\s*- /.test(lines[here] || "");
    for (const step of [-1, 1]) {
      if (step === -1 && ownItem) continue;
      for (let i = here + step; i >= 0 && i < lines.length; i += step) {
        const line = lines[i];
        if (!line.trim()) continue;
        const lead = line.match(/^\s*/)[0].length;
        const dash = /^\s*- /.test(line);
        const at = dash ? lead + 2 : lead;
        if (at < indent) break;
        if (at === indent) {
          // Going down, a new item is another mapping; going up, an item's line is this one's first.
          if (dash && step === 1) break;
          const m = line.match(/^\s*(?:- )?([A-Za-z]+):/);
          if (m) keys.push(m[1]);
          if (dash) break;
        }
      }
    }
    return keys;
  }

  valuesFor(key) {
    const { line } = this.cursorLine();
    const indent = line.match(/^\s*(?:- )?/)[0].length;
    return this.valuesOf(key, this.propertiesOf(this.schemaHere(indent), this.kindHere)[key]);
  }

  /// The values a field takes: kinds, icons, a schema's choices, true and false.
  valuesOf(key, schema) {
    if (key === "kind") return this.help.kinds;
    if (key === "icon") return this.help.icons;
    if (key === "language") return ["nl", "en", "nl-BE"];
    const s = this.resolve(schema);
    const values = [...(s.enum || [])];
    for (const part of [...(s.anyOf || []), ...(s.oneOf || [])]) values.push(...(this.resolve(part).enum || []));
    if (s.type === "boolean") values.push("true", "false");
    // The schema also accepts other spellings (a4 beside A4); offer each value once.
    const seen = new Set();
    return values.map(String).filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
  }

  // MARK: Snippets

  /// Adds an example section of `kind` after the section the cursor is in, or at the end of `sections`.
  addSection(kind) {
    const snippet = this.help.snippets[kind];
    const lines = this.text.value.split("\n");
    const header = lines.findIndex((l) => /^sections:\s*$/.test(l));
    if (header < 0) { this.say("Add a top-level 'sections:' first"); return; }
    let indent = "  ";
    let end = lines.length;
    for (let i = header + 1; i < lines.length; i++) {
      const line = lines[i];
      if (!line.trim() || /^\s*#/.test(line)) continue;
      if (!/^\s/.test(line)) { end = i; break; }
      const dash = line.match(/^(\s*)- /);
      if (dash && i === header + 1) indent = dash[1];
    }
    const cursorLine = this.text.value.slice(0, this.text.selectionStart).split("\n").length - 1;
    let at = end;
    if (cursorLine > header && cursorLine < end) {
      at = cursorLine + 1;
      while (at < end && !(new RegExp("^" + indent + "- ").test(lines[at]))) at++;
    }
    while (at > header + 1 && !lines[at - 1].trim()) at--;
    const block = snippet.split("\n").map((l) => indent + l);
    lines.splice(at, 0, ...block);
    const offset = lines.slice(0, at).join("\n").length + 1;
    this.text.focus();
    this.text.setSelectionRange(0, this.text.value.length);
    document.execCommand("insertText", false, lines.join("\n"));
    this.text.setSelectionRange(offset, offset);
    this.goTo(at + 1, indent.length + 1);
    this.setDirty(true);
    this.say("Added a " + kind + " section at line " + (at + 1) + "; save to see it");
  }
}

window.ReportEditor = ReportEditor;
