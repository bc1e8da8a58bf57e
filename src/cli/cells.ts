// Numbers and dates in spreadsheet cells, and what a publisher probably meant when a cell is
// not written the way the feed wants it: "4 308" (a thousands separator, as ru and az locales
// group digits), "4.308" (az and de group with a point), "12,5" (a decimal comma), "31.12.2024".

import { parsePeriod } from '../feed/period.js';
import type { CsvRecord } from './csv.js';
import type { CliProblem, Place } from './problems.js';
import type { Table } from './table.js';

/** What a number cell holds. `probably` is the number it most likely means; `otherwise` a second reading. */
export type NumberReading =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'thousands'; readonly probably: number; readonly otherwise?: number }
  | { readonly kind: 'decimal-comma'; readonly probably: number; readonly otherwise?: number }
  /** `.097`, `-.5`: a number with no digit before its point, as R, SAS and spreadsheets export them (read, with a note). */
  | { readonly kind: 'leading-point'; readonly value: number }
  | { readonly kind: 'not-a-number' };

/** What the rest of the file tells about a cell. */
export interface NumberContext {
  /** The file's separator: a `;` file comes from a locale with a decimal comma (az, ru). */
  readonly delimiter: ',' | ';';
  /** Whether the column holds plain decimals (`12.5`, `0.125`): then `4.308` is read as a decimal too. */
  readonly decimals: boolean;
}

const PLAIN = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
/** Digits grouped by a space (also no-break, narrow no-break and thin spaces) or an apostrophe. */
const SPACE_GROUPED = /^(-?\d{1,3}(?:[ \u00a0\u202f\u2009'’]\d{3})+)(?:[.,](\d+))?$/;
/** `1.234` or `1.234.567`, with an optional decimal comma: `1.234,5`. */
const POINT_GROUPED = /^(-?[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;
/** `1,234` or `1,234,567`, with an optional decimal point: `1,234.5`. */
const COMMA_GROUPED = /^(-?[1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;
const LEADING_POINT = /^[-+]?\.\d+([eE][+-]?\d+)?$/;

const digits = (grouped: string) => grouped.replace(/[^\d-]/g, '');
const join = (whole: string, fraction: string | undefined) => Number(fraction === undefined ? whole : `${whole}.${fraction}`);

/**
 * Whether a column's cells include a plain decimal that cannot be a thousands group
 * (`12.5`, `0.308`, `1234.5`): then `4.308` in that column is a decimal, not 4308.
 */
export function hasDecimals(cells: Iterable<string>): boolean {
  for (const raw of cells) {
    const cell = raw.trim();
    if (((PLAIN.test(cell) && !POINT_GROUPED.test(cell)) || LEADING_POINT.test(cell)) && cell.includes('.')) return true;
  }
  return false;
}

/**
 * Reads a number cell. A plain number (`4308`, `-2`, `12.5`, `1e6`) is a number and an empty
 * cell is empty; a number in a locale's format is recognised and its probable value given.
 */
export function readNumber(raw: string, context: NumberContext): NumberReading {
  const cell = raw.trim();
  if (cell === '') return { kind: 'empty' };
  let match: RegExpExecArray | null;
  if ((match = POINT_GROUPED.exec(cell))) {
    const [, whole, fraction] = match;
    // One group and no decimal comma ("4.308") is a decimal number unless the column has no decimals.
    const oneGroup = whole!.split('.').length === 2 && fraction === undefined;
    if (oneGroup && context.decimals) return { kind: 'number', value: Number(cell) };
    return { kind: 'thousands', probably: join(digits(whole!), fraction) };
  }
  if (PLAIN.test(cell)) return { kind: 'number', value: Number(cell) };
  if ((match = SPACE_GROUPED.exec(cell))) return { kind: 'thousands', probably: join(digits(match[1]!), match[2]) };
  if ((match = COMMA_GROUPED.exec(cell))) {
    const [, whole, fraction] = match;
    const grouped = join(digits(whole!), fraction);
    // "4,308": a decimal comma in a semicolon file (az, ru locales), a thousands comma in a comma file.
    if (whole!.split(',').length === 2 && fraction === undefined) {
      const decimal = Number(cell.replace(',', '.'));
      return context.delimiter === ';'
        ? { kind: 'decimal-comma', probably: decimal, otherwise: grouped }
        : { kind: 'thousands', probably: grouped, otherwise: decimal };
    }
    return { kind: 'thousands', probably: grouped };
  }
  if (LEADING_POINT.test(cell)) return { kind: 'leading-point', value: Number(cell) };
  if (DECIMAL_COMMA.test(cell)) return { kind: 'decimal-comma', probably: Number(cell.replace(',', '.')) };
  return { kind: 'not-a-number' };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The period a date cell probably means when it is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`:
 * `31.12.2024` and `31/12/2024` (day first, as az and ru write dates), `12/31/2024` (when the
 * day cannot be a month), `2024/12/31`, `2024.12.31`, `12.2024`. Undefined when unclear.
 */
export function probablePeriod(raw: string): string | undefined {
  const cell = raw.trim();
  if (parsePeriod(cell)) return undefined;
  const check = (period: string) => (parsePeriod(period) ? period : undefined);
  let match = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/.exec(cell);
  if (match) return check(`${match[1]}-${pad(+match[2]!)}-${pad(+match[3]!)}`);
  match = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/.exec(cell);
  if (match) {
    const [a, b, year] = [+match[1]!, +match[3]!, match[4]!];
    // Day first, unless that is impossible and month first is not (a US-style date).
    if (a > 12 || b <= 12) return check(`${year}-${pad(b)}-${pad(a)}`);
    return check(`${year}-${pad(a)}-${pad(b)}`);
  }
  match = /^(\d{1,2})[./](\d{4})$/.exec(cell);
  if (match) return check(`${match[2]}-${pad(+match[1]!)}`);
  match = /^(\d{4})[./](\d{1,2})$/.exec(cell);
  if (match) return check(`${match[1]}-${pad(+match[2]!)}`);
  return undefined;
}

/**
 * A number reading as the feed stores it: the number, null when empty, or a problem at `place`
 * (and the probable number, so that checks go on). `.097` is read, with a note (convert.ts
 * counts the notes of a column into one).
 */
export function numberReading(reading: NumberReading, raw: string, place: Place, problems: CliProblem[]): number | null {
  switch (reading.kind) {
    case 'number':
      return reading.value;
    case 'empty':
      return null;
    case 'leading-point':
      problems.push({ ...place, code: 'number.leading-point', params: { raw, value: reading.value } });
      return reading.value;
    case 'thousands':
    case 'decimal-comma':
      problems.push({ ...place, code: `number.${reading.kind}`, params: { raw, probably: reading.probably, otherwise: reading.otherwise } });
      return reading.probably;
    default:
      problems.push({ ...place, code: 'number.invalid', params: { raw } });
      return null;
  }
}

/** A number cell of a table: see numberReading. */
export function numberCell(table: Table, row: CsvRecord, column: number, context: NumberContext, problems: CliProblem[]): number | null {
  const raw = table.cell(row, column);
  return numberReading(readNumber(raw, context), raw, table.place(row, column), problems);
}

/** A period or date cell: written as it is, or (with a problem) as the period it probably means. */
export function periodCell(
  table: Table,
  row: CsvRecord,
  column: number | undefined,
  problems: CliProblem[],
  cache?: Map<string, string | undefined>,
): string | undefined {
  const raw = table.cell(row, column);
  if (!raw) return undefined;
  // A file repeats a few periods many times: each distinct one is looked at once.
  let probably = cache?.get(raw);
  if (probably === undefined && !cache?.has(raw)) {
    probably = probablePeriod(raw);
    cache?.set(raw, probably);
  }
  if (probably === undefined) return raw;
  problems.push({ ...table.place(row, column), code: 'date.format', params: { raw, probably } });
  return probably;
}
