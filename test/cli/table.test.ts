// A CSV file read as a table against its columns (src/cli/table.ts).
import { expect } from 'chai';
import type { CliProblem } from '../../src/cli/problems.js';
import { readTable, suggest, type Layout } from '../../src/cli/table.js';

const metrics: Layout = { required: ['id', 'kind'], texts: [{ name: 'label', required: true }, { name: 'description' }], optional: ['unit'] };

function read(text: string, layout: Layout = metrics) {
  const problems: CliProblem[] = [];
  const table = readTable({ file: 'metrics.csv', text }, layout, problems, {});
  return { table, problems: problems.map(({ line, column, code, params }) => ({ line, column, code, params })) };
}

describe('readTable', () => {
  it('indexes the columns; text columns by field, English, Azerbaijani, Russian first', () => {
    const { table, problems } = read('label_ru,id,label_pt,kind,label_en\nУчителя,teachers,Professores,stock,Teachers\n');
    expect(problems).to.deep.equal([]);
    expect(table!.index.get('kind')).to.equal(3);
    expect(table!.texts.get('label')!.map(([lang]) => lang)).to.deep.equal(['en', 'ru', 'pt']);
    expect(table!.text(table!.rows[0]!, 'label')).to.deep.equal({ en: 'Teachers', ru: 'Учителя', pt: 'Professores' });
    expect(table!.place(table!.rows[0]!, 3)).to.deep.equal({ file: 'metrics.csv', line: 2, column: 4, field: 'kind' });
  });

  it('a missing column stops the file, placed on its look-alike', () => {
    const { table, problems } = read('id,knd,label_en\nteachers,stock,Teachers\n');
    expect(table).to.equal(undefined);
    expect(problems).to.deep.equal([
      { line: 1, column: 2, code: 'csv.unknown-column', params: { name: 'knd', suggestion: 'kind' } },
      { line: 1, column: 2, code: 'csv.missing-column', params: { name: 'kind', header: 'id,knd,label_en', similar: 'knd' } },
    ]);
  });

  it('an unknown column is reported with a suggestion; duplicate and unnamed columns too', () => {
    const { problems } = read('id,kind,lable_en,label_en,kind,\nteachers,stock,x,Teachers,flow,y\n');
    expect(problems.map(({ column, code, params }) => [column, code, params['name'], params['suggestion']])).to.deep.equal([
      [3, 'csv.unknown-column', 'lable_en', 'label_en'],
      [5, 'csv.duplicate-column', 'kind', undefined],
      [6, 'csv.unnamed-column', undefined, undefined],
    ]);
  });

  it('skips a row of the wrong width (reported at its first missing or extra cell); empty cells past the header do no harm', () => {
    const { table, problems } = read('id,kind,label_en\nteachers,stock\nschools,stock,Schools,,\n');
    expect(table!.rows.map((row) => row.cells)).to.deep.equal([['schools', 'stock', 'Schools']]);
    expect(problems).to.deep.equal([{ line: 2, column: 3, code: 'csv.cell-count', params: { found: 2, expected: 3, delimiter: ',' } }]);
  });
});

describe('suggest', () => {
  it('the closest name within two edits, else nothing', () => {
    expect(suggest('regoin', ['period', 'region'])).to.equal('region');
    expect(suggest('Region', ['region'])).to.equal('region');
    expect(suggest('population', ['period', 'region'])).to.equal(undefined);
  });
});
