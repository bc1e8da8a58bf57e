// The projection cache (src/math/projection-cache.ts): one projection per layer and width,
// shared by every map. No DOM: runs in Node too.
import { expect } from 'chai';
import type { Feature, Geometry, MultiLineString } from 'geojson';
import { projectedAt, WIDTHS_KEPT, type MapLayer } from '../../src/math/projection-cache.js';
import { mercator, projectMap } from '../../src/math/projection.js';

function square(lon: number, lat: number, side: number): Feature<Geometry> {
  const ring = [
    [lon, lat],
    [lon, lat + side],
    [lon + side, lat + side],
    [lon + side, lat],
    [lon, lat],
  ];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

const border: MultiLineString = {
  type: 'MultiLineString',
  coordinates: [
    [
      [46, 40],
      [46, 41],
    ],
  ],
};
const layerOf = (): MapLayer => ({ features: [square(45, 40, 1), square(46, 40, 1)], lines: [border, null] });

describe('math/projection-cache', () => {
  it('projects a layer as projectMap does with its Mercator coordinates', () => {
    const layer = layerOf();
    const projected = projectedAt(layer, 300);
    expect(projected).to.deep.equal(
      projectMap(
        layer.features.map((f) => mercator(f)),
        layer.lines.map((l) => mercator(l)),
        300,
      ),
    );
    expect(projected.width).to.equal(300);
    expect(projected.lines[1]).to.equal('');
    // The layer keeps its longitudes and latitudes.
    expect(layer.features[0]!.geometry).to.deep.equal(square(45, 40, 1).geometry);
  });

  it('one projection per layer and width, whoever asks', () => {
    const layer = layerOf();
    const first = projectedAt(layer, 300);
    expect(projectedAt(layer, 300)).to.equal(first);
    expect(projectedAt(layer, 301)).to.not.equal(first);
    expect(projectedAt(layer, 300)).to.equal(first);
    // Another layer with the same shapes is projected on its own.
    const other = projectedAt(layerOf(), 300);
    expect(other).to.not.equal(first);
    expect(other).to.deep.equal(first);
  });

  it(`keeps the last ${WIDTHS_KEPT} widths of a layer`, () => {
    const layer = layerOf();
    const first = projectedAt(layer, 200);
    for (let i = 1; i < WIDTHS_KEPT; i++) projectedAt(layer, 200 + i);
    expect(projectedAt(layer, 200), 'still kept').to.equal(first);
    projectedAt(layer, 200 + WIDTHS_KEPT);
    const again = projectedAt(layer, 200);
    expect(again, 'dropped, projected anew').to.not.equal(first);
    expect(again).to.deep.equal(first);
  });
});
