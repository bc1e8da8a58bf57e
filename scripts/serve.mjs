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
  if (url.pathname === '/oembed') return void oembedAnswer(request, url, response);
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

/**
 * GET /oembed?url=<an embed URL of this server>&format=json[&maxwidth=…]: the oEmbed rich JSON
 * for it (https://oembed.com/), written by dist/embed/snippet.js (build first). 404 for a URL
 * this server does not embed, 501 for a format other than JSON.
 */
async function oembedAnswer(request, url, response) {
  const json = (status, body) =>
    response
      .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache' })
      .end(JSON.stringify(body));
  if ((url.searchParams.get('format') ?? 'json') !== 'json') return json(501, { error: 'Only format=json is served.' });
  const { oembed, optionsFromEmbedUrl } = await import('../dist/embed/snippet.js');
  let options;
  try {
    const embed = new URL(url.searchParams.get('url') ?? '');
    if (embed.host !== request.headers.host || !/^\/dist\/embed\/(index\.html)?$/.test(embed.pathname)) throw new Error('not an embed of this server');
    options = optionsFromEmbedUrl(embed.href);
  } catch (error) {
    return json(404, { error: `No embed at that url (${error.message}).` });
  }
  const maxWidth = Number(url.searchParams.get('maxwidth')) || undefined;
  json(200, oembed(options, maxWidth));
}
