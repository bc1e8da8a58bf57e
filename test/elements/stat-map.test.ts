import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/elements/counter/define.js';
import '../../src/elements/feed/define.js';
import '../../src/elements/map/define.js';
import type { StatCounter } from '../../src/elements/counter/stat-counter.js';
import type { StatFeed } from '../../src/elements/feed/stat-feed.js';
import { StatMap } from '../../src/elements/map/stat-map.js';
import { StatFeedErrorEvent, StatFeedWarningEvent, StatRegionSelectEvent } from '../../src/events/feed-events.js';
import { packageGeoUrl } from '../../src/feed/geo.js';
import { feedTiming } from '../../src/feed/load.js';
import { smallFeed } from '../fixtures/small-feed.js';
import { feedStats, feedUrl, serveFeed, setFeed, uniqueFeedName } from '../support/feed-control.js';
import { nextEvent, requireVisiblePage, sleep, state, text, until, untilState } from '../support/dom.js';

// ---------------------------------------------------------------------------------------------
// Fixtures: the demo feed (regional rows for districts only: every economic region's value is
// the sum of its districts) and the package's geometry.

interface RawFeed {
  regions: { id: string; level: string; parent?: string; name: Record<string, string> }[];
  observations: Record<string, unknown>[];
  [key: string]: unknown;
}
interface RawTopology {
  objects: Record<string, { geometries: { id: string; properties: Record<string, string> }[] }>;
}

const GEO = '/src/geo/azerbaijan-regions.topo.json';
let demo: RawFeed;
let topology: RawTopology;
let demoUrl: string;

before(requireVisiblePage);
before(async () => {
  demo = (await (await fetch('/demo/data/feed.json')).json()) as RawFeed;
  topology = (await (await fetch(GEO)).json()) as RawTopology;
  demoUrl = (await serveFeed(demo, 'map-demo')).url;
});

afterEach(async () => {
  await emulateMedia({ reducedMotion: 'no-preference' });
});

/** What the feed says, computed here from the raw JSON by FEED.md's rule: own row, else the sum of all-known children. */
function expected(feed: RawFeed, metric: string, period: string, id: string): number | null {
  const own = feed.observations.find((o) => o['period'] === period && o['region'] === id);
  if (own) return typeof own[metric] === 'number' ? (own[metric] as number) : null;
  const children = feed.regions.filter((r) => r.parent === id);
  if (!children.length) return null;
  let sum = 0;
  for (const child of children) {
    const value = expected(feed, metric, period, child.id);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

const regionsOf = (map: StatMap) => [...map.shadowRoot!.querySelectorAll<SVGPathElement>('[part~="region"]')];
const regionPath = (map: StatMap, id: string) => map.shadowRoot!.querySelector<SVGPathElement>(`[part~="region"][data-region="${id}"]`)!;
const focused = (map: StatMap) => map.shadowRoot!.activeElement?.getAttribute('data-region') ?? null;
const tooltip = (map: StatMap) => text(map, 'tooltip');

/** "Baku: 1,273" → 1273; "Sadarak: No data" → null. */
function labelValue(path: Element): number | null {
  const said = path.getAttribute('aria-label')!;
  const value = said.slice(said.lastIndexOf(': ') + 2);
  return value === 'No data' ? null : Number(value.replace(/,/g, ''));
}

async function drawn(map: StatMap, timeout = 4000): Promise<StatMap> {
  await until(() => state(map) === 'ready' && regionsOf(map).length > 0, timeout, `a drawn map (state "${state(map)}")`);
  await map.updateComplete;
  return map;
}

/** A map (and anything else) in a box of the given width; resolves once drawn. */
async function mapIn(markup: string, width = 800): Promise<{ root: HTMLElement; map: StatMap }> {
  const root = await fixture<HTMLElement>(`<div style="width:${width}px">${markup}</div>`);
  const map = root.querySelector('stat-map')!;
  await drawn(map);
  return { root, map };
}

function key(map: StatMap, name: string): void {
  const target = map.shadowRoot!.activeElement ?? map.shadowRoot!.querySelector('[role=listbox]')!;
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));
}

// ---------------------------------------------------------------------------------------------

describe('stat-map: drawing', () => {
  it('draws each of the 78 districts once, with its id', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers"></stat-map>`);
    const ids = regionsOf(map).map((p) => p.getAttribute('data-region'));
    const expectedIds = topology.objects['districts']!.geometries.map((g) => g.id);
    expect(ids.length).to.equal(78);
    expect(new Set(ids).size).to.equal(78);
    expect([...ids].sort()).to.deep.equal([...expectedIds].sort());
    for (const path of regionsOf(map)) {
      expect(path.localName).to.equal('path');
      expect(path.getAttribute('d'), path.getAttribute('data-region')!).to.match(/^M[\d.]+,[\d.]+L/);
    }
    // Shared borders once (mesh), the outline, and the economic regions' borders over the districts.
    const lines = [...map.shadowRoot!.querySelectorAll('.borders, .outline, .coarser')];
    expect(lines.map((l) => l.getAttribute('d')!.length > 100)).to.deep.equal([true, true, true]);
  });

  it('draws each of the 14 economic regions once, with its id', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers" level="economic-region"></stat-map>`);
    const ids = regionsOf(map).map((p) => p.getAttribute('data-region'));
    expect(ids.length).to.equal(14);
    expect(new Set(ids).size).to.equal(14);
    expect([...ids].sort()).to.deep.equal(topology.objects['economic_regions']!.geometries.map((g) => g.id).sort());
    expect(map.shadowRoot!.querySelector('.coarser')!.getAttribute('d')).to.equal('');
  });

  it('fits the drawing to the element’s width, with the shape’s own height', async () => {
    const { root, map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers"></stat-map>`, 640);
    const svg = map.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('width')).to.equal('640');
    expect(Number(svg.getAttribute('height'))).to.be.within(480, 520);
    const box = svg.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(640);
    // Wider: projected again.
    const before = regionPath(map, 'AZ-BA').getAttribute('d');
    root.style.width = '900px';
    await until(() => svg.getAttribute('width') === '900', 3000, 'the new width');
    expect(regionPath(map, 'AZ-BA').getAttribute('d')).to.not.equal(before);
  });

  it('ships a default geometry next to the code (src/ in tests, dist/ when built)', () => {
    expect(StatMap.defaultGeo).to.equal(new URL(GEO, location.href).href);
    expect(packageGeoUrl('https://unpkg.com/stat-widgets@1.0.0/dist/cdn/chunks/stat-map-x1.js')).to.equal(
      'https://unpkg.com/stat-widgets@1.0.0/dist/geo/azerbaijan-regions.topo.json',
    );
    expect(packageGeoUrl('https://example.org/dist/stat-widgets.iife.js')).to.equal('https://example.org/dist/geo/azerbaijan-regions.topo.json');
    expect(packageGeoUrl('https://example.org/js/widgets.js')).to.equal('https://example.org/js/geo/azerbaijan-regions.topo.json');
  });
});

describe('stat-map: values', () => {
  for (const level of ['district', 'economic-region'] as const) {
    for (const [metric, period] of [
      ['teachers', '2024'],
      ['schools', '2022'],
      ['projects', '2023'],
    ] as const) {
      it(`shows the feed’s value for every ${level}: ${metric} ${period} (map labels and table)`, async () => {
        // The demo feed has no rows for economic regions: their values are sums of districts.
        const own = demo.observations.filter((o) => demo.regions.find((r) => r.id === o['region'])?.level === 'economic-region');
        expect(own, 'economic regions have no rows of their own').to.deep.equal([]);
        const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="${metric}" level="${level}" period="${period}"></stat-map>`);
        const paths = regionsOf(map);
        expect(paths.length).to.equal(level === 'district' ? 78 : 14);
        let nulls = 0;
        for (const path of paths) {
          const id = path.getAttribute('data-region')!;
          const want = expected(demo, metric, period, id);
          if (want === null) nulls++;
          expect(labelValue(path), `${id} ${metric} ${period}`).to.equal(want);
          // "No data" is the hatching, never a class colour.
          expect(path.style.fill.includes('url'), `${id} fill ${path.style.fill}`).to.equal(want === null);
        }
        if (metric === 'schools') expect(nulls, 'Sadarak’s unknown 2022 schools').to.be.greaterThan(0);
        // The table: the same numbers, sorted by value.
        map.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
        await map.updateComplete;
        const rows = [...map.shadowRoot!.querySelectorAll('[part="table"] tbody tr')];
        expect(rows.length).to.equal(paths.length);
        const shown = rows.map((row) => {
          const cell = row.querySelector('td')!.textContent!.trim();
          return cell === 'No data' ? null : Number(cell.replace(/,/g, ''));
        });
        rows.forEach((row, i) => {
          expect(shown[i], row.getAttribute('data-region')!).to.equal(expected(demo, metric, period, row.getAttribute('data-region')!));
        });
        const known = shown.filter((v): v is number => v !== null);
        expect(known).to.deep.equal([...known].sort((a, b) => b - a));
        expect(
          shown.slice(known.length).every((v) => v === null),
          'no data last',
        ).to.equal(true);
      });
    }
  }

  it('share of the national total and rank, in the tooltip and the table', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers" period="2024"></stat-map>`);
    regionPath(map, 'AZ-BA').focus();
    await map.updateComplete;
    const baku = expected(demo, 'teachers', '2024', 'AZ-BA')!;
    const total = expected(demo, 'teachers', '2024', 'AZ')!;
    const share = `${(Math.round((baku / total) * 1000) / 10).toFixed(1)}%`;
    expect(tooltip(map)).to.contain('Baku').and.contain(baku.toLocaleString('en')).and.contain(`${share} of the national total`);
    expect(tooltip(map)).to.contain('rank 1 of 78');
    map.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await map.updateComplete;
    const first = map.shadowRoot!.querySelector('[part="table"] tbody tr')!;
    expect(first.getAttribute('data-region')).to.equal('AZ-BA');
    expect(first.querySelectorAll('td')[1]!.textContent!.trim()).to.equal(share);
  });

  it('defaults to the latest period with regional values, and the legend holds the classes and a "no data" key', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="schools" classes="4"></stat-map>`);
    expect(text(map, 'title')).to.equal('Schools by district, 2024');
    const keys = [...map.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.trim());
    expect(keys.length).to.equal(5);
    expect(keys[4]).to.equal('No data');
    for (const k of keys.slice(0, 4)) expect(k).to.match(/^[\d,]+(–[\d,]+)?$/);
    const swatches = [...map.shadowRoot!.querySelectorAll<HTMLElement>('[part="legend"] .swatch')].map((s) => getComputedStyle(s).backgroundImage);
    expect(swatches[4]).to.contain('repeating-linear-gradient');
  });

  it('a shape without a feed region is "no data", reported with a stat-feed-warning; so is a region without a shape', async () => {
    const geoName = uniqueFeedName('geo');
    await setFeed(geoName, { body: topology });
    const small = structuredClone(smallFeed) as unknown as RawFeed;
    small.regions.push({ id: 'AZ-BA', level: 'district', parent: 'north', name: { en: 'Baku' } });
    small.observations.push({ period: '2024', region: 'AZ-BA', teachers: 1000 });
    const { url } = await serveFeed(small, 'map-warn');
    const el = document.createElement('stat-map');
    el.setAttribute('src', url);
    el.setAttribute('metric', 'teachers');
    el.setAttribute('geo', feedUrl(geoName));
    const warned = nextEvent(el, 'stat-feed-warning');
    await fixture(html`<div style="width:500px">${el}</div>`);
    const event = (await warned) as StatFeedWarningEvent;
    await drawn(el);
    expect(event).to.be.instanceOf(StatFeedWarningEvent);
    const paths = event.problems.map((p) => p.path);
    // N1, N2, S1, S2 have no shape; 77 shapes have no region.
    expect(paths.filter((p) => p.startsWith('regions['))).to.have.length(4);
    expect(paths.filter((p) => p.startsWith('objects.districts.geometries['))).to.have.length(77);
    expect(labelValue(regionPath(el, 'AZ-BA'))).to.equal(1000);
    expect(labelValue(regionPath(el, 'AZ-GA'))).to.equal(null);
    expect(regionPath(el, 'AZ-GA').getAttribute('aria-label')).to.equal('Ganja: No data');
  });
});

describe('stat-map: keyboard', () => {
  it('one Tab stop; arrows move between regions, Enter selects, Escape clears (real keys)', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:800px">
      <button id="before">before</button>
      <stat-feed src="${demoUrl}"><stat-map metric="teachers"></stat-map></stat-feed></div>`);
    const map = await drawn(root.querySelector('stat-map')!);
    const feed = root.querySelector<StatFeed>('stat-feed')!;
    expect(regionsOf(map).filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await map.updateComplete;
    const first = focused(map);
    expect(first, 'Tab enters the map').to.not.equal(null);
    expect(tooltip(map)).to.contain(regionPath(map, first!).getAttribute('aria-label')!.split(':')[0]);
    await sendKeys({ press: 'ArrowRight' });
    await map.updateComplete;
    const second = focused(map);
    expect(second).to.not.equal(first);
    expect(map.shadowRoot!.querySelector('.focus')!.getAttribute('d'), 'a visible focus ring').to.equal(regionPath(map, second!).getAttribute('d'));
    // The tooltip follows the focus and names the region and its value.
    const [name, value] = regionPath(map, second!).getAttribute('aria-label')!.split(': ');
    expect(tooltip(map)).to.contain(name!).and.contain(value!);

    const selected = nextEvent(map, 'stat-region-select');
    await sendKeys({ press: 'Enter' });
    const event = (await selected) as StatRegionSelectEvent;
    expect(event).to.be.instanceOf(StatRegionSelectEvent);
    expect(event.region).to.equal(second);
    expect(event.bubbles && event.composed).to.equal(true);
    await map.updateComplete;
    expect(feed.region).to.equal(second);
    expect(regionPath(map, second!).getAttribute('aria-selected')).to.equal('true');
    expect(map.shadowRoot!.querySelector('.selected')!.getAttribute('d'), 'the selected region is outlined').to.equal(
      regionPath(map, second!).getAttribute('d'),
    );

    const cleared = nextEvent(map, 'stat-region-select');
    await sendKeys({ press: 'Escape' });
    expect(((await cleared) as StatRegionSelectEvent).region).to.equal(null);
    await map.updateComplete;
    expect(feed.region).to.equal('AZ');
    expect(map.shadowRoot!.querySelector('.selected')!.getAttribute('d')).to.equal('');

    await sendKeys({ press: ' ' });
    await map.updateComplete;
    expect(feed.region, 'Space selects too').to.equal(second);
    // Tab leaves the regions in one step, for the map's next control (the period's play button).
    await sendKeys({ press: 'Tab' });
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement?.getAttribute('part')).to.equal('play');
    expect(tooltip(map), 'no tooltip once focus has left').to.equal(null);
    // Shift+Tab comes back to the same region.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(map)).to.equal(second);
  });

  it('what a screen reader is given: options named by name and value, in a listbox named by the caption, with key help', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers" period="2024"></stat-map>`);
    const listbox = map.shadowRoot!.querySelector('[role="listbox"]')!;
    const byId = (id: string) => map.shadowRoot!.getElementById(id)!.textContent!.trim();
    expect(byId(listbox.getAttribute('aria-labelledby')!)).to.equal('Teachers by district, 2024');
    expect(byId(listbox.getAttribute('aria-describedby')!)).to.contain('Arrow keys');
    const options = [...listbox.children].filter((c) => c.getAttribute('role') === 'option');
    expect(options.length).to.equal(78);
    const baku = regionPath(map, 'AZ-BA');
    expect(baku.getAttribute('aria-label')).to.equal(`Baku: ${expected(demo, 'teachers', '2024', 'AZ-BA')!.toLocaleString('en')}`);
    expect(baku.getAttribute('aria-selected')).to.equal('false');
    // Focused, it is described by the tooltip (share, rank).
    baku.focus();
    await map.updateComplete;
    expect(baku.getAttribute('aria-describedby')).to.equal('tip');
    expect(map.shadowRoot!.getElementById('tip')!.getAttribute('role')).to.equal('tooltip');
    expect(byId('tip')).to.contain('of the national total').and.contain('rank 1 of 78');
    // Everything else in the drawing is hidden from assistive technology.
    for (const g of map.shadowRoot!.querySelectorAll('svg > g:not([role])')) expect(g.getAttribute('aria-hidden')).to.equal('true');
  });

  for (const level of ['district', 'economic-region'] as const) {
    it(`arrow keys reach every ${level} from the first one`, async () => {
      const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers" level="${level}"></stat-map>`, 360);
      const all = regionsOf(map).map((p) => p.getAttribute('data-region')!);
      const start = regionsOf(map)
        .find((p) => p.getAttribute('tabindex') === '0')!
        .getAttribute('data-region')!;
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length) {
        const from = queue.shift()!;
        for (const arrow of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
          regionPath(map, from).focus();
          key(map, arrow);
          const to = focused(map)!;
          if (!seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
      expect([...seen].sort()).to.deep.equal([...all].sort());
      // Home and End reach the ends of the list (alphabetical).
      key(map, 'End');
      expect(focused(map)).to.equal(all[all.length - 1]);
      key(map, 'Home');
      expect(focused(map)).to.equal(all[0]);
    });
  }

  it('names a city and a district of the same name apart', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers"></stat-map>`);
    const names = regionsOf(map).map((p) => p.getAttribute('aria-label')!.split(': ')[0]!);
    expect(new Set(names).size).to.equal(78);
    expect(regionPath(map, 'AZ-SA').getAttribute('aria-label')).to.match(/^Shaki \(city\): /);
    expect(regionPath(map, 'AZ-SAK').getAttribute('aria-label')).to.match(/^Shaki: /);
  });
});

describe('stat-map: pointer, selection and the stat-feed', () => {
  it('hover shows the tooltip; a click selects; the counter on the same stat-feed follows', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:800px">
      <stat-feed src="${demoUrl}">
        <stat-map metric="teachers"></stat-map>
        <stat-counter metric="teachers" style="--stat-duration: 0s"></stat-counter>
      </stat-feed></div>`);
    const map = await drawn(root.querySelector('stat-map')!);
    const counter = root.querySelector<StatCounter>('stat-counter')!;
    await untilState(counter, 'ready');
    expect(text(counter, 'value')).to.equal(expected(demo, 'teachers', '2024', 'AZ')!.toLocaleString('en'));

    // A point inside Goranboy (a large district) under a real mouse.
    const path = regionPath(map, 'AZ-GOR');
    const box = path.getBoundingClientRect();
    let point: [number, number] | null = null;
    for (let fy = 0.3; fy <= 0.7 && !point; fy += 0.1) {
      for (let fx = 0.3; fx <= 0.7 && !point; fx += 0.1) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        if (map.shadowRoot!.elementFromPoint(x, y) === path) point = [x, y];
      }
    }
    expect(point, 'a point inside Goranboy').to.not.equal(null);
    await sendMouse({ type: 'move', position: [Math.round(point![0]), Math.round(point![1])] });
    await until(() => tooltip(map) !== null, 2000, 'the tooltip');
    const value = expected(demo, 'teachers', '2024', 'AZ-GOR')!;
    expect(tooltip(map)).to.contain('Goranboy').and.contain(`Teachers: ${value}`);
    expect(map.shadowRoot!.querySelector('.hover')!.getAttribute('d')).to.equal(path.getAttribute('d'));

    const selected = nextEvent(map, 'stat-region-select');
    await sendMouse({ type: 'click', position: [Math.round(point![0]), Math.round(point![1])] });
    expect(((await selected) as StatRegionSelectEvent).region).to.equal('AZ-GOR');
    await until(() => text(counter, 'value') === String(value), 2000, `the counter to show ${value}`);
    expect(root.querySelector<StatFeed>('stat-feed')!.region).to.equal('AZ-GOR');
    expect(path.getAttribute('part')).to.equal('region selected');

    // Another widget sets the selection: the map outlines it.
    root.querySelector<StatFeed>('stat-feed')!.region = 'AZ-BA';
    await until(() => regionPath(map, 'AZ-BA').getAttribute('aria-selected') === 'true', 2000, 'Baku selected');
    expect(path.getAttribute('aria-selected')).to.equal('false');

    await sendMouse({ type: 'move', position: [0, 0] });
    await until(() => tooltip(map) === null || !tooltip(map)!.includes('Goranboy'), 2000, 'the tooltip to go');
  });

  it('a map with its own src keeps its own selection and still fires stat-region-select', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers"></stat-map>`);
    const selected = nextEvent(map, 'stat-region-select');
    regionPath(map, 'AZ-QAB').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 1, clientY: 1 }));
    expect(((await selected) as StatRegionSelectEvent).region).to.equal('AZ-QAB');
    await map.updateComplete;
    expect(regionPath(map, 'AZ-QAB').getAttribute('aria-selected')).to.equal('true');
  });
});

describe('stat-map: small screens', () => {
  it('at 320 px: fits, small city units have ≥ 24 px tap targets and buttons below the map', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const root = await fixture<HTMLElement>(`<div style="width:320px">
        <stat-feed src="${demoUrl}"><stat-map metric="teachers"></stat-map></stat-feed></div>`);
      const map = await drawn(root.querySelector('stat-map')!);
      const feed = root.querySelector<StatFeed>('stat-feed')!;
      expect(map.getBoundingClientRect().width).to.equal(320);
      expect(map.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(320);
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(360);
      // Every unit drawn smaller than 24 px (the cities, and a few small districts at this width) has a round
      // target of 24 px and a button below the map; larger ones have neither.
      const small = regionsOf(map)
        .filter((p) => Math.max(p.getBBox().width, p.getBBox().height) < 24)
        .map((p) => p.getAttribute('data-region'));
      const targets = [...map.shadowRoot!.querySelectorAll('circle[data-region]')];
      expect(targets.map((c) => c.getAttribute('data-region')).sort()).to.deep.equal([...small].sort());
      const cities = topology.objects['districts']!.geometries.filter((g) => g.properties['type'] === 'city').map((g) => g.id);
      for (const id of cities.filter((c) => c !== 'AZ-BA')) expect(small, id).to.include(id);
      for (const circle of targets) expect(Number(circle.getAttribute('r')) * 2).to.be.at.least(24);
      const buttons = [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="small-areas"] button')];
      expect(buttons.length).to.equal(small.length);
      for (const button of buttons) expect(button.getBoundingClientRect().height).to.be.at.least(24);

      // A tap near Naftalan's centre (within its target, outside its shape) selects Naftalan.
      const circle = map.shadowRoot!.querySelector('circle[data-region="AZ-NA"]')!;
      const c = circle.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(c.left + c.width / 2 + 5), Math.round(c.top + c.height / 2)] });
      await until(() => feed.region === 'AZ-NA', 2000, 'Naftalan selected by a tap');
      await map.updateComplete;
      expect(map.shadowRoot!.querySelector('.selected')!.getAttribute('d'), 'a ring marks a selected unit too small to see').to.match(/^M[\d.]+,[\d.]+a9,9 /);
      // And the list's button does the same for Mingachevir.
      buttons.find((b) => b.textContent!.trim() === 'Mingachevir')!.click();
      await until(() => feed.region === 'AZ-MI', 2000, 'Mingachevir selected from the list');
      await map.updateComplete;
      expect(map.shadowRoot!.querySelector('[part="small-areas"] [aria-pressed="true"]')!.textContent!.trim()).to.equal('Mingachevir');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('stat-map: over time', () => {
  it('the slider steps through the periods with regional values, recolouring without re-projecting; the counter follows', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:700px">
      <stat-feed src="${demoUrl}">
        <stat-map metric="teachers" style="--stat-duration: 0s"></stat-map>
        <stat-counter metric="teachers" region="AZ-BA" style="--stat-duration: 0s"></stat-counter>
      </stat-feed></div>`);
    const map = await drawn(root.querySelector('stat-map')!);
    const counter = root.querySelector<StatCounter>('stat-counter')!;
    const slider = map.shadowRoot!.querySelector<HTMLInputElement>('[part="slider"]')!;
    expect(slider.max).to.equal('2');
    expect(slider.value).to.equal('2');
    expect(slider.getAttribute('aria-valuetext')).to.equal('2024');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(map.shadowRoot!.querySelector('[role=listbox]')!, { subtree: true, childList: true, attributes: true });

    slider.value = '0';
    slider.dispatchEvent(new Event('input'));
    await until(() => text(map, 'title') === 'Teachers by district, 2022', 2000, 'the 2022 map');
    await map.updateComplete;
    observer.disconnect();
    expect(
      records.filter((r) => r.type === 'attributes' && r.attributeName === 'd'),
      'no path re-projected',
    ).to.deep.equal([]);
    expect(
      records.filter((r) => r.type === 'childList'),
      'no path replaced',
    ).to.deep.equal([]);
    expect(
      records.some((r) => r.attributeName === 'style'),
      'recoloured',
    ).to.equal(true);
    expect(labelValue(regionPath(map, 'AZ-BA'))).to.equal(expected(demo, 'teachers', '2022', 'AZ-BA'));
    await until(() => text(counter, 'value') === expected(demo, 'teachers', '2022', 'AZ-BA')!.toLocaleString('en'), 2000, 'the counter in 2022');
  });

  it('play/pause: no autoplay; play steps to the last period and stops', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers" period="2022" style="--stat-duration: 0s"></stat-map>`);
    const play = map.shadowRoot!.querySelector<HTMLButtonElement>('[part="play"]')!;
    expect(play.getAttribute('aria-pressed')).to.equal('false');
    expect(play.textContent).to.contain('Play');
    await sleep(1500);
    expect(text(map, 'title'), 'no autoplay').to.equal('Teachers by district, 2022');
    play.click();
    await map.updateComplete;
    expect(play.getAttribute('aria-pressed')).to.equal('true');
    expect(play.textContent).to.contain('Pause');
    await until(() => text(map, 'title') === 'Teachers by district, 2023', 2500, '2023');
    await until(() => text(map, 'title') === 'Teachers by district, 2024', 2500, '2024');
    await until(() => play.getAttribute('aria-pressed') === 'false', 1000, 'play to stop at the end');
    // Pause stops at once.
    play.click();
    await map.updateComplete;
    expect(text(map, 'title'), 'from the start after the end').to.equal('Teachers by district, 2022');
    play.click();
    await map.updateComplete;
    expect(play.getAttribute('aria-pressed')).to.equal('false');
    await sleep(1400);
    expect(text(map, 'title')).to.equal('Teachers by district, 2022');
  });

  it('recolouring fades over half of --stat-duration; never under reduced motion', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers" style="--stat-duration: 600ms"></stat-map>`);
    expect(getComputedStyle(regionPath(map, 'AZ-BA')).transitionDuration).to.equal('0.3s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(regionPath(map, 'AZ-BA')).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
    map.style.setProperty('--stat-duration', '0s');
    expect(getComputedStyle(regionPath(map, 'AZ-BA')).transitionDuration).to.equal('0s');
  });
});

describe('stat-map: states, languages and accessibility', () => {
  it('is accessible: the map, the tooltip, the legend and the table (axe)', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="schools" period="2022"></stat-map>`);
    await expect(map).to.be.accessible();
    regionPath(map, 'AZ-SAD').focus(); // No data: tooltip with the name and "No data"
    await map.updateComplete;
    expect(tooltip(map)).to.contain('Sadarak').and.contain('No data');
    await expect(map).to.be.accessible();
    regionPath(map, 'AZ-BA').focus();
    await map.updateComplete;
    expect(tooltip(map)).to.contain('Baku');
    await expect(map).to.be.accessible();
    map.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('[part="table"]')).to.not.equal(null);
    expect(map.shadowRoot!.querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('Hide table');
    await expect(map).to.be.accessible();
  });

  it('while loading: a placeholder, state loading, accessible; ready once feed and geometry are in', async () => {
    const { name, url } = await serveFeed(demo, 'map-hang');
    await setFeed(name, { mode: 'hang' });
    const root = await fixture<HTMLElement>(`<div style="width:500px"><stat-map src="${url}" metric="teachers"></stat-map></div>`);
    const map = root.querySelector('stat-map')!;
    await until(async () => (await feedStats(name)).requests === 1, 3000, 'the request');
    await map.updateComplete;
    expect(state(map)).to.equal('loading');
    expect(map.shadowRoot!.querySelector('.skeleton')).to.not.equal(null);
    expect(text(map, 'title')).to.equal('Loading…');
    await expect(map).to.be.accessible();
    await setFeed(name, { mode: 'ok' });
    await drawn(map);
  });

  it('errors: a feed that fails, a geometry that fails, a missing metric (said in words, accessible)', async () => {
    const broken = await fixture<HTMLElement>(`<div style="width:400px"><stat-map src="/no-such-feed-${uniqueFeedName()}" metric="teachers"></stat-map></div>`);
    const a = broken.querySelector('stat-map')!;
    await untilState(a, 'error');
    expect(text(a, 'status')).to.equal('The data could not be loaded');
    await expect(a).to.be.accessible();

    const el = document.createElement('stat-map');
    el.setAttribute('src', demoUrl);
    el.setAttribute('metric', 'teachers');
    el.setAttribute('geo', `/no-such-geo-${uniqueFeedName()}`);
    const failed = nextEvent(el, 'stat-feed-error');
    await fixture(html`<div style="width:400px">${el}</div>`);
    const event = (await failed) as StatFeedErrorEvent;
    expect(event.url).to.contain('/no-such-geo-');
    expect(event.message).to.contain('404');
    await untilState(el, 'error');
    expect(text(el, 'status')).to.equal('The map could not be loaded');
    await expect(el).to.be.accessible();

    const none = await fixture<HTMLElement>(`<div style="width:400px"><stat-map src="${demoUrl}"></stat-map></div>`);
    const b = none.querySelector('stat-map')!;
    await untilState(b, 'error');
    expect(text(b, 'status')).to.contain('metric attribute');

    const wrong = await fixture<HTMLElement>(`<div style="width:400px"><stat-map src="${demoUrl}" metric="pupils"></stat-map></div>`);
    const c = wrong.querySelector('stat-map')!;
    await untilState(c, 'error');
    expect(text(c, 'status')).to.contain('metric="pupils"');

    const level = await fixture<HTMLElement>(`<div style="width:400px"><stat-map src="${demoUrl}" metric="teachers" level="county"></stat-map></div>`);
    const d = level.querySelector('stat-map')!;
    await untilState(d, 'error');
    expect(text(d, 'status')).to.contain('level="county"');
  });

  it('speaks the widget’s language: names, numbers, caption and controls in az and ru', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers" lang="az"></stat-map>`);
    expect(text(map, 'title')).to.equal('Müəllimlər rayonlar üzrə, 2024');
    expect(regionPath(map, 'AZ-BA').getAttribute('aria-label')).to.match(/^Bakı: \d\.\d{3}$/);
    expect(map.shadowRoot!.querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('Cədvəl kimi göstər');
    expect(text(map, 'footer')).to.contain('Natural Earth');
    map.lang = 'ru';
    await map.updateComplete;
    expect(text(map, 'title')).to.equal('Учителя по районам, 2024');
    expect(regionPath(map, 'AZ-BA').getAttribute('aria-label')).to.match(/^Баку: /);
  });
});

describe('stat-map: defaults and changes', () => {
  it('attribute and property defaults', () => {
    const map = document.createElement('stat-map');
    expect([map.metric, map.level, map.period, map.geo, map.scheme, map.classes, map.credit, map.src, map.refresh]).to.deep.equal([
      '',
      'district',
      '',
      '',
      'blues',
      5,
      '',
      '',
      0,
    ]);
    map.setAttribute('classes', '3');
    map.setAttribute('level', 'economic-region');
    expect([map.classes, map.level]).to.deep.equal([3, 'economic-region']);
  });

  it('geo changed mid-request: draws the second geometry; the first one’s late answer changes nothing', async () => {
    const first = uniqueFeedName('geo');
    const partial = structuredClone(topology);
    partial.objects['districts']!.geometries = partial.objects['districts']!.geometries.slice(0, 10);
    await setFeed(first, { body: partial, mode: 'hang' });
    const second = uniqueFeedName('geo');
    await setFeed(second, { body: topology });
    const root = await fixture<HTMLElement>(`<div style="width:400px"><stat-map src="${demoUrl}" metric="teachers" geo="${feedUrl(first)}"></stat-map></div>`);
    const map = root.querySelector('stat-map')!;
    try {
      await until(async () => (await feedStats(first)).requests === 1, 3000, 'the first request');
      expect(state(map)).to.equal('loading');
      map.geo = feedUrl(second);
      await drawn(map);
      expect(regionsOf(map).length).to.equal(78);
    } finally {
      await setFeed(first, { mode: 'ok' });
    }
    await sleep(300);
    expect(regionsOf(map).length).to.equal(78);
    expect(state(map)).to.equal('ready');
  });

  it('stale: when refreshing fails the map stays, "Not up to date"; it recovers by itself', async () => {
    const saved = { ...feedTiming };
    feedTiming.retryBase = 100;
    feedTiming.retryMax = 400;
    try {
      const { name, url } = await serveFeed(demo, 'map-stale');
      const { map } = await mapIn(`<stat-map src="${url}" refresh="0.3" metric="teachers"></stat-map>`, 400);
      await setFeed(name, { mode: 'down' });
      await untilState(map, 'stale');
      expect(text(map, 'status')).to.contain('Not up to date');
      expect(regionsOf(map).length).to.equal(78);
      await expect(map).to.be.accessible();
      await setFeed(name, { mode: 'ok' });
      await untilState(map, 'ready');
      expect(text(map, 'status')).to.equal(null);
    } finally {
      Object.assign(feedTiming, saved);
    }
  });
});

describe('stat-map: geometry requests', () => {
  it('several maps share one geometry request', async () => {
    const name = uniqueFeedName('geo');
    await setFeed(name, { body: topology });
    const geo = feedUrl(name);
    const root = await fixture<HTMLElement>(`<div style="width:400px">
      <stat-map src="${demoUrl}" metric="teachers" geo="${geo}"></stat-map>
      <stat-map src="${demoUrl}" metric="schools" geo="${geo}"></stat-map>
      <stat-map src="${demoUrl}" metric="projects" geo="${geo}" level="economic-region"></stat-map></div>`);
    for (const map of root.querySelectorAll('stat-map')) await drawn(map);
    expect((await feedStats(name)).requests).to.equal(1);
  });

  it('a map made but never connected requests no geometry', async () => {
    const name = uniqueFeedName('geo');
    await setFeed(name, { body: topology });
    const map = document.createElement('stat-map');
    map.setAttribute('geo', feedUrl(name));
    map.setAttribute('metric', 'teachers');
    await sleep(200);
    expect((await feedStats(name)).requests).to.equal(0);
  });

  /** Loads a page in an iframe and waits for `ready`; returns the geometry files it requested. */
  async function pageRequests(body: string, ready: (doc: Document) => boolean): Promise<string[]> {
    const frame = document.createElement('iframe');
    frame.style.width = '600px';
    frame.srcdoc = `<!doctype html><html lang="en"><body>${body}</body></html>`;
    document.body.append(frame);
    try {
      await until(() => !!frame.contentDocument && frame.contentDocument.readyState === 'complete' && ready(frame.contentDocument), 8000, 'the page');
      await sleep(300);
      const win = frame.contentWindow as Window & typeof globalThis;
      return win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('topo'));
    } finally {
      frame.remove();
    }
  }

  const counterReady = (doc: Document) => doc.querySelector('stat-counter')?.getAttribute('state') === 'ready';
  const mapReady = (doc: Document) => doc.querySelector('stat-map')?.getAttribute('state') === 'ready';

  it('a page with a counter and no map (the IIFE bundle, which holds the map) requests no geometry', async () => {
    const files = await pageRequests(
      `<script src="/dist/stat-widgets.iife.js"></script><stat-counter src="/demo/data/feed.json" metric="teachers"></stat-counter>`,
      counterReady,
    );
    expect(files).to.deep.equal([]);
  });

  it('the same with the ES modules of dist/cdn/define.js', async () => {
    const files = await pageRequests(
      `<script type="module" src="/dist/cdn/define.js"></script><stat-counter src="/demo/data/feed.json" metric="teachers"></stat-counter>`,
      counterReady,
    );
    expect(files).to.deep.equal([]);
  });

  it('with a map, the IIFE finds dist/geo/ beside itself (one request)', async () => {
    const files = await pageRequests(
      `<script src="/dist/stat-widgets.iife.js"></script><stat-map src="/demo/data/feed.json" metric="teachers"></stat-map>`,
      mapReady,
    );
    expect(files.map((f) => new URL(f).pathname)).to.deep.equal(['/dist/geo/azerbaijan-regions.topo.json']);
  });

  it('with a map, dist/cdn/map/define.js finds dist/geo/ (one request)', async () => {
    const files = await pageRequests(
      `<script type="module" src="/dist/cdn/map/define.js"></script><stat-map src="/demo/data/feed.json" metric="teachers"></stat-map>`,
      mapReady,
    );
    expect(files.map((f) => new URL(f).pathname)).to.deep.equal(['/dist/geo/azerbaijan-regions.topo.json']);
  });
});
