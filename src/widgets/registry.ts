// Every widget tag, the module that registers it, and the box it reserves before its code arrives.
// The loader imports a module only when its tag appears on the page.

export interface WidgetEntry {
  load: () => Promise<unknown>;
  /** CSS for `tag:not(:defined)`, so the page does not jump when the widget upgrades. */
  reserve: string;
}

export const widgets: Record<string, WidgetEntry> = {
  'pt-gate-control': {
    load: () => import('./gate-control/pt-gate-control.js'),
    reserve: 'display:block;min-height:36rem',
  },
  'pt-technique-compare': {
    load: () => import('./technique-compare/pt-technique-compare.js'),
    reserve: 'display:block;min-height:32rem',
  },
  'pt-technique-card': {
    load: () => import('./technique-compare/pt-technique-card.js'),
    reserve: 'display:block;min-height:24rem',
  },
  'pt-trigger-point-map': {
    load: () => import('./trigger-point-map/pt-trigger-point-map.js'),
    reserve: 'display:block;min-height:40rem',
  },
};
