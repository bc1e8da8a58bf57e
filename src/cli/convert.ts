// From the publisher's CSV files to a feed document (FEED.md, version 1), with every problem
// named by file, line and column. The one validator (src/feed/validate.ts) judges the
// document; its JSON paths are mapped back to the CSV cells they came from (locate.ts).
// Strings in, a document and problems out: no Node, no DOM. The tables are read by table.ts,
// each file by its reader in readers.ts.

import { validateFeed } from '../feed/validate.js';
import { lineAndColumn } from './csv.js';
import type { GeoFeature } from './geometry.js';
import { Locator } from './locate.js';
import type { CliProblem, Place } from './problems.js';
import { sortProblems } from './problems.js';
import { countNotes, isNote } from './report.js';
import { readObservations } from './observations.js';
import { readEvents, readLevels, readMeta, readMetrics, readRegions, type Json } from './readers.js';
import { RegionSuggester } from './suggest-region.js';
import type { ConvertOptions, CsvSource } from './table.js';

export type { ConvertOptions, CsvSource } from './table.js';

export interface BuildOptions extends ConvertOptions {
  /** A map geometry (`feed build --geo`): each region it should draw must have its feature. */
  readonly geometry?: { readonly file: string; readonly features: readonly GeoFeature[] };
}

/** The CSV files of a feed; events and meta are optional. */
export interface CsvSources {
  readonly meta?: CsvSource;
  /** The feed's own levels (state, county…); without it, country, economic-region and district. */
  readonly levels?: CsvSource;
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
  /** What was read in a way worth saying but is no problem (`.097`): one per column, with how many cells. */
  readonly notes: CliProblem[];
  readonly counts: Counts;
}

const LEVEL_RANK: Readonly<Record<string, number>> = { country: 0, 'economic-region': 1, district: 2 };

/**
 * Whether a validator problem is the document's own: not about a file that could not be read
 * (it stood in), nor about a column its file lacks (said once, on the header).
 */
function judgedHere(path: string, metricsRead: boolean, regionsRead: boolean, locator: Locator): boolean {
  const item = /^(levels|metrics|regions|observations|events)(?:\[\d+\](?:\.([^.[]+))?)?/.exec(path);
  if (!item) return true;
  if ((item[1] === 'metrics' && !metricsRead) || (item[1] === 'regions' && !regionsRead)) return false;
  return item[2] === undefined || !locator.missing.get(item[1]!)?.includes(item[2]);
}

/**
 * A map geometry against regions.csv: a region the geometry should draw but has no feature for
 * (one with `geo`, or of a level whose other regions it draws; every region when it draws none)
 * is a problem, with the feature id it probably means; a feature with no region is a note (drawn
 * as "no data").
 */
function geometryProblems(
  geometry: NonNullable<BuildOptions['geometry']>,
  regions: readonly Json[],
  regionsFile: string,
  placeOf: (path: string) => Place,
): CliProblem[] {
  const featureIds = new Set(geometry.features.map((feature) => feature.id));
  const drawn = new Set<string>();
  const levels = new Set<unknown>();
  const key = (region: Json) => (region['geo'] ?? region['id']) as string | undefined;
  for (const region of regions) {
    const id = key(region);
    if (id === undefined || !featureIds.has(id)) continue;
    drawn.add(id);
    levels.add(region['level']);
  }
  const suggester = new RegionSuggester(geometry.features.map((feature) => ({ id: feature.id, name: { en: feature.name, ...feature.names } })));
  const problems: CliProblem[] = [];
  regions.forEach((region, index) => {
    const id = key(region);
    // A level the map draws none of is not its to draw (the country above its states), unless it draws none at all.
    if (id === undefined || featureIds.has(id) || (region['geo'] === undefined && drawn.size > 0 && !levels.has(region['level']))) return;
    const place = placeOf(`regions[${index}].${region['geo'] === undefined ? 'id' : 'geo'}`);
    problems.push({ ...place, code: 'geo.no-feature', params: { id, file: geometry.file, didYouMean: suggester.suggest(JSON.stringify(id)) } });
  });
  for (const feature of geometry.features) {
    if (!drawn.has(feature.id))
      problems.push({ file: geometry.file, code: 'geo.no-region', params: { id: feature.id, name: feature.name, regions: regionsFile } });
  }
  return problems;
}

/** Stand-ins for a metrics.csv that cannot be read: a metric per key of the rows. */
function standInMetrics(observations: readonly Json[]): Json[] {
  const ids = new Set(observations.flatMap((row) => Object.keys(row)).filter((key) => key !== 'period' && key !== 'region'));
  return [...ids].map((id) => ({ id, kind: 'stock' }));
}

/** Stand-ins for a regions.csv that cannot be read: a region per id the rows name. */
function standInRegions(observations: readonly Json[]): Json[] {
  const ids = new Set(observations.map((row) => row['region']).filter((id): id is string => typeof id === 'string' && id !== ''));
  return [...ids].map((id) => ({ id, level: 'district' }));
}

/**
 * Builds a feed document from CSV files and checks it with the feed validator. The document
 * is written only when `problems` is empty; with problems, each names its file, line and column.
 */
export function csvToFeed(sources: CsvSources, options: BuildOptions = {}): ConvertResult {
  const problems: CliProblem[] = [];
  const locator = new Locator();
  for (const name of ['levels', 'metrics', 'regions', 'observations', 'events'] as const) {
    const source = sources[name];
    if (source) locator.files.set(name, source.file);
  }
  const head = sources.meta ? readMeta(sources.meta, problems, locator, options) : {};
  const levels = sources.levels ? readLevels(sources.levels, problems, locator, options) : undefined;
  const metricList = readMetrics(sources.metrics, problems, locator, options);
  const regionList = readRegions(sources.regions, problems, locator, options);
  const metrics = metricList ?? [];
  const regions = regionList ?? [];
  // The validator judges the document; a file that lacks a required column, or could not be
  // read, stands in with what it still says (ids), so that the other files' cells are judged
  // too: a header problem hides nothing but what it is about.
  const standIn = (items: Json[], missing: readonly string[] | undefined, fill: Json) =>
    missing?.some((name) => name in fill)
      ? items.map((item) => ({ ...item, ...Object.fromEntries(Object.entries(fill).filter(([name]) => missing.includes(name))) }))
      : items;
  const metricsJudged = standIn(metrics, locator.missing.get('metrics'), { kind: 'stock' });
  const regionsJudged = standIn(regions, locator.missing.get('regions'), { level: 'district' });
  // What the validator makes of the metrics and regions alone: which metric columns to read,
  // and each region's level (its problems are reported once, by the full check below).
  const early = validateFeed({ version: 1, ...(levels ? { levels } : {}), metrics: metricsJudged, regions: regionsJudged });
  // Observations are written coarsest level first: the feed's own levels in their order, else the built-in three.
  const levelRank: Readonly<Record<string, number>> = levels ? Object.fromEntries(levels.map((level, rank) => [String(level['id']), rank])) : LEVEL_RANK;
  const declared = metricList && new Set(metricList.map((metric) => (metric['id'] as string | undefined) ?? '').filter(Boolean));
  const usable = early.ok ? early.feed.metrics.map((metric) => metric.id) : [];
  const regionOrder = new Map<string, { level: number; index: number }>();
  if (early.ok)
    early.feed.regions.forEach((region, index) => regionOrder.set(region.id, { level: levelRank[region.level] ?? Object.keys(levelRank).length, index }));
  const observations = readObservations(sources.observations, sources.metrics.file, { usable, declared }, regionOrder, problems, locator, options);
  const events = sources.events ? readEvents(sources.events, problems, locator, options) : [];
  const document: Json = { version: 1, ...head, ...(levels ? { levels } : {}), metrics, regions, observations, events };
  // Observations without a period or region column would each only repeat that.
  const rowsJudged = locator.missing.get('observations')?.length ? [] : observations;
  options.onCheck?.(observations.length);
  const judged = {
    ...document,
    metrics: metricList ? metricsJudged : standInMetrics(observations),
    regions: regionList ? regionsJudged : standInRegions(observations),
    observations: rowsJudged,
  };
  const result = validateFeed(judged);
  const suggester = regionList && new RegionSuggester(regions);
  for (const warning of result.ok ? result.warnings : [result.fatal, ...result.warnings]) {
    if (!judgedHere(warning.path, metricList !== undefined, regionList !== undefined, locator)) continue;
    const problem = locator.place(warning, sources.metrics.file);
    const didYouMean = warning.code === 'unknown-region' ? suggester?.suggest(warning.params['got']) : undefined;
    problems.push(didYouMean === undefined ? problem : { ...problem, params: { ...problem.params, didYouMean } });
  }
  if (options.geometry && regionList)
    problems.push(...geometryProblems(options.geometry, regions, sources.regions.file, (path) => locator.locate(path, sources.regions.file)));
  const files = [sources.meta, sources.levels, sources.metrics, sources.regions, sources.observations, sources.events].flatMap((source) =>
    source ? [source.file] : [],
  );
  return {
    document,
    problems: sortProblems(
      problems.filter((problem) => !isNote(problem)),
      files,
    ),
    notes: sortProblems(countNotes(problems), files),
    counts: { metrics: metrics.length, regions: regions.length, observations: observations.length, events: events.length },
  };
}

/** The feed as written to feed.json: 2-space JSON and a final newline (as demo/data/feed.json). */
export function serializeFeed(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Checks a JSON feed's text with the feed validator: problems named by JSON path (or line and
 * column when it is not JSON). With a map geometry (`feed check feed.json --geo FILE`), its regions
 * against the geometry's features, as `feed build --geo` checks regions.csv.
 */
export function checkFeedJson(
  file: string,
  text: string,
  geometry?: BuildOptions['geometry'],
): { problems: CliProblem[]; notes: CliProblem[]; counts?: Counts; readable: boolean } {
  let document: unknown;
  try {
    document = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const place: Place = position ? { file, ...lineAndColumn(text, Number(position[1])) } : { file };
    return { problems: [{ ...place, code: 'json.syntax', params: { message } }], notes: [], readable: false };
  }
  const result = validateFeed(document);
  const found: CliProblem[] = (result.ok ? result.warnings : [result.fatal, ...result.warnings]).map(({ path, code, params }) => ({
    file,
    path: path === '$' ? '' : path,
    code,
    params,
  }));
  if (geometry && result.ok) found.push(...geometryProblems(geometry, result.feed.regions as unknown as Json[], file, (path) => ({ file, path })));
  const problems = found.filter((problem) => !isNote(problem));
  const notes = countNotes(found);
  const counts = result.ok
    ? {
        metrics: result.feed.metrics.length,
        regions: result.feed.regions.length,
        observations: result.feed.observations.length,
        events: result.feed.events.length,
      }
    : undefined;
  return counts ? { problems, notes, counts, readable: true } : { problems, notes, readable: true };
}
