// Chart data, head, neck, shoulder, arm and chest muscles: outline, fibres, trigger points and zone
// shapes as drawn in the trigger-point manuals (Simons, Travell & Simons 1999, vol. 1; Donnelly et al.
// 2019). Coordinates: see ./types.ts. Drawn on the patient's left side.
import type { MuscleChart } from './types.js';

const V1 = (chapter: string) => ({ source: 'simons-travell-1999' as const, locator: chapter });
const D3 = (chapter: string) => ({ source: 'donnelly-2019' as const, locator: chapter });

export const upperCharts: Readonly<Record<string, MuscleChart>> = {
  'upper-trapezius': {
    outline: [{ view: 'back', points: [[0, 1628], [28, 1632], [44, 1566], [78, 1484], [168, 1458], [176, 1436], [110, 1424], [40, 1424], [0, 1434]] }],
    fibres: { kind: 'parallel', angle: -38 },
    deep: false,
    points: [{ view: 'back', at: [92, 1468] }, { view: 'back', at: [128, 1450] }],
    essential: [
      { view: 'back', points: [[34, 1470], [58, 1480], [68, 1560], [66, 1618], [48, 1628], [38, 1560]] },
      { view: 'side', points: [[-56, 1500], [-36, 1500], [-30, 1590], [-24, 1638], [-4, 1672], [30, 1690], [56, 1682], [56, 1660], [26, 1664], [0, 1650], [-20, 1612], [-42, 1562]] },
    ],
    spillover: [{ view: 'side', points: [[4, 1530], [26, 1534], [30, 1560], [10, 1566]] }],
    cite: [V1('ch. 6, Trapezius, fig. 6.1'), D3('ch. 6, Trapezius')],
  },
  infraspinatus: {
    outline: [{ view: 'back', points: [[48, 1326], [158, 1378], [150, 1334], [110, 1262], [62, 1206], [52, 1232]] }],
    fibres: { kind: 'fan', focus: [196, 1372] },
    deep: false,
    points: [{ view: 'back', at: [82, 1300] }, { view: 'back', at: [110, 1314] }, { view: 'back', at: [74, 1262] }],
    essential: [{ view: 'front', points: [[158, 1424], [200, 1422], [206, 1364], [176, 1346], [154, 1378]] }],
    spillover: [
      { view: 'front', points: [[196, 1344], [224, 1300], [234, 1150], [254, 1000], [272, 880], [282, 800], [262, 800], [246, 900], [226, 1050], [210, 1200], [196, 1300]] },
      { view: 'back', points: [[20, 1460], [42, 1462], [46, 1520], [24, 1522]] },
    ],
    cite: [V1('ch. 22, Infraspinatus, fig. 22.1'), D3('ch. 22, Infraspinatus')],
  },
};
