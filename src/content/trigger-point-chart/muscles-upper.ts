// Chart data, head, neck, shoulder, arm and chest muscles: outline, fibres, trigger points and zone
// shapes as drawn in the trigger-point manuals (Simons, Travell & Simons 1999, vol. 1; Donnelly et al.
// 2019). Coordinates: see ./types.ts. Drawn on the patient's left side.
import type { MuscleChart } from './types.js';

// Vol. 1 locators: chapter, muscle and the page of its pain-pattern figure (the book's pain-pattern index).
const V1 = (chapter: string) => ({ source: 'simons-travell-1999' as const, locator: chapter });
const D3 = (muscle: string) => ({ source: 'donnelly-2019' as const, locator: `chapter on the ${muscle}, referred pain figure` });

export const upperCharts: Readonly<Record<string, MuscleChart>> = {
  'upper-trapezius': {
    outline: [{ view: 'back', points: [[0, 1628], [28, 1634], [44, 1570], [62, 1500], [110, 1474], [168, 1462], [178, 1440], [110, 1430], [40, 1436], [0, 1440]] }],
    // converging on the outer end of the collarbone and the acromion: steep from the back of the head and
    // the neck, near horizontal over the shoulder (T&S fig. 6.1; one 38° hatch throughout, PT review 7)
    fibres: { kind: 'fan', focus: [175, 1450] },
    deep: false,
    points: [{ view: 'back', at: [84, 1468] }, { view: 'back', at: [132, 1450] }],
    essential: [
      // up the back and side of the neck to the mastoid
      { view: 'back', points: [[30, 1468], [58, 1468], [66, 1530], [66, 1600], [56, 1640], [40, 1630], [34, 1560]] },
      // the question mark: side of the neck, behind the ear, over it to the temple and the outer eyebrow
      // (it ends above the crease between the neck and the shoulder, rounded, 15 mm above where the skin
      // turns from the side and cut it in a step, PT review 6; the back shape carries it on down)
      { view: 'side', points: [[-38, 1516], [-46, 1546], [-40, 1600], [-28, 1644], [-6, 1676], [24, 1686], [56, 1678], [76, 1660], [72, 1644], [40, 1646], [8, 1644], [-4, 1618], [-6, 1560], [-4, 1522], [-20, 1508]] },
    ],
    // angle of the jaw
    spillover: [{ view: 'side', points: [[0, 1530], [30, 1528], [40, 1554], [26, 1574], [4, 1566]] }],
    cite: [V1('ch. 6, Trapezius, fig. 6.1, pp. 279–281'), D3('trapezius')],
  },
  'levator-scapulae': {
    outline: [{ view: 'back', points: [[24, 1600], [46, 1604], [58, 1540], [70, 1460], [74, 1400], [64, 1376], [46, 1382], [42, 1460], [30, 1540]] }],
    fibres: { kind: 'parallel', angle: 94 },
    deep: false,
    // at the angle of the neck (where it comes out from under the trapezius) and just above the upper angle of the blade
    points: [{ view: 'back', at: [50, 1468] }, { view: 'back', at: [58, 1404] }],
    essential: [
      // the angle of the neck, out along the top of the shoulder
      { view: 'back', points: [[16, 1470], [30, 1530], [52, 1536], [62, 1480], [100, 1466], [124, 1446], [100, 1426], [60, 1410], [34, 1420]] },
    ],
    spillover: [
      // along the inner border of the shoulder blade
      { view: 'back', points: [[34, 1410], [58, 1406], [64, 1330], [66, 1250], [56, 1236], [40, 1270], [36, 1340]] },
      // back of the shoulder
      { view: 'back', points: [[168, 1408], [200, 1404], [210, 1370], [196, 1350], [172, 1360]] },
    ],
    cite: [V1('ch. 19, Levator scapulae, p. 493'), D3('levator scapulae')],
  },
  sternocleidomastoid: {
    // from behind the ear down to the breastbone (sternal division, in front) and the collarbone (clavicular
    // division, behind it); drawn from the side, where its whole length and fibre direction show, and from the front
    outline: [
      { view: 'side', points: [[-42, 1598], [-30, 1622], [-12, 1612], [10, 1570], [42, 1504], [66, 1452], [74, 1432], [50, 1426], [34, 1444], [24, 1430], [4, 1440], [-4, 1510], [-28, 1562]] },
      // seen from the front: the sternal head to the breastbone, the clavicular head to the collarbone,
      // both up past the angle of the jaw to the mastoid behind the ear; apart at the bottom by the small
      // hollow over the collarbone's inner end (about 30 mm at the collarbone, so it shows in the 3D
      // picture too), so the two prongs read; the sternal head's end on the manubrium rounded
      { view: 'front', fibres: { kind: 'parallel', angle: 70 }, points: [[40, 1588], [58, 1598], [60, 1560], [46, 1506], [20, 1448], [14, 1434], [4, 1432], [0, 1444], [30, 1508], [40, 1550]] },
      { view: 'front', fibres: { kind: 'parallel', angle: 75 }, points: [[60, 1592], [70, 1586], [72, 1540], [72, 1500], [70, 1444], [50, 1438], [58, 1496], [60, 1545]] },
    ],
    fibres: { kind: 'parallel', angle: 118 },
    deep: false,
    points: [
      // sternal division: middle, low and high along the front edge; clavicular division, behind it
      { view: 'side', at: [30, 1512] },
      // (from the side its low end falls in the hollow between the heads: the body puts it where the front drawing does)
      { view: 'side', at: [56, 1450], onBody: { view: 'front', at: [22, 1465] } },
      { view: 'side', at: [2, 1566] },
      { view: 'side', at: [-22, 1596] },
      { view: 'side', at: [16, 1470] },
      { view: 'side', at: [0, 1510] },
    ],
    // the same points in the front drawing, on the two heads: sternal middle and low, clavicular middle and low
    alsoDrawn: [
      { view: 'front', at: [42, 1525] },
      { view: 'front', at: [22, 1465] },
      { view: 'front', at: [65, 1502] },
      { view: 'front', at: [62, 1462] },
    ],
    essential: [
      // sternal: over the eyebrow and around the eye
      { view: 'front', points: [[8, 1648], [20, 1664], [44, 1666], [60, 1652], [58, 1628], [42, 1618], [22, 1620], [12, 1632]] },
      // sternal: a streak across the cheek
      { view: 'front', points: [[16, 1604], [34, 1614], [56, 1614], [68, 1600], [58, 1588], [36, 1590], [22, 1594]] },
      // sternal: top of the head
      { view: 'front', points: [[-6, 1730], [4, 1746], [26, 1752], [42, 1740], [30, 1726], [10, 1722]] },
      // sternal: the throat
      { view: 'front', points: [[-6, 1466], [10, 1462], [20, 1480], [14, 1500], [-2, 1496]] },
      // clavicular: the forehead, across the midline (frontal headache)
      { view: 'front', points: [[-50, 1684], [-30, 1702], [0, 1710], [30, 1712], [56, 1700], [60, 1682], [36, 1676], [0, 1672], [-30, 1674]] },
      // sternal: the back of the head (a spot of its own, apart from the one behind the ear, as fig. 7.1 draws them)
      { view: 'back', points: [[20, 1622], [40, 1630], [56, 1650], [56, 1672], [34, 1668], [14, 1650]] },
      // clavicular: deep in and behind the ear (its back edge 6 mm off the occipital spot: two spots, PT review 6);
      // sternal: the back of the head and the top of the head
      { view: 'side', points: [[-50, 1604], [-30, 1600], [-12, 1604], [-2, 1626], [-10, 1652], [-32, 1660], [-52, 1650], [-64, 1630]] },
      { view: 'side', points: [[-40, 1724], [-14, 1742], [10, 1746], [14, 1730], [-10, 1722], [-32, 1712]] },
      { view: 'side', points: [[44, 1590], [64, 1600], [82, 1608], [86, 1596], [70, 1584], [50, 1578]] },
      { view: 'side', points: [[62, 1650], [78, 1662], [92, 1660], [90, 1644], [74, 1640]] },
    ],
    // the lowest sternal trigger points: down over the top of the breastbone
    spillover: [{ view: 'front', points: [[-10, 1428], [14, 1428], [20, 1400], [16, 1360], [0, 1348], [-12, 1380]] }],
    cite: [V1('ch. 7, Sternocleidomastoid, fig. 7.1, p. 310'), D3('sternocleidomastoid')],
  },
  suboccipitals: {
    outline: [{ view: 'back', points: [[2, 1612], [24, 1624], [50, 1618], [54, 1598], [32, 1580], [8, 1578]] }],
    fibres: { kind: 'parallel', angle: 35 },
    deep: true,
    points: [{ view: 'back', at: [24, 1600] }, { view: 'back', at: [40, 1606] }],
    essential: [
      // the back of the head
      { view: 'back', points: [[6, 1612], [30, 1614], [62, 1630], [70, 1660], [54, 1684], [24, 1680], [6, 1656]] },
      // a band from the back of the head over the side of the head
      { view: 'side', points: [[-108, 1640], [-92, 1614], [-60, 1630], [-30, 1662], [-20, 1690], [-52, 1690], [-90, 1672]] },
      // to the eye and the forehead
      { view: 'side', points: [[50, 1650], [70, 1640], [92, 1644], [88, 1670], [70, 1690], [50, 1680]] },
      { view: 'front', points: [[10, 1646], [14, 1690], [30, 1712], [56, 1702], [62, 1660], [52, 1626], [30, 1620]] },
    ],
    // the temple, between the two
    spillover: [{ view: 'side', points: [[-26, 1664], [10, 1648], [50, 1644], [56, 1680], [20, 1700], [-14, 1696]] }],
    cite: [V1('ch. 17, Suboccipital muscles, p. 473'), D3('suboccipital muscles')],
  },
  temporalis: {
    outline: [{ view: 'side', points: [[-86, 1652], [-78, 1694], [-46, 1720], [-6, 1732], [36, 1722], [62, 1694], [66, 1652], [50, 1604], [36, 1596], [24, 1626], [2, 1660], [-40, 1666]] }],
    fibres: { kind: 'fan', focus: [38, 1596] },
    deep: false,
    // one row of points about a finger's width above the cheekbone arch, front to back
    points: [
      { view: 'side', at: [48, 1650] },
      { view: 'side', at: [26, 1658] },
      { view: 'side', at: [2, 1664] },
      { view: 'side', at: [-36, 1682] },
    ],
    essential: [
      // fingers of pain over the temple
      { view: 'side', points: [[-58, 1672], [-62, 1712], [-40, 1718], [-24, 1690], [-8, 1730], [12, 1734], [18, 1694], [34, 1726], [56, 1712], [66, 1680], [62, 1646], [34, 1640], [-10, 1662]] },
      // along the eyebrow (front fibres) and behind the eye
      { view: 'side', points: [[64, 1646], [80, 1664], [94, 1660], [92, 1642], [78, 1636]] },
      { view: 'front', points: [[8, 1652], [22, 1666], [46, 1668], [64, 1656], [62, 1636], [44, 1626], [24, 1628]] },
      // the upper teeth
      { view: 'front', points: [[6, 1576], [22, 1586], [44, 1584], [46, 1566], [28, 1558], [8, 1560]] },
      { view: 'side', points: [[50, 1570], [64, 1582], [86, 1586], [92, 1574], [78, 1564], [58, 1562]] },
    ],
    // the upper jaw and the jaw joint
    spillover: [{ view: 'side', points: [[0, 1560], [14, 1540], [36, 1544], [48, 1566], [40, 1598], [14, 1600]] }],
    cite: [V1('ch. 9, Temporalis, p. 351'), D3('temporalis')],
  },
  masseter: {
    outline: [{ view: 'side', points: [[8, 1608], [36, 1612], [64, 1604], [66, 1578], [58, 1536], [42, 1518], [16, 1522], [2, 1542], [4, 1580]] }],
    fibres: { kind: 'parallel', angle: 70 },
    deep: false,
    points: [
      // superficial layer: upper, middle and lower belly; deep layer: near the jaw joint
      { view: 'side', at: [36, 1560] },
      { view: 'side', at: [46, 1594] },
      { view: 'side', at: [26, 1534] },
      { view: 'side', at: [12, 1596] },
    ],
    essential: [
      // the jaw
      { view: 'side', points: [[-2, 1534], [10, 1512], [40, 1506], [70, 1512], [72, 1532], [44, 1534], [20, 1560], [4, 1562]] },
      // the upper and lower back teeth
      { view: 'side', points: [[48, 1560], [66, 1580], [88, 1584], [94, 1564], [86, 1546], [62, 1542]] },
      { view: 'front', points: [[6, 1582], [26, 1588], [48, 1578], [46, 1552], [26, 1546], [8, 1552]] },
      // over the eyebrow
      { view: 'side', points: [[56, 1652], [72, 1666], [92, 1662], [92, 1642], [72, 1638]] },
      { view: 'front', points: [[10, 1652], [24, 1664], [46, 1666], [62, 1654], [56, 1634], [38, 1628], [18, 1632]] },
      // deep in the ear and the jaw joint (deep layer)
      { view: 'side', points: [[-28, 1624], [-20, 1652], [0, 1652], [16, 1628], [12, 1602], [-10, 1598]] },
    ],
    // the cheek over the upper jaw
    spillover: [
      { view: 'front', points: [[28, 1592], [40, 1610], [60, 1614], [68, 1598], [56, 1584], [38, 1582]] },
      { view: 'side', points: [[40, 1600], [56, 1620], [80, 1626], [90, 1610], [76, 1592], [56, 1590]] },
    ],
    cite: [V1('ch. 8, Masseter, p. 331'), D3('masseter')],
  },
  scalenes: {
    outline: [
      { view: 'side', points: [[-34, 1562], [-14, 1570], [2, 1528], [22, 1468], [36, 1436], [4, 1428], [-30, 1436], [-42, 1500]] },
      { view: 'front', points: [[30, 1562], [50, 1570], [72, 1524], [80, 1456], [68, 1436], [40, 1440], [34, 1500]] },
    ],
    fibres: { kind: 'parallel', angle: -72 },
    deep: true,
    // low in the side of the neck, above the collarbone (anterior, middle and posterior scalene)
    points: [{ view: 'side', at: [14, 1484] }, { view: 'side', at: [-2, 1512] }, { view: 'side', at: [-16, 1540] }],
    essential: [
      // two fingers over the chest, to the nipple line
      { view: 'front', points: [[44, 1400], [100, 1400], [118, 1350], [120, 1280], [104, 1268], [94, 1330], [84, 1326], [80, 1264], [58, 1262], [48, 1340]] },
      // front of the upper arm
      { view: 'front', points: [[186, 1350], [214, 1352], [230, 1270], [232, 1170], [214, 1150], [196, 1200], [188, 1280]] },
      // back of the upper arm and the inner border of the shoulder blade
      { view: 'back', points: [[188, 1350], [216, 1350], [232, 1270], [234, 1170], [214, 1150], [196, 1200], [190, 1280]] },
      { view: 'back', points: [[34, 1360], [54, 1356], [64, 1290], [66, 1240], [50, 1226], [36, 1260], [32, 1310]] },
    ],
    // thumb side of the forearm to the thumb and index finger
    spillover: [
      { view: 'front', points: [[224, 1110], [246, 1100], [264, 960], [284, 820], [286, 740], [262, 740], [256, 840], [236, 980], [222, 1060]] },
    ],
    cite: [V1('ch. 20, Scalene muscles, p. 506'), D3('scalene muscles')],
  },
  infraspinatus: {
    // below the spine of the shoulder blade (drawn as a ridge line just above the upper edge)
    outline: [{ view: 'back', points: [[50, 1320], [104, 1346], [158, 1372], [186, 1378], [194, 1360], [154, 1334], [110, 1262], [62, 1204], [52, 1232]] }],
    fibres: { kind: 'fan', focus: [196, 1368] },
    deep: false,
    // two below the spine of the shoulder blade, one lower near its inner border
    points: [{ view: 'back', at: [84, 1318] }, { view: 'back', at: [118, 1336] }, { view: 'back', at: [72, 1262] }],
    // deep in the front of the shoulder
    essential: [{ view: 'front', points: [[158, 1424], [184, 1434], [206, 1414], [208, 1366], [184, 1346], [160, 1366], [152, 1396]] }],
    spillover: [
      // down the front and outer arm, the thumb side of the forearm, to the hand
      { view: 'front', points: [[184, 1344], [238, 1300], [238, 1150], [274, 1000], [280, 880], [284, 770], [262, 760], [246, 880], [236, 1000], [222, 1150], [184, 1300]] },
      // along the inner border of the shoulder blade (from the inner points)
      { view: 'back', points: [[34, 1350], [54, 1352], [62, 1280], [64, 1210], [48, 1196], [36, 1260]] },
      { view: 'side', arm: true, points: [[-24, 1400], [0, 1424], [34, 1412], [42, 1340], [32, 1250], [20, 1160], [2, 1160], [4, 1250], [-10, 1330]] },
      // on down the thumb side of the forearm to the hand, as the side drawing shows it
      // (as wide as the thumb side down to its rounded end, level with the front drawing's end: no notch between the two)
      { view: 'side', arm: true, points: [[2, 1160], [20, 1160], [24, 1000], [26, 830], [24, 780], [10, 762], [-4, 768], [-10, 800], [-8, 1000]] },
      // the back of the neck (and, from the inner points, the inner border of the blade)
      { view: 'back', points: [[18, 1462], [42, 1462], [48, 1520], [40, 1560], [22, 1540]] },
    ],
    cite: [V1('ch. 22, Infraspinatus, fig. 22.1, p. 553'), D3('infraspinatus')],
  },
  supraspinatus: {
    outline: [{ view: 'back', points: [[44, 1346], [52, 1384], [100, 1408], [150, 1418], [190, 1412], [198, 1394], [160, 1394], [110, 1370], [60, 1342]] }],
    fibres: { kind: 'fan', focus: [198, 1398] },
    deep: true,
    // in the fossa above the spine of the shoulder blade: inner and outer part of the belly
    points: [{ view: 'back', at: [80, 1376] }, { view: 'back', at: [132, 1398] }],
    essential: [
      // the middle of the deltoid, outer shoulder
      { view: 'side', arm: true, points: [[-38, 1380], [-30, 1420], [0, 1430], [26, 1408], [24, 1350], [10, 1320], [-20, 1322]] },
      { view: 'back', points: [[184, 1420], [214, 1414], [226, 1370], [216, 1330], [196, 1340], [186, 1380]] },
    ],
    // down the outer arm to the outer elbow (the lateral epicondyle)
    spillover: [
      { view: 'side', arm: true, points: [[-24, 1330], [8, 1330], [6, 1250], [-4, 1150], [-6, 1090], [-24, 1074], [-44, 1090], [-34, 1150], [-24, 1250]] },
    ],
    cite: [V1('ch. 21, Supraspinatus, p. 539'), D3('supraspinatus')],
  },
  rhomboids: {
    outline: [{ view: 'back', points: [[0, 1452], [14, 1452], [46, 1388], [48, 1340], [54, 1262], [60, 1202], [40, 1236], [12, 1300], [0, 1330]] }],
    fibres: { kind: 'parallel', angle: -62 },
    deep: false,
    // along the inner border of the shoulder blade
    points: [{ view: 'back', at: [40, 1320] }, { view: 'back', at: [36, 1370] }, { view: 'back', at: [46, 1270] }],
    // along the inner border of the shoulder blade
    essential: [{ view: 'back', points: [[26, 1400], [48, 1400], [62, 1330], [68, 1250], [62, 1210], [46, 1220], [34, 1280], [28, 1340]] }],
    // over the upper part of the blade, up over its spine
    spillover: [{ view: 'back', points: [[58, 1404], [96, 1400], [122, 1370], [124, 1310], [100, 1258], [70, 1244], [62, 1310]] }],
    cite: [V1('ch. 27, Rhomboid muscles, p. 614'), D3('rhomboid muscles')],
  },
  'pectoralis-major': {
    outline: [{ view: 'front', points: [[6, 1436], [60, 1442], [110, 1450], [164, 1410], [190, 1356], [176, 1332], [140, 1290], [96, 1244], [44, 1226], [6, 1236]] }],
    fibres: { kind: 'fan', focus: [188, 1356] },
    deep: false,
    points: [
      // sternal part, middle; clavicular part; sternal part near the breastbone; outer edge at the front fold of the armpit; lower part
      { view: 'front', at: [86, 1336] },
      { view: 'front', at: [70, 1418] },
      { view: 'front', at: [36, 1350] },
      { view: 'front', at: [150, 1330] },
      { view: 'front', at: [58, 1258] },
    ],
    essential: [
      // the front of the chest
      { view: 'front', points: [[4, 1420], [60, 1426], [118, 1400], [136, 1340], [118, 1268], [70, 1244], [24, 1250], [4, 1300]] },
      // the front of the shoulder
      { view: 'front', points: [[148, 1440], [186, 1440], [210, 1400], [204, 1356], [176, 1350], [154, 1380]] },
    ],
    // down the inner arm to the inner elbow, and the little-finger side of the forearm to the ring and little fingers
    spillover: [
      { view: 'front', points: [[176, 1340], [200, 1330], [206, 1240], [218, 1130], [232, 1080], [214, 1068], [202, 1120], [184, 1230]] },
      { view: 'back', points: [[218, 1080], [242, 1070], [262, 950], [284, 790], [282, 710], [260, 716], [258, 800], [238, 950], [222, 1030]] },
    ],
    cite: [V1('ch. 42, Pectoralis major, pp. 820–822'), D3('pectoralis major')],
  },
  'wrist-extensors': {
    // extensor carpi radialis longus and brevis and extensor digitorum, on the back of the forearm (thumb side forward)
    outline: [{ view: 'side', arm: true, points: [[-26, 1160], [-6, 1154], [8, 1090], [16, 980], [26, 880], [10, 860], [-8, 880], [-26, 990], [-40, 1080]] }],
    fibres: { kind: 'parallel', angle: -82 },
    deep: false,
    // just below the outer elbow: radialis longus, radialis brevis, extensor digitorum
    points: [{ view: 'side', at: [-4, 1070] }, { view: 'side', at: [-8, 1030] }, { view: 'side', at: [-22, 1010] }],
    essential: [
      // the outer elbow
      { view: 'side', arm: true, points: [[-46, 1104], [-36, 1130], [-8, 1130], [2, 1100], [-8, 1068], [-32, 1066]] },
      // the back of the hand on the thumb side
      { view: 'side', arm: true, points: [[-4, 812], [16, 840], [36, 836], [44, 800], [34, 762], [10, 758], [-2, 780]] },
    ],
    // along the back and thumb side of the forearm
    spillover: [
      { view: 'side', arm: true, points: [[-16, 1070], [6, 1070], [18, 960], [30, 860], [10, 848], [0, 900], [-12, 990]] },
      { view: 'front', points: [[226, 1070], [248, 1070], [264, 960], [270, 880], [250, 878], [236, 960]] },
    ],
    cite: [V1('ch. 34, Hand extensor and brachioradialis muscles, p. 692'), V1('ch. 35, Extensor digitorum, p. 715'), D3('hand and finger extensors')],
  },
};
