// Pure logic of <pt-visit-guide>, no DOM: merging the clinic's config into the guide (FAQ, first-step tips,
// hidden sections), the safe booking and phone links, the statements a page cites, and the FAQPage JSON-LD.
import type { Locale } from '../../core/locale.js';
import {
  FAQ_IDS,
  PLAN_IDS,
  SECTION_IDS,
  VISIT_STEP_IDS,
  planRanges,
  type CitedStatement,
  type FaqId,
  type PlanId,
  type Point,
  type SectionId,
  type VisitGuideText,
  type VisitRange,
} from '../../content/visit-guide-base.js';
import type { ClinicWords, VisitGuideConfig } from './config-schema.js';

/** The guide's text in any locale: English points carry sources, translated ones are plain strings. */
export type GuideText = VisitGuideText<Point | string>;

/** A warning for the clinic: what is wrong and what is accepted. */
export interface Problem {
  what: string;
  valid: string;
}

export const STEP_COUNT = VISIT_STEP_IDS.length;
export const DEFAULT_PLAN: PlanId = 'new-injury';

/** The words of a point, whatever language it is in. */
export const plain = (p: Point | string): string => (typeof p === 'string' ? p : p.text);

/** The clinic's own words for the active locale: `es.<field>` under Spanish, else the field as written. */
export function clinicWord(config: VisitGuideConfig | undefined, key: keyof ClinicWords, locale: Locale): string | undefined {
  return (locale === 'es' ? config?.es?.[key] : undefined) ?? config?.[key];
}

/** The "Before you come" tips: the clinic's wear / bring / arrive text replaces each built-in one. */
export function beforeTips(text: GuideText, config: VisitGuideConfig | undefined, locale: Locale): { text: string; clinic: boolean }[] {
  const keys = ['wear', 'bring', 'arrive'] as const;
  return text.steps.before.points.map((p, i) => {
    const own = keys[i] ? clinicWord(config, keys[i], locale) : undefined;
    return own ? { text: own, clinic: true } : { text: plain(p), clinic: false };
  });
}

export interface FaqItem {
  id: string;
  question: string;
  answer: string;
  /** Written (or rewritten) by the clinic: shown as the clinic's text, never cited. */
  clinic: boolean;
}

/** The FAQ as shown: built-in questions minus hidden ones, clinic rewrites applied, clinic questions after. */
export function buildFaq(text: GuideText, config: VisitGuideConfig | undefined, locale: Locale): FaqItem[] {
  const hidden = new Set<string>(config?.hideFaq ?? []);
  const out: FaqItem[] = [];
  for (const id of FAQ_IDS) {
    if (hidden.has(id)) continue;
    const change = config?.faq?.[id];
    const local = locale === 'es' ? change?.es : undefined;
    // Insurance and referral have their own clinic fields, the usual thing a clinic wants to say.
    const own = id === 'insurance' || id === 'referral' ? clinicWord(config, id, locale) : undefined;
    const answer = local?.answer ?? change?.answer ?? own;
    out.push({
      id,
      question: local?.question ?? change?.question ?? text.faq[id].question,
      answer: answer ?? plain(text.faq[id].answer),
      clinic: answer !== undefined,
    });
  }
  (config?.addFaq ?? []).forEach((added, i) => {
    const local = locale === 'es' ? added.es : undefined;
    out.push({ id: `clinic-${i + 1}`, question: local?.question ?? added.question, answer: local?.answer ?? added.answer, clinic: true });
  });
  return out;
}

/** Which of the four sections show. */
export function visibleSections(config: VisitGuideConfig | undefined): Set<SectionId> {
  const hidden = new Set<string>(config?.hideSections ?? []);
  return new Set(SECTION_IDS.filter((s) => !hidden.has(s)));
}

/**
 * A booking link the widget may render: absolute http(s) links, a path on the clinic's own site ("/book")
 * or a place on the same page ("#contact"). Anything else (javascript:, data:, mailto:, "//host") is refused with a problem.
 */
export function bookingLink(value: string | undefined, base: string): { href?: string; problem?: Problem } {
  if (value === undefined) return {};
  const t = value.trim();
  const refuse = { problem: { what: `bookingUrl ${JSON.stringify(t.slice(0, 60))} is not an http(s) link; the booking button is left out`, valid: 'https://… or http://… links, a path on this site starting with /, or #a-place-on-this-page' } };
  if (!/^(https?:\/\/\S+|\/(?!\/)\S*|#\S*)$/i.test(t)) return refuse;
  try {
    const url = new URL(t, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? { href: url.href } : refuse;
  } catch {
    return refuse;
  }
}

/** A `tel:` link for a phone number as written ("(555) 010-2040", "+1 555 010 2040"), or a problem. */
export function phoneLink(value: string | undefined): { href?: string; problem?: Problem } {
  if (value === undefined) return {};
  const digits = value.replace(/[^\d]/g, '');
  if (digits.length < 3 || digits.length > 15 || /[^\d\s()+.\-/]/.test(value) || value.indexOf('+') > 0) {
    return { problem: { what: `phone ${JSON.stringify(value.slice(0, 40))} is not a phone number; it is shown without a call link`, valid: 'digits with spaces, ( ) - . and an optional leading +' } };
  }
  return { href: `tel:${value.trim().startsWith('+') ? '+' : ''}${digits}` };
}

/** The plan choice, or the default with a problem for an unknown one. */
export function pickPlan(value: unknown): { plan: PlanId; problem?: Problem } {
  if ((PLAN_IDS as readonly unknown[]).includes(value)) return { plan: value as PlanId };
  if (value === null || value === undefined || value === '') return { plan: DEFAULT_PLAN };
  return { plan: DEFAULT_PLAN, problem: { what: `plan=${JSON.stringify(String(value).slice(0, 40))} is not recognised; using "${DEFAULT_PLAN}"`, valid: PLAN_IDS.join(', ') } };
}

/** The typical range for a plan (the clinic may give its own numbers). */
export function planRange(plan: PlanId, config: VisitGuideConfig | undefined): VisitRange | undefined {
  const own = config?.plans?.[plan];
  const base = planRanges[plan];
  if (!own) return base;
  return {
    visits: own.visits ? [own.visits[0]!, own.visits[1] ?? own.visits[0]!] : (base?.visits ?? [1, 1]),
    unit: own.per ?? base?.unit ?? 'week',
    weeks: own.weeks ? [own.weeks[0]!, own.weeks[1] ?? own.weeks[0]!] : base?.weeks,
  };
}

/** The English statements behind what is visible, for the "Sources" list (clinic text cites nothing). */
export function citedPoints(en: VisitGuideText, sections: Set<SectionId>, faq: readonly FaqItem[], plan: PlanId): CitedStatement[] {
  const out: Point[] = [];
  if (sections.has('timeline')) {
    for (const id of VISIT_STEP_IDS) out.push(...en.steps[id].points);
    out.push(en.plans[plan].note, en.planStudy, en.planCaveat);
  }
  if (sections.has('roles')) {
    for (const r of Object.values(en.roles)) out.push(r.does, r.fits);
    out.push(en.needling);
  }
  if (sections.has('care')) out.push(...en.care.call, ...en.care.urgent);
  if (sections.has('faq')) for (const f of faq) if (!f.clinic && f.id in en.faq) out.push(en.faq[f.id as FaqId].answer);
  return out.filter((p): p is CitedStatement => 'cite' in p);
}

/**
 * The visible FAQ as schema.org FAQPage JSON-LD, ready to be a <script> element's text: `<`, `>`, `&` and
 * the JavaScript line separators are written as \u escapes, so clinic text such as "</script>" can never
 * end the script block, even if the page is later saved or served as HTML.
 */
export function faqJsonLd(items: readonly FaqItem[], locale: Locale | string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: locale,
    mainEntity: items.map((f) => ({ '@type': 'Question', name: f.question, acceptedAnswer: { '@type': 'Answer', text: f.answer } })),
  };
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
