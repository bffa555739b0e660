// The human figure as data: the primitives of the body's distance field. A neutral adult about
// 1.75 m tall, standing, arms a little away from the body, palms in, with the landmarks patients use
// to find a place on themselves (collarbones, shoulder blades, spine, iliac crest, kneecaps, ankle
// bones, a simple face). Metres; y up, the figure faces +z, the patient's left is +x.
import type { Primitive, Shape } from './sdf.js';
import type { Vec3 } from './vec.js';

const cone = (a: Vec3, ra: number, b: Vec3, rb: number): Shape => ({ kind: 'cone', a, b, ra, rb });
const ell = (c: Vec3, r: Vec3, rot?: Vec3): Shape => ({ kind: 'ell', c, r, rot });
const sphere = (c: Vec3, r: number): Shape => ell(c, [r, r, r]);

/** Midline primitives (drawn once). */
const midline: Primitive[] = [
  // head: skull, face, jaw, nose, brow, chin
  { shape: ell([0, 1.655, -0.012], [0.074, 0.094, 0.097]), blend: 0 },
  { shape: ell([0, 1.598, 0.026], [0.062, 0.078, 0.07]), blend: 0.03 },
  { shape: ell([0, 1.548, 0.034], [0.05, 0.036, 0.05]), blend: 0.028 },
  { shape: cone([0, 1.642, 0.088], 0.006, [0, 1.6, 0.108], 0.011), blend: 0.012 },
  { shape: ell([0, 1.527, 0.062], [0.022, 0.014, 0.016]), blend: 0.015 },
  // neck and the bump at its base (C7)
  { shape: cone([0, 1.42, -0.018], 0.06, [0, 1.56, -0.008], 0.05), blend: 0.03 },
  { shape: sphere([0, 1.448, -0.07], 0.012), blend: 0.015 },
  // trunk: upper chest and shoulders, ribcage, belly, pelvis
  { shape: ell([0, 1.365, -0.012], [0.168, 0.07, 0.088]), blend: 0.06 },
  { shape: ell([0, 1.245, 0.0], [0.145, 0.19, 0.1]), blend: 0.05 },
  { shape: ell([0, 1.065, 0.008], [0.128, 0.13, 0.094]), blend: 0.06 },
  { shape: ell([0, 0.93, -0.008], [0.158, 0.1, 0.098]), blend: 0.05 },
];

/** Primitives of the patient's left side; the right side is their mirror image. */
const left: Primitive[] = [
  // face: cheekbone, ear
  { shape: ell([0.05, 1.612, 0.058], [0.02, 0.012, 0.02]), blend: 0.02 },
  { shape: ell([0.077, 1.628, -0.014], [0.011, 0.03, 0.019]), blend: 0.008 },
  // neck: the strap muscle from behind the ear to the breastbone, the slope of the upper trapezius
  { shape: cone([0.05, 1.59, -0.02], 0.012, [0.016, 1.43, 0.062], 0.011), blend: 0.02 },
  { shape: cone([0.03, 1.505, -0.04], 0.03, [0.16, 1.435, -0.022], 0.028), blend: 0.04 },
  // chest, back and shoulder blade: collarbone, chest muscle, lower ribs' edge, lats,
  // the blade itself, its spine and its inner border
  { shape: cone([0.018, 1.43, 0.066], 0.009, [0.168, 1.455, 0.004], 0.009), blend: 0.03 },
  { shape: ell([0.068, 1.3, 0.068], [0.075, 0.055, 0.038], [0, 0, 0.15]), blend: 0.04 },
  { shape: cone([0.025, 1.158, 0.088], 0.006, [0.124, 1.08, 0.058], 0.006), blend: 0.035 },
  { shape: ell([0.09, 1.22, -0.058], [0.07, 0.13, 0.05]), blend: 0.05 },
  { shape: ell([0.085, 1.29, -0.091], [0.05, 0.075, 0.014], [0, 0, -0.15]), blend: 0.025 },
  { shape: cone([0.04, 1.335, -0.1], 0.008, [0.165, 1.39, -0.072], 0.008), blend: 0.025 },
  { shape: cone([0.045, 1.34, -0.098], 0.007, [0.058, 1.2, -0.093], 0.007), blend: 0.025 },
  // pelvis: iliac crest, buttock, the bony outer hip
  { shape: cone([0.045, 0.995, -0.09], 0.01, [0.14, 1.02, -0.026], 0.01), blend: 0.035 },
  { shape: cone([0.14, 1.02, -0.026], 0.01, [0.125, 0.985, 0.066], 0.01), blend: 0.035 },
  { shape: ell([0.07, 0.86, -0.055], [0.078, 0.09, 0.066]), blend: 0.04 },
  { shape: ell([0.13, 0.9, 0.0], [0.028, 0.05, 0.05]), blend: 0.035 },
  // arm: shoulder cap, upper arm, biceps, elbow, forearm, hand, thumb
  { shape: ell([0.19, 1.37, -0.01], [0.05, 0.075, 0.052], [0, 0, 0.25]), blend: 0.03, arm: true },
  { shape: cone([0.19, 1.38, -0.015], 0.042, [0.225, 1.1, -0.025], 0.033), blend: 0.03, arm: true },
  { shape: ell([0.208, 1.24, 0.01], [0.032, 0.08, 0.033], [0, 0, 0.12]), blend: 0.02, arm: true },
  { shape: sphere([0.226, 1.095, -0.055], 0.014), blend: 0.015, arm: true },
  { shape: cone([0.225, 1.1, -0.025], 0.035, [0.262, 0.855, 0.01], 0.022), blend: 0.02, arm: true },
  { shape: ell([0.238, 1.03, -0.005], [0.036, 0.07, 0.036], [0, 0, 0.15]), blend: 0.025, arm: true },
  { shape: ell([0.27, 0.79, 0.015], [0.018, 0.06, 0.042], [0, 0, 0.05]), blend: 0.015, arm: true },
  { shape: ell([0.273, 0.72, 0.015], [0.014, 0.045, 0.036]), blend: 0.015, arm: true },
  { shape: cone([0.265, 0.83, 0.045], 0.011, [0.27, 0.77, 0.06], 0.009), blend: 0.01, arm: true },
  // leg: thigh, front and back thigh muscles, knee, kneecap, shin, shin bone, calf, ankle bones, foot
  { shape: cone([0.09, 0.92, 0.0], 0.085, [0.09, 0.52, 0.0], 0.05), blend: 0.04 },
  { shape: ell([0.095, 0.72, 0.025], [0.07, 0.17, 0.07]), blend: 0.03 },
  { shape: ell([0.09, 0.7, -0.03], [0.06, 0.17, 0.06]), blend: 0.03 },
  { shape: cone([0.09, 0.52, 0.0], 0.048, [0.088, 0.46, -0.005], 0.046), blend: 0.02 },
  { shape: ell([0.09, 0.5, 0.042], [0.024, 0.028, 0.014]), blend: 0.01 },
  { shape: cone([0.088, 0.47, -0.005], 0.045, [0.086, 0.09, -0.005], 0.026), blend: 0.03 },
  { shape: cone([0.082, 0.45, 0.035], 0.008, [0.084, 0.12, 0.02], 0.008), blend: 0.015 },
  { shape: ell([0.09, 0.37, -0.03], [0.048, 0.11, 0.045]), blend: 0.03 },
  { shape: sphere([0.112, 0.078, -0.008], 0.012), blend: 0.01 },
  { shape: sphere([0.062, 0.088, 0.0], 0.012), blend: 0.01 },
  { shape: cone([0.086, 0.035, -0.04], 0.03, [0.093, 0.022, 0.12], 0.022), blend: 0.03 },
  { shape: ell([0.095, 0.022, 0.1], [0.04, 0.02, 0.06]), blend: 0.02 },
];

/** Carved last: eye sockets and the groove over the spine. */
const carved: Primitive[] = [
  { shape: ell([0.03, 1.634, 0.094], [0.017, 0.011, 0.014]), blend: 0.01, carve: true },
  { shape: ell([-0.03, 1.634, 0.094], [0.017, 0.011, 0.014]), blend: 0.01, carve: true },
  { shape: ell([0, 1.2, -0.125], [0.009, 0.26, 0.03]), blend: 0.02, carve: true },
];

const mirror = (s: Shape): Shape =>
  s.kind === 'cone'
    ? { ...s, a: [-s.a[0], s.a[1], s.a[2]], b: [-s.b[0], s.b[1], s.b[2]] }
    : { ...s, c: [-s.c[0], s.c[1], s.c[2]], rot: s.rot ? [s.rot[0], -s.rot[1], -s.rot[2]] : undefined };

export const figure: readonly Primitive[] = [
  ...midline,
  ...left,
  ...left.map((p) => ({ ...p, shape: mirror(p.shape) })),
  ...carved,
];

/** The region the figure fills (with a margin), for meshing. */
export const FIGURE_BOX = [-0.33, -0.01, -0.15, 0.33, 1.77, 0.19] as const;

/** A line or an oval the 2D drawings trace so a reader can find their place: chart mm, left side (mirrored unless on the midline). */
export interface Landmark {
  view: 'front' | 'back' | 'side';
  kind: 'line' | 'oval';
  /** line: its points; oval: [centre, [rx, ry]]. */
  points: readonly (readonly [number, number])[];
  midline?: boolean;
  /** A bony ridge drawn a little stronger than the other lines (the spine of the shoulder blade). */
  ridge?: boolean;
}

export const landmarks: readonly Landmark[] = [
  // front: collarbone, lower edge of the ribs, front of the iliac crest to the ASIS (the hip bone's front
  // point), navel, kneecap, ankle bones, face
  { view: 'front', kind: 'line', points: [[18, 1432], [90, 1448], [168, 1456]] },
  { view: 'front', kind: 'line', points: [[22, 1158], [80, 1118], [124, 1080]] },
  { view: 'front', kind: 'line', points: [[140, 1020], [128, 988], [115, 960]] },
  { view: 'front', kind: 'oval', points: [[115, 960], [6, 6]] },
  { view: 'front', kind: 'oval', points: [[0, 1060], [7, 5]], midline: true },
  { view: 'front', kind: 'oval', points: [[90, 500], [20, 24]] },
  { view: 'front', kind: 'oval', points: [[30, 1634], [12, 5]] },
  { view: 'front', kind: 'line', points: [[0, 1640], [6, 1600], [0, 1594]], midline: true },
  { view: 'front', kind: 'line', points: [[-16, 1566], [16, 1566]], midline: true },
  { view: 'front', kind: 'line', points: [[0, 1432], [0, 1160]], midline: true },
  { view: 'front', kind: 'oval', points: [[112, 78], [8, 8]] },
  // back: spine, shoulder blade (spine and inner border and outer edge), iliac crest, buttock fold
  { view: 'back', kind: 'line', points: [[0, 1448], [0, 940]], midline: true },
  // the spine of the shoulder blade, a ridge between the muscles above and below it, out to the shoulder tip
  { view: 'back', kind: 'line', points: [[44, 1340], [104, 1364], [160, 1390], [192, 1398]], ridge: true },
  { view: 'back', kind: 'line', points: [[45, 1340], [52, 1270], [58, 1200], [110, 1262], [150, 1334]] },
  { view: 'back', kind: 'line', points: [[45, 995], [100, 1012], [140, 1020]] },
  { view: 'back', kind: 'line', points: [[10, 800], [70, 790], [140, 800]] },
  { view: 'back', kind: 'oval', points: [[112, 78], [8, 8]] },
  { view: 'back', kind: 'oval', points: [[30, 930], [5, 5]] },
  { view: 'back', kind: 'line', points: [[60, 500], [120, 500]] },
  // side (from the patient's left): ear, eye, collarbone end, kneecap, ankle bone
  { view: 'side', kind: 'oval', points: [[-14, 1628], [14, 26]] },
  { view: 'side', kind: 'oval', points: [[84, 1634], [5, 6]] },
  { view: 'side', kind: 'oval', points: [[42, 500], [10, 24]] },
  { view: 'side', kind: 'oval', points: [[-8, 78], [10, 10]] },
  { view: 'side', kind: 'oval', points: [[0, 900], [14, 14]] },
  { view: 'side', kind: 'line', points: [[-100, 1000], [-40, 1022], [30, 1018], [90, 990]] },
  { view: 'side', kind: 'oval', points: [[-30, 1600], [6, 6]] },
  { view: 'side', kind: 'line', points: [[-6, 1575], [10, 1545], [45, 1522]] },
  { view: 'side', kind: 'line', points: [[20, 1440], [70, 1436]] },
];
