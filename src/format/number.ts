import { parsePeriod } from '../feed/period.js';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat: formatters are slow to build and counters format every frame. */
function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang, options);
    } catch {
      format = new Intl.NumberFormat('en', options); // An invalid language tag must not break the widget.
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** Digits after the point that a value needs (at most 2): 4308 → 0, 12.5 → 1. */
export function fractionDigits(value: number): number {
  for (let digits = 0; digits < 2; digits++) {
    if (Math.abs(Math.round(value * 10 ** digits) - value * 10 ** digits) < 1e-9) return digits;
  }
  return 2;
}

/** A number for a language, with as many decimals as `digits` (default: as the value needs). */
export function formatNumber(value: number, lang: string, digits = fractionDigits(value)): string {
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A signed change: `+128`, `−3`, `0`. */
export function formatDelta(value: number, lang: string, digits = fractionDigits(value)): string {
  return numberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A period's name in a language: `2024`, `March 2024`, `5 March 2024`. */
export function formatPeriod(period: string, lang: string): string {
  const span = parsePeriod(period);
  if (!span) return period;
  const options: Intl.DateTimeFormatOptions =
    span.granularity === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : span.granularity === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(lang, options).format(span.start);
  } catch {
    return period;
  }
}

/** A clock time (and the date, when not today) in a language, for "last updated". */
export function formatTime(time: number, lang: string, now = Date.now()): string {
  const sameDay = new Date(time).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  try {
    return new Intl.DateTimeFormat(lang, options).format(time);
  } catch {
    return new Date(time).toISOString();
  }
}
