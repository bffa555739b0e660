// Render partials around the diagram: the numbered key, the meter and description, the sliders and
// brain-state choice, the toolbar, and the two disclosures. Plain functions of what they show.
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/locale.js';
import { coreStrings } from '../../core/strings.js';
import { formatNumber } from '../../core/format.js';
import { GATE_PART_IDS, type GatePartId, type GateUi } from '../../content/gate-control-base.js';
import type { GateMoreWords } from './words.js';
import { BRAIN_STATES, level, type BrainState } from './gate-model.js';
import { BADGES, legendIcon, type PartText } from './diagram.js';

export type TechnicalNames = 'toggle' | 'shown' | 'hidden';

/** The numbered key under the diagram (narrow layouts). */
export function renderLegend(ui: GateUi, parts: Record<GatePartId, PartText>, showTech: boolean): TemplateResult {
  return html`<ol class="legend" part="legend" aria-label=${ui.legend}>
    ${BADGES.map(
      (b, i) => html`<li>
        <span class="num" aria-hidden="true">${i + 1}</span>${legendIcon(b.id)}
        <span>${parts[b.id].label}${showTech ? html`<span class="tech">${parts[b.id].technical}</span>` : nothing}</span>
      </li>`,
    )}
  </ol>`;
}

/** The "pain signal reaching the brain" meter and the sentence describing the state. */
export function renderReadout(o: { ui: GateUi; locale: Locale; signal: number; meterName?: string; description: string; reducedNote: boolean }): TemplateResult {
  const rounded = Math.round(o.signal);
  return html`<div class="readout">
    <span class="meter-label" id="meter-label">${o.ui.meterText(formatNumber(o.locale, rounded), o.meterName ?? o.ui.meterLabel)}</span>
    <div
      class="meter"
      part="meter"
      role="meter"
      aria-labelledby="meter-label"
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${rounded}
      aria-valuetext=${o.ui.outOf(rounded, o.ui.signalLevels[level(o.signal)])}
    >
      <div class="meter-fill"></div>
    </div>
    <p class="state" id="state-description" part="description">${o.description}</p>
    ${o.reducedNote ? html`<p class="reduced-note">${o.ui.reducedNote}</p>` : nothing}
  </div>`;
}

/** One 0–100 slider with its label, value in words and hint. */
export function renderSlider(which: 'pain' | 'touch', o: { ui: GateUi; locale: Locale; value: number; label?: string; onInput: (e: Event) => void }): TemplateResult {
  const { ui, locale } = o;
  const value = Math.round(o.value);
  const word = ui.levels[level(o.value)];
  return html`<div class=${`slider ${which}`}>
    <label for=${`${which}-input`}>
      <span>${o.label ?? ui[which]}</span>
      <output for=${`${which}-input`} aria-hidden="true">${formatNumber(locale, value)} · ${word}</output>
    </label>
    <span class="hint" id=${`${which}-hint`}>${which === 'pain' ? ui.painHint : ui.touchHint}</span>
    <input
      id=${`${which}-input`}
      type="range"
      min="0"
      max="100"
      step="1"
      .value=${String(value)}
      aria-describedby=${`${which}-hint`}
      aria-valuetext=${ui.outOf(value, word)}
      @input=${o.onInput}
    />
  </div>`;
}

/** The brain-state choice as a radio group. */
export function renderBrainChoice(o: { ui: GateUi; brain: BrainState; legend?: string; word: (b: BrainState) => string; onChange: (e: Event) => void }): TemplateResult {
  return html`<fieldset>
    <legend>${o.legend ?? o.ui.brain}</legend>
    <div class="segmented">
      ${BRAIN_STATES.map(
        (b) => html`<label>
          <input type="radio" name="brain" value=${b} .checked=${o.brain === b} @change=${o.onChange} />
          <span>${o.word(b)} <span class="sub">(${o.ui.brainHints[b]})</span></span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

export interface ToolbarState {
  ui: GateUi;
  locale: Locale;
  playing: boolean;
  guided: boolean;
  techMode: TechnicalNames;
  showTechnical: boolean;
  togglePlay: () => void;
  toggleGuided: () => void;
  toggleTechnical: () => void;
}

/** Play/pause, the guided-tour switch and the technical-names switch. */
export function renderToolbar(t: ToolbarState): TemplateResult {
  const core = coreStrings[t.locale];
  return html`<div class="toolbar" part="toolbar">
    <button class="pt-button play" type="button" @click=${t.togglePlay}>
      ${t.playing
        ? html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h4v12H3zM9 2h4v12H9z" /></svg>${core.pause}`
        : html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2v12l10-6z" /></svg>${core.play}`}
    </button>
    <button class="pt-button guided-toggle" type="button" aria-pressed=${t.guided ? 'true' : 'false'} @click=${t.toggleGuided}>${t.ui.guided}</button>
    ${t.techMode === 'toggle'
      ? html`<button class="pt-button tech-toggle" type="button" aria-pressed=${t.showTechnical ? 'true' : 'false'} @click=${t.toggleTechnical}>
          ${t.ui.technicalNames}
        </button>`
      : nothing}
  </div>`;
}

/** What the disclosures show: their words arrive the first time one is opened (`more` is undefined until then). */
export interface DisclosureState {
  more: GateMoreWords | undefined;
  ui: GateUi;
  noteSummary: string;
  parts: Record<GatePartId, PartText>;
  techMode: TechnicalNames;
  note: boolean;
  loading: string;
  /** Called when a disclosure opens (and when the pointer or focus comes to one): the words are asked for. */
  want: () => void;
}

/** "What the parts do" and the "How sure are we?" note (which a clinic may turn off). */
export function renderDisclosures(d: DisclosureState): TemplateResult {
  const { more, parts } = d;
  const want = (e: Event) => (e.type !== 'toggle' || (e.target as HTMLDetailsElement).open) && d.want();
  const pending = html`<p class="loading" role="status">${d.loading}</p>`;
  return html`<details class="more parts-info" @toggle=${want} @pointerenter=${want} @focusin=${want}>
      <summary>${d.ui.whatPartsDo}</summary>
      ${more
        ? html`<dl>
            ${GATE_PART_IDS.map(
              (id) => html`<dt>${parts[id].label}${d.techMode !== 'hidden' ? html` <span class="tech">(${more.technical[id]})</span>` : nothing}</dt>
                <dd>${more.roles[id]}</dd>`,
            )}
          </dl>`
        : pending}
    </details>
    ${d.note
      ? html`<details class="more note" part="note" @toggle=${want} @pointerenter=${want} @focusin=${want}>
          <summary>${d.noteSummary}</summary>
          ${more
            ? html`<ul>
                ${more.note.map((t) => html`<li>${t}</li>`)}
                <li>${more.speeds}</li>
              </ul>`
            : pending}
        </details>`
      : nothing}`;
}
