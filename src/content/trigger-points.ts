// Trigger-point map content: for each muscle, where its trigger point usually is and where its pain
// is often felt (named body areas), in plain words with sources. Spanish: src/content/es/trigger-points.ts.
import type { Statement, SourceId } from './types.js';
import type { BodyAreaId, BodyAreaGroup } from './body-areas.js';

export const muscleIds = [
  'upper-trapezius', 'levator-scapulae', 'sternocleidomastoid', 'suboccipitals', 'temporalis', 'masseter',
  'scalenes', 'infraspinatus', 'supraspinatus', 'rhomboids', 'pectoralis-major', 'quadratus-lumborum',
  'iliopsoas', 'gluteus-medius', 'gluteus-minimus', 'piriformis', 'vastus-medialis', 'vastus-lateralis',
  'gastrocnemius', 'soleus', 'tibialis-anterior', 'wrist-extensors',
] as const;
export type MuscleId = (typeof muscleIds)[number];

export interface MuscleContent {
  id: MuscleId;
  /** Plain name patients use. */
  name: string;
  /** Anatomical name (shown once, with the plain name). */
  technicalName: string;
  /** Where the muscle (and its usual trigger point) sits. */
  region: BodyAreaGroup;
  /** Where the trigger point usually is, in plain words. */
  where: string;
  /** What the muscle does and how its pain pattern feels, plain words. */
  description: Statement;
  /** Essential (usual) referral zone: drawn solid. Never empty. */
  essential: readonly BodyAreaId[];
  /** Spillover zone (felt by some people): drawn stippled. */
  spillover: readonly BodyAreaId[];
  symptoms: readonly Statement[];
  selfCare: Statement;
  /** Red flags that need a doctor first (SCM, pectoralis major). */
  seekCare?: Statement;
  cite: readonly SourceId[];
}

const UPPER: readonly SourceId[] = ['simons-travell-1999', 'donnelly-2019'];
const LOWER: readonly SourceId[] = ['travell-simons-1992', 'donnelly-2019'];

const tbd = (cite: readonly SourceId[]): Statement => ({ text: 'Text coming soon.', cite });

const m = (
  id: MuscleId, region: BodyAreaGroup, essential: readonly BodyAreaId[], spillover: readonly BodyAreaId[],
  cite: readonly SourceId[], name: string, technicalName: string,
): MuscleContent => ({
  id, name, technicalName, region, where: 'Text coming soon.', description: tbd(cite), essential, spillover,
  symptoms: [tbd(cite)], selfCare: tbd(cite), cite,
});

export const muscles: readonly MuscleContent[] = [
  m('upper-trapezius', 'shoulder-arm', ['back-of-neck', 'side-of-neck', 'ear', 'temple'], ['jaw'], UPPER, 'Upper trapezius', 'Trapezius (upper fibers)'),
  m('levator-scapulae', 'head-neck', ['back-of-neck', 'top-of-shoulder'], ['inner-shoulder-blade', 'back-of-shoulder'], UPPER, 'Levator scapulae', 'Levator scapulae'),
  { ...m('sternocleidomastoid', 'head-neck', ['top-of-head', 'back-of-head', 'cheek', 'around-eye', 'throat', 'forehead', 'ear'], ['chest'], UPPER, 'Sternocleidomastoid (SCM)', 'Sternocleidomastoid'), seekCare: tbd(UPPER) },
  m('suboccipitals', 'head-neck', ['back-of-head', 'around-eye', 'forehead'], ['temple'], UPPER, 'Suboccipitals', 'Suboccipital muscles'),
  m('temporalis', 'head-neck', ['temple', 'around-eye', 'teeth'], ['jaw'], UPPER, 'Temporalis', 'Temporalis'),
  m('masseter', 'head-neck', ['jaw', 'teeth', 'around-eye', 'ear'], ['cheek'], UPPER, 'Masseter', 'Masseter'),
  m('scalenes', 'head-neck', ['chest', 'front-of-upper-arm', 'back-of-upper-arm', 'inner-shoulder-blade'], ['forearm-thumb-side', 'thumb-index'], UPPER, 'Scalenes', 'Scalene muscles'),
  m('infraspinatus', 'shoulder-arm', ['front-of-shoulder'], ['outer-shoulder', 'front-of-upper-arm', 'forearm-thumb-side'], UPPER, 'Infraspinatus', 'Infraspinatus'),
  m('supraspinatus', 'shoulder-arm', ['outer-shoulder'], ['outer-elbow'], UPPER, 'Supraspinatus', 'Supraspinatus'),
  m('rhomboids', 'shoulder-arm', ['inner-shoulder-blade'], ['shoulder-blade'], UPPER, 'Rhomboids', 'Rhomboid major and minor'),
  { ...m('pectoralis-major', 'trunk', ['chest', 'front-of-shoulder'], ['inner-arm', 'inner-elbow', 'ring-little-finger'], UPPER, 'Pectoralis major', 'Pectoralis major'), seekCare: tbd(UPPER) },
  m('quadratus-lumborum', 'trunk', ['low-back', 'top-of-pelvis', 'sacroiliac', 'buttock'], ['outer-hip'], LOWER, 'Quadratus lumborum (QL)', 'Quadratus lumborum'),
  m('iliopsoas', 'trunk', ['low-back', 'sacroiliac', 'front-of-thigh', 'groin'], ['buttock'], LOWER, 'Iliopsoas', 'Iliopsoas'),
  m('gluteus-medius', 'hip-leg', ['top-of-pelvis', 'sacroiliac', 'buttock'], ['outer-hip', 'outer-thigh'], LOWER, 'Gluteus medius', 'Gluteus medius'),
  m('gluteus-minimus', 'hip-leg', ['buttock', 'outer-thigh', 'back-of-thigh'], ['outer-knee', 'outer-leg', 'calf'], LOWER, 'Gluteus minimus', 'Gluteus minimus'),
  m('piriformis', 'hip-leg', ['sacroiliac', 'buttock'], ['back-of-thigh'], LOWER, 'Piriformis', 'Piriformis'),
  m('vastus-medialis', 'hip-leg', ['front-of-knee', 'inner-knee'], ['front-of-thigh'], LOWER, 'Vastus medialis', 'Vastus medialis'),
  m('vastus-lateralis', 'hip-leg', ['outer-thigh', 'outer-knee'], ['outer-hip', 'back-of-knee'], LOWER, 'Vastus lateralis', 'Vastus lateralis'),
  m('gastrocnemius', 'hip-leg', ['arch-of-foot'], ['back-of-knee', 'calf'], LOWER, 'Gastrocnemius', 'Gastrocnemius'),
  m('soleus', 'hip-leg', ['heel'], ['calf'], LOWER, 'Soleus', 'Soleus'),
  m('tibialis-anterior', 'hip-leg', ['front-of-ankle', 'big-toe'], [], LOWER, 'Tibialis anterior', 'Tibialis anterior'),
  m('wrist-extensors', 'shoulder-arm', ['outer-elbow', 'back-of-hand'], ['forearm-thumb-side'], UPPER, 'Wrist extensors', 'Extensor carpi radialis longus'),
];

const DEBATE: readonly SourceId[] = ['lucas-2009', 'quintner-2015', 'shah-2015', 'fernandez-dommerholt-2018'];

export const mapNotes: { honesty: Statement; notDiagnosis: Statement; urgent: Statement } = {
  honesty: { text: 'Experts still debate what trigger points are.', cite: DEBATE },
  notDiagnosis: { text: 'This map shows common patterns. It is not a diagnosis.', cite: ['fernandez-dommerholt-2018', 'simons-travell-1999'] },
  urgent: { text: 'Chest pain or signs of a stroke need urgent care first.', cite: ['simons-travell-1999'] },
};
