/// <reference types="node" />
// `stat-widgets embed publish CONFIG --out DIR`: a static page per embed, for any static host,
// that web editors paste as a bare URL (src/embed/publish.ts writes the files). CONFIG is JSON:
// `dist` and `base` (absolute URLs) and `embeds`, a list of `{ "name", ...the builder's options }`.
// Its sentences in en, az and ru are here for now (to be folded into messages.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkPublishConfig, publishedFiles, publishedUrl, type PublishProblem } from '../embed/publish.js';
import { snippetWarnings } from '../embed/snippet.js';
import type { Lang } from './messages.js';

/** What the command needs of main.ts's parsed arguments and I/O. */
interface Command {
  readonly options: ReadonlyMap<string, string>;
  readonly positional: readonly string[];
  readonly flags: ReadonlySet<string>;
}
interface Output {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
}

type Params = Readonly<Record<string, string | number>>;
type Words = Record<string, (p: Params) => string>;
const s = (p: Params, key: string) => String(p[key] ?? '');

const en: Words = {
  help: () => `Usage: stat-widgets embed publish CONFIG --out DIR

Writes a static page per embed into DIR (DIR/<name>/index.html and DIR/<name>/oembed.json).
Upload DIR so that it is served at the config's "base"; then paste <base><name>/ on a line of
its own in WordPress (or any editor that embeds links) to show the widget.

CONFIG is JSON:
  { "dist": "https://stats.example.org/dist/",        where dist/ is served (absolute)
    "base": "https://stats.example.org/embeds/",      where DIR will be served (absolute)
    "embeds": [ { "name": "teachers", "widget": "counter", "src": "https://…/feed.json",
                  "metric": "teachers", "lang": "az", "showDelta": true } ] }
Each embed: a name (letters, digits, - and _), and the snippet builder's options.

Options:
  --out DIR, -o DIR    the folder to write (required)
  --lang en|az|ru      language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)

Exit status: 0 written, 1 problems in CONFIG (nothing written), 2 CONFIG unreadable or bad usage.`,
  'usage.command': (p) => `unknown command "embed ${s(p, 'command')}"; see "stat-widgets embed --help"`,
  'usage.config': () => 'name the config file: stat-widgets embed publish CONFIG --out DIR',
  'usage.out': () => 'name the folder to write with --out DIR',
  'usage.extra': (p) => `unexpected argument "${s(p, 'value')}"`,
  'config.unreadable': (p) => `cannot read ${s(p, 'file')}: ${s(p, 'reason')}`,
  'config.json': (p) => `${s(p, 'file')} is not JSON: ${s(p, 'reason')}`,
  'config.object': () => 'the config must be a JSON object with "dist", "base" and "embeds"',
  'config.url': (p) => `"${s(p, 'value')}" is not an absolute http(s) URL`,
  'config.embeds': () => '"embeds" must be a list with at least one embed',
  'embed.object': () => 'an embed must be an object: { "name": …, "widget": …, "src": … }',
  'embed.name': (p) => `"${s(p, 'value')}" cannot name a folder: use letters, digits, - and _ (at most 64)`,
  'embed.duplicate': (p) => `the name "${s(p, 'value')}" is used twice`,
  'embed.widget': (p) => `unknown widget "${s(p, 'value')}"; use ${s(p, 'allowed')}`,
  'embed.src': (p) => `"${s(p, 'value')}" is not the feed's http(s) address`,
  'embed.unknown': (p) => `unknown option "${s(p, 'value')}"${p['suggestion'] ? ` (did you mean "${s(p, 'suggestion')}"?)` : ''}`,
  'embed.type': (p) =>
    `"${s(p, 'value')}" must be ${{ text: 'text or a number', string: 'text', number: 'a number of pixels', boolean: 'true or false' }[s(p, 'type')]}`,
  'summary.problems': (p) => `${s(p, 'count')} problem(s); nothing written`,
  wrote: (p) => `wrote ${s(p, 'dir')}: paste ${s(p, 'url')} on a line of its own`,
  'warn.local': (p) => `warning: ${s(p, 'url')} is this computer or its network; readers elsewhere cannot reach it`,
  'warn.http': (p) => `warning: ${s(p, 'url')} is plain http; https pages refuse it or warn`,
  done: (p) => `published ${s(p, 'count')} embed(s) in ${s(p, 'dir')}; serve it at ${s(p, 'base')}`,
};

const az: Words = {
  help: () => `İstifadə: stat-widgets embed publish KONFİQ --out QOVLUQ

Hər yerləşdirmə üçün QOVLUQ-a statik səhifə yazır (QOVLUQ/<ad>/index.html və QOVLUQ/<ad>/oembed.json).
QOVLUQ-u elə yükləyin ki, konfiqdəki "base" ünvanında açılsın; sonra vidjeti göstərmək üçün
<base><ad>/ ünvanını WordPress-də (və ya keçidləri yerləşdirən istənilən redaktorda) ayrıca sətirdə yapışdırın.

KONFİQ JSON-dur:
  { "dist": "https://stats.example.org/dist/",        dist/ harada verilir (tam ünvan)
    "base": "https://stats.example.org/embeds/",      QOVLUQ harada veriləcək (tam ünvan)
    "embeds": [ { "name": "teachers", "widget": "counter", "src": "https://…/feed.json",
                  "metric": "teachers", "lang": "az", "showDelta": true } ] }
Hər yerləşdirmə: ad (hərflər, rəqəmlər, - və _) və kod qurucusunun seçimləri.

Seçimlər:
  --out QOVLUQ, -o QOVLUQ  yazılacaq qovluq (mütləq)
  --lang en|az|ru          mesajların dili (susmaya görə LC_ALL, LC_MESSAGES və ya LANG)

Çıxış kodu: 0 yazıldı, 1 KONFİQ-də problem var (heç nə yazılmır), 2 KONFİQ oxunmur və ya əmr səhvdir.`,
  'usage.command': (p) => `naməlum əmr "embed ${s(p, 'command')}"; "stat-widgets embed --help" baxın`,
  'usage.config': () => 'konfiq faylını göstərin: stat-widgets embed publish KONFİQ --out QOVLUQ',
  'usage.out': () => 'yazılacaq qovluğu --out QOVLUQ ilə göstərin',
  'usage.extra': (p) => `gözlənilməyən arqument "${s(p, 'value')}"`,
  'config.unreadable': (p) => `${s(p, 'file')} oxunmur: ${s(p, 'reason')}`,
  'config.json': (p) => `${s(p, 'file')} JSON deyil: ${s(p, 'reason')}`,
  'config.object': () => 'konfiq "dist", "base" və "embeds" olan JSON obyekti olmalıdır',
  'config.url': (p) => `"${s(p, 'value')}" tam http(s) ünvanı deyil`,
  'config.embeds': () => '"embeds" ən azı bir yerləşdirmədən ibarət siyahı olmalıdır',
  'embed.object': () => 'yerləşdirmə obyekt olmalıdır: { "name": …, "widget": …, "src": … }',
  'embed.name': (p) => `"${s(p, 'value')}" qovluq adı ola bilməz: hərflər, rəqəmlər, - və _ işlədin (ən çox 64)`,
  'embed.duplicate': (p) => `"${s(p, 'value')}" adı iki dəfə işlənib`,
  'embed.widget': (p) => `naməlum vidjet "${s(p, 'value')}"; bunlardan birini işlədin: ${s(p, 'allowed')}`,
  'embed.src': (p) => `"${s(p, 'value')}" lentin http(s) ünvanı deyil`,
  'embed.unknown': (p) => `naməlum seçim "${s(p, 'value')}"${p['suggestion'] ? ` ("${s(p, 'suggestion')}" nəzərdə tutulub?)` : ''}`,
  'embed.type': (p) =>
    `"${s(p, 'value')}" ${{ text: 'mətn və ya ədəd', string: 'mətn', number: 'piksel sayı', boolean: 'true və ya false' }[s(p, 'type')]} olmalıdır`,
  'summary.problems': (p) => `${s(p, 'count')} problem; heç nə yazılmadı`,
  wrote: (p) => `${s(p, 'dir')} yazıldı: ${s(p, 'url')} ünvanını ayrıca sətirdə yapışdırın`,
  'warn.local': (p) => `xəbərdarlıq: ${s(p, 'url')} bu kompüter və ya onun şəbəkəsidir; başqa yerdəki oxucular ona çata bilməz`,
  'warn.http': (p) => `xəbərdarlıq: ${s(p, 'url')} adi http-dir; https səhifələri onu rədd edir və ya xəbərdarlıq göstərir`,
  done: (p) => `${s(p, 'count')} yerləşdirmə ${s(p, 'dir')} qovluğunda dərc edildi; onu ${s(p, 'base')} ünvanında verin`,
};

const ru: Words = {
  help: () => `Использование: stat-widgets embed publish КОНФИГ --out ПАПКА

Записывает в ПАПКУ статическую страницу для каждого встраивания (ПАПКА/<имя>/index.html и ПАПКА/<имя>/oembed.json).
Загрузите ПАПКУ так, чтобы она открывалась по адресу "base" из конфига; затем вставьте <base><имя>/
отдельной строкой в WordPress (или в любой редактор, который встраивает ссылки), чтобы показать виджет.

КОНФИГ — это JSON:
  { "dist": "https://stats.example.org/dist/",        где опубликована dist/ (полный адрес)
    "base": "https://stats.example.org/embeds/",      где будет опубликована ПАПКА (полный адрес)
    "embeds": [ { "name": "teachers", "widget": "counter", "src": "https://…/feed.json",
                  "metric": "teachers", "lang": "az", "showDelta": true } ] }
Каждое встраивание: имя (буквы, цифры, - и _) и параметры конструктора кода.

Параметры:
  --out ПАПКА, -o ПАПКА  папка для записи (обязательно)
  --lang en|az|ru        язык сообщений (по умолчанию из LC_ALL, LC_MESSAGES или LANG)

Код выхода: 0 — записано, 1 — проблемы в КОНФИГЕ (ничего не записано), 2 — КОНФИГ не читается или неверный вызов.`,
  'usage.command': (p) => `неизвестная команда «embed ${s(p, 'command')}»; см. «stat-widgets embed --help»`,
  'usage.config': () => 'укажите файл конфига: stat-widgets embed publish КОНФИГ --out ПАПКА',
  'usage.out': () => 'укажите папку для записи: --out ПАПКА',
  'usage.extra': (p) => `лишний аргумент «${s(p, 'value')}»`,
  'config.unreadable': (p) => `не удалось прочитать ${s(p, 'file')}: ${s(p, 'reason')}`,
  'config.json': (p) => `${s(p, 'file')} — не JSON: ${s(p, 'reason')}`,
  'config.object': () => 'конфиг должен быть JSON-объектом с "dist", "base" и "embeds"',
  'config.url': (p) => `«${s(p, 'value')}» — не полный адрес http(s)`,
  'config.embeds': () => '"embeds" должен быть списком хотя бы из одного встраивания',
  'embed.object': () => 'встраивание должно быть объектом: { "name": …, "widget": …, "src": … }',
  'embed.name': (p) => `«${s(p, 'value')}» не годится для имени папки: используйте буквы, цифры, - и _ (не больше 64)`,
  'embed.duplicate': (p) => `имя «${s(p, 'value')}» использовано дважды`,
  'embed.widget': (p) => `неизвестный виджет «${s(p, 'value')}»; используйте ${s(p, 'allowed')}`,
  'embed.src': (p) => `«${s(p, 'value')}» — не адрес фида http(s)`,
  'embed.unknown': (p) => `неизвестный параметр «${s(p, 'value')}»${p['suggestion'] ? ` (может быть, «${s(p, 'suggestion')}»?)` : ''}`,
  'embed.type': (p) =>
    `«${s(p, 'value')}» должен быть ${{ text: 'текстом или числом', string: 'текстом', number: 'числом пикселей', boolean: 'true или false' }[s(p, 'type')]}`,
  'summary.problems': (p) => `проблем: ${s(p, 'count')}; ничего не записано`,
  wrote: (p) => `записано ${s(p, 'dir')}: вставьте ${s(p, 'url')} отдельной строкой`,
  'warn.local': (p) => `предупреждение: ${s(p, 'url')} — этот компьютер или его сеть; читатели в других местах его не увидят`,
  'warn.http': (p) => `предупреждение: ${s(p, 'url')} — обычный http; страницы https его отвергают или предупреждают`,
  done: (p) => `опубликовано встраиваний: ${s(p, 'count')} в ${s(p, 'dir')}; разместите папку по адресу ${s(p, 'base')}`,
};

const WORDS: Readonly<Record<Lang, Words>> = { en, az, ru };
/** The command's sentences, for the tests' check that every language has every one. */
export const EMBED_PUBLISH_WORDS = WORDS;
const say = (lang: Lang, code: string, params: Params = {}) => WORDS[lang][code]!(params);

/** A config problem as one line: `embeds.json: embeds[1].widget: unknown widget "chart"; use …`. */
function problemLine(file: string, problem: PublishProblem, lang: Lang): string {
  return `${file}: ${problem.path ? `${problem.path}: ` : ''}${say(lang, problem.code, problem.params)}`;
}

/**
 * Runs `stat-widgets embed <command>`: `publish CONFIG --out DIR`, or the help. Returns the exit
 * status: 0 written, 1 problems in the config (nothing written), 2 unreadable config or bad usage.
 */
export function embedCommand(args: Command, io: Output, lang: Lang): number {
  const [command, file, extra] = args.positional;
  const usage = (code: string, params: Params = {}) => {
    io.stderr.write(`${say(lang, code, params)}\n`);
    return 2;
  };
  if (args.flags.has('--help') || command === undefined || command === 'help') {
    io.stdout.write(`${say(lang, 'help')}\n`);
    return command === undefined && !args.flags.has('--help') ? 2 : 0;
  }
  if (command !== 'publish') return usage('usage.command', { command });
  if (file === undefined) return usage('usage.config');
  if (extra !== undefined) return usage('usage.extra', { value: extra });
  const out = args.options.get('--out');
  if (!out) return usage('usage.out');

  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    return usage('config.unreadable', { file, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return usage('config.json', { file, reason: (error as Error).message });
  }
  const { config, problems } = checkPublishConfig(json);
  if (!config) {
    io.stdout.write(problems.map((problem) => `${problemLine(file, problem, lang)}\n`).join(''));
    io.stdout.write(`${say(lang, 'summary.problems', { count: problems.length })}\n`);
    return 1;
  }

  const files = publishedFiles(config);
  for (const [path, content] of Object.entries(files)) {
    const target = resolve(io.cwd, out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  const warned = new Set<string>();
  for (const embed of config.embeds) {
    const url = publishedUrl(config, embed.name);
    io.stdout.write(`${say(lang, 'wrote', { dir: join(out, embed.name), url })}\n`);
    for (const warning of snippetWarnings({ ...embed, dist: config.dist, base: config.base, page: url })) {
      const line = say(lang, `warn.${warning.problem}`, { url: warning.url });
      if (!warned.has(line)) io.stderr.write(`${line}\n`);
      warned.add(line);
    }
  }
  io.stdout.write(`${say(lang, 'done', { count: config.embeds.length, dir: out, base: config.base })}\n`);
  return 0;
}
