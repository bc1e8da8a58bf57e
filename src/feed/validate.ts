import { isIsoDate, parsePeriod } from './period.js';
import { describe, problem, type Consequence, type Expectation, type ProblemCode, type ProblemParams } from './problems.js';
import {
  DEFAULT_LEVELS,
  type EventKind,
  type Feed,
  type FeedEvent,
  type Level,
  type Metric,
  type Observation,
  type Problem,
  type Region,
  type Text,
  type ValidationResult,
} from './types.js';

// Written for size as much as for reading: this runs on every page that shows a number, and
// each kind of check is one helper below rather than a copy per field. Problems are codes and
// values; src/feed/problems.ts words them.

const EVENT_KINDS: readonly EventKind[] = ['conference', 'training', 'award', 'competition', 'milestone', 'other'];

type Json = Record<string, unknown>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A path one key deeper: `metrics[0]` + `label`; at the top, the key alone. */
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

/** Collects warnings while a document is read; every reader below reports through it. */
class Reader {
  readonly warnings: Problem[] = [];

  /** Records a problem; returns undefined so that a reader can `return r.warn(…)` to drop an item. */
  warn(path: string, code: ProblemCode, params?: ProblemParams): undefined {
    this.warnings.push(problem(path, code, params));
    return undefined;
  }

  /** Warns `expected <what>, got <value>; <then>`; returns undefined so a caller can `return r.bad(…)`. */
  bad(path: string, what: Expectation, value: unknown, then?: Consequence): undefined {
    return this.warn(path, 'expected', { what, got: describe(value), ...(then && { then }) });
  }

  /** Text: a string, or an object of language → string. Undefined (with a warning) if unusable. */
  text(value: unknown, path: string): Text | undefined {
    if (typeof value === 'string') return value;
    if (isObject(value)) {
      const entries = Object.entries(value).filter(([lang, text]) => typeof text === 'string' || this.bad(at(path, lang), 'a string', text));
      if (entries.length) return Object.fromEntries(entries) as Text;
    }
    return this.bad(path, 'text (a string or an object of language → string)', value);
  }

  /** An optional http(s) URL; anything else is dropped with a warning. */
  url(value: unknown, path: string): string | undefined {
    if (value === undefined) return;
    try {
      const url = new URL(value as string);
      if (typeof value === 'string' && /^https?:$/.test(url.protocol)) return url.href;
    } catch {
      // Not an absolute URL: reported below.
    }
    return this.bad(path, 'an http: or https: URL', value, 'dropped');
  }

  /** An optional string field, copied onto `into` when it is one. */
  string(from: Json, key: string, into: Json, path: string, what: Expectation = 'a string'): void {
    const value = from[key];
    if (typeof value === 'string') into[key] = value;
    else if (value !== undefined) this.bad(at(path, key), what, value);
  }

  /** An optional Text field, copied onto `into` when usable. */
  optionalText(from: Json, key: string, into: Json, path: string): void {
    if (from[key] === undefined) return;
    const text = this.text(from[key], at(path, key));
    if (text !== undefined) into[key] = text;
  }

  /** Reads each object of a list with `read`; anything else is reported and skipped. */
  each<T>(value: unknown, name: string, dropped: Consequence, read: (item: Json, path: string, index: number) => T | undefined, offset = 0): T[] {
    if (!Array.isArray(value)) {
      if (value !== undefined) this.bad(name, 'an array', value, 'ignored');
      return [];
    }
    const out: T[] = [];
    value.forEach((item, at) => {
      const index = at + offset;
      const path = `${name}[${index}]`;
      const read_ = isObject(item) ? read(item, path, index) : this.bad(path, 'an object', item, dropped);
      if (read_ !== undefined) out.push(read_);
    });
    return out;
  }
}

function readMetrics(r: Reader, items: unknown[]): Metric[] {
  const seen = new Set<string>();
  const paths = new Map<Mutable<Metric>, string>();
  const metrics = r.each(items, 'metrics', 'metric dropped', (item, path) => {
    const { id, kind, scale } = item;
    if (typeof id !== 'string' || !/^[a-z][a-z0-9_-]*$/.test(id)) {
      return r.bad(`${path}.id`, 'a slug ([a-z][a-z0-9_-]*)', id, 'metric dropped');
    }
    if (seen.has(id)) return r.warn(`${path}.id`, 'duplicate-metric', { id, then: 'the first one is used' });
    seen.add(id);
    const metric: Mutable<Metric> = { id, kind: 'stock', label: r.text(item['label'], `${path}.label`) ?? id };
    if (kind === 'stock' || kind === 'flow' || kind === 'rate') metric.kind = kind;
    else r.bad(`${path}.kind`, '"stock" or "flow"', kind, 'read as "stock"');
    r.optionalText(item, 'description', metric as Json, path);
    r.optionalText(item, 'unit', metric as Json, path);
    const parts = item['numerator'] !== undefined || item['denominator'] !== undefined;
    if (metric.kind !== 'rate') {
      if (parts || scale !== undefined) r.warn(path, 'not-rate', { id, then: 'ignored' });
      return metric;
    }
    r.string(item, 'numerator', metric as Json, path, 'a metric id');
    r.string(item, 'denominator', metric as Json, path, 'a metric id');
    if (typeof scale === 'number' && scale > 0 && Number.isFinite(scale)) metric.scale = scale;
    else if (scale !== undefined) r.bad(`${path}.scale`, 'a positive number', scale, 'ignored');
    paths.set(metric, path);
    return metric;
  });
  // A rate's numerator and denominator are checked once every metric is known: both or neither,
  // each another metric of the feed that is not itself a rate (a ratio of sums needs sums).
  const byId = new Map(metrics.map((m) => [m.id, m]));
  for (const [metric, path] of paths) {
    const { id, numerator, denominator } = metric;
    if (numerator === undefined && denominator === undefined) continue;
    let code: ProblemCode | undefined;
    let where = path;
    let ref: string | undefined;
    if (numerator === undefined || denominator === undefined) code = 'rate-pair';
    for (const key of ['numerator', 'denominator'] as const) {
      const named = metric[key];
      if (code || named === undefined) continue;
      where = `${path}.${key}`;
      ref = named;
      code = named === id ? 'rate-self' : !byId.has(named) ? 'rate-unknown' : byId.get(named)!.kind === 'rate' ? 'rate-of-rate' : undefined;
    }
    if (!code) continue;
    r.warn(where, code, { id, ref, then: 'numerator and denominator ignored' });
    delete metric.numerator;
    delete metric.denominator;
  }
  return metrics;
}

/** The feed's own levels (`levels`), coarsest first; undefined without a usable list. */
function readLevels(r: Reader, items: unknown): Level[] | undefined {
  const seen = new Set<string>();
  const levels = r.each(items, 'levels', 'dropped', (item, path) => {
    const { id } = item;
    if (typeof id !== 'string' || !id) return r.bad(`${path}.id`, 'a non-empty string', id, 'dropped');
    if (seen.has(id)) return r.warn(`${path}.id`, 'duplicate-level', { id, then: 'the first one is used' });
    seen.add(id);
    return { id, label: r.text(item['label'], `${path}.label`) ?? id };
  });
  return levels.length ? levels : undefined;
}

function readRegions(r: Reader, items: unknown, levels: readonly Level[] | undefined): Region[] {
  const levelIds = levels?.map((level) => level.id) ?? DEFAULT_LEVELS;
  const byId = new Map<string, [Mutable<Region>, string]>();
  r.each(items, 'regions', 'region dropped', (item, path) => {
    const { id, level } = item;
    if (typeof id !== 'string' || !id) return r.bad(`${path}.id`, 'a non-empty string', id, 'region dropped');
    if (byId.has(id)) return r.warn(`${path}.id`, 'duplicate-region', { id, then: 'the first one is used' });
    if (!levelIds.includes(level as string)) {
      return levels
        ? r.warn(`${path}.level`, 'unknown-level', { got: describe(level), levels: levelIds.join(', '), then: 'region dropped' })
        : r.bad(`${path}.level`, '"country", "economic-region" or "district"', level, 'region dropped');
    }
    const region: Mutable<Region> = { id, level: level as string, name: r.text(item['name'], `${path}.name`) ?? id };
    r.string(item, 'parent', region as Json, path, 'a region id');
    r.string(item, 'geo', region as Json, path);
    byId.set(id, [region, `${path}.parent`]);
  });
  // Parents are checked once every id is known: unknown parents and cycles are cut.
  for (const [region, path] of byId.values()) {
    if (region.parent === undefined) continue;
    if (!byId.has(region.parent)) {
      r.warn(path, 'unknown-region', { got: describe(region.parent), then: 'parent ignored' });
      delete region.parent;
      continue;
    }
    const visited = new Set([region.id]);
    let cursor: string | undefined = region.parent;
    while (cursor !== undefined && !visited.has(cursor)) {
      visited.add(cursor);
      cursor = byId.get(cursor)?.[0].parent;
    }
    // A chain that runs into a cycle elsewhere stops there too; that cycle is cut at its own region.
    if (cursor === region.id) {
      r.warn(path, 'own-ancestor', { id: region.id, then: 'parent ignored' });
      delete region.parent;
    }
  }
  return [...byId.values()].map(([region]) => region);
}

/** Rows read between two pauses of validateFeedInSteps. */
const CHUNK = 5000;

function* readObservations(r: Reader, items: unknown, metrics: Set<string>, regions: Set<string>): Generator<void, Observation[]> {
  const seen = new Map<string, number>();
  // Each period string's validity, parsed once (100,000 rows have a few hundred periods).
  const periods = new Map<string, boolean>();
  const read = (item: Json, path: string, index: number): Observation | undefined => {
    const { period, region } = item;
    const drop = (where: string, code: ProblemCode, params: ProblemParams) => r.warn(where, code, { ...params, then: 'row dropped' });
    let valid = typeof period === 'string' && periods.get(period);
    if (valid === undefined) periods.set(period as string, (valid = !!parsePeriod(period as string)));
    if (!valid) {
      return drop(`${path}.period`, 'expected', { what: 'a period (YYYY, YYYY-MM or YYYY-MM-DD)', got: describe(period) });
    }
    if (typeof region !== 'string' || !regions.has(region)) return drop(`${path}.region`, 'unknown-region', { got: describe(region) });
    const values: Record<string, number | null> = {};
    for (const key of Object.keys(item)) {
      const value = item[key];
      if (key === 'period' || key === 'region') continue;
      if (!metrics.has(key)) return drop(`${path}.${key}`, 'unknown-metric', { id: key });
      if (value !== null && !Number.isFinite(value)) return drop(`${path}.${key}`, 'expected', { what: 'a number or null', got: describe(value) });
      values[key] = value as number | null;
    }
    const key = `${period as string}\u0000${region}`;
    const first = seen.get(key);
    if (first !== undefined) {
      return drop(path, 'duplicate-row', { period: period as string, region, first: `observations[${first}]` });
    }
    seen.set(key, index);
    return { period: period as string, region, values };
  };
  if (!Array.isArray(items)) return r.each(items, 'observations', 'row dropped', read);
  const out: Observation[] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    if (start) yield;
    for (const row of r.each(items.slice(start, start + CHUNK), 'observations', 'row dropped', read, start)) out.push(row);
  }
  return out;
}

function readEvents(r: Reader, items: unknown, regions: Set<string>): FeedEvent[] {
  return r.each(items, 'events', 'event dropped', (item, path) => {
    const { date, end, kind, region, figures } = item;
    const start = typeof date === 'string' && parsePeriod(date);
    if (!start) return r.bad(`${path}.date`, 'a date (YYYY-MM-DD)', date, 'event dropped');
    const title = r.text(item['title'], `${path}.title`);
    if (title === undefined) return r.warn(path, 'no-title', { then: 'event dropped' });
    const event: Mutable<FeedEvent> = { date: date as string, title, kind: 'other' };
    if (EVENT_KINDS.includes(kind as EventKind)) event.kind = kind as EventKind;
    // EVENT_KINDS spelled out: an Expectation is a literal, so that its translations are type-checked.
    else r.bad(`${path}.kind`, 'one of conference, training, award, competition, milestone, other', kind, 'read as "other"');
    if (end !== undefined) {
      const span = typeof end === 'string' && parsePeriod(end);
      if (span && span.end >= start.end) event.end = end as string;
      else r.warn(`${path}.end`, 'end', { date: date as string, got: describe(end), then: 'ignored' });
    }
    r.optionalText(item, 'summary', event as Json, path);
    if (region !== undefined) {
      if (typeof region === 'string' && regions.has(region)) event.region = region;
      else r.warn(`${path}.region`, 'unknown-region', { got: describe(region), then: 'ignored' });
    }
    const url = r.url(item['url'], `${path}.url`);
    if (url !== undefined) event.url = url;
    if (isObject(figures)) {
      event.figures = Object.fromEntries(
        Object.entries(figures).filter(([name, value]) => Number.isFinite(value) || r.bad(`${path}.figures.${name}`, 'a number', value, 'ignored')),
      ) as Record<string, number>;
    } else if (figures !== undefined) r.bad(`${path}.figures`, 'an object of numbers', figures, 'ignored');
    return event;
  });
}

/** The validation, pausing (yield) between chunks of observations. */
function* validate(document: unknown): Generator<void, ValidationResult> {
  const r = new Reader();
  const fatal = (path: string, code: ProblemCode, params?: ProblemParams): ValidationResult => ({
    ok: false,
    fatal: problem(path, code, params),
    warnings: r.warnings,
  });
  if (!isObject(document)) return fatal('$', 'expected', { what: 'a feed object', got: describe(document) });
  const { version, metrics: metricList, updated, source } = document;
  if (version !== 1) return version === undefined ? fatal('version', 'no-version') : fatal('version', 'version', { got: describe(version) });
  if (!Array.isArray(metricList)) return fatal('metrics', 'expected', { what: 'an array of metrics', got: describe(metricList) });
  const metrics = readMetrics(r, metricList);
  if (!metrics.length) return fatal('metrics', 'no-metric');
  const levels = readLevels(r, document['levels']);
  const regions = readRegions(r, document['regions'], levels);
  const regionIds = new Set(regions.map((region) => region.id));
  const feed: Mutable<Feed> = {
    version: 1,
    metrics,
    ...(levels && { levels }),
    regions,
    observations: yield* readObservations(r, document['observations'], new Set(metrics.map((m) => m.id)), regionIds),
    events: readEvents(r, document['events'], regionIds),
  };
  r.optionalText(document, 'title', feed as Json, '');
  if (typeof updated === 'string' && isIsoDate(updated)) feed.updated = updated;
  else if (updated !== undefined) r.bad('updated', 'an ISO 8601 date', updated, 'ignored');
  if (isObject(source)) {
    const name = r.text(source['name'], 'source.name');
    const url = r.url(source['url'], 'source.url');
    if (name !== undefined) feed.source = url === undefined ? { name } : { name, url };
  } else if (source !== undefined) r.bad('source', 'an object', source, 'ignored');
  return { ok: true, feed, warnings: r.warnings };
}

/**
 * Validates a parsed feed document (FEED.md, version 1). Fatal problems stop the read;
 * row-level problems drop the row (or field) and are returned as warnings.
 */
export function validateFeed(document: unknown): ValidationResult {
  const run = validate(document);
  let step;
  while (!(step = run.next()).done);
  return step.value;
}

/**
 * validateFeed that gives the page back (a task) after every 5,000 observations, so that a
 * large feed never blocks the page for long. The same result, warnings in the same order.
 */
export async function validateFeedInSteps(document: unknown): Promise<ValidationResult> {
  const run = validate(document);
  let step;
  while (!(step = run.next()).done) await new Promise((resume) => setTimeout(resume));
  return step.value;
}

function parse<T>(text: string, then: (document: unknown) => T): T | ValidationResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { ok: false, fatal: problem('$', 'json', { error: (error as Error).message }), warnings: [] };
  }
  return then(document);
}

/** Parses and validates feed text; text that is not JSON is a fatal problem. */
export const parseFeed = (text: string): ValidationResult => parse(text, validateFeed);

/** parseFeed, validating in steps (validateFeedInSteps). */
export const parseFeedInSteps = async (text: string): Promise<ValidationResult> => parse(text, validateFeedInSteps);
