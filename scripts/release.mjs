// npm run release: builds once and writes the two files of a release into release/:
//   pt-explainers-<version>.tgz       the npm package (`npm pack`; its prepack step runs the build)
//   pt-explainers-<version>-dist.zip  the folder a clinic uploads to its site: the script-tag loader, its
//                                     chunks and schemas, source maps as separate .map files, a plain-text
//                                     how-to, the embed builder (builder/, opens from disk), LICENSE and
//                                     CHANGELOG.md.
// Needs node and the dev dependencies (the zip is written with node:zlib; vite bundles the builder). `--no-build` packs the dist/ already built
// (test/package/release.test.mjs uses it right after the npm test build).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outDir = resolve(root, process.env.PT_RELEASE_DIR ?? 'release');
const dist = join(root, 'dist');
/** The folder name inside the zip, and the URL path the how-to uses. */
export const FOLDER = 'pt-explainers';

/** Files of the script-tag build (relative to dist/): the loader, its hashed chunks, the config schemas, the licences of what they bundle. */
export function clinicFiles(distDir = dist) {
  const walk = (dir) => readdirSync(join(distDir, dir)).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name;
    return statSync(join(distDir, rel)).isDirectory() ? walk(rel) : [rel];
  });
  const loader = ['pt-explainers.js', 'pt-explainers.js.map', 'THIRD-PARTY-LICENSES.txt'].filter((f) => existsSync(join(distDir, f)));
  return [...loader, ...walk('chunks'), ...walk('schema')].sort();
}

export function howTo(version) {
  return `pt-explainers ${version}: how to add the widgets to your clinic's website
${'='.repeat(72)}

1. Upload this whole "${FOLDER}" folder to your website, for example so that
   https://your-clinic.example/${FOLDER}/pt-explainers.js opens in a browser.
   Keep the folder as it is: the "chunks" folder must stay next to
   pt-explainers.js.

2. Add this line once to each page that shows a widget (in the page's HTML,
   or in your site builder's "custom code" / "HTML" block):

   <script type="module" src="/${FOLDER}/pt-explainers.js"></script>

3. Put the widgets you want where they should appear:

   <pt-gate-control></pt-gate-control>
   <pt-technique-compare></pt-technique-compare>
   <pt-technique-card technique="swedish"></pt-technique-card>
   <pt-trigger-point-map></pt-trigger-point-map>

   Spanish: add lang="es", for example <pt-gate-control lang="es">.

To choose a widget, its settings, colours and text without writing code,
open builder/builder.html in this folder (double-click it: it works from
disk, offline) and copy the code it makes.

Your own words without code: each widget reads a block of JSON inside its
tag (see docs/clinic-config.md in the package, or the README). Mistakes are
reported in the browser console, and the widget shows its built-in text.

Good to know
- The widgets load nothing from other websites and set no cookies.
- They work with a strict Content-Security-Policy: script-src 'self' and
  style-src 'self' are enough.
- Browsers: current Chrome, Edge, Firefox and Safari (iPhone and iPad too).
  Very old browsers show the text written inside the tag instead.
- The .map files only help developers read errors; you may leave them out.
- File names in "chunks" change with each release, so they can be cached
  for a long time; pt-explainers.js keeps its name: cache it for a short time.

License: MIT (see LICENSE). Changes in this release: CHANGELOG.md.
`;
}

/** A minimal zip (deflate, UTF-8 names, no extra fields) of [name, Buffer] entries. */
export function zip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  const dosTime = 0; // 00:00:00
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1; // fixed date: the same inputs give the same zip
  for (const [name, data] of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    // The fields the local header and the central directory entry share, from "version needed" to
    // "extra field length" (APPNOTE 4.3.7 and 4.3.12).
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0
    common.writeUInt16LE(0x0800, 2); // UTF-8 names
    common.writeUInt16LE(8, 4); // deflate
    common.writeUInt16LE(dosTime, 6);
    common.writeUInt16LE(dosDate, 8);
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(nameBuf.length, 22);
    const local = Buffer.alloc(4);
    local.writeUInt32LE(0x04034b50, 0);
    parts.push(local, common, nameBuf, packed);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(0x031e, 4); // made by: unix
    common.copy(head, 6);
    head.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    head.writeUInt32LE(offset, 42);
    central.push(head, nameBuf);
    offset += local.length + common.length + nameBuf.length + packed.length;
  }
  const centralBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralBuf, end]);
}

/** The embed builder as it opens from disk (scripts/build-builder.mjs), built from dist/ into a temp folder. */
function builderFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'pt-release-builder-'));
  execFileSync(process.execPath, [join(root, 'scripts', 'build-builder.mjs'), dir], { stdio: 'inherit' });
  return readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]);
}

function main() {
  const build = !process.argv.includes('--no-build');
  const base = `${pkg.name}-${pkg.version}`;
  mkdirSync(outDir, { recursive: true });
  for (const f of [`${base}.tgz`, `${base}-dist.zip`]) rmSync(join(outDir, f), { force: true });

  // npm pack runs the prepack step (the build), then packs package.json "files".
  console.log(`━━ npm pack → ${relative(root, outDir)}/${base}.tgz${build ? ' (prepack builds dist/)' : ' (dist/ as built)'}`);
  const args = ['pack', '--pack-destination', outDir, '--silent', ...(build ? [] : ['--ignore-scripts'])];
  execFileSync('npm', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(join(outDir, `${base}.tgz`))) throw new Error(`npm pack did not write ${base}.tgz`);

  const files = clinicFiles();
  if (!files.some((f) => f.endsWith('.map'))) throw new Error('dist/ has no source maps: is build.sourcemap on in vite.config.ts?');
  const entries = [
    [`${FOLDER}/HOW-TO-ADD-TO-YOUR-SITE.txt`, Buffer.from(howTo(pkg.version).replace(/\n/g, '\r\n'), 'utf8')],
    [`${FOLDER}/LICENSE`, readFileSync(join(root, 'LICENSE'))],
    [`${FOLDER}/CHANGELOG.md`, readFileSync(join(root, 'CHANGELOG.md'))],
    ...files.map((f) => [`${FOLDER}/${f}`, readFileSync(join(dist, f))]),
    ...builderFiles().map(([f, data]) => [`${FOLDER}/builder/${f}`, data]),
  ];
  writeFileSync(join(outDir, `${base}-dist.zip`), zip(entries));
  execFileSync(process.execPath, [join(root, 'scripts', 'wordpress-zip.mjs')], { stdio: 'inherit', env: { ...process.env, PT_RELEASE_DIR: outDir } }); // release/pt-explainers-wordpress-<version>.zip
  for (const f of [`${base}.tgz`, `${base}-dist.zip`]) {
    console.log(`${relative(root, outDir)}/${f}  ${(statSync(join(outDir, f)).size / 1024).toFixed(1)} kB`);
  }
  console.log(`(${entries.length} files in the zip, under ${FOLDER}/)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
