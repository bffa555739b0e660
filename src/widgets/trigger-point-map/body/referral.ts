// Referral lookup: which muscles' zones cover a named area, essential zones before spillover.
// Pure data logic, shared by the 3D view, the 2D fallback and the lists.
import type { BodyAreaId } from '../../../content/body-areas.js';

export interface ReferralPattern {
  id: string;
  essential: readonly BodyAreaId[];
  spillover: readonly BodyAreaId[];
}

export type Zone = 'essential' | 'spillover';

export interface AreaMatch {
  id: string;
  zone: Zone;
}

/** Muscles whose referral zones cover `area`: every essential match first, then spillover, each in list order. */
export function musclesForArea(area: BodyAreaId, muscles: readonly ReferralPattern[]): AreaMatch[] {
  const essential = muscles.filter((m) => m.essential.includes(area)).map((m) => ({ id: m.id, zone: 'essential' as const }));
  const spill = muscles
    .filter((m) => !m.essential.includes(area) && m.spillover.includes(area))
    .map((m) => ({ id: m.id, zone: 'spillover' as const }));
  return [...essential, ...spill];
}

/** The zone `area` is in for one muscle, if any. */
export function zoneOf(area: BodyAreaId, muscle: ReferralPattern): Zone | undefined {
  if (muscle.essential.includes(area)) return 'essential';
  if (muscle.spillover.includes(area)) return 'spillover';
  return undefined;
}
