// A stand-in analytics tag that a consent manager is supposed to gate. Calling
// corpusAnalytics(event) does what gtag.js does: a first-party _ga cookie with a client id, a
// storage entry, and a beacon carrying the id to the third party named by the page's ?tp=
// (the second corpus server, http://localhost:PORT: another site). Loading this file tracks
// nothing by itself; each page decides, through its consent manager's options, when to call it.
window.corpusAnalytics = function (event) {
  const tp = new URLSearchParams(location.search).get("tp") || "";
  let cid = (document.cookie.match(/(?:^|; )_ga=GA1\.1\.([^;]+)/) || [])[1];
  if (!cid) {
    const bytes = new Uint8Array(6);
    crypto.getRandomValues(bytes);
    cid = Array.from(bytes, (b) => String(b).padStart(3, "0")).join("").slice(0, 10) + "." +
      Math.floor(Date.now() / 1000);
    document.cookie = "_ga=GA1.1." + cid + "; path=/; max-age=63072000";
  }
  localStorage.setItem("_hjid", crypto.randomUUID());
  if (tp) {
    const img = new Image();
    img.src = tp + "/pages/pixel.gif?v=2&en=" + encodeURIComponent(event) + "&cid=" + encodeURIComponent(cid);
  }
};
