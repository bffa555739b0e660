// Patient text for <pt-gate-control> in English: the parts of the pain gate, the guided steps, an
// honest note on how sure we are, and the widget's UI words. Every medical statement names its sources.
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

const s = (text: string, at: Locators): Statement => ({ text, cite: Object.keys(at) as SourceId[], at });

// Where each source says it.
const AT = {
  mwGate: 'The theory (pp. 971–975, Fig. 4): cells in the dorsal horn act as a gate on the signal from body nerves to the transmission (T) cells',
  mwLarge: 'Fig. 4 and text: large (touch) fibre activity excites the gate cells (SG) and closes the gate',
  mwSmall: 'Fig. 4 and text: small-fibre activity inhibits the gate cells (SG) and opens the gate',
  mwT: 'Fig. 4 and text: when T-cell output passes a threshold, pain is felt',
  mwCentral: 'Text on the central control trigger: attention, emotion and past experience act on the gate from the brain',
  mwDorsal: 'Text: the gate cells (SG) in the back part (dorsal horn) of the spinal cord receive the body\u2019s nerve fibres',
  ghFibres: '14th ed., ch. 48 (pain): fast pain by A-delta fibres, slow aching pain by C fibres; ch. 47: touch by large A-beta fibres',
  ghSpeeds: '14th ed., ch. 47 (nerve fibre classification) and ch. 48 (fast pain fibres about 6–30 m/s, slow pain fibres 0.5–2 m/s); touch fibres are the fastest of the three',
  ghSkin: '14th ed., ch. 47: sensory receptors in the skin for touch, pressure and tissue damage',
  ghTract: '14th ed., ch. 48: pain signals ascend in the spinothalamic tract',
  bfDescending: 'Review: descending control from the periaqueductal grey via the medulla (RVM) to the dorsal horn uses the body\u2019s own opioids (endorphins)',
  bfStress: 'Review and hypothesis: the descending system is switched on by pain and stress, so sudden stress can block pain for a while',
  nathan: 'Critical review: several parts of the 1965 wiring (presynaptic inhibition as drawn) were not confirmed',
  m2005Brain: 'Neuromatrix theory: pain is produced by a brain network shaped by attention, mood, stress and past experience',
  m2005Part: 'Neuromatrix theory: the spinal gate is only one part of how pain is made and changed',
} as const;

export const gateControl: GateControlContent = {
  title: 'The pain gate: why rubbing can ease pain',
  intro: s('Pain signals go from your body to your brain through the spinal cord. Nerve cells there act like a gate. The gate can let more or less of the signal through.', { 'melzack-wall-1965': AT.mwGate }),
  parts: {
    skin: { label: 'Skin', technical: 'Skin and its sensory nerve endings', role: s('Nerve endings in the skin sense touch, pressure and harm.', { 'guyton-hall-2020': AT.ghSkin }) },
    abeta: {
      label: 'Touch nerve',
      technical: 'A-beta fibre (large, fast)',
      role: s('A thick nerve that carries touch and pressure. It is the fastest of the three.', { 'guyton-hall-2020': AT.ghFibres, 'melzack-wall-1965': AT.mwLarge }),
    },
    adelta: { label: 'Sharp pain nerve', technical: 'A-delta fibre (small)', role: s('A thin nerve that carries sharp, quick pain, the first sting you feel.', { 'guyton-hall-2020': AT.ghFibres }) },
    c: { label: 'Aching pain nerve', technical: 'C fibre (small, slowest)', role: s('The thinnest nerve. It carries dull, aching or burning pain that comes a moment later.', { 'guyton-hall-2020': AT.ghFibres }) },
    spinalCord: {
      label: 'Spinal cord',
      technical: 'Dorsal horn of the spinal cord',
      role: s('The back part of the spinal cord, where nerves from the body pass on their signals.', { 'melzack-wall-1965': AT.mwDorsal }),
    },
    interneuron: {
      label: 'Gate cell',
      technical: 'Inhibitory interneuron (substantia gelatinosa)',
      role: s('A small cell that calms the signal cell. When it is busy, the gate closes.', { 'melzack-wall-1965': AT.mwLarge }),
    },
    tcell: {
      label: 'Signal cell',
      technical: 'Transmission (T) cell, a projection neuron',
      role: s('This cell sends the pain message up to the brain. The more it fires, the more pain you may feel.', { 'melzack-wall-1965': AT.mwT }),
    },
    ascending: {
      label: 'Up to the brain',
      technical: 'Ascending pathway (spinothalamic tract)',
      role: s('The path that carries the message up the spinal cord to the brain.', { 'guyton-hall-2020': AT.ghTract }),
    },
    descending: {
      label: 'Down from the brain',
      technical: 'Descending pathway (PAG and RVM)',
      role: s(
        'The brain can send signals down to the gate, using the body’s own pain relievers (endorphins). Feeling safe, or thinking about something else, helps close it. Worry, and paying close attention to the pain, tend to open it.',
        { 'basbaum-fields-1978': AT.bfDescending, 'melzack-wall-1965': AT.mwCentral },
      ),
    },
    brain: {
      label: 'Brain',
      technical: 'Brain (where pain is felt)',
      role: s('Pain is felt when the message reaches the brain. Mood, worry and attention all change how much it hurts.', { 'melzack-2005': AT.m2005Brain }),
    },
  },
  steps: [
    {
      title: 'The pain signal travels',
      text: s('When you bump your elbow, thin nerves send pain signals to the spinal cord. The sharp pain nerve is fast. The aching pain nerve is slow.', {
        'melzack-wall-1965': AT.mwSmall,
        'guyton-hall-2020': AT.ghFibres,
      }),
    },
    {
      title: 'The gate is open',
      text: s('Pain signals quiet the gate cell, so the gate stays open. The signal cell passes the message up to the brain.', { 'melzack-wall-1965': AT.mwSmall }),
    },
    {
      title: 'Rubbing wakes up the touch nerve',
      text: s('You start to rub after the bump. Rubbing sends touch signals along the thick, fast touch nerve, and they keep coming as long as you rub.', {
        'melzack-wall-1965': AT.mwLarge,
        'guyton-hall-2020': AT.ghFibres,
      }),
    },
    {
      title: 'The gate starts to close',
      text: s('The steady touch signals keep the gate cell busy. It calms the signal cell, so less pain signal goes up. This is why rubbing a bump often helps. The relief is quick, and it does not last long.', {
        'melzack-wall-1965': AT.mwLarge,
      }),
    },
    {
      title: 'Your brain can close it too',
      text: s('Feeling safe, or thinking about something else, helps the brain send signals down that close the gate. Worry, and focusing on the pain, tend to open it. A sudden fright can also block pain for a short while.', {
        'basbaum-fields-1978': AT.bfStress,
        'melzack-wall-1965': AT.mwCentral,
      }),
    },
  ],
  note: {
    summary: 'How sure are we?',
    items: [
      s('This picture is a simple model. It comes from the gate control theory, first put forward in 1965.', { 'melzack-wall-1965': AT.mwGate }),
      s('Later research showed that some of the wiring in the first version was not quite right. Scientists changed the details.', { 'nathan-1976': AT.nathan, 'melzack-2005': AT.m2005Part }),
      s('The main idea is still well supported: the spinal cord and the brain can turn the pain signal up or down. The brain’s own pain relief is well studied.', {
        'basbaum-fields-1978': AT.bfDescending,
        'melzack-2005': AT.m2005Brain,
      }),
      s('The gate explains only part of how massage may help. Pain is more than a signal. Thoughts, mood and past pain also shape it. The numbers here are for teaching, not a measure of your pain.', {
        'melzack-2005': AT.m2005Part,
      }),
    ],
  },
  speeds: s(
    'In the body, the touch nerve carries signals at about 35 to 75 meters a second. The sharp pain nerve is 5 to 30, and the aching pain nerve only 0.5 to 2. The moving dots keep this order, but we slowed the fast ones so you can see them.',
    { 'guyton-hall-2020': AT.ghSpeeds },
  ),
};

/**
 * The widget's UI words. They live beside the content so the Spanish ones arrive with the Spanish text
 * (one lazy import) instead of weighing on every English page. Numbers come in already formatted.
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

export const gateUi: GateUi = {
  pain: 'Pain strength',
  painHint: 'How strong the hurt is where you were hurt',
  touch: 'Touch and pressure (massage)',
  touchHint: 'Rubbing, pressing or massage',
  brain: 'Brain state',
  brainStates: { calm: 'Calm', neutral: 'Neutral', stressed: 'Stressed' },
  brainHints: { calm: 'feeling safe, thinking of other things', neutral: 'everyday', stressed: 'worried, focused on the pain' },
  levels: { low: 'low', medium: 'medium', high: 'high' },
  signalLevels: { low: 'low', medium: 'medium', high: 'high' },
  gateWords: { open: 'open', 'mostly-open': 'mostly open', 'half-closed': 'half closed', 'mostly-closed': 'mostly closed' },
  meterLabel: 'Pain signal reaching the brain',
  meterText: (signal, label) => `${label}: ${signal} out of 100`,
  describe: ({ pain, touch, brain, gate, signal, signalLevel }) =>
    `Pain ${pain}, touch ${touch}, brain ${brain.toLowerCase()}: the gate is ${gate}; the pain signal reaching the brain is ${signal} out of 100 (${signalLevel}).`,
  diagramName: 'Diagram of the pain gate in the spinal cord',
  technicalNames: 'Show technical names',
  guided: 'Step by step',
  back: 'Back',
  next: 'Next',
  stepOf: (n, total) => `Step ${n} of ${total}`,
  legend: 'Parts of the diagram',
  speedTitle: 'Speed in the body',
  gate: 'Gate',
  whatPartsDo: 'What each part does',
  reducedNote: 'The moving dots are off because your device asks for less motion. The arrows show the same thing. You can press Play.',
  outOf: (n, word) => `${n} out of 100, ${word}`,
};
