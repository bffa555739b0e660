// The map's first picture is drawn on the coarse body, and the full body is meshed only after it
// (map-3d-controller.ts load: its slices would share the main thread with the first frame's work); the
// markers are placed by the first picture, while the GPU draws it, not by the first render; then
// the view moves to the full body: the chart painted again there, the camera where it was, the coarse
// body's per-map marks and shared buffers given back.
import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import type { PtTriggerPointMap } from '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import { bodyField, bodyMeshStarted, builtBodyMesh, builtCoarseMesh } from '../../../src/widgets/trigger-point-map/body/places.js';
import { buffersOf } from '../../../src/widgets/trigger-point-map/scene/body-buffers.js';

const blue = (r: number, g: number, b: number) => b > r + 35 && b > g + 5;
function bluePixels(canvas: HTMLCanvasElement): number {
  const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 200 && blue(d[i], d[i + 1], d[i + 2])) n++;
  return n;
}
/** Vertices with the muscle (mark channel 2) painted inside its outline. */
function muscleVertices(marks: Uint8Array): number {
  let n = 0;
  for (let i = 2; i < marks.length; i += 4) if (marks[i] > 128) n++;
  return n;
}

describe('<pt-trigger-point-map> first picture on the coarse body', function () {
  this.timeout(120000);
  before(function () {
    if (!document.createElement('canvas').getContext('webgl2')) this.skip();
  });
  after(() => fixtureCleanup());

  it('draws the chart on the coarse body first, then on the full body without moving the camera, and gives the coarse body back', async () => {
    // three.js already loaded (as on a page whose first map is ready): the view waits only for the coarse body
    const scene = await import('../../../src/widgets/trigger-point-map/scene/index.js');
    expect(builtBodyMesh(), 'no full body before any map').to.equal(undefined);
    // whether the full body's meshing had begun when the first picture was drawn (its mark is made in the same
    // task), and how many rays had been cast on the body (placing the markers) when the first render was done
    let startedAtFirstFrame: boolean | undefined;
    let raysAtFirstRender: number | undefined;
    let rays = 0;
    const field = bodyField();
    const raycast = field.raycast.bind(field);
    field.raycast = (...args) => (rays++, raycast(...args));
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name.endsWith(':first-frame')) startedAtFirstFrame ??= bodyMeshStarted();
      if (name.endsWith(':first-render')) raysAtFirstRender ??= rays;
      return mark(name, options);
    };
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    wrap.innerHTML = '<pt-trigger-point-map muscle="upper-trapezius"></pt-trigger-point-map>';
    const el = wrap.firstElementChild as PtTriggerPointMap;
    const canvas = () => el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.main')!;
    await waitUntil(() => el.renderStats.frames > 0, 'no 3D frame', { timeout: 60000, interval: 10 });
    performance.mark = mark;
    field.raycast = raycast;
    expect(startedAtFirstFrame, 'the full body is meshed only after the first picture').to.equal(false);
    expect(raysAtFirstRender, 'the first render places no marker (the first picture does, while the GPU draws it)').to.equal(0);
    expect(rays, 'the markers are placed for the first picture').to.be.above(50);
    expect(el.shadowRoot!.querySelectorAll('.marker:not([hidden])').length, "and the chosen muscle's two X buttons are shown").to.equal(2);
    const view = scene.viewOf(canvas())!;
    const coarse = builtCoarseMesh()!;
    expect(view.surface, 'the first picture is the coarse body').to.equal(coarse);
    expect(el.renderStats.fullBody, 'renderStats says so').to.equal(false);
    expect(muscleVertices(view.marks.array as Uint8Array), 'the muscle painted on the coarse body').to.be.above(20);
    expect(bluePixels(canvas()), 'the muscle drawn in the first picture').to.be.above(200);
    const pose = { yaw: view.yaw, distance: view.distance };

    await waitUntil(() => builtBodyMesh() && view.surface === builtBodyMesh(), 'never moved to the full body', { timeout: 60000 });
    const full = builtBodyMesh()!;
    expect(el.renderStats.fullBody, 'renderStats: the full body now').to.equal(true);
    expect(full.triangleCount, 'the full body has about four times the triangles').to.be.above(coarse.triangleCount * 3);
    // the switch asks for a picture: wait until the map has drawn it and drawn nothing more for a while
    for (let last = -1, still = 0; still < 3; ) {
      await aTimeout(150);
      still = el.renderStats.frames === last ? still + 1 : 0;
      last = el.renderStats.frames;
    }
    expect(muscleVertices(view.marks.array as Uint8Array), 'the muscle painted again on the full body').to.be.above(100);
    expect(bluePixels(canvas()), 'the muscle drawn on the full body').to.be.above(200);
    expect({ yaw: view.yaw, distance: view.distance }, 'the camera stays where it was').to.deep.equal(pose);
    expect(el.renderStats.geometries, "the coarse body's geometry given back").to.equal(1);
    expect(buffersOf(coarse).users, "no geometry left on the coarse body's shared buffers").to.equal(0);
  });
});
