// The README's WordPress screenshots, from the same throwaway WordPress as the tests:
// node test/wordpress/screenshots.mjs  →  docs/images/wordpress-block-editor.png (an author
// editing a post with the block selected), wordpress-published-post.png (that post as readers see
// it) and wordpress-settings.png (Settings → Stat widgets), each 1200×900.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';
import { startFeedHost } from './support/feed-host.mjs';
import { logIn, startSite } from './support/site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const images = join(root, 'docs/images');
mkdirSync(images, { recursive: true });
execFileSync(process.execPath, [join(root, 'scripts/build-wordpress.mjs')], { stdio: 'inherit' });

const feedHost = await startFeedHost({ dist: join(root, 'dist'), feed: JSON.parse(readFileSync(join(root, 'demo/data/feed.json'), 'utf8')) });
const site = await startSite({
  zip: join(root, 'dist/wordpress/stat-widgets.zip'),
  muPlugin: join(root, 'test/wordpress/support/stat-widgets-test.php'),
  log: console.log,
});
const browser = await launchChromium();

try {
  const content = [
    '<!-- wp:paragraph --><p>Where eTwinning stands today, live from the programme’s feed:</p><!-- /wp:paragraph -->',
    '<!-- wp:stat-widgets/widget {"widget":"summary","showDelta":true} /-->',
    '<!-- wp:paragraph --><p>Teachers by district:</p><!-- /wp:paragraph -->',
    '<!-- wp:stat-widgets/widget {"widget":"map","metric":"teachers"} /-->',
  ].join('\n\n');
  const id = await site.php(`
    update_option('stat_widgets_settings', ['default_feed' => '${feedHost.feedUrl}', 'allowed_feeds' => '', 'embed_host' => 'https://stats.example.org', 'oembed_endpoint' => '']);
    wp_set_current_user(${site.users.author});
    kses_init();
    return wp_insert_post(wp_slash(['post_title' => 'eTwinning in numbers', 'post_status' => 'publish', 'post_content' => base64_decode('${Buffer.from(content).toString('base64')}')]));`);

  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);

  await logIn(page, site.origin, 'author');
  await page.goto(`${site.origin}/wp-admin/post.php?post=${id}&action=edit`, { waitUntil: 'load' });
  await page.waitForFunction(() => /** @type {StatWidgetInPage | null} */ (document.querySelector('.editor-styles-wrapper stat-summary'))?.state === 'ready', {
    timeout: 60000,
  });
  // Select the summary block: its settings open in the sidebar.
  await page.evaluate(() => {
    const blocks = window.wp.data.select('core/block-editor').getBlocks();
    window.wp.data.dispatch('core/block-editor').selectBlock(blocks.find((b) => b.name === 'stat-widgets/widget').clientId);
  });
  await page.waitForSelector('.stat-widgets-metrics', { timeout: 30000 });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await page.screenshot({ path: join(images, 'wordpress-block-editor.png') });

  // Readers and the administrator in contexts of their own (no author's cookies).
  const reader = await (await browser.createBrowserContext()).newPage();
  await reader.setViewport({ width: 1200, height: 900 });
  await reader.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await reader.goto(`${site.origin}/?p=${id}`, { waitUntil: 'load' });
  await reader.waitForFunction(() => document.querySelector('stat-summary')?.state === 'ready');
  await reader.evaluate(() => scrollTo(0, (document.querySelector('h1')?.getBoundingClientRect().top ?? 0) + scrollY - 24));
  await reader.waitForFunction(() => document.querySelector('stat-map')?.state === 'ready');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await reader.screenshot({ path: join(images, 'wordpress-published-post.png') });

  await page.close();
  const admin = await (await browser.createBrowserContext()).newPage();
  await admin.setViewport({ width: 1200, height: 900 });
  await logIn(admin, site.origin, 'admin');
  await admin.goto(`${site.origin}/wp-admin/options-general.php?page=stat-widgets`, { waitUntil: 'load' });
  await admin.screenshot({ path: join(images, 'wordpress-settings.png') });
  console.log(
    `wrote ${['wordpress-block-editor.png', 'wordpress-published-post.png', 'wordpress-settings.png'].map((f) => join('docs/images', f)).join(', ')}`,
  );
} finally {
  await browser.close();
  await site.stop();
  await feedHost.stop();
}
