// Controls that reopen the consent choice once it was made: a "Cookie settings" footer link, a
// floating icon, a button, matched by their text, aria-label or title against ``phrases``
// (the ``reopen`` role vocabulary, already normalised and case-folded). Below the fold counts
// (a person scrolls to the footer); display:none, visibility:hidden and zero-size do not.
// Marks each with data-consentinel-reopen="<n>"; returns ONE JSON string: a list of
// {mark, text, phrase, in_viewport, box}.
({phrases}) => {
  const list = (phrases || []).map((p) => String(p));
  const found = [];
  for (const old of document.querySelectorAll('[data-consentinel-reopen]')) old.removeAttribute('data-consentinel-reopen');
  const controls = document.querySelectorAll('a, button, [role="button"], [role="link"], [onclick], [tabindex]');
  for (const el of controls) {
    const names = [el.innerText, el.getAttribute('aria-label'), el.getAttribute('title')]
      .filter(Boolean).map((t) => t.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase());
    const phrase = list.find((p) => names.some((n) => n.includes(p)));
    if (!phrase) continue;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.width < 1 || r.height < 1 || style.visibility === 'hidden' || Number(style.opacity) < 0.05) continue;
    const mark = String(found.length + 1);
    el.setAttribute('data-consentinel-reopen', mark);
    found.push({mark, text: (names[0] || '').slice(0, 200), phrase,
                in_viewport: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
                box: {x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height}});
    if (found.length >= 10) break;
  }
  return JSON.stringify(found);
}
