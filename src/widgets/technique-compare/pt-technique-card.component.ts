// SKELETON placed by the foundation; the widget issue replaces it.
import { html } from 'lit';
import { PtElement } from '../../core/pt-element.js';

/**
 * @summary Placeholder until the widget lands.
 */
export class PtTechniqueCard extends PtElement {
  override render() {
    return html`<div class="pt-root" part="base"><p>pt-technique-card</p></div>`;
  }
}
