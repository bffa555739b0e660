// The 2D chart's layout: when three drawings share the width and the chosen muscle's X's would crowd
// in the drawing that has most of them, that drawing is drawn twice as wide with larger X's.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderDrawings } from '../../../src/widgets/trigger-point-map/flat-chart.js';
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
