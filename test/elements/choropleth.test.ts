// The map's model (src/elements/map/choropleth.ts), without an element or a page: a made-up
// country of five square districts and numbers unlike the sample feed's. Imports no DOM, so that
// it can run in Node too.
import { expect } from 'chai';
import type { Feature, Geometry, MultiLineString } from 'geojson';
import { choropleth, details, mismatches, percent, regionByKey, smallAreaAt, tableCells, TARGET, type Choropleth } from '../../src/elements/map/choropleth.js';
import { mapStringsFor } from '../../src/elements/map/strings.js';
import type { GeoLayer, MapLevel } from '../../src/feed/geo.js';
import { FeedIndex } from '../../src/feed/select.js';
import { validateFeed } from '../../src/feed/validate.js';
import { schemeColors } from '../../src/math/classes.js';
import { projectedAt } from '../../src/math/projection-cache.js';

/** A square of `side` degrees from (lon, lat). */
function square(id: string, lon: number, lat: number, side: number, properties: Record<string, string> = {}): Feature<Geometry> {
  const ring = [
    [lon, lat],
    [lon + side, lat],
    [lon + side, lat + side],
    [lon, lat + side],
    [lon, lat],
  ];
  return { type: 'Feature', id, properties, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

const lines = (coordinates: number[][][]): MultiLineString => ({ type: 'MultiLineString', coordinates });

/**
 * West to east: Alpha, Sheki (the city), Sheki (the district), a tiny one, and Zed, a shape the
 * feed does not know. The feed also has Quux, a district without a shape.
 */
const layer: GeoLayer = {
  features: [
    square('A', 45, 40, 1, { name: 'Alpha' }),
    square('SC', 46, 40, 1, { type: 'city' }),
    square('SD', 47, 40, 1),
    square('T', 48.2, 40.5, 0.01),
    square('Z', 48.5, 40, 1, { name_en: 'Zed' }),
  ],
  ids: ['A', 'SC', 'SD', 'T', 'Z'],
  lines: [
    lines([
      [
        [46, 40],
        [46, 41],
      ],
    ]),
    lines([
      [
        [45, 40],
        [49.5, 40],
        [49.5, 41],
        [45, 41],
        [45, 40],
      ],
    ]),
    null,
  ],
};

const result = validateFeed({
  version: 1,
  metrics: [{ id: 'widgets', label: { en: 'Widgets', az: 'Detallar' }, kind: 'stock' }],
  regions: [
    { id: 'K', name: 'Kingdom', level: 'country' },
    { id: 'A', name: 'Alpha', level: 'district', parent: 'K' },
    { id: 'SC', name: 'Sheki', level: 'district', parent: 'K' },
    { id: 'SD', name: 'Sheki', level: 'district', parent: 'K' },
    { id: 'T', name: 'Tiny', level: 'district', parent: 'K' },
    { id: 'Q', name: 'Quux', level: 'district', parent: 'K' },
  ],
  observations: [
    { period: '2019', region: 'K', widgets: 30 },
    { period: '2020', region: 'K', widgets: 40 },
    { period: '2020', region: 'A', widgets: 3 },
    { period: '2020', region: 'SC', widgets: 7 },
    { period: '2020', region: 'SD', widgets: 11 },
    { period: '2021', region: 'K', widgets: 50 },
    { period: '2021', region: 'A', widgets: 5 },
    { period: '2021', region: 'SC', widgets: 13 },
    { period: '2021', region: 'SD', widgets: 17 },
    { period: '2021', region: 'T', widgets: 2 },
  ],
  events: [],
});
if (!result.ok) throw new Error(result.fatal.message);
const feed = new FeedIndex(result.feed);
const en = mapStringsFor('en');

/** The model at 400 px, with the options given. */
function model(options: { period?: string; classes?: number; lang?: string; known?: boolean; level?: MapLevel } = {}): Choropleth {
  const { period = '', classes = 3, lang = 'en', known = true, level = 'district' } = options;
  const text = mapStringsFor(lang);
  return choropleth(
    feed,
    layer,
    projectedAt(layer, 400),
    'widgets',
    lang === 'az' ? 'Detallar' : 'Widgets',
    level,
    period,
    classes,
    'greens',
    lang,
    text,
    'No data',
    known,
  );
}

const byName = (m: Choropleth) => Object.fromEntries(m.regions.map((r) => [r.name, r]));

describe('map model (choropleth)', () => {
  it('shows the latest period with regional values; the slider holds those periods', () => {
    const m = model();
    expect(m.shown).to.equal('2021');
    expect(m.periods).to.deep.equal(['2020', '2021']);
    expect(m.caption).to.equal('Widgets by district, 2021');
    // A period asked for joins the slider, in its place, even without regional values.
    const early = model({ period: '2019' });
    expect(early.periods).to.deep.equal(['2019', '2020', '2021']);
    expect(early.regions.every((r) => r.value === null && r.said === 'No data' && r.fill === 'url(#no-data)')).to.equal(true);
  });

  it('values, shares of the national total and ranks of one period', () => {
    const r = byName(model());
    expect([r['Alpha']!.value, r['Sheki (city)']!.value, r['Sheki']!.value, r['Tiny']!.value, r['Zed']!.value]).to.deep.equal([5, 13, 17, 2, null]);
    expect(r['Alpha']!.share).to.equal(0.1);
    expect([r['Sheki']!.rank, r['Sheki (city)']!.rank, r['Alpha']!.rank, r['Tiny']!.rank, r['Zed']!.rank]).to.deep.equal([1, 2, 3, 4, 0]);
    expect(model().ranked).to.equal(4);
    const in2020 = byName(model({ period: '2020' }));
    expect([in2020['Alpha']!.value, in2020['Tiny']!.value, in2020['Alpha']!.share]).to.deep.equal([3, null, 3 / 40]);
  });

  it('classes over every period, so a colour means the same numbers along the slider', () => {
    // Known values of 2020 and 2021: 2 3 5 7 11 13 17; tertiles at 5 and 11.
    const m = model();
    expect(m.legend.map((c) => c.label)).to.deep.equal(['2–4', '5–10', '11–17']);
    const colors = schemeColors('greens', 3).map((c, i) => `var(--stat-color-class-${i + 1},${c})`);
    expect(m.legend.map((c) => c.color)).to.deep.equal(colors);
    const r = byName(m);
    expect([r['Tiny']!.cls, r['Alpha']!.cls, r['Sheki (city)']!.cls, r['Sheki']!.cls, r['Zed']!.cls]).to.deep.equal([0, 1, 2, 2, -1]);
    expect([r['Alpha']!.fill, r['Zed']!.fill]).to.deep.equal([colors[1], 'url(#no-data)']);
    // 2020 has the same classes: Alpha's 3 is in the lowest.
    expect(byName(model({ period: '2020' }))['Alpha']!.fill).to.equal(colors[0]);
    expect(model({ classes: 1 }).legend.map((c) => c.label)).to.deep.equal(['2–17']);
  });

  it('names: the feed’s, else the geometry’s, namesakes told apart; listed by name', () => {
    const m = model();
    expect(m.regions.map((r) => r.name)).to.deep.equal(['Alpha', 'Sheki', 'Sheki (city)', 'Tiny', 'Zed']);
    expect(m.regions.map((r) => r.id)).to.deep.equal(['A', 'SD', 'SC', 'T', 'Z']);
    expect(m.byId.get('SC')!.name).to.equal('Sheki (city)');
    expect(model({ lang: 'az' }).byId.get('SC')!.name).to.equal(`Sheki (${mapStringsFor('az').city})`);
  });

  it('the table: regions of the feed by value, "no data" last; cells unformatted, shares in percent', () => {
    const m = model();
    expect(m.rows.map((r) => r.id)).to.deep.equal(['SD', 'SC', 'A', 'T']);
    expect(tableCells(m)).to.deep.equal({
      columns: ['Area', 'Widgets', 'Share (%)'],
      cells: [
        ['Sheki', 17, 34],
        ['Sheki (city)', 13, 26],
        ['Alpha', 5, 10],
        ['Tiny', 2, 4],
      ],
    });
    expect(model({ period: '2020' }).rows.map((r) => r.id)).to.deep.equal(['SD', 'SC', 'A', 'T']);
    expect(model({ period: '2020' }).rows.at(-1)!.value).to.equal(null);
  });

  it('tooltip words: the value, the share and the rank, in the language', () => {
    const m = model();
    expect(m.byId.get('A')!.said).to.equal('5');
    expect(details(m, m.byId.get('A')!)).to.deep.equal(['10.0% of the national total', 'rank 3 of 4']);
    expect(details(m, m.byId.get('Z')!)).to.deep.equal([]);
    expect(percent(0.125, en, 'en')).to.equal('12.5%');
    expect(percent(0.125, mapStringsFor('ru'), 'ru')).to.equal('12,5\u00a0%');
  });

  it('small areas: a tap target for those under TARGET pixels, found from a point nearby', () => {
    const m = model();
    expect(m.small.map((r) => r.id)).to.deep.equal(['T']);
    const tiny = m.byId.get('T')!;
    expect(tiny.size).to.be.below(TARGET);
    const [x, y] = tiny.centroid;
    expect(smallAreaAt(m, [x + 5, y - 5])).to.equal(tiny);
    expect(smallAreaAt(m, [x + TARGET + 1, y])).to.equal(undefined);
  });

  it('keys: arrows to the nearest region that way, Home and End to the ends of the list', () => {
    const m = model();
    const alpha = m.byId.get('A')!;
    expect(regionByKey(m, alpha, 'ArrowRight')!.id).to.equal('SC');
    expect(regionByKey(m, m.byId.get('SC')!, 'ArrowRight')!.id).to.equal('SD');
    expect(regionByKey(m, alpha, 'ArrowLeft')).to.equal(null);
    expect(regionByKey(m, alpha, 'End')!.id).to.equal('Z');
    expect(regionByKey(m, m.byId.get('Z')!, 'Home')).to.equal(alpha);
    expect(regionByKey(m, alpha, 'x')).to.equal(undefined);
  });

  it('an unknown metric: every region blank, no legend, no table', () => {
    const m = model({ known: false });
    expect(m.regions.every((r) => r.value === null && r.fill === undefined)).to.equal(true);
    expect(m.legend).to.deep.equal([]);
    expect(m.periods).to.deep.equal(['2021']);
    expect(m.known).to.equal(false);
  });

  it('warnings: feed regions of the level without a shape, shapes without a region', () => {
    expect(mismatches(feed.feed.regions, layer, 'district').map(({ path, message }) => ({ path, message }))).to.deep.equal([
      { path: 'regions[5]', message: 'no shape "Q" in "districts"; not drawn' },
      { path: 'objects.districts.geometries[4]', message: 'no region "Z" in the feed; drawn as "no data"' },
    ]);
  });

  it('is plain data: the same inputs give an equal model', () => {
    expect(model()).to.deep.equal(model());
    expect(model().regions[0]!.d).to.match(/^M[\d.]+,[\d.]+L/);
  });
});
