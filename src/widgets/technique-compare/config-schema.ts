// JSON Schema for the clinic config of <pt-technique-compare> and <pt-technique-card>: relabel or
// rewrite a built-in technique, hide questions, add the clinic's own technique, replace the disclaimer.
import type { JsonSchema } from '../../core/schema.js';
import { TECHNIQUE_IDS, TISSUES } from '../../content/technique-base.js';
import { FIELD_KEYS } from './fields.js';

// What a page with a config needs besides the schema: the clinic's own techniques.
export { addClinicTechniques } from './clinic-techniques.js';

export const ID_PATTERN = '^[a-z][a-z0-9-]{0,39}$';

const shortText: JsonSchema = { type: 'string', minLength: 1, maxLength: 80 };
const longText: JsonSchema = { type: 'string', minLength: 1, maxLength: 600 };

/** The words of a technique, as a clinic may write or rewrite them. */
const textFields = {
  name: shortText,
  aka: shortText,
  summary: longText,
  feels: longText,
  usedFor: longText,
  after: longText,
  evidence: longText,
  precautions: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, minItems: 1, maxItems: 12 },
} satisfies Record<string, JsonSchema>;

const numberFields = {
  pressure: { type: 'integer', minimum: 1, maximum: 5 },
  worksOn: { type: 'array', items: { type: 'string', enum: TISSUES }, minItems: 1, maxItems: TISSUES.length, uniqueItems: true },
  sessionMinutes: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 240 }, minItems: 1, maxItems: 2 },
} satisfies Record<string, JsonSchema>;

/** Spanish wording for the same technique (used when the page or element is lang="es"). */
const spanish: JsonSchema = {
  type: 'object',
  description: 'Spanish text for this technique, shown when lang="es".',
  properties: textFields,
  additionalProperties: false,
};

const override: JsonSchema = {
  type: 'object',
  description: 'Changes to a built-in technique. Any field you leave out keeps the built-in text.',
  properties: { ...textFields, ...numberFields, es: spanish },
  additionalProperties: false,
};

const added: JsonSchema = {
  type: 'object',
  description: "The clinic's own technique, with the same fields as the built-in ones.",
  properties: { id: { type: 'string', pattern: ID_PATTERN }, ...textFields, ...numberFields, es: spanish },
  required: ['id', 'name', 'summary', 'pressure'],
  additionalProperties: false,
};

function schema(tag: string, title: string): JsonSchema {
  return {
    $id: `${tag}.schema.json`,
    title,
    type: 'object',
    properties: {
      disclaimer: { type: 'string', minLength: 1, maxLength: 600, description: 'Replaces the built-in disclaimer (plain text).' },
      hideFields: {
        type: 'array',
        items: { type: 'string', enum: FIELD_KEYS },
        uniqueItems: true,
        description: 'Questions to leave out.',
      },
      techniques: {
        type: 'object',
        description: 'Changes to built-in techniques, by id.',
        propertyNames: { type: 'string', enum: TECHNIQUE_IDS },
        additionalProperties: override,
      },
      addTechniques: { type: 'array', items: added, maxItems: 10, description: "The clinic's own techniques." },
    },
    additionalProperties: false,
    examples: [
      {
        techniques: { 'deep-tissue': { name: 'Deep massage' } },
        hideFields: ['evidence'],
        addTechniques: [
          {
            id: 'cupping',
            name: 'Cupping',
            summary: 'Cups on the skin gently lift the tissue.',
            pressure: 2,
            worksOn: ['fascia', 'muscle'],
            sessionMinutes: [10, 20],
          },
        ],
        disclaimer: 'Ask us before you book.',
      },
    ],
  };
}

export const techniqueCompareSchema: JsonSchema = schema('pt-technique-compare', 'Clinic config for <pt-technique-compare>');
export const techniqueCardSchema: JsonSchema = schema('pt-technique-card', 'Clinic config for <pt-technique-card>');
