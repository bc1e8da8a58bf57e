import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/counter/define.js';
import '../../src/elements/feed/define.js';
import type { StatCounter } from '../../src/elements/counter/stat-counter.js';
import type { StatFeed } from '../../src/elements/feed/stat-feed.js';
import { StatFeedErrorEvent, StatFeedLoadEvent, StatFeedWarningEvent } from '../../src/events/feed-events.js';
import { feedTiming } from '../../src/feed/load.js';
import { changedFeed, smallFeed } from '../fixtures/small-feed.js';
import { feedStats, serveFeed, setFeed, uniqueFeedName } from '../support/feed-control.js';
import { sleep, until, nextEvent, text, state, untilValue, requireVisiblePage } from '../support/dom.js';

// ---------------------------------------------------------------------------------------------
// Helpers

const serve = (body: unknown = smallFeed) => serveFeed(body, 'stat-feed');

const changed = changedFeed;

/** Collects every event of `type` that reaches the document, until `stop()`. */
function collect<T extends Event>(type: string) {
  const events: T[] = [];
  const listener = (event: Event) => events.push(event as T);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

before(requireVisiblePage);

const savedTiming = { ...feedTiming };

beforeEach(() => {
  feedTiming.retryBase = 100;
  feedTiming.retryMax = 400;
  feedTiming.defaultTimeout = 3000;
});

afterEach(() => {
  Object.assign(feedTiming, savedTiming);
});

// ---------------------------------------------------------------------------------------------

describe('stat-feed: events', () => {
  it('fires stat-feed-load, bubbling and composed, with a usable feed', async () => {
    const { url } = await serve();
    const loads = collect<StatFeedLoadEvent>('stat-feed-load');
    try {
      const loaded = nextEvent(document, 'stat-feed-load');
      const feedEl = await fixture<StatFeed>(html`<stat-feed src=${url}></stat-feed>`);
      const event = await loaded;
      expect(event).to.be.instanceOf(StatFeedLoadEvent);
      expect(event.target).to.equal(feedEl);
      expect(event.bubbles, 'bubbles').to.equal(true);
      expect(event.composed, 'composed').to.equal(true);
      expect(event.url).to.contain(url);
      expect(event.feed.counter('teachers', 'AZ').value).to.equal(4308);
      expect(feedEl.state!.status).to.equal('ready');
      await sleep(50);
      expect(loads.events, 'one load event').to.have.length(1);
    } finally {
      loads.stop();
    }
  });

  it('counters inside without their own src fire no feed events of their own', async () => {
    const { url } = await serve();
    const loads = collect<StatFeedLoadEvent>('stat-feed-load');
    try {
      const feedEl = await fixture<StatFeed>(html`<stat-feed src=${url}>
        <stat-counter metric="teachers" style="--stat-duration: 0s"></stat-counter>
        <stat-counter metric="schools" style="--stat-duration: 0s"></stat-counter>
      </stat-feed>`);
      const counters = [...feedEl.querySelectorAll('stat-counter')];
      await until(() => counters.every((c) => state(c) === 'ready'), 3000, 'counters ready');
      await sleep(50);
      expect(loads.events.map((e) => e.target)).to.deep.equal([feedEl]);
    } finally {
      loads.stop();
    }
  });

  it('fires stat-feed-warning for row-level problems, each with its JSON path', async () => {
    const { url } = await serve(
      changed((doc) => {
        (doc.observations[3] as Record<string, unknown>)['teachers'] = '12a';
        (doc.observations[5] as Record<string, unknown>)['region'] = 'XX';
      }),
    );
    const warned = nextEvent(document, 'stat-feed-warning');
    const feedEl = await fixture<StatFeed>(html`<stat-feed src=${url}>
      <stat-counter metric="teachers" style="--stat-duration: 0s"></stat-counter>
    </stat-feed>`);
    const event = await warned;
    expect(event).to.be.instanceOf(StatFeedWarningEvent);
    expect(event.target).to.equal(feedEl);
    expect(event.bubbles && event.composed, 'bubbles and composed').to.equal(true);
    const paths = event.problems.map((p) => p.path);
    expect(paths).to.include('observations[3].teachers');
    expect(paths).to.include('observations[5].region');
    expect(event.problems.find((p) => p.path === 'observations[3].teachers')!.message).to.contain('"12a"');
    // The rest of the feed is used.
    const counter = feedEl.querySelector('stat-counter')!;
    await untilValue(counter, '4,308');
  });

  it('fires stat-feed-error for a fatal problem (version 2), with the path; counters show the error', async () => {
    const { url } = await serve(changed((doc) => ((doc as Record<string, unknown>)['version'] = 2)));
    const failed = nextEvent(document, 'stat-feed-error');
    const feedEl = await fixture<StatFeed>(html`<stat-feed src=${url}>
      <stat-counter metric="teachers" style="--stat-duration: 0s"></stat-counter>
    </stat-feed>`);
    const event = await failed;
    expect(event).to.be.instanceOf(StatFeedErrorEvent);
    expect(event.target).to.equal(feedEl);
    expect(event.bubbles && event.composed, 'bubbles and composed').to.equal(true);
    expect(event.message).to.contain('version');
    expect(event.problems[0]?.path).to.equal('version');
    expect(event.hasData).to.equal(false);
    const counter = feedEl.querySelector('stat-counter')!;
    await until(() => state(counter) === 'error', 3000, 'counter error');
    expect(text(counter, 'status')).to.equal('The data could not be loaded');
  });

  it('fires stat-feed-error when the feed cannot be fetched', async () => {
    const failed = nextEvent(document, 'stat-feed-error');
    const feedEl = await fixture<StatFeed>(html`<stat-feed src=${`/no-such-feed-${uniqueFeedName()}.json`}></stat-feed>`);
    const event = await failed;
    expect(event.target).to.equal(feedEl);
    expect(event.message).to.contain('404');
    expect(feedEl.state!.status).to.equal('error');
  });
});

describe('stat-feed: the shared selection', () => {
  it('region and period default to the country and the latest period once loaded', async () => {
    const { url } = await serve();
    const loaded = nextEvent(document, 'stat-feed-load');
    const feedEl = await fixture<StatFeed>(html`<stat-feed src=${url}></stat-feed>`);
    await loaded;
    await feedEl.updateComplete;
    expect(feedEl.region).to.equal('AZ');
    expect(feedEl.period).to.equal('2024');
  });

  it('counters without their own region or period follow it; one with its own region does not', async () => {
    const { url } = await serve();
    const feedEl = await fixture<StatFeed>(html`<stat-feed src=${url}>
      <stat-counter id="follows" metric="teachers" style="--stat-duration: 0s"></stat-counter>
      <stat-counter id="own-region" metric="teachers" region="S1" style="--stat-duration: 0s"></stat-counter>
      <stat-counter id="own-period" metric="teachers" period="2022" style="--stat-duration: 0s"></stat-counter>
    </stat-feed>`);
    const follows = feedEl.querySelector<StatCounter>('#follows')!;
    const ownRegion = feedEl.querySelector<StatCounter>('#own-region')!;
    const ownPeriod = feedEl.querySelector<StatCounter>('#own-period')!;
    await untilValue(follows, '4,308');
    await untilValue(ownRegion, '70');
    await untilValue(ownPeriod, '3,000');

    feedEl.region = 'north'; // N1 100 + N2 50 in 2024
    await untilValue(follows, '150');
    expect(feedEl.region).to.equal('north');
    expect(text(ownRegion, 'value')).to.equal('70');

    feedEl.region = null;
    await untilValue(follows, '4,308');
    expect(feedEl.region).to.equal('AZ');

    feedEl.region = 'north';
    await untilValue(follows, '150');
    feedEl.region = '';
    await untilValue(follows, '4,308');

    feedEl.period = '2023';
    await untilValue(follows, '4,180');
    expect(text(follows, 'note')).to.contain('2023');
    expect(text(ownRegion, 'value'), 'own region, shared period').to.equal('60');
    expect(text(ownPeriod, 'value'), 'own period does not follow').to.equal('3,000');

    feedEl.period = null;
    await untilValue(follows, '4,308');
    expect(feedEl.period).to.equal('2024');
    expect(text(ownRegion, 'value')).to.equal('70');
  });

  it('10 counters inside one stat-feed make one request', async () => {
    const { name, url } = await serve();
    const feedEl = await fixture<StatFeed>(html`<stat-feed src=${url}>
      ${Array.from({ length: 10 }, () => html`<stat-counter metric="teachers" style="--stat-duration: 0s"></stat-counter>`)}
    </stat-feed>`);
    const counters = [...feedEl.querySelectorAll('stat-counter')];
    expect(counters).to.have.length(10);
    await until(() => counters.every((c) => text(c, 'value') === '4,308'), 3000, 'all 10 show the value');
    feedEl.region = 'north';
    await until(() => counters.every((c) => text(c, 'value') === '150'), 3000, 'all 10 follow the region');
    expect((await feedStats(name)).requests).to.equal(1);
  });

  it('src changed mid-request: counters show the second feed; the first one’s late answer changes nothing', async () => {
    const first = await serve(changed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 1111)));
    await setFeed(first.name, { mode: 'hang' });
    const second = await serve();
    try {
      const feedEl = await fixture<StatFeed>(html`<stat-feed src=${first.url}>
        <stat-counter metric="teachers" style="--stat-duration: 0s"></stat-counter>
      </stat-feed>`);
      const counter = feedEl.querySelector('stat-counter')!;
      await until(async () => (await feedStats(first.name)).requests === 1, 3000, 'the first request');
      expect(state(counter)).to.equal('loading');

      feedEl.src = second.url;
      await untilValue(counter, '4,308');
      await setFeed(first.name, {
        mode: 'ok',
        body: changed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 9999)),
      });
      await sleep(300);
      expect(text(counter, 'value')).to.equal('4,308');
      expect(state(counter)).to.equal('ready');
      expect(feedEl.state!.url).to.contain(second.url);
    } finally {
      await setFeed(first.name, { mode: 'ok' });
    }
  });

  it('refresh: an unchanged feed costs a 304 and counters inside stay as they are', async () => {
    const { name, url } = await serve();
    const feedEl = await fixture<StatFeed>(html`<stat-feed src=${url} refresh="0.3">
      <stat-counter metric="teachers" style="--stat-duration: 0s"></stat-counter>
    </stat-feed>`);
    const counter = feedEl.querySelector('stat-counter')!;
    await untilValue(counter, '4,308');
    await counter.updateComplete;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(counter.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    await until(async () => (await feedStats(name)).notModified >= 2, 3000, 'two 304 answers');
    observer.disconnect();
    expect(records).to.have.length(0);

    await setFeed(name, { body: changed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 5000)) });
    await untilValue(counter, '5,000');
  });
});
