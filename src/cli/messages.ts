// Every sentence the feed tools say, in English, Azerbaijani and Russian. The validator in
// src/feed/ speaks English only (its messages ship to browsers, where each byte counts); its
// sentences are translated here by their fixed shapes, and any shape not known here is shown
// in English rather than lost.

/** The languages the tools speak. */
export type Lang = 'en' | 'az' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'az', 'ru'];

type Params = Readonly<Record<string, string | number | undefined>>;
type Template = (p: Params) => string;

/** Picks the language: `--lang`, else the locale in LC_ALL, LC_MESSAGES or LANG (`az_AZ.UTF-8`), else English. */
export function pickLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  for (const value of [flag, env['LC_ALL'], env['LC_MESSAGES'], env['LANG']]) {
    if (!value) continue;
    const code = value.toLowerCase().slice(0, 2);
    return (LANGS as readonly string[]).includes(code) ? (code as Lang) : 'en';
  }
  return 'en';
}

/** Russian plural: 1 строка, 2 строки, 5 строк. */
function ru(n: number, one: string, few: string, many: string): string {
  const t = n % 100;
  const u = n % 10;
  return t >= 11 && t <= 14 ? many : u === 1 ? one : u >= 2 && u <= 4 ? few : many;
}

const s = (p: Params, key: string) => String(p[key] ?? '');
const n = (p: Params, key: string) => Number(p[key] ?? 0);
const maybe = (p: Params, key: string, text: (value: string) => string) => (p[key] === undefined || p[key] === '' ? '' : text(String(p[key])));

const en: Record<string, Template> = {
  'file.missing': (p) => `cannot read ${s(p, 'file')}: no such file`,
  'file.unreadable': (p) => `cannot read ${s(p, 'file')}: ${s(p, 'reason')}`,
  'file.utf16': () => 'the file is saved as UTF-16 ("Unicode text"); save it as "CSV UTF-8" instead',
  'file.encoding': () => 'the file is not UTF-8 text (the first wrong byte is here); save it as "CSV UTF-8"',
  'csv.empty': () => 'the file is empty; it needs a header line with the column names',
  'csv.tabs': () => 'the values are separated by tabs; save the file as CSV, separated by commas or semicolons',
  'csv.mixed-delimiters': (p) =>
    p['header'] === 'none'
      ? `the header line has no separator, but the lines below are separated by "${s(p, 'rows')}"; separate the column names by "${s(p, 'rows')}" too`
      : `this line is separated by "${s(p, 'rows')}", but the header by "${s(p, 'header')}"${n(p, 'more') ? ` (and ${n(p, 'more')} more line${n(p, 'more') === 1 ? '' : 's'} like it)` : ''}; use one separator in the whole file`,
  'csv.unclosed-quote': () => 'a quote (") opens a value here and is never closed; the rest of the file reads as this one value',
  'csv.after-quote': () => 'text after the closing quote; a quote inside a quoted value is written twice ("")',
  'csv.cell-count': (p) =>
    `this line has ${n(p, 'found')} values but the header has ${n(p, 'expected')}; line skipped` +
    (n(p, 'found') > n(p, 'expected')
      ? `. A value that contains "${s(p, 'delimiter')}" must be in double quotes; numbers are written without separators and with a decimal point (4308, 12.5)`
      : ''),
  'csv.duplicate-column': (p) => `the column "${s(p, 'name')}" appears twice; the second one is ignored`,
  'csv.unnamed-column': () => 'a column with no name in the header holds values; name it or delete it',
  'csv.missing-column': (p) =>
    `missing column "${s(p, 'name')}" (the header has: ${s(p, 'header')})${maybe(p, 'similar', (x) => `; is "${x}" meant to be "${s(p, 'name')}"?`)}`,
  'csv.missing-text-column': (p) => `missing column ${s(p, 'name')}_en (at least one ${s(p, 'name')}_<language> column: ${s(p, 'name')}_en, ${s(p, 'name')}_az, ${s(p, 'name')}_ru …)`,
  'csv.unknown-column': (p) => `unknown column "${s(p, 'name')}"; ignored${maybe(p, 'suggestion', (x) => ` (did you mean "${x}"?)`)}`,
  'csv.unknown-metric-column': (p) =>
    `the column "${s(p, 'name')}" is not a metric in ${s(p, 'metrics')}; its values are ignored${maybe(p, 'suggestion', (x) => ` (did you mean "${x}"?)`)}`,
  'number.thousands': (p) =>
    `"${s(p, 'raw')}" is written with a thousands separator: it probably means ${s(p, 'probably')}. Write numbers without separators (${s(p, 'probably')})` +
    maybe(p, 'otherwise', (x) => `, or ${x} if the comma is a decimal comma`),
  'number.decimal-comma': (p) =>
    `"${s(p, 'raw')}" is written with a decimal comma: it probably means ${s(p, 'probably')}. Write decimals with a point (${s(p, 'probably')})` +
    maybe(p, 'otherwise', (x) => `, or ${x} if the comma separates thousands`),
  'number.invalid': (p) => `expected a number, got "${s(p, 'raw')}"; leave the cell empty if the value is unknown`,
  'date.format': (p) => `"${s(p, 'raw')}" is not written as YYYY, YYYY-MM or YYYY-MM-DD: it probably means ${s(p, 'probably')}`,
  'figures.syntax': (p) => `figures are written name=number, separated by ";" (teachers=59;projects=26); cannot read "${s(p, 'raw')}"`,
  'figures.duplicate': (p) => `the figure "${s(p, 'name')}" is given twice; the first one is used`,
  'meta.unknown-field': (p) =>
    `unknown field "${s(p, 'name')}"; ignored${maybe(p, 'suggestion', (x) => ` (did you mean "${x}"?)`)} (the fields: title_<language>, updated, source_name_<language>, source_url)`,
  'meta.duplicate-field': (p) => `the field "${s(p, 'name')}" is given twice; the first one is used`,
  'json.syntax': (p) => `not JSON: ${s(p, 'message')}`,
  'summary.ok': (p) =>
    `${s(p, 'file')}: no problems (${n(p, 'metrics')} metrics, ${n(p, 'regions')} regions, ${n(p, 'observations')} observations, ${n(p, 'events')} events)`,
  'summary.problems': (p) => `${n(p, 'count')} problem${n(p, 'count') === 1 ? '' : 's'}`,
  'build.wrote': (p) =>
    `wrote ${s(p, 'file')} (${n(p, 'bytes')} bytes): ${n(p, 'metrics')} metrics, ${n(p, 'regions')} regions, ${n(p, 'observations')} observations, ${n(p, 'events')} events`,
  'build.not-written': (p) => `${s(p, 'file')} was not written: fix the problems above and run the command again`,
  'regions.wrote': (p) => `wrote ${s(p, 'file')}: ${n(p, 'count')} regions`,
  'progress.reading': (p) => `reading ${s(p, 'file')}: ${n(p, 'percent')}% (${n(p, 'rows')} rows)`,
  'progress.checking': (p) => `checking ${n(p, 'rows')} rows…`,
  'progress.writing': (p) => `writing ${s(p, 'file')}…`,
  'usage.unknown-command': (p) => `unknown command "${s(p, 'command')}"; see "stat-widgets feed --help"`,
  'usage.unknown-option': (p) => `unknown option "${s(p, 'option')}"; see "stat-widgets feed --help"`,
  'usage.missing-value': (p) => `the option "${s(p, 'option')}" needs a value`,
  'usage.bad-value': (p) => `"${s(p, 'value')}" is not a value for "${s(p, 'option')}" (${s(p, 'allowed')})`,
  'usage.extra-argument': (p) => `unexpected argument "${s(p, 'value')}"`,
  line: (p) => `line ${n(p, 'line')}`,
};

const az: Record<string, Template> = {
  'file.missing': (p) => `${s(p, 'file')} oxunmur: belə fayl yoxdur`,
  'file.unreadable': (p) => `${s(p, 'file')} oxunmur: ${s(p, 'reason')}`,
  'file.utf16': () => 'fayl UTF-16 ("Unicode mətn") kimi saxlanıb; onu "CSV UTF-8" kimi saxlayın',
  'file.encoding': () => 'fayl UTF-8 mətni deyil (ilk yanlış bayt buradadır); onu "CSV UTF-8" kimi saxlayın',
  'csv.empty': () => 'fayl boşdur; sütun adları olan başlıq sətri lazımdır',
  'csv.tabs': () => 'dəyərlər tabulyasiya ilə ayrılıb; faylı vergül və ya nöqtəli vergüllə ayrılan CSV kimi saxlayın',
  'csv.mixed-delimiters': (p) =>
    p['header'] === 'none'
      ? `başlıq sətrində ayırıcı yoxdur, aşağıdakı sətirlər isə "${s(p, 'rows')}" ilə ayrılıb; sütun adlarını da "${s(p, 'rows')}" ilə ayırın`
      : `bu sətir "${s(p, 'rows')}" ilə ayrılıb, başlıq isə "${s(p, 'header')}" ilə${n(p, 'more') ? ` (belə daha ${n(p, 'more')} sətir var)` : ''}; bütün faylda eyni ayırıcını işlədin`,
  'csv.unclosed-quote': () => 'dırnaq işarəsi (") burada dəyəri açır, amma heç yerdə bağlanmır; faylın qalanı bu bir dəyər kimi oxunur',
  'csv.after-quote': () => 'bağlayan dırnaqdan sonra mətn var; dırnaq içindəki dəyərdə dırnaq işarəsi iki dəfə yazılır ("")',
  'csv.cell-count': (p) =>
    `bu sətirdə ${n(p, 'found')} dəyər var, başlıqda isə ${n(p, 'expected')}; sətir buraxılır` +
    (n(p, 'found') > n(p, 'expected')
      ? `. İçində "${s(p, 'delimiter')}" olan dəyər qoşa dırnaq içində yazılmalıdır; ədədlər ayırıcısız və onluq nöqtə ilə yazılır (4308, 12.5)`
      : ''),
  'csv.duplicate-column': (p) => `"${s(p, 'name')}" sütunu iki dəfə var; ikincisi nəzərə alınmır`,
  'csv.unnamed-column': () => 'başlıqda adı olmayan sütunda dəyərlər var; ona ad verin və ya onu silin',
  'csv.missing-column': (p) =>
    `"${s(p, 'name')}" sütunu yoxdur (başlıqdakı sütunlar: ${s(p, 'header')})${maybe(p, 'similar', (x) => `; "${x}" əslində "${s(p, 'name')}" deyil?`)}`,
  'csv.missing-text-column': (p) =>
    `${s(p, 'name')}_en sütunu yoxdur (ən azı bir ${s(p, 'name')}_<dil> sütunu lazımdır: ${s(p, 'name')}_en, ${s(p, 'name')}_az, ${s(p, 'name')}_ru …)`,
  'csv.unknown-column': (p) => `naməlum sütun "${s(p, 'name')}"; nəzərə alınmır${maybe(p, 'suggestion', (x) => ` ("${x}" nəzərdə tutulub?)`)}`,
  'csv.unknown-metric-column': (p) =>
    `"${s(p, 'name')}" sütunu ${s(p, 'metrics')} faylındakı göstəricilərdən deyil; onun dəyərləri nəzərə alınmır${maybe(p, 'suggestion', (x) => ` ("${x}" nəzərdə tutulub?)`)}`,
  'number.thousands': (p) =>
    `"${s(p, 'raw')}" minlik ayırıcı ilə yazılıb: yəqin ki, ${s(p, 'probably')} nəzərdə tutulub. Ədədləri ayırıcısız yazın (${s(p, 'probably')})` +
    maybe(p, 'otherwise', (x) => `; vergül onluq vergüldürsə, ${x} yazın`),
  'number.decimal-comma': (p) =>
    `"${s(p, 'raw')}" onluq vergüllə yazılıb: yəqin ki, ${s(p, 'probably')} nəzərdə tutulub. Kəsr ədədləri nöqtə ilə yazın (${s(p, 'probably')})` +
    maybe(p, 'otherwise', (x) => `; vergül minlikləri ayırırsa, ${x} yazın`),
  'number.invalid': (p) => `ədəd gözlənilir, "${s(p, 'raw')}" yazılıb; dəyər məlum deyilsə, xananı boş saxlayın`,
  'date.format': (p) => `"${s(p, 'raw')}" YYYY, YYYY-MM və ya YYYY-MM-DD şəklində yazılmayıb: yəqin ki, ${s(p, 'probably')} nəzərdə tutulub`,
  'figures.syntax': (p) => `rəqəmlər ad=ədəd şəklində yazılır və ";" ilə ayrılır (teachers=59;projects=26); "${s(p, 'raw')}" oxunmur`,
  'figures.duplicate': (p) => `"${s(p, 'name')}" rəqəmi iki dəfə verilib; birincisi götürülür`,
  'meta.unknown-field': (p) =>
    `naməlum sahə "${s(p, 'name')}"; nəzərə alınmır${maybe(p, 'suggestion', (x) => ` ("${x}" nəzərdə tutulub?)`)} (sahələr: title_<dil>, updated, source_name_<dil>, source_url)`,
  'meta.duplicate-field': (p) => `"${s(p, 'name')}" sahəsi iki dəfə verilib; birincisi götürülür`,
  'json.syntax': (p) => `JSON deyil: ${s(p, 'message')}`,
  'summary.ok': (p) =>
    `${s(p, 'file')}: problem yoxdur (${n(p, 'metrics')} göstərici, ${n(p, 'regions')} region, ${n(p, 'observations')} müşahidə, ${n(p, 'events')} tədbir)`,
  'summary.problems': (p) => `${n(p, 'count')} problem`,
  'build.wrote': (p) =>
    `${s(p, 'file')} yazıldı (${n(p, 'bytes')} bayt): ${n(p, 'metrics')} göstərici, ${n(p, 'regions')} region, ${n(p, 'observations')} müşahidə, ${n(p, 'events')} tədbir`,
  'build.not-written': (p) => `${s(p, 'file')} yazılmadı: yuxarıdakı problemləri düzəldin və əmri yenidən işə salın`,
  'regions.wrote': (p) => `${s(p, 'file')} yazıldı: ${n(p, 'count')} region`,
  'progress.reading': (p) => `${s(p, 'file')} oxunur: ${n(p, 'percent')}% (${n(p, 'rows')} sətir)`,
  'progress.checking': (p) => `${n(p, 'rows')} sətir yoxlanılır…`,
  'progress.writing': (p) => `${s(p, 'file')} yazılır…`,
  'usage.unknown-command': (p) => `naməlum əmr "${s(p, 'command')}"; "stat-widgets feed --help" baxın`,
  'usage.unknown-option': (p) => `naməlum seçim "${s(p, 'option')}"; "stat-widgets feed --help" baxın`,
  'usage.missing-value': (p) => `"${s(p, 'option')}" seçimi üçün dəyər lazımdır`,
  'usage.bad-value': (p) => `"${s(p, 'value')}" "${s(p, 'option')}" üçün uyğun dəyər deyil (${s(p, 'allowed')})`,
  'usage.extra-argument': (p) => `gözlənilməyən arqument "${s(p, 'value')}"`,
  line: (p) => `sətir ${n(p, 'line')}`,
};

const ruMessages: Record<string, Template> = {
  'file.missing': (p) => `не удаётся прочитать ${s(p, 'file')}: такого файла нет`,
  'file.unreadable': (p) => `не удаётся прочитать ${s(p, 'file')}: ${s(p, 'reason')}`,
  'file.utf16': () => 'файл сохранён в UTF-16 («Текст Юникод»); сохраните его как «CSV UTF-8»',
  'file.encoding': () => 'файл не в кодировке UTF-8 (первый неверный байт здесь); сохраните его как «CSV UTF-8»',
  'csv.empty': () => 'файл пуст; нужна строка заголовка с названиями столбцов',
  'csv.tabs': () => 'значения разделены табуляцией; сохраните файл как CSV с разделителем «запятая» или «точка с запятой»',
  'csv.mixed-delimiters': (p) =>
    p['header'] === 'none'
      ? `в строке заголовка нет разделителя, а строки ниже разделены «${s(p, 'rows')}»; разделите названия столбцов тоже «${s(p, 'rows')}»`
      : `эта строка разделена «${s(p, 'rows')}», а заголовок — «${s(p, 'header')}»${n(p, 'more') ? ` (и ещё ${n(p, 'more')} ${ru(n(p, 'more'), 'строка', 'строки', 'строк')} так же)` : ''}; используйте один разделитель во всём файле`,
  'csv.unclosed-quote': () => 'кавычка (") открывает здесь значение и нигде не закрывается; весь остаток файла читается как одно значение',
  'csv.after-quote': () => 'текст после закрывающей кавычки; кавычка внутри значения в кавычках пишется дважды ("")',
  'csv.cell-count': (p) =>
    `в этой строке ${n(p, 'found')} ${ru(n(p, 'found'), 'значение', 'значения', 'значений')}, а в заголовке ${n(p, 'expected')}; строка пропущена` +
    (n(p, 'found') > n(p, 'expected')
      ? `. Значение, содержащее «${s(p, 'delimiter')}», должно быть в двойных кавычках; числа пишутся без разделителей и с десятичной точкой (4308, 12.5)`
      : ''),
  'csv.duplicate-column': (p) => `столбец «${s(p, 'name')}» встречается дважды; второй не учитывается`,
  'csv.unnamed-column': () => 'в столбце без названия есть значения; назовите его или удалите',
  'csv.missing-column': (p) =>
    `нет столбца «${s(p, 'name')}» (в заголовке: ${s(p, 'header')})${maybe(p, 'similar', (x) => `; может быть, «${x}» — это «${s(p, 'name')}»?`)}`,
  'csv.missing-text-column': (p) =>
    `нет столбца ${s(p, 'name')}_en (нужен хотя бы один столбец ${s(p, 'name')}_<язык>: ${s(p, 'name')}_en, ${s(p, 'name')}_az, ${s(p, 'name')}_ru …)`,
  'csv.unknown-column': (p) => `неизвестный столбец «${s(p, 'name')}»; не учитывается${maybe(p, 'suggestion', (x) => ` (может быть, «${x}»?)`)}`,
  'csv.unknown-metric-column': (p) =>
    `столбец «${s(p, 'name')}» не является показателем из ${s(p, 'metrics')}; его значения не учитываются${maybe(p, 'suggestion', (x) => ` (может быть, «${x}»?)`)}`,
  'number.thousands': (p) =>
    `«${s(p, 'raw')}» записано с разделителем тысяч: вероятно, имелось в виду ${s(p, 'probably')}. Пишите числа без разделителей (${s(p, 'probably')})` +
    maybe(p, 'otherwise', (x) => `; если запятая десятичная, пишите ${x}`),
  'number.decimal-comma': (p) =>
    `«${s(p, 'raw')}» записано с десятичной запятой: вероятно, имелось в виду ${s(p, 'probably')}. Пишите дробные числа с точкой (${s(p, 'probably')})` +
    maybe(p, 'otherwise', (x) => `; если запятая разделяет тысячи, пишите ${x}`),
  'number.invalid': (p) => `ожидается число, получено «${s(p, 'raw')}»; если значение неизвестно, оставьте ячейку пустой`,
  'date.format': (p) => `«${s(p, 'raw')}» записано не в виде YYYY, YYYY-MM или YYYY-MM-DD: вероятно, имелось в виду ${s(p, 'probably')}`,
  'figures.syntax': (p) => `цифры записываются как имя=число через «;» (teachers=59;projects=26); не удаётся прочитать «${s(p, 'raw')}»`,
  'figures.duplicate': (p) => `цифра «${s(p, 'name')}» указана дважды; используется первая`,
  'meta.unknown-field': (p) =>
    `неизвестное поле «${s(p, 'name')}»; не учитывается${maybe(p, 'suggestion', (x) => ` (может быть, «${x}»?)`)} (поля: title_<язык>, updated, source_name_<язык>, source_url)`,
  'meta.duplicate-field': (p) => `поле «${s(p, 'name')}» указано дважды; используется первое`,
  'json.syntax': (p) => `не JSON: ${s(p, 'message')}`,
  'summary.ok': (p) =>
    `${s(p, 'file')}: проблем нет (показателей: ${n(p, 'metrics')}, регионов: ${n(p, 'regions')}, наблюдений: ${n(p, 'observations')}, событий: ${n(p, 'events')})`,
  'summary.problems': (p) => `${n(p, 'count')} ${ru(n(p, 'count'), 'проблема', 'проблемы', 'проблем')}`,
  'build.wrote': (p) =>
    `записан ${s(p, 'file')} (${n(p, 'bytes')} ${ru(n(p, 'bytes'), 'байт', 'байта', 'байт')}): показателей: ${n(p, 'metrics')}, регионов: ${n(p, 'regions')}, наблюдений: ${n(p, 'observations')}, событий: ${n(p, 'events')}`,
  'build.not-written': (p) => `${s(p, 'file')} не записан: исправьте проблемы выше и запустите команду снова`,
  'regions.wrote': (p) => `записан ${s(p, 'file')}: регионов: ${n(p, 'count')}`,
  'progress.reading': (p) => `чтение ${s(p, 'file')}: ${n(p, 'percent')}% (строк: ${n(p, 'rows')})`,
  'progress.checking': (p) => `проверка строк: ${n(p, 'rows')}…`,
  'progress.writing': (p) => `запись ${s(p, 'file')}…`,
  'usage.unknown-command': (p) => `неизвестная команда «${s(p, 'command')}»; см. «stat-widgets feed --help»`,
  'usage.unknown-option': (p) => `неизвестный параметр «${s(p, 'option')}»; см. «stat-widgets feed --help»`,
  'usage.missing-value': (p) => `параметру «${s(p, 'option')}» нужно значение`,
  'usage.bad-value': (p) => `«${s(p, 'value')}» — неверное значение для «${s(p, 'option')}» (${s(p, 'allowed')})`,
  'usage.extra-argument': (p) => `лишний аргумент «${s(p, 'value')}»`,
  line: (p) => `строка ${n(p, 'line')}`,
};

const TABLES: Record<Lang, Record<string, Template>> = { en, az, ru: ruMessages };

/** The codes of every message; a test checks that each language has each one. */
export const MESSAGE_CODES: readonly string[] = Object.keys(en);

/** The sentence for a message code in a language (English when the language lacks it). */
export function message(lang: Lang, code: string, params: Params = {}): string {
  const template = TABLES[lang][code] ?? en[code];
  return template ? template(params) : code;
}

/** Whether a language has its own sentence for a code (for the tests). */
export function hasMessage(lang: Lang, code: string): boolean {
  return code in TABLES[lang];
}

// ---------------------------------------------------------------------------------------------
// The validator's sentences (src/feed/validate.ts), by shape.

type Words = Readonly<Record<Exclude<Lang, 'en'>, string>>;

/** What the validator expected: `expected <what>, got <value>`. */
const EXPECTED: Readonly<Record<string, Words>> = {
  'a string': { az: 'mətn', ru: 'строка' },
  'a region id': { az: 'region id-si', ru: 'id региона' },
  'a non-empty string': { az: 'boş olmayan mətn', ru: 'непустая строка' },
  'a slug ([a-z][a-z0-9_-]*)': { az: 'kiçik latın hərfləri, rəqəmlər, "_" və "-" işarələrindən id ([a-z][a-z0-9_-]*)', ru: 'id из строчных латинских букв, цифр, «_» и «-» ([a-z][a-z0-9_-]*)' },
  '"stock" or "flow"': { az: '"stock" və ya "flow"', ru: '"stock" или "flow"' },
  '"country", "economic-region" or "district"': { az: '"country", "economic-region" və ya "district"', ru: '"country", "economic-region" или "district"' },
  'a date (YYYY-MM-DD)': { az: 'tarix (YYYY-MM-DD)', ru: 'дата (YYYY-MM-DD)' },
  'one of conference, training, award, competition, milestone, other': {
    az: 'bunlardan biri: conference, training, award, competition, milestone, other',
    ru: 'одно из: conference, training, award, competition, milestone, other',
  },
  'a number': { az: 'ədəd', ru: 'число' },
  'a number or null': { az: 'ədəd və ya null', ru: 'число или null' },
  'an object of numbers': { az: 'ad → ədəd obyekti', ru: 'объект «имя → число»' },
  'an ISO 8601 date': { az: 'ISO 8601 tarixi (YYYY-MM-DD)', ru: 'дата ISO 8601 (YYYY-MM-DD)' },
  'an object': { az: 'obyekt', ru: 'объект' },
  'an array': { az: 'massiv', ru: 'массив' },
  'an array of metrics': { az: 'göstəricilər massivi', ru: 'массив показателей' },
  'a feed object': { az: 'lent obyekti', ru: 'объект фида' },
  'an http: or https: URL': { az: 'http: və ya https: ünvanı (URL)', ru: 'адрес (URL) http: или https:' },
  'text (a string or an object of language → string)': { az: 'mətn (sətir və ya dil → sətir obyekti)', ru: 'текст (строка или объект «язык → строка»)' },
  'a period (YYYY, YYYY-MM or YYYY-MM-DD)': { az: 'dövr (YYYY, YYYY-MM və ya YYYY-MM-DD)', ru: 'период (YYYY, YYYY-MM или YYYY-MM-DD)' },
};

/** What the validator did about it: the part after the last "; ". */
const CONSEQUENCES: Readonly<Record<string, Words>> = {
  'row dropped': { az: 'sətir atılır', ru: 'строка отброшена' },
  'event dropped': { az: 'tədbir atılır', ru: 'событие отброшено' },
  'metric dropped': { az: 'göstərici atılır', ru: 'показатель отброшен' },
  'region dropped': { az: 'region atılır', ru: 'регион отброшен' },
  dropped: { az: 'atılır', ru: 'отброшено' },
  ignored: { az: 'nəzərə alınmır', ru: 'не учитывается' },
  'parent ignored': { az: 'üst region nəzərə alınmır', ru: 'родительский регион не учитывается' },
  'read as "stock"': { az: '"stock" kimi oxunur', ru: 'читается как "stock"' },
  'read as "other"': { az: '"other" kimi oxunur', ru: 'читается как "other"' },
  'the first one is used': { az: 'birincisi götürülür', ru: 'используется первый' },
  'this widget reads feed version 1': { az: 'vidcet lentin 1-ci versiyasını oxuyur', ru: 'виджет читает фид версии 1' },
  'this widget reads version 1': { az: 'vidcet 1-ci versiyanı oxuyur', ru: 'виджет читает версию 1' },
};

/** Values as the validator's describe() writes them; strings and numbers stay as they are. */
const VALUES: Readonly<Record<string, Words>> = {
  nothing: { az: 'heç nə', ru: 'ничего' },
  'an array': { az: 'massiv', ru: 'массив' },
  'an object': { az: 'obyekt', ru: 'объект' },
};

/** Whole sentences and sentence shapes, each with its translation. */
const SHAPES: readonly [RegExp, (m: RegExpExecArray, lang: Exclude<Lang, 'en'>, value: (v: string) => string) => string][] = [
  [/^expected a date on or after (.+), got (.+)$/s, (m, l, v) => (l === 'az' ? `gözlənilir: ${m[1]} və ya sonrakı tarix, yazılıb: ${v(m[2]!)}` : `ожидается дата не раньше ${m[1]}, получено ${v(m[2]!)}`)],
  [/^unknown region (.+)$/s, (m, l, v) => (l === 'az' ? `naməlum region ${v(m[1]!)}` : `неизвестный регион ${v(m[1]!)}`)],
  [/^unknown metric (.+)$/s, (m, l) => (l === 'az' ? `naməlum göstərici ${m[1]}` : `неизвестный показатель ${m[1]}`)],
  [/^duplicate metric id (.+)$/s, (m, l) => (l === 'az' ? `təkrarlanan göstərici id-si ${m[1]}` : `повторяющийся id показателя ${m[1]}`)],
  [/^duplicate region id (.+)$/s, (m, l) => (l === 'az' ? `təkrarlanan region id-si ${m[1]}` : `повторяющийся id региона ${m[1]}`)],
  [
    /^duplicate row for period (".*") and region (".*") \(first at (.+)\)$/s,
    (m, l) => (l === 'az' ? `${m[1]} dövrü və ${m[2]} regionu üçün təkrar sətir (birincisi: ${m[3]})` : `повтор строки для периода ${m[1]} и региона ${m[2]} (первая: ${m[3]})`),
  ],
  [/^region (".*") is its own ancestor$/s, (m, l) => (l === 'az' ? `${m[1]} regionu öz üst regionlarının arasında çıxır (dövrə)` : `регион ${m[1]} оказывается собственным предком (цикл)`)],
  [/^an event needs a title$/, (_, l) => (l === 'az' ? 'tədbirin adı olmalıdır' : 'у события должно быть название')],
  [/^missing$/, (_, l) => (l === 'az' ? 'yoxdur' : 'отсутствует')],
  [/^unsupported feed version (.+)$/s, (m, l, v) => (l === 'az' ? `dəstəklənməyən lent versiyası ${v(m[1]!)}` : `неподдерживаемая версия фида ${v(m[1]!)}`)],
  [/^the feed has no usable metric$/, (_, l) => (l === 'az' ? 'lentdə yararlı göstərici yoxdur' : 'в фиде нет ни одного пригодного показателя')],
  [/^not JSON: (.+)$/s, (m, l) => (l === 'az' ? `JSON deyil: ${m[1]}` : `не JSON: ${m[1]}`)],
];

/**
 * A validator message in a language. `{line:12}` in it (put there by the CSV tools in place of
 * a JSON path such as `observations[3]`) becomes "line 12" in that language.
 */
export function translateValidator(text: string, lang: Lang): string {
  const lines = (out: string) => out.replace(/\{line:(\d+)\}/g, (_, line: string) => message(lang, 'line', { line: Number(line) }));
  if (lang === 'en') return lines(text);
  const value = (v: string) => VALUES[v]?.[lang] ?? v;
  let main = text;
  let then = '';
  for (const [consequence, words] of Object.entries(CONSEQUENCES)) {
    if (text.endsWith(`; ${consequence}`)) {
      main = text.slice(0, -consequence.length - 2);
      then = `; ${words[lang]}`;
      break;
    }
  }
  let translated: string | undefined;
  for (const [what, words] of Object.entries(EXPECTED)) {
    if (main.startsWith(`expected ${what}, got `)) {
      const got = main.slice(`expected ${what}, got `.length);
      translated = lang === 'az' ? `gözlənilir: ${words.az}, yazılıb: ${value(got)}` : `ожидается ${words.ru}, получено ${value(got)}`;
      break;
    }
  }
  if (translated === undefined) {
    for (const [shape, say] of SHAPES) {
      const match = shape.exec(main);
      if (match) {
        translated = say(match, lang, value);
        break;
      }
    }
  }
  // A sentence this table does not know yet stays in English, whole, rather than half-translated.
  return lines(translated === undefined ? text : translated + then);
}

/** Whether a validator message has a translation (for the tests: a new validator sentence shows up here). */
export function isTranslated(text: string): boolean {
  return translateValidator(text, 'ru') !== translateValidator(text, 'en');
}

// ---------------------------------------------------------------------------------------------
// Help.

const HELP: Record<Lang, string> = {
  en: `Usage: stat-widgets feed <command> [options]

Commands:
  build [dir]      build feed.json from the CSV files in dir (default: the current directory)
  check [dir|file] check the CSV files in dir, or a feed (.json or .json.gz); print every problem
  regions          write the regions CSV template for the Azerbaijan map (93 regions)

CSV files (in dir, or named one by one):
  --observations FILE  observations.csv: period, region, one column per metric   (required)
  --metrics FILE       metrics.csv: id, kind, label_<lang>…, description_<lang>…, unit   (required)
  --regions FILE       regions.csv: id, level, parent, name_<lang>…, geo   (required)
  --events FILE        events.csv: date, end, kind, region, title_<lang>…, summary_<lang>…, url, figures
  --meta FILE          meta.csv: field, value (title_<lang>, updated, source_name_<lang>, source_url)

Options:
  --out FILE, -o FILE  where to write (build: dir/feed.json; regions: standard output)
  --gzip               build: also write FILE.gz
  --delimiter , or ;   regions: the separator to write (default ,)
  --bom                regions: start the file with a byte-order mark (Excel reads UTF-8 then)
  --progress           show progress on standard error (shown for large files on a terminal)
  --lang en|az|ru      language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)
  --help, -h           this text

Exit status: 0 no problems, 1 problems found (nothing written), 2 input unreadable or bad usage.`,
  az: `İstifadə: stat-widgets feed <əmr> [seçimlər]

Əmrlər:
  build [qovluq]       qovluqdakı CSV fayllarından feed.json qurur (susmaya görə: cari qovluq)
  check [qovluq|fayl]  qovluqdakı CSV fayllarını və ya lenti (.json, .json.gz) yoxlayır; hər problemi göstərir
  regions              Azərbaycan xəritəsi üçün regionlar CSV şablonunu yazır (93 region)

CSV faylları (qovluqda və ya ayrı-ayrılıqda):
  --observations FAYL  observations.csv: period, region, hər göstərici üçün bir sütun   (mütləq)
  --metrics FAYL       metrics.csv: id, kind, label_<dil>…, description_<dil>…, unit   (mütləq)
  --regions FAYL       regions.csv: id, level, parent, name_<dil>…, geo   (mütləq)
  --events FAYL        events.csv: date, end, kind, region, title_<dil>…, summary_<dil>…, url, figures
  --meta FAYL          meta.csv: field, value (title_<dil>, updated, source_name_<dil>, source_url)

Seçimlər:
  --out FAYL, -o FAYL  harada yazılsın (build: qovluq/feed.json; regions: standart çıxış)
  --gzip               build: FAYL.gz də yazılsın
  --delimiter , və ya ;  regions: ayırıcı (susmaya görə ,)
  --bom                regions: faylın əvvəlinə BOM yazılsın (Excel UTF-8-i belə tanıyır)
  --progress           gedişatı standart xəta axınında göstər (terminalda böyük fayllar üçün özü göstərilir)
  --lang en|az|ru      mesajların dili (susmaya görə LC_ALL, LC_MESSAGES və ya LANG)
  --help, -h           bu mətn

Çıxış kodu: 0 problem yoxdur, 1 problem tapılıb (heç nə yazılmır), 2 giriş oxunmur və ya əmr səhvdir.`,
  ru: `Использование: stat-widgets feed <команда> [параметры]

Команды:
  build [папка]        собрать feed.json из CSV-файлов в папке (по умолчанию — текущая папка)
  check [папка|файл]   проверить CSV-файлы в папке или фид (.json, .json.gz); вывести каждую проблему
  regions              записать шаблон CSV регионов для карты Азербайджана (93 региона)

CSV-файлы (в папке или по отдельности):
  --observations ФАЙЛ  observations.csv: period, region, по столбцу на показатель   (обязателен)
  --metrics ФАЙЛ       metrics.csv: id, kind, label_<язык>…, description_<язык>…, unit   (обязателен)
  --regions ФАЙЛ       regions.csv: id, level, parent, name_<язык>…, geo   (обязателен)
  --events ФАЙЛ        events.csv: date, end, kind, region, title_<язык>…, summary_<язык>…, url, figures
  --meta ФАЙЛ          meta.csv: field, value (title_<язык>, updated, source_name_<язык>, source_url)

Параметры:
  --out ФАЙЛ, -o ФАЙЛ  куда писать (build: папка/feed.json; regions: стандартный вывод)
  --gzip               build: записать также ФАЙЛ.gz
  --delimiter , или ;  regions: разделитель (по умолчанию ,)
  --bom                regions: записать в начало файла BOM (так Excel распознаёт UTF-8)
  --progress           показывать ход работы в стандартном потоке ошибок (в терминале — сам для больших файлов)
  --lang en|az|ru      язык сообщений (по умолчанию из LC_ALL, LC_MESSAGES или LANG)
  --help, -h           эта справка

Код выхода: 0 — проблем нет, 1 — найдены проблемы (ничего не записано), 2 — вход не читается или неверный вызов.`,
};

/** The usage text in a language. */
export function help(lang: Lang): string {
  return HELP[lang];
}
