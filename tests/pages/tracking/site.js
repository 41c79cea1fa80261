// A hand-written consent bar shared by the tracking host pages. What each page does with the
// visitor's choice is set by <body data-mode="...">:
//   before-choice : sets _ga and calls the tracker on load, before anything is clicked
//   after-reject  : waits on load, but tracks on Reject as well as on Accept
//   compliant     : waits on load, tracks only on Accept, stores the rejection otherwise
//   next-view     : honours the choice on the page it is made in, but on every later page view
//                   tracks when the stored choice is a rejection (what tarteaucitron's fallback()
//                   does): only the page view after the refusal shows it
// The third party ("tracker") is the second test server, passed as ?tp=http://localhost:PORT.
(function () {
  const tp = new URLSearchParams(location.search).get("tp") || "";
  const mode = document.body.dataset.mode;

  function randomId() {
    const bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    const n = Array.from(bytes, (b) => b.toString(10).padStart(3, "0")).join("").slice(0, 10);
    return n + "." + Math.floor(Date.now() / 1000);
  }

  function track(event) {
    // What gtag.js does: a first-party _ga cookie with a client id, then a beacon carrying it.
    let cid = (document.cookie.match(/(?:^|; )_ga=GA1\.1\.([^;]+)/) || [])[1];
    if (!cid) {
      cid = randomId();
      document.cookie = "_ga=GA1.1." + cid + "; path=/; max-age=63072000";
    }
    localStorage.setItem("_hjid", crypto.randomUUID());
    if (tp) {
      const img = new Image();
      img.src = tp + "/pages/tracking/pixel.gif?v=2&en=" + event + "&cid=" + encodeURIComponent(cid);
    }
  }

  function choose(choice) {
    document.cookie = "cookie_consent=" + choice + "; path=/; max-age=15552000";
    document.getElementById("notice").hidden = true;
    if (choice === "accepted" || mode === "after-reject") track(choice);
  }

  if (mode === "before-choice") track("page_view");
  if (mode === "next-view" && document.cookie.includes("cookie_consent=rejected")) track("fallback");
  if (!document.cookie.includes("cookie_consent=")) document.getElementById("notice").hidden = false;
  document.getElementById("accept").onclick = () => choose("accepted");
  document.getElementById("reject").onclick = () => choose("rejected");
})();
