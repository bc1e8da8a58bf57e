import { expect } from '@open-wc/testing';
import { FeedIndex } from '../../src/feed/select.js';
import { feedTiming, resolveFeedUrl, subscribeFeed } from '../../src/feed/load.js';
import { LoadError } from '../../src/feed/load-error.js';
import { loadFeed } from '../../src/feed/once.js';
import type { FeedOptions, FeedSnapshot } from '../../src/feed/load.js';
import { feedStats, feedUrl, setFeed, uniqueFeedName } from '../support/feed-control.js';
import { cloneFeed, smallFeed } from '../fixtures/small-feed.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `cond` every 10 ms; fails with `what` if it is not true within `timeoutMs`. */
async function until(cond: () => boolean | Promise<boolean>, timeoutMs = 2000, what = 'the condition'): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await cond())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}

/** A subscription that records every snapshot it receives (and when). */
interface Watch {
  readonly calls: FeedSnapshot[];
  readonly times: number[];
  readonly last: FeedSnapshot;
  readonly end: () => void;
}

/** Subscriptions still open; every test's leftovers are ended in `afterEach`. */
let open: Array<() => void> = [];
/** Feeds a test left hanging; released in `afterEach` so no request stays parked on the server. */
let hung: string[] = [];

function watch(src: string, options: FeedOptions = {}): Watch {
  const calls: FeedSnapshot[] = [];
  const times: number[] = [];
  const end = subscribeFeed(
    src,
    (snapshot) => {
      calls.push(snapshot);
      times.push(performance.now());
    },
    options,
  );
  open.push(end);
  return {
    calls,
    times,
    end,
    get last() {
      return calls[calls.length - 1]!;
    },
  };
}

/** A fresh feed on the test server, serving `body` (the small feed unless told). */
async function freshFeed(body: unknown = smallFeed, mode: 'ok' | 'hang' = 'ok'): Promise<{ name: string; url: string }> {
  const name = uniqueFeedName('load');
  await setFeed(name, { body, mode });
  if (mode === 'hang') hung.push(name);
  return { name, url: feedUrl(name) };
}

const requests = async (name: string) => (await feedStats(name)).requests;

/** Feed body with the country's 2024 teachers changed to `teachers`. */
function feedWithTeachers(teachers: number) {
  const feed = cloneFeed();
  feed.observations[2]!.teachers = teachers;
  return feed;
}

function setHidden(hidden: boolean): void {
  if (hidden) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  } else {
    delete (document as unknown as Record<string, unknown>)['visibilityState'];
  }
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('feed loader (src/feed/load.ts)', () => {
  let savedTiming: typeof feedTiming;

  beforeEach(() => {
    savedTiming = { ...feedTiming };
    feedTiming.defaultTimeout = 2000;
    feedTiming.retryBase = 50;
    feedTiming.retryMax = 400;
    open = [];
    hung = [];
  });

  afterEach(async () => {
    for (const end of open) end();
    open = [];
    if (Object.prototype.hasOwnProperty.call(document, 'visibilityState')) setHidden(false);
    Object.assign(feedTiming, savedTiming);
    for (const name of hung) await setFeed(name, { mode: 'ok' });
    hung = [];
  });

  describe('sharing', () => {
    it('serves 50 subscribers of one URL (relative and absolute forms too) with one request and one FeedIndex', async () => {
      const { name, url } = await freshFeed();
      const absolute = new URL(url, location.href).href;
      // The same address relative to the page's base, whatever directory the test page is in.
      const baseDirs = new URL(document.baseURI).pathname.split('/').length - 2;
      const relative = `${baseDirs ? '../'.repeat(baseDirs) : './'}${url.slice(1)}`;
      expect(resolveFeedUrl(relative)).to.equal(absolute);
      expect(relative.startsWith('/')).to.equal(false);

      const watches: Watch[] = [];
      for (let i = 0; i < 48; i++) watches.push(watch(url));
      watches.push(watch(absolute), watch(relative));

      // Every listener is told at once that the feed is loading.
      for (const w of watches) {
        expect(w.calls.length).to.equal(1);
        expect(w.last.status).to.equal('loading');
        expect(w.last.feed).to.equal(null);
      }

      await until(() => watches.every((w) => w.last.status === 'ready'), 2000, 'every subscriber ready');
      const feed = watches[0]!.last.feed!;
      expect(feed).to.be.instanceOf(FeedIndex);
      for (const w of watches) {
        expect(w.last.feed).to.equal(feed);
        expect(w.last.url).to.equal(absolute);
        expect(w.last.error).to.equal(null);
        expect(w.last.warnings).to.deep.equal([]);
        expect(w.last.loadedAt).to.be.a('number');
      }
      expect(feed.counter('teachers', 'AZ').value).to.equal(4308);
      expect(feed.value('schools', 'south', '2024')).to.equal(10);

      await sleep(50);
      expect(await requests(name)).to.equal(1);
    });

    it('gives a late subscriber the cached data at once, without a new request', async () => {
      const { name, url } = await freshFeed();
      const first = watch(url);
      await until(() => first.last.status === 'ready');
      const late = watch(url);
      expect(late.calls.length).to.equal(1);
      expect(late.last.status).to.equal('ready');
      expect(late.last.feed).to.equal(first.last.feed);
      await sleep(50);
      expect(await requests(name)).to.equal(1);
    });
  });

  describe('refresh', () => {
    it('re-requests an unchanged feed conditionally, gets 304 and does not call listeners again', async () => {
      const { name, url } = await freshFeed();
      const w = watch(url, { refresh: 0.1 });
      await until(() => w.last.status === 'ready');
      const calls = w.calls.length;
      const feed = w.last.feed;

      await until(async () => (await feedStats(name)).notModified >= 2, 2000, 'two 304 answers');
      const stats = await feedStats(name);
      expect(stats.conditional).to.be.at.least(2);
      expect(stats.requests).to.equal(stats.conditional + 1);
      expect(w.calls.length).to.equal(calls);
      expect(w.last.feed).to.equal(feed);
      expect(w.last.status).to.equal('ready');
    });

    it('hands listeners a new FeedIndex when the body changes', async () => {
      const { name, url } = await freshFeed();
      const w = watch(url, { refresh: 0.1 });
      const other = watch(url, { refresh: 0.1 });
      await until(() => w.last.status === 'ready');
      const old = w.last.feed!;

      await setFeed(name, { body: feedWithTeachers(5000) });
      await until(() => w.last.feed !== old, 2000, 'a new feed');
      expect(w.last.status).to.equal('ready');
      expect(w.last.feed!.counter('teachers', 'AZ').value).to.equal(5000);
      expect(old.counter('teachers', 'AZ').value).to.equal(4308);
      expect(other.last.feed).to.equal(w.last.feed);
    });

    it('lets a newcomer with a shorter refresh bring the next refresh forward', async () => {
      const { name, url } = await freshFeed();
      const slow = watch(url, { refresh: 60 });
      await until(() => slow.last.status === 'ready');
      const fast = watch(url, { refresh: 0.1 });
      // The shortest refresh wins: the 60 s one alone would not re-request within this test.
      await until(async () => (await requests(name)) >= 3, 2000, 'refreshes at the short interval');
      expect(fast.last.status).to.equal('ready');
      expect(slow.calls.length).to.equal(2);
    });
  });

  describe('failing refresh', () => {
    it('keeps the last good data as stale while the server is down, backs off, and recovers by itself', async () => {
      const { name, url } = await freshFeed();
      const w = watch(url, { refresh: 0.1 });
      await until(() => w.last.status === 'ready');
      const feed = w.last.feed!;
      const absolute = resolveFeedUrl(url);

      await setFeed(name, { mode: 'down' });
      await until(() => w.last.status === 'stale', 2000, 'status stale');
      const stale = w.last;
      expect(stale.feed).to.equal(feed);
      expect(stale.staleSince).to.be.a('number');
      expect(stale.error!.message).to.contain(absolute);
      expect(stale.error!.message).to.contain('503');
      const before = await requests(name);

      // Every failure is published; the gaps between them follow the backoff (50, 100, 200 ms).
      const firstFailure = w.calls.indexOf(stale);
      await until(() => w.calls.length >= firstFailure + 4, 3000, 'three retries');
      const times = w.times.slice(firstFailure, firstFailure + 4);
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      // (Lower bounds only: a busy machine can only make a timer late, never early.)
      expect(gaps[0]).to.be.at.least(45);
      expect(gaps[1]).to.be.at.least(95);
      expect(gaps[2]).to.be.at.least(195);
      expect(gaps[2]).to.be.greaterThan(gaps[0]!);
      for (const snapshot of w.calls.slice(firstFailure)) {
        expect(snapshot.status).to.equal('stale');
        expect(snapshot.feed).to.equal(feed);
        expect(snapshot.staleSince).to.equal(stale.staleSince);
      }
      expect(await requests(name)).to.be.at.least(before + 3);

      await setFeed(name, { mode: 'ok' });
      await until(() => w.last.status === 'ready', 2000, 'status ready again');
      expect(w.last.error).to.equal(null);
      expect(w.last.staleSince).to.equal(null);
      // The body did not change: the recovery was a 304 and the data is the same object.
      expect(w.last.feed).to.equal(feed);
      expect((await feedStats(name)).notModified).to.be.at.least(1);
    });

    it('reports a dropped connection with the URL and the cause, and recovers', async () => {
      const { name, url } = await freshFeed();
      const w = watch(url, { refresh: 0.1 });
      await until(() => w.last.status === 'ready');
      const feed = w.last.feed!;

      await setFeed(name, { mode: 'close' });
      await until(() => w.last.status === 'stale', 2000, 'status stale');
      expect(w.last.feed).to.equal(feed);
      expect(w.last.staleSince).to.be.a('number');
      expect(w.last.error!.message).to.contain(resolveFeedUrl(url));
      expect(w.last.error!.message).to.match(/failed to fetch/i);

      await setFeed(name, { mode: 'ok' });
      await until(() => w.last.status === 'ready', 2000, 'status ready again');
      expect(w.last.feed).to.equal(feed);
      expect(w.last.staleSince).to.equal(null);
    });

    it('caps the backoff at retryMax', async () => {
      feedTiming.retryBase = 20;
      feedTiming.retryMax = 40;
      const { name, url } = await freshFeed();
      await setFeed(name, { mode: 'down' });
      const w = watch(url);
      await until(() => w.calls.length >= 8, 3000, 'seven failures');
      const gaps = w.times.slice(2, 8).map((t, i) => t - w.times[i + 1]!);
      // 20, 40, 40, 40, 40, 40 ms: not doubling on. The last two gaps would be at least 320 and
      // 640 ms uncapped; on a busy machine one gap may stretch, so the shorter of the two counts.
      const capped = gaps.slice(1);
      for (const gap of capped) expect(gap).to.be.at.least(35);
      expect(Math.min(...capped.slice(-2)), `gaps ${gaps.join(', ')} ms`).to.be.below(200);
    });
  });

  describe('initial failure', () => {
    it('fails with a LoadError: its kind, status and URL; loadFeed rejects with it', async () => {
      const url = `/no-such-feed-${uniqueFeedName()}.json`;
      const w = watch(url);
      await until(() => w.last.status === 'error', 2000, 'status error');
      const error = w.last.error!;
      expect(error).to.be.instanceOf(LoadError);
      expect([error.kind, error.status, error.url]).to.deep.equal(['http', 404, resolveFeedUrl(url)]);
      let caught: unknown;
      await loadFeed(`/no-such-feed-${uniqueFeedName()}.json`).catch((reason: unknown) => (caught = reason));
      expect(caught).to.be.instanceOf(LoadError);
      expect((caught as LoadError).status).to.equal(404);
    });

    it('reports a 404 as an error', async () => {
      const url = `/no-such-feed-${uniqueFeedName()}.json`;
      const w = watch(url);
      await until(() => w.last.status === 'error', 2000, 'status error');
      expect(w.last.feed).to.equal(null);
      expect(w.last.error!.message).to.contain('404');
      expect(w.last.error!.message).to.contain(resolveFeedUrl(url));
      expect(w.last.staleSince).to.equal(null);
    });

    it('reports a body that is not JSON as a fatal problem at $', async () => {
      const { url } = await freshFeed('<html>not a feed</html>');
      const w = watch(url);
      await until(() => w.last.status === 'error', 2000, 'status error');
      expect(w.last.feed).to.equal(null);
      const problem = w.last.error!.problems[0]!;
      expect(problem.path).to.equal('$');
      expect(problem.message.startsWith('not JSON')).to.equal(true);
      expect(w.last.error!.message).to.contain(resolveFeedUrl(url));
    });

    it('reports a wrong version at path "version"', async () => {
      const { url } = await freshFeed({ ...cloneFeed(), version: 2 });
      const w = watch(url);
      await until(() => w.last.status === 'error', 2000, 'status error');
      expect(w.last.feed).to.equal(null);
      expect(w.last.error!.problems[0]!.path).to.equal('version');
      expect(w.last.error!.problems[0]!.message).to.contain('2');
    });

    it('reports a missing version (the server default "{}") at path "version"', async () => {
      const name = uniqueFeedName('load');
      const w = watch(feedUrl(name));
      await until(() => w.last.status === 'error', 2000, 'status error');
      expect(w.last.error!.problems[0]!.path).to.equal('version');
      expect(w.last.error!.problems[0]!.message).to.contain('missing');
    });
  });

  describe('unusable first document', () => {
    it('picks up the fixed document on the next refresh, even if the server let it be cached', async () => {
      // A server (or CDN) that lets the broken document be cached for a year.
      const { name, url } = await freshFeed({ ...cloneFeed(), version: 2 });
      await setFeed(name, { cacheControl: 'max-age=31536000' });
      const w = watch(url, { refresh: 0.1 });
      await until(() => w.last.status === 'error', 2000, 'status error');
      expect(w.last.feed).to.equal(null);

      await setFeed(name, { body: smallFeed });
      await until(() => w.last.status === 'ready', 2000, 'status ready');
      expect(w.last.error).to.equal(null);
      expect(w.last.feed!.counter('teachers', 'AZ').value).to.equal(4308);
    });

    // Issue 16: an unusable document is a failure like a network error (src/feed/retry.ts).
    it('is retried on the backoff without any refresh, and the fixed document is picked up by itself', async () => {
      const { name, url } = await freshFeed('<html>not a feed</html>');
      const w = watch(url);
      await until(() => w.last.status === 'error', 2000, 'status error');
      const first = w.calls.indexOf(w.last);
      expect(w.last.error).to.be.instanceOf(LoadError);
      expect(w.last.error!.kind).to.equal('not-feed');
      await until(() => w.calls.length >= first + 4, 3000, 'three retries');
      const times = w.times.slice(first, first + 4);
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      expect(gaps[0]).to.be.at.least(45);
      expect(gaps[1]).to.be.at.least(95);
      expect(gaps[2]).to.be.at.least(195);

      await setFeed(name, { body: smallFeed });
      await until(() => w.last.status === 'ready', 2000, 'status ready');
      expect(w.last.feed!.counter('teachers', 'AZ').value).to.equal(4308);
    });

    it('backs off rather than retrying at the refresh pace', async () => {
      const { url } = await freshFeed('<html>not a feed</html>');
      const w = watch(url, { refresh: 0.05 });
      await until(() => w.last.status === 'error', 2000, 'status error');
      const first = w.calls.indexOf(w.last);
      await until(() => w.calls.length >= first + 5, 3000, 'four retries');
      const times = w.times.slice(first, first + 5);
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      // 50, 100, 200, 400 ms; at the refresh pace each would be about 50 ms.
      expect(gaps[3], `gaps ${gaps.map(Math.round).join(', ')} ms`).to.be.at.least(300);
    });
  });

  describe('fatal document on refresh', () => {
    it('shows the error but keeps the last good data, and clears it when the feed is good again', async () => {
      const { name, url } = await freshFeed();
      const w = watch(url, { refresh: 0.1 });
      await until(() => w.last.status === 'ready');
      const feed = w.last.feed!;

      await setFeed(name, { body: '{"version": 1, "metrics": ' });
      await until(() => w.last.status === 'error', 2000, 'status error');
      expect(w.last.feed).to.equal(feed);
      expect(w.last.feed!.counter('teachers', 'AZ').value).to.equal(4308);
      expect(w.last.error!.problems[0]!.path).to.equal('$');
      expect(w.last.error!.message).to.contain(resolveFeedUrl(url));

      await setFeed(name, { body: { ...cloneFeed(), version: 3 } });
      await until(() => w.last.error?.problems[0]?.path === 'version', 2000, 'the version error');
      expect(w.last.status).to.equal('error');
      expect(w.last.feed).to.equal(feed);

      await setFeed(name, { body: smallFeed });
      await until(() => w.last.status === 'ready', 2000, 'status ready again');
      expect(w.last.error).to.equal(null);
      expect(w.last.feed!.counter('teachers', 'AZ').value).to.equal(4308);
    });
  });

  describe('timeout', () => {
    it('gives up on a request that does not answer, then recovers by itself through a retry', async () => {
      const { name, url } = await freshFeed(smallFeed, 'hang');
      const w = watch(url, { timeout: 200 });
      await until(() => w.last.status === 'error', 2000, 'status error');
      expect(w.last.feed).to.equal(null);
      expect(w.last.error!.message).to.contain('no answer within 0.2 s');
      expect(w.last.error!.message).to.contain(resolveFeedUrl(url));

      await setFeed(name, { mode: 'ok' });
      await until(() => w.last.status === 'ready', 2000, 'status ready');
      expect(w.last.error).to.equal(null);
      expect(w.last.feed!.counter('teachers', 'AZ').value).to.equal(4308);
      expect(await requests(name)).to.be.at.least(2);
    });

    it('times out a refresh to stale, keeping the data', async () => {
      const { name, url } = await freshFeed();
      hung.push(name);
      const w = watch(url, { timeout: 200, refresh: 0.1 });
      await until(() => w.last.status === 'ready');
      const feed = w.last.feed;
      await setFeed(name, { mode: 'hang' });
      await until(() => w.last.status === 'stale', 2000, 'status stale');
      expect(w.last.feed).to.equal(feed);
      expect(w.last.error!.message).to.contain('no answer within 0.2 s');
      await setFeed(name, { mode: 'ok' });
      await until(() => w.last.status === 'ready', 2000, 'status ready again');
      expect(w.last.feed).to.equal(feed);
    });
  });

  describe('AbortSignal', () => {
    it('stops updates to an aborted subscriber while the others carry on', async () => {
      const { name, url } = await freshFeed();
      const controller = new AbortController();
      const aborted = watch(url, { refresh: 0.1, signal: controller.signal });
      const other = watch(url, { refresh: 0.1 });
      await until(() => aborted.last.status === 'ready' && other.last.status === 'ready');
      controller.abort();
      const calls = aborted.calls.length;

      await setFeed(name, { body: feedWithTeachers(5000) });
      await until(() => other.last.feed!.counter('teachers', 'AZ').value === 5000, 2000, 'the new value');
      expect(aborted.calls.length).to.equal(calls);
      expect(aborted.last.feed!.counter('teachers', 'AZ').value).to.equal(4308);
    });

    it('aborts the request in flight when the last subscriber aborts, and makes no more requests', async () => {
      const { name, url } = await freshFeed(smallFeed, 'hang');
      const signals: AbortSignal[] = [];
      const realFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if ((input instanceof Request ? input.url : String(input)).includes(name) && init?.signal) signals.push(init.signal);
        return realFetch.call(window, input, init);
      };
      try {
        const controller = new AbortController();
        const w = watch(url, { signal: controller.signal });
        await until(async () => (await requests(name)) === 1, 2000, 'the request to reach the server');
        expect(signals.length).to.equal(1);
        expect(signals[0]!.aborted).to.equal(false);

        controller.abort();
        expect(signals[0]!.aborted).to.equal(true);
        const calls = w.calls.length;
        await sleep(feedTiming.retryBase * 4);
        expect(await requests(name)).to.equal(1);
        expect(signals.length).to.equal(1);
        expect(w.calls.length).to.equal(calls);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('does not subscribe with a signal that is already aborted', async () => {
      const { name, url } = await freshFeed();
      const w = watch(url, { signal: AbortSignal.abort() });
      await sleep(50);
      expect(w.calls.length).to.equal(0);
      expect(await requests(name)).to.equal(0);
    });

    it('loadFeed rejects with the reason when its signal aborts', async () => {
      const { name, url } = await freshFeed(smallFeed, 'hang');
      const controller = new AbortController();
      const pending = loadFeed(url, { signal: controller.signal });
      await until(async () => (await requests(name)) === 1, 2000, 'the request to reach the server');
      const reason = new Error('gone');
      controller.abort(reason);
      let caught: unknown;
      await pending.catch((error: unknown) => (caught = error));
      expect(caught).to.equal(reason);
      await sleep(feedTiming.retryBase * 3);
      expect(await requests(name)).to.equal(1);

      const already = new Error('already');
      let caughtAlready: unknown;
      await loadFeed(url, { signal: AbortSignal.abort(already) }).catch((error: unknown) => (caughtAlready = error));
      expect(caughtAlready).to.equal(already);
    });

    it('loadFeed resolves with a FeedIndex, sharing the request of a concurrent subscriber', async () => {
      const { name, url } = await freshFeed();
      const w = watch(url);
      const feed = await loadFeed(url, { signal: new AbortController().signal });
      expect(feed).to.be.instanceOf(FeedIndex);
      expect(feed.counter('teachers', 'AZ').value).to.equal(4308);
      await until(() => w.last.status === 'ready');
      expect(w.last.feed).to.equal(feed);
      expect(await requests(name)).to.equal(1);
    });

    it('loadFeed rejects with the error message when the feed cannot be used', async () => {
      const { url } = await freshFeed({ ...cloneFeed(), version: 2 });
      let caught: unknown;
      await loadFeed(url).catch((error: unknown) => (caught = error));
      expect(caught).to.be.instanceOf(Error);
      expect((caught as Error).message).to.contain('version');
    });
    it('loadFeed tries again after an earlier failure instead of repeating the old error', async () => {
      const { name, url } = await freshFeed({ ...cloneFeed(), version: 2 });
      let caught: unknown;
      await loadFeed(url).catch((error: unknown) => (caught = error));
      expect((caught as Error).message).to.contain('version');

      await setFeed(name, { body: smallFeed });
      const feed = await loadFeed(url);
      expect(feed.counter('teachers', 'AZ').value).to.equal(4308);
      expect(await requests(name)).to.equal(2);
    });
  });

  describe('no subscriber', () => {
    it('makes no more requests after the last unsubscribe', async () => {
      const { name, url } = await freshFeed();
      const a = watch(url, { refresh: 0.1 });
      const b = watch(url, { refresh: 0.1 });
      await until(async () => (await requests(name)) >= 2, 2000, 'a refresh');
      a.end();
      // One subscriber left: refreshing goes on.
      const withOne = await requests(name);
      await until(async () => (await requests(name)) > withOne, 2000, 'a refresh with one subscriber');
      b.end();
      const after = await requests(name);
      await sleep(350);
      expect(await requests(name)).to.equal(after);
    });

    it('makes no more retries after the last unsubscribe while failing', async () => {
      const { name, url } = await freshFeed();
      await setFeed(name, { mode: 'down' });
      const w = watch(url, { refresh: 0.1 });
      await until(() => w.calls.length >= 3, 2000, 'a retry');
      w.end();
      const after = await requests(name);
      await sleep(feedTiming.retryMax + 100);
      expect(await requests(name)).to.equal(after);
    });
  });

  describe('page visibility', () => {
    it('pauses refreshing while the page is hidden and fetches at once when it shows again', async () => {
      const { name, url } = await freshFeed();
      const w = watch(url, { refresh: 0.15 });
      await until(() => w.last.status === 'ready');
      expect(await requests(name)).to.equal(1);

      setHidden(true);
      expect(document.visibilityState).to.equal('hidden');
      await sleep(450);
      expect(await requests(name)).to.equal(1);

      setHidden(false);
      expect(document.visibilityState).to.equal('visible');
      // No refresh timer is pending any more: only showing the page can start this request.
      await until(async () => (await requests(name)) === 2, 1000, 'a refresh on showing');
      // And the refresh cycle goes on.
      await until(async () => (await requests(name)) >= 3, 1000, 'the next refresh');
      expect((await feedStats(name)).notModified).to.be.at.least(2);
      expect(w.last.status).to.equal('ready');
    });

    it('does not fetch early when the page shows again before a refresh is due', async () => {
      const { name, url } = await freshFeed();
      const w = watch(url, { refresh: 0.4 });
      await until(() => w.last.status === 'ready');
      setHidden(true);
      await sleep(30);
      setHidden(false);
      await sleep(100);
      expect(await requests(name)).to.equal(1);
    });
  });

  describe('warnings', () => {
    it('uses a feed with a bad row, reporting the row by its path', async () => {
      const body = cloneFeed();
      (body.observations[1] as Record<string, unknown>)['teachers'] = '12a';
      const { url } = await freshFeed(body);
      const w = watch(url);
      await until(() => w.last.status === 'ready', 2000, 'status ready');
      expect(w.last.error).to.equal(null);
      const paths = w.last.warnings.map((warning) => warning.path);
      expect(paths).to.include('observations[1].teachers');
      const warning = w.last.warnings.find((problem) => problem.path === 'observations[1].teachers')!;
      expect(warning.message).to.contain('12a');
      const feed = w.last.feed!;
      expect(feed.counter('teachers', 'AZ').value).to.equal(4308);
      expect(feed.value('schools', 'AZ', '2022')).to.equal(900);
      // The bad row (2023, AZ) is dropped as a whole.
      expect(feed.value('schools', 'AZ', '2023')).to.equal(null);
    });

    it("keeps the good document's warnings when a 304 follows a fatal refresh", async () => {
      const body = cloneFeed();
      (body.observations[1] as Record<string, unknown>)['teachers'] = '12a';
      const { name, url } = await freshFeed(body);
      const w = watch(url, { refresh: 0.1 });
      await until(() => w.last.status === 'ready');
      expect(w.last.warnings.map((warning) => warning.path)).to.include('observations[1].teachers');

      await setFeed(name, { body: 'oops' });
      await until(() => w.last.status === 'error', 2000, 'status error');
      await setFeed(name, { body });
      await until(() => w.last.status === 'ready', 2000, 'status ready again');
      expect((await feedStats(name)).notModified).to.be.at.least(1);
      expect(w.last.warnings.map((warning) => warning.path)).to.include('observations[1].teachers');
    });
  });
});
