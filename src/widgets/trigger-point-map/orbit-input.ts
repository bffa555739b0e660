// Orbit input for the 3D picture: drag to turn, pinch or wheel (when focused) to zoom, arrow keys,
// + and −, Home, and a tap (a press that did not move) to pick a place. Independent of three.js:
// it drives any target with orbit/zoom/reset/tap.

export interface OrbitTarget {
  /** `drag`: one step of a pointer drag or pinch (more follow at once), not a single key or button step. */
  orbit(dYaw: number, dPitch: number, drag?: boolean): void;
  zoom(factor: number, drag?: boolean): void;
  /** The pointers were let go or cancelled: a drag or pinch, if any, is over. */
  end?(): void;
  reset(): void;
  /** A tap at CSS pixels of the element. */
  tap(x: number, y: number, width: number, height: number): void;
}

export const ORBIT_STEP = Math.PI / 12;
export const PITCH_STEP = Math.PI / 18;
export const ZOOM_STEP = 1.2;
const TAP_SLOP = 6;

export class OrbitInput {
  private readonly pointers = new Map<number, { x: number; y: number; startX: number; startY: number }>();
  private pinch = 0;

  constructor(private readonly target: () => OrbitTarget | undefined) {}

  /** Stops any drag in progress (the picture went away). */
  clear(): void {
    this.pointers.clear();
    this.pinch = 0;
  }

  readonly pointerdown = (e: PointerEvent): void => {
    if (!this.target() || (e.target as Element).closest('button')) return;
    try {
      (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    } catch {
      // synthetic or already-ended pointers cannot be captured; dragging still works inside the picture
    }
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, startX: e.clientX, startY: e.clientY });
    if (this.pointers.size === 2) this.pinch = this.spread();
  };

  private spread(): number {
    const [a, b] = Array.from(this.pointers.values());
    return Math.hypot(a.x - b.x, a.y - b.y);
  }

  readonly pointermove = (e: PointerEvent): void => {
    const p = this.pointers.get(e.pointerId);
    const t = this.target();
    if (!p || !t) return;
    const dx = e.clientX - p.x, dy = e.clientY - p.y;
    p.x = e.clientX;
    p.y = e.clientY;
    if (this.pointers.size === 2) {
      const d = this.spread();
      if (this.pinch > 0 && d > 0) t.zoom(this.pinch / d, true);
      this.pinch = d;
    } else {
      t.orbit(-dx * 0.01, dy * 0.006, true);
    }
  };

  readonly pointerup = (e: PointerEvent): void => {
    const p = this.pointers.get(e.pointerId);
    this.pointers.delete(e.pointerId);
    const t = this.target();
    if (!p || !t || this.pointers.size > 0) return;
    t.end?.();
    if (Math.hypot(e.clientX - p.startX, e.clientY - p.startY) > TAP_SLOP) return;
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    t.tap(e.clientX - r.left, e.clientY - r.top, r.width, r.height);
  };

  /** A cancelled pointer (the browser took the touch for scrolling, say) only stops dragging; it never picks. */
  readonly pointercancel = (e: PointerEvent): void => {
    this.pointers.delete(e.pointerId);
    if (this.pointers.size < 2) this.pinch = 0;
    if (this.pointers.size === 0) this.target()?.end?.();
  };

  readonly wheel = (e: WheelEvent): void => {
    // only when the picture has focus, so scrolling the page past the map still scrolls the page
    const t = this.target();
    if (!t || !(e.currentTarget as HTMLElement).matches(':focus-within')) return;
    e.preventDefault();
    t.zoom(e.deltaY > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
  };

  readonly keydown = (e: KeyboardEvent): void => {
    const t = this.target();
    if (!t || e.target !== e.currentTarget) return;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => t.orbit(-ORBIT_STEP, 0),
      ArrowRight: () => t.orbit(ORBIT_STEP, 0),
      ArrowUp: () => t.orbit(0, PITCH_STEP),
      ArrowDown: () => t.orbit(0, -PITCH_STEP),
      '+': () => t.zoom(1 / ZOOM_STEP),
      '=': () => t.zoom(1 / ZOOM_STEP),
      '-': () => t.zoom(ZOOM_STEP),
      _: () => t.zoom(ZOOM_STEP),
      Home: () => t.reset(),
    };
    const act = actions[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  };
}
