// Named body areas: the shared vocabulary of the trigger-point map. Referral zones are lists of
// these areas, "Where does it hurt?" offers them, and the map's body model places each on its surface.
// Areas are the same on both sides of the body; the map draws them on both sides.

export const bodyAreaGroups = ['head-neck', 'shoulder-arm', 'trunk', 'hip-leg'] as const;
export type BodyAreaGroup = (typeof bodyAreaGroups)[number];

export interface BodyAreaDef {
  id: string;
  group: BodyAreaGroup;
  /** Seen from the front, the back, or both (for the 2D fallback and the preset view). */
  view: 'front' | 'back' | 'side';
  /** Plain English label. Spanish labels: src/content/es/body-areas.ts. */
  label: string;
}

const list = [
  { id: 'top-of-head', group: 'head-neck', view: 'side', label: 'Top of the head' },
  { id: 'forehead', group: 'head-neck', view: 'front', label: 'Forehead' },
  { id: 'temple', group: 'head-neck', view: 'side', label: 'Temple' },
  { id: 'around-eye', group: 'head-neck', view: 'front', label: 'Around the eye and eyebrow' },
  { id: 'cheek', group: 'head-neck', view: 'front', label: 'Cheek' },
  { id: 'jaw', group: 'head-neck', view: 'side', label: 'Jaw' },
  { id: 'teeth', group: 'head-neck', view: 'front', label: 'Teeth' },
  { id: 'ear', group: 'head-neck', view: 'side', label: 'In and around the ear' },
  { id: 'back-of-head', group: 'head-neck', view: 'back', label: 'Back of the head' },
  { id: 'throat', group: 'head-neck', view: 'front', label: 'Throat' },
  { id: 'back-of-neck', group: 'head-neck', view: 'back', label: 'Back of the neck' },
  { id: 'side-of-neck', group: 'head-neck', view: 'side', label: 'Side of the neck' },
  { id: 'top-of-shoulder', group: 'shoulder-arm', view: 'back', label: 'Top of the shoulder' },
  { id: 'shoulder-blade', group: 'shoulder-arm', view: 'back', label: 'Shoulder blade' },
  { id: 'inner-shoulder-blade', group: 'shoulder-arm', view: 'back', label: 'Inner edge of the shoulder blade' },
  { id: 'front-of-shoulder', group: 'shoulder-arm', view: 'front', label: 'Front of the shoulder' },
  { id: 'back-of-shoulder', group: 'shoulder-arm', view: 'back', label: 'Back of the shoulder' },
  { id: 'outer-shoulder', group: 'shoulder-arm', view: 'side', label: 'Outer shoulder' },
  { id: 'front-of-upper-arm', group: 'shoulder-arm', view: 'front', label: 'Front of the upper arm' },
  { id: 'back-of-upper-arm', group: 'shoulder-arm', view: 'back', label: 'Back of the upper arm' },
  { id: 'inner-arm', group: 'shoulder-arm', view: 'front', label: 'Inner arm' },
  { id: 'outer-elbow', group: 'shoulder-arm', view: 'side', label: 'Outer elbow' },
  { id: 'inner-elbow', group: 'shoulder-arm', view: 'front', label: 'Inner elbow' },
  { id: 'forearm-thumb-side', group: 'shoulder-arm', view: 'front', label: 'Forearm, thumb side' },
  { id: 'back-of-hand', group: 'shoulder-arm', view: 'back', label: 'Back of the hand' },
  { id: 'thumb-index', group: 'shoulder-arm', view: 'front', label: 'Thumb and index finger' },
  { id: 'ring-little-finger', group: 'shoulder-arm', view: 'front', label: 'Ring and little finger' },
  { id: 'chest', group: 'trunk', view: 'front', label: 'Chest' },
  { id: 'low-back', group: 'trunk', view: 'back', label: 'Low back' },
  { id: 'top-of-pelvis', group: 'trunk', view: 'back', label: 'Top of the pelvis (hip bone)' },
  { id: 'sacroiliac', group: 'trunk', view: 'back', label: 'Base of the spine, where it joins the pelvis' },
  { id: 'groin', group: 'trunk', view: 'front', label: 'Groin' },
  { id: 'buttock', group: 'hip-leg', view: 'back', label: 'Buttock' },
  { id: 'outer-hip', group: 'hip-leg', view: 'side', label: 'Outer hip' },
  { id: 'front-of-thigh', group: 'hip-leg', view: 'front', label: 'Front of the thigh' },
  { id: 'outer-thigh', group: 'hip-leg', view: 'side', label: 'Outer thigh' },
  { id: 'back-of-thigh', group: 'hip-leg', view: 'back', label: 'Back of the thigh' },
  { id: 'front-of-knee', group: 'hip-leg', view: 'front', label: 'Front of the knee' },
  { id: 'inner-knee', group: 'hip-leg', view: 'front', label: 'Inner knee' },
  { id: 'outer-knee', group: 'hip-leg', view: 'side', label: 'Outer knee' },
  { id: 'back-of-knee', group: 'hip-leg', view: 'back', label: 'Back of the knee' },
  { id: 'calf', group: 'hip-leg', view: 'back', label: 'Calf' },
  { id: 'outer-leg', group: 'hip-leg', view: 'side', label: 'Outer lower leg' },
  // Front of the lower leg along the shin bone, knee to ankle (tibialis anterior's spillover).
  { id: 'shin', group: 'hip-leg', view: 'front', label: 'Shin (front of the lower leg)' },
  { id: 'front-of-ankle', group: 'hip-leg', view: 'front', label: 'Front of the ankle' },
  { id: 'heel', group: 'hip-leg', view: 'back', label: 'Heel' },
  { id: 'arch-of-foot', group: 'hip-leg', view: 'side', label: 'Arch of the foot' },
  { id: 'big-toe', group: 'hip-leg', view: 'front', label: 'Big toe' },
] as const satisfies readonly BodyAreaDef[];

export type BodyAreaId = (typeof list)[number]['id'];
export const bodyAreas: readonly BodyAreaDef[] = list;
export const bodyAreaIds = list.map((a) => a.id) as readonly BodyAreaId[];
