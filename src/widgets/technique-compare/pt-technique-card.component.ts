// <pt-technique-card>: one hands-on technique as an article a patient can read before a visit.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { asText, numberOrText } from '../../core/converters.js';
import { boxStyles } from '../../core/box.css.js';
import { PtElement } from '../../core/pt-element.js';
import { renderField, renderHeading, renderLoading, renderNameExtras, renderTechniqueFooter, visibleFields } from './render-fields.js';
import type { TechniqueLocale } from './parts.js';
import { cardStyles } from './card-styles.js';
import { fieldStyles } from './styles.js';
import { TechniqueContentController } from './technique-content.js';

/**
 * One manual-therapy technique as a card: what it is, how it feels, pressure (drawn and in words),
 * what it works on, what it is used for, session length, what to expect after, who should ask first,
 * and an honest note on the evidence, with sources. English or Spanish (`lang`), clinic-configurable.
 *
 * @tag pt-technique-card
 * @summary A plain-language card about one hands-on technique (massage, trigger point therapy, dry needling…).
 *
 * @slot - A `<script type="application/json">` child with clinic changes (see the published schema `pt-technique-card.schema.json`).
 * @slot disclaimer - Replaces the built-in disclaimer text.
 *
 * @csspart base - The widget's outer box.
 * @csspart card - The `<article>`.
 * @csspart heading - The technique name heading.
 * @csspart field - One question and its answer.
 * @csspart pressure - The pressure scale and its words.
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
 * @cssprop --pt-surface-alt - Background of secondary areas.
 * @cssprop --pt-border - Border and divider colour.
 * @cssprop --pt-focus - Focus ring colour.
 * @cssprop --pt-radius - Corner radius.
 * @cssprop --pt-font-family - Font family (defaults to the page's).
 * @cssprop --pt-font-size - Base font size.
 * @cssprop --pt-space - Inner padding.
 */
export class PtTechniqueCard extends PtElement {
  static override styles = [PtElement.styles, boxStyles, fieldStyles, cardStyles];
  static override properties = {
    technique: { reflect: true },
    headingLevel: { attribute: 'heading-level', converter: numberOrText },
  };

  /**
   * Which technique to show: `active-release`, `trigger-point-therapy`, `soft-tissue`, `myofascial-release`,
   * `deep-tissue`, `sports-massage`, `lymphatic-drainage`, `swedish`, `instrument-assisted`, `dry-needling`,
   * or the id of a technique the clinic added in its JSON config.
   * @attr technique
   */
  technique = '';

  /**
   * Heading level of the technique name (2–6), to fit the page's outline.
   * @attr heading-level
   */
  headingLevel: number | string = 3;

  private readonly content = new TechniqueContentController(
    this,
    (m) => m.techniqueCardSchema,
    () => [asText(this.technique).toLowerCase()],
  );
  private level = 3;
  /** The last technique drawn, and its locale. */
  private shown: { locale: string; card: TemplateResult } | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.level = Math.round(this.checkNumber('heading-level', this.headingLevel, 2, 6, 3));
  }

  override render() {
    if (this.content.configLoading) return renderLoading(this.locale);
    return this.content.text.render({ pending: () => renderLoading(this.locale), complete: (text) => this.renderCard(text) });
  }

  private renderCard(text: TechniqueLocale): TemplateResult {
    const locale = this.locale;
    const s = text.strings;
    // A script may assign null or a number; asText keeps the lookup (and the warning) from throwing.
    const id = asText(this.technique).toLowerCase();
    const known = this.content.catalog(locale)!;
    if (!known.names.has(id)) {
      this.warn(
        id ? `technique="${id.slice(0, 40)}" is not a known technique; nothing to show` : 'the technique attribute is missing; nothing to show',
        known.ids,
      );
      return html`<div class="pt-root" part="base">
        <p class="note" role="note">${s.unknownTechnique}</p>
        ${renderTechniqueFooter(locale, [], this.content.config?.disclaimer)}
      </div>`;
    }
    // A technique's text is imported when first shown (the host updates when it arrives); until then the
    // previous technique stays, as in a comparison (in this locale; else the loading line).
    const t = this.content.ready([id]) ? this.content.catalog(locale)!.byId.get(id) : undefined;
    if (!t) return this.shown?.locale === locale ? this.shown.card : renderLoading(locale);
    const fields = visibleFields(this.content.config?.hideFields);
    const note = fields.includes('precautions') && !t.clinic ? text.notes.precautions : undefined;
    const myth = fields.includes('after') && !t.clinic && t.pressure !== 'none' ? text.notes.myth : undefined;
    const cited = [...t.claims, ...(note ? [note] : []), ...(myth ? [myth] : [])];
    const card = html`<div class="pt-root" part="base">
      <article part="card" aria-labelledby="name">
        ${renderHeading(this.level, 'name', 'name', 'heading', t.name)} ${renderNameExtras(t, s)}
        <dl class="fields">
          ${fields.map(
            (key) => html`<div class="field" part="field">
              <dt>${s.questions[key]}</dt>
              <dd>${renderField(key, t, s, this.intlLocale)}</dd>
            </div>`,
          )}
        </dl>
        ${myth ? html`<p class="note">${myth.text}</p>` : nothing} ${note ? html`<p class="note">${note.text}</p>` : nothing}
        ${renderTechniqueFooter(locale, this.content.sources(cited), this.content.config?.disclaimer)}
      </article>
    </div>`;
    this.shown = { locale, card };
    return card;
  }
}
