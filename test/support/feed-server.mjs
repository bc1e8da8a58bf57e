// A feed server for the tests, inside the test runner's dev server: tests set a feed's body
// and behaviour, then read how many requests (and 304s) it served.
import { createHash } from 'node:crypto';

const feeds = new Map();

function state(name) {
  let feed = feeds.get(name);
  if (!feed) {
    feed = { body: '{}', mode: 'ok', contentType: 'application/json', requests: 0, conditional: 0, notModified: 0, hanging: [], times: [] };
    feeds.set(name, feed);
  }
  return feed;
}

async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text || '{}');
}

export function feedServer() {
  return async function feedServerMiddleware(ctx, next) {
    if (ctx.path === '/__feed-control') {
      const name = ctx.query.name;
      if (ctx.method === 'POST') {
        const command = await readJson(ctx.req);
        const feed = state(command.name);
        if (command.reset) Object.assign(feed, { requests: 0, conditional: 0, notModified: 0, times: [] });
        if (command.body !== undefined) feed.body = typeof command.body === 'string' ? command.body : JSON.stringify(command.body);
        if (command.mode) feed.mode = command.mode;
        // The status a 'down' feed answers with (default 503).
        if (command.status !== undefined) feed.status = command.status;
        if (command.contentType) feed.contentType = command.contentType;
        if (command.cacheControl) feed.cacheControl = command.cacheControl;
        // Cross-origin readers: 'allow' sends Access-Control-Allow-Origin: *, 'refuse' (the default) none.
        if (command.cors) feed.cors = command.cors;
        // Like a plain static host: Last-Modified on every answer, ETag readable across origins.
        if (command.staticHost !== undefined) feed.staticHost = command.staticHost;
        if (command.body !== undefined) feed.modified = new Date(Math.floor(Date.now() / 1000) * 1000 + 1000).toUTCString();
        if (feed.mode !== 'hang') for (const release of feed.hanging.splice(0)) release();
        ctx.body = { ok: true };
      } else {
        const { requests, conditional, notModified, mode, times, preflights = 0 } = state(name);
        ctx.body = { requests, conditional, notModified, mode, times, preflights };
      }
      return;
    }
    // No .json ending: the dev server gives .json files a year of max-age, which would hide requests.
    const match = /^\/__feed\/([\w-]+)$/.exec(ctx.path);
    if (!match) return next();
    const feed = state(match[1]);
    if (ctx.method === 'OPTIONS') {
      // A CORS preflight. Static hosts commonly answer only GET and HEAD: refuse, without CORS headers.
      feed.preflights = (feed.preflights ?? 0) + 1;
      ctx.status = 405;
      return;
    }
    feed.requests++;
    // When each request arrived, by the server's clock: exact however busy the test page is.
    feed.times.push(Date.now());
    ctx.set('Cache-Control', feed.cacheControl ?? 'no-cache');
    if (feed.cors === 'allow') ctx.set('Access-Control-Allow-Origin', '*');
    if (feed.mode === 'hang') {
      // Never answers while the mode holds; released (then answered) when a test changes it.
      await new Promise((resolve) => feed.hanging.push(resolve));
    }
    if (feed.mode === 'down') {
      ctx.status = feed.status ?? 503;
      ctx.body = 'down';
      return;
    }
    if (feed.mode === 'close') {
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    if (feed.mode === 'truncate') {
      // Promises the whole body (Content-Length), sends its first half, then drops the connection.
      const bytes = Buffer.from(feed.body);
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': feed.contentType, 'Content-Length': String(bytes.length), 'Cache-Control': 'no-cache' });
      ctx.res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => setTimeout(() => ctx.req.socket.destroy(), 20));
      return;
    }
    const etag = `"${createHash('sha1').update(feed.body).digest('hex').slice(0, 16)}"`;
    if (ctx.get('If-None-Match')) feed.conditional++;
    ctx.set('ETag', etag);
    if (feed.staticHost) {
      ctx.set('Last-Modified', feed.modified);
      ctx.set('Access-Control-Expose-Headers', 'ETag');
    }
    if (ctx.get('If-None-Match') === etag) {
      feed.notModified++;
      ctx.status = 304;
      return;
    }
    ctx.type = feed.contentType;
    ctx.body = feed.body;
  };
}
