import { expect } from 'chai';
import { comparePeriods, isIsoDate, parsePeriod } from '../../src/feed/period.js';

/** UTC milliseconds of a calendar day, for any year (Date.UTC maps 0–99 to 1900–1999). */
function utc(year: number, month: number, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

describe('parsePeriod', () => {
  it('reads a year as the whole year', () => {
    expect(parsePeriod('2024')).to.deep.equal({ start: utc(2024, 1), end: utc(2025, 1), granularity: 'year' });
  });

  it('reads a month as the whole month, December ending at the next new year', () => {
    expect(parsePeriod('2024-02')).to.deep.equal({ start: utc(2024, 2), end: utc(2024, 3), granularity: 'month' });
    expect(parsePeriod('2024-12')).to.deep.equal({ start: utc(2024, 12), end: utc(2025, 1), granularity: 'month' });
  });

  it('reads a day as one day', () => {
    expect(parsePeriod('2024-12-31')).to.deep.equal({ start: utc(2024, 12, 31), end: utc(2025, 1, 1), granularity: 'day' });
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parsePeriod('2024-02-29')?.granularity).to.equal('day');
    expect(parsePeriod('2000-02-29')?.granularity).to.equal('day');
    expect(parsePeriod('2023-02-29')).to.equal(null);
    expect(parsePeriod('1900-02-29')).to.equal(null);
  });

  for (const period of ['2024-02-30', '2024-04-31', '2024-01-32', '2024-01-00', '2024-13', '2024-00', '2024-13-01', '2024-00-10']) {
    it(`rejects the impossible date ${period}`, () => {
      expect(parsePeriod(period)).to.equal(null);
    });
  }

  for (const period of ['', '24', '20245', '2024-1', '2024-01-1', '2024/01', '2024-01-01T00:00', ' 2024', '2024 ', 'Q1-2024', '२०२४']) {
    it(`rejects the malformed period ${JSON.stringify(period)}`, () => {
      expect(parsePeriod(period)).to.equal(null);
    });
  }

  it('reads years before 100 as themselves, not as 19xx', () => {
    expect(parsePeriod('0099')?.start).to.equal(utc(99, 1));
    expect(new Date(parsePeriod('0099')!.start).getUTCFullYear()).to.equal(99);
    expect(new Date(parsePeriod('0050-06-15')!.start).getUTCFullYear()).to.equal(50);
    expect(comparePeriods('0099', '1998')).to.be.below(0);
  });
});

describe('comparePeriods', () => {
  it('orders years, months and days as dates', () => {
    expect(comparePeriods('2023', '2024')).to.be.below(0);
    expect(comparePeriods('2024', '2023')).to.be.above(0);
    expect(comparePeriods('2023-12-31', '2024-01')).to.be.below(0);
    expect(comparePeriods('2024-02', '2024-01-31')).to.be.above(0);
    expect(comparePeriods('2024', '2024')).to.equal(0);
    expect(comparePeriods('2024-06', '2024-06')).to.equal(0);
  });

  it('puts a month inside a year before the year', () => {
    expect(comparePeriods('2024-06', '2024')).to.be.below(0);
    expect(comparePeriods('2024', '2024-06')).to.be.above(0);
    expect(comparePeriods('2024-06', '2023')).to.be.above(0);
  });

  it('puts a year after its last month, and a month after its last day', () => {
    expect(comparePeriods('2024-12', '2024')).to.be.below(0);
    expect(comparePeriods('2024', '2024-12')).to.be.above(0);
    expect(comparePeriods('2024-12-31', '2024-12')).to.be.below(0);
    expect(comparePeriods('2024-12-31', '2024')).to.be.below(0);
  });

  it('sorts unsorted, mixed periods', () => {
    const periods = ['2024', '2023-12-31', '2024-06', '2022', '2024-12', '2024-06-30', '2023'];
    expect([...periods].sort(comparePeriods)).to.deep.equal(['2022', '2023-12-31', '2023', '2024-06-30', '2024-06', '2024-12', '2024']);
  });

  it('puts unreadable periods first', () => {
    expect(comparePeriods('soon', '0001')).to.be.below(0);
    expect(comparePeriods('2024', '2024-13')).to.be.above(0);
    expect(comparePeriods('soon', 'later')).to.equal(0);
  });
});

describe('isIsoDate', () => {
  for (const value of [
    '2024-12-31',
    '2024-02-29',
    '2024-12-31T10:00Z',
    '2024-12-31T10:00:59Z',
    '2024-12-31T10:00:00.123+04:00',
    '2024-12-31T23:59:59-05:30',
    '2024-12-31T10:00:00',
  ]) {
    it(`accepts ${value}`, () => {
      expect(isIsoDate(value)).to.equal(true);
    });
  }

  for (const value of [
    '2024',
    '2024-12',
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '31.12.2024',
    '2024-12-31T',
    '2024-12-31 10:00',
    '2024-12-31T10',
    '2024-12-31T25:00Z',
    '2024-12-31T10:60Z',
    '2024-12-31T10:00+0400',
    '2024-12-31Z',
    '',
  ]) {
    it(`rejects ${JSON.stringify(value)}`, () => {
      expect(isIsoDate(value)).to.equal(false);
    });
  }
});
