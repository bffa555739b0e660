// core/locale-text.ts without a first-load fallback (English is imported too, as the visit guide does so a
// Spanish page downloads no English): English pages render pending, then English; when the Spanish import
// fails, one warning names it and the English is imported and shown instead; the pending line never shows
// English labelled as Spanish.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { PtElement } from '../../../src/core/pt-element.js';
import { LocaleTextController, sharedImport } from '../../../src/core/locale-text.js';
import { captureConsole } from '../../helpers/console.js';

let englishImports = 0;
const english = sharedImport(async () => {
  englishImports++;
  await new Promise((r) => setTimeout(r, 10));
  return { hello: 'hello' };
});
let releaseSpanish: (ok: boolean) => void = () => {};
const spanish = sharedImport(
  () =>
    new Promise<{ hello: string }>((resolve, reject) => {
      releaseSpanish = (ok) => (ok ? resolve({ hello: 'hola' }) : reject(new Error('offline')));
    }),
);

class LazyEnglishProbe extends PtElement {
  readonly text = new LocaleTextController(this, { load: { en: english, es: spanish }, what: { en: 'the English text', es: 'the Spanish text' } });
  override render() {
    return this.text.render({ pending: () => litHtml`<p>…</p>`, complete: (t) => litHtml`<p>${t.hello}</p>` });
  }
}
customElements.define('pt-lazy-english-probe', LazyEnglishProbe);

const shown = (el: LazyEnglishProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LocaleTextController with English imported too (no first-load fallback)', () => {
  it('imports English for an English page and waits for it in updateComplete', async () => {
    const en = await fixture<LazyEnglishProbe>(html`<pt-lazy-english-probe></pt-lazy-english-probe>`);
    expect(englishImports).to.equal(1);
    expect(en.text.status).to.equal('complete');
    expect(shown(en)).to.equal('hello');
  });

  it('after a failed Spanish import: one warning, then the English (imported) instead of the pending line; retry brings Spanish', async () => {
    const es = document.createElement('pt-lazy-english-probe') as LazyEnglishProbe;
    es.lang = 'es';
    document.body.append(es);
    await new Promise((r) => setTimeout(r, 20));
    expect(shown(es), 'pending, never English labelled as Spanish').to.equal('…');
    const logs = captureConsole();
    try {
      releaseSpanish(false);
      await es.updateComplete;
      expect(es.text.status).to.equal('error');
      expect(shown(es)).to.equal('hello');
      expect(logs.warnings.filter((w) => w.includes('could not load the Spanish text') && w.includes('showing English'))).to.have.length(1);
    } finally {
      logs.restore();
    }
    es.text.retry();
    await new Promise((r) => setTimeout(r, 20));
    releaseSpanish(true);
    await es.updateComplete;
    expect(es.text.status).to.equal('complete');
    expect(shown(es)).to.equal('hola');
    es.remove();
  });
});
