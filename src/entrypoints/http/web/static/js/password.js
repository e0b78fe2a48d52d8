// The password page: the new password typed twice must agree before it is sent; on success the page reloads with the
// renewed session (its cookie came with the answer), saying the other sessions have ended.
"use strict";

(() => {
  const { t, api, errorText } = Gumruk;
  const form = document.getElementById("password-form");
  const error = document.getElementById("password-error");

  function refuse(text) {
    error.hidden = false;
    error.textContent = text;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { current, new: chosen, again } = form.elements;
    if (chosen.value !== again.value) {
      again.classList.add("invalid");
      refuse(t("password.mismatch"));
      return;
    }
    form.querySelector("button").disabled = true;
    const answer = await api("PUT", "/me/password", { current_password: current.value, new_password: chosen.value });
    form.querySelector("button").disabled = false;
    if (!answer.ok) {
      const throttled = answer.data && answer.data.code === "too_many_sign_ins";  // its message names the minutes
      refuse(throttled ? answer.data.message : errorText(answer.data));
      return;
    }
    window.location.assign("/password?changed=true");
  });
})();
