// A neutral link to another page of the same site, as a visitor would follow one: visible,
// same origin, another path, not inside a consent prompt or any fixed/sticky box or dialog, and
// not about cookies or privacy (``exclude``: consent words from the role vocabulary). Marks it
// with data-consentinel-link="1" so the caller can click it. Returns ONE JSON string:
// {"href": ..., "text": ...} or {"href": null}.
({exclude}) => {
  const words = (exclude || []).map((w) => String(w).toLowerCase());
  const here = new URL(location.href);
  const boxed = (el) => {
    for (let node = el; node && node !== document.body; node = node.parentElement) {
      const role = node.getAttribute && node.getAttribute('role');
      if (role === 'dialog' || role === 'alertdialog' || node.getAttribute('aria-modal') === 'true') return true;
      if (node.tagName === 'DIALOG') return true;
      const pos = getComputedStyle(node).position;
      if (pos === 'fixed' || pos === 'sticky') return true;
    }
    return false;
  };
  for (const old of document.querySelectorAll('[data-consentinel-link]')) old.removeAttribute('data-consentinel-link');
  for (const a of document.querySelectorAll('a[href]')) {
    let url;
    try { url = new URL(a.href, location.href); } catch (e) { continue; }
    if (url.origin !== here.origin || !/^https?:$/.test(url.protocol)) continue;
    if (url.pathname === here.pathname && url.search === here.search) continue;
    if (a.hasAttribute('download') || (a.target && a.target !== '_self')) continue;
    const text = (a.innerText || a.getAttribute('aria-label') || '').trim();
    const lower = (text + ' ' + url.pathname).toLowerCase();
    if (!text || words.some((w) => lower.includes(w))) continue;
    const r = a.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || getComputedStyle(a).visibility === 'hidden') continue;
    if (boxed(a)) continue;
    a.setAttribute('data-consentinel-link', '1');
    return JSON.stringify({href: url.href, text: text.slice(0, 200)});
  }
  return JSON.stringify({href: null});
}
