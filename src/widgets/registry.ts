// Every widget tag, the module that registers it, and the box it reserves before its code arrives.
// The loader imports a module only when its tag appears on the page.

export interface WidgetEntry {
  load: () => Promise<unknown>;
  /**
   * min-height reserved for `tag:not(:defined)`, so the page does not jump when the widget upgrades:
   * [wide (≥ 64rem), medium (< 64rem), narrow (< 48rem), phone (< 30rem)] viewports. Measured on the
   * demo page with the default content (widgets are taller when narrow, as their content stacks).
   */
  reserve: readonly [string, string, string, string];
}

export const widgets: Record<string, WidgetEntry> = {
  'pt-gate-control': {
    load: () => import('./gate-control/pt-gate-control.js'),
    reserve: ['78rem', '80rem', '94rem', '100rem'],
  },
  'pt-technique-compare': {
    load: () => import('./technique-compare/pt-technique-compare.js'),
    reserve: ['76rem', '104rem', '195rem', '240rem'],
  },
  'pt-technique-card': {
    load: () => import('./technique-compare/pt-technique-card.js'),
    reserve: ['36rem', '46rem', '62rem', '84rem'],
  },
  'pt-trigger-point-map': {
    load: () => import('./trigger-point-map/pt-trigger-point-map.js'),
    reserve: ['110rem', '144rem', '175rem', '220rem'],
  },
  'pt-visit-guide': {
    load: () => import('./visit-guide/pt-visit-guide.js'),
    reserve: ['104rem', '109rem', '131rem', '164rem'],
  },
};
