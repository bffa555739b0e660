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

  /** The chosen muscle's X's that face this camera (the main picture's test), drawn over the picture, none on top of another. */
  private drawMarks(cssW: number, cssH: number, dpr: number): void {
    const c = this.ctx;
    const h = (INSET_X_PX / 2) * dpr;
    c.save();
    c.lineCap = 'round';
    for (const s of this.spots) {
      const p = projectWith(this.camera, cssW, cssH, s.point, s.normal);
      // two X's closer than their size and 2 px read as one blot at this size: the first is drawn
      if (!p.visible || this.drawn.some((d) => Math.hypot(d.x - p.x, d.y - p.y) < INSET_X_PX + 2)) continue;
      this.drawn.push({ key: s.key, x: p.x, y: p.y });
      const x = p.x * dpr, y = p.y * dpr;
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
