// Patient text for <pt-gate-control> in English: the parts of the pain gate, the guided steps, an
// honest note on how sure we are, and the widget's UI words. Every medical statement names its sources.
import type { Statement } from './types.js';
import type { BrainState, GateWord, Level } from '../widgets/gate-control/gate-model.js';

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

export const gateControl: GateControlContent = {
  title: 'The pain gate: why rubbing can ease pain',
  intro: {
    text: 'Pain signals go from your body to your brain through the spinal cord. Nerve cells there act like a gate. The gate can let more or less of the signal through.',
    cite: ['melzack-wall-1965'],
  },
  parts: {
    skin: {
      label: 'Skin',
      technical: 'Skin and its sensory nerve endings',
      role: { text: 'Nerve endings in the skin sense touch, pressure and harm.', cite: ['guyton-hall-2020'] },
    },
    abeta: {
      label: 'Touch nerve',
      technical: 'A-beta fibre (large, fast)',
      role: { text: 'A thick nerve that carries touch and pressure. It is the fastest of the three.', cite: ['guyton-hall-2020', 'melzack-wall-1965'] },
    },
    adelta: {
      label: 'Sharp pain nerve',
      technical: 'A-delta fibre (small)',
      role: { text: 'A thin nerve that carries sharp, quick pain, the first sting you feel.', cite: ['guyton-hall-2020'] },
    },
    c: {
      label: 'Aching pain nerve',
      technical: 'C fibre (small, slowest)',
      role: { text: 'The thinnest nerve. It carries dull, aching or burning pain that comes a moment later.', cite: ['guyton-hall-2020'] },
    },
    spinalCord: {
      label: 'Spinal cord',
      technical: 'Dorsal horn of the spinal cord',
      role: { text: 'The back part of the spinal cord, where nerves from the body pass on their signals.', cite: ['melzack-wall-1965'] },
    },
    interneuron: {
      label: 'Gate cell',
      technical: 'Inhibitory interneuron (substantia gelatinosa)',
      role: { text: 'A small cell that calms the signal cell. When it is busy, the gate closes.', cite: ['melzack-wall-1965'] },
    },
    tcell: {
      label: 'Signal cell',
      technical: 'Transmission (T) cell, a projection neuron',
      role: { text: 'This cell sends the pain message up to the brain. The more it fires, the more pain you may feel.', cite: ['melzack-wall-1965'] },
    },
    ascending: {
      label: 'Up to the brain',
      technical: 'Ascending pathway (spinothalamic tract)',
      role: { text: 'The path that carries the message up the spinal cord to the brain.', cite: ['guyton-hall-2020'] },
    },
    descending: {
      label: 'Down from the brain',
      technical: 'Descending pathway (PAG and RVM)',
      role: {
        text: 'The brain can send signals down to the gate. Calm and focus can help close it, using the body’s own pain relievers (endorphins). Stress and fear can open it.',
        cite: ['basbaum-fields-1978', 'melzack-wall-1965'],
      },
    },
    brain: {
      label: 'Brain',
      technical: 'Brain (where pain is felt)',
      role: { text: 'Pain is felt when the message reaches the brain. Mood, fear and focus all change how much it hurts.', cite: ['melzack-2005'] },
    },
  },
  steps: [
    {
      title: 'The pain signal travels',
      text: {
        text: 'When you bump your elbow, thin nerves send pain signals to the spinal cord. The sharp pain nerve is fast. The aching pain nerve is slow.',
        cite: ['melzack-wall-1965', 'guyton-hall-2020'],
      },
    },
    {
      title: 'The gate is open',
      text: {
        text: 'Pain signals quiet the gate cell, so the gate stays open. The signal cell passes the message up to the brain.',
        cite: ['melzack-wall-1965'],
      },
    },
    {
      title: 'Rubbing wakes up the touch nerve',
      text: {
        text: 'Rubbing or massage sends touch signals along the thick touch nerve. They reach the spinal cord first, because this nerve is the fastest.',
        cite: ['melzack-wall-1965', 'guyton-hall-2020'],
      },
    },
    {
      title: 'The gate starts to close',
      text: {
        text: 'Touch signals wake up the gate cell. It calms the signal cell, so less pain signal goes up. This is why rubbing a bump often helps.',
        cite: ['melzack-wall-1965'],
      },
    },
    {
      title: 'Your brain can close it too',
      text: {
        text: 'When you feel calm, the brain sends signals down that help close the gate. Stress and fear can open it wider.',
        cite: ['basbaum-fields-1978', 'melzack-2005'],
      },
    },
  ],
  note: {
    summary: 'How sure are we?',
    items: [
      {
        text: 'This picture is a simple model. It comes from the gate control theory, first put forward in 1965.',
        cite: ['melzack-wall-1965'],
      },
      {
        text: 'Later research showed that some of the wiring in the first version was not quite right. Scientists changed the details.',
        cite: ['nathan-1976', 'melzack-2005'],
      },
      {
        text: 'The main idea is still well supported: the spinal cord and the brain can turn the pain signal up or down. The brain’s own pain relief is well studied.',
        cite: ['basbaum-fields-1978', 'melzack-2005'],
      },
      {
        text: 'Pain is more than a signal. Thoughts, mood and past pain also shape it. The numbers here are for teaching, not a measure of your pain.',
        cite: ['melzack-2005'],
      },
    ],
  },
  speeds: {
    text: 'In the body, the touch nerve carries signals at about 35 to 75 meters a second. The sharp pain nerve is 5 to 30, and the aching pain nerve only 0.5 to 2. The moving dots keep this order, but we slowed the fast ones so you can see them.',
    cite: ['guyton-hall-2020'],
  },
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
  pain: 'Pain input',
  painHint: 'How strong the hurt is at the skin',
  touch: 'Touch and pressure (massage)',
  touchHint: 'Rubbing, pressing or massage',
  brain: 'Brain state',
  brainStates: { calm: 'Calm', neutral: 'Neutral', stressed: 'Stressed' },
  brainHints: { calm: 'relaxed, distracted', neutral: 'everyday', stressed: 'worried, afraid' },
  levels: { low: 'low', medium: 'medium', high: 'high' },
  signalLevels: { low: 'low', medium: 'medium', high: 'high' },
  gateWords: { open: 'open', 'mostly-open': 'mostly open', 'half-closed': 'half closed', 'mostly-closed': 'mostly closed' },
  meterLabel: 'Pain signal reaching the brain',
  meterText: (signal, label) => `${label}: ${signal} out of 100`,
  describe: ({ pain, touch, brain, gate, signal, signalLevel }) =>
    `Pain input ${pain}, touch ${touch}, brain ${brain.toLowerCase()}: the gate is ${gate}; the pain signal reaching the brain is ${signal} out of 100 (${signalLevel}).`,
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
