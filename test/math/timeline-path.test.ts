import { expect } from 'chai';
import { line } from 'd3-shape';
import { isolatedPoints, linePath, simplifyToPixels, type PlotPoint } from '../../src/math/timeline-path.js';

/** d3-shape's line with gaps: the reference the timeline's own path writer must match byte for byte. */
const d3Line = line<PlotPoint>()
  .x((p) => p.x)
  .y((p) => p.y!)
  .defined((p) => p.y !== null);
const reference = (points: PlotPoint[]) => d3Line(points) ?? '';

/** A seeded pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pts = (...ys: (number | null)[]): PlotPoint[] => ys.map((y, i) => ({ x: i * 10, y }));

describe('linePath', () => {
  it('writes what d3-shape line().defined() writes: segments, gaps, single points, rounding', () => {
    const cases: PlotPoint[][] = [
      [],
      pts(null, null),
      pts(5),
      pts(1, 2, 3),
      pts(1, null, 3),
      pts(null, 1, 2, null, null, 4, null, 6, 7),
      [
        { x: 0.12345, y: -0.00049 },
        { x: 1 / 3, y: 2 / 3 },
        { x: 1e-7, y: 123456.78951 },
      ],
    ];
    for (const points of cases) expect(linePath(points), JSON.stringify(points)).to.equal(reference(points));
  });

  it('matches d3-shape on 50 random series with gaps', () => {
    const next = random(42);
    for (let n = 0; n < 50; n++) {
      const points = Array.from({ length: 1 + Math.floor(next() * 200) }, (_, i) => ({
        x: i * next() * 7,
        y: next() < 0.15 ? null : (next() - 0.3) * 1000,
      }));
      expect(linePath(points)).to.equal(reference(points));
    }
  });

  it('leaves a gap at null: one moveto per unbroken run', () => {
    const d = linePath(pts(1, 2, null, 4, 5, null, null, 8, 9));
    expect(d.match(/M/g)).to.have.length(3);
    expect(d).to.equal('M0,1L10,2M30,4L40,5M70,8L80,9');
  });
});

describe('isolatedPoints', () => {
  it('finds known points with no known neighbour (line ends count as unknown)', () => {
    expect(isolatedPoints(pts(1, null, 3, 4, null, 6))).to.deep.equal([0, 5]);
    expect(isolatedPoints(pts(7))).to.deep.equal([0]);
    expect(isolatedPoints(pts(null, 2, null))).to.deep.equal([1]);
    expect(isolatedPoints(pts(1, 2))).to.deep.equal([]);
  });
});

describe('simplifyToPixels', () => {
  it('keeps the first, lowest, highest and last point of each pixel column, in order', () => {
    const points: PlotPoint[] = [
      { x: 0.1, y: 5 },
      { x: 0.2, y: 9 },
      { x: 0.3, y: 1 },
      { x: 0.4, y: 4 },
      { x: 0.5, y: 6 },
      { x: 1.2, y: 3 },
    ];
    expect(simplifyToPixels(points)).to.deep.equal([points[0], points[1], points[2], points[4], points[5]]);
  });

  it('keeps gaps as gaps and every column’s extremes, on 10,000 points', () => {
    const next = random(7);
    const points: PlotPoint[] = Array.from({ length: 10000 }, (_, i) => ({ x: i / 10, y: i % 1500 < 20 ? null : next() * 500 }));
    const thin = simplifyToPixels(points);
    expect(thin.length).to.be.at.most(4 * 1000 + 20);
    // Same runs: a moveto for each unbroken run of the original.
    expect(linePath(thin).match(/M/g)!.length).to.equal(linePath(points).match(/M/g)!.length);
    // Every column's min and max survive.
    const extent = (list: PlotPoint[]) => {
      const out = new Map<number, [number, number]>();
      for (const p of list) {
        if (p.y === null) continue;
        const c = Math.floor(p.x);
        const [lo, hi] = out.get(c) ?? [Infinity, -Infinity];
        out.set(c, [Math.min(lo, p.y), Math.max(hi, p.y)]);
      }
      return out;
    };
    expect(extent(thin)).to.deep.equal(extent(points));
    // The ends of the series are kept.
    expect(thin[thin.length - 1]).to.equal(points[points.length - 1]);
  });
});
