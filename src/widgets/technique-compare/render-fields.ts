// How each answer looks, shared by the card and both comparison layouts so they never disagree.
import { html, nothing, type TemplateResult } from 'lit';
import { formatList, formatRange } from '../../core/format.js';
import type { Locale } from '../../core/locale.js';
import { renderFooter, type SourceLike } from '../../core/footer.js';
import { coreStrings } from '../../core/strings.js';
import type { FieldKey } from './fields.js';
import { FIELD_KEYS } from './fields.js';
import type { ResolvedTechnique } from './merge-config.js';
import type { TechniqueStrings } from './strings.js';

/**
 * Pressure as five steps (drawn, hidden from screen readers) plus the same fact in words; a method that is
 * not pressure (needles) gets words only, so no scale suggests it is.
 */
export function renderPressure(level: number | 'none', s: TechniqueStrings): TemplateResult {
  if (level === 'none') return html`<span class="pressure" part="pressure"><span class="pressure-text">${s.noPressure}</span></span>`;
  const word = s.pressureWords[level - 1] ?? '';
  return html`<span class="pressure" part="pressure">
    <span class="scale" aria-hidden="true">
      ${[1, 2, 3, 4, 5].map((i) => html`<span class="step ${i <= level ? 'on' : 'off'}"></span>`)}
    </span>
    <span class="pressure-text">${s.pressureText(level, word)}</span>
  </span>`;
}

const notGiven = (s: TechniqueStrings): TemplateResult => html`<span class="not-given">${s.notGiven}</span>`;

const text = (value: string | undefined, s: TechniqueStrings): TemplateResult | string => (value ? value : notGiven(s));

/** `locale` is the Intl tag (the element's `intlLocale`: 'es-US' by default, or the page's 'es-MX'). */
export function renderField(key: FieldKey, t: ResolvedTechnique, s: TechniqueStrings, locale: Locale | string): TemplateResult | string {
  switch (key) {
    case 'summary':
      return text(t.summary, s);
    case 'feels':
      return text(t.feels, s);
    case 'usedFor':
      return text(t.usedFor, s);
    case 'after':
      return text(t.after, s);
    case 'evidence':
      return text(t.evidence, s);
    case 'pressure':
      return renderPressure(t.pressure, s);
    case 'worksOn':
      return t.worksOn.length ? formatList(locale, t.worksOn.map((w) => s.tissues[w])) : notGiven(s);
    case 'sessionMinutes':
      return t.sessionMinutes ? formatRange(locale, t.sessionMinutes[0], t.sessionMinutes[1], 'minute') : notGiven(s);
    case 'precautions':
      return t.precautions.length ? html`<ul class="precautions">${t.precautions.map((p) => html`<li>${p}</li>`)}</ul>` : notGiven(s);
  }
}

/** Questions to show, in the house order, minus the ones the clinic hid. */
export function visibleFields(hidden: readonly string[] | undefined): FieldKey[] {
  return FIELD_KEYS.filter((k) => !hidden?.includes(k));
}

/** Name, other names and the clinic badge, as a column or card header shows them. */
export function renderNameExtras(t: ResolvedTechnique, s: TechniqueStrings): TemplateResult {
  return html`${t.aka ? html`<span class="aka">${s.alsoCalled(t.aka)}</span>` : nothing}
  ${t.clinic ? html`<span class="badge">${s.clinicAdded}</span>` : nothing}`;
}

export function renderTechniqueFooter(locale: Locale, sources: readonly SourceLike[], disclaimer: string | undefined): TemplateResult {
  return renderFooter({ locale, sources, disclaimer });
}

/** Renders an h2–h6 heading; a switch, because tag names cannot be bound in a template. */
export function renderHeading(level: number, id: string, cls: string, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id} class=${cls} part=${part}>${content}</h2>`;
    case 4:
      return html`<h4 id=${id} class=${cls} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${cls} part=${part}>${content}</h6>`;
    default:
      return html`<h3 id=${id} class=${cls} part=${part}>${content}</h3>`;
  }
}

/** The frame shown for the moment the Spanish text takes to load (never English labelled as Spanish). */
export function renderLoading(locale: Locale): TemplateResult {
  return html`<div class="pt-root" part="base"><p class="loading" role="status">${coreStrings[locale].loading}</p></div>`;
}
