// The 2D chart's layout: when three drawings share the width and the chosen muscle's X's would crowd
// in the drawing that has most of them, that drawing is drawn twice as wide with larger X's.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { fillRow, renderDrawings } from '../../../src/widgets/trigger-point-map/flat-chart.js';
import { mapStyles } from '../../../src/widgets/trigger-point-map/styles.js';
import { mergeMuscles } from '../../../src/widgets/trigger-point-map/map-content.js';
import { pointOnBody } from '../../../src/widgets/trigger-point-map/body/places.js';
import type { BodyMarker } from '../../../src/widgets/trigger-point-map/marker-layout.js';

const muscles = mergeMuscles(undefined, undefined).list;

/** The chosen muscle's trigger points as the map places them (each seen in the view it is charted in). */
function markersOf(id: string): BodyMarker[] {
  const m = muscles.find((x) => x.id === id)!;
  return m.chart.points.map((p, i) => {
    const sp = pointOnBody(p.view, p.at)!;
    return { key: `${id}|${i}`, muscle: id, point: sp.point, normal: sp.normal, seen: { [p.view]: [p.at[0], p.at[1]] }, also: {} };
  });
}

function draw(id: string): HTMLElement {
  const host = document.createElement('div');
  host.className = 'chart';
  host.style.width = '373px';
  document.body.append(host);
  render(
    renderDrawings({ muscle: muscles.find((x) => x.id === id), markers: markersOf(id), showAll: false, viewName: (v) => v, label: (v) => v, onClick: () => {} }),
    host,
  );
  return host;
}

/** Half the drawn X (chart mm) of the first chosen X in a drawing. */
const xHalfMm = (fig: Element) => Math.abs(Number(/M(-?\d+)/.exec(fig.querySelector('.x.chosen path')!.getAttribute('d')!)![1]));

describe('the 2D chart layout', () => {
  afterEach(() => document.querySelectorAll('div.chart').forEach((d) => d.remove()));

  it('draws the side drawing of the sternocleidomastoid (six X’s) twice as wide, the others small', () => {
    const host = draw('sternocleidomastoid');
    const figs = Array.from(host.querySelectorAll('figure'));
    expect(figs.map((f) => f.classList.contains('big'))).to.deep.equal([false, false, true]);
    expect(host.querySelector('figure.big')!.classList.contains('side')).to.equal(true);
    expect(host.querySelectorAll('figure.big .x.chosen').length).to.equal(6);
  });

  it('gives the big drawing larger X’s than it would have at one column', () => {
    const host = draw('infraspinatus');
    const big = host.querySelector('figure.big')!;
    expect(big.classList.contains('back'), 'the back drawing, with the three X’s').to.equal(true);
    // the X's are sized in screen pixels: in the big drawing's chart millimetres they stay a good part of the gap between them
    const xs = Array.from(big.querySelectorAll('.x.chosen')).map((g) => /translate\((-?\d+) (-?\d+)\)/.exec(g.getAttribute('transform')!)!.slice(1).map(Number));
    let near = Infinity;
    for (const a of xs) for (const b of xs) if (a !== b) near = Math.min(near, Math.hypot(a[0] - b[0], a[1] - b[1]));
    expect(xHalfMm(big) * 2, 'X size against the nearest two X’s distance (mm)').to.be.below(near * 0.8);
    expect(xHalfMm(big), 'half an X in mm').to.be.at.least(8);
  });

  it('keeps one drawing per column when the X’s do not crowd (soleus: two drawings)', () => {
    const host = draw('soleus');
    expect(host.querySelectorAll('figure.big').length).to.equal(0);
  });

  it('draws drawings side by side as tall as the tallest (PT review 8: soleus’s side drawing runs hip to heel, no empty area under it)', () => {
    const host = draw('soleus');
    const box = (v: string) => host.querySelector(`figure.${v} svg`)!.getAttribute('viewBox')!.split(' ').map(Number);
    const [, by] = box('back'), [, sy, , sh] = box('side');
    expect(-(sy + sh), 'the side drawing still reaches the floor').to.be.at.most(0);
    expect(-sy, 'and now shows the thigh above the knee (v 500)').to.be.above(700);
    expect(-by, 'the back drawing is as before: from above the buttocks').to.be.above(900);
    // on the page, with the map's own styles (two columns, drawings at most 30rem tall): the same height
    const sheets = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...sheets, ...mapStyles.map((c) => c.styleSheet!)];
    try {
      const h = ['back', 'side'].map((v) => host.querySelector(`figure.${v} svg`)!.getBoundingClientRect().height);
      expect(h[0], 'drawn tall (px)').to.be.above(300);
      expect(Math.abs(h[0] - h[1]), 'the two drawings the same height on the page (px)').to.be.below(3);
    } finally {
      document.adoptedStyleSheets = sheets;
    }
  });

  it('fills a row without shrinking a drawing, moving its frame or leaving the figure', () => {
    const frames = [[-200, 0, 200, 1200], [-100, 300, 100, 500], undefined, [-150, -20, 150, 100]] as const;
    const out = fillRow(frames, ['back', 'side', 'front', 'side']);
    expect(out[0], 'the tallest as it was').to.deep.equal(frames[0]);
    expect(out[2], 'no frame: none').to.equal(undefined);
    for (const i of [1, 3]) {
      const f = out[i]!, was = frames[i]!;
      expect([f[0], f[2]], 'same width').to.deep.equal([was[0], was[2]]);
      expect((f[3] - f[1]) / (f[2] - f[0]), 'as tall for its width as the tallest').to.be.closeTo(1200 / 400, 1e-9);
      expect(f[1] <= was[1] && f[3] >= was[3], 'grown, holding what it framed').to.equal(true);
      expect(f[1], 'inside the figure').to.be.at.least(-20);
    }
    // at the floor it grows upward only
    expect(out[3]![1]).to.equal(-20);
    // never taller than the 30rem cap allows (480 px at 360 / n px wide): 4 drawings, 480 × 4 / 360 = 5.33
    const capped = fillRow([[-50, 0, 50, 1700], [-100, 600, 100, 800]], ['side', 'side']);
    expect((capped[1]![3] - capped[1]![1]) / 200, 'capped').to.be.at.most((480 * 2) / 360 + 1e-9);
  });

  it('frames a front drawing whose zone runs down to the hand on the whole hand (infraspinatus: spillover to the hand, fingertips at v 675)', () => {
    const host = draw('infraspinatus');
    const [, y, , h] = host.querySelector('figure.front svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    // the viewBox is in drawing coordinates (y = -v): its bottom edge is the lowest height drawn
    expect(-(y + h), 'lowest v in the front drawing').to.be.at.most(650);
  });

  it('draws both SCM heads in the front drawing up past the angle of the jaw to behind the ear', () => {
    const host = draw('sternocleidomastoid');
    const edges = Array.from(host.querySelectorAll('figure.front .muscle-edge'));
    expect(edges.length, 'two heads').to.equal(2);
    for (const e of edges) {
      const ys = (e.getAttribute('d')!.match(/-?\d+/g) ?? []).map(Number).filter((_, i) => i % 2 === 1);
      expect(-Math.min(...ys), 'highest v of a head').to.be.at.least(1585);
    }
  });
});
