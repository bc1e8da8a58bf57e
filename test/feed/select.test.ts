import { expect } from 'chai';
import { FeedIndex, textIn } from '../../src/feed/select.js';
import { validateFeed } from '../../src/feed/validate.js';
import { smallFeed } from '../fixtures/small-feed.js';

type Row = Record<string, unknown>;

const metrics = [
  { id: 'teachers', label: 'Teachers', kind: 'stock' },
  { id: 'projects', label: 'Projects', kind: 'flow' },
];

/** C (country) → E1 (D1, D2), E2 (D3); X stands alone with no parent and no row. */
const tree = [
  { id: 'C', name: 'Country', level: 'country' },
  { id: 'E1', name: 'East One', level: 'economic-region', parent: 'C' },
  { id: 'E2', name: 'East Two', level: 'economic-region', parent: 'C' },
  { id: 'D1', name: 'District One', level: 'district', parent: 'E1' },
  { id: 'D2', name: 'District Two', level: 'district', parent: 'E1' },
  { id: 'D3', name: 'District Three', level: 'district', parent: 'E2' },
  { id: 'X', name: 'Elsewhere', level: 'district' },
];

/** Validates a feed (which must read without a warning) and indexes it. */
function indexOf(observations: Row[], regions: Row[] = tree): FeedIndex {
  const result = validateFeed({ version: 1, metrics, regions, observations });
  if (!result.ok) throw new Error(`${result.fatal.path}: ${result.fatal.message}`);
  expect(result.warnings, 'warnings').to.deep.equal([]);
  return new FeedIndex(result.feed);
}

describe('FeedIndex: periods', () => {
  it('orders unsorted periods as dates, each once', () => {
    const index = indexOf([
      { period: '2023', region: 'C', teachers: 3 },
      { period: '2021', region: 'C', teachers: 1 },
      { period: '2024-06', region: 'C', teachers: 5 },
      { period: '2022', region: 'C', teachers: 2 },
      { period: '2023-12-31', region: 'D1', teachers: 4 },
      { period: '2021', region: 'D1', teachers: 1 },
    ]);
    expect(index.periods).to.deep.equal(['2021', '2022', '2023-12-31', '2023', '2024-06']);
    expect(index.latestPeriod).to.equal('2024-06');
  });

  it('the year 2024 is later than June 2024, wherever its row is', () => {
    const index = indexOf([
      { period: '2024', region: 'C', teachers: 10 },
      { period: '2024-06', region: 'C', teachers: 6 },
      { period: '2023', region: 'C', teachers: 3 },
    ]);
    expect(index.latestPeriod).to.equal('2024');
    expect(index.latest('teachers', 'C')).to.deep.equal({ value: 10, period: '2024' });
    expect(index.previous('teachers', 'C', '2024')).to.deep.equal({ value: 6, period: '2024-06' });
  });

  it('the year 2024 is later than its last month, December 2024', () => {
    const index = indexOf([
      { period: '2024', region: 'C', teachers: 12 },
      { period: '2024-12', region: 'C', teachers: 11 },
    ]);
    expect(index.periods).to.deep.equal(['2024-12', '2024']);
    expect(index.counter('teachers', 'C')).to.deep.equal({ value: 12, period: '2024', previous: { value: 11, period: '2024-12' } });
  });

  it('a feed without observations has no latest period and no values', () => {
    const index = indexOf([]);
    expect(index.periods).to.deep.equal([]);
    expect(index.latestPeriod).to.equal(null);
    expect(index.latest('teachers', 'C')).to.equal(null);
    expect(index.counter('teachers', 'C')).to.deep.equal({ value: null, period: null, previous: null });
    expect(index.counter('projects', 'C')).to.deep.equal({ value: null, period: null, previous: null });
  });
});

describe('FeedIndex: latest and previous', () => {
  const rows = [
    { period: '2024', region: 'C', projects: 4 },
    { period: '2021', region: 'C', teachers: 5, projects: 1 },
    { period: '2023', region: 'C', teachers: null, projects: 3 },
    { period: '2022', region: 'C', teachers: 8, projects: null },
  ];

  it('the latest known value skips trailing nulls and absent values, and says its period', () => {
    const index = indexOf(rows);
    expect(index.latestPeriod).to.equal('2024');
    expect(index.latest('teachers', 'C')).to.deep.equal({ value: 8, period: '2022' });
    expect(index.latest('projects', 'C')).to.deep.equal({ value: 4, period: '2024' });
  });

  it('the latest known value at or before a period', () => {
    const index = indexOf(rows);
    expect(index.latest('teachers', 'C', '2021')).to.deep.equal({ value: 5, period: '2021' });
    expect(index.latest('teachers', 'C', '2023')).to.deep.equal({ value: 8, period: '2022' });
    expect(index.latest('projects', 'C', '2022')).to.deep.equal({ value: 1, period: '2021' });
    expect(index.latest('teachers', 'C', '2020')).to.equal(null);
  });

  it('no latest value for a region or metric that is never known', () => {
    const index = indexOf(rows);
    expect(index.latest('teachers', 'X')).to.equal(null);
    expect(index.latest('teachers', 'nowhere')).to.equal(null);
    expect(index.latest('pupils', 'C')).to.equal(null);
  });

  it('the previous known value, strictly before a period, skipping nulls', () => {
    const index = indexOf(rows);
    expect(index.previous('teachers', 'C', '2024')).to.deep.equal({ value: 8, period: '2022' });
    expect(index.previous('teachers', 'C', '2022')).to.deep.equal({ value: 5, period: '2021' });
    expect(index.previous('projects', 'C', '2024')).to.deep.equal({ value: 3, period: '2023' });
    expect(index.previous('projects', 'C', '2023')).to.deep.equal({ value: 1, period: '2021' });
    expect(index.previous('teachers', 'C', '2021')).to.equal(null);
  });
});

describe('FeedIndex: values of parent regions', () => {
  const rows = [
    // 2024: every district known → E1 = 30, E2 = 30, C = 60.
    { period: '2024', region: 'D1', teachers: 10, projects: 1 },
    { period: '2024', region: 'D2', teachers: 20, projects: 2 },
    { period: '2024', region: 'D3', teachers: 30, projects: 3 },
    // 2023: D2 unknown → E1 unknown → C unknown; E2 still known.
    { period: '2023', region: 'D1', teachers: 5 },
    { period: '2023', region: 'D2', teachers: null },
    { period: '2023', region: 'D3', teachers: 7 },
    // 2022: D2 has no row at all → E1 and C unknown.
    { period: '2022', region: 'D1', teachers: 1 },
    { period: '2022', region: 'D3', teachers: 2 },
    // 2021: E1 has its own row; E2 comes from D3 → C = 40 + 4.
    { period: '2021', region: 'E1', teachers: 40 },
    { period: '2021', region: 'D3', teachers: 4 },
    // 2025: C's own row wins over the sum of its children.
    { period: '2025', region: 'C', teachers: 999 },
    { period: '2025', region: 'D1', teachers: 1 },
    { period: '2025', region: 'D2', teachers: 1 },
    { period: '2025', region: 'D3', teachers: 1 },
    // 2026: C's own row says unknown; its children's sum does not replace it.
    { period: '2026', region: 'C', teachers: null, projects: 6 },
    { period: '2026', region: 'D1', teachers: 2, projects: 1 },
    { period: '2026', region: 'D2', teachers: 2, projects: 1 },
    { period: '2026', region: 'D3', teachers: 2, projects: 1 },
    // 2027: zeros are known values.
    { period: '2027', region: 'D1', teachers: 0 },
    { period: '2027', region: 'D2', teachers: 0 },
    { period: '2027', region: 'D3', teachers: 0 },
  ];

  it('a parent is the sum of its children when every child is known, up the tree', () => {
    const index = indexOf(rows);
    expect(index.value('teachers', 'E1', '2024')).to.equal(30);
    expect(index.value('teachers', 'E2', '2024')).to.equal(30);
    expect(index.value('teachers', 'C', '2024')).to.equal(60);
    expect(index.value('projects', 'C', '2024')).to.equal(6);
  });

  it('a parent is unknown when one child is unknown, and so is every ancestor', () => {
    const index = indexOf(rows);
    expect(index.value('teachers', 'E1', '2023')).to.equal(null);
    expect(index.value('teachers', 'E2', '2023')).to.equal(7);
    expect(index.value('teachers', 'C', '2023')).to.equal(null);
  });

  it('a parent is unknown when one child has no row for the period', () => {
    const index = indexOf(rows);
    expect(index.value('teachers', 'E1', '2022')).to.equal(null);
    expect(index.value('teachers', 'C', '2022')).to.equal(null);
    expect(index.value('teachers', 'E2', '2022')).to.equal(2);
  });

  it('a parent is unknown for a metric its children do not report', () => {
    const index = indexOf(rows);
    expect(index.value('projects', 'E1', '2023')).to.equal(null);
    expect(index.value('projects', 'C', '2023')).to.equal(null);
  });

  it("a child's own row feeds its parent", () => {
    const index = indexOf(rows);
    expect(index.value('teachers', 'E1', '2021')).to.equal(40);
    expect(index.value('teachers', 'C', '2021')).to.equal(44);
  });

  it("a parent's own row wins over the sum of its children", () => {
    const index = indexOf(rows);
    expect(index.value('teachers', 'C', '2025')).to.equal(999);
    expect(index.value('teachers', 'E1', '2025')).to.equal(2);
  });

  it("a parent's own null row is unknown, though its children are all known", () => {
    const index = indexOf(rows);
    expect(index.value('teachers', 'E1', '2026')).to.equal(4);
    expect(index.value('teachers', 'C', '2026')).to.equal(null);
    expect(index.value('projects', 'C', '2026')).to.equal(6);
  });

  it("a parent's own row without the metric is unknown for it, though its children are all known", () => {
    const index = indexOf([
      { period: '2024', region: 'E2', projects: 9 },
      { period: '2024', region: 'D3', teachers: 3 },
    ]);
    expect(index.value('teachers', 'E2', '2024')).to.equal(null);
    expect(index.value('projects', 'E2', '2024')).to.equal(9);
  });

  it('zeros add up to zero, not to unknown', () => {
    const index = indexOf(rows);
    expect(index.value('teachers', 'C', '2027')).to.equal(0);
  });

  it('a region without children or rows, or not in the feed, is unknown', () => {
    const index = indexOf(rows);
    expect(index.value('teachers', 'X', '2024')).to.equal(null);
    expect(index.value('teachers', 'nowhere', '2024')).to.equal(null);
    expect(index.value('teachers', 'C', '1999')).to.equal(null);
  });

  it('the latest value of a parent comes from its own rows or its children, whichever is latest known', () => {
    const index = indexOf(rows);
    // 2027 (children's zeros) is the latest known; 2026 (own null) is skipped when looking back from 2026.
    expect(index.latest('teachers', 'C')).to.deep.equal({ value: 0, period: '2027' });
    expect(index.latest('teachers', 'C', '2026')).to.deep.equal({ value: 999, period: '2025' });
    expect(index.previous('teachers', 'C', '2025')).to.deep.equal({ value: 60, period: '2024' });
  });

  it('the small feed: south is known for schools in 2024, unknown for teachers (S2 is null)', () => {
    const result = validateFeed(smallFeed);
    if (!result.ok) throw new Error('the small feed must validate');
    const index = new FeedIndex(result.feed);
    expect(index.value('schools', 'south', '2024')).to.equal(10);
    expect(index.value('teachers', 'south', '2024')).to.equal(null);
    expect(index.value('teachers', 'north', '2024')).to.equal(150);
    expect(index.value('projects', 'north', '2024')).to.equal(null);
    expect(index.counter('teachers', 'AZ').value).to.equal(4308);
  });

  it('a feed whose regions formed a cycle is read without running forever', () => {
    const regions = [
      { id: 'A', name: 'A', level: 'economic-region', parent: 'B' },
      { id: 'B', name: 'B', level: 'economic-region', parent: 'A' },
    ];
    const result = validateFeed({ version: 1, metrics, regions, observations: [{ period: '2024', region: 'B', teachers: 1 }] });
    if (!result.ok) throw new Error('the feed must validate');
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['regions[0].parent']);
    const index = new FeedIndex(result.feed);
    expect(index.value('teachers', 'A', '2024')).to.equal(1);
    expect(index.value('teachers', 'B', '2024')).to.equal(1);
  });
});

describe('FeedIndex: counter', () => {
  const rows = [
    { period: '2024', region: 'C', teachers: null, projects: 3 },
    { period: '2021', region: 'C', teachers: 100, projects: 5 },
    { period: '2023', region: 'C', teachers: 130, projects: 7 },
    { period: '2022', region: 'C', teachers: 120, projects: null },
  ];

  it('a stock shows its latest known value, its period and the value before', () => {
    expect(indexOf(rows).counter('teachers', 'C')).to.deep.equal({
      value: 130,
      period: '2023',
      previous: { value: 120, period: '2022' },
    });
  });

  it('a stock for a given period shows that period, unknown included', () => {
    const index = indexOf(rows);
    expect(index.counter('teachers', 'C', '2022')).to.deep.equal({ value: 120, period: '2022', previous: { value: 100, period: '2021' } });
    expect(index.counter('teachers', 'C', '2024')).to.deep.equal({ value: null, period: '2024', previous: { value: 130, period: '2023' } });
    expect(index.counter('teachers', 'C', '2021')).to.deep.equal({ value: 100, period: '2021', previous: null });
  });

  it('a flow without a period shows the sum over every known period; its previous is the sum without the last period', () => {
    expect(indexOf(rows).counter('projects', 'C')).to.deep.equal({
      value: 15,
      period: '2024',
      previous: { value: 12, period: '2023' },
    });
  });

  it('a flow for a given period shows that period’s count, and the count before it', () => {
    const index = indexOf(rows);
    expect(index.counter('projects', 'C', '2024')).to.deep.equal({ value: 3, period: '2024', previous: { value: 7, period: '2023' } });
    expect(index.counter('projects', 'C', '2022')).to.deep.equal({ value: null, period: '2022', previous: { value: 5, period: '2021' } });
  });

  it('a flow known in one period only has no previous', () => {
    const index = indexOf([
      { period: '2023', region: 'C', projects: null },
      { period: '2024', region: 'C', projects: 4 },
    ]);
    expect(index.counter('projects', 'C')).to.deep.equal({ value: 4, period: '2024', previous: null });
  });

  it('a flow of a parent sums its derived values over the periods', () => {
    const index = indexOf([
      { period: '2023', region: 'D1', projects: 1 },
      { period: '2023', region: 'D2', projects: 2 },
      { period: '2023', region: 'D3', projects: 3 },
      { period: '2024', region: 'D1', projects: 10 },
      { period: '2024', region: 'D2', projects: null },
      { period: '2024', region: 'D3', projects: 30 },
    ]);
    expect(index.counter('projects', 'C')).to.deep.equal({ value: 6, period: '2023', previous: null });
    expect(index.counter('projects', 'E2')).to.deep.equal({ value: 33, period: '2024', previous: { value: 3, period: '2023' } });
  });

  it('a counter with nothing known says so', () => {
    const index = indexOf(rows);
    expect(index.counter('teachers', 'X')).to.deep.equal({ value: null, period: null, previous: null });
    expect(index.counter('projects', 'X')).to.deep.equal({ value: null, period: null, previous: null });
  });

  it('a counter of an unknown metric is unknown', () => {
    const index = indexOf(rows);
    expect(index.counter('pupils', 'C')).to.deep.equal({ value: null, period: null, previous: null });
    expect(index.counter('pupils', 'C', '2024')).to.deep.equal({ value: null, period: '2024', previous: null });
  });
});

describe('FeedIndex: lookups', () => {
  it('finds metrics, regions and children by id', () => {
    const index = indexOf([]);
    expect(index.metric('projects')?.kind).to.equal('flow');
    expect(index.metric('pupils')).to.equal(undefined);
    expect(index.region('D3')?.parent).to.equal('E2');
    expect(index.children('E1').map((r) => r.id)).to.deep.equal(['D1', 'D2']);
    expect(index.children('D1')).to.deep.equal([]);
    expect(index.country?.id).to.equal('C');
  });

  it('the country is the first region of level country, else the first without a parent', () => {
    expect(indexOf([], [tree[1]!, tree[0]!]).country?.id).to.equal('C');
    expect(indexOf([], [{ ...tree[1]!, parent: 'X' }, tree[6]!]).country?.id).to.equal('X');
    expect(indexOf([], []).country).to.equal(undefined);
  });
});

describe('textIn', () => {
  const text = { az: 'Müəllimlər', en: 'Teachers', ru: 'Учителя' };

  it('a plain string is the same in every language', () => {
    expect(textIn('Teachers', 'az')).to.equal('Teachers');
    expect(textIn('', 'az')).to.equal('');
  });

  it('picks the language itself', () => {
    expect(textIn(text, 'ru')).to.equal('Учителя');
    expect(textIn({ ...text, 'az-Latn': 'Müəllimlər (Latn)' }, 'az-Latn')).to.equal('Müəllimlər (Latn)');
  });

  it('then its base language', () => {
    expect(textIn(text, 'az-Latn')).to.equal('Müəllimlər');
    expect(textIn(text, 'ru-RU')).to.equal('Учителя');
    expect(textIn(text, 'AZ-latn')).to.equal('Müəllimlər');
  });

  it('then English', () => {
    expect(textIn(text, 'fr')).to.equal('Teachers');
    expect(textIn(text, 'de-AT')).to.equal('Teachers');
  });

  it('then the first one given', () => {
    expect(textIn({ ru: 'Учителя', az: 'Müəllimlər' }, 'fr')).to.equal('Учителя');
    expect(textIn({ az: 'Müəllimlər', ru: 'Учителя' }, 'en')).to.equal('Müəllimlər');
  });

  it('nothing gives an empty string', () => {
    expect(textIn(undefined, 'en')).to.equal('');
    expect(textIn({}, 'en')).to.equal('');
  });

  it('markup is returned as the same text', () => {
    expect(textIn({ en: '<img src=x onerror=alert(1)>' }, 'az')).to.equal('<img src=x onerror=alert(1)>');
  });
});
