// From the publisher's CSV files to a feed document (FEED.md, version 1), with every problem
// named by file, line and column. The one validator (src/feed/validate.ts) judges the
// document; its JSON paths are mapped back to the CSV cells they came from.
// Strings in, a document and problems out: no Node, no DOM.

import { comparePeriods, isIsoDate, parsePeriod } from '../feed/period.js';
import { validateFeed } from '../feed/validate.js';
import type { Problem } from '../feed/types.js';
import { hasDecimals, probablePeriod, readNumber, type NumberContext } from './cells.js';
import { isOtherDelimiterRow, lineAndColumn, parseCsv, type CsvRecord } from './csv.js';
import type { CliProblem, Place } from './problems.js';
import { sortProblems } from './problems.js';

/** One CSV file: its name as the user gave it (used in messages) and its text. */
export interface CsvSource {
  readonly file: string;
  readonly text: string;
}

/** The CSV files of a feed; events and meta are optional. */
export interface CsvSources {
  readonly meta?: CsvSource;
  readonly metrics: CsvSource;
  readonly regions: CsvSource;
  readonly observations: CsvSource;
  readonly events?: CsvSource;
}

export interface ConvertOptions {
  /** Called while a large file is parsed: the file, the share read so far, the rows so far. */
  readonly onProgress?: (file: string, fraction: number, rows: number) => void;
  /** Called once every file is read, before the validator checks the document. */
  readonly onCheck?: (rows: number) => void;
}

type Json = Record<string, unknown>;

/** How many of each a document holds, for the summary line. */
export interface Counts {
  readonly metrics: number;
  readonly regions: number;
  readonly observations: number;
  readonly events: number;
}

export interface ConvertResult {
  /** The feed document, keys in the order of FEED.md; write it with serializeFeed(). */
  readonly document: Json;
  /** Every problem, sorted by file, line and column. Empty when the feed is good to publish. */
  readonly problems: CliProblem[];
  readonly counts: Counts;
}

// ---------------------------------------------------------------------------------------------
// Tables: a CSV file read against the columns it should have.

/** Text columns are `<name>_<language>`: `label_en`, `title_az`, `name_ru`, `summary_pt-BR`. */
const TEXT_COLUMN = /^([a-z]+)_([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;
/** Languages come out in this order, then any other in alphabetical order, whatever the column order. */
const LANG_ORDER = ['en', 'az', 'ru'];

interface Layout {
  /** Columns that must be there. */
  readonly required: readonly string[];
  /** Text fields: `<name>_<language>` columns; `required` ones need at least one language. */
  readonly texts?: readonly { readonly name: string; readonly required?: boolean }[];
  /** Columns that may be there. */
  readonly optional?: readonly string[];
  /** Any other column is allowed (observations: the metric columns). */
  readonly open?: boolean;
}

class Table {
  /** Column index by name (the first column of that name). */
  readonly index = new Map<string, number>();
  /** Text fields: name → [language, column index], languages in output order. */
  readonly texts = new Map<string, [string, number][]>();
  /** The header's names (trimmed), by column index. */
  readonly names: string[] = [];
  rows: CsvRecord[] = [];
  delimiter: ',' | ';' = ',';
  headerLine = 1;

  constructor(readonly file: string) {}

  /** The trimmed text of a cell, '' when the column is absent. */
  cell(row: CsvRecord, column: number | undefined): string {
    return column === undefined ? '' : (row.cells[column] ?? '').trim();
  }

  /** The place of a cell. */
  place(row: CsvRecord, column: number | undefined): Place {
    if (column === undefined) return { file: this.file, line: row.line, column: 1 };
    const name = this.names[column];
    return { file: this.file, line: row.cellLines?.[column] ?? row.line, column: column + 1, ...(name ? { field: name } : {}) };
  }

  /** A Text value from a text field's columns: an object of language → string, or undefined when all are empty. */
  text(row: CsvRecord, name: string): Record<string, string> | undefined {
    const columns = this.texts.get(name);
    if (!columns) return undefined;
    let out: Record<string, string> | undefined;
    for (const [lang, column] of columns) {
      const value = this.cell(row, column);
      if (value) (out ??= {})[lang] = value;
    }
    return out;
  }
}

/** The closest name within two edits, for "did you mean". */
function suggest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance && d < Math.max(2, candidate.length / 2)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const langRank = (lang: string) => {
  const index = LANG_ORDER.indexOf(lang);
  return index < 0 ? LANG_ORDER.length : index;
};

/**
 * Reads a CSV file against a layout: separator problems, missing, unknown, duplicate and
 * unnamed columns, rows with the wrong number of cells (skipped). Returns undefined when the
 * file cannot be read as a table at all (a wrong separator, an empty file).
 */
function readTable(source: CsvSource, layout: Layout, problems: CliProblem[], options: ConvertOptions): Table | undefined {
  const { file } = source;
  const csv = parseCsv(source.text, options.onProgress ? { onProgress: (fraction, rows) => options.onProgress!(file, fraction, rows) } : {});
  const table = new Table(file);
  table.delimiter = csv.delimiter;
  table.headerLine = csv.header.line;
  for (const problem of csv.problems) problems.push({ file, line: problem.line, column: problem.column, code: problem.code, params: problem.params ?? {} });
  if (csv.problems.some((problem) => problem.code !== 'csv.after-quote' && !(problem.code === 'csv.mixed-delimiters' && problem.params?.['header'] !== 'none'))) {
    return undefined;
  }
  const header = csv.header;
  const at = (column: number): Place => ({ file, line: header.line, column: column + 1 });
  const known = new Set([...layout.required, ...(layout.optional ?? [])]);
  const textNames = new Set((layout.texts ?? []).map((text) => text.name));
  header.cells.forEach((raw, column) => {
    const name = raw.trim();
    table.names.push(name);
    if (!name) {
      if (csv.records.some((row) => (row.cells[column] ?? '').trim() !== '')) problems.push({ ...at(column), code: 'csv.unnamed-column', params: {} });
      return;
    }
    if (table.index.has(name)) {
      problems.push({ ...at(column), field: name, code: 'csv.duplicate-column', params: { name } });
      return;
    }
    table.index.set(name, column);
    const text = TEXT_COLUMN.exec(name);
    if (text && textNames.has(text[1]!)) {
      const list = table.texts.get(text[1]!) ?? [];
      list.push([text[2]!, column]);
      table.texts.set(text[1]!, list);
    } else if (!known.has(name) && !layout.open) {
      const candidates = [...known, ...[...textNames].flatMap((t) => LANG_ORDER.map((lang) => `${t}_${lang}`))];
      const suggestion = textNames.has(name) ? `${name}_en` : suggest(name, candidates);
      problems.push({ ...at(column), field: name, code: 'csv.unknown-column', params: { name, suggestion } });
    }
  });
  for (const list of table.texts.values()) list.sort(([a], [b]) => langRank(a) - langRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const headerList = table.names.filter(Boolean).join(csv.delimiter);
  // A missing column stops the file: every row would only repeat the same problem.
  let missing = false;
  for (const name of layout.required) {
    if (table.index.has(name)) continue;
    missing = true;
    const similar = suggest(name, table.names.filter((other) => other && !known.has(other)));
    // Placed on the look-alike column when there is one ("regoin" for "region").
    const column = similar === undefined ? 1 : table.names.indexOf(similar) + 1;
    problems.push({ file, line: header.line, column, code: 'csv.missing-column', params: { name, header: headerList, similar } });
  }
  for (const text of layout.texts ?? []) {
    if (!text.required || table.texts.has(text.name)) continue;
    missing = true;
    problems.push({ file, line: header.line, column: 1, code: 'csv.missing-text-column', params: { name: text.name } });
  }
  if (missing) return undefined;
  const width = header.cells.length;
  for (const row of csv.records) {
    let cells = row.cells.length;
    // Empty cells past the header's last column (a spreadsheet's stray formatting) do no harm.
    while (cells > width && !row.cells[cells - 1]!.trim()) cells--;
    if (cells === width) {
      table.rows.push(cells === row.cells.length ? row : { ...row, cells: row.cells.slice(0, cells) });
    } else if (!isOtherDelimiterRow(row, header, csv.delimiter)) {
      // Already reported once for the whole file when the row is split on the other separator.
      const column = Math.min(cells, width) + 1; // the first missing or first extra cell
      problems.push({ file, line: row.cellLines?.[column - 1] ?? row.line, column, code: 'csv.cell-count', params: { found: cells, expected: width, delimiter: csv.delimiter } });
    }
  }
  return table;
}

// ---------------------------------------------------------------------------------------------
// Where each part of the document came from, so that a JSON path names a CSV cell.

interface Section {
  readonly table: Table;
  /** The CSV record of each item, in document order. */
  readonly rows: CsvRecord[];
  /** JSON key → column index: `teachers`, `label` (the first label column), `label.en`. */
  readonly keys: Map<string, number>;
}

class Locator {
  readonly sections = new Map<string, Section>();
  /** Meta fields: JSON path (`title`, `title.en`, `source.name`, `updated`) → place. */
  readonly meta = new Map<string, Place>();
  /** The file of each section, known even when the file could not be read as a table. */
  readonly files = new Map<string, string>();
  metaFile: string | undefined;

  section(name: string, table: Table, rows: CsvRecord[]): void {
    const keys = new Map<string, number>();
    for (const [name_, column] of table.index) keys.set(name_, column);
    for (const [name_, columns] of table.texts) {
      keys.set(name_, columns[0]![1]);
      for (const [lang, column] of columns) keys.set(`${name_}.${lang}`, column);
    }
    this.sections.set(name, { table, rows, keys });
  }

  /** The CSV place of a JSON path of the built document. */
  locate(path: string, fallback: string): Place {
    const item = /^(metrics|regions|observations|events)\[(\d+)\](?:\.(.*))?$/s.exec(path);
    if (item) {
      const section = this.sections.get(item[1]!);
      const row = section?.rows[Number(item[2])];
      if (section && row) {
        let key: string | undefined = item[3];
        while (key) {
          const column = section.keys.get(key);
          if (column !== undefined) return section.table.place(row, column);
          const dot = key.lastIndexOf('.');
          key = dot < 0 ? undefined : key.slice(0, dot);
        }
        return { file: section.table.file, line: row.line, column: 1 };
      }
    }
    const name = path.replace(/\[.*$/s, '');
    const whole = this.sections.get(name);
    if (whole) return { file: whole.table.file, line: whole.table.headerLine, column: 1 };
    const file = this.files.get(name);
    if (file) return { file, line: 1, column: 1 };
    for (let key: string | undefined = path; key; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : undefined) {
      const place = this.meta.get(key);
      if (place) return place;
    }
    return { file: this.metaFile ?? fallback, path };
  }

  /** `observations[3]` in a validator message → `{line:12}`, worded as "line 12" by messages.ts. */
  rewrite(message: string): string {
    return message.replace(/\b(metrics|regions|observations|events)\[(\d+)\]/g, (whole, name: string, index: string) => {
      const row = this.sections.get(name)?.rows[Number(index)];
      return row ? `{line:${row.line}}` : whole;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The files, one by one.

/** A number cell: a number, null when empty, or a problem (and the probable number, so checks go on). */
function numberCell(table: Table, row: CsvRecord, column: number, context: NumberContext, problems: CliProblem[]): number | null {
  const raw = table.cell(row, column);
  const reading = readNumber(raw, context);
  switch (reading.kind) {
    case 'number':
      return reading.value;
    case 'empty':
      return null;
    case 'thousands':
    case 'decimal-comma':
      problems.push({ ...table.place(row, column), code: `number.${reading.kind}`, params: { raw, probably: reading.probably, otherwise: reading.otherwise } });
      return reading.probably;
    default:
      problems.push({ ...table.place(row, column), code: 'number.invalid', params: { raw } });
      return null;
  }
}

/** A period or date cell: written as it is, or (with a problem) as the period it probably means. */
function periodCell(table: Table, row: CsvRecord, column: number | undefined, problems: CliProblem[], cache?: Map<string, string | undefined>): string | undefined {
  const raw = table.cell(row, column);
  if (!raw) return undefined;
  // A file repeats a few periods many times: each distinct one is looked at once.
  let probably = cache?.get(raw);
  if (probably === undefined && !cache?.has(raw)) {
    probably = probablePeriod(raw);
    cache?.set(raw, probably);
  }
  if (probably === undefined) return raw;
  problems.push({ ...table.place(row, column), code: 'date.format', params: { raw, probably } });
  return probably;
}

const META_FIELD = /^(title|source_name)_([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;

function readMeta(source: CsvSource, problems: CliProblem[], locator: Locator, options: ConvertOptions): Json {
  const out: Json = {};
  locator.metaFile = source.file;
  const table = readTable(source, { required: ['field', 'value'] }, problems, options);
  const fieldColumn = table?.index.get('field');
  const valueColumn = table?.index.get('value');
  if (!table || fieldColumn === undefined || valueColumn === undefined) return out;
  const title: Record<string, string> = {};
  const sourceName: Record<string, string> = {};
  let updated: string | undefined;
  let url: string | undefined;
  const seen = new Set<string>();
  for (const row of table.rows) {
    const field = table.cell(row, fieldColumn);
    const value = table.cell(row, valueColumn);
    const place = table.place(row, valueColumn);
    if (seen.has(field)) {
      problems.push({ ...table.place(row, fieldColumn), code: 'meta.duplicate-field', params: { name: field } });
      continue;
    }
    seen.add(field);
    const text = META_FIELD.exec(field);
    if (text) {
      const path = text[1] === 'title' ? 'title' : 'source.name';
      if (value) (text[1] === 'title' ? title : sourceName)[text[2]!] = value;
      if (!locator.meta.has(path)) locator.meta.set(path, place);
      locator.meta.set(`${path}.${text[2]}`, place);
    } else if (field === 'updated') {
      locator.meta.set('updated', place);
      if (!value) continue;
      // A date the validator would refuse, written the way az and ru write dates (31.12.2024).
      const probably = isIsoDate(value) ? undefined : probablePeriod(value);
      if (probably !== undefined && parsePeriod(probably)?.granularity === 'day') {
        problems.push({ ...place, code: 'date.format', params: { raw: value, probably } });
        updated = probably;
      } else updated = value;
    } else if (field === 'source_url') {
      locator.meta.set('source.url', place);
      if (value) url = value;
    } else {
      const suggestion = suggest(field, ['title_en', 'title_az', 'title_ru', 'updated', 'source_name_en', 'source_name_az', 'source_name_ru', 'source_url']);
      problems.push({ ...table.place(row, fieldColumn), code: 'meta.unknown-field', params: { name: field, suggestion } });
    }
  }
  const sorted = (text: Record<string, string>) =>
    Object.fromEntries(Object.entries(text).sort(([a], [b]) => langRank(a) - langRank(b) || (a < b ? -1 : a > b ? 1 : 0)));
  if (Object.keys(title).length) out['title'] = sorted(title);
  if (updated !== undefined) out['updated'] = updated;
  if (Object.keys(sourceName).length || url !== undefined) {
    const sourceOut: Json = {};
    if (Object.keys(sourceName).length) sourceOut['name'] = sorted(sourceName);
    if (url !== undefined) sourceOut['url'] = url;
    out['source'] = sourceOut;
  }
  return out;
}

/** Copies `value` onto `into[key]` unless it is undefined (so that JSON keys keep their order). */
function put(into: Json, key: string, value: unknown): void {
  if (value !== undefined) into[key] = value;
}

function readMetrics(source: CsvSource, problems: CliProblem[], locator: Locator, options: ConvertOptions): Json[] | undefined {
  const table = readTable(source, { required: ['id', 'kind'], texts: [{ name: 'label', required: true }, { name: 'description' }], optional: ['unit'] }, problems, options);
  if (!table) return undefined;
  const columns = ['id', 'kind', 'unit'].map((name) => table.index.get(name));
  const metrics = table.rows.map((row) => {
    const metric: Json = {};
    put(metric, 'id', table.cell(row, columns[0]) || undefined);
    put(metric, 'label', table.text(row, 'label'));
    put(metric, 'kind', table.cell(row, columns[1]) || undefined);
    put(metric, 'description', table.text(row, 'description'));
    put(metric, 'unit', table.cell(row, columns[2]) || undefined);
    return metric;
  });
  locator.section('metrics', table, table.rows);
  return metrics;
}

function readRegions(source: CsvSource, problems: CliProblem[], locator: Locator, options: ConvertOptions): Json[] | undefined {
  const table = readTable(source, { required: ['id', 'level'], texts: [{ name: 'name', required: true }], optional: ['parent', 'geo'] }, problems, options);
  if (!table) return undefined;
  const columns = ['id', 'level', 'parent', 'geo'].map((name) => table.index.get(name));
  const regions = table.rows.map((row) => {
    const region: Json = {};
    put(region, 'id', table.cell(row, columns[0]) || undefined);
    put(region, 'name', table.text(row, 'name'));
    put(region, 'level', table.cell(row, columns[1]) || undefined);
    put(region, 'parent', table.cell(row, columns[2]) || undefined);
    put(region, 'geo', table.cell(row, columns[3]) || undefined);
    return region;
  });
  locator.section('regions', table, table.rows);
  return regions;
}

const LEVEL_RANK: Readonly<Record<string, number>> = { country: 0, 'economic-region': 1, district: 2 };

/**
 * Observation rows, sorted so that the same rows in any order give the same feed: the
 * country's rows first, then the economic regions', then the districts'; within a level by
 * period (as dates), then by the region's place in regions.csv. Ties keep the file's order.
 */
function readObservations(
  source: CsvSource,
  metricsFile: string,
  /** `declared` is undefined when metrics.csv could not be read: then no column is called unknown. */
  metricIds: { usable: readonly string[]; declared: ReadonlySet<string> | undefined },
  regionOrder: ReadonlyMap<string, { level: number; index: number }>,
  problems: CliProblem[],
  locator: Locator,
  options: ConvertOptions,
): Json[] {
  const table = readTable(source, { required: ['period', 'region'], open: true }, problems, options);
  if (!table) return [];
  const periodColumn = table.index.get('period');
  const regionColumn = table.index.get('region');
  for (const [name, column] of table.index) {
    if (name === 'period' || name === 'region' || !metricIds.declared || metricIds.declared.has(name)) continue;
    const suggestion = suggest(name, metricIds.declared);
    problems.push({ file: table.file, line: table.headerLine, column: column + 1, field: name, code: 'csv.unknown-metric-column', params: { name, metrics: metricsFile, suggestion } });
  }
  // Metric columns in metrics.csv order (not the CSV's column order), each with what its cells say about decimals.
  const metricColumns = metricIds.usable
    .filter((id) => table.index.has(id))
    .map((id) => {
      const column = table.index.get(id)!;
      const context: NumberContext = { delimiter: table.delimiter, decimals: hasDecimals(table.rows.map((row) => row.cells[column] ?? '')) };
      return { id, column, context };
    });
  const periodCache = new Map<string, string | undefined>();
  const observations = table.rows.map((row) => {
    const observation: Json = {};
    put(observation, 'period', periodCell(table, row, periodColumn, problems, periodCache));
    put(observation, 'region', table.cell(row, regionColumn) || undefined);
    for (const { id, column, context } of metricColumns) observation[id] = numberCell(table, row, column, context, problems);
    return observation;
  });
  // Sort keys in typed arrays and an index sort, not an object per row: the whole command on
  // 100,000 rows went from 2.3 s to 1.5 s (npm run bench). Each distinct period is ranked
  // once, since comparePeriods parses its arguments on every call.
  const n = observations.length;
  const periods = [...new Set(observations.map((observation) => String(observation['period'] ?? '')))].sort(comparePeriods);
  const periodRank = new Map(periods.map((period, index) => [period, index]));
  const level = new Int32Array(n);
  const regionIndex = new Int32Array(n);
  const period = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const observation = observations[i]!;
    const region = regionOrder.get(String(observation['region'] ?? ''));
    level[i] = region?.level ?? 3;
    regionIndex[i] = region?.index ?? regionOrder.size;
    period[i] = periodRank.get(String(observation['period'] ?? ''))!;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => level[a]! - level[b]! || period[a]! - period[b]! || regionIndex[a]! - regionIndex[b]! || a - b);
  locator.section(
    'observations',
    table,
    order.map((i) => table.rows[i]!),
  );
  return order.map((i) => observations[i]!);
}

/** `teachers=59;projects=26` → `{ teachers: 59, projects: 26 }`, in the cell's order. */
function figuresCell(table: Table, row: CsvRecord, column: number | undefined, problems: CliProblem[]): Record<string, number> | undefined {
  const raw = table.cell(row, column);
  if (!raw || column === undefined) return undefined;
  const figures: Record<string, number> = {};
  const context: NumberContext = { delimiter: table.delimiter, decimals: false };
  for (const part of raw.split(';')) {
    if (!part.trim()) continue;
    const match = /^([^=]+)=(.*)$/.exec(part.trim());
    const name = match?.[1]!.trim();
    if (!match || !name) {
      problems.push({ ...table.place(row, column), code: 'figures.syntax', params: { raw: part.trim() } });
      continue;
    }
    if (name in figures) {
      problems.push({ ...table.place(row, column), code: 'figures.duplicate', params: { name } });
      continue;
    }
    const value = match[2]!.trim();
    const reading = readNumber(value, context);
    if (reading.kind === 'number') figures[name] = reading.value;
    else if (reading.kind === 'thousands' || reading.kind === 'decimal-comma') {
      problems.push({ ...table.place(row, column), code: `number.${reading.kind}`, params: { raw: value, probably: reading.probably, otherwise: reading.otherwise } });
      figures[name] = reading.probably;
    } else problems.push({ ...table.place(row, column), code: 'number.invalid', params: { raw: value } });
  }
  return Object.keys(figures).length ? figures : undefined;
}

function readEvents(source: CsvSource, problems: CliProblem[], locator: Locator, options: ConvertOptions): Json[] {
  const table = readTable(
    source,
    { required: ['date', 'kind'], texts: [{ name: 'title', required: true }, { name: 'summary' }], optional: ['end', 'region', 'url', 'figures'] },
    problems,
    options,
  );
  if (!table) return [];
  const column = (name: string) => table.index.get(name);
  const events = table.rows.map((row) => {
    const event: Json = {};
    put(event, 'date', periodCell(table, row, column('date'), problems));
    put(event, 'end', periodCell(table, row, column('end'), problems));
    put(event, 'kind', table.cell(row, column('kind')) || undefined);
    put(event, 'region', table.cell(row, column('region')) || undefined);
    put(event, 'title', table.text(row, 'title'));
    put(event, 'summary', table.text(row, 'summary'));
    put(event, 'url', table.cell(row, column('url')) || undefined);
    put(event, 'figures', figuresCell(table, row, column('figures'), problems));
    return event;
  });
  locator.section('events', table, table.rows);
  return events;
}

// ---------------------------------------------------------------------------------------------

/** The validator's problems, placed on the CSV cells they came from. */
function placeWarnings(warnings: readonly Problem[], locator: Locator, fallback: string): CliProblem[] {
  return warnings.map((warning) => ({ ...locator.locate(warning.path, fallback), code: 'validator', params: { message: locator.rewrite(warning.message) } }));
}

/**
 * Builds a feed document from CSV files and checks it with the feed validator. The document
 * is written only when `problems` is empty; with problems, each names its file, line and column.
 */
export function csvToFeed(sources: CsvSources, options: ConvertOptions = {}): ConvertResult {
  const problems: CliProblem[] = [];
  const locator = new Locator();
  for (const name of ['metrics', 'regions', 'observations', 'events'] as const) {
    const source = sources[name];
    if (source) locator.files.set(name, source.file);
  }
  const head = sources.meta ? readMeta(sources.meta, problems, locator, options) : {};
  const metricList = readMetrics(sources.metrics, problems, locator, options);
  const regionList = readRegions(sources.regions, problems, locator, options);
  const metrics = metricList ?? [];
  const regions = regionList ?? [];
  // What the validator makes of the metrics and regions alone: which metric columns to read,
  // and each region's level (its problems are reported once, by the full check below).
  const early = validateFeed({ version: 1, metrics, regions });
  const usable = early.ok ? early.feed.metrics.map((metric) => metric.id) : [];
  const regionOrder = new Map<string, { level: number; index: number }>();
  if (early.ok) early.feed.regions.forEach((region, index) => regionOrder.set(region.id, { level: LEVEL_RANK[region.level] ?? 3, index }));
  const declared = metricList && new Set(metricList.map((metric) => String(metric['id'] ?? '')).filter(Boolean));
  const observations = readObservations(sources.observations, sources.metrics.file, { usable, declared }, regionOrder, problems, locator, options);
  const events = sources.events ? readEvents(sources.events, problems, locator, options) : [];
  const document: Json = { version: 1, ...head, metrics, regions, observations, events };
  // Without its metrics or regions the document is a fragment: the validator would only say
  // that every row's metric or region is unknown. The CSV problems above come first.
  if (metricList && regionList) {
    options.onCheck?.(observations.length);
    const result = validateFeed(document);
    problems.push(...placeWarnings(result.ok ? result.warnings : [result.fatal, ...result.warnings], locator, sources.metrics.file));
  }
  const files = [sources.meta, sources.metrics, sources.regions, sources.observations, sources.events].flatMap((source) => (source ? [source.file] : []));
  return {
    document,
    problems: sortProblems(problems, files),
    counts: { metrics: metrics.length, regions: regions.length, observations: observations.length, events: events.length },
  };
}

/** The feed as written to feed.json: 2-space JSON and a final newline (as demo/data/feed.json). */
export function serializeFeed(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Checks a JSON feed's text with the feed validator: problems named by JSON path (or line and column when it is not JSON). */
export function checkFeedJson(file: string, text: string): { problems: CliProblem[]; counts?: Counts; readable: boolean } {
  let document: unknown;
  try {
    document = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const place: Place = position ? { file, ...lineAndColumn(text, Number(position[1])) } : { file };
    return { problems: [{ ...place, code: 'json.syntax', params: { message } }], readable: false };
  }
  const result = validateFeed(document);
  const problems: CliProblem[] = (result.ok ? result.warnings : [result.fatal, ...result.warnings]).map((warning) => ({
    file,
    path: warning.path === '$' ? '' : warning.path,
    code: 'validator',
    params: { message: warning.message },
  }));
  const counts = result.ok
    ? { metrics: result.feed.metrics.length, regions: result.feed.regions.length, observations: result.feed.observations.length, events: result.feed.events.length }
    : undefined;
  return counts ? { problems, counts, readable: true } : { problems, readable: true };
}
