// <pt-gate-control>: the diagram, controls and events, keyboard, bad input and clinic JSON, the guided
// tour, Spanish, dark theme, 320 px, the signal sentence. (Motion, frames and print: gate-motion.test.ts.)
import { $, $$, render, contentTexts, setSlider } from './gate-fixtures.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/gate-control/pt-gate-control.js';
import type { PtGateControl } from '../../../src/widgets/gate-control/pt-gate-control.js';
import { computeGate } from '../../../src/widgets/gate-control/gate-model.js';
import { gateControl as englishContent } from '../../../src/content/gate-control.js';
import { expectAxeClean } from '../../helpers/a11y.js';
import { captureConsole } from '../../helpers/console.js';
import { recordUntilComplete, shownText } from '../../helpers/record-renders.js';

describe('<pt-gate-control>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('renders a named diagram with every part, thickness by fibre type, and the meter', async () => {
    const el = await render();
    const svgEl = $<SVGSVGElement>(el, 'svg.diagram');
    expect(svgEl.getAttribute('role')).to.equal('img');
    const title = el.shadowRoot!.getElementById(svgEl.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.match(/pain gate/i);
    const desc = el.shadowRoot!.getElementById(svgEl.getAttribute('aria-describedby')!)!;
    expect(desc.textContent).to.contain('Pain high, touch low, brain neutral');
    for (const sel of ['.skin', '.track-abeta', '.track-adelta', '.track-c', '.cord', '.interneuron', '.gate-arm', '.tcell', '.track-ascending', '.track-descending', '.brain'])
      expect(el.shadowRoot!.querySelector(sel), sel).to.exist;
    const width = (sel: string) => parseFloat(getComputedStyle($(el, sel)).strokeWidth);
    expect(width('.track-abeta')).to.be.above(width('.track-adelta'));
    expect(width('.track-adelta')).to.be.above(width('.track-c'));
    // default state: pain 70, touch 0, neutral
    expect(el.signal).to.be.closeTo(computeGate({ pain: 70, touch: 0, brain: 'neutral' }).signal, 0.1);
    const meter = $(el, '[role="meter"]');
    expect(meter.getAttribute('aria-valuenow')).to.equal(String(Math.round(el.signal)));
    // a level out of 100, not a share (finding 1: the meter used to read as "64%" of the signal)
    expect($(el, '#meter-label').textContent).to.equal(`Pain signal reaching the brain: ${Math.round(el.signal)} out of 100`);
    expect($$(el, '.legend li')).to.have.length(10);
    expect($(el, '.pt-sources summary').textContent).to.equal('Sources (5)');
    expect($(el, '.note summary').textContent).to.equal('How sure are we?');
    await expectAxeClean(el, 'default');
  });

  it('sliders and brain radios change signal and fire pt-gate-change with the state', async () => {
    const el = await render();
    // typed through HTMLElementEventMap: detail.signal is a number without casts
    const seen: number[] = [];
    el.addEventListener('pt-gate-change', (e) => seen.push(e.detail.signal));
    const before = el.signal;
    let ev = oneEvent(el, 'pt-gate-change');
    setSlider(el, 'touch', 90);
    let { detail } = await ev;
    expect(detail).to.deep.equal({ pain: 70, touch: 90, brain: 'neutral', signal: el.signal });
    expect(el.signal).to.be.below(before - 20);
    await el.updateComplete;
    expect($(el, '[role="meter"]').getAttribute('aria-valuenow')).to.equal(String(Math.round(el.signal)));
    expect($(el, '#state-description').textContent).to.contain('touch high');

    ev = oneEvent(el, 'pt-gate-change');
    setSlider(el, 'pain', 20);
    ({ detail } = await ev);
    expect(detail.pain).to.equal(20);
    expect(detail.signal).to.equal(el.signal);

    const mid = el.signal;
    ev = oneEvent(el, 'pt-gate-change');
    $<HTMLInputElement>(el, 'input[value="stressed"]').click();
    ({ detail } = await ev);
    expect(detail.brain).to.equal('stressed');
    expect(detail.signal).to.be.above(mid);
    expect(el.brain).to.equal('stressed');
    expect(seen).to.have.length(3);
    expect(el.hasAttribute('step')).to.equal(false);
  });

  it('is keyboard operable: ArrowRight on a slider, arrow keys in the brain radio group', async () => {
    const el = await render();
    $<HTMLInputElement>(el, '#pain-input').focus();
    let ev = oneEvent(el, 'pt-gate-change');
    await sendKeys({ press: 'ArrowRight' });
    let { detail } = await ev;
    expect(detail.pain).to.equal(71);
    expect(el.pain).to.equal(71);

    const touch = $<HTMLInputElement>(el, '#touch-input');
    touch.focus();
    ev = oneEvent(el, 'pt-gate-change');
    await sendKeys({ press: 'ArrowRight' });
    ({ detail } = await ev);
    expect(detail.touch).to.equal(1);

    const before = el.signal;
    $<HTMLInputElement>(el, 'input[value="neutral"]').focus();
    ev = oneEvent(el, 'pt-gate-change');
    await sendKeys({ press: 'ArrowLeft' });
    ({ detail } = await ev);
    expect(detail.brain).to.equal('calm');
    expect(el.signal).to.be.below(before);

    // every control is at least 24px (we aim for 44)
    for (const c of $$(el, 'button, .segmented label, input[type="range"]')) {
      const r = c.getBoundingClientRect();
      expect(r.height, c.outerHTML.slice(0, 60)).to.be.at.least(24);
    }
  });

  it('warns once per bad attribute, naming the valid values, and renders defaults', async () => {
    const cap = captureConsole();
    try {
      const a = await render(html`<pt-gate-control pain="lots"></pt-gate-control>`);
      expect(cap.warnings).to.have.length(1);
      expect(cap.warnings[0]).to.equal('[pt-gate-control] pain="lots" is not a number; using 70 — valid: 0–100');
      expect(a.signal).to.be.closeTo(computeGate({ pain: 70, touch: 0, brain: 'neutral' }).signal, 0.1);
      a.requestUpdate();
      await a.updateComplete;
      expect(cap.warnings).to.have.length(1);

      cap.warnings.length = 0;
      const b = await render(html`<pt-gate-control touch="150"></pt-gate-control>`);
      expect(cap.warnings).to.have.length(1);
      expect(cap.warnings[0]).to.contain('touch="150" is out of range; using 100').and.contain('valid: 0–100');
      expect($<HTMLInputElement>(b, '#touch-input').value).to.equal('100');

      cap.warnings.length = 0;
      const c = await render(html`<pt-gate-control brain="angry"></pt-gate-control>`);
      expect(cap.warnings).to.deep.equal(['[pt-gate-control] brain="angry" is not recognised; using "neutral" — valid: calm, neutral, stressed']);
      expect($<HTMLInputElement>(c, 'input[value="neutral"]').checked).to.equal(true);

      cap.warnings.length = 0;
      await render(html`<pt-gate-control pain="-5" step="9" guided></pt-gate-control>`);
      expect(cap.warnings.filter((w) => w.includes('pain='))).to.have.length(1);
      expect(cap.warnings.filter((w) => w.includes('step='))).to.have.length(1);
      expect(cap.errors).to.deep.equal([]);
    } finally {
      cap.restore();
    }
  });

  it('broken JSON config: one warning, built-in content renders', async () => {
    const cap = captureConsole();
    try {
      const el = await render(html`<pt-gate-control><script type="application/json">{ "title": "oops", </script></pt-gate-control>`);
      expect(cap.warnings).to.have.length(1);
      expect(cap.warnings[0]).to.contain('[pt-gate-control] config').and.contain('not valid JSON');
      expect($(el, '.title').textContent).to.equal('The pain gate: why rubbing can ease pain');
    } finally {
      cap.restore();
    }
  });

  it('clinic config relabels controls and parts, hides technical names and the note, replaces disclaimer and steps', async () => {
    const cap = captureConsole();
    try {
      const el = await render(html`<pt-gate-control guided>
        <script type="application/json">
          {
            "title": "Why we rub it better",
            "labels": { "pain": "Hurt level", "calm": "Relaxed", "meter": "Signal to brain" },
            "parts": { "interneuron": "Brake cell" },
            "steps": [{ "title": "Ouch", "text": "You stub your toe." }],
            "technicalNames": "hidden",
            "note": false,
            "disclaimer": "Ask Dr Lee at Main St Physio.",
            "colour": "red"
          }
        </script>
      </pt-gate-control>`);
      expect(cap.warnings).to.have.length(1);
      expect(cap.warnings[0]).to.contain('config.colour is not a known field');
      expect($(el, '.title').textContent).to.equal('Why we rub it better');
      expect($(el, 'label[for="pain-input"]').textContent).to.contain('Hurt level');
      expect($(el, 'input[value="calm"]').parentElement!.textContent).to.contain('Relaxed');
      expect($(el, '#meter-label').textContent).to.match(/^Signal to brain: \d+ out of 100$/);
      expect($$(el, '.legend li')[5].textContent).to.contain('Brake cell');
      expect(el.shadowRoot!.querySelector('.tech-toggle')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.note')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('substantia gelatinosa');
      expect($(el, '.pt-disclaimer').textContent!.trim()).to.equal('Ask Dr Lee at Main St Physio.');
      // The clinic's note stands beside the core safety line; it cannot remove it (issue 12).
      expect($(el, '.pt-safety').textContent).to.contain('not a diagnosis').and.contain('emergency number');
      expect($(el, '.step-title').textContent).to.equal('Ouch');
      expect($(el, '.step-text').textContent).to.equal('You stub your toe.');
    } finally {
      cap.restore();
    }
  });

  it('technical names toggle shows both names', async () => {
    const el = await render();
    const toggle = $<HTMLButtonElement>(el, '.tech-toggle');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.querySelector('.legend .tech')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, '.legend .tech').map((t) => t.textContent)).to.include('A-beta fibre (large, fast)');
    expect($(el, 'svg .labels').textContent).to.contain('Inhibitory interneuron');
  });

  it('guided mode: Back/Next step through five captions, set the state and announce politely', async () => {
    const el = await render(html`<pt-gate-control guided></pt-gate-control>`);
    expect($(el, '.count').textContent).to.equal('Step 1 of 5');
    // the caption box's styles arrive with its code (guide.ts), adopted next to the widget's own
    expect(getComputedStyle($(el, '.guide')).borderInlineStartWidth).to.equal('6px');
    expect(getComputedStyle($(el, '.meter')).borderTopWidth, 'the widget keeps its own styles').to.equal('2px');
    expect($(el, '.step-title').textContent).to.equal('The pain signal travels');
    const back = $<HTMLButtonElement>(el, '.guide-nav button:first-child');
    const next = $<HTMLButtonElement>(el, '.guide-nav button:last-child');
    expect(back.getAttribute('aria-disabled')).to.equal('true');
    back.click(); // does nothing at step 1, keeps focus
    await el.updateComplete;
    expect($(el, '.count').textContent).to.equal('Step 1 of 5');
    const live = $(el, '[aria-live="polite"]');
    await expectAxeClean(el, 'guided');

    next.click();
    await el.updateComplete;
    expect($(el, '.count').textContent).to.equal('Step 2 of 5');
    expect($(el, '.step-title').textContent).to.equal('The gate is open');
    expect(live.textContent).to.contain('Step 2 of 5').and.contain('The gate is open');
    expect(el.step).to.equal(2);

    const open = el.signal;
    const ev = oneEvent(el, 'pt-gate-change');
    next.click();
    const { detail } = await ev;
    expect(detail.touch).to.equal(80);
    await el.updateComplete;
    expect($(el, '.step-title').textContent).to.equal('Rubbing wakes up the touch nerve');
    next.click();
    await el.updateComplete;
    expect(el.signal).to.be.below(open / 2);
    const step4 = el.signal;
    next.click();
    await el.updateComplete;
    expect($(el, '.count').textContent).to.equal('Step 5 of 5');
    expect(el.brain).to.equal('calm');
    expect(el.signal).to.be.below(step4);
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    next.click();
    await el.updateComplete;
    expect($(el, '.count').textContent).to.equal('Step 5 of 5');
    back.click();
    await el.updateComplete;
    expect($(el, '.count').textContent).to.equal('Step 4 of 5');
    expect(live.textContent).to.contain('Step 4 of 5');
  });

  it('the step attribute applies that step', async () => {
    const el = await render(html`<pt-gate-control guided step="3"></pt-gate-control>`);
    expect($(el, '.count').textContent).to.equal('Step 3 of 5');
    expect(el.touch).to.equal(80);
  });

  it('under lang="es" never renders English content while the Spanish text loads; updateComplete brings the Spanish', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pt-gate-control');
    el.setAttribute('lang', 'es');
    el.setAttribute('guided', ''); // the step caption is content too
    const seen = await recordUntilComplete(el, wrap, shownText);

    const es = (await import('../../../src/content/es/gate-control.js')).gateControl;
    const esTexts = contentTexts(es);
    // English sentences that the Spanish text does not share
    const english = contentTexts(englishContent).filter((t) => !esTexts.some((e) => e.includes(t)));
    expect(english.length).to.be.above(25);
    expect(seen.length, 'renders recorded').to.be.at.least(2);
    for (const [i, text] of seen.entries()) {
      expect(english.filter((t) => text.includes(t)), `English content in snapshot ${i} of ${seen.length}`).to.deep.equal([]);
    }
    // the first render is the frame with a Spanish loading line (or nothing), never the whole widget in English
    expect(seen[0].replace(/\s+/g, ' ').trim().slice(0, 80), 'first render').to.be.oneOf(['', 'Cargando…']);
    // updateComplete resolved with the Spanish content in place (no waiting for a later render)
    expect($(el, '.title').textContent).to.equal(es.title);
    expect($(el, '.intro').textContent).to.equal(es.intro.text);
    expect($(el, '.step-title').textContent).to.equal(es.steps[0].title);
    expect($(el, '.legend').textContent).to.contain(es.parts.abeta.label);
    expect($(el, '.note summary').textContent).to.equal(es.note.summary);
    await expectAxeClean(el, 'Spanish after the first load');

    // Back to English at once: the next update shows English, with no loading state in between.
    const from = seen.length;
    el.setAttribute('lang', 'en');
    await aTimeout(0); // the lang observer runs
    await el.updateComplete;
    expect($(el, '.title').textContent).to.equal(englishContent.title);
    expect($(el, '.intro').textContent).to.equal(englishContent.intro.text);
    expect(seen.slice(from).some((t) => /Cargando|Loading/.test(t)), 'a loading state when going back to English').to.equal(false);
  });

  it('switches to Spanish (lang="es" on the element or an ancestor)', async () => {
    const el = await render(html`<pt-gate-control lang="es"></pt-gate-control>`);
    await waitUntil(() => $(el, '.title').textContent!.includes('compuerta'), 'Spanish content loads', { timeout: 15000 });
    expect($(el, 'label[for="pain-input"]').textContent).to.contain('Intensidad del dolor');
    expect($(el, '#meter-label').textContent).to.match(/^Señal de dolor que llega al cerebro: \d+ de 100$/);
    expect($(el, '#state-description').textContent).to.contain('la compuerta está');
    expect($(el, '.play').textContent).to.contain('Pausar');
    expect($(el, '.note summary').textContent).to.equal('¿Qué tan seguros estamos?');
    await expectAxeClean(el, 'Spanish');

    const en = await render(html`<div><pt-gate-control></pt-gate-control></div>`);
    const inner = en.querySelector('pt-gate-control')!;
    await inner.updateComplete;
    en.setAttribute('lang', 'es');
    await waitUntil(() => $(inner, '.title').textContent!.includes('compuerta'), 'ancestor lang switch', { timeout: 15000 });
    en.setAttribute('lang', 'en');
    await waitUntil(() => $(inner, '.title').textContent!.includes('pain gate'), 'back to English', { timeout: 15000 });
  });

  it('is axe-clean in dark theme', async () => {
    const el = await render(html`<pt-gate-control theme="dark" touch="60" brain="stressed"></pt-gate-control>`);
    expect(getComputedStyle($(el, '.pt-root')).backgroundColor).to.equal('rgb(20, 26, 33)');
    await expectAxeClean(el, 'dark');
  });

  it('reflows in a 320px wrapper with no horizontal overflow, badges and a key instead of tiny labels', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><pt-gate-control guided></pt-gate-control></div>`);
    const el = wrap.querySelector('pt-gate-control')!;
    await el.updateComplete;
    const root = $(el, '.pt-root');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    const right = wrap.getBoundingClientRect().right;
    for (const node of $$(el, '*')) {
      if (node.closest('svg') && node.localName !== 'svg') continue;
      const r = node.getBoundingClientRect();
      if (r.width === 0) continue;
      expect(r.right, node.className.toString()).to.be.at.most(right + 0.5);
    }
    expect(getComputedStyle($(el, 'svg .labels')).display).to.equal('none');
    expect(getComputedStyle($(el, 'svg .badges')).display).not.to.equal('none');
    expect($(el, '.legend').getBoundingClientRect().height).to.be.above(100);
    const fig = $(el, '.figure').getBoundingClientRect();
    expect(fig.width / fig.height).to.be.closeTo(960 / 600, 0.02);
  });
  it('states the signal as a level out of 100 that agrees with the model, in the sentence and the meter (en and es)', async () => {
    // pain 30, touch 0: the gate is mostly open, yet little pain comes in, so the signal is low (about 26 of 100).
    const low = await render(html`<pt-gate-control pain="30" touch="0"></pt-gate-control>`);
    const lowSignal = Math.round(computeGate({ pain: 30, touch: 0, brain: 'neutral' }).signal);
    expect(lowSignal).to.equal(26);
    const sentence = $(low, '#state-description').textContent!;
    expect(sentence).to.equal(`Pain low, touch low, brain neutral: the gate is mostly open; the pain signal reaching the brain is ${lowSignal} out of 100 (low).`);
    expect(sentence).not.to.contain('%');
    expect($(low, '#meter-label').textContent).to.equal(`Pain signal reaching the brain: ${lowSignal} out of 100`);
    expect($(low, '[role="meter"]').getAttribute('aria-valuetext')).to.equal(`${lowSignal} out of 100, low`);
    await expectAxeClean(low, 'low signal');

    // pain 100, touch 0, stressed: the gate is open and the signal is high.
    const high = await render(html`<pt-gate-control pain="100" touch="0" brain="stressed"></pt-gate-control>`);
    const highSignal = Math.round(computeGate({ pain: 100, touch: 0, brain: 'stressed' }).signal);
    expect($(high, '#state-description').textContent).to.equal(
      `Pain high, touch low, brain stressed: the gate is open; the pain signal reaching the brain is ${highSignal} out of 100 (high).`,
    );

    const es = await render(html`<pt-gate-control lang="es" pain="30" touch="0"></pt-gate-control>`);
    await waitUntil(() => $(es, '.title').textContent!.includes('compuerta'), 'Spanish content loads', { timeout: 15000 });
    const esSentence = $(es, '#state-description').textContent!;
    expect(esSentence).to.contain('la compuerta está casi abierta').and.contain(`${lowSignal} de 100 (baja)`);
    expect(esSentence).not.to.contain('%');
    expect($(es, '#meter-label').textContent).to.equal(`Señal de dolor que llega al cerebro: ${lowSignal} de 100`);
    await expectAxeClean(es, 'Spanish low signal');
  });

  it('bases its padding on the --pt-space token, not the viewport', async () => {
    const a = await render(html`<pt-gate-control style="--pt-space: 0.5rem"></pt-gate-control>`);
    const b = await render(html`<pt-gate-control style="--pt-space: 2rem"></pt-gate-control>`);
    const pad = (el: PtGateControl) => parseFloat(getComputedStyle($(el, '.pt-root')).paddingLeft);
    expect(pad(b)).to.be.above(pad(a));
    expect(pad(b)).to.be.closeTo(32, 0.5);
  });

  it('applies a JSON config added (or edited) after the first render', async () => {
    const el = await render();
    expect($(el, '.title').textContent).to.equal('The pain gate: why rubbing can ease pain');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ title: 'Why we rub it better', technicalNames: 'shown' });
    el.append(script);
    await waitUntil(() => $(el, '.title').textContent === 'Why we rub it better', 'late config applies', { timeout: 15000 });
    expect(el.shadowRoot!.querySelector('.tech-toggle')).to.equal(null);
    expect($$(el, '.legend .tech').length).to.equal(10);
    script.textContent = JSON.stringify({ title: 'Edited title' });
    await waitUntil(() => $(el, '.title').textContent === 'Edited title', 'edited config applies', { timeout: 15000 });
    expect(el.shadowRoot!.querySelector('.tech-toggle')).to.exist;
  });

});
