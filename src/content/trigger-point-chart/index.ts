// The trigger-point chart of every built-in muscle (see ./types.ts), and where the named body areas are.
import type { MuscleChart } from './types.js';
import { upperCharts } from './muscles-upper.js';
import { lowerCharts } from './muscles-lower.js';

export type * from './types.js';
export { areaSpots, type AreaSpot } from './areas.js';

export const muscleCharts: Readonly<Record<string, MuscleChart>> = { ...upperCharts, ...lowerCharts };
