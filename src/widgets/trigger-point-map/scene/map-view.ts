// One map's 3D view: the shared body mesh with this map's chart marks, an orbit camera with flights,
// an optional second small picture (inset-picture.ts), marker projection and picking.
// Draws only when something changed and only while visible, through the page's one frame loop; the
// small picture only when it changed (it does not move with the orbit).
import { type BufferAttribute, type BufferGeometry, Mesh, PerspectiveCamera, Raycaster, Scene, Vector2, Vector3, type ShaderMaterial } from 'three';
import { bodyMesh, builtBodyMesh } from '../body/places.js';
import type { BodyMesh } from '../body/mesher.js';
import type { Vec3 } from '../body/vec.js';
import { homePose, wrapAngle, MIN_DIST, MAX_DIST, FOV, type MapViewName, type Pose } from '../camera-focus.js';
import type { Fibres, ChartView } from '../../../content/trigger-point-chart/index.js';
import { bodyUniforms, createBodyMaterial, keepBodyProgram, setFibres, type BodyProgram } from './body-material.js';
import { dragBody, gatherMarks } from './drag-body.js';
import { bodyGeometry, buffersOf, releaseGeometry, type BodyBuffers } from './body-buffers.js';
import { acquireRenderer, prepareRenderer, releaseRenderer, type PreparedContext, type RendererClient, type SharedRenderer } from './shared-renderer.js';
import { applyPose, projectWith, type ProjectedMarker } from './projection.js';
import { InsetPicture } from './inset-picture.js';

export type { ProjectedMarker };

export interface MarkerSpot {
  key: string;
  point: Vec3;
  normal: Vec3;
}

export interface MapViewHost {
  canvas: HTMLCanvasElement;
  /** The second, small picture's canvas. */
  inset: HTMLCanvasElement;
  frame(markers: ProjectedMarker[], yaw: number): void;
  contextLost(): void;
  contextRestored(): void;
  reducedMotion(): boolean;
}

const FLIGHT_MS = 650;
/**
 * Turned while drawn straight to the screen, then still this long: its own canvas gets the picture
 * too. Longer than a frame takes in software WebGL, so a slow drag is not taken for a stop.
 */
const KEEP_MS = 400;

/** Bytes of vertex data on the GPU for `maps` maps drawing the full body (shared body + each map's marks). */
export function gpuBytes(maps: number): number {
  const a = buffersOf(bodyMesh());
  return a.position.array.byteLength + a.normal.array.byteLength + a.arm.array.byteLength + a.index.array.byteLength + maps * a.count * 4;
}

const lerp = (a: number, b: number, k: number) => a + (b - a) * k;
const ease = (k: number) => (k < 0.5 ? 4 * k * k * k : 1 - Math.pow(-2 * k + 2, 3) / 2);

// Test support: the live view of each map canvas.
const views = new WeakMap<HTMLCanvasElement, MapView>();
export const viewOf = (canvas: HTMLCanvasElement): MapView | undefined => views.get(canvas);

export class MapView implements RendererClient {
  private readonly shared: SharedRenderer;
  private readonly scene = new Scene();
  readonly camera = new PerspectiveCamera(FOV, 1, 0.05, 20);
  /** The second small picture. */
  readonly inset: InsetPicture;
  /** The body drawn: the full mesh, or the coarse one until the full one is built (useBody). */
  private body: BodyBuffers;
  private geometry: BufferGeometry;
  /** The body's programs (body-material.ts), one set of uniforms: `plain` while nothing is painted on it. */
  private readonly materials: Record<BodyProgram, ShaderMaterial>;
  private readonly mesh: Mesh;
  /** Per-vertex chart marks of the body drawn: essential, spillover, muscle, chosen area (see body-material.ts). */
  marks: BufferAttribute;
  private readonly ctx: CanvasRenderingContext2D;
  private pose: Pose = homePose('front');
  private home: Pose = homePose('front');
  private flight?: { from: Pose; to: Pose; start: number };
  /** The markers, asked for when a picture is projected (placing them costs main-thread time: see renderNow). */
  private markers: () => readonly MarkerSpot[] = () => [];
  private size = { w: 1, h: 1, dpr: 1, iw: 1, ih: 1 };
  private visible = false;
  private dirty = true;
  /** Its own canvas holds the current picture at full resolution (false while drawn straight to the screen or smaller, and not yet kept). */
  private kept = true;
  /** The coarser body for a drag's frames (drag-body.ts) with this map's marks, made on the first drag that needs it. */
  private drag?: { mesh: Mesh; geometry: BufferGeometry; marks: BufferAttribute; buffers: BodyBuffers; stale: boolean };
  /** The last picture was a drag frame drawn at reduced scale: a full-resolution one is owed once the drag stops. */
  private reduced = false;
  private drawnAt = 0;
  /** The reader is dragging or pinching (frames follow each other): no copy per frame. */
  private moving = false;
  private disposed = false;
  /** Frames this view has drawn (diagnostic). */
  frames = 0;

  constructor(
    private readonly host: MapViewHost,
    prepare: (() => PreparedContext | undefined) | undefined,
    /** The body to draw first: the full mesh, or the coarse one while the full one is being built. */
    surface: BodyMesh,
  ) {
    this.shared = acquireRenderer(this, prepare);
    const ctx = host.canvas.getContext('2d');
    const insetCtx = host.inset.getContext('2d');
    if (!ctx || !insetCtx) {
      releaseRenderer(this);
      throw new Error('no 2D context');
    }
    this.ctx = ctx;
    this.inset = new InsetPicture(insetCtx);
    this.body = buffersOf(surface);
    ({ geometry: this.geometry, marks: this.marks } = bodyGeometry(this.body));
    const uniforms = bodyUniforms();
    this.materials = { plain: createBodyMaterial('plain', uniforms), chart: createBodyMaterial('chart', uniforms) };
    this.mesh = new Mesh(this.geometry, this.materials.plain);
    this.scene.add(this.mesh);
    views.set(host.canvas, this);
  }

  /** The body's material drawn now (marksChanged picks it). */
  private get material(): ShaderMaterial {
    return this.mesh.material as ShaderMaterial;
  }

  /** The body mesh drawn (the chart marks are painted on its vertices). */
  get surface(): BodyMesh {
    return this.body.mesh;
  }

  /**
   * Draws another body from now on (the full one, once built), with blank marks: the caller paints
   * them and calls marksChanged. The coarse body's shared buffers are freed with its last user.
   */
  useBody(surface: BodyMesh): void {
    if (surface === this.body.mesh || this.disposed) return;
    const old = { geometry: this.geometry, body: this.body };
    this.body = buffersOf(surface);
    ({ geometry: this.geometry, marks: this.marks } = bodyGeometry(this.body));
    this.mesh.geometry = this.geometry;
    releaseGeometry(old.geometry, old.body);
    this.inset.dirty = true;
    this.invalidate();
  }

  /** The shared context is lost right now (nothing can be drawn). */
  get lost(): boolean {
    return this.shared.lost;
  }

  get yaw(): number {
    return this.pose.yaw;
  }

  get distance(): number {
    return this.pose.dist;
  }

  /** Size of the pictures in CSS pixels and the device pixel ratio to draw at. */
  resize(cssWidth: number, cssHeight: number, dpr: number, insetWidth = 0, insetHeight = 0): void {
    const d = pictureDpr(dpr);
    const s = { w: devicePx(cssWidth, d), h: devicePx(cssHeight, d), dpr: d, iw: devicePx(insetWidth, d), ih: devicePx(insetHeight, d) };
    if (s.w === this.size.w && s.h === this.size.h && s.dpr === this.size.dpr && s.iw === this.size.iw && s.ih === this.size.ih) return;
    this.size = s;
    this.host.canvas.width = s.w;
    this.host.canvas.height = s.h;
    this.host.inset.width = s.iw;
    this.host.inset.height = s.ih;
    this.material.uniforms.uDot.value = Math.round(5 * d);
    this.inset.dirty = true;
    this.invalidate();
  }

  /** Aspect ratio of the main picture. */
  get aspect(): number {
    return this.size.w / this.size.h;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.shared.setShown(this, visible);
    if (visible) this.invalidate();
    else this.shared.cancel(this);
  }

  /** The marks buffer was written (`painted`: anything is painted on it): upload it and draw. */
  marksChanged(painted: boolean, fibres: Fibres | undefined, fibreView: ChartView | undefined, deep: boolean): void {
    this.marks.needsUpdate = true;
    if (this.drag) this.drag.stale = true;
    const program: BodyProgram = painted ? 'chart' : 'plain';
    keepBodyProgram(this.shared, program);
    this.mesh.material = this.materials[program];
    if (this.drag) this.drag.mesh.material = this.material;
    setFibres(this.material, fibres, fibreView, deep);
    this.inset.dirty = true;
    this.invalidate();
  }

  /** Leaves the arms out of the picture (a side view of the trunk or leg, which they would hide). */
  setHideArms(hide: boolean): void {
    if (this.material.uniforms.uHideArms.value === (hide ? 1 : 0)) return;
    this.material.uniforms.uHideArms.value = hide ? 1 : 0;
    this.inset.dirty = true;
    this.invalidate();
  }

  /** Compiles and keeps both of the body's programs (once the full body is on screen; nothing when they are kept already). */
  keepPrograms(): void {
    if (this.disposed || this.shared.lost) return;
    keepBodyProgram(this.shared, 'plain');
    keepBodyProgram(this.shared, 'chart');
  }

  setMarkers(markers: () => readonly MarkerSpot[]): void {
    this.markers = markers;
    this.invalidate();
  }

  /** Turns to a preset view of the whole body (that becomes what "reset" returns to). */
  setView(view: MapViewName, animate: boolean): void {
    this.home = homePose(view);
    this.go(this.home, animate);
  }

  reset(animate: boolean): void {
    this.go(this.home, animate);
  }

  /** Flies to a pose (a chosen muscle's chart view). */
  focus(pose: Pose, animate: boolean): void {
    this.go({ ...pose, dist: Math.max(MIN_DIST, Math.min(MAX_DIST, pose.dist)) }, animate);
  }

  /** Shows (or hides) the second small picture with its own fixed pose, the trigger points to draw on it, and whether it looks past the arms. */
  setInset(pose: Pose | undefined, spots: readonly MarkerSpot[] = [], hideArms = false): void {
    this.inset.set(pose, spots, hideArms);
    this.invalidate();
  }

  /** Turns the camera; `drag`: a step of a pointer drag (its picture is kept in its own canvas once it stops). */
  orbit(dYaw: number, dPitch: number, drag = false): void {
    this.flight = undefined;
    this.moving = drag;
    this.pose = { ...this.pose, yaw: wrapAngle(this.pose.yaw + dYaw), pitch: Math.max(-1.2, Math.min(1.2, this.pose.pitch + dPitch)) };
    this.invalidate();
  }

  zoom(factor: number, drag = false): void {
    this.flight = undefined;
    this.moving = drag;
    this.pose = { ...this.pose, dist: Math.max(MIN_DIST, Math.min(MAX_DIST, this.pose.dist * factor)) };
    this.invalidate();
  }

  /** The reader let go (pointer up or cancelled): draw the still picture at full resolution and keep it now. */
  endDrag(): void {
    this.moving = false;
    if (!this.kept) this.invalidate();
  }

  /** The body point (and its outward normal) under a CSS-pixel position of the main picture. */
  pick(x: number, y: number, cssWidth: number, cssHeight: number): { point: Vec3; normal: Vec3 } | undefined {
    applyPose(this.camera, this.pose, this.aspect);
    const ray = new Raycaster();
    ray.setFromCamera(new Vector2((x / cssWidth) * 2 - 1, -(y / cssHeight) * 2 + 1), this.camera);
    const hit = ray.intersectObject(this.mesh, false)[0];
    if (!hit) return undefined;
    const n = hit.face?.normal ?? new Vector3(0, 0, 1);
    return { point: [hit.point.x, hit.point.y, hit.point.z], normal: [n.x, n.y, n.z] };
  }

  private go(to: Pose, animate: boolean): void {
    if (!animate || this.host.reducedMotion()) {
      this.flight = undefined;
      this.pose = to;
    } else {
      const from = { ...this.pose, target: [...this.pose.target] as Vec3 };
      this.flight = { from, to: { ...to, yaw: from.yaw + wrapAngle(to.yaw - from.yaw) }, start: performance.now() };
    }
    this.invalidate();
  }

  /** Draws again on the next frame (the marker layout changed, say). */
  redraw(): void {
    this.invalidate();
  }

  private invalidate(): void {
    this.dirty = true;
    if (!this.disposed && this.visible) this.shared.request(this);
  }

  /** Draws now if needed (the first frame uses this to avoid waiting a frame). */
  renderNow(): boolean {
    if (this.disposed || this.shared.lost) return false;
    const { w, h, iw, ih, dpr } = this.size;
    if (!this.inset.draw(this.shared, this.scene, this.material, iw, ih, dpr)) return false;
    applyPose(this.camera, this.pose, this.aspect);
    // a drag's frames are drawn cheaper while they come slowly (SharedRenderer.dragStepAt): the coarser
    // body, fewer pixels
    const step = this.moving ? this.shared.dragStepAt(performance.now()) : { coarse: false, scale: 1 };
    const s = step.scale;
    const sw = Math.max(1, Math.round(w * s)), sh = Math.max(1, Math.round(h * s));
    const coarse = step.coarse ? this.dragMesh() : undefined;
    const dot = this.material.uniforms.uDot;
    const fullDot = dot.value as number;
    if (s < 1) dot.value = Math.max(2, Math.round(fullDot * s));
    this.mesh.visible = !coarse;
    if (coarse) coarse.visible = true;
    const drawn = this.shared.render(this.scene, this.camera, sw, sh, this.frames === 0);
    this.mesh.visible = true;
    if (coarse) coarse.visible = false;
    dot.value = fullDot;
    if (!drawn) return false;
    // projected (and on the first picture, placed) while the GPU draws: present() and copy() wait for it
    const projected = this.project();
    this.reduced = sw !== w || sh !== h || !!coarse;
    this.kept = this.shared.present(this, this.host.canvas, this.ctx, w, h, dpr, sw, sh) === 'copy' && !this.reduced;
    // every picture but the reader's own turning and zooming also goes into its own canvas at once
    // (choices, view buttons, flights); a turned one only once the turning stops (keep(), endDrag())
    if (!this.kept && !this.moving) {
      this.shared.copy(this.ctx, w, h);
      this.kept = true;
    }
    this.moving = false;
    this.drawnAt = performance.now();
    this.frames++;
    this.dirty = false;
    this.host.frame(projected, this.pose.yaw);
    if (!this.kept && this.visible) this.shared.request(this);
    return true;
  }

  /**
   * The coarser body with this map's marks, once it is built (the first call starts the build); none
   * while the view still draws the coarse body itself.
   */
  private dragMesh(): Mesh | undefined {
    if (this.body.mesh !== builtBodyMesh()) return undefined;
    const body = dragBody();
    if (!body) return undefined;
    if (!this.drag) {
      const { geometry, marks } = bodyGeometry(body.buffers);
      const mesh = new Mesh(geometry, this.material);
      mesh.visible = false;
      this.scene.add(mesh);
      this.drag = { mesh, geometry, marks, buffers: body.buffers, stale: true };
    }
    if (this.drag.stale) {
      gatherMarks(body.nearest, this.marks.array as Uint8Array, this.drag.marks.array as Uint8Array);
      this.drag.marks.needsUpdate = true;
      this.drag.stale = false;
    }
    return this.drag.mesh;
  }

  /**
   * Turned while drawn straight to the screen and still since: renders the same picture once more
   * into its own canvas, which then shows it when another map comes on screen (not counted as a frame).
   */
  private keep(): void {
    const { w, h, dpr } = this.size;
    applyPose(this.camera, this.pose, this.aspect);
    if (!this.shared.render(this.scene, this.camera, w, h)) return;
    // on screen too (it replaces a drag frame drawn smaller)
    if (this.shared.present(this, this.host.canvas, this.ctx, w, h, dpr) === 'direct') this.shared.copy(this.ctx, w, h);
    this.reduced = false;
    this.kept = true;
  }

  /** Called by the page's frame loop. */
  frame(now: number): boolean {
    if (this.disposed || !this.visible) return false;
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
    else if (!this.kept && now - this.drawnAt >= KEEP_MS) this.keep();
    return !!this.flight || !this.kept;
  }

  /** A body point in CSS pixels of the main picture, whether the camera sees it, and its scale there. */
  projectPoint(point: Vec3, normal?: Vec3): ProjectedMarker {
    return projectWith(this.camera, this.size.w / this.size.dpr, this.size.h / this.size.dpr, point, normal);
  }

  private project(): ProjectedMarker[] {
    return this.markers().map((m) => ({ ...this.projectPoint(m.point, m.normal), key: m.key }));
  }

  contextLost(): void {
    this.host.contextLost();
  }

  contextRestored(): void {
    // three re-creates its GL state itself; our buffers are re-uploaded on the next render
    this.marks.needsUpdate = true;
    if (this.drag) this.drag.marks.needsUpdate = true;
    this.inset.dirty = true;
    this.host.contextRestored();
    this.invalidate();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (views.get(this.host.canvas) === this) views.delete(this.host.canvas);
    this.scene.remove(this.mesh);
    // free only this map's marks: the full body's shared buffers stay for the other maps, the coarse
    // body's go with their last user
    releaseGeometry(this.geometry, this.body);
    if (this.drag) {
      this.scene.remove(this.drag.mesh);
      releaseGeometry(this.drag.geometry, this.drag.buffers);
    }
    this.materials.plain.dispose();
    this.materials.chart.dispose();
    releaseRenderer(this);
  }
}

/**
 * The page's renderer made, and the body's `program` (the one the map's first picture draws with)
 * compiled and first drawn, before any map view needs them (see keepBodyProgram), with the canvas sized
 * for the map's picture (its CSS size and the page's pixel ratio, as resize() takes them). Returns the
 * release of this hold on the renderer.
 */
export function prepareBodyRenderer(prepare: (() => PreparedContext | undefined) | undefined, cssWidth: number, cssHeight: number, dpr: number, program: BodyProgram): () => void {
  const d = pictureDpr(dpr);
  return prepareRenderer(prepare, (r) => keepBodyProgram(r, program), devicePx(cssWidth, d), devicePx(cssHeight, d));
}

/** The pixel ratio pictures are drawn at (1–2: more would cost a software rasteriser four times the work for little gain). */
const pictureDpr = (dpr: number): number => Math.min(2, Math.max(1, dpr));
const devicePx = (css: number, dpr: number): number => Math.max(1, Math.round(css * dpr));
