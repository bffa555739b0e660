// SKELETON: JSON Schema for the clinic config of this widget.
import type { JsonSchema } from '../../core/schema.js';

export const techniqueCompareSchema: JsonSchema = { type: 'object', properties: { disclaimer: { type: 'string', maxLength: 600 } }, additionalProperties: false };
export const techniqueCardSchema: JsonSchema = techniqueCompareSchema;
