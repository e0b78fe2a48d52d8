// The declaration as built: its header boxes and goods items read back from the XML, for the broker to check against
// the invoice before lodging. Fetched once per built declaration (again only after it is built again).
"use strict";

const AsBuilt = (() => {
  const { t, api, el, clear } = Gumruk;
  const LABELS = {
    customs_office: "field.customs_office", declaration_type: "field.declaration_type",
    general_procedure: "field.general_procedure", consignee_name: "field.consignee_name",
    consignee_code: "field.consignee_code", exporter_name: "field.exporter_name", declarant_name: "field.declarant_name",
    declarant_code: "field.declarant_code", trading_country: "field.trading_country",
    export_country: "field.export_country", transport_mode: "field.transport_mode",
    transport_identity: "field.transport_identity", incoterm: "field.incoterm", delivery_place: "field.delivery_place",
    border_office: "field.border_office", total_items: "built.total_items", total_packages: "field.total_packages",
    gross_mass: "built.total_gross", invoice_amount: "built.invoice_amount", currency: "field.currency",
    exchange_rate: "field.exchange_rate", national_amount: "built.national_amount",
    external_freight: "field.external_freight", insurance: "field.insurance",
  };
  let shown = "";

  const SUMMED = ["total_packages", "gross_mass", "invoice_amount", "national_amount", "external_freight", "insurance"];

  /** The first part's header boxes, the totals summed over every part (each part states only its own). */
  function boxes(parts) {
    const list = clear(document.getElementById("as-built-boxes"));
    const shown = { ...parts[0].boxes };
    for (const name of SUMMED) {
      if (!(name in shown)) continue;
      const decimals = (shown[name].split(".")[1] || "").length;
      const sum = parts.reduce((total, built) => total + Number(built.boxes[name] || 0), 0);
      shown[name] = sum.toFixed(decimals);
    }
    for (const [name, value] of Object.entries(shown)) {
      if (name === "total_items") continue;  // said with the parts' items below
      list.append(el("div", {}, el("dt", { text: t(LABELS[name] || name) }), el("dd", { text: value })));
    }
  }

  function itemRow(item, part, parts) {
    const number = parts > 1 ? `${part}.${item.number}` : String(item.number);
    const supplementary = item.supplementary.map(([unit, quantity]) => `${quantity} ${unit}`).join("; ");
    const code = el("td", { class: "mono nowrap", title: item.tariff_text || "", text: item.commodity_code });
    return el("tr", {}, el("td", { class: "num", text: number }), code, el("td", { text: item.description }),
      el("td", { text: item.origin || "" }), el("td", { class: "num", text: item.packages || "" }),
      el("td", { class: "num", text: item.gross_mass || "" }), el("td", { class: "num", text: item.net_mass || "" }),
      el("td", { class: "num", text: supplementary }), el("td", { class: "num", text: item.amount || "" }),
      el("td", { class: "num", text: item.statistical_value || "" }));
  }

  /** Shows the declaration `job` has (hidden while there is none, or it is outdated). */
  async function show(job) {
    const card = document.getElementById("as-built");
    const version = job.declaration_urls.length ? `${job.id}:${job.updated_at}` : "";
    if (version === shown) return;
    shown = version;
    card.hidden = true;
    if (!version) return;
    const parts = [];
    for (let part = 1; part <= job.declaration_urls.length; part += 1) {
      const answer = await api("GET", `/processing/jobs/${encodeURIComponent(job.id)}/declaration/as-built?part=${part}`);
      if (!answer.ok || shown !== version) return;
      parts.push(answer.data);
    }
    boxes(parts);
    const body = clear(document.querySelector("#as-built-items tbody"));
    parts.forEach((built) => built.items.forEach((item) => body.append(itemRow(item, built.part, built.parts))));
    const count = parts.reduce((sum, built) => sum + built.items.length, 0);
    document.getElementById("as-built-count").textContent = t("built.count", { items: count, parts: parts.length });
    card.hidden = false;
  }

  return { show };
})();
