// npm entry: importing the package registers every widget and re-exports their classes and types.
// For smaller bundles import one widget: `import 'pt-explainers/gate-control'`.
export * from './widgets/gate-control/pt-gate-control.js';
export * from './widgets/technique-compare/pt-technique-compare.js';
export * from './widgets/technique-compare/pt-technique-card.js';
export * from './widgets/trigger-point-map/pt-trigger-point-map.js';
export * from './widgets/visit-guide/pt-visit-guide.js';
export { define } from './core/define.js';
export { VERSION } from './core/version.js';
export type { Locale } from './core/locale.js';
