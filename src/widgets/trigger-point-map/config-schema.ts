// SKELETON: JSON Schema for the clinic config of this widget.
import type { JsonSchema } from '../../core/schema.js';

export const triggerPointMapSchema: JsonSchema = { $id: 'pt-explainers/schema/trigger-point-map', type: 'object', properties: { disclaimer: { type: 'string', maxLength: 600 } }, additionalProperties: false };
