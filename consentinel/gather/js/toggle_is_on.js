// Whether a checkbox or an ARIA switch is on right now. Returns ONE JSON string (a boolean).
(el) => JSON.stringify(el.localName === 'input' ? el.checked : el.getAttribute('aria-checked') === 'true')
