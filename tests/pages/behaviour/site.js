// A hand-written consent bar for the behavioural checks' pages. What it does is set by ?mode=
// (kept on the link to the second page, with ?tp= the third-party "tracker" server):
//   compliant  : tracks only after Accept; the × closes for this page view and stores nothing;
//                refusal and acceptance both kept 180 days; a "Cookie settings" footer link
//                reopens the bar, and rejecting there deletes _ga and stops tracking
//   scroll     : scrolling to the bottom counts as acceptance (implied-consent)
//   close      : the × counts as acceptance (implied-consent)
//   wait       : 8 s on the page without a choice counts as acceptance (implied-consent, a timer)
//   again      : coming back counts as acceptance: a second page view without a choice accepts
//                (implied-consent; the first view only notes the visit in localStorage)
//   forget     : the refusal is stored as a session cookie (reprompt-after-reject)
//   nag        : the refusal is not stored at all (a stored choice is deleted): the bar asks
//                again on every page
//   no-withdraw: no way to reopen the choice once accepted (withdrawal-not-easy)
//   sticky     : the footer link reopens the bar, but tracking goes on after withdrawing
(function () {
  const params = new URLSearchParams(location.search);
  const tp = params.get("tp") || "";
  const mode = params.get("mode") || "compliant";
  const notice = document.getElementById("notice");
  const YEAR_HALF = 15552000;

  function consent() { return (document.cookie.match(/(?:^|; )site_consent=([^;]+)/) || [])[1] || ""; }

  function track(event) {
    let cid = (document.cookie.match(/(?:^|; )_ga=GA1\.1\.([^;]+)/) || [])[1];
    if (!cid) {
      cid = String(Math.floor(Math.random() * 1e10)) + "." + Math.floor(Date.now() / 1000);
      document.cookie = "_ga=GA1.1." + cid + "; path=/; max-age=63072000";
    }
    if (tp) {
      const img = new Image();
      img.src = tp + "/pages/tracking/pixel.gif?v=2&en=" + event + "&cid=" + encodeURIComponent(cid);
    }
  }

  function choose(choice, how) {
    if (choice === "rejected" && mode === "forget") document.cookie = "site_consent=rejected; path=/";
    else if (choice === "rejected" && mode === "nag") document.cookie = "site_consent=; path=/; max-age=0";
    else if (!(choice === "rejected" && mode === "nag")) {
      document.cookie = "site_consent=" + choice + "; path=/; max-age=" + YEAR_HALF;
    }
    if (choice === "rejected" && mode !== "sticky") document.cookie = "_ga=; path=/; max-age=0";
    notice.hidden = true;
    if (choice === "accepted") track(how || "accept");
  }

  for (const a of document.querySelectorAll("a.next")) a.search = location.search;
  if (mode === "no-withdraw") document.getElementById("reopen").remove();
  else document.getElementById("reopen").onclick = (e) => { e.preventDefault(); notice.hidden = false; };
  document.getElementById("accept").onclick = () => choose("accepted");
  document.getElementById("reject").onclick = () => choose("rejected");
  document.getElementById("close").onclick = () => {
    if (mode === "close") choose("accepted", "close");
    else notice.hidden = true;
  };
  if (mode === "scroll") {
    addEventListener("scroll", () => {
      if (!consent() && scrollY + innerHeight >= document.body.scrollHeight - 50) choose("accepted", "scroll");
    });
  }
  if (mode === "wait" && !consent()) {
    setTimeout(() => { if (!consent()) choose("accepted", "wait"); }, 8000);
  }
  if (mode === "again" && !consent()) {
    if (localStorage.getItem("site_seen")) choose("accepted", "again");
    else localStorage.setItem("site_seen", "1");
  }
  const stored = consent();
  if (stored === "accepted" || (mode === "sticky" && document.cookie.includes("_ga="))) track("page_view");
  if (!stored) notice.hidden = false;
})();
