// observations.csv in either shape, told apart by its header: wide (`period`, `region`, a column
// per metric) or long, "tidy" (`period`, `region`, `metric`, `value`: a row per value, the shape
// statistics offices export). Both give the same rows in the same order, so a tidy file builds
// the same bytes as its wide twin.

import { comparePeriods } from '../feed/period.js';
import { hasDecimals, numberCell, periodCell, type NumberContext } from './cells.js';
import type { CsvRecord } from './csv.js';
import type { Locator } from './locate.js';
import type { CliProblem, Place } from './problems.js';
import { put, type Json } from './readers.js';
import { readTable, suggest, type ConvertOptions, type CsvSource, type Table } from './table.js';

/**
 * The metric ids: `usable` are those the feed keeps; `declared` is undefined when metrics.csv
 * could not be read: then every id the file names is read (its cells are judged), none is called unknown.
 */
export interface MetricIds {
  readonly usable: readonly string[];
  readonly declared: ReadonlySet<string> | undefined;
}

/** A region's rank in the sort: its level's (the country first) and its row in regions.csv. */
export type RegionOrder = ReadonlyMap<string, { level: number; index: number }>;

/** The columns of a tidy file. */
const TIDY = ['period', 'region', 'metric', 'value'];

/** Whether a header is the tidy shape: a `metric` column that is not a metric's own. */
export const isTidy = (table: Table, declared: ReadonlySet<string> | undefined) => table.index.has('metric') && !declared?.has('metric');

/**
 * Observation rows from either shape, sorted so that the same rows in any order give the same
 * feed: the country's rows first, then the economic regions', then the districts'; within a
 * level by period (as dates), then by the region's place in regions.csv. Ties keep the file's order.
 */
export function readObservations(
  source: CsvSource,
  metricsFile: string,
  metricIds: MetricIds,
  regionOrder: RegionOrder,
  problems: CliProblem[],
  locator: Locator,
  options: ConvertOptions,
): Json[] {
  const table = readTable(source, { required: ['period', 'region'], open: true, partial: true }, problems, options);
  if (!table) return [];
  const read = isTidy(table, metricIds.declared) ? readTidy(table, metricsFile, metricIds, problems) : readWide(table, metricsFile, metricIds, problems);
  const order = sortOrder(read.observations, regionOrder);
  locator.section(
    'observations',
    table,
    order.map((i) => read.rows[i]!),
    read.cells && order.map((i) => read.cells![i]!),
  );
  return order.map((i) => read.observations[i]!);
}

interface Read {
  readonly observations: Json[];
  /** The CSV row of each observation (a tidy one's first row). */
  readonly rows: CsvRecord[];
  /** A tidy observation's value cells, by metric id (a wide one's are on its row). */
  readonly cells?: ReadonlyMap<string, Place>[];
}

function readWide(table: Table, metricsFile: string, metricIds: MetricIds, problems: CliProblem[]): Read {
  const periodColumn = table.index.get('period');
  const regionColumn = table.index.get('region');
  for (const [name, column] of table.index) {
    if (name === 'period' || name === 'region' || !metricIds.declared || metricIds.declared.has(name)) continue;
    const suggestion = suggest(name, metricIds.declared);
    problems.push({
      file: table.file,
      line: table.headerLine,
      column: column + 1,
      field: name,
      code: 'csv.unknown-metric-column',
      params: { name, metrics: metricsFile, suggestion },
    });
  }
  // Metric columns in metrics.csv order (not the CSV's column order), each with what its cells say about decimals.
  const ids = metricIds.declared ? metricIds.usable : [...table.index.keys()].filter((name) => name !== 'period' && name !== 'region');
  const metricColumns = ids
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
  return { observations, rows: table.rows };
}

/** One (period, region) of a tidy file: its values by metric, and where each came from. */
interface Group {
  readonly observation: Json;
  readonly row: CsvRecord;
  readonly values: Map<string, number | null>;
  readonly cells: Map<string, Place>;
  readonly lines: Map<string, number>;
}

/** A tidy file pivoted: an observation per (period, region), a key per metric that has a row anywhere in the file (null where this region has none). */
function readTidy(table: Table, metricsFile: string, metricIds: MetricIds, problems: CliProblem[]): Read {
  const { file } = table;
  if (!table.index.has('value')) {
    const headerList = table.names.filter(Boolean).join(table.delimiter);
    problems.push({
      file,
      line: table.headerLine,
      column: 1,
      code: 'csv.missing-column',
      params: {
        name: 'value',
        header: headerList,
        similar: suggest(
          'value',
          table.names.filter((name) => name && !TIDY.includes(name)),
        ),
      },
    });
    table.missing.push('value');
  }
  // Other columns (a unit, a source, a footnote: what statistics offices export beside the values)
  // are a note, not read; one that looks like a misspelt tidy column is a problem.
  for (const [name, column] of table.index) {
    if (TIDY.includes(name)) continue;
    const suggestion = suggest(name, TIDY);
    const place = { file, line: table.headerLine, column: column + 1, field: name };
    problems.push(
      suggestion === undefined
        ? { ...place, code: 'tidy.unread-column', params: { name } }
        : { ...place, code: 'csv.unknown-column', params: { name, suggestion } },
    );
  }
  const [periodColumn, regionColumn, metricColumn, valueColumn] = TIDY.map((name) => table.index.get(name));
  const declaredUsable = new Set(metricIds.usable);
  const usable = { has: (id: string) => (metricIds.declared ? declaredUsable.has(id) : id !== '') };
  // What each metric's cells say about decimals: `4.308` is a decimal in a column of rates.
  const cellsOf = new Map<string, string[]>();
  for (const row of table.rows) {
    const id = table.cell(row, metricColumn);
    if (!usable.has(id)) continue;
    const list = cellsOf.get(id) ?? [];
    list.push(row.cells[valueColumn!] ?? '');
    cellsOf.set(id, list);
  }
  const contexts = new Map([...cellsOf].map(([id, cells]) => [id, { delimiter: table.delimiter, decimals: hasDecimals(cells) }]));
  const groups = new Map<string, Group>();
  const periodCache = new Map<string, string | undefined>();
  const unknown = new Map<string, string | undefined>();
  for (const row of table.rows) {
    const id = table.cell(row, metricColumn);
    if (!usable.has(id)) {
      if (!id) problems.push({ ...table.place(row, metricColumn), code: 'tidy.no-metric', params: {} });
      else if (metricIds.declared && !metricIds.declared.has(id)) {
        if (!unknown.has(id)) unknown.set(id, suggest(id, metricIds.declared));
        problems.push({ ...table.place(row, metricColumn), code: 'tidy.unknown-metric', params: { id, metrics: metricsFile, suggestion: unknown.get(id) } });
      }
      // A metric that metrics.csv declares but the feed cannot keep: said there, once.
      continue;
    }
    const period = periodCell(table, row, periodColumn, problems, periodCache);
    const region = table.cell(row, regionColumn) || undefined;
    const key = `${period ?? ''}\u0000${region ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      const observation: Json = {};
      put(observation, 'period', period);
      put(observation, 'region', region);
      group = { observation, row, values: new Map(), cells: new Map(), lines: new Map() };
      groups.set(key, group);
    }
    const value = valueColumn === undefined ? null : numberCell(table, row, valueColumn, contexts.get(id)!, problems);
    const firstLine = group.lines.get(id);
    if (firstLine !== undefined) {
      problems.push({
        ...table.place(row, valueColumn ?? metricColumn),
        code: 'tidy.duplicate',
        params: { metric: id, period: period ?? '', region: region ?? '', firstLine },
      });
      continue;
    }
    group.values.set(id, value);
    group.cells.set(id, table.place(row, valueColumn ?? metricColumn));
    group.lines.set(id, row.line);
  }
  // Keys in metrics.csv order, as a wide file's columns.
  const ids = metricIds.declared ? metricIds.usable.filter((id) => cellsOf.has(id)) : [...cellsOf.keys()];
  const list = [...groups.values()];
  for (const group of list) for (const id of ids) group.observation[id] = group.values.get(id) ?? null;
  return { observations: list.map((group) => group.observation), rows: list.map((group) => group.row), cells: list.map((group) => group.cells) };
}

/**
 * The sorted order of the rows. Sort keys in typed arrays and an index sort, not an object per
 * row: the whole command on 100,000 rows went from 2.3 s to 1.5 s (npm run bench). Each distinct
 * period is ranked once, since comparePeriods parses its arguments on every call.
 */
function sortOrder(observations: readonly Json[], regionOrder: RegionOrder): number[] {
  const n = observations.length;
  const periods = [...new Set(observations.map((observation) => (observation['period'] as string | undefined) ?? ''))].sort(comparePeriods);
  const periodRank = new Map(periods.map((period, index) => [period, index]));
  const level = new Int32Array(n);
  const regionIndex = new Int32Array(n);
  const period = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const observation = observations[i]!;
    const region = regionOrder.get((observation['region'] as string | undefined) ?? '');
    level[i] = region?.level ?? 3;
    regionIndex[i] = region?.index ?? regionOrder.size;
    period[i] = periodRank.get((observation['period'] as string | undefined) ?? '')!;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => level[a]! - level[b]! || period[a]! - period[b]! || regionIndex[a]! - regionIndex[b]! || a - b);
  return order;
}
