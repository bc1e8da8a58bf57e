import type { GeoPermissibleObjects } from 'd3-geo';

/** A point in the drawing, in pixels. */
export type Point = readonly [x: number, y: number];

/** One region, projected: its outline as an SVG path, where to anchor a tooltip, and its size on screen. */
export interface ProjectedRegion {
  readonly d: string;
  /** The area-weighted centroid (a tooltip's anchor, the keyboard's notion of where the region is). */
  readonly centroid: Point;
  /** The bounding box: left, top, right, bottom. */
  readonly box: readonly [number, number, number, number];
  /** The larger side of the bounding box, in pixels. */
  readonly size: number;
}

/** A projected map: its size, each region, and the border lines. */
export interface ProjectedMap {
  readonly width: number;
  readonly height: number;
  readonly regions: readonly ProjectedRegion[];
  /** The given lines (borders, outline…) as SVG paths. */
  readonly lines: readonly string[];
  /** Whether the view was fitted to some shapes only (`fit`): the others are cut at the edges. */
  readonly fitted?: boolean;
}

/** Pixels kept free around the drawing, so the outline's stroke is not cut. */
const INSET = 2;

/**
 * Spherical Mercator of every position in a GeoJSON object (longitude, latitude in degrees →
 * x, y in radians, y up), as a copy. The map fits these planar coordinates with d3-geo's
 * `geoIdentity`: the same drawing as `geoMercator().fitSize`, without the spherical clipping and
 * resampling that a country-sized map never needs (that machinery is 3.4 KB gzipped, measured).
 */
export function mercator<T>(object: T, shared?: SharedPositions): T {
  return mapPositions(object, (x, y) => [(x * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360))], shared);
}

/** Planar coordinates drawn as they are, y down (pre-projected files: us-atlas's Albers), for `projectMap`'s y up. */
export function planar<T>(object: T, shared?: SharedPositions): T {
  return mapPositions(object, (x, y) => [x, -y], shared);
}

/**
 * Each position already passed through, by the very array given: shapes and lines decoded from one
 * topology share their arcs' positions (src/feed/geo.ts), and so do their copies. The Azerbaijan
 * map's shapes and lines hold 7,132 positions that are 2,620 arrays; a new array for each was
 * garbage collected in the map's slices.
 */
export type SharedPositions = Map<unknown, number[]>;

/** A copy of a GeoJSON object with every position passed through `to` (once per array, with `shared`). */
function mapPositions<T>(object: T, to: (x: number, y: number) => number[], shared?: SharedPositions): T {
  const project = (c: unknown): unknown => {
    const p = c as number[];
    if (typeof p[0] !== 'number') return (c as unknown[]).map(project);
    let out = shared?.get(p);
    if (!out) {
      out = to(p[0], p[1]!);
      shared?.set(p, out);
    }
    return out;
  };
  const walk = (o: unknown): unknown => {
    const g = o as Record<string, unknown> | null;
    if (!g || typeof g !== 'object') return g;
    const copy = { ...g };
    if (g['coordinates']) copy['coordinates'] = project(g['coordinates']);
    for (const key of ['geometry', 'geometries', 'features']) {
      const inner = g[key];
      if (inner) copy[key] = Array.isArray(inner) ? inner.map(walk) : walk(inner);
    }
    return copy;
  };
  return walk(object) as T;
}

/** The projections a map can draw with (`projection`). */
export const PROJECTIONS = ['mercator', 'equal-earth', 'albers-usa', 'conic-conformal', 'identity'] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];

/** Every position's extent: [west, south, east, north] (longitude, latitude or planar x, y). */
export function coordinateBox(objects: readonly unknown[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    const p = c as number[];
    if (typeof p[0] === 'number') {
      if (p[0] < box[0]) box[0] = p[0];
      if (p[0] > box[2]) box[2] = p[0];
      if (p[1]! < box[1]) box[1] = p[1]!;
      if (p[1]! > box[3]) box[3] = p[1]!;
    } else (c as unknown[]).forEach(visit);
  };
  const walk = (o: unknown): void => {
    const g = o as Record<string, unknown> | null;
    if (!g || typeof g !== 'object') return;
    if (g['coordinates']) visit(g['coordinates']);
    for (const key of ['geometry', 'geometries', 'features']) {
      const inner = g[key];
      if (inner) (Array.isArray(inner) ? inner : [inner]).forEach(walk);
    }
  };
  objects.forEach(walk);
  return box;
}

/**
 * How a layer is drawn: `projection` when named (unknown names: the default), else `mercator`
 * for longitude and latitude and `identity` for what cannot be (outside ±180°, ±90°). `planar`
 * when the built-in planar Mercator draws it as d3's spherical one would: under 90° of longitude
 * and within ±80° of latitude (no antimeridian, no pole); else the projections' chunk is needed.
 */
export function projectionOf(box: readonly number[], projection = ''): { name: ProjectionName; planar: boolean } {
  const [x0, y0, x1, y1] = box as [number, number, number, number];
  const lonLat = x0 >= -180 && x1 <= 180 && y0 >= -90 && y1 <= 90;
  const name = (PROJECTIONS as readonly string[]).includes(projection) ? (projection as ProjectionName) : lonLat ? 'mercator' : 'identity';
  return { name, planar: name === 'identity' || (name === 'mercator' && x1 - x0 < 90 && y0 > -80 && y1 < 80) };
}

/**
 * Fits planar shapes (see `mercator`; y up) to a width, as d3's `geoIdentity().reflectY(true)
 * .fitSize` would: as tall as their shape needs, at most `width × maxAspect`. Path strings have
 * one decimal: a tenth of a pixel is below what a screen shows, and it halves the DOM's text
 * against d3's default of three. With `fit`, the view fits those shapes (`fit="data"`); the others
 * may reach past the edges. One pass over the positions, not d3's three streams (path, bounds,
 * centroid) per shape: 3,200 counties took 200–750 ms through geoPath, measured.
 */
export function projectMap(
  shapes: readonly GeoJSON.Feature<GeoJSON.Geometry | null>[],
  lines: readonly (GeoPermissibleObjects | null)[],
  width: number,
  maxAspect = 1,
  fit?: readonly GeoJSON.Feature<GeoJSON.Geometry | null>[],
): ProjectedMap {
  const [x0, y0, x1, y1] = coordinateBox(fit?.length ? fit : shapes);
  const w = Math.max(width, 2 * INSET + 1);
  const dx = x1 - x0 || 1;
  const dy = y1 - y0;
  const empty = !(dx > 0 && dy >= 0);
  const height = empty ? w : Math.ceil(Math.min(w * maxAspect, ((w - 2 * INSET) * dy) / dx + 2 * INSET));
  const [W, H] = [w - 2 * INSET, height - 2 * INSET];
  const k = empty ? 1 : Math.min(W / dx, dy > 0 ? H / dy : Infinity);
  const tx = empty ? 0 : INSET + (W - k * (x0 + x1)) / 2;
  const ty = empty ? 0 : INSET + (H + k * (y0 + y1)) / 2;
  return {
    width: w,
    height,
    regions: shapes.map((shape) => drawn(shape.geometry, k, tx, ty)),
    lines: lines.map((line) => (line ? drawn(line as GeoJSON.Geometry, k, tx, ty).d : '')),
    fitted: !!fit?.length,
  };
}

/**
 * One geometry at scale `k`, moved by (tx, ty), y flipped: its path, box, size and area-weighted
 * centroid. Plain variables, no `[x, y] = [a, b]`: a map's first drawing runs this code before V8
 * optimizes it, and there each destructuring makes an array and walks its iterator (ten times as
 * slow as two assignments in V8's interpreter, measured; on a map page's load, a third of this
 * function's time, and garbage to collect).
 */
function drawn(geometry: GeoJSON.Geometry | null, k: number, tx: number, ty: number): ProjectedRegion {
  let d = '';
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  // Area-weighted centroid of the rings (as d3's path.centroid), else the mean of the positions.
  let ax = 0;
  let ay = 0;
  let area = 0;
  let sx = 0;
  let sy = 0;
  let n = 0;
  const round = (v: number) => Math.round(v * 10) / 10;
  const line = (positions: readonly GeoJSON.Position[], ring: boolean) => {
    const count = ring && positions.length > 1 ? positions.length - 1 : positions.length;
    let px = 0;
    let py = 0;
    let drawnX = NaN;
    let drawnY = NaN;
    for (let i = 0; i < count; i++) {
      const p = positions[i]!;
      const x = k * p[0]! + tx;
      const y = ty - k * p[1]!;
      // A position within half a pixel of the last one drawn adds nothing a screen shows (the
      // geometry may be finer than the map: us-atlas's counties at 1,200 px drop 80 % of theirs).
      if (!i || Math.abs(x - drawnX) + Math.abs(y - drawnY) >= 0.5) {
        d += `${i ? 'L' : 'M'}${round(x)},${round(y)}`;
        drawnX = x;
        drawnY = y;
      }
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      sx += x;
      sy += y;
      n++;
      if (ring && i) {
        const z = px * y - x * py;
        ax += z * (px + x);
        ay += z * (py + y);
        area += z * 3;
      }
      px = x;
      py = y;
    }
    if (ring && count > 2) {
      const fx = k * positions[0]![0]! + tx;
      const fy = ty - k * positions[0]![1]!;
      const z = px * fy - fx * py;
      ax += z * (px + fx);
      ay += z * (py + fy);
      area += z * 3;
      d += 'Z';
    }
  };
  const visit = (g: GeoJSON.Geometry | null): void => {
    if (!g) return;
    if (g.type === 'Polygon') g.coordinates.forEach((r) => line(r, true));
    else if (g.type === 'MultiPolygon') g.coordinates.forEach((p) => p.forEach((r) => line(r, true)));
    else if (g.type === 'LineString') line(g.coordinates, false);
    else if (g.type === 'MultiLineString') g.coordinates.forEach((l) => line(l, false));
    else if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
  };
  visit(geometry);
  const centroid: Point = area ? [ax / area, ay / area] : n ? [sx / n, sy / n] : [0, 0];
  return n
    ? { d, centroid, box: [left, top, right, bottom], size: Math.max(right - left, bottom - top) }
    : { d: '', centroid: [0, 0], box: [0, 0, 0, 0], size: 0 };
}
