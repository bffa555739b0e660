// The body's shader: soft studio light, and the chart drawn onto the skin from per-vertex marks
// (signed distances to the chart shapes, 128 = the edge): essential zone solid red, spillover
// stippled red, the chosen muscle in blue with its fibres and outline (dashed when it lies deep),
// and the reader's chosen area in purple stripes. Colours are sRGB, as in the 2D drawing.
import { BufferAttribute, BufferGeometry, Mesh, PerspectiveCamera, Scene, ShaderMaterial, Vector2, Vector3 } from 'three';
import type { SharedRenderer } from './shared-renderer.js';
import type { Fibres, ChartView } from '../../../content/trigger-point-chart/index.js';
import { EDGE_ON } from '../body/chart-layers.js';

// Notes on the GLSL (comments inside it would ship in the bundle). uHideArms: hidden arms fold into
// the trunk and thigh beside them (collapsing them away left a torn hole at the armpit; folded in, the
// triangles at the shoulder close it over).
const vertexShader = /* glsl */ `
attribute vec4 mark;
attribute float arm;
uniform float uHideArms;
varying vec3 vNormal;
varying vec3 vBodyNormal;
varying vec4 vMark;
varying vec3 vPos;
void main() {
  vNormal = normalize(normalMatrix * normal);
  vBodyNormal = normal;
  vMark = mark;
  vec3 p = position;
  if (uHideArms > 0.5 && arm > 0.5) p = vec3(sign(p.x) * min(abs(p.x), 0.1), p.y, p.z * 0.5);
  vPos = p;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(p, 1.0);
}`;

// Notes on the GLSL (comments inside it would ship in the bundle):
// - mm(): millimetres inside a chart shape (negative outside) from an 8-bit mark (0 = far outside or unpainted).
// - insideMm(), lineMm(): the same for a mark's millimetres, whose change per pixel is at most the skin's (cap):
//   a mark that changes faster (a shape's end where the body turns away, painted next to unpainted) is not
//   smeared into a blurred edge or a stray line.
// - seg(), oval(): landmarks as the 2D drawing traces them (mm, both sides): distance to a segment, an oval's size ratio.
// - landmarks(): how much landmark ink a fragment gets: the eyes and the navel filled, the hip bones' front
//   points ringed, the spine of each shoulder blade a thin ridge line; on the back of the trunk, fainter, the
//   line of the spine, the dimples over the sacroiliac joints and the 12th ribs.
// - fibre: light lines on the muscle's blue, drawn in their drawing's plane; where the skin turns away from
//   that drawing (the front of the neck for fibres drawn from the side) or is seen edge-on they would crowd
//   into streaks and blotches, so there (facingFibres, fw) the muscle is an even blue instead.
// - edgeOn: the muscle (tint, fibres, edge) fades out where the skin faces the camera at less than EDGE_ON
//   (body/chart-layers.ts): painted skin seen edge-on read as blue slivers along the body's outline (upper trapezius, left view).
// - veil: the zones over the muscle's tint are 60 % opaque where they cross the muscle, so it stays in
//   sight; its fibres and edge go on top.
const fragmentShader = /* glsl */ `
uniform vec3 uSkin;
uniform vec3 uZone;
uniform vec3 uZoneTint;
uniform vec3 uMuscle;
uniform vec3 uArea;
uniform vec3 uInk;
uniform float uDot;
uniform int uFibreKind;
uniform int uFibreSide;
uniform vec2 uFibre;
uniform float uDeep;
varying vec3 vNormal;
varying vec3 vBodyNormal;
varying vec4 vMark;
varying vec3 vPos;

float mm(float m) { return (m * 255.0 - 128.0) / 4.0; }
float inside(float d) { float w = max(fwidth(d), 1e-3); return smoothstep(-w, w, d); }
float line(float d, float px) { float w = max(fwidth(d), 1e-3); return 1.0 - smoothstep(px * 0.5, px * 0.5 + 1.0, abs(d) / w); }
float insideMm(float d, float cap) { float w = clamp(fwidth(d), 1e-3, cap); return smoothstep(-w, w, d); }
float lineMm(float d, float px, float cap) { float w = clamp(fwidth(d), 1e-3, cap); return 1.0 - smoothstep(px * 0.5, px * 0.5 + 1.0, abs(d) / w); }
float seg(vec2 p, vec2 a, vec2 b) { vec2 pa = p - a, ba = b - a; return length(pa - ba * clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0)); }
float oval(vec2 p, vec2 c, vec2 r) { return length((p - c) / r); }
float landmarks(vec3 q) {
  vec2 s = vec2(abs(q.x), q.y);
  float ink = 0.0;
  if (q.z > 60.0) {
    ink = max(ink, inside(1.0 - oval(s, vec2(30.0, 1635.0), vec2(11.0, 4.5))));
    ink = max(ink, inside(1.0 - oval(q.xy, vec2(0.0, 1060.0), vec2(6.0, 4.0))));
  }
  if (q.z > 20.0) ink = max(ink, line(oval(s, vec2(115.0, 960.0), vec2(7.0, 7.0)) * 7.0 - 7.0, 1.4));
  if (q.z < -40.0) {
    float d = min(seg(s, vec2(44.0, 1340.0), vec2(104.0, 1364.0)), min(seg(s, vec2(104.0, 1364.0), vec2(160.0, 1390.0)), seg(s, vec2(160.0, 1390.0), vec2(192.0, 1398.0))));
    ink = max(ink, line(d, 1.6));
    ink = max(ink, 0.6 * line(seg(s, vec2(0.0, 1450.0), vec2(0.0, 950.0)), 1.2));
    ink = max(ink, 0.6 * inside(1.0 - oval(s, vec2(30.0, 930.0), vec2(5.0, 5.0))));
  }
  if (q.z < -10.0) ink = max(ink, 0.45 * line(seg(s, vec2(40.0, 1150.0), vec2(120.0, 1120.0)), 1.2));
  return ink;
}

void main() {
  vec3 n = normalize(vNormal);
  float key = max(dot(n, normalize(vec3(-0.35, 0.6, 0.75))), 0.0);
  float fill = max(dot(n, normalize(vec3(0.6, 0.1, 0.5))), 0.0);
  float sky = 0.5 + 0.5 * n.y;
  float rim = pow(1.0 - max(n.z, 0.0), 3.0);
  vec3 base = uSkin;
#ifdef CHART
  float cap = length(fwidth(vPos)) * 1000.0;
  float ess = insideMm(mm(vMark.x), cap);
  float spill = insideMm(mm(vMark.y), cap) * (1.0 - ess);
  float dm = mm(vMark.z);
  float edgeOn = smoothstep(0.08, ${EDGE_ON.toFixed(2)}, dot(normalize(vBodyNormal), normalize(cameraPosition - vPos)));
  float mus = insideMm(dm, cap) * edgeOn;
  float area = insideMm(mm(vMark.w), cap);
  vec2 cell = mod(gl_FragCoord.xy, uDot) - 0.5 * uDot;
  float dots = 1.0 - smoothstep(uDot * 0.22, uDot * 0.22 + 1.0, length(cell));
  float stripe = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / (uDot * 1.5)));
  float fibre = 0.0;
  float dash = 1.0;
  if (uFibreKind > 0) {
    vec2 c = (uFibreSide == 1 ? vPos.zy : vPos.xy) * 1000.0;
    float s;
    if (uFibreKind == 1) s = dot(c, vec2(-uFibre.y, uFibre.x)) / 9.0;
    else s = atan(c.y - uFibre.y, c.x - uFibre.x) * 100.0 / 11.0;
    float f = abs(fract(s) - 0.5) * 2.0;
    float fw = max(fwidth(s), 1e-3);
    float facingFibres = abs(uFibreSide == 1 ? vBodyNormal.x : vBodyNormal.z) / max(length(vBodyNormal), 1e-3);
    float lines = smoothstep(0.35, 0.6, facingFibres) * (1.0 - smoothstep(0.15, 0.3, fw));
    fibre = mix(0.7, 1.0 - smoothstep(1.0 - fw * 1.2, 1.0, f), lines);
    dash = uDeep > 0.5 ? step(0.5, fract((vPos.x + vPos.y + vPos.z) * 70.0)) : 1.0;
    base = mix(base, uMuscle, mus * (uDeep > 0.5 ? 0.24 : 0.3));
  }
  float veil = uFibreKind > 0 ? 1.0 - 0.4 * mus : 1.0;
  base = mix(base, uZoneTint, spill * veil);
  base = mix(base, uZone, spill * dots * veil);
  base = mix(base, uZone, ess * veil);
  if (uFibreKind > 0) {
    float over = 1.0 - 0.25 * max(ess, spill);
    base = mix(base, uMuscle, mus * fibre * (uDeep > 0.5 ? 0.5 : 0.75) * over);
    base = mix(base, uMuscle * 0.85, lineMm(dm, uDeep > 0.5 ? 3.0 : 2.2, cap) * dash * edgeOn);
  }
#endif
  base = mix(base, uInk, landmarks(vPos * 1000.0) * 0.7);
#ifdef CHART
  base = mix(base, uArea, area * (0.2 + 0.65 * stripe));
#endif
  vec3 light = vec3(0.3 + 0.2 * sky) + vec3(0.6) * key + vec3(0.14) * fill;
  gl_FragColor = vec4(base * light + 0.05 * rim, 1.0);
}`;

const v3 = (hex: number) => new Vector3(((hex >> 16) & 255) / 255, ((hex >> 8) & 255) / 255, (hex & 255) / 255);

/**
 * The body's two programs: `chart` draws everything above; `plain` only the lit skin and its landmarks,
 * which is what `chart` draws where nothing is painted (no muscle, zone or area chosen), at a fraction
 * of the cost in a software rasteriser: building its pixel code at the first draw took 110–195 ms
 * against 280–520 for `chart`, and each later full-canvas draw about a third as long (docs/performance.md,
 * "Stop 26"). A map draws `plain` until something is painted on the body.
 */
export type BodyProgram = 'plain' | 'chart';

/** The uniforms of a map's body materials (both programs share one set). */
export function bodyUniforms(): ShaderMaterial['uniforms'] {
  return {
    uSkin: { value: v3(0xe6d9cc) },
    uZone: { value: v3(0xc8102e) },
    uZoneTint: { value: v3(0xf7c9c9) },
    uMuscle: { value: v3(0x1f5fa8) },
    uArea: { value: v3(0x6a3d9a) },
    uInk: { value: v3(0x4a3a30) },
    uDot: { value: 6 },
    uFibreKind: { value: 0 },
    uFibreSide: { value: 0 },
    uFibre: { value: new Vector2(1, 0) },
    uDeep: { value: 0 },
    uHideArms: { value: 0 },
  };
}

export function createBodyMaterial(program: BodyProgram = 'chart', uniforms = bodyUniforms()): ShaderMaterial {
  return new ShaderMaterial({ vertexShader, fragmentShader, uniforms, defines: program === 'chart' ? { CHART: 1 } : {} });
}

// three.js gives a shader program back when the last material using it is disposed, and numbers the
// shader text anew for the next material, so with one map at a time (a map removed and put back, a
// route coming back) each map compiled and linked the program again (in software WebGL a mount, first
// frame and removal took 300-360 ms with that, 110-180 ms without). One body material per program compiled
// for as long as the renderer's state lives holds that program for every later map (three.js holds that
// material: its shader cache maps materials to their text).
//
// It is also drawn once, over a 64-pixel corner of the shared canvas (never shown: renderUnseen): a software rasteriser
// builds a shader's pixel code at its first draw that covers pixels, and drawn as soon as three.js is here,
// that is done in the GPU process while the body is still being meshed instead of in the first frame
// (docs/performance.md, "Stop 24"). The program the first picture needs is kept then; the other once the
// full body is on screen (MapView.keepPrograms), so a first choice of muscle does not wait for it.
const kept = new WeakMap<object, Set<BodyProgram>>();

/** Compiles and first draws one of the body's programs once per renderer state (a restored context has a new one), and keeps it while the renderer lives. */
export function keepBodyProgram(shared: SharedRenderer, program: BodyProgram): void {
  const renderer = shared.renderer;
  const state = renderer.properties;
  const done = kept.get(state) ?? new Set<BodyProgram>();
  if (done.has(program) || renderer.getContext().isContextLost()) return;
  done.add(program);
  kept.set(state, done);
  // one triangle over the whole corner (in front of a default camera), with the body's attribute formats
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array([-3, -1, -1, 1, -1, -1, 1, 3, -1]), 3));
  geometry.setAttribute('normal', new BufferAttribute(new Int8Array([0, 0, 127, 0, 0, 127, 0, 0, 127]), 3, true));
  geometry.setAttribute('arm', new BufferAttribute(new Uint8Array(3), 1, false));
  geometry.setAttribute('mark', new BufferAttribute(new Uint8Array(12), 4, true));
  geometry.setIndex(new BufferAttribute(new Uint16Array([0, 1, 2]), 1));
  const scene = new Scene();
  scene.add(new Mesh(geometry, createBodyMaterial(program)));
  shared.renderUnseen(scene, new PerspectiveCamera(), 64, 64);
  geometry.dispose();
}

/** Points the shader's fibre lines the chosen muscle's way (or turns them off). */
export function setFibres(material: ShaderMaterial, fibres: Fibres | undefined, view: ChartView | undefined, deep: boolean): void {
  const u = material.uniforms;
  u.uFibreKind.value = fibres ? (fibres.kind === 'parallel' ? 1 : 2) : 0;
  u.uFibreSide.value = view === 'side' ? 1 : 0;
  u.uDeep.value = deep ? 1 : 0;
  if (fibres?.kind === 'parallel') u.uFibre.value.set(Math.cos((fibres.angle * Math.PI) / 180), Math.sin((fibres.angle * Math.PI) / 180));
  else if (fibres) u.uFibre.value.set(fibres.focus[0], fibres.focus[1]);
}
