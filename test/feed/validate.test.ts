import { expect } from 'chai';
import type { Problem, ValidationResult } from '../../src/feed/types.js';
import { parseFeed, validateFeed } from '../../src/feed/validate.js';
import { cloneFeed, smallFeed } from '../fixtures/small-feed.js';

type Doc = ReturnType<typeof cloneFeed>;
type Row = Record<string, unknown>;

/** A report line as a user reads it. */
function line(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}

function fatalOf(result: ValidationResult): Problem {
  if (result.ok) throw new Error(`expected a fatal problem, got a feed with warnings ${JSON.stringify(result.warnings)}`);
  return result.fatal;
}

function feedOf(result: ValidationResult) {
  if (!result.ok) throw new Error(`expected a feed, got the fatal problem ${line(result.fatal)}`);
  return result;
}

/** The small feed with one change made to it. */
function withChange(change: (doc: Doc) => void): Doc {
  const doc = cloneFeed();
  change(doc);
  return doc;
}

/** The small feed with extra observation rows appended; returns the document and the first new row's index. */
function withRows(...rows: Row[]): { doc: Doc; at: number } {
  const doc = cloneFeed();
  const at = doc.observations.length;
  (doc.observations as Row[]).push(...rows);
  return { doc, at };
}

describe('validateFeed: a good feed', () => {
  it('reads the small feed with no warnings, keeping every row and value', () => {
    const { feed, warnings } = feedOf(validateFeed(smallFeed));
    expect(warnings).to.deep.equal([]);
    expect(feed.metrics.map((m) => [m.id, m.kind])).to.deep.equal([
      ['teachers', 'stock'],
      ['schools', 'stock'],
      ['projects', 'flow'],
    ]);
    expect(feed.regions.map((r) => [r.id, r.level, r.parent])).to.deep.equal([
      ['AZ', 'country', undefined],
      ['north', 'economic-region', 'AZ'],
      ['south', 'economic-region', 'AZ'],
      ['N1', 'district', 'north'],
      ['N2', 'district', 'north'],
      ['S1', 'district', 'south'],
      ['S2', 'district', 'south'],
    ]);
    expect(feed.observations).to.deep.equal(smallFeed.observations.map(({ period, region, ...values }) => ({ period, region, values })));
    expect(feed.events).to.deep.equal(smallFeed.events);
    expect(feed.title).to.deep.equal(smallFeed.title);
    expect(feed.updated).to.equal('2024-12-31');
    expect(feed.source).to.deep.equal({ name: 'Test office', url: 'https://example.org/source' });
  });

  it('does not change the document it reads', () => {
    const doc = cloneFeed();
    validateFeed(doc);
    expect(doc).to.deep.equal(smallFeed);
  });

  it('reads absent regions, observations and events as empty, without a warning', () => {
    const { feed, warnings } = feedOf(validateFeed({ version: 1, metrics: [{ id: 'm', label: 'M', kind: 'flow' }] }));
    expect(warnings).to.deep.equal([]);
    expect(feed.regions).to.deep.equal([]);
    expect(feed.observations).to.deep.equal([]);
    expect(feed.events).to.deep.equal([]);
  });

  it('reports a list that is not an array, and reads it as empty', () => {
    const { feed, warnings } = feedOf(validateFeed(withChange((doc) => (doc.events = { first: 1 } as never))));
    expect(warnings.map(line)).to.deep.equal(['events: expected an array, got an object; ignored']);
    expect(feed.events).to.deep.equal([]);
  });
});

describe('validateFeed: fatal problems', () => {
  it('not JSON', () => {
    for (const text of ['{"version": 1,', '', 'version: 1', "{'version': 1}"]) {
      const fatal = fatalOf(parseFeed(text));
      expect(fatal.path).to.equal('$');
      expect(fatal.message).to.match(/^not JSON: ./);
    }
  });

  it('parses JSON text and validates it', () => {
    expect(feedOf(parseFeed(JSON.stringify(smallFeed))).warnings).to.deep.equal([]);
    expect(line(fatalOf(parseFeed('{"version": 2}')))).to.equal('version: unsupported feed version 2; this widget reads version 1');
  });

  for (const [value, shown] of [
    [null, 'null'],
    [[smallFeed], 'an array'],
    ['feed', '"feed"'],
    [1, '1'],
    [true, 'true'],
    [undefined, 'nothing'],
  ] as const) {
    it(`not an object: ${shown}`, () => {
      expect(line(fatalOf(validateFeed(value)))).to.equal(`$: expected a feed object, got ${shown}`);
    });
  }

  it('not an object, from JSON text', () => {
    expect(line(fatalOf(parseFeed('[1, 2]')))).to.equal('$: expected a feed object, got an array');
    expect(line(fatalOf(parseFeed('"feed"')))).to.equal('$: expected a feed object, got "feed"');
  });

  it('missing version', () => {
    const fatal = fatalOf(validateFeed(withChange((doc) => delete (doc as Row)['version'])));
    expect(fatal.path).to.equal('version');
    expect(fatal.message).to.equal('missing; this widget reads feed version 1');
  });

  for (const [version, shown] of [
    [2, '2'],
    [0, '0'],
    [1.5, '1.5'],
    ['1', '"1"'],
    [null, 'null'],
    [[1], 'an array'],
  ] as const) {
    it(`wrong version ${shown}: the message names the version found`, () => {
      const fatal = fatalOf(validateFeed(withChange((doc) => ((doc as Row)['version'] = version))));
      expect(fatal.path).to.equal('version');
      expect(fatal.message).to.equal(`unsupported feed version ${shown}; this widget reads version 1`);
    });
  }

  for (const [metrics, shown] of [
    [undefined, 'nothing'],
    [{ teachers: { label: 'Teachers', kind: 'stock' } }, 'an object'],
    ['teachers', '"teachers"'],
    [null, 'null'],
  ] as const) {
    it(`no metrics array: ${shown}`, () => {
      const doc = withChange((d) => ((d as Row)['metrics'] = metrics));
      expect(line(fatalOf(validateFeed(doc)))).to.equal(`metrics: expected an array of metrics, got ${shown}`);
    });
  }

  it('an empty metrics array', () => {
    const fatal = fatalOf(validateFeed(withChange((doc) => (doc.metrics = []))));
    expect(line(fatal)).to.equal('metrics: the feed has no usable metric');
  });

  it('no usable metric: the fatal problem comes with the warnings that explain it', () => {
    const result = validateFeed(withChange((doc) => (doc.metrics = [{ id: 'Teachers', label: 'T', kind: 'stock' }, 5] as never)));
    expect(line(fatalOf(result))).to.equal('metrics: the feed has no usable metric');
    expect(result.warnings.map(line)).to.deep.equal([
      'metrics[0].id: expected a slug ([a-z][a-z0-9_-]*), got "Teachers"; metric dropped',
      'metrics[1]: expected an object, got 5; metric dropped',
    ]);
  });
});

describe('validateFeed: bad rows are dropped, the rest is used', () => {
  /** Validates the small feed plus `row`, expects exactly one warning, and that every other row survived intact. */
  function dropsRow(row: Row): Problem {
    const { doc, at } = withRows(row);
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings, JSON.stringify(warnings)).to.have.length(1);
    expect(feed.observations).to.deep.equal(smallFeed.observations.map(({ period, region, ...values }) => ({ period, region, values })));
    expect(warnings[0]!.path.startsWith(`observations[${at}]`)).to.equal(true);
    return warnings[0]!;
  }

  it('a value that is not a number: the path and the value found', () => {
    const { doc, at } = withRows({ period: '2023', region: 'N1', teachers: '12a', schools: 3 });
    const { warnings } = feedOf(validateFeed(doc));
    expect(at).to.equal(8);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.path).to.equal('observations[8].teachers');
    expect(warnings[0]!.message).to.include('expected a number or null, got "12a"');
    expect(line(warnings[0]!)).to.equal('observations[8].teachers: expected a number or null, got "12a"; row dropped');
  });

  for (const [value, shown] of [
    ['12a', '"12a"'],
    ['12', '"12"'],
    ['', '""'],
    [true, 'true'],
    [false, 'false'],
    [[12], 'an array'],
    [{ value: 12 }, 'an object'],
  ] as const) {
    it(`a value of ${shown} drops the whole row, including its good values`, () => {
      const problem = dropsRow({ period: '2023', region: 'N2', schools: 4, teachers: value, projects: 1 });
      expect(line(problem)).to.equal(`observations[8].teachers: expected a number or null, got ${shown}; row dropped`);
    });
  }

  it('a long string value is shortened in the message', () => {
    const problem = dropsRow({ period: '2023', region: 'N2', teachers: 'x'.repeat(100) });
    expect(problem.message).to.equal(`expected a number or null, got "${'x'.repeat(40)}…"; row dropped`);
  });

  it('null and absent values are kept as unknown, not dropped or turned into 0', () => {
    const { doc } = withRows({ period: '2023', region: 'N2', teachers: null, schools: 0 });
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings).to.deep.equal([]);
    expect(feed.observations[8]).to.deep.equal({ period: '2023', region: 'N2', values: { teachers: null, schools: 0 } });
  });

  it('negative and fractional numbers are kept as given', () => {
    const { doc } = withRows({ period: '2023', region: 'N2', teachers: -3, schools: 0.125 });
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings).to.deep.equal([]);
    expect(feed.observations[8]!.values).to.deep.equal({ teachers: -3, schools: 0.125 });
  });

  it('an unknown region', () => {
    expect(line(dropsRow({ period: '2023', region: 'AZ-SMI', teachers: 1 }))).to.equal('observations[8].region: unknown region "AZ-SMI"; row dropped');
  });

  it('a missing or non-string region', () => {
    expect(line(dropsRow({ period: '2023', teachers: 1 }))).to.equal('observations[8].region: unknown region nothing; row dropped');
    expect(line(dropsRow({ period: '2023', region: 7, teachers: 1 }))).to.equal('observations[8].region: unknown region 7; row dropped');
  });

  it('an unknown metric', () => {
    expect(line(dropsRow({ period: '2023', region: 'N1', teachers: 1, pupils: 30 }))).to.equal('observations[8].pupils: unknown metric "pupils"; row dropped');
  });

  for (const [period, shown] of [
    ['2024-13', '"2024-13"'],
    ['2024-02-30', '"2024-02-30"'],
    ['24', '"24"'],
    ['2024-Q1', '"2024-Q1"'],
    [2024, '2024'],
    [undefined, 'nothing'],
  ] as const) {
    it(`a bad period: ${shown}`, () => {
      expect(line(dropsRow({ period, region: 'N1', teachers: 1 }))).to.equal(
        `observations[8].period: expected a period (YYYY, YYYY-MM or YYYY-MM-DD), got ${shown}; row dropped`,
      );
    });
  }

  it('a row that is not an object', () => {
    expect(line(dropsRow(['2023', 'N1', 5] as never))).to.equal('observations[8]: expected an object, got an array; row dropped');
  });

  it('a duplicate (period, region) pair: the first one wins', () => {
    const problem = dropsRow({ period: '2024', region: 'N1', teachers: 999, schools: 999, projects: 999 });
    expect(line(problem)).to.equal('observations[8]: duplicate row for period "2024" and region "N1" (first at observations[3]); row dropped');
  });

  it('a duplicate pair is a duplicate even when the first one has nulls', () => {
    const { doc } = withRows({ period: '2024', region: 'S2', teachers: 80, schools: 3, projects: 1 });
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map((w) => w.path)).to.deep.equal(['observations[8]']);
    expect(feed.observations.filter((o) => o.region === 'S2')).to.deep.equal([
      { period: '2024', region: 'S2', values: { teachers: null, schools: 3, projects: 1 } },
    ]);
  });

  it('the same region in two periods, or two regions in one period, is not a duplicate', () => {
    const { doc } = withRows({ period: '2022', region: 'N1', teachers: 1 }, { period: '2022', region: 'N2', teachers: 2 });
    expect(feedOf(validateFeed(doc)).warnings).to.deep.equal([]);
  });

  it('reports every bad row, each by its own index, and keeps the good ones between them', () => {
    const { doc } = withRows(
      { period: '2021', region: 'N1', teachers: 'n/a' },
      { period: '2021', region: 'N2', teachers: 7 },
      { period: '2021', region: 'nowhere', teachers: 1 },
      { period: '2021', region: 'S1', teachers: 9 },
    );
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map((w) => w.path)).to.deep.equal(['observations[8].teachers', 'observations[10].region']);
    expect(feed.observations.slice(8)).to.deep.equal([
      { period: '2021', region: 'N2', values: { teachers: 7 } },
      { period: '2021', region: 'S1', values: { teachers: 9 } },
    ]);
  });

  it('rows naming a dropped metric or region are dropped with it', () => {
    const doc = withChange((d) => {
      d.metrics[2]!.kind = 'flow';
      (d.metrics[2] as Row)['id'] = 'Projects';
    });
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings[0]!.path).to.equal('metrics[2].id');
    // Every row has a `projects` key, so every row names an unknown metric now.
    expect(feed.observations).to.deep.equal([]);
    expect(warnings).to.have.length(1 + smallFeed.observations.length);
  });
});

describe('validateFeed: URLs', () => {
  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//example.org/page',
    '/page',
    'example.org',
  ]) {
    it(`an event url ${JSON.stringify(url)} is dropped with a warning naming its path; the event stays`, () => {
      const doc = withChange((d) => ((d.events[0] as Row)['url'] = url));
      const { feed, warnings } = feedOf(validateFeed(doc));
      expect(warnings).to.have.length(1);
      expect(warnings[0]!.path).to.equal('events[0].url');
      expect(warnings[0]!.message).to.match(/^expected an http: or https: URL, got .*; dropped$/);
      expect(feed.events).to.have.length(1);
      expect(feed.events[0]).to.not.have.property('url');
      expect(feed.events[0]!.title).to.deep.equal({ en: 'Regional conference' });
    });
  }

  it('a data: source url is dropped with a warning; the credit line stays', () => {
    const doc = withChange((d) => (d.source.url = 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['source.url: expected an http: or https: URL, got "data:text/html;base64,PHNjcmlwdD5hbGVydC…"; dropped']);
    expect(feed.source).to.deep.equal({ name: 'Test office' });
  });

  it('a javascript: source url is dropped with a warning', () => {
    const doc = withChange((d) => (d.source.url = 'javascript:alert(document.cookie)'));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['source.url: expected an http: or https: URL, got "javascript:alert(document.cookie)"; dropped']);
    expect(feed.source).to.deep.equal({ name: 'Test office' });
  });

  it('a url that is not a string is dropped', () => {
    const doc = withChange((d) => ((d.source as Row)['url'] = { href: 'https://example.org' }));
    expect(feedOf(validateFeed(doc)).warnings.map(line)).to.deep.equal(['source.url: expected an http: or https: URL, got an object; dropped']);
  });

  it('http: and https: URLs are kept', () => {
    const doc = withChange((d) => {
      (d.events[0] as Row)['url'] = 'http://example.org/events/1?lang=az#top';
      d.source.url = 'https://example.org/a/b';
    });
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings).to.deep.equal([]);
    expect(feed.events[0]!.url).to.equal('http://example.org/events/1?lang=az#top');
    expect(feed.source!.url).to.equal('https://example.org/a/b');
  });
});

describe('validateFeed: strings are text, never markup', () => {
  const markup = '<img src=x onerror=alert(1)>';
  const script = '</script><script>alert(1)</script>';

  it('keeps markup verbatim in every Text field, with no warning', () => {
    const doc = withChange((d) => {
      (d as Row)['title'] = markup;
      d.source.name = script;
      d.metrics[0]!.label = { en: markup, az: script } as never;
      (d.metrics[0] as Row)['description'] = `${markup} & &amp; "quotes"`;
      (d.metrics[0] as Row)['unit'] = '<b>people</b>';
      (d.regions[1] as Row)['name'] = markup;
      d.events[0]!.title = { en: markup } as never;
      (d.events[0] as Row)['summary'] = script;
    });
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings).to.deep.equal([]);
    expect(feed.title).to.equal(markup);
    expect(feed.source!.name).to.equal(script);
    expect(feed.metrics[0]!.label).to.deep.equal({ en: markup, az: script });
    expect(feed.metrics[0]!.description).to.equal(`${markup} & &amp; "quotes"`);
    expect(feed.metrics[0]!.unit).to.equal('<b>people</b>');
    expect(feed.regions[1]!.name).to.equal(markup);
    expect(feed.events[0]!.title).to.deep.equal({ en: markup });
    expect(feed.events[0]!.summary).to.equal(script);
  });

  it('keeps markup in ids as given (an id is matched, never shown as HTML)', () => {
    const doc = withChange((d) => {
      (d.regions as Row[]).push({ id: markup, name: 'X', level: 'district', parent: 'north' });
      (d.observations as Row[]).push({ period: '2024', region: markup, teachers: 1 });
    });
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings).to.deep.equal([]);
    expect(feed.regions[7]!.id).to.equal(markup);
    expect(feed.observations[8]!.region).to.equal(markup);
  });
});

describe('validateFeed: Text', () => {
  it('a Text object keeps its string entries and reports the others', () => {
    const doc = withChange((d) => ((d as Row)['title'] = { en: 'Programme', az: 5, ru: null }));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['title.az: expected a string, got 5', 'title.ru: expected a string, got null']);
    expect(feed.title).to.deep.equal({ en: 'Programme' });
  });

  it('a Text with no string in it is reported; a metric label falls back to the id', () => {
    const doc = withChange((d) => (d.metrics[1]!.label = {} as never));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['metrics[1].label: expected text (a string or an object of language → string), got an object']);
    expect(feed.metrics[1]!.label).to.equal('schools');
  });

  it('a region without a usable name falls back to its id', () => {
    const doc = withChange((d) => delete (d.regions[3] as Row)['name']);
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['regions[3].name: expected text (a string or an object of language → string), got nothing']);
    expect(feed.regions[3]!.name).to.equal('N1');
  });

  it('an event without a usable title is dropped', () => {
    const doc = withChange((d) => ((d.events[0] as Row)['title'] = ['Regional conference']));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal([
      'events[0].title: expected text (a string or an object of language → string), got an array',
      'events[0]: an event needs a title; event dropped',
    ]);
    expect(feed.events).to.deep.equal([]);
  });
});

describe('validateFeed: metrics and regions', () => {
  it('a duplicate metric id: the first one is used', () => {
    const doc = withChange((d) => (d.metrics as Row[]).push({ id: 'teachers', label: 'Other teachers', kind: 'flow' }));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['metrics[3].id: duplicate metric id "teachers"; the first one is used']);
    expect(feed.metrics).to.have.length(3);
    expect(feed.metrics[0]).to.deep.include({ id: 'teachers', kind: 'stock' });
    expect(feed.metrics[0]!.label).to.deep.equal(smallFeed.metrics[0]!.label);
  });

  it('a duplicate region id: the first one is used', () => {
    const doc = withChange((d) => (d.regions as Row[]).push({ id: 'N1', name: 'Impostor', level: 'country' }));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['regions[7].id: duplicate region id "N1"; the first one is used']);
    expect(feed.regions).to.have.length(7);
    expect(feed.regions.find((r) => r.id === 'N1')).to.deep.equal({ id: 'N1', name: 'North One', level: 'district', parent: 'north' });
  });

  it('a metric id that is not a slug is dropped', () => {
    for (const [id, shown] of [
      ['Teachers', '"Teachers"'],
      ['1st', '"1st"'],
      ['new teachers', '"new teachers"'],
      ['', '""'],
      [3, '3'],
    ] as const) {
      const doc = withChange((d) => (d.metrics as Row[]).push({ id, label: 'X', kind: 'stock' }));
      expect(feedOf(validateFeed(doc)).warnings.map(line)).to.deep.equal([`metrics[3].id: expected a slug ([a-z][a-z0-9_-]*), got ${shown}; metric dropped`]);
    }
  });

  it('a metric of an unknown kind is reported and read as a stock', () => {
    const doc = withChange((d) => ((d.metrics[2] as Row)['kind'] = 'total'));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['metrics[2].kind: expected "stock" or "flow", got "total"; read as "stock"']);
    expect(feed.metrics[2]!.kind).to.equal('stock');
  });

  it('a region of an unknown level is dropped, and so are its rows', () => {
    const doc = withChange((d) => ((d.regions[6] as Row)['level'] = 'province'));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal([
      'regions[6].level: expected "country", "economic-region" or "district", got "province"; region dropped',
      'observations[7].region: unknown region "S2"; row dropped',
    ]);
    expect(feed.regions.map((r) => r.id)).to.not.include('S2');
  });

  it('an unknown parent is reported and ignored; the region stays', () => {
    const doc = withChange((d) => ((d.regions[3] as Row)['parent'] = 'nowhere'));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['regions[3].parent: unknown region "nowhere"; parent ignored']);
    expect(feed.regions[3]).to.deep.equal({ id: 'N1', name: 'North One', level: 'district' });
  });

  it('a region that is its own parent', () => {
    const doc = withChange((d) => ((d.regions[0] as Row)['parent'] = 'AZ'));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['regions[0].parent: region "AZ" is its own ancestor; parent ignored']);
    expect(feed.regions[0]).to.not.have.property('parent');
  });

  it('a parent cycle is cut once, at its first region; the others keep their parents', () => {
    const doc = withChange((d) => ((d.regions[0] as Row)['parent'] = 'N1'));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['regions[0].parent: region "AZ" is its own ancestor; parent ignored']);
    expect(feed.regions.map((r) => r.parent)).to.deep.equal([undefined, 'AZ', 'AZ', 'north', 'north', 'south', 'south']);
  });

  it('a region whose ancestors run into a cycle keeps its parent; only the cycle is cut', () => {
    const doc = withChange((d) => {
      d.regions = [
        { id: 'leaf', name: 'Leaf', level: 'district', parent: 'a' },
        { id: 'a', name: 'A', level: 'economic-region', parent: 'b' },
        { id: 'b', name: 'B', level: 'country', parent: 'a' },
      ] as never;
      d.observations = [];
      d.events = [];
    });
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['regions[1].parent: region "a" is its own ancestor; parent ignored']);
    expect(feed.regions.map((r) => [r.id, r.parent])).to.deep.equal([
      ['leaf', 'a'],
      ['a', undefined],
      ['b', 'a'],
    ]);
  });

  it('a parent that is not a string is reported and ignored', () => {
    const doc = withChange((d) => ((d.regions[3] as Row)['parent'] = ['north']));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['regions[3].parent: expected a region id, got an array']);
    expect(feed.regions[3]).to.not.have.property('parent');
  });
});

describe('validateFeed: events and feed fields', () => {
  it('an event naming an unknown region keeps the event without the region', () => {
    const doc = withChange((d) => (d.events[0]!.region = 'AZ-SMI'));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['events[0].region: unknown region "AZ-SMI"; ignored']);
    expect(feed.events[0]).to.not.have.property('region');
  });

  it('an event of an unknown kind is reported and read as "other"', () => {
    const doc = withChange((d) => (d.events[0]!.kind = 'party'));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal([
      'events[0].kind: expected one of conference, training, award, competition, milestone, other, got "party"; read as "other"',
    ]);
    expect(feed.events[0]!.kind).to.equal('other');
  });

  it('an event ending before it starts keeps its date and loses its end', () => {
    const doc = withChange((d) => (d.events[0]!.end = '2022-12-18'));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['events[0].end: expected a date on or after 2022-12-19, got "2022-12-18"; ignored']);
    expect(feed.events[0]).to.not.have.property('end');
    expect(feed.events[0]!.date).to.equal('2022-12-19');
  });

  it('an event on an impossible date is dropped', () => {
    const doc = withChange((d) => (d.events[0]!.date = '2022-02-30'));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal(['events[0].date: expected a date (YYYY-MM-DD), got "2022-02-30"; event dropped']);
    expect(feed.events).to.deep.equal([]);
  });

  it('figures that are not numbers are reported one by one; the numbers stay', () => {
    const doc = withChange((d) => ((d.events[0] as Row)['figures'] = { teachers: 59, projects: '26', schools: null }));
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map(line)).to.deep.equal([
      'events[0].figures.projects: expected a number, got "26"; ignored',
      'events[0].figures.schools: expected a number, got null; ignored',
    ]);
    expect(feed.events[0]!.figures).to.deep.equal({ teachers: 59 });
  });

  it('an updated that is not an ISO date is reported and ignored', () => {
    for (const updated of ['31.12.2024', '2024-02-30', '2024', 20241231]) {
      const doc = withChange((d) => ((d as Row)['updated'] = updated));
      const { feed, warnings } = feedOf(validateFeed(doc));
      expect(warnings.map((w) => w.path)).to.deep.equal(['updated']);
      expect(warnings[0]!.message).to.match(/^expected an ISO 8601 date, got .*; ignored$/);
      expect(feed).to.not.have.property('updated');
    }
  });

  it('an updated date-time is kept', () => {
    const doc = withChange((d) => (d.updated = '2024-12-31T18:30:00+04:00'));
    expect(feedOf(validateFeed(doc)).feed.updated).to.equal('2024-12-31T18:30:00+04:00');
  });

  it('a source without a usable name is dropped', () => {
    const doc = withChange((d) => delete (d.source as Row)['name']);
    const { feed, warnings } = feedOf(validateFeed(doc));
    expect(warnings.map((w) => w.path)).to.deep.equal(['source.name']);
    expect(feed).to.not.have.property('source');
  });
});
