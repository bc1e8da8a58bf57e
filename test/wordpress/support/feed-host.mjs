// The statistics host for the WordPress tests, on 127.0.0.1: a feed whose body the test changes
// (a new ETag each time, `Cache-Control: no-cache`, 304 for a matching If-None-Match, readable
// across origins), the repository's dist/ (the embed pages and dist/embed/snippet.js), and an
// oEmbed endpoint for those embeds as scripts/serve.mjs answers it. stop() takes it down (a
// dead feed: connections refused), start() brings it back on the same port.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };
const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' };

/**
 * @param {{ dist: string, feed: object }} options `dist`: the repository's dist/ folder; `feed`: the first body.
 */
export async function startFeedHost({ dist, feed }) {
  const host = {
    body: JSON.stringify(feed),
    /** Requests for /feed.json, and how many were conditional and answered 304. */
    requests: /** @type {{ path: string, query: string, conditional: string | null, status: number, userAgent: string }[]} */ ([]),
    port: 0,
  };
  const sockets = new Set();
  let server;

  host.etag = () => `"${createHash('sha1').update(host.body).digest('hex').slice(0, 16)}"`;
  host.setFeed = (value) => {
    host.body = typeof value === 'string' ? value : JSON.stringify(value);
  };

  const handler = async (request, response) => {
    const url = new URL(request.url, `http://${request.headers.host}`);
    if (request.method === 'OPTIONS') return void response.writeHead(204, { ...CORS, 'Access-Control-Allow-Headers': '*' }).end();
    if (url.pathname === '/feed.json' || url.pathname === '/other-feed.json') {
      const etag = host.etag();
      const conditional = request.headers['if-none-match'];
      host.requests.push({
        path: url.pathname,
        query: url.search,
        conditional: conditional ?? null,
        status: conditional === etag ? 304 : 200,
        userAgent: request.headers['user-agent'] ?? '',
      });
      const headers = { ...CORS, ETag: etag, 'Cache-Control': 'no-cache', 'Content-Type': 'application/json' };
      if (conditional === etag) return void response.writeHead(304, headers).end();
      return void response.writeHead(200, headers).end(host.body);
    }
    if (url.pathname === '/oembed') return oembed(url, request, response);
    if (url.pathname.startsWith('/dist/')) {
      let path = normalize(join(dist, decodeURIComponent(url.pathname.slice('/dist/'.length))));
      if (path.startsWith(dist) && existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
      if (!path.startsWith(dist) || !existsSync(path)) return void response.writeHead(404, CORS).end();
      response.writeHead(200, { ...CORS, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      return void createReadStream(path).pipe(response);
    }
    response.writeHead(404, CORS).end();
  };

  async function oembed(url, request, response) {
    const json = (status, body) => response.writeHead(status, { ...CORS, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    const { oembed: answer, optionsFromEmbedUrl } = await import(pathToFileURL(join(dist, 'embed/snippet.js')).href);
    try {
      const embed = new URL(url.searchParams.get('url') ?? '');
      if (embed.host !== request.headers.host || !/^\/dist\/embed\/(index\.html)?$/.test(embed.pathname)) throw new Error('not an embed of this host');
      json(200, answer(optionsFromEmbedUrl(embed.href)));
    } catch (error) {
      json(404, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  host.start = () =>
    new Promise((resolve, reject) => {
      server = createServer((request, response) => {
        handler(request, response).catch((error) => response.writeHead(500).end(String(error)));
      });
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server.once('error', reject);
      server.listen(host.port, '127.0.0.1', () => {
        host.port = server.address().port;
        host.origin = `http://127.0.0.1:${host.port}`;
        host.feedUrl = `${host.origin}/feed.json`;
        resolve(host);
      });
    });

  host.stop = () =>
    /** @type {Promise<void>} */ (
      new Promise((resolve) => {
        if (!server?.listening) return resolve();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      })
    );

  return host.start();
}
