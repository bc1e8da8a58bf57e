import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/summary/define.js';
import '../../src/elements/feed/define.js';
import type { StatSummary } from '../../src/elements/summary/stat-summary.js';
import type { StatFeed } from '../../src/elements/feed/stat-feed.js';
import { feedTiming } from '../../src/feed/load.js';
import { changedFeed } from '../fixtures/small-feed.js';
import { feedStats, serveFeed, setFeed, uniqueFeedName, feedUrl } from '../support/feed-control.js';
import { requireVisiblePage, spoken, state, text, until, untilState } from '../support/dom.js';

/** The programme's published totals: Teachers 4308 · Schools 1141 · Projects 5103 (all stocks). */
const sample = changedFeed((doc) => {
  doc.metrics[2]!.kind = 'stock';
  doc.observations[2]!.projects = 5103;
});

const serve = (body: unknown = sample) => serveFeed(body, 'summary');

/** The counters inside a summary, in order. */
const counters = (el: StatSummary) => [...el.shadowRoot!.querySelectorAll('stat-counter')];

/** What each cell shows: [label, value], as a reader sees them. */
const shown = (el: StatSummary) => counters(el).map((c) => [text(c, 'label'), text(c, 'value')]);

/** Waits until the summary and every counter inside have left the loading state. */
async function settled(el: StatSummary): Promise<void> {
  await until(
    () =>
      !!state(el) &&
      state(el) !== 'loading' &&
      counters(el).length > 0 &&
      counters(el).every((c) => !!state(c) && state(c) !== 'loading' && !!text(c, 'value')),
    3000,
    'the summary to load',
  );
  await Promise.all(counters(el).map((c) => c.updateComplete));
}

/** A summary on `url` (no count-up), inside a wrapper of the given width and lang. */
async function readySummary(url: string, attributes = '', wrapper = ''): Promise<StatSummary> {
  const root = await fixture<HTMLElement>(`<div ${wrapper}><stat-summary src="${url}" style="--stat-duration: 0s" ${attributes}></stat-summary></div>`);
  const el = root.querySelector('stat-summary')!;
  await settled(el);
  return el;
}

before(requireVisiblePage);

const savedTiming = { ...feedTiming };
let hanging: string[] = [];
beforeEach(() => {
  feedTiming.retryBase = 100;
  feedTiming.retryMax = 400;
  feedTiming.defaultTimeout = 3000;
});
afterEach(async () => {
  Object.assign(feedTiming, savedTiming);
  for (const name of hanging) await setFeed(name, { mode: 'ok' });
  hanging = [];
});

describe('stat-summary: every metric of the feed, one counter each', () => {
  it('shows Teachers 4,308 · Schools 1,141 · Projects 5,103 in feed order, in English by default', async () => {
    const { url } = await serve();
    const el = await readySummary(url);
    expect(state(el)).to.equal('ready');
    expect(shown(el)).to.deep.equal([
      ['Teachers', '4,308'],
      ['Schools', '1,141'],
      ['Projects', '5,103'],
    ]);
  });

  it('writes Azerbaijani ("4.308") and Russian numbers and labels under an ancestor’s lang', async () => {
    const { url } = await serve();
    const az = await readySummary(url, '', 'lang="az"');
    expect(shown(az)).to.deep.equal([
      ['Müəllimlər', '4.308'],
      ['Məktəblər', '1.141'],
      ['Layihələr', '5.103'],
    ]);
    const ru = await readySummary(url, '', 'lang="ru"');
    const nf = new Intl.NumberFormat('ru');
    expect(shown(ru)).to.deep.equal([
      ['Учителя', nf.format(4308)],
      ['Школы', nf.format(1141)],
      ['Проекты', nf.format(5103)],
    ]);
    expect(nf.format(4308)).to.not.equal('4,308');
  });

  it('switches language at run time: every counter follows', async () => {
    const { url } = await serve();
    const el = await readySummary(url);
    el.lang = 'az';
    await el.updateComplete;
    await until(() => text(counters(el)[0]!, 'value') === '4.308', 2000, 'the counters to follow lang="az"');
    expect(shown(el)[1]).to.deep.equal(['Məktəblər', '1.141']);
    expect(el.shadowRoot!.querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal('Test proqramı');
  });

  it('shows only the metrics asked for, in the order asked (spaces or commas)', async () => {
    const { url } = await serve();
    const el = await readySummary(url, 'metrics="projects, teachers"');
    expect(shown(el)).to.deep.equal([
      ['Projects', '5,103'],
      ['Teachers', '4,308'],
    ]);
    el.metrics = 'schools';
    await el.updateComplete;
    await settled(el);
    expect(shown(el)).to.deep.equal([['Schools', '1,141']]);
  });

  it('names the attribute and the unknown id when a metric is not in the feed', async () => {
    const { url } = await serve();
    const root = await fixture<HTMLElement>(`<div><stat-summary src="${url}" metrics="teachers pupils"></stat-summary></div>`);
    const el = root.querySelector<StatSummary>('stat-summary')!;
    await untilState(el, 'error');
    const status = text(el, 'status')!;
    expect(status).to.contain('metrics=');
    expect(status).to.contain('"pupils"');
    expect(status).to.not.contain('"teachers"');
    expect(counters(el), 'no counters beside the mistake').to.have.length(0);
    expect(spoken(el)).to.equal(status);
    expect(el.dataTable()).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('passes region, period and show-delta on to every counter', async () => {
    const { url } = await serve();
    const el = await readySummary(url, 'region="N1" show-delta');
    expect(shown(el)).to.deep.equal([
      ['Teachers', '100'],
      ['Schools', '10'],
      ['Projects', '5'],
    ]);
    el.region = '';
    el.period = '2023';
    await el.updateComplete;
    await until(() => text(counters(el)[0]!, 'value') === '4,180', 2000, 'the 2023 figure');
    expect(text(counters(el)[0]!, 'delta')).to.equal('+1,180 since 2022');
  });

  it('says so when its region is not in the feed', async () => {
    const { url } = await serve();
    const root = await fixture<HTMLElement>(`<div><stat-summary src="${url}" region="nowhere"></stat-summary></div>`);
    const el = root.querySelector<StatSummary>('stat-summary')!;
    await untilState(el, 'error');
    expect(text(el, 'status')).to.equal('region="nowhere" is not in the feed');
  });

  it('hides each counter’s own “Get the data” menu', async () => {
    const { url } = await serve();
    const el = await readySummary(url);
    expect(counters(el).every((c) => c.hasAttribute('no-menu') && c.noMenu)).to.equal(true);
    expect(counters(el).filter((c) => c.shadowRoot!.querySelector('[part="menu"], [aria-haspopup="menu"]'))).to.have.length(0);
  });
});

describe('stat-summary: one feed', () => {
  it('with its own src: one request and one stat-feed-load event, not one per counter', async () => {
    const { name, url } = await serve();
    const loads: Event[] = [];
    const root = document.createElement('div');
    root.addEventListener('stat-feed-load', (event) => loads.push(event));
    root.innerHTML = `<stat-summary src="${url}" style="--stat-duration: 0s"></stat-summary>`;
    document.body.append(root);
    try {
      const el = root.querySelector('stat-summary')!;
      await settled(el);
      expect((await feedStats(name)).requests).to.equal(1);
      expect(loads.map((e) => e.target)).to.deep.equal([el]);
    } finally {
      root.remove();
    }
  });

  it('inside <stat-feed>: follows its region and period selection', async () => {
    const { name, url } = await serve();
    const root = await fixture<HTMLElement>(`<div><stat-feed src="${url}"><stat-summary style="--stat-duration: 0s"></stat-summary></stat-feed></div>`);
    const feed = root.querySelector<StatFeed>('stat-feed')!;
    const el = root.querySelector('stat-summary')!;
    await settled(el);
    expect(shown(el).map((cell) => cell[1])).to.deep.equal(['4,308', '1,141', '5,103']);

    feed.region = 'N1';
    await until(() => text(counters(el)[0]!, 'value') === '100', 2000, 'the N1 figure');
    expect(shown(el).map((cell) => cell[1])).to.deep.equal(['100', '10', '5']);
    expect(el.dataTable()!.title).to.equal('Test programme: North One');

    feed.region = null;
    feed.period = '2022';
    await until(() => text(counters(el)[0]!, 'value') === '3,000', 2000, 'the 2022 figure');
    expect(shown(el).map((cell) => cell[1])).to.deep.equal(['3,000', '900', '400']);
    expect((await feedStats(name)).requests).to.equal(1);
  });

  it('without src or <stat-feed>: a clear error', async () => {
    const el = await fixture<StatSummary>(`<stat-summary></stat-summary>`);
    await untilState(el, 'error');
    expect(text(el, 'status')).to.contain('src');
    await expect(el).to.be.accessible();
  });
});

describe('stat-summary: layout', () => {
  /** The top edge of each cell, rounded. */
  const tops = (el: StatSummary) => [...el.shadowRoot!.querySelectorAll('[part="item"]')].map((item) => Math.round(item.getBoundingClientRect().top));

  it('is one row at 1,200 px and a column at 320 px', async () => {
    const { url } = await serve();
    const wide = await readySummary(url, '', 'style="width: 1200px"');
    const wideTops = tops(wide);
    expect(wideTops).to.have.length(3);
    expect(new Set(wideTops).size, `one row: ${wideTops.join(', ')}`).to.equal(1);
    const cells = [...wide.shadowRoot!.querySelectorAll('[part="item"]')].map((item) => item.getBoundingClientRect());
    expect(cells[1]!.left).to.be.greaterThan(cells[0]!.right);

    const narrow = await readySummary(url, '', 'style="width: 320px"');
    const narrowTops = tops(narrow);
    expect(new Set(narrowTops).size, `stacked: ${narrowTops.join(', ')}`).to.equal(3);
    for (const item of narrow.shadowRoot!.querySelectorAll('[part="item"]')) {
      expect(item.getBoundingClientRect().width, 'no cell wider than the summary').to.be.at.most(320);
    }
    expect(narrow.scrollWidth).to.be.at.most(320);
  });

  it('--stat-summary-min-item-width sets when the row wraps', async () => {
    const { url } = await serve();
    const el = await readySummary(url, '', 'style="width: 1200px; --stat-summary-min-item-width: 500px"');
    expect(new Set(tops(el)).size, 'two per row at most').to.equal(2);
  });

  it('a page styles the numbers through stat-summary::part(value) and the cells through ::part(item)', async () => {
    const { url } = await serve();
    const style = document.createElement('style');
    style.textContent = `.styled::part(value) { color: rgb(1, 2, 3); } .styled::part(item) { padding-top: 7px; }`;
    document.head.append(style);
    try {
      const el = await readySummary(url, 'class="styled"');
      const value = counters(el)[0]!.shadowRoot!.querySelector('[part="value"]')!;
      expect(getComputedStyle(value).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="item"]')!).paddingTop).to.equal('7px');
    } finally {
      style.remove();
    }
  });
});

describe('stat-summary: accessible', () => {
  it('is a list named after the feed, with one item per counter; each counter is read once', async () => {
    const { url } = await serve();
    const el = await readySummary(url);
    const list = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('Test programme');
    const items = list.querySelectorAll(':scope > [part="item"]');
    expect(items).to.have.length(3);
    expect([...items].every((item) => item.tagName === 'LI' && !item.hasAttribute('aria-hidden'))).to.equal(true);
    expect(counters(el).map(spoken)).to.deep.equal(['Teachers, 4,308', 'Schools, 1,141', 'Projects, 5,103']);
    expect(spoken(el), 'the summary adds nothing of its own when ready').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('names the list “Key figures” in the reader’s language when the feed has no title', async () => {
    const untitled = changedFeed((doc) => {
      delete (doc as { title?: unknown }).title;
    });
    const { url } = await serve(untitled);
    const en = await readySummary(url);
    expect(en.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal('Key figures');
    const az = await readySummary(url, 'lang="az"');
    expect(az.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal('Əsas göstəricilər');
    const ru = await readySummary(url, 'lang="ru"');
    expect(ru.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal('Основные показатели');
  });

  it('while loading: placeholders hidden from screen readers, one “Loading…”, accessible', async () => {
    const name = uniqueFeedName('summary-hang');
    await setFeed(name, { body: sample, mode: 'hang' });
    hanging.push(name);
    const el = await fixture<StatSummary>(`<stat-summary src="${feedUrl(name)}"></stat-summary>`);
    expect(state(el)).to.equal('loading');
    const items = [...el.shadowRoot!.querySelectorAll('[part="item"]')];
    expect(items.length).to.be.greaterThan(0);
    expect(items.every((item) => item.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(spoken(el)).to.equal('Loading…');
    expect(el.dataTable()).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('when the feed cannot be loaded: one error line, accessible', async () => {
    const name = uniqueFeedName('summary-down');
    await setFeed(name, { body: sample, mode: 'down' });
    hanging.push(name);
    const el = await fixture<StatSummary>(`<stat-summary src="${feedUrl(name)}"></stat-summary>`);
    await untilState(el, 'error');
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('The data could not be loaded');
    expect(spoken(el)).to.equal('The data could not be loaded');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.hasAttribute('hidden')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('stat-summary: dataTable()', () => {
  /** The number in a formatted text ("4,308" → 4308). */
  const numberIn = (value: string | null) => Number((value ?? '').replace(/[^\d]/g, ''));

  it('holds exactly the rows shown (metric, region, period, unformatted value), the feed’s source, the language', async () => {
    const { url } = await serve();
    const el = await readySummary(url, 'metrics="schools teachers"', 'lang="az"');
    const table = el.dataTable()!;
    expect(table.title).to.equal('Test proqramı');
    expect(table.columns).to.deep.equal(['Göstərici', 'Ərazi', 'Dövr', 'Dəyər']);
    expect(table.rows.map((row) => [row[0], row[3]])).to.deep.equal(shown(el).map(([label, value]) => [label, numberIn(value)]));
    expect(table.rows).to.deep.equal([
      ['Məktəblər', 'Azərbaycan', '2024', 1141],
      ['Müəllimlər', 'Azərbaycan', '2024', 4308],
    ]);
    expect(table.source).to.equal('Test office');
    expect(table.lang).to.equal('az');
  });

  it('with show-delta, the change too; null for “no data”; the span of a flow’s total', async () => {
    const { url } = await serve(changedFeed(() => {}));
    const el = await readySummary(url, 'region="N2" show-delta');
    expect(text(counters(el)[2]!, 'value')).to.equal('No data');
    const table = el.dataTable()!;
    expect(table.title).to.equal('Test programme: North Two');
    expect(table.columns).to.deep.equal(['Indicator', 'Region', 'Period', 'Value', 'Change']);
    expect(table.rows[2]).to.deep.equal(['Projects', 'North Two', '', null, null]);
    const all = await readySummary(url, 'show-delta');
    expect(text(counters(all)[2]!, 'value')).to.equal('1,700');
    expect(all.dataTable()!.rows.map((row) => row.slice(2))).to.deep.equal([
      ['2024', 4308, 128],
      ['2024', 1141, 41],
      ['2022–2024', 1700, 700],
    ]);
  });
});
