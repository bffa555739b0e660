// <pt-visit-guide>: what a new patient can expect. A five-step visit timeline (with the typical plan for the
// reader's situation), who does what, when to call, and common questions; optionally the questions as
// FAQPage JSON-LD in the page's light DOM for search engines.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LazyConfigController } from '../../core/config-script.js';
import { numberOrText } from '../../core/converters.js';
import { emit } from '../../core/events.js';
import { renderFooter } from '../../core/footer.js';
import { formatRange } from '../../core/format.js';
import { LocaleTextController, sharedImport } from '../../core/locale-text.js';
import { boxStyles } from '../../core/box.css.js';
import { PtElement } from '../../core/pt-element.js';
import { PrintDetailsController } from '../../core/print.js';
import { coreStrings } from '../../core/strings.js';
import { PLAN_IDS, ROLE_IDS, VISIT_STEP_IDS, type PlanId, type VisitGuideText, type VisitStepId } from '../../content/visit-guide-base.js';
import { BibliographyController, bibliographyImport } from '../shared/bibliography.js';
import type { VisitGuideConfig } from './config-schema.js';
import {
  STEP_COUNT,
  beforeTips,
  bookingLink,
  buildFaq,
  citedPoints,
  clinicWord,
  faqJsonLd,
  phoneLink,
  pickPlan,
  plain,
  planRange,
  visibleSections,
  type FaqItem,
  type GuideText,
  type Problem,
} from './model.js';
import { footerSources } from './sources.js';
import { visitStyles } from './styles.js';

/** Detail of `pt-visit-step`: the step now shown, 1–5, and its id. */
export interface PtVisitStepDetail {
  step: number;
  id: VisitStepId;
}

/** Detail of `pt-visit-plan`: the reader's choice of situation. */
export interface PtVisitPlanDetail {
  plan: PlanId;
}

/** Marks the JSON-LD block this widget writes into its own light DOM. */
export const JSON_LD_MARK = 'data-pt-visit-guide';

/**
 * Only the references the guide cites (the build trims ./sources.js). They travel in the widget's own
 * file: the Sources list needs them on every page, and one file fewer is less to download than a lazy one.
 */
const guideSources = bibliographyImport(() => Promise.resolve({ footerSources }));

/** A locale's text, and the English statements whose sources it lists. */
interface LocaleGuide {
  text: GuideText;
  cites: VisitGuideText;
}

// Each language is imported only when a page shows it, English too, so a Spanish page downloads no English
// text (only the English statements' sources and locators: ./citations.ts).
const byLocale = {
  en: sharedImport<LocaleGuide>(() => import('./english.js').then((m) => ({ text: m.visitGuide, cites: m.visitGuide }))),
  es: sharedImport<LocaleGuide>(() =>
    Promise.all([import('../../content/es/visit-guide.js'), import('./citations.js')]).then(([es, en]) => ({ text: es.visitGuideEs, cites: en.citations })),
  ),
};

function heading(level: number, id: string, part: string, content: unknown): TemplateResult {
  switch (Math.min(6, level)) {
    case 2:
      return html`<h2 id=${id} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part}>${content}</h6>`;
  }
}

/**
 * A new-patient guide for physical-therapy and massage clinics: the visit step by step, how often people
 * come, a physical therapist vs a massage therapist vs a spa, when to call, and common questions.
 *
 * @tag pt-visit-guide
 * @summary What to expect at a visit, how often, who does what, when to call, and common questions.
 *
 * @fires {CustomEvent<PtVisitStepDetail>} pt-visit-step - The reader moved to another step of the timeline. `detail: { step, id }`.
 * @fires {CustomEvent<PtVisitPlanDetail>} pt-visit-plan - The reader chose a situation in "Your plan". `detail: { plan }`.
 *
 * @slot - A `<script type="application/json">` child with the clinic's details (see the published schema `pt-visit-guide.schema.json`).
 * @slot disclaimer - Replaces the clinic note (the safety line always stays).
 *
 * @csspart base - The widget's outer box.
 * @csspart title - The widget heading.
 * @csspart timeline - The list of visit steps (all steps show when printed).
 * @csspart step-nav - The buttons that jump to a step (hidden when printed).
 * @csspart step - One step of the visit.
 * @csspart step-controls - The Back and Next buttons (hidden when printed).
 * @csspart plan - The "how often" choice and its typical range.
 * @csspart clinic - The clinic's phone, hours and booking button.
 * @csspart book - The booking button.
 * @csspart roles - The "who does what" comparison.
 * @csspart care - The "when to call" lists.
 * @csspart faq - The common questions.
 * @csspart faq-item - One question and its answer.
 * @csspart disclaimer - The clinic note.
 * @csspart safety - The safety line no configuration removes.
 * @csspart sources - The "Sources" disclosure.
 *
 * @cssprop --pt-accent - Current step, buttons and the chosen plan.
 * @cssprop --pt-on-accent - Text on the accent.
 * @cssprop --pt-text - Main text colour.
 * @cssprop --pt-text-muted - Secondary text.
 * @cssprop --pt-surface - Background.
 * @cssprop --pt-surface-alt - Background of the step, plan and role boxes.
 * @cssprop --pt-border - Borders and the timeline line.
 * @cssprop --pt-focus - Focus ring.
 * @cssprop --pt-warning - Border of the urgent-care list.
 * @cssprop --pt-radius - Corner radius.
 * @cssprop --pt-font-family - Font (defaults to the page's).
 * @cssprop --pt-font-size - Base font size.
 * @cssprop --pt-space - Inner padding.
 */
export class PtVisitGuide extends PtElement {
  static override styles = [PtElement.styles, boxStyles, visitStyles];
  static override properties = {
    step: { converter: numberOrText, reflect: true },
    plan: { reflect: true },
    headingLevel: { attribute: 'heading-level', converter: numberOrText },
    structuredData: { attribute: 'structured-data', type: Boolean, reflect: true },
    announcement: { attribute: false },
  };

  /** The step shown, 1–5 (Before you come, First visit, During a session, After, Your plan). Printing shows all. */
  step: number | string = 1;

  /** The situation chosen in "Your plan": `new-injury`, `long-lasting`, `after-surgery` or `staying-well`. */
  plan: string = 'new-injury';

  /** Heading level of the widget title (2–5); the sections use the next levels. */
  headingLevel: number | string = 2;

  /**
   * Also write the visible questions as schema.org FAQPage JSON-LD into the page (one
   * `<script type="application/ld+json">` child of this element, removed with it).
   */
  structuredData = false;

  private announcement = '';

  private cur = 1;
  private currentPlan: PlanId = 'new-injury';
  private level = 2;

  private readonly text = new LocaleTextController<LocaleGuide>(this, { load: byLocale, what: { en: 'the English text', es: 'the Spanish text' } });
  private readonly bibliography = new BibliographyController(this, guideSources);
  constructor() {
    super();
    // The FAQ answers and the sources print even if the reader never opened them.
    new PrintDetailsController(this);
  }

  private readonly clinicConfig = new LazyConfigController<VisitGuideConfig>(this, () => import('./config-schema.js').then((m) => m.visitGuideSchema));

  private get config(): VisitGuideConfig | undefined {
    return this.clinicConfig.value;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.writeJsonLd(undefined);
  }

  private report(p: Problem | undefined): void {
    if (p) this.warn(p.what, p.valid);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.level = Math.round(this.checkNumber('heading-level', this.headingLevel, 2, 5, 2));
    if (changed.has('step')) this.cur = Math.round(this.checkNumber('step', this.step, 1, STEP_COUNT, 1));
    if (changed.has('plan')) {
      const picked = pickPlan(this.plan);
      this.report(picked.problem);
      this.currentPlan = picked.plan;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const text = this.text.value?.text;
    const show = this.structuredData && this.isConnected && text && !this.clinicConfig.loading && visibleSections(this.config).has('faq');
    this.writeJsonLd(show ? faqJsonLd(buildFaq(text, this.config, this.locale), this.localeController.requested || this.locale) : undefined);
  }

  /** Keeps exactly one JSON-LD block (ours) among the host's children, or none. */
  private writeJsonLd(json: string | undefined): void {
    const blocks = Array.from(this.children).filter((c) => c.hasAttribute(JSON_LD_MARK));
    if (json === undefined) return blocks.forEach((b) => b.remove());
    blocks.slice(1).forEach((b) => b.remove());
    let block = blocks[0];
    if (!block) {
      block = document.createElement('script');
      block.setAttribute('type', 'application/ld+json');
      block.setAttribute(JSON_LD_MARK, '');
      this.append(block);
    }
    if (block.textContent !== json) block.textContent = json;
  }

  private goTo(step: number, focusPanel = false): void {
    const n = Math.min(STEP_COUNT, Math.max(1, step));
    if (n === this.cur) return;
    this.step = n;
    this.cur = n;
    const text = this.text.value?.text;
    const id = VISIT_STEP_IDS[n - 1]!;
    // Without text (still loading) there is no step visible to announce.
    if (text) this.announcement = text.ui.stepAnnounce(n, text.steps[id].title);
    emit(this, 'pt-visit-step', { step: n, id });
    if (focusPanel) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#step-${id} [tabindex="-1"]`)?.focus());
  }

  private choosePlan(plan: PlanId): void {
    if (plan === this.currentPlan) return;
    this.plan = plan;
    emit(this, 'pt-visit-plan', { plan });
  }

  override render() {
    return this.text.render({
      pending: () => this.renderLoading(),
      complete: (guide) => (this.clinicConfig.loading ? this.renderLoading() : this.renderGuide(guide)),
    });
  }

  private renderLoading(): TemplateResult {
    return html`<div class="pt-root" part="base"><p class="loading" role="status">${coreStrings[this.locale].loading}</p></div>`;
  }

  private renderGuide({ text, cites }: LocaleGuide): TemplateResult {
    const locale = this.locale;
    const config = this.config;
    const sections = visibleSections(config);
    const faq = buildFaq(text, config, locale);
    const cited = citedPoints(cites, sections, faq, this.currentPlan);
    const l = this.level;
    return html`<div class="pt-root" part="base">
      ${heading(l, 'title', 'title', text.title)}
      <p class="intro">${text.intro}</p>
      ${this.renderClinic(text)} ${sections.has('timeline') ? this.renderTimeline(text, l + 1) : nothing}
      ${sections.has('roles') ? this.renderRoles(text, l + 1) : nothing} ${sections.has('care') ? this.renderCare(text, l + 1) : nothing}
      ${sections.has('faq') ? this.renderFaq(text, faq, l + 1) : nothing}
      ${renderFooter({ locale, sources: this.bibliography.sources(cited), disclaimer: clinicWord(config, 'disclaimer', locale) })}
    </div>`;
  }

  private renderClinic(text: GuideText): TemplateResult | typeof nothing {
    const config = this.config;
    if (!config) return nothing;
    const phone = phoneLink(config.phone);
    const book = bookingLink(config.bookingUrl, document.baseURI);
    this.report(phone.problem);
    this.report(book.problem);
    const hours = clinicWord(config, 'hours', this.locale);
    if (!config.phone && !hours && !book.href) return nothing;
    return html`<div class="clinic" part="clinic">
      ${config.phone
        ? phone.href
          ? html`<a class="phone" href=${phone.href}>${text.ui.callClinic(config.phone)}</a>`
          : html`<span class="phone">${text.ui.callClinic(config.phone)}</span>`
        : nothing}
      ${hours ? html`<p class="hours"><span class="label">${text.ui.clinicHours}:</span> ${hours}</p>` : nothing}
      ${book.href
        ? html`<a class="pt-button primary book" part="book" href=${book.href}>${config.clinicName ? text.ui.bookAt(config.clinicName) : text.ui.book}</a>`
        : nothing}
    </div>`;
  }

  private renderTimeline(text: GuideText, level: number): TemplateResult {
    const cur = this.cur;
    const ui = text.ui;
    return html`<section class="timeline-section" aria-labelledby="timeline-h">
      ${heading(level, 'timeline-h', 'timeline-heading', ui.timelineHeading)}
      <ol class="step-nav" part="step-nav">
        ${VISIT_STEP_IDS.map(
          (id, i) =>
            html`<li>
              <button type="button" class="nav-button" aria-current=${i + 1 === cur ? 'step' : nothing} @click=${() => this.goTo(i + 1, true)}>
                <span class="num" aria-hidden="true">${i + 1}</span> ${text.steps[id].title}
              </button>
            </li>`,
        )}
      </ol>
      <ol class="steps" part="timeline">
        ${VISIT_STEP_IDS.map((id, i) => this.renderStep(text, id, i + 1, level + 1))}
      </ol>
      <div class="step-controls" part="step-controls">
        <button type="button" class="pt-button back" ?disabled=${cur === 1} @click=${() => this.goTo(cur - 1)}>${ui.back}</button>
        <span class="step-of">${ui.stepOf(cur, STEP_COUNT)}</span>
        <button type="button" class="pt-button primary next" ?disabled=${cur === STEP_COUNT} @click=${() => this.goTo(cur + 1)}>${ui.next}</button>
      </div>
      <p class="pt-visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderStep(text: GuideText, id: VisitStepId, n: number, level: number): TemplateResult {
    const step = text.steps[id];
    const points = id === 'before' ? beforeTips(text, this.config, this.locale).map((t) => t.text) : step.points.map(plain);
    return html`<li class="step" part="step" id=${`step-${id}`} ?hidden=${n !== this.cur} aria-current=${n === this.cur ? 'step' : nothing}>
      <div class="step-head" tabindex="-1">
        <span class="step-num" aria-hidden="true">${n}</span>
        ${heading(level, `step-${id}-h`, 'step-heading', html`<span class="pt-visually-hidden">${text.ui.stepOf(n, STEP_COUNT)}: </span>${step.title}`)}
      </div>
      <ul class="points">
        ${points.map((p) => html`<li>${p}</li>`)}
      </ul>
      ${id === 'plan' ? this.renderPlan(text) : nothing}
    </li>`;
  }

  private renderPlan(text: GuideText): TemplateResult {
    const ui = text.ui;
    const locale = this.intlLocale;
    const plan = this.currentPlan;
    const range = planRange(plan, this.config);
    const visits = range ? formatRange(locale, range.visits[0], range.visits[1]) : '';
    const weeks = range?.weeks ? ui.forWeeks(formatRange(locale, range.weeks[0], range.weeks[1], 'week')) : ui.noUsualLength;
    return html`<div class="plan" part="plan">
      <fieldset>
        <legend>${ui.planLegend}</legend>
        ${PLAN_IDS.map(
          (id) =>
            html`<label class="choice"
              ><input type="radio" name="plan" .value=${id} .checked=${id === plan} @change=${() => this.choosePlan(id)} /> ${text.plans[id].label}</label
            >`,
        )}
      </fieldset>
      <div class="plan-result" aria-live="polite">
        <p class="range">
          <strong>${text.plans[plan].label}:</strong>
          ${range ? html`${range.unit === 'week' ? ui.perWeek(visits) : ui.perMonth(visits)}, ${weeks}.` : nothing}
        </p>
        <p>${plain(text.plans[plan].note)}</p>
      </div>
      <p class="study">${plain(text.planStudy)}</p>
      <p class="caveat">${plain(text.planCaveat)}</p>
    </div>`;
  }

  private renderRoles(text: GuideText, level: number): TemplateResult {
    return html`<section class="roles" part="roles" aria-labelledby="roles-h">
      ${heading(level, 'roles-h', 'roles-heading', text.ui.rolesHeading)}
      <ul class="role-list">
        ${ROLE_IDS.map((id) => {
          const r = text.roles[id];
          return html`<li class="role">
            ${heading(level + 1, `role-${id}`, 'role-name', r.name)}
            <dl>
              <dt>${text.ui.roleDoes}</dt>
              <dd>${plain(r.does)}</dd>
              <dt>${text.ui.roleFits}</dt>
              <dd>${plain(r.fits)}</dd>
            </dl>
          </li>`;
        })}
      </ul>
      <p class="note">${plain(text.needling)}</p>
    </section>`;
  }

  private renderCare(text: GuideText, level: number): TemplateResult {
    const ui = text.ui;
    const phone = this.config?.phone;
    const href = phoneLink(phone).href;
    return html`<section class="care" part="care" aria-labelledby="care-h">
      ${heading(level, 'care-h', 'care-heading', ui.careHeading)}
      <p class="list-label">${ui.callHeading}</p>
      <ul>
        ${text.care.call.map((p) => html`<li>${plain(p)}</li>`)}
      </ul>
      ${phone ? html`<p>${href ? html`<a href=${href}>${ui.callClinic(phone)}</a>` : ui.callClinic(phone)}</p>` : nothing}
      <div class="urgent">
        <p class="list-label">${ui.urgentHeading}</p>
        <ul>
          ${text.care.urgent.map((p) => html`<li>${plain(p)}</li>`)}
        </ul>
      </div>
    </section>`;
  }

  private renderFaq(text: GuideText, faq: readonly FaqItem[], level: number): TemplateResult {
    return html`<section class="faq" part="faq" aria-labelledby="faq-h">
      ${heading(level, 'faq-h', 'faq-heading', text.ui.faqHeading)}
      ${faq.map(
        (f) =>
          html`<details class="faq-item" part="faq-item" data-id=${f.id}>
            <summary>${f.question}</summary>
            <p>${f.answer}</p>
          </details>`,
      )}
    </section>`;
  }
}
