import { collator, formatNumber, ownLanguage } from './number.js';

/**
 * Names in the order a language sorts them, for the map's list of regions and its table.
 *
 * In az, en and ru, names of letters, digits and common punctuation are ordered here, by CLDR's
 * rules, without an `Intl.Collator`: on a page with a map the collator was the page's first Intl
 * object, one task of 25–40 ms (V8 and ICU making their locale data ready; Chromium 156,
 * 2026-12-06). Three levels, as the Unicode Collation Algorithm: letters (accents and case
 * ignored), then accents (left to right), then case (lower first). Spaces and punctuation
 * count, before digits, before letters (CLDR's root: "Ab c" < "ab-c" < "abc").
 * - en: CLDR's root order; Latin before Cyrillic.
 * - ru: root with Cyrillic first (CLDR's `ru`).
 * - az: CLDR's `az`: ç, ə, ğ, ı, ö, ş, ü letters of their own, x after h, q after k, I the capital
 *   of ı and İ of i. (Debian's Chromium has no `az` collation and sorts az names as English.)
 * A name with any other character (another script, ß, ø, a mark not listed) is the collator's:
 * tests hold en and ru to `Intl.Collator`.
 */
export function compareNames(lang: string): (a: string, b: string) => number {
  const own = ownLanguage(lang);
  if (!own) return collator(lang).compare;
  const keys = new Map<string, Key | null>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = sortKey(name, own)));
    return key;
  };
  return (a, b) => {
    const [x, y] = [keyOf(a), keyOf(b)];
    if (!x || !y) return collator(lang).compare(a, b);
    return compareArrays(x[0], y[0]) || compareArrays(x[1], y[1]) || compareArrays(x[2], y[2]);
  };
}

/** What makes a map's Intl objects (its collator, its number format), to run each in a slice of its own: none in az, en and ru. */
export function intlWarmUps(lang: string): (() => unknown)[] {
  return ownLanguage(lang) ? [] : [() => collator(lang), () => formatNumber(0, lang)];
}

/** A name's weights, level by level: letters, accents, case. */
type Key = [primary: number[], secondary: number[], tertiary: number[]];

/** Punctuation and symbols as CLDR's root orders them (space first); all before digits. */
const PUNCTUATION = ` _-–—,;:!?.·'‘’"“”«»()[]{}@*/\\&#%\`^+<=>|~$`;
const DIGITS = '0123456789';
/** The Latin alphabet of root (ə after e, ı after i) and of az. */
const LATIN = { en: 'abcdeəfghiıjklmnopqrstuvwxyz', az: 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz' } as const;
const CYRILLIC = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';
/** Accents (combining marks) in root's order: a name with none sorts first. */
const MARKS = '\u0301\u0300\u0306\u0302\u030C\u030A\u0308\u030B\u0303\u0307\u0327\u0328\u0304';

/** Each character's first-level weight, per language. */
const PRIMARY = new Map<string, Map<string, number>>();

function primaryOf(own: 'en' | 'ru' | 'az'): Map<string, number> {
  let weights = PRIMARY.get(own);
  if (!weights) {
    const latin = own === 'az' ? LATIN.az : LATIN.en;
    const letters = own === 'ru' ? CYRILLIC + latin : latin + CYRILLIC;
    PRIMARY.set(own, (weights = new Map([...(PUNCTUATION + DIGITS + letters)].map((c, i) => [c, i + 1]))));
  }
  return weights;
}

/** A name's key, or null when it has a character this order does not know. */
function sortKey(name: string, own: 'en' | 'ru' | 'az'): Key | null {
  const weights = primaryOf(own);
  const key: Key = [[], [], []];
  for (const char of name.normalize('NFC')) {
    let lower = char.toLowerCase();
    if (own === 'az') lower = char === 'I' ? 'ı' : char === 'İ' ? 'i' : lower;
    const upper = lower !== char ? 2 : 1;
    // A letter of the alphabet as it stands (ç in az, й, ё's е), else its base letter and accents.
    const [base = '', ...marks] = weights.has(lower) ? [lower] : [...lower.normalize('NFD')];
    const primary = weights.get(base);
    if (!primary) return null;
    key[0].push(primary);
    key[1].push(1);
    key[2].push(upper);
    for (const mark of marks) {
      const accent = MARKS.indexOf(mark);
      if (accent < 0) return null;
      key[1].push(accent + 2);
      key[2].push(1);
    }
  }
  return key;
}

function compareArrays(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
