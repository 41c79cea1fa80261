// localStorage and sessionStorage of one frame, values cut to maxValue characters; storage
// access throws in opaque-origin (sandboxed) frames, which is recorded, not raised. ONE JSON string.
(maxValue) => {
  const read = (name) => {
    try {
      const area = window[name];
      const out = {};
      for (let i = 0; i < area.length; i++) {
        const key = area.key(i);
        const value = String(area.getItem(key) ?? '');
        out[key] = [value.length, value.slice(0, maxValue)];
      }
      return out;
    } catch (e) { return {__error: String(e && e.name || e)}; }
  };
  return JSON.stringify({origin: location.origin, url: location.href,
                         local: read('localStorage'), session: read('sessionStorage')});
}
