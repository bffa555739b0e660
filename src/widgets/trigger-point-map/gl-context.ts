// The WebGL contexts the map code creates, counted: the page should hold at most one (the shared
// renderer's). No three.js here, so the element can probe for WebGL before fetching the 3D chunk.

/** Context attributes for the shared renderer; the element's probe asks for the same, so it can be reused. */
export const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true, antialias: true, depth: true, stencil: false, premultipliedAlpha: true, preserveDrawingBuffer: false, powerPreference: 'default',
};

/** A WebGL 2 context made before three.js is loaded, handed to the shared renderer. */
export interface PreparedContext {
  canvas: HTMLCanvasElement;
  context: WebGL2RenderingContext;
}

let alive = 0;

/** Creates a WebGL 2 context on a new canvas (counted), or undefined when WebGL is not available. */
export function createContext(canvas: HTMLCanvasElement = document.createElement('canvas')): PreparedContext | undefined {
  try {
    const context = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES);
    if (!context) return undefined;
    alive++;
    return { canvas, context };
  } catch {
    return undefined;
  }
}

/** Gives a context back to the browser now rather than when the garbage collector gets to it. */
export function releaseContext(pre: PreparedContext): void {
  pre.context.getExtension('WEBGL_lose_context')?.loseContext();
  alive = Math.max(0, alive - 1);
}

/** WebGL contexts created by the map code and not yet released. */
export function liveContexts(): number {
  return alive;
}
