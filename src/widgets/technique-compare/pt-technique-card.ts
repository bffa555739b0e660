// Registers <pt-technique-card>. Import this module (or the loader) to use the element.
import { define } from '../../core/define.js';
import { PtTechniqueCard } from './pt-technique-card.component.js';

export * from './pt-technique-card.component.js';

define('pt-technique-card', PtTechniqueCard);

declare global {
  interface HTMLElementTagNameMap {
    'pt-technique-card': PtTechniqueCard;
  }
}
