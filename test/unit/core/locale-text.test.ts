// core/locale-text.ts: the one locale-text loader. Pending shows the pending render (never the fallback
// labelled as the other language), updateComplete waits for the text, a failure warns once and shows the
// fallback, and a later try (retry(), another element) imports again instead of caching the failure.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { PtElement } from '../../../src/core/pt-element.js';
import { LocaleTextController, sharedImport } from '../../../src/core/locale-text.js';
import { captureConsole } from '../../helpers/console.js';

let attempts = 0;
let failNext = false;
let release: () => void = () => {};
const spanish = sharedImport(async () => {
  attempts++;
  await new Promise<void>((r) => (release = r));
  if (failNext) {
    failNext = false;
    throw new Error('offline');
  }
  return { hello: 'hola' };
});

class TextProbe extends PtElement {
  readonly text = new LocaleTextController(this, { fallback: { hello: 'hello' }, load: { es: spanish }, what: 'the Spanish text' });
  override render() {
    return this.text.render({ pending: () => litHtml`<p>…</p>`, complete: (t) => litHtml`<p>${t.hello}</p>` });
  }
}
customElements.define('pt-text-probe', TextProbe);

const shown = (el: TextProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LocaleTextController', () => {
  it('renders the fallback at once for English, the pending state while Spanish loads, and waits in updateComplete', async () => {
    const en = await fixture<TextProbe>(html`<pt-text-probe></pt-text-probe>`);
    expect(en.text.status).to.equal('complete');
    expect(shown(en)).to.equal('hello');

    failNext = true;
    // Not fixture(): it awaits updateComplete, which (rightly) waits for the text this test holds back.
    const es = document.createElement('pt-text-probe') as TextProbe;
    es.lang = 'es';
    document.body.append(es);
    await new Promise((r) => setTimeout(r, 20));
    expect(es.text.status).to.equal('pending');
    expect(shown(es)).to.equal('…');
    const logs = captureConsole();
    try {
      release();
      await es.updateComplete;
      expect(es.text.status).to.equal('error');
      expect(shown(es), 'after a failure the fallback is shown').to.equal('hello');
      expect(logs.warnings.filter((w) => w.includes('could not load the Spanish text'))).to.have.length(1);
    } finally {
      logs.restore();
    }
    expect(spanish.value, 'a failed import is not kept').to.equal(undefined);

    // retry() imports again; this time it arrives.
    const before = attempts;
    es.text.retry();
    await new Promise((r) => setTimeout(r, 20));
    expect(attempts).to.equal(before + 1);
    release();
    await es.updateComplete;
    expect(es.text.status).to.equal('complete');
    expect(shown(es)).to.equal('hola');

    // A later element reuses the text on its first render: no import, no pending frame.
    const later = await fixture<TextProbe>(html`<pt-text-probe lang="es"></pt-text-probe>`);
    expect(attempts).to.equal(before + 1);
    expect(shown(later)).to.equal('hola');
    expect(await later.text.promise).to.deep.equal({ hello: 'hola' });
    es.remove();
  });
});
