// Registers <pt-technique-compare>. Import this module (or the loader) to use the element.
import { define } from '../../core/define.js';
import { PtTechniqueCompare, type PtTechniqueChangeDetail } from './pt-technique-compare.component.js';

export * from './pt-technique-compare.component.js';

define('pt-technique-compare', PtTechniqueCompare);

declare global {
  interface HTMLElementTagNameMap {
    'pt-technique-compare': PtTechniqueCompare;
  }
  interface HTMLElementEventMap {
    'pt-technique-change': CustomEvent<PtTechniqueChangeDetail>;
  }
}
