// What every page's script shares: messages, the JSON API with the page's CSRF token, and building DOM
// nodes. Data from the server only ever enters the page as text (textContent), never as markup.
"use strict";

// A page the browser brings back from its back/forward cache shows what was true when it was left (a dashboard
// without the job just uploaded, an old balance, a form still "sending"): load it afresh instead.
window.addEventListener("pageshow", (event) => { if (event.persisted) window.location.reload(); });

const Gumruk = (() => {
  const messages = JSON.parse(document.getElementById("messages").textContent);
  const csrfMeta = document.querySelector('meta[name="csrf-token"]');
  const csrf = csrfMeta ? csrfMeta.content : "";
  const lang = document.documentElement.lang || "en";
  const locale = lang === "tk" ? "tk-TM" : lang;

  const PLURAL_FORM = { one: 0, two: 1, few: 1, many: 2 };

  /** The form of the message `key` for a count of `n`: its forms are parted by '|' in the plural order of the
   * page's language (Russian 'строка|строки|строк', English 'line|lines'; one form alone serves every count). */
  function plural(key, n) {
    const forms = t(key).split("|");
    const form = PLURAL_FORM[new Intl.PluralRules(locale).select(n)] ?? forms.length - 1;
    return forms[Math.min(form, forms.length - 1)];
  }

  /** The message `key` in the page's language, with {name} placeholders filled in. */
  function t(key, values = {}) {
    let text = messages[key] ?? key;
    for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  }

  /** Calls the JSON API as the signed-in account, asking for the page's language (a job's problems are told in
   * it); answers {ok, status, data} and never throws on HTTP errors. */
  async function api(method, url, body) {
    const headers = { Accept: "application/json", "Accept-Language": lang, "X-CSRF-Token": csrf };
    let payload = body;
    if (body !== undefined && !(body instanceof FormData)) {
      headers["Content-Type"] = "application/json";
      payload = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(url, { method, headers, body: payload, credentials: "same-origin" });
    } catch (error) {
      return { ok: false, status: 0, data: { code: "network", message: t("error.network") } };
    }
    if (response.status === 401) {
      window.location.assign(`/sign-in?ended=true&next=${encodeURIComponent(location.pathname)}`);
    }
    let data = null;
    try { data = await response.json(); } catch (error) { data = null; }
    return { ok: response.ok, status: response.status, data };
  }

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = String(value);
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** "5 000,50" in Russian and Turkmen, whose figures are written alike; browsers have no Turkmen numbers (tk-TM
   * falls back to English, "5,000.50", which a Turkmen reader takes for five). */
  function number(value, digits = 0) {
    return new Intl.NumberFormat(lang === "tk" ? "ru" : locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  }

  /** A moment in the reader's time zone: "28.11.2026 04:03" in Turkmen, which browsers have no dates for (tk-TM
   * falls back to English, "Nov 28, 2026, 4:03 AM"); the language's own medium date otherwise. */
  function dateTime(iso) {
    const when = new Date(iso);
    if (lang !== "tk") return when.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
    return `${dayMonth(when)}.${when.getFullYear()} ${twoDigits(when.getHours())}:${twoDigits(when.getMinutes())}`;
  }

  /** "28.11": the day and month of `when`, in UTC if asked. */
  function dayMonth(when, utc = false) {
    const [day, month] = utc ? [when.getUTCDate(), when.getUTCMonth()] : [when.getDate(), when.getMonth()];
    return `${twoDigits(day)}.${twoDigits(month + 1)}`;
  }

  function twoDigits(figure) {
    return String(figure).padStart(2, "0");
  }

  function statusBadge(status) {
    return el("span", { class: "badge", "data-status": status, text: t(`status.${status}`) });
  }

  /** The status a job's badge shows: a completed job whose declaration is withheld names what it waits for. */
  function shownStatus(job) {
    if (job.needs_header_details) return "NEEDS_HEADER_DETAILS";
    if (job.declaration_withheld && (job.conflict_rows || []).length) return "NEEDS_CODE_CHOICE";
    if (job.status === "COMPLETED" && job.declaration_outdated) return "TO_REBUILD";  // its files are not offered
    return job.status;
  }

  /** The error an API answer carries, in the page's language: the catalog's sentence for its code (else the
   * message `fallbackKey` names, else the general one), then what the server says of the file, row or value
   * (its own words, in English): the problems it lists, else its message when that says more. */
  function errorParts(data, fallbackKey) {
    const lead = messages[`error.${data && data.code}`] || messages[fallbackKey] || t("error.unknown");
    const problems = ((data && data.problems) || []).map((p) => (typeof p === "string" ? fieldProblem(p)
      : problemText(p)));
    const said = (data && (data.message || data.detail)) || "";
    const same = (text) => text.toLowerCase().replace(/[.!\s]+$/, "") === lead.toLowerCase().replace(/[.!\s]+$/, "");
    return { lead, details: problems.length ? problems : [said].filter((text) => text && !same(text)) };
  }

  /** The error as a block: the sentence, then each detail on its own line. */
  function errorBlock(data, fallbackKey) {
    const { lead, details } = errorParts(data, fallbackKey);
    return el("div", { class: "alert alert-error", role: "alert" }, lead,
      details.length ? el("ul", {}, details.map((text) => el("li", { text }))) : null);
  }

  /** A form's error in `place`, each problem on its own line, and the fields at fault marked (the first focused);
   * the marks of an earlier answer are cleared. */
  function formError(form, place, data, fallbackKey) {
    const wrong = (data && data.fields) || [];
    for (const input of form.querySelectorAll("input")) input.classList.toggle("invalid", wrong.includes(input.name));
    const first = form.querySelector("input.invalid");
    if (first) {
      const folded = first.closest("details");
      if (folded) folded.open = true;
      first.focus();
    }
    clear(place).append(errorBlock(data, fallbackKey));
  }

  /** The error as one line of text, for a note beside a button or in a table row. */
  function errorText(data, fallbackKey) {
    const { lead, details } = errorParts(data, fallbackKey);
    return [lead, ...details].join(" ");
  }

  function problemText(problem) {
    const row = problem.sheet_row != null
      ? t("problem.row_on_sheet", { row: problem.sheet_row, sheet: problem.sheet })
      : problem.row ? t("problem.row", { row: problem.row }) : "";
    const where = [row, columnLabel(problem.column || "")].filter(Boolean).join(", ");
    return where ? `${where}: ${problem.reason}` : problem.reason;
  }

  /** A column or header box in the page's words where the API named it by its key ('net_mass', 'header:
   * customs_office', as it does in English); one the server already told, or a supplier's header, as it is. */
  function columnLabel(column) {
    if (messages[`column.${column}`]) return messages[`column.${column}`];
    const box = column.startsWith("header: ") ? column.slice(8) : "";
    return box && messages[`field.${box}`] ? messages[`field.${box}`] : column;
  }

  /** 'trading_country: ...' of a refused header field, opening with the field's label instead of its key. */
  function fieldProblem(text) {
    const [key, ...rest] = text.split(": ");
    return rest.length && messages[`field.${key}`] ? `${messages[`field.${key}`]}: ${rest.join(": ")}` : text;
  }

  function localTimes() {
    for (const node of document.querySelectorAll("time[data-local]")) node.textContent = dateTime(node.getAttribute("datetime"));
  }

  function wireSignOut() {
    const button = document.getElementById("sign-out");
    if (!button) return;
    button.addEventListener("click", async () => {
      const answer = await api("POST", "/sign-out");
      window.location.assign((answer.data && answer.data.location) || "/sign-in");
    });
  }

  document.addEventListener("DOMContentLoaded", () => { localTimes(); wireSignOut(); });
  return {
    t, plural, api, el, clear, number, dateTime, dayMonth, statusBadge, shownStatus, errorBlock, formError, errorText, problemText,
    columnLabel, lang,
  };
})();
