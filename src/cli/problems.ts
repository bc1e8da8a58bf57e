// A problem as the feed tools report it: where (file, line and column of a CSV cell, or the
// JSON path in a feed) and what (a message code and its values, worded in messages.ts).

import { message, type Lang } from './messages.js';
import type { MessageCode, Params } from './messages/template.js';

// The codes are declared with the message tables they key (messages/template.ts).
export type { CliCode, MessageCode } from './messages/template.js';

/** Where a problem is: a CSV cell (line, column: 1-based, the column counted in cells) or a JSON path. */
export interface Place {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** The column's name in the header, shown before the message. */
  readonly field?: string;
  /** The JSON path, for a problem in a JSON feed. */
  readonly path?: string;
}

/**
 * One problem: its place, a message code and the message's values. A feed problem placed on a
 * CSV file may carry `firstLine`: the line of the row its `first` names (a duplicate's first row).
 */
export interface CliProblem extends Place {
  readonly code: MessageCode;
  readonly params: Params;
}

/** The message of a problem in a language, without its place (and with `didYouMean`, a suggestion the CLI adds to a feed problem). */
export function problemMessage(problem: CliProblem, lang: Lang): string {
  const { firstLine, didYouMean } = problem.params;
  const params = firstLine === undefined ? problem.params : { ...problem.params, first: message(lang, 'line', { line: firstLine }) };
  const text = message(lang, problem.code, params);
  return didYouMean === undefined ? text : `${text} ${message(lang, 'did-you-mean', { suggestion: didYouMean })}`;
}

/**
 * A problem as one line: `observations.csv:14:3: teachers: "4 308" is written with…` for a CSV
 * cell, `feed.json: observations[12].teachers: expected…` for a JSON path.
 */
export function formatProblem(problem: CliProblem, lang: Lang): string {
  const where =
    problem.line !== undefined
      ? `${problem.file}:${problem.line}:${problem.column ?? 1}`
      : problem.path !== undefined && problem.path !== ''
        ? `${problem.file}: ${problem.path}`
        : problem.file;
  const field = problem.field ? `${problem.field}: ` : '';
  return `${where}: ${field}${problemMessage(problem, lang)}`;
}

/** Orders problems by file (in the given order, others after), then line, then column; stable. */
export function sortProblems(problems: readonly CliProblem[], files: readonly string[] = []): CliProblem[] {
  const rank = (file: string) => {
    const index = files.indexOf(file);
    return index < 0 ? files.length : index;
  };
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        rank(a.problem.file) - rank(b.problem.file) ||
        a.problem.file.localeCompare(b.problem.file) ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        (a.problem.column ?? 0) - (b.problem.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
