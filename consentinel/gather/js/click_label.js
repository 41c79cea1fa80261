// Clicks a toggle's label (or the toggle itself) when Playwright refuses the hidden input
// under a styled slider, as a person clicking the drawn switch would. Returns nothing.
(el) => {
  const target = (el.labels && el.labels[0]) || el.closest('label') || el;
  target.click();
}
