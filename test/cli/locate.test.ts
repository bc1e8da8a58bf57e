// From a JSON path of the built document back to its CSV cell (src/cli/locate.ts).
import { expect } from 'chai';
import { problem } from '../../src/feed/problems.js';
import { Locator } from '../../src/cli/locate.js';
import { readTable } from '../../src/cli/table.js';

function locator(): Locator {
  const observations = readTable(
    { file: 'observations.csv', text: 'period,region,teachers\n2024,AZ,1\n2023,AZ,2\n' },
    { required: ['period', 'region'], open: true },
    [],
    {},
  )!;
  const metrics = readTable(
    { file: 'metrics.csv', text: 'id,kind,label_en,label_az\nteachers,stock,Teachers,Müəllimlər\n' },
    { required: ['id', 'kind'], texts: [{ name: 'label' }] },
    [],
    {},
  )!;
  const located = new Locator();
  // The document's rows in another order than the file's: sorted, the 2023 row first.
  located.section('observations', observations, [observations.rows[1]!, observations.rows[0]!]);
  located.section('metrics', metrics, metrics.rows);
  located.files.set('regions', 'regions.csv');
  located.meta.set('title', { file: 'meta.csv', line: 2, column: 2 });
  return located;
}

describe('Locator', () => {
  it("a value of an item: its cell, with the column's name; the item alone: its line", () => {
    const at = locator();
    expect(at.locate('observations[0].teachers', 'x')).to.deep.equal({ file: 'observations.csv', line: 3, column: 3, field: 'teachers' });
    expect(at.locate('observations[1]', 'x')).to.deep.equal({ file: 'observations.csv', line: 2, column: 1 });
    expect(at.locate('metrics[0].label.az', 'x')).to.deep.equal({ file: 'metrics.csv', line: 2, column: 4, field: 'label_az' });
    expect(at.locate('metrics[0].label', 'x')).to.deep.equal({ file: 'metrics.csv', line: 2, column: 3, field: 'label_en' });
  });

  it('a whole section: its header; a file that could not be read: its first line; meta fields; else the JSON path', () => {
    const at = locator();
    expect(at.locate('observations', 'x')).to.deep.equal({ file: 'observations.csv', line: 1, column: 1 });
    expect(at.locate('regions', 'x')).to.deep.equal({ file: 'regions.csv', line: 1, column: 1 });
    expect(at.locate('title.en', 'x')).to.deep.equal({ file: 'meta.csv', line: 2, column: 2 });
    expect(at.locate('updated', 'metrics.csv')).to.deep.equal({ file: 'metrics.csv', path: 'updated' });
  });

  it("places a validator problem, its code and values kept; a duplicate's first row gets its CSV line", () => {
    const duplicate = problem('observations[1]', 'duplicate-row', { period: '2024', region: 'AZ', first: 'observations[0]', then: 'row dropped' });
    expect(locator().place(duplicate, 'x')).to.deep.equal({
      file: 'observations.csv',
      line: 2,
      column: 1,
      code: 'duplicate-row',
      params: { period: '2024', region: 'AZ', first: 'observations[0]', then: 'row dropped', firstLine: 3 },
    });
  });
});
