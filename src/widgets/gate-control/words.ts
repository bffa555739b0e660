// The gate's words of one language in two parts. A page needs the first part to draw the widget (title,
// intro, the parts' plain names, the note's heading); the rest is read only once the reader asks for it:
// the technical names (their switch, or a clinic that shows them), what each part does and the note (their
// disclosures), and the guided tour's captions. Each part is its own file per language (english.ts,
// english-more.ts, spanish.ts, spanish-more.ts; the build writes them with only these words,
// scripts/gate-words.mjs). Every statement's sources stay in the first-load code (GATE_CITES).
import type { GatePartId, GateWords } from '../../content/gate-control-base.js';

/** The words every page shows. */
export interface GateFirstWords {
  title: string;
  intro: string;
  labels: Record<GatePartId, string>;
  noteSummary: string;
}

/** The words shown once the reader asks: technical names, what each part does, the tour's captions, the note. */
export interface GateMoreWords {
  technical: Record<GatePartId, string>;
  roles: Record<GatePartId, string>;
  steps: GateWords['steps'];
  note: GateWords['note']['items'];
  speeds: string;
}

const byPart = <T>(w: GateWords, pick: (p: GateWords['parts'][GatePartId]) => T) =>
  Object.fromEntries(Object.entries(w.parts).map(([id, p]) => [id, pick(p)])) as Record<GatePartId, T>;

export function firstWords(w: GateWords): GateFirstWords {
  return { title: w.title, intro: w.intro, labels: byPart(w, (p) => p.label), noteSummary: w.note.summary };
}

export function moreWords(w: GateWords): GateMoreWords {
  return { technical: byPart(w, (p) => p.technical), roles: byPart(w, (p) => p.role), steps: w.steps, note: w.note.items, speeds: w.speeds };
}
