import { expect } from '@open-wc/testing';
import { pathLength, pointAt } from '../../../src/widgets/gate-control/path-geometry.js';
import { TRACKS } from '../../../src/widgets/gate-control/diagram.js';
import { arrowCount } from '../../../src/widgets/gate-control/still-arrows.js';

describe('path geometry (still arrows)', () => {
  it('measures straight runs exactly and follows their direction', () => {
    expect(pathLength('M 0 0 L 30 40')).to.be.closeTo(50, 1e-9);
    const mid = pointAt('M 0 0 L 100 0 L 100 100', 0.75);
    expect(mid.x).to.be.closeTo(100, 1e-9);
    expect(mid.y).to.be.closeTo(50, 1e-9);
    expect(mid.angle).to.be.closeTo(90, 1e-9);
  });

  it('starts and ends every track where the drawing does', () => {
    const [start, end] = [pointAt(TRACKS.abeta, 0), pointAt(TRACKS.abeta, 1)];
    expect([start.x, start.y, end.x, end.y].map((v) => Math.round(v * 1000) / 1000)).to.deep.equal([108, 262, 474, 384]);
    const up = pointAt(TRACKS.ascending, 0.2);
    expect(up.angle).to.be.closeTo(-90, 1); // the ascending path goes up
  });

  it('places every still arrow on its track as drawn, pointing along it (in every engine the widget runs in)', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 960 600');
    document.body.append(svg);
    try {
      for (const d of Object.values(TRACKS)) {
        const drawn = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        drawn.setAttribute('d', d);
        svg.append(drawn);
        const length = drawn.getTotalLength();
        for (let n = 1; n <= 6; n++) {
          for (let i = 0; i < n; i++) {
            const f = (i + 0.6) / (n + 0.2);
            const p = pointAt(d, f);
            const on = drawn.getPointAtLength(f * length);
            expect(Math.hypot(p.x - on.x, p.y - on.y), `${d} at ${i}/${n}`).to.be.below(0.01);
            // the direction of travel: towards the drawn path's point 3 units further on
            const ahead = drawn.getPointAtLength(f * length + 3);
            expect(p.angle, `${d} direction at ${i}/${n}`).to.be.closeTo((Math.atan2(ahead.y - on.y, ahead.x - on.x) * 180) / Math.PI, 2);
          }
        }
      }
    } finally {
      svg.remove();
    }
  });

  it('arrow count grows with rate, is 0 at rest and capped', () => {
    expect(arrowCount(0)).to.equal(0);
    expect(arrowCount(1)).to.be.below(arrowCount(3));
    expect(arrowCount(100)).to.equal(6);
  });
});
