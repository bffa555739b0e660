// <pt-trigger-point-map>: the Lit shell of the trigger-point map. Lists, info panel and the 2D chart
// render at once; the 3D view (Map3dController, scene/) arrives when the map nears the viewport.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PtElement } from '../../core/pt-element.js';
import { LazyConfigController } from '../../core/config-script.js';
import { LocaleTextController, sharedImport } from '../../core/locale-text.js';
import { asText } from '../../core/converters.js';
import { formatNumber } from '../../core/format.js';
import { emit } from '../../core/events.js';
import { markOnce } from '../../core/perf.js';
import { renderFooter } from '../../core/footer.js';
import { BibliographyController } from '../shared/bibliography.js';
import { quote } from '../../core/warn.js';
import { coreStrings } from '../../core/strings.js';
import { mapNotes } from '../../content/trigger-points.js';
import { bodyAreaIds, type BodyAreaId } from '../../content/body-areas.js';
import { musclesForArea, type AreaMatch } from './body/referral.js';
import { builtBodyMesh, nearestArea, nearestAreaInView } from './body/places.js';
import { drawU, type ChartView } from './body/chart.js';
import type { MapConfig } from './config-schema.js';
import { mergeMuscles, areaLabel, citedStatements, type MapMuscle, type SpanishContent } from './map-content.js';
import { MAP_VIEWS, presetForYaw, type MapViewName } from './camera-focus.js';
import { Map3dController, loadedScene, type MapMode } from './map-3d-controller.js';
import { OrbitInput } from './orbit-input.js';
import { layoutMarkers, markerKeys, placeBodyMarkers, candidatesIn, insetOnLeft, underInset, seenMuscle, type BodyMarker, type InsetBox } from './marker-layout.js';
import { renderDrawings } from './flat-chart.js';
import { placeMarkerButtons } from './marker-buttons.js';
import { renderMuscleList, renderAreaChooser, renderPanel, renderLegend, renderToolbar, xIcon, type PanelContext } from './render-panel.js';
import { mapStrings } from './strings.js';
import { mapStyles } from './styles.js';
import type { ProjectedMarker } from './scene/index.js';

export { MAP_VIEWS, type MapViewName };
export const MARKER_MODES = ['all', 'chosen'] as const;

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

/** The map's trimmed bibliography (./sources.ts), fetched after connect: the footer list and the panel's references. */
const mapSources = sharedImport(() => import('./sources.js'));
const spanishText = sharedImport<SpanishContent | undefined>(() =>
  Promise.all([import('../../content/es/trigger-points.js'), import('../../content/es/body-areas.js')]).then(([tp, areas]) => ({
    muscles: tp.musclesEs, notes: tp.mapNotesEs, areas: areas.bodyAreaLabelsEs,
  })),
);

const MARKER_GAP = 26;
const shortName = (technical: string) => technical.replace(/\s*\(.*\)\s*$/, '');

/**
 * @tag pt-trigger-point-map
 * @summary A trigger-point chart on a 3D body: pick a muscle to see it drawn (blue, with its fibres),
 * its trigger points (X) and where its pain is often felt (solid red = usual, dots = some people), or
 * pick where it hurts to see which muscles may send pain there. A flat front/back chart without WebGL and in print.
 *
 * @fires {CustomEvent<PtMuscleSelectDetail>} pt-muscle-select - The reader chose a muscle (list, marker or result). Detail: `{ muscle, essential, spillover }`.
 * @fires {CustomEvent<PtAreaSelectDetail>} pt-area-select - The reader chose where it hurts (list or a tap on the body). Detail: `{ area, muscles: { id, zone }[] }`, essential matches first.
 *
 * @slot disclaimer - Replaces the clinic's note under the map (the core safety line always stays).
 *
 * @csspart base - The widget's outer box.
 * @csspart stage - The picture: 3D canvas or 2D chart, markers and view buttons.
 * @csspart canvas - The canvas the 3D view is drawn into.
 * @csspart inset - The second small 3D picture (the other side of the body), when shown.
 * @csspart marker - Each trigger-point marker button over the 3D view.
 * @csspart fallback - The flat front/back chart (without WebGL, and in print).
 * @csspart muscles - The muscle list.
 * @csspart areas - The "Where does it hurt?" chooser.
 * @csspart panel - The info panel (muscle details or area results).
 * @csspart disclaimer - The clinic's note.
 * @csspart safety - The core safety line.
 * @csspart sources - The sources disclosure.
 * @csspart locators - Where in each source its claims are supported (in the sources list).
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
 * @cssprop --pt-map-zone - Colour of the referral zones in the 2D chart and legend (default red #c8102e).
 * @cssprop --pt-map-zone-tint - Background of the dotted spillover zone in the 2D chart.
 * @cssprop --pt-map-muscle - Colour of the chosen muscle in the 2D chart and legend (default blue #1f5fa8).
 * @cssprop --pt-map-area - Colour of the chosen area's stripes in the 2D chart.
 * @cssprop --pt-map-body - Body colour of the 2D chart.
 * @cssprop --pt-map-outline - Outline and landmark colour of the 2D chart.
 * @cssprop --pt-map-ink - Colour of the X markers in the 2D chart.
 */
export class PtTriggerPointMap extends PtElement {
  static override styles = [PtElement.styles, mapStyles];
  static override properties = {
    muscle: { reflect: true },
    painArea: { attribute: 'pain-area', reflect: true },
    view: { reflect: true },
    markers: { reflect: true },
    flat: { type: Boolean, reflect: true },
    ...Object.fromEntries(['selected', 'area', 'mode', 'cameraView', 'preset', 'insetView', 'insetBig', 'insetLeft', 'status'].map((k) => [k, { attribute: false }])),
  };

  /** Muscle to show (id, e.g. `upper-trapezius`): its chart is drawn and the camera turns to it. Follows the reader's choice (reflected). */
  muscle?: string;

  /** Where it hurts (a named body area id, e.g. `temple`); lists the muscles that may send pain there. Follows the reader's choice (reflected). */
  painArea?: string;

  /** Preset camera view: `front`, `back`, `left` or `right`. */
  view: MapViewName = 'front';

  /** Which trigger points to show while a muscle is chosen: `chosen` (only its own, as the charts draw them) or `all` (the others too, receded). With no muscle chosen every muscle's points show. Follows the "Show all trigger points" toggle (reflected). */
  markers: (typeof MARKER_MODES)[number] = 'chosen';

  /** Show the flat 2D chart (front, back, side) instead of the 3D view: no three.js is loaded. The map also falls back to it without WebGL. */
  flat = false;

  private selected?: string;
  private area?: BodyAreaId;
  private mode: MapMode = 'pending';
  private cameraView: MapViewName = 'front';
  /** The valid preset the page asked for (`view`), pressed until the 3D camera reports its own. */
  private preset: MapViewName = 'front';
  private insetView?: ChartView;
  /** The second picture is there for the X's and the main one shows none of them: drawn 1.5× as large. */
  private insetBig = false;
  /** In the top left corner: in the top right it would cover some of the chosen muscle's X's. */
  private insetLeft = false;
  private insetMayGrow = false;
  private status = '';

  private appliedConfig?: MapConfig;
  private mergeCache?: { key: unknown[]; list: MapMuscle[] };
  private markerCache?: { list: MapMuscle[]; keys: { key: string; muscle: string }[]; placed?: BodyMarker[] };
  private statusToken = 0;
  /** The clinic's JSON config; its schema and the validator load only when the page has one. */
  private readonly configController = new LazyConfigController<MapConfig>(this, () => import('./config-schema.js').then((m) => m.triggerPointMapSchema));
  private readonly text = new LocaleTextController<SpanishContent | undefined>(this, { fallback: undefined, load: { es: spanishText }, what: 'the Spanish map text' });
  private readonly bibliography = new BibliographyController(this, mapSources);
  private readonly gl = new Map3dController(this);
  private readonly input = new OrbitInput(() => (this.gl.view ? this.orbitTarget : undefined));

  private readonly orbitTarget = {
    orbit: (dy: number, dp: number, drag?: boolean) => this.gl.view?.orbit(dy, dp, drag),
    zoom: (f: number, drag?: boolean) => this.gl.view?.zoom(f, drag),
    end: () => this.gl.view?.endDrag(),
    reset: () => this.gl.view?.reset(true),
    tap: (x: number, y: number, w: number, h: number) => {
      const hit = this.gl.view?.pick(x, y, w, h);
      const area = hit ? nearestArea(hit.point, hit.normal) : undefined;
      if (area) this.chooseArea(area as BodyAreaId);
    },
  };

  private get config(): MapConfig | undefined {
    return this.configController.value;
  }

  private get t() {
    return mapStrings[this.locale];
  }

  /** Diagnostics for tests and benchmarks (WebGL contexts, three.js memory, frames); not a stable API. @internal */
  get renderStats(): { contexts: number; geometries: number; textures: number; frames: number; mode: MapMode; fullBody: boolean } {
    const info = loadedScene()?.rendererInfo() ?? { contexts: 0, geometries: 0, textures: 0 };
    const view = this.gl.view;
    return { contexts: info.contexts, geometries: info.geometries, textures: info.textures, frames: view?.frames ?? 0, mode: this.mode, fullBody: !!view && view.surface === builtBodyMesh() };
  }

  /**
   * True while the Spanish text or the clinic's config loads: texts show a loading line instead of
   * English under a Spanish label, or the built-in names the clinic is about to replace.
   */
  private get waitingForText(): boolean {
    return this.text.status === 'pending' || this.configController.loading;
  }

  private get muscleList(): MapMuscle[] {
    const es = this.locale === 'es' ? this.text.value : undefined;
    const key = [this.config, es];
    if (this.mergeCache?.key.every((k, i) => k === key[i])) return this.mergeCache.list;
    const { list, warnings } = mergeMuscles(this.config, es);
    for (const w of warnings) this.warn(w.message, w.valid);
    this.mergeCache = { key, list };
    return list;
  }

  /** Every trigger point of every muscle on the body (placed once per list, when first asked for). */
  private get bodyMarkers(): BodyMarker[] {
    return (this.markerSet.placed ??= placeBodyMarkers(this.muscleList));
  }

  /** The list's marker keys, for the buttons (their places come with a picture or the flat chart). */
  private get markerSet(): NonNullable<typeof this.markerCache> {
    const list = this.muscleList;
    if (this.markerCache?.list !== list) {
      this.markerCache = { list, keys: markerKeys(list) };
      this.gl.setMarkers(() => this.bodyMarkers); // the 3D view places them as it projects its first picture
    }
    return this.markerCache;
  }

  private muscleById(id: string | undefined): MapMuscle | undefined {
    return id ? this.muscleList.find((m) => m.id === id) : undefined;
  }

  private areaLabel = (id: string): string => areaLabel(id, this.config, this.locale === 'es' ? this.text.value : undefined);

  private note(key: 'honesty' | 'notDiagnosis' | 'urgent'): string {
    return (this.locale === 'es' ? this.text.value?.notes[key] : undefined) ?? mapNotes[key].text;
  }

  // ---- attributes and the 3D controller -------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('view')) {
      this.preset = this.checkEnum('view', asText(this.view), MAP_VIEWS, 'front');
      this.gl.setPreset(this.preset, this.hasUpdated);
    }
    if (changed.has('markers')) this.checkEnum('markers', asText(this.markers), MARKER_MODES, 'chosen');
    if (changed.has('flat')) this.gl.setFlat(this.flat);
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
    void this.markerSet;
    if (changed.has('markers')) this.gl.view?.redraw();
    this.gl.select({ muscle: this.muscleById(this.selected), area: this.area }, true);
  }

  /** Map3dHost: the 3D view started, fell back to 2D or came back. */
  modeChanged(mode: MapMode, message?: string): void {
    this.mode = mode;
    if (message) this.warn(message);
  }

  /** Map3dHost: the second small picture was shown or hidden. */
  insetChanged(view: ChartView | undefined, mayGrow: boolean): void {
    this.insetView = view;
    this.insetMayGrow = mayGrow;
    void this.updateComplete.then(() => this.gl.resize());
  }

  /** Map3dHost: a frame was drawn. Places the marker buttons and keeps the view buttons truthful. */
  framed(projected: ProjectedMarker[], yaw: number): void {
    markOnce(this.localName, 'first-frame');
    const preset = presetForYaw(yaw);
    if (preset !== this.cameraView) {
      this.cameraView = preset;
      this.gl.cameraAt(preset);
    }
    // a marker under the second small picture is left out (that picture covers this part of the body)
    const insetEl = this.insetView ? this.renderRoot.querySelector<HTMLElement>('.inset-box') : null;
    const all = candidatesIn(projected, this.bodyMarkers, yaw);
    const chosen = all.filter((c) => c.visible && c.muscle === this.selected);
    const box: InsetBox | null = insetEl && { m: insetEl.offsetTop, w: insetEl.offsetWidth, h: insetEl.offsetHeight, width: (insetEl.offsetParent as HTMLElement | null)?.clientWidth ?? 0 };
    // (and where it would cover fewer of them, or as many and less of the muscle)
    const view = this.gl.view;
    const muscle = () => (view && this.selected ? seenMuscle(view.surface, view.marks.array as Uint8Array, view.camera.position, (p, n) => view.projectPoint(p, n)) : []);
    if (box) box.left = this.insetLeft = insetOnLeft(box, chosen, muscle, (left) => this.gl.painCovered((x, y) => underInset({ ...box, left }, x, y)));
    const candidates = box ? all.map((c) => (c.visible && underInset(box, c.x, c.y) ? { ...c, visible: false } : c)) : all;
    // the second picture 1.5× as large (from its corner) when the main one shows none of the X's, unless that hides half its pain
    this.insetBig = this.insetMayGrow && !chosen.length && this.gl.painCovered((x, y) => !!box && underInset(box, x, y, this.insetBig ? 1 : 1.5)) < 0.5;
    const shown = new Map(layoutMarkers(candidates, { chosen: this.selected, showAll: this.markers === 'all' || !this.selected, gap: MARKER_GAP }).map((p) => [p.key, p]));
    placeMarkerButtons(this.renderRoot.querySelectorAll<HTMLElement>('.marker'), shown, new Map(projected.map((p) => [p.key, p.pxPerMm])));
  }

  // ---- the reader's choices go through the reflected properties ------------------------------

  private chooseMuscle = (id: string): void => {
    const m = this.muscleById(id);
    if (!m) return;
    this.muscle = id;
    this.selected = id;
    void this.announce(m.name);
    emit(this, 'pt-muscle-select', { muscle: id, essential: [...m.essential], spillover: [...m.spillover] });
  };

  private chooseArea = (id: BodyAreaId | undefined): void => {
    this.painArea = id;
    this.area = id;
    this.muscle = undefined;
    this.selected = undefined;
    if (!id) return;
    const matches = musclesForArea(id, this.muscleList);
    void this.announce(`${this.t.results(this.areaLabel(id))}: ${formatNumber(this.intlLocale, matches.length)}`);
    emit(this, 'pt-area-select', { area: id, muscles: matches });
  };

  private setPreset(v: MapViewName): void {
    this.view = v;
    // pressing the current view again still turns back to it (the property does not change then)
    this.gl.setPreset(v, true);
  }

  /** Puts a message in the live region; cleared first, so a repeated message is read out again. */
  private async announce(message: string): Promise<void> {
    if (this.waitingForText) return;
    const token = ++this.statusToken;
    this.status = '';
    await this.updateComplete;
    if (token === this.statusToken) this.status = message;
  }

  private onFlatClick(e: MouseEvent, view: ChartView): void {
    const ctm = (e.currentTarget as SVGSVGElement).getScreenCTM();
    if (!ctm) return;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const area = nearestAreaInView(view, drawU(pt.x, view), -pt.y);
    if (area) this.chooseArea(area as BodyAreaId);
  }

  // ---- rendering ----------------------------------------------------------------------------

  private get panelContext(): PanelContext {
    return { t: this.t, locale: this.locale, list: this.muscleList, selected: this.muscleById(this.selected), area: this.area, areaLabel: this.areaLabel, chooseMuscle: this.chooseMuscle, chooseArea: this.chooseArea, sources: mapSources.value?.sources };
  }

  override render(): TemplateResult {
    const t = this.t;
    const waiting = this.waitingForText;
    const c = this.panelContext;
    return html`<div class="pt-root ${c.selected ? 'has-muscle' : ''}" part="base" aria-busy=${waiting ? 'true' : nothing}>
      <h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      <div class="layout">
        <div class="stage" part="stage">${this.renderStage(c)}</div>
        <div class="side">
          ${waiting
            ? html`<p class="text-loading" role="status">${coreStrings[this.locale].loading}</p>`
            : html`${renderMuscleList(c)} ${renderAreaChooser(c)}
                <section class="panel" part="panel" aria-labelledby="panel-heading">${renderPanel(c)}</section>`}
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
      ${renderFooter({ locale: this.locale, sources: this.bibliography.sources(citedStatements(this.muscleList, Object.values(mapNotes))), disclaimer: this.config?.disclaimer })}
    </div>`;
  }

  private renderStage(c: PanelContext): TemplateResult {
    const t = this.t;
    const flat = this.mode === 'flat';
    return html`
      <div
        class="viewport ${flat ? 'flat' : ''}"
        role="group"
        tabindex=${flat ? nothing : '0'}
        aria-label=${flat ? t.drawingLabel(`${t.front}, ${t.back}`) : t.stageLabel}
        aria-describedby=${flat ? nothing : 'stage-help'}
        @pointerdown=${this.input.pointerdown}
        @pointermove=${this.input.pointermove}
        @pointerup=${this.input.pointerup}
        @pointercancel=${this.input.pointercancel}
        @wheel=${this.input.wheel}
        @keydown=${this.input.keydown}
      >
        <canvas class="main" part="canvas" aria-hidden="true" ?hidden=${flat}></canvas>
        <div class="inset-box ${this.insetBig ? 'big' : ''} ${this.insetLeft ? 'left' : ''}" part="inset" ?hidden=${flat || !this.insetView} role="img" aria-label=${this.insetView ? t.insetLabel(this.viewName(this.insetView)) : nothing}>
          <canvas class="inset" aria-hidden="true"></canvas>
          <span class="inset-label" aria-hidden="true">${this.insetView ? this.viewName(this.insetView) : ''}</span>
        </div>
        ${flat ? nothing : this.renderMarkers()}
        ${this.mode === 'pending' ? html`<p class="loading">${t.loading3d}</p>` : nothing}
      </div>
      ${flat ? nothing : html`<p class="help" id="stage-help">${t.stageHelp} ${t.areaHint}</p>`}
      ${flat
        ? html`<p class="help">${t.fallbackNote} ${t.areaHint}</p>`
        : renderToolbar(t, (v) => (this.mode === '3d' ? this.cameraView : this.preset) === v, {
            preset: (v) => this.setPreset(v),
            zoom: (f) => this.gl.view?.zoom(f),
            reset: () => this.gl.view?.reset(true),
          })}
      <label class="show-all"><input type="checkbox" .checked=${this.markers === 'all'} @change=${(e: Event) => (this.markers = (e.target as HTMLInputElement).checked ? 'all' : 'chosen')} /> ${t.showAll}</label>
      <div class="chart ${flat ? '' : 'print-only'}" part="fallback">${this.gl.chartWanted ? this.renderFlat(c) : nothing}</div>
      ${renderLegend(c)}
    `;
  }

  private viewName(v: ChartView): string {
    return v === 'front' ? this.t.front : v === 'back' ? this.t.back : this.t.side;
  }

  private renderMarkers(): TemplateResult {
    const waiting = this.waitingForText;
    return html`${this.markerSet.keys.map((mk) => {
      const m = this.muscleById(mk.muscle);
      const label = waiting || !m ? coreStrings[this.locale].loading : this.t.marker(m.technicalName ? shortName(m.technicalName) : m.name);
      return html`<button type="button" class="marker" part="marker" data-key=${mk.key} data-id=${mk.muscle} hidden aria-pressed=${String(this.selected === mk.muscle)} aria-label=${label} @click=${() => this.chooseMuscle(mk.muscle)}>
        ${xIcon()}
      </button>`;
    })}`;
  }

  private renderFlat(c: PanelContext): TemplateResult {
    const m = c.selected;
    return renderDrawings({
      muscle: m, area: this.area, markers: this.bodyMarkers, showAll: this.markers === 'all' || !m,
      viewName: (v) => this.viewName(v),
      label: (v) => {
        const label = this.t.drawingLabel(this.viewName(v));
        return m && !this.waitingForText ? `${label}. ${this.t.muscleLabel(m.name)}` : label;
      },
      onClick: (e, v) => this.onFlatClick(e, v),
    });
  }
}
