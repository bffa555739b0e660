// Loaded before the loader (classic script) on test pages that measure the library from inside:
// console messages, event listeners on long-lived targets, animation frames, intervals, observers
// and WebGL contexts. It only counts; it never changes what the page does.
/* global EventTarget, MediaQueryList, Node, console, document, window */
(() => {
  const t = (window.__pt = {
    warns: [],
    errors: [],
    listeners: 0,
    listenerTargets: new Map(),
    raf: new Set(),
    intervals: new Set(),
    observed: 0,
    gl: [],
    glCalls: 0,
    maxLive: 0,
  });

  for (const level of ['warn', 'error']) {
    const orig = console[level].bind(console);
    console[level] = (...args) => {
      t[level === 'warn' ? 'warns' : 'errors'].push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
      orig(...args);
    };
  }

  // Listeners: only on targets that outlive a widget (window, document, <html>, <body>, media queries,
  // visualViewport...). Listeners on a widget's own nodes die with it and are not a leak.
  const longLived = (target) => !(target instanceof Node) || target === document || target === document.documentElement || target === document.body;
  const key = (type, fn, opts) => `${type}|${typeof opts === 'boolean' ? opts : !!opts?.capture}`;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    if (fn && longLived(this)) {
      let m = t.listenerTargets.get(this);
      if (!m) t.listenerTargets.set(this, (m = new Map()));
      const k = key(type, fn, opts);
      let fns = m.get(k);
      if (!fns) m.set(k, (fns = new Set()));
      if (!fns.has(fn)) {
        fns.add(fn);
        t.listeners++;
        if (opts && typeof opts === 'object' && opts.signal) {
          opts.signal.addEventListener('abort', () => this.removeEventListener(type, fn, opts), { once: true });
        }
      }
    }
    return add.call(this, type, fn, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, opts) {
    const m = t.listenerTargets.get(this);
    const fns = m?.get(key(type, fn, opts));
    if (fns?.delete(fn)) {
      t.listeners--;
      if (!fns.size) m.delete(key(type, fn, opts));
      if (!m.size) t.listenerTargets.delete(this);
    }
    return remove.call(this, type, fn, opts);
  };
  // MediaQueryList.addListener/removeListener are the old spellings of the same thing.
  if (window.MediaQueryList) {
    MediaQueryList.prototype.addListener = function (fn) { this.addEventListener('change', fn); };
    MediaQueryList.prototype.removeListener = function (fn) { this.removeEventListener('change', fn); };
  }

  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => {
    const id = raf((ts) => {
      t.raf.delete(id);
      cb(ts);
    });
    t.raf.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    t.raf.delete(id);
    caf(id);
  };
  const si = window.setInterval.bind(window);
  const ci = window.clearInterval.bind(window);
  window.setInterval = (...a) => {
    const id = si(...a);
    t.intervals.add(id);
    return id;
  };
  window.clearInterval = (id) => {
    t.intervals.delete(id);
    ci(id);
  };

  // Observers: count live observations (observe − unobserve − disconnect).
  for (const name of ['IntersectionObserver', 'ResizeObserver']) {
    const C = window[name];
    if (!C) continue;
    const targets = new WeakMap();
    const obs = C.prototype.observe;
    const unobs = C.prototype.unobserve;
    const disc = C.prototype.disconnect;
    C.prototype.observe = function (el, o) {
      let s = targets.get(this);
      if (!s) targets.set(this, (s = new Set()));
      if (!s.has(el)) {
        s.add(el);
        t.observed++;
      }
      return obs.call(this, el, o);
    };
    C.prototype.unobserve = function (el) {
      if (targets.get(this)?.delete(el)) t.observed--;
      return unobs.call(this, el);
    };
    C.prototype.disconnect = function () {
      const s = targets.get(this);
      if (s) {
        t.observed -= s.size;
        s.clear();
      }
      return disc.call(this);
    };
  }

  // WebGL contexts: every distinct context any canvas (DOM or offscreen) hands out.
  const wrapGetContext = (proto) => {
    if (!proto) return;
    const get = proto.getContext;
    proto.getContext = function (type, ...rest) {
      const ctx = get.call(this, type, ...rest);
      if (/webgl/i.test(String(type))) {
        t.glCalls++;
        if (ctx && !t.gl.some((g) => g.ctx === ctx)) {
          t.gl.push({ ctx, type: String(type), canvas: this });
          // A capability probe released at once with WEBGL_lose_context is fine; two live contexts are not.
          t.maxLive = Math.max(t.maxLive, t.gl.filter((g) => !g.ctx.isContextLost()).length);
        }
      }
      return ctx;
    };
  };
  wrapGetContext(window.HTMLCanvasElement?.prototype);
  wrapGetContext(window.OffscreenCanvas?.prototype);

  // GPU objects: live buffers/textures/programs/... per context (create − delete), and draw calls.
  // A lost context frees everything it held, so only contexts that are not lost count.
  t.glObjects = new Map();
  t.draws = 0;
  const kinds = [
    ['buffer', 'createBuffer', 'deleteBuffer'],
    ['texture', 'createTexture', 'deleteTexture'],
    ['program', 'createProgram', 'deleteProgram'],
    ['shader', 'createShader', 'deleteShader'],
    ['framebuffer', 'createFramebuffer', 'deleteFramebuffer'],
    ['renderbuffer', 'createRenderbuffer', 'deleteRenderbuffer'],
    ['vertexArray', 'createVertexArray', 'deleteVertexArray'],
  ];
  for (const C of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    const proto = C?.prototype;
    if (!proto) continue;
    for (const [kind, create, del] of kinds) {
      const c = proto[create];
      const d = proto[del];
      if (!c || !d) continue;
      proto[create] = function (...a) {
        const o = c.apply(this, a);
        if (o) {
          let m = t.glObjects.get(this);
          if (!m) t.glObjects.set(this, (m = new Map()));
          if (!m.has(kind)) m.set(kind, new Set());
          m.get(kind).add(o);
        }
        return o;
      };
      proto[del] = function (o) {
        t.glObjects.get(this)?.get(kind)?.delete(o);
        return d.call(this, o);
      };
    }
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements']) {
      const f = proto[name];
      if (!f) continue;
      proto[name] = function (...a) {
        t.draws++;
        return f.apply(this, a);
      };
    }
  }
  t.gpu = () => {
    const out = {};
    for (const [ctx, m] of t.glObjects) {
      if (ctx.isContextLost()) continue;
      for (const [kind, set] of m) out[kind] = (out[kind] ?? 0) + set.size;
    }
    return out;
  };
  t.liveContexts = () => t.gl.filter((g) => !g.ctx.isContextLost()).length;

  t.snapshot = () => ({
    listeners: t.listeners,
    listenersByType: Array.from(t.listenerTargets.values()).flatMap((m) => Array.from(m.entries()).map(([k, s]) => `${k}×${s.size}`)),
    raf: t.raf.size,
    intervals: t.intervals.size,
    observed: t.observed,
    glContexts: t.gl.length,
    liveContexts: t.liveContexts(),
    maxLive: t.maxLive,
    gpu: t.gpu(),
    draws: t.draws,
  });
})();
