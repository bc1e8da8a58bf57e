// What the feed tools print about many cells: the same problem in a thousand cells of a column
// is a few lines (the first cells, then how many more), and a note (`.097` read as 0.097) is
// said once per column, with how many cells it is about.

import { formatProblem, type CliProblem } from './problems.js';
import { message, type Lang } from './messages.js';
import type { MessageCode } from './messages/template.js';

/** Codes that are notes: said, but no problem (the feed is written). */
const NOTE_CODES: ReadonlySet<MessageCode> = new Set<MessageCode>(['number.leading-point', 'geo.no-region', 'tidy.unread-column']);

/** Whether a problem is a note. */
export const isNote = (problem: CliProblem) => NOTE_CODES.has(problem.code);

/** The notes among problems, one per file, column and code: the first cell's, with `more` the number of other cells. */
export function countNotes(problems: readonly CliProblem[]): CliProblem[] {
  const byColumn = new Map<string, { first: CliProblem; count: number }>();
  for (const problem of problems) {
    if (!isNote(problem)) continue;
    const key = `${problem.file}\u0000${problem.code}\u0000${problem.column ?? ''}`;
    const seen = byColumn.get(key);
    if (seen) seen.count++;
    else byColumn.set(key, { first: problem, count: 1 });
  }
  return [...byColumn.values()].map(({ first, count }) => ({ ...first, params: { ...first.params, more: count - 1 } }));
}

/** How many cells with the same problem in one column are shown in full; from one more, the rest are counted on one line. */
export const SHOWN = 3;

/** The group a problem is counted in: the same code in the same file and column (a CSV column, or a JSON path with its indexes left out). */
function groupKey(problem: CliProblem): string {
  const where =
    problem.line !== undefined ? `${problem.field ?? ''}\u0000${problem.field ? '' : (problem.column ?? '')}` : (problem.path ?? '').replace(/\[\d+\]/g, '[]');
  return `${problem.file}\u0000${problem.code}\u0000${where}`;
}

/**
 * The report's lines: each problem as formatProblem writes it, except that when more than
 * SHOWN + 1 problems share a file, a code and a column, the first SHOWN are written and then
 * one line says how many more (`… and 207 more cells like this in column "rate"`).
 */
export function reportLines(problems: readonly CliProblem[], lang: Lang): string[] {
  const sizes = new Map<string, number>();
  for (const problem of problems) sizes.set(groupKey(problem), (sizes.get(groupKey(problem)) ?? 0) + 1);
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const problem of problems) {
    const key = groupKey(problem);
    const size = sizes.get(key)!;
    const index = shown.get(key) ?? 0;
    shown.set(key, index + 1);
    if (size <= SHOWN + 1 || index < SHOWN) lines.push(formatProblem(problem, lang));
    if (size > SHOWN + 1 && index === SHOWN - 1) {
      const count = size - SHOWN;
      const more =
        problem.line === undefined
          ? message(lang, 'more.items', { count, path: (problem.path ?? '').replace(/\[\d+\]/g, '[]') })
          : problem.field
            ? message(lang, 'more.cells', { count, field: problem.field })
            : message(lang, 'more.lines', { count });
      lines.push(`${problem.file}: ${more}`);
    }
  }
  return lines;
}
