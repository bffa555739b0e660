// UI words shared by every widget, in each shipped locale. Widget-specific words live with the widget.
import type { Locale } from './locale.js';

export interface CoreStrings {
  /** The clinic-replaceable note under a widget. */
  disclaimer: string;
  /** The core safety line no configuration removes (education only, not a diagnosis, emergencies). */
  safety: string;
  /** One locator under a reference: where in it the widget's claims are supported. */
  supports: (where: string) => string;
  sources: string;
  sourcesSummary: (count: number) => string;
  pause: string;
  play: string;
  technicalName: string;
  loading: string;
}

export const coreStrings: Record<Locale, CoreStrings> = {
  en: {
    disclaimer: 'Ask your therapist about your own care.',
    safety: 'For learning only. This is not a diagnosis. In an emergency, call your local emergency number.',
    supports: (where) => `Where: ${where}`,
    sources: 'Sources',
    sourcesSummary: (n) => `Sources (${n})`,
    pause: 'Pause animation',
    play: 'Play animation',
    technicalName: 'Technical name',
    loading: 'Loading…',
  },
  es: {
    disclaimer: 'Pregúntele a su terapeuta sobre su caso.',
    safety: 'Solo para aprender. No es un diagnóstico. En una emergencia, llame al número de emergencias de su zona.',
    supports: (where) => `Dónde: ${where}`,
    sources: 'Fuentes',
    sourcesSummary: (n) => `Fuentes (${n})`,
    pause: 'Pausar animación',
    play: 'Reproducir animación',
    technicalName: 'Nombre técnico',
    loading: 'Cargando…',
  },
};
