import { expect } from 'chai';
import { parsePeriod } from '../../src/feed/period.js';
import { dodge, linearScale, nearest, stackRows, timeTicks, valueDomain, valueTicks, type TimeTick } from '../../src/math/timeline-scales.js';

const at = (period: string) => parsePeriod(period)!.start;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
/** Fits when at most `n` ticks. */
const atMost = (n: number) => (ticks: readonly TimeTick[]) => ticks.length <= n;

describe('linearScale', () => {
  it('maps a domain onto a range and back', () => {
    const x = linearScale([10, 20], [100, 300]);
    expect(x(10)).to.equal(100);
    expect(x(15)).to.equal(200);
    expect(x(25)).to.equal(400);
    expect(x.invert(250)).to.equal(17.5);
    const y = linearScale([0, 5000], [280, 12]); // inverted, as a value axis
    expect(y(0)).to.equal(280);
    expect(y(5000)).to.equal(12);
    expect(y(2500)).to.equal(146);
  });

  it('maps an empty domain to the middle of the range', () => {
    expect(linearScale([3, 3], [0, 10])(3)).to.equal(5);
  });
});

describe('valueDomain and valueTicks', () => {
  it('starts at zero and ends on a nice tick', () => {
    expect(valueDomain(40, 5103, 5)).to.deep.equal([0, 6000]);
    expect(valueTicks([0, 6000], 5)).to.deep.equal([0, 1000, 2000, 3000, 4000, 5000, 6000]);
    expect(valueDomain(-12, 30, 4)).to.deep.equal([-20, 30]);
  });

  it('gives [0, 1] without values, and a unit range for all zeros', () => {
    expect(valueDomain(Infinity, -Infinity, 5)).to.deep.equal([0, 1]);
    expect(valueDomain(0, 0, 5)).to.deep.equal([0, 1]);
  });
});

describe('timeTicks', () => {
  const years = [at('2013'), at('2025')] as const;

  it('labels every year when there is room, each in the middle of its year', () => {
    const ticks = timeTicks(years, 'year', atMost(20));
    expect(ticks.map((t) => new Date(t.start).getUTCFullYear())).to.deep.equal([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(ticks[0]!.center).to.equal((at('2013') + at('2014')) / 2);
  });

  it('thins years to round steps when narrow (2, then 5)', () => {
    expect(timeTicks(years, 'year', atMost(6)).map((t) => new Date(t.start).getUTCFullYear())).to.deep.equal([2014, 2016, 2018, 2020, 2022, 2024]);
    expect(timeTicks(years, 'year', atMost(3)).map((t) => new Date(t.start).getUTCFullYear())).to.deep.equal([2015, 2020]);
  });

  it('never goes finer than the data: yearly data gets no month ticks', () => {
    const ticks = timeTicks([at('2024'), at('2025')], 'year', atMost(50));
    expect(ticks).to.have.length(1);
    expect(ticks[0]!.unit).to.equal('year');
  });

  it('counts months for monthly data (1, 2, 3, 6), then years', () => {
    const domain = [at('2023-01'), at('2025-01')] as const;
    expect(timeTicks(domain, 'month', atMost(24))).to.have.length(24);
    expect(timeTicks(domain, 'month', atMost(12)).map((t) => iso(t.start).slice(0, 7))).to.deep.equal([
      '2023-01',
      '2023-03',
      '2023-05',
      '2023-07',
      '2023-09',
      '2023-11',
      '2024-01',
      '2024-03',
      '2024-05',
      '2024-07',
      '2024-09',
      '2024-11',
    ]);
    expect(timeTicks(domain, 'month', atMost(8)).map((t) => iso(t.start).slice(0, 7))).to.deep.equal([
      '2023-01',
      '2023-04',
      '2023-07',
      '2023-10',
      '2024-01',
      '2024-04',
      '2024-07',
      '2024-10',
    ]);
    expect(timeTicks(domain, 'month', atMost(2)).map((t) => t.unit)).to.deep.equal(['year', 'year']);
  });

  it('counts days for daily data: every day, every other, 1-8-15-22, 1-15, then months', () => {
    const domain = [at('2024-03-01'), at('2024-04-30')] as const;
    expect(timeTicks(domain, 'day', atMost(100))).to.have.length(60);
    expect(timeTicks(domain, 'day', atMost(8)).map((t) => iso(t.start))).to.deep.equal([
      '2024-03-01',
      '2024-03-08',
      '2024-03-15',
      '2024-03-22',
      '2024-04-01',
      '2024-04-08',
      '2024-04-15',
      '2024-04-22',
    ]);
    expect(timeTicks(domain, 'day', atMost(4)).map((t) => iso(t.start))).to.deep.equal(['2024-03-01', '2024-03-15', '2024-04-01', '2024-04-15']);
    expect(timeTicks(domain, 'day', atMost(2)).map((t) => [t.unit, iso(t.start)])).to.deep.equal([
      ['month', '2024-03-01'],
      ['month', '2024-04-01'],
    ]);
  });

  it('returns the coarsest it tried when nothing fits', () => {
    const ticks = timeTicks(years, 'year', () => false);
    expect(ticks.length).to.be.at.most(1);
  });
});

describe('dodge', () => {
  it('moves labels apart by the gap and keeps them inside the bounds, in the order given', () => {
    expect(dodge([50, 52, 200], 14, 0, 300)).to.deep.equal([50, 64, 200]);
    expect(dodge([295, 298], 14, 0, 300)).to.deep.equal([286, 300]);
    expect(dodge([52, 50], 14, 0, 300)).to.deep.equal([64, 50]);
  });
});

describe('stackRows', () => {
  it('puts overlapping markers on new rows, and reuses a row once it is free', () => {
    expect(
      stackRows(
        [
          [0, 10],
          [5, 15],
          [20, 30],
          [12, 18],
        ],
        2,
      ),
    ).to.deep.equal([0, 1, 0, 0]);
    expect(
      stackRows(
        [
          [0, 10],
          [1, 11],
          [2, 12],
          [3, 13],
        ],
        2,
        3,
      ),
    ).to.deep.equal([0, 1, 2, 0]);
  });
});

describe('nearest', () => {
  it('finds the index of the nearest value, ties to the left', () => {
    const xs = [10, 20, 40];
    expect(nearest(xs, -5)).to.equal(0);
    expect(nearest(xs, 14)).to.equal(0);
    expect(nearest(xs, 15)).to.equal(0);
    expect(nearest(xs, 16)).to.equal(1);
    expect(nearest(xs, 31)).to.equal(2);
    expect(nearest(xs, 99)).to.equal(2);
    expect(nearest([], 3)).to.equal(-1);
  });
});
