// Which trigger-point markers to show, and how prominently: the chosen muscle's points always, the
// others receded (or hidden) and never on top of a point already placed. Pure: used for the 3D
// overlay (pixels) and the 2D drawings (millimetres).

export interface MarkerCandidate {
  key: string;
  muscle: string;
  x: number;
  y: number;
  /** Facing the reader and inside the picture. */
  visible: boolean;
}

export type MarkerEmphasis = 'chosen' | 'normal' | 'receded';

export interface PlacedMarker extends MarkerCandidate {
  emphasis: MarkerEmphasis;
}

export interface LayoutOptions {
  chosen?: string;
  /** Show the other muscles' points (receded when a muscle is chosen). */
  showAll: boolean;
  /** Smallest distance between two shown markers' centres. */
  gap: number;
  /**
   * Move one of two of the chosen muscle's markers that would touch apart, by up to 0.5 gap (default:
   * on the 3D picture markers have a fixed size on screen); the 2D drawings size their X's instead.
   */
  nudge?: boolean;
}

/**
 * Markers to show, chosen muscle first; a later marker closer than `gap` to a placed one is left out,
 * but for the chosen muscle's own points: those closer than 0.45 gap are one point seen from two
 * drawings (the later is left out), and the others stay where they are or, with `nudge`, are moved to 1.15 gap apart.
 */
export function layoutMarkers(candidates: readonly MarkerCandidate[], { chosen, showAll, gap, nudge = true }: LayoutOptions): PlacedMarker[] {
  const ordered = candidates
    .filter((c) => c.visible && (c.muscle === chosen || showAll))
    .sort((a, b) => Number(b.muscle === chosen) - Number(a.muscle === chosen));
  const placed: PlacedMarker[] = [];
  for (const c of ordered) {
    const mine = c.muscle === chosen;
    const m = { ...c, emphasis: (chosen === undefined ? 'normal' : mine ? 'chosen' : 'receded') as MarkerEmphasis };
    if (mine && chosen !== undefined) {
      const own = placed.filter((p) => p.muscle === chosen);
      if (own.some((p) => Math.hypot(p.x - c.x, p.y - c.y) < gap * 0.45)) continue;
      if (nudge) {
        for (const p of own) {
          const d = Math.hypot(p.x - m.x, p.y - m.y);
          if (d >= gap * 1.15) continue;
          const k = Math.min(gap * 1.15 - d, gap * 0.5) / (d || 1);
          m.x += (m.x - p.x) * k;
          m.y += (m.y - p.y) * k;
        }
      }
    } else if (placed.some((p) => Math.hypot(p.x - c.x, p.y - c.y) < gap)) continue;
    placed.push(m);
  }
  return placed;
}

/** A trigger point on the body, and where each drawing (front, back, side) shows it. */
export interface BodyMarker {
  key: string;
  muscle: string;
  point: [number, number, number];
  normal: [number, number, number];
  seen: Partial<Record<'front' | 'back' | 'side', [number, number]>>;
  /** Other drawings that clearly face it (the overview, before a muscle is chosen, shows it there too). */
  also: Partial<Record<'front' | 'back' | 'side', [number, number]>>;
}
