import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { PtElement } from '../../../src/core/pt-element.js';
import { readConfig } from '../../../src/core/config.js';
import type { JsonSchema } from '../../../src/core/schema.js';
import { renderFooter } from '../../../src/core/footer.js';
import { captureConsole } from '../../helpers/console.js';
import { expectAxeClean } from '../../helpers/a11y.js';

const schema: JsonSchema = { type: 'object', additionalProperties: false, properties: { disclaimer: { type: 'string', maxLength: 100 } } };

class Probe extends PtElement {
  @property() level: unknown = 3;
  @property({ type: Boolean }) explode = false;
  config?: { disclaimer?: string };
  checked = 0;
  override connectedCallback() {
    super.connectedCallback();
    this.config = readConfig(this, schema);
  }
  override render() {
    if (this.explode) throw new Error('boom');
    this.checked = this.checkNumber('level', this.level, 1, 5, 3);
    return litHtml`<div class="pt-root" part="base"><h2>Probe</h2><p>${this.checked}</p>
      ${renderFooter({ locale: this.locale, sources: [{ id: 'a', citation: 'Author A. Title. Journal. 2000;1:1.', href: 'https://doi.org/10.1/x' }], disclaimer: this.config?.disclaimer })}</div>`;
  }
}
customElements.define('pt-probe', Probe);

describe('PtElement', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('applies theme tokens from --pt-* custom properties, light and dark', async () => {
    const el = await fixture<Probe>(html`<pt-probe style="--pt-accent: rgb(1, 2, 3)"></pt-probe>`);
    const root = el.shadowRoot!.querySelector('.pt-root')!;
    expect(getComputedStyle(root).getPropertyValue('--_accent').trim()).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(20, 26, 33)');
    el.theme = 'light';
    await emulateMedia({ colorScheme: 'dark' });
    await el.updateComplete;
    expect(getComputedStyle(root).backgroundColor, 'theme=light wins over a dark system').to.equal('rgb(255, 255, 255)');
    el.theme = 'auto';
    await el.updateComplete;
    expect(getComputedStyle(root).backgroundColor, 'auto follows the system').to.equal('rgb(20, 26, 33)');
  });

  it('inherits the page font by default', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="font-family: 'Courier New', monospace"><pt-probe></pt-probe></div>`);
    const el = wrap.querySelector('pt-probe')!;
    expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).fontFamily).to.contain('Courier New');
  });

  it('warns once about a bad theme and a bad number, and renders defaults', async () => {
    const c = captureConsole();
    let el: Probe;
    try {
      el = await fixture<Probe>(html`<pt-probe theme="neon" level="11"></pt-probe>`);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      c.restore();
    }
    expect(el.checked).to.equal(5);
    expect(c.warnings).to.deep.equal([
      '[pt-probe] theme="neon" is not recognised; using "page" — valid: page, auto, light, dark',
      '[pt-probe] level="11" is out of range; using 5 — valid: 1–5',
    ]);
  });

  it('keeps a render error inside the element', async () => {
    const c = captureConsole();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<Probe>(html`<pt-probe></pt-probe>`);
      el.explode = true;
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      window.removeEventListener('error', onError);
      c.restore();
    }
    expect(errors).to.deep.equal([]);
    expect(c.errors.join('\n')).to.contain('[pt-probe] could not render');
  });

  it('reads clinic JSON config as data: valid disclaimer shown as text, broken JSON warned once', async () => {
    const el = await fixture<Probe>(html`<pt-probe><script type="application/json">{"disclaimer": "<img src=x onerror=alert(1)> Ask Dr. Lee."}</script></pt-probe>`);
    const p = el.shadowRoot!.querySelector('.pt-disclaimer')!;
    expect(p.textContent!.trim()).to.equal('<img src=x onerror=alert(1)> Ask Dr. Lee.');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);

    const c = captureConsole();
    try {
      const broken = await fixture<Probe>(html`<pt-probe><script type="application/json">{"disclaimer": </script></pt-probe>`);
      expect(broken.shadowRoot!.querySelector('.pt-disclaimer')!.textContent).to.contain('Ask your therapist');
      expect(broken.shadowRoot!.querySelector('.pt-safety')!.textContent).to.contain('not a diagnosis');
    } finally {
      c.restore();
    }
    expect(c.warnings).to.have.length(1);
    expect(c.warnings[0]).to.match(/^\[pt-probe\] config <script type="application\/json"> is not valid JSON/);
  });

  it('localizes the shared footer and stays axe-clean', async () => {
    const el = await fixture<Probe>(html`<pt-probe lang="es"></pt-probe>`);
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.equal('Fuentes (1)');
    expect(el.shadowRoot!.querySelector('.pt-safety')!.textContent).to.contain('No es un diagnóstico');
    await expectAxeClean(el);
  });

  it('reports prefers-reduced-motion and follows changes', async () => {
    const el = await fixture<Probe>(html`<pt-probe></pt-probe>`);
    expect(el.reducedMotion).to.equal(false);
    await emulateMedia({ reducedMotion: 'reduce' });
    await new Promise((r) => setTimeout(r, 50));
    expect(el.reducedMotion).to.equal(true);
  });
});
