// Bad feeds, property-based (fast-check): thousands of malformed and hostile documents through
// the feed layer, then a few dozen through the test feed server to a page with a counter, a map
// and a timeline in one <stat-feed>. No element takes a feed object directly, so values JSON
// cannot carry (NaN, Infinity) go through validateFeed and FeedIndex; the widgets get them as
// `1e999` (JSON.parse reads it as Infinity) and as strings.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements/counter/define.js';
import '../../src/elements/feed/define.js';
import '../../src/elements/map/define.js';
import '../../src/elements/timeline/define.js';
import { StatFeedErrorEvent, StatFeedWarningEvent } from '../../src/events/feed-events.js';
import { formatNumber } from '../../src/format/number.js';
import { FeedIndex } from '../../src/feed/select.js';
import type { Problem } from '../../src/feed/types.js';
import { parseFeed, validateFeed } from '../../src/feed/validate.js';
import { serveFeed } from '../support/feed-control.js';
import { requireVisiblePage, sleep, until } from '../support/dom.js';

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Words that must never reach the screen; generated text avoids them so that a hit is the widgets'. */
const FORBIDDEN = /NaN|undefined|null|\[object Object\]|∞/;

const HOSTILE_TEXT = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '"><svg onload="window.__pwned=1">',
  'مدرسة المعلمين في باكو',
  '\u202Eevil\u202C',
  'עברית',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  'x'.repeat(20000),
  '',
  ' ',
  '\u0000\uFFFF',
  '__proto__',
  'constructor',
];

const cleanString = fc.string({ maxLength: 30 }).filter((s) => !FORBIDDEN.test(s));
const hostileString = fc.oneof(cleanString, fc.constantFrom(...HOSTILE_TEXT));
const text = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  fc.dictionary(fc.constantFrom('en', 'az', 'ru', 'ar', 'he', '__proto__', ''), hostileString, { maxKeys: 3 }),
  fc.dictionary(fc.constantFrom('en', 'az'), fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.integer())), { maxKeys: 2 }),
  fc.constantFrom(null, 42, true, [], ['a']),
);
const url = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    '//evil.example',
    'https://example.org/ok',
    'http://[::1',
    '',
  ),
  fc.webUrl(),
  hostileString,
  fc.integer(),
);
const SPECIAL_NUMBERS = [NaN, Infinity, -Infinity, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -1, -4308, 0, -0, 1e-320, 12.5, 0.005];
const number = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1e6, max: 1e9 }) },
  fc.double(),
  fc.constantFrom(...SPECIAL_NUMBERS),
  fc.constantFrom(null, '4308', '4 308', '', true, [], {}, '1e999'),
);
const PERIODS = ['2019', '2020', '2021', '2021-06', '2021-06-30', '2022-02-30', '2022-13', '20', '', '2020-1', ' 2020', '2023-12-31'];
const period = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PERIODS) }, fc.integer(), fc.constant(null), hostileString);
const LEVELS = ['country', 'economic-region', 'district', 'province', '', 'Country'];

interface Pools {
  regions: string[];
  metrics: string[];
}

/** A feed document, mostly shaped like one, with every part liable to be wrong. */
function feedDocument({ regions, metrics }: Pools) {
  const regionId = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...regions) }, fc.constantFrom('AZ-XXX', '', 'unknown'), fc.integer(), hostileString);
  const metricId = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...metrics) }, fc.constantFrom('Teachers', 'pupils', '', '1x', '__proto__', 'constructor'));
  const metric = fc.record(
    { id: metricId, kind: fc.constantFrom('stock', 'flow', 'flow', 'sum', 3), label: text, description: text, unit: fc.oneof(hostileString, fc.integer()) },
    { requiredKeys: ['id'] },
  );
  const region = fc.record(
    { id: regionId, level: fc.constantFrom(...LEVELS), parent: fc.oneof(regionId, fc.constant(null)), name: text, geo: fc.oneof(regionId, fc.integer()) },
    { requiredKeys: ['id', 'level'] },
  );
  const row = fc
    .tuple(period, regionId, fc.dictionary(metricId, number, { maxKeys: 4 }), fc.boolean(), fc.boolean())
    .map(([p, r, values, dropPeriod, dropRegion]) => ({ ...values, ...(dropPeriod ? {} : { period: p }), ...(dropRegion ? {} : { region: r }) }));
  const event = fc.record(
    {
      date: period,
      end: period,
      kind: fc.constantFrom('conference', 'training', 'award', 'competition', 'milestone', 'other', 'party', 7),
      region: regionId,
      title: text,
      summary: text,
      url,
      figures: fc.oneof(fc.dictionary(metricId, number, { maxKeys: 3 }), fc.constantFrom(null, 5, 'x')),
    },
    { requiredKeys: ['date', 'title'] },
  );
  // Lists: a few rows, some repeated (duplicates), in any order (unsorted, mixed periods).
  const list = <T>(item: fc.Arbitrary<T>, max: number) =>
    fc
      .array(item, { maxLength: max })
      .chain((items) => (items.length ? fc.array(fc.constantFrom(...items), { maxLength: 3 }).map((dups) => [...items, ...dups]) : fc.constant(items)));
  const wrong = fc.oneof(fc.constantFrom(null, 0, 'x', {}, true), fc.anything({ maxDepth: 2 }));
  const part = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 8, arbitrary: good }, wrong);
  return fc
    .record(
      {
        version: fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, fc.constantFrom(2, '1', 1.0000001, null)),
        title: text,
        updated: fc.oneof(fc.constantFrom('2024-06-30', '2024-06-30T10:00:00Z', 'yesterday', '2024-02-30'), fc.integer()),
        source: fc.oneof(fc.record({ name: text, url }, { requiredKeys: [] }), wrong),
        metrics: part(list(metric, 4)),
        regions: part(list(region, 8)),
        observations: part(list(row, 14)),
        events: part(list(event, 3)),
      },
      { requiredKeys: ['version', 'metrics'] },
    )
    .map((doc) => doc as Record<string, unknown>);
}

// ---------------------------------------------------------------------------------------------
// What every document must give

function checkProblem(problem: Problem, where: string): void {
  expect(problem.path, `${where}: path`).to.be.a('string').and.not.equal('');
  expect(problem.message, `${where}: message`).to.be.a('string').and.not.equal('');
  expect(problem.message, `${where}: ${problem.message}`).not.to.include('[object Object]');
}

/** The rows a reader of the document would call valid: the first for its period and region, every value finite or null. */
function validValues(doc: Record<string, unknown>, index: FeedIndex) {
  const out: { metric: string; region: string; period: string; value: number }[] = [];
  const seen = new Set<string>();
  if (!Array.isArray(doc['observations'])) return out;
  for (const row of doc['observations'] as unknown[]) {
    if (!row || typeof row !== 'object' || Array.isArray(row)) continue;
    const { period: p, region: r, ...values } = row as Record<string, unknown>;
    if (typeof p !== 'string' || typeof r !== 'string' || !index.region(r) || !index.periods.includes(p)) continue;
    const entries = Object.entries(values);
    if (!entries.every(([m, v]) => index.metric(m) && (v === null || Number.isFinite(v)))) continue;
    const key = `${p}\u0000${r}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const [m, v] of entries) if (typeof v === 'number') out.push({ metric: m, region: r, period: p, value: v });
  }
  return out;
}

function checkFeedLayer(doc: Record<string, unknown>): void {
  const result = validateFeed(doc);
  result.warnings.forEach((p, i) => checkProblem(p, `warning ${i}`));
  if (!result.ok) {
    checkProblem(result.fatal, 'fatal');
    return;
  }
  // The same document as JSON text (NaN and Infinity become null there) is read without a throw too.
  const text = parseFeed(JSON.stringify(doc));
  if (!text.ok) checkProblem(text.fatal, 'fatal (text)');
  const index = new FeedIndex(result.feed);
  for (const { metric, region, period: p, value } of validValues(doc, index)) {
    expect(index.value(metric, region, p), `${metric} ${region} ${p}`).to.equal(value);
  }
  for (const metric of result.feed.metrics) {
    for (const region of [...result.feed.regions, { id: 'nowhere' }]) {
      const reading = index.counter(metric.id, region.id);
      const all = [reading.value, reading.previous?.value, index.latest(metric.id, region.id)?.value];
      for (const p of index.periods) all.push(index.value(metric.id, region.id, p), index.counter(metric.id, region.id, p).value);
      for (const value of all) if (value != null) expect(Number.isFinite(value), `${metric.id} ${region.id}: ${value}`).to.equal(true);
    }
  }
}

// ---------------------------------------------------------------------------------------------

const FEED_RUNS = 3000;
const WIDGET_RUNS = 50;

describe('bad feeds (property-based)', function () {
  this.timeout(60000);
  before(requireVisiblePage);

  let demo: { regions: { id: string }[]; metrics: { id: string }[] };
  before(async () => {
    demo = (await (await fetch('/demo/data/feed.json')).json()) as typeof demo;
  });

  it(`the feed layer: ${FEED_RUNS} documents, no exception, every problem placed, every valid number kept`, () => {
    const pools = { regions: ['AZ', 'baku', 'AZ-SAL', 'AZ-BA', 'r1', 'r2'], metrics: ['teachers', 'schools', 'projects'] };
    fc.assert(fc.property(feedDocument(pools), checkFeedLayer), { numRuns: FEED_RUNS, seed: Date.now() % 2 ** 31 });
  });

  it('the feed layer: sums that overflow are unknown, never Infinity or NaN (counter and change)', () => {
    const regions = [
      { id: 'AZ', level: 'country' },
      { id: 'a', level: 'district', parent: 'AZ' },
      { id: 'b', level: 'district', parent: 'AZ' },
    ];
    const observations = [
      { period: '2020', region: 'a', m: 1e308, s: 1e308 },
      { period: '2020', region: 'b', m: 1e308, s: 1e308 },
      { period: '2021', region: 'a', m: 1e308, s: -1e308 },
      { period: '2021', region: 'b', m: 1e308, s: -1e308 },
    ];
    checkFeedLayer({
      version: 1,
      metrics: [
        { id: 'm', kind: 'flow' },
        { id: 's', kind: 'stock' },
      ],
      regions,
      observations,
    });
    checkFeedLayer({ version: 1, metrics: [{ id: 'm', kind: 'flow' }], regions, observations: observations.map((o) => ({ ...o, region: 'AZ' })) });
  });

  it('the feed layer: region trees with cycles, self-parents and deep chains', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const tree = fc.array(fc.record({ id: fc.constantFrom(...ids), level: fc.constantFrom(...LEVELS), parent: fc.constantFrom(...ids, 'zz') }), {
      maxLength: 8,
    });
    const rows = fc.array(fc.record({ period: fc.constantFrom('2020', '2021'), region: fc.constantFrom(...ids), m: number }), { maxLength: 10 });
    fc.assert(
      fc.property(tree, rows, (regions, observations) => checkFeedLayer({ version: 1, metrics: [{ id: 'm', kind: 'flow' }], regions, observations })),
      { numRuns: 1000 },
    );
  });

  it(`the widgets: ${WIDGET_RUNS} generated documents and one written by hand served to a counter, a map and a timeline`, async () => {
    const pools = { regions: demo.regions.map((r) => r.id), metrics: demo.metrics.map((m) => m.id) };
    const documents = fc.sample(feedDocument(pools), { numRuns: WIDGET_RUNS, seed: 6 });
    // Half of them keep the demo's regions, so that rows land on the map.
    documents.forEach((doc, i) => {
      if (i % 2 === 0 && doc['version'] === 1) doc['regions'] = demo.regions;
      // A quarter keep the demo's metrics too, with country rows among the generated ones.
      if (i % 4 === 0 && doc['version'] === 1) {
        doc['metrics'] = demo.metrics;
        const rows: unknown[] = Array.isArray(doc['observations']) ? doc['observations'] : [];
        doc['observations'] = [{ period: '2020', region: 'AZ', teachers: 4000 + i }, ...rows, { period: '2019', region: 'AZ', teachers: 1e308, schools: -1 }];
      }
    });
    // And one written by hand: a flow whose total passes Number.MAX_VALUE (shown once as "∞", its change as "NaN").
    documents.push({
      version: 1,
      metrics: [{ id: 'teachers', kind: 'flow', label: 'Teachers' }, ...demo.metrics.slice(1)],
      regions: demo.regions,
      observations: [
        { period: '2019', region: 'AZ', teachers: 1e308 },
        { period: '2020', region: 'AZ', teachers: 1e308 },
      ],
    });
    const errors: string[] = [];
    const counts = { fatal: 0, warned: 0, shown: 0 };
    // The loader warns once per feed on the console; fifty hostile feeds would bury the report.
    const warn = console.warn;
    console.warn = () => {};
    const onError = (event: ErrorEvent) => errors.push(String(event.message));
    const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      for (const [i, doc] of documents.entries()) {
        // JSON cannot carry NaN or Infinity: Infinity goes as 1e999 (read back as Infinity), NaN as a string.
        const body = JSON.stringify(doc, (_key, value: unknown) =>
          typeof value === 'number' && !Number.isFinite(value) ? (Number.isNaN(value) ? 'NaN!' : value > 0 ? '@@inf@@' : '@@-inf@@') : value,
        )
          .replace(/"@@inf@@"/g, '1e999')
          .replace(/"@@-inf@@"/g, '-1e999');
        await checkWidgets(body, `document ${i}: ${body.slice(0, 300)}`, errors, counts);
      }
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    // The generator reaches every branch: unusable feeds, warnings, and numbers to show.
    expect(counts.fatal, 'documents with a fatal problem').to.be.greaterThan(2);
    expect(counts.warned, 'documents with warnings').to.be.greaterThan(10);
    expect(counts.shown, 'documents whose counter shows a number').to.be.greaterThan(5);
    expect((window as unknown as { __pwned?: number }).__pwned, 'markup or a URL from the feed ran').to.equal(undefined);
  });
});

/** Every text a reader or a screen reader gets from a widget: its shadow text and its labels. */
function shownText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'aria-valuetext', 'aria-description', 'alt']) {
        const value = el.getAttribute(name);
        if (value !== null) parts.push(value);
      }
      if (el.shadowRoot) {
        parts.push(el.shadowRoot.textContent ?? '');
        walk(el.shadowRoot);
      }
    }
  };
  walk(root);
  return parts.join('\n');
}

async function checkWidgets(body: string, what: string, errors: string[], counts: Record<'fatal' | 'warned' | 'shown', number>): Promise<void> {
  const { url } = await serveFeed(body, 'fuzz');
  const problems: Problem[] = [];
  const messages: string[] = [];
  const root = await fixture<HTMLElement>(html`<div style="width: 480px; --stat-duration: 0s">
    <stat-feed
      src=${url}
      @stat-feed-warning=${(e: StatFeedWarningEvent) => e.url.endsWith(url) && problems.push(...e.problems)}
      @stat-feed-error=${(e: StatFeedErrorEvent) => messages.push(e.message)}
    >
      <stat-counter metric="teachers" show-delta></stat-counter>
      <stat-map metric="teachers"></stat-map>
      <stat-timeline metrics="teachers,schools"></stat-timeline>
    </stat-feed>
  </div>`);
  const widgets = [...root.querySelectorAll('stat-counter, stat-map, stat-timeline')];
  await until(() => widgets.every((w) => w.getAttribute('state') !== 'loading'), 5000, `every widget settled (${what})`);
  await sleep(20);
  const counter = root.querySelector('stat-counter')!;
  const shown = shownText(root);
  expect(errors, what).to.deep.equal([]);
  expect(FORBIDDEN.exec(shown)?.[0], `${what}\nshown: ${shown.slice(0, 500)}`).to.equal(undefined);
  const expected = parseFeed(body);
  if (!expected.ok) {
    counts.fatal++;
    // A clear error naming the place.
    expect(messages.join(' '), what).to.include(`${expected.fatal.path}: ${expected.fatal.message}`);
    expect(counter.getAttribute('state'), what).to.equal('error');
  } else {
    if (expected.warnings.length) {
      counts.warned++;
      expect(problems, what).to.deep.equal(expected.warnings);
    }
    // Every valid number of the counter is shown.
    const index = new FeedIndex(expected.feed);
    const country = index.country;
    const reading = country && index.metric('teachers') ? index.counter('teachers', country.id) : null;
    const value = counter.shadowRoot!.querySelector('[part="value"]')?.textContent?.trim() ?? '';
    if (reading?.value != null) {
      counts.shown++;
      expect(value, what).to.equal(formatNumber(reading.value, 'en'));
    }
  }
  root.remove();
}
