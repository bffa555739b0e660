// The second small picture (the other side of the body, or the chosen muscle's trigger points when
// the main picture shows none): its own camera at a fixed pose, drawn only when it changed, with the
// chosen muscle's trigger points drawn on it as small X's in its own projection. The X's are pixels
// in a picture hidden from assistive technology (the main picture's markers are the buttons).
import { PerspectiveCamera, type Scene, type ShaderMaterial } from 'three';
import { FOV, type Pose } from '../camera-focus.js';
import { applyPose, projectWith } from './projection.js';
import type { SharedRenderer } from './shared-renderer.js';
import type { MarkerSpot } from './map-view.js';

/** Size of an X in the small picture, CSS pixels (the main picture's are about 20). */
export const INSET_X_PX = 8;
/** Trigger points closer than this on the body (m) are one spot in the small picture: one X. */
const SAME_SPOT = 0.012;
const TURNS = [0, 0.5, -0.5, 1, -1, 1.5, -1.5].map((k) => (k * Math.PI) / 2);

export class InsetPicture {
  readonly camera = new PerspectiveCamera(FOV, 1, 0.05, 20);
  private pose?: Pose;
  private spots: readonly MarkerSpot[] = [];
  private hideArms = false;
  dirty = true;
  /** The X's on the current picture, CSS pixels of the small canvas (test support). */
  drawn: { key: string; x: number; y: number }[] = [];

  constructor(private readonly ctx: CanvasRenderingContext2D) {}

  get shown(): boolean {
    return !!this.pose;
  }

  /** `hideArms`: a side view that looks past the arms, as the main picture's side view does (setHideArms). */
  set(pose: Pose | undefined, spots: readonly MarkerSpot[], hideArms = false): void {
    this.pose = pose;
    this.spots = spots;
    this.hideArms = hideArms;
    this.dirty = true;
  }

  /** Renders the picture if it changed; false when the renderer could not draw (context lost). */
  draw(shared: SharedRenderer, scene: Scene, material: ShaderMaterial, iw: number, ih: number, dpr: number): boolean {
    if (!this.dirty) return true;
    this.drawn = [];
    if (this.pose && iw > 1) {
      applyPose(this.camera, this.pose, iw / ih);
      // the body's material is the main picture's: its arms setting is this picture's for this render only
      const arms = material.uniforms.uHideArms;
      const main = arms.value as number;
      arms.value = this.hideArms ? 1 : 0;
      const drawn = shared.render(scene, this.camera, iw, ih);
      arms.value = main;
      if (!drawn) return false;
      shared.copy(this.ctx, iw, ih);
      this.drawMarks(iw / dpr, ih / dpr, dpr);
    }
    this.dirty = false;
    return true;
  }

  /**
   * The chosen muscle's X's that face this camera (the main picture's test), drawn over the picture, none
   * on top of another: two X's closer than their size and 2 px read as one blot at this size, so a second
   * one is moved beside the first, by at most its size and 2 px (the main picture's markers move apart the
   * same way); one with no such place, or that stands for nearly the same spot (SAME_SPOT), is left out.
   */
  private drawMarks(cssW: number, cssH: number, dpr: number): void {
    const c = this.ctx;
    const h = (INSET_X_PX / 2) * dpr;
    const apart = INSET_X_PX + 2;
    const spotOf = new Map<string, MarkerSpot>();
    c.save();
    c.lineCap = 'round';
    for (const s of this.spots) {
      const p = projectWith(this.camera, cssW, cssH, s.point, s.normal);
      if (!p.visible) continue;
      let { x, y } = p;
      const near = this.drawn.find((d) => Math.hypot(d.x - x, d.y - y) < apart);
      if (near) {
        const other = spotOf.get(near.key)!.point;
        if (Math.hypot(other[0] - s.point[0], other[1] - s.point[1], other[2] - s.point[2]) < SAME_SPOT) continue;
        // beside that X, away from it or turned up to a half turn either way, the first place free of the others
        const d = Math.hypot(x - near.x, y - near.y);
        const a0 = d > 0.01 ? Math.atan2(y - near.y, x - near.x) : 0;
        const free = TURNS.map((t) => [near.x + apart * Math.cos(a0 + t), near.y + apart * Math.sin(a0 + t)] as const).find(
          ([fx, fy]) => Math.hypot(fx - x, fy - y) <= apart && !this.drawn.some((o) => Math.hypot(o.x - fx, o.y - fy) < apart - 0.01),
        );
        if (!free) continue;
        [x, y] = free;
      }
      spotOf.set(s.key, s);
      this.drawn.push({ key: s.key, x, y });
      x *= dpr;
      y *= dpr;
      c.beginPath();
      c.moveTo(x - h, y - h);
      c.lineTo(x + h, y + h);
      c.moveTo(x + h, y - h);
      c.lineTo(x - h, y + h);
      // the main picture's X: dark over a white edge, so it shows on skin and on red alike
      c.strokeStyle = '#ffffff';
      c.lineWidth = 3.5 * dpr;
      c.stroke();
      c.strokeStyle = '#111111';
      c.lineWidth = 1.75 * dpr;
      c.stroke();
    }
    c.restore();
  }
}
