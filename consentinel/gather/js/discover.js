// Consent prompt discovery: ONE evaluate per frame, returning ONE JSON string.
//
// Why in-page: walking the composed tree (open shadow roots, slots) and reading computed
// styles element by element over the wire would cost one round trip each; here it is one call.
// Python (consentinel/gather/discover.py) passes the vocabulary and known-CMP rules as data,
// adds frame offsets, classifies control roles and drops candidates that offer no choice.
//
// Candidates: role=dialog|alertdialog, <dialog open>, position fixed/sticky elements, absolute
// overlays with a large z-index, roots named by known-CMP rules, and (in a child frame) the
// frame's own body. A candidate is kept when it is visible, its composed text uses consent
// vocabulary (or a rule named it) and it holds at least one action. Nested candidates collapse
// to the outermost one, so a fixed wrapper and its inner role=dialog are one prompt.
//
// Elements found are marked with data-consentinel-action / data-consentinel-prompt attributes
// (a per-run token) so exploration can click exactly them with Playwright's real mouse.
(args) => {
  const t0 = performance.now();
  const MIN_Z = args.minZIndex;
  const MAX_TEXT = args.maxText;
  const token = args.token;
  const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const vocab = args.consentWords.length
    ? new RegExp(args.consentWords.map(escapeRe).join("|"), "i")
    : null;

  // ---- composed-tree helpers ------------------------------------------------------------
  const allElements = [];
  const collect = (root) => {
    for (const el of root.querySelectorAll("*")) {
      allElements.push(el);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  collect(document);

  const composedChildren = (node) => {
    if (node.shadowRoot) return Array.from(node.shadowRoot.childNodes);
    if (node.localName === "slot") {
      const assigned = node.assignedNodes({ flatten: true });
      return assigned.length ? assigned : Array.from(node.childNodes);
    }
    return Array.from(node.childNodes);
  };
  const composedParent = (el) => {
    if (el.assignedSlot) return el.assignedSlot;
    if (el.parentElement) return el.parentElement;
    const root = el.getRootNode();
    return root && root.host ? root.host : null;
  };
  const composedContains = (outer, inner) => {
    for (let n = inner; n; n = composedParent(n)) if (n === outer) return true;
    return false;
  };

  const styleCache = new Map();
  const style = (el) => {
    let s = styleCache.get(el);
    if (!s) { s = getComputedStyle(el); styleCache.set(el, s); }
    return s;
  };
  const isShown = (el) => {
    if (!el.isConnected) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
      return false;
    }
    const r = el.getBoundingClientRect();
    return r.width >= 2 && r.height >= 2;
  };

  // Visible text of the composed tree (shadow content and slotted light DOM included).
  const composedText = (root) => {
    const parts = [];
    let length = 0;
    const walk = (node) => {
      if (length > MAX_TEXT) return;
      if (node.nodeType === Node.TEXT_NODE) {
        const v = node.data.replace(/\s+/g, " ");
        if (v.trim()) { parts.push(v); length += v.length; }
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const tag = node.localName;
      if (tag === "script" || tag === "style" || tag === "noscript" || tag === "template") return;
      const s = style(node);
      if (s.display === "none" || s.visibility === "hidden") {
        // a hidden child can still hold visible descendants (visibility), but not display:none
        if (s.display === "none") return;
      }
      const block = s.display !== "inline" && s.display !== "contents";
      if (block) parts.push(" ");
      for (const child of composedChildren(node)) walk(child);
      if (block) parts.push(" ");
    };
    walk(root);
    return parts.join("").replace(/\s+/g, " ").trim().slice(0, MAX_TEXT);
  };

  // Visible text split where a block starts or ends (a paragraph, a button, a list item), each
  // subtree in `skip` left out: the prompt's passages (for language shares) and the page's own
  // text outside every prompt (its dominant language). At most `limit` characters in all.
  const textBlocks = (root, skip, limit) => {
    const blocks = [];
    let current = [];
    let length = 0;
    const flush = () => {
      const t = current.join("").replace(/\s+/g, " ").trim();
      if (t) { blocks.push(t); length += t.length; }
      current = [];
    };
    const walk = (node) => {
      if (length > limit) return;
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        if (parent && style(parent).visibility === "hidden") return;
        current.push(node.data);
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE || skip.has(node)) return;
      const tag = node.localName;
      if (tag === "script" || tag === "style" || tag === "noscript" || tag === "template") return;
      const s = style(node);
      if (s.display === "none") return;
      const block = s.display !== "inline" && s.display !== "contents";
      if (block) flush();
      for (const child of composedChildren(node)) walk(child);
      if (block) flush();
    };
    walk(root);
    flush();
    return blocks;
  };

  // ---- colours ------------------------------------------------------------------------------
  const parseColor = (value) => {
    const m = /rgba?\(([^)]+)\)/.exec(value || "");
    if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(parseFloat);
    return [p[0] || 0, p[1] || 0, p[2] || 0, p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a <= 0) return [0, 0, 0, 0];
    const mix = (i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  // Effective background behind (not including) el: composite ancestors' fills over white.
  const backgroundBehind = (el) => {
    const layers = [];
    for (let n = composedParent(el); n && n.nodeType === Node.ELEMENT_NODE; n = composedParent(n)) {
      const c = parseColor(style(n).backgroundColor);
      if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let result = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) result = over(layers[i], result);
    return result;
  };

  // ---- selectors and marks ---------------------------------------------------------------
  const cssEscape = (s) => (window.CSS && CSS.escape ? CSS.escape(s) : s);
  const pathInTree = (el) => {
    const parts = [];
    for (let n = el; n && n.nodeType === Node.ELEMENT_NODE; n = n.parentElement) {
      const root = n.getRootNode();
      if (n.id && root.querySelectorAll("#" + cssEscape(n.id)).length === 1) {
        parts.unshift("#" + cssEscape(n.id));
        break;
      }
      let part = n.localName;
      const parent = n.parentElement;
      if (parent) {
        const same = Array.from(parent.children).filter((c) => c.localName === n.localName);
        if (same.length > 1) part += `:nth-of-type(${same.indexOf(n) + 1})`;
      }
      parts.unshift(part);
    }
    return parts.join(" > ");
  };
  // Readable selector; " >> " steps into an open shadow root (Playwright's chaining syntax).
  const readableSelector = (el) => {
    const levels = [];
    for (let n = el; n; ) {
      levels.unshift(pathInTree(n));
      const root = n.getRootNode();
      n = root && root.host ? root.host : null;
    }
    return levels.join(" >> ");
  };

  // ---- candidates ----------------------------------------------------------------------------
  const vw = window.innerWidth, vh = window.innerHeight;
  const ruleHit = new Map();
  for (const rule of args.ruleRoots) {
    for (const root of [document, ...allElements.filter((e) => e.shadowRoot).map((e) => e.shadowRoot)]) {
      let found = [];
      try { found = root.querySelectorAll(rule.selector); } catch (e) { found = []; }
      for (const el of found) if (!ruleHit.has(el)) ruleHit.set(el, rule.name);
    }
  }
  const candidateKind = (el) => {
    if (ruleHit.has(el)) return "rule";
    const role = (el.getAttribute("role") || "").toLowerCase();
    if (role === "dialog" || role === "alertdialog") return "dialog";
    if (el.localName === "dialog" && el.open) return "dialog";
    const s = style(el);
    if (s.position === "fixed") return "fixed";
    if (s.position === "sticky") return "sticky";
    if (s.position === "absolute") {
      const z = parseInt(s.zIndex, 10);
      if (z >= MIN_Z) {
        const r = el.getBoundingClientRect();
        if (r.width >= vw * 0.5) return "overlay";
      }
    }
    return null;
  };

  const ACTION_SELECTOR = 'button, a[href], [role="button"], [role="link"], input[type="submit"], ' +
    'input[type="button"], input[type="reset"]';
  const TOGGLE_SELECTOR = 'input[type="checkbox"], input[type="radio"], [role="switch"], [role="checkbox"], [aria-pressed="true"], [aria-pressed="false"]';
  const inside = (root, selector) => {
    const found = [];
    const seen = new Set();
    const visit = (node) => {
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      if (node.matches(selector) && !seen.has(node)) { seen.add(node); found.push(node); }
      for (const child of composedChildren(node)) visit(child);
    };
    visit(root);
    return found;
  };

  // Script-driven clickables: `<a>` without href or an element with an onclick handler, drawn
  // with a pointer cursor ("<a class=\"cc-deny\">Decline</a>", a faint reject link a banner
  // handles in script). Not inside (or around) a real action, so a button's inner span is not one.
  // Also a short text drawn as a link whose handler was added in script (addEventListener
  // leaves no attribute): the outermost pointer-cursor span/div/p of at most SHORT_LINK_CHARS,
  // such as the faint "No thanks" under a full-width button in a newsletter pop-up. Nothing
  // proves it is clickable, so it is marked pointer_only: Python keeps it only when its text
  // names a choice (a role other than "other").
  const SCRIPTED_SELECTOR = "a:not([href]), [onclick]";
  const TEXT_LINK_SELECTOR = "span, div, p, small, u, li";
  const SHORT_LINK_CHARS = 60;
  const pointerTextLink = (n) => {
    if (style(n).cursor !== "pointer") return false;
    const parent = composedParent(n);
    if (parent && parent.nodeType === Node.ELEMENT_NODE && style(parent).cursor === "pointer") return false;
    if (inside(n, ACTION_SELECTOR + ", " + TOGGLE_SELECTOR + ", label, input").length) return false;
    const text = composedText(n);
    return text.length > 0 && text.length <= SHORT_LINK_CHARS;
  };
  const pointerOnly = new Set();
  const withScriptedLinks = (root, actions) => {
    const marked = inside(root, SCRIPTED_SELECTOR).filter((n) => style(n).cursor === "pointer" && composedText(n));
    const pointed = inside(root, TEXT_LINK_SELECTOR).filter((n) => !marked.includes(n) && pointerTextLink(n));
    for (const n of pointed) pointerOnly.add(n);
    const found = marked.concat(pointed);
    const scripted = [];
    for (const n of found) {
      if (actions.includes(n) || scripted.includes(n)) continue;
      if (actions.some((a) => composedContains(a, n) || composedContains(n, a))) continue;
      if (scripted.some((a) => composedContains(a, n) || composedContains(n, a))) continue;
      if (n.closest && n.closest("label")) continue;
      scripted.push(n);
    }
    return scripted.length ? actions.concat(scripted) : actions;
  };
  const roots = [];
  for (const el of allElements) {
    const kind = candidateKind(el);
    if (kind) roots.push([el, kind]);
  }
  if (!args.isTop && document.body) roots.push([document.body, "frame-document"]);

  const accepted = [];
  for (const [el, kind] of roots) {
    if (el === document.documentElement) continue;
    if (!isShown(el) && kind !== "frame-document") continue;
    const text = composedText(el);
    if (!text) continue;
    const rule = ruleHit.get(el) || null;
    if (!rule && !(vocab && vocab.test(text))) continue;
    // A toggle button (aria-pressed) is one of the prompt's toggles, not one of its choices.
    const actions = withScriptedLinks(el, inside(el, ACTION_SELECTOR))
      .filter((a) => isShown(a) && !a.matches(TOGGLE_SELECTOR));
    if (!actions.length) continue;
    accepted.push({ el, kind, text, rule, actions });
  }
  // Outermost wins: drop a candidate contained in another accepted one, unless the outer one
  // holds much more text (SHELL_TEXT_RATIO): then it is a fixed page shell, not the prompt.
  const swallows = (o, c) => o !== c && o.el !== c.el && composedContains(o.el, c.el)
    && o.kind !== "frame-document" && o.text.length <= c.text.length * args.shellTextRatio;
  const kept = accepted.filter((c) => !accepted.some((o) => swallows(o, c)))
    .filter((o) => o.kind === "rule" || !accepted.some((c) => c.el !== o.el && composedContains(o.el, c.el)
      && o.kind !== "frame-document" && o.text.length > c.text.length * args.shellTextRatio));
  // In a child frame, a real candidate inside the body is better than the body itself.
  const final = kept.length > 1 ? kept.filter((c) => c.kind !== "frame-document") : kept;

  const boxOf = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  };
  const zIndexOf = (el) => {
    let best = 0;
    for (let n = el; n && n.nodeType === Node.ELEMENT_NODE; n = composedParent(n)) {
      const z = parseInt(style(n).zIndex, 10);
      if (!isNaN(z) && z > best) best = z;
    }
    return best;
  };
  const attrText = (el) => {
    const bits = [el.id, el.getAttribute("class") || "", el.getAttribute("aria-label") || "",
      el.getAttribute("title") || "", el.getAttribute("name") || ""];
    for (const a of el.attributes) if (a.name.startsWith("data-") && !a.name.startsWith("data-consentinel")) {
      bits.push(a.name.slice(5), a.value);
    }
    if (el.getAttribute("part")) bits.push(el.getAttribute("part"));
    return bits.filter(Boolean).join(" ").slice(0, 400);
  };
  const accessibleName = (el) => {
    const label = el.getAttribute("aria-label");
    if (label && label.trim()) return label.trim();
    const by = el.getAttribute("aria-labelledby");
    if (by) {
      const root = el.getRootNode();
      const t = by.split(/\s+/).map((id) => root.getElementById ? root.getElementById(id) : null)
        .filter(Boolean).map((n) => composedText(n)).join(" ").trim();
      if (t) return t;
    }
    const text = composedText(el);
    if (text) return text;
    if (el.localName === "input") return (el.value || "").trim();
    return (el.getAttribute("title") || "").trim();
  };
  const actionKind = (el) => {
    const tag = el.localName;
    if (tag === "a") return "link";
    if (tag === "input" && el.type === "submit") return "submit";
    if (tag === "button") return el.type === "submit" && el.form ? "submit" : "button";
    if (tag === "input") return "button";
    const role = (el.getAttribute("role") || "").toLowerCase();
    if (role === "link" || role === "button") return role;
    // Scripted text with a pointer cursor and no fill or border of its own reads as a link.
    const s = style(el);
    const bare = parseColor(s.backgroundColor)[3] === 0 && (s.backgroundImage === "none" || !s.backgroundImage)
      && (s.borderTopStyle === "none" || !(parseFloat(s.borderTopWidth) > 0));
    return s.cursor === "pointer" && bare ? "link" : "other";
  };
  const ruleRoleOf = (el) => {
    for (const r of args.ruleRoles) {
      try { if (el.matches(r.selector)) return r.role; } catch (e) { /* bad rule selector */ }
    }
    return null;
  };
  const toggleLabel = (el) => {
    const aria = el.getAttribute("aria-label");
    if (aria) return aria.trim();
    if (el.labels && el.labels.length) return composedText(el.labels[0]);
    const label = el.closest("label");
    if (label) return composedText(label);
    const parent = composedParent(el);
    return parent ? composedText(parent).slice(0, 200) : "";
  };

  // ---- how much of the page a prompt blocks -------------------------------------------------
  // The element a person would hit at (x, y), descending into open shadow roots.
  const hitAt = (x, y) => {
    let hit = document.elementFromPoint(x, y);
    while (hit && hit.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const area = vw * vh;
  const coversViewport = (el) => {
    const r = el.getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
    return area > 0 && (w * h) / area >= args.overlayMinShare;
  };
  // A backdrop of prompt c: a fixed (or high z-index absolute) element over most of the
  // viewport that is either empty (a dimming layer beside the dialog) or a wrapper around the
  // prompt holding little more than its text (not a page shell pinned to the viewport). The
  // element hit may also draw the backdrop as a fixed ::before/::after (vanilla-cookieconsent's
  // disablePageInteraction overlay): a hit on it then lands on that element.
  const fixedPseudo = (el) => ["::before", "::after"].some((p) => {
    const ps = getComputedStyle(el, p);
    return ps.position === "fixed" && ps.content !== "none" && ps.visibility !== "hidden";
  });
  const isBackdrop = (n, c) => {
    const text = composedText(n);
    return !text || (composedContains(n, c.el) && text.length <= c.text.length * args.shellTextRatio);
  };
  const backdropOf = (hit, c, seen) => {
    for (let n = hit; n && n.nodeType === Node.ELEMENT_NODE; n = composedParent(n)) {
      if (n === document.body || n === document.documentElement) return null;
      const kind = candidateKind(n);
      if (((kind === "fixed" || kind === "overlay") && coversViewport(n)) || (n === hit && fixedPseudo(n))) {
        // one text walk per element, not per sampled point
        if (!seen.has(n)) seen.set(n, isBackdrop(n, c));
        if (seen.get(n)) return n;
      }
    }
    return null;
  };
  // Share of grid points over the viewport where what a person hits is the prompt or its
  // backdrop: a sampled "owned by the prompt or its overlay".
  const coverage = (c) => {
    const grid = args.coverageGrid;
    let owned = 0;
    const overlays = new Map();
    const seen = new Map();
    for (let i = 0; i < grid; i++) {
      for (let j = 0; j < grid; j++) {
        const hit = hitAt((i + 0.5) * vw / grid, (j + 0.5) * vh / grid);
        if (!hit) continue;
        if (composedContains(c.el, hit)) { owned++; continue; }
        const backdrop = backdropOf(hit, c, seen);
        if (backdrop) { owned++; overlays.set(backdrop, (overlays.get(backdrop) || 0) + 1); }
      }
    }
    let overlay = null, most = 0;
    for (const [el, n] of overlays) if (n > most) { overlay = el; most = n; }
    return { share: owned / (grid * grid), overlay: overlay ? readableSelector(overlay) : null };
  };
  // Scrolling the viewport is locked when the scroller has more to show than fits but its
  // overflow is hidden (html's own, or body's propagated to the viewport when html's is
  // visible), or body is pinned with position: fixed (the iOS-safe lock).
  const scrollLock = () => {
    const reasons = [];
    const html = document.documentElement, body = document.body;
    if (!html || !body) return reasons;
    const tall = Math.max(html.scrollHeight, body.scrollHeight) > vh + 1;
    const hides = (v) => v === "hidden" || v === "clip";
    const hs = style(html), bs = style(body);
    if (tall && hides(hs.overflowY)) reasons.push(`html overflow-y: ${hs.overflowY}`);
    else if (tall && hs.overflowY === "visible" && hides(bs.overflowY)) {
      reasons.push(`body overflow-y: ${bs.overflowY}`);
    }
    if (bs.position === "fixed") reasons.push("body position: fixed");
    return reasons;
  };
  // Running text around a control: the nearest block holding it, and the text of that block
  // that belongs to no control. A reject link inside a sentence has plenty; a button row none.
  const inlineContext = (a, c) => {
    if (style(a).display !== "inline") return null;
    let block = composedParent(a);
    while (block && block !== c.el && ["inline", "contents"].includes(style(block).display)) {
      block = composedParent(block);
    }
    if (!block) return null;
    const others = textBlocks(block, new Set(c.actions), MAX_TEXT).join(" ");
    if (others.length < args.inlineMinContext) return null;
    const paragraph = composedText(block);
    return { paragraph: paragraph.slice(0, 300), offset: paragraph.indexOf(composedText(a)),
      length: paragraph.length };
  };

  const out = [];
  final.forEach((c, pi) => {
    const pmark = `${token}-p${pi}`;
    c.el.setAttribute("data-consentinel-prompt", pmark);
    const actions = c.actions.map((a, ai) => {
      const mark = `${token}-p${pi}-a${ai}`;
      a.setAttribute("data-consentinel-action", mark);
      const s = style(a);
      const r = a.getBoundingClientRect();
      return {
        mark,
        text: accessibleName(a).slice(0, 300),
        visible_text: (composedText(a) || (a.localName === "input" ? (a.value || "").trim() : "")).slice(0, 300),
        selector: readableSelector(a),
        kind: actionKind(a),
        tag: a.localName,
        attributes: attrText(a),
        rule_role: ruleRoleOf(a),
        box: boxOf(a),
        font_size: parseFloat(s.fontSize) || 16,
        font_weight: parseInt(s.fontWeight, 10) || 400,
        color: parseColor(s.color),
        background: backgroundBehind(a),
        own_background: parseColor(s.backgroundColor),
        border_width: Math.max(parseFloat(s.borderTopWidth) || 0, parseFloat(s.borderBottomWidth) || 0,
          parseFloat(s.borderLeftWidth) || 0, parseFloat(s.borderRightWidth) || 0),
        border_color: s.borderTopStyle === "none" ? [0, 0, 0, 0] : parseColor(s.borderTopColor),
        underline: (s.textDecorationLine || "").includes("underline"),
        in_viewport: r.bottom > 0 && r.right > 0 && r.top < vh && r.left < vw,
        ...(pointerOnly.has(a) ? { pointer_only: true } : {}),
        inline: inlineContext(a, c),
      };
    });
    const toggles = inside(c.el, TOGGLE_SELECTOR).map((t, ti) => {
      const mark = `${token}-p${pi}-t${ti}`;
      t.setAttribute("data-consentinel-action", mark);
      const role = (t.getAttribute("role") || "").toLowerCase();
      let checked = null;
      if (t.localName === "input") checked = !!t.checked;
      else if (t.getAttribute("aria-checked") === "true") checked = true;
      else if (t.getAttribute("aria-checked") === "false") checked = false;
      else if (t.hasAttribute("aria-pressed")) checked = t.getAttribute("aria-pressed") === "true";
      const disabled = !!t.disabled || t.getAttribute("aria-disabled") === "true" || t.hasAttribute("readonly");
      return { mark, label: toggleLabel(t).slice(0, 300), checked, disabled,
        kind: role === "switch" || t.hasAttribute("aria-pressed") ? "switch" : t.type === "radio" ? "radio" : "checkbox" };
    });
    out.push({
      root: readableSelector(c.el),
      mark: pmark,
      text: c.text,
      kind: c.kind,
      rule: c.rule,
      box: boxOf(c.el),
      z_index: zIndexOf(c.el),
      actions,
      toggles,
      blocks: textBlocks(c.el, new Set(), MAX_TEXT),
      coverage: coverage(c),
    });
  });
  const promptEls = new Set(final.map((c) => c.el));
  return JSON.stringify({
    url: location.href,
    scrollX: window.scrollX, scrollY: window.scrollY,
    viewport: { width: vw, height: vh },
    prompts: out,
    // What a prompt is judged against: the page's declared and written language, and whether
    // the prompt leaves the page scrollable. Read in the top document only.
    page: args.isTop ? {
      html_lang: document.documentElement.getAttribute("lang") || null,
      scroll_lock: scrollLock(),
      text_blocks: document.body ? textBlocks(document.body, promptEls, args.pageTextMax) : [],
    } : null,
    elapsed_ms: performance.now() - t0,
  });
}
