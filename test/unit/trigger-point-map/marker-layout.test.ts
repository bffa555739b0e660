// Trigger-point markers on the 3D picture after PT review 5: a nudge never pushes an X off its
// muscle, the SCM's front positions stand in for its side points within 45° of the front, and a
// side-view point of a trunk or leg muscle is on the body behind the arm, not on the arm.
import { expect } from '@open-wc/testing';
import { layoutMarkers, markerKeys, placeBodyMarkers, shownAtYaw, candidatesIn, insetOnLeft, underInset, seenMuscle, type BodyMarker } from '../../../src/widgets/trigger-point-map/marker-layout.js';
import { mergeMuscles } from '../../../src/widgets/trigger-point-map/map-content.js';
import { bodyField } from '../../../src/widgets/trigger-point-map/body/places.js';

const markers = placeBodyMarkers(mergeMuscles(undefined, undefined).list);
const of = (muscle: string) => markers.filter((m) => m.muscle === muscle);

describe('marker keys before the markers are placed', () => {
  it('are the keys and muscles of the placed markers, in the same order (the first render draws the buttons from them)', () => {
    const list = mergeMuscles(undefined, undefined).list;
    expect(markerKeys(list)).to.deep.equal(markers.map((m) => ({ key: m.key, muscle: m.muscle })));
    // and for a list a clinic has cut down
    const some = list.filter((m) => m.id === 'soleus' || m.id === 'sternocleidomastoid');
    expect(markerKeys(some)).to.deep.equal(placeBodyMarkers(some).map((m) => ({ key: m.key, muscle: m.muscle })));
  });
});

describe('trigger-point markers (PT review 5)', () => {
  it('moves two of the chosen muscle\'s touching X\'s apart only as far as the muscle outline reaches', () => {
    const c = (key: string, x: number, slack?: number) => ({ key, muscle: 'b', x, y: 0, visible: true, slack });
    // without a limit the second X moves 13 px (half the gap); 3 px from its outline's edge it moves 3 px
    expect(layoutMarkers([c('b|0', 0), c('b|1', 12)], { chosen: 'b', showAll: false, gap: 26 })[1].x).to.equal(25);
    expect(layoutMarkers([c('b|0', 0), c('b|1', 12, 3)], { chosen: 'b', showAll: false, gap: 26 })[1].x).to.be.closeTo(15, 1e-9);
    expect(layoutMarkers([c('b|0', 0), c('b|1', 12, 0)], { chosen: 'b', showAll: false, gap: 26 })[1].x).to.equal(12);
  });

  it('gives each trigger point its distance (mm) in to its muscle outline\'s edge, and the 3D layout turns it into pixels', () => {
    const scm = of('sternocleidomastoid');
    expect(scm.every((m) => m.edge !== undefined && m.edge >= 0 && m.edge < 30), 'SCM points lie inside a narrow outline').to.equal(true);
    const [m] = scm;
    const [cand] = candidatesIn([{ key: m.key, x: 10, y: 10, visible: true, pxPerMm: 2 }], scm, 0);
    expect(cand.slack).to.be.closeTo(m.edge! * 2, 1e-9);
  });

  it('shows the SCM\'s four front positions within 45° of the front and its six side points elsewhere', () => {
    const scm = of('sternocleidomastoid');
    const at = (yaw: number) => scm.filter((m) => shownAtYaw(m, yaw)).map((m) => m.key);
    expect(at(0)).to.deep.equal(['sternocleidomastoid|also0', 'sternocleidomastoid|also1', 'sternocleidomastoid|also2', 'sternocleidomastoid|also3']);
    expect(at(0.7)).to.have.length(4);
    expect(at(Math.PI / 2 - 0.35)).to.deep.equal(scm.filter((m) => !m.key.includes('also')).map((m) => m.key));
    expect(at(Math.PI / 2 - 0.35)).to.have.length(6);
    // the front positions are 3D-only: the 2D drawings draw them from the chart themselves
    expect(scm.filter((m) => m.near === 'front').every((m) => Object.keys(m.seen).length === 0)).to.equal(true);
    // other muscles are shown from every side
    expect(of('infraspinatus').every((m: BodyMarker) => shownAtYaw(m, 0) && shownAtYaw(m, Math.PI))).to.equal(true);
  });

  it('puts a side-view trigger point of a trunk or leg muscle on the body behind the hanging arm, and an arm muscle\'s on the arm', () => {
    const gm = of('gluteus-minimus');
    // the anterior point at (22, 976) of the side drawing: the ray from the side met the forearm first
    expect(gm.every((m) => !bodyField().onArm(...m.point)), 'gluteus minimus X\'s on the hip, not the forearm').to.equal(true);
    expect(gm[0].point[0]).to.be.within(0.12, 0.2);
    expect(of('wrist-extensors').every((m) => bodyField().onArm(...m.point))).to.equal(true);
  });

  it('puts the second picture in the top left only when that covers fewer of the chosen X\'s than the top right', () => {
    // a 400 px viewport, a 136x170 box 8 px from the edges: top right covers x > 246, y < 188 (with 10 px to spare)
    const box = { m: 8, w: 136, h: 170, width: 400 };
    expect(underInset(box, 300, 100)).to.equal(true);
    expect(underInset(box, 200, 100)).to.equal(false);
    expect(underInset({ ...box, left: true }, 100, 100)).to.equal(true);
    expect(underInset(box, 200, 100, 1.5), 'grown 1.5x from its corner').to.equal(true);
    expect(underInset(box, 300, 260, 1.5)).to.equal(true);
    expect(insetOnLeft(box, [{ x: 300, y: 100 }, { x: 200, y: 300 }]), 'one X under the top right box, none under the top left').to.equal(true);
    expect(insetOnLeft(box, [{ x: 100, y: 300 }, { x: 200, y: 120 }]), 'none under the top right box').to.equal(false);
    expect(insetOnLeft(box, [{ x: 300, y: 100 }, { x: 100, y: 100 }]), 'as many under either: stays top right').to.equal(false);
  });

  it('puts it in the top left when, with as many X\'s under either, it would cover less of the muscle there (PT review 7, fix 2)', () => {
    const box = { m: 8, w: 136, h: 170, width: 400 };
    // gluteus minimus from the left: its X's clear of the box, the fan's back corner under the top right
    const xs = [{ x: 200, y: 220 }, { x: 230, y: 240 }];
    const fan = [{ x: 250, y: 170 }, { x: 260, y: 185 }, { x: 220, y: 250 }, { x: 180, y: 260 }];
    expect(insetOnLeft(box, xs, () => fan)).to.equal(true);
    expect(insetOnLeft(box, xs), 'by its X\'s alone it stayed').to.equal(false);
    // as much of it under either corner, or none under the top right: stays
    expect(insetOnLeft(box, xs, () => [{ x: 250, y: 170 }, { x: 100, y: 170 }])).to.equal(false);
    expect(insetOnLeft(box, xs, () => [{ x: 100, y: 170 }, { x: 220, y: 250 }])).to.equal(false);
    // the X's still come first: the muscle under the top left does not move an X under the box
    expect(insetOnLeft(box, [{ x: 100, y: 100 }], () => fan), 'an X under the top left').to.equal(false);
  });

  it('keeps it in the top right when the top left would cover more of the usual pain', () => {
    const box = { m: 8, w: 136, h: 170, width: 400 };
    const fan = [{ x: 250, y: 170 }, { x: 260, y: 185 }];
    // upper trapezius from the left: muscle seen edge-on at the back of the neck under the top right, the temple's zone under the top left
    expect(insetOnLeft(box, [], () => fan, (left) => (left ? 0.3 : 0.1))).to.equal(false);
    expect(insetOnLeft(box, [], () => fan, (left) => (left ? 0.1 : 0.1))).to.equal(true);
  });

  it('finds the chosen muscle on screen from the 3D marks\' muscle channel: every other painted vertex the camera faces, projected, those in the picture', () => {
    // eight vertices at x = 0..7 m; 2..7 painted inside the muscle's outline (over 128 in channel 2; the zones'
    // channels do not count); the projection says 6 is not in the picture (facing away or outside it)
    const mesh = { positions: new Float32Array(Array.from({ length: 8 }, (_, i) => [i, 0, 0]).flat()), normals: new Float32Array(Array.from({ length: 8 }, () => [0, 0, 1]).flat()), vertexCount: 8 } as unknown as Parameters<typeof seenMuscle>[0];
    const marks = new Uint8Array(8 * 4);
    for (let i = 2; i < 8; i++) marks[i * 4 + 2] = 140;
    marks[0] = 255;
    marks[1] = 255;
    const seen = seenMuscle(mesh, marks, { x: 3, y: 0, z: 9 }, (p) => ({ visible: p[0] !== 6, x: p[0] }));
    expect(seen.map((p) => p.x)).to.deep.equal([2, 4]);
    // one the camera sees nearly edge-on (facing it at 0.2 or less) is left out: 4, with its normal turned along x
    const edgeOn = { ...mesh, normals: new Float32Array(Array.from({ length: 8 }, (_, i) => (i === 4 ? [1, 0, 0.05] : [0, 0, 1])).flat()) };
    expect(seenMuscle(edgeOn, marks, { x: 4, y: 0, z: 9 }, (p) => ({ visible: true, x: p[0] })).map((p) => p.x)).to.deep.equal([2, 6]);
  });
});
