// The review table of a completed job: lines whose supplier's code the engine contradicts first (no declaration
// until each is decided), then low confidence, a code chosen among the alternatives or typed in
// (PATCH .../lines/{row}, remembered for the account), and bulk accept of the selected lines.
"use strict";

const Review = (() => {
  const { t, plural, api, el, clear, number, errorText } = Gumruk;
  const Cells = ReviewCells;
  const PAGE = 50;
  const LOW = 0.5;
  const state = { base: "", lines: [], byRow: new Map(), selected: new Set(), page: 0, filter: "all", onChanged: null };

  async function start(base, onChanged) {
    state.base = base;
    state.onChanged = onChanged;
    state.lines = await loadAll();
    state.lines.sort((a, b) => Number(isConflict(b)) - Number(isConflict(a)) || Number(isLow(b)) - Number(isLow(a)) || (a.confidence ?? -1) - (b.confidence ?? -1) || a.row - b.row);
    for (const line of state.lines) state.byRow.set(line.row, line);
    document.getElementById("filter").addEventListener("change", (event) => { state.filter = event.target.value; state.page = 0; render(); });
    document.getElementById("select-all").addEventListener("change", (event) => selectShown(event.target.checked));
    document.getElementById("accept-selected").addEventListener("click", acceptSelected);
    render();
  }

  async function loadAll() {
    const lines = [];
    for (let from = 1; ; ) {
      const answer = await api("GET", `${state.base}/lines?from_row=${from}&limit=1000`);
      if (!answer.ok || answer.data.length === 0) return lines;
      lines.push(...answer.data);
      if (answer.data.length < 1000) return lines;
      from = answer.data[answer.data.length - 1].row + 1;
    }
  }

  /** The supplier's code kept first though the engine is sure of another: a person must choose (until reviewed). */
  function isConflict(line) {
    return Boolean(line.conflict);
  }

  function isLow(line) {
    return line.needs_review === true || (line.confidence !== null && line.confidence < LOW);
  }

  function shown() {
    if (state.filter === "conflicts") return state.lines.filter(isConflict);
    if (state.filter === "review") return state.lines.filter(isLow);
    if (state.filter === "changed") return state.lines.filter((line) => line.source === "review");
    return state.lines;
  }

  function render() {
    const lines = shown();
    const pages = Math.max(1, Math.ceil(lines.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    const body = clear(document.getElementById("lines"));
    for (const line of lines.slice(state.page * PAGE, (state.page + 1) * PAGE)) body.append(row(line));
    renderPager(pages);
    renderSummary();
    updateBulk();
  }

  function renderPager(pages) {
    const pager = clear(document.getElementById("pager"));
    if (pages < 2) return;
    for (let n = 0; n < pages; n += 1) {
      pager.append(el("button", { type: "button", class: "btn btn-small", "aria-current": n === state.page ? "page" : null,
        text: String(n + 1), onclick: () => { state.page = n; render(); } }));
    }
  }

  function renderSummary() {
    const low = state.lines.filter(isLow).length;
    const free = state.lines.filter((line) => line.free_of_charge).length;
    const reviewed = state.lines.filter((line) => line.source === "review").length;
    const conflicts = state.lines.filter(isConflict).length;
    const summary = clear(document.getElementById("summary"));
    if (conflicts) {  // first and red: no declaration is written until each is decided; a click shows only them
      summary.append(el("button", { type: "button", class: "chip bad", title: t("review.filter.conflicts"),
        onclick: () => { state.filter = "conflicts"; document.getElementById("filter").value = "conflicts"; state.page = 0; render(); } },
        el("strong", { text: number(conflicts) }), plural("review.conflicts", conflicts)));
    }
    summary.append(
      el("span", { class: "chip" }, el("strong", { text: number(state.lines.length) }),
        plural("review.lines", state.lines.length)),
      el("span", { class: low ? "chip warn" : "chip ok" }, el("strong", { text: number(low) }), t("review.to_check")),
      el("span", { class: "chip" }, el("strong", { text: number(free) }), t("review.free_lines")),
      el("span", { class: "chip" }, el("strong", { text: number(reviewed) }), t("review.reviewed")));
  }

  function chosenCandidate(line) {
    return line.candidates.find((c) => Cells.codeOf(c) === line.chosen_code) || line.candidates[0] || null;
  }

  function row(line) {
    const chosen = chosenCandidate(line);
    const tr = el("tr", { "data-row": line.row, class: isConflict(line) ? "conflict low" : isLow(line) ? "low" : "" });
    const check = el("input", { type: "checkbox", "aria-label": t("review.select_row", { row: line.row }), checked: state.selected.has(line.row) });
    check.addEventListener("change", () => { check.checked ? state.selected.add(line.row) : state.selected.delete(line.row); updateBulk(); });
    tr.append(
      el("td", {}, check),
      el("td", { class: "num", text: line.row }),
      el("td", {}, Cells.describe(line)),
      el("td", {}, isConflict(line) ? Cells.conflictBadge(line.conflict) : null,
        el("div", { class: "code", text: Cells.format(line.chosen_code) }),
        el("div", { class: "tariff-text", text: (chosen && chosen.tariff_text) || "" })),
      el("td", {}, Cells.confidenceCell(line, isLow(line))),
      el("td", {}, el("span", { class: `source source-${line.source || "none"}`, text: t(`source.${line.source || "none"}`) }),
        line.free_of_charge ? el("div", { class: "free", title: line.free_reason || "", text: t("review.free") }) : null),
      el("td", {}, changer(line)));
    return tr;
  }

  function changer(line) {
    const select = el("select", { "aria-label": t("review.alternatives"), title: t("review.alternatives_hint") },
      line.candidates.map((c) => el("option", { value: Cells.codeOf(c), selected: Cells.codeOf(c) === line.chosen_code,
        "data-role": c.role, text: Cells.optionLabel(line, c) })));
    const own = el("input", { type: "text", inputmode: "numeric", placeholder: t("review.own_code"), "aria-label": t("review.own_code") });
    const error = el("div", { class: "row-error", role: "alert" });
    const apply = el("button", { type: "button", class: "btn btn-small", text: t("review.apply") });
    apply.addEventListener("click", () => save(line.row, own.value.trim() || select.value, own, error));
    // picked (with the mouse, a touch, a screen reader), an alternative is the choice itself: saved at once (a trial
    // picked one and built with the old code); stepped through with the keys it is only pending, Apply lit and said
    // so, until Enter or Apply saves it
    let keyed = false;
    const pending = el("span", { class: "hint", text: t("review.pending"), hidden: true });
    select.addEventListener("pointerdown", () => { keyed = false; });
    select.addEventListener("keydown", (event) => {
      if (event.key === "Enter") { event.preventDefault(); apply.click(); return; }
      if (event.key !== "Tab") keyed = true;
    });
    select.addEventListener("change", () => {
      const changed = select.value !== line.chosen_code;
      if (changed && !keyed) save(line.row, select.value, own, error);
      else apply.classList.toggle("btn-primary", changed);
      pending.hidden = !(changed && keyed);
      keyed = false;
    });
    own.addEventListener("keydown", (event) => { if (event.key === "Enter") apply.click(); });
    return el("div", { class: "change" }, line.candidates.length ? select : null, el("div", { class: "own" }, own, apply),
      pending, error);
  }

  /** Saves `code` for the line at `rowNumber` (and its repeats); true when the API took it. */
  async function save(rowNumber, code, own, error) {
    if (!code) return false;
    const shown = state.byRow.get(rowNumber);  // the code this page shows: refused if another tab changed it
    const seen = shown ? shown.chosen_code || "" : undefined;
    const answer = await api("PATCH", `${state.base}/lines/${rowNumber}`, { code, seen });
    if (!answer.ok) {
      if (error) error.textContent = errorText(answer.data);
      if (own) own.classList.add("invalid");
      return false;
    }
    for (const changed of answer.data.lines) {
      const index = state.lines.findIndex((line) => line.row === changed.row);
      if (index >= 0) state.lines[index] = changed;
      state.byRow.set(changed.row, changed);
      const shownRow = document.querySelector(`#lines tr[data-row="${changed.row}"]`);
      if (shownRow) {
        const fresh = row(changed);
        fresh.classList.add("saved");
        shownRow.replaceWith(fresh);
      }
    }
    renderSummary();
    if (state.onChanged) state.onChanged();
    return true;
  }

  function selectShown(checked) {
    for (const box of document.querySelectorAll("#lines tr[data-row]")) {
      const rowNumber = Number(box.dataset.row);
      checked ? state.selected.add(rowNumber) : state.selected.delete(rowNumber);
      box.querySelector("input[type=checkbox]").checked = checked;
    }
    updateBulk();
  }

  function updateBulk() {
    const button = document.getElementById("accept-selected");
    button.disabled = state.selected.size === 0;
    button.textContent = t("review.accept_selected_n", { n: state.selected.size });
  }

  /** Each selected line keeps the code shown in its row (the one picked or typed, else the chosen one). */
  async function acceptSelected() {
    const rows = [...state.selected];
    const status = document.getElementById("bulk-status");
    let done = 0;
    let failed = 0;
    for (const rowNumber of rows) {
      const tr = document.querySelector(`#lines tr[data-row="${rowNumber}"]`);
      const own = tr ? tr.querySelector(".own input") : null;
      const select = tr ? tr.querySelector(".change select") : null;
      const code = (own && own.value.trim()) || (select && select.value) || state.byRow.get(rowNumber).chosen_code;
      const ok = await save(rowNumber, code, own, tr ? tr.querySelector(".row-error") : null);
      ok ? (done += 1) : (failed += 1);
      status.textContent = t("review.bulk_progress", { done, total: rows.length });
    }
    state.selected.clear();
    document.getElementById("select-all").checked = false;
    updateBulk();
    status.textContent = failed ? t("review.bulk_failed", { done, failed }) : t("review.bulk_done", { done });
  }

  return { start };
})();
