// The one console helper: every message a clinic sees has the same shape,
// `[pt-<tag>] <what> — valid: <values>`, and is printed once per element.

const seen = new WeakMap<object, Set<string>>();
const seenGlobal = new Set<string>();

/** Formats a message exactly as `warn()` prints it (exported for tests and docs). */
export function formatWarning(tag: string, what: string, valid?: string | readonly string[]): string {
  const values = Array.isArray(valid) ? valid.join(', ') : (valid as string | undefined);
  return `[${tag}] ${what}${values ? ` — valid: ${values}` : ''}`;
}

/**
 * Prints one console warning for `tag`. `owner` (usually the element) scopes the de-duplication,
 * so the same mistake on one element is reported once, however often it re-renders.
 */
export function warn(
  tag: string,
  what: string,
  valid?: string | readonly string[],
  owner?: object,
): void {
  const text = formatWarning(tag, what, valid);
  if (owner) {
    let set = seen.get(owner);
    if (!set) seen.set(owner, (set = new Set()));
    if (set.has(text)) return;
    set.add(text);
  } else {
    if (seenGlobal.has(text)) return;
    seenGlobal.add(text);
  }
  console.warn(text);
}

/** Shortens clinic-supplied values before they are echoed in a message (a 10 kB string helps nobody). */
export function quote(value: unknown, max = 60): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return `"${s.length > max ? `${s.slice(0, max)}…` : s}"`;
}
