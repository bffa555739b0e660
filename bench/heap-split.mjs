// What a heap figure is made of: bytes per kind of node in a V8 heap snapshot (CDP HeapProfiler), so the
// bench can tell objects the page keeps (a leak) from code V8 compiles while it tiers up hot functions
// (bounded, the engine's) and the browser's own records (DOM, performance entries). docs/performance.md.

/** Node types of JavaScript objects the page's code keeps (test/embed/leaks.test.mjs counts them with heapKinds too). */
const JS_OBJECTS = new Set(['object', 'closure', 'array', 'string', 'concatenated string', 'sliced string', 'regexp', 'number', 'bigint', 'symbol', 'object shape']);

/** Takes a heap snapshot (it collects garbage first) and sums self sizes: jsObjects, code (compiled code, bytecode, feedback), native, other. */
export async function heapKinds(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [iType, iSize] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const out = { jsObjects: 0, code: 0, native: 0, other: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    const t = types[nodes[i + iType]];
    const kind = JS_OBJECTS.has(t) ? 'jsObjects' : t === 'code' ? 'code' : t === 'native' ? 'native' : 'other';
    out[kind] += nodes[i + iSize];
  }
  return out;
}

/** b − a per kind. */
export const kindsDelta = (a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, b[k] - a[k]]));
