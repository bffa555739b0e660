// Painting the chart onto the 3D body: each shape's stray islands are dropped (the main shape
// stays), a muscle's two heads keep their own edges, and a shape cut where the body turns away from
// its view ends smoothly instead of in a jump to unpainted.
import { expect } from '@open-wc/testing';
import { dropFragments, fillHoles, smoothEdges, paintVertices, muscleLayers, neighbours, extentRows, outline, MARK_SCALE, type Outline } from '../../../src/widgets/trigger-point-map/body/chart-layers.js';
import { bodyMesh } from '../../../src/widgets/trigger-point-map/body/places.js';
import { muscleCharts } from '../../../src/content/trigger-point-chart/index.js';
import type { BodyMesh } from '../../../src/widgets/trigger-point-map/body/mesher.js';

/** A flat n × n grid of vertices 1 cm apart facing the front (+z), two triangles per square. */
function grid(n: number): BodyMesh {
  const positions = new Float32Array(n * n * 3), normals = new Float32Array(n * n * 3);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      positions.set([i * 0.01, 1 + j * 0.01, 0], (j * n + i) * 3);
      normals.set([0, 0, 1], (j * n + i) * 3);
    }
  }
  const idx: number[] = [];
  for (let j = 0; j < n - 1; j++) {
    for (let i = 0; i < n - 1; i++) {
      const a = j * n + i;
      idx.push(a, a + 1, a + n + 1, a, a + n + 1, a + n);
    }
  }
  const indices = Uint16Array.from(idx);
  return { positions, normals, indices, arm: new Uint8Array(n * n), vertexCount: n * n, triangleCount: indices.length / 3 };
}

describe('painting the chart onto the 3D body', () => {
  it('drops a small painted island that is not connected to the main shape and keeps the main shape', () => {
    const n = 20, mesh = grid(n);
    const vals = new Uint8Array(n * n);
    const at = (i: number, j: number) => j * n + i;
    // the main shape: a 8 x 8 block; an island of two vertices far from it; a one-vertex speck touching nothing
    for (let j = 2; j < 10; j++) for (let i = 2; i < 10; i++) vals[at(i, j)] = 200;
    vals[at(15, 15)] = vals[at(16, 15)] = 180;
    vals[at(2, 17)] = 130;
    // unpainted neighbours of the island stay outside
    vals[at(14, 15)] = 90;
    const touched = Array.from(vals.keys()).filter((i) => vals[i] > 0);
    dropFragments(mesh, vals, touched);
    expect(vals[at(15, 15)], 'island').to.equal(0);
    expect(vals[at(16, 15)], 'island').to.equal(0);
    expect(vals[at(2, 17)], 'speck').to.equal(0);
    expect(vals[at(14, 15)], 'an outside value is left alone').to.equal(90);
    for (let j = 2; j < 10; j++) for (let i = 2; i < 10; i++) expect(vals[at(i, j)], 'main shape').to.equal(200);
  });

  it('paints a small hole a view limit cut inside a shape, but not a cut along its edge or the far side', () => {
    const n = 20, mesh = grid(n);
    const at = (i: number, j: number) => j * n + i;
    const vals = new Uint8Array(n * n), inside = new Float32Array(n * n).fill(10), margin = new Float32Array(n * n).fill(20);
    for (let j = 2; j < 12; j++) for (let i = 2; i < 12; i++) vals[at(i, j)] = 200;
    // a 2 x 2 hole just past the limit (a bony point facing another way), closed all round
    for (const [i, j] of [[5, 5], [6, 5], [5, 6], [6, 6]]) { vals[at(i, j)] = 60; margin[at(i, j)] = -10; }
    // a notch of the same size on the shape's edge, and a closed hole on the far side (far past the limit)
    for (const [i, j] of [[2, 9], [3, 9]]) { vals[at(i, j)] = 60; margin[at(i, j)] = -10; }
    for (const [i, j] of [[9, 4], [9, 5]]) { vals[at(i, j)] = 0; margin[at(i, j)] = -60; }
    fillHoles(mesh, vals, Array.from(vals.keys()), inside, margin);
    expect(vals[at(5, 5)], 'closed hole').to.be.above(128);
    expect(vals[at(6, 6)], 'closed hole').to.be.above(128);
    expect(vals[at(2, 9)], 'notch on the edge').to.equal(60);
    expect(vals[at(9, 4)], 'far past the limit').to.equal(0);
  });

  it('evens out a zigzag edge and keeps a steady distance as it is', () => {
    const n = 20, mesh = grid(n);
    const out = new Uint8Array(n * n * 4);
    // a steady distance across the grid (1 mm per 2.5 mm, edge at column 10), with one vertex pushed out of line
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) out[(j * n + i) * 4] = 128 + (i - 10) * 4;
    const spike = 8 * n + 10;
    out[spike * 4] = 150;
    smoothEdges(mesh, out, 0);
    expect(out[(3 * n + 10) * 4], 'a steady edge stays').to.equal(128);
    expect(out[(3 * n + 9) * 4]).to.equal(124);
    expect(out[spike * 4], 'the zigzag is halved').to.be.within(134, 145);
  });

  it('keeps a second piece of a shape that is a good part of its size', () => {
    const n = 20, mesh = grid(n);
    const vals = new Uint8Array(n * n);
    for (let j = 0; j < 5; j++) for (let i = 0; i < 5; i++) vals[j * n + i] = 200;
    for (let j = 12; j < 16; j++) for (let i = 12; i < 16; i++) vals[j * n + i] = 200;
    dropFragments(mesh, vals, Array.from(vals.keys()));
    expect(vals[13 * n + 13]).to.equal(200);
    expect(vals[2 * n + 2]).to.equal(200);
  });

  it('paints the body with no stray islands: every painted piece of a chosen chart is a real part of its shape', () => {
    const mesh = bodyMesh();
    const buf = new Uint8Array(mesh.vertexCount * 4);
    for (const id of ['sternocleidomastoid', 'soleus', 'infraspinatus', 'quadratus-lumborum', 'upper-trapezius']) {
      const layers = muscleLayers(muscleCharts[id]);
      [layers.essential, layers.spillover, layers.outline].forEach((shapes, c) => {
        paintVertices(mesh, shapes, buf, c, mesh.arm);
        const vals = new Uint8Array(mesh.vertexCount);
        for (let i = 0; i < mesh.vertexCount; i++) vals[i] = buf[i * 4 + c];
        const before = vals.filter((v) => v >= 124).length;
        expect(before, `${id} channel ${c} paints something`).to.be.greaterThan(10);
        // a second filtering finds nothing more to drop
        dropFragments(mesh, vals, Array.from(vals.keys()));
        expect(vals.filter((v) => v >= 124).length, `${id} channel ${c}`).to.equal(before);
      });
    }
  });

  it('keeps the edge of each head of a muscle drawn as two overlapping shapes (the sternocleidomastoid from the front)', () => {
    const front = muscleLayers(muscleCharts.sternocleidomastoid).outline.filter((o) => o.view === 'front');
    expect(front.map((o) => o.ownEdge)).to.deep.equal([true, true]);
    expect(muscleLayers(muscleCharts.infraspinatus).outline.every((o) => !o.ownEdge), 'one outline: no own edge').to.equal(true);
    // two overlapping squares on a flat grid 1 cm apart (u 50-250 and 150-350 mm, v 1050-1250)
    const n = 41, mesh = grid(n);
    const square = (u0: number, u1: number): Outline => ({ view: 'front', poly: [[u0, 1050], [u1, 1050], [u1, 1250], [u0, 1250]], minFacing: 0.05 });
    const at = (u: number, v: number) => Math.round((v - 1000) / 10) * n + Math.round(u / 10);
    const mark = (own: boolean) => {
      const buf = new Uint8Array(mesh.vertexCount * 4);
      paintVertices(mesh, [{ ...square(50, 250), ownEdge: own }, { ...square(150, 350), ownEdge: own }], buf, 2);
      return (u: number) => (buf[at(u, 1150) * 4 + 2] - 128) / MARK_SCALE;
    };
    const union = mark(false), heads = mark(true);
    // 10 mm inside the second square's left edge, deep inside the first
    expect(union(160), 'the union alone: deep inside').to.be.above(18);
    expect(heads(160), 'each head: 10 mm from the second head\'s edge').to.be.within(9.5, 11);
    expect(heads(240), '10 mm from the first head\'s edge').to.be.within(9.5, 11);
    // outside both and deep inside only one are as before
    expect(heads(100)).to.equal(union(100));
    expect(heads(20)).to.equal(union(20));
  });

  it('ends a shape smoothly where the body turns away from its view: no jump from inside to unpainted', () => {
    const mesh = bodyMesh();
    const buf = new Uint8Array(mesh.vertexCount * 4);
    // the soleus is drawn from the back only: where the calf turns to the side its paint must fade out
    paintVertices(mesh, muscleLayers(muscleCharts.soleus).outline, buf, 2, mesh.arm);
    const I = mesh.indices;
    let jumps = 0;
    for (let t = 0; t < I.length; t += 3) {
      for (let k = 0; k < 3; k++) {
        const a = buf[I[t + k] * 4 + 2], b = buf[I[t + ((k + 1) % 3)] * 4 + 2];
        // an edge from clearly inside (≥ 3 mm) straight to unpainted
        if ((a >= 128 + 3 * MARK_SCALE && b === 0) || (b >= 128 + 3 * MARK_SCALE && a === 0)) jumps++;
      }
    }
    expect(jumps).to.equal(0);
  });

  it('draws the SCM\'s occipital spot and the spot behind the ear apart (two spots, T&S fig. 7.1), at least 10 mm of bare skin between them', () => {
    const mesh = bodyMesh(), P = mesh.positions;
    const ess = muscleLayers(muscleCharts.sternocleidomastoid).essential;
    const painted = (shapes: Outline[]) => {
      const buf = new Uint8Array(mesh.vertexCount * 4);
      paintVertices(mesh, shapes, buf, 0, mesh.arm);
      return Array.from({ length: mesh.vertexCount }, (_, i) => i).filter((i) => buf[i * 4] >= 128);
    };
    const occiput = painted(ess.filter((o) => o.view === 'back'));
    // the side shape behind the ear: the one reaching furthest back (u < -50)
    const behindEar = painted(ess.filter((o) => o.view === 'side' && o.poly.some(([u, v]) => u < -50 && v < 1660)));
    expect(occiput.length, 'occipital spot painted').to.be.greaterThan(10);
    expect(behindEar.length, 'behind-the-ear spot painted').to.be.greaterThan(10);
    let gap = Infinity;
    for (const a of occiput) for (const b of behindEar) gap = Math.min(gap, Math.hypot(P[a * 3] - P[b * 3], P[a * 3 + 1] - P[b * 3 + 1], P[a * 3 + 2] - P[b * 3 + 2]) * 1000);
    // 16 mm with a bridge between them on the picture; 24 mm with the spot behind the ear 6 mm off the occiput (PT review 6)
    expect(gap, 'mm between the nearest painted points of the two spots').to.be.at.least(20);
  });

  it('keeps each drawing of a muscle drawn in two views to the other one\'s extent at each height (the SCM front heads reach the mastoid but paint nothing on the jaw or cheek)', () => {
    const mesh = bodyMesh(), P = mesh.positions;
    const heads = muscleLayers(muscleCharts.sternocleidomastoid).outline.filter((o) => o.view === 'front');
    // the front heads are drawn up past the angle of the jaw, to behind the ear
    expect(Math.max(...heads.flatMap((o) => o.poly.map(([, v]) => v))), 'front heads reach v').to.be.at.least(1585);
    const buf = new Uint8Array(mesh.vertexCount * 4);
    paintVertices(mesh, heads, buf, 2, mesh.arm);
    let onFace = 0, onNeck = 0;
    for (let i = 0; i < mesh.vertexCount; i++) {
      if (buf[i * 4 + 2] < 128) continue;
      const y = P[i * 3 + 1] * 1000, z = P[i * 3 + 2] * 1000;
      // in front of the muscle's side drawing there (its forward edge is at z ≈ 10 at v 1570): the jaw and the cheek
      if (y > 1530 && z > 45) onFace++;
      if (y < 1520) onNeck++;
    }
    expect(onNeck, 'the heads are painted on the neck').to.be.greaterThan(20);
    expect(onFace, 'vertices painted on the jaw or cheek').to.equal(0);
    // the extent per height: at v 1560 the side drawing spans about z -30..+10, so the front heads may reach z 60 there
    const rows = extentRows(muscleCharts.sternocleidomastoid.outline.filter((s) => s.view === 'side').map(outline), 50);
    const k = Math.round((1560 - rows.v0) / rows.step);
    expect(rows.lo[k]).to.be.within(-90, -70);
    expect(rows.hi[k]).to.be.within(50, 70);
  });

  it('leaves the hollow between the SCM\'s front heads bare with its side drawing painted too, about 30 mm at the collarbone (PT review 7)', () => {
    // the side drawing painted the skin of the hollow that faces forward, and the two prongs did not read in the picture
    const mesh = bodyMesh(), P = mesh.positions, N = mesh.normals;
    const buf = new Uint8Array(mesh.vertexCount * 4);
    paintVertices(mesh, muscleLayers(muscleCharts.sternocleidomastoid).outline, buf, 2, mesh.arm);
    let hollow = 0, painted = 0;
    for (let i = 0; i < mesh.vertexCount; i++) {
      const x = P[i * 3] * 1000, y = P[i * 3 + 1] * 1000;
      if (x < 30 || x > 46 || y < 1442 || y > 1470 || N[i * 3 + 2] < 0.5) continue;
      hollow++;
      if (buf[i * 4 + 2] >= 128) painted++;
    }
    expect(hollow).to.be.at.least(4);
    expect(painted, 'painted in the hollow').to.equal(0);
  });

  it('paints the SCM\'s two front heads as two prongs apart above the collarbone, down to it (PT review 6)', () => {
    const mesh = bodyMesh(), P = mesh.positions;
    const buf = new Uint8Array(mesh.vertexCount * 4);
    paintVertices(mesh, muscleLayers(muscleCharts.sternocleidomastoid).outline.filter((o) => o.view === 'front'), buf, 2, mesh.arm);
    let sternal = 0, clavicular = 0, between = 0, low = 0;
    for (let i = 0; i < mesh.vertexCount; i++) {
      const x = P[i * 3] * 1000, y = P[i * 3 + 1] * 1000, z = P[i * 3 + 2] * 1000;
      if (buf[i * 4 + 2] < 128 || z < 0) continue;
      if (y < 1462) low++;
      if (y < 1450 || y > 1475) continue;
      if (x < 24) sternal++;
      else if (x > 44) clavicular++;
      else if (x > 30 && x < 40) between++;
    }
    expect(sternal, 'sternal prong').to.be.greaterThan(0);
    expect(clavicular, 'clavicular prong').to.be.greaterThan(0);
    expect(between, 'painted between the prongs').to.equal(0);
    // the heads' lower ends: the hollow above the collarbone faces up and had cut them 25 mm short
    expect(low, 'painted below 1462 mm').to.be.greaterThan(6);
  });

  it('paints gluteus minimus round the back corner of the hip with no bare tongue between its back and side drawings (PT review 6)', () => {
    const mesh = bodyMesh(), P = mesh.positions, N = mesh.normals;
    const buf = new Uint8Array(mesh.vertexCount * 4);
    paintVertices(mesh, muscleLayers(muscleCharts['gluteus-minimus']).outline, buf, 2, mesh.arm);
    let corner = 0, bare = 0;
    for (let i = 0; i < mesh.vertexCount; i++) {
      const x = P[i * 3] * 1000, y = P[i * 3 + 1] * 1000;
      // skin facing both the back and the side, at the height of the fan's lower half (where the tongue was: x 155-168)
      if (mesh.arm[i] || x < 140 || x > 175 || y < 910 || y > 935 || N[i * 3] < 0.5 || -N[i * 3 + 2] < 0.5) continue;
      corner++;
      if (buf[i * 4 + 2] < 128) bare++;
    }
    expect(corner).to.be.greaterThan(5);
    expect(bare, 'bare vertices between the two drawings').to.equal(0);
  });

  it('evens out zone edges in two passes: the mark near each edge differs little from its neighbours\' (QL crest band, upper trapezius neck band, infraspinatus arm stipple)', () => {
    const mesh = bodyMesh();
    const { start, list } = neighbours(mesh);
    // mean |mark - mean of its neighbours| (mm) over the vertices within 6 mm of an edge: one pass left 0.64, 0.80 and 0.75
    const roughness = (id: string, channel: 0 | 1) => {
      const layers = muscleLayers(muscleCharts[id]);
      const buf = new Uint8Array(mesh.vertexCount * 4);
      paintVertices(mesh, channel === 0 ? layers.essential : layers.spillover, buf, channel, mesh.arm);
      let sum = 0, n = 0;
      for (let i = 0; i < mesh.vertexCount; i++) {
        const m = buf[i * 4 + channel];
        if (Math.abs(m - 128) > 6 * MARK_SCALE || start[i + 1] === start[i]) continue;
        let s = 0;
        for (let e = start[i]; e < start[i + 1]; e++) s += buf[list[e] * 4 + channel];
        sum += Math.abs(m - s / (start[i + 1] - start[i])) / MARK_SCALE;
        n++;
      }
      return sum / n;
    };
    expect(roughness('quadratus-lumborum', 0), 'QL essential').to.be.below(0.55);
    expect(roughness('upper-trapezius', 0), 'upper trapezius essential').to.be.below(0.68);
    expect(roughness('infraspinatus', 1), 'infraspinatus spillover').to.be.below(0.65);
  });

  it('paints the infraspinatus stipple on the side of the hand down to its end without a notch between the front and side drawings', () => {
    const mesh = bodyMesh(), P = mesh.positions, N = mesh.normals;
    const buf = new Uint8Array(mesh.vertexCount * 4);
    paintVertices(mesh, muscleLayers(muscleCharts.infraspinatus).spillover, buf, 1, mesh.arm);
    // the left hand's outer side, from the thumb side (z +57) back to z -5, just above the end of the zone (v 760-770)
    const side = Array.from({ length: mesh.vertexCount }, (_, i) => i).filter((i) => {
      const y = P[i * 3 + 1] * 1000, z = P[i * 3 + 2] * 1000;
      return mesh.arm[i] && P[i * 3] > 0 && N[i * 3] > 0.5 && y >= 775 && y <= 800 && z >= -5 && z <= 57;
    });
    expect(side.length).to.be.greaterThan(15);
    // with a pointed end in the side drawing, 9 of these were bare (a notch between the front and side drawings' paint)
    expect(side.filter((i) => buf[i * 4 + 1] < 128).length, 'bare vertices on the side of the hand').to.be.at.most(2);
  });
});
