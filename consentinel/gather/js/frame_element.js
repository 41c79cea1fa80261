// An iframe element as its parent sees it: where its content box starts inside its border
// box, a selector for evidence, and whether it is rendered at all. Returns ONE JSON string.
(e) => {
  const cs = getComputedStyle(e);
  let sel = e.localName;
  if (e.id) sel = '#' + CSS.escape(e.id);
  else if (e.parentElement) {
    const same = Array.from(e.parentElement.children).filter((c) => c.localName === e.localName);
    if (same.length > 1) sel += ':nth-of-type(' + (same.indexOf(e) + 1) + ')';
  }
  return JSON.stringify({
    dx: e.clientLeft + (parseFloat(cs.paddingLeft) || 0),
    dy: e.clientTop + (parseFloat(cs.paddingTop) || 0),
    selector: sel,
    hidden: cs.visibility === 'hidden' ? 'visibility-hidden'
      : (parseFloat(cs.opacity) < 0.1 ? 'opacity' : null),
  });
}
