import { geoIdentity, geoPath, type GeoPermissibleObjects } from 'd3-geo';

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
}

/** Pixels kept free around the drawing, so the outline's stroke is not cut. */
const INSET = 2;

/**
 * Spherical Mercator of every position in a GeoJSON object (longitude, latitude in degrees →
 * x, y in radians, y up), as a copy. The map fits these planar coordinates with d3-geo's
 * `geoIdentity`: the same drawing as `geoMercator().fitSize`, without the spherical clipping and
 * resampling that a country-sized map never needs (that machinery is 3.4 KB gzipped, measured).
 */
export function mercator<T>(object: T): T {
  return mapPositions(object, (x, y) => [(x * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360))]);
}

/** Planar coordinates drawn as they are, y down (pre-projected files: us-atlas's Albers), for `projectMap`'s y up. */
export function planar<T>(object: T): T {
  return mapPositions(object, (x, y) => [x, -y]);
}

/** A copy of a GeoJSON object with every position passed through `to`. */
function mapPositions<T>(object: T, to: (x: number, y: number) => number[]): T {
  const project = (c: unknown): unknown => {
    const p = c as number[];
    return typeof p[0] === 'number' ? to(p[0], p[1]!) : (c as unknown[]).map(project);
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
 * Fits planar shapes (see `mercator`) to a width with `fitSize`: as tall as their shape needs,
 * at most `width × maxAspect`. Path strings have one decimal: a tenth of a pixel is below what
 * a screen shows, and it halves the DOM's text against d3's default of three. With `fit`, the
 * view fits those shapes (`fit="data"`); the others may reach past the edges.
 */
export function projectMap(
  shapes: readonly GeoJSON.Feature<GeoJSON.Geometry | null>[],
  lines: readonly (GeoPermissibleObjects | null)[],
  width: number,
  maxAspect = 1,
  fit?: readonly GeoJSON.Feature<GeoJSON.Geometry | null>[],
): ProjectedMap {
  const all = { type: 'FeatureCollection', features: fit?.length ? fit : shapes } as unknown as GeoPermissibleObjects;
  const w = Math.max(width, 2 * INSET + 1);
  const [[x0, y0], [x1, y1]] = geoPath().bounds(all);
  const height = Math.ceil(Math.min(w * maxAspect, ((w - 2 * INSET) * (y1 - y0)) / (x1 - x0 || 1) + 2 * INSET));
  const projection = geoIdentity()
    .reflectY(true)
    .fitSize([w - 2 * INSET, height - 2 * INSET], all);
  const [tx, ty] = projection.translate();
  projection.translate([tx + INSET, ty + INSET]);
  const path = geoPath(projection).digits(1);
  return {
    width: w,
    height,
    regions: shapes.map((shape) => {
      const [[bx0, by0], [bx1, by1]] = path.bounds(shape);
      const c = path.centroid(shape);
      return { d: path(shape) ?? '', centroid: [c[0] || 0, c[1] || 0], box: [bx0, by0, bx1, by1], size: Math.max(bx1 - bx0, by1 - by0) || 0 };
    }),
    lines: lines.map((line) => (line && path(line)) || ''),
  };
}
