// Marks inputs whose live value is one of the journey's secrets (an attribute selector sees
// only the initial value), so screenshots can paint over them. Returns nothing.
(values) => {
  for (const el of document.querySelectorAll("input, textarea")) {
    if (values.includes(el.value)) el.setAttribute("data-consentinel-secret", "");
  }
}
