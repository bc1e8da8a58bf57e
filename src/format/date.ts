import { parsePeriod } from '../feed/period.js';
import { dateFormat, formatPeriod, monthNames } from './number.js';

/**
 * Dates on a time axis and date spans, in a language, with cached formatters. Apart from
 * `number.ts` (where the formatters' cache, the month names and `formatPeriod` are) so that
 * pages without a timeline do not load them (that module sits in the chunk every widget loads).
 */

/** Abbreviated month names for the languages that trimmed ICU data lacks (CLDR, format forms). */
const MONTHS_SHORT: Readonly<Record<string, readonly string[]>> = {
  az: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
};

/**
 * A time-axis label for the calendar unit starting at `time` (UTC ms): a year `2024`; a month
 * `Mar`, or `Mar 2024` with `withYear`; a day `Mar 5`, or `Mar 5, 2024` with `withYear`.
 */
export function formatTick(time: number, unit: 'year' | 'month' | 'day', lang: string, withYear = false): string {
  if (unit === 'year') return String(new Date(time).getUTCFullYear());
  const options: Intl.DateTimeFormatOptions = { month: 'short', timeZone: 'UTC' };
  if (unit === 'day') options.day = 'numeric';
  if (withYear) options.year = 'numeric';
  const text = dateFormat(lang, options).format(time);
  // CLDR's patterns for az: "MMM", "MMM y", "d MMM", "d MMM y".
  const names = monthNames(text, lang, MONTHS_SHORT);
  if (!names) return text;
  const date = new Date(time);
  const day = unit === 'day' ? `${date.getUTCDate()} ` : '';
  return `${day}${names[date.getUTCMonth()]}${withYear ? ` ${date.getUTCFullYear()}` : ''}`;
}

/** A span of periods in a language: `December 19 – 21, 2022`; one period's name when `from` equals `to`. */
export function formatPeriodRange(from: string, to: string, lang: string): string {
  if (from === to) return formatPeriod(from, lang);
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (a && b && a.granularity === b.granularity && a.granularity !== 'year') {
    const options: Intl.DateTimeFormatOptions =
      a.granularity === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
    const text = dateFormat(lang, options).formatRange(a.start, b.start);
    if (!/M\d\d/.test(text)) return text;
  }
  return `${formatPeriod(from, lang)} – ${formatPeriod(to, lang)}`;
}
