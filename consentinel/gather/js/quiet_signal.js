// A cheap signature of the page's state for the event-ended waits: the element count and the
// length of the visible text change whenever a banner renders or a layer opens; an IAB TCF
// locator frame (__tcfapiLocator, in the DOM every world shares) tells that a TCF consent
// manager is on the page. One JSON string, per the evaluate contract. Runs in our isolated
// world: the page's own globals (window.__tcfapi) are not visible here, by design.
() => {
  const body = document.body;
  return JSON.stringify({
    sig: `${document.getElementsByTagName('*').length}:${body ? body.innerText.length : 0}:${document.readyState}`,
    tcf: !!document.querySelector('iframe[name="__tcfapiLocator"]'),
  });
}
