// Done when (issue 5): an iframe embed placed in a page grows and shrinks with its content
// (tested at 320 px and 1200 px wide) with no scrollbar inside it. The snippet is the builder's
// (iframeSnippet: the iframe of dist/embed/ and dist/embed/resize.js), inserted as a page would
// have it, so its script runs. Needs the built dist/ (npm run build; `npm test` does).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { embedUrl, iframeSnippet, type EmbedOptions } from '../../src/embed/snippet.js';
import { until } from '../support/dom.js';

const FEED = '/demo/data/feed.json';

/** Puts the builder's iframe snippet into a column `width` px wide; its script runs. */
function place(options: EmbedOptions, width: number): { column: HTMLElement; frame: HTMLIFrameElement } {
  const column = document.createElement('div');
  column.style.cssText = `width: ${width}px`;
  // A contextual fragment runs its scripts when inserted, as the parsed page would.
  column.append(document.createRange().createContextualFragment(iframeSnippet({ ...options, id: `embed-${width}` })));
  document.body.prepend(column);
  return { column, frame: column.querySelector('iframe')! };
}

/** The embed document's content height (what the iframe should be), and whether it scrolls. */
function measure(frame: HTMLIFrameElement) {
  const root = frame.contentDocument!.documentElement;
  return {
    frame: frame.getBoundingClientRect().height,
    content: root.getBoundingClientRect().height,
    scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
  };
}

async function untilFits(frame: HTMLIFrameElement, what: string): Promise<void> {
  await until(
    () => {
      const m = measure(frame);
      return m.content > 0 && Math.abs(m.frame - m.content) <= 2;
    },
    8000,
    `${what}: the iframe (${measure(frame).frame} px) to fit its content (${measure(frame).content} px)`,
  );
}

describe('an iframe embed sized by dist/embed/resize.js', function () {
  this.timeout(40000);
  let placed: HTMLElement[] = [];
  afterEach(() => {
    placed.forEach((column) => column.remove());
    placed = [];
  });

  for (const width of [320, 1200]) {
    it(`grows and shrinks with a map's content at ${width} px, never scrolling inside`, async () => {
      const { column, frame } = place({ widget: 'map', src: FEED, metric: 'teachers', frameHeight: 200 }, width);
      placed.push(column);
      await until(() => frame.contentDocument?.querySelector('stat-map')?.getAttribute('state') === 'ready', 10000, 'the map in the iframe');
      const map = frame.contentDocument!.querySelector('stat-map')!;
      // Ready is the feed's state: the drawing (and its table toggle) may follow a task later.
      await until(() => !!map.shadowRoot?.querySelector('[part="table-toggle"]'), 10000, 'the map drawn');
      await untilFits(frame, 'after load');
      const start = measure(frame);
      expect(start.frame, 'grown from its 200 px starting height').to.be.greaterThan(250);
      expect(start.scrolls, 'no scroll bar inside').to.equal(false);
      expect(frame.contentDocument!.documentElement.classList.contains('sized')).to.equal(true);

      // Open the map's table: the content grows, and so does the iframe.
      const toggle = map.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
      toggle.click();
      await until(() => measure(frame).content > start.content + 100, 5000, 'the table to open');
      await untilFits(frame, 'with the table open');
      const open = measure(frame);
      expect(open.frame).to.be.greaterThan(start.frame + 100);
      expect(open.scrolls).to.equal(false);

      // Close it: the iframe shrinks back.
      toggle.click();
      await until(() => Math.abs(measure(frame).frame - start.frame) <= 2, 5000, 'the iframe to shrink back');
      expect(measure(frame).scrolls).to.equal(false);
    });

    it(`fits a counter at ${width} px`, async () => {
      const { column, frame } = place({ widget: 'counter', src: FEED, metric: 'schools', showDelta: true, frameHeight: 400 }, width);
      placed.push(column);
      await until(() => frame.contentDocument?.querySelector('stat-counter')?.getAttribute('state') === 'ready', 10000, 'the counter in the iframe');
      await untilFits(frame, 'after load');
      const m = measure(frame);
      expect(m.frame, 'shrunk from its 400 px starting height').to.be.lessThan(300);
      expect((frame.contentWindow as Window & { StatWidgets?: unknown }).StatWidgets, "only the counter's module, not the whole bundle").to.equal(undefined);
      expect(m.scrolls).to.equal(false);
      // The embed page has no margins: the widget starts at the iframe's top left corner.
      const box = frame.contentDocument!.querySelector('stat-counter')!.getBoundingClientRect();
      expect([box.left, box.top]).to.deep.equal([0, 0]);
    });
  }

  it('works in a sandbox without allow-same-origin (an opaque origin, as WordPress embeds): the classic bundle, no module', async () => {
    // The sandbox's requests come from origin "null": the feed as `npm run serve` serves it (CORS),
    // dist/ from the test server, which sends no CORS header (classic scripts need none).
    const feed = `${location.origin}/__serve/demo/data/feed.json`;
    const options = { widget: 'counter', src: feed, metric: 'schools', dist: `${location.origin}/dist/`, frameHeight: 400, id: 'sandboxed' } as const;
    const column = document.createElement('div');
    column.style.cssText = 'width: 600px';
    column.append(document.createRange().createContextualFragment(iframeSnippet(options).replace('<iframe ', '<iframe sandbox="allow-scripts" ')));
    document.body.prepend(column);
    placed.push(column);
    const frame = column.querySelector('iframe')!;
    type Inside = { origin: string; state: string | null; bundle: string; height: number };
    const inside = async () =>
      (
        (await executeServerCommand('frame-evaluate', {
          url: 'id=sandboxed',
          expression: `({ origin: self.origin, state: document.querySelector('stat-counter')?.getAttribute('state') ?? null, bundle: typeof StatWidgets, height: document.documentElement.getBoundingClientRect().height })`,
        })) as Inside[]
      )[0];
    await until(async () => (await inside())?.state === 'ready', 15000, 'the counter in the sandboxed iframe');
    const seen = (await inside())!;
    expect(seen.origin).to.equal('null');
    expect(seen.bundle, 'the drop-in bundle, a classic script').to.equal('object');
    await until(async () => Math.abs(frame.getBoundingClientRect().height - (await inside())!.height) <= 2, 5000, 'the iframe to fit');
    expect(frame.getBoundingClientRect().height).to.be.lessThan(300);
  });

  it('scrolls rather than clips without the resize script', async () => {
    // In a bare page of its own: this page has the resize script from the other tests.
    const page = document.createElement('iframe');
    page.style.cssText = 'width: 320px; height: 600px; border: 0';
    const loaded = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
    page.src = `/__embed-page?body=${encodeURIComponent(iframeSnippet({ widget: 'map', src: FEED, metric: 'teachers', frameHeight: 200, resize: false }))}`;
    document.body.prepend(page);
    placed.push(page);
    await loaded;
    const frame = page.contentDocument!.querySelector('iframe')!;
    await until(() => frame.contentDocument?.querySelector('stat-map')?.getAttribute('state') === 'ready', 10000, 'the map in the iframe');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const root = frame.contentDocument!.documentElement;
    expect(frame.getBoundingClientRect().height).to.equal(200);
    expect(root.scrollHeight).to.be.greaterThan(root.clientHeight);
    expect(frame.contentWindow!.getComputedStyle(root).overflowY).not.to.equal('hidden');
  });

  it('follows a column that changes width (the map is taller when wider)', async () => {
    const { column, frame } = place({ widget: 'map', src: FEED, metric: 'schools' }, 320);
    placed.push(column);
    await until(() => frame.contentDocument?.querySelector('stat-map')?.getAttribute('state') === 'ready', 10000, 'the map in the iframe');
    await untilFits(frame, 'at 320 px');
    const narrow = measure(frame).frame;
    column.style.width = '900px';
    await until(() => measure(frame).frame > narrow + 100, 5000, 'the iframe to grow with the map');
    await untilFits(frame, 'at 900 px');
  });

  it('says what is wrong with a bad embed URL, in the iframe', async () => {
    for (const [url, message] of [
      [embedUrl({ widget: 'counter', src: FEED }).replace('widget=counter', 'widget=chart'), /Unknown widget "chart"/],
      [embedUrl({ widget: 'counter', src: FEED }).replace(/&src=[^&]*/, ''), /has no src/],
    ] as const) {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = url;
      document.body.append(frame);
      await loaded;
      await until(() => !!frame.contentDocument!.querySelector('[role="alert"]'), 5000, 'the message');
      const alert = frame.contentDocument!.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.innerText).to.match(message);
      expect(alert.getClientRects().length).to.be.greaterThan(0);
      frame.remove();
    }
  });

  it('ignores height messages from windows that are not its iframes, and non-numbers', async () => {
    const { column, frame } = place({ widget: 'counter', src: FEED, metric: 'teachers' }, 600);
    placed.push(column);
    await until(() => frame.contentDocument?.querySelector('stat-counter')?.getAttribute('state') === 'ready', 10000, 'the counter in the iframe');
    await untilFits(frame, 'after load');
    const before = frame.style.height;
    // From this window (not an iframe of the page), and from the iframe with a string.
    window.postMessage({ type: 'stat-widgets:height', height: 5000 }, '*');
    const doc = frame.contentDocument!;
    const script = doc.createElement('script');
    script.textContent = "parent.postMessage({ type: 'stat-widgets:height', height: '5000px' }, '*')";
    doc.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(frame.style.height).to.equal(before);
  });
});
