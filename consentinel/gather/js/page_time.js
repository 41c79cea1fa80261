// The page's own clock: ms since its document's time origin (performance.now(), read in our
// isolated world, so a page that patches it changes nothing). Returns ONE JSON string.
() => JSON.stringify(performance.now())
