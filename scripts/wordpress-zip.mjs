// Builds the WordPress plugin from wordpress/pt-explainers/ and the built dist/ (run `npm run build` first):
//   node scripts/wordpress-zip.mjs   → release/pt-explainers-wordpress-<version>.zip (PT_RELEASE_DIR to change; PT_DIST for another build folder)
// The plugin's version (header, constant, readme "Stable tag") is written from package.json. Only the
// script-tag build goes in (the loader, its chunks, the config schemas), without source maps.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clinicFiles, zip } from './release.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const PLUGIN = 'pt-explainers';
const source = join(root, 'wordpress', PLUGIN);

/** [path inside the plugin folder, contents] for every file of the plugin. */
export function pluginFiles(distDir = resolve(process.env.PT_DIST ?? join(root, 'dist')), version = pkg.version) {
  if (!existsSync(join(distDir, 'pt-explainers.js'))) throw new Error(`${distDir}/pt-explainers.js is missing: run \`npm run build\` first`);
  const walk = (dir) =>
    readdirSync(join(source, dir)).flatMap((name) => {
      const rel = dir ? `${dir}/${name}` : name;
      return statSync(join(source, rel)).isDirectory() ? walk(rel) : [rel];
    });
  const stamp = (rel, text) =>
    rel === 'pt-explainers.php'
      ? text.replace(/^( \* Version:\s+).*$/m, `$1${version}`).replace(/define\( 'PT_EXPLAINERS_VERSION', '[^']*' \)/, `define( 'PT_EXPLAINERS_VERSION', '${version}' )`)
      : rel === 'readme.txt'
        ? text.replace(/^Stable tag: .*$/m, `Stable tag: ${version}`)
        : text;
  return [
    ...walk('').filter((rel) => !rel.startsWith('dist/')).sort().map((rel) => [rel, Buffer.from(stamp(rel, readFileSync(join(source, rel), 'utf8')), 'utf8')]),
    ...clinicFiles(distDir).filter((f) => !f.endsWith('.map')).map((f) => [`dist/${f}`, readFileSync(join(distDir, f))]),
  ];
}

/** Writes the plugin as a folder (the WordPress test installs it from there). */
export function stagePlugin(dest, distDir) {
  rmSync(dest, { recursive: true, force: true });
  for (const [rel, data] of pluginFiles(distDir)) {
    const file = join(dest, rel);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, data);
  }
  return dest;
}

/** Writes release/pt-explainers-wordpress-<version>.zip; returns its path. */
export function writeWordPressZip(outDir = resolve(root, process.env.PT_RELEASE_DIR ?? 'release')) {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${PLUGIN}-wordpress-${pkg.version}.zip`);
  const entries = pluginFiles().map(([rel, data]) => [`${PLUGIN}/${rel}`, data]);
  writeFileSync(file, zip(entries));
  console.log(`${relative(root, file)}  ${(statSync(file).size / 1024).toFixed(1)} kB (${entries.length} files, WordPress plugin)`);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) writeWordPressZip();
