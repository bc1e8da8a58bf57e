import { comparePeriods } from './period.js';
import type { Feed, Level, Metric, Region, Text } from './types.js';

/** A value and the period it belongs to. */
export interface Reading {
  readonly value: number;
  readonly period: string;
}

/** What a counter shows: its value (null = unknown), as of which period, and the one before. */
export interface CounterReading {
  readonly value: number | null;
  /** The period the value belongs to (for a flow total: the last period summed). */
  readonly period: string | null;
  /** The value as of the previous period with a known value, for the change. */
  readonly previous: Reading | null;
}

/**
 * Picks a Text in a language: the language itself, its base (`az` for `az-Latn`),
 * English, then the first one given.
 */
export function textIn(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const base = lang.split('-')[0]!.toLowerCase();
  return text[lang] ?? text[base] ?? text['en'] ?? Object.values(text)[0] ?? '';
}

/**
 * Read-only indexes over a validated feed, and the rules of FEED.md for picking values:
 * own rows first, then the sum of the children when all of them are known.
 */
export class FeedIndex {
  /** Every period in the observations, oldest first. */
  readonly periods: readonly string[];
  private readonly metricsById = new Map<string, Metric>();
  private readonly regionsById = new Map<string, Region>();
  private readonly childrenOf = new Map<string, Region[]>();
  /** `period` → `region` → row values. */
  private readonly rows = new Map<string, Map<string, Readonly<Record<string, number | null>>>>();
  private readonly derived = new Map<string, number | null>();

  constructor(readonly feed: Feed) {
    for (const metric of feed.metrics) this.metricsById.set(metric.id, metric);
    for (const region of feed.regions) {
      this.regionsById.set(region.id, region);
      if (region.parent === undefined) continue;
      const siblings = this.childrenOf.get(region.parent) ?? [];
      siblings.push(region);
      this.childrenOf.set(region.parent, siblings);
    }
    for (const row of feed.observations) {
      let byRegion = this.rows.get(row.period);
      if (!byRegion) this.rows.set(row.period, (byRegion = new Map<string, Readonly<Record<string, number | null>>>()));
      byRegion.set(row.region, row.values);
    }
    this.periods = [...this.rows.keys()].sort(comparePeriods);
  }

  /** The latest period in the feed, or null for a feed without observations. */
  get latestPeriod(): string | null {
    return this.periods[this.periods.length - 1] ?? null;
  }

  metric(id: string): Metric | undefined {
    return this.metricsById.get(id);
  }

  region(id: string): Region | undefined {
    return this.regionsById.get(id);
  }

  /** A level of the feed's own `levels` (undefined for a feed without them, or another id). */
  level(id: string): Level | undefined {
    return this.feed.levels?.find((level) => level.id === id);
  }

  children(id: string): readonly Region[] {
    return this.childrenOf.get(id) ?? [];
  }

  /** The country: the first region of level `country`, else the first region without a parent. */
  get country(): Region | undefined {
    return this.feed.regions.find((r) => r.level === 'country') ?? this.feed.regions.find((r) => r.parent === undefined);
  }

  /**
   * A region's value for a period: its own row's, else the sum of its children when every one is
   * known. A rate is never summed: its own row's, else (with a numerator and a denominator, and
   * always for a parent) the ratio of their values, themselves sums: FEED.md, "Rates".
   */
  value(metric: string, region: string, period: string): number | null {
    const own = this.rows.get(period)?.get(region);
    const rate = this.metricsById.get(metric);
    if (rate?.kind === 'rate') return this.rate(rate, region, period, own && Object.hasOwn(own, metric) ? own[metric]! : null);
    // Own keys only: a metric named "constructor" must not read Object.prototype's.
    if (own) return Object.hasOwn(own, metric) ? own[metric]! : null;
    const key = `${metric}\u0000${region}\u0000${period}`;
    const cached = this.derived.get(key);
    if (cached !== undefined) return cached;
    const children = this.children(region);
    let sum: number | null = children.length ? 0 : null;
    for (const child of children) {
      const value = this.value(metric, child.id, period);
      if (value === null) {
        sum = null;
        break;
      }
      sum! += value;
    }
    // A sum too large for a number is unknown, not Infinity.
    if (sum !== null && !Number.isFinite(sum)) sum = null;
    this.derived.set(key, sum);
    return sum;
  }

  /** A rate's value: for a parent, numerator / denominator × scale when both are known (else its own row's); for a leaf, its own row's first. */
  private rate({ numerator, denominator, scale = 1 }: Metric, region: string, period: string, own: number | null): number | null {
    if (!numerator || !denominator || (own !== null && !this.children(region).length)) return own;
    const over = this.value(numerator, region, period);
    const under = this.value(denominator, region, period);
    // A zero or unknown denominator has no ratio; nor has one too large for a number.
    const ratio = over !== null && under ? (over / under) * scale : NaN;
    return Number.isFinite(ratio) ? ratio : own;
  }

  /** The latest known value at or before `until` (a period), or null. */
  latest(metric: string, region: string, until?: string): Reading | null {
    for (let i = this.periods.length - 1; i >= 0; i--) {
      const period = this.periods[i]!;
      if (until !== undefined && comparePeriods(period, until) > 0) continue;
      const value = this.value(metric, region, period);
      if (value !== null) return { value, period };
    }
    return null;
  }

  /** The latest known value strictly before `period`, or null. */
  previous(metric: string, region: string, period: string): Reading | null {
    for (let i = this.periods.length - 1; i >= 0; i--) {
      const candidate = this.periods[i]!;
      if (comparePeriods(candidate, period) >= 0) continue;
      const value = this.value(metric, region, candidate);
      if (value !== null) return { value, period: candidate };
    }
    return null;
  }

  /**
   * What a counter shows. A stock or a rate: its value for `period`, else its latest.
   * A flow: its count for `period`, else the sum of every known period's count.
   */
  counter(metricId: string, region: string, period?: string): CounterReading {
    const metric = this.metric(metricId);
    if (!metric) return { value: null, period: period ?? null, previous: null };
    if (period !== undefined || metric.kind !== 'flow') {
      const at = period ?? this.latest(metricId, region)?.period;
      if (at === undefined) return { value: null, period: null, previous: null };
      return { value: this.value(metricId, region, at), period: at, previous: this.previous(metricId, region, at) };
    }
    let total: number | null = null;
    let last: Reading | null = null;
    for (const candidate of this.periods) {
      const value = this.value(metricId, region, candidate);
      if (value === null) continue;
      total = (total ?? 0) + value;
      last = { value, period: candidate };
    }
    if (total === null || last === null || !Number.isFinite(total)) return { value: null, period: null, previous: null };
    const before = this.previous(metricId, region, last.period);
    return {
      value: total,
      period: last.period,
      previous: before ? { value: total - last.value, period: before.period } : null,
    };
  }
}
