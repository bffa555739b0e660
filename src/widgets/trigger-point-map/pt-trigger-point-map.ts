// Registers <pt-trigger-point-map>. Import this module (or the loader) to use the element.
import { define } from '../../core/define.js';
import { PtTriggerPointMap, type PtMuscleSelectDetail, type PtAreaSelectDetail } from './pt-trigger-point-map.component.js';

export * from './pt-trigger-point-map.component.js';

define('pt-trigger-point-map', PtTriggerPointMap);

declare global {
  interface HTMLElementTagNameMap {
    'pt-trigger-point-map': PtTriggerPointMap;
  }
  interface HTMLElementEventMap {
    'pt-muscle-select': CustomEvent<PtMuscleSelectDetail>;
    'pt-area-select': CustomEvent<PtAreaSelectDetail>;
  }
}
