// <pt-trigger-point-map> in Chromium with software WebGL: lazy three.js, pixels, selection, areas,
// the camera and attributes, on-demand frames, 320 px, print. (Context sharing: map-context.test.ts;
// what every engine runs, text, locale, keyboard, reduced motion: map-engines.test.ts.)
import { $, $$, sceneModule, projectArea, renderMap, firstFrame, settled, pixels, painted, zonePixels, zoneAt } from './map-fixtures.js';
import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import type { PtTriggerPointMap } from '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import { expectAxeClean } from '../../helpers/a11y.js';
import { captureConsole } from '../../helpers/console.js';
import { muscleCharts } from '../../../src/content/trigger-point-chart/index.js';
import { pointOnBody } from '../../../src/widgets/trigger-point-map/body/places.js';
import { smoothClosed, polygonDistance } from '../../../src/widgets/trigger-point-map/body/chart.js';

describe('<pt-trigger-point-map> (WebGL)', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    fixtureCleanup();
    for (const stray of Array.from(document.body.children)) if (stray.querySelector('pt-trigger-point-map')) stray.remove();
  });

  it('renders lists and panel at once, and loads three.js only near the viewport', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 300px; margin-top: 4000px"></div>`);
    wrap.innerHTML = '<pt-trigger-point-map></pt-trigger-point-map>';
    const el = wrap.firstElementChild as PtTriggerPointMap;
    await el.updateComplete;
    expect($$(el, 'button[data-muscle]')).to.have.length(22);
    expect(new Set($$(el, 'button.marker').map((b) => b.dataset.id)).size, 'markers for every muscle').to.equal(22);
    expect($$(el, '#area-select option').length).to.be.greaterThan(40);
    await aTimeout(300);
    const threeLoaded = () => performance.getEntriesByType('resource').some((r) => /scene\/index|\/three\//.test(r.name));
    expect(el.renderStats.mode).to.equal('pending');
    expect(threeLoaded(), 'three.js fetched while far away').to.equal(false);
    wrap.style.marginTop = '0px';
    await firstFrame(el);
    expect(threeLoaded()).to.equal(true);
    expect(performance.getEntriesByName('pt:pt-trigger-point-map:first-frame')).to.have.length(1);
  });

  it('draws a body (the canvas is not blank) and is axe-clean', async () => {
    const el = await renderMap();
    await firstFrame(el);
    const img = pixels(el);
    const share = painted(img) / (img.width * img.height);
    expect(share, 'share of the picture covered by the body').to.be.within(0.05, 0.6);
    expect(zonePixels(img), 'no zone drawn before a choice').to.equal(0);
    await expectAxeClean(el, '3D initial');
  });

  it('selecting a muscle turns to it, paints its zones and fills the panel', async () => {
    const el = await renderMap();
    await firstFrame(el);
    await settled(el);
    const before = pixels(el);
    const button = $<HTMLButtonElement>(el, 'button[data-muscle="gluteus-minimus"]');
    const event = oneEvent(el, 'pt-muscle-select');
    button.click();
    const { detail } = await event;
    expect(detail.muscle).to.equal('gluteus-minimus');
    expect(detail.essential).to.include('buttock');
    expect(detail.spillover).to.include('calf');
    await settled(el);
    const after = pixels(el);
    expect(zonePixels(before)).to.equal(0);
    expect(zonePixels(after), 'zone pixels after choosing').to.be.greaterThan(300);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '#panel-heading').textContent).to.contain('buttock');
    // its marker is shown and named
    const marker = $$<HTMLButtonElement>(el, 'button.marker[data-id="gluteus-minimus"]').find((b) => !b.hidden)!;
    expect(marker, 'one of its markers shown').to.not.equal(undefined);
    expect(marker.classList.contains('chosen')).to.equal(true);
    expect(marker.getAttribute('aria-label')).to.equal('Gluteus minimus trigger point');
    await expectAxeClean(el, 'muscle selected');
  });

  it('the muscle attribute shows a muscle; an unknown one warns once with the valid ids', async () => {
    const con = captureConsole();
    try {
      const el = await renderMap('muscle="upper-trapezius"');
      await firstFrame(el);
      await settled(el);
      expect(zonePixels(pixels(el))).to.be.greaterThan(200);
      expect($(el, '#panel-heading').textContent).to.contain('shoulder');
      el.setAttribute('muscle', 'biceps');
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      const mine = con.warnings.filter((w) => w.includes('muscle='));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain('[pt-trigger-point-map]').and.contain('"biceps"').and.contain('upper-trapezius');
      el.setAttribute('pain-area', 'elbowz');
      el.setAttribute('view', 'top');
      await el.updateComplete;
      expect(con.warnings.filter((w) => w.includes('pain-area='))).to.have.length(1);
      expect(con.warnings.filter((w) => w.includes('view='))).to.have.length(1);
      expect(con.errors).to.deep.equal([]);
    } finally {
      con.restore();
    }
  });

  it('"Where does it hurt?" lists muscles, essential first, from the list and from a click on the body', async () => {
    const el = await renderMap('pain-area="temple"');
    const items = $$(el, '.results button');
    const ids = items.map((b) => b.dataset.result);
    expect(ids).to.include.members(['upper-trapezius', 'temporalis', 'suboccipitals']);
    expect(ids.indexOf('upper-trapezius')).to.be.lessThan(ids.indexOf('suboccipitals'));
    await firstFrame(el);
    await expectAxeClean(el, 'area chosen');

    const select = $<HTMLSelectElement>(el, '#area-select');
    select.value = 'heel';
    const ev = oneEvent(el, 'pt-area-select');
    select.dispatchEvent(new Event('change'));
    const { detail } = await ev;
    expect(detail.area).to.equal('heel');
    expect(detail.muscles[0]).to.deep.equal({ id: 'soleus', zone: 'essential' });

    // a click in the middle of the body (front view, belly or hips) picks some trunk/hip area
    $$<HTMLButtonElement>(el, '.toolbar [role="group"] button')[0].click(); // "Front"
    await settled(el);
    const canvas = $<HTMLCanvasElement>(el, 'canvas');
    const r = canvas.getBoundingClientRect();
    const opts = { clientX: r.left + r.width / 2, clientY: r.top + r.height * 0.5, pointerId: 7, bubbles: true, composed: true };
    const clicked = oneEvent(el, 'pt-area-select');
    canvas.dispatchEvent(new PointerEvent('pointerdown', opts));
    canvas.dispatchEvent(new PointerEvent('pointerup', opts));
    const picked = (await clicked).detail;
    expect(['groin', 'buttock', 'top-of-pelvis', 'low-back', 'sacroiliac', 'front-of-thigh', 'outer-hip']).to.include(picked.area);
  });

  it('renders on demand: no frames while idle', async () => {
    const el = await renderMap();
    await firstFrame(el);
    await settled(el);
    const frames = el.renderStats.frames;
    await aTimeout(500);
    expect(el.renderStats.frames).to.equal(frames);
  });

  it('draws nothing while off screen and catches up when scrolled back', async () => {
    const el = await renderMap();
    await firstFrame(el);
    await settled(el);
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    el.parentElement!.before(spacer);
    await aTimeout(200);
    const frames = el.renderStats.frames;
    $<HTMLButtonElement>(el, 'button[data-muscle="soleus"]').click();
    await aTimeout(400);
    expect(el.renderStats.frames, 'no frames off screen').to.equal(frames);
    spacer.remove();
    await waitUntil(() => el.renderStats.frames > frames, 'no frame after scrolling back', { timeout: 15000 });
  });

  it('reflows at 320px: picture above the lists, no horizontal overflow', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><pt-trigger-point-map muscle="pectoralis-major"></pt-trigger-point-map></div>`);
    const el = wrap.firstElementChild as PtTriggerPointMap;
    await el.updateComplete;
    const root = $(el, '.pt-root');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    expect($(el, '.stage').getBoundingClientRect().bottom).to.be.at.most($(el, '.side').getBoundingClientRect().top + 1);
    // seek-care warning is there for the chest muscle
    expect($(el, '.seek').textContent).to.match(/chest pain/i);
  });

  it('attributes stay the single source of truth: attribute → reader picks another → attribute set back', async () => {
    const el = await renderMap('muscle="soleus" view="front"');
    await firstFrame(el);
    await settled(el);
    const heel = await projectArea(el, 'heel');
    expect(heel.length, 'heel in view for the soleus').to.be.greaterThan(0);
    $<HTMLButtonElement>(el, 'button[data-muscle="upper-trapezius"]').click();
    await settled(el);
    expect(el.muscle).to.equal('upper-trapezius');
    expect(el.getAttribute('muscle')).to.equal('upper-trapezius');
    expect($(el, '#panel-heading').textContent).to.not.contain('calf');
    expect((await projectArea(el, 'back-of-neck')).length, 'camera turned to the neck').to.be.greaterThan(0);
    el.setAttribute('muscle', 'soleus');
    await settled(el);
    expect($(el, '#panel-heading').textContent).to.contain('calf');
    expect($<HTMLButtonElement>(el, 'button[data-muscle="soleus"]').getAttribute('aria-pressed')).to.equal('true');
    const back = await projectArea(el, 'heel');
    expect(back.length, 'camera back on the heel').to.be.greaterThan(0);
    expect(zoneAt(el, back[0])).to.be.at.least(5);

    // view: the reader presses Back, the page sets front again and the picture turns back
    el.removeAttribute('muscle');
    const presets = $$<HTMLButtonElement>(el, '.toolbar [role="group"] button');
    presets[0].click(); // Front again: back to the whole body from the front
    await settled(el);
    const front = pixels(el);
    presets[1].click();
    await settled(el);
    expect(el.view).to.equal('back');
    await settled(el);
    expect(el.getAttribute('view')).to.equal('back');
    el.setAttribute('view', 'front');
    await settled(el);
    expect($(el, '.toolbar [aria-pressed="true"]').textContent).to.equal('Front');
    const img = pixels(el);
    let diff = 0;
    for (let i = 3; i < img.data.length; i += 4) if (img.data[i] !== front.data[i]) diff++;
    expect(diff, 'same picture as the front view').to.be.below(50);

    // pain-area: chosen from the list, then set back by the page
    el.setAttribute('pain-area', 'heel');
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#area-select');
    select.value = 'temple';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('pain-area')).to.equal('temple');
    el.setAttribute('pain-area', 'heel');
    await el.updateComplete;
    expect($(el, '#panel-heading').textContent).to.contain('Heel');
    expect(select.value).to.equal('heel');
  });

  it('the essential zone colour is where the zone is (projected surface points), not on an unrelated area', async () => {
    const el = await renderMap('muscle="upper-trapezius"');
    await firstFrame(el);
    await settled(el);
    // a point well inside the essential zone drawn on the back and outside the muscle (no fibre lines over it)
    const chart = muscleCharts['upper-trapezius'];
    const zone = chart.essential.filter((x) => x.view === 'back').map((x) => smoothClosed(x.points));
    const muscle = chart.outline.filter((x) => x.view === 'back').map((x) => smoothClosed(x.points));
    let best = { u: 0, v: 0, score: -Infinity };
    for (let u = 0; u <= 200; u += 4) {
      for (let v = 1350; v <= 1700; v += 4) {
        const inside = Math.max(...zone.map((poly) => polygonDistance(u, v, poly)));
        const outside = -Math.max(...muscle.map((poly) => polygonDistance(u, v, poly)));
        const score = Math.min(inside, outside);
        if (score > best.score) best = { u, v, score };
      }
    }
    const [u, v] = [best.u, best.v];
    const view = (await sceneModule()).viewOf($<HTMLCanvasElement>(el, 'canvas.main'))!;
    const sp = pointOnBody('back', [u, v])!;
    const at = view.projectPoint(sp.point, sp.normal);
    expect(at.visible, 'the zone in view').to.equal(true);
    expect(zoneAt(el, at), 'zone colour inside the drawn zone').to.be.at.least(5);
    // the top of the shoulder: in the opening view (framed on the pattern, neck and head), outside the zones
    const shoulder = await projectArea(el, 'top-of-shoulder');
    expect(shoulder.length, 'the top of the shoulder in view').to.be.greaterThan(0);
    expect(zoneAt(el, shoulder[0]), 'no zone colour on the top of the shoulder').to.equal(0);
  });

  it('a cancelled touch does not choose a body area', async () => {
    const el = await renderMap();
    await firstFrame(el);
    await settled(el);
    let picked = 0;
    el.addEventListener('pt-area-select', () => picked++);
    const canvas = $<HTMLCanvasElement>(el, 'canvas');
    const r = canvas.getBoundingClientRect();
    const opts = { clientX: r.left + r.width / 2, clientY: r.top + r.height * 0.5, pointerId: 9, pointerType: 'touch', bubbles: true, composed: true };
    canvas.dispatchEvent(new PointerEvent('pointerdown', opts));
    canvas.dispatchEvent(new PointerEvent('pointercancel', opts));
    await aTimeout(100);
    expect(picked).to.equal(0);
    // and the pointer is dropped: a later tap still works
    canvas.dispatchEvent(new PointerEvent('pointerdown', { ...opts, pointerId: 10 }));
    canvas.dispatchEvent(new PointerEvent('pointerup', { ...opts, pointerId: 10 }));
    expect(picked).to.equal(1);
  });

  it('prints a one-page handout: the chart, the names, where it hurts, what may help, when to get care, the sources', async () => {
    const el = await renderMap('muscle="quadratus-lumborum"');
    await firstFrame(el);
    await emulateMedia({ media: 'print' });
    try {
      await el.updateComplete;
      const shown = (sel: string) => getComputedStyle($(el, sel)).display !== 'none';
      expect(shown('.viewport'), '3D picture left out').to.equal(false);
      expect(shown('.chart'), 'the 2D chart printed').to.equal(true);
      expect($$(el, '.chart svg').length, 'back and side drawings').to.be.at.least(2);
      expect($$(el, '.chart .x.chosen').length).to.be.at.least(2);
      expect(shown('[part="muscles"]'), 'muscle list left out').to.equal(false);
      const panel = $(el, '.panel').innerText;
      expect(panel).to.contain('Quadratus lumborum');
      expect(panel).to.contain('Pain is often felt at');
      expect(panel).to.contain('What may help');
      expect(panel, 'get care first').to.contain('Get care first');
      expect(shown('.print-sources'), 'full sources').to.equal(true);
      expect($(el, '.print-sources').textContent).to.contain('Travell');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
