// Every sentence the feed layer says, in English, made here and only here: the validator, the
// loaders' errors and the map's geometry warnings report a code and its values, and this module
// words them. The command-line tools word the same codes in Azerbaijani and Russian
// (src/cli/messages/), with tables typed by these codes, so a new code without a translation
// fails the type-check.

/**
 * The English of each code; `{name}` stands for the value of `params.name`: `got` a value as
 * describe() writes it, `what` an Expectation, `then` a Consequence.
 */
const TEXT = {
  expected: 'expected {what}, got {got}',
  end: 'expected a date on or after {date}, got {got}',
  'unknown-region': 'unknown region {got}',
  'unknown-metric': 'unknown metric "{id}"',
  'duplicate-metric': 'duplicate metric id "{id}"',
  'duplicate-region': 'duplicate region id "{id}"',
  'duplicate-row': 'duplicate row for period "{period}" and region "{region}" (first at {first})',
  'own-ancestor': 'region "{id}" is its own ancestor',
  'unknown-level': "expected one of the feed's levels ({levels}), got {got}",
  'duplicate-level': 'duplicate level id "{id}"',
  // A rate's numerator and denominator (docs/feed.md, "Rates"); `ref` is the metric named.
  'rate-pair': 'a rate needs a numerator and a denominator, or neither',
  'rate-unknown': 'no metric "{ref}" in the feed',
  'rate-self': 'a rate cannot be its own numerator or denominator',
  'rate-of-rate': '"{ref}" is a rate: a ratio of sums needs metrics that add up',
  'not-rate': 'numerator, denominator and scale are for rates only',
  'no-title': 'an event needs a title',
  'no-version': 'missing; this widget reads feed version 1',
  version: 'unsupported feed version {got}; this widget reads version 1',
  'no-metric': 'the feed has no usable metric',
  json: 'not JSON: {error}',
  // The map's geometry against the feed (FEED.md, "Map geometry").
  'no-shape': 'no shape "{id}" in "{object}"',
  'no-feature-region': 'no region "{id}" in the feed',
  // Loading (LoadError); `url` names the address.
  network: 'Could not load {url}: {reason}',
  timeout: 'Could not load {url}: no answer within {seconds} s',
  http: 'Could not load {url}: the server answered {status} {statusText}',
  'too-large': 'Could not load {url}: the feed is larger than the limit of {limit} bytes',
  'not-feed': '{url} is not a usable feed: {path}: {problem}',
  'not-topology': '{url} is not a TopoJSON topology',
} as const;

/** Every problem the feed layer reports. */
export type ProblemCode = keyof typeof TEXT;

// Two vocabularies are their own English: what a value should have been, and what was done about
// it. As codes with a table of their English they cost every widget's path 250 bytes gzipped
// (measured); typed, a translation still cannot be missing (src/cli/messages/).

/** What a value should have been (`params.what` of an `expected` problem). */
export type Expectation =
  | 'a string'
  | 'text (a string or an object of language → string)'
  | 'an http: or https: URL'
  | 'a region id'
  | 'a non-empty string'
  | 'a slug ([a-z][a-z0-9_-]*)'
  | '"stock" or "flow"'
  | '"country", "economic-region" or "district"'
  | 'a period (YYYY, YYYY-MM or YYYY-MM-DD)'
  | 'a number or null'
  | 'a date (YYYY-MM-DD)'
  | 'one of conference, training, award, competition, milestone, other'
  | 'a number'
  | 'a positive number'
  | 'a metric id'
  | 'an object of numbers'
  | 'an ISO 8601 date'
  | 'an object'
  | 'an array'
  | 'a feed object'
  | 'an array of metrics';

/** What was done about a problem (`params.then`). */
export type Consequence =
  | 'dropped'
  | 'ignored'
  | 'row dropped'
  | 'metric dropped'
  | 'region dropped'
  | 'event dropped'
  | 'parent ignored'
  | 'read as "stock"'
  | 'read as "other"'
  | 'numerator and denominator ignored'
  | 'the first one is used'
  | 'not drawn'
  | 'drawn as "no data"';
/** The words describe() uses for a value that is not a string, number, boolean or null. */
export type ValueWord = 'nothing' | 'an array' | 'an object';

/** A problem's values: `got` (a value as describe() writes it), `then` (a Consequence), ids, paths, numbers. */
export type ProblemParams = Readonly<Record<string, string | number | undefined>>;

/** A problem found in a feed (or its geometry), named by its JSON path (`observations[12].teachers`). */
export interface Problem {
  readonly path: string;
  /** What is wrong, for code to act on and the command-line tools to translate (src/feed/problems.ts). */
  readonly code: ProblemCode;
  readonly params: ProblemParams;
  /** The problem in English, made from `code` and `params` by problemText(). */
  readonly message: string;
}

/** The English sentence of a problem code and its values (and `; <then>` when one is given). */
export function problemText(code: ProblemCode, params: ProblemParams = {}): string {
  const { then } = params;
  return (TEXT[code] + (then ? '; {then}' : '')).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')).trimEnd();
}

/** A problem at a path, with its English message. */
export const problem = (path: string, code: ProblemCode, params: ProblemParams = {}): Problem => ({
  path,
  code,
  params,
  message: problemText(code, params),
});

/** Describes a value for a message: `"12a"`, `true`, `an array`, `nothing`. */
export function describe(value: unknown): string {
  return value === undefined
    ? 'nothing'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'string'
        ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
        : value && typeof value === 'object'
          ? 'an object'
          : // What JSON leaves: a number, a boolean or null.
            String(value as number | boolean | null);
}
