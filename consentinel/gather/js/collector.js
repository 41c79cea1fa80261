/*
 * Consentinel in-page collector: ONE evaluate per frame, returning ONE JSON string.
 *
 * Shape: consentinel/facts/snapshot.py (Snapshot.from_dict). The Python side evaluates this same
 * function in every frame, prefixes uids with "f<index>:" and merges the frames.
 *
 * Why it is written this way:
 *  - a JSON string crosses the protocol ~10x faster than an object graph on large pages;
 *  - the collector never writes to the DOM, so every style/rect read hits a clean layout;
 *  - per-element facts (computed style, effective opacity, background, hiding roots, selectors)
 *    are memoised in Maps so a whole page is O(n);
 *  - open shadow roots are walked here; frames are walked by Playwright (cross-origin too).
 *
 * Options (all optional): offset {x, y} added to viewport rects to get top-level document
 * coordinates (default: this window's scroll, right for the top frame); opacityThreshold;
 * minSize; textLimit; contextLimit; htmlLimit; occlusion (hit-test elements in the viewport);
 * maxElements (elements walked before the walk stops and the result says "truncated": a page
 * chooses its own size, consentinel/bounds.py chooses how much of it we read).
 */
(options) => {
  const started = performance.now();
  const opts = Object.assign(
    {
      opacityThreshold: 0.1, // effective opacity below this is not perceivable (checks.md: "opacity ≈ 0")
      minSize: 2, // CSS px: a box narrower/shorter than this shows (almost) nothing
      textLimit: 1000, // characters kept per text block
      contextLimit: 300, // characters of a control's surrounding text
      htmlLimit: 200, // characters of outerHTML evidence after the start tag
      groupLabelLimit: 160,
      sameColorTolerance: 2, // per channel (0-255): text this close to its background is invisible
      occlusion: true,
      // An element covering text hides it only when it paints (nearly) opaquely: a modal's
      // semi-transparent backdrop (typically 40-60 % black) leaves the page readable beneath.
      occluderMinAlpha: 0.9,
      maxAncestorLevels: 8, // how far up group labels and context text are searched
      maxElements: Infinity, // elements walked; the Python side passes consentinel.bounds' limit
    },
    options || {},
  );
  const doc = document;
  const win = window;
  const rootEl = doc.documentElement;
  if (!rootEl) {
    // A frame with no document element yet (about:blank mid-navigation, an empty XML view).
    const empty = { x: 0, y: 0, width: 0, height: 0 };
    return JSON.stringify({ url: location.href, title: "", lang: null, viewport: empty, document: empty,
                            controls: [], texts: [], actions: [], collect_ms: 0 });
  }
  const scrollX = win.scrollX;
  const scrollY = win.scrollY;
  const offset = opts.offset || { x: scrollX, y: scrollY };
  const vw = rootEl.clientWidth || win.innerWidth;
  const vh = rootEl.clientHeight || win.innerHeight;
  const scrollEl = doc.scrollingElement || rootEl;
  const docW = Math.max(scrollEl.scrollWidth, vw);
  const docH = Math.max(scrollEl.scrollHeight, vh);

  const SKIP_SUBTREE = new Set(["HEAD", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "FRAME", "OBJECT", "EMBED"]);
  const SKIP_TEXT = new Set(["SELECT", "OPTION", "OPTGROUP", "DATALIST", "TEXTAREA"]);
  const SVG_NS = "http://www.w3.org/2000/svg";
  const MEDIA = { IMG: "image", VIDEO: "video", CANVAS: "canvas", PICTURE: "image", IFRAME: "frame", EMBED: "frame", OBJECT: "frame" };
  const INLINE_DISPLAYS = new Set(["inline", "contents"]);
  // Phrasing elements a flex or grid parent "blockifies" (computed display block): a reader
  // still sees them inside the sentence, e.g. <label style="display:flex"><input> I agree to
  // the <a>service agreement</a></label> is one line of consent text, not two.
  const PHRASING_TAGS = new Set(["A", "SPAN", "B", "STRONG", "EM", "I", "U", "S", "SMALL", "MARK", "ABBR",
    "CODE", "SUB", "SUP", "FONT", "Q", "CITE", "TIME", "DEL", "INS", "BDI", "BDO", "DFN", "KBD", "VAR"]);
  const CLIPPING_OVERFLOW = new Set(["hidden", "clip", "auto", "scroll"]);
  const CONTAINER_SEL = "section,dialog,[role=dialog],[role=alertdialog],li,tr,[role=row],[role=listitem],fieldset,details,form";
  const HEADING_SEL = "h1,h2,h3,h4,h5,h6,[role=heading],legend,[class*=title],[class*=Title],[class*=heading],[class*=Heading],[class*=header],[class*=Header]";
  const CONTROL_SEL = "input[type=checkbox],input[type=radio],[role=switch],[role=checkbox],[role=radio]";
  const ACTION_SEL = "button,input[type=submit],input[type=button],input[type=reset],input[type=image],a[href],[role=button],[role=link],summary";

  // Stage timings (ms), returned as "profile" when options.profile is set: the benchmark's
  // breakdown of where collection time goes.
  const profile = {};
  let stageStart = performance.now();
  const stage = (name) => {
    const now = performance.now();
    profile[name] = Math.round((now - stageStart) * 100) / 100;
    stageStart = now;
  };
  const collapse = (s) => (s || "").replace(/\s+/g, " ").trim();
  const cut = (s, n) => (s.length > n ? s.slice(0, n) : s);

  // ---------------------------------------------------------------- colours
  const colorCache = new Map();
  let colorCtx = null;
  const RGB_RE = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/;
  function parseColor(str) {
    let c = colorCache.get(str);
    if (c) return c;
    const m = RGB_RE.exec(str);
    if (m) {
      let a = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      c = [+m[1], +m[2], +m[3], a];
    } else if (str === "transparent") {
      c = [0, 0, 0, 0];
    } else {
      // Modern colour spaces (oklch, color(display-p3 ...)) are computed as written: let a
      // detached canvas convert them to sRGB. The canvas is never attached to the page.
      if (!colorCtx) {
        const canvas = doc.createElement("canvas");
        canvas.width = canvas.height = 1;
        colorCtx = canvas.getContext("2d", { willReadFrequently: true });
      }
      colorCtx.clearRect(0, 0, 1, 1);
      colorCtx.fillStyle = "rgba(0,0,0,0)";
      colorCtx.fillStyle = str;
      colorCtx.fillRect(0, 0, 1, 1);
      const d = colorCtx.getImageData(0, 0, 1, 1).data;
      c = [d[0], d[1], d[2], Math.round((d[3] / 255) * 1000) / 1000];
    }
    colorCache.set(str, c);
    return c;
  }
  // Source-over compositing of `top` onto an opaque-or-not `bottom` colour.
  function over(top, bottom) {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a <= 0) return [0, 0, 0, 0];
    const mix = (i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  }
  const round = (c) => [Math.round(c[0] * 10) / 10, Math.round(c[1] * 10) / 10, Math.round(c[2] * 10) / 10, Math.round(c[3] * 1000) / 1000];
  const CANVAS_WHITE = [255, 255, 255, 1];

  // ---------------------------------------------------------------- tree helpers
  function flatParent(el) {
    if (el.assignedSlot) return el.assignedSlot;
    if (el.parentElement) return el.parentElement;
    const p = el.parentNode;
    return p && p.host ? p.host : null;
  }
  function contains(a, b) {
    // Whether b is a (composed-tree) descendant of a, or a itself.
    for (let n = b; n; n = flatParent(n)) if (n === a) return true;
    return false;
  }

  // ---------------------------------------------------------------- per-element state (memoised)
  const styles = new Map();
  const style = (el) => {
    let cs = styles.get(el);
    if (!cs) {
      cs = getComputedStyle(el);
      styles.set(el, cs);
    }
    return cs;
  };
  const rects = new Map();
  const rectOf = (el) => {
    let r = rects.get(el);
    if (!r) {
      r = el.getBoundingClientRect();
      rects.set(el, r);
    }
    return r;
  };

  function ownClipArea(el, cs) {
    // clip: rect(...) (absolutely positioned only) and clip-path shapes that leave ~nothing.
    if (cs.clip && cs.clip !== "auto" && (cs.position === "absolute" || cs.position === "fixed")) {
      const m = /rect\(([^)]*)\)/.exec(cs.clip);
      if (m) {
        const r = rectOf(el);
        const v = m[1].split(/[\s,]+/).map((x) => (x === "auto" ? null : parseFloat(x)));
        const top = v[0] ?? 0, right = v[1] ?? r.width, bottom = v[2] ?? r.height, left = v[3] ?? 0;
        if (right - left < opts.minSize || bottom - top < opts.minSize) return true;
      }
    }
    const cp = cs.clipPath;
    if (cp && cp !== "none") {
      const r = rectOf(el);
      let m = /inset\(([^)]*)\)/.exec(cp);
      if (m) {
        const parts = m[1].split(/\s+round\s+/)[0].trim().split(/\s+/);
        const val = (x, size) => (x.endsWith("%") ? (parseFloat(x) / 100) * size : parseFloat(x) || 0);
        const t = parts[0], rt = parts[1] ?? t, b = parts[2] ?? t, l = parts[3] ?? rt;
        const w = r.width - val(l, r.width) - val(rt, r.width);
        const h = r.height - val(t, r.height) - val(b, r.height);
        if (w < opts.minSize || h < opts.minSize) return true;
      }
      m = /(circle|ellipse)\(\s*([\d.]+)(px|%)?/.exec(cp);
      if (m && parseFloat(m[2]) < 1) return true;
      if (/polygon\(\s*(0(px|%)?\s+0(px|%)?\s*,?\s*)+\)/.test(cp)) return true;
    }
    return false;
  }

  // State inherited down the composed tree; computed top-down with memoisation.
  const states = new Map();
  const ROOT_STATE = {
    noneRoot: null, visRoot: null, opacity: 1, opacityRoot: null, detailsRoot: null, collapsedRoot: null,
    clipRoot: null, clip: null, absClip: null, fixed: false, ariaDisabled: false, lang: null, bg: null,
  };
  function stateOf(el) {
    const hit = states.get(el);
    if (hit) return hit;
    const chain = [];
    let n = el;
    while (n && !states.has(n)) {
      chain.push(n);
      n = flatParent(n);
    }
    let parentState = n ? states.get(n) : ROOT_STATE;
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i];
      const s = computeState(e, parentState, i + 1 < chain.length ? chain[i + 1] : n);
      states.set(e, s);
      parentState = s;
    }
    return parentState;
  }
  function computeState(el, ps, parent) {
    const cs = style(el);
    const s = { el, cs, starts: false };
    s.noneRoot = ps.noneRoot || (cs.display === "none" ? el : null);
    const hiddenVis = cs.visibility === "hidden" || cs.visibility === "collapse";
    s.visRoot = hiddenVis ? ps.visRoot || el : null;
    const own = parseFloat(cs.opacity);
    s.opacity = ps.opacity * (isNaN(own) ? 1 : own);
    s.opacityRoot = s.opacity < opts.opacityThreshold ? ps.opacityRoot || el : null;
    s.detailsRoot = ps.detailsRoot;
    if (!s.detailsRoot && parent && parent.tagName === "DETAILS" && !parent.open) {
      const firstSummary = Array.prototype.find.call(parent.children, (c) => c.tagName === "SUMMARY");
      if (el !== firstSummary) s.detailsRoot = parent;
    }
    s.fixed = cs.position === "fixed" || ps.fixed;
    s.lang = el.getAttribute("lang") || ps.lang;
    s.ariaDisabled = ps.ariaDisabled || el.getAttribute("aria-disabled") === "true";
    s.clipRoot = ps.clipRoot || (cs.display !== "none" && ownClipArea(el, cs) ? el : null);
    // Overflow clipping: which clip rectangle applies to this element (depends on position),
    // and which it passes on to in-flow and to absolutely positioned descendants.
    let inherited;
    if (cs.position === "fixed") inherited = null;
    else if (cs.position === "absolute") inherited = ps.absClip;
    else inherited = ps.clip;
    s.inheritedClip = inherited;
    s.collapsedRoot = ps.collapsedRoot;
    let mine = inherited;
    const isRootish = el === rootEl || el === doc.body;
    if (!isRootish && cs.display !== "none" && cs.display !== "contents" &&
        (CLIPPING_OVERFLOW.has(cs.overflowX) || CLIPPING_OVERFLOW.has(cs.overflowY))) {
      const r = rectOf(el);
      const bl = parseFloat(cs.borderLeftWidth) || 0, bt = parseFloat(cs.borderTopWidth) || 0;
      let box = { l: r.left + bl, t: r.top + bt, r: r.left + bl + el.clientWidth, b: r.top + bt + el.clientHeight, owner: el };
      if (!CLIPPING_OVERFLOW.has(cs.overflowX)) { box.l = -Infinity; box.r = Infinity; }
      if (!CLIPPING_OVERFLOW.has(cs.overflowY)) { box.t = -Infinity; box.b = Infinity; }
      if (mine) box = { l: Math.max(box.l, mine.l), t: Math.max(box.t, mine.t), r: Math.min(box.r, mine.r), b: Math.min(box.b, mine.b), owner: el };
      mine = box;
      if (!s.collapsedRoot && CLIPPING_OVERFLOW.has(cs.overflowY) && r.height < 1 && r.width > 0) s.collapsedRoot = el;
    }
    // content-visibility:hidden (and hidden="until-found") skips rendering the contents: a
    // collapsed panel whose text find-in-page can reach but a reader cannot see.
    if (!s.collapsedRoot && ps.cs && ps.cs.contentVisibility === "hidden") s.collapsedRoot = ps.el;
    s.clip = mine;
    const positioned = cs.position !== "static" || cs.transform !== "none";
    s.absClip = positioned ? mine : ps.absClip;
    // An element starts its own text block when hiding starts or stops at it.
    s.starts = (s.visRoot === el) || (!!ps.visRoot && !hiddenVis) || own < 1 || s.clipRoot === el;
    return s;
  }

  // ---------------------------------------------------------------- effective background
  const bgs = new Map();
  function ownBackground(el) {
    const cs = style(el);
    const color = parseColor(cs.backgroundColor);
    const img = cs.backgroundImage;
    let uncertain = null;
    if (img && img !== "none") uncertain = img.includes("gradient(") ? "gradient" : "image";
    else if (MEDIA[el.tagName]) uncertain = MEDIA[el.tagName];
    return { color, uncertain };
  }
  function backgroundOf(el) {
    // Composite through ancestors until opaque; memoised per element (iterative: no deep recursion).
    if (!el) return { color: CANVAS_WHITE, uncertain: null };
    const hit = bgs.get(el);
    if (hit) return hit;
    const chain = [];
    let n = el;
    while (n && !bgs.has(n)) {
      chain.push(n);
      n = flatParent(n);
    }
    let below = n ? bgs.get(n) : { color: CANVAS_WHITE, uncertain: null };
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i];
      const own = ownBackground(e);
      let res;
      if (own.color[3] >= 1 && !own.uncertain) res = { color: own.color, uncertain: null };
      else if (own.uncertain) res = { color: over(own.color, below.color), uncertain: own.uncertain };
      else if (own.color[3] <= 0) res = below;
      else res = { color: over(own.color, below.color), uncertain: below.uncertain };
      bgs.set(e, res);
      below = res;
    }
    return below;
  }

  // ---------------------------------------------------------------- selectors
  const idCounts = new Map(); // root -> Map(id -> count)
  const localPaths = new Map();
  const childIndex = new Map(); // parent -> Map(child -> [nth, sameTagCount])
  function segment(el) {
    const parent = el.parentElement || el.parentNode;
    const tag = el.localName;
    const safeTag = /^[a-z][a-z0-9-]*$/.test(tag) ? tag : CSS.escape(tag);
    if (!parent || !parent.children) return safeTag;
    let idx = childIndex.get(parent);
    if (!idx) {
      idx = new Map();
      const counts = new Map();
      for (const c of parent.children) {
        const k = (counts.get(c.localName) || 0) + 1;
        counts.set(c.localName, k);
        idx.set(c, k);
      }
      for (const c of parent.children) idx.set(c, [idx.get(c), counts.get(c.localName)]);
      childIndex.set(parent, idx);
    }
    const [nth, total] = idx.get(el);
    return total > 1 ? `${safeTag}:nth-of-type(${nth})` : safeTag;
  }
  function localPath(el) {
    let p = localPaths.get(el);
    if (p) return p;
    const root = el.getRootNode();
    const id = el.id;
    const counts = idCounts.get(root);
    if (id && counts && counts.get(id) === 1) p = "#" + CSS.escape(id);
    else if (el === rootEl) p = "html";
    else if (el === doc.body) p = "body";
    else if (!el.parentElement) p = segment(el);
    else p = localPath(el.parentElement) + " > " + segment(el);
    localPaths.set(el, p);
    return p;
  }
  function selectorOf(el) {
    const root = el.getRootNode();
    const local = localPath(el);
    return root && root.host ? selectorOf(root.host) + " >> " + local : local;
  }

  // ---------------------------------------------------------------- walk: elements and text
  const allTextNodes = []; // [textNode, parentElement]
  const controlEls = [];
  const actionEls = [];
  const formEls = [];
  const labelEls = [];
  const shadowRoots = [];
  let elementsWalked = 0;
  let truncated = false;
  {
    const stack = [rootEl];
    const countId = (el) => {
      if (!el.id) return;
      const root = el.getRootNode();
      let m = idCounts.get(root);
      if (!m) idCounts.set(root, (m = new Map()));
      m.set(el.id, (m.get(el.id) || 0) + 1);
    };
    while (stack.length) {
      const node = stack.pop();
      if (node.nodeType === 3) {
        const p = node.parentElement || (node.parentNode && node.parentNode.host) || null;
        if (p && !SKIP_TEXT.has(p.tagName) && node.data) allTextNodes.push([node, p]);
        continue;
      }
      if (node.nodeType !== 1 && node.nodeType !== 11) continue;
      if (node.nodeType === 1) {
        if (++elementsWalked > opts.maxElements) { truncated = true; elementsWalked--; break; }
        if (SKIP_SUBTREE.has(node.tagName)) { countId(node); continue; }
        if (node.namespaceURI === SVG_NS) continue;
        countId(node);
        if (node.matches(CONTROL_SEL)) {
          if (node.tagName === "INPUT" || node.hasAttribute("aria-checked") || node.getAttribute("role") === "radio" || node.getAttribute("role") === "checkbox" || node.getAttribute("role") === "switch") controlEls.push(node);
        }
        if (node.matches(ACTION_SEL)) actionEls.push(node);
        if (node.tagName === "FORM") formEls.push(node);
        else if (node.tagName === "LABEL") labelEls.push(node);
      }
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
      if (node.nodeType === 1 && node.shadowRoot) {
        shadowRoots.push(node.shadowRoot);
        stack.push(node.shadowRoot);
      }
    }
  }
  // label -> control, resolved once per label: `element.labels` rescans the whole tree scope on
  // every call, which made label lookup O(n) per control.
  const labelsOf = new Map();
  for (const l of labelEls) {
    const target = l.control;
    if (!target) continue;
    let list = labelsOf.get(target);
    if (!list) labelsOf.set(target, (list = []));
    list.push(l);
  }
  stage("walk");
  // Controls acting as actions (role=switch buttons) stay controls only.
  const controlSet = new Set(controlEls);
  const actionList = actionEls.filter((a) => !controlSet.has(a));

  // ---------------------------------------------------------------- uids
  let nextUid = 0;
  const uids = new Map();
  const uidOf = (el) => {
    let u = uids.get(el);
    if (!u) {
      u = "e" + nextUid++;
      uids.set(el, u);
    }
    return u;
  };
  // Text blocks get their own namespace: a button is both an action ("e3") and a text block
  // ("t3"), and every uid in a snapshot names exactly one record.
  let nextTextUid = 0;
  const textUids = new Map();
  const textUidOf = (el) => {
    let u = textUids.get(el);
    if (!u) {
      u = "t" + nextTextUid++;
      textUids.set(el, u);
    }
    return u;
  };
  function formUid(el) {
    const f = el.form || (el.closest && el.closest("form"));
    return f ? uidOf(f) : null;
  }

  // ---------------------------------------------------------------- geometry + visibility
  function rectBox(r) {
    return { x: r.left + offset.x, y: r.top + offset.y, width: r.width, height: r.height };
  }
  function inViewport(r) {
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < vh && r.left < vw;
  }
  function offScreen(r, fixed) {
    if (fixed) return r.right <= 0 || r.bottom <= 0 || r.left >= vw || r.top >= vh;
    const l = r.left + scrollX, t = r.top + scrollY;
    return l + r.width <= 0 || t + r.height <= 0 || l >= docW || t >= docH;
  }
  // Where off-screen positioning starts: the outermost ancestor that is off-screen too
  // (a wrapper at left:-9999px hides everything in it).
  function offScreenRoot(el) {
    let root = el;
    for (let n = flatParent(el); n && n !== doc.body && n !== rootEl; n = flatParent(n)) {
      const r = rectOf(n);
      if (!(r.width || r.height || r.left || r.top) || !offScreen(r, stateOf(n).fixed)) break;
      root = n;
    }
    return root;
  }
  function clippedBy(r, clip) {
    if (!clip) return null;
    const w = Math.min(r.right, clip.r) - Math.max(r.left, clip.l);
    const h = Math.min(r.bottom, clip.b) - Math.max(r.top, clip.t);
    return w < opts.minSize || h < opts.minSize ? clip.owner : null;
  }
  const rootActions = new Map();
  function actionsUnder(root) {
    let list = rootActions.get(root);
    if (!list) {
      list = [];
      for (const a of actionList) if (contains(root, a) && !a.hidden && style(a).display !== "none") list.push(a);
      for (const c of controlEls) if (contains(root, c) && c.tagName !== "INPUT") list.push(c);
      rootActions.set(root, list);
    }
    return list;
  }
  // related(el, hit) for occlusion: the element itself, its descendants/ancestors, its proxies.
  function isRelated(hit, el, proxies) {
    if (contains(el, hit) || contains(hit, el)) return true;
    for (const p of proxies) if (p && (contains(p, hit) || contains(hit, p))) return true;
    return false;
  }
  function paintsOpaquely(e) {
    if (stateOf(e).opacity < opts.occluderMinAlpha) return false;
    if (MEDIA[e.tagName]) return true;
    const cs = style(e);
    if (cs.backgroundImage && cs.backgroundImage !== "none") return true;
    return parseColor(cs.backgroundColor)[3] >= opts.occluderMinAlpha;
  }
  function hitStack(x, y, el) {
    const root = el.getRootNode();
    const fromRoot = root && root.elementsFromPoint ? root : doc;
    return fromRoot.elementsFromPoint(x, y);
  }
  // Returns [occluder | null, stack at centre] for an element's rect inside the viewport.
  function occlusion(el, r, proxies) {
    const pts = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + r.width * 0.25, r.top + r.height * 0.3],
    ];
    let occluder = null;
    let centreStack = null;
    let covered = 0;
    for (const [x0, y0] of pts) {
      const x = Math.min(Math.max(x0, 0), vw - 1);
      const y = Math.min(Math.max(y0, 0), vh - 1);
      const stack = hitStack(x, y, el);
      if (!centreStack) centreStack = stack;
      let found = null;
      let selfSeen = false;
      for (const h of stack) {
        if (isRelated(h, el, proxies)) { selfSeen = true; break; }
        if (!found && paintsOpaquely(h)) found = h;
      }
      if (found && (selfSeen || style(el).pointerEvents !== "none")) {
        covered++;
        occluder = occluder || found;
      }
    }
    return [covered === pts.length ? occluder : null, centreStack];
  }
  // Whatever lies behind the element at its centre, if it is not an ancestor (a positioned
  // banner over a hero image): media/gradients make the background uncertain.
  function backgroundBehind(el, stack, fallback) {
    if (!stack) return fallback;
    let seen = false;
    for (const h of stack) {
      if (!seen) { if (contains(el, h) || h === el) seen = true; continue; }
      if (contains(h, el)) return fallback; // the DOM ancestry already accounts for it
      const own = ownBackground(h);
      if (own.uncertain) return { color: backgroundOf(h).color, uncertain: own.uncertain };
      if (own.color[3] >= 1) return backgroundOf(h);
    }
    return fallback;
  }

  function visibility(el, st, r, { proxies = [], clip = st.inheritedClip, text = null } = {}) {
    const reasons = [];
    let hiddenBy = null;
    const add = (reason, root) => {
      reasons.push(reason);
      if (!hiddenBy) hiddenBy = root;
    };
    const rendered = !st.noneRoot;
    if (st.noneRoot) add("display-none", st.noneRoot);
    if (st.visRoot) add("visibility-hidden", st.visRoot);
    if (st.opacityRoot) add("opacity", st.opacityRoot);
    if (st.detailsRoot && !st.noneRoot) add("closed-details", st.detailsRoot);
    if (st.collapsedRoot && rendered) add("collapsed", st.collapsedRoot);
    let inView = false;
    let stack = null;
    if (rendered && !st.detailsRoot) {
      if (st.clipRoot) add("clipped", st.clipRoot);
      else if (!st.collapsedRoot) {
        const owner = clippedBy(r, clip);
        if (owner && r.width >= opts.minSize && r.height >= opts.minSize) add("clipped", owner);
      }
      if (r.width > 0 || r.height > 0 || r.left !== 0 || r.top !== 0) {
        if (offScreen(r, st.fixed)) add("off-screen", offScreenRoot(el));
      }
      if (r.width < opts.minSize || r.height < opts.minSize) add("zero-size", el);
      inView = inViewport(r) && !reasons.includes("off-screen");
      if (inView && !reasons.length && opts.occlusion) {
        const [occ, st0] = occlusion(el, r, proxies);
        stack = st0;
        if (occ) add("occluded", occ);
      }
    }
    if (text && rendered) {
      const c = text.color;
      const bg = text.background;
      if (c[3] <= 0) add("transparent-text", el);
      else if (!text.uncertain && c[3] >= 1 && bg[3] >= 1 &&
               Math.abs(c[0] - bg[0]) <= opts.sameColorTolerance && Math.abs(c[1] - bg[1]) <= opts.sameColorTolerance &&
               Math.abs(c[2] - bg[2]) <= opts.sameColorTolerance) add("transparent-text", el);
    }
    return {
      vis: {
        visible: reasons.length === 0,
        reasons,
        hidden_by: hiddenBy ? selectorOf(hiddenBy) : null,
        hiding_root_has_actions: false,
        in_viewport: inView,
      },
      root: hiddenBy,
      stack,
    };
  }
  // Whether the same hiding hides action `a` too (a closed details' summary stays visible).
  function hiddenByRoot(a, root) {
    const st = stateOf(a);
    if (st.noneRoot === root || st.visRoot === root || st.opacityRoot === root || st.detailsRoot === root ||
        st.collapsedRoot === root || st.clipRoot === root) return true;
    if (st.inheritedClip && st.inheritedClip.owner === root) return true;
    return !st.noneRoot && offScreen(rectOf(a), st.fixed);
  }
  // hiding_root_has_actions: does the root that hides this element also hide buttons/links of
  // its own (a closed settings layer), beyond the element, its label, and links inline in its
  // own lines ("I agree to the <a>agreement</a>" hidden as one line has no actions of its own)?
  function markRootActions(v, root, exclude, el, ownBlocks) {
    if (!root || v.vis.visible || !contains(root, el)) return;
    v.vis.hiding_root_has_actions = actionsUnder(root).some(
      (a) => !exclude.some((x) => x && contains(x, a)) && !ownBlocks.has(blockOf(a)) && hiddenByRoot(a, root),
    );
  }

  function startTag(el) {
    let s = "<" + el.localName;
    for (const a of el.attributes) {
      s += " " + a.name + '="' + cut(a.value, 120).replace(/"/g, "&quot;") + '"';
      if (s.length > 400) break;
    }
    return s + ">";
  }
  function htmlOf(el, tail) {
    const inner = tail === undefined ? el.innerHTML : tail;
    return startTag(el) + cut(inner, opts.htmlLimit);
  }
  function textOfEl(el) {
    return collapse(el.textContent);
  }
  function styleFacts(el) {
    const cs = style(el);
    return {
      font_size: parseFloat(cs.fontSize) || 0,
      font_weight: parseInt(cs.fontWeight, 10) || 400,
      color: parseColor(cs.color),
    };
  }

  // ---------------------------------------------------------------- text blocks
  const blockOfEl = new Map();
  function inlineForReading(n) {
    const display = stateOf(n).cs.display;
    if (INLINE_DISPLAYS.has(display)) return true;
    if (display !== "block" || !PHRASING_TAGS.has(n.tagName)) return false;
    const parent = flatParent(n);
    const parentDisplay = parent ? stateOf(parent).cs.display : "";
    return parentDisplay.includes("flex") || parentDisplay.includes("grid");
  }
  function blockOf(el) {
    let n = el;
    const path = [];
    let found = null;
    while (n) {
      const hit = blockOfEl.get(n);
      if (hit) { found = hit; break; }
      path.push(n);
      const st = stateOf(n);
      if (!inlineForReading(n) || st.starts || n === rootEl || !flatParent(n)) { found = n; break; }
      n = flatParent(n);
    }
    for (const p of path) blockOfEl.set(p, found);
    return found;
  }
  const blocks = new Map(); // block element -> {nodes: [[text, parent]], chars: Map(parent -> n)}
  for (const [node, parent] of allTextNodes) {
    // Whitespace-only nodes only separate words inside a block; they never start one.
    const blank = !node.data.trim();
    if (blank && !blocks.has(blockOfEl.get(parent))) continue;
    const b = blockOf(parent);
    let rec = blocks.get(b);
    if (!rec) {
      if (blank) continue;
      blocks.set(b, (rec = { nodes: [], chars: new Map() }));
    }
    rec.nodes.push(node);
    if (!blank) rec.chars.set(parent, (rec.chars.get(parent) || 0) + node.data.length);
  }
  const range = doc.createRange();
  const texts = [];
  const textRecByBlock = new Map();
  const blockQueue = [];
  for (const [blockEl, rec] of blocks) {
    const text = cut(collapse(rec.nodes.map((n) => n.data).join("")), opts.textLimit);
    if (!text) continue;
    let major = blockEl;
    let most = -1;
    for (const [p, n] of rec.chars) if (n > most) { most = n; major = p; }
    // The text's own box: union of its text nodes' rects (a wide div with a short line has a
    // small text box; font-size:0 text has none).
    let l = Infinity, t = Infinity, rr = -Infinity, bb = -Infinity;
    for (const n of rec.nodes) {
      if (!n.data.trim()) continue;
      range.selectNodeContents(n);
      const q = range.getBoundingClientRect();
      if (q.width === 0 && q.height === 0) continue;
      l = Math.min(l, q.left); t = Math.min(t, q.top); rr = Math.max(rr, q.right); bb = Math.max(bb, q.bottom);
    }
    const r = l === Infinity ? rectOf(blockEl) : { left: l, top: t, right: rr, bottom: bb, width: rr - l, height: bb - t };
    blockQueue.push({ blockEl, text, major, r });
  }
  stage("text_blocks");
  // Controls are discovered before texts are finalised so labels can point at their block.
  const labelBlockFor = new Map(); // block element -> control element

  // ---------------------------------------------------------------- controls
  function labelElements(el) {
    const out = [];
    const root = el.getRootNode();
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    for (const id of ids) {
      const ref = root.getElementById ? root.getElementById(id) : doc.getElementById(id);
      if (ref) out.push(ref);
    }
    const labels = labelsOf.get(el);
    if (labels) for (const l of labels) if (!out.includes(l)) out.push(l);
    return out;
  }
  function accessibleName(el, labels) {
    const ids = (el.getAttribute("aria-labelledby") || "").trim();
    if (ids && labels.length) {
      const named = collapse(labels.filter((l) => l.tagName !== "LABEL" || ids.includes(l.id)).map(textOfEl).join(" "));
      if (named) return named;
    }
    const aria = collapse(el.getAttribute("aria-label"));
    if (aria) return aria;
    const fromLabels = collapse(labels.map(textOfEl).join(" "));
    if (fromLabels) return fromLabels;
    const title = collapse(el.getAttribute("title"));
    if (title) return title;
    if (el.tagName === "INPUT") {
      if (el.type === "submit" || el.type === "button" || el.type === "reset") return collapse(el.value);
      if (el.type === "image") return collapse(el.alt);
      return "";
    }
    let txt = textOfEl(el);
    if (!txt) {
      const img = el.querySelector && el.querySelector("img[alt]");
      if (img) txt = collapse(img.alt);
    }
    return txt;
  }
  function isBlockish(el) {
    return !INLINE_DISPLAYS.has(style(el).display);
  }
  function contextText(el) {
    let n = flatParent(el);
    for (let i = 0; n && i < opts.maxAncestorLevels && n !== doc.body && n !== rootEl; i++, n = flatParent(n)) {
      if (!isBlockish(n)) continue;
      const t = textOfEl(n);
      if (t) return cut(t, opts.contextLimit);
    }
    return "";
  }
  function groupLabel(el) {
    const fs = el.closest && el.closest("fieldset");
    if (fs) {
      const lg = Array.prototype.find.call(fs.children, (c) => c.tagName === "LEGEND");
      if (lg && textOfEl(lg)) return cut(textOfEl(lg), opts.groupLabelLimit);
    }
    const grp = el.closest && el.closest("[role=group],[role=radiogroup]");
    if (grp) {
      const lab = labelElements(grp);
      const t = collapse(lab.map(textOfEl).join(" ")) || collapse(grp.getAttribute("aria-label"));
      if (t) return cut(t, opts.groupLabelLimit);
    }
    // Nearest heading-like element around the control: climb ancestors; in a container that
    // holds only this control any heading counts (titles often follow the toggle); in a
    // container shared with other controls only a preceding heading outside their branches.
    let n = flatParent(el);
    for (let i = 0; n && i < opts.maxAncestorLevels && n !== rootEl; i++, n = flatParent(n)) {
      if (!n.querySelectorAll) continue;
      const cands = Array.from(n.querySelectorAll(HEADING_SEL)).filter((h) => !contains(h, el) && textOfEl(h));
      if (cands.length) {
        const others = controlEls.filter((c) => c !== el && contains(n, c));
        if (!others.length) return cut(textOfEl(cands[0]), opts.groupLabelLimit);
        let best = null;
        for (const h of cands) {
          if (!(h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
          let branch = h;
          while (branch && flatParent(branch) !== n) branch = flatParent(branch);
          if (branch && others.some((c) => contains(branch, c))) continue;
          best = h;
        }
        if (best) return cut(textOfEl(best), opts.groupLabelLimit);
      }
      if (n.matches && n.matches("dialog,[role=dialog],[role=alertdialog]")) break;
    }
    return "";
  }
  // A visually hidden input may be perceivable through its label or an adjacent styled sibling.
  function proxiesOf(el, labels) {
    const out = [...labels];
    if (el.previousElementSibling) out.push(el.previousElementSibling);
    if (el.nextElementSibling) out.push(el.nextElementSibling);
    return out.filter((p) => p && !controlSet.has(p));
  }
  // A stand-in must look like a control: a filled/bordered box (a slider, a drawn square), a
  // styled ::before/::after, or an icon. Plain text beside a hidden box does not show its state.
  function paintsBox(cs) {
    if (parseColor(cs.backgroundColor)[3] > 0 || (cs.backgroundImage && cs.backgroundImage !== "none")) return true;
    if (cs.boxShadow && cs.boxShadow !== "none") return true;
    for (const side of ["Top", "Right", "Bottom", "Left"]) {
      if ((parseFloat(cs["border" + side + "Width"]) || 0) > 0 && cs["border" + side + "Style"] !== "none" &&
          parseColor(cs["border" + side + "Color"])[3] > 0) return true;
    }
    return false;
  }
  function looksLikeControl(p, depth = 0) {
    if (p.namespaceURI === SVG_NS || p.tagName === "IMG") return true;
    if (paintsBox(style(p))) return true;
    for (const pseudo of ["::before", "::after"]) {
      const ps = getComputedStyle(p, pseudo);
      if (ps.content && ps.content !== "none" && ps.content !== "normal" && (paintsBox(ps) || /[✓✔☑☐■□]/.test(ps.content))) return true;
    }
    if (depth < 2) for (const c of p.children) if (!controlSet.has(c) && looksLikeControl(c, depth + 1)) return true;
    return false;
  }
  // The box a person sees for the control: the styled element itself, or the drawn part of a label.
  function proxyBoxOf(p) {
    if (paintsBox(style(p)) || p.tagName !== "LABEL") return rectOf(p);
    for (const c of p.children) if (!controlSet.has(c) && looksLikeControl(c, 1)) return rectOf(c);
    return rectOf(p);
  }
  function proxyPerceivable(p) {
    if (!looksLikeControl(p)) return false;
    const st = stateOf(p);
    if (st.noneRoot || st.visRoot || st.opacityRoot || st.detailsRoot || st.clipRoot || st.collapsedRoot) return false;
    const r = rectOf(p);
    if (r.width < opts.minSize || r.height < opts.minSize) return false;
    if (offScreen(r, st.fixed) || clippedBy(r, st.inheritedClip)) return false;
    return true;
  }

  const controls = [];
  for (const el of controlEls) {
    const st = stateOf(el);
    const r = rectOf(el);
    const labels = labelElements(el);
    const proxies = proxiesOf(el, labels);
    const v = visibility(el, st, r, { proxies });
    let proxyVisible = false;
    let proxyRect = null;
    const native = el.tagName === "INPUT";
    let kind;
    const role = el.getAttribute("role");
    if (native) kind = role === "switch" ? "switch" : el.type === "radio" ? "radio" : "checkbox";
    else kind = role === "switch" ? "switch" : role === "radio" ? "radio" : "checkbox";
    if (!v.vis.visible && !st.noneRoot && !st.visRoot && !st.detailsRoot && !st.collapsedRoot) {
      const onlyGeometric = v.vis.reasons.every((x) => x === "opacity" || x === "clipped" || x === "zero-size" || x === "off-screen" || x === "occluded");
      const proxy = onlyGeometric ? proxies.find(proxyPerceivable) : null;
      if (proxy) {
        proxyVisible = true;
        proxyRect = proxyBoxOf(proxy);
        v.vis.in_viewport = inViewport(proxyRect);
        if (native) kind = "custom";
        v.vis.visible = true;
        v.vis.reasons = [];
        v.vis.hidden_by = null;
        v.root = null;
      }
    } else if (v.vis.visible && native) {
      proxyVisible = false;
    }
    const name = accessibleName(el, labels);
    const ownBlocks = new Set([blockOf(el)]);
    for (const l of labels) ownBlocks.add(blockOf(l));
    markRootActions(v, v.root, [el, ...labels], el, ownBlocks);
    let checked;
    if (native) checked = el.indeterminate ? null : !!el.checked;
    else {
      const ac = el.getAttribute("aria-checked");
      checked = ac === "true" ? true : ac === "false" ? false : null;
    }
    const rec = {
      uid: uidOf(el),
      selector: selectorOf(el),
      frame: 0,
      tag: el.localName,
      box: rectBox(proxyRect || r),
      visibility: v.vis,
      form: formUid(el),
      html: htmlOf(el),
      kind,
      role: role || null,
      input_type: native ? el.type : null,
      checked,
      disabled: (native && el.matches(":disabled")) || st.ariaDisabled,
      readonly: el.getAttribute("aria-readonly") === "true" || el.hasAttribute("readonly"),
      label: cut(name, opts.contextLimit),
      context_text: contextText(el),
      group_label: groupLabel(el),
      name: native ? el.name || null : el.getAttribute("name"),
      value: native ? el.value : el.getAttribute("value"),
      proxy_visible: proxyVisible,
      label_uid: null,
    };
    controls.push(rec);
    for (const l of labels) {
      // The text block that holds this label's text (first non-empty text node inside it).
      const tw = doc.createTreeWalker(l, NodeFilter.SHOW_TEXT);
      for (let t = tw.nextNode(); t; t = tw.nextNode()) {
        if (t.data.trim() && t.parentElement) {
          const b = blockOf(t.parentElement);
          if (!labelBlockFor.has(b)) labelBlockFor.set(b, rec);
          break;
        }
      }
    }
    // Role=switch elements carry their own text; wrapping custom widgets too.
    if (!native && !labels.length) {
      const tw = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let t = tw.nextNode(); t; t = tw.nextNode()) {
        if (t.data.trim() && t.parentElement) {
          const b = blockOf(t.parentElement);
          if (!labelBlockFor.has(b)) labelBlockFor.set(b, rec);
          break;
        }
      }
    }
  }

  stage("controls");
  // ---------------------------------------------------------------- texts, finalised
  for (const { blockEl, text, major, r } of blockQueue) {
    const st = stateOf(blockEl);
    const majorState = stateOf(major);
    const facts = styleFacts(major);
    const fill = style(major).webkitTextFillColor;
    let uncertainText = null;
    if (fill) {
      const fc = parseColor(fill);
      if (fc[3] <= 0 && (style(major).backgroundClip === "text" || style(blockEl).backgroundClip === "text")) uncertainText = "text-clip";
      else if (fill !== style(major).color) facts.color = fc;
    }
    let bg = backgroundOf(major);
    const v = visibility(blockEl, st, r, {
      clip: st.clip,
      text: { color: uncertainText ? [0, 0, 0, 1] : facts.color, background: bg.color, uncertain: uncertainText || bg.uncertain },
    });
    if (v.stack) bg = backgroundBehind(major, v.stack, bg);
    const ctl = labelBlockFor.get(blockEl);
    const exclude = [];
    if (ctl) exclude.push(controlEls.find((c) => uidOf(c) === ctl.uid));
    markRootActions(v, v.root, exclude, blockEl, new Set([blockEl]));
    const uid = textUidOf(blockEl);
    if (ctl && !ctl.label_uid) ctl.label_uid = uid;
    texts.push({
      uid,
      selector: selectorOf(blockEl),
      frame: 0,
      tag: blockEl.localName,
      box: rectBox(r),
      visibility: v.vis,
      form: formUid(blockEl),
      html: htmlOf(blockEl, text),
      text,
      font_size: facts.font_size,
      font_weight: facts.font_weight,
      color: round(facts.color),
      background: round(bg.color),
      background_uncertain: uncertainText || bg.uncertain,
      opacity: Math.round(majorState.opacity * 1000) / 1000,
      lang: majorState.lang || null,
      control: ctl ? ctl.uid : null,
    });
  }

  stage("texts");
  // ---------------------------------------------------------------- actions
  const actions = [];
  for (const el of actionList) {
    const st = stateOf(el);
    const r = rectOf(el);
    const v = visibility(el, st, r);
    markRootActions(v, v.root, [el], el, new Set());
    const cs = style(el);
    const tag = el.tagName;
    const role = el.getAttribute("role");
    let kind = "button";
    if (tag === "A" || role === "link") kind = "link";
    else if (tag === "SUMMARY") kind = "other";
    else if ((tag === "INPUT" && (el.type === "submit" || el.type === "image")) || (tag === "BUTTON" && el.type === "submit" && el.form)) kind = "submit";
    const facts = styleFacts(el);
    const parent = flatParent(el);
    let bg = backgroundOf(parent);
    if (v.stack) bg = backgroundBehind(el, v.stack, bg);
    actions.push({
      uid: uidOf(el),
      selector: selectorOf(el),
      frame: 0,
      tag: el.localName,
      box: rectBox(r),
      visibility: v.vis,
      form: formUid(el),
      html: htmlOf(el),
      text: cut(accessibleName(el, labelElements(el)), opts.contextLimit),
      kind,
      role: role || null,
      href: tag === "A" ? el.href || null : null,
      font_size: facts.font_size,
      font_weight: facts.font_weight,
      color: round(facts.color),
      background: round(bg.color),
      own_background: round(parseColor(cs.backgroundColor)),
      border_width: Math.max(parseFloat(cs.borderTopWidth) || 0, parseFloat(cs.borderBottomWidth) || 0, parseFloat(cs.borderLeftWidth) || 0, parseFloat(cs.borderRightWidth) || 0),
      disabled: (el.matches(":disabled")) || st.ariaDisabled,
    });
  }
  for (const f of formEls) uidOf(f);
  stage("actions");

  return JSON.stringify({
    url: location.href,
    title: doc.title,
    lang: rootEl.getAttribute("lang") || null,
    viewport: { x: scrollX, y: scrollY, width: vw, height: vh },
    document: { x: 0, y: 0, width: docW, height: docH },
    controls,
    texts,
    actions,
    shadow_roots: shadowRoots.length,
    elements_walked: elementsWalked,
    truncated,
    collect_ms: Math.round((performance.now() - started) * 100) / 100,
    profile: opts.profile ? profile : undefined,
  });
}
