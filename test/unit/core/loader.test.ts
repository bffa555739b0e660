// The loader from source: it registers only the tags the page uses, including ones added later
// and ones inside other components' shadow roots, and reserves space before upgrade.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/loader.js';
import { widgets } from '../../../src/widgets/registry.js';

describe('loader', () => {
  it('reserves the box of a widget before its code arrives: the element really is that tall, for this viewport', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 40rem"></div>`);
    // Appended and measured in the same task: the loader has started importing the code, which cannot
    // have arrived yet, so the element is still :not(:defined).
    const el = document.createElement('pt-visit-guide');
    el.innerHTML = '<p>Fallback text inside the tag</p>';
    wrap.append(el);
    expect(el.matches(':defined'), 'measured before upgrade').to.equal(false);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const w = window.innerWidth / rem;
    const i = w < 30 ? 3 : w < 48 ? 2 : w < 64 ? 1 : 0;
    const expected = parseFloat(widgets['pt-visit-guide']!.reserve[i]) * rem;
    const box = el.getBoundingClientRect();
    expect(box.height, `reserved height at ${window.innerWidth}px (reserve[${i}])`).to.be.closeTo(expected, 1);
    expect(box.width, 'the reserved box takes the container width').to.be.closeTo(wrap.getBoundingClientRect().width, 1);
    expect(getComputedStyle(el).visibility, 'the fallback inside the tag stays hidden while loading').to.equal('hidden');
    // Every tag in the registry gets a rule.
    const sheetText = document.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules).map((r) => r.cssText)).join('\n');
    for (const tag of Object.keys(widgets)) expect(sheetText).to.contain(`${tag}:not(:defined)`);
    await waitUntil(() => el.matches(':defined'), 'pt-visit-guide was not defined', { timeout: 10000 });
  });

  it('imports a widget only when its tag appears, also when added later', async () => {
    expect(customElements.get('pt-technique-card')).to.equal(undefined);
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    wrap.append(document.createElement('pt-technique-card'));
    await waitUntil(() => customElements.get('pt-technique-card'), 'pt-technique-card was not defined', { timeout: 10000 });
    expect(customElements.get('pt-gate-control'), 'an unused widget stays unloaded').to.equal(undefined);
  });

  it('finds widgets inside another component\'s open shadow root', async () => {
    class Card extends HTMLElement {
      connectedCallback() {
        const root = this.attachShadow({ mode: 'open' });
        root.append(document.createElement('pt-gate-control'));
      }
    }
    customElements.define('host-card-for-loader', Card);
    await fixture(html`<host-card-for-loader></host-card-for-loader>`);
    await waitUntil(() => customElements.get('pt-gate-control'), 'pt-gate-control inside a shadow root was not defined', { timeout: 10000 });
  });

  it('warns once, naming the tag, when the page already defined a pt-* tag itself', async () => {
    customElements.define('pt-technique-compare', class extends HTMLElement {});
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const wrap = await fixture<HTMLElement>(html`<div></div>`);
      wrap.append(document.createElement('pt-technique-compare'), document.createElement('pt-technique-compare'));
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      console.warn = orig;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[pt-technique-compare\] the tag is already defined by another script.* — valid: /);
  });

  it('exposes discover() and the version once, however often it is included', async () => {
    expect(window.ptExplainers?.version).to.be.a('string');
    const first = window.ptExplainers;
    // @ts-expect-error a query string makes the browser evaluate a second copy of the module
    await import('../../../src/loader.ts?copy=2');
    expect(window.ptExplainers).to.equal(first);
  });
});
