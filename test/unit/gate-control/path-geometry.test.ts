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
    expect(pointAt(TRACKS.abeta, 0)).to.include({ x: 108, y: 262 });
    expect(pointAt(TRACKS.abeta, 1)).to.include({ x: 474, y: 384 });
    const up = pointAt(TRACKS.ascending, 0.2);
    expect(up.angle).to.be.closeTo(-90, 1); // the ascending path goes up
  });

  it('arrow count grows with rate, is 0 at rest and capped', () => {
    expect(arrowCount(0)).to.equal(0);
    expect(arrowCount(1)).to.be.below(arrowCount(3));
    expect(arrowCount(100)).to.equal(6);
  });
});
