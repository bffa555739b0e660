// <pt-gate-control> in motion: reduced motion, frames only while on screen and visible, the pause button,
// impulse speeds, nothing scheduled after disconnect, fibre paths sampled once per layout, print.
import { $, $$, spyRaf, render, setSlider } from './gate-fixtures.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/gate-control/pt-gate-control.js';
import { expectAxeClean } from '../../helpers/a11y.js';

describe('<pt-gate-control> motion', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('reduced motion: no autoplay, no animation frames, still arrows instead', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const spy = spyRaf();
    try {
      const el = await render();
      await aTimeout(300);
      expect(spy.calls).to.equal(0);
      expect(el.animating).to.equal(false);
      expect($(el, '.pt-root').classList.contains('is-static')).to.equal(true);
      expect(getComputedStyle($(el, '.static-flow')).display).not.to.equal('none');
      expect($$(el, '.static-flow .flow').length).to.be.at.least(3);
      expect(getComputedStyle($(el, '.pulses')).display).to.equal('none');
      expect($(el, '.play').textContent).to.contain('Play animation');
      expect($(el, '.reduced-note').textContent).to.contain('less motion');
      // the arrows carry the state: no touch → no touch arrows; more touch → more and bigger arrows
      expect(el.shadowRoot!.querySelector('.flow-abeta')).to.equal(null);
      setSlider(el, 'touch', 40);
      await el.updateComplete;
      const n1 = $$(el, '.flow-abeta .flow-arrow').length;
      const size1 = $$(el, '.flow-abeta .flow-arrow')[0].getBoundingClientRect().width;
      setSlider(el, 'touch', 100);
      await el.updateComplete;
      expect($$(el, '.flow-abeta .flow-arrow').length).to.be.above(n1);
      expect($$(el, '.flow-abeta .flow-arrow')[0].getBoundingClientRect().width).to.be.above(size1);
      // calm brain: arrows down the descending path; pain 0: no pain arrows at all
      $<HTMLInputElement>(el, 'input[value="calm"]').click();
      setSlider(el, 'pain', 0);
      await el.updateComplete;
      expect($$(el, '.flow-descending .flow-arrow').length).to.be.above(0);
      expect(el.shadowRoot!.querySelector('.flow-adelta')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.flow-ascending')).to.equal(null);
      await aTimeout(100);
      expect(spy.calls).to.equal(0);
      await expectAxeClean(el, 'reduced motion');
    } finally {
      spy.restore();
    }
  });

  it('animates while on screen (marks first-frame), and the pause button stops all frames', async () => {
    const el = await render();
    await waitUntil(() => el.animating, 'animation should start on screen', { timeout: 15000 });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.pulses circle').length > 0, 'pulses drawn', { timeout: 15000 });
    expect(performance.getEntriesByName('pt:pt-gate-control:first-frame')).to.have.length(1);
    const play = $<HTMLButtonElement>(el, '.play');
    expect(play.textContent).to.contain('Pause animation');
    play.click();
    await el.updateComplete;
    expect(el.animating).to.equal(false);
    const spy = spyRaf();
    try {
      await aTimeout(200);
      expect(spy.calls).to.equal(0);
      expect(play.textContent).to.contain('Play animation');
      expect($(el, '.pt-root').classList.contains('is-static')).to.equal(true);
      await expectAxeClean(el, 'paused');
      play.click();
      await el.updateComplete;
      expect(el.animating).to.equal(true);
      expect(spy.calls).to.be.greaterThan(0);
    } finally {
      spy.restore();
    }
  });

  it('moves touch impulses much faster than aching-pain (C) impulses', async () => {
    const el = await render(html`<pt-gate-control pain="100" touch="100"></pt-gate-control>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.pulse-c').length > 0 && el.shadowRoot!.querySelectorAll('.pulse-abeta').length > 0, 'pulses on both fibres', { timeout: 15000 });
    await aTimeout(400);
    const furthest = (cls: string) => Math.max(...$$(el, cls).map((c) => Number(c.getAttribute('cx'))));
    // A-beta starts at x=108 and C at x=84 (diagram units); after ~0.4 s A-beta is far ahead.
    expect(furthest('.pulse-abeta') - 108).to.be.above(3 * (furthest('.pulse-c') - 84));
  });

  it('schedules no frames while offscreen and resumes when scrolled into view', async () => {
    // The element is created (and its first render done) before the spy, since fixture() itself awaits a frame.
    const wrap = await fixture<HTMLDivElement>(html`<div style="margin-top: 4000px"><pt-gate-control></pt-gate-control></div>`);
    const el = wrap.querySelector('pt-gate-control')!;
    await el.updateComplete;
    window.scrollTo(0, 0);
    const spy = spyRaf();
    try {
      await aTimeout(300);
      expect(spy.calls).to.equal(0);
      expect(el.animating).to.equal(false);
      el.scrollIntoView();
      await waitUntil(() => el.animating, 'resumes on screen', { timeout: 15000 });
      expect(spy.calls).to.be.greaterThan(0);
      window.scrollTo(0, 0);
      await waitUntil(() => !el.animating, 'stops offscreen', { timeout: 15000 });
      const after = spy.calls;
      await aTimeout(200);
      expect(spy.calls).to.equal(after);
    } finally {
      spy.restore();
      window.scrollTo(0, 0);
    }
  });

  it('stops while the tab is hidden and resumes when it is shown again', async () => {
    const el = await render();
    await waitUntil(() => el.animating, 'animation should start', { timeout: 15000 });
    const setHidden = (hidden: boolean) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    const spy = spyRaf();
    try {
      setHidden(true);
      expect(el.animating).to.equal(false);
      const after = spy.calls;
      await aTimeout(200);
      expect(spy.calls).to.equal(after);
      setHidden(false);
      expect(el.animating).to.equal(true);
    } finally {
      delete (document as unknown as Record<string, unknown>).hidden;
      spy.restore();
    }
  });

  it('leaves no animation frame scheduled after disconnect', async () => {
    const el = await render();
    await waitUntil(() => el.animating, 'animation should start', { timeout: 15000 });
    el.remove();
    expect(el.animating).to.equal(false);
    const spy = spyRaf();
    try {
      await aTimeout(200);
      expect(spy.calls).to.equal(0);
    } finally {
      spy.restore();
    }
  });

  // Runs before any other Spanish test here, so the Spanish module really is fetched while the element renders.
  it('prints the still arrows, not the moving dots', async () => {
    const el = await render(html`<pt-gate-control touch="50"></pt-gate-control>`);
    expect(getComputedStyle($(el, '.static-flow')).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.static-flow')).display).not.to.equal('none');
      expect(getComputedStyle($(el, '.pulses')).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('samples the fibre paths once per layout, not on every frame', async () => {
    const el = await render(html`<pt-gate-control pain="100" touch="100"></pt-gate-control>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.pulses circle').length > 5, 'pulses drawn', { timeout: 15000 });
    const proto = SVGPathElement.prototype;
    const original = proto.getPointAtLength;
    let calls = 0;
    proto.getPointAtLength = function (this: SVGPathElement, d: number) {
      calls++;
      return original.call(this, d);
    };
    try {
      const before = $$(el, '.pulses circle').map((c) => c.getAttribute('cx')).join();
      // the dots still move (a few frames: on a busy machine one may take longer than 250 ms), with no path measuring per frame
      await aTimeout(250);
      await waitUntil(() => $$(el, '.pulses circle').map((c) => c.getAttribute('cx')).join() !== before, 'the dots moved', { timeout: 15000 });
      expect(calls).to.equal(0);
    } finally {
      proto.getPointAtLength = original;
    }
  });
});
