// <pt-gate-control>: an interactive picture of the gate control theory of pain. The patient moves pain,
// touch and the brain's state; the model decides how much signal reaches the brain, and the picture follows.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PtElement } from '../../core/pt-element.js';
import type { Locale } from '../../core/locale.js';
import { VisibilityController } from '../../core/visibility.js';
import { LazyConfigController } from '../../core/config-script.js';
import { numberOrText } from '../../core/converters.js';
import { emit } from '../../core/events.js';
import { markOnce } from '../../core/perf.js';
import { renderFooter } from '../../core/footer.js';
import { coreStrings } from '../../core/strings.js';
import { formatNumber, formatRange } from '../../core/format.js';
import { gateControl as englishContent, gateUi as englishUi, GATE_PART_IDS, type GateControlContent, type GatePartId, type GateUi } from '../../content/gate-control.js';
import { BibliographyController } from '../shared/bibliography.js';
import type { Statement } from '../../content/types.js';
import { BRAIN_STATES, CONDUCTION_M_PER_S, FIBRES, computeGate, displaySpeed, gateWord, level, type BrainState, type FibreId, type GateState } from './gate-model.js';
import { renderDiagram, legendIcon, BADGES, TRACKS, type PartText } from './diagram.js';
import type { PulseAnimator } from './animation.js';
import type { GateControlConfig } from './config-schema.js';
import { gateLayout, gateStyles } from './styles.js';

export interface GateChangeDetail {
  pain: number;
  touch: number;
  brain: BrainState;
  /** Pain signal reaching the brain, 0–100. */
  signal: number;
}

export const STEP_COUNT = 5;

/** What each guided step shows: the inputs it sets and the parts it points at. */
export const STEPS: readonly { pain: number; touch: number; brain: BrainState; focus: readonly GatePartId[] }[] = [
  { pain: 70, touch: 0, brain: 'neutral', focus: ['skin', 'adelta', 'c'] },
  { pain: 70, touch: 0, brain: 'neutral', focus: ['interneuron', 'tcell', 'ascending', 'brain'] },
  { pain: 70, touch: 80, brain: 'neutral', focus: ['skin', 'abeta'] },
  { pain: 70, touch: 80, brain: 'neutral', focus: ['interneuron', 'tcell', 'ascending'] },
  // Massage stays on, so the brain's share shows as a further closing of the gate.
  { pain: 70, touch: 80, brain: 'calm', focus: ['brain', 'descending', 'interneuron'] },
];

const DEFAULTS = { pain: 70, touch: 0, brain: 'neutral' as BrainState };

/** A locale's medical text and UI words. */
interface Text {
  content: GateControlContent;
  ui: GateUi;
}

const english: Text = { content: englishContent, ui: englishUi };

// The Spanish text and UI words are imported once per page, when an element first needs them; elements
// that need them later render them straight away.
let spanishText: Text | undefined;

/** Runs `load` once per page; after a failure a later element may try again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

const loadSpanish = once(() => import('../../content/es/gate-control.js').then((m) => (spanishText = { content: m.gateControl, ui: m.gateUi })));

// The still arrows are hidden while the pulses play, so their code (with the path maths) arrives just
// after the first render; with reduced motion they appear a moment after the picture.
let arrows: typeof import('./still-arrows.js') | undefined;
const loadArrows = once(() => import('./still-arrows.js').then((m) => (arrows = m)));

function statements(c: GateControlContent): Statement[] {
  return [c.intro, ...GATE_PART_IDS.map((id) => c.parts[id].role), ...c.steps.map((s) => s.text), ...c.note.items, c.speeds];
}

/**
 * An animated, interactive explainer of the gate control theory of pain (Melzack & Wall 1965):
 * touch signals on large nerve fibres, and a calm brain, help close a "gate" in the spinal cord so less
 * pain signal reaches the brain.
 *
 * @tag pt-gate-control
 * @summary Interactive pain-gate diagram with pain, touch and brain-state controls, a signal meter and a guided tour.
 *
 * @fires pt-gate-change - The reader changed pain, touch, brain state or the guided step. `detail: { pain, touch, brain, signal }`.
 *
 * @slot disclaimer - Replaces the built-in "for education only" line.
 *
 * @csspart base - The widget's outer box.
 * @csspart title - The heading.
 * @csspart guide - The guided-tour caption box (only with `guided`).
 * @csspart figure - The fixed-ratio box around the diagram.
 * @csspart diagram - The SVG diagram.
 * @csspart legend - The numbered key under the diagram (narrow layouts).
 * @csspart meter - The "pain signal reaching the brain" meter.
 * @csspart description - The sentence describing the current state.
 * @csspart controls - The sliders and the brain-state choice.
 * @csspart toolbar - Play/pause, step-by-step and technical-names buttons.
 * @csspart note - The "How sure are we?" disclosure.
 * @csspart disclaimer - The disclaimer line.
 * @csspart sources - The "Sources" disclosure.
 *
 * @cssprop --pt-accent - Buttons, slider thumbs and the selected brain state.
 * @cssprop --pt-on-accent - Text on accent backgrounds.
 * @cssprop --pt-text - Main text and outline colour.
 * @cssprop --pt-text-muted - Secondary text (technical names, hints).
 * @cssprop --pt-surface - Background.
 * @cssprop --pt-surface-alt - Background of the guide box, spinal cord and meter track.
 * @cssprop --pt-border - Borders.
 * @cssprop --pt-focus - Focus ring.
 * @cssprop --pt-radius - Corner radius.
 * @cssprop --pt-font-family - Font (defaults to the page's).
 * @cssprop --pt-font-size - Base font size (default 1rem); text and controls scale with it.
 * @cssprop --pt-space - Inner padding of the widget (default 1rem).
 * @cssprop --pt-gate-touch-color - The touch (A-beta) fibre.
 * @cssprop --pt-gate-sharp-color - The sharp pain (A-delta) fibre.
 * @cssprop --pt-gate-ache-color - The aching pain (C) fibre.
 * @cssprop --pt-gate-calm-color - The gate cell and the calming path from the brain.
 * @cssprop --pt-gate-signal-color - The signal (T) cell, the path up to the brain and the meter.
 */
export class PtGateControl extends PtElement {
  static override styles = [PtElement.styles, gateStyles, gateLayout];

  /** Pain input at the skin, 0–100. Out-of-range values are clamped, non-numbers fall back to 70 (one console warning). */
  @property({ converter: numberOrText }) pain: number = DEFAULTS.pain;

  /** Touch and pressure (massage), 0–100. Out-of-range values are clamped, non-numbers fall back to 0 (one console warning). */
  @property({ converter: numberOrText }) touch: number = DEFAULTS.touch;

  /** The brain's state: `calm` helps close the gate, `stressed` opens it. Unknown values fall back to `neutral`. */
  @property() brain: 'calm' | 'neutral' | 'stressed' = DEFAULTS.brain;

  /** Shows the five-step guided tour with Back/Next buttons and captions. */
  @property({ type: Boolean, reflect: true }) guided = false;

  /** The guided step, 1–5 (used with `guided`). Setting it applies that step's pain, touch and brain state. */
  @property({ converter: numberOrText }) step = 1;

  @state() private spanish: Text | undefined = spanishText;
  @state() private playing = true;
  @state() private showTechnical = false;
  @state() private announcement = '';

  // The validated values the widget draws with (attributes may hold anything).
  private cur = { ...DEFAULTS, step: 1 };
  private userPlayChoice = false;
  private spanishFailed = false;
  private model: GateState = computeGate(DEFAULTS);

  private readonly bibliography = new BibliographyController(this);

  /** The clinic's JSON config; its schema and the validator load only when the page has one. */
  private readonly clinicConfig = new LazyConfigController<GateControlConfig>(
    this,
    () => import('./config-schema.js').then((m) => m.gateControlSchema),
    (config) => (this.showTechnical = config?.technicalNames === 'shown'),
  );

  /** The clinic's validated JSON config ({} without one). */
  private get config(): GateControlConfig {
    return this.clinicConfig.value ?? {};
  }

  /** True until the first config is applied; the widget shows its loading line meanwhile. */
  private get configLoading(): boolean {
    return this.clinicConfig.loading;
  }

  private readonly visibility = new VisibilityController(this, { onChange: () => this.syncAnimation() });
  /** The moving pulses; their code is fetched the first time they should run (never with reduced motion). */
  private animator: PulseAnimator | undefined;
  private animatorImport: Promise<void> | undefined;

  /** One warning for a lazily loaded part that did not arrive (offline, a missing dist/ file). */
  private loadFailed(what: string, error: unknown): void {
    this.warn(`could not load ${what} (${String(error)})`);
  }

  private shouldAnimate(): boolean {
    return this.playing && this.visibility.visible && this.hasUpdated;
  }

  private syncAnimation(): void {
    if (this.animator) this.animator.sync();
    else if (this.shouldAnimate() && !this.animatorImport) {
      this.animatorImport = import('./animation.js').then(
        (m) => {
          this.animator = new m.PulseAnimator(this, {
            shouldRun: () => this.shouldAnimate(),
            state: () => this.model,
            speed: displaySpeed,
            root: () => this.renderRoot,
            onFirstFrame: () => markOnce(this.localName, 'first-frame'),
          });
          this.animator.sync();
        },
        // The still arrows remain the way to read the picture; play/pause keeps working.
        (error: unknown) => this.loadFailed('the animation', error),
      );
      this.waitFor(this.animatorImport);
    }
  }

  /** How much pain signal reaches the brain in the current state, 0–100 (read-only). */
  get signal(): number {
    return Math.round(this.model.signal * 10) / 10;
  }

  /** True while the impulse animation is running (it stops offscreen, in hidden tabs, when paused). */
  get animating(): boolean {
    return this.animator?.running ?? false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.userPlayChoice) this.playing = !this.reducedMotion;
    if (!arrows)
      this.waitFor(
        loadArrows().then(
          () => this.requestUpdate(),
          // The description and the meter still say what the arrows show.
          (error: unknown) => this.loadFailed('the still arrows', error),
        ),
      );
  }

  protected override reducedMotionChanged(reduced: boolean): void {
    if (reduced) this.playing = false;
    else if (!this.userPlayChoice) this.playing = true;
  }

  protected override localeChanged(locale: Locale): void {
    if (locale === 'es') this.ensureSpanish();
  }

  private ensureSpanish(): void {
    if (this.spanish || this.spanishFailed) return;
    if (spanishText) {
      this.spanish = spanishText;
      return;
    }
    // A second call while loading waits on the same (shared) import.
    const loading = loadSpanish().then(
      (es) => {
        this.spanish = es;
      },
      (error: unknown) => {
        this.spanishFailed = true;
        this.loadFailed('the Spanish text; showing English', error);
        this.requestUpdate();
      },
    );
    // updateComplete resolves only once the Spanish text (or the English fallback) is rendered.
    this.waitFor(loading);
  }

  /**
   * The text for the active locale, or undefined while the Spanish text loads: the widget then
   * shows a loading line rather than English text under a Spanish label.
   */
  private get text(): Text | undefined {
    return this.locale === 'es' && !this.spanishFailed ? this.spanish : english;
  }

  private get content(): GateControlContent | undefined {
    return this.text?.content;
  }

  /** UI words; English until the Spanish ones arrive (only describe() can ask that early). */
  private get ui(): GateUi {
    return (this.text ?? english).ui;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('pain')) this.cur.pain = this.checkNumber('pain', this.pain, 0, 100, DEFAULTS.pain);
    if (changed.has('touch')) this.cur.touch = this.checkNumber('touch', this.touch, 0, 100, DEFAULTS.touch);
    if (changed.has('brain')) this.cur.brain = this.checkEnum('brain', this.brain, BRAIN_STATES, DEFAULTS.brain);
    if (changed.has('step')) {
      this.cur.step = Math.round(this.checkNumber('step', this.step, 1, STEP_COUNT, 1));
      // Setting a step (attribute or Back/Next) shows that step's state.
      if (this.guided && changed.get('step') !== undefined) this.applyStep();
    }
    if (changed.has('guided') && this.guided) this.applyStep();
    this.model = computeGate(this.cur);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncAnimation();
    // Through CSSOM, not a style attribute, which a strict Content-Security-Policy blocks.
    this.renderRoot.querySelector<HTMLElement>('.meter-fill')?.style.setProperty('transform', `scaleX(${this.model.signal / 100})`);
    // With reduced motion the still picture is the first frame (not the loading line); otherwise the animator marks it.
    if (!this.playing && this.content && !this.configLoading && arrows) markOnce(this.localName, 'first-frame');
  }

  private applyStep(): void {
    const { pain, touch, brain } = STEPS[this.cur.step - 1];
    Object.assign(this.cur, { pain, touch, brain });
    // Keep the public properties in step without re-validating.
    Object.assign(this, { pain, touch, brain });
  }

  private fireChange(): void {
    this.model = computeGate(this.cur);
    emit<GateChangeDetail>(this, 'pt-gate-change', { pain: this.cur.pain, touch: this.cur.touch, brain: this.cur.brain, signal: this.signal });
  }

  private onSlider(which: 'pain' | 'touch', e: Event): void {
    const value = Number((e.target as HTMLInputElement).value);
    this.cur[which] = value;
    this[which] = value;
    this.fireChange();
  }

  private onBrain(e: Event): void {
    const value = (e.target as HTMLInputElement).value as BrainState;
    this.cur.brain = value;
    this.brain = value;
    this.fireChange();
  }

  private go(delta: number): void {
    const next = Math.min(STEP_COUNT, Math.max(1, this.cur.step + delta));
    if (next === this.cur.step) return;
    this.cur.step = next;
    this.step = next;
    this.applyStep();
    this.announceStep(next);
    this.fireChange();
  }

  private toggleGuided(): void {
    this.guided = !this.guided;
    if (this.guided) {
      this.cur.step = 1;
      this.step = 1;
      this.applyStep();
      this.announceStep(1);
      this.fireChange();
    }
  }

  private togglePlay(): void {
    this.userPlayChoice = true;
    this.playing = !this.playing;
  }

  private announceStep(n: number): void {
    const c = this.content;
    if (!c) return; // no step text to read out until the Spanish text is in
    const s = this.stepText(c, n - 1);
    this.announcement = `${this.ui.stepOf(n, STEP_COUNT)}. ${s.title}. ${s.text}`;
  }

  private stepText(c: GateControlContent, i: number): { title: string; text: string } {
    const custom = this.config.steps?.[i];
    const builtIn = c.steps[i];
    return { title: custom?.title ?? (custom ? '' : builtIn.title), text: custom?.text ?? builtIn.text.text };
  }

  private partText(c: GateControlContent, id: GatePartId): PartText {
    const p = c.parts[id];
    return { label: this.config.parts?.[id] ?? p.label, technical: p.technical };
  }

  /** The sentence that describes the current state (also the diagram's description). */
  describe(): string {
    const s = this.ui;
    return s.describe({
      pain: s.levels[level(this.cur.pain)],
      touch: s.levels[level(this.cur.touch)],
      brain: this.brainWord(this.cur.brain),
      gate: s.gateWords[gateWord(this.model.gate)],
      signal: formatNumber(this.locale, Math.round(this.model.signal)),
      signalLevel: s.signalLevels[level(this.model.signal)],
    });
  }

  private speed(f: FibreId): string {
    const { min, max } = CONDUCTION_M_PER_S[f];
    return `${formatRange(this.locale, min, max)} m/s`;
  }

  private brainWord(b: BrainState): string {
    return this.config.labels?.[b] ?? this.ui.brainStates[b];
  }

  private slider(which: 'pain' | 'touch'): TemplateResult {
    const s = this.ui;
    const value = this.cur[which];
    const word = s.levels[level(value)];
    const labelText = this.config.labels?.[which] ?? s[which];
    return html`<div class=${`slider ${which}`}>
      <label for=${`${which}-input`}>
        <span>${labelText}</span>
        <output for=${`${which}-input`} aria-hidden="true">${formatNumber(this.locale, Math.round(value))} · ${word}</output>
      </label>
      <span class="hint" id=${`${which}-hint`}>${which === 'pain' ? s.painHint : s.touchHint}</span>
      <input
        id=${`${which}-input`}
        type="range"
        min="0"
        max="100"
        step="1"
        .value=${String(Math.round(value))}
        aria-describedby=${`${which}-hint`}
        aria-valuetext=${s.outOf(Math.round(value), word)}
        @input=${(e: Event) => this.onSlider(which, e)}
      />
    </div>`;
  }

  /** The frame shown for the moment the Spanish text takes to load. */
  private renderLoading(): TemplateResult {
    return html`<div class="pt-root" part="base" aria-busy="true">
      <p class="loading" role="status">${coreStrings[this.locale].loading}</p>
    </div>`;
  }

  override render(): TemplateResult {
    const c = this.content;
    if (!c || this.configLoading) return this.renderLoading();
    const locale = this.locale;
    const s = this.ui;
    const core = coreStrings[locale];
    const cfg = this.config;
    const model = this.model;
    const techMode = cfg.technicalNames ?? 'toggle';
    const showTech = techMode === 'shown' || (techMode === 'toggle' && this.showTechnical);
    const parts = Object.fromEntries(GATE_PART_IDS.map((id) => [id, this.partText(c, id)])) as Record<GatePartId, PartText>;
    const step = this.cur.step;
    const stepText = this.stepText(c, step - 1);
    const description = this.describe();
    const signalRounded = Math.round(model.signal);
    const meterLabel = s.meterText(formatNumber(locale, signalRounded), cfg.labels?.meter ?? s.meterLabel);
    // A plain class string: classMap would add a directive runtime to the shared Lit chunk for this widget alone.
    const classes = `pt-root${this.playing ? '' : ' is-static'}${model.descending.effect === 'facilitate' ? ' facilitate-mode' : ''}`;

    return html`<div class=${classes} part="base">
      <h2 class="title" part="title">${cfg.title ?? c.title}</h2>
      <p class="intro">${c.intro.text}</p>

      ${this.guided
        ? html`<section class="guide" part="guide" aria-labelledby="step-count">
            <p class="count" id="step-count">${s.stepOf(step, STEP_COUNT)}</p>
            ${stepText.title ? html`<h3 class="step-title">${stepText.title}</h3>` : nothing}
            <p class="step-text">${stepText.text}</p>
            <div class="guide-nav">
              <!-- aria-disabled, not disabled: the button keeps focus at the first and last step -->
              <button class="pt-button" type="button" aria-disabled=${step <= 1 ? 'true' : 'false'} @click=${() => this.go(-1)}>
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M10.5 2 4.5 8l6 6 1.4-1.4L7.3 8l4.6-4.6z"></path></svg>${s.back}
              </button>
              <button class="pt-button primary" type="button" aria-disabled=${step >= STEP_COUNT ? 'true' : 'false'} @click=${() => this.go(1)}>
                ${s.next}<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M5.5 2 4.1 3.4 8.7 8l-4.6 4.6L5.5 14l6-6z"></path></svg>
              </button>
            </div>
          </section>`
        : nothing}
      <div class="pt-visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>

      <div class="figure" part="figure">
        ${renderDiagram({
          state: model,
          speedTitle: s.speedTitle,
          speeds: Object.fromEntries(FIBRES.map((f) => [f, this.speed(f)])) as Record<FibreId, string>,
          pain: this.cur.pain / 100,
          touch: this.cur.touch / 100,
          parts,
          showTechnical: showTech,
          brainWord: this.brainWord(this.cur.brain),
          gateWord: s.gateWords[gateWord(model.gate)],
          gateLabel: s.gate,
          stillArrows: arrows?.stillArrows(TRACKS, model) ?? nothing,
          focus: this.guided ? STEPS[step - 1].focus : [],
          title: `${cfg.title ?? c.title}. ${s.diagramName}`,
        })}
      </div>

      <ol class="legend" part="legend" aria-label=${s.legend}>
        ${BADGES.map(
          (b, i) => html`<li>
            <span class="num" aria-hidden="true">${i + 1}</span>${legendIcon(b.id)}
            <span>${parts[b.id].label}${showTech ? html`<span class="tech">${parts[b.id].technical}</span>` : nothing}</span>
          </li>`,
        )}
      </ol>

      <div class="readout">
        <span class="meter-label" id="meter-label">${meterLabel}</span>
        <div
          class="meter"
          part="meter"
          role="meter"
          aria-labelledby="meter-label"
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${signalRounded}
          aria-valuetext=${s.outOf(signalRounded, s.signalLevels[level(model.signal)])}
        >
          <div class="meter-fill"></div>
        </div>
        <p class="state" id="state-description" part="description">${description}</p>
        ${this.reducedMotion && !this.playing ? html`<p class="reduced-note">${s.reducedNote}</p>` : nothing}
      </div>

      <div class="controls" part="controls">
        ${this.slider('pain')} ${this.slider('touch')}
        <fieldset>
          <legend>${cfg.labels?.brain ?? s.brain}</legend>
          <div class="segmented">
            ${BRAIN_STATES.map(
              (b) => html`<label>
                <input type="radio" name="brain" value=${b} .checked=${this.cur.brain === b} @change=${this.onBrain} />
                <span>${this.brainWord(b)} <span class="sub">(${s.brainHints[b]})</span></span>
              </label>`,
            )}
          </div>
        </fieldset>
      </div>

      <div class="toolbar" part="toolbar">
        <button class="pt-button play" type="button" @click=${this.togglePlay}>
          ${this.playing
            ? html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h4v12H3zM9 2h4v12H9z"></path></svg>${core.pause}`
            : html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2v12l10-6z"></path></svg>${core.play}`}
        </button>
        <button class="pt-button guided-toggle" type="button" aria-pressed=${this.guided ? 'true' : 'false'} @click=${this.toggleGuided}>
          ${s.guided}
        </button>
        ${techMode === 'toggle'
          ? html`<button
              class="pt-button tech-toggle"
              type="button"
              aria-pressed=${this.showTechnical ? 'true' : 'false'}
              @click=${() => (this.showTechnical = !this.showTechnical)}
            >
              ${s.technicalNames}
            </button>`
          : nothing}
      </div>

      <details class="more parts-info">
        <summary>${s.whatPartsDo}</summary>
        <dl>
          ${GATE_PART_IDS.map(
            (id) => html`<dt>${parts[id].label}${techMode !== 'hidden' ? html` <span class="tech">(${parts[id].technical})</span>` : nothing}</dt>
              <dd>${c.parts[id].role.text}</dd>`,
          )}
        </dl>
      </details>

      ${cfg.note === false
        ? nothing
        : html`<details class="more note" part="note">
            <summary>${c.note.summary}</summary>
            <ul>
              ${c.note.items.map((st) => html`<li>${st.text}</li>`)}
              <li>${c.speeds.text}</li>
            </ul>
          </details>`}
      ${renderFooter({ locale, sources: this.bibliography.sources(statements(c).flatMap((st) => st.cite)), disclaimer: cfg.disclaimer })}
    </div>`;
  }
}
