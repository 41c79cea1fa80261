// Whether a checkbox, an ARIA switch or a toggle button (aria-pressed) is on right now.
// Returns ONE JSON string (a boolean).
(el) => JSON.stringify(el.localName === 'input' ? el.checked
  : el.hasAttribute('aria-checked') ? el.getAttribute('aria-checked') === 'true'
  : el.getAttribute('aria-pressed') === 'true')
