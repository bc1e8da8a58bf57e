/**
 * The real projections (d3-geo's, spherical: clipped at the antimeridian, resampled), for
 * geometry the built-in planar Mercator cannot draw (math/projection.ts, `projectionOf`): the
 * world, the United States with its Aleutians, Europe with its overseas parts. A chunk of its own,
 * loaded only when a map needs it (feed/projections.ts), so that the built-in map keeps its bytes.
 * Its output is planar GeoJSON, y up, which `projectMap` fits to a width as it fits the built-in
 * Mercator's: projected once per layer, whatever the width.
 */
import {
  geoAlbersUsa,
  geoArea,
  geoBounds,
  geoConicConformal,
  geoEqualEarth,
  geoMercator,
  geoStream,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, Geometry, Position } from 'geojson';
import type { MapLayer } from './projection-cache.js';
import type { ProjectionName } from './projection.js';

type Shape = Feature<Geometry | null>;

/** A layer's projection, chosen once from all its shapes, projecting one shape or line at a time (the caller may give the page back between them). */
export interface Projector {
  shape(feature: Shape): Shape;
  line(line: GeoPermissibleObjects | null): GeoPermissibleObjects | null;
}

/**
 * A layer's spherical projection, as planar shapes and lines (y up). Rings wound the other way
 * round (RFC 7946's counter-clockwise outer rings, which d3 reads as all the sphere but the shape)
 * are turned first.
 */
export function projectorFor(name: Exclude<ProjectionName, 'identity'>, { features }: MapLayer): Projector {
  const projection = projectionFor(name, features);
  return {
    shape(feature) {
      const shape = rewound(feature);
      return { ...shape, geometry: shape.geometry && streamed(projection, shape.geometry, true) };
    },
    line: (line) => line && streamed(projection, line, false),
  };
}

/** A whole layer through `projectorFor`. */
export function projectLayer(name: Exclude<ProjectionName, 'identity'>, layer: MapLayer): MapLayer {
  const projector = projectorFor(name, layer);
  return { features: layer.features.map((f) => projector.shape(f)), lines: layer.lines.map((l) => projector.line(l)) };
}

type Bounds = [[west: number, south: number], [east: number, north: number]];

/** A shape's extent in longitude and latitude: its positions' (cheap), else, around 180°, `geoBounds`. */
function boundsOf(shape: Shape): Bounds | null {
  if (!shape.geometry) return null;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    const p = c as number[];
    if (typeof p[0] !== 'number') return (c as unknown[]).forEach(visit);
    box[0] = Math.min(box[0]!, p[0]);
    box[1] = Math.min(box[1]!, p[1]!);
    box[2] = Math.max(box[2]!, p[0]);
    box[3] = Math.max(box[3]!, p[1]!);
  };
  const g = shape.geometry;
  visit(g.type === 'GeometryCollection' ? g.geometries.map((i) => ('coordinates' in i ? i.coordinates : [])) : g.coordinates);
  return box[2]! - box[0]! > 180
    ? geoBounds(rewound(shape))
    : [
        [box[0]!, box[1]!],
        [box[2]!, box[3]!],
      ];
}

/**
 * The projection, turned so that no shape is cut by its edge where one can be avoided (see
 * `centralMeridian`), at a scale that makes the shapes about 1,000 units wide: resampled to d3's
 * precision at about the size they are drawn.
 */
function projectionFor(name: Exclude<ProjectionName, 'identity'>, shapes: readonly Shape[]): GeoProjection {
  if (name === 'albers-usa') return (geoAlbersUsa() as unknown as GeoProjection).translate([0, 0]);
  const bounds = shapes.map(boundsOf);
  const { centre, span } = centralMeridian(bounds);
  const scale = (1000 * 180) / Math.PI / Math.max(span, 1);
  if (name === 'conic-conformal') {
    const south = Math.min(...bounds.map((b) => b?.[0][1] ?? 90));
    const north = Math.max(...bounds.map((b) => b?.[1][1] ?? -90));
    const sixth = (north - south) / 6;
    return geoConicConformal()
      .rotate([-centre, 0])
      .parallels([south + sixth, north - sixth])
      .scale(scale)
      .translate([0, 0]);
  }
  return (name === 'equal-earth' ? geoEqualEarth() : geoMercator()).rotate([-centre, 0]).scale(scale).translate([0, 0]);
}

/**
 * The meridian to centre a map on: opposite the edge (the cut) that cuts off the least of any
 * shape (of each shape it splits, the longitudes of its smaller piece: a world map cut in the
 * Bering Strait leaves Cape Dezhnev's 0.3° at the other edge, where 180° cuts off Chukotka's 10°),
 * and of those the one in the middle of the widest stretch of longitude without shapes (a map of
 * the Aleutians is centred on them). Shapes around the whole globe (Antarctica) count for none.
 * @param bounds Each shape's `geoBounds` (west may be east of east: the shape crosses 180°).
 * @returns The meridian, and the longitudes the shapes span (360 less the widest empty stretch).
 */
export function centralMeridian(bounds: readonly (Bounds | null)[]): { centre: number; span: number } {
  const spans = bounds.filter((b): b is Bounds => !!b && b[1][0] - b[0][0] < 359);
  const arc = (from: number, to: number) => (to - from + 360) % 360;
  const covers = (west: number, east: number, lon: number) => arc(west, lon) > 0 && arc(west, lon) < arc(west, east);
  // Which whole degrees some shape covers, for the widest empty stretch.
  const covered = Array.from({ length: 360 }, () => false);
  for (const [[w], [e]] of spans)
    for (let d = Math.floor(w); arc(w, d + 0.5) <= arc(w, e) + 0.5 && d < Math.floor(w) + 360; d++) covered[(d + 540) % 360] = true;
  let gap = 180;
  let widest = 0;
  for (let start = 0; start < 360; start++) {
    if (covered[start] || !covered[(start + 359) % 360]) continue;
    let length = 0;
    while (length < 360 && !covered[(start + length) % 360]) length++;
    if (length > widest) {
      widest = length;
      gap = start - 180 + length / 2;
    }
  }
  // What each whole meridian (−179 to 180) would cut off: each shape adds to the meridians within it.
  const costs = new Float64Array(360);
  for (const [[w], [e]] of spans) {
    for (let d = Math.floor(w) + 1; covers(w, e, d); d++) {
      const cut = ((((d + 180) % 360) + 360) % 360) - 180; // −180 is 180, the last
      costs[cut === -180 ? 359 : cut + 179]! += Math.min(arc(w, d), arc(d, e));
    }
  }
  let best = { cut: 180, cost: Infinity, off: Infinity };
  for (let cut = -179; cut <= 180; cut++) {
    const cost = costs[cut + 179]!;
    const off = Math.abs(((cut - gap + 540) % 360) - 180);
    if (cost < best.cost - 1e-9 || (Math.abs(cost - best.cost) < 1e-9 && off < best.off)) best = { cut, cost, off };
  }
  return { centre: best.cut > 0 ? best.cut - 180 : best.cut + 180, span: widest ? 360 - widest : 360 };
}

/**
 * The same feature with each polygon's rings turned when its outer ring runs counter-clockwise
 * (RFC 7946), which d3 would read as all the sphere but the polygon. Read on the plane where a
 * ring spans under 180° of longitude (cheap), else by its spherical area.
 */
function rewound(feature: Shape): Shape {
  const g = feature.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return feature;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const inverted = (rings: Position[][]) => {
    const outer = rings[0] ?? [];
    let [west, east, area] = [Infinity, -Infinity, 0];
    outer.forEach(([x, y], i) => {
      const [nx, ny] = outer[(i + 1) % outer.length]!;
      area += x! * ny! - nx! * y!;
      west = Math.min(west, x!);
      east = Math.max(east, x!);
    });
    return east - west < 180 ? area > 0 : geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI;
  };
  if (!polygons.some(inverted)) return feature;
  const turn = (rings: Position[][]) => (inverted(rings) ? rings.map((ring) => [...ring].reverse()) : rings);
  const geometry = g.type === 'Polygon' ? { ...g, coordinates: turn(g.coordinates) } : { ...g, coordinates: g.coordinates.map(turn) };
  return { ...feature, geometry };
}

/**
 * A geometry streamed through the projection (clipped, resampled) into planar coordinates, y up:
 * each ring a polygon of its own (an SVG path fills holes by their winding all the same), lines as
 * lines.
 */
function streamed(projection: GeoProjection, geometry: GeoPermissibleObjects, areas: boolean): Geometry {
  const rings: Position[][] = [];
  let line: Position[] | null = null;
  let polygon = false;
  geoStream(
    geometry,
    projection.stream({
      point: (x, y) => void line?.push([x, -y]),
      lineStart: () => void (line = []),
      lineEnd: () => {
        if (line?.length) rings.push(polygon ? [...line, line[0]!] : line);
        line = null;
      },
      polygonStart: () => void (polygon = true),
      polygonEnd: () => void (polygon = false),
      sphere: () => undefined,
    }),
  );
  return areas ? { type: 'MultiPolygon', coordinates: rings.map((ring) => [ring]) } : { type: 'MultiLineString', coordinates: rings };
}
