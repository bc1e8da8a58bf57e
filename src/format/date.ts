import { parsePeriod } from '../feed/period.js';

/**
 * Periods, dates on a time axis and date spans, in a language, with cached formatters. Apart from
 * `number.ts` so that pages without a timeline do not load them (that module sits in the chunk
 * every widget loads).
 */

/**
 * Month names for languages that trimmed ICU data lacks (CLDR; as in `number.ts`, kept apart so
 * that the counter's chunk does not export them).
 */
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
};

/** Abbreviated month names for the same languages (CLDR, format forms). */
const MONTHS_SHORT: Readonly<Record<string, readonly string[]>> = {
  az: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached UTC date formatter; an invalid language tag falls back to English. */
function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    options = { ...options, timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    formats.set(key, format);
  }
  return format;
}

/** Trimmed ICU data names months "M03": our own names for the languages we ship, else null. */
function monthNames(text: string, lang: string, table: Readonly<Record<string, readonly string[]>>): readonly string[] | null {
  return (/M\d\d/.test(text) && table[lang.split('-')[0]!.toLowerCase()]) || null;
}

/**
 * A period's name, as `formatPeriod` writes it (`2024`, `March 2024`, `March 5, 2024`), with
 * cached formatters: a timeline's table names up to thousands of periods, and 10,000 names took
 * 3 s with a new `Intl.DateTimeFormat` each, 45 ms with one (Chromium, measured 2026-11-23).
 */
export function periodName(period: string, lang: string): string {
  const span = parsePeriod(period);
  if (!span) return period;
  const g = span.granularity;
  const text = dateFormat(
    lang,
    g === 'year' ? { year: 'numeric' } : g === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'long', day: 'numeric' },
  ).format(span.start);
  const names = monthNames(text, lang, MONTHS);
  if (!names) return text;
  const date = new Date(span.start);
  const month = `${names[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return g === 'month' ? month : `${date.getUTCDate()} ${month}`;
}

/**
 * A time-axis label for the calendar unit starting at `time` (UTC ms): a year `2024`; a month
 * `Mar`, or `Mar 2024` with `withYear`; a day `Mar 5`, or `Mar 5, 2024` with `withYear`.
 */
export function formatTick(time: number, unit: 'year' | 'month' | 'day', lang: string, withYear = false): string {
  if (unit === 'year') return String(new Date(time).getUTCFullYear());
  const options: Intl.DateTimeFormatOptions = unit === 'month' ? { month: 'short' } : { month: 'short', day: 'numeric' };
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
  if (from === to) return periodName(from, lang);
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (a && b && a.granularity === b.granularity && a.granularity !== 'year') {
    const options: Intl.DateTimeFormatOptions =
      a.granularity === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'long', day: 'numeric' };
    const text = dateFormat(lang, options).formatRange(a.start, b.start);
    if (!/M\d\d/.test(text)) return text;
  }
  return `${periodName(from, lang)} – ${periodName(to, lang)}`;
}
