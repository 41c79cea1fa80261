// The user agent a fresh context presents (read on its about:blank page, before any site script).
// Returns ONE JSON string.
() => JSON.stringify(navigator.userAgent)
