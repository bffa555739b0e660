// The embed builder served over http (npm start): finds the built library, loads it and starts the page.
// The release zip carries a classic-script build of the same page instead (scripts/build-builder.mjs),
// which opens from disk.
import { startBuilder } from './builder-app.js';

// The library sits in ../dist/ in the repository (npm start) and one folder up in a served release folder
// (pt-explainers/builder/builder.html next to pt-explainers/pt-explainers.js): same host either way.
let dist;
let manifest;
for (const base of ['../dist/', '../']) {
  const url = new URL(base, import.meta.url);
  const res = await fetch(new URL('custom-elements.json', url)).catch(() => null);
  if (res?.ok) {
    dist = url;
    manifest = await res.json();
    break;
  }
}
if (!manifest) {
  document.getElementById('builder').before(Object.assign(document.createElement('p'), { role: 'alert', textContent: 'The builder needs custom-elements.json next to pt-explainers.js (the dist folder of the release).' }));
  throw new Error('embed builder: custom-elements.json not found next to pt-explainers.js');
}
await import(new URL('pt-explainers.js', dist).href);
await startBuilder({
  manifest,
  schemaOf: async (tag) => (await fetch(new URL(`schema/${tag}.schema.json`, dist))).json(),
});
