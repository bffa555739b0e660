// The technique widgets' ids, shapes and numbers' types: no text, the same in every language. The widgets'
// first-load code needs only these; each technique's text (techniques.ts in English, es/techniques.ts in
// Spanish) is imported, one technique and one language at a time, when a page shows it.
import type { Statement } from './types.js';

export const TECHNIQUE_IDS = [
  'active-release',
  'trigger-point-therapy',
  'soft-tissue',
  'myofascial-release',
  'deep-tissue',
  'sports-massage',
  'lymphatic-drainage',
  'swedish',
  'instrument-assisted',
  'dry-needling',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

/** What a technique mainly works on. */
export const TISSUES = ['muscle', 'fascia', 'tendon', 'lymph', 'nerve'] as const;
export type Tissue = (typeof TISSUES)[number];

/** 1 = very light, 5 = firm. */
export type Pressure = 1 | 2 | 3 | 4 | 5;

/** A technique that is not pressure on the skin (needles): it has no place on the 1–5 scale. */
export type PressureLevel = Pressure | 'none';

export interface Technique {
  id: TechniqueId;
  name: string;
  /** Other names people may hear (short forms, brand names). */
  aka?: string;
  summary: Statement;
  feels: Statement;
  /** 'none' for a method that is not pressure (dry needling): the widgets show how it feels instead. */
  pressure: PressureLevel;
  worksOn: readonly Tissue[];
  usedFor: Statement;
  /** Typical length of the hands-on part, in minutes: [shortest, longest]. */
  sessionMinutes: readonly [number, number];
  after: Statement;
  /** Each item completes "Tell your therapist first if you…". */
  precautions: readonly Statement[];
  evidence: Statement;
}

/** The translatable text of a technique: same fields, no numbers or sources. */
export interface TechniqueText {
  name: string;
  aka?: string;
  summary: string;
  feels: string;
  usedFor: string;
  after: string;
  /** Same order and length as the English list. */
  precautions: readonly string[];
  evidence: string;
}

/** Notes shown once beside the techniques. */
export interface TechniqueNotes {
  precautions: Statement;
  /** A common belief the content does not repeat, said plainly: massage does not flush toxins or lactic acid. */
  myth: Statement;
}
