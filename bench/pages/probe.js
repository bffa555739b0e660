// Bench probe, loaded as the page's FIRST script (classic, external) so it sees everything after it:
// long tasks, WebGL contexts created (HTMLCanvasElement/OffscreenCanvas getContext) and an estimate of
// GPU memory allocated through the WebGL API (buffers, textures, renderbuffers), the same for every widget.
(() => {
  const B = (window.__bench = {
    longtasks: [],
    contexts: [],
    lost: 0,
    gl: { buffers: 0, textures: 0, renderbuffers: 0, nBuffers: 0, nTextures: 0, nRenderbuffers: 0 },
    raf: null,
  });

  let longtaskObserver = null;
  try {
    longtaskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    });
    longtaskObserver.observe({ type: 'longtask', buffered: true });
  } catch (e) {
    B.longtaskError = String(e);
  }
  /** The heap figure's page: stop recording long tasks (the records would be counted as the widget's heap). */
  B.quiet = () => {
    longtaskObserver?.disconnect();
    longtaskObserver = null;
    B.longtasks = [];
  };

  // --- WebGL contexts ---
  const seen = new WeakSet();
  function wrapGetContext(proto, kind) {
    if (!proto) return;
    const orig = proto.getContext;
    proto.getContext = function (type, ...rest) {
      const ctx = orig.call(this, type, ...rest);
      if (ctx && /webgl/i.test(String(type)) && !seen.has(ctx)) {
        seen.add(ctx);
        B.contexts.push({ type: String(type), kind, t: performance.now(), width: this.width, height: this.height });
        // lost: when the page loses it, or when it is garbage-collected before its loss was dispatched
        const rec = st(ctx).rec;
        collected.register(ctx, rec);
        if (this.addEventListener) this.addEventListener('webglcontextlost', () => loseAll(rec));
      }
      return ctx;
    };
  }
  wrapGetContext(window.HTMLCanvasElement && HTMLCanvasElement.prototype, 'canvas');
  wrapGetContext(window.OffscreenCanvas && OffscreenCanvas.prototype, 'offscreen');

  // --- GPU memory estimate: bytes handed to the WebGL API, tracked per object until deleted ---
  // Per object in WeakMaps, and per context in a record without a reference to the context: the probe must
  // not keep WebGL objects (and through them their contexts and canvases) alive, or the heap figure would
  // count the probe's own hoard (it did: every map mount/unmount left a context, a canvas and ~9 kB behind).
  // A lost context's objects are all dropped from the totals at once (they are gone with it).
  const sizes = { buffers: new WeakMap(), textures: new WeakMap(), renderbuffers: new WeakMap() };
  const count = { buffers: 'nBuffers', textures: 'nTextures', renderbuffers: 'nRenderbuffers' };
  const newRec = () => ({ lost: false, buffers: 0, textures: 0, renderbuffers: 0, nBuffers: 0, nTextures: 0, nRenderbuffers: 0 });
  function setSize(gl, kind, obj, key, bytes) {
    if (!obj) return;
    let per = sizes[kind].get(obj);
    if (!per) {
      per = { rec: st(gl).rec, bytes: new Map() };
      sizes[kind].set(obj, per);
      if (!per.rec.lost) {
        B.gl[count[kind]]++;
        per.rec[count[kind]]++;
      }
    }
    if (per.rec.lost) return;
    const d = bytes - (per.bytes.get(key) || 0);
    B.gl[kind] += d;
    per.rec[kind] += d;
    per.bytes.set(key, bytes);
  }
  function drop(kind, obj) {
    const per = sizes[kind].get(obj);
    if (!per) return;
    sizes[kind].delete(obj);
    if (per.rec.lost) return;
    for (const v of per.bytes.values()) {
      B.gl[kind] -= v;
      per.rec[kind] -= v;
    }
    B.gl[count[kind]]--;
    per.rec[count[kind]]--;
  }
  function loseAll(rec) {
    if (rec.lost) return;
    rec.lost = true;
    B.lost++;
    for (const k of Object.keys(B.gl)) B.gl[k] -= rec[k];
  }
  const collected = new FinalizationRegistry(loseAll);
  const state = new WeakMap();
  const st = (gl) => {
    let s = state.get(gl);
    if (!s) state.set(gl, (s = { buf: new Map(), tex: new Map(), rb: null, unit: 0, rec: newRec() }));
    return s;
  };
  const CUBE = 0x8513;
  const cubeFace = (t) => t >= 0x8515 && t <= 0x851a;
  // bytes per texel by type (texImage) or sized internal format (texStorage); RGBA8 otherwise
  const typeBytes = { 0x1406: 16, 0x140b: 8, 0x8d61: 8, 0x1405: 16 };
  const fmtBytes = { 0x8814: 16, 0x881a: 8, 0x822e: 4, 0x822d: 2, 0x8229: 1, 0x8230: 8, 0x88f0: 4, 0x81a6: 3, 0x8cac: 4, 0x8cad: 8, 0x8058: 4, 0x8051: 3 };
  const boundTex = (gl, target) => st(gl).tex.get(`${st(gl).unit}:${cubeFace(target) ? CUBE : target}`);

  function wrapGL(proto) {
    if (!proto) return;
    const w = (name, after) => {
      const orig = proto[name];
      if (!orig) return;
      proto[name] = function (...a) {
        const r = orig.apply(this, a);
        try {
          after.call(this, a);
        } catch {
          /* never break the page being measured */
        }
        return r;
      };
    };
    w('bindBuffer', function ([t, b]) { st(this).buf.set(t, b); });
    w('bufferData', function ([t, d]) {
      const bytes = typeof d === 'number' ? d : d && d.byteLength ? d.byteLength : 0;
      setSize(this, 'buffers', st(this).buf.get(t), 0, bytes);
    });
    w('deleteBuffer', function ([b]) { drop('buffers', b); });
    w('activeTexture', function ([u]) { st(this).unit = u; });
    w('bindTexture', function ([t, x]) { st(this).tex.set(`${st(this).unit}:${t}`, x); });
    w('texImage2D', function (a) {
      let wd, ht, type;
      if (a.length >= 8) [wd, ht, type] = [a[3], a[4], a[7]];
      else {
        const s = a[5] || {};
        wd = s.width || s.videoWidth || s.displayWidth || 0;
        ht = s.height || s.videoHeight || s.displayHeight || 0;
        type = a[4];
      }
      setSize(this, 'textures', boundTex(this, a[0]), `${a[0]}:${a[1]}`, wd * ht * (typeBytes[type] || 4));
    });
    w('texImage3D', function (a) {
      setSize(this, 'textures', boundTex(this, a[0]), `${a[0]}:${a[1]}`, a[3] * a[4] * a[5] * (typeBytes[a[8]] || 4));
    });
    w('compressedTexImage2D', function (a) {
      const d = a[a.length - 1];
      setSize(this, 'textures', boundTex(this, a[0]), `${a[0]}:${a[1]}`, (d && d.byteLength) || 0);
    });
    w('texStorage2D', function ([t, levels, f, wd, ht]) {
      const mips = levels > 1 ? 4 / 3 : 1;
      setSize(this, 'textures', boundTex(this, t), 'storage', Math.round(wd * ht * (fmtBytes[f] || 4) * mips * (t === CUBE ? 6 : 1)));
    });
    w('texStorage3D', function ([t, levels, f, wd, ht, dp]) {
      setSize(this, 'textures', boundTex(this, t), 'storage', Math.round(wd * ht * dp * (fmtBytes[f] || 4) * (levels > 1 ? 4 / 3 : 1)));
    });
    w('deleteTexture', function ([x]) { drop('textures', x); });
    w('bindRenderbuffer', function ([, r]) { st(this).rb = r; });
    w('renderbufferStorage', function ([, f, wd, ht]) { setSize(this, 'renderbuffers', st(this).rb, 0, wd * ht * (fmtBytes[f] || 4)); });
    w('renderbufferStorageMultisample', function ([, n, f, wd, ht]) {
      setSize(this, 'renderbuffers', st(this).rb, 0, wd * ht * (fmtBytes[f] || 4) * Math.max(1, n));
    });
    w('deleteRenderbuffer', function ([r]) { drop('renderbuffers', r); });
    // a frame "rendered" when any draw call happened since the previous animation frame
    w('drawElements', function () { B.drew = true; });
    w('drawArrays', function () { B.drew = true; });
  }
  wrapGL(window.WebGLRenderingContext && WebGLRenderingContext.prototype);
  wrapGL(window.WebGL2RenderingContext && WebGL2RenderingContext.prototype);

  // --- frame recorder: rAF timestamps (and whether WebGL drew since the last one) while the bench drives an animation or an orbit ---
  B.startFrames = () => {
    B.raf = [];
    B.drew = false;
    const tick = (t) => {
      if (!B.raf) return;
      B.raf.push([t, B.drew]);
      B.drew = false;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  B.stopFrames = () => {
    const r = B.raf;
    B.raf = null;
    return r;
  };
})();
