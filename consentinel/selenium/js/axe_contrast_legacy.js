// Runs the shared axe mapping script (gather/js/axe_contrast.js, substituted for AXE_CONTRAST);
// on axe-core < 4.6 (axe-selenium-python 2.x bundles 3.1) it first rewrites a shadow-crossing
// include ({fromShadowDom: [host, ..., el]}) to its host and every include to the legacy
// [selector] form. Resolves to ONE JSON string, as axe_contrast.js does.
async (arg) => {
  const legacy = !/^(?:[5-9]|4\.(?:[6-9]|\d\d))/.test(String(axe.version));
  if (legacy && !axe.__consentinelLegacyContext) {
    const run = axe.run.bind(axe);
    axe.run = (ctx, opts) => run({include: (ctx.include || []).map(
      (i) => [typeof i === 'string' ? i : i.fromShadowDom[0]])}, opts);
    axe.__consentinelLegacyContext = true;
  }
  return (AXE_CONTRAST)(arg);
}
