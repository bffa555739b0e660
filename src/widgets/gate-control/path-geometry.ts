// Points and directions along the diagram's paths, computed in plain TypeScript (no DOM), so the still
// arrows can be placed in the template and tested without a browser layout.

export interface PathPoint {
  x: number;
  y: number;
  /** Direction of travel, degrees (0 = right, 90 = down, SVG convention). */
  angle: number;
}

type P = [number, number];

/** Samples an absolute `M/L/C` path (the only commands our tracks use) into a polyline. */
function polyline(d: string, steps = 32): P[] {
  const tokens = d.match(/[MLC]|-?\d*\.?\d+/g) ?? [];
  const pts: P[] = [];
  let cmd = '';
  let i = 0;
  let cur: P = [0, 0];
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    if (/[MLC]/.test(tokens[i])) cmd = tokens[i++];
    if (cmd === 'M' || cmd === 'L') {
      cur = [num(), num()];
      pts.push(cur);
    } else if (cmd === 'C') {
      const p0 = cur;
      const p1: P = [num(), num()];
      const p2: P = [num(), num()];
      const p3: P = [num(), num()];
      for (let s = 1; s <= steps; s++) {
        const t = s / steps;
        const u = 1 - t;
        pts.push([
          u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
          u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
        ]);
      }
      cur = p3;
    } else {
      i++; // unknown token: skip rather than loop forever
    }
  }
  return pts;
}

const cache = new Map<string, { pts: P[]; cum: number[] }>();

function measured(d: string) {
  let m = cache.get(d);
  if (!m) {
    const pts = polyline(d);
    const cum = [0];
    for (let k = 1; k < pts.length; k++) cum.push(cum[k - 1] + Math.hypot(pts[k][0] - pts[k - 1][0], pts[k][1] - pts[k - 1][1]));
    cache.set(d, (m = { pts, cum }));
  }
  return m;
}

export function pathLength(d: string): number {
  const { cum } = measured(d);
  return cum[cum.length - 1] ?? 0;
}

/** The point at fraction `f` (0–1) of the path's length, with the direction of travel there. */
export function pointAt(d: string, f: number): PathPoint {
  const { pts, cum } = measured(d);
  const total = cum[cum.length - 1];
  const target = Math.min(1, Math.max(0, f)) * total;
  let k = 1;
  while (k < cum.length - 1 && cum[k] < target) k++;
  const a = pts[k - 1];
  const b = pts[k];
  const seg = cum[k] - cum[k - 1] || 1;
  const t = (target - cum[k - 1]) / seg;
  return { x: a[0] + (b[0] - a[0]) * t, y: a[1] + (b[1] - a[1]) * t, angle: (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI };
}
