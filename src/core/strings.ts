// UI words shared by every widget, in each shipped locale. Widget-specific words live with the widget.
import type { Locale } from './locale.js';

export interface CoreStrings {
  disclaimer: string;
  sources: string;
  sourcesSummary: (count: number) => string;
  pause: string;
  play: string;
  technicalName: string;
  loading: string;
}

export const coreStrings: Record<Locale, CoreStrings> = {
  en: {
    disclaimer: 'For education only. This is not a diagnosis. Ask your therapist about your own care.',
    sources: 'Sources',
    sourcesSummary: (n) => `Sources (${n})`,
    pause: 'Pause animation',
    play: 'Play animation',
    technicalName: 'Technical name',
    loading: 'Loading…',
  },
  es: {
    disclaimer: 'Solo para aprender. No es un diagnóstico. Pregúntele a su terapeuta sobre su caso.',
    sources: 'Fuentes',
    sourcesSummary: (n) => `Fuentes (${n})`,
    pause: 'Pausar animación',
    play: 'Reproducir animación',
    technicalName: 'Nombre técnico',
    loading: 'Cargando…',
  },
};
