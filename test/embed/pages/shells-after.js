// Components defined AFTER the loader ran (module scripts run in order), one of them only later still,
// and one with a closed shadow root that hands its root to the loader through ptExplainers.discover().
/* global HTMLElement, customElements, setTimeout, window */
customElements.define('x-shell-after', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).innerHTML = '<div><pt-technique-card technique="swedish"></pt-technique-card></div>';
  }
});
setTimeout(() => {
  customElements.define('x-shell-late', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      // Nested twice: a shell inside a shell.
      this.attachShadow({ mode: 'open' }).innerHTML = '<x-shell-inner></x-shell-inner>';
    }
  });
  customElements.define('x-shell-inner', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: 'open' }).innerHTML = '<pt-technique-compare></pt-technique-compare>';
    }
  });
}, 500);
customElements.define('x-shell-closed', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'closed' });
    root.innerHTML = '<pt-trigger-point-map></pt-trigger-point-map>';
    window.ptExplainers?.discover(root);
    window.__closedRoot = root; // for the test only
  }
});
