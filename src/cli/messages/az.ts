// Azerbaijani: the CLI's own messages and the feed layer's problems.

import { maybe, n, s, type CliMessages, type FeedMessages } from './template.js';

export const az: CliMessages = {
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
  // Issue 14, part 5.
  'number.leading-point': (p) =>
    `"${s(p, 'raw')}" ${s(p, 'value')} kimi oxunur${n(p, 'more') ? `; bu sütunda belə daha ${n(p, 'more')} xana var` : ''} (qeyd: düzəltmək lazım deyil, amma nöqtədən əvvəl 0 yazmaq daha aydındır)`,
  'tidy.no-metric': () => 'bu sətirdə göstərici id-si yoxdur; sətir nəzərə alınmır',
  'tidy.unread-column': (p) => `"${s(p, 'name')}" sütunu oxunmur (uzun formalı faylın dəyərləri period, region, metric və value sütunlarındadır)`,
  'tidy.unknown-metric': (p) =>
    `"${s(p, 'id')}" ${s(p, 'metrics')} faylındakı göstəricilərdən deyil; sətir nəzərə alınmır${maybe(p, 'suggestion', (x) => ` ("${x}" nəzərdə tutulub?)`)}`,
  'tidy.duplicate': (p) =>
    `"${s(p, 'period')}" dövrü və "${s(p, 'region')}" regionu üçün "${s(p, 'metric')}" göstəricisinin ikinci dəyəri (birincisi: ${s(p, 'first')}); birincisi götürülür`,
  'more.cells': (p) => `… və "${s(p, 'field')}" sütununda belə daha ${n(p, 'count')} xana`,
  'more.lines': (p) => `… və belə daha ${n(p, 'count')} sətir`,
  'more.items': (p) => `… və belə daha ${n(p, 'count')} yer (${s(p, 'path')})`,
  'did-you-mean': (p) => `("${s(p, 'suggestion')}" nəzərdə tutulub?)`,
  'summary.notes': (p) => `${n(p, 'count')} qeyd: yuxarıda deyildiyi kimi oxunub, düzəltmək lazım deyil`,
  'geo.not-geometry': () => `fayl nə TopoJSON ("Topology"), nə də GeoJSON ("FeatureCollection" və ya "Feature") deyil`,
  'geo.choose-object': (p) => `topologiyada bir neçə obyekt var (${s(p, 'objects')}); birini --object AD ilə seçin`,
  'geo.unknown-object': (p) =>
    `topologiyada "${s(p, 'name')}" obyekti yoxdur (obyektləri: ${s(p, 'objects')})${maybe(p, 'suggestion', (x) => `; "${x}" nəzərdə tutulub?`)}`,
  'geo.no-id': (p) =>
    `${n(p, 'index')} nömrəli obyektin id-si yoxdur${maybe(p, 'property', (x) => ` ("${x}" xassəsi yoxdur)`)}; id-ləri saxlayan xassəni --id ilə göstərin${maybe(p, 'properties', (x) => ` (xassələri: ${x})`)}`,
  'geo.duplicate-id': (p) => `${n(p, 'index')} nömrəli obyektin id-si ("${s(p, 'id')}") əvvəlki obyektdə də var; o buraxılır`,
  'geo.no-feature': (p) => `"${s(p, 'id')}" regionu üçün ${s(p, 'file')} faylında obyekt yoxdur; xəritə onu çəkməyəcək`,
  'geo.no-region': (p) =>
    `"${s(p, 'id')}" obyekti${maybe(p, 'name', (x) => ` (${x})`)} üçün ${s(p, 'regions')} faylında region yoxdur; xəritə onu "məlumat yoxdur" kimi çəkəcək${n(p, 'more') ? ` (belə daha ${n(p, 'more')} obyekt var)` : ''}`,
  'usage.geo-option': (p) => `"${s(p, 'option')}" seçimi yalnız ${s(p, 'with')} ilə oxunur`,
};

export const azFeed: FeedMessages = {
  problems: {
    expected: (p) => `gözlənilir: ${s(p, 'what')}, yazılıb: ${s(p, 'got')}`,
    end: (p) => `gözlənilir: ${s(p, 'date')} və ya sonrakı tarix, yazılıb: ${s(p, 'got')}`,
    'unknown-region': (p) => `naməlum region ${s(p, 'got')}`,
    'unknown-metric': (p) => `naməlum göstərici "${s(p, 'id')}"`,
    'duplicate-metric': (p) => `təkrarlanan göstərici id-si "${s(p, 'id')}"`,
    'duplicate-region': (p) => `təkrarlanan region id-si "${s(p, 'id')}"`,
    'duplicate-row': (p) => `"${s(p, 'period')}" dövrü və "${s(p, 'region')}" regionu üçün təkrar sətir (birincisi: ${s(p, 'first')})`,
    'own-ancestor': (p) => `"${s(p, 'id')}" regionu öz üst regionlarının arasında çıxır (dövrə)`,
    'unknown-level': (p) => `gözlənilir: lentin səviyyələrindən biri (${s(p, 'levels')}), yazılıb: ${s(p, 'got')}`,
    'duplicate-level': (p) => `təkrarlanan səviyyə id-si "${s(p, 'id')}"`,
    'rate-pair': (p) => `"${s(p, 'id')}" nisbətinin ya həm surəti, həm məxrəci olmalıdır, ya da heç biri`,
    'rate-unknown': (p) => `"${s(p, 'id')}" nisbəti "${s(p, 'ref')}" göstəricisinə istinad edir, lentdə belə göstərici yoxdur`,
    'rate-self': (p) => `"${s(p, 'id')}" nisbəti özünə istinad edir`,
    'rate-of-rate': (p) =>
      `"${s(p, 'id')}" nisbəti "${s(p, 'ref')}" göstəricisinə istinad edir, o da nisbətdir (cəmlərin nisbəti üçün toplanan göstəricilər lazımdır)`,
    'not-rate': (p) => `"${s(p, 'id')}" göstəricisi nisbət deyil: numerator, denominator və scale yalnız nisbətlər üçündür`,
    'no-title': () => 'tədbirin adı olmalıdır',
    'no-version': () => 'yoxdur; vidcet lentin 1-ci versiyasını oxuyur',
    version: (p) => `dəstəklənməyən lent versiyası ${s(p, 'got')}; vidcet 1-ci versiyanı oxuyur`,
    'no-metric': () => 'lentdə yararlı göstərici yoxdur',
    json: (p) => `JSON deyil: ${s(p, 'error')}`,
    'no-shape': (p) => `"${s(p, 'object')}" içində "${s(p, 'id')}" forması yoxdur`,
    'no-feature-region': (p) => `lentdə "${s(p, 'id')}" regionu yoxdur`,
    network: (p) => `${s(p, 'url')} yüklənmədi: ${s(p, 'reason')}`,
    timeout: (p) => `${s(p, 'url')} yüklənmədi: ${s(p, 'seconds')} saniyə ərzində cavab gəlmədi`,
    http: (p) => `${s(p, 'url')} yüklənmədi: server ${`${s(p, 'status')} ${s(p, 'statusText')}`.trim()} cavabını verdi`,
    'too-large': (p) => `${s(p, 'url')} yüklənmədi: lent ${s(p, 'limit')} bayt həddindən böyükdür`,
    'not-feed': (p) => `${s(p, 'url')} yararlı lent deyil: ${s(p, 'path')}: ${s(p, 'problem')}`,
    'not-topology': (p) => `${s(p, 'url')} TopoJSON topologiyası deyil`,
  },
  expectations: {
    'a string': 'mətn',
    'a region id': 'region id-si',
    'a non-empty string': 'boş olmayan mətn',
    'a slug ([a-z][a-z0-9_-]*)': 'kiçik latın hərfləri, rəqəmlər, "_" və "-" işarələrindən id ([a-z][a-z0-9_-]*)',
    '"stock" or "flow"': '"stock" və ya "flow"',
    '"country", "economic-region" or "district"': '"country", "economic-region" və ya "district"',
    'a date (YYYY-MM-DD)': 'tarix (YYYY-MM-DD)',
    'one of conference, training, award, competition, milestone, other': 'bunlardan biri: conference, training, award, competition, milestone, other',
    'a number': 'ədəd',
    'a positive number': 'müsbət ədəd',
    'a metric id': 'göstərici id-si',
    'a number or null': 'ədəd və ya null',
    'an object of numbers': 'ad → ədəd obyekti',
    'an ISO 8601 date': 'ISO 8601 tarixi (YYYY-MM-DD)',
    'an object': 'obyekt',
    'an array': 'massiv',
    'an array of metrics': 'göstəricilər massivi',
    'a feed object': 'lent obyekti',
    'an http: or https: URL': 'http: və ya https: ünvanı (URL)',
    'text (a string or an object of language → string)': 'mətn (sətir və ya dil → sətir obyekti)',
    'a period (YYYY, YYYY-MM or YYYY-MM-DD)': 'dövr (YYYY, YYYY-MM və ya YYYY-MM-DD)',
  },
  consequences: {
    'row dropped': 'sətir atılır',
    'event dropped': 'tədbir atılır',
    'metric dropped': 'göstərici atılır',
    'region dropped': 'region atılır',
    dropped: 'atılır',
    ignored: 'nəzərə alınmır',
    'parent ignored': 'üst region nəzərə alınmır',
    'read as "stock"': '"stock" kimi oxunur',
    'read as "other"': '"other" kimi oxunur',
    'numerator and denominator ignored': 'surət və məxrəc nəzərə alınmır',
    'the first one is used': 'birincisi götürülür',
    'not drawn': 'çəkilmir',
    'drawn as "no data"': '"məlumat yoxdur" kimi çəkilir',
  },
  values: { nothing: 'heç nə', 'an array': 'massiv', 'an object': 'obyekt' },
};
