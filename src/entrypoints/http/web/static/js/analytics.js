// The analytics dashboard: live figures pushed over WS /ws/admin/metrics, history charts from the overview,
// fetched again whenever the read model's version moves (a refresh, e.g. after a completed job).
"use strict";

(() => {
  const { t, api, el, clear, number, dateTime, dayMonth } = Gumruk;
  const chapters = JSON.parse(document.getElementById("chapter-titles").textContent);
  const locale = Gumruk.lang === "tk" ? "tk-TM" : Gumruk.lang;
  const speed = [];
  let version = null;
  let history = null;

  function tile(id, text) {
    const node = document.getElementById(id);
    if (node.textContent === text) return;
    node.textContent = text;
    const box = node.closest(".tile");
    if (box) { box.classList.remove("flash"); void box.offsetWidth; box.classList.add("flash"); }
  }

  function showLive(live) {
    tile("live-users", number(live.active_users_5m));
    tile("live-users-15", t("analytics.in_15", { n: number(live.active_users_15m) }));
    tile("live-queued", number(live.jobs_queued));
    tile("live-running", number(live.jobs_running));
    tile("live-lps", number(live.lines_per_second, 1));
    tile("live-workers", number(live.workers));
    tile("live-errors", `${number(live.error_rate * 100, 1)} %`);
    tile("live-requests", t("analytics.requests", { n: number(live.requests) }));
    speed.push(live.lines_per_second);
    if (speed.length > 60) speed.shift();
    Charts.spark(document.getElementById("live-spark"), speed);
  }

  function connect() {
    const state = document.getElementById("live-state");
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}/ws/admin/metrics`);
    socket.addEventListener("open", () => { state.dataset.state = "live"; state.textContent = t("analytics.live_on"); });
    socket.addEventListener("message", (message) => {
      const update = JSON.parse(message.data);
      showLive(update.live);
      if (update.history_version !== version) loadHistory();
    });
    socket.addEventListener("close", () => {
      state.dataset.state = "lost";
      state.textContent = t("analytics.reconnecting");
      setTimeout(connect, 3000);
    });
  }

  async function loadHistory() {
    const days = document.getElementById("days").value;
    const answer = await api("GET", `/admin/analytics/overview?days=${days}&top=10`);
    if (!answer.ok) return;
    version = answer.data.history.version;
    history = answer.data.history;
    showHistory(history);
  }

  function sum(values) { return values.reduce((a, b) => a + b, 0); }

  function showHistory(h) {
    document.getElementById("history-state").textContent = h.refreshed_at
      ? t("analytics.as_of", { time: dateTime(h.refreshed_at) }) : t("analytics.not_yet");
    const column = (name) => h.days.map((d) => d[name]);
    tile("total-jobs", number(sum(column("jobs"))));
    tile("total-failed", t("analytics.failed_n", { n: number(sum(column("jobs_failed"))) }));
    tile("total-lines", number(sum(column("lines"))));
    tile("total-consumed", number(sum(column("credits_consumed"))));
    tile("total-purchased", t("analytics.purchased_n", { n: number(sum(column("credits_purchased"))) }));
    tile("total-revenue", h.revenue.length ? h.revenue.map((r) => `${r.amount} ${r.currency}`).join(" · ") : "—");
    tile("quality-corrected", h.quality.lines ? `${number(h.quality.corrected_share * 100, 1)} %` : "—");
    tile("quality-confidence", h.quality.average_confidence === null ? " " :
      t("analytics.confidence", { n: number(h.quality.average_confidence * 100, 0) }));
    tile("speed-p50", h.speed.p50_seconds === null ? "—" : t("analytics.seconds", { n: number(h.speed.p50_seconds, 1) }));
    tile("speed-p95", h.speed.p95_seconds === null ? " " : t("analytics.p95", { n: number(h.speed.p95_seconds, 1),
      lps: number(h.speed.p50_lines_per_second || 0, 1) }));
    drawCharts(h);
    accounts(h.accounts);
  }

  function drawCharts(h) {
    const day = (d) => new Date(`${d.day}T00:00:00Z`);
    const labels = h.days.map((d) => Gumruk.lang === "tk" ? dayMonth(day(d), true)
      : day(d).toLocaleDateString(locale, { day: "2-digit", month: "2-digit", timeZone: "UTC" }));
    const series = (names) => names.map(([key, name]) => ({ name: t(name), values: h.days.map((d) => d[key]) }));
    const jobs = series([["jobs", "analytics.jobs"], ["jobs_completed", "analytics.completed"], ["jobs_failed", "analytics.failed"]]);
    legend("jobs-legend", jobs);
    Charts.lines(document.getElementById("chart-jobs"), labels, jobs, (v) => number(v));
    const lines = series([["lines", "analytics.lines"], ["active_accounts", "analytics.active_accounts"]]);
    legend("lines-legend", lines);
    Charts.lines(document.getElementById("chart-lines"), labels, lines, (v) => number(v));
    const credits = series([["credits_purchased", "analytics.purchased"], ["credits_consumed", "analytics.consumed"]]);
    legend("credits-legend", credits);
    Charts.lines(document.getElementById("chart-credits"), labels, credits, (v) => number(v));
    Charts.bars(document.getElementById("chart-chapters"), h.top_chapters.map((c) => ({
      label: `${c.chapter} ${chapters[c.chapter] || ""}`.trim(), title: `${c.chapter} ${chapters[c.chapter] || ""}`, value: c.lines })), (v) => number(v));
    const sources = Object.entries(h.quality.by_source).sort((a, b) => b[1] - a[1]);
    Charts.bars(document.getElementById("chart-sources"), sources.map(([source, count]) => ({ label: t(`source.${source}`), value: count })), (v) => number(v));
  }

  function legend(id, series) {
    clear(document.getElementById(id)).append(...series.map((s, i) => el("span", {}, el("i", { class: `series-${i}` }), s.name)));
  }

  function accounts(list) {
    const body = clear(document.querySelector("#accounts-usage tbody"));
    if (!list.length) body.append(el("tr", {}, el("td", { colspan: 5, class: "empty", text: "—" })));
    for (const a of list) {
      body.append(el("tr", {}, el("td", { text: a.email || a.account_id }), el("td", { class: "num", text: number(a.jobs) }),
        el("td", { class: "num", text: number(a.lines) }), el("td", { class: "num", text: number(a.credits_consumed) }),
        el("td", { class: "num", text: number(a.credits_purchased) })));
    }
  }

  let resizing = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => { if (history) drawCharts(history); }, 150);
  });
  document.getElementById("days").addEventListener("change", loadHistory);
  loadHistory();
  connect();
})();
