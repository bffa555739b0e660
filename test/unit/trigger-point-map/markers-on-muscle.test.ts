// Every trigger point's X sits on its muscle as the 3D body paints it (PT review 8, fix 1: the SCM's low
// sternal point, charted from the side, fell in the hollow between the heads, 15 px below the muscle).
import { expect } from '@open-wc/testing';
import { placeBodyMarkers } from '../../../src/widgets/trigger-point-map/marker-layout.js';
import { mergeMuscles } from '../../../src/widgets/trigger-point-map/map-content.js';
import { bodyMesh } from '../../../src/widgets/trigger-point-map/body/places.js';
import { muscleLayers, paintVertices } from '../../../src/widgets/trigger-point-map/body/chart-layers.js';

/** How far (mm) an X may be from the nearest vertex painted inside its muscle's outline (the mesh's vertices are 1 cm apart). */
const REACH_MM = 8;
/**
 * Known exception, not yet fixed: the SCM's front-drawing X on the middle of the sternal head sits 13 mm
 * from the head's 3D paint, which is thin there (PT review 8, fix 4: the sternal head's paint).
 */
const KNOWN_OFF = new Set(['sternocleidomastoid|also0']);

describe('trigger-point X\'s on their muscle in 3D', () => {
  it('puts every X of every muscle within 8 mm of its muscle\'s paint (one listed exception)', function () {
    this.timeout(60000);
    const mesh = bodyMesh();
    const P = mesh.positions;
    const off: string[] = [];
    let checked = 0;
    for (const m of mergeMuscles(undefined, undefined).list) {
      const marks = new Uint8Array(mesh.vertexCount * 4);
      paintVertices(mesh, muscleLayers(m.chart).outline, marks, 2, mesh.arm);
      for (const x of placeBodyMarkers([m])) {
        checked++;
        let nearest = Infinity;
        for (let v = 0; v < mesh.vertexCount; v++) {
          if (marks[v * 4 + 2] <= 128) continue;
          nearest = Math.min(nearest, Math.hypot(P[v * 3] - x.point[0], P[v * 3 + 1] - x.point[1], P[v * 3 + 2] - x.point[2]));
        }
        if (nearest * 1000 > REACH_MM && !KNOWN_OFF.has(x.key)) off.push(`${x.key} ${(nearest * 1000).toFixed(1)} mm`);
      }
    }
    expect(checked, 'X\'s checked').to.be.above(50);
    expect(off, 'X\'s off their muscle').to.deep.equal([]);
  });
});
