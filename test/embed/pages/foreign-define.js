// The host page already uses the name <pt-technique-card> for its own (unrelated) element.
/* global HTMLElement, customElements */
customElements.define('pt-technique-card', class ForeignCard extends HTMLElement {
  connectedCallback() {
    this.textContent = 'the page\u2019s own card';
  }
});
