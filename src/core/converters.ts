// Attribute converters shared by widgets.

/**
 * Numbers from attributes, but text that is not a number is kept as written, so the widget can
 * warn with the clinic's own value (e.g. pain="high") instead of silently seeing NaN.
 */
export const numberOrText = {
  fromAttribute: (value: string | null): number | string | null =>
    value === null ? null : value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value,
  toAttribute: (value: unknown): string | null => (value === null || value === undefined ? null : String(value)),
};

/** The string form of an attribute-like value of any type ('' for null/undefined), for id lookups. */
export function asText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}
