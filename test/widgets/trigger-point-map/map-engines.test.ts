// <pt-trigger-point-map> in every engine (Chromium, Firefox, WebKit): Spanish, clinic JSON, bad input,
// keyboard and events, announcements, reduced motion, axe-core. Headless Firefox has no WebGL, so there
// the same tests run against the 2D chart (ready() waits for either); 3D-only steps say so where they skip.
import { $, $$, renderMap, ready, has3d, settled, pixels } from './map-fixtures.js';
import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import { expectAxeClean } from '../../helpers/a11y.js';
import { captureConsole } from '../../helpers/console.js';
import { recordUntilComplete, shownText } from '../../helpers/record-renders.js';
import { muscles as englishMuscles, mapNotes } from '../../../src/content/trigger-points.js';
import { bodyAreas } from '../../../src/content/body-areas.js';

describe('<pt-trigger-point-map> in every engine', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    fixtureCleanup();
    for (const stray of Array.from(document.body.children)) if (stray.querySelector('pt-trigger-point-map')) stray.remove();
  });

  // Runs before any other Spanish test here, so the Spanish modules really are fetched while the map renders.
  it('under lang="es" never renders English muscle, area or note text while the Spanish text loads; updateComplete brings the Spanish', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 300px"></div>`);
    const el = document.createElement('pt-trigger-point-map');
    el.setAttribute('lang', 'es');
    el.setAttribute('muscle', 'upper-trapezius'); // the info panel shows muscle text from the first render
    const seen = await recordUntilComplete(el, wrap, shownText);

    const [{ musclesEs, mapNotesEs }, { bodyAreaLabelsEs }] = await Promise.all([
      import('../../../src/content/es/trigger-points.js'),
      import('../../../src/content/es/body-areas.js'),
    ]);
    const esTexts = [
      ...Object.values(musclesEs).flatMap((m) => [m.name, m.technicalName, m.where, m.description, ...m.symptoms, m.selfCare, m.seekCare ?? '']),
      ...Object.values(mapNotesEs),
      ...Object.values(bodyAreaLabelsEs),
    ];
    // English content the Spanish text does not share
    const english = [
      ...englishMuscles.flatMap((m) => [m.name, m.technicalName, m.where, m.description.text, ...m.symptoms.map((x) => x.text), m.selfCare.text, m.seekCare?.text ?? '']),
      ...Object.values(mapNotes).map((n) => n.text),
      ...bodyAreas.map((a) => a.label),
    ].filter((t) => t && !esTexts.some((e) => e.includes(t)));
    expect(english.length).to.be.above(100);
    expect(seen.length, 'renders recorded').to.be.at.least(2);
    for (const [i, text] of seen.entries()) {
      expect(english.filter((t) => text.includes(t)), `English content in snapshot ${i} of ${seen.length}`).to.deep.equal([]);
    }
    // the first render is the Spanish frame with a loading line where the muscle and area text goes
    expect(seen[0], 'first render').to.contain('Mapa de puntos gatillo').and.contain('Cargando…');
    // updateComplete resolved with the Spanish content in place (no waiting for a later render)
    const tr = musclesEs['upper-trapezius'];
    expect($(el, '#panel-heading').textContent).to.equal(tr.name);
    expect($(el, '.panel').textContent).to.contain(tr.description);
    expect($(el, 'button[data-muscle="soleus"]').textContent?.trim()).to.equal(musclesEs.soleus.name);
    expect($(el, '#area-select option[value="heel"]').textContent).to.equal(bodyAreaLabelsEs.heel);
    expect($(el, '.notes').textContent).to.contain(mapNotesEs.urgent);
    // the 3D view (or, without WebGL, the 2D chart) still starts: it waits for the same update
    await ready(el);
    if (has3d(el)) expect($(el, 'button.marker[data-id="upper-trapezius"]').getAttribute('aria-label'), `marker name (${el.renderStats.mode})`).to.contain(tr.technicalName);
    else expect($(el, '.chart svg').getAttribute('aria-label'), 'the 2D chart is named in Spanish').to.match(/^Dibujo del cuerpo, /);
    await expectAxeClean(el, 'Spanish after the first load');

    // Back to English at once: the next update shows English, with no loading state in between.
    const from = seen.length;
    el.setAttribute('lang', 'en');
    await aTimeout(0); // the lang observer runs
    await el.updateComplete;
    const en = englishMuscles.find((m) => m.id === 'upper-trapezius')!;
    expect($(el, '#panel-heading').textContent).to.equal(en.name);
    expect($(el, '.notes').textContent).to.contain(mapNotes.urgent.text);
    expect(seen.slice(from).some((t) => /Cargando|Loading…/.test(t)), 'a loading state when going back to English').to.equal(false);
  });

  it('speaks Spanish with lang="es"', async () => {
    const el = await renderMap('lang="es" pain-area="heel"');
    await waitUntil(() => $(el, 'h2').textContent === 'Mapa de puntos gatillo', 'Spanish heading', { timeout: 15000 });
    await waitUntil(() => /Talón/i.test($(el, '#panel-heading').textContent ?? ''), 'Spanish area label', { timeout: 15000 });
    await ready(el);
    await expectAxeClean(el, 'Spanish');
  });

  it('lists zone areas and counts with Intl (", … y …" in Spanish, "and" in English)', async () => {
    const en = await renderMap('muscle="upper-trapezius"');
    expect($(en, '.zones li').textContent).to.match(/ear,? and Temple/);
    const es = await renderMap('lang="es" muscle="upper-trapezius"');
    await waitUntil(() => /Sien/.test($(es, '.zones li').textContent ?? ''), 'Spanish labels', { timeout: 15000 });
    expect($(es, '.zones li').textContent).to.not.contain(' and ');
    expect($(es, '.zones li').textContent).to.match(/, [^,]+ y [^,]+$/);
  });

  it('takes clinic JSON: renames, hides, adds its own muscle; a bad field warns once and is dropped', async () => {
    const con = captureConsole();
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 300px"></div>`);
      const config = {
        muscles: { 'upper-trapezius': { name: 'Shoulder-top muscle' } },
        areas: { temple: 'Side of the forehead' },
        hide: ['iliopsoas'],
        extraMuscles: [
          {
            id: 'clinic-hamstring', name: 'Back of thigh muscles', region: 'hip-leg', where: 'Back of the thigh.',
            description: 'Bends the knee.', essential: ['back-of-thigh'], point: { view: 'back', x: 90, y: 680 },
          },
        ],
        hidee: true,
      };
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(config);
      const el = document.createElement('pt-trigger-point-map');
      el.setAttribute('pain-area', 'back-of-thigh');
      el.append(script);
      wrap.append(el);
      await el.updateComplete;
      expect($(el, 'button[data-muscle="upper-trapezius"]').textContent?.trim()).to.equal('Shoulder-top muscle');
      expect(el.shadowRoot!.querySelector('button[data-muscle="iliopsoas"]')).to.equal(null);
      expect($(el, 'option[value="temple"]').textContent).to.equal('Side of the forehead');
      expect($$(el, '.results button').map((b) => b.dataset.result)).to.include('clinic-hamstring');
      $<HTMLButtonElement>(el, 'button[data-muscle="clinic-hamstring"]').click();
      await el.updateComplete;
      expect($(el, '.panel').textContent).to.contain('From your clinic');
      // (without WebGL the map also says once that it shows the 2D chart: not about the config)
      const mine = con.warnings.filter((w) => w.includes('[pt-trigger-point-map]') && !/WebGL/.test(w));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain('hidee');
    } finally {
      con.restore();
    }
  });

  it('non-string muscle / pain-area / view values warn once each and show defaults, without errors', async () => {
    const con = captureConsole();
    try {
      const el = await renderMap('muscle="soleus"');
      (el as unknown as { muscle: unknown }).muscle = 5;
      (el as unknown as { painArea: unknown }).painArea = { area: 'heel' };
      (el as unknown as { view: unknown }).view = 7;
      await el.updateComplete;
      expect(con.errors).to.deep.equal([]);
      expect(con.warnings.filter((w) => w.includes('muscle='))).to.have.length(1);
      expect(con.warnings.filter((w) => w.includes('pain-area='))).to.have.length(1);
      expect(con.warnings.filter((w) => w.includes('view='))).to.have.length(1);
      expect($(el, '.panel').textContent).to.contain('Pick a muscle or an area');
      expect($(el, '.toolbar [aria-pressed="true"]').textContent).to.equal('Front');
    } finally {
      con.restore();
    }
  });

  it('announces a repeated choice again (status cleared, then set)', async () => {
    const el = await renderMap();
    const region = $(el, '[role="status"]');
    const soleus = $<HTMLButtonElement>(el, 'button[data-muscle="soleus"]');
    soleus.click();
    await waitUntil(() => region.textContent === 'Deep calf muscle', 'first announcement', { timeout: 15000 });
    const seen: string[] = [];
    const mo = new MutationObserver(() => seen.push(region.textContent ?? ''));
    mo.observe(region, { childList: true, characterData: true, subtree: true });
    soleus.click();
    await waitUntil(() => seen.length >= 2, 'not announced again', { timeout: 15000 });
    mo.disconnect();
    expect(seen[0]).to.equal('');
    expect(region.textContent).to.equal('Deep calf muscle');
  });

  it('applies a JSON config child that is added after the map is on the page', async () => {
    const el = await renderMap();
    expect($(el, 'button[data-muscle="soleus"]').textContent?.trim()).to.equal('Deep calf muscle');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ muscles: { soleus: { name: 'Soleus (deep calf)' } } });
    el.append(script);
    await waitUntil(() => $(el, 'button[data-muscle="soleus"]').textContent?.trim() === 'Soleus (deep calf)', 'late config not applied', { timeout: 15000 });
    script.textContent = JSON.stringify({ hide: ['soleus'] });
    await waitUntil(() => el.shadowRoot!.querySelector('button[data-muscle="soleus"]') === null, 'edited config not applied', { timeout: 15000 });
  });

  it('is axe-clean in dark theme (3D, muscle and area chosen)', async () => {
    const el = await renderMap('theme="dark" muscle="gluteus-minimus"');
    await ready(el);
    await expectAxeClean(el, '3D dark, muscle');
    el.removeAttribute('muscle');
    el.setAttribute('pain-area', 'buttock');
    await el.updateComplete;
    await expectAxeClean(el, '3D dark, area');
  });

  it('keyboard: Tab enters the map, arrows turn the 3D picture, Enter chooses a muscle, markers are focusable', async () => {
    const el = await renderMap();
    await ready(el);
    await settled(el);
    // Tab from just before the map into its first focusable stop: the picture (3D), or the first control
    // (the 2D chart is a picture, not a stop)
    const before = document.createElement('button');
    before.textContent = 'before';
    el.parentElement!.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    if (has3d(el)) {
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.viewport'));
      const frames = el.renderStats.frames;
      const img0 = pixels(el);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      // (WebKit's software WebGL may draw the turn after settled()'s first poll)
      await waitUntil(() => el.renderStats.frames > frames, 'no frame after the arrow keys', { timeout: 15000 });
      await settled(el);
      const img1 = pixels(el);
      let changed = 0;
      for (let i = 0; i < img0.data.length; i += 4) if (img0.data[i + 3] !== img1.data[i + 3]) changed++;
      expect(changed, 'pixels changed by turning').to.be.greaterThan(500);
      await sendKeys({ press: '+' });
      await sendKeys({ press: 'Home' });
    } else {
      expect(el.shadowRoot!.activeElement, 'focus moved into the map').to.not.equal(null);
    }

    const muscle = $<HTMLButtonElement>(el, 'button[data-muscle="soleus"]');
    muscle.focus();
    const ev = oneEvent(el, 'pt-muscle-select');
    await sendKeys({ press: 'Enter' });
    expect((await ev).detail.muscle).to.equal('soleus');
    await settled(el);
    expect(muscle.getAttribute('aria-pressed')).to.equal('true');
    if (has3d(el)) {
      const markers = $$<HTMLButtonElement>(el, 'button.marker').filter((b) => !b.hidden);
      expect(markers.length).to.be.greaterThan(0);
      markers[0].focus();
      expect(el.shadowRoot!.activeElement).to.equal(markers[0]);
      const viaMarker = oneEvent(el, 'pt-muscle-select');
      await sendKeys({ press: 'Enter' });
      expect((await viaMarker).detail.muscle).to.equal(markers[0].dataset.id);
    } else {
      expect($$(el, '.chart .x.chosen[data-muscle="soleus"]').length, 'its X marks in the 2D chart').to.be.at.least(1);
    }
    before.remove();
  });

  // Chromium emulates the setting per test; Firefox and WebKit run this test in a browser launched with it.
  it('reduced motion: choosing a muscle jumps (one frame) instead of flying, and nothing animates', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion in effect').to.equal(true);
    const el = await renderMap();
    await ready(el);
    await settled(el);
    const frames = el.renderStats.frames;
    $<HTMLButtonElement>(el, 'button[data-muscle="masseter"]').click();
    // (software WebGL in WebKit can take longer than settled()'s poll to draw the new picture)
    if (has3d(el)) await waitUntil(() => el.renderStats.frames > frames, 'no frame after the choice', { timeout: 15000 });
    await settled(el);
    if (has3d(el)) expect(el.renderStats.frames - frames, '3D frames for the turn').to.equal(1);
    else expect($$(el, '.chart .x.chosen[data-muscle="masseter"]').length, 'the 2D chart shows the choice').to.be.at.least(1);
    const running = el.shadowRoot!.getAnimations().filter((a) => a.playState === 'running');
    expect(running.length, 'CSS animations or transitions still running').to.equal(0);
  });

  it('choosing a muscle flies the camera to it (several frames) when motion is allowed', async function () {
    const el = await renderMap();
    await ready(el);
    // headless Firefox has no WebGL: the 2D chart has no camera to fly (its reduced-motion test above still runs)
    if (!has3d(el)) this.skip();
    await settled(el);
    const frames = el.renderStats.frames;
    $<HTMLButtonElement>(el, 'button[data-muscle="soleus"]').click();
    await waitUntil(() => el.renderStats.frames > frames, 'no frame after the choice', { timeout: 15000 });
    await settled(el);
    // (the flight lasts a fixed time: at 60 frames/s that is dozens of frames, but a software-WebGL frame on a
    // busy machine can take a third of it; reduced motion, above, draws exactly one)
    expect(el.renderStats.frames - frames, 'a flight draws several frames').to.be.greaterThan(1);
  });
});
