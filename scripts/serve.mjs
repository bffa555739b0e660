// A tiny static file server on 127.0.0.1 for the demo, the embed tests and the benchmark.
// It serves the project root (so /dist/… and /demo/… both work) with correct MIME types,
// and lets a test add response headers (e.g. a strict Content-Security-Policy) per request.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {{ root?: string, port?: number, host?: string, index?: string,
 *           headers?: (url: URL) => Record<string, string> | undefined,
 *           routes?: Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void> }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>, requests: string[] }>}
 */
export function startServer(options = {}) {
  const root = resolve(options.root ?? fileURLToPath(new URL('..', import.meta.url)));
  const index = options.index ?? '/demo/index.html';
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const route = options.routes?.[url.pathname];
    const extra = options.headers?.(url) ?? {};
    if (route) {
      for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
      return route(req, res);
    }
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      // A malformed % escape (e.g. /%E0%A4%A) is the client's error, not a reason to crash.
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    if (path === '/') path = index;
    let file = normalize(join(root, path));
    // Inside the root only: a prefix test would also accept a sibling folder such as <root>-other.
    const rel = relative(root, file);
    if (path.includes('\0') || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'no-store',
        ...extra,
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      ok({
        url: `http://127.0.0.1:${port}`,
        port,
        requests,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}
