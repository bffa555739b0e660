// JSON Schema for the clinic config of <pt-gate-control> (a <script type="application/json"> child).
// Published as dist/schema/pt-gate-control.schema.json; the element validates with the same object.
import type { JsonSchema } from '../../core/schema.js';

const text = (maxLength: number, description: string): JsonSchema => ({ type: 'string', minLength: 1, maxLength, description });

const PART_IDS = ['skin', 'abeta', 'adelta', 'c', 'spinalCord', 'interneuron', 'tcell', 'ascending', 'descending', 'brain'] as const;

export const gateControlSchema: JsonSchema = {
  $id: 'pt-explainers/schema/gate-control',
  title: 'pt-gate-control clinic configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    title: text(120, 'Heading shown above the diagram.'),
    labels: {
      type: 'object',
      additionalProperties: false,
      description: 'Replace the words on the controls.',
      properties: {
        pain: text(60, 'Label of the pain slider.'),
        touch: text(60, 'Label of the touch/massage slider.'),
        brain: text(60, 'Legend of the brain-state choice.'),
        calm: text(30, 'Word for the calm brain state.'),
        neutral: text(30, 'Word for the neutral brain state.'),
        stressed: text(30, 'Word for the stressed brain state.'),
        meter: text(80, 'Label of the meter (the signal level, e.g. "26 out of 100", is added).'),
      },
    },
    parts: {
      type: 'object',
      additionalProperties: false,
      description: 'Replace the plain names of the diagram parts.',
      properties: Object.fromEntries(PART_IDS.map((id) => [id, text(40, `Plain name of the ${id} part.`)])),
    },
    steps: {
      type: 'array',
      description: 'Custom captions for the five guided steps, in order (fewer than five replaces only the first ones).',
      maxItems: 5,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        properties: { title: text(80, 'Step heading.'), text: text(400, 'Step caption.') },
      },
    },
    technicalNames: {
      enum: ['toggle', 'shown', 'hidden'],
      description: '"toggle" (default) shows a switch, "shown" always shows the technical names, "hidden" never does.',
    },
    note: { type: 'boolean', description: 'false hides the "How sure are we?" note.' },
    disclaimer: text(600, 'Replaces the built-in disclaimer.'),
  },
};

export interface GateControlConfig {
  title?: string;
  labels?: Partial<Record<'pain' | 'touch' | 'brain' | 'calm' | 'neutral' | 'stressed' | 'meter', string>>;
  parts?: Partial<Record<(typeof PART_IDS)[number], string>>;
  steps?: { title?: string; text: string }[];
  technicalNames?: 'toggle' | 'shown' | 'hidden';
  note?: boolean;
  disclaimer?: string;
}
