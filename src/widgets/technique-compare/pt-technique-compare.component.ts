// <pt-technique-compare>: two to four hands-on techniques side by side, the same question reading across.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { numberOrText } from '../../core/converters.js';
import { emit } from '../../core/events.js';
import { formatList } from '../../core/format.js';
import type { Locale } from '../../core/locale.js';
import { boxStyles } from '../../core/box.css.js';
import { PtElement } from '../../core/pt-element.js';
import { PrintDetailsController } from '../../core/print.js';
import { quote } from '../../core/warn.js';
import { DEFAULT_COMPARE, MAX_COMPARE, MIN_COMPARE } from './fields.js';
import { builtInIds, citedClaims, parseIdList, pickIds, type Catalog, type ResolvedTechnique } from './merge-config.js';
import { renderField, renderHeading, renderLoading, renderNameExtras, renderTechniqueFooter, visibleFields } from './render-fields.js';
import type { TechniqueLocale } from './parts.js';
import { compareStyles, fieldStyles } from './styles.js';
import { TechniqueContentController } from './technique-content.js';

/** Detail of `pt-technique-change`: the ids now compared, in column order. */
export interface PtTechniqueChangeDetail {
  techniques: string[];
}

const idListConverter = {
  fromAttribute: (value: string | null): string[] => parseIdList(value),
  toAttribute: (value: readonly string[]): string => value.join(','),
};

/**
 * Compares two to four manual-therapy techniques. In a wide box it is a real table (techniques as
 * column headers, questions as row headers); in a narrow box (down to 320 px) it becomes one section
 * per question, each technique answering in the same order. The reader can add and remove techniques.
 *
 * @tag pt-technique-compare
 * @summary Compare hands-on techniques side by side: feel, pressure, uses, session length, aftercare, precautions, evidence.
 *
 * @fires {CustomEvent<PtTechniqueChangeDetail>} pt-technique-change - The reader added or removed a technique. `detail: { techniques: string[] }`.
 *
 * @slot - A `<script type="application/json">` child with clinic changes (see the published schema `pt-technique-compare.schema.json`).
 * @slot disclaimer - Replaces the built-in disclaimer text.
 *
 * @csspart base - The widget's outer box.
 * @csspart title - The widget heading.
 * @csspart controls - The add/remove controls (hidden when printing).
 * @csspart table - The comparison table (wide layout).
 * @csspart stack - The stacked, question-by-question layout (narrow).
 * @csspart question - A question heading in the stacked layout.
 * @csspart pressure - Each pressure scale and its words.
 * @csspart disclaimer - The disclaimer paragraph.
 * @csspart safety - The core safety line (education only, not a diagnosis, emergency number); a clinic disclaimer never replaces it.
 * @csspart locators - Under each reference in Sources: where in it the widget's claims are supported.
 * @csspart sources - The "Sources" disclosure.
 *
 * @cssprop --pt-accent - Accent colour (filled pressure steps, buttons).
 * @cssprop --pt-on-accent - Text colour on the accent.
 * @cssprop --pt-text - Main text colour.
 * @cssprop --pt-text-muted - Secondary text colour.
 * @cssprop --pt-surface - Background colour.
 * @cssprop --pt-surface-alt - Background of the controls area.
 * @cssprop --pt-border - Border and divider colour.
 * @cssprop --pt-focus - Focus ring colour.
 * @cssprop --pt-radius - Corner radius.
 * @cssprop --pt-font-family - Font family (defaults to the page's).
 * @cssprop --pt-font-size - Base font size.
 * @cssprop --pt-space - Inner padding.
 */
export class PtTechniqueCompare extends PtElement {
  static override styles = [PtElement.styles, boxStyles, fieldStyles, compareStyles];
  static override properties = {
    techniques: { reflect: true, converter: idListConverter },
    headingLevel: { attribute: 'heading-level', converter: numberOrText },
    announcement: { attribute: false },
  };

  /**
   * The techniques to compare, 2 to 4, as a comma-separated list of ids (built-in or clinic-added).
   * Built-in ids: `active-release`, `trigger-point-therapy`, `soft-tissue`, `myofascial-release`, `deep-tissue`,
   * `sports-massage`, `lymphatic-drainage`, `swedish`, `instrument-assisted`, `dry-needling`.
   * As a property: an array of ids. Default: soft-tissue, myofascial-release, trigger-point-therapy.
   * @attr techniques
   */
  techniques: string[] = [...DEFAULT_COMPARE];

  /**
   * Heading level of the widget title (2–5); question headings in the narrow layout use the next level.
   * @attr heading-level
   */
  headingLevel: number | string = 2;

  private announcement = '';

  private readonly content = new TechniqueContentController(
    this,
    (m) => m.techniqueCompareSchema,
    () => {
      const ids = builtInIds(this.requested()).slice(0, MAX_COMPARE);
      return ids.length ? ids : DEFAULT_COMPARE;
    },
  );

  constructor() {
    super();
    // Closed <details> hide their content on paper: opened for the handout, restored afterwards.
    new PrintDetailsController(this);
  }

  /** A message to put in the live region after the empty region has rendered. */
  private nextAnnouncement: string | undefined;
  private announced: (() => void)[] = [];
  /** The techniques drawn, and the locale they are in (a new locale shows the loading line, never the old text). */
  private shown: ResolvedTechnique[] = [];
  private shownLocale: Locale | undefined;
  private level = 2;
  private seen = { techniques: '' as unknown, version: '', locale: '' };
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.level = Math.round(this.checkNumber('heading-level', this.headingLevel, 2, 5, 2));
    const locale = this.locale;
    // Until the clinic's config is in, its added ids would be warned about as unknown: wait for it.
    if (this.content.configLoading) return;
    const catalog = this.content.catalog(locale);
    if (!catalog) return;
    if (this.seen.techniques !== this.techniques || this.seen.version !== this.content.version || this.seen.locale !== locale) {
      this.seen = { techniques: this.techniques, version: this.content.version, locale };
      const ids = this.resolveIds(catalog);
      // The techniques' text is imported when first shown: until it is here the previous columns stay.
      if (this.content.ready(ids)) {
        const loaded = this.content.catalog(locale)!;
        this.shown = ids.map((id) => loaded.byId.get(id)).filter((t): t is ResolvedTechnique => t !== undefined);
        this.shownLocale = locale;
      } else if (this.shownLocale !== locale) this.shown = [];
    }
  }

  /** The ids asked for, as given. A script may assign a comma string instead of an array; accept both. */
  private requested(): string[] {
    const raw: unknown = this.techniques;
    return Array.isArray(raw) ? parseIdList(raw.map(String).join(',')) : typeof raw === 'string' ? parseIdList(raw) : [];
  }

  /** The ids to draw, after one warning per kind of bad input. */
  private resolveIds(catalog: Catalog): string[] {
    const picked = pickIds(this.requested(), catalog.ids, MAX_COMPARE);
    if (picked.unknown.length) {
      this.warn(`techniques: unknown id${picked.unknown.length > 1 ? 's' : ''} ${picked.unknown.map((u) => quote(u, 40)).join(', ')} ignored`, catalog.ids);
    }
    if (picked.dropped.length) {
      this.warn(`techniques: at most ${MAX_COMPARE} at a time; left out ${picked.dropped.join(', ')}`, `${MIN_COMPARE} to ${MAX_COMPARE} ids`);
    }
    let ids = picked.ids.length ? picked.ids : [...DEFAULT_COMPARE];
    if (ids.length < MIN_COMPARE) {
      // One technique is no comparison: fill up from the defaults, skipping the one already chosen.
      const fill = DEFAULT_COMPARE.filter((d) => !ids.includes(d) && catalog.names.has(d)).slice(0, MIN_COMPARE - ids.length);
      this.warn(
        `techniques needs at least ${MIN_COMPARE} to compare, but only ${ids.join(', ')} is known; also showing ${fill.join(', ')}`,
        `${MIN_COMPARE} to ${MAX_COMPARE} ids`,
      );
      ids = [...ids, ...fill];
    }
    return ids;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.nextAnnouncement === undefined) return;
    this.announcement = this.nextAnnouncement;
    this.nextAnnouncement = undefined;
    this.announced.splice(0).forEach((resolve) => resolve());
  }

  private get select(): HTMLSelectElement | null {
    return this.renderRoot.querySelector('select');
  }

  /**
   * Puts `message` in the live region. It is cleared and rendered empty first, so the same message
   * (e.g. pressing Add at the limit twice) changes the region again and is announced again.
   */
  private announce(message: string): void {
    this.announcement = '';
    this.nextAnnouncement = message;
    this.requestUpdate(); // the region may already be empty: render anyway, so updated() puts the message in
    // updateComplete (the page's, a test's) waits until the message is in the region.
    this.waitFor(new Promise<void>((resolve) => this.announced.push(resolve)));
  }

  private setTechniques(ids: string[], message: string): void {
    this.techniques = ids;
    this.announce(message);
    emit(this, 'pt-technique-change', { techniques: [...ids] });
  }

  private onAdd(): void {
    const s = this.content.strings!;
    const id = this.select?.value;
    if (this.shown.length >= MAX_COMPARE) {
      this.announce(s.atMost(MAX_COMPARE));
      return;
    }
    const name = id ? this.content.catalog(this.locale)?.names.get(id) : undefined;
    if (!id || !name || this.shown.some((x) => x.id === id)) return;
    const ids = [...this.shown.map((x) => x.id), id];
    this.setTechniques(ids, s.added(name, ids.length));
  }

  private async onRemove(id: string, index: number): Promise<void> {
    const s = this.content.strings!;
    if (this.shown.length <= MIN_COMPARE) {
      this.announce(s.atLeast(MIN_COMPARE));
      return;
    }
    const t = this.shown.find((x) => x.id === id);
    const ids = this.shown.map((x) => x.id).filter((x) => x !== id);
    this.setTechniques(ids, s.removed(t?.name ?? id, ids.length));
    await this.updateComplete;
    // The focused button is gone: move to the one that took its place, else the last one.
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('.chosen button');
    buttons[Math.min(index, buttons.length - 1)]?.focus();
  }

  override render() {
    if (this.content.configLoading) return renderLoading(this.locale);
    return this.content.text.render({ pending: () => renderLoading(this.locale), complete: (text) => this.renderCompare(text) });
  }

  private renderCompare(text: TechniqueLocale): TemplateResult {
    const locale = this.locale;
    const s = text.strings;
    const shown = this.shown;
    if (!shown.length) return renderLoading(locale);
    const fields = visibleFields(this.content.config?.hideFields);
    const catalog = this.content.catalog(locale)!;
    const available = catalog.ids.filter((id) => !shown.some((t) => t.id === id));
    const atMax = shown.length >= MAX_COMPARE;
    const atMin = shown.length <= MIN_COMPARE;
    const names = formatList(this.intlLocale, shown.map((t) => t.name));
    const note = fields.includes('precautions') && shown.some((t) => !t.clinic) ? text.notes.precautions : undefined;
    const myth = fields.includes('after') && shown.some((t) => !t.clinic && t.pressure !== 'none') ? text.notes.myth : undefined;
    const cited = [...citedClaims(shown), ...(note ? [note] : []), ...(myth ? [myth] : [])];
    const sub = Math.min(6, this.level + 1);

    return html`<div class="pt-root" part="base">
      ${renderHeading(this.level, 'title', 'title', 'title', s.title)}
      <div class="controls" part="controls" role="group" aria-labelledby="controls-label">
        <p id="controls-label" class="controls-label">${s.controlsLabel}</p>
        <ul class="chosen" aria-label=${s.chosenLabel}>
          ${shown.map(
            (t, i) => html`<li>
              <span class="chip-name">${t.name}</span>
              <button
                type="button"
                class="pt-button remove"
                aria-disabled=${atMin ? 'true' : 'false'}
                aria-describedby=${atMin ? 'min-note' : nothing}
                @click=${() => this.onRemove(t.id, i)}
              >
                ${s.remove('')}<span class="pt-visually-hidden">${t.name}</span>
              </button>
            </li>`,
          )}
        </ul>
        ${atMin ? html`<p id="min-note" class="hint">${s.atLeast(MIN_COMPARE)}</p>` : nothing}
        ${available.length
          ? html`<div class="add-row">
              <div class="add-field">
                <label for="add-select">${s.addLabel}</label>
                <select id="add-select" ?disabled=${atMax} aria-describedby=${atMax ? 'max-note' : nothing}>
                  ${available.map((id) => html`<option value=${id}>${catalog.names.get(id) ?? id}</option>`)}
                </select>
              </div>
              <button
                type="button"
                class="pt-button primary add"
                aria-disabled=${atMax ? 'true' : 'false'}
                aria-describedby=${atMax ? 'max-note' : nothing}
                @click=${this.onAdd}
              >
                ${s.add}
              </button>
            </div>`
          : html`<p class="hint">${s.noneLeft}</p>`}
        ${atMax ? html`<p id="max-note" class="hint">${s.atMost(MAX_COMPARE)}</p>` : nothing}
        <p class="pt-visually-hidden" role="status">${this.announcement}</p>
      </div>

      <div class="table-view">
        <table part="table">
          <caption>
            ${s.caption(names)}
          </caption>
          <thead>
            <tr>
              <th scope="col"><span class="pt-visually-hidden">${s.techniqueColumn}</span></th>
              ${shown.map((t) => html`<th scope="col"><span class="col-name">${t.name}</span> ${renderNameExtras(t, s)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${fields.map(
              (key) => html`<tr>
                <th scope="row">${s.questions[key]}</th>
                ${shown.map((t) => html`<td>${renderField(key, t, s, this.intlLocale)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>

      <div class="stack-view" part="stack">
        ${fields.map(
          (key) => html`<section class="question">
            ${renderHeading(sub, `q-${key}`, 'q', 'question', s.questions[key])}
            <dl>
              ${shown.map((t) => html`<dt>${t.name}</dt><dd>${renderField(key, t, s, this.intlLocale)}</dd>`)}
            </dl>
          </section>`,
        )}
      </div>

      ${myth ? html`<p class="note">${myth.text}</p>` : nothing} ${note ? html`<p class="note">${note.text}</p>` : nothing}
      ${renderTechniqueFooter(locale, this.content.sources(cited), this.content.config?.disclaimer)}
    </div>`;
  }
}
