/** Every string the widgets show that does not come from the feed. */
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
  readonly missingMetric: string;
  /** `{metric}` is replaced by the id asked for. */
  readonly unknownMetric: string;
  /** `{region}` is replaced by the id asked for. */
  readonly unknownRegion: string;
  readonly noFeed: string;
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
  missingMetric: 'No metric chosen (the metric attribute is required)',
  unknownMetric: 'The feed has no metric “{metric}”',
  unknownRegion: 'The feed has no region “{region}”',
  noFeed: 'No feed: set src, or place the widget inside <stat-feed>',
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
  missingMetric: 'Göstərici seçilməyib (metric atributu tələb olunur)',
  unknownMetric: 'Məlumat mənbəyində “{metric}” göstəricisi yoxdur',
  unknownRegion: 'Məlumat mənbəyində “{region}” regionu yoxdur',
  noFeed: 'Məlumat mənbəyi yoxdur: src təyin edin və ya vidceti <stat-feed> daxilində yerləşdirin',
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
  missingMetric: 'Показатель не выбран (атрибут metric обязателен)',
  unknownMetric: 'В данных нет показателя «{metric}»',
  unknownRegion: 'В данных нет региона «{region}»',
  noFeed: 'Нет источника данных: задайте src или поместите виджет внутрь <stat-feed>',
};

const catalogue = new Map<string, UiStrings>([
  ['en', en],
  ['az', az],
  ['ru', ru],
]);

/** Adds or replaces a language's UI strings; missing keys fall back to English. */
export function registerStrings(lang: string, strings: Partial<UiStrings>): void {
  catalogue.set(lang.toLowerCase(), { ...en, ...strings });
}

/** The UI strings for a language (`az-Latn-AZ` → `az`), else English. */
export function stringsFor(lang: string): UiStrings {
  const lower = lang.toLowerCase();
  return catalogue.get(lower) ?? catalogue.get(lower.split('-')[0]!) ?? en;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
