// The script-tag entry (dist/pt-explainers.js). It watches the page for pt-* tags, including ones
// added later and ones inside open shadow roots, and imports only the widgets the page uses,
// from URLs relative to this file, so dist/ works from any folder or CDN path.
import { widgets } from './widgets/registry.js';

const requested = new Set<string>();
const watchedRoots = new WeakSet<Node>();
const selector = Object.keys(widgets).join(',');

function load(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  const existing = customElements.get(tag) as (CustomElementConstructor & Record<symbol, unknown>) | undefined;
  if (existing) {
    // An earlier copy of pt-explainers stamps its classes; anything else is the page's own element.
    if (!existing[Symbol.for('pt-explainers.version')]) {
      console.warn(`[${tag}] the tag is already defined by another script; pt-explainers skips it — valid: one definition per tag`);
    }
    return;
  }
  widgets[tag]!.load().catch((error: unknown) => {
    requested.delete(tag);
    // The reserved box collapses and the content inside the tag (a sentence and a link) shows instead.
    sheet?.insertRule(`${tag}:not(:defined){min-height:0!important;visibility:inherit!important}`);
    console.warn(`[${tag}] could not load its code (${(error as Error)?.message ?? error}) — valid: dist/ files next to pt-explainers.js`);
  });
}

function scan(root: ParentNode): void {
  if (root instanceof Element && widgets[root.localName]) load(root.localName);
  for (const el of Array.from(root.querySelectorAll(selector))) load(el.localName);
  // Look into open shadow roots of other components (a theme's card, a page builder's block).
  for (const el of Array.from(root.querySelectorAll('*'))) watchShadow(el);
  if (root instanceof Element) watchShadow(root);
}

function watchShadow(el: Element): void {
  if (el.shadowRoot) {
    observe(el.shadowRoot);
    return;
  }
  const name = el.localName;
  // A component that is not upgraded yet renders its shadow root later: look again once it is.
  if (name.includes('-') && !widgets[name] && !customElements.get(name)) {
    void customElements.whenDefined(name).then(() => requestAnimationFrame(() => el.shadowRoot && observe(el.shadowRoot)));
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of Array.from(record.addedNodes)) {
      if (node instanceof Element) scan(node);
    }
  }
});

function observe(root: Document | ShadowRoot): void {
  if (watchedRoots.has(root)) return;
  watchedRoots.add(root);
  scan(root);
  observer.observe(root, { childList: true, subtree: true });
}

let sheet: CSSStyleSheet | undefined;

/**
 * Reserves each widget's box until its code arrives; the content inside the tag (its fallback) stays
 * hidden meanwhile. If the code fails to load, load() overrides both, so the fallback shows.
 */
function reserveSpace(): void {
  try {
    // Constructed sheets are CSSOM, so a strict style-src CSP does not block them.
    const s = new CSSStyleSheet();
    const rule = (i: number) =>
      Object.entries(widgets)
        .map(([tag, w]) => `${tag}:not(:defined){display:block;visibility:hidden;min-height:${w.reserve[i]}}`)
        .join('');
    s.replaceSync(
      `${rule(0)}@media (max-width:63.99rem){${rule(1)}}@media (max-width:47.99rem){${rule(2)}}@media (max-width:29.99rem){${rule(3)}}`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, (sheet = s)];
  } catch {
    // Older browsers without constructable sheets: the page may shift a little, nothing worse.
  }
}

declare global {
  interface Window {
    ptExplainers?: { discover(root: Document | ShadowRoot | Element): void; version: string };
  }
}

// Included twice (two script tags, or two copies): the first one does the work.
if (!window.ptExplainers) {
  window.ptExplainers = {
    /** Looks for pt-* tags under `root` (for closed shadow roots the loader cannot see into). */
    discover(root) {
      if (root instanceof Element) scan(root);
      else observe(root);
    },
    version: typeof __PT_VERSION__ === 'string' ? __PT_VERSION__ : 'dev',
  };
  reserveSpace();
  observe(document);
}

declare const __PT_VERSION__: string | undefined;
