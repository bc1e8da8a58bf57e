/**
 * Every string a reader sees that does not come from the feed. Configuration errors (a missing
 * `metric` attribute…) are for the page's author and stay in English, with the attribute named.
 */
export interface UiStrings {
  readonly loading: string;
  readonly noData: string;
  readonly error: string;
  readonly stale: string;
  /** `{period}` is replaced by the period's name. */
  readonly inPeriod: string;
  /** `{period}` is replaced by the previous period's name. */
  readonly since: string;
  /** `{time}` is replaced by the time of the last good data. */
  readonly lastUpdated: string;
  readonly noChange: string;
}

const en: UiStrings = {
  loading: 'Loading…',
  noData: 'No data',
  error: 'The data could not be loaded',
  stale: 'Not up to date',
  inPeriod: 'in {period}',
  since: 'since {period}',
  lastUpdated: 'last updated {time}',
  noChange: 'no change since {period}',
};

const az: UiStrings = {
  loading: 'Yüklənir…',
  noData: 'Məlumat yoxdur',
  error: 'Məlumatları yükləmək mümkün olmadı',
  stale: 'Məlumat köhnədir',
  inPeriod: '{period}',
  since: '{period} ilə müqayisədə',
  lastUpdated: 'son yenilənmə: {time}',
  noChange: '{period} ilə müqayisədə dəyişiklik yoxdur',
};

const ru: UiStrings = {
  loading: 'Загрузка…',
  noData: 'Нет данных',
  error: 'Не удалось загрузить данные',
  stale: 'Данные устарели',
  inPeriod: 'за {period}',
  since: 'по сравнению с {period}',
  lastUpdated: 'обновлено {time}',
  noChange: 'без изменений по сравнению с {period}',
};

/** One language's strings, any catalogue's keys: what `addLanguage` takes. */
export type LanguageStrings = Readonly<Record<string, string>>;

/** A set of strings in several languages, English first (see `catalogue`). */
export interface Catalogue<T extends object> {
  readonly en: T;
  /** The strings for a language (`az-Latn-AZ` → `az`), else English. */
  readonly pick: (lang: string) => T;
  /** Adds a language or corrects some of its strings; keys it lacks keep the language's strings (`pt-BR`: `pt`'s), else English. */
  readonly register: (lang: string, strings: Partial<T>) => void;
}

/** Every catalogue created so far (lazy chunks add theirs when they load), for `addStrings`. */
export const catalogues: Catalogue<object>[] = [];

/** Languages added at run time: applied to every catalogue, also to those created later. */
const added: [string, LanguageStrings][] = [];

/**
 * A set of strings in several languages, English first: `pick` finds a language (`az-Latn-AZ`
 * → `az`, else English), `register` adds or corrects one. Each element with strings of its own
 * keeps its own catalogue beside it; every catalogue is listed in `catalogues`, so that one flat
 * object from `addStrings` reaches them all.
 */
export function catalogue<T extends object>(en: T, others: Readonly<Record<string, T>>): Catalogue<T> {
  const byLang = new Map<string, T>(Object.entries({ en, ...others }));
  const result: Catalogue<T> = {
    en,
    // Keys of other catalogues come along unused: cheaper than filtering them out.
    register: (lang, strings) => void byLang.set(lang.toLowerCase(), { ...en, ...result.pick(lang), ...strings }),
    pick: (lang) => {
      const lower = lang.toLowerCase();
      return byLang.get(lower) ?? byLang.get(lower.split('-')[0]!) ?? byLang.get('en')!;
    },
  };
  catalogues.push(result);
  for (const [lang, strings] of added) result.register(lang, strings as Partial<T>);
  return result;
}

/**
 * Lists a catalogue made by another copy of this module, with the languages added here so far
 * and those to come: the drop-in bundle adopts those of its actions file, which carries its own
 * copy (src/export/load-actions.iife.ts). What `catalogue` does with its own, kept apart so that
 * the ES builds, which never call it, drop it.
 */
export function adopt(c: Catalogue<object>): void {
  catalogues.push(c);
  for (const [lang, strings] of added) c.register(lang, strings);
}

/**
 * Adds a language, or corrects some strings of one, in every catalogue, present and to come:
 * one flat object of keys from any of them. Keys it lacks keep the language's strings, else
 * English. Widgets on the page do not re-render: `addLanguage` (in the widgets' base) does.
 */
export function addStrings(lang: string, strings: LanguageStrings): void {
  added.push([lang, strings]);
  for (const c of catalogues) c.register(lang, strings);
}

const shared = catalogue(en, { az, ru });

/** The UI strings for a language (`az-Latn-AZ` → `az`), else English. */
export const stringsFor = shared.pick;

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
