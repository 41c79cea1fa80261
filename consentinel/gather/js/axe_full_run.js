// axe-core's full run (all rules) on the document: counts only, the benchmark's reference.
// Needs window.axe. Resolves to ONE JSON string.
async () => {
  const r = await axe.run(document);
  return JSON.stringify({violations: r.violations.length, passes: r.passes.length, incomplete: r.incomplete.length});
}
