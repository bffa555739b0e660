// Prints the content readability report (FK grade per English topic, Fernández-Huerta / Szigriszt-Pazos
// per Spanish topic, failing strings, uncited sources). The browser tests assert the same rules, but the
// test runner hides console.log; run this to see the numbers:  node test/node/content-report.mjs [--all]
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const showAll = process.argv.includes('--all');
const dir = mkdtempSync(join(tmpdir(), 'pt-content-report-'));
const entry = join(dir, 'entry.ts');
const abs = (p) => JSON.stringify(join(root, p));
writeFileSync(
  entry,
  `
import { topics } from ${abs('test/unit/content/topics.ts')};
import { gradeTopic, gradeTable, describeFailures, scoreSpanish, spanishTable, citedIds, MAX_GRADE, MIN_INFLESZ } from ${abs('test/unit/content/checks.ts')};
import { sourceIds } from ${abs('src/content/sources.ts')};
const en = topics.map((t) => gradeTopic(t.name, t.en));
console.log('Flesch–Kincaid grade (English; limit ' + MAX_GRADE + ' per string, aim ≤ 7 on average)');
console.log(gradeTable(en));
const failing = en.flatMap((r) => r.failing);
console.log(failing.length ? '\\nEnglish strings above grade ' + MAX_GRADE + ':\\n' + describeFailures(failing) : '\\nNo English string above grade ' + MAX_GRADE + '.');
if (${showAll}) for (const r of en) console.log('\\n' + r.topic + ' (hardest first):\\n' + describeFailures([...r.units].sort((a, b) => b.grade - a.grade).slice(0, 8)));
const es = topics.map((t) => scoreSpanish(t.name, t.es));
console.log('\\nSpanish readability (Szigriszt-Pazos / INFLESZ; fail below ' + MIN_INFLESZ + ' on average, aim ≥ 65)');
console.log(spanishTable(es));
if (${showAll}) for (const r of es) console.log('\\n' + r.topic + ' (hardest first):\\n' + describeFailures([...r.units].sort((a, b) => a.grade - b.grade).slice(0, 5), 'Szigriszt-Pazos'));
const cited = new Set(topics.filter((t) => t.content).flatMap((t) => [...citedIds(t.en)]));
console.log('\\nSources cited by no content module: ' + (sourceIds.filter((id) => !cited.has(id)).join(', ') || 'none'));
`,
);
try {
  const out = join(dir, 'report.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error', tsconfig: join(root, 'tsconfig.json') });
  await import(pathToFileURL(out).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
