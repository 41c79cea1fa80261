// The `scroll` step: to the top, the bottom, or a y offset in CSS px. Returns nothing.
({to, y}) => {
  if (to === 'top') window.scrollTo(0, 0);
  else if (to === 'bottom') window.scrollTo(0, (document.scrollingElement || document.body).scrollHeight);
  else window.scrollTo(0, y);
}
