// How each answer looks, shared by the card and both comparison layouts so they never disagree.
import { html, nothing, type TemplateResult } from 'lit';
import { formatList, formatRange } from '../../core/format.js';
import type { Locale } from '../../core/locale.js';
import { renderFooter, type SourceLike } from '../../core/footer.js';
import type { FieldKey } from './fields.js';
import { FIELD_KEYS } from './fields.js';
import type { ResolvedTechnique } from './merge-config.js';
import type { TechniqueStrings } from './strings.js';

/** Pressure as five steps (drawn, hidden from screen readers) plus the same fact in words. */
export function renderPressure(level: number, s: TechniqueStrings): TemplateResult {
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

export function renderField(key: FieldKey, t: ResolvedTechnique, s: TechniqueStrings, locale: Locale): TemplateResult | string {
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
