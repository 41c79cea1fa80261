// The top frame's scroll offset, [x, y] in CSS px. Returns ONE JSON string.
() => JSON.stringify([window.scrollX, window.scrollY])
