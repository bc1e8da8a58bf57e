import { parsePeriod } from '../feed/period.js';

type Format = (value: number) => string;

const numberFormats = new Map<string, Format>();

/**
 * Separators (group, decimal) per CLDR for languages that some browsers' trimmed ICU data
 * formats as English: Debian's Chromium 156 writes 4308.5 in `az` as "4,308.5", which an
 * Azerbaijani reader takes for 4.3. Where Intl disagrees with CLDR, the separators are swapped in.
 */
const SEPARATORS: Readonly<Record<string, readonly [string, string]>> = { az: ['.', ','] };

/** A cached number formatter: formatters are slow to build and counters format every frame. */
function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Format {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    let intl: Intl.NumberFormat;
    try {
      intl = new Intl.NumberFormat(lang, options);
    } catch {
      intl = new Intl.NumberFormat('en', options); // An invalid language tag must not break the widget.
    }
    const separators = SEPARATORS[lang.split('-')[0]!.toLowerCase()];
    const parts = intl.formatToParts(1234.5);
    const wrong =
      separators &&
      (parts.find((p) => p.type === 'group')?.value !== separators[0] || parts.find((p) => p.type === 'decimal')?.value !== separators[1]);
    format = wrong
      ? (value) =>
          intl
            .formatToParts(value)
            .map((p) => (p.type === 'group' ? separators[0] : p.type === 'decimal' ? separators[1] : p.value))
            .join('')
      : (value) => intl.format(value);
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
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits })(value);
}

/** A signed change: `+128`, `−3`, `0`. */
export function formatDelta(value: number, lang: string, digits = fractionDigits(value)): string {
  return numberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  })(value);
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
    const text = new Intl.DateTimeFormat(lang, options).format(span.start);
    // Trimmed ICU data names months "M03": use our own names for the languages we ship.
    const names = MONTHS[lang.split('-')[0]!.toLowerCase()];
    if (!names || !/M\d\d/.test(text)) return text;
    const date = new Date(span.start);
    const month = names[date.getUTCMonth()];
    return span.granularity === 'month' ? `${month} ${date.getUTCFullYear()}` : `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
  } catch {
    return period;
  }
}

/** Month names for languages that trimmed ICU data lacks (CLDR, stand-alone forms). */
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
};

/** A clock time (and the date, when not today) in a language, for "last updated". */
export function formatTime(time: number, lang: string, now = Date.now()): string {
  const sameDay = new Date(time).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  try {
    const text = new Intl.DateTimeFormat(lang, options).format(time);
    // Trimmed ICU data writes "M03 5 10:30" in `az`: our month names, CLDR's order ("5 mart 10:30").
    const names = !sameDay && /M\d\d/.test(text) && MONTHS[lang.split('-')[0]!.toLowerCase()];
    const date = new Date(time);
    return names ? `${date.getDate()} ${names[date.getMonth()]} ${formatTime(time, lang, time)}` : text;
  } catch {
    return new Date(time).toISOString();
  }
}
