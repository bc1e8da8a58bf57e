// From the publisher's CSV files to a feed document (FEED.md, version 1), with every problem
// named by file, line and column. The one validator (src/feed/validate.ts) judges the
// document; its JSON paths are mapped back to the CSV cells they came from (locate.ts).
// Strings in, a document and problems out: no Node, no DOM. The tables are read by table.ts,
// each file by its reader in readers.ts.

import type { Problem } from '../feed/types.js';
import { validateFeed } from '../feed/validate.js';
import { lineAndColumn } from './csv.js';
import { Locator } from './locate.js';
import type { CliProblem, Place } from './problems.js';
import { sortProblems } from './problems.js';
import { readEvents, readMeta, readMetrics, readObservations, readRegions, type Json } from './readers.js';
import type { ConvertOptions, CsvSource } from './table.js';

export type { ConvertOptions, CsvSource } from './table.js';

/** The CSV files of a feed; events and meta are optional. */
export interface CsvSources {
  readonly meta?: CsvSource;
  readonly metrics: CsvSource;
  readonly regions: CsvSource;
  readonly observations: CsvSource;
  readonly events?: CsvSource;
}

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

const LEVEL_RANK: Readonly<Record<string, number>> = { country: 0, 'economic-region': 1, district: 2 };

/** The validator's problems, placed on the CSV cells they came from. */
function placeWarnings(warnings: readonly Problem[], locator: Locator, fallback: string): CliProblem[] {
  return warnings.map((warning) => locator.place(warning, fallback));
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
  const declared = metricList && new Set(metricList.map((metric) => (metric['id'] as string | undefined) ?? '').filter(Boolean));
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
  const problems: CliProblem[] = (result.ok ? result.warnings : [result.fatal, ...result.warnings]).map(({ path, code, params }) => ({
    file,
    path: path === '$' ? '' : path,
    code,
    params,
  }));
  const counts = result.ok
    ? { metrics: result.feed.metrics.length, regions: result.feed.regions.length, observations: result.feed.observations.length, events: result.feed.events.length }
    : undefined;
  return counts ? { problems, counts, readable: true } : { problems, readable: true };
}
