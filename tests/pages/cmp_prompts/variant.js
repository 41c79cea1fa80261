// Which configuration a host page runs: ?variant=compliant (default) | preticked | noreject | faint.
//   compliant  first-layer accept and reject of the same kind; optional purposes off
//   preticked  optional purposes switched on in the settings layer before the visitor acts
//   noreject   no reject on the first layer (only accept and settings)
//   faint      reject styled as a small, pale, unfilled link beside a filled accept button
window.consentinelVariant = new URLSearchParams(location.search).get("variant") || "compliant";
document.documentElement.dataset.variant = window.consentinelVariant;
