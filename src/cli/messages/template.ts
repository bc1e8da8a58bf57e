// What every language's messages are made of: a template per code, and the small helpers the
// templates use to read their values.

import type { Consequence, Expectation, ProblemCode, ValueWord } from '../../feed/problems.js';

/** A message's values: file names, counts, the raw text of a cell… */
export type Params = Readonly<Record<string, string | number | undefined>>;
export type Template = (p: Params) => string;

/**
 * The CLI's own codes: problems with files and CSV cells, and its other messages (summaries,
 * progress, usage). Each language's table (messages/en.ts, az.ts, ru.ts) is typed by them.
 */
export type CliCode =
  | 'file.missing'
  | 'file.unreadable'
  | 'file.utf16'
  | 'file.encoding'
  | 'csv.empty'
  | 'csv.tabs'
  | 'csv.mixed-delimiters'
  | 'csv.unclosed-quote'
  | 'csv.after-quote'
  | 'csv.cell-count'
  | 'csv.duplicate-column'
  | 'csv.unnamed-column'
  | 'csv.missing-column'
  | 'csv.missing-text-column'
  | 'csv.unknown-column'
  | 'csv.unknown-metric-column'
  | 'number.thousands'
  | 'number.decimal-comma'
  | 'number.invalid'
  | 'date.format'
  | 'figures.syntax'
  | 'figures.duplicate'
  | 'meta.unknown-field'
  | 'meta.duplicate-field'
  | 'json.syntax'
  | 'summary.ok'
  | 'summary.problems'
  | 'build.wrote'
  | 'build.not-written'
  | 'regions.wrote'
  | 'progress.reading'
  | 'progress.checking'
  | 'progress.writing'
  | 'usage.unknown-command'
  | 'usage.unknown-option'
  | 'usage.missing-value'
  | 'usage.bad-value'
  | 'usage.extra-argument'
  | 'line'
  // Issue 14, part 5: tidy files, notes, counted problems, suggestions, geometries.
  | 'number.leading-point'
  | 'tidy.no-metric'
  | 'tidy.unknown-metric'
  | 'tidy.unread-column'
  | 'tidy.duplicate'
  | 'more.cells'
  | 'more.lines'
  | 'more.items'
  | 'did-you-mean'
  | 'summary.notes'
  | 'geo.not-geometry'
  | 'geo.choose-object'
  | 'geo.unknown-object'
  | 'geo.no-id'
  | 'geo.duplicate-id'
  | 'geo.no-feature'
  | 'geo.no-region'
  | 'usage.geo-option';

/** Every code the tools word: their own, and the feed layer's problems (src/feed/problems.ts). */
export type MessageCode = CliCode | ProblemCode;

/** The CLI's own messages in one language: every code, or the type-check fails. */
export type CliMessages = Readonly<Record<CliCode, Template>>;

/**
 * The feed layer's problems (src/feed/problems.ts) in a language other than English: every code
 * and every word of its vocabularies, or the type-check fails. English is the feed layer's own.
 */
export interface FeedMessages {
  /** A template per problem code; `got` and `what` come in already translated, `then` is added after. */
  readonly problems: Readonly<Record<ProblemCode, Template>>;
  /** What a value should have been (`what`). */
  readonly expectations: Readonly<Record<Expectation, string>>;
  /** What was done about a problem (`then`). */
  readonly consequences: Readonly<Record<Consequence, string>>;
  /** The words the validator uses for a value that is not a string, number, boolean or null. */
  readonly values: Readonly<Record<ValueWord, string>>;
}

/** A value as text ('' when absent). */
export const s = (p: Params, key: string) => String(p[key] ?? '');
/** A value as a number (0 when absent). */
export const n = (p: Params, key: string) => Number(p[key] ?? 0);
/** `text(value)` when the value is there, else ''. */
export const maybe = (p: Params, key: string, text: (value: string) => string) => (p[key] === undefined || p[key] === '' ? '' : text(String(p[key])));
