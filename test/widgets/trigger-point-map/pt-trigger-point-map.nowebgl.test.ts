// <pt-trigger-point-map> in a Chromium started with WebGL switched off: the flat chart (front, back,
// side when needed) with landmarks, the chosen muscle, its X's and zones, one warning, and lists that
// work exactly as with 3D. Every one of the 22 muscles is checked in the drawing.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import type { PtTriggerPointMap } from '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import { expectAxeClean } from '../../helpers/a11y.js';
import { muscleIds } from '../../../src/content/trigger-points.js';
import { captureConsole } from '../../helpers/console.js';

const $ = <T extends Element = HTMLElement>(el: PtTriggerPointMap, sel: string): T => {
  const found = el.shadowRoot!.querySelector<T>(sel);
  if (!found) throw new Error(`no ${sel}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(el: PtTriggerPointMap, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(sel));

async function renderMap(attrs = ''): Promise<PtTriggerPointMap> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
  wrap.innerHTML = `<pt-trigger-point-map ${attrs}></pt-trigger-point-map>`;
  const el = wrap.firstElementChild as PtTriggerPointMap;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 100));
  await el.updateComplete;
  return el;
}

describe('<pt-trigger-point-map> without WebGL', function () {
  // This file belongs to the "no-webgl" browser group. A --files run that also puts it in the
  // WebGL browser would test nothing meaningful there, so it skips there; inside the group
  // (which sets __PT_NO_WEBGL_GROUP__) a browser that has WebGL after all is a failure.
  before(function () {
    const hasWebGL = !!document.createElement('canvas').getContext('webgl2');
    const inGroup = (window as unknown as { __PT_NO_WEBGL_GROUP__?: boolean }).__PT_NO_WEBGL_GROUP__ === true;
    if (hasWebGL && inGroup) throw new Error('the no-webgl browser group has WebGL: check its launch flags');
    if (hasWebGL) this.skip();
  });
  afterEach(() => fixtureCleanup());

  it('shows the 2D front/back drawing with one warning and no errors', async () => {
    const con = captureConsole();
    try {
      const el = await renderMap();
      expect(el.renderStats.mode).to.equal('flat');
      expect(el.renderStats.contexts).to.equal(0);
      const svgs = $$(el, '.chart svg');
      expect(svgs).to.have.length(2);
      expect(svgs[0].getAttribute('aria-label')).to.contain('Front');
      expect(svgs[0].querySelector('path.body')!.getAttribute('d')!.length, 'outline of the figure').to.be.greaterThan(2000);
      expect(svgs[1].querySelectorAll('.landmark').length, 'landmarks (spine, shoulder blades, iliac crest) on the back').to.be.at.least(8);
      // the belly has a navel (on the midline) and the two ASIS points, so a front chart of the trunk has a place
      const ovals = Array.from(svgs[0].querySelectorAll('ellipse.landmark'), (e) => [Number(e.getAttribute('cx')), Number(e.getAttribute('cy'))]);
      const navel = ovals.filter(([, cy]) => cy === -1060);
      expect(navel, 'navel').to.have.length(1);
      const asis = ovals.filter(([, cy]) => cy === -960).map(([cx]) => cx - navel[0][0]);
      expect(asis.sort((a, b) => a - b), 'both ASIS, either side of the navel').to.deep.equal([-115, 115]);
      // with no muscle chosen, every muscle's X is already on the chart
      const xs = $$(el, '.chart .x');
      expect(new Set(xs.map((x) => x.getAttribute('data-muscle'))).size, 'X marks of most muscles before any choice').to.be.at.least(18);
      expect($<HTMLCanvasElement>(el, 'canvas.main').hidden).to.equal(true);
      const mine = con.warnings.filter((w) => w.startsWith('[pt-trigger-point-map]'));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain('WebGL');
      expect(con.errors).to.deep.equal([]);
      await expectAxeClean(el, 'fallback initial');
    } finally {
      con.restore();
    }
  });

  it('draws the chosen muscle: solid essential zone, dotted spillover zone and X marks', async () => {
    const el = await renderMap();
    const button = $<HTMLButtonElement>(el, 'button[data-muscle="gluteus-minimus"]');
    button.focus();
    const ev = oneEvent(el, 'pt-muscle-select');
    await sendKeys({ press: 'Enter' });
    expect((await ev).detail.muscle).to.equal('gluteus-minimus');
    await el.updateComplete;
    const back = $$(el, '.chart svg')[1];
    expect(back.querySelectorAll('path.essential').length, 'essential zone drawn on the back').to.be.at.least(1);
    expect(back.querySelectorAll('.x.chosen').length, 'its X marks').to.be.at.least(1);
    expect($$(el, '.chart .muscle.deep .muscle-edge').length, 'a deep muscle drawn dashed').to.be.at.least(1);
    expect($$(el, '.chart figure.side').length, 'a side drawing for a chart that uses one').to.equal(1);
    expect($(el, '#panel-heading').textContent).to.contain('buttock');
    await expectAxeClean(el, 'fallback with muscle');
  });

  it('"Where does it hurt?" works from the list and from a click on the drawing', async () => {
    const el = await renderMap('pain-area="outer-elbow"');
    const ids = $$(el, '.results button').map((b) => b.dataset.result);
    expect(ids).to.include.members(['wrist-extensors', 'supraspinatus']);
    expect(ids.indexOf('wrist-extensors'), 'essential before spillover').to.be.lessThan(ids.indexOf('supraspinatus'));
    expect($$(el, 'path.area').length).to.be.greaterThan(0);

    const back = $$(el, '.chart svg')[1] as unknown as SVGSVGElement;
    // the middle of the buttocks in the back drawing
    const m = back.getScreenCTM()!;
    const p = new DOMPoint(60, -860).matrixTransform(m);
    const ev = oneEvent(el, 'pt-area-select');
    back.dispatchEvent(new MouseEvent('click', { clientX: p.x, clientY: p.y, bubbles: true }));
    const { detail } = await ev;
    expect(detail.area).to.equal('buttock');
    expect(detail.muscles.map((x: { id: string }) => x.id)).to.include('piriformis');
    await expectAxeClean(el, 'fallback with area');
  });

  it('is axe-clean in dark theme (2D drawing with a muscle, then an area)', async () => {
    const el = await renderMap('theme="dark" muscle="gluteus-minimus"');
    expect(el.renderStats.mode).to.equal('flat');
    expect($$(el, '.chart path.essential').length).to.be.greaterThan(0);
    await expectAxeClean(el, 'fallback dark, muscle');
    el.removeAttribute('muscle');
    el.setAttribute('pain-area', 'buttock');
    await el.updateComplete;
    await expectAxeClean(el, 'fallback dark, area');
  });

  it('every one of the 22 muscles: its outline, an X and its essential zone are in the drawing together', async () => {
    const el = await renderMap();
    for (const id of muscleIds) {
      el.setAttribute('muscle', id);
      await el.updateComplete;
      const drawings = $$(el, '.chart svg');
      const withX = drawings.filter((d) => d.querySelector(`.x.chosen[data-muscle="${id}"]`));
      expect(withX.length, `${id}: a drawing with its X`).to.be.at.least(1);
      expect($$(el, '.chart path.essential').length, `${id}: essential zone`).to.be.at.least(1);
      expect($$(el, '.chart .muscle-edge').length, `${id}: muscle outline`).to.be.at.least(1);
      // the X sits inside the framed drawing
      const svg = withX[0] as unknown as SVGSVGElement;
      const box = svg.getBoundingClientRect();
      const x = svg.querySelector(`.x.chosen[data-muscle="${id}"]`)!.getBoundingClientRect();
      expect(x.left >= box.left - 1 && x.right <= box.right + 1 && x.top >= box.top - 1 && x.bottom <= box.bottom + 1, `${id}: X inside its drawing`).to.equal(true);
      // only the chosen muscle's X's, as the charts draw them
      expect($$(el, `.chart .x:not(.chosen)`), `${id}: no other muscle's X`).to.have.length(0);
    }
    const toggle = $<HTMLInputElement>(el, '.show-all input');
    toggle.click();
    await el.updateComplete;
    expect(el.getAttribute('markers')).to.equal('all');
    expect($$(el, '.chart .x.receded').length, 'the others, receded, with "Show all" on').to.be.greaterThan(0);
  });
});
