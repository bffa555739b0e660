// Points and directions along the diagram's paths for the still arrows, measured with the browser's own
// path geometry (as the animation does) on one detached <path>: no path maths of our own in the first-load code.

export interface PathPoint {
  x: number;
  y: number;
  /** Direction of travel, degrees (0 = right, 90 = down, SVG convention). */
  angle: number;
}

let probe: SVGPathElement | undefined;

/** A detached path holding `d` (never drawn; measuring needs no layout). */
function path(d: string): SVGPathElement {
  probe ??= document.createElementNS('http://www.w3.org/2000/svg', 'path');
  if (probe.getAttribute('d') !== d) probe.setAttribute('d', d);
  return probe;
}

export function pathLength(d: string): number {
  return path(d).getTotalLength();
}

/** The point at fraction `f` (0–1) of the path's length, with the direction of travel there. */
export function pointAt(d: string, f: number): PathPoint {
  const p = path(d);
  const total = p.getTotalLength();
  const at = Math.min(1, Math.max(0, f)) * total;
  const { x, y } = p.getPointAtLength(at);
  // the direction from a point just behind to one just ahead (within the path at its ends)
  const a = p.getPointAtLength(Math.max(0, at - 0.5));
  const b = p.getPointAtLength(Math.min(total, at + 0.5));
  return { x, y, angle: (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI };
}
