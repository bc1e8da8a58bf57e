// Issue 14, parts 1 and 3: metrics that do not add up (`kind: "rate"`), and the feed's own levels.
import { expect } from 'chai';
import { FeedIndex } from '../../src/feed/select.js';
import type { Problem } from '../../src/feed/types.js';
import { validateFeed } from '../../src/feed/validate.js';
import { rateFeed, TEXAS_2009, TEXAS_2010 } from '../fixtures/rate-feed.js';

type Row = Record<string, unknown>;
type Doc = typeof rateFeed;

const clone = (): Doc => structuredClone(rateFeed);
const line = (p: Problem) => `${p.path}: ${p.message}`;

function read(doc: unknown) {
  const result = validateFeed(doc);
  if (!result.ok) throw new Error(result.fatal.message);
  return result;
}

const index = (doc: unknown = rateFeed) => new FeedIndex(read(doc).feed);

describe('rates: values', () => {
  it('the feed validates with no warning, its levels and units kept', () => {
    const { feed, warnings } = read(rateFeed);
    expect(warnings.map(line)).to.deep.equal([]);
    expect(feed.levels!.map((l) => l.id)).to.deep.equal(['state', 'county']);
    expect(feed.metrics.map((m) => m.kind)).to.deep.equal(['stock', 'stock', 'rate', 'rate']);
    expect(feed.metrics[0]!.unit).to.deep.equal({ en: 'people', az: 'nəfər', ru: 'чел.' });
    expect(feed.metrics[2]).to.deep.include({ numerator: 'unemployed', denominator: 'labour', scale: 100, unit: '%' });
  });

  it('a parent’s rate is the ratio of its children’s sums × scale, never their sum or mean', () => {
    const feed = index();
    expect(feed.value('rate', 'TX', '2009')).to.be.closeTo(TEXAS_2009, 1e-9);
    expect(feed.value('rate', 'TX', '2010')).to.be.closeTo(TEXAS_2010, 1e-9);
    // Not the sum of the counties' rates (6.1 + 8.88…), nor their mean (7.49…).
    expect(feed.value('rate', 'TX', '2009')).to.not.be.closeTo(6.1 + (877 / 9871) * 100, 0.01);
    expect(feed.value('rate', 'TX', '2009')).to.not.be.closeTo((6.1 + (877 / 9871) * 100) / 2, 0.01);
    // The counts still add up as before.
    expect(feed.value('unemployed', 'TX', '2009')).to.equal(2111);
  });

  it('a leaf’s own row wins; without one, its own numerator over denominator', () => {
    const feed = index();
    expect(feed.value('rate', 'TX-A', '2009')).to.equal(6.1);
    expect(feed.value('rate', 'TX-B', '2009')).to.be.closeTo((877 / 9871) * 100, 1e-9);
    expect(feed.value('rate', 'OK-A', '2010')).to.be.closeTo((470 / 8150) * 100, 1e-9);
    expect(feed.value('rate', 'OK', '2009')).to.be.closeTo((455 / 8123) * 100, 1e-9);
  });

  it('a parent’s own rate row gives way to the ratio of sums; kept when the ratio is unknown', () => {
    const doc = clone();
    // A parent's own row is its numerator's and denominator's too (as for any stock): without them, the ratio is unknown.
    (doc.observations as Row[]).push({ period: '2009', region: 'TX', rate: 99, unemployed: 2111, labour: 30438 }, { period: '2011', region: 'TX', rate: 7.7 });
    const feed = index(doc);
    expect(feed.value('rate', 'TX', '2009')).to.be.closeTo(TEXAS_2009, 1e-9);
    expect(feed.value('rate', 'TX', '2011')).to.equal(7.7);
  });

  it('a rate without numerator and denominator: a region without its own row has no value (no data), never a sum', () => {
    const feed = index();
    expect(feed.value('life', 'TX-A', '2009')).to.equal(78.2);
    expect(feed.value('life', 'TX', '2009')).to.equal(null);
    expect(feed.counter('life', 'TX')).to.deep.equal({ value: null, period: null, previous: null });
    expect(feed.latest('life', 'OK')).to.equal(null);
  });

  it('a zero or unknown denominator: no ratio (the own row, else no data)', () => {
    const doc = clone();
    doc.observations[2] = { period: '2009', region: 'OK-A', unemployed: 455, labour: 0 } as (typeof doc.observations)[number];
    doc.observations[4] = { period: '2010', region: 'TX-B', unemployed: 901 } as (typeof doc.observations)[number];
    const feed = index(doc);
    expect(feed.value('rate', 'OK', '2009')).to.equal(null);
    expect(feed.value('rate', 'TX', '2010')).to.equal(null);
    expect(feed.value('rate', 'TX-A', '2010')).to.be.closeTo((1302 / 20611) * 100, 1e-9);
  });

  it('a counter shows a rate as a level (the latest period’s), not a total over periods', () => {
    const reading = index().counter('rate', 'TX');
    expect(reading.period).to.equal('2010');
    expect(reading.value).to.be.closeTo(TEXAS_2010, 1e-9);
    expect(reading.previous!.value).to.be.closeTo(TEXAS_2009, 1e-9);
  });

  it('scale defaults to 1 (a ratio: pupils per teacher)', () => {
    const doc = clone() as unknown as Row & { metrics: Row[] };
    delete doc.metrics[2]!['scale'];
    expect(index(doc).value('rate', 'TX', '2009')).to.be.closeTo(2111 / 30438, 1e-12);
  });
});

describe('rates: the validator', () => {
  const withRate = (fields: Row) => {
    const doc = clone() as unknown as Row & { metrics: Row[] };
    Object.assign(doc.metrics[2]!, fields);
    for (const [key, value] of Object.entries(fields)) if (value === undefined) delete doc.metrics[2]![key];
    return doc;
  };
  const warningsOf = (doc: unknown) => read(doc).warnings.map((p) => [p.path, p.code, p.message]);

  it('a rate naming a missing metric: a problem with a code, the ratio dropped (own rows only)', () => {
    const doc = withRate({ numerator: 'jobless' });
    expect(warningsOf(doc)).to.deep.equal([['metrics[2].numerator', 'rate-unknown', 'no metric "jobless" in the feed; numerator and denominator ignored']]);
    const feed = index(doc);
    expect(feed.metric('rate')!.numerator).to.equal(undefined);
    expect(feed.value('rate', 'TX', '2009')).to.equal(null);
    expect(feed.value('rate', 'TX-A', '2009')).to.equal(6.1);
  });

  it('a rate naming itself, or another rate', () => {
    expect(warningsOf(withRate({ denominator: 'rate' }))).to.deep.equal([
      ['metrics[2].denominator', 'rate-self', 'a rate cannot be its own numerator or denominator; numerator and denominator ignored'],
    ]);
    expect(warningsOf(withRate({ numerator: 'life' }))[0]!.slice(0, 2)).to.deep.equal(['metrics[2].numerator', 'rate-of-rate']);
  });

  it('a numerator without a denominator; a bad scale; a numerator on a stock', () => {
    expect(warningsOf(withRate({ denominator: undefined }))[0]!.slice(0, 2)).to.deep.equal(['metrics[2]', 'rate-pair']);
    expect(warningsOf(withRate({ scale: -100 }))).to.deep.equal([['metrics[2].scale', 'expected', 'expected a positive number, got -100; ignored']]);
    const doc = clone() as unknown as Row & { metrics: Row[] };
    doc.metrics[1]!['numerator'] = 'unemployed';
    expect(warningsOf(doc)).to.deep.equal([['metrics[1]', 'not-rate', 'numerator, denominator and scale are for rates only; ignored']]);
  });
});

describe('levels of the feed’s own', () => {
  it('regions may use any level the feed lists; others are dropped with a problem naming the levels', () => {
    const doc = clone() as unknown as Row & { regions: Row[] };
    doc.regions.push({ id: 'D', name: 'D', level: 'district' });
    expect(read(doc).warnings.map(line)).to.deep.equal([
      'regions[5].level: expected one of the feed\'s levels (state, county), got "district"; region dropped',
    ]);
  });

  it('a duplicate level id, a level without an id: reported, the rest kept', () => {
    const doc = clone() as unknown as Row & { levels: Row[] };
    doc.levels.push({ id: 'county', label: 'Again' }, { label: 'Nameless' });
    const { feed, warnings } = read(doc);
    expect(warnings.map((p) => [p.path, p.code])).to.deep.equal([
      ['levels[2].id', 'duplicate-level'],
      ['levels[3].id', 'expected'],
    ]);
    expect(feed.levels).to.deep.equal(rateFeed.levels);
  });

  it('without levels, the three built-in ones as before (state is refused)', () => {
    const doc = clone() as unknown as Row & { regions: Row[] };
    delete doc['levels'];
    const { warnings } = read(doc);
    expect(warnings.map(line)[0]).to.equal('regions[0].level: expected "country", "economic-region" or "district", got "state"; region dropped');
  });
});
