// scripts/serve.mjs (the demo, embed-suite and benchmark server) serves its root folder and nothing
// else: no sibling folder whose name starts with the root's name, no parent folder, and a malformed
// % escape is a 400, not a crash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

const base = mkdtempSync(join(tmpdir(), 'pt-serve-'));
const root = join(base, 'site');
let server;

/** A raw GET (fetch would normalise the path before sending it). */
function get(path) {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode, body, type: res.headers['content-type'] }));
    });
    req.on('error', fail);
    req.end();
  });
}

before(async () => {
  mkdirSync(join(root, 'demo'), { recursive: true });
  writeFileSync(join(root, 'demo', 'index.html'), '<p>demo</p>');
  writeFileSync(join(root, 'a b.txt'), 'spaced');
  mkdirSync(join(base, 'site-other'));
  writeFileSync(join(base, 'site-other', 'secret.txt'), 'sibling secret');
  writeFileSync(join(base, 'secret.txt'), 'parent secret');
  server = await startServer({ root });
});

after(async () => {
  await server?.close();
  rmSync(base, { recursive: true, force: true });
});

test('serves files in the root, the index for /, and decodes escapes', async () => {
  const index = await get('/');
  assert.equal(index.status, 200);
  assert.equal(index.body, '<p>demo</p>');
  assert.match(index.type, /^text\/html/);
  const spaced = await get('/a%20b.txt');
  assert.equal(spaced.status, 200);
  assert.equal(spaced.body, 'spaced');
  assert.equal((await get('/missing.txt')).status, 404);
});

test('refuses a sibling folder whose name starts with the root folder name', async () => {
  for (const path of ['/..%2fsite-other/secret.txt', '/%2e%2e%2fsite-other%2fsecret.txt', '/demo/..%2f..%2fsite-other/secret.txt']) {
    const res = await get(path);
    assert.equal(res.status, 403, `${path} → ${res.status} ${res.body}`);
    assert.doesNotMatch(res.body, /secret/);
  }
});

test('refuses the parent folder, backslash and NUL tricks', async () => {
  for (const path of ['/..%2fsecret.txt', '/../secret.txt', '/..%5csecret.txt', '/demo%2f..%2f..%2fsecret.txt', '/a%00.txt']) {
    const res = await get(path);
    assert.ok([400, 403, 404].includes(res.status), `${path} → ${res.status}`);
    assert.doesNotMatch(res.body, /secret/, `${path} leaked a file outside the root`);
  }
});

test('a malformed % escape is a 400 and the server keeps serving', async () => {
  for (const path of ['/%E0%A4%A', '/%', '/%zz/x.js']) {
    const res = await get(path);
    assert.equal(res.status, 400, `${path} → ${res.status}`);
  }
  assert.equal((await get('/demo/index.html')).status, 200);
});
