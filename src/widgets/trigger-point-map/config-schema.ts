// JSON Schema for the clinic config of <pt-trigger-point-map> (a <script type="application/json"> child).
// Published as dist/schema/pt-trigger-point-map.schema.json; the element validates with the same object.
import type { JsonSchema } from '../../core/schema.js';
import { muscleIds } from '../../content/trigger-points.js';
import { bodyAreaIds, bodyAreaGroups } from '../../content/body-areas.js';

const text = (maxLength: number, description: string): JsonSchema => ({ type: 'string', minLength: 1, maxLength, description });
const areaList = (description: string, minItems = 0): JsonSchema => ({
  type: 'array', items: { type: 'string', enum: bodyAreaIds }, uniqueItems: true, minItems, maxItems: 20, description,
});

export const triggerPointMapSchema: JsonSchema = {
  $id: 'pt-explainers/schema/trigger-point-map',
  title: 'pt-trigger-point-map clinic configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    disclaimer: text(600, "The clinic's note under the map; shown beside the core safety line, which it cannot remove."),
    muscles: {
      type: 'object',
      description: 'Rename built-in muscles, by id.',
      propertyNames: { enum: muscleIds },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: { name: text(80, 'Plain name in lists and headings.'), technicalName: text(120, 'Anatomical name.') },
      },
    },
    areas: {
      type: 'object',
      description: 'Rename named body areas, by id.',
      propertyNames: { enum: bodyAreaIds },
      additionalProperties: text(80, 'Label of the area.'),
    },
    hide: { type: 'array', items: { type: 'string', enum: muscleIds }, uniqueItems: true, description: 'Built-in muscles to leave out.' },
    extraMuscles: {
      type: 'array',
      maxItems: 10,
      description: "The clinic's own muscle entries, with the same fields as the built-in ones.",
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'region', 'where', 'description', 'essential', 'point'],
        properties: {
          id: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,40}$', description: 'Unique id (lower case, dashes), not one of the built-in ids.' },
          name: text(80, 'Plain name.'),
          technicalName: text(120, 'Anatomical name.'),
          region: { type: 'string', enum: bodyAreaGroups },
          where: text(300, 'Where the trigger point is, in plain words.'),
          description: text(800, 'Plain description of the muscle and its pain pattern.'),
          essential: areaList('Usual referral zone (drawn solid).', 1),
          spillover: areaList('Spillover zone, felt by some people (drawn dotted).'),
          symptoms: { type: 'array', items: text(300, 'A common sign.'), maxItems: 8 },
          selfCare: text(600, 'Self-care hint.'),
          seekCare: text(600, 'When to get medical care first.'),
          point: {
            type: 'object',
            additionalProperties: false,
            required: ['view', 'x', 'y'],
            description: "Where the trigger point is on the chart, on the patient's left side: the drawing it is seen in and its place there in millimetres.",
            properties: {
              view: { type: 'string', enum: ['front', 'back', 'side'], description: "The drawing: front, back, or side (seen from the patient's left)." },
              x: { type: 'number', minimum: -400, maximum: 400, description: "Across, in mm: in the front and back drawings from the midline (the patient's left is positive); in the side drawing from the middle of the body (forward is positive)." },
              y: { type: 'number', minimum: 0, maximum: 1780, description: 'Height above the floor in mm (the figure is 1750 mm tall).' },
            },
          },
        },
      },
    },
  },
};

export interface MapConfig {
  disclaimer?: string;
  muscles?: Record<string, { name?: string; technicalName?: string }>;
  areas?: Record<string, string>;
  hide?: string[];
  extraMuscles?: {
    id: string; name: string; technicalName?: string; region: (typeof bodyAreaGroups)[number]; where: string; description: string;
    essential: string[]; spillover?: string[]; symptoms?: string[]; selfCare?: string; seekCare?: string;
    point: { view: 'front' | 'back' | 'side'; x: number; y: number };
  }[];
}
