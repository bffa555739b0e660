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
}

/** Markers to show, chosen muscle first; a later marker closer than `gap` to a placed one is left out. */
export function layoutMarkers(candidates: readonly MarkerCandidate[], { chosen, showAll, gap }: LayoutOptions): PlacedMarker[] {
  const ordered = candidates
    .filter((c) => c.visible && (c.muscle === chosen || showAll))
    .sort((a, b) => Number(b.muscle === chosen) - Number(a.muscle === chosen));
  const placed: PlacedMarker[] = [];
  for (const c of ordered) {
    const mine = c.muscle === chosen;
    // the chosen muscle's own points may sit close together; others keep clear of everything
    const g = mine ? gap * 0.5 : gap;
    if (placed.some((p) => (mine ? p.muscle === chosen : true) && Math.hypot(p.x - c.x, p.y - c.y) < g)) continue;
    placed.push({ ...c, emphasis: chosen === undefined ? 'normal' : mine ? 'chosen' : 'receded' });
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
