// Registers <pt-gate-control>. Import this module (or the loader) to use the element.
import { define } from '../../core/define.js';
import { PtGateControl, type PtGateChangeDetail } from './pt-gate-control.component.js';

export * from './pt-gate-control.component.js';

define('pt-gate-control', PtGateControl);

declare global {
  interface HTMLElementTagNameMap {
    'pt-gate-control': PtGateControl;
  }
  interface HTMLElementEventMap {
    'pt-gate-change': CustomEvent<PtGateChangeDetail>;
  }
}
