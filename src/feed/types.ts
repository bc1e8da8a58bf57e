import type { Problem } from './problems.js';

/** Text from the feed: a plain string, or language code → string. */
export type Text = string | Readonly<Record<string, string>>;

/**
 * `stock`: a level at the end of the period; `flow`: a count during the period; `rate`: a ratio
 * or an average, which never adds up (a parent's is its own row's, else numerator over denominator).
 */
export type MetricKind = 'stock' | 'flow' | 'rate';

/** One metric the feed reports (teachers, schools, projects…). */
export interface Metric {
  readonly id: string;
  readonly label: Text;
  readonly kind: MetricKind;
  readonly description?: Text;
  /** The unit of its values (`%`, `people`), one string or one per language. */
  readonly unit?: Text;
  /** A rate's numerator and denominator (ids of two metrics that are not rates): then its value is sum(numerator) / sum(denominator) × scale. */
  readonly numerator?: string;
  readonly denominator?: string;
  /** A rate's factor (100 for a percentage of a ratio); default 1. */
  readonly scale?: number;
}

/** A level of the region tree: one of the feed's `levels`, else `country`, `economic-region` or `district`. */
export type RegionLevel = string;

/** The levels of a feed without its own: coarsest first. */
export const DEFAULT_LEVELS: readonly string[] = ['country', 'economic-region', 'district'];

/** One level of the feed's own (`levels`): its id, as regions name it, and its name for readers. */
export interface Level {
  readonly id: string;
  readonly label: Text;
}

/** One region the feed reports on. */
export interface Region {
  readonly id: string;
  readonly name: Text;
  readonly level: RegionLevel;
  readonly parent?: string;
  /** The feature id in the map geometry; defaults to `id`. */
  readonly geo?: string;
}

/** One row: a region's values for one period (`null` = unknown, absent = unknown). */
export interface Observation {
  readonly period: string;
  readonly region: string;
  readonly values: Readonly<Record<string, number | null>>;
}

/** The kinds of programme events. */
export type EventKind = 'conference' | 'training' | 'award' | 'competition' | 'milestone' | 'other';

/** A programme event shown on timelines. */
export interface FeedEvent {
  readonly date: string;
  readonly end?: string;
  readonly title: Text;
  readonly summary?: Text;
  readonly kind: EventKind;
  readonly region?: string;
  readonly url?: string;
  readonly figures?: Readonly<Record<string, number>>;
}

/** A validated feed: every row in it is usable. */
export interface Feed {
  readonly version: 1;
  readonly title?: Text;
  readonly updated?: string;
  readonly source?: { readonly name: Text; readonly url?: string };
  readonly metrics: readonly Metric[];
  /** The feed's own levels, coarsest first; absent: DEFAULT_LEVELS. */
  readonly levels?: readonly Level[];
  readonly regions: readonly Region[];
  readonly observations: readonly Observation[];
  readonly events: readonly FeedEvent[];
}

// Declared with the codes it carries (problems.ts), so that module needs nothing from this one.
export type { Problem } from './problems.js';

/** The outcome of validating a document: a fatal problem, or a feed and its warnings. */
export type ValidationResult =
  | { readonly ok: true; readonly feed: Feed; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly fatal: Problem; readonly warnings: readonly Problem[] };
