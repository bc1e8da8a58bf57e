// One reader per CSV file (src/cli/readers.ts): the document's part, and each cell's problem.
import { expect } from 'chai';
import { Locator } from '../../src/cli/locate.js';
import type { CliProblem } from '../../src/cli/problems.js';
import { readObservations } from '../../src/cli/observations.js';
import { readEvents, readMeta, readMetrics } from '../../src/cli/readers.js';

const codes = (problems: CliProblem[]) => problems.map(({ line, column, code }) => `${line}:${column} ${code}`);

describe('readers', () => {
  it('metrics.csv: keys in the order of FEED.md, empty cells left out', () => {
    const problems: CliProblem[] = [];
    const metrics = readMetrics(
      { file: 'metrics.csv', text: 'unit,label_az,kind,id,label_en\n,Müəllimlər,stock,teachers,Teachers\n' },
      problems,
      new Locator(),
      {},
    );
    expect(JSON.stringify(metrics)).to.equal('[{"id":"teachers","label":{"en":"Teachers","az":"Müəllimlər"},"kind":"stock"}]');
    expect(problems).to.deep.equal([]);
  });

  it('observations.csv: numbers as written, empty as null, a thousands separator reported (its probable number kept); rows sorted country first', () => {
    const problems: CliProblem[] = [];
    const regionOrder = new Map([
      ['AZ', { level: 0, index: 0 }],
      ['D1', { level: 2, index: 1 }],
    ]);
    const text = 'period,region,teachers,schools\n2024,D1,12,\n2024,AZ,"4,308",3\n';
    const rows = readObservations(
      { file: 'observations.csv', text },
      'metrics.csv',
      { usable: ['teachers', 'schools'], declared: new Set(['teachers', 'schools']) },
      regionOrder,
      problems,
      new Locator(),
      {},
    );
    expect(rows).to.deep.equal([
      { period: '2024', region: 'AZ', teachers: 4308, schools: 3 },
      { period: '2024', region: 'D1', teachers: 12, schools: null },
    ]);
    expect(codes(problems)).to.deep.equal(['3:3 number.thousands']);
  });

  it('events.csv: figures written name=number, a figure given twice and one unreadable reported', () => {
    const problems: CliProblem[] = [];
    const text = 'date,kind,title_en,figures\n2024-01-01,award,Prize,teachers=59; projects=26;teachers=1;oops\n';
    const [event] = readEvents({ file: 'events.csv', text }, problems, new Locator(), {});
    expect(event).to.deep.equal({ date: '2024-01-01', kind: 'award', title: { en: 'Prize' }, figures: { teachers: 59, projects: 26 } });
    expect(codes(problems)).to.deep.equal(['2:4 figures.duplicate', '2:4 figures.syntax']);
  });

  it('meta.csv: title and source in language order; a date written 31.12.2024 read as 2024-12-31, reported', () => {
    const problems: CliProblem[] = [];
    const text = 'field,value\ntitle_az,Proqram\ntitle_en,Programme\nupdated,31.12.2024\nsource_url,https://example.org\n';
    expect(readMeta({ file: 'meta.csv', text }, problems, new Locator(), {})).to.deep.equal({
      title: { en: 'Programme', az: 'Proqram' },
      updated: '2024-12-31',
      source: { url: 'https://example.org' },
    });
    expect(codes(problems)).to.deep.equal(['4:2 date.format']);
  });
});
