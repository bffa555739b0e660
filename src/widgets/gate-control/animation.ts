// Moves impulses along the fibres with requestAnimationFrame, only while the element asks for it
// (playing, on screen, tab visible). Stopping cancels the frame: nothing is scheduled while idle.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
// Loaded lazily by the element, so it imports types only: a value import from the element's chunk would
// make the bundler add a module-namespace runtime to the first-load code.
import type { FibreId, GateState } from './gate-model.js';
import type { TrackId } from './diagram.js';

const TRACK_IDS: readonly TrackId[] = ['abeta', 'adelta', 'c', 'ascending', 'descending'];

const MAX_PULSES = 90;
/** Pathways in the cord and brain are drawn short; their pace is a display choice. */
const PATH_SPEED = 240;
const RADIUS: Record<TrackId, number> = { abeta: 8, adelta: 6, c: 5, ascending: 7, descending: 6 };
const FADE_S = 0.6;
/** Each track's spawn clock at the start of a run: every run (first, or back on screen) starts the same way. */
const SPAWN_START: Readonly<Record<TrackId, number>> = { abeta: 0.6, adelta: 0.6, c: 0.6, ascending: 0.3, descending: 0.3 };
/** Points sampled per path, once per layout; frames interpolate between them instead of asking the DOM. */
const SAMPLES = 128;

interface Pulse {
  track: TrackId;
  at: number;
  el: SVGCircleElement;
  /** Seconds left of the fade after the gate stopped it; undefined while moving. */
  fading?: number;
}

interface Geometry {
  layer: SVGGElement;
  paths: Record<TrackId, SVGPathElement>;
  length: Record<TrackId, number>;
  /** SAMPLES + 1 points at equal distances along each path, as x0, y0, x1, y1 … */
  points: Record<TrackId, Float32Array>;
  /** Distance along the small fibres where the gate stands. */
  gateAt: Partial<Record<TrackId, number>>;
}

export interface AnimatorOptions {
  /** Should frames run now (playing, visible, not reduced)? Asked on every update and frame. */
  shouldRun(): boolean;
  state(): GateState;
  /** On-screen speed of a fibre's impulses, diagram units per second. */
  speed(fibre: FibreId): number;
  root(): ParentNode | null;
  /** Called after the first frame is drawn. */
  onFirstFrame?(): void;
}

export class PulseAnimator implements ReactiveController {
  #raf = 0;
  #last = 0;
  #pulses: Pulse[] = [];
  #geometry?: Geometry;
  readonly #spawn: Record<TrackId, number> = { ...SPAWN_START };
  readonly #passed: Record<TrackId, number> = { abeta: 0, adelta: 0.5, c: 0.5, ascending: 0, descending: 0 };
  // Reused every frame, so the loop allocates nothing per frame.
  readonly #rate: Record<TrackId, number> = { abeta: 0, adelta: 0, c: 0, ascending: 0, descending: 0 };
  readonly #pos = { x: 0, y: 0 };

  readonly #host: ReactiveControllerHost & Element;
  readonly #options: AnimatorOptions;

  constructor(host: ReactiveControllerHost & Element, options: AnimatorOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** True while a frame is scheduled. */
  get running(): boolean {
    return this.#raf !== 0;
  }

  /** Starts or stops the loop to match `shouldRun()`. */
  sync(): void {
    const want = this.#host.isConnected && this.#options.shouldRun();
    if (want && !this.#raf) {
      this.#last = 0;
      this.#raf = window.requestAnimationFrame(this.#tick);
    } else if (!want && this.#raf) {
      this.#stop();
    }
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#stop();
    this.#geometry = undefined;
  }

  #stop(): void {
    if (this.#raf) window.cancelAnimationFrame(this.#raf);
    this.#raf = 0;
    for (const p of this.#pulses) p.el.remove();
    this.#pulses = [];
    Object.assign(this.#spawn, SPAWN_START);
  }

  #measure(): Geometry | undefined {
    if (this.#geometry?.layer.isConnected) return this.#geometry;
    const root = this.#options.root();
    const layer = root?.querySelector<SVGGElement>('g.pulses');
    const pivot = root?.querySelector<SVGCircleElement>('.gate-pivot');
    if (!root || !layer || !pivot) return undefined;
    const gateX = pivot.cx.baseVal.value;
    const paths = {} as Record<TrackId, SVGPathElement>;
    const length = {} as Record<TrackId, number>;
    const points = {} as Record<TrackId, Float32Array>;
    const gateAt: Partial<Record<TrackId, number>> = {};
    for (const id of TRACK_IDS) {
      const path = root.querySelector<SVGPathElement>(`path.track-${id}`);
      if (!path) return undefined;
      paths[id] = path;
      length[id] = path.getTotalLength();
      const pts = new Float32Array(2 * (SAMPLES + 1));
      for (let i = 0; i <= SAMPLES; i++) {
        const pt = path.getPointAtLength((length[id] * i) / SAMPLES);
        pts[2 * i] = pt.x;
        pts[2 * i + 1] = pt.y;
      }
      points[id] = pts;
    }
    for (const id of ['adelta', 'c'] as const) {
      // The small fibres end in a straight run, so the gate's distance is found by bisection on x.
      let lo = 0;
      let hi = length[id];
      for (let i = 0; i < 20; i++) {
        const mid = (lo + hi) / 2;
        if (paths[id].getPointAtLength(mid).x < gateX) lo = mid;
        else hi = mid;
      }
      gateAt[id] = lo;
    }
    return (this.#geometry = { layer, paths, length, points, gateAt });
  }

  readonly #tick = (now: number): void => {
    this.#raf = 0;
    if (!this.#host.isConnected || !this.#options.shouldRun()) return;
    const g = this.#measure();
    if (g) {
      const dt = this.#last ? Math.min(0.05, (now - this.#last) / 1000) : 1 / 60;
      this.#last = now;
      this.#step(g, dt);
      this.#options.onFirstFrame?.();
    }
    this.#raf = window.requestAnimationFrame(this.#tick);
  };

  #step(g: Geometry, dt: number): void {
    const state = this.#options.state();
    const rate = this.#rate;
    for (const id of TRACK_IDS) rate[id] = state.rates[id];
    if (state.descending.effect === 'none') rate.descending = 0;
    for (const id of TRACK_IDS) {
      this.#spawn[id] += rate[id] * dt;
      while (this.#spawn[id] >= 1) {
        this.#spawn[id] -= 1;
        if (this.#pulses.length < MAX_PULSES) this.#add(g, id);
      }
    }
    // Kept pulses are compacted to the front of the same array (no new array per frame).
    const pulses = this.#pulses;
    let kept = 0;
    for (let i = 0; i < pulses.length; i++) {
      const p = pulses[i];
      if (p.fading !== undefined) {
        p.fading -= dt;
        if (p.fading <= 0) {
          p.el.remove();
          continue;
        }
        // A slow, one-way fade: never a flash.
        p.el.style.opacity = String(p.fading / FADE_S);
        pulses[kept++] = p;
        continue;
      }
      const speed = p.track === 'ascending' || p.track === 'descending' ? PATH_SPEED : this.#options.speed(p.track);
      const before = p.at;
      p.at += speed * dt;
      const gate = g.gateAt[p.track];
      if (gate !== undefined && before < gate && p.at >= gate) {
        // Of the small-fibre impulses that reach the gate, the open fraction gets through.
        this.#passed[p.track] += 1 - state.gate;
        if (this.#passed[p.track] >= 1) this.#passed[p.track] -= 1;
        else {
          p.at = gate - 6;
          p.fading = FADE_S;
          p.el.classList.add('blocked');
        }
      }
      if (p.at >= g.length[p.track]) {
        p.el.remove();
        continue;
      }
      const pt = this.#pointAt(g, p.track, p.at);
      p.el.setAttribute('cx', pt.x.toFixed(1));
      p.el.setAttribute('cy', pt.y.toFixed(1));
      pulses[kept++] = p;
    }
    pulses.length = kept;
  }

  /** The point at distance `at` along a track, interpolated from the samples (writes into one shared object). */
  #pointAt(g: Geometry, track: TrackId, at: number): { x: number; y: number } {
    const pts = g.points[track];
    const f = Math.min(SAMPLES, Math.max(0, (at / (g.length[track] || 1)) * SAMPLES));
    const i = Math.min(SAMPLES - 1, Math.floor(f));
    const t = f - i;
    this.#pos.x = pts[2 * i] + (pts[2 * i + 2] - pts[2 * i]) * t;
    this.#pos.y = pts[2 * i + 1] + (pts[2 * i + 3] - pts[2 * i + 1]) * t;
    return this.#pos;
  }

  #add(g: Geometry, track: TrackId): void {
    // The layer's own namespace is SVG's, so no namespace URL needs spelling out here.
    const el = document.createElementNS(g.layer.namespaceURI, 'circle') as SVGCircleElement;
    el.setAttribute('class', `pulse pulse-${track}`);
    el.setAttribute('r', String(RADIUS[track]));
    const pts = g.points[track];
    el.setAttribute('cx', pts[0].toFixed(1));
    el.setAttribute('cy', pts[1].toFixed(1));
    g.layer.append(el);
    this.#pulses.push({ track, at: 0, el });
  }
}
