// The CSV reader of the feed tools (src/cli/csv.ts): RFC 4180 as spreadsheet programs write it,
// the separator found by itself, and the line of every record and cell.
import { expect } from 'chai';
import { decodeText, lineAndColumn, parseCsv, writeCsv } from '../../src/cli/csv.js';

const cellsOf = (text: string) => parseCsv(text).records.map((record) => record.cells);

describe('parseCsv: separators', () => {
  it('reads a comma-separated file (en locales)', () => {
    const table = parseCsv('period,region,teachers\n2024,AZ,4308\n');
    expect(table.delimiter).to.equal(',');
    expect(table.header.cells).to.deep.equal(['period', 'region', 'teachers']);
    expect(cellsOf('period,region,teachers\n2024,AZ,4308\n')).to.deep.equal([['2024', 'AZ', '4308']]);
    expect(table.problems).to.deep.equal([]);
  });

  it('reads a semicolon-separated file (az and ru locales), with commas inside values', () => {
    const table = parseCsv('period;region;teachers\n2024;AZ;12,5\n');
    expect(table.delimiter).to.equal(';');
    expect(table.records[0]!.cells).to.deep.equal(['2024', 'AZ', '12,5']);
  });

  it('takes the more frequent separator of the header, counting only outside quotes', () => {
    expect(parseCsv('"a;b;c",d,e\n1,2,3\n').delimiter).to.equal(',');
    expect(parseCsv('a;b;"c,d,e"\n1;2;3\n').delimiter).to.equal(';');
  });

  it('reports a tab-separated file at line 1, column 1, and reads nothing', () => {
    const table = parseCsv('period\tregion\tteachers\n2024\tAZ\t1\n');
    expect(table.problems).to.deep.equal([{ line: 1, column: 1, code: 'csv.tabs' }]);
    expect(table.records).to.deep.equal([]);
  });

  it('reports rows split on the other separator once, at the first such line, with how many more', () => {
    const table = parseCsv('period,region,teachers\n2024,AZ,1\n2023;AZ;2\n2022;AZ;3\n');
    expect(table.delimiter).to.equal(',');
    expect(table.problems).to.deep.equal([{ line: 3, column: 1, code: 'csv.mixed-delimiters', params: { header: ',', rows: ';', more: 1 } }]);
  });

  it('reports a header with no separator over rows that have one', () => {
    const table = parseCsv('period region teachers\n2024;AZ;1\n');
    expect(table.problems).to.deep.equal([{ line: 1, column: 1, code: 'csv.mixed-delimiters', params: { header: 'none', rows: ';', more: 0 } }]);
  });

  it('reports an empty file', () => {
    expect(parseCsv('').problems[0]!.code).to.equal('csv.empty');
    expect(parseCsv('\uFEFF \n').problems[0]!.code).to.equal('csv.empty');
  });
});

describe('parseCsv: quotes, line ends and lines', () => {
  it('strips a BOM and reads CRLF, LF and lone CR line ends', () => {
    const table = parseCsv('\uFEFFa,b\r\n1,2\r\n3,4\r5,6\n7,8');
    expect(table.header.cells).to.deep.equal(['a', 'b']);
    expect(table.records.map((record) => [record.line, ...record.cells])).to.deep.equal([
      [2, '1', '2'],
      [3, '3', '4'],
      [4, '5', '6'],
      [5, '7', '8'],
    ]);
  });

  it('reads RFC 4180 quotes: separators, doubled quotes and line breaks inside a quoted value', () => {
    const table = parseCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\n1,2,3\n');
    expect(table.records[0]!.cells).to.deep.equal(['x, y', 'say "hi"', 'two\nlines']);
    // The record after a two-line value starts on line 4.
    expect(table.records[1]!.line).to.equal(4);
  });

  it('gives each cell its own line when a quoted value spans lines', () => {
    const table = parseCsv('a,b,c\n"one\r\ntwo\nthree",x,y\n');
    const record = table.records[0]!;
    expect(record.line).to.equal(2);
    expect(record.cellLines).to.deep.equal([2, 4, 4]);
  });

  it('skips blank records, also rows of empty cells that spreadsheets write (;;;)', () => {
    expect(cellsOf('a;b\n\n1;2\n;\n  ;  \n3;4\n')).to.deep.equal([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty cells, also a last one after a final separator', () => {
    expect(cellsOf('a,b,c\n1,,\n,,3')).to.deep.equal([
      ['1', '', ''],
      ['', '', '3'],
    ]);
  });

  it('reports a quote that is never closed at the line and cell where it opens', () => {
    const table = parseCsv('a,b,c\n1,2,3\n4,"5,6\n7,8,9\n');
    expect(table.problems).to.deep.equal([{ line: 3, column: 2, code: 'csv.unclosed-quote' }]);
  });

  it('reports text after a closing quote, and keeps it', () => {
    const table = parseCsv('a,b\n"x"y,2\n');
    expect(table.problems).to.deep.equal([{ line: 2, column: 1, code: 'csv.after-quote' }]);
    expect(table.records[0]!.cells).to.deep.equal(['xy', '2']);
  });

  it('reports progress every 5,000 records', () => {
    const calls: [number, number][] = [];
    const text = `a,b\n${'1,2\n'.repeat(12000)}`;
    parseCsv(text, { onProgress: (fraction, records) => calls.push([fraction, records]) });
    expect(calls.map(([, records]) => records)).to.deep.equal([5000, 10000]);
    expect(calls[0]![0]).to.be.within(0.3, 0.5);
  });
});

describe('writeCsv', () => {
  it('quotes only what needs it, ends every line with LF, and reads back the same', () => {
    const rows = [
      ['id', 'name_en', 'note'],
      ['AZ', 'Azerbaijan', 'a "quoted" word, and a comma'],
      ['x', ' padded ', 'two\nlines'],
    ];
    const text = writeCsv(rows);
    expect(text).to.equal('id,name_en,note\nAZ,Azerbaijan,"a ""quoted"" word, and a comma"\nx," padded ","two\nlines"\n');
    const back = parseCsv(text);
    expect([back.header.cells, ...back.records.map((record) => record.cells)]).to.deep.equal(rows);
  });

  it('writes a semicolon file with a BOM for Excel', () => {
    expect(writeCsv([['a', 'b;c']], ';', true)).to.equal('\uFEFFa;"b;c"\n');
  });
});

describe('decodeText', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('decodes UTF-8 with or without a BOM', () => {
    expect(decodeText(utf8('Azərbaycan'))).to.deep.equal({ text: 'Azərbaycan' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Баку')]))).to.deep.equal({ text: 'Баку' });
  });

  it('refuses UTF-16 (Excel\'s "Unicode text")', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x61, 0))).to.deep.equal({ error: 'utf16' });
  });

  it('names the line and column of the first byte that is not UTF-8 (a Windows-1251 file)', () => {
    // "id,name\nAZ,Баку" with Б in Windows-1251 (0xC1) on line 2, after "AZ,".
    const text = new Uint8Array([...utf8('id,name\nAZ,'), 0xc1, 0xe0, 0xea, 0xf3]);
    expect(decodeText(text)).to.deep.equal({ error: 'encoding', line: 2, column: 4 });
  });

  it('lineAndColumn counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).to.deep.equal({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).to.deep.equal({ line: 2, column: 2 });
  });
});
