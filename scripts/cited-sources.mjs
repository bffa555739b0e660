// Build plugin: each widget's "Sources" list downloads only the references that widget cites.
// A widget imports the bibliography through its own `sources.ts` (which re-exports content/sources.ts,
// the whole list, in tests and dev); in the build that import gets a copy of content/sources.ts whose
// list keeps only the ids cited anywhere in the widget's content modules (every `cite` array and `at`
// key, English and Spanish). A cited id missing from the copy stops the build.
// A widget whose list is fixed (no clinic input changes it) can instead hand the finished list in `lists`:
// its `sources.ts` is then replaced by that list as data, so the widget ships neither the statements' map of
// sources nor the formatter, only what its Sources list shows.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const QUERY = '?cited=';

/** Every source id cited in `value`: strings in `cite` arrays and keys of `at` objects, at any depth. */
export function citedIds(value, out = new Set(), seen = new Set()) {
  if (!value || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) citedIds(v, out, seen);
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    if (k === 'cite' && Array.isArray(v)) v.forEach((id) => typeof id === 'string' && out.add(id));
    else if (k === 'at' && v && typeof v === 'object' && !Array.isArray(v)) Object.keys(v).forEach((id) => out.add(id));
    else citedIds(v, out, seen);
  }
  return out;
}

/** content/sources.ts with only the list entries (one `{ id: '…', … },` per line) whose id is in `keep`. */
export function filterSources(code, keep, widget) {
  const found = new Set();
  const lines = code.split('\n').filter((line) => {
    const id = line.match(/^\s*\{\s*id:\s*'([^']+)'/)?.[1];
    if (!id) return true;
    found.add(id);
    return keep.has(id);
  });
  const missing = [...keep].filter((id) => !found.has(id));
  if (missing.length) {
    throw new Error(`cited-sources: ${widget} cites ${missing.join(', ')}, not found as one-line entries of content/sources.ts (keep each entry on one line)`);
  }
  return lines.join('\n');
}

/**
 * @param {{ root: string, widgets: Record<string, unknown[]>, lists?: Record<string, readonly object[]> }} options
 *   widgets: folder under src/widgets → the content modules (their exports) whose citations that widget shows;
 *   lists: folder under src/widgets → its finished Sources list (what its sources.ts exports as `sourceList`).
 */
export function citedSources({ root, widgets, lists = {} }) {
  const sourcesFile = resolve(root, 'src/content/sources.ts');
  const shims = new Map(Object.keys(widgets).map((w) => [resolve(root, 'src/widgets', w, 'sources.ts'), w]));
  const fixed = new Map(Object.entries(lists).map(([w, list]) => [resolve(root, 'src/widgets', w, 'sources.ts'), list]));
  return {
    name: 'pt-cited-sources',
    enforce: 'pre',
    async resolveId(source, importer) {
      const widget = importer && shims.get(importer.split('?')[0]);
      if (!widget || !/content\/sources(\.js|\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && resolved.id.split('?')[0] === sourcesFile ? `${sourcesFile}${QUERY}${widget}` : null;
    },
    load(id) {
      const list = fixed.get(id.split('?')[0]);
      if (list) return `export const sourceList = ${JSON.stringify(list)};\n`;
      const at = id.indexOf(QUERY);
      if (at < 0 || id.slice(0, at) !== sourcesFile) return null;
      const widget = id.slice(at + QUERY.length);
      return filterSources(readFileSync(sourcesFile, 'utf8'), citedIds(widgets[widget]), widget);
    },
  };
}

