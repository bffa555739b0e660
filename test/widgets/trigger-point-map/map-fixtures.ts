// Shared by the <pt-trigger-point-map> browser tests: rendering a small map, waiting for its first frame
// or its settled picture, reading pixels, and counting the WebGL contexts the page asks for.
// Import it before the widget, so the getContext count starts before any map loads.
import { aTimeout, fixture, html, waitUntil } from '@open-wc/testing';
import type { PtTriggerPointMap } from '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import { areaSpots } from '../../../src/content/trigger-point-chart/index.js';
import { pointOnBody } from '../../../src/widgets/trigger-point-map/body/places.js';

// Every WebGL context the page asks for, counted from before any map loads (maps create theirs lazily).
export const glRequests: string[] = [];
const realGetContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
  if (/webgl/i.test(type)) glRequests.push(type);
  return (realGetContext as (this: HTMLCanvasElement, ...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
} as typeof HTMLCanvasElement.prototype.getContext;

export type SceneModule = typeof import('../../../src/widgets/trigger-point-map/scene/index.js');
export const sceneModule = (): Promise<SceneModule> => import('../../../src/widgets/trigger-point-map/scene/index.js');

/** Loses the page's shared WebGL context (as a GPU reset would); restore() brings it back. */
export async function loseContext(): Promise<{ restore(): void } | undefined> {
  const ext = (await sceneModule()).sharedContext()?.getExtension('WEBGL_lose_context');
  if (!ext) return undefined;
  ext.loseContext();
  return { restore: () => ext.restoreContext() };
}

/** Where a named area's middle is in the main picture (CSS px), if the camera sees it. */
export async function projectArea(el: PtTriggerPointMap, area: string): Promise<{ x: number; y: number }[]> {
  const view = (await sceneModule()).viewOf($<HTMLCanvasElement>(el, 'canvas.main'));
  const spot = areaSpots[area];
  const sp = spot && pointOnBody(spot.view, spot.at);
  if (!view || !sp) return [];
  const p = view.projectPoint(sp.point, sp.normal);
  return p.visible ? [{ x: p.x, y: p.y }] : [];
}

export const $ = <T extends Element = HTMLElement>(el: PtTriggerPointMap, sel: string): T => {
  const found = el.shadowRoot!.querySelector<T>(sel);
  if (!found) throw new Error(`no ${sel}`);
  return found;
};
export const $$ = <T extends Element = HTMLElement>(el: PtTriggerPointMap, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(sel));

// A small map keeps software rendering quick: the picture is about 260×350 px.
export async function renderMap(attrs = ''): Promise<PtTriggerPointMap> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 300px"></div>`);
  wrap.innerHTML = `<pt-trigger-point-map ${attrs}></pt-trigger-point-map>`;
  const el = wrap.firstElementChild as PtTriggerPointMap;
  await el.updateComplete;
  return el;
}

/**
 * The first 3D frame of the full body drawn (the very first picture is the coarse body when the full one
 * is still being meshed; first-body.test.ts checks that step).
 */
export async function firstFrame(el: PtTriggerPointMap): Promise<void> {
  await waitUntil(() => el.renderStats.frames > 0 && el.renderStats.fullBody, 'no 3D frame of the full body', { timeout: 20000 });
  const view = (await sceneModule()).viewOf($<HTMLCanvasElement>(el, 'canvas.main')) as unknown as { dirty?: boolean; visible?: boolean } | undefined;
  await waitUntil(() => !view?.visible || !view.dirty, 'the full body was never drawn', { timeout: 15000 });
}

/** Waits until the map has stopped drawing (flights done). */
export async function settled(el: PtTriggerPointMap): Promise<void> {
  type ViewState = { kept?: boolean; flight?: unknown; dirty?: boolean; visible?: boolean };
  const viewOf = async () =>
    el.renderStats.mode === '3d' ? ((await sceneModule()).viewOf($<HTMLCanvasElement>(el, 'canvas.main')) as unknown as ViewState | undefined) : undefined;
  // No new frame for 120 ms, and (3D, on screen) no flight under way and no change waiting for its frame: on a busy
  // machine a software-WebGL frame can take longer than one poll, so an unchanged count alone is not enough.
  let view = await viewOf();
  let last = -1;
  for (let i = 0; i < 200 && (last !== el.renderStats.frames || (view?.visible && (view.flight || view.dirty))); i++) {
    last = el.renderStats.frames;
    await aTimeout(120);
    view = await viewOf();
  }
  // With one map on screen the 3D picture is drawn straight to the screen, and a turned picture goes into
  // the map's own canvas (what pixels() reads) once it has been still for a moment: wait for that too.
  if (view && 'kept' in view) await waitUntil(() => view!.kept === true, 'the still picture never reached the map\'s own canvas', { timeout: 15000 });
}

export function pixels(el: PtTriggerPointMap): ImageData {
  const canvas = $<HTMLCanvasElement>(el, 'canvas');
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
}

export const painted = (img: ImageData) => {
  let n = 0;
  for (let i = 3; i < img.data.length; i += 4) if (img.data[i] > 0) n++;
  return n;
};

/** Pixels in the red of the referral zones, lit or in shade (red well above green and blue). */
export const isZone = (d: Uint8ClampedArray, i: number) => d[i + 3] > 200 && d[i] > 70 && d[i + 1] < 0.45 * d[i] && d[i + 2] < 0.4 * d[i];
export const zonePixels = (img: ImageData) => {
  let n = 0;
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) if (isZone(d, i)) n++;
  return n;
};

/** Zone-coloured pixels in the 3×3 block around a CSS-pixel point of the picture (0–9). */
export function zoneAt(el: PtTriggerPointMap, p: { x: number; y: number }): number {
  const canvas = $<HTMLCanvasElement>(el, 'canvas');
  const k = canvas.width / canvas.getBoundingClientRect().width;
  const img = canvas.getContext('2d')!.getImageData(Math.round(p.x * k) - 1, Math.round(p.y * k) - 1, 3, 3);
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) if (isZone(img.data, i)) n++;
  return n;
}

/** Several maps side by side (all on screen), added to the top of the page. */
export function addMaps(n: number): PtTriggerPointMap[] {
  const row = document.createElement('div');
  row.style.cssText = 'display: flex; width: 780px';
  const maps = Array.from({ length: n }, () => {
    const cell = document.createElement('div');
    cell.style.cssText = `width: ${Math.floor(780 / n)}px; flex: none`;
    const el = document.createElement('pt-trigger-point-map');
    cell.append(el);
    row.append(cell);
    return el;
  });
  document.body.prepend(row);
  return maps;
}

/** Ready for the reader: the first 3D frame is drawn, or (no WebGL, e.g. headless Firefox) the 2D chart is shown. */
export async function ready(el: PtTriggerPointMap): Promise<void> {
  await waitUntil(() => el.renderStats.frames > 0 || el.renderStats.mode === 'flat', 'neither a 3D frame nor the 2D chart', { timeout: 15000 });
  if (el.renderStats.mode === '3d') await firstFrame(el);
  await el.updateComplete;
}

/** Whether this browser draws the map in 3D (WebGL); headless Firefox has none and shows the 2D chart. */
export const has3d = (el: PtTriggerPointMap): boolean => el.renderStats.mode === '3d';
