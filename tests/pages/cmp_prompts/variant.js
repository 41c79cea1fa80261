// Which configuration a host page runs: ?variant=<flag>[,<flag>...] (default "compliant").
//   compliant  first-layer accept and reject of the same kind; optional purposes off
//   preticked  optional purposes switched on in the settings layer before the visitor acts
//   noreject   no reject on the first layer (only accept and settings)
//   faint      reject styled as a small, pale, unfilled link beside a filled accept button
// Flags combine: ?variant=noreject,preticked hides reject AND pre-ticks the purposes.
window.consentinelVariant = new URLSearchParams(location.search).get("variant") || "compliant";
window.consentinelHas = (flag) => window.consentinelVariant.split(",").includes(flag);
document.documentElement.dataset.variant = window.consentinelVariant;
document.documentElement.classList.add(...window.consentinelVariant.split(",").map((f) => "variant-" + f));
