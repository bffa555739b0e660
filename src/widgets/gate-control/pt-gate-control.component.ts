// <pt-gate-control>: an interactive picture of the gate control theory of pain. The patient moves pain,
// touch and the brain's state; the model decides how much signal reaches the brain, and the picture follows.
// The guided tour (tour.ts), the panel partials (panel.ts) and the per-locale text (text.ts) live beside it.
import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PtElement } from '../../core/pt-element.js';
import { VisibilityController } from '../../core/visibility.js';
import { LazyConfigController } from '../../core/config-script.js';
import { LocaleTextController } from '../../core/locale-text.js';
import { numberOrText } from '../../core/converters.js';
import { emit } from '../../core/events.js';
import { markOnce } from '../../core/perf.js';
import { renderFooter } from '../../core/footer.js';
import { coreStrings } from '../../core/strings.js';
import { formatNumber, formatRange } from '../../core/format.js';
import { GATE_PART_IDS, type GatePartId, type GateUi } from '../../content/gate-control-base.js';
import { BRAIN_STATES, CONDUCTION_M_PER_S, FIBRES, computeGate, displaySpeed, gateWord, level, type BrainState, type FibreId, type GateState } from './gate-model.js';
import { renderDiagram, TRACKS, type PartText } from './diagram.js';
import { stillArrows } from './still-arrows.js';
import type { PulseAnimator } from './animation.js';
import type { GateControlConfig } from './config-schema.js';
import { sourceList } from './sources.js';
import { gateLayout, gateStyles } from './styles.js';
import { gateMoreByLocale, gateTextByLocale, type GateText } from './text.js';
import type { GateFirstWords, GateMoreWords } from './words.js';
import { STEPS, STEP_COUNT, guideImport, type Guide, type StepText } from './tour.js';
import { renderBrainChoice, renderDisclosures, renderLegend, renderReadout, renderSlider, renderToolbar } from './panel.js';

export { STEPS, STEP_COUNT };

/** Detail of `pt-gate-change`. */
export interface PtGateChangeDetail {
  pain: number;
  touch: number;
  brain: BrainState;
  /** Pain signal reaching the brain, 0–100. */
  signal: number;
}

const DEFAULTS = { pain: 70, touch: 0, brain: 'neutral' as BrainState };

/**
 * An animated, interactive explainer of the gate control theory of pain (Melzack & Wall 1965):
 * touch signals on large nerve fibres, and a calm brain, help close a "gate" in the spinal cord so less
 * pain signal reaches the brain.
 *
 * @tag pt-gate-control
 * @summary Interactive pain-gate diagram with pain, touch and brain-state controls, a signal meter and a guided tour.
 *
 * @fires {CustomEvent<PtGateChangeDetail>} pt-gate-change - The reader changed pain, touch, brain state or the guided step. `detail: { pain, touch, brain, signal }`.
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
 * @csspart safety - The core safety line (education only, not a diagnosis, emergency number); a clinic disclaimer never replaces it.
 * @csspart locators - Under each reference in Sources: where in it the widget's claims are supported.
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
  static override properties = {
    pain: { converter: numberOrText },
    touch: { converter: numberOrText },
    brain: {},
    guided: { type: Boolean, reflect: true },
    step: { converter: numberOrText },
    playing: { attribute: false },
    showTechnical: { attribute: false },
    announcement: { attribute: false },
  };

  /** Pain input at the skin, 0–100. Out-of-range values are clamped, non-numbers fall back to 70 (one console warning). */
  pain: number = DEFAULTS.pain;

  /** Touch and pressure (massage), 0–100. Out-of-range values are clamped, non-numbers fall back to 0 (one console warning). */
  touch: number = DEFAULTS.touch;

  /** The brain's state: `calm` helps close the gate, `stressed` opens it. Unknown values fall back to `neutral`. */
  brain: 'calm' | 'neutral' | 'stressed' = DEFAULTS.brain;

  /** Shows the five-step guided tour with Back/Next buttons and captions. */
  guided = false;

  /** The guided step, 1–5 (used with `guided`). Setting it applies that step's pain, touch and brain state. */
  step = 1;

  private playing = true;
  private showTechnical = false;
  private announcement = '';

  // The validated values the widget draws with (attributes may hold anything).
  #cur = { ...DEFAULTS, step: 1 };
  #userPlayChoice = false;
  #model: GateState = computeGate(DEFAULTS);

  /**
   * The words every page shows and the UI words for the active locale, English too imported on demand
   * (after a failed Spanish import the English is imported to show instead, with one warning).
   */
  readonly #text = new LocaleTextController<GateText>(this, { load: gateTextByLocale, what: { en: 'the English text', es: 'the Spanish text' } });
  /**
   * The words a reader asks for (technical names, what each part does, the note, the tour's captions),
   * imported the first time they are wanted (words.ts); from then on they follow the locale like #text.
   */
  #moreText: LocaleTextController<GateMoreWords> | undefined;

  /** The clinic's JSON config; its schema and the validator load only when the page has one. */
  readonly #clinicConfig = new LazyConfigController<GateControlConfig>(
    this,
    () => import('./config-schema.js').then((m) => m.gateControlSchema),
    (config) => (this.showTechnical = config?.technicalNames === 'shown'),
  );

  /** The clinic's validated JSON config ({} without one). */
  get #config(): GateControlConfig {
    return this.#clinicConfig.value ?? {};
  }

  /** True until the first config is applied; the widget shows its loading line meanwhile. */
  get #configLoading(): boolean {
    return this.#clinicConfig.loading;
  }

  readonly #visibility = new VisibilityController(this, { onChange: () => this.#syncAnimation() });
  /** The moving pulses; their code is fetched the first time they should run (never with reduced motion). */
  #animator: PulseAnimator | undefined;
  #animatorImport: Promise<void> | undefined;

  #shouldAnimate(): boolean {
    return this.playing && this.#visibility.visible && this.hasUpdated;
  }

  #syncAnimation(): void {
    if (this.#animator) this.#animator.sync();
    else if (this.#shouldAnimate() && !this.#animatorImport) {
      this.#animatorImport = import('./animation.js').then(
        (m) => {
          this.#animator = new m.PulseAnimator(this, {
            shouldRun: () => this.#shouldAnimate(),
            state: () => this.#model,
            speed: displaySpeed,
            root: () => this.renderRoot,
            onFirstFrame: () => markOnce(this.localName, 'first-frame'),
          });
          this.#animator.sync();
        },
        // The still arrows remain the way to read the picture; play/pause keeps working.
        (error: unknown) => this.warn(`could not load the animation (${String(error)})`),
      );
      this.waitFor(this.#animatorImport);
    }
  }

  /** How much pain signal reaches the brain in the current state, 0–100 (read-only). */
  get signal(): number {
    return Math.round(this.#model.signal * 10) / 10;
  }

  /** True while the impulse animation is running (it stops offscreen, in hidden tabs, when paused). */
  get animating(): boolean {
    return this.#animator?.running ?? false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#userPlayChoice) this.playing = !this.reducedMotion;
  }

  protected override reducedMotionChanged(reduced: boolean): void {
    if (reduced) this.playing = false;
    else if (!this.#userPlayChoice) this.playing = true;
  }

  /** The words for the active locale; undefined while they load (a loading line shows). */
  get #content(): GateFirstWords | undefined {
    return this.#text.value?.words;
  }

  /** The words the reader asked for; undefined until they are wanted and here. */
  get #more(): GateMoreWords | undefined {
    return this.#moreText?.value;
  }

  /** The tour's caption box, once imported and its styles adopted by this element's shadow root. */
  #guide: Guide | undefined;
  #guideImport: Promise<void> | undefined;

  #wantGuide(): void {
    this.#guideImport ??= guideImport.load().then(
      (m) => {
        adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof PtGateControl).elementStyles, m.guideStyles]);
        this.#guide = m;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#guideImport = undefined; // a later start of the tour tries again
        this.warn(`could not load the guided tour (${String(error)})`);
      },
    );
    this.waitFor(this.#guideImport);
  }

  /** Asks for the words shown on request (the tour, technical names, a disclosure); imported once. */
  #wantMore(): LocaleTextController<GateMoreWords> {
    if (!this.#moreText) {
      this.#moreText = new LocaleTextController<GateMoreWords>(this, { load: gateMoreByLocale, what: { en: 'the English text', es: 'the Spanish text' } });
      this.requestUpdate();
    }
    return this.#moreText;
  }

  /** UI words for the active locale (render and announceStep run only once the text is here). */
  get #ui(): GateUi {
    return this.#text.value!.ui;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('pain')) this.#cur.pain = this.checkNumber('pain', this.pain, 0, 100, DEFAULTS.pain);
    if (changed.has('touch')) this.#cur.touch = this.checkNumber('touch', this.touch, 0, 100, DEFAULTS.touch);
    if (changed.has('brain')) this.#cur.brain = this.checkEnum('brain', this.brain, BRAIN_STATES, DEFAULTS.brain);
    if (changed.has('step')) {
      this.#cur.step = Math.round(this.checkNumber('step', this.step, 1, STEP_COUNT, 1));
      // Setting a step (attribute or Back/Next) shows that step's state.
      if (this.guided && changed.get('step') !== undefined) this.#applyStep();
    }
    if (changed.has('guided') && this.guided) this.#applyStep();
    // The page or the reader asked for the tour or the technical names: their words come now.
    if (this.guided || this.showTechnical || this.#config.technicalNames === 'shown') this.#wantMore();
    if (this.guided && !this.#guide) this.#wantGuide();
    this.#model = computeGate(this.#cur);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#syncAnimation();
    // Through CSSOM, not a style attribute, which a strict Content-Security-Policy blocks.
    this.renderRoot.querySelector<HTMLElement>('.meter-fill')?.style.setProperty('transform', `scaleX(${this.#model.signal / 100})`);
    // With reduced motion the still picture is the first frame (not the loading line); otherwise the animator marks it.
    if (!this.playing && this.#content && !this.#configLoading) markOnce(this.localName, 'first-frame');
  }

  #applyStep(): void {
    const { pain, touch, brain } = STEPS[this.#cur.step - 1];
    Object.assign(this.#cur, { pain, touch, brain });
    // Keep the public properties in step without re-validating.
    Object.assign(this, { pain, touch, brain });
  }

  #fireChange(): void {
    this.#model = computeGate(this.#cur);
    emit(this, 'pt-gate-change', { pain: this.#cur.pain, touch: this.#cur.touch, brain: this.#cur.brain, signal: this.signal });
  }

  #onSlider(which: 'pain' | 'touch', e: Event): void {
    const value = Number((e.target as HTMLInputElement).value);
    this.#cur[which] = value;
    this[which] = value;
    this.#fireChange();
  }

  #onBrain(e: Event): void {
    const value = (e.target as HTMLInputElement).value as BrainState;
    this.#cur.brain = value;
    this.brain = value;
    this.#fireChange();
  }

  #go(delta: number): void {
    const next = Math.min(STEP_COUNT, Math.max(1, this.#cur.step + delta));
    if (next === this.#cur.step) return;
    this.#cur.step = next;
    this.step = next;
    this.#applyStep();
    this.#announceStep(next);
    this.#fireChange();
  }

  #toggleGuided(): void {
    this.guided = !this.guided;
    if (this.guided) {
      this.#cur.step = 1;
      this.step = 1;
      this.#applyStep();
      this.#announceStep(1);
      this.#fireChange();
    }
  }

  #togglePlay(): void {
    this.#userPlayChoice = true;
    this.playing = !this.playing;
  }

  /** Reads the step out once its caption is here (the tour's words may still be on their way). */
  #announceStep(n: number): void {
    this.#wantMore().promise.then(
      () => {
        if (!this.#content || !this.#more || this.#cur.step !== n) return; // no step text until the text is in
        const s = this.#stepText(n - 1);
        this.announcement = `${this.#ui.stepOf(n, STEP_COUNT)}. ${s.title}. ${s.text}`;
      },
      () => {}, // the controller warns; a failed caption is not read out
    );
  }

  #stepText(i: number): StepText {
    const custom = this.#config.steps?.[i];
    const builtIn = this.#more?.steps[i] ?? { title: '', text: coreStrings[this.locale].loading };
    return { title: custom?.title ?? (custom ? '' : builtIn.title), text: custom?.text ?? builtIn.text };
  }

  #partText(c: GateFirstWords, id: GatePartId): PartText {
    return { label: this.#config.parts?.[id] ?? c.labels[id], technical: this.#more?.technical[id] ?? '' };
  }

  /** The sentence that describes the current state (also the diagram's description); empty while the text loads. */
  describe(): string {
    const s = this.#text.value?.ui;
    if (!s) return '';
    return s.describe({
      pain: s.levels[level(this.#cur.pain)],
      touch: s.levels[level(this.#cur.touch)],
      brain: this.#brainWord(this.#cur.brain),
      gate: s.gateWords[gateWord(this.#model.gate)],
      signal: formatNumber(this.intlLocale, Math.round(this.#model.signal)),
      signalLevel: s.signalLevels[level(this.#model.signal)],
    });
  }

  #speed(f: FibreId): string {
    const { min, max } = CONDUCTION_M_PER_S[f];
    return `${formatRange(this.intlLocale, min, max)} m/s`;
  }

  #brainWord(b: BrainState): string {
    return this.#config.labels?.[b] ?? this.#ui.brainStates[b];
  }

  /** The frame shown for the moment the Spanish text takes to load. */
  #renderLoading(): TemplateResult {
    return html`<div class="pt-root" part="base" aria-busy="true">
      <p class="loading" role="status">${coreStrings[this.locale].loading}</p>
    </div>`;
  }

  override render(): TemplateResult {
    const c = this.#content;
    if (!c || this.#configLoading) return this.#renderLoading();
    const locale = this.locale;
    const s = this.#ui;
    const cfg = this.#config;
    const model = this.#model;
    const techMode = cfg.technicalNames ?? 'toggle';
    // Technical names once their words are here (asked for in willUpdate).
    const showTech = (techMode === 'shown' || (techMode === 'toggle' && this.showTechnical)) && !!this.#more;
    const parts = Object.fromEntries(GATE_PART_IDS.map((id) => [id, this.#partText(c, id)])) as Record<GatePartId, PartText>;
    const step = this.#cur.step;
    // A plain class string: classMap would add a directive runtime to the shared Lit chunk for this widget alone.
    const classes = `pt-root${this.playing ? '' : ' is-static'}${model.descending.effect === 'facilitate' ? ' facilitate-mode' : ''}`;

    return html`<div class=${classes} part="base">
      <h2 class="title" part="title">${cfg.title ?? c.title}</h2>
      <p class="intro">${c.intro}</p>
      ${this.guided && this.#guide ? this.#guide.renderGuide(step, STEP_COUNT, this.#stepText(step - 1), s, (d) => this.#go(d)) : nothing}
      <div class="pt-visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>

      <div class="figure" part="figure">
        ${renderDiagram({
          state: model,
          speedTitle: s.speedTitle,
          speeds: Object.fromEntries(FIBRES.map((f) => [f, this.#speed(f)])) as Record<FibreId, string>,
          pain: this.#cur.pain / 100,
          touch: this.#cur.touch / 100,
          parts,
          showTechnical: showTech,
          brainWord: this.#brainWord(this.#cur.brain),
          gateWord: s.gateWords[gateWord(model.gate)],
          gateLabel: s.gate,
          stillArrows: stillArrows(TRACKS, model),
          focus: this.guided ? STEPS[step - 1].focus : [],
          title: `${cfg.title ?? c.title}. ${s.diagramName}`,
        })}
      </div>

      ${renderLegend(s, parts, showTech)}
      ${renderReadout({ ui: s, locale, signal: model.signal, meterName: cfg.labels?.meter, description: this.describe(), reducedNote: this.reducedMotion && !this.playing })}

      <div class="controls" part="controls">
        ${renderSlider('pain', { ui: s, locale, value: this.#cur.pain, label: cfg.labels?.pain, onInput: (e) => this.#onSlider('pain', e) })}
        ${renderSlider('touch', { ui: s, locale, value: this.#cur.touch, label: cfg.labels?.touch, onInput: (e) => this.#onSlider('touch', e) })}
        ${renderBrainChoice({ ui: s, brain: this.#cur.brain, legend: cfg.labels?.brain, word: (b) => this.#brainWord(b), onChange: (e) => this.#onBrain(e) })}
      </div>

      ${renderToolbar({
        ui: s,
        locale,
        playing: this.playing,
        guided: this.guided,
        techMode,
        showTechnical: this.showTechnical,
        togglePlay: () => this.#togglePlay(),
        toggleGuided: () => this.#toggleGuided(),
        toggleTechnical: () => (this.showTechnical = !this.showTechnical),
      })}
      ${renderDisclosures({
        more: this.#more,
        ui: s,
        noteSummary: c.noteSummary,
        parts,
        techMode,
        note: cfg.note !== false,
        loading: coreStrings[locale].loading,
        want: () => this.#wantMore(),
      })}
      ${renderFooter({ locale, sources: sourceList, disclaimer: cfg.disclaimer })}
    </div>`;
  }
}
