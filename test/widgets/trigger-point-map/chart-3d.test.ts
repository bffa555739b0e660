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
    await waitUntil(() => el.renderStats.frames > 0 && el.renderStats.fullBody, 'no 3D frame of the full body', { timeout: 60000 });
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
    await waitUntil(() => el.renderStats.frames > 0 && el.renderStats.fullBody, 'no 3D frame of the full body', { timeout: 60000 });
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
    // the back of the trunk seen straight from behind, 2 mm a pixel: x -151..151 mm, v 880..1480
    const pic = await bodyPicture({ w: 151, h: 300, mmPerPx: 2, centre: [0, 1180], from: 'back' });
    const inked = pic.shot();
    // the same picture with the landmark ink the colour of the skin: what differs is the ink
    pic.material.uniforms.uInk.value.copy(pic.material.uniforms.uSkin.value);
    const plain = pic.shot();
    pic.dispose();
    // ink at a body point (x mm from the midline, v mm): the landmarks are inked alike on both sides, so the more of the two
    const ink = (x: number, v: number) => {
      const row = Math.round((v - 880) / 2);
      return Math.max(...[x, -x].map((u) => {
        const i = (row * 151 + Math.round(75 + u / 2)) * 4;
        return plain[i] + plain[i + 1] + plain[i + 2] - (inked[i] + inked[i + 1] + inked[i + 2]);
      }));
    };
    for (let v = 960; v <= 1440; v += 40) expect(ink(0, v), `spine line at v ${v}`).to.be.greaterThan(60);
    expect(ink(30, 930), 'SI dimple').to.be.greaterThan(60);
    expect(ink(80, 1135), '12th rib').to.be.greaterThan(30);
    // nothing between them
    for (const [x, v] of [[20, 1200], [80, 1000], [60, 1300]]) expect(ink(x, v), `bare skin at ${x}, ${v}`).to.equal(0);
  });

  it('draws with the plain program exactly what the chart program draws where nothing is painted (skin, light, landmarks), front and back', async () => {
    for (const from of ['front', 'back'] as const) {
      const chart = await bodyPicture({ w: 120, h: 360, mmPerPx: 5, centre: [0, 900], from });
      const plain = await bodyPicture({ w: 120, h: 360, mmPerPx: 5, centre: [0, 900], from, program: 'plain' });
      const [a, b] = [chart.shot(), plain.shot()];
      chart.dispose();
      plain.dispose();
      let body = 0;
      let worst = 0;
      for (let i = 0; i < a.length; i += 4) {
        if (a[i] + a[i + 1] + a[i + 2] > 60) body++;
        for (let c = 0; c < 4; c++) worst = Math.max(worst, Math.abs(a[i + c] - b[i + c]));
      }
      expect(body, `${from}: body pixels`).to.be.greaterThan(5000);
      expect(worst, `${from}: largest difference of a channel`).to.be.at.most(1);
    }
  });

  it('draws the SCM seen from the front as an even blue, not crowded light streaks of its side-view fibres', async () => {
    const { paintVertices, muscleLayers } = await import('../../../src/widgets/trigger-point-map/body/chart-layers.js');
    const { setFibres } = await import('../../../src/widgets/trigger-point-map/scene/body-material.js');
    // the front of the neck, 1 mm a pixel: x -100..100 mm, v 1420..1560
    const pic = await bodyPicture({ w: 201, h: 140, mmPerPx: 1, centre: [0, 1490], from: 'front' });
    const bare = pic.shot();
    const chart = muscleCharts.sternocleidomastoid;
    paintVertices(pic.mesh, muscleLayers(chart).outline, pic.marks.array as Uint8Array, 2, pic.mesh.arm);
    pic.marks.needsUpdate = true;
    setFibres(pic.material, chart.fibres, chart.outline[0].view, chart.deep);
    const drawn = pic.shot();
    pic.dispose();
    // the muscle's pixels (changed by its paint), and thin light lines across them: a pixel much lighter
    // than both its neighbours, left and right or above and below (crowded fibre streaks; an even blue has none)
    const w = 201, change = (i: number) => bare[i * 4] + bare[i * 4 + 1] + bare[i * 4 + 2] - (drawn[i * 4] + drawn[i * 4 + 1] + drawn[i * 4 + 2]);
    let pixels = 0, streaks = 0;
    // (the lower half of the neck, v 1425-1480, on the patient's left: where the muscle faces the front)
    for (let i = 5 * w; i < 60 * w; i++) {
      if (i % w < 100 || change(i) <= 25) continue;
      pixels++;
      const c = change(i) + 40;
      if ((c < change(i - 1) && c < change(i + 1)) || (c < change(i - w) && c < change(i + w))) streaks++;
    }
    expect(pixels, 'pixels of the muscle').to.be.greaterThan(400);
    // 108 of 2044 (5.3 %) when the side-view fibres were drawn across the front of the neck; 53 now
    expect(streaks / pixels, 'share of thin light lines').to.be.below(0.04);
  });
});

type PictureOptions = { w: number; h: number; mmPerPx: number; centre: [number, number]; from: 'front' | 'back'; program?: 'plain' | 'chart' };

/** The body drawn with its own shader by an orthographic camera straight from the front or back, read back as RGBA rows (bottom first). */
async function bodyPicture({ w, h, mmPerPx, centre, from, program = 'chart' }: PictureOptions) {
  const three = await import('three');
  const { bodyMesh } = await import('../../../src/widgets/trigger-point-map/body/places.js');
  const { createBodyMaterial } = await import('../../../src/widgets/trigger-point-map/scene/body-material.js');
  const mesh = bodyMesh();
  const geometry = new three.BufferGeometry();
  geometry.setAttribute('position', new three.BufferAttribute(mesh.positions, 3));
  geometry.setAttribute('normal', new three.BufferAttribute(mesh.normals, 3));
  geometry.setAttribute('arm', new three.BufferAttribute(mesh.arm, 1));
  const marks = new three.BufferAttribute(new Uint8Array(mesh.vertexCount * 4), 4, true);
  geometry.setAttribute('mark', marks);
  geometry.setIndex(new three.BufferAttribute(mesh.indices, 1));
  const material = createBodyMaterial(program);
  const scene = new three.Scene();
  scene.add(new three.Mesh(geometry, material));
  const renderer = new three.WebGLRenderer({ canvas: document.createElement('canvas'), preserveDrawingBuffer: true });
  renderer.setSize(w, h, false);
  const hw = (w * mmPerPx) / 2000, hh = (h * mmPerPx) / 2000;
  const camera = new three.OrthographicCamera(-hw, hw, hh, -hh, 0.01, 3);
  const [cx, cy] = [centre[0] / 1000, centre[1] / 1000];
  camera.position.set(cx, cy, from === 'front' ? 1 : -1);
  camera.lookAt(cx, cy, 0);
  const gl = renderer.getContext();
  return {
    mesh,
    marks,
    material,
    shot() {
      renderer.render(scene, camera);
      const px = new Uint8Array(w * h * 4);
      gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
      return px;
    },
    dispose() {
      renderer.dispose();
      material.dispose();
      geometry.dispose();
    },
  };
}
