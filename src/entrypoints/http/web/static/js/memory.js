// The account's memory: forget a remembered code, after asking; its row goes and the page says what was forgotten.
"use strict";

(() => {
  const { t, api } = Gumruk;
  const result = document.getElementById("memory-result");

  for (const button of document.querySelectorAll("[data-forget]")) {
    button.addEventListener("click", async () => {
      const row = button.closest("tr");
      const description = row.cells[0].textContent;
      if (!window.confirm(t("memory.forget_confirm", { description }))) return;
      button.disabled = true;
      const answer = await api("DELETE", `/me/memory/${encodeURIComponent(button.dataset.forget)}`);
      result.hidden = false;
      if (!answer.ok) {
        button.disabled = false;
        result.className = "alert alert-error";
        result.textContent = (answer.data && answer.data.message) || t("error.unknown");
        return;
      }
      row.remove();
      const count = document.getElementById("memory-count");
      count.dataset.shown = Number(count.dataset.shown) - 1;
      count.dataset.total = Number(count.dataset.total) - 1;
      count.textContent = t("memory.count", { shown: count.dataset.shown, total: count.dataset.total });
      result.className = "alert alert-ok";
      result.textContent = t("memory.forgotten", { description });
    });
  }
})();
