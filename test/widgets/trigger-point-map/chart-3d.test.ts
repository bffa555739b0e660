// Every one of the 22 muscles, chosen in 3D: one of its X's and its usual (essential) zone are on
// screen together (the zone in the main picture or the small second one), its outline is drawn,
// and the pressed view button is the view the camera really shows.
import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import type { PtTriggerPointMap } from '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import { muscleIds } from '../../../src/content/trigger-points.js';
import { muscleCharts } from '../../../src/content/trigger-point-chart/index.js';
import { presetForYaw, presetOf } from '../../../src/widgets/trigger-point-map/camera-focus.js';

const scene = () => import('../../../src/widgets/trigger-point-map/scene/index.js');
const $ = <T extends Element = HTMLElement>(el: PtTriggerPointMap, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = (el: PtTriggerPointMap, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(sel));

function count(canvas: HTMLCanvasElement, test: (r: number, g: number, b: number) => boolean): number {
  if (canvas.width < 2 || canvas.closest('[hidden]')) return 0;
  const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 200 && test(d[i], d[i + 1], d[i + 2])) n++;
  return n;
}
const red = (r: number, g: number, b: number) => r > 110 && g < 0.45 * r && b < 0.5 * r;
const blue = (r: number, g: number, b: number) => b > r + 35 && b > g + 5;

/** Waits until no frame has been drawn for a while (a camera flight can run at a few frames a second under load). */
async function settled(el: PtTriggerPointMap): Promise<void> {
  let last = -1;
  let still = 0;
  for (let i = 0; i < 200 && still < 3; i++) {
    const now = el.renderStats.frames;
    still = now === last ? still + 1 : 0;
    last = now;
    await aTimeout(150);
  }
}

describe('<pt-trigger-point-map> chart of every muscle in 3D', function () {
  this.timeout(180000);
  before(async function () {
    // Headless Firefox has no WebGL: there the map's 2D chart is checked by the *.nowebgl tests instead.
    if (!document.createElement('canvas').getContext('webgl2')) this.skip();
    // Firefox and WebKit fix the media state at launch (scripts/engines.mjs); the test waits out flights there.
    await emulateMedia({ reducedMotion: 'reduce' }).catch(() => {});
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' }).catch(() => {});
    fixtureCleanup();
  });

  it('shows an X, the essential zone, the outline and a truthful view button for each of the 22 muscles', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    wrap.innerHTML = '<pt-trigger-point-map></pt-trigger-point-map>';
    const el = wrap.firstElementChild as PtTriggerPointMap;
    await waitUntil(() => el.renderStats.frames > 0, 'no 3D frame', { timeout: 60000 });
    const view = (await scene()).viewOf($<HTMLCanvasElement>(el, 'canvas.main'))!;
    const main = $<HTMLCanvasElement>(el, 'canvas.main');
    const inset = $<HTMLCanvasElement>(el, 'canvas.inset');
    // Chromium checks all 22. WebKit's software WebGL takes about 1.5 s a muscle, so there every third muscle
    // (8, front and back, upper and lower body, deep and superficial) checks the same drawing in that engine and
    // keeps npm test within its 10 minutes on 2 cores.
    const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);
    for (const id of webkit ? muscleIds.filter((_, i) => i % 3 === 0) : muscleIds) {
      const before = el.renderStats.frames;
      el.setAttribute('muscle', id);
      await el.updateComplete;
      await waitUntil(() => el.renderStats.frames > before, `${id}: no frame after choosing it`, { timeout: 10000 });
      await settled(el);
      const chosen = $$(el, `.marker.chosen[data-id="${id}"]:not([hidden])`);
      expect(chosen.length, `${id}: one of its X's on screen`).to.be.at.least(1);
      const zone = count(main, red) + count(inset, red);
      expect(zone, `${id}: essential zone on screen`).to.be.greaterThan(40);
      expect(count(main, blue) + count(inset, blue), `${id}: its outline and fibres drawn`).to.be.greaterThan(15);
      const pressed = $$(el, '.toolbar [aria-pressed="true"]');
      expect(pressed.map((b) => b.dataset.view), `${id}: one pressed view button`).to.have.length(1);
      expect(pressed[0].dataset.view, `${id}: the button matches the camera`).to.equal(presetForYaw(view.yaw));
      expect(pressed[0].dataset.view, `${id}: the camera looks at its trigger point's side`).to.equal(presetOf(muscleCharts[id].points[0].view));
    }
  });

  it('shows the pain on the other side of the body in a second small picture (infraspinatus)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    wrap.innerHTML = '<pt-trigger-point-map muscle="infraspinatus"></pt-trigger-point-map>';
    const el = wrap.firstElementChild as PtTriggerPointMap;
    await waitUntil(() => el.renderStats.frames > 0, 'no 3D frame', { timeout: 60000 });
    await settled(el);
    expect($(el, '.toolbar [aria-pressed="true"]').dataset.view).to.equal('back');
    const box = $(el, '.inset-box');
    expect(box.hidden).to.equal(false);
    expect(box.getAttribute('aria-label')).to.contain('Front');
    expect(count($<HTMLCanvasElement>(el, 'canvas.inset'), red), 'front-of-shoulder zone in the small picture').to.be.greaterThan(30);
    // only the chosen muscle's X's; "Show all trigger points" brings the others back, receded
    expect($$(el, '.marker.receded:not([hidden])')).to.have.length(0);
    $<HTMLInputElement>(el, '.show-all input').click();
    await el.updateComplete;
    await settled(el);
    expect(el.getAttribute('markers')).to.equal('all');
    expect($$(el, '.marker.receded:not([hidden])').length).to.be.greaterThan(0);
    expect($$(el, '.marker.chosen:not([hidden])').length).to.be.at.least(1);
  });

  it('paints the back of the trunk\'s landmarks on the skin: the spine line, the SI dimples and the 12th ribs', async () => {
    const three = await import('three');
    const { bodyMesh } = await import('../../../src/widgets/trigger-point-map/body/places.js');
    const { createBodyMaterial } = await import('../../../src/widgets/trigger-point-map/scene/body-material.js');
    const m = bodyMesh();
    const geometry = new three.BufferGeometry();
    geometry.setAttribute('position', new three.BufferAttribute(m.positions, 3));
    geometry.setAttribute('normal', new three.BufferAttribute(m.normals, 3));
    geometry.setAttribute('arm', new three.BufferAttribute(m.arm, 1));
    geometry.setAttribute('mark', new three.BufferAttribute(new Uint8Array(m.vertexCount * 4), 4, true));
    geometry.setIndex(new three.BufferAttribute(m.indices, 1));
    const material = createBodyMaterial();
    const scene = new three.Scene();
    scene.add(new three.Mesh(geometry, material));
    // the back of the trunk seen straight from behind, 2 mm a pixel: x -151..151 mm, v 880..1480
    const W = 151, H = 300;
    const canvas = document.createElement('canvas');
    const renderer = new three.WebGLRenderer({ canvas, preserveDrawingBuffer: true });
    renderer.setSize(W, H, false);
    const camera = new three.OrthographicCamera(-0.151, 0.151, 0.3, -0.3, 0.01, 3);
    camera.position.set(0, 1.18, -1);
    camera.lookAt(0, 1.18, 0);
    const gl = renderer.getContext();
    const shot = () => {
      renderer.render(scene, camera);
      const px = new Uint8Array(W * H * 4);
      gl.readPixels(0, 0, W, H, gl.RGBA, gl.UNSIGNED_BYTE, px);
      return px;
    };
    const inked = shot();
    // the same picture with the landmark ink the colour of the skin: what differs is the ink
    material.uniforms.uInk.value.copy(material.uniforms.uSkin.value);
    const plain = shot();
    renderer.dispose();
    material.dispose();
    geometry.dispose();
    // ink at a body point (x mm from the midline, v mm): the landmarks are inked alike on both sides, so the more of the two
    const ink = (x: number, v: number) => {
      const row = Math.round((v - 880) / 2);
      return Math.max(...[x, -x].map((u) => {
        const i = (row * W + Math.round(75 + u / 2)) * 4;
        return plain[i] + plain[i + 1] + plain[i + 2] - (inked[i] + inked[i + 1] + inked[i + 2]);
      }));
    };
    for (let v = 960; v <= 1440; v += 40) expect(ink(0, v), `spine line at v ${v}`).to.be.greaterThan(60);
    expect(ink(30, 930), 'SI dimple').to.be.greaterThan(60);
    expect(ink(80, 1135), '12th rib').to.be.greaterThan(30);
    // nothing between them
    for (const [x, v] of [[20, 1200], [80, 1000], [60, 1300]]) expect(ink(x, v), `bare skin at ${x}, ${v}`).to.equal(0);
  });
});
