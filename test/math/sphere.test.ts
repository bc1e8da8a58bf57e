// The real projections' chunk (src/math/sphere.ts) and how a layer is told to need it
// (src/math/projection.ts, projectionOf), on the public geometry a new user brings: world-atlas's
// countries, us-atlas's counties as shipped (longitude, latitude) and pre-projected (Albers).
import { expect } from 'chai';
import { geoBounds } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { geoLayer } from '../../src/feed/geo.js';
import { largestPart, planarOf, projectedAt } from '../../src/math/projection-cache.js';
import { coordinateBox, projectionOf, projectMap } from '../../src/math/projection.js';
import * as sphere from '../../src/math/sphere.js';

const load = async (path: string) => (await (await fetch(path)).json()) as Topology;

let world: Topology;
let counties: Topology;
let albers: Topology;
let azerbaijan: Topology;
before(async () => {
  [world, counties, albers, azerbaijan] = await Promise.all(
    [
      '/node_modules/world-atlas/countries-110m.json',
      '/node_modules/us-atlas/counties-10m.json',
      '/node_modules/us-atlas/counties-albers-10m.json',
      '/src/geo/azerbaijan-regions.topo.json',
    ].map(load),
  );
});

describe('math/projection: which projection a layer needs', () => {
  it('longitude and latitude: Mercator, drawn by the built-in planar one when it is as good (Azerbaijan), else by the chunk', () => {
    const of = (t: Topology, object = '', projection = '') => projectionOf(coordinateBox(geoLayer(t, 'district', { object })!.features), projection);
    expect(of(azerbaijan)).to.deep.equal({ name: 'mercator', planar: true });
    expect(of(counties, 'counties'), 'the Aleutians cross 180°').to.deep.equal({ name: 'mercator', planar: false });
    expect(of(world, 'countries')).to.deep.equal({ name: 'mercator', planar: false });
    expect(of(world, 'countries', 'equal-earth')).to.deep.equal({ name: 'equal-earth', planar: false });
    expect(of(azerbaijan, '', 'conic-conformal')).to.deep.equal({ name: 'conic-conformal', planar: false });
    expect(of(azerbaijan, '', 'no-such-projection'), 'an unknown name: the default').to.deep.equal({ name: 'mercator', planar: true });
  });

  it('coordinates that cannot be longitude and latitude (us-atlas’s Albers, 975 × 610): identity, by itself', () => {
    const layer = geoLayer(albers, 'district', { object: 'counties' })!;
    expect(projectionOf(coordinateBox(layer.features))).to.deep.equal({ name: 'identity', planar: true });
    const map = projectedAt(layer, 975, 'identity');
    expect(map.height / 975, 'the file’s own shape').to.be.within(0.55, 0.63);
    expect(map.regions.every((r) => r.d && !r.d.includes('NaN'))).to.equal(true);
    // Los Angeles County (06037) is west of Cook County, Illinois (17031), and south of it: y down as in the file.
    const at = (id: string) => map.regions[layer.ids.indexOf(id)]!.centroid;
    expect(at('06037')[0]).to.be.below(at('17031')[0]);
    expect(at('06037')[1]).to.be.above(at('17031')[1]);
  });
});

describe('math/sphere: the real projections', () => {
  const width = 1000;
  /** Each outline's (ring's) drawn width, by shape id: the shape's path split at every move. */
  const rings = (t: Topology, object: string, name: 'mercator' | 'equal-earth') => {
    const layer = geoLayer(t, 'district', { object })!;
    const map = projectedAt(layer, width, name, sphere);
    return new Map(
      layer.ids.map((id, i) => [
        id,
        map.regions[i]!.d.split('M')
          .filter(Boolean)
          .map((ring) => {
            const xs = [...ring.matchAll(/(-?[\d.]+),/g)].map((m) => Number(m[1]));
            return Math.max(...xs) - Math.min(...xs);
          }),
      ]),
    );
  };

  for (const name of ['mercator', 'equal-earth'] as const) {
    it(`${name}: no outline crosses the world map at the antimeridian; Fiji whole, Russia’s mainland whole`, () => {
      const drawn = rings(world, 'countries', name);
      const across = [...drawn].filter(([id, widths]) => id !== '010' && widths.some((w) => w > 0.5 * width));
      expect(across, 'only Antarctica goes round the globe').to.deep.equal([]);
      // A world map cannot be cut without cutting something (Russia's Chukotka and the United States'
      // St. Lawrence Island share the Bering Strait's longitudes): the least is cut off.
      const layer = geoLayer(world, 'district', { object: 'countries' })!;
      const fiji = projectedAt(layer, width, name, sphere).regions[layer.ids.indexOf('242')]!;
      expect(fiji.box[2] - fiji.box[0], 'Fiji in one place').to.be.within(1, 0.05 * width);
      const russia = drawn.get('643')!;
      expect(Math.max(...russia)).to.be.within(0.3 * width, 0.5 * width);
    });
  }

  it('centres the world where the edge cuts off least (the Bering Strait), the United States on themselves', () => {
    const layer = geoLayer(world, 'district', { object: 'countries' })!;
    const { centre } = sphere.centralMeridian(layer.features.map((f) => (f.geometry ? geoBounds(f) : null)));
    expect(centre).to.be.within(5, 15);
    const us = geoLayer(counties, 'district', { object: 'counties' })!;
    const usBounds = us.features.map((f) => (f.geometry ? geoBounds(f) : null));
    expect(sphere.centralMeridian(usBounds).centre).to.be.within(-150, -110);
    const drawn = projectedAt(us, width, 'mercator', sphere);
    const aleutians = drawn.regions[us.ids.indexOf('02016')]!; // Aleutians West Census Area, across 180°
    expect(aleutians.box[2] - aleutians.box[0]).to.be.below(0.2 * width);
  });

  it('turns rings wound counter-clockwise (RFC 7946) instead of drawing all the world but the shape', () => {
    const square = (ring: number[][]): Feature<Geometry> => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } });
    const ccw = square([
      [49, 40],
      [50, 40],
      [50, 41],
      [49, 41],
      [49, 40],
    ]);
    const cw = square([
      [49, 40],
      [49, 41],
      [50, 41],
      [50, 40],
      [49, 40],
    ]);
    const planar = sphere.projectLayer('equal-earth', { features: [ccw, cw], lines: [] });
    const map = projectMap(planar.features, [], 400);
    expect(map.regions[0]!.box).to.deep.equal(map.regions[1]!.box);
    expect(map.regions[0]!.size).to.be.below(401);
  });

  it('fit by the largest part: France without French Guiana', () => {
    const layer = geoLayer(world, 'district', { object: 'countries' })!;
    const planar = planarOf(layer, 'mercator', sphere)!;
    const france = planar.features[layer.ids.indexOf('250')]!;
    const [x0, , x1] = coordinateBox([largestPart(france)]);
    const [w0, , w1] = coordinateBox([france]);
    expect((x1 - x0) / (w1 - w0)).to.be.below(0.3);
  });

  it('projects in steps when given a deadline: the page gets the thread back, the result is the same', () => {
    const layer = geoLayer(counties, 'district', { object: 'counties' })!;
    let steps = 1;
    let planar = planarOf(layer, 'conic-conformal', sphere, 0);
    while (!planar) {
      steps++;
      planar = planarOf(layer, 'conic-conformal', sphere, 0);
    }
    expect(steps, '64 shapes a step, past the deadline').to.equal(Math.ceil(layer.features.length / 64));
    const whole = sphere.projectLayer('conic-conformal', layer);
    expect(projectMap(planar.features, [], 800).regions.map((r) => r.d)).to.deep.equal(projectMap(whole.features, [], 800).regions.map((r) => r.d));
  });
});
