// Patient text for <pt-gate-control> in English: the parts of the pain gate, the guided steps, an honest
// note on how sure we are, and the widget's UI words. `gateWords` holds the words only; each statement's
// sources, and where in each they support it, are at the same place in GATE_CITES (gate-control-base.ts,
// whose ids and shapes are re-exported here), and `gateControl` is the two together. The widget imports
// the words, like the Spanish in es/gate-control.ts, only when a page shows that language, and joins them
// to the sources itself, so this file's chunk needs nothing from the first-load code.
import { withCites, type GateWords, type GateUi } from './gate-control-base.js';

export { GATE_PART_IDS } from './gate-control-base.js';
export type { BrainState, GateControlContent, GatePart, GatePartId, GateStep, GateUi, GateWord, GateWords, Level } from './gate-control-base.js';

export const gateWords: GateWords = {
  title: 'The pain gate: why rubbing can ease pain',
  intro: 'Pain signals go from your body to your brain through the spinal cord. Nerve cells there act like a gate. The gate can let more or less of the signal through.',
  parts: {
    skin: { label: 'Skin', technical: 'Skin and its sensory nerve endings', role: 'Nerve endings in the skin sense touch, pressure and harm.' },
    abeta: {
      label: 'Touch nerve',
      technical: 'A-beta fibre (large, fast)',
      role: 'A thick nerve that carries touch and pressure. It is the fastest of the three.',
    },
    adelta: { label: 'Sharp pain nerve', technical: 'A-delta fibre (small)', role: 'A thin nerve that carries sharp, quick pain, the first sting you feel.' },
    c: { label: 'Aching pain nerve', technical: 'C fibre (small, slowest)', role: 'The thinnest nerve. It carries dull, aching or burning pain that comes a moment later.' },
    spinalCord: {
      label: 'Spinal cord',
      technical: 'Dorsal horn of the spinal cord',
      role: 'The back part of the spinal cord, where nerves from the body pass on their signals.',
    },
    interneuron: {
      label: 'Gate cell',
      technical: 'Inhibitory interneuron (substantia gelatinosa)',
      role: 'A small cell that calms the signal cell. When it is busy, the gate closes.',
    },
    tcell: {
      label: 'Signal cell',
      technical: 'Transmission (T) cell, a projection neuron',
      role: 'This cell sends the pain message up to the brain. The more it fires, the more pain you may feel.',
    },
    ascending: {
      label: 'Up to the brain',
      technical: 'Ascending pathway (spinothalamic tract)',
      role: 'The path that carries the message up the spinal cord to the brain.',
    },
    descending: {
      label: 'Down from the brain',
      technical: 'Descending pathway (PAG and RVM)',
      role: 'The brain can send signals down to the gate, using the body’s own pain relievers (endorphins). Feeling safe, or thinking about something else, helps close it. Worry, and paying close attention to the pain, tend to open it.',
    },
    brain: {
      label: 'Brain',
      technical: 'Brain (where pain is felt)',
      role: 'Pain is felt when the message reaches the brain. Mood, worry and attention all change how much it hurts.',
    },
  },
  steps: [
    {
      title: 'The pain signal travels',
      text: 'When you bump your elbow, thin nerves send pain signals to the spinal cord. The sharp pain nerve is fast. The aching pain nerve is slow.',
    },
    {
      title: 'The gate is open',
      text: 'Pain signals quiet the gate cell, so the gate stays open. The signal cell passes the message up to the brain.',
    },
    {
      title: 'Rubbing wakes up the touch nerve',
      text: 'You start to rub after the bump. Rubbing sends touch signals along the thick, fast touch nerve, and they keep coming as long as you rub.',
    },
    {
      title: 'The gate starts to close',
      text: 'The steady touch signals keep the gate cell busy. It calms the signal cell, so less pain signal goes up. This is why rubbing a bump often helps. The relief is quick, and it does not last long.',
    },
    {
      title: 'Your brain can close it too',
      text: 'Feeling safe, or thinking about something else, helps the brain send signals down that close the gate. Worry, and focusing on the pain, tend to open it. A sudden fright can also block pain for a short while.',
    },
  ],
  note: {
    summary: 'How sure are we?',
    items: [
      'This picture is a simple model. It comes from the gate control theory, first put forward in 1965.',
      'Later research showed that some of the wiring in the first version was not quite right. Scientists changed the details.',
      'The main idea is still well supported: the spinal cord and the brain can turn the pain signal up or down. The brain’s own pain relief is well studied.',
      'The gate explains only part of how massage may help. Pain is more than a signal. Thoughts, mood and past pain also shape it. The numbers here are for teaching, not a measure of your pain.',
    ],
  },
  speeds: 'In the body, the touch nerve carries signals at about 35 to 75 meters a second. The sharp pain nerve is 5 to 30, and the aching pain nerve only 0.5 to 2. The moving dots keep this order, but we slowed the fast ones so you can see them.',
};

/** The words with each statement's sources and locators (tests, the content review, the build's reference list). */
export const gateControl = /* @__PURE__ */ withCites(gateWords);

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
