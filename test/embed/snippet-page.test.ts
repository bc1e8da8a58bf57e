// Done when (issue 5): a snippet copied from the builder into a bare HTML file works from a
// plain static server; the same snippet with scripts disabled still shows the numbers.
// The snippet is written by the builder's code (src/embed/snippet.ts) from a widget's own
// dataTable(), put into a bare page (test/support/embed-server.mjs) that loads the built
// drop-in bundle (npm run build first; `npm test` does).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/counter/define.js';
import '../../src/elements/map/define.js';
import { elementSnippet, optionsFromElement } from '../../src/embed/snippet.js';
import type { StatDataTable } from '../../src/export/types.js';
import { onScreen, until, untilState } from '../support/dom.js';

type WithTable = HTMLElement & { dataTable?: () => StatDataTable | null };

const FEED = '/demo/data/feed.json';

/** The builder's snippet for a widget that is on this page, ready. */
async function snippetOf(element: WithTable): Promise<string> {
  await untilState(element, 'ready', 8000);
  await until(() => typeof element.dataTable === 'function' && element.dataTable() !== null, 8000, "the widget's numbers (dataTable())");
  return elementSnippet(optionsFromElement(element));
}

/** A bare page with the snippet in an iframe; `sandbox` to run it with scripts disabled. */
async function pageWith(snippet: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__embed-page?body=${encodeURIComponent(snippet)}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('a snippet from the builder in a bare page', function () {
  this.timeout(30000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('loads the script from dist/, upgrades the element, and the fallback gives way to the widget', async () => {
    const counter = await fixture<WithTable>(html`<stat-counter src=${FEED} metric="teachers" lang="az"></stat-counter>`);
    const snippet = await snippetOf(counter);
    // What the counter shows once it has counted up: Azerbaijani separators.
    const shown = '4.308';
    await until(() => counter.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim() === shown, 8000, 'the counter to show 4.308');
    expect(snippet).to.contain(`<script defer src="${location.origin}/dist/stat-widgets.js"></script>`);
    expect(snippet).to.contain(`src="${location.origin}${FEED}"`);
    expect(snippet).to.contain(shown);

    const frame = await pageWith(snippet);
    frames.push(frame);
    const doc = frame.contentDocument!;
    const element = doc.querySelector('stat-counter')!;
    await until(() => element.getAttribute('state') === 'ready', 8000, 'the counter in the page to be ready');
    await until(() => element.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim() === shown, 8000, 'the number in the widget');
    // The fallback paragraph is still in the light DOM, but once the widget has its numbers it is not drawn.
    const fallback = element.querySelector('p')!;
    expect(fallback.textContent).to.contain(shown);
    expect(onScreen(fallback), 'fallback hidden after the upgrade').to.equal(false);
    expect(doc.querySelector('stat-feed')).to.equal(null);
  });

  it('shows the numbers as text when scripts are disabled', async () => {
    const counter = await fixture<WithTable>(html`<stat-counter src=${FEED} metric="teachers" show-delta></stat-counter>`);
    const snippet = await snippetOf(counter);
    const frame = await pageWith(snippet, 'allow-same-origin');
    frames.push(frame);
    const doc = frame.contentDocument!;
    const element = doc.querySelector('stat-counter')!;
    expect(element.hasAttribute('state'), 'no upgrade without scripts').to.equal(false);
    const fallback = element.querySelector('p')!;
    expect(onScreen(fallback)).to.equal(true);
    // The fallback is laid out like the counter, a line each: the same words, read in order.
    expect(doc.body.innerText.replace(/\s+/g, ' ')).to.match(/Teachers: 4,308 \(Azerbaijan, 2024\)/);
  });

  it("shows a map's numbers as a table without scripts, the same numbers the map shows", async () => {
    const map = await fixture<WithTable>(html`<div style="width: 600px"><stat-map src=${FEED} metric="schools" level="economic-region"></stat-map></div>`);
    const element = map.querySelector('stat-map') as WithTable;
    const snippet = await snippetOf(element);
    const table = element.dataTable!()!;
    const frame = await pageWith(snippet, 'allow-same-origin');
    frames.push(frame);
    const shown = frame.contentDocument!.querySelector('stat-map table')!;
    expect(onScreen(shown)).to.equal(true);
    expect(shown.querySelector('caption')!.textContent).to.equal(table.title);
    expect(shown.querySelectorAll('tbody tr').length).to.equal(table.rows.length);
    const firstNumber = table.rows[0]!.find((cell) => typeof cell === 'number') as number;
    expect(shown.querySelector('tbody tr')!.textContent).to.contain(firstNumber.toLocaleString('en'));
    // With scripts, the map replaces it.
    const live = await pageWith(snippet);
    frames.push(live);
    const liveMap = live.contentDocument!.querySelector('stat-map')!;
    await until(() => liveMap.getAttribute('state') === 'ready', 8000, 'the map in the page to be ready');
    // The fallback stays until the map is drawn, which it is once near the reader's view.
    live.scrollIntoView();
    // Built unseen behind the numbers a band at a time, then shown whole in their place.
    await until(() => onScreen(liveMap.shadowRoot!.querySelector('svg[part="map"]')), 8000, 'the map drawn and shown');
    expect(onScreen(liveMap.shadowRoot!.querySelector('figure')!), 'the figure').to.equal(true);
    expect(onScreen(liveMap.querySelector('table')!), 'the table').to.equal(false);
  });

  it('two snippets on one page: the bundle is fetched and run once, and both widgets draw', async () => {
    const counter = await fixture<WithTable>(
      html`<div style="width: 600px"><stat-counter src=${FEED} metric="teachers"></stat-counter><stat-map src=${FEED} metric="teachers"></stat-map></div>`,
    );
    const snippets = await Promise.all(['stat-counter', 'stat-map'].map((tag) => snippetOf(counter.querySelector(tag) as WithTable)));
    const frame = await pageWith(snippets.join('\n'));
    frames.push(frame);
    const doc = frame.contentDocument!;
    frame.scrollIntoView();
    for (const tag of ['stat-counter', 'stat-map'])
      await until(() => doc.querySelector(tag)!.getAttribute('state') === 'ready', 8000, `the ${tag} to be ready`);
    await until(() => !!doc.querySelector('stat-map')!.shadowRoot?.querySelector('svg[part="map"]'), 8000, 'the map drawn');
    const bundle = `${location.origin}/dist/stat-widgets.iife.js`;
    expect(doc.querySelectorAll('script[src$="/stat-widgets.js"]'), "each snippet's script").to.have.length(2);
    expect(
      [...doc.querySelectorAll('script')].filter((s) => s.src === bundle),
      'the bundle, run by one script element',
    ).to.have.length(1);
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').filter((e) => e.name === bundle);
    expect(fetched, 'the bundle, fetched once (its preloads are one request)').to.have.length(1);
  });
});
