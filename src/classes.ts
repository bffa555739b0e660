// Class-only entry (`pt-explainers/classes`): every widget class, with no tag registered, for apps that
// choose their own tag names or use scoped registries: customElements.define('clinic-gate', PtGateControl).
export { PtGateControl } from './widgets/gate-control/pt-gate-control.component.js';
export { PtTechniqueCompare } from './widgets/technique-compare/pt-technique-compare.component.js';
export { PtTechniqueCard } from './widgets/technique-compare/pt-technique-card.component.js';
export { PtTriggerPointMap } from './widgets/trigger-point-map/pt-trigger-point-map.component.js';
export { PtVisitGuide } from './widgets/visit-guide/pt-visit-guide.component.js';
export type { PtGateChangeDetail } from './widgets/gate-control/pt-gate-control.component.js';
export type { PtTechniqueChangeDetail } from './widgets/technique-compare/pt-technique-compare.component.js';
export type { PtMuscleSelectDetail, PtAreaSelectDetail } from './widgets/trigger-point-map/pt-trigger-point-map.component.js';
export type { Theme } from './core/pt-element.js';
export type { Locale } from './core/locale.js';
