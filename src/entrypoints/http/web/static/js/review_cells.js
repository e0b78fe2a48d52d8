// The cells of a review row: the description with its hints, and the codes with one figure per code. The first candidate's figure is the line's
// calibrated confidence and the alternatives' are on the same scale (the API's candidate.confidence, never the
// engine's raw share `score`). A line the broker corrected shows the code as theirs and the one it replaced as
// what had been suggested, with no figure that competes with the broker's choice.
"use strict";

const ReviewCells = (() => {
  const { t, el, problemText } = Gumruk;

  function format(code) {
    if (!code) return "—";
    if (code.length <= 6) return code.length === 6 ? `${code.slice(0, 4)}.${code.slice(4)}` : code;
    return `${code.slice(0, 4)}.${code.slice(4, 6)} ${code.slice(6)}`;
  }

  function percent(value) {
    if (value > 0 && value < 0.01) return "< 1 %";
    return `${Math.floor(value * 100)} %`;  // never rounded up: 89.6 % is below the 90 % a line is accepted at
  }

  function codeOf(candidate) {
    return candidate.national_code || candidate.hs6;
  }

  /** The dropdown label: code, then whose it is or its figure on the line's scale, then the tariff text. */
  function optionLabel(line, candidate) {
    const parts = [format(codeOf(candidate))];
    if (candidate.role === "reviewed") parts.push(t(confirmed(line) ? "review.confirmed" : "review.by_you"));
    else if (candidate.role === "suggested") parts.push(t("review.option_suggested", { source: sourceName(line.suggested) }));
    else if (candidate.confidence !== null && candidate.confidence !== undefined) parts.push(percent(candidate.confidence));
    parts.push((candidate.tariff_text || "").slice(0, 70));
    return parts.join(" — ");
  }

  /** Accepted as it was suggested: confirmed by the broker, not corrected. */
  function confirmed(line) {
    return Boolean(line.suggested) && line.suggested.code === line.chosen_code;
  }

  function sourceName(suggested) {
    return t(`source.${(suggested && suggested.source) || "none"}`);
  }

  /** The confidence cell: the line's confidence with its bar, or, once corrected, whose code it is and what
   * had been suggested before (with the confidence it had then). */
  function confidenceCell(line, low) {
    if (line.source === "review") {
      const was = line.suggested;
      if (confirmed(line)) {
        return el("div", { class: "conf conf-reviewed" },
          el("span", { class: "conf-value", text: t("review.confirmed") }),
          el("div", { class: "hint conf-suggested", text: t("review.as_suggested", { source: sourceName(was) }) }));
      }
      return el("div", { class: "conf conf-reviewed" },
        el("span", { class: "conf-value", text: t("review.by_you") }),
        was ? el("div", { class: "hint conf-suggested", text: t("review.had_suggested",
          { source: sourceName(was), code: format(was.code), percent: percent(was.confidence) }) }) : null);
    }
    const confidence = line.confidence ?? 0;
    const fill = el("div");
    fill.style.width = `${Math.round(confidence * 100)}%`;
    return el("div", { class: low ? "conf low" : "conf" },
      el("span", { class: "conf-value", text: line.confidence === null ? "—" : percent(confidence) }),
      el("div", { class: "conf-bar" }, fill));
  }

  /** The conflict's badge over the code: both codes with their tariff texts, how sure the engine is, and how far
   * apart the codes are (another chapter, heading or subheading); or what the line states that the supplier's code
   * excludes. */
  function conflictBadge(conflict) {
    const apart = t(`review.apart.${conflict.apart.split(" ").pop()}`);
    const detail = conflict.contradiction ? "review.conflict_stated" : "review.conflict_detail";
    return el("div", { class: "conflict-box", role: "alert" },
      el("span", { class: "badge badge-conflict", text: t("review.conflict_badge") }),
      el("p", { class: "conflict-detail", text: t(detail, {
        declared: format(conflict.declared), declared_text: conflict.declared_text, engine: format(conflict.engine),
        engine_text: conflict.engine_text, percent: percent(conflict.engine_confidence), apart,
        stated: conflict.contradiction }) }));
  }

  function describe(line) {
    const parts = [el("div", { class: "desc", text: line.description })];
    if (line.place) parts.push(el("div", { class: "hint", text: line.place }));
    if (line.duplicate_of) parts.push(el("div", { class: "hint", text: t("review.repeats", { row: line.duplicate_of }) }));
    if (line.problems.length) parts.push(el("ul", { class: "row-problems" }, line.problems.map((p) => el("li", { text: problemText(p) }))));
    if (line.notes.length) parts.push(el("ul", { class: "row-notes" }, line.notes.map((note) => el("li", { text: note }))));
    if (line.rationale) parts.push(el("details", { class: "rationale" }, el("summary", { text: t("review.why") }), el("p", { text: line.rationale })));
    return parts;
  }

  return { format, codeOf, optionLabel, confidenceCell, conflictBadge, describe };
})();
