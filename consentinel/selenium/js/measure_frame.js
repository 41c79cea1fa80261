// The frame element as its parent sees it: the collector's own measurement (gather/js/
// frame_element.js, substituted for FRAME_ELEMENT: content-box inset, selector, hidden-ness) plus
// its rectangle, whether it renders at all, and the parent's scroll. Returns ONE JSON string.
(e) => JSON.stringify({
  facts: JSON.parse((FRAME_ELEMENT)(e)),
  rendered: e.getClientRects().length > 0,
  rect: (({x, y, width, height}) => ({x, y, width, height}))(e.getBoundingClientRect()),
  scroll: {x: window.scrollX, y: window.scrollY},
  src: e.src || '',
  name: e.name || '',
})
