// One WebGLRenderer (one WebGL context) and one frame loop for every map on the page. A map asks for
// a frame; the loop draws every map that asked. As in model-viewer's Renderer: while exactly one map
// is on screen, the shared canvas itself is shown in that map's box (no copy); with two or more on
// screen, each picture is copied from the shared canvas into the map's own canvas.
import { WebGLRenderer, type Camera, type Scene } from 'three';
import { CONTEXT_ATTRIBUTES, createContext, liveContexts, releaseContext, type PreparedContext } from '../gl-context.js';

export type { PreparedContext };

/**
 * How a drag's frames are drawn, cheapest last: as model-viewer's Renderer steps its render scale down
 * while frames come slowly (software WebGL, a weak GPU) and back up while they come quickly, the map
 * steps down to the coarser drag body (a quarter of the triangles: in software WebGL a frame's cost
 * is mostly triangles), then to fewer pixels. A still picture is always the full body at full resolution.
 */
export const DRAG_STEPS: readonly { coarse: boolean; scale: number }[] = [
  { coarse: false, scale: 1 },
  { coarse: true, scale: 1 },
  { coarse: true, scale: 0.79 },
  { coarse: true, scale: 0.62 },
  { coarse: true, scale: 0.5 },
];
const SLOW_MS = 60;
const FAST_MS = 40;
/** Drag frames further apart than this belong to different drags: the gap says nothing of speed. */
const SAME_DRAG_MS = 500;

/** The next of DRAG_STEPS after a drag frame came `dt` ms after the one before (two steps when twice too slow). */
export function nextDragStep(step: number, dt: number): number {
  if (dt > SAME_DRAG_MS) return step;
  if (dt > SLOW_MS) return Math.min(DRAG_STEPS.length - 1, step + (dt > 2 * SLOW_MS ? 2 : 1));
  if (dt < FAST_MS) return Math.max(0, step - 1);
  return step;
}

export interface RendererClient {
  /** Draw if needed; return true to be called again next frame (a flight under way). */
  frame(now: number): boolean;
  /** Draw again on the next frame (the picture moved between the shared canvas and the map's own). */
  redraw(): void;
  /** The context was lost: show the 2D drawing until it is restored. */
  contextLost(): void;
  /** The context came back: rebuild what is needed and draw again. */
  contextRestored(): void;
}

class SharedRenderer {
  readonly canvas: HTMLCanvasElement;
  readonly renderer: WebGLRenderer;
  readonly clients = new Set<RendererClient>();
  lost = false;
  frames = 0;
  private readonly wanting = new Set<RendererClient>();
  /** Maps on screen now. */
  private readonly shown = new Set<RendererClient>();
  /** The map the shared canvas is shown in, and that map's own canvas (hidden meanwhile). */
  private direct?: { client: RendererClient; own: HTMLCanvasElement };
  private cssSize = '';
  private raf = 0;
  private readonly gl: PreparedContext;
  /** Where in DRAG_STEPS a drag's frames are drawn now (learnt from how fast they come; kept between drags). */
  private dragStep = 0;
  private lastDrag = -Infinity;
  /** Tests pin the step. */
  pinnedDragStep?: number;

  constructor(pre?: PreparedContext) {
    // Ask for the context ourselves: when WebGL is missing we throw quietly (the caller shows the
    // 2D drawing) instead of letting three.js log an error into the clinic's console.
    const gl = pre ?? createContext();
    if (!gl) throw new Error('WebGL 2 is not available');
    this.gl = gl;
    this.canvas = gl.canvas;
    this.canvas.width = 1;
    this.canvas.height = 1;
    this.canvas.setAttribute('aria-hidden', 'true');
    // shown over a map's own canvas, its picture in the top-left corner (CSSOM styles: strict CSP allows them)
    this.canvas.style.position = 'absolute';
    this.canvas.style.left = '0';
    this.canvas.style.top = '0';
    this.canvas.addEventListener('webglcontextlost', this.onLost);
    try {
      this.renderer = new WebGLRenderer({ canvas: this.canvas, context: gl.context, ...CONTEXT_ATTRIBUTES });
    } catch (error) {
      releaseContext(gl);
      throw error;
    }
    // after three.js's own listener, so the maps told of the restore see its new state (keepBodyProgram)
    this.canvas.addEventListener('webglcontextrestored', this.onRestored);
    this.renderer.setPixelRatio(1);
    this.renderer.setClearColor(0x000000, 0);
  }

  private readonly onLost = (event: Event): void => {
    event.preventDefault(); // ask the browser to give the context back
    this.lost = true;
    this.wanting.clear();
    this.detach();
    for (const c of this.clients) c.contextLost();
  };

  private readonly onRestored = (): void => {
    this.lost = false;
    for (const c of this.clients) c.contextRestored();
  };

  /** Asks for `client.frame()` on the next animation frame (one loop for all maps). */
  request(client: RendererClient): void {
    if (this.lost) return;
    this.wanting.add(client);
    this.raf ||= requestAnimationFrame(this.loop);
  }

  cancel(client: RendererClient): void {
    this.wanting.delete(client);
  }

  private readonly loop = (now: number): void => {
    this.raf = 0;
    const due = [...this.wanting];
    this.wanting.clear();
    for (const c of due) if (c.frame(now)) this.wanting.add(c);
    if (this.wanting.size) this.raf = requestAnimationFrame(this.loop);
  };

  /** How to draw a drag frame at `now` (steps down while drag frames come slowly, up while quickly). */
  dragStepAt(now: number): { coarse: boolean; scale: number } {
    this.dragStep = nextDragStep(this.dragStep, now - this.lastDrag);
    this.lastDrag = now;
    return DRAG_STEPS[this.pinnedDragStep ?? this.dragStep];
  }

  /** The next map learns its own drag speed (a renderer kept for it starts at full quality). */
  forgetDragSpeed(): void {
    this.dragStep = 0;
    this.lastDrag = -Infinity;
    this.pinnedDragStep = undefined;
  }

  /** Whether `client` is the only map on screen (then it is drawn straight to the screen). */
  solo(client: RendererClient): boolean {
    return this.shown.size === 1 && this.shown.has(client);
  }

  /** A map came on screen or left it. */
  setShown(client: RendererClient, shown: boolean): void {
    if (shown === this.shown.has(client)) return;
    if (shown) this.shown.add(client);
    else this.shown.delete(client);
    this.shownChanged();
  }

  // the map drawn straight to the screen goes back to a copy; a map now alone goes straight to the screen
  private shownChanged(): void {
    const d = this.direct?.client;
    if (d && !this.solo(d)) d.redraw();
    const [only] = this.shown;
    if (this.shown.size === 1 && only !== d) only.redraw();
  }

  /**
   * Renders `scene` into the top-left `width`×`height` device pixels of the shared canvas (which grows
   * to the largest picture). Show it with present() or copy() in the same task: the drawing buffer is
   * not kept after it (no preserveDrawingBuffer).
   */
  render(scene: Scene, camera: Camera, width: number, height: number, startNow = false): boolean {
    if (this.lost || width < 1 || height < 1) return false;
    this.reserve(width, height);
    const h = this.canvas.height;
    this.renderer.setViewport(0, h - height, width, height);
    this.renderer.setScissor(0, h - height, width, height);
    this.renderer.setScissorTest(true);
    this.renderer.render(scene, camera);
    // `startNow` (a map's first picture): the GPU starts on it while the markers are placed and projected; a
    // fence costs WebKit a round trip to its GPU process, so other pictures only flush
    if (startNow) this.start();
    else this.renderer.getContext().flush();
    this.frames++;
    return true;
  }

  /**
   * Renders `scene` only for the GPU's sake (a shader's first draw, see keepBodyProgram): the shared canvas is
   * first taken out of the map it is shown in, so the page never shows this picture (without this, the body
   * vanished behind a 64-pixel corner until the map drew again); that map shows the picture kept in its own
   * canvas meanwhile and draws again on the next frame.
   */
  renderUnseen(scene: Scene, camera: Camera, width: number, height: number): boolean {
    this.detach();
    return this.render(scene, camera, width, height, true);
  }

  /**
   * Has the GPU start on what it was given now. ANGLE (Chrome, Edge) holds draws back until the picture is read
   * or shown, even past a flush, so without this the body shader's first draw over the corner (keepBodyProgram)
   * ran only when the first picture was copied. A fence needs its commands sent to the GPU; deleted at once,
   * it is freed once passed. Measured in docs/performance.md, "Stop 26".
   */
  private start(): void {
    const gl = this.renderer.getContext() as WebGL2RenderingContext;
    const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    gl.flush();
    if (fence) gl.deleteSync(fence);
  }

  /**
   * Grows the shared canvas to hold a `width`×`height` picture (it never shrinks). Resizing waits for the
   * GPU to finish what it was given, so a size known ahead is reserved before the first draw.
   */
  reserve(width: number, height: number): void {
    if (this.canvas.width < width || this.canvas.height < height) {
      // resizing clears the canvas: a map it is shown in shows its own canvas and draws again
      this.detach();
      this.renderer.setSize(Math.max(this.canvas.width, width), Math.max(this.canvas.height, height), false);
    }
  }

  /** Copies the picture just rendered (`drawnW`×`drawnH`, smaller for a drag frame) into a 2D canvas. */
  copy(target: CanvasRenderingContext2D, width: number, height: number, drawnW = width, drawnH = height): void {
    target.clearRect(0, 0, width, height);
    target.drawImage(this.canvas, 0, 0, drawnW, drawnH, 0, 0, width, height);
  }

  /**
   * Shows the main picture just rendered for `client`: the shared canvas itself, placed over the map's
   * own canvas, when the map is alone on screen (returns 'direct'); otherwise copied into it ('copy').
   * A picture drawn smaller (`drawnW`×`drawnH`, a drag frame) is stretched to the map's size.
   */
  present(client: RendererClient, own: HTMLCanvasElement, target: CanvasRenderingContext2D, width: number, height: number, dpr: number, drawnW = width, drawnH = height): 'direct' | 'copy' {
    if (this.solo(client) && own.isConnected) {
      if (this.direct?.client !== client) {
        this.detach();
        own.after(this.canvas);
        own.style.opacity = '0'; // still laid out and hit-tested, only not seen
        this.direct = { client, own };
      }
      // one canvas pixel per device pixel (a drag frame's fewer pixels stretched over the same box);
      // the part beyond this map's picture is cut off by its box
      const cssW = (this.canvas.width * width) / drawnW / dpr, cssH = (this.canvas.height * height) / drawnH / dpr;
      const size = `${cssW}px ${cssH}px`;
      if (size !== this.cssSize) {
        this.cssSize = size;
        this.canvas.style.width = `${cssW}px`;
        this.canvas.style.height = `${cssH}px`;
      }
      return 'direct';
    }
    if (this.direct) this.detach(client);
    this.copy(target, width, height, drawnW, drawnH);
    return 'copy';
  }

  /** Takes the shared canvas out of the map it is shown in (that map's own canvas shows again). */
  private detach(drawing?: RendererClient): void {
    const d = this.direct;
    if (!d) return;
    this.direct = undefined;
    this.canvas.remove();
    d.own.style.removeProperty('opacity');
    // its own canvas holds the last picture kept at rest; draw it afresh if it is still on screen
    if (d.client !== drawing && this.shown.has(d.client)) d.client.redraw();
  }

  /** Drops a client (its map left the page or went flat). */
  forget(client: RendererClient): void {
    this.wanting.delete(client);
    this.shown.delete(client);
    this.clients.delete(client);
    if (this.direct?.client === client) this.detach();
    this.shownChanged();
  }

  /** The map the shared canvas is shown in, if any (diagnostics). */
  get directClient(): RendererClient | undefined {
    return this.direct?.client;
  }

  dispose(): void {
    if (this.raf) cancelAnimationFrame(this.raf);
    this.detach();
    this.canvas.removeEventListener('webglcontextlost', this.onLost);
    this.canvas.removeEventListener('webglcontextrestored', this.onRestored);
    this.renderer.dispose();
    releaseContext(this.gl);
  }
}

let shared: SharedRenderer | undefined;

/**
 * How long the renderer outlives its last map. A map put back meanwhile (a framework re-rendering it,
 * a route or tab coming back) draws with the same context instead of setting up a new one, which in
 * software WebGL costs a second or more and each time adds three.js's set-up code to the heap again;
 * model-viewer keeps its one Renderer for the page's life. After this, the context is given back.
 */
export const RENDERER_LINGER_MS = 2000;
let lingering: ReturnType<typeof setTimeout> | undefined;

/**
 * The page's renderer, created on first use with the context `prepare` gives (the element's WebGL
 * probe), which is asked for only then. Throws when WebGL is not available.
 */
export function acquireRenderer(client: RendererClient, prepare?: () => PreparedContext | undefined): SharedRenderer {
  clearTimeout(lingering);
  lingering = undefined;
  shared ??= new SharedRenderer(prepare?.());
  shared.clients.add(client);
  // a map that arrives while the context is lost shows its 2D drawing until the context comes back
  if (shared.lost) client.contextLost();
  return shared;
}

/**
 * Makes the page's renderer ahead of its first map view, its canvas already the size of that view's
 * picture (`width`×`height` device pixels), and hands it to `warm` (which compiles and first draws the
 * body's program meanwhile). Returns the release of this early hold: call it once the view has
 * the renderer (or the view was never made). Throws when WebGL is not available.
 */
export function prepareRenderer(prepare: (() => PreparedContext | undefined) | undefined, warm: (renderer: SharedRenderer) => void, width = 0, height = 0): () => void {
  const early: RendererClient = { frame: () => false, redraw() {}, contextLost() {}, contextRestored() {} };
  const r = acquireRenderer(early, prepare);
  try {
    if (!r.lost) {
      r.reserve(width, height);
      warm(r);
    }
  } catch (error) {
    releaseRenderer(early);
    throw error;
  }
  return () => releaseRenderer(early);
}

/** Whether the page's shared renderer exists (then no map needs to probe for WebGL). */
export function hasRenderer(): boolean {
  return !!shared;
}

/** Drops a client; RENDERER_LINGER_MS after the last one out, the renderer and its context are disposed. */
export function releaseRenderer(client: RendererClient): void {
  if (!shared) return;
  shared.forget(client);
  if (shared.clients.size === 0 && !lingering) {
    shared.forgetDragSpeed();
    lingering = setTimeout(() => {
      lingering = undefined;
      if (shared?.clients.size !== 0) return;
      shared.dispose();
      shared = undefined;
    }, RENDERER_LINGER_MS);
  }
}

/**
 * Diagnostics for tests and benchmarks: WebGL contexts the map code has created and not released
 * (should be 0 or 1 on any page), three's memory counters and the bytes of vertex data on the GPU.
 */
export function rendererInfo(): { contexts: number; geometries: number; textures: number; programs: number; frames: number; triangles: number } {
  if (!shared) return { contexts: liveContexts(), geometries: 0, textures: 0, programs: 0, frames: 0, triangles: 0 };
  const { memory, programs, render } = shared.renderer.info;
  return { contexts: liveContexts(), geometries: memory.geometries, textures: memory.textures, programs: programs?.length ?? 0, frames: shared.frames, triangles: render.triangles };
}

/** Tests: draws every drag frame at one of DRAG_STEPS (undefined: as fast frames come again). */
export function pinDragStep(step?: number): void {
  if (shared) shared.pinnedDragStep = step;
}

/** The shared WebGL canvas, if a renderer exists (tests check where it is shown). */
export function sharedCanvas(): HTMLCanvasElement | undefined {
  return shared?.canvas;
}

/** The shared WebGL context (tests use it to simulate a context loss), if a renderer exists. */
export function sharedContext(): WebGL2RenderingContext | undefined {
  return shared?.renderer.getContext() as WebGL2RenderingContext | undefined;
}

export type { SharedRenderer };
