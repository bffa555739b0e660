// UI words for <pt-gate-control> in each shipped locale (the medical text lives in src/content/).
import type { Locale } from '../../core/locale.js';
import { formatNumber } from '../../core/format.js';
import type { BrainState, GateWord, Level } from './gate-model.js';

export interface GateStrings {
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
  meterText: (locale: Locale, signal: number, label: string) => string;
  /** Words are already translated: levels, brain state, gate word and signal level. */
  describe: (d: { locale: Locale; pain: string; touch: string; brain: string; gate: string; signal: number; signalLevel: string }) => string;
  diagramName: string;
  technicalNames: string;
  guided: string;
  back: string;
  next: string;
  stepOf: (n: number, total: number) => string;
  legend: string;
  gateClosed: string;
  gateOpen: string;
  excites: string;
  inhibits: string;
  controls: string;
  speedTitle: string;
  gate: string;
  whatPartsDo: string;
  reducedNote: string;
  outOf: (n: number, word: string) => string;
}

export const gateStrings: Record<Locale, GateStrings> = {
  en: {
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
    meterText: (locale, signal, label) => `${label}: ${formatNumber(locale, Math.round(signal))} out of 100`,
    describe: ({ locale, pain, touch, brain, gate, signal, signalLevel }) =>
      `Pain input ${pain}, touch ${touch}, brain ${brain.toLowerCase()}: the gate is ${gate}; the pain signal reaching the brain is ${formatNumber(locale, Math.round(signal))} out of 100 (${signalLevel}).`,
    diagramName: 'Diagram of the pain gate in the spinal cord',
    technicalNames: 'Show technical names',
    guided: 'Step by step',
    back: 'Back',
    next: 'Next',
    stepOf: (n, total) => `Step ${n} of ${total}`,
    legend: 'Parts of the diagram',
    gateClosed: 'closed',
    gateOpen: 'open',
    excites: 'excites',
    inhibits: 'calms',
    controls: 'Try it',
    speedTitle: 'Speed in the body',
    gate: 'Gate',
    whatPartsDo: 'What each part does',
    reducedNote: 'The moving dots are off because your device asks for less motion. The arrows show the same thing. You can press Play.',
    outOf: (n, word) => `${n} out of 100, ${word}`,
  },
  es: {
    pain: 'Dolor que entra',
    painHint: 'Qué tan fuerte es el dolor en la piel',
    touch: 'Tacto y presión (masaje)',
    touchHint: 'Frotar, presionar o dar masaje',
    brain: 'Estado del cerebro',
    brainStates: { calm: 'Tranquilo', neutral: 'Normal', stressed: 'Estresado' },
    brainHints: { calm: 'relajado, distraído', neutral: 'del día a día', stressed: 'preocupado, con miedo' },
    levels: { low: 'bajo', medium: 'medio', high: 'alto' },
    signalLevels: { low: 'baja', medium: 'media', high: 'alta' },
    gateWords: { open: 'abierta', 'mostly-open': 'casi abierta', 'half-closed': 'medio cerrada', 'mostly-closed': 'casi cerrada' },
    meterLabel: 'Señal de dolor que llega al cerebro',
    meterText: (locale, signal, label) => `${label}: ${formatNumber(locale, Math.round(signal))} de 100`,
    describe: ({ locale, pain, touch, brain, gate, signal, signalLevel }) =>
      `Dolor ${pain}, tacto ${touch}, cerebro ${brain.toLowerCase()}: la compuerta está ${gate}; la señal de dolor que llega al cerebro está en ${formatNumber(locale, Math.round(signal))} de 100 (${signalLevel}).`,
    diagramName: 'Diagrama de la compuerta del dolor en la médula espinal',
    technicalNames: 'Mostrar nombres técnicos',
    guided: 'Paso a paso',
    back: 'Atrás',
    next: 'Siguiente',
    stepOf: (n, total) => `Paso ${n} de ${total}`,
    legend: 'Partes del diagrama',
    gateClosed: 'cerrada',
    gateOpen: 'abierta',
    excites: 'activa',
    inhibits: 'frena',
    controls: 'Pruébelo',
    speedTitle: 'Velocidad en el cuerpo',
    gate: 'Compuerta',
    whatPartsDo: 'Qué hace cada parte',
    reducedNote: 'Los puntos en movimiento están apagados porque su dispositivo pide menos movimiento. Las flechas muestran lo mismo. Puede pulsar Reproducir.',
    outOf: (n, word) => `${n} de 100, ${word}`,
  },
};
