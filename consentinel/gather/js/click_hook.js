// Init script of every tracking page (installed through evaluate.install_init_script): reports
// trusted clicks and document.cookie writes, with browser times, to the exposed binding.
// The page can see the binding; it only ever receives click and cookie-write times.
(binding) => {
  const report = window[binding];
  if (typeof report !== 'function') return;
  window.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    try { report({type: 'click', at: Date.now()}); } catch (e) { /* page unloading */ }
  }, true);
  // document.cookie writes, timed by the browser (polling context.cookies() alone would only
  // bound them by the sampling interval). The original setter still does the work.
  const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (desc && desc.set && desc.configurable) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true, enumerable: desc.enumerable, get: desc.get,
      set(value) {
        try { report({type: 'cookie', at: Date.now(), name: String(value).split('=')[0].trim()}); }
        catch (e) { /* unloading */ }
        return desc.set.call(this, value);
      },
    });
  }
}
