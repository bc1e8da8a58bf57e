import { parsePeriod } from '../feed/period.js';

/**
 * Formatters, one per kind, language and options, made once and kept (as relative-time-element's
 * intl cache): building an `Intl` formatter costs far more than using one, counters format on
 * every animation frame and a timeline's table names thousands of periods (10,000 names took
 * 3 s with a new `Intl.DateTimeFormat` each, 45 ms with one; Chromium, measured 2026-11-23).
 */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>();

/** A cached formatter; an invalid language tag falls back to English (it must not break the widget). */
function intl<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>(
  Kind: new (lang: string, options: object) => T,
  lang: string,
  options: object,
): T {
  const key = `${Kind.name}|${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key) as T | undefined;
  if (!format) {
    try {
      format = new Kind(lang, options);
    } catch {
      format = new Kind('en', options);
    }
    formats.set(key, format);
  }
  return format;
}

/** A cached collator: names sorted as the language sorts them. */
export const collator = (lang: string): Intl.Collator => intl(Intl.Collator, lang, {});

/** A cached date formatter. */
export const dateFormat = (lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => intl(Intl.DateTimeFormat, lang, options);

/**
 * The languages we ship, as CLDR writes their numbers: group and decimal separators and where a
 * percentage's number goes. Their numbers are written here, without an `Intl` object: a page's
 * first one costs 20–40 ms (V8 and ICU making their locale data ready; Chromium 156, measured
 * 2026-12-06), the longest task on a page with a map. Only the tags that write numbers exactly so
 * (not `en-IN`'s lakhs, say); any other language is Intl's. Tests hold en and ru to Intl; for az,
 * Debian's Chromium (trimmed ICU data) writes English, which an Azerbaijani reader takes for
 * another number (4,308.5 for 4.308,5), so az is CLDR's in every browser.
 */
const OWN_NUMBERS: Readonly<Record<string, { group: string; decimal: string; percent: string }>> = {
  en: { group: ',', decimal: '.', percent: '{n}%' },
  ru: { group: '\u00a0', decimal: ',', percent: '{n}\u00a0%' },
  az: { group: '.', decimal: ',', percent: '{n}%' },
};

/** The tags written as their language is (not `en-IN`'s lakhs, say): tag → language. */
const OWN_TAGS = new Map(
  ['en', 'en-us', 'en-gb', 'ru', 'ru-ru', 'az', 'az-latn', 'az-az', 'az-latn-az'].map((tag) => [tag, tag.slice(0, 2) as 'en' | 'ru' | 'az']),
);

/** A language tag whose numbers (and names' order, format/collate.ts) are written without Intl: its language; else ''. */
export function ownLanguage(lang: string): 'en' | 'ru' | 'az' | '' {
  return OWN_TAGS.get(lang.toLowerCase()) ?? '';
}

/**
 * `value` with exactly `digits` decimals, as Intl rounds (half away from zero, on the shortest
 * decimal that reads back as the value: 1.005 → 1.01, where `toFixed` says 1.00), without sign.
 * Null for what needs an exponent (at least 1e21, or under 1e-6).
 */
function fixed(value: number, digits: number): [whole: string, fraction: string] | null {
  const text = String(Math.abs(value));
  if (text.includes('e')) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  if (fraction.length <= digits) return [whole, fraction.padEnd(digits, '0')];
  let kept = whole + fraction.slice(0, digits);
  // Half away from zero: one more at the last kept digit, carried by BigInt (0099 → 0100).
  if (fraction[digits]! >= '5') kept = String(BigInt(kept) + 1n).padStart(kept.length, '0');
  return [kept.slice(0, kept.length - digits), kept.slice(kept.length - digits)];
}

/** A number with `digits` decimals (signed with `signDisplay`), in a language. */
function format(value: number, lang: string, digits: number, signDisplay?: 'exceptZero'): string {
  const own = OWN_NUMBERS[ownLanguage(lang)];
  const parts = own && Number.isFinite(value) ? fixed(value, digits) : null;
  if (!own || !parts) {
    const number = intl(Intl.NumberFormat, lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay });
    // Exponents and infinities too with CLDR's separators (trimmed ICU data has English for az).
    return own
      ? number
          .formatToParts(value)
          .map((p) => (p.type === 'group' ? own.group : p.type === 'decimal' ? own.decimal : p.value))
          .join('')
      : number.format(value);
  }
  const [whole, fraction] = parts;
  const zero = !/[1-9]/.test(whole + fraction);
  // As Intl: "-0" for a negative that rounds to zero (and for -0), no sign on zero with exceptZero.
  const sign = signDisplay ? (zero ? '' : value < 0 ? '-' : '+') : value < 0 || Object.is(value, -0) ? '-' : '';
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, own.group);
  return `${sign}${grouped}${fraction ? own.decimal + fraction : ''}`;
}

/** Month names for languages that trimmed ICU data lacks (CLDR, stand-alone forms). */
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
};

/** Trimmed ICU data names months "M03": our own names (`table`, default the full ones) for the languages we ship, else null. */
export function monthNames(text: string, lang: string, table = MONTHS): readonly string[] | null {
  return (/M\d\d/.test(text) && table[lang.split('-')[0]!.toLowerCase()]) || null;
}

/** Digits after the point that a value needs (at most 2): 4308 → 0, 12.5 → 1. */
export function fractionDigits(value: number): number {
  for (let digits = 0; digits < 2; digits++) {
    if (Math.abs(Math.round(value * 10 ** digits) - value * 10 ** digits) < 1e-9) return digits;
  }
  // More than two decimals are shown as two, without the zeros that rounding leaves (9.095 → 9.1, not 9.10).
  const hundredths = Math.round(Math.abs(value) * 100);
  return hundredths % 10 ? 2 : hundredths % 100 ? 1 : 0;
}

/** A number for a language, with as many decimals as `digits` (default: as the value needs). */
export function formatNumber(value: number, lang: string, digits = fractionDigits(value)): string {
  return format(value, lang, digits);
}

/** Where a language writes a percentage's number: `{n}%` (en, az), `{n} %` (ru), `%{n}` (tr); one per language. */
const percentPatterns = new Map<string, readonly Intl.NumberFormatPart[]>();

/**
 * A formatted number with its unit: `%` as the language writes a percentage (Intl's `percent`
 * unit: `5%`, `5 %`), any other unit after a no-break space (`12 people`); none: the number.
 */
export function withUnit(number: string, lang: string, unit = ''): string {
  if (unit !== '%') return unit ? `${number}\u00a0${unit}` : number;
  const own = OWN_NUMBERS[ownLanguage(lang)];
  if (own) return own.percent.replace('{n}', number);
  let parts = percentPatterns.get(lang);
  if (!parts) percentPatterns.set(lang, (parts = intl(Intl.NumberFormat, lang, { style: 'unit', unit: 'percent' }).formatToParts(1)));
  return parts.map((part) => (part.type === 'integer' ? number : part.value)).join('');
}

/** A value with its unit (withUnit), with as many decimals as `digits` (default: as the value needs). */
export function formatValue(value: number, lang: string, unit = '', digits = fractionDigits(value)): string {
  return withUnit(format(value, lang, digits), lang, unit);
}

/** A range of values with one unit, as a legend writes it: `5–7%`, `5–7 %`, `1,200–1,500`; one value when both ends are equal. */
export function formatValueRange(from: number, to: number, lang: string, unit = ''): string {
  const number = (value: number) => format(value, lang, fractionDigits(value));
  return withUnit(from === to ? number(from) : `${number(from)}–${number(to)}`, lang, unit);
}

/** A signed change: `+128`, `−3`, `0`. */
export function formatDelta(value: number, lang: string, digits = fractionDigits(value)): string {
  return format(value, lang, digits, 'exceptZero');
}

/** A period's name in a language: `2024`, `March 2024`, `5 March 2024`. */
export function formatPeriod(period: string, lang: string): string {
  const span = parsePeriod(period);
  if (!span) return period;
  const g = span.granularity;
  // A year is its number in the languages we ship, with no Intl object (a page's first costs 15–20 ms: ICU's data).
  if (g === 'year' && /^(az|en|ru)\b/i.test(lang)) return String(new Date(span.start).getUTCFullYear());
  const text = dateFormat(
    lang,
    g === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : g === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  ).format(span.start);
  const names = monthNames(text, lang);
  if (!names) return text;
  const date = new Date(span.start);
  const month = `${names[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return g === 'month' ? month : `${date.getUTCDate()} ${month}`;
}

/** A clock time (and the date, when not today) in a language, for "last updated". */
export function formatTime(time: number, lang: string, now = Date.now()): string {
  const sameDay = new Date(time).toDateString() === new Date(now).toDateString();
  const text = dateFormat(
    lang,
    sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  ).format(time);
  // Trimmed ICU data writes "M03 5 10:30" in `az`: our month names, CLDR's order ("5 mart 10:30").
  const names = !sameDay && monthNames(text, lang);
  const date = new Date(time);
  return names ? `${date.getDate()} ${names[date.getMonth()]} ${formatTime(time, lang, time)}` : text;
}
