/// <reference types="node" />
// `stat-widgets feed check --url URL`: checks a deployed feed as the widgets will read it, from
// another origin, and says per header what to change on the server: CORS (without it pages on
// other sites, and embeds in WordPress, whose sandbox sends `Origin: null`, cannot read it),
// Content-Type, ETag / Last-Modified (checked with a conditional request), compression and
// caching; then checks the feed itself as `feed check file.json` does.
// Its sentences in en, az and ru are here for now (to be folded into messages.ts).
import { gzipSync } from 'node:zlib';
import { checkFeedJson, type BuildOptions } from './convert.js';
import { message, type Lang } from './messages.js';
import { formatProblem } from './problems.js';

/** What the command needs of main.ts's parsed arguments and I/O. */
interface Command {
  readonly options: ReadonlyMap<string, string>;
  readonly positional: readonly string[];
}
interface Output {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** The origin the check reads the feed as: a partner's site. */
const ORIGIN = 'https://partner.example';
/** A refresh interval past which a `max-age` hides updates from readers for too long (seconds). */
const LONG_CACHE = 300;
/** Feeds smaller than this gain little from compression. */
const SMALL = 1024;

type Params = Readonly<Record<string, string | number>>;
type Words = Record<string, (p: Params) => string>;
const s = (p: Params, key: string) => String(p[key] ?? '');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const en: Words = {
  checking: (p) => `checking ${s(p, 'url')} as a page on another site would read it`,
  'fetch.failed': (p) => `cannot fetch ${s(p, 'url')}: ${s(p, 'reason')}`,
  'usage.url': () => "give the feed's address: stat-widgets feed check --url https://…/feed.json",
  'usage.bad-url': (p) => `"${s(p, 'url')}" is not an http(s) address`,
  'usage.extra': (p) => `unexpected argument "${s(p, 'value')}" with --url`,
  'status.ok': (p) => `HTTP ${s(p, 'status')}`,
  'status.bad': (p) => `HTTP ${s(p, 'status')}: the server does not serve the feed at this address`,
  'cors.any': () => 'Access-Control-Allow-Origin: * (any site, and sandboxed embeds, may read it)',
  'cors.origin': (p) => `Access-Control-Allow-Origin: ${s(p, 'value')} (the asking site's origin, echoed)`,
  'cors.missing': () =>
    'Access-Control-Allow-Origin: missing. Pages on other sites cannot read the feed (widgets say "The data could not be loaded"). Send: Access-Control-Allow-Origin: *',
  'cors.other': (p) => `Access-Control-Allow-Origin: ${s(p, 'value')}, so other sites cannot read the feed. Send: Access-Control-Allow-Origin: *`,
  'cors.null': () =>
    'embeds in a sandboxed iframe (WordPress pastes them so; their origin is "null") cannot read the feed: the server allows only named origins. Send: Access-Control-Allow-Origin: *',
  'type.ok': (p) => `Content-Type: ${s(p, 'value')}`,
  'type.bad': (p) =>
    `Content-Type: ${s(p, 'value') || 'missing'}. Send: Content-Type: application/json (an error page served as 200 then reads as one, not as a broken feed)`,
  'validators.etag': (p) => `ETag: ${s(p, 'value')} (a refresh of an unchanged feed is answered 304, without the feed)`,
  'validators.modified': (p) => `Last-Modified: ${s(p, 'value')} (a refresh of an unchanged feed is answered 304, without the feed)`,
  'validators.ignored': (p) =>
    `${s(p, 'header')}: sent, but a request with ${s(p, 'condition')} got the whole feed again (HTTP ${s(p, 'status')}). Let the server answer 304 Not Modified`,
  'validators.missing': () => 'ETag and Last-Modified: both missing, so every refresh downloads the whole feed. Send either (most static servers send both)',
  'compression.ok': (p) => `Content-Encoding: ${s(p, 'value')}`,
  'compression.small': (p) => `not compressed; the feed is small (${kb(Number(p['bytes']))})`,
  'compression.missing': (p) =>
    `Content-Encoding: none. The feed is ${kb(Number(p['bytes']))}, about ${kb(Number(p['gzip']))} with gzip: turn on gzip or Brotli for application/json`,
  'cache.ok': (p) => `Cache-Control: ${s(p, 'value')}`,
  'cache.missing': () => 'Cache-Control: missing. Browsers may reuse an old copy for a while without asking. Send: Cache-Control: no-cache (or max-age=60)',
  'cache.no-store': () => 'Cache-Control: no-store. No copy is kept, so refreshes cannot be answered 304. Send: Cache-Control: no-cache',
  'cache.long': (p) =>
    `Cache-Control: ${s(p, 'value')}. Readers see a new feed up to ${s(p, 'seconds')} seconds late. Send: Cache-Control: no-cache (or max-age=60)`,
  'feed.problems': (p) => `the feed has ${s(p, 'count')} problem(s):`,
  'summary.ok': () => 'nothing to fix',
  'summary.advice': (p) => `nothing to fix; ${s(p, 'advice')} to consider`,
  'summary.fix': (p) => `${s(p, 'fix')} to fix, ${s(p, 'advice')} to consider`,
};

const az: Words = {
  checking: (p) => `${s(p, 'url')} yoxlanılır: başqa saytdakı səhifə onu necə oxuyursa, elə`,
  'fetch.failed': (p) => `${s(p, 'url')} alınmadı: ${s(p, 'reason')}`,
  'usage.url': () => 'lentin ünvanını verin: stat-widgets feed check --url https://…/feed.json',
  'usage.bad-url': (p) => `"${s(p, 'url')}" http(s) ünvanı deyil`,
  'usage.extra': (p) => `--url ilə gözlənilməyən arqument "${s(p, 'value')}"`,
  'status.ok': (p) => `HTTP ${s(p, 'status')}`,
  'status.bad': (p) => `HTTP ${s(p, 'status')}: server bu ünvanda lenti vermir`,
  'cors.any': () => 'Access-Control-Allow-Origin: * (istənilən sayt və sandbox-dakı yerləşdirmələr oxuya bilər)',
  'cors.origin': (p) => `Access-Control-Allow-Origin: ${s(p, 'value')} (soruşan saytın mənşəyi qaytarılır)`,
  'cors.missing': () =>
    'Access-Control-Allow-Origin yoxdur. Başqa saytlardakı səhifələr lenti oxuya bilmir (vidjetlər "Məlumat yüklənə bilmədi" deyir). Göndərin: Access-Control-Allow-Origin: *',
  'cors.other': (p) => `Access-Control-Allow-Origin: ${s(p, 'value')}, ona görə başqa saytlar lenti oxuya bilmir. Göndərin: Access-Control-Allow-Origin: *`,
  'cors.null': () =>
    'sandbox-lı iframe-dəki yerləşdirmələr (WordPress onları belə qoyur; mənşələri "null"-dır) lenti oxuya bilmir: server yalnız adı çəkilən mənşələrə icazə verir. Göndərin: Access-Control-Allow-Origin: *',
  'type.ok': (p) => `Content-Type: ${s(p, 'value')}`,
  'type.bad': (p) =>
    `Content-Type: ${s(p, 'value') || 'yoxdur'}. Göndərin: Content-Type: application/json (onda 200 ilə verilən xəta səhifəsi xarab lent kimi yox, xəta kimi oxunur)`,
  'validators.etag': (p) => `ETag: ${s(p, 'value')} (dəyişməmiş lentin yenilənməsinə lentsiz 304 cavabı gəlir)`,
  'validators.modified': (p) => `Last-Modified: ${s(p, 'value')} (dəyişməmiş lentin yenilənməsinə lentsiz 304 cavabı gəlir)`,
  'validators.ignored': (p) =>
    `${s(p, 'header')}: göndərilir, amma ${s(p, 'condition')} ilə sorğuya yenə bütün lent gəldi (HTTP ${s(p, 'status')}). Server 304 Not Modified cavabı versin`,
  'validators.missing': () =>
    'ETag və Last-Modified yoxdur, ona görə hər yenilənmə bütün lenti yükləyir. Birini göndərin (əksər statik serverlər hər ikisini göndərir)',
  'compression.ok': (p) => `Content-Encoding: ${s(p, 'value')}`,
  'compression.small': (p) => `sıxılmayıb; lent kiçikdir (${kb(Number(p['bytes']))})`,
  'compression.missing': (p) =>
    `Content-Encoding yoxdur. Lent ${kb(Number(p['bytes']))}-dır, gzip ilə təxminən ${kb(Number(p['gzip']))}: application/json üçün gzip və ya Brotli-ni açın`,
  'cache.ok': (p) => `Cache-Control: ${s(p, 'value')}`,
  'cache.missing': () =>
    'Cache-Control yoxdur. Brauzerlər bir müddət soruşmadan köhnə nüsxəni göstərə bilər. Göndərin: Cache-Control: no-cache (və ya max-age=60)',
  'cache.no-store': () => 'Cache-Control: no-store. Nüsxə saxlanmır, ona görə yenilənmələrə 304 cavabı verilə bilmir. Göndərin: Cache-Control: no-cache',
  'cache.long': (p) =>
    `Cache-Control: ${s(p, 'value')}. Oxucular yeni lenti ${s(p, 'seconds')} saniyəyədək gec görür. Göndərin: Cache-Control: no-cache (və ya max-age=60)`,
  'feed.problems': (p) => `lentdə ${s(p, 'count')} problem var:`,
  'summary.ok': () => 'düzəltməyə bir şey yoxdur',
  'summary.advice': (p) => `düzəltməyə bir şey yoxdur; ${s(p, 'advice')} tövsiyə`,
  'summary.fix': (p) => `${s(p, 'fix')} düzəliş, ${s(p, 'advice')} tövsiyə`,
};

const ru: Words = {
  checking: (p) => `проверка ${s(p, 'url')} так, как его читает страница другого сайта`,
  'fetch.failed': (p) => `не удалось получить ${s(p, 'url')}: ${s(p, 'reason')}`,
  'usage.url': () => 'укажите адрес фида: stat-widgets feed check --url https://…/feed.json',
  'usage.bad-url': (p) => `«${s(p, 'url')}» — не адрес http(s)`,
  'usage.extra': (p) => `лишний аргумент «${s(p, 'value')}» при --url`,
  'status.ok': (p) => `HTTP ${s(p, 'status')}`,
  'status.bad': (p) => `HTTP ${s(p, 'status')}: сервер не отдаёт фид по этому адресу`,
  'cors.any': () => 'Access-Control-Allow-Origin: * (читать может любой сайт и встраивания в песочнице)',
  'cors.origin': (p) => `Access-Control-Allow-Origin: ${s(p, 'value')} (возвращается источник запроса)`,
  'cors.missing': () =>
    'Access-Control-Allow-Origin отсутствует. Страницы других сайтов не могут прочитать фид (виджеты пишут «Не удалось загрузить данные»). Отправляйте: Access-Control-Allow-Origin: *',
  'cors.other': (p) =>
    `Access-Control-Allow-Origin: ${s(p, 'value')}, поэтому другие сайты не могут прочитать фид. Отправляйте: Access-Control-Allow-Origin: *`,
  'cors.null': () =>
    'встраивания в iframe с песочницей (так их вставляет WordPress; их источник — «null») не могут прочитать фид: сервер разрешает только названные источники. Отправляйте: Access-Control-Allow-Origin: *',
  'type.ok': (p) => `Content-Type: ${s(p, 'value')}`,
  'type.bad': (p) =>
    `Content-Type: ${s(p, 'value') || 'отсутствует'}. Отправляйте: Content-Type: application/json (тогда страница ошибки с кодом 200 читается как ошибка, а не как испорченный фид)`,
  'validators.etag': (p) => `ETag: ${s(p, 'value')} (на обновление неизменённого фида приходит 304, без фида)`,
  'validators.modified': (p) => `Last-Modified: ${s(p, 'value')} (на обновление неизменённого фида приходит 304, без фида)`,
  'validators.ignored': (p) =>
    `${s(p, 'header')}: отправляется, но на запрос с ${s(p, 'condition')} снова пришёл весь фид (HTTP ${s(p, 'status')}). Пусть сервер отвечает 304 Not Modified`,
  'validators.missing': () =>
    'ETag и Last-Modified отсутствуют, поэтому каждое обновление скачивает весь фид. Отправляйте любой из них (большинство статических серверов отправляют оба)',
  'compression.ok': (p) => `Content-Encoding: ${s(p, 'value')}`,
  'compression.small': (p) => `без сжатия; фид небольшой (${kb(Number(p['bytes']))})`,
  'compression.missing': (p) =>
    `Content-Encoding отсутствует. Фид — ${kb(Number(p['bytes']))}, с gzip около ${kb(Number(p['gzip']))}: включите gzip или Brotli для application/json`,
  'cache.ok': (p) => `Cache-Control: ${s(p, 'value')}`,
  'cache.missing': () =>
    'Cache-Control отсутствует. Браузеры могут какое-то время показывать старую копию, не спрашивая сервер. Отправляйте: Cache-Control: no-cache (или max-age=60)',
  'cache.no-store': () => 'Cache-Control: no-store. Копия не хранится, поэтому на обновления нельзя ответить 304. Отправляйте: Cache-Control: no-cache',
  'cache.long': (p) =>
    `Cache-Control: ${s(p, 'value')}. Читатели видят новый фид с опозданием до ${s(p, 'seconds')} секунд. Отправляйте: Cache-Control: no-cache (или max-age=60)`,
  'feed.problems': (p) => `в фиде проблем: ${s(p, 'count')}`,
  'summary.ok': () => 'исправлять нечего',
  'summary.advice': (p) => `исправлять нечего; советов: ${s(p, 'advice')}`,
  'summary.fix': (p) => `исправить: ${s(p, 'fix')}, советов: ${s(p, 'advice')}`,
};

const WORDS: Readonly<Record<Lang, Words>> = { en, az, ru };
/** The command's sentences, for the tests' check that every language has every one. */
export const CHECK_URL_WORDS = WORDS;
const say = (lang: Lang, code: string, params: Params = {}) => WORDS[lang][code]!(params);

/** How a line of the report weighs: fine, worth changing, or to fix (the widgets fail). */
type Verdict = 'ok' | 'advice' | 'fix';
const MARK: Readonly<Record<Verdict, string>> = { ok: 'ok   ', advice: 'note ', fix: 'FIX  ' };

function get(url: string, headers: Record<string, string>): Promise<Response> {
  return fetch(url, { headers: { 'Accept-Encoding': 'br, gzip', Accept: 'application/json', ...headers }, signal: AbortSignal.timeout(20000) });
}

/** The CORS verdict for an answer to a request from `ORIGIN`. */
function corsLine(allowed: string | null): [Verdict, string, Params?] {
  if (allowed === null) return ['fix', 'cors.missing'];
  if (allowed.trim() === '*') return ['ok', 'cors.any'];
  if (allowed.trim() === ORIGIN) return ['ok', 'cors.origin', { value: allowed }];
  return ['fix', 'cors.other', { value: allowed }];
}

/** The caching verdict of a Cache-Control header. */
function cacheLine(value: string | null): [Verdict, string, Params?] {
  if (!value) return ['advice', 'cache.missing'];
  if (/\bno-store\b/i.test(value)) return ['advice', 'cache.no-store'];
  const maxAge = Number(/\b(?:s-)?max-age=(\d+)/i.exec(value)?.[1] ?? 0);
  if (!/\bno-cache\b/i.test(value) && (maxAge > LONG_CACHE || /\bimmutable\b/i.test(value))) return ['advice', 'cache.long', { value, seconds: maxAge }];
  return ['ok', 'cache.ok', { value }];
}

/**
 * Runs `feed check --url URL [--geo FILE]`: prints a line per header and the feed's problems
 * (with a map, its regions against it too); returns the exit status: 0 nothing to fix (advice
 * may remain), 1 something to fix (CORS, the HTTP status, the feed), 2 the address cannot be
 * fetched or the command is wrong.
 */
export async function checkUrl(args: Command, io: Output, lang: Lang, geometry?: BuildOptions['geometry']): Promise<number> {
  const url = args.options.get('--url') ?? '';
  const usage = (code: string, params: Params = {}) => {
    io.stderr.write(`${say(lang, code, params)}\n`);
    return 2;
  };
  if (args.positional.length) return usage('usage.extra', { value: args.positional[0]! });
  if (!url) return usage('usage.url');
  if (!/^https?:\/\//i.test(url)) return usage('usage.bad-url', { url });
  io.stdout.write(`${say(lang, 'checking', { url })}\n`);

  let response: Response;
  let text: string;
  try {
    response = await get(url, { Origin: ORIGIN });
    text = await response.text();
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause;
    return usage('fetch.failed', { url, reason: cause?.message ?? (error as Error).message });
  }
  const lines: [Verdict, string, Params?][] = [];
  const header = (name: string) => response.headers.get(name);
  lines.push(response.ok ? ['ok', 'status.ok', { status: response.status }] : ['fix', 'status.bad', { status: response.status }]);

  const cors = corsLine(header('access-control-allow-origin'));
  lines.push(cors);
  // Echoing named origins: a sandboxed embed (origin "null") is not among them.
  if (cors[1] === 'cors.origin') {
    const fromSandbox = await get(url, { Origin: 'null' }).catch(() => null);
    if (fromSandbox?.headers.get('access-control-allow-origin')?.trim() !== 'null') lines.push(['advice', 'cors.null']);
  }

  const type = header('content-type') ?? '';
  lines.push(/^application\/([\w.+-]+\+)?json\b/i.test(type) ? ['ok', 'type.ok', { value: type }] : ['advice', 'type.bad', { value: type }]);

  // The validators, each checked as a browser's refresh uses it.
  const etag = header('etag');
  const modified = header('last-modified');
  if (!etag && !modified) lines.push(['advice', 'validators.missing']);
  for (const [name, value, condition] of [
    ['ETag', etag, 'If-None-Match'],
    ['Last-Modified', modified, 'If-Modified-Since'],
  ] as const) {
    if (!value) continue;
    const again = await get(url, { Origin: ORIGIN, [condition]: value }).catch(() => null);
    if (again?.status === 304) lines.push(['ok', name === 'ETag' ? 'validators.etag' : 'validators.modified', { value }]);
    else lines.push(['advice', 'validators.ignored', { header: name, condition, status: again?.status ?? '-' }]);
  }

  const bytes = Buffer.byteLength(text);
  const encoding = header('content-encoding');
  if (encoding && encoding !== 'identity') lines.push(['ok', 'compression.ok', { value: encoding }]);
  else if (bytes < SMALL) lines.push(['ok', 'compression.small', { bytes }]);
  else lines.push(['advice', 'compression.missing', { bytes, gzip: gzipSync(text).length }]);

  lines.push(cacheLine(header('cache-control')));

  for (const [verdict, code, params] of lines) io.stdout.write(`  ${MARK[verdict]}${say(lang, code, params)}\n`);

  let feedProblems = 0;
  let notes = 0;
  if (response.ok) {
    // With --geo, the feed's regions against the map too: a feature with no region is advice.
    const result = checkFeedJson(url, text, geometry);
    notes = result.notes.length;
    for (const note of result.notes) io.stdout.write(`  ${MARK.advice}${formatProblem(note, lang)}\n`);
    feedProblems = result.problems.length;
    if (feedProblems) {
      io.stdout.write(`  ${MARK.fix}${say(lang, 'feed.problems', { count: feedProblems })}\n`);
      for (const problem of result.problems) io.stdout.write(`    ${formatProblem(problem, lang)}\n`);
    } else io.stdout.write(`  ${MARK.ok}${message(lang, 'summary.ok', { file: url, ...result.counts! })}\n`);
  }
  const fix = lines.filter(([verdict]) => verdict === 'fix').length + (feedProblems ? 1 : 0);
  const advice = lines.filter(([verdict]) => verdict === 'advice').length + notes;
  io.stdout.write(`${say(lang, fix ? 'summary.fix' : advice ? 'summary.advice' : 'summary.ok', { fix, advice })}\n`);
  return fix ? 1 : 0;
}
