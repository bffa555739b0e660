// The embed builder for the release zip: builder.html, builder.css and builder.js, where builder.js is one
// classic (non-module) script holding the page logic (demo/builder-app.js), every widget (the npm build,
// dist/index.js, with Lit and three.js) and the data the served builder fetches (custom-elements.json and
// dist/schema/*.schema.json; three.js slimmed as in the script-tag build, scripts/three-slim). Browsers refuse module scripts and fetch() from file://, classic scripts
// they run: so the zip's builder opens by double-click, offline, and requests nothing.
//   node scripts/build-builder.mjs <out-dir>     (needs a built dist/; scripts/release.mjs calls it)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { threeSlim } from './three-slim/index.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The served page, with its module script swapped for the classic bundle. */
export function offlineHtml(html) {
  const moduleTag = '<script type="module" src="builder.js"></script>';
  if (!html.includes(moduleTag)) throw new Error(`demo/builder.html no longer loads ${moduleTag}`);
  return html.replace(moduleTag, '<script defer src="builder.js"></script>');
}

/** Virtual modules of the bundle: the manifest and schemas as data, the widgets from `dist`. */
function builderData(dist) {
  return {
    name: 'pt-builder-data',
    resolveId(id) {
      if (id === 'pt-builder:data') return '\0pt-builder:data';
      if (id === 'pt-builder:widgets') return join(dist, 'index.js');
      return null;
    },
    load(id) {
      if (id !== '\0pt-builder:data') return null;
      const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
      const schemas = Object.fromEntries(
        readdirSync(join(dist, 'schema'))
          .filter((f) => f.endsWith('.schema.json'))
          .map((f) => [f.replace('.schema.json', ''), JSON.parse(readFileSync(join(dist, 'schema', f), 'utf8'))]),
      );
      return `export const manifest = ${JSON.stringify(manifest)};\nexport const schemas = ${JSON.stringify(schemas)};\n`;
    },
  };
}

/**
 * Writes builder.html, builder.css and builder.js into `outDir`.
 * @param {string} outDir
 * @param {{ dist?: string }} [options] `dist`: the built library (default: the repository's dist/).
 */
export async function buildBuilder(outDir, { dist = join(root, 'dist') } = {}) {
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    // three.js as the script-tag build ships it (without the renderer features the map never reaches)
    plugins: [builderData(resolve(dist)), threeSlim()],
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      target: 'es2022',
      reportCompressedSize: false,
      // (its plugin-timing hint is about the build's speed, not its output)
      rolldownOptions: { checks: { pluginTimings: false } },
      // An IIFE has no chunks: the widgets' lazy imports (three.js, Spanish text, the validator) are built in.
      lib: { entry: join(root, 'demo/builder-offline.js'), formats: ['iife'], name: 'ptEmbedBuilder', fileName: () => 'builder.js' },
    },
  });
  writeFileSync(join(outDir, 'builder.html'), offlineHtml(readFileSync(join(root, 'demo/builder.html'), 'utf8')));
  writeFileSync(join(outDir, 'builder.css'), readFileSync(join(root, 'demo/builder.css')));
  return ['builder.html', 'builder.css', 'builder.js'];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: node scripts/build-builder.mjs <out-dir>');
  await buildBuilder(resolve(outDir));
}
