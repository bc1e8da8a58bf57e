/**
 * Writing CSV, for the feed tools' files and the widgets' downloads alike (RFC 4180 quoting).
 * What goes into a cell (a download's formula guard, a file's numbers as written) is the caller's.
 */

/** Quotes a cell when it holds the separator, a quote, a line break, or spaces at either end (which readers trim). */
export function csvCell(cell: string, delimiter: ',' | ';' = ','): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) || cell.trim() !== cell ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows as CSV text, each line ended by `lineEnd` (the last one too). */
export function csvText(rows: readonly (readonly string[])[], delimiter: ',' | ';' = ',', lineEnd = '\n'): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter) + lineEnd).join('');
}
