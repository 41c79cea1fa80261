// IAB TCF v2 state through __tcfapi (CMP API v2.2: ping, addEventListener, getTCData fallback),
// bounded by timeoutMs. Runs in the top frame; resolves to ONE JSON string; never throws.
(timeoutMs) => new Promise((resolve) => {
  const done = (value) => resolve(JSON.stringify(value));
  const api = window.__tcfapi;
  if (typeof api !== 'function') { done({present: false}); return; }
  const out = {present: true, ping: null, tc_data: null, method: null, error: null};
  const timer = setTimeout(() => { out.error = out.error || 'timeout'; done(out); }, timeoutMs);
  const finish = (tcData, method) => {
    clearTimeout(timer);
    out.method = method;
    if (tcData) {
      out.tc_data = {
        tcString: typeof tcData.tcString === 'string' ? tcData.tcString : null,
        eventStatus: tcData.eventStatus || null,
        cmpStatus: tcData.cmpStatus || null,
        cmpId: tcData.cmpId ?? null,
        gdprApplies: tcData.gdprApplies ?? null,
        tcfPolicyVersion: tcData.tcfPolicyVersion ?? null,
        purposeConsents: (tcData.purpose && tcData.purpose.consents) || null,
        purposeLegitimateInterests: (tcData.purpose && tcData.purpose.legitimateInterests) || null,
        vendorLegitimateInterests: (tcData.vendor && tcData.vendor.legitimateInterests) || null,
      };
    }
    done(out);
  };
  try {
    api('ping', 2, (ping) => { out.ping = ping || null; });
  } catch (e) { out.error = 'ping: ' + String(e); }
  let answered = false;
  try {
    api('addEventListener', 2, (tcData, success) => {
      if (answered) return;
      answered = true;
      if (tcData && tcData.listenerId !== undefined) {
        try { api('removeEventListener', 2, () => {}, tcData.listenerId); } catch (e) { /* ignore */ }
      }
      if (success && tcData) { finish(tcData, 'addEventListener'); return; }
      getTCData();
    });
  } catch (e) { out.error = 'addEventListener: ' + String(e); getTCData(); }
  function getTCData() {
    try {
      api('getTCData', 2, (tcData, success) => finish(success ? tcData : null, 'getTCData'));
    } catch (e) { out.error = 'getTCData: ' + String(e); clearTimeout(timer); done(out); }
  }
})
