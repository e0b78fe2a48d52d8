// Accounts page: approve a pending purchase, grant credits to an account; the page reloads with the new balances.
"use strict";

(() => {
  const { t, api, number } = Gumruk;
  const result = document.getElementById("admin-result");

  function report(ok, text) {
    result.hidden = false;
    result.className = ok ? "alert alert-ok" : "alert alert-error";
    result.textContent = text;
  }

  for (const button of document.querySelectorAll("[data-approve]")) {
    button.addEventListener("click", async () => {
      button.disabled = true;
      const answer = await api("POST", `/admin/purchases/${encodeURIComponent(button.dataset.approve)}/approve`);
      if (!answer.ok) {
        button.disabled = false;
        report(false, (answer.data && answer.data.message) || t("error.unknown"));
        return;
      }
      report(true, t("admin.approved", { credits: number(answer.data.credits) }));
      setTimeout(() => window.location.reload(), 700);
    });
  }

  for (const form of document.querySelectorAll(".grant-form")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const credits = Number(form.elements.credits.value);
      if (!Number.isInteger(credits) || credits < 1) {
        form.elements.credits.classList.add("invalid");
        return;
      }
      const answer = await api("POST", `/admin/accounts/${encodeURIComponent(form.dataset.account)}/credits`,
        { credits, note: form.elements.note.value.trim() });
      if (!answer.ok) {
        report(false, (answer.data && answer.data.message) || t("error.unknown"));
        return;
      }
      report(true, t("admin.granted", { credits: number(credits), balance: number(answer.data.balance) }));
      setTimeout(() => window.location.reload(), 700);
    });
  }
})();
