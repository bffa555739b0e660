// The questions a technique answers, in the order every card and every comparison shows them.
export const FIELD_KEYS = ['summary', 'feels', 'pressure', 'worksOn', 'usedFor', 'sessionMinutes', 'after', 'precautions', 'evidence'] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;
export const DEFAULT_COMPARE = ['soft-tissue', 'myofascial-release', 'trigger-point-therapy'] as const;
