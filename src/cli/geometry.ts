// A map geometry given to the feed tools (`feed regions --from`, `feed build --geo`): any
// TopoJSON or GeoJSON, read for its features' ids and names only (no shapes are decoded).
// `--object` picks the TopoJSON object, `--id` and `--name` the properties that hold the ids
// and names (else the feature's own `id`, and `name`, `name_en`, `NAME`).

import type { CliProblem } from './problems.js';
import { suggest } from './table.js';

type Json = Record<string, unknown>;

/** One feature: its id, its name ('' when none), and its own names per language (`name_az`…). */
export interface GeoFeature {
  readonly id: string;
  readonly name: string;
  readonly names: Readonly<Record<string, string>>;
}

export interface GeometryOptions {
  /** The TopoJSON object to read; by default the only one. */
  readonly object?: string | undefined;
  /** The property that holds the ids; by default the feature's `id` (else `properties.id`). */
  readonly id?: string | undefined;
  /** The property that holds the names; by default `name`, `name_en`, `NAME`. */
  readonly name?: string | undefined;
}

/** What a geometry holds, or why it cannot be read (`fatal`: nothing can be done without it). */
export interface GeometryRead {
  readonly features: GeoFeature[];
  readonly problems: CliProblem[];
  readonly fatal: boolean;
}

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '');

/** The features (or TopoJSON geometries) of a geometry's text, or a problem. */
function items(file: string, document: unknown, options: GeometryOptions): { list: unknown[] } | { problem: CliProblem } {
  if (isObject(document) && document['type'] === 'Topology' && isObject(document['objects'])) {
    const objects = document['objects'];
    const names = Object.keys(objects);
    const objectsList = names.join(', ');
    let name = options.object;
    if (name === undefined) {
      if (names.length !== 1) return { problem: { file, code: 'geo.choose-object', params: { file, objects: objectsList } } };
      name = names[0]!;
    }
    const object = objects[name];
    if (!Object.hasOwn(objects, name) || !isObject(object)) {
      return { problem: { file, code: 'geo.unknown-object', params: { file, name, objects: objectsList, suggestion: suggest(name, names) } } };
    }
    return { list: object['type'] === 'GeometryCollection' && Array.isArray(object['geometries']) ? object['geometries'] : [object] };
  }
  if (isObject(document) && document['type'] === 'FeatureCollection' && Array.isArray(document['features'])) return { list: document['features'] };
  if (isObject(document) && document['type'] === 'Feature') return { list: [document] };
  return { problem: { file, code: 'geo.not-geometry', params: { file } } };
}

/** Reads a TopoJSON or GeoJSON text for its features' ids and names. */
export function readGeometry(file: string, source: string, options: GeometryOptions = {}): GeometryRead {
  let document: unknown;
  try {
    document = JSON.parse(source.startsWith('\uFEFF') ? source.slice(1) : source);
  } catch (error) {
    return { features: [], problems: [{ file, code: 'json.syntax', params: { message: (error as Error).message } }], fatal: true };
  }
  const found = items(file, document, options);
  if ('problem' in found) return { features: [], problems: [found.problem], fatal: true };
  const features: GeoFeature[] = [];
  const problems: CliProblem[] = [];
  const seen = new Set<string>();
  found.list.forEach((item, i) => {
    const feature = isObject(item) ? item : {};
    const properties = isObject(feature['properties']) ? feature['properties'] : {};
    const id = options.id === undefined ? text(feature['id']) || text(properties['id']) : text(properties[options.id]);
    const index = i + 1;
    if (!id) {
      const property = options.id;
      problems.push({ file, code: 'geo.no-id', params: { index, property, properties: Object.keys(properties).join(', ') } });
      return;
    }
    if (seen.has(id)) {
      problems.push({ file, code: 'geo.duplicate-id', params: { index, id } });
      return;
    }
    seen.add(id);
    const name =
      options.name === undefined ? text(properties['name']) || text(properties['name_en']) || text(properties['NAME']) : text(properties[options.name]);
    const names: Record<string, string> = {};
    for (const [key, value] of Object.entries(properties)) {
      const lang = /^name_([a-z]{2,3})$/.exec(key)?.[1];
      if (lang && text(value)) names[lang] = text(value);
    }
    features.push({ id, name, names });
  });
  return { features, problems, fatal: false };
}
