/// <reference types="node" />
// `stat-widgets feed build | check | regions`: the Node side of the feed tools (files, exit
// status, gzip, progress). Everything that can be is in the string-in, problems-out modules
// beside this one, which the browser tests run.

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import geoRegions from '../geo/regions.csv';
import { checkFeedJson, csvToFeed, serializeFeed, type BuildOptions, type CsvSource, type CsvSources } from './convert.js';
import { checkUrl } from './check-url.js';
import { decodeText, writeCsv } from './csv.js';
import { embedCommand } from './embed-publish.js';
import { readGeometry, type GeometryOptions } from './geometry.js';
import { help } from './help.js';
import { message, pickLang, type Lang } from './messages.js';
import type { CliCode, CliProblem } from './problems.js';
import { regionsFromFeatures, regionsTemplate } from './regions.js';
import { reportLines } from './report.js';

/** Exit status: no problems. */
export const OK = 0;
/** Exit status: the input has problems (nothing was written). */
export const PROBLEMS = 1;
/** Exit status: the input could not be read, or the command was wrong. */
export const UNREADABLE = 2;

/** Inputs above this size get a progress line on a terminal (about 40,000 observation rows). */
const LARGE = 1 << 20;

interface Stream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Where the command reads its environment and writes its output; the tests pass their own. */
export interface Io {
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths are read from. */
  readonly cwd: string;
}

const VALUE_OPTIONS = new Set([
  '--out',
  '--observations',
  '--metrics',
  '--regions',
  '--events',
  '--meta',
  '--levels',
  '--lang',
  '--delimiter',
  '--url',
  '--from',
  '--geo',
  '--object',
  '--id',
  '--name',
  '--level',
]);
const FLAG_OPTIONS = new Set(['--gzip', '--progress', '--bom', '--help']);

interface Args {
  readonly positional: string[];
  readonly options: Map<string, string>;
  readonly flags: Set<string>;
}

/** Splits `feed build demo/data --out x.json --gzip` into positionals, options and flags. */
function parseArgs(argv: readonly string[]): Args | { error: CliCode; params: Record<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    let value: string | undefined;
    if (arg === '-o') arg = '--out';
    if (arg === '-h') arg = '--help';
    if (arg.startsWith('--') && arg.includes('=')) {
      value = arg.slice(arg.indexOf('=') + 1);
      arg = arg.slice(0, arg.indexOf('='));
    }
    if (VALUE_OPTIONS.has(arg)) {
      value ??= argv[++i];
      if (value === undefined) return { error: 'usage.missing-value', params: { option: arg } };
      options.set(arg, value);
    } else if (FLAG_OPTIONS.has(arg) && value === undefined) flags.add(arg);
    else if (arg.startsWith('-') && arg !== '-') return { error: 'usage.unknown-option', params: { option: arg } };
    else positional.push(arg);
  }
  return { positional, options, flags };
}

/** Reads a file's text as UTF-8, or says why it cannot (a problem that makes the exit status 2). */
function readText(path: string, io: Io, gzip = false): { text: string } | { problem: CliProblem } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, path));
    if (gzip) bytes = gunzipSync(bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: { file: path, code: 'file.missing', params: { file: path } } };
    const reason = code === 'EISDIR' ? 'a directory' : (error as Error).message;
    return { problem: { file: path, code: 'file.unreadable', params: { file: path, reason } } };
  }
  const decoded = decodeText(bytes);
  if ('text' in decoded) return { text: decoded.text };
  if (decoded.error === 'utf16') return { problem: { file: path, line: 1, column: 1, code: 'file.utf16', params: {} } };
  return { problem: { file: path, line: decoded.line, column: decoded.column, code: 'file.encoding', params: {} } };
}

/** Progress on stderr: one line redrawn on a terminal, a line per tenth otherwise (with --progress). */
class Progress {
  private lastShown = '';
  private drawn = false;

  constructor(
    private readonly io: Io,
    private readonly lang: Lang,
    readonly enabled: boolean,
  ) {}

  show(code: CliCode, params: Record<string, string | number>, key: string = code): void {
    if (!this.enabled) return;
    const text = message(this.lang, code, params);
    if (this.io.stderr.isTTY) {
      this.io.stderr.write(`\r${text}\x1b[K`);
      this.drawn = true;
    } else if (key !== this.lastShown) {
      this.io.stderr.write(`${text}\n`);
      this.lastShown = key;
    }
  }

  /** Clears the redrawn line before other output. */
  done(): void {
    if (this.drawn) this.io.stderr.write('\r\x1b[K');
    this.drawn = false;
  }
}

const CSV_FILES = ['meta', 'levels', 'metrics', 'regions', 'observations', 'events'] as const;
const REQUIRED: ReadonlySet<string> = new Set(['metrics', 'regions', 'observations']);

/** Reads the CSV files of a feed: each named by its option, else `<dir>/<name>.csv` (events, meta and levels may be absent). */
function readSources(dir: string, args: Args, io: Io): { sources: CsvSources; bytes: number } | { problems: CliProblem[] } {
  const problems: CliProblem[] = [];
  const found: Partial<Record<(typeof CSV_FILES)[number], CsvSource>> = {};
  let bytes = 0;
  for (const name of CSV_FILES) {
    const option = args.options.get(`--${name}`);
    const file = option ?? join(dir, `${name}.csv`);
    if (!option && !REQUIRED.has(name) && !existsSync(resolve(io.cwd, file))) continue;
    const read = readText(file, io);
    if ('problem' in read) problems.push(read.problem);
    else {
      found[name] = { file, text: read.text };
      bytes += read.text.length;
    }
  }
  if (problems.length) return { problems };
  const { metrics, regions, observations, meta, events, levels } = found;
  return {
    sources: {
      metrics: metrics!,
      regions: regions!,
      observations: observations!,
      ...(meta ? { meta } : {}),
      ...(levels ? { levels } : {}),
      ...(events ? { events } : {}),
    },
    bytes,
  };
}

/** Prints problems, a line each, except that many of one kind in one column are counted on one line (report.ts). */
function printProblems(problems: readonly CliProblem[], lang: Lang, io: Io, stream: Stream = io.stdout): void {
  if (problems.length)
    stream.write(
      reportLines(problems, lang)
        .map((line) => `${line}\n`)
        .join(''),
    );
}

/** The geometry options: `--object`, `--id`, `--name`, read only with `--from` or `--geo`. */
function geometryOptions(args: Args, io: Io, lang: Lang, given: string, allowed: readonly string[]): GeometryOptions | number {
  for (const option of ['--object', '--id', '--name', '--level']) {
    if (args.options.has(option) && (!args.options.has(given) || !allowed.includes(option))) {
      return usage(io, lang, 'usage.geo-option', { option, with: allowed.includes(option) ? given : '--from' });
    }
  }
  return { object: args.options.get('--object'), id: args.options.get('--id'), name: args.options.get('--name') };
}

/** Reads the geometry named by an option: its features, or the exit status after saying why not. */
function geometryFeatures(
  file: string,
  options: GeometryOptions,
  io: Io,
  lang: Lang,
  gzip = /\.gz$/i.test(file),
): NonNullable<BuildOptions['geometry']> | number {
  const read = readText(file, io, gzip);
  if ('problem' in read) {
    printProblems([read.problem], lang, io, io.stderr);
    return UNREADABLE;
  }
  const geometry = readGeometry(file, read.text, options);
  if (geometry.problems.length) {
    printProblems(geometry.problems, lang, io, io.stderr);
    return geometry.fatal ? UNREADABLE : PROBLEMS;
  }
  return { file, features: geometry.features };
}

/** The map geometry of `--geo` (with `--object`, `--id`, `--name`), none without it, or the exit status of a problem with it. */
function geoGeometry(args: Args, io: Io, lang: Lang): BuildOptions['geometry'] | number {
  const geoOptions = geometryOptions(args, io, lang, '--geo', ['--object', '--id', '--name']);
  if (typeof geoOptions === 'number') return geoOptions;
  const geoFile = args.options.get('--geo');
  return geoFile === undefined ? undefined : geometryFeatures(geoFile, geoOptions, io, lang);
}

/** `feed check --url URL`, with the map of `--geo` if given. */
function checkUrlWith(args: Args, io: Io, lang: Lang): number | Promise<number> {
  const geometry = geoGeometry(args, io, lang);
  return typeof geometry === 'number' ? geometry : checkUrl(args, io, lang, geometry);
}

/** Builds (or, with `write` false, checks) the feed from the CSV files in a directory. */
function buildOrCheck(args: Args, io: Io, lang: Lang, write: boolean): number {
  const [dir = '.', extra] = args.positional;
  if (extra !== undefined) return usage(io, lang, 'usage.extra-argument', { value: extra });
  const geometry = geoGeometry(args, io, lang);
  if (typeof geometry === 'number') return geometry;
  const read = readSources(dir, args, io);
  if ('problems' in read) {
    printProblems(read.problems, lang, io, io.stderr);
    return UNREADABLE;
  }
  const out = args.options.get('--out') ?? join(dir, 'feed.json');
  const progress = new Progress(io, lang, args.flags.has('--progress') || (!!io.stderr.isTTY && read.bytes > LARGE));
  const result = csvToFeed(read.sources, {
    onProgress: (file, fraction, rows) => {
      const percent = Math.floor(fraction * 100);
      progress.show('progress.reading', { file, percent, rows }, `${file}:${Math.floor(percent / 10)}`);
    },
    onCheck: (rows) => progress.show('progress.checking', { rows }),
    ...(geometry ? { geometry } : {}),
  });
  progress.done();
  printProblems(result.notes, lang, io);
  if (result.notes.length) io.stdout.write(`${message(lang, 'summary.notes', { count: result.notes.length })}\n`);
  printProblems(result.problems, lang, io);
  if (result.problems.length) {
    io.stdout.write(`${message(lang, 'summary.problems', { count: result.problems.length })}\n`);
    if (write) io.stderr.write(`${message(lang, 'build.not-written', { file: out })}\n`);
    return PROBLEMS;
  }
  if (!write) {
    io.stdout.write(`${message(lang, 'summary.ok', { file: dir, ...result.counts })}\n`);
    return OK;
  }
  progress.show('progress.writing', { file: out });
  const text = serializeFeed(result.document);
  const bytes = Buffer.from(text, 'utf8');
  // Level 9 and Node's fixed gzip header (no name, no time): the same feed gives the same .gz bytes.
  const gzipped = args.flags.has('--gzip') ? gzipSync(bytes, { level: 9 }) : undefined;
  writeIfChanged(resolve(io.cwd, out), bytes);
  if (gzipped) writeIfChanged(resolve(io.cwd, `${out}.gz`), gzipped);
  progress.done();
  io.stdout.write(`${message(lang, 'build.wrote', { file: out, bytes: bytes.length, ...result.counts })}\n`);
  return OK;
}

/**
 * Writes a file unless it already holds these bytes: an unchanged feed keeps its modification
 * time (and an ETag made from it). The bytes go to a temporary file beside it, renamed over it
 * once whole: a reader (or a crash, or a full disk) never meets half a feed.
 */
function writeIfChanged(path: string, bytes: Uint8Array): void {
  try {
    if (statSync(path).size === bytes.length && Buffer.compare(readFileSync(path), bytes) === 0) return;
  } catch {
    // No such file yet: written below.
  }
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Checks a feed: CSV files in a directory, or a JSON feed (`.json`, `.json.gz`). */
function check(args: Args, io: Io, lang: Lang): number {
  const [target = '.'] = args.positional;
  const isJson = /\.json(\.gz)?$/i.test(target);
  let isDirectory = true;
  try {
    isDirectory = statSync(resolve(io.cwd, target)).isDirectory();
  } catch {
    // Reported by the reader below, with the file's name.
  }
  if (!isJson && isDirectory) return buildOrCheck(args, io, lang, false);
  if (args.positional.length > 1) return usage(io, lang, 'usage.extra-argument', { value: args.positional[1]! });
  const geometry = geoGeometry(args, io, lang);
  if (typeof geometry === 'number') return geometry;
  const read = readText(target, io, /\.gz$/i.test(target));
  if ('problem' in read) {
    printProblems([read.problem], lang, io, io.stderr);
    return UNREADABLE;
  }
  const result = checkFeedJson(target, read.text, geometry);
  printProblems(result.notes, lang, io);
  if (result.notes.length) io.stdout.write(`${message(lang, 'summary.notes', { count: result.notes.length })}\n`);
  printProblems(result.problems, lang, io, result.readable ? io.stdout : io.stderr);
  if (!result.readable) return UNREADABLE;
  if (result.problems.length) {
    io.stdout.write(`${message(lang, 'summary.problems', { count: result.problems.length })}\n`);
    return PROBLEMS;
  }
  io.stdout.write(`${message(lang, 'summary.ok', { file: target, ...result.counts! })}\n`);
  return OK;
}

/** Writes the regions template: for the shipped geometry, or (`--from`) for any geometry's features. */
function regions(args: Args, io: Io, lang: Lang): number {
  if (args.positional.length) return usage(io, lang, 'usage.extra-argument', { value: args.positional[0]! });
  const delimiter = args.options.get('--delimiter') ?? ',';
  if (delimiter !== ',' && delimiter !== ';') return usage(io, lang, 'usage.bad-value', { option: '--delimiter', value: delimiter, allowed: ', ;' });
  const geoOptions = geometryOptions(args, io, lang, '--from', ['--object', '--id', '--name', '--level']);
  if (typeof geoOptions === 'number') return geoOptions;
  const from = args.options.get('--from');
  const geometry = from === undefined ? undefined : geometryFeatures(from, geoOptions, io, lang);
  if (typeof geometry === 'number') return geometry;
  const rows = geometry ? regionsFromFeatures(geometry.features, args.options.get('--level') ?? 'district') : regionsTemplate(geoRegions);
  const text = writeCsv(rows, delimiter, args.flags.has('--bom'));
  const out = args.options.get('--out');
  if (out === undefined) {
    io.stdout.write(text);
    return OK;
  }
  writeIfChanged(resolve(io.cwd, out), Buffer.from(text, 'utf8'));
  io.stdout.write(`${message(lang, 'regions.wrote', { file: out, count: rows.length - 1 })}\n`);
  return OK;
}

function usage(io: Io, lang: Lang, code: CliCode, params: Record<string, string>): number {
  io.stderr.write(`${message(lang, code, params)}\n`);
  return UNREADABLE;
}

const defaultIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });

/**
 * Runs `stat-widgets <argv>` and returns the exit status: 0 no problems, 1 problems (nothing
 * written), 2 unreadable input or a wrong command.
 */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  const parsed = parseArgs(argv);
  // The language first, so that even a usage error is in it.
  const langFlag = argv.find((arg, i) => argv[i - 1] === '--lang' || arg.startsWith('--lang='));
  const lang = pickLang(langFlag?.replace(/^--lang=/, ''), io.env);
  if ('error' in parsed) return usage(io, lang, parsed.error, parsed.params);
  const [group, command, ...rest] = parsed.positional;
  if (group === 'embed') return embedCommand({ ...parsed, positional: parsed.positional.slice(1) }, io, lang);
  if (parsed.flags.has('--help') || group === undefined || (group === 'feed' && command === undefined) || group === 'help') {
    io.stdout.write(`${help(lang)}\n`);
    return group === undefined && !parsed.flags.has('--help') ? UNREADABLE : OK;
  }
  if (group !== 'feed') return usage(io, lang, 'usage.unknown-command', { command: group });
  const args: Args = { ...parsed, positional: rest };
  switch (command) {
    case 'build':
      return buildOrCheck(args, io, lang, true);
    case 'check':
      return args.options.has('--url') ? checkUrlWith(args, io, lang) : check(args, io, lang);
    case 'regions':
      return regions(args, io, lang);
    default:
      return usage(io, lang, 'usage.unknown-command', { command: `feed ${command}` });
  }
}
