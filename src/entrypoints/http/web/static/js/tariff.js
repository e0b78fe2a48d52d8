// Tariff import: the file goes to POST /admin/tariffs; the answer is the imported version or every row problem.
"use strict";

(() => {
  const { t, api, el, clear, number } = Gumruk;
  const form = document.getElementById("tariff-form");
  const input = document.getElementById("tariff-file");
  const submit = document.getElementById("tariff-submit");
  const result = document.getElementById("tariff-result");

  input.addEventListener("change", () => {
    const file = input.files[0];
    document.getElementById("tariff-file-name").textContent = file ? file.name : "";
    submit.disabled = !file;
    clear(result);
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = new FormData(form);
    submit.disabled = true;
    clear(result).append(el("p", { class: "muted", text: t("tariff.checking") }));
    const answer = await api("POST", "/admin/tariffs", body);
    submit.disabled = false;
    clear(result);
    if (answer.ok) {
      const d = answer.data;
      result.append(el("p", { class: "alert alert-ok", role: "status",
        text: t("tariff.imported", { lines: number(d.lines), country: d.country, subheadings: number(d.subheadings), version: d.version }) }));
      return;
    }
    const problems = (answer.data && answer.data.problems) || [];
    result.append(el("p", { class: "alert alert-error", role: "alert", text: (answer.data && answer.data.message) || t("error.unknown") }));
    if (problems.length && typeof problems[0] === "object") {
      result.append(el("table", { class: "table compact", id: "tariff-problems" },
        el("thead", {}, el("tr", {}, el("th", { text: t("problem.row_short") }), el("th", { text: t("problem.column") }),
          el("th", { text: t("problem.reason") }))),
        el("tbody", {}, problems.map((p) => el("tr", {}, el("td", { class: "num", text: p.row ?? "—" }),
          el("td", { text: p.column || "—" }), el("td", { text: p.reason }))))));
    }
  });
})();
