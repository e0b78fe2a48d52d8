// Credit packages as buttons; a click records a purchase that stays pending until an administrator approves it.
"use strict";

const Packages = (() => {
  const { t, api, el, clear, number, errorText } = Gumruk;

  /** Fills `container` with one button per package; `note` shows what happened after a click. */
  function render(container, packages, note) {
    clear(container);
    for (const pack of packages) {
      const button = el("button", { type: "button", class: "package", "data-package": pack.id },
        el("strong", { text: number(pack.credits) }),
        el("span", { text: t("credits.unit") }),
        el("span", { class: "price", text: `${pack.price} ${pack.currency}` }));
      button.addEventListener("click", () => buy(pack, button, note));
      container.append(button);
    }
  }

  async function buy(pack, button, note) {
    button.disabled = true;
    const answer = await api("POST", "/credits/purchase", { package_id: pack.id });
    button.disabled = false;
    note.hidden = false;
    note.className = answer.ok ? "alert alert-info" : "alert alert-error";
    note.textContent = answer.ok ? t("credits.pending", { credits: number(pack.credits) }) : errorText(answer.data);
  }

  async function load() {
    const answer = await api("GET", "/credits/packages");
    return answer.ok ? answer.data : [];
  }

  return { render, load };
})();
