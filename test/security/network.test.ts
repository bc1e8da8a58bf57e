// Issue 6, part 2: failing networks, against the tests' real feed server
// (test/support/feed-server.mjs). What test/elements/stat-counter.test.ts and
// test/feed/load.test.ts already cover (404, 503, timeout, dropped connection, stale, recovery) is
// not repeated; here: a truncated body, a wrong content type, CORS refusal, going offline and
// coming back, and a map and a timeline that go stale. For each: the last good numbers stay, the
// widget says it is stale and since when, retries come at growing intervals, and it recovers.
import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/counter/define.js';
import '../../src/elements/map/define.js';
import '../../src/elements/timeline/define.js';
import { feedTiming } from '../../src/feed/load.js';
import { changedFeed, smallFeed } from '../fixtures/small-feed.js';
import { feedStats, serveFeed, setFeed } from '../support/feed-control.js';
import { nextEvent, part, requireVisiblePage, sleep, state, text, until, untilState, untilValue } from '../support/dom.js';

const savedTiming = { ...feedTiming };

before(requireVisiblePage);

beforeEach(() => {
  // Retries after 150, 300, 600, 1200 ms …: quick, and far enough apart to tell them apart.
  feedTiming.retryBase = 150;
  feedTiming.retryMax = 2400;
  feedTiming.defaultTimeout = 3000;
});

afterEach(() => {
  Object.assign(feedTiming, savedTiming);
});

async function counterOn(url: string, refresh = 0.2): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(
    `<div><stat-counter src="${url}" metric="teachers" refresh="${refresh}" style="--stat-duration: 0s"></stat-counter></div>`,
  );
  const el = root.querySelector<HTMLElement>('stat-counter')!;
  await until(() => state(el) !== 'loading', 4000, 'the feed to load');
  return el;
}

/**
 * The times (ms) at which the server received the requests of feed `name` during the next `ms`,
 * by the server's own clock (client-side polling was too coarse on a busy 2-core machine).
 * Chromium itself repeats a GET once when a kept-alive connection is dropped: requests within
 * 60 ms of the one before count as one attempt.
 */
async function requestTimes(name: string, ms: number): Promise<number[]> {
  const before = (await feedStats(name)).times.length;
  await sleep(ms);
  const times: number[] = [];
  for (const t of (await feedStats(name)).times.slice(before)) {
    if (!(times.length && t - times[times.length - 1]! < 60)) times.push(t);
  }
  return times;
}

/** A counter on `src` whose first load fails: the element and the error event it fired. */
async function counterThatFails(src: string) {
  const el = document.createElement('stat-counter');
  el.setAttribute('src', src);
  el.setAttribute('metric', 'teachers');
  const failed = nextEvent(el, 'stat-feed-error');
  await fixture(`<div></div>`).then((root) => root.append(el));
  return { el, event: await failed };
}

/**
 * Asserts that retries came at growing intervals: no gap clearly shorter than the one before, and
 * the last at least twice the first (fixed-interval retries fail both). Exact ratios are left
 * alone: where the measured window starts and a busy 2-core machine blur the first gaps.
 */
function expectGrowingGaps(times: number[]): void {
  expect(times.length, `retries seen: ${times.length}`).to.be.at.least(4);
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  const shown = `gaps ${gaps.map(Math.round).join(', ')} ms`;
  for (let i = 1; i < gaps.length; i++) expect(gaps[i], `gap ${i + 1} after gap ${i} (${shown})`).to.be.at.least(gaps[i - 1]! * 0.8);
  expect(gaps[gaps.length - 1], `the last gap against the first (${shown})`).to.be.at.least(gaps[0]! * 2);
}

/** The widget shows the last good numbers as stale, with the time they are from. */
function expectStale(el: Element, value: string | null = '4,308'): void {
  expect(state(el)).to.equal('stale');
  if (value !== null) expect(text(el, 'value')).to.equal(value);
  const status = text(el, 'status') ?? '';
  expect(status).to.contain('Not up to date');
  expect(status, 'since when').to.match(/\d{1,2}:\d{2}/);
}

/**
 * The common course of a failure: a ready counter, the server turns bad, the counter goes stale
 * keeping its number, retries back off, the server is fixed, the counter recovers by itself.
 */
async function failAndRecover(name: string, url: string, fail: () => Promise<void>, fix: () => Promise<void>): Promise<void> {
  const el = await counterOn(url);
  expect(state(el)).to.equal('ready');
  expect(text(el, 'value')).to.equal('4,308');

  await fail();
  await untilState(el, 'stale', 4000);
  expectStale(el);
  expectGrowingGaps(await requestTimes(name, 2600));
  expectStale(el);

  await fix();
  await untilState(el, 'ready', 5000);
  expect(text(el, 'value')).to.equal('4,308');
  expect(part(el, 'status')).to.equal(null);
}

describe('failing networks (widgets against the test server)', function () {
  this.timeout(20000);

  describe('a truncated body (Content-Length promised, half sent, connection dropped)', () => {
    it('first load: state error, and the error names the URL', async () => {
      const { name, url } = await serveFeed(smallFeed, 'truncate');
      await setFeed(name, { mode: 'truncate' });
      const { el, event } = await counterThatFails(url);
      expect(event.message).to.contain(url);
      await untilState(el, 'error');
      expect(text(el, 'status')).to.equal('The data could not be loaded');
      expect(text(el, 'value') ?? '').not.to.match(/\d/);
    });

    it('on refresh: the number stays, stale since its time, retries back off, recovers by itself', async () => {
      const { name, url } = await serveFeed(smallFeed, 'truncate');
      await failAndRecover(
        name,
        url,
        () => setFeed(name, { mode: 'truncate' }),
        () => setFeed(name, { mode: 'ok' }),
      );
    });
  });

  describe('a wrong content type', () => {
    it('an HTML error page answered 200: state error, the error names the URL and says it is not a usable feed', async () => {
      const { name, url } = await serveFeed('<!doctype html><title>Error</title><h1>Something went wrong</h1>', 'html');
      await setFeed(name, { contentType: 'text/html' });
      const { el, event } = await counterThatFails(url);
      expect(event.message).to.contain(url).and.contain('not a usable feed');
      expect(event.problems[0]?.path).to.equal('$');
      await untilState(el, 'error');
      expect(text(el, 'value') ?? '').not.to.match(/\d/);
    });

    it('an HTML page on refresh: the number stays (state error, the document is unusable), and the fixed feed is picked up by itself', async () => {
      const { name, url } = await serveFeed(smallFeed, 'html');
      const el = await counterOn(url);
      expect(text(el, 'value')).to.equal('4,308');
      const failed = nextEvent(el, 'stat-feed-error');
      await setFeed(name, { body: '<html><body>Maintenance</body></html>', contentType: 'text/html' });
      const event = await failed;
      expect(event.message).to.contain(url);
      expect(event.hasData).to.equal(true);
      await untilState(el, 'error');
      expect(text(el, 'value')).to.equal('4,308');
      await setFeed(name, { body: smallFeed, contentType: 'application/json' });
      await untilState(el, 'ready');
      expect(text(el, 'value')).to.equal('4,308');
    });

    it('a valid JSON feed sent as text/plain is still read (the content type is not checked)', async () => {
      const { name, url } = await serveFeed(smallFeed, 'plain');
      await setFeed(name, { contentType: 'text/plain' });
      const el = await counterOn(url, 0);
      expect(state(el)).to.equal('ready');
      expect(text(el, 'value')).to.equal('4,308');
    });
  });

  describe('CORS refusal (the feed on another origin, without Access-Control-Allow-Origin)', () => {
    // The test page is on localhost; the same server as 127.0.0.1 is another origin.
    function otherOrigin(path: string): string {
      const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      return `${location.protocol}//${other}:${location.port}${path}`;
    }

    it('the test page and the feed are on different origins', () => {
      expect(new URL(otherOrigin('/x')).origin).not.to.equal(location.origin);
    });

    it('first load refused: state error, and the error names the URL', async () => {
      const { name, url } = await serveFeed(smallFeed, 'cors');
      const cross = otherOrigin(url);
      const { el, event } = await counterThatFails(cross);
      expect(event.message).to.contain(cross);
      await untilState(el, 'error');
      // The request did reach the server: the browser refused to hand over the answer.
      expect((await feedStats(name)).requests).to.be.at.least(1);
    });

    it('a live counter on a static host of another origin (Last-Modified, ETag, no preflights answered) stays ready and shows a change', async () => {
      const { name, url } = await serveFeed(smallFeed, 'cors');
      await setFeed(name, { cors: 'allow', staticHost: true });
      const el = await counterOn(otherOrigin(url), 0.2);
      expect(state(el)).to.equal('ready');
      await until(async () => (await feedStats(name)).requests >= 4, 4000, 'three refreshes');
      expect(state(el)).to.equal('ready');
      expect((await feedStats(name)).preflights, 'a refresh that needs a preflight fails on such a host').to.equal(0);
      await setFeed(name, { body: changedFeed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 5000)) });
      await until(() => text(el, 'value') !== '4,308', 4000, 'the changed number');
      expect(state(el)).to.equal('ready');
      expect((await feedStats(name)).preflights).to.equal(0);
    });

    it('allowed, then refused on refresh: the number stays, stale, retries back off; allowed again, it recovers', async () => {
      const { name, url } = await serveFeed(smallFeed, 'cors');
      await setFeed(name, { cors: 'allow' });
      await failAndRecover(
        name,
        otherOrigin(url),
        // A new document without the header: an unchanged one is answered 304 from the browser's
        // revalidated copy, which is not a refusal (the numbers are verifiably current).
        () => setFeed(name, { cors: 'refuse', body: changedFeed((doc) => ((doc as Record<string, unknown>)['title'] = 'Revised')) }),
        () => setFeed(name, { cors: 'allow' }),
      );
    });
  });

  describe('going offline and coming back (connections dropped, then answered again)', () => {
    it('counter: the number stays, stale since its time, retries back off, recovers by itself', async () => {
      const { name, url } = await serveFeed(smallFeed, 'offline');
      await failAndRecover(
        name,
        url,
        () => setFeed(name, { mode: 'close' }),
        () => setFeed(name, { mode: 'ok' }),
      );
    });

    it('a changed feed published while offline is shown once back', async () => {
      const { name, url } = await serveFeed(smallFeed, 'offline');
      const el = await counterOn(url);
      await setFeed(name, { mode: 'close' });
      await untilState(el, 'stale');
      await setFeed(name, {
        mode: 'ok',
        body: changedFeed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 5000)),
      });
      await untilValue(el, '5,000', 5000);
      expect(state(el)).to.equal('ready');
    });
  });

  describe('a map and a timeline go stale and recover', () => {
    let demo = '';
    before(async () => {
      demo = await (await fetch('/demo/data/feed.json')).text();
    });

    it('map and timeline keep what they drew, say stale and since when, and recover by themselves', async () => {
      const { name, url } = await serveFeed(demo, 'stale-map');
      const root = await fixture<HTMLElement>(`<div style="width: 640px; --stat-duration: 0s">
        <stat-map src="${url}" refresh="0.2" metric="teachers"></stat-map>
        <stat-timeline src="${url}" refresh="0.2" metrics="teachers,schools"></stat-timeline>
      </div>`);
      const map = root.querySelector('stat-map')!;
      const timeline = root.querySelector('stat-timeline')!;
      const labels = () => [...map.shadowRoot!.querySelectorAll('[part~="region"]')].map((p) => p.getAttribute('aria-label'));
      const lines = () => [...timeline.shadowRoot!.querySelectorAll('[part="line"]')].map((p) => p.getAttribute('d'));
      await until(() => state(map) === 'ready' && state(timeline) === 'ready', 8000, 'both ready');
      await until(() => labels().length > 0 && lines().length > 0, 5000, 'both drawn');
      const drawnLabels = labels();
      const drawnLines = lines();
      expect(drawnLabels.some((l) => /\d/.test(l ?? ''))).to.equal(true);

      await setFeed(name, { mode: 'close' });
      await until(() => state(map) === 'stale' && state(timeline) === 'stale', 4000, 'both stale');
      for (const el of [map, timeline]) expectStale(el, null);
      expect(labels()).to.deep.equal(drawnLabels);
      expect(lines()).to.deep.equal(drawnLines);
      // One URL, one source: the two widgets share one backoff.
      expectGrowingGaps(await requestTimes(name, 2600));
      expect(labels()).to.deep.equal(drawnLabels);

      await setFeed(name, { mode: 'ok' });
      await until(() => state(map) === 'ready' && state(timeline) === 'ready', 5000, 'both ready again');
      expect(part(map, 'status')).to.equal(null);
      expect(part(timeline, 'status')).to.equal(null);
      expect(labels()).to.deep.equal(drawnLabels);
    });
  });
});
