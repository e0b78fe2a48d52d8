// A job's page: the live progress bar (WS /ws/jobs/{id}), then the review table, the declaration and downloads.
"use strict";

(() => {
  const { t, api, el, clear, number, errorText, problemText, columnLabel, shownStatus } = Gumruk;
  const jobId = document.getElementById("job").dataset.jobId;
  const base = `/processing/jobs/${encodeURIComponent(jobId)}`;
  JobHeader.editable(base);
  let finished = false;
  let reviewing = false;
  let creditsShown = false;
  let readProblemsShown = false;

  /** The progress bar, as an event or the job itself gives it: a changed code takes it back from 100 to 95 %. */
  function bar(event) {
    const percent = Math.max(0, Math.min(100, event.progress));
    const fill = document.getElementById("bar");
    fill.style.width = `${percent}%`;
    fill.classList.toggle("done", percent === 100);  // a declaration to download; a withheld one stops at 95
    document.getElementById("progress").setAttribute("aria-valuenow", String(percent));
    document.getElementById("progress-pct").textContent = `${percent} %`;
    document.getElementById("progress-lines").textContent = event.lines_total
      ? t("job.lines_done", { done: number(event.lines_done), total: number(event.lines_total) }) : "";
  }

  function show(event) {
    bar(event);
    // in the page's language where the server knows the worker's message, else in its own English words
    document.getElementById("progress-msg").textContent = event.message ? `· ${event.message}` : "";
    const badge = document.getElementById("status-badge");
    badge.dataset.status = event.status;
    badge.textContent = t(`status.${event.status}`);
    const waiting = event.status === "AWAITING_CREDITS";
    if (waiting && !creditsShown) loadJob();
    else if (event.status === "MATCHING" && !readProblemsShown) showReadProblems();
    document.getElementById("awaiting-credits").hidden = !waiting;
    if (event.status === "FAILED") {
      finished = true;
      const failure = document.getElementById("failure");
      failure.hidden = false;
      failure.textContent = t("job.failed", { reason: event.message || "" });
      loadJob();
    }
    if (event.status === "COMPLETED") {
      finished = true;
      loadJob();
      if (!reviewing) {
        reviewing = true;
        document.getElementById("review").hidden = false;
        Review.start(base, loadJob);  // a changed code outdates the declaration: its links go, the notice comes
      }
    }
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}/ws/jobs/${encodeURIComponent(jobId)}`);
    socket.addEventListener("message", (message) => {
      const event = JSON.parse(message.data);
      if (event.code) {
        finished = true;
        document.getElementById("failure").hidden = false;
        document.getElementById("failure").textContent = errorText(event);
        return;
      }
      show(event);
      if (finished) socket.close();
    });
    socket.addEventListener("close", () => { if (!finished) setTimeout(connect, 2000); });
  }

  /** What reading the list found (a totals row left out, a column guessed), shown while the lines are classified:
   * a trial saw only the progress bar for minutes though the API listed them. */
  async function showReadProblems() {
    readProblemsShown = true;
    const answer = await api("GET", base);
    if (answer.ok && !finished) problems(answer.data.problems);  // the job's full list is shown when it ends
  }

  async function loadJob() {
    const answer = await api("GET", base);
    if (!answer.ok) return;
    bar(answer.data);
    downloads(answer.data);
    problems(answer.data.problems);
    conflicts(answer.data.conflict_rows || []);
    const status = shownStatus(answer.data);
    if (status !== answer.data.status) {  // completed, but no XML until the header is filled in or codes chosen
      const badge = document.getElementById("status-badge");
      badge.dataset.status = status;
      badge.textContent = t(`status.${status}`);
    }
    if (answer.data.status === "FAILED") failed(answer.data);
    // a failed job takes no header: its list is uploaded again
    JobHeader.render(base, answer.data.status === "FAILED" ? [] : answer.data.header_missing || []);
    credits(answer.data.waiting_for_credits);
  }

  /** Why the job failed: the problems listed below when it has some, else the failure the API tells. One that
   * failed with no row to blame, before any line was read, often missed or mistook a column, which the broker can
   * name; one whose rows are wrong (another currency, a figure) is not helped by naming columns. */
  function failed(job) {
    const errors = job.problems.filter((problem) => problem.severity === "error").length;
    document.getElementById("failure").textContent = errors
      ? t("job.failed_problems", { n: errors }) : t("job.failed", { reason: job.failure_reason || "" });
    document.getElementById("name-columns").hidden = job.lines_total > 0 || job.problems.some((problem) => problem.row);
  }

  /** The lines whose supplier's code the engine contradicts, above everything else: no XML until each is decided. */
  function conflicts(rows) {
    const alert = document.getElementById("conflicts");
    alert.hidden = rows.length === 0;
    alert.textContent = rows.length ? t("job.conflicts", { n: rows.length, rows: rows.join(", ") }) : "";
  }

  /** What a job waiting for credits needs, the balance, and the packages to buy, as the API says. */
  function credits(wait) {
    if (!wait) return;
    creditsShown = true;
    document.getElementById("credits-needed").textContent =
      t("job.credits_needed", { needed: number(wait.needed), balance: number(wait.balance) });
    const note = document.getElementById("purchase-note");
    Packages.render(document.getElementById("credit-packages"), wait.purchase_options, note);
  }

  /** The declaration's files; none while it is outdated (the API lists none), with the notice to build it again. */
  function downloads(job) {
    const actions = document.getElementById("job-actions");
    actions.hidden = job.status !== "COMPLETED";
    document.getElementById("declaration-outdated").hidden = !job.declaration_outdated;
    document.getElementById("generate").classList.toggle("btn-primary", Boolean(job.declaration_outdated));
    const links = clear(document.getElementById("xml-links"));
    job.declaration_urls.forEach((url, index) => {
      const label = job.declaration_urls.length > 1 ? t("job.download_xml_n", { n: index + 1 }) : t("job.download_xml");
      links.append(el("a", { class: "btn btn-primary", href: url, download: "", "data-download": "xml", text: label }));
    });
    AsBuilt.show(job);
    [["report-link", job.report_workbook_url], ["report-csv-link", job.report_url]].forEach(([id, url]) => {
      const link = document.getElementById(id);
      link.hidden = !url;
      if (url) link.href = url;
    });
  }

  function problems(list) {
    const card = document.getElementById("job-problems");
    card.hidden = list.length === 0;
    const errors = list.filter((problem) => problem.severity === "error").length;
    document.getElementById("problem-count").textContent = t("job.problem_count", { errors, warnings: list.length - errors });
    document.getElementById("problems-details").open = errors > 0;
    const body = clear(card.querySelector("tbody"));
    for (const problem of list) {
      body.append(el("tr", { class: `severity-${problem.severity}` },
        el("td", { class: "num", text: problem.sheet_row != null ? `${problem.sheet_row} (${problem.sheet})` : problem.row ?? "—" }),
        el("td", { text: columnLabel(problem.column || "") || "—" }),
        el("td", { text: problem.reason }),
        el("td", {}, el("span", { class: "tag", text: t(`severity.${problem.severity}`) }))));
    }
  }

  document.getElementById("generate").addEventListener("click", async (event) => {
    const button = event.currentTarget;
    button.disabled = true;
    const answer = await api("POST", `${base}/declaration`);
    button.disabled = false;
    const notice = el("p", { class: "alert", role: "status" });
    if (answer.ok) {
      show(answer.data.job);  // the bar and badge: a declaration no longer withheld is now 100 %
      downloads(answer.data.job);
      problems(answer.data.job.problems);
      conflicts(answer.data.job.conflict_rows || []);
      const errors = answer.data.problems.filter((p) => p.severity === "error");
      notice.className = errors.length ? "alert alert-error" : "alert alert-ok";
      notice.textContent = errors.length ? t("job.generated_problems", { n: errors.length }) : t("job.generated");
      if (errors.length) notice.append(el("ul", {}, errors.map((p) => el("li", { text: problemText(p) }))));
    } else {
      notice.className = "alert alert-error";
      notice.textContent = errorText(answer.data);
    }
    const card = document.getElementById("progress-card");
    for (const old of card.querySelectorAll(".generation")) old.remove();
    notice.classList.add("generation");
    card.append(notice);
  });

  connect();
})();
