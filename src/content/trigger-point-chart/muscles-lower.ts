// Chart data, trunk, hip and leg muscles: outline, fibres, trigger points and zone shapes as drawn in
// the trigger-point manuals (Travell & Simons 1992, vol. 2; Donnelly et al. 2019). Coordinates: see
// ./types.ts. Drawn on the patient's left side.
import type { MuscleChart } from './types.js';

const V2 = (chapter: string) => ({ source: 'travell-simons-1992' as const, locator: chapter });
const D3 = (muscle: string) => ({ source: 'donnelly-2019' as const, locator: `${muscle} chapter` });

export const lowerCharts: Readonly<Record<string, MuscleChart>> = {
  'quadratus-lumborum': {
    // lowest rib to the back of the iliac crest, beside the lumbar spine (under the long back muscles)
    // narrow at the 12th rib, wide at the iliac crest (its top edge along the 12th-rib line, PT review 6)
    outline: [{ view: 'back', points: [[24, 1156], [50, 1146], [76, 1136], [100, 1090], [116, 1020], [108, 1000], [70, 996], [36, 1000], [26, 1060]] }],
    // fibres fanning up from below the back of the iliac crest: the lateral (iliocostal) fibres nearly vertical
    // to the 12th rib, the medial (iliolumbar) ones slanting up and in towards the lumbar spine (PT review 7;
    // one fan cannot also draw the lumbocostal fibres, which slant up and out)
    fibres: { kind: 'fan', focus: [120, 940] },
    deep: true,
    // superficial (lateral) points: below the rib and above the crest; deep (medial) points beside the spine
    points: [{ view: 'back', at: [80, 1118] }, { view: 'back', at: [98, 1034] }, { view: 'back', at: [44, 1090] }, { view: 'back', at: [48, 1036] }],
    essential: [
      // along the iliac crest (superficial points), rising over the low back beside the spine
      { view: 'back', points: [[24, 1040], [60, 1036], [100, 1030], [150, 1042], [164, 1024], [140, 998], [96, 986], [50, 974], [22, 990]] },
      { view: 'side', points: [[-104, 1016], [-60, 1042], [-10, 1052], [24, 1040], [18, 1008], [-20, 1014], [-70, 996], [-104, 972]] },
      // sacroiliac joint (upper deep point)
      { view: 'back', points: [[14, 958], [40, 966], [58, 940], [52, 904], [30, 892], [12, 912]] },
      // lower buttock (lower deep point)
      { view: 'back', points: [[44, 880], [92, 884], [124, 862], [126, 826], [96, 806], [54, 810], [36, 838]] },
      // outer hip over the greater trochanter (lower superficial point)
      { view: 'side', points: [[-44, 936], [0, 950], [40, 934], [46, 894], [26, 858], [-14, 852], [-44, 876]] },
    ],
    spillover: [
      // forward along the crest towards the front of the hip bone and on round onto the lower belly
      { view: 'side', wrapsFront: true, points: [[18, 1010], [24, 1042], [60, 1036], [92, 1014], [102, 990], [86, 974], [58, 988], [36, 998]] },
      // a little down the outer thigh below the trochanter
      { view: 'side', points: [[-34, 870], [30, 866], [34, 820], [22, 780], [-14, 782], [-30, 820]] },
    ],
    cite: [V2('ch. 4, Quadratus lumborum, fig. 4.1'), D3('Quadratus lumborum')],
  },
  iliopsoas: {
    // psoas beside the lumbar spine and iliacus in the bowl of the pelvis, joining under the groin crease
    outline: [{ view: 'front', points: [[20, 1160], [44, 1162], [58, 1080], [70, 1016], [110, 1008], [128, 990], [120, 950], [112, 890], [120, 836], [104, 828], [88, 880], [58, 936], [36, 990], [24, 1070]] }],
    fibres: { kind: 'fan', focus: [112, 826] },
    deep: true,
    // groin below the inguinal ligament, the iliacus inside the hip bone, the psoas beside the navel
    points: [{ view: 'front', at: [98, 884] }, { view: 'front', at: [104, 978] }, { view: 'front', at: [48, 1046] }],
    essential: [
      // vertical band beside the lumbar spine down to the sacrum and the top of the buttock
      { view: 'back', points: [[14, 1190], [50, 1190], [70, 1120], [76, 1040], [72, 960], [60, 900], [30, 884], [6, 900], [8, 980], [12, 1080]] },
      // groin and upper front of the thigh
      { view: 'front', points: [[46, 890], [80, 916], [116, 902], [136, 840], [138, 740], [124, 650], [92, 640], [66, 690], [50, 780], [40, 850]] },
    ],
    spillover: [
      // upper buttock beside the sacrum
      { view: 'back', points: [[56, 930], [100, 924], [124, 880], [112, 826], [70, 816], [50, 850]] },
      // further down the front of the thigh
      { view: 'front', points: [[70, 690], [126, 660], [120, 580], [94, 560], [66, 600]] },
    ],
    cite: [V2('ch. 5, Iliopsoas, fig. 5.1'), D3('Iliopsoas')],
  },
  'gluteus-medius': {
    // the back of the iliac crest down to the greater trochanter, fibres fanning to the trochanter
    outline: [
      { view: 'back', points: [[50, 986], [90, 1008], [140, 1022], [162, 998], [164, 940], [152, 902], [128, 908], [92, 932], [60, 958]] },
      { view: 'side', points: [[-82, 992], [-40, 1026], [20, 1036], [72, 1002], [40, 952], [8, 904], [-18, 906], [-60, 950]] },
    ],
    fibres: { kind: 'fan', focus: [150, 898] },
    deep: false,
    // three points just below the crest: back (near the sacroiliac joint), middle, front
    points: [{ view: 'back', at: [72, 970] }, { view: 'back', at: [118, 984] }, { view: 'side', at: [30, 988] }],
    essential: [
      // along the back of the iliac crest, over the sacrum and the sacroiliac joint
      { view: 'back', points: [[4, 1000], [50, 1018], [100, 1030], [150, 1032], [150, 1002], [104, 994], [66, 980], [52, 940], [46, 900], [20, 880], [2, 906]] },
      // middle of the buttock (middle point)
      { view: 'back', points: [[58, 900], [104, 912], [138, 890], [140, 840], [116, 808], [70, 808], [48, 842]] },
    ],
    spillover: [
      // over the sacrum to the other side and round the buttock
      { view: 'back', points: [[-28, 990], [10, 1004], [50, 962], [110, 960], [156, 930], [158, 850], [140, 790], [100, 772], [50, 780], [10, 830], [-24, 900]] },
      // outer hip and upper outer thigh
      { view: 'side', points: [[-50, 940], [20, 946], [40, 900], [36, 780], [28, 650], [-20, 650], [-36, 760], [-50, 880]] },
    ],
    cite: [V2('ch. 8, Gluteus medius, fig. 8.1'), D3('Gluteus medius')],
  },
  'gluteus-minimus': {
    // deep under gluteus medius: the outer face of the ilium to the front of the greater trochanter
    outline: [
      { view: 'side', points: [[-66, 994], [0, 1012], [60, 994], [50, 950], [24, 910], [0, 900], [-46, 898], [-76, 922], [-80, 960]] },
      // (the back and side drawings overlap on the back corner of the hip, each one's edge inside the
      // other's paint: no bare tongue between them, no frayed edge where the skin turns away, PT review 6)
      { view: 'back', points: [[88, 962], [116, 994], [146, 1002], [160, 984], [168, 950], [164, 914], [148, 898], [124, 914], [96, 940]] },
    ],
    fibres: { kind: 'fan', focus: [0, 896] },
    deep: true,
    // anterior part (front of the outer hip) and posterior part (along the upper buttock)
    points: [{ view: 'side', at: [22, 976] }, { view: 'side', at: [46, 938] }, { view: 'back', at: [110, 962] }, { view: 'back', at: [146, 968] }],
    essential: [
      // anterior part: outer hip and a strip down the outer thigh
      { view: 'side', points: [[-30, 930], [10, 934], [30, 900], [24, 760], [22, 620], [20, 540], [-22, 540], [-26, 640], [-34, 780], [-40, 880]] },
      // posterior part: lower buttock and the back of the thigh
      { view: 'back', points: [[36, 880], [90, 904], [140, 890], [146, 830], [124, 760], [116, 660], [104, 560], [74, 556], [64, 650], [50, 750], [30, 820]] },
    ],
    spillover: [
      // anterior part: outer knee and down the outer leg to the ankle
      { view: 'side', points: [[-20, 544], [18, 544], [22, 470], [14, 380], [6, 260], [4, 160], [-4, 100], [-22, 104], [-22, 200], [-26, 320], [-28, 440]] },
      // posterior part: the calf
      { view: 'back', points: [[76, 554], [100, 552], [114, 470], [116, 380], [106, 280], [90, 250], [72, 280], [64, 380], [68, 480]] },
    ],
    cite: [V2('ch. 9, Gluteus minimus, figs. 9.1 and 9.2'), D3('Gluteus minimus')],
  },
  piriformis: {
    // front of the sacrum to the top of the greater trochanter, under gluteus maximus
    outline: [{ view: 'back', points: [[24, 970], [60, 962], [110, 938], [150, 920], [154, 902], [112, 904], [60, 910], [24, 918]] }],
    fibres: { kind: 'parallel', angle: -14 },
    deep: true,
    // lateral point near the trochanter, medial point near the sacrum
    points: [{ view: 'back', at: [120, 918] }, { view: 'back', at: [56, 934] }],
    essential: [
      // sacroiliac region
      { view: 'back', points: [[8, 972], [40, 980], [58, 950], [52, 904], [30, 888], [8, 910]] },
      // across the buttock to the back of the hip joint
      { view: 'back', points: [[46, 900], [90, 920], [146, 904], [150, 860], [120, 820], [70, 808], [40, 840]] },
    ],
    spillover: [
      // upper two thirds of the back of the thigh
      { view: 'back', points: [[60, 816], [120, 820], [126, 740], [120, 640], [108, 590], [80, 590], [68, 650], [60, 740]] },
    ],
    cite: [V2('ch. 10, Piriformis, fig. 10.1'), D3('Piriformis')],
  },
  'vastus-medialis': {
    // lower inner thigh, fibres slanting down to the inner top edge of the kneecap
    outline: [{ view: 'front', points: [[30, 792], [44, 792], [56, 700], [72, 622], [90, 562], [84, 534], [62, 528], [38, 546], [26, 590], [24, 680]] }],
    fibres: { kind: 'fan', focus: [80, 532] },
    deep: false,
    // distal point just above the knee, proximal point higher on the inner thigh
    points: [{ view: 'front', at: [50, 574] }, { view: 'front', at: [38, 680] }],
    essential: [
      // front and inner side of the knee
      { view: 'front', points: [[32, 532], [60, 544], [96, 536], [116, 512], [112, 478], [86, 460], [52, 462], [30, 486]] },
    ],
    spillover: [
      // a band up the front and inner thigh
      { view: 'front', points: [[46, 556], [80, 552], [104, 620], [116, 700], [110, 770], [84, 776], [64, 700], [50, 620]] },
    ],
    cite: [V2('ch. 14, Quadriceps femoris (vastus medialis)'), D3('Quadriceps femoris')],
  },
  'vastus-lateralis': {
    // the outer thigh, greater trochanter to the outer edge of the kneecap
    outline: [{ view: 'side', points: [[-30, 882], [18, 886], [44, 800], [50, 690], [42, 590], [24, 540], [-16, 544], [-48, 600], [-62, 700], [-56, 800]] }],
    fibres: { kind: 'parallel', angle: -80 },
    deep: false,
    // several points along the outer thigh
    points: [{ view: 'side', at: [-35, 700] }, { view: 'side', at: [-30, 588] }, { view: 'side', at: [22, 610] }, { view: 'side', at: [-38, 780] }, { view: 'side', at: [-36, 836] }],
    essential: [
      // the whole outer thigh down to the outer knee
      { view: 'side', points: [[-30, 850], [24, 854], [40, 760], [38, 640], [30, 530], [26, 460], [-20, 456], [-28, 540], [-44, 640], [-44, 760]] },
    ],
    spillover: [
      // up to the outer hip, and just below the knee
      { view: 'side', points: [[-40, 940], [24, 944], [34, 880], [24, 830], [-30, 830], [-44, 880]] },
      { view: 'side', points: [[-20, 470], [24, 470], [20, 410], [-16, 410]] },
      // outer back of the knee
      { view: 'back', points: [[68, 540], [110, 548], [138, 530], [140, 480], [120, 456], [80, 456], [66, 490]] },
    ],
    cite: [V2('ch. 14, Quadriceps femoris (vastus lateralis)'), D3('Quadriceps femoris')],
  },
  gastrocnemius: {
    // two heads from the back of the thigh bone just above the knee down to the Achilles tendon
    outline: [{ view: 'back', points: [[52, 548], [88, 540], [128, 548], [140, 470], [130, 370], [112, 296], [90, 232], [72, 270], [52, 350], [44, 460]] }],
    fibres: { kind: 'parallel', angle: 90 },
    deep: false,
    // inner head (most common), outer head, and both heads behind the knee
    points: [{ view: 'back', at: [62, 430] }, { view: 'back', at: [118, 440] }, { view: 'back', at: [66, 512] }, { view: 'back', at: [118, 518] }],
    essential: [
      // the instep (arch) of the foot
      { view: 'front', points: [[44, 64], [72, 66], [88, 48], [84, 20], [62, 12], [44, 26]] },
      // back of the knee (points behind the knee)
      { view: 'back', points: [[56, 530], [90, 540], [128, 532], [130, 494], [96, 486], [58, 492]] },
    ],
    spillover: [
      // lower back of the thigh, back of the knee and down the calf to the inner ankle
      { view: 'back', points: [[50, 600], [100, 604], [132, 540], [130, 440], [114, 340], [90, 250], [72, 150], [60, 100], [46, 130], [48, 260], [42, 400], [44, 520]] },
    ],
    cite: [V2('ch. 21, Gastrocnemius, fig. 21.1'), D3('Gastrocnemius')],
  },
  soleus: {
    // under gastrocnemius: upper shin and fibula down to the Achilles tendon
    outline: [
      { view: 'back', points: [[60, 470], [118, 476], [134, 400], [124, 290], [102, 200], [90, 150], [76, 166], [58, 240], [46, 340], [50, 420]] },
      // from the outer side: behind the fibula, below the lateral head of gastrocnemius, down to the Achilles tendon
      { view: 'side', points: [[-12, 466], [-38, 472], [-60, 420], [-68, 350], [-62, 270], [-50, 200], [-40, 152], [-26, 160], [-18, 230], [-10, 320], [-6, 400]] },
    ],
    fibres: { kind: 'fan', focus: [86, 120] },
    deep: true,
    // TP1 just above the Achilles tendon (most common), TP3 higher and to the outside, TP2 high on the outer calf
    points: [{ view: 'back', at: [74, 226] }, { view: 'back', at: [106, 270] }, { view: 'back', at: [112, 440] }],
    essential: [
      // back and bottom of the heel
      { view: 'back', points: [[56, 80], [86, 90], [116, 80], [120, 30], [104, 2], [70, 2], [54, 30]] },
      // (TP1) back of the heel and under it
      { view: 'side', points: [[-78, 60], [-50, 76], [-24, 50], [-10, 18], [14, 14], [10, 0], [-56, 0], [-78, 20]] },
      // the upper calf (from the high point, TP2)
      { view: 'back', points: [[56, 480], [100, 486], [128, 450], [126, 360], [104, 300], [74, 300], [54, 360], [50, 430]] },
      // the sacroiliac joint (from TP3, above and outside TP1)
      { view: 'back', points: [[16, 950], [40, 956], [52, 930], [44, 904], [20, 900], [10, 924]] },
    ],
    spillover: [
      // up the Achilles tendon
      { view: 'back', points: [[66, 84], [108, 84], [104, 170], [96, 230], [76, 230], [70, 170]] },
    ],
    cite: [V2('ch. 22, Soleus and plantaris, fig. 22.1'), D3('Soleus and plantaris')],
  },
  'tibialis-anterior': {
    // just outside the shin bone, from below the knee to the inner side of the foot
    outline: [{ view: 'front', points: [[88, 470], [114, 478], [124, 440], [118, 330], [106, 220], [90, 140], [78, 90], [68, 52], [60, 56], [70, 120], [82, 220], [88, 330], [86, 420]] }],
    fibres: { kind: 'parallel', angle: 86 },
    deep: false,
    // upper third of the muscle, beside the shin bone
    points: [{ view: 'front', at: [102, 400] }, { view: 'front', at: [102, 360] }],
    essential: [
      // front of the ankle and the big toe
      { view: 'front', points: [[68, 134], [110, 130], [114, 90], [100, 60], [94, 26], [90, 0], [64, 0], [62, 30], [66, 66], [62, 100]] },
    ],
    spillover: [
      // along the shin
      { view: 'front', points: [[76, 140], [108, 136], [112, 220], [112, 330], [108, 410], [86, 410], [78, 320], [74, 220]] },
    ],
    cite: [V2('ch. 19, Tibialis anterior, fig. 19.1'), D3('Tibialis anterior')],
  },
};
