// The map's 3D lifecycle in one reactive controller: probe for WebGL (one probe per page), load the
// three.js chunk when the map nears the viewport, create and size the view, paint the chosen
// muscle's chart onto the body, fly the camera, and handle context loss, restore and teardown.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VisibilityController } from '../../core/visibility.js';
import { areaSpots } from '../../content/trigger-point-chart/index.js';
import { createContext, releaseContext, type PreparedContext } from './gl-context.js';
import { muscleLayers, areaOutline, paintVertices } from './body/chart-layers.js';
import { buildBodyMesh, buildCoarseMesh, builtBodyMesh, pointOnBody } from './body/places.js';
import { chartPose, focusPlan, chartBoundsIn, insetFor, presetOf, hidesArms, type MapViewName, type FocusPlan } from './camera-focus.js';
import { shownAtYaw, type BodyMarker } from './marker-layout.js';
import type { MapView, ProjectedMarker } from './scene/index.js';
import type { ChartView } from './body/chart.js';
import type { BodyMesh } from './body/mesher.js';

type SceneModule = typeof import('./scene/index.js');

// Shared by every map on the page: one import of the 3D chunk, and at most one WebGL probe, made only
// while no shared renderer exists and handed to the renderer when it is created (so the page holds one
// WebGL context however many maps it has, and however late they are added).
let sceneModule: SceneModule | undefined;
let sceneImport: Promise<SceneModule> | undefined;
let probe: PreparedContext | undefined;
let loadsInFlight = 0;
let askedOnArrival = false;

const loadScene = (): Promise<SceneModule> =>
  (sceneImport ??= import('./scene/index.js').then(
    (m) => (sceneModule = m),
    (error: unknown) => {
      sceneImport = undefined; // let a later map try again
      throw error;
    },
  ));

function webglAvailable(): boolean {
  if (sceneModule?.hasRenderer()) return true;
  if (probe && !probe.context.isContextLost()) return true;
  probe = createContext();
  return !!probe;
}

function takeProbe(): PreparedContext | undefined {
  const p = probe;
  probe = undefined;
  return p && !p.context.isContextLost() ? p : undefined;
}

const spot = (area: string | undefined) => (area ? areaSpots[area] : undefined);

/** The scene module once loaded (diagnostics). */
export const loadedScene = (): SceneModule | undefined => sceneModule;

export type MapMode = 'pending' | '3d' | 'flat';

export interface Map3dHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly reducedMotion: boolean;
  /** The mode changed (with a console message for the clinic when the map falls back to 2D). */
  modeChanged(mode: MapMode, message?: string): void;
  /** A frame was drawn: markers in CSS pixels of the main picture, and the camera's yaw. */
  framed(markers: ProjectedMarker[], yaw: number): void;
  /**
   * The second small picture was shown (with its view) or hidden; `mayGrow`: it shows the X's the main
   * picture's side has none of (the element draws it larger when the main picture then shows none of
   * them, unless that would cover the pain drawn there: painUnder).
   */
  insetChanged(view: ChartView | undefined, mayGrow: boolean): void;
}

export type { Selection } from './camera-focus.js';
import type { Selection } from './camera-focus.js';

export class Map3dController implements ReactiveController {
  mode: MapMode = 'pending';
  view?: MapView;
  private loading = false;
  private lostFlat = false;
  private warnedLoss = false;
  private resizer?: ResizeObserver;
  private applied?: { muscle?: string; area?: string };
  /** Which of the view's four mark channels hold a drawing. */
  private painted = [false, false, false, false];
  private selection: Selection = {};
  /** Every muscle's markers, placed on the body when first asked for (see setMarkers). */
  private markers: () => readonly BodyMarker[] = () => [];
  private preset: MapViewName = 'front';
  private readonly near: VisibilityController;
  private readonly onScreen: VisibilityController;

  constructor(private readonly host: Map3dHost) {
    host.addController(this);
    // Load three.js a little before the map scrolls in; draw only while it is actually on screen.
    this.near = new VisibilityController(host, { rootMargin: '300px', onChange: (v) => v && void this.load() });
    this.onScreen = new VisibilityController(host, { onChange: (v) => this.view?.setVisible(v) });
  }

  private wantFlat = false;

  /**
   * Whether the element should render its flat chart (the 2D drawing: without WebGL, and in print).
   * A map about to draw in 3D renders it only after its first frame (on a slow phone it costs a few
   * hundred ms of main thread, and in 3D it is seen only in print); a map shown flat, a map not near
   * the screen a second after it arrived, and any map about to print render it at once.
   */
  chartWanted = false;
  private chartTimer = 0;

  private wantChart(): void {
    if (this.chartWanted) return;
    this.chartWanted = true;
    this.host.requestUpdate();
  }

  private readonly onPrint = (): void => this.wantChart();

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onPrint);
    this.chartTimer = window.setTimeout(() => !this.near.intersecting && this.wantChart(), 1000);
    if (this.near.intersecting || this.nearOnArrival()) void this.load();
  }

  /**
   * The page's first map, near the screen as it arrives, starts loading at once instead of after the
   * observer's first report (a frame later, once the 2D shell has rendered): three.js downloads and
   * the body is meshed meanwhile. One layout read, for the first map only.
   */
  private nearOnArrival(): boolean {
    if (askedOnArrival || sceneImport) return false;
    askedOnArrival = true;
    const r = this.host.getBoundingClientRect();
    const m = 300;
    return r.width > 0 && r.bottom > -m && r.top < window.innerHeight + m && r.right > -m && r.left < window.innerWidth + m;
  }

  /** The page asked for the flat chart (or for 3D again). */
  setFlat(flat: boolean): void {
    if (flat === this.wantFlat) return;
    this.wantFlat = flat;
    if (flat) {
      this.teardown();
      this.setMode('flat');
    } else if (this.mode === 'flat' && !this.lostFlat) {
      this.setMode('pending');
      if (this.near.intersecting) void this.load();
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onPrint);
    clearTimeout(this.chartTimer);
    this.teardown();
    // a map shown flat only because the context was lost tries 3D again when it comes back
    if (!this.wantFlat && (this.mode === '3d' || this.lostFlat)) this.setMode('pending');
    this.lostFlat = false;
  }

  private setMode(mode: MapMode, message?: string): void {
    this.mode = mode;
    if (mode === 'flat') this.wantChart();
    this.host.modeChanged(mode, message);
  }

  /**
   * Every trigger-point marker of every muscle, placed when first asked for: the first picture asks while
   * the GPU draws it (MapView.renderNow), so the ray casts that place them are not on its way.
   */
  setMarkers(markers: () => readonly BodyMarker[]): void {
    this.markers = markers;
    this.view?.setMarkers(markers);
  }

  private plan?: FocusPlan;
  private insetShown?: ChartView;
  private insetMayGrow = false;
  private insetStale = false;

  /**
   * Turns to a preset. With a muscle chosen, a side its chart draws on is framed on the chart (the
   * trigger points or the pain), otherwise the whole body from that side.
   */
  setPreset(view: MapViewName, animate: boolean): void {
    this.preset = view;
    const v = this.view;
    if (!v) return;
    v.setView(view, false);
    const m = this.selection.muscle;
    const chartView: ChartView | undefined = view === 'left' ? 'side' : view === 'right' ? undefined : view;
    let bounds = m && chartView ? chartBoundsIn(m.chart, chartView, this.seen(m.id, chartView)) : undefined;
    // nothing drawn on that side: the same stretch of the body, seen from there
    if (!bounds && m && chartView && this.plan) {
      const [, v0, , v1] = this.plan.main.bounds;
      const half = chartView === 'side' ? 130 : 200;
      bounds = [-half, v0, half, v1];
    }
    if (bounds && chartView) v.focus(chartPose(chartView, bounds, v.aspect), animate);
    else v.setView(view, animate);
    this.cameraAt(view);
  }

  /** The camera now shows this side: the small picture shows the chart's other side. */
  cameraAt(preset: MapViewName): void {
    const v = this.view;
    v?.setHideArms((preset === 'left' || preset === 'right') && hidesArms(this.selection));
    const p = this.plan;
    const m = this.selection.muscle;
    const show = p && m ? insetFor(p, preset, (view) => this.seen(m.id, view)) : undefined;
    const mayGrow = !!show?.forPoints;
    if (show?.view === this.insetShown && mayGrow === this.insetMayGrow && !this.insetStale) return;
    this.insetStale = false;
    this.insetShown = show?.view;
    this.insetMayGrow = mayGrow;
    const pose = show ? chartPose(show.view, show.bounds, 0.8) : undefined;
    // the chosen muscle's trigger points, drawn small in that picture (those its side shows, see BodyMarker.near)
    v?.setInset(pose, pose && m ? this.markers().filter((k) => k.muscle === m.id && shownAtYaw(k, pose.yaw)) : [], show?.view === 'side' && hidesArms(this.selection));
    this.host.insetChanged(show?.view, mayGrow);
  }

  /**
   * How much of the chosen muscle's usual pain the main picture shows where `covered` says (a larger
   * second picture would hide it there), 0–1: of the corners of its essential zones, in any drawing,
   * that the camera sees.
   */
  painCovered(covered: (x: number, y: number) => boolean): number {
    const v = this.view, m = this.selection.muscle;
    if (!v || !m) return 0;
    let seen = 0, under = 0;
    for (const at of m.chart.essential.flatMap((s) => s.points.map((p) => pointOnBody(s.view, p)))) {
      const p = at && v.projectPoint(at.point, at.normal);
      if (!p?.visible) continue;
      seen++;
      if (covered(p.x, p.y)) under++;
    }
    return seen ? under / seen : 0;
  }

  private seen(muscle: string, view: ChartView): [number, number][] {
    return this.markers().filter((m) => m.muscle === muscle).flatMap((m) => (m.seen[view] ? [m.seen[view]!] : []));
  }

  /** Shows a muscle's chart and/or the chosen area; flies to the muscle when it changed. */
  select(selection: Selection, animate: boolean): void {
    this.selection = selection;
    this.apply(animate);
  }

  private apply(animate: boolean, force = false): void {
    const v = this.view;
    if (!v) return;
    const { muscle, area } = this.selection;
    if (!force && this.applied?.muscle === muscle?.id && this.applied?.area === area) return;
    const muscleChanged = force || this.applied?.muscle !== muscle?.id;
    this.applied = { muscle: muscle?.id, area };
    this.paint(v);
    if (!muscleChanged) return;
    this.insetStale = true;
    if (muscle) {
      const plan = (this.plan = focusPlan(muscle.chart, (view) => this.seen(muscle.id, view)));
      v.focus(chartPose(plan.main.view, plan.main.bounds, v.aspect), animate);
      this.cameraAt(presetOf(plan.main.view));
    } else {
      this.plan = undefined;
      this.cameraAt(this.preset);
      const at = spot(area);
      if (at) v.focus(chartPose(at.view, [at.at[0] - 150, at.at[1] - 250, at.at[0] + 150, at.at[1] + 250], v.aspect), animate);
      else v.setView(this.preset, animate);
    }
  }

  /** Paints the chosen muscle's chart and the chosen area onto the body the view draws. */
  private paint(v: MapView): void {
    const { muscle, area } = this.selection;
    const mesh = v.surface;
    const buf = v.marks.array as Uint8Array;
    const layers = muscle ? muscleLayers(muscle.chart) : undefined;
    const at = spot(area);
    const channels = [layers?.essential ?? [], layers?.spillover ?? [], layers?.outline ?? [], at ? [areaOutline(at), areaOutline(at, true)] : []];
    channels.forEach((shapes, c) => {
      // a channel with nothing to draw that is already blank stays as it is (a new map's marks are all blank)
      if (!shapes.length && !this.painted[c]) return;
      paintVertices(mesh, shapes, buf, c, mesh.arm);
      this.painted[c] = shapes.length > 0;
    });
    v.marksChanged(this.painted.some(Boolean), layers?.outline.length ? muscle?.chart.fibres : undefined, muscle?.chart.outline[0]?.view, !!muscle?.chart.deep);
  }

  async load(): Promise<void> {
    if (this.loading || this.view || this.mode === 'flat' || this.wantFlat || !this.host.isConnected) return;
    this.loading = true;
    loadsInFlight++;
    let releaseEarly: (() => void) | undefined;
    try {
      if (!webglAvailable()) {
        this.setMode('flat', 'WebGL is not available in this browser; showing a 2D drawing of the map');
        return;
      }
      // The coarse body (an eighth of the meshing) is built in slices while three.js downloads and the
      // first picture is drawn on it; the full body is meshed only after that picture is on screen (its
      // slices would otherwise share the main thread and the cores with the first frame's work), and the
      // view moves to it when it is built (docs/performance.md). A page whose full body is built already
      // draws that at once.
      const coarse = builtBodyMesh() ? undefined : buildCoarseMesh();
      // The renderer is made, its canvas sized for this map's picture and the body's shader for that
      // picture first drawn as soon as three.js is here: a software rasteriser builds the shader's pixel
      // code meanwhile, while the coarse body is still being meshed (and the first frame need not wait to
      // resize the canvas). A map with nothing chosen draws with the plain shader (body-material.ts).
      const program = this.selection.muscle || spot(this.selection.area) ? 'chart' : 'plain';
      const [scene, first] = await Promise.all([loadScene().then((m) => ((releaseEarly = m.prepareBodyRenderer(takeProbe, ...this.pictureSize(), program)), m)), coarse ?? buildBodyMesh()]);
      await this.host.updateComplete;
      const root = this.host.renderRoot;
      const canvas = root.querySelector<HTMLCanvasElement>('canvas.main');
      const inset = root.querySelector<HTMLCanvasElement>('canvas.inset');
      if (!this.host.isConnected || !canvas || !inset) return;
      this.view = new scene.MapView(
        {
          canvas,
          inset,
          frame: (markers, yaw) => this.host.framed(markers, yaw),
          contextLost: () => this.onLost(),
          contextRestored: () => this.onRestored(),
          reducedMotion: () => this.host.reducedMotion,
        },
        takeProbe,
        builtBodyMesh() ?? first,
      );
      const view = this.view;
      // a map created while the context is lost has already been told so (and shows the 2D drawing)
      if (!this.view.lost) this.setMode('3d');
      this.resize();
      this.resizer = new ResizeObserver(() => this.resize());
      for (const box of root.querySelectorAll('.viewport, .inset-box')) this.resizer.observe(box);
      this.view.setView(this.preset, false);
      this.view.setMarkers(this.markers);
      this.applied = undefined;
      this.painted = [false, false, false, false];
      this.apply(false, true);
      this.view.setVisible(this.onScreen.visible);
      if (this.onScreen.visible) this.view.renderNow();
      // the full body and the flat chart once this frame is on screen; the body's other program once
      // the full body is (its build takes the GPU process a moment: not before either picture)
      const afterFrame = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));
      afterFrame(() => {
        if (this.view === view) {
          const full = view.surface === builtBodyMesh() ? Promise.resolve() : buildBodyMesh().then((mesh) => this.view === view && this.useBody(mesh));
          void full.then(() => afterFrame(() => this.view === view && view.keepPrograms()));
        }
        if (this.host.isConnected) this.wantChart();
      });
    } catch (error) {
      this.teardown();
      const message = (error as Error).message;
      this.setMode('flat', /WebGL/.test(message) ? `WebGL is not available in this browser (${message}); showing a 2D drawing of the map` : `the 3D view could not start (${message}); showing a 2D drawing of the map`);
    } finally {
      releaseEarly?.();
      this.loading = false;
      // a probe nobody took (its map left the page before three.js arrived) is given back
      if (--loadsInFlight === 0 && probe && !sceneModule?.hasRenderer()) {
        releaseContext(probe);
        probe = undefined;
      }
    }
  }

  /** The view draws the full body from now on: its chart painted again there (the camera stays where the reader put it). */
  private useBody(mesh: BodyMesh): void {
    const v = this.view;
    if (!v) return;
    v.useBody(mesh);
    this.painted = [false, false, false, false];
    this.paint(v);
  }

  /** The main picture's CSS size and the page's pixel ratio (as resize() gives them to the view). */
  private pictureSize(): [number, number, number] {
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('.viewport');
    return [viewport?.clientWidth ?? 0, viewport?.clientHeight ?? 0, window.devicePixelRatio || 1];
  }

  /** Reads the picture sizes again (on load, on resize, and when the inset box is shown or hidden). */
  resize(): void {
    if (!this.view) return;
    // the small picture's canvas itself (its box also holds the label under it)
    const inset = this.host.renderRoot.querySelector<HTMLElement>('canvas.inset');
    this.view.resize(...this.pictureSize(), inset?.clientWidth ?? 0, inset?.clientHeight ?? 0);
  }

  private teardown(): void {
    this.resizer?.disconnect();
    this.resizer = undefined;
    this.view?.dispose();
    this.view = undefined;
  }

  private onLost(): void {
    this.lostFlat = true;
    const first = !this.warnedLoss;
    this.warnedLoss = true;
    this.setMode('flat', first ? 'the WebGL context was lost; showing a 2D drawing until it comes back' : undefined);
  }

  private onRestored(): void {
    this.lostFlat = false;
    this.setMode('3d');
    this.apply(false, true);
  }
}
