// Whether axe-core is already loaded in this frame. Returns ONE JSON string (a boolean).
() => JSON.stringify(typeof window.axe === 'object' && typeof window.axe.run === 'function')
