// `npm run release` on the built dist/: the npm package (.tgz) holds what users need and no internal
// notes, the clinic zip holds the script-tag build with a plain-text how-to, and both carry source maps
// as separate .map files. (Runs release.mjs --no-build into a temporary folder: dist/ is built already.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, inflateRawSync, gunzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const base = `${pkg.name}-${pkg.version}`;
const out = mkdtempSync(join(tmpdir(), 'pt-release-'));
let tgz; // path → Buffer
let zip; // name → Buffer

/** Files of a tar archive (ustar, as npm pack writes it). */
function untar(buf) {
  const files = new Map();
  let longName;
  for (let off = 0; off + 512 <= buf.length;) {
    const header = buf.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const field = (a, n) => header.subarray(a, a + n).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    const body = buf.subarray(off + 512, off + 512 + size);
    longName = undefined;
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '') files.set(name, body);
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Files of a zip archive, each checked against its CRC-32. */
function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'no end-of-central-directory record');
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'bad central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const packed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + packed);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    assert.equal(crc32(data), crc, `${name}: CRC mismatch`);
    files.set(name, data);
    p += 46 + nameLen + extra + comment;
  }
  return files;
}

before(() => {
  assert.ok(existsSync(join(dist, 'pt-explainers.js')), 'build first (npm run build)');
  execFileSync('node', ['scripts/release.mjs', '--no-build'], { cwd: root, env: { ...process.env, PT_RELEASE_DIR: out }, stdio: 'pipe' });
  tgz = untar(gunzipSync(readFileSync(join(out, `${base}.tgz`))));
  zip = unzip(readFileSync(join(out, `${base}-dist.zip`)));
});

after(() => rmSync(out, { recursive: true, force: true }));

test('every built .js has a separate source map with the original sources', () => {
  const js = readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.js') && !f.startsWith('types'));
  assert.ok(js.length > 10, `only ${js.length} .js files in dist/`);
  // Files with no code of their own (re-export facades, the bundler's tiny runtime) have nothing to map.
  const facade = (code) => /^(?:(?:import|export)\b[^;]*;?\s*)+$/.test(code.trim());
  let mapped = 0;
  for (const f of js) {
    const code = readFileSync(join(dist, f), 'utf8');
    const name = f.split(/[\\/]/).pop();
    if (!existsSync(join(dist, `${f}.map`)) && (facade(code) || name.startsWith('rolldown-runtime-'))) continue;
    mapped++;
    assert.match(code, new RegExp(`//# sourceMappingURL=${name.replace(/\./g, '\\.')}\\.map\\s*$`), `${f} does not link its .map`);
    assert.doesNotMatch(code, /sourceMappingURL=data:/, `${f} inlines its map`);
    const map = JSON.parse(readFileSync(join(dist, `${f}.map`), 'utf8'));
    assert.equal(map.version, 3);
    assert.ok(map.sources.length > 0 && map.sourcesContent?.length === map.sources.length, `${f}.map lacks sourcesContent`);
  }
  assert.ok(mapped >= js.length - 6, `only ${mapped} of ${js.length} files have maps`);
  const loaderMap = JSON.parse(readFileSync(join(dist, 'pt-explainers.js.map'), 'utf8'));
  assert.ok(loaderMap.sources.some((s) => s.endsWith('src/loader.ts')), `the loader's map names src/loader.ts (${loaderMap.sources.join(', ')})`);
});

test(`release/${base}.tgz is the npm package: dist, docs, LICENSE, CHANGELOG, README; no sources, tests or notes`, () => {
  const names = [...tgz.keys()].map((n) => n.replace(/^package\//, ''));
  for (const need of ['package.json', 'LICENSE', 'CHANGELOG.md', 'README.md', 'dist/pt-explainers.js', 'dist/pt-explainers.js.map', 'dist/custom-elements.json']) {
    assert.ok(names.includes(need), `${need} is missing from the package`);
  }
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (key.includes('*')) continue;
    for (const target of typeof value === 'string' ? [value] : Object.values(value)) {
      assert.ok(names.includes(target.replace(/^\.\//, '')), `export ${key} → ${target} is not in the package`);
    }
  }
  assert.ok(names.some((n) => /^dist\/chunks\/.+\.js\.map$/.test(n)), 'chunk source maps are not in the package');
  const unwanted = names.filter((n) => /^(src|test|scripts|bench|stories|demo|\.ci|\.storybook|node_modules)\//.test(n) || n === 'docs/trigger-point-content.md' || /(^|\/)\.|\.log$|notes/i.test(n));
  assert.deepEqual(unwanted, [], 'internal files in the npm package');
  assert.ok(names.includes('docs/embedding.md') && names.includes('docs/browser-support.md'), 'user docs are in the package');
  assert.equal(JSON.parse(tgz.get('package/package.json').toString()).version, pkg.version);
});

const readHowTo = () => zip.get('pt-explainers/HOW-TO-ADD-TO-YOUR-SITE.txt')?.toString('utf8');

test(`release/${base}-dist.zip is the clinic folder: loader, every chunk it loads, maps and a plain-text how-to`, () => {
  const names = [...zip.keys()];
  assert.ok(names.every((n) => n.startsWith('pt-explainers/')), 'everything sits in one pt-explainers/ folder');
  const distChunks = readdirSync(join(dist, 'chunks'));
  for (const f of ['pt-explainers.js', 'pt-explainers.js.map', ...distChunks.map((c) => `chunks/${c}`)]) {
    assert.ok(zip.has(`pt-explainers/${f}`), `${f} is missing from the zip`);
    assert.ok(zip.get(`pt-explainers/${f}`).equals(readFileSync(join(dist, f))), `${f} in the zip differs from dist/`);
  }
  assert.ok(zip.has('pt-explainers/LICENSE') && zip.has('pt-explainers/CHANGELOG.md'));
  // the build keeps no comments: the licences of the bundled packages travel in one file the loader names
  const licences = zip.get('pt-explainers/THIRD-PARTY-LICENSES.txt')?.toString('utf8') ?? '';
  for (const name of ['three', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element']) assert.match(licences, new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\(`, 'm'), `${name}'s licence in THIRD-PARTY-LICENSES.txt`);
  assert.match(licences, /Permission is hereby granted/, 'the MIT text itself');
  // the embed builder, built to open from disk: one classic script (module scripts are blocked on file://)
  for (const f of ['builder.html', 'builder.js', 'builder.css']) assert.ok(zip.has(`pt-explainers/builder/${f}`), `builder/${f} is missing from the zip`);
  const builderHtml = zip.get('pt-explainers/builder/builder.html').toString('utf8');
  assert.match(builderHtml, /<script (?![^>]*type="module")[^>]*src="builder\.js"/, 'the builder loads builder.js as a classic script');
  assert.match(readHowTo() ?? '', /builder/i, 'the how-to names the builder');
  assert.ok(!names.some((n) => /\/(index\.js|types\/|npm\/|widgets\/)/.test(n)), 'the npm build is not part of the clinic folder');
  const howTo = readHowTo();
  assert.ok(howTo, 'no plain-text how-to in the zip');
  assert.match(howTo, /<script type="module" src="\/pt-explainers\/pt-explainers\.js"><\/script>/);
  for (const tag of ['pt-gate-control', 'pt-technique-compare', 'pt-technique-card', 'pt-trigger-point-map']) assert.match(howTo, new RegExp(`<${tag}[ >]`));
  assert.match(howTo, new RegExp(pkg.version.replace(/\./g, '\\.')));
  assert.doesNotMatch(howTo, /[^\t\n\r -~]/, 'the how-to is plain ASCII text');
});
