// The embed tests' side of the test server (test server only):
// - GET /__embed-page?body=<html>[&lang=az]: a bare HTML page around a snippet, as a web editor's
//   page would be (`<!doctype html>…<body>{body}</body>`, no other script or style), so the test
//   sees the snippet work (or, in a sandboxed iframe, not run) exactly as pasted.
// - /__serve/<path>: the project folder as `npm run serve` serves it (scripts/serve.mjs: CORS,
//   compression, validators), for embeds in an opaque-origin sandbox and for `feed check --url`.
// - POST /__published {files: {path: text}}, then GET /__published/<path>: published embeds
//   (src/embed/publish.ts), held in memory like a static host.
// - /__wp/…: WordPress's own code from the machine's WordPress (WORDPRESS_DIR, default Debian's
//   /usr/share/wordpress): `available` (JSON: is it there), `wp-embed.js` and `block-library.css`
//   (its files), POST `filter?url=` and POST `autop` (its PHP: test/support/wordpress.php), and
//   `page?body=<html>[&lang=]`: a page as a block theme prints a post, with wp-embed.js.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handle } from '../../scripts/serve.mjs';

const WORDPRESS = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';
const PHP_SCRIPT = fileURLToPath(new URL('./wordpress.php', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.json': 'application/json; charset=utf-8' };

/** Whether WordPress and PHP are on this machine (the WordPress tests skip without them). */
let wordPress;
function wordPressAvailable() {
  wordPress ??= new Promise((resolve) => {
    if (!existsSync(join(WORDPRESS, 'wp-includes/js/wp-embed.js'))) return resolve(false);
    execFile('php', ['-v'], (error) => resolve(!error));
  });
  return wordPress;
}

async function readBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

/** Runs test/support/wordpress.php with `input` on standard input. */
function php(args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile('php', [PHP_SCRIPT, ...args], { env: { ...process.env, WORDPRESS_DIR: WORDPRESS } }, (error, stdout, stderr) =>
      error ? reject(new Error(stderr || error.message)) : resolve(stdout),
    );
    child.stdin?.end(input);
  });
}

/**
 * A post as WordPress 6.1's block theme (Twenty Twenty-Three) prints it: the content column of
 * its constrained layout (650 px at most, the theme's side padding), the block library's style,
 * and wp-embed.js at the end of the page.
 */
function wordPressPage(body, lang) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A post with an embed</title>
<link rel="stylesheet" href="/__wp/block-library.css">
<style>
body { margin: 0; font: 18px/1.6 system-ui, sans-serif; }
.wp-site-blocks { padding: 0 clamp(1.25rem, 5vw, 5rem); }
.is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull)) { max-width: 650px; margin-left: auto !important; margin-right: auto !important; }
</style>
</head>
<body>
<div class="wp-site-blocks">
<main class="entry-content is-layout-constrained">
<p>Text before the embed.</p>
${body}
<p>Text after the embed.</p>
</main>
</div>
<script src="/__wp/wp-embed.js" id="wp-embed-js"></script>
</body>
</html>
`;
}

export function embedServer() {
  const published = new Map();
  return async function embedServerMiddleware(ctx, next) {
    if (ctx.path === '/__embed-page') {
      const body = String(ctx.query.body ?? '');
      const lang = String(ctx.query.lang ?? 'en').replace(/[^\w-]/g, '');
      ctx.type = 'text/html; charset=utf-8';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>A page with a snippet</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
      return;
    }
    if (ctx.path.startsWith('/__serve/')) {
      ctx.respond = false;
      await handle(ctx.req, ctx.res, ctx.path.slice('/__serve'.length));
      return;
    }
    if (ctx.path === '/__published' && ctx.method === 'POST') {
      const { files } = JSON.parse(await readBody(ctx.req));
      for (const [path, text] of Object.entries(files)) published.set(`/__published/${path}`, text);
      ctx.body = { ok: true };
      return;
    }
    if (ctx.path.startsWith('/__published/')) {
      const path = ctx.path.endsWith('/') ? `${ctx.path}index.html` : ctx.path;
      if (!published.has(path)) return void (ctx.status = 404);
      ctx.type = TYPES[extname(path)] ?? 'text/plain';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = published.get(path);
      return;
    }
    if (!ctx.path.startsWith('/__wp/')) return next();
    const available = await wordPressAvailable();
    if (ctx.path === '/__wp/available') return void (ctx.body = { available });
    if (!available) return void (ctx.status = 501);
    ctx.set('Cache-Control', 'no-store');
    if (ctx.path === '/__wp/wp-embed.js') {
      ctx.type = 'text/javascript';
      ctx.body = await readFile(join(WORDPRESS, 'wp-includes/js/wp-embed.js'));
    } else if (ctx.path === '/__wp/block-library.css') {
      ctx.type = 'text/css';
      ctx.body = await readFile(join(WORDPRESS, 'wp-includes/css/dist/block-library/style.css'));
    } else if (ctx.path === '/__wp/filter' && ctx.method === 'POST') {
      ctx.type = 'text/html';
      ctx.body = await php(['filter', String(ctx.query.url ?? '')], await readBody(ctx.req));
    } else if (ctx.path === '/__wp/autop' && ctx.method === 'POST') {
      ctx.type = 'text/html';
      ctx.body = await php(['autop'], await readBody(ctx.req));
    } else if (ctx.path === '/__wp/page') {
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = wordPressPage(String(ctx.query.body ?? ''), String(ctx.query.lang ?? 'en').replace(/[^\w-]/g, ''));
    } else ctx.status = 404;
  };
}

/**
 * The `frame-evaluate` command: evaluates `expression` in every frame of the test's page whose
 * address contains `url` (payload: { url, expression }) and returns the results. The DevTools
 * protocol reaches frames the page's own scripts cannot: an embed in an opaque-origin sandbox.
 */
export function framesPlugin() {
  return {
    name: 'frame-evaluate',
    async executeCommand({ command, payload, session }) {
      if (command !== 'frame-evaluate') return undefined;
      const page = session.browser.getPage(session.id);
      const frames = page.frames().filter((frame) => frame.url().includes(payload.url));
      return Promise.all(frames.map((frame) => frame.evaluate(payload.expression)));
    },
  };
}
