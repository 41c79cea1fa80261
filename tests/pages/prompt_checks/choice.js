// Hand-written prompts' behaviour: a click on any [data-choice] control records the choice in a
// cookie, hides the prompt ([data-prompt]) and unlocks scrolling; data-choice="exit" ends the
// visit instead (what "不同意并退出" does in an app: the page goes away).
// ?variant=<flag>[,<flag>...] picks a page's configuration (default "compliant"); elements marked
// data-only="<flag>" exist only under that flag, data-unless="<flag>" only without it.
(() => {
  const flags = (new URLSearchParams(location.search).get("variant") || "compliant").split(",");
  for (const el of document.querySelectorAll("[data-only]")) {
    if (!flags.includes(el.dataset.only)) el.remove();
  }
  for (const el of document.querySelectorAll("[data-unless]")) {
    if (flags.includes(el.dataset.unless)) el.remove();
  }
  if (document.cookie.includes("choice=")) {
    for (const el of document.querySelectorAll("[data-prompt]")) el.remove();
    document.documentElement.classList.remove("locked");
    return;
  }
  for (const el of document.querySelectorAll("[data-choice]")) {
    el.addEventListener("click", (event) => {
      event.preventDefault();
      if (el.dataset.choice === "exit") { location.href = "about:blank"; return; }
      document.cookie = `choice=${el.dataset.choice}; path=/; max-age=31536000`;
      for (const prompt of document.querySelectorAll("[data-prompt]")) prompt.remove();
      document.documentElement.classList.remove("locked");
    });
  }
})();
