// DOM-free: numbers, changes, periods and times in a language, and the formatters' cache.
import { expect } from 'chai';
import {
  dateFormat,
  formatDelta,
  formatNumber,
  formatPeriod,
  formatTime,
  formatValue,
  formatValueRange,
  fractionDigits,
  withUnit,
} from '../../src/format/number.js';
import { intlMade } from '../support/intl-made.js';

/** How many Intl objects `run` makes. */
const intlConstructions = (run: () => void): number => intlMade(run).length;

describe('format/number', () => {
  it('fractionDigits: the decimals a value needs, at most two', () => {
    expect(fractionDigits(4308)).to.equal(0);
    expect(fractionDigits(12.5)).to.equal(1);
    expect(fractionDigits(0.25)).to.equal(2);
    expect(fractionDigits(1 / 3)).to.equal(2);
    expect(fractionDigits(-7)).to.equal(0);
    // Rounded to two, without the zeros rounding leaves: a legend reads 8.9–9.1 %, not 8.9–9.10 %.
    expect(fractionDigits(9.095)).to.equal(1);
    expect(formatValueRange(8.9, 9.095, 'en', '%')).to.equal('8.9–9.1%');
    expect(fractionDigits(-2.004)).to.equal(0);
    expect(fractionDigits(0.125)).to.equal(2);
  });

  it('formatNumber groups as the language does, with CLDR’s separators for az', () => {
    expect(formatNumber(4308, 'en')).to.equal('4,308');
    expect(formatNumber(4308.5, 'en')).to.equal('4,308.5');
    expect(formatNumber(4308, 'az')).to.equal('4.308');
    expect(formatNumber(4308.5, 'az-Latn-AZ')).to.equal('4.308,5');
    expect(formatNumber(4308, 'ru')).to.equal(new Intl.NumberFormat('ru').format(4308));
    expect(formatNumber(12.5, 'en', 2)).to.equal('12.50');
    expect(formatNumber(12.345, 'en', 0)).to.equal('12');
  });

  /** Values that test the writing: groups, rounding (half away from zero, on the shortest decimal), signs, zero, -0, large and tiny. */
  const VALUES = [0, -0, 1, -1, 7, 12.5, -12.5, 999, 1000, -1000, 4308.5, 12345.678, 999999.995, 1234567.891, 0.5, 1.5, 2.5, -2.5];
  VALUES.push(1.005, 2.675, 1.115, 0.125, -0.004, -0.005, 0.001, 1e-7, 123456789012345, 1e20, 1e21, 2 ** 53, 0.1 + 0.2, 1 / 3, -2 / 3);

  it('en and ru: numbers exactly as Intl writes them, without making an Intl object', () => {
    for (const lang of ['en', 'ru', 'en-GB', 'ru-RU']) {
      const made = intlConstructions(() => {
        for (const value of VALUES.filter((v) => Math.abs(v) >= 1e-6 && Math.abs(v) < 1e21))
          for (const digits of [0, 1, 2]) {
            formatNumber(value, lang, digits);
            formatDelta(value, lang, digits);
            withUnit(formatNumber(value, lang, digits), lang, '%');
          }
      });
      expect(made, `Intl objects made for ${lang}`).to.equal(0);
      for (const value of VALUES)
        for (const digits of [0, 1, 2]) {
          const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
          expect(formatNumber(value, lang, digits), `${value} in ${lang}, ${digits} decimals`).to.equal(new Intl.NumberFormat(lang, options).format(value));
          expect(formatDelta(value, lang, digits), `${value} signed in ${lang}`).to.equal(
            new Intl.NumberFormat(lang, { ...options, signDisplay: 'exceptZero' }).format(value),
          );
        }
      const percent = new Intl.NumberFormat(lang, { style: 'unit', unit: 'percent' }).formatToParts(1);
      expect(formatValue(5, lang, '%')).to.equal(percent.map((p) => (p.type === 'integer' ? '5' : p.value)).join(''));
    }
  });

  it("az: CLDR's separators on Intl's English digits, without an Intl object; other tags (en-IN's lakhs) are Intl's", () => {
    expect(intlConstructions(() => VALUES.filter((v) => Math.abs(v) >= 1e-6 && Math.abs(v) < 1e21).forEach((v) => formatNumber(v, 'az-Latn-AZ', 1)))).to.equal(
      0,
    );
    const swapped = (value: number) =>
      new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        .formatToParts(value)
        .map((p) => (p.type === 'group' ? '.' : p.type === 'decimal' ? ',' : p.value))
        .join('');
    for (const value of VALUES) expect(formatNumber(value, 'az', 2), `${value} in az`).to.equal(swapped(value));
    expect(formatNumber(1234567, 'en-IN')).to.equal(new Intl.NumberFormat('en-IN').format(1234567));
    expect(formatNumber(1234567, 'de')).to.equal('1.234.567');
  });

  it('an invalid language tag formats as English instead of throwing', () => {
    expect(formatNumber(4308, 'not a tag!')).to.equal('4,308');
    expect(formatPeriod('2024-03', 'not a tag!')).to.equal('March 2024');
  });

  it('formatDelta signs a change, and not a zero', () => {
    expect(formatDelta(128, 'en')).to.equal('+128');
    expect(formatDelta(-1180, 'en')).to.equal(new Intl.NumberFormat('en', { signDisplay: 'exceptZero' }).format(-1180));
    expect(formatDelta(0, 'en')).to.equal('0');
    expect(formatDelta(1180, 'az')).to.equal('+1.180');
  });

  it('formatPeriod names years, months and days, in UTC', () => {
    expect(formatPeriod('2024', 'en')).to.equal('2024');
    expect(formatPeriod('2024-03', 'en')).to.equal('March 2024');
    expect(formatPeriod('2024-03-05', 'en')).to.equal('March 5, 2024');
    expect(formatPeriod('2024-01-01', 'en')).to.equal('January 1, 2024');
    expect(formatPeriod('not a period', 'en')).to.equal('not a period');
  });

  it('formatPeriod writes Azerbaijani months in CLDR’s words where ICU data lacks them', () => {
    expect(formatPeriod('2024-03', 'az')).to.equal('mart 2024');
    expect(formatPeriod('2024-08-05', 'az')).to.equal('5 avqust 2024');
  });

  it('formatTime: the time of day today, the date too on another day', () => {
    const time = new Date(2024, 2, 5, 10, 30).getTime();
    expect(formatTime(time, 'en', time + 60_000)).to.match(/^10:30( AM)?$/);
    expect(formatTime(time, 'en', time + 3 * 86_400_000)).to.match(/Mar 5.*10:30/);
    // Our month names only where ICU data lacks Azerbaijani (Debian's Chromium); full ICU (Node) has its own.
    const icu = new Intl.DateTimeFormat('az', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(time);
    expect(formatTime(time, 'az', time + 3 * 86_400_000)).to.equal(/M\d\d/.test(icu) ? '5 mart 10:30' : icu);
  });

  it("formatValue: % as each language writes a percentage (Intl's percent unit), other units after a no-break space", () => {
    expect(formatValue(6.9, 'en', '%')).to.equal('6.9%');
    expect(formatValue(6.9, 'ru', '%')).to.equal('6,9\u00a0%');
    expect(formatValue(6.9, 'az', '%')).to.equal('6,9%');
    expect(formatValue(2111, 'en', 'people')).to.equal('2,111\u00a0people');
    expect(formatValue(2111, 'az', 'nəfər')).to.equal('2.111\u00a0nəfər');
    expect(formatValue(2111, 'ru', 'чел.')).to.equal('2\u00a0111\u00a0чел.');
    expect(formatValue(78.25, 'en')).to.equal(formatNumber(78.25, 'en'));
    expect(formatValue(5, 'en', '%', 1)).to.equal('5.0%');
  });

  it("formatValueRange: a legend's range with its unit once, as the language writes it (5–7 %)", () => {
    expect(formatValueRange(5, 7.5, 'en', '%')).to.equal('5–7.5%');
    expect(formatValueRange(5, 7.5, 'ru', '%')).to.equal('5–7,5\u00a0%');
    expect(formatValueRange(5, 7.5, 'az', '%')).to.equal('5–7,5%');
    expect(formatValueRange(1200, 1500, 'en', 'years')).to.equal('1,200–1,500\u00a0years');
    expect(formatValueRange(3, 3, 'ru', '%')).to.equal('3\u00a0%');
    expect(formatValueRange(1200, 1500, 'en')).to.equal('1,200–1,500');
  });

  it('keeps one formatter per language and options: formatting again builds no Intl object', () => {
    const time = Date.UTC(2024, 2, 5, 10, 30);
    const all = () => {
      formatNumber(4308, 'ru');
      formatNumber(12.5, 'az');
      formatDelta(-3, 'en');
      formatPeriod('2024-03', 'ru');
      formatPeriod('2024-03-05', 'az');
      formatTime(time, 'ru', time + 86_400_000);
      formatValue(6.9, 'ru', '%');
      formatValueRange(5, 7, 'az', '%');
    };
    expect(intlConstructions(all), 'the first time').to.be.greaterThan(0);
    expect(
      intlConstructions(() => {
        for (let i = 0; i < 100; i++) all();
      }),
    ).to.equal(0);
  });

  it('names a year in az, en and ru as Intl does, without making an Intl object', () => {
    expect(intlConstructions(() => ['az', 'en', 'ru', 'ru-RU'].forEach((lang) => formatPeriod('2024', lang)))).to.equal(0);
    for (const lang of ['az', 'en', 'ru', 'az-Latn-AZ'])
      expect(formatPeriod('2024', lang)).to.equal(new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1)));
    // Other languages are Intl's: Japanese writes 2024年.
    expect(formatPeriod('2024', 'ja')).to.equal(new Intl.DateTimeFormat('ja', { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1)));
  });

  it('dateFormat: the same formatter for the same language and options', () => {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    expect(dateFormat('en', options)).to.equal(dateFormat('en', { ...options }));
    expect(dateFormat('en', options)).to.not.equal(dateFormat('ru', options));
  });
});
