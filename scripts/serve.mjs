// Serves the project folder for the demo: static files with ETag and Last-Modified, so a
// feed refresh that finds nothing new costs a 304. Usage: node scripts/serve.mjs [port]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    response.writeHead(302, { Location: '/demo/' });
    response.end();
    return;
  }
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root) || path.includes(`${root}/node_modules`)) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  let stats;
  try {
    stats = statSync(path);
    if (stats.isDirectory()) stats = statSync((path = join(path, 'index.html')));
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}`);
    return;
  }
  const etag = `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`;
  const headers = {
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    ETag: etag,
    'Last-Modified': stats.mtime.toUTCString(),
    'Cache-Control': 'no-cache',
  };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  response.writeHead(200, { ...headers, 'Content-Length': stats.size });
  if (request.method === 'HEAD') response.end();
  else createReadStream(path).pipe(response);
}).listen(port, host, () => {
  console.log(`stat-widgets demo: http://${host}:${port}/demo/  (Ctrl+C stops)`);
});
