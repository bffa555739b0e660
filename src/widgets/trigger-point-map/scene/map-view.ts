// One map's 3D view: the body mesh with its referral shading, an orbit camera with flights,
// marker projection and picking. Renders only when something changed, and only while visible.
import {
  BufferAttribute,
  BufferGeometry,
  Mesh,
  PerspectiveCamera,
  Raycaster,
  Scene,
  ShaderMaterial,
  Vector2,
  Vector3,
} from 'three';
import { buildBody, type Vec3 } from '../body/body-model.js';
import { areaMarks } from '../body/anatomy.js';
import type { BodyAreaId } from '../../../content/body-areas.js';
import { acquireRenderer, releaseRenderer, type PreparedContext, type RendererClient, type SharedRenderer } from './shared-renderer.js';

export type ViewName = 'front' | 'back' | 'left' | 'right';

export interface MarkerSpot {
  key: string;
  point: Vec3;
  normal: Vec3;
}

export interface ProjectedMarker {
  key: string;
  /** CSS pixels from the canvas's top-left corner. */
  x: number;
  y: number;
  /** Facing the camera and inside the picture. */
  visible: boolean;
}

export interface MapViewHost {
  canvas: HTMLCanvasElement;
  frame(markers: ProjectedMarker[]): void;
  contextLost(): void;
  contextRestored(): void;
  reducedMotion(): boolean;
}

interface Pose {
  target: Vec3;
  yaw: number;
  pitch: number;
  dist: number;
}

const VIEW_YAW: Record<ViewName, number> = { front: 0, back: Math.PI, left: Math.PI / 2, right: -Math.PI / 2 };
const HOME_TARGET: Vec3 = [0, 0.9, 0];
const HOME_DIST = 3.6;
export const MIN_DIST = 0.6;
export const MAX_DIST = 5;
const FLIGHT_MS = 650;

// Colours in sRGB, used as-is (no colour management) so they match the 2D drawing exactly.
// Okabe–Ito vermilion for the zones, blue for the chosen area: both safe for colour-blind readers,
// and the spillover zone and the chosen area also differ by pattern (dots, stripes).
const SKIN = [0.86, 0.82, 0.78];
const ESSENTIAL = [0.78, 0.3, 0.02];
const SPILL = [0.7, 0.25, 0.0];
const SPILL_TINT = [0.97, 0.8, 0.64];
const AREA = [0.0, 0.38, 0.66];

const vertexShader = /* glsl */ `
attribute vec3 mark;
varying vec3 vNormal;
varying vec3 vMark;
void main() {
  vNormal = normalize(normalMatrix * normal);
  vMark = mark;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;

const fragmentShader = /* glsl */ `
uniform vec3 uSkin;
uniform vec3 uEssential;
uniform vec3 uSpill;
uniform vec3 uSpillTint;
uniform vec3 uArea;
uniform float uDot;
varying vec3 vNormal;
varying vec3 vMark;
void main() {
  vec3 n = normalize(vNormal);
  // soft studio light in view space: key from above left, fill from the sky, a little rim
  float key = max(dot(n, normalize(vec3(-0.35, 0.6, 0.75))), 0.0);
  float fill = max(dot(n, normalize(vec3(0.6, 0.1, 0.5))), 0.0);
  float sky = 0.5 + 0.5 * n.y;
  float rim = pow(1.0 - max(n.z, 0.0), 3.0);
  float ess = smoothstep(0.45, 0.55, vMark.x);
  float spill = smoothstep(0.45, 0.55, vMark.y) * (1.0 - ess);
  float area = smoothstep(0.45, 0.55, vMark.z);
  // screen-space stipple: round dots on a square grid
  vec2 cell = mod(gl_FragCoord.xy, uDot) - 0.5 * uDot;
  float dots = 1.0 - smoothstep(uDot * 0.24, uDot * 0.24 + 1.0, length(cell));
  // diagonal stripes for the reader's chosen area
  float stripe = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / (uDot * 1.5)));
  vec3 base = uSkin;
  base = mix(base, uSpillTint, spill);
  base = mix(base, uSpill, spill * dots);
  base = mix(base, uEssential, ess);
  base = mix(base, uArea, area * (0.25 + 0.6 * stripe));
  vec3 light = vec3(0.28 + 0.2 * sky) + vec3(0.62) * key + vec3(0.14) * fill;
  gl_FragColor = vec4(base * light + 0.06 * rim, 1.0);
}`;

// Test hook support: the live view drawing into each map's canvas.
const views = new WeakMap<HTMLCanvasElement, MapView>();

/**
 * Test hook: where `area`'s surface points (well inside it, and outside every `exclude` area) are
 * in `canvas`'s picture for the live camera, in CSS pixels from its top-left corner. Only points
 * the camera can see (facing it, inside the picture, not hidden behind another part); the ones
 * nearest the middle of the area first. At most `max` points.
 */
export function projectArea(canvas: HTMLCanvasElement, area: BodyAreaId, exclude: readonly BodyAreaId[] = [], max = 5): { x: number; y: number }[] {
  return views.get(canvas)?.projectArea(area, exclude, max) ?? [];
}

const lerp = (a: number, b: number, k: number) => a + (b - a) * k;
const ease = (k: number) => (k < 0.5 ? 4 * k * k * k : 1 - Math.pow(-2 * k + 2, 3) / 2);
const wrapAngle = (a: number) => Math.atan2(Math.sin(a), Math.cos(a));

export class MapView implements RendererClient {
  private readonly shared: SharedRenderer;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(30, 1, 0.05, 20);
  private readonly geometry: BufferGeometry;
  private readonly material: ShaderMaterial;
  private readonly mesh: Mesh;
  private readonly markAttr: BufferAttribute;
  private readonly ctx: CanvasRenderingContext2D;
  private pose: Pose = { target: [...HOME_TARGET], yaw: 0, pitch: 0.05, dist: HOME_DIST };
  private homeYaw = 0;
  private flight?: { from: Pose; to: Pose; start: number };
  private markers: MarkerSpot[] = [];
  private width = 1;
  private height = 1;
  private dpr = 1;
  private visible = false;
  private dirty = true;
  private raf = 0;
  private disposed = false;
  /** Frames this view has drawn (diagnostic). */
  frames = 0;

  constructor(
    private readonly host: MapViewHost,
    prepare?: () => PreparedContext | undefined,
  ) {
    this.shared = acquireRenderer(this, prepare);
    const ctx = host.canvas.getContext('2d');
    if (!ctx) {
      releaseRenderer(this);
      throw new Error('no 2D context');
    }
    this.ctx = ctx;
    const body = buildBody();
    this.geometry = new BufferGeometry();
    this.geometry.setAttribute('position', new BufferAttribute(body.positions, 3));
    this.geometry.setAttribute('normal', new BufferAttribute(body.normals, 3));
    this.markAttr = new BufferAttribute(new Float32Array(body.vertexCount * 3), 3);
    this.geometry.setAttribute('mark', this.markAttr);
    this.geometry.setIndex(new BufferAttribute(body.indices, 1));
    this.geometry.computeBoundingSphere();
    const v3 = (c: number[]) => new Vector3(c[0], c[1], c[2]);
    this.material = new ShaderMaterial({
      vertexShader,
      fragmentShader,
      uniforms: {
        uSkin: { value: v3(SKIN) },
        uEssential: { value: v3(ESSENTIAL) },
        uSpill: { value: v3(SPILL) },
        uSpillTint: { value: v3(SPILL_TINT) },
        uArea: { value: v3(AREA) },
        uDot: { value: 6 },
      },
    });
    this.mesh = new Mesh(this.geometry, this.material);
    this.scene.add(this.mesh);
    views.set(host.canvas, this);
  }

  /** The shared context is lost right now (nothing can be drawn). */
  get lost(): boolean {
    return this.shared.lost;
  }

  /** Size of the picture in CSS pixels and the device pixel ratio to draw at. */
  resize(cssWidth: number, cssHeight: number, dpr: number): void {
    const d = Math.min(2, Math.max(1, dpr));
    const w = Math.max(1, Math.round(cssWidth * d));
    const h = Math.max(1, Math.round(cssHeight * d));
    if (w === this.width && h === this.height && d === this.dpr) return;
    this.width = w;
    this.height = h;
    this.dpr = d;
    this.host.canvas.width = w;
    this.host.canvas.height = h;
    this.material.uniforms.uDot.value = Math.round(5 * d);
    this.invalidate();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.schedule();
  }

  /**
   * Per-vertex marks: essential zone, spillover zone, chosen area (1 = marked). Arrays of
   * vertex count length; omitted ones are cleared.
   */
  setMarks(essential?: Float32Array, spillover?: Float32Array, area?: Float32Array): void {
    const arr = this.markAttr.array as Float32Array;
    const n = arr.length / 3;
    for (let i = 0; i < n; i++) {
      arr[i * 3] = essential ? essential[i] : 0;
      arr[i * 3 + 1] = spillover ? spillover[i] : 0;
      arr[i * 3 + 2] = area ? area[i] : 0;
    }
    this.markAttr.needsUpdate = true;
    this.invalidate();
  }

  setMarkers(markers: MarkerSpot[]): void {
    this.markers = markers;
    this.invalidate();
  }

  /** Turns to a preset view of the whole body. */
  setView(view: ViewName, animate: boolean): void {
    this.homeYaw = VIEW_YAW[view];
    this.go({ target: [...HOME_TARGET], yaw: this.homeYaw, pitch: 0.05, dist: HOME_DIST }, animate);
  }

  /** Back to the preset view. */
  reset(animate: boolean): void {
    this.go({ target: [...HOME_TARGET], yaw: this.homeYaw, pitch: 0.05, dist: HOME_DIST }, animate);
  }

  /** Looks at `target` from the direction `normal` faces, from `dist` metres away. */
  focus(target: Vec3, normal: Vec3, dist: number, animate: boolean): void {
    const yaw = Math.atan2(normal[0], normal[2]);
    const pitch = Math.max(-0.3, Math.min(0.35, Math.asin(Math.max(-1, Math.min(1, normal[1]))) * 0.5));
    this.go({ target, yaw, pitch, dist: Math.max(MIN_DIST, Math.min(MAX_DIST, dist)) }, animate);
  }

  orbit(dYaw: number, dPitch: number): void {
    this.flight = undefined;
    this.pose.yaw = wrapAngle(this.pose.yaw + dYaw);
    this.pose.pitch = Math.max(-1.2, Math.min(1.2, this.pose.pitch + dPitch));
    this.invalidate();
  }

  zoom(factor: number): void {
    this.flight = undefined;
    this.pose.dist = Math.max(MIN_DIST, Math.min(MAX_DIST, this.pose.dist * factor));
    this.invalidate();
  }

  get distance(): number {
    return this.pose.dist;
  }

  get yaw(): number {
    return this.pose.yaw;
  }

  /** The body point under a CSS-pixel position of the canvas, if any. */
  pick(x: number, y: number, cssWidth: number, cssHeight: number): Vec3 | undefined {
    this.applyPose();
    const ray = new Raycaster();
    ray.setFromCamera(new Vector2((x / cssWidth) * 2 - 1, -(y / cssHeight) * 2 + 1), this.camera);
    const hit = ray.intersectObject(this.mesh, false)[0];
    return hit ? [hit.point.x, hit.point.y, hit.point.z] : undefined;
  }

  private go(to: Pose, animate: boolean): void {
    if (!animate || this.host.reducedMotion()) {
      this.flight = undefined;
      this.pose = to;
    } else {
      const from = { ...this.pose, target: [...this.pose.target] as Vec3 };
      // turn the short way round
      const yaw = from.yaw + wrapAngle(to.yaw - from.yaw);
      this.flight = { from, to: { ...to, yaw }, start: performance.now() };
    }
    this.invalidate();
  }

  private invalidate(): void {
    this.dirty = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.raf || this.disposed || !this.visible) return;
    this.raf = requestAnimationFrame(this.tick);
  }

  /** Draws now if needed (tests and the first frame use this to avoid waiting a frame). */
  renderNow(): boolean {
    if (this.disposed || this.shared.lost) return false;
    this.applyPose();
    const ok = this.shared.draw(this.scene, this.camera, this.ctx, this.width, this.height);
    if (ok) {
      this.frames++;
      this.dirty = false;
      this.host.frame(this.project());
    }
    return ok;
  }

  private readonly tick = (now: number): void => {
    this.raf = 0;
    if (this.disposed || !this.visible) return;
    if (this.flight) {
      const k = Math.min(1, (now - this.flight.start) / FLIGHT_MS);
      const e = ease(k);
      const { from, to } = this.flight;
      this.pose = {
        target: [lerp(from.target[0], to.target[0], e), lerp(from.target[1], to.target[1], e), lerp(from.target[2], to.target[2], e)],
        yaw: lerp(from.yaw, to.yaw, e),
        pitch: lerp(from.pitch, to.pitch, e),
        dist: lerp(from.dist, to.dist, e),
      };
      if (k >= 1) {
        this.pose.yaw = wrapAngle(this.pose.yaw);
        this.flight = undefined;
      }
      this.dirty = true;
    }
    if (this.dirty) this.renderNow();
    // keep going only while a flight is under way: no frame loop while idle
    if (this.flight) this.schedule();
  };

  private applyPose(): void {
    const { target, yaw, pitch, dist } = this.pose;
    const cw = Math.cos(pitch);
    this.camera.position.set(target[0] + dist * Math.sin(yaw) * cw, target[1] + dist * Math.sin(pitch), target[2] + dist * Math.cos(yaw) * cw);
    this.camera.lookAt(target[0], target[1], target[2]);
    this.camera.aspect = this.width / this.height;
    this.camera.updateProjectionMatrix();
    this.camera.updateMatrixWorld();
  }

  /** See the exported `projectArea` test hook. */
  projectArea(area: BodyAreaId, exclude: readonly BodyAreaId[], max: number): { x: number; y: number }[] {
    this.applyPose();
    const inside = areaMarks([area]);
    const out = exclude.length ? areaMarks(exclude) : undefined;
    const pos = this.geometry.getAttribute('position');
    const nor = this.geometry.getAttribute('normal');
    const cam = this.camera.position;
    const cssW = this.width / this.dpr, cssH = this.height / this.dpr;
    const p = new Vector3(), n = new Vector3(), toCam = new Vector3(), ndc = new Vector3();
    const candidates: { world: Vector3; ndc: Vector3 }[] = [];
    for (let i = 0; i < inside.length; i++) {
      // well inside the area, away from the soft edge the shader blends
      if (inside[i] < 0.99 || (out && out[i] > 0.01)) continue;
      p.fromBufferAttribute(pos, i);
      n.fromBufferAttribute(nor, i);
      toCam.subVectors(cam, p);
      if (n.dot(toCam) < 0.3 * toCam.length()) continue;
      ndc.copy(p).project(this.camera);
      if (Math.abs(ndc.x) > 0.95 || Math.abs(ndc.y) > 0.95 || ndc.z >= 1) continue;
      candidates.push({ world: p.clone(), ndc: ndc.clone() });
    }
    if (!candidates.length) return [];
    const mx = candidates.reduce((s, c) => s + c.ndc.x, 0) / candidates.length;
    const my = candidates.reduce((s, c) => s + c.ndc.y, 0) / candidates.length;
    candidates.sort((a, b) => Math.hypot(a.ndc.x - mx, a.ndc.y - my) - Math.hypot(b.ndc.x - mx, b.ndc.y - my));
    const ray = new Raycaster();
    const found: { x: number; y: number }[] = [];
    // ray casts are slow on a whole body: test candidates in order and stop once there are enough
    for (const c of candidates.slice(0, 80)) {
      ray.setFromCamera(new Vector2(c.ndc.x, c.ndc.y), this.camera);
      const hit = ray.intersectObject(this.mesh, false)[0];
      if (!hit || hit.point.distanceTo(c.world) > 0.01) continue;
      found.push({ x: (c.ndc.x * 0.5 + 0.5) * cssW, y: (-c.ndc.y * 0.5 + 0.5) * cssH });
      if (found.length >= max) break;
    }
    return found;
  }

  private project(): ProjectedMarker[] {
    const v = new Vector3();
    const cam = this.camera.position;
    const cssW = this.width / this.dpr, cssH = this.height / this.dpr;
    return this.markers.map((m) => {
      v.set(m.point[0], m.point[1], m.point[2]);
      const toCam = [cam.x - v.x, cam.y - v.y, cam.z - v.z];
      const facing = toCam[0] * m.normal[0] + toCam[1] * m.normal[1] + toCam[2] * m.normal[2] > 0.02;
      v.project(this.camera);
      const x = (v.x * 0.5 + 0.5) * cssW;
      const y = (-v.y * 0.5 + 0.5) * cssH;
      const inside = v.z < 1 && x >= 0 && y >= 0 && x <= cssW && y <= cssH;
      return { key: m.key, x, y, visible: facing && inside };
    });
  }

  contextLost(): void {
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.host.contextLost();
  }

  contextRestored(): void {
    // three re-creates its GL state itself; our buffers are re-uploaded on the next render
    this.markAttr.needsUpdate = true;
    this.host.contextRestored();
    this.invalidate();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (views.get(this.host.canvas) === this) views.delete(this.host.canvas);
    if (this.raf) cancelAnimationFrame(this.raf);
    this.scene.remove(this.mesh);
    this.geometry.dispose();
    this.material.dispose();
    releaseRenderer(this);
  }
}
