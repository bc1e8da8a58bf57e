// CSV as spreadsheet programs write it (RFC 4180 quoting; comma or semicolon, as Excel and
// LibreOffice write it in en or az/ru locales), with the line of every record and cell.
// Strings in, records and problems out: no Node, no DOM, so the browser tests run it as is.

import { csvText } from '../format/csv.js';

/** A problem found while reading a CSV file; `code` and `params` are turned into words by messages.ts. */
export interface CsvProblem {
  readonly line: number;
  readonly column: number;
  readonly code: 'csv.tabs' | 'csv.mixed-delimiters' | 'csv.unclosed-quote' | 'csv.after-quote' | 'csv.empty';
  readonly params?: Readonly<Record<string, string | number>>;
}

/** One record: its cells, the line it starts on, and each cell's line when a quoted cell spans lines. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
  /** Only present when the record spans several lines (a quoted value with a line break). */
  readonly cellLines?: number[];
}

/** A parsed file: the header (first record), the data records (blank ones skipped), the separator. */
export interface CsvTable {
  readonly delimiter: ',' | ';';
  readonly header: CsvRecord;
  readonly records: CsvRecord[];
  /** Problems that stop the file from being read (a wrong separator, an unclosed quote). */
  readonly problems: CsvProblem[];
}

export interface CsvOptions {
  /** Called every few thousand records with the share of the text read so far and the records so far. */
  readonly onProgress?: (fraction: number, records: number) => void;
}

/** The byte-order mark that Excel writes in front of "CSV UTF-8". */
const BOM = '\uFEFF';

/** Counts `,` `;` and tabs outside quotes in the first record (the header) of `text`. */
function countSeparators(text: string, from: number): { ',': number; ';': number; '\t': number; end: number } {
  const counts = { ',': 0, ';': 0, '\t': 0, end: text.length };
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ',' || c === ';' || c === '\t') counts[c]++;
    else if (c === '\n' || c === '\r') {
      counts.end = i;
      break;
    }
  }
  return counts;
}

/** The start of the next non-empty line after `from`, or -1. */
function nextLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  while (i < text.length && (text[i] === '\n' || text[i] === '\r')) i++;
  return i < text.length ? i : -1;
}

/**
 * Picks the separator from the header: the more frequent of `,` and `;` outside quotes. A header
 * with neither (a one-column header) takes the first data line's. Tabs alone are reported.
 */
function detectDelimiter(text: string): { delimiter: ',' | ';' } | { problem: CsvProblem } {
  const header = countSeparators(text, 0);
  if (header['\t'] > Math.max(header[','], header[';'])) return { problem: { line: 1, column: 1, code: 'csv.tabs' } };
  if (header[','] !== header[';']) return { delimiter: header[','] > header[';'] ? ',' : ';' };
  const second = nextLine(text, 0);
  if (second >= 0) {
    const row = countSeparators(text, second);
    if (row[','] !== row[';']) return { delimiter: row[','] > row[';'] ? ',' : ';' };
  }
  return { delimiter: ',' };
}

/**
 * Parses CSV text: RFC 4180 quotes (`""` inside a quoted value), CRLF, LF or CR line ends, a
 * leading BOM. Blank records (no text in any cell, as Excel writes `;;;` for empty formatted
 * rows) are skipped. Cells are not trimmed here.
 */
export function parseCsv(input: string, options: CsvOptions = {}): CsvTable {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const empty: CsvRecord = { line: 1, cells: [] };
  if (!text.trim()) return { delimiter: ',', header: empty, records: [], problems: [{ line: 1, column: 1, code: 'csv.empty' }] };
  const detected = detectDelimiter(text);
  if ('problem' in detected) return { delimiter: ',', header: empty, records: [], problems: [detected.problem] };
  const { delimiter } = detected;
  const sep = delimiter.charCodeAt(0);
  const problems: CsvProblem[] = [];
  const records: CsvRecord[] = [];
  const length = text.length;
  const { onProgress } = options;
  let line = 1;
  let i = 0;
  while (i < length) {
    const startLine = line;
    const cells: string[] = [];
    let cellLines: number[] | undefined;
    let lineEnded = false;
    // One record: cells up to a line break outside quotes.
    while (!lineEnded) {
      const cellLine = line;
      let value: string;
      if (text.charCodeAt(i) === 34 /* " */) {
        const open = i;
        let out = '';
        let from = ++i;
        for (;;) {
          const quote = text.indexOf('"', i);
          if (quote < 0) {
            problems.push({ line: cellLine, column: cells.length + 1, code: 'csv.unclosed-quote' });
            out += text.slice(from);
            i = length;
            break;
          }
          if (text.charCodeAt(quote + 1) === 34) {
            out += text.slice(from, quote + 1);
            i = from = quote + 2;
            continue;
          }
          out += text.slice(from, quote);
          i = quote + 1;
          break;
        }
        // Count the line breaks inside the quotes, so later cells and records keep their lines.
        for (let k = open; k < i; k++) {
          const c = text.charCodeAt(k);
          if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) line++;
        }
        // RFC 4180 allows nothing between the closing quote and the separator; keep the text, say so.
        let rest = i;
        while (rest < length) {
          const c = text.charCodeAt(rest);
          if (c === sep || c === 10 || c === 13) break;
          rest++;
        }
        if (rest > i) {
          if (text.slice(i, rest).trim()) problems.push({ line, column: cells.length + 1, code: 'csv.after-quote' });
          out += text.slice(i, rest);
          i = rest;
        }
        value = out;
      } else {
        let end = i;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === sep || c === 10 || c === 13) break;
          end++;
        }
        value = text.slice(i, end);
        i = end;
      }
      cells.push(value);
      if (cellLine !== startLine || cellLines) {
        cellLines ??= cells.slice(0, -1).map(() => startLine);
        cellLines.push(cellLine);
      }
      if (i >= length) break;
      const c = text.charCodeAt(i);
      if (c === sep) {
        i++;
        // A separator at the very end of the text still opens one (empty) cell.
        if (i >= length) cells.push('');
        continue;
      }
      // A line break: CRLF, LF or a lone CR.
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      lineEnded = true;
    }
    if (cells.some((cell) => cell.trim() !== '')) {
      records.push(cellLines ? { line: startLine, cells, cellLines } : { line: startLine, cells });
      if (onProgress && records.length % 5000 === 0) onProgress(i / length, records.length);
    }
  }
  const [header = empty, ...rest] = records;
  return { delimiter, header, records: rest, problems: [...problems, ...mixedDelimiters(header, rest, delimiter)] };
}

/**
 * The header split on one separator, the rows on the other: every such row reads as one cell
 * holding the other separator. Reported once, with the first such line and how many more there
 * are. A header with no separator at all over rows that split is reported at the header.
 */
function mixedDelimiters(header: CsvRecord, records: CsvRecord[], delimiter: ',' | ';'): CsvProblem[] {
  if (header.cells.length === 1) {
    return records.some((record) => record.cells.length > 1)
      ? [{ line: header.line, column: 1, code: 'csv.mixed-delimiters', params: { header: 'none', rows: delimiter, more: 0 } }]
      : [];
  }
  const other = delimiter === ',' ? ';' : ',';
  const wrong = records.filter((record) => isOtherDelimiterRow(record, header, delimiter));
  if (!wrong.length) return [];
  return [{ line: wrong[0]!.line, column: 1, code: 'csv.mixed-delimiters', params: { header: delimiter, rows: other, more: wrong.length - 1 } }];
}

/** A row that reads as one cell holding the other separator, under a header of several cells. */
export function isOtherDelimiterRow(record: CsvRecord, header: CsvRecord, delimiter: ',' | ';'): boolean {
  return header.cells.length > 1 && record.cells.length === 1 && record.cells[0]!.includes(delimiter === ',' ? ';' : ',');
}

/** Writes rows as CSV: LF line ends, a final line end, optionally a BOM for Excel. */
export function writeCsv(rows: readonly (readonly string[])[], delimiter: ',' | ';' = ',', bom = false): string {
  return (bom ? BOM : '') + csvText(rows, delimiter);
}

/** Why bytes are not UTF-8 text, with the line and column of the first bad byte. */
export type DecodeResult =
  { readonly text: string } | { readonly error: 'utf16' } | { readonly error: 'encoding'; readonly line: number; readonly column: number };

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Decodes file bytes as UTF-8 (with or without a BOM). UTF-16 (Excel's "Unicode text") and
 * other encodings (Windows-1251, Latin-1) are refused with the place of the first bad byte.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { error: 'utf16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bad; i++) {
      if (bytes[i] === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad));
    return { error: 'encoding', line, column: before.length + 1 };
  }
}

/** Line and column (1-based) of a character offset in text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
