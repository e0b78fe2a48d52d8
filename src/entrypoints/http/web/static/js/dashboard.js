// The dashboard: balance and packages, the upload (drag and drop, named columns, header fields, the 402 case),
// my jobs.
"use strict";

(() => {
  const { t, api, el, clear, number, dateTime, statusBadge, shownStatus, formError } = Gumruk;
  const ACTIVE = new Set(["PENDING", "PARSING", "MATCHING", "GENERATING"]);
  const form = document.getElementById("upload-form");
  const input = document.getElementById("file-input");
  const dropzone = document.getElementById("dropzone");
  const button = document.getElementById("upload-button");
  const result = document.getElementById("upload-result");
  const note = document.getElementById("purchase-note");
  let file = null;
  let polling = null;

  async function loadCredits() {
    const answer = await api("GET", "/credits?limit=12");
    if (!answer.ok) return;
    document.getElementById("balance").textContent = number(answer.data.balance);
    const ledger = clear(document.getElementById("ledger"));
    // a job that used all it reserved returns nothing: its "0" would only crowd out the entries that count
    for (const entry of answer.data.entries.filter((e) => e.amount !== 0).slice(0, 6)) {
      ledger.append(el("li", {},
        el("span", { text: `${t(`ledger.${entry.kind}`)} · ${dateTime(entry.created_at)}` }),
        el("span", { class: entry.amount > 0 ? "plus" : "minus", text: (entry.amount > 0 ? "+" : "") + number(entry.amount) })));
    }
  }

  function choose(chosen) {
    file = chosen || null;
    document.getElementById("file-name").textContent = file ? `${file.name} · ${number(file.size / 1024, 1)} ${t("upload.kb")}` : "";
    button.disabled = !file;
    clear(result);
  }

  input.addEventListener("change", () => choose(input.files[0]));
  for (const name of ["dragenter", "dragover"]) {
    dropzone.addEventListener(name, (event) => { event.preventDefault(); dropzone.classList.add("over"); });
  }
  for (const name of ["dragleave", "drop"]) {
    dropzone.addEventListener(name, () => dropzone.classList.remove("over"));
  }
  dropzone.addEventListener("drop", (event) => {
    event.preventDefault();
    if (event.dataTransfer.files.length) choose(event.dataTransfer.files[0]);
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!file) return;
    const body = new FormData();
    body.append("file", file, file.name);
    for (const field of form.querySelectorAll(".header-fields input")) body.append(field.name, field.value.trim());
    for (const field of form.querySelectorAll("textarea[name=columns], input[name=sheets]")) {  // a cleared header
      if (field.value.trim()) body.append(field.name, field.value.trim());  // field is sent: it stays empty
    }
    if (document.getElementById("upload-again").checked) body.append("again", "true");
    button.disabled = true;
    clear(result).append(el("p", { class: "muted", text: t("upload.sending") }));
    const answer = await api("POST", "/processing/upload", body);
    button.disabled = false;
    if (answer.ok && answer.data.earlier_job) {
      const link = `/jobs/${encodeURIComponent(answer.data.job_id)}`;
      clear(result).append(el("div", { class: "alert alert-warn", role: "alert", "data-earlier-job": answer.data.job_id },
        el("strong", { text: t("upload.earlier", { when: dateTime(answer.data.uploaded_at) }) }),
        answer.data.header_differs ? el("p", { text: t("upload.earlier_header") }) : null,
        answer.data.header_applied ? el("p", { text: t("upload.earlier_header_applied") }) : null,
        el("p", { text: t("upload.earlier_hint") }), el("a", { class: "btn btn-small", href: link, text: t("jobs.open") })));
      return;
    }
    if (answer.ok) {
      window.location.assign(`/jobs/${encodeURIComponent(answer.data.job_id)}`);
      return;
    }
    clear(result);
    if (answer.status === 402) {
      const packages = el("div", { class: "packages" });
      result.append(el("div", { class: "alert alert-warn", role: "alert" },
        el("strong", { text: t("upload.short", { balance: number(answer.data.balance), required: number(answer.data.required) }) }),
        el("p", { text: t("upload.short_hint") }), packages));
      Packages.render(packages, answer.data.purchase_options, note);
      return;
    }
    formError(form, result, answer.data, `upload.error.${answer.status}`);
  });

  document.getElementById("save-profile").addEventListener("click", async () => {
    const fields = {};
    for (const field of form.querySelectorAll(".header-fields input")) {
      if (field.value.trim()) fields[field.name] = field.value.trim();
    }
    const answer = await api("PUT", "/me/profile", { fields });
    const note = document.getElementById("profile-result");
    if (answer.ok) {
      for (const input of form.querySelectorAll("input.invalid")) input.classList.remove("invalid");
      clear(note).append(t("upload.profile_saved"));
    } else formError(form, note, answer.data);
  });

  async function loadJobs() {
    const answer = await api("GET", "/processing/jobs?limit=50");
    if (!answer.ok) return;
    const body = clear(document.querySelector("#jobs tbody"));
    document.getElementById("jobs-empty").hidden = answer.data.items.length > 0;
    document.getElementById("jobs").hidden = answer.data.items.length === 0;
    for (const job of answer.data.items) {
      const link = `/jobs/${encodeURIComponent(job.id)}`;
      body.append(el("tr", { "data-job": job.id },
        el("td", {}, el("a", { href: link, text: job.filename })),
        el("td", { class: "nowrap", text: dateTime(job.created_at) }),
        el("td", {}, statusBadge(shownStatus(job))),
        el("td", {}, el("span", { class: "small", text: `${job.progress} %` }),
          el("div", { class: "mini-progress" }, progressFill(job.progress))),
        el("td", { class: "num", text: number(job.lines_total) }),
        el("td", { class: "end" }, el("a", { class: "btn btn-small", href: link,
          text: job.status === "COMPLETED" ? t("jobs.review") : t("jobs.open") }))));
    }
    const moving = answer.data.items.some((job) => ACTIVE.has(job.status));
    if (moving && !polling) polling = setInterval(() => { loadJobs(); loadCredits(); }, 3000);
    if (!moving && polling) { clearInterval(polling); polling = null; }
  }

  function progressFill(percent) {
    const fill = el("div");
    fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
    return fill;
  }

  loadCredits();
  loadJobs();
  Packages.load().then((packages) => Packages.render(document.getElementById("packages"), packages, note));
})();
