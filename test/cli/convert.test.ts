// From CSV files to a feed (src/cli/convert.ts): the document, its order and bytes, and every
// kind of mistake named by file, line and column, in English, Azerbaijani and Russian.
import { expect } from 'chai';
import { checkFeedJson, csvToFeed, serializeFeed, type ConvertResult, type CsvSources } from '../../src/cli/convert.js';
import type { Lang } from '../../src/cli/messages.js';
import { formatProblem } from '../../src/cli/problems.js';

const FILES = {
  meta: `field,value
title_en,Test programme
title_az,Test proqramı
updated,2024-12-31
source_name_en,Test office
source_url,https://example.org/source
`,
  metrics: `id,kind,label_en,label_az,label_ru,unit
teachers,stock,Teachers,Müəllimlər,Учителя,
schools,stock,Schools,Məktəblər,Школы,
projects,flow,Projects,Layihələr,Проекты,
`,
  regions: `id,level,parent,name_en,name_az
AZ,country,,Azerbaijan,Azərbaycan
north,economic-region,AZ,North,
N1,district,north,North One,
N2,district,north,North Two,
`,
  observations: `period,region,teachers,schools,projects
2024,N1,100,10,5
2023,AZ,4180,1100,600
2024,AZ,4308,1141,700
2024,N2,50,5,
`,
  events: `date,end,kind,region,title_en,title_ru,summary_en,url,figures
2022-12-19,2022-12-21,conference,N1,Regional conference,Региональная конференция,"Three days, 59 teachers",https://example.org/e,teachers=59;projects=26
2024-12,,milestone,,Selection results,,,,
`,
};

type Name = keyof typeof FILES;

/** The feed built from the fixture files, with some of them replaced (`null` leaves a file out). */
function build(changes: Partial<Record<Name, string | null>> = {}): ConvertResult {
  const source = (name: Name) => {
    const text = name in changes ? changes[name] : FILES[name];
    return text === null || text === undefined ? undefined : { file: `${name}.csv`, text };
  };
  const sources = { metrics: source('metrics')!, regions: source('regions')!, observations: source('observations')! } as CsvSources & Record<string, unknown>;
  const meta = source('meta');
  const events = source('events');
  return csvToFeed({ ...sources, ...(meta ? { meta } : {}), ...(events ? { events } : {}) });
}

const report = (result: ConvertResult, lang: Lang = 'en') => result.problems.map((problem) => formatProblem(problem, lang));

/** Asserts one problem line starts with `place` (`observations.csv:3:3`) and holds each fragment. */
function expectProblem(result: ConvertResult, place: string, ...fragments: string[]): string {
  const lines = report(result);
  const line = lines.find((candidate) => candidate.startsWith(`${place}: `) && fragments.every((fragment) => candidate.includes(fragment)));
  expect(line, `a problem at ${place} with ${JSON.stringify(fragments)} in:\n${lines.join('\n')}`).to.be.a('string');
  return line!;
}

describe('csvToFeed: a good set of files', () => {
  it('builds the document with no problems, keys in the order of FEED.md', () => {
    const result = build();
    expect(report(result)).to.deep.equal([]);
    expect(result.counts).to.deep.equal({ metrics: 3, regions: 4, observations: 4, events: 2 });
    expect(result.document).to.deep.equal({
      version: 1,
      title: { en: 'Test programme', az: 'Test proqramı' },
      updated: '2024-12-31',
      source: { name: { en: 'Test office' }, url: 'https://example.org/source' },
      metrics: [
        { id: 'teachers', label: { en: 'Teachers', az: 'Müəllimlər', ru: 'Учителя' }, kind: 'stock' },
        { id: 'schools', label: { en: 'Schools', az: 'Məktəblər', ru: 'Школы' }, kind: 'stock' },
        { id: 'projects', label: { en: 'Projects', az: 'Layihələr', ru: 'Проекты' }, kind: 'flow' },
      ],
      regions: [
        { id: 'AZ', name: { en: 'Azerbaijan', az: 'Azərbaycan' }, level: 'country' },
        { id: 'north', name: { en: 'North' }, level: 'economic-region', parent: 'AZ' },
        { id: 'N1', name: { en: 'North One' }, level: 'district', parent: 'north' },
        { id: 'N2', name: { en: 'North Two' }, level: 'district', parent: 'north' },
      ],
      observations: [
        { period: '2023', region: 'AZ', teachers: 4180, schools: 1100, projects: 600 },
        { period: '2024', region: 'AZ', teachers: 4308, schools: 1141, projects: 700 },
        { period: '2024', region: 'N1', teachers: 100, schools: 10, projects: 5 },
        { period: '2024', region: 'N2', teachers: 50, schools: 5, projects: null },
      ],
      events: [
        {
          date: '2022-12-19',
          end: '2022-12-21',
          kind: 'conference',
          region: 'N1',
          title: { en: 'Regional conference', ru: 'Региональная конференция' },
          summary: { en: 'Three days, 59 teachers' },
          url: 'https://example.org/e',
          figures: { teachers: 59, projects: 26 },
        },
        { date: '2024-12', kind: 'milestone', title: { en: 'Selection results' } },
      ],
    });
    const text = serializeFeed(result.document);
    expect(text.startsWith('{\n  "version": 1,\n  "title": {\n    "en": "Test programme",')).to.equal(true);
    expect(text.endsWith('\n  ]\n}\n')).to.equal(true);
  });

  it('gives the same bytes whatever the order of rows and columns (an unchanged feed keeps its ETag)', () => {
    const shuffled = build({
      observations: 'projects,region,period,schools,teachers\n,N2,2024,5,50\n700,AZ,2024,1141,4308\n5,N1,2024,10,100\n600,AZ,2023,1100,4180\n',
      metrics:
        'label_ru,id,unit,label_en,kind,label_az\nУчителя,teachers,,Teachers,stock,Müəllimlər\nШколы,schools,,Schools,stock,Məktəblər\nПроекты,projects,,Projects,flow,Layihələr\n',
    });
    expect(report(shuffled)).to.deep.equal([]);
    expect(serializeFeed(shuffled.document)).to.equal(serializeFeed(build().document));
  });

  it('sorts observations: the country, then economic regions, then districts; by period as dates; then by regions.csv order', () => {
    const result = build({
      observations: 'period,region,teachers\n2024,N2,1\n2024-06,N1,2\n2024,north,3\n2024,N1,4\n2023,AZ,5\n2024-12,AZ,6\n2024,AZ,7\n',
    });
    expect(report(result)).to.deep.equal([]);
    const rows = (result.document['observations'] as { period: string; region: string }[]).map((row) => `${row.region} ${row.period}`);
    expect(rows).to.deep.equal(['AZ 2023', 'AZ 2024-12', 'AZ 2024', 'north 2024', 'N1 2024-06', 'N1 2024', 'N2 2024']);
  });

  it('reads semicolon files with a BOM and CRLF line ends, as Excel writes them in az and ru locales', () => {
    const semicolons = (text: string) => `\uFEFF${text.replace(/,/g, ';').replace(/\n/g, '\r\n')}`;
    const result = build({ observations: semicolons(FILES.observations), metrics: semicolons(FILES.metrics), regions: semicolons(FILES.regions) });
    expect(report(result)).to.deep.equal([]);
    expect(serializeFeed(result.document)).to.equal(serializeFeed(build().document));
  });

  it('writes no title, source or events without meta.csv and events.csv', () => {
    const result = build({ meta: null, events: null });
    expect(report(result)).to.deep.equal([]);
    expect(Object.keys(result.document)).to.deep.equal(['version', 'metrics', 'regions', 'observations', 'events']);
    expect(result.document['events']).to.deep.equal([]);
  });

  it('builds demo/data/feed.json byte for byte from the CSV files beside it', async () => {
    const get = async (name: string) => {
      const response = await fetch(new URL(`../../demo/data/${name}`, import.meta.url));
      expect(response.ok, name).to.equal(true);
      return response.text();
    };
    const [meta, metrics, regions, observations, events, feed] = await Promise.all(
      ['meta.csv', 'metrics.csv', 'regions.csv', 'observations.csv', 'events.csv', 'feed.json'].map(get),
    );
    const result = csvToFeed({
      meta: { file: 'meta.csv', text: meta! },
      metrics: { file: 'metrics.csv', text: metrics! },
      regions: { file: 'regions.csv', text: regions! },
      observations: { file: 'observations.csv', text: observations! },
      events: { file: 'events.csv', text: events! },
    });
    expect(report(result)).to.deep.equal([]);
    expect(serializeFeed(result.document)).to.equal(feed);
  });
});

describe('csvToFeed: a wrong separator', () => {
  it('a tab-separated file: file:1:1, and the file is not read further', () => {
    const result = build({ observations: 'period\tregion\tteachers\n2024\tAZ\t1\n' });
    expect(report(result)).to.have.length(1);
    expectProblem(result, 'observations.csv:1:1', 'separated by tabs');
  });

  it('rows split on ";" under a "," header: the first such line, and how many more', () => {
    const result = build({ observations: 'period,region,teachers\n2023,AZ,1\n2024;AZ;2\n2024;N1;3\n' });
    expectProblem(result, 'observations.csv:3:1', 'separated by ";", but the header by ","', '1 more line');
    // Those rows are not also reported as having the wrong number of values.
    expect(report(result)).to.have.length(1);
  });

  it('a header with one column over rows split on ";"', () => {
    const result = build({ regions: 'id level parent name_en\nAZ;country;;Azerbaijan\n' });
    expectProblem(result, 'regions.csv:1:1', 'header line has no separator', '";"');
  });

  it('a row with more values than the header (a comma inside an unquoted value): the first extra cell', () => {
    const result = build({ observations: 'period,region,teachers\n2024,AZ,4,308\n' });
    expectProblem(result, 'observations.csv:2:4', 'has 4 values but the header has 3', 'double quotes');
  });

  it('a row with fewer values than the header: the first missing cell', () => {
    const result = build({ observations: 'period,region,teachers,schools\n2024,AZ,4308\n' });
    expectProblem(result, 'observations.csv:2:4', 'has 3 values but the header has 4');
  });

  it('a quote that is never closed', () => {
    const result = build({ events: 'date,kind,title_en\n2024-01-01,other,"Opening\n2024-02-01,other,Next\n' });
    expectProblem(result, 'events.csv:2:3', 'never closed');
  });
});

describe('csvToFeed: missing and unknown columns', () => {
  it('a missing column: the file and header line; on the look-alike column when there is one', () => {
    expectProblem(
      build({ observations: 'period,regoin,teachers\n2024,AZ,1\n' }),
      'observations.csv:1:2',
      'missing column "region"',
      'is "regoin" meant to be "region"?',
    );
    expectProblem(build({ metrics: 'id,label_en\nteachers,Teachers\n' }), 'metrics.csv:1:1', 'missing column "kind"', 'the header has: id,label_en');
  });

  it('a missing text column (no label_<language> at all)', () => {
    expectProblem(build({ regions: 'id,level,parent\nAZ,country,\n' }), 'regions.csv:1:1', 'missing column name_en', 'name_az');
  });

  it('a missing column stops that file, without a problem for every row', () => {
    const result = build({ observations: 'period,teachers\n2024,1\n2023,2\n' });
    expect(report(result)).to.have.length(1);
  });

  it('an observation column that is not a metric, with a suggestion', () => {
    const result = build({ observations: 'period,region,teacher\n2024,AZ,1\n' });
    expectProblem(result, 'observations.csv:1:3', 'teacher: the column "teacher" is not a metric in metrics.csv', 'did you mean "teachers"?');
  });

  it('an unknown column in metrics.csv, and a duplicate column', () => {
    const result = build({ metrics: 'id,kind,label_en,lable_az,kind\nteachers,stock,Teachers,x,flow\n' });
    expectProblem(result, 'metrics.csv:1:4', 'unknown column "lable_az"', 'did you mean "label_az"?');
    expectProblem(result, 'metrics.csv:1:5', 'the column "kind" appears twice');
  });

  it('an unknown field in meta.csv', () => {
    expectProblem(build({ meta: 'field,value\ntitel_en,X\n' }), 'meta.csv:2:1', 'unknown field "titel_en"', 'did you mean "title_en"?');
  });
});

describe('csvToFeed: numbers written in a locale format', () => {
  it('"4 308": a thousands separator, and what was probably meant', () => {
    const line = expectProblem(
      build({ observations: 'period,region,teachers\n2024,AZ,4 308\n' }),
      'observations.csv:2:3',
      'teachers: "4 308"',
      'thousands separator',
      'probably means 4308',
    );
    expect(line).to.include('Write numbers without separators (4308)');
  });

  it('"4.308" in a column of whole numbers: a thousands point', () => {
    expectProblem(
      build({ observations: 'period,region,teachers\n2023,AZ,4180\n2024,AZ,4.308\n' }),
      'observations.csv:3:3',
      '"4.308"',
      'thousands separator',
      'probably means 4308',
    );
  });

  it('"4.308" in a column that has decimals is a decimal, with no problem', () => {
    const result = build({ observations: 'period,region,teachers\n2023,AZ,12.5\n2024,AZ,4.308\n' });
    expect(report(result)).to.deep.equal([]);
    expect((result.document['observations'] as { teachers: number }[])[1]!.teachers).to.equal(4.308);
  });

  it('"12,5": a decimal comma (a semicolon file, az and ru locales)', () => {
    expectProblem(build({ observations: 'period;region;teachers\n2024;AZ;12,5\n' }), 'observations.csv:2:3', '"12,5"', 'decimal comma', 'probably means 12.5');
  });

  it('"4,308" in a semicolon file: probably a decimal comma, or thousands', () => {
    expectProblem(
      build({ observations: 'period;region;teachers\n2024;AZ;4,308\n' }),
      'observations.csv:2:3',
      'probably means 4.308',
      'or 4308 if the comma separates thousands',
    );
  });

  it('"4,308" quoted in a comma file: probably thousands, or a decimal comma', () => {
    expectProblem(
      build({ observations: 'period,region,teachers\n2024,AZ,"4,308"\n' }),
      'observations.csv:2:3',
      'probably means 4308',
      'or 4.308 if the comma is a decimal comma',
    );
  });

  it('a number that is none of these', () => {
    expectProblem(
      build({ observations: 'period,region,teachers\n2024,AZ,12a\n' }),
      'observations.csv:2:3',
      'expected a number, got "12a"',
      'leave the cell empty',
    );
  });

  it("numbers in an event's figures", () => {
    const result = build({ events: 'date,kind,title_en,figures\n2024-01-01,other,A,"teachers=4 308;projects=12,5"\n2024-02-01,other,B,teachers 5\n' });
    expectProblem(result, 'events.csv:2:4', 'figures: "4 308"', 'probably means 4308');
    expectProblem(result, 'events.csv:2:4', 'figures: "12,5"', 'probably means 12.5');
    expectProblem(result, 'events.csv:3:4', 'name=number', 'cannot read "teachers 5"');
  });

  it('the cell of a value in a quoted multi-line row is on its own line', () => {
    const result = build({ events: 'date,kind,title_en,summary_en,figures\n2024-01-01,other,A,"two\nlines",teachers=4 308\n' });
    expectProblem(result, 'events.csv:3:5', '"4 308"');
  });
});

describe('csvToFeed: dates', () => {
  it('a date written day first: what was probably meant', () => {
    expectProblem(build({ observations: 'period,region,teachers\n31.12.2024,AZ,1\n' }), 'observations.csv:2:1', '"31.12.2024"', 'probably means 2024-12-31');
    expectProblem(build({ events: 'date,kind,title_en\n19.12.2022,conference,A\n' }), 'events.csv:2:1', 'probably means 2022-12-19');
    expectProblem(build({ meta: 'field,value\nupdated,31.12.2024\n' }), 'meta.csv:2:2', 'probably means 2024-12-31');
  });
});

describe("csvToFeed: the validator's problems, placed on the CSV cell", () => {
  it('an unknown region and a bad period in observations.csv', () => {
    const result = build({ observations: 'period,region,teachers\n2024,XX,1\nsoon,AZ,2\n' });
    expectProblem(result, 'observations.csv:2:2', 'region: unknown region "XX"; row dropped');
    expectProblem(result, 'observations.csv:3:1', 'period: expected a period (YYYY, YYYY-MM or YYYY-MM-DD), got "soon"');
  });

  it('a duplicate row names the line of the first one', () => {
    const result = build({ observations: 'period,region,teachers\n2024,AZ,1\n2023,AZ,5\n2024,AZ,2\n' });
    expectProblem(result, 'observations.csv:4:1', 'duplicate row for period "2024" and region "AZ" (first at line 2)');
  });

  it('metrics.csv: a bad kind, a bad id', () => {
    const result = build({ metrics: 'id,kind,label_en\nteachers,Stock,Teachers\nSchools,stock,Schools\n' });
    expectProblem(result, 'metrics.csv:2:2', 'kind: expected "stock" or "flow", got "Stock"');
    expectProblem(result, 'metrics.csv:3:1', 'id: expected a slug');
  });

  it('regions.csv: an unknown parent, a bad level', () => {
    const result = build({ regions: 'id,level,parent,name_en\nAZ,country,,Azerbaijan\nN1,district,nowhere,North One\nN2,rayon,AZ,North Two\n' });
    expectProblem(result, 'regions.csv:3:3', 'parent: unknown region "nowhere"; parent ignored');
    expectProblem(result, 'regions.csv:4:2', 'level: expected "country", "economic-region" or "district", got "rayon"');
  });

  it('events.csv: a javascript: URL, an unknown kind, an end before the start, no title', () => {
    const result = build({
      events: 'date,end,kind,region,title_en,url\n2024-01-01,,prize,,A,javascript:alert(1)\n2024-02-05,2024-02-01,other,,B,\n2024-03-01,,other,,,\n',
    });
    expectProblem(result, 'events.csv:2:6', 'url: expected an http: or https: URL, got "javascript:alert(1)"');
    expectProblem(result, 'events.csv:2:3', 'kind: expected one of conference');
    expectProblem(result, 'events.csv:3:2', 'end: expected a date on or after 2024-02-05');
    expectProblem(result, 'events.csv:4:5', 'title_en: expected text');
  });

  it('meta.csv: a source URL that is not http(s)', () => {
    expectProblem(build({ meta: 'field,value\nsource_name_en,Office\nsource_url,ftp://x\n' }), 'meta.csv:3:2', 'expected an http: or https: URL');
  });

  it('problems come sorted by file (meta, metrics, regions, observations, events), line, column', () => {
    const result = build({
      observations: 'period,region,teachers\n2024,XX,1\n2023,AZ,4 308\n',
      metrics: 'id,kind,label_en\nteachers,Stock,Teachers\n',
      events: 'date,kind,title_en\n2024-01-01,prize,A\n',
    });
    expect(report(result).map((line) => line.split(': ')[0])).to.deep.equal([
      'metrics.csv:2:2',
      'observations.csv:2:2',
      'observations.csv:3:3',
      'events.csv:2:2',
    ]);
  });
});

describe('problems in Azerbaijani and Russian', () => {
  const broken = () =>
    build({
      observations: 'period;region;teachers\n2024;AZ;4 308\n2023;AZ;12,5\n2022;XX;1\n',
      regions: 'id\tlevel\nAZ\tcountry\n',
    });

  it('keep the same place, in the language asked', () => {
    const [tabs, thousands, comma] = [0, 1, 2].map((i) => broken().problems[i]!);
    expect(formatProblem(tabs!, 'az')).to.equal(
      'regions.csv:1:1: dəyərlər tabulyasiya ilə ayrılıb; faylı vergül və ya nöqtəli vergüllə ayrılan CSV kimi saxlayın',
    );
    expect(formatProblem(tabs!, 'ru')).to.equal(
      'regions.csv:1:1: значения разделены табуляцией; сохраните файл как CSV с разделителем «запятая» или «точка с запятой»',
    );
    expect(formatProblem(thousands!, 'az')).to.equal(
      'observations.csv:2:3: teachers: "4 308" minlik ayırıcı ilə yazılıb: yəqin ki, 4308 nəzərdə tutulub. Ədədləri ayırıcısız yazın (4308)',
    );
    expect(formatProblem(thousands!, 'ru')).to.equal(
      'observations.csv:2:3: teachers: «4 308» записано с разделителем тысяч: вероятно, имелось в виду 4308. Пишите числа без разделителей (4308)',
    );
    expect(formatProblem(comma!, 'ru')).to.match(/^observations\.csv:3:3: teachers: «12,5» записано с десятичной запятой: вероятно, имелось в виду 12\.5/);
  });

  it('translate the validator\'s sentences, and "first at line N"', () => {
    const result = build({ observations: 'period,region,teachers\n2024,XX,1\n2024,AZ,1\n2024,AZ,2\n' });
    expect(report(result, 'az')).to.deep.equal([
      'observations.csv:2:2: region: naməlum region "XX"; sətir atılır',
      'observations.csv:4:1: "2024" dövrü və "AZ" regionu üçün təkrar sətir (birincisi: sətir 3); sətir atılır',
    ]);
    expect(report(result, 'ru')).to.deep.equal([
      'observations.csv:2:2: region: неизвестный регион "XX"; строка отброшена',
      'observations.csv:4:1: повтор строки для периода "2024" и региона "AZ" (первая: строка 3); строка отброшена',
    ]);
  });
});

describe('checkFeedJson', () => {
  it('names problems by JSON path', () => {
    const feed = {
      version: 1,
      metrics: [{ id: 'teachers', label: 'Teachers', kind: 'stock' }],
      regions: [{ id: 'AZ', name: 'AZ', level: 'country' }],
      observations: [{ period: '2024', region: 'AZ', teachers: '12a' }],
    };
    const result = checkFeedJson('feed.json', JSON.stringify(feed));
    expect(result.readable).to.equal(true);
    expect(result.problems.map((problem) => formatProblem(problem, 'en'))).to.deep.equal([
      'feed.json: observations[0].teachers: expected a number or null, got "12a"; row dropped',
    ]);
  });

  it('text that is not JSON: unreadable, with the line and column of the mistake', () => {
    const result = checkFeedJson('feed.json', '{\n  "version": 1,\n}');
    expect(result.readable).to.equal(false);
    expect(formatProblem(result.problems[0]!, 'en')).to.match(/^feed\.json:3:1: not JSON: /);
  });

  it('a fatal problem: a missing version', () => {
    const result = checkFeedJson('feed.json', '{"metrics": []}');
    expect(result.problems.map((problem) => formatProblem(problem, 'ru'))).to.deep.equal(['feed.json: version: отсутствует; виджет читает фид версии 1']);
  });
});
