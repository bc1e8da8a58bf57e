import type { GeoPermissibleObjects } from 'd3-geo';
import { mercator, projectMap, type ProjectedMap } from './projection.js';

/** Shapes to draw and lines over them, in longitude and latitude: one level of a map's geometry. */
export interface MapLayer {
  readonly features: readonly GeoJSON.Feature<GeoJSON.Geometry | null>[];
  readonly lines: readonly (GeoPermissibleObjects | null)[];
}

/** The widths kept per layer, the oldest dropped first. */
export const WIDTHS_KEPT = 4;

/** Per layer: its shapes and lines in planar coordinates (projected once), and its drawings by width. */
const cache = new WeakMap<MapLayer, { readonly planar: MapLayer; readonly byWidth: Map<number, ProjectedMap> }>();

/**
 * A layer projected at a width, shared by every map of that layer and width (read only): 50 maps
 * on a page cost one projection, not 50 (d3-geo was most of the scripting of 50 maps in the bench's
 * CPU profile). The last `WIDTHS_KEPT` widths are kept.
 */
export function projectedAt(layer: MapLayer, width: number): ProjectedMap {
  let entry = cache.get(layer);
  if (!entry) {
    const planar = { features: layer.features.map((f) => mercator(f)), lines: layer.lines.map((l) => mercator(l)) };
    cache.set(layer, (entry = { planar, byWidth: new Map() }));
  }
  const { planar, byWidth } = entry;
  let projected = byWidth.get(width);
  if (!projected) {
    byWidth.set(width, (projected = projectMap(planar.features, planar.lines, width)));
    if (byWidth.size > WIDTHS_KEPT) byWidth.delete(byWidth.keys().next().value!);
  }
  return projected;
}
