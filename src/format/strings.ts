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

/**
 * A set of strings in several languages, English first: `pick` finds a language (`az-Latn-AZ`
 * → `az`, else English), `register` adds or replaces one (missing keys fall back to English).
 * Each element with strings of its own keeps its own catalogue beside it.
 */
export function catalogue<T extends object>(en: T, others: Readonly<Record<string, T>>) {
  const byLang = new Map<string, T>(Object.entries({ en, ...others }));
  return {
    register: (lang: string, strings: Partial<T>): void => void byLang.set(lang.toLowerCase(), { ...en, ...strings }),
    pick: (lang: string): T => {
      const lower = lang.toLowerCase();
      return byLang.get(lower) ?? byLang.get(lower.split('-')[0]!) ?? en;
    },
  };
}

const shared = catalogue(en, { az, ru });

/** Adds or replaces a language's UI strings; missing keys fall back to English. */
export const registerStrings = shared.register;

/** The UI strings for a language (`az-Latn-AZ` → `az`), else English. */
export const stringsFor = shared.pick;

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
