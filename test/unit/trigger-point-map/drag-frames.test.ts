// A drag's frames are drawn cheaper while they come slowly (scene/shared-renderer.ts DRAG_STEPS) and
// the coarser drag body carries the chart of the full body (scene/drag-body.ts).
import { expect } from '@open-wc/testing';
import { DRAG_STEPS, nextDragStep } from '../../../src/widgets/trigger-point-map/scene/shared-renderer.js';
import { gatherMarks, nearestVertices } from '../../../src/widgets/trigger-point-map/scene/drag-body.js';
import { meshField } from '../../../src/widgets/trigger-point-map/body/mesher.js';
import { bodyField, bodyMesh, COARSE_CELL } from '../../../src/widgets/trigger-point-map/body/places.js';
import { FIGURE_BOX } from '../../../src/widgets/trigger-point-map/body/figure.js';

describe('drag frames of the trigger-point map', () => {
  it('step down while frames come slowly, up while quickly, and stay between drags', () => {
    expect(DRAG_STEPS[0], 'first the full body at full resolution').to.deep.equal({ coarse: false, scale: 1 });
    expect(nextDragStep(0, 80), 'a little too slow: one step').to.equal(1);
    expect(nextDragStep(0, 150), 'twice too slow or more: two steps').to.equal(2);
    let step = 0;
    for (let i = 0; i < 10; i++) step = nextDragStep(step, 150); // software WebGL: ~150 ms a frame
    expect(step, 'slow frames: the cheapest step').to.equal(DRAG_STEPS.length - 1);
    expect(nextDragStep(step, 2000), 'a new drag keeps what was learnt').to.equal(step);
    expect(nextDragStep(step, 50), 'between the thresholds: no change').to.equal(step);
    for (let i = 0; i < 10; i++) step = nextDragStep(step, 16); // a GPU: 60 frames a second
    expect(step, 'fast frames: back to the full body').to.equal(0);
    // each step is cheaper than the one before: the coarse body first, then fewer pixels
    for (let i = 1; i < DRAG_STEPS.length; i++) {
      const [a, b] = [DRAG_STEPS[i - 1], DRAG_STEPS[i]];
      expect(b.scale < a.scale || (b.coarse && !a.coarse), `step ${i}`).to.equal(true);
    }
  });

  it('the drag body is the same surface with about a quarter of the triangles, and takes each mark from the nearest full-body vertex', () => {
    const fine = bodyMesh();
    const coarse = meshField(bodyField(), { cell: COARSE_CELL, box: FIGURE_BOX });
    expect(coarse.triangleCount).to.be.within(fine.triangleCount * 0.15, fine.triangleCount * 0.35);
    const nearest = nearestVertices(coarse, fine, COARSE_CELL);
    let worst = 0;
    for (let v = 0; v < coarse.vertexCount; v++) {
      const i = nearest[v];
      const d = Math.hypot(fine.positions[i * 3] - coarse.positions[v * 3], fine.positions[i * 3 + 1] - coarse.positions[v * 3 + 1], fine.positions[i * 3 + 2] - coarse.positions[v * 3 + 2]);
      worst = Math.max(worst, d);
    }
    expect(worst, 'every drag-body vertex has a full-body vertex within a centimetre').to.be.below(0.01);
    // marks follow: a mark painted on the left hand of the full body shows on the drag body's left hand
    const marks = new Uint8Array(fine.vertexCount * 4);
    for (let i = 0; i < fine.vertexCount; i++) if (fine.positions[i * 3] > 0.2 && fine.positions[i * 3 + 1] < 0.9) marks[i * 4 + 2] = 200;
    const out = new Uint8Array(coarse.vertexCount * 4);
    gatherMarks(nearest, marks, out);
    for (let v = 0; v < coarse.vertexCount; v++) {
      const x = coarse.positions[v * 3], y = coarse.positions[v * 3 + 1];
      if (x > 0.21 && y < 0.89) expect(out[v * 4 + 2], `vertex ${v} on the hand`).to.equal(200);
      if (x < 0.19 || y > 0.91) expect(out[v * 4 + 2], `vertex ${v} off the hand`).to.equal(0);
    }
  });
});
