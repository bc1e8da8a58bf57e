// Issue 12, part 4: the feed in parallel with the script. The builder's snippet starts the feed's
// request with a preload link, and the widget's loader takes that response rather than asking
// again: the feed server sees one request, made before the script has arrived. Needs the built
// drop-in bundle (npm run build first; `npm test` does).
import { expect } from '@open-wc/testing';
import { elementSnippet } from '../../src/embed/snippet.js';
import type { StatDataTable } from '../../src/export/types.js';
import { smallFeed } from '../fixtures/small-feed.js';
import { feedStats, serveFeed, setFeed } from '../support/feed-control.js';
import { requireVisiblePage, sleep, until } from '../support/dom.js';

before(requireVisiblePage);

const TABLE: StatDataTable = {
  title: 'Teachers',
  columns: ['Indicator', 'Region', 'Period', 'Value'],
  rows: [['Teachers', 'Azerbaijan', '2024', 4308]],
  source: '',
  licence: '',
  lang: 'en',
};

/** A page of the snippet, in an iframe. */
async function pageWith(snippet: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 600px; height: 400px; border: 0';
  frame.src = `/__embed-page?body=${encodeURIComponent(snippet)}`;
  document.body.append(frame);
  return frame;
}

describe('the snippet fetches the feed while the script loads', function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('one request for the feed, made before the script came, used by the widget', async () => {
    const { name: feed, url } = await serveFeed(smallFeed, 'preloaded');
    // The script is held back on the feed server (as text/javascript) until the test lets it go.
    const bundle = await (await fetch('/dist/stat-widgets.iife.js')).text();
    const { name: script, url: scriptUrl } = await serveFeed({}, 'held-script');
    await setFeed(script, { body: bundle, contentType: 'text/javascript', mode: 'hang' });
    const snippet = elementSnippet({ widget: 'counter', src: url, metric: 'teachers', lang: 'en', fallback: TABLE, script: scriptUrl });
    expect(snippet).to.contain(`<link rel="preload" as="fetch" href="${new URL(url, location.href).href}" crossorigin>`);

    frame = await pageWith(snippet);
    await until(async () => (await feedStats(feed)).requests === 1, 8000, 'the feed requested while the script is held');
    expect((await feedStats(script)).requests, 'the script was asked for too').to.equal(1);
    const element = () => frame!.contentDocument?.querySelector('stat-counter');
    expect(element()?.hasAttribute('state'), 'not upgraded yet').to.equal(false);

    await setFeed(script, { mode: 'ok' });
    await until(() => element()?.getAttribute('state') === 'ready', 8000, 'the widget ready');
    await until(() => element()!.shadowRoot!.querySelector('[part="value"]')?.textContent?.trim() === '4,308', 8000, 'the number');
    await sleep(300);
    expect((await feedStats(feed)).requests, 'requests the feed server saw').to.equal(1);
  });

  it('a snippet without a feed address has no preload link for it (only for the bundle)', () => {
    const snippet = elementSnippet({ widget: 'counter', src: 'javascript:alert(1)', fallback: TABLE, dist: '/dist/' });
    expect(snippet).not.to.contain('as="fetch"');
    expect(snippet.match(/<link /g)).to.have.length(1);
    expect(snippet).to.contain('<link rel="preload" as="script"');
  });
});
