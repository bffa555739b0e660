// <pt-visit-guide> in Chromium: the timeline by keyboard and events, the plan chooser, print (all steps, top
// to bottom), clinic JSON, FAQPage JSON-LD in the light DOM, bad input, Spanish, 320 px, theme and axe-core.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/visit-guide/pt-visit-guide.js';
import { JSON_LD_MARK, type PtVisitGuide } from '../../../src/widgets/visit-guide/pt-visit-guide.js';
import { FAQ_IDS, VISIT_STEP_IDS, visitGuide } from '../../../src/content/visit-guide.js';
import { visitGuideEs } from '../../../src/content/es/visit-guide.js';
import { expectAxeClean } from '../../helpers/a11y.js';
import { captureConsole } from '../../helpers/console.js';
import { mountWidget, type MountOptions } from '../../helpers/mount.js';
import { recordUntilComplete } from '../../helpers/record-renders.js';

const $ = <T extends Element = HTMLElement>(el: PtVisitGuide, sel: string): T => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: PtVisitGuide, sel: string): T[] => Array.from(el.shadowRoot!.querySelectorAll<T>(sel));
const visibleSteps = (el: PtVisitGuide): string[] => $$(el, '.step').filter((s) => s.checkVisibility()).map((s) => s.id);
const words = (node: Element): string => node.textContent!.replace(/\s+/g, ' ').trim();
const jsonLd = (el: Element): HTMLScriptElement[] => Array.from(el.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'));

function guide(opts: MountOptions = {}): Promise<PtVisitGuide> {
  return mountWidget<PtVisitGuide>('pt-visit-guide', opts, 900);
}

const CLINIC = {
  clinicName: 'Riverbend PT',
  phone: '(555) 010-2040',
  bookingUrl: 'https://riverbend.example/book',
  hours: 'Mon–Fri 7–7',
  wear: 'Wear gym clothes.',
  referral: 'You do not need a referral to see us.',
  hideFaq: ['gender'],
  faq: { hurt: { question: 'Does it hurt?' } },
  addFaq: [{ question: 'Is there parking?', answer: 'Yes, behind the building.', es: { question: '¿Hay estacionamiento?', answer: 'Sí, detrás del edificio.' } }],
};

describe('<pt-visit-guide>', () => {
  before(() => setViewport({ width: 1200, height: 900 }));

  it('renders the title, five steps (one shown), roles, when to call, the FAQ, the safety line and sources', async () => {
    const el = await guide();
    expect(words($(el, 'h2'))).to.equal(visitGuide.title);
    expect($$(el, '.step').map((s) => s.id)).to.deep.equal(VISIT_STEP_IDS.map((id) => `step-${id}`));
    expect(visibleSteps(el)).to.deep.equal(['step-before']);
    expect(words($(el, '#step-before'))).to.contain(visitGuide.steps.before.points[0]!.text);
    expect($$(el, '.role h4').map(words)).to.deep.equal(['Physical therapist', 'Licensed massage therapist', 'Spa massage']);
    expect(words($(el, '.roles'))).to.contain('state to state');
    expect(words($(el, '.care'))).to.contain('chest pain');
    expect($$(el, '.faq summary').map(words)).to.deep.equal(FAQ_IDS.map((id) => visitGuide.faq[id].question));
    expect(words($(el, '[part="safety"]'))).to.contain('In an emergency');
    expect($(el, '.pt-sources summary').textContent).to.match(/Sources \(\d+\)/);
    // Every source listed says where it supports the guide's claims.
    for (const li of $$(el, '.pt-sources > ol > li')) expect(li.querySelector('.pt-locators')?.textContent, li.id).to.match(/\w{4}/);
    await expectAxeClean(el, 'default');
  });

  it('steps through with the keyboard: Next/Back, announcements, pt-visit-step, limits at both ends', async () => {
    const el = await guide();
    const next = $<HTMLButtonElement>(el, 'button.next');
    const back = $<HTMLButtonElement>(el, 'button.back');
    expect(back.disabled).to.equal(true);
    next.focus();
    for (let n = 2; n <= 5; n++) {
      const event = oneEvent(el, 'pt-visit-step');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({ step: n, id: VISIT_STEP_IDS[n - 1] });
      await el.updateComplete;
      expect(visibleSteps(el)).to.deep.equal([`step-${VISIT_STEP_IDS[n - 1]}`]);
      expect(el.getAttribute('step')).to.equal(String(n));
      expect(words($(el, '[role="status"]'))).to.equal(`Step ${n}: ${visitGuide.steps[VISIT_STEP_IDS[n - 1]!].title}`);
      expect($(el, `.step-nav li:nth-child(${n}) button`).getAttribute('aria-current')).to.equal('step');
      if (n < 5) expect(el.shadowRoot!.activeElement).to.equal(next);
    }
    expect(next.disabled).to.equal(true);
    await expectAxeClean(el, 'last step');
    back.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(visibleSteps(el)).to.deep.equal(['step-after']);
  });

  it('jumps to a step from the step list and moves focus to that step', async () => {
    const el = await guide();
    $(el, '.step-nav li:nth-child(3) button').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(visibleSteps(el)).to.deep.equal(['step-session']);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#step-session .step-head'));
  });

  it('shows the typical range for the chosen situation, by keyboard, with pt-visit-plan', async () => {
    const el = await guide({ attrs: { step: '5' } });
    expect(words($(el, '.range'))).to.equal('A new injury: 2–3 visits a week, often for 2–6 weeks.');
    expect(words($(el, '.plan'))).to.contain('60-minute massages 2 or 3 times a week helped');
    expect(words($(el, '.plan'))).to.contain('not rules');
    $<HTMLInputElement>(el, 'input[value="new-injury"]').focus();
    const event = oneEvent(el, 'pt-visit-plan');
    await sendKeys({ press: 'ArrowDown' });
    expect((await event).detail).to.deep.equal({ plan: 'long-lasting' });
    await el.updateComplete;
    expect(el.getAttribute('plan')).to.equal('long-lasting');
    expect(words($(el, '.range'))).to.equal('Long-lasting pain: 1–2 visits a week, often for 6–12 weeks.');
    el.plan = 'after-surgery';
    await el.updateComplete;
    expect(words($(el, '.range'))).to.equal('After surgery: 2–3 visits a week, no usual length.');
    el.plan = 'staying-well';
    await el.updateComplete;
    expect(words($(el, '.range'))).to.equal('Staying well: 1–2 visits a month, no usual length.');
    await expectAxeClean(el, 'plan step');
  });

  it('prints every step top to bottom, every answer open, no buttons', async () => {
    const el = await guide({ attrs: { step: '2' } });
    try {
      await emulateMedia({ media: 'print' });
      const steps = $$(el, '.step');
      expect(steps.every((s) => s.checkVisibility()), 'all steps visible in print').to.equal(true);
      const tops = steps.map((s) => s.getBoundingClientRect().top);
      expect(tops, 'steps read top to bottom').to.deep.equal([...tops].sort((a, b) => a - b));
      expect(new Set(steps.map((s) => Math.round(s.getBoundingClientRect().left))).size, 'one column').to.equal(1);
      expect($(el, '.step-nav').checkVisibility()).to.equal(false);
      expect($(el, '.step-controls').checkVisibility()).to.equal(false);
      for (const p of $$(el, '.faq-item p')) expect(p.checkVisibility(), 'answer visible in print').to.equal(true);
      await expectAxeClean(el, 'print media');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(visibleSteps(el)).to.deep.equal(['step-first']);
    expect($(el, '.faq-item p').checkVisibility()).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect($$<HTMLDetailsElement>(el, 'details').every((d) => d.open)).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect($$<HTMLDetailsElement>(el, 'details').some((d) => d.open)).to.equal(false);
  });

  it('fits 320 px with no sideways scrolling, in every step', async () => {
    const el = await guide({ width: 320, json: JSON.stringify(CLINIC) });
    const base = $(el, '.pt-root');
    for (let n = 1; n <= 5; n++) {
      el.step = n;
      await el.updateComplete;
      expect(base.scrollWidth, `step ${n}`).to.be.at.most(base.clientWidth);
      for (const node of $$(el, '.pt-root *')) {
        const r = node.getBoundingClientRect();
        if (r.width) expect(r.right, `${node.localName}.${node.className}`).to.be.at.most(base.getBoundingClientRect().right + 0.5);
      }
    }
    await expectAxeClean(el, '320 px');
  });

  it('applies the clinic JSON: phone, hours, booking, first-step tips, FAQ hide/relabel/add, section hiding', async () => {
    const el = await guide({ json: JSON.stringify(CLINIC) });
    expect($<HTMLAnchorElement>(el, '.clinic a.phone').getAttribute('href')).to.equal('tel:5550102040');
    expect(words($(el, '.hours'))).to.equal('Hours: Mon–Fri 7–7');
    const book = $<HTMLAnchorElement>(el, 'a.book');
    expect(book.href).to.equal('https://riverbend.example/book');
    expect(words(book)).to.equal('Book a visit at Riverbend PT');
    expect(words($(el, '#step-before li'))).to.equal('Wear gym clothes.');
    const questions = $$(el, '.faq summary').map(words);
    expect(questions).to.include('Does it hurt?').and.include('Is there parking?');
    expect(questions).not.to.include(visitGuide.faq.gender.question);
    expect(words($(el, '[data-id="referral"] p'))).to.equal('You do not need a referral to see us.');
    await expectAxeClean(el, 'clinic config');

    const hidden = await guide({ json: JSON.stringify({ hideSections: ['roles', 'faq', 'care', 'timeline'], disclaimer: 'Questions? Ask us.' }) });
    expect($(hidden, '.roles')).to.equal(null);
    expect($(hidden, '.faq')).to.equal(null);
    expect($(hidden, '.steps')).to.equal(null);
    expect(words($(hidden, '[part="disclaimer"]'))).to.equal('Questions? Ask us.');
    expect(words($(hidden, '[part="safety"]')), 'the safety line stays').to.contain('not a diagnosis');
    await expectAxeClean(hidden, 'all sections hidden');
  });

  it('refuses a javascript: booking link and a bad phone with one clear warning each, and never throws', async () => {
    const c = captureConsole();
    try {
      const el = await guide({ json: JSON.stringify({ bookingUrl: 'javascript:alert(1)', phone: 'call us!', hours: 'Mon–Fri' }) });
      expect($(el, 'a.book')).to.equal(null);
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(c.warnings.filter((w) => w.includes('bookingUrl'))).to.have.length(1);
      expect(c.warnings.find((w) => w.includes('bookingUrl'))).to.match(/^\[pt-visit-guide\] config\.bookingUrl is "javascript:alert\(1\)" — valid: .*https:\/\/ or http:\/\/ link/);
      expect(c.warnings.filter((w) => w.includes('phone'))).to.have.length(1);
      expect(el.shadowRoot!.textContent).not.to.contain('call us!');
      expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
      await expectAxeClean(el, 'refused booking link, phone without a link');
      for (const bad of ['data:text/html,hi', '//evil.example/x', 'mailto:a@b.c', 'ftp://x.example']) {
        const other = await guide({ json: JSON.stringify({ bookingUrl: bad }) });
        expect($(other, 'a.book'), bad).to.equal(null);
      }
      const relative = await guide({ json: JSON.stringify({ bookingUrl: '/book-online' }) });
      expect($<HTMLAnchorElement>(relative, 'a.book').href).to.equal(new URL('/book-online', document.baseURI).href);
      expect(c.errors).to.deep.equal([]);
    } finally {
      c.restore();
    }
  });

  it('warns once per bad attribute and falls back: step, plan, heading-level, theme', async () => {
    const c = captureConsole();
    try {
      const el = await guide({ attrs: { step: '9', plan: 'forever', 'heading-level': 'big', theme: 'neon' } });
      expect(visibleSteps(el)).to.deep.equal(['step-plan']);
      expect(words($(el, '.range'))).to.contain('A new injury');
      expect($(el, 'h2')).to.exist;
      const mine = c.warnings.filter((w) => w.startsWith('[pt-visit-guide]'));
      expect(mine).to.have.length(4);
      expect(mine.find((w) => w.includes('plan='))).to.contain('new-injury, long-lasting, after-surgery, staying-well');
      expect(mine.find((w) => w.includes('step='))).to.contain('1–5');
      await expectAxeClean(el, 'bad attributes');
      el.requestUpdate();
      await el.updateComplete;
      expect(c.warnings.filter((w) => w.startsWith('[pt-visit-guide]'))).to.have.length(4);
    } finally {
      c.restore();
    }
  });

  it('warns once per bad config field, naming it, and keeps the valid ones', async () => {
    const c = captureConsole();
    try {
      const el = await guide({ json: JSON.stringify({ clinicName: 'Riverbend', hideFaq: ['hurt', 'weather'], colour: 'red', phone: 5550102040 }) });
      const mine = c.warnings.filter((w) => w.startsWith('[pt-visit-guide]'));
      expect(mine).to.have.length(3);
      expect(mine.join('\n')).to.contain('config.hideFaq[1]').and.contain('config.colour').and.contain('config.phone');
      expect($$(el, '.faq summary').map(words)).not.to.include(visitGuide.faq.hurt.question);
      const broken = await guide({ json: '{"phone": "555",' });
      expect(c.warnings.filter((w) => w.includes('not valid JSON'))).to.have.length(1);
      expect($$(broken, '.faq summary')).to.have.length(FAQ_IDS.length);
      await expectAxeClean(broken, 'broken JSON');
    } finally {
      c.restore();
    }
  });

  it('renders clinic HTML as text', async () => {
    const payload = '<img src=x onerror="window.__pwnedVisit=1"><b>x</b>';
    const el = await guide({ json: JSON.stringify({ hours: payload, addFaq: [{ question: payload, answer: payload }], disclaimer: payload }) });
    expect(words($(el, '.hours'))).to.contain(payload);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect((window as unknown as { __pwnedVisit?: number }).__pwnedVisit).to.equal(undefined);
  });

  it('never shows English text under lang="es", even while the Spanish text loads (first Spanish element of the page)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const el = document.createElement('pt-visit-guide');
    const seen = await recordUntilComplete(el, wrap, (e) => e.shadowRoot?.textContent ?? '');
    for (const text of seen) {
      expect(text, 'English title under lang="es"').not.to.contain(visitGuide.title);
      expect(text).not.to.contain(visitGuide.ui.next);
    }
    expect(seen.at(-1)).to.contain(visitGuideEs.title);
  });

  it('in Spanish: Spanish text and numbers, the clinic Spanish words, a Spanish FAQ; follows a lang change', async () => {
    const el = await guide({ lang: 'es', json: JSON.stringify(CLINIC), attrs: { step: '5' } });
    expect(words($(el, 'h2'))).to.equal(visitGuideEs.title);
    // Spanish Intl writes ranges with a hyphen (2-3).
    expect(words($(el, '.range'))).to.match(/^Una lesión nueva: 2[-–]3 visitas por semana, a menudo durante 2[-–]6 semanas\.$/);
    expect($$(el, '.faq summary').map(words)).to.include('¿Hay estacionamiento?');
    expect(words($(el, '[part="safety"]'))).to.contain('No es un diagnóstico');
    expect(words($(el, 'button.next'))).to.equal('Siguiente');
    await expectAxeClean(el, 'Spanish');
    // Switching the page language switches the widget.
    el.parentElement!.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(words($(el, 'h2'))).to.equal(visitGuide.title);
  });

  it('dark theme and custom properties reach the shadow root; parts are exposed', async () => {
    const el = await guide({ attrs: { theme: 'dark' } });
    el.style.setProperty('--pt-accent', 'rgb(200, 0, 100)');
    await el.updateComplete;
    const num = $(el, '.step-num');
    expect(getComputedStyle(num).backgroundColor).to.equal('rgb(200, 0, 100)');
    el.style.removeProperty('--pt-accent');
    expect(getComputedStyle($(el, '.pt-root')).backgroundColor).to.equal('rgb(20, 26, 33)');
    for (const part of ['base', 'title', 'timeline', 'step-nav', 'step', 'step-controls', 'roles', 'care', 'faq', 'faq-item', 'safety', 'disclaimer']) {
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
    }
    await expectAxeClean(el, 'dark');
  });

  it('with reduced motion, nothing animates', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await guide();
      for (const node of $$(el, '.pt-root *')) {
        const s = getComputedStyle(node);
        expect(s.transitionDuration.split(',').every((d) => parseFloat(d) === 0), node.className).to.equal(true);
        expect(s.animationName).to.equal('none');
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('<pt-visit-guide structured-data>', () => {
  it('writes one FAQPage JSON-LD block of the visible questions into its light DOM', async () => {
    const el = await guide({ attrs: { 'structured-data': '' }, json: JSON.stringify(CLINIC) });
    const blocks = jsonLd(el);
    expect(blocks).to.have.length(1);
    expect(blocks[0]!.parentElement).to.equal(el);
    expect(blocks[0]!.hasAttribute(JSON_LD_MARK)).to.equal(true);
    const data = JSON.parse(blocks[0]!.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('FAQPage');
    const visible = $$(el, '.faq-item').map((d) => ({ q: words(d.querySelector('summary')!), a: words(d.querySelector('p')!) }));
    expect(data.mainEntity.map((m: { name: string; acceptedAnswer: { text: string } }) => ({ q: m.name, a: m.acceptedAnswer.text }))).to.deep.equal(visible);
    expect(data.mainEntity[0]['@type']).to.equal('Question');
    await expectAxeClean(el, 'structured data');
    // Re-rendering does not add a second block.
    el.step = 3;
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(1);
  });

  it('follows the language, and is removed when the attribute goes or the widget is removed', async () => {
    const el = await guide({ attrs: { 'structured-data': '' }, lang: 'es' });
    expect(JSON.parse(jsonLd(el)[0]!.textContent!).mainEntity[0].name).to.equal(visitGuideEs.faq.hurt.question);
    expect(JSON.parse(jsonLd(el)[0]!.textContent!).inLanguage).to.equal('es');
    el.structuredData = false;
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(0);
    el.structuredData = true;
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(1);
    const parent = el.parentElement!;
    el.remove();
    expect(jsonLd(el)).to.have.length(0);
    expect(document.querySelectorAll(`script[${JSON_LD_MARK}]`)).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(1);
  });

  it('escapes clinic text so "</script>" cannot end the block, even when the page is saved as HTML', async () => {
    const evil = '</script><script>window.__ldPwned=1</script><!--';
    // The page's own config must escape "<" in HTML (as the docs say); the widget's block must do the same by itself.
    const json = JSON.stringify({ addFaq: [{ question: evil, answer: `a & b ${evil}` }] }).replace(/</g, '\\u003c');
    const el = await guide({ attrs: { 'structured-data': '' }, json });
    const block = jsonLd(el)[0]!;
    expect(block.textContent).not.to.match(/<\/script|<!--|</i);
    const data = JSON.parse(block.textContent!);
    expect(data.mainEntity.at(-1).name).to.equal(evil);
    expect(data.mainEntity.at(-1).acceptedAnswer.text).to.equal(`a & b ${evil}`);
    // Serialise and re-parse, as a saved page or server render would.
    const doc = new DOMParser().parseFromString(`<body>${el.outerHTML}</body>`, 'text/html');
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    expect(JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!).mainEntity.at(-1).name).to.equal(evil);
    expect(doc.querySelectorAll('script:not([type])')).to.have.length(0);
    expect((window as unknown as { __ldPwned?: number }).__ldPwned).to.equal(undefined);
  });

  it('writes nothing without the attribute or when the FAQ is hidden', async () => {
    expect(jsonLd(await guide())).to.have.length(0);
    expect(jsonLd(await guide({ attrs: { 'structured-data': '' }, json: JSON.stringify({ hideSections: ['faq'] }) }))).to.have.length(0);
  });
});
