import { expect } from 'chai';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { geoLayer } from '../../src/feed/geo.js';
import { mercator, projectMap } from '../../src/math/projection.js';

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

let topology: Topology;
before(async () => {
  topology = (await (await fetch('/src/geo/azerbaijan-regions.topo.json')).json()) as Topology;
});

function positions(geometry: Geometry | null): Position[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates.flat();
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat(2);
  return [];
}

describe('math/projection', () => {
  it('mercator: longitude to radians, latitude to ln tan(π/4 + φ/2), as a copy', () => {
    const point = { type: 'Point', coordinates: [45, 40] } as const;
    const projected = mercator(point);
    expect(round(projected.coordinates[0]!, 6)).to.equal(round(Math.PI / 4, 6));
    expect(round(projected.coordinates[1]!, 6)).to.equal(round(Math.log(Math.tan(Math.PI / 4 + (40 * Math.PI) / 360)), 6));
    expect(point.coordinates).to.deep.equal([45, 40]);
    const feature: Feature = {
      type: 'Feature',
      id: 'x',
      properties: { a: 1 },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [180, 0],
        ],
      },
    };
    const copy = mercator(feature) as Feature<{ type: 'LineString'; coordinates: number[][] }>;
    expect(copy.id).to.equal('x');
    expect(copy.properties).to.deep.equal({ a: 1 });
    expect(copy.geometry.coordinates.map((p) => p.map((n) => round(n) + 0))).to.deep.equal([
      [0, 0],
      [round(Math.PI), 0],
    ]);
    expect(mercator(null)).to.equal(null);
  });

  it('mercator with shared positions: the same numbers, one copy per position array the shapes share', () => {
    const layer = geoLayer(topology, 'district')!;
    const shared = new Map<unknown, number[]>();
    const alone = layer.features.map((f) => mercator(f));
    const together = layer.features.map((f) => mercator(f, shared));
    expect(together.map((f) => positions(f.geometry))).to.deep.equal(alone.map((f) => positions(f.geometry)));
    // Neighbouring districts hold the same decoded arrays for their common border; so do their copies.
    const given = layer.features.flatMap((f) => positions(f.geometry));
    const copies = together.flatMap((f) => positions(f.geometry));
    expect(new Set(copies).size).to.equal(new Set(given).size);
    expect(new Set(given).size).to.be.below(given.length / 1.5);
    expect(shared.size).to.equal(new Set(given).size);
  });

  it('projectMap draws as geoMercator().fitSize does (every vertex within 0.05 px), at 320 and 800 px', () => {
    const layer = geoLayer(topology, 'district')!;
    for (const width of [320, 800]) {
      const map = projectMap(
        layer.features.map((f) => mercator(f)),
        [],
        width,
      );
      const collection: FeatureCollection = { type: 'FeatureCollection', features: layer.features as Feature[] };
      const reference = geoMercator().fitExtent(
        [
          [2, 2],
          [width - 2, map.height - 2],
        ],
        collection,
      );
      // Our path strings, parsed back to points, against d3's Mercator of the same vertices.
      layer.features.forEach((feature, i) => {
        const ours = [...map.regions[i]!.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
        const theirs = positions(feature.geometry).map((p) => reference(p as [number, number])!);
        expect(ours.length, `${layer.ids[i]} vertices`).to.be.greaterThan(2);
        // Every vertex of ours is one of d3's (to a tenth of a pixel: our paths have one decimal).
        for (const [x, y] of ours.slice(0, 20)) {
          const nearest = Math.min(...theirs.map(([a, b]) => Math.hypot(a! - x!, b! - y!)));
          expect(nearest, `${layer.ids[i]} at ${width}px: (${x}, ${y})`).to.be.below(0.05 + 0.0708);
        }
      });
    }
  });

  it('projectMap fits the width, takes the shape’s height, and keeps every region inside', () => {
    const layer = geoLayer(topology, 'economic-region')!;
    const map = projectMap(
      layer.features.map((f) => mercator(f)),
      layer.lines.map((l) => mercator(l)),
      600,
    );
    expect(map.width).to.equal(600);
    expect(map.height).to.be.within(400, 560); // Azerbaijan in Mercator is about 0.78 as tall as wide
    expect(map.regions.length).to.equal(14);
    const bounds = geoPath().bounds({
      type: 'FeatureCollection',
      features: map.regions.map((r) => ({ type: 'Feature', properties: {}, geometry: pathToGeometry(r.d) })),
    });
    expect(round(bounds[0][0], 0)).to.be.within(1, 3);
    expect(round(bounds[1][0], 0)).to.be.within(597, 599);
    expect(round(bounds[1][1], 0)).to.be.at.most(map.height);
    for (const r of map.regions) {
      expect(r.centroid[0]).to.be.within(0, 600);
      expect(r.centroid[1]).to.be.within(0, map.height);
      expect(r.size).to.be.greaterThan(0);
      expect(r.d, 'one decimal at most').to.not.match(/\.\d\d/);
    }
    expect(map.lines.length).to.equal(3);
    expect(map.lines[0]).to.match(/^M/);
    expect(map.lines[2], 'no coarser level above economic regions').to.equal('');
  });

  it('a tall shape is fitted inside width × maxAspect', () => {
    const tall: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 1],
            [0.1, 1],
            [0.1, 0],
            [0, 0],
          ],
        ],
      },
    };
    const map = projectMap([tall], [], 300, 1);
    expect(map.height).to.equal(300);
    expect(map.regions[0]!.size).to.be.within(290, 297);
  });
});

/** The points of an SVG path of M/L/Z commands, as a MultiPoint (enough for bounds). */
function pathToGeometry(d: string): Geometry {
  return { type: 'MultiPoint', coordinates: [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]) };
}
