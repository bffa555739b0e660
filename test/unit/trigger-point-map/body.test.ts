// The generated figure: one closed surface of adult proportions with 16-bit indices, landmarks
// where patients look for them, and chart points that land on the skin.
import { expect } from '@open-wc/testing';
import { bodyMesh, bodyField, pointOnBody, seenIn, nearestArea, nearestAreaInView, MESH_CELL } from '../../../src/widgets/trigger-point-map/body/places.js';
import { meshBlocks, meshField } from '../../../src/widgets/trigger-point-map/body/mesher.js';
import { FIGURE_BOX } from '../../../src/widgets/trigger-point-map/body/figure.js';
import { silhouetteLoops, silhouettePath } from '../../../src/widgets/trigger-point-map/body/silhouette.js';
import { areaSpots } from '../../../src/content/trigger-point-chart/index.js';
import { bodyAreaIds } from '../../../src/content/body-areas.js';

describe('trigger-point map body', () => {
  const mesh = bodyMesh();
  const field = bodyField();

  it('is one mesh of adult proportions that fits 16-bit indices', () => {
    expect(mesh.vertexCount).to.be.within(10_000, 65_535);
    expect(mesh.indices).to.be.instanceOf(Uint16Array);
    let minY = Infinity, maxY = -Infinity, maxX = 0;
    for (let i = 0; i < mesh.vertexCount; i++) {
      minY = Math.min(minY, mesh.positions[i * 3 + 1]);
      maxY = Math.max(maxY, mesh.positions[i * 3 + 1]);
      maxX = Math.max(maxX, Math.abs(mesh.positions[i * 3]));
    }
    expect(maxY - minY, 'height in metres').to.be.within(1.68, 1.8);
    expect(maxX * 2, 'width with arms').to.be.within(0.5, 0.7);
  });

  it('is closed and seamless: every edge is shared by exactly two triangles', () => {
    const edges = new Map<number, number>();
    const I = mesh.indices;
    for (let t = 0; t < I.length; t += 3) {
      for (let k = 0; k < 3; k++) {
        const a = I[t + k], b = I[t + ((k + 1) % 3)];
        const key = Math.min(a, b) * 65536 + Math.max(a, b);
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    let open = 0;
    for (const n of edges.values()) if (n !== 2) open++;
    // surface nets leaves a handful of non-manifold corners where thin parts touch; no open seams
    expect(open / edges.size, 'share of edges not shared by two triangles').to.be.below(0.002);
  });

  it('has outward normals: triangles wind the same way as the field grows', () => {
    const P = mesh.positions, I = mesh.indices;
    let agree = 0;
    for (let t = 0; t < I.length; t += 3) {
      const a = I[t] * 3, b = I[t + 1] * 3, c = I[t + 2] * 3;
      const e1 = [P[b] - P[a], P[b + 1] - P[a + 1], P[b + 2] - P[a + 2]];
      const e2 = [P[c] - P[a], P[c + 1] - P[a + 1], P[c + 2] - P[a + 2]];
      const n = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]];
      if (n[0] * mesh.normals[a] + n[1] * mesh.normals[a + 1] + n[2] * mesh.normals[a + 2] > 0) agree++;
    }
    expect(agree / (I.length / 3)).to.be.greaterThan(0.98);
  });

  it('shows the landmarks: a face (nose ahead of the eyes), shoulder blades and kneecaps stand out', () => {
    const front = (u: number, v: number) => pointOnBody('front', [u, v])!.point[2];
    expect(front(0, 1600), 'nose tip').to.be.greaterThan(front(30, 1634) + 0.02);
    const back = (u: number, v: number) => pointOnBody('back', [u, v])!.point[2];
    expect(back(100, 1360), 'spine of the shoulder blade').to.be.lessThan(back(100, 1400) - 0.002);
    expect(back(0, 1200), 'groove over the spine').to.be.greaterThan(back(30, 1200));
    expect(front(90, 505), 'kneecap').to.be.greaterThan(front(90, 455) + 0.003);
  });

  it('puts chart points on the skin and finds each named area again from its place', () => {
    for (const id of bodyAreaIds) {
      const spot = areaSpots[id];
      expect(spot, `${id} has a place on the chart`).to.not.equal(undefined);
      const sp = pointOnBody(spot.view, spot.at);
      expect(sp, `${id} lands on the body`).to.not.equal(undefined);
      expect(Math.abs(field.at(...sp!.point)), `${id} on the surface`).to.be.below(0.001);
      expect(seenIn(sp!, spot.view, -0.15), `${id} seen in its own view`).to.not.equal(undefined);
      expect(nearestArea(sp!.point, sp!.normal), `tap on ${id}`).to.equal(id);
      expect(nearestAreaInView(spot.view, spot.at[0], spot.at[1]), `click on ${id} in the drawing`).to.equal(id);
    }
  });

  it('traces the 2D outline of the figure in each view', () => {
    for (const view of ['front', 'back', 'side'] as const) {
      const loops = silhouetteLoops(view);
      const longest = Math.max(...loops.map((l) => l.length));
      expect(longest, `${view} outline`).to.be.greaterThan(400);
      expect(silhouettePath(view)).to.match(/^M-?\d+ -?\d+(L-?\d+ -?\d+)+Z/);
    }
  });

  describe('fast build', () => {
    const options = { cell: MESH_CELL, box: FIGURE_BOX };

    it('evaluates the same field as every primitive at every point, near the surface', () => {
      // the mesher's blocks list only the primitives that can matter; a dropped one shows up here
      const blocks = meshBlocks(field, options);
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      let worst = 0, checked = 0;
      for (let n = 0; n < 4000; n++) {
        const q = Math.floor(random() * mesh.vertexCount) * 3;
        const x = mesh.positions[q] + (random() - 0.5) * 0.04, y = mesh.positions[q + 1] + (random() - 0.5) * 0.04, z = mesh.positions[q + 2] + (random() - 0.5) * 0.04;
        const brute = field.bruteAt(x, y, z);
        if (Math.abs(brute) > 0.02) continue;
        worst = Math.max(worst, Math.abs(blocks.at(x, y, z) - brute));
        checked++;
      }
      expect(checked, 'points within 2 cm of the surface').to.be.greaterThan(2500);
      expect(worst, 'largest difference (m)').to.be.below(1e-4);
    });

    it('takes normals from the exact gradient of the field (checked against finite differences)', () => {
      const all = Array.from({ length: field.count }, (_, i) => i);
      const g = new Float64Array(3);
      let seed = 11;
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      let worst = 0;
      const e = 1e-6;
      for (let n = 0; n < 2000; n++) {
        const q = Math.floor(random() * mesh.vertexCount) * 3;
        const x = mesh.positions[q] + (random() - 0.5) * 0.01, y = mesh.positions[q + 1] + (random() - 0.5) * 0.01, z = mesh.positions[q + 2] + (random() - 0.5) * 0.01;
        const d = field.gradient(x, y, z, all, 0, all.length, g);
        expect(d).to.equal(field.at(x, y, z));
        const fx = (field.at(x + e, y, z) - field.at(x - e, y, z)) / (2 * e);
        const fy = (field.at(x, y + e, z) - field.at(x, y - e, z)) / (2 * e);
        const fz = (field.at(x, y, z + e) - field.at(x, y, z - e)) / (2 * e);
        worst = Math.max(worst, Math.hypot(fx - g[0], fy - g[1], fz - g[2]));
      }
      expect(worst, 'largest gradient error').to.be.below(1e-4);
      // and the mesh's normals are that gradient, normalised, at the vertex before its last step
      let agree = 0;
      for (let v = 0; v < mesh.vertexCount; v++) {
        field.gradient(mesh.positions[v * 3], mesh.positions[v * 3 + 1], mesh.positions[v * 3 + 2], all, 0, all.length, g);
        const l = Math.hypot(g[0], g[1], g[2]);
        if ((g[0] * mesh.normals[v * 3] + g[1] * mesh.normals[v * 3 + 1] + g[2] * mesh.normals[v * 3 + 2]) / l > 0.99) agree++;
      }
      expect(agree / mesh.vertexCount, 'normals along the gradient').to.be.greaterThan(0.99);
    });

    // On a grid twice as coarse (the drag body's; an eighth of the points, so the slow reference stays quick):
    // the blocks and near-surface skips are the same code at any cell size.
    it('meshes the same surface as sampling every grid point from every primitive', () => {
      const coarse = { ...options, cell: options.cell * 2 };
      const fast = meshField(field, coarse);
      const brute = meshField(field, { ...coarse, brute: true });
      expect(Math.abs(fast.vertexCount - brute.vertexCount) / brute.vertexCount, `${fast.vertexCount} vertices, brute force ${brute.vertexCount}`).to.be.below(0.01);
      expect(Math.abs(fast.triangleCount - brute.triangleCount) / brute.triangleCount, 'triangles').to.be.below(0.01);
    });
  });
});
