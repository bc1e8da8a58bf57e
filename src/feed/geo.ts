import type { Feature, Geometry, MultiLineString } from 'geojson';
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

/** The TopoJSON object that holds a level. */
export const geoObject = (level: MapLevel): string => GEO_OBJECTS[level] ?? level;

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
export function featureId(object: { id?: string | number; properties?: Record<string, unknown> | null }): string {
  return String(object.id ?? (object.properties?.['id'] as string | number | undefined) ?? '');
}

/** A feature's own name in a language (`name_az`, else `name_en`, else `name`), else ''. */
export function featureName(properties: Readonly<Record<string, unknown>> | null | undefined, lang: string): string {
  const p = properties ?? {};
  // Names in a topology are strings (a number, if any, is written as one).
  return String((p[`name_${lang.split('-')[0]!.toLowerCase()}`] ?? p['name_en'] ?? p['name'] ?? '') as string | number);
}

const layers = new WeakMap<Topology, Partial<Record<MapLevel, GeoLayer | null>>>();

/** Decodes one level of a topology (once per topology and level); null when the topology lacks its object. */
export function geoLayer(topology: Topology, level: MapLevel): GeoLayer | null {
  const cached = layers.get(topology) ?? {};
  layers.set(topology, cached);
  if (cached[level] !== undefined) return cached[level]!;
  const object = topology.objects[geoObject(level)] as GeometryCollection | undefined;
  const coarse = level === 'district' ? (topology.objects[GEO_OBJECTS['economic-region']!] as GeometryCollection | undefined) : undefined;
  const between = (a: GeometryObject, b: GeometryObject) => a !== b;
  return (cached[level] =
    object?.type === 'GeometryCollection'
      ? {
          features: object.geometries.map((g) => feature(topology, g) as Feature<Geometry | null>),
          ids: object.geometries.map(featureId),
          lines: [mesh(topology, object, between), mesh(topology, object, (a, b) => a === b), coarse ? mesh(topology, coarse, between) : null],
        }
      : null);
}

/**
 * The package's own Azerbaijan geometry, `dist/geo/azerbaijan-regions.topo.json`, found from
 * wherever the code runs (src/feed/package-url.ts): any file under `dist/` (the IIFE,
 * `dist/cdn/chunks/…`, `dist/chunks/…`), under `src/` (tests, dev servers), else beside the script.
 */
export function packageGeoUrl(from: string = scriptUrl): string {
  return packageFileUrl('geo/azerbaijan-regions.topo.json', from);
}

/** A TopoJSON topology's text read (src/feed/load.ts loads it, like a feed: one request per URL, retried on the loaders' backoff). */
export const readTopology: Reader<Topology> = async (text, url) => {
  let json: Topology | undefined;
  try {
    json = JSON.parse(text) as Topology;
  } catch {
    // Not JSON: not a topology either, said below.
  }
  return json?.type === 'Topology' && json.objects && Array.isArray(json.arcs) ? { value: json, warnings: [] } : { error: new LoadError('not-topology', url), warnings: [] };
};
