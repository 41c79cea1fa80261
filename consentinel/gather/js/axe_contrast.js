// axe-core's color-contrast rule on the given selectors only, with each node's measurements.
// Needs window.axe (see axe_present.js). Resolves to ONE JSON string keyed by selector.
async ({selectors, rule}) => {
  const resolve = (sel) => {
    let scope = document, el = null;
    for (const part of sel.split(' >> ')) {
      el = scope.querySelector(part);
      if (!el) return null;
      scope = el.shadowRoot || el;
    }
    return el;
  };
  const els = selectors.map(resolve);
  const include = [];
  selectors.forEach((s, i) => {
    if (!els[i]) return;
    const parts = s.split(' >> ');
    include.push(parts.length > 1 ? {fromShadowDom: parts} : s);
  });
  const out = {};
  selectors.forEach((s, i) => { out[s] = {found: !!els[i], nodes: []}; });
  if (!include.length) return JSON.stringify(out);
  const res = await axe.run({include}, {
    runOnly: {type: 'rule', values: [rule]},
    resultTypes: ['violations', 'incomplete', 'passes'],
    elementRef: true,
  });
  const buckets = {violations: 'violation', incomplete: 'incomplete', passes: 'pass'};
  for (const [bucket, outcome] of Object.entries(buckets)) {
    for (const r of res[bucket]) {
      for (const node of r.nodes) {
        const data = ((node.any || [])[0] || {}).data || {};
        selectors.forEach((s, i) => {
          const el = els[i];
          if (!el || !node.element) return;
          let n = node.element, inside = false;
          while (n) {
            if (n === el) { inside = true; break; }
            n = n.parentNode || n.host || null;
          }
          if (!inside) return;
          out[s].nodes.push({
            outcome,
            target: node.target,
            contrast_ratio: typeof data.contrastRatio === 'number' ? data.contrastRatio : null,
            expected_ratio: data.expectedContrastRatio ? parseFloat(data.expectedContrastRatio) : null,
            fg_color: data.fgColor || null,
            bg_color: data.bgColor || null,
            font_size: data.fontSize || null,
            font_weight: data.fontWeight || null,
            message_key: data.messageKey || null,
          });
        });
      }
    }
  }
  return JSON.stringify(out);
}
