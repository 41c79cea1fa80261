// Controls that reopen the consent choice once it was made: a "Cookie settings" footer link, a
// floating icon, a button, matched by their text, aria-label or title against ``phrases``
// (the ``reopen`` role vocabulary, already normalised and case-folded). Below the fold counts
// (a person scrolls to the footer); display:none, visibility:hidden and zero-size do not.
// With ``floating`` (consent words, case-folded), a floating button (it or a near ancestor
// position:fixed/sticky) whose name holds one of them counts too, after every phrase match: a
// consent manager's icon is often named only "Cookies". Never inside a prompt discovery marked
// (its "Accept cookies" is a choice, not a way back) and never a link to another page.
// Marks each with data-consentinel-reopen="<n>"; returns ONE JSON string: a list of
// {mark, text, phrase, floating, in_viewport, box}.
({phrases, floating}) => {
  const list = (phrases || []).map((p) => String(p));
  const words = (floating || []).map((w) => String(w));
  const found = [];
  const icons = [];
  const isFloating = (el) => {
    for (let node = el, depth = 0; node && node !== document.body && depth < 6; node = node.parentElement, depth++) {
      const position = getComputedStyle(node).position;
      if (position === 'fixed' || position === 'sticky') return true;
    }
    return false;
  };
  const leavesPage = (el) => {
    const href = el.tagName === 'A' ? (el.getAttribute('href') || '') : '';
    return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
  };
  for (const old of document.querySelectorAll('[data-consentinel-reopen]')) old.removeAttribute('data-consentinel-reopen');
  const controls = document.querySelectorAll('a, button, [role="button"], [role="link"], [onclick], [tabindex]');
  for (const el of controls) {
    const names = [el.innerText, el.getAttribute('aria-label'), el.getAttribute('title')]
      .filter(Boolean).map((t) => t.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase());
    let phrase = list.find((p) => names.some((n) => n.includes(p)));
    let text = names[0] || '';
    let icon = false;
    if (!phrase && words.length && !el.closest('[data-consentinel-prompt]') && !leavesPage(el)) {
      const word = words.find((w) => names.some((n) => n.includes(w)));
      // an icon's text is often a glyph: name it by the label that holds the word
      if (word && isFloating(el)) { phrase = word; icon = true; text = names.find((n) => n.includes(word)); }
    }
    if (!phrase) continue;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.width < 1 || r.height < 1 || style.visibility === 'hidden' || Number(style.opacity) < 0.05) continue;
    const item = {el, text: text.slice(0, 200), phrase, floating: icon,
                  in_viewport: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
                  box: {x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height}};
    (icon ? icons : found).push(item);
    if (found.length >= 10) break;
  }
  const out = [...found, ...icons].slice(0, 10);
  return JSON.stringify(out.map(({el, ...item}, index) => {
    const mark = String(index + 1);
    el.setAttribute('data-consentinel-reopen', mark);
    return {mark, ...item};
  }));
}
