// <pt-technique-card> in Chromium: every technique renders, article/heading semantics, pressure in words,
// clinic JSON (relabel, hide, add, bad input), Spanish, narrow reflow and axe-core in each state.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/technique-compare/pt-technique-card.js';
import type { PtTechniqueCard } from '../../../src/widgets/technique-compare/pt-technique-card.js';
import { TECHNIQUE_IDS, techniqueNotes, techniques } from '../../../src/content/techniques.js';
import { techniquesEs } from '../../../src/content/es/techniques.js';
import { expectAxeClean } from '../../helpers/a11y.js';
import { captureConsole } from '../../helpers/console.js';
import { mountWidget } from '../../helpers/mount.js';
import { recordUntilComplete } from '../../helpers/record-renders.js';

const WORDS = ['very light', 'light to medium', 'medium', 'medium to firm', 'firm'];

const root = (el: PtTechniqueCard): ShadowRoot => el.shadowRoot!;
const text = (el: PtTechniqueCard): string => root(el).textContent!.replace(/\s+/g, ' ');

function card(technique: string, json?: string, attrs: { lang?: string; width?: number } = {}): Promise<PtTechniqueCard> {
  return mountWidget<PtTechniqueCard>('pt-technique-card', { ...attrs, json, attrs: { technique } }, 700);
}

describe('<pt-technique-card>', () => {
  before(() => setViewport({ width: 1100, height: 900 }));

  // First of the Spanish tests here, so the Spanish module really is fetched while the card renders.
  it('under lang="es" never shows English content while the Spanish text loads; updateComplete brings the Spanish', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const el = document.createElement('pt-technique-card');
    el.setAttribute('technique', 'myofascial-release');
    const seen = await recordUntilComplete(el, wrap, (e) => e.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    const englishText = techniques['myofascial-release'].summary.text;
    expect(seen.filter((snap) => snap.includes(englishText)), 'English summary shown under lang="es"').to.deep.equal([]);
    expect(text(el)).to.contain(techniquesEs['myofascial-release'].summary);
  });

  it('shows another technique when the attribute changes, keeping the last one (never the loading line) until its text is here', async () => {
    // Early in the file, so dry needling's English text is not on the page yet (texts stay for the page's life).
    const el = await card('swedish');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(root(el).querySelector('.loading') ? 'loading' : (root(el).querySelector('h3')?.textContent ?? '').trim()));
    observer.observe(root(el), { subtree: true, childList: true, characterData: true });
    el.technique = 'dry-needling';
    await el.updateComplete;
    observer.disconnect();
    expect(seen.filter((s) => s === 'loading')).to.deep.equal([]);
    expect(root(el).querySelector('h3')!.textContent!.trim()).to.equal(techniques['dry-needling'].name);
    const cites = Array.from(root(el).querySelectorAll('.pt-sources li')).map((li) => li.id);
    expect(cites).to.include('src-brady-2014');
    expect(cites, 'a source only Swedish massage cites').not.to.include('src-rapaport-2010');
  });

  it('renders name, summary and pressure (drawn and in words) for each of the 10 techniques', async () => {
    for (const id of TECHNIQUE_IDS) {
      const t = techniques[id];
      const el = await card(id);
      const h = root(el).querySelector('article h3')!;
      expect(h.textContent!.trim(), id).to.equal(t.name);
      expect(text(el), id).to.contain(t.summary.text);
      if (t.pressure === 'none') {
        // Needles are not a pressure treatment (issue 12): what it feels like, and no 1–5 scale.
        expect(text(el), id).to.contain('Not a pressure treatment').and.contain('twitch');
        expect(text(el), id).not.to.match(/Pressure: \d of 5/);
        expect(root(el).querySelector('.scale'), id).to.equal(null);
      } else {
        expect(text(el), id).to.contain(`Pressure: ${t.pressure} of 5, ${WORDS[t.pressure - 1]}`);
        const steps = root(el).querySelectorAll('.scale .step');
        expect(steps.length, id).to.equal(5);
        expect(root(el).querySelectorAll('.scale .step.on').length, id).to.equal(t.pressure);
        expect(root(el).querySelector('.scale')!.getAttribute('aria-hidden'), id).to.equal('true');
      }
      // Intl-formatted session length, e.g. "30–60 minutes".
      expect(text(el), id).to.match(new RegExp(`${t.sessionMinutes[0]}.${t.sessionMinutes[1]} minutes`));
      t.precautions.forEach((p) => expect(text(el), id).to.contain(p.text));
      // Massage techniques say plainly that massage does not flush toxins or lactic acid (issue 12); needling does not.
      if (t.pressure === 'none') expect(text(el), id).not.to.contain(techniqueNotes.myth.text);
      else expect(text(el), id).to.contain(techniqueNotes.myth.text);
    }
  });

  it('is an article named by its heading, with a disclaimer and the sources it cites', async () => {
    const el = await card('myofascial-release');
    const article = root(el).querySelector('article')!;
    const h = article.querySelector('h3')!;
    expect(article.getAttribute('aria-labelledby')).to.equal(h.id);
    expect(root(el).querySelector('.pt-safety')!.textContent).to.contain('not a diagnosis').and.contain('emergency');
    const cites = Array.from(root(el).querySelectorAll('.pt-sources li')).map((li) => li.id);
    expect(cites).to.include('src-ajimsha-2015');
    expect(cites).to.include('src-batavia-2004');
    // Each reference says where in it the card's claims are supported (issue 12).
    const ajimsha = root(el).querySelector('#src-ajimsha-2015')!;
    expect(ajimsha.querySelector('.pt-locators')!.textContent).to.contain('low-load, long-duration stretch');
    await expectAxeClean(el, 'card default');
  });

  it('uses heading-level, and warns once for a bad one', async () => {
    const el = await card('swedish');
    el.headingLevel = 2;
    await el.updateComplete;
    expect(root(el).querySelector('article h2')!.textContent!.trim()).to.equal('Swedish massage');
    const c = captureConsole();
    try {
      el.setAttribute('heading-level', 'big');
      await el.updateComplete;
      expect(c.warnings).to.have.length(1);
      expect(c.warnings[0]).to.contain('[pt-technique-card] heading-level="big"');
      expect(root(el).querySelector('article h3')).to.exist;
    } finally {
      c.restore();
    }
  });

  it('warns once for an unknown technique, listing valid ids, and shows a plain message', async () => {
    const c = captureConsole();
    try {
      const el = await card('reiki');
      expect(c.warnings).to.have.length(1);
      expect(c.warnings[0]).to.contain('technique="reiki"');
      for (const id of TECHNIQUE_IDS) expect(c.warnings[0]).to.contain(id);
      expect(text(el)).to.contain('not in the list');
      expect(c.errors).to.deep.equal([]);
      await expectAxeClean(el, 'card unknown');
    } finally {
      c.restore();
    }
  });

  it('switches to Spanish with lang="es" on an ancestor, and back when lang changes', async () => {
    const el = await card('deep-tissue', undefined, { lang: 'es' });
    expect(root(el).querySelector('h3')!.textContent!.trim()).to.equal(techniquesEs['deep-tissue'].name);
    expect(text(el)).to.contain('Presión: 5 de 5, firme');
    expect(text(el)).to.match(/45.90 minutos/);
    expect(text(el)).to.contain('No es un diagnóstico');
    await expectAxeClean(el, 'card Spanish');
    el.parentElement!.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(root(el).querySelector('h3')!.textContent!.trim()).to.equal('Deep tissue massage');
  });

  it('applies clinic JSON: relabel, hidden fields, own technique, disclaimer', async () => {
    const config = JSON.stringify({
      techniques: { 'deep-tissue': { name: 'Deep massage' } },
      hideFields: ['evidence'],
      addTechniques: [{ id: 'cupping', name: 'Cupping', summary: 'Cups on the skin gently lift the tissue.', pressure: 2, worksOn: ['fascia'], sessionMinutes: [10, 20] }],
      disclaimer: 'Ask us before you book.',
    });
    const deep = await card('deep-tissue', config);
    expect(root(deep).querySelector('h3')!.textContent!.trim()).to.equal('Deep massage');
    expect(text(deep)).not.to.contain('What does research say?');
    expect(text(deep)).to.contain('Ask us before you book.');
    const cup = await card('cupping', config);
    expect(root(cup).querySelector('h3')!.textContent!.trim()).to.equal('Cupping');
    expect(text(cup)).to.contain('Added by your clinic');
    expect(text(cup)).to.contain('Pressure: 2 of 5, light to medium');
    expect(text(cup)).to.contain('10–20 minutes');
    // Clinic text is not backed by our sources, so none are listed for it.
    expect(root(cup).querySelector('.pt-sources')).to.equal(null);
    await expectAxeClean(cup, 'card clinic technique');
  });

  it('shows HTML in clinic JSON as literal text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><b>Bold</b>';
    const el = await card('swedish', JSON.stringify({ techniques: { swedish: { name: payload, summary: payload } } }));
    expect(root(el).querySelector('h3')!.textContent!.trim()).to.equal(payload);
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('warns once for broken JSON and renders the built-in content', async () => {
    const c = captureConsole();
    try {
      const el = await card('swedish', '{ "techniques": { ');
      expect(c.warnings).to.have.length(1);
      expect(c.warnings[0]).to.contain('not valid JSON');
      expect(root(el).querySelector('h3')!.textContent!.trim()).to.equal('Swedish massage');
    } finally {
      c.restore();
    }
  });

  it('warns once per bad field, naming it and its valid values, and keeps the rest', async () => {
    const c = captureConsole();
    try {
      const el = await card('swedish', JSON.stringify({ hideFields: ['colour'], techniques: { swedish: { name: 'Relax massage', pressure: 7 } } }));
      expect(c.warnings).to.have.length(2);
      expect(c.warnings.find((w) => w.includes('config.hideFields[0]'))).to.contain('"evidence"');
      expect(c.warnings.find((w) => w.includes('config.techniques.swedish.pressure'))).to.contain('from 1 to 5');
      expect(root(el).querySelector('h3')!.textContent!.trim()).to.equal('Relax massage');
    } finally {
      c.restore();
    }
  });

  it('reflows at 320 px without horizontal scrolling, and is axe-clean in dark theme', async () => {
    const el = await card('instrument-assisted', undefined, { width: 320 });
    el.theme = 'dark';
    await el.updateComplete;
    const base = root(el).querySelector<HTMLElement>('.pt-root')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(20, 26, 33)');
    await expectAxeClean(el, 'card narrow dark');
  });
  it('does not throw for a non-string technique property: one warning, then the card without a technique', async () => {
    const c = captureConsole();
    try {
      const el = await card('swedish');
      (el as unknown as { technique: unknown }).technique = null;
      await el.updateComplete;
      expect(c.errors).to.deep.equal([]);
      expect(c.warnings).to.have.length(1);
      expect(c.warnings[0]).to.contain('[pt-technique-card]').and.contain('technique');
      for (const id of TECHNIQUE_IDS) expect(c.warnings[0]).to.contain(id);
      expect(text(el)).to.contain('not in the list');
      await expectAxeClean(el, 'card null technique');

      c.warnings.length = 0;
      (el as unknown as { technique: unknown }).technique = 42;
      await el.updateComplete;
      expect(c.errors).to.deep.equal([]);
      expect(c.warnings).to.have.length(1);
      expect(c.warnings[0]).to.contain('technique="42"');
      expect(text(el)).to.contain('not in the list');

      c.warnings.length = 0;
      (el as unknown as { technique: unknown }).technique = 'Swedish ';
      await el.updateComplete;
      expect(root(el).querySelector('h3')!.textContent!.trim()).to.equal('Swedish massage');
      expect(c.warnings).to.deep.equal([]);
    } finally {
      c.restore();
    }
  });
});
