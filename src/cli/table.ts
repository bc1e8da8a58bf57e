// A CSV file read as a table against the columns it should have: separator problems, missing,
// unknown, duplicate and unnamed columns (with a "did you mean"), rows of the wrong width.

import { parseCsv, isOtherDelimiterRow, type CsvRecord } from './csv.js';
import type { CliProblem, Place } from './problems.js';

/** One CSV file: its name as the user gave it (used in messages) and its text. */
export interface CsvSource {
  readonly file: string;
  readonly text: string;
}

export interface ConvertOptions {
  /** Called while a large file is parsed: the file, the share read so far, the rows so far. */
  readonly onProgress?: (file: string, fraction: number, rows: number) => void;
  /** Called once every file is read, before the validator checks the document. */
  readonly onCheck?: (rows: number) => void;
}

/** Text columns are `<name>_<language>`: `label_en`, `title_az`, `name_ru`, `summary_pt-BR`. */
const TEXT_COLUMN = /^([a-z]+)_([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;
/** Languages come out in this order, then any other in alphabetical order, whatever the column order. */
const LANG_ORDER = ['en', 'az', 'ru'];

export interface Layout {
  /** Columns that must be there. */
  readonly required: readonly string[];
  /** Text fields: `<name>_<language>` columns; `required` ones need at least one language. */
  readonly texts?: readonly { readonly name: string; readonly required?: boolean }[];
  /** Columns that may be there. */
  readonly optional?: readonly string[];
  /** Any other column is allowed (observations: the metric columns). */
  readonly open?: boolean;
  /** Return the table even when it lacks a required column (`missing` says which): its other columns can still be judged. */
  readonly partial?: boolean;
}

export class Table {
  /** Column index by name (the first column of that name). */
  readonly index = new Map<string, number>();
  /** Text fields: name → [language, column index], languages in output order. */
  readonly texts = new Map<string, [string, number][]>();
  /** The header's names (trimmed), by column index. */
  readonly names: string[] = [];
  rows: CsvRecord[] = [];
  delimiter: ',' | ';' = ',';
  headerLine = 1;
  /** Required columns (and text fields) the header lacks: reported once, on the header line. */
  readonly missing: string[] = [];

  constructor(readonly file: string) {}

  /** The trimmed text of a cell, '' when the column is absent. */
  cell(row: CsvRecord, column: number | undefined): string {
    return column === undefined ? '' : (row.cells[column] ?? '').trim();
  }

  /** The place of a cell. */
  place(row: CsvRecord, column: number | undefined): Place {
    if (column === undefined) return { file: this.file, line: row.line, column: 1 };
    const name = this.names[column];
    return { file: this.file, line: row.cellLines?.[column] ?? row.line, column: column + 1, ...(name ? { field: name } : {}) };
  }

  /** A Text value from a text field's columns: an object of language → string, or undefined when all are empty. */
  text(row: CsvRecord, name: string): Record<string, string> | undefined {
    const columns = this.texts.get(name);
    if (!columns) return undefined;
    let out: Record<string, string> | undefined;
    for (const [lang, column] of columns) {
      const value = this.cell(row, column);
      if (value) (out ??= {})[lang] = value;
    }
    return out;
  }
}

/** The closest name within two edits, for "did you mean". */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance && d < Math.max(2, candidate.length / 2)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export const langRank = (lang: string) => {
  const index = LANG_ORDER.indexOf(lang);
  return index < 0 ? LANG_ORDER.length : index;
};

/**
 * Reads a CSV file against a layout: separator problems, missing, unknown, duplicate and
 * unnamed columns, rows with the wrong number of cells (skipped). Returns undefined when the
 * file cannot be read as a table at all (a wrong separator, an empty file), or lacks a required
 * column; with `layout.partial`, such a table is returned with `missing` set.
 */
export function readTable(source: CsvSource, layout: Layout, problems: CliProblem[], options: ConvertOptions): Table | undefined {
  const { file } = source;
  const csv = parseCsv(source.text, options.onProgress ? { onProgress: (fraction, rows) => options.onProgress!(file, fraction, rows) } : {});
  const table = new Table(file);
  table.delimiter = csv.delimiter;
  table.headerLine = csv.header.line;
  for (const problem of csv.problems) problems.push({ file, line: problem.line, column: problem.column, code: problem.code, params: problem.params ?? {} });
  if (
    csv.problems.some((problem) => problem.code !== 'csv.after-quote' && !(problem.code === 'csv.mixed-delimiters' && problem.params?.['header'] !== 'none'))
  ) {
    return undefined;
  }
  const header = csv.header;
  const at = (column: number): Place => ({ file, line: header.line, column: column + 1 });
  const known = new Set([...layout.required, ...(layout.optional ?? [])]);
  const textNames = new Set((layout.texts ?? []).map((text) => text.name));
  header.cells.forEach((raw, column) => {
    const name = raw.trim();
    table.names.push(name);
    if (!name) {
      if (csv.records.some((row) => (row.cells[column] ?? '').trim() !== '')) problems.push({ ...at(column), code: 'csv.unnamed-column', params: {} });
      return;
    }
    if (table.index.has(name)) {
      problems.push({ ...at(column), field: name, code: 'csv.duplicate-column', params: { name } });
      return;
    }
    table.index.set(name, column);
    const text = TEXT_COLUMN.exec(name);
    if (text && textNames.has(text[1]!)) {
      const list = table.texts.get(text[1]!) ?? [];
      list.push([text[2]!, column]);
      table.texts.set(text[1]!, list);
    } else if (!known.has(name) && !layout.open) {
      const candidates = [...known, ...[...textNames].flatMap((t) => LANG_ORDER.map((lang) => `${t}_${lang}`))];
      const suggestion = textNames.has(name) ? `${name}_en` : suggest(name, candidates);
      problems.push({ ...at(column), field: name, code: 'csv.unknown-column', params: { name, suggestion } });
    }
  });
  for (const list of table.texts.values()) list.sort(([a], [b]) => langRank(a) - langRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const headerList = table.names.filter(Boolean).join(csv.delimiter);
  // A missing column is said once; the readers leave out what every row would only repeat.
  for (const name of layout.required) {
    if (table.index.has(name)) continue;
    table.missing.push(name);
    const similar = suggest(
      name,
      table.names.filter((other) => other && !known.has(other)),
    );
    // Placed on the look-alike column when there is one ("regoin" for "region").
    const column = similar === undefined ? 1 : table.names.indexOf(similar) + 1;
    problems.push({ file, line: header.line, column, code: 'csv.missing-column', params: { name, header: headerList, similar } });
  }
  for (const text of layout.texts ?? []) {
    if (!text.required || table.texts.has(text.name)) continue;
    table.missing.push(text.name);
    problems.push({ file, line: header.line, column: 1, code: 'csv.missing-text-column', params: { name: text.name } });
  }
  if (table.missing.length && !layout.partial) return undefined;
  const width = header.cells.length;
  for (const row of csv.records) {
    let cells = row.cells.length;
    // Empty cells past the header's last column (a spreadsheet's stray formatting) do no harm.
    while (cells > width && !row.cells[cells - 1]!.trim()) cells--;
    if (cells === width) {
      table.rows.push(cells === row.cells.length ? row : { ...row, cells: row.cells.slice(0, cells) });
    } else if (!isOtherDelimiterRow(row, header, csv.delimiter)) {
      // Already reported once for the whole file when the row is split on the other separator.
      const column = Math.min(cells, width) + 1; // the first missing or first extra cell
      problems.push({
        file,
        line: row.cellLines?.[column - 1] ?? row.line,
        column,
        code: 'csv.cell-count',
        params: { found: cells, expected: width, delimiter: csv.delimiter },
      });
    }
  }
  return table;
}
