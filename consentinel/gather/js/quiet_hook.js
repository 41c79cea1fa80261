// Init script of every consent-pass context (installed through evaluate.install_init_script):
// counts the page's pending short timers, so "the page is quiet" can wait for a banner shown
// by setTimeout(show, 2000) without a fixed 5 s window. Only one-shot timers of at most
// `maxDelay` ms count; intervals (heartbeats) never end and are the settle bound's business.
// A hostile page can undo this wrapper; the waits that read it are bounded regardless.
(maxDelay) => {
  const pending = new Set();
  const original = window.setTimeout;
  const clear = window.clearTimeout;
  window.setTimeout = function (handler, delay, ...rest) {
    const ms = Number(delay) || 0;
    let id;
    const wrapped = typeof handler === 'function'
      ? function (...args) { pending.delete(id); return handler.apply(this, args); }
      : handler;
    id = original.call(this, wrapped, delay, ...rest);
    if (typeof handler === 'function' && ms > 0 && ms <= maxDelay) pending.add(id);
    return id;
  };
  window.clearTimeout = function (id) { pending.delete(id); return clear.call(this, id); };
  Object.defineProperty(window, '__consentinelPendingTimers', {
    configurable: false, enumerable: false, get: () => pending.size,
  });
}
