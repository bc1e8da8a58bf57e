// Issue 14 in the widgets: a rate is never summed (parents without rows: "No data"; with
// numerator and denominator: the ratio of sums), the unit beside every value in az, en and ru,
// and the feed's own levels in the map's caption and table ("by county").
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/counter/define.js';
import '../../src/elements/summary/define.js';
import '../../src/elements/map/define.js';
import '../../src/elements/timeline/define.js';
import type { StatCounter } from '../../src/elements/counter/stat-counter.js';
import type { StatMap } from '../../src/elements/map/stat-map.js';
import type { StatSummary } from '../../src/elements/summary/stat-summary.js';
import type { StatTimeline } from '../../src/elements/timeline/stat-timeline.js';
import { toCsv } from '../../src/export/data-files.js';
import { exportStringsFor } from '../../src/export/strings.js';
import { fallbackHtml } from '../../src/embed/snippet.js';
import { rateFeed, rateTopology, TEXAS_2009, TEXAS_2010 } from '../fixtures/rate-feed.js';
import { serveFeed } from '../support/feed-control.js';
import { state, text, until } from '../support/dom.js';

const NBSP = '\u00a0';
let feedUrl = '';
let geoUrl = '';

before(async () => {
  feedUrl = (await serveFeed(rateFeed, 'rates')).url;
  geoUrl = (await serveFeed(rateTopology, 'rates-geo')).url;
});

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();

async function counter(attributes: string): Promise<StatCounter> {
  const root = await fixture<HTMLElement>(`<div><stat-counter src="${feedUrl}" ${attributes}></stat-counter></div>`);
  const el = root.querySelector('stat-counter')!;
  await until(() => state(el) === 'ready', 4000, 'the counter to read its feed');
  return el;
}

async function map(attributes: string, width = 600): Promise<StatMap> {
  const root = await fixture<HTMLElement>(`<div style="width:${width}px"><stat-map src="${feedUrl}" geo="${geoUrl}" ${attributes}></stat-map></div>`);
  const el = root.querySelector('stat-map')!;
  await until(() => state(el) === 'error' || $$(el, '[part~=region]').length > 0, 4000, 'the map to draw');
  return el;
}

async function timeline(attributes: string): Promise<StatTimeline> {
  const root = await fixture<HTMLElement>(`<div style="width:700px"><stat-timeline src="${feedUrl}" ${attributes}></stat-timeline></div>`);
  const el = root.querySelector('stat-timeline')!;
  await until(() => state(el) === 'error' || !!$(el, '[part="plot"]'), 4000, 'the timeline to draw');
  return el;
}

describe('a rate in a counter and a summary', () => {
  it('a parent without rows of a rate without numerator and denominator: "No data", never a sum', async () => {
    const el = await counter('metric="life" region="TX"');
    expect(text(el, 'value')).to.equal('No data');
    expect(el.dataTable()!.rows[0]![3]).to.equal(null);
    const leaf = await counter('metric="life" region="TX-A"');
    expect(text(leaf, 'value')).to.equal(`78.2${NBSP}years`);
  });

  it('with numerator and denominator: the parent’s value is the ratio of its counties’ sums, with its unit in az, en and ru', async () => {
    const el = await counter('metric="rate" region="TX" period="2009"');
    expect(text(el, 'value')).to.equal(`${TEXAS_2009.toFixed(2)}%`);
    el.lang = 'ru';
    await el.updateComplete;
    expect(text(el, 'value')).to.equal(`${TEXAS_2009.toFixed(2).replace('.', ',')}${NBSP}%`);
    el.lang = 'az';
    await el.updateComplete;
    expect(text(el, 'value')).to.equal(`${TEXAS_2009.toFixed(2).replace('.', ',')}%`);
    // Its data table names the unit: the CSV's heading, the fallback's number.
    el.lang = 'en';
    await el.updateComplete;
    const table = el.dataTable()!;
    expect(table.rows[0]![3]).to.be.closeTo(TEXAS_2009, 1e-9);
    expect(toCsv(table, exportStringsFor('en')).split('\r\n')[0]).to.equal('Indicator,Region,Period,Value (%)');
    expect(fallbackHtml(table)).to.contain(`Unemployment rate: ${TEXAS_2009.toFixed(2)}%`);
  });

  it('a count’s unit per language; the latest rate without a period', async () => {
    const el = await counter('metric="unemployed" region="TX" period="2009" lang="ru"');
    expect(text(el, 'value')).to.equal(`2${NBSP}111${NBSP}чел.`);
    const latest = await counter('metric="rate" region="TX"');
    expect(text(latest, 'value')).to.equal(`${TEXAS_2010.toFixed(2)}%`);
  });

  it('a summary: each counter with its unit, the table naming the unit with the metric', async () => {
    const root = await fixture<HTMLElement>(`<div><stat-summary src="${feedUrl}" metrics="rate,life" region="TX"></stat-summary></div>`);
    const el = root.querySelector<StatSummary>('stat-summary')!;
    await until(() => [...el.shadowRoot!.querySelectorAll('stat-counter')].every((c) => state(c) === 'ready'), 4000, 'the counters');
    const [rate, life] = [...el.shadowRoot!.querySelectorAll('stat-counter')];
    expect(text(rate!, 'value')).to.equal(`${TEXAS_2010.toFixed(2)}%`);
    expect(text(life!, 'value')).to.equal('No data');
  });
});

describe('a rate on a map of the feed’s own levels', () => {
  it('by county: caption, units in the tooltip words, legend and table; no share of a total', async () => {
    const el = await map('metric="rate" level="county" period="2009"');
    expect(text(el, 'title')).to.equal('Unemployment rate by county, 2009');
    const label = (id: string) => $(el, `[data-region="${id}"]`)!.getAttribute('aria-label');
    expect(label('TX-A')).to.equal('Anderson: 6.1%');
    expect(label('TX-B')).to.equal(`Bexar: ${((877 / 9871) * 100).toFixed(2)}%`);
    const legend = $$(el, '[part=legend] li').map(words);
    expect(
      legend.slice(0, -1).every((entry) => /^\d+(\.\d+)?(–\d+(\.\d+)?)?%$/.test(entry)),
      legend.join(' | '),
    ).to.equal(true);
    expect(legend.at(-1)).to.equal('No data');

    $(el, '[part=table-toggle]')!.click();
    await el.updateComplete;
    expect($$(el, '[part=table] thead th').map(words)).to.deep.equal(['County', 'Unemployment rate']);
    expect($$(el, '[part=table] tbody tr').map((tr) => [...tr.children].map(words).join(' ').trim())).to.deep.equal([
      `Bexar ${((877 / 9871) * 100).toFixed(2)}%`,
      'Anderson 6.1%',
      'Adair 5.6%',
    ]);
    const table = el.dataTable()!;
    expect(table.columns).to.deep.equal(['County', 'Unemployment rate']);
    expect(toCsv(table, exportStringsFor('en')).split('\r\n')[0]).to.equal('County,Unemployment rate (%)');

    // The tooltip: the value with its unit, a rank, and no "share of the national total".
    $(el, '[data-region="TX-A"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => !!$(el, '[part=tooltip]'), 2000, 'the tooltip');
    expect(words($(el, '[part=tooltip]'))).to.match(/Unemployment rate: [\d.]+% rank \d of 3$/);
    expect(words($(el, '[part=tooltip]'))).to.not.contain('national');
    await expect(el).to.be.accessible();
  });

  it('by state: the parents’ values are the ratio of sums; in ru and az the caption and % as the language writes them', async () => {
    const el = await map('metric="rate" level="state" period="2009"');
    expect(text(el, 'title')).to.equal('Unemployment rate by state, 2009');
    expect($(el, '[data-region="TX"]')!.getAttribute('aria-label')).to.equal(`Texas: ${TEXAS_2009.toFixed(2)}%`);
    el.lang = 'ru';
    await el.updateComplete;
    expect(text(el, 'title')).to.equal('Уровень безработицы (уровень: штат), 2009');
    expect($(el, '[data-region="TX"]')!.getAttribute('aria-label')).to.equal(`Texas: ${TEXAS_2009.toFixed(2).replace('.', ',')}${NBSP}%`);
    // As Intl writes a Russian percentage: a no-break space before the sign (words() would make it a space).
    const legend = $$(el, '[part=legend] li').map((li) => li.textContent!.trim());
    for (const entry of legend.slice(0, -1)) expect(entry).to.match(/^\d[\d,]*(–\d[\d,]*)?\u00a0%$/);
    el.lang = 'az';
    await el.updateComplete;
    expect(text(el, 'title')).to.equal('İşsizlik səviyyəsi ştat üzrə, 2009');
  });

  it('a rate without numerator and denominator: states without rows are "No data"', async () => {
    const el = await map('metric="life" level="state" period="2009"');
    for (const id of ['TX', 'OK']) expect($(el, `[data-region="${id}"]`)!.getAttribute('aria-label')).to.match(/: No data$/);
  });

  it('a level the feed does not list is a markup mistake naming its levels', async () => {
    const el = await map('metric="rate" level="district"');
    expect(state(el)).to.equal('error');
    expect(text(el, 'status')).to.contain(`level="district" is not one of the feed's levels (state, county)`);
  });
});

describe('a rate on a timeline', () => {
  it('a parent’s rate over time: the ratio of sums, the unit on the value axis, in the readout and the table', async () => {
    const el = await timeline('metrics="rate" region="TX"');
    const axis = $$(el, '[part~=value-axis] text').map(words);
    expect(axis.length).to.be.greaterThan(1);
    for (const tick of axis) expect(tick).to.match(/%$/);
    const table = el.dataTable()!;
    expect(table.rows.map((row) => row[1])).to.deep.equal([TEXAS_2009, TEXAS_2010]);
    expect(toCsv(table, exportStringsFor('en')).split('\r\n')[0]).to.equal('Period,Unemployment rate (%)');

    $(el, '[part=plot]')!.focus();
    await sendKeys({ press: 'End' });
    await until(() => !!$(el, '[part=readout]'), 2000, 'the readout');
    expect(words($(el, '[part=readout]'))).to.contain(`Unemployment rate ${TEXAS_2010.toFixed(2)}%`);
    $(el, '[part=table-toggle]')!.click();
    await el.updateComplete;
    expect($$(el, '[part=table] tbody tr td').map(words)).to.deep.equal([`${TEXAS_2009.toFixed(2)}%`, `${TEXAS_2010.toFixed(2)}%`]);
  });

  it('a rate without numerator and denominator: the parent’s line is all "No data"', async () => {
    const el = await timeline('metrics="life" region="TX"');
    expect(el.dataTable()).to.equal(null);
    expect(text(el, 'empty')).to.equal('No data');
  });
});
