// Two library builds into dist/ (run by scripts/build.mjs):
//   PT_BUILD=cdn  dist/pt-explainers.js, the script-tag loader, plus content-hashed chunks (Lit shared).
//   PT_BUILD=npm  dist/index.js and dist/widgets/*.js with stable names for `pt-explainers/<widget>`,
//                 lit and three left as peer imports for the app's bundler to de-duplicate.
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-html-literals';
import { minifyCss } from './scripts/minify-css.mjs';
import { citedSources } from './scripts/cited-sources.mjs';
import { techniqueParts } from './scripts/technique-parts.mjs';
import { gateWords } from './scripts/gate-words.mjs';
import { threeSlim } from './scripts/three-slim/index.mjs';
import { thirdPartyLicenses } from './scripts/third-party-licenses.mjs';
import * as techniqueText from './src/content/techniques.ts';
import * as techniqueTextEs from './src/content/es/techniques.ts';
import * as visitText from './src/content/visit-guide.ts';
import * as visitTextEs from './src/content/es/visit-guide.ts';
import * as mapText from './src/content/trigger-points.ts';
import * as mapTextEs from './src/content/es/trigger-points.ts';
import { schemas } from './src/schemas.ts';
import { sourceList as gateSourceList } from './src/widgets/gate-control/sources.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const target = process.env.PT_BUILD === 'npm' ? 'npm' : 'cdn';

/** Writes dist/schema/<tag>.schema.json from the same objects the widgets validate with. */
function emitSchemas(): Plugin {
  return {
    name: 'pt-emit-schemas',
    generateBundle() {
      for (const [tag, schema] of Object.entries(schemas)) {
        // The dialect URL is added here, not in src/, so the library's code names no other host.
        const published = { $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema };
        this.emitFile({ type: 'asset', fileName: `schema/${tag}.schema.json`, source: JSON.stringify(published, null, 2) + '\n' });
      }
    },
  };
}

/**
 * Collapses the whitespace and comments inside Lit's html``, svg`` and css`` templates (the minifier
 * leaves template text alone). Only our own source; expressions and text content are kept.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'pt-minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/(html|svg|css)`/.test(code)) return null;
      // css`` templates go through lightningcss (minify-html-literals' own clean-css 4 drops @container
      // blocks); html`` and svg`` keep its whitespace collapsing. Self-closing slashes stay: in SVG a
      // `<path …>` without its `/` opens an element, and everything after it would nest inside the path
      // (not drawn: the map's 2D chart lost its muscle, zones and X's that way). Attribute values that need no
      // quotes lose them (`class=part`, `x=${x}`: Lit reads unquoted bindings; a value before `/>` gets a space).
      const result = minifyHTMLLiterals(code, {
        fileName: id,
        minifyOptions: { keepClosingSlash: true, removeAttributeQuotes: true, minifyCSS: (css: string) => minifyCss(css, id) },
      });
      return result ? { code: result.code, map: result.map ? result.map.toString() : null } : null;
    },
  };
}

/**
 * A Spanish visit guide lists the English statements' sources: src/widgets/visit-guide/citations.ts gets a
 * copy of the English guide with only each statement's `cite` and `at` (and the shape around them), no text.
 */
function visitCitations(): Plugin {
  const file = fileURLToPath(new URL('./src/widgets/visit-guide/citations.ts', import.meta.url));
  // A statement becomes s({…its at…}) (its cite is the keys of at, as content's say() makes it); words go.
  const keep = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(keep).join(',')}]`
      : v && typeof v === 'object'
        ? 'at' in v
          ? `s(${JSON.stringify(v.at)})`
          : `{${Object.entries(v).flatMap(([k, x]) => (x && typeof x === 'object' ? [`${JSON.stringify(k)}:${keep(x)}`] : [])).join(',')}}`
        : 'null';
  return {
    name: 'pt-visit-citations',
    load: (id) =>
      id.split('?')[0] === file ? `const s = (at) => ({ cite: Object.keys(at), at });\nexport const citations = ${keep(visitText.visitGuide)};` : null,
  };
}

const isLit = (id: string) => /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id);
/**
 * Lit and the core every widget loads on first render go in one chunk (one file, one gzip dictionary:
 * 1.4 kB less per widget than seven small shared chunks). The validator (core/config.ts, core/schema.ts)
 * stays lazy: it is imported only when a page has a config; so does core/scheme-fallback.ts, imported only
 * by browsers without CSS light-dark().
 */
const isCore = (id: string) => isLit(id) || (!id.includes('node_modules') && /[\\/]src[\\/](core|widgets[\\/]shared)[\\/]/.test(id) && !/[\\/]core[\\/](config|schema|scheme-fallback)\.ts$/.test(id));
/** A Spanish visit guide's two imports (its text, the English statements' sources) arrive as one file. */
const isVisitSpanish = (id: string) => /[\\/]src[\\/](content[\\/]es[\\/]visit-guide|widgets[\\/]visit-guide[\\/]citations)\.ts$/.test(id);

export default defineConfig({
  define: { __PT_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    outDir: process.env.PT_OUT_DIR ?? 'dist',
    emptyOutDir: target === 'cdn',
    // PT_OUT_DIR lets a second build (bench, a helper) write elsewhere without racing on dist/.
    minify: true,
    // Separate .map files (with sourcesContent) for both builds, linked by a sourceMappingURL comment.
    sourcemap: true,
    reportCompressedSize: false,
    copyPublicDir: false,
    lib:
      target === 'cdn'
        ? { entry: { 'pt-explainers': 'src/loader.ts' }, formats: ['es'] }
        : {
            entry: {
              index: 'src/index.ts',
              classes: 'src/classes.ts',
              'widgets/gate-control': 'src/widgets/gate-control/pt-gate-control.ts',
              'widgets/technique-compare': 'src/widgets/technique-compare/pt-technique-compare.ts',
              'widgets/technique-card': 'src/widgets/technique-compare/pt-technique-card.ts',
              'widgets/trigger-point-map': 'src/widgets/trigger-point-map/pt-trigger-point-map.ts',
              'widgets/visit-guide': 'src/widgets/visit-guide/pt-visit-guide.ts',
            },
            formats: ['es'],
          },
    rollupOptions: {
      external: target === 'npm' ? [/^lit($|\/)/, /^@lit\//, /^three($|\/)/] : [],
      output: {
        minify: true,
        comments: false,
        entryFileNames: '[name].js',
        chunkFileNames: target === 'cdn' ? 'chunks/[name]-[hash].js' : 'npm/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        manualChunks: target === 'cdn' ? (id: string) => (isCore(id) ? 'core' : isVisitSpanish(id) ? 'visit-guide-es' : undefined) : undefined,
      },
    },
  },
  plugins: [
    // Each widget's sources.ts gets only the references its content cites (English and Spanish); gate
    // control's fixed list is written as data.
    citedSources({
      root: fileURLToPath(new URL('.', import.meta.url)),
      lists: { 'gate-control': gateSourceList },
      widgets: {
        'technique-compare': [techniqueText, techniqueTextEs],
        'visit-guide': [visitText, visitTextEs],
        'trigger-point-map': [mapText, mapTextEs],
      },
    }),
    visitCitations(),
    // The technique widgets' text, one file per language and technique (scripts/technique-parts.mjs).
    techniqueParts({ root: fileURLToPath(new URL('.', import.meta.url)), target }),
    // Gate control's words: what every page shows, and what the reader asks for (scripts/gate-words.mjs).
    gateWords({ root: fileURLToPath(new URL('.', import.meta.url)) }),
    minifyTemplates(),
    // three.js without what the map never draws with (built-in material shaders, XR, shadows, environment maps)
    // and the licence texts of what is bundled (the build keeps no comments)
    ...(target === 'cdn' ? [emitSchemas(), threeSlim(), thirdPartyLicenses()] : []),
  ],
});
