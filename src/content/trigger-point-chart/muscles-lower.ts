// Chart data, trunk, hip and leg muscles: outline, fibres, trigger points and zone shapes as drawn in
// the trigger-point manuals (Travell & Simons 1992, vol. 2; Donnelly et al. 2019). Coordinates: see
// ./types.ts. Drawn on the patient's left side.
import type { MuscleChart } from './types.js';

const V2 = (chapter: string) => ({ source: 'travell-simons-1992' as const, locator: chapter });
const D3 = (chapter: string) => ({ source: 'donnelly-2019' as const, locator: chapter });

export const lowerCharts: Readonly<Record<string, MuscleChart>> = {
  'gluteus-minimus': {
    outline: [{ view: 'side', points: [[-62, 994], [0, 1010], [56, 990], [22, 916], [0, 900], [-26, 916]] }],
    fibres: { kind: 'fan', focus: [0, 896] },
    deep: true,
    points: [{ view: 'side', at: [34, 966] }, { view: 'back', at: [120, 952] }, { view: 'back', at: [100, 936] }],
    essential: [
      { view: 'back', points: [[72, 880], [120, 880], [120, 800], [116, 650], [110, 520], [110, 420], [100, 330], [86, 330], [90, 450], [86, 600], [76, 750]] },
      { view: 'side', points: [[-20, 930], [24, 930], [20, 750], [10, 520], [2, 300], [6, 118], [-10, 110], [-20, 300], [-26, 520], [-26, 750]] },
    ],
    spillover: [],
    cite: [V2('ch. 9, Gluteus minimus, fig. 9.1'), D3('ch. 57, Gluteus minimus')],
  },
};
