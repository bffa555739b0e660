// The visit guide's ids, shapes and typical visit ranges: no text, the same in every language. The widget's
// first-load code needs only these; the English text (visit-guide.ts) and the Spanish (es/visit-guide.ts)
// are each imported when a page shows that language.
import type { Locators, Statement } from './types.js';

export const VISIT_STEP_IDS = ['before', 'first', 'session', 'after', 'plan'] as const;
export type VisitStepId = (typeof VISIT_STEP_IDS)[number];

export const PLAN_IDS = ['new-injury', 'long-lasting', 'after-surgery', 'staying-well'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

export const ROLE_IDS = ['pt', 'lmt', 'spa'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const FAQ_IDS = ['hurt', 'sore', 'referral', 'insurance', 'companion', 'gender', 'stop'] as const;
export type FaqId = (typeof FAQ_IDS)[number];

/** The widget's four parts, which a clinic may hide (the safety line is never hidden). */
export const SECTION_IDS = ['timeline', 'roles', 'care', 'faq'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** A medical statement with, for each source it cites, where in that source the claim is supported. */
export interface CitedStatement extends Statement {
  at: Locators;
}

/** A practical tip (what to bring, arrive early): clinic logistics, not a medical claim, so no source. */
export interface Practical {
  text: string;
  practical: true;
}

export type Point = CitedStatement | Practical;

/** A typical range of visits: [fewest, most] per week or per month. */
export interface VisitRange {
  visits: readonly [number, number];
  /** Visits are counted per this unit. */
  unit: 'week' | 'month';
  /** Typical length of the plan in weeks, when there is a usual one. */
  weeks?: readonly [number, number];
}

/**
 * The text of the guide. `P` is what a point is: a cited statement or practical tip in English, a plain
 * string in a translation (same ids, same order; sources stay with the English).
 */
export interface VisitGuideText<P = Point> {
  title: string;
  intro: string;
  steps: Readonly<Record<VisitStepId, { title: string; points: readonly P[] }>>;
  plans: Readonly<Record<PlanId, { label: string; note: P }>>;
  /** The honest caveat shown under every plan. */
  planCaveat: P;
  /** The one study on how often, shown with the plans. */
  planStudy: P;
  roles: Readonly<Record<RoleId, { name: string; does: P; fits: P }>>;
  needling: P;
  care: { call: readonly P[]; urgent: readonly P[] };
  faq: Readonly<Record<FaqId, { question: string; answer: P }>>;
  ui: VisitUi;
}

/** UI words (headings, buttons, announcements), per locale. */
export interface VisitUi {
  timelineHeading: string;
  stepOf: (n: number, total: number) => string;
  back: string;
  next: string;
  planHeading: string;
  planLegend: string;
  perWeek: (range: string) => string;
  perMonth: (range: string) => string;
  forWeeks: (range: string) => string;
  noUsualLength: string;
  rolesHeading: string;
  roleDoes: string;
  roleFits: string;
  careHeading: string;
  callHeading: string;
  urgentHeading: string;
  faqHeading: string;
  clinicHours: string;
  callClinic: (phone: string) => string;
  book: string;
  bookAt: (clinic: string) => string;
  stepAnnounce: (n: number, title: string) => string;
}

/** Typical visit ranges for each plan choice (numbers, the same in every language). */
export const planRanges: Readonly<Record<PlanId, VisitRange | undefined>> = {
  'new-injury': { visits: [2, 3], unit: 'week', weeks: [2, 6] },
  'long-lasting': { visits: [1, 2], unit: 'week', weeks: [6, 12] },
  'after-surgery': { visits: [2, 3], unit: 'week' },
  'staying-well': { visits: [1, 2], unit: 'month' },
};
