// The page's DOM history for the event-ended waits: when the top document last changed. Installed
// by evaluate.PageAuditor before the first navigation (CDP Page.addScriptToEvaluateOnNewDocument
// with our world's name), so it runs at every document's start in our isolated world -- the
// same world quiet_signal.js reads later; the page can neither see nor stop it. A change is any
// DOM mutation (our own data-consentinel-* marks excepted: discovery marking a prompt is not the
// page moving) or a readyState step. Why: a wait's first look otherwise cannot know how long the
// page has been still, and watches it again from zero.
() => {
  if (window.top !== window || globalThis.consentinelDomHistory) return;
  const history = { changedAt: performance.now() };
  globalThis.consentinelDomHistory = history;
  const ours = (record) => record.type === 'attributes' && record.attributeName
    && record.attributeName.startsWith('data-consentinel-');
  new MutationObserver((records) => {
    for (const record of records) {
      if (!ours(record)) {
        history.changedAt = performance.now();
        return;
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('readystatechange', () => { history.changedAt = performance.now(); });
}
