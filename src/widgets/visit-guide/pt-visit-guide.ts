// Registers <pt-visit-guide>. Import this module (or the loader) to use the element.
import { define } from '../../core/define.js';
import { PtVisitGuide, type PtVisitPlanDetail, type PtVisitStepDetail } from './pt-visit-guide.component.js';

export * from './pt-visit-guide.component.js';

define('pt-visit-guide', PtVisitGuide);

declare global {
  interface HTMLElementTagNameMap {
    'pt-visit-guide': PtVisitGuide;
  }
  interface HTMLElementEventMap {
    'pt-visit-step': CustomEvent<PtVisitStepDetail>;
    'pt-visit-plan': CustomEvent<PtVisitPlanDetail>;
  }
}
