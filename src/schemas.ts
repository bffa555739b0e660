// The published JSON Schemas for clinic configs (written to dist/schema/ by the build).
import type { JsonSchema } from './core/schema.js';
import { gateControlSchema } from './widgets/gate-control/config-schema.js';
import { techniqueCompareSchema, techniqueCardSchema } from './widgets/technique-compare/config-schema.js';
import { triggerPointMapSchema } from './widgets/trigger-point-map/config-schema.js';
import { visitGuideSchema } from './widgets/visit-guide/config-schema.js';

export const schemas: Record<string, JsonSchema> = {
  'pt-gate-control': gateControlSchema,
  'pt-technique-compare': techniqueCompareSchema,
  'pt-technique-card': techniqueCardSchema,
  'pt-trigger-point-map': triggerPointMapSchema,
  'pt-visit-guide': visitGuideSchema,
};
