// The generated figure and its anatomy: every trigger point sits on the mesh surface (not buried
// in another part), every named area and every referral zone covers real vertices on both sides.
import { expect } from '@open-wc/testing';
import { buildBody, closestOnMesh, insideOtherPart, vertex, vertexNormal, analyticPoint, partIndex, distance, type Vec3 } from '../../../src/widgets/trigger-point-map/body/body-model.js';
import { areaVertices, areaBlobs, nearestArea, triggerPointSpecs, triggerSpots, zoneValues, spotsFor } from '../../../src/widgets/trigger-point-map/body/anatomy.js';
import { silhouettePaths } from '../../../src/widgets/trigger-point-map/body/projection.js';
import { muscles, muscleIds } from '../../../src/content/trigger-points.js';
import { bodyAreaIds } from '../../../src/content/body-areas.js';

const MM = 0.001;

describe('trigger-point map body model', () => {
  const mesh = buildBody();

  it('is a mid-sized mesh of plausible human proportions', () => {
    expect(mesh.triangleCount).to.be.within(10_000, 30_000);
    let minY = Infinity, maxY = -Infinity, maxX = 0;
    for (let i = 0; i < mesh.vertexCount; i++) {
      const [x, y] = vertex(mesh, i);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      maxX = Math.max(maxX, Math.abs(x));
    }
    expect(maxY - minY, 'height in metres').to.be.within(1.6, 1.9);
    expect(minY).to.be.within(-0.01, 0.02);
    expect(maxX * 2, 'width with arms').to.be.within(0.5, 0.8);
    for (const v of [...mesh.positions, ...mesh.normals]) if (!Number.isFinite(v)) throw new Error('non-finite value in mesh');
  });

  it('has outward-facing unit normals on every part', () => {
    for (const part of mesh.parts) {
      const c: Vec3 = [0, 0, 0];
      for (let i = part.vertexStart; i < part.vertexStart + part.vertexCount; i++) for (let k = 0; k < 3; k++) c[k] += mesh.positions[i * 3 + k] / part.vertexCount;
      let outward = 0;
      for (let i = part.vertexStart; i < part.vertexStart + part.vertexCount; i++) {
        const v = vertex(mesh, i), n = vertexNormal(mesh, i);
        expect(Math.hypot(...n)).to.be.closeTo(1, 1e-3);
        if ((v[0] - c[0]) * n[0] + (v[1] - c[1]) * n[1] + (v[2] - c[2]) * n[2] > 0) outward++;
      }
      expect(outward / part.vertexCount, `${part.side} ${part.name}`).to.be.greaterThan(0.95);
    }
  });

  it('has a trigger-point spot on the body surface for every one of the 22 muscles, both sides', () => {
    expect(Object.keys(triggerPointSpecs).sort()).to.deep.equal([...muscleIds].sort());
    for (const id of muscleIds) {
      const spots = triggerSpots(triggerPointSpecs[id]);
      expect(spots.length, id).to.be.at.least(2);
      expect(new Set(spots.map((s) => s.side)), id).to.deep.equal(new Set(['left', 'right']));
      for (const s of spots) {
        // the snapped spot is where the anatomy table put it (within 5 mm of the analytic surface point)
        const spec = triggerPointSpecs[id][0];
        const own = partIndex(mesh, spec.part, 'left') >= 0 ? partIndex(mesh, spec.part, 'left') : partIndex(mesh, spec.part, 'center');
        const a = analyticPoint(mesh.parts[own].def, spec.t, spec.a);
        const intended: Vec3 = s.side === 'right' ? [-a[0], a[1], a[2]] : a;
        expect(distance(s.point, intended), `${id} ${s.side}: snapped far from its place`).to.be.lessThan(0.005);
        const d = closestOnMesh(mesh, s.point).distance;
        expect(d, `${id} ${s.side}: distance to mesh`).to.be.lessThan(MM);
        expect(insideOtherPart(mesh, s.point, s.part), `${id} ${s.side}: buried inside another part`).to.equal(false);
      }
    }
  });

  it('places every named area on both sides with enough vertices, and finds it again by position', () => {
    for (const area of bodyAreaIds) {
      const verts = areaVertices(area);
      const left = Array.from(verts).filter((i) => mesh.positions[i * 3] > 0.001).length;
      const right = Array.from(verts).filter((i) => mesh.positions[i * 3] < -0.001).length;
      expect(left, `${area} left`).to.be.at.least(8);
      expect(right, `${area} right`).to.be.at.least(8);
    }
    for (const blob of areaBlobs()) expect(nearestArea(blob.point), `nearest area at the ${blob.side} ${blob.area}`).to.equal(blob.area);
  });

  it('gives every muscle a non-empty essential zone and, when listed, a non-empty spillover zone', () => {
    for (const m of muscles) {
      const z = zoneValues(m.essential, m.spillover);
      const ess = z.filter((v) => v === 2).length;
      const spill = z.filter((v) => v === 1).length;
      expect(ess, `${m.id} essential`).to.be.at.least(20);
      if (m.spillover.length) expect(spill, `${m.id} spillover`).to.be.at.least(10);
    }
  });

  it('snaps a custom spot (as a clinic config gives it) onto the surface', () => {
    for (const s of spotsFor({ part: 'thigh', t: 0.3, a: 45 })) expect(closestOnMesh(mesh, s.point).distance).to.be.lessThan(MM);
  });

  it('draws a flat silhouette for the 2D fallback', () => {
    for (const v of ['front', 'back'] as const) {
      const paths = silhouettePaths(v);
      expect(paths.length).to.be.greaterThan(50);
      for (const d of paths) expect(d).to.match(/^M-?\d+ -?\d+(L-?\d+ -?\d+)+Z$/);
    }
  });
});
