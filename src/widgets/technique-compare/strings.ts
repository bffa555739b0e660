// UI words for the technique card and comparison, in each shipped locale (content text lives in src/content).
import type { Locale } from '../../core/locale.js';
import type { Tissue } from '../../content/techniques.js';
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

export const techniqueStrings: Record<Locale, TechniqueStrings> = {
  en: {
    questions: {
      summary: 'What is it?',
      feels: 'How does it feel?',
      pressure: 'How much pressure?',
      worksOn: 'What does it work on?',
      usedFor: 'What is it often used for?',
      sessionMinutes: 'How long is a session?',
      after: 'What may happen after?',
      precautions: 'Tell your therapist first if you:',
      evidence: 'What does research say?',
    },
    tissues: {
      muscle: 'muscle',
      fascia: 'fascia (the thin wrap around muscles)',
      tendon: 'tendon (joins muscle to bone)',
      lymph: 'lymph (a clear body fluid that can build up and cause swelling)',
      nerve: 'nerve',
    },
    pressureWords: ['very light', 'light to medium', 'medium', 'medium to firm', 'firm'],
    pressureText: (n, word) => `Pressure: ${n} of 5, ${word}`,
    noPressure: 'Not a pressure treatment. Thin needles may cause a brief twitch or a deep ache.',
    alsoCalled: (aka) => `Also called ${aka}`,
    clinicAdded: 'Added by your clinic',
    title: 'Compare hands-on treatments',
    caption: (names) => `Side by side: ${names}`,
    techniqueColumn: 'Question',
    controlsLabel: 'Choose what to compare',
    chosenLabel: 'Now comparing',
    addLabel: 'Add a treatment',
    add: 'Add',
    remove: (name) => `Remove ${name}`,
    atMost: (max) => `You can compare up to ${max} at a time. Remove one to add another.`,
    atLeast: (min) => `Keep at least ${min} to compare.`,
    noneLeft: 'All treatments are shown.',
    added: (name, n) => `Added ${name}. Now comparing ${n}.`,
    removed: (name, n) => `Removed ${name}. Now comparing ${n}.`,
    unknownTechnique: 'This treatment is not in the list.',
    notGiven: 'Ask your clinic.',
  },
  es: {
    questions: {
      summary: '¿Qué es?',
      feels: '¿Cómo se siente?',
      pressure: '¿Cuánta presión?',
      worksOn: '¿Sobre qué actúa?',
      usedFor: '¿Para qué se usa a menudo?',
      sessionMinutes: '¿Cuánto dura una sesión?',
      after: '¿Qué puede pasar después?',
      precautions: 'Avísele antes a su terapeuta si usted:',
      evidence: '¿Qué dicen los estudios?',
    },
    tissues: {
      muscle: 'músculo',
      fascia: 'fascia (la capa delgada que envuelve los músculos)',
      tendon: 'tendón (une el músculo al hueso)',
      lymph: 'linfa (un líquido claro del cuerpo que puede acumularse y causar hinchazón)',
      nerve: 'nervio',
    },
    pressureWords: ['muy ligera', 'ligera a media', 'media', 'media a firme', 'firme'],
    pressureText: (n, word) => `Presión: ${n} de 5, ${word}`,
    noPressure: 'No es un tratamiento de presión. Las agujas finas pueden causar un breve salto del músculo o un dolor profundo.',
    alsoCalled: (aka) => `También se llama ${aka}`,
    clinicAdded: 'Agregado por su clínica',
    title: 'Compare tratamientos manuales',
    caption: (names) => `Lado a lado: ${names}`,
    techniqueColumn: 'Pregunta',
    controlsLabel: 'Elija qué comparar',
    chosenLabel: 'Comparando ahora',
    addLabel: 'Agregar un tratamiento',
    add: 'Agregar',
    remove: (name) => `Quitar ${name}`,
    atMost: (max) => `Puede comparar hasta ${max} a la vez. Quite uno para agregar otro.`,
    atLeast: (min) => `Deje al menos ${min} para comparar.`,
    noneLeft: 'Ya se muestran todos los tratamientos.',
    added: (name, n) => `Se agregó ${name}. Comparando ${n}.`,
    removed: (name, n) => `Se quitó ${name}. Comparando ${n}.`,
    unknownTechnique: 'Este tratamiento no está en la lista.',
    notGiven: 'Pregunte en su clínica.',
  },
};
