import { expect } from 'chai';
import type { Topology } from 'topojson-specification';
import { geoLayer } from '../../src/feed/geo.js';
import { nearestInDirection, nearestPoint, type Direction } from '../../src/math/neighbours.js';
import { mercator, projectMap, type Point } from '../../src/math/projection.js';

describe('math/neighbours', () => {
  //  0 1 2
  //  3 4 5
  //  6 7 8
  const grid: Point[] = Array.from({ length: 9 }, (_, i) => [(i % 3) * 10, Math.floor(i / 3) * 10]);

  it('moves to the nearest point ahead in the arrow’s direction', () => {
    expect(nearestInDirection(grid, 4, 'right')).to.equal(5);
    expect(nearestInDirection(grid, 4, 'left')).to.equal(3);
    expect(nearestInDirection(grid, 4, 'up')).to.equal(1);
    expect(nearestInDirection(grid, 4, 'down')).to.equal(7);
  });

  it('returns −1 when nothing is ahead, and ignores points beside rather than ahead', () => {
    expect(nearestInDirection(grid, 2, 'right')).to.equal(-1);
    expect(nearestInDirection(grid, 0, 'up')).to.equal(-1);
    // From 3, "up" is 0, not 1 (up and to the right, but less up than right).
    expect(nearestInDirection(grid, 3, 'up')).to.equal(0);
    const points: Point[] = [
      [0, 0],
      [10, -1],
      [3, -20],
    ];
    expect(nearestInDirection(points, 0, 'right'), 'almost level counts as right').to.equal(1);
    expect(nearestInDirection(points, 0, 'up')).to.equal(2);
    expect(nearestInDirection(points, 5, 'up')).to.equal(-1);
  });

  it('nearestPoint: the nearest candidate within the radius', () => {
    expect(nearestPoint(grid, [0, 4, 8], [12, 12], 10)).to.equal(4);
    expect(nearestPoint(grid, [0, 8], [12, 12], 10)).to.equal(-1);
    expect(nearestPoint(grid, [], [0, 0])).to.equal(-1);
  });

  it('on Azerbaijan’s map, arrow keys lead from any region to every other (both levels, 320 and 1000 px)', async () => {
    const topology = (await (await fetch('/src/geo/azerbaijan-regions.topo.json')).json()) as Topology;
    const directions: Direction[] = ['up', 'down', 'left', 'right'];
    for (const level of ['district', 'economic-region'] as const) {
      const layer = geoLayer(topology, level)!;
      for (const width of [320, 1000]) {
        const points = projectMap(
          layer.features.map((f) => mercator(f)),
          [],
          width,
        ).regions.map((r) => r.centroid);
        const next = points.map((_, i) => directions.map((d) => nearestInDirection(points, i, d)).filter((j) => j >= 0));
        for (let start = 0; start < points.length; start++) {
          const seen = new Set([start]);
          const queue = [start];
          while (queue.length) for (const j of next[queue.shift()!]!) if (!seen.has(j)) seen.add(j) && queue.push(j);
          expect(seen.size, `${level} at ${width}px from ${layer.ids[start]}`).to.equal(points.length);
        }
      }
    }
  });
});
