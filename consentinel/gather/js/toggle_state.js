// A toggle's state and whether a person's click on it lands on it. Returns ONE JSON string:
// {"on": bool, "reachable": bool}.
//
// on: a checkbox's checked, an ARIA switch's aria-checked, a toggle button's aria-pressed.
// reachable: the topmost element at the toggle's centre is the toggle or inside it. Custom
// switches often draw a slider over an input of opacity 0 (or move the input off-screen): the
// input is then not what a click reaches, and a real click on it would wait for it in vain.
(el) => {
  const on = el.localName === 'input' ? el.checked
    : el.hasAttribute('aria-checked') ? el.getAttribute('aria-checked') === 'true'
    : el.getAttribute('aria-pressed') === 'true';
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const box = el.getBoundingClientRect();
  let reachable = false;
  if (box.width > 0 && box.height > 0) {
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const root = el.getRootNode();
    const hit = (root && root.elementFromPoint ? root : document).elementFromPoint(x, y);
    reachable = !!hit && (hit === el || el.contains(hit));
  }
  return JSON.stringify({ on, reachable });
}
