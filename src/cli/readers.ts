// The CSV files, one reader per file: each turns its table into the document's part (metrics,
// regions, events, the meta fields) and reports what it cannot read as a cell's problem.
// Number and date cells are read by cells.ts; observations.csv, in either shape, by observations.ts.

import { isIsoDate, parsePeriod } from '../feed/period.js';
import { numberCell, numberReading, periodCell, probablePeriod, readNumber, type NumberContext } from './cells.js';
import type { CsvRecord } from './csv.js';
import type { Locator } from './locate.js';
import type { CliProblem } from './problems.js';
import { langRank, readTable, suggest, type ConvertOptions, type CsvSource, type Table } from './table.js';

export type Json = Record<string, unknown>;

const META_FIELD = /^(title|source_name)_([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;

export function readMeta(source: CsvSource, problems: CliProblem[], locator: Locator, options: ConvertOptions): Json {
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
export function put(into: Json, key: string, value: unknown): void {
  if (value !== undefined) into[key] = value;
}

export function readMetrics(source: CsvSource, problems: CliProblem[], locator: Locator, options: ConvertOptions): Json[] | undefined {
  const table = readTable(
    source,
    {
      required: ['id', 'kind'],
      texts: [{ name: 'label', required: true }, { name: 'description' }, { name: 'unit' }],
      optional: ['unit', 'numerator', 'denominator', 'scale'],
      partial: true,
    },
    problems,
    options,
  );
  // Without ids nothing can be read; without a kind or a label the ids still name the metric columns.
  if (!table || table.missing.includes('id')) return undefined;
  const columns = ['id', 'kind', 'unit', 'numerator', 'denominator', 'scale'].map((name) => table.index.get(name));
  const context: NumberContext = { delimiter: table.delimiter, decimals: true };
  const metrics = table.rows.map((row) => {
    const metric: Json = {};
    put(metric, 'id', table.cell(row, columns[0]) || undefined);
    put(metric, 'label', table.text(row, 'label'));
    put(metric, 'kind', table.cell(row, columns[1]) || undefined);
    put(metric, 'description', table.text(row, 'description'));
    // One unit for every language (`unit`: %), or one per language (`unit_en`, `unit_ru`…).
    put(metric, 'unit', table.cell(row, columns[2]) || table.text(row, 'unit'));
    // A rate as a ratio of sums: the ids of two other metrics, and what to multiply by (100 for a percentage).
    put(metric, 'numerator', table.cell(row, columns[3]) || undefined);
    put(metric, 'denominator', table.cell(row, columns[4]) || undefined);
    if (columns[5] !== undefined) put(metric, 'scale', numberCell(table, row, columns[5], context, problems) ?? undefined);
    return metric;
  });
  locator.section('metrics', table, table.rows);
  return metrics;
}

/** levels.csv (optional): the feed's own levels of its region tree, coarsest first: id, label_<lang>… */
export function readLevels(source: CsvSource, problems: CliProblem[], locator: Locator, options: ConvertOptions): Json[] | undefined {
  const table = readTable(source, { required: ['id'], texts: [{ name: 'label', required: true }], partial: true }, problems, options);
  if (!table || table.missing.includes('id')) return undefined;
  const column = table.index.get('id');
  const levels = table.rows.map((row) => {
    const level: Json = {};
    put(level, 'id', table.cell(row, column) || undefined);
    put(level, 'label', table.text(row, 'label'));
    return level;
  });
  locator.section('levels', table, table.rows);
  return levels;
}

export function readRegions(source: CsvSource, problems: CliProblem[], locator: Locator, options: ConvertOptions): Json[] | undefined {
  const table = readTable(
    source,
    { required: ['id', 'level'], texts: [{ name: 'name', required: true }], optional: ['parent', 'geo'], partial: true },
    problems,
    options,
  );
  if (!table || table.missing.includes('id')) return undefined;
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
    // An empty figure (`teachers=`) is a mistake, not an unknown value.
    if (reading.kind === 'empty') problems.push({ ...table.place(row, column), code: 'number.invalid', params: { raw: value } });
    const number = numberReading(reading, value, table.place(row, column), problems);
    if (number !== null) figures[name] = number;
  }
  return Object.keys(figures).length ? figures : undefined;
}

export function readEvents(source: CsvSource, problems: CliProblem[], locator: Locator, options: ConvertOptions): Json[] {
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
