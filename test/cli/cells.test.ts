// Numbers and dates as publishers type them (src/cli/cells.ts): what is a number, and what a
// cell written in a locale's format probably means.
import { expect } from 'chai';
import { hasDecimals, probablePeriod, readNumber, type NumberContext } from '../../src/cli/cells.js';

const comma: NumberContext = { delimiter: ',', decimals: false };
const semicolon: NumberContext = { delimiter: ';', decimals: false };

describe('readNumber', () => {
  it('reads plain numbers: integers, decimals with a point, negatives, exponents', () => {
    for (const [raw, value] of [
      ['4308', 4308],
      ['0', 0],
      ['-12', -12],
      ['12.5', 12.5],
      ['0.308', 0.308],
      ['1e6', 1e6],
      [' 61 ', 61],
    ] as const) {
      expect(readNumber(raw, comma), raw).to.deep.equal({ kind: 'number', value });
    }
  });

  it('reads an empty cell as empty (null: unknown)', () => {
    expect(readNumber('', comma)).to.deep.equal({ kind: 'empty' });
    expect(readNumber('   ', comma)).to.deep.equal({ kind: 'empty' });
  });

  it('"4 308": a space, no-break space, narrow no-break space or apostrophe between groups is a thousands separator', () => {
    for (const raw of ['4 308', '4\u00a0308', '4\u202f308', "4'308", '4’308']) {
      expect(readNumber(raw, comma), raw).to.deep.equal({ kind: 'thousands', probably: 4308 });
    }
    expect(readNumber('1 234 567', semicolon)).to.deep.equal({ kind: 'thousands', probably: 1234567 });
    expect(readNumber('4 308,5', semicolon)).to.deep.equal({ kind: 'thousands', probably: 4308.5 });
  });

  it('"4.308": a thousands point in a column of whole numbers, a decimal in a column with decimals', () => {
    expect(readNumber('4.308', comma)).to.deep.equal({ kind: 'thousands', probably: 4308 });
    expect(readNumber('4.308', semicolon)).to.deep.equal({ kind: 'thousands', probably: 4308 });
    expect(readNumber('4.308', { delimiter: ',', decimals: true })).to.deep.equal({ kind: 'number', value: 4.308 });
    // Two groups, or a decimal comma after the group, can only be thousands.
    expect(readNumber('1.234.567', { delimiter: ',', decimals: true })).to.deep.equal({ kind: 'thousands', probably: 1234567 });
    expect(readNumber('1.234,5', semicolon)).to.deep.equal({ kind: 'thousands', probably: 1234.5 });
  });

  it('"12,5": a decimal comma', () => {
    expect(readNumber('12,5', semicolon)).to.deep.equal({ kind: 'decimal-comma', probably: 12.5 });
    expect(readNumber('0,25', comma)).to.deep.equal({ kind: 'decimal-comma', probably: 0.25 });
  });

  it('"4,308": a decimal comma in a semicolon file (az, ru), a thousands comma in a comma file (en), with the other reading', () => {
    expect(readNumber('4,308', semicolon)).to.deep.equal({ kind: 'decimal-comma', probably: 4.308, otherwise: 4308 });
    expect(readNumber('4,308', comma)).to.deep.equal({ kind: 'thousands', probably: 4308, otherwise: 4.308 });
    expect(readNumber('1,234,567', comma)).to.deep.equal({ kind: 'thousands', probably: 1234567 });
    expect(readNumber('1,234.5', comma)).to.deep.equal({ kind: 'thousands', probably: 1234.5 });
  });

  it('anything else is not a number', () => {
    for (const raw of ['12a', '..', '-', 'n/a', '4 30', '+5', '1.2.3', '12%']) {
      expect(readNumber(raw, comma), raw).to.deep.equal({ kind: 'not-a-number' });
    }
  });
});

describe('hasDecimals', () => {
  it('is true when a cell is a decimal that cannot be a thousands group', () => {
    expect(hasDecimals(['1', '12.5'])).to.equal(true);
    expect(hasDecimals(['0.308'])).to.equal(true);
    expect(hasDecimals(['4308.25'])).to.equal(true);
  });

  it('is false for whole numbers and thousands-like cells', () => {
    expect(hasDecimals(['1', '', '4.308', '1.234.567', '12,5'])).to.equal(false);
  });
});

describe('probablePeriod', () => {
  it('is undefined for a good period', () => {
    for (const raw of ['2024', '2024-06', '2024-06-30']) expect(probablePeriod(raw), raw).to.equal(undefined);
  });

  it('reads day-first dates as az and ru write them', () => {
    expect(probablePeriod('31.12.2024')).to.equal('2024-12-31');
    expect(probablePeriod('1.2.2024')).to.equal('2024-02-01');
    expect(probablePeriod('05/03/2024')).to.equal('2024-03-05');
  });

  it('reads month-first only when the day cannot be a month', () => {
    expect(probablePeriod('12/31/2024')).to.equal('2024-12-31');
  });

  it('reads year-first dates and months', () => {
    expect(probablePeriod('2024/12/31')).to.equal('2024-12-31');
    expect(probablePeriod('2024.6.1')).to.equal('2024-06-01');
    expect(probablePeriod('06.2024')).to.equal('2024-06');
    expect(probablePeriod('2024/6')).to.equal('2024-06');
  });

  it('is undefined for what is not a date, or an impossible one', () => {
    for (const raw of ['soon', '31.02.2024', '2024-13', '13/13/2024', '']) expect(probablePeriod(raw), raw).to.equal(undefined);
  });
});
