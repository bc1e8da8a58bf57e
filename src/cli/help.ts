// The usage text of `stat-widgets feed --help`, in each language.

import type { Lang } from './messages.js';

const HELP: Readonly<Record<Lang, string>> = {
  en: `Usage: stat-widgets feed <command> [options]

Commands:
  build [dir]      build feed.json from the CSV files in dir (default: the current directory)
  check [dir|file] check the CSV files in dir, or a feed (.json or .json.gz); print every problem
  regions          write the regions CSV template for the Azerbaijan map (93 regions),
                   or with --from for any TopoJSON or GeoJSON map

CSV files (in dir, or named one by one):
  --observations FILE  observations.csv: period, region, one column per metric;
                       or long (tidy): period, region, metric, value   (required)
  --metrics FILE       metrics.csv: id, kind (stock, flow, rate), label_<lang>…, description_<lang>…,
                       unit or unit_<lang>…, numerator, denominator, scale   (required)
  --regions FILE       regions.csv: id, level, parent, name_<lang>…, geo   (required)
  --events FILE        events.csv: date, end, kind, region, title_<lang>…, summary_<lang>…, url, figures
  --meta FILE          meta.csv: field, value (title_<lang>, updated, source_name_<lang>, source_url)
  --levels FILE        levels.csv: id, label_<lang>… (the feed's own levels, coarsest first;
                       without it: country, economic-region, district)

Options:
  --out FILE, -o FILE  where to write (build: dir/feed.json; regions: standard output)
  --gzip               build: also write FILE.gz
  --geo FILE           build, check: check the regions (regions.csv, or a feed's) against this map (TopoJSON or GeoJSON)
  --from FILE          regions: start from this map's features (TopoJSON or GeoJSON)
  --object NAME        --from, --geo: the TopoJSON object (default: the only one)
  --id PROP            --from, --geo: the feature property with the ids (default: the feature's id)
  --name PROP          --from, --geo: the feature property with the names (default: name)
  --level LEVEL        --from: the level written for each region (default: district)
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
  regions              Azərbaycan xəritəsi üçün regionlar CSV şablonunu yazır (93 region),
                       --from ilə istənilən TopoJSON və ya GeoJSON xəritəsi üçün

CSV faylları (qovluqda və ya ayrı-ayrılıqda):
  --observations FAYL  observations.csv: period, region, hər göstərici üçün bir sütun;
                       və ya uzun (tidy) şəkildə: period, region, metric, value   (mütləq)
  --metrics FAYL       metrics.csv: id, kind (stock, flow, rate), label_<dil>…, description_<dil>…,
                       unit və ya unit_<dil>…, numerator, denominator, scale   (mütləq)
  --regions FAYL       regions.csv: id, level, parent, name_<dil>…, geo   (mütləq)
  --events FAYL        events.csv: date, end, kind, region, title_<dil>…, summary_<dil>…, url, figures
  --meta FAYL          meta.csv: field, value (title_<dil>, updated, source_name_<dil>, source_url)
  --levels FAYL        levels.csv: id, label_<dil>… (lentin öz səviyyələri, ən irisi birinci;
                       olmadıqda: country, economic-region, district)

Seçimlər:
  --out FAYL, -o FAYL  harada yazılsın (build: qovluq/feed.json; regions: standart çıxış)
  --gzip               build: FAYL.gz də yazılsın
  --geo FAYL           build, check: regionlar (regions.csv və ya lentinki) bu xəritə ilə yoxlansın (TopoJSON və ya GeoJSON)
  --from FAYL          regions: bu xəritənin obyektlərindən başlansın (TopoJSON və ya GeoJSON)
  --object AD          --from, --geo: TopoJSON obyekti (susmaya görə: yeganə obyekt)
  --id XASSƏ           --from, --geo: id-ləri saxlayan xassə (susmaya görə: obyektin id-si)
  --name XASSƏ         --from, --geo: adları saxlayan xassə (susmaya görə: name)
  --level SƏVİYYƏ      --from: hər regiona yazılan səviyyə (susmaya görə: district)
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
  regions              записать шаблон CSV регионов для карты Азербайджана (93 региона),
                       с --from — для любой карты TopoJSON или GeoJSON

CSV-файлы (в папке или по отдельности):
  --observations ФАЙЛ  observations.csv: period, region, по столбцу на показатель;
                       или длинный (tidy): period, region, metric, value   (обязателен)
  --metrics ФАЙЛ       metrics.csv: id, kind (stock, flow, rate), label_<язык>…, description_<язык>…,
                       unit или unit_<язык>…, numerator, denominator, scale   (обязателен)
  --regions ФАЙЛ       regions.csv: id, level, parent, name_<язык>…, geo   (обязателен)
  --events ФАЙЛ        events.csv: date, end, kind, region, title_<язык>…, summary_<язык>…, url, figures
  --meta ФАЙЛ          meta.csv: field, value (title_<язык>, updated, source_name_<язык>, source_url)
  --levels ФАЙЛ        levels.csv: id, label_<язык>… (свои уровни ленты, от крупного к мелкому;
                       без него: country, economic-region, district)

Параметры:
  --out ФАЙЛ, -o ФАЙЛ  куда писать (build: папка/feed.json; regions: стандартный вывод)
  --gzip               build: записать также ФАЙЛ.gz
  --geo ФАЙЛ           build, check: сверить регионы (regions.csv или фида) с этой картой (TopoJSON или GeoJSON)
  --from ФАЙЛ          regions: начать с объектов этой карты (TopoJSON или GeoJSON)
  --object ИМЯ         --from, --geo: объект TopoJSON (по умолчанию — единственный)
  --id СВОЙСТВО        --from, --geo: свойство объекта с id (по умолчанию — id объекта)
  --name СВОЙСТВО      --from, --geo: свойство объекта с названием (по умолчанию — name)
  --level УРОВЕНЬ      --from: уровень каждого региона (по умолчанию — district)
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
