// Russian: the CLI's own messages and the feed layer's problems.

import { maybe, n, s, type CliMessages, type FeedMessages } from './template.js';

/** Russian plural: 1 строка, 2 строки, 5 строк. */
function ru(n: number, one: string, few: string, many: string): string {
  const t = n % 100;
  const u = n % 10;
  return t >= 11 && t <= 14 ? many : u === 1 ? one : u >= 2 && u <= 4 ? few : many;
}

export const ruMessages: CliMessages = {
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
  // Issue 14, part 5.
  'number.leading-point': (p) =>
    `«${s(p, 'raw')}» прочитано как ${s(p, 'value')}${n(p, 'more') ? `; так же — ещё ${n(p, 'more')} ${ru(n(p, 'more'), 'ячейка', 'ячейки', 'ячеек')} в этом столбце` : ''} (замечание: исправлять не нужно, но 0 перед точкой понятнее)`,
  'tidy.no-metric': () => 'в строке нет id показателя; строка пропущена',
  'tidy.unread-column': (p) => `столбец «${s(p, 'name')}» не читается (значения длинного файла — в столбцах period, region, metric и value)`,
  'tidy.unknown-metric': (p) =>
    `«${s(p, 'id')}» — не показатель из ${s(p, 'metrics')}; строка пропущена${maybe(p, 'suggestion', (x) => ` (может быть, «${x}»?)`)}`,
  'tidy.duplicate': (p) =>
    `второе значение «${s(p, 'metric')}» для периода «${s(p, 'period')}» и региона «${s(p, 'region')}» (первое: ${s(p, 'first')}); берётся первое`,
  'more.cells': (p) => `… и ещё ${n(p, 'count')} ${ru(n(p, 'count'), 'такая ячейка', 'такие ячейки', 'таких ячеек')} в столбце «${s(p, 'field')}»`,
  'more.lines': (p) => `… и ещё ${n(p, 'count')} ${ru(n(p, 'count'), 'такая строка', 'такие строки', 'таких строк')}`,
  'more.items': (p) => `… и ещё ${n(p, 'count')} таких же (${s(p, 'path')})`,
  'did-you-mean': (p) => `(может быть, «${s(p, 'suggestion')}»?)`,
  'summary.notes': (p) => `${n(p, 'count')} ${ru(n(p, 'count'), 'замечание', 'замечания', 'замечаний')}: прочитано, как сказано выше, исправлять не нужно`,
  'geo.not-geometry': () => `файл — не TopoJSON («Topology») и не GeoJSON («FeatureCollection» или «Feature»)`,
  'geo.choose-object': (p) => `в топологии несколько объектов (${s(p, 'objects')}); выберите один: --object ИМЯ`,
  'geo.unknown-object': (p) =>
    `в топологии нет объекта «${s(p, 'name')}» (объекты: ${s(p, 'objects')})${maybe(p, 'suggestion', (x) => `; может быть, «${x}»?`)}`,
  'geo.no-id': (p) =>
    `у объекта ${n(p, 'index')} нет id${maybe(p, 'property', (x) => ` (нет свойства «${x}»)`)}; укажите свойство с id через --id${maybe(p, 'properties', (x) => ` (его свойства: ${x})`)}`,
  'geo.duplicate-id': (p) => `у объекта ${n(p, 'index')} тот же id «${s(p, 'id')}», что у одного из предыдущих; он пропущен`,
  'geo.no-feature': (p) => `для региона «${s(p, 'id')}» нет объекта в ${s(p, 'file')}; карта его не нарисует`,
  'geo.no-region': (p) =>
    `для объекта «${s(p, 'id')}»${maybe(p, 'name', (x) => ` (${x})`)} нет региона в ${s(p, 'regions')}; карта покажет его как «нет данных»${n(p, 'more') ? ` (и ещё ${n(p, 'more')} ${ru(n(p, 'more'), 'такой объект', 'таких объекта', 'таких объектов')})` : ''}`,
  'usage.geo-option': (p) => `параметр «${s(p, 'option')}» читается только вместе с ${s(p, 'with')}`,
};

export const ruFeed: FeedMessages = {
  problems: {
    expected: (p) => `ожидается ${s(p, 'what')}, получено ${s(p, 'got')}`,
    end: (p) => `ожидается дата не раньше ${s(p, 'date')}, получено ${s(p, 'got')}`,
    'unknown-region': (p) => `неизвестный регион ${s(p, 'got')}`,
    'unknown-metric': (p) => `неизвестный показатель "${s(p, 'id')}"`,
    'duplicate-metric': (p) => `повторяющийся id показателя "${s(p, 'id')}"`,
    'duplicate-region': (p) => `повторяющийся id региона "${s(p, 'id')}"`,
    'duplicate-row': (p) => `повтор строки для периода "${s(p, 'period')}" и региона "${s(p, 'region')}" (первая: ${s(p, 'first')})`,
    'unknown-level': (p) => `ожидается один из уровней ленты (${s(p, 'levels')}), получено ${s(p, 'got')}`,
    'duplicate-level': (p) => `повторяющийся id уровня "${s(p, 'id')}"`,
    'rate-pair': (p) => `у относительного показателя "${s(p, 'id')}" должны быть и числитель, и знаменатель, или ни того, ни другого`,
    'rate-unknown': (p) => `относительный показатель "${s(p, 'id')}" ссылается на "${s(p, 'ref')}", такого показателя в ленте нет`,
    'rate-self': (p) => `относительный показатель "${s(p, 'id')}" ссылается сам на себя`,
    'rate-of-rate': (p) =>
      `относительный показатель "${s(p, 'id')}" ссылается на "${s(p, 'ref')}", который сам является относительным показателем (для отношения сумм нужны суммируемые показатели)`,
    'not-rate': (p) => `показатель "${s(p, 'id')}" не относительный (rate): numerator, denominator и scale — только для относительных показателей`,
    'own-ancestor': (p) => `регион "${s(p, 'id')}" оказывается собственным предком (цикл)`,
    'no-title': () => 'у события должно быть название',
    'no-version': () => 'отсутствует; виджет читает фид версии 1',
    version: (p) => `неподдерживаемая версия фида ${s(p, 'got')}; виджет читает версию 1`,
    'no-metric': () => 'в фиде нет ни одного пригодного показателя',
    json: (p) => `не JSON: ${s(p, 'error')}`,
    'no-shape': (p) => `в «${s(p, 'object')}» нет фигуры «${s(p, 'id')}»`,
    'no-feature-region': (p) => `в фиде нет региона «${s(p, 'id')}»`,
    network: (p) => `не удалось загрузить ${s(p, 'url')}: ${s(p, 'reason')}`,
    timeout: (p) => `не удалось загрузить ${s(p, 'url')}: нет ответа за ${s(p, 'seconds')} с`,
    http: (p) => `не удалось загрузить ${s(p, 'url')}: сервер ответил ${`${s(p, 'status')} ${s(p, 'statusText')}`.trim()}`,
    'too-large': (p) => `не удалось загрузить ${s(p, 'url')}: фид больше предела в ${s(p, 'limit')} ${ru(n(p, 'limit'), 'байт', 'байта', 'байт')}`,
    'not-feed': (p) => `${s(p, 'url')} — непригодный фид: ${s(p, 'path')}: ${s(p, 'problem')}`,
    'not-topology': (p) => `${s(p, 'url')} — не топология TopoJSON`,
  },
  expectations: {
    'a string': 'строка',
    'a region id': 'id региона',
    'a non-empty string': 'непустая строка',
    'a slug ([a-z][a-z0-9_-]*)': 'id из строчных латинских букв, цифр, «_» и «-» ([a-z][a-z0-9_-]*)',
    '"stock" or "flow"': '"stock" или "flow"',
    '"country", "economic-region" or "district"': '"country", "economic-region" или "district"',
    'a date (YYYY-MM-DD)': 'дата (YYYY-MM-DD)',
    'one of conference, training, award, competition, milestone, other': 'одно из: conference, training, award, competition, milestone, other',
    'a number': 'число',
    'a positive number': 'положительное число',
    'a metric id': 'id показателя',
    'a number or null': 'число или null',
    'an object of numbers': 'объект «имя → число»',
    'an ISO 8601 date': 'дата ISO 8601 (YYYY-MM-DD)',
    'an object': 'объект',
    'an array': 'массив',
    'an array of metrics': 'массив показателей',
    'a feed object': 'объект фида',
    'an http: or https: URL': 'адрес (URL) http: или https:',
    'text (a string or an object of language → string)': 'текст (строка или объект «язык → строка»)',
    'a period (YYYY, YYYY-MM or YYYY-MM-DD)': 'период (YYYY, YYYY-MM или YYYY-MM-DD)',
  },
  consequences: {
    'row dropped': 'строка отброшена',
    'event dropped': 'событие отброшено',
    'metric dropped': 'показатель отброшен',
    'region dropped': 'регион отброшен',
    dropped: 'отброшено',
    ignored: 'не учитывается',
    'parent ignored': 'родительский регион не учитывается',
    'read as "stock"': 'читается как "stock"',
    'numerator and denominator ignored': 'числитель и знаменатель не учитываются',
    'read as "other"': 'читается как "other"',
    'the first one is used': 'используется первый',
    'not drawn': 'не рисуется',
    'drawn as "no data"': 'рисуется как «нет данных»',
  },
  values: { nothing: 'ничего', 'an array': 'массив', 'an object': 'объект' },
};
