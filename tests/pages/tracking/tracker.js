// A stand-in analytics tag, loaded only when the consent manager allows it: sets a _ga-style
// first-party cookie and sends a beacon carrying it to the third party named by the page's
// ?tp= parameter (the second test server).
(function () {
  const tp = new URLSearchParams(location.search).get("tp") || "";
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  const cid = Array.from(bytes, (b) => String(b).padStart(3, "0")).join("").slice(0, 10) + "." +
    Math.floor(Date.now() / 1000);
  document.cookie = "_ga=GA1.1." + cid + "; path=/; max-age=63072000";
  if (tp) navigator.sendBeacon(tp + "/pages/tracking/pixel.gif?v=2&en=page_view&cid=" + cid);
})();
