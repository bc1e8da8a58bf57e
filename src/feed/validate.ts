import { isIsoDate, parsePeriod } from './period.js';
import type {
  EventKind,
  Feed,
  FeedEvent,
  Metric,
  MetricKind,
  Observation,
  Problem,
  Region,
  RegionLevel,
  Text,
  ValidationResult,
} from './types.js';

const METRIC_ID = /^[a-z][a-z0-9_-]*$/;
const METRIC_KINDS: readonly MetricKind[] = ['stock', 'flow'];
const REGION_LEVELS: readonly RegionLevel[] = ['country', 'economic-region', 'district'];
const EVENT_KINDS: readonly EventKind[] = ['conference', 'training', 'award', 'competition', 'milestone', 'other'];
/** Keys of an observation row that are not metric ids. */
const ROW_KEYS = new Set(['period', 'region']);

type Json = Record<string, unknown>;

/** Describes a value for a message: `"12a"`, `true`, `an array`, `nothing`. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects warnings while a document is read; every reader below reports through it. */
class Reader {
  readonly warnings: Problem[] = [];

  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  /** Text: a string, or an object of language → string. Returns undefined (with a warning) if unusable. */
  text(value: unknown, path: string): Text | undefined {
    if (typeof value === 'string') return value;
    if (isObject(value)) {
      const entries: [string, string][] = [];
      for (const [lang, text] of Object.entries(value)) {
        if (typeof text === 'string') entries.push([lang, text]);
        else this.warn(`${path}.${lang}`, `expected a string, got ${describe(text)}`);
      }
      if (entries.length) return Object.fromEntries(entries);
    }
    this.warn(path, `expected text (a string or an object of language → string), got ${describe(value)}`);
    return undefined;
  }

  /** An optional http(s) URL; anything else is dropped with a warning. */
  url(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string') {
      try {
        const url = new URL(value);
        if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
      } catch {
        // Not absolute: falls through to the warning below.
      }
    }
    this.warn(path, `expected an http: or https: URL, got ${describe(value)}; dropped`);
    return undefined;
  }

  /** A list the feed may leave out; anything but an array is reported and read as empty. */
  list(value: unknown, path: string): unknown[] {
    if (Array.isArray(value)) return value;
    if (value !== undefined) this.warn(path, `expected an array, got ${describe(value)}; ignored`);
    return [];
  }
}

function readMetrics(reader: Reader, items: unknown[]): Metric[] {
  const metrics: Metric[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const path = `metrics[${i}]`;
    if (!isObject(item)) return reader.warn(path, `expected an object, got ${describe(item)}; metric dropped`);
    const { id } = item;
    if (typeof id !== 'string' || !METRIC_ID.test(id)) {
      return reader.warn(`${path}.id`, `expected a slug ([a-z][a-z0-9_-]*), got ${describe(id)}; metric dropped`);
    }
    if (seen.has(id)) return reader.warn(`${path}.id`, `duplicate metric id "${id}"; the first one is used`);
    seen.add(id);
    let kind: MetricKind = 'stock';
    if (METRIC_KINDS.includes(item['kind'] as MetricKind)) kind = item['kind'] as MetricKind;
    else reader.warn(`${path}.kind`, `expected "stock" or "flow", got ${describe(item['kind'])}; read as "stock"`);
    const metric: { -readonly [K in keyof Metric]: Metric[K] } = {
      id,
      kind,
      label: reader.text(item['label'], `${path}.label`) ?? id,
    };
    if (item['description'] !== undefined) {
      const description = reader.text(item['description'], `${path}.description`);
      if (description !== undefined) metric.description = description;
    }
    if (typeof item['unit'] === 'string') metric.unit = item['unit'];
    else if (item['unit'] !== undefined) reader.warn(`${path}.unit`, `expected a string, got ${describe(item['unit'])}`);
    metrics.push(metric);
  });
  return metrics;
}

function readRegions(reader: Reader, items: unknown[]): Region[] {
  const regions: { -readonly [K in keyof Region]: Region[K] }[] = [];
  const byId = new Map<string, number>();
  items.forEach((item, i) => {
    const path = `regions[${i}]`;
    if (!isObject(item)) return reader.warn(path, `expected an object, got ${describe(item)}; region dropped`);
    const { id } = item;
    if (typeof id !== 'string' || id === '') {
      return reader.warn(`${path}.id`, `expected a non-empty string, got ${describe(id)}; region dropped`);
    }
    if (byId.has(id)) return reader.warn(`${path}.id`, `duplicate region id "${id}"; the first one is used`);
    const level = item['level'] as RegionLevel;
    if (!REGION_LEVELS.includes(level)) {
      return reader.warn(
        `${path}.level`,
        `expected "country", "economic-region" or "district", got ${describe(item['level'])}; region dropped`,
      );
    }
    const region: { -readonly [K in keyof Region]: Region[K] } = {
      id,
      level,
      name: reader.text(item['name'], `${path}.name`) ?? id,
    };
    if (typeof item['parent'] === 'string') region.parent = item['parent'];
    else if (item['parent'] !== undefined) reader.warn(`${path}.parent`, `expected a region id, got ${describe(item['parent'])}`);
    if (typeof item['geo'] === 'string') region.geo = item['geo'];
    else if (item['geo'] !== undefined) reader.warn(`${path}.geo`, `expected a string, got ${describe(item['geo'])}`);
    byId.set(id, i);
    regions.push(region);
  });
  // Parents are checked once every id is known: unknown parents and cycles are cut.
  const ids = new Set(regions.map((r) => r.id));
  for (const region of regions) {
    if (region.parent === undefined) continue;
    const path = `regions[${byId.get(region.id)}].parent`;
    if (!ids.has(region.parent)) {
      reader.warn(path, `unknown region "${region.parent}"; parent ignored`);
      delete region.parent;
      continue;
    }
    const visited = new Set([region.id]);
    let cursor: string | undefined = region.parent;
    while (cursor !== undefined && !visited.has(cursor)) {
      visited.add(cursor);
      cursor = regions.find((r) => r.id === cursor)?.parent;
    }
    // A chain that runs into a cycle elsewhere stops there too; that cycle is cut at its own region.
    if (cursor === region.id) {
      reader.warn(path, `region "${region.id}" is its own ancestor; parent ignored`);
      delete region.parent;
    }
  }
  return regions;
}

function readObservations(reader: Reader, items: unknown[], metricIds: Set<string>, regionIds: Set<string>): Observation[] {
  const observations: Observation[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const path = `observations[${i}]`;
    const drop = (where: string, message: string) => reader.warn(where, `${message}; row dropped`);
    if (!isObject(item)) return drop(path, `expected an object, got ${describe(item)}`);
    const { period, region } = item;
    if (typeof period !== 'string' || !parsePeriod(period)) {
      return drop(`${path}.period`, `expected a period (YYYY, YYYY-MM or YYYY-MM-DD), got ${describe(period)}`);
    }
    if (typeof region !== 'string' || !regionIds.has(region)) {
      return drop(`${path}.region`, `unknown region ${describe(region)}`);
    }
    const values: Record<string, number | null> = {};
    for (const [key, value] of Object.entries(item)) {
      if (ROW_KEYS.has(key)) continue;
      if (!metricIds.has(key)) return drop(`${path}.${key}`, `unknown metric "${key}"`);
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
        return drop(`${path}.${key}`, `expected a number or null, got ${describe(value)}`);
      }
      values[key] = value;
    }
    const key = `${period}\u0000${region}`;
    const first = seen.get(key);
    if (first !== undefined) {
      return reader.warn(path, `duplicate row for period "${period}" and region "${region}" (first at observations[${first}]); row dropped`);
    }
    seen.set(key, i);
    observations.push({ period, region, values });
  });
  return observations;
}

function readEvents(reader: Reader, items: unknown[], regionIds: Set<string>): FeedEvent[] {
  const events: FeedEvent[] = [];
  items.forEach((item, i) => {
    const path = `events[${i}]`;
    if (!isObject(item)) return reader.warn(path, `expected an object, got ${describe(item)}; event dropped`);
    const { date } = item;
    if (typeof date !== 'string' || !parsePeriod(date)) {
      return reader.warn(`${path}.date`, `expected a date (YYYY-MM-DD), got ${describe(date)}; event dropped`);
    }
    const title = reader.text(item['title'], `${path}.title`);
    if (title === undefined) return reader.warn(path, 'an event needs a title; event dropped');
    let kind: EventKind = 'other';
    if (EVENT_KINDS.includes(item['kind'] as EventKind)) kind = item['kind'] as EventKind;
    else reader.warn(`${path}.kind`, `expected one of ${EVENT_KINDS.join(', ')}, got ${describe(item['kind'])}; read as "other"`);
    const event: { -readonly [K in keyof FeedEvent]: FeedEvent[K] } = { date, title, kind };
    const { end } = item;
    if (end !== undefined) {
      const span = typeof end === 'string' ? parsePeriod(end) : null;
      if (span && typeof end === 'string' && span.end >= parsePeriod(date)!.end) event.end = end;
      else reader.warn(`${path}.end`, `expected a date on or after ${date}, got ${describe(end)}; ignored`);
    }
    if (item['summary'] !== undefined) {
      const summary = reader.text(item['summary'], `${path}.summary`);
      if (summary !== undefined) event.summary = summary;
    }
    if (item['region'] !== undefined) {
      if (typeof item['region'] === 'string' && regionIds.has(item['region'])) event.region = item['region'];
      else reader.warn(`${path}.region`, `unknown region ${describe(item['region'])}; ignored`);
    }
    const url = reader.url(item['url'], `${path}.url`);
    if (url !== undefined) event.url = url;
    if (item['figures'] !== undefined) {
      if (isObject(item['figures'])) {
        const figures: Record<string, number> = {};
        for (const [name, value] of Object.entries(item['figures'])) {
          if (typeof value === 'number' && Number.isFinite(value)) figures[name] = value;
          else reader.warn(`${path}.figures.${name}`, `expected a number, got ${describe(value)}; ignored`);
        }
        event.figures = figures;
      } else reader.warn(`${path}.figures`, `expected an object of numbers, got ${describe(item['figures'])}; ignored`);
    }
    events.push(event);
  });
  return events;
}

/**
 * Validates a parsed feed document (FEED.md, version 1). Fatal problems stop the read;
 * row-level problems drop the row (or field) and are returned as warnings.
 */
export function validateFeed(document: unknown): ValidationResult {
  const reader = new Reader();
  const fatal = (path: string, message: string): ValidationResult => ({
    ok: false,
    fatal: { path, message },
    warnings: reader.warnings,
  });
  if (!isObject(document)) return fatal('$', `expected a feed object, got ${describe(document)}`);
  if (document['version'] !== 1) {
    return document['version'] === undefined
      ? fatal('version', 'missing; this widget reads feed version 1')
      : fatal('version', `unsupported feed version ${describe(document['version'])}; this widget reads version 1`);
  }
  if (!Array.isArray(document['metrics'])) {
    return fatal('metrics', `expected an array of metrics, got ${describe(document['metrics'])}`);
  }
  const metrics = readMetrics(reader, document['metrics']);
  if (!metrics.length) return fatal('metrics', 'the feed has no usable metric');
  const regions = readRegions(reader, reader.list(document['regions'], 'regions'));
  const regionIds = new Set(regions.map((r) => r.id));
  const observations = readObservations(
    reader,
    reader.list(document['observations'], 'observations'),
    new Set(metrics.map((m) => m.id)),
    regionIds,
  );
  const events = readEvents(reader, reader.list(document['events'], 'events'), regionIds);

  const feed: { -readonly [K in keyof Feed]: Feed[K] } = { version: 1, metrics, regions, observations, events };
  if (document['title'] !== undefined) {
    const title = reader.text(document['title'], 'title');
    if (title !== undefined) feed.title = title;
  }
  if (document['updated'] !== undefined) {
    const updated = document['updated'];
    if (typeof updated === 'string' && isIsoDate(updated)) feed.updated = updated;
    else reader.warn('updated', `expected an ISO 8601 date, got ${describe(updated)}; ignored`);
  }
  if (document['source'] !== undefined) {
    const source = document['source'];
    const name = isObject(source) ? reader.text(source['name'], 'source.name') : undefined;
    if (!isObject(source)) reader.warn('source', `expected an object, got ${describe(source)}; ignored`);
    else if (name !== undefined) {
      const url = reader.url(source['url'], 'source.url');
      feed.source = url === undefined ? { name } : { name, url };
    }
  }
  return { ok: true, feed, warnings: reader.warnings };
}

/** Parses and validates feed text; text that is not JSON is a fatal problem. */
export function parseFeed(text: string): ValidationResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      fatal: { path: '$', message: `not JSON: ${(error as Error).message}` },
      warnings: [],
    };
  }
  return validateFeed(document);
}
