// The demo's cookie bar. <body data-mode="dark">: scrolling to the bottom counts as consent and,
// once accepted, nothing on the page lets the visitor take it back. data-mode="clean": only the
// Accept button consents; the footer's "Cookie settings" reopens the bar, where Reject deletes
// the analytics cookie. Analytics is a first-party _ga cookie (what gtag.js sets).
(function () {
  const dark = document.body.dataset.mode === "dark";
  const bar = document.getElementById("cookie-bar");
  const reopen = document.getElementById("cookie-settings");
  const chosen = () => (document.cookie.match(/(?:^|; )demo_consent=([^;]+)/) || [])[1] || "";

  function analytics() {
    if (!/(?:^|; )_ga=/.test(document.cookie)) {
      const id = Math.floor(Math.random() * 1e10) + "." + Math.floor(Date.now() / 1000);
      document.cookie = "_ga=GA1.1." + id + "; path=/; max-age=63072000";
    }
  }

  function choose(choice) {
    document.cookie = "demo_consent=" + choice + "; path=/; max-age=15552000";
    if (choice === "accepted") analytics();
    else document.cookie = "_ga=; path=/; max-age=0";
    bar.hidden = true;
  }

  document.getElementById("cookie-accept").onclick = () => choose("accepted");
  document.getElementById("cookie-reject").onclick = () => choose("rejected");
  if (dark) {
    reopen.remove();
    addEventListener("scroll", () => {
      if (!chosen() && scrollY + innerHeight >= document.body.scrollHeight - 40) choose("accepted");
    });
  } else {
    reopen.onclick = (event) => { event.preventDefault(); bar.hidden = false; };
  }
  if (chosen() === "accepted") analytics();
  bar.hidden = Boolean(chosen());
})();
