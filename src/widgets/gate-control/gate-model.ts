// The gate-control model (Melzack & Wall 1965), reduced to a few smooth, bounded functions so the
// diagram, the meter and the words all come from one place. Pure TypeScript: no DOM, no Lit.
import type { BrainState, GateWord, Level } from '../../content/gate-control-base.js';

export type { BrainState, GateWord, Level };
export const BRAIN_STATES = ['calm', 'neutral', 'stressed'] as const satisfies readonly BrainState[];

export type FibreId = 'abeta' | 'adelta' | 'c';
export const FIBRES: readonly FibreId[] = ['abeta', 'adelta', 'c'];

export interface GateInput {
  /** Pain input at the skin, 0–100. */
  pain: number;
  /** Touch and pressure (massage), 0–100. */
  touch: number;
  brain: BrainState;
}

export interface GateState {
  /** How much pain signal reaches the brain, 0–100. */
  signal: number;
  /** 0 = gate wide open, 1 = fully closed (the model never closes it completely). */
  gate: number;
  /** Activity of the inhibitory interneuron in the substantia gelatinosa, 0–1. */
  interneuron: number;
  /** Output of the transmission (T) cell, 0–1 (same information as `signal`). */
  tCell: number;
  /** Impulses per second shown on each fibre (display rates, not physiological firing rates). */
  rates: Record<FibreId | 'ascending' | 'descending', number>;
  /** The descending path: calm/attention inhibit the gate, stress/fear facilitate (open) it. */
  descending: { effect: 'inhibit' | 'none' | 'facilitate'; strength: number };
}

/**
 * Typical conduction speeds in m/s (standard physiology texts, e.g. Guyton & Hall): A-beta 35–75,
 * A-delta 5–30, C 0.5–2. We use mid-range values.
 */
export const CONDUCTION_M_PER_S: Readonly<Record<FibreId, { min: number; max: number; typical: number }>> = {
  abeta: { min: 35, max: 75, typical: 50 },
  adelta: { min: 5, max: 30, typical: 15 },
  c: { min: 0.5, max: 2, typical: 1 },
};

/**
 * On-screen speeds in diagram units per second. True ratios (about 50 : 15 : 1) would either make the
 * C pulse crawl for half a minute or make A-beta a blur, so speeds are compressed on a square-root
 * scale: the order is kept and A-beta still looks about 7 times faster than C (in the body it is about 50 times).
 */
export const DISPLAY_SPEED_C = 62;
export function displaySpeed(fibre: FibreId): number {
  return DISPLAY_SPEED_C * Math.sqrt(CONDUCTION_M_PER_S[fibre].typical / CONDUCTION_M_PER_S.c.typical);
}

/** What the brain sends down: calm and attention elsewhere close the gate, stress and fear open it. */
const DESCENDING: Record<BrainState, number> = { calm: 0.3, neutral: 0, stressed: -0.25 };

// Weights of the interneuron's drive: large fibres excite it, small fibres inhibit it.
const BASELINE = 0.15;
const LARGE_FIBRE_WEIGHT = 0.7;
const SMALL_FIBRE_WEIGHT = 0.25;
// A logistic keeps the interneuron bounded and strictly monotonic, so every input always has some effect.
const STEEPNESS = 6;
const MIDPOINT = 0.35;
/** Even a fully active interneuron lets some signal through: the gate damps, it does not cut. */
export const MAX_CLOSURE = 0.9;

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
/** Non-numbers count as 0 so the model never returns NaN. */
const unit = (v: number): number => (Number.isFinite(v) ? clamp(v, 0, 100) / 100 : 0);
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

export function isBrainState(v: unknown): v is BrainState {
  return typeof v === 'string' && (BRAIN_STATES as readonly string[]).includes(v);
}

export function computeGate(input: GateInput): GateState {
  const p = unit(input.pain);
  const t = unit(input.touch);
  const brain: BrainState = isBrainState(input.brain) ? input.brain : 'neutral';
  const descending = DESCENDING[brain];

  const drive = BASELINE + LARGE_FIBRE_WEIGHT * t - SMALL_FIBRE_WEIGHT * p + descending;
  const interneuron = logistic(STEEPNESS * (drive - MIDPOINT));
  const gate = MAX_CLOSURE * interneuron;
  // The T cell passes on the small-fibre input that gets through the gate.
  const tCell = p * (1 - gate);
  const signal = clamp(100 * tCell, 0, 100);

  return {
    signal,
    gate,
    interneuron,
    tCell,
    rates: {
      abeta: 0.25 + 3.5 * t,
      adelta: 3 * p,
      c: 2.2 * p,
      ascending: 3.4 * tCell,
      descending: brain === 'neutral' ? 0.35 : 1.3,
    },
    descending: {
      effect: descending > 0 ? 'inhibit' : descending < 0 ? 'facilitate' : 'none',
      strength: Math.abs(descending),
    },
  };
}

/** Words for 0–100 inputs in the text description. */
export function level(v: number): Level {
  return v < 34 ? 'low' : v < 67 ? 'medium' : 'high';
}

export function gateWord(gate: number): GateWord {
  const closed = gate / MAX_CLOSURE;
  return closed < 0.15 ? 'open' : closed < 0.4 ? 'mostly-open' : closed < 0.7 ? 'half-closed' : 'mostly-closed';
}
