// Every patient-facing text module, by topic, in English and Spanish: the one list the content checks and
// the report walk. Tests may import the Spanish modules statically; widget code never does.
import * as bodyAreasEn from '../../../src/content/body-areas.js';
import * as bodyAreasEs from '../../../src/content/es/body-areas.js';
import * as gateControlEs from '../../../src/content/es/gate-control.js';
import * as techniquesEs from '../../../src/content/es/techniques.js';
import * as triggerPointsEs from '../../../src/content/es/trigger-points.js';
import * as visitGuideEs from '../../../src/content/es/visit-guide.js';
import * as gateControlEn from '../../../src/content/gate-control.js';
import * as techniquesEn from '../../../src/content/techniques.js';
import * as triggerPointsEn from '../../../src/content/trigger-points.js';
import * as visitGuideEn from '../../../src/content/visit-guide.js';
import { coreStrings } from '../../../src/core/strings.js';
import { techniqueStrings } from '../../../src/widgets/technique-compare/strings.js';
import { mapStrings } from '../../../src/widgets/trigger-point-map/strings.js';

export interface Topic {
  name: string;
  /** English data: a module namespace or a strings object. */
  en: Record<string, unknown>;
  es: Record<string, unknown>;
  /** Medical content (statements with cites) rather than UI words. */
  content: boolean;
}

const ns = (m: object): Record<string, unknown> => ({ ...m });
// Gate control's UI words travel with its content (the Spanish ones load lazily with the Spanish text).
const gateStrings = { en: gateControlEn.gateUi, es: gateControlEs.gateUi };

export const topics: readonly Topic[] = [
  { name: 'gate-control', en: ns(gateControlEn), es: ns(gateControlEs), content: true },
  { name: 'techniques', en: ns(techniquesEn), es: ns(techniquesEs), content: true },
  { name: 'trigger-points', en: ns(triggerPointsEn), es: ns(triggerPointsEs), content: true },
  { name: 'body-areas', en: ns(bodyAreasEn), es: ns(bodyAreasEs), content: true },
  // The visit guide's UI words travel with its content (the Spanish ones load lazily with the Spanish text).
  { name: 'visit-guide', en: ns(visitGuideEn), es: ns(visitGuideEs), content: true },
  { name: 'ui: core', en: { ...coreStrings.en }, es: { ...coreStrings.es }, content: false },
  { name: 'ui: gate-control', en: { ...gateStrings.en }, es: { ...gateStrings.es }, content: false },
  { name: 'ui: technique-compare', en: { ...techniqueStrings.en }, es: { ...techniqueStrings.es }, content: false },
  { name: 'ui: trigger-point-map', en: { ...mapStrings.en }, es: { ...mapStrings.es }, content: false },
];

/** UI string tables keyed by locale, for the key-parity check. */
export const uiStringTables: readonly { name: string; table: Record<string, object> }[] = [
  { name: 'src/core/strings.ts coreStrings', table: coreStrings },
  { name: 'src/content/{,es/}gate-control.ts gateUi', table: gateStrings },
  { name: 'src/widgets/technique-compare/strings.ts techniqueStrings', table: techniqueStrings },
  { name: 'src/widgets/trigger-point-map/strings.ts mapStrings', table: mapStrings },
];
