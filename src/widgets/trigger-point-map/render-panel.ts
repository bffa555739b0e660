// The map's side column and legend as render functions: the muscle list, "Where does it hurt?", the
// info panel (a muscle's details or the muscles for an area) and the legend. Text only, never HTML.
import { html, nothing, type TemplateResult } from 'lit';
import { formatList } from '../../core/format.js';
import { coreStrings } from '../../core/strings.js';
import type { Locale } from '../../core/locale.js';
import { bodyAreas, bodyAreaGroups, type BodyAreaId } from '../../content/body-areas.js';
import type { Source } from '../../content/types.js';
import { musclesForArea } from './body/referral.js';
import type { MapMuscle } from './map-content.js';
import type { MapStrings } from './strings.js';
import { MAP_VIEWS, type MapViewName } from './camera-focus.js';
import { ZOOM_STEP } from './orbit-input.js';

export interface PanelContext {
  t: MapStrings;
  locale: Locale;
  list: readonly MapMuscle[];
  selected?: MapMuscle;
  area?: BodyAreaId;
  areaLabel(id: string): string;
  chooseMuscle(id: string): void;
  chooseArea(id: BodyAreaId | undefined): void;
  /** The bibliography (./sources.ts), once it has arrived after connect. */
  sources?: Readonly<Record<string, Source>>;
}

export function renderMuscleList(c: PanelContext): TemplateResult {
  // a named group, not a landmark: two maps on one page would give two landmarks of the same name
  return html`<div part="muscles" role="group" aria-labelledby="muscles-heading">
    <h3 id="muscles-heading">${c.t.muscles}</h3>
    ${bodyAreaGroups.map((g) => {
      const inGroup = c.list.filter((m) => m.region === g);
      if (!inGroup.length) return nothing;
      return html`<h4 id=${`grp-${g}`}>${c.t.groups[g]}</h4>
        <ul class="muscle-list" aria-labelledby=${`grp-${g}`}>
          ${inGroup.map(
            (m) => html`<li>
              <button type="button" class="pt-button" data-muscle=${m.id} aria-pressed=${String(c.selected?.id === m.id)} @click=${() => c.chooseMuscle(m.id)}>
                ${m.name}
              </button>
            </li>`,
          )}
        </ul>`;
    })}
  </div>`;
}

export function renderAreaChooser(c: PanelContext): TemplateResult {
  return html`<section part="areas">
    <h3><label for="area-select">${c.t.whereHurts}</label></h3>
    <select id="area-select" .value=${c.area ?? ''} @change=${(e: Event) => c.chooseArea(((e.target as HTMLSelectElement).value || undefined) as BodyAreaId | undefined)}>
      <option value="" ?selected=${!c.area}>${c.t.chooseArea}</option>
      ${bodyAreaGroups.map(
        (g) => html`<optgroup label=${c.t.groups[g]}>
          ${bodyAreas.filter((a) => a.group === g).map((a) => html`<option value=${a.id} ?selected=${c.area === a.id}>${c.areaLabel(a.id)}</option>`)}
        </optgroup>`,
      )}
    </select>
  </section>`;
}

const areaList = (c: PanelContext, areas: readonly string[]) => formatList(c.locale, areas.map((a) => c.areaLabel(a)));

export function renderPanel(c: PanelContext): TemplateResult {
  const { t } = c;
  const m = c.selected;
  if (m) {
    const core = coreStrings[c.locale];
    const cited = c.sources ?? {};
    const cites = [...new Set([...m.cite, ...m.description.cite])].flatMap((id) => cited[id] ?? []);
    return html`<h3 id="panel-heading">${m.name}</h3>
      ${m.technicalName ? html`<p class="technical">${core.technicalName}: ${m.technicalName}</p>` : nothing}
      ${m.custom ? html`<p class="clinic-tag">${t.fromClinic}</p>` : nothing}
      ${m.chart.deep ? html`<p class="deep-note">${t.deepNote}</p>` : nothing}
      <p><strong>${t.where}:</strong> ${m.where}</p>
      <p>${m.description.text}</p>
      ${m.symptoms.length ? html`<h4>${t.symptoms}</h4><ul>${m.symptoms.map((s) => html`<li>${s.text}</li>`)}</ul>` : nothing}
      ${m.selfCare ? html`<h4>${t.selfCare}</h4><p>${m.selfCare.text}</p>` : nothing}
      ${m.seekCare ? html`<div class="seek"><strong>${t.seekCare}:</strong> ${m.seekCare.text}</div>` : nothing}
      <ul class="zones">
        <li><span class="swatch essential" aria-hidden="true"></span><span><strong>${t.zoneHeading.essential}:</strong> ${areaList(c, m.essential)}</span></li>
        ${m.spillover.length
          ? html`<li><span class="swatch spillover" aria-hidden="true"></span><span><strong>${t.zoneHeading.spillover}:</strong> ${areaList(c, m.spillover)}</span></li>`
          : nothing}
      </ul>
      ${cites.length ? html`<p class="cites">${t.cites}: ${cites.map((s) => `${s.authors.split(',')[0]} ${s.year}`).join('; ')}</p>` : nothing}
      ${cites.length
        ? html`<ol class="print-only print-sources">
            ${cites.map((s) => html`<li>${s.authors} (${s.year}). ${s.title}. ${s.container}.</li>`)}
          </ol>`
        : nothing}`;
  }
  if (c.area) {
    const matches = musclesForArea(c.area, c.list);
    return html`<h3 id="panel-heading">${t.results(c.areaLabel(c.area))}</h3>
      ${matches.length
        ? html`<ul class="results">
            ${matches.map((r) => {
              const mm = c.list.find((x) => x.id === r.id);
              return html`<li>
                <button type="button" class="pt-button" data-result=${r.id} @click=${() => c.chooseMuscle(r.id)}>
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

export function xIcon(size = 20): TemplateResult {
  return html`<svg viewBox="-10 -10 20 20" width=${size} height=${size} aria-hidden="true" focusable="false">
    <path class="x-under" d="M-6 -6L6 6M6 -6L-6 6" /><path class="x-over" d="M-6 -6L6 6M6 -6L-6 6" />
  </svg>`;
}

/** The legend lists only what the picture can show right now. */
export function renderLegend(c: PanelContext): TemplateResult {
  const { t } = c;
  const m = c.selected;
  return html`<ul class="legend">
    <li><span class="swatch x">${xIcon(18)}</span>${t.legendTrigger}</li>
    ${m?.chart.outline.length ? html`<li><span class="swatch muscle" aria-hidden="true"></span>${t.legendMuscle}</li>` : nothing}
    ${m?.chart.deep ? html`<li><span class="swatch deep" aria-hidden="true"></span>${t.legendDeep}</li>` : nothing}
    <li><span class="swatch essential"></span>${t.legendEssential}</li>
    <li><span class="swatch spillover"></span>${t.legendSpill}</li>
    ${c.area ? html`<li><span class="swatch area"></span>${t.legendArea}</li>` : nothing}
  </ul>`;
}

/** The preset view buttons (the pressed one is the side the camera shows), zoom and reset. */
export function renderToolbar(
  t: MapStrings,
  pressed: (v: MapViewName) => boolean,
  act: { preset(v: MapViewName): void; zoom(factor: number): void; reset(): void },
): TemplateResult {
  return html`<div class="toolbar">
    <div role="group" aria-label=${t.viewGroup}>
      ${MAP_VIEWS.map((v) => html`<button type="button" class="pt-button" data-view=${v} aria-pressed=${String(pressed(v))} @click=${() => act.preset(v)}>${t.views[v]}</button>`)}
    </div>
    <button type="button" class="pt-button" aria-label=${t.zoomIn} @click=${() => act.zoom(1 / ZOOM_STEP)}>+</button>
    <button type="button" class="pt-button" aria-label=${t.zoomOut} @click=${() => act.zoom(ZOOM_STEP)}>−</button>
    <button type="button" class="pt-button" @click=${() => act.reset()}>${t.reset}</button>
  </div>`;
}
