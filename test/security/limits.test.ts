// Scale of input: a feed larger than `feedTiming.maxBytes` (default 20 MB) is a clear error
// naming the URL and the limit, never a hang: refused from Content-Length when the server sends
// one, and while reading the body otherwise (an endless stream is cut at the limit).
import { expect } from '@open-wc/testing';
import { feedTiming, subscribeFeed } from '../../src/feed/load.js';
import type { FeedSnapshot } from '../../src/feed/load.js';
import { smallFeed } from '../fixtures/small-feed.js';
import { serveFeed } from '../support/feed-control.js';
import { until } from '../support/dom.js';

/** Subscribes until the feed settles (ready or error); returns that snapshot. */
async function settle(url: string): Promise<FeedSnapshot> {
  let last: FeedSnapshot | null = null;
  const end = subscribeFeed(url, (snapshot) => (last = snapshot));
  try {
    await until(() => !!last && last.status !== 'loading', 5000, 'the feed settled');
    return last!;
  } finally {
    end();
  }
}

describe('feed size limit (feedTiming.maxBytes)', function () {
  this.timeout(10000);
  const saved = { ...feedTiming };
  const realFetch = window.fetch;
  afterEach(() => {
    Object.assign(feedTiming, saved);
    window.fetch = realFetch;
  });

  it('is 20 MB by default', () => {
    expect(feedTiming.maxBytes).to.equal(20 * 2 ** 20);
  });

  it('a body above the limit (with Content-Length) is an error naming the URL and the limit', async () => {
    const body = JSON.stringify(smallFeed);
    feedTiming.maxBytes = body.length - 1;
    feedTiming.retryBase = 60_000;
    const { url } = await serveFeed(body, 'limit');
    const snapshot = await settle(url);
    expect(snapshot.status).to.equal('error');
    expect(snapshot.feed).to.equal(null);
    expect(snapshot.error!.message)
      .to.include(snapshot.url)
      .and.include(`limit of ${body.length - 1} bytes`);
  });

  it('a body at the limit loads', async () => {
    const body = JSON.stringify(smallFeed);
    feedTiming.maxBytes = new TextEncoder().encode(body).byteLength;
    const { url } = await serveFeed(body, 'limit');
    const snapshot = await settle(url);
    expect(snapshot.status, snapshot.error?.message).to.equal('ready');
  });

  it('an endless body without Content-Length is cut at the limit, not read for ever', async () => {
    feedTiming.maxBytes = 2 ** 20;
    feedTiming.retryBase = 60_000;
    let cancelled = false;
    let sent = 0;
    const url = `${location.origin}/__endless-feed-${Date.now()}`;
    window.fetch = async (input, init) => {
      if ((input instanceof Request ? input.url : String(input)) !== url) return realFetch(input, init);
      const chunk = new TextEncoder().encode(`{"version":1,"pad":"${'x'.repeat(64 * 1024)}`);
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
        cancel() {
          cancelled = true;
        },
      });
      return new Response(stream, { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const started = performance.now();
    const snapshot = await settle(url);
    expect(snapshot.status).to.equal('error');
    expect(snapshot.error!.message)
      .to.include(url)
      .and.include(`limit of ${2 ** 20} bytes`);
    expect(performance.now() - started, 'ms to the error').to.be.below(3000);
    await until(() => cancelled, 2000, 'the stream cancelled');
    expect(sent, 'bytes read').to.be.below(2 * 2 ** 20);
  });

  it('a streamed body under the limit is decoded whole, multi-byte characters split across chunks', async () => {
    const body = new TextEncoder().encode(JSON.stringify({ ...smallFeed, title: 'Azərbaycan — Азербайджан' }));
    const url = `${location.origin}/__chunked-feed-${Date.now()}`;
    window.fetch = async (input, init) => {
      if ((input instanceof Request ? input.url : String(input)) !== url) return realFetch(input, init);
      let at = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (at >= body.byteLength) return controller.close();
          controller.enqueue(body.slice(at, (at += 7)));
        },
      });
      return new Response(stream, { status: 200 });
    };
    const snapshot = await settle(url);
    expect(snapshot.status, snapshot.error?.message).to.equal('ready');
    expect(snapshot.feed!.feed.title).to.equal('Azərbaycan — Азербайджан');
  });
});
