// SKELETON: JSON Schema for the clinic config of this widget.
import type { JsonSchema } from '../../core/schema.js';

export const gateControlSchema: JsonSchema = { $id: 'pt-explainers/schema/gate-control', type: 'object', properties: { disclaimer: { type: 'string', maxLength: 600 } }, additionalProperties: false };
