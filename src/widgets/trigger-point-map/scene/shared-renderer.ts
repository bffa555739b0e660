// One WebGLRenderer (one WebGL context) and one frame loop for every map on the page. A map asks for
// a frame; the loop draws every map that asked, each into its own canvas (copied from the shared
// one, the way model-viewer shares a renderer), and stops when none needs more.
import { WebGLRenderer, type Camera, type Scene } from 'three';
import { CONTEXT_ATTRIBUTES, createContext, liveContexts, releaseContext, type PreparedContext } from '../gl-context.js';

export type { PreparedContext };

export interface RendererClient {
  /** Draw if needed; return true to be called again next frame (a flight under way). */
  frame(now: number): boolean;
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
  private raf = 0;
  private readonly gl: PreparedContext;

  constructor(pre?: PreparedContext) {
    // Ask for the context ourselves: when WebGL is missing we throw quietly (the caller shows the
    // 2D drawing) instead of letting three.js log an error into the clinic's console.
    const gl = pre ?? createContext();
    if (!gl) throw new Error('WebGL 2 is not available');
    this.gl = gl;
    this.canvas = gl.canvas;
    this.canvas.width = 1;
    this.canvas.height = 1;
    this.canvas.addEventListener('webglcontextlost', this.onLost);
    this.canvas.addEventListener('webglcontextrestored', this.onRestored);
    try {
      this.renderer = new WebGLRenderer({ canvas: this.canvas, context: gl.context, ...CONTEXT_ATTRIBUTES });
    } catch (error) {
      releaseContext(gl);
      throw error;
    }
    this.renderer.setPixelRatio(1);
    this.renderer.setClearColor(0x000000, 0);
  }

  private readonly onLost = (event: Event): void => {
    event.preventDefault(); // ask the browser to give the context back
    this.lost = true;
    this.wanting.clear();
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

  /** Renders `scene` at `width`×`height` device pixels and copies it into `target` (a 2D context). */
  draw(scene: Scene, camera: Camera, target: CanvasRenderingContext2D, width: number, height: number): boolean {
    if (this.lost || width < 1 || height < 1) return false;
    // The shared canvas grows to the largest view; smaller views use its top-left corner.
    if (this.canvas.width < width || this.canvas.height < height) {
      this.renderer.setSize(Math.max(this.canvas.width, width), Math.max(this.canvas.height, height), false);
    }
    const h = this.canvas.height;
    this.renderer.setViewport(0, h - height, width, height);
    this.renderer.setScissor(0, h - height, width, height);
    this.renderer.setScissorTest(true);
    this.renderer.render(scene, camera);
    target.clearRect(0, 0, width, height);
    // Same task as the render, so the drawing buffer is still intact (no preserveDrawingBuffer needed).
    target.drawImage(this.canvas, 0, 0, width, height, 0, 0, width, height);
    this.frames++;
    return true;
  }

  dispose(): void {
    if (this.raf) cancelAnimationFrame(this.raf);
    this.canvas.removeEventListener('webglcontextlost', this.onLost);
    this.canvas.removeEventListener('webglcontextrestored', this.onRestored);
    this.renderer.dispose();
    releaseContext(this.gl);
  }
}

let shared: SharedRenderer | undefined;

/**
 * The page's renderer, created on first use with the context `prepare` gives (the element's WebGL
 * probe), which is asked for only then. Throws when WebGL is not available.
 */
export function acquireRenderer(client: RendererClient, prepare?: () => PreparedContext | undefined): SharedRenderer {
  shared ??= new SharedRenderer(prepare?.());
  shared.clients.add(client);
  // a map that arrives while the context is lost shows its 2D drawing until the context comes back
  if (shared.lost) client.contextLost();
  return shared;
}

/** Whether the page's shared renderer exists (then no map needs to probe for WebGL). */
export function hasRenderer(): boolean {
  return !!shared;
}

/** Drops a client; the last one out disposes the renderer and its context. */
export function releaseRenderer(client: RendererClient): void {
  if (!shared) return;
  shared.cancel(client);
  shared.clients.delete(client);
  if (shared.clients.size === 0) {
    shared.dispose();
    shared = undefined;
  }
}

/**
 * Diagnostics for tests and benchmarks: WebGL contexts the map code has created and not released
 * (should be 0 or 1 on any page), three's memory counters and the bytes of vertex data on the GPU.
 */
export function rendererInfo(): { contexts: number; geometries: number; textures: number; programs: number; frames: number } {
  if (!shared) return { contexts: liveContexts(), geometries: 0, textures: 0, programs: 0, frames: 0 };
  const { memory, programs } = shared.renderer.info;
  return { contexts: liveContexts(), geometries: memory.geometries, textures: memory.textures, programs: programs?.length ?? 0, frames: shared.frames };
}

/** The shared WebGL context (tests use it to simulate a context loss), if a renderer exists. */
export function sharedContext(): WebGL2RenderingContext | undefined {
  return shared?.renderer.getContext() as WebGL2RenderingContext | undefined;
}

export type { SharedRenderer };
