// Serves the project folder for the demo, as a host of dist/ and of a feed should be served:
// - `Access-Control-Allow-Origin: *` on everything: pages on other origins read the feed, the
//   map's geometry and the actions' module, and so does an embed in a sandboxed iframe (origin
//   `null`, as WordPress embeds them), where even this server's own files count as another origin;
// - gzip or Brotli, as the request's Accept-Encoding allows, for text files (made once per file
//   version and kept in memory);
// - ETag and Last-Modified, so a feed refresh that finds nothing new costs a 304.
// Usage: node scripts/serve.mjs [port]  (HOST and PORT from the environment too). Imported, it
// starts nothing: `handle(request, response, pathname?)` serves one request (the tests mount it).
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Named by a variable: the type-checker then leaves the built, minified bundle alone (it may not exist before a build).
const BUILT_SNIPPET = '../dist/embed/snippet.js';

const root = resolve(import.meta.dirname, '..');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};
/** Worth compressing: text. PNG is compressed already. */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
/** Smaller files gain less than the encoding's header costs. */
const MIN_COMPRESS = 1024;
/** Headers every answer carries: any origin may read it (widgets send no credentials). */
const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' };

/** Compressed bodies by path, encoding and file version (size and time in the ETag). */
const compressed = new Map();

/** The encoding to answer with: Brotli, else gzip, when the client accepts it (q=0 refuses). */
function pickEncoding(accept = '') {
  const accepted = new Map(
    accept
      .toLowerCase()
      .split(',')
      .map((part) => {
        const [name, ...params] = part.trim().split(';');
        const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
        return [name, q === undefined ? 1 : Number(q)];
      }),
  );
  for (const encoding of ['br', 'gzip']) if ((accepted.get(encoding) ?? accepted.get('*') ?? 0) > 0) return encoding;
  return '';
}

function compress(path, encoding, version) {
  const key = `${path}\0${encoding}\0${version}`;
  let body = compressed.get(key);
  if (!body) {
    const bytes = readFileSync(path);
    body =
      encoding === 'br'
        ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
        : gzipSync(bytes, { level: 9 });
    for (const old of compressed.keys()) if (old.startsWith(`${path}\0${encoding}\0`)) compressed.delete(old);
    compressed.set(key, body);
  }
  return body;
}

/** Serves one request from the project folder; `pathname` overrides the request's (a mounted prefix removed). */
export async function handle(request, response, pathname) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (pathname !== undefined) url.pathname = pathname;
  if (url.pathname === '/') {
    response.writeHead(302, { Location: '/demo/' });
    response.end();
    return;
  }
  if (url.pathname === '/oembed') return oembedAnswer(request, url, response);
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root) || path.includes(`${root}/node_modules`)) {
    response.writeHead(403, CORS).end('Forbidden');
    return;
  }
  let stats;
  try {
    stats = statSync(path);
    if (stats.isDirectory()) stats = statSync((path = join(path, 'index.html')));
  } catch {
    response.writeHead(404, { ...CORS, 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}`);
    return;
  }
  const type = types[extname(path)] ?? 'application/octet-stream';
  const version = `${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}`;
  const encoding = COMPRESSIBLE.test(type) && stats.size >= MIN_COMPRESS ? pickEncoding(request.headers['accept-encoding']) : '';
  // Each encoding is another representation, so another ETag (RFC 9110, 8.8.3).
  const etag = `"${version}${encoding && `-${encoding}`}"`;
  const headers = {
    ...CORS,
    'Content-Type': type,
    ETag: etag,
    'Last-Modified': stats.mtime.toUTCString(),
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
  };
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  const notModified = request.headers['if-none-match'] ? request.headers['if-none-match'] === etag : Math.floor(stats.mtimeMs / 1000) * 1000 <= since;
  if (notModified) {
    response.writeHead(304, headers).end();
    return;
  }
  const body = encoding ? compress(path, encoding, version) : readFileSync(path);
  response.writeHead(200, { ...headers, ...(encoding && { 'Content-Encoding': encoding }), 'Content-Length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * GET /oembed?url=<an embed URL of this server>&format=json[&maxwidth=…]: the oEmbed rich JSON
 * for it (https://oembed.com/), written by dist/embed/snippet.js (build first). 404 for a URL
 * this server does not embed, 501 for a format other than JSON.
 */
async function oembedAnswer(request, url, response) {
  const json = (status, body) =>
    response.writeHead(status, { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' }).end(JSON.stringify(body));
  if ((url.searchParams.get('format') ?? 'json') !== 'json') return json(501, { error: 'Only format=json is served.' });
  const { oembed, optionsFromEmbedUrl } = await import(BUILT_SNIPPET);
  let options;
  try {
    const embed = new URL(url.searchParams.get('url') ?? '');
    if (embed.host !== request.headers.host || !/^\/dist\/embed\/(index\.html)?$/.test(embed.pathname)) throw new Error('not an embed of this server');
    options = optionsFromEmbedUrl(embed.href);
  } catch (error) {
    return json(404, { error: `No embed at that url (${error instanceof Error ? error.message : String(error)}).` });
  }
  const maxWidth = Number(url.searchParams.get('maxwidth')) || undefined;
  json(200, oembed(options, maxWidth));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, CORS);
      response.end();
    });
  }).listen(port, host, () => {
    console.log(`stat-widgets demo: http://${host}:${port}/demo/  (Ctrl+C stops; any origin may read these files)`);
  });
}
