// Where each named body area is on the chart (left side; the right side is its mirror image): a
// circle in the view that sees it best. Used to find an area from a tap on the body and to stripe
// the area the reader chose. Referral zones are drawn from their own shapes (muscles.ts), not these.
import type { ChartView, ChartPoint } from './types.js';

export interface AreaSpot {
  view: ChartView;
  at: ChartPoint;
  /** Radius in millimetres. */
  r: number;
}

const a = (view: ChartView, u: number, v: number, r: number): AreaSpot => ({ view, at: [u, v], r });

export const areaSpots: Readonly<Record<string, AreaSpot>> = {
  'top-of-head': a('front', 0, 1738, 32),
  forehead: a('front', 24, 1690, 26),
  temple: a('side', 35, 1655, 22),
  'around-eye': a('front', 32, 1636, 18),
  cheek: a('front', 46, 1596, 18),
  jaw: a('side', 22, 1552, 22),
  teeth: a('front', 22, 1566, 15),
  ear: a('side', -14, 1628, 18),
  'back-of-head': a('back', 32, 1640, 32),
  throat: a('front', 0, 1478, 20),
  'back-of-neck': a('back', 24, 1492, 24),
  'side-of-neck': a('side', -6, 1490, 22),
  'top-of-shoulder': a('back', 112, 1446, 28),
  'shoulder-blade': a('back', 92, 1290, 42),
  'inner-shoulder-blade': a('back', 48, 1282, 24),
  'front-of-shoulder': a('front', 178, 1388, 26),
  'back-of-shoulder': a('back', 186, 1378, 26),
  'outer-shoulder': a('side', -10, 1372, 26),
  'front-of-upper-arm': a('front', 210, 1240, 28),
  'back-of-upper-arm': a('back', 210, 1236, 28),
  'inner-arm': a('front', 190, 1215, 20),
  'outer-elbow': a('side', -22, 1098, 20),
  'inner-elbow': a('front', 216, 1098, 20),
  'forearm-thumb-side': a('front', 246, 980, 26),
  'back-of-hand': a('side', 15, 790, 24),
  'thumb-index': a('front', 268, 792, 20),
  'ring-little-finger': a('back', 272, 748, 18),
  chest: a('front', 74, 1300, 52),
  'low-back': a('back', 48, 1070, 42),
  'top-of-pelvis': a('back', 100, 1010, 32),
  sacroiliac: a('back', 30, 930, 26),
  groin: a('front', 72, 880, 26),
  buttock: a('back', 76, 850, 50),
  'outer-hip': a('side', 0, 900, 38),
  'front-of-thigh': a('front', 96, 700, 52),
  'outer-thigh': a('side', 0, 700, 48),
  'back-of-thigh': a('back', 90, 680, 52),
  'front-of-knee': a('front', 90, 502, 28),
  'inner-knee': a('front', 56, 490, 20),
  'outer-knee': a('side', 0, 490, 24),
  'back-of-knee': a('back', 90, 500, 26),
  calf: a('back', 90, 368, 42),
  shin: a('front', 86, 300, 36),
  'outer-leg': a('side', -6, 300, 38),
  'front-of-ankle': a('front', 88, 92, 24),
  heel: a('back', 86, 40, 24),
  'arch-of-foot': a('front', 60, 36, 16),
  'big-toe': a('front', 82, 16, 16),
};
