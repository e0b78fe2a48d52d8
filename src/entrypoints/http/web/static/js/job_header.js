// The declaration header boxes a job's upload left out: one field each, saved with PUT .../header, which builds
// the declaration again; the page then reloads with the new declaration and problems.
"use strict";

const JobHeader = (() => {
  const { t, api, el, clear, formError } = Gumruk;

  /** Shows a field for each box in `missing` (header field names, as GET /processing/jobs/{id} lists them). */
  function render(base, missing) {
    const card = document.getElementById("header-missing");
    card.hidden = missing.length === 0;
    if (card.hidden) return;
    const form = clear(card.querySelector("form"));
    const grid = el("div", { class: "field-grid" },
      missing.map((name) => el("label", { text: t(`field.${name}`) }, el("input", { name, autocomplete: "off" }))));
    const result = el("div", { role: "status" });
    const save = el("button", { class: "btn btn-primary", type: "submit", text: t("job.header_save") });
    form.append(grid, el("div", { class: "form-actions" }, save, result));
    form.onsubmit = async (event) => {
      event.preventDefault();
      const fields = {};
      for (const input of form.querySelectorAll("input")) if (input.value.trim()) fields[input.name] = input.value.trim();
      save.disabled = true;
      const answer = await api("PUT", `${base}/header`, { fields });
      save.disabled = false;
      if (answer.ok) { window.location.reload(); return; }
      formError(form, result, answer.data);
    };
  }

  /** The form that changes any header box of a completed job (freight after FOB, a wrong rate or office): only
   * the fields typed over are sent, and the declaration is built again with them. */
  function editable(base) {
    const card = document.getElementById("header-edit");
    const form = card.querySelector("form");
    const result = form.querySelector("[role=status]");
    document.getElementById("edit-header").onclick = () => {
      card.hidden = !card.hidden;
      if (!card.hidden) card.scrollIntoView({ behavior: "smooth", block: "start" });
    };
    document.getElementById("header-edit-cancel").onclick = () => { card.hidden = true; };
    form.onsubmit = async (event) => {
      event.preventDefault();
      const fields = {};
      const emptied = [];
      for (const input of form.querySelectorAll("input")) {
        if (input.value.trim() === input.dataset.was) continue;
        if (input.value.trim()) fields[input.name] = input.value.trim();
        else emptied.push(t(`field.${input.name}`));
      }
      if (emptied.length) {  // the API keeps a box sent blank: say so rather than seem to have cleared it
        result.textContent = t("job.header_cannot_empty", { fields: emptied.join(", ") });
        return;
      }
      if (Object.keys(fields).length === 0) { card.hidden = true; return; }
      const save = form.querySelector("button[type=submit]");
      save.disabled = true;
      const answer = await api("PUT", `${base}/header`, { fields });
      save.disabled = false;
      if (answer.ok) { window.location.reload(); return; }
      formError(form, result, answer.data);
    };
  }

  return { render, editable };
})();
