// The timeline's model on its own: no element, no page (chai's expect, so it runs in Node as well).
import { expect } from 'chai';
import { buildChart, describeEvent, describePeriod, valueText, type ChartOptions } from '../../src/elements/timeline/timeline-chart.js';
import { FeedIndex } from '../../src/feed/select.js';
import { validateFeed } from '../../src/feed/validate.js';

// ---------------------------------------------------------------------------------------------
// A clinic network's feed: yearly, 2010–2014, with a negative series, gaps, lone values, a
// district, and events that overlap, span months, and fall after the last period.

const clinicFeed = {
  version: 1,
  metrics: [
    { id: 'nurses', label: { en: 'Nurses', ru: 'Медсёстры' }, kind: 'stock' },
    { id: 'beds', label: 'Beds', kind: 'stock' },
    { id: 'balance', label: 'Budget balance', kind: 'flow' },
  ],
  regions: [
    { id: 'XC', name: 'Country X', level: 'country' },
    { id: 'R1', name: 'Riverside', level: 'district', parent: 'XC' },
  ],
  observations: [
    { period: '2010', region: 'XC', nurses: 250, beds: null, balance: -120 },
    { period: '2011', region: 'XC', nurses: 400, beds: 12, balance: 60 },
    { period: '2012', region: 'XC', nurses: null, beds: null, balance: 35 },
    { period: '2013', region: 'XC', nurses: 1150, beds: null, balance: null },
    { period: '2014', region: 'XC', nurses: 980, beds: 30, balance: -40 },
    ...[5, 7, 9, 11, 13].map((nurses, i) => ({ period: String(2010 + i), region: 'R1', nurses })),
  ],
  events: [
    { date: '2016-05-01', kind: 'milestone', title: 'New wing' },
    { date: '2011-04', kind: 'award', title: 'Nursing prize', url: 'https://example.org/prize' },
    { date: '2011-03-05', kind: 'training', title: 'Ward training' },
    { date: '2011-03-20', end: '2011-06-30', kind: 'conference', title: { en: 'Care congress' }, region: 'R1', figures: { nurses: 1234 } },
  ],
};

function indexOf(feed: unknown): FeedIndex {
  const result = validateFeed(feed);
  if (!result.ok) throw new Error(`${result.fatal.path}: ${result.fatal.message}`);
  expect(result.warnings, 'warnings').to.deep.equal([]);
  return new FeedIndex(result.feed);
}

const clinics = indexOf(clinicFeed);

const defaults: ChartOptions = {
  metrics: [],
  region: 'XC',
  from: '',
  to: '',
  events: '',
  hidden: new Set(),
  width: 800,
  height: 300,
  language: 'en',
  label: '{metrics} in {region}, {from}–{to}',
};
const chartOf = (options: Partial<ChartOptions> = {}, feed = clinics) => buildChart(feed, { ...defaults, ...options });

const utc = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);
const round = (n: number) => Math.round(n * 1000) / 1000;
const yearMiddle = (y: number) => (utc(y) + utc(y + 1)) / 2;

/** The runs of a path (`M…L…`, a new run after each gap) as [x, y] pairs, rounded. */
function runs(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((run) =>
      run
        .replace(/Z$/, '')
        .split('L')
        .map((p) => p.split(',').map((n) => round(Number(n))) as [number, number]),
    );
}

// ---------------------------------------------------------------------------------------------

describe('timeline model: buildChart', () => {
  it('the time domain covers every period and every event, one after the last period included', () => {
    const chart = chartOf();
    expect(chart.periods).to.deep.equal(['2010', '2011', '2012', '2013', '2014']);
    // The milestone on 2016-05-01 ends the domain at the end of its day.
    expect(chart.x.domain).to.deep.equal([utc(2010), utc(2016, 4, 2)]);
    expect(chartOf({ events: 'none' }).x.domain).to.deep.equal([utc(2010), utc(2015)]);
  });

  it('the plot’s edges leave room for the longest value label on the left and the longest series label on the right', () => {
    const chart = chartOf();
    // "1,200" is the longest value label: 5 characters of 7 px, and 12 px.
    expect(chart.left).to.equal(47);
    // Wide (≥ 480 px): "Budget balance", 14 characters of 7 px, and 16 px.
    expect(chart.right).to.equal(800 - 114);
    expect(chart.wide).to.equal(true);
    // Narrow: labels go above the line ends, a 12 px margin on the right.
    const narrow = chartOf({ width: 320 });
    expect(narrow.wide).to.equal(false);
    expect(narrow.right).to.equal(308);
  });

  it('the value axis runs from below the most negative value to above the largest, on round ticks', () => {
    const chart = chartOf();
    // 300 px: (300 − 12 − 40) / 45 ≈ 6 ticks; −120…1150 made nice in steps of 200.
    expect(chart.y.domain).to.deep.equal([-200, 1200]);
    expect(chart.yTicks.map((t) => t.value)).to.deep.equal([-200, 0, 200, 400, 600, 800, 1000, 1200]);
    expect(chart.yTicks.map((t) => t.label)).to.deep.equal(['-200', '0', '200', '400', '600', '800', '1,000', '1,200']);
    // The top tick at the plot's top, the lowest at its bottom.
    expect(round(chart.yTicks[0]!.y)).to.equal(chart.bottom);
    expect(round(chart.yTicks.at(-1)!.y)).to.equal(chart.top);
    expect(chart.top).to.equal(12);
  });

  it('a hidden series leaves the value axis, the direct labels and the chart’s name, and stays in the table', () => {
    const chart = chartOf({ hidden: new Set(['nurses']) });
    expect(chart.y.domain).to.deep.equal([-120, 60]);
    const nurses = chart.series.find((s) => s.id === 'nurses')!;
    expect(nurses.visible).to.equal(false);
    expect(nurses.values).to.deep.equal([250, 400, null, 1150, 980]);
    expect(chart.label).to.equal('Beds, Budget balance in Country X, 2010–2014');
    // All hidden: the name lists them all, the axis falls back to 0–1.
    const none = chartOf({ hidden: new Set(['nurses', 'beds', 'balance']) });
    expect(none.label).to.equal('Nurses, Beds, Budget balance in Country X, 2010–2014');
    expect(none.y.domain).to.deep.equal([0, 1]);
  });

  it('each period sits in the middle of its span; the time ticks label them', () => {
    const chart = chartOf({ events: 'none' });
    const k = (chart.right - chart.left) / (utc(2015) - utc(2010));
    expect(chart.xs.map(round)).to.deep.equal([2010, 2011, 2012, 2013, 2014].map((y) => round(chart.left + (yearMiddle(y) - utc(2010)) * k)));
    expect(chart.xTicks.map((t) => t.label)).to.deep.equal(['2010', '2011', '2012', '2013', '2014']);
    expect(chart.xTicks.map((t) => round(t.x))).to.deep.equal(chart.xs.map(round));
    // 141 px for five years: labels every second year.
    expect(chartOf({ events: 'none', width: 200 }).xTicks.map((t) => t.label)).to.deep.equal(['2010', '2012', '2014']);
    expect(chart.labelY).to.equal(292);
  });

  it('months: the first tick and each January carry the year', () => {
    const monthly = indexOf({
      version: 1,
      metrics: [{ id: 'visits', label: 'Visits', kind: 'flow' }],
      regions: [{ id: 'XC', name: 'Country X', level: 'country' }],
      observations: ['2019-11', '2019-12', '2020-01', '2020-02'].map((period, i) => ({ period, region: 'XC', visits: 40 + i })),
    });
    const chart = chartOf({}, monthly);
    expect(chart.xTicks.map((t) => t.label)).to.deep.equal(['Nov 2019', 'Dec', 'Jan 2020', 'Feb']);
    expect(chart.events).to.deep.equal([]);
    expect(chart.bottom).to.equal(300 - 24);
  });

  it('gaps: a line breaks where a value is unknown; a value with no known neighbour is a dot', () => {
    const chart = chartOf();
    const y = (v: number) => round(chart.bottom + ((v + 200) * (chart.top - chart.bottom)) / 1400);
    const [nurses, beds, balance] = chart.series;
    const xs = chart.xs.map(round);
    expect(runs(nurses!.d)).to.deep.equal([
      [
        [xs[0], y(250)],
        [xs[1], y(400)],
      ],
      [
        [xs[3], y(1150)],
        [xs[4], y(980)],
      ],
    ]);
    expect(nurses!.dots).to.deep.equal([]);
    expect(beds!.dots.map((d) => [d.period, round(d.x), round(d.y)])).to.deep.equal([
      [1, xs[1], y(12)],
      [4, xs[4], y(30)],
    ]);
    expect(runs(balance!.d)).to.deep.equal([
      [
        [xs[0], y(-120)],
        [xs[1], y(60)],
        [xs[2], y(35)],
      ],
      [[xs[4], y(-40)]],
    ]);
    // Colour slots follow the metrics' places in the feed, whichever are drawn.
    expect(chart.series.map((s) => s.slot)).to.deep.equal([1, 2, 3]);
    expect(chartOf({ metrics: ['balance', 'nurses'] }).series.map((s) => [s.id, s.slot])).to.deep.equal([
      ['balance', 3],
      ['nurses', 1],
    ]);
  });

  it('direct labels sit at the line ends, at least 14 px apart', () => {
    const chart = chartOf();
    const [nurses, beds, balance] = chart.series.map((s) => s.end!);
    expect(nurses!.labelY).to.equal(nurses!.y);
    // Beds end at 30 and the balance at −40: 10.6 px apart, pushed to 14.
    expect(balance!.y - beds!.y).to.be.lessThan(14);
    expect(beds!.labelY).to.equal(beds!.y);
    expect(round(balance!.labelY - beds!.labelY)).to.equal(14);
    // Narrow: 10 px above the ends.
    const narrow = chartOf({ width: 320 });
    expect(narrow.series[0]!.end!.labelY).to.equal(narrow.series[0]!.end!.y - 10);
  });

  it('events: in date order, overlapping ones on separate lanes under the axis, each at the period it falls in', () => {
    const chart = chartOf();
    expect(chart.events.map((e) => e.date)).to.deep.equal(['2011-03-05', '2011-03-20', '2011-04', '2016-05-01']);
    expect(chart.kinds).to.deep.equal(['conference', 'training', 'award', 'milestone']);
    // Three lanes of 16 px and 4 px under the plot, then the time labels' 24 px.
    expect(chart.bottom).to.equal(300 - 24 - (3 * 16 + 4));
    const [training, congress, prize, wing] = chart.events;
    const lane = (y: number) => (y - (chart.bottom + 4 + 8)) / 16;
    expect([training, congress, prize].map((e) => lane(e!.y)).sort()).to.deep.equal([0, 1, 2]);
    expect(lane(wing!.y)).to.equal(0);
    // 2011's events at 2011; the one after the last period at the nearest, 2014.
    expect(chart.events.map((e) => e.period)).to.deep.equal([1, 1, 1, 4]);
    // A range ends at the end of its last day; a single date is a point.
    expect(round(congress!.x2)).to.equal(round(chart.x(utc(2011, 6, 1))));
    expect(training!.x2).to.equal(training!.x);
    expect(round(training!.x)).to.equal(round(chart.x(utc(2011, 2, 5))));
  });

  it('events: words in the reader’s language, a place from the feed’s regions, only http(s) links', () => {
    const [training, congress, prize] = chartOf().events;
    expect(congress!.title).to.equal('Care congress');
    expect(congress!.place).to.equal('Riverside');
    expect(congress!.figures).to.deep.equal([['Nurses', '1,234']]);
    expect(congress!.dates).to.match(/March 20.+June 30, 2011/);
    expect(training!.url).to.equal('');
    expect(prize!.url).to.equal('https://example.org/prize');
    // A feed indexed without validation: a script address is still no link.
    const unchecked = new FeedIndex({ ...clinics.feed, events: clinics.feed.events.map((e) => ({ ...e, url: 'javascript:alert(1)' })) });
    expect(chartOf({}, unchecked).events.map((e) => e.url)).to.deep.equal(['', '', '', '']);
    expect(chartOf({ language: 'ru' }).events[1]!.figures).to.deep.equal([['Медсёстры', '1\u00a0234']]);
  });

  it('events chosen by kind, or none: no lanes, the plot reaches down to the time labels', () => {
    const some = chartOf({ events: ' Award, training' });
    expect(some.events.map((e) => e.kind)).to.deep.equal(['training', 'award']);
    expect(some.kinds).to.deep.equal(['training', 'award']);
    expect(some.x.domain).to.deep.equal([utc(2010), utc(2015)]);
    const none = chartOf({ events: 'none' });
    expect(none.events).to.deep.equal([]);
    expect(none.kinds).to.deep.equal([]);
    expect(none.bottom).to.equal(276);
  });

  it('from and to: whole periods inside them, and the events that start inside them', () => {
    const chart = chartOf({ from: '2011', to: '2013' });
    expect(chart.periods).to.deep.equal(['2011', '2012', '2013']);
    expect(chart.series[0]!.values).to.deep.equal([400, null, 1150]);
    expect(chart.events.map((e) => e.date)).to.deep.equal(['2011-03-05', '2011-03-20', '2011-04']);
    expect(chart.x.domain).to.deep.equal([utc(2011), utc(2014)]);
    expect(chart.label).to.equal('Nurses, Beds, Budget balance in Country X, 2011–2013');
    // 2011 starts before June 2011: left out.
    expect(chartOf({ from: '2011-06', events: 'none' }).periods).to.deep.equal(['2012', '2013', '2014']);
  });

  it('a region’s values, and "empty" when none of the drawn metrics has one', () => {
    const chart = chartOf({ region: 'R1', metrics: ['nurses'] });
    expect(chart.series.map((s) => s.id)).to.deep.equal(['nurses']);
    expect(chart.series[0]!.values).to.deep.equal([5, 7, 9, 11, 13]);
    expect(chart.y.domain).to.deep.equal([0, 14]);
    expect(chart.label).to.equal('Nurses in Riverside, 2010–2014');
    expect(chart.empty).to.equal(false);
    const empty = chartOf({ region: 'R1', metrics: ['beds'] });
    expect(empty.empty).to.equal(true);
    expect(empty.series[0]!.d).to.equal('');
    expect(empty.y.domain).to.deep.equal([0, 1]);
  });

  it('the height: at least 120 px, 300 for 0; fewer value ticks when lower', () => {
    expect(chartOf({ height: 0 }).height).to.equal(300);
    const low = chartOf({ height: 50 });
    expect(low.height).to.equal(120);
    // (120 − 12 − 40) / 45 ≈ 2 ticks: −120…1150 made nice for 2 ticks is ±2000.
    expect(low.yTicks.map((t) => t.value)).to.deep.equal([-2000, 0, 2000]);
  });

  it('more points than pixels: the path keeps each pixel column’s extremes, the values stay exact', () => {
    const days = 1500;
    const daily = indexOf({
      version: 1,
      metrics: [{ id: 'calls', label: 'Calls', kind: 'flow' }],
      regions: [{ id: 'XC', name: 'Country X', level: 'country' }],
      observations: Array.from({ length: days }, (_, i) => ({
        period: new Date(utc(2020, 0, 1 + i)).toISOString().slice(0, 10),
        region: 'XC',
        calls: i === 700 ? null : (i * 37) % 101,
      })),
    });
    const chart = chartOf({ width: 300 }, daily);
    const [calls] = chart.series;
    expect(calls!.values).to.have.length(days);
    expect(calls!.values[700]).to.equal(null);
    const points = runs(calls!.d);
    expect(points).to.have.length(2);
    const drawn = points.flat().length;
    // At most 4 points (first, lowest, highest, last) per pixel column of each run.
    const columns = Math.floor(chart.right) - Math.floor(chart.left) + 1;
    expect(drawn).to.be.at.most(4 * (columns + 1));
    expect(drawn).to.be.lessThan(days);
  });
});

describe('timeline model: words', () => {
  it('valueText formats a value, and says "no data" for null', () => {
    expect(valueText(1234.5, 'en', 'No data')).to.equal('1,234.5');
    expect(valueText(null, 'en', 'No data')).to.equal('No data');
  });

  it('describePeriod names the period and every shown series’ value', () => {
    const chart = chartOf({ hidden: new Set(['beds']) });
    expect(describePeriod(chart, 2, 'en', 'No data')).to.equal('2012: Nurses No data, Budget balance 35');
  });

  it('describeEvent says the kind, title, dates, place and figures', () => {
    const congress = chartOf().events[1]!;
    expect(describeEvent(congress, 'Conference')).to.match(/^Conference: Care congress, March 20.+June 30, 2011, Riverside, Nurses 1,234$/);
    expect(describeEvent(chartOf().events[3]!, 'Milestone')).to.equal('Milestone: New wing, May 1, 2016');
  });
});
