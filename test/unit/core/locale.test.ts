import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController, langOf, matchLocale } from '../../../src/core/locale.js';
import { captureConsole } from '../../helpers/console.js';

class LocaleProbe extends LitElement {
  ctl = new LocaleController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.ctl.locale}`;
  }
}
customElements.define('pt-locale-probe', LocaleProbe);

describe('locale resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('maps BCP 47 tags to shipped locales', () => {
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('ES')).to.equal('es');
    expect(matchLocale('en_US')).to.equal('en');
    expect(matchLocale('fr')).to.equal(null);
  });

  it('uses the element, then the nearest ancestor, then the document', async () => {
    document.documentElement.setAttribute('lang', 'es');
    const wrap = await fixture<HTMLElement>(html`<div><section lang="en-GB"><pt-locale-probe lang="es-419"></pt-locale-probe><pt-locale-probe></pt-locale-probe></section><pt-locale-probe></pt-locale-probe></div>`);
    const [own, ancestor, doc] = Array.from(wrap.querySelectorAll<LocaleProbe>('pt-locale-probe'));
    expect(own!.ctl.locale).to.equal('es');
    expect(ancestor!.ctl.locale).to.equal('en');
    expect(langOf(ancestor!)).to.equal('en-GB');
    expect(doc!.ctl.locale).to.equal('es');
  });

  it('crosses shadow roots to find the host page language', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="es"></div>`);
    const inner = host.attachShadow({ mode: 'open' });
    const probe = document.createElement('pt-locale-probe') as LocaleProbe;
    inner.append(probe);
    await probe.updateComplete;
    expect(probe.ctl.locale).to.equal('es');
    expect(probe.shadowRoot!.textContent).to.equal('es');
  });

  it('re-renders when an ancestor lang changes', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><pt-locale-probe></pt-locale-probe></div>`);
    const probe = wrap.querySelector<LocaleProbe>('pt-locale-probe')!;
    expect(probe.shadowRoot!.textContent).to.equal('en');
    wrap.setAttribute('lang', 'es');
    await new Promise((r) => setTimeout(r));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('es');
  });

  it('falls back to English with one console note for untranslated languages', async () => {
    const c = captureConsole();
    let probe: LocaleProbe;
    try {
      probe = await fixture<LocaleProbe>(html`<pt-locale-probe lang="fr"></pt-locale-probe>`);
      probe.requestUpdate();
      await probe.updateComplete;
    } finally {
      c.restore();
    }
    expect(probe.ctl.locale).to.equal('en');
    expect(c.warnings).to.deep.equal(['[pt-locale-probe] lang "fr" is not translated yet; showing English — valid: en, es']);
  });
});
