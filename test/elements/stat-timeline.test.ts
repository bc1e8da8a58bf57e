import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/elements/counter/define.js';
import '../../src/elements/feed/define.js';
import '../../src/elements/map/define.js';
import '../../src/elements/timeline/define.js';
import type { StatFeed } from '../../src/elements/feed/stat-feed.js';
import type { StatMap } from '../../src/elements/map/stat-map.js';
import type { StatTimeline } from '../../src/elements/timeline/stat-timeline.js';
import { StatPeriodSelectEvent } from '../../src/events/period-events.js';
import { parsePeriod } from '../../src/feed/period.js';
import { changedFeed, smallFeed } from '../fixtures/small-feed.js';
import { dailyFeed, longFeed, monthlyFeed, singleFeed } from '../fixtures/timeline-feeds.js';
import { serveFeed, setFeed } from '../support/feed-control.js';
import { nextEvent, requireVisiblePage, spoken, state, text, until, untilValue } from '../support/dom.js';

// ---------------------------------------------------------------------------------------------
// Helpers: read the drawing back as numbers.

const serve = (body: unknown = smallFeed) => serveFeed(body, 'timeline');

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<SVGElement & HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<SVGElement & HTMLElement>(selector)];
const num = (node: Element | null, name: string) => Number(node!.getAttribute(name));
const plot = (el: Element) => $(el, '[part="plot"]')!;

/** A timeline on `url` inside a box `width` px wide, once drawn (or failed). */
async function timeline(url: string, attributes = '', width = 800, lang = ''): Promise<StatTimeline> {
  const root = await fixture<HTMLElement>(
    `<div style="width:${width}px" ${lang ? `lang="${lang}"` : ''}><stat-timeline src="${url}" ${attributes}></stat-timeline></div>`,
  );
  const el = root.querySelector('stat-timeline')!;
  // Several in one test stack up below the fold, where a timeline draws nothing until scrolled near.
  el.scrollIntoView({ block: 'nearest' });
  await until(() => state(el) !== 'loading' && (state(el) === 'error' || !!$(el, '[part="plot"]')), 4000, 'the timeline to draw');
  return el;
}

/** The runs of a path (`M…L…`, a new run after each gap) as [x, y] pairs. */
function runs(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((run) =>
      run
        .replace(/Z$/, '')
        .split('L')
        .map((pair) => pair.split(',').map(Number) as [number, number]),
    );
}

/**
 * The expected position of a value, from what is drawn: the plot area's rectangle, the time
 * domain (first period's start to last period's end) and the grid lines' values.
 */
function geometry(el: Element, periods: readonly string[]) {
  const area = $(el, '[part="plot-area"]')!;
  const left = num(area, 'x');
  const width = num(area, 'width');
  const d0 = parsePeriod(periods[0]!)!.start;
  const d1 = parsePeriod(periods[periods.length - 1]!)!.end;
  const grid = $$(el, '[part="grid"]').map((line) => [num(line, 'data-value'), num(line, 'y1')] as const);
  const zero = grid.find(([value]) => value === 0)![1];
  const [topValue, topY] = grid[grid.length - 1]!;
  return {
    area: { left, width, top: num(area, 'y'), height: num(area, 'height') },
    grid,
    /** x of a time (UTC ms). */
    time: (t: number) => left + ((t - d0) / (d1 - d0)) * width,
    /** x of a period: the middle of its span. */
    period: (p: string) => {
      const span = parsePeriod(p)!;
      return left + (((span.start + span.end) / 2 - d0) / (d1 - d0)) * width;
    },
    value: (v: number) => zero + ((topY - zero) * v) / topValue,
  };
}

/** Rounded as the paths are (3 decimals), with room for the last bit of floating point. */
function near(actual: number, expected: number, what: string) {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).to.be.at.most(0.0011);
}

/** Checks one metric's line against the feed: a point per known value, at its period and value, a new run after each gap. */
function checkLine(el: Element, metric: string, periods: readonly string[], values: readonly (number | null)[]) {
  const g = geometry(el, periods);
  const path = $(el, `[part="line"][data-metric="${metric}"]`);
  expect(path, `line of ${metric}`).to.not.equal(null);
  const drawn = runs(path!.getAttribute('d')!);
  const expected: [string, number][][] = [];
  let run: [string, number][] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) expected.push(run);
      run = [];
    } else run.push([periods[i]!, v]);
  });
  if (run.length) expected.push(run);
  expect(
    drawn.map((r) => r.length),
    `${metric}: runs (gaps at null)`,
  ).to.deep.equal(expected.map((r) => r.length));
  expected.forEach((r, i) =>
    r.forEach(([period, value], j) => {
      const [x, y] = drawn[i]![j]!;
      near(x, g.period(period), `${metric} ${period} x`);
      near(y, g.value(value), `${metric} ${period} y`);
    }),
  );
}

const periodsOf = (feed: { observations: { period: string; region: string }[] }) =>
  [...new Set(feed.observations.filter((o) => o.region === 'AZ').map((o) => o.period))].sort();
const valuesOf = (feed: { observations: Record<string, unknown>[] }, metric: string) =>
  feed.observations.filter((o) => o['region'] === 'AZ').map((o) => (o[metric] ?? null) as number | null);

before(requireVisiblePage);

const hanging: string[] = [];
afterEach(async () => {
  for (const name of hanging.splice(0)) await setFeed(name, { mode: 'ok' });
  await emulateMedia({ reducedMotion: 'no-preference' });
  await resetMouse();
});

// ---------------------------------------------------------------------------------------------

describe('stat-timeline: the lines sit at the feed’s values', () => {
  it('yearly: one line per metric, each point at its period and value (through the scales)', async () => {
    const { url } = await serve();
    const el = await timeline(url);
    expect(state(el)).to.equal('ready');
    const periods = ['2022', '2023', '2024'];
    expect($$(el, '[part="line"]').map((p) => p.dataset['metric'])).to.deep.equal(['teachers', 'schools', 'projects']);
    checkLine(el, 'teachers', periods, [3000, 4180, 4308]);
    checkLine(el, 'schools', periods, [900, 1100, 1141]);
    checkLine(el, 'projects', periods, [400, 600, 700]);
    // The scales: zero on the plot's bottom, the top tick on its top, periods spread linearly.
    const g = geometry(el, periods);
    near(g.value(0), g.area.top + g.area.height, 'y(0) is the bottom');
    near(g.grid[g.grid.length - 1]![1], g.area.top, 'the top tick is the top');
    expect(g.grid.map(([v]) => v)).to.deep.equal([0, 1000, 2000, 3000, 4000, 5000]);
    // The middle year sits in the middle (half a day off: 2024 is a leap year).
    expect(Math.abs(g.period('2023') - (g.area.left + g.area.width / 2))).to.be.below(0.5);
    await expect(el).to.be.accessible();
  });

  it('monthly: points at each month, a gap where the feed has null, a lone value as a dot', async () => {
    const { url } = await serve(monthlyFeed);
    const el = await timeline(url);
    const periods = periodsOf(monthlyFeed);
    expect(periods).to.have.length(24);
    checkLine(el, 'teachers', periods, valuesOf(monthlyFeed, 'teachers'));
    expect(runs($(el, '[part="line"][data-metric="teachers"]')!.getAttribute('d')!)).to.have.length(2);
    // Projects: one known month, drawn as a point.
    const g = geometry(el, periods);
    const dot = $(el, '[part="point"][data-metric="projects"]')!;
    expect(dot.dataset['period']).to.equal('2024-03');
    near(num(dot, 'cx'), g.period('2024-03'), 'dot x');
    near(num(dot, 'cy'), g.value(42), 'dot y');
  });

  it('daily: points at each day, a gap over the unknown days', async () => {
    const { url } = await serve(dailyFeed);
    const el = await timeline(url, '', 1000);
    const periods = periodsOf(dailyFeed);
    expect(periods).to.have.length(60);
    checkLine(el, 'teachers', periods, valuesOf(dailyFeed, 'teachers'));
    checkLine(el, 'projects', periods, valuesOf(dailyFeed, 'projects'));
  });

  it('a single period: every series is a point', async () => {
    const { url } = await serve(singleFeed);
    const el = await timeline(url);
    const dots = $$(el, '[part="point"]');
    expect(dots.map((d) => d.dataset['metric'])).to.deep.equal(['teachers', 'projects']);
    const g = geometry(el, ['2024']);
    near(num(dots[0]!, 'cx'), g.area.left + g.area.width / 2, 'in the middle of the year');
    near(num(dots[0]!, 'cy'), g.value(4308), 'at its value');
    const [[[x, y]]] = runs($(el, '[part="line"][data-metric="teachers"]')!.getAttribute('d')!) as [[[number, number]]];
    near(x, num(dots[0]!, 'cx'), 'the path: one point, x');
    near(y, num(dots[0]!, 'cy'), 'the path: one point, y');
    await expect(el).to.be.accessible();
  });

  it('labels each line at its end with the metric’s name', async () => {
    const { url } = await serve();
    const el = await timeline(url);
    expect($$(el, '[part="label"]').map((l) => l.textContent)).to.deep.equal(['Teachers', 'Schools', 'Projects']);
  });
});

describe('stat-timeline: events on the time axis', () => {
  for (const [name, feed] of [
    ['yearly', smallFeed],
    ['monthly', monthlyFeed],
    ['daily', dailyFeed],
  ] as const) {
    it(`${name}: a marker per event at its date, a bar for a date range`, async () => {
      const { url } = await serve(feed);
      const el = await timeline(url);
      const g = geometry(el, periodsOf(feed as never));
      const markers = $$(el, '[part="event"]');
      const events = [...feed.events].sort((a, b) => parsePeriod(a.date)!.start - parsePeriod(b.date)!.start);
      expect(markers.map((m) => m.dataset['date'])).to.deep.equal(events.map((e) => e.date));
      markers.forEach((marker, i) => {
        const event = events[i]!;
        const [, x] = /translate\(([-\d.e]+),/.exec(marker.getAttribute('transform')!)!;
        near(Number(x), g.time(parsePeriod(event.date)!.start), `${event.date} x`);
        expect(marker.dataset['kind']).to.equal(event.kind);
        const bar = marker.querySelector('rect.span');
        if ('end' in event && event.end) {
          near(Number(x) + num(bar, 'width'), g.time(parsePeriod(event.end)!.end), `${event.date} end`);
        } else expect(bar, `${event.date}: no bar`).to.equal(null);
      });
    });
  }

  it('a shape per kind, named in the legend', async () => {
    const { url } = await serve(monthlyFeed);
    const el = await timeline(url);
    const shapes = new Set($$(el, '[part="event"] path').map((p) => p.getAttribute('d')));
    expect(shapes.size).to.equal(3);
    expect($$(el, '[part="legend"] .kind').map((li) => li.textContent!.trim())).to.deep.equal(['Conference', 'Training', 'Award']);
  });

  it('events="none" hides them; a list of kinds keeps those', async () => {
    const { url } = await serve(monthlyFeed);
    const el = await timeline(url, 'events="none"');
    expect($$(el, '[part="event"]')).to.have.length(0);
    el.events = 'award,training';
    await el.updateComplete;
    expect($$(el, '[part="event"]').map((m) => m.dataset['kind'])).to.deep.equal(['award', 'training']);
  });

  it('hovering a marker shows its title, dates, region, figures and link in the widget’s language', async () => {
    const { url } = await serve(monthlyFeed);
    const el = await timeline(url, 'lang="az"');
    const marker = $$(el, '[part="event"]')[0]!;
    const box = marker.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await until(() => !!$(el, '[part="event-card"]'), 2000, 'the event card');
    const card = $(el, '[part="event-card"]')!.textContent!.replace(/\s+/g, ' ');
    expect(card).to.contain('Yay konfransı');
    expect(card).to.contain('Konfrans');
    expect(card).to.contain('15 iyun 2023');
    expect(card).to.contain('Baku');
    expect(card).to.contain('Müəllimlər: 59');
    await expect(el).to.be.accessible();
  });
});

describe('stat-timeline: keyboard', () => {
  it('one Tab stop; arrows, Home and End reach every period; the crosshair reads every series', async () => {
    const { url } = await serve(monthlyFeed);
    const el = await timeline(url);
    expect($$(el, '[part="plot"] [tabindex], [part="plot"] a, [part="plot"] button')).to.have.length(0);
    plot(el).focus();
    await el.updateComplete;
    const at = () => $(el, '[part="crosshair"]')?.dataset['period'];
    expect(at(), 'focus starts at the last period').to.equal('2024-12');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const seen = [at()];
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      if (at() !== seen[seen.length - 1]) seen.push(at());
    }
    expect(seen).to.deep.equal(periodsOf(monthlyFeed));
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(at()).to.equal('2024-11');
    expect(text(el, 'readout')).to.contain('November 2024');
    expect(text(el, 'readout')).to.contain('Teachers 320');
    expect(spoken(el)).to.equal('November 2024: Teachers 320, Projects No data');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(at()).to.equal('2024-12');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(at()).to.equal(undefined);
  });

  it('up and down arrows reach every event in date order; the card and the live region tell it', async () => {
    const { url } = await serve(monthlyFeed);
    const el = await timeline(url);
    plot(el).focus();
    const titles: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      titles.push($(el, '[part="event-card"] strong')!.textContent!);
      expect(spoken(el)).to.contain(titles[titles.length - 1]);
    }
    expect(titles).to.deep.equal(['Summer conference', 'Award of the year', 'Winter school', 'Winter school']);
    // The crosshair follows the event to its period.
    expect($(el, '[part="crosshair"]')!.dataset['period']).to.equal('2024-02');
    expect(spoken(el)).to.equal('Training: Winter school, February 1 – 10, 2024');
    // An event with a url: its link is the next Tab stop, inside the card.
    const link = $(el, '[part="event-card"] a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/winter');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect($(el, '[part="event-card"]'), 'the card stays while its link has focus').to.not.equal(null);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowUp' }); // On the link: arrows are the link's, not the chart's.
    await el.updateComplete;
    expect($(el, '[part="event-card"] strong')!.textContent).to.equal('Winter school');
    await sendKeys({ press: 'Escape' }); // Closes the card, back to the chart.
    await el.updateComplete;
    expect($(el, '[part="event-card"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(plot(el));
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect($(el, '[part="event-card"] strong')!.textContent).to.equal('Winter school');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect($(el, '[part="event-card"] strong')!.textContent).to.equal('Award of the year');
  });
});

describe('stat-timeline: selecting a period', () => {
  async function programme(url: string) {
    const root = await fixture<StatFeed>(
      `<stat-feed src="${url}"><div style="width:700px">
        <stat-counter metric="teachers" style="--stat-duration: 0s"></stat-counter>
        <stat-counter metric="schools" style="--stat-duration: 0s"></stat-counter>
        <stat-timeline></stat-timeline>
      </div></stat-feed>`,
    );
    const el = root.querySelector('stat-timeline')!;
    const [teachers, schools] = [...root.querySelectorAll('stat-counter')];
    await until(() => !!$(el, '[part="plot"]') && state(teachers!) === 'ready', 4000, 'the widgets');
    await untilValue(teachers!, '4,308');
    return { root, el, teachers: teachers!, schools: schools! };
  }

  it('Enter selects the crosshair’s period: stat-period-select fires, the counters in the same stat-feed follow', async () => {
    const { url } = await serve();
    const { root, el, teachers, schools } = await programme(url);
    plot(el).focus();
    await sendKeys({ press: 'ArrowLeft' });
    const selected = nextEvent(document, 'stat-period-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event).to.be.instanceOf(StatPeriodSelectEvent);
    expect(event.period).to.equal('2023');
    expect(event.composed && event.bubbles).to.equal(true);
    expect(root.period).to.equal('2023');
    await untilValue(teachers, '4,180');
    await untilValue(schools, '1,100');
    await el.updateComplete;
    expect($(el, '[part="selection"]')!.dataset['period']).to.equal('2023');
    expect(spoken(el)).to.equal('2023 selected');
    await expect(el).to.be.accessible();
  });

  it('a click (or tap) on the chart selects the period under it', async () => {
    const { url } = await serve();
    const { root, el, teachers } = await programme(url);
    const g = geometry(el, ['2022', '2023', '2024']);
    const box = plot(el).getBoundingClientRect();
    const selected = nextEvent(el, 'stat-period-select');
    await sendMouse({ type: 'click', position: [Math.round(box.x + g.period('2022')), Math.round(box.y + 60)] });
    expect((await selected).period).to.equal('2022');
    expect(root.period).to.equal('2022');
    await untilValue(teachers, '3,000');
  });

  it('hovering moves the crosshair and shows every series’ value there, without selecting', async () => {
    const { url } = await serve();
    const { root, el } = await programme(url);
    const g = geometry(el, ['2022', '2023', '2024']);
    const box = plot(el).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + g.period('2023') + 3), Math.round(box.y + 60)] });
    await until(() => !!$(el, '[part="readout"]'), 2000, 'the readout');
    const lines = [...$(el, '[part="readout"]')!.children].map((line) => line.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).to.deep.equal(['2023', 'Teachers 4,180', 'Schools 1,100', 'Projects 600']);
    expect(root.period).to.equal('2024'); // The default (latest): hovering selects nothing.
    await sendMouse({ type: 'move', position: [5, 5] });
    await until(() => !$(el, '[part="readout"]'), 2000, 'the readout to go');
  });

  it('the map in the same stat-feed recolours to the selected period, as a map told that period', async () => {
    const demo = (await (await fetch('/demo/data/feed.json')).json()) as { observations: Record<string, unknown>[] };
    const { url } = await serveFeed(demo, 'timeline-demo');
    const root = await fixture<StatFeed>(
      `<stat-feed src="${url}"><div style="width:700px">
        <stat-map metric="teachers" style="--stat-duration: 0s"></stat-map>
        <stat-counter metric="teachers" region="AZ-BA" style="--stat-duration: 0s"></stat-counter>
        <stat-timeline></stat-timeline>
      </div></stat-feed>
      <div style="width:700px"><stat-map src="${url}" metric="teachers" period="2022"></stat-map></div>`,
    );
    const [map, reference] = [...document.querySelectorAll('stat-map')] as StatMap[];
    const el = root.querySelector('stat-timeline')!;
    const counter = root.querySelector('stat-counter')!;
    const fills = (m: StatMap) =>
      Object.fromEntries(
        [...m.shadowRoot!.querySelectorAll<SVGPathElement>('[part~="region"]')].map((p): [string, string] => [p.dataset['region']!, p.style.fill]),
      );
    // Ready: every region drawn (a first drawing adds them in slices).
    const drawn = (m: StatMap) => state(m) === 'ready' && Object.keys(fills(m)).length > 0 && Object.values(fills(m)).every(Boolean);
    await until(() => drawn(map!) && !!$(el, '[part="plot"]') && state(counter) === 'ready', 6000, 'the map and the timeline');
    // The reference map is below the fold: it draws once scrolled near the viewport.
    reference!.scrollIntoView();
    await until(() => drawn(reference!), 6000, 'the reference map');
    const before = fills(map!);
    const wanted = fills(reference!);
    expect(before, 'the latest year differs from 2022').to.not.deep.equal(wanted);
    const baku = text(counter, 'value');
    plot(el).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Enter' });
    expect(root.period).to.equal('2022');
    await until(() => JSON.stringify(fills(map!)) === JSON.stringify(wanted), 3000, 'the map to show 2022');
    await until(() => text(counter, 'value') !== baku, 3000, 'the counter to show 2022');
    const row = demo.observations.find((o) => o['period'] === '2022' && o['region'] === 'AZ-BA')!;
    expect(text(counter, 'value')).to.equal((row['teachers'] as number).toLocaleString('en'));
  });

  it('a finger dragging across the chart moves the crosshair too (pointer events of type touch)', async () => {
    const { url } = await serve();
    const el = await timeline(url);
    const g = geometry(el, ['2022', '2023', '2024']);
    const box = plot(el).getBoundingClientRect();
    for (const period of ['2022', '2024']) {
      plot(el).dispatchEvent(
        new PointerEvent('pointermove', { clientX: box.x + g.period(period), clientY: box.y + 50, pointerType: 'touch', bubbles: true, composed: true }),
      );
      await el.updateComplete;
      expect($(el, '[part="crosshair"]')!.dataset['period']).to.equal(period);
    }
  });

  it('with a feed of its own it still fires stat-period-select and marks the period', async () => {
    const { url } = await serve();
    const el = await timeline(url);
    plot(el).focus();
    await sendKeys({ press: 'Home' });
    const selected = nextEvent(el, 'stat-period-select');
    await sendKeys({ press: ' ' });
    expect((await selected).period).to.equal('2022');
    await el.updateComplete;
    expect($(el, '[part="selection"]')!.dataset['period']).to.equal('2022');
  });
});

describe('stat-timeline: legend, table, attributes', () => {
  it('the legend hides and shows a series; the value axis fits what is shown', async () => {
    const { url } = await serve();
    const el = await timeline(url);
    const button = $(el, '[part="legend-item"][data-metric="teachers"]')!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, '[part="line"][data-metric="teachers"]')).to.equal(null);
    expect(
      $$(el, '[part="grid"]')
        .map((l) => num(l, 'data-value'))
        .pop(),
    ).to.equal(1200);
    checkLine(el, 'schools', ['2022', '2023', '2024'], [900, 1100, 1141]);
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect($(el, '[part="line"][data-metric="teachers"]')).to.not.equal(null);
  });

  it('“Show as table” shows the same numbers, and the events', async () => {
    const { url } = await serve();
    const el = await timeline(url);
    const toggle = $(el, '[part="table-toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Show as table');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Hide table');
    const [values, events] = $$(el, '[part="table"]');
    const rows = [...values!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['2022', '3,000', '900', '400'],
      ['2023', '4,180', '1,100', '600'],
      ['2024', '4,308', '1,141', '700'],
    ]);
    expect(events!.querySelector('tbody tr')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'December 19 – 21, 2022 Regional conference Conference North One',
    );
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    // Closed: not displayed (so not read) on screen; rendered again only to print.
    expect($(el, '[part="table"]')?.checkVisibility() ?? false).to.equal(false);
  });

  it('metrics, region, from and to choose what is drawn', async () => {
    const { url } = await serve();
    const el = await timeline(url, 'metrics="schools, teachers" from="2023"');
    expect($$(el, '[part="line"]').map((p) => p.dataset['metric'])).to.deep.equal(['schools', 'teachers']);
    checkLine(el, 'teachers', ['2023', '2024'], [4180, 4308]);
    el.from = '';
    el.to = '2023';
    await el.updateComplete;
    checkLine(el, 'teachers', ['2022', '2023'], [3000, 4180]);
    el.to = '';
    el.region = 'S1';
    el.metrics = 'teachers';
    await el.updateComplete;
    checkLine(el, 'teachers', ['2022', '2023', '2024'], [null, 60, 70]);
  });

  it('a new src replaces the lines with the new feed’s', async () => {
    const { url } = await serve();
    const el = await timeline(url);
    const { url: monthly } = await serve(monthlyFeed);
    el.src = monthly;
    await until(() => $$(el, '[part="line"]').length === 2, 4000, 'the monthly feed');
    checkLine(el, 'teachers', periodsOf(monthlyFeed), valuesOf(monthlyFeed, 'teachers'));
  });

  it('follows the stat-feed’s region selection', async () => {
    const { url } = await serve();
    const root = await fixture<StatFeed>(
      `<stat-feed src="${url}"><div style="width:600px"><stat-timeline metrics="teachers"></stat-timeline></div></stat-feed>`,
    );
    const el = root.querySelector('stat-timeline')!;
    await until(() => !!$(el, '[part="plot"]'), 4000, 'the chart');
    root.region = 'north'; // N1 + N2, 2024 only
    await until(() => !!$(el, '[part="point"]'), 2000, 'the region’s single point');
    expect($(el, '[part="point"]')!.dataset['period']).to.equal('2024');
    expect($(el, '[part="plot"]')!.getAttribute('aria-label')).to.equal('Teachers in North, 2022–2024');
  });

  it('mistakes in the markup: state error and an English sentence naming the attribute', async () => {
    const { url } = await serve();
    const el = await timeline(url, 'metrics="teachers,pupils"');
    expect(state(el)).to.equal('error');
    expect(text(el, 'status')).to.equal('metrics="teachers,pupils": "pupils" is not in the feed');
    await expect(el).to.be.accessible();
    el.metrics = '';
    el.from = '2024-13';
    await el.updateComplete;
    expect(text(el, 'status')).to.contain('from="2024-13" is not a period');
    el.from = '';
    el.region = 'XX';
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('region="XX" is not in the feed');
    el.region = '';
    await el.updateComplete;
    expect(state(el)).to.equal('ready');
  });
});

describe('stat-timeline: states', () => {
  it('loading: a placeholder of the chart’s height, said in words, accessible', async () => {
    const { name, url } = await serve();
    await setFeed(name, { mode: 'hang' });
    hanging.push(name);
    const root = await fixture<HTMLElement>(`<div style="width:600px"><stat-timeline src="${url}" height="260"></stat-timeline></div>`);
    const el = root.querySelector('stat-timeline')!;
    await el.updateComplete;
    expect(state(el)).to.equal('loading');
    expect($(el, '.skeleton')!.getBoundingClientRect().height).to.equal(260);
    expect($(el, '.skeleton')!.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
    await setFeed(name, { mode: 'ok' });
    await until(() => !!$(el, '[part="plot"]'), 4000, 'the chart');
    expect(plot(el).getBoundingClientRect().height).to.equal(260);
  });

  it('error: no chart, the reason in words, accessible', async () => {
    const { name, url } = await serve();
    await setFeed(name, { mode: 'down' });
    const el = await timeline(url);
    expect(state(el)).to.equal('error');
    expect(text(el, 'status')).to.equal('The data could not be loaded');
    expect($(el, '[part="plot"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('no data: "No data" over the axes, events still shown, accessible', async () => {
    const { url } = await serve(monthlyFeed);
    const el = await timeline(url, 'region="BA"');
    expect(state(el)).to.equal('ready');
    expect(text(el, 'empty')).to.equal('No data');
    expect($$(el, '[part="line"]').every((p) => p.getAttribute('d') === '')).to.equal(true);
    expect($$(el, '[part="event"]')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('stale: the chart stays, with "Not up to date"', async () => {
    const { name, url } = await serve();
    const el = await timeline(url, 'refresh="1"');
    await setFeed(name, { mode: 'down' });
    await until(() => state(el) === 'stale', 5000, 'state stale');
    expect(text(el, 'status')).to.match(/^Not up to date \(last updated /);
    expect($(el, '[part="line"]')).to.not.equal(null);
    await setFeed(name, { mode: 'ok' });
  });
});

describe('stat-timeline: language, width, motion', () => {
  it('speaks the widget’s language: labels, month ticks, numbers', async () => {
    const { url } = await serve(changedFeed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 4308.5)));
    const az = await timeline(url, '', 800, 'az');
    expect($$(az, '[part="legend-item"]').map((b) => b.textContent!.trim())).to.deep.equal(['Müəllimlər', 'Məktəblər', 'Layihələr']);
    expect($(az, '[part="table-toggle"]')!.textContent!.trim()).to.equal('Cədvəl kimi göstər');
    expect($$(az, '[part~="value-axis"] text').map((t) => t.textContent)).to.include('5.000');

    const { url: monthly } = await serve(monthlyFeed);
    const months = await timeline(monthly, '', 1400, 'az');
    const ticks = $$(months, '[part~="time-axis"] text').map((t) => t.textContent!);
    expect(ticks[0]).to.equal('yan 2023');
    expect(ticks).to.include('fev');
    const ru = await timeline(monthly, '', 1400, 'ru');
    expect($$(ru, '[part~="time-axis"] text').map((t) => t.textContent)[0]).to.match(/^янв\.? 2023/);
    ru.lang = 'en';
    await ru.updateComplete;
    expect(
      $$(ru, '[part~="time-axis"] text')
        .map((t) => t.textContent)
        .slice(0, 2),
    ).to.deep.equal(['Jan 2023', 'Feb']);
  });

  it('ticks adapt to the width: fewer at 320 px, more at 1600 px, never overlapping', async () => {
    const { url } = await serve(dailyFeed);
    const counts: number[] = [];
    for (const width of [320, 1600]) {
      const el = await timeline(url, '', width);
      const labels = $$(el, '[part~="time-axis"] text').map((t) => t.getBoundingClientRect());
      labels.slice(1).forEach((box, i) => expect(box.left, `label ${i + 1} at ${width} px`).to.be.at.least(labels[i]!.right));
      const svg = $(el, '[part="plot"] > svg')!.getBoundingClientRect();
      expect(Math.round(svg.width)).to.equal(width);
      labels.forEach((box) => expect(box.right).to.be.at.most(svg.right + 20));
      counts.push(labels.length);
      const yLabels = $$(el, '[part~="value-axis"] text').map((t) => t.getBoundingClientRect());
      yLabels.forEach((box) => expect(box.left).to.be.at.least(svg.left - 1));
    }
    expect(counts[0]).to.be.lessThan(counts[1]!);
    expect(counts[0]).to.be.at.least(2);
  });

  it('the lines draw themselves in, except under prefers-reduced-motion', async () => {
    const { url } = await serve();
    let el = await timeline(url);
    await until(() => !!$(el, '.enter'), 2000, 'the entry');
    expect(getComputedStyle($(el, '[part="line"]')!).animationName).to.equal('draw');
    await emulateMedia({ reducedMotion: 'reduce' });
    el = await timeline(url);
    await until(() => !!$(el, '.enter'), 2000, 'the entry');
    expect(getComputedStyle($(el, '[part="line"]')!).animationName).to.equal('none');
  });

  it('--stat-duration: 0s turns the entry off', async () => {
    const { url } = await serve();
    const el = await timeline(url, 'style="--stat-duration: 0s"');
    expect(parseFloat(getComputedStyle($(el, '[part="line"]')!).animationDuration)).to.equal(0);
  });

  it('3 series × 10,000 days: paths thinned to the pixel width, exact values under the crosshair', async () => {
    const feed = longFeed(10000);
    const { url } = await serve(feed);
    const el = await timeline(url, '', 1000);
    const area = $(el, '[part="plot-area"]')!;
    for (const path of $$(el, '[part="line"]')) {
      const points = path.getAttribute('d')!.split(/[ML]/).length - 1;
      expect(points, path.dataset['metric']).to.be.at.most(4 * num(area, 'width') + 40);
    }
    plot(el).focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const first = feed.observations[0]!;
    expect(spoken(el)).to.equal(
      `January 1, 1990: Teachers ${first.teachers.toLocaleString('en')}, Projects ${first.projects.toLocaleString('en')}, Schools No data`,
    );
  });
});
