// A published embed (`stat-widgets embed publish`) pasted into a real WordPress 6.1 post by an
// author, with no trusted host set: WordPress discovers the page's oEmbed link, sandboxes the
// iframe, and its own wp-embed.js sizes it. The embeds and dist/ come from a host on 127.0.0.1
// served as `npm run serve` serves them (scripts/serve.mjs: CORS, which the sandbox's origin
// "null" needs). Run with the plugin's tests: npx mocha --timeout 120000 test/wordpress/*.test.mjs
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';
import { handle } from '../../scripts/serve.mjs';
import { freePort, startSite } from './support/site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { publishedFiles, publishedUrl } = await import(join(root, 'dist/embed/publish.js'));

/** What the embed at `url` shows, read inside its sandboxed frame. */
async function inside(page, url) {
  const frame = page.frames().find((f) => f.url().startsWith(url));
  if (!frame) return null;
  return frame.evaluate(() => {
    const widget = document.querySelector('#embed > [src]');
    return {
      origin: self.origin,
      state: widget?.getAttribute('state') ?? null,
      value: widget?.shadowRoot?.querySelector('[part="value"]')?.textContent.trim() ?? '',
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    };
  });
}

describe('a published embed pasted into a WordPress post (no plugin setting: an untrusted provider)', function () {
  let site;
  let host;
  let browser;
  let config;
  let post;

  before(async function () {
    this.timeout(300000);
    execFileSync(process.execPath, [join(root, 'scripts/build-wordpress.mjs')], { stdio: 'inherit' });
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    config = {
      dist: `${origin}/dist/`,
      base: `${origin}/embeds/`,
      embeds: [
        { name: 'teachers', widget: 'counter', src: `${origin}/demo/data/feed.json`, metric: 'teachers', lang: 'az' },
        { name: 'schools-map', widget: 'map', src: `${origin}/demo/data/feed.json`, metric: 'schools' },
      ],
    };
    const files = publishedFiles(config);
    host = createServer((request, response) => {
      const path = new URL(request.url ?? '/', origin).pathname;
      const file = path.startsWith('/embeds/') && (path.endsWith('/') ? `${path}index.html` : path).slice('/embeds/'.length);
      if (file && file in files) {
        response.writeHead(200, { 'Content-Type': file.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8' }).end(files[file]);
      } else handle(request, response).catch(() => response.writeHead(500).end());
    });
    await new Promise((resolve) => host.listen(port, '127.0.0.1', resolve));
    site = await startSite({ zip: join(root, 'dist/wordpress/stat-widgets.zip'), muPlugin: join(root, 'test/wordpress/support/stat-widgets-test.php') });
    // The block editor's embed block around each pasted URL, as an author saves it.
    const embedBlock = (url) =>
      `<!-- wp:embed {"url":"${url}","type":"rich"} -->\n<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;
    const content = [
      '<!-- wp:paragraph --><p>Before.</p><!-- /wp:paragraph -->',
      embedBlock(publishedUrl(config, 'teachers')),
      embedBlock(publishedUrl(config, 'schools-map')),
      '<!-- wp:paragraph --><p>After.</p><!-- /wp:paragraph -->',
    ].join('\n\n');
    post = await site.php(`
      wp_set_current_user(${site.users.author});
      kses_init();
      $id = wp_insert_post(wp_slash(['post_title' => 'Pasted embeds', 'post_status' => 'publish', 'post_content' => base64_decode('${Buffer.from(content).toString('base64')}')]), true);
      if (is_wp_error($id)) throw new Exception($id->get_error_message());
      return $id;`);
    browser = await launchChromium();
  });

  after(async function () {
    this.timeout(60000);
    await browser?.close();
    await site?.stop();
    await /** @type {Promise<void>} */ (new Promise((resolve) => (host ? host.close(() => resolve()) : resolve())));
  });

  for (const width of [375, 1200]) {
    it(`shows live numbers in sandboxed iframes sized to their content (200-1000 px) at ${width} px`, async function () {
      this.timeout(90000);
      const page = await browser.newPage();
      // Tall enough that both embeds are in view (Chromium renders no cross-origin frame out of it).
      await page.setViewport({ width, height: 2400 });
      await page.goto(`${site.origin}/?p=${post}`, { waitUntil: 'load' });
      const frames = await page.$$eval('iframe.wp-embedded-content', (list) =>
        list.map((f) => ({ sandbox: f.getAttribute('sandbox'), src: f.getAttribute('src') })),
      );
      expect(frames.map((f) => f.sandbox)).to.deep.equal(['allow-scripts', 'allow-scripts']);
      expect(frames.map((f) => f.src.replace(/#\?secret=\w+$/, ''))).to.deep.equal([publishedUrl(config, 'teachers'), publishedUrl(config, 'schools-map')]);
      expect(await page.$$eval('script[src*="wp-embed"]', (list) => list.length)).to.equal(1);
      const teachers = publishedUrl(config, 'teachers');
      for (let tries = 0; tries < 200 && (await inside(page, teachers))?.value !== '4.308'; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await inside(page, teachers)).to.deep.include({ origin: 'null', state: 'ready', value: '4.308' });
      for (const [index, name] of [
        [0, 'teachers'],
        [1, 'schools-map'],
      ]) {
        const url = publishedUrl(config, name);
        let seen;
        let box;
        for (let tries = 0; tries < 200; tries++) {
          seen = await inside(page, url);
          box = await page.$$eval('iframe.wp-embedded-content', (list, i) => list[i].getBoundingClientRect().toJSON(), index);
          if (seen?.state === 'ready' && Math.abs(box.height - Math.min(1000, Math.max(200, seen.height))) <= 4) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(Math.abs(box.height - Math.min(1000, Math.max(200, seen.height))), `${name}: iframe ${box.height} px, content ${seen.height} px`).to.be.at.most(
          4,
        );
        expect(box.right).to.be.at.most(width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(width);
      if (process.env.SCREENSHOTS) await page.screenshot({ path: join(process.env.SCREENSHOTS, `wordpress-published-${width}.png`), fullPage: true });
      await page.close();
    });
  }
});
