// <pt-gate-control>'s ids, shapes and sources: everything but the words, the same in every language. The
// widget's first-load code needs only this; the English text (gate-control.ts) and the Spanish
// (es/gate-control.ts) are each imported when a page shows that language. Every statement's sources, with
// where in each source it is supported, live here once, so a Spanish page lists them without the English.
import type { Locators, SourceId, Statement } from './types.js';

/** The brain's state the reader picks (widgets/gate-control/gate-model.ts decides what each one does). */
export type BrainState = 'calm' | 'neutral' | 'stressed';
/** A slider or signal level in words. */
export type Level = 'low' | 'medium' | 'high';
/** How far the gate is closed, in words. */
export type GateWord = 'open' | 'mostly-open' | 'half-closed' | 'mostly-closed';

export type GatePartId =
  | 'skin'
  | 'abeta'
  | 'adelta'
  | 'c'
  | 'spinalCord'
  | 'interneuron'
  | 'tcell'
  | 'ascending'
  | 'descending'
  | 'brain';

export const GATE_PART_IDS: readonly GatePartId[] = [
  'skin',
  'abeta',
  'adelta',
  'c',
  'spinalCord',
  'interneuron',
  'tcell',
  'ascending',
  'descending',
  'brain',
];

export interface GatePart {
  /** Plain name shown on the diagram. */
  label: string;
  /** The name a clinician or textbook uses. */
  technical: string;
  /** What it does, in one or two short sentences. */
  role: Statement;
}

export interface GateStep {
  title: string;
  text: Statement;
}

export interface GateControlContent {
  title: string;
  intro: Statement;
  parts: Record<GatePartId, GatePart>;
  /** Exactly five, in order: the signal travels, the gate is open, massage, the gate closes, the brain. */
  steps: readonly [GateStep, GateStep, GateStep, GateStep, GateStep];
  note: { summary: string; items: readonly Statement[] };
  /** Why the pulses move at different speeds, and how the display scales them. */
  speeds: Statement;
}

/** A statement with these words, citing each source in `at` with where in it the claim is supported. */
const say = (at: Locators, text: string): Statement => ({ text, cite: Object.keys(at) as SourceId[], at });

// Where each source says it. Plain constants, not an object's fields: the bundler drops constants nobody reads,
// but keeps reads of an object's fields (a getter could run), so the widget would ship these words twice.
const AT_mwGate = 'The theory (pp. 971–975, Fig. 4): cells in the dorsal horn act as a gate on the signal from body nerves to the transmission (T) cells';
const AT_mwLarge = 'Fig. 4 and text: large (touch) fibre activity excites the gate cells (SG) and closes the gate';
const AT_mwSmall = 'Fig. 4 and text: small-fibre activity inhibits the gate cells (SG) and opens the gate';
const AT_mwT = 'Fig. 4 and text: when T-cell output passes a threshold, pain is felt';
const AT_mwCentral = 'Text on the central control trigger: attention, emotion and past experience act on the gate from the brain';
const AT_mwDorsal = 'Text: the gate cells (SG) in the back part (dorsal horn) of the spinal cord receive the body\u2019s nerve fibres';
const AT_ghFibres = '14th ed., ch. 48 (pain): fast pain by A-delta fibres, slow aching pain by C fibres; ch. 47: touch by large A-beta fibres';
const AT_ghSpeeds = '14th ed., ch. 47 (nerve fibre classification) and ch. 48 (fast pain fibres about 6–30 m/s, slow pain fibres 0.5–2 m/s); touch fibres are the fastest of the three';
const AT_ghSkin = '14th ed., ch. 47: sensory receptors in the skin for touch, pressure and tissue damage';
const AT_ghTract = '14th ed., ch. 48: pain signals ascend in the spinothalamic tract';
const AT_bfDescending = 'Review: descending control from the periaqueductal grey via the medulla (RVM) to the dorsal horn uses the body\u2019s own opioids (endorphins)';
const AT_bfStress = 'Review and hypothesis: the descending system is switched on by pain and stress, so sudden stress can block pain for a while';
const AT_nathan = 'Critical review: several parts of the 1965 wiring (presynaptic inhibition as drawn) were not confirmed';
const AT_m2005Brain = 'Neuromatrix theory: pain is produced by a brain network shaped by attention, mood, stress and past experience';
const AT_m2005Part = 'Neuromatrix theory: the spinal gate is only one part of how pain is made and changed';

/**
 * Each statement's sources and locators, in the shape of the content (the claim each one supports is the
 * English statement of the same place in gate-control.ts).
 */
export const GATE_CITES = {
  intro: { 'melzack-wall-1965': AT_mwGate },
  parts: {
    skin: { 'guyton-hall-2020': AT_ghSkin },
    abeta: { 'guyton-hall-2020': AT_ghFibres, 'melzack-wall-1965': AT_mwLarge },
    adelta: { 'guyton-hall-2020': AT_ghFibres },
    c: { 'guyton-hall-2020': AT_ghFibres },
    spinalCord: { 'melzack-wall-1965': AT_mwDorsal },
    interneuron: { 'melzack-wall-1965': AT_mwLarge },
    tcell: { 'melzack-wall-1965': AT_mwT },
    ascending: { 'guyton-hall-2020': AT_ghTract },
    descending: { 'basbaum-fields-1978': AT_bfDescending, 'melzack-wall-1965': AT_mwCentral },
    brain: { 'melzack-2005': AT_m2005Brain },
  },
  steps: [
    { 'melzack-wall-1965': AT_mwSmall, 'guyton-hall-2020': AT_ghFibres },
    { 'melzack-wall-1965': AT_mwSmall },
    { 'melzack-wall-1965': AT_mwLarge, 'guyton-hall-2020': AT_ghFibres },
    { 'melzack-wall-1965': AT_mwLarge },
    { 'basbaum-fields-1978': AT_bfStress, 'melzack-wall-1965': AT_mwCentral },
  ],
  note: [
    { 'melzack-wall-1965': AT_mwGate },
    { 'nathan-1976': AT_nathan, 'melzack-2005': AT_m2005Part },
    { 'basbaum-fields-1978': AT_bfDescending, 'melzack-2005': AT_m2005Brain },
    { 'melzack-2005': AT_m2005Part },
  ],
  speeds: { 'guyton-hall-2020': AT_ghSpeeds },
} as const satisfies {
  intro: Locators;
  parts: Record<GatePartId, Locators>;
  steps: readonly [Locators, Locators, Locators, Locators, Locators];
  note: readonly Locators[];
  speeds: Locators;
};

/**
 * The widget's UI words. They live beside the content so each language's arrive with its text (one lazy
 * import). Numbers come in already formatted.
 */
export interface GateUi {
  pain: string;
  painHint: string;
  touch: string;
  touchHint: string;
  brain: string;
  brainStates: Record<BrainState, string>;
  brainHints: Record<BrainState, string>;
  levels: Record<Level, string>;
  /** Level words for the signal (Spanish "señal" is feminine). */
  signalLevels: Record<Level, string>;
  gateWords: Record<GateWord, string>;
  meterLabel: string;
  /** The meter's label with the signal level; `signal` is an absolute level 0–100, not a share of the input. */
  meterText: (signal: string, label: string) => string;
  /** Words are already translated: levels, brain state, gate word and signal level. */
  describe: (d: { pain: string; touch: string; brain: string; gate: string; signal: string; signalLevel: string }) => string;
  diagramName: string;
  technicalNames: string;
  guided: string;
  back: string;
  next: string;
  stepOf: (n: number, total: number) => string;
  legend: string;
  speedTitle: string;
  gate: string;
  whatPartsDo: string;
  reducedNote: string;
  outOf: (n: number, word: string) => string;
}

interface GateStepWords {
  title: string;
  text: string;
}

/**
 * What a language file holds: the content's shape with each statement as its words only. withCites() gives
 * each statement the sources and locators at its place in GATE_CITES (four note items, as there are four there).
 */
export interface GateWords {
  title: string;
  intro: string;
  parts: Record<GatePartId, { label: string; technical: string; role: string }>;
  steps: readonly [GateStepWords, GateStepWords, GateStepWords, GateStepWords, GateStepWords];
  note: { summary: string; items: readonly [string, string, string, string] };
  speeds: string;
}

/** One language's words with every statement's sources and locators (GATE_CITES, by place). */
export function withCites(w: GateWords): GateControlContent {
  const C = GATE_CITES;
  const step = (i: number): GateStep => ({ title: w.steps[i].title, text: say(C.steps[i], w.steps[i].text) });
  return {
    title: w.title,
    intro: say(C.intro, w.intro),
    parts: Object.fromEntries(GATE_PART_IDS.map((id) => [id, { ...w.parts[id], role: say(C.parts[id], w.parts[id].role) }])) as GateControlContent['parts'],
    steps: [step(0), step(1), step(2), step(3), step(4)],
    note: { summary: w.note.summary, items: w.note.items.map((t, i) => say(C.note[i], t)) },
    speeds: say(C.speeds, w.speeds),
  };
}
