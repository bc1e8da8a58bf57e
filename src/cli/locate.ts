// Where each part of a built document came from, so that a JSON path in the validator's
// problems names a CSV cell.

import type { Problem } from '../feed/types.js';
import type { CsvRecord } from './csv.js';
import type { CliProblem, Place } from './problems.js';
import type { Table } from './table.js';

interface Section {
  readonly table: Table;
  /** The CSV record of each item, in document order. */
  readonly rows: CsvRecord[];
  /** JSON key → column index: `teachers`, `label` (the first label column), `label.en`. */
  readonly keys: Map<string, number>;
  /** Cells not on the item's row, by item and JSON key: a tidy file's values. */
  readonly cells: readonly ReadonlyMap<string, Place>[] | undefined;
}

export class Locator {
  readonly sections = new Map<string, Section>();
  /** Meta fields: JSON path (`title`, `title.en`, `source.name`, `updated`) → place. */
  readonly meta = new Map<string, Place>();
  /** The file of each section, known even when the file could not be read as a table. */
  readonly files = new Map<string, string>();
  metaFile: string | undefined;

  /** The required columns each section's file lacks (its items' problems in them only repeat that). */
  readonly missing = new Map<string, readonly string[]>();

  section(name: string, table: Table, rows: CsvRecord[], cells?: readonly ReadonlyMap<string, Place>[]): void {
    this.missing.set(name, table.missing);
    const keys = new Map<string, number>();
    for (const [name_, column] of table.index) keys.set(name_, column);
    for (const [name_, columns] of table.texts) {
      keys.set(name_, columns[0]![1]);
      for (const [lang, column] of columns) keys.set(`${name_}.${lang}`, column);
    }
    this.sections.set(name, { table, rows, keys, cells });
  }

  /** The section, CSV row and JSON key below it of an item's path (`observations[3].teachers`). */
  private item(path: string): { section: Section; row: CsvRecord; index: number; key: string | undefined } | undefined {
    const item = /^(levels|metrics|regions|observations|events)\[(\d+)\](?:\.(.*))?$/s.exec(path);
    const section = item && this.sections.get(item[1]!);
    const index = Number(item?.[2]);
    const row = section?.rows[index];
    return section && row ? { section, row, index, key: item![3] } : undefined;
  }

  /** The CSV place of a JSON path of the built document. */
  locate(path: string, fallback: string): Place {
    const item = this.item(path);
    if (item) {
      const { section, row } = item;
      const cell = item.key === undefined ? undefined : section.cells?.[item.index]?.get(item.key);
      if (cell) return cell;
      for (let key = item.key; key; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : undefined) {
        const column = section.keys.get(key);
        if (column !== undefined) return section.table.place(row, column);
      }
      return { file: section.table.file, line: row.line, column: 1 };
    }
    const name = path.replace(/\[.*$/s, '');
    const whole = this.sections.get(name);
    if (whole) return { file: whole.table.file, line: whole.table.headerLine, column: 1 };
    const file = this.files.get(name);
    if (file) return { file, line: 1, column: 1 };
    for (let key: string | undefined = path; key; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : undefined) {
      const place = this.meta.get(key);
      if (place) return place;
    }
    return { file: this.metaFile ?? fallback, path };
  }

  /**
   * A validator problem placed on its CSV cell. A duplicate row's `first` (the first row's path)
   * gets its CSV line as `firstLine`, worded "line 12" in each language (problems.ts).
   */
  place(problem: Problem, fallback: string): CliProblem {
    const { first } = problem.params;
    const firstRow = typeof first === 'string' ? this.item(first)?.row : undefined;
    const params = firstRow ? { ...problem.params, firstLine: firstRow.line } : problem.params;
    return { ...this.locate(problem.path, fallback), code: problem.code, params };
  }
}
