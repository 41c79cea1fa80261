// A cheap signature of the page's state for the event-ended waits: the element count and the
// length of the visible text change whenever a banner renders or a layer opens; an IAB TCF
// locator frame (__tcfapiLocator, in the DOM every world shares) tells that a TCF consent
// manager is on the page. One JSON string, per the evaluate contract. Runs in our isolated
// world: the page's own globals (window.__tcfapi) are not visible here, by design.
// quiet_for: ms since the DOM last changed (dom_history.js; null on a page opened without it).
// animation_left_ms: how long the finite CSS animations/transitions running now still take (a
// banner sliding or fading in changes no DOM, but its geometry and opacity are not final yet);
// endless ones (spinners) are left out: nothing waits for them.
() => {
  const body = document.body;
  const history = globalThis.consentinelDomHistory;
  let left = 0;
  try {
    for (const animation of document.getAnimations()) {
      if (animation.playState !== 'running' || !animation.effect) continue;
      const timing = animation.effect.getComputedTiming();
      const end = Number(timing.endTime);
      if (!Number.isFinite(end)) continue;
      const rate = Math.abs(animation.playbackRate) || 1;
      left = Math.max(left, (end - Number(timing.localTime || 0)) / rate);
    }
  } catch (e) {
    left = 0;  // no Web Animations API: geometry is taken as final, as before
  }
  return JSON.stringify({
    sig: `${document.getElementsByTagName('*').length}:${body ? body.innerText.length : 0}:${document.readyState}`,
    tcf: !!document.querySelector('iframe[name="__tcfapiLocator"]'),
    quiet_for: history ? Math.max(0, performance.now() - history.changedAt) : null,
    animation_left_ms: Math.max(0, left),
  });
}
