// The shape of the technique widgets' UI words. Each language's words are in strings-<locale>.ts and travel with
// that language's technique text (parts.ts); `techniqueStrings` gathers them for tests and docs only.
import type { Locale } from '../../core/locale.js';
import { strings as en } from './strings-en.js';
import { strings as es } from './strings-es.js';
import type { Tissue } from '../../content/technique-base.js';
import type { FieldKey } from './fields.js';

export interface TechniqueStrings {
  /** The question each row answers, in display order. */
  questions: Record<FieldKey, string>;
  tissues: Record<Tissue, string>;
  /** Words for pressure 1–5. */
  pressureWords: readonly [string, string, string, string, string];
  pressureText: (level: number, word: string) => string;
  /** For a method that is not pressure (dry needling): what it feels like instead of a level. */
  noPressure: string;
  alsoCalled: (aka: string) => string;
  clinicAdded: string;
  title: string;
  caption: (names: string) => string;
  techniqueColumn: string;
  controlsLabel: string;
  chosenLabel: string;
  addLabel: string;
  add: string;
  remove: (name: string) => string;
  atMost: (max: number) => string;
  atLeast: (min: number) => string;
  noneLeft: string;
  added: (name: string, count: number) => string;
  removed: (name: string, count: number) => string;
  unknownTechnique: string;
  notGiven: string;
}

export const techniqueStrings: Record<Locale, TechniqueStrings> = { en, es };
