/**
 * Which region's shape is under a point of the drawing: a grid of the regions' boxes narrows
 * 3,200 counties to a few, and the canvas's `isPointInPath` on each one's outline says which holds
 * the point. What a map with one path per colour class (choropleth.ts, `MANY`) uses instead of a
 * listener on each region, and what lets a shape under the pointer win over a neighbour's tap target.
 */
import type { Point } from '../../math/projection.js';
import type { Choropleth, RegionView } from './choropleth.js';

/** Cells of the grid, in pixels. */
const CELL = 32;

interface Finder {
  readonly cells: Map<number, RegionView[]>;
  readonly outlines: Map<RegionView, Path2D>;
}

const finders = new WeakMap<Choropleth, Finder>();
let context: CanvasRenderingContext2D | null = null;

const cellOf = (x: number, y: number) => Math.floor(y / CELL) * 65536 + Math.floor(x / CELL);

function finderOf(model: Choropleth): Finder {
  let finder = finders.get(model);
  if (finder) return finder;
  const cells = new Map<number, RegionView[]>();
  for (const v of model.regions) {
    const [x0, y0, x1, y1] = v.box;
    if (!(x1 >= x0 && y1 >= y0)) continue;
    for (let y = Math.floor(y0 / CELL); y <= Math.floor(y1 / CELL); y++)
      for (let x = Math.floor(x0 / CELL); x <= Math.floor(x1 / CELL); x++) {
        const key = y * 65536 + x;
        const list = cells.get(key) ?? [];
        cells.set(key, list);
        list.push(v);
      }
  }
  finders.set(model, (finder = { cells, outlines: new Map() }));
  return finder;
}

/**
 * The region whose shape holds the point (pixels in the drawing), if any; of shapes drawn over
 * one another (a city inside its district, without a hole for it), the smallest.
 */
export function shapeAt(model: Choropleth, [x, y]: Point): RegionView | undefined {
  const { cells, outlines } = finderOf(model);
  context ??= document.createElement('canvas').getContext('2d');
  let found: RegionView | undefined;
  for (const v of cells.get(cellOf(x, y)) ?? []) {
    const [x0, y0, x1, y1] = v.box;
    if (x < x0 || x > x1 || y < y0 || y > y1 || (found && found.size <= v.size)) continue;
    let outline = outlines.get(v);
    if (!outline) outlines.set(v, (outline = new Path2D(v.d)));
    if (context?.isPointInPath(outline, x, y)) found = v;
  }
  return found;
}
