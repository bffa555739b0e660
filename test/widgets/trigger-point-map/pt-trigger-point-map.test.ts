// <pt-trigger-point-map> in Chromium with software WebGL: lazy three.js, pixels, selection, areas,
// keyboard, one shared context, freeing GPU memory, context loss, reduced motion, axe-core.
import { aTimeout, expect, fixture, fixtureCleanup, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import type { PtTriggerPointMap } from '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import { expectAxeClean } from '../../helpers/a11y.js';
import { captureConsole } from '../../helpers/console.js';
import { recordUntilComplete } from '../../helpers/record-renders.js';
import { muscles as englishMuscles, mapNotes } from '../../../src/content/trigger-points.js';
import { bodyAreas } from '../../../src/content/body-areas.js';
import { areaSpots, muscleCharts } from '../../../src/content/trigger-point-chart/index.js';
import { pointOnBody } from '../../../src/widgets/trigger-point-map/body/places.js';
import { smoothClosed, polygonDistance } from '../../../src/widgets/trigger-point-map/body/chart.js';

// Every WebGL context the page asks for, counted from before any map loads (maps create theirs lazily).
const glRequests: string[] = [];
const realGetContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
  if (/webgl/i.test(type)) glRequests.push(type);
  return (realGetContext as (this: HTMLCanvasElement, ...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
} as typeof HTMLCanvasElement.prototype.getContext;

type SceneModule = typeof import('../../../src/widgets/trigger-point-map/scene/index.js');
const sceneModule = (): Promise<SceneModule> => import('../../../src/widgets/trigger-point-map/scene/index.js');

/** Loses the page's shared WebGL context (as a GPU reset would); restore() brings it back. */
async function loseContext(): Promise<{ restore(): void } | undefined> {
  const ext = (await sceneModule()).sharedContext()?.getExtension('WEBGL_lose_context');
  if (!ext) return undefined;
  ext.loseContext();
  return { restore: () => ext.restoreContext() };
}

/** Where a named area's middle is in the main picture (CSS px), if the camera sees it. */
async function projectArea(el: PtTriggerPointMap, area: string): Promise<{ x: number; y: number }[]> {
  const view = (await sceneModule()).viewOf($<HTMLCanvasElement>(el, 'canvas.main'));
  const spot = areaSpots[area];
  const sp = spot && pointOnBody(spot.view, spot.at);
  if (!view || !sp) return [];
  const p = view.projectPoint(sp.point, sp.normal);
  return p.visible ? [{ x: p.x, y: p.y }] : [];
}

const $ = <T extends Element = HTMLElement>(el: PtTriggerPointMap, sel: string): T => {
  const found = el.shadowRoot!.querySelector<T>(sel);
  if (!found) throw new Error(`no ${sel}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(el: PtTriggerPointMap, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(sel));

// A small map keeps software rendering quick: the picture is about 260×350 px.
async function renderMap(attrs = ''): Promise<PtTriggerPointMap> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 300px"></div>`);
  wrap.innerHTML = `<pt-trigger-point-map ${attrs}></pt-trigger-point-map>`;
  const el = wrap.firstElementChild as PtTriggerPointMap;
  await el.updateComplete;
  return el;
}

async function firstFrame(el: PtTriggerPointMap): Promise<void> {
  await waitUntil(() => el.renderStats.frames > 0, 'no 3D frame', { timeout: 15000 });
}

/** Waits until the map has stopped drawing (flights done). */
async function settled(el: PtTriggerPointMap): Promise<void> {
  let last = -1;
  for (let i = 0; i < 200 && last !== el.renderStats.frames; i++) {
    last = el.renderStats.frames;
    await aTimeout(120);
  }
}

function pixels(el: PtTriggerPointMap): ImageData {
  const canvas = $<HTMLCanvasElement>(el, 'canvas');
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
}

const painted = (img: ImageData) => {
  let n = 0;
  for (let i = 3; i < img.data.length; i += 4) if (img.data[i] > 0) n++;
  return n;
};

/** Pixels in the red of the referral zones, lit or in shade (red well above green and blue). */
const isZone = (d: Uint8ClampedArray, i: number) => d[i + 3] > 200 && d[i] > 70 && d[i + 1] < 0.45 * d[i] && d[i + 2] < 0.4 * d[i];
const zonePixels = (img: ImageData) => {
  let n = 0;
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) if (isZone(d, i)) n++;
  return n;
};

/** Zone-coloured pixels in the 3×3 block around a CSS-pixel point of the picture (0–9). */
function zoneAt(el: PtTriggerPointMap, p: { x: number; y: number }): number {
  const canvas = $<HTMLCanvasElement>(el, 'canvas');
  const k = canvas.width / canvas.getBoundingClientRect().width;
  const img = canvas.getContext('2d')!.getImageData(Math.round(p.x * k) - 1, Math.round(p.y * k) - 1, 3, 3);
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) if (isZone(img.data, i)) n++;
  return n;
}

/**
 * The shadow root's text and aria-labels (what a reader or a screen reader gets), leaving out the
 * bibliography, whose titles are English in every locale.
 */
function shownText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('.pt-sources')) out.push(n.textContent ?? '');
  for (const n of Array.from(root.querySelectorAll('[aria-label]'))) out.push(n.getAttribute('aria-label') ?? '');
  return out.join('\n');
}

/** Several maps side by side (all on screen), added to the top of the page. */
function addMaps(n: number): PtTriggerPointMap[] {
  const row = document.createElement('div');
  row.style.cssText = 'display: flex; width: 780px';
  const maps = Array.from({ length: n }, () => {
    const cell = document.createElement('div');
    cell.style.cssText = `width: ${Math.floor(780 / n)}px; flex: none`;
    const el = document.createElement('pt-trigger-point-map');
    cell.append(el);
    row.append(cell);
    return el;
  });
  document.body.prepend(row);
  return maps;
}

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

  it('keyboard: Tab reaches the picture, arrows turn it, Enter chooses a muscle, markers are focusable', async () => {
    const el = await renderMap();
    await firstFrame(el);
    await settled(el);
    const viewport = $(el, '.viewport');
    // Tab from just before the map into its first focusable stop: the picture
    const before = document.createElement('button');
    before.textContent = 'before';
    el.parentElement!.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(viewport);
    const frames = el.renderStats.frames;
    const img0 = pixels(el);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(el.renderStats.frames).to.be.greaterThan(frames);
    const img1 = pixels(el);
    let changed = 0;
    for (let i = 0; i < img0.data.length; i += 4) if (img0.data[i + 3] !== img1.data[i + 3]) changed++;
    expect(changed, 'pixels changed by turning').to.be.greaterThan(500);
    await sendKeys({ press: '+' });
    await sendKeys({ press: 'Home' });

    const muscle = $<HTMLButtonElement>(el, 'button[data-muscle="soleus"]');
    muscle.focus();
    const ev = oneEvent(el, 'pt-muscle-select');
    await sendKeys({ press: 'Enter' });
    expect((await ev).detail.muscle).to.equal('soleus');
    await settled(el);
    const markers = $$<HTMLButtonElement>(el, 'button.marker').filter((b) => !b.hidden);
    expect(markers.length).to.be.greaterThan(0);
    markers[0].focus();
    expect(el.shadowRoot!.activeElement).to.equal(markers[0]);
    const viaMarker = oneEvent(el, 'pt-muscle-select');
    await sendKeys({ press: 'Enter' });
    expect((await viaMarker).detail.muscle).to.equal(markers[0].dataset.id);
    before.remove();
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
    await waitUntil(() => el.renderStats.frames > frames, 'no frame after scrolling back');
  });

  it('reduced motion: choosing a muscle jumps (one frame) instead of flying', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await renderMap();
    await firstFrame(el);
    await settled(el);
    const frames = el.renderStats.frames;
    $<HTMLButtonElement>(el, 'button[data-muscle="masseter"]').click();
    await settled(el);
    expect(el.renderStats.frames - frames).to.equal(1);

    await emulateMedia({ reducedMotion: 'no-preference' });
    await aTimeout(50);
    const f2 = el.renderStats.frames;
    $<HTMLButtonElement>(el, 'button[data-muscle="soleus"]').click();
    await settled(el);
    expect(el.renderStats.frames - f2, 'a flight draws several frames').to.be.greaterThan(3);
  });

  it('two maps share one WebGL context; removing them frees their geometry and the context', async () => {
    const a = await renderMap();
    await firstFrame(a);
    const base = a.renderStats;
    expect(base.contexts).to.equal(1);
    const wrap = document.createElement('div');
    wrap.style.width = '300px';
    const b = document.createElement('pt-trigger-point-map');
    wrap.append(b);
    // on top of the page, so it is on screen too
    document.body.prepend(wrap);
    await firstFrame(b);
    expect(b.renderStats.contexts).to.equal(1);
    expect(b.renderStats.geometries).to.equal(base.geometries + 1);
    wrap.remove();
    await nextFrame();
    expect(a.renderStats.geometries, 'memory back to baseline').to.equal(base.geometries);
    expect(a.renderStats.contexts).to.equal(1);
    a.remove();
    await nextFrame();
    expect(a.renderStats.contexts, 'renderer disposed with the last map').to.equal(0);
  });

  it('a lost context shows the 2D drawing with one warning; a restored one draws in 3D again', async () => {
    const el = await renderMap('muscle="soleus"');
    await firstFrame(el);
    await settled(el);
    const con = captureConsole();
    try {
      const loss = await loseContext();
      expect(loss, 'WEBGL_lose_context available').to.not.equal(undefined);
      await waitUntil(() => el.renderStats.mode === 'flat', 'no fallback after loss');
      await el.updateComplete;
      expect($$(el, '.chart svg').length).to.be.at.least(2);
      const frames = el.renderStats.frames;
      loss!.restore();
      await waitUntil(() => el.renderStats.mode === '3d' && el.renderStats.frames > frames, 'not restored', { timeout: 15000 });
      await settled(el);
      expect(zonePixels(pixels(el))).to.be.greaterThan(100);
      expect(con.warnings.filter((w) => w.includes('[pt-trigger-point-map]'))).to.have.length(1);
    } finally {
      con.restore();
    }
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
      const mine = con.warnings.filter((w) => w.includes('[pt-trigger-point-map]'));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain('hidee');
    } finally {
      con.restore();
    }
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
    expect($(el, 'button.marker[data-id="upper-trapezius"]').getAttribute('aria-label')).to.contain(tr.technicalName);
    // the 3D view still starts (it waits for the same update)
    await firstFrame(el);
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
    await waitUntil(() => $(el, 'h2').textContent === 'Mapa de puntos gatillo');
    await waitUntil(() => /Talón/i.test($(el, '#panel-heading').textContent ?? ''), 'Spanish area label');
    await firstFrame(el);
    await expectAxeClean(el, 'Spanish');
  });

  it('many maps, also maps added later, create exactly one WebGL context (getContext counted)', async () => {
    const before = glRequests.length;
    const first = addMaps(3);
    for (const m of first) await firstFrame(m);
    const later = addMaps(2);
    for (const m of later) await firstFrame(m);
    const all = [...first, ...later];
    const made = glRequests.length - before;
    expect(made, `WebGL contexts requested for ${all.length} maps`).to.equal(1);
    for (const m of all) expect(m.renderStats.contexts, 'live contexts seen by each map').to.equal(1);
    for (const m of all) m.closest('div')!.parentElement!.remove();
    await nextFrame();
    expect(all[0].renderStats.contexts).to.equal(0);
    // a new map after all are gone gets a fresh (single) context
    const again = await renderMap();
    await firstFrame(again);
    expect(glRequests.length - before).to.equal(2);
    expect(again.renderStats.contexts).to.equal(1);
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
    const blade = await projectArea(el, 'shoulder-blade');
    expect(blade.length, 'the shoulder blade in view').to.be.greaterThan(0);
    expect(zoneAt(el, blade[0]), 'no zone colour on the shoulder blade').to.equal(0);
  });

  it('a map created while the context is lost shows the 2D drawing, and 3D when it comes back', async () => {
    const a = await renderMap();
    await firstFrame(a);
    const con = captureConsole();
    try {
      const loss = (await loseContext())!;
      await waitUntil(() => a.renderStats.mode === 'flat', 'first map not flat');
      const [b] = addMaps(1);
      await waitUntil(() => b.renderStats.mode === 'flat', 'new map not flat while the context is lost', { timeout: 5000 });
      await b.updateComplete;
      expect($$(b, '.chart svg').length).to.be.at.least(2);
      const frames = b.renderStats.frames;
      loss.restore();
      await waitUntil(() => b.renderStats.mode === '3d' && b.renderStats.frames > frames, 'new map not restored', { timeout: 15000 });
      expect(a.renderStats.contexts).to.equal(1);
      expect(con.errors).to.deep.equal([]);
    } finally {
      con.restore();
    }
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

  it('announces a repeated choice again (status cleared, then set)', async () => {
    const el = await renderMap();
    const region = $(el, '[role="status"]');
    const soleus = $<HTMLButtonElement>(el, 'button[data-muscle="soleus"]');
    soleus.click();
    await waitUntil(() => region.textContent === 'Deep calf muscle', 'first announcement');
    const seen: string[] = [];
    const mo = new MutationObserver(() => seen.push(region.textContent ?? ''));
    mo.observe(region, { childList: true, characterData: true, subtree: true });
    soleus.click();
    await waitUntil(() => seen.length >= 2, 'not announced again', { timeout: 2000 });
    mo.disconnect();
    expect(seen[0]).to.equal('');
    expect(region.textContent).to.equal('Deep calf muscle');
  });

  it('lists zone areas and counts with Intl (", … y …" in Spanish, "and" in English)', async () => {
    const en = await renderMap('muscle="upper-trapezius"');
    expect($(en, '.zones li').textContent).to.match(/ear,? and Temple/);
    const es = await renderMap('lang="es" muscle="upper-trapezius"');
    await waitUntil(() => /Sien/.test($(es, '.zones li').textContent ?? ''), 'Spanish labels');
    expect($(es, '.zones li').textContent).to.not.contain(' and ');
    expect($(es, '.zones li').textContent).to.match(/, [^,]+ y [^,]+$/);
  });

  it('applies a JSON config child that is added after the map is on the page', async () => {
    const el = await renderMap();
    expect($(el, 'button[data-muscle="soleus"]').textContent?.trim()).to.equal('Deep calf muscle');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ muscles: { soleus: { name: 'Soleus (deep calf)' } } });
    el.append(script);
    await waitUntil(() => $(el, 'button[data-muscle="soleus"]').textContent?.trim() === 'Soleus (deep calf)', 'late config not applied', { timeout: 2000 });
    script.textContent = JSON.stringify({ hide: ['soleus'] });
    await waitUntil(() => el.shadowRoot!.querySelector('button[data-muscle="soleus"]') === null, 'edited config not applied', { timeout: 2000 });
  });

  it('is axe-clean in dark theme (3D, muscle and area chosen)', async () => {
    const el = await renderMap('theme="dark" muscle="gluteus-minimus"');
    await firstFrame(el);
    await expectAxeClean(el, '3D dark, muscle');
    el.removeAttribute('muscle');
    el.setAttribute('pain-area', 'buttock');
    await el.updateComplete;
    await expectAxeClean(el, '3D dark, area');
  });

  it('reuses its chart-mark buffer from one selection to the next (no per-choice vertex arrays)', async () => {
    const scene = await sceneModule();
    const el = await renderMap('pain-area="heel"');
    await firstFrame(el);
    const view = scene.viewOf($<HTMLCanvasElement>(el, 'canvas.main'))!;
    const buffer = view.marks.array;
    for (const id of ['soleus', 'masseter', 'gluteus-minimus']) {
      $<HTMLButtonElement>(el, `button[data-muscle="${id}"]`).click();
      await el.updateComplete;
      expect(view.marks.array, `${id}: same buffer`).to.equal(buffer);
    }
    expect(buffer.some((v) => v > 128), 'the last choice is painted into it').to.equal(true);
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
