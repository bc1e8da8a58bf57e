// Any map (issue 15): public geometry as shipped, drawn with attributes only: us-atlas's counties
// (TopoJSON, longitude and latitude; 3,231 shapes), its pre-projected Albers file, world-atlas's
// countries, and GeoJSON; the geometry's mistakes said; drawing and pointing at county scale.
import { expect, fixture } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import '../../src/elements/feed/define.js';
import '../../src/elements/map/define.js';
import type { StatMap } from '../../src/elements/map/stat-map.js';
import { StatFeedErrorEvent } from '../../src/events/feed-events.js';
import { requireVisiblePage, state, text, until } from '../support/dom.js';
import { serveFeed } from '../support/feed-control.js';

const COUNTIES = '/node_modules/us-atlas/counties-10m.json';
const ALBERS = '/node_modules/us-atlas/counties-albers-10m.json';
const WORLD = '/node_modules/world-atlas/countries-110m.json';
type Geometries = { id: string; properties: { name: string } }[];

/** A feed of the shapes of a topology's object, each a district with a figure (the country: "X"). */
function feedOf(shapes: Geometries, ids: (id: string) => string = (id) => id) {
  return {
    version: 1,
    title: 'shapes',
    updated: '2024-12-31',
    source: { name: 'made up' },
    metrics: [{ id: 'teachers', label: 'Teachers', kind: 'stock' }],
    regions: [{ id: 'X', name: 'All', level: 'country' }, ...shapes.map((g) => ({ id: ids(g.id), name: g.properties.name, level: 'district', parent: 'X' }))],
    observations: shapes.map((g, i) => ({ period: '2024', region: ids(g.id), teachers: (i * 7919) % 5000 })),
  };
}

const objectOf = async (url: string, object: string) =>
  ((await (await fetch(url)).json()) as { objects: Record<string, { geometries: Geometries }> }).objects[object]!.geometries.filter((g) => g.id);
const options = (map: StatMap) => [...map.shadowRoot!.querySelectorAll<SVGPathElement>('[part~="region"]')];
const svgOf = (map: StatMap) => map.shadowRoot!.querySelector('svg')!;

async function drawnMap(markup: string, width = 1000): Promise<StatMap> {
  const root = await fixture<HTMLElement>(`<div style="width:${width}px">${markup}</div>`);
  const map = root.querySelector('stat-map')!;
  // Maps draw once near the viewport: a second map of a test is below the first.
  root.scrollIntoView();
  await until(() => state(map) === 'ready' && options(map).length > 0, 20000, `a drawn map (state "${state(map)}": ${text(map, 'status')})`);
  await map.updateComplete;
  return map;
}

before(requireVisiblePage);

describe('stat-map: any geometry, attributes only', () => {
  let countyFeed: string;
  before(async () => {
    countyFeed = (await serveFeed(feedOf(await objectOf(COUNTIES, 'counties')), 'counties')).url;
  });

  it('us-atlas’s counties (geo-object="counties"): 3,231 shapes as one path per class, one option of 3,231 for the keyboard, no tap targets', async function () {
    this.timeout(30000);
    const map = await drawnMap(`<stat-map src="${countyFeed}" metric="teachers" geo="${COUNTIES}" geo-object="counties"></stat-map>`);
    const fills = [...map.shadowRoot!.querySelectorAll('path.fill')];
    expect(fills.length).to.be.within(2, 10);
    expect(fills.every((f) => /^M[\d.]+,[\d.]+L/.test(f.getAttribute('d')!) && !f.getAttribute('d')!.includes('NaN'))).to.equal(true);
    const [option] = options(map);
    expect(options(map)).to.have.length(1);
    expect(option!.getAttribute('aria-setsize')).to.equal('3231');
    expect(option!.getAttribute('tabindex')).to.equal('0');
    expect(map.shadowRoot!.querySelectorAll('circle').length, 'more than 24 small areas: no tap targets').to.equal(0);
    expect(map.shadowRoot!.querySelector('[part="small-areas"]'), 'nor a list of buttons').to.equal(null);
    expect(map.shadowRoot!.querySelector('[part=status]')).to.equal(null);

    // Keyboard: the one option moves from region to region and keeps the focus.
    option!.focus();
    const first = option!.getAttribute('data-region');
    await sendKeys({ press: 'ArrowRight' });
    await map.updateComplete;
    const next = options(map)[0]!;
    expect(next.getAttribute('data-region')).to.not.equal(first);
    expect(map.shadowRoot!.activeElement).to.equal(next);
    expect(text(map, 'tooltip')).to.contain(next.getAttribute('aria-label')!.split(':')[0]!);
    await sendKeys({ press: 'End' });
    await map.updateComplete;
    expect(options(map)[0]!.getAttribute('aria-posinset')).to.equal('3231');
  });

  it('the shape under the pointer wins: hovering a county’s middle names that county', async function () {
    this.timeout(30000);
    const map = await drawnMap(
      `<stat-map src="${countyFeed}" metric="teachers" geo="${COUNTIES}" geo-object="counties" projection="albers-usa"></stat-map>`,
      760,
    );
    window.scrollTo(0, 0);
    const box = svgOf(map).getBoundingClientRect();
    // Cook County, Illinois (17031), Los Angeles (06037), Suffolk County, New York (36103): each at a point inside it.
    for (const id of ['17031', '06037', '36103']) {
      const option = options(map)[0]!;
      option.focus();
      // The option is redrawn as the region the keyboard is on: the region's own outline, to find a point inside it.
      (map as unknown as { active: string }).active = id;
      map.requestUpdate();
      await map.updateComplete;
      const shape = options(map)[0]!;
      expect(shape.getAttribute('data-region')).to.equal(id);
      const b = shape.getBBox();
      const point = shape.ownerSVGElement!.createSVGPoint();
      let inside: [number, number] | undefined;
      for (let i = 1; i < 10 && !inside; i++)
        for (let j = 1; j < 10 && !inside; j++) {
          Object.assign(point, { x: b.x + (b.width * i) / 10, y: b.y + (b.height * j) / 10 });
          if (shape.isPointInFill(point)) inside = [point.x, point.y];
        }
      shape.blur();
      await sendMouse({ type: 'move', position: [Math.round(box.left + inside![0]), Math.round(box.top + inside![1])] });
      await until(() => (text(map, 'tooltip') ?? '').length > 0, 2000, 'a tooltip');
      expect(text(map, 'tooltip'), id).to.contain(shape.getAttribute('aria-label')!.split(':')[0]!);
    }
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('a geometry without the level’s object lists the objects it has, in the status line and a stat-feed-error', async () => {
    const map = Object.assign(document.createElement('stat-map'), { src: countyFeed, metric: 'teachers', geo: COUNTIES });
    const error = new Promise<StatFeedErrorEvent>((resolve) => map.addEventListener('stat-feed-error', (e) => resolve(e as StatFeedErrorEvent)));
    await fixture<HTMLElement>(`<div style="width:600px"></div>`).then((root) => root.append(map));
    const event = await error;
    expect(event.url).to.equal(COUNTIES);
    expect(event.message).to.equal('the geometry has no "districts" object; it has: counties, states, nation');
    await until(() => state(map) === 'error', 3000, 'state error');
    expect(text(map, 'status')).to.equal(event.message);
  });

  it('us-atlas’s pre-projected Albers file: identity by itself (y down, no NaN)', async function () {
    this.timeout(30000);
    const map = await drawnMap(`<stat-map src="${countyFeed}" metric="teachers" geo="${ALBERS}" geo-object="counties"></stat-map>`, 975);
    const svg = svgOf(map);
    expect(Number(svg.getAttribute('height')) / Number(svg.getAttribute('width'))).to.be.within(0.55, 0.63);
    for (const f of map.shadowRoot!.querySelectorAll('path.fill')) expect(f.getAttribute('d')).to.not.contain('NaN');
  });

  it('world-atlas’s countries: no outline across the antimeridian, in Mercator (default) and equal-earth', async function () {
    this.timeout(30000);
    const feed = (await serveFeed(feedOf(await objectOf(WORLD, 'countries')), 'world')).url;
    for (const projection of ['', 'equal-earth']) {
      const map = await drawnMap(`<stat-map src="${feed}" metric="teachers" geo="${WORLD}" geo-object="countries" projection="${projection}"></stat-map>`);
      const width = Number(svgOf(map).getAttribute('width'));
      expect(options(map), 'every shape of the file').to.have.length(177);
      for (const id of ['242', '643']) {
        const rings = map.shadowRoot!.querySelector(`[data-region="${id}"]`)!.getAttribute('d')!.split('M').filter(Boolean);
        for (const ring of rings) {
          const xs = [...ring.matchAll(/(-?[\d.]+),/g)].map((m) => Number(m[1]));
          expect(Math.max(...xs) - Math.min(...xs), `${id} ${projection}`).to.be.below(0.5 * width);
        }
      }
      const fiji = (map.shadowRoot!.querySelector('[data-region="242"]') as SVGPathElement).getBBox();
      expect(fiji.width, 'Fiji in one place').to.be.below(0.05 * width);
    }
  });

  it('fit="data": a map of Europe’s countries fills the width (France by its mainland, without French Guiana)', async function () {
    this.timeout(30000);
    const europe = [
      '040',
      '056',
      '100',
      '191',
      '196',
      '203',
      '208',
      '233',
      '246',
      '250',
      '276',
      '300',
      '348',
      '372',
      '380',
      '428',
      '440',
      '442',
      '470',
      '528',
      '616',
      '620',
      '642',
      '703',
      '705',
      '724',
      '752',
      '578',
      '756',
      '826',
      '352',
    ];
    const shapes = (await objectOf(WORLD, 'countries')).filter((g) => europe.includes(g.id));
    const feed = (await serveFeed(feedOf(shapes), 'europe')).url;
    const map = await drawnMap(`<stat-map src="${feed}" metric="teachers" geo="${WORLD}" geo-object="countries" fit="data"></stat-map>`, 800);
    const svg = svgOf(map);
    const width = Number(svg.getAttribute('width'));
    const boxes = shapes
      .map((g) => g.id)
      .filter((id) => id !== '250')
      .map((id) => (map.shadowRoot!.querySelector(`[data-region="${id}"]`) as SVGPathElement).getBBox());
    const left = Math.min(...boxes.map((b) => b.x));
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    expect((right - left) / width).to.be.above(0.95);
    expect(getComputedStyle(svg).overflow, 'the shapes around are cut at the edges').to.equal('hidden');
    const all = await drawnMap(`<stat-map src="${feed}" metric="teachers" geo="${WORLD}" geo-object="countries"></stat-map>`, 800);
    const spain = (all.shadowRoot!.querySelector('[data-region="724"]') as SVGPathElement).getBBox();
    expect(spain.width, 'fit="all": Europe is a small part of the world').to.be.below(0.1 * width);
  });

  it('GeoJSON: a FeatureCollection, the region’s id in a property named by geo-key', async () => {
    const topology = (await (await fetch('/src/geo/azerbaijan-regions.topo.json')).json()) as Topology;
    const collection = feature(topology, topology.objects['economic_regions']! as never) as unknown as GeoJSON.FeatureCollection;
    const geojson = { type: 'FeatureCollection', features: collection.features.map(({ id, ...f }) => ({ ...f, properties: { ...f.properties, code: id } })) };
    const geo = (await serveFeed(geojson, 'geojson')).url;
    const shapes = collection.features.map((f) => ({ id: String(f.id), properties: { name: String(f.properties?.['name_en'] ?? f.id) } }));
    const feed = (await serveFeed(feedOf(shapes), 'geojson-feed')).url;
    const map = await drawnMap(`<stat-map src="${feed}" metric="teachers" geo="${geo}" geo-key="code"></stat-map>`, 600);
    expect(
      options(map)
        .map((o) => o.getAttribute('data-region'))
        .sort(),
    ).to.deep.equal(shapes.map((s) => s.id).sort());
    expect(options(map).every((o) => !o.getAttribute('aria-label')!.endsWith('No data'))).to.equal(true);
  });

  it('Azerbaijan at 320 px: a point inside a small area’s own shape names it, whatever tap targets overlap there', async function () {
    this.timeout(30000);
    await setViewport({ width: 360, height: 800 });
    try {
      const demo = (await serveFeed(await (await fetch('/demo/data/feed.json')).json(), 'az-small')).url;
      const map = await drawnMap(`<stat-map src="${demo}" metric="teachers"></stat-map>`, 320);
      const small = [...map.shadowRoot!.querySelectorAll('circle[data-region]')].map((c) => c.getAttribute('data-region')!);
      expect(small.length).to.be.within(2, 24);
      const svg = svgOf(map);
      let checked = 0;
      for (const id of small) {
        const shape = map.shadowRoot!.querySelector<SVGPathElement>(`[part~="region"][data-region="${id}"]`)!;
        const b = shape.getBBox();
        const box = svg.getBoundingClientRect();
        const point = svg.createSVGPoint();
        // A whole pixel of the page (the mouse moves by whole pixels) inside the shape: the one
        // nearest to another small area's centre, as against its own (where a nearest-centre rule errs).
        const centre = (c: Element) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))] as const;
        const own = centre(map.shadowRoot!.querySelector(`circle[data-region="${id}"]`)!);
        const others = [...map.shadowRoot!.querySelectorAll('circle[data-region]')].filter((c) => c.getAttribute('data-region') !== id).map(centre);
        let inside: [number, number] | undefined;
        let worst = -Infinity;
        for (let x = Math.floor(box.left + b.x); x <= box.left + b.x + b.width; x++)
          for (let y = Math.floor(box.top + b.y); y <= box.top + b.y + b.height; y++) {
            Object.assign(point, { x: x - box.left, y: y - box.top });
            if (!shape.isPointInFill(point)) continue;
            const d = (c: readonly number[]) => Math.hypot(c[0]! - point.x, c[1]! - point.y);
            const score = d(own) - Math.min(...others.map(d));
            if (score > worst) [worst, inside] = [score, [x, y]];
          }
        if (!inside) continue; // Drawn smaller than a pixel: its tap target and button are the way to it.
        await sendMouse({ type: 'move', position: inside });
        await until(() => (text(map, 'tooltip') ?? '').startsWith(shape.getAttribute('aria-label')!.split(':')[0]!), 2000, `${id} named`).catch((e: Error) => {
          throw new Error(`${e.message}; the tooltip says: ${text(map, 'tooltip')}`);
        });
        checked++;
      }
      expect(checked).to.be.greaterThan(small.length / 2);
    } finally {
      await sendMouse({ type: 'move', position: [0, 0] });
      await setViewport({ width: 800, height: 600 });
    }
  });
});
