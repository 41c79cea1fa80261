// A choice on the pop-up: "同意" / "不同意" are remembered and let the visitor in;
// "不同意并退出" leaves the app (here: the page goes away).
(() => {
  const popup = document.getElementById("privacy");
  const unlock = () => { popup.remove(); document.documentElement.classList.remove("locked"); };
  if (document.cookie.includes("privacy_choice=")) { unlock(); return; }
  for (const button of popup.querySelectorAll("button")) {
    button.addEventListener("click", () => {
      if (button.dataset.choice === "exit") { location.href = "about:blank"; return; }
      document.cookie = `privacy_choice=${button.dataset.choice}; path=/; max-age=31536000`;
      unlock();
    });
  }
})();
