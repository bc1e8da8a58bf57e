import type { GeoPermissibleObjects } from 'd3-geo';
import type { Feature, Geometry, Position } from 'geojson';
import { mercator, planar, projectMap, type ProjectedMap, type ProjectionName, type SharedPositions } from './projection.js';

/** Shapes to draw and lines over them, in longitude and latitude: one level of a map's geometry. */
export interface MapLayer {
  readonly features: readonly GeoJSON.Feature<GeoJSON.Geometry | null>[];
  readonly lines: readonly (GeoPermissibleObjects | null)[];
}

/** The real projections' chunk (math/sphere.ts), once loaded. */
export interface Sphere {
  projectorFor(name: Exclude<ProjectionName, 'identity'>, layer: MapLayer): Projector;
}

/** A layer's projection, one shape or line at a time (math/sphere.ts). */
export interface Projector {
  shape(feature: GeoJSON.Feature<GeoJSON.Geometry | null>): GeoJSON.Feature<GeoJSON.Geometry | null>;
  line(line: GeoPermissibleObjects | null): GeoPermissibleObjects | null;
}

/**
 * How a layer becomes planar: `planar` the built-in Mercator (math/projection.ts, `projectionOf`),
 * `identity` as it is, else a projection of the chunk.
 */
export type Planarity = 'planar' | ProjectionName;

/**
 * The tallest a map is drawn, per unit of width: tall enough for Europe in Mercator (1.14 from
 * Iceland to Cyprus, Norway's north cape) to fill the width; Azerbaijan is 0.78.
 */
export const MAX_ASPECT = 1.25;

/** The widths kept per layer, the oldest dropped first. */
export const WIDTHS_KEPT = 4;

interface Entry {
  /** The planar layer, once every shape is projected; till then the shapes done so far. */
  planar: MapLayer | null;
  readonly done: GeoJSON.Feature<GeoJSON.Geometry | null>[];
  readonly projector: Projector | null;
  readonly byWidth: Map<string, ProjectedMap>;
}

/** Per layer and projection: its shapes and lines in planar coordinates (projected once), and its drawings by width. */
const cache = new WeakMap<MapLayer, Map<Planarity, Entry>>();

/**
 * A layer projected at a width, shared by every map of that layer and width (read only): 50 maps
 * on a page cost one projection, not 50 (d3-geo was most of the scripting of 50 maps in the bench's
 * CPU profile). The last `WIDTHS_KEPT` widths are kept.
 * @param how The built-in planar Mercator, `identity`, or a projection of `sphere` (needed then).
 * @param fit The shapes to fit the view to (`fit="data"`), by index; null for all. Each is fitted by its largest part: France without French Guiana.
 */
export function projectedAt(
  layer: MapLayer,
  width: number,
  how: Planarity = 'planar',
  sphere: Sphere | null = null,
  fit: readonly number[] | null = null,
): ProjectedMap {
  const shapes = planarOf(layer, how, sphere)!;
  const { byWidth } = entryOf(layer, how, sphere);
  const key = `${width} ${fit?.join() ?? ''}`;
  let projected = byWidth.get(key);
  if (!projected) {
    const fitted = fit?.map((i) => largestPart(shapes.features[i]!));
    byWidth.set(key, (projected = projectMap(shapes.features, shapes.lines, width, MAX_ASPECT, fitted)));
    if (byWidth.size > WIDTHS_KEPT) byWidth.delete(byWidth.keys().next().value!);
  }
  return projected;
}

/**
 * A layer in planar coordinates (projected once per layer and projection, whatever the width):
 * the first half of `projectedAt`. Through the real projections, shapes are projected until
 * `deadline` (`performance.now()`) and null returned while some are left: called again, it goes
 * on where it stopped (3,231 counties take about 200 ms).
 */
export function planarOf(layer: MapLayer, how: Planarity = 'planar', sphere: Sphere | null = null, deadline = Infinity): MapLayer | null {
  const entry = entryOf(layer, how, sphere);
  const { done, projector } = entry;
  if (entry.planar || !projector) return entry.planar;
  while (done.length < layer.features.length) {
    done.push(projector.shape(layer.features[done.length]!));
    if (done.length % 64 === 0 && performance.now() > deadline) return null;
  }
  return (entry.planar = { features: done, lines: layer.lines.map((l) => projector.line(l)) });
}

function entryOf(layer: MapLayer, how: Planarity, sphere: Sphere | null): Entry {
  const byHow = cache.get(layer) ?? new Map<Planarity, Entry>();
  cache.set(layer, byHow);
  let entry = byHow.get(how);
  if (!entry) {
    const shared: SharedPositions = new Map();
    const toPlanar = <T>(object: T) => (how === 'planar' ? mercator(object, shared) : planar(object, shared));
    const planarLayer = how === 'planar' || how === 'identity' ? { features: layer.features.map(toPlanar), lines: layer.lines.map(toPlanar) } : null;
    const projector = planarLayer ? null : sphere!.projectorFor(how as Exclude<ProjectionName, 'identity'>, layer);
    byHow.set(how, (entry = { planar: planarLayer, done: [], projector, byWidth: new Map() }));
  }
  return entry;
}

/** A planar shape's largest polygon (by its outer ring's area): the part a view is fitted to. */
export function largestPart(feature: Feature<Geometry | null>): Feature<Geometry | null> {
  const g = feature.geometry;
  if (g?.type !== 'MultiPolygon') return feature;
  const area = (ring: Position[]) =>
    Math.abs(ring.reduce((sum, [x, y], i) => sum + x! * ring[(i + 1) % ring.length]![1]! - ring[(i + 1) % ring.length]![0]! * y!, 0));
  const largest = g.coordinates.reduce((best, polygon) => (area(polygon[0] ?? []) > area(best[0] ?? []) ? polygon : best), g.coordinates[0] ?? []);
  return { ...feature, geometry: { type: 'Polygon', coordinates: largest } };
}
