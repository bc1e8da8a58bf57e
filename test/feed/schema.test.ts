// The JSON Schema (the strict publishing contract) and validateFeed (the lenient reader) must
// agree: what the schema accepts reads with no warning, and what it rejects the validator
// reports, at the same place. The cross-reference rules a schema cannot express (unknown or
// duplicate ids, parent cycles, duplicate (period, region) rows, an event ending before it
// starts) are tested in validate.test.ts only.
import { expect } from 'chai';
import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { Problem } from '../../src/feed/types.js';
import { FeedIndex } from '../../src/feed/select.js';
import { validateFeed } from '../../src/feed/validate.js';
import { cloneFeed, smallFeed } from '../fixtures/small-feed.js';
import { rateFeed } from '../fixtures/rate-feed.js';

type Doc = ReturnType<typeof cloneFeed>;
type Row = Record<string, unknown>;

// Fetched, not imported: the test server serves .json as JSON, not as a JS module, and
// tsconfig's `module: ES2022` does not allow import attributes.
const SCHEMA_URL = new URL('../../src/feed/feed.schema.json', import.meta.url);
let schema: Schema;
let validator: Validator;

before(async () => {
  const response = await fetch(SCHEMA_URL);
  expect(response.ok, `GET ${SCHEMA_URL.pathname}`).to.equal(true);
  schema = (await response.json()) as Schema;
  validator = new Validator(schema, '2020-12', false);
});

/** A validator path (`observations[8].teachers`, `$`) as a JSON pointer (`#/observations/8/teachers`, `#`). */
function pointer(path: string): string {
  if (path === '$') return '#';
  return `#/${path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .join('/')}`;
}

function schemaErrors(doc: unknown): OutputUnit[] {
  return validator.validate(doc).errors;
}

/** Every problem the validator reports, fatal first. */
function problems(doc: unknown): Problem[] {
  const result = validateFeed(doc);
  return result.ok ? [...result.warnings] : [result.fatal, ...result.warnings];
}

function withChange(change: (doc: Doc) => void): Doc {
  const doc = cloneFeed();
  change(doc);
  return doc;
}

/** The example of FEED.md, with the region its event names added (the example leaves AZ-SMI out). */
const feedMdExample = {
  version: 1,
  title: { en: 'eTwinning in Azerbaijan', az: 'Azərbaycanda eTwinning' },
  updated: '2024-12-31',
  source: { name: 'Bureau on ICT for Education', url: 'https://example.org' },
  metrics: [
    { id: 'teachers', label: { en: 'Teachers', az: 'Müəllimlər', ru: 'Учителя' }, kind: 'stock' },
    { id: 'schools', label: { en: 'Schools', az: 'Məktəblər', ru: 'Школы' }, kind: 'stock' },
    { id: 'projects', label: { en: 'Projects', az: 'Layihələr', ru: 'Проекты' }, kind: 'stock' },
  ],
  regions: [
    { id: 'AZ', name: { en: 'Azerbaijan', az: 'Azərbaycan' }, level: 'country' },
    { id: 'shirvan-salyan', name: { en: 'Shirvan-Salyan' }, level: 'economic-region', parent: 'AZ' },
    { id: 'AZ-SAL', name: { en: 'Salyan', az: 'Salyan' }, level: 'district', parent: 'shirvan-salyan' },
    { id: 'mountainous-shirvan', name: { en: 'Mountainous Shirvan' }, level: 'economic-region', parent: 'AZ' },
    { id: 'AZ-SMI', name: { en: 'Shamakhi', az: 'Şamaxı' }, level: 'district', parent: 'mountainous-shirvan' },
  ],
  observations: [
    { period: '2013', region: 'AZ', teachers: 40, schools: 20, projects: 0 },
    { period: '2024', region: 'AZ', teachers: 4308, schools: 1141, projects: 5103 },
    { period: '2024', region: 'AZ-SAL', teachers: 61, schools: 17, projects: null },
  ],
  events: [
    {
      date: '2022-12-19',
      end: '2022-12-21',
      kind: 'conference',
      region: 'AZ-SMI',
      title: { en: 'Regional conference in Shamakhi' },
      figures: { teachers: 59, projects: 26 },
    },
  ],
};

const goodDocuments: Record<string, unknown> = {
  'the small test feed': smallFeed,
  'the example of FEED.md': feedMdExample,
  'a minimal feed': { version: 1, metrics: [{ id: 'm', label: 'M', kind: 'flow' }], regions: [], observations: [] },
  'a feed using every optional field, and plain-string Text': {
    version: 1,
    title: 'Programme <b>not bold</b>',
    updated: '2024-12-31T18:30:00.5+04:00',
    source: { name: 'Office' },
    metrics: [
      { id: 'new_teachers', label: 'New teachers', kind: 'flow', description: { en: 'Registered that month' }, unit: 'people' },
      { id: 'share-female', label: { ru: 'Доля' }, kind: 'stock', description: 'Share of women', unit: '%' },
    ],
    regions: [
      { id: 'AZ', name: 'Azerbaijan', level: 'country', geo: 'AZE' },
      { id: 'baku', name: 'Baku', level: 'economic-region', parent: 'AZ' },
      { id: 'AZ-BA', name: 'Baku city', level: 'district', parent: 'baku', geo: 'AZ-BA' },
    ],
    observations: [
      { period: '2024-06', region: 'AZ', new_teachers: 12, 'share-female': 81.5 },
      { period: '2024-06-30', region: 'AZ-BA', new_teachers: null, 'share-female': 0 },
      { period: '2024', region: 'baku', new_teachers: -1 },
      { period: '2023', region: 'AZ' },
    ],
    events: [
      { date: '2024-02-29', kind: 'award', title: 'Quality label', summary: { en: 'Ten schools', az: 'On məktəb' } },
      {
        date: '2024-05-01',
        end: '2024-05-01',
        kind: 'milestone',
        region: 'baku',
        url: 'HTTP://example.org/news?id=1#top',
        title: { en: 'Milestone' },
        figures: { new_teachers: 3, 'free name': 1.5 },
      },
      { date: '2024-09-01', kind: 'training', title: 'T', url: 'https://example.org' },
      { date: '2024-10-01', kind: 'competition', title: 'C' },
      { date: '2024-11-01', kind: 'other', title: 'O', figures: {} },
      { date: '2024-12-01', kind: 'conference', title: 'K' },
      // Events known only to the month or the year (the sample feed has such).
      { date: '2024-12', kind: 'award', title: 'Award of the year' },
      { date: '2023', end: '2024-06', kind: 'other', title: 'A long programme' },
    ],
  },
  'a feed with rates (with and without numerator and denominator), units per language and levels of its own (issue 14)': rateFeed,
  'the small feed with the built-in levels listed, labelled': withChange((doc) => {
    (doc as Row)['levels'] = [
      { id: 'country', label: 'Country' },
      { id: 'economic-region', label: { en: 'Economic region', az: 'İqtisadi rayon' } },
      { id: 'district', label: 'District' },
    ];
    (doc.metrics as Row[]).push({ id: 'per-school', label: 'Teachers per school', kind: 'rate', numerator: 'teachers', denominator: 'schools' });
  }),
  'a feed with fields version 1 does not name (kept for later versions)': withChange((doc) => {
    (doc as Row)['licence'] = 'CC-BY-4.0';
    (doc.metrics[0] as Row)['colour'] = 'teal';
  }),
};

interface BadCase {
  /** What is wrong. */
  name: string;
  doc: unknown;
  /** Where the validator reports it; the schema reports it at the same place (or, for a missing field, at its parent). */
  path: string;
}

function bad(name: string, path: string, change: (doc: Doc) => void): BadCase {
  return { name, path, doc: withChange(change) };
}

const row = (values: Row) => (doc: Doc) => (doc.observations as Row[]).push({ period: '2023', region: 'N1', ...values });
const metric = (values: Row) => (doc: Doc) => (doc.metrics as Row[]).push({ id: 'extra', label: 'Extra', kind: 'stock', ...values });
const region = (values: Row) => (doc: Doc) => (doc.regions as Row[]).push({ id: 'X', name: 'X', level: 'district', ...values });
const event = (values: Row) => (doc: Doc) => Object.assign(doc.events[0]!, values);
/** The small feed with its levels listed; the last one replaced by `last`. */
const withLevels = (last: unknown) => (doc: Doc) =>
  ((doc as Row)['levels'] = [{ id: 'country', label: 'Country' }, { id: 'economic-region', label: 'Region' }, last]);
const without = (key: string, of: (doc: Doc) => Row) => (doc: Doc) => delete of(doc)[key];

const badDocuments: BadCase[] = [
  { name: 'not an object (an array)', path: '$', doc: [smallFeed] },
  { name: 'not an object (a string)', path: '$', doc: 'feed' },
  { name: 'not an object (null)', path: '$', doc: null },
  bad('wrong version', 'version', (d) => ((d as Row)['version'] = 2)),
  bad('version as a string', 'version', (d) => ((d as Row)['version'] = '1')),
  bad(
    'no version',
    'version',
    without('version', (d) => d),
  ),
  bad(
    'no metrics',
    'metrics',
    without('metrics', (d) => d),
  ),
  bad('metrics not an array', 'metrics', (d) => ((d as Row)['metrics'] = { teachers: {} })),
  bad('an empty metrics array', 'metrics', (d) => (d.metrics = [])),
  bad('a metric that is not an object', 'metrics[3]', (d) => (d.metrics as unknown[]).push('pupils')),
  bad('a metric id that is not a slug', 'metrics[3].id', metric({ id: 'Pupils' })),
  bad('a metric id starting with a digit', 'metrics[3].id', metric({ id: '2nd' })),
  bad('a metric id with a space', 'metrics[3].id', metric({ id: 'new teachers' })),
  bad('a metric id that is a number', 'metrics[3].id', metric({ id: 7 })),
  bad(
    'a metric without an id',
    'metrics[3].id',
    without('id', (d) => (metric({})(d), d.metrics[3] as Row)),
  ),
  bad('a metric of a bad kind', 'metrics[3].kind', metric({ kind: 'level' })),
  bad(
    'a metric without a kind',
    'metrics[3].kind',
    without('kind', (d) => (metric({})(d), d.metrics[3] as Row)),
  ),
  bad('a label of a bad type (a number)', 'metrics[3].label', metric({ label: 5 })),
  bad('a label of a bad type (an array)', 'metrics[3].label', metric({ label: ['Extra'] })),
  bad(
    'a metric without a label',
    'metrics[3].label',
    without('label', (d) => (metric({})(d), d.metrics[3] as Row)),
  ),
  bad('a description of a bad type', 'metrics[3].description', metric({ description: true })),
  bad('a unit that is not a string', 'metrics[3].unit', metric({ unit: 100 })),
  bad('a unit that is an empty Text object', 'metrics[3].unit', metric({ unit: {} })),
  bad('a rate with a numerator and no denominator', 'metrics[3]', metric({ kind: 'rate', numerator: 'teachers' })),
  bad('a rate with a denominator and no numerator', 'metrics[3]', metric({ kind: 'rate', denominator: 'schools' })),
  bad('a rate whose scale is 0', 'metrics[3].scale', metric({ kind: 'rate', scale: 0 })),
  bad('a rate whose scale is a string', 'metrics[3].scale', metric({ kind: 'rate', scale: '100' })),
  bad('a numerator that is not a string', 'metrics[3].numerator', metric({ kind: 'rate', numerator: 1, denominator: 'schools' })),
  bad('a stock with a numerator and a denominator', 'metrics[3]', metric({ numerator: 'teachers', denominator: 'schools' })),
  bad('levels not an array', 'levels', (d) => ((d as Row)['levels'] = 'district')),
  bad('a level without a label', 'levels[2].label', withLevels({ id: 'district' })),
  bad('a level with an empty id', 'levels[2].id', withLevels({ id: '', label: 'District' })),
  bad('a level that is not an object', 'levels[2]', withLevels('district')),
  bad('regions not an array', 'regions', (d) => ((d as Row)['regions'] = 'AZ')),
  bad('a region that is not an object', 'regions[7]', (d) => (d.regions as unknown[]).push(null)),
  bad('a region of a bad level', 'regions[7].level', region({ level: 'province' })),
  bad(
    'a region without a level',
    'regions[7].level',
    without('level', (d) => (region({})(d), d.regions[7] as Row)),
  ),
  bad('a region with an empty id', 'regions[7].id', region({ id: '' })),
  bad('a region id that is a number', 'regions[7].id', region({ id: 12 })),
  bad(
    'a region without a name',
    'regions[7].name',
    without('name', (d) => (region({})(d), d.regions[7] as Row)),
  ),
  bad('a parent that is not a string', 'regions[7].parent', region({ parent: { id: 'AZ' } })),
  bad('a geo that is not a string', 'regions[7].geo', region({ geo: 42 })),
  bad('observations not an array', 'observations', (d) => ((d as Row)['observations'] = {})),
  bad('an observation that is not an object', 'observations[8]', (d) => (d.observations as unknown[]).push(['2023', 'N1'])),
  bad('an observation with a bad period (month 13)', 'observations[8].period', row({ period: '2024-13' })),
  bad('an observation with a bad period (day 32)', 'observations[8].period', row({ period: '2024-01-32' })),
  bad('an observation with a bad period (two digits)', 'observations[8].period', row({ period: '24' })),
  bad('an observation with a bad period (a quarter)', 'observations[8].period', row({ period: '2024-Q1' })),
  bad('an observation with a date-time period', 'observations[8].period', row({ period: '2024-01-01T00:00Z' })),
  bad('an observation with a numeric period', 'observations[8].period', row({ period: 2024 })),
  bad(
    'an observation without a period',
    'observations[8].period',
    without('period', (d) => (row({})(d), d.observations[8] as Row)),
  ),
  bad(
    'an observation without a region',
    'observations[8].region',
    without('region', (d) => (row({})(d), d.observations[8] as Row)),
  ),
  bad('an observation with a numeric region', 'observations[8].region', row({ region: 1 })),
  bad('an observation value that is a string', 'observations[8].teachers', row({ teachers: '12a' })),
  bad('an observation value that is a numeric string', 'observations[8].teachers', row({ teachers: '12' })),
  bad('an observation value that is true', 'observations[8].teachers', row({ teachers: true })),
  bad('an observation value that is an object', 'observations[8].teachers', row({ teachers: { value: 1 } })),
  bad('an observation value that is an array', 'observations[8].teachers', row({ teachers: [1] })),
  bad('events not an array', 'events', (d) => ((d as Row)['events'] = d.events[0])),
  bad('an event that is not an object', 'events[1]', (d) => (d.events as unknown[]).push('conference')),
  bad('an event of a bad kind', 'events[0].kind', event({ kind: 'party' })),
  bad(
    'an event without a kind',
    'events[0].kind',
    without('kind', (d) => d.events[0] as Row),
  ),
  bad('an event with a javascript: url', 'events[0].url', event({ url: 'javascript:alert(1)' })),
  bad('an event with a data: url', 'events[0].url', event({ url: 'data:text/html,<script>alert(1)</script>' })),
  bad('an event with a relative url', 'events[0].url', event({ url: '/news/1' })),
  bad('an event with a scheme-relative url', 'events[0].url', event({ url: '//example.org/news/1' })),
  bad('an event with a url without a host', 'events[0].url', event({ url: 'https://' })),
  bad('an event with a url that is not a string', 'events[0].url', event({ url: ['https://example.org'] })),
  bad('an event on an impossible day', 'events[0].date', event({ date: '2022-12-32' })),
  bad('an event on a date that is not ISO', 'events[0].date', event({ date: '19.12.2022' })),
  bad('an event in month 13', 'events[0].date', event({ date: '2022-13' })),
  bad('an event dated with a time', 'events[0].date', event({ date: '2022-12-19T10:00Z' })),
  bad(
    'an event without a date',
    'events[0].date',
    without('date', (d) => d.events[0] as Row),
  ),
  bad('an event whose end is not a date', 'events[0].end', event({ end: 'soon' })),
  bad(
    'an event without a title',
    'events[0].title',
    without('title', (d) => d.events[0] as Row),
  ),
  bad('an event title of a bad type', 'events[0].title', event({ title: 3 })),
  bad('an event summary of a bad type', 'events[0].summary', event({ summary: { en: 1 } })),
  bad('an event figure that is not a number', 'events[0].figures.teachers', event({ figures: { teachers: '59' } })),
  bad('an event figure that is null', 'events[0].figures.projects', event({ figures: { projects: null } })),
  bad('event figures that are an array', 'events[0].figures', event({ figures: [59, 26] })),
  bad('a source that is not an object', 'source', (d) => ((d as Row)['source'] = 'Test office')),
  bad(
    'a source without a name',
    'source.name',
    without('name', (d) => d.source as Row),
  ),
  bad('a source with a data: url', 'source.url', (d) => (d.source.url = 'data:text/plain,hello')),
  bad('a source with a javascript: url', 'source.url', (d) => (d.source.url = 'javascript:void(0)')),
  bad('a source with an ftp: url', 'source.url', (d) => (d.source.url = 'ftp://example.org/file')),
  bad('a Text object with a non-string value', 'title.az', (d) => ((d as Row)['title'] = { en: 'Programme', az: 5 })),
  bad('a Text object with a null value', 'source.name.en', (d) => ((d.source as Row)['name'] = { en: null })),
  bad('an empty Text object', 'title', (d) => ((d as Row)['title'] = {})),
  bad('a title that is a number', 'title', (d) => ((d as Row)['title'] = 2024)),
  bad('an updated that is not ISO', 'updated', (d) => (d.updated = '31.12.2024')),
  bad('an updated that is only a year', 'updated', (d) => (d.updated = '2024')),
  bad('an updated in month 13', 'updated', (d) => (d.updated = '2024-13-01')),
  bad('an updated with an impossible hour', 'updated', (d) => (d.updated = '2024-12-31T25:00Z')),
  bad('an updated with a space before the time', 'updated', (d) => (d.updated = '2024-12-31 10:00')),
  bad('an updated that is a number', 'updated', (d) => ((d as Row)['updated'] = 20241231)),
];

describe('feed.schema.json', () => {
  it('is a draft 2020-12 schema for feed version 1, with an id, a title and descriptions', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal('https://stat-widgets.dev/feed.schema.json');
    expect(schema['title']).to.be.a('string').and.not.equal('');
    expect(schema.properties!['version']).to.deep.include({ const: 1 });
    for (const [name, property] of Object.entries(schema.properties!)) {
      expect((property as Schema)['description'], name).to.be.a('string');
    }
  });

  it('requires version, metrics, regions and observations', () => {
    expect([...schema.required!].sort()).to.deep.equal(['metrics', 'observations', 'regions', 'version']);
  });
});

describe('schema and validator agree on good documents', () => {
  it('the sample feed of the demo (demo/data/feed.json): schema valid, validator ok with no warning', async () => {
    const response = await fetch(new URL('../../demo/data/feed.json', import.meta.url));
    expect(response.ok, 'GET demo/data/feed.json').to.equal(true);
    const doc: unknown = await response.json();
    expect(schemaErrors(doc), 'schema errors').to.deep.equal([]);
    const result = validateFeed(doc);
    expect(result.ok, 'validator ok').to.equal(true);
    expect(result.warnings, 'validator warnings').to.deep.equal([]);
  });

  for (const [name, doc] of Object.entries(goodDocuments)) {
    it(`${name}: schema valid, validator ok with no warning`, () => {
      expect(schemaErrors(doc), 'schema errors').to.deep.equal([]);
      const result = validateFeed(doc);
      expect(result.ok, 'validator ok').to.equal(true);
      expect(result.warnings, 'validator warnings').to.deep.equal([]);
    });
  }
});

describe('schema and validator agree on bad documents', () => {
  for (const { name, doc, path } of badDocuments) {
    it(`${name}: schema invalid and validator reports ${path}`, () => {
      const errors = schemaErrors(doc);
      const at = pointer(path);
      const parent = at.slice(0, at.lastIndexOf('/')) || '#';
      const here = errors.filter(
        (e) => e.instanceLocation === at || (e.instanceLocation === parent && e.keyword === 'required' && e.error.includes(`"${path.split('.').pop()}"`)),
      );
      expect(errors, 'schema errors').to.not.deep.equal([]);
      expect(here, `a schema error at ${at}; got ${JSON.stringify(errors.map((e) => `${e.instanceLocation} ${e.keyword}`))}`).to.not.deep.equal([]);
      const reported = problems(doc).map((p) => p.path);
      expect(reported, 'validator problems').to.include(path);
    });
  }
});

describe('where the schema is stricter than the validator, on purpose', () => {
  it('a feed without regions or observations: the schema requires them, the validator reads them as empty', () => {
    for (const key of ['regions', 'observations']) {
      const doc = withChange((d) => delete (d as Row)[key]);
      expect(
        schemaErrors(doc).some((e) => e.keyword === 'required' && e.instanceLocation === '#'),
        key,
      ).to.equal(true);
      const result = validateFeed(doc);
      expect(result.ok).to.equal(true);
      // Without regions every row names an unknown region; without observations there is nothing to report.
      if (key === 'observations') expect(result.warnings).to.deep.equal([]);
    }
  });

  it('a url the URL parser repairs (http:example.org): the schema rejects it, the validator keeps the repaired URL', () => {
    const doc = withChange((d) => (d.source.url = 'http:example.org'));
    expect(schemaErrors(doc).map((e) => e.instanceLocation)).to.include('#/source/url');
    const result = validateFeed(doc);
    expect(result.ok && result.feed.source?.url).to.equal('http://example.org/');
  });
});

describe('where the schema cannot see the problem', () => {
  // Patterns check the shape of a date, not the calendar; the validator checks the calendar.
  for (const [name, change, path] of [
    ['a period on 30 February', row({ period: '2024-02-30' }), 'observations[8].period'],
    ['a period on 29 February of a common year', row({ period: '2023-02-29' }), 'observations[8].period'],
    ['an event on 31 April', event({ date: '2022-04-31' }), 'events[0].date'],
    ['an updated on 30 February', (d: Doc) => (d.updated = '2024-02-30'), 'updated'],
    // Cross-references (issue 14): a level the feed does not list, a rate's numerator and denominator.
    ['a region of a level the feed does not list', (d: Doc) => (withLevels({ id: 'county', label: 'County' })(d), region({})(d)), 'regions[4].level'],
    ['a rate naming a metric the feed lacks', metric({ kind: 'rate', numerator: 'pupils', denominator: 'schools' }), 'metrics[3].numerator'],
    ['a rate naming itself', metric({ kind: 'rate', numerator: 'teachers', denominator: 'extra' }), 'metrics[3].denominator'],
    [
      'a rate naming a rate',
      (d: Doc) => (metric({ id: 'r', kind: 'rate' })(d), metric({ kind: 'rate', numerator: 'r', denominator: 'schools' })(d)),
      'metrics[4].numerator',
    ],
  ] as const) {
    it(`${name}: schema valid, validator reports ${path}`, () => {
      const doc = withChange(change);
      expect(schemaErrors(doc)).to.deep.equal([]);
      expect(problems(doc).map((p) => p.path)).to.include(path);
    });
  }
});

describe('docs/feed.md, the schema and the validator agree (issue 14)', () => {
  let doc = '';
  before(async () => {
    const response = await fetch(new URL('../../docs/feed.md', import.meta.url));
    expect(response.ok, 'GET docs/feed.md').to.equal(true);
    doc = await response.text();
  });

  it('every feed example on the page: schema valid, validator ok with no warning', () => {
    const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(([, json]) => JSON.parse(json!) as Row).filter((json) => 'version' in json);
    expect(examples.length, 'feed examples').to.be.greaterThanOrEqual(3);
    for (const example of examples) {
      expect(schemaErrors(example), 'schema errors').to.deep.equal([]);
      const result = validateFeed(example);
      expect(result.ok && result.warnings, JSON.stringify(example).slice(0, 60)).to.deep.equal([]);
    }
  });

  it("names every field the schema knows, every metric kind, and the rates' and levels' problem codes", () => {
    const defs = schema.$defs as Record<string, Schema>;
    const fields = [schema, defs['metric']!, defs['level']!, defs['region']!, defs['event']!].flatMap((s) => Object.keys(s.properties!));
    for (const field of fields) expect(doc, field).to.contain(`\`${field}\``);
    const kinds = (defs['metric']!.properties!['kind'] as Schema).enum as string[];
    expect(kinds).to.deep.equal(['stock', 'flow', 'rate']);
    for (const kind of kinds) expect(doc, kind).to.contain(`\`${kind}\``);
    for (const code of ['rate-unknown', 'rate-self', 'rate-of-rate', 'rate-pair', 'not-rate', 'unknown-level']) expect(doc, code).to.contain(`\`${code}\``);
  });

  it('the rates example: what the page says the values are', () => {
    const example = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(([, json]) => JSON.parse(json!) as Row).find((json) => 'levels' in json)!;
    const result = validateFeed(example);
    if (!result.ok) throw new Error(result.fatal.message);
    const feed = new FeedIndex(result.feed);
    expect(feed.value('rate', 'TX', '2009')!.toFixed(2)).to.equal('6.94');
    expect(doc).to.contain('= 6.94 %');
    expect(feed.value('rate', 'TX-A', '2009')).to.equal(6.1);
    expect(feed.value('rate', 'TX-B', '2009')!.toFixed(2)).to.equal('8.88');
    expect(feed.value('life', 'TX', '2009')).to.equal(null);
  });
});
