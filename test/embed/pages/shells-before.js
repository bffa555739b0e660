// A theme's own component, defined BEFORE the loader runs: it renders a widget inside its open shadow root.
/* global HTMLElement, customElements */
customElements.define('x-shell-before', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<section><h3>Theme card</h3><pt-gate-control></pt-gate-control></section>';
  }
});
