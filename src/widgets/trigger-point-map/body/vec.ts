// Small 3D vector helpers for the body geometry (plain tuples, no allocation-free tricks needed here).
export type Vec3 = [number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b));
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]];
export const mean = (vs: readonly Vec3[]): Vec3 => {
  const out: Vec3 = [0, 0, 0];
  for (const v of vs) for (let k = 0; k < 3; k++) out[k] += v[k] / vs.length;
  return out;
};
