// A cheap signature of the page's state for the event-ended waits: the element count and the
// length of the visible text change whenever a banner renders or a layer opens; pending short
// timers (from quiet_hook.js, 0 without it) and whether the IAB TCF API answers tell that a
// consent manager is still on its way. One JSON string, per the evaluate contract.
() => {
  const body = document.body;
  let timers = 0;
  try { timers = Number(window.__consentinelPendingTimers) || 0; } catch (e) { timers = 0; }
  return JSON.stringify({
    sig: `${document.getElementsByTagName('*').length}:${body ? body.innerText.length : 0}:${document.readyState}`,
    timers,
    tcf: typeof window.__tcfapi === 'function',
  });
}
