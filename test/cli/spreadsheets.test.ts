// Real spreadsheets (issue 14, part 5): a tidy observations.csv builds the same bytes as its
// wide twin; `.097` is read with one note per column; unknown region ids get a suggestion; a
// missing column hides nothing else; many cells with one problem are a few lines.
import { expect } from 'chai';
import { csvToFeed, serializeFeed, type ConvertResult } from '../../src/cli/convert.js';
import { formatProblem } from '../../src/cli/problems.js';
import { reportLines } from '../../src/cli/report.js';
import { editDistance, RegionSuggester } from '../../src/cli/suggest-region.js';
import { foldName } from '../../src/format/fold.js';

const metrics = {
  file: 'metrics.csv',
  text: 'id,kind,label_en,unit\nlabor_force,stock,Labour force,\nunemployed,stock,Unemployed,\nrate,stock,Unemployment rate,%\n',
};
const regions = {
  file: 'regions.csv',
  text: 'id,level,parent,name_en,name_ru\nUS,country,,United States,Соединённые Штаты\n01,economic-region,US,Alabama,Алабама\n01001,district,01,Autauga County,\n01003,district,01,Baldwin County,\nunited-kingdom,district,US,United Kingdom,Соединённое Королевство\nAZ-SAL,district,US,Salyan,Сальян\n',
};
const WIDE =
  'period,region,labor_force,unemployed,rate\n2009,01001,24000,2200,9.7\n2009,01003,83000,,8.5\n2008,01001,24500,1200,4.9\n2009,US,154000000,14300000,9.3\n';
const TIDY = [
  'metric,value,region,period',
  'rate,9.7,01001,2009',
  'labor_force,83000,01003,2009',
  'rate,4.9,01001,2008',
  'unemployed,1200,01001,2008',
  'labor_force,24000,01001,2009',
  'unemployed,2200,01001,2009',
  'rate,8.5,01003,2009',
  'labor_force,24500,01001,2008',
  'labor_force,154000000,US,2009',
  'unemployed,14300000,US,2009',
  'rate,9.3,US,2009',
].join('\n');

const build = (observations: string, more: { regions?: string; metrics?: string } = {}): ConvertResult =>
  csvToFeed({
    metrics: more.metrics === undefined ? metrics : { file: 'metrics.csv', text: more.metrics },
    regions: more.regions === undefined ? regions : { file: 'regions.csv', text: more.regions },
    observations: { file: 'observations.csv', text: observations },
  });
const lines = (result: ConvertResult) => result.problems.map((problem) => formatProblem(problem, 'en'));

describe('a tidy observations.csv (period, region, metric, value)', () => {
  it('builds the same bytes as its wide twin, whatever the order of rows and columns', () => {
    const wide = build(WIDE);
    const tidy = build(TIDY);
    expect(wide.problems).to.deep.equal([]);
    expect(tidy.problems).to.deep.equal([]);
    expect(serializeFeed(tidy.document)).to.equal(serializeFeed(wide.document));
    // A value no row gives (unemployed for 01003) is null, as the wide file's empty cell.
    expect((tidy.document['observations'] as unknown[])[3]).to.deep.equal({ period: '2009', region: '01003', labor_force: 83000, unemployed: null, rate: 8.5 });
  });

  it('semicolon files with decimal commas are read as in the wide form', () => {
    const tidy = build('period;region;metric;value\n2009;01001;rate;"9,7"\n');
    expect(lines(tidy)).to.deep.equal([
      'observations.csv:2:4: value: "9,7" is written with a decimal comma: it probably means 9.7. Write decimals with a point (9.7)',
    ]);
  });

  it('a second value for the same period, region and metric is a problem on its cell, naming the first line', () => {
    const result = build(`${TIDY}\nrate,9.8,01001,2009\n`);
    expect(lines(result)).to.deep.equal([
      'observations.csv:13:2: value: a second value of "rate" for period "2009" and region "01001" (first at line 2); the first one is used',
    ]);
  });

  it('an unknown metric (with a suggestion), an empty one; a column of its own is a note, a misspelt one a problem', () => {
    const result = build('period,region,metric,value,footnote,valeu\n2009,01001,rates,9.7,,\n2009,01001,,1,,\n');
    expect(lines(result)).to.deep.equal([
      'observations.csv:1:6: valeu: unknown column "valeu"; ignored (did you mean "value"?)',
      'observations.csv:2:3: metric: "rates" is not a metric in metrics.csv; row ignored (did you mean "rate"?)',
      'observations.csv:3:3: metric: no metric id in this row; row ignored',
    ]);
    expect(result.notes.map((note) => formatProblem(note, 'en'))).to.deep.equal([
      `observations.csv:1:5: footnote: the column "footnote" is not read (a tidy file's values are in period, region, metric and value)`,
    ]);
  });

  it('a tidy export with columns beside the values (unit, source) builds, with a note for each', () => {
    const withUnit = build(
      TIDY.split('\n')
        .map((line, i) => (i ? `${line},%,LAUS` : `${line},unit,source`))
        .join('\n'),
    );
    expect(lines(withUnit)).to.deep.equal([]);
    expect(withUnit.notes.map((note) => note.params['name'])).to.deep.equal(['unit', 'source']);
    expect(serializeFeed(withUnit.document)).to.equal(serializeFeed(build(TIDY).document));
  });

  it("a missing value column, and the validator's problems placed on the tidy cells", () => {
    expect(lines(build('period,region,metric\n2009,01001,rate\n'))[0]).to.match(/^observations\.csv:1:1: missing column "value"/);
    expect(lines(build('period,region,metric,value\n2009,1001,rate,9.7\n'))).to.deep.equal([
      'observations.csv:2:2: region: unknown region "1001"; row dropped (did you mean "01001"?)',
    ]);
  });
});

describe('numbers written .097 and -.5', () => {
  it('are read as 0.097 and -0.5, with one note per column counting its cells; the feed has no problem', () => {
    const result = build('period,region,rate,unemployed\n2009,01001,.097,-.5\n2009,01003,.085,1\n2008,01001,-.049,2\n');
    expect(result.problems).to.deep.equal([]);
    expect((result.document['observations'] as Record<string, unknown>[]).map((row) => row['rate'])).to.deep.equal([-0.049, 0.097, 0.085]);
    expect(result.notes.map((note) => formatProblem(note, 'en'))).to.deep.equal([
      'observations.csv:2:3: rate: ".097" is read as 0.097, and so are 2 more cells like it in this column (a note: nothing to fix, but a 0 before the point is clearer)',
      'observations.csv:2:4: unemployed: "-.5" is read as -0.5 (a note: nothing to fix, but a 0 before the point is clearer)',
    ]);
    expect(formatProblem(result.notes[0]!, 'ru')).to.include('прочитано как 0.097; так же — ещё 2 ячейки');
    expect(formatProblem(result.notes[0]!, 'az')).to.include('0.097 kimi oxunur');
  });
});

describe('unknown region ids: a suggestion', () => {
  const suggester = new RegionSuggester([
    { id: '01001', name: { en: 'Autauga County' } },
    { id: 'united-kingdom', name: { en: 'United Kingdom', ru: 'Соединённое Королевство' } },
    { id: 'AZ-SAL', name: { en: 'Salyan', az: 'Salyan' } },
    { id: 'AZ-NX', name: { en: 'Nakhchivan', az: 'Naxçıvan' } },
    { id: 'a', name: { en: 'Springfield' } },
    { id: 'b', name: { en: 'Springfield' } },
  ]);
  const suggest = (id: string) => suggester.suggest(JSON.stringify(id));

  it('the id with its leading zeros, the id of a name written in any language, else a near spelling', () => {
    expect(suggest('1001')).to.equal('01001');
    expect(suggest('United Kingdom')).to.equal('united-kingdom');
    expect(suggest('соединенное королевство')).to.equal('united-kingdom');
    expect(suggest('naxcivan')).to.equal('AZ-NX');
    expect(suggest('AZ-SLA')).to.equal('AZ-SAL');
    expect(suggest('Autauga Conty')).to.equal('01001');
  });

  it('nothing when nothing is close, a name is shared, or a number is not the same number', () => {
    expect(suggest('Texas')).to.equal(undefined);
    expect(suggest('Springfield')).to.equal(undefined);
    expect(suggest('1002')).to.equal(undefined);
    expect(suggest('01001')).to.equal(undefined);
  });

  it('Damerau-Levenshtein: a swap of two neighbours is one edit; names compare without case and diacritics', () => {
    expect(editDistance('sla', 'sal', 2)).to.equal(1);
    expect(editDistance('kitten', 'sitting', 5)).to.equal(3);
    expect(foldName('  Şəki–Zaqatala ')).to.equal('seki zaqatala');
  });

  it('in the report, in each language', () => {
    const result = build('period,region,rate\n2009,1001,9.7\n2009,United Kingdom,1\n');
    expect(lines(result)).to.deep.equal([
      'observations.csv:2:2: region: unknown region "1001"; row dropped (did you mean "01001"?)',
      'observations.csv:3:2: region: unknown region "United Kingdom"; row dropped (did you mean "united-kingdom"?)',
    ]);
    expect(formatProblem(result.problems[0]!, 'ru')).to.include('(может быть, «01001»?)');
    expect(formatProblem(result.problems[0]!, 'az')).to.include('("01001" nəzərdə tutulub?)');
  });
});

describe('every problem in one run', () => {
  it('a header problem in regions.csv hides neither the number cells nor the unknown regions of observations.csv', () => {
    const result = build('period,region,rate\n2009,1001,n/a\n2009,01003,4 308\n', {
      regions: 'id,levl,name_en\n01001,district,Autauga\n01003,district,Baldwin\n',
    });
    expect(lines(result)).to.deep.equal([
      'regions.csv:1:2: levl: unknown column "levl"; ignored (did you mean "level"?)',
      'regions.csv:1:2: missing column "level" (the header has: id,levl,name_en); is "levl" meant to be "level"?',
      'observations.csv:2:2: region: unknown region "1001"; row dropped (did you mean "01001"?)',
      'observations.csv:2:3: rate: expected a number, got "n/a"; leave the cell empty if the value is unknown',
      'observations.csv:3:3: rate: "4 308" is written with a thousands separator: it probably means 4308. Write numbers without separators (4308)',
    ]);
  });

  it('a metrics.csv without its kind column still names the observation columns and judges their cells', () => {
    const result = build('period,region,rate\n2009,01001,n/a\n', { metrics: 'id,label_en\nrate,Rate\n' });
    expect(lines(result)).to.deep.equal([
      'metrics.csv:1:1: missing column "kind" (the header has: id,label_en)',
      'observations.csv:2:3: rate: expected a number, got "n/a"; leave the cell empty if the value is unknown',
    ]);
  });

  it("a regions.csv that cannot be read at all: the observations' cells and periods are still judged", () => {
    const result = build('period,region,rate\n2009,01001,n/a\n20o9,01003,1\n', { regions: 'id\tlevel\tname_en\n01001\tdistrict\tAutauga\n' });
    expect(lines(result).map((line) => line.split(': ')[0])).to.deep.equal(['regions.csv:1:1', 'observations.csv:2:3', 'observations.csv:3:1']);
  });
});

describe('the same problem in many cells', () => {
  it('3,000 rows with one mistake in a column: the first three cells, then one line with how many more', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${1000 + i},${i % 2 ? '01001' : '01003'},${i}%`);
    const result = build(`period,region,rate\n${rows.slice(0, 10).join('\n')}\n`);
    expect(result.problems).to.have.length(10);
    const many = build(`period,region,metric,value\n${rows.map((row) => row.replace(/,(\d+%)$/, ',rate,$1')).join('\n')}\n`);
    expect(many.problems.length).to.be.greaterThan(3000 - 1);
    const report = reportLines(many.problems, 'en');
    expect(report.length).to.be.at.most(5);
    expect(report).to.deep.equal([
      'observations.csv:2:4: value: expected a number, got "0%"; leave the cell empty if the value is unknown',
      'observations.csv:3:4: value: expected a number, got "1%"; leave the cell empty if the value is unknown',
      'observations.csv:4:4: value: expected a number, got "2%"; leave the cell empty if the value is unknown',
      'observations.csv: … and 2997 more cells like this in column "value"',
    ]);
    expect(reportLines(many.problems, 'ru')[3]).to.equal('observations.csv: … и ещё 2997 таких ячеек в столбце «value»');
    expect(reportLines(many.problems, 'az')[3]).to.equal('observations.csv: … və "value" sütununda belə daha 2997 xana');
  });

  it('four are all shown; other columns and codes are counted apart', () => {
    const result = build('period,region,rate,unemployed\n2009,01001,x,y\n2008,01001,x,y\n2007,01001,x,y\n2006,01001,x,y\n2005,01001,x,y\n');
    const report = reportLines(result.problems, 'en');
    expect(report.filter((line) => line.includes('rate:'))).to.have.length(3);
    expect(report.filter((line) => line.includes('unemployed:'))).to.have.length(3);
    expect(report.filter((line) => line.includes('… and 2 more cells'))).to.have.length(2);
    expect(reportLines(result.problems.slice(0, 8), 'en').filter((line) => line.includes('more'))).to.have.length(0);
  });
});
