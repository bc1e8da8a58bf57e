import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { LoadError } from './load-error.js';
import type { Reader } from './load.js';
import { packageFileUrl, scriptUrl } from './package-url.js';
import type { RegionLevel } from './types.js';

/** The levels a map draws. */
export type MapLevel = Exclude<RegionLevel, 'country'>;

/** The TopoJSON object that holds each built-in level (FEED.md, "Map geometry"); a feed's own level is in the object named by its id. */
export const GEO_OBJECTS: Readonly<Record<MapLevel, string | undefined>> = { district: 'districts', 'economic-region': 'economic_regions' };

/** A map's geometry as loaded: a TopoJSON topology, or a GeoJSON FeatureCollection (one level). */
export type MapGeometry = Topology | FeatureCollection<Geometry | null>;

/** How a map finds its level in a geometry: the TopoJSON object, and the property holding a region's id. */
export interface LayerOptions {
  /** The TopoJSON object to draw (`geo-object`); '' for the level's own names (`objectNames`). */
  readonly object?: string;
  /** The feature property holding the region's `geo` id (`geo-key`); '' for the feature's `id`, else `properties.id`. */
  readonly key?: string;
}

/** The TopoJSON objects a map looks for, in order: the one named, else the level's id, then its plural (`district`, `districts`). */
export function objectNames(level: MapLevel, object = ''): string[] {
  const plural = GEO_OBJECTS[level];
  return object ? [object] : plural ? [level, plural] : [level];
}

/** A map's mistake when a topology lacks the level's object: it names the objects the topology has. */
export function missingObject(geometry: MapGeometry, level: MapLevel, object = ''): string {
  return `the geometry has no "${objectNames(level, object).at(-1)}" object; it has: ${geometryObjects(geometry).join(', ')}`;
}

/** The objects a geometry has (a GeoJSON collection has none by name: it is the one level). */
export function geometryObjects(geometry: MapGeometry): string[] {
  return geometry.type === 'Topology' ? Object.keys(geometry.objects) : [];
}

/**
 * Levels of more shapes than this are drawn as a few paths (elements/map/choropleth.ts): their
 * borders, between them and around them, are the fills' own strokes (no mesh: 100–200 ms for
 * 3,200 counties, with projecting and drawing the lines), and their arcs are thinned first (see `thinned`).
 */
export const MANY_SHAPES = 400;

/** One level of a topology, decoded to GeoJSON (longitude, latitude). */
export interface GeoLayer {
  /** A feature per region, in the topology's order. */
  readonly features: readonly Feature<Geometry | null>[];
  /** The feature ids (`id`, else `properties.id`), in the same order. */
  readonly ids: readonly string[];
  /** Borders between two regions of the level (each drawn once), the outer boundary, and for districts the economic regions' borders (null when the topology lacks them). */
  readonly lines: readonly [borders: MultiLineString, outline: MultiLineString, coarser: MultiLineString | null];
}

/** The id of a TopoJSON geometry or GeoJSON feature: its `id`, else `properties.id`. */
export function featureId(object: { id?: string | number; properties?: Record<string, unknown> | null }, key = ''): string {
  const p = object.properties;
  return String((key ? (p?.[key] as string | number | undefined) : undefined) ?? object.id ?? (p?.['id'] as string | number | undefined) ?? '');
}

/** A feature's own name in a language (`name_az`, else `name_en`, else `name`), else ''. */
export function featureName(properties: Readonly<Record<string, unknown>> | null | undefined, lang: string): string {
  const p = properties ?? {};
  // Names in a topology are strings (a number, if any, is written as one).
  return String((p[`name_${lang.split('-')[0]!.toLowerCase()}`] ?? p['name_en'] ?? p['name'] ?? '') as string | number);
}

const layers = new WeakMap<MapGeometry, Map<string, GeoLayer | null>>();

/**
 * Decodes one level of a geometry (once per geometry, level and options); null when a topology
 * lacks the level's object. A GeoJSON FeatureCollection is the level itself: its lines are each
 * shape's own outline (no topology tells shared borders apart).
 */
export function geoLayer(geometry: MapGeometry, level: MapLevel, { object = '', key = '' }: LayerOptions = {}): GeoLayer | null {
  const cached = layers.get(geometry) ?? new Map<string, GeoLayer | null>();
  layers.set(geometry, cached);
  const id = `${level}\n${object}\n${key}`;
  if (cached.has(id)) return cached.get(id)!;
  let layer: GeoLayer | null = null;
  if (geometry.type === 'FeatureCollection') {
    const features = geometry.features;
    const none: MultiLineString = { type: 'MultiLineString', coordinates: [] };
    const outlines =
      features.length > MANY_SHAPES
        ? none
        : ({ type: 'GeometryCollection', geometries: features.flatMap((f) => (f.geometry ? [f.geometry] : [])) } as unknown as MultiLineString);
    layer = { features, ids: features.map((f) => featureId(f as Parameters<typeof featureId>[0], key)), lines: [outlines, none, null] };
  } else {
    const found = objectNames(level, object)
      .map((name) => geometry.objects[name])
      .find(Boolean) as GeometryCollection | undefined;
    const coarse =
      level === 'district'
        ? (objectNames('economic-region')
            .map((name) => geometry.objects[name])
            .find(Boolean) as GeometryCollection | undefined)
        : undefined;
    const between = (a: GeometryObject, b: GeometryObject) => a !== b;
    const many = found?.type === 'GeometryCollection' && found.geometries.length > MANY_SHAPES;
    const none: MultiLineString = { type: 'MultiLineString', coordinates: [] };
    const topology = many || geometry.transform ? decoded(geometry, many) : geometry;
    // The lines when first read: the map reads them in a slice of their own (meshing the Azerbaijan
    // map's borders took 5–6 ms at full speed, its shapes 7).
    let lines: GeoLayer['lines'] | undefined;
    if (found?.type === 'GeometryCollection')
      layer = {
        features: found.geometries.map((g) => feature(topology, g) as Feature<Geometry | null>),
        ids: found.geometries.map((g) => featureId(g as Parameters<typeof featureId>[0], key)),
        get lines() {
          return (lines ??= [
            many ? none : mesh(topology, found, between),
            many ? none : mesh(topology, found, (a, b) => a === b),
            coarse && coarse !== found ? mesh(topology, coarse, between) : null,
          ]);
        },
      };
  }
  cached.set(id, layer);
  return layer;
}

/**
 * A topology with its arcs' positions decoded once, into longitude and latitude (or planar x, y).
 * topojson-client decodes a quantized arc again each time a shape or a line uses it, a new array
 * per position: on the Azerbaijan map, 7,132 arrays for its 2,620 positions (districts, borders,
 * outline, economic regions), garbage to collect in the geometry's slice. Decoded once, each use
 * is the same array. With `thin` (over MANY_SHAPES shapes), a position nearer to the last one kept
 * than 1/4,000 of the geometry's shorter side is dropped too (a quarter of a pixel on a 1,000 px
 * map), the arcs' ends kept: shared borders stay shared (the arcs are), and decoding, projecting
 * and drawing handle a fifth of us-atlas's 10m positions.
 */
function decoded(topology: Topology, thin: boolean): Topology {
  const t = topology.transform;
  // Plain variables per position, no `[x, y] = [a, b]` (see projectMap's `drawn`: before V8
  // optimizes this code, each destructuring makes an array and walks its iterator).
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((position) => {
      let p: number[];
      if (t) {
        x += position[0]!;
        y += position[1]!;
        p = [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
      } else p = [position[0]!, position[1]!];
      // The extent only sets the thinning's tolerance.
      if (thin) {
        x0 = Math.min(x0, p[0]!);
        y0 = Math.min(y0, p[1]!);
        x1 = Math.max(x1, p[0]!);
        y1 = Math.max(y1, p[1]!);
      }
      return p;
    });
  });
  const tolerance = Math.min(x1 - x0, y1 - y0) / 4000;
  const kept = !thin
    ? arcs
    : arcs.map((arc) => {
        let last = arc[0]!;
        return arc.filter((p, i) => {
          const keep = !i || i === arc.length - 1 || Math.abs(p[0]! - last[0]!) + Math.abs(p[1]! - last[1]!) >= tolerance;
          if (keep) last = p;
          return keep;
        });
      });
  const { transform: _, ...rest } = topology;
  return { ...rest, arcs: kept } as Topology;
}

/**
 * The package's own Azerbaijan geometry, `dist/geo/azerbaijan-regions.topo.json`, found from
 * wherever the code runs (src/feed/package-url.ts): any file under `dist/` (the IIFE,
 * `dist/cdn/chunks/…`, `dist/chunks/…`), under `src/` (tests, dev servers), else beside the script.
 */
export function packageGeoUrl(from: string = scriptUrl): string {
  return packageFileUrl('geo/azerbaijan-regions.topo.json', from);
}

/**
 * A geometry's text read: a TopoJSON topology or a GeoJSON FeatureCollection (src/feed/load.ts
 * loads it, like a feed: one request per URL, retried on the loaders' backoff).
 */
export const readTopology: Reader<MapGeometry> = async (text, url) => {
  let json: MapGeometry | undefined;
  try {
    json = JSON.parse(text) as MapGeometry;
  } catch {
    // Not JSON: not a geometry either, said below.
  }
  const ok = json?.type === 'Topology' ? !!json.objects && Array.isArray(json.arcs) : json?.type === 'FeatureCollection' && Array.isArray(json.features);
  return ok ? { value: json!, warnings: [] } : { error: new LoadError('not-topology', url), warnings: [] };
};
