// performance.mark()s the benchmark reads: pt:<tag>:defined, pt:<tag>:first-render, pt:<tag>:first-frame.

const marked = new Set<string>();

/** Marks `pt:<tag>:<what>` once per page. */
export function markOnce(tag: string, what: 'defined' | 'first-render' | 'first-frame'): void {
  const name = `pt:${tag}:${what}`;
  if (marked.has(name)) return;
  marked.add(name);
  try {
    performance.mark(name);
  } catch {
    // very old browsers: the mark is only for measurement
  }
}
