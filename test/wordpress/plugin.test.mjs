// The WordPress plugin in a real WordPress 6.1 (Debian's), driven through WordPress's own PHP
// functions (posts saved as an author, with kses filtering them as it does for that role) and
// read in headless Chromium. Run: npx mocha --timeout 120000 test/wordpress/*.test.mjs
// (test/wordpress/install.sh installs WordPress, MariaDB and PHP when they are missing).
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';
import { startFeedHost } from './support/feed-host.mjs';
import { logIn, startSite } from './support/site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample = JSON.parse(readFileSync(join(root, 'demo/data/feed.json'), 'utf8'));
const WIDGETS = 'stat-counter, stat-summary, stat-map, stat-timeline';

/** A block's comment as the block editor writes it (its JSON escaped the same way). */
function block(attributes) {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:stat-widgets/widget ${json} /-->`;
}

/** A PHP expression for a string, whatever it holds (PHP's double quotes would read `$` and `\\u`). */
const php = (text) => `base64_decode('${Buffer.from(text).toString('base64')}')`;

/** The sample feed with the country's 2024 teachers changed. */
function withTeachers(value) {
  const feed = structuredClone(sample);
  feed.observations.find((row) => row.region === 'AZ' && row.period === '2024').teachers = value;
  return feed;
}

describe('WordPress plugin (Debian WordPress 6.1, posts saved by an author)', function () {
  let site;
  let feedHost;
  let browser;
  const posts = {};

  /** Saves a post as a role, through kses as WordPress filters that role's posts; returns its id and saved content. */
  async function savePost(role, title, content, status = 'publish') {
    return site.php(`
      wp_set_current_user(${site.users[role] ?? 0});
      kses_init();
      // Slashed, as the editor's requests arrive: wp_insert_post unslashes (a block's JSON escapes \\u0026… keep their backslash).
      $id = wp_insert_post(wp_slash(['post_title' => ${php(title)}, 'post_status' => '${status}', 'post_content' => ${php(content)}]), true);
      if (is_wp_error($id)) throw new Exception($id->get_error_message());
      return ['id' => $id, 'content' => get_post($id)->post_content, 'unfiltered' => current_user_can('unfiltered_html')];`);
  }

  async function setOption(name, value) {
    await site.php(`update_option(${php(name)}, json_decode(${php(JSON.stringify(value))}, true)); return true;`);
  }

  /**
   * Opens a published post in a new page (or the given one): scripts on or off, reduced motion (numbers land at once).
   * @param {number} id
   * @param {{ javaScript?: boolean, page?: import('puppeteer-core').Page }} [options]
   */
  async function view(id, { javaScript = true, page: given } = {}) {
    const page = given ?? (await browser.newPage());
    await page.setViewport({ width: 1200, height: 900 });
    await page.setJavaScriptEnabled(javaScript);
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const response = await page.goto(`${site.origin}/?p=${id}`, { waitUntil: 'load' });
    expect(response?.status()).to.equal(200);
    return page;
  }

  /** What a page shows without scripts: each widget element's text, whitespace collapsed. */
  async function fallbackTexts(page) {
    return page.$$eval(WIDGETS, (elements) => elements.map((el) => el.innerText.replace(/\s+/g, ' ').trim()));
  }

  /** Waits until every widget on the page is `ready`; returns each one's tag, lang and first data row. */
  async function liveWidgets(page) {
    await page.waitForFunction(
      (selector) => [...document.querySelectorAll(selector)].every((el) => el.state === 'ready' && el.dataTable()),
      { timeout: 20000 },
      WIDGETS,
    );
    return page.$$eval(WIDGETS, (elements) => elements.map((el) => ({ tag: el.localName, lang: el.lang, rows: el.dataTable().rows })));
  }

  /** A page logged in as a role, in a browser context of its own (readers' pages keep no cookies). */
  async function loggedIn(role) {
    const page = await (await browser.createBrowserContext()).newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await logIn(page, site.origin, role);
    return page;
  }

  before(async function () {
    this.timeout(300000);
    execFileSync(process.execPath, [join(root, 'scripts/build-wordpress.mjs')], { stdio: 'inherit' });
    feedHost = await startFeedHost({ dist: join(root, 'dist'), feed: sample });
    site = await startSite({
      zip: join(root, 'dist/wordpress/stat-widgets.zip'),
      muPlugin: join(root, 'test/wordpress/support/stat-widgets-test.php'),
    });
    await setOption('stat_widgets_settings', {
      default_feed: feedHost.feedUrl,
      allowed_feeds: `${feedHost.feedUrl}*\n${feedHost.origin}/missing.json`,
      embed_host: '',
      oembed_endpoint: '',
    });
    await setOption('stat_widgets_test_locale', 'az');
    browser = await launchChromium();
  });

  after(async function () {
    this.timeout(60000);
    await browser?.close();
    await site?.stop();
    await feedHost?.stop();
  });

  describe('saving', function () {
    it('keeps the block and the shortcode an author saves, where a pasted snippet loses its script and element', async function () {
      const blockMarkup = block({ widget: 'counter', metric: 'teachers', showDelta: true });
      const shortcode = '[stat_widget widget="summary" show-delta="1"]';
      const pasted = `<script src="${feedHost.origin}/dist/stat-widgets.iife.js"></script><stat-counter src="${feedHost.feedUrl}" metric="teachers"></stat-counter>`;
      const saved = await savePost('author', 'Pasted snippet', `${blockMarkup}\n\n${shortcode}\n\n<!-- wp:html -->${pasted}<!-- /wp:html -->`);
      expect(saved.unfiltered, 'an author has no unfiltered_html').to.equal(false);
      expect(saved.content).to.include(blockMarkup).and.include(shortcode);
      expect(saved.content).not.to.include('<script').and.not.include('<stat-counter');
    });
  });

  describe('a reader', function () {
    before(async function () {
      posts.block = (await savePost('author', 'Block', block({ widget: 'counter', metric: 'teachers', showDelta: true }))).id;
      posts.shortcode = (await savePost('author', 'Shortcode', 'Key figures, live:\n\n[stat_widget widget="summary" show-delta="1"]\n\nAs of today.')).id;
      posts.both = (await savePost('author', 'Both', `${block({ widget: 'counter', metric: 'schools' })}\n\n[stat_widget metric="projects"]`)).id;
      posts.none = (await savePost('author', 'No widget', 'Just words.')).id;
      posts.contributor = (await savePost('contributor', 'By a contributor', '[stat_widget metric="teachers"]')).id;
    });

    it('sees the block and the shortcode upgraded to live widgets, in the site’s language', async function () {
      const requestsBefore = feedHost.requests.length;
      for (const [id, tag, values] of [
        [posts.block, 'stat-counter', [4308]],
        [posts.shortcode, 'stat-summary', [4308, 1141, 5103]],
      ]) {
        const page = await view(id);
        expect(await page.$eval('html', (html) => html.lang)).to.equal('az');
        const [widget] = await liveWidgets(page);
        expect(widget.tag).to.equal(tag);
        expect(widget.lang).to.equal('az');
        expect(widget.rows.map((row) => row[3])).to.deep.equal(values);
        // Shown as Azerbaijani writes numbers (a summary's first counter is inside its shadow root).
        await page.waitForFunction(
          (t) => {
            const el = document.querySelector(t);
            const counter = el.shadowRoot.querySelector('stat-counter') ?? el;
            return counter.shadowRoot.querySelector('[part=value]')?.textContent.trim() === '4.308';
          },
          { timeout: 10000 },
          tag,
        );
        await page.close();
      }
      // The widgets asked the feed themselves (the browser's requests, beside the server's).
      expect(feedHost.requests.slice(requestsBefore).some((r) => /Chrom/.test(r.userAgent))).to.equal(true);
    });

    it('without JavaScript reads the feed’s current numbers in the block and the shortcode', async function () {
      const page = await view(posts.block, { javaScript: false });
      expect(await fallbackTexts(page)).to.deep.equal(['Müəllimlər: 4.308 (Azərbaycan, 2024); Dəyişiklik: 63']);
      await view(posts.shortcode, { javaScript: false, page });
      const [summary] = await fallbackTexts(page);
      expect(summary)
        .to.include('Azərbaycanda eTwinning')
        .and.include('Müəllimlər Azərbaycan 2024 4.308 63')
        .and.include('Layihələr Azərbaycan 2024 5.103 333');
      // The classic editor's paragraphs stay around the shortcode, not inside the widget.
      expect(
        await page.$eval('stat-summary', (el) => [
          el.parentElement.localName,
          el.closest('p'),
          el.querySelectorAll('table tr').length,
          el.querySelectorAll('br').length,
        ]),
      ).to.deep.equal(['div', null, 4, 0]);
      await page.close();
    });

    it('loads the script once, deferred, and only on pages with a widget', async function () {
      const scripts = async (id) => {
        const html = await (await fetch(`${site.origin}/?p=${id}`)).text();
        return html.match(/<script[^>]*stat-widgets\.iife\.js[^>]*>/g) ?? [];
      };
      const both = await scripts(posts.both);
      expect(both).to.have.length(1);
      expect(both[0]).to.match(/\sdefer\s/);
      expect(await scripts(posts.none)).to.have.length(0);
      const page = await view(posts.both);
      expect((await liveWidgets(page)).map((w) => w.rows[0][3])).to.deep.equal([1141, 5103]);
      await page.close();
    });

    it('preloads each feed once, and the widgets use that request (issue 12, part 4)', async function () {
      const html = await (await fetch(`${site.origin}/?p=${posts.both}`)).text();
      const links = html.match(/<link rel="preload"[^>]*>/g) ?? [];
      expect(links).to.deep.equal([`<link rel="preload" as="fetch" href="${feedHost.feedUrl}" crossorigin>`]);
      // A reader with nothing cached: the feed host sees one request from the browser for both widgets.
      const context = await browser.createBrowserContext();
      const fromBrowser = () => feedHost.requests.filter((r) => /Chrom/.test(r.userAgent)).length;
      const before = fromBrowser();
      const page = await view(posts.both, { page: await context.newPage() });
      expect((await liveWidgets(page)).map((w) => w.rows[0][3])).to.deep.equal([1141, 5103]);
      expect(fromBrowser() - before).to.equal(1);
      await context.close();
    });

    it('works for a contributor’s post too', async function () {
      const page = await view(posts.contributor, { javaScript: false });
      expect(await fallbackTexts(page)).to.deep.equal(['Müəllimlər: 4.308 (Azərbaycan, 2024)']);
      await page.close();
    });

    it('reads Russian numbers and words when the site is in Russian, unless the block sets a language', async function () {
      await setOption('stat_widgets_test_locale', 'ru_RU');
      try {
        const own = (await savePost('author', 'English block', block({ widget: 'counter', metric: 'teachers', lang: 'en' }))).id;
        const page = await view(posts.block, { javaScript: false });
        expect(await fallbackTexts(page)).to.deep.equal(['Учителя: 4 308 (Азербайджан, 2024); Изменение: 63']);
        await view(posts.block, { page });
        const [widget] = await liveWidgets(page);
        expect(widget.lang).to.equal('ru');
        await page.waitForFunction(
          () => document.querySelector('stat-counter')?.shadowRoot?.querySelector('[part=value]')?.textContent?.trim() === '4\u00a0308',
        );
        await view(own, { javaScript: false, page });
        expect(await fallbackTexts(page)).to.deep.equal(['Teachers: 4,308 (Azerbaijan, 2024)']);
        await page.close();
      } finally {
        await setOption('stat_widgets_test_locale', 'az');
      }
    });

    it('gets from the server exactly the numbers each widget shows (counter, summary, map, timeline; az, en, ru)', async function () {
      const blocks = [];
      for (const lang of ['az', 'en', 'ru']) {
        blocks.push(
          block({ widget: 'counter', metric: 'teachers', showDelta: true, lang }),
          block({ widget: 'counter', metric: 'projects', region: 'baku', period: '2020', showDelta: true, lang }),
          block({ widget: 'summary', showDelta: true, lang }),
          block({ widget: 'summary', metrics: 'teachers,schools', region: 'AZ-BA', lang }),
          block({ widget: 'map', metric: 'teachers', lang }),
          block({ widget: 'map', metric: 'projects', level: 'economic-region', period: '2022', lang }),
          block({ widget: 'timeline', lang }),
          block({ widget: 'timeline', metrics: 'schools', region: 'baku', lang }),
        );
      }
      const { id } = await savePost('author', 'Every widget', blocks.join('\n\n'));
      const page = await view(id);
      const compared = await page.evaluate(
        async (selector, snippet) => {
          // The builder's snippet of the widget as it shows itself (its "Copy embed code"): the element's fallback and the attributes that reserve its box.
          const { elementSnippet, optionsFromElement } = await import(snippet);
          const canonical = (html) => {
            const template = document.createElement('template');
            template.innerHTML = html;
            return template.innerHTML.replace(/>\s+</g, '><').trim();
          };
          const out = [];
          for (const el of document.querySelectorAll(selector)) {
            el.scrollIntoView();
            let table = null;
            for (const until = Date.now() + 15000; Date.now() < until && !table;) {
              table = el.state === 'ready' ? el.dataTable() : null;
              if (!table) await new Promise((resolve) => setTimeout(resolve, 50));
            }
            // Parsed as the page was: the snippet's declarative shadow root becomes the element's, as the plugin's did.
            const built = Document.parseHTMLUnsafe(elementSnippet(optionsFromElement(el))).querySelector(el.localName);
            const written = (element) => [canonical(element.innerHTML), element.getAttribute('style'), element.getAttribute('fallback-period')];
            out.push({
              widget: `${el.localName} ${el.lang} ${[...el.attributes].map((a) => a.name).join(',')}`,
              server: written(el),
              shown: table ? written(built) : [''],
            });
          }
          return out;
        },
        WIDGETS,
        `${feedHost.origin}/dist/embed/snippet.js`,
      );
      expect(compared).to.have.length(24);
      // Each element of the post shows its numbers through a declarative shadow root's slot from the parse, as the builder's snippet does.
      const raw = await page.evaluate(async () => (await fetch(location.href)).text());
      expect(raw.split('<template shadowrootmode="open"><slot></slot></template>').length - 1, 'declarative shadow roots').to.equal(24);
      for (const { widget, server, shown } of compared) {
        expect(shown[0], widget).not.to.equal('');
        expect(server, widget).to.deep.equal(shown);
      }
      await page.close();
    });
  });

  describe('when the feed changes or fails', function () {
    it('shows a changed feed on the next page view, asking with the ETag (304 while unchanged)', async function () {
      const asked = () => feedHost.requests.filter((r) => !/Chrom/.test(r.userAgent));
      const before = asked().length;
      const page = await view(posts.block, { javaScript: false });
      const unchanged = asked().slice(before);
      expect(unchanged).to.have.length(1);
      expect(unchanged[0]).to.include({ conditional: feedHost.etag(), status: 304 });

      feedHost.setFeed(withTeachers(4400));
      await view(posts.block, { javaScript: false, page });
      expect(await fallbackTexts(page)).to.deep.equal(['Müəllimlər: 4.400 (Azərbaycan, 2024); Dəyişiklik: 155']);
      expect(asked().at(-1)).to.include({ status: 200 });

      feedHost.setFeed(withTeachers(4450));
      await view(posts.shortcode, { javaScript: false, page });
      expect((await fallbackTexts(page))[0]).to.include('Müəllimlər Azərbaycan 2024 4.450 205');
      await page.close();
    });

    it('keeps the last good numbers with a note when the feed dies, and tells the editor why', async function () {
      await setOption('stat_widgets_test_retry_after', 0);
      await feedHost.stop();
      try {
        const page = await view(posts.block, { javaScript: false });
        const [text] = await fallbackTexts(page);
        expect(text).to.match(/^Müəllimlər: 4\.450 \(Azərbaycan, 2024\); Dəyişiklik: 205 Məlumat köhnədir \(son yenilənmə: \d{4}-\d\d-\d\d \d\d:\d\d\)$/);
        expect(await page.$('.stat-widgets-note')).to.equal(null);
        // With scripts, the widget cannot reach the feed either: its own error.
        await view(posts.block, { page });
        await page.waitForFunction(() => document.querySelector('stat-counter')?.state === 'error');
        await page.close();
        // An author viewing the page is told what is wrong.
        const author = await loggedIn('author');
        await view(posts.block, { javaScript: false, page: author });
        expect(await author.$eval('.stat-widgets-note', (note) => note.textContent)).to.match(
          /Feed problem: the feed could not be reached \(.+\)\. Readers see the numbers fetched \d{4}-/,
        );
        await author.browserContext().close();
      } finally {
        await feedHost.start();
      }
      const page = await view(posts.block, { javaScript: false });
      expect(await fallbackTexts(page)).to.deep.equal(['Müəllimlər: 4.450 (Azərbaycan, 2024); Dəyişiklik: 205']);
      await page.close();
    });

    it('keeps the last good numbers when the feed turns invalid', async function () {
      feedHost.setFeed('{"version": 2}');
      try {
        const rendered = await site.php(`wp_set_current_user(${site.users.author}); return do_shortcode('[stat_widget metric="teachers"]');`);
        expect(rendered).to.include('4.450').and.include('Məlumat köhnədir');
        expect(rendered).to.include('Feed problem: the feed is not usable: version: unsupported feed version 2; this plugin reads version 1.');
      } finally {
        feedHost.setFeed(withTeachers(4450));
        await site.php(`update_option('stat_widgets_test_retry_after', 0); return true;`);
      }
    });

    it('shows the widget’s error to readers and the reason to editors when a feed was never reachable', async function () {
      const shortcode = `[stat_widget metric="teachers" src="${feedHost.origin}/missing.json"]`;
      const [reader, editor] = await site.php(`
        $reader = do_shortcode(${php(shortcode)});
        wp_set_current_user(${site.users.author});
        return [$reader, do_shortcode(${php(shortcode)})];`);
      expect(reader).to.include('<p>Məlumatları yükləmək mümkün olmadı</p>').and.not.include('stat-widgets-note');
      expect(editor).to.include('Feed problem: the feed server answered 404.');
    });
  });

  describe('feeds authors may use', function () {
    it('refuses a feed that is not listed: a message for the editor, nothing for readers', async function () {
      const markup = block({ widget: 'counter', metric: 'teachers', src: `${feedHost.origin}/other-feed.json` });
      const [reader, editor] = await site.php(`
        $block = parse_blocks(${php(markup)})[0];
        $reader = render_block($block);
        wp_set_current_user(${site.users.author});
        return [$reader, render_block($block)];`);
      expect(reader).to.equal('');
      expect(editor).to.include(`This feed is not one authors may use: ${feedHost.origin}/other-feed.json.`).and.not.include('<stat-counter');
    });

    it('never lets a listed prefix reach another host', async function () {
      const urls = [
        `${feedHost.origin}/data/feed.json`,
        `${feedHost.origin}.evil.test/feed.json`,
        `${feedHost.origin}@evil.test/feed.json`,
        `http://127.0.0.10:${feedHost.port}/feed.json`,
        'javascript:alert(1)',
      ];
      // An origin without a path, ending in *: the loosest prefix an administrator may write.
      const allowed = await site.php(`
        $settings = get_option('stat_widgets_settings');
        update_option('stat_widgets_settings', array_merge($settings, ['allowed_feeds' => ${php(`${feedHost.origin}*`)}]));
        $allowed = array_map(['Stat_Widgets_Settings', 'allows'], [${urls.map(php).join(', ')}]);
        update_option('stat_widgets_settings', $settings);
        return $allowed;`);
      expect(allowed).to.deep.equal([true, false, false, false, false]);
    });

    it('takes a listed feed whose URL has a query, although kses writes its & as &amp;', async function () {
      const src = `${feedHost.feedUrl}?region=all&lang=az`;
      const saved = await savePost(
        'author',
        'Query',
        `${block({ widget: 'counter', metric: 'teachers', src })}\n\n[stat_widget metric="schools" src="${src}"]`,
      );
      expect(saved.content).to.include('all\\u0026amp;lang').and.include('all&amp;lang');
      const before = feedHost.requests.length;
      const page = await view(saved.id, { javaScript: false });
      const asked = feedHost.requests.slice(before);
      expect(asked.filter((r) => !/Chrom/.test(r.userAgent)).map((r) => r.query)).to.deep.equal(['?region=all&lang=az']);
      // The page's preload link asks for the same address, once for both widgets (even without scripts: it is HTML).
      expect(asked.filter((r) => /Chrom/.test(r.userAgent)).map((r) => r.query)).to.deep.equal(['?region=all&lang=az']);
      expect(await page.$$eval(WIDGETS, (elements) => elements.map((el) => el.getAttribute('src')))).to.deep.equal([src, src]);
      const [teachers, schools] = await fallbackTexts(page);
      expect(teachers).to.match(/^Müəllimlər: 4\.\d{3} \(Azərbaycan, 2024\)$/);
      expect(schools).to.equal('Məktəblər: 1.141 (Azərbaycan, 2024)');
      await page.close();
    });

    it('names a metric the feed lacks to the editor', async function () {
      const editor = await site.php(`wp_set_current_user(${site.users.author}); return do_shortcode('[stat_widget metric="pupils"]');`);
      expect(editor).to.include('metric=&quot;pupils&quot; is not in the feed');
    });
  });

  describe('the block editor, as an author', function () {
    it('previews the block live, and shows the message for a feed that is not listed', async function () {
      const { id } = await savePost(
        'author',
        'Draft',
        `${block({ widget: 'summary', showDelta: true })}\n\n${block({ widget: 'counter', metric: 'teachers', src: `${feedHost.origin}/other-feed.json` })}`,
        'draft',
      );
      const page = await loggedIn('author');
      await page.goto(`${site.origin}/wp-admin/post.php?post=${id}&action=edit`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => /** @type {StatWidgetInPage | null} */ (document.querySelector('.editor-styles-wrapper stat-summary'))?.state === 'ready',
        { timeout: 60000 },
      );
      const note = await page.waitForSelector('.editor-styles-wrapper .stat-widgets-note', { timeout: 30000 });
      expect(await note.evaluate((el) => el.textContent)).to.include('This feed is not one authors may use');
      const today = JSON.parse(feedHost.body).observations.find((row) => row.region === 'AZ' && row.period === '2024');
      expect(await page.$eval('.editor-styles-wrapper stat-summary', (el) => el.dataTable().rows.map((row) => row[3]))).to.deep.equal([
        today.teachers,
        today.schools,
        today.projects,
      ]);
      await page.browserContext().close();
    });
  });

  describe('oEmbed', function () {
    const embedUrl = () => `${feedHost.origin}/dist/embed/?widget=counter&src=${encodeURIComponent(feedHost.feedUrl)}&metric=teachers`;

    it('leaves a URL of a host it does not trust as a link', async function () {
      const { id } = await savePost('author', 'Untrusted embed', `Before.\n\n${embedUrl()}\n\nAfter.`);
      const page = await view(id, { javaScript: false });
      expect(await page.$('.wp-block-post-content iframe')).to.equal(null);
      await page.close();
    });

    it('turns a URL of the trusted embed host into its iframe, unsandboxed, with its resize script', async function () {
      await setOption('stat_widgets_settings', { ...(await site.php(`return get_option('stat_widgets_settings');`)), embed_host: feedHost.origin });
      const { id } = await savePost('author', 'Trusted embed', `Before.\n\n${embedUrl()}\n\nAfter.`);
      const page = await view(id);
      const frame = await page.waitForSelector('.wp-block-post-content iframe');
      const src = await frame.evaluate((el) => el.getAttribute('src'));
      expect(src.startsWith(`${feedHost.origin}/dist/embed/?widget=counter`)).to.equal(true);
      expect(await frame.evaluate((el) => el.hasAttribute('sandbox'))).to.equal(false);
      expect(await page.$$eval('script[src]', (scripts) => scripts.map((s) => s.src))).to.include(`${feedHost.origin}/dist/embed/resize.js`);
      // The embed reports its height and resize.js sizes the iframe to it.
      await page.waitForFunction((el) => el.style.height !== '', { timeout: 20000 }, frame);
      await page.close();
    });
  });

  describe('housekeeping', function () {
    it('wrote no PHP warning or notice from the plugin', async function () {
      const lines = readFileSync(site.debugLog, { encoding: 'utf8', flag: 'a+' }).split('\n');
      expect(lines.filter((line) => line.includes('/plugins/stat-widgets/'))).to.deep.equal([]);
    });

    it('saves the settings page, keeping only http(s) URLs and the embed host’s origin', async function () {
      await site.php(`do_shortcode('[stat_widget metric="teachers"]'); return true;`); // A feed the server has read, listed under the form.
      const page = await loggedIn('admin');
      await page.goto(`${site.origin}/wp-admin/options-general.php?page=stat-widgets`, { waitUntil: 'load' });
      const field = (key) => `[name="stat_widgets_settings[${key}]"]`;
      await page.$eval(
        field('allowed_feeds'),
        (el, value) => (el.value = value),
        `${feedHost.feedUrl}\njavascript:alert(1)\n  ${feedHost.origin}/data/*  \nnot a url`,
      );
      await page.$eval(field('embed_host'), (el, value) => (el.value = value), `${feedHost.origin}/dist/embed/`);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
      expect(await page.$eval(field('allowed_feeds'), (el) => el.value)).to.equal(`${feedHost.feedUrl}\n${feedHost.origin}/data/*`);
      expect(await page.$eval(field('embed_host'), (el) => el.value)).to.equal(feedHost.origin);
      expect(await page.$eval(field('default_feed'), (el) => el.value)).to.equal(feedHost.feedUrl);
      // What the server last read of each feed, under the form.
      expect(await page.$eval('.widefat', (table) => table.textContent)).to.include(feedHost.feedUrl);
      await page.browserContext().close();
    });

    it('removes its options when uninstalled', async function () {
      const left = await site.php(`
        require_once ABSPATH . 'wp-admin/includes/plugin.php';
        global $wpdb;
        $ours = function () use ($wpdb) {
          $names = $wpdb->get_col($wpdb->prepare("SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like('stat_widgets_') . '%'));
          return count(array_filter($names, function ($name) { return strpos($name, 'stat_widgets_test_') !== 0; }));
        };
        $before = $ours();
        deactivate_plugins('stat-widgets/stat-widgets.php');
        uninstall_plugin('stat-widgets/stat-widgets.php');
        return [$before, $ours()];`);
      expect(left[0]).to.be.greaterThan(2);
      expect(left[1]).to.equal(0);
    });
  });
});
