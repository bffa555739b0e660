// The map's muscle list: built-in content and chart, relabelled, hidden and translated as the clinic
// and the reader's language ask, plus the clinic's own muscles (whose zones are drawn as the named
// areas they list). Pure: no DOM.
import { muscles as builtInMuscles, type MuscleContent } from '../../content/trigger-points.js';
import { bodyAreas, type BodyAreaId } from '../../content/body-areas.js';
import { muscleCharts, areaSpots, type MuscleChart, type ChartShape } from '../../content/trigger-point-chart/index.js';
import type { Statement } from '../../content/types.js';
import type { MapConfig } from './config-schema.js';
import { circle } from './body/chart-layers.js';

/** A muscle as the map shows it: built-in content (or the clinic's own) with its chart. */
export interface MapMuscle extends Omit<MuscleContent, 'id' | 'technicalName' | 'selfCare'> {
  id: string;
  technicalName?: string;
  selfCare?: Statement;
  chart: MuscleChart;
  custom: boolean;
}

export interface SpanishContent {
  muscles: Record<string, { name: string; technicalName: string; where: string; description: string; symptoms: string[]; selfCare: string; seekCare?: string }>;
  notes: Record<string, string>;
  areas: Record<string, string>;
}

/** A named area drawn as a chart shape (a circle on its view), for zones listed by area. */
export function areaShape(area: string): ChartShape | undefined {
  const spot = areaSpots[area];
  return spot ? { view: spot.view, points: circle(spot.at[0], spot.at[1], spot.r, 12) } : undefined;
}

const shapes = (areas: readonly string[]) => areas.map(areaShape).filter((s): s is ChartShape => !!s);

/** A chart for a muscle that has none: its zones are its named areas, no outline. */
function chartFromAreas(essential: readonly string[], spillover: readonly string[], point?: { view: 'front' | 'back' | 'side'; x: number; y: number }): MuscleChart {
  return {
    outline: [], fibres: { kind: 'parallel', angle: 0 }, deep: false,
    points: point ? [{ view: point.view, at: [point.x, point.y] }] : [],
    essential: shapes(essential), spillover: shapes(spillover), cite: [],
  };
}

export interface MergeResult {
  list: MapMuscle[];
  /** Problems to report once each, with the valid values. */
  warnings: { message: string; valid?: string | readonly string[] }[];
}

export function mergeMuscles(config: MapConfig | undefined, es: SpanishContent | undefined): MergeResult {
  const cfg = config ?? {};
  const hide = new Set(cfg.hide ?? []);
  const warnings: MergeResult['warnings'] = [];
  // a translation keeps the statement's sources and their locators
  const st = (s: Statement, text?: string): Statement => (text ? { ...s, text } : s);
  const list: MapMuscle[] = builtInMuscles
    .filter((m) => !hide.has(m.id))
    .map((m) => {
      const tr = es?.muscles[m.id];
      const label = cfg.muscles?.[m.id];
      return {
        id: m.id,
        name: label?.name ?? tr?.name ?? m.name,
        technicalName: label?.technicalName ?? tr?.technicalName ?? m.technicalName,
        region: m.region,
        where: tr?.where ?? m.where,
        description: st(m.description, tr?.description),
        essential: m.essential,
        spillover: m.spillover,
        symptoms: m.symptoms.map((s, i) => st(s, tr?.symptoms[i])),
        selfCare: st(m.selfCare, tr?.selfCare),
        seekCare: m.seekCare ? st(m.seekCare, tr?.seekCare) : undefined,
        cite: m.cite,
        chart: muscleCharts[m.id] ?? chartFromAreas(m.essential, m.spillover),
        custom: false,
      };
    });
  const builtIn = new Set<string>(builtInMuscles.map((m) => m.id));
  for (const x of cfg.extraMuscles ?? []) {
    if (builtIn.has(x.id) || list.some((m) => m.id === x.id)) {
      warnings.push({ message: `config.extraMuscles id "${x.id}" is already used; entry skipped`, valid: 'a new id' });
      continue;
    }
    const clinic = (text: string): Statement => ({ text, cite: [] });
    list.push({
      id: x.id, name: x.name, technicalName: x.technicalName, region: x.region, where: x.where,
      description: clinic(x.description), essential: x.essential as BodyAreaId[], spillover: (x.spillover ?? []) as BodyAreaId[],
      symptoms: (x.symptoms ?? []).map(clinic), selfCare: x.selfCare ? clinic(x.selfCare) : undefined,
      seekCare: x.seekCare ? clinic(x.seekCare) : undefined, cite: [],
      chart: chartFromAreas(x.essential, x.spillover ?? [], x.point), custom: true,
    });
  }
  return { list, warnings };
}

/** Label of a named area: the clinic's, the reader's language, or English. */
export function areaLabel(id: string, config: MapConfig | undefined, es: SpanishContent | undefined): string {
  return config?.areas?.[id] ?? es?.areas[id] ?? bodyAreas.find((a) => a.id === id)?.label ?? id;
}

/** What the map cites, for its "Sources" list: every muscle's sources and statements (which carry their locators), and the notes. */
export function citedStatements(list: readonly MapMuscle[], notes: readonly Statement[]): (string | Statement)[] {
  const items: (string | Statement)[] = [];
  for (const m of list) {
    items.push(...m.cite, m.description, ...m.symptoms);
    if (m.selfCare) items.push(m.selfCare);
    if (m.seekCare) items.push(m.seekCare);
  }
  return [...items, ...notes];
}
