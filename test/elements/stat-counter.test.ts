import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/counter/define.js';
import '../../src/elements/feed/define.js';
import type { StatCounter } from '../../src/elements/counter/stat-counter.js';
import { StatFeedErrorEvent, StatFeedWarningEvent } from '../../src/events/feed-events.js';
import { feedTiming } from '../../src/feed/load.js';
import { changedFeed, smallFeed } from '../fixtures/small-feed.js';
import { feedStats, serveFeed, setFeed, uniqueFeedName } from '../support/feed-control.js';
import { sleep, until, nextEvent, part, text, spoken, state, untilState, untilValue, requireVisiblePage } from '../support/dom.js';

// ---------------------------------------------------------------------------------------------
// Helpers: what a reader sees, and short polls instead of sleeps.

/** The number in a text, ignoring group separators ("4,308" → 4308); null without digits. */
function numberIn(value: string): number | null {
  const digits = value.replace(/[^\d]/g, '');
  return digits ? Number(digits) : null;
}

/**
 * Records every distinct text of part `value` and of the live region, on each animation
 * frame and on each DOM change, until `stop()`.
 */
function sample(el: Element) {
  const values: string[] = [];
  const speech: string[] = [];
  let running = true;
  const take = () => {
    const value = text(el, 'value') ?? '';
    if (values[values.length - 1] !== value) values.push(value);
    const said = spoken(el);
    if (speech[speech.length - 1] !== said) speech.push(said);
  };
  const observer = new MutationObserver(take);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  const frame = () => {
    if (!running) return;
    take();
    requestAnimationFrame(frame);
  };
  take();
  requestAnimationFrame(frame);
  return {
    values,
    speech,
    stop() {
      running = false;
      observer.disconnect();
      take();
    },
  };
}

/** Numbers strictly between `low` and `high` among the sampled texts. */
function between(values: readonly string[], low: number, high: number): number[] {
  return values.map(numberIn).filter((n): n is number => n !== null && n > low && n < high);
}

const serve = (body: unknown = smallFeed) => serveFeed(body, 'counter');

const changed = changedFeed;

/** A counter on `url` with `--stat-duration: 0s`, plus any extra attributes, once it has left the loading state. */
async function readyCounter(url: string, attributes = '', wrapperLang = ''): Promise<StatCounter> {
  const markup = `<stat-counter src="${url}" style="--stat-duration: 0s" ${attributes}></stat-counter>`;
  const root = await fixture<HTMLElement>(wrapperLang ? `<div lang="${wrapperLang}">${markup}</div>` : `<div>${markup}</div>`);
  const el = root.querySelector('stat-counter')!;
  await until(() => state(el) !== 'loading', 3000, 'the feed to load');
  return el;
}

before(requireVisiblePage);

// Requests left hanging by a test are released after it, so the server holds nothing open.
let hanging: string[] = [];
const savedTiming = { ...feedTiming };

beforeEach(() => {
  feedTiming.retryBase = 100;
  feedTiming.retryMax = 400;
  feedTiming.defaultTimeout = 3000;
});

afterEach(async () => {
  Object.assign(feedTiming, savedTiming);
  for (const name of hanging) await setFeed(name, { mode: 'ok' });
  hanging = [];
  window.scrollTo(0, 0);
});

// ---------------------------------------------------------------------------------------------

describe('stat-counter: the number in the reader’s language', () => {
  it('shows the latest teachers figure for the country, in English by default', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers"');
    expect(state(el)).to.equal('ready');
    expect(text(el, 'label')).to.equal('Teachers');
    expect(text(el, 'value')).to.equal('4,308');
    expect(part(el, 'note'), 'no note for the latest period').to.equal(null);
    expect(part(el, 'delta'), 'no delta without show-delta').to.equal(null);
  });

  it('follows an ancestor’s lang="ru": Russian grouping and label', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers"', 'ru');
    expect(text(el, 'value')).to.equal(new Intl.NumberFormat('ru').format(4308));
    expect(text(el, 'label')).to.equal('Учителя');
  });

  it('writes Azerbaijani with CLDR separators under lang="az" ("4.308")', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers"', 'az');
    expect(text(el, 'value')).to.equal('4.308');
    expect(text(el, 'label')).to.equal('Müəllimlər');
  });

  it('prefers its own lang to an ancestor’s', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers" lang="az"', 'ru');
    expect(text(el, 'value')).to.equal('4.308');
    expect(text(el, 'label')).to.equal('Müəllimlər');
  });

  it('re-renders when its lang changes at run time (property and attribute)', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers"');
    expect(text(el, 'value')).to.equal('4,308');

    el.lang = 'az';
    await el.updateComplete;
    expect(text(el, 'value')).to.equal('4.308');
    expect(text(el, 'label')).to.equal('Müəllimlər');

    el.setAttribute('lang', 'ru');
    await el.updateComplete;
    expect(text(el, 'value')).to.equal(new Intl.NumberFormat('ru').format(4308));
    expect(text(el, 'label')).to.equal('Учителя');

    el.removeAttribute('lang');
    await el.updateComplete;
    expect(text(el, 'value')).to.equal('4,308');
  });
});

describe('stat-counter: attributes and their defaults', () => {
  it('without a metric: state error and a message naming the metric attribute', async () => {
    const { url } = await serve();
    const el = await readyCounter(url);
    expect(state(el)).to.equal('error');
    expect(text(el, 'status')).to.match(/metric attribute/);
    expect(numberIn(text(el, 'value') ?? '')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('defaults region to the country and period to the latest with a known value', async () => {
    // AZ's 2024 teachers unknown: the latest known is 2023's, and the counter says so.
    const { url } = await serve(changed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = null)));
    const el = await readyCounter(url, 'metric="teachers"');
    expect(state(el)).to.equal('ready');
    expect(text(el, 'value')).to.equal('4,180');
    expect(text(el, 'note')).to.contain('2023');
    // Schools still have a 2024 value: no note.
    el.metric = 'schools';
    await el.updateComplete;
    expect(text(el, 'value')).to.equal('1,141');
    expect(part(el, 'note')).to.equal(null);
  });

  it('shows the region asked for (own row, and a parent summed from its districts)', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers" region="S1"');
    expect(text(el, 'value')).to.equal('70');
    el.region = 'north'; // N1 100 + N2 50
    await el.updateComplete;
    expect(text(el, 'value')).to.equal('150');
  });

  it('shows an older period when asked, and names it in part note', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers" period="2023"');
    expect(text(el, 'value')).to.equal('4,180');
    expect(text(el, 'note')).to.contain('2023');
  });

  it('lets the label attribute override the feed’s label', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers" label="Registered teachers"');
    expect(text(el, 'label')).to.equal('Registered teachers');
    expect(spoken(el)).to.contain('Registered teachers, 4,308');
  });

  it('show-delta: the signed change against the previous period, with that period named', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers" show-delta');
    expect(text(el, 'delta')).to.equal('+128 since 2023');
    el.period = '2023';
    await el.updateComplete;
    expect(text(el, 'delta')).to.equal('+1,180 since 2022');
  });

  it('a flow metric without a period shows the sum over all periods', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="projects"');
    expect(text(el, 'label')).to.equal('Projects');
    expect(text(el, 'value')).to.equal('1,700'); // 400 + 600 + 700
    el.period = '2023';
    await el.updateComplete;
    expect(text(el, 'value')).to.equal('600');
    expect(text(el, 'note')).to.contain('2023');
  });
});

describe('stat-counter: no data, and names that are not in the feed', () => {
  it('an unknown value says "No data" in words, state ready, and stays accessible', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers" region="S2"'); // S2 teachers: null
    expect(state(el)).to.equal('ready');
    expect(text(el, 'value')).to.equal('No data');
    expect(spoken(el)).to.contain('Teachers, No data');
    await expect(el).to.be.accessible();
  });

  it('says "No data" in the reader’s language', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers" region="S2" lang="ru"');
    expect(text(el, 'value')).to.equal('Нет данных');
  });

  it('an unknown metric: state error, and the message names it', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="pupils"');
    expect(state(el)).to.equal('error');
    expect(text(el, 'status')).to.contain('pupils');
    await expect(el).to.be.accessible();
  });

  it('an unknown region: state error, and the message names it', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers" region="XX-NOWHERE"');
    expect(state(el)).to.equal('error');
    expect(text(el, 'status')).to.contain('XX-NOWHERE');
    expect(text(el, 'label')).to.equal('Teachers');
  });
});

describe('stat-counter: loading', () => {
  it('shows a skeleton of the final size while the feed is on its way', async () => {
    const { name, url } = await serve();
    await setFeed(name, { mode: 'hang' });
    hanging.push(name);
    const root = await fixture<HTMLElement>(`<div><stat-counter src="${url}" metric="teachers" style="--stat-duration: 0s"></stat-counter></div>`);
    const el = root.querySelector('stat-counter')!;
    await until(async () => (await feedStats(name)).requests === 1, 3000, 'the request');
    await el.updateComplete;
    expect(state(el)).to.equal('loading');
    expect(part(el, 'value')!.querySelector('.skeleton'), 'skeleton in part value').to.not.equal(null);
    expect(numberIn(text(el, 'value') ?? ''), 'no number while loading').to.equal(null);
    expect(spoken(el)).to.contain('Loading');
    await expect(el).to.be.accessible();
    const loadingHeight = el.getBoundingClientRect().height;
    expect(loadingHeight).to.be.greaterThan(0);

    await setFeed(name, { mode: 'ok' });
    await untilValue(el, '4,308');
    expect(state(el)).to.equal('ready');
    const readyHeight = el.getBoundingClientRect().height;
    expect(Math.abs(readyHeight - loadingHeight), `height ${loadingHeight} → ${readyHeight}`).to.be.at.most(1);
  });
});

describe('stat-counter: errors', () => {
  it('a feed that cannot be fetched (404): state error, said in words, accessible', async () => {
    const el = await readyCounter(`/no-such-feed-${uniqueFeedName()}.json`, 'metric="teachers"');
    expect(state(el)).to.equal('error');
    expect(text(el, 'status')).to.equal('The data could not be loaded');
    expect(numberIn(text(el, 'value') ?? '')).to.equal(null);
    expect(spoken(el)).to.contain('The data could not be loaded');
    await expect(el).to.be.accessible();
  });

  it('an unusable feed (version 2): state error, and stat-feed-error from the counter with the path', async () => {
    const { url } = await serve(changed((doc) => ((doc as Record<string, unknown>)['version'] = 2)));
    const el = document.createElement('stat-counter');
    el.setAttribute('src', url);
    el.setAttribute('metric', 'teachers');
    el.style.setProperty('--stat-duration', '0s');
    const failed = nextEvent(el, 'stat-feed-error');
    await fixture(html`<div>${el}</div>`);
    const event = await failed;
    expect(event).to.be.instanceOf(StatFeedErrorEvent);
    expect(event.bubbles && event.composed, 'bubbles and composed').to.equal(true);
    expect(event.message).to.be.a('string').and.contain('version');
    expect(event.problems[0]?.path).to.equal('version');
    expect(event.hasData).to.equal(false);
    await untilState(el, 'error');
    expect(text(el, 'status')).to.equal('The data could not be loaded');
  });

  it('a feed that turns unusable on refresh: state error, the numbers stay; fixed, it is ready again', async () => {
    const { name, url } = await serve();
    const el = await readyCounter(url, 'metric="teachers" refresh="0.3"');
    expect(text(el, 'value')).to.equal('4,308');

    const failed = nextEvent(el, 'stat-feed-error');
    await setFeed(name, { body: changed((doc) => ((doc as Record<string, unknown>)['version'] = 2)) });
    const event = await failed;
    expect(event.problems[0]?.path).to.equal('version');
    expect(event.hasData, 'older numbers still shown').to.equal(true);
    await untilState(el, 'error');
    expect(text(el, 'value')).to.equal('4,308');
    expect(text(el, 'status')).to.equal('The data could not be loaded');
    await expect(el).to.be.accessible();

    await setFeed(name, { body: smallFeed });
    await untilState(el, 'ready');
    expect(text(el, 'value')).to.equal('4,308');
    expect(part(el, 'status')).to.equal(null);
  });

  it('says the error in the reader’s language', async () => {
    const el = await readyCounter(`/no-such-feed-${uniqueFeedName()}.json`, 'metric="teachers" lang="az"');
    expect(text(el, 'status')).to.equal('Məlumatları yükləmək mümkün olmadı');
  });
});

describe('stat-counter: bad rows and hostile strings', () => {
  it('one bad row never blanks the other numbers, and is reported with its path', async () => {
    // observations[3] is N1's 2024 row.
    const { url } = await serve(changed((doc) => ((doc.observations[3] as Record<string, unknown>)['teachers'] = '12a')));
    const el = document.createElement('stat-counter');
    el.setAttribute('src', url);
    el.setAttribute('metric', 'teachers');
    el.style.setProperty('--stat-duration', '0s');
    const warned = nextEvent(el, 'stat-feed-warning');
    const root = await fixture<HTMLElement>(html`<div>
      ${el}
      <stat-counter src=${url} metric="schools" style="--stat-duration: 0s"></stat-counter>
      <stat-counter src=${url} metric="teachers" region="S1" style="--stat-duration: 0s"></stat-counter>
      <stat-counter src=${url} metric="teachers" region="N1" style="--stat-duration: 0s"></stat-counter>
    </div>`);
    const event = await warned;
    expect(event).to.be.instanceOf(StatFeedWarningEvent);
    const problem = event.problems.find((p) => p.path === 'observations[3].teachers');
    expect(problem, JSON.stringify(event.problems)).to.not.equal(undefined);
    expect(problem!.message).to.contain('"12a"');

    const [teachers, schools, south1, north1] = [...root.querySelectorAll('stat-counter')];
    await until(() => [teachers, schools, south1, north1].every((c) => state(c!) === 'ready'), 3000, 'all ready');
    expect(text(teachers!, 'value')).to.equal('4,308');
    expect(text(schools!, 'value')).to.equal('1,141');
    expect(text(south1!, 'value')).to.equal('70');
    // The dropped row's own region has no value left: unknown, never zero.
    expect(text(north1!, 'value')).to.equal('No data');
  });

  it('shows markup in feed strings as text', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const { url } = await serve(changed((doc) => (doc.metrics[0]!.label = { en: markup, az: markup, ru: markup })));
    const el = await readyCounter(url, 'metric="teachers"');
    expect(text(el, 'label')).to.equal(markup);
    expect(spoken(el)).to.contain(markup);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(document.querySelector('img')).to.equal(null);
  });
});

describe('stat-counter: one request per feed', () => {
  it('50 counters with the same src make exactly one request', async () => {
    const { name, url } = await serve();
    const root = await fixture<HTMLElement>(html`<div>
      ${Array.from(
        { length: 50 },
        (_, i) =>
          html`<stat-counter
            src=${url}
            metric=${['teachers', 'schools', 'projects'][i % 3]!}
            style="--stat-duration: 0s"
          ></stat-counter>`,
      )}
    </div>`);
    const counters = [...root.querySelectorAll('stat-counter')];
    expect(counters).to.have.length(50);
    await until(() => counters.every((c) => state(c) === 'ready'), 5000, 'all 50 ready');
    expect(text(counters[0]!, 'value')).to.equal('4,308');
    expect(text(counters[1]!, 'value')).to.equal('1,141');
    expect(text(counters[2]!, 'value')).to.equal('1,700');
    expect(text(counters[48]!, 'value')).to.equal('4,308');
    expect((await feedStats(name)).requests).to.equal(1);
    // Counters added after the answer came share it too (the browser cannot merge these requests).
    const late = Array.from({ length: 10 }, () => {
      const counter = document.createElement('stat-counter');
      counter.setAttribute('src', url);
      counter.setAttribute('metric', 'schools');
      counter.style.setProperty('--stat-duration', '0s');
      return counter;
    });
    root.append(...late);
    await until(() => late.every((c) => state(c) === 'ready'), 5000, 'the late 10 ready');
    expect(text(late[9]!, 'value')).to.equal('1,141');
    expect((await feedStats(name)).requests).to.equal(1);
  });
});

describe('stat-counter: live refresh', () => {
  it('an unchanged feed is answered 304 and changes nothing in the shadow DOM', async () => {
    const { name, url } = await serve();
    const el = await readyCounter(url, 'metric="teachers" refresh="0.3" show-delta');
    expect(text(el, 'value')).to.equal('4,308');
    await el.updateComplete;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    const hostObserver = new MutationObserver((list) => records.push(...list));
    hostObserver.observe(el, { attributes: true });
    await until(async () => (await feedStats(name)).notModified >= 2, 3000, 'two 304 answers');
    await sleep(50);
    observer.disconnect();
    hostObserver.disconnect();
    const stats = await feedStats(name);
    expect(stats.conditional).to.be.at.least(2);
    expect(records.map((r) => `${r.type} ${r.attributeName ?? ''}`)).to.deep.equal([]);
    expect(text(el, 'value')).to.equal('4,308');
    expect(state(el)).to.equal('ready');
  });

  it('a changed feed animates the number through intermediate values; the live region hears only the final one', async () => {
    const { name, url } = await serve();
    const root = await fixture<HTMLElement>(
      `<div><stat-counter src="${url}" metric="teachers" refresh="0.3" style="--stat-duration: 400ms"></stat-counter></div>`,
    );
    const el = root.querySelector('stat-counter')!;
    await untilState(el, 'ready');
    await sleep(500); // Let the first count-up finish.
    await untilValue(el, '4,308');

    const samples = sample(el);
    await setFeed(name, { body: changed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 5000)) });
    await untilValue(el, '5,000', 3000);
    samples.stop();

    const intermediate = between(samples.values, 4308, 5000);
    expect(intermediate.length, `values seen: ${samples.values.join(' | ')}`).to.be.at.least(1);
    expect(samples.values[samples.values.length - 1]).to.equal('5,000');
    // Every frame is a number between old and new: no jump back to zero.
    for (const value of samples.values) expect(numberIn(value)).to.be.within(4308, 5000);
    // The screen reader text goes from the old value straight to the new one.
    expect(samples.speech.length, samples.speech.join(' | ')).to.equal(2);
    expect(samples.speech[0]).to.contain('Teachers, 4,308');
    expect(samples.speech[1]).to.contain('Teachers, 5,000');
  });

  it('under reduced motion a changed feed shows the new value with no intermediate frame', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { name, url } = await serve();
      const root = await fixture<HTMLElement>(
        `<div><stat-counter src="${url}" metric="teachers" refresh="0.3" style="--stat-duration: 400ms"></stat-counter></div>`,
      );
      const el = root.querySelector('stat-counter')!;
      const samples = sample(el);
      await untilValue(el, '4,308');
      await sleep(100);
      expect(
        samples.values.filter((v) => numberIn(v) !== null),
        'no count-up',
      ).to.deep.equal(['4,308']);

      await setFeed(name, { body: changed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 5000)) });
      await untilValue(el, '5,000');
      await sleep(100);
      samples.stop();
      expect(samples.values.filter((v) => numberIn(v) !== null)).to.deep.equal(['4,308', '5,000']);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('with --stat-duration: 0s a changed feed shows the new value with no intermediate frame', async () => {
    const { name, url } = await serve();
    const root = await fixture<HTMLElement>(
      `<div><stat-counter src="${url}" metric="teachers" refresh="0.3" style="--stat-duration: 0s"></stat-counter></div>`,
    );
    const el = root.querySelector('stat-counter')!;
    const samples = sample(el);
    await untilValue(el, '4,308');
    await setFeed(name, { body: changed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 5000)) });
    await untilValue(el, '5,000');
    await sleep(100);
    samples.stop();
    expect(samples.values.filter((v) => numberIn(v) !== null)).to.deep.equal(['4,308', '5,000']);
  });

  it('when the server goes away the numbers stay, marked stale with a time; it recovers by itself', async () => {
    const { name, url } = await serve();
    const el = await readyCounter(url, 'metric="teachers" refresh="0.3"');
    expect(text(el, 'value')).to.equal('4,308');

    await setFeed(name, { mode: 'down' });
    await untilState(el, 'stale');
    expect(text(el, 'value')).to.equal('4,308');
    expect(text(el, 'status')).to.contain('Not up to date');
    expect(text(el, 'status')).to.match(/\d{1,2}:\d{2}/);
    expect(spoken(el)).to.contain('4,308');
    await expect(el).to.be.accessible();

    await setFeed(name, { mode: 'ok' });
    await untilState(el, 'ready');
    expect(text(el, 'value')).to.equal('4,308');
    expect(part(el, 'status')).to.equal(null);
  });

  it('src changed mid-request: shows the second feed, and the first one’s late answer changes nothing', async () => {
    const first = await serve(changed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 1111)));
    await setFeed(first.name, { mode: 'hang' });
    hanging.push(first.name);
    const second = await serve();
    const root = await fixture<HTMLElement>(`<div><stat-counter src="${first.url}" metric="teachers" style="--stat-duration: 0s"></stat-counter></div>`);
    const el = root.querySelector('stat-counter')!;
    await until(async () => (await feedStats(first.name)).requests === 1, 3000, 'the first request');
    expect(state(el)).to.equal('loading');

    el.src = second.url;
    await untilValue(el, '4,308');
    expect(state(el)).to.equal('ready');

    await setFeed(first.name, {
      mode: 'ok',
      body: changed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 9999)),
    });
    await sleep(300);
    expect(text(el, 'value')).to.equal('4,308');
    expect(state(el)).to.equal('ready');
  });
});

describe('stat-counter: accessibility', () => {
  it('is accessible when ready, and the live region holds label and final value', async () => {
    const { url } = await serve();
    const el = await readyCounter(url, 'metric="teachers" show-delta');
    await expect(el).to.be.accessible();
    expect(spoken(el)).to.contain('Teachers, 4,308');
    expect(spoken(el)).to.contain('+128 since 2023');
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.getAttribute('aria-atomic')).to.equal('true');
  });
});

describe('stat-counter: count-up when first scrolled into view', () => {
  it('does not animate off screen; counts up once scrolled into view', async () => {
    const { url } = await serve();
    const root = await fixture<HTMLElement>(
      `<div><div style="height: 3000px"></div><stat-counter src="${url}" metric="teachers" style="--stat-duration: 300ms"></stat-counter></div>`,
    );
    const el = root.querySelector('stat-counter')!;
    await untilState(el, 'ready');
    expect(el.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);

    const offScreen = sample(el);
    await sleep(150);
    offScreen.stop();
    expect(offScreen.values, 'not animating while off screen').to.deep.equal(['4,308']);

    const samples = sample(el);
    el.scrollIntoView();
    await until(() => samples.values.length >= 3 && text(el, 'value') === '4,308', 3000, 'the count-up to end');
    await sleep(50);
    samples.stop();
    const intermediate = between(samples.values, 0, 4308);
    expect(intermediate.length, `values seen: ${samples.values.join(' | ')}`).to.be.at.least(1);
    expect(samples.values[samples.values.length - 1]).to.equal('4,308');
    // The screen reader only ever hears the final value.
    expect(
      samples.speech.every((s) => s.includes('Teachers, 4,308')),
      samples.speech.join(' | '),
    ).to.equal(true);
  });
});
