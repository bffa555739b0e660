// <pt-trigger-point-map>: the Lit shell of the trigger-point map. Lists, info panel and the 2D
// drawing render at once; the three.js view (scene/) is imported only when the map nears the viewport.
import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PtElement } from '../../core/pt-element.js';
import { VisibilityController } from '../../core/visibility.js';
import { ConfigController } from '../../core/config.js';
import { asText } from '../../core/converters.js';
import { formatList, formatNumber } from '../../core/format.js';
import { emit } from '../../core/events.js';
import { markOnce } from '../../core/perf.js';
import { renderFooter } from '../../core/footer.js';
import { quote } from '../../core/warn.js';
import { coreStrings } from '../../core/strings.js';
import type { Locale } from '../../core/locale.js';
import { muscles as builtInMuscles, mapNotes } from '../../content/trigger-points.js';
import { bodyAreas, bodyAreaIds, bodyAreaGroups, type BodyAreaId, type BodyAreaGroup } from '../../content/body-areas.js';
import { sources, footerSources, type SourceId } from '../../content/sources.js';
import type { Statement } from '../../content/types.js';
import { triggerPointSpecs, triggerSpots, areaMarks, nearestArea, areaBlobs, type SurfaceSpec, type SurfaceSpot } from './body/anatomy.js';
import { musclesForArea, type AreaMatch } from './body/referral.js';
import { silhouettePaths, flatten, facesView, FLAT_VIEWBOX, type FlatView } from './body/projection.js';
import { distance, type Vec3 } from './body/body-model.js';
import { triggerPointMapSchema, type MapConfig } from './config-schema.js';
import { mapStrings } from './strings.js';
import { mapStyles } from './styles.js';
import { createContext, releaseContext, type PreparedContext } from './gl-context.js';
import type { MapView, ProjectedMarker } from './scene/index.js';

type SceneModule = typeof import('./scene/index.js');

// Shared by every map on the page: one import of the 3D chunk, and at most one WebGL probe, made only
// while no shared renderer exists and handed to the renderer when it is created (so the page holds one
// WebGL context however many maps it has, and however late they are added).
let sceneModule: SceneModule | undefined;
let sceneImport: Promise<SceneModule> | undefined;
let probe: PreparedContext | undefined;
let loadsInFlight = 0;

const loadScene = (): Promise<SceneModule> =>
  (sceneImport ??= import('./scene/index.js').then(
    (m) => (sceneModule = m),
    (error: unknown) => {
      sceneImport = undefined; // let a later map try again
      throw error;
    },
  ));

/** Whether WebGL 2 works here: a shared renderer is up, or the page's one probe context could be made. */
function webglAvailable(): boolean {
  if (sceneModule?.hasRenderer()) return true;
  if (probe && !probe.context.isContextLost()) return true;
  probe = createContext();
  return !!probe;
}

/** Hands the probe context to the shared renderer being created (called only when none exists). */
function takeProbe(): PreparedContext | undefined {
  const p = probe;
  probe = undefined;
  return p && !p.context.isContextLost() ? p : undefined;
}

export const MAP_VIEWS = ['front', 'back', 'left', 'right'] as const;
export type MapViewName = (typeof MAP_VIEWS)[number];

/** Detail of `pt-muscle-select`. */
export interface PtMuscleSelectDetail {
  muscle: string;
  essential: BodyAreaId[];
  spillover: BodyAreaId[];
}

/** Detail of `pt-area-select`: muscles whose zones cover the area, essential zones first. */
export interface PtAreaSelectDetail {
  area: BodyAreaId;
  muscles: AreaMatch[];
}

/** Read-only diagnostics (tests, benchmarks); not a stable API. */
export interface MapRenderStats {
  /** WebGL renderers alive on the page (all maps share one). */
  contexts: number;
  geometries: number;
  textures: number;
  /** Frames this map has drawn. */
  frames: number;
  mode: 'pending' | '3d' | 'flat';
}

interface MapMuscle {
  id: string;
  name: string;
  technicalName?: string;
  region: BodyAreaGroup;
  where: string;
  description: Statement;
  essential: readonly BodyAreaId[];
  spillover: readonly BodyAreaId[];
  symptoms: readonly Statement[];
  selfCare?: Statement;
  seekCare?: Statement;
  cite: readonly SourceId[];
  /** Where the trigger point is on the figure; turned into surface spots only when drawn. */
  spec: readonly SurfaceSpec[];
  custom: boolean;
}

/** Surface spots of a muscle's trigger point (computed on first use, then cached). */
const spotsOf = (m: MapMuscle): SurfaceSpot[] => triggerSpots(m.spec);

interface SpanishContent {
  muscles: Record<string, { name: string; technicalName: string; where: string; description: string; symptoms: string[]; selfCare: string; seekCare?: string }>;
  notes: { honesty: string; notDiagnosis: string; urgent: string };
  areas: Record<string, string>;
}

// The Spanish text is imported once per page, when a map first needs it; maps that need it later
// render it straight away.
let spanishText: SpanishContent | undefined;
let spanishImport: Promise<SpanishContent> | undefined;

function loadSpanish(): Promise<SpanishContent> {
  spanishImport ??= Promise.all([import('../../content/es/trigger-points.js'), import('../../content/es/body-areas.js')]).then(
    ([tp, areas]) => (spanishText = { muscles: tp.musclesEs, notes: tp.mapNotesEs, areas: areas.bodyAreaLabelsEs }),
    (error: unknown) => {
      spanishImport = undefined; // a later map may try again
      throw error;
    },
  );
  return spanishImport;
}

const ORBIT_STEP = Math.PI / 12;
const PITCH_STEP = Math.PI / 18;
const ZOOM_STEP = 1.2;
const MARKER_GAP = 28;
const shortName = (technical: string) => technical.replace(/\s*\(.*\)\s*$/, '');

/**
 * @tag pt-trigger-point-map
 * @summary A 3D body map of trigger points: pick a muscle to see where its pain is often felt
 * (solid = usual zone, dots = some people, X = trigger point), or pick where it hurts to see which
 * muscles may send pain there. Falls back to a flat front/back drawing without WebGL.
 *
 * @fires pt-muscle-select - The reader chose a muscle (list, marker or result). Detail: `{ muscle, essential, spillover }`.
 * @fires pt-area-select - The reader chose where it hurts (list or a click on the body). Detail: `{ area, muscles: { id, zone }[] }`, essential matches first.
 *
 * @slot disclaimer - Replaces the short disclaimer under the map.
 *
 * @csspart base - The widget's outer box.
 * @csspart stage - The picture: 3D canvas or 2D drawing, markers and view buttons.
 * @csspart canvas - The canvas the 3D view is drawn into.
 * @csspart marker - Each trigger-point marker button over the 3D view.
 * @csspart fallback - The flat front/back drawing shown without WebGL.
 * @csspart muscles - The muscle list.
 * @csspart areas - The "Where does it hurt?" chooser.
 * @csspart panel - The info panel (muscle details or area results).
 * @csspart disclaimer - The disclaimer line.
 * @csspart sources - The sources disclosure.
 *
 * @cssprop --pt-accent - Accent colour (buttons, selection).
 * @cssprop --pt-on-accent - Text colour on the accent colour (pressed buttons).
 * @cssprop --pt-text - Text colour.
 * @cssprop --pt-text-muted - Colour of secondary text (help lines, technical names).
 * @cssprop --pt-surface - Background colour.
 * @cssprop --pt-surface-alt - Background of the picture.
 * @cssprop --pt-border - Border colour (buttons, panel, picture).
 * @cssprop --pt-focus - Focus ring colour.
 * @cssprop --pt-warning - Colour of the "seek care" warning.
 * @cssprop --pt-font-family - Font (default: inherit).
 * @cssprop --pt-font-size - Base font size.
 * @cssprop --pt-space - Base spacing unit.
 * @cssprop --pt-radius - Corner radius.
 * @cssprop --pt-map-zone - Colour of the referral zones in the 2D drawing and legend (default vermilion #c74d05).
 * @cssprop --pt-map-zone-tint - Background of the dotted spillover zone in the 2D drawing.
 * @cssprop --pt-map-area - Colour of the chosen area's stripes in the 2D drawing.
 * @cssprop --pt-map-body - Body colour of the 2D drawing.
 * @cssprop --pt-map-outline - Outline colour of the 2D drawing.
 */
export class PtTriggerPointMap extends PtElement {
  static override styles = [PtElement.styles, mapStyles];

  /**
   * Muscle to show (id, e.g. `upper-trapezius`); the camera turns to it and its zones light up.
   * Follows the reader's choice too (reflected), so setting it again always shows that muscle.
   */
  @property({ reflect: true }) muscle?: string;

  /** Where it hurts (a named body area id, e.g. `temple`); lists the muscles that may send pain there. Follows the reader's choice (reflected). */
  @property({ attribute: 'pain-area', reflect: true }) painArea?: string;

  /** Preset camera view: `front`, `back`, `left` or `right`. Follows the view buttons (reflected). */
  @property({ reflect: true }) view: MapViewName = 'front';

  @state() private selected?: string;
  @state() private area?: BodyAreaId;
  @state() private mode: 'pending' | '3d' | 'flat' = 'pending';
  @state() private es?: SpanishContent = spanishText;
  @state() private activeView: MapViewName = 'front';
  @state() private status = '';

  private mapView?: MapView;
  private loading = false;
  /** Set while the Spanish text is on its way. */
  private spanishLoading?: Promise<void>;
  private spanishFailed = false;
  private resizeObserver?: ResizeObserver;
  private applied = { muscle: undefined as string | undefined, area: undefined as BodyAreaId | undefined };
  private pointers = new Map<number, { x: number; y: number; startX: number; startY: number }>();
  private pinchDist = 0;
  private warnedLoss = false;
  private flatByLoss = false;
  private appliedConfig?: MapConfig;
  private musclesCache?: { key: unknown[]; list: MapMuscle[] };
  // per-vertex zone marks, reused for every selection
  private markBuffers: { essential?: Float32Array; spillover?: Float32Array; area?: Float32Array } = {};
  private statusToken = 0;
  // read on connect and again whenever the JSON child is added or edited
  private readonly configController = new ConfigController<MapConfig>(this, triggerPointMapSchema);

  private get config(): MapConfig | undefined {
    return this.configController.value;
  }

  // Load three.js a little before the map scrolls in; draw only while it is actually on screen.
  private readonly nearController = new VisibilityController(this, { rootMargin: '300px', onChange: (v) => v && void this.load3d() });
  private readonly onScreen = new VisibilityController(this, { onChange: (v) => this.mapView?.setVisible(v) });

  /** Diagnostics for tests and benchmarks (WebGL renderer count, three.js memory, frames); not a stable API. */
  get renderStats(): MapRenderStats {
    const info = sceneModule?.rendererInfo() ?? { contexts: 0, geometries: 0, textures: 0 };
    return { contexts: info.contexts, geometries: info.geometries, textures: info.textures, frames: this.mapView?.frames ?? 0, mode: this.mode };
  }

  private get t() {
    return mapStrings[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.nearController.intersecting) void this.load3d();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.teardown3d();
    // a map shown flat only because the context was lost tries 3D again when it comes back
    if (this.mode === '3d' || this.flatByLoss) this.mode = 'pending';
    this.flatByLoss = false;
  }

  protected override localeChanged(locale: Locale): void {
    if (locale === 'es') this.ensureSpanish();
  }

  protected override reducedMotionChanged(): void {
    this.requestUpdate();
  }

  private ensureSpanish(): void {
    if (this.es || this.spanishLoading || this.spanishFailed) return;
    if (spanishText) {
      this.es = spanishText;
      return;
    }
    this.spanishLoading = loadSpanish().then(
      (es) => {
        this.spanishLoading = undefined;
        this.es = es;
      },
      (error: unknown) => {
        this.spanishLoading = undefined;
        this.spanishFailed = true;
        this.warn(`Spanish text could not be loaded (${(error as Error).message}); showing English`);
        this.requestUpdate();
      },
    );
    // updateComplete resolves only once the Spanish text (or the English fallback) is rendered.
    this.waitFor(this.spanishLoading);
  }

  /**
   * True while the Spanish text loads: the muscle, area and note texts then show a loading line
   * instead of English under a Spanish label (the frame, the picture and the UI words stay).
   */
  private get waitingForText(): boolean {
    return this.locale === 'es' && !this.es && !this.spanishFailed;
  }

  // ---- data ---------------------------------------------------------------------------------

  /** Built-in muscles (relabelled, hidden, translated as configured) plus the clinic's own. */
  private get muscleList(): MapMuscle[] {
    const key = [this.config, this.es, this.locale];
    if (this.musclesCache && this.musclesCache.key.every((k, i) => k === key[i])) return this.musclesCache.list;
    const cfg = this.config ?? {};
    const es = this.locale === 'es' ? this.es : undefined;
    const hide = new Set(cfg.hide ?? []);
    const list: MapMuscle[] = builtInMuscles
      .filter((m) => !hide.has(m.id))
      .map((m) => {
        const tr = es?.muscles[m.id];
        const label = cfg.muscles?.[m.id];
        const st = (s: Statement, text?: string): Statement => (text ? { text, cite: s.cite } : s);
        return {
          id: m.id,
          name: label?.name ?? tr?.name ?? m.name,
          technicalName: label?.technicalName ?? tr?.technicalName ?? m.technicalName,
          region: m.region,
          where: tr?.where ?? m.where,
          description: st(m.description, tr?.description),
          essential: m.essential,
          spillover: m.spillover,
          symptoms: m.symptoms.map((s, i) => st(s, tr?.symptoms[i])),
          selfCare: st(m.selfCare, tr?.selfCare),
          seekCare: m.seekCare ? st(m.seekCare, tr?.seekCare) : undefined,
          cite: m.cite,
          spec: triggerPointSpecs[m.id] ?? [],
          custom: false,
        };
      });
    const builtIn = new Set<string>(builtInMuscles.map((m) => m.id));
    for (const x of cfg.extraMuscles ?? []) {
      if (builtIn.has(x.id) || list.some((m) => m.id === x.id)) {
        this.warn(`config.extraMuscles id ${quote(x.id)} is already used; entry skipped`, 'a new id');
        continue;
      }
      const spec: SurfaceSpec = { part: x.point.part, t: x.point.t, a: x.point.angle };
      const clinic = (text: string): Statement => ({ text, cite: [] });
      list.push({
        id: x.id, name: x.name, technicalName: x.technicalName, region: x.region, where: x.where,
        description: clinic(x.description), essential: x.essential as BodyAreaId[], spillover: (x.spillover ?? []) as BodyAreaId[],
        symptoms: (x.symptoms ?? []).map(clinic), selfCare: x.selfCare ? clinic(x.selfCare) : undefined,
        seekCare: x.seekCare ? clinic(x.seekCare) : undefined, cite: [], spec: [spec], custom: true,
      });
    }
    this.musclesCache = { key, list };
    return list;
  }

  private muscleById(id: string | undefined): MapMuscle | undefined {
    return id ? this.muscleList.find((m) => m.id === id) : undefined;
  }

  private areaLabel(id: BodyAreaId): string {
    return this.config?.areas?.[id] ?? (this.locale === 'es' ? this.es?.areas[id] : undefined) ?? bodyAreas.find((a) => a.id === id)?.label ?? id;
  }

  private note(key: 'honesty' | 'notDiagnosis' | 'urgent'): string {
    return (this.locale === 'es' ? this.es?.notes[key] : undefined) ?? mapNotes[key].text;
  }

  // ---- attributes ---------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('view')) this.activeView = this.checkEnum('view', asText(this.view), MAP_VIEWS, 'front');
    const config = this.config;
    const configChanged = config !== this.appliedConfig;
    this.appliedConfig = config;
    if (changed.has('muscle') || configChanged) {
      const m = asText(this.muscle);
      if (!m) this.selected = undefined;
      else if (this.muscleById(m)) this.selected = m;
      else {
        this.warn(`muscle=${quote(this.muscle)} is not a muscle on this map; showing none`, this.muscleList.map((x) => x.id));
        this.selected = undefined;
      }
    }
    if (changed.has('painArea')) {
      const a = asText(this.painArea);
      if (!a) this.area = undefined;
      else if ((bodyAreaIds as readonly string[]).includes(a)) this.area = a as BodyAreaId;
      else {
        this.warn(`pain-area=${quote(this.painArea)} is not a named body area; showing none`, bodyAreaIds);
        this.area = undefined;
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('view') && this.mapView) this.mapView.setView(this.activeView, true);
    this.syncScene(false);
  }

  // ---- user actions -------------------------------------------------------------------------

  // The reader's choices go through the public properties (reflected to the attributes), so the
  // attribute is the single source of truth: the page setting it again later always takes effect.

  /** Selects a muscle as the reader did, and tells the page. */
  private chooseMuscle(id: string): void {
    const m = this.muscleById(id);
    if (!m) return;
    this.muscle = id;
    this.selected = id;
    void this.announce(m.name);
    emit<PtMuscleSelectDetail>(this, 'pt-muscle-select', { muscle: id, essential: [...m.essential], spillover: [...m.spillover] });
  }

  private chooseArea(id: BodyAreaId | undefined): void {
    this.painArea = id;
    this.area = id;
    this.muscle = undefined;
    this.selected = undefined;
    if (!id) return;
    const matches = musclesForArea(id, this.muscleList);
    void this.announce(`${this.t.results(this.areaLabel(id))}: ${formatNumber(this.locale, matches.length)}`);
    emit<PtAreaSelectDetail>(this, 'pt-area-select', { area: id, muscles: matches });
  }

  private setPreset(v: MapViewName): void {
    const again = this.activeView === v && this.view === v;
    this.view = v;
    this.activeView = v;
    // pressing the current view again still turns back to it (the property does not change then)
    if (again) this.mapView?.setView(v, true);
  }

  /** Puts a message in the live region; cleared first, so a repeated message is read out again. */
  private async announce(message: string): Promise<void> {
    if (this.waitingForText) return; // no English names read out under a Spanish label
    const token = ++this.statusToken;
    this.status = '';
    await this.updateComplete;
    if (token === this.statusToken) this.status = message;
  }

  // ---- 3D -----------------------------------------------------------------------------------

  private async load3d(): Promise<void> {
    if (this.loading || this.mapView || this.mode === 'flat' || !this.isConnected) return;
    this.loading = true;
    loadsInFlight++;
    try {
      // Probe for WebGL before fetching three.js, but only while no map has the shared renderer:
      // the probe's context becomes the renderer's, so the page never makes a second one.
      if (!webglAvailable()) {
        this.toFlat('WebGL is not available in this browser; showing a 2D drawing of the map');
        return;
      }
      const scene = await loadScene();
      await this.updateComplete;
      const canvas = this.renderRoot.querySelector('canvas');
      if (!this.isConnected || !canvas) return;
      this.mapView = new scene.MapView({
        canvas,
        frame: (markers) => this.placeMarkers(markers),
        contextLost: () => this.onContextLost(),
        contextRestored: () => this.onContextRestored(),
        reducedMotion: () => this.reducedMotion,
      }, takeProbe);
      // a map created while the context is lost has already been told so (and shows the 2D drawing)
      if (!this.mapView.lost) this.mode = '3d';
      const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
      const size = () => {
        if (viewport && this.mapView) this.mapView.resize(viewport.clientWidth, viewport.clientHeight, window.devicePixelRatio || 1);
      };
      size();
      this.resizeObserver = new ResizeObserver(size);
      if (viewport) this.resizeObserver.observe(viewport);
      this.mapView.setView(this.activeView, false);
      this.mapView.setMarkers(this.muscleList.flatMap((m) => spotsOf(m).map((s, i) => ({ key: `${m.id}|${i}`, point: s.point, normal: s.normal }))));
      this.applied = { muscle: undefined, area: undefined };
      this.syncScene(true);
      // First frame straight away rather than a frame later, when the map is on screen.
      if (this.onScreen.visible) this.mapView.renderNow();
      this.mapView.setVisible(this.onScreen.visible);
    } catch (error) {
      this.teardown3d();
      const message = (error as Error).message;
      this.toFlat(/WebGL/.test(message) ? `WebGL is not available in this browser (${message}); showing a 2D drawing of the map` : `the 3D view could not start (${message}); showing a 2D drawing of the map`);
    } finally {
      this.loading = false;
      // a probe nobody took (its map left the page before three.js arrived) is given back
      if (--loadsInFlight === 0 && probe && !sceneModule?.hasRenderer()) {
        releaseContext(probe);
        probe = undefined;
      }
    }
  }

  private teardown3d(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.mapView?.dispose();
    this.mapView = undefined;
  }

  private toFlat(message: string): void {
    this.mode = 'flat';
    this.warn(message);
  }

  private onContextLost(): void {
    this.mode = 'flat';
    this.flatByLoss = true;
    if (!this.warnedLoss) {
      this.warnedLoss = true;
      this.warn('the WebGL context was lost; showing a 2D drawing until it comes back');
    }
  }

  private onContextRestored(): void {
    this.mode = '3d';
    this.flatByLoss = false;
    this.applied = { muscle: undefined, area: undefined };
    this.syncScene(true);
  }

  /** Pushes selection to the 3D view: zone marks, area marks and the camera. */
  private syncScene(initial: boolean): void {
    const v = this.mapView;
    if (!v) return;
    if (this.applied.muscle === this.selected && this.applied.area === this.area) return;
    const m = this.muscleById(this.selected);
    const muscleChanged = this.applied.muscle !== this.selected;
    this.applied = { muscle: this.selected, area: this.area };
    const b = this.markBuffers;
    if (m) {
      b.essential = areaMarks(m.essential, b.essential);
      b.spillover = areaMarks(m.spillover, b.spillover);
    }
    if (this.area) b.area = areaMarks([this.area], b.area);
    v.setMarks(m ? b.essential : undefined, m ? b.spillover : undefined, this.area ? b.area : undefined);
    const animate = !initial;
    if (m && muscleChanged) this.focusMuscle(m, animate);
    else if (!m && this.area) this.focusArea(this.area, animate);
  }

  private focusMuscle(m: MapMuscle, animate: boolean): void {
    const v = this.mapView;
    const spots = spotsOf(m);
    if (!v || !spots.length) return;
    // the side of the body already facing the reader
    const dir: Vec3 = [Math.sin(v.yaw), 0, Math.cos(v.yaw)];
    const spot = spots.reduce((a, b) => (b.normal[0] * dir[0] + b.normal[2] * dir[2] > a.normal[0] * dir[0] + a.normal[2] * dir[2] ? b : a));
    const pts: Vec3[] = [spot.point];
    const normals: Vec3[] = [spot.normal];
    for (const area of m.essential) {
      const blob = areaBlobs().find((b) => b.area === area && (b.side === spot.side || b.side === 'center'));
      if (blob) {
        pts.push(blob.point);
        normals.push(blob.normal);
      }
    }
    const mean = (vs: Vec3[]) => [0, 1, 2].map((k) => vs.reduce((s, p) => s + p[k], 0) / vs.length) as Vec3;
    const target = mean(pts);
    const spread = Math.max(0.1, ...pts.map((p) => distance(p, target)));
    // look from the average facing of the spot and its zones, so both are in view
    const n = mean(normals);
    v.focus(target, Math.hypot(n[0], n[2]) > 0.05 ? n : spot.normal, 1.1 + spread * 4, animate);
  }

  private focusArea(area: BodyAreaId, animate: boolean): void {
    const v = this.mapView;
    const blob = areaBlobs().find((b) => b.area === area && b.side !== 'right');
    if (!v || !blob) return;
    v.focus(blob.point, blob.normal, 1.4, animate);
  }

  /** Moves the DOM marker buttons to their projected spots; hides those facing away or crowded out. */
  private placeMarkers(markers: ProjectedMarker[]): void {
    markOnce(this.localName, 'first-frame');
    const byMuscle = new Map<string, ProjectedMarker>();
    for (const mk of markers) {
      const id = mk.key.split('|')[0];
      const prev = byMuscle.get(id);
      if (mk.visible && (!prev || !prev.visible)) byMuscle.set(id, mk);
      else if (!prev) byMuscle.set(id, mk);
    }
    const placed: ProjectedMarker[] = [];
    const buttons = Array.from(this.renderRoot.querySelectorAll<HTMLButtonElement>('button.marker'));
    // the chosen muscle first, so it is never the one crowded out
    buttons.sort((a, b) => Number(b.dataset.id === this.selected) - Number(a.dataset.id === this.selected));
    for (const b of buttons) {
      const mk = byMuscle.get(b.dataset.id ?? '');
      const show = !!mk && mk.visible && !placed.some((p) => Math.hypot(p.x - mk.x, p.y - mk.y) < MARKER_GAP);
      if (show && mk) {
        placed.push(mk);
        b.style.setProperty('--x', `${mk.x.toFixed(1)}px`);
        b.style.setProperty('--y', `${mk.y.toFixed(1)}px`);
      }
      if (b.hidden === show) b.hidden = !show;
    }
  }

  // ---- pointer and keyboard on the picture ----------------------------------------------------

  private onPointerDown(e: PointerEvent): void {
    if (this.mode !== '3d' || (e.target as Element).closest('button')) return;
    try {
      (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    } catch {
      // synthetic or already-ended pointers cannot be captured; dragging still works inside the picture
    }
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, startX: e.clientX, startY: e.clientY });
    if (this.pointers.size === 2) this.pinchDist = this.pinchDistance();
  }

  private pinchDistance(): number {
    const [a, b] = Array.from(this.pointers.values());
    return Math.hypot(a.x - b.x, a.y - b.y);
  }

  private onPointerMove(e: PointerEvent): void {
    const p = this.pointers.get(e.pointerId);
    if (!p || !this.mapView) return;
    const dx = e.clientX - p.x, dy = e.clientY - p.y;
    p.x = e.clientX;
    p.y = e.clientY;
    if (this.pointers.size === 2) {
      const d = this.pinchDistance();
      if (this.pinchDist > 0 && d > 0) this.mapView.zoom(this.pinchDist / d);
      this.pinchDist = d;
    } else {
      this.mapView.orbit(-dx * 0.01, dy * 0.006);
    }
  }

  private onPointerUp(e: PointerEvent): void {
    const p = this.pointers.get(e.pointerId);
    this.pointers.delete(e.pointerId);
    if (!p || !this.mapView || this.pointers.size > 0) return;
    if (Math.hypot(e.clientX - p.startX, e.clientY - p.startY) > 6) return;
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return;
    const r = canvas.getBoundingClientRect();
    const hit = this.mapView.pick(e.clientX - r.left, e.clientY - r.top, r.width, r.height);
    const area = hit ? nearestArea(hit) : undefined;
    if (area) this.chooseArea(area);
  }

  /** A cancelled pointer (the browser took the touch for scrolling, say) only stops dragging; it never picks an area. */
  private onPointerCancel(e: PointerEvent): void {
    this.pointers.delete(e.pointerId);
    if (this.pointers.size < 2) this.pinchDist = 0;
  }

  private onWheel(e: WheelEvent): void {
    // only when the picture has focus, so scrolling the page past the map still scrolls the page
    if (!this.mapView || !(e.currentTarget as HTMLElement).matches(':focus-within')) return;
    e.preventDefault();
    this.mapView.zoom(e.deltaY > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!this.mapView || e.target !== e.currentTarget) return;
    const v = this.mapView;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => v.orbit(-ORBIT_STEP, 0),
      ArrowRight: () => v.orbit(ORBIT_STEP, 0),
      ArrowUp: () => v.orbit(0, PITCH_STEP),
      ArrowDown: () => v.orbit(0, -PITCH_STEP),
      '+': () => v.zoom(1 / ZOOM_STEP),
      '=': () => v.zoom(1 / ZOOM_STEP),
      '-': () => v.zoom(ZOOM_STEP),
      _: () => v.zoom(ZOOM_STEP),
      Home: () => v.reset(true),
    };
    const act = actions[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  }

  private onFlatClick(e: MouseEvent, view: FlatView): void {
    const el = e.currentTarget as SVGSVGElement;
    const ctm = el.getScreenCTM();
    if (!ctm) return;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    let best: BodyAreaId | undefined, bestD = Infinity;
    for (const b of areaBlobs()) {
      if (!facesView(b.normal, view)) continue;
      const [x, y] = flatten(b.point, view);
      const d = Math.hypot(x - pt.x, y - pt.y) / (b.radius * 1000);
      if (d < bestD) {
        bestD = d;
        best = b.area;
      }
    }
    if (best && bestD < 2.5) this.chooseArea(best);
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.t;
    const m = this.muscleById(this.selected);
    const waiting = this.waitingForText;
    return html`<div class="pt-root" part="base" aria-busy=${waiting ? 'true' : nothing}>
      <h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      <div class="layout">
        <div class="stage" part="stage">${this.renderStage(m)}</div>
        <div class="side">
          ${waiting
            ? html`<p class="text-loading" role="status">${coreStrings[this.locale].loading}</p>`
            : html`${this.renderMuscleList()} ${this.renderAreaChooser()}
                <section class="panel" part="panel" aria-labelledby="panel-heading">${this.renderPanel(m)}</section>`}
        </div>
      </div>
      <div class="pt-visually-hidden" role="status">${this.status}</div>
      ${waiting
        ? nothing
        : html`<div class="notes">
            <p class="urgent">${this.note('urgent')}</p>
            <p>${this.note('honesty')}</p>
            <p>${this.note('notDiagnosis')}</p>
          </div>`}
      ${renderFooter({ locale: this.locale, sources: this.footerSources(), disclaimer: this.config?.disclaimer })}
    </div>`;
  }

  private renderStage(m: MapMuscle | undefined): TemplateResult {
    const t = this.t;
    const flat = this.mode === 'flat';
    return html`
      <div
        class="viewport ${flat ? 'flat' : ''}"
        role="group"
        tabindex=${flat ? nothing : '0'}
        aria-label=${flat ? t.drawingLabel(`${t.front}, ${t.back}`) : t.stageLabel}
        aria-describedby=${flat ? nothing : 'stage-help'}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerCancel}
        @wheel=${this.onWheel}
        @keydown=${this.onKeyDown}
      >
        <canvas part="canvas" aria-hidden="true" ?hidden=${flat}></canvas>
        ${flat ? this.renderFlat(m) : this.renderMarkers()}
        ${this.mode === 'pending' ? html`<p class="loading">${t.loading3d}</p>` : nothing}
      </div>
      ${flat
        ? html`<p class="help">${t.fallbackNote} ${t.areaHint}</p>`
        : html`<p class="help" id="stage-help">${t.stageHelp} ${t.areaHint}</p>
            <div class="toolbar">
              <div role="group" aria-label=${t.viewGroup}>
                ${MAP_VIEWS.map(
                  (v) => html`<button type="button" class="pt-button" aria-pressed=${String(this.activeView === v)} @click=${() => this.setPreset(v)}>${t.views[v]}</button>`,
                )}
              </div>
              <button type="button" class="pt-button" aria-label=${t.zoomIn} @click=${() => this.mapView?.zoom(1 / ZOOM_STEP)}>+</button>
              <button type="button" class="pt-button" aria-label=${t.zoomOut} @click=${() => this.mapView?.zoom(ZOOM_STEP)}>−</button>
              <button type="button" class="pt-button" @click=${() => this.mapView?.reset(true)}>${t.reset}</button>
            </div>`}
      ${this.renderLegend()}
    `;
  }

  private xIcon(size = 20): TemplateResult {
    return html`<svg viewBox="-10 -10 20 20" width=${size} height=${size} aria-hidden="true" focusable="false">
      <path class="x-under" d="M-6 -6L6 6M6 -6L-6 6" /><path class="x-over" d="M-6 -6L6 6M6 -6L-6 6" />
    </svg>`;
  }

  private renderMarkers(): TemplateResult {
    // While the Spanish names load the buttons stay (same elements, so a running 3D view keeps its
    // placed markers) with a loading label rather than an English name.
    const waiting = this.waitingForText;
    const label = (mm: MapMuscle) => (waiting ? coreStrings[this.locale].loading : this.t.marker(mm.technicalName ? shortName(mm.technicalName) : mm.name));
    return html`${this.muscleList.map(
      (mm) => html`<button
        type="button"
        class="marker"
        part="marker"
        data-id=${mm.id}
        hidden
        aria-pressed=${String(this.selected === mm.id)}
        aria-label=${label(mm)}
        @click=${() => this.chooseMuscle(mm.id)}
      >
        ${this.xIcon()}
      </button>`,
    )}`;
  }

  private renderLegend(): TemplateResult {
    const t = this.t;
    return html`<ul class="legend">
      <li><span class="swatch x">${this.xIcon(18)}</span>${t.legendTrigger}</li>
      <li><span class="swatch essential"></span>${t.legendEssential}</li>
      <li><span class="swatch spillover"></span>${t.legendSpill}</li>
      <li><span class="swatch area"></span>${t.legendArea}</li>
    </ul>`;
  }

  private renderFlat(m: MapMuscle | undefined): TemplateResult {
    return html`<div class="flat-pair" part="fallback">${(['front', 'back'] as const).map((v) => this.renderFlatView(v, m))}</div>`;
  }

  private renderFlatView(view: FlatView, m: MapMuscle | undefined): TemplateResult {
    const t = this.t;
    const paths = silhouettePaths(view);
    const blobs = areaBlobs().filter((b) => facesView(b.normal, view));
    const circles = (areas: readonly BodyAreaId[], fill: string) =>
      blobs
        .filter((b) => areas.includes(b.area))
        .map((b) => {
          const [x, y] = flatten(b.point, view);
          return svg`<circle cx=${x} cy=${y} r=${Math.round(b.radius * 1000)} fill=${fill} />`;
        });
    const spots = (m ? spotsOf(m) : []).filter((s) => facesView(s.normal, view));
    const label = view === 'front' ? t.front : t.back;
    return html`<figure>
      <svg viewBox=${FLAT_VIEWBOX} role="img" aria-label=${t.drawingLabel(label)} @click=${(e: MouseEvent) => this.onFlatClick(e, view)}>
        <defs>
          <pattern id=${`dots-${view}`} width="14" height="14" patternUnits="userSpaceOnUse">
            <rect width="14" height="14" fill="var(--_zone-tint)" /><circle cx="7" cy="7" r="3.6" fill="var(--_zone)" />
          </pattern>
          <pattern id=${`stripes-${view}`} width="16" height="16" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="16" height="16" fill="var(--_skin)" /><rect width="7" height="16" fill="var(--_area)" />
          </pattern>
          <clipPath id=${`body-${view}`}>${paths.map((d) => svg`<path d=${d} />`)}</clipPath>
        </defs>
        <g class="sil-stroke">${paths.map((d) => svg`<path d=${d} />`)}</g>
        <g class="sil-fill">${paths.map((d) => svg`<path d=${d} />`)}</g>
        <g clip-path=${`url(#body-${view})`}>
          ${m ? circles(m.spillover, `url(#dots-${view})`) : nothing} ${m ? circles(m.essential, 'var(--_zone)') : nothing}
          ${this.area ? circles([this.area], `url(#stripes-${view})`) : nothing}
        </g>
        ${spots.map((s) => {
          const [x, y] = flatten(s.point, view);
          return svg`<g transform=${`translate(${x} ${y})`}><path class="x-under" d="M-30 -30L30 30M30 -30L-30 30" stroke-width="30" /><path class="x-over" d="M-30 -30L30 30M30 -30L-30 30" stroke-width="14" /></g>`;
        })}
      </svg>
      <figcaption>${label}</figcaption>
    </figure>`;
  }

  private renderMuscleList(): TemplateResult {
    const t = this.t;
    const list = this.muscleList;
    return html`<section part="muscles" aria-labelledby="muscles-heading">
      <h3 id="muscles-heading">${t.muscles}</h3>
      ${bodyAreaGroups.map((g) => {
        const inGroup = list.filter((mm) => mm.region === g);
        if (!inGroup.length) return nothing;
        return html`<h4 id=${`grp-${g}`}>${t.groups[g]}</h4>
          <ul class="muscle-list" aria-labelledby=${`grp-${g}`}>
            ${inGroup.map(
              (mm) => html`<li>
                <button type="button" class="pt-button" data-muscle=${mm.id} aria-pressed=${String(this.selected === mm.id)} @click=${() => this.chooseMuscle(mm.id)}>
                  ${mm.name}
                </button>
              </li>`,
            )}
          </ul>`;
      })}
    </section>`;
  }

  private renderAreaChooser(): TemplateResult {
    const t = this.t;
    return html`<section part="areas">
      <h3><label for="area-select">${t.whereHurts}</label></h3>
      <select
        id="area-select"
        .value=${this.area ?? ''}
        @change=${(e: Event) => this.chooseArea(((e.target as HTMLSelectElement).value || undefined) as BodyAreaId | undefined)}
      >
        <option value="" ?selected=${!this.area}>${t.chooseArea}</option>
        ${bodyAreaGroups.map(
          (g) => html`<optgroup label=${t.groups[g]}>
            ${bodyAreas
              .filter((a) => a.group === g)
              .map((a) => html`<option value=${a.id} ?selected=${this.area === a.id}>${this.areaLabel(a.id as BodyAreaId)}</option>`)}
          </optgroup>`,
        )}
      </select>
    </section>`;
  }

  private renderPanel(m: MapMuscle | undefined): TemplateResult {
    const t = this.t;
    if (m) return this.renderMuscleInfo(m);
    if (this.area) {
      const matches = musclesForArea(this.area, this.muscleList);
      return html`<h3 id="panel-heading">${t.results(this.areaLabel(this.area))}</h3>
        ${matches.length
          ? html`<ul class="results">
              ${matches.map((r) => {
                const mm = this.muscleById(r.id);
                return html`<li>
                  <button type="button" class="pt-button" data-result=${r.id} @click=${() => this.chooseMuscle(r.id)}>
                    <span class="swatch ${r.zone}" aria-hidden="true"></span><span>${mm?.name ?? r.id}</span>
                    <span class="zone-tag">(${t.zone[r.zone]})</span>
                  </button>
                </li>`;
              })}
            </ul>`
          : html`<p>${t.noResults}</p>`}`;
    }
    return html`<h3 id="panel-heading" class="pt-visually-hidden">${t.title}</h3><p>${t.pickPrompt}</p>`;
  }

  private renderMuscleInfo(m: MapMuscle): TemplateResult {
    const t = this.t;
    const core = coreStrings[this.locale];
    const cites = [...new Set([...m.cite, ...m.description.cite])];
    return html`<h3 id="panel-heading">${m.name}</h3>
      ${m.technicalName ? html`<p class="technical">${core.technicalName}: ${m.technicalName}</p>` : nothing}
      ${m.custom ? html`<p class="clinic-tag">${t.fromClinic}</p>` : nothing}
      <p><strong>${t.where}:</strong> ${m.where}</p>
      <p>${m.description.text}</p>
      ${m.symptoms.length
        ? html`<h4>${t.symptoms}</h4>
            <ul>
              ${m.symptoms.map((s) => html`<li>${s.text}</li>`)}
            </ul>`
        : nothing}
      ${m.selfCare ? html`<h4>${t.selfCare}</h4><p>${m.selfCare.text}</p>` : nothing}
      ${m.seekCare ? html`<div class="seek"><strong>${t.seekCare}:</strong> ${m.seekCare.text}</div>` : nothing}
      <ul class="zones">
        <li><span class="swatch essential" aria-hidden="true"></span><span><strong>${t.zoneHeading.essential}:</strong> ${this.areaList(m.essential)}</span></li>
        ${m.spillover.length
          ? html`<li><span class="swatch spillover" aria-hidden="true"></span><span><strong>${t.zoneHeading.spillover}:</strong> ${this.areaList(m.spillover)}</span></li>`
          : nothing}
      </ul>
      ${cites.length
        ? html`<p class="cites">${t.cites}: ${cites.map((id) => `${sources[id].authors.split(',')[0]} ${sources[id].year}`).join('; ')}</p>`
        : nothing}`;
  }

  /** "a, b and c" / "a, b y c" in the reader's language. */
  private areaList(areas: readonly BodyAreaId[]): string {
    return formatList(this.locale, areas.map((a) => this.areaLabel(a)));
  }

  private footerSources() {
    const ids: SourceId[] = [];
    for (const mm of this.muscleList) ids.push(...mm.cite);
    for (const n of Object.values(mapNotes)) ids.push(...n.cite);
    return footerSources(ids);
  }
}
